/**
 * The CLI's failure contract, black box: exit 1 for usage errors, exit 2 with `kuvert: CODE: message`
 * for failures, and on every failure no --out file and nothing on stdout (no partial plaintext).
 * The encrypted inputs are made by OpenSSL, so these tests do not depend on Kuvert's encrypt.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { errorCodeOf, runKuvert } from '../helpers/kuvert-cli.js';
import { binaryAttachment, KB, swedishMessage, type BuiltMessage } from '../helpers/mime-builder.js';
import { opensslDecrypt, opensslEncrypt, scratchFile } from '../helpers/peers.js';
import { requireTools, runTool, runToolOk } from '../helpers/run-tool.js';
import { readSmimeBody, wrapDerAsSmime } from '../helpers/smime-envelope.js';
import { createTestPki, type TestIdentity, type TestPki } from '../helpers/test-pki.js';

let pki: TestPki;
let work: string;
let alice: TestIdentity;
let bob: TestIdentity;
let sent: BuiltMessage;
let cbcMessage: Buffer;
let gcmMessage: Buffer;

beforeAll(async () => {
  requireTools({ openssl: 'openssl' });
  pki = await createTestPki([
    { label: 'alice', spec: 'rsa2048' },
    { label: 'bob', spec: 'rsa2048' },
  ]);
  work = await mkdtemp(path.join(os.tmpdir(), 'kuvert-cli-errors-'));
  alice = pki.identity('alice');
  bob = pki.identity('bob');
  sent = swedishMessage({ from: 'avsandare@kuvert.test', to: [alice.email], attachments: [binaryAttachment(KB, 'intyg.bin')] });
  cbcMessage = await opensslEncrypt(work, sent.entity, [{ identity: alice }], '-aes256', sent.headers);
  gcmMessage = await opensslEncrypt(work, sent.entity, [{ identity: alice }], '-aes-256-gcm', sent.headers);
}, 120_000);

afterAll(async () => {
  await pki?.dispose();
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

/** A fragment of the sent plaintext that must never reach stdout on a failure. */
const plaintextMarker = (): string => sent.spec.messageId.slice(1, 17);

/**
 * Runs the failing command twice: with --out (the file must not exist afterwards) and with stdout
 * (which must stay empty). Both runs must exit `exit` with `kuvert: CODE:` on stderr.
 */
async function expectFailure(args: readonly string[], input: Buffer | undefined, exit: number, codes: readonly string[], env: Record<string, string> = {}): Promise<void> {
  const outFile = scratchFile(work, '.out.eml');
  const withOut = await runKuvert([...args, '--out', outFile], { ...(input === undefined ? {} : { input }), env });
  const toStdout = await runKuvert(args, { ...(input === undefined ? {} : { input }), env });
  for (const result of [withOut, toStdout]) {
    expect({ exit: result.code, stderr: result.stderr }).toEqual({ exit, stderr: expect.stringMatching(/^kuvert: [A-Z0-9_]+: \S/m) as unknown });
    expect(codes).toContain(errorCodeOf(result));
    expect(result.stdout.toString('latin1')).not.toContain(plaintextMarker());
    expect(result.stdout.byteLength).toBe(0);
  }
  expect(existsSync(outFile)).toBe(false);
}

async function inputFile(content: Buffer | string): Promise<string> {
  const file = scratchFile(work, '.in');
  await writeFile(file, content);
  return file;
}

/** Offsets of the last primitive `cont [ 0 ]` (encryptedContent) and of the GCM mac in DER CMS. */
async function locate(der: Buffer): Promise<{ contentStart: number; contentEnd: number; macStart?: number }> {
  const file = await inputFile(der);
  const lines = (await runToolOk('openssl', ['asn1parse', '-inform', 'DER', '-in', file])).toString('utf8').split('\n');
  const parse = (line: string): { offset: number; header: number; length: number } => {
    const m = /^\s*(\d+):d=\d+\s+hl=(\d+)\s+l=\s*(\d+)/.exec(line);
    if (m === null) throw new Error(`unexpected asn1parse line ${line}`);
    return { offset: Number(m[1]), header: Number(m[2]), length: Number(m[3]) };
  };
  const contentIndex = lines.findLastIndex((line) => /prim: cont \[ 0 \]/.test(line));
  const content = parse(lines[contentIndex]!);
  const mac = lines.slice(contentIndex + 1).find((line) => /prim: OCTET STRING/.test(line));
  return {
    contentStart: content.offset + content.header,
    contentEnd: content.offset + content.header + content.length,
    ...(mac === undefined ? {} : { macStart: parse(mac).offset + parse(mac).header }),
  };
}

function flip(bytes: Buffer, index: number, mask: number): void {
  bytes.writeUInt8(bytes.readUInt8(index) ^ mask, index);
}

/** Re-wraps tampered DER with the original outer headers, after checking OpenSSL also rejects it. */
async function tampered(der: Buffer, smimeType: 'enveloped-data' | 'authEnveloped-data'): Promise<Buffer> {
  const message = wrapDerAsSmime(der, sent.headers, smimeType);
  const file = await inputFile(message);
  const openssl = await runTool('openssl', ['cms', '-decrypt', '-binary', '-in', file, '-inkey', alice.keyPem, '-recip', alice.certPem]);
  expect(openssl.code).not.toBe(0);
  return message;
}

describe('decrypt failures exit 2 with a code, and write nothing', () => {
  test('the untampered inputs do decrypt (guards the cases below)', async () => {
    for (const message of [cbcMessage, gcmMessage]) {
      expect((await opensslDecrypt(work, message, alice)).toString('utf8')).toContain(plaintextMarker());
      const result = await runKuvert(['decrypt', '--key', alice.keyPem, '--cert', alice.certPem], { input: message });
      expect({ exit: result.code, stderr: result.stderr }).toEqual({ exit: 0, stderr: '' });
      expect(result.stdout.toString('utf8')).toContain(plaintextMarker());
    }
  });

  test('message truncated in the middle of the base64 body: MALFORMED_CMS', async () => {
    const cut = cbcMessage.indexOf('\n', Math.floor(cbcMessage.length * 0.6));
    expect(cut).toBeGreaterThan(readSmimeBody(cbcMessage).base64Text.length / 2);
    await expectFailure(['decrypt', '--key', alice.keyPem, '--cert', alice.certPem], cbcMessage.subarray(0, cut + 1), 2, ['MALFORMED_CMS']);
  });

  test('not a MIME message at all: MALFORMED_MESSAGE or MIME_BAD_HEADER', async () => {
    await expectFailure(['decrypt', '--key', alice.keyPem, '--cert', alice.certPem], Buffer.from('this line has no colon and no header\r\nbody\r\n'), 2, ['MALFORMED_MESSAGE', 'MIME_BAD_HEADER']);
  });

  test('base64 body with characters outside the alphabet: MIME_BAD_BASE64', async () => {
    const body = readSmimeBody(cbcMessage);
    const garbage = cbcMessage.toString('latin1').replace(body.base64Text.slice(0, 40), '*!@#$%^&()*!@#$%^&()*!@#$%^&()*!@#$%^&()');
    await expectFailure(['decrypt', '--key', alice.keyPem, '--cert', alice.certPem], Buffer.from(garbage, 'latin1'), 2, ['MIME_BAD_BASE64']);
  });

  test('valid base64 of bytes that are not CMS: MALFORMED_CMS', async () => {
    await expectFailure(['decrypt', '--key', alice.keyPem, '--cert', alice.certPem], wrapDerAsSmime(Buffer.from('no ASN.1 here, just text that is long enough'), sent.headers), 2, ['MALFORMED_CMS']);
  });

  test('message for someone else, key given with its certificate: NO_MATCHING_RECIPIENT', async () => {
    await expectFailure(['decrypt', '--key', bob.keyPem, '--cert', bob.certPem], cbcMessage, 2, ['NO_MATCHING_RECIPIENT']);
  });

  test("someone else's key with the recipient's certificate: KEY_MISMATCH or a decrypt failure", async () => {
    await expectFailure(['decrypt', '--key', bob.keyPem, '--cert', alice.certPem], cbcMessage, 2, ['KEY_MISMATCH', 'NO_MATCHING_RECIPIENT', 'DECRYPT_FAILED']);
  });

  test('message for someone else, key from PKCS#12: NO_MATCHING_RECIPIENT', async () => {
    await expectFailure(['decrypt', '--key', bob.p12, '--pass-env', 'KUVERT_TEST_PASS'], gcmMessage, 2, ['NO_MATCHING_RECIPIENT'], { KUVERT_TEST_PASS: pki.p12Password });
  });

  test('wrong key without a certificate (--cert is optional): NO_MATCHING_RECIPIENT or DECRYPT_FAILED', async () => {
    // A bare key cannot be matched to issuerAndSerialNumber; trying it must still fail closed.
    await expectFailure(['decrypt', '--key', bob.keyPem], cbcMessage, 2, ['NO_MATCHING_RECIPIENT', 'DECRYPT_FAILED']);
  });

  test('AES-GCM tag changed: INTEGRITY_CHECK_FAILED, no plaintext released', async () => {
    const der = Buffer.from(readSmimeBody(gcmMessage).der);
    const { macStart } = await locate(der);
    flip(der, macStart!, 0x01);
    await expectFailure(['decrypt', '--key', alice.keyPem, '--cert', alice.certPem], await tampered(der, 'authEnveloped-data'), 2, ['INTEGRITY_CHECK_FAILED']);
  });

  test('AES-GCM ciphertext changed: INTEGRITY_CHECK_FAILED, no plaintext released', async () => {
    const der = Buffer.from(readSmimeBody(gcmMessage).der);
    const { contentStart, contentEnd } = await locate(der);
    flip(der, Math.floor((contentStart + contentEnd) / 2), 0x80);
    await expectFailure(['decrypt', '--key', alice.keyPem, '--cert', alice.certPem], await tampered(der, 'authEnveloped-data'), 2, ['INTEGRITY_CHECK_FAILED']);
  });

  test('AES-CBC ciphertext changed so the padding breaks: DECRYPT_FAILED', async () => {
    // CBC is not authenticated: a change in the middle garbles a block but may still unpad. Flipping
    // the last byte of the next-to-last block by the pad value p turns the final pad byte into 0,
    // which is never valid PKCS#7 padding (RFC 5652 §6.3), so this failure is deterministic.
    const der = Buffer.from(readSmimeBody(cbcMessage).der);
    const { contentEnd } = await locate(der);
    const pad = 16 - (sent.entity.length % 16);
    flip(der, contentEnd - 17, pad);
    await expectFailure(['decrypt', '--key', alice.keyPem, '--cert', alice.certPem], await tampered(der, 'enveloped-data'), 2, ['DECRYPT_FAILED']);
  });

  test('empty input: EMPTY_INPUT (stdin and --in)', async () => {
    await expectFailure(['decrypt', '--key', alice.keyPem, '--cert', alice.certPem], Buffer.alloc(0), 2, ['EMPTY_INPUT']);
    await expectFailure(['decrypt', '--key', alice.keyPem, '--cert', alice.certPem, '--in', await inputFile('')], undefined, 2, ['EMPTY_INPUT']);
  });

  test('wrong PKCS#12 password: BAD_PASSWORD', async () => {
    await expectFailure(['decrypt', '--key', alice.p12, '--pass-env', 'KUVERT_TEST_PASS'], cbcMessage, 2, ['BAD_PASSWORD'], { KUVERT_TEST_PASS: 'fel lösenord' });
  });

  test('missing files: FILE_NOT_FOUND', async () => {
    const missing = path.join(work, 'does-not-exist.eml');
    await expectFailure(['decrypt', '--key', alice.keyPem, '--cert', alice.certPem, '--in', missing], undefined, 2, ['FILE_NOT_FOUND']);
    await expectFailure(['decrypt', '--key', missing, '--cert', alice.certPem], cbcMessage, 2, ['FILE_NOT_FOUND']);
  });
});

describe('encrypt failures exit 2 with a code, and write nothing', () => {
  test('empty input: EMPTY_INPUT', async () => {
    await expectFailure(['encrypt', '--to', alice.certPem], Buffer.alloc(0), 2, ['EMPTY_INPUT']);
  });

  test('missing recipient certificate or input file: FILE_NOT_FOUND', async () => {
    await expectFailure(['encrypt', '--to', path.join(work, 'nobody.pem')], sent.raw, 2, ['FILE_NOT_FOUND']);
    await expectFailure(['encrypt', '--to', alice.certPem, '--in', path.join(work, 'nothing.eml')], undefined, 2, ['FILE_NOT_FOUND']);
  });
});

describe('usage errors exit 1', () => {
  const usageCodes = ['USAGE', 'UNKNOWN_OPTION', 'INVALID_ARGUMENT'];
  test.each([
    ['unknown command', ['frobnicate']],
    ['unknown option', ['encrypt', '--to', 'CERT', '--bogus']],
    ['encrypt without --to', ['encrypt']],
    ['unknown cipher', ['encrypt', '--to', 'CERT', '--cipher', 'des-ede3-cbc']],
    ['unknown key transport', ['encrypt', '--to', 'CERT', '--key-transport', 'raw']],
    ['decrypt without --key', ['decrypt']],
    ['option without its value', ['decrypt', '--key']],
  ])('%s', async (_name, args) => {
    await expectFailure(args.map((arg) => (arg === 'CERT' ? alice.certPem : arg)), sent.raw, 1, usageCodes);
  });
});

describe('help', () => {
  test('kuvert --help exits 0 and lists the commands', async () => {
    const result = await runKuvert(['--help']);
    expect(result.code).toBe(0);
    const text = result.stdout.toString('utf8');
    for (const word of ['encrypt', 'decrypt']) expect(text).toContain(word);
  });

  test.each([
    ['encrypt', ['--to', '--cipher', 'aes256-cbc', 'aes128-cbc', 'aes256-gcm', 'aes128-gcm', '--key-transport', 'pkcs1', 'oaep', '--in', '--out']],
    ['decrypt', ['--key', '--cert', '--pass-env', '--in', '--out']],
  ])('kuvert %s --help exits 0 and mentions every option', async (command, words) => {
    const result = await runKuvert([command, '--help']);
    expect(result.code).toBe(0);
    const text = result.stdout.toString('utf8');
    for (const word of words) expect(text).toContain(word);
  });
});
