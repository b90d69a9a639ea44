/** Reads a JSON request body with a size limit: 413 beyond it, 400 for anything that is not JSON. */
import type { IncomingMessage } from 'node:http';
import { KuvertError } from '../../core/errors.js';

export async function readJsonBody(request: IncomingMessage, limit: number): Promise<unknown> {
  const declared = Number(request.headers['content-length'] ?? '0');
  if (declared > limit) throw new KuvertError('REQUEST_TOO_LARGE', `the body is larger than ${limit} bytes`);
  const type = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') throw new KuvertError('MALFORMED_REQUEST', 'the body must be application/json');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new KuvertError('REQUEST_TOO_LARGE', `the body is larger than ${limit} bytes`);
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch (error) {
    throw new KuvertError('MALFORMED_REQUEST', 'the body is not valid JSON', { cause: error });
  }
}
