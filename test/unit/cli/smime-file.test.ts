import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { readSmimeEnvelopeInput } from '../../../src/cli/smime-file.js';
import type { CliIo } from '../../../src/cli/command.js';
import { nodeCrypto } from '../../../src/cli/node-crypto.js';
import { decryptSmimeEnvelope, encodedMessageBytes, encryptMessage } from '../../../src/core/smime/index.js';
import { loadSoftwareKeys } from '../../../src/core/keys/index.js';
import { readCertificates } from '../../../src/core/pki/certificate-file.js';
import type { KeyProvider } from '../../../src/core/keys/key-provider.js';
import { createTestPki, type TestPki } from '../../helpers/test-pki.js';

let dir: string;
let pki: TestPki;
let cert: Uint8Array;
let keys: KeyProvider[];
const io = (): CliIo => ({
  readStdin: () => Promise.reject(new Error('no stdin in this test')),
  writeStdout: () => Promise.resolve(),
  writeStderr: () => undefined,
  env: {},
  cwd: dir,
});

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kuvert-smime-file-'));
  pki = await createTestPki([{ label: 'anna', spec: 'rsa2048' }]);
  cert = readCertificates(await readFile(pki.identity('anna').certPem))[0]!;
  keys = await loadSoftwareKeys({ data: await readFile(pki.identity('anna').keyPem), certificates: [cert] });
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await pki.dispose();
});

function message(bodyBytes: number, extraHeaders = ''): Buffer {
  const body = randomBytes(bodyBytes).toString('base64').replace(/.{76}/g, '$&\r\n');
  return Buffer.from(`From: a@kuvert.test\r\nTo: anna@kuvert.test\r\nSubject: prov\r\n${extraHeaders}Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n${body}\r\n`);
}

async function encryptedFile(name: string, original: Buffer, transform = (b: Buffer): Buffer => b): Promise<string> {
  const encrypted = Buffer.from(encodedMessageBytes(await encryptMessage(Buffer.from(original), { recipients: [{ certificate: cert }] })));
  await writeFile(join(dir, name), transform(encrypted));
  return name;
}

async function decryptFile(name: string): Promise<Buffer> {
  const envelope = await readSmimeEnvelopeInput(name, io());
  return Buffer.from(encodedMessageBytes((await decryptSmimeEnvelope(envelope, keys, nodeCrypto())).message));
}

const bodyOf = (m: Buffer): string => m.toString('latin1').split('\r\n\r\n').slice(1).join('\r\n\r\n');

describe('reading S/MIME files while decoding', () => {
  it('decodes a large body read in chunks (the streaming path)', async () => {
    const original = message(3 * 1024 * 1024 + 7);
    expect(bodyOf(await decryptFile(await encryptedFile('large.eml', original)))).toBe(bodyOf(original));
  });

  it('accepts bare LF line breaks in a large file', async () => {
    const original = message(600 * 1024);
    const name = await encryptedFile('lf.eml', original, (b) => Buffer.from(b.toString('latin1').replace(/\r\n/g, '\n'), 'latin1'));
    expect(bodyOf(await decryptFile(name))).toBe(bodyOf(original));
  });

  it('falls back to a whole read when the header block is longer than the first read', async () => {
    const original = message(1024, Array.from({ length: 1500 }, (_, i) => `X-Trace-${i}: ${'x'.repeat(200)}\r\n`).join(''));
    const name = await encryptedFile('long-header.eml', original);
    expect(bodyOf(await decryptFile(name))).toBe(bodyOf(original));
  });

  it('reports MIME_BAD_BASE64 for garbage deep inside a large body', async () => {
    const name = await encryptedFile('garbage.eml', message(1024 * 1024), (b) => {
      b[b.length - 5000] = 0x2a; // '*'
      return b;
    });
    await expect(readSmimeEnvelopeInput(name, io())).rejects.toMatchObject({ code: 'MIME_BAD_BASE64' });
  });

  it('says EMPTY_INPUT, FILE_NOT_FOUND and NOT_SMIME for what is not an encrypted message', async () => {
    await writeFile(join(dir, 'empty.eml'), '');
    await expect(readSmimeEnvelopeInput('empty.eml', io())).rejects.toMatchObject({ code: 'EMPTY_INPUT' });
    await expect(readSmimeEnvelopeInput('missing.eml', io())).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
    await writeFile(join(dir, 'plain.eml'), message(400 * 1024));
    await expect(readSmimeEnvelopeInput('plain.eml', io())).rejects.toMatchObject({ code: 'NOT_SMIME' });
  });
});
