/**
 * `kuvert verify --online` fetches a missing intermediate from the signer certificate's AIA
 * caIssuers URL (RFC 5280 §4.2.2.1), served by a local HTTP server on 127.0.0.1 as DER and as a
 * certs-only .p7c; offline (the default) it does not, and an unreachable AIA location gives
 * UNTRUSTED_CHAIN with a message that names it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runKuvert, runKuvertOk, errorCodeOf } from '../helpers/kuvert-cli.js';
import { requireTools, runToolOk } from '../helpers/run-tool.js';

let work: string;
let server: http.Server;
let port: number;
let deadPort: number;
const requests: string[] = [];
const f = (name: string): string => path.join(work, name);

async function listen(handler: http.RequestListener): Promise<http.Server> {
  const s = http.createServer(handler);
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return s;
}

async function close(s: http.Server): Promise<void> {
  await new Promise<void>((resolve) => s.close(() => resolve()));
}

/** A leaf issued by the intermediate, whose AIA caIssuers is `url`. */
async function leaf(name: string, url: string): Promise<void> {
  await writeFile(f(`${name}.ext`), `basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\nextendedKeyUsage=emailProtection\nsubjectAltName=email:${name}@kuvert.test\nauthorityInfoAccess=caIssuers;URI:${url}\n`);
  await runToolOk('openssl', ['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', f(`${name}.key`), '-out', f(`${name}.csr`), '-subj', `/O=Kuvert test/CN=${name}`]);
  await runToolOk('openssl', ['x509', '-req', '-in', f(`${name}.csr`), '-CA', f('int.pem'), '-CAkey', f('int.key'), '-set_serial', String(100 + requests.length + name.length), '-days', '2', '-extfile', f(`${name}.ext`), '-out', f(`${name}.pem`)]);
}

async function signedBy(name: string): Promise<string> {
  const input = f(`${name}.eml`);
  await writeFile(input, `From: ${name}@kuvert.test\r\nTo: b@kuvert.test\r\nSubject: AIA\r\nContent-Type: text/plain\r\n\r\nHej.\r\n`);
  const out = f(`${name}.signed.eml`);
  // Only the leaf: the intermediate is not in the message.
  await runKuvertOk(['sign', '--cert', f(`${name}.pem`), '--key', f(`${name}.key`), '--in', input, '--out', out]);
  return out;
}

beforeAll(async () => {
  requireTools({ openssl: 'openssl' });
  work = await mkdtemp(path.join(os.tmpdir(), 'kuvert-aia-'));
  const ca = 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\nsubjectKeyIdentifier=hash\n';
  await writeFile(f('ca.ext'), ca);
  await runToolOk('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', f('root.key'), '-out', f('root.pem'), '-days', '2', '-subj', '/O=Kuvert test/CN=AIA root', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
  await runToolOk('openssl', ['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', f('int.key'), '-out', f('int.csr'), '-subj', '/O=Kuvert test/CN=AIA intermediate']);
  await runToolOk('openssl', ['x509', '-req', '-in', f('int.csr'), '-CA', f('root.pem'), '-CAkey', f('root.key'), '-set_serial', '2', '-days', '2', '-extfile', f('ca.ext'), '-out', f('int.pem')]);
  await runToolOk('openssl', ['x509', '-in', f('int.pem'), '-outform', 'DER', '-out', f('int.cer')]);
  await runToolOk('openssl', ['crl2pkcs7', '-nocrl', '-certfile', f('int.pem'), '-outform', 'DER', '-out', f('int.p7c')]);
  const der = await readFile(f('int.cer'));
  const p7c = await readFile(f('int.p7c'));
  server = await listen((req, res) => {
    requests.push(req.url ?? '');
    if (req.url === '/int.cer') res.writeHead(200, { 'content-type': 'application/pkix-cert' }).end(der);
    else if (req.url === '/int.p7c') res.writeHead(200, { 'content-type': 'application/pkcs7-mime' }).end(p7c);
    else res.writeHead(404).end();
  });
  port = (server.address() as AddressInfo).port;
  // A port that was free a moment ago and has no listener now: the AIA server is down.
  const gone = await listen(() => undefined);
  deadPort = (gone.address() as AddressInfo).port;
  await close(gone);
  await leaf('der', `http://127.0.0.1:${port}/int.cer`);
  await leaf('p7c', `http://127.0.0.1:${port}/int.p7c`);
  await leaf('down', `http://127.0.0.1:${deadPort}/int.cer`);
  await leaf('missing', `http://127.0.0.1:${port}/nothing.cer`);
}, 120_000);

afterAll(async () => {
  if (server !== undefined) await close(server);
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

interface VerifyJson { valid: boolean; code: string | null; message: string | null; chain: { name: string }[]; warnings: string[] }

async function verify(signed: string, ...extra: string[]): Promise<{ code: number; json: VerifyJson; stderr: string }> {
  const result = await runKuvert(['verify', '--trust', f('root.pem'), '--revocation', 'off', '--json', ...extra, '--in', signed]);
  return { code: result.code, json: JSON.parse(result.stdout.toString('utf8')) as VerifyJson, stderr: result.stderr };
}

test.each(['der', 'p7c'])('--online: the intermediate is fetched from AIA (%s) and the chain is trusted', async (name) => {
  const signed = await signedBy(name);
  const before = requests.length;
  const { code, json } = await verify(signed, '--online');
  expect(code).toBe(0);
  expect(json.valid).toBe(true);
  expect(json.chain.map((c) => c.name)).toContain('AIA intermediate');
  expect(requests.slice(before)).toEqual([`/int.${name === 'der' ? 'cer' : 'p7c'}`]);
});

test('offline (the default, or --offline): no request, UNTRUSTED_CHAIN', async () => {
  const signed = await signedBy('der');
  const before = requests.length;
  for (const flags of [[], ['--offline']]) {
    const { code, json } = await verify(signed, ...flags);
    expect(code).toBe(2);
    expect(json.code).toBe('UNTRUSTED_CHAIN');
    // The message says where the issuer could be found, and that it was not fetched.
    expect(json.message).toContain(`http://127.0.0.1:${port}/int.cer (AIA), which were not fetched`);
  }
  expect(requests.length).toBe(before);
  // With the intermediate given locally, offline works.
  expect((await verify(signed, '--intermediate', f('int.pem'))).code).toBe(0);
  const both = await runKuvert(['verify', '--online', '--offline', '--in', signed]);
  expect(both.code).toBe(1);
});

test('AIA server down: UNTRUSTED_CHAIN, and the message names the unreachable location', async () => {
  const signed = await signedBy('down');
  const result = await verify(signed, '--online');
  expect(result.code).toBe(2);
  expect(result.json.code).toBe('UNTRUSTED_CHAIN');
  expect(result.json.message).toContain(`http://127.0.0.1:${deadPort}/int.cer`);
  expect(result.json.message).toMatch(/could not be fetched/);
  expect(result.json.warnings).toContain('AIA_UNAVAILABLE');
  expect(result.stderr).toContain(`127.0.0.1:${deadPort}`);
});

test('AIA location answers 404: UNTRUSTED_CHAIN naming the HTTP status', async () => {
  const signed = await signedBy('missing');
  const result = await verify(signed, '--online');
  expect(result.json.code).toBe('UNTRUSTED_CHAIN');
  expect(result.json.message).toContain('HTTP 404');
  expect(errorCodeOf({ code: result.code, stdout: Buffer.alloc(0), stderr: result.stderr })).toBe('UNTRUSTED_CHAIN');
});
