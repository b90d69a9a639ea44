/**
 * The MIME entity that S/MIME signs (RFC 8551 §3.5): the message's Content-* fields (text/plain
 * when it has none) with the empty line, then the body. The message's own fields stay outside.
 */
import { concatBytes, utf8 } from '../bytes.js';
import type { HeaderField } from '../mime/header-field.js';
import { fieldBytes, headerLine, isContentField } from './outer-headers.js';

const CRLF = utf8('\r\n');

/** The signed entity's header block, its empty line included. */
export function signedEntityHeader(fields: readonly HeaderField[]): Uint8Array {
  const contentFields = fields.filter(isContentField).map(fieldBytes);
  // RFC 2045 §5.2: no Content-Type means text/plain; charset=us-ascii. Say so inside the signature.
  const typeless = !fields.some((f) => f.lowerName === 'content-type');
  const header = typeless ? [headerLine('Content-Type', 'text/plain; charset=us-ascii'), ...contentFields] : contentFields;
  return concatBytes([...header, CRLF]);
}

/** The fields that stay in the outer header of the signed message (not Content-*, not MIME-Version). */
export function outerFieldBytes(fields: readonly HeaderField[]): Uint8Array[] {
  return fields.filter((f) => !isContentField(f) && f.lowerName !== 'mime-version').map(fieldBytes);
}
