/**
 * Software keys in every file form users bring: PKCS#8, PKCS#1, SEC1, encrypted PKCS#8 and PKCS#12
 * as OpenSSL 3 (default, -legacy, 3DES + SHA-1 MAC) and NSS pk12util export them.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decryptCms, encryptCms } from '../../../../src/core/cms/index.js';
import { loadSoftwareKeys, type KeyProvider } from '../../../../src/core/keys/index.js';
import { readCertificates } from '../../../../src/core/pki/certificate-file.js';
import { concatChunks, makeIdentity, makeTempDir, openssl, type TestIdentity } from '../cms/test-keys.js';

const PASSWORD = 'Lösenord åäö 1';
let tmp: ReturnType<typeof makeTempDir>;
let rsa: TestIdentity;
let ec: TestIdentity;
let other: TestIdentity;
const file = (name: string): Uint8Array => new Uint8Array(readFileSync(join(tmp.dir, name)));

beforeAll(() => {
  tmp = makeTempDir();
  rsa = makeIdentity(tmp.dir, 'rsa', 'rsa:2048');
  ec = makeIdentity(tmp.dir, 'ec', 'ec:P-384');
  other = makeIdentity(tmp.dir, 'other', 'rsa:2048');
}, 60_000);
afterAll(() => tmp.cleanup());

async function expectWorks(providers: KeyProvider[], id: TestIdentity): Promise<void> {
  expect(providers).toHaveLength(1);
  expect(providers[0]!.certificate).toEqual(id.certDer);
  expect(providers[0]!.label).toContain(id.name);
  const message = await encryptCms(new TextEncoder().encode('nyckeltest'), { cipher: 'aes256-gcm', recipients: [{ certificate: id.certDer }] });
  expect(new TextDecoder().decode((await decryptCms(concatChunks(message.chunks), providers)).content)).toBe('nyckeltest');
}

describe('unencrypted keys', () => {
  test('PKCS#8 PEM and DER (RSA, EC)', async () => {
    for (const id of [rsa, ec]) {
      await expectWorks(await loadSoftwareKeys({ data: id.keyPem, certificates: [id.certDer] }), id);
      const der = new Uint8Array(openssl(['pkcs8', '-topk8', '-nocrypt', '-in', id.keyPath, '-outform', 'DER']));
      await expectWorks(await loadSoftwareKeys({ data: der, certificates: [id.certDer] }), id);
    }
  });

  test('PKCS#1 "RSA PRIVATE KEY" and SEC1 "EC PRIVATE KEY"', async () => {
    const pkcs1 = new Uint8Array(openssl(['rsa', '-in', rsa.keyPath, '-traditional']));
    expect(new TextDecoder().decode(pkcs1)).toContain('BEGIN RSA PRIVATE KEY');
    await expectWorks(await loadSoftwareKeys({ data: pkcs1, certificates: [rsa.certDer] }), rsa);
    const sec1 = new Uint8Array(openssl(['ec', '-in', ec.keyPath]));
    expect(new TextDecoder().decode(sec1)).toContain('BEGIN EC PRIVATE KEY');
    await expectWorks(await loadSoftwareKeys({ data: sec1, certificates: [ec.certDer] }), ec);
  });

  test('key and certificate in one PEM file', async () => {
    const both = Buffer.concat([Buffer.from(readFileSync(ec.certPath)), Buffer.from(ec.keyPem)]);
    await expectWorks(await loadSoftwareKeys({ data: new Uint8Array(both) }), ec);
  });

  test('key not matching the certificate → KEY_MISMATCH', async () => {
    await expect(loadSoftwareKeys({ data: rsa.keyPem, certificates: [other.certDer] })).rejects.toMatchObject({ code: 'KEY_MISMATCH' });
    await expect(loadSoftwareKeys({ data: ec.keyPem, certificates: [rsa.certDer] })).rejects.toMatchObject({ code: 'KEY_MISMATCH' });
  });

  test('garbage → MALFORMED_KEY; unknown option → UNKNOWN_OPTION', async () => {
    await expect(loadSoftwareKeys({ data: new TextEncoder().encode('\x00\x01garbage') })).rejects.toMatchObject({ code: 'MALFORMED_KEY' });
    await expect(loadSoftwareKeys({ data: rsa.keyPem, pasword: 'x' } as never)).rejects.toMatchObject({ code: 'UNKNOWN_OPTION' });
  });
});

describe('encrypted PKCS#8', () => {
  test.each([['PBES2 AES-256-CBC', ['-v2', 'aes-256-cbc', '-v2prf', 'hmacWithSHA256']], ['PBES2 AES-128 + SHA-1 PRF', ['-v2', 'aes-128-cbc', '-v2prf', 'hmacWithSHA1']], ['PBE-SHA1-3DES', ['-v1', 'PBE-SHA1-3DES']]])('%s', async (_name, args) => {
    const pem = new Uint8Array(openssl(['pkcs8', '-topk8', '-in', ec.keyPath, ...args, '-passout', `pass:${PASSWORD}`]));
    await expectWorks(await loadSoftwareKeys({ data: pem, certificates: [ec.certDer], password: PASSWORD }), ec);
    await expect(loadSoftwareKeys({ data: pem, certificates: [ec.certDer], password: 'fel' })).rejects.toMatchObject({ code: 'BAD_PASSWORD' });
    await expect(loadSoftwareKeys({ data: pem, certificates: [ec.certDer] })).rejects.toMatchObject({ code: 'PASSWORD_REQUIRED' });
  });
});

describe('PKCS#12', () => {
  const variants: [string, string[]][] = [
    ['OpenSSL 3 default (PBES2/AES-256, SHA-256 MAC)', []],
    ['-legacy (RC2-40 certs, 3DES key, SHA-1 MAC)', ['-legacy']],
    ['PBE-SHA1-3DES, SHA-1 MAC', ['-keypbe', 'PBE-SHA1-3DES', '-certpbe', 'PBE-SHA1-3DES', '-macalg', 'sha1']],
    ['unencrypted certificates', ['-certpbe', 'NONE']],
  ];
  test.each(variants)('%s', async (name, args) => {
    for (const id of [rsa, ec]) {
      const out = join(tmp.dir, `${id.name}-${name.length}.p12`);
      openssl(['pkcs12', '-export', '-inkey', id.keyPath, '-in', id.certPath, '-passout', `pass:${PASSWORD}`, '-out', out, ...args]);
      await expectWorks(await loadSoftwareKeys({ data: new Uint8Array(readFileSync(out)), password: PASSWORD }), id);
      await expect(loadSoftwareKeys({ data: new Uint8Array(readFileSync(out)), password: 'fel' })).rejects.toMatchObject({ code: 'BAD_PASSWORD' });
      await expect(loadSoftwareKeys({ data: new Uint8Array(readFileSync(out)) })).rejects.toMatchObject({ code: 'PASSWORD_REQUIRED' });
    }
  });

  test('empty password opens without one', async () => {
    const out = join(tmp.dir, 'empty.p12');
    openssl(['pkcs12', '-export', '-inkey', rsa.keyPath, '-in', rsa.certPath, '-passout', 'pass:', '-out', out]);
    await expectWorks(await loadSoftwareKeys({ data: file('empty.p12') }), rsa);
  });

  test('NSS pk12util export (Thunderbird/Firefox)', async () => {
    const db = join(tmp.dir, 'nss');
    execFileSync('mkdir', ['-p', db]);
    execFileSync('certutil', ['-N', '-d', `sql:${db}`, '--empty-password']);
    const src = join(tmp.dir, 'for-nss.p12');
    openssl(['pkcs12', '-export', '-inkey', rsa.keyPath, '-in', rsa.certPath, '-name', 'kuvert', '-passout', 'pass:nss-pw', '-out', src]);
    execFileSync('pk12util', ['-i', src, '-d', `sql:${db}`, '-W', 'nss-pw', '-K', '']);
    const out = join(tmp.dir, 'from-nss.p12');
    execFileSync('pk12util', ['-o', out, '-n', 'kuvert', '-d', `sql:${db}`, '-W', PASSWORD, '-K', '']);
    await expectWorks(await loadSoftwareKeys({ data: file('from-nss.p12'), password: PASSWORD }), rsa);
  }, 120_000); // NSS uses 600,000 iterations for the MAC and both PBKDF2 runs
});

describe('readCertificates', () => {
  test('PEM bundle and DER', () => {
    writeFileSync(join(tmp.dir, 'bundle.pem'), Buffer.concat([readFileSync(rsa.certPath), readFileSync(ec.certPath)]));
    expect(readCertificates(file('bundle.pem'))).toEqual([rsa.certDer, ec.certDer]);
    expect(readCertificates(rsa.certDer)).toEqual([rsa.certDer]);
  });
  test('garbage → MALFORMED_CERTIFICATE', () => {
    for (const data of [new Uint8Array([0x30, 0x03, 1, 2, 3]), new Uint8Array(0), new TextEncoder().encode('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n')]) {
      expect(() => readCertificates(data)).toThrow(expect.objectContaining({ code: 'MALFORMED_CERTIFICATE' }) as Error);
    }
  });
});
