import { biometric } from './biometric.js';
import { criminalRecord } from './criminal-record.js';
import { ethnicOrigin } from './ethnic-origin.js';
import { genetic } from './genetic.js';
import { grades } from './grades.js';
import { health } from './health.js';
import { hrAssessment } from './hr-assessment.js';
import type { Lexicon } from './lexicon.js';
import { politicalOpinion } from './political-opinion.js';
import { protectedIdentity } from './protected-identity.js';
import { religion } from './religion.js';
import { salary } from './salary.js';
import { secrecy } from './secrecy.js';
import { sexLife } from './sex-life.js';
import { social } from './social.js';
import { tradeUnion } from './trade-union.js';

/** Every lexicon-scored category (credentials, bank-account and payment-card have structural detectors). */
export const LEXICONS: readonly Lexicon[] = [
  health, ethnicOrigin, politicalOpinion, religion, tradeUnion, genetic, biometric, sexLife,
  protectedIdentity, secrecy, criminalRecord, social, salary, hrAssessment, grades,
];
