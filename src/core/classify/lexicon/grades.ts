import type { Lexicon } from './lexicon.js';

/** Pupils' grades, assessments and attendance. */
export const grades: Lexicon = {
  type: 'grades',
  strong: [
    'betyget [a-f]', 'betyg [a-f]', 'fick [a-f] i', 'har [a-f] i', 'fått (?:betyget )?[a-f] i', 'underkänd*', 'saknar betyg', '% (?:ogiltig )?frånvaro', 'procent (?:ogiltig )?frånvaro', 'får inte godkänt', 'inte få godkänt', 'riskerar (?:att bli )?underkänd', 'riskerar f', 'saknas betyg', 'inget betyg', 'fick streck', 'streck i', 'missing grade*', 'icke godkänd*', 'ej godkänd*', 'f-varning*', 'ogiltig frånvaro',
    'skriftliga omdömen', 'skriftligt omdöme', 'åtgärdsprogram*', 'extra anpassning*', 'särskilt stöd', 'närvaro(?:n)? (?:är|var|på|under) \\d{1,3} ?%', 'frånvaro(?:n)? (?:är|var|på|under) \\d{1,3} ?%', '(?:närvaro|frånvaro)(?:n)? (?:är|var|på|under) \\d{1,3} procent',
    // Grade with a subject (Lgr22/Gy11 subjects): "fick E i matte", "har F i kemi", "betyget C i svenska".
    '(?:fick|får|fått|har|hade|ligger på|landar på|satt|sätter|ger|gav) [a-f] (?:i|på) (?:matte|matematik|svenska|svenska som andraspråk|sva|engelska|moderna språk|spanska|tyska|franska|fysik|kemi|biologi|teknik|geografi|historia|religion|samhällskunskap|samhäll|idrott|idrott och hälsa|musik|bild|slöjd|hemkunskap|hem- och konsumentkunskap|no|so|kursen|ämnet|provet|nationella provet)',
    '(?:fick|får|fått|har|hade|ligger på|landar på|satt|sätter|ger|gav) ett [a-f] (?:i|på) (?:matte|matematik|svenska|svenska som andraspråk|sva|engelska|moderna språk|spanska|tyska|franska|fysik|kemi|biologi|teknik|geografi|historia|religion|samhällskunskap|samhäll|idrott|idrott och hälsa|musik|bild|slöjd|hemkunskap|hem- och konsumentkunskap|no|so|kursen|ämnet|provet|nationella provet)',
    '(?:fick|får|fått|har|hade|ligger på|landar på|satt|sätter|ger|gav) betyget [a-f] (?:i|på) (?:matte|matematik|svenska|svenska som andraspråk|sva|engelska|moderna språk|spanska|tyska|franska|fysik|kemi|biologi|teknik|geografi|historia|religion|samhällskunskap|samhäll|idrott|idrott och hälsa|musik|bild|slöjd|hemkunskap|hem- och konsumentkunskap|no|so|kursen|ämnet|provet|nationella provet)',
    '(?:fick|får|fått|har|hade|ligger på|landar på|satt|sätter|ger|gav) betyg [a-f] (?:i|på) (?:matte|matematik|svenska|svenska som andraspråk|sva|engelska|moderna språk|spanska|tyska|franska|fysik|kemi|biologi|teknik|geografi|historia|religion|samhällskunskap|samhäll|idrott|idrott och hälsa|musik|bild|slöjd|hemkunskap|hem- och konsumentkunskap|no|so|kursen|ämnet|provet|nationella provet)',
    'betyg(?:et)? [a-f] (?:i|på)', 'betyg(?:et)? (?:godkänt|icke godkänt|underkänt|väl godkänt|mycket väl godkänt)', 'prövning i', 'göra en prövning', 'gjorde en prövning', 'betygsvarning*', 'varning om (?:icke godkänt|f)',
    'inte nått kunskapskraven', 'inte når kunskapskraven', 'når inte kunskapskraven', 'når inte målen(?! för)', 'inte uppnått målen', 'inte nått målen', 'kunskapskraven för [a-e]', 'klarade inte', 'klarar inte (?:kursen|ämnet|provet)', 'underkänt på',
    'ogiltigt frånvarande', 'skolk(?:a|ar|ade|at|ande|are|arna|aren|et|ning|ningen)', 'hemmasittar*', 'långvarig frånvaro', 'hög frånvaro', 'problematisk frånvaro', 'frånvaron (?:är|har varit|uppgår till) hög',
    // a grade letter next to a subject or test, with or without a verb ("A i svenska, C i kemi", "E på matteprovet", "ligger på C-nivå")
    '[a-f] i (?:matte|matematik|svenska|engelska|spanska|tyska|franska|finska|fysik|kemi|biologi|teknik|geografi|historia|samhällskunskap|idrott|musik|bild|slöjd|hemkunskap|moderna språk)',
    '(?:fick|får|fått|har|hade|ska ha|skulle ha|når|nådde|når inte|riskerar|landade på|hamnade på) (?:ett |betyget )?[a-f] (?:på|i) (?:[a-zåäö]{1,12})?(?:provet|prov|förhöret|np|uppsatsen|labbrapporten|läsdiagnosen|diagnosen|omprovet|tentan|kursen)',
    '[a-e]-nivå*', 'under [a-e]-nivå*', '(?:når|nått|nådde) (?:inte )?(?:upp till )?[a-e] i', 'riskerar [a-f] i', 'når (?:inte )?målen i',
    'betyg(?:et|en)? (?:har sjunkit|har gått ner|sjunker|har höjts|höjs|ändras|har ändrats|sänks|sänkts)', 'betyg(?:et|en)? i [a-zåäö]{2,20} (?:ändras|har ändrats|höjs|har höjts|sänks|sänktes|blev|ändrades) (?:från|till)', 'betyget i [a-zåäö]{2,30} går inte att sätta', 'saknar betygsunderlag', 'inget betygsunderlag', 'kan inte betygsättas',
    // points on a test ("7 av 30 på matteprovet", "18 av 20 på glosförhöret"; from "av": no term starts with a digit)
    'av \\d{1,3}(?: poäng)? på (?:[a-zåäö]{1,15})?(?:provet|förhöret|diagnosen|testet|tentan|läsdiagnosen)', '% (?:absence|of the lessons|of lessons)',
    // attendance of a pupil
    'har inte varit i skolan', 'inte varit i skolan sedan', 'missat (?:typ |nästan |ungefär |över )?(?:varannan|var tredje|hälften av|\\d{1,3}) (?:av [a-zåäö ]{0,20})?lektion*', 'frånvarande var (?:annan|tredje|fjärde) dag',
    'kom (?:igen |återigen )?\\d{1,3} min(?:uter)? (?:för )?sent', 'varit frånvarande \\d{1,3} (?:dagar|veckor|lektioner)', 'frånvaro på \\d{1,3} ?(?:%|procent)',
    // English
    'grade [a-f]', 'got an? [a-f] in', '(?:got|gets|get|will get|received|earned|was given|has|had) an? [a-f] (?:on|in|for) (?:the|his|her|their|maths|math|english|swedish|history|physics|chemistry|biology)', 'an? [a-f] on the (?:test|exam|essay|quiz)',
    'scored \\d{1,3}', 'passed (?:the )?(?:course|exam|thesis|test)', 'with distinction', 'unexcused absence*', 'absences? (?:is|was|of) \\d{1,3}', 'absent without permission', 'absent \\d{1,3} ?%',
    'missed \\d{1,3} (?:of|out of) the', 'missed \\d{1,3} (?:days|lessons|classes)', 'truan*', '(?:is failing|at risk of failing) (?:maths|math|english|swedish|history|physics|chemistry|biology|the course|the subject)', 'predicted grades?',
    'på gränsen (?:till|för) (?:e|godkänt)', 'riskerar att inte (?:få|nå) (?:godkänt|e|betyg)', 'no grade basis', 'has to retake', 'will need to retake', 'failed (?:maths|math|english|swedish|history|physics|chemistry|biology|the course)', 'failed the', 'failing grade*', 'attendance (?:is|was|of) \\d{1,3} ?%',
  ],
  weak: ['betyg*', 'omdöme*', 'närvaro*', 'frånvaro*', 'godkänd*', 'godkänt', 'underkänt', 'prov(?:et|resultat|resultatet)', 'resultat(?:et)? på provet', 'grade*', 'attendance', 'frånvaroanmälan', 'frånvarande', 'kursbetyg*', 'slutbetyg*', 'terminsbetyg*', 'iup*', 'omprov*', 'kommer ofta (?:för )?sent', 'absent', 'absence*', 'final grades?', 'course grades?'],
  strongHeads: ['frånvaro -sjuk -semester', 'betyg -slut -termins -samman'],
};
