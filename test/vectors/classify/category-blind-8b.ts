/**
 * Category blind set 8b — BLIND.
 *
 * Written by a corpus-writer agent from the labelling guide alone, without reading the classifier, its
 * training data or any other corpus. It must never be used for training, tuning or keyword mining; it is
 * scored once, by the lead, to measure the classifier on text it has never seen.
 *
 * Style: longer, messy texts (roughly 8 to 40 lines) — forwarded threads with quoted history and
 * "Från: … Skickat: …" headers, signatures and legal disclaimers, meeting minutes and APT notes with several
 * agenda items, weekly summaries, chat exports with timestamps, ticket-system and HR-system mails, case-note
 * excerpts, newsletters and bullet lists, in Swedish and English. When a sensitive fact is present it may sit
 * anywhere (a quoted older mail, one agenda item, a PS); many texts use the same vocabulary without
 * disclosing anything about a person and are labelled with nothing.
 *
 * All names, organisations, numbers, codes and events are invented.
 */
import type { CategoryType } from '../../../src/core/classify/types.js';
import type { LabelledDocument } from './category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const CATEGORY_BLIND_8B: readonly LabelledDocument[] = [
  d(`Från: Annika Holmqvist
Skickat: den 14 mars 09:12
Till: Personal Solrosens förskola
Ämne: SV: Planering vecka 12

Hej alla!
Kort sammanfattning från gårdagens APT:
1. Inskolningar: två nya barn börjar på Blåbär måndag, Lisa tar emot.
2. Städning av förrådet skjuts till v. 14.
3. Personal: Mirja är sjukskriven resten av månaden efter sin knäoperation, vikarie från bemanningen är bokad.
4. Föräldramöte 2 april kl 18, fika ordnar vi själva.

Hör av er om något är oklart!
/Annika

Annika Holmqvist
Förskolechef, Solrosens förskola
Kvarnby kommun`, 'health'),
  d(`Från: Annika Holmqvist
Skickat: den 21 mars 16:40
Ämne: APT-anteckningar v. 12

Närvarande: Annika, Lisa, Jonas, Fatima, Per (vik.)
1. Föregående protokoll godkändes.
2. Sjukfrånvaron på enheten har gått ner från 8,1 till 6,4 procent under kvartalet. Vi fortsätter med friskvårdstimmen.
3. Brandövning genomförs 28/3, alla ska kunna återsamlingsplatsen.
4. Arbetsmiljöenkäten: svarsfrekvens 71 %, resultat presenteras i maj.
5. Övrigt: kaffemaskinen är lagad.

Nästa APT 18 april.
Vid pennan: Jonas`),
  d(`Subject: FW: access to the new lab system

---------- Forwarded message ---------
From: Service Desk <servicedesk@regionnorrby.example>
Date: Mon, 3 Feb 08:02
Subject: Ticket #448213 resolved

Hi Tomas,
Your account for LabLink has been created.
Username: tomas.berglund2
Temporary password: Vinter!Kaffe73
You will be asked to change it at first login.

Kind regards
Service Desk, Region Norrby

---
Tomas, could you forward this to Erik as well? He starts next week and needs the same setup.
/Ingrid`, 'credentials'),
  d(`Ärende #51877 — Lösenordsbyte
Status: Stängd
Kategori: Konto/behörighet

Beskrivning från användaren:
"Jag har glömt mitt lösenord till Procapita igen, kan ni återställa?"

Åtgärd (Kim, servicedesk 2025-10-02 10:14):
Lösenordet återställt. Användaren har fått en länk via SMS för att välja nytt lösenord själv. Inga lösenord skickas via e-post enligt rutin IT-SÄK-04.

Åtgärd (Kim, 10:20):
Användaren bekräftar att inloggning fungerar. Stänger ärendet.

Detta är ett automatiskt meddelande från ärendesystemet. Svara inte på detta mejl.`),
  d(`[2025-09-11 08:41] Sara L: god morgon! vem har nyckeln till bilen idag?
[2025-09-11 08:43] Mohammed K: jag har den, kör till Ekbacken kl 9
[2025-09-11 08:44] Sara L: ok. btw Gunnel på Ekbacken 4B har fått nytt beslut, hemtjänsten utökas till morgon+kväll från måndag, läs genomförandeplanen innan
[2025-09-11 08:45] Mohammed K: 👍 hon var ju jätteyr förra veckan
[2025-09-11 08:47] Sara L: ja, demensen har blivit sämre, dottern ringde igår
[2025-09-11 08:52] Mohammed K: jag tittar i planen
[2025-09-11 09:30] Elin P: någon som vet om vi har fler handskar i M?`, 'social', 'health'),
  d(`[2025-09-12 07:58] Elin P: hej, kan nån ta mitt pass på söndag? 
[2025-09-12 08:03] Sara L: kan inte, har barnen
[2025-09-12 08:10] Mohammed K: jag kan ta förmiddagen
[2025-09-12 08:11] Elin P: tack!! byter i schemat
[2025-09-12 08:15] Sara L: påminnelse: utbildning i läkemedelshantering tisdag kl 13, obligatorisk för alla som delegerats
[2025-09-12 08:16] Mohammed K: måste man ha med delegeringsbeviset?
[2025-09-12 08:20] Sara L: ja ta med det
[2025-09-12 09:01] Elin P: nya dörrkoden till personalrummet sitter på anslagstavlan, inte här i chatten 🙂`),
  d(`From: Daniel Okafor
Sent: Thursday, 6 November 14:22
To: Helena Strand
Subject: RE: reference for Jenny Lund

Hi Helena,
Happy to give a reference. Jenny worked in my team for three years. To be honest, her last year was difficult: she received a written warning in March for repeatedly missing client deadlines, and we had a follow-up plan with monthly check-ins. She improved somewhat after that but I would not describe her as independent yet.
Let me know if you want to talk by phone.

Best,
Daniel

-----Original Message-----
From: Helena Strand
Sent: Wednesday, 5 November 09:10
Subject: reference for Jenny Lund

Hi Daniel, Jenny has applied for a coordinator role with us and named you as a reference. Do you have 15 minutes this week?`, 'hr-assessment'),
  d(`Veckobrev vecka 41 — Enheten för ekonomiskt bistånd

Hej alla!
• Nya riktlinjer för försörjningsstöd 2026 är antagna av nämnden, de gäller från 1 januari. Se intranätet.
• Riksnormen höjs, vi återkommer med siffror när Socialstyrelsen publicerat.
• Handläggarnas ärendemängd: i snitt 58 hushåll per handläggare, målet är 45.
• Utbildning i motiverande samtal (MI) 22–23 oktober, anmälan till Carina.
• Fikalistan uppdaterad.

Trevlig helg!
Enhetschef Rebecka Nilsson`),
  d(`Från: Rebecka Nilsson
Skickat: den 17 oktober 11:05
Till: Jakob Ek
Ämne: VB: Akut — hushåll på Lönngatan

Jakob, kan du ta detta idag? Jag är på nämnd.

> Från: Mottagningen
> Skickat: den 17 oktober 10:40
> Ämne: Akut — hushåll på Lönngatan
>
> Ringt in: Emir Hodžić, ensamstående pappa med tre barn, har fått avhysningsbesked och saknar pengar till hyran för oktober. Har tidigare haft ekonomiskt bistånd 2023. Vill ha akut besök. Han har inte mat hemma över helgen.
> Mvh Linda, mottagningen`, 'social'),
  d(`Hej Magnus,

Tack för mötet i går. Som vi sa skickar jag här en sammanfattning av medarbetarsamtalet så att du kan kommentera innan vi lägger in det i HR-systemet:

- Du har tagit stort ansvar för upphandlingen av skolskjutsar och fått mycket beröm från rektorerna.
- Utvecklingsområde: dokumentationen i diariet släpar efter, ibland flera veckor.
- Du vill gå kursen i offentlig upphandling, nivå 2, till hösten — det stöder jag.
- Mål till nästa år: färdigställa ramavtalet och minska eftersläpningen i diariet till max en vecka.

Säg till om något blev fel!
Hälsningar
Karin Sjöberg
Enhetschef, Upphandlingsenheten`, 'hr-assessment'),
  d(`HR-portalen <noreply@hr.kvarnby.example>

Påminnelse: Medarbetarsamtal 2025

Hej!
Det är dags att boka medarbetarsamtal med din chef. Samtalen ska vara genomförda senast 30 november.
Inför samtalet ska du fylla i förberedelseformuläret i HR-portalen under "Mina samtal". Formuläret tar cirka 20 minuter.
Har du frågor, kontakta din HR-partner.

Detta mejl kan inte besvaras.`),
  d(`Anteckningar klasskonferens 8B, 12 december

Deltagare: mentorer Ulrika och Samir, ämneslärare, specialpedagog Birgitta

Allmänt: Klassen har fungerat bättre efter lovet. Ljudnivån på lektionerna är fortfarande hög.

Elever:
- Noah A: riskerar F i matematik och NO, har missat 4 av 6 prov. Birgitta kontaktar hemmet.
- Wilma S: ogiltig frånvaro 22 % denna termin, mest måndagar. Anmäls till rektor enligt rutin.
- Ella K: har höjt sig till C i engelska, bra jobbat.

Nästa konferens i mars.`, 'grades'),
  d(`Till vårdnadshavare i årskurs 9

Betygssättning för höstterminen sker vecka 50. Terminsbetygen visas i Vklass från den 20 december.
Kom ihåg att betyg sätts på skalan A–F och att E är godkänt. Om ni har frågor om hur bedömningen går till kan ni kontakta respektive ämneslärare.
Nationella proven i svenska, engelska och matematik genomförs under vårterminen, datum kommer i januari.

Vänliga hälsningar
Rektor Lars-Erik Moberg
Backaskolan`),
  d(`Från: Åsa Lindahl
Skickat: den 2 maj 13:18
Till: Lönecenter
Ämne: VB: Lön maj — Karl Persson

Hej, vidarebefordrar nedan. Kan ni lägga in detta till majlönen?

-----Ursprungligt meddelande-----
Från: Karl Persson
Skickat: den 30 april 21:47
Ämne: nytt konto

Hej Åsa, jag har bytt bank. Min lön ska sättas in på Swedbank, clearing 8327-9, konto 914 552 301-4 från och med maj. Det gamla kontot i Nordea avslutas.
Tack!
Kalle`, 'bank-account'),
  d(`Information från Lönecenter

Ändring av bankkonto för löneutbetalning görs numera själv i självservice under "Mina uppgifter > Utbetalning". Skicka inte kontonummer via e-post till Lönecenter, det är en säkerhetsrisk och vi kan inte handlägga sådana ändringar.
Ändringar som görs före den 10:e gäller samma månads lön.

Lönecenter, Kvarnby kommun
Telefon 0470-55 12 00 (vardagar 9–11)`),
  d(`Protokoll — styrelsemöte Vision Kvarnby, avdelning 14
Datum: 9 september

§ 1 Mötets öppnande
§ 2 Rapporter: lönerevisionen 2025 är klar, snittet blev 3,1 %.
§ 3 Medlemsvärvning: 12 nya medlemmar sedan juni.
§ 4 Ombud: Therese Wall (socialförvaltningen) väljs till nytt arbetsplatsombud. Hon ersätter Göran Lilja som går i pension.
§ 5 Kurser: Therese anmäls till grundutbildning för förtroendevalda i oktober.
§ 6 Mötet avslutas

Justeras: Maria Kron, ordförande`, 'trade-union'),
  d(`Hej allihop!

Vision bjuder alla medlemmar och andra nyfikna på frukost torsdag 14 november kl 7.30–8.30 i Stora salen. Vi berättar om det nya avtalet och vad som hände i lönerevisionen. Ingen anmälan behövs, men säg gärna till om du har allergier.

Välkomna!
Visions arbetsplatsombud på stadshuset`),
  d(`Från: Peter Grahn <peter.grahn@kvarnby.example>
Skickat: den 5 februari 10:22
Till: Malin Ström
Ämne: SV: Lönesamtal

Hej Malin,
Jag har fått besked från HR. Din nya lön blir 38 400 kr per månad från 1 april (idag 36 900). Jag vet att du hoppats på mer, och vi kan ta upp det igen vid nästa revision om du tar på dig samordningsansvaret.

/Peter

> Hej Peter, efter samtalet i måndags undrar jag om du hunnit prata med HR om min lön? Jag ligger ju lägst i gruppen trots längst erfarenhet.
> /Malin`, 'salary'),
  d(`Kvarnby kommun — Lönerevision 2026

Tidplan:
• Januari: lönekartläggning, analys av osakliga löneskillnader
• Februari: lönesamtal chef–medarbetare
• Mars: förhandlingar med de fackliga organisationerna
• April: ny lön betalas ut retroaktivt från 1 april

Kommunens lönepolitik finns på intranätet. Frågor om lönesättningsprinciper besvaras av HR-avdelningen.`),
  d(`Ärende: Anmälan om bedrägeri — kortköp

Från: Ingela Forsberg, Ekonomiavdelningen
Till: Säkerhetssamordnare

Hej,
Vårt inköpskort som står på Håkan Ring har använts för köp vi inte känner igen (3 st, totalt 12 450 kr, någon webbutik i Litauen). Kortet är spärrat. Uppgifter för polisanmälan:
Kortnummer: 4571 9932 0184 6623
Giltigt t.o.m. 09/27
Kortinnehavare: Håkan Ring
Jag har ingen CVC här, den står på kortet som Håkan har.

Mvh Ingela`, 'payment-card'),
  d(`Hej!

Påminnelse om rutinen för inköpskort:
1. Kortet är personligt och får inte lånas ut.
2. Kvitton ska attesteras i ekonomisystemet inom 30 dagar.
3. Skicka aldrig kortnummer, giltighetstid eller CVC via e-post eller Teams.
4. Vid förlust: ring spärrservice direkt och meddela ekonomi.

Ekonomiavdelningen`),
  d(`Från: Petra Wikström
Skickat: den 8 januari 15:01
Till: Lars Andersson
Ämne: Ang. ledighet

Hej Lars,
Jag vill bara förklara varför jag har bett om ledigt 20–22 januari. Vi är medlemmar i Katolska församlingen i Kvarnby och min son ska konfirmeras, och vi har en retreat innan. Jag tar semesterdagar.

Tack för förståelsen!
Petra`, 'religion'),
  d(`Från: Lars Andersson
Skickat: den 9 januari 08:15
Till: Alla på enheten
Ämne: Kalender för högtider

Hej!
Jag har satt upp en gemensam kalender med större religiösa högtider (jul, påsk, ramadan, eid, pesach, diwali m.fl.) så att vi kan ta hänsyn när vi planerar möten och föräldramöten. Den är bara en hjälp, ingen ska behöva berätta något om sin egen tro.

/Lars`),
  d(`Minnesanteckningar — samverkansmöte skola/socialtjänst, 4 mars
Närvarande: rektor Ylva Berg, kurator Anton Nyström, socialsekreterare Eva Dahl

1. Rutin för orosanmälan gås igenom. Alla i personalen har anmälningsplikt enligt 14 kap. 1 § SoL. Anton påminner på nästa APT.
2. Statistik: skolan gjorde 23 orosanmälningar förra läsåret.
3. Samverkan kring elever med hög frånvaro fortsätter, nästa möte i maj.
4. Övrigt: Eva byter tjänst i juni, ersättare meddelas.`),
  d(`Från: Anton Nyström, kurator
Skickat: den 18 mars 12:30
Till: Eva Dahl, socialtjänsten
Ämne: Orosanmälan — elev åk 5

Hej Eva,
Som vi pratade om i telefon bifogar jag orosanmälan om Melvin, åk 5 på Västra skolan. Han har berättat för sin lärare att pappa slår när han är full och att han inte vill gå hem. Han har haft blåmärken på armen två gånger den senaste månaden.
Mamma är informerad om att vi gör anmälan.

Anton Nyström
Skolkurator, Västra skolan

Detta meddelande kan innehålla uppgifter som omfattas av sekretess. Om du fått det av misstag, meddela avsändaren och radera det.`, 'social', 'criminal-record'),
  d(`Hej alla medarbetare,

Från och med 1 januari gäller nya regler för e-post med personuppgifter. Uppgifter som omfattas av sekretess enligt offentlighets- och sekretesslagen (OSL) får inte skickas okrypterat utanför kommunens nät. Använd säker e-post (Kuvert) eller e-tjänsten.
Exempel på sådana uppgifter: hälsouppgifter, socialtjänstärenden, uppgifter om skyddad identitet.
Utbildning i säker e-post finns i lärplattformen.

IT-säkerhetssamordnare Henrik Olsson`),
  d(`Från: Registraturen
Skickat: den 11 februari 09:50
Till: Mattias Sund, Kvarnby-Posten
Ämne: SV: Begäran om handlingar dnr SN 2025/311

Hej Mattias,
Vi har gått igenom din begäran. Utredningen i ärende SN 2025/311 rör en enskild familj inom individ- och familjeomsorgen och omfattas av sekretess enligt 26 kap. 1 § OSL. Handlingarna lämnas därför inte ut. Du kan begära ett skriftligt beslut som går att överklaga till kammarrätten.

Med vänlig hälsning
Registraturen, Socialförvaltningen`, 'secrecy'),
  d(`OBS! Skyddad identitet

Hej alla i mottagningsteamet,
Familjen som flyttar in i lägenheten på Granvägen 12 (Amira och hennes två barn) har skyddad folkbokföring. Inga adressuppgifter får stå i gemensamma listor, och post skickas via Skatteverkets förmedling. Prata med mig innan ni bokar hembesök.

/Katarina, enhetschef`, 'protected-identity'),
  d(`Kurs: Att arbeta med skyddade personuppgifter

Tid: 15 maj kl 9–12, Teams
För: handläggare inom socialtjänst, skola och bostadsbolag
Innehåll:
- Vad är sekretessmarkering, skyddad folkbokföring och fingerade personuppgifter?
- Hur hanterar vi post och journaler?
- Vanliga misstag och hur man undviker dem
Föreläsare: Jonna Lind, Skatteverket

Anmälan senast 5 maj till utbildning@kvarnby.example`),
  d(`Subject: Re: Re: DNA test results for adoption case

Hi Sofia,
Just to close the loop: the lab confirmed the DNA analysis we ordered for the paternity question in the Karimi case. The probability of paternity for Mr Reza Karimi is 99.98 %. The report is in the case file, please do not forward it by normal mail.

Thanks, Neil

On 12 Jan, Sofia wrote:
> Any news from the lab?`, 'genetic'),
  d(`Hej,

Nästa månads temakväll i föräldragruppen handlar om ärftliga sjukdomar och genetisk vägledning. En genetisk vägledare från Regionsjukhuset berättar om hur man kan testa för bärarskap av t.ex. cystisk fibros och vad resultaten innebär för familjeplanering.
Torsdag 6 februari kl 18.30, Familjecentralen. Barnvakt finns.

Välkomna!
Familjecentralen Norra`),
  d(`Från: Personalchef Mona Ek
Skickat: den 3 april 17:20
Till: Kommundirektör
Ämne: Konfidentiellt — Björn W

Hej,
Som du vet är Björn Wahl, fastighetschef, anmäld till polisen för förskingring. Polisen har nu hört honom och han är formellt misstänkt för trolöshet mot huvudman. Vi har stängt av honom med lön i avvaktan. Jag föreslår att vi tar det på ledningsgruppen på fredag.

Mona`, 'criminal-record'),
  d(`Nyhetsbrev Trygg i Kvarnby, nr 3

• Anmälda brott i kommunen minskade med 6 procent under 2025 enligt polisens statistik.
• Bostadsinbrotten är färre, men cykelstölderna har ökat kraftigt vid stationen.
• Grannsamverkan startar i Östra Lid, informationsmöte 4 juni.
• Kommunen söker nattvandrare — hör av dig till fritidsgården.

Redaktion: Trygghetssamordnare Ola Fredriksson`),
  d(`Hi team,

Quick update from the access-control project:
- The new badge readers are installed in buildings A and C.
- For the server room we will use fingerprint readers. Enrollment sessions are on 12 and 13 March; you will be asked to scan two fingers. Templates are stored only in the local controller.
- Privacy notice and DPIA are on the project page.
Questions to me.

Rakesh Menon
Project lead, Facilities IT`),
  d(`Hi Rakesh,

Enrollment report for the server room readers, 13 March:
- Jan Eriksson: enrolled, right index + right middle, template IDs 0041, 0042
- Lina Bergh: enrolled, left thumb failed 3 times, re-enrolled with right index (ID 0043)
- Omar Haddad: not enrolled, on leave
The template export for backup is attached (encrypted).

Best, Tove`, 'biometric'),
  d(`Från: Sandra Holm
Skickat: den 20 maj 08:35
Till: Handledare Kerstin
Ämne: Ang. Alex i gruppen

Hej Kerstin,
Jag vill bara informera om att Alex i praktikantgruppen har berättat för mig att hen är transperson och håller på att byta namn. Alex vill att vi använder hen och det nya namnet på dörrskylten. Alex är okej med att jag berättar för dig, men inte för hela gruppen än.

/Sandra`, 'sex-life'),
  d(`Hej,

I juni flaggar kommunen med prideflaggan utanför stadshuset och vi deltar i Kvarnby Pride den 14 juni. Alla medarbetare är välkomna att gå med i kommunens del av paraden. Vi har också en föreläsning om hbtqi-frågor i arbetslivet den 10 juni.

Hälsningar
HR-avdelningen, mångfaldsgruppen`),
  d(`Från: Karin Lund
Skickat: den 30 augusti 10:10
Till: Nämndsekreterare
Ämne: Jäv?

Hej,
Jag undrar om jag behöver anmäla jäv i ärendet om bygglov för Sjögläntan. Jag sitter i kommunfullmäktige för Centerpartiet och har uttalat mig i lokaltidningen emot detaljplanen. Är det ett problem när jag handlägger bygglovet?

Karin`, 'political-opinion'),
  d(`Information inför valet

Röstmottagare sökes till valet den 13 september. Ersättning 1 800 kr för valdagen. Du får inte vara aktiv i en partipolitisk kampanj i samma valdistrikt. Utbildning ges i augusti.
Intresseanmälan till valkansliet senast 31 maj.

Valnämnden, Kvarnby kommun`),
  d(`Från: Johan Berglöf
Skickat: den 12 juni 14:02
Till: Lena Kask
Ämne: Överlämning inför semestern

Hej Lena,
Här kommer överlämningen för mina ärenden v. 27–30:

1. Bygglov Tallstigen 4 — väntar på kompletterande ritningar, påminn sökanden 1 juli.
2. Strandskyddsdispens Ön 2:14 — beslut klart, ska bara expedieras.
3. Tillsyn Hagens camping — inspektion bokad 8 juli kl 10.
4. Klagomål buller Verkstadsgatan — ingen åtgärd behövs just nu.

Inloggningen till e-arkivet fungerar med ditt vanliga konto, du har fått behörighet.

Trevlig sommar!
Johan

PS. Jag är nåbar på mobilen om något brinner.`),
  d(`Från: Johan Berglöf
Skickat: den 13 juni 08:10
Till: Lena Kask
Ämne: SV: Överlämning inför semestern

Glömde en sak: till den gemensamma mejlboxen bygglov@ är lösenordet just nu Tallbacken#2025 — byt gärna när du loggat in första gången och skicka det nya till Ronny.
/J

> Hej Lena,
> Här kommer överlämningen för mina ärenden v. 27–30:
> 1. Bygglov Tallstigen 4 — väntar på kompletterande ritningar ...`, 'credentials'),
  d(`Minnesanteckningar ledningsgrupp Vård och omsorg, 7 oktober

Närvarande: förvaltningschef Gunilla Roos, enhetscheferna Pia, Ahmed, Stina, Lotta, HR Fredrik

1. Ekonomi: prognos –2,3 mnkr, främst övertid inom nattpatrullen.
2. Bemanning: svårt att rekrytera sjuksköterskor till Björkhaga. Annons förlängs.
3. Personalärende (Stina): undersköterskan Maja T på Lindgården har nu varit sjukskriven 60 dagar för utmattningssyndrom. Rehabmöte med FK bokat 20/10. Arbetsträning på 25 % kan bli aktuellt.
4. Arbetsmiljö: skyddsronder klara på alla enheter utom Solgläntan.
5. Nästa möte 4 november.`, 'health'),
  d(`Minnesanteckningar ledningsgrupp Vård och omsorg, 4 november

1. Ekonomi: prognosen förbättrad till –1,6 mnkr.
2. Sjukfrånvaron i förvaltningen ligger på 9,2 % (korttid 3,8 %, långtid 5,4 %). Fredrik presenterar en plan för tidiga insatser vid upprepad korttidsfrånvaro.
3. Rehabiliteringsrutinen revideras, remiss till enhetscheferna.
4. Julbord 12 december, Stina samordnar.
5. Övrigt: inget.`),
  d(`Subject: Weekly summary — International Office, week 38

Hi all,
- 14 exchange students arrived; orientation went well.
- Housing: two students still without a room, we are talking to the student housing company.
- Visa: one student from Nigeria is waiting for residence permit extension, Migration Agency says 4–6 weeks.
- Reminder: the intercultural communication workshop is on Friday.
- Coffee machine on floor 2 fixed (finally).

Have a good weekend,
Martina`),
  d(`Subject: RE: student welfare — confidential

Hi Martina,
Following our call: Adebayo (exchange student, Business programme) came to see me again today. He has been diagnosed with depression by the student health service and is on antidepressants. He wants to reduce to 50 % study pace this term. Could you check with his home university whether that affects his scholarship?
Thanks,
Hanna
Student counsellor

-----Original Message-----
From: Martina Ruiz
Subject: student welfare
> Hanna, is there anything I should know before I contact the home university?`, 'health'),
  d(`Från: Lärare Jens Holm
Skickat: den 3 februari 15:44
Till: Vårdnadshavare till Leo Andersson
Ämne: Matematikprovet

Hej!
Leo skrev provet i algebra i fredags och fick 9 av 30 poäng, vilket motsvarar F. Han har möjlighet att göra ett omprov den 17 februari. Jag tror att han behöver öva mer på ekvationer hemma, och han är välkommen till läxhjälpen på onsdagar.
Hör gärna av er om ni har frågor.

Jens Holm
Lärare Ma/NO, Ekbackens skola`, 'grades'),
  d(`Veckobrev klass 4B, vecka 6

Hej föräldrar!
Den här veckan har vi arbetat med bråk i matte och börjat läsa "Bröderna Lejonhjärta" högt.
• Måndag: idrott ute, ta med oömma kläder
• Onsdag: prov i engelska glosor (kapitel 5)
• Fredag: utflykt till biblioteket
Kom ihåg att anmäla frånvaro i appen före kl 8 om ert barn är sjukt.
Utvecklingssamtalen bokas via länken som kommer nästa vecka.

Hälsningar Maria och Ahmed`),
  d(`Från: Maria Ståhl (mentor 4B)
Skickat: den 9 februari 19:20
Till: Jenny Karlsson
Ämne: SV: Frånvaro

Hej Jenny,
Tack för att du hörde av dig. Jag förstår att det är tufft hemma just nu. Selma har 17 frånvarotillfällen sedan jul, varav 9 ogiltiga, och hon har missat båda proven i engelska. Vi behöver ha ett möte med elevhälsan, kan ni komma torsdag kl 15?

Maria

> Hej, Selma har haft så ont i magen och vill inte gå till skolan. Vet inte vad jag ska göra.
> Jenny`, 'grades', 'health'),
  d(`Kallelse till elevhälsomöte (EHM)

Datum: 14 mars kl 13.00–14.30
Plats: konferensrummet, Backaskolan
Deltagare: rektor, skolsköterska, kurator, specialpedagog, skolpsykolog

Dagordning:
1. Uppföljning av förra mötet
2. Genomgång av anmälningar från arbetslagen (4 st)
3. Förebyggande arbete: trygghetsenkäten
4. Övrigt

Underlag om enskilda elever delas i EHM-mappen, inte via e-post.`),
  d(`From: Olga Petrova
Sent: 2 March 10:03
To: Payroll
Subject: expenses + account

Hello,
I submitted my travel claim for the conference in Tallinn (total 4 312 SEK). Since I still do not have a Swedish bank account, could you pay it to my Estonian account?
IBAN: EE38 2200 2210 2014 5685
BIC: HABAEE2X
Account holder: Olga Petrova
Thank you!
Olga

Olga Petrova, PhD
Researcher, Department of Environmental Science`, 'bank-account'),
  d(`Hej!

Fakturan från Nordic Office AB (fakturanr 77231) är nu betald till bankgiro 5522-0871 enligt fakturan. Den förra gick till fel bankgiro eftersom leverantören bytt bank, vi har fått tillbaka pengarna.
Uppdatera gärna leverantörsregistret.

/Ekonomi, leverantörsreskontra`),
  d(`[10:02] Tina H: Hej! Ringde en kund nu om att hans kort inte fungerade i betalautomaten på badhuset
[10:03] Robin S: ok, vilket kort?
[10:05] Tina H: han läste upp hela numret för mig i telefon innan jag hann stoppa honom, 5355 8810 3472 9046, utg 11/26. Jag har inte skrivit ner det nån annanstans
[10:06] Robin S: radera det här, vi ska inte ha kortnummer i chatten. Hänvisa honom till banken
[10:06] Tina H: sorry, gör det`, 'payment-card'),
  d(`[14:12] Robin S: Påminnelse till alla i kassan: vi tar aldrig emot kortnummer i telefon. Kunden betalar i kassan eller i webbshoppen.
[14:13] Tina H: 👍
[14:20] Oskar: gäller det presentkort också?
[14:21] Robin S: presentkort är ok, det är bara en kod för badhuset
[14:22] Oskar: ok tack`),
  d(`Från: Anders Svensson
Skickat: den 19 augusti 16:55
Till: Eva Lind (HR)
Ämne: Min lön jämfört med kollegorna

Hej Eva,
Jag har fått veta att de två nyanställda ingenjörerna på gatuenheten fått 44 000 kr i ingångslön. Jag har jobbat här i åtta år och har 41 200 kr. Jag vill begära ett lönesamtal och eventuellt ta hjälp av facket, jag är medlem i Sveriges Ingenjörer.

Anders Svensson
Gatuingenjör`, 'salary', 'trade-union'),
  d(`Nyhetsbrev från Sveriges Ingenjörer, lokalavdelningen i Kvarnby

Hej medlem!
• Lönestatistiken för 2025 är publicerad — logga in på Mina sidor och jämför din lön.
• Medlemsmöte 2 oktober om det nya centrala avtalet.
• Vi söker fler förtroendevalda till styrelsen. Intresserad? Hör av dig!

Hälsningar Styrelsen`),
  d(`Från: Ronja Eklund
Skickat: den 15 september 22:14
Till: Ingrid Holm (enhetschef)
Ämne: Jag behöver prata med dig

Hej Ingrid,
Jag vet inte hur jag ska säga det här. Jag har skyddad identitet sedan i våras, min förra sambo hotar mig. Jag har sett att mitt namn och min adress står på personallistan som sitter på anslagstavlan i personalrummet och på den delade listan i Teams. Kan det tas bort så fort som möjligt?

Ronja`, 'protected-identity'),
  d(`Hej,

Vi påminner om att personallistor med adresser och telefonnummer inte ska sättas upp på anslagstavlor eller delas i öppna Teams-kanaler. Det finns medarbetare och brukare som kan ha skyddade personuppgifter, och vi vet inte alltid vem.
Använd personalsystemet när du behöver kontaktuppgifter.

HR-avdelningen`),
  d(`From: Liam O'Connor
Sent: 22 April 08:50
To: Sara Blom
Subject: Re: team dinner

Hi Sara,
Thanks for organising! I'll be bringing my husband, Marcus, if that's ok — so two for the vegetarian option.
Liam

> Hi all, team dinner on 3 May at Restaurang Hamnen. Partners welcome, let me know numbers and dietary needs by Friday.
> Sara`, 'sex-life'),
  d(`Hej!

Här kommer svaren på enkätfrågan om julbordet:
- 23 personer kommer, 4 tar med partner
- 6 vegetarianer, 2 veganer, 3 glutenfria, 1 laktosfri
- 5 vill ha alkoholfritt
- Halal-alternativ önskas av 2 personer

Jag beställer enligt detta. Säg till om ni ångrat er före fredag!
/Camilla`),
  d(`Från: Lokalvårdschef Hassan Ali
Skickat: den 6 maj 11:00
Ämne: Lokalvårdare ny i gruppen

Hej alla,
Välkomna Nikolai som börjar hos oss på måndag! Han kommer från Ukraina och har jobbat med städ på hotell i Kiev i många år. Han pratar bra engelska och lite svenska. Ta väl hand om honom!

Hassan`, 'ethnic-origin'),
  d(`Hej,

Kommunen deltar i satsningen "Snabbspåret" för nyanlända med utbildning inom vård och omsorg. Vi tar emot 6 praktikanter under hösten på äldreboendena. Handledare får en halvdags utbildning i språkstödjande arbetssätt. Anmäl intresse till Carina senast 15 augusti.

/Arbetsmarknadsenheten`),
  d(`Från: Sameföreningen i Kvarnby
Skickat: den 4 februari
Till: Kommunens minoritetssamordnare
Ämne: Nationaldagen 6 februari

Hej Annelie!
Vi tänkte flagga och bjuda på kaffe och renskav i biblioteket på samernas nationaldag. Kan kommunen bidra med lokalen? Vi har inte bestämt vem som håller tal än.

Hälsningar
Styrelsen`),
  d(`Från: Annelie Kuoppa
Skickat: den 5 februari 09:40
Till: Niklas Tuuri
Ämne: VB: Nationaldagen 6 februari

Hej Niklas!
Vidarebefordrar från sameföreningen. Du som själv är same och uppvuxen i en renskötarfamilj — vill du säga några ord i biblioteket på torsdag? Helt frivilligt förstås!
Annelie
Minoritetssamordnare, förvaltningsområde för samiska och finska`, 'ethnic-origin'),
  d(`PROTOKOLL, Socialnämndens individutskott, 21 januari

§ 4 Ärende 2025/88 — ansökan om vård enligt LVU
Sekretess enligt 26 kap. 1 § OSL. Ärendet behandlas inom stängda dörrar.
Utskottet beslutar att ansöka hos förvaltningsrätten om vård enligt 2 § LVU för flickan L, född 2014, samt att omedelbart omhänderta henne enligt 6 § LVU. Skäl: brister i omsorgen, modern har ett pågående missbruk av amfetamin.

Justeras
Ordförande Bo Holm`, 'social', 'secrecy'),
  d(`PROTOKOLL, Socialnämnden, 18 februari (offentlig del)

§ 12 Verksamhetsberättelse 2025 — godkänns.
§ 13 Information: antalet LVU-placeringar ökade till 31 (26 året innan). Nämnden uppdrar åt förvaltningen att analysera ökningen.
§ 14 Upphandling av HVB-platser — tilldelningsbeslut fattas.
§ 15 Delegationsbeslut anmäls. Individärenden redovisas i sekretessbilagan.

Vid protokollet: Elsa Nord, nämndsekreterare`),
  d(`Från: Henrik Lundgren
Skickat: den 7 mars 18:30
Till: Styrgruppen för IT-projektet
Ämne: Status + åtkomst testmiljö

Hej!
Status: migreringen av ärendesystemet ligger en vecka efter plan. Testerna av integrationen mot e-arkivet startar måndag.
Åtkomst till testmiljön för er som vill titta:
URL: https://test-arende.kvarnby.example
Användare: styrgrupp_test
Lösen: Migrering-2025!

Nästa styrgruppsmöte 21 mars.
Henrik`, 'credentials'),
  d(`Från: Henrik Lundgren
Skickat: den 21 mars 17:00
Till: Styrgruppen
Ämne: Protokoll styrgrupp 21 mars

1. Tidplan: migreringen klar 15 april, go-live 2 maj.
2. Budget: inom ram.
3. Säkerhet: testkontona stängs efter go-live; lösenord och API-nycklar byts innan produktion enligt checklistan.
4. Risker: utbildningen av handläggare kan bli försenad.

/Henrik`),
  d(`Hej Linnea,

Jag skickar över en kort sammanfattning av hur det gick på provanställningen för Viktor inför beslutet om tillsvidareanställning:
Han är punktlig och trevlig mot brukarna, men har vid tre tillfällen lämnat passet utan att signera läkemedelslistan och har fått en muntlig tillsägelse för det. Vid samtalet den 2 oktober var han själv medveten om problemet. Min bedömning är att vi förlänger provanställningen inte, utan avslutar den.

Hälsningar
Pia, enhetschef Lindgården`, 'hr-assessment'),
  d(`Checklista — provanställning

☐ Introduktionsplan upprättad
☐ Uppföljningssamtal efter 1, 3 och 5 månader
☐ Dokumentera samtalen i HR-systemet
☐ Beslut om tillsvidareanställning senast 2 veckor före provanställningens slut
☐ Vid avslut: underrätta den anställde och facket enligt LAS

Mall för uppföljningssamtal finns på intranätet.`),
  d(`From: Dr. Emily Chen
Sent: 14 October 11:11
To: Genetics unit secretary
Subject: results for the Lindqvist family

Hi Marie,
Please file the following in the family record and book a genetic counselling appointment:
- Karin Lindqvist: BRCA1 pathogenic variant c.68_69delAG detected.
- Her sister Anna Lindqvist: variant not detected.
- Their mother (deceased) had ovarian cancer at 48.
Thanks,
Emily`, 'genetic', 'health'),
  d(`Hej!

Regionens genetiska mottagning informerar: från 1 januari kan remiss för ärftlighetsutredning vid misstänkt ärftlig bröst- och äggstockscancer skickas digitalt. Ny remissmall finns i journalsystemet.
Frågor till samordnare Marie Ek.

/Klinisk genetik, Regionsjukhuset`),
  d(`Hej,

Angående din fråga om röstinloggning i telefonbanken: kommunens växel använder inte röstavtryck för att identifiera personal. Det vi har är BankID och SITHS-kort. Röstigenkänning utreds av IT men inget är bestämt.

Mvh Servicedesk`),
  d(`Från: Polisen, Region Syd (via säker förmedling)
Skickat: den 2 april
Till: Skolan Västerport, rektor
Ämne: Begäran om bildmaterial

Hej,
I utredningen av misshandeln vid busshållplatsen den 28 mars har en misstänkt, 16 år, identifierats genom ansiktsjämförelse mot kamerabilder. Vi önskar få klassfotot från 2024 för jämförelse av ansiktsbilden. Den misstänkte är elev hos er.

Mvh Inspektör Kenneth Mörk`, 'biometric', 'criminal-record'),
  d(`Från: Gustav Nyberg
Skickat: den 3 oktober 07:55
Till: Kommunikationsavdelningen
Ämne: Medarbetare i debattartikel

Hej,
Har ni sett att Elin Sandberg på kulturförvaltningen skrivit en insändare i Kvarnby-Posten där hon presenteras som aktiv i Vänsterpartiet och kritiserar nedskärningarna på biblioteken? Hon gör det som privatperson, men det står att hon jobbar hos oss. Behöver vi göra något?

Gustav Nyberg
Kommunikationschef`, 'political-opinion'),
  d(`Från: HR-juristen
Skickat: den 3 oktober 10:20
Till: Gustav Nyberg
Ämne: SV: Medarbetare i debattartikel

Hej Gustav,
Offentliganställda har grundlagsskyddad yttrandefrihet och meddelarfrihet. Arbetsgivaren får inte efterforska eller vidta åtgärder mot någon för att de uttrycker åsikter i debatten, oavsett parti. Rådet är därför att inte göra något alls.

Vänligen
Sofie Lind, HR-jurist

Detta e-postmeddelande och eventuella bilagor är avsedda endast för mottagaren. Om du fått det av misstag, vänligen radera det och meddela avsändaren.`),
  d(`Minnesanteckningar, arbetsplatsträff Biblioteket Centrum, 8 maj

1. Sommaröppettider: stängt lördagar v. 27–32.
2. Utställningen om Sveriges nationella minoriteter öppnar 20 maj — Tove har ordnat material på meänkieli, romani chib och jiddisch.
3. Läsfrämjande: Bokstart fortsätter med hembesök.
4. Skyddsombudet informerar om den nya rutinen vid hot och våld i publika miljöer.
5. Övrigt: Ali slutar 31 maj, avtackning fredag 30/5.`),
  d(`Från: Tove Malmberg
Skickat: den 9 maj 08:40
Till: Kollegor Biblioteket Centrum
Ämne: Tack för igår + en sak

Hej!
Tack för bra APT. En sak jag glömde: vår nya sommarvikarie Django Lindberg är rom och talar romani chib (kale) hemma, så han har lovat att läsa sagor på romani under utställningsveckan. Han tyckte det var kul att bli tillfrågad.

/Tove`, 'ethnic-origin'),
  d(`Chattlogg, Kundtjänst Kvarnbybostäder — export 2025-06-03

09:14 Kund: hej jag bor på Ängsvägen 7 lgh 1102 och mitt element läcker
09:15 Agent Sanna: Hej! Tråkigt att höra. Har du möjlighet att ta en bild?
09:17 Kund: [bild]
09:18 Agent Sanna: Tack, jag lägger en felanmälan. En tekniker kommer imorgon mellan 8 och 12. Får hen gå in med huvudnyckel om du inte är hemma?
09:19 Kund: ja det går bra
09:19 Agent Sanna: Toppen, ärendenummer 55610.`),
  d(`Chattlogg, Kundtjänst Kvarnbybostäder — export 2025-06-04

13:02 Kund: hej, jag ska betala hyran men autogiro fungerar inte
13:03 Agent Sanna: Hej! Vad tråkigt. Vilket kontonummer vill du använda?
13:05 Kund: Handelsbanken 6123 482 117 553, det står på mig, Nadia Rahimi
13:06 Agent Sanna: Tack Nadia, jag skickar en ny autogiroblankett till dig. Nästa gång kan du logga in på Mina sidor och anmäla kontot själv, så slipper du skriva det i chatten.
13:06 Kund: ok tack!`, 'bank-account'),
  d(`Från: Pastor Jonas Hellberg <jonas@pingstkvarnby.example>
Skickat: den 11 november 12:00
Till: Äldreboendet Björkhaga, avdelning 2
Ämne: Besök hos Gösta

Hej!
Gösta Almqvist på ert boende har varit medlem i vår församling i över fyrtio år och har bett om att få nattvard. Jag kommer gärna på torsdag eftermiddag om det passar. Han tycker också om att få höra psalmer, kanske kan personalen sätta på gudstjänsten på radion på söndagar?

Frid,
Jonas Hellberg, pastor, Pingstkyrkan Kvarnby`, 'religion'),
  d(`Hej alla på Björkhaga!

Information om andlig vård: Svenska kyrkan håller andakt i samlingssalen varannan onsdag kl 14. Imamen från Kvarnbys moské och en präst från den ortodoxa församlingen kan också komma på besök om en boende önskar det. Fråga alltid den boende själv.
Kontaktlistan sitter i expeditionen.

/Enhetschef Lotta`),
  d(`Ämne: Sjukanmälan + fråga om schema

Hej Ahmed,
Jag är fortfarande dålig, feber 39 och halsfluss enligt vårdcentralen, fått penicillin. Kommer inte in fredag heller. Hoppas det är ok att Petra tar min tur i köket.
Kan du förresten se till att jag inte ligger på nattpass veckan efter, jag har ju bett om det sedan länge.

Mvh
Sofia`, 'health'),
  d(`Hej,

Här är rutinen för sjukanmälan från 1 mars:
- Ring bemanningsenheten före kl 6.30 vid dagpass och 4 timmar före kvälls-/nattpass.
- Registrera frånvaron i självservice samma dag.
- Från dag 8 krävs läkarintyg.
- Du behöver inte berätta vad du är sjuk i, bara att du är sjuk.

Bemanningsenheten`),
  d(`From: Priya Nair
Sent: Friday 28 February 16:05
To: Tom Eklund
Subject: my review

Hi Tom,
I got my performance review document today. I disagree with the rating "below expectations" on stakeholder communication — the two complaints mentioned were both about the delayed permit system, not about me. I would like to add my comments before it is filed, and I'd like a union representative from Unionen present at the follow-up meeting, since I'm a member.

Best regards,
Priya`, 'hr-assessment', 'trade-union'),
  d(`Subject: Q1 all-staff newsletter

Hello everyone!
★ New colleagues: welcome to Lars (GIS), Amina (legal) and Ben (IT).
★ Performance reviews: the new template for "medarbetarsamtal" is now in the HR portal. Managers will get training on 12 March.
★ Wellness: the step challenge starts in April — form teams of five.
★ Unions: Unionen, Vision and Akademikerförbundet SSR all hold member meetings in the lunch room this month, see posters.
★ Reminder: use Kuvert for any email with sensitive personal data.

Communications team`),
  d(`Ärende #60214 — Inloggning Skolplattformen
Prioritet: Hög
Anmälare: Ulla Byström, lärare Tallbackaskolan

Ulla: Jag kommer inte in, det säger att kontot är låst.
Servicedesk (Amir, 08:12): Kontot är upplåst. Ditt tillfälliga lösenord är Hx7-Pilot-93, byt det direkt.
Ulla (08:20): Tack, nu funkar det! Men nu kommer jag inte åt betygsfliken?
Servicedesk (Amir, 08:31): Det är en behörighet som rektor beställer. Jag har skickat frågan vidare.
Status: Vidarebefordrat till Skolplattformen förvaltning`, 'credentials'),
  d(`Ärende #60231 — Betygsbehörighet
Prioritet: Normal

Rektor Hans Ödman: Ulla Byström ska ha behörighet att sätta betyg i SO i 7A och 7B från och med idag.
Förvaltning (Lena, 10:02): Behörighet tillagd. Den gäller till 30 juni och måste förnyas inför nästa läsår.
Status: Stängt

Detta är ett automatiskt mejl från ärendesystemet.`),
  d(`Från: Hans Ödman
Skickat: den 17 juni 16:30
Till: SO-lärarna åk 7
Ämne: VB: betyg 7A — underlag saknas

Hej!
Se nedan. Kan ni komplettera så vi kan sätta betygen i tid?

> Från: Ulla Byström
> Skickat: den 17 juni 15:50
> Jag saknar underlag för tre elever i 7A: Amanda P har inte lämnat in religionsarbetet och har E-varning i historia; Kevin J har frånvaro på 40 % i SO och jag kan inte bedöma honom — det blir streck; Omar S har A på alla prov men saknar muntlig redovisning.
> /Ulla`, 'grades'),
  d(`Hej!

Sommarlovsprogram för ungdomar 13–17 år:
v. 26: Kajakpaddling
v. 27: Graffitiworkshop
v. 28: Stadsodling
v. 31: Prova-på-jobb i kommunen (feriejobb för dig som fyllt 16, ansök senast 15 april)
Alla aktiviteter är gratis. Anmälan i appen "Fritid Kvarnby".

Fritidsgårdarna`),
  d(`Från: Fältassistent Emma Ruiz
Skickat: den 4 juli 23:40
Till: Socialjouren
Ämne: Ungdom på stationen

Hej,
Vi träffade Felix, 15 år, på stationen ikväll. Han var påverkad av något, troligen cannabis, och berättade att han inte varit hemma på tre dagar. Han sa att han sålt "lite grejer" åt äldre killar. Vi har skjutsat honom till mamma. Han är känd hos er sedan tidigare, handläggare Kristoffer.
Vi skriver en orosanmälan imorgon.

Emma`, 'social', 'criminal-record'),
  d(`Kvarnby kommun — Fältgruppen, halvårsrapport

Under januari–juni har fältgruppen haft kontakt med ca 340 unga. Vanligaste frågor: droger, skolfrånvaro, konflikter hemma. 19 orosanmälningar gjordes. Samarbetet med polisen kring helgkvällar har fungerat väl.
Vi planerar att utöka med en fältassistent i Östra Lid under hösten.

Enhetschef Kristina Alm`),
  d(`Från: Karin Borg
Skickat: den 12 december 10:15
Till: Åsa (lön)
Ämne: Ang. min lön december

Hej Åsa!
Jag fick bara 18 230 kr ut i december, brukar få runt 24 000. Är det för att jag var föräldraledig 5 dagar? Och har lönehöjningen till 34 100 kommit med, den skulle gälla från november?

Tack, Karin
Barnskötare, Solrosen`, 'salary'),
  d(`Lönespecifikation — information

Från och med januari skickas lönespecifikationen endast digitalt till Kivra eller din digitala brevlåda. Om du inte har en digital brevlåda kan du läsa lönespecen i självservice.
Frågor om din lön ställer du till din chef eller Lönecenter via e-tjänsten, inte via vanlig e-post.

Lönecenter`),
  d(`Från: Receptionen, Socialkontoret
Skickat: den 20 januari 08:30
Till: Handläggarna, vuxenenheten
Ämne: Obs — besökare med skyddad identitet idag

Hej,
Klienten som kommer kl 10 till Jesper (Maria G.) har sekretessmarkering och fingerade personuppgifter. Ta emot henne i rum 3, inte i väntrummet. Hennes riktiga namn får inte användas i kallelser eller journalanteckningar som kan nå andra.

Receptionen`, 'protected-identity'),
  d(`Hej Jesper,

Jag har nu gjort utbetalningen av ekonomiskt bistånd för februari för Maria G. (fingerade personuppgifter, se ärendet). Totalt 9 840 kr, varav hyra 6 200. Beslutet skickas via Skatteverkets förmedling.

/Sanna, handläggare ekonomiskt bistånd`, 'social', 'protected-identity'),
  d(`Hej!

Här är länken till höstens utbildning "Säker hantering av personuppgifter":
Modul 1: GDPR-grunder
Modul 2: Offentlighet och sekretess (OSL) — när får en uppgift lämnas ut?
Modul 3: Skyddade personuppgifter i praktiken
Modul 4: Säker e-post och Kuvert
Utbildningen tar ca 2 timmar och är obligatorisk för alla som hanterar ärenden.

/Dataskyddsombudet`),
  d(`Från: Dataskyddsombudet
Skickat: den 1 april 14:22
Till: Förskoleförvaltningen
Ämne: Incident 2025-07 — felskickat mejl

Hej,
Incidenten där en placeringslista skickades till fel vårdnadshavare är nu rapporterad till IMY. Listan innehöll namn på barn på avdelning Humlan och för två av barnen uppgiften att de har skyddad identitet (Leon och Saga). Vårdnadshavarna till dessa barn har informerats.
Uppgifterna omfattas av sekretess enligt 21 kap. 3 § OSL.

Dataskyddsombudet`, 'protected-identity', 'secrecy'),
  d(`Veckosammanfattning IT-säkerhet, v. 9

• 412 blockerade nätfiskeförsök. Vanligaste ämnesraden: "Din lön för mars är klar".
• 3 incidenter där lösenord skickats i klartext via e-post; användarna har fått byta lösenord.
• Påminnelse: vi ber aldrig om ditt lösenord, PIN eller engångskod via mejl eller telefon.
• MFA blir obligatoriskt för alla konton 1 maj.

IT-säkerhet`),
  d(`Från: Max Holmberg
Skickat: den 8 mars 21:12
Till: it-support
Ämne: mfa strular

hej, får inte in koden i appen. sms:et säger 442 918 men det blir fel hela tiden. sitter hemma och måste in i schemasystemet ikväll. hjälp!!
max`, 'credentials'),
  d(`Subject: FW: Conference registration — payment

Hi Jonas,
Forwarding the payment confirmation so you can book it on the right project code.
Katja

-----Original Message-----
From: EuroPlan Events
Subject: Payment received — Smart Cities Summit
Dear Ms Katja Weber,
We have received your payment of EUR 690.
Card: VISA ending 4417
Thank you for registering!`),
  d(`Hej Katja,

Den här gången fungerade inte kortet på hemsidan, så jag bokar via mejl som de föreslog. Detta skickade jag till dem, säg till om det var fel:
"Please charge the registration to: Visa 4539 6721 0094 4417, exp 04/28, CVC 311, cardholder Katja Weber, Kvarnby kommun."
Jonas

PS. Nästa gång kanske vi ska ringa in kortuppgifterna istället.`, 'payment-card'),
  d(`Minnesanteckningar — Kvarnby Kommunals sektion, hemtjänsten, 15 april

1. Schemaförändringar: arbetsgivaren vill införa delade turer, sektionen säger nej.
2. Nya medlemmar: Leila, Johanna och Stefan har gått med i Kommunal sedan förra mötet. Välkomna!
3. Skyddsombud: Stefan kan tänka sig att bli skyddsombud för Norra gruppen.
4. Övrigt: Kommunals kurs "Din arbetsmiljö" i maj.`, 'trade-union'),
  d(`Hej!

Kommunal, Vision och Vårdförbundet bjuder in till gemensamt informationsmöte om heltidsresan torsdag 22 maj kl 14.30 i matsalen på Lindgården. Alla anställda är välkomna oavsett medlemskap. Kaffe och kaka finns.

Arbetsgivaren har godkänt att mötet hålls på arbetstid.`),
  d(`[2025-03-03 11:02] Lejla: nån som vet om Jonna kommer tillbaka efter föräldraledigheten?
[2025-03-03 11:05] Patrik: hon är gravid igen har jag hört 😄 så nog inte förrän nästa år
[2025-03-03 11:06] Lejla: haha ok, då behöver vi förlänga vikariatet för Tim
[2025-03-03 11:10] Patrik: prata med Gunilla
[2025-03-03 11:30] Lejla: gjort, hon fixar`, 'health'),
  d(`Information till dig som är gravid och arbetar inom vård och omsorg

Om du är gravid har du rätt till en riskbedömning av din arbetsmiljö. Prata med din chef så tidigt du vill. Du kan ha rätt till omplacering eller havandeskapspenning om arbetet är fysiskt tungt.
Mer information: Försäkringskassan och intranätet under "Graviditet och arbete".

HR-avdelningen`),
  d(`Från: Pernilla Åberg
Skickat: den 11 februari 13:13
Till: Erik Sand
Ämne: SV: SV: SV: Arbetstider Bo

Erik, jag förstår din frustration men vi kan inte lägga om schemat mer. 
/Pernilla

> Pernilla, jag har bett om kortare pass tre gånger nu. Mitt läkarintyg säger att jag har 75 % arbetsförmåga på grund av min MS och att jag inte klarar tiotimmarspass. Det här är ett arbetsmiljöproblem.
> Erik
>> Erik, alla på Bo jobbar tiotimmarspass, det är så schemat är uppbyggt.
>> /Pernilla`, 'health'),
  d(`Hej,

Vi har en fråga till er på FK:s handläggning om hur vi på bästa sätt planerar för anpassning av arbetet vid nedsatt arbetsförmåga. Finns det en mall för arbetsgivarens plan för återgång i arbete som ni rekommenderar? Vi gör ca 40 sådana planer per år och vill göra dem mer enhetliga.

Hälsningar
Fredrik Nyman, HR-specialist rehabilitering`),
  d(`From: Jorge Alvarez
To: Hanna Sjö
Subject: thanks

Hi Hanna,
Thanks for being so understanding last week. As I told you, my partner Daniel and I are going through IVF at the moment and I'll need some flexibility around appointments in March. I'm happy to make up hours.
Jorge`, 'sex-life', 'health'),
  d(`Hej!

Hbtqi-certifieringen av ungdomsmottagningen är klar. Personalen har gått utbildningen om sexuell läggning, könsidentitet och normkritiskt bemötande. Diplomet delas ut på nämndens möte 12 juni.

Hälsningar
RFSL-samordnare, Ungdomsmottagningen`),
  d(`Till: Styrelsen, Kvarnby Moské
Från: Kommunens fritidsenhet
Ämne: Föreningsbidrag 2026

Hej!
Er ansökan om aktivitetsbidrag för ungdomsverksamheten (fotboll och läxhjälp) har beviljats med 42 000 kr. Utbetalning sker till föreningens bankgiro 781-2290 i februari.
Redovisning lämnas senast 31 januari 2027.

Fritidsenheten`),
  d(`Från: Stella Björk
Skickat: den 5 april 10:02
Till: Rektor
Ämne: Ledighet för Yusuf under Eid

Hej!
Vi firar Eid al-Fitr med släkten i Malmö och jag skulle vilja att Yusuf i 3C får ledigt 31 mars–1 april. Han har bett till och med i år under ramadan och vill gärna vara med i moskén på Eid-bönen.
Mvh Stella, mamma`, 'religion'),
  d(`Ledighetsansökan — blankett

Ansökan om ledighet för elev görs i appen minst 2 veckor i förväg. Rektor beslutar. Ledighet beviljas normalt högst 5 dagar per läsår och ges inte under nationella prov.
Ange datum och anledning (t.ex. familjehögtid, resa). Du behöver inte ange religion.

Backaskolan, expeditionen`),
  d(`Från: Linda Forsman
Skickat: den 27 oktober 09:03
Till: Johan Ek; Sara Nilsson
Ämne: VB: VB: Inför mötet med familjen Hussein

Hej båda,
Jag vidarebefordrar hela tråden så ni har bakgrunden inför torsdag.
/Linda

---------- Vidarebefordrat meddelande ----------
Från: Sara Nilsson
Skickat: den 24 oktober 15:20
Till: Linda Forsman
Ämne: SV: Inför mötet med familjen Hussein

Linda — tolk är bokad (arabiska), rum 4 kl 13. Jag tar med blanketterna för bostadsanpassning.
Sara

---------- Vidarebefordrat meddelande ----------
Från: Linda Forsman
Skickat: den 24 oktober 11:02
Till: Sara Nilsson
Ämne: Inför mötet med familjen Hussein

Hej Sara,
Kort om familjen: pappan Karim Hussein har ansökt om LSS-insatser för sonen Adam, 9 år, som har autism och en måttlig intellektuell funktionsnedsättning. De bor i en trea på fjärde våningen utan hiss. Mamman är hemma på heltid. Vi behöver utreda personlig assistans och korttidsvistelse.
Kan du boka tolk?
Linda
Biståndshandläggare LSS`, 'social', 'health'),
  d(`Från: Linda Forsman
Skickat: den 3 november 08:30
Till: LSS-gruppen
Ämne: Veckoplanering v. 45

Hej!
• Måndag: ärendedragning 9–11, alla nya ansökningar fördelas.
• Tisdag: utbildning i den nya beslutsmallen för korttidsvistelse.
• Onsdag: Sara på hembesök hela dagen.
• Torsdag: gruppens APT, agenda i Teams.
• Fredag: Jag är ledig.
Kom ihåg att all dokumentation ska vara inne i Treserva inom tre arbetsdagar.
/Linda`),
  d(`Hej,

Vi har fått en fråga från en förälder om huruvida skolan sparar barnens ansiktsbilder för passerkort. Svar: elevkortens fotografier sparas i passersystemet men används inte för automatisk ansiktsigenkänning. Kameraövervakning sker bara vid entrén nattetid, med tillstånd.
Kan ni lägga in detta i FAQ:n på hemsidan?

/Skolans IT-samordnare`),
  d(`Ärende #71102 — Röstbrevlåda / röstinloggning
Anmälare: Gun-Britt Ek, hemtjänsten Norra

Gun-Britt: Jag har spelat in mitt röstavtryck i den nya telefonitjänsten men den känner inte igen mig när jag är förkyld. Kan ni göra om inspelningen?
Servicedesk (Pär): Ditt röstprofil-ID 88-2213 är raderat och du kan spela in en ny röstprofil via menyval 4. Tills dess loggar du in med PIN via SMS.
Status: Stängt`, 'biometric'),
  d(`Veckosammanfattning — Projekt Digital närvaro (förskolorna), v. 12

Vad har hänt:
- Pilot med incheckning via surfplatta på tre förskolor. Vårdnadshavarna checkar in med QR-kod.
- Leverantörens förslag om incheckning med ansiktsigenkänning avslogs av dataskyddsombudet (biometriska uppgifter, inte proportionerligt).
- Frånvarostatistiken från piloten visar inga problem.
Nästa steg: utvärdering i maj.

Projektledare Kim Sjölund`),
  d(`From: Michael Grant
Sent: Tuesday 9 September 13:42
To: Anna Holm
Cc: HR Partner
Subject: Follow-up — conduct issue

Anna,
Following the incident at the staff party on Friday I've spoken to both parties. Rickard admits he made inappropriate comments to the new trainee about her appearance. This is the second time (the first was noted in his file in 2024). HR and I have decided to issue a formal written warning and he will attend training on respectful workplace behaviour.
Please do not discuss this outside the management team.
Michael

Michael Grant | Head of Operations
This message may contain confidential information. If you are not the intended recipient, please delete it.`, 'hr-assessment'),
  d(`Kallelse till arbetsplatsträff, Teknik och service, 16 september

Dagordning:
1. Välkommen och genomgång av föregående protokoll
2. Ekonomi och verksamhetsuppföljning
3. Arbetsmiljö: resultatet av OSA-enkäten (kränkande särbehandling)
4. Ny policy mot kränkande särbehandling och trakasserier — presentation av HR
5. Information från skyddsombud och fackliga representanter
6. Övriga frågor

Varmt välkomna!
Michael`),
  d(`Från: Ingrid Sand (studie- och yrkesvägledare)
Skickat: den 28 april 14:50
Till: Mentor Patrik Ny
Ämne: SV: IUP Jonathan

Hej Patrik,
Tack för underlaget. För att Jonathan ska komma in på el- och energiprogrammet behöver han godkänt i svenska, engelska och matte. Nu har han F i engelska och E i svenska enligt dina omdömen. Han borde gå sommarskolan i engelska. Kan vi träffa honom och pappan nästa vecka?

Ingrid`, 'grades'),
  d(`Sommarskola 2026

Sommarskolan i matematik, engelska och svenska pågår 16–27 juni på Backaskolan. Den riktar sig till elever i årskurs 8 och 9 som behöver stöd för att nå godkänt betyg. Lunch serveras. Anmälan görs av mentor.

Studie- och yrkesvägledningen`),
  d(`Från: Margareta Fors
Skickat: den 2 juni 10:00
Till: Lönespecialist Emir
Ämne: Lönekartläggning — underlag

Hej Emir,
Här kommer underlaget för gatuenheten. Två avvikelser att titta på:
- Marcus Olsson (gatuingenjör) 46 500 kr vs Linnea Bergman (gatuingenjör, mer erfarenhet) 42 800 kr. Skillnaden har ingen saklig grund enligt min bedömning.
- Arbetsledarna ligger alla inom 39–41 tkr, inga avvikelser.
Förslag: Linnea justeras till 46 000 från 1 juli.

Margareta, enhetschef`, 'salary'),
  d(`Rapport: Lönekartläggning 2025, sammanfattning

Kommunen har kartlagt löner för 6 412 anställda i 214 befattningar. I 9 grupper fanns skillnader som inte kunde förklaras sakligt. Åtgärder om totalt 1,2 mnkr genomförs inom ramen för lönerevisionen 2026.
Kvinnors lön i procent av mäns lön: 96,8 % (97,4 % efter standardvägning).

HR-avdelningen`),
  d(`Från: Familjerätten
Skickat: den 19 november
Till: Domstolshandläggare, Tingsrätten
Ämne: Yttrande i vårdnadsmål T 4412-25

Yttrandet bifogas. Av utredningen framgår att fadern, Roger Lind, dömdes för ringa narkotikabrott 2023 och för olaga hot mot modern 2024 (utdrag ur belastningsregistret bifogas). Barnet har uttryckt att det vill bo kvar hos modern.
Uppgifterna i yttrandet omfattas av sekretess enligt 26 kap. 1 § OSL och är sekretessprövade.

Familjerättssekreterare Cecilia Ahl`, 'criminal-record', 'secrecy', 'social'),
  d(`Hej!

Familjerätten har från 1 april nya telefontider: måndag–torsdag 9–10. Samarbetssamtal bokas via e-tjänsten. Vi tar inte emot vårdnadsutredningar per vanlig e-post.
Informationsträffar för separerade föräldrar hålls första tisdagen varje månad.

Familjerätten, Kvarnby`),
  d(`[2025-10-01 16:40] Jonna W: hej, du som är ny i schemat — har du fått koden till tvättstugan?
[2025-10-01 16:42] Amal: nej
[2025-10-01 16:43] Jonna W: 4471# och sen grön knapp. och larmet på kontoret är 2580 om du går sist
[2025-10-01 16:45] Amal: tack!! 
[2025-10-01 16:50] Jonna W: radera gärna efter att du lärt dig dem`, 'credentials'),
  d(`Säkerhetsinformation för nyanställda

• Du får din tagg och kod till entrén av din chef första dagen.
• Koder och lösenord får aldrig skrivas upp eller skickas i chatt, SMS eller e-post.
• Larmkoder byts två gånger per år.
• Lämna inte dörrar på glänt.

Fastighetsavdelningen`),
  d(`Från: Marie Ek, klinisk genetik
Skickat: den 9 januari 15:30
Till: Barn- och ungdomskliniken
Ämne: Svar släktutredning — familjen Persson

Hej,
Analysen av Ebba Persson (7 år) visar att hon är anlagsbärare för spinal muskelatrofi (SMA), heterozygot för deletion i SMN1, alltså inte sjuk. Hennes bror Oskar som har SMA typ 2 följs redan hos er. Föräldrarna vill ha genetisk vägledning om framtida graviditeter.

Vänliga hälsningar
Marie Ek`, 'genetic', 'health'),
  d(`Minnesanteckningar — referensgrupp genomik, 12 mars

1. Regionens plan för precisionsmedicin gås igenom.
2. Nationella Genomikplattformen: vi ansluter under hösten.
3. Etik: samtycke vid helgenomsekvensering, ny patientinformation tas fram.
4. Biobanken: frågan om förvaring av DNA-prov från avlidna lyfts till juristerna.
5. Nästa möte i juni.`),
  d(`From: Thomas Brink
Sent: 4 May 20:12
To: Cecilia Aho (manager)
Subject: stepping down from the project group

Hi Cecilia,
I've been elected to the municipal council for the Moderates in Västerby, where I live, and the first meeting is on 20 May. Since the project group deals with the regional transport plan, I think it's best if I step down to avoid any conflict of interest.
Regards,
Thomas`, 'political-opinion'),
  d(`Hej alla,

Påminnelse om kommunens riktlinjer inför valrörelsen: det är inte tillåtet att dela ut partimaterial i kommunens lokaler eller att bära partisymboler i tjänsten vid myndighetsutövning. Det är naturligtvis fritt att engagera sig politiskt på fritiden.
Frågor till kommunjuristen.

Kommundirektören`),
  d(`[09:12] Oscar: såg du att Benny från ekonomi stod och delade flygblad för Sverigedemokraterna på torget i lördags?
[09:13] Hedda: ja haha, han har ju varit med i partiet länge
[09:14] Oscar: fattade inte det
[09:15] Hedda: det är ju inget konstigt med det
[09:20] Oscar: nä nä. lunch 11.30?`, 'political-opinion'),
  d(`Hej,

Här kommer resultaten av medborgarundersökningen 2025:
- 62 % är nöjda med kommunen som en plats att bo på.
- Förtroendet för kommunens politiker ligger på 41 %.
- Flest är missnöjda med gång- och cykelvägar.
- Unga (16–24) anser att det saknas mötesplatser.
Rapporten presenteras för kommunstyrelsen den 4 december.

Utredare, Kommunledningskontoret`),
  d(`Från: Helena Korhonen
Skickat: den 14 februari 12:40
Till: Förskolan Lärkan
Ämne: Sverigefinska

Hej!
Vår dotter Aino börjar på Lärkan i augusti. Vi är sverigefinnar och pratar bara finska hemma. Vi vill gärna ansöka om förskola på finska enligt minoritetslagen, eller att hon får modersmålsstöd på finska om ni inte har en finsk avdelning.
Hälsningar Helena och Mikko Korhonen`, 'ethnic-origin'),
  d(`Hej!

Kvarnby kommun är förvaltningsområde för finska. Det betyder att du som sverigefinne har rätt att kontakta kommunen på finska och att få förskola och äldreomsorg helt eller delvis på finska.
Kontakta minoritetssamordnaren om du har frågor.

Suomeksi: Kvarnbyn kunta on suomen kielen hallintoalue.`),
  d(`Från: Barbro Lindh
Skickat: den 30 september 11:45
Till: Biståndshandläggare Kent
Ämne: Min mamma Dagny

Hej Kent,
Mamma Dagny Lindh har varit på korttidsboende i två veckor efter fallet och höftfrakturen. Läkaren säger att hon inte kommer klara sig hemma igen. Vi vill ansöka om särskilt boende. Hon har redan hemtjänst fyra gånger om dagen och trygghetslarm.
Ring mig gärna.
Barbro, dotter`, 'social', 'health'),
  d(`Hej Barbro,

Tack för ditt mejl. En ansökan om särskilt boende görs av den enskilde själv eller av ett ombud med fullmakt. Jag skickar en blankett hem till er. Handläggningstiden är normalt 4–6 veckor. När ansökan kommit in gör jag ett hembesök eller besök på korttidsboendet.

Vänliga hälsningar
Kent Alm
Biståndshandläggare, Äldreomsorgen
Besöksadress: Storgatan 1, Kvarnby`),
  d(`From: Finance team
To: All budget holders
Subject: Corporate card statements — October

Hi all,
October statements for corporate cards are now available in the expense system. Please match receipts by 15 November. A reminder that we will never ask you for your full card number, expiry date or security code by email — if you receive such a request, report it as phishing.

Finance`),
  d(`Från: Inger Wallin
Skickat: den 3 mars 09:20
Till: Kommunens kontaktcenter
Ämne: Återbetalning avgift hemtjänst

Hej,
Jag har betalat för mycket för min mans hemtjänst i januari, 2 140 kr enligt ert brev. Pengarna kan sättas in på mitt konto i SEB, clearingnummer 5201, kontonummer 032 44 187. Det står på mig, Inger Wallin.

Tack på förhand
Inger`, 'bank-account', 'social'),
  d(`Från: Kontaktcenter
Till: Inger Wallin
Ämne: SV: Återbetalning avgift hemtjänst

Hej Inger,
Tack för ditt mejl. Av säkerhetsskäl ber vi dig att inte skicka kontonummer via e-post. Återbetalningen görs i stället via Swedbanks utbetalningstjänst — du får ett avisering hem inom två veckor som du löser in på banken, eller registrerar ditt konto hos Swedbank.

Med vänlig hälsning
Kontaktcenter, Kvarnby kommun`),
  d(`Mötesanteckningar — Trygghetsrådet, 22 maj

1. Polisen rapporterar: ökad narkotikaförsäljning vid skolan i Östra Lid. Två unga har gripits för narkotikabrott i maj.
2. Skolan: inga incidenter på skolgården.
3. Fritid: nya öppettider på fritidsgården under sommaren.
4. Bostadsbolaget: skadegörelse i trapphus minskar.
5. Nästa möte: 18 september.`),
  d(`Från: Bostadsbolaget, förvaltare Jan Persson
Skickat: den 23 maj 08:15
Till: Socialtjänsten, Ungdomsenheten
Ämne: Hyresgäst på Hagvägen 9

Hej,
Sonen i familjen Berisha på Hagvägen 9 (Arben, 17 år) greps av polisen i förra veckan i trapphuset med narkotika för försäljning enligt polisen. Familjen har fått en varning om uppsägning. Vi tycker att ni borde känna till detta.

Jan Persson, förvaltare`, 'criminal-record'),
  d(`Kvarnby Pastorat — nyhetsbrev för anställda, mars

Hej alla medarbetare!
• Påskens gudstjänster: schemat är klart, se bilaga.
• Personalfest 12 april.
• Ny kyrkoherde: Anna Vester tillträder 1 maj.
• Facklig information: Kyrkans Akademikerförbund och Vision har lokal förhandling om löner i april.
• Påminnelse om tystnadsplikten i själavården.

Kommunikatören`),
  d(`Hej Anna,

Ett tack från mig och Karl. När Karl låg inne på palliativen sa han att han, trots att han lämnade Jehovas vittnen för tjugo år sedan, ville ha en präst vid sin sida. Det betydde mycket att du kom. Begravningen blir i Sankt Petri kyrka den 14 april.

Vänligen
Gunnel Sandin`, 'religion', 'health'),
  d(`Ärende #58311 — Telefonbank: tjänstekort

Beställare: Ekonomichef Louise Berg
Beskrivning: Nytt tjänstekort till Karim Said, måltidsservice.
Kortet skickas till beställaren. PIN skickas separat till kortinnehavaren.
Kreditgräns: 15 000 kr
Status: Beställt`),
  d(`Från: Karim Said
Skickat: den 18 mars 07:40
Till: Louise Berg
Ämne: Kortet

Hej Louise, kortet har kommit. Här är uppgifterna om du behöver lägga in det i systemet:
Mastercard 5413 0082 7713 4592, giltigt till 02/29. PIN-koden har jag memorerat, 6604, men det skriver jag här om du behöver den vid spärr.
Karim`, 'payment-card', 'credentials'),
  d(`Från: Siv Hammar
Skickat: den 6 december 14:10
Till: Alla i kommunhuset
Ämne: Luciafirande + julinfo

Hej alla!
Här kommer lite julinformation:
- Luciatåget från Backaskolan kommer till entrén 13/12 kl 8.15.
- Julbordet är fullbokat, reservlistan finns hos mig.
- Mellan jul och nyår har växeln öppet 9–12.
- Glöm inte att lämna in era tidrapporter före den 20:e.

God jul!
Siv
PS. Till er som frågat: Ahmed i receptionen firar inte jul eftersom han är muslim, men han har lovat att stå för pepparkakorna ändå 😊`, 'religion'),
  d(`Från: Siv Hammar
Skickat: den 7 januari 08:00
Till: Alla i kommunhuset
Ämne: Välkomna tillbaka!

Hej och gott nytt år!
- Julbordet gick med överskott, som skänks till Stadsmissionen.
- Nya parkeringsregler från 1 februari, se bifogad karta.
- Städdag på kontoret 24 januari.
- Friskvårdsbidraget för 2026 är 3 000 kr, kvitton lämnas i självservice.

Siv, administratör`),
  d(`Hej Joakim,

Återkoppling på din ansökan till tjänsten som enhetschef. Vi har valt att gå vidare med andra kandidater. I rekryteringen gjorde samtliga slutkandidater ett personlighetstest (OPQ) och ett logiskt test. Ditt resultat på det logiska testet låg på stanine 4, under kravprofilen som var 6, och i personlighetstestet framkom låg stresstolerans i förhållande till tjänstens krav.
Du är varmt välkommen att söka igen.

Vänliga hälsningar
Rekryteringskonsult Sandra Öhman`, 'hr-assessment'),
  d(`Rekryteringsprocess — så går det till

1. Ansökan via rekryteringssystemet
2. Urval baserat på kravprofilen
3. Intervju steg 1 (digitalt)
4. Arbetspsykologiska tester (personlighetstest och logiskt test)
5. Intervju steg 2 med chef och facklig representant
6. Referenstagning
7. Erbjudande

Alla kandidater får återkoppling efter varje steg.`),
  d(`Från: Maja Lind
Skickat: den 22 november 17:03
Till: Kristina (chef)
Ämne: Fråga om ledighet

Hej Kristina,
Jag ska genomgå en könsbekräftande operation i mars och kommer vara sjukskriven ca 6 veckor. Jag har inte berättat för arbetsgruppen om min transition än och vill gärna vänta. Kan vi prata om hur vi lägger upp det?

Maja`, 'sex-life', 'health'),
  d(`Hej,

Kommunens policy för inkluderande arbetsplats är uppdaterad. Nyheter:
- Rätt till ledighet för medarbetare under könsbekräftande vård hanteras som sjukfrånvaro enligt gällande regler.
- Byte av namn i personalsystemet kan göras utan juridiskt namnbyte.
- Könsneutrala omklädningsrum införs i nya byggnader.
Policyn finns på intranätet.

HR, mångfald och inkludering`),
  d(`[2025-02-14 12:31] Lina B: vem ska på afterwork fredag?
[2025-02-14 12:33] Malik: jag! kan ta med min flickvän?
[2025-02-14 12:33] Lina B: klart!
[2025-02-14 12:35] Hugo: jag kommer men Emil kommer också, hoppas det är ok att jag tar med min kille 🙈 han har tjatat
[2025-02-14 12:36] Lina B: såklart!! äntligen får vi träffa honom
[2025-02-14 12:40] Malik: 😂`, 'sex-life'),
  d(`[2025-02-15 09:02] Lina B: afterwork flyttat till Bryggan pga renovering
[2025-02-15 09:03] Hugo: ok
[2025-02-15 09:10] Malik: vilken tid?
[2025-02-15 09:11] Lina B: 17.00, bord bokat på 12 pers
[2025-02-15 09:12] Hugo: toppen
[2025-02-15 09:40] Ebba: jag kommer senare, har tandläkare`),
  d(`Från: Vårdförbundet avd. Kvarnby
Skickat: den 1 oktober
Till: Camilla Strand
Ämne: Välkommen som huvudskyddsombud

Hej Camilla!
Grattis till valet som huvudskyddsombud för Vårdförbundet på Regionsjukhuset. Ditt uppdrag gäller till 2027. Du får ta del av grundutbildningen för skyddsombud 14–15 oktober. Meddela gärna din chef om att du är ledig för fackligt uppdrag de dagarna.

Hälsningar
Avdelningsstyrelsen`, 'trade-union'),
  d(`Hej!

Information om arbetsmiljöarbetet på avdelning 32:
Skyddsronden genomförs 4 november tillsammans med skyddsombudet. Fokus: ergonomi i medicinrummet och belysning i korridoren. Alla som vill lyfta något kan lämna en lapp i lådan på expeditionen.
Åtgärdsplanen följs upp på december-APT.

Vårdenhetschef Ulrika`),
  d(`Subject: RE: RE: salary offer — Data Engineer

Hi Kevin,
Confirmed: we can offer a monthly salary of SEK 52 000, plus the standard occupational pension. We could not go up to 55 000 as you asked, but we can review it after six months.
Best,
Lisa (HR)

> Hi Lisa, thank you for the offer of 49 500. My current salary is 51 000, so I'd need at least 55 000 to move.
> Kevin`, 'salary'),
  d(`Job advert: Data Engineer, Analysis Unit

Kvarnby kommun is looking for a Data Engineer to build our new data platform.
We offer: individual salary setting, 30 days of holiday, flexible working hours, wellness allowance.
Salary: we apply individual salary setting; state your salary expectation in your application.
Apply by 15 March. Union contacts: Unionen and Akavia.`),
  d(`Från: Elevhälsan, Kvarnby gymnasium
Skickat: den 29 januari 10:05
Till: Mentor Karl Wiik
Ämne: SV: Frånvaro Sofia Jovanović 2NA

Hej Karl,
Skolsköterskan har träffat Sofia. Hennes frånvaro (35 % under januari) beror på migrän som utreds på vårdcentralen. Hon har fått medicin. Vi föreslår anpassningar: möjlighet att skriva prov i mindre rum och förlängd tid i kemi där hon ligger på F.
Ulla, kurator`, 'grades', 'health'),
  d(`Kvarnby gymnasium — information om CSN och frånvaro

Skolan rapporterar ogiltig frånvaro till CSN om en elev har mer än 4 timmars ogiltig frånvaro under en månad. Då kan studiebidraget dras in. Om du är sjuk, anmäl det i Skola24 varje dag.
Frågor om CSN besvaras av skolans administratör.`),
  d(`Mötesanteckningar EHT, 5 mars (elevhälsoteam) — utdrag

Närvarande: rektor, skolsköterska Ulla, kurator Pontus, specialpedagog Sara
Punkt 1: Uppföljning generella insatser — trygghetsvandring genomförd.
Punkt 2: Ärende elev åk 8 (Hugo L): frånvaro 28 %, ätstörning misstänks. Skolsköterskan har kontakt med BUP. Vårdnadshavare informerade.
Punkt 3: Ärende elev åk 7 (Nora B): särskilt stöd i matematik, åtgärdsprogram upprättas. Betyg F i ma och NO förra terminen.
Punkt 4: Rutiner för sekretess i EHT — påminnelse om att anteckningar förvaras i elevhälsojournalen.`, 'grades', 'health'),
  d(`Minnesanteckningar EHT, 19 mars

Närvarande: rektor, skolsköterska, kurator, specialpedagog
1. Hälsosamtalen i åk 7 klara. Sammanfattning på gruppnivå: många sover för lite.
2. Extra anpassningar: lärarna påminns om att dokumentera anpassningarna i lärplattformen.
3. Frånvarostatistiken för skolan som helhet är 8,9 % (förra året 9,4 %).
4. Inga individärenden denna gång.`),
  d(`From: Nils Åkesson, Head of Facilities
Sent: 12 March 09:15
To: All staff, Region House
Subject: Fingerprint readers in the pharmacy storage

Dear all,
From 1 April access to the pharmacy storage will require fingerprint authentication in addition to your card. Enrollment is voluntary for staff who do not need access. We do not store fingerprint images, only encrypted templates on the reader. 
Please book an enrollment slot via the link.
Nils`),
  d(`Från: Åsa Gren, läkemedelsförrådet
Skickat: den 2 april 15:20
Till: Nils Åkesson
Ämne: Problem med fingeravtryck

Hej Nils!
Fingeravtrycksläsaren godtar inte Vera Nordin — hon har eksem på händerna och hennes registrerade fingeravtryck (mall nr 112) matchar inte längre. Kan vi registrera om henne, eller ge henne ett undantag med kod?
/Åsa`, 'biometric', 'health'),
  d(`Utdrag ur journal, Kvarnby vårdcentral (skickat till Arbetsgivare på patientens begäran)

Patient: Johan Mäki
Bedömning 2025-03-11: Patienten har ländryggssmärta med ischias höger sida. Sjukskrivs 50 % t.o.m. 2025-04-08. Bör undvika tunga lyft och långvarigt stående. Fysioterapeutkontakt påbörjad.

Leg. läkare Hanna Vik

Observera: innehållet omfattas av sekretess enligt 25 kap. 1 § OSL.`, 'health', 'secrecy'),
  d(`Hej!

Vårdcentralen informerar om nya rutiner för läkarintyg:
- Intyg för sjukskrivning skickas digitalt till Försäkringskassan.
- Intyg till arbetsgivare skrivs ut och lämnas till patienten.
- Vi skickar inte journalutdrag via e-post.

Mvh Kvarnby vårdcentral`),
  d(`Från: Kommunikatör Linn
Skickat: den 4 april
Ämne: Utkast nyhetsbrev april — tyck till!

Hej alla,
Här är utkastet:
Rubrik 1: Ny förskola i Östra Lid invigs i augusti.
Rubrik 2: Rekordmånga sökte sommarjobb — 420 ungdomar!
Rubrik 3: Kommunen inför ansiktsigenkänning? Nej — faktagranskning av ett rykte som spridits i sociala medier.
Rubrik 4: Tema hälsa: så mycket har sjukfrånvaron minskat.
Rubrik 5: Månadens medarbetare — Gunnar på vattenverket.
Synpunkter senast fredag!`),
  d(`Hej Linn,

Om "Månadens medarbetare": jag pratade med Gunnar och han vill gärna vara med, men han vill inte att vi skriver om hans cancerbehandling i fjol, bara om jobbet på vattenverket och att han varit här i 30 år. Jag har strukit det stycket i utkastet.

/Petra, enhetschef VA`, 'health'),
  d(`Från: Kammarrätten (via e-tjänst)
Till: Kvarnby kommun, registrator
Ämne: Dom i mål 3312-25

Kammarrätten avslår överklagandet. Kommunens beslut att inte lämna ut handlingar i ärendet rörande Anders N:s ansökan om bistånd står fast, eftersom uppgifterna omfattas av sekretess enligt 26 kap. 1 § OSL och det inte står klart att de kan röjas utan att den enskilde lider men.
Domen bifogas.`, 'secrecy', 'social'),
  d(`Hej!

Inför utbildningsdagen för nya politiker: Kom ihåg att förtroendevalda i nämnder har tystnadsplikt för uppgifter som omfattas av sekretess. I nämndhandlingar märks sådana uppgifter med "Sekretess enligt OSL". Sekretessbelagda bilagor delas endast ut på sammanträdet och samlas in efteråt.

Nämndsekreterarna`),
  d(`[08:03] Kim: god morgon, vikarien från Bemanna behöver inlogg till Lifecare idag
[08:05] Tove: har hon SITHS-kort?
[08:06] Kim: nej, har inte kommit än
[08:07] Tove: ok då får hon låna det gemensamma kontot: vik_natt3 / Solsken55
[08:07] Kim: tack!
[08:30] Linus: får man verkligen göra så?
[08:31] Tove: nej egentligen inte, jag byter lösen efter passet`, 'credentials'),
  d(`Hej,

Vi har fått en fråga från en medarbetare om varför vi inte har SSO till alla system ännu. Svar: Lifecare och Treserva får SSO under hösten. Fram till dess loggar du in med SITHS-kort och PIN. Gemensamma konton är inte tillåtna.

Systemförvaltningen`),
  d(`Från: Rosa Amini
Skickat: den 11 mars 22:10
Till: Hanna Berg, HR
Ämne: VB: Fortsatt hot

Hanna, se nedan från min ex-man. Jag har lämnat över det till polisen. Han dömdes i tingsrätten i januari för ofredande mot mig, och kontaktförbudet gäller fortfarande. Jag vill att receptionen får veta att han inte får släppas in.

> Från: [okänd avsändare]
> Jag vet var du jobbar. Du kan inte gömma dig.`, 'criminal-record'),
  d(`Information om kontaktförbud

Om du som medarbetare utsätts för hot från en person utanför arbetet kan arbetsgivaren hjälpa till med skydd på arbetsplatsen, t.ex. att informera receptionen eller ändra arbetstider. Du kan också ansöka om kontaktförbud hos åklagaren.
Kontakta din chef eller HR.`),
  d(`Hej Kenneth,

Vill bara informera dig som facklig representant för ST att Annika Svahn på länsstyrelsen i morse hade möte med sin chef och fick en skriftlig varning för otillåten bisyssla. Hon är medlem hos er och vill ha stöd i det fortsatta. Hon hör av sig till dig idag.

Vänliga hälsningar
Jens, kollega`, 'trade-union', 'hr-assessment'),
  d(`Information om bisysslor

Alla anställda ska anmäla bisysslor till sin chef. Förbjudna är bisysslor som kan rubba förtroendet för myndighetens opartiskhet, som konkurrerar med verksamheten eller som hindrar arbetet. Anmälan görs i HR-systemet.

Länsstyrelsen, personalenheten`),
  d(`Från: Lisa Holmström
Skickat: den 16 september 13:37
Till: Personalavdelningen
Ämne: VB: Ansökan om tjänstledighet

Hej, vidarebefordrar min tidigare ansökan som jag inte fått svar på.
/Lisa

-----Ursprungligt meddelande-----
Från: Lisa Holmström
Skickat: den 2 september 09:12
Ämne: Ansökan om tjänstledighet

Hej!
Jag ansöker om tjänstledighet utan lön 1 oktober–31 december. Jag har fått ett politiskt uppdrag som ersättare i regionfullmäktige för Kristdemokraterna och ska dessutom arbeta i partiets valkampanj. Jag återkommer i januari.
Hälsningar Lisa Holmström, socionom`, 'political-opinion'),
  d(`Sammanfattning — politisk studieresa för kommunstyrelsen, 3–5 oktober

Dag 1: Besök hos Malmö stad, tema trygghet och socialt hållbar stadsplanering.
Dag 2: Köpenhamns kommun, cykelinfrastruktur och klimatanpassning.
Dag 3: Summering och hemresa.
Alla partier i kommunstyrelsen deltog, två ledamöter från oppositionen lämnade återbud.
Reseräkningar lämnas senast 31 oktober.`),
  d(`Från: Kristian Nilsson
Skickat: den 7 maj 10:48
Till: Skolans kurator
Ämne: Angående min son Leo

Hej,
Jag är orolig för Leo i 6A. Han har sagt till klasskamraterna att han är gay och sedan dess har han fått hotfulla meddelanden i en Snapchatgrupp. Jag har skärmdumpar. Han vill inte gå till skolan längre. Vad gör skolan?
Kristian, pappa`, 'sex-life'),
  d(`Likabehandlingsplan 2025/2026, Ekbackens skola — utdrag

Mål: Ingen elev ska utsättas för diskriminering eller kränkande behandling på grund av kön, könsöverskridande identitet, etnisk tillhörighet, religion, funktionsnedsättning, sexuell läggning eller ålder.
Åtgärder:
- Trygghetsenkät två gånger per år
- Rastvärdar på utsatta platser
- Värdegrundsarbete i alla klasser under september
Ansvarig: rektor`),
  d(`Från: Gun Lidström, Ekonomi
Skickat: den 15 januari 11:40
Till: Arvodesgruppen
Ämne: Nya uppdragstagare — kontouppgifter

Hej!
Nya kontaktpersoner enligt SoL som ska få arvode från februari:
- Jamal Yusuf: Nordea, clearing 1709, konto 04 558 21
- Eva-Lena Blom: Swedbank 8214-9, 763 220 118-3
Arvodet är 1 400 kr per månad plus omkostnadsersättning 600 kr.

Gun`, 'bank-account', 'salary'),
  d(`Hej!

Arvoden till kontaktpersoner och kontaktfamiljer betalas ut den 25:e varje månad. Nya uppdragstagare ska registrera sitt bankkonto via blanketten "Utbetalning av arvode", som lämnas i original till ekonomienheten. Vi kan inte ta emot kontonummer via e-post.

Ekonomienheten, Socialförvaltningen`),
  d(`Från: Anna Wester
Skickat: den 29 oktober 16:15
Till: Gemensam inkorg barn och unga
Ämne: Ny kontaktfamilj — intervju genomförd

Hej!
Intervju med familjen Sjöberg genomförd. Bakgrundskontroll klar: inga anteckningar i belastningsregistret för någon av dem, och inget i socialtjänstens register. Familjen är godkänd som kontaktfamilj och kan matchas med Elias (9 år), som har beviljats kontaktfamilj enligt SoL en helg i månaden.

/Anna, familjehemssekreterare`, 'social'),
  d(`From: Hiring manager
To: Candidate
Subject: Next steps

Dear Ms Haddad,
Thank you for coming to the second interview. As this is a position working with children, we will need you to request an extract from the police criminal record register (belastningsregistret) for work with children. The extract should be submitted in its sealed envelope, unopened. This is standard for everyone we hire into schools.
Kind regards,
Human Resources`),
  d(`Från: Rektor Jenny Åström
Skickat: den 3 augusti 10:05
Till: HR Skola
Ämne: Registerutdrag — Tobias R

Hej,
Jag har öppnat registerutdraget för Tobias R som skulle börja som fritidspedagog. Det finns en dom från 2022 för misshandel och en för ringa stöld. Med den domen kan vi inte anställa honom på fritids. Hur meddelar vi detta?

Jenny`, 'criminal-record'),
  d(`Subject: Re: Genetic counselling referral
From: Dr. Ravi Patel
To: Genetic counselling team

Hi,
Please book Mrs Lena Ström for genetic counselling. Her predictive test for Huntington's disease came back positive (CAG repeat 43). Her father had HD. She has two teenage children who are not yet informed. She is currently on sick leave for anxiety.
Ravi`, 'genetic', 'health'),
  d(`Invitation: Seminar on ethics in predictive genetic testing

When: 21 November, 13:00–16:00
Where: Aula, Regional Hospital, and online
Speakers: a clinical geneticist, a patient representative and a lawyer
Topics: the right not to know, informing relatives, insurance and genetic information.
Free of charge. Register by 10 November.`),
  d(`Från: Inger Pålsson
Skickat: den 8 maj 08:12
Till: Arbetsterapeut Camilla
Ämne: SV: Hjälpmedel pappa

Hej Camilla,
Tack för besöket! Som jag nämnde har pappa fått diagnosen ärftlig ataxi. Gentestet visade att det är SCA typ 3 — samma som farbror Olle hade. Jag och min bror funderar på att testa oss, men vi har inte bestämt oss. Rullatorn fungerar bra hittills.
Inger`, 'genetic', 'health'),
  d(`Nyhetsbrev från Patientföreningen för sällsynta diagnoser

I detta nummer:
• Så fungerar den nya nationella registreringen av sällsynta diagnoser
• Intervju med en genetiker om framtidens gentester
• Rapport från sommarlägret för familjer med ärftliga muskelsjukdomar
• Kalender: föreläsningar i höst
Bli medlem via hemsidan — medlemsavgiften är 200 kr.`),
  d(`[2025-11-03 14:04] Alva R: har du fått kortet till utlandsresan än?
[2025-11-03 14:05] Filip: ja, här är uppgifterna så du kan boka hotellet: 4916 3382 5017 2290, 08/27, cvc 904
[2025-11-03 14:06] Alva R: tack! fixar
[2025-11-03 14:07] Filip: radera sen 😬
[2025-11-03 14:20] Alva R: bokat. Hotell Nordlys, 3 nätter`, 'payment-card'),
  d(`Reseinstruktion för tjänsteresor 2026

1. Resor bokas via resebyrån Resia, inte direkt hos hotell eller flygbolag.
2. Hotell och flyg betalas via kommunens centrala resekonto.
3. Privat kort används endast i undantagsfall; utlägg redovisas i reseräkning.
4. Dela aldrig kortuppgifter i Teams eller e-post.

Ekonomiavdelningen`),
  d(`Från: Parkeringsbolaget <kundservice@parkering-kvarnby.example>
Till: Ebbe Strand
Ämne: Ditt abonnemang

Hej Ebbe,
Vi kunde inte dra avgiften för ditt p-abonnemang i november. Kortet vi har registrerat, Mastercard 5168 4410 9920 3376, gick ut 10/25. Logga in och uppdatera dina kortuppgifter, annars avslutas abonnemanget 1 december.

Mvh Kundservice`, 'payment-card'),
  d(`Från: Marie-Louise Berg
Skickat: den 17 april 09:44
Till: Förskolan Humlan, personal
Ämne: Hämtning av Vilma

Hej!
Från och med måndag är det bara jag och mormor som får hämta Vilma. Hennes pappa får inte hämta — vi har skyddad folkbokföring sedan förra veckan och det finns ett kontaktförbud. Snälla, ring mig om han dyker upp.
Marie-Louise`, 'protected-identity', 'criminal-record'),
  d(`Rutin: Barn med skyddade personuppgifter i förskolan

• Barnets namn sätts inte upp på hyllor, krokar eller foton som syns utifrån.
• Barnet fotograferas inte för förskolans sociala medier.
• Hämtningslistan uppdateras av förskolechef.
• Vid osäkerhet: kontakta förskolechef innan uppgifter lämnas ut.

Förskoleförvaltningen`),
  d(`Från: Mikael Johansson
Skickat: den 1 juli 12:30
Till: Kommunstyrelsens ordförande
Ämne: Vidarebefordrat: Medborgarförslag

Hej Ingvar,
Vidarebefordrar ett mejl som kom till mig som tjänsteman. Avsändaren vill att det ska behandlas som ett medborgarförslag om gratis kollektivtrafik för pensionärer. Ska vi diarieföra det?
/Mikael

> Hej! Jag är pensionär och tycker att kommunen borde införa gratis buss för alla över 70. Många kommuner har gjort det. Med vänlig hälsning Gösta Lund`),
  d(`Från: Ulrika Sjödin
Skickat: den 6 mars 16:03
Till: Kvalitetsutvecklare Peter
Ämne: Resultat av brukarundersökningen

Hej Peter,
Några reflektioner från hemtjänstens resultat:
- 88 % är nöjda totalt, upp från 84 %.
- Sämst resultat: "samma personal kommer hem till mig" — 52 %.
- Kommentarerna nämner personalkontinuitet och språkproblem.
Jag vill lyfta detta på ledningsgruppen.
/Ulrika`),
  d(`Från: Brukare Sven Granlund (via anhörig)
Till: Hemtjänsten Norra
Ämne: Klagomål

Hej,
Min far Sven får hemtjänst tre gånger om dagen. I förra veckan kom någon från personalen som luktade alkohol och tappade hans medicin på golvet. Vi vill inte ha den personen igen. Pappa har ju hjärtsvikt och måste få sina tabletter i tid.
Stina Granlund`, 'social', 'health'),
  d(`Hej Alexander,

Tack för ditt pass i helgen. En sak måste jag ta upp: flera brukare och en kollega har sagt att du luktade alkohol när du kom till passet på lördag. Vi behöver ha ett samtal om detta på tisdag kl 10, med HR. Du har rätt att ta med en facklig representant.

Ulrika Sjödin
Enhetschef, Hemtjänsten Norra`, 'hr-assessment'),
  d(`Från: Rami Khalil
Skickat: den 12 augusti 07:50
Till: Teamet, Integrationsenheten
Ämne: Presentation

Hej alla!
Jag heter Rami och börjar som samhällskommunikatör hos er på måndag. Jag kom till Sverige från Syrien 2015 och är kurd från Qamishli, så jag pratar kurmanji, arabiska och svenska. Ser fram emot att träffa er!
Rami`, 'ethnic-origin'),
  d(`Samhällsorientering hösten 2026

Kurserna i samhällsorientering ges på arabiska, dari, tigrinja, somaliska, ukrainska och kurmanji. Kursen omfattar 100 timmar och ingår i etableringsprogrammet. Anmälan sker via Arbetsförmedlingen.

Integrationsenheten, Kvarnby`),
  d(`Ärende #77820 — Felaktig utbetalning
Anmälare: Lönecenter

Beskrivning: Lönen för Tanja Mikkelsen betalades i oktober ut till ett gammalt konto. Hon har anmält nytt konto: Danske Bank 1271-0, 32 882 614 77. Ändringen är nu gjord och beloppet 27 410 kr betalas ut igen den 31 oktober.
Status: Löst`, 'bank-account', 'salary'),
  d(`Ärende #77851 — Självservice visar fel
Anmälare: Lönecenter

Beskrivning: Flera medarbetare ser fel semestersaldo i självservice efter uppgraderingen.
Åtgärd: Leverantören har rättat en bugg. Saldot räknas om i natt.
Status: Löst`),
  d(`From: Marta Kowalska
To: Line manager
Subject: sorry for today

Hi Peter,
Sorry I left early. My daughter had a bad asthma attack at school and I had to take her to the emergency room. She is fine now but they kept her for observation. I'll work from home tomorrow if that's ok.
Marta`, 'health'),
  d(`Hi all,

Reminder: the first aid and CPR refresher is on 14 May. Everyone working in the reception and at the front desks must attend. The course also covers what to do if someone has an asthma attack, an allergic reaction or a seizure.

Facilities and Safety`),
  d(`Från: Närvarosystemet Skola24 <noreply@skola24.example>
Till: Vårdnadshavare till Alicia Ekström
Ämne: Ogiltig frånvaro

Hej!
Alicia Ekström, klass 9C, har registrerats med ogiltig frånvaro idag, 14 november, på lektionerna:
08.10–09.10 Matematik
09.20–10.20 Svenska
Kontakta skolan om du har frågor. Detta meddelande kan inte besvaras.`, 'grades'),
  d(`Hej vårdnadshavare!

Skolan byter närvarosystem till Skola24 från 1 januari. Ni kommer att få ett SMS när ert barn har ogiltig frånvaro. Logga in med BankID för att se närvaro och anmäla frånvaro. Instruktioner finns på skolans hemsida.

Rektor`),
  d(`Från: Erik Wallin
Skickat: den 14 oktober 18:12
Till: Carina Björk
Ämne: SV: SV: Lönetillägg för nattarbete

Carina,
Jag förstår inte. Jag har 31 900 i grundlön och har jobbat natt hela september men OB-tillägget syns inte på lönespecen. Det borde vara runt 4 500 kr.
Erik

> Erik, OB för september betalas ut med oktoberlönen, det är en månads eftersläp.
> /Carina, Lönecenter`, 'salary'),
  d(`Information om OB-tillägg

OB-tillägg (obekväm arbetstid) betalas ut månaden efter att arbetet utförts. Ersättningsnivåerna regleras i kollektivavtalet och är olika för kvällar, nätter och helger. Tabellen finns på intranätet.

Lönecenter`),
  d(`Från: Präst Andreas Kallin
Skickat: den 4 januari 11:30
Till: Sjukhuskyrkan, samordnare
Ämne: Rapport från helgen

Hej!
Kort rapport från helgjouren: tre samtal på akuten, ett på IVA. En ortodox familj på avdelning 14 bad om att få ha ikonen vid sin mammas säng och att prästen från den serbisk-ortodoxa församlingen kallas. Jag har ordnat det.
/Andreas`, 'religion'),
  d(`Sjukhuskyrkan — verksamhetsberättelse 2025

Sjukhuskyrkan har under året haft 1 240 samtal med patienter, närstående och personal. Vi samarbetar med imamer, katolska och ortodoxa präster samt rabbin från judiska församlingen vid behov. Andakter hålls i kapellet varje torsdag.

Sjukhuskyrkan, Regionsjukhuset`),
  d(`Hej Kim,

Vi har fått in en ansökan från en judisk förening om att hyra Stora salen för ett Chanukka-firande den 18 december. Kan du kolla om lokalen är ledig? Föreningen vill också veta om de får tända ljus inomhus.
Tack!
Bokningen`),
  d(`Från: Sam Levin
Skickat: den 9 oktober 09:10
Till: Min chef Lotta
Ämne: Ledighet Jom kippur

Hej Lotta,
Jag behöver vara ledig den 12 oktober för Jom kippur. Jag är med i judiska församlingen och det är den viktigaste dagen på året för oss. Jag tar en semesterdag.
/Sam`, 'religion'),
  d(`Från: Säkerhetschef Owe Dahl
Skickat: den 20 februari 15:02
Till: Ledningsgruppen, Kommunhuset
Ämne: Incident — kameraövervakning

Hej,
Sammanfattning av gårdagens händelse:
1. En besökare hotade personal i medborgarkontoret kl 14.10.
2. Polisen tillkallades och mannen avvisades.
3. Vi har lämnat ut filmen till polisen. Polisen har meddelat att de kört ansiktsbilden från kameran mot sitt register och identifierat mannen som Patrik Holm, 41 år, som redan är dömd för hot mot tjänsteman 2021.
4. Personalen har erbjudits samtal med företagshälsovården.
Owe`, 'biometric', 'criminal-record'),
  d(`Kameraövervakning i kommunens lokaler — information

Kommunen kameraövervakar entréer, kassor och parkeringsgaraget. Inspelat material sparas i 72 timmar och raderas sedan automatiskt, om det inte behövs för en polisutredning. Vi använder inte ansiktsigenkänning eller annan biometrisk analys.
Personuppgiftsansvarig: Kommunstyrelsen.`),
  d(`Subject: Biometric passport photo — appointment problem

Hi,
My colleague Yusuf Demir (translator, Migration unit) had his fingerprints and facial image taken for the new residence permit card on Monday, but the Migration Agency says the fingerprint scan of his left hand was unreadable and he must come back. Can he take two hours off on Thursday morning?
Thanks,
Ellen`, 'biometric'),
  d(`Från: Lina Sjögren, Passexpeditionen
Skickat: den 11 juni
Till: Polisens passhandläggare
Ämne: Ansökan avbruten — Björn Falk

Hej,
Vid ansökan om pass för Björn Falk i dag gick det inte att ta fingeravtryck (skadat pekfinger efter olycka, bandage). Ansiktsbilden är tagen och sparad. Han återkommer om tre veckor för fingeravtrycken. Han har nödpass för resan i juli.
/Lina`, 'biometric', 'health'),
  d(`Från: Ida Strömberg
Skickat: den 22 januari 11:18
Till: Moa (chef)
Ämne: Ang. styrelseuppdrag

Hej Moa!
Jag ville bara meddela att jag valts till ordförande i Miljöpartiets lokalavdelning här i Kvarnby. Det tar ett par kvällar i månaden, inget som påverkar arbetstiden. Men eftersom vi på miljöförvaltningen ibland handlägger ärenden som partiet driver tänkte jag att du borde veta.
Ida`, 'political-opinion'),
  d(`Minnesanteckningar — rådet för mänskliga rättigheter, 10 april

1. Rapport om diskriminering på bostadsmarknaden: personer med utländsk bakgrund får färre svar på bostadsansökningar, enligt en regional studie.
2. Romsk inkludering: kommunens brobyggare presenterar arbetet i skolan.
3. Judiska församlingen tackar för stödet till säkerhetsåtgärder.
4. Handlingsplan mot rasism antas av kommunfullmäktige i juni.
5. Nästa möte 2 oktober.`),
  d(`Från: Brobyggare Maria Kalderash
Skickat: den 15 april 09:30
Till: Rektor, Hagaskolan
Ämne: Familjen Taikon

Hej!
Jag har pratat med familjen Taikon, som är romer och har flyttat hit från Göteborg. De två barnen har mycket frånvaro och mamman är rädd att barnen ska bli mobbade igen som på förra skolan. Kan vi ses med familjen nästa vecka? Jag kan vara med och tolka.
Maria, brobyggare`, 'ethnic-origin', 'grades'),
  d(`Hej!

Ett tips till er som undervisar i svenska som andraspråk: på biblioteket finns nu lättlästa böcker om flykt och migration, och tvåspråkiga bilderböcker på somaliska, arabiska och tigrinja. Ni kan beställa klassuppsättningar.

/Skolbiblioteket`),
  d(`Från: Anja Rautio
Skickat: den 2 mars 14:00
Till: Äldreboendet Tallgården
Ämne: Min far

Hej,
Pappa Eino flyttar in på Tallgården nästa vecka. Han är tornedaling från Pajala och har glömt nästan all svenska efter stroken — han förstår bara meänkieli och lite finska nu. Finns det någon i personalen som talar meänkieli?
Anja`, 'ethnic-origin', 'health'),
  d(`Från: Arbetsplatsombud Kommunal, Tallgården
Skickat: den 14 mars 12:00
Till: Enhetschef
Ämne: Förhandling om schemat

Hej!
Inför MBL-förhandlingen på torsdag: Kommunal företräds av mig och Hanna Öst, som är ny i styrelsen för sektionen. Vi vill att schemaförslaget skickas till oss senast tisdag.
Anneli Berg, arbetsplatsombud Kommunal`, 'trade-union'),
  d(`MBL-förhandling § 11 — protokoll

Parter: Kvarnby kommun och Kommunal, Vision, Vårdförbundet
Fråga: Ny organisation av nattpatrullen
Arbetsgivaren informerar om förslaget. Arbetstagarorganisationerna har inga invändningar men önskar uppföljning efter sex månader.
Förhandlingen avslutas i enighet.
Justeras för arbetsgivaren: HR-chef
Justeras för arbetstagarna: respektive ombud`),
  d(`Från: Lärarnas fackliga ombud
Skickat: den 6 februari 15:35
Till: Rektor Sjöberg
Ämne: Stöd vid samtal

Hej Gunnar,
Jonas Ek har bett mig, som ombud för Sveriges Lärare, att vara med på mötet på fredag om anmälan från vårdnadshavarna. Jonas är medlem hos oss sedan 2012. Skicka gärna underlaget till mig innan.
Vänligen
Sonja Wiberg`, 'trade-union'),
  d(`Hej,

Detta är ett svar på din begäran om allmän handling (dnr BUN 2025/77). Vi lämnar ut protokollet med vissa uppgifter maskerade. De maskerade uppgifterna rör en enskild elevs hälsa och sociala förhållanden och omfattas av sekretess enligt 23 kap. 2 § OSL. Om du vill ha ett överklagbart beslut, hör av dig.

Registrator, Barn- och utbildningsförvaltningen`, 'secrecy'),
  d(`Från: Kommunjurist Helena Ask
Skickat: den 9 juli 09:00
Till: Socialchef
Ämne: SV: Utlämnande till försäkringsbolag

Hej,
Min bedömning är att uppgifterna om Mats Eriksson i utredningen om hemtjänst inte får lämnas ut till försäkringsbolaget. De omfattas av sekretess enligt 26 kap. 1 § OSL och han har inte samtyckt. Bolaget får vända sig direkt till honom.
Helena`, 'secrecy', 'social'),
  d(`Sekretess — vanliga frågor

Vad är sekretess? Sekretess innebär ett förbud att lämna ut en uppgift, muntligt eller skriftligt. Reglerna finns i offentlighets- och sekretesslagen (OSL).
Vad gäller för e-post? Innan du skickar uppgifter om enskilda måste du göra en sekretessprövning.
Vem kan hjälpa mig? Kommunjuristerna och registraturen.`),
  d(`Hej!

Vi behöver skicka handlingarna i ärendet om Nora Lind till Migrationsverket. Obs: Nora har kvarskrivning sedan december, så hennes nuvarande adress får inte finnas med i något av dokumenten. Jag har maskerat adressen i utredningen, men kolla gärna bilaga 3 också.
Tack!
Karin, handläggare`, 'protected-identity'),
  d(`Från: Klinisk genetik, Regionsjukhuset
Skickat: den 25 november
Till: Dr. Holm, Barnkliniken
Ämne: Provsvar — Noel Björk

Hej,
Exomsekvensering av Noel Björk (2 år) har påvisat en de novo-variant i genen SCN1A, förenlig med Dravets syndrom. Föräldrarna har testats och bär inte varianten. Resultatet har meddelats familjen.
/Genetiska laboratoriet`, 'genetic', 'health'),
  d(`Från: Charlotte Ahlberg
Skickat: den 13 maj
Till: Personalchefen
Ämne: Vi byter inte leverantör av hälsokontroller

Hej,
Efter utvärderingen av företagshälsovården fortsätter vi med nuvarande leverantör. Den andra leverantören erbjöd "gentest för livsstilsrisker" som tillval, men det har vi valt bort — det är inte förenligt med GDPR och inte relevant för arbetsmiljön.
/Charlotte, HR`),
  d(`Hej Ella!

Vi har fått ditt DNA-test från släktforskningsföretaget som du skickade in för ditt ärende om medborgarskap. Observera att Migrationsverket inte kan använda släktforskningstester som bevis för släktskap. Resultatet som visar att du och Selam Tesfay är halvsyskon kommer därför inte att bedömas. Vi hänvisar till en ackrediterad DNA-analys.

Kommunens medborgarvägledning`, 'genetic'),
  d(`Från: Yvonne Carlsson
Skickat: den 3 december 10:01
Till: Arbetsgruppen kök
Ämne: Veckans meny + info

Hej alla!
Meny v. 50:
Mån: Fiskgratäng
Tis: Köttbullar / vegobullar
Ons: Linssoppa
Tor: Ärtsoppa och pannkakor
Fre: Tacos
Specialkost: glöm inte listan på kylen — Mohammed (halal), Ester och Rut (kosher-light, fläskfritt), Tobias (celiaki).
/Yvonne`, 'religion', 'health'),
  d(`Specialkost i skolan

Elever kan få specialkost av medicinska skäl (med intyg) eller etiska/religiösa skäl. Vi erbjuder vegetariskt, fläskfritt och laktosfritt alternativ varje dag. Ansökan görs via blankett till kostenheten.

Kostenheten, Kvarnby`),
  d(`[2025-05-20 10:11] Hamid: kan nån kolla mitt Teams, jag har tappat telefonen
[2025-05-20 10:13] Ronja: har du BankID på datorn?
[2025-05-20 10:14] Hamid: nej. engångskoden kom till min gamla tel. vill ni logga in åt mig? mitt lösen är Hamid1985! 
[2025-05-20 10:15] Ronja: skriv inte sånt här!! ring servicedesk
[2025-05-20 10:16] Hamid: oops sorry`, 'credentials'),
  d(`Hej alla,

Nytt i intranätet: sidan "Så skapar du ett starkt lösenord". Tips:
- Använd minst 14 tecken, gärna en fras med flera ord.
- Använd inte samma lösenord på flera ställen.
- Aktivera tvåstegsverifiering.
- Dela aldrig lösenord, PIN eller engångskoder med någon, inte heller IT.

IT-avdelningen`),
  d(`Från: Rektor Stina Molin
Skickat: den 12 juni 17:55
Till: Lärarlaget åk 6
Ämne: Betygsunderlag — sista påminnelse

Hej!
Betygen ska vara inlagda senast 13 juni kl 12. Jag har sett att det saknas betyg för följande elever i Vklass, och ber er kolla:
- Hampus (6B): saknar betyg i idrott — Kalle?
- Nova (6A): betyg i engelska står som F men omdömet säger "når kunskapskraven" — Lisa, kolla!
- Liam (6B): frånvaro 45 % i musik, ska det vara streck?
Tack!`, 'grades'),
  d(`Information: Betyg i årskurs 6

Från och med årskurs 6 får eleverna betyg i alla ämnen de läst. Betygsskalan är A–F där A–E är godkända betyg. Om det saknas underlag på grund av frånvaro sätts streck (–). Vårdnadshavare ser betygen i Vklass.

Skolverket och Kvarnby kommun`),
  d(`Hej!

Kort om veckan från Bemanningsenheten:
• 123 pass tillsatta, 14 otillsatta.
• Timvikarielistan uppdateras i april.
• Ny rutin för sjukanmälan i appen.
• Lönehöjningen för timanställda (från 168 kr till 174 kr/timme) syns på aprillönen.
Trevlig helg!
Bemanningsenheten`),
  d(`Från: Jessica Lund
Skickat: den 30 april 11:50
Till: Bemanningsenheten
Ämne: Timlön?

Hej, jag har fortfarande bara fått 168 kr i timmen på aprillönen, inte 174 som ni skrev. Totalt fick jag 14 112 kr före skatt för 84 timmar. Kan ni kolla?
Jessica Lund, timvikarie`, 'salary'),
  d(`Från: Daniel Rosén
Skickat: den 15 februari 10:20
Till: Chef Teknikförvaltningen
Ämne: Medarbetarsamtal — mina kommentarer

Hej Jan,
Tack för samtalet. Jag håller inte med om din bedömning att jag "brister i samarbetsförmåga" och att jag skulle ha "en negativ inställning till förändringar". Jag har lett två av tre förändringsprojekt under året. Jag vill att mina kommentarer bifogas dokumentationen i HR-systemet.
Daniel`, 'hr-assessment'),
  d(`Från: Jan Hedlund
Skickat: den 16 februari 08:05
Till: Daniel Rosén
Ämne: SV: Medarbetarsamtal — mina kommentarer

Hej Daniel,
Självklart, jag lägger in dina kommentarer. Jag tycker vi ska ses igen om en månad och prata vidare.
/Jan

Jan Hedlund
Förvaltningschef, Teknikförvaltningen
Kvarnby kommun | 0470-55 00 00
Miljöinformation: Tänk på miljön innan du skriver ut detta mejl.`),
  d(`Nyhetsbrev: Kvarnby Pride-nätverket för anställda

Hej medlemmar!
• Vi har nu 48 medlemmar i nätverket.
• Fika på temat "att komma ut på jobbet" 12 mars.
• Vi välkomnar alla — både hbtqi-personer och allierade.
• Nätverkets kontaktperson är Jonas Ahl.
Kram, styrgruppen`),
  d(`Från: Helén Axelsson
Skickat: den 28 november 16:48
Till: Personalgruppen Socialpsykiatrin
Ämne: Veckosummering v. 48

Hej alla!
Här kommer veckans summering, lite längre än vanligt.

VERKSAMHET
- Boendestödet har nu 64 brukare, tre nya beslut denna vecka.
- Träfflokalen Fyren har haft rekordbesök, 41 personer på torsdagens lunch.
- Samarbetet med psykiatrins öppenvård om SIP-möten fungerar bättre.

PERSONAL
- Välkommen Tobias som börjar som boendestödjare på måndag!
- Julbordet är 12 december, anmälan till mig.
- Semesterönskemål för sommaren senast 31 januari.

UTBILDNING
- Utbildning i lågaffektivt bemötande 9 december, obligatorisk.
- E-learning om suicidprevention finns i lärplattformen.

ÖVRIGT
- Kaffemaskinen i Fyren ska bytas.
- Bilbokningen har flyttat till nya systemet.

Trevlig helg!
Helén

Helén Axelsson
Enhetschef Socialpsykiatrin
Kvarnby kommun`),
  d(`Från: Helén Axelsson
Skickat: den 5 december 16:30
Till: Personalgruppen Socialpsykiatrin
Ämne: Veckosummering v. 49

Hej alla!

VERKSAMHET
- Boendestödet: 66 brukare.
- Ett tråkigt besked: Sixten på Kvarngatan, som många av er träffat i flera år, avled i måndags på sjukhuset. Han hade varit inlagd på psykiatrisk klinik sedan oktober efter ett suicidförsök. Vi har minnesstund i Fyren fredag kl 14. Prata med mig om ni behöver stöd.
- SIP-möte för två brukare nästa vecka.

PERSONAL
- Tobias är på plats, ta väl hand om honom.
- Julbordet: 19 anmälda.

ÖVRIGT
- Bilen ABC 123 är på service tisdag.

Ta hand om er,
Helén`, 'health'),
  d(`Från: Kommunens kontaktcenter
Skickat: den 10 mars 11:12
Till: Skolskjuts, handläggare Ola
Ämne: VB: VB: Skolskjuts för Liv

Hej Ola, vidarebefordrar enligt önskemål.
/Kontaktcenter

-----Ursprungligt meddelande-----
Från: Förälder
Skickat: den 9 mars 20:45
Till: Kontaktcenter
Ämne: VB: Skolskjuts för Liv

Hej igen, har inte fått svar på det här.

-----Ursprungligt meddelande-----
Från: Förälder
Skickat: den 28 februari 19:02
Till: Kontaktcenter
Ämne: Skolskjuts för Liv

Hej!
Vi har flyttat till Kvarnby och vår dotter Liv, 8 år, ska börja på Hagaskolan. Vi har skyddad identitet (sekretessmarkering hos Skatteverket) och kan därför inte skriva vår adress här. Skatteverket kan förmedla kontakt. Liv behöver skolskjuts eftersom det är 6 km till skolan och hon inte får åka buss ensam av säkerhetsskäl.
Tacksam för svar!
Livs mamma`, 'protected-identity'),
  d(`Skolskjuts — ansökan och regler

Du kan ha rätt till skolskjuts om:
• avståndet mellan hem och skola är längre än 2 km (F–3), 3 km (4–6) eller 4 km (7–9),
• trafikförhållandena är särskilt farliga,
• barnet har en funktionsnedsättning, eller
• det finns andra särskilda omständigheter.
Ansökan görs i e-tjänsten. Om familjen har skyddade personuppgifter, kontakta skolskjutshandläggaren per telefon så hanterar vi ansökan manuellt.
Handläggningstid: 3 veckor.`),
  d(`Mötesanteckningar, arbetsplatsträff Kvarnby vårdcentral, 12 februari

1. Ekonomi: överskott 0,4 mnkr efter januari.
2. Patientsäkerhet: två avvikelser, båda rör felaktig receptförnyelse. Genomgång av rutinen.
3. Bemanning:
   a. Distriktsläkare Anders slutar 31 mars.
   b. Sjuksköterska Emelie går ner till 75 % från april på egen begäran.
   c. Undersköterska Jasmina är föräldraledig från juni.
4. Arbetsmiljö: Resultat från medarbetarenkäten presenteras. Stressindex 3,4 (förra året 3,6).
5. Facklig information: Vårdförbundet informerar om avtalsrörelsen. Kommunal har medlemsmöte 20/2.
6. Lokaler: ventilationen i väntrummet åtgärdas i mars.
7. Övrigt: Fika fredag, Jasmina fyller 40!

Nästa APT: 12 mars
Vid pennan: Emelie`),
  d(`Mötesanteckningar, arbetsplatsträff Kvarnby vårdcentral, 12 mars

1. Ekonomi: i balans.
2. Patientsäkerhet: inga nya avvikelser.
3. Bemanning: vi har rekryterat en ny distriktsläkare från maj. Lönen blev 82 000 kr i månaden, vilket är högre än budgeterat, så vi måste se över hyrläkarkostnaderna. (Dr. Samuel Ofori, som börjar 1 maj.)
4. Arbetsmiljö: handlingsplan för stress antas.
5. Facklig information: inget nytt.
6. Övrigt: Påskfika 16 april.

Vid pennan: Emelie`, 'salary'),
  d(`From: Ahmed Farouk
Sent: Monday 6 October 08:15
To: Maria Lindqvist
Subject: FW: FW: Apartment deposit

Hi Maria,
See the thread below. Could finance help me? I am new and not sure how this works.
Ahmed

---------- Forwarded message ----------
From: Kvarnbybostäder
Date: Friday 3 October
Subject: RE: Apartment deposit

Dear Mr Farouk,
The deposit of SEK 12 000 will be returned to the account you gave us when you move out. Please confirm the account.

---------- Forwarded message ----------
From: Ahmed Farouk
Date: Thursday 2 October
Subject: Apartment deposit

Hello,
Please return my deposit to my account in SEB: clearing 5204, account 041 22 993. Name: Ahmed Farouk.
Thank you.

-- 
Ahmed Farouk
Project Engineer, Water and Sewage
Kvarnby Municipality`, 'bank-account'),
  d(`Nyhetsbrev — Seniornätverket Kvarnby, nr 4

Hej alla medlemmar!

Aktiviteter i höst:
• Stavgång varje tisdag kl 10 från Folkets park.
• Föreläsning om bedrägerier: "Så skyddar du dig mot telefonbedragare" — 15 oktober i Stadshusets aula. Polisen berättar om hur bedragarna ber om BankID, kortnummer och koder.
• Datacafé på biblioteket — få hjälp med mobilen och BankID.
• Julmarknad 30 november.

Kom ihåg:
– Banken ringer aldrig och ber om din kod.
– Lämna aldrig ut kortnummer eller CVC till någon som ringer.
– Ring 114 14 om du blivit lurad.

Välkomna!
Styrelsen`),
  d(`Från: Brukarens god man, Peter Wall
Skickat: den 17 oktober 14:30
Till: Hemtjänsten Södra, enhetschef
Ämne: Bedrägeri mot Astrid Nyman

Hej,
Jag är god man för Astrid Nyman, som har hemtjänst hos er. I helgen ringde någon som sa sig vara från banken och fick henne att läsa upp sina kortuppgifter. Enligt kontoutdraget har det dragits 8 900 kr. Kortet var Visa 4024 0071 5536 1184, giltigt 03/28, och hon läste tyvärr upp CVC också. Kortet är nu spärrat och polisanmälan gjord.
Kan personalen vara extra uppmärksam på telefonsamtal när ni är där?

Peter Wall, god man`, 'payment-card', 'social'),
  d(`Ärende #80114 — Skrivare våning 3
Status: Pågår

2025-09-01 08:20 Användare (Lena): Skrivaren på plan 3 skriver ut tomma sidor.
2025-09-01 09:05 Tekniker (Viktor): Bytt toner, testar.
2025-09-01 09:30 Användare (Lena): Nu funkar det, men den vill ha en PIN när jag skriver ut säker utskrift?
2025-09-01 09:41 Tekniker (Viktor): Ja, säker utskrift kräver att du anger din personliga utskriftskod vid skrivaren. Den hittar du i självservice under "Mina koder". Skriv inte ner den på lappar vid skrivaren.
2025-09-01 10:02 Användare (Lena): Hittade den, tack.
2025-09-01 10:03 Tekniker (Viktor): Stänger ärendet.`),
  d(`[2025-06-10 13:01] Noor: hej! har du fått min ansökan om tjänstledighet?
[2025-06-10 13:05] Carl (chef): ja, jag godkände den i morse
[2025-06-10 13:06] Noor: tack! 
[2025-06-10 13:07] Carl (chef): vad ska du göra om man får fråga? 😊
[2025-06-10 13:09] Noor: jag ska jobba heltid i Socialdemokraternas valkampanj i sommar, jag är ju ersättare i fullmäktige sedan förra valet
[2025-06-10 13:10] Carl (chef): spännande! lycka till
[2025-06-10 13:11] Noor: tack!`, 'political-opinion'),
  d(`Från: Rådgivare Lars
Skickat: den 3 maj 09:00
Till: Alla chefer
Ämne: Tjänstledighet för politiska uppdrag

Hej!
Några frågor har kommit in: Medarbetare har rätt till ledighet för kommunala förtroendeuppdrag enligt kommunallagen. Ledighet för att arbeta i valkampanj hanteras som vanlig tjänstledighet och beviljas efter verksamhetens behov. Chefen får inte fråga om vilket parti det gäller.
/Lars, HR`),
  d(`Från: Lovisa Engström
Skickat: den 20 augusti 21:30
Till: Mentor, klass 8A
Ämne: Angående Alva

Hej,
Jag vill informera er om att Alva har kommit ut som bisexuell för oss hemma och för några kompisar, och att hon har mått dåligt för att vissa i klassen skämtar om det. Hon vill inte att det tas upp i klassen, men vi vill att ni vet om det ifall något händer.
Vänliga hälsningar
Lovisa, mamma till Alva`, 'sex-life'),
  d(`Hej föräldrar i åk 8!

Under vecka 38 har vi temadagar om sex och samlevnad. Vi pratar om kroppen, relationer, samtycke, sexuell läggning och könsidentitet. Skolsköterskan och ungdomsmottagningen deltar. Om ni har frågor, hör av er till mentor.

Mentorerna åk 8`),
  d(`Från: Rektor
Skickat: den 7 november
Till: Förstelärare Oskar
Ämne: SV: Lektionsbesök

Hej Oskar,
Tack för lektionsbesöket hos Amelie i 5B. Jag läste din återkoppling och håller med: hon har god relation med eleverna men planeringen brister, lektionen saknade tydligt mål och hälften av eleverna var inte igång efter 20 minuter. Jag tar upp det i hennes lönesamtal och vi sätter in stöd via mentorprogrammet.
/Rektor`, 'hr-assessment'),
  d(`Kollegialt lärande — lektionsbesök

Under läsåret genomför förstelärarna lektionsbesök hos alla lärare. Syftet är utveckling, inte bedömning, och anteckningarna används inte i lönesättning. Efter besöket får läraren skriftlig återkoppling och ett samtal.
Schemat för hösten finns i Teams.

Skolledningen`),
];
