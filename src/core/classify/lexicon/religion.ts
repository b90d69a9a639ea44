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
  'adventistkyrkan|sjundedagsadventisterna|scientologikyrkan|moskén|moskeförsamlingen|islamiska förbundet|judiska församlingen|församlingen|kyrkan|samfundet|en frikyrka|frikyrkan|buddhistiska samfundet|sikhiska|hinduiska';
const BELIEVERS = 'muslim|kristen|jude|katolik|hindu|buddhist|ateist|sikh|ortodox|protestant|pingstvän|frikyrklig|troende|religiös|agnostiker|humanist|shia|sunni|shiamuslim|sunnimuslim|jehovas vittne|mormon|luthera?n';

export const religion: Lexicon = {
  type: 'religion',
  strong: [
    'religiös övertygelse', 'religiösa skäl', 'religiös tillhörighet', 'religionstillhörighet', 'trosuppfattning*', 'trostillhörighet*', 'livsåskådning*', 'trosbekännelse',
    `(?:tillhör|tillhörde|medlem i|medlemmar i|aktiv i|engagerad i|går i|gick med i|begärt utträde ur|utträde ur|döpt i|döptes i|konfirmerad i|konfirmerades i) (?:${COMMUNITIES})`,
    `är (?:troende |praktiserande |djupt troende |en troende |övertygad |konverterad )?(?:${BELIEVERS})`, 'konverter*', 'konvertit*', 'jehovas vittne*', 'bär slöja', 'bär hijab', 'bär kippa', 'bär turban',
    'ber fem gånger', 'ber under', 'fastar under ramadan', 'firar inte (?:jul|födelsedagar)', 'av religiösa skäl', 'religionsutövning', 'frikyrkomedlem*', 'kyrkomedlem*',
    'religious belief*', 'religious reasons', 'is (?:a )?(?:devout |practising |practicing )?(?:muslim|christian|jewish|catholic|hindu|buddhist|sikh|atheist)', 'converted to',
  ],
  weak: ['muslim*', 'kristen', 'kristna', 'jude', 'judisk*', 'katolik*', 'hindu*', 'buddhis*', 'sikh*', 'religi*', 'moské*', 'synagoga*', 'församling*', 'bönerum*', 'ramadan', 'fasta*', 'slöja*', 'hijab', 'kippa', 'halal', 'kosher', 'gudstjänst*', 'mässa*', 'bön*'],
};
