import { byFirstLetter } from './first-letter.js';
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

/** Union names that are also common words ("kommunal verksamhet", "vår vision", "St. Eriks"): after a role only at a phrase end or before a union unit. */
const AMBIGUOUS = 'kommunal|vision|st|lo|transport|handels|metall|livs|gs|pappers|fastighets|ledarna|seko';
const AMBIGUOUS_END = '(?:(?![ -][a-zåäö])| (?:sektion|avdelning|klubb|lokalavdelning|lokalt|på|i|och|sedan|har|som|men|när|så|längre|igen))';
/** Names that are never anything but a union (the federations' member unions, spelled as people write them). */
const NAMED =
  'unionen|vårdförbundet|lärarförbundet|lärarnas riksförbund|sveriges lärare|saco|tco|fackförbundet st|akademikerförbundet ssr|akademikerförbundet|ssr|jusek|akavia|sveriges ingenjörer|if metall|' +
  'handelsanställdas förbund|byggnads|polisförbundet|läkarförbundet|sveriges läkarförbund|journalistförbundet|naturvetarna|transportarbetareförbundet|fastighetsanställdas förbund|' +
  'hotell- och restaurangfacket|elektrikerförbundet|målareförbundet|gs-facket|musikerförbundet|finansförbundet|fysioterapeuterna|psykologförbundet|sveriges psykologförbund|' +
  'tandläkarförbundet|farmaceuterna|sveriges arkitekter|officersförbundet|teaterförbundet|skolledarna|vårdfacket|sveriges skolledare|sveriges universitetslärare och forskare|sulf|' +
  'kyrkans akademikerförbund|ssr-förbundet|sveriges socionomer|civilekonomerna|sac|syndikalisterna';
/** English names and descriptions of unions. */
const UNIONS_EN =
  "swedish association of graduate engineers|swedish municipal workers' union|municipal workers' union|journalists' union|teachers' union|nurses' union|university teachers' union";
/** Roles in a union (Swedish), said before "i/för/från Kommunal". */
const ROLES =
  'ordförande|vice ordförande|kassör|sekreterare|studieorganisatör|ombud|ombudet|skyddsombud|skyddsombudet|huvudskyddsombud|arbetsplatsombud|representant|kontaktperson|facklig kontaktperson|förtroendevald|' +
  'ledamot|styrelseledamot|klubbordförande|sitter i styrelsen|styrelsen|förhandlare|företrädare';
/** Roles in a union (English), said after the union's name ("the Vision steward", "Kommunal safety rep"). */
const ROLES_EN = 'contact|representative|steward|shop steward|safety rep|safety representative|workplace rep|workplace representative|negotiating team|member|membership|membership fee|branch|chair|ombudsman';

export const tradeUnion: Lexicon = {
  type: 'trade-union',
  strong: [
    'fackmedlem*', 'fackligt ansluten', 'fackligt aktiv', 'facklig förtroendeman', 'fackligt förtroendevald', 'fackligt organiserad*', 'facklig företrädare för', 'fackavgift(?!er)[a-zåäö]*', 'fackföreningsavgift*', 'medlemsavgift till facket',
    `förtroendevald (?:för|i) (?:${UNIONS})`, `aktiv i (?:${UNIONS})`, `ombud (?:för|från) (?:${UNIONS})`, `skyddsombud för (?:${UNIONS})`, `klubbordförande (?:för|i) (?:${UNIONS})`,
    ...byFirstLetter(`medlem i|medlemmar i|medlemskap i|anslutit sig till|ansluten till|anslutna till|gått med i|gick med i|går med i|är med i|var med i|organiserad i|organiserade i|tillhör|begärt utträde ur|gått ur|lämnat`, ` (?:${UNIONS})`),
    // a role held in a named union ("ordförande i Visions avdelning", "huvudskyddsombud för Kommunal", "Vision-ombudet", "Kommunals arbetsplatsombud")
    ...byFirstLetter(`${ROLES}`, ` (?:i|för|från|hos|inom) (?:vår |den |sin )?(?:lokala )?(?:${NAMED})s?`), ...byFirstLetter(`${ROLES}`, ` (?:i|för|från|hos|inom) (?:${AMBIGUOUS})s?${AMBIGUOUS_END}`),
    ...byFirstLetter(`${NAMED}|${AMBIGUOUS}`, `(?:s |-)(?:lokala |nya )?(?:ombud|ombudet|medlem|medlemmen|ansluten|representant|representanten|skyddsombud|skyddsombudet|huvudskyddsombud|huvudskyddsombudet|arbetsplatsombud|arbetsplatsombudet|klubben|klubbens ordförande|kontaktperson|förtroendevalde|förtroendevalda)`),
    `\\((?:${NAMED}|kommunal|vision|if metall|seko)[,)]`, '(?:kontaktat|kontakta|kontaktar|bett|ber|ringt|ringde|frågat|frågade|pratat med|pratade med|vänt sig till|vände sig till|via|med hjälp av) (?:mitt|sitt|hans|hennes|deras|ditt) fack', '(?:sitt|sin|hans|hennes|mitt|min) fackliga (?:ombud|företrädare|representant)', 'är facklig (?:kontaktperson|ordförande|företrädare|representant)', 'facklig ordförande', 'fackliga uppdrag', 'fackligt uppdrag',
    '(?:för|åt) sin medlem', ...byFirstLetter(`varit med i|gick över till|gått över till|gick över från|gått över från|avdraget för|avdrag för|inte med i|inte längre med i|gå med i|att gå med i|gick ur|gått ur|gå ur|lämna|stanna i|är kvar i|bytt till|bytte till`, ` (?:${NAMED})`), ...byFirstLetter(`varit med i|gick över från|gått över från|avdraget för|avdrag för|inte med i|gick ur|gått ur|bytt till|bytte till`, ` (?:${AMBIGUOUS})(?:${AMBIGUOUS_END}| till)`),
    // the same in English: membership, roles and representation by a named union
    ...byFirstLetter(`member of|membership of|membership in|joined|joining|has joined|left|quit|stay in|represented by|elected by|chair of the|rep for|representative for|steward for`, ` (?:${NAMED}|kommunal|vision|seko|${UNIONS_EN}|the union|a union)`), 'member of (?:st|lo|handels|transport|livs|metall)', ...byFirstLetter(`${NAMED}|kommunal|vision|st|seko|${UNIONS_EN}`, `(?:'s|')? (?:senior |local |chief |main |head )?(?:${ROLES_EN})`),
    '(?:my|his|her|their|your) union', "(?:my|his|her|their) union's", 'shop steward', 'union time', 'union support', 'union member', 'member of the union', 'joined the union', 'union representative', '(?:my|his|her|their) union membership',
  ],
  weak: ['union dues', 'union membership', 'union rep', 'fackförbund*', 'fackförening*', 'facket', 'fackligt', 'facklig*', 'fackombud*', 'trade union*'],
  context: ['kommunal', 'vision', 'unionen', 'vårdförbundet', 'lärarförbundet', 'sveriges lärare', 'saco', 'if metall', 'seko', 'byggnads', 'ledarna', 'journalistförbundet', 'akademikerförbundet*', 'huvudskyddsombud', 'skyddsombud'],
};
