/**
 * Parses an RFC 5322 / MIME message into entities that keep their exact raw bytes as views of the
 * input. Hand-written because the byte boundaries must follow RFC 2046 §5.1.1 exactly (the line
 * break before a delimiter belongs to the delimiter): S/MIME signatures hash these bytes.
 */
import { fromLatin1, indexOfBytes } from '../bytes.js';
import { KuvertError, assertArgument } from '../errors.js';
import { contentTypeOf, MimeEntity, type ContentType } from './entity.js';
import { splitHeaderBlock } from './header-field.js';
import { parseTransferEncoding } from './transfer-encoding.js';

export interface ParseOptions {
  /**
   * Accept a multipart without its closing delimiter (the last part runs to the end; the entity's
   * `multipart.closed` is false) or without any delimiter (no parts). Off by default: a cut-off
   * message is reported as MIME_TRUNCATED rather than shown as if complete.
   */
  readonly lenient?: boolean;
  /** Deepest nesting of multiparts and embedded messages (default 32) → MIME_TOO_DEEP. */
  readonly maxDepth?: number;
  /** Most entities in one message (default 10,000) → MIME_TOO_MANY_PARTS. */
  readonly maxParts?: number;
}

const DEFAULTS = { lenient: false, maxDepth: 32, maxParts: 10_000 } as const;

interface Context {
  readonly lenient: boolean;
  readonly maxDepth: number;
  readonly maxParts: number;
  parts: number;
}

/** Parses a whole message (CRLF or bare-LF line breaks). Malformed input throws a KuvertError. */
export function parseMessage(bytes: Uint8Array, options: ParseOptions = {}): MimeEntity {
  assertArgument(bytes instanceof Uint8Array, 'parseMessage expects a Uint8Array');
  for (const key of Object.keys(options)) {
    if (!(key in DEFAULTS)) throw new KuvertError('UNKNOWN_OPTION', `unknown parse option "${key}"`);
  }
  const ctx: Context = { ...DEFAULTS, ...options, parts: 0 };
  assertArgument(Number.isInteger(ctx.maxDepth) && ctx.maxDepth >= 0, 'maxDepth must be a non-negative integer');
  assertArgument(Number.isInteger(ctx.maxParts) && ctx.maxParts >= 1, 'maxParts must be a positive integer');
  if (bytes.length === 0) throw new KuvertError('EMPTY_INPUT', 'the message is empty');
  return parseEntity(bytes, 0, ctx, false);
}

/** Parses one entity (header block, empty line, body) found between delimiters or in a message. */
function parseEntity(bytes: Uint8Array, depth: number, ctx: Context, inDigest: boolean): MimeEntity {
  if (++ctx.parts > ctx.maxParts) {
    throw new KuvertError('MIME_TOO_MANY_PARTS', `more than ${ctx.maxParts} entities in one message`);
  }
  const block = splitHeaderBlock(bytes);
  const entityBytes = {
    raw: bytes,
    headerRaw: bytes.subarray(0, block.headerEnd),
    bodyRaw: bytes.subarray(block.bodyOffset),
    fields: block.fields,
  };
  const typeField = block.fields.find((f) => f.lowerName === 'content-type');
  const contentType = contentTypeOf(typeField?.value, inDigest);
  if (contentType.type === 'multipart') {
    if (depth + 1 > ctx.maxDepth) throw new KuvertError('MIME_TOO_DEEP', `multipart nesting deeper than ${ctx.maxDepth}`);
    return parseMultipart(entityBytes, contentType, depth, ctx);
  }
  if (isEmbeddedMessage(contentType) && isIdentityEncoding(block.fields)) {
    if (depth + 1 > ctx.maxDepth) throw new KuvertError('MIME_TOO_DEEP', `message nesting deeper than ${ctx.maxDepth}`);
    const child = entityBytes.bodyRaw.length === 0 ? [] : [parseEntity(entityBytes.bodyRaw, depth + 1, ctx, false)];
    return new MimeEntity(entityBytes, contentType, child);
  }
  return new MimeEntity(entityBytes, contentType);
}

function isEmbeddedMessage(type: ContentType): boolean {
  return type.type === 'message' && (type.subtype === 'rfc822' || type.subtype === 'global');
}

function isIdentityEncoding(fields: ReturnType<typeof splitHeaderBlock>['fields']): boolean {
  const value = fields.find((f) => f.lowerName === 'content-transfer-encoding')?.value;
  try {
    const encoding = parseTransferEncoding(value);
    return encoding !== 'base64' && encoding !== 'quoted-printable';
  } catch {
    return false; // an unknown encoding is reported when the body is decoded, not here
  }
}

interface Delimiter {
  /** Offset of the line break before "--boundary" (or of "--" at the body's start). */
  readonly start: number;
  /** Offset just after the delimiter line's own line break. */
  readonly next: number;
  readonly closing: boolean;
}

function parseMultipart(
  bytes: { raw: Uint8Array; headerRaw: Uint8Array; bodyRaw: Uint8Array; fields: ReturnType<typeof splitHeaderBlock>['fields'] },
  contentType: ContentType,
  depth: number,
  ctx: Context,
): MimeEntity {
  const boundary = contentType.params['boundary'];
  if (boundary === undefined || boundary.length === 0) {
    throw new KuvertError('MIME_MISSING_BOUNDARY', `${contentType.mediaType} without a boundary parameter`);
  }
  const body = bytes.bodyRaw;
  const dashBoundary = fromLatin1('--' + boundary);
  const delimiters: Delimiter[] = [];
  let search = 0;
  for (;;) {
    const delimiter = findDelimiter(body, dashBoundary, search);
    if (delimiter === undefined) break;
    delimiters.push(delimiter);
    if (delimiter.closing) break;
    search = delimiter.next;
  }
  const first = delimiters[0];
  const last = delimiters[delimiters.length - 1];
  if (first === undefined || last === undefined) {
    if (!ctx.lenient) throw new KuvertError('MALFORMED_MESSAGE', `${contentType.mediaType} body has no boundary delimiter`);
    return new MimeEntity(bytes, contentType, [], { preamble: body, epilogue: body.subarray(body.length), closed: false });
  }
  if (!last.closing && !ctx.lenient) {
    throw new KuvertError('MIME_TRUNCATED', `${contentType.mediaType} ends without its closing delimiter`);
  }
  if (first.closing && delimiters.length === 1 && !ctx.lenient) {
    throw new KuvertError('MALFORMED_MESSAGE', `${contentType.mediaType} has no body part`);
  }
  const inDigest = contentType.subtype === 'digest';
  const children: MimeEntity[] = [];
  for (let i = 0; i < delimiters.length; i++) {
    const current = delimiters[i]!;
    if (current.closing) break;
    const end = delimiters[i + 1]?.start ?? body.length;
    children.push(parseEntity(body.subarray(current.next, Math.max(current.next, end)), depth + 1, ctx, inDigest));
  }
  return new MimeEntity(bytes, contentType, children, {
    preamble: body.subarray(0, first.start),
    epilogue: last.closing ? body.subarray(last.next) : body.subarray(body.length),
    closed: last.closing,
  });
}

const LF = 10;
const CR = 13;

/**
 * The next delimiter line at or after `from`: "--boundary" at a line start, optionally "--", then
 * only transport padding (spaces, tabs) up to the line break (RFC 2046 §5.1.1). Searching for the
 * boundary rather than for line starts keeps this fast on big base64 bodies, which have no "-".
 */
function findDelimiter(body: Uint8Array, dashBoundary: Uint8Array, from: number): Delimiter | undefined {
  let idx = indexOfBytes(body, dashBoundary, from);
  while (idx !== -1) {
    if (idx === 0 || body[idx - 1] === LF) {
      let p = idx + dashBoundary.length;
      const closing = body[p] === 45 && body[p + 1] === 45;
      if (closing) p += 2;
      while (body[p] === 32 || body[p] === 9) p++;
      let next = -1;
      if (p === body.length) next = p;
      else if (body[p] === LF) next = p + 1;
      else if (body[p] === CR && body[p + 1] === LF) next = p + 2;
      else if (closing) next = lineEndAfter(body, p); // "--boundary--garbage" still closes (common in the wild)
      if (next !== -1) {
        let start = idx;
        if (idx > 0) start = idx >= 2 && body[idx - 2] === CR ? idx - 2 : idx - 1;
        return { start, next, closing };
      }
    }
    idx = indexOfBytes(body, dashBoundary, idx + 1);
  }
  return undefined;
}

function lineEndAfter(body: Uint8Array, p: number): number {
  const lf = body.indexOf(LF, p);
  return lf === -1 ? body.length : lf + 1;
}
