/**
 * MIME for Kuvert: parse messages keeping the exact bytes of each entity, decode their content,
 * and build canonical CRLF messages and entities (RFC 5322, 2045–2049, 2047, 2231, 2387, 3676).
 */
export { parseMessage, type ParseOptions } from './parse.js';
export { MimeEntity, contentTypeOf, type ContentType, type ContentDisposition, type MultipartBytes } from './entity.js';
export { splitHeaderBlock, type HeaderField, type HeaderBlock } from './header-field.js';
export { formatHeaderField, serializeHeaderFields, type HeaderFieldInput } from './header-format.js';
export { decodeEncodedWords, encodeEncodedWords, encodeUnstructured } from './encoded-words.js';
export { parseParameterizedValue, formatParameter, formatParameterizedValue, type ParameterizedValue } from './parameters.js';
export { decodeQuotedPrintable, encodeQuotedPrintable } from './quoted-printable.js';
export { decodeTransferEncoding, parseTransferEncoding, type TransferEncoding } from './transfer-encoding.js';
export { decodeCharset, decodeUtf8OrLegacy } from './charset.js';
export { unflowText } from './flowed.js';
export { toCanonicalCrlf, isCanonicalCrlf, canonicalizeLineBreaks } from './canonical.js';
export { createBoundary, type RandomSource } from './boundary.js';
export { formatAddressList, formatMailbox, type Address, type Mailbox, type Group } from './address.js';
export { buildEntity, type EntitySpec, type LeafEntitySpec, type MultipartEntitySpec, type HeaderInput } from './build-entity.js';
export { buildMessage, formatDate, type MessageSpec, type AttachmentSpec, type InlinePartSpec } from './build-message.js';
