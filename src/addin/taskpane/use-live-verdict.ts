/**
 * The draft's verdict, refreshed while the user edits: at once when Outlook reports a recipient or
 * attachment change (item-events.ts), and by polling for subject and body (no event exists for them).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AttachmentInput } from '../../core/classify/index.js';
import { evaluate, type Policy, type Verdict } from '../../core/policy/index.js';
import { loadFullModel } from '../full-model.js';
import { watchItemChanges } from '../office/item-events.js';
import { readComposeDraft } from '../office/read-draft.js';
import type { TaskpaneServices } from './services.js';

export interface LiveVerdict {
  readonly verdict: Verdict | undefined;
  readonly recipients: readonly string[];
  readonly error: string | undefined;
  readonly refresh: () => void;
}

export function useLiveVerdict(services: TaskpaneServices, policy: Policy): LiveVerdict {
  const [state, setState] = useState<Omit<LiveVerdict, 'refresh'>>({ verdict: undefined, recipients: [], error: undefined });
  const [tick, setTick] = useState(0);
  const refresh = useCallback(() => setTick((t) => t + 1), []);
  // Attachment contents are kept between polls while Outlook reports attachment changes; without
  // the events (below Mailbox 1.7) every poll reads them again.
  const attachments = useRef(new Map<string, AttachmentInput>());
  const events = useRef(false);
  useEffect(() => {
    events.current = services.requirements?.isSetSupported('Mailbox', '1.7') === true && typeof services.item.addHandlerAsync === 'function';
    return watchItemChanges(services.item, services.requirements, (kind) => {
      if (kind === 'attachments') attachments.current.clear();
      refresh();
    });
  }, [services, refresh]);
  useEffect(() => {
    let cancelled = false;
    const run = async (): Promise<void> => {
      try {
        if (!events.current) attachments.current.clear();
        const draft = await readComposeDraft(services.item, { maxAttachmentBytes: 30 * 1024 * 1024, attachmentCache: attachments.current });
        const verdict = await evaluate(draft, policy, { runner: services.extraction, limits: services.extractionLimits, model: await loadFullModel() });
        if (!cancelled) {
          setState((s) => {
            // Keep the same recipients array while it is unchanged, so lookups are not redone.
            const recipients = draft.recipients ?? [];
            const same = recipients.length === s.recipients.length && recipients.every((r, i) => r === s.recipients[i]);
            return { verdict, recipients: same ? s.recipients : recipients, error: undefined };
          });
        }
      } catch (error) {
        if (!cancelled) setState((s) => ({ ...s, error: (error as { code?: string }).code ?? 'INTERNAL' }));
      }
    };
    void run();
    const timer = setInterval(() => void run(), services.pollMs);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [services, policy, tick]);
  return { ...state, refresh };
}
