import { Button, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarBody, Spinner, Text, Textarea, tokens } from '@fluentui/react-components';
import type React from 'react';
import { useId, useMemo, useState } from 'react';
import type { Mailbox } from '../../../core/mime/index.js';
import { cardKeyProvider, cardLogin } from '../../companion/card-signer.js';
import { resolveRecipient } from '../../companion/recipient-lookup.js';
import { AddinError, errorCode } from '../../errors.js';
import { sendMimeMessage } from '../../office/graph-mail.js';
import type { CertificateBook } from '../../taskpane/certificate-status.js';
import { RecipientCertificates } from '../../taskpane/RecipientCertificates.js';
import { SubjectFixer } from '../../taskpane/SubjectFixer.js';
import { TASKPANE_TEXT } from '../../taskpane/taskpane-text.js';
import type { CompanionControls } from '../../taskpane/use-companion.js';
import { useRecipients } from '../../taskpane/use-recipients.js';
import { formatSize } from '../content/index.js';
import type { ReadServices } from '../services.js';
import { addressInput } from './original-message.js';
import { addressLine, type ReplyPrefill } from './reply-prefill.js';
import { replyText } from './reply-text.js';
import { recipientsWithoutCertificate, sendReply } from './send-reply.js';
import { usePolicy, useSubjectVerdict } from './use-subject-verdict.js';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  body: { fontFamily: tokens.fontFamilyMonospace },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalS },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
});

export interface ReplyComposerProps {
  readonly services: ReadServices;
  readonly companion: CompanionControls;
  readonly prefill: ReplyPrefill;
  /** Holds the original sender's certificates from the message; the companion's store and directory are added. */
  readonly book: CertificateBook;
  readonly onSent: (recipients: readonly Mailbox[]) => void;
  readonly onCancel: () => void;
}

/**
 * The secure reply form inside the read pane: nothing typed here leaves the pane unencrypted.
 * Spell checking is off: a browser's cloud spell checker (Edge's enhanced spell check) would
 * otherwise send the decrypted quote to a service; no autocomplete keeps typed values out of the profile.
 */
export const ReplyComposer: React.FC<ReplyComposerProps> = ({ services, companion, prefill, book, onSent, onCancel }) => {
  const styles = useStyles();
  const { language } = services;
  const text = replyText(language);
  const headingId = useId();
  const [toLine, setToLine] = useState(addressLine(prefill.to));
  const [ccLine, setCcLine] = useState(addressLine(prefill.cc));
  const [subject, setSubject] = useState(prefill.subject);
  const [body, setBody] = useState(prefill.body);
  const [kept, setKept] = useState<ReadonlySet<string>>(() => new Set(prefill.attachments.map((a) => a.id)));
  const card = companion.state.kind === 'ready' ? companion.state.card : undefined;
  const [sign, setSign] = useState(true);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [imports, setImports] = useState(0);

  const to = useMemo(() => addressInput(toLine), [toLine]);
  const cc = useMemo(() => addressInput(ccLine), [ccLine]);
  const addressKey = [...to.mailboxes, ...cc.mailboxes].map((m) => m.address.toLowerCase()).join(',');
  const addresses = useMemo(() => (addressKey === '' ? [] : addressKey.split(',')), [addressKey]);
  const lookup = useMemo(() => ({ certificates: book, companion: services.companion }), [book, services.companion]);
  const recipients = useRecipients(lookup, addresses, companion.generation + imports);
  const policy = usePolicy(services.companion, companion.generation);
  const subjectCheck = useSubjectVerdict(subject, addresses, policy);
  const resolved = addresses.every((a) => recipients.some((r) => r.address.toLowerCase() === a));
  const missing = resolved ? recipientsWithoutCertificate({ to: to.mailboxes, cc: cc.mailboxes }, recipients) : [];
  const bad = [...to.bad, ...cc.bad];
  const signing = sign && card?.signing !== undefined ? card.signing : undefined;
  // The card's encryption certificate (the key this message was just opened with), else the host's.
  const ownCertificate = card?.encryption?.der ?? services.senderCertificate;
  const canSend = !sending && addresses.length > 0 && bad.length === 0 && resolved && missing.length === 0 && subjectCheck.allowed && ownCertificate !== undefined;

  const send = async (): Promise<void> => {
    setSending(true);
    setFailure(undefined);
    let cardSession: string | undefined;
    const client = services.companion;
    try {
      const graph = services.graph;
      if (graph === undefined) throw new AddinError('GRAPH_AUTH_FAILED');
      // Resolved again at the moment of sending (the list shown may still hold the book's first,
      // unchecked answer): a certificate the companion finds revoked now is refused.
      const checkedNow = await Promise.all(addresses.map((address) => resolveRecipient(address, book, client)));
      await sendReply(
        {
          from: { address: services.user.emailAddress, ...(services.user.displayName ? { name: services.user.displayName } : {}) },
          to: to.mailboxes,
          cc: cc.mailboxes,
          subject,
          text: body,
          attachments: prefill.attachments.filter((a) => kept.has(a.id)).map((a) => ({ filename: a.name ?? a.saveName, contentType: a.contentType, content: a.bytes })),
          inReplyTo: prefill.inReplyTo,
          references: prefill.references,
        },
        {
          recipients: checkedNow,
          senderCertificate: ownCertificate,
          subjectAllowed: subjectCheck.allowed,
          send: (mime, envelope) => sendMimeMessage(mime, envelope, graph).then(() => undefined),
          ...(client && signing
            ? {
                signer: async () => {
                  cardSession = await cardLogin(client, services.dialogs, signing.token, 'sign');
                  return cardKeyProvider(client, cardSession, signing);
                },
              }
            : {}),
        },
      );
      onSent([...to.mailboxes, ...cc.mailboxes]);
    } catch (error) {
      setFailure(errorCode(error));
      setSending(false);
    } finally {
      if (cardSession !== undefined) void client?.closeSession(cardSession).catch(() => undefined);
    }
  };

  return (
    <section aria-labelledby={headingId} className={styles.form} data-testid="reply-composer" data-kind={prefill.kind}>
      <Text as="h2" id={headingId} size={400} weight="semibold">
        {text.heading[prefill.kind]}
      </Text>
      <Text size={200}>{text.intro}</Text>
      <Field label={text.to} validationMessage={to.bad.length > 0 ? text.badAddresses(to.bad.join(', ')) : undefined}>
        <Input value={toLine} onChange={(_, data) => setToLine(data.value)} autoComplete="off" data-testid="reply-to" />
      </Field>
      <Field label={text.cc} validationMessage={cc.bad.length > 0 ? text.badAddresses(cc.bad.join(', ')) : undefined}>
        <Input value={ccLine} onChange={(_, data) => setCcLine(data.value)} autoComplete="off" data-testid="reply-cc" />
      </Field>
      <Field label={text.subject}>
        <Input value={subject} onChange={(_, data) => setSubject(data.value)} autoComplete="off" spellCheck={false} data-testid="reply-subject" />
      </Field>
      {subjectCheck.verdict === undefined && <Text size={200}>{text.checkingSubject}</Text>}
      {subjectCheck.verdict !== undefined && !subjectCheck.verdict.ok && <SubjectFixer suggestion={subjectCheck.verdict.suggestion} language={language} onApply={setSubject} />}
      <Field label={text.body}>
        <Textarea value={body} onChange={(_, data) => setBody(data.value)} rows={12} resize="vertical" textarea={{ className: styles.body }} spellCheck={false} autoComplete="off" data-testid="reply-body" />
      </Field>
      {prefill.attachments.length > 0 && (
        <fieldset className={styles.list} data-testid="reply-attachments">
          <legend>{text.attachmentsHeading}</legend>
          {prefill.attachments.map((a) => (
            <Checkbox
              key={a.id}
              checked={kept.has(a.id)}
              label={`${a.name ?? a.saveName} (${formatSize(a.size, language)})`}
              onChange={(_, data) => setKept((previous) => toggled(previous, a.id, data.checked === true))}
            />
          ))}
        </fieldset>
      )}
      <RecipientCertificates
        recipients={recipients}
        language={language}
        onImport={(bytes) => {
          try {
            book.importFile(bytes);
          } catch (error) {
            setFailure(errorCode(error));
          }
          setImports((n) => n + 1);
        }}
      />
      {addresses.length === 0 && <Text data-testid="reply-no-recipients">{text.noRecipients}</Text>}
      {missing.length > 0 && (
        <MessageBar intent="error">
          <MessageBarBody data-testid="reply-missing">{text.missingCertificates(missing.join(', '))}</MessageBarBody>
        </MessageBar>
      )}
      {ownCertificate === undefined && (
        <MessageBar intent="warning">
          <MessageBarBody>{text.noOwnCertificate}</MessageBarBody>
        </MessageBar>
      )}
      {card?.signing !== undefined && <Checkbox checked={sign} label={text.sign} onChange={(_, data) => setSign(data.checked === true)} data-testid="reply-sign" />}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!canSend} onClick={() => void send()} data-testid="reply-send">
          {sending ? <Spinner size="tiny" label={text.sending} /> : text.send}
        </Button>
        <Button disabled={sending} onClick={onCancel} data-testid="reply-cancel">
          {text.cancel}
        </Button>
      </div>
      {failure !== undefined && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody data-testid="reply-error">{failure === 'SUBJECT_NOT_ALLOWED' ? TASKPANE_TEXT[language].subjectExplain : TASKPANE_TEXT[language].error(failure)}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
};

function toggled(set: ReadonlySet<string>, id: string, on: boolean): ReadonlySet<string> {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}
