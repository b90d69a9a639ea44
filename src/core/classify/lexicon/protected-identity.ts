import type { Lexicon } from './lexicon.js';

/** Protected personal data: sekretessmarkering, skyddad folkbokföring, fingerade personuppgifter. */
export const protectedIdentity: Lexicon = {
  type: 'protected-identity',
  strong: ['skyddade personuppgifter', 'skyddad identitet', 'sekretessmarker*', 'skyddad folkbokföring', 'kvarskriv*', 'fingerade personuppgifter', 'skyddad adress', 'protected identity', 'protected personal data'],
  weak: ['skyddade uppgifter', 'hemlig adress'],
};
