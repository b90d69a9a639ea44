import { makeStyles, tokens } from '@fluentui/react-components';
import type React from 'react';
import { FRAME_SANDBOX } from './frame-document.js';

const useStyles = makeStyles({
  frame: {
    display: 'block',
    width: '100%',
    resize: 'vertical',
    overflow: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: '#fff',
  },
});

export interface HtmlPartFrameProps {
  /** A complete, sanitised document (frameDocument). */
  readonly srcDoc: string;
  readonly title: string;
  readonly index: number;
  /** Starting height in CSS pixels (estimateFrameHeight); the user can resize the frame. */
  readonly height: number;
}

/**
 * One sanitised HTML part in its own sandboxed frame: no scripts, opaque origin, no forms,
 * popups or navigation; the document's CSP forbids every remote load.
 */
export const HtmlPartFrame: React.FC<HtmlPartFrameProps> = ({ srcDoc, title, index, height }) => {
  const styles = useStyles();
  return (
    <iframe
      className={styles.frame}
      style={{ height: `${height}px` }}
      data-testid="html-part"
      data-part={index}
      title={title}
      sandbox={FRAME_SANDBOX}
      srcDoc={srcDoc}
      referrerPolicy="no-referrer"
      loading="eager"
    />
  );
};
