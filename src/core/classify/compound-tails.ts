/**
 * Swedish compound heads. Most Swedish medical and social terms are written as the last part of a
 * compound (höftfraktur, lungcancern, alkoholmissbruket, långtidssjukskriven): a word-start scan
 * never sees them. This matcher reads a long word backwards from its end through a trie of
 * `head + inflection ending` and reports the head when it stands after a modifier of at least
 * MIN_MODIFIER letters. The cost is one table lookup for most words and a short walk for the rest;
 * only words the scanner has already delimited are read (linear in the text).
 *
 * Guards against false hits: heads are chosen so that (almost) every compound ending in them has
 * the head's meaning; a head may list modifiers that change that meaning (`vatten` in vattenskada),
 * which are checked against the letters just before the head.
 */
import { TAIL_CHARS, TAIL_SIZE, tailHash } from './word-start-scan.js';

/** One compound head: its stem, the endings it may carry, what it stands for, and modifiers that cancel it. */
export interface CompoundHead<T> {
  readonly stem: string;
  readonly endings: readonly string[];
  readonly tag: T;
  /** Modifier endings that give the compound another meaning (`makt` for maktmissbruk). */
  readonly notAfter?: readonly string[];
}

/** A modifier shorter than this is more likely a prefix of an unrelated word than a compound part. */
const MIN_MODIFIER = 3;

interface Accept<T> {
  readonly tag: T;
  readonly headStart: number; // letters from the end of the word where the head starts
  readonly notAfter: readonly string[];
}

export class CompoundTails<T> {
  /** Transitions, keyed by `state * 1024 + character code` (one map, not one per state; small integer keys). */
  private readonly next = new Map<number, number>();
  private readonly accept: (Accept<T> | undefined)[] = [undefined];
  /** 1 where a hash of the last TAIL_CHARS characters can end some entry: most words are rejected by one lookup. */
  readonly tail = new Uint8Array(TAIL_SIZE);
  readonly minLength: number;

  constructor(heads: readonly CompoundHead<T>[]) {
    let shortest = Infinity;
    for (const head of heads) {
      for (const ending of head.endings) {
        const form = head.stem + ending;
        if (form.length < TAIL_CHARS) continue; // too short to tell from ordinary word endings
        shortest = Math.min(shortest, form.length);
        this.tail[tailHash(form, form.length)] = 1;
        let state = 0;
        for (let i = form.length - 1; i >= 0; i--) {
          const c = form.charCodeAt(i);
          const key = state * 1024 + charKey(c);
          let to = this.next.get(key);
          if (to === undefined) {
            to = this.accept.length;
            this.accept.push(undefined);
            this.next.set(key, to);
          }
          state = to;
        }
        // The first head listed for a form wins (lexicon order, as in the word-start scan).
        this.accept[state] ??= { tag: head.tag, headStart: form.length, notAfter: head.notAfter ?? [] };
      }
    }
    this.minLength = shortest + MIN_MODIFIER;
  }

  /**
   * The head that ends the word `lower[start, end)`, with the offset where it starts, or undefined.
   * The longest head wins (lungcancer before cancer when both are listed).
   */
  match(lower: string, start: number, end: number): { readonly at: number; readonly tag: T } | undefined {
    if (end - start < this.minLength || this.tail[tailHash(lower, end)] !== 1) return undefined;
    let state = 0;
    let found: Accept<T> | undefined;
    const stop = start + MIN_MODIFIER;
    for (let i = end - 1; i >= stop; i--) {
      const to = this.next.get(state * 1024 + charKey(lower.charCodeAt(i)));
      if (to === undefined) break;
      state = to;
      const accept = this.accept[state];
      if (accept !== undefined && !cancelled(lower, start, i, accept.notAfter)) found = accept;
    }
    return found === undefined ? undefined : { at: end - found.headStart, tag: found.tag };
  }
}

/** Characters from U+03FF on share one key, which no head contains (heads are Latin letters). */
function charKey(c: number): number {
  return c < 0x3ff ? c : 0x3ff;
}

/** Whether the modifier `lower[start, at)` ends in one of `modifiers`. */
function cancelled(lower: string, start: number, at: number, modifiers: readonly string[]): boolean {
  for (const modifier of modifiers) {
    if (at - start >= modifier.length && lower.startsWith(modifier, at - modifier.length)) return true;
  }
  return false;
}
