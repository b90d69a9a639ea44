// Graph's large-message route against the fake Graph server, which follows the documented
// requests strictly (draft with message class, upload session, 320 KiB-multiple chunks in order
// with no Authorization, send draft). The message that arrives must open with openssl, and any
// failure must send nothing and leave no draft behind.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSoftwareKeys } from '../../../src/core/keys/index.js';
import { MAX_SENDMAIL_BODY_BYTES, sendMimeMessage } from '../../../src/addin/office/graph-mail.js';
import { UPLOAD_CHUNK_BYTES } from '../../../src/addin/office/graph-large-send.js';
import { sendSecurely, type SecureDraft, type SecureMode } from '../../../src/addin/taskpane/send-securely.js';
import { startFakeGraph, type FakeGraph, type GraphStep } from '../../../src/playground/fake-graph.js';
import { createTestPki, type TestPki } from '../../helpers/test-pki.js';

let pki: TestPki;
let graph: FakeGraph;

beforeAll(async () => {
  pki = await createTestPki([
    { label: 'anna', spec: 'rsa2048' },
    { label: 'me', spec: 'rsa2048' },
  ]);
  graph = await startFakeGraph();
}, 60_000);
afterAll(async () => {
  await graph.close();
  await pki.dispose();
});

const der = (label: string): Uint8Array => new Uint8Array(readFileSync(pki.identity(label).certDer));
const tokens = { token: jest.fn((scopes: readonly string[]) => Promise.resolve(`token-for-${scopes.join('+')}`)) };
/** Not compressible, so the encrypted message really is larger than sendMail may carry. */
const noise = (n: number): Uint8Array => {
  const out = new Uint8Array(n);
  let x = 0x12345678;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
};
const big = noise(4 * 1024 * 1024 + 12_345);

function draft(): SecureDraft {
  return {
    from: { name: 'Me', address: pki.identity('me').email },
    to: [{ name: 'Anna', address: pki.identity('anna').email }],
    cc: [],
    bcc: [],
    subject: 'Röntgenbilder',
    text: 'Bilderna för 19121212-1212 bifogas.',
    inline: [],
    attachments: [{ filename: 'bilder.bin', contentType: 'application/octet-stream', content: big }],
  };
}

async function send(mode: SecureMode, discard = jest.fn(() => Promise.resolve())) {
  const signer = (await loadSoftwareKeys({ data: readFileSync(pki.identity('me').keyPem), certificates: [der('me')] }))[0]!;
  return sendSecurely(draft(), mode, {
    certificates: new Map([[pki.identity('anna').email, der('anna')]]),
    senderCertificate: der('me'),
    signer: () => Promise.resolve(signer),
    send: (mime, envelope) => sendMimeMessage(mime, envelope, { tokens, baseUrl: graph.url }).then(() => undefined),
    discardDraft: discard,
  });
}

function openssl(args: string[], mime: Buffer): Buffer {
  const file = join(pki.dir, `large-${Math.random().toString(36).slice(2)}.eml`);
  writeFileSync(file, mime);
  return execFileSync('openssl', [...args, '-in', file], { maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('Graph upload route for messages over the sendMail limit', () => {
  it('encrypt + sign: draft, upload session in 320 KiB-multiple chunks, send; openssl decrypts and verifies', async () => {
    const before = graph.sent.length;
    graph.chunks.length = 0;
    const discard = jest.fn(() => Promise.resolve());
    await expect(send('encrypt-sign', discard)).resolves.toEqual({ sent: true, draftDiscarded: true });
    expect(discard).toHaveBeenCalledTimes(1);
    expect(graph.sent.length).toBe(before + 1);
    const mail = graph.sent[before]!;
    expect(mail.route).toBe('upload');
    expect(tokens.token).toHaveBeenLastCalledWith(['Mail.ReadWrite', 'Mail.Send']);
    // More than one chunk; all but the last a multiple of 320 KiB and under 4 MB.
    expect(graph.chunks.length).toBeGreaterThan(1);
    expect(graph.chunks.slice(0, -1).every((n) => n === UPLOAD_CHUNK_BYTES && n % (320 * 1024) === 0)).toBe(true);
    expect(graph.drafts.size).toBe(0);
    // As base64 the message would not have fitted in one sendMail request.
    expect(Math.ceil(mail.mime.length / 3) * 4).toBeGreaterThan(MAX_SENDMAIL_BODY_BYTES);
    const anna = pki.identity('anna');
    const signed = openssl(['cms', '-decrypt', '-recip', anna.certPem, '-inkey', anna.keyPem], mail.mime);
    const verified = openssl(['cms', '-verify', '-CAfile', pki.caCertPem, '-purpose', 'any'], signed);
    expect(verified.toString('latin1')).toContain('bilder.bin');
  }, 120_000);

  it.each(['create', 'session', 'put', 'send'] as const)('a failure at %s sends nothing, deletes the Graph draft and keeps the compose draft', async (step: GraphStep) => {
    const before = graph.sent.length;
    graph.failNext(503, step);
    const discard = jest.fn(() => Promise.resolve());
    await expect(send('encrypt', discard)).rejects.toMatchObject({ code: 'GRAPH_UPLOAD_FAILED' });
    expect(graph.sent.length).toBe(before);
    expect(graph.drafts.size).toBe(0);
    expect(discard).not.toHaveBeenCalled();
  }, 120_000);

  it('sign only: the whole multipart/signed message travels as the attachment; openssl verifies', async () => {
    const before = graph.sent.length;
    await send('sign');
    const mail = graph.sent[before]!;
    expect(mail.route).toBe('upload');
    expect(mail.mime.toString('latin1')).toMatch(/Content-Type: multipart\/signed/i);
    openssl(['cms', '-verify', '-CAfile', pki.caCertPem, '-purpose', 'any', '-out', '/dev/null'], mail.mime);
  }, 120_000);

  it('never follows an upload URL to another origin over plain HTTP', async () => {
    const fetch = jest.fn((url: string, init?: RequestInit) => {
      if (url.endsWith('/me/messages') && init?.method === 'POST') return Promise.resolve(new Response(JSON.stringify({ id: 'd1' }), { status: 201 }));
      if (url.endsWith('/createUploadSession')) return Promise.resolve(new Response(JSON.stringify({ uploadUrl: 'http://evil.example/upload', nextExpectedRanges: ['0-'] }), { status: 201 }));
      return Promise.resolve(new Response(null, { status: 204 }));
    });
    const mime = Buffer.from('Content-Type: multipart/signed; boundary=x\r\n\r\n--x--\r\n');
    await expect(sendMimeMessage(mime, { to: [{ address: 'a@kuvert.test' }], cc: [], subject: 'S', kind: 'signed' }, { tokens, baseUrl: 'https://graph.example/v1.0', fetch: fetch as unknown as typeof globalThis.fetch, maxSendMailBytes: 1 }))
      .rejects.toMatchObject({ code: 'GRAPH_UPLOAD_FAILED' });
    expect(fetch.mock.calls.map(([url]) => url)).not.toContain('http://evil.example/upload');
    expect(fetch.mock.calls.at(-1)?.[1]?.method).toBe('DELETE');
  });
});
