/**
 * The default policy for Swedish public sector. Identity numbers and special categories need
 * encryption; anything that cannot be inspected or classified blocks (fail closed).
 */
import type { Policy, Rule } from './types.js';

const encrypt = (minConfidence: number, internalAction?: Rule['action']): Rule => ({
  action: 'require-encryption',
  minConfidence,
  override: 'allowWithJustification',
  ...(internalAction === undefined ? {} : { internalAction }),
});

export const DEFAULT_POLICY: Policy = {
  version: 1,
  rules: {
    personnummer: encrypt(0.5, 'warn'),
    samordningsnummer: encrypt(0.5, 'warn'),
    health: encrypt(0.6),
    'ethnic-origin': encrypt(0.6),
    'political-opinion': encrypt(0.6),
    religion: encrypt(0.6),
    'trade-union': encrypt(0.6),
    genetic: encrypt(0.6),
    biometric: encrypt(0.6),
    'sex-life': encrypt(0.6),
    'protected-identity': { action: 'block', minConfidence: 0.6, override: 'notAllowed' },
    secrecy: encrypt(0.6),
    'criminal-record': encrypt(0.6),
    social: encrypt(0.6),
    credentials: { action: 'block', minConfidence: 0.6, override: 'allowWithJustification' },
    salary: { action: 'warn', minConfidence: 0.6, override: 'allowWithAcknowledgement' },
    'bank-account': { action: 'warn', minConfidence: 0.6, override: 'allowWithAcknowledgement' },
    'payment-card': { action: 'block', minConfidence: 0.6, override: 'allowWithJustification' },
    'hr-assessment': encrypt(0.6, 'warn'),
    grades: encrypt(0.6, 'warn'),
    uninspectable: { action: 'warn', minConfidence: 0, override: 'allowWithAcknowledgement' },
  },
  defaultRule: { action: 'warn', minConfidence: 0.6, override: 'allowWithAcknowledgement' },
  subject: {
    forbidden: ['personnummer', 'samordningsnummer', 'health', 'protected-identity', 'social', 'criminal-record', 'sex-life', 'credentials', 'payment-card'],
    minConfidence: 0.5,
  },
  exceptions: [
    // IMY: a kallelse (appointment reminder) may go unencrypted when it reveals no health details.
    { id: 'appointment-reminder', keywords: ['kallelse', 'påminnelse om din tid', 'bokad tid', 'appointment reminder'], ignore: ['health'], onlyWithoutDetails: true },
  ],
  internalDomains: [],
  onClassificationFailure: 'block',
  // The organisation names its archive folders here; until it does, nothing may be stored.
  storage: { destinations: [] },
  revocation: { mode: 'soft-fail' },
  cardSession: { idleSeconds: 120 },
};
