/**
 * File names from a message are the sender's words: shown as written, never used as a path. For
 * saving, only the last path segment is kept, cleaned of characters no file system accepts.
 */

const EXTENSIONS: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'text/plain': 'txt',
  'text/html': 'html',
  'text/calendar': 'ics',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'message/rfc822': 'eml',
};

/** Windows reserves these names whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/**
 * A plain file name to offer when saving: no directory parts ("../../x" → "x", "C:\\a\\b" → "b"),
 * no control or reserved characters, no leading dots, at most 200 characters. A name that is
 * empty after cleaning becomes "bilaga-N.<ext>" by content type.
 */
export function fileNameForSaving(name: string | undefined, contentType: string, position: number): string {
  const fallback = `bilaga-${position}.${EXTENSIONS[contentType] ?? 'bin'}`;
  if (name === undefined) return fallback;
  const last = name.split(/[/\\]/).pop() ?? '';
  let clean = last
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (clean.length > 200) {
    const dot = clean.lastIndexOf('.');
    const ext = dot > 0 && clean.length - dot <= 16 ? clean.slice(dot) : '';
    clean = clean.slice(0, 200 - ext.length) + ext;
  }
  if (clean === '') return fallback;
  return RESERVED.test(clean) ? `_${clean}` : clean;
}

/** Bytes as a person reads them: "512 B", "14 kB", "2,3 MB" (decimal comma in Swedish). */
export function formatSize(bytes: number, language: 'sv' | 'en'): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  const text = value.toFixed(digits);
  return `${language === 'sv' ? text.replace('.', ',') : text} ${units[unit]}`;
}
