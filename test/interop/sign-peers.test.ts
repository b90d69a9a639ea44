/**
 * Signatures both ways with OpenSSL (cms and smime), NSS cmsutil and GnuPG gpgsm: each peer verifies
 * what `kuvert sign` makes, and `kuvert verify` accepts what each peer signs. gpgsm 2.2 is RSA only
 * (its EC PKCS#12 import crashes); NSS signs opaque DER, which is wrapped as application/pkcs7-mime.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runKuvert, runKuvertOk } from '../helpers/kuvert-cli.js';
import { swedishMessage, binaryAttachment, KB } from '../helpers/mime-builder.js';
import { GpgsmHome, NssDb, scratchFile } from '../helpers/peers.js';
import { requireTools, runTool, runToolOk } from '../helpers/run-tool.js';
import { createTestPki, type TestIdentity, type TestPki } from '../helpers/test-pki.js';

let pki: TestPki;
let nss: NssDb;
let gpgsm: GpgsmHome;
let work: string;
const id = (label: string): TestIdentity => pki.identity(label);

beforeAll(async () => {
  requireTools({ openssl: 'openssl', cmsutil: 'libnss3-tools', gpgsm: 'gpgsm' });
  pki = await createTestPki([{ label: 'rsa', spec: 'rsa2048' }, { label: 'ec', spec: 'p256' }]);
  nss = await NssDb.create(pki, [id('rsa'), id('ec')]);
  gpgsm = await GpgsmHome.create(pki, [id('rsa')]);
  work = await mkdtemp(path.join(os.tmpdir(), 'kuvert-sign-interop-'));
}, 120_000);

afterAll(async () => {
  if (gpgsm !== undefined) {
    await gpgsm.dispose();
    await rm(gpgsm.dir, { recursive: true, force: true });
  }
  if (nss !== undefined) await rm(nss.dir, { recursive: true, force: true });
  await pki?.dispose();
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

function message(from: TestIdentity): Buffer {
  return swedishMessage({ from: from.email, to: ['mottagare@kuvert.test'], attachments: [binaryAttachment(3 * KB, 'Underlag för Ärende.bin')] }).raw;
}

async function kuvertSign(signer: TestIdentity, shape: 'detached' | 'opaque'): Promise<Buffer> {
  const input = scratchFile(work, '.eml');
  await writeFile(input, message(signer));
  return runKuvertOk(['sign', '--cert', signer.certPem, '--key', signer.keyPem, `--${shape}`, '--in', input]);
}

async function kuvertVerify(signed: Buffer): Promise<{ code: number; json: { valid: boolean; code: string | null; layers: string[] } }> {
  const input = scratchFile(work, '.eml');
  await writeFile(input, signed);
  const result = await runKuvert(['verify', '--trust', pki.caCertPem, '--json', '--in', input]);
  return { code: result.code, json: JSON.parse(result.stdout.toString('utf8')) as { valid: boolean; code: string | null; layers: string[] } };
}

/** The DER of a Kuvert-signed message's CMS (smime.p7s or smime.p7m) and, if detached, the signed part. */
function cmsParts(signed: Buffer): { der: Buffer; content?: Buffer } {
  const text = signed.toString('latin1');
  const boundary = /boundary="([^"]+)"/.exec(text)?.[1];
  if (!boundary) return { der: Buffer.from(text.slice(text.indexOf('\r\n\r\n') + 4), 'base64') };
  const delimiter = `\r\n--${boundary}`;
  const first = text.indexOf(`--${boundary}\r\n`) + boundary.length + 4;
  const end = text.indexOf(delimiter, first);
  const sigStart = text.indexOf('\r\n\r\n', end + delimiter.length) + 4;
  const sigEnd = text.indexOf(`--${boundary}--`, sigStart);
  return { der: Buffer.from(text.slice(sigStart, sigEnd), 'base64'), content: Buffer.from(text.slice(first, end), 'latin1') };
}

const SIGNERS = ['rsa', 'ec'] as const;
const SHAPES = ['detached', 'opaque'] as const;

describe('Kuvert signs, peers verify', () => {
  test.each(SIGNERS.flatMap((s) => SHAPES.map((shape) => [s, shape] as const)))('%s %s: openssl cms and openssl smime', async (label, shape) => {
    const signed = await kuvertSign(id(label), shape);
    const file = scratchFile(work, '.eml');
    await writeFile(file, signed);
    const cms = await runToolOk('openssl', ['cms', '-verify', '-in', file, '-CAfile', pki.caCertPem]);
    expect(cms.toString('latin1')).toContain('Content-Type: multipart/mixed');
    await runToolOk('openssl', ['smime', '-verify', '-in', file, '-CAfile', pki.caCertPem, '-out', '/dev/null']);
  });

  test.each(SIGNERS.flatMap((s) => SHAPES.map((shape) => [s, shape] as const)))('%s %s: NSS cmsutil -D', async (label, shape) => {
    const { der, content } = cmsParts(await kuvertSign(id(label), shape));
    const input = scratchFile(nss.dir, '.der');
    await writeFile(input, der);
    const args = ['-D', '-d', `sql:${nss.dir}`, '-i', input, '-o', scratchFile(nss.dir, '.out'), '-u', '4'];
    if (content) {
      const contentFile = scratchFile(nss.dir, '.content');
      await writeFile(contentFile, content);
      args.push('-c', contentFile);
    }
    const result = await runTool('cmsutil', args);
    expect(`${result.code} ${result.stderr}`).toMatch(/^0 /);
    expect(result.stderr).not.toMatch(/invalid|bad signature/i);
  });

  test.each(SHAPES)('rsa %s: gpgsm --verify', async (shape) => {
    const { der, content } = cmsParts(await kuvertSign(id('rsa'), shape));
    const sig = scratchFile(gpgsm.dir, '.p7s');
    await writeFile(sig, der);
    const args = ['--verify', sig];
    if (content) {
      const contentFile = scratchFile(gpgsm.dir, '.content');
      await writeFile(contentFile, content);
      args.push(contentFile);
    }
    await gpgsm.gpgsm(['--status-fd', '2', ...args]);
  });
});

describe('peers sign, Kuvert verifies', () => {
  test.each(SIGNERS.flatMap((s) => (['cms', 'smime', 'cms -nodetach'] as const).map((how) => [s, how] as const)))('%s openssl %s', async (label, how) => {
    const signer = id(label);
    const entity = swedishMessage({ from: signer.email, to: ['mottagare@kuvert.test'] }).entity;
    const input = scratchFile(work, '.entity');
    await writeFile(input, entity);
    const [tool, ...extra] = how.split(' ');
    const signed = await runToolOk('openssl', [tool!, '-sign', '-binary', '-in', input, '-signer', signer.certPem, '-inkey', signer.keyPem, '-from', signer.email, '-to', 'mottagare@kuvert.test', '-subject', 'Signerat', ...extra]);
    const { code, json } = await kuvertVerify(signed);
    expect(json).toMatchObject({ valid: true, code: null });
    expect(code).toBe(0);
  });

  test.each(SIGNERS)('%s NSS cmsutil -S (opaque)', async (label) => {
    const signer = id(label);
    const entity = swedishMessage({ from: signer.email, to: ['mottagare@kuvert.test'] }).entity;
    const input = scratchFile(nss.dir, '.entity');
    const output = scratchFile(nss.dir, '.der');
    await writeFile(input, entity);
    await runToolOk('cmsutil', ['-S', '-d', `sql:${nss.dir}`, '-N', label, '-i', input, '-o', output, '-G', '-P', '-Y', 'NONE']);
    const der = await readFile(output);
    const smime = Buffer.from(`From: ${signer.email}\r\nTo: mottagare@kuvert.test\r\nSubject: NSS\r\nMIME-Version: 1.0\r\nContent-Type: application/pkcs7-mime; smime-type=signed-data; name=smime.p7m\r\nContent-Transfer-Encoding: base64\r\n\r\n${der.toString('base64').replace(/.{76}/g, '$&\r\n')}\r\n`);
    const { code, json } = await kuvertVerify(smime);
    expect(json).toMatchObject({ valid: true, layers: ['signed-opaque'] });
    expect(code).toBe(0);
  });

  test('rsa gpgsm --detach-sign as multipart/signed', async () => {
    const signer = id('rsa');
    const entity = swedishMessage({ from: signer.email, to: ['mottagare@kuvert.test'] }).entity;
    const input = scratchFile(gpgsm.dir, '.entity');
    const output = scratchFile(gpgsm.dir, '.p7s');
    await writeFile(input, entity);
    await gpgsm.gpgsm(['--local-user', signer.email, '--output', output, '--detach-sign', input]);
    const sig = (await readFile(output)).toString('base64').replace(/.{76}/g, '$&\r\n');
    const b = 'gpgsm-boundary-1';
    const smime = Buffer.concat([
      Buffer.from(`From: ${signer.email}\r\nTo: mottagare@kuvert.test\r\nSubject: gpgsm\r\nMIME-Version: 1.0\r\nContent-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary="${b}"\r\n\r\n--${b}\r\n`),
      entity,
      Buffer.from(`\r\n--${b}\r\nContent-Type: application/pkcs7-signature; name=smime.p7s\r\nContent-Transfer-Encoding: base64\r\n\r\n${sig}\r\n--${b}--\r\n`),
    ]);
    const { code, json } = await kuvertVerify(smime);
    expect(json).toMatchObject({ valid: true, layers: ['signed-detached'] });
    expect(code).toBe(0);
  });
});
