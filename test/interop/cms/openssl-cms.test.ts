/**
 * CMS-level interop with the openssl CLI (OpenSSL 3): it decrypts what we produce, we decrypt what it
 * produces, for RSA × {PKCS#1 v1.5, OAEP} × {AES-CBC, AES-GCM} and EC P-256/P-384 (no ukm, as OpenSSL sends).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decryptCms, encryptCms, inspectEnvelope, type ContentCipher } from '../../../src/core/cms/index.js';
import { loadSoftwareKeys, type KeyProvider } from '../../../src/core/keys/index.js';
import { concatChunks, makeIdentity, makeTempDir, openssl, type TestIdentity } from '../../unit/core/cms/test-keys.js';

const content = new TextEncoder().encode('Sekretess enligt OSL 25 kap. 1 §\r\nrad två: åäö\r\n');
let tmp: ReturnType<typeof makeTempDir>;
const ids: Record<string, TestIdentity> = {};
const keys: Record<string, KeyProvider> = {};

beforeAll(async () => {
  tmp = makeTempDir();
  for (const [name, spec] of [['rsa', 'rsa:2048'], ['p256', 'ec:P-256'], ['p384', 'ec:P-384']] as const) {
    const id = makeIdentity(tmp.dir, name, spec);
    ids[name] = id;
    keys[name] = (await loadSoftwareKeys({ data: id.keyPem, certificates: [id.certDer] }))[0]!;
  }
  writeFileSync(join(tmp.dir, 'content.bin'), content);
}, 60_000);
afterAll(() => tmp.cleanup());

const OPENSSL_CIPHER: Record<ContentCipher, string> = {
  'aes128-cbc': '-aes128', 'aes192-cbc': '-aes192', 'aes256-cbc': '-aes256',
  'aes128-gcm': '-aes-128-gcm', 'aes192-gcm': '-aes-192-gcm', 'aes256-gcm': '-aes-256-gcm',
};

type Case = { recipient: string; cipher: ContentCipher; transport?: 'pkcs1' | 'oaep' };
const cases: Case[] = [];
for (const cipher of ['aes256-cbc', 'aes128-cbc', 'aes256-gcm', 'aes128-gcm'] as const) {
  for (const transport of ['pkcs1', 'oaep'] as const) cases.push({ recipient: 'rsa', cipher, transport });
  cases.push({ recipient: 'p256', cipher }, { recipient: 'p384', cipher });
}
const label = (c: Case): string => `${c.recipient}${c.transport ? `/${c.transport}` : ''}/${c.cipher}`;

describe('openssl cms decrypts ours', () => {
  test.each(cases.map((c) => [label(c), c] as const))('%s', async (name, c) => {
    const id = ids[c.recipient]!;
    const out = await encryptCms(content, { cipher: c.cipher, recipients: [{ certificate: id.certDer, ...(c.transport ? { keyTransport: c.transport } : {}) }] });
    const file = join(tmp.dir, `ours-${name.replace(/\//g, '_')}.der`);
    writeFileSync(file, concatChunks(out.chunks));
    const plain = openssl(['cms', '-decrypt', '-binary', '-inform', 'DER', '-in', file, '-inkey', id.keyPath, '-recip', id.certPath]);
    expect(new Uint8Array(plain)).toEqual(content);
  });
});

describe('we decrypt openssl cms', () => {
  test.each(cases.flatMap((c) => [[`${label(c)}`, c, false], [`${label(c)} -stream`, c, true]] as const))('%s', async (_name, c, stream) => {
    const id = ids[c.recipient]!;
    const keyopt = c.transport === 'oaep' ? ['-keyopt', 'rsa_padding_mode:oaep', '-keyopt', 'rsa_oaep_md:sha256'] : [];
    const der = new Uint8Array(openssl([
      'cms', '-encrypt', '-binary', OPENSSL_CIPHER[c.cipher], ...(stream ? ['-stream'] : []),
      '-in', join(tmp.dir, 'content.bin'), '-outform', 'DER', '-recip', id.certPath, ...keyopt,
    ]));
    const info = inspectEnvelope(der);
    expect(info.cipher).toBe(c.cipher);
    const result = await decryptCms(der, [keys[c.recipient]!]);
    expect(result.content).toEqual(content);
    if (c.transport === 'oaep') expect(result.recipient.keyAlgorithm).toBe('RSA-OAEP(SHA-256,MGF1-SHA-256)');
  });

  test('OAEP with SHA-384 and a different MGF1 hash (SHA-1)', async () => {
    const der = new Uint8Array(openssl([
      'cms', '-encrypt', '-binary', '-aes256', '-in', join(tmp.dir, 'content.bin'), '-outform', 'DER', '-recip', ids.rsa!.certPath,
      '-keyopt', 'rsa_padding_mode:oaep', '-keyopt', 'rsa_oaep_md:sha384', '-keyopt', 'rsa_mgf1_md:sha1',
    ]));
    const result = await decryptCms(der, [keys.rsa!]);
    expect(result.recipient.keyAlgorithm).toBe('RSA-OAEP(SHA-384,MGF1-SHA-1)');
    expect(result.content).toEqual(content);
  });

  test('one message to RSA and EC recipients, each decrypts', async () => {
    const der = new Uint8Array(openssl([
      'cms', '-encrypt', '-binary', '-aes-256-gcm', '-in', join(tmp.dir, 'content.bin'), '-outform', 'DER',
      '-recip', ids.rsa!.certPath, '-recip', ids.p256!.certPath,
    ]));
    for (const name of ['rsa', 'p256']) expect((await decryptCms(der, [keys[name]!])).content).toEqual(content);
  });
});
