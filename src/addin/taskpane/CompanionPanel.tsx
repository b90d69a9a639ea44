import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import type React from 'react';
import { useState } from 'react';
import type { Language } from '../i18n/language.js';
import { TASKPANE_TEXT } from './taskpane-text.js';
import type { CompanionControls } from './use-companion.js';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'end' },
});

/** The companion's state (not running / not paired / no card / card ready) and the pairing form. */
export const CompanionPanel: React.FC<{ readonly companion: CompanionControls; readonly language: Language }> = ({ companion, language }) => {
  const styles = useStyles();
  const text = TASKPANE_TEXT[language].companion;
  const [code, setCode] = useState('');
  const { state } = companion;
  if (state.kind === 'absent') return null;
  return (
    <section className={styles.box} aria-labelledby="kuvert-companion" data-testid="companion" data-state={state.kind}>
      <Text as="h2" id="kuvert-companion" weight="semibold">
        {text.heading}
      </Text>
      {state.kind === 'checking' && <Text>{text.checking}</Text>}
      {state.kind === 'unreachable' && (
        <>
          <Text>{text.unreachable}</Text>
          <Button onClick={companion.refresh}>{text.retry}</Button>
        </>
      )}
      {state.kind === 'no-card' && (
        <>
          <Text>{text.noCard}</Text>
          <Button onClick={companion.refresh}>{text.retry}</Button>
        </>
      )}
      {state.kind === 'ready' && (
        <Text data-testid="card-holder">
          {text.ready(state.tokenLabel, (state.card.signing ?? state.card.encryption)?.profile.name ?? '')}
        </Text>
      )}
      {state.kind === 'unpaired' && state.pairingId === undefined && (
        <>
          <Text>{text.unpaired}</Text>
          <Button onClick={companion.startPairing}>{text.pair}</Button>
        </>
      )}
      {state.kind === 'unpaired' && state.pairingId !== undefined && (
        <form
          className={styles.row}
          onSubmit={(e) => {
            e.preventDefault();
            companion.confirmPairing(code);
            setCode('');
          }}
        >
          <Field label={text.codeLabel} hint={text.codeHint}>
            <Input value={code} inputMode="numeric" maxLength={6} autoComplete="off" onChange={(_, d) => setCode(d.value.replace(/\D/gu, ''))} data-testid="pairing-code" />
          </Field>
          <Button type="submit" appearance="primary" disabled={code.length !== 6}>
            {text.confirm}
          </Button>
        </form>
      )}
      {state.kind === 'unpaired' && state.error !== undefined && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{text.pairingFailed}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
};
