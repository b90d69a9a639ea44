import type { Lexicon } from './lexicon.js';

/** Genetic data (GDPR art. 9). */
export const genetic: Lexicon = {
  type: 'genetic',
  strong: ['gentest*', 'dna-test*', 'dna-analys*', 'genetiska? undersökning*', 'genetiska? utredning*', 'anlag för', 'släktutredning*', 'faderskapsutredning*', 'faderskapstest*', 'dna-test*', 'anlagsbärare', 'ärftlig sjukdom*', 'brca*', 'genetic test*', 'dna profile*', 'genome sequenc*'],
  weak: ['dna', 'genetisk*', 'ärftlig*', 'arvsanlag*', 'gener', 'genetic*'],
};
