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
  d(`Från: Tidrapportsystemet Heroma
Skickat: den 30 januari 06:00
Till: Johanna Strand
Ämne: Påminnelse: attestera lönehändelser

Hej Johanna,
Du har 4 lönehändelser som väntar på attest:
• Ola Berg – övertid 6 tim, 14 jan
• Ola Berg – lönetillägg enligt beslut, ny månadslön 33 900 kr fr.o.m. 1 januari (tidigare 32 400 kr)
• Mira Johansson – OB helg 16 tim
• Mira Johansson – sjukfrånvaro 22–24 jan
Logga in i Heroma för att attestera senast 2 februari.

Detta är ett automatiskt meddelande, svara inte.`, 'salary', 'health'),
  d(`Från: Tidrapportsystemet Heroma
Skickat: den 31 januari 06:00
Till: Johanna Strand
Ämne: Påminnelse: attestera lönehändelser

Hej Johanna,
Du har 4 lönehändelser som väntar på attest. Logga in i Heroma för att se dem.
Lönehändelser som inte är attesterade senast 2 februari kommer inte med på februarilönen.
Typer av händelser som kan behöva attest: övertid, OB-tillägg, lönetillägg, frånvaro.
Manual för attestanter finns på intranätet.

Detta är ett automatiskt meddelande, svara inte.`),
  d(`Hej Sanna,

Jag läste ditt utkast till pressmeddelandet om Romska kulturveckan, det är jättebra!
En sak bara: du skriver att "vår medarbetare Dragan Mirković, som själv är rom, leder workshopen".
Har du frågat Dragan om det är okej att vi skriver ut det? Han har sagt till mig att han inte vill att
hans bakgrund ska stå i media, även om han är öppen med den här på jobbet.
Kanske bättre att bara skriva att han är kulturpedagog?

/Linnea
Kommunikationsenheten`, 'ethnic-origin'),
  d(`Hej Sanna,

Jag läste ditt utkast till pressmeddelandet om Romska kulturveckan, det är jättebra!
En sak bara: du skriver "romer i Storvika" på ett ställe och "den romska minoriteten" på ett annat.
Vi har ett ansvar enligt minoritetslagen att samråda med nationella minoriteter, så kanske vi ska nämna
samrådsgruppen? Workshopen leds av en kulturpedagog från Romska rådet.

/Linnea
Kommunikationsenheten`),
  d(`Anteckningar, samråd med sverigefinska gruppen 2024-03-05

Närvarande: Aila Koskinen, Pekka Laine, Marja Ruotsalainen, samordnare Henrik Ström (förvaltning)
1. Finskspråkig förskola – kön är nu 11 barn, önskemål om en till avdelning.
2. Äldreomsorg på finska – Marja berättade att hennes mamma, som är sverigefinne och har glömt sin svenska
   efter demensdiagnosen, inte får finsktalande personal i hemtjänsten.
3. Budget för finska veckan – 15 000 kr beviljat.
4. Nästa samråd 4 juni.`, 'ethnic-origin', 'health'),
  d(`Anteckningar, samråd med sverigefinska gruppen 2024-06-04

Närvarande: representanter för föreningarna, samordnare Henrik Ström (förvaltning)
1. Finskspråkig förskola – ny avdelning öppnar i augusti.
2. Äldreomsorg på finska – kommunen ska kartlägga hur många i personalen som talar finska.
   Enligt minoritetslagen har sverigefinnar rätt till äldreomsorg helt eller delvis på finska.
3. Finska veckan – programmet är klart.
4. Nästa samråd 3 september.`),
  d(`Från: Tomas Lindgren
Skickat: den 22 oktober 17:33
Till: Karin Ek
Ämne: SV: Förtroendevalda i nämnden

Hej Karin,
Jag förstår att det är känsligt, men jag tycker vi måste ta det på allvar. Vår handläggare Ronja Falk har
kandiderat för Sverigedemokraterna i kommunvalet och sitter nu som ersättare i byggnadsnämnden.
Hon handlägger samtidigt bygglov. Det är ingen jävssituation i sig, men vi måste vara noga i ärenden där
partiet drivit frågan.

/Tomas`, 'political-opinion'),
  d(`Från: Tomas Lindgren
Skickat: den 23 oktober 17:33
Till: Karin Ek
Ämne: SV: Förtroendevalda i nämnden

Hej Karin,
Jag förstår att det är känsligt, men jag tycker vi måste ha en tydlig rutin för jäv. När en tjänsteperson
också är förtroendevald för något parti – oavsett om det är Sverigedemokraterna, Socialdemokraterna eller
något annat – behöver vi kunna hantera ärenden där nämnden och förvaltningen möts.
Kan juristen ta fram ett PM?

/Tomas`),
  d(`Veckorapport, fältgruppen v 42

Måndag: patrull i centrum, lugnt.
Tisdag: samtal med tre ungdomar vid busstationen. En av dem, Kevin (15), berättade att han har flyttat
hem till sin farmor eftersom mamma har återfallit i sitt missbruk och socialtjänsten har en pågående
utredning om honom. Vi har kontaktat hans handläggare.
Onsdag: föräldramöte på Västerskolan om droger.
Torsdag: möte med polisen.
Fredag: fältarbete vid fotbollsplanen.
/Fältassistenterna`, 'social'),
  d(`Veckorapport, fältgruppen v 43

Måndag: patrull i centrum, lugnt.
Tisdag: samtal med ungdomar vid busstationen om hur de upplever kvällarna. Flera efterfrågar fler
aktiviteter på helgerna.
Onsdag: föräldramöte på Västerskolan om droger och missbruk – 45 föräldrar kom.
Torsdag: möte med polisen och socialtjänsten om den nya samverkansöverenskommelsen.
Fredag: fältarbete vid fotbollsplanen.
/Fältassistenterna`),
  d(`From: Priya Raman
To: Gustav Löf
Subject: Re: Team offsite next month

Hi Gustav,
Sounds great, I'll be there. One thing for planning: my partner Elin will pick me up after dinner, so I won't
need the hotel room on the second night. (And yes, for those who've been wondering – I'm with a woman now,
so there's no need to keep asking about my "boyfriend", haha.)
Also, could we get a vegetarian option at the dinner?

Thanks,
Priya

> Hi all, please let me know about room needs and diets for the offsite. /Gustav`, 'sex-life'),
  d(`From: Priya Raman
To: Gustav Löf
Subject: Re: Team offsite next month

Hi Gustav,
Sounds great, I'll be there. One thing for planning: the inclusion workshop on day two – could the trainer
also cover how to talk about partners without assuming gender? Several people asked after the LGBTQ
training last spring. Also, could we get a vegetarian option at the dinner?

Thanks,
Priya

> Hi all, please let me know about room needs and diets for the offsite. /Gustav`),
  d(`Till: Mentorer åk 9
Från: Studie- och yrkesvägledare
Ämne: Gymnasieval – elever som riskerar att inte bli behöriga

Hej!
Inför gymnasievalet har jag gått igenom terminsbetygen. Följande elever saknar i dag godkänt i ämnen som
krävs för behörighet till nationellt program:
- Hugo Strand, 9A: F i engelska och matematik
- Selma Aho, 9B: F i svenska
- Milo Virtanen, 9C: F i matematik, hög frånvaro (42 %)
Jag vill träffa dem och deras vårdnadshavare före sportlovet. Kan ni hjälpa mig boka?

Tack!
Karolina, SYV`, 'grades'),
  d(`Till: Mentorer åk 9
Från: Studie- och yrkesvägledare
Ämne: Gymnasieval – information

Hej!
Inför gymnasievalet: för behörighet till nationellt yrkesprogram krävs godkänt betyg i svenska, engelska,
matematik och ytterligare fem ämnen. För högskoleförberedande program krävs tolv godkända ämnen.
Jag kommer att gå igenom terminsbetygen och kontakta er om elever som riskerar att inte bli behöriga.
Valet öppnar 1 februari.

Tack!
Karolina, SYV`),
  d(`Hej allesammans,

Sammanfattning från dagens löneöversynsmöte med Sveriges Lärare.
Vi gick igenom individuella löner för lärare på Västerskolan.
- Anna Persson: 36 900 kr, föreslås 38 100 kr (ny förstelärare)
- Björn Rask: 34 200 kr, föreslås 35 000 kr
- Cecilia Wahl: 39 500 kr, oförändrad i väntan på samtal
Facket har invändningar om Cecilias lön och vill förhandla vidare den 15 maj.
Jag återkommer med protokollet.

/Ylva, personalspecialist`, 'salary'),
  d(`Hej allesammans,

Sammanfattning från dagens möte med Sveriges Lärare om årets löneöversyn.
- Avtalet ger ett utrymme på 3,3 % för lärare.
- Förstelärartillägget är fortsatt 5 000 kr i månaden.
- Facket vill att vi prioriterar lärare med lång erfarenhet och låg lön.
- Nästa möte den 15 maj, då vi tittar på utfallet per skola.
Jag återkommer med protokollet.

/Ylva, personalspecialist`),
  d(`Anteckningar från handledning, 14/11 (Vuxenenheten)

Ärende A: Mannen, 52, som bor på stödboendet på Björkgatan. Han har beviljats bistånd i form av boendestöd
enligt 4 kap. 1 § SoL, två besök per vecka. Han har återfallit i alkohol och har uttryckt önskan om
LVM-utredning "innan det blir för sent". Vi diskuterade frivillig behandling på Nybro behandlingshem först.

Ärende B: Utredningen om familjen på Lärkvägen pausas i väntan på skolans yttrande.

Handledare: Elsa Moberg`, 'social', 'health'),
  d(`Anteckningar från handledning, 28/11 (Vuxenenheten)

Tema: hur vi arbetar med motiverande samtal vid missbruk.
Vi diskuterade skillnaden mellan frivilliga insatser enligt SoL och tvångsvård enligt LVM, och när det är
rimligt att inleda en LVM-utredning. Handledaren betonade att boendestöd ofta är en bra första insats.
Nästa tema: anhörigas roll.

Handledare: Elsa Moberg`),
  d(`[08:15] Malin R: tjena, har du koden till förrådet? ska hämta stolar till konferensen
[08:16] Patrik N: 2207 sen stjärna
[08:16] Malin R: tack!
[08:18] Patrik N: och om du behöver wifi i konferensrummet: nät "Gäst-Storvika", lösen Storvika!2024konf
[08:19] Malin R: perfekt
[08:40] Malin R: stolarna är på plats
[08:41] Patrik N: 👍`, 'credentials'),
  d(`[08:15] Malin R: tjena, var hittar jag stolar till konferensen?
[08:16] Patrik N: i förrådet, fråga receptionen om koden
[08:16] Malin R: tack!
[08:18] Patrik N: och wifi i konferensrummet ska gästerna få på en lapp, den ligger i receptionen
[08:19] Malin R: perfekt, och kod till skrivaren?
[08:20] Patrik N: man loggar in med sitt kort
[08:40] Malin R: stolarna är på plats
[08:41] Patrik N: 👍`),
  d(`Hej Martin,

Apropå säkerhetsprojektet: vi har nu registrerat fingeravtryck för alla i serverhallsgruppen.
Det blev problem med Agnes – hennes fingeravtryck går inte att läsa av ordentligt (hon har mycket torr hud efter
eksem), så vi har lagt in en ansiktsmall för henne i stället. Mallen är registrerad på hennes personnummerlösa
anställnings-id 4471 i systemet.

Resten av gruppen är klar. Kan du godkänna att vi stänger den gamla kodlåsdörren?

/Hampus, säkerhetssamordnare`, 'biometric', 'health'),
  d(`Hej Martin,

Apropå säkerhetsprojektet: leverantören föreslår att vi byter kodlåset till serverhallen mot en läsare
som använder fingeravtryck eller ansiktsigenkänning. Innan vi går vidare måste vi göra en konsekvensbedömning
enligt GDPR, eftersom biometriska uppgifter är känsliga personuppgifter. Dataskyddsombudet vill vara med.
Alternativet är passerkort med PIN.

Kan du boka ett möte nästa vecka?

/Hampus, säkerhetssamordnare`),
  d(`Från: Ewa Nilsson
Skickat: den 8 maj 12:47
Till: Rektor
Ämne: VB: Klagomål från vårdnadshavare

Hej Göran,
Jag vidarebefordrar mejlet nedan. Jag har inte svarat än.

> Från: Per Johansson
> Till: Ewa Nilsson
> Ämne: Klagomål
> Hej. Min son Vincent i 7B kom hem och berättade att hans mattelärare Robert sagt att han "är för dum för
> matte". Robert har också flera gånger kommit för sent till lektionerna och lämnat klassen ensam. Jag kräver att
> skolan gör något.

Ewa, biträdande rektor`, 'hr-assessment'),
  d(`Från: Ewa Nilsson
Skickat: den 9 maj 12:47
Till: Rektor
Ämne: VB: Fråga om klagomålsrutin

Hej Göran,
Jag vidarebefordrar mejlet nedan. Jag har inte svarat än.

> Från: Per Johansson
> Till: Ewa Nilsson
> Ämne: Fråga
> Hej. Hur gör man om man vill klaga på en lärares bemötande? Finns det en blankett? Jag hittar inget på
> skolans webbsida om klagomålsrutinen.

Ewa, biträdande rektor`),
  d(`Hej Sofie!

Nu har jag fått besked från Försäkringskassan om min ersättning. Jag skickar skärmdumpen här så att
du kan lägga in det i rehabplanen.

Bara så du vet – min man Ahmad är också sjukskriven just nu, så om jag inte svarar i telefon är det för att
jag hämtar barnen.

Jag har inte bett om hjälp från socialen, men vi har fått ekonomiskt bistånd för hyran två månader i år.
Det känns jobbigt att berätta men du frågade om vår ekonomi.

/Leila`, 'health', 'social'),
  d(`Hej Sofie!

Tack för informationen om rehabplanen. Jag har läst på Försäkringskassans webbplats om hur ersättningen
räknas vid deltidssjukskrivning. Det var bra att veta att man kan söka ekonomiskt bistånd hos kommunen om
inkomsten inte räcker, och att hyresgästföreningen har en ekonomisk rådgivning.
Jag tycker det är bra att sådan information finns i personalhandboken.

/Leila`),
  d(`Mötesanteckningar – Facklig samverkansgrupp (FSG), Barn- och utbildningsförvaltningen, 11 april

Närvarande: förvaltningschef, HR-chef, Vision (Linda Åkesson), Sveriges Lärare (Maria Holmberg),
Kommunal (Stefan Nord), Akademikerförbundet SSR (frånvarande)
1. Budgetuppföljning – prognos −2,1 mkr.
2. Arbetsmiljö – sjukfrånvaron har ökat på fritidshemmen.
3. Information om att Maria Holmberg avgår som huvudombud för Sveriges Lärare i juni och efterträds av Pontus Lind.
4. Övrigt – inga övriga frågor.`, 'trade-union'),
  d(`Mötesanteckningar – Facklig samverkansgrupp (FSG), Barn- och utbildningsförvaltningen, 9 maj

Närvarande: förvaltningschef, HR-chef, företrädare för Vision, Sveriges Lärare och Kommunal
1. Budgetuppföljning – prognos −1,8 mkr.
2. Arbetsmiljö – sjukfrånvaron på fritidshemmen har minskat något.
3. Samverkansavtalet – parterna är överens om att se över avtalet i höst.
4. Övrigt – nästa möte hålls 13 juni.`),
  d(`Hej Kristoffer,

Här är mina anteckningar från samtalet med Nadia Abdi i dag.
Hon berättade att hon kom till Sverige från Somalia 2012 och att hennes familj tillhör en minoritetsklan,
vilket gjorde att hon inte ville ha en somalisk tolk från samma område. Vi bokade en tolk via telefon från en annan
region i stället. Hon vill gärna ha kontakt med en kvinnlig handläggare framöver.
Nästa möte 2 maj.

/Elin, integrationshandläggare`, 'ethnic-origin'),
  d(`Hej Kristoffer,

Här är mina anteckningar från utbildningen om tolkanvändning i dag.
Föreläsaren tog upp att man ibland behöver ta hänsyn till vilken region eller klan en tolk kommer ifrån,
till exempel när man tolkar från somaliska, och att man alltid ska fråga klienten om hen har önskemål om tolkens kön.
Telefontolk kan vara ett bra alternativ.
Nästa utbildning 2 maj.

/Elin, integrationshandläggare`),
  d(`From: Mark Jensen
To: HR Helpdesk
Subject: Union dues deduction

Hello,
I'm a member of Unionen since last month and I'd like my union dues deducted from my salary, as I had at
my previous employer. My membership number is 778-4421. Is that possible here? If not, I'll set up an autogiro
with them.

Thanks,
Mark Jensen
IT technician, Service department`, 'trade-union'),
  d(`From: HR Helpdesk
To: Mark Jensen
Subject: RE: Union dues deduction

Hello Mark,
Thank you for your question. The municipality does not deduct union dues from salaries. Each union handles
its own membership fees, usually via autogiro. You can read about the different unions (Unionen, Vision,
Kommunal, Saco unions and others) on the intranet page "Fackliga organisationer".

Best regards,
HR Helpdesk`),
  d(`Uppföljning – betygsprognoser VT, Gymnasiet Kunskapsporten, NA22b

Kurs: Matematik 4
- Elin B: prognos C (provresultat 34/50)
- Jonas G: prognos E, saknar inlämning 3
- Ture H: prognos F, frånvaro 31 %, har inte skrivit delprov 2
- Yara M: prognos A
Kommentar: Ture behöver anpassningar. Mentorn är informerad.
/Ansvarig lärare, Matematik`, 'grades'),
  d(`Uppföljning – betygsprognoser VT, Gymnasiet Kunskapsporten

Rutin för alla kurser:
- Prognoser läggs in i Schoolsoft senast vecka 10.
- Elever med prognos F ska ha en åtgärdsplan.
- Frånvaro över 15 % ska rapporteras till mentor.
- Delprov som missas kan skrivas vid omprovstillfället i vecka 14.
Betygen sätts i slutet av kursen enligt betygskriterierna.
/Ledningsgruppen`),
  d(`Minnesanteckningar APT, Lönecenter, 2024-09-03
Närvarande: 9 medarbetare, chef Agneta Wik

1. Välkommen till nya kollegan Simon.
2. Systembyte – testmiljön öppnar 1 oktober.
3. Semesteruttag – alla har tagit minst fyra veckor.
4. Arbetsbelastning – vi har fått in många frågor om lönerevisionen.
5. Medarbetarenkäten – resultatet presenteras i oktober.
6. Övrigt – Agneta berättade att hon har haft samtal med Kenneth efter incidenten i augusti, där han
   skickade fel lönefil till banken utan att stämma av. Han har fått en skriftlig erinran och kommer att
   ha fyra ögon-principen på alla utbetalningsfiler under hösten.
7. Nästa APT 1 oktober.`, 'hr-assessment'),
  d(`Minnesanteckningar APT, Lönecenter, 2024-10-01
Närvarande: 8 medarbetare, chef Agneta Wik

1. Systembyte – testmiljön är öppen, alla ska testa sina flöden.
2. Semesteruttag – planering för jul.
3. Incidenter – i augusti skickades en felaktig lönefil till banken. Vi inför fyra ögon-principen på alla
   utbetalningsfiler från och med nu. Det handlar om rutinen, inte om någon enskild person.
4. Medarbetarenkäten – resultatet visar hög arbetsbelastning, vi tar fram handlingsplan.
5. Nästa APT 5 november.`),
  d(`Hej!

Jag är handläggare på LSS-enheten och har fått ärendet om Jakob Sundberg, 23 år.
Jakob har autism och en lindrig intellektuell funktionsnedsättning och ansöker om daglig verksamhet
enligt 9 § 10 LSS samt om ledsagarservice. Han bor i dag hemma hos sina föräldrar.
Jag behöver ett läkarutlåtande och ett utlåtande från habiliteringen. Kan ni skicka det senast 15 mars?

Tack på förhand,
Amanda Roos
Biståndshandläggare LSS
Storvika kommun

Detta e-postmeddelande kan innehålla uppgifter som omfattas av sekretess enligt 26 kap. OSL.`, 'social', 'health', 'secrecy'),
  d(`Hej!

Jag är handläggare på LSS-enheten och vill informera om att vi har ändrat rutinerna för utlåtanden.
När någon ansöker om daglig verksamhet enligt 9 § 10 LSS eller om ledsagarservice behöver vi numera
ett läkarutlåtande och ett utlåtande från habiliteringen innan vi påbörjar utredningen.
Blanketter finns på kommunens webbplats.

Tack på förhand,
Amanda Roos
Biståndshandläggare LSS
Storvika kommun

Detta e-postmeddelande kan innehålla uppgifter som omfattas av sekretess enligt 26 kap. OSL.`),
  d(`[2024-10-11 13:02] Rasmus: såg du valaffischerna på torget?
[2024-10-11 13:03] Felicia: ja. förresten visste du att Göran i ekonomi sitter i kommunfullmäktige för KD?
[2024-10-11 13:03] Rasmus: nej?? han som alltid pratar om skattesänkningar
[2024-10-11 13:04] Felicia: jo, han delade flygblad vid Ica i lördags
[2024-10-11 13:05] Rasmus: haha ok. han är väl engagerad
[2024-10-11 13:06] Felicia: och han röstade nej till nya simhallen
[2024-10-11 13:10] Rasmus: hm, jag ska nog inte ta upp det på fikat
[2024-10-11 13:12] Felicia: 😅`, 'political-opinion'),
  d(`[2024-10-12 13:02] Rasmus: såg du valaffischerna på torget?
[2024-10-12 13:03] Felicia: ja, KD och S har typ lika stora affischer
[2024-10-12 13:03] Rasmus: det är val om ett år, de kör igång tidigt
[2024-10-12 13:04] Felicia: kommunfullmäktige röstade om nya simhallen i går förresten
[2024-10-12 13:05] Rasmus: och?
[2024-10-12 13:06] Felicia: det blev ja, med röstsiffrorna 31–30
[2024-10-12 13:10] Rasmus: oj knappt
[2024-10-12 13:12] Felicia: 😅`),
  d(`Från: Karin Ahl
Skickat: den 6 december 10:08
Till: Personalgruppen
Ämne: Julbord och önskemål

Hej alla!
Här är sammanställningen av önskemål inför julbordet:
- Vegetariskt: 6 st
- Laktosfritt: 3 st
- Halal: Omar och Samira
- Ingen alkohol: Samira och Henrik
- Jonas har bett att vi inte lägger julbordet på en fredagskväll eftersom han firar sabbat, han är ju
  praktiserande jude.
Vi landar därför på torsdag 12 december. Hoppas det passar alla!
/Karin`, 'religion'),
  d(`Från: Karin Ahl
Skickat: den 7 december 10:08
Till: Personalgruppen
Ämne: Julbord och önskemål

Hej alla!
Här är sammanställningen av önskemål inför julbordet:
- Vegetariskt: 6 st
- Laktosfritt: 3 st
- Halal: 2 st
- Ingen alkohol: 4 st
Vi försöker alltid välja en dag som fungerar för alla, oavsett religiösa högtider, så vi landar på
torsdag 12 december. Hoppas det passar alla!
/Karin`),
  d(`Case note – Family support team, 21 March

Attendees: caseworker Jonas Eriksson, mother (Anna), father (Rikard), interpreter not needed
Summary: The family was referred after a report of concern from the school regarding their daughter Tilde (12).
Anna explained that the family lost their income when Rikard's company went bankrupt and that they have
been without electricity twice this winter. The children have missed school as a result.
Plan: application for financial assistance (ekonomiskt bistånd) to be submitted this week; contact with the
budget and debt advisor; follow-up home visit 4 April.
Jonas Eriksson, social worker`, 'social', 'grades'),
  d(`Case note template – Family support team

Attendees: caseworker, parents, interpreter if needed
Summary: Describe why the family was referred (e.g. a report of concern from school) and the family's
own view of the situation. Note income, housing and school attendance in general terms.
Plan: list agreed actions, e.g. application for financial assistance, contact with the budget and debt
advisor, follow-up home visit.
Remember: case notes must be entered in the journal system, not sent by e-mail.`),
  d(`Hej Lena!

Som du bad om: här är underlaget inför förhandlingen om Rolands lön.
Roland Ek, fastighetsskötare, nuvarande lön 29 800 kr. Han begär 32 000 kr och hänvisar till att han tagit
över ansvaret för tre nya fastigheter. Kommunal (Birgit Ström, som är Rolands ombud) stöder kravet.
Mitt förslag: 31 000 kr från 1 juni plus översyn om ett år.

/Gunnel, HR`, 'salary', 'trade-union'),
  d(`Hej Lena!

Som du bad om: här är underlaget inför förhandlingarna med Kommunal om fastighetsskötarnas löner.
Snittlönen för fastighetsskötare i kommunen är 29 400 kr, medianen i regionen är 30 900 kr.
Kommunal kräver en särskild satsning på yrkesgruppen eftersom ansvaret har ökat.
Mitt förslag: vi diskuterar en satsning på 1 % utöver det generella utrymmet.

/Gunnel, HR`),
  d(`Inkommen via webbformulär, 2024-11-02 22:41
Kategori: Felanmälan, Bostad
Namn: Sami Ödmark
Adress: Lägenhet 1104, Granvägen 7

Meddelande: Hej, element i sovrummet fungerar inte. Jag har skyddad identitet (sekretessmarkering)
så det är viktigt att hantverkarna inte skriver mitt namn på dörrlappen eller lämnar ut adressen till någon.
Ring mig före besök på 070-000 55 44. Porten har kod 1984.

Svar från Fastighetsbolaget: Tack, vi har skapat arbetsorder 55130.`, 'protected-identity', 'credentials'),
  d(`Inkommen via webbformulär, 2024-11-03 22:41
Kategori: Fråga, Bostad
Namn: (ej angivet)

Meddelande: Hej, hur hanterar ni hyresgäster som har skyddad identitet eller sekretessmarkering? Får
hantverkare skriva namn på dörrlappar? Jag undrar inför att jag ska flytta.

Svar från Fastighetsbolaget: Hej! Vi har en särskild rutin för hyresgäster med skyddade personuppgifter.
Namn skrivs aldrig ut på lappar, och vi kontaktar alltid hyresgästen före besök. Välkommen att ringa oss.`),
  d(`Från: Mentor åk 2, Barn- och fritidsprogrammet
Till: Vårdnadshavare till Linnea Hagström
Ämne: Frånvaro och studieresultat

Hej!
Jag vill informera om att Linneas frånvaro nu är 27 %, varav 19 % ogiltig. Enligt CSN:s regler kan det leda
till att studiebidraget dras in, och vi är skyldiga att rapportera ogiltig frånvaro.
I kursen Pedagogiskt ledarskap har hon fått F på två moment och kommer inte att klara kursen om inget ändras.
Jag skulle gärna vilja ha ett möte. Passar tisdag 14 november kl 15?

Med vänlig hälsning
Frida Lund, mentor`, 'grades'),
  d(`Från: Mentor åk 2, Barn- och fritidsprogrammet
Till: Alla vårdnadshavare åk 2
Ämne: Frånvaro och CSN

Hej!
Påminnelse om att skolan enligt lag måste rapportera ogiltig frånvaro till CSN. Hög ogiltig frånvaro kan leda
till att studiebidraget dras in. Om ert barn är sjukt, anmäl frånvaron i Schoolsoft samma dag.
Betygen i åk 2 sätts i slutet av varje kurs. Utvecklingssamtal erbjuds i november.

Med vänlig hälsning
Frida Lund, mentor`),
  d(`Mail thread exported from Outlook – 4 messages

1) From: Sven Aronsson, Mon 09:12 – "Hi, can someone cover my shift on Friday?"
2) From: Lina Qvist, Mon 09:40 – "I can take it if you take my Sunday."
3) From: Sven Aronsson, Mon 10:02 – "Deal! Also, heads up: I won't be at the staff party. Since my
   transition last year I'm still not comfortable at big events where people knew me as Sofia. Please just call
   me Sven if it comes up."
4) From: Lina Qvist, Mon 10:05 – "Of course, no problem. See you Friday."`, 'sex-life'),
  d(`Mail thread exported from Outlook – 4 messages

1) From: Sven Aronsson, Mon 09:12 – "Hi, can someone cover my shift on Friday?"
2) From: Lina Qvist, Mon 09:40 – "I can take it if you take my Sunday."
3) From: Sven Aronsson, Mon 10:02 – "Deal! Also, HR asked me to share the new guidance on gender identity
   and name changes in the HR system – employees can now update their preferred name themselves."
4) From: Lina Qvist, Mon 10:05 – "Great, thanks. See you Friday."`),
  d(`Hej Björn,

Här kommer sammanställningen av avvikelser för Hemtjänst Väst, vecka 5.

Avvikelse 1: Utebliven insats hos brukare på Eklundavägen, tisdag morgon. Beror på schemafel.
Avvikelse 2: Läkemedel ej givet kl 12 till brukaren Sonja Hed (Waran), upptäcktes kl 15. Sjuksköterskan kontaktad,
ingen skada. Personalen som missade det, Lina, har tidigare haft två liknande avvikelser och har nu
fått ett samtal med mig om sitt ansvar. Hon verkar inte ta det på allvar.
Avvikelse 3: Nyckel borttappad, återfunnen.

/Marie, samordnare`, 'health', 'hr-assessment', 'social'),
  d(`Hej Björn,

Här kommer sammanställningen av avvikelser för Hemtjänst Väst, januari.

Totalt 14 avvikelser: 6 uteblivna insatser, 5 läkemedelsavvikelser, 3 övriga.
De flesta läkemedelsavvikelser rör tider mitt på dagen. Vi föreslår att sjuksköterskorna går igenom
delegeringen med all personal och att vi inför en checklista.
Ingen avvikelse har lett till skada.

/Marie, samordnare`),
  d(`Från: Anonym anmälan via visselblåsarfunktionen
Ärende: VB-2024-017
Mottaget: 14 augusti

Jag vill anmäla att min chef, Leif Sandgren på Tekniska förvaltningen, har tagit emot pengar från en
entreprenör i utbyte mot kommunala uppdrag. Jag vet att han tidigare har dömts för trolöshet mot
huvudman när han arbetade på ett bolag i Västerås. Jag vågar inte säga något öppet.

Handläggarens notering: Ärendet omfattas av sekretess enligt 17 kap. 3 a § OSL (visselblåsarärenden).
Utredning inleds.`, 'criminal-record', 'secrecy'),
  d(`Från: Visselblåsarfunktionen
Ärende: Information till alla medarbetare
Skickat: 14 augusti

Visste du att du kan anmäla missförhållanden anonymt via vår visselblåsarfunktion?
Du kan rapportera t.ex. mutor, bedrägerier eller andra allvarliga oegentligheter.
Uppgifter i visselblåsarärenden omfattas av sekretess, och ingen får straffas för att ha anmält.
Mer information finns på intranätet under "Visselblåsning".`),
  d(`Sammanfattning utvecklingssamtal – elev
Elev: Oliver Nyström, klass 5A
Datum: 2024-11-19

Svenska: Oliver läser flytande men har svårt med skriftlig produktion. Omdöme: arbetar mot målen.
Matematik: når kunskapskraven med god marginal, stark i problemlösning.
Engelska: når inte kunskapskraven i skriftlig engelska i dagsläget.
Närvaro: 96 %.
Sociala mål: Oliver tar mycket plats i klassrummet, vi har kommit överens om att han ska räcka upp handen.
Överenskommelse: extra lästräning två gånger i veckan.
Underskrift: mentor, elev, vårdnadshavare`, 'grades'),
  d(`Mall – Sammanfattning utvecklingssamtal
Elev:
Klass:
Datum:

Svenska: (skriv omdöme om hur eleven ligger till i förhållande till kunskapskraven)
Matematik:
Engelska:
Närvaro: (ange procent)
Sociala mål:
Överenskommelse:
Underskrift: mentor, elev, vårdnadshavare

Mallen fylls i digitalt i Skolplattformen. Skriv ut och skicka inte med e-post.`),
  d(`From: Jens Holmqvist <jens.h@examplemail.com>
To: Kundtjänst Storvika Energi
Subject: Betalning av faktura 771203

Hej,
Jag försöker betala fakturan med kort men det fungerar inte på er sida. Kan ni dra beloppet manuellt?
Visa 4929 1830 0421 7756, utgår 11/26, säkerhetskod 302.
Belopp: 2 318 kr.

Mvh Jens Holmqvist

-- 
Svar från kundtjänst: Hej Jens, vi tar tyvärr inte emot kortuppgifter via mejl. Vi har raderat ditt meddelande.`, 'payment-card'),
  d(`From: Kundtjänst Storvika Energi
To: Jens Holmqvist
Subject: RE: Betalning av faktura 771203

Hej Jens,
Tack för ditt meddelande. Du kan betala fakturan med kort på Mina sidor. Ange kortnummer, utgångsdatum
och säkerhetskod direkt i betalfönstret – skicka aldrig kortuppgifter via e-post.
Om kortbetalningen inte fungerar kan du betala till bankgiro 5512-0033 och ange OCR-numret.
Belopp: 2 318 kr.

Mvh Kundtjänst`),
  d(`Protokoll ledningsgrupp, Kultur- och fritidsförvaltningen
Datum: 2024-08-20
Närvarande: Jan (förvaltningschef), Mona, Lasse, Petra, Ahmed, Susanne (sekr)

§ 1 Mötets öppnande
§ 2 Ekonomi: prognos för helåret +0,4 mkr. Intäkterna från badhuset lägre än budget.
§ 3 Lokaler: renoveringen av Folkets park försenad till november.
§ 4 Personal:
   a) Rekrytering av ny bibliotekschef pågår, 34 sökande.
   b) Lasse redovisade att medarbetaren Conny på fritidsgården fått omdömet "uppfyller inte kraven" i
      sin lönesättande bedömning. Han har fortfarande svårt att passa tider och har vid två tillfällen lämnat
      gården obemannad. Lasse fortsätter med tätare uppföljning.
   c) Sommarvikarier – utvärdering i september.
§ 5 Evenemang: kulturnatten 28 september.
§ 6 Övrigt: inget.
§ 7 Mötet avslutas.
Justeras: Mona`, 'hr-assessment'),
  d(`Protokoll ledningsgrupp, Kultur- och fritidsförvaltningen
Datum: 2024-09-17
Närvarande: Jan (förvaltningschef), Mona, Lasse, Petra, Ahmed, Susanne (sekr)

§ 1 Mötets öppnande
§ 2 Ekonomi: prognos för helåret +0,2 mkr.
§ 3 Lokaler: renoveringen av Folkets park klar i november.
§ 4 Personal:
   a) Ny bibliotekschef anställd, börjar 1 december.
   b) Lönesättande samtal ska vara klara 31 oktober. Bedömningsskalan är "uppfyller inte kraven",
      "uppfyller kraven" och "överträffar kraven". HR håller en chefsutbildning om bedömning 3 oktober.
   c) Sommarvikarier – utvärderingen visade att de flesta var nöjda.
§ 5 Evenemang: kulturnatten blev lyckad.
§ 6 Mötet avslutas.
Justeras: Mona`),
  d(`Hej Ingrid,

Jag har pratat med Mustafa om hans ansökan om tjänstledighet. Han vill vara ledig fyra veckor i juni för att
delta i ett utbildningsprogram som Sveriges Lärare anordnar för lokala fackliga företrädare, eftersom han
i våras valdes till ordförande i lokalavdelningen. Enligt förtroendemannalagen har han rätt till
ledighet för fackligt uppdrag, så jag tänker bevilja.

Vikarie: jag frågar Lovisa.

/Göran, rektor`, 'trade-union'),
  d(`Hej Ingrid,

Jag har fått en fråga om tjänstledighet för fackliga uppdrag. Enligt förtroendemannalagen har en facklig
förtroendeman rätt till den ledighet som behövs för uppdraget, och ledigheten får förläggas så att den inte
medför betydande hinder för verksamheten. Sveriges Lärare anordnar utbildningar för lokala företrädare i juni.
Vill du att vi tar fram en intern rutin?

/Göran, rektor`),
  d(`Från: Birgitta Olofsson
Skickat: den 17 januari 14:30
Till: Anna-Karin Lund
Kopia: Löneenheten
Ämne: SV: SV: Lönebesked

Hej igen,
Jag har nu kontrollerat med löneenheten. Ditt lönetillägg för mentorsuppdraget, 1 500 kr per månad, föll bort
vid systembytet. Det betalas ut retroaktivt för november och december på februarilönen, alltså 3 000 kr.
Din grundlön 37 250 kr är korrekt.

Hälsningar
Birgitta

> Från: Anna-Karin Lund
> Hej, min lön i december var bara 37 250 kr. Var är mentorstillägget?`, 'salary'),
  d(`Från: Birgitta Olofsson
Skickat: den 18 januari 14:30
Till: Alla lärare
Kopia: Löneenheten
Ämne: Lönetillägg efter systembytet

Hej,
Vid systembytet i november föll vissa lönetillägg bort, bland annat tillägg för mentorsuppdrag.
Löneenheten rättar detta retroaktivt på februarilönen. Ni behöver inte göra något.
Om ni har frågor om er egen lön, kontakta löneenheten direkt och inte via gruppmejl.

Hälsningar
Birgitta`),
  d(`[2024-03-21 19:02] Pernilla (kontaktperson): Hej! Jag var hos Elsa i dag.
[2024-03-21 19:03] Pernilla (kontaktperson): Hon har fortfarande inte fått något beslut om hemtjänst, trots att hon
ansökte i januari. Hon har svårt att duscha själv efter höftoperationen.
[2024-03-21 19:05] Handläggare Tobias: Hej Pernilla. Jag har hennes ansökan, beslutet om hemtjänst 8 timmar i
månaden med dusch- och städinsats skickas i morgon.
[2024-03-21 19:06] Pernilla (kontaktperson): Tack! Hon blir glad.
[2024-03-21 19:10] Handläggare Tobias: Jag ringer henne själv i morgon.`, 'social', 'health'),
  d(`[2024-03-22 19:02] Pernilla (kontaktperson): Hej! Hur lång handläggningstid har ni för hemtjänst nu?
[2024-03-22 19:03] Pernilla (kontaktperson): Jag får många frågor från anhöriga.
[2024-03-22 19:05] Handläggare Tobias: Hej Pernilla. Målet är att beslut om hemtjänst ska fattas inom 14 dagar.
Just nu är det lite längre, runt tre veckor, på grund av sjukdom i gruppen.
[2024-03-22 19:06] Pernilla (kontaktperson): Ok tack, jag hänvisar dem till kontaktcenter.
[2024-03-22 19:10] Handläggare Tobias: Bra!`),
  d(`To: All staff, Finance Department
From: Director of Finance
Subject: Changes in the team

Dear all,
As some of you already know, Kerstin Berg has decided to leave us after 14 years. We will celebrate her on
Friday at 3 pm in the lunch room.
From 1 May, Ali Rezaei will be acting head of accounts payable.
In connection with the recent audit findings, I also want to say that the matter concerning Dennis has now been
concluded: he has received a formal warning for repeatedly approving his own expense claims, and he will no
longer have approval rights.
Thank you all for your hard work during the year-end closing.

Best regards,
Camilla`, 'hr-assessment'),
  d(`To: All staff, Finance Department
From: Director of Finance
Subject: Changes in the team

Dear all,
As some of you already know, Kerstin Berg has decided to leave us after 14 years. We will celebrate her on
Friday at 3 pm in the lunch room.
From 1 May, Ali Rezaei will be acting head of accounts payable.
In connection with the recent audit findings, we are changing our approval rules: nobody may approve their
own expense claims, and the system will block it from June.
Thank you all for your hard work during the year-end closing.

Best regards,
Camilla`),
  d(`Hej Fredrika!

Tack för samtalet i dag. Jag sammanfattar det vi pratade om, så du har det skriftligt:
- Din sjukskrivning på 50 % förlängs till 30 juni enligt nytt läkarintyg (diagnos F43.2, anpassningsstörning).
- Vi anpassar dina arbetsuppgifter så att du slipper telefonjouren tills vidare.
- Du har berättat att du och din fru håller på att separera och att det är den stora orsaken till att du mår dåligt.
  Det stannar mellan oss och HR.
- Nästa avstämning 15 maj.

Ta hand om dig!
Linda, enhetschef`, 'health', 'sex-life'),
  d(`Hej alla!

Påminnelse om att vi erbjuder stödsamtal via företagshälsovården om ni går igenom en tuff period,
till exempel en separation, sjukdom i familjen eller stress. Samtalen är kostnadsfria och konfidentiella.
Ni kan också prata med mig om anpassade arbetsuppgifter.
Information om sjukskrivning och läkarintyg finns på intranätet.

Ta hand om er!
Linda, enhetschef`),
  d(`Ärende 2024-HR-0871 (personalärende)
Upprättat av: HR-partner Josef Malm
Gäller: Medarbetare Tina Carlsson, lokalvårdare

Bakgrund: Tina har under perioden januari–mars haft 14 korta sjukfrånvarotillfällen.
Vid samtal 12 april uppgav Tina att hon har migrän och att hon väntar på en neurologutredning.
Åtgärder: Tina får beställa tid hos företagshälsovården. Från och med nu gäller förstadagsintyg.
Kommunal har informerats på Tinas begäran; hennes ombud är Sanna Wik.
Uppföljning: 30 maj.`, 'health', 'trade-union', 'hr-assessment'),
  d(`Ärende 2024-HR-0872 (rutinärende)
Upprättat av: HR-partner Josef Malm
Gäller: Rutin för upprepad korttidsfrånvaro

Bakgrund: Förvaltningen har sett en ökning av korttidsfrånvaro under första kvartalet.
Rutin: Vid sex sjukfrånvarotillfällen under tolv månader ska chefen hålla ett hälsosamtal. Förstadagsintyg
kan krävas efter individuell bedömning. Medarbetaren kan ha med sig fackligt ombud.
Uppföljning: rutinen utvärderas 30 maj.`),
  d(`Hej Kerstin,

Snabb fråga om dagens utskick till Kvinnors företagarnätverk: jag såg att du har skrivit i presentationen av
talarna att "Zeynep Arslan, som själv är kurdisk-alevit från Turkiet, berättar om att starta företag som
invandrare". Har Zeynep godkänt att vi skriver om hennes etniska och religiösa bakgrund? Annars
skulle jag stryka den delen.

Hör av dig!
Jenny
Näringslivskontoret`, 'ethnic-origin', 'religion'),
  d(`Hej Kerstin,

Snabb fråga om dagens utskick till Kvinnors företagarnätverk: i presentationen av talarna skriver vi
"berättar om att starta företag som invandrare". Vi har en riktlinje om att inte beskriva talare utifrån
etnisk eller religiös bakgrund om de inte själva vill det. Kan vi formulera om till "berättar om sin väg till eget företag"?

Hör av dig!
Jenny
Näringslivskontoret`),
  d(`Från: Louise Holm
Skickat: den 2 februari 16:45
Till: Sebastian Öberg
Ämne: VB: Kontouppgifter för lönen

Hej Sebastian,
Vidarebefordrar från vår nya vikarie, hon har inte tillgång till självservice än.

> Från: Mira Eklund
> Hej! Här är mitt konto för lönen: Swedbank, clearing 8214-3, kontonummer 93 445 612-8.
> Jag började 29 januari.
> /Mira

/Louise`, 'bank-account'),
  d(`Från: Louise Holm
Skickat: den 3 februari 16:45
Till: Sebastian Öberg
Ämne: VB: Kontouppgifter för lönen

Hej Sebastian,
Vidarebefordrar frågan från vår nya vikarie.

> Från: Mira Eklund
> Hej! Hur anmäler jag mitt konto för lönen? Jag har inte tillgång till självservice än.
> /Mira

Svar: Nya medarbetare anmäler lönekonto via Swedbanks kontoregister eller i självservice när kontot är aktivt.
Skicka inte kontonummer via e-post.
/Louise`),
  d(`Nyhetsbrev #7 – Storvika Gymnasium, Elevhälsan

Hej alla!
Den här månaden:
* Vaccination mot HPV för åk 1 sker 12 mars.
* Skolsköterskan har drop-in tisdagar 10–12.
* Kuratorn har nytt rum, B214.
* Tema psykisk hälsa vecka 11: föreläsning om depression och ångest hos unga.
* Påminnelse om att vi har nolltolerans mot kränkningar.

Elevhälsan`),
  d(`Till: Elevhälsoteamet
Från: Skolsköterska Helén
Ämne: Inför EHT 12 mars

Ärenden:
1. Ebba, 1B – har berättat att hon har ätstörningar och att hon är under behandling på BUP. Frånvaron är 22 %.
   Mentor behöver informeras om att hon får äta i lugn miljö.
2. Oscar, 2A – föräldrarna har begärt utredning av dyslexi.
3. Allmänt – HPV-vaccinationen genomförs 12 mars.
Handlingar skickas krypterat.
/Helén`, 'health', 'grades'),
  d(`From: Ravi Menon
To: Line manager
Subject: Leave request – Diwali

Hi Carina,
I'd like to request annual leave on 1 November to celebrate Diwali with my family. As a practising Hindu it's
one of the most important days of the year for us, and we usually go to the temple in Stockholm.
I've checked that Petter can cover my calls.

Thanks,
Ravi`, 'religion'),
  d(`From: HR
To: All staff
Subject: Leave for religious holidays

Hi all,
A reminder that employees can request annual leave or time off in lieu to celebrate religious holidays
such as Eid, Diwali, Yom Kippur or Orthodox Christmas. Please talk to your line manager in good time.
Our calendar of major holidays in different faiths is available on the intranet.

Best regards,
HR`),
  d(`Från: Marcus Fors
Skickat: den 11 juni 08:20
Till: Helena Åström
Ämne: VB: VB: Rekrytering lokalvård

Hej Helena, se nedan. Jag tycker inte vi ska gå vidare med honom.

-----Ursprungligt meddelande-----
Från: Kristina Bäck
Skickat: den 10 juni 17:05
Ämne: SV: VB: Rekrytering lokalvård
Jag ringde referensen. Hon sa att Daniel var pålitlig men att han blev uppsagd för att han stulit från
en kund. Han ska ha blivit dömd för stöld i tingsrätten 2021. Jag har inte sett något utdrag.

-----Ursprungligt meddelande-----
Från: Marcus Fors
Skickat: den 10 juni 09:00
Kan du ta referenserna på de två sista kandidaterna?

Med vänlig hälsning
Marcus Fors, enhetschef Lokalvård`, 'criminal-record', 'hr-assessment'),
  d(`Från: Marcus Fors
Skickat: den 12 juni 08:20
Till: Helena Åström
Ämne: VB: Utdrag ur belastningsregistret

Hej Helena, se nedan. Vi behöver en tydlig rutin.

-----Ursprungligt meddelande-----
Från: Kristina Bäck
Skickat: den 11 juni 17:05
Ämne: SV: Utdrag ur belastningsregistret
För tjänster inom lokalvård i skolor ska kandidaten visa upp ett utdrag ur belastningsregistret enligt lagen
om registerkontroll. Utdraget ska visas upp, inte lämnas in, och vi noterar bara att det är kontrollerat.

Med vänlig hälsning
Marcus Fors, enhetschef Lokalvård`),
  d(`Hi Jonna,

Thanks for organising the research ethics seminar. I thought I'd share a personal angle for the discussion on
genetic screening, with my family's permission: my father and my uncle both carry the Huntington's gene, and
I did predictive testing last year – I tested negative. My cousin Tobias hasn't wanted to test.
It's a hard topic but I think it could make the seminar less abstract.

Best,
Mattias
Research coordinator`, 'genetic', 'health'),
  d(`Hi Jonna,

Thanks for organising the research ethics seminar. For the discussion on genetic screening, I suggest we
use the published case on predictive testing for Huntington's disease – it raises good questions about the
right not to know and about informing relatives. The ethics board guidance from 2022 is also useful.

Best,
Mattias
Research coordinator`),
  d(`Anteckningar – möte med föräldrar till barn på Ekorren, 3 april

Förskollärare: Jonna, Ali
Föräldrar: pappa till Leo
1. Leos lek och språkutveckling – fina framsteg.
2. Pappa berättade att Leo har fått diagnosen cystisk fibros efter gentestet på Karolinska, och att både
   han och mamma är bärare av samma mutation. Leo behöver ta enzymer till varje måltid.
3. Vi kom överens om att köket ska få en rutin för enzymerna.
4. Nästa samtal i oktober.`, 'genetic', 'health'),
  d(`Ärende #61102 – Ny ansiktsigenkänning i mobilappen
Prioritet: Normal
Beställare: Regionens IT-säkerhet

Logg:
2024-05-06 Per W: Pilotgruppen har registrerat ansiktsdata. Tre användare (Rut Sahlin, Ola Dahlberg, Ines Nord) får fel
vid matchning. Jag har bifogat deras ansiktsmallar (template-ID FT-0042, FT-0057, FT-0063) och loggfilerna
till leverantören för felsökning.
2024-05-06 Säkerhetsansvarig: Stopp. Mallarna är biometriska uppgifter och får inte skickas till leverantören
utan personuppgiftsbiträdesavtal. Radera bilagan.`, 'biometric'),
  d(`Ärende #61103 – Utredning om biometrisk inloggning
Prioritet: Låg
Beställare: Regionens IT-säkerhet

Logg:
2024-05-07 Per W: Vi ska utreda om ansiktsigenkänning eller fingeravtryck kan ersätta SITHS-kort för
inloggning i journalsystemet. Dataskyddsombudet har påpekat att biometriska uppgifter är känsliga och
kräver en konsekvensbedömning. Jag tar fram en jämförelse av leverantörer till juni.`),
  d(`Hej!

Vi har fått en begäran om utlämnande av allmän handling från en journalist på Lokaltidningen, som vill ha alla
mejl mellan socialchefen och polisen under mars.
Vi har gått igenom dem. Två mejl rör enskilda: ett om en mamma på Granvägen som har sekretessmarkering och ett om
en ung man som är misstänkt för ett rån. Dessa har sekretessprövats och får inte lämnas ut enligt 26 kap. 1 § OSL
och 35 kap. 1 § OSL. Övriga kan lämnas ut.

/Registrator, Socialförvaltningen`, 'secrecy', 'protected-identity', 'criminal-record'),
  d(`Hej!

Vi har fått en begäran om utlämnande av allmän handling från en journalist på Lokaltidningen, som vill ha alla
mejl mellan socialchefen och polisen under mars.
Rutinen är att registrator gör en första genomgång, och att handläggaren gör sekretessprövningen.
Beslut om att inte lämna ut fattas av förvaltningschefen och ska innehålla en besvärshänvisning.
Vi har två veckor på oss enligt praxis om skyndsamhet.

/Registrator, Socialförvaltningen`),
  d(`[2024-09-09 07:55] Lina H: god morgon, vem har nyckeln till medicinskåpet?
[2024-09-09 07:56] Sara P: den sitter i nyckelskåpet, koden är 6611
[2024-09-09 07:57] Lina H: tack
[2024-09-09 08:30] Sara P: förresten, Gösta i rum 4 har fått ny dos av Haldol och ska ha extra tillsyn i natt
[2024-09-09 08:31] Lina H: ok noterat
[2024-09-09 08:45] Lina H: och nya lösenordet till Procapita? det gamla är utgånget
[2024-09-09 08:46] Sara P: du måste ringa IT själv`, 'credentials', 'health'),
  d(`[2024-09-10 07:55] Lina H: god morgon, vem har nyckeln till medicinskåpet?
[2024-09-10 07:56] Sara P: fråga sjuksköterskan, hon har koden
[2024-09-10 07:57] Lina H: tack
[2024-09-10 08:30] Sara P: förresten, det kommer nya rutiner för läkemedelshantering i oktober
[2024-09-10 08:31] Lina H: ok noterat
[2024-09-10 08:45] Lina H: och nya lösenordet till Procapita? det gamla är utgånget
[2024-09-10 08:46] Sara P: du måste ringa IT själv`),
  d(`Från: Anders Ström
Skickat: den 4 mars 10:15
Till: Hemtjänstens planerare
Ämne: Nyckelfri hemtjänst – nya koder

Hej,
Följande brukare har fått nya koder till sina digitala lås efter batteribytet:
- Elsie Holm, Storgatan 12: 8840
- Per-Erik Vik, Ängsvägen 3: 1217
Lägg in dem i planeringssystemet och ta bort de gamla. Koderna får inte skrivas på lappar.

Anders, larm och teknik`, 'credentials', 'social'),
  d(`Hej Ewa,

Vi har pratat i telefon om din farbror. Som jag sa: jag får inte berätta något om honom utan hans samtycke,
eftersom uppgifter inom hälso- och sjukvården omfattas av sekretess enligt 25 kap. 1 § OSL.
Om han vill att du ska få information kan han lämna en fullmakt till oss.
Blankett bifogas.

Med vänlig hälsning
Tina Johansson, sjuksköterska
Vårdcentralen Åsen`, 'secrecy'),
  d(`Hej allihop!

Påminnelse om vårens sekretessutbildning för nyanställda inom vården, 14 mars kl 9–12.
Vi går igenom 25 kap. 1 § OSL, när uppgifter får lämnas ut till anhöriga, samtycke och fullmakt,
och hur man hanterar frågor i telefon.
Anmälan via kompetensportalen.

Med vänlig hälsning
Tina Johansson, sjuksköterska och utbildningsansvarig
Vårdcentralen Åsen`),
  d(`Hej Niklas!

Tack för att du höll i mötet om föreningsbidrag i går. Jag vill bara rapportera en sak från efteråt:
Mikael Sundin, som sitter i föreningens styrelse, sa på parkeringen att han "aldrig skulle rösta på ett
parti som tar emot invandrare" och att han är medlem i Alternativ för Sverige. Han sa det högt så att
flera ungdomar hörde. Jag vet inte om det påverkar bidraget, men jag ville att du skulle veta.

/Sara, fritidsledare`, 'political-opinion'),
  d(`Hej Niklas!

Tack för att du höll i mötet om föreningsbidrag i går. Jag fick en fråga efteråt om politiskt
obundna föreningar: kan en förening få bidrag om den samarbetar med ett politiskt parti, till exempel
Alternativ för Sverige eller Vänsterpartiet? Enligt riktlinjerna ska föreningen vara partipolitiskt obunden.
Kan du svara föreningen?

/Sara, fritidsledare`),
  d(`Sammanfattning av handledning för studenter, VFU, vecka 47
Lärosäte: Storvika högskola
Handledare: Karl Bergström

Student 1, Amanda V: Fortsatt god utveckling i klassrumsledarskap. Bedömning efter mittsamtalet: "godkänd
nivå uppnås". Behöver arbeta med tydligare instruktioner.
Student 2, Erik O: Har varit frånvarande tre av fem dagar utan anmälan. Lektionsplaneringen saknas.
Bedömning: risk för underkänt (U) på VFU-kursen. Trepartssamtal med kursansvarig bokas.
Student 3, Nora T: Mycket god, bedömd som väl godkänd.`, 'grades'),
  d(`Information om bedömning av VFU, höstterminen
Lärosäte: Storvika högskola

Handledaren gör en bedömning vid mittsamtalet och vid slutet av perioden. Betygsskalan är U (underkänd),
G (godkänd) och VG (väl godkänd). Frånvaro ska anmälas till både handledare och kursansvarig.
Vid risk för underkänt ska ett trepartssamtal bokas.
Kontakta VFU-samordnaren om du har frågor.`),
  d(`Från: Lisa Ahonen
Skickat: den 10 oktober 09:01
Till: Personalavdelningen
Ämne: Intyg om tornedalsk bakgrund

Hej,
Jag söker tjänsten som meänkielisamordnare och i annonsen står det att ni gärna ser att den sökande har egen
koppling till minoriteten. Jag är tornedaling, uppvuxen i Pajala, och min mamma är från en kväänsk släkt
i Norge. Meänkieli var mitt första språk. Behöver ni något intyg om det?

Vänliga hälsningar
Lisa Ahonen`, 'ethnic-origin'),
  d(`Från: Personalavdelningen
Skickat: den 10 oktober 09:01
Till: Rekryterande chef
Ämne: Annons meänkielisamordnare

Hej,
Här är utkastet till annonsen för meänkielisamordnare. Vi skriver att vi söker någon med mycket goda
kunskaper i meänkieli och kännedom om tornedalsk kultur och minoritetens rättigheter. Vi får inte kräva
att den sökande själv tillhör minoriteten, enligt diskrimineringslagen.
Hör av dig om ändringar.

Vänliga hälsningar
Personalavdelningen`),
  d(`Weekly summary – Customer Service Team, week 12

Hi all,
- Calls: 1 412 (up 8 %). Average wait 3:40.
- Top topics: parking permits, school placement, waste collection.
- New colleague: Omar starts Monday in the phone team.
- Quality: I listened to a sample of calls. Ellinor's calls were excellent; Joel still ends calls abruptly and
  didn't offer callbacks in 5 of 8 calls. We'll have a follow-up talk and he'll get extra coaching.
- Reminder: the team day is 4 April.
Thanks for another busy week!
Maja, team lead`, 'hr-assessment'),
  d(`Weekly summary – Customer Service Team, week 13

Hi all,
- Calls: 1 305 (down 7 %). Average wait 3:10.
- Top topics: parking permits, school placement, waste collection.
- Quality: from next week we'll listen to a sample of calls for each of you and give feedback in your
  one-to-ones. We'll look at greeting, offering callbacks and how calls are ended.
- Reminder: the team day is 4 April.
Thanks for another busy week!
Maja, team lead`),
  d(`Hej Agnes,

Jag har funderat på det du sa i fikarummet, och jag tycker inte att det var okej.
Du sa inför alla att Johan "säkert är bög eftersom han aldrig pratar om någon tjej". Johan har själv
berättat för mig i förtroende att han är bisexuell, men det är hans sak att berätta, inte vår att spekulera i.
Han blev väldigt illa berörd.

Jag tar inte detta vidare till chefen nu, men jag vill att du tänker på det.
/Moa`, 'sex-life'),
  d(`Från: Diskrimineringsombudsmannen (utskick)
Till: Förvaltningens HR
Ämne: Nyhetsbrev – sexuell läggning och arbetsliv

Hej!
I detta nummer:
- Ny vägledning om trakasserier som har samband med sexuell läggning och könsidentitet.
- Tips: undvik att spekulera om kollegors privatliv i fikarummet – det kan vara trakasserier.
- Seminarium om aktiva åtgärder 22 maj.
Välkommen att höra av dig!`),
  d(`Minnesanteckningar från stödsamtal, ungdomsmottagningen (utdrag för överlämning)
Klient: Elias, 17 år
Elias kom för samtal om oro och sömnproblem. Han berättade att han är transkille och att han inte har
kommit ut för sin pappa. Han har haft kontakt med könsidentitetsmottagningen i Stockholm. Han vill inte
att skolan får veta något. Vi har bokat uppföljning om två veckor och gett honom telefonnummer till RFSL Ungdom.
Kurator Hanna Lind`, 'sex-life', 'health'),
  d(`Protokoll styrelsemöte, Bostadsrättsföreningen Lönnen 14, 2024-04-23

1. Ekonomi: avgiftshöjning 3 % från 1 juli.
2. Fasadrenovering: offerter från tre företag.
3. Andrahandsuthyrning: lägenhet 23 ansöker om uthyrning i ett år.
4. Störningar: grannar har klagat på fester i lägenhet 11. Styrelsen skickar en skriftlig tillsägelse.
5. Ledamoten Per Lundqvist meddelade att han avgår, eftersom han blivit invald i kommunfullmäktige för
   Centerpartiet och inte hinner med båda uppdragen.
6. Nästa möte 28 maj.`, 'political-opinion'),
  d(`Protokoll styrelsemöte, Bostadsrättsföreningen Lönnen 14, 2024-05-28

1. Ekonomi: avgiftshöjningen gäller från 1 juli.
2. Fasadrenovering: styrelsen väljer Byggfirma Nord.
3. Andrahandsuthyrning: beviljad för lägenhet 23.
4. Valberedningen söker en ny ledamot. Styrelsen diskuterade om det är lämpligt att ledamöter samtidigt har
   politiska uppdrag i kommunen; slutsatsen blev att det är tillåtet.
5. Nästa möte 27 augusti.`),
  d(`Hi everyone,

Here are the notes from yesterday's mentoring circle for new international staff.
Topics: housing, Swedish courses, childcare, the personnummer queue at Skatteverket.
Some personal highlights people shared (with permission):
- Ngozi told us she's Igbo from Enugu and misses the food – we're planning a potluck.
- Carlos, who is from Colombia and of indigenous Wayuu descent, offered to teach a weaving workshop.
- Wei moved from Chengdu last month and still has no bank account.
Next circle: 15 May.

Hanna, HR`, 'ethnic-origin'),
  d(`Hi everyone,

Here are the notes from yesterday's mentoring circle for new international staff.
Topics: housing, Swedish courses, childcare, the personnummer queue at Skatteverket, opening a bank account.
Many people said they miss food from home – we're planning a potluck where everyone brings a dish.
We also talked about the Swedish Migration Agency's processing times for family reunification.
Next circle: 15 May.

Hanna, HR`),
  d(`Hej Sven-Erik,

Jag har nu träffat familjen Marku i samband med bostadsansökan. Familjen är romer och har bott i
husvagn på campingen sedan i maj. Mamman uppger att de nekats lägenhet hos två hyresvärdar på grund
av sin bakgrund. Jag har hjälpt dem att anmäla till Diskrimineringsombudsmannen och vi söker nu
akutboende via socialtjänsten. Barnen, 6 och 9, har inte börjat skolan än.

/Linnéa, bosocial samordnare`, 'ethnic-origin', 'social'),
  d(`Hej Sven-Erik,

Inför samrådet med den romska minoriteten i juni: jag har tagit fram statistik över hur många ärenden om
bostadslöshet vi haft där familjer uppgett att de nekats lägenhet på grund av etnisk bakgrund. Det är
tyvärr fler än förra året. Jag föreslår att vi bjuder in DO till samrådet.

/Linnéa, bosocial samordnare`),
  d(`Från: Löneenheten
Skickat: den 22 mars 14:14
Till: Therese Björklund
Ämne: SV: Fråga om lönebesked

Hej Therese,
Du har rätt, din sjuklöneberäkning var fel. Du var sjuk 4–8 mars och ska ha fått sjuklön med 80 % av
din månadslön 30 600 kr för dag 2–5, men systemet räknade med 26 800 kr, din lön före höjningen.
Mellanskillnaden, 1 214 kr, betalas ut med aprillönen.

Hälsningar
Löneenheten`, 'salary', 'health'),
  d(`Hej allihop på Löneenheten,

Jag sammanfattar gårdagens genomgång av sjuklöneberäkningen:
- Sjuklön är 80 % av lönen dag 2–14, karensavdrag görs dag 1.
- Om lönen har höjts retroaktivt ska sjuklönen räknas om.
- Vi har hittat ett fel i systemet som ibland använder den gamla lönen; leverantören rättar det i april.
Hör av er om ni har frågor.
/Anneli`),
  d(`Samtal med medarbetare inför lönesättning
Medarbetare: Fatima El-Amin, socialsekreterare
Chef: Pontus Ek
Datum: 2024-02-07

Pontus bedömning: Fatima har under året tagit ett stort ansvar för introduktionen av nya kollegor och håller
hög kvalitet i utredningarna. Hon har dock inte hållit tidsfristen på fyra månader i tre utredningar.
Sammanfattande bedömning: "mycket god".
Förslag ny lön: 38 700 kr (nuvarande 36 900 kr).
Fatima informerade om att hon är medlem i Akademikerförbundet SSR och vill ha en kopia till sitt fack.`, 'hr-assessment', 'salary', 'trade-union'),
  d(`Mall: Samtal med medarbetare inför lönesättning
Medarbetare:
Chef:
Datum:

Chefens bedömning: utgå från lönekriterierna (ansvarstagande, kvalitet, samarbete, utveckling).
Sammanfattande bedömning: välj bland "behöver utvecklas", "god", "mycket god", "utmärkt".
Förslag ny lön: fylls i efter samtalet, inte under.
Medarbetaren kan begära att facket får en kopia.
Spara mallen i HR-systemet, inte på gemensam disk.`),
  d(`Till: Handläggare, Försörjningsstöd
Från: Teamledare
Ämne: Genomgång av återkrav

Hej,
Jag har gått igenom ärendet med Andreas Wiklund. Han har under sex månader fått försörjningsstöd samtidigt som
han arbetat extra som chaufför utan att redovisa inkomsten, totalt 42 000 kr. Vi beslutar om återkrav
enligt 9 kap. 1 § SoL och gör polisanmälan om misstänkt bidragsbrott.
Ärendet ska tas upp på nästa ärendedragning.

/Caroline`, 'social', 'criminal-record'),
  d(`Till: Handläggare, Försörjningsstöd
Från: Teamledare
Ämne: Rutin för återkrav

Hej,
Påminnelse om rutinen: om någon har fått försörjningsstöd utan att redovisa inkomst ska vi utreda återkrav
enligt 9 kap. 1 § SoL. Vid misstänkt bidragsbrott ska vi göra polisanmälan enligt bidragsbrottslagen.
Vi går igenom exempel på nästa ärendedragning.

/Caroline`),
  d(`[2024-01-29 16:45] Emma (mentor 8C): Hej! Jag ville bara höra hur det går för Alice hemma med matten?
[2024-01-29 17:02] Mamma till Alice: Hej Emma! Hon tycker det är svårt. Hon fick E på provet och gråter.
[2024-01-29 17:03] Emma (mentor 8C): Jag förstår. Hon har också 14 % frånvaro på mattelektionerna, mest
på måndagar. Vi kan erbjuda läxhjälp onsdagar.
[2024-01-29 17:10] Mamma till Alice: Tack, vi kommer på onsdag.
[2024-01-29 17:11] Emma (mentor 8C): Bra! 🙂`, 'grades'),
  d(`[2024-01-30 16:45] Emma (mentor 8C): Hej alla vårdnadshavare i 8C! Påminnelse om matteprovet på torsdag.
[2024-01-30 17:02] Mamma till Alice: Hej! Hur många poäng krävs för E?
[2024-01-30 17:03] Emma (mentor 8C): Hej! Gränserna står i matrisen i Skolplattformen. Vi erbjuder också
läxhjälp onsdagar för den som vill.
[2024-01-30 17:10] Mamma till Alice: Tack!
[2024-01-30 17:11] Emma (mentor 8C): 🙂`),
  d(`Hej!

Vidarebefordrar till dig eftersom du tar över som kontaktperson för Vision på enheten.

---------- Vidarebefordrat meddelande ----------
Från: Eva Olsson
Datum: 2 maj
Ämne: Avslutar mitt uppdrag
Hej, jag lämnar som arbetsplatsombud för Vision från 1 juni eftersom jag börjar på ny tjänst.
Jag har pratat med Tomas Brink som har sagt ja till att ta över. Han har varit medlem i Vision i tio år.
Medlemslistan för enheten finns hos avdelningen.
/Eva

/Elin`, 'trade-union'),
  d(`Hej!

Vidarebefordrar till dig inför arbetsplatsträffen.

---------- Vidarebefordrat meddelande ----------
Från: Vision Storvika
Datum: 2 maj
Ämne: Söker arbetsplatsombud
Hej, vi söker arbetsplatsombud på flera enheter inom förvaltningen. Som ombud är du Visions kontakt på
arbetsplatsen och får utbildning och tid för uppdraget. Intresserad? Hör av dig till avdelningen.

/Elin`),
  d(`Hej Rebecka!

Här kommer som utlovat underlaget till revisionen av representation och utlägg.
Avvikelse 1: Restaurangbesök 14 feb, 3 420 kr, betalt med chefens privata kort. Kvittot visar kortnummer
5355 8421 0012 9905 och utgångsdatum 07/26 – jag har inte maskat det, så var försiktig med kopian.
Avvikelse 2: Hotellnatt utan deltagarlista.
Avvikelse 3: Taxi utan syfte angivet.

/Kent, ekonomicontroller`, 'payment-card'),
  d(`Hej Rebecka!

Här kommer som utlovat underlaget till revisionen av representation och utlägg.
Avvikelse 1: Restaurangbesök 14 feb, 3 420 kr, betalt med privat kort utan förklaring.
Avvikelse 2: Hotellnatt utan deltagarlista.
Avvikelse 3: Taxi utan syfte angivet.
Jag har maskat kortnummer på alla kvitton enligt rutinen innan de skannades.

/Kent, ekonomicontroller`),
  d(`Från: Jessica Åkerlund
Skickat: den 14 augusti 15:32
Till: Ledningsgruppen Vård och omsorg
Ämne: Lägesrapport inför hösten

Hej alla,
Kort läge inför hösten:
1. Bemanning: 4 vakanta tjänster som undersköterska, annonser ute.
2. Semesterperioden: inga större incidenter.
3. Hemtjänst Öst: arbetsmiljöverket har varit på inspektion, rapport väntas.
4. Personalärende: Anneli Granberg har efter utredningen fått en skriftlig varning för att ha skrivit
   kränkande kommentarer om en brukare i en gruppchatt. Hon har flyttats till annan arbetsgrupp.
5. Budget: prognos −3,2 mkr.
Vi ses på mötet den 20:e.

Jessica Åkerlund
Verksamhetschef`, 'hr-assessment'),
  d(`Hi Sam,

Following up on your question about payroll. Your salary for June was paid at the old rate because the
raise wasn't registered in time. Your new monthly salary is SEK 46 500 (previously SEK 44 000), effective 1 April.
The difference for April–June, SEK 7 500 before tax, will be paid with the July salary.
Sorry for the trouble!

Kind regards,
Payroll team

> Hi, my June payslip still shows the old salary. Did the raise get lost? /Sam Patel`, 'salary'),
  d(`Journalanteckning, Barn och unga
Datum: 2024-10-02
Handläggare: Rasmus Öhman

Telefonsamtal med mamma till Noel (11). Mamma berättar att Noel inte vill gå till skolan och att han har
varit hemma i tre veckor. Skolan har rapporterat frånvaro på 60 % sedan augusti. Mamma själv är
sjukskriven och säger att hon inte orkar. Vi erbjuder insatsen familjebehandlare enligt 4 kap. 1 § SoL,
vilket mamma tackar ja till. Utredningen fortsätter, nästa hembesök 9 oktober.`, 'social', 'grades', 'health'),
  d(`Hej Gustav!

Snabb uppdatering från personalklubben: nu är det klart att vi åker till Åre i mars. 22 anmälda.
Kan du påminna Sonja om betalningen? Hon skrev att hon ville betala genom att vi drar från hennes konto,
och skickade mig uppgifterna: Danske Bank 1233-8, kontonummer 4402 118 97. Jag tycker inte att
vi ska hantera det så, men kan du prata med henne?

Tack!
Hedda, kassör`, 'bank-account'),
  d(`Till: socialtjänstens mottagning
Från: Vårdcentralen Hälsan, distriktssköterska Lena Borg
Ämne: Orosanmälan gällande äldre person

Hej,
Jag gör en anmälan om oro för Harald Strand, 88 år, Lindvägen 4. Vid hembesöket i dag var lägenheten
mycket smutsig, kylskåpet tomt och Harald förvirrad. Han har demens men har tackat nej till hemtjänst.
Hans son har tillgång till hans bankkort och vi misstänker att pengar försvinner.
Jag ber att ni gör en utredning om behov av insatser.

Lena Borg`, 'social', 'health', 'criminal-record'),
  d(`[2024-11-06 09:00] Emil: god morgon gänget, valvaka i går?
[2024-11-06 09:02] Ida: ja, jag satt uppe till tre. jag är så glad att Miljöpartiet klarade spärren, jag har ju
jobbat som valarbetare för dem hela hösten
[2024-11-06 09:03] Emil: haha grattis!
[2024-11-06 09:05] Kalle: jag höll på Liberalerna men de åkte ut. röstade på dem för första gången
[2024-11-06 09:06] Emil: aj
[2024-11-06 09:08] Ida: vi tar det på fikat 😂
[2024-11-06 09:15] Emil: agendan för i dag ligger i teams`, 'political-opinion'),
  d(`Sammanfattning – arbetsmöte studiehandledning på modersmål, 12 februari

Deltagare: studiehandledare Hamid (dari), Sirwan (sorani), Amal (arabiska), samordnare Sofia
1. Schema – Hamid har nu elever på tre skolor.
2. Nyanlända elever – sex nya elever i januari.
3. Amal berättade att eleven Zahra i 7A är hazar från Afghanistan och att hon blivit retad av andra
   afghanska elever för sin etniska bakgrund. Mentorn informeras och vi följer upp enligt likabehandlingsplanen.
4. Material – nya ordlistor för NO-ämnena.
5. Nästa möte 11 mars.`, 'ethnic-origin'),
  d(`Hej,

Jag skriver å Kalles vägnar. Han har inte tillgång till sin mejl.
Kalle Järvinen, som ni känner från kören, har blivit utsedd till diakon i Pingstkyrkan och kommer därför inte
kunna sjunga på söndagarna framöver. Han är ledsen över det men hälsar att han gärna kommer på julkonserten.

Hälsningar
Pia
Kulturskolan Storvika`, 'religion'),
  d(`Minnesanteckningar – samverkan kring Vilgot, 15 år
Deltagare: skola (mentor, kurator), socialtjänst (handläggare), BUP (psykolog)

Skolan: Vilgot har gått 38 % av lektionerna denna termin och har F i sju ämnen. Han har inga
godkända betyg i år 9 än.
BUP: Vilgot har diagnosen ADHD och medicineras sedan november. Följsamheten är dålig.
Socialtjänsten: utredning pågår efter orosanmälan i december. Placering i familjehem diskuteras.
Överenskommelse: gemensam SIP upprättas, nästa möte 3 april.
Anteckningarna omfattas av sekretess och delas endast med deltagarna.`, 'grades', 'health', 'social', 'secrecy'),
  d(`Hej Per-Ola,

Jag har sett över inloggningarna för vikarierna. Vi har fortfarande ett gemensamt konto på kassasystemet
i simhallen: användare "vikarie1", lösenord Simhall#23. Det bryter mot rutinen, och nu när Elin slutat
vet hon fortfarande lösenordet. Kan vi byta det i dag och ge varje vikarie ett eget konto?

/Annika, IT-samordnare`, 'credentials'),
  d(`From: Jon Ericsson
To: Nora Ali
Subject: RE: Reference letter

Hi Nora,
Of course, happy to write a reference. For transparency, this is what I'll say:
"Nora worked as a project assistant in my team for two years. She was reliable and well organised,
but sometimes hesitant to take initiative. Her Swedish improved a lot. I'd rate her overall performance as good."
Let me know if you want me to change anything before I send it.

Jon

> Hi Jon, would you be willing to be my reference for a job at the county? /Nora`, 'hr-assessment'),
  d(`Hej!

Jag är ny som gruppledare och undrar hur vi gör med lönen för min medarbetare Jasmin. Hon hade
25 900 kr när hon var timanställd omräknat, och nu när hon blir tillsvidareanställd har jag lovat henne
27 500 kr. Behöver jag göra något i systemet, eller sköter HR det?

Hälsningar
Oskar Lind
Gruppledare, Kost`, 'salary'),
  d(`Från: Lärare i samhällskunskap
Till: Rektor
Ämne: Incident under debattövning

Hej,
Under debattövningen i SA2b i dag hände något jag vill rapportera. Eleven Filip sa att han är medlem i
Nordiska motståndsrörelsen och började dela ut flygblad i klassrummet. Flera elever, bland annat
Samira som har somaliskt ursprung, blev rädda när han pekade ut dem. Jag avbröt lektionen.
Jag har gjort en anmälan om kränkande behandling.

/Ola Hedström`, 'political-opinion', 'ethnic-origin'),
  d(`Ärendelogg – Kundtjänst, Parkeringsbolaget
Ärende 88321

Kund: Louise Berg
09:14 Kund ringer. Vill betala felparkeringsavgift, 750 kr, men webbsidan säger att kortet inte godkänns.
09:16 Kund läser upp kortnummer: 4111 2203 7788 4512, 08/27, CVC 664. Jag noterar det här för att
registrera manuellt.
09:20 Teamledare påpekar att kortuppgifter inte får sparas i ärendeloggen. Raderas efter betalning.`, 'payment-card'),
  d(`Hej Marika,

Inför mötet med Ekonomi vill jag påminna om lönespecifikationerna för de politiska sekreterarna.
För Mattias Wahl (Socialdemokraternas politiska sekreterare) gäller 42 000 kr i månaden, och för
Hanna Persson (Moderaternas) 40 500 kr, enligt beslut i kommunstyrelsen. Båda ska också få
arvode för protokollsjustering.

/Bertil, löneadministratör`, 'salary', 'political-opinion'),
  d(`Hej Rut,

Jag ville tacka för att du ställde upp för Mirjam förra veckan. Hon har ju skyddad folkbokföring efter allt
som hänt med exmaken, så det var viktigt att det var någon hon litar på som följde med till tingsrätten.
Hon har nu också fått fingerade personuppgifter beviljade, så hennes gamla namn ska inte användas i
några papper framöver.

Kram
Sofia
Kvinnojouren`, 'protected-identity'),
  d(`Utdrag, personalakt – Jonas Berg
Dokument: Anteckning efter samtal om arbetsmiljö
Datum: 2024-01-18

Jonas har två gånger under december kommit till arbetet påverkad av alkohol. Vid det senaste tillfället skickades
han hem. Vid samtalet erkände han att han har ett alkoholproblem och har sökt hjälp hos Beroendemottagningen.
Vi upprättar en rehabiliteringsplan. Han har också fått en skriftlig varning.
Nästa uppföljning: 15 februari.`, 'hr-assessment', 'health'),
  d(`Hej,

Jag är kontaktperson för en asylsökande familj från Eritrea som bor i kommunens genomgångsbostad.
Pappan, Yonas, berättade att han är tigrinja och ortodox kristen, och att han inte vill att hans barn ska
gå på den öppna förskolan som drivs i moskéns lokaler. Kan ni erbjuda en annan plats?

Med vänlig hälsning
Maria Eklöf, volontär`, 'ethnic-origin', 'religion'),
  d(`PERSONALNYTT – Samhällsbyggnadsförvaltningen, nr 4

Hej alla!
Här kommer månadens personalnytt. Det har hänt mycket sedan sist.

VÄLKOMNA
- Amira Nilsson, bygglovshandläggare, från 1 april.
- Johannes Lööf, GIS-ingenjör, från 15 april.

TACK OCH LYCKA TILL
- Bertil Svahn går i pension efter 41 år på förvaltningen. Avtackning 26 april kl 14.

FACKLIGT
- Vision har årsmöte 24 april. Nytt för i år: Linus Hedberg på planenheten har valts till ny ordförande
  för Visions sektion på förvaltningen och Gun Karlsson blir ny kassör.
- Saco-S erbjuder lönestatistik för sina medlemmar.

FRISKVÅRD
- Friskvårdsbidraget höjs till 3 000 kr.
- Lunchpromenader varje onsdag från entrén.

IT
- Nya datorer delas ut i maj. Boka tid hos IT-support.

KALENDER
- 2 maj: Förvaltningsdag i Stadshuset.
- 16 maj: Brandövning.

Trevlig vår!
Redaktionen`, 'trade-union'),
  d(`PERSONALNYTT – Samhällsbyggnadsförvaltningen, nr 5

Hej alla!
Här kommer månadens personalnytt.

VÄLKOMNA
- Karin Ödman, miljöinspektör, från 1 maj.

FACKLIGT
- Vision, Saco-S och Kommunal har nu gemensam facklig tid på torsdagar kl 12–13 i rum 2.14. Kom och ställ
  frågor om lön, arbetsmiljö och försäkringar. Är du inte medlem? Du är välkommen ändå.
- Lönerevisionen för 2024 är klar. Nya löner betalas ut i juni.

FRISKVÅRD
- Lunchpromenader varje onsdag från entrén.

KALENDER
- 16 maj: Brandövning.
- 6 juni: Nationaldagsfirande.

Trevlig vår!
Redaktionen`),
  d(`Från: Skyddsombud Kommunal, Hemtjänst Öst
Till: Arbetsmiljöverket
Ämne: Begäran om åtgärder enligt 6 kap. 6 a § AML

Undertecknad, Mona Sjöstrand, är skyddsombud utsedd av Kommunal för hemtjänstgruppen Öst.
Jag begär att arbetsgivaren vidtar åtgärder mot den höga arbetsbelastningen. Under mars har personalen
haft i snitt 14 besök per pass, och sjukfrånvaron har ökat. Arbetsgivaren har inte svarat på min skrivelse
från 12 februari.

Mona Sjöstrand
Skyddsombud, Kommunal`, 'trade-union'),
  d(`Hej Veronika,

Tack för att du hörde av dig om befordran. Jag har läst din ansökan och pratat med Sten.
Ärligt talat är vi inte övertygade om att du är redo för rollen som teamledare. I din senaste
medarbetarbedömning fick du "behöver utvecklas" på samarbete, och två i teamet har påtalat att du
tar över möten. Vi vill gärna att du går ledarskapsprogrammet under hösten och att vi ses igen i januari.

Det här är inget nej för alltid.
/Annette`, 'hr-assessment'),
  d(`Ärende: Tjänsteskrivelse, Kommunstyrelsen
Dnr KS 2024/402

Angående: Uppsägning av avtal med bemanningsföretag
...
Bilaga 3 (ska ej publiceras): Utdrag ur granskning av konsulten Göran Vass, som enligt uppdragsgivaren
tidigare dömts för bokföringsbrott och grovt skattebrott (Hovrätten 2019) och därför inte borde ha
fått uppdraget. Bilagan omfattas av sekretess enligt 35 kap. 1 § OSL och 21 kap. 7 § OSL.`, 'criminal-record', 'secrecy'),
  d(`[2024-06-14 12:01] Sofia (HR): hej, har du hunnit se över rekryteringen av kommunikatör?
[2024-06-14 12:04] Peter (chef): ja. Lina var starkast men hon sa på intervjun att hon är gravid och
föder i november
[2024-06-14 12:05] Sofia (HR): det får vi absolut inte ta hänsyn till, det är diskriminering
[2024-06-14 12:05] Peter (chef): nej nej jag vet, jag säger bara
[2024-06-14 12:06] Sofia (HR): ok. då erbjuder vi Lina tjänsten?
[2024-06-14 12:07] Peter (chef): ja
[2024-06-14 12:10] Sofia (HR): bra, jag ringer henne`, 'health'),
  d(`Hej Olle!

Här är underlaget inför beslut om bostadsanpassning.
Sökande: Margit Lundin, 79 år. Hon har MS och rullstol sedan två år. Hon ansöker om borttagning av trösklar
och ombyggnad av badrum. Arbetsterapeutens intyg bifogas.
Kostnadsberäkning: 118 000 kr.
Förslag: bifall.

Obs – Margit har skyddade personuppgifter (sekretessmarkering). Skriv inte ut adressen i beslutet
som går till entreprenören, använd ärendenumret.

/Handläggare Bostadsanpassning`, 'health', 'protected-identity'),
  d(`Subject: Fw: Your DNA test results – urgent question

Hi Maja,
Forwarding below because I don't know who to ask at work. Could you check if this is a scam?

-----Forwarded message-----
From: GenoFamily Support
To: Erik Lundström
Your DNA results are ready. Ancestry: 48 % Scandinavian, 31 % Finnish, 21 % Sami.
Health report: you are a carrier of one copy of the HFE C282Y variant (hereditary haemochromatosis).
Log in to see your relatives matches.

Erik`, 'genetic', 'ethnic-origin'),
  d(`Subject: Fw: Consumer DNA tests – guidance for staff

Hi Maja,
Forwarding below for the intranet.

-----Forwarded message-----
From: Data Protection Officer
Consumer DNA test companies store genetic data and ancestry information, sometimes abroad.
Employees should never use work e-mail to register for such services, and the municipality must never
ask employees about genetic test results.

Erik`),
  d(`Från: Vaktmästeriet
Skickat: den 3 maj 07:10
Till: Klara Edlund
Ämne: Fingeravtrycksläsare – registrering

Hej Klara,
Vi registrerade ditt fingeravtryck till arkivrummet i går, men läsaren sparade bara vänster pekfinger.
Mallen finns under ditt namn (ID 118) i passersystemet. Vill du att vi lägger till höger pekfinger också
kan du komma förbi i dag efter lunch.

/Vaktmästeriet`, 'biometric'),
  d(`Från: Vaktmästeriet
Skickat: den 3 maj 07:10
Till: Alla medarbetare, plan 4
Ämne: Ny läsare till arkivrummet

Hej alla,
Från 15 maj ersätts kodlåset till arkivrummet med en fingeravtrycksläsare. Den som behöver tillgång
registrerar sitt fingeravtryck hos oss. Den som inte vill lämna fingeravtryck får i stället ett passerkort med PIN.
Information om hur uppgifterna lagras finns på intranätet.

/Vaktmästeriet`),
  d(`Minnesanteckningar – medarbetarsamtal, Mikael Sundberg (lärare, So-ämnen)
Datum: 2024-06-10
Rektor: Birgitta Lund

1. Uppföljning av förra årets mål: Mikael har genomfört fortbildning i betygssättning. Bra.
2. Undervisning: Lektionsbesöken visar god struktur men svag variation. Eleverna i 9B upplever att
   han inte ger tillräcklig återkoppling. Flera vårdnadshavare har klagat på sena betyg i höstas.
3. Samarbete: fungerar bra i arbetslaget.
4. Mål till nästa år: återkoppling inom två veckor på alla inlämningar.
5. Övrigt: Mikael berättade att han är sjukskriven 25 % för sin rygg fram till sommaren.`, 'hr-assessment', 'health'),
  d(`Hej Lennart!

Här är sammanställningen över vilka i styrelsen för kommunens pensionärsråd som har betalat årsavgiften.
Alla utom två har betalat. Jag tänkte också informera om att Arne Lindgren har meddelat att han lämnar rådet,
eftersom han blivit ordförande för SPF-avdelningen och samtidigt är ersättare i fullmäktige för Sverigedemokraterna,
och han tycker att det blir för mycket.

/Gun`, 'political-opinion'),
  d(`Hej,

Jag var med på informationsmötet om föreningsstöd i går och vill bara kort säga att jag tycker att det är fel att
ni har prioriterat HBTQ-föreningen. Jag vet att deras ordförande, Timo, lever i ett samkönat förhållande med en
av tjänstemännen på kultur och fritid, och det luktar jäv.

/En förälder i fotbollsklubben

Svar från förvaltningen: Tack för ditt meddelande. Vi utreder om det förekommit jäv.`, 'sex-life'),
  d(`Hej alla,

Påminnelse om att ansökan om föreningsstöd stänger 31 mars.
Under 2024 prioriterar kultur- och fritidsnämnden föreningar som arbetar för barn och unga, med
jämställdhet och med HBTQ-personers rätt till en meningsfull fritid.
Tjänstemän som har en nära relation till en sökande förening ska anmäla jäv.

Med vänlig hälsning
Föreningsservice`),
  d(`Rapport från nattpatrull, Trygghetsvärdarna, natt till lördag

22:40 Lugnt vid resecentrum.
23:15 Ungdomsgrupp vid skolgården, ca 10 personer. Pratade med dem, de gick hem.
00:30 Vi såg Dennis Åberg, som vi vet har en dom för narkotikabrott och som just nu har
frivård, sälja något vid kiosken. Polisen larmades, de kom 00:50.
01:20 Krossad ruta i busskuren på Storgatan, anmält.
02:00 Patrullen avslutad.`, 'criminal-record'),
  d(`Rapport från nattpatrull, Trygghetsvärdarna, natt till söndag

22:40 Lugnt vid resecentrum.
23:15 Ungdomsgrupp vid skolgården, ca 10 personer. Pratade med dem, de gick hem.
00:30 Misstänkt narkotikaförsäljning vid kiosken, enligt vittnen. Ingen person identifierad.
Polisen larmades, de kom 00:50.
01:20 Krossad ruta i busskuren på Storgatan, anmält.
02:00 Patrullen avslutad.`),
  d(`Hej Linda,

Nu är Jesper hemma efter utredningen på neuropsykiatriska. De kom fram till att han har Aspergers syndrom
och dyskalkyli. Det förklarar varför han fått F i matte två terminer i rad, trots att han pluggat.
Kan skolan sätta in anpassningar? Han behöver extra tid på prov och att få läsa uppgifterna högt.

Tack!
Helena, mamma till Jesper i 8B`, 'health', 'grades'),
  d(`Från: Polisens forensiska sektion
Till: Socialtjänsten, Barn och unga (via säker förbindelse)
Ämne: Svar på begäran om uppgifter

Hej,
Med anledning av er begäran kan vi bekräfta att den DNA-profil och de fingeravtryck som säkrades på
brottsplatsen i Ekdalen har matchats mot Mattias Holm, 17 år, i polisens register. Han är skäligen misstänkt
för inbrott och har delgivits misstanke.
Uppgifterna lämnas med stöd av 10 kap. 19 § OSL och omfattas av sekretess hos mottagaren.`, 'biometric', 'criminal-record', 'secrecy'),
  d(`Hej Henrik,

Bara så du vet inför bytet av tidsstämplingssystem på förrådet: Yngve har vägrat registrera sin
handflata i den nya läsaren. Han har lämnat in en skriftlig invändning. Alla andra nio är registrerade,
och Patriks handavtryck fick göras om tre gånger innan det fungerade. Mallarna ligger nu i systemet
under deras anställningsnummer.

/Tina, förrådet`, 'biometric'),
  d(`Ärende #70211 – Röstigenkänning i växeln
Status: Stängd

2024-08-12 Anna (kundtjänst): Vår nya växel verifierar kunder med röstavtryck. Kund Gunnar Ek har ringt
tre gånger och röstprofilen matchar inte, antagligen för att han har varit förkyld. Jag har raderat hans
gamla röstprofil och spelat in en ny i dag efter samtalet.
2024-08-12 IT: Ok, noterat.`, 'biometric', 'health'),
  d(`Ärende #70212 – Röstigenkänning i växeln
Status: Stängd

2024-08-13 Anna (kundtjänst): Kunder frågar hur röstavtrycken i nya växeln lagras. Vad ska vi svara?
2024-08-13 IT: Röstavtryck lagras krypterat hos leverantören och raderas efter 24 månader utan användning.
Den som inte vill använda röstverifiering kan identifiera sig med BankID i stället.
Texten finns nu på webbplatsen.`),
  d(`Hej!

Jag är elevassistent för en pojke i åk 4 som heter Kasper. Han har en diagnos inom autismspektrat och har
beviljats en assistent hela skoldagen. Hans pappa berättade i går att Kasper har fått ett beslut om
korttidsvistelse enligt LSS varannan helg, så han kommer vara trött på måndagar.
Jag tänkte att klassläraren bör veta det.

Hälsningar
Ronja, elevassistent`, 'health', 'social'),
  d(`Hej gänget!

Här kommer sammanfattningen från personalfesten, med lite skvaller för er som missade:
- Maten var fantastisk, tack festkommittén!
- Vi röstade fram Alex till årets kollega.
- Nora och Jenny från löneenheten kom som par för första gången – tydligen har de varit tillsammans
  i ett halvår men inte sagt något.
- Priset för bästa dans gick till Bosse.
Bilder kommer på intranätet.

/Lotta, festkommittén`, 'sex-life'),
  d(`Hej gänget!

Här kommer sammanfattningen från personalfesten:
- Maten var fantastisk, tack festkommittén!
- Vi röstade fram Alex till årets kollega.
- Temat "kärlek i alla former" var uppskattat – många kom i regnbågsfärger.
- Priset för bästa dans gick till Bosse.
Bilder kommer på intranätet, men vi lägger bara upp bilder på de som har gett samtycke.

/Lotta, festkommittén`),
  d(`From: Matteo Rossi
To: Johanna Lind, HR
Subject: Salary negotiation – my counter-offer

Hi Johanna,
Thanks for the offer of SEK 52 000 per month for the data architect role. Given my experience and the
market rate in Stockholm, I'd like to ask for SEK 56 500, plus one extra week of holiday.
My current employer pays SEK 54 000 and a yearly bonus of about SEK 40 000.
Happy to discuss on Thursday.

Best regards,
Matteo`, 'salary'),
  d(`From: Johanna Lind, HR
To: Hiring managers
Subject: Salary negotiation – guidelines

Hi all,
When you make offers for IT roles, please stay within the salary range in the approved recruitment plan.
If a candidate asks for more than the range, for example to match their current employer, contact HR before
you reply. Bonuses are not used in the municipality. Extra holiday can only be offered according to the agreement.

Best regards,
Johanna`),
  d(`Journalanteckning – Vuxenenheten, missbruk
2024-04-18, hembesök, handläggare Nils Grahn

Besök hos Therese Kvist tillsammans med sjuksköterska från beroendeenheten. Therese har återfallit i
amfetaminmissbruk efter sex månader av drogfrihet. Hon har tre obetalda hyror. Hyresvärden har varslat om
vräkning. Hon samtycker till kontakt med Kronofogden och till en ansökan om ekonomiskt bistånd för hyresskulden.
LVM-anmälan bedöms inte aktuell i dag. Nytt besök 25 april.`, 'social', 'health'),
  d(`Hej!

Jag hjälper min granne Stig, 84, med hans ekonomi eftersom han inte klarar datorn.
Kan ni betala ut hans bostadstillägg till hans konto i stället för med utbetalningskort? Han har konto i
Länsförsäkringar Bank: clearing 9021, kontonummer 3141 59 265. Han har skrivit en fullmakt till mig, den bifogas.

Vänliga hälsningar
Ulla Berggren`, 'bank-account'),
  d(`Från: Kundservice, Pensionsmyndigheten (automatiskt)
Till: Ulla Berggren
Ämne: Ditt ärende har registrerats

Tack för ditt meddelande. Vi kan inte ändra utbetalningskonto via e-post. Kontonummer anmäls genom
Swedbanks kontoregister, via Mina sidor eller på blankett. Om du hjälper någon annan med deras
ekonomi krävs en fullmakt.
Ärendenummer: 2024-551020`),
  d(`Hej Peter,

Här är lite information om den nya praktikanten, så att du vet inför måndag.
Hon heter Yasmin Chowdhury, läser sista året på socionomprogrammet, och kommer från Bangladesh
ursprungligen – familjen är bengaler och hon pratar bengali flytande, vilket kan vara användbart i
mottagningen. Hon är också väldigt duktig på Excel.

/Karin`, 'ethnic-origin'),
  d(`Hej Peter,

Här är lite information om den nya praktikanten, så att du vet inför måndag.
Hon läser sista året på socionomprogrammet och ska vara hos oss i tio veckor. Hon har skrivit att hon
gärna vill se både mottagningen och utredningsarbetet. Hennes handledare på högskolan heter Anders Lund.
Hon behöver ett konto i Lifecare från dag ett, kan du beställa det?

/Karin`),
  d(`Nämndsammanträde, Utbildningsnämnden, 2024-03-19
Utdrag ur protokoll

§ 22 Anmälan om kränkande behandling, Norrskolan
Huvudmannen har tagit emot en anmälan om kränkande behandling av eleven Molly, 12 år. Molly har blivit
kallad nedsättande ord om lesbiska av klasskamrater efter att hon berättat att hon är kär i en tjej.
Skolan har utrett och vidtagit åtgärder.
Nämnden beslutar att lägga informationen till handlingarna.
Paragrafen har behandlats inom stängda dörrar och omfattas av sekretess enligt 23 kap. 2 § OSL.`, 'sex-life', 'secrecy'),
  d(`Nämndsammanträde, Utbildningsnämnden, 2024-04-16
Utdrag ur protokoll

§ 31 Statistik över anmälningar om kränkande behandling
Under första kvartalet har huvudmannen tagit emot 41 anmälningar om kränkande behandling, varav 6 med
koppling till sexuell läggning och 4 till etnisk tillhörighet. Nämnden uppdrar åt förvaltningen att ta fram
en handlingsplan.
Nämnden beslutar att lägga informationen till handlingarna.`),
  d(`Hej Ahmed!

Jag har gått igenom vårens frånvarorapport för SFI-kursen. Du som ansvarig lärare ska rapportera elever
med hög frånvaro till etableringshandläggaren. I din grupp gäller det:
- Rahel T: 46 % frånvaro, betyg i delkurs B: F
- Mustafa K: 31 % frånvaro, betyg i delkurs B: E
Kan du skicka det till Arbetsförmedlingen i veckan?

/Gerd, studierektor Vux`, 'grades'),
  d(`Hej kära kollegor,

Lite personligt: som några av er vet har jag varit borta en del i vår. Jag vill berätta själv att jag har
fått diagnosen bröstcancer och ska opereras 4 juni. Jag kommer vara sjukskriven hela sommaren.
Prognosen är god. Jag vill inte ha blommor, men gärna ett sms ibland!
Under tiden tar Kristian mina ärenden.

Kram
Margareta`, 'health'),
  d(`Hej Cecilia!

Tack för att du tog hand om bokningen av konferensen i Umeå. Hotellet vill ha en kortgaranti. Eftersom
min företagskort inte är aktiverat än kan du använda mitt privata:
Mastercard 5168 4412 9087 3360, giltigt t.o.m. 02/28, CVC 771, kortinnehavare Peter Sjögren.
Jag tar kvittot och gör en reseräkning efteråt.

Tack!
Peter

PS. Vegetarisk mat på middagen för mig.`, 'payment-card'),
  d(`Hej Cecilia!

Tack för att du tog hand om bokningen av konferensen i Umeå. Hotellet vill ha en kortgaranti. Använd
förvaltningens resekonto hos resebyrån, så behöver ingen lämna ut sitt privata kort. Kortnummer och CVC
ska aldrig skickas via e-post, enligt ekonomihandboken.

Tack!
Peter

PS. Vegetarisk mat på middagen för mig.`),
  d(`Minnesanteckningar – barnhälsovårdsteam, 9 oktober

1. Nyfödda i området: 14 sedan september.
2. Familj Khalil: nyföddscreeningen visade att dottern har PKU (fenylketonuri). Båda föräldrarna
   har nu testats och är anlagsbärare. Dietist är kopplad. Familjen har frågat om syskonet ska testas.
3. Vaccinationstäckning: 97 %.
4. Föräldragrupper: start 1 november.
/BVC-sjuksköterska Karin`, 'genetic', 'health'),
  d(`Minnesanteckningar – barnhälsovårdsteam, 6 november

1. Nyfödda i området: 11 sedan oktober.
2. PKU-provet: nya rutiner från Centrum för medfödda metabola sjukdomar. Provet ska tas 48–72 timmar
   efter födseln. Vid positivt fynd kontaktas familjen direkt av specialistcentret.
3. Vaccinationstäckning: 97 %.
4. Föräldragrupper: startade 1 november, 3 grupper.
/BVC-sjuksköterska Karin`),
  d(`[2024-02-12 14:01] Hanna (samordnare): Hej alla i nätverket! Välkomna till chatten.
[2024-02-12 14:03] Lars (Pingstkyrkan): Hej! Vi har plats för fyra till på matutdelningen på torsdag.
[2024-02-12 14:05] Imam Yusuf (Moskén): Vi kan bidra med frivilliga på lördag.
[2024-02-12 14:08] Hanna (samordnare): Tack! Bra samarbete mellan församlingarna.
[2024-02-12 14:10] Lars (Pingstkyrkan): Kan kommunen hjälpa med lokal i mars?
[2024-02-12 14:15] Hanna (samordnare): Jag kollar med fastighet.`, 'religion'),
  d(`Hej Maria,

Som jag nämnde i telefon: Maja Berg, som jobbar hos er på kundtjänst, har skyddade personuppgifter och
kvarskrivning efter att hon flydde från en våldsam relation. Hon har bett mig som hennes kontaktperson på
kvinnojouren att påminna er om att hennes bild inte får finnas på webben och att hennes telefonnummer
inte ska stå i växelns sökfunktion.

Tack för att ni tar det på allvar.
Åsa, kvinnojouren Linnea`, 'protected-identity'),
  d(`Hej Maria,

Som jag nämnde i telefon: vi på kvinnojouren håller gärna en utbildning för er personal om hur man
bemöter kunder och kollegor som har skyddade personuppgifter eller kvarskrivning. Vi brukar ta upp
bilder på webben, växelns sökfunktion och hur man hanterar post.

Tack för att ni tar det på allvar.
Åsa, kvinnojouren Linnea`),
  d(`Från: Erik Söderlund
Skickat: den 27 september 22:13
Till: Teamet Drift
Ämne: Nattjour helgen

Hej,
Jag har jour i helgen men kan inte logga in i VPN hemifrån. Om någon behöver ta över: mitt
användarnamn är esoder och lösenordet Jour-Hosten-24, och engångskoderna kommer till min telefon,
så ring mig så läser jag upp dem. Jag ska byta lösenord på måndag.

/Erik`, 'credentials'),
  d(`Protokoll, arbetsplatsträff Socialsekreterarna, 2024-10-14

1. Information från ledningen: ny förvaltningschef tillträder 1 december.
2. Ärendebelastning: i genomsnitt 38 ärenden per handläggare, målet är 30.
3. Rehabiliteringsärende: Evelina återgår i tjänst 50 % från 1 november efter sin sjukskrivning för
   utmattning. Hon får inte ha jour under hösten.
4. Fackligt: Akademikerförbundet SSR:s ombud Henrik Lindh informerade om förhandlingen om jourersättning.
5. Arbetsmiljö: hot och våld – ny rutin för hembesök.
6. Övrigt: julbord 12 december.`, 'health', 'trade-union'),
  d(`Hej Sandra!

Tack för att du stämde av. Jag har fått ditt mejl om att Erik Nordlund ska bli vår nya IT-chef.
Jag tycker att du ska veta att när vi arbetade ihop på Länsstyrelsen hade han en hel del samarbetsproblem
– han fick en skriftlig varning 2020 för att han skällt ut en konsult inför hela gruppen. Jag vet inte
om det har förändrats.

Det här är naturligtvis mellan oss.
/Ylva`, 'hr-assessment'),
  d(`From: Amina Dualeh
To: Team leads
Subject: Interpreter for Friday's home visit

Hi,
I've booked a Somali interpreter for the home visit on Friday. The mother, Hodan, asked for a female
interpreter and specifically not someone from her own clan, because she is from a Bantu-Somali minority
and has had bad experiences. The agency confirmed.
Also, the family's application for housing allowance has been approved.

Amina`, 'ethnic-origin'),
  d(`Hej,

Jag har jobbat på Fastighetskontoret i sju år och upplever att min lön har halkat efter. Jag har i dag
31 400 kr, medan två kollegor med samma uppgifter som anställts i år har 33 000 kr. Jag är medlem i
Vision och har bett Anders Holm, som är vårt lokala ombud, att ta upp det vid lönerevisionen.

Med vänlig hälsning
Eva Strandberg`, 'salary', 'trade-union'),
  d(`Hej!

Vi har märkt att många upplever att lönerna har halkat efter när nya kollegor anställs med högre lön.
Vision har därför begärt en lönekartläggning för Fastighetskontoret, och arbetsgivaren har gått med på
att göra den under våren. Resultatet presenteras på APT i juni.

Med vänlig hälsning
Vision, sektionen Samhällsbyggnad`),
  d(`Elevärende – anteckning från EHT, 2024-11-27
Elev: Nils, åk 8

Nils har berättat för kuratorn att han är homosexuell och att han blir trakasserad på nätet av elever i
9A. Han har inte berättat det för sina föräldrar och vill inte att skolan kontaktar dem om just det.
Frånvaro: 23 % sedan oktober.
Åtgärder: kurator träffar Nils varje vecka, rektor utreder kränkningarna.
Anteckningen omfattas av sekretess enligt 23 kap. 2 § OSL.`, 'sex-life', 'grades', 'secrecy'),
  d(`Hej Frida!

Kort sammanfattning från mötet med Migrationsverket om vår mottagning.
- Familjen Osmani kommer den 14:e. De är kurder från Irak och alla tre barnen ska börja skolan.
- Familjen Mehmeti kommer den 20:e. Mamman berättade att de tillhör den romska minoriteten i Kosovo.
- Boendet på Tallvägen är klart.
Skolan är informerad.

/Ali, flyktingsamordnare`, 'ethnic-origin'),
  d(`Hej Frida!

Kort sammanfattning från mötet med Migrationsverket om vår mottagning.
- Kommunen tar emot 24 personer under året, varav ungefär hälften barn.
- De flesta kommer från Irak, Afghanistan och Kosovo.
- Boendet på Tallvägen är klart.
Skolan har fått information om antal barn.

/Ali, flyktingsamordnare`),
  d(`Från: Patrik Svensson
Skickat: den 1 april 13:40
Till: Camilla Rönn
Ämne: SV: Nattjouren

Hej Camilla,
Tack för ditt besked. Jag förstår att vi inte kan byta jourvecka, men jag vill ändå påpeka att jag som
aktiv katolik inte vill arbeta långfredag om det går att undvika. Om det inte går så går det.

/Patrik

> Från: Camilla Rönn
> Hej Patrik, jourschemat för påsken är låst, tyvärr. /Camilla`, 'religion'),
  d(`Chattlogg exporterad från Teams – kanal "Mottagningen IFO", 2024-05-22

08:01 Jenny B: Godmorgon! Vem tar telefonen före lunch?
08:03 Hassan M: Jag tar den.
08:15 Jenny B: Det har kommit in en orosanmälan om syskonen Berg på Solvändan, pappan ringde själv och sa
att han inte klarar av barnen efter att mamman lagts in på psyk. Kan någon göra en skyddsbedömning i dag?
08:17 Petra L: Jag tar den, jag har ingen bokning före 11.
08:30 Hassan M: Påminnelse: APT kl 13.
09:02 Petra L: Skyddsbedömning klar: inget akut skyddsbehov, barnen kan bo kvar med pappa. Förhandsbedömning
inleds, vi erbjuder stöd i hemmet.
09:05 Jenny B: Tack Petra!
09:40 Hassan M: Kaffe någon?`, 'social', 'health'),
  d(`Chattlogg exporterad från Teams – kanal "Mottagningen IFO", 2024-05-23

08:01 Jenny B: Godmorgon! Vem tar telefonen före lunch?
08:03 Hassan M: Jag tar den.
08:15 Jenny B: Påminnelse: skyddsbedömning ska göras samma dag som en orosanmälan kommer in, och
förhandsbedömningen ska vara klar inom 14 dagar. Vi ligger efter, så hjälp gärna till.
08:17 Petra L: Jag kan ta två i dag.
08:30 Hassan M: APT kl 13, vi pratar om nya mallen för förhandsbedömning.
09:40 Hassan M: Kaffe någon?`),
  d(`Hej Lars,

Jag hörde att du undrade varför jag inte var med på kickoffen. Jag ville inte säga det inför alla, men jag är
sedan två år aktiv i Feministiskt initiativ och sitter på deras lista i regionvalet, och kickoffen krockade med
vårt kongressmöte. Jag tycker inte att det påverkar mitt jobb, men jag vill vara öppen med dig som chef.

/Hedvig`, 'political-opinion'),
  d(`Hej Lars,

Jag hörde att du undrade om medarbetare får engagera sig politiskt på fritiden. Det får de självklart – det
är en grundlagsskyddad rättighet. Det som gäller är att man som tjänsteperson ska vara saklig och opartisk i
sin tjänsteutövning och anmäla jäv när det behövs. HR har en vägledning om politiska uppdrag och anställning.

/Hedvig, HR-specialist`),
  d(`Sammanställning – löneöversyn 2024, Förskolan Regnbågen (konfidentiellt)

Namn            Nuvarande lön   Ny lön     Höjning
Sara Fors       33 100          34 300     1 200
Emir Kovač      31 800          32 700       900
Annie Ljung     35 600          36 400       800
Ulrika Sten     29 900          31 200     1 300

Kommentar: Ulrika får en extra satsning efter att hon tagit förskollärarexamen.
Lönerna är förhandlade med Sveriges Lärare och Kommunal.
/Rektor`, 'salary'),
  d(`Sammanställning – löneöversyn 2024, förskolorna (statistik)

Yrkesgrupp            Snittlön 2023   Snittlön 2024   Höjning
Förskollärare         34 200          35 300          3,2 %
Barnskötare           28 400          29 300          3,2 %
Kock                  29 100          30 000          3,1 %

Kommentar: Satsning på förskollärare med examen enligt överenskommelse med Sveriges Lärare.
/Personalavdelningen`),
  d(`Från: Kristina Lövgren
Till: Handläggarteamet
Ämne: VB: Överklagat beslut

Hej, se nedan. Förvaltningsrätten har gett Bengt rätt.

> Från: Förvaltningsrätten i Storstad, mål nr 4412-24
> Förvaltningsrätten bifaller överklagandet och förpliktar kommunen att bevilja Bengt Åkesson
> ekonomiskt bistånd till tandvård med 18 400 kr. Förvaltningsrätten finner att han inte kan tillgodose
> behovet på annat sätt, bland annat med hänsyn till hans långvariga sjukskrivning.

Bengt ska få beslutet skickat till sig i dag.
/Kristina`, 'social', 'health'),
  d(`Hej Pär!

Här är resultatet från nationella proven i svenska, åk 6, för klass 6B:
Delprov A (läsning): 22 elever godkända av 25. Ej godkända: Tim, Lova och Hamza.
Delprov B (skrivning): 24 av 25 godkända. Ej godkänd: Lova.
Lova har alltså inte klarat två delprov och bör få en bedömning av specialpedagogen.
Tims frånvaro under provveckan var också hög.

/Eva, klasslärare 6B`, 'grades'),
  d(`Hej Pär!

Här är resultatet från nationella proven i svenska, åk 6, för hela skolan:
Delprov A (läsning): 88 % godkända.
Delprov B (skrivning): 93 % godkända.
Resultaten är något bättre än i fjol. Vi rapporterar in dem till Skolverket senast 15 juni.
Elever som inte klarat delproven ska diskuteras i arbetslagen.

/Eva, förstelärare`),
  d(`Hej!

Påminnelse om mötet med Kommunal i morgon kl 9 om schemaförändringarna på Ängsgården.
Som ni vet har Kommunals huvudskyddsombud Carina Holst stoppat nattarbetet enligt 6 kap. 7 § AML
eftersom hon bedömer att ensamarbetet på natten är farligt. Vi behöver komma överens om bemanningen innan dess.

/Josefin, verksamhetschef`, 'trade-union'),
  d(`Hej!

Påminnelse om mötet med Kommunal i morgon kl 9 om schemaförändringarna på Ängsgården.
Vi behöver diskutera ensamarbetet på natten och hur bemanningen kan förstärkas. Enligt arbetsmiljölagen har
skyddsombud rätt att stoppa arbete som innebär omedelbar och allvarlig fara, så vi vill gärna lösa frågan i samverkan.

/Josefin, verksamhetschef`),
  d(`From: Olivia Brandt
To: Study counsellor
Subject: My transcript

Hi,
I'm writing because my transcript from the autumn term is missing my grade in Statistics II. I got a
C on the exam (48 of 70 points) but the course still shows "not completed" because my lab report was marked
as failed. I've resubmitted it. Could you check with the examiner?
Also, I was absent for the first two seminars because of my surgery, and I have a medical certificate.

Best,
Olivia Brandt`, 'grades', 'health'),
  d(`Hej,

Vi har ett problem med nyckelhanteringen på Tallbacken. Nyckelskåpet till läkemedelsrummet har kod
3390, och den koden har delats ut till alla vikarier i sommar. Koden står dessutom på en lapp i
personalrummet. Kan vi byta kod i dag och bara ge den till tillsvidareanställda?

/Sanna, sjuksköterska`, 'credentials'),
  d(`Hej allihop,

Jag vill informera er om en ändring i teamet. Kristin har efter flera samtal med mig och HR fått
omplacering till en annan enhet, eftersom hon inte har klarat kraven på dokumentation och vid flera tillfällen
lämnat ärenden utan överlämning. Hon börjar på Registratur den 1 mars.
Jag vet att några av er har undrat, och jag vill att ni får höra det från mig.

/Stefan, enhetschef`, 'hr-assessment'),
  d(`Hej allihop,

Jag vill informera er om en ändring i teamet. Kristin har fått en ny tjänst på Registratur och börjar där den
1 mars. Vi kommer att rekrytera en ersättare under våren. Fram till dess fördelar vi hennes ärenden
enligt listan som jag skickar separat.
Vi tackar Kristin för hennes tid hos oss!

/Stefan, enhetschef`),
  d(`Hej Camilla!

Angående hyresgästen i lägenhet 1203: han har berättat för mig att han har fått beslut om kontaktperson
enligt LSS och att hans god man, Ingrid Lund, sköter hans ekonomi. Han har också en dom om
ringa narkotikabrott från i fjol och frivården har kontakt med honom. Han undrar om det påverkar kontraktet.
Jag sa att vi återkommer.

/Erik, bovärd`, 'social', 'criminal-record'),
  d(`Newsletter – Storvika Region Staff Network "Rainbow"

Hi all!
In this issue:
• Pride month: we'll have a stand at the hospital entrance 3–7 June.
• Meet our new co-chair, Lukas Eriksson from radiology, who tells us about coming out as non-binary at work
  and what it meant to have a manager who backed them up.
• Training: "Inclusive patient encounters" on 18 June.
• Join us for the after-work at Café Kvarn on 14 June.

Rainbow network`, 'sex-life'),
  d(`Newsletter – Storvika Region Staff Network "Rainbow"

Hi all!
In this issue:
• Pride month: we'll have a stand at the hospital entrance 3–7 June.
• New guidance: how to ask patients about pronouns and gender identity respectfully.
• Training: "Inclusive patient encounters" on 18 June.
• Join us for the after-work at Café Kvarn on 14 June – everyone is welcome, members and allies.

Rainbow network`),
  d(`Hej Jan!

Här är lite bakgrund om den nya ordföranden i Vänföreningen, som du ska träffa på onsdag.
Hon heter Randa Said, kom till Sverige från Syrien 2015 och är druz. Hon är noga med att hennes
religiösa tillhörighet inte ska blandas ihop med de andra syriska föreningarna i stan. Hon har också
sagt att hon röstar på Socialdemokraterna och ogillar att föreningen kallas "invandrarförening".

/Lisa, föreningskonsulent`, 'ethnic-origin', 'religion', 'political-opinion'),
  d(`Från: Karl-Johan Wester
Skickat: den 19 februari 16:02
Till: Sofia Andersson; Bo Lindahl; Eva Grön
Ämne: SV: SV: SV: Planering studiedag 8 mars

Hej alla,
Jag tror vi är överens nu. Sammanfattning:
- Förmiddag: föreläsning om lågaffektivt bemötande (Eva bokar föreläsaren).
- Lunch: i matsalen, specialkost meddelas köket senast 1 mars.
- Eftermiddag: arbete i ämneslag.
- Fika: Bo beställer.

Karl-Johan

> Från: Eva Grön
> Skickat: den 19 februari 11:20
> Jag kan boka föreläsaren. Hon tar 12 000 kr plus resa.
>
>> Från: Bo Lindahl
>> Skickat: den 18 februari 20:44
>> Bra förslag. En sak: vi måste också hinna prata om Hugo i 7C. Han har nu F i fem ämnen och över 30 %
>> frånvaro, och pappan har hört av sig och är arg över att ingen sagt något. Kan vi ta det i EHT-delen?
>>
>>> Från: Sofia Andersson
>>> Skickat: den 18 februari 09:10
>>> Hej! Förslag till studiedagen: föreläsning på förmiddagen och ämneslag på eftermiddagen. Synpunkter?

--
Karl-Johan Wester, biträdande rektor, Västerskolan`, 'grades'),
  d(`Från: Karl-Johan Wester
Skickat: den 20 februari 16:02
Till: Sofia Andersson; Bo Lindahl; Eva Grön
Ämne: SV: SV: SV: Planering studiedag 15 mars

Hej alla,
Jag tror vi är överens nu. Sammanfattning:
- Förmiddag: föreläsning om betygssättning och bedömning (Eva bokar föreläsaren).
- Lunch: i matsalen, specialkost meddelas köket senast 8 mars.
- Eftermiddag: ämneslagen sambedömer anonymiserade elevtexter och går igenom frånvarorutinen.
- Fika: Bo beställer.

Karl-Johan

> Från: Eva Grön
> Jag kan boka föreläsaren från Skolverket.
>
>> Från: Bo Lindahl
>> Bra förslag. Vi måste också hinna prata om hur vi informerar vårdnadshavare när elever riskerar F.
>>
>>> Från: Sofia Andersson
>>> Hej! Förslag till studiedagen: föreläsning på förmiddagen och ämneslag på eftermiddagen. Synpunkter?

--
Karl-Johan Wester, biträdande rektor, Västerskolan`),
  d(`Minnesanteckningar – Ledningsgrupp Individ- och familjeomsorg
Datum: 2024-09-25, kl 09.00–11.30
Närvarande: Karin (IFO-chef), Mats (vuxen), Sara (barn och unga), Jonas (försörjningsstöd), Elin (sekr)

1. Ekonomi
   Prognos −4,1 mkr, främst placeringskostnader. Externa placeringar: 23 barn, 7 vuxna.
2. Statistik försörjningsstöd
   412 hushåll i augusti, en ökning med 6 % jämfört med i fjol.
3. Aktuella ärenden på ledningsnivå
   a) Sara informerade om att tvångsomhändertagandet av de två barnen i familjen Lindholm enligt 6 § LVU
      har fastställts av förvaltningsrätten. Barnen är placerade i jourhem i grannkommunen.
   b) Mats: klagomål från en granne till stödboendet, hanteras av boendechefen.
4. Personal
   Två vakanser på barn och unga. Intervjuer v 41.
5. Arbetsmiljö
   Hot mot handläggare har ökat. Ny rutin för hembesök med två personer.
6. Övrigt
   Nästa möte 23 oktober.

Antecknat av Elin`, 'social'),
  d(`Minnesanteckningar – Ledningsgrupp Individ- och familjeomsorg
Datum: 2024-10-23, kl 09.00–11.30
Närvarande: Karin (IFO-chef), Mats (vuxen), Sara (barn och unga), Jonas (försörjningsstöd), Elin (sekr)

1. Ekonomi
   Prognos −3,8 mkr, främst placeringskostnader.
2. Statistik försörjningsstöd
   405 hushåll i september.
3. Verksamhetsutveckling
   a) Sara presenterade förslaget om egen familjehemsrekrytering, som kan minska behovet av
      placeringar i konsulentstödda familjehem.
   b) Mats: uppföljning av LVM-ärenden ska redovisas kvartalsvis till nämnden.
4. Personal
   Två nya handläggare börjar på barn och unga i november.
5. Arbetsmiljö
   Rutinen för hembesök med två personer har införts.
6. Övrigt
   Nästa möte 20 november.

Antecknat av Elin`),
  d(`From: IT Service Desk <servicedesk@storvika-region.example>
Sent: Monday 07:48
To: Fredrik Holm
Subject: [Ticket 2024-88104] Account locked – resolved

Hello Fredrik,

Your ticket has been updated.

----------------------------------------------------
Ticket: 2024-88104
Category: Account / Password
Status: Resolved
----------------------------------------------------

Agent note (Monday 07:41):
The account fholm was locked after 5 failed attempts. Unlocked and a temporary password has been set:
Vinter!Blå-7731. The user must change it at next login. MFA recovery code issued: 449 102 883.

Customer note (Sunday 22:10):
"I can't log in to the VPN, it says my account is locked. I need it for the on-call shift tonight."
----------------------------------------------------

Please do not reply to this e-mail. If the issue persists, reopen the ticket in the self-service portal.

IT Service Desk
Storvika Region`, 'credentials'),
  d(`From: IT Service Desk <servicedesk@storvika-region.example>
Sent: Monday 07:48
To: Fredrik Holm
Subject: [Ticket 2024-88105] Account locked – resolved

Hello Fredrik,

Your ticket has been updated.

----------------------------------------------------
Ticket: 2024-88105
Category: Account / Password
Status: Resolved
----------------------------------------------------

Agent note (Monday 07:41):
The account was locked after 5 failed attempts and has been unlocked. The user has been asked to set a new
password via the self-service portal and to register a new MFA method. No password was sent by e-mail.

Customer note (Sunday 22:10):
"I can't log in to the VPN, it says my account is locked. I need it for the on-call shift tonight."
----------------------------------------------------

Please do not reply to this e-mail. If the issue persists, reopen the ticket in the self-service portal.

IT Service Desk
Storvika Region`),
  d(`Hej Lovisa!

Långt mejl, förlåt, men jag vill att du har bakgrunden inför att du tar över mina ärenden under ledigheten.

1) Utredningen om Tyra (8 år) – klar, beslut om familjebehandling fattat. Uppföljning i december.
2) Ansökan om kontaktfamilj för bröderna Wallin – väntar på att familjehemsenheten hittar en familj.
3) Ärendet med mamman på Kvarnbacken – hon har skyddade personuppgifter, så all post går via
   Skatteverkets förmedlingstjänst. Ring aldrig från mobil med synligt nummer.
4) Överklagandet från pappan i ärende 2024-118 – förvaltningsrätten har inte avgjort det än.

Utöver det: lösenordet till vår gemensamma funktionsbrevlåda är bytt och finns i valvet, inte här.
Ring mig om något brinner, men helst inte.

Kram
Hedda`, 'social', 'protected-identity'),
  d(`Hej Lovisa!

Långt mejl, förlåt, men jag vill att du har bakgrunden inför att du tar över samordningen under min ledighet.

1) Utbildningsplanen för nya handläggare – klar, ligger på Teams.
2) Familjehemsrekryteringen – annonsen publiceras i oktober.
3) Rutinen för skyddade personuppgifter – uppdaterad efter Skatteverkets nya vägledning. Post går via
   förmedlingstjänsten och man ska aldrig ringa från mobil med synligt nummer.
4) Budgeten för handledning – 60 000 kr kvar.

Utöver det: lösenordet till vår gemensamma funktionsbrevlåda är bytt och finns i valvet, inte här.
Ring mig om något brinner, men helst inte.

Kram
Hedda`),
  d(`Kvartalsrapport – Ekonomienheten, Q3
Till: Förvaltningschef

1. Resultat: +1,2 mkr mot budget.
2. Leverantörsreskontra: 3 112 fakturor, 98 % betalda i tid.
3. Felaktiga utbetalningar: Jonna Ekbergs lön för augusti, 38 000 kr, gick till fel konto efter att en anställd,
   Kim Lagerqvist, bytt hennes lönekonto i systemet på uppdrag av ett falskt mejl. Det nya kontot, SEB 5412 00 775 31,
   tillhörde bedragaren; Jonnas riktiga konto är Nordea 3300 123 456 7. Polisanmälan gjord.
   Kim har fått ett samtal om rutinen och ska gå IT-säkerhetsutbildningen igen.
4. Internkontroll: nya kontroller vid kontobyten från oktober.
5. Personal: en ny redovisningsekonom anställd.`, 'bank-account', 'hr-assessment'),
  d(`Kvartalsrapport – Ekonomienheten, Q4
Till: Förvaltningschef

1. Resultat: +0,8 mkr mot budget.
2. Leverantörsreskontra: 3 290 fakturor, 99 % betalda i tid.
3. Felaktiga utbetalningar: inga under kvartalet. Den nya kontrollen vid kontobyten fungerar –
   byte av bankkonto för en leverantör kräver nu att vi ringer leverantören på ett nummer vi redan har.
4. Internkontroll: alla moment genomförda.
5. Personal: inga förändringar.`),
  d(`[2024-04-03 17:21] Sofia: hej! sorry för sent svar
[2024-04-03 17:22] Sofia: kan du ta min kund i morgon kl 9? jag måste till Sahlgrenska
[2024-04-03 17:22] Marcus: ja visst, allt ok?
[2024-04-03 17:25] Sofia: de har gjort en gentest på mig och pappa, och vi har båda mutationen för
ärftlig långt QT-syndrom. Jag ska träffa kardiolog i morgon
[2024-04-03 17:26] Marcus: oj, hoppas det går bra ❤️
[2024-04-03 17:27] Sofia: tack. säg inget till de andra än
[2024-04-03 17:28] Marcus: självklart inte
[2024-04-03 17:30] Sofia: kunden heter Lindberg, mappen ligger på skrivbordet`, 'genetic', 'health'),
  d(`Hej alla kassörer i Storvika IF!

Här kommer sammanställningen av vilka som ska ha återbetalning efter den inställda cupen:
- Familjen Nyberg, 1 200 kr, till konto Swedbank 8105-9, 934 221 660-2
- Familjen Abdi, 1 200 kr, till konto Handelsbanken 6789 – 123 456 789
- Familjen Ström, 600 kr, via Swish
Kan ni betala ut före fredag? Kvitto till mig.

Tack!
Anna, huvudkassör`, 'bank-account'),
  d(`Hej Torbjörn,

Tack för att du hade tid för mig i går. Jag skriver för att sammanfatta vad jag sa, eftersom jag vill
att det finns på pränt.

Jag har under det senaste året upplevt att min chef, Per, behandlar mig annorlunda sedan jag berättade att
jag är med i Sverigedemokraterna och har ett uppdrag i kultur- och fritidsnämnden. Han har tagit bort mig
från två projekt och kommenterat mina politiska åsikter inför kollegor. Jag vill att HR utreder detta.

Jag är medlem i Vision och har informerat mitt ombud.

Med vänlig hälsning
Mikaela Borg`, 'political-opinion', 'trade-union'),
  d(`Hej Torbjörn,

Tack för att du hade tid för mig i går. Jag skriver för att sammanfatta vår diskussion om
arbetsgivarens ansvar när medarbetare upplever att de behandlas annorlunda på grund av politiska åsikter.
Politisk åskådning är inte en diskrimineringsgrund i diskrimineringslagen, men arbetsgivaren har ändå ett
ansvar för arbetsmiljön enligt AFS om organisatorisk och social arbetsmiljö. Jag föreslår att vi lägger in
detta i chefsutbildningen.

Med vänlig hälsning
Mikaela Borg, HR-strateg`),
  d(`Från: Gunilla Borg
Skickat: den 9 december 10:31
Till: Ekonomiservice
Ämne: VB: Återbetalning av kursavgift

Hej, kan ni hjälpa till med nedanstående? Deltagaren har betalat två gånger.

> Från: Roger Falk
> Skickat: den 8 december 21:47
> Ämne: Återbetalning av kursavgift
> Hej, jag betalade kursavgiften för Excel fortsättning två gånger (950 kr x 2) med mitt kort.
> Kortet är ett Visa, 4024 0071 8823 4410, utgångsdatum 05/27. Kan ni sätta tillbaka 950 kr på det?
> Tack, Roger

Gunilla Borg
Kursadministratör, Kompetenscentrum`, 'payment-card'),
  d(`Hej Sebastian,

Sammanfattning av introduktionssamtalet med Alma efter tre månader på enheten:
- Alma har kommit in snabbt i arbetet och tar stort eget ansvar. Hon är omtyckt av brukarna.
- Hon behöver bli säkrare på dokumentationen i Lifecare; flera anteckningar har saknats.
- Hon har två gånger kommit mer än en halvtimme sent utan att höra av sig.
Sammantaget bedömer jag att provanställningen kan övergå i tillsvidareanställning, men vi följer upp
punktligheten i februari.

/Rebecka, enhetschef`, 'hr-assessment'),
  d(`Hej Sebastian,

Inför introduktionssamtalen efter tre månader: använd checklistan i HR-portalen. Den tar upp hur den
nyanställda har kommit in i arbetet, dokumentation i Lifecare, punktlighet och samarbete.
Beslut om provanställningen ska övergå i tillsvidareanställning ska fattas senast en månad innan
provanställningen löper ut. Kontakta HR om du är tveksam.

/Rebecka, enhetschef`),
  d(`Hej Majken!

Tack för att du ställde upp som intervjuperson till vår rapport om äldres ensamhet. Jag har skrivit ut din
berättelse och vill att du läser igenom den innan vi publicerar. I texten står det att du levde med din
väninna Greta i 40 år "utan att någon fick veta att ni var ett par", och att du efter hennes död har
känt dig osynlig på äldreboendet. Vill du att vi använder ditt riktiga namn, eller ska vi skriva "Maj, 86"?

Hälsningar
Ebba, utvecklingsledare äldreomsorg`, 'sex-life'),
];
