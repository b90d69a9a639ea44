import type { Lexicon } from './lexicon.js';

/** HR assessments of an employee: appraisal talks, personality tests, warnings. */
export const hrAssessment: Lexicon = {
  type: 'hr-assessment',
  strong: [
    'utvecklingssamtal*', 'medarbetarsamtal*', 'personlighetstest*', 'personlighetsbedömning*', 'lönesamtal*', 'prestationsbedömning*',
    'skriftlig varning', 'erinran', 'omplacering*', 'uppsägning på grund av personliga skäl', 'avskedad*', 'avskedande*', 'arbetsrättslig*', 'misskötsamhet*',
    'lämplighetstest*', 'arbetspsykologisk* test*', 'bedöm(?:s|des|ts) som (?:svag|olämplig|inte lämplig|ej lämplig|stark)', 'svag i (?:ledarskap|samarbete|kommunikation)', 'når inte upp till kraven', 'inte når upp till kraven',
    'referenstagning*', 'varning(?:en)? (?:för|på grund av) (?:misskötsamhet|samarbetssvårigheter|sena ankomster|frånvaro|olämpligt beteende)', 'disciplinpåföljd*', 'uppsägning på grund av arbetsbrist', 'provanställning(?:en)? (?:avbryts|ska avbrytas|förlängs inte|avslutas)',
    'avbryta provanställning*', '(?:inte förlänga|avbryta|avsluta) (?:hans|hennes|hens|din|er|deras|sin) provanställning', 'förlänger inte (?:hans|hennes|hens|din|er|deras|sin) provanställning', 'avsked', 'avstängd*', 'avstängning*', 'arbetsrättsliga åtgärder', 'samtal om (?:misskötsamhet|prestation|beteende)', 'bristande prestation*', 'brister i (?:arbetsinsats|arbetsprestation|samarbete|yrkesroll)[a-zåäö]*',
    'lönekriterie*', 'lönesättande samtal', 'individuell utvecklingsplan*', 'tydliggörande samtal', 'omplaceringsutredning*', 'rehabiliteringssamtal*', 'kompetensbedömning*', 'rekryteringstest*', 'begåvningstest*', 'kognitivt test*', 'kognitiva test*',
    'bedöm(?:s|des|ts|er vi|de vi|er jag|de jag) (?:som )?(?:inte|ej) (?:lämplig|klarar)', 'inte lämplig för (?:tjänsten|rollen|uppdraget)', 'uppfyller inte (?:kraven|förväntningarna)', 'presterar (?:inte|under|dåligt)',
    'uppfattas som (?:svår|otrevlig|konfliktskapande|ointresserad|oengagerad|slarvig|oprofessionell|negativ|aggressiv|passiv|opålitlig)', 'inte (?:har )?nått (?:sina|de uppsatta|sina uppsatta) mål', 'svår att samarbeta med', 'underperform*', 'performance improvement plan', 'disciplinary action', 'final warning', 'dismissed for', 'performance review*', 'appraisal*', 'personality test*', 'written warning', 'disciplinary',
  ],
  weak: ['provanställning*', 'bedömning*', 'testresultat*', 'konfliktskapande', 'handlingsplan*', 'omdöme*', 'samarbetssvårigheter', 'prestation*', 'assessment*', 'feedback'],
};
