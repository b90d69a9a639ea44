/**
 * Building one MIME entity (RFC 2045/2046) as canonical CRLF bytes: a leaf with its transfer
 * encoding chosen or given, or a multipart with a fresh boundary that occurs in none of its parts.
 * Used for whole message bodies and for the inner entity that S/MIME signs or encrypts.
 */
import { encodeBase64 } from '../base64.js';
import { concatBytes, fromLatin1, indexOfBytes, utf8 } from '../bytes.js';
import { defaultCrypto } from '../crypto-engine.js';
import { KuvertError, assertArgument } from '../errors.js';
import { createBoundary, type RandomSource } from './boundary.js';
import { toCanonicalCrlf } from './canonical.js';
import { encodeEncodedWords, needsEncoding } from './encoded-words.js';
import { assertHeaderName, assertNoLineBreak, serializeHeaderFields, type HeaderFieldInput } from './header-format.js';
import { formatParameterizedValue } from './parameters.js';
import { encodeQuotedPrintable } from './quoted-printable.js';
import type { TransferEncoding } from './transfer-encoding.js';

/** Extra header fields: unstructured values, RFC 2047-encoded when not ASCII. */
export type HeaderInput = readonly (readonly [string, string])[] | Readonly<Record<string, string>>;

export interface LeafEntitySpec {
  /** Media type, e.g. "text/plain", "image/png", "application/pkcs7-mime". */
  readonly contentType: string;
  /** Content-Type parameters (RFC 2231 used automatically for non-ASCII or long values). */
  readonly params?: Readonly<Record<string, string>>;
  /** A string is text: its line breaks become CRLF and it is sent as UTF-8 (charset=utf-8 added). */
  readonly body: Uint8Array | string;
  /** Chosen when absent: 7bit for short-lined ASCII text, quoted-printable for other text, base64 otherwise. */
  readonly transferEncoding?: TransferEncoding;
  readonly disposition?: 'inline' | 'attachment';
  /** Written as Content-Disposition `filename` (RFC 2231) and Content-Type `name` (RFC 2047 fallback). */
  readonly filename?: string;
  /** Without angle brackets. */
  readonly contentId?: string;
  readonly headers?: HeaderInput;
}

export interface MultipartEntitySpec {
  /** The multipart subtype: "mixed", "alternative", "related", "signed", ... */
  readonly multipart: string;
  readonly params?: Readonly<Record<string, string>>;
  readonly parts: readonly EntitySpec[];
  readonly headers?: HeaderInput;
}

export type EntitySpec = LeafEntitySpec | MultipartEntitySpec;

/** Header names the builder writes itself; extra headers may not set them. */
const MANAGED = new Set(['content-type', 'content-transfer-encoding', 'content-disposition', 'content-id', 'mime-version']);

/** Builds one entity: its header fields, an empty line and its encoded body, all CRLF. */
export function buildEntity(spec: EntitySpec, random: RandomSource = defaultCrypto()): Uint8Array {
  return buildEntityWithHeaders(spec, [], random);
}

/**
 * Builds an entity with `leading` header fields before its own (the message headers, for
 * buildMessage). Exported for the message builder only.
 */
export function buildEntityWithHeaders(spec: EntitySpec, leading: readonly HeaderFieldInput[], random: RandomSource): Uint8Array {
  return 'multipart' in spec ? buildMultipart(spec, leading, random) : buildLeaf(spec, leading);
}

function extraHeaders(headers: HeaderInput | undefined): HeaderFieldInput[] {
  if (headers === undefined) return [];
  const entries: readonly (readonly [string, string])[] = Array.isArray(headers)
    ? (headers as readonly (readonly [string, string])[])
    : Object.entries(headers as Readonly<Record<string, string>>);
  return entries.map(([name, value]) => {
    assertHeaderName(name);
    if (MANAGED.has(name.toLowerCase())) throw new KuvertError('INVALID_ARGUMENT', `the header ${name} is written by the builder`);
    return { name, value };
  });
}

function assertMediaType(mediaType: string): void {
  assertNoLineBreak(mediaType, 'a media type');
  if (!/^[A-Za-z0-9!#$&^_.+-]+\/[A-Za-z0-9!#$&^_.+-]+$/.test(mediaType)) {
    throw new KuvertError('INVALID_ARGUMENT', `"${mediaType.slice(0, 80)}" is not a media type`);
  }
}

function buildMultipart(spec: MultipartEntitySpec, leading: readonly HeaderFieldInput[], random: RandomSource): Uint8Array {
  assertMediaType(`multipart/${spec.multipart}`);
  assertArgument(spec.parts.length > 0, 'a multipart needs at least one part');
  const parts = spec.parts.map((part) => buildEntityWithHeaders(part, [], random));
  let boundary = createBoundary(random);
  // RFC 2046 §5.1.1: the boundary must not occur in any encapsulated part.
  for (let attempt = 0; parts.some((p) => indexOfBytes(p, fromLatin1('--' + boundary)) !== -1); attempt++) {
    if (attempt > 8) throw new KuvertError('INTERNAL', 'could not find a boundary that is absent from the content');
    boundary = createBoundary(random);
  }
  const params = { ...spec.params, boundary };
  const headers: HeaderFieldInput[] = [
    ...leading,
    { name: 'Content-Type', value: formatParameterizedValue(`multipart/${spec.multipart.toLowerCase()}`, params), structured: true },
    ...extraHeaders(spec.headers),
  ];
  const delimiter = fromLatin1(`--${boundary}\r\n`);
  const chunks: Uint8Array[] = [serializeHeaderFields(headers), fromLatin1('\r\n')];
  for (const part of parts) chunks.push(delimiter, part, fromLatin1('\r\n'));
  chunks.push(fromLatin1(`--${boundary}--\r\n`));
  return concatBytes(chunks);
}

function buildLeaf(spec: LeafEntitySpec, leading: readonly HeaderFieldInput[]): Uint8Array {
  assertMediaType(spec.contentType);
  const mediaType = spec.contentType.toLowerCase();
  const isText = typeof spec.body === 'string' || mediaType.startsWith('text/');
  const params: Record<string, string> = { ...spec.params };
  let content: Uint8Array;
  if (typeof spec.body === 'string') {
    content = utf8(spec.body.replace(/\r\n|\r|\n/g, '\r\n'));
    params['charset'] ??= 'utf-8';
  } else {
    content = isText ? toCanonicalCrlf(spec.body) : spec.body;
  }
  if (spec.filename !== undefined) {
    assertNoLineBreak(spec.filename, 'a file name');
    // RFC 2047 inside a quoted parameter is not standard, but it is what Outlook reads (RFC 2231 fallback).
    params['name'] ??= needsEncoding(spec.filename) ? encodeEncodedWords(spec.filename, 68) : spec.filename;
  }
  const encoding = spec.transferEncoding ?? chooseEncoding(content, isText, mediaType);
  const headers: HeaderFieldInput[] = [
    ...leading,
    { name: 'Content-Type', value: formatParameterizedValue(mediaType, params), structured: true },
    { name: 'Content-Transfer-Encoding', value: encoding, structured: true },
  ];
  if (spec.disposition !== undefined || spec.filename !== undefined) {
    const dispositionParams: Record<string, string> = spec.filename === undefined ? {} : { filename: spec.filename };
    headers.push({ name: 'Content-Disposition', value: formatParameterizedValue(spec.disposition ?? 'attachment', dispositionParams), structured: true });
  }
  if (spec.contentId !== undefined) {
    assertNoLineBreak(spec.contentId, 'a Content-ID');
    if (!/^[\x21-\x3b\x3d\x3f-\x7e]+$/.test(spec.contentId)) throw new KuvertError('INVALID_ARGUMENT', 'invalid Content-ID');
    headers.push({ name: 'Content-ID', value: `<${spec.contentId}>`, structured: true });
  }
  headers.push(...extraHeaders(spec.headers));
  return concatBytes([serializeHeaderFields(headers), fromLatin1('\r\n'), encodeBody(content, encoding, isText)]);
}

function chooseEncoding(content: Uint8Array, isText: boolean, mediaType: string): TransferEncoding {
  if (mediaType.startsWith('message/')) return is7bitSafe(content, 998) ? '7bit' : '8bit';
  if (!isText) return 'base64';
  return is7bitSafe(content, 76) && isPlainLines(content) ? '7bit' : 'quoted-printable';
}

/** Only ASCII without NUL or bare CR/LF, lines at most `maxLine` characters. */
function is7bitSafe(content: Uint8Array, maxLine: number): boolean {
  let line = 0;
  for (let i = 0; i < content.length; i++) {
    const c = content[i]!;
    if (c > 127 || c === 0) return false;
    if (c === 13) {
      if (content[i + 1] !== 10) return false;
      continue;
    }
    if (c === 10) {
      if (content[i - 1] !== 13) return false;
      line = 0;
      continue;
    }
    if (++line > maxLine) return false;
  }
  return true;
}

/** No trailing whitespace and no line starting with "From " or "." (transports alter those). */
function isPlainLines(content: Uint8Array): boolean {
  let lineStart = 0;
  for (let i = 0; i <= content.length; i++) {
    if (i < content.length && content[i] !== 13) continue;
    const last = content[i - 1];
    if (i > lineStart && (last === 32 || last === 9)) return false;
    const first = content[lineStart];
    if (first === 46) return false;
    if (first === 70 && content[lineStart + 1] === 114 && content[lineStart + 2] === 111 && content[lineStart + 3] === 109 && content[lineStart + 4] === 32) return false;
    lineStart = i + 2;
  }
  return true;
}

function encodeBody(content: Uint8Array, encoding: TransferEncoding, isText: boolean): Uint8Array {
  switch (encoding) {
    case 'base64':
      return encodeBase64(content, 76);
    case 'quoted-printable':
      return encodeQuotedPrintable(content, { text: isText });
    case '7bit':
      if (!is7bitSafe(content, 998)) throw new KuvertError('INVALID_ARGUMENT', 'the content is not 7bit: choose another transfer encoding');
      return content;
    case '8bit':
    case 'binary':
      return content;
  }
}
