// E2E: the read pane's other approved destinations (issue 8) with a real companion on a SoftHSM2
// card. In the playground's read mode a Kuvert-made signed and encrypted message is decrypted after
// the PIN; Save to the SharePoint library (the companion renders the .eml, PDF and attachments, the
// pane uploads them to the fake Graph's drive) gives a receipt whose hashes match what the library
// holds, and the .eml is the decrypted message; Forward to the registrar (signed with the card after
// its PIN, encrypted to the registrar's pinned certificate) sends a mail the fake Graph records,
// which `openssl cms -decrypt` opens with the registrar's key and which carries the original; then
// the mail is deleted. Debian's Chromium through playwright-core.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { nodeCrypto } from '../../src/cli/node-crypto.js';
import { Pkcs11Module } from '../../src/companion/pkcs11/index.js';
import { ensureLocalTls } from '../../src/companion/server/local-tls.js';
import { startCompanionServer, type CompanionServer } from '../../src/companion/server/companion-server.js';
import { loadSoftwareKeys } from '../../src/core/keys/index.js';
import { encodedMessageBytes, signAndEncryptMessage } from '../../src/core/smime/index.js';
import { startPlayground, type Playground } from '../../src/playground/server.js';
import { ADDIN_DIR, SCREENSHOTS, ensureAddinBuilt, launchE2eChromium, type E2eBrowser } from '../helpers/e2e-chromium.js';
import { freePort } from '../helpers/free-port.js';
import { createSoftHsm, USER_PIN, type SoftHsm } from '../helpers/softhsm.js';
import { createTestPki, type TestPki } from '../helpers/test-pki.js';
import { pairWithCompanion, seriousAxeViolations, typePin } from '../helpers/e2e-pane.js';

const TEXT = 'Provsvar: inga fynd. Återkom vid behov.';
const ITEM = 'AAMkAGRlc3RpbmF0aW9ucw';
const DRIVE = 'b!e2e-library_01';
const FOLDER = 'Diarium/Inkommande';

let pki: TestPki;
let hsm: SoftHsm;
let card: Pkcs11Module;
let companion: CompanionServer;
let playground: Playground;
let chromiumRun: E2eBrowser;
let browser: BrowserContext;
let secure: Uint8Array;
const dirs: string[] = [];
const companionLog: string[] = [];

beforeAll(async () => {
  ensureAddinBuilt('readpane.js', 'playground.js');
  pki = await createTestPki([{ label: 'alice', spec: 'rsa2048' }, { label: 'bob', spec: 'rsa2048' }, { label: 'registrator', spec: 'rsa2048' }]);
  hsm = await createSoftHsm();
  await hsm.createToken('SITHS');
  await hsm.importIdentity('SITHS', { id: '02', label: 'bob', keyPem: pki.identity('bob').keyPem, certPem: pki.identity('bob').certPem });
  const alice = pki.identity('alice');
  const [key] = await loadSoftwareKeys({ data: readFileSync(alice.keyPem), certificates: [readFileSync(alice.certDer)] });
  const plain = Buffer.from(`From: Alice <${alice.email}>\r\nTo: ${pki.identity('bob').email}\r\nSubject: Provsvar\r\nMessage-ID: <dest-1@kuvert.test>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${TEXT}\r\n`);
  secure = encodedMessageBytes(await signAndEncryptMessage(plain, { sign: { signer: key! }, encrypt: { recipients: [{ certificate: readFileSync(pki.identity('bob').certDer) }] } }));
  const stateDir = mkdtempSync(join(tmpdir(), 'kuvert-e2e-dest-'));
  dirs.push(stateDir);
  const port = await freePort();
  playground = await startPlayground({
    addinDir: ADDIN_DIR, companionUrl: `https://127.0.0.1:${port}`, user: { emailAddress: pki.identity('bob').email, displayName: 'Bob' },
    readMessage: { itemId: ITEM, internetMessageId: '<dest-1@kuvert.test>', mime: secure },
  });
  playground.graph.ensureDriveFolder(DRIVE, FOLDER);
  card = Pkcs11Module.open(hsm.library);
  companion = await startCompanionServer({
    port, allowedOrigins: [new URL(playground.url).origin], modules: [card], stateDir, tls: await ensureLocalTls(stateDir),
    sessionIdleSeconds: 120, version: '0.1.0-e2e', crypto: nodeCrypto(), log: (line) => companionLog.push(line),
    trustAnchors: [new Uint8Array(execFileSync('openssl', ['x509', '-in', pki.caCertPem, '-outform', 'DER']))], revocation: 'off',
    destinations: [
      { kind: 'graph-drive', name: 'Diariet (SharePoint)', drive: DRIVE, folder: FOLDER },
      { kind: 'registrar', name: 'Registrator', address: pki.identity('registrator').email, certificate: readFileSync(pki.identity('registrator').certDer).toString('base64') },
    ],
  });
  chromiumRun = await launchE2eChromium({ ignoreHTTPSErrors: true });
  browser = chromiumRun.context;
}, 600_000);

afterAll(async () => {
  await chromiumRun?.close();
  await playground?.close();
  await companion?.close();
  card?.finalize();
  await hsm?.dispose();
  await pki?.dispose();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

test('decrypt, save to the SharePoint library (hashes match, the .eml is the decrypted message), forward to the registrar (opens with its key, carries the original), delete', async () => {
  const page = await browser.newPage();
  await page.goto(`${playground.url}?mode=read`);
  await page.waitForSelector('[data-testid="message-kind"][data-kind="encrypted"]');
  await pairWithCompanion(page, companionLog);
  await typePin(browser, USER_PIN, () => page.click('[data-testid="decrypt"]'), `https://127.0.0.1:${companion.port}`);
  await page.waitForSelector('[data-testid="read-view"][data-state="opened"]', { timeout: 60_000 });
  expect(await page.textContent('[data-testid="read-view"]')).toContain(TEXT);

  // the library
  await page.waitForSelector('[data-testid="destination"]');
  await page.selectOption('[data-testid="destination"]', 'Diariet (SharePoint)');
  expect(await page.getAttribute('[data-testid="destination-kind"]', 'data-kind')).toBe('graph-drive');
  await page.click('[data-testid="save"]');
  await page.waitForSelector('[data-testid="receipt"][data-kind="graph-drive"]', { timeout: 60_000 });
  const files = playground.graph.drive(DRIVE);
  const folder = `${FOLDER}/${new Date().toISOString().slice(0, 10)} dest-1@kuvert.test`;
  expect(files.map((f) => f.path)).toEqual([`${folder}/Provsvar.eml`, `${folder}/Provsvar.pdf`]);
  const receipt = (await page.textContent('[data-testid="receipt"][data-kind="graph-drive"]')) ?? '';
  for (const f of files) expect(receipt).toContain(sha256(f.bytes));
  expect(receipt).toContain(folder);
  expect(files[1]!.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // the .eml is the decrypted message: the CMS content openssl decrypts with Bob's key, under the outer header
  const cms = join(pki.dir, 'dest-secure.eml');
  writeFileSync(cms, secure);
  const decrypted = execFileSync('openssl', ['cms', '-decrypt', '-in', cms, '-recip', pki.identity('bob').certPem, '-inkey', pki.identity('bob').keyPem]);
  const eml = files[0]!.bytes;
  expect(eml.toString('latin1').endsWith(decrypted.toString('latin1'))).toBe(true);
  expect(eml.toString('latin1')).toMatch(/^From: Alice /mu);
  // nothing of the message was written by the companion: the library has it, the state dir only the audit log
  expect(readFileSync(join(dirs[0]!, 'audit.log'), 'utf8')).toContain('"rendered":2');
  await page.screenshot({ path: join(SCREENSHOTS, 'd1-saved-to-library.png'), fullPage: true });

  // the registrar
  await page.selectOption('[data-testid="destination"]', 'Registrator');
  expect(await page.getAttribute('[data-testid="destination-kind"]', 'data-kind')).toBe('registrar');
  const sentBefore = playground.graph.sent.length;
  await typePin(browser, USER_PIN, () => page.click('[data-testid="save"]'), `https://127.0.0.1:${companion.port}`);
  await page.waitForSelector('[data-testid="receipt"][data-kind="registrar"]', { timeout: 60_000 });
  expect(playground.graph.sent.length).toBe(sentBefore + 1);
  const mail = playground.graph.sent.at(-1)!;
  const outer = mail.mime.toString('latin1');
  expect(outer).toMatch(/^Subject: Fwd: Provsvar\r?$/mu);
  expect(outer).toMatch(new RegExp(`^To: .*${pki.identity('registrator').email.replace('.', '\\.')}`, 'mu'));
  expect(outer).toMatch(/^Content-Type: application\/pkcs7-mime/mu);
  expect(outer).not.toContain('inga fynd');
  const sentFile = join(pki.dir, 'dest-forward.eml');
  writeFileSync(sentFile, mail.mime);
  const opened = execFileSync('openssl', ['cms', '-decrypt', '-in', sentFile, '-recip', pki.identity('registrator').certPem, '-inkey', pki.identity('registrator').keyPem]).toString('latin1');
  expect(opened).toContain('multipart/signed'); // signed with Bob's card
  expect(opened).toContain('Content-Type: message/rfc822');
  expect(opened).toContain(eml.toString('latin1'));
  // the signature verifies against the test CA
  const openedFile = join(pki.dir, 'dest-forward-opened.eml');
  writeFileSync(openedFile, opened, 'latin1');
  execFileSync('openssl', ['smime', '-verify', '-in', openedFile, '-CAfile', pki.caCertPem, '-out', '/dev/null'], { stdio: 'pipe' });
  const forwarded = (await page.textContent('[data-testid="receipt"][data-kind="registrar"]')) ?? '';
  expect(forwarded).toContain(pki.identity('registrator').email);
  expect(forwarded).toContain(sha256(eml));
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, 'd2-forwarded-to-registrar.png'), fullPage: true });

  await page.click('[data-testid="delete-mail"]');
  await page.waitForSelector('[data-testid="deleted"]');
  expect(playground.graph.deleted).toEqual([ITEM]);
  await page.close();
}, 240_000);

