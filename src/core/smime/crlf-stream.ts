/**
 * Canonical line breaks (RFC 5322 §2.3, RFC 8551 §3.1.1) for input that arrives in blocks: every
 * bare LF becomes CRLF, also when the CR ended the previous block. A block that is already
 * canonical is returned as it is (no copy). The same scan notes whether any line is longer than
 * RFC 5322's 998 octets (CRLF not counted), which is what 7-bit transport allows.
 */
import { MAX_LINE_OCTETS } from './seven-bit-scan.js';

const LF = 10;
const CR = 13;

export class CrlfStream {
  #lastWasCr = false;
  /** Octets of the current line so far, across blocks (a trailing CR included). */
  #line = 0;
  #tooLong = false;

  /** True once a line longer than 998 octets was seen. */
  get tooLong(): boolean {
    return this.#tooLong;
  }

  update(block: Uint8Array): Uint8Array {
    let bare = 0;
    let longest = 0;
    let start = 0;
    let line = this.#line;
    let i = block.indexOf(LF);
    // One pass over the line breaks does both jobs: it is the costly part for a 50 MB body.
    while (i !== -1) {
      const crBefore = i === 0 ? this.#lastWasCr : block[i - 1] === CR;
      if (!crBefore) bare++;
      const length = line + (i - start) - (crBefore ? 1 : 0);
      if (length > longest) longest = length;
      line = 0;
      start = i + 1;
      i = block.indexOf(LF, start);
    }
    line += block.length - start;
    this.#line = line;
    // The open line: a CR at its end may be the start of its CRLF, which is not counted.
    const open = block.length > 0 && block[block.length - 1] === CR ? line - 1 : line;
    if (longest > MAX_LINE_OCTETS || open > MAX_LINE_OCTETS) this.#tooLong = true;
    const out = bare === 0 ? block : this.#convert(block);
    if (block.length > 0) this.#lastWasCr = block[block.length - 1] === CR;
    return out;
  }

  #convert(block: Uint8Array): Uint8Array {
    const parts: Uint8Array[] = [];
    let length = 0;
    let start = 0;
    let i = block.indexOf(LF);
    while (i !== -1) {
      const isBare = i === 0 ? !this.#lastWasCr : block[i - 1] !== CR;
      if (isBare) {
        parts.push(block.subarray(start, i), CRLF_BYTES);
        length += i - start + 2;
        start = i + 1;
      }
      i = block.indexOf(LF, i + 1);
    }
    parts.push(block.subarray(start));
    length += block.length - start;
    const out = new Uint8Array(length);
    let o = 0;
    for (const part of parts) {
      out.set(part, o);
      o += part.length;
    }
    return out;
  }
}

const CRLF_BYTES = Uint8Array.of(CR, LF);
