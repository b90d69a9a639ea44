/** Showing a decrypted message safely: the model (Node-testable) and the React view. */
export { messageContentOf, cidReferences, type MessageContent, type BodyPart, type InlineImage, type AttachmentItem } from './message-content.js';
export { fileNameForSaving, formatSize } from './attachment-name.js';
export { SafeMessageView, type SafeMessageViewProps } from './SafeMessageView.js';
