import { byFirstLetter } from './first-letter.js';
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
/** Named parties only (no "partiet"), with the genitive: after a role or activity ("ordförande i Miljöpartiets lokalavdelning"). */
const NAMED =
  'socialdemokraterna|moderaterna|sverigedemokraterna|vänsterpartiet|centerpartiet|centern|liberalerna|kristdemokraterna|miljöpartiet|feministiskt initiativ|piratpartiet|' +
  'alternativ för sverige|medborgerlig samling|nyans|sjukvårdspartiet|kommunistiska partiet|nordiska motståndsrörelsen|ssu|muf|sdu|ung vänster|cuf|luf|kdu|grön ungdom|' +
  'socialdemokraternas|moderaternas|sverigedemokraternas|vänsterpartiets|centerpartiets|centerns|liberalernas|kristdemokraternas|miljöpartiets|piratpartiets|ssu:s|muf:s|sdu:s|cuf:s|luf:s|kdu:s';
/** The parties by letter, as minutes and chat write them ("sitter för C", "röstade V"). */
const LETTERS = 's|m|c|v|l|kd|sd|mp';
/** English names of the parties (and the common foreign ones) after a verb or role. */
const PARTIES_EN =
  'social democrats|moderates|moderate party|sweden democrats|left party|centre party|center party|liberals|liberal party|christian democrats|greens|green party|pirate party|' +
  'labour party|labour|conservatives|conservative party|feminist initiative|nordic resistance movement';
/** A supporter named by the party, in English ("a Sweden Democrat voter", "a Christian Democrat councillor"). */
const PARTISAN_EN = 'alternative för sverige|alternativ för sverige|social democrat|sweden democrat|sweden democrats|christian democrat|christian democrats|moderate|left party|centre party|center party|liberal party|green party|green|labour|conservative|communist|socialist|pirate party';
const SUPPORTERS = 'sverigedemokrat|socialdemokrat|vänsterpartist|centerpartist|kristdemokrat|miljöpartist|kommunist|nazist|nationalist|anarkist|feminist|marxist|socialist|rojalist|republikan|syndikalist|fascist|antifascist|rasist|högerextremist|vänsterextremist|aktivist';

export const politicalOpinion: Lexicon = {
  type: 'political-opinion',
  strong: [
    'partimedlem*', 'partimedlemskap*', 'partibok*', ...byFirstLetter(`medlem i|medlemmar i|medlemskap i|aktiv i|engagerad i|engagerar sig i|gått med i|gick med i|går med i|är med i|var med i|förtroendevald för|sitter i fullmäktige för|kandiderar för|ställer upp för|valsedel för|företräder`, ` (?:${PARTIES})`),
    `är (?:öppet |aktiv |engagerad |övertygad |en övertygad |en aktiv |en engagerad |en inbiten |en känd |känd |känd som )?(?:${SUPPORTERS})(?:isk)?`, ...byFirstLetter(`röstade|röstar|röstat|röstade inte|röstar alltid|röstade nog`, ` på (?:${PARTIES}|dem|honom|henne|samma parti|ett annat parti|${LETTERS})`), 'politisk uppfattning', 'politiska uppfattning*', 'politiska åsikt*', 'politisk åsikt', 'politiskt engagemang', 'politiskt aktiv',
    'sympatiserar med', 'sympatisör*', '(?:deltog|deltar|deltagit|deltar själv|varit med|var med|är med|gick med) i (?:en |flera |några )?(?:klimat)?(?:demonstration|manifestation)[a-zåäö]*', 'demonstrerade mot', 'demonstrerade för', 'partisympati*',
    // roles, offices and campaign work for a named party ("sitter i fullmäktige för V", "ordförande i SSU", "delar ut flygblad för KD")
    ...byFirstLetter(`engagerat sig i|engagerade sig i|engagemang i|engagemanget i|ordförande i|ordförande för|vice ordförande i|styrelsen för|styrelse för|sitter i|satt i|lämnat|lämnade|gått ur|gick ur|hoppat av från|bytt till|bytte till|kandidera för|kandiderat för|kandiderade för|kandidat för|riksdagskandidat för|invald för|invald som ersättare för|fullmäktigeledamot för|kommunfullmäktigeledamot för|förtroendeuppdrag för|uppdrag för|agiterar för|agiterade för|ombud för|valarbetare åt|kampanjarbetare åt|jobbar åt|flygblad för|affischer för|kampanjar för|kampanjade för|valarbetare för|värvar medlemmar till|knackar dörr för|aktiv i|medlem i|är med i|var med i|gått med i|gick med i|går med i|roll i|uttryckte stöd för|uttrycker stöd för|stöder|stödjer|stöttar|sympatiserade med`, ` (?:${NAMED})`),
    ...byFirstLetter(`sitter|satt|suttit|ersättare|ledamot|ordförande|vice ordförande|invald som ersättare|invald`, ` (?:ju |också |även |numera |nu )?i [a-zåäö-]{3,30} för (?:${NAMED}|${LETTERS})`), 'bytt parti', 'bytte parti',
    // a seat in a council is a party office ("sitter i kommunfullmäktige på fritiden"); a place on a party's list; votes to come
    ...byFirstLetter(`sitter|satt|suttit|invald|invalde|ledamot|ersättare`, ` (?:ju |också |även |numera |nu )?i (?:(?:kommun|region|landstings)?fullmäktige|(?:kommun|region|landstings)styrelsen)`),
    ...byFirstLetter(`stå|står|stod|stått|plats|placering|topplacerad`, ` på (?:${NAMED}) (?:lista|listan|listor|valsedel|valsedeln|valsedlar|riksdagslista|riksdagslistan|kommunlista|kommunlistan)`),
    ...byFirstLetter(`kommer|ska|tänker|vill|kommer att|tänker att`, ` rösta (?:på )?(?:${NAMED}|${LETTERS})`),
    ...byFirstLetter(`ombud|delegat|ombuden`, ` (?:på|vid|till) (?:${NAMED}) (?:partistämma|stämma|kongress|partikongress|årsmöte|riksmöte|förbundsstämma|länsstämma|distriktsstämma)`),
    ...byFirstLetter(`står|stod|jobbar|jobbade|arbetar|sitter|stå|stått`, ` i (?:${NAMED}) valstuga`), 'card-carrying', 'fridays for future', 'politisk fånge', 'politiska fångar', 'political prisoner*',
    ...byFirstLetter(`sitter|satt|invald|ersättare|ledamot|politiker|kandiderar|kandiderade|kandidat|kommunalråd|gruppledare|företräder|röstade|röstar|röstat|röstade nog|röstar alltid`, ` för (?:${LETTERS})`), ...byFirstLetter(`kandiderar|kandiderade|sitter|satt|röstar|röstade`, ` (?:jag|hon|han|hen|vi) (?:för|på) (?:${NAMED}|${LETTERS})`), ...byFirstLetter(`röstade|röstar|röstat|röstade nog|röstar alltid`, ` (?:${LETTERS})`),
    ...byFirstLetter(`${LETTERS}`, `-(?:medlem*|sympatisör*|väljare|anhängare|aktivist*)`), 'partiaktiv*', 'partipolitiskt aktiv', 'aktiv i (?:ett|något) (?:nytt |lokalt )?parti', 'missnöjesparti*', 'politisk flykting', 'politiska flyktingar', 'politiska aktivism*', 'politisk aktivism', 'politiskt uppdrag för',
    ...byFirstLetter(`han|hon|hen|jag`, ` är (?:ju |nog |en |öppet |inbiten |övertygad |väldigt |en engagerad |en inbiten )?(?:sosse|borgerlig|vänster|rödgrön|kommunist|socialist)`), 'sosse', 'sossar', 'regimkritisk*', 'oppositionell*', 'extinction rebellion', 'klimataktivist*', 'stöder hamas', 'nationalsocialistisk*', 'högerextrem*', 'vänsterextrem*',
    // the same in English: membership, votes, offices and campaigning for a named party
    ...byFirstLetter(`shift at|shifts at|volunteering at|working at|member of|membership of|membership in|joined|joining|joins|left|quit|quitting|leaving|campaigned for|campaigns for|campaigning for|canvassing for|canvassed for|volunteers for|volunteered for|volunteering for|stands for|stood for|standing for|councillor for|councilor for|candidate for|voted for|votes for|vote for|voting for|represents`, ` the (?:${PARTIES_EN})`),
    ...byFirstLetter(`voted|votes|vote|voting`, ` (?:for )?(?:green|labour|conservative|left|moderate|social democrat|sweden democrat)`), ...byFirstLetter(`voted|votes|voting`, ` (?:for )?(?:the )?(?:${PARTIES_EN})`),
    // "he's a Social Democrat", "on the board of the local Sweden Democrats branch" (session 6)
    ...byFirstLetter(`he's|she's|he’s|she’s|he is|she is|i'm|i’m|i am`, ` (?:a |an )?(?:social democrat|sweden democrat|christian democrat|communist|socialist)s?(?![a-z])`), `(?:on|sits on|sat on|joined) the (?:local )?board of (?:the )?(?:local )?(?:${PARTIES_EN})`, ...byFirstLetter(`a|an`, ` (?:known |local |die-hard |lifelong |staunch |committed |active |open |vocal |registered )?(?:${PARTISAN_EN}) (?:voter|member|councillor|councilor|candidate|politician|supporter|activist)`),
    `is (?:a |an )?(?:known |die-hard |lifelong |staunch |committed |active |open |vocal )?(?:social democrat|sweden democrat|christian democrat|communist|socialist|nationalist|fascist|neo-nazi)`, 'political activis*', '(?:opposition|anti-government|pro-democracy) (?:protest|protests|movement|activist|activists)', 'involvement in (?:the )?(?:opposition|protests)', 'communist activist', 'climate activist', 'activist group', 'climate protest*', 'her activism', 'his activism', 'their activism',
    'political opinion*', 'political views', 'party member*', 'member of the (?:green party|social democrats|moderates|moderate party|sweden democrats|left party|centre party|center party|liberals|christian democrats|labour party|conservative party|conservatives)', 'campaigns for the', 'supports the (?:social democrats|moderates|sweden democrats|green party|left party)',
  ],
  weak: [
    // an office for a named party in minutes and agendas ("ersättare för S kallas") needs a person nearby and support
    ...byFirstLetter(`ersättare|ledamot|kommunalråd|oppositionsråd|politiker|gruppledare`, ` för (?:${NAMED})`),
    'socialdemokrat*', 'moderaterna', 'moderaternas', 'centerpartiet*', 'vänsterpartiet*', 'miljöpartiet*', 'liberalernas', 'centern', 'centerns', 'sverigedemokrat*', 'vänsterpartis*', 'centerpartis*', 'liberalerna', 'kristdemokrat*', 'miljöpartis*', 'politisk*', 'partiet', 'valet', 'election*',
    'demonstration*', 'insändar*', 'partistämm*', 'partikongress*', 'valstug*', 'lokalavdelning*', 'fullmäktige', 'nämndeman', 'nämndemän',
  ],
};
