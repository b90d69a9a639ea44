// The manifest validates offline against Microsoft's XSDs ([MS-OWEMXML]) with xmllint, and so does
// its Block variant; broken manifests are rejected, so the check has teeth.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blockVariant } from '../../../src/addin/build/manifest-variant.js';

const root = join(__dirname, '..', '..', '..');
const schema = join(root, '..', 'shared', 'office-manifest-xsd', 'OfficeAppManifest.xsd');
const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kuvert-manifest-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function validate(xml: string): { ok: boolean; output: string } {
  const file = join(dir, `m-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml);
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], { encoding: 'utf8' });
  return { ok: run.status === 0, output: run.stderr };
}

describe('manifest.xml', () => {
  it('has xmllint (Debian: libxml2-utils)', () => {
    expect(() => execFileSync('xmllint', ['--version'], { stdio: 'ignore' })).not.toThrow();
  });

  it('validates against the Office add-in XSDs', () => {
    const result = validate(manifest);
    expect(result.output).toContain('validates');
    expect(result.ok).toBe(true);
  });

  it('has a Block variant that validates and differs only in SendMode', () => {
    const block = blockVariant(manifest);
    expect(validate(block).ok).toBe(true);
    expect(block).toMatch(/<LaunchEvent Type="OnMessageSend" [^>]*SendMode="Block"\/>/);
    expect(block).not.toContain('SendMode="SoftBlock"');
    expect(block.replace(/(<LaunchEvent [^>]*SendMode=")Block"/, '$1SoftBlock"')).toBe(manifest);
  });

  it.each([
    ['a misspelled SendMode', (xml: string) => xml.replace('SendMode="SoftBlock"', 'SendMode="SoftBlocked"')],
    ['a misspelled element', (xml: string) => xml.replace(/LaunchEvents>/g, 'LaunchEvnets>')],
    ['a missing Id', (xml: string) => xml.replace(/<Id>[^<]*<\/Id>/, '')],
    ['elements out of order', (xml: string) => xml.replace(/(<Version>[^<]*<\/Version>)(\s*)(<ProviderName>[^<]*<\/ProviderName>)/, '$3$2$1')],
  ])('rejects %s', (_name, breakIt) => {
    const broken = breakIt(manifest);
    expect(broken).not.toBe(manifest);
    expect(validate(broken).ok).toBe(false);
  });

  it('asks for Mailbox 1.12 (OnMessageSend) and sends the Smart Alert to the compose button', () => {
    expect(manifest).toMatch(/<Set Name="Mailbox" MinVersion="1\.12"\/>/);
    expect(manifest).toMatch(/<bt:Sets DefaultMinVersion="1\.12">/);
    expect(manifest).toMatch(/<LaunchEvent Type="OnMessageSend" FunctionName="onMessageSendHandler" SendMode="SoftBlock"\/>/);
    expect(manifest).toMatch(/<Override type="javascript" resid="OnSend.Js"\/>/);
    expect(manifest).toContain('id="Kuvert.Compose.Open"');
    expect(manifest).toContain('Locale="sv-SE"');
  });

  it('names icons that exist in assets/ at the sizes it claims', () => {
    for (const size of [16, 32, 64, 80, 128]) {
      const png = readFileSync(join(root, 'assets', `icon-${size}.png`));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
    for (const [, name] of manifest.matchAll(/assets\/(icon-\d+\.png)/g)) expect(name).toMatch(/^icon-(16|32|64|80|128)\.png$/);
  });

  it('rejects a manifest without a SoftBlock LaunchEvent when making the Block variant', () => {
    expect(() => blockVariant(manifest.replace('SendMode="SoftBlock"', 'SendMode="PromptUser"'))).toThrow(/SoftBlock/);
  });
});
