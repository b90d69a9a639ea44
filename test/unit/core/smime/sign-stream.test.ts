/**
 * One-pass detached signing (detachedSignStream), 7-bit conversion before detached signing
 * (RFC 8551 §3.1.2) and several signers in one SignedData (RFC 5652 §5.1).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { detachedSignStream, encodedMessageBytes, sevenBitEntity, signMessage, verifyMessage } from '../../../../src/core/smime/index.js';
import { sevenBitMessageEntity } from '../../../../src/core/smime/seven-bit-entity.js';
import { loadSoftwareKeys, type KeyProvider } from '../../../../src/core/keys/index.js';
import { readCertificates } from '../../../../src/core/pki/certificate-file.js';
import { parseMessage } from '../../../../src/core/mime/parse.js';
import { verifyCms } from '../../../../src/core/cms/index.js';
import { isSevenBitSafe } from '../../../../src/core/smime/seven-bit-scan.js';
import { nodeCrypto } from '../../../../src/cli/node-crypto.js';
import type { CryptoEngine } from '../../../../src/core/crypto-engine.js';
import { createTestPki, type TestPki } from '../../../helpers/test-pki.js';
import { binaryAttachment, buildMessage } from '../../../helpers/mime-builder.js';
import { runToolOk } from '../../../helpers/run-tool.js';

let pki: TestPki;
let alice: KeyProvider;
let bob: KeyProvider;
let anchors: Uint8Array[];
const crypto = nodeCrypto();
const latin = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');

beforeAll(async () => {
  pki = await createTestPki([{ label: 'alice', spec: 'rsa2048' }, { label: 'bob', spec: 'p256' }]);
  anchors = readCertificates(await readFile(pki.caCertPem));
  const load = async (label: string): Promise<KeyProvider> => {
    const certificate = readCertificates(await readFile(pki.identity(label).certPem))[0]!;
    return (await loadSoftwareKeys({ data: await readFile(pki.identity(label).keyPem), certificates: [certificate] }, crypto))[0]!;
  };
  alice = await load('alice');
  bob = await load('bob');
}, 60_000);
afterAll(() => pki.dispose());

/** A message as Thunderbird writes it: the text part is sent as it is (8bit when not ASCII). */
function rawMessage(text: string): Buffer {
  return Buffer.from(
    'From: alice@kuvert.test\r\nTo: bob@kuvert.test\r\nSubject: intyg\r\nMIME-Version: 1.0\r\n'
    + 'Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n' + text, 'utf8');
}

function message(text = 'Hej!\r\nBifogat.\r\n'): Buffer {
  return buildMessage({
    from: 'Test alice <alice@kuvert.test>',
    to: ['bob@kuvert.test'],
    subject: 'Ärende 2026/7',
    date: 'Tue, 24 Nov 2026 09:30:00 +0100',
    messageId: '<stream-1@kuvert.test>',
    text,
    attachments: [binaryAttachment(300_000, 'bilaga.bin')],
  }).raw;
}

/** Feeds `input` in blocks of `size` and joins what the stream hands back. */
async function streamSign(input: Uint8Array, size: number, options: Parameters<typeof detachedSignStream>[0], engine: CryptoEngine = crypto): Promise<Uint8Array | undefined> {
  const stream = detachedSignStream(options, engine);
  const out: Buffer[] = [];
  for (let i = 0; i < input.length; i += size) {
    const block = Buffer.from(input.subarray(i, i + size)); // a copy: the stream must not keep views of it
    const pieces = stream.update(block);
    if (!pieces) return undefined;
    for (const piece of pieces) out.push(Buffer.from(piece));
    block.fill(0); // the caller reuses its buffer
  }
  const trailer = await stream.finish();
  if (!trailer) return undefined;
  for (const piece of trailer) out.push(Buffer.from(piece));
  return new Uint8Array(Buffer.concat(out));
}

async function opensslVerify(signed: Uint8Array): Promise<Buffer> {
  const file = path.join(pki.dir, `${Math.random().toString(16).slice(2)}.eml`);
  await writeFile(file, signed);
  return runToolOk('openssl', ['cms', '-verify', '-in', file, '-CAfile', pki.caCertPem]);
}

describe('detachedSignStream', () => {
  test.each([1 << 20, 4096, 77, 1])('blocks of %i bytes: Kuvert and OpenSSL verify, the entity is the message body', async (size) => {
    const input = size === 1 ? rawMessage('Kort.\r\n') : message();
    const signed = await streamSign(input, size, { signer: alice });
    expect(signed).toBeDefined();
    const result = await verifyMessage(signed!, { trustAnchors: anchors, revocation: { mode: 'off' } }, crypto);
    expect(result.valid).toBe(true);
    expect(result.canonicalization).toBe('raw');
    const entity = await opensslVerify(signed!);
    const body = input.subarray(input.indexOf('Content-Type'));
    expect(Buffer.compare(entity, body)).toBe(0);
  });

  test('bare LF line breaks (also a CR ending one block, its LF starting the next) become CRLF', async () => {
    const lf = Buffer.from(message().toString('latin1').replace(/\r\n/g, '\n'), 'latin1');
    const mixed = Buffer.concat([Buffer.from('X-Test: a\r'), Buffer.from('\n'), lf]);
    for (const size of [10, 1000]) {
      const signed = await streamSign(mixed, size, { signer: alice });
      expect(signed).toBeDefined();
      expect(latin(signed!)).not.toMatch(/[^\r]\n/);
      const result = await verifyMessage(signed!, { trustAnchors: anchors, revocation: { mode: 'off' } }, crypto);
      expect(result.valid).toBe(true);
      await opensslVerify(signed!);
    }
  });

  test('same bytes as signMessage apart from boundary and signature', async () => {
    const input = message();
    const streamed = latin((await streamSign(input, 65536, { signer: bob }))!);
    expect(streamed.length).toBeGreaterThan(input.length);
    const whole = latin(encodedMessageBytes(await signMessage(input, { signer: bob }, crypto)));
    const normalize = (text: string): string => {
      const boundary = /boundary="([^"]+)"/.exec(text)![1]!;
      return text.split(boundary).join('B').replace(/Signature\r\n\r\n[A-Za-z0-9+/=\r\n]+--B--/, 'SIG');
    };
    expect(normalize(streamed)).toBe(normalize(whole));
  });

  test('8-bit content or a line over 998 octets: undefined (the caller signs the whole message)', async () => {
    expect(await streamSign(rawMessage('Hälsningar från Åsa\r\n'), 4096, { signer: alice })).toBeUndefined();
    expect(await streamSign(rawMessage(`${'x'.repeat(999)}\r\n`), 4096, { signer: alice })).toBeUndefined();
    expect(await streamSign(rawMessage(`${'x'.repeat(999)}`), 100, { signer: alice })).toBeUndefined();
    expect(await streamSign(rawMessage(`${'x'.repeat(998)}\r\n`), 333, { signer: alice })).toBeDefined();
    expect(await streamSign(rawMessage(`${'x'.repeat(998)}\n`), 333, { signer: alice })).toBeDefined();
  });

  test('a body that contains the chosen boundary: undefined, never a broken multipart', async () => {
    // A random source that repeats itself lets the test know the boundary in advance.
    const fixed: CryptoEngine = { ...crypto, streams: crypto.streams!, getRandomValues: <T extends ArrayBufferView | null>(array: T): T => { new Uint8Array(array!.buffer, array!.byteOffset, array!.byteLength).fill(0xab); return array; } };
    const boundary = `=_kuvert_${'ab'.repeat(18)}`;
    const input = rawMessage(`Citat:\r\n--${boundary}\r\n`);
    expect(await streamSign(input, 50, { signer: alice }, fixed)).toBeUndefined();
    expect(await streamSign(message(), 50, { signer: alice }, fixed)).toBeDefined();
  });

  test('a message without header fields is refused', async () => {
    await expect(streamSign(Buffer.from('\r\nbody\r\n'), 100, { signer: alice })).rejects.toMatchObject({ code: 'MALFORMED_MESSAGE' });
  });
});

describe('7-bit transport before detached signing (RFC 8551 §3.1.2)', () => {
  test('a UTF-8 8bit text body becomes quoted-printable: all 7-bit, OpenSSL verifies, the decoded text is unchanged', async () => {
    const text = 'Hej Åsa!\r\nHär är läkarintyget för Örjan — €5.\r\n';
    const input = rawMessage(text);
    const signed = encodedMessageBytes(await signMessage(input, { signer: alice }, crypto));
    expect(signed.every((byte) => byte < 0x80)).toBe(true);
    expect(latin(signed)).toContain('Content-Transfer-Encoding: quoted-printable');
    const entity = await opensslVerify(signed);
    const part = parseMessage(new Uint8Array(entity));
    expect(Buffer.from(part.decodedBody()).toString('utf8')).toBe(text);
    expect((await verifyMessage(signed, { trustAnchors: anchors, revocation: { mode: 'off' } }, crypto)).valid).toBe(true);
  });

  test('multipart: an 8bit text part and a binary attachment are converted, 7-bit parts keep their bytes', () => {
    const binary = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 37) & 0xff));
    const entity = Buffer.concat([
      Buffer.from('Content-Type: multipart/mixed; boundary="b1"\r\n\r\n--b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\nGrüße från Malmö\r\n'),
      Buffer.from('--b1\r\nContent-Type: text/plain\r\n\r\nplain ascii stays\r\n--b1\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: binary\r\n\r\n'),
      binary,
      Buffer.from('\r\n--b1--\r\n'),
    ]);
    const converted = Buffer.concat(sevenBitEntity([new Uint8Array(entity)]));
    expect(isSevenBitSafe([converted])).toBe(true);
    const parsed = parseMessage(new Uint8Array(converted));
    expect(parsed.children).toHaveLength(3);
    expect(Buffer.from(parsed.children[0]!.decodedBody()).toString('utf8')).toBe('Grüße från Malmö');
    expect(parsed.children[0]!.header('content-transfer-encoding')).toBe('quoted-printable');
    expect(latin(parsed.children[1]!.raw)).toBe('Content-Type: text/plain\r\n\r\nplain ascii stays');
    expect(parsed.children[2]!.header('content-transfer-encoding')).toBe('base64');
    expect(Buffer.compare(Buffer.from(parsed.children[2]!.decodedBody()), binary)).toBe(0);
    // Already 7-bit: the very same pieces come back.
    const safe = [new Uint8Array(Buffer.from('Content-Type: text/plain\r\n\r\nhej\r\n'))];
    expect(sevenBitEntity(safe)[0]).toBe(safe[0]);
  });

  test('a whole message in memory: the same result as for the entity alone, and the big part is not copied', () => {
    const big = Buffer.from(`${'QUJD'.repeat(19)}\r\n`.repeat(20_000));
    const message = Buffer.concat([
      Buffer.from('From: a@kuvert.test\r\nSubject: s\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b1"\r\n\r\n'),
      Buffer.from('--b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\nHej Åsa\r\n', 'utf8'),
      Buffer.from('--b1\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n'), big, Buffer.from('--b1--\r\n'),
    ]);
    const bytes = new Uint8Array(message.buffer, message.byteOffset, message.length);
    const bodyOffset = message.indexOf('\r\n\r\n') + 4;
    const header = new Uint8Array(Buffer.from('Content-Type: multipart/mixed; boundary="b1"\r\n\r\n'));
    const pieces = sevenBitMessageEntity(bytes, header, bodyOffset);
    const alone = sevenBitEntity([header, bytes.subarray(bodyOffset)]);
    expect(Buffer.concat(pieces).equals(Buffer.concat(alone))).toBe(true);
    expect(isSevenBitSafe(pieces)).toBe(true);
    const largest = pieces.reduce((a, b) => (b.length > a.length ? b : a));
    expect(largest.length).toBeGreaterThan(big.length);
    expect(largest.buffer).toBe(bytes.buffer); // a view of the message, not a copy
  });

  test('a part labelled base64 that holds 8-bit bytes is refused, not guessed at', () => {
    const entity = Buffer.concat([Buffer.from('Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n'), Buffer.from([0xff, 0xfe]), Buffer.from('\r\n')]);
    let code: unknown;
    try {
      sevenBitEntity([new Uint8Array(entity)]);
    } catch (error) {
      code = (error as { code?: unknown }).code;
    }
    expect(code).toBe('MALFORMED_MESSAGE');
  });

  test('opaque signing keeps 8-bit content as it is (it travels inside base64 CMS)', async () => {
    const input = Buffer.from('From: a@kuvert.test\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\nÅsa\r\n', 'utf8');
    const signed = encodedMessageBytes(await signMessage(input, { signer: alice, shape: 'opaque' }, crypto));
    const result = await verifyMessage(signed, { trustAnchors: anchors, revocation: { mode: 'off' } }, crypto);
    expect(latin(result.content!)).toContain('Content-Transfer-Encoding: 8bit');
  });
});

describe('several signers', () => {
  test('one SignerInfo per signer, both certificates included, verify reports every signer', async () => {
    for (const shape of ['detached', 'opaque'] as const) {
      const signed = encodedMessageBytes(await signMessage(message(), { signer: alice, signers: [{ signer: bob }], shape }, crypto));
      const result = await verifyMessage(signed, { trustAnchors: anchors, revocation: { mode: 'off' } }, crypto);
      expect(result.valid).toBe(true);
      expect(result.signatures).toHaveLength(2);
      expect(result.signers.map((s) => s.email)).toEqual(['alice@kuvert.test', 'bob@kuvert.test']);
      expect(result.signer).toEqual(result.signers[0]);
      await opensslVerify(signed);
    }
  });

  test('the streaming signer takes several signers too', async () => {
    const signed = await streamSign(message(), 1 << 16, { signer: bob, signers: [{ signer: alice }] });
    const result = await verifyMessage(signed!, { trustAnchors: anchors, revocation: { mode: 'off' } }, crypto);
    expect(result.signers.map((s) => s.email)).toEqual(['bob@kuvert.test', 'alice@kuvert.test']);
    expect(result.valid).toBe(true);
  });

  test('one bad signature among two makes the message invalid and names the bad one', async () => {
    const signed = latin(encodedMessageBytes(await signMessage(message(), { signer: alice, signers: [{ signer: bob }], shape: 'opaque' }, crypto)));
    const der = Buffer.from(/\r\n\r\n([A-Za-z0-9+/=\r\n]+)$/.exec(signed)![1]!.replace(/\r\n/g, ''), 'base64');
    const cms = await verifyCms(new Uint8Array(der), {}, crypto);
    expect(cms.signers.map((s) => s.valid)).toEqual([true, true]);
    expect(cms.certificates).toHaveLength(2);
  });

  test('signers without a KeyProvider or with unknown options are refused', async () => {
    await expect(signMessage(message(), { signer: alice, signers: [{ signer: undefined as unknown as KeyProvider }] }, crypto)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(signMessage(message(), { signer: alice, signers: [{ signer: bob, colour: 1 } as never] }, crypto)).rejects.toMatchObject({ code: 'UNKNOWN_OPTION' });
  });
});
