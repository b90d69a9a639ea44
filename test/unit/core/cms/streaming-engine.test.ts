/**
 * The incremental-cipher path (an engine with `streams`, as the CLI uses) must produce CMS that the
 * one-shot WebCrypto path reads, and the other way round, with the same failure codes.
 */
import { randomBytes } from 'node:crypto';
import { decryptCms, encryptCms, type ContentCipher } from '../../../../src/core/cms/index.js';
import { loadSoftwareKeys, type KeyProvider } from '../../../../src/core/keys/index.js';
import { defaultCrypto } from '../../../../src/core/crypto-engine.js';
import { nodeCrypto } from '../../../../src/cli/node-crypto.js';
import { concatChunks, makeIdentity, makeTempDir } from './test-keys.js';

const streaming = nodeCrypto();
const oneShot = defaultCrypto();
let tmp: ReturnType<typeof makeTempDir>;
let rsa: { cert: Uint8Array; key: KeyProvider };
let ec: { cert: Uint8Array; key: KeyProvider };

beforeAll(async () => {
  tmp = makeTempDir();
  const r = makeIdentity(tmp.dir, 'rsa', 'rsa:2048');
  const e = makeIdentity(tmp.dir, 'ec', 'ec:P-256');
  rsa = { cert: r.certDer, key: (await loadSoftwareKeys({ data: r.keyPem, certificates: [r.certDer] }))[0]! };
  ec = { cert: e.certDer, key: (await loadSoftwareKeys({ data: e.keyPem, certificates: [e.certDer] }))[0]! };
}, 60_000);
afterAll(() => tmp.cleanup());

const CIPHERS: ContentCipher[] = ['aes256-cbc', 'aes128-cbc', 'aes256-gcm', 'aes128-gcm'];
// Sizes around the cipher block and the slices (256 KiB) the streaming path feeds the cipher.
const SIZES = [0, 1, 15, 16, 17, (1 << 20) - 1, (1 << 20) + 5, 3 * (1 << 20)];

describe.each(CIPHERS)('%s', (cipher) => {
  it.each(SIZES)('streams %i bytes in either direction between the two engines', async (size) => {
    const content = new Uint8Array(randomBytes(size));
    const streamed = await encryptCms(content, { cipher, recipients: [{ certificate: rsa.cert }, { certificate: ec.cert }] }, streaming);
    const der = concatChunks(streamed.chunks);
    expect(der.length).toBe(streamed.length);
    expect(Buffer.from((await decryptCms(der, [rsa.key], oneShot)).content).equals(Buffer.from(content))).toBe(true);
    const plain = await encryptCms(content, { cipher, recipients: [{ certificate: ec.cert }] }, oneShot);
    expect(Buffer.from((await decryptCms(concatChunks(plain.chunks), [ec.key], streaming)).content).equals(Buffer.from(content))).toBe(true);
  });

  it('refuses a second read of streamed ciphertext rather than reuse the key', async () => {
    const out = await encryptCms(new Uint8Array(100), { cipher, recipients: [{ certificate: rsa.cert }] }, streaming);
    concatChunks(out.chunks);
    expect(() => concatChunks(out.chunks)).toThrow(expect.objectContaining({ code: 'ENCRYPT_FAILED' }) as Error);
  });

  it('fails closed on a changed last ciphertext byte', async () => {
    const der = concatChunks((await encryptCms(new Uint8Array(randomBytes(4096)), { cipher, recipients: [{ certificate: rsa.cert }] }, streaming)).chunks);
    const gcm = cipher.endsWith('gcm');
    // GCM: a ciphertext byte just before the 16-byte tag (and its 2-byte header).
    // CBC: 4096 bytes are padded with sixteen 0x10 bytes; XOR-ing the previous block's last byte
    // with 0x10 turns the final pad byte into 0, which is never valid padding (deterministic).
    if (gcm) der[der.length - 19]! ^= 0x01;
    else der[der.length - 17]! ^= 0x10;
    await expect(decryptCms(der, [rsa.key], streaming)).rejects.toMatchObject({ code: gcm ? 'INTEGRITY_CHECK_FAILED' : 'DECRYPT_FAILED' });
  });
});
