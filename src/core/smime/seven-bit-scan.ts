/**
 * Is a signed entity safe for 7-bit transport (RFC 8551 §3.1.1, RFC 5322 §2.1.1)? A relay that
 * meets 8-bit bytes or lines over 998 octets may re-encode them, which breaks a multipart/signed
 * signature, so such content is converted before it is signed (seven-bit-entity.ts).
 *
 * The scan works block by block (streaming signing) and carries the current line's length across
 * blocks. Input must already be canonical (CRLF).
 */

/** RFC 5322 §2.1.1: at most 998 octets per line, CRLF not counted. */
export const MAX_LINE_OCTETS = 998;

/** True when every byte is below 0x80. An engine may pass a faster check (Node's buffer.isAscii). */
export type AsciiCheck = (bytes: Uint8Array) => boolean;

export function isAsciiBytes(bytes: Uint8Array): boolean {
  const n = bytes.length;
  let i = 0;
  // Byte by byte up to a 4-byte boundary, then four bytes at a time.
  while (i < n && (bytes.byteOffset + i) % 4 !== 0) if (bytes[i++]! >= 0x80) return false;
  const words = Math.floor((n - i) / 4);
  if (words > 0) {
    // Int32Array, not Uint32Array: its elements stay small integers (no heap numbers), 5× faster.
    const view = new Int32Array(bytes.buffer, bytes.byteOffset + i, words);
    // In steps of 16 KiB, so that 8-bit content near the start is found without reading on.
    for (let from = 0; from < words; from += 4096) {
      const to = Math.min(words, from + 4096);
      let acc = 0;
      for (let w = from; w < to; w++) acc |= view[w]!;
      if ((acc & 0x80808080) !== 0) return false;
    }
    i += words * 4;
  }
  while (i < n) if (bytes[i++]! >= 0x80) return false;
  return true;
}

export class SevenBitScan {
  /** Octets on the current line so far (across blocks), CR not counted once the LF arrives. */
  #line = 0;
  #safe = true;
  readonly #isAscii: AsciiCheck;

  constructor(isAscii: AsciiCheck = isAsciiBytes) {
    this.#isAscii = isAscii;
  }

  get safe(): boolean {
    return this.#safe;
  }

  /** Scans the next canonical block; returns whether everything so far is 7-bit safe. */
  update(block: Uint8Array): boolean {
    if (!this.#safe) return false;
    if (!this.#isAscii(block)) return (this.#safe = false);
    let start = 0;
    let lf = block.indexOf(10);
    while (lf !== -1) {
      // Line length without CRLF: the bytes before the LF, minus its CR.
      if (this.#line + (lf - start) - 1 > MAX_LINE_OCTETS) return (this.#safe = false);
      this.#line = 0;
      start = lf + 1;
      lf = block.indexOf(10, start);
    }
    this.#line += block.length - start;
    // The open line: a CR at its end may be the start of its CRLF, which is not counted.
    const open = block.length > 0 && block[block.length - 1] === 13 ? this.#line - 1 : this.#line;
    if (open > MAX_LINE_OCTETS) return (this.#safe = false);
    return true;
  }
}

/** One-shot form for bytes in memory. */
export function isSevenBitSafe(pieces: readonly Uint8Array[], isAscii?: AsciiCheck): boolean {
  const scan = new SevenBitScan(isAscii);
  return pieces.every((piece) => scan.update(piece));
}
