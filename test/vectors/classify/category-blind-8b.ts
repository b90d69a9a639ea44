/**
 * Category blind set 8b — BLIND.
 *
 * Written by a corpus-writer agent from the labelling guide alone, without reading the classifier, its
 * training data or any other corpus. It must never be
 * used for training, tuning or keyword mining; it is scored once, by the lead, to measure the classifier on
 * text it has never seen.
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
];
