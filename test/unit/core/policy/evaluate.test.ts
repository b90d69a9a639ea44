import { luhnCheckDigit } from '../../../../src/core/classify/luhn.js';
import { DEFAULT_POLICY, checkPolicy, evaluate, parsePolicy, suggestSubject, type Policy } from '../../../../src/core/policy/index.js';
import { makeDocx } from '../../../bench/classify-fixtures.mjs';

const now = new Date(Date.UTC(2025, 5, 15));
const pnr = (d: string): string => `${d}-988${luhnCheckDigit(d + '988')}`;
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('evaluate', () => {
  it('allows an ordinary mail', async () => {
    const v = await evaluate({ subject: 'Möte på torsdag', body: 'Hej! Vi ses kl 10 i rum 4.' }, DEFAULT_POLICY, { now });
    expect(v.action).toBe('allow');
    expect(v.reasons).toEqual([]);
    expect(v.subject.ok).toBe(true);
  });
  it('requires encryption for a personnummer in the body', async () => {
    const v = await evaluate({ subject: 'Elevärende', body: `Eleven har personnummer ${pnr('080512')}.` }, DEFAULT_POLICY, { now });
    expect(v.action).toBe('require-encryption');
    expect(v.reasons).toContainEqual({ code: 'FINDING', type: 'personnummer', action: 'require-encryption', count: 1 });
    expect(v.overrides).toBe('allowWithJustification');
  });
  it('blocks a personnummer in the subject and suggests a clean subject', async () => {
    const v = await evaluate({ subject: 'Ang. elev 080512-XXXX', body: 'Se bifogat.' }, DEFAULT_POLICY, { now });
    expect(v.action).toBe('block');
    expect(v.subject.ok).toBe(false);
    expect(v.subject.suggestion).toBe('Ang. elev');
  });
  it('finds data in a .docx attachment and flags an unsupported one as uninspectable', async () => {
    const docx = makeDocx(['Sjukintyg', `Patienten ${pnr('750203')} är sjukskriven till 30 juni.`]);
    const v = await evaluate(
      { subject: 'Underlag', body: 'Bifogar underlag.', attachments: [{ name: 'intyg.docx', bytes: docx }, { name: 'bild.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) }] },
      DEFAULT_POLICY,
      { now },
    );
    expect(v.findings.map((f) => f.type)).toEqual(expect.arrayContaining(['personnummer', 'health', 'uninspectable']));
    expect(v.findings.find((f) => f.type === 'uninspectable')).toMatchObject({ reason: 'UNSUPPORTED_TYPE', location: { kind: 'attachment', name: 'bild.png', index: 1 } });
  });
  it('applies the kallelse exception only when no health details are revealed', async () => {
    const plain = await evaluate({ subject: 'Kallelse', body: 'Du har en bokad tid på mottagningen hos läkare tisdag 14.00. Välkommen!' }, DEFAULT_POLICY, { now });
    expect(plain.findings.filter((f) => f.type === 'health')).toHaveLength(0);
    const detailed = await evaluate({ subject: 'Kallelse', body: 'Kallelse till återbesök för din diabetes och justering av insulin, du är sjukskriven till dess.' }, DEFAULT_POLICY, { now });
    expect(detailed.action).toBe('require-encryption');
  });
  it('uses internalAction when every recipient is internal', async () => {
    const policy: Policy = { ...DEFAULT_POLICY, internalDomains: ['region.example'] };
    const draft = { subject: 'Hej', body: `Pnr ${pnr('800101')}`, recipients: ['a@region.example', 'b@vard.region.example'] };
    expect((await evaluate(draft, policy, { now })).action).toBe('warn');
    expect((await evaluate({ ...draft, recipients: ['a@region.example', 'x@gmail.com'] }, policy, { now })).action).toBe('require-encryption');
  });
  it('fails closed when classification throws', async () => {
    const broken = { subject: 'x', get body(): string { throw new Error('boom'); } };
    const v = await evaluate(broken, DEFAULT_POLICY, { now });
    expect(v).toMatchObject({ action: 'block', reasons: [{ code: 'CLASSIFY_FAILED', action: 'block' }] });
  });
  it('reads an attached .eml', async () => {
    const eml = utf8(`Subject: Fwd\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPersonnummer ${pnr('690304')}\r\n`);
    const v = await evaluate({ subject: 'Fwd', body: '', attachments: [{ name: 'fwd.eml', bytes: eml }] }, DEFAULT_POLICY, { now });
    expect(v.findings.some((f) => f.type === 'personnummer' && f.location.kind === 'attachment')).toBe(true);
  });
});

describe('policy schema', () => {
  it('accepts the default policy', () => {
    expect(checkPolicy(DEFAULT_POLICY)).toEqual([]);
  });
  it('points at each wrong field', () => {
    const bad = { ...DEFAULT_POLICY, rules: { health: { action: 'encrypt', minConfidence: 2, override: 'notAllowed' } }, extra: 1 };
    const paths = checkPolicy(bad).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['/rules/health/action', '/rules/health/minConfidence', '/extra']));
    expect(() => parsePolicy(bad)).toThrow(/\/rules\/health\/action/);
  });
});

describe('suggestSubject', () => {
  it('removes a labelled number and keeps the rest', () => {
    const subject = `Pnr: ${pnr('800101')} – ansökan om bidrag`;
    const f = { type: 'personnummer' as const, start: 5, end: 16, confidence: 0.9, location: { kind: 'subject' as const }, evidence: [] };
    expect(suggestSubject(subject, [f])).toBe('ansökan om bidrag');
  });
});
