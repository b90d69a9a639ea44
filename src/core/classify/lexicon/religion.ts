import type { Lexicon } from './lexicon.js';

/** Religious or philosophical beliefs (GDPR art. 9). */
export const religion: Lexicon = {
  type: 'religion',
  strong: [
    'religiös övertygelse', 'religiösa skäl', 'religionstillhörighet', 'trosuppfattning*', 'tillhör (?:svenska kyrkan|katolska kyrkan|församlingen)',
    'är (?:muslim|kristen|jude|katolik|hindu|buddhist|ateist)', 'konverter*', 'religious belief*', 'religious reasons',
    'is (?:muslim|christian|jewish|catholic|hindu|buddhist)', 'utträde ur svenska kyrkan', 'jehovas vittne*',
    'medlem i (?:svenska kyrkan|katolska kyrkan|pingstkyrkan|pingstförsamlingen|jehovas vittnen|moskén|församlingen)',
  ],
  weak: ['muslim*', 'kristen', 'kristna', 'jude', 'judisk*', 'katolik*', 'hindu*', 'buddhis*', 'religi*', 'moské*', 'synagoga*', 'församling*', 'bönerum*', 'ramadan', 'fasta*'],
};
