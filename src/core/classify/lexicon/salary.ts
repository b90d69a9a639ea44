import type { Lexicon } from './lexicon.js';

/** Salary of a named or identifiable person. */
export const salary: Lexicon = {
  type: 'salary',
  strong: [
    '(?:månadslön|grundlön|timlön|årslön|ny lön|lönen|lön)(?:en)?:? (?:på |blir |är |till |om )?\\d{1,3}(?:[ \\u00a0.]\\d{3})+ ?(?:kr|sek|kronor)',
    'lönespecifikation*', 'lönebesked*', 'löneförhöjning på', 'lönepåslag på', 'salary of', 'salary is', 'annual salary', 'monthly salary', 'payslip*',
  ],
  weak: ['lön', 'lönen', 'löner', 'lönesamtal*', 'lönerevision*', 'löneförhöjning*', 'lönekartläggning*', 'salary', 'salaries', 'pay rise'],
};
