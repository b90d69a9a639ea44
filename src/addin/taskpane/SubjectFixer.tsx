import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import type React from 'react';
import type { Language } from '../i18n/language.js';
import { TASKPANE_TEXT } from './taskpane-text.js';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  suggestion: { fontFamily: tokens.fontFamilyMonospace, padding: tokens.spacingHorizontalS, backgroundColor: tokens.colorNeutralBackground3 },
});

export interface SubjectFixerProps {
  readonly suggestion: string;
  readonly language: Language;
  readonly onApply: (subject: string) => void;
}

/** Shown when the subject holds data it may not: the neutral suggestion, applied with one click. */
export const SubjectFixer: React.FC<SubjectFixerProps> = ({ suggestion, language, onApply }) => {
  const styles = useStyles();
  const text = TASKPANE_TEXT[language];
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <div className={styles.box}>
          <Text weight="semibold">{text.subjectHeading}</Text>
          <Text>{text.subjectExplain}</Text>
          <Text className={styles.suggestion} data-testid="subject-suggestion">
            {suggestion}
          </Text>
          <Button appearance="primary" onClick={() => onApply(suggestion)}>
            {text.applySubject}
          </Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
};
