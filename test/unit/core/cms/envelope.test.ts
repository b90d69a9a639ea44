import { encryptCms, decryptCms, inspectEnvelope } from '../../../../src/core/cms/index.js';
import { loadSoftwareKeys } from '../../../../src/core/keys/index.js';
import type { KeyProvider } from '../../../../src/core/keys/index.js';
import { concatChunks, makeIdentity, makeTempDir, type TestIdentity } from './test-keys.js';

const text = new TextEncoder().encode('Hej Kuvert');
let tmp: ReturnType<typeof makeTempDir>;
const ids: Record<string, TestIdentity> = {};
const keys: Record<string, KeyProvider> = {};

beforeAll(async () => {
  tmp = makeTempDir();
  for (const [name, spec] of [['rsa2048', 'rsa:2048'], ['p256', 'ec:P-256']] as const) {
    ids[name] = makeIdentity(tmp.dir, name, spec);
    [keys[name]] = await loadSoftwareKeys({ data: ids[name].keyPem, certificates: [ids[name].certDer] });
  }
}, 60_000);
afterAll(() => tmp.cleanup());

test('smoke', async () => {
  for (const name of ['rsa2048', 'p256']) {
    for (const cipher of ['aes256-cbc', 'aes128-gcm'] as const) {
      const out = await encryptCms(text, { cipher, recipients: [{ certificate: ids[name]!.certDer }] });
      const der = concatChunks(out.chunks);
      expect(der.length).toBe(out.length);
      const info = inspectEnvelope(der);
      expect(info.cipher).toBe(cipher);
      const result = await decryptCms(der, [keys[name]!]);
      expect(new TextDecoder().decode(result.content)).toBe('Hej Kuvert');
    }
  }
});
