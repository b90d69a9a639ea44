/**
 * CliIo over the real process streams. Writes respect back-pressure so a 70 MB S/MIME message
 * streams out in chunks instead of being buffered twice.
 */
import type { Writable } from 'node:stream';
import type { CliIo } from './command.js';

export function nodeIo(): CliIo {
  return {
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
    },
    writeStdout: (data) => writeTo(process.stdout, data),
    writeStderr: (line) => {
      process.stderr.write(`${line}\n`);
    },
    env: process.env,
    cwd: process.cwd(),
  };
}

export function writeTo(stream: Writable, data: Uint8Array | string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    stream.once('error', onError);
    const flushed = stream.write(data, () => {
      stream.off('error', onError);
      if (flushed) resolve();
    });
    if (!flushed) {
      stream.once('drain', () => {
        stream.off('error', onError);
        resolve();
      });
    }
  });
}
