import type { Lexicon } from './lexicon.js';

/**
 * Social-services data: benefits, child-protection reports, LVU/LVM/LSS, substance abuse, housing.
 * Modelled on the measures of socialtjänstlagen (SoL 4 kap. bistånd, 11 kap. utredning, 14 kap.
 * anmälan), LVU, LVM and the ten insatser of LSS 9 §, and on the care forms of Socialstyrelsen's
 * terminology (familjehem, HVB, stödboende, öppenvård).
 */
export const social: Lexicon = {
  type: 'social',
  strong: [
    'försörjningsstöd*', 'försörjningstöd*', 'ekonomiskt bistånd', 'ekonomiska biståndet', 'beslut(?:et)? om (?:ekonomiskt )?bistånd', '(?:ansökan|ansöka|ansöker) om (?:vård enligt )?(?:lvu|lvm)', 'bostad med särskild service', 'placerad* (?:av|via) socialtjänsten', 'placerad* i (?:en )?jourlägenhet',
    '(?:beviljat|beviljats|beviljades|beviljas|beviljad|fått beslut om|fick beslut om|fått utökat beslut om|beslut om) (?:[a-zåäö]{2,15} )?(?:utökad |utökat |fortsatt |mer |ny |nytt )?(?:hemtjänst|trygghetslarm|matdistribution|matlåda|boendestöd|kontaktperson|korttidsboende|korttidsvistelse|särskilt boende|ledsagning|avlösning|dagverksamhet|bistånd|dubbelbemanning|tillsyn nattetid|nattillsyn)(?! i kommunen| för alla)[a-zåäö]*', 'socialbidrag*', 'bistånd enligt', 'beviljats bistånd', 'ansökan om bistånd', 'biståndsbeslut*', 'nödprövning*',
    'orosanmäl(?!ningar)[a-zåäö]*', 'anmälan om oro', 'report of concern', 'reports? (?:sent |made |filed )?to social services', 'contacted social services', 'utredning hos (?:socialtjänsten|socialen|oss)', 'socialen har (?:startat|inlett|öppnat|gjort) en utredning',
    'anmälan till socialtjänsten', 'anmält till socialtjänsten', 'anmäla till socialtjänsten', 'anmälan enligt 14 kap', 'oroliga för hur barnet', 'orolig för hur barnet',
    '(?:enligt|med stöd av|jämlikt) (?:lvu|lvm|lss)', 'vård enligt (?:lvu|lvm)', '(?:lvu|lvm)-(?:placer|vård|hem|utredning|anmälan|beslut)[a-zåäö]*', 'lss-(?:beslut|insats|ansökan)[a-zåäö]*', 'lss decision', '(?:lvu|lvm)-ärende(?!n)[a-zåäö]*', 'placera(?:d|de|des|s|t)? (?:enligt|under|med stöd av)', 'placed under (?:lvu|lvm)', 'enligt \\d{1,2} ?§ (?:lvu|lvm|lss)', 'sis-hem*', 'särskilda? ungdomshem*', '(?:lvu|lvm) (?:placement|case|decision|investigation|home)',
    'enligt sol', 'enligt socialtjänstlagen', 'placerad* enligt', 'placerad* i familjehem', 'placerad* på hvb', 'omhändertag*', 'tvångsvård*', 'överflyttning av vårdnad*', 'flytta över vårdnaden',
    'familjehem*', 'jourhem*', 'hvb-hem(?!men)[a-zåäö]*', 'hvb(?!-plats)', 'stödboende*', 'skyddat boende', 'kontaktfamilj*', 'familjebehandl*', 'umgängesstöd*', 'öppenvårdsinsats*',
    'barnavårdsutredning*', 'utredning enligt 11 kap', 'förhandsbedömning*', 'personlig assistan*', 'assistansersättning*', 'gruppbostad*', 'gruppboende*', 'korttidsvistelse*', 'ledsagarservice',
    'missbruk*', 'beroendevård*', 'alkoholproblem*', 'narkotikaproblem*', 'drogproblem*', 'spelproblem*', '(?:alkohol|drog|narkotika|spel|opioid|läkemedels)beroende(?:t|n|ns)?', 'laro-program*', 'akut (?:ekonomiskt )?bistånd', 'beroendeproblem*', 'avgiftning*',
    'hedersvåld*', 'barnmisshandel*', 'utsatt för våld',
    'skuldsanering*', 'kronofogden', 'vräkning*', 'avhysning*', 'hemlös*', 'bostadslös*', 'hyresskuld*',
    // home care, housing support and other decisions about someone (Swedish and English)
    'hemtjänstbeslut*', 'hemtjänstinsats*', '(?:bifall till|avslag på) ansökan om (?:hemtjänst|boendestöd|kontaktperson|särskilt boende|ledsagning|avlösning|bistånd|ekonomiskt bistånd|försörjningsstöd|korttids)[a-zåäö]*',
    '(?:hemtjänst|home care)(?:en|s)? (?:has been|have been|har|was|is) (?:reduced|increased|granted|utökats|minskats|beviljats|dragits in)',
    '(?:granted|approved|received|receives|receiving|is on|gets|applied for|application for) (?:a |an )?(?:home care|housing support|income support|financial assistance|social assistance|emergency assistance|contact person|special housing|care home place|personal assistan[a-z]*|place in special housing)',
    'bor på (?:ett )?(?:äldreboende|demensboende|särskilt boende|boende för)[a-zåäö]*', 'behandlingshem*', 'skyddsbedömning*', 'stödfamilj*', '(?:hans|hennes|hens|deras|sin|min) (?:socialsekreterare|handläggare på socialtjänsten)',
    // "soc", as people say it: a person's contact with social services ("pengarna från soc", "min handläggare på soc", "ringde till soc om Alice")
    '(?:pengar(?:na)?|bidrag(?:et)?|bistånd(?:et)?|hjälp) från soc(?:ialen)?(?![a-zåäö])', '(?:min|hans|hennes|hens|deras|sin|din) handläggare (?:på|hos|från) soc(?:ialen)?(?![a-zåäö])',
    '(?:ringt|ringde|ringer|kontaktat|kontaktade|anmält|anmälde|pratat med|pratade med|pratar med) (?:till )?(?:bup och )?soc(?:ialen)? om [a-zåäö]{2,15}', 'soc är (?:kontaktad|kontaktade|inkopplad|inkopplade|informerad|informerade)(?![a-zåäö])',
    '(?:aktualiserad|aktualiserades|känd|kända|känt) (?:hos|av|inom) socialtjänsten', 'known to social services', 'taken into care', 'care order', 'social services (?:placed|took|have taken|has taken|opened|are involved)',
    'foster (?:child|children|father|mother|parent|parents|family|placement)', 'family placement', 'placed (?:the kids|the children|him|her|them) with', 'emergency (?:youth )?shelter',
    'social assistance', '(?:housing support|home care|home help|contact person|personal assistance)(?: [a-z0-9]{1,15}){0,6} (?:has been|was|have been) granted', 'home care hours (?:increased|reduced|decreased|cut)', '(?:ansöker|ansökt|ansöka|söker|sökt) om (?:särskilt boende|hemtjänst|boendestöd|kontaktperson|ledsagning|avlösning|korttidsboende|korttidsvistelse|trygghetslarm|ekonomiskt bistånd|försörjningsstöd|bistånd) (?:åt|för) (?:henne|honom|hen|sin|sina|hans|hennes|dem)',
    'substance abuse', 'child protection report*', 'foster care', 'foster home*', 'welfare benefit*', 'homeless*', 'alcohol problem*', 'drug problem*', 'addiction',
  ],
  weak: [
    'daglig verksamhet', 'kvinnojour*', 'våld i nära relation*', 'hedersrelaterat våld', 'socialtjänst*', 'skuldrådgivning*', '(?:förstärka|utöka|minska) insatserna', 'lex sarah*', 'genomförandeplan*', 'trygghetslarm*', 'matdistribution', 'bistånd*', 'boendestöd*', 'hemtjänst*', 'god man', 'förvaltare', 'särskilt boende', 'betalningsanmärkning*', 'skulder', 'social services', 'lvu', 'lvm', 'lss', 'socialjour*',
    'socialen', 'pågående utredning(?! (?:om|av|för) (?:adhd|add|autism|npf|dyslexi))', 'familjerätt*', 'samarbetssamtal*', 'underhållsstöd*', 'föräldrastöd*', 'income support', 'financial assistance', 'emergency assistance', 'housing support', 'home care', 'care home', 'special housing',
    'social welfare board', 'investigation on the family', 'placed (?:at|in|with)',
  ],
  // Job titles and topic phrases: they support other hits, and a topic phrase keeps its own words from counting (riksnormen för försörjningsstöd).
  context: [
    'socialsekreterare*', 'kontaktperson*', 'case ?worker*', 'social worker*', 'riksnorm(?:en)? för försörjningsstöd*', 'kan man ansöka om (?:ekonomiskt bistånd|försörjningsstöd|bistånd)', 'blankett(?:en)? för orosanmäl[a-zåäö]*',
    'how do (?:we|i|you) (?:file|make|submit) a report of concern',
    '(?:ett|om|med) (?:lvu|lvm)-ärende*', '(?:e-tjänst(?:en)?|e-ansökan|e-ansökningar) (?:för |om )?(?:ekonomiskt bistånd|försörjningsstöd|bistånd)', '(?:kvinnor|män|unga|ungdomar|personer|föräldrar|vuxna) med (?:missbruk|beroende)[a-zåäö]*',
  ],
  // alkohol|missbruket, narkotika|missbruk, försörjningsstöds|ansökan is a word-start hit already.
  strongHeads: ['missbruk -makt -förtroende -ställnings -ämbets -rättighets -myndighets', 'missbrukare', 'familjehem', 'stödboende', 'boendestöd'],
  weakHeads: ['insats -lss -rädd -polis -militär -kapital -arbets', 'bistånd -utvecklings -katastrof', 'placering -kapital -pengar -fond -bords -sitt -ut -led -ledning'],
};
