/**
 * `kuvert sign --detached --in FILE --out FILE` in one pass: the input is read in blocks, each block
 * is made canonical, hashed and written (the write overlaps the next read); the signature part follows at
 * the end. A 50 MB message is never held whole in memory. When the message cannot be signed in one
 * pass (it must first be converted for 7-bit transport, see core/smime/detached-sign-stream.ts),
 * the partial output is removed and `false` is returned: the caller signs the whole message instead.
 */
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { isAscii } from 'node:buffer';
import { resolve } from 'node:path';
import { KuvertError } from '../../core/errors.js';
import type { CryptoEngine } from '../../core/crypto-engine.js';
import { detachedSignStream, type DetachedSignStreamOptions } from '../../core/smime/detached-sign-stream.js';
import type { CliIo } from '../command.js';
import { openOutputFile, writeChunks, type OutputFile } from '../files.js';

const BLOCK = 1024 * 1024;

export async function signFileDetached(inPath: string, outPath: string, options: Omit<DetachedSignStreamOptions, 'isAscii'>, io: CliIo, crypto: CryptoEngine): Promise<boolean> {
  let input: number;
  try {
    // Only a regular file can be read again if the message must be signed whole after all: a pipe
    // (--in /dev/stdin, a FIFO) would then yield only its rest, and the wrong content would be signed.
    // Decide by the path, before opening: opening a FIFO and closing it again would leave its writer
    // with no reader for an instant (EPIPE) before the whole-message path opens it once more.
    if (!statSync(resolve(io.cwd, inPath)).isFile()) return false;
    input = openSync(resolve(io.cwd, inPath), 'r');
  } catch (error) {
    throw new KuvertError('FILE_NOT_FOUND', `cannot read message file ${inPath}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`, { cause: error });
  }
  try {
    if (!fstatSync(input).isFile()) return false; // replaced between stat and open
    const signer = detachedSignStream({ ...options, isAscii: (bytes) => isAscii(bytes) }, crypto);
    const output = await openOutputFile(outPath, io);
    let inFlight: Promise<unknown> | undefined;
    try {
      // Two read buffers take turns: one is being written while the next block is read into the other.
      const buffers = [Buffer.allocUnsafe(BLOCK), Buffer.allocUnsafe(BLOCK)];
      let turn = 0;
      let empty = true;
      for (;;) {
        const buffer = buffers[turn]!;
        // Synchronous reads from the page cache cost less than a thread-pool round trip per block.
        const bytesRead = readSync(input, buffer, 0, BLOCK, null);
        if (bytesRead === 0) break;
        empty = false;
        const pieces = signer.update(buffer.subarray(0, bytesRead));
        if (inFlight) await inFlight;
        inFlight = undefined;
        if (!pieces) {
          await output.abort();
          return false;
        }
        inFlight = writeAll(output, pieces);
        turn ^= 1;
      }
      if (inFlight) await inFlight;
      inFlight = undefined;
      if (empty) throw new KuvertError('EMPTY_INPUT', 'the message to sign is empty');
      const trailer = await signer.finish();
      if (!trailer) {
        await output.abort();
        return false;
      }
      await writeChunks(output, trailer);
      await output.commit();
      return true;
    } catch (error) {
      if (inFlight) await inFlight.catch(() => undefined);
      await output.abort();
      throw error;
    }
  } finally {
    closeSync(input);
  }
}

async function writeAll(output: OutputFile, pieces: readonly Uint8Array[]): Promise<void> {
  for (const piece of pieces) if (piece.length > 0) await output.write(piece);
}
