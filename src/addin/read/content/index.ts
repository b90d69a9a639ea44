/** Showing a decrypted message safely: the model (Node-testable) and the React view. */
export { messageContentOf, cidReferences, type MessageContent, type BodyPart, type InlineImage, type AttachmentItem } from './message-content.js';
export { fileNameForSaving, formatSize } from './attachment-name.js';
export { sanitizeHtmlPart, linkTarget, type SanitizedHtml } from './sanitize-html.js';
export { frameDocument, FRAME_CSP, FRAME_SANDBOX } from './frame-document.js';
export { openAttachment, saveAttachment, openAsType } from './attachment-actions.js';
export { CONTENT_TEXT, type ContentText } from './content-text.js';
export { SafeMessageView, type SafeMessageViewProps } from './SafeMessageView.js';
