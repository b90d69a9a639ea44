/**
 * The parts of the category model that decide what it reads: chunks and regions (chunks.ts) and
 * the gates a chunk must pass before the model may add a category (gates.ts).
 */
import { CHUNK_MAX, HIT_WINDOW, MAX_HIT_WINDOWS, MODEL_HEAD, chunksOf, covered, modelRegions } from '../../../../src/core/classify/model/chunks.js';
import { chunkGates, gateOpen } from '../../../../src/core/classify/model/gates.js';

const gates = (text: string): ReturnType<typeof chunkGates> => chunkGates(text, text.toLowerCase(), 0, text.length);

describe('model regions and chunks', () => {
  it('reads the head, then merged windows around the first hits after it, at most MAX_HIT_WINDOWS', () => {
    const length = 10 * MODEL_HEAD;
    expect(modelRegions(1000, [10, 500])).toEqual([[0, 1000]]);
    const near = MODEL_HEAD + 100;
    expect(modelRegions(length, [near, near + 50, 5 * MODEL_HEAD])).toEqual([
      [0, near + 50 + HIT_WINDOW],
      [5 * MODEL_HEAD - HIT_WINDOW, 5 * MODEL_HEAD + HIT_WINDOW],
    ]);
    const many = Array.from({ length: 100 }, (_, i) => MODEL_HEAD + 10_000 * (i + 1));
    const regions = modelRegions(100 * MODEL_HEAD, many);
    expect(regions).toHaveLength(MAX_HIT_WINDOWS + 1);
    expect(covered(regions, many[MAX_HIT_WINDOWS - 1]!)).toBe(true);
    expect(covered(regions, many[MAX_HIT_WINDOWS]!)).toBe(false);
    expect(covered(regions, MODEL_HEAD - 1)).toBe(true);
  });

  it('cuts chunks of at most CHUNK_MAX at a line end when there is one, covering the range without gaps', () => {
    const text = `${'Ett stycke text om ingenting särskilt. '.repeat(30)}\n`.repeat(20);
    const chunks = chunksOf(text, 0, text.length);
    expect(chunks[0]![0]).toBe(0);
    expect(chunks[chunks.length - 1]![1]).toBe(text.length);
    for (let i = 0; i < chunks.length; i++) {
      const [from, to] = chunks[i]!;
      expect(to - from).toBeLessThanOrEqual(CHUNK_MAX);
      if (i > 0) expect(from).toBe(chunks[i - 1]![1]);
      if (to < text.length) expect(text[to - 1] === '\n' || text[to - 1] === ' ').toBe(true);
    }
    const unbroken = 'x'.repeat(4000);
    expect(chunksOf(unbroken, 0, unbroken.length)).toEqual([[0, 1500], [1500, 3000], [3000, 4000]]);
  });
});

describe('model gates', () => {
  it('needs someone named for a person category, and not for secrecy', () => {
    expect(gates('Vision bjuder på frukost i foajén på fredag.').person).toBe(false);
    expect(gates('Lönerevisionen startar i april.').person).toBe(false);
    expect(gates('Hon har fått ny lön.').person).toBe(true);
    expect(gates('Enligt Sara är det klart.').person).toBe(true);
    expect(gates('I am off sick today.').person).toBe(true);
    expect(gates('Ärendet gäller 19800101-1234 och inget mer.').person).toBe(true);
    expect(gateOpen('salary', gates('Lönerevisionen startar i april.'))).toBe(false);
    expect(gateOpen('secrecy', gates('Handlingen omfattas av sekretess.'))).toBe(true);
  });

  it('needs a long number for an account or card, and a value with a digit for a credential', () => {
    expect(gateOpen('bank-account', gates('Ange ditt kontonummer i formuläret.'))).toBe(false);
    expect(gateOpen('bank-account', gates('Kontot är 8327-9 914 235'))).toBe(true);
    expect(gateOpen('payment-card', gates('Kortet slutar på 1234.'))).toBe(false);
    expect(gateOpen('credentials', gates('Byt ditt lösenord regelbundet.'))).toBe(false);
    expect(gateOpen('credentials', gates('Lösenordet är Sommar2025'))).toBe(true);
  });
});
