/**
 * The read pane's state: the raw MIME read once, its S/MIME layers surveyed, signatures shown at
 * once when nothing is encrypted, and decryption with the card on request. The decrypted bytes
 * live in this React state only (never browser storage or Office settings); the reminder list gets
 * the item id and received time.
 */
import { useCallback, useEffect, useState } from 'react';
import { parseMessage } from '../../core/mime/index.js';
import { readRawMessage } from '../office/message-source.js';
import { messageContentOf, type MessageContent } from './content/index.js';
import { cardDecryptFunction } from './card-decrypt.js';
import { openMessage, surveyMessage, type MessageSurvey, type OpenedMessage } from './message-layers.js';
import { addReminder } from './reminders.js';
import type { ReadServices } from './services.js';
import { shouldHarvest, signerViews, type SignerView, type ValidateCertificate } from './signer-panel.js';

export type ReadState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'surveyed'; readonly raw: Uint8Array; readonly survey: MessageSurvey; readonly views: readonly SignerView[] }
  | { readonly kind: 'decrypting'; readonly raw: Uint8Array; readonly survey: MessageSurvey; readonly views: readonly SignerView[]; readonly pinAsked: boolean }
  | { readonly kind: 'opened'; readonly opened: OpenedMessage; readonly content: MessageContent; readonly views: readonly SignerView[] }
  | { readonly kind: 'failed'; readonly error: unknown; readonly raw?: Uint8Array; readonly survey?: MessageSurvey; readonly views?: readonly SignerView[] };

function validator(services: ReadServices): ValidateCertificate | undefined {
  const client = services.companion;
  return client?.paired ? (request) => client.validateCertificate(request) : undefined;
}

export function useReadMessage(services: ReadServices, companionGeneration: number): { readonly state: ReadState; readonly decrypt: () => void } {
  const [state, setState] = useState<ReadState>({ kind: 'loading' });

  const finish = useCallback(async (opened: OpenedMessage): Promise<ReadState> => {
    const views = await signerViews(opened.signatures, validator(services));
    if (shouldHarvest(views) && services.companion?.paired) void services.companion.harvestCertificates(opened.readable, 'read pane').catch(() => undefined);
    return { kind: 'opened', opened, content: messageContentOf(parseMessage(opened.content)), views };
  }, [services]);

  useEffect(() => {
    let cancelled = false;
    const load = async (): Promise<ReadState> => {
      const { mime } = await readRawMessage(services.mailbox, services.graph);
      const survey = await surveyMessage(mime);
      if (!survey.needsDecryption) return finish(await openMessage(mime, undefined));
      return { kind: 'surveyed', raw: mime, survey, views: await signerViews(survey.signatures, validator(services)) };
    };
    // A reload (the companion became usable: signers get checked) never replaces a decryption under way or done.
    const settle = (next: ReadState): void => {
      if (!cancelled) setState((previous) => (previous.kind === 'decrypting' || (previous.kind === 'opened' && previous.opened.decrypted) ? previous : next));
    };
    load().then(settle, (error: unknown) => settle({ kind: 'failed', error }));
    return () => {
      cancelled = true;
    };
  }, [services, finish, companionGeneration]);

  const decrypt = useCallback(() => {
    if (state.kind !== 'surveyed' && state.kind !== 'failed') return;
    const { raw, survey } = state;
    if (raw === undefined || survey === undefined) return;
    const views = state.views ?? [];
    setState({ kind: 'decrypting', raw, survey, views, pinAsked: false });
    const decryptFn = cardDecryptFunction(services.companion, services.dialogs, {
      ...(services.pinPollMs === undefined ? {} : { pollMs: services.pinPollMs }),
      onPinRequested: () => setState({ kind: 'decrypting', raw, survey, views, pinAsked: true }),
    });
    openMessage(raw, decryptFn)
      .then(async (opened) => {
        const item = services.mailbox.item;
        if (item?.itemId) addReminder(services.roaming, { id: item.itemId, received: (item.dateTimeCreated ?? new Date()).toISOString() });
        setState(await finish(opened));
      })
      .catch((error: unknown) => setState({ kind: 'failed', error, raw, survey, views }));
  }, [state, services, finish]);

  return { state, decrypt };
}
