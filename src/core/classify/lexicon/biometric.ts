import type { Lexicon } from './lexicon.js';

/** Biometric data used to identify someone (GDPR art. 9). */
export const biometric: Lexicon = {
  type: 'biometric',
  strong: ['fingeravtryck*', 'ansiktsigenkänning*', 'irisskanning*', 'röstavtryck*', 'biometrisk* data', 'biometrisk* mall*', 'fingerprint*', 'facial recognition', 'face template*', 'iris scan*', 'biometric data', 'biometric template*'],
  weak: ['biometri*', 'biometric*', 'ansiktsbild*'],
};
