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
  // --- batch 2 ---
  d(`Hej! Bifogar yttrandet till förvaltningsrätten. Observera att bilaga 2 är sekretessbelagd enligt 25 kap. 1 § OSL.`, 'secrecy'),
  d(`FW: begäran om allmän handling
> Vi lämnar ut protokollet men maskerar uppgifterna om den enskilde, 26 kap. 1 § OSL.`, 'secrecy'),
  d(`Please note: the attached case summary is classified under Chapter 26 Section 1 of the Public Access and Secrecy Act and must not be forwarded.`, 'secrecy'),
  d(`Mallen för sekretessprövning finns nu under Blanketter > Registratur.`),
  d(`Det här får inte lämnas ut — gäller polisanmälan om pojken i ärende 2026-0412. Omfattas av sekretess.`, 'secrecy', 'criminal-record'),

  d(`Utdraget ur belastningsregistret för vikarien visade en dom för misshandel 2021, så vi kan inte anställa honom på skolan.`, 'criminal-record'),
  d(`Alla som jobbar med barn ska visa utdrag ur belastningsregistret innan anställning.`),
  d(`Grannen i lgh 1102 är anmäld för ofredande igen, polisen var här i natt.`, 'criminal-record'),
  d(`Fick veta idag att Robin sitter på Kumla sedan i mars. Han har alltså inte kunnat svara på breven.`, 'criminal-record'),
  d(`Hi, just to flag: our new driver has a conviction for drunk driving from 2019 – HR says it is spent but we should check the licence.`, 'criminal-record'),
  d(`Frivården ringde om Dennis, han har kontakt med dem varje vecka till och med december.`, 'criminal-record'),
  d(`Stölden av datorerna i förrådet är polisanmäld, diarienummer saknas fortfarande.`),
  d(`Läraren misstänks för att ha tagit pengar ur klasskassan, hon är avstängd tills utredningen är klar.`, 'criminal-record'),
  d(`Rättegången mot Mikael S. är satt till 8 oktober. Vi ska vittna om det som hände i matsalen.`, 'criminal-record'),

  d(`Handläggaren på socialtjänsten har avslagit hans ansökan om försörjningsstöd för maj.`, 'social'),
  d(`Orosanmälan skickad idag om syskonen Ek i 3A. Mentor informerad.`, 'social'),
  d(`Hur gör man en orosanmälan? Finns rutinen på intranätet någonstans?`),
  d(`Gun i lgh 4 har fått utökad hemtjänst, fyra besök om dagen från måndag.`, 'social'),
  d(`Hej, Leo är placerad i familjehem sedan i fredags, så det är inte längre mamma som hämtar.`, 'social'),
  d(`Beslutet om kontaktperson enligt LSS för Emil gick igenom, han har autism och får träffa Jonas två gånger i månaden.`, 'social', 'health'),
  d(`Kurs: Barnets bästa i LVU-utredningar, 2 dagar, för socialsekreterare.`),
  d(`Hans LVM-placering på Hornö förlängs, han tog återfall i amfetamin direkt efter förra utskrivningen.`, 'social', 'health'),
  d(`FYI the family in Rinkeby gets ekonomiskt bistånd, so the school trip fee should go to the social services office instead.`, 'social'),
  d(`Boendet på Tallbacken har fått en ny boende, Stig Holm, som kommer från korttidsboendet.`, 'social'),
  d(`Försörjningsstödsnormen för 2027 publiceras i december.`),
  d(`Rekommendation från IFO: pojken bör inte lämnas hem med pappan efter skolan innan utredningen är klar.`, 'social'),

  d(`Wifi för gästerna: Konferens2026! (nätverk Stadshuset-Gäst)`, 'credentials'),
  d(`Portkoden till nya lokalen är 4471, lås efter dig!`, 'credentials'),
  d(`Har du glömt ditt lösenord? Gå till minsida.kommunen.se och välj "Återställ".`),
  d(`användare: evlu0431 lösen: Sommar!Regn22 — byt direkt när du loggat in första gången`, 'credentials'),
  d(`API key for the booking sandbox: sk_test_9fa3Kq02bXvL71mPz — don't push it to GitHub this time 😅`, 'credentials'),
  d(`Din engångskod är 582 993. Den gäller i 10 minuter.`, 'credentials'),
  d(`Byt lösenord var 90:e dag enligt IT-policyn.`),
  d(`Larmkoden på förskolan Solrosen har ändrats till 1 9 0 8, sprid inte i föräldragruppen.`, 'credentials'),
  d(`PIN till kopiatorn är samma som förut, 2580.`, 'credentials'),
  d(`Testservern: root / Kv4rt-test-77. Jag byter när demot är klart.`, 'credentials'),
  d(`Lösenordskrav: minst 12 tecken, en siffra och ett specialtecken.`),

  d(`Hon ligger på 34 200 nu efter revisionen, alltså 1 100 mer än förra året.`, 'salary'),
  d(`Lönekartläggningen 2026 är klar och presenteras på samverkan 3 juni.`),
  d(`Kan du kolla att Oskar får sitt OB-tillägg i juni? Han ska ha 42 800 + ob, inte bara grundlönen.`, 'salary'),
  d(`Jag tjänar 29 500 och har jobbat här i sex år, det är lägre än nyanställda. Kan vi ta det på samtalet?`, 'salary'),
  d(`Ingångslöner för undersköterskor: se bilaga från HR.`),
  d(`Grattis! Din nya månadslön blir 46 750 kr från och med 1 april.`, 'salary'),
  d(`Re: lön
vi erbjuder 38k, max 39,5 om hon pressar.`, 'salary'),
  d(`Tom's bonus for Q3 is SEK 12,000 – please process with the October payroll.`, 'salary'),
  d(`Lönesamtalen ska vara klara 15 mars.`),

  d(`Hej, mitt nya kontonummer för lönen är Swedbank clearing 8327-9, konto 914 782 135-6. /Fatima`, 'bank-account'),
  d(`Ange ditt kontonummer i formuläret i Primula.`),
  d(`Ersättningen till kontaktfamiljen betalas till Nordea 3300 420812 3349.`, 'bank-account', 'social'),
  d(`IBAN for reimbursement: SE45 5000 0000 0583 9825 7466 (Liam O'Connor).`, 'bank-account'),
  d(`Kan du sätta in depositionen på mitt konto hos Handelsbanken, 6112 – 238 456 771? Tack!`, 'bank-account'),
  d(`Våra fakturor betalas till bankgiro 5050-1055.`),

  d(`Kortnumret är 4571 9023 4465 1184, giltigt till 09/28, CVC 552. Bokningen gäller Eriks resa till Umeå.`, 'payment-card'),
  d(`Kortet slutar på **** **** **** 7710, kan du kolla om betalningen gått igenom?`),
  d(`Please charge the hotel to my card 5355 2310 8876 4021 exp 11/27 cvv 318.`, 'payment-card'),
  d(`Betalkort får inte användas för privata inköp, se inköpspolicyn.`),

  d(`Efter tredje sena ankomsten den här månaden har jag gett Jenny en skriftlig varning.`, 'hr-assessment'),
  d(`Ärligt talat levererar Amir inte. Rapporterna är sena och halvfärdiga, och teamet får göra om dem.`, 'hr-assessment'),
  d(`Medarbetarsamtalen ska vara genomförda före midsommar, mall finns i Heroma.`),
  d(`Anteckning från samtalet med Per: han har svårt med samarbetet i arbetslaget och vi sätter upp mål för hösten.`, 'hr-assessment'),
  d(`Lisa är en fantastisk pedagog, eleverna älskar henne och hon har lyft hela ämneslaget. Henne vill vi behålla.`, 'hr-assessment'),
  d(`Resultatet från personlighetstestet på kandidaten: hög på samvetsgrannhet, låg på stresstålighet.`, 'hr-assessment'),
  d(`Short note from the 1:1 with Dana: strong technically, but communication with the client was poor and we agreed on coaching.`, 'hr-assessment'),
  d(`Ledarskapsprogrammet börjar i september, sök via din chef.`),

  d(`Hej, Alva fick E på provet i matte och har 8 frånvarotimmar i februari. Kan vi boka ett möte?`, 'grades'),
  d(`Betygssättning sker vecka 23, sista dag för inlämning är 2 juni.`),
  d(`Omdöme Elias, svenska: läser flytande men behöver utveckla sina texter, når ännu inte E i skrivandet.`, 'grades'),
  d(`Noel har varit borta 34 % av lektionerna den här terminen, mentor är orolig.`, 'grades'),
  d(`FYI Kevin's final grades: English A, History C, Maths F. Parents have been informed.`, 'grades'),
  d(`Nationella proven i åk 9 skrivs vecka 11.`),
];
