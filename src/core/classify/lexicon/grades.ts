import type { Lexicon } from './lexicon.js';

/** Pupils' grades, assessments and attendance. */
export const grades: Lexicon = {
  type: 'grades',
  strong: [
    'betyget [a-f]', 'betyg [a-f]', 'fick [a-f] i', 'har [a-f] i', 'fått (?:betyget )?[a-f] i', 'underkänd*', 'saknar betyg', '% (?:ogiltig )?frånvaro', 'procent (?:ogiltig )?frånvaro', 'får inte godkänt', 'inte få godkänt', 'riskerar (?:att bli )?underkänd', 'riskerar f', 'saknas betyg', 'inget betyg', 'fick streck', 'streck i', 'missing grade*', 'icke godkänd*', 'ej godkänd*', 'f-varning*', 'ogiltig frånvaro', 'frånvaroanmälan',
    'skriftliga omdömen', 'skriftligt omdöme', 'åtgärdsprogram*', 'extra anpassning*', 'särskilt stöd', 'närvaro(?:n)? (?:är|var|på|under) \\d{1,3} ?%', 'frånvaro(?:n)? (?:är|var|på|under) \\d{1,3} ?%', '(?:närvaro|frånvaro)(?:n)? (?:är|var|på|under) \\d{1,3} procent',
    // Grade with a subject (Lgr22/Gy11 subjects): "fick E i matte", "har F i kemi", "betyget C i svenska".
    '(?:fick|får|fått|har|hade|ligger på|landar på|satt|sätter|ger|gav) [a-f] (?:i|på) (?:matte|matematik|svenska|svenska som andraspråk|sva|engelska|moderna språk|spanska|tyska|franska|fysik|kemi|biologi|teknik|geografi|historia|religion|samhällskunskap|samhäll|idrott|idrott och hälsa|musik|bild|slöjd|hemkunskap|hem- och konsumentkunskap|no|so|kursen|ämnet|provet|nationella provet)',
    '(?:fick|får|fått|har|hade|ligger på|landar på|satt|sätter|ger|gav) ett [a-f] (?:i|på) (?:matte|matematik|svenska|svenska som andraspråk|sva|engelska|moderna språk|spanska|tyska|franska|fysik|kemi|biologi|teknik|geografi|historia|religion|samhällskunskap|samhäll|idrott|idrott och hälsa|musik|bild|slöjd|hemkunskap|hem- och konsumentkunskap|no|so|kursen|ämnet|provet|nationella provet)',
    '(?:fick|får|fått|har|hade|ligger på|landar på|satt|sätter|ger|gav) betyget [a-f] (?:i|på) (?:matte|matematik|svenska|svenska som andraspråk|sva|engelska|moderna språk|spanska|tyska|franska|fysik|kemi|biologi|teknik|geografi|historia|religion|samhällskunskap|samhäll|idrott|idrott och hälsa|musik|bild|slöjd|hemkunskap|hem- och konsumentkunskap|no|so|kursen|ämnet|provet|nationella provet)',
    '(?:fick|får|fått|har|hade|ligger på|landar på|satt|sätter|ger|gav) betyg [a-f] (?:i|på) (?:matte|matematik|svenska|svenska som andraspråk|sva|engelska|moderna språk|spanska|tyska|franska|fysik|kemi|biologi|teknik|geografi|historia|religion|samhällskunskap|samhäll|idrott|idrott och hälsa|musik|bild|slöjd|hemkunskap|hem- och konsumentkunskap|no|so|kursen|ämnet|provet|nationella provet)',
    'betyg(?:et)? [a-f] (?:i|på)', 'betyg(?:et)? (?:godkänt|icke godkänt|underkänt|väl godkänt|mycket väl godkänt)', 'prövning i', 'göra en prövning', 'gjorde en prövning', 'betygsvarning*', 'varning om (?:icke godkänt|f)',
    'inte nått kunskapskraven', 'inte når kunskapskraven', 'når inte kunskapskraven', 'når inte målen', 'inte uppnått målen', 'inte nått målen', 'kunskapskraven för [a-e]', 'klarade inte', 'klarar inte (?:kursen|ämnet|provet)', 'underkänt på',
    'ogiltigt frånvarande', 'skolk*', 'hemmasittar*', 'långvarig frånvaro', 'hög frånvaro', 'problematisk frånvaro', 'frånvaron (?:är|har varit|uppgår till) hög',
    'grade [a-f]', 'got an? [a-f] in', 'failed the', 'failing grade*', 'attendance (?:is|was|of) \\d{1,3} ?%',
  ],
  weak: ['betyg*', 'omdöme*', 'närvaro*', 'frånvaro*', 'godkänd*', 'godkänt', 'underkänt', 'prov(?:et|resultat|resultatet)', 'resultat(?:et)? på provet', 'grade*', 'attendance'],
  strongHeads: ['frånvaro -sjuk -semester', 'betyg -slut -termins -samman'],
};
