import type { Lexicon } from './lexicon.js';

/**
 * Trade-union membership (GDPR art. 9). The union names are those of the LO, TCO and Saco
 * federations' member unions and the independent ones (as listed by the federations). A name alone
 * is no disclosure ("kommunal förvaltning", "vår vision"): names count only after a membership
 * phrase, and a union word needs a membership verb ("är med i", "tillhör") to be raised.
 */
const UNIONS =
  'facket|kommunal|vision|unionen|vårdförbundet|lärarförbundet|lärarnas riksförbund|sveriges lärare|saco|tco|lo|st|fackförbundet st|akademikerförbundet ssr|akademikerförbundet|ssr|jusek|akavia|' +
  'sveriges ingenjörer|if metall|metall|handels|handelsanställdas förbund|seko|byggnads|ledarna|polisförbundet|läkarförbundet|sveriges läkarförbund|journalistförbundet|naturvetarna|dik|transport|' +
  'transportarbetareförbundet|fastighets|fastighetsanställdas förbund|hotell- och restaurangfacket|hrf|livs|elektrikerförbundet|elektrikerna|målareförbundet|målarna|pappers|gs-facket|gs|musikerförbundet|' +
  'finansförbundet|fysioterapeuterna|psykologförbundet|sveriges psykologförbund|tandläkarförbundet|sveriges tandläkarförbund|farmaceuterna|sveriges arkitekter|officersförbundet|försvarsförbundet|' +
  'teaterförbundet|scen & film|skolledarna|vårdfacket|sveriges skolledare|reservofficerarna|sveriges veterinärförbund|sveriges universitetslärare och forskare|sulf|kyrkans akademikerförbund|trafikförbundet|' +
  'ssr-förbundet|sveriges socionomer|civilekonomerna|sveriges skolledarförbund|unionens|kommunals|visions|facket på jobbet|a-kassan och facket';

export const tradeUnion: Lexicon = {
  type: 'trade-union',
  strong: [
    'fackmedlem*', 'fackligt ansluten', 'fackligt aktiv', 'facklig förtroendeman', 'fackligt förtroendevald', 'fackligt organiserad*', 'facklig företrädare för', 'fackavgift*', 'fackföreningsavgift*', 'medlemsavgift till facket',
    `förtroendevald (?:för|i) (?:${UNIONS})`, `aktiv i (?:${UNIONS})`, `ombud (?:för|från) (?:${UNIONS})`, `skyddsombud för (?:${UNIONS})`, `klubbordförande (?:för|i) (?:${UNIONS})`,
    `(?:medlem i|medlemmar i|medlemskap i|anslutit sig till|ansluten till|anslutna till|gått med i|gick med i|går med i|är med i|var med i|organiserad i|organiserade i|tillhör|begärt utträde ur|gått ur|lämnat) (?:${UNIONS})`,
    'union member*', 'member of the union', 'union dues', 'joined the union', 'union representative', 'union membership',
  ],
  weak: ['fackförbund*', 'fackförening*', 'facket', 'fackligt', 'facklig*', 'fackombud*', 'trade union*'],
  context: ['kommunal', 'vision', 'unionen', 'vårdförbundet', 'lärarförbundet', 'sveriges lärare', 'saco', 'if metall', 'seko', 'byggnads', 'ledarna', 'journalistförbundet', 'akademikerförbundet*', 'huvudskyddsombud', 'skyddsombud'],
};
