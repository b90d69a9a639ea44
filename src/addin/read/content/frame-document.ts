/**
 * The document a sanitised HTML part is shown in: an `<iframe sandbox>` fed through `srcdoc`, whose
 * first element is a Content-Security-Policy that allows images only from blob:/data: and styles
 * only inline — a second wall behind the sanitiser.
 */

export const FRAME_CSP = "default-src 'none'; img-src blob: data:; style-src 'unsafe-inline'";

/** The sandbox tokens of the frame: none (no scripts, no same origin, no forms, no popups, no navigation). */
export const FRAME_SANDBOX = '';

const BASE_STYLE =
  'html{color-scheme:light}body{margin:8px;font-family:"Segoe UI",system-ui,sans-serif;font-size:14px;line-height:1.4;' +
  'overflow-wrap:anywhere;color:#242424;background:#fff}img{max-width:100%;height:auto}' +
  '[data-kuvert-link]{color:#0f6cbd;text-decoration:underline}';

/** A complete srcdoc for sanitised `styles` and `body` (already cleaned; inserted as they are). */
export function frameDocument(styles: string, body: string, language: string): string {
  const lang = /^[a-z]{2}$/.test(language) ? language : 'en';
  return (
    `<!DOCTYPE html><html lang="${lang}"><head>` +
    `<meta http-equiv="Content-Security-Policy" content="${FRAME_CSP}">` +
    `<meta charset="utf-8"><meta name="referrer" content="no-referrer">` +
    `<style>${BASE_STYLE}</style>${styles}</head><body>${body}</body></html>`
  );
}
