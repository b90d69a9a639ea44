import type { Lexicon } from './lexicon.js';

/** Trade-union membership (GDPR art. 9). */
export const tradeUnion: Lexicon = {
  type: 'trade-union',
  strong: [
    'fackmedlem*', 'fackligt ansluten', 'medlem i (?:facket|kommunal|vision|unionen|vårdförbundet|lärarförbundet|sveriges lärare|saco|st|akademikerförbundet|ssr|jusek|sveriges ingenjörer)',
    'facklig företrädare för', 'fackavgift*', 'union member*', 'member of the union', 'union dues',
  ],
  weak: ['fackförbund*', 'fackförening*', 'facket', 'fackligt', 'facklig*', 'kommunal', 'vision', 'unionen', 'vårdförbundet', 'lärarförbundet', 'saco', 'trade union*'],
};
