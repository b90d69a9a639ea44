/**
 * Labelled corpus for identity numbers: realistic Swedish (and some English) mail texts with
 * synthetic numbers only. Every personnummer uses a test serial 988–999 (the personnummer/meta
 * test range 9880–9999), so none belongs to a real person. Hard negatives cover every kind named
 * in issue 5: organisationsnummer, phone, bankgiro/plusgiro, OCR/invoice/order/case numbers,
 * dates, postcodes, IBAN, longer digit runs, and numbers failing Luhn, calendar or serial rules.
 */
import { luhnCheckDigit } from '../../../src/core/classify/luhn.js';

export interface LabelledText {
  readonly text: string;
  /** Expected identity numbers: [start, end) of each. */
  readonly spans: readonly (readonly [number, number])[];
}

/** Deterministic PRNG (mulberry32) so the corpus is the same on every run. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

interface Parts { year: number; month: number; day: number; serial: string }

function randomPerson(r: () => number, coordination = false): Parts {
  const year = 1935 + Math.floor(r() * 88); // 1935–2022
  const month = 1 + Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * (DAYS[month - 1] ?? 28)) + (coordination ? 60 : 0);
  const serial = String(988 + Math.floor(r() * 12)); // 988–999: the test range
  return { year, month, day, serial };
}

function tenDigits(p: Parts): string {
  const base = pad(p.year % 100) + pad(p.month) + pad(p.day) + p.serial;
  return base + luhnCheckDigit(base);
}

type Form = 'dash' | 'plain10' | 'plain12' | 'dash12' | 'space';
const FORMS: readonly Form[] = ['dash', 'plain10', 'plain12', 'dash12', 'space'];

function write(p: Parts, form: Form): string {
  const t = tenDigits(p);
  const century = String(Math.floor(p.year / 100));
  switch (form) {
    case 'dash': return `${t.slice(0, 6)}-${t.slice(6)}`;
    case 'plain10': return t;
    case 'plain12': return century + t;
    case 'dash12': return `${century}${t.slice(0, 6)}-${t.slice(6)}`;
    case 'space': return `${t.slice(0, 6)} ${t.slice(6)}`;
  }
}

/** Sentences with a slot {N} for an identity number. */
const POSITIVE_TEMPLATES = [
  'Hej! Eleven {N} har varit frånvarande sedan måndag, kan du ringa vårdnadshavaren?',
  'Personnummer: {N}\nNamn: Testperson Andersson\nAdress: Storgatan 1, 123 45 Småstad',
  'Vi har tagit emot ansökan från sökande med pnr {N} och handläggningen har påbörjats.',
  'Kan du kolla upp {N} i systemet? Hon säger att hon inte fått något beslut.',
  'Patienten ({N}) kallas till återbesök, se journalen.',
  'Bifogar listan:\n{N} Anna\n{M} Bertil\nMvh Handläggare',
  'Please register the new employee, personal identity number {N}, starting 1 September.',
  'Samordningsnummer/personnummer {N} ska läggas in i lönesystemet före fredag.',
  'Ang. ärendet: klienten född {N} har flyttat till ny adress.',
  'P-nr {N}, pers.nr för maken {M}.',
  'Hej,\n\nJag behöver hjälp med min deklaration. Mitt personnummer är {N}.\n\nTack!',
  'Uppgifter till försäkringsbolaget: {N}, skadedatum 2024-03-02.',
  'Brukaren {N} har fått beslut om hemtjänst.',
  '{N} har anmält intresse för kursen.',
];

const NEGATIVE_TEMPLATES: readonly ((r: () => number) => string)[] = [
  // organisationsnummer: month digits ≥ 20, Luhn-valid, just like a personnummer in shape
  (r) => { const base = `55${pad(60 + Math.floor(r() * 39))}${pad(Math.floor(r() * 99))}${pad(Math.floor(r() * 99))}${Math.floor(r() * 10)}`; return `Leverantör: Testbolaget AB, org.nr ${base.slice(0, 6)}-${base.slice(6)}${luhnCheckDigit(base)}.`; },
  (r) => { const base = `2120${pad(Math.floor(r() * 99))}${pad(Math.floor(r() * 99))}${Math.floor(r() * 10)}`; return `Kommunens organisationsnummer är ${base.slice(0, 6)}-${base.slice(6)}${luhnCheckDigit(base)}.`; },
  // phone numbers in every common shape
  (r) => `Ring mig på 070-${Math.floor(1000000 + r() * 8999999)} eller 08-${Math.floor(100000 + r() * 899999)}.`,
  (r) => `Tel: 070${Math.floor(1000000 + r() * 8999999)}`,
  (r) => `Mobil 070 ${Math.floor(100 + r() * 899)} ${Math.floor(10 + r() * 89)} ${Math.floor(10 + r() * 89)}, växel +46 8 ${Math.floor(100 + r() * 899)} ${Math.floor(100 + r() * 899)} 00`,
  // bankgiro, plusgiro, OCR, invoice, order and case numbers
  (r) => `Betala till bankgiro ${Math.floor(1000 + r() * 8999)}-${Math.floor(1000 + r() * 8999)}, plusgiro ${Math.floor(10000 + r() * 89999)}-${Math.floor(r() * 10)}.`,
  (r) => `OCR: ${ocrLike(r)} Förfallodag 2025-06-30.`,
  (r) => `Fakturanummer ${ocrLike(r)}, belopp 12 500 kr.`,
  (r) => `Ordernr ${ocrLike(r)} har skickats.`,
  (r) => `Ärendenummer ${ocrLike(r)} – vi återkommer inom tre dagar.`,
  (r) => `Dnr KS ${2020 + Math.floor(r() * 5)}/${Math.floor(100 + r() * 899)}, beslut fattat ${2020 + Math.floor(r() * 5)}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}.`,
  (r) => `Kundnummer ${ocrLike(r)} – kontakta kundtjänst vid frågor.`,
  // dates, times, postcodes, IBAN, long digit runs
  (r) => `Mötet hålls 2025-0${1 + Math.floor(r() * 9)}-${10 + Math.floor(r() * 18)} kl. 13.00–15.30 i lokal 4012.`,
  (r) => `Skicka till Box ${Math.floor(100 + r() * 899)}, ${Math.floor(100 + r() * 899)} ${Math.floor(10 + r() * 89)} Testköping.`,
  () => 'IBAN: SE45 5000 0000 0583 9825 7466, BIC ESSESESS.',
  () => 'IBAN SE4550000000058398257466',
  (r) => `Referens ${Math.floor(r() * 1e9)}${Math.floor(r() * 1e9)}${Math.floor(r() * 1e6)} i bankens system.`,
  (r) => `Serienummer ${ocrLike(r)}${Math.floor(r() * 10)}${Math.floor(r() * 10)} på datorn.`,
  (r) => `Tidsstämpel ${2024}${pad(1 + Math.floor(r() * 12))}${pad(1 + Math.floor(r() * 28))}${pad(Math.floor(r() * 24))}${pad(Math.floor(r() * 60))}${pad(Math.floor(r() * 60))}`,
];

/** A ten-digit number that passes Luhn and often looks like a date: OCR numbers do. */
function ocrLike(r: () => number): string {
  const p = randomPerson(r);
  return tenDigits(p);
}

/** Numbers shaped like personnummer that break a rule: bad Luhn, no such date, serial 000, future. */
function brokenNumber(r: () => number): string {
  const p = randomPerson(r);
  const t = tenDigits(p);
  switch (Math.floor(r() * 4)) {
    case 0: return `${t.slice(0, 6)}-${t.slice(6, 9)}${(Number(t[9]) + 1 + Math.floor(r() * 8)) % 10}`;
    case 1: { const base = `${pad(p.year % 100)}${pad(p.month)}${pad(32 + Math.floor(r() * 28))}${p.serial}`; return `${base.slice(0, 6)}-${base.slice(6)}${luhnCheckDigit(base)}`; }
    case 2: { const base = `${pad(p.year % 100)}${pad(p.month)}${pad(Math.min(p.day, 28))}000`; return `${base.slice(0, 6)}-${base.slice(6)}${luhnCheckDigit(base)}`; }
    default: { const base = `2031${pad(p.month)}${pad(Math.min(p.day, 28))}${p.serial}`; return `20${base}${luhnCheckDigit(base.slice(2))}`; }
  }
}

export function identityCorpus(size = 1200, seed = 5): LabelledText[] {
  const r = rng(seed);
  const out: LabelledText[] = [];
  for (let i = 0; i < size; i++) {
    const kind = i % 3;
    if (kind === 0) {
      const template = POSITIVE_TEMPLATES[Math.floor(r() * POSITIVE_TEMPLATES.length)] ?? '{N}';
      const spans: [number, number][] = [];
      let text = '';
      let rest = template;
      for (let slot = /\{[NM]\}/.exec(rest); slot !== null; slot = /\{[NM]\}/.exec(rest)) {
        text += rest.slice(0, slot.index);
        const coordination = r() < 0.1;
        const form = FORMS[Math.floor(r() * FORMS.length)] ?? 'dash';
        const value = write(randomPerson(r, coordination), form);
        spans.push([text.length, text.length + value.length]);
        text += value;
        rest = rest.slice(slot.index + slot[0].length);
      }
      out.push({ text: text + rest, spans });
    } else if (kind === 1) {
      const negative = NEGATIVE_TEMPLATES[Math.floor(r() * NEGATIVE_TEMPLATES.length)] ?? NEGATIVE_TEMPLATES[0]!;
      out.push({ text: negative(r), spans: [] });
    } else {
      out.push({ text: `Kontrollera numret ${brokenNumber(r)} igen, det verkar fel.`, spans: [] });
    }
  }
  return out;
}
