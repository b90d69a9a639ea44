/** The draft's verdict, refreshed while the user edits (polling: Outlook has no body-changed event). */
import { useCallback, useEffect, useState } from 'react';
import { evaluate, type Verdict } from '../../core/policy/index.js';
import { readComposeDraft } from '../office/read-draft.js';
import type { TaskpaneServices } from './services.js';

export interface LiveVerdict {
  readonly verdict: Verdict | undefined;
  readonly recipients: readonly string[];
  readonly error: string | undefined;
  readonly refresh: () => void;
}

export function useLiveVerdict(services: TaskpaneServices): LiveVerdict {
  const [state, setState] = useState<Omit<LiveVerdict, 'refresh'>>({ verdict: undefined, recipients: [], error: undefined });
  const [tick, setTick] = useState(0);
  const refresh = useCallback(() => setTick((t) => t + 1), []);
  useEffect(() => {
    let cancelled = false;
    const run = async (): Promise<void> => {
      try {
        const draft = await readComposeDraft(services.item, { maxAttachmentBytes: 30 * 1024 * 1024 });
        const verdict = await evaluate(draft, services.policy);
        if (!cancelled) setState({ verdict, recipients: draft.recipients ?? [], error: undefined });
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
  }, [services, tick]);
  return { ...state, refresh };
}
