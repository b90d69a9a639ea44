import { Button, Field, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Select, Text, tokens } from '@fluentui/react-components';
import type React from 'react';
import { useEffect, useState } from 'react';
import { formatSize } from './content/index.js';
import { graphMessageId, moveToDeletedItems } from '../office/message-source.js';
import { errorText, readText } from './read-text.js';
import { resolveReminder } from './reminders.js';
import type { ReadServices } from './services.js';
import { destinationText } from './destinations/destination-text.js';
import { saveToDestination } from './destinations/save-to-destination.js';
import { listDestinations, type Destination, type StorageReceipt } from './store-message.js';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  hash: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere', fontSize: tokens.fontSizeBase100 },
});

type Step =
  | { readonly kind: 'choose' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly receipt: StorageReceipt }
  | { readonly kind: 'deleted'; readonly receipt: StorageReceipt };

/**
 * Shown after decryption and not closable: encryption is for transfer, not storage. Offers the
 * policy's approved destinations — a folder (the companion writes it), a SharePoint/OneDrive
 * library (Graph upload) or the registrar (forwarded encrypted) — shows the receipt (each file's
 * size and SHA-256, or the forward's address, time and SHA-256), then offers to delete the mail.
 */
export const StorageBanner: React.FC<{ readonly services: ReadServices; readonly message: Uint8Array; readonly messageId: string }> = ({ services, message, messageId }) => {
  const styles = useStyles();
  const text = readText(services.language);
  const kinds = destinationText(services.language);
  const [destinations, setDestinations] = useState<readonly Destination[] | undefined>(undefined);
  const [chosen, setChosen] = useState('');
  const [step, setStep] = useState<Step>({ kind: 'choose' });
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
    setStep({ kind: 'saving' });
    setError(undefined);
    saveToDestination(services, { destination, message, messageId }).then(
      (receipt) => {
        const itemId = services.mailbox.item?.itemId;
        if (itemId) resolveReminder(services.roaming, itemId);
        setStep({ kind: 'saved', receipt });
      },
      (e: unknown) => {
        setError(e);
        setStep({ kind: 'choose' });
      },
    );
  };

  const remove = (receipt: StorageReceipt): void => {
    const graph = services.graph;
    if (graph === undefined) return;
    setError(undefined);
    Promise.resolve()
      .then(() => moveToDeletedItems(graphMessageId(services.mailbox), graph))
      .then(() => setStep({ kind: 'deleted', receipt }), setError);
  };

  const receipt = step.kind === 'saved' || step.kind === 'deleted' ? step.receipt : undefined;
  const selected = destinations?.find((d) => d.name === chosen);
  return (
    <MessageBar intent={step.kind === 'deleted' ? 'success' : 'warning'} layout="multiline" data-testid="storage-banner" data-step={step.kind}>
      <MessageBarBody className={styles.box}>
        <MessageBarTitle>{text.storageHeading}</MessageBarTitle>
        <Text>{text.storageExplain}</Text>
        {destinations !== undefined && destinations.length === 0 && <Text>{client?.paired === true ? text.noDestinations : text.storageNeedsCompanion}</Text>}
        {destinations !== undefined && destinations.length > 0 && receipt === undefined && (
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
            <Button appearance="primary" onClick={save} disabled={step.kind === 'saving' || chosen === ''} data-testid="save">
              {selected?.kind === 'registrar' ? (step.kind === 'saving' ? kinds.forwarding : kinds.forward) : step.kind === 'saving' ? text.saving : text.save}
            </Button>
          </div>
        )}
        {selected !== undefined && receipt === undefined && (
          <Text size={200} data-testid="destination-kind" data-kind={selected.kind}>
            {kinds.describe(selected)}
          </Text>
        )}
        {receipt !== undefined && receipt.kind === 'forwarded' && (
          <div data-testid="receipt" data-kind="forwarded">
            <Text>{kinds.forwarded(receipt.address, receipt.time)}</Text>
            <div className={styles.hash}>{`meddelande.eml (${formatSize(receipt.bytes, services.language)}) SHA-256 ${receipt.sha256}`}</div>
          </div>
        )}
        {receipt !== undefined && receipt.kind !== 'forwarded' && (
          <div data-testid="receipt" data-kind={'webUrl' in receipt ? 'graph-drive' : 'folder'}>
            <Text>{'webUrl' in receipt ? kinds.uploaded(receipt.path) : text.receipt(receipt.path)}</Text>
            <ul>
              {receipt.files.map((f) => (
                <li key={f.name}>
                  <Text>{`${f.name} (${formatSize(f.bytes, services.language)})`}</Text>
                  <div className={styles.hash}>SHA-256 {f.sha256}</div>
                </li>
              ))}
            </ul>
            {'webUrl' in receipt && typeof receipt.webUrl === 'string' && <Text size={200} className={styles.hash}>{`${kinds.openLibrary} ${receipt.webUrl}`}</Text>}
            {'emlOnly' in receipt && receipt.emlOnly === true && <Text size={200} data-testid="eml-only">{kinds.emlOnly}</Text>}
          </div>
        )}
        {step.kind === 'saved' && services.graph !== undefined && (
          <Button onClick={() => remove(step.receipt)} data-testid="delete-mail">
            {text.deleteMail}
          </Button>
        )}
        {step.kind === 'deleted' && <Text data-testid="deleted">{text.deleted}</Text>}
        {error !== undefined && (
          <Text role="alert" data-testid="storage-error">
            {errorText(text, error)}
          </Text>
        )}
      </MessageBarBody>
    </MessageBar>
  );
};
