/** PEM (RFC 7468) blocks: label, RFC 1421 headers and the decoded DER. */
import { KuvertError, type KuvertErrorCode } from '../errors.js';
import { decodeBase64 } from '../base64.js';
import { latin1 } from '../bytes.js';

export interface PemBlock {
  readonly label: string;
  readonly headers: readonly string[];
  readonly der: Uint8Array;
}

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/g;

/** True when the bytes look like text with at least one PEM block. */
export function looksLikePem(data: Uint8Array): boolean {
  return latin1(data, 0, Math.min(data.length, 64 * 1024)).includes('-----BEGIN ');
}

export function readPemBlocks(data: Uint8Array, code: KuvertErrorCode): PemBlock[] {
  const text = latin1(data);
  const blocks: PemBlock[] = [];
  for (const match of text.matchAll(BLOCK)) {
    const lines = (match[2] ?? '').split(/\r?\n/);
    const headers = lines.filter((line) => line.includes(':'));
    const body = lines.filter((line) => !line.includes(':')).join('');
    try {
      blocks.push({ label: match[1]!, headers, der: decodeBase64(body.replace(/\s+/g, '')) });
    } catch (error) {
      throw new KuvertError(code, `PEM block ${match[1]} has invalid base64`, { cause: error });
    }
  }
  if (blocks.length === 0) throw new KuvertError(code, 'no complete PEM block found');
  return blocks;
}
