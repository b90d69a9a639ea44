/**
 * `kuvert sign` with files in and out (the one-pass path), its fallback for 8-bit content (RFC 8551
 * §3.1.2: converted to quoted-printable/base64 first), and several signers, against OpenSSL both ways.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runKuvert, runKuvertOk, errorCodeOf } from '../helpers/kuvert-cli.js';
import { swedishMessage, binaryAttachment, KB } from '../helpers/mime-builder.js';
import { requireTools, runToolOk } from '../helpers/run-tool.js';
import { createTestPki, type TestIdentity, type TestPki } from '../helpers/test-pki.js';

let pki: TestPki;
let work: string;
const id = (label: string): TestIdentity => pki.identity(label);
let n = 0;
const file = (ext: string): string => path.join(work, `f${n++}${ext}`);

beforeAll(async () => {
  requireTools({ openssl: 'openssl' });
  pki = await createTestPki([{ label: 'rsa', spec: 'rsa2048' }, { label: 'ec', spec: 'p256' }]);
  work = await mkdtemp(path.join(os.tmpdir(), 'kuvert-sign-stream-'));
}, 120_000);

afterAll(async () => {
  await pki?.dispose();
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

async function opensslVerify(signed: string): Promise<Buffer> {
  return runToolOk('openssl', ['cms', '-verify', '-in', signed, '-CAfile', pki.caCertPem]);
}

interface VerifyJson { valid: boolean; code: string | null; signer: { email: string } | null; signers: { email: string }[] }

async function kuvertVerify(signed: string): Promise<{ code: number; json: VerifyJson }> {
  const result = await runKuvert(['verify', '--trust', pki.caCertPem, '--revocation', 'off', '--json', '--in', signed]);
  return { code: result.code, json: JSON.parse(result.stdout.toString('utf8')) as VerifyJson };
}

describe('kuvert sign --in FILE --out FILE', () => {
  test.each(['rsa', 'ec'])('%s: one pass; OpenSSL and Kuvert verify; the entity is the input byte for byte', async (label) => {
    const input = file('.eml');
    const raw = swedishMessage({ from: id(label).email, to: ['mottagare@kuvert.test'], attachments: [binaryAttachment(3000 * KB, 'bilaga.bin')] }).raw;
    await writeFile(input, raw);
    const out = file('.eml');
    await runKuvertOk(['sign', '--cert', id(label).certPem, '--key', id(label).keyPem, '--in', input, '--out', out]);
    const entity = await opensslVerify(out);
    expect(Buffer.compare(entity, raw.subarray(raw.indexOf('Content-Type')))).toBe(0);
    const { code, json } = await kuvertVerify(out);
    expect(code).toBe(0);
    expect(json.signer?.email).toBe(id(label).email);
    // One byte of the attachment changed → BAD_SIGNATURE.
    const signed = await readFile(out);
    const at = signed.indexOf('bilaga.bin') + 500;
    signed[at] = signed[at] === 0x41 ? 0x42 : 0x41;
    const tampered = file('.eml');
    await writeFile(tampered, signed);
    const result = await runKuvert(['verify', '--trust', pki.caCertPem, '--revocation', 'off', '--in', tampered]);
    expect(result.code).toBe(2);
    expect(errorCodeOf(result)).toBe('BAD_SIGNATURE');
  });

  test('a UTF-8 8bit body: converted to quoted-printable (all 7-bit), OpenSSL verifies, the text is unchanged, no partial file left', async () => {
    const text = 'Hej Åsa!\r\nHär är läkarintyget för Örjan.\r\n';
    const input = file('.eml');
    await writeFile(input, Buffer.from(`From: ${id('rsa').email}\r\nTo: b@kuvert.test\r\nSubject: intyg\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${text}`, 'utf8'));
    const dir = await mkdtemp(path.join(work, 'out-'));
    const out = path.join(dir, 'signed.eml');
    await runKuvertOk(['sign', '--cert', id('rsa').certPem, '--key', id('rsa').keyPem, '--in', input, '--out', out]);
    expect(await readdir(dir)).toEqual(['signed.eml']);
    const signed = await readFile(out);
    expect(signed.every((byte) => byte < 0x80)).toBe(true);
    expect(signed.toString('latin1')).toContain('Content-Transfer-Encoding: quoted-printable');
    const entityFile = file('.eml');
    await runToolOk('openssl', ['cms', '-verify', '-in', out, '-CAfile', pki.caCertPem, '-out', entityFile]);
    const decoded = await runToolOk('python3', ['-c', 'import email,sys; m=email.message_from_binary_file(open(sys.argv[1],"rb")); sys.stdout.buffer.write(m.get_payload(decode=True))', entityFile]);
    // Python's quoted-printable decoder gives LF line breaks; the characters must be the same.
    expect(decoded.toString('utf8').replace(/\r\n/g, '\n')).toBe(text.replace(/\r\n/g, '\n'));
    expect((await kuvertVerify(out)).json.valid).toBe(true);
  });

  test('regression: --in FIFO with 8-bit content signs the whole message, not what is left in the pipe', async () => {
    const text = 'Hälsningar från Åsa\r\n'.repeat(20_000); // several reads from the pipe
    const raw = Buffer.from(`From: ${id('rsa').email}\r\nTo: b@kuvert.test\r\nSubject: pipe\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${text}`, 'utf8');
    const fifo = file('.fifo');
    await runToolOk('mkfifo', [fifo]);
    const out = file('.eml');
    const signing = runKuvert(['sign', '--cert', id('rsa').certPem, '--key', id('rsa').keyPem, '--in', fifo, '--out', out]);
    await writeFile(fifo, raw);
    const result = await signing;
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const entityFile = file('.eml');
    await runToolOk('openssl', ['cms', '-verify', '-in', out, '-CAfile', pki.caCertPem, '-out', entityFile]);
    const decoded = await runToolOk('python3', ['-c', 'import email,sys; m=email.message_from_binary_file(open(sys.argv[1],"rb")); sys.stdout.buffer.write(m.get_payload(decode=True))', entityFile]);
    expect(decoded.toString('utf8').replace(/\r\n/g, '\n')).toBe(text.replace(/\r\n/g, '\n'));
  });
});

describe('several signers', () => {
  test('kuvert sign --cert A --key A --cert B --key B: OpenSSL verifies both, Kuvert reports both', async () => {
    const input = file('.eml');
    await writeFile(input, swedishMessage({ from: id('rsa').email, to: ['b@kuvert.test'], attachments: [binaryAttachment(20 * KB, 'a.bin')] }).raw);
    for (const shape of ['--detached', '--opaque']) {
      const out = file('.eml');
      await runKuvertOk(['sign', '--cert', id('rsa').certPem, '--key', id('rsa').keyPem, '--cert', id('ec').certPem, '--key', id('ec').keyPem, shape, '--in', input, '--out', out]);
      await opensslVerify(out);
      const signerCerts = file('.pem');
      await runToolOk('openssl', ['cms', '-verify', '-in', out, '-CAfile', pki.caCertPem, '-signer', signerCerts, '-out', '/dev/null']);
      expect((await readFile(signerCerts, 'latin1')).match(/BEGIN CERTIFICATE/g)).toHaveLength(2);
      const { code, json } = await kuvertVerify(out);
      expect(code).toBe(0);
      expect(json.signers.map((s) => s.email)).toEqual([id('rsa').email, id('ec').email]);
      expect(json.signer).toEqual(json.signers[0]);
    }
  });

  test('openssl cms -sign with two signers: Kuvert verifies and reports both; a wrong one fails', async () => {
    const entity = file('.eml');
    await writeFile(entity, 'Content-Type: text/plain; charset=us-ascii\r\n\r\nTvå underskrifter.\r\n');
    const out = file('.eml');
    await runToolOk('openssl', ['cms', '-sign', '-in', entity, '-signer', id('rsa').certPem, '-inkey', id('rsa').keyPem, '-signer', id('ec').certPem, '-inkey', id('ec').keyPem, '-out', out]);
    const { code, json } = await kuvertVerify(out);
    expect(code).toBe(0);
    expect(json.signers.map((s) => s.email).sort()).toEqual([id('ec').email, id('rsa').email].sort());
    // Without the CA the same message is not trusted: every signer is checked, none is skipped.
    const untrusted = await runKuvert(['verify', '--revocation', 'off', '--in', out]);
    expect(untrusted.code).toBe(2);
  });

  test('a --key without a matching --cert is refused before anything is written', async () => {
    const input = file('.eml');
    await writeFile(input, swedishMessage({ from: id('rsa').email, to: ['b@kuvert.test'] }).raw);
    const out = file('.eml');
    const result = await runKuvert(['sign', '--cert', id('rsa').certPem, '--key', id('rsa').keyPem, '--key', id('ec').keyPem, '--in', input, '--out', out]);
    expect(result.code).toBe(2);
    expect(errorCodeOf(result)).toBe('KEY_MISMATCH');
    await expect(readFile(out)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
