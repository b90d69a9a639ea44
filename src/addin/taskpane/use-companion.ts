/** The companion as the task pane sees it: reachable, paired, with a card; and the pairing steps. */
import { useCallback, useEffect, useState } from 'react';
import type { CompanionClient } from '../companion/companion-client.js';
import { cardCertificates, type CardCertificates } from '../companion/card-signer.js';
import { errorCode } from '../errors.js';

export type CompanionState =
  | { readonly kind: 'absent' }
  | { readonly kind: 'checking' }
  | { readonly kind: 'unreachable' }
  | { readonly kind: 'unpaired'; readonly pairingId?: string; readonly error?: string }
  | { readonly kind: 'no-card' }
  | { readonly kind: 'ready'; readonly card: CardCertificates; readonly tokenLabel: string };

export interface CompanionControls {
  readonly state: CompanionState;
  /** Bumps whenever the companion became usable or changed (policy and recipients reload). */
  readonly generation: number;
  readonly refresh: () => void;
  readonly startPairing: () => void;
  readonly confirmPairing: (code: string) => void;
}

export function useCompanion(client: CompanionClient | undefined, email: string): CompanionControls {
  const [state, setState] = useState<CompanionState>(client ? { kind: 'checking' } : { kind: 'absent' });
  const [generation, setGeneration] = useState(0);
  const [tick, setTick] = useState(0);
  const refresh = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    if (client === undefined) return;
    let cancelled = false;
    const check = async (): Promise<CompanionState> => {
      if (!client.paired) {
        // Reachable at all? Pairing needs it running.
        return { kind: 'unpaired' };
      }
      try {
        const status = await client.status();
        const card = await cardCertificates(client, email);
        if (card.signing === undefined && card.encryption === undefined) return { kind: 'no-card' };
        const label = status.tokens.find((t) => t.token === (card.signing ?? card.encryption)?.token)?.label ?? '';
        return { kind: 'ready', card, tokenLabel: label };
      } catch (error) {
        const code = errorCode(error);
        if (code === 'COMPANION_NOT_PAIRED') return { kind: 'unpaired' };
        return code === 'COMPANION_UNREACHABLE' ? { kind: 'unreachable' } : { kind: 'no-card' };
      }
    };
    void check().then((next) => {
      if (cancelled) return;
      setState((previous) => (previous.kind === 'unpaired' && next.kind === 'unpaired' ? previous : next));
      setGeneration((g) => g + 1);
    });
    return () => {
      cancelled = true;
    };
  }, [client, email, tick]);

  const startPairing = useCallback(() => {
    if (client === undefined) return;
    client.startPairing().then(
      ({ pairingId }) => setState({ kind: 'unpaired', pairingId }),
      (error: unknown) => setState({ kind: errorCode(error) === 'COMPANION_UNREACHABLE' ? 'unreachable' : 'unpaired', error: errorCode(error) } as CompanionState),
    );
  }, [client]);

  const confirmPairing = useCallback(
    (code: string) => {
      if (client === undefined || state.kind !== 'unpaired' || state.pairingId === undefined) return;
      const { pairingId } = state;
      client.confirmPairing(pairingId, code).then(refresh, (error: unknown) => setState({ kind: 'unpaired', pairingId, error: errorCode(error) }));
    },
    [client, state, refresh],
  );

  return { state, generation, refresh, startPairing, confirmPairing };
}
