import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import type React from 'react';
import { useMemo } from 'react';
import type { Language } from '../../i18n/language.js';
import { AttachmentList } from './AttachmentList.js';
import { CONTENT_TEXT } from './content-text.js';
import { frameDocument } from './frame-document.js';
import { estimateFrameHeight } from './frame-height.js';
import { HtmlPartFrame } from './HtmlPartFrame.js';
import { LinkList } from './LinkList.js';
import type { MessageContent } from './message-content.js';
import { sanitizeHtmlPart } from './sanitize-html.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  text: {
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    fontFamily: tokens.fontFamilyBase,
    margin: 0,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

export interface SafeMessageViewProps {
  readonly content: MessageContent;
  readonly language: Language;
}

type Rendered = { readonly kind: 'html'; readonly srcDoc: string; readonly height: number } | { readonly kind: 'text'; readonly text: string };

/**
 * A decrypted message, shown safely: each HTML part sanitised and shown in its own sandboxed frame
 * with a CSP that forbids remote loads, plain text as text, links and attachments on request only.
 */
export const SafeMessageView: React.FC<SafeMessageViewProps> = ({ content, language }) => {
  const styles = useStyles();
  const text = CONTENT_TEXT[language];
  const { parts, links, blocked } = useMemo(() => {
    const all: string[] = [];
    let count = 0;
    const parser = new DOMParser();
    const rendered: Rendered[] = content.bodies.map((body) => {
      if (body.kind === 'text') return { kind: 'text', text: body.text };
      const clean = sanitizeHtmlPart(window, body.html, content.inlineImages);
      count += clean.blocked;
      all.push(...clean.links);
      return { kind: 'html', srcDoc: frameDocument(clean.styles, clean.body, language), height: estimateFrameHeight(parser, clean.body) };
    });
    return { parts: rendered, links: [...new Set(all)], blocked: count };
  }, [content, language]);

  return (
    <section className={styles.root} aria-label={text.region} data-testid="safe-message-view">
      {blocked > 0 && (
        <MessageBar intent="info" data-testid="blocked-notice">
          <MessageBarBody>{text.blocked(blocked)}</MessageBarBody>
        </MessageBar>
      )}
      {parts.length === 0 && <Text as="p">{text.empty}</Text>}
      {parts.map((part, i) =>
        part.kind === 'html' ? (
          <HtmlPartFrame key={i} index={i} srcDoc={part.srcDoc} height={part.height} title={text.htmlFrameTitle(i + 1)} />
        ) : (
          <div key={i} role="group" tabIndex={0} aria-label={text.textPartLabel(i + 1)} className={styles.text} data-testid="text-part" data-part={i}>
            {part.text}
          </div>
        ),
      )}
      <LinkList links={links} text={text} />
      <AttachmentList attachments={content.attachments} text={text} language={language} />
    </section>
  );
};
