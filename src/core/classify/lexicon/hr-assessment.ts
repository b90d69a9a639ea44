import type { Lexicon } from './lexicon.js';

/** HR assessments of an employee: appraisal talks, personality tests, warnings. */
export const hrAssessment: Lexicon = {
  type: 'hr-assessment',
  strong: [
    'personlighetsbedömning*', 'prestationsbedömning*',
    // appraisal talks and tests named with whose they are or what came out of them (the bare words are context words: talks get booked and templates change)
    'anteckning(?:ar|arna)? (?:från |efter )?(?:lönesättande samtal|(?:utvecklings|medarbetar|uppföljnings|löne)samtal(?:et)?)', 'personlighetstest(?:et)? (?:för|av|visade|visar)',
    // a talk named with whose it is, as a heading ("Medarbetarsamtal Helena: …")
    '(?:utvecklings|medarbetar|löne)samtal(?:et)? (?:med )?[a-zåäöé]{2,20}(?: [a-zåäöé]{2,20})?(?: \\d{1,4}[-/.]\\d{1,2}(?:[-/.]\\d{1,4})?)?:', '(?:salary talk|appraisal|performance review) summary', '(?:bedömer|bedömde|bedöms) (?:hans |hennes |hens )?prestation(?:en)?', 'exceeding expectations', 'rated as (?:exceeding|meeting|below)', 'personality test (?:in|showed|shows|for)', '(?:sammanfattning|sammanställning)(?:en)? (?:av|från) (?:utvecklings|medarbetar)samtal(?:et)?', 'efter (?:utvecklings|medarbetar)samtalet med',
    'resultat(?:et)? (?:av|från|på) (?:hans|hennes|hens|sitt|ditt|mitt|[a-zåäö]{2,15}s) (?:personlighetstest|lämplighetstest|logiktest|kapacitetstest|begåvningstest)[a-zåäö]*',
    '(?:hans|hennes|hens|his|her|my|min|din) (?:personlighetstest|personality test|performance review|appraisal|probation review|trial period review)[a-zåäö]*',
    // warnings, breaches, dismissals said about someone
    '(?:fått|fick|får|ge|ger|gav|givit|gett) (?:honom |henne |hen |dem )?en (?:skriftlig |muntlig |formell )?varning', 'varningen gäller', 'om (?:hans|hennes|hens) varning', 'mötet om varningen', 'erinrades', 'brutit mot (?:uppförandekoden|rutinen|rutinerna|policyn|instruktionerna)',
    'personalansvarsnämnd*', 'formal warning', '(?:got|gets|received|given|gave (?:him|her|them)) a (?:formal |written |final )?warning', 'let go after', 'was let go', 'fired for', 'breached the code of conduct', 'code of conduct breach',
    // ratings and judgements of someone's work
    'appraisal of', 'in the appraisal', 'does not meet expectations', 'probation review(?!s)', 'would not rehire', 'tar (?:inga|inte) initiativ', 'på grund av samarbetssvårigheter', 'bedömer att [a-zåäö]{2,15} (?:brister|inte klarar|saknar)',
    'exceeds expectations', 'meets expectations', 'below expectations', 'did not meet expectations', 'needs development', 'lacked initiative', 'lacks initiative', 'not suitable for the',
    'har svårt att (?:prioritera|samarbeta|passa tider|hålla deadlines|ta instruktioner|ta till sig feedback|hålla tider)', 'missar (?:ofta )?deadlines', 'tappar bollar', 'fixar inte jobbet', 'inte (?:riktigt )?fixar jobbet',
    'missnöjd med (?:hans|hennes|hens|[a-zåäö]{2,15}s) (?:arbete|insats|arbetsinsats|lektioner|prestation|bemötande)', 'brister i säkerhetsrutinerna', 'stanine*', 'disc-profilen för', 'överträffat målen', 'assessment is that',
    'skriftlig varning', 'erinran', 'uppsägning på grund av personliga skäl', 'avskedad*', 'avskedande*', 'arbetsrättslig*', 'misskötsamhet*',
    'lämplighetstest*', 'bedöm(?:s|des|ts) som (?:svag|olämplig|inte lämplig|ej lämplig)', 'svag i (?:ledarskap|samarbete|kommunikation)', 'når inte upp till kraven', 'inte når upp till kraven',
    'referenstagning*', 'varning(?:en)? (?:för|på grund av) (?:misskötsamhet|samarbetssvårigheter|sena ankomster|frånvaro|olämpligt beteende)', 'disciplinpåföljd*', 'provanställning(?:en)? (?:avbryts|ska avbrytas|förlängs inte|avslutas)',
    'avbryta provanställning*', '(?:inte förlänga|avbryta|avsluta) (?:hans|hennes|hens|din|er|deras|sin) provanställning', 'förlänger inte (?:hans|hennes|hens|din|er|deras|sin) provanställning', 'avsked', 'avstängd från (?:arbetet|tjänsten|jobbet|sin tjänst)', 'avstängning från (?:arbetet|tjänsten)', 'arbetsrättsliga åtgärder', 'samtal om (?:misskötsamhet|prestation|beteende)', 'bristande prestation*', 'brister i (?:arbetsinsats|arbetsprestation|samarbete|yrkesroll)[a-zåäö]*',
    'individuell lönesättning för', 'individuell utvecklingsplan*', 'tydliggörande samtal', 'omplaceringsutredning*', 'rehabiliteringssamtal*', 'kompetensbedömning*', 'rekryteringstest*', 'begåvningstest*', 'kognitivt test*', 'kognitiva test*',
    'bedöm(?:s|des|ts|er vi|de vi|er jag|de jag) (?:som )?(?:inte|ej) (?:lämplig|klarar)', 'inte lämplig för (?:tjänsten|rollen|uppdraget)', 'uppfyller inte förväntningarna', '(?:uppfyller inte|inte uppfyller|inte uppfyllt|uppfyllt inte) kraven för (?:tjänsten|rollen|uppdraget|tillsvidare|fast|anställning)[a-zåäö]*', 'does not meet the requirements (?:for|of) the', 'probation(?:ary)? assessment', 'probationary (?:employment|period) (?:ends|will end|is terminated)',
    'rekommenderar (?:inte|ej) (?:tillsvidareanställning|fortsatt anställning|anställning|att (?:vi )?anställa)', 'recommend not (?:moving forward|hiring|offering|extending)', 'avsluta provanställningen', '(?:bedömd|bedöms|bedömdes) som "?(?:mycket god|god|utmärkt|svag|tillfredsställande|otillfredsställande|godtagbar)',
    'bedömer (?:hans|hennes|hens|din|[a-zåäö]{2,15}s) (?:insats|prestation|arbetsinsats|arbete) som', 'presterar (?:bra|väl|mycket bra|över förväntan|utmärkt)', '(?:hög|låg|högt|lågt) på (?:samarbete|noggrannhet|beslutsamhet|stresstålighet|struktur|ledarskap|initiativ|samarbetsförmåga|flexibilitet|social förmåga|stabilitet)', '(?:high|low) on (?:cooperation|structure|stress tolerance|conscientiousness|leadership|initiative|stability|collaboration)',
    '(?:resultat(?:et|en)? (?:från|av)|results? (?:from|of)) (?:personlighetstest|lämplighetstest|logiktest|kapacitetstest|disc-analys|personality test|the personality test)[a-zåäö]*', 'personality test results?', '(?:beskrev|beskriver|beskrivs som) (?:honom|henne|hen) som', '(?:describes?|described) (?:him|her|them) as', 'referees? (?:describe|described)',
    'har varit (?:otrevlig|oförskämd|respektlös|aggressiv|hotfull|nedlåtande) mot', 'complaints about the way', 'written it up in (?:his|her|their) file', 'profil(?:en)? blev (?:hög|låg)', 'presterar (?:inte|under|dåligt)',
    'uppfattas som (?:svår|otrevlig|konfliktskapande|ointresserad|oengagerad|slarvig|oprofessionell|negativ|aggressiv|passiv|opålitlig)', 'inte (?:har )?nått (?:sina|de uppsatta|sina uppsatta) mål', 'svår att samarbeta med', 'underperform*', 'performance improvement plan', 'disciplinary action', 'final warning', 'dismissed for', 'written warning', 'disciplinary',
  ],
  weak: [
    'personlighetstest*', 'avstängd*', 'avstängning*', 'provperiod*', 'behöver bli mer', 'predictive index*', 'opq', 'disc-analys*', 'personalakt*', 'personality test*', 'uppfyller inte kraven', 'omplacering*', 'under all kritik', 'needs to improve',
    // what appraisal notes say: they add up with a talk word and a person
    'styrkor', 'utvecklingsområde*', 'förbättringsområde*', 'behöver (?:utveckla|förbättra|bli bättre på|jobba på|arbeta med) (?:sin|sitt|sina|hans|hennes)', 'strengths', 'areas? for improvement', 'development areas?', 'needs to work on',
    'vitsord*', 'konfliktbenägen', 'arrogant', 'unreliable', 'micromanag*', 'not suitable', 'came across as', 'scored low', 'low score', 'needs improvement', '360-graders*', '360 feedback', 'disc-profil*', 'logiktest*', 'ledarskapsbedömning*', 'leadership assessment*', 'trial period review', 'auskultation*', 'avstämningssamtal*', 'varning*', 'warning',
    'provanställning*', 'lönekriterie*', 'lönesättande samtal', 'arbetspsykologisk* test*', 'reference check*', 'described as', 'testresultat*', 'konfliktskapande', 'handlingsplan*', 'omdöme(?!t? (?:i )?(?:historia|geografi|religionskunskap|religion|samhällskunskap|svenska|engelska|matematik|matte|kemi|fysik|biologi|teknik|musik|bild|slöjd|idrott|hemkunskap|spanska|tyska|franska|finska))[a-zåäöé]*', 'samarbetssvårigheter', 'prestation*', 'assessment*', 'feedback'],
  // Appraisal talks are booked, moved and templated: the bare words only support other hits.
  context: ['bedömning*', 'utvecklingssamtal*', 'medarbetarsamtal*', 'lönesamtal*', 'appraisal*', 'performance review*'],
};
