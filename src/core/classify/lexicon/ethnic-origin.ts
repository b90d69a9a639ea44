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
  'kurd|rom|romsk|tornedaling|sverigefinne|jude|somalier|afghan|eritrean|syrier|iranier|irakier|uigur|tamil|hazar|assyrier|syrian|palestinier|bosnier|kosovoalban|albanier|same|turk|arab|' +
  'etiopier|sudanes|nigerian|kines|vietnames|thailändare|polack|rumän|ryss|ukrainare|chilenare|libanes|marockan|pakistanier|indier|finne|finländare|tjetjen|jezid|yazidi|berber|pashtun|tadzjik|uzbek|' +
  'afrikan|afrosvensk|mörkhyad';

export const ethnicOrigin: Lexicon = {
  type: 'ethnic-origin',
  strong: [
    'etnisk[a-zåäö]* bakgrund', 'etniskt ursprung', 'etnicitet*', 'etnisk tillhörighet', 'etniska tillhörighet', 'ras', 'hudfärg*', 'romsk*', 'romer', 'resandefolket', 'tillhör den samiska', 'samisk härkomst', 'judisk härkomst', 'kurdisk härkomst',
    `(?:rötter|ursprung|bakgrund|härkomst) (?:i|från) (?:${COUNTRIES})`, `är (?:en |född |)(?:${PEOPLES})(?:er|ier|isk|iska|ska|e|a)?`,
    `(?:${PEOPLES})(?:isk|sk|esisk|iansk|nsk)? (?:härkomst|bakgrund|ursprung|familj|släkt)`, 'utländsk härkomst', 'invandrarbakgrund', 'utländsk bakgrund', 'född utomlands', 'född i utlandet', 'talar (?:tigrinja|somaliska|kurdiska|sorani|kurmanji|romani|arabiska|dari|pashto|persiska|farsi|samiska|meänkieli|jiddisch|amhariska|tamil|urdu|turkiska|bosniska|albanska|syrianska|assyriska) (?:hemma|med familjen|med sina föräldrar|som modersmål)',
    'modersmål(?:et)? är (?:tigrinja|somaliska|kurdiska|romani|arabiska|dari|pashto|persiska|farsi|samiska|meänkieli|finska|jiddisch|amhariska|tamil|urdu|turkiska|bosniska|albanska|polska)',
    'is (?:roma|kurdish|sami|jewish|uyghur|somali|black)', 'comes from (?:somalia|eritrea|syria|iraq|iran|afghanistan|turkey)', 'ethnic origin', 'ethnicity', 'racial origin', 'ethnic background',
  ],
  weak: [
    'härkomst*', 'ursprung*', 'minoritet*', 'samisk*', 'same', 'ethnic*', 'modersmål*', 'tolk på (?:tigrinja|somaliska|kurdiska|arabiska|dari|persiska)',
    // A country alone is no disclosure; "kommer från / är född i / flydde från Somalia" about a person is (disclosure.ts).
    `(?:${COUNTRIES})`,
    'somalisk*', 'eritreansk*', 'syrisk*', 'irakisk*', 'iransk*', 'afghansk*', 'kurdisk*', 'turkisk*', 'palestinsk*', 'bosnisk*', 'etiopisk*',
  ],
};
