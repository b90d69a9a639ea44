/**
 * Attachment text extraction: dispatch by content (magic bytes) first, then by file name and media
 * type. Anything that cannot be read becomes an UninspectableError with a reason: never a pass.
 * OOXML/ODF and PDF go through an ExtractionRunner (runner.ts): in process by default, loaded
 * lazily so the on-send bundle only carries plain-text handling; in a worker where the host has one.
 */
import { decodeCharsetLoose } from './charset.js';
import { DEFAULT_EXTRACTION_LIMITS, type ExtractionLimits } from './limits.js';
import { htmlToText } from './markup.js';
import { inProcessRunner, type ExtractionRunner } from './runner.js';
import { UninspectableError } from './uninspectable.js';

export interface AttachmentInput {
  readonly name: string;
  readonly contentType?: string;
  /** Absent when the host could not give the content (e.g. a cloud link): UNAVAILABLE. */
  readonly bytes?: Uint8Array;
}

export type AttachmentKind = 'text' | 'html' | 'message' | 'office' | 'pdf' | 'encrypted-office' | 'unsupported';

const OFFICE_EXT = /\.(?:docx|docm|xlsx|xlsm|pptx|pptm|odt|ods|odp)$/i;
const TEXT_EXT = /\.(?:txt|csv|tsv|md|json|xml|log|ics|vcf)$/i;

/** Local file header magic (PK\x03\x04); kept here so the on-send bundle does not pull in fflate. */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Whether `bytes` start like an RFC 5322 message: header lines, one of them a common message header. */
export function looksLikeMessage(bytes: Uint8Array): boolean {
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 1024); i++) head += String.fromCharCode(bytes[i] ?? 0);
  return /^(?:[!-9;-~]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*)+/.test(head) && /^(?:from|subject|to|date|mime-version|received|message-id|return-path):/im.test(head);
}

/** What kind of attachment this is, from its first bytes, name and media type. */
export function attachmentKind(input: AttachmentInput): AttachmentKind {
  const bytes = input.bytes ?? new Uint8Array(0);
  const name = input.name.toLowerCase();
  const type = (input.contentType ?? '').toLowerCase();
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'pdf'; // %PDF
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    // OLE compound file: a password-protected OOXML document, or a legacy .doc/.xls/.msg.
    return OFFICE_EXT.test(name) ? 'encrypted-office' : 'unsupported';
  }
  if (isZip(bytes)) return OFFICE_EXT.test(name) || type.includes('openxmlformats') || type.includes('opendocument') ? 'office' : 'unsupported';
  if (name.endsWith('.eml') || type === 'message/rfc822') return 'message';
  // Some tools save a message as text under .msg (Outlook's own .msg is the OLE container above).
  if (name.endsWith('.msg') && looksLikeMessage(bytes)) return 'message';
  if (/\.html?$/.test(name) || type === 'text/html') return 'html';
  if (TEXT_EXT.test(name) || type.startsWith('text/')) return 'text';
  return 'unsupported';
}

/**
 * Extracts the text of one attachment under `limits`; throws UninspectableError. PDF and
 * OOXML/ODF parsing runs through `runner` (a worker runner bounds its time hard).
 */
export function extractAttachmentText(input: AttachmentInput, limits: ExtractionLimits = DEFAULT_EXTRACTION_LIMITS, runner: ExtractionRunner = inProcessRunner): Promise<string> {
  return extractAt(input, limits, runner, 0);
}

async function extractAt(input: AttachmentInput, limits: ExtractionLimits, runner: ExtractionRunner, depth: number): Promise<string> {
  const bytes = input.bytes;
  if (bytes === undefined) throw new UninspectableError('UNAVAILABLE', 'attachment content not available');
  if (bytes.length > limits.maxAttachmentBytes) throw new UninspectableError('TOO_LARGE', 'attachment larger than the limit');
  const kind = attachmentKind(input);
  switch (kind) {
    case 'text':
      return decodeCharsetLoose(bytes);
    case 'html':
      return htmlToText(decodeCharsetLoose(bytes));
    case 'message':
      return extractMessageText(bytes, limits, runner, depth);
    case 'office':
    case 'pdf':
      return runner.extract({ kind, bytes, limits });
    case 'encrypted-office':
      throw new UninspectableError('ENCRYPTED', 'password-protected Office document');
    case 'unsupported':
      throw new UninspectableError('UNSUPPORTED_TYPE', 'attachment type not supported');
  }
}

/** An attached message: subject, bodies and its own attachments (to `maxDepth`) as one text. */
async function extractMessageText(bytes: Uint8Array, limits: ExtractionLimits, runner: ExtractionRunner, depth: number): Promise<string> {
  if (depth >= limits.maxDepth) throw new UninspectableError('TOO_LARGE', 'messages nested too deeply');
  const { splitMessage } = await import('./eml.js');
  let parts;
  try {
    parts = splitMessage(bytes);
  } catch (error) {
    throw new UninspectableError('CORRUPT', 'malformed attached message', { cause: error });
  }
  const texts = [parts.subject, ...parts.bodies.map((b) => b.text)];
  for (const attachment of parts.attachments) texts.push(await extractAt(attachment, limits, runner, depth + 1));
  return texts.join('\n\n');
}
