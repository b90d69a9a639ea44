/**
 * Kuvert ↔ NSS `cmsutil`. NSS 3.87 handles only RSAES-PKCS1-v1_5 key transport and AES-CBC content
 * encryption (it encrypts with AES-128-CBC only; no OAEP, no AuthEnvelopedData, no EC key agreement),
 * so that is the matrix. cmsutil works on DER CMS: the smime.p7m body is decoded for it, and its
 * output is wrapped as an S/MIME message for Kuvert.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expectSameMessage, expectSmimeEnvelope } from '../helpers/compare-mime.js';
import { kuvertDecrypt, kuvertEncrypt } from '../helpers/kuvert-cli.js';
import { binaryAttachment, KB, MB, swedishMessage, type BuiltMessage } from '../helpers/mime-builder.js';
import { cmsOids, KUVERT_CIPHER_OID, NssDb, OID } from '../helpers/peers.js';
import { requireTools } from '../helpers/run-tool.js';
import { wrapDerAsSmime } from '../helpers/smime-envelope.js';
import { createTestPki, type TestIdentity, type TestPki } from '../helpers/test-pki.js';

const RSA = ['rsa2048', 'rsa3072'] as const;

let pki: TestPki;
let nss: NssDb;
let work: string;
const id = (label: string): TestIdentity => pki.identity(label);

beforeAll(async () => {
  requireTools({ openssl: 'openssl', certutil: 'libnss3-tools', pk12util: 'libnss3-tools', cmsutil: 'libnss3-tools' });
  pki = await createTestPki(RSA.map((spec) => ({ label: spec, spec })));
  nss = await NssDb.create(pki, RSA.map(id));
  work = await mkdtemp(path.join(os.tmpdir(), 'kuvert-nss-work-'));
}, 120_000);

afterAll(async () => {
  await pki?.dispose();
  for (const dir of [nss?.dir, work]) if (dir !== undefined) await rm(dir, { recursive: true, force: true });
});

function message(to: readonly TestIdentity[], attachmentSizes: readonly number[] = [KB]): BuiltMessage {
  return swedishMessage({
    from: 'avsandare@kuvert.test',
    to: to.map((r) => r.email),
    attachments: attachmentSizes.map((size, i) => binaryAttachment(size, `Bilaga ${i + 1} – intyg åäö ÅÄÖ.bin`)),
  });
}

describe('Kuvert encrypts, NSS cmsutil decrypts', () => {
  describe.each(RSA)('RSA %s', (label) => {
    test.each(['aes128-cbc', 'aes256-cbc'] as const)('PKCS#1 v1.5, %s', async (cipher) => {
      const recipient = id(label);
      const sent = message([recipient]);
      const encrypted = await kuvertEncrypt(work, sent.raw, [recipient.certPem], { cipher, keyTransport: 'pkcs1' });
      const { der } = expectSmimeEnvelope(encrypted, sent, 'enveloped-data');
      expect(await cmsOids(work, der)).toContain(KUVERT_CIPHER_OID[cipher]);
      await expectSameMessage(await nss.decrypt(der), sent, { outerHeaders: false });
    });
  });

  test('two recipients, attachments of 0 B, 1 KB and 1 MB (defaults)', async () => {
    const recipients = [id('rsa2048'), id('rsa3072')];
    const sent = message(recipients, [0, KB, MB]);
    const encrypted = await kuvertEncrypt(work, sent.raw, recipients.map((r) => r.certPem), { viaFiles: true });
    const { der } = expectSmimeEnvelope(encrypted, sent, 'enveloped-data');
    await expectSameMessage(await nss.decrypt(der), sent, { outerHeaders: false });
  }, 60_000);
});

describe('NSS cmsutil encrypts, Kuvert decrypts', () => {
  describe.each(RSA)('RSA %s', (label) => {
    test('PKCS#1 v1.5, AES-128-CBC, key as PKCS#8 PEM', async () => {
      const recipient = id(label);
      const sent = message([recipient]);
      const der = await nss.encrypt(sent.entity, [recipient]);
      const oids = await cmsOids(work, der);
      expect(oids).toEqual(expect.arrayContaining([OID.envelopedData, OID.rsaEncryption, OID.aes128cbc]));
      const decrypted = await kuvertDecrypt(work, wrapDerAsSmime(der, sent.headers), recipient.keyPem, { cert: recipient.certPem });
      await expectSameMessage(decrypted, sent, { outerHeaders: true });
    });

    test('key from PKCS#12', async () => {
      const recipient = id(label);
      const sent = message([recipient]);
      const der = await nss.encrypt(sent.entity, [recipient]);
      const decrypted = await kuvertDecrypt(work, wrapDerAsSmime(der, sent.headers), recipient.p12, { password: pki.p12Password });
      await expectSameMessage(decrypted, sent, { outerHeaders: true });
    });
  });

  test('two recipients, attachments of 0 B, 1 KB and 1 MB: each key decrypts', async () => {
    const recipients = [id('rsa2048'), id('rsa3072')];
    const sent = message(recipients, [0, KB, MB]);
    const smime = wrapDerAsSmime(await nss.encrypt(sent.entity, recipients), sent.headers);
    for (const recipient of recipients) {
      await expectSameMessage(await kuvertDecrypt(work, smime, recipient.keyPem, { cert: recipient.certPem, viaFiles: true }), sent, { outerHeaders: true });
    }
  }, 60_000);
});
