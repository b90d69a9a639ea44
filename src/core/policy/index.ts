/** The send policy: types, JSON Schema validation, the default policy and evaluate(). */
export * from './types.js';
export { POLICY_SCHEMA, checkPolicy, parsePolicy, type PolicyProblem } from './schema.js';
export { DEFAULT_POLICY } from './default-policy.js';
export { evaluate, decide, type Verdict, type Reason, type ReasonCode } from './evaluate.js';
export { suggestSubject } from './subject.js';
