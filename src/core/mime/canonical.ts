/**
 * Canonical form (RFC 2049 §4, RFC 5322 §2.3): every line ends in CRLF. Signing hashes the canonical
 * bytes, so input typed or stored with bare LF must be converted before it is signed or built.
 */

/** True when every LF is preceded by CR (bare CRs are not looked at). */
export function isCanonicalCrlf(bytes: Uint8Array): boolean {
  let i = bytes.indexOf(10);
  while (i !== -1) {
    if (i === 0 || bytes[i - 1] !== 13) return false;
    i = bytes.indexOf(10, i + 1);
  }
  return true;
}

/**
 * Turns every bare LF into CRLF. Returns the input itself (no copy) when it is already canonical,
 * so callers may compare identity to learn whether anything changed.
 */
export function toCanonicalCrlf(bytes: Uint8Array): Uint8Array {
  let bare = 0;
  let i = bytes.indexOf(10);
  while (i !== -1) {
    if (i === 0 || bytes[i - 1] !== 13) bare++;
    i = bytes.indexOf(10, i + 1);
  }
  if (bare === 0) return bytes;
  const out = new Uint8Array(bytes.length + bare);
  let o = 0;
  let start = 0;
  i = bytes.indexOf(10);
  while (i !== -1) {
    const isBare = i === 0 || bytes[i - 1] !== 13;
    out.set(bytes.subarray(start, i), o);
    o += i - start;
    if (isBare) out[o++] = 13;
    out[o++] = 10;
    start = i + 1;
    i = bytes.indexOf(10, start);
  }
  out.set(bytes.subarray(start), o);
  return out;
}

/** The same for strings: every bare LF (and bare CR) becomes CRLF. */
export function canonicalizeLineBreaks(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '\r\n');
}
