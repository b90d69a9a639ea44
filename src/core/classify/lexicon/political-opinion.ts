import type { Lexicon } from './lexicon.js';

/** Political opinions (GDPR art. 9). */
export const politicalOpinion: Lexicon = {
  type: 'political-opinion',
  strong: [
    'partimedlem*', 'medlem i (?:socialdemokraterna|moderaterna|sverigedemokraterna|vänsterpartiet|centerpartiet|liberalerna|kristdemokraterna|miljöpartiet)',
    'är (?:öppet |aktiv |engagerad |övertygad )?(?:sverigedemokrat|socialdemokrat|moderat|vänsterpartist|centerpartist|kristdemokrat|miljöpartist|liberal|kommunist|nazist|nationalist|anarkist|feminist)', 'aktiv i (?:socialdemokraterna|moderaterna|sverigedemokraterna|vänsterpartiet|centerpartiet|liberalerna|kristdemokraterna|miljöpartiet|partiet)',
    'röstade på', 'röstar på', 'politisk uppfattning', 'politiska åsikt*', 'politisk åsikt', 'politiskt engagemang',
    'sympatiserar med', 'political opinion*', 'political views', 'voted for', 'party member*',
  ],
  weak: [
    'socialdemokrat*', 'moderat*', 'sverigedemokrat*', 'vänsterpartis*', 'centerpartis*', 'liberal*', 'kristdemokrat*',
    'miljöpartis*', 'politisk*', 'partiet', 'valet', 'election*',
  ],
};
