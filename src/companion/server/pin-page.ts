/**
 * The PIN page: served by the companion from its own origin, opened by the add-in as a dialog.
 * The add-in's origin never sees the PIN. No script at all; a strict CSP, no framing (no
 * clickjacking by a page that embeds it), no caching, and the form posts back to the same page.
 */
import type { PinStatus } from '../pkcs11/index.js';
import type { SessionView } from './card-sessions.js';

export const PIN_PAGE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
  // same-origin, not no-referrer: with no-referrer the form post would carry `Origin: null`.
  'Referrer-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
};

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function triesText(pin: PinStatus): string {
  if (pin.locked) return 'Kortets PIN är låst. / The PIN is locked.';
  if (pin.finalTry) return 'Sista försöket: ett fel till låser kortet. / Final try: one more wrong PIN locks the card.';
  if (pin.countLow) return 'Ett tidigare försök var fel. / An earlier try was wrong.';
  return '';
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:26rem;margin:2rem auto;padding:0 1rem}.warn{color:#a4262c}</style></head>
<body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}

export function pinFormPage(session: SessionView, pinPageId: string, problem?: string): string {
  const purpose = session.purpose === 'sign' ? 'signera / sign' : 'dekryptera / decrypt';
  const warning = [problem, triesText(session.pin)].filter((text) => text).map((text) => `<p class="warn">${escapeHtml(text ?? '')}</p>`).join('');
  return page('Kuvert: PIN', `<p>Kort / card: <strong>${escapeHtml(session.tokenLabel)}</strong> (${purpose})</p>${warning}
<form method="post" action="/pin/${escapeHtml(pinPageId)}" autocomplete="off">
<label>PIN <input type="password" name="pin" inputmode="numeric" autocomplete="off" maxlength="64" required autofocus></label>
<button type="submit">OK</button></form>`);
}

export function pinDonePage(message: string): string {
  return page('Kuvert', `<p>${escapeHtml(message)}</p><p>Du kan stänga fönstret. / You may close this window.</p>`);
}
