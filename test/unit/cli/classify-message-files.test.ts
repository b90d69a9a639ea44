/**
 * Message files in `kuvert classify`: a message saved as text under .msg is read like an .eml, a
 * binary Outlook .msg (OLE) and a message that does not parse are uninspectable findings of their
 * own, and the other files of the command are still classified.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../../../src/cli/command.js';
import { createClassifyCommand } from '../../../src/cli/commands/classify.js';
import { attachmentKind, extractAttachmentText } from '../../../src/core/classify/extract/index.js';
import { inProcessRunner } from '../../../src/core/classify/extract/runner.js';
import { luhnCheckDigit } from '../../../src/core/classify/luhn.js';

const classifyCommand = createClassifyCommand({ runner: () => inProcessRunner });
const number = `800101-988${luhnCheckDigit('800101988')}`;
const dir = mkdtempSync(join(tmpdir(), 'kuvert-classify-msg-'));
const message = `From: a@example.se\r\nSubject: Ang. elev 080512-XXXX\r\nMIME-Version: 1.0\r\n\r\nHej, personnummer ${number}.\r\n`;
const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new TextEncoder().encode(` Subject: x personnummer ${number}`)]);
writeFileSync(join(dir, 'saved.msg'), message);
writeFileSync(join(dir, 'outlook.msg'), ole);
writeFileSync(join(dir, 'broken.eml'), 'Subject: x\r\n\u0000\u0001 not a header\r\n');
writeFileSync(join(dir, 'note.txt'), `Personnummer ${number}`);

interface Entry {
  readonly file: string;
  readonly findings: readonly { type: string; reason?: string; location: { kind: string; name?: string } }[];
}

async function classify(files: string[]): Promise<Entry[]> {
  let out = '';
  const io: CliIo = {
    env: {},
    cwd: dir,
    readStdin: () => Promise.resolve(new Uint8Array()),
    writeStdout: (data) => {
      out += typeof data === 'string' ? data : new TextDecoder().decode(data);
      return Promise.resolve();
    },
    writeStderr: () => undefined,
  };
  expect(await classifyCommand.run(['--json', ...files], io)).toBe(0);
  return JSON.parse(out) as Entry[];
}

describe('message files', () => {
  it('reads a message saved as text under .msg by its parts', async () => {
    const [saved] = await classify(['saved.msg']);
    expect(saved?.findings.map((f) => `${f.type}@${f.location.kind}`)).toEqual(['personnummer@subject', 'personnummer@body']);
  });
  it('reports a binary Outlook .msg and a broken .eml as uninspectable, and goes on with the next file', async () => {
    const [outlook, broken, note] = await classify(['outlook.msg', 'broken.eml', 'note.txt']);
    expect(outlook?.findings).toEqual([expect.objectContaining({ type: 'uninspectable', reason: 'UNSUPPORTED_TYPE' })]);
    expect(broken?.findings).toEqual([expect.objectContaining({ type: 'uninspectable', reason: 'CORRUPT' })]);
    expect(note?.findings.map((f) => f.type)).toEqual(['personnummer']);
  });
  it('reads a text .msg attached to a draft as a message, and refuses an OLE one', async () => {
    const bytes = new TextEncoder().encode(message);
    expect(attachmentKind({ name: 'vidarebefordrat.msg', bytes })).toBe('message');
    expect(await extractAttachmentText({ name: 'vidarebefordrat.msg', bytes })).toContain(`personnummer ${number}`);
    expect(attachmentKind({ name: 'outlook.msg', bytes: ole })).toBe('unsupported');
  });
});
