/**
 * Training set train-m: a TRAINING set written from the labelling guide alone (no classifier or other corpus
 * consulted). Style: SHORT texts, from one line to about eight lines: single e-mail bodies, subject-like
 * one-liners, chat messages, notes, replies, reminders and forwarded snippets, mostly Swedish with about a
 * fifth in English, in many voices and registers. Disclosures are often indirect (an opinion of someone's
 * work without the word "bedömning", a union role said through the union's name or a meeting, pay as a bare
 * figure, an illness through its effect or medicine, a social-services matter through the handläggare or the
 * decision). About two fifths are unlabelled hard negatives using the same vocabulary. All names, places and
 * numbers are invented.
 */
import type { CategoryType } from '../../../../src/core/classify/types.js';
import type { LabelledDocument } from '../category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const TRAIN_M: readonly LabelledDocument[] = [
  // --- batch 1 ---
  d(`Hej! Sanna blir borta resten av veckan, hon har fått nya tabletter mot migränen och de slår ut henne helt. /Mats`, 'health'),
  d(`Påminnelse: hälsoundersökningen för nattpersonalen är tisdag 14/3 kl 9–12 i personalrummet.`),
  d(`Kan någon ta Peters pass på fredag? Han går på Sertralin sen i höstas och orkar inte nätter just nu.`, 'health'),
  d(`Vi behöver fler som kan gå utbildningen i HLR, anmäl er till Lotta senast 1 april.`),
  d(`Fr: Elin
Jag är kvar på Danderyd ett par dagar till, de vill se hur såret läker efter operationen. Hör av mig.`, 'health'),
  d(`Hi Jonas, just so you know: Aleksander's hearing got worse and he now uses aids in both ears, so please face him when you talk in meetings.`, 'health'),
  d(`Hur många sjukdagar hade förvaltningen totalt i fjol? Behöver siffran till årsredovisningen.`),
  d(`Hon har varit på 50 % sedan januari och Försäkringskassan har nu godkänt förlängning till maj.`, 'health'),
  d(`Tack för igår! Kaffet var slut redan kl 10, vi beställer mer till nästa APT.`),
  d(`Ang. Ibrahim i 7B: han har en epipen i väskan pga nötallergi, kan du se till att vikarien vet?`, 'health'),
  d(`Lillemor är gravid i v. 20 och ska inte lyfta brukare ensam längre. Schemat får justeras från måndag.`, 'health'),
  d(`Friskvårdsbidraget höjs till 3 000 kr nästa år enligt beslut i personalutskottet.`),
  d(`Kort info: Tomas har börjat i samtalsbehandling på Beroendecentrum och har tid varannan torsdag em.`, 'health'),
  d(`Rehab-möte med Karin, chefen och företagshälsan flyttas till 22/5. Hon har fortfarande svårt att sitta mer än en timme.`, 'health'),
  d(`Vem har nyckeln till förrådet med sjukvårdsmaterialet? Plåstren är slut i lådan.`),
  d(`Mamma till Wilma ringde: hon har fått diagnosen typ 1-diabetes och behöver mäta sockret före lunch.`, 'health'),
  d(`Hon är sjuksköterska på avdelning 4 och börjar hos oss i augusti.`),
  d(`Hej Birgitta, Hassan är tillbaka efter hjärtinfarkten men läkaren har sagt halvtid första månaden.`, 'health'),

  d(`Vår nya kollega Aila är same från Jokkmokk och har erbjudit sig att hålla i samiska nationaldagen.`, 'ethnic-origin'),
  d(`Inbjudan: föreläsning om de nationella minoriteterna och minoritetsspråkslagen, 6 feb i Stora salen.`),
  d(`Familjen är romer och har bott på campingen sedan i höstas, tolk behövs inte men kontakten går bäst via mormor.`, 'ethnic-origin', 'social'),
  d(`The new intern, Pavel, is ethnically Roma from Slovakia and asked whether we have any Romani-speaking staff.`, 'ethnic-origin'),
  d(`Eleven är sverigefinne och har rätt till modersmål i finska — kan du lägga in honom i gruppen på onsdagar?`, 'ethnic-origin'),
  d(`Hur många elever läser finska som modersmål i kommunen? Statistiken ska till SKR.`),
  d(`Klaganden uppger att hon nekades lägenheten för att hon är somalisk och bär slöja.`, 'ethnic-origin', 'religion'),
  d(`Hennes pappa är tornedaling och hon pratar meänkieli hemma, vilket kan förklara språkfrågan i utredningen.`, 'ethnic-origin'),
  d(`Mötet om samisk förvaltning flyttas till sal B.`),
  d(`Fick du med att kvinnan hon hyr ut till är kurdiska från Iran? Det är det grannen bråkar om.`, 'ethnic-origin'),

  d(`Protokoll KF 12/4: Yrkanden av Sofia Berg (S) och Anders Holm (SD) om återremiss.`, 'political-opinion'),
  d(`Valet är 13 september, förtidsröstning öppnar i biblioteket den 26 augusti.`),
  d(`Jörgen i växeln sitter i fullmäktige för Vänsterpartiet, så han är ledig torsdagar när det är sammanträde.`, 'political-opinion'),
  d(`Hon stod och delade ut flygblad för Extinction Rebellion utanför stadshuset i lördags, visste du det?`, 'political-opinion'),
  d(`Kan vi ta bort partisymbolerna från presentationen? Den ska vara neutral.`),
  d(`Off the record: I voted Green, but please don't tell the rest of the team.`, 'political-opinion'),
  d(`Jag har fått en klagan om att Gunnar pratar Sverigedemokraterna hela fikat. Han är ju medlem, men det blir för mycket.`, 'political-opinion', 'hr-assessment'),
  d(`Partistöd betalas ut i januari enligt fullmäktiges beslut.`),

  d(`Ali ber om att få ta sin rast 13.15 på fredagar för att hinna till fredagsbönen i moskén.`, 'religion'),
  d(`Kan köket laga halal till lägerskolan? Vi har tre elever som äter det hemifrån.`),
  d(`Fyi – Miriam firar pesach med familjen och är ledig 23–24 april.`, 'religion'),
  d(`Paul är aktiv i Pingstkyrkan och har frågat om han får sätta upp affischer om deras second hand i fikarummet.`, 'religion'),
  d(`Påminnelse: kyrkans lokaler är bokade för skolavslutningen 12 juni.`),
  d(`Brukaren är Jehovas vittne och har skrivit att hon inte vill ha blod om något händer.`, 'religion', 'social'),
  d(`Hi, Rajinder wears a turban for religious reasons, so the standard helmet in the workshop won't fit — can we order the Sikh-compatible one?`, 'religion'),
  d(`Utbildning i religionskunskap för lärare, ht-26, anmälan via Lärportalen.`),

  d(`Hej, jag har blivit vald till skyddsombud för Kommunal på Björkhagas äldreboende och behöver tid för utbildningen.`, 'trade-union'),
  d(`Vision bjuder på frukost i foajén på fredag – alla välkomna!`),
  d(`Kan du skicka förhandlingsprotokollet till Sanna också? Hon sitter för Vårdförbundet i samverkansgruppen.`, 'trade-union'),
  d(`Lönerevisionen startar i april, facken har fått underlaget.`),
  d(`Jag går med i Sveriges Lärare från 1 mars, kan ni dra avgiften på lönen?`, 'trade-union'),
  d(`Vem är fackligt ombud här? — Det är Lars, han är med i ST.`, 'trade-union'),
  d(`Vi har fått in nya medlemmar i klubben: Amira Yusuf och Bengt Ek. Välkomna!`, 'trade-union'),
  d(`Unionen's webinar on pay negotiations is open for everyone on the intranet.`),

  d(`Provsvaret kom idag: Elsa är bärare av CF-genen, precis som sin bror. Läkaren ringer föräldrarna.`, 'genetic', 'health'),
  d(`Genetiska analyser görs på Karolinska, remiss skickas via 1177.`),
  d(`Huntington finns i Markus släkt, hans mamma testade positivt förra året och han funderar på att testa sig.`, 'genetic', 'health'),
  d(`Sorry for the late reply – my BRCA2 test came back positive, so I'll need some time off for follow-up appointments.`, 'genetic', 'health'),
  d(`Kursen "Genetik för barnmorskor" är full, väntelista finns.`),

  d(`Fingeravtrycken på Lisa Andersson är registrerade i passerkortsläsaren igen efter bytet.`, 'biometric'),
  d(`Vi byter till fingeravtrycksläsare i serverhallen under vecka 14.`),
  d(`Bifogar ansiktsmallen för Olof Ström som behövs för att han ska komma in via kameran på tunneln.`, 'biometric'),
  d(`Polisen tog hans fingeravtryck och DNA-prov när han greps i lördags.`, 'biometric', 'criminal-record'),

  d(`Hon berättade att hon är lesbisk och inte har sagt det till sina föräldrar, så vi pratar inte om det på mötet med dem.`, 'sex-life'),
  d(`Pride-flaggan hissas vid stadshuset 1 augusti.`),
  d(`Jag och min fru Anna kommer båda på personalfesten. /Karin`, 'sex-life'),
  d(`Eleven heter numera Noah och använder han – uppdatera i Skolplattformen, gamla namnet syns fortfarande.`, 'sex-life'),
  d(`Hbtq-certifieringen för fritidsgårdarna är klar, grattis alla!`),

  d(`Obs! Barnet har skyddade personuppgifter. Skicka ingenting till den gamla adressen.`, 'protected-identity'),
  d(`Kvarskrivning – vad innebär det? Bra sammanfattning på Skatteverkets sida om någon undrar.`),
  d(`Mamman och barnen är kvarskrivna i Hallsberg men bor hos oss sedan april. Adressen står bara i den låsta akten.`, 'protected-identity'),
  d(`This pupil has a confidentiality flag in the population register, so never print his address on the class list.`, 'protected-identity'),

  d(`Uppgifterna i bifogad utredning omfattas av sekretess enligt 26 kap. 1 § OSL och får inte vidarebefordras.`, 'secrecy'),
  d(`Frågor om offentlighet och sekretess besvaras av registraturen.`),
  d(`Sekretessprövat: vi lämnar inte ut journalanteckningarna, se beslut 2026-03-04 dnr SN 2026/118.`, 'secrecy'),
  d(`Utbildning i OSL för nyanställda handläggare 15 maj.`),
];
