import type { Lexicon } from './lexicon.js';

/** Racial or ethnic origin (GDPR art. 9). */
export const ethnicOrigin: Lexicon = {
  type: 'ethnic-origin',
  strong: [
    'etnisk[a-zåäö]* bakgrund', 'etniskt ursprung', 'etnicitet*', 'etnisk tillhörighet', 'ras', 'hudfärg*', 'romsk*', 'romer',
    'tillhör den samiska', 'är same', 'är (?:kurd|rom|romsk|tornedaling|sverigefinne|jude|somalier|afghan|eritrean|syrier|iranier|irakier|uigur|tamil|hazar|assyrier|syrian|palestinier|bosnier|kosovoalban|same)', 'kurdisk härkomst', 'is (?:roma|kurdish|sami|jewish|uyghur)', 'samisk härkomst', 'judisk härkomst', 'ethnic origin', 'ethnicity', 'racial origin',
  ],
  weak: ['är från (?:eritrea|somalia|syrien|afghanistan|irak|iran|turkiet|bosnien|kosovo|etiopien|palestina)', 'talar (?:tigrinja|somaliska|kurdiska|romani|arabiska|dari|persiska|samiska|meänkieli) hemma', 'invandrarbakgrund', 'utländsk bakgrund', 'härkomst*', 'ursprung*', 'minoritet*', 'samisk*', 'same', 'ethnic*'],
};
