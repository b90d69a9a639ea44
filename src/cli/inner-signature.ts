/**
 * `kuvert decrypt` reports a signature found inside the decrypted message (sign-then-encrypt,
 * RFC 8551 §3.7): one summary line on stderr and, with --json-report FILE, the verify result.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isKuvertError } from '../core/errors.js';
import type { CryptoEngine } from '../core/crypto-engine.js';
import { readCertificates } from '../core/pki/certificate-file.js';
import { encodedMessageBytes, smimeKind, verifyMessage, type EncodedMessage } from '../core/smime/index.js';
import { contentTypeOf } from '../core/mime/entity.js';
import { splitHeaderBlock } from '../core/mime/header-field.js';
import type { CliIo } from './command.js';
import { readInputFile } from './files.js';

export const INNER_SIGNATURE_HELP = `  --trust CA          trusted CA certificate(s) for checking a signature inside (repeat)
  --json-report FILE  write the inner signature's verification result as JSON to FILE
A signature inside the encrypted message is verified and reported on stderr as
"kuvert: signature: valid|NOT VALID (CODE) — signer"; decryption still succeeds either way.`;

export async function reportInnerSignature(entity: Uint8Array, message: EncodedMessage, trustPaths: readonly string[], reportPath: string | undefined, io: CliIo, crypto: CryptoEngine): Promise<void> {
  const type = splitHeaderBlock(entity).fields.find((f) => f.lowerName === 'content-type')?.value;
  const kind = smimeKind(contentTypeOf(type));
  if (kind !== 'multipart-signed' && kind !== 'signed-data') {
    if (reportPath !== undefined) await writeFile(resolve(io.cwd, reportPath), `${JSON.stringify({ valid: false, code: 'NOT_SIGNED' }, null, 2)}\n`);
    return;
  }
  const trustAnchors = (await Promise.all(trustPaths.map(async (path) => readCertificates(await readInputFile(path, io, 'certificate'))))).flat();
  let report: object;
  try {
    const { content: _content, ...result } = await verifyMessage(encodedMessageBytes(message), { trustAnchors }, crypto);
    // Every signer (sign-then-encrypt may carry several signatures), the first first.
    const who = result.signers.map((signer) => [signer.name, signer.organization, signer.email].filter(Boolean).join(', ')).filter(Boolean).join('; ') || 'unknown signer';
    io.writeStderr(`kuvert: signature: ${result.valid ? 'valid' : `NOT VALID (${result.code ?? 'BAD_SIGNATURE'})`} — ${who}`);
    report = result;
  } catch (error) {
    if (!isKuvertError(error)) throw error;
    io.writeStderr(`kuvert: signature: NOT VALID (${error.code}) — ${error.message}`);
    report = { valid: false, code: error.code, message: error.message };
  }
  if (reportPath !== undefined) await writeFile(resolve(io.cwd, reportPath), `${JSON.stringify(report, null, 2)}\n`);
}
