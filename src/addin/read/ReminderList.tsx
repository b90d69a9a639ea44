import { Button, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import type React from 'react';
import { useState } from 'react';
import type { RoamingSettings } from '../office/policy-roaming.js';
import type { Language } from '../i18n/language.js';
import { readText } from './read-text.js';
import { dismissReminder, listReminders } from './reminders.js';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

/** Messages decrypted but not yet moved: received time and id only, until stored or dismissed with a reason. */
export const ReminderList: React.FC<{ readonly roaming: RoamingSettings | undefined; readonly language: Language; readonly current: string | undefined; readonly generation: number }> = ({ roaming, language, current, generation }) => {
  const styles = useStyles();
  const text = readText(language);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [, setTick] = useState(0);
  void generation;
  const reminders = listReminders(roaming).filter((r) => r.id !== current);
  if (reminders.length === 0) return null;
  return (
    <section className={styles.box} aria-labelledby="kuvert-reminders" data-testid="reminders">
      <Text as="h2" id="kuvert-reminders" weight="semibold">
        {text.remindersHeading}
      </Text>
      {reminders.map((r) => (
        <div key={r.id} className={styles.row} data-testid="reminder">
          <Text>{new Date(r.received).toLocaleString(language === 'sv' ? 'sv-SE' : 'en-GB')}</Text>
          <Text size={100} title={r.id}>{`${r.id.slice(0, 12)}…`}</Text>
          <Input aria-label={text.dismissReason} placeholder={text.dismissReason} value={reasons[r.id] ?? ''} onChange={(_, d) => setReasons({ ...reasons, [r.id]: d.value })} />
          <Button
            disabled={(reasons[r.id] ?? '').trim() === ''}
            onClick={() => {
              if (dismissReminder(roaming, r.id, reasons[r.id] ?? '')) setTick((t) => t + 1);
            }}
          >
            {text.dismiss}
          </Button>
        </div>
      ))}
    </section>
  );
};
