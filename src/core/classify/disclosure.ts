/**
 * Disclosure patterns: a term that a person "har", "lider av", "behandlas för", "är medlem i",
 * "röstade på", "tillhör", "är dömd för", "kommer från" … is told ABOUT that person, while the same
 * word in "Webbinarium om diabetes" is a topic. This looks only at a short window before a lexicon
 * hit: a subject (a pronoun, a person noun or a capitalised name), a disclosure verb phrase, at most
 * three short words, then the term. The window is bounded, the regex has no nested quantifier.
 */

/** How far before a hit the subject and verb may stand. */
const WINDOW = 72;

/** Verbs of having and being: they disclose health, origin, belief, grades … but not membership or opinion ("hon har en vision"). */
const GENERIC_VERBS = [
  'har', 'hade', 'har haft', 'har fått', 'har nu', 'har också', 'fick', 'fått', 'har varit', 'har blivit', 'är', 'var', 'blev', 'blir', 'får', 'tar', 'äter',
  'is', 'was', 'has', 'had', 'has been', 'has had', 'takes', 'is taking', 'is on', 'receives',
];

/** Verbs that name the kind of disclosure (suffering, treatment, membership, vote, belief, origin, conviction). */
const SPECIFIC_VERBS = [
  'lider av', 'led av', 'drabbats av', 'drabbades av', 'drabbad av', 'behandlas för', 'behandlades för', 'behandlats för', 'vårdas för', 'vårdades för',
  'opererats för', 'opererades för', 'opereras för', 'diagnostiserats med', 'diagnostiserades med', 'fått diagnosen', 'har diagnosen', 'fick diagnosen', 'har ätit', 'ätit', 'har tagit',
  'medicineras med', 'medicinerar med', 'är inlagd på', 'ligger på', 'lades in på', 'vistas på',
  'är med i', 'är medlem i', 'var medlem i', 'blev medlem i', 'medlem i', 'är organiserad i', 'engagerad i', 'engagerar sig i', 'aktiv i', 'röstar på', 'röstade på', 'sympatiserar med',
  'tillhör', 'tillhörde', 'bekänner sig till', 'kommer från', 'kom från', 'kommer ursprungligen från', 'är från', 'är ursprungligen från', 'är född i', 'född i', 'födda i', 'föddes i',
  'är uppvuxen i', 'växte upp i', 'flydde från', 'flytt från', 'invandrade från', 'invandrat från', 'härstammar från', 'adopterad från', 'adopterades från', 'har rötter i', 'har sina rötter i',
  'är dömd för', 'dömdes för', 'dömd för', 'har dömts för', 'döms för', 'åtalas för', 'åtalad för', 'misstänks för', 'är misstänkt för',
  'bärare av', 'bär på', 'uppbär', 'beviljats', 'beviljades', 'har ansökt om', 'ansökt om', 'ansöker om', 'är placerad på', 'placerades på',
  'suffers from', 'is suffering from', 'was diagnosed with', 'has been diagnosed with', 'is being treated for', 'was treated for',
  'member of', 'a member of', 'belongs to', 'off work with', 'off sick with', 'carrier of', 'voted for', 'votes for', 'was convicted of', 'has been convicted of', 'comes from', 'was born in',
];

const GENERIC = new Set(GENERIC_VERBS);
const VERBS = [...GENERIC_VERBS, ...SPECIFIC_VERBS];

// Longest first, so "har fått" wins over "har" where both end at the same place.
const VERB_SOURCE = [...VERBS].sort((a, b) => b.length - a.length).join('|');
/** subject, optional "som", an optional auxiliary ("Lina är | adopterad från"), verb phrase, up to three filler words (no sentence end), then the hit. */
const PATTERN = new RegExp(`(?:^|[^a-zåäöéü])([a-zåäöéü]{1,20})(?: som)?(?: (?:är|var|blev|har|hade|har varit|is|was|has|has been|had been))? (${VERB_SOURCE})(?: [^\\s.!?;:]{1,25}){0,3} ?$`);

/** Filler words that turn "har/är …" into talk about a topic. */
const TOPIC_FILLER = /(?:^| )(?:för|kring|angående|gällande|inom|information|föreläsning|utbildning|ansvarig|ansvar|frågor|fråga|koll|hand|arbetat|arbetar|jobbat|jobbar|anställd|praktik|about|for|regarding|responsible|questions|in charge|works|worked|employed)(?= |$)/;

/** Pronouns and person nouns that make the subject a person. */
const PERSON_SUBJECTS = new Set(
  (
    'hon han hen jag du de dom eleven elev patienten patient brukaren klienten medarbetaren arbetstagaren sökanden sökande barnet barn sonen dottern son dotter ' +
    'maken makan frun mannen kvinnan flickan pojken killen tjejen familjen föräldrarna föräldrar mamman pappan modern fadern mamma pappa mor far kollegan ' +
    'chefen vikarien personen anställde kunden hyresgästen deltagaren vårdnadshavaren vårdnadshavarna syskonet brodern systern bror syster partnern sambon ' +
    'pojkvännen flickvännen mormor morfar farmor farfar sambo gästen praktikanten studenten lärlingen ' +
    'he she i they employee patient student pupil applicant client child son daughter wife husband mother father colleague partner'
  ).split(' '),
);

const CONJUNCTIONS = new Set(['och', 'men', 'samt', 'and', 'but']);

/** Capitalised words that start sentences but are no person. */
const NOT_PERSONS = new Set(
  (
    'det detta den denna dessa de här där nu då sedan också även inte alltid vilket vi ni man mötet skolan kommunen förvaltningen regionen företaget ' +
    'avdelningen enheten kursen utbildningen dokumentet rapporten ärendet listan schemat it this that there we you our the'
  ).split(' '),
);

/** No disclosure, one by a verb of having or being, or one by a verb that names the kind. */
export type Disclosure = 'NONE' | 'GENERIC' | 'SPECIFIC';

/** Whether the text just before `start` ties the hit to a person ("Nora som har …", "hon röstade på …"), and by which kind of verb. */
export function disclosedBefore(text: string, lower: string, start: number): Disclosure {
  const from = Math.max(0, start - WINDOW);
  const window = lower.slice(from, start);
  const m = PATTERN.exec(window);
  if (m === null) return 'NONE';
  const subject = m[1] ?? '';
  const verb = m[2] ?? '';
  const kind = GENERIC.has(verb) ? 'GENERIC' : 'SPECIFIC';
  // "är ansvarig för smärtlindring", "har frågor om vaccinet": a preposition of topic after a verb of having or being.
  if (kind === 'GENERIC' && TOPIC_FILLER.test(m[0].slice(m[0].lastIndexOf(verb) + verb.length))) return 'NONE';
  if (PERSON_SUBJECTS.has(subject)) return kind;
  // "Sökanden har dubbelt medborgarskap och är född i …": a conjunction continues an earlier subject.
  if (CONJUNCTIONS.has(subject)) return window.slice(0, m.index).split(/[^a-zåäöéü]+/).some((w) => PERSON_SUBJECTS.has(w)) ? kind : 'NONE';
  if (NOT_PERSONS.has(subject)) return 'NONE';
  // A capitalised word (a name) as the subject: read the case from the original text.
  const first = text.charCodeAt(from + m.index + (m[0].startsWith(subject) ? 0 : 1));
  return (first >= 65 && first <= 90) || first === 0xc5 || first === 0xc4 || first === 0xd6 || first === 0xc9 ? kind : 'NONE';
}
