import type { Lexicon } from './lexicon.js';

/**
 * Political opinions (GDPR art. 9). The parties are those in the Riksdag and the larger ones outside
 * it, with their youth organisations (as the Valmyndigheten's party register and the parties' own
 * pages name them); members and supporters in the usual inflected forms.
 */
const PARTIES =
  'socialdemokraterna|moderaterna|sverigedemokraterna|vänsterpartiet|centerpartiet|liberalerna|kristdemokraterna|miljöpartiet|feministiskt initiativ|piratpartiet|alternativ för sverige|' +
  'medborgerlig samling|nyans|sjukvårdspartiet|kommunistiska partiet|nordiska motståndsrörelsen|ssu|muf|moderata ungdomsförbundet|sdu|ung vänster|cuf|centerpartiets ungdomsförbund|luf|liberala ungdomsförbundet|' +
  'kdu|grön ungdom|s-kvinnor|socialdemokratiska studentförbundet|partiet|ett parti|ett politiskt parti|kd|sd|mp';
const SUPPORTERS = 'sverigedemokrat|socialdemokrat|vänsterpartist|centerpartist|kristdemokrat|miljöpartist|kommunist|nazist|nationalist|anarkist|feminist|marxist|socialist|rojalist|republikan|fascist|antifascist|rasist|högerextremist|vänsterextremist|aktivist';

export const politicalOpinion: Lexicon = {
  type: 'political-opinion',
  strong: [
    'partimedlem*', 'partimedlemskap*', 'partibok*', `(?:medlem i|medlemmar i|medlemskap i|aktiv i|engagerad i|engagerar sig i|gått med i|gick med i|går med i|är med i|var med i|förtroendevald för|sitter i fullmäktige för|kandiderar för|ställer upp för|valsedel för|företräder) (?:${PARTIES})`,
    `är (?:öppet |aktiv |engagerad |övertygad |en övertygad |en aktiv |känd |känd som )?(?:${SUPPORTERS})(?:isk)?`, `(?:röstade|röstar|röstat|röstade inte) på`, 'politisk uppfattning', 'politiska uppfattning*', 'politiska åsikt*', 'politisk åsikt', 'politiskt engagemang', 'politiskt aktiv',
    'sympatiserar med', 'sympatisör*', 'deltog i (?:demonstration|manifestation)*', 'demonstrerade mot', 'demonstrerade för', 'partisympati*',
    'political opinion*', 'political views', 'voted for', 'votes for', 'party member*', 'member of the (?:green party|social democrats|moderates|moderate party|sweden democrats|left party|centre party|center party|liberals|christian democrats|labour party|conservative party|conservatives)', 'campaigns for the', 'supports the (?:social democrats|moderates|sweden democrats|green party|left party)',
  ],
  weak: [
    'socialdemokrat*', 'moderaterna', 'moderaternas', 'sverigedemokrat*', 'vänsterpartis*', 'centerpartis*', 'liberalerna', 'kristdemokrat*', 'miljöpartis*', 'politisk*', 'partiet', 'valet', 'election*',
    'demonstration*', 'fullmäktige', 'nämndeman', 'nämndemän',
  ],
};
