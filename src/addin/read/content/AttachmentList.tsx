import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type React from 'react';
import { useId } from 'react';
import type { Language } from '../../i18n/language.js';
import { openAsType, openAttachment, saveAttachment } from './attachment-actions.js';
import { formatSize } from './attachment-name.js';
import type { ContentText } from './content-text.js';
import type { AttachmentItem } from './message-content.js';

const useStyles = makeStyles({
  block: { display: 'block', marginBlockEnd: tokens.spacingVerticalXS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  item: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  name: { overflowWrap: 'anywhere', fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground3 },
});

export interface AttachmentListProps {
  readonly attachments: readonly AttachmentItem[];
  readonly text: ContentText;
  readonly language: Language;
}

/** Each attachment with name (as written), size and type; opened or saved only on request. */
export const AttachmentList: React.FC<AttachmentListProps> = ({ attachments, text, language }) => {
  const styles = useStyles();
  const headingId = useId();
  if (attachments.length === 0) return null;
  return (
    <section aria-labelledby={headingId} data-testid="attachment-list">
      <Text as="h3" id={headingId} weight="semibold" className={styles.block}>
        {text.attachmentsHeading(attachments.length)}
      </Text>
      <ul className={styles.list}>
        {attachments.map((a) => {
          const shown = a.name ?? text.unnamed;
          return (
            <li key={a.id} className={styles.item} data-testid="attachment" data-id={a.id}>
              <bdi className={styles.name} data-testid="attachment-name">
                {shown}
              </bdi>
              <Text size={200} className={styles.meta}>
                {formatSize(a.size, language)} · {a.contentType}
                {a.name !== a.saveName ? ` · ${text.saveAs(a.saveName)}` : ''}
              </Text>
              {openAsType(a) !== undefined && (
                <Button size="small" aria-label={text.openLabel(shown)} onClick={() => openAttachment(window, a)}>
                  {text.open}
                </Button>
              )}
              <Button size="small" aria-label={text.saveLabel(shown)} onClick={() => saveAttachment(window, a)}>
                {text.save}
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
};
