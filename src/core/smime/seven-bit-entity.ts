/**
 * RFC 8551 §3.1.2 (and §3.1.1): a multipart/signed entity must survive 7-bit transport unchanged,
 * because a relay that re-encodes 8-bit content breaks the signature. Before a detached signature,
 * every leaf part whose body has 8-bit bytes or lines over 998 octets is re-encoded: text as
 * quoted-printable (still readable), anything else as base64. Parts that are already 7-bit safe
 * keep their exact bytes; the decoded content of converted parts is unchanged.
 *
 * Not converted (cannot be, without changing what the user wrote): 8-bit bytes in header fields
 * (RFC 6532 UTF-8 headers) and in multipart preambles and epilogues.
 */
import { concatBytes, utf8 } from '../bytes.js';
import { KuvertError } from '../errors.js';
import { parseMessage } from '../mime/parse.js';
import type { MimeEntity } from '../mime/entity.js';
import { decodeTransferEncoding, parseTransferEncoding } from '../mime/transfer-encoding.js';
import { encodeQuotedPrintable } from '../mime/quoted-printable.js';
import { base64Body } from './base64-body.js';
import { fieldBytes, headerLine } from './outer-headers.js';
import { isSevenBitSafe, type AsciiCheck } from './seven-bit-scan.js';

const CRLF = utf8('\r\n');

interface Replacement {
  readonly start: number;
  readonly end: number;
  readonly bytes: Uint8Array;
}

/** The entity (as pieces) ready for 7-bit transport; the same pieces when nothing needs to change. */
export function sevenBitEntity(entity: readonly Uint8Array[], isAscii?: AsciiCheck): Uint8Array[] {
  if (isSevenBitSafe(entity, isAscii)) return [...entity];
  const bytes = concatBytes([...entity]);
  const replacements: Replacement[] = [];
  collect(parseMessage(bytes), bytes, replacements, isAscii);
  const out: Uint8Array[] = [];
  let at = 0;
  for (const r of replacements) {
    out.push(bytes.subarray(at, r.start), r.bytes);
    at = r.end;
  }
  out.push(bytes.subarray(at));
  return out.filter((piece) => piece.length > 0);
}

/**
 * The same for the entity of a whole message held in memory: `message` is parsed in place (the
 * 50 MB attachment is not copied), and only the parts that need it are replaced. `entityHeader` is
 * the signed entity's header block (signed-entity.ts), `bodyOffset` where the message body starts.
 */
export function sevenBitMessageEntity(message: Uint8Array, entityHeader: Uint8Array, bodyOffset: number, isAscii?: AsciiCheck): Uint8Array[] {
  const body = message.subarray(bodyOffset);
  if (isSevenBitSafe([entityHeader, body], isAscii)) return [entityHeader, body];
  const root = parseMessage(message);
  // A single part: its header fields are the entity's own; the body is re-encoded as a whole anyway.
  if (!root.isMultipart && root.children.length === 0) return sevenBitEntity([entityHeader, body], isAscii);
  const replacements: Replacement[] = [];
  for (const child of root.children) collect(child, message, replacements, isAscii);
  const out: Uint8Array[] = [entityHeader];
  let at = bodyOffset;
  for (const r of replacements) {
    out.push(message.subarray(at, r.start), r.bytes);
    at = r.end;
  }
  out.push(message.subarray(at));
  return out.filter((piece) => piece.length > 0);
}

function collect(entity: MimeEntity, base: Uint8Array, out: Replacement[], isAscii: AsciiCheck | undefined): void {
  if (entity.isMultipart || entity.children.length > 0) {
    for (const child of entity.children) collect(child, base, out, isAscii);
    return;
  }
  if (isSevenBitSafe([entity.bodyRaw], isAscii)) return;
  const start = entity.raw.byteOffset - base.byteOffset;
  out.push({ start, end: start + entity.raw.length, bytes: reencoded(entity) });
}

function reencoded(entity: MimeEntity): Uint8Array {
  const field = entity.fields.find((f) => f.lowerName === 'content-transfer-encoding');
  const encoding = parseTransferEncoding(field?.value);
  if (encoding === 'base64' || encoding === 'quoted-printable') {
    // Already encoded, yet 8-bit or over-long: malformed, and re-encoding would guess at its meaning.
    throw new KuvertError('MALFORMED_MESSAGE', `a ${entity.contentType.mediaType} part is labelled ${encoding} but holds 8-bit bytes or over-long lines`);
  }
  const content = decodeTransferEncoding(entity.bodyRaw, encoding);
  const text = entity.contentType.type === 'text';
  const body = text ? encodeQuotedPrintable(content, { text: true }) : concatBytes(Array.from(base64Body([content]), (piece) => piece.slice()));
  const fields = entity.fields.filter((f) => f.lowerName !== 'content-transfer-encoding').map(fieldBytes);
  return concatBytes([...fields, headerLine('Content-Transfer-Encoding', text ? 'quoted-printable' : 'base64'), CRLF, body]);
}
