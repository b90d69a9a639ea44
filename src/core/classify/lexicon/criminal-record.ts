import type { Lexicon } from './lexicon.js';

/** Personal data about criminal convictions and offences (GDPR art. 10). */
export const criminalRecord: Lexicon = {
  type: 'criminal-record',
  strong: [
    'belastningsregist*', 'utdrag ur belastningsregistret', 'dömd* för', 'dömts för', 'dömdes', 'straffregist*', 'misstänkt för', 'misstänks för',
    'åtal*', 'fängelsestraff*', 'villkorlig dom', 'skyddstillsyn', 'ungdomstjänst', 'brottsmisstank*', 'polisanmäld*', 'criminal record*', 'convicted of', 'convicted for', 'suspected of',
  ],
  weak: ['brott*', 'polisen', 'polisanmälan', 'dom', 'tingsrätt*', 'häkta*', 'crime*', 'police'],
};
