import { Divider, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import type React from 'react';
import { useEffect, useState } from 'react';
import { cardKeyProvider, cardLogin } from '../companion/card-signer.js';
import type { LoadedPolicy } from '../companion/policy-source.js';
import { AddinError, errorCode } from '../errors.js';
import { closeDraft, readSecureDraft, setSubject } from '../office/compose-draft.js';
import { savePolicyForOnSend } from '../office/policy-roaming.js';
import { usable } from './certificate-status.js';
import { CompanionPanel } from './CompanionPanel.js';
import { RecipientCertificates } from './RecipientCertificates.js';
import { defaultMode, sendSecurely, type SecureMode } from './send-securely.js';
import { SendPanel, type SendState } from './SendPanel.js';
import type { TaskpaneServices } from './services.js';
import { SubjectFixer } from './SubjectFixer.js';
import { TASKPANE_TEXT } from './taskpane-text.js';
import { useCompanion } from './use-companion.js';
import { useLiveVerdict } from './use-live-verdict.js';
import { useRecipients } from './use-recipients.js';
import { VerdictSummary } from './VerdictSummary.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalL },
  source: { color: tokens.colorNeutralForeground3 },
});

/** The compose view: companion and card, live verdict, subject fixer, recipients' certificates, Send securely. */
export const ComposeView: React.FC<{ readonly services: TaskpaneServices }> = ({ services }) => {
  const styles = useStyles();
  const { language } = services;
  const text = TASKPANE_TEXT[language];
  const companion = useCompanion(services.companion, services.user.emailAddress);
  const [loaded, setLoaded] = useState<LoadedPolicy>({ policy: services.policy, source: 'default' });
  useEffect(() => {
    let cancelled = false;
    void services.loadPolicy().then((next) => {
      // An organisation policy (validated by core/policy) is left for the on-send handler.
      if (next.source !== 'default') savePolicyForOnSend(services.roaming, next.policy, next.source);
      if (!cancelled) setLoaded((previous) => (previous.policy === next.policy && previous.problem === next.problem ? previous : next));
    });
    return () => {
      cancelled = true;
    };
  }, [services, companion.generation]);
  const live = useLiveVerdict(services, loaded.policy);
  // Until the user picks, the mode follows the verdict: what the policy requires encrypted is
  // encrypted (and signed when the card is there); otherwise signed with the card, else encrypted.
  const [chosen, setChosen] = useState<SecureMode | undefined>(undefined);
  const [state, setState] = useState<SendState>({ kind: 'idle' });
  const [imports, setImports] = useState(0);
  const recipients = useRecipients(services, live.recipients, companion.generation + imports);
  const card = companion.state.kind === 'ready' ? companion.state.card : undefined;
  const mode: SecureMode = chosen ?? defaultMode(live.verdict?.action, card?.signing !== undefined);
  const signs = mode !== 'encrypt';
  const encrypts = mode !== 'sign';
  const subjectOk = live.verdict?.subject.ok ?? false;
  const canSend =
    subjectOk && recipients.length > 0 && (!encrypts || recipients.every((r) => usable(r.status))) && (!signs || card?.signing !== undefined);

  const send = async (): Promise<void> => {
    setState({ kind: 'sending' });
    let cardSession: string | undefined;
    try {
      const sender = services.senderCertificate() ?? card?.encryption?.der;
      if (sender === undefined) throw new AddinError('NO_SENDER_CERTIFICATE');
      const draft = await readSecureDraft(services.item, services.user);
      const certificates = new Map(recipients.flatMap((r) => (r.der && usable(r.status) ? [[r.address.toLowerCase(), r.der] as const] : [])));
      const client = services.companion;
      const signing = card?.signing;
      const outcome = await sendSecurely(draft, mode, {
        certificates,
        senderCertificate: sender,
        send: (mime, envelope) => services.sendMime(mime, envelope).then(() => undefined),
        discardDraft: () => closeDraft(services.item),
        ...(client && signing
          ? {
              signer: async () => {
                cardSession = await cardLogin(client, services.dialogs, signing.token, 'sign');
                return cardKeyProvider(client, cardSession, signing);
              },
            }
          : {}),
      });
      setState({ kind: 'sent', discarded: outcome.draftDiscarded });
    } catch (error) {
      setState({ kind: 'failed', code: errorCode(error) });
    } finally {
      // One login per send: the card session is closed as soon as the message is signed and sent (or not).
      if (cardSession !== undefined) void services.companion?.closeSession(cardSession).catch(() => undefined);
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
      <Text size={200} className={styles.source} data-testid="policy-source" data-source={loaded.source}>
        {text.policySource(loaded.source)}
      </Text>
      {loaded.problem !== undefined && (
        <MessageBar intent="warning">
          <MessageBarBody>{text.error('POLICY_INVALID')}</MessageBarBody>
        </MessageBar>
      )}
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
      <CompanionPanel companion={companion} language={language} />
      <SendPanel language={language} mode={mode} state={state} canSend={canSend} onMode={setChosen} onSend={() => void send()} />
    </main>
  );
};

