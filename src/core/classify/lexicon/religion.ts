import { byFirstLetter } from './first-letter.js';
import type { Lexicon } from './lexicon.js';

/**
 * Religious or philosophical beliefs (GDPR art. 9). The faiths and communities follow the
 * registered trossamfund supported by Myndigheten för stöd till trossamfund (Svenska kyrkan, the
 * free churches, the Catholic and Orthodox churches, Muslim, Jewish, Buddhist, Hindu, Sikh and
 * other communities), with their members' names and practices that reveal a belief.
 */
const COMMUNITIES =
  'svenska kyrkan|katolska kyrkan|pingstkyrkan|pingstförsamlingen|pingströrelsen|equmeniakyrkan|equmenia|evangeliska fosterlandsstiftelsen|efs|frälsningsarmén|missionskyrkan|baptistsamfundet|' +
  'ortodoxa kyrkan|syrisk-ortodoxa kyrkan|syrianska kyrkan|assyriska kyrkan|serbisk-ortodoxa kyrkan|koptiska kyrkan|jehovas vittnen|mormonkyrkan|jesu kristi kyrka av sista dagars heliga|livets ord|' +
  'adventistkyrkan|sjundedagsadventisterna|scientologikyrkan|moskén|moskeförsamlingen|islamiska förbundet|judiska församlingen|församlingen|kyrkan|samfundet|en frikyrka|frikyrkan|buddhistiska samfundet|sikhiska|hinduiska|' +
  'laestadianerna|laestadianska församlingen|en frikyrkoförsamling|en sluten frikyrkoförsamling|frikyrkoförsamlingen|kyrkokören|scientologerna|moskéföreningen|sin församling|en församling|församlingen';
const BELIEVERS = 'syrisk-ortodox|grekisk-ortodox|rysk-ortodox|serbisk-ortodox|muslimer|kristna|judar|katoliker|buddhister|ateister|ortodoxa kristna|ortodoxa|pingstvänner|shiamuslimer|sunnimuslimer|mormoner|laestadianer|laestadian|aleviter|alevit|muslim|kristen|jude|katolik|hindu|buddhist|ateist|sikh|ortodox|protestant|pingstvän|frikyrklig|troende|religiös|agnostiker|humanist|shia|sunni|shiamuslim|sunnimuslim|jehovas vittne|mormon|luthera?n';

export const religion: Lexicon = {
  type: 'religion',
  strong: [
    'religiös övertygelse', 'religiös tillhörighet', 'religionstillhörighet', 'trosuppfattning*', 'trostillhörighet*', 'trosbekännelse',
    ...byFirstLetter(`tillhör|tillhörde|medlem i|medlemmar i|aktiv i|engagerad i|går i|gick med i|gått med i|är med i|var med i|lämnat|har lämnat|lämnade|begärt utträde ur|utträde ur|döpt i|döptes i|konfirmerad i|konfirmerades i`, ` (?:den |det |sin |en )?(?:${COMMUNITIES})`),
    `(?:är|var) (?:troende |praktiserande |djupt troende |en troende |övertygad |konverterad )?(?:${BELIEVERS})`, 'konverter*', 'konvertit*', 'jehovas vittne*', '(?:bär|bar|burit) (?:slöja|sjal|hijab|kippa|turban|niqab|burka|huvudduk)', '(?:sitter|satt|uppdrag|ledamot|ersättare|invald) i (?:kyrkofullmäktige|kyrkorådet|församlingsrådet)',
    'ber fem gånger', 'ber under', 'fastar under ramadan', 'firar inte (?:jul|födelsedagar)', 'av religiösa skäl', 'religionsutövning', 'frikyrkomedlem*', 'kyrkomedlem*',
    // practice that shows a belief: prayer, fasting, holy days, services, rites of passage
    'ber (?:varje|på|fem|under|i) (?:dag|kväll|morgon|fredag|fredagar|gånger|skoldagen|arbetsdagen|moskén|kyrkan)', 'fredagsbön*', 'plats att be', 'rum att be i', 'kör ramadan', 'fastar (?:under|på|i|hela) (?:ramadan|fastemånaden|dagtid|dagarna)', '(?:fasts|fasting|fasted) (?:during|for|in) ramadan', 'konfirmerade sig', 'blev döpt', 'döptes', 'pingstpastor*',
    '(?:firar|fira|firade|firat|håller|celebrates|celebrating|observing|observes|observe|keeps|keep|keeping) (?:eid|id al-fitr|id al-adha|yom kippur|jom kippur|ashura|shabbat|sabbaten|sabbath|the sabbath|ramadan|diwali|vesak|hanukkah|chanukka|kosher|halal)',
    '(?:ledigt|ledighet|ledig) (?:från skolan |från jobbet |från förskolan )?(?:för|under) (?:hajj|eid|id|ashura|yom kippur|jom kippur|gudstjänst|fredagsbönen|bön)', '(?:hajj|eid|yom kippur|ashura|shabbat) off', 'äter (?:bara |endast )?(?:halal|koshermat|kosher)',
    '(?:går|gick|brukar gå) (?:i|till) (?:kyrkan|moskén|mässan|synagogan|templet|gudstjänst|gudstjänsten) (?:varje|på söndagar|på fredagar|på lördagar|regelbundet|varje vecka)', 'brukar gå (?:i|till) (?:kyrkan|moskén|mässan|synagogan|templet)', '(?:goes|go|going|went) to mass', '(?:goes|go|going) to (?:the )?(?:mosque|church|synagogue|temple) (?:every|on sundays|on fridays|on saturdays|regularly|each week)', 'attends? (?:mass|church|the mosque|friday prayers|services)', 'friday prayer*', 'place to pray', 'time to pray',
    '(?:is|are|was) (?:a |an )?(?:devout |practising |practicing |observant |orthodox |strict |born-again )?(?:orthodox )?(?:mormon|alevi|alevis|evangelical|pentecostal|quaker|lutheran|jehovah\'s witness)', '(?:is|was) observant', 'jewish community', 'family is jewish', "left the jehovah's witnesses", "jehovah's witness*",
    'religious belief*', 'religious reasons', 'is (?:a )?(?:devout |practising |practicing )?(?:muslim|christian|jewish|catholic|hindu|buddhist|sikh|atheist)', 'converted to (?:islam|christianity|catholicism|judaism|buddhism|hinduism|sikhism|orthodoxy)', '(?:is|are|was) (?:greek |russian |serbian |syrian |coptic )?orthodox(?! jew)',
  ],
  // food words: a restaurant "har halal" is no belief ("äter bara halal" is a strong term)
  context: ['halal', 'kosher'],
  weak: ['livsåskådning*', 'religiösa skäl', 'temple', 'diwali', 'muslim*', 'kristen', 'kristna', 'jude', 'judisk*', 'katolik*', 'hindu*', 'buddhis*', 'sikh*', 'religi*', 'moské*', 'synagoga*', 'församling*', 'bönerum*', 'prayer room', 'ramadan', 'eid', 'hajj', 'ashura', 'yom kippur', 'jom kippur', 'shabbat', 'sabbat*', 'sabbath', 'kyrkokör*', 'psalm*', 'laestadian*', 'funeral rites', 'mosque', 'church', 'synagogue', 'fasta*', 'slöja*', 'hijab', 'kippa', 'gudstjänst*', 'mässa*', 'bön*'],
};
