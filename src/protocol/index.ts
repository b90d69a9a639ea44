/** The typed, versioned protocol between the add-in and the companion (one source for both). */
export * from './messages.js';
export { type Infer, type Schema } from './schema.js';
