import type { Lexicon } from './lexicon.js';

/** A marking said of a case, document or permission ("sekretessmarkering på ärendet", "sekretessmarkerade ärenden") is about secrecy, not a person. */
const NOT_A_PERSON = '(?![a-zåäöé]* (?:på |av |i )?(?:ärende|handling|akt|dokument|mejl|beslut))';
/** The protected-data terms, for the topic phrases below. */
const TERMS = '(?:skyddade personuppgifter|skyddad folkbokföring|skyddad identitet|sekretessmarker[a-zåäöé]*|kvarskriv[a-zåäöé]*|fingerade personuppgifter|protected personal data|protected identity)';

/** Protected personal data: sekretessmarkering, skyddad folkbokföring, fingerade personuppgifter. */
export const protectedIdentity: Lexicon = {
  type: 'protected-identity',
  strong: [
    'skyddade personuppgifter(?! (?:hanteras|ska hanteras|behandlas))', 'skyddad identitet', `sekretessmarker${NOT_A_PERSON}[a-zåäöé]*`, 'skyddad folkbokf(?:öring|\\.)', 'markering i folkbokföringen', 'protected personal details', '(?:adress|adressen|address) (?:är|is) (?:skyddad|protected)', 'kvarskriv(?![a-zåäöé]* (?:är|innebär) (?:en|ett|att))[a-zåäöé]*',
    'fingerade personuppgifter', 'skyddad adress', 'protected identity', 'protected personal data',
    // English and Swedish paraphrases of a marking in the population register, said of someone
    'confidentiality mark(?:ing)?', 'protection flag', 'protected address', 'personuppgifter är skyddade', 'uppgifter är skyddade', 'skydd på (?:sina|hennes|hans|deras) (?:person)?uppgifter',
  ],
  weak: ['skyddade uppgifter', 'hemlig adress', 'är skyddad'],
  // Topics: applying for, handling, registering or explaining protected data, not someone who has it.
  context: [
    `(?:ansökan|ansöka|ansöker man|lagen|blanketten?|e-tjänst(?:en)?|regler(?:na)?|rutin(?:en|er)?|hantering(?:en)?|handläggning(?:en|stid)?|enhet(?:en)?|fält|funktion(?:en)?|information|informerar|guide|mall(?:en)?|manual(?:en)?|handbok(?:en)?|frågan|statistik|behörighet(?:erna)?|markera|containing|about|föreläser|föreläsning|gdpr och|what does|what is|vad är|vad betyder|vad innebär) "?(?:om |för |av |kring |med |to |for |on )?(?:hur |att markera )?${TERMS}`,
    `(?:personer|people|anyone|någon|när en person) (?:med|with|har|has) ${TERMS}`, `(?:barn|elever|en ny elev|invånare|medarbetare|kunder|patienter|brukare|anställda|clients|residents) (?:med|with) ${TERMS}`,
  ],
};
