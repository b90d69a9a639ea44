import { byFirstLetter } from './first-letter.js';
import type { Lexicon } from './lexicon.js';

/**
 * Personal data about criminal convictions and offences (GDPR art. 10). The offences are the
 * names of the crimes in brottsbalken (3–23 kap.) and the special penal laws most often named in
 * judgments (narkotikastrafflagen, trafikbrottslagen); the sanctions those of 25–32 kap.
 */
const OFFENCES =
  'mord|dråp|misshandel|grov misshandel|olaga hot|ofredande|sexuellt ofredande|våldtäkt|sexuellt övergrepp|koppleri|stöld|snatteri|grov stöld|rån|bedrägeri|' +
  'förskingring|trolöshet mot huvudman|häleri|penningtvätt|skadegörelse|mordbrand|narkotikabrott|rattfylleri|grovt rattfylleri|olovlig körning|hemfridsbrott|' +
  'olaga förföljelse|grov fridskränkning|grov kvinnofridskränkning|barnpornografibrott|vapenbrott|brott mot vapenlagen|urkundsförfalskning|mutbrott|tagande av muta|bokföringsbrott|skattebrott|' +
  'butiksstöld|butiksstölden|butiksstölder|butiksstölderna|stölden|stölderna|inbrott|inbrottet|inbrotten|rattfylleriet|narkotikainnehav|narkotikabrottet|'+
  'bidragsbrott|vållande till annans död|vållande till kroppsskada|människohandel|egenmäktighet med barn|förtal|förolämpning|hets mot folkgrupp|uppvigling|övergrepp i rättssak|mened';

export const criminalRecord: Lexicon = {
  type: 'criminal-record',
  strong: [
    // an extract or register entry about someone (the register named as a requirement is weak: "utdrag ur belastningsregistret krävs")
    '(?:utdrag|utdraget) ur belastningsregistret (?:för(?! alla| samtliga| nya| personal| anställ| den som| dig som)|visar|visade|gällande|avseende|om)', 'belastningsregisterutdrag[a-zåäö]* (?:för|visar|visade)', 'belastningsregistret (?:för|visar|visade)', '(?:finns|fanns|förekommer|förekom|registrerad|noterad|anteckningar|anteckning|uppgifter|prickar|en prick) i belastningsregistret',
    'framgår av (?:utdraget ur )?belastningsregistret', 'enligt (?:utdrag|utdraget) ur belastningsregistret', '(?:has|had) (?:a|no) criminal record', '(?:his|her|their) criminal record', 'dömd* för', 'dömts för', 'dömdes', 'straffregist*', 'misstänkt för', 'misstänks för', 'misstänkt* för',
    'åtal*', 'fängelsestraff*', 'fängelse i', 'villkorlig dom', 'villkorligt dömd', 'skyddstillsyn', 'ungdomstjänst', 'ungdomsvård', 'samhällstjänst', 'dagsböter', 'fotboja', 'elektronisk övervakning', 'sluten ungdomsvård', 'rättspsykiatrisk vård',
    '(?:sitter|satt|suttit) (?:i fängelse|på anstalt|på kriminalvårdsanstalt|häktad|i häkte)', 'friges', 'frigavs', 'villkorligt frigiven', 'brottsmisstank*', 'polisanmäld*', 'häktad*', 'anhållen', 'anhölls', 'frihetsberövad*', 'avtjänar', 'avtjänat', 'avtjänade', 'på anstalt', 'villkorligt frigiven',
    ...byFirstLetter(`${OFFENCES}`, ` (?:mot|av) (?:sin|sitt|sina|hans|hennes|en)`), ...byFirstLetter(`gjort sig skyldig till|skyldig till|dom för|domen för|domar för|fällande dom för|fällande domar för|döms för|dömts för|dömd för|åtalad för|åtalas för|erkänt|erkände|står åtalad för|gripen för|greps för|anhållen för|misstänkt för|anmäld för|anmälts för|polisanmäld för|efterlyst för|åkte fast för|åkt fast för|rättegång för|förundersökning för|inletts för|två domar för|tre domar för|flera domar för`, ` (?:de |det |sina )?(?:grovt? |ringa |grov |ett |två |tre |flera )?(?:${OFFENCES})`),
    // arrests, sentences, prison and release, restraining orders, investigations about someone
    'greps (?:för|i natt|i går|igår|i helgen|av polisen|på|vid|misstänkt)', 'gripen (?:för|av polisen|på|vid|misstänkt|i)', 'gripits', 'åkte fast', 'åkt fast', 'fällande dom*', 'dömd till', 'dömdes till', 'dömts till', 'lagförd*', 'lagföring*',
    '(?:sitter|satt|suttit) inne', '(?:sitter|satt|suttit) på (?:kumla|hall|tidaholm|hällby|saltvik|österåker|anstalten|kriminalvårdsanstalten|häktet)', 'frigiven från', 'frigivna från', 'släpptes från (?:anstalten|fängelset|häktet)', 'fängslades', 'fängslad*', 'från anstalten',
    'besöksförbud*', 'kontaktförbud*', 'polisanmälan mot', 'polisanmälan (?:är |har )?(?:gjord|gjorts|upprättad|lämnad|lämnats) mot', 'polisanmält (?:honom|henne|medarbetaren|eleven|grannen|hyresgästen|brukaren)', 'anmälan mot (?:honom|henne|hyresgästen|brukaren|eleven|medarbetaren|den anställde)', 'förundersökning mot', 'förundersökningen mot', 'efterlyst', 'efterlyses', 'misstänks ha', 'misstänkt att ha', 'den misstänkte', 'den misstänkta', 'den anhållne', 'den anhållna', 'den dömde',
    'pågående rättegång', 'är polisanmält', 'polisanmält för', '(?:han|hon|hen) är (?:nu |också )?misstänkt', 'erkänt att (?:han|hon|hen) (?:tagit|tog|stulit|stal|slagit|slog)', 'rättegången mot', 'står inför rätta', 'bötfälld*', 'strafföreläggande*',
    // the same in English: arrests, sentences, prison, offences named after a verb
    '(?:was|were|been|got|get|being) arrested', 'arrested (?:for|on|at|twice|again|last|yesterday)', 'sentenced to', 'was sentenced', 'been sentenced', 'was convicted', 'been convicted', 'convicted last', 'fined for', 'was fined',
    'in prison', 'in jail', 'on parole', 'served time', 'served \\d{1,2} (?:months|years)', 'a conviction (?:from|for|in)', 'did time', 'serving time', 'from prison', 'released from prison', 'imprisoned', "the suspect(?:'s)?(?! list| code| entry| item| file| field)", 'on trial', 'trial for', 'caught shoplifting', 'shoplifting', 'drunk driving', 'drink driving', 'drink-driving', 'drug possession',
    '(?:assault|robbery|theft|fraud|drug|drugs|burglary|rape|murder|violence|drink-driving) conviction*', 'charged (?:him|her|them) with', 'a restraining order', 'restraining order against',
    'conviction for', 'convictions for', 'previous conviction*', 'prior conviction*', 'serving a sentence', 'on probation', 'convicted of', 'convicted for', 'suspected of', 'charged with', 'served a sentence', 'in prison for', 'prison sentence',
  ],
  weak: ['belastningsregist*', 'utdrag ur belastningsregistret', 'criminal record*', 'frivård*', 'brott(?!sförebygg|sstatistik|sprevent)[a-zåäö]*', 'polisanmälan', 'dom', 'domen', 'tingsrätt*', 'hovrätt*', 'häkte*', 'fängelse*', 'crime(?! prevention| statistics| rate)[a-zåäö]*', 'straff*', 'registerutdrag*', 'spårregist*', 'dna-registret', 'supervision order', 'prosecutor'],
  // "hon är polis", "she is a police officer": professions, never raised by a disclosure verb
  context: ['police', 'polisen', 'advokat*', 'åklagar*', 'försvarare', 'kriminalvård*'],
  // narkotika|brottet, snatteri is a word-start hit; rattfylleri, misshandel likewise.
  weakHeads: ['brott -lag -före -av -upp -genom -tids -av', 'brottet'],
};
