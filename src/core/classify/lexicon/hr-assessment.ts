import type { Lexicon } from './lexicon.js';

/** HR assessments of an employee: appraisal talks, personality tests, warnings. */
export const hrAssessment: Lexicon = {
  type: 'hr-assessment',
  strong: [
    'utvecklingssamtal*', 'medarbetarsamtal*', 'personlighetstest*', 'personlighetsbedömning*', 'lönesamtal*', 'prestationsbedömning*',
    'skriftlig varning', 'erinran', 'omplacering*', 'uppsägning på grund av personliga skäl', 'avskedad*', 'avskedande*', 'arbetsrättslig*', 'misskötsamhet*',
    'referenstagning*', 'performance review*', 'appraisal*', 'personality test*', 'written warning', 'disciplinary',
  ],
  weak: ['bedömning*', 'omdöme*', 'samarbetssvårigheter', 'prestation*', 'assessment*', 'feedback'],
};
