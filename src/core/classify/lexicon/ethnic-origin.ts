import { byFirstLetter } from './first-letter.js';
import type { Lexicon } from './lexicon.js';

/**
 * Racial or ethnic origin (GDPR art. 9). The origins are Sweden's national minorities, the largest
 * groups born abroad in SCB's population statistics (countries and their demonyms) and ethnic groups
 * named in asylum and school mails; a country counts with a phrase of origin ("kommer från",
 * "född i", "föräldrarna är från") and a demonym with "är".
 */
const COUNTRIES =
  'somalia|eritrea|etiopien|syrien|irak|iran|afghanistan|turkiet|bosnien|kosovo|serbien|kroatien|palestina|libanon|jordanien|egypten|marocko|tunisien|algeriet|libyen|sudan|sydsudan|' +
  'nigeria|ghana|gambia|kenya|uganda|kongo|rwanda|burundi|pakistan|indien|bangladesh|sri lanka|thailand|vietnam|kina|filippinerna|myanmar|ryssland|ukraina|polen|rumänien|bulgarien|ungern|' +
  'finland|estland|lettland|litauen|grekland|chile|colombia|peru|bolivia|brasilien|argentina|kuba|mexiko|jemen|saudiarabien|kurdistan|tjetjenien|georgien|armenien|azerbajdzjan|albanien|nordmakedonien';
const PEOPLES =
  'kurd|rom|romsk|tornedaling|sverigefinne|jude|judinn|somalier|afghan|eritrean|syrier|iranier|irakier|uigur|tamil|hazar|assyrier|syrian|palestinier|bosnier|kosovoalban|albanier|same|turk|arab|' +
  'etiopier|sudanes|nigerian|kines|vietnames|thailändare|polack|rumän|ryss|ukrainare|chilenare|libanes|marockan|pakistanier|indier|finne|finländare|tjetjen|jezid|yazidi|berber|pashtun|tadzjik|uzbek|' +
  'afrikan|afrosvensk|mörkhyad';

/**
 * Swedish adjectives of origin (common and neuter/plural by the pattern: samisk, samiskt, samiska). Not "judisk":
 * it names a faith as often as an origin, and a match here would hide the religion lexicon's hit on the same word.
 */
const ADJ =
  'samisk|sverigefinsk|tornedalsk|romsk|kurdisk|somalisk|eritreansk|etiopisk|syrisk|assyrisk|syriansk|irakisk|iransk|persisk|afghansk|turkisk|bosnisk|serbisk|kroatisk|albansk|' +
  'polsk|finsk|estnisk|lettisk|litauisk|rysk|ukrainsk|rumänsk|bulgarisk|ungersk|grekisk|chilensk|colombiansk|peruansk|bolivian|brasiliansk|kubansk|mexikansk|vietnamesisk|kinesisk|thailändsk|filippinsk|' +
  'indisk|pakistansk|bangladeshisk|lankesisk|tamilsk|nigeriansk|ghanansk|gambisk|kenyansk|ugandisk|kongolesisk|marockansk|tunisisk|algerisk|egyptisk|libanesisk|palestinsk|jemenitisk|sudanesisk|' +
  'tjetjensk|georgisk|armenisk|arabisk|afrikansk|ingermanländsk|bosniakisk';
/** Subjects that are people ("hon är samisk"; "maten är thailändsk" is no origin). */
const SUBJECTS =
  'jag|hon|han|hen|vi|de|dom|familjen|familj|mamman|pappan|modern|fadern|föräldrarna|eleven|barnet|brukaren|klienten|patienten|sökanden|kollegan|medarbetaren|mormor|morfar|farmor|farfar|' +
  'personen|kvinnan|mannen|pojken|flickan|sonen|dottern|hyresgästen|grannen|vårdnadshavaren|släkten|frun|maken|sambon|vikarien|praktikanten|den anställde|den sökande';
/** Plural peoples after an adjective ("irakiska kurder", "serbiska romer"). */
const PLURALS = 'kurder|romer|samer|judar|araber|hazarer|assyrier|syrianer|turkar|albaner|tamiler|uigurer|jezidier|pashtuner|bosniaker|perser|finnar|tornedalingar';
/** English demonyms and peoples, after "is", "of … origin", "by origin". */
const DEMONYMS_EN =
  'sámi|sami|polish|greek|greek-cypriot|turkish|somali|somalian|jewish|palestinian|vietnamese|kurdish|finnish|sweden-finnish|tornedalian|roma|romani|arab|assyrian|assyrians|ghanaian|nigerian|' +
  'eritrean|syrian|iraqi|iranian|persian|afghan|bosnian|serbian|croatian|chilean|ethiopian|lebanese|moroccan|chinese|thai|pakistani|russian|ukrainian|romanian|hungarian|sudanese|congolese|' +
  'kenyan|ugandan|tamil|hazara|pashtun|uyghur|yazidi|igbo|yoruba|east african|west african|north african|latin american|hispanic|latino|latina|indigenous';
const COUNTRIES_EN =
  'somalia|eritrea|ethiopia|syria|iraq|iran|afghanistan|turkey|bosnia|kosovo|serbia|croatia|palestine|gaza|lebanon|egypt|morocco|sudan|nigeria|ghana|kenya|uganda|congo|rwanda|pakistan|india|' +
  'bangladesh|sri lanka|thailand|vietnam|china|the philippines|myanmar|russia|ukraine|poland|romania|bulgaria|hungary|finland|estonia|greece|chile|colombia|peru|bolivia|brazil|argentina|cuba|' +
  'mexico|yemen|kurdistan|chechnya|georgia|armenia|albania|belarus';
/** Things (not people) that follow a demonym: "Sámi National Day", "romska nationaldagen". */
const NOT_A_PERSON = '(?!-ortodox|-orthodox| national| day| food| cuisine| music| film| language| förvaltningsområde| nationaldag)';

export const ethnicOrigin: Lexicon = {
  type: 'ethnic-origin',
  strong: [
    'etnisk[a-zåäö]* bakgrund', 'etniskt ursprung', 'ras', 'hudfärg*', 'romer', `född i (?:${COUNTRIES})`, 'resandefolket', 'tillhör den samiska', 'samisk härkomst', 'judisk härkomst', 'kurdisk härkomst',
    ...byFirstLetter(`rötter|ursprung|bakgrund|härkomst`, ` (?:i|från) (?:${COUNTRIES})`), ...byFirstLetter(`är|var`, ` (?:jag |hon |han |hen |vi |de )?(?:själv )?(?:en |född |halvt )?(?:${PEOPLES})(?:er|ier|isk|iska|ska|e|a)?`),
    ...byFirstLetter(`${PEOPLES}`, `(?:isk|sk|esisk|iansk|nsk)? (?:härkomst|bakgrund|ursprung|familj|släkt)`), 'utländsk härkomst', 'invandrarbakgrund', 'utländsk bakgrund', 'född utomlands', 'född i utlandet', 'talar (?:tigrinja|somaliska|kurdiska|sorani|kurmanji|romani|arabiska|dari|pashto|persiska|farsi|samiska|meänkieli|jiddisch|amhariska|tamil|urdu|turkiska|bosniska|albanska|syrianska|assyriska) (?:hemma|med familjen|med sina föräldrar|som modersmål)',
    'modersmål(?:et)? är (?:tigrinja|somaliska|kurdiska|romani|arabiska|dari|pashto|persiska|farsi|samiska|meänkieli|finska|jiddisch|amhariska|tamil|urdu|turkiska|bosniska|albanska|polska)',
    // a person's origin said with an adjective or a plural people ("hon är samisk", "jag är halvt chilensk", "de är serbiska romer")
    // the subject is checked looking back from "är", so the adjective list is in the scan regex once, not once per subject letter
    `(?:är|var) (?<=(?:^|[^a-zåäö])(?:${SUBJECTS})(?: [a-zåäö-]{2,15})? (?:är|var) )(?:själv )?(?:halvt |till hälften |ursprungligen |en )?(?:${ADJ})(?:t|a)?${NOT_A_PERSON}`, ...byFirstLetter(`är|var`, ` (?:jag |hon |han |hen |vi |de )?(?:själv )?(?:halvt|till hälften) (?:${ADJ})(?:t|a)?`), ...byFirstLetter(`${ADJ}`, `a (?:${PLURALS})`), ...byFirstLetter(`är|var`, ` (?:${ADJ})a (?:${PLURALS})`), ...byFirstLetter(`är|var`, ` (?:jag |hon |han |hen |vi |de )?(?:${PLURALS}|sverigefinnar)`), ...byFirstLetter(`född och uppvuxen|uppvuxen|växte upp|vuxit upp`, ` i (?:${COUNTRIES})`), `av (?:${ADJ})(?:t|a)? (?:härkomst|ursprung|börd|bakgrund|påbrå|släkt)`, ...byFirstLetter(`${ADJ}`, `(?:t|a)? (?:härkomst|ursprung|påbrå)`), ...byFirstLetter(`${ADJ}`, `a? (?:familj|familjen|släkt|släkten|föräldrar|mamma|pappa|mor|far|mormor|morfar|farmor|farfar|renskötarfamilj)`),
    ...byFirstLetter(`flydde|flytt|invandrade|invandrat|kom hit|kom till sverige|kommit till sverige`, ` från (?:${COUNTRIES})`), `ursprungligen från (?:${COUNTRIES})`, ...byFirstLetter(`är|kommer`, ` från (?:${COUNTRIES}) ursprungligen`),
    `(?:är|var) (?:asylsökande|ensamkommande|kvotflykting|kvotflyktingar|flykting|flyktingar) från (?:${COUNTRIES})`, `(?:is|was) an? (?:asylum seeker|refugee|immigrant) from (?:${COUNTRIES_EN})`,
    'tillhör (?:en |den )?nationell(?:a)? minoritet*', 'zigenar*',
    // the same in English: "she is Sámi", "he's Somali", "of Lebanese descent", "Nigerian by origin", "originally from Eritrea", "fled Syria"
    ...byFirstLetter(`is|are|was|were`, ` (?:half |partly |originally |ethnically |a |an )?(?:${DEMONYMS_EN})${NOT_A_PERSON}`), ...byFirstLetter(`he|she|they|i`, `['’](?:s|m|re) (?:half |partly )?(?:${DEMONYMS_EN})${NOT_A_PERSON}`),
    `of (?:${DEMONYMS_EN})(?: [a-z]{2,15})? (?:origin|descent|background|heritage|ancestry|extraction)`, ...byFirstLetter(`${DEMONYMS_EN}`, ` (?:by origin|by birth|descent|heritage|ancestry)`), 'romani (?:woman|man|family|girl|boy|child|mother|father)',
    `belongs? to the (?:${DEMONYMS_EN}) (?:minority|community|people)`, ...byFirstLetter(`originally from|moved here from|moved to sweden from|came to sweden from|fled from|fled|refugee from|refugees from|emigrated from|immigrated from|was born in|were born in|grew up in`, ` (?:${COUNTRIES_EN})`), ...byFirstLetter(`he|she|i|they|family|mother|father|parents|grandmother|grandfather|grandparents|mum|dad`, ` (?:is|are|was|were|comes|come|came) (?:originally )?from (?:${COUNTRIES_EN})`),
    '(?:belongs|belong) to (?:a |the )?national minority', 'national minority of', '(?:his|her|their) (?:ethnicity|ethnic background|origin|ancestry)', '(?:hans|hennes|deras|sin|sina) (?:etnicitet|etniska bakgrund|etniska ursprung|etniska tillhörighet|härkomst)', '(?:på grund av|pga|p\\.g\\.a\\.|because of|due to) (?:sin|hans|hennes|deras|his|her|their) (?:etnicitet|etniska tillhörighet|etniska bakgrund|ursprung|hudfärg|ethnicity|ethnic background|origin|skin colour|skin color)',
    'is (?:roma|kurdish|sami|jewish|uyghur|somali|black)', 'comes from (?:somalia|eritrea|syria|iraq|iran|afghanistan|turkey)', 'racial origin',
  ],
  weak: [
    // refugees and asylum seekers from a country: said of groups as often as of a person ("kommunen tar emot kvotflyktingar från Syrien")
    `(?:asylsökande|ensamkommande|kvotflykting|kvotflyktingar|flykting|flyktingar) från (?:${COUNTRIES})`, `(?:asylum seeker|asylum seekers|immigrant|immigrants|refugee|refugees) from (?:${COUNTRIES_EN})`,
    // an origin adjective after a name ("Jussi är finsk") needs a person nearby and further support ("leverantören är finsk" is no origin)
    ...byFirstLetter(`är|var`, ` (?:${ADJ})(?:t|a)?${NOT_A_PERSON}`),
    // the grounds named in a list or a policy: only with a person or other hits
    'etnicitet*', 'etnisk tillhörighet', 'etniska tillhörighet', 'ethnic origin', 'ethnicity', 'ethnic background',
    'härkomst*', 'ursprung*', 'minoritet*', 'samisk*', 'same', 'sameby*', 'renskötare', 'reindeer herder*', 'ethnic*', 'modersmål(?!slär)[a-zåäö]*', 'tolk på (?:tigrinja|somaliska|kurdiska|arabiska|dari|persiska)',
    // A country alone is no disclosure; "kommer från / är född i / flydde från Somalia" about a person is (disclosure.ts).
    ...byFirstLetter(`${COUNTRIES}`, ``),
    'romsk(?!a nationaldag)[a-zåäö]*', 'somalisk*', 'eritreansk*', 'syrisk*', 'irakisk*', 'iransk*', 'afghansk*', 'kurdisk*', 'turkisk*', 'palestinsk*', 'bosnisk*', 'etiopisk*',
  ],
};
