/**
 * Detached signing in one pass over a message that arrives in blocks (the CLI reads a 50 MB file
 * this way): each block is made canonical, hashed and handed back to be written at once, so the
 * message is never held in memory whole. The result is byte-for-byte what signMessage makes.
 *
 * One pass is possible only when nothing must change after it was written. `update` and `finish`
 * return undefined ("sign the whole message with signMessage instead") when
 * - the entity is not 7-bit safe (8-bit bytes, lines over 998 octets): signMessage converts it first;
 * - the boundary, chosen before the body was seen, occurs in the body (chance 2⁻¹⁴⁴ unless forged);
 * - the header block is larger than HEADER_LIMIT.
 * The caller must then discard what it wrote.
 */
import { concatBytes, indexOfBytes, utf8 } from '../bytes.js';
import type { CryptoEngine, StreamHash } from '../crypto-engine.js';
import { KuvertError } from '../errors.js';
import { signCmsDigest } from '../cms/signed-data.js';
import { splitHeaderBlock } from '../mime/header-field.js';
import { createBoundary } from '../mime/boundary.js';
import { base64Body } from './base64-body.js';
import { CrlfStream } from './crlf-stream.js';
import { multipartSignedContentType, multipartSignedParts } from './multipart-signed.js';
import { headerLine } from './outer-headers.js';
import { isAsciiBytes, type AsciiCheck } from './seven-bit-scan.js';
import { outerFieldBytes, signedEntityHeader } from './signed-entity.js';
import type { SignMessageOptions } from './sign-message.js';

const HEADER_LIMIT = 1024 * 1024;
const HEADER_END = utf8('\r\n\r\n');
const CRLF = utf8('\r\n');

export interface DetachedSignStream {
  /** The next block of the message; returns the bytes to write now (valid until the next call). */
  update(block: Uint8Array): Uint8Array[] | undefined;
  /** After the last block: the signature part and the closing delimiter, to write last. */
  finish(): Promise<Iterable<Uint8Array> | undefined>;
}

export interface DetachedSignStreamOptions extends Omit<SignMessageOptions, 'shape'> {
  /** A faster check for 8-bit bytes than the portable one (Node: buffer.isAscii). */
  readonly isAscii?: AsciiCheck;
}

export function detachedSignStream(options: DetachedSignStreamOptions, crypto: CryptoEngine): DetachedSignStream {
  const { isAscii = isAsciiBytes, ...signOptions } = options;
  const streams = crypto.streams;
  if (!streams) throw new KuvertError('INVALID_ARGUMENT', 'streaming signing needs a crypto engine with incremental hashes');
  const digest = signOptions.digest ?? 'SHA-256';
  const hash: StreamHash = streams.hash(digest);
  const crlf = new CrlfStream();
  const boundary = createBoundary(crypto);
  const needle = utf8(`--${boundary}`);
  let tail = new Uint8Array(0); // the last needle.length − 1 entity bytes, for matches across blocks
  let header: Uint8Array[] | undefined = []; // canonical bytes until the header block is complete
  const parts = multipartSignedParts(boundary);
  let failed = false;

  /** Hashes, scans and checks one piece of the signed entity; false: cannot go on in one pass. */
  const entity = (piece: Uint8Array): boolean => {
    if (!isAscii(piece) || crlf.tooLong) return false;
    const join = concatBytes([tail, piece.subarray(0, needle.length - 1)]);
    if (indexOfBytes(piece, needle) !== -1 || indexOfBytes(join, needle) !== -1) return false;
    tail = concatBytes([tail, piece.subarray(Math.max(0, piece.length - (needle.length - 1)))]).slice(-(needle.length - 1));
    hash.update(piece);
    return true;
  };

  const start = (bytes: Uint8Array): Uint8Array[] | undefined => {
    // An empty line first means no header at all (splitHeaderBlock would find no fields).
    if (bytes.length >= 2 && bytes[0] === 13 && bytes[1] === 10) throw new KuvertError('MALFORMED_MESSAGE', 'the message has no header fields');
    const end = indexOfBytes(bytes, HEADER_END);
    if (end === -1) return bytes.length < HEADER_LIMIT ? [] : undefined;
    const block = splitHeaderBlock(bytes.subarray(0, end + 4));
    header = undefined;
    const entityHeader = signedEntityHeader(block.fields);
    const head = concatBytes([
      ...outerFieldBytes(block.fields),
      headerLine('MIME-Version', '1.0'),
      multipartSignedContentType(boundary, digest),
      CRLF,
      parts.open,
    ]);
    const body = bytes.subarray(end + 4);
    if (!entity(entityHeader) || !entity(body)) return undefined;
    return [head, entityHeader, body];
  };

  return {
    update(block) {
      if (failed) return undefined;
      const piece = crlf.update(block);
      let out: Uint8Array[] | undefined;
      if (header) {
        header.push(Uint8Array.prototype.slice.call(piece)); // a copy (Buffer#slice is a view): the caller reuses its block
        out = start(concatBytes(header));
      } else {
        out = entity(piece) ? [piece] : undefined;
      }
      if (!out) failed = true;
      return out;
    },
    async finish() {
      // A message that is all header block (no empty line, no body) is left to signMessage.
      if (failed || header) return undefined;
      const signed = await signCmsDigest(hash.digest(), signOptions, crypto);
      return (function* () {
        yield parts.middle;
        yield* base64Body(signed.chunks);
        yield parts.close;
      })();
    },
  };
}
