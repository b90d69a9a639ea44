/**
 * A starting height for a message frame. The frame's origin is opaque (no `allow-same-origin`, so
 * that nothing in the message shares the add-in's origin), which means the pane cannot measure the
 * rendered document. Instead the sanitised body is parsed into an inert document (DOMParser: no
 * scripts run, nothing is fetched) and its height estimated from text length, line breaks and
 * images. The frame stays resizable by the user and scrolls when the estimate is short.
 */

export const FRAME_MIN_HEIGHT_PX = 96;
export const FRAME_MAX_HEIGHT_PX = 640;
const LINE_PX = 20;
const PADDING_PX = 24;
const IMAGE_PX = 180;
/** Characters per line at the pane's usual width (≈ 320–450 px at 14 px Segoe UI). */
const CHARS_PER_LINE = 48;
const BLOCKS = 'p,div,li,tr,h1,h2,h3,h4,h5,h6,blockquote,pre,table,hr';

export interface InertParser {
  parseFromString(markup: string, type: 'text/html'): Document;
}

/** Height in CSS pixels, between FRAME_MIN_HEIGHT_PX and FRAME_MAX_HEIGHT_PX. */
export function estimateFrameHeight(parser: InertParser, sanitizedBody: string): number {
  const body = parser.parseFromString(`<body>${sanitizedBody}</body>`, 'text/html').body;
  let lines = 0;
  for (const paragraph of (body.textContent ?? '').split('\n')) {
    lines += Math.max(1, Math.ceil(paragraph.length / CHARS_PER_LINE));
  }
  lines += body.querySelectorAll(BLOCKS).length + body.querySelectorAll('br').length;
  const images = body.querySelectorAll('img').length;
  const estimate = PADDING_PX + lines * LINE_PX + images * IMAGE_PX;
  return Math.min(FRAME_MAX_HEIGHT_PX, Math.max(FRAME_MIN_HEIGHT_PX, estimate));
}
