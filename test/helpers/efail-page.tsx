// The EFAIL test page: renders a decrypted MIME message with the real SafeMessageView (bundled by
// esbuild in test/helpers/efail-harness.ts) and exposes the sanitiser and a raw-frame renderer.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot, type Root } from 'react-dom/client';
import { parseMessage } from '../../src/core/mime/index.js';
import { messageContentOf } from '../../src/addin/read/content/message-content.js';
import { SafeMessageView } from '../../src/addin/read/content/SafeMessageView.js';
import { sanitizeHtmlPart } from '../../src/addin/read/content/sanitize-html.js';
import { frameDocument, FRAME_SANDBOX } from '../../src/addin/read/content/frame-document.js';

let root: Root | undefined;

const api = {
  render(mime: string, language: 'sv' | 'en'): void {
    const content = messageContentOf(parseMessage(new TextEncoder().encode(mime)));
    root ??= createRoot(document.getElementById('root')!);
    root.render(
      <FluentProvider theme={webLightTheme}>
        <main>
          <h1>Kuvert</h1>
          <SafeMessageView content={content} language={language} />
        </main>
      </FluentProvider>,
    );
  },
  /** The sanitiser alone, for asserting on its output. */
  sanitize(html: string): { styles: string; body: string; links: readonly string[] } {
    return sanitizeHtmlPart(window, html, []);
  },
  /** Unsanitised HTML in a frame: with `guarded`, the view's sandbox and CSP; without, a plain frame. */
  rawFrame(html: string, guarded: boolean): void {
    const frame = document.createElement('iframe');
    frame.title = 'raw';
    if (guarded) {
      frame.setAttribute('sandbox', FRAME_SANDBOX);
      frame.srcdoc = frameDocument('', html, 'en');
    } else frame.srcdoc = html;
    document.getElementById('raw')!.appendChild(frame);
  },
};

(window as unknown as { kuvert: typeof api }).kuvert = api;
