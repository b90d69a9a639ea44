/**
 * The OnMessageSend (Smart Alerts) handler. Exactly one `event.completed`, from one top-level
 * try/finally, whatever happens; until a decision is made the answer is the policy's failure action
 * (fail closed by default). Logs carry error codes only, never mail content.
 */
import { DEFAULT_EXTRACTION_LIMITS, type ExtractionLimits } from '../../core/classify/extract/limits.js';
import { evaluate, type Policy } from '../../core/policy/index.js';
import { AddinError, errorCode } from '../errors.js';
import { languageOf } from '../i18n/language.js';
import { readComposeDraft } from '../office/read-draft.js';
import type { OfficeHost, SendEvent, SendEventCompletion } from '../office/types.js';
import { failure, sendDecision, type ClientFeatures } from './send-decision.js';

export interface OnSendConfig {
  readonly policy: Policy;
  /** Decide within this many ms or fail as the policy says (Outlook waits up to 5 min). */
  readonly deadlineMs: number;
  readonly limits: ExtractionLimits;
  readonly log?: (code: string) => void;
}

/** On send, attachments larger than 10 MB are not fetched (uninspectable; the task pane reads them). */
export const ONSEND_LIMITS: ExtractionLimits = { ...DEFAULT_EXTRACTION_LIMITS, maxAttachmentBytes: 10 * 1024 * 1024, timeoutMs: 5_000 };

export function createOnMessageSendHandler(office: OfficeHost, config: OnSendConfig): (event: SendEvent) => Promise<void> {
  return async (event) => {
    const language = languageOf(office.context.displayLanguage);
    let features: ClientFeatures = { mailbox114: false };
    let answer: SendEventCompletion | undefined;
    try {
      features = { mailbox114: office.context.requirements?.isSetSupported('Mailbox', '1.14') === true };
      answer = await withDeadline(decideDraft(office, config, language, features), config.deadlineMs);
    } catch (error) {
      config.log?.(errorCode(error));
    } finally {
      event.completed(answer ?? failure(config.policy.onClassificationFailure, language, features));
    }
  };
}

async function decideDraft(office: OfficeHost, config: OnSendConfig, language: 'sv' | 'en', features: ClientFeatures): Promise<SendEventCompletion> {
  const item = office.context.mailbox.item;
  if (item === null || item === undefined) throw new AddinError('OFFICE_UNAVAILABLE');
  const draft = await readComposeDraft(item, { maxAttachmentBytes: config.limits.maxAttachmentBytes });
  const verdict = await evaluate(draft, config.policy, { limits: config.limits });
  return sendDecision(verdict, language, features);
}

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AddinError('ONSEND_TIMEOUT')), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
