/**
 * Kuvert ↔ OpenSSL `cms`, both directions: RSA 2048/3072/4096 × PKCS#1 v1.5/OAEP × AES-CBC/GCM with
 * a small message, EC P-256/P-384 key agreement (RFC 5753), several recipients, and attachments from
 * 0 B to 10 MB. Decrypted content is compared byte for byte (attachments) and text for text.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expectSameMessage, expectSmimeEnvelope } from '../helpers/compare-mime.js';
import { kuvertDecrypt, kuvertEncrypt, type KuvertEncryptOptions } from '../helpers/kuvert-cli.js';
import { binaryAttachment, KB, MB, swedishMessage, type BuiltMessage } from '../helpers/mime-builder.js';
import { cmsOids, KUVERT_CIPHER_OID, OID, opensslDecrypt, opensslEncrypt, type OpensslCipher, type OpensslRecipient } from '../helpers/peers.js';
import { requireTools } from '../helpers/run-tool.js';
import { createTestPki, type KeySpec, type TestIdentity, type TestPki } from '../helpers/test-pki.js';

const RSA = ['rsa2048', 'rsa3072', 'rsa4096'] as const;
const EC = ['p256', 'p384'] as const;
const KUVERT_CIPHERS = ['aes256-cbc', 'aes128-cbc', 'aes256-gcm', 'aes128-gcm'] as const;
const OPENSSL_CIPHERS: readonly OpensslCipher[] = ['-aes256', '-aes128', '-aes-256-gcm', '-aes-128-gcm'];
const OPENSSL_CIPHER_OID: Record<OpensslCipher, string> = {
  '-aes256': OID.aes256cbc,
  '-aes128': OID.aes128cbc,
  '-aes-256-gcm': OID.aes256gcm,
  '-aes-128-gcm': OID.aes128gcm,
};

let pki: TestPki;
let work: string;
const id = (label: string): TestIdentity => pki.identity(label);

beforeAll(async () => {
  requireTools({ openssl: 'openssl' });
  const specs: KeySpec[] = [...RSA, ...EC];
  pki = await createTestPki(specs.map((spec) => ({ label: spec, spec })));
  work = await mkdtemp(path.join(os.tmpdir(), 'kuvert-openssl-'));
}, 180_000);

afterAll(async () => {
  await pki?.dispose();
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

/** A small message: UTF-8 subject, text + HTML, one 1 KB attachment with a UTF-8 name. */
function smallMessage(to: readonly TestIdentity[]): BuiltMessage {
  return swedishMessage({
    from: 'avsandare@kuvert.test',
    to: to.map((r) => r.email),
    cc: ['registrator@kuvert.test'],
    attachments: [binaryAttachment(KB, 'Läkarintyg Åsa Öberg.pdf')],
  });
}

/** 0 B, 1 KB and 1 MB attachments with long UTF-8 names (RFC 2231 continuations). */
function attachmentsMessage(to: readonly TestIdentity[]): BuiltMessage {
  return swedishMessage({
    from: 'avsandare@kuvert.test',
    to: to.map((r) => r.email),
    attachments: [
      binaryAttachment(0, 'tom fil – åäö.bin'),
      binaryAttachment(KB, 'Beslut om sjukpenning för Örjan Ängström, dnr 2026-ÅÄÖ-0001, bilaga 1 av 3.pdf'),
      binaryAttachment(MB, 'Röntgenbilder höger knä ÅÄÖ.dcm'),
    ],
  });
}

function tenMegabyteMessage(to: readonly TestIdentity[]): BuiltMessage {
  return swedishMessage({ from: 'avsandare@kuvert.test', to: to.map((r) => r.email), attachments: [binaryAttachment(10 * MB, 'Journalkopia 2026 – Åke.zip')] });
}

const isGcm = (cipher: string): boolean => cipher.includes('gcm');

/** Kuvert encrypts `message`; checks the envelope and the algorithms really used; returns it. */
async function kuvertEncryptChecked(message: BuiltMessage, certs: readonly string[], options: KuvertEncryptOptions, expectOids: readonly string[], rejectOids: readonly string[] = []): Promise<Buffer> {
  const encrypted = await kuvertEncrypt(work, message.raw, certs, options);
  const body = expectSmimeEnvelope(encrypted, message, isGcm(options.cipher ?? '') ? 'authEnveloped-data' : 'enveloped-data');
  const oids = await cmsOids(work, body.der);
  for (const oid of expectOids) expect(oids).toContain(oid);
  for (const oid of rejectOids) expect(oids).not.toContain(oid);
  return encrypted;
}

describe('Kuvert encrypts, OpenSSL decrypts', () => {
  describe.each(RSA)('RSA %s', (label) => {
    const transports = ['pkcs1', 'oaep'] as const;
    test.each(transports.flatMap((t) => KUVERT_CIPHERS.map((c) => [t, c] as const)))('%s %s', async (keyTransport, cipher) => {
      const recipient = id(label);
      const message = smallMessage([recipient]);
      // rsa3072 is given as DER, the others as PEM: the contract accepts both.
      const cert = label === 'rsa3072' ? recipient.certDer : recipient.certPem;
      const [wanted, unwanted] = keyTransport === 'oaep' ? [OID.rsaesOaep, OID.rsaEncryption] : [OID.rsaEncryption, OID.rsaesOaep];
      const contentType = isGcm(cipher) ? OID.authEnvelopedData : OID.envelopedData;
      const encrypted = await kuvertEncryptChecked(message, [cert], { cipher, keyTransport }, [KUVERT_CIPHER_OID[cipher], wanted, contentType], [unwanted]);
      await expectSameMessage(await opensslDecrypt(work, encrypted, recipient), message, { outerHeaders: false });
    });
  });

  test('defaults to AES-256-CBC with RSAES-PKCS1-v1_5', async () => {
    const recipient = id('rsa2048');
    const message = smallMessage([recipient]);
    const encrypted = await kuvertEncryptChecked(message, [recipient.certPem], {}, [OID.envelopedData, OID.aes256cbc, OID.rsaEncryption], [OID.rsaesOaep]);
    await expectSameMessage(await opensslDecrypt(work, encrypted, recipient), message, { outerHeaders: false });
  });

  describe.each(EC)('EC %s key agreement', (label) => {
    test.each(['aes256-cbc', 'aes128-cbc', 'aes256-gcm'] as const)('%s', async (cipher) => {
      const recipient = id(label);
      const message = smallMessage([recipient]);
      const encrypted = await kuvertEncryptChecked(message, [recipient.certPem], { cipher }, [KUVERT_CIPHER_OID[cipher], OID.ecPublicKey]);
      await expectSameMessage(await opensslDecrypt(work, encrypted, recipient), message, { outerHeaders: false });
    });
  });

  // With 'oaep' the list mixes RSA and EC: --key-transport can only apply to the RSA recipients.
  test.each(['default', 'oaep'] as const)('several recipients (RSA 2048, RSA 4096 as DER, P-384), key transport %s: each decrypts', async (transport) => {
    const keyTransport = transport === 'default' ? undefined : transport;
    const recipients = [id('rsa2048'), id('rsa4096'), id('p384')];
    const message = smallMessage(recipients);
    const certs = [recipients[0]!.certPem, recipients[1]!.certDer, recipients[2]!.certPem];
    const encrypted = await kuvertEncryptChecked(message, certs, { cipher: 'aes256-gcm', ...(keyTransport === undefined ? {} : { keyTransport }) }, [OID.aes256gcm, OID.ecPublicKey]);
    for (const recipient of recipients) {
      await expectSameMessage(await opensslDecrypt(work, encrypted, recipient), message, { outerHeaders: false });
    }
  });

  test('attachments of 0 B, 1 KB and 1 MB with UTF-8 names (RSA 3072, AES-256-GCM, files)', async () => {
    const recipient = id('rsa3072');
    const message = attachmentsMessage([recipient]);
    const encrypted = await kuvertEncryptChecked(message, [recipient.certPem], { cipher: 'aes256-gcm', viaFiles: true }, [OID.aes256gcm]);
    await expectSameMessage(await opensslDecrypt(work, encrypted, recipient), message, { outerHeaders: false });
  }, 60_000);

  test('a 10 MB attachment (RSA 2048, defaults, files)', async () => {
    const recipient = id('rsa2048');
    const message = tenMegabyteMessage([recipient]);
    const encrypted = await kuvertEncryptChecked(message, [recipient.certPem], { viaFiles: true }, [OID.aes256cbc]);
    await expectSameMessage(await opensslDecrypt(work, encrypted, recipient), message, { outerHeaders: false });
  }, 90_000);
});

describe('OpenSSL encrypts, Kuvert decrypts', () => {
  async function opensslToKuvert(message: BuiltMessage, recipients: readonly OpensslRecipient[], cipher: OpensslCipher): Promise<Buffer> {
    const encrypted = await opensslEncrypt(work, message.entity, recipients, cipher, message.headers);
    // Guard the harness: OpenSSL really used the cipher asked for.
    expect(await cmsOids(work, expectSmimeEnvelope(encrypted, message, isGcm(cipher) ? 'authEnveloped-data' : 'enveloped-data').der)).toContain(OPENSSL_CIPHER_OID[cipher]);
    return encrypted;
  }

  describe.each(RSA)('RSA %s', (label) => {
    const paddings = ['pkcs1', 'oaep-sha256'] as const;
    test.each(paddings.flatMap((p) => OPENSSL_CIPHERS.map((c) => [p, c] as const)))('%s %s', async (padding, cipher) => {
      const recipient = id(label);
      const message = smallMessage([recipient]);
      const encrypted = await opensslToKuvert(message, [{ identity: recipient, ...(padding === 'pkcs1' ? {} : { oaepDigest: 'sha256' as const }) }], cipher);
      await expectSameMessage(await kuvertDecrypt(work, encrypted, recipient.keyPem, { cert: recipient.certPem }), message, { outerHeaders: true });
    });
  });

  test('OAEP with the default SHA-1 parameters (RFC 3560 §2.2, OpenSSL rsa_oaep_md:sha1)', async () => {
    const recipient = id('rsa2048');
    const message = smallMessage([recipient]);
    const encrypted = await opensslToKuvert(message, [{ identity: recipient, oaepDigest: 'sha1' }], '-aes256');
    await expectSameMessage(await kuvertDecrypt(work, encrypted, recipient.keyPem, { cert: recipient.certPem }), message, { outerHeaders: true });
  });

  test.each(['rsa3072', 'p256'])('%s key from PKCS#12 (OpenSSL 3 default PBES2), no --cert', async (label) => {
    const recipient = id(label);
    const message = smallMessage([recipient]);
    const encrypted = await opensslToKuvert(message, [{ identity: recipient }], '-aes-256-gcm');
    await expectSameMessage(await kuvertDecrypt(work, encrypted, recipient.p12, { password: pki.p12Password }), message, { outerHeaders: true });
  });

  test.each(['rsa2048', 'p384'])('%s PKCS#8 PEM key without --cert (the contract makes --cert optional)', async (label) => {
    const recipient = id(label);
    const message = smallMessage([recipient]);
    const encrypted = await opensslToKuvert(message, [{ identity: recipient }], '-aes256');
    await expectSameMessage(await kuvertDecrypt(work, encrypted, recipient.keyPem), message, { outerHeaders: true });
  });

  describe.each(EC)('EC %s key agreement', (label) => {
    const kdf = label === 'p256' ? 'sha256' : 'sha384';
    test.each([
      ['-aes256', 'default SHA-1 KDF'],
      ['-aes-256-gcm', 'default SHA-1 KDF'],
      ['-aes128', `${kdf} KDF`],
    ] as const)('%s, %s', async (cipher, kdfName) => {
      const recipient = id(label);
      const message = smallMessage([recipient]);
      const encrypted = await opensslToKuvert(message, [{ identity: recipient, ...(kdfName.startsWith('default') ? {} : { ecdhKdfDigest: kdf }) }], cipher);
      await expectSameMessage(await kuvertDecrypt(work, encrypted, recipient.keyPem, { cert: recipient.certPem }), message, { outerHeaders: true });
    });

  });

  test('several recipients (RSA 2048 v1.5, RSA 3072 OAEP, P-256, P-384): each key decrypts', async () => {
    const recipients = [id('rsa2048'), id('rsa3072'), id('p256'), id('p384')];
    const message = smallMessage(recipients);
    const encrypted = await opensslToKuvert(message, [{ identity: recipients[0]! }, { identity: recipients[1]!, oaepDigest: 'sha256' }, { identity: recipients[2]! }, { identity: recipients[3]! }], '-aes-256-gcm');
    for (const recipient of recipients) {
      await expectSameMessage(await kuvertDecrypt(work, encrypted, recipient.keyPem, { cert: recipient.certPem }), message, { outerHeaders: true });
    }
  });

  test('attachments of 0 B, 1 KB and 1 MB with UTF-8 names (RSA 4096 OAEP, AES-128-GCM, files)', async () => {
    const recipient = id('rsa4096');
    const message = attachmentsMessage([recipient]);
    const encrypted = await opensslToKuvert(message, [{ identity: recipient, oaepDigest: 'sha256' }], '-aes-128-gcm');
    await expectSameMessage(await kuvertDecrypt(work, encrypted, recipient.keyPem, { cert: recipient.certPem, viaFiles: true }), message, { outerHeaders: true });
  }, 60_000);

  test('a 10 MB attachment (RSA 2048, AES-256-CBC, files)', async () => {
    const recipient = id('rsa2048');
    const message = tenMegabyteMessage([recipient]);
    const encrypted = await opensslToKuvert(message, [{ identity: recipient }], '-aes256');
    await expectSameMessage(await kuvertDecrypt(work, encrypted, recipient.keyPem, { cert: recipient.certPem, viaFiles: true }), message, { outerHeaders: true });
  }, 90_000);
});
