import { readFile } from 'node:fs/promises';
import { encryptMessage, decryptMessage, encodedMessageBytes, OBSCURED_SUBJECT } from '../../../../src/core/smime/index.js';
import { loadSoftwareKeys } from '../../../../src/core/keys/index.js';
import { readCertificates } from '../../../../src/core/pki/certificate-file.js';
import { splitHeaderBlock } from '../../../../src/core/mime/header-field.js';
import { decodeBase64 } from '../../../../src/core/base64.js';
import { inspectEnvelope } from '../../../../src/core/cms/index.js';
import type { KeyProvider } from '../../../../src/core/keys/key-provider.js';
import { createTestPki, type TestPki } from '../../../helpers/test-pki.js';
import { buildMessage, binaryAttachment } from '../../../helpers/mime-builder.js';

let pki: TestPki;
let aliceCert: Uint8Array;
let bobCert: Uint8Array;
let aliceKeys: KeyProvider[];
let bobKeys: KeyProvider[];

const latin = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');
const headerValue = (message: Uint8Array, name: string): string | undefined =>
  splitHeaderBlock(message).fields.find((f) => f.lowerName === name.toLowerCase())?.value;

function sample(): Buffer {
  return buildMessage({
    from: 'Anna Andersson <alice@kuvert.test>',
    to: ['Bertil Berg <bob@kuvert.test>'],
    subject: 'Ärende 2026/114: läkarintyg',
    date: 'Tue, 24 Nov 2026 09:30:00 +0100',
    messageId: '<unit-1@kuvert.test>',
    text: 'Hej!\r\nHär kommer intyget för 19121212-1212.\r\n',
    attachments: [binaryAttachment(70_000, 'intyg åäö.pdf')],
  }).raw;
}

beforeAll(async () => {
  pki = await createTestPki([{ label: 'alice', spec: 'rsa2048' }, { label: 'bob', spec: 'p256' }]);
  aliceCert = readCertificates(await readFile(pki.identity('alice').certPem))[0]!;
  bobCert = readCertificates(await readFile(pki.identity('bob').certPem))[0]!;
  aliceKeys = await loadSoftwareKeys({ data: await readFile(pki.identity('alice').keyPem), certificates: [aliceCert] });
  bobKeys = await loadSoftwareKeys({ data: await readFile(pki.identity('bob').keyPem), certificates: [bobCert] });
}, 60_000);

afterAll(() => pki.dispose());

describe('encryptMessage', () => {
  it('keeps the outer header fields and hides body and attachments in smime.p7m', async () => {
    const original = sample();
    const encrypted = encodedMessageBytes(await encryptMessage(original, { recipients: [{ certificate: aliceCert }] }));
    const text = latin(encrypted);
    expect(headerValue(encrypted, 'From')).toBe(headerValue(original, 'From'));
    expect(headerValue(encrypted, 'To')).toBe(headerValue(original, 'To'));
    expect(headerValue(encrypted, 'Subject')).toBe(headerValue(original, 'Subject'));
    expect(headerValue(encrypted, 'Message-ID')).toBe(headerValue(original, 'Message-ID'));
    expect(headerValue(encrypted, 'Content-Type')).toMatch(/^application\/pkcs7-mime; smime-type=enveloped-data;\s+name="smime\.p7m"$/);
    expect(headerValue(encrypted, 'Content-Disposition')).toBe('attachment; filename="smime.p7m"');
    expect(text).not.toContain('19121212');
    expect(text).not.toContain('multipart/mixed');
    const { bodyOffset } = splitHeaderBlock(encrypted);
    const lines = text.slice(bodyOffset).split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines.every((line) => line.length <= 76 && /^[A-Za-z0-9+/=]+$/.test(line))).toBe(true);
    expect(inspectEnvelope(decodeBase64(encrypted.subarray(bodyOffset))).type).toBe('enveloped-data');
  });

  it('says authEnveloped-data for AES-GCM', async () => {
    const encrypted = encodedMessageBytes(await encryptMessage(sample(), { cipher: 'aes256-gcm', recipients: [{ certificate: aliceCert }] }));
    expect(headerValue(encrypted, 'Content-Type')).toMatch(/smime-type=authEnveloped-data/);
  });

  it('reports EMPTY_INPUT and MALFORMED_MESSAGE instead of encrypting nothing', async () => {
    await expect(encryptMessage(new Uint8Array(0), { recipients: [{ certificate: aliceCert }] })).rejects.toMatchObject({ code: 'EMPTY_INPUT' });
    await expect(encryptMessage(Buffer.from('\r\njust a body'), { recipients: [{ certificate: aliceCert }] })).rejects.toMatchObject({ code: 'MALFORMED_MESSAGE' });
  });
});

describe('decryptMessage', () => {
  it.each(['aes256-cbc', 'aes128-cbc', 'aes256-gcm', 'aes128-gcm'] as const)('restores the message byte for byte in the body (%s, RSA and EC recipients)', async (cipher) => {
    const original = sample();
    const encrypted = encodedMessageBytes(await encryptMessage(original, { cipher, recipients: [{ certificate: aliceCert }, { certificate: bobCert }] }));
    for (const keys of [aliceKeys, bobKeys]) {
      const result = await decryptMessage(encrypted, keys);
      const decrypted = encodedMessageBytes(result.message);
      const { bodyOffset } = splitHeaderBlock(original);
      expect(latin(decrypted.subarray(splitHeaderBlock(decrypted).bodyOffset))).toBe(latin(original.subarray(bodyOffset)));
      for (const name of ['From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version', 'Content-Type']) {
        expect(headerValue(decrypted, name)).toBe(headerValue(original, name));
      }
      expect(result.headerProtected).toBe(false);
    }
  });

  it('gives the same result when the encryptor may reuse the input buffer', async () => {
    const original = sample();
    const copy = Buffer.from(original);
    const encrypted = encodedMessageBytes(await encryptMessage(copy, { recipients: [{ certificate: aliceCert }], reuseInputBuffer: true }));
    const decrypted = encodedMessageBytes((await decryptMessage(encrypted, aliceKeys)).message);
    expect(latin(decrypted.subarray(splitHeaderBlock(decrypted).bodyOffset))).toBe(latin(original.subarray(splitHeaderBlock(original).bodyOffset)));
  });

  it('canonicalizes bare LF input to CRLF before encrypting (RFC 8551 §3.1.1)', async () => {
    const lf = Buffer.from('From: a@kuvert.test\nTo: b@kuvert.test\nSubject: hej\n\nrad ett\nrad två\n');
    const decrypted = encodedMessageBytes((await decryptMessage(encodedMessageBytes(await encryptMessage(lf, { recipients: [{ certificate: aliceCert }] })), aliceKeys)).message);
    expect(latin(decrypted)).toContain('rad ett\r\nrad tv');
    expect(latin(decrypted)).not.toMatch(/[^\r]\n/);
  });

  it('protects the Subject with RFC 9788 and restores it on decryption', async () => {
    const original = sample();
    const encrypted = encodedMessageBytes(await encryptMessage(original, { recipients: [{ certificate: aliceCert }], protectHeaders: true }));
    expect(headerValue(encrypted, 'Subject')).toBe(OBSCURED_SUBJECT);
    expect(latin(encrypted)).not.toContain('=?UTF-8?');
    const result = await decryptMessage(encrypted, aliceKeys);
    expect(result.headerProtected).toBe(true);
    expect(latin(result.entity)).toContain('HP-Outer: Subject: [...]');
    const decrypted = encodedMessageBytes(result.message);
    expect(headerValue(decrypted, 'Subject')).toBe(headerValue(original, 'Subject'));
    expect(headerValue(decrypted, 'From')).toBe(headerValue(original, 'From'));
    expect(headerValue(decrypted, 'HP-Outer')).toBeUndefined();
  });

  it('refuses messages that are not encrypted with NOT_SMIME, and empty input with EMPTY_INPUT', async () => {
    await expect(decryptMessage(sample(), aliceKeys)).rejects.toMatchObject({ code: 'NOT_SMIME' });
    await expect(decryptMessage(new Uint8Array(0), aliceKeys)).rejects.toMatchObject({ code: 'EMPTY_INPUT' });
  });

  it('says NO_MATCHING_RECIPIENT for a message encrypted to someone else', async () => {
    const encrypted = encodedMessageBytes(await encryptMessage(sample(), { recipients: [{ certificate: bobCert }] }));
    await expect(decryptMessage(encrypted, aliceKeys)).rejects.toMatchObject({ code: 'NO_MATCHING_RECIPIENT' });
  });
});
