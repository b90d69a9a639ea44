/**
 * A subject line without its sensitive parts that still reads well: `Ang. elev 080512-XXXX` →
 * `Ang. elev`. Removes each finding's span plus a label just before it ("pnr", "personnummer:").
 */
import type { Finding } from '../classify/types.js';

const LABEL_BEFORE = /(?:^|[\s(,;])(?:personnummer|personnr|pers\.?\s?nr|p-?nr|pnr|samordningsnummer|samordningsnr|ssn|födelsenummer|lösenord|password|kortnummer)\s*[:.]?\s*$/i;

export function suggestSubject(subject: string, findings: readonly Finding[]): string {
  const spans = [...findings].sort((a, b) => b.start - a.start);
  let text = subject;
  for (const f of spans) {
    let start = f.start;
    const label = LABEL_BEFORE.exec(text.slice(0, start));
    if (label !== null) start = label.index + (/^[\s(,;]/.test(label[0]) ? 1 : 0);
    text = text.slice(0, start) + ' ' + text.slice(f.end);
  }
  return text
    .replace(/\(\s*\)/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .replace(/(?:\s*[-–:,;/]\s*)+$/, '')
    .replace(/^(?:\s*[-–:,;/]\s*)+/, '')
    .trim();
}
