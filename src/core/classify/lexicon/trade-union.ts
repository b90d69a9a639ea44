import type { Lexicon } from './lexicon.js';

/** Trade-union membership (GDPR art. 9). */
export const tradeUnion: Lexicon = {
  type: 'trade-union',
  strong: [
    'fackmedlem*', 'fackligt ansluten', 'fackligt aktiv', 'facklig förtroendeman', 'fackligt förtroendevald', 'förtroendevald för (?:facket|kommunal|vision|unionen|vårdförbundet|sveriges lärare)', 'aktiv i (?:facket|kommunal|vision|unionen|vårdförbundet|lärarförbundet|sveriges lärare|if metall|seko)', 'fackligt organiserad*', '(?:medlem i|anslutit sig till|ansluten till|gått med i|gick med i|går med i) (?:facket|kommunal|vision|unionen|vårdförbundet|lärarförbundet|lärarnas riksförbund|sveriges lärare|saco|st|fackförbundet st|akademikerförbundet ssr|akademikerförbundet|ssr|jusek|akavia|sveriges ingenjörer|if metall|handels|seko|byggnads|ledarna|polisförbundet|läkarförbundet|journalistförbundet|naturvetarna|dik|transport|fastighets|hotell- och restaurangfacket|finansförbundet|lo|tco)',
    'facklig företrädare för', 'fackavgift*', 'union member*', 'member of the union', 'union dues',
  ],
  weak: ['fackförbund*', 'fackförening*', 'facket', 'fackligt', 'facklig*', 'kommunal', 'vision', 'unionen', 'vårdförbundet', 'lärarförbundet', 'saco', 'trade union*'],
};
