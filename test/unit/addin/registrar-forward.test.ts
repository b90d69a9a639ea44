// Forwarding a decrypted message to the registrar (issue 8): a new message From the user To the
// registrar, "Fwd: " + the outer subject, the original attached as message/rfc822 (never base64,
// RFC 2046 §5.2.1), encrypted to the registrar and the user, signed when a signer is given. What
// is sent opens with `openssl cms -decrypt` using the registrar's key and holds the original
// byte for byte. Any failure before the send sends nothing; the certificate rules refuse clearly.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSoftwareKeys } from '../../../src/core/keys/index.js';
import { registrarCertificate } from '../../../src/addin/read/destinations/registrar-certificate.js';
import { forwardToRegistrar, type RegistrarForwardDeps } from '../../../src/addin/read/destinations/registrar-forward.js';
import { registrarNote } from '../../../src/addin/read/destinations/destination-text.js';
import type { MailEnvelope } from '../../../src/addin/office/graph-mail.js';
import { createTestPki, type TestPki } from '../../helpers/test-pki.js';

let pki: TestPki;
beforeAll(async () => {
  pki = await createTestPki([{ label: 'registrator', spec: 'rsa2048' }, { label: 'me', spec: 'p256' }, { label: 'anna', spec: 'rsa2048' }]);
}, 60_000);
afterAll(() => pki.dispose());

const der = (label: string): Uint8Array => new Uint8Array(readFileSync(pki.identity(label).certDer));
// 8-bit content and a long line: must still travel unchanged inside the envelope
const ORIGINAL = Buffer.from(`From: Anna <anna@region.se>\r\nTo: me@region.se\r\nSubject: Remissvar för patienten\r\nMessage-ID: <orig-1@region.se>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\nÅterkom vid behov. ${'x'.repeat(200)}\r\n`);

const SEVEN_BIT = Buffer.from('From: Anna <anna@region.se>\r\nTo: me@region.se\r\nSubject: Remissvar\r\nMessage-ID: <orig-2@region.se>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n=C3=85terkom vid behov.\r\n');

function input() {
  return { destination: 'Registrator', address: pki.identity('registrator').email, message: new Uint8Array(ORIGINAL), outerSubject: 'Remissvar', from: { address: pki.identity('me').email, name: 'Me' }, note: registrarNote('Me') };
}

function decryptAs(label: string, mime: Uint8Array): string {
  const file = join(pki.dir, `fwd-${label}.eml`);
  writeFileSync(file, mime);
  return execFileSync('openssl', ['cms', '-decrypt', '-in', file, '-recip', pki.identity(label).certPem, '-inkey', pki.identity(label).keyPem], { encoding: 'latin1' });
}

test('encrypted to the registrar and the user, signed, a 7-bit original attached as message/rfc822 unchanged; receipt has address, time and SHA-256', async () => {
  const sent: { mime: Uint8Array; envelope: MailEnvelope }[] = [];
  const signer = (await loadSoftwareKeys({ data: readFileSync(pki.identity('me').keyPem), certificates: [der('me')] }))[0]!;
  const receipt = await forwardToRegistrar({ ...input(), message: new Uint8Array(SEVEN_BIT) }, {
    registrarCertificate: () => Promise.resolve(der('registrator')), ownCertificate: der('me'), signer: () => Promise.resolve(signer),
    send: (mime, envelope) => Promise.resolve(void sent.push({ mime, envelope })), now: () => new Date('2026-11-24T10:00:00Z'),
  });
  expect(sent).toHaveLength(1);
  expect(sent[0]!.envelope).toEqual({ to: [{ address: pki.identity('registrator').email }], cc: [], subject: 'Fwd: Remissvar', kind: 'encrypted' });
  const outer = Buffer.from(sent[0]!.mime).toString('latin1');
  expect(outer).toMatch(/^Subject: Fwd: Remissvar$/mu);
  expect(outer).not.toContain('Återkom');
  expect(outer).toMatch(/^Content-Type: application\/pkcs7-mime/mu);
  const inner = decryptAs('registrator', sent[0]!.mime);
  expect(inner).toContain('multipart/signed'); // signed inside
  expect(inner).toMatch(/Content-Type: message\/rfc822/u);
  expect(inner).not.toMatch(/Content-Type: message\/rfc822[^\r]*\r\nContent-Transfer-Encoding: base64/u);
  expect(inner).toContain(SEVEN_BIT.toString('latin1'));
  expect(inner).toContain('Vidarebefordrat till registratorn');
  expect(decryptAs('me', sent[0]!.mime)).toContain(SEVEN_BIT.toString('latin1')); // Sent Items stays readable
  expect(receipt).toEqual({ kind: 'forwarded', destination: 'Registrator', address: pki.identity('registrator').email, time: '2026-11-24T10:00:00.000Z', sha256: createHash('sha256').update(SEVEN_BIT).digest('hex'), bytes: SEVEN_BIT.length });
});

test('signed, an 8-bit original goes base64 as application/octet-stream .eml (signing would re-encode a message/rfc822 body): the registrar gets it byte for byte', async () => {
  const sent: Uint8Array[] = [];
  const signer = (await loadSoftwareKeys({ data: readFileSync(pki.identity('me').keyPem), certificates: [der('me')] }))[0]!;
  await forwardToRegistrar(input(), { registrarCertificate: () => Promise.resolve(der('registrator')), ownCertificate: der('me'), signer: () => Promise.resolve(signer), send: (mime) => Promise.resolve(void sent.push(mime)) });
  const inner = decryptAs('registrator', sent[0]!);
  const part = /Content-Type: application\/octet-stream; name=meddelande\.eml\r\nContent-Transfer-Encoding: base64\r\n(?:[^\r]+\r\n)*\r\n([A-Za-z0-9+/=\r\n]+)/u.exec(inner);
  expect(part).not.toBeNull();
  expect(Buffer.from(part![1]!.replace(/\r\n/gu, ''), 'base64').equals(ORIGINAL)).toBe(true);
});

test('without a signer: encrypted only, still opens for the registrar', async () => {
  const sent: Uint8Array[] = [];
  await forwardToRegistrar(input(), { registrarCertificate: () => Promise.resolve(der('registrator')), ownCertificate: der('me'), send: (mime) => Promise.resolve(void sent.push(mime)) });
  const inner = decryptAs('registrator', sent[0]!);
  expect(inner).not.toContain('multipart/signed');
  expect(inner).toContain(ORIGINAL.toString('latin1'));
});

test('fails closed: no registrar certificate, no own certificate, or a failing signer → nothing is sent', async () => {
  const send = jest.fn(() => Promise.resolve());
  const base: RegistrarForwardDeps = { registrarCertificate: () => Promise.resolve(der('registrator')), ownCertificate: der('me'), send };
  await expect(forwardToRegistrar(input(), { ...base, registrarCertificate: () => registrarCertificate('registrator@x.test', undefined, undefined) })).rejects.toMatchObject({ code: 'REGISTRAR_CERTIFICATE_UNAVAILABLE' });
  await expect(forwardToRegistrar(input(), { ...base, ownCertificate: undefined })).rejects.toMatchObject({ code: 'NO_SENDER_CERTIFICATE' });
  await expect(forwardToRegistrar(input(), { ...base, signer: () => Promise.reject(Object.assign(new Error('dialog closed'), { code: 'CARD_LOGIN_FAILED' })) })).rejects.toMatchObject({ code: 'CARD_LOGIN_FAILED' });
  await expect(forwardToRegistrar(input(), { ...base, registrarCertificate: () => Promise.resolve(new Uint8Array([1, 2, 3])) })).rejects.toBeDefined();
  expect(send).not.toHaveBeenCalled();
});

test('a pinned certificate must name the address, allow encryption and be valid now; without a pin the companion must find and validate one', async () => {
  const address = pki.identity('registrator').email;
  await expect(registrarCertificate(address, der('registrator'), undefined)).resolves.toEqual(der('registrator'));
  await expect(registrarCertificate(address, der('anna'), undefined)).rejects.toMatchObject({ code: 'REGISTRAR_CERTIFICATE_UNAVAILABLE' });
  await expect(registrarCertificate(address, der('registrator'), undefined, new Date('2099-01-01'))).rejects.toMatchObject({ code: 'REGISTRAR_CERTIFICATE_UNAVAILABLE' });
  await expect(registrarCertificate(address, new Uint8Array([48, 3, 2, 1, 0]), undefined)).rejects.toMatchObject({ code: 'REGISTRAR_CERTIFICATE_UNAVAILABLE' });
  await expect(registrarCertificate(address, undefined, undefined)).rejects.toMatchObject({ code: 'REGISTRAR_CERTIFICATE_UNAVAILABLE' });
  const b64 = (d: Uint8Array) => Buffer.from(d).toString('base64');
  const companion = (valid: boolean, revoked = false) => ({
    paired: true,
    directoryLookup: () => Promise.resolve({ selected: b64(der('registrator')), certificates: [b64(der('registrator'))], unreachable: [] }),
    certificates: () => Promise.resolve({ certificates: [] }),
    validateCertificate: () => Promise.resolve({ valid, validNow: valid, revocation: { status: revoked ? 'revoked' : 'good' }, warnings: valid ? [] : ['NO_TRUST_ANCHORS'], chain: [] }),
  }) as unknown as Parameters<typeof registrarCertificate>[2];
  await expect(registrarCertificate(address, undefined, companion(true))).resolves.toEqual(der('registrator'));
  // a companion that cannot validate (no trust anchors) is not enough for a looked-up certificate
  await expect(registrarCertificate(address, undefined, companion(false))).rejects.toMatchObject({ code: 'REGISTRAR_CERTIFICATE_UNAVAILABLE' });
  // a pinned one the companion reports revoked is refused
  await expect(registrarCertificate(address, der('registrator'), companion(true, true))).rejects.toMatchObject({ code: 'REGISTRAR_CERTIFICATE_UNAVAILABLE' });
});
