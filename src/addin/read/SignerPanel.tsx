import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import type React from 'react';
import type { Language } from '../i18n/language.js';
import { readText } from './read-text.js';
import type { SignerView } from './signer-panel.js';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: 'anywhere' },
});

const GOOD = new Set(['valid']);
const NEUTRAL = new Set(['valid-unchecked']);

const day = (iso: string | null): string => (iso === null ? '?' : iso.slice(0, 10));

/** Who signed, as a person reads it: one verdict sentence, then name, HSA-id, organisation, issuer, validity, revocation. */
export const SignerPanel: React.FC<{ readonly views: readonly SignerView[]; readonly language: Language }> = ({ views, language }) => {
  const styles = useStyles();
  const text = readText(language);
  if (views.length === 0) return null;
  return (
    <section className={styles.box} aria-labelledby="kuvert-signer" data-testid="signer-panel">
      <Text as="h2" id="kuvert-signer" weight="semibold">
        {text.signerHeading}
      </Text>
      {views.map((view, i) => (
        <div key={i} className={styles.box} data-testid="signer" data-verdict={view.verdict}>
          <MessageBar intent={GOOD.has(view.verdict) ? 'success' : NEUTRAL.has(view.verdict) ? 'info' : 'error'}>
            <MessageBarBody data-testid="signer-verdict">{text.verdict(view)}</MessageBarBody>
          </MessageBar>
          {view.sender.status === 'mismatch' && (
            <MessageBar intent="warning">
              <MessageBarBody>{text.senderMismatch}</MessageBarBody>
            </MessageBar>
          )}
          <dl className={styles.list}>
            {(
              [
                [text.labels.name, view.name, 'signer-name'],
                [text.labels.hsaId, view.hsaId, 'signer-hsaid'],
                [text.labels.organization, view.organization, 'signer-organization'],
                [text.labels.email, view.email, 'signer-email'],
                [text.labels.issuer, view.issuer, 'signer-issuer'],
                [text.labels.validity, view.notBefore === null ? null : `${day(view.notBefore)} – ${day(view.notAfter)}`, 'signer-validity'],
                [text.labels.revocation, text.revocation(view.revocation, view.revokedAt), 'signer-revocation'],
              ] as const
            )
              .filter(([, value]) => value !== null)
              .map(([term, value, id]) => (
                <div key={id} style={{ display: 'contents' }}>
                  <dt className={styles.term}>{term}</dt>
                  <dd className={styles.value} data-testid={id}>
                    {value}
                  </dd>
                </div>
              ))}
          </dl>
        </div>
      ))}
    </section>
  );
};
