/** signMessage / unwrapSignedMessage: shapes, nesting, canonical bytes and tampering (RFC 8551 §3.5, §3.7; RFC 1847). */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { encodedMessageBytes, encryptMessage, signAndEncryptMessage, signMessage, unwrapSignedMessage } from '../../../../src/core/smime/index.js';
import { loadSoftwareKeys, type KeyProvider } from '../../../../src/core/keys/index.js';
import { readCertificates } from '../../../../src/core/pki/certificate-file.js';
import { splitHeaderBlock } from '../../../../src/core/mime/header-field.js';
import { createTestPki, type TestPki } from '../../../helpers/test-pki.js';
import { buildMessage, binaryAttachment } from '../../../helpers/mime-builder.js';
import { runToolOk } from '../../../helpers/run-tool.js';

let pki: TestPki;
let aliceCert: Uint8Array;
let bobCert: Uint8Array;
let alice: KeyProvider;
let bob: KeyProvider;

const latin = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');

function sample(): Buffer {
  return buildMessage({
    from: 'Anna Andersson <alice@kuvert.test>',
    to: ['Bertil Berg <bob@kuvert.test>'],
    subject: 'Ärende 2026/114: läkarintyg',
    date: 'Tue, 24 Nov 2026 09:30:00 +0100',
    messageId: '<sign-1@kuvert.test>',
    text: 'Hej!\r\nHär kommer intyget.\r\n',
    attachments: [binaryAttachment(20_000, 'intyg.pdf')],
  }).raw;
}

beforeAll(async () => {
  pki = await createTestPki([{ label: 'alice', spec: 'rsa2048' }, { label: 'bob', spec: 'p256' }]);
  aliceCert = readCertificates(await readFile(pki.identity('alice').certPem))[0]!;
  bobCert = readCertificates(await readFile(pki.identity('bob').certPem))[0]!;
  alice = (await loadSoftwareKeys({ data: await readFile(pki.identity('alice').keyPem), certificates: [aliceCert] }))[0]!;
  bob = (await loadSoftwareKeys({ data: await readFile(pki.identity('bob').keyPem), certificates: [bobCert] }))[0]!;
}, 60_000);
afterAll(() => pki.dispose());

async function opensslVerify(message: Uint8Array): Promise<Buffer> {
  const file = path.join(pki.dir, `${Math.random().toString(16).slice(2)}.eml`);
  await writeFile(file, message);
  return runToolOk('openssl', ['cms', '-verify', '-in', file, '-CAfile', pki.caCertPem]);
}

describe('signMessage', () => {
  test.each([['alice', 'detached'], ['alice', 'opaque'], ['bob', 'detached'], ['bob', 'opaque']] as const)('%s %s: OpenSSL verifies, Kuvert verifies', async (who, shape) => {
    const signer = who === 'alice' ? alice : bob;
    const signed = encodedMessageBytes(await signMessage(sample(), { signer, shape }));
    const text = latin(signed);
    expect(text).toContain('From: Anna Andersson <alice@kuvert.test>');
    if (shape === 'detached') {
      expect(text).toMatch(/Content-Type: multipart\/signed; protocol="application\/pkcs7-signature";\r\n micalg=sha-256; boundary="/);
      expect(text).toContain('Content-Type: application/pkcs7-signature; name="smime.p7s"');
    } else {
      expect(text).toContain('smime-type=signed-data');
    }
    const entity = await opensslVerify(signed);
    expect(latin(entity)).toContain('Content-Type: multipart/mixed');
    const result = await unwrapSignedMessage(signed);
    expect(result.layers).toHaveLength(1);
    expect(result.layers[0]).toMatchObject({ kind: `signed-${shape}`, canonicalization: 'raw' });
    const layer = result.layers[0]!;
    expect(layer.kind !== 'encrypted' && layer.cms.signers[0]!.valid).toBe(true);
    expect(result.from).toBe('Anna Andersson <alice@kuvert.test>');
  });

  test('SHA-384 detached says micalg=sha-384', async () => {
    const signed = latin(encodedMessageBytes(await signMessage(sample(), { signer: alice, digest: 'SHA-384' })));
    expect(signed).toContain('micalg=sha-384');
  });

  test('an LF-only input is signed in CRLF form', async () => {
    const lf = Buffer.from(latin(sample()).replace(/\r\n/g, '\n'), 'latin1');
    const signed = encodedMessageBytes(await signMessage(lf, { signer: alice }));
    expect(latin(signed)).not.toMatch(/[^\r]\n/);
    await opensslVerify(signed);
  });
});

describe('unwrapSignedMessage', () => {
  async function firstSigner(message: Uint8Array, keys: KeyProvider[] = []): Promise<{ valid: boolean; code?: string }> {
    const result = await unwrapSignedMessage(message, { keys });
    const layer = result.layers.find((l) => l.kind !== 'encrypted');
    if (!layer) throw new Error('no signed layer');
    return layer.cms.signers[0]!;
  }

  test.each([
    ['the body text (quoted-printable)', 'Hej!', 'Hej?'],
    ['a header inside the signed entity', 'Content-Type: text/plain', 'Content-Type: text/plaiN'],
  ])('one byte changed in %s → BAD_SIGNATURE', async (_what, from, to) => {
    const signed = latin(encodedMessageBytes(await signMessage(sample(), { signer: alice })));
    const changed = Buffer.from(signed.replace(Buffer.from(from, 'utf8').toString('latin1'), Buffer.from(to, 'utf8').toString('latin1')), 'latin1');
    expect(changed.equals(Buffer.from(signed, 'latin1'))).toBe(false);
    expect(await firstSigner(changed)).toMatchObject({ valid: false, code: 'BAD_SIGNATURE' });
  });

  test('one byte changed in the attachment (base64) → BAD_SIGNATURE', async () => {
    const signed = Buffer.from(encodedMessageBytes(await signMessage(sample(), { signer: alice })));
    const at = signed.indexOf('Content-Disposition: attachment');
    expect(at).toBeGreaterThan(0);
    const line = signed.indexOf('\r\n\r\n', at) + 10;
    signed[line] = signed[line] === 0x41 ? 0x42 : 0x41;
    expect(await firstSigner(signed)).toMatchObject({ valid: false, code: 'BAD_SIGNATURE' });
  });

  test('an outer header (Subject) is not covered: still valid', async () => {
    const signed = latin(encodedMessageBytes(await signMessage(sample(), { signer: alice })));
    expect(await firstSigner(Buffer.from(signed.replace('Subject:', 'Subject: Fw:'), 'latin1'))).toMatchObject({ valid: true });
  });

  test('a detached message saved with LF line breaks verifies after canonicalization, and says so', async () => {
    const signed = latin(encodedMessageBytes(await signMessage(sample(), { signer: bob })));
    const result = await unwrapSignedMessage(Buffer.from(signed.replace(/\r\n/g, '\n'), 'latin1'));
    expect(result.layers[0]).toMatchObject({ kind: 'signed-detached', canonicalization: 'crlf' });
  });

  test('sign then encrypt: the signature is found after decryption; without keys the layer stays closed', async () => {
    const message = encodedMessageBytes(await signAndEncryptMessage(sample(), { sign: { signer: alice }, encrypt: { recipients: [{ certificate: bobCert }] } }));
    expect(latin(message)).toContain('smime-type=enveloped-data');
    const closed = await unwrapSignedMessage(message);
    expect(closed.layers).toEqual([{ kind: 'encrypted', type: 'enveloped-data', opened: false }]);
    const opened = await unwrapSignedMessage(message, { keys: [bob] });
    expect(opened.layers.map((l) => l.kind)).toEqual(['encrypted', 'signed-detached']);
    expect(await firstSigner(message, [bob])).toMatchObject({ valid: true });
  });

  test('encrypted inside signed, and triple wrap (signed, encrypted, signed)', async () => {
    const encrypted = encodedMessageBytes(await encryptMessage(sample(), { recipients: [{ certificate: bobCert }] }));
    const outer = encodedMessageBytes(await signMessage(encrypted, { signer: alice }));
    const opened = await unwrapSignedMessage(outer, { keys: [bob] });
    expect(opened.layers.map((l) => l.kind)).toEqual(['signed-detached', 'encrypted']);
    const inner = encodedMessageBytes(await signAndEncryptMessage(sample(), { sign: { signer: bob, shape: 'opaque' }, encrypt: { recipients: [{ certificate: bobCert }] } }));
    const triple = encodedMessageBytes(await signMessage(inner, { signer: alice }));
    const result = await unwrapSignedMessage(triple, { keys: [bob] });
    expect(result.layers.map((l) => l.kind)).toEqual(['signed-detached', 'encrypted', 'signed-opaque']);
    for (const layer of result.layers) if (layer.kind !== 'encrypted') expect(layer.cms.signers[0]!.valid).toBe(true);
    expect(latin(result.content!)).toContain('Content-Type: multipart/mixed');
  });

  test('a plain message has no layers', async () => {
    const result = await unwrapSignedMessage(sample());
    expect(result.layers).toEqual([]);
    expect(splitHeaderBlock(result.content!).fields.length).toBeGreaterThan(0);
  });
});
