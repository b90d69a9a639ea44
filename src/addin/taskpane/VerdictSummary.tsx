import { Badge, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import type React from 'react';
import type { Verdict } from '../../core/policy/index.js';
import { FINDING_LABELS } from '../i18n/finding-labels.js';
import type { Language } from '../i18n/language.js';
import { TASKPANE_TEXT } from './taskpane-text.js';
import { verdictRows } from './verdict-groups.js';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  head: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

export interface VerdictSummaryProps {
  readonly verdict: Verdict | undefined;
  readonly language: Language;
}

/** Findings grouped by kind, with where they are, how many, and what the policy requires. */
export const VerdictSummary: React.FC<VerdictSummaryProps> = ({ verdict, language }) => {
  const styles = useStyles();
  const text = TASKPANE_TEXT[language];
  if (verdict === undefined) return <Spinner size="tiny" label={text.checking} />;
  const rows = verdictRows(verdict);
  if (rows.length === 0) return <Text role="status">{text.clean}</Text>;
  return (
    <section aria-labelledby="kuvert-findings">
      <Text as="h2" id="kuvert-findings" weight="semibold">
        {text.findingsHeading}
      </Text>
      <ul className={styles.list}>
        {rows.map((row) => (
          <li key={row.type} className={styles.row}>
            <span className={styles.head}>
              <Text weight="semibold">{FINDING_LABELS[language][row.type]}</Text>
              <Badge appearance="tint" color={row.action === 'block' || row.action === 'require-encryption' ? 'danger' : 'warning'}>
                {text.action[row.action]}
              </Badge>
            </span>
            <Text size={200}>
              {row.places.map((p) => text.place(p)).join(', ')} · {text.count(row.count)}
            </Text>
          </li>
        ))}
      </ul>
    </section>
  );
};
