import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import type React from 'react';
import { useState } from 'react';
import { errorCode } from '../../errors.js';
import { CertificateBook } from '../../taskpane/certificate-status.js';
import { TASKPANE_TEXT } from '../../taskpane/taskpane-text.js';
import type { CompanionControls } from '../../taskpane/use-companion.js';
import type { MessageContent } from '../content/index.js';
import type { OpenedMessage } from '../message-layers.js';
import type { ReadServices } from '../services.js';
import type { SignerView } from '../signer-panel.js';
import { originalMessage } from './original-message.js';
import { displayOf, prefillReply, type ReplyPrefill } from './reply-prefill.js';
import { replyText, type ReplyKind } from './reply-text.js';
import { ReplyComposer } from './ReplyComposer.js';
import { senderCertificates } from './sender-certificates.js';

const useStyles = makeStyles({
  buttons: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

export interface SecureReplyProps {
  readonly services: ReadServices;
  readonly companion: CompanionControls;
  readonly opened: OpenedMessage;
  readonly content: MessageContent;
  readonly views: readonly SignerView[];
}

type ReplyState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'preparing' }
  | { readonly kind: 'composing'; readonly prefill: ReplyPrefill; readonly book: CertificateBook; readonly key: number }
  | { readonly kind: 'sent'; readonly recipients: string }
  | { readonly kind: 'failed'; readonly code: string };

const KINDS: readonly ReplyKind[] = ['reply', 'reply-all', 'forward'];

/** Reply securely, Reply all securely, Forward securely: a composer in the pane, never an Outlook draft. */
export const SecureReply: React.FC<SecureReplyProps> = ({ services, companion, opened, content, views }) => {
  const styles = useStyles();
  const text = replyText(services.language);
  const [state, setState] = useState<ReplyState>({ kind: 'idle' });

  const start = (kind: ReplyKind): void => {
    setState({ kind: 'preparing' });
    const prepare = async (): Promise<ReplyState> => {
      const original = originalMessage(opened.readable, content, services.mailbox.item?.internetMessageId);
      // The verified signer's certificates (and the encryption one it prefers), checked again when resolved.
      const book = new CertificateBook();
      for (const der of await senderCertificates(opened.signatures, views)) {
        try {
          book.add(der, 'store');
        } catch {
          // unreadable here: the companion's store or directory may still have one
        }
      }
      const prefill = prefillReply(original, kind, text, { self: services.user.emailAddress });
      return { kind: 'composing', prefill, book, key: Date.now() };
    };
    prepare().then(setState, (error: unknown) => setState({ kind: 'failed', code: errorCode(error) }));
  };

  if (state.kind === 'composing') {
    return (
      <ReplyComposer
        key={state.key}
        services={services}
        companion={companion}
        prefill={state.prefill}
        book={state.book}
        onSent={(recipients) => setState({ kind: 'sent', recipients: recipients.map(displayOf).join(', ') })}
        onCancel={() => setState({ kind: 'idle' })}
      />
    );
  }
  return (
    <section aria-label={text.start.reply}>
      {state.kind === 'sent' && (
        <MessageBar intent="success" role="status">
          <MessageBarBody data-testid="reply-sent">{text.sent(state.recipients)}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'failed' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{TASKPANE_TEXT[services.language].error(state.code)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        {KINDS.map((kind) => (
          <Button key={kind} disabled={state.kind === 'preparing'} onClick={() => start(kind)} data-testid={`reply-start-${kind}`}>
            {text.start[kind]}
          </Button>
        ))}
        {state.kind === 'preparing' && <Spinner size="tiny" label={text.preparing} />}
      </div>
    </section>
  );
};
