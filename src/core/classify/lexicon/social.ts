import type { Lexicon } from './lexicon.js';

/** Social-services data: benefits, child-protection reports, LVU/LVM/LSS, substance abuse. */
export const social: Lexicon = {
  type: 'social',
  strong: [
    'försörjningsstöd*', 'ekonomiskt bistånd', 'orosanmäl*', 'anmälan till socialtjänsten', 'anmält till socialtjänsten', 'anmäla till socialtjänsten', 'oroliga för hur barnet', 'orolig för hur barnet', 'lvu', 'lvm', 'lss', 'lss-insats*', 'placerad* enligt', 'omhändertag*',
    'familjehem*', 'hvb-hem*', 'missbruk*', 'beroendevård*', 'alkoholproblem*', 'narkotikaproblem*', 'drogproblem*', 'våld i nära relation*',
    'barnavårdsutredning*', 'utredning enligt 11 kap', 'skuldsanering*', 'kronofogden', 'social assistance', 'substance abuse', 'child protection report*',
  ],
  weak: ['socialtjänst*', 'socialsekreterare*', 'bistånd*', 'boendestöd*', 'hemtjänst*', 'god man', 'förvaltare', 'social services'],
};
