/**
 * Reads an encrypted S/MIME message from a file while decoding its base64 body, so a 100 MB
 * message never sits in memory as text and as DER at the same time.
 */
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Base64Decoder } from '../core/base64.js';
import { indexOfBytes } from '../core/bytes.js';
import { KuvertError } from '../core/errors.js';
import { splitHeaderBlock } from '../core/mime/header-field.js';
import { readSmimeEnvelope, readSmimeEnvelopeHeader, type SmimeEnvelope } from '../core/smime/index.js';
import type { CliIo } from './command.js';
import { readInputFile } from './files.js';

const HEAD = 256 * 1024;
const CHUNK = 1024 * 1024;

export async function readSmimeEnvelopeInput(path: string | undefined, io: CliIo): Promise<SmimeEnvelope> {
  if (path === undefined || path === '-') return readSmimeEnvelope(await io.readStdin());
  const handle = await open(resolve(io.cwd, path), 'r').catch((error: unknown) => {
    throw new KuvertError('FILE_NOT_FOUND', `cannot read message file ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`, { cause: error });
  });
  try {
    const size = (await handle.stat()).size;
    if (size === 0) throw new KuvertError('EMPTY_INPUT', 'the message to decrypt is empty');
    const head = new Uint8Array(Math.min(size, HEAD));
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const bodyStart = headerEnd(head.subarray(0, bytesRead));
    // A header block longer than HEAD (or a tiny file): read it all the simple way.
    if (bodyStart < 0 || size <= HEAD) return readSmimeEnvelope(await readInputFile(path, io, 'message'));
    const header = readSmimeEnvelopeHeader(splitHeaderBlock(head.subarray(0, bodyStart)).fields);
    if (header.transferEncoding !== 'base64') return readSmimeEnvelope(await readInputFile(path, io, 'message'));
    const decoder = new Base64Decoder(new Uint8Array(Math.ceil(((size - bodyStart) * 3) / 4) + 3));
    decoder.push(head.subarray(bodyStart, bytesRead));
    const chunk = new Uint8Array(CHUNK);
    for (let position = bytesRead; position < size;) {
      const read = (await handle.read(chunk, 0, CHUNK, position)).bytesRead;
      if (read === 0) break;
      decoder.push(chunk.subarray(0, read));
      position += read;
    }
    const der = decoder.end();
    if (der.length === 0) throw new KuvertError('MALFORMED_MESSAGE', 'the smime.p7m part is empty');
    return { ...header, der };
  } finally {
    await handle.close();
  }
}

/** Offset of the first body byte (after the empty line), or -1 when the head has none. */
function headerEnd(head: Uint8Array): number {
  const crlf = indexOfBytes(head, Uint8Array.of(13, 10, 13, 10));
  const lf = indexOfBytes(head, Uint8Array.of(10, 10));
  if (crlf >= 0 && (lf < 0 || crlf < lf)) return crlf + 4;
  return lf >= 0 ? lf + 2 : -1;
}
