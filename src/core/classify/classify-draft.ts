/**
 * Classifies a whole draft: subject, body and every attachment, each its own location. An
 * attachment that cannot be read yields one `uninspectable` finding with the reason.
 */
import { classifyText, type ClassifyOptions } from './classify-text.js';
import { extractAttachmentText, type AttachmentInput } from './extract/index.js';
import { DEFAULT_EXTRACTION_LIMITS, type ExtractionLimits } from './extract/limits.js';
import { htmlToText } from './extract/markup.js';
import type { ExtractionRunner } from './extract/runner.js';
import { UninspectableError, reasonOf } from './extract/uninspectable.js';
import type { Finding, Location } from './types.js';

export interface Draft {
  readonly subject: string;
  readonly body: string;
  /** `html` bodies are converted to text first; offsets then refer to that text. */
  readonly bodyType?: 'text' | 'html';
  readonly attachments?: readonly AttachmentInput[];
  /** Recipient addresses (for the internal-domain rule of the policy). */
  readonly recipients?: readonly string[];
}

export interface DraftClassifyOptions extends ClassifyOptions {
  readonly limits?: ExtractionLimits;
  /** Extract attachment text (default). Off: every attachment not plain text is `uninspectable`. */
  readonly extractAttachments?: boolean;
  /** Where PDF and OOXML/ODF are parsed: in process by default; a worker runner bounds the time hard. */
  readonly runner?: ExtractionRunner;
}

/** One classified location and the text the offsets refer to (kept for subject suggestions). */
export interface ClassifiedLocation {
  readonly location: Location;
  readonly text: string;
  readonly findings: readonly Finding[];
}

/** With `extractAttachments: false`: PDF and OOXML/ODF attachments are not opened, so never inspected. */
const NO_EXTRACTION: ExtractionRunner = {
  extract: () => Promise.reject(new UninspectableError('UNSUPPORTED_TYPE', 'attachment extraction is turned off')),
};

export async function classifyDraft(draft: Draft, options: DraftClassifyOptions = {}): Promise<ClassifiedLocation[]> {
  const out: ClassifiedLocation[] = [];
  const add = (location: Location, text: string): void => {
    out.push({ location, text, findings: classifyText(text, location, options) });
  };
  add({ kind: 'subject' }, draft.subject);
  add({ kind: 'body' }, draft.bodyType === 'html' ? htmlToText(draft.body) : draft.body);
  const limits = options.limits ?? DEFAULT_EXTRACTION_LIMITS;
  const attachments = draft.attachments ?? [];
  const runner = options.extractAttachments === false ? NO_EXTRACTION : options.runner;
  for (let index = 0; index < attachments.length; index++) {
    const attachment = attachments[index];
    if (attachment === undefined) continue;
    const location: Location = { kind: 'attachment', name: attachment.name, index };
    try {
      const text = await extractAttachmentText(attachment, limits, runner);
      add(location, text);
    } catch (error) {
      const finding: Finding = { type: 'uninspectable', start: 0, end: 0, confidence: 1, location, evidence: ['EXTRACTION'], reason: reasonOf(error) };
      out.push({ location, text: '', findings: [finding] });
    }
  }
  return out;
}
