/** EnvelopedData / AuthEnvelopedData round trips and failure modes (RFC 5652, 5083, 5084, 3560, 5753). */
import { decryptCms, encryptCms, inspectEnvelope, type ContentCipher } from '../../../../src/core/cms/index.js';
import { loadSoftwareKeys, type KeyProvider } from '../../../../src/core/keys/index.js';
import { concatChunks, makeIdentity, makeTempDir, type TestIdentity } from './test-keys.js';

const content = new TextEncoder().encode('Hej Kuvert — personnummer 19121212-1212');
let tmp: ReturnType<typeof makeTempDir>;
const ids: Record<string, TestIdentity> = {};
const keys: Record<string, KeyProvider> = {};
const SPECS = { rsa2048: 'rsa:2048', rsa3072: 'rsa:3072', rsa4096: 'rsa:4096', p256: 'ec:P-256', p384: 'ec:P-384', p521: 'ec:P-521', other: 'rsa:2048' };

beforeAll(async () => {
  tmp = makeTempDir();
  for (const [name, spec] of Object.entries(SPECS)) {
    ids[name] = makeIdentity(tmp.dir, name, spec);
    keys[name] = (await loadSoftwareKeys({ data: ids[name].keyPem, certificates: [ids[name].certDer] }))[0]!;
  }
}, 120_000);
afterAll(() => tmp.cleanup());

const CIPHERS: ContentCipher[] = ['aes256-cbc', 'aes128-cbc', 'aes256-gcm', 'aes128-gcm'];

async function encryptTo(names: string[], cipher?: ContentCipher, extra: object = {}, data = content): Promise<Uint8Array> {
  const out = await encryptCms(data, { ...(cipher ? { cipher } : {}), recipients: names.map((name) => ({ certificate: ids[name]!.certDer, ...extra })) });
  const der = concatChunks(out.chunks);
  expect(der.length).toBe(out.length);
  expect(out.contentType).toBe(cipher?.endsWith('gcm') ? 'authEnveloped-data' : 'enveloped-data');
  return der;
}

describe('round trips', () => {
  const rsa = ['rsa2048', 'rsa3072', 'rsa4096'].flatMap((name) => CIPHERS.flatMap((cipher) => (['pkcs1', 'oaep'] as const).map((kt) => [name, cipher, kt] as const)));
  test.each(rsa)('%s %s %s', async (name, cipher, keyTransport) => {
    const der = await encryptTo([name], cipher, { keyTransport });
    const result = await decryptCms(der, [keys[name]!]);
    expect(result.content).toEqual(content);
    expect(result.cipher).toBe(cipher);
    expect(result.recipient.keyAlgorithm).toBe(keyTransport === 'oaep' ? 'RSA-OAEP(SHA-256,MGF1-SHA-256)' : 'RSAES-PKCS1-v1_5');
    expect(result.key).toBe(keys[name]);
  });

  test.each(['SHA-1', 'SHA-384', 'SHA-512'] as const)('OAEP with %s', async (oaepHash) => {
    const der = await encryptTo(['rsa2048'], 'aes256-cbc', { keyTransport: 'oaep', oaepHash });
    expect((await decryptCms(der, [keys.rsa2048!])).recipient.keyAlgorithm).toBe(`RSA-OAEP(${oaepHash},MGF1-${oaepHash})`);
  });

  const ec = ['p256', 'p384', 'p521'].flatMap((name) => CIPHERS.map((cipher) => [name, cipher] as const));
  test.each(ec)('%s %s', async (name, cipher) => {
    const der = await encryptTo([name], cipher);
    const result = await decryptCms(der, [keys[name]!]);
    expect(result.content).toEqual(content);
    expect(result.recipient.kind).toBe('key-agreement');
  });

  test('several recipients, mixed RSA and EC, SKI identifiers; each key decrypts', async () => {
    const names = ['rsa2048', 'p256', 'rsa3072', 'p384'];
    const der = await encryptTo(names, 'aes256-gcm', { identifier: 'subjectKeyIdentifier' });
    const info = inspectEnvelope(der);
    expect(info.recipients).toHaveLength(4);
    expect(info.recipients.every((r) => r.subjectKeyIdentifier && !r.issuer)).toBe(true);
    for (const name of names) expect((await decryptCms(der, [keys.other!, keys[name]!])).content).toEqual(content);
  });

  test('issuerAndSerialNumber summary names the certificate', async () => {
    const der = await encryptTo(['rsa2048'], 'aes256-cbc');
    const [summary] = inspectEnvelope(der).recipients;
    expect(summary).toMatchObject({ kind: 'key-transport', issuer: 'CN=rsa2048, O=Kuvert test, C=SE', keyAlgorithm: 'RSAES-PKCS1-v1_5' });
    expect(summary!.serialNumber).toMatch(/^[0-9a-f]+$/);
  });

  test.each(CIPHERS)('0-byte content with %s', async (cipher) => {
    const der = await encryptTo(['rsa2048'], cipher, {}, new Uint8Array(0));
    expect((await decryptCms(der, [keys.rsa2048!])).content).toEqual(new Uint8Array(0));
  });

  test('default algorithms: AES-256-CBC and PKCS#1 v1.5', async () => {
    const der = await encryptTo(['rsa2048']);
    const info = inspectEnvelope(der);
    expect(info).toMatchObject({ type: 'enveloped-data', cipher: 'aes256-cbc', recipients: [{ keyAlgorithm: 'RSAES-PKCS1-v1_5' }] });
  });
});

describe('failures', () => {
  test('tampered GCM tag → INTEGRITY_CHECK_FAILED', async () => {
    const der = await encryptTo(['rsa2048'], 'aes256-gcm');
    der[der.length - 1]! ^= 1;
    await expect(decryptCms(der, [keys.rsa2048!])).rejects.toMatchObject({ code: 'INTEGRITY_CHECK_FAILED' });
  });

  test('tampered GCM ciphertext → INTEGRITY_CHECK_FAILED', async () => {
    const der = await encryptTo(['p256'], 'aes128-gcm');
    der[der.length - 20]! ^= 1;
    await expect(decryptCms(der, [keys.p256!])).rejects.toMatchObject({ code: 'INTEGRITY_CHECK_FAILED' });
  });

  test('tampered CBC ciphertext (last block) → DECRYPT_FAILED', async () => {
    const der = await encryptTo(['rsa2048'], 'aes256-cbc');
    // Flipping bits of the previous block sets the padding byte to ≥ 0x40: always invalid, never flaky.
    der[der.length - 17]! ^= 0x55;
    await expect(decryptCms(der, [keys.rsa2048!])).rejects.toMatchObject({ code: 'DECRYPT_FAILED' });
  });

  test('tampered encrypted key → DECRYPT_FAILED, never plaintext', async () => {
    const der = await encryptTo(['p256'], 'aes256-cbc');
    const info = inspectEnvelope(der);
    expect(info.recipients[0]!.kind).toBe('key-agreement');
    // flip a byte inside the 40-byte AES-wrapped key: the last OCTET STRING 04 28 before id-data
    const dataOid = Buffer.from(der).indexOf(Buffer.from('06092a864886f70d010701', 'hex'));
    const wrapped = Buffer.from(der.subarray(0, dataOid)).lastIndexOf(Buffer.from([0x04, 0x28]));
    expect(wrapped).toBeGreaterThan(0);
    der[wrapped + 5]! ^= 1;
    await expect(decryptCms(der, [keys.p256!])).rejects.toMatchObject({ code: 'DECRYPT_FAILED' });
  });

  // A wrong RSA key yields a pseudo-random CEK (implicit rejection); with CBC that still has a 1/256
  // chance of valid padding (garbage out, as with any unauthenticated mode), so RSA uses GCM here.
  test('wrong RSA key claiming a matching certificate → INTEGRITY_CHECK_FAILED (GCM)', async () => {
    const der = await encryptTo(['rsa2048'], 'aes256-gcm');
    const liar: KeyProvider = { ...keys.other!, certificate: ids.rsa2048!.certDer, decryptKeyTransport: keys.other!.decryptKeyTransport.bind(keys.other) };
    await expect(decryptCms(der, [liar])).rejects.toMatchObject({ code: 'INTEGRITY_CHECK_FAILED' });
  });

  test('wrong EC key claiming a matching certificate → DECRYPT_FAILED (key unwrap)', async () => {
    const der = await encryptTo(['p256'], 'aes256-cbc');
    const impostor = (await loadSoftwareKeys({ data: makeIdentity(tmp.dir, 'impostor', 'ec:P-256').keyPem, certificates: [ids.p256!.certDer] }).catch(() => []))[0];
    expect(impostor).toBeUndefined(); // loading refuses the pair (KEY_MISMATCH) …
    const liar: KeyProvider = { ...keys.p384!, certificate: ids.p256!.certDer, deriveKeyAgreement: keys.p384!.deriveKeyAgreement.bind(keys.p384) };
    await expect(decryptCms(der, [liar])).rejects.toMatchObject({ code: 'DECRYPT_FAILED' }); // … and a lying provider fails closed
  });

  test('no matching recipient → NO_MATCHING_RECIPIENT', async () => {
    const der = await encryptTo(['rsa2048', 'p256'], 'aes256-gcm');
    await expect(decryptCms(der, [keys.other!, keys.p384!])).rejects.toMatchObject({ code: 'NO_MATCHING_RECIPIENT' });
  });

  test.each([
    ['truncated', (der: Uint8Array) => der.subarray(0, der.length - 5)],
    ['truncated header', (der: Uint8Array) => der.subarray(0, 40)],
    ['garbage', () => new TextEncoder().encode('not a CMS message at all')],
    ['empty', () => new Uint8Array(0)],
    ['trailing data', (der: Uint8Array) => Uint8Array.of(...der, 0)],
  ])('%s → MALFORMED_CMS', async (_name, mangle) => {
    const der = mangle(await encryptTo(['rsa2048'], 'aes256-cbc'));
    await expect(decryptCms(der, [keys.rsa2048!])).rejects.toMatchObject({ code: 'MALFORMED_CMS' });
    let code: unknown;
    try {
      inspectEnvelope(der);
    } catch (error) {
      code = (error as { code?: unknown }).code;
    }
    expect(code).toBe('MALFORMED_CMS');
  });

  test('option errors', async () => {
    await expect(encryptCms(content, { recipients: [] })).rejects.toMatchObject({ code: 'NO_RECIPIENTS' });
    await expect(encryptCms(content, { recipients: [{ certificate: ids.rsa2048!.certDer }], chiper: 'x' } as never)).rejects.toMatchObject({ code: 'UNKNOWN_OPTION' });
    await expect(encryptCms(content, { recipients: [{ certificate: new Uint8Array([1, 2, 3]) }] })).rejects.toMatchObject({ code: 'MALFORMED_CERTIFICATE' });
    await expect(encryptCms(content, { recipients: [{ certificate: ids.p256!.certDer, keyTransport: 'oaep' }] })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });
});
