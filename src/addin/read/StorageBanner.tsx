import { Button, Field, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Select, Text, tokens } from '@fluentui/react-components';
import type React from 'react';
import { useEffect, useState } from 'react';
import { graphMessageId, moveToDeletedItems } from '../office/message-source.js';
import { errorText, readText } from './read-text.js';
import { resolveReminder } from './reminders.js';
import type { ReadServices } from './services.js';
import { destinationText } from './destinations/destination-text.js';
import { ReceiptView } from './destinations/ReceiptView.js';
import { saveToDestination } from './destinations/save-to-destination.js';
import { listDestinations, type Destination, type StorageReceipt } from './store-message.js';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
});

type Step = 'choose' | 'saving' | 'deleted';

/**
 * Shown after decryption and not closable: encryption is for transfer, not storage. Offers the
 * policy's approved destinations — a folder (the companion writes it), a SharePoint/OneDrive
 * library (Graph upload) or the registrar (forwarded encrypted) — one or several, shows each
 * receipt (each file's size and SHA-256, or the forward's address, time and SHA-256), then offers
 * to delete the mail.
 */
export const StorageBanner: React.FC<{ readonly services: ReadServices; readonly message: Uint8Array; readonly messageId: string }> = ({ services, message, messageId }) => {
  const styles = useStyles();
  const text = readText(services.language);
  const kinds = destinationText(services.language);
  const [destinations, setDestinations] = useState<readonly Destination[] | undefined>(undefined);
  const [chosen, setChosen] = useState('');
  const [step, setStep] = useState<Step>('choose');
  const [receipts, setReceipts] = useState<readonly StorageReceipt[]>([]);
  const [error, setError] = useState<unknown>(undefined);
  const client = services.companion;

  useEffect(() => {
    if (client === undefined || !client.paired) return setDestinations([]);
    let cancelled = false;
    listDestinations(client).then(
      (list) => {
        if (cancelled) return;
        setDestinations(list);
        setChosen(list[0]?.name ?? '');
      },
      (e: unknown) => {
        if (cancelled) return;
        setDestinations([]);
        setError(e);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [client]);

  const save = (): void => {
    const destination = destinations?.find((d) => d.name === chosen);
    if (client === undefined || destination === undefined) return;
    setStep('saving');
    setError(undefined);
    saveToDestination(services, { destination, message, messageId }).then(
      (receipt) => {
        const itemId = services.mailbox.item?.itemId;
        if (itemId) resolveReminder(services.roaming, itemId);
        setReceipts((list) => [...list, receipt]);
        setStep('choose');
      },
      (e: unknown) => {
        setError(e);
        setStep('choose');
      },
    );
  };

  const remove = (): void => {
    const graph = services.graph;
    if (graph === undefined) return;
    setError(undefined);
    Promise.resolve()
      .then(() => moveToDeletedItems(graphMessageId(services.mailbox), graph))
      .then(() => setStep('deleted'), setError);
  };

  const saved = receipts.length > 0;
  const selected = destinations?.find((d) => d.name === chosen);
  return (
    <MessageBar intent={step === 'deleted' ? 'success' : 'warning'} layout="multiline" data-testid="storage-banner" data-step={step === 'choose' && saved ? 'saved' : step}>
      <MessageBarBody className={styles.box}>
        <MessageBarTitle>{text.storageHeading}</MessageBarTitle>
        <Text>{text.storageExplain}</Text>
        {destinations !== undefined && destinations.length === 0 && <Text>{client?.paired === true ? text.noDestinations : text.storageNeedsCompanion}</Text>}
        {destinations !== undefined && destinations.length > 0 && step !== 'deleted' && (
          <div className={styles.row}>
            <Field label={text.storageHeading}>
              <Select value={chosen} onChange={(_, d) => setChosen(d.value)} data-testid="destination">
                {destinations.map((d) => (
                  <option key={d.name} value={d.name}>
                    {d.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Button appearance="primary" onClick={save} disabled={step === 'saving' || chosen === ''} data-testid="save">
              {selected?.kind === 'registrar' ? (step === 'saving' ? kinds.forwarding : kinds.forward) : step === 'saving' ? text.saving : text.save}
            </Button>
          </div>
        )}
        {selected !== undefined && step !== 'deleted' && (
          <Text size={200} data-testid="destination-kind" data-kind={selected.kind}>
            {kinds.describe(selected)}
          </Text>
        )}
        {receipts.map((r, i) => (
          <ReceiptView key={i} receipt={r} language={services.language} />
        ))}
        {saved && step !== 'deleted' && services.graph !== undefined && (
          <Button onClick={remove} disabled={step === 'saving'} data-testid="delete-mail">
            {text.deleteMail}
          </Button>
        )}
        {step === 'deleted' && <Text data-testid="deleted">{text.deleted}</Text>}
        {error !== undefined && (
          <Text role="alert" data-testid="storage-error">
            {errorText(text, error)}
          </Text>
        )}
      </MessageBarBody>
    </MessageBar>
  );
};
