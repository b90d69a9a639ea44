import { Divider, makeStyles, Text, tokens } from '@fluentui/react-components';
import type React from 'react';
import { useMemo, useState } from 'react';
import { errorCode } from '../errors.js';
import { closeDraft, readSecureDraft, setSubject } from '../office/compose-draft.js';
import { usable } from './certificate-status.js';
import { RecipientCertificates } from './RecipientCertificates.js';
import { sendSecurely, type SecureMode } from './send-securely.js';
import { SendPanel, type SendState } from './SendPanel.js';
import type { TaskpaneServices } from './services.js';
import { SubjectFixer } from './SubjectFixer.js';
import { useLiveVerdict } from './use-live-verdict.js';
import { VerdictSummary } from './VerdictSummary.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalL },
});

/** The compose view: live verdict, subject fixer, recipients' certificates, Send securely. */
export const ComposeView: React.FC<{ readonly services: TaskpaneServices }> = ({ services }) => {
  const styles = useStyles();
  const { language } = services;
  const live = useLiveVerdict(services);
  const [mode, setMode] = useState<SecureMode>('encrypt');
  const [state, setState] = useState<SendState>({ kind: 'idle' });
  const [imports, setImports] = useState(0);
  const recipients = useMemo(
    () => live.recipients.map((address) => services.certificates.lookup(address, new Date())),
    // `imports` re-reads the book after a certificate file was imported.
    [live.recipients, services.certificates, imports],
  );
  const subjectOk = live.verdict?.subject.ok ?? false;
  const canSend = subjectOk && recipients.length > 0 && recipients.every((r) => usable(r.status));

  const send = async (): Promise<void> => {
    setState({ kind: 'sending' });
    try {
      const sender = services.senderCertificate();
      if (sender === undefined) throw Object.assign(new Error('no sender certificate'), { code: 'NO_RECIPIENT_CERTIFICATE' });
      const draft = await readSecureDraft(services.item, services.user);
      const certificates = new Map(recipients.flatMap((r) => (r.der && usable(r.status) ? [[r.address.toLowerCase(), r.der] as const] : [])));
      const outcome = await sendSecurely(draft, mode, { certificates, senderCertificate: sender, send: (mime) => services.sendMime(mime), discardDraft: () => closeDraft(services.item) });
      setState({ kind: 'sent', discarded: outcome.draftDiscarded });
    } catch (error) {
      setState({ kind: 'failed', code: errorCode(error) });
    }
  };

  return (
    <main className={styles.root} lang={language}>
      <Text as="h1" size={500} weight="semibold">
        Kuvert
      </Text>
      {live.verdict && !live.verdict.subject.ok && (
        <SubjectFixer suggestion={live.verdict.subject.suggestion} language={language} onApply={(s) => void setSubject(services.item, s).then(live.refresh)} />
      )}
      <VerdictSummary verdict={live.verdict} language={language} />
      <Divider />
      <RecipientCertificates
        recipients={recipients}
        language={language}
        onImport={(bytes) => {
          try {
            services.certificates.importFile(bytes);
          } catch (error) {
            setState({ kind: 'failed', code: errorCode(error) });
          }
          setImports((n) => n + 1);
        }}
      />
      <Divider />
      <SendPanel language={language} mode={mode} state={state} canSend={canSend} onMode={setMode} onSend={() => void send()} />
    </main>
  );
};
