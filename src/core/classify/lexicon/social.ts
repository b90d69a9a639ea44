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
    'försörjningsstöd*', 'ekonomiskt bistånd', 'socialbidrag*', 'bistånd enligt', 'beviljats bistånd', 'ansökan om bistånd', 'biståndsbeslut*', 'nödprövning*',
    'orosanmäl*', 'anmälan till socialtjänsten', 'anmält till socialtjänsten', 'anmäla till socialtjänsten', 'anmälan enligt 14 kap', 'oroliga för hur barnet', 'orolig för hur barnet',
    'lvu', 'lvm', 'lss', 'lss-insats*', 'enligt sol', 'enligt socialtjänstlagen', 'placerad* enligt', 'placerad* i familjehem', 'placerad* på hvb', 'omhändertag*', 'tvångsvård*', 'överflyttning av vårdnad*', 'flytta över vårdnaden',
    'familjehem*', 'jourhem*', 'hvb-hem*', 'hvb', 'stödboende*', 'skyddat boende', 'kvinnojour*', 'socialjour*', 'kontaktfamilj*', 'familjebehandl*', 'umgängesstöd*', 'öppenvårdsinsats*',
    'barnavårdsutredning*', 'utredning enligt 11 kap', 'förhandsbedömning*', 'personlig assistan*', 'assistansersättning*', 'gruppbostad*', 'gruppboende*', 'daglig verksamhet', 'korttidsvistelse*', 'ledsagarservice',
    'missbruk*', 'beroendevård*', 'alkoholproblem*', 'narkotikaproblem*', 'drogproblem*', 'spelproblem*', 'alkoholberoende', 'drogberoende', 'narkotikaberoende', 'spelberoende', 'opioidberoende', 'läkemedelsberoende', 'beroendeproblem*', 'avgiftning*',
    'våld i nära relation*', 'hedersrelaterat våld', 'hedersvåld*', 'barnmisshandel*', 'utsatt för våld',
    'skuldsanering*', 'kronofogden', 'vräkning*', 'avhysning*', 'hemlös*', 'bostadslös*', 'hyresskuld*',
    'social assistance', 'substance abuse', 'child protection report*', 'foster care', 'foster home*', 'welfare benefit*', 'homeless*', 'alcohol problem*', 'drug problem*', 'addiction',
  ],
  weak: ['socialtjänst*', 'socialsekreterare*', 'bistånd*', 'boendestöd*', 'hemtjänst*', 'god man', 'förvaltare', 'kontaktperson*', 'särskilt boende', 'betalningsanmärkning*', 'skulder', 'social services'],
  // alkohol|missbruket, narkotika|missbruk, försörjningsstöds|ansökan is a word-start hit already.
  strongHeads: ['missbruk -makt -förtroende -ställnings -ämbets -rättighets -myndighets', 'missbrukare', 'familjehem', 'stödboende', 'boendestöd'],
  weakHeads: ['insats -lss -rädd -polis -militär -kapital -arbets', 'bistånd -utvecklings -katastrof', 'placering -kapital -pengar -fond -bords -sitt -ut -led -ledning'],
};
