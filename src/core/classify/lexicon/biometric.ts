import type { Lexicon } from './lexicon.js';

/** Biometric data used to identify someone (GDPR art. 9): fingerprints, face and voice templates, palm and iris scans, DNA profiles. */
export const biometric: Lexicon = {
  type: 'biometric',
  strong: [
    // templates: matched with the next word, since a word ending in "mall"/"mallen" counts as a topic compound (mallen för …)
    '(?:ansikts|fingeravtrycks|avtrycks|face id-|röst|hand|handflats|iris)mall(?:en|ar|arna)? [a-zåäö]{1,15}',
    // a person's prints and templates (readers, scanners and sensors are devices, not data: "fingeravtrycksläsare", "fingerprint reader")
    'fingeravtryck(?!släsar|sscann|sskann|ssensor|sinlogg)[a-zåäö]+',
    // the bare word is weak ("använda fingeravtryck i matsalen" is a policy); someone's prints are strong ("Elevens fingeravtryck", "tog hans fingeravtryck")
    'fingeravtryck(?<=(?:s|hennes|hens|sina|mina) fingeravtryck)(?<!(?:deras|alla|ernas|arnas|ornas) fingeravtryck)', 'ansiktsbild(?<=(?:s|hennes|hens|sina|mina) ansiktsbild)(?<!(?:deras|alla|ernas|arnas|ornas) ansiktsbild)', 'jämför(?:de|s)? (?:hans|hennes) ansikte', '(?:kört|körde) ansiktsigenkänning', '(?:lämnade|lämnat|tagit|tog|tagits|togs)(?<!(?:inte|ej) [a-zåäö]{3,7}) (?:hans |hennes |sina |mina )?fingeravtryck', 'glömde lämna fingeravtryck', 'fingerprint(?!-based|s? (?:reader|scanner|sensor|examiner|entry))[a-z]*', 'thumbprint*', 'tumavtryck*', 'handavtryck*', 'handflat(?:e|s)?(?:scann|skann|avläsn)[a-zåäö]*',
    'palm[- ]vein*', 'irisskanning*', 'iris scan(?!ning)[a-z]*', 'irisprofil*', 'irismall*', 'ansiktsjämförelse mot', 'face comparison (?:of|against|with)', 'face scan(?!n)[a-z]*', 'voice sample*', 'irisavbildning*', 'keystroke[- ]dynamics', 'dna-träff*', 'dna (?:hit|match)', 'dna-match*', 'iris biometric*', 'ansiktsmall*', 'ansiktsdata', 'ansiktsgeometri*', 'face id-mall*', 'face template*', 'facial template*', 'face match*', 'fingerprint template*',
    'röstavtryck*', 'röstprofil*', 'röstsignatur*', 'röstverifiering*', 'röstinloggning*', 'röstanalys*', 'röstprov(?!er)[a-zåäö]*', 'voiceprint*', 'voice print*', 'voice id',
    'biometrisk* data', 'biometrisk* mall(?!ar )[a-zåäö]*', 'biometric data', 'biometric template*',
    // DNA profiles used to identify (the police's registers)
    'dna-profil*', 'dna profile*', 'dna swab*', 'spårregist*',
    // enrolling someone's face, hand or voice
    '(?:registrera(?:t|de|s)?|enrolla(?:t|de|s)?|spela in|spelat in|läsa in|lästs in) (?:(?:sitt|sin|hans|hennes|hens|mitt|min|ditt|din|[a-zåäö]{2,15}s) )?(?:ansikte|fingeravtryck|handavtryck|hand|handflata|röst|iris)',
    '(?:mitt|ditt|hans|hennes|sitt) ansikte registreras', 'mall(?:en)? för (?:fingeravtryck|ansikte|röst|iris|handflata)[a-zåäö]* (?:registrerad|registrerades|sparad|sparades|inlagd|lagrad)',
    '(?:your|his|her|their|my) (?:face|fingerprints?|voice|iris|palm)(?: [a-z]{1,12}){0,2} (?:has|have|was|were|is) (?:been |now )?(?:enrolled|registered|stored|added)', '(?:re-?enrol(?:l)?(?:ed)?) (?:his|her|their|my|[a-z]{2,15}\'s) (?:face|fingerprint|voice|palm|iris)',
  ],
  weak: ['biometri*', 'biometric*', 'ansiktsbild*', 'ansiktsfoto*', 'ansiktsupplåsning*', 'template*', 'avtryck*', 'has flagged', 'dna-regist*', 'dna register*', 'fingeravtryck'],
  // the technology named in IT notices and policies ("inloggning med ansiktsigenkänning (Windows Hello)"): only support, never raised by "har"
  context: ['ansiktsigenkänning*', 'facial recognition', 'face[- ]recognition', 'enrol*', 'windows hello'],
};
