// The read pane's secure reply below the UI: what the composer starts with (recipients for reply,
// reply all and forward, Outlook-like subject prefixes, the quote header and "> " quote, plain text
// from an HTML-only message, In-Reply-To/References), the original sender's certificates from a
// verified signature (and the one its sMIMEEncryptionKeyPreference names), the subject rule, and
// sending: encrypted to recipient and user through the fake Graph, threaded, opened by OpenSSL;
// refused before any crypto when a certificate is missing or the subject is not allowed.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { sendMimeMessage } from '../../../src/addin/office/graph-mail.js';
import { messageContentOf, type MessageContent } from '../../../src/addin/read/content/index.js';
import { openMessage } from '../../../src/addin/read/message-layers.js';
import { addressInput, originalMessage } from '../../../src/addin/read/reply/original-message.js';
import { addressLine, prefillReply, prefixedSubject, quoteText } from '../../../src/addin/read/reply/reply-prefill.js';
import { replyText } from '../../../src/addin/read/reply/reply-text.js';
import { sendReply, type ReplyDraft } from '../../../src/addin/read/reply/send-reply.js';
import { senderCertificates } from '../../../src/addin/read/reply/sender-certificates.js';
import { subjectVerdict } from '../../../src/addin/read/reply/use-subject-verdict.js';
import type { SignerView } from '../../../src/addin/read/signer-panel.js';
import { CertificateBook, type RecipientCertificate } from '../../../src/addin/taskpane/certificate-status.js';
import { loadSoftwareKeys } from '../../../src/core/keys/index.js';
import { parseMessage } from '../../../src/core/mime/index.js';
import { DEFAULT_POLICY } from '../../../src/core/policy/index.js';
import { encodedMessageBytes, signMessage } from '../../../src/core/smime/index.js';
import { startFakeGraph, type FakeGraph } from '../../../src/playground/fake-graph.js';
import { createTestPki, type TestPki } from '../../helpers/test-pki.js';

const SV = replyText('sv');
const EN = replyText('en');
const ORIGINAL_TEXT = 'Hej!\r\nHär kommer remissvaret.\r\n\r\nHälsningar, Anna';

let pki: TestPki;
let graph: FakeGraph;

beforeAll(async () => {
  pki = await createTestPki([
    { label: 'anna', spec: 'rsa2048' },
    { label: 'annaenc', spec: 'rsa2048' },
    { label: 'me', spec: 'rsa2048' },
  ]);
  graph = await startFakeGraph();
}, 90_000);
afterAll(async () => {
  await graph.close();
  await pki.dispose();
});

const der = (label: string): Uint8Array => new Uint8Array(readFileSync(pki.identity(label).certDer));
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text.replace(/\r?\n/gu, '\r\n'));
const contentOf = (mime: Uint8Array): MessageContent => messageContentOf(parseMessage(mime));

const HEADERS = [
  'From: =?utf-8?q?Anna_=C3=85berg?= <anna@kuvert.test>',
  'Reply-To: Registrator <diarium@kuvert.test>',
  'To: "Me, Myself" <me@kuvert.test>, Bo <bo@kuvert.test>',
  'Cc: cissi@kuvert.test, ME@kuvert.test, bo@kuvert.test',
  'Subject: =?utf-8?q?SV=3A_Remiss_f=C3=B6r_patient?=',
  'Date: Tue, 03 Mar 2026 09:05:00 +0000',
  'Message-ID: <orig-2@kuvert.test>',
  'References: <root-1@kuvert.test> <bad id> <orig-0@kuvert.test>',
  'MIME-Version: 1.0',
];

function textMessage(headers: readonly string[] = HEADERS): Uint8Array {
  return bytes([...headers, 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', ORIGINAL_TEXT, ''].join('\n'));
}

describe('the original message', () => {
  test('header fields read from the decrypted message: names decoded, groups and bad ids left out', () => {
    const mime = textMessage();
    const original = originalMessage(mime, contentOf(mime));
    expect(original.from).toEqual([{ name: 'Anna Åberg', address: 'anna@kuvert.test' }]);
    expect(original.replyTo).toEqual([{ name: 'Registrator', address: 'diarium@kuvert.test' }]);
    expect(original.to).toEqual([{ name: 'Me, Myself', address: 'me@kuvert.test' }, { name: 'Bo', address: 'bo@kuvert.test' }]);
    expect(original.subject).toBe('SV: Remiss för patient');
    expect(original.date?.toISOString()).toBe('2026-03-03T09:05:00.000Z');
    expect(original.messageId).toBe('orig-2@kuvert.test');
    expect(original.references).toEqual(['root-1@kuvert.test', 'orig-0@kuvert.test']);
    expect(original.text).toBe('Hej!\nHär kommer remissvaret.\n\nHälsningar, Anna');
  });

  test("Outlook's internetMessageId stands in when the header has no Message-ID", () => {
    const mime = textMessage(HEADERS.filter((h) => !h.startsWith('Message-ID')));
    expect(originalMessage(mime, contentOf(mime), '<outlook-1@kuvert.test>').messageId).toBe('outlook-1@kuvert.test');
    expect(originalMessage(mime, contentOf(mime)).messageId).toBeUndefined();
  });

  test('an HTML-only message becomes plain text by the tag stripper: no tags, no script or style text, entities decoded', () => {
    const html = '<html><head><style>p{color:red}</style></head><body>\n  <p>Hej   <b>Bo</b>,</p><p>Provsvar &amp; remiss:<br>\n  rad&nbsp;två</p><script>steal()</script><div><img src="https://evil.example/x.png">Slut</div></body></html>';
    const mime = bytes([...HEADERS, 'Content-Type: text/html; charset=utf-8', '', html, ''].join('\n'));
    const text = originalMessage(mime, contentOf(mime)).text;
    expect(text).toBe('Hej Bo,\n\nProvsvar & remiss:\nrad\u00a0två\n\nSlut');
    expect(text).not.toMatch(/[<>]|steal|color|evil/u);
  });

  test('the HTML step stays linear on hostile markup (a long run of "<" without ">")', () => {
    const hostile = `<p>${'<'.repeat(200_000)}</p>`;
    const mime = bytes([...HEADERS, 'Content-Type: text/html; charset=utf-8', '', hostile, ''].join('\n'));
    const started = Date.now();
    originalMessage(mime, contentOf(mime));
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test('typed To/Cc: quoted names with commas and Unicode read back; what is not an address is named', () => {
    const line = addressLine([{ name: 'Me, Myself', address: 'me@kuvert.test' }, { name: 'Åsa', address: 'asa@kuvert.test' }, { address: 'x@kuvert.test' }]);
    expect(line).toBe('"Me, Myself" <me@kuvert.test>, Åsa <asa@kuvert.test>, x@kuvert.test');
    expect(addressInput(line).mailboxes).toEqual([{ name: 'Me, Myself', address: 'me@kuvert.test' }, { name: 'Åsa', address: 'asa@kuvert.test' }, { address: 'x@kuvert.test' }]);
    expect(addressInput('anna@kuvert.test, inte en adress').bad).toEqual(['inte en adress']);
  });
});

describe('prefill', () => {
  const mime = textMessage();
  const original = originalMessage(mime, contentOf(mime));
  const options = { self: 'me@kuvert.test', timeZone: 'UTC' };

  test('reply: to Reply-To (else From), Swedish prefix once, quote header with date and sender, "> " quote, threading', () => {
    const reply = prefillReply(original, 'reply', SV, options);
    expect(reply.to).toEqual([{ name: 'Registrator', address: 'diarium@kuvert.test' }]);
    expect(reply.cc).toEqual([]);
    expect(reply.subject).toBe('SV: Remiss för patient');
    expect(reply.body).toBe('\n\nDen 3 mars 2026 kl. 09:05 skrev Anna Åberg <anna@kuvert.test>:\n> Hej!\n> Här kommer remissvaret.\n>\n> Hälsningar, Anna\n');
    expect(reply.inReplyTo).toBe('orig-2@kuvert.test');
    expect(reply.references).toEqual(['root-1@kuvert.test', 'orig-0@kuvert.test', 'orig-2@kuvert.test']);
    expect(reply.attachments).toEqual([]);
    const noReplyTo = textMessage(HEADERS.filter((h) => !h.startsWith('Reply-To')));
    expect(prefillReply(originalMessage(noReplyTo, contentOf(noReplyTo)), 'reply', EN, options).to).toEqual([{ name: 'Anna Åberg', address: 'anna@kuvert.test' }]);
  });

  test('reply all: the author and the original To and Cc, without the user (any case) and without repeats', () => {
    const all = prefillReply(original, 'reply-all', EN, options);
    expect(all.to.map((m) => m.address)).toEqual(['diarium@kuvert.test', 'bo@kuvert.test']);
    expect(all.cc.map((m) => m.address)).toEqual(['cissi@kuvert.test']);
    expect(all.subject).toBe('RE: Remiss för patient');
    expect(all.body).toContain('On 3 March 2026 at 09:05, Anna Åberg <anna@kuvert.test> wrote:\n> Hej!');
  });

  test('forward: no recipients, FW/VB prefix, the original header block and the attachments, References but no In-Reply-To', () => {
    const withFile = bytes([...HEADERS, 'Content-Type: multipart/mixed; boundary=b', '', '--b', 'Content-Type: text/plain; charset=utf-8', '', 'Se bilaga.', '--b',
      'Content-Type: application/pdf; name=remiss.pdf', 'Content-Disposition: attachment; filename=remiss.pdf', 'Content-Transfer-Encoding: base64', '', 'JVBERi0xLjQK', '--b--', ''].join('\n'));
    const forward = prefillReply(originalMessage(withFile, contentOf(withFile)), 'forward', SV, options);
    expect(forward.to).toEqual([]);
    expect(forward.cc).toEqual([]);
    expect(forward.subject).toBe('VB: SV: Remiss för patient');
    expect(forward.body).toContain('> -------- Vidarebefordrat meddelande --------\n> Från: Anna Åberg <anna@kuvert.test>\n> Datum: 3 mars 2026 kl. 09:05\n> Till: Me, Myself <me@kuvert.test>, Bo <bo@kuvert.test>\n> Kopia: cissi@kuvert.test, ME@kuvert.test, bo@kuvert.test\n> Ämne: SV: Remiss för patient\n>\n> Se bilaga.');
    expect(forward.attachments.map((a) => [a.name, a.contentType, new TextDecoder().decode(a.bytes)])).toEqual([['remiss.pdf', 'application/pdf', '%PDF-1.4\n']]);
    expect(forward.inReplyTo).toBeUndefined();
    expect(forward.references.at(-1)).toBe('orig-2@kuvert.test');
  });

  test.each([
    ['Remiss', 'reply', 'sv', 'SV: Remiss'],
    ['SV: Remiss', 'reply', 'sv', 'SV: Remiss'],
    ['RE: Remiss', 'reply', 'sv', 'SV: Remiss'],
    ['Sv: sv:  Remiss', 'reply', 'sv', 'SV: Remiss'],
    ['AW: Remiss', 'reply', 'en', 'RE: Remiss'],
    ['Re[2]: Remiss', 'reply', 'en', 'RE: Remiss'],
    ['VB: Remiss', 'reply', 'sv', 'SV: VB: Remiss'],
    ['Remiss', 'forward', 'sv', 'VB: Remiss'],
    ['FW: Remiss', 'forward', 'sv', 'VB: Remiss'],
    ['Fwd: Remiss', 'forward', 'en', 'FW: Remiss'],
    ['SV: Remiss', 'forward', 'en', 'FW: SV: Remiss'],
    ['Svar på remiss', 'reply', 'sv', 'SV: Svar på remiss'],
  ] as const)('subject %j, %s in %s → %j', (subject, kind, language, expected) => {
    expect(prefixedSubject(subject, kind, replyText(language))).toBe(expected);
  });

  test('quote: every line gets "> ", an empty line ">"', () => {
    expect(quoteText('a\n\n> b')).toBe('> a\n>\n> > b');
  });
});

describe('the sender certificate from the verified signature', () => {
  async function signedByAnna(): Promise<Awaited<ReturnType<typeof openMessage>>> {
    const [key] = await loadSoftwareKeys({ data: new Uint8Array(readFileSync(pki.identity('anna').keyPem)), certificates: [der('anna')] });
    const signed = await signMessage(textMessage(), { signer: key!, encryptionCertificate: der('annaenc') });
    return openMessage(encodedMessageBytes(signed), undefined);
  }

  test('signer and its sMIMEEncryptionKeyPreference certificate, only when the signer panel found the signature valid', async () => {
    const opened = await signedByAnna();
    expect(opened.signatures).toHaveLength(1);
    const valid = [{ verdict: 'valid' } as SignerView];
    expect(await senderCertificates(opened.signatures, valid)).toEqual([der('anna'), der('annaenc')]);
    for (const verdict of ['valid-unchecked', 'changed', 'unknown-issuer', 'revoked'] as const) {
      expect(await senderCertificates(opened.signatures, [{ verdict } as SignerView])).toEqual([]);
    }
  });
});

describe('subject rule', () => {
  test('a reply subject with a personnummer is not allowed; the suggestion keeps the prefix and drops the number', async () => {
    const verdict = await subjectVerdict(prefixedSubject('Mötet om pnr 19121212-1212', 'reply', SV), ['anna@kuvert.test'], DEFAULT_POLICY);
    expect(verdict.ok).toBe(false);
    expect(verdict.suggestion).toBe('SV: Mötet om');
    expect((await subjectVerdict('SV: Mötet om', ['anna@kuvert.test'], DEFAULT_POLICY)).ok).toBe(true);
  });
});

describe('sending the reply', () => {
  const tokens = { token: () => Promise.resolve('test-token') };
  const book = (): CertificateBook => {
    const b = new CertificateBook();
    b.add(der('anna'), 'store');
    return b;
  };
  function draft(overrides: Partial<ReplyDraft> = {}): ReplyDraft {
    const mime = textMessage(['From: Anna <anna@kuvert.test>', 'To: me@kuvert.test', 'Subject: Remiss', 'Message-ID: <orig-2@kuvert.test>', 'References: <root-1@kuvert.test>', 'MIME-Version: 1.0']);
    const prefill = prefillReply(originalMessage(mime, contentOf(mime)), 'reply', SV, { self: 'me@kuvert.test', timeZone: 'UTC' });
    return {
      from: { name: 'Me', address: pki.identity('me').email },
      to: prefill.to,
      cc: [],
      subject: prefill.subject,
      text: `Tack, mottaget.${prefill.body}`,
      attachments: [],
      inReplyTo: prefill.inReplyTo,
      references: prefill.references,
      ...overrides,
    };
  }
  const deps = (recipients: readonly RecipientCertificate[], overrides: Record<string, unknown> = {}) => ({
    recipients,
    senderCertificate: der('me'),
    subjectAllowed: true,
    send: (mime: Uint8Array, envelope: Parameters<typeof sendMimeMessage>[1]) => sendMimeMessage(mime, envelope, { tokens, baseUrl: graph.url }).then(() => undefined),
    ...overrides,
  });

  function openWith(label: string, mime: Buffer): string {
    const file = join(pki.dir, `reply-${label}.eml`);
    writeFileSync(file, mime);
    const id = pki.identity(label);
    return execFileSync('openssl', ['cms', '-decrypt', '-in', file, '-recip', id.certPem, '-inkey', id.keyPem], { encoding: 'latin1' });
  }

  test('encrypted to the sender and the user, threaded to the original, the quote and the new line inside', async () => {
    const before = graph.sent.length;
    await sendReply(draft(), deps([book().lookup('anna@kuvert.test', new Date())]));
    expect(graph.sent).toHaveLength(before + 1);
    const sent = graph.sent.at(-1)!.mime;
    expect(sent.toString('latin1')).toMatch(/Content-Type: application\/pkcs7-mime; smime-type=enveloped-data/iu);
    expect(sent.toString('latin1')).not.toContain('mottaget');
    // RFC 8551 §3.3: the message's own header fields (threading, subject) stay outside the envelope.
    const outer = await PostalMime.parse(sent);
    expect(outer.inReplyTo).toBe('<orig-2@kuvert.test>');
    expect(outer.references).toBe('<root-1@kuvert.test> <orig-2@kuvert.test>');
    expect(outer.subject).toBe('SV: Remiss');
    for (const label of ['anna', 'me']) {
      const parsed = await PostalMime.parse(openWith(label, sent));
      expect(parsed.text).toContain('Tack, mottaget.');
      expect(parsed.text).toContain('> Här kommer remissvaret.');
    }
  });

  test('refused, nothing sent, when a recipient has no valid certificate: the addresses are named', async () => {
    const before = graph.sent.length;
    const cc = [{ address: 'okand@kuvert.test' }, { address: 'spärrad@kuvert.test' }];
    const recipients: RecipientCertificate[] = [book().lookup('anna@kuvert.test', new Date()), { address: 'okand@kuvert.test', status: 'missing' }, { ...book().lookup('anna@kuvert.test', new Date()), address: 'spärrad@kuvert.test', status: 'revoked' }];
    await expect(sendReply(draft({ cc }), deps(recipients))).rejects.toMatchObject({ code: 'NO_RECIPIENT_CERTIFICATE', message: 'okand@kuvert.test, spärrad@kuvert.test' });
    await expect(sendReply(draft({ to: [], cc: [] }), deps(recipients))).rejects.toMatchObject({ code: 'NO_RECIPIENT_CERTIFICATE' });
    expect(graph.sent.length).toBe(before);
  });

  test('refused, nothing sent, without the user\'s own certificate or with a subject the policy does not allow', async () => {
    const before = graph.sent.length;
    const anna = [book().lookup('anna@kuvert.test', new Date())];
    await expect(sendReply(draft(), deps(anna, { senderCertificate: undefined }))).rejects.toMatchObject({ code: 'NO_SENDER_CERTIFICATE' });
    await expect(sendReply(draft(), deps(anna, { subjectAllowed: false }))).rejects.toMatchObject({ code: 'SUBJECT_NOT_ALLOWED' });
    let signerAsked = false;
    await expect(sendReply(draft(), deps(anna, { subjectAllowed: false, signer: () => { signerAsked = true; return Promise.reject(new Error('no')); } }))).rejects.toMatchObject({ code: 'SUBJECT_NOT_ALLOWED' });
    expect(signerAsked).toBe(false);
    expect(graph.sent.length).toBe(before);
  });
});
