import { Badge, Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type React from 'react';
import { useRef } from 'react';
import type { Language } from '../i18n/language.js';
import { usable, type RecipientCertificate } from './certificate-status.js';
import { TASKPANE_TEXT } from './taskpane-text.js';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  identity: { color: tokens.colorNeutralForeground3 },
});

export interface RecipientCertificatesProps {
  readonly recipients: readonly RecipientCertificate[];
  readonly language: Language;
  readonly onImport: (file: Uint8Array) => void;
}

/** Each recipient with certificate status and identity (name, HSA-id, organisation, validity). */
export const RecipientCertificates: React.FC<RecipientCertificatesProps> = ({ recipients, language, onImport }) => {
  const styles = useStyles();
  const text = TASKPANE_TEXT[language];
  const input = useRef<HTMLInputElement>(null);
  const anyMissing = recipients.some((r) => !usable(r.status));
  return (
    <section aria-labelledby="kuvert-recipients">
      <Text as="h2" id="kuvert-recipients" weight="semibold">
        {text.recipientsHeading}
      </Text>
      <ul className={styles.list}>
        {recipients.map((r) => (
          <li key={r.address} data-testid="recipient" data-status={r.status} data-checked={r.checked === true ? 'true' : 'false'}>
            <Text>{r.address} </Text>
            <Badge appearance="tint" color={usable(r.status) ? (r.status === 'valid' ? 'success' : 'warning') : 'danger'}>
              {text.status[r.status]}
            </Badge>
            {r.checked === true && <Text size={200}> {text.checked}</Text>}
            {r.profile && (
              <Text as="p" size={200} className={styles.identity}>
                {[r.profile.name, r.profile.hsaId, r.profile.organization, `${r.profile.notBefore.slice(0, 10)} – ${r.profile.notAfter.slice(0, 10)}`]
                  .filter((part) => part !== undefined)
                  .join(' · ')}
              </Text>
            )}
          </li>
        ))}
      </ul>
      {anyMissing && <Text size={200}>{text.missingHelp}</Text>}
      <input
        ref={input}
        type="file"
        accept=".cer,.crt,.pem,.der"
        hidden
        aria-label={text.importCertificate}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void file.arrayBuffer().then((b) => onImport(new Uint8Array(b)));
        }}
      />
      <Button onClick={() => input.current?.click()}>{text.importCertificate}</Button>
    </section>
  );
};
