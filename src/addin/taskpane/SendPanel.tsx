import { Button, makeStyles, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner, tokens } from '@fluentui/react-components';
import type React from 'react';
import type { Language } from '../i18n/language.js';
import type { SecureMode } from './send-securely.js';
import { TASKPANE_TEXT } from './taskpane-text.js';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

export type SendState = { readonly kind: 'idle' } | { readonly kind: 'sending' } | { readonly kind: 'sent'; readonly discarded: boolean } | { readonly kind: 'failed'; readonly code: string };

export interface SendPanelProps {
  readonly language: Language;
  readonly mode: SecureMode;
  readonly state: SendState;
  readonly canSend: boolean;
  readonly onMode: (mode: SecureMode) => void;
  readonly onSend: () => void;
}

/** Encrypt / Sign / Encrypt + Sign, and the Send securely button with its outcome. */
export const SendPanel: React.FC<SendPanelProps> = ({ language, mode, state, canSend, onMode, onSend }) => {
  const styles = useStyles();
  const text = TASKPANE_TEXT[language];
  return (
    <section className={styles.panel}>
      <RadioGroup aria-label={text.modeHeading} value={mode} onChange={(_, data) => onMode(data.value as SecureMode)}>
        {(['encrypt', 'sign', 'encrypt-sign'] as const).map((m) => (
          <Radio key={m} value={m} label={text.mode[m]} />
        ))}
      </RadioGroup>
      <Button appearance="primary" disabled={!canSend || state.kind === 'sending'} onClick={onSend}>
        {state.kind === 'sending' ? <Spinner size="tiny" label={text.sending} /> : text.sendSecurely}
      </Button>
      {state.kind === 'sent' && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{state.discarded ? text.sent : text.sentNotDiscarded}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'failed' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{text.error(state.code)}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
};
