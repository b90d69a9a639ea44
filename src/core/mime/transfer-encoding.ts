/**
 * Content-Transfer-Encoding (RFC 2045 §6): decoding a body to the bytes it stands for.
 */
import { decodeBase64 } from '../base64.js';
import { KuvertError } from '../errors.js';
import { decodeQuotedPrintable } from './quoted-printable.js';

export type TransferEncoding = '7bit' | '8bit' | 'binary' | 'base64' | 'quoted-printable';

/** Normalizes a Content-Transfer-Encoding value; absent means 7bit (RFC 2045 §6.1). */
export function parseTransferEncoding(value: string | undefined): TransferEncoding {
  const v = (value ?? '7bit').trim().toLowerCase();
  switch (v) {
    case '':
    case '7bit':
    case '8bit':
    case 'binary':
    case 'base64':
    case 'quoted-printable':
      return v === '' ? '7bit' : v;
    default:
      throw new KuvertError('MIME_UNSUPPORTED_ENCODING', `unsupported Content-Transfer-Encoding "${v.slice(0, 40)}"`);
  }
}

/** The decoded body; identity encodings return `body` itself (a view, no copy). */
export function decodeTransferEncoding(body: Uint8Array, encoding: TransferEncoding): Uint8Array {
  switch (encoding) {
    case 'base64':
      return decodeBase64(body);
    case 'quoted-printable':
      return decodeQuotedPrintable(body);
    case '7bit':
    case '8bit':
    case 'binary':
      return body;
  }
}
