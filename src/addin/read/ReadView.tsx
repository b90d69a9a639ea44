import { Button, Divider, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import type React from 'react';
import { CompanionPanel } from '../taskpane/CompanionPanel.js';
import { useCompanion } from '../taskpane/use-companion.js';
import { SafeMessageView } from './content/index.js';
import { errorText, readText } from './read-text.js';
import { ReminderList } from './ReminderList.js';
import { SecureReply } from './reply/SecureReply.js';
import type { ReadServices } from './services.js';
import { SignerPanel } from './SignerPanel.js';
import { StorageBanner } from './StorageBanner.js';
import { useReadMessage } from './use-read-message.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalL },
});

/** The read view: status, companion, Decrypt with card, signer panel, storage banner, the content shown safely, reminders. */
export const ReadView: React.FC<{ readonly services: ReadServices }> = ({ services }) => {
  const styles = useStyles();
  const { language } = services;
  const text = readText(language);
  const companion = useCompanion(services.companion, services.user.emailAddress);
  const { state, decrypt } = useReadMessage(services, companion.generation);
  const survey = state.kind === 'surveyed' || state.kind === 'decrypting' || state.kind === 'failed' ? state.survey : undefined;
  const kind = state.kind === 'opened' ? state.opened.kind : survey?.kind;
  const layers = state.kind === 'opened' ? state.opened.layers.length : (survey?.layers.length ?? 0);
  const canDecrypt = (state.kind === 'surveyed' || state.kind === 'failed') && survey?.needsDecryption === true;
  const views = state.kind === 'failed' ? (state.views ?? []) : state.kind === 'loading' ? [] : state.views;
  const item = services.mailbox.item;
  return (
    <main className={styles.root} data-testid="read-view" data-state={state.kind}>
      <Text as="h1" size={500} weight="semibold">
        {text.title}
      </Text>
      {state.kind === 'loading' && <Spinner size="small" />}
      {kind !== undefined && (
        <Text data-testid="message-kind" data-kind={kind}>
          {state.kind === 'opened' ? text.opened(state.opened.layers) : text.kind(kind, layers)}
        </Text>
      )}
      <CompanionPanel companion={companion} language={language} />
      {canDecrypt && (
        <Button appearance="primary" onClick={decrypt} data-testid="decrypt">
          {text.decrypt}
        </Button>
      )}
      {state.kind === 'decrypting' && (
        <Text role="status" data-testid="decrypting">
          {state.pinAsked ? text.pinAsked : text.decrypting}
        </Text>
      )}
      {state.kind === 'failed' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody data-testid="read-error">{errorText(text, state.error)}</MessageBarBody>
        </MessageBar>
      )}
      <SignerPanel views={views} language={language} />
      {state.kind === 'opened' && state.opened.decrypted && (
        <StorageBanner services={services} message={state.opened.readable} messageId={item?.internetMessageId ?? item?.itemId ?? 'message'} />
      )}
      {state.kind === 'opened' && state.opened.decrypted && (
        <SecureReply services={services} companion={companion} opened={state.opened} content={state.content} views={state.views} />
      )}
      {state.kind === 'opened' && (
        <>
          <Divider />
          <SafeMessageView content={state.content} language={language} />
        </>
      )}
      <ReminderList roaming={services.roaming} language={language} current={item?.itemId} generation={state.kind === 'opened' ? 1 : 0} />
    </main>
  );
};
