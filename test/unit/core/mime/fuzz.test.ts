import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KuvertError } from '../../../../src/core/errors.js';
import { buildMessage, parseMessage, type MimeEntity } from '../../../../src/core/mime/index.js';

/** A small deterministic PRNG (mulberry32) so a failure can be reproduced from its seed. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const seeds = [
  new Uint8Array(readFileSync(join(__dirname, 'fixtures', 'outlook-related-attachment.eml'))),
  new Uint8Array(readFileSync(join(__dirname, 'fixtures', 'thunderbird-flowed-lf.eml'))),
  buildMessage({
    from: { name: 'Åsa', address: 'a@b.se' },
    to: [{ address: 'c@d.se' }],
    subject: 'Fuzz ärende',
    text: 'Hej = då\n',
    html: '<p>Hej</p>',
    attachments: [{ filename: 'ö.bin', content: new Uint8Array(300).map((_, i) => i) }],
  }),
];
const interesting = [...'\r\n-=:;"?*\'%\t '].map((c) => c.charCodeAt(0)).concat([0, 0x80, 0xff]);

function mutate(input: Uint8Array, random: () => number): Uint8Array {
  const bytes = input.slice();
  const pick = random();
  if (pick < 0.25) return bytes.subarray(0, Math.floor(random() * bytes.length)); // truncation
  const edits = 1 + Math.floor(random() * 8);
  let out = bytes;
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * out.length);
    const kind = random();
    if (kind < 0.5) out[at] = interesting[Math.floor(random() * interesting.length)]!;
    else if (kind < 0.75) out = Uint8Array.from([...out.subarray(0, at), ...out.subarray(at + 1 + Math.floor(random() * 20))]);
    else {
      const from = Math.floor(random() * out.length);
      out = Uint8Array.from([...out.subarray(0, at), ...out.subarray(from, from + 40), ...out.subarray(at)]);
    }
  }
  return out;
}

/** Touches every decoding helper, which may throw only KuvertErrors too. */
function exercise(entity: MimeEntity): void {
  for (const part of entity.walk()) {
    void part.filename;
    void part.isAttachment;
    part.headers('subject');
    if (!part.isMultipart) {
      part.decodedBody();
      if (part.contentType.type === 'text') part.text();
    }
  }
}

describe('fuzz: mutated and truncated messages parse or throw a KuvertError', () => {
  it.each([1, 2, 3, 4])('seed %i', (seed) => {
    const random = prng(seed);
    for (let round = 0; round < 400; round++) {
      const input = mutate(seeds[round % seeds.length]!, random);
      for (const lenient of [false, true]) {
        try {
          exercise(parseMessage(input, { lenient }));
        } catch (error) {
          if (!(error instanceof KuvertError)) {
            throw new Error(`seed ${seed} round ${round}: ${String(error)}\n${Buffer.from(input).toString('latin1').slice(0, 300)}`);
          }
        }
      }
    }
  });
});
