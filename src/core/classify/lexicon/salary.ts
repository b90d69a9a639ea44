import type { Lexicon } from './lexicon.js';

/** Salary of a named or identifiable person. */
export const salary: Lexicon = {
  type: 'salary',
  strong: [
    '(?:månadslön|grundlön|timlön|årslön|ny lön|lönen|lön)(?:en)?:? (?:på |blir |är |till |om )?\\d{1,3}(?:[ \\u00a0.]\\d{3})+ ?(?:kr|sek|kronor)',
    // "Lönen för Anna höjs till 38 000 kronor": up to four words between the word and the amount.
    '(?:månadslön|grundlön|timlön|årslön|lön)(?:en)?(?: [a-zåäöé]{1,20}){1,4} (?:till|på|är|blir|om) \\d{1,3}(?:[ \\u00a0.]\\d{3})+ ?(?:kr|sek|kronor)',
    '(?:kr|kronor|sek) (?:i|per månad i) (?:månads|grund|tim|års|ingångs)?lön(?:en)?',
    '(?:ingångslön|slutlön|nya lön|lönen)(?:en)?(?: [a-zåäöé]{1,20}){0,3} \\d{1,3}(?:[ \\u00a0.]\\d{3})+ ?(?:kr|sek|kronor)', 'ingångslön*',
    'lönespecifikation*', 'lönebesked*', 'löneförhöjning på', 'lönepåslag på', 'salary of', 'salary is', 'annual salary', 'monthly salary', 'payslip*',
  ],
  weak: ['lön', 'lönen', 'löner', 'lönesamtal*', 'lönerevision*', 'löneförhöjning*', 'lönekartläggning*', 'salary', 'salaries', 'pay rise'],
};
