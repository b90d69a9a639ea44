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
  'bidragsbrott|vållande till annans död|vållande till kroppsskada|människohandel|egenmäktighet med barn|förtal|förolämpning|hets mot folkgrupp|uppvigling|övergrepp i rättssak|mened';

export const criminalRecord: Lexicon = {
  type: 'criminal-record',
  strong: [
    'belastningsregist*', 'utdrag ur belastningsregistret', 'dömd* för', 'dömts för', 'dömdes', 'straffregist*', 'misstänkt för', 'misstänks för', 'misstänkt* för',
    'åtal*', 'fängelsestraff*', 'fängelse i', 'villkorlig dom', 'villkorligt dömd', 'skyddstillsyn', 'ungdomstjänst', 'ungdomsvård', 'samhällstjänst', 'dagsböter', 'fotboja', 'elektronisk övervakning', 'sluten ungdomsvård', 'rättspsykiatrisk vård',
    '(?:sitter|satt|suttit) (?:i fängelse|på anstalt|på kriminalvårdsanstalt|häktad|i häkte)', 'friges', 'frigavs', 'villkorligt frigiven', 'brottsmisstank*', 'polisanmäld*', 'häktad*', 'anhållen', 'anhölls', 'frihetsberövad*', 'avtjänar', 'avtjänat', 'avtjänade', 'på anstalt', 'villkorligt frigiven',
    `(?:${OFFENCES}) (?:mot|av) (?:sin|sitt|sina|hans|hennes|en)`, `(?:gjort sig skyldig till|skyldig till|dom för|domen för|döms för|dömts för|dömd för|åtalad för|åtalas för|erkänt|erkände|står åtalad för|gripen för|greps för|anhållen för|misstänkt för) (?:grovt? |ringa )?(?:${OFFENCES})`,
    'criminal record*', 'conviction for', 'convictions for', 'previous conviction*', 'prior conviction*', 'serving a sentence', 'on probation', 'convicted of', 'convicted for', 'suspected of', 'charged with', 'served a sentence', 'in prison for', 'prison sentence',
  ],
  weak: ['frivård*', 'brott*', 'polisen', 'polisanmälan', 'dom', 'domen', 'tingsrätt*', 'hovrätt*', 'häkte*', 'fängelse*', 'crime*', 'police', 'straff*'],
  context: ['advokat*', 'åklagar*', 'försvarare', 'kriminalvård*'],
  // narkotika|brottet, snatteri is a word-start hit; rattfylleri, misshandel likewise.
  weakHeads: ['brott -lag -före -av -upp -genom -tids -av', 'brottet'],
};
