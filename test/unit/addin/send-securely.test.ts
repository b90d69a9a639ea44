// Send securely, end to end below the UI: the draft becomes S/MIME that openssl opens with the
// recipient's key (and the sender's, for Sent Items), goes through Graph's sendMail (the fake
// Graph server) as base64, and the draft is discarded only after a confirmed send.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sendMimeMessage } from '../../../src/addin/office/graph-mail.js';
import { sendSecurely, type SecureDraft } from '../../../src/addin/taskpane/send-securely.js';
import { startFakeGraph, type FakeGraph } from '../../../src/playground/fake-graph.js';
import { createTestPki, type TestPki } from '../../helpers/test-pki.js';

let pki: TestPki;
let graph: FakeGraph;

beforeAll(async () => {
  pki = await createTestPki([
    { label: 'anna', spec: 'rsa2048' },
    { label: 'me', spec: 'p256' },
  ]);
  graph = await startFakeGraph();
}, 60_000);
afterAll(async () => {
  await graph.close();
  await pki.dispose();
});

const der = (label: string): Uint8Array => new Uint8Array(readFileSync(pki.identity(label).certDer));
const tokens = { token: () => Promise.resolve('test-token') };
const envelope = { to: [{ address: 'anna@kuvert.test' }], cc: [], subject: 'S', kind: 'encrypted' } as const;

function draft(overrides: Partial<SecureDraft> = {}): SecureDraft {
  return {
    from: { name: 'Me', address: pki.identity('me').email },
    to: [{ name: 'Anna', address: pki.identity('anna').email }],
    cc: [],
    bcc: [],
    subject: 'Remiss',
    text: 'Patientens personnummer är 19121212-1212.',
    html: '<p>Patientens personnummer är <b>19121212-1212</b>.<img src="cid:logo@kuvert"></p>',
    inline: [{ contentId: 'logo@kuvert', contentType: 'image/png', content: Uint8Array.from([0x89, 0x50, 0x4e, 0x47]) }],
    attachments: [{ filename: 'journal.txt', contentType: 'text/plain', content: new TextEncoder().encode('Journalanteckning\n') }],
    ...overrides,
  };
}

function openWith(label: string, mime: Buffer): string {
  const file = join(pki.dir, `sent-${label}.eml`);
  writeFileSync(file, mime);
  const id = pki.identity(label);
  return execFileSync('openssl', ['cms', '-decrypt', '-in', file, '-recip', id.certPem, '-inkey', id.keyPem], { encoding: 'latin1' });
}

describe('send securely', () => {
  it('sends S/MIME through Graph that the recipient and the sender open, body and attachments intact', async () => {
    let discarded = 0;
    const before = graph.sent.length;
    const outcome = await sendSecurely(draft(), 'encrypt', {
      certificates: new Map([[pki.identity('anna').email, der('anna')]]),
      senderCertificate: der('me'),
      send: (mime, envelope) => sendMimeMessage(mime, envelope, { tokens, baseUrl: graph.url }).then(() => undefined),
      discardDraft: () => Promise.resolve(void discarded++),
    });
    expect(outcome).toEqual({ sent: true, draftDiscarded: true });
    expect(discarded).toBe(1);
    const mail = graph.sent[before]!;
    expect(mail.contentType).toBe('text/plain');
    expect(mail.token).toBe('test-token');
    const outer = mail.mime.toString('latin1');
    expect(outer).toMatch(/Content-Type: application\/pkcs7-mime; smime-type=(auth)?enveloped-data/i);
    expect(outer).not.toContain('19121212');
    for (const label of ['anna', 'me']) {
      const inner = openWith(label, mail.mime);
      expect(inner).toContain('multipart/mixed');
      expect(inner).toContain('journal.txt');
      expect(inner).toContain('Content-ID: <logo@kuvert>');
      expect(inner).toMatch(/19121212-1212/);
    }
  });

  it('sends nothing and keeps the draft when a recipient has no certificate', async () => {
    const before = graph.sent.length;
    let discarded = 0;
    await expect(
      sendSecurely(draft({ cc: [{ address: 'bertil@kuvert.test' }] }), 'encrypt', {
        certificates: new Map([[pki.identity('anna').email, der('anna')]]),
        senderCertificate: der('me'),
        send: (mime, envelope) => sendMimeMessage(mime, envelope, { tokens, baseUrl: graph.url }).then(() => undefined),
        discardDraft: () => Promise.resolve(void discarded++),
      }),
    ).rejects.toMatchObject({ code: 'NO_RECIPIENT_CERTIFICATE', message: 'bertil@kuvert.test' });
    expect(graph.sent.length).toBe(before);
    expect(discarded).toBe(0);
  });

  it('keeps the draft when Graph refuses the send', async () => {
    graph.failNext(503);
    let discarded = 0;
    await expect(
      sendSecurely(draft(), 'encrypt', {
        certificates: new Map([[pki.identity('anna').email, der('anna')]]),
        senderCertificate: der('me'),
        send: (mime, envelope) => sendMimeMessage(mime, envelope, { tokens, baseUrl: graph.url }).then(() => undefined),
        discardDraft: () => Promise.resolve(void discarded++),
      }),
    ).rejects.toMatchObject({ code: 'GRAPH_SEND_FAILED' });
    expect(discarded).toBe(0);
  });

  it.each([
    ['Bcc recipients', { bcc: [{ address: 'x@kuvert.test' }] }, 'encrypt', 'BCC_UNSUPPORTED'],
    ['signing without the companion', {}, 'encrypt-sign', 'SIGNING_UNAVAILABLE'],
  ] as const)('refuses %s before anything is built or sent', async (_name, overrides, mode, code) => {
    const send = jest.fn(() => Promise.resolve());
    await expect(sendSecurely(draft(overrides), mode, { certificates: new Map(), senderCertificate: new Uint8Array(), send, discardDraft: () => Promise.resolve() })).rejects.toMatchObject({ code });
    expect(send).not.toHaveBeenCalled();
  });

  it('reports a sent mail whose draft could not be discarded', async () => {
    const outcome = await sendSecurely(draft(), 'encrypt', {
      certificates: new Map([[pki.identity('anna').email, der('anna')]]),
      senderCertificate: der('me'),
      send: () => Promise.resolve(),
      discardDraft: () => Promise.reject(new Error('closed')),
    });
    expect(outcome).toEqual({ sent: true, draftDiscarded: false });
  });
});

describe('Graph sendMail adapter', () => {
  it('reports Graph errors by code', async () => {
    const fetch = jest.fn(() => Promise.resolve(new Response(JSON.stringify({ error: { code: 'ErrorMimeContentInvalidBase64String', message: 'x' } }), { status: 400 })));
    await expect(sendMimeMessage(new Uint8Array([1]), envelope, { tokens, fetch })).rejects.toMatchObject({ code: 'GRAPH_SEND_FAILED', message: 'HTTP 400 ErrorMimeContentInvalidBase64String' });
  });

  it('fails when no token can be had, sending nothing', async () => {
    const fetch = jest.fn();
    await expect(sendMimeMessage(new Uint8Array([1]), envelope, { tokens: { token: () => Promise.reject(new Error('no')) }, fetch })).rejects.toThrow();
    expect(fetch).not.toHaveBeenCalled();
  });
});
