/**
 * `kuvert classify [--policy FILE] [--json] FILE… | -`: classifies each file on its own and prints
 * its findings and the policy's verdict. Exit 0 when every file was classified (whatever it holds).
 */
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { classifyText } from '../../core/classify/classify-text.js';
import { CATEGORY_MODEL } from '../../core/classify/model/category-weights.generated.js';
import { FULL_CATEGORY_MODEL } from '../../core/classify/model/category-weights-full.generated.js';
import type { EncodedModel } from '../../core/classify/model/weights.js';
import type { ClassifiedLocation } from '../../core/classify/classify-draft.js';
import { splitMessage, type MessageParts } from '../../core/classify/extract/eml.js';
import { extractAttachmentText, looksLikeMessage, type AttachmentInput } from '../../core/classify/extract/index.js';
import { DEFAULT_EXTRACTION_LIMITS, type ExtractionLimits } from '../../core/classify/extract/limits.js';
import type { ExtractionRunner } from '../../core/classify/extract/runner.js';
import { UninspectableError, reasonOf } from '../../core/classify/extract/uninspectable.js';
import type { Finding, Location } from '../../core/classify/types.js';
import { KuvertError } from '../../core/errors.js';
import { DEFAULT_POLICY } from '../../core/policy/default-policy.js';
import { decide, type Verdict } from '../../core/policy/evaluate.js';
import { parsePolicy } from '../../core/policy/schema.js';
import type { Policy } from '../../core/policy/types.js';
import { EXIT_OK, EXIT_USAGE, type CliIo, type Command } from '../command.js';
import { createNodeExtractionRunner } from '../extraction-runner.js';
import { readInputFile } from '../files.js';

const HELP = `Usage: kuvert classify [--policy FILE] [--json] FILE... | -

Finds personnummer, samordningsnummer and sensitive categories (health, secrecy, ...) in each FILE
(.txt, .csv, .html, .eml, .docx, .xlsx, .pptx, .odt, .pdf; "-" reads standard input) and shows what
the send policy would decide. For .eml files the subject, each body part and each attachment are
separate locations.

PDF and Office documents are read in a separate worker thread that is stopped when a document
takes longer than the attachment time limit: it is then reported as "uninspectable" (TIMEOUT),
which the policy treats like any other attachment it could not read.

Options:
  --policy FILE                  the policy to apply (default: the built-in Swedish public-sector policy)
  --json                         print a JSON array, one entry per FILE:
                                 { file, findings: [{ type, match, start, end, confidence, location, normalized? }], verdict }
                                 start/end are offsets in the decoded text of the location.
  --attachment-timeout SECONDS   time limit for reading one PDF or Office document (default ${DEFAULT_EXTRACTION_LIMITS.timeoutMs / 1000})
  --model full|send              which trained category model weighs the sensitive categories: "full"
                                 (default; the task pane's) or "send" (the smaller one Outlook's send
                                 check carries, to see what it would decide)`;

export interface FileResult {
  readonly file: string;
  readonly findings: readonly {
    type: string;
    match: string;
    start: number;
    end: number;
    confidence: number;
    location: Location;
    normalized?: string;
    reason?: string;
  }[];
  readonly verdict: Omit<Verdict, 'findings' | 'subject'> & { subject: { ok: boolean; suggestion: string } };
}

export interface ClassifyDeps {
  /** Where PDF and OOXML/ODF are parsed; default: a worker_threads runner (hard time limit). */
  readonly runner?: () => ExtractionRunner & { close?(): void };
}

export function createClassifyCommand(deps: ClassifyDeps = {}): Command {
  return {
    name: 'classify',
    summary: 'find personnummer and sensitive data in files and show the policy verdict',
    help: HELP,
    async run(args: readonly string[], io: CliIo): Promise<number> {
      const { values, positionals } = parseArgs({
        args: [...args],
        allowPositionals: true,
        strict: true,
        options: { policy: { type: 'string' }, json: { type: 'boolean', default: false }, 'attachment-timeout': { type: 'string' }, model: { type: 'string', default: 'full' } },
      });
      if (positionals.length === 0) {
        io.writeStderr('kuvert: USAGE: classify needs at least one FILE (or "-" for standard input)');
        return EXIT_USAGE;
      }
      const limits = limitsFrom(values['attachment-timeout']);
      if (limits === undefined) {
        io.writeStderr('kuvert: USAGE: --attachment-timeout takes a number of seconds between 0.1 and 3600');
        return EXIT_USAGE;
      }
      const model = MODELS.get(values.model);
      if (model === undefined) {
        io.writeStderr('kuvert: USAGE: --model takes "full" or "send"');
        return EXIT_USAGE;
      }
      const policy = values.policy === undefined ? DEFAULT_POLICY : await loadPolicy(values.policy, io);
      const runner = deps.runner?.() ?? createNodeExtractionRunner();
      const results: FileResult[] = [];
      try {
        for (const file of positionals) {
          const bytes = await readInputFile(file, io);
          results.push(await classifyFile(file, bytes, policy, new Date(), { runner, limits, model }));
        }
      } finally {
        runner.close?.();
      }
      if (values.json) {
        await io.writeStdout(`${JSON.stringify(results, null, 2)}\n`);
      } else {
        await io.writeStdout(results.map(formatResult).join(''));
      }
      return EXIT_OK;
    },
  };
}

export const classifyCommand: Command = createClassifyCommand();

/** `--model`: the full model (the task pane's) or the send event's smaller one. */
const MODELS = new Map<string, EncodedModel>([
  ['full', FULL_CATEGORY_MODEL],
  ['send', CATEGORY_MODEL],
]);

function limitsFrom(seconds: string | undefined): ExtractionLimits | undefined {
  if (seconds === undefined) return DEFAULT_EXTRACTION_LIMITS;
  const value = Number(seconds);
  if (!/^\d+(?:\.\d+)?$/.test(seconds) || value < 0.1 || value > 3600) return undefined;
  return { ...DEFAULT_EXTRACTION_LIMITS, timeoutMs: Math.round(value * 1000) };
}

export async function loadPolicy(path: string, io: CliIo): Promise<Policy> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, path), 'utf8');
  } catch (error) {
    throw new KuvertError('FILE_NOT_FOUND', `cannot read policy file ${path}`, { cause: error });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new KuvertError('POLICY_INVALID', `${path} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  return parsePolicy(value);
}

export interface ExtractionOptions {
  readonly runner?: ExtractionRunner;
  readonly limits?: ExtractionLimits;
  /** The category model (default: the full one, as in the task pane). */
  readonly model?: EncodedModel;
}

/** Classifies one file: an .eml by its parts, anything else as one document. */
export async function classifyFile(file: string, bytes: Uint8Array, policy: Policy, now = new Date(), extraction: ExtractionOptions = {}): Promise<FileResult> {
  const name = file === '-' ? 'stdin' : basename(file);
  const model = extraction.model ?? FULL_CATEGORY_MODEL;
  const located: ClassifiedLocation[] = [];
  let subject = '';
  const attachments: AttachmentInput[] = [];
  const parts = isMessage(name, bytes) ? readMessage(bytes) : undefined;
  if (parts instanceof UninspectableError) {
    const location: Location = { kind: 'attachment', name, index: 0 };
    located.push({ location, text: '', findings: [uninspectable(location, parts)] });
  } else if (parts !== undefined) {
    subject = parts.subject;
    located.push(locate({ kind: 'subject' }, subject, now, model));
    parts.bodies.forEach((b, index) => located.push(locate({ kind: 'body', name: b.label, index }, b.text, now, model)));
    attachments.push(...parts.attachments);
  } else {
    // Standard input has no name: its media type is sniffed from the content.
    attachments.push(file === '-' ? { name, bytes, contentType: sniffMediaType(bytes) } : { name, bytes });
  }
  for (let index = 0; index < attachments.length; index++) {
    const attachment = attachments[index];
    if (attachment === undefined) continue;
    const location: Location = { kind: 'attachment', name: attachment.name, index };
    try {
      located.push(locate(location, await extractAttachmentText(attachment, extraction.limits, extraction.runner), now, model));
    } catch (error) {
      located.push({ location, text: '', findings: [uninspectable(location, error)] });
    }
  }
  const verdict = decide({ subject, body: '' }, located, policy);
  const findings = located.flatMap(({ text, findings }) =>
    findings.map((f) => ({
      type: f.type,
      match: text.slice(f.start, f.end),
      start: f.start,
      end: f.end,
      confidence: f.confidence,
      location: f.location,
      ...(f.normalized === undefined ? {} : { normalized: f.normalized }),
      ...(f.reason === undefined ? {} : { reason: f.reason }),
    })),
  );
  const { findings: _counted, subject: verdictSubject, ...rest } = verdict;
  return { file, findings, verdict: { ...rest, subject: { ok: verdictSubject.ok, suggestion: verdictSubject.suggestion } } };
}

/** A message file that does not parse is one uninspectable finding, never a failed command or a pass. */
function readMessage(bytes: Uint8Array): MessageParts | UninspectableError {
  try {
    return splitMessage(bytes);
  } catch (error) {
    return new UninspectableError('CORRUPT', 'malformed message', { cause: error });
  }
}

function uninspectable(location: Location, error: unknown): Finding {
  return { type: 'uninspectable', start: 0, end: 0, confidence: 1, location, evidence: ['EXTRACTION'], reason: reasonOf(error) };
}

function locate(location: Location, text: string, now: Date, model: EncodedModel): ClassifiedLocation {
  return { location, text, findings: classifyText(text, location, { now, model }) };
}

/**
 * The media type of nameless input: %PDF-, an OOXML package (zip whose entries include
 * [Content_Types].xml), an ODF package (zip starting with its `mimetype` entry), else text.
 */
export function sniffMediaType(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 5));
  if (head === '%PDF-') return 'application/pdf';
  if (!head.startsWith('PK\x03\x04')) return 'text/plain';
  // Entry names are stored in clear in the local headers (first entries) and the central directory (end).
  const latin1 = new TextDecoder('latin1');
  const names = latin1.decode(bytes.subarray(0, 64 * 1024)) + latin1.decode(bytes.subarray(Math.max(0, bytes.length - 1024 * 1024)));
  // ODF puts `mimetype` first, stored, without extra field: its name starts at byte 30, its content follows.
  const odf = /^mimetype(application\/vnd\.oasis\.opendocument\.[a-z.-]+)/.exec(names.slice(30, 200));
  if (odf?.[1] !== undefined) return odf[1];
  if (names.includes('[Content_Types].xml')) return 'application/vnd.openxmlformats-officedocument';
  return 'application/zip';
}

/** An .eml, a .msg saved as text (Outlook's binary .msg is not a message here: it is unsupported), or a message on stdin. */
function isMessage(name: string, bytes: Uint8Array): boolean {
  if (/\.eml$/i.test(name)) return true;
  return (name === 'stdin' || /\.msg$/i.test(name)) && looksLikeMessage(bytes);
}

function formatResult(result: FileResult): string {
  const lines = [`${result.file}: ${result.verdict.action}`];
  for (const reason of result.verdict.reasons) lines.push(`  reason ${reason.code}${reason.type ? ` ${reason.type}` : ''} → ${reason.action}${reason.count ? ` (${reason.count})` : ''}`);
  if (!result.verdict.subject.ok) lines.push(`  subject suggestion: ${result.verdict.subject.suggestion}`);
  for (const f of result.findings) {
    const where = f.location.kind + (f.location.name ? ` ${f.location.name}` : '');
    lines.push(`  ${f.type.padEnd(18)} ${where} ${f.start}-${f.end} confidence ${f.confidence.toFixed(2)}${f.reason ? ` ${f.reason}` : ''}`);
  }
  return lines.join('\n') + '\n';
}
