import type { Lexicon } from './lexicon.js';

/** Genetic data (GDPR art. 9). */
export const genetic: Lexicon = {
  type: 'genetic',
  strong: ['gentest*', 'dna-test*', 'dna-analys*', 'genetiska? undersökning*', 'genetiska? utredning*', 'anlag för', 'släktutredning*', 'faderskapsutredning*', 'faderskapstest*', 'dna-test*', 'anlagsbärare', 'ärftlig sjukdom*', 'brca*', 'genmutation*', 'bärare av (?:en |ett )?(?:gen|anlag|mutation)[a-zåäö]*', 'bär på (?:en |ett )?(?:gen|anlag|mutation)[a-zåäö]*', 'genetisk risk', 'genetiskt test*', 'dna-prov*', 'carrier of', 'genetic test*', 'dna profile*', 'genome sequenc*'],
  weak: ['mutation*', 'anlag', 'dna', 'genetisk*', 'ärftlig*', 'arvsanlag*', 'gener', 'genetic*'],
  // BRCA1-|mutation, gen|mutationen
  strongHeads: ['mutation -virus'],
};
