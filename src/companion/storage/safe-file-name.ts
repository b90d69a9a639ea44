/**
 * Attachment and folder names from a message are attacker-controlled. This turns any name into
 * one plain file name inside the target folder: no path (`../`, `/etc/x`, `C:\x`, `\\host\share`),
 * no control or reserved characters, no Windows device name (CON, NUL, COM1 … also with an
 * extension), no trailing dot or space (Windows drops them), at most 150 UTF-8 bytes.
 */
const RESERVED_WINDOWS = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\..*)?$/iu;
const MAX_BYTES = 150;

function truncateUtf8(text: string, maxBytes: number): string {
  let result = '';
  for (const char of text) {
    if (Buffer.byteLength(result + char, 'utf8') > maxBytes) break;
    result += char;
  }
  return result;
}

export function safeFileName(name: string, fallback = 'bilaga'): string {
  // Only the last path component survives, whichever separator the sender used.
  const last = name.normalize('NFC').split(/[/\\]/u).at(-1) ?? '';
  let cleaned = last
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/[<>:"|?*]/gu, '_')
    .replace(/[. ]+$/u, '')
    .replace(/^[. ]+/u, '')
    .trim();
  if (cleaned === '' || cleaned === '.' || cleaned === '..') cleaned = fallback;
  if (RESERVED_WINDOWS.test(cleaned)) cleaned = `_${cleaned}`;
  if (Buffer.byteLength(cleaned, 'utf8') > MAX_BYTES) {
    const dot = cleaned.lastIndexOf('.');
    const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
    cleaned = truncateUtf8(cleaned.slice(0, cleaned.length - extension.length), MAX_BYTES - Buffer.byteLength(extension, 'utf8')) + extension;
  }
  return cleaned;
}

/** `name`, or `name (2).ext`, `name (3).ext` … — the first not in `taken` (compared case-insensitively). */
export function uniqueName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name.toLowerCase())) return name;
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})${extension}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
