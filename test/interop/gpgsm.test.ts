/**
 * Kuvert ↔ GnuPG gpgsm (2.2), in a home dir and agent of its own. gpgsm 2.2 does RSAES-PKCS1-v1_5
 * with AES-128/192/256-CBC (--cipher-algo; default AES-128); it cannot decrypt OAEP or AES-GCM
 * ("Buffer too short"), its EC support crashes on PKCS#12 import, and it reads only PKCS#12 with
 * PBE-SHA1-3DES (not OpenSSL 3's PBES2 default). So the matrix is RSA + PKCS#1 v1.5 + AES-CBC.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expectSameMessage, expectSmimeEnvelope } from '../helpers/compare-mime.js';
import { kuvertDecrypt, kuvertEncrypt } from '../helpers/kuvert-cli.js';
import { binaryAttachment, KB, MB, swedishMessage, type BuiltMessage } from '../helpers/mime-builder.js';
import { cmsOids, GpgsmHome, KUVERT_CIPHER_OID, OID } from '../helpers/peers.js';
import { requireTools } from '../helpers/run-tool.js';
import { wrapDerAsSmime } from '../helpers/smime-envelope.js';
import { createTestPki, type TestIdentity, type TestPki } from '../helpers/test-pki.js';

const RSA = ['rsa2048', 'rsa3072'] as const;

let pki: TestPki;
let gpgsm: GpgsmHome;
let work: string;
const id = (label: string): TestIdentity => pki.identity(label);

beforeAll(async () => {
  requireTools({ openssl: 'openssl', gpgsm: 'gpgsm', 'gpg-agent': 'gpg-agent (gnupg)', gpgconf: 'gpgconf (gnupg)' });
  pki = await createTestPki(RSA.map((spec) => ({ label: spec, spec })));
  gpgsm = await GpgsmHome.create(pki, RSA.map(id));
  work = await mkdtemp(path.join(os.tmpdir(), 'kuvert-gpgsm-work-'));
}, 120_000);

afterAll(async () => {
  if (gpgsm !== undefined) {
    await gpgsm.dispose();
    await rm(gpgsm.dir, { recursive: true, force: true });
  }
  await pki?.dispose();
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

function message(to: readonly TestIdentity[], attachmentSizes: readonly number[] = [KB]): BuiltMessage {
  return swedishMessage({
    from: 'avsandare@kuvert.test',
    to: to.map((r) => r.email),
    attachments: attachmentSizes.map((size, i) => binaryAttachment(size, `Underlag ${i + 1} för Ärende Ö.bin`)),
  });
}

describe('Kuvert encrypts, gpgsm decrypts', () => {
  describe.each(RSA)('RSA %s', (label) => {
    test.each(['aes128-cbc', 'aes256-cbc'] as const)('PKCS#1 v1.5, %s', async (cipher) => {
      const recipient = id(label);
      const sent = message([recipient]);
      const encrypted = await kuvertEncrypt(work, sent.raw, [recipient.certPem], { cipher, keyTransport: 'pkcs1' });
      const body = expectSmimeEnvelope(encrypted, sent, 'enveloped-data');
      expect(await cmsOids(work, body.der)).toContain(KUVERT_CIPHER_OID[cipher]);
      // gpgsm reads the base64 exactly as Kuvert wrote it (--assume-base64).
      await expectSameMessage(await gpgsm.decryptBase64(body.base64Text), sent, { outerHeaders: false });
    });
  });

  test('two recipients, attachments of 0 B, 1 KB and 1 MB (defaults)', async () => {
    const recipients = [id('rsa2048'), id('rsa3072')];
    const sent = message(recipients, [0, KB, MB]);
    const encrypted = await kuvertEncrypt(work, sent.raw, recipients.map((r) => r.certPem), { viaFiles: true });
    const body = expectSmimeEnvelope(encrypted, sent, 'enveloped-data');
    await expectSameMessage(await gpgsm.decryptBase64(body.base64Text), sent, { outerHeaders: false });
  }, 60_000);
});

describe('gpgsm encrypts, Kuvert decrypts', () => {
  describe.each(RSA)('RSA %s', (label) => {
    test.each([
      ['AES128', OID.aes128cbc],
      ['AES256', OID.aes256cbc],
    ] as const)('PKCS#1 v1.5, --cipher-algo %s', async (cipherAlgo, cipherOid) => {
      const recipient = id(label);
      const sent = message([recipient]);
      const der = await gpgsm.encrypt(sent.entity, [recipient], cipherAlgo);
      expect(await cmsOids(work, der)).toEqual(expect.arrayContaining([OID.envelopedData, OID.rsaEncryption, cipherOid]));
      const decrypted = await kuvertDecrypt(work, wrapDerAsSmime(der, sent.headers), recipient.keyPem, { cert: recipient.certPem });
      await expectSameMessage(decrypted, sent, { outerHeaders: true });
    });
  });

  test('two recipients, attachments of 0 B, 1 KB and 1 MB, default cipher: each key decrypts (one from PKCS#12)', async () => {
    const recipients = [id('rsa2048'), id('rsa3072')];
    const sent = message(recipients, [0, KB, MB]);
    const smime = wrapDerAsSmime(await gpgsm.encrypt(sent.entity, recipients), sent.headers);
    await expectSameMessage(await kuvertDecrypt(work, smime, recipients[0]!.keyPem, { cert: recipients[0]!.certPem, viaFiles: true }), sent, { outerHeaders: true });
    const fromP12 = await kuvertDecrypt(work, smime, recipients[1]!.p12, { password: pki.p12Password, viaFiles: true });
    await expectSameMessage(fromP12, sent, { outerHeaders: true });
  }, 60_000);
});
