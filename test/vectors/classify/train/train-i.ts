/**
 * TRAIN_I — training corpus for Kuvert's sensitive-category classifier (session 6, writer i).
 *
 * Written from the labelling guide (/tmp/label-guide.md) alone, without looking at the classifier or at
 * any other corpus. Style: longer, messy texts (about 8 to 40 lines) — forwarded threads with quoted
 * history and "Från: … Skickat: …" headers, signatures and disclaimers, minutes and APT notes with several
 * agenda items, weekly summaries, chat exports with timestamps, ticket and HR-system mails, case-note
 * excerpts and newsletters, in Swedish and English. The sensitive fact may sit anywhere in the text (one
 * agenda item, a quoted older mail, a PS). Paired hard negatives use the same vocabulary without
 * disclosing anything about a specific person. Most positives go to hr-assessment, trade-union, social,
 * grades, salary, political-opinion, sex-life and ethnic-origin; all 18 categories are covered.
 *
 * All names, organisations, numbers, codes and accounts are invented; no personnummer are used.
 */
import type { CategoryType } from '../../../../src/core/classify/types.js';
import type { LabelledDocument } from '../category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const TRAIN_I: readonly LabelledDocument[] = [
  d(`Från: Maria Lindqvist
Skickat: den 12 mars 09:14
Till: Jonas Berg
Ämne: VB: Medarbetarsamtal – sammanfattning

Hej Jonas,
Skickar vidare min sammanfattning från medarbetarsamtalet med Petra Holm så att du har den inför lönesamtalet.

----- Ursprungligt meddelande -----
Sammanfattning medarbetarsamtal 2024-03-07, Petra Holm, administratör
- Petra når inte målen för ärendehandläggning, snittet ligger på 14 dagar mot målet 7.
- Hon har vid tre tillfällen missat att diarieföra inkommande post.
- Bemötandet mot kollegor upplevs som kort och avvisande, två klagomål har kommit in.
- Vi kom överens om en handlingsplan med uppföljning var fjärde vecka.
Petra höll inte med om bedömningen av bemötandet.

Med vänlig hälsning
Maria Lindqvist
Enhetschef, Kundtjänst
Storvika kommun`, 'hr-assessment'),
  d(`Från: HR-avdelningen
Skickat: den 2 februari 10:00
Till: Alla chefer
Ämne: Dags för medarbetarsamtal 2024

Hej alla chefer,
Nu öppnar perioden för medarbetarsamtal. Samtalen ska vara genomförda senast 30 april.
Så här gör ni:
1. Boka samtalen i Outlook med minst en veckas framförhållning.
2. Använd mallen "Medarbetarsamtal 2024" i HR-portalen.
3. Medarbetaren fyller i förberedelseunderlaget innan samtalet.
4. Dokumentera överenskommelser i portalen, inte i e-post.

Frågor om bedömningskriterierna? Läs riktlinjen "Lönekriterier och samtalsstruktur" på intranätet.
Vi håller också en utbildning för nya chefer den 14 februari kl 13–15 i Sessionssalen.

Vänliga hälsningar
HR-avdelningen
Storvika kommun`),
  d(`Protokoll APT Hemtjänst Norr, 2024-04-09
Närvarande: Lena (ordf), Ahmed, Sofia, Kristina, Berit, Tomas
1. Föregående protokoll – godkänt.
2. Schema sommar – Berit lägger ut förslag v 17, önskemål senast 26/4.
3. Nya larmtelefoner – leverans v 19, Tomas håller i utbildningen.
4. Arbetsmiljö – diskussion om bilparkeringen vid Kvarngatan, Lena tar det vidare.
5. Facklig information – Kristina informerade om att Kommunal har medlemsmöte 18/4 och att hon
   fortsätter som arbetsplatsombud för Kommunal även nästa år. Den som vill prata med facket kan vända sig till henne.
6. Övrigt – fika på fredag, Ahmed tar med.
Vid protokollet: Sofia Ek`, 'trade-union'),
  d(`Protokoll APT Hemtjänst Söder, 2024-04-10
Närvarande: Anders (ordf), Camilla, Yusuf, Eva, Petra
1. Föregående protokoll – godkänt.
2. Semesterplanering – listan sitter i personalrummet.
3. Facklig information – Kommunal har medlemsmöte 18/4 i Folkets hus kl 18. Alla är välkomna,
   mer info finns på anslagstavlan. Vision har frukostmöte för chefer och handläggare 22/4.
4. Arbetsmiljö – nya handskar beställda, Eva följer upp leveransen.
5. Brandövning – genomförs v 20.
6. Övrigt – inga övriga frågor.
Vid protokollet: Camilla Ström`),
  d(`[2024-05-14 08:02] Anna S: morrn! är det nån som vet om vi har lönesamtal denna vecka?
[2024-05-14 08:05] Mikael H: jag har mitt på torsdag
[2024-05-14 08:06] Anna S: ok. jag fick veta igår att jag får 680 kr mer i månaden, landar på 34 180
[2024-05-14 08:06] Anna S: känns lite snålt ärligt talat
[2024-05-14 08:09] Mikael H: hm ja, jag hoppas på mer än så
[2024-05-14 08:10] Anna S: men säg inget till Leif, han har inte fått sitt än
[2024-05-14 08:15] Mikael H: nej nej
[2024-05-14 08:32] Mikael H: ska vi ta lunch vid 11.30?
[2024-05-14 08:33] Anna S: 👍`, 'salary'),
  d(`[2024-05-15 08:02] Sara L: morrn! när är lönesamtalen i år?
[2024-05-15 08:04] Johan P: HR skrev att lönerevisionen ska vara klar 30 maj
[2024-05-15 08:05] Sara L: ok. och nya lönen betalas ut i juni?
[2024-05-15 08:06] Johan P: ja retroaktivt från 1 april enligt avtalet
[2024-05-15 08:07] Sara L: skönt. jag har inte ens fått kallelse än
[2024-05-15 08:10] Johan P: inte jag heller, chefen ligger efter
[2024-05-15 08:32] Sara L: lunch 11.30?
[2024-05-15 08:33] Johan P: 👍`),
  d(`Veckosammanfattning Individ- och familjeomsorgen, vecka 14

Hej allihop, här kommer veckans sammanfattning.
• Mottagningen har tagit emot 23 nya aktualiseringar, varav 9 orosanmälningar.
• Familjen Rahimi på Björkvägen: vi har inlett utredning enligt 11 kap. 1 § SoL efter orosanmälan
  från skolan om sonen Elias, 9 år. Hembesök bokat till torsdag.
• Nya rutiner för journalföring i Lifecare börjar gälla 1 maj, utbildning hålls 24/4.
• Personal: Hannah är tillbaka efter föräldraledighet från måndag.
• Påminnelse: fyll i tidrapporten senast fredag.

Ha en fin helg!
/Karin, enhetschef IFO`, 'social'),
  d(`Veckosammanfattning Individ- och familjeomsorgen, vecka 15

Hej allihop, här kommer veckans sammanfattning.
• Mottagningen har tagit emot 19 nya aktualiseringar, varav 7 orosanmälningar. Det är något lägre än förra veckan.
• Socialstyrelsen har publicerat nya föreskrifter om barnavårdsutredningar, vi går igenom dem på APT.
• Utbildning om LVU och LVM för nyanställda handläggare 24/4, anmäl er till Rasmus.
• Personal: vi välkomnar Oskar som ny handläggare på försörjningsstöd.
• Påminnelse: fyll i tidrapporten senast fredag.

Ha en fin helg!
/Karin, enhetschef IFO`),
  d(`From: Daniel Okafor
Sent: Tuesday, 3 September 16:41
To: Emma Nyström
Subject: RE: Mentor group 8B – week 36

Hi Emma,
Thanks for the overview. A few notes from my side on the students in 8B:
- Liam has now been absent 11 lessons in English this term, 6 of them unreported. I've sent a note home.
- Wilma got an F on the first reading comprehension test, we need to set up an extra support session.
- Noah's written assignment was excellent, I'd say it's at an A level.
Could you bring this up at the mentor meeting on Thursday?

Best,
Daniel

> From: Emma Nyström
> Sent: Monday, 2 September
> Hi all, please send me any concerns about your mentor group before Thursday. /Emma`, 'grades'),
  d(`From: Daniel Okafor
Sent: Tuesday, 10 September 16:41
To: Emma Nyström
Subject: RE: Assessment week schedule

Hi Emma,
Thanks for the draft schedule. A few notes from my side:
- The English reading comprehension test for year 8 is on Wednesday in week 38.
- Grading criteria (E, C, A) will be posted on the learning platform before the test.
- Students who are absent on the day can sit the test on the catch-up Friday.
- I'd like us to discuss how we report absence in the new attendance module at the staff meeting.

Best,
Daniel

> From: Emma Nyström
> Hi all, please check the assessment week schedule and send me comments. /Emma`),
  d(`Ärende #45821 – Beställning av passerkort
Status: Pågående
Skapad av: Fredrik Åberg (IT-support)

2024-02-19 10:12 Fredrik Åberg:
Användaren Lisa Söderberg har nytt jobb på Socialförvaltningen och behöver passerkort med tillgång till plan 3.
2024-02-19 10:40 Lisa Söderberg:
Hej! Tack. Jag kommer in genom personalingången tills vidare, portkoden där är 4471#, så det är ingen brådska.
Men mitt lösenord till Lifecare fungerar inte, jag har provat Sommar2024! flera gånger.
2024-02-19 11:02 Fredrik Åberg:
Jag har återställt ditt konto. Tillfälligt lösenord: Kx7-tRp9-Lm2q. Byt det vid första inloggning.
2024-02-19 11:05 Lisa Söderberg:
Funkar! Tack!`, 'credentials'),
  d(`Ärende #45830 – Inloggning Lifecare
Status: Löst
Skapad av: Jenny Alm (Socialförvaltningen)

2024-02-20 09:12 Jenny Alm:
Hej, jag har glömt mitt lösenord till Lifecare och kommer inte in.
2024-02-20 09:30 IT-support, Fredrik Åberg:
Hej Jenny! Gå in på självserviceportalen och välj "Glömt lösenord". Du får en engångskod via sms.
Kom ihåg att det nya lösenordet ska ha minst 12 tecken och inte får innehålla ditt namn.
Skicka aldrig lösenord eller koder via e-post.
2024-02-20 09:52 Jenny Alm:
Tack, nu funkar det!
Ärendet stängs automatiskt om 5 dagar.`),
  d(`Hej Erik,

Kort återkoppling efter mötet med fackklubben i går.

Vi gick igenom omorganisationen av hemtjänsten och de berörda tjänsterna. Vision var representerade av
Malin Sjöberg, som är huvudskyddsombud, och Kommunal av Ali Hassan. Båda vill ha en MBL-förhandling enligt 11 §
innan beslut fattas. Jag föreslog vecka 23.

Ali bad också om att få se bemanningsunderlaget i förväg. Jag skickar det till honom separat.

Mvh
Åsa Wikström
HR-konsult, Vård- och omsorgsförvaltningen`, 'trade-union'),
  d(`Hej Erik,

Kort återkoppling efter mötet i ledningsgruppen i går.

Vi gick igenom omorganisationen av hemtjänsten och tidplanen. Innan beslut fattas ska vi enligt 11 § MBL
förhandla med de fackliga organisationerna. Jag föreslår att vi kallar Vision och Kommunal till förhandling vecka 23.
Underlaget behöver vara klart vecka 21 så att de hinner läsa.

Kan du ta fram bemanningsunderlaget? Jag skickar kallelsen när datum är klart.

Mvh
Åsa Wikström
HR-konsult, Vård- och omsorgsförvaltningen`),
  d(`Från: Henrik Dahl <henrik.dahl@storvika.se>
Skickat: den 28 augusti 13:20
Till: Rektor Norrskolan
Ämne: SV: Elevråd och skolval

Hej Birgitta,
Jag tycker att skolvalet ska genomföras som vanligt. Men jag vill påpeka en sak: en förälder har hört av sig
och är upprörd över att läraren Jesper Nordin i sin klass sagt att han själv är aktiv i Vänsterpartiet och
sitter i partiets lokala styrelse. Han ska enligt föräldern ha uppmanat eleverna att "tänka rött".
Kan du ta ett samtal med honom?

/Henrik

> Hej Henrik, vi planerar skolval vecka 36. Har du synpunkter? /Birgitta`, 'political-opinion', 'hr-assessment'),
  d(`Från: Henrik Dahl <henrik.dahl@storvika.se>
Skickat: den 29 augusti 13:20
Till: Rektor Norrskolan
Ämne: SV: Elevråd och skolval

Hej Birgitta,
Jag tycker att skolvalet ska genomföras som vanligt vecka 36. Alla riksdagspartier bjuds in till bokbordet i aulan,
både Vänsterpartiet, Moderaterna, Sverigedemokraterna och de andra. Lärarna ska vara neutrala och inte
berätta vad de själva röstar på. Skolverket har ett bra stödmaterial om partipolitik i skolan.

/Henrik

> Hej Henrik, vi planerar skolval vecka 36. Har du synpunkter? /Birgitta`),
  d(`Minnesanteckningar — styrgruppen för e-tjänster, 4 juni

1. Status e-arkiv: migreringen är klar till 80 %, resten under juni.
2. Budget 2025: förslaget går till nämnden 15/8.
3. Säkerhet: leverantören har bytt API-nyckel för integrationen mot Platina. Den nya är
   sk_live_9f3K2mQx7Lp0Rt4vZa81Bc (Tobias lägger in den i konfigurationen i eftermiddag).
4. Tillgänglighet: granskningen visade 14 brister, plan för åtgärd tas fram.
5. Nästa möte: 27 augusti.

Antecknat av: Ingrid Holm`, 'credentials'),
  d(`Minnesanteckningar — styrgruppen för e-tjänster, 18 juni

1. Status e-arkiv: migreringen är klar.
2. Budget 2025: nämnden behandlar förslaget 15/8.
3. Säkerhet: leverantören kommer att byta API-nycklar för alla integrationer i höst. Nycklarna ska förvaras
   i lösenordsvalvet och aldrig skickas i mejl. Tobias tar fram en rutin.
4. Tillgänglighet: åtgärdsplan klar, 9 av 14 brister åtgärdade.
5. Nästa möte: 27 augusti.

Antecknat av: Ingrid Holm`),
  d(`Hej Annika,

Tack för ett bra samtal i fredags. Jag vill sammanfatta vad vi kom överens om, så att det finns dokumenterat.

Du fick en skriftlig varning den 3 maj efter att du vid två tillfällen lämnat arbetsplatsen under pågående pass
utan att meddela någon. Vid fredagens uppföljning konstaterade vi att det inte har hänt igen, vilket är bra.
Vi följer upp igen i september. Om det upprepas kan det leda till ytterligare arbetsrättsliga åtgärder.

Du har rätt att ha med dig ett fackligt ombud vid nästa möte.

Hälsningar
Roger Lind
Enhetschef, Särskilt boende Tallbacken

Detta e-postmeddelande kan innehålla information som är konfidentiell. Om du fått det av misstag, radera det.`, 'hr-assessment'),
  d(`Hej alla chefer,

Här kommer påminnelsen om rutinen för arbetsrättsliga åtgärder som vi gick igenom på chefsforum.

En skriftlig varning ska föregås av samtal och dokumentation. Ta alltid kontakt med HR innan ni
lämnar en varning. Medarbetaren har rätt att ha med sig ett fackligt ombud. Uppföljning ska ske
inom tre månader. Mallar finns i HR-portalen under "Arbetsrätt".

Hälsningar
Roger Lind
Enhetschef, Särskilt boende Tallbacken

Detta e-postmeddelande kan innehålla information som är konfidentiell. Om du fått det av misstag, radera det.`),
  d(`Hi team,

Quick weekly update from the international office.
1) Exchange applications for spring are closed; we received 42.
2) Welcome day for incoming students is on 20 January, please sign up for a shift.
3) One of our new coordinators, Tariq, mentioned at lunch that he is Kurdish and grew up in Diyarbakır –
   he'd be happy to help out with Kurdish-speaking families at the open house.
4) The printer on floor 2 is broken again. IT is notified.

Cheers,
Helen
International Office`, 'ethnic-origin'),
  d(`Hi team,

Quick weekly update from the international office.
1) Exchange applications for spring are closed; we received 42, from 17 countries.
2) Welcome day for incoming students is on 20 January, please sign up for a shift.
3) We are looking for staff who speak Kurdish, Arabic or Somali to help out at the open house.
   Interpreters can also be booked through the language service.
4) The printer on floor 2 is broken again. IT is notified.

Cheers,
Helen
International Office`),
  d(`Från: Kalle Nilsson
Skickat: den 5 november 11:02
Till: Lönecenter
Ämne: Fel lön i oktober

Hej,
Jag fick 28 450 kr i oktober men enligt mitt anställningsbevis ska jag ha 31 200 kr i månadslön.
OB-tillägget för helgerna 12–13 och 19–20 oktober saknas också. Kan ni se över det?

Tacksam för snabbt svar,
Kalle Nilsson
Undersköterska, Hemtjänst Öst

--
Lönecenter svarar normalt inom 3 arbetsdagar.`, 'salary'),
  d(`Från: Lönecenter
Skickat: den 5 november 11:45
Till: Alla medarbetare
Ämne: Information om utbetalning i november

Hej,
Novemberlönen betalas ut den 25 november. Glöm inte att attestera tidrapporter senast 10 november.
OB-tillägg för oktober betalas ut med novemberlönen.
Om du tycker att din lön är fel ska du i första hand kontakta din närmaste chef.

Vänliga hälsningar
Lönecenter

--
Lönecenter svarar normalt inom 3 arbetsdagar.`),
  d(`Handläggare: Sofia Berglund
Journalanteckning 2024-03-11, ekonomiskt bistånd

Klienten Mohammed Yusuf besökte mottagningen. Han ansöker om försörjningsstöd för april. Inkomster: inga sedan
a-kassan upphörde i februari. Hyran 7 850 kr/mån. Han har två barn som bor hos honom varannan vecka.
Han uppger att han söker arbete aktivt och har kontakt med Arbetsförmedlingen.
Beslut: bifall enligt norm, utbetalning 25/3.
Nästa besök: 8 april.`, 'social'),
  d(`Handläggare: Sofia Berglund
Anteckning från handläggarmöte 2024-03-11, ekonomiskt bistånd

Vi diskuterade hur vi ska hantera ansökningar om försörjningsstöd när a-kassan upphört mitt i en månad.
Riktlinjen säger att vi räknar med faktisk inkomst under ansökningsmånaden.
Riksnormen för 2024 gick igenom, och vi gick igenom vad som gäller för barn som bor växelvis.
Nästa möte: 8 april. Ta med frågor om den nya blanketten.`),
  d(`[10:41] Jimmy K: har nån sett nya listan över skyddsombud?
[10:42] Elin W: ja den ligger på intranätet
[10:43] Jimmy K: tack. förresten, Rebecka i vårt team har gått med i Vårdförbundet nu, hon sa att Kommunal inte hjälpte henne med schemagrejen
[10:44] Elin W: ah ok, smart
[10:45] Jimmy K: hon är väl typ med i styrelsen för avdelningen redan haha
[10:46] Elin W: snabbt jobbat
[10:50] Jimmy K: ska du med på fredagsfika?
[10:51] Elin W: ja!`, 'trade-union'),
  d(`[10:41] Jimmy K: har nån sett nya listan över skyddsombud?
[10:42] Elin W: ja den ligger på intranätet
[10:43] Jimmy K: tack. vet du om Vårdförbundet eller Kommunal har bäst försäkring?
[10:44] Elin W: ingen aning, kolla deras hemsidor. de har info om inkomstförsäkring
[10:45] Jimmy K: ok. det är nåt med medlemsavgiften också
[10:46] Elin W: fråga på facklig tid på torsdag, de har bord i matsalen
[10:50] Jimmy K: ska du med på fredagsfika?
[10:51] Elin W: ja!`),
  d(`Nyhetsbrev från Kultur och fritid – maj

I detta nummer:
▸ Sommarlovsaktiviteter: anmälan öppnar 15 maj.
▸ Pride i Storvika: vi deltar i paraden den 8 juni med kommunens vagn. Alla medarbetare är välkomna!
▸ Medarbetarporträttet: möt Jonatan på ungdomsgården Kompassen, som berättar om sitt arbete med
  HBTQ-ungdomar och om hur det var att själv komma ut som gay i en liten ort på 90-talet.
▸ Biblioteket firar 50 år med jubileumsvecka.

Trevlig läsning!
Redaktionen`, 'sex-life'),
  d(`Nyhetsbrev från Kultur och fritid – juni

I detta nummer:
▸ Sommarlovsaktiviteter: fortfarande platser kvar på kanotlägret.
▸ Pride i Storvika: tack till alla som gick i paraden! Över 200 medarbetare deltog.
▸ Medarbetarporträttet: möt Jonatan på ungdomsgården Kompassen, som berättar om HBTQ-certifieringen och
  om hur gården blivit en trygg plats för unga oavsett sexuell läggning eller könsidentitet.
▸ Biblioteket: ny utställning om queer litteratur.

Trevlig läsning!
Redaktionen`),
  d(`Från: Ulrika Svensson
Skickat: den 14 januari 08:55
Till: Rektor; Elevhälsan
Ämne: Oro för Amira i 6C

Hej,
Jag vill lyfta Amira Haddad i 6C. Hennes frånvaro har ökat kraftigt – 38 % under december, mest
måndagar och fredagar. Hon har inte lämnat in något i SO sedan november och fick F på matteprovet.
Hon säger själv att hon är trött. Jag har pratat med mamma som inte verkar förstå allvaret.
Kan vi ta upp henne på EHT på onsdag?

Ulrika
Klasslärare 6C, Ekbackaskolan`, 'grades'),
  d(`Från: Ulrika Svensson
Skickat: den 15 januari 08:55
Till: Rektor; Elevhälsan
Ämne: Frånvarostatistik

Hej,
Jag har sammanställt frånvaron för mellanstadiet under december. Snittet är 9 %, vilket är högre än
i fjol. Mest frånvaro är det måndagar och fredagar. Jag tycker vi behöver diskutera rutinerna för
frånvaroanmälan och när vi ska kontakta vårdnadshavare. Kan vi ta upp det på EHT på onsdag?

Ulrika
Klasslärare 6C, Ekbackaskolan`),
  d(`Hej Lars,

Jag har nu gått igenom Jennys lönekrav. Hon har i dag 41 500 kr och begär 45 000 kr med hänvisning till
marknadslönen för systemförvaltare. Mitt förslag är att vi erbjuder 43 200 kr från 1 april plus ett
engångsbelopp på 10 000 kr för projektet med ekonomisystemet. Vad säger du?

Det här stannar mellan oss tills förhandlingen är klar.

/Maja
Avdelningschef IT`, 'salary'),
  d(`Hej Lars,

Jag har nu gått igenom underlaget för lönerevisionen för IT-avdelningen. Utrymmet är 3,4 % totalt och vi
ska enligt avtalet prioritera systemförvaltare, där marknadslönen ligger högre än vår nivå.
Ingen medarbetare ska få noll utan särskild motivering. Vi har avstämning med Unionen och Saco-S den 12 mars.

Kan du ta fram statistiken per befattning?

/Maja
Avdelningschef IT`),
  d(`Hej,

Jag skickar härmed mina uppgifter för utbetalning av arvode för föreläsningen den 4 oktober.
Namn: Stefan Ek
Bank: Nordbanken
Clearingnummer: 8327-9
Kontonummer: 914 552 803-4
Arvode enligt överenskommelse: 6 000 kr.

Kvitto på resekostnaderna bifogas.

Tack på förhand!
Stefan Ek
Fristående föreläsare`, 'bank-account'),
  d(`Hej,

Tack för att du föreläste den 4 oktober! För att vi ska kunna betala ut arvodet behöver vi att du registrerar
dig som leverantör. Fyll i blanketten "Ny leverantör" på vår webbplats och ange bankgiro eller
clearingnummer och kontonummer. Skicka inte kontouppgifter via e-post av säkerhetsskäl.
Arvode enligt överenskommelse: 6 000 kr. Kvitto på resekostnader bifogas blanketten.

Vänliga hälsningar
Ekonomienheten`),
  d(`Sammanfattning av samtal, Vänskapsföreningen, 3 oktober

Närvarande: Per, Anja, Hussein, Katarina (sekreterare)

1. Ekonomi – kassan är 12 400 kr.
2. Höstens program – filmkväll 17/10, språkcafé varje tisdag.
3. Lokalen – avtalet med kommunen förlängs ett år.
4. Hussein berättade att han som syrisk kristen inte längre vågar gå till sin kyrka i stan efter hoten i somras,
   och frågade om föreningen kan hjälpa till med skjuts till den syrisk-ortodoxa församlingen i Södertälje.
5. Nästa möte 7 november.`, 'religion', 'ethnic-origin'),
  d(`Sammanfattning av samtal, Vänskapsföreningen, 7 november

Närvarande: Per, Anja, Hussein, Katarina (sekreterare)

1. Ekonomi – kassan är 11 900 kr.
2. Höstens program – julfest 14/12, språkcafé varje tisdag.
3. Samarbete med trossamfund – Svenska kyrkan, moskén och den syrisk-ortodoxa församlingen har bjudit in
   till en gemensam dialogkväll om religionsfrihet. Anja svarar att föreningen gärna deltar.
4. Lokalen – nya nycklar delas ut på nästa möte.
5. Nästa möte 5 december.`),
  d(`Från: Ingela Persson
Skickat: den 19 september 15:10
Till: Teamet Ekonomi
Ämne: VB: Nytt kort för inköp

Hej, jag glömde skicka detta till er i fredags.

Från: Bengt Olsson
Skickat: den 13 september 09:02
Ämne: Nytt kort för inköp
Hej Ingela, jag har fått mitt nya inköpskort. Om du behöver beställa kontorsmaterial när jag är borta:
Kortnummer 4571 7360 1234 5678, giltigt till 09/27, CVC 418. Kortet står på mig.
/Bengt

Mvh Ingela`, 'payment-card'),
  d(`Från: Ingela Persson
Skickat: den 20 september 15:10
Till: Teamet Ekonomi
Ämne: VB: Nya rutiner för inköpskort

Hej, jag glömde skicka detta till er i fredags.

Från: Bengt Olsson
Ämne: Nya rutiner för inköpskort
Hej Ingela, från 1 oktober gäller att inköpskort är personliga. Kortnummer, giltighetstid och CVC får
aldrig lämnas ut till kollegor eller skickas via e-post. Vid förlust ska kortet spärras direkt hos banken.
/Bengt

Mvh Ingela`),
  d(`Minnesanteckningar rehabmöte 2024-02-22
Deltagare: Hanna Ek (chef), Pia Borg (HR), Kjell Andersson (medarbetare), Lotta Nyberg (Kommunal, ombud)

Kjell har varit sjukskriven på heltid sedan november på grund av utmattningssyndrom. Läkarintyget gäller till 31/3.
Han vill börja arbetsträna 25 % från april, med start på förmiddagar.
Försäkringskassan har kontaktats. Företagshälsovården har bokat samtal med psykolog.
Lotta deltog som Kjells fackliga ombud från Kommunal.
Uppföljning 18 april.`, 'health', 'trade-union'),
  d(`Minnesanteckningar från chefsutbildning, 2024-02-22
Tema: rehabilitering

Pia från HR gick igenom processen vid sjukskrivning: kontakt under första veckan, rehabplan senast dag 30
om sjukskrivningen väntas bli lång, samverkan med Försäkringskassan och företagshälsovården.
Vi diskuterade arbetsträning och hur man anpassar arbetet vid utmattningssyndrom.
Medarbetaren har rätt att ha med sig ett fackligt ombud från t.ex. Kommunal på rehabmöten.
Nästa utbildningstillfälle: 18 april.`),
  d(`From: Lisa Grant
Sent: Friday 14:22
To: Tom Hedlund
Subject: Feedback on Olof

Hi Tom,
Since you asked for input for Olof's annual review: honestly, he's been struggling. He has missed three
deadlines for the board reports this autumn, and the last one had several errors in the figures that I had to
correct the night before. He's friendly and helpful with the team, but I don't think he's ready for the
senior analyst role he's asking for. Happy to talk it through.

Lisa

Sent from my phone`, 'hr-assessment'),
  d(`From: Lisa Grant
Sent: Friday 14:22
To: Tom Hedlund
Subject: Feedback for annual reviews

Hi Tom,
Since you asked for input on the annual review process: honestly, I think the form is too long. It asks us
to rate deadlines, quality of figures and teamwork on a 1–5 scale, but the scale isn't explained anywhere.
I'd suggest we add examples of what a 3 and a 5 look like for the senior analyst role. Happy to talk it through.

Lisa

Sent from my phone`),
  d(`Till: Socialsekreterare Mottagningen
Från: Förskolan Solrosen
Ämne: Orosanmälan

Vi vill anmäla oro för Alva Lund, 4 år, avdelning Humlan.
Alva har de senaste veckorna kommit till förskolan i samma kläder flera dagar i rad och har varit mycket hungrig.
I torsdags hade hon ett blåmärke på överarmen och sa att "pappa blev arg".
Vi har pratat med mamma som säger att allt är bra.
Kontaktperson: förskollärare Maja Hult, tfn 070-000 12 34.

Med vänlig hälsning
Rektor, Förskolan Solrosen`, 'social', 'health'),
  d(`Till: Alla förskollärare
Från: Rektor, Förskolan Solrosen
Ämne: Rutin för orosanmälan

Hej,
Påminnelse om att vi har anmälningsplikt enligt 14 kap. 1 § SoL. Om ni känner oro för ett barn ska ni
kontakta mig samma dag. Tecken kan vara att barnet ofta är hungrigt, har samma kläder flera dagar eller har
oförklarliga blåmärken. Vi gör anmälan tillsammans. Socialtjänstens mottagning nås på 0000-12 34 56.
Nästa vecka har vi en kort utbildning om orosanmälan på personalmötet.

Med vänlig hälsning
Rektor, Förskolan Solrosen`),
  d(`[2024-06-02 21:14] Nina: fick du veta varför Robin inte kommer på kickoffen?
[2024-06-02 21:16] Oskar: han sa att han och hans pojkvän ska flytta ihop den helgen
[2024-06-02 21:16] Nina: åh visste inte ens att han var ihop med nån
[2024-06-02 21:17] Oskar: ja med Alexander, de har varit tillsammans typ två år
[2024-06-02 21:18] Nina: gulligt! men säg inget, han kanske inte vill att alla vet
[2024-06-02 21:20] Oskar: nej självklart
[2024-06-02 21:22] Nina: ok, ska jag boka bord till 6 eller 7 då?`, 'sex-life'),
  d(`[2024-06-03 21:14] Nina: fick du veta varför Robin inte kommer på kickoffen?
[2024-06-03 21:16] Oskar: han ska flytta den helgen
[2024-06-03 21:16] Nina: ah ok. förresten, ska vi ha nåt Pride-tema på afterworken?
[2024-06-03 21:17] Oskar: kanske, HR pratade om att vi ska synas mer i HBTQ-frågor
[2024-06-03 21:18] Nina: bra, vi kan ju ha regnbågsflaggor
[2024-06-03 21:20] Oskar: japp
[2024-06-03 21:22] Nina: ok, ska jag boka bord till 6 eller 7 då?`),
  d(`Utdrag ur protokoll, Socialnämndens individutskott, 2024-05-16
§ 47 Dnr SN 2024/118
Ansökan om vård enligt 3 § LVU avseende pojke, född 2009 (nedan kallad Adam)

Adam har sedan hösten begått upprepade stölder och ett rån mot en jämnårig i centrum. Han är misstänkt
för narkotikabrott och har vid två tillfällen omhändertagits av polis berusad. Vårdnadshavarna samtycker inte till
placering på HVB. Utskottet beslutar att ansöka hos förvaltningsrätten om vård enligt 3 § LVU.

Handlingarna i ärendet omfattas av sekretess enligt 26 kap. 1 § OSL.`, 'social', 'criminal-record', 'secrecy'),
  d(`Socialnämndens individutskott – kallelse till sammanträde 2024-05-16

Föredragningslista:
§ 45 Val av justerare
§ 46 Information: statistik över placeringar enligt LVU och SoL, första kvartalet
§ 47 Ärenden enligt LVU (behandlas inom stängda dörrar, handlingar skickas separat)
§ 48 Ärenden om ekonomiskt bistånd, delegationsbeslut för anmälan
§ 49 Övriga frågor

Handlingar till § 47 och § 48 skickas krypterat och ska inte vidarebefordras.
Välkomna!
Nämndsekreterare`),
  d(`From: Anders Wallin
To: Recruitment team
Subject: FW: Reference check – candidate B

FYI, notes from my reference call below.

-----Original Message-----
From: Anders Wallin
Sent: 12 February
Reference: former manager at Linköping office, about Sara Björk
- Very strong analytically, delivered the new forecasting model ahead of time.
- Could be stubborn in group discussions, sometimes dismissive of junior colleagues.
- Would rehire her "for the right role". Rated her 4 out of 5 overall.
- Left because she wanted a management role.`, 'hr-assessment'),
  d(`From: Anders Wallin
To: Recruitment team
Subject: FW: Reference check – template

FYI, the template we'll use for reference calls from now on.

-----Original Message-----
From: Anders Wallin
Sent: 12 February
Reference call template:
- Ask about analytical strengths and concrete deliveries.
- Ask about collaboration in groups and with junior colleagues.
- Ask "would you rehire this person?" and for an overall rating 1–5.
- Ask why the candidate left.
Do not ask about health, family or union membership.`),
  d(`God morgon!

Här kommer veckobrevet från klass 3B.
Den här veckan har vi jobbat med multiplikation och läst klart boken om Pippi.
Nästa vecka har vi utflykt till skogen på onsdag – ta med matsäck och kläder efter väder.

Utvecklingssamtalen hålls v 46. Ni bokar tid via Skolplattformen.

PS till Idas föräldrar: Ida har haft svårt med läsningen och ligger under kunskapskraven i svenska just nu.
Jag skulle gärna vilja boka ett extra möte om stöd. /Lotta`, 'grades'),
  d(`God morgon!

Här kommer veckobrevet från klass 3C.
Den här veckan har vi jobbat med multiplikation och läst klart boken om Pippi.
Nästa vecka har vi utflykt till skogen på onsdag – ta med matsäck och kläder efter väder.

Utvecklingssamtalen hålls v 46. Ni bokar tid via Skolplattformen. Vid samtalet går vi igenom hur ert
barn ligger till i förhållande till kunskapskraven i svenska och matte.

PS kom ihåg att anmäla frånvaro före kl 8 i appen. /Lotta`),
  d(`Hej Jessica,

Tack för att du tog fallet med Viktor så smidigt i går.
Som du vet har han skyddad identitet – han har sekretessmarkering i folkbokföringen sedan i vintras på grund av
hoten från sin före detta partner. Se därför till att ingen adress eller telefonnummer hamnar i
utskick eller i kallelsen till nämnden. Använd förvaltningens adress som kontaktadress.

Vi ses på torsdag.
/Mats

Mats Håkansson
Socialsekreterare, Vuxenenheten`, 'protected-identity'),
  d(`Hej Jessica,

Tack för att du tog utbildningspasset om skyddade personuppgifter så smidigt i går.
Som du sa: när en person har sekretessmarkering eller skyddad folkbokföring får ingen adress hamna i utskick.
Vi behöver en tydligare rutin för hur vi hanterar kallelser till nämnden. Kan du skriva ett utkast?
Skatteverket har bra material på sin webbplats.

Vi ses på torsdag.
/Mats

Mats Håkansson
Socialsekreterare, Vuxenenheten`),
  d(`Från: Polisen, Region Mitt
Skickat: den 3 april 14:01
Till: Socialtjänsten Storvika
Ämne: Underrättelse enligt 10 kap. 19 § OSL

Hej,
Härmed underrättas socialtjänsten om att Felix Karlsson, 16 år, i går kväll greps misstänkt för
misshandel och skadegörelse vid Centrumtorget. Han har tidigare hörts som misstänkt för stöld.
Vårdnadshavare är underrättad.

Uppgifterna i detta meddelande omfattas av sekretess.
Med vänlig hälsning
Ungdomsgruppen, Polisen`, 'criminal-record', 'secrecy'),
  d(`Från: Polisen, Region Mitt
Skickat: den 4 april 14:01
Till: Socialtjänsten Storvika
Ämne: Samverkansmöte SSPF

Hej,
Välkomna till vårens samverkansmöte inom SSPF (skola, socialtjänst, polis, fritid) den 18 april kl 9.
Vi går igenom statistiken över ungdomsbrottsligheten i centrum, som visar en ökning av misshandel och
skadegörelse under vintern, och diskuterar hur vi kan arbeta förebyggande. Inga individärenden tas upp på mötet.

Med vänlig hälsning
Ungdomsgruppen, Polisen`),
  d(`Hej Maria!

Här är anteckningarna från dagens överlämning på avdelning 12.
- Sal 4: Gunnar, 82, inlagd för pneumoni, får Tazocin iv, feber 38,9 i morse.
- Sal 5: Eva, 67, post-op höftprotes, mobiliseras med gåbord, smärtlindrad med Oxynorm vid behov.
- Sal 6: tom, städas.
- Apotek: leverans kommer efter lunch.
- Kom ihåg att ny sjuksköterska börjar i morgon.
/Kalle, natt`, 'health'),
  d(`Hej Maria!

Här är anteckningarna från dagens verksamhetsmöte på avdelning 12.
- Beläggning: i snitt 94 % under mars, flest pneumonier och höftfrakturer.
- Läkemedel: nya riktlinjer för smärtlindring efter höftprotes från 1 maj.
- Apotek: leveranserna flyttas till eftermiddagar.
- Bemanning: ny sjuksköterska börjar i morgon.
- Fika: Malin fyller år på fredag.
/Kalle`),
  d(`Hej Tove!

Fick ditt mejl om fotbollsresan. Jag kan tyvärr inte åka med, men jag swishar min del till dig i kväll.
Om det är lättare kan du föra över återbetalningen för förra resan till mitt konto:
Handelsbanken 6123 – 482 119 553. Det var 450 kr.

Kram
Jenny

PS. Glöm inte att lämna in intyget till kansliet!`, 'bank-account'),
  d(`Hej alla föräldrar i P12!

Nu är det dags att betala för fotbollsresan till Göteborg. Kostnaden är 1 850 kr per spelare.
Betala till föreningens bankgiro 123-4567 senast 15 maj och märk betalningen med spelarens namn.
Om ni har betalat för mycket förra resan kan ni få återbetalning, ange då ert kontonummer i
anmälningsformuläret, inte i mejl.

Hälsningar
Tove, lagledare

PS. Glöm inte att lämna in intyget till kansliet!`),
  d(`Från: Rekryteringssystemet Varbi
Skickat: den 7 juni 07:00
Till: Lena Mård
Ämne: Sammanställning personlighetstest – Systemutvecklare, ref 2024/311

Kandidat: Peter Lund
Testresultat (skala 1–10):
Samarbetsförmåga 4 • Stresstålighet 3 • Noggrannhet 9 • Initiativförmåga 6 • Ledarskap 2
Logiskt test: 87:e percentilen.
Kommentar från testledaren: Kandidaten visar låg stresstålighet och kan ha svårt i roller med
hög arbetsbelastning och korta deadlines.

Detta är ett automatiskt meddelande.`, 'hr-assessment'),
  d(`Från: Rekryteringssystemet Varbi
Skickat: den 7 juni 07:00
Till: Lena Mård
Ämne: Nu är testet skickat – Systemutvecklare, ref 2024/311

Hej!
Personlighetstestet och det logiska testet har nu skickats till de 6 kandidater du valt ut.
Testet mäter samarbetsförmåga, stresstålighet, noggrannhet, initiativförmåga och ledarskap på en skala 1–10.
Du får en sammanställning när kandidaterna har genomfört testet, senast 14 juni.

Detta är ett automatiskt meddelande.`),
  d(`Subject: RE: RE: Lunch seminar on Thursday

Yes, count me in! Vegetarian please.

> On Tuesday, Farah wrote:
> Great! I'll book the big room. Just so you know, the speaker is my neighbour, Joakim – he's been a
> Moderate party councillor here for ten years and campaigned for them in every election, so expect some
> strong opinions on the budget.
>
>> On Monday, Anton wrote:
>> Does anyone know a good speaker on municipal finances for our lunch seminar?`, 'political-opinion'),
  d(`Subject: RE: RE: Lunch seminar on Thursday

Yes, count me in! Vegetarian please.

> On Tuesday, Farah wrote:
> Great! I'll book the big room. The speaker is from the Association of Local Authorities. She'll talk
> about how the parties in the council negotiated the budget and why the Moderates and the Social
> Democrats disagree about the tax rate.
>
>> On Monday, Anton wrote:
>> Does anyone know a good speaker on municipal finances for our lunch seminar?`),
  d(`Klinisk genetik – svar på analys
Remittent: Dr Helena Borg, Medicinkliniken
Patient: Karin Sandberg

Analys: BRCA1/BRCA2, helgenomsekvensering
Resultat: Patogen variant påvisad i BRCA1 (c.68_69delAG), heterozygot.
Tolkning: Förenlig med ärftlig bröst- och äggstockscancer. Genetisk vägledning rekommenderas, och
kaskadtestning av förstagradssläktingar (syster Lena och dotter Maja) bör erbjudas.

Signerat: Överläkare, Klinisk genetik`, 'genetic', 'health'),
  d(`Klinisk genetik – information till remittenter

Från 1 september ändras rutinerna för remisser för BRCA1/BRCA2-analys.
Remissen ska innehålla släktträd över tre generationer och uppgift om vilka släktingar som haft cancer.
Svarstiden är normalt 6–8 veckor. Vid påvisad patogen variant erbjuds patienten genetisk vägledning och
kaskadtestning av släktingar.
Frågor besvaras av vår koordinator på telefon 0000-55 66 77.

Klinisk genetik, Regionsjukhuset`),
];
