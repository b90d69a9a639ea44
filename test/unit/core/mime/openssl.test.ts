import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEntity, parseMessage } from '../../../../src/core/mime/index.js';

const hasOpenssl = ((): boolean => {
  try {
    execFileSync('openssl', ['version']);
    return true;
  } catch {
    return false;
  }
})();

/**
 * OpenSSL writes multipart/signed with CRLF inside the signed part and bare LF elsewhere. The signed
 * part's raw bytes must be exactly what was hashed: verified here with `-binary`, which hashes the
 * given content without canonicalizing it.
 */
(hasOpenssl ? describe : describe.skip)('OpenSSL-produced S/MIME', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kuvert-mime-'));
  const file = (name: string): string => join(dir, name);
  const run = (...args: string[]): Buffer => execFileSync('openssl', args, { stdio: ['ignore', 'pipe', 'pipe'] });

  beforeAll(() => {
    run('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', file('k.pem'), '-out', file('c.pem'), '-subj', '/CN=Kuvert test', '-days', '2');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['smime', 'cms'])('keeps the signed part of `openssl %s -sign` byte-exact', (tool) => {
    const inner = buildEntity({
      multipart: 'mixed',
      parts: [
        { contentType: 'text/plain', body: 'Hej Åsa,\nbeslutet är fattat.\n' },
        { contentType: 'application/pdf', body: new Uint8Array(2000).map((_, i) => i * 7), filename: 'Beslut ärende.pdf' },
      ],
    });
    writeFileSync(file('in.eml'), inner);
    run(tool, '-sign', '-in', file('in.eml'), '-signer', file('c.pem'), '-inkey', file('k.pem'), '-out', file('signed.eml'));
    const signed = new Uint8Array(readFileSync(file('signed.eml')));
    const message = parseMessage(signed);
    expect(message.contentType.mediaType).toBe('multipart/signed');
    const [content, signature] = message.children;
    expect(Buffer.from(content!.raw).equals(Buffer.from(inner))).toBe(true);
    expect(signature!.filename).toBe('smime.p7s');
    writeFileSync(file('part.bin'), content!.raw);
    writeFileSync(file('sig.der'), signature!.decodedBody());
    expect(() =>
      run(tool, '-verify', '-noverify', '-binary', '-inform', 'DER', '-in', file('sig.der'), '-content', file('part.bin'), '-out', file('out.bin')),
    ).not.toThrow();
    expect(content!.children[1]!.filename).toBe('Beslut ärende.pdf');
  });

  it('parses `openssl smime -encrypt` output (application/x-pkcs7-mime, bare LF)', () => {
    writeFileSync(file('plain.eml'), buildEntity({ contentType: 'text/plain', body: 'hemligt' }));
    run('smime', '-encrypt', '-aes256', '-in', file('plain.eml'), '-out', file('enc.eml'), file('c.pem'));
    const message = parseMessage(new Uint8Array(readFileSync(file('enc.eml'))));
    expect(message.contentType.mediaType).toBe('application/x-pkcs7-mime');
    expect(message.contentType.params['smime-type']).toBe('enveloped-data');
    expect(message.decodedBody()[0]).toBe(0x30); // DER SEQUENCE
  });
});
