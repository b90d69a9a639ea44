import type { Lexicon } from './lexicon.js';

/** HR assessments of an employee: appraisal talks, personality tests, warnings. */
export const hrAssessment: Lexicon = {
  type: 'hr-assessment',
  strong: [
    'utvecklingssamtal*', 'medarbetarsamtal*', 'personlighetstest*', 'personlighetsbedömning*', 'lönesamtal*', 'prestationsbedömning*',
    'skriftlig varning', 'erinran', 'omplacering*', 'uppsägning på grund av personliga skäl', 'avskedad*', 'avskedande*', 'arbetsrättslig*', 'misskötsamhet*',
    'lämplighetstest*', 'arbetspsykologisk* test*', 'bedöm(?:s|des|ts) som (?:svag|olämplig|inte lämplig|ej lämplig|stark)', 'svag i (?:ledarskap|samarbete|kommunikation)', 'når inte upp till kraven', 'inte når upp till kraven',
    'referenstagning*', 'performance review*', 'appraisal*', 'personality test*', 'written warning', 'disciplinary',
  ],
  weak: ['bedömning*', 'testresultat*', 'konfliktskapande', 'handlingsplan*', 'omdöme*', 'samarbetssvårigheter', 'prestation*', 'assessment*', 'feedback'],
};
