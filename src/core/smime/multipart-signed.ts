/**
 * multipart/signed (RFC 1847 §2.1, RFC 8551 §3.5.3): the signed entity as the first part, exactly
 * as signed, and the detached SignedData as application/pkcs7-signature (smime.p7s).
 *
 * RFC 2046 §5.1.1: the CRLF before each delimiter belongs to the delimiter, so the signed bytes are
 * the first part's bytes up to, not including, that CRLF.
 */
import { concatBytes, indexOfBytes, utf8 } from '../bytes.js';
import type { RandomSource } from '../mime/boundary.js';
import { createBoundary } from '../mime/boundary.js';
import { KuvertError } from '../errors.js';
import type { SignatureDigest } from '../cms/index.js';
import { base64Body, base64BodyLength } from './base64-body.js';
import { headerLine } from './outer-headers.js';

export const MICALG: Record<SignatureDigest, string> = { 'SHA-256': 'sha-256', 'SHA-384': 'sha-384', 'SHA-512': 'sha-512' };

export const PREAMBLE = 'This is a cryptographically signed message in MIME format.\r\n';

/** A boundary that occurs nowhere in the signed entity (given as pieces, checked across their joins). */
export function chooseBoundary(entity: readonly Uint8Array[], random: RandomSource): string {
  const joins: Uint8Array[] = [];
  for (let i = 1; i < entity.length; i++) joins.push(concatBytes([entity[i - 1]!.subarray(-100), entity[i]!.subarray(0, 100)]));
  for (let attempt = 0; attempt < 8; attempt++) {
    const boundary = createBoundary(random);
    const needle = utf8(`--${boundary}`);
    if ([...entity, ...joins].every((piece) => indexOfBytes(piece, needle) === -1)) return boundary;
  }
  throw new KuvertError('SIGN_FAILED', 'no boundary could be found that the content does not contain');
}

export function multipartSignedContentType(boundary: string, digest: SignatureDigest): Uint8Array {
  return headerLine('Content-Type', `multipart/signed; protocol="application/pkcs7-signature";\r\n micalg=${MICALG[digest]}; boundary="${boundary}"`);
}

export interface MultipartSignedBody {
  readonly length: number;
  pieces(): Iterable<Uint8Array>;
}

export interface MultipartSignedParts {
  /** Preamble and the first delimiter line; the signed entity follows. */
  readonly open: Uint8Array;
  /** The second delimiter (its CRLF belongs to it, not to the entity) and the signature part's header. */
  readonly middle: Uint8Array;
  /** The closing delimiter, after the base64 signature's last CRLF. */
  readonly close: Uint8Array;
}

export function multipartSignedParts(boundary: string): MultipartSignedParts {
  return {
    open: utf8(`${PREAMBLE}\r\n--${boundary}\r\n`),
    middle: utf8(
      `\r\n--${boundary}\r\n`
      + 'Content-Type: application/pkcs7-signature; name="smime.p7s"\r\n'
      + 'Content-Transfer-Encoding: base64\r\n'
      + 'Content-Disposition: attachment; filename="smime.p7s"\r\n'
      + 'Content-Description: S/MIME Cryptographic Signature\r\n\r\n',
    ),
    // base64Body ends its last line with CRLF, which serves as the closing delimiter's line break.
    close: utf8(`--${boundary}--\r\n`),
  };
}

/** The body of the multipart/signed entity (after its header block and empty line). */
export function multipartSignedBody(entity: readonly Uint8Array[], signature: readonly Uint8Array[], signatureLength: number, boundary: string): MultipartSignedBody {
  const { open, middle, close } = multipartSignedParts(boundary);
  return {
    length: open.length + entity.reduce((n, piece) => n + piece.length, 0) + middle.length + base64BodyLength(signatureLength) + close.length,
    *pieces() {
      yield open;
      yield* entity;
      yield middle;
      yield* base64Body(signature);
      yield close;
    },
  };
}
