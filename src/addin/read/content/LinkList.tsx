import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, Text, tokens } from '@fluentui/react-components';
import type React from 'react';
import { useId, useState } from 'react';
import { openLink } from './attachment-actions.js';
import type { ContentText } from './content-text.js';

const useStyles = makeStyles({
  block: { display: 'block', marginBlockEnd: tokens.spacingVerticalXS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  item: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  target: { overflowWrap: 'anywhere', fontFamily: tokens.fontFamilyMonospace },
});

export interface LinkListProps {
  readonly links: readonly string[];
  readonly text: ContentText;
}

/** The message's link targets, shown in full; a link opens only after the user confirms it. */
export const LinkList: React.FC<LinkListProps> = ({ links, text }) => {
  const styles = useStyles();
  const [pending, setPending] = useState<string | undefined>(undefined);
  const headingId = useId();
  if (links.length === 0) return null;
  return (
    <section aria-labelledby={headingId} data-testid="link-list">
      <Text as="h3" id={headingId} weight="semibold" className={styles.block}>
        {text.linksHeading}
      </Text>
      <Text as="p" size={200} className={styles.block}>
        {text.linksHelp}
      </Text>
      <ul className={styles.list}>
        {links.map((link, i) => (
          <li key={`${i}-${link}`} className={styles.item}>
            <Text className={styles.target} data-testid="link-target">
              {link}
            </Text>
            <Button size="small" onClick={() => setPending(link)} aria-label={`${text.openLink}: ${link}`}>
              {text.openLink}
            </Button>
          </li>
        ))}
      </ul>
      <Dialog open={pending !== undefined} onOpenChange={(_e, data) => !data.open && setPending(undefined)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{text.confirmLinkTitle}</DialogTitle>
            <DialogContent>
              <Text as="p">{text.confirmLinkBody}</Text>
              <Text as="p" className={styles.target} data-testid="confirm-link-target">
                {pending}
              </Text>
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                data-testid="confirm-open-link"
                onClick={() => {
                  if (pending !== undefined) openLink(window, pending);
                  setPending(undefined);
                }}
              >
                {text.confirmOpen}
              </Button>
              <Button onClick={() => setPending(undefined)}>{text.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
};
