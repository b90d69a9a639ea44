/** SignedData round trips, attributes and failure modes (RFC 5652 §5, RFC 5035, RFC 8551 §2.5). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { signCms, verifyCms, type SignCmsOptions } from '../../../../src/core/cms/index.js';
import { loadSoftwareKeys, type KeyProvider } from '../../../../src/core/keys/index.js';
import { concatChunks, makeIdentity, makeTempDir, openssl, type TestIdentity } from './test-keys.js';

const content = new TextEncoder().encode('Content-Type: text/plain\r\n\r\nHej Kuvert\r\n');
let tmp: ReturnType<typeof makeTempDir>;
const ids: Record<string, TestIdentity> = {};
const keys: Record<string, KeyProvider> = {};
const SPECS = { rsa2048: 'rsa:2048', p256: 'ec:P-256', p384: 'ec:P-384', p521: 'ec:P-521', other: 'rsa:2048' };

beforeAll(async () => {
  tmp = makeTempDir();
  for (const [name, spec] of Object.entries(SPECS)) {
    ids[name] = makeIdentity(tmp.dir, name, spec);
    keys[name] = (await loadSoftwareKeys({ data: ids[name].keyPem, certificates: [ids[name].certDer] }))[0]!;
  }
}, 120_000);
afterAll(() => tmp.cleanup());

async function sign(name: string, options: Partial<SignCmsOptions> = {}, data = content): Promise<Uint8Array> {
  const out = await signCms(data, { signer: keys[name]!, ...options });
  const der = concatChunks(out.chunks);
  expect(der.length).toBe(out.length);
  return der;
}

function opensslVerify(der: Uint8Array, name: string, detached?: Uint8Array): Buffer {
  const file = join(tmp.dir, `${Math.random().toString(16).slice(2)}.der`);
  writeFileSync(file, der);
  const args = ['cms', '-verify', '-binary', '-inform', 'DER', '-in', file, '-CAfile', ids[name]!.certPath, '-purpose', 'any'];
  if (detached) {
    const contentFile = `${file}.content`;
    writeFileSync(contentFile, detached);
    args.push('-content', contentFile);
  }
  return openssl(args);
}

describe('round trips', () => {
  const cases = [
    ['rsa2048', 'SHA-256', 'pkcs1'], ['rsa2048', 'SHA-384', 'pkcs1'], ['rsa2048', 'SHA-512', 'pss'], ['rsa2048', 'SHA-256', 'pss'],
    ['p256', 'SHA-256', undefined], ['p384', 'SHA-384', undefined], ['p521', 'SHA-512', undefined],
  ] as const;
  test.each(cases)('%s %s %s detached and opaque; OpenSSL agrees', async (name, digest, rsaPadding) => {
    const options = { digest, ...(rsaPadding ? { rsaPadding } : {}) };
    const detached = await sign(name, options);
    const result = await verifyCms(detached, { detachedContent: [content] });
    expect(result.detached).toBe(true);
    expect(result.signers).toHaveLength(1);
    expect(result.signers[0]).toMatchObject({ valid: true, digest, certificate: ids[name]!.certDer });
    expect(result.signers[0]!.signingTime).toBeInstanceOf(Date);
    expect(opensslVerify(detached, name, content)).toEqual(Buffer.from(content));

    const opaque = await sign(name, { ...options, detached: false });
    const opened = await verifyCms(opaque);
    expect(concatChunks(opened.content!)).toEqual(content);
    expect(opened.signers[0]!.valid).toBe(true);
    expect(opensslVerify(opaque, name)).toEqual(Buffer.from(content));
  });

  test('content given in pieces hashes like one buffer', async () => {
    const der = await sign('rsa2048', {}, content);
    const pieces = [content.subarray(0, 5), content.subarray(5, 20), content.subarray(20)];
    expect((await verifyCms(der, { detachedContent: pieces })).signers[0]!.valid).toBe(true);
  });

  test('verifies what openssl cms -sign makes (RSA and EC, detached and opaque, with and without attributes)', async () => {
    const file = join(tmp.dir, 'content.txt');
    writeFileSync(file, content);
    for (const name of ['rsa2048', 'p256']) {
      for (const extra of [[], ['-nodetach'], ['-noattr', '-nodetach'], ['-keyopt', 'rsa_padding_mode:pss']]) {
        if (name === 'p256' && extra[0] === '-keyopt') continue;
        const der = openssl(['cms', '-sign', '-binary', '-in', file, '-signer', ids[name]!.certPath, '-inkey', ids[name]!.keyPath, '-outform', 'DER', '-md', 'sha256', ...extra]);
        const detached = !extra.includes('-nodetach');
        const result = await verifyCms(new Uint8Array(der), detached ? { detachedContent: [content] } : {});
        expect(result.signers[0]).toMatchObject({ valid: true, certificate: ids[name]!.certDer });
      }
    }
  });
});

describe('signed attributes', () => {
  test('capabilities are announced, signing time is kept, encryption key preference names the other certificate', async () => {
    const at = new Date('2026-03-04T05:06:07Z');
    const der = await sign('rsa2048', { signingTime: at, encryptionCertificate: ids.other!.certDer });
    const verified = await verifyCms(der, { detachedContent: [content] });
    const signer = verified.signers[0]!;
    expect(signer.signingTime).toEqual(at);
    // RFC 8551 §2.5.3: the announced encryption certificate travels in the message.
    expect(verified.certificates.some((c) => Buffer.from(c).equals(Buffer.from(ids.other!.certDer)))).toBe(true);
    expect(signer.capabilities?.map((c) => c.algorithm)).toEqual([
      '2.16.840.1.101.3.4.1.46', '2.16.840.1.101.3.4.1.42', '2.16.840.1.101.3.4.1.2', '1.2.840.113549.1.1.7', '1.2.840.113549.1.1.1',
    ]);
    expect(signer.encryptionKeyPreference).toMatchObject({ type: 'issuerAndSerialNumber' });
    const printed = openssl(['cms', '-cmsout', '-print', '-inform', 'DER'], der).toString('utf8');
    expect(printed).toContain('id-smime-aa-signingCertificateV2');
    expect(printed).toContain('id-smime-aa-encrypKeyPref');
  });

  test('no encryption key preference when the encryption certificate is the signing one', async () => {
    const der = await sign('rsa2048', { encryptionCertificate: ids.rsa2048!.certDer });
    expect((await verifyCms(der, { detachedContent: [content] })).signers[0]!.encryptionKeyPreference).toBeUndefined();
  });

  test('signing time after 2049 is GeneralizedTime', async () => {
    const at = new Date('2051-01-02T03:04:05Z');
    const der = await sign('p256', { signingTime: at });
    expect((await verifyCms(der, { detachedContent: [content] })).signers[0]!.signingTime).toEqual(at);
  });
});

describe('failures', () => {
  test('changed content → BAD_SIGNATURE (messageDigest)', async () => {
    const der = await sign('rsa2048');
    const changed = content.slice();
    changed[changed.length - 3]! ^= 1;
    expect((await verifyCms(der, { detachedContent: [changed] })).signers[0]).toMatchObject({ valid: false, code: 'BAD_SIGNATURE' });
  });

  test('a flipped signature bit → BAD_SIGNATURE', async () => {
    for (const name of ['rsa2048', 'p256']) {
      const der = await sign(name);
      der[der.length - 5]! ^= 0x01;
      expect((await verifyCms(der, { detachedContent: [content] })).signers[0]).toMatchObject({ valid: false, code: 'BAD_SIGNATURE' });
    }
  });

  test('signer certificate missing → SIGNER_CERT_MISSING unless given', async () => {
    const file = join(tmp.dir, 'nocerts.txt');
    writeFileSync(file, content);
    const der = new Uint8Array(openssl(['cms', '-sign', '-binary', '-nocerts', '-in', file, '-signer', ids.rsa2048!.certPath, '-inkey', ids.rsa2048!.keyPath, '-outform', 'DER']));
    expect((await verifyCms(der, { detachedContent: [content] })).signers[0]).toMatchObject({ valid: false, code: 'SIGNER_CERT_MISSING' });
    expect((await verifyCms(der, { detachedContent: [content], certificates: [ids.rsa2048!.certDer] })).signers[0]!.valid).toBe(true);
  });

  test('unknown options are refused; detached without content is malformed; not SignedData → NOT_SIGNED', async () => {
    await expect(signCms(content, { signer: keys.rsa2048!, detach: true } as unknown as SignCmsOptions)).rejects.toMatchObject({ code: 'UNKNOWN_OPTION' });
    const der = await sign('rsa2048');
    await expect(verifyCms(der)).rejects.toMatchObject({ code: 'MALFORMED_CMS' });
    await expect(verifyCms(der, { detachedContent: [content], extra: 1 } as never)).rejects.toMatchObject({ code: 'UNKNOWN_OPTION' });
    const enveloped = openssl(['cms', '-encrypt', '-binary', '-outform', 'DER', ids.rsa2048!.certPath], content);
    await expect(verifyCms(new Uint8Array(enveloped), { detachedContent: [content] })).rejects.toMatchObject({ code: 'NOT_SIGNED' });
  });

  test('a key paired with the wrong certificate → KEY_MISMATCH, nothing produced', async () => {
    await expect(signCms(content, { signer: keys.rsa2048!, certificate: ids.other!.certDer })).rejects.toMatchObject({ code: 'KEY_MISMATCH' });
  });
});
