import type { Lexicon } from './lexicon.js';

/** Pupils' grades, assessments and attendance. */
export const grades: Lexicon = {
  type: 'grades',
  strong: [
    'betyget [a-f]', 'betyg [a-f]', 'fick [a-f] i', 'har [a-f] i', 'fått (?:betyget )?[a-f] i', 'underkänd*', 'saknar betyg', '% (?:ogiltig )?frånvaro', 'procent (?:ogiltig )?frånvaro', 'får inte godkänt', 'inte få godkänt', 'riskerar (?:att bli )?underkänd', 'riskerar f', 'saknas betyg', 'inget betyg', 'fick streck', 'streck i', 'missing grade*', 'icke godkänd*', 'ej godkänd*', 'f-varning*', 'ogiltig frånvaro', 'frånvaroanmälan',
    'skriftliga omdömen', 'skriftligt omdöme', 'åtgärdsprogram*', 'extra anpassning*', 'särskilt stöd', 'närvaro(?:n)? (?:är|var|på|under) \\d{1,3} ?%', 'frånvaro(?:n)? (?:är|var|på|under) \\d{1,3} ?%', '(?:närvaro|frånvaro)(?:n)? (?:är|var|på|under) \\d{1,3} procent',
    'grade [a-f]', 'failed the', 'attendance (?:is|was|of) \\d{1,3} ?%',
  ],
  weak: ['betyg*', 'omdöme*', 'närvaro*', 'frånvaro*', 'godkänd*', 'grade*', 'attendance'],
};
