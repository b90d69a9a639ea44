/**
 * Blind category set 3b: longer, messier documents (8–30 lines) — forwarded threads with quoted history,
 * replies with signatures and disclaimers, minutes (protokoll, APT-anteckningar), chat exports, ticket
 * notifications, case-note excerpts, newsletters, HR-system mails, school messages to guardians, English
 * and mixed Swedish/English mails. In positives the disclosure is often one sentence buried in harmless
 * text; many documents carry two or three labels. Unlabelled documents are long harmless mails whose
 * vocabulary overlaps with the sensitive topics but which disclose nothing about a specific person.
 *
 * BLIND — written from the labelling guide alone without reading the classifier, its training data or
 * other corpora; never to be used for training, tuning or keyword mining; scored once by the lead.
 *
 * Written by a corpus-writer agent (session 4) from /tmp/label-guide.md only. All names, addresses, numbers,
 * case references, account and card numbers, codes and organisations' internal details are invented.
 */
import type { CategoryType } from '../../../src/core/classify/types.js';
import type { LabelledDocument } from './category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const CATEGORY_BLIND_3B: readonly LabelledDocument[] = [
  d(`Hej alla,

Här kommer anteckningarna från APT i tisdags (enhet Solrosen, hemtjänst norr).

1. Sjukfrånvaron
Sjukfrånvaron för oktober låg på 7,9 % för hela enheten, vilket är lite lägre än september.
HR påminner om att korttidsfrånvaron ska registreras i Heroma samma dag.
2. Schema jul/nyår
Önskemål om ledighet lämnas till Carina senast 1 december.
3. Nya nyckelboxar
De nya nyckelboxarna monteras vecka 49. Kod delas ut muntligt, inte på mejl.
4. Kommunal
Kommunals avdelning bjuder på frukost den 12/12 kl 7.30 i personalrummet.
5. Övrigt
Kom ihåg brandövningen! Nästa APT 15 december.

Vid pennan
Jenny Holm, samordnare`),
  d(`Hej Mikael,

Tack för igår. Som vi sa stämmer jag av med Linnea om inskolningen av de nya vikarierna, och jag bokar
lokalen till fredag.

En sak till som jag inte hann säga: jag är sjukskriven från och med måndag två veckor framåt, det är ryggen
igen och läkaren vill att jag går till sjukgymnast innan jag börjar jobba. Så Linnea får ta fredagen.

Hälsningar
Sara Bergqvist
Enhetschef, Daglig verksamhet Västra
Tel 0480-123 45

Detta e-postmeddelande kan innehålla information som är avsedd endast för mottagaren.`, 'health'),
  d(`Vidarebefordrat meddelande
Från: Annika Lund
Till: Löneenheten
Ämne: SV: Lönetillägg Henrik

Hej igen, nu har vi fått klartecken från förvaltningschefen.

> Hej Annika,
> vi behöver ett underlag för ändringen innan den 18:e så att den kommer med på decemberlönen.
> /Lönehandläggare Petra

Underlag: Henrik Ståhl, undersköterska natt, höjs från 29 850 kr till 31 200 kr i månaden fr.o.m. 1/12,
plus ett tillfälligt tillägg på 1 500 kr/mån för samordningsansvaret t.o.m. 31/5.

MVH Annika`, 'salary'),
  d(`Till vårdnadshavare i klass 8B

Hej!
Nu är höstterminens halvtid passerad och vi vill tacka för alla som kom på föräldramötet.
Några påminnelser:
- Utvecklingssamtalen bokas via Skolplattformen från och med måndag. Tiderna finns vecka 47–48.
- Frånvaro anmäls som vanligt i appen före kl 8.00.
- Betygssättning i de ämnen som avslutas (hemkunskap) sker vecka 50.
- Den nationella provveckan i vår preliminärt vecka 14.
- Luciafirandet hålls i aulan 13/12 kl 8.15, alla välkomna.

Har ni frågor om ert barns närvaro eller resultat, kontakta respektive mentor direkt.

Hälsningar
Mentorerna i 8B, Östra skolan`),
  d(`Journalanteckning 2026-11-03, Socialtjänsten Individ- och familjeomsorg
Handläggare: Johanna Wik
Ärende: Oro för barn, Milo (6 år)

Telefonsamtal från förskolan Ekorren (förskollärare Maria). Hon ringer med anledning av den
orosanmälan som skickades in förra veckan. Milo har enligt förskolan kommit utan ytterkläder flera
dagar och har berättat att "pappa sover hela dagen". Förskolan uppger också att pappan vid
hämtning luktat alkohol vid två tillfällen.

Bedömning: Förhandsbedömning pågår. Beslut om att inleda utredning enligt 11 kap. 1 § SoL fattas
senast 2026-11-10. Uppgifterna omfattas av sekretess enligt 26 kap. 1 § OSL.

JW`, 'social', 'secrecy'),
  d(`Hi team,

Quick update from the HR side before the holidays.

- The salary review (lönerevision) for 2027 starts in March; managers will get the timetable in January.
- Performance conversations (medarbetarsamtal) should be held before 15 February. The template is on the intranet.
- We are piloting a new fingerprint reader at the main entrance of Stadshuset from week 2. Enrolment is voluntary
  and there will be a card alternative for anyone who prefers it.
- Reminder: the union representatives from Vision and Kommunal hold drop-in hours every second Thursday.

Thanks and happy holidays,
Emily Carter
HR Business Partner, Kommunledningskontoret`),
  d(`Från: Ticket system <noreply@servicedesk.kommun.se>
Ämne: [SD-48213] Återställning av lösenord - uppdaterad

Ditt ärende har uppdaterats av Tobias (IT-servicedesk).

Kommentar:
Hej Lena, jag har återställt ditt konto nu. Tillfälligt lösenord: Vinter2026!kx
Du kommer att behöva byta det vid första inloggningen. Om det inte funkar, ring 4500.

Status: Löst
Prioritet: Normal

Svara ovanför denna rad för att lägga till en kommentar i ärendet.`, 'credentials'),
  d(`Protokoll, Barn- och utbildningsnämndens arbetsutskott 2026-10-21

§ 54 Information om skolnärvaro
Förvaltningen redovisar statistik över frånvaron i grundskolan. Den totala frånvaron har ökat
från 7,1 % till 8,4 %. Andelen elever med mer än 20 % frånvaro är 6 %. Förvaltningen
arbetar med ett nytt stödmaterial för problematisk skolfrånvaro.

§ 55 Yttrande över motion om slöjförbud
Arbetsutskottet föreslår att nämnden avstyrker motionen med hänvisning till
regeringsformens bestämmelser om religionsfrihet.

§ 56 Utbildning om LVU
Samtliga rektorer erbjuds utbildning om LVU och anmälningsplikt den 4 december.

Justeras av ordföranden och vice ordföranden`),
  d(`hej! läste du mailet från skolan?

> Hej Tove och Daniel,
> Vi vill informera er om att Ella har haft 34 % frånvaro i matematik den här terminen och att
> hon riskerar att inte nå betyget E i kursen. På provet i algebra fick hon 9/30 poäng.
> Vi föreslår ett möte med mentor och specialpedagog nästa vecka.
> Med vänlig hälsning, Pernilla Ek, mentor 9A

kan du ta det mötet? jag har jobbat sent hela veckan. /D`, 'grades'),
  d(`Hej Fredrik,

Bifogar underlaget inför veckans ledningsgrupp. Punkterna är:
- Budgetuppföljning Q3
- Rekrytering av två nya socionomer till försörjningsstöd
- Läget med lokalerna på Storgatan

Sen en personalfråga som jag inte vill ta i gruppen: Malin på mottagningen har fått sin andra skriftliga
varning idag för upprepade sena ankomster och för att hon lämnat arbetsplatsen utan att meddela.
Vi har haft två samtal med henne och facket (Vision) var med vid det senaste. Jag vill gärna ha ditt råd innan
vi går vidare.

/Anna`, 'hr-assessment', 'trade-union'),
  d(`Teams-chatt, Kanal: Boendestöd Söder
[08:12] Kristoffer L: god morgon, någon som vet om larmkoden till lägenheten på Åsgatan 14 är ändrad?
[08:13] Aisha M: ja ändrades i fredags, den nya är 4471#
[08:13] Kristoffer L: tack!! 🙏
[08:15] Aisha M: och kom ihåg att brukaren inte vill ha besök före 9
[08:16] Kristoffer L: yes
[08:40] Jonas P: vem tar lunchen idag?
[08:41] Aisha M: jag tar lunchen, blir 11.30
[08:43] Jonas P: toppen, då går jag 12`, 'credentials'),
  d(`Nyhetsbrev vecka 46 – Vård och omsorg

* Influensavaccinationen för personal fortsätter. Boka tid via intranätet, det är gratis.
* Vi har fått statsbidrag för kompetenslyftet: 20 undersköterskor kan läsa till specialistundersköterska inom demens.
* Påminnelse om sekretess: prata aldrig om brukare i personalrummet när vikarier från bemanningen som inte skrivit under
  tystnadsplikten är närvarande.
* Årets medarbetarenkät visar att 71 % trivs "mycket bra" eller "bra". Sjukfrånvaron är fortfarande högst i nattpatrullen.
* Vårdförbundet och Kommunal har tecknat nytt lokalt avtal om arbetstid. Mer info på APT.

Trevlig helg!
Kommunikatör Lisa Borg`),
  d(`Från: Martin Eliasson
Skickat: den 4 november 2026 16:02
Till: Rekrytering
Ämne: VB: Referens

Hej,
Referensen på Ali har jag pratat med nu. Kort sammanfattning:
Hans tidigare chef på Räddningstjänsten beskrev honom som punktlig men "lite för tyst i grupp".
Han hade svårt med planering i början och fick ett åtgärdsprogram efter sex månader, men det löste sig.
Totalbedömning från referensen: 3 av 5.

Jag tycker fortfarande att vi ska gå vidare med honom.
/Martin

> Ring referensen innan fredag tack. /Rekryteringen`, 'hr-assessment'),
  d(`Hej Petra,

Tack för ditt mejl om anhörigträffarna. Vi kör igång igen i januari, torsdagar 14–16 i Träffpunkten.

Apropå det du frågade om mamma: hon fick till slut sin diagnos i förra veckan, det är Alzheimer som man trodde.
Hon har fått börja med Aricept och hemtjänsten har beviljats två besök om dagen från 1 december. Jag
är så lättad att det äntligen är beslut.

Vi ses på julbordet!
Kram Gunilla`, 'health', 'social'),
  d(`Subject: RE: Visitor access next week

Hi Johan,

Thanks, that works. Our two visiting researchers arrive Monday 09:00.
They will need temporary badges; we don't want them enrolled in the face recognition gates,
so please issue visitor cards.

> Hi Paula, the new access control in building C uses face recognition for staff.
> Visitors use cards. Let me know names and dates and I will arrange it.
> Johan Nyberg, Facility management

Best regards,
Paula Virtanen
Senior researcher, Region Kronoberg R&D`),
  d(`Utdrag ur genomförandeplan, LSS-boende Björken
Brukare: Nils (lgh 3)
Insats: Bostad med särskild service för vuxna, 9 § 9 LSS

Mål: Nils ska kunna handla själv i närbutiken med stöd av bildschema.
Hur: Personal följer med på tisdagar och torsdagar. Nils har autism och en måttlig intellektuell
funktionsnedsättning och blir orolig vid förändringar – meddela alltid i förväg.
Medicin: Delas av personal morgon och kväll enligt signeringslista (Risperidon).
Kontaktperson: Hanna S.
Uppföljning: mars 2027.`, 'social', 'health'),
  d(`Hej Sofia,
bifogar reseräkningen för konferensen i Umeå.
Kan ersättningen betalas ut till mitt privata konto istället för lönekontot? Det är
Swedbank clearing 8327-9, konto 914 552 307-4. Lönekontot håller jag på att avsluta.

Tack på förhand!
Ola Persson
Utvecklingsledare, Kultur och fritid`, 'bank-account'),
  d(`Minnesanteckningar, samverkansgrupp (FSG) Socialförvaltningen 2026-11-12

Närvarande: förvaltningschef, HR-strateg, Vision (2), Kommunal (1), Akademikerförbundet SSR (1)

1. Arbetsmiljö: Sjukfrånvaron i förvaltningen har ökat något (8,2 %). Orsaksanalys görs under december.
2. Lönekartläggning: Arbetsgivaren redovisar att inga osakliga löneskillnader har hittats mellan kvinnor och män.
3. Riskbedömning inför omorganisationen av försörjningsstöd lämnades. Fackliga parter önskade mer tid.
4. Nya skyddade adresser-rutinen: Rutinen för hantering av personer med skyddade personuppgifter uppdateras.
5. Nästa möte 10 december.

Justeras av förvaltningschefen och en av de fackliga företrädarna`),
  d(`Hej!
Jag skriver till dig som kontaktperson för ert förbundsmöte. Jag har varit medlem i Kommunal sedan
2009 och är nu vald till arbetsplatsombud på Solgårdens äldreboende. Kan ni skicka mig utbildningsmaterialet
för nya ombud? Jag jobbar natt så jag har svårt att ta telefonsamtal dagtid.

Med vänlig hälsning
Birgitta Svensson
Undersköterska, Solgården`, 'trade-union'),
  d(`From: Daniel Okafor
To: IT Support
Subject: Cannot log in to Procapita

Hello,
Since the update this morning I cannot log in to Procapita. I get "invalid user".
My username is dokafor2 and the password I use is Kastanj!2026 — I have not changed it, so I don't
understand why it's wrong. I have clients this afternoon, please help asap.

Kind regards
Daniel Okafor
Social worker, Family services
(Sorry for writing in English, my Swedish is still a bit slow in writing.)`, 'credentials'),
  d(`SV: Inbjudan till temadag om hedersrelaterat våld och förtryck

Hej Amir,
Tack för inbjudan! Vi kommer gärna, tre från familjebehandlingen och två från mottagningen.
Är det okej om vi också tar med en tolk-samordnare?

> Välkomna till temadag om hedersrelaterat våld och förtryck (HRV) den 21 januari.
> Föreläsare från Länsstyrelsen och en imam och en präst som berättar om trossamfundens arbete.
> Anmälan senast 10/1.

Mvh Stina Holm`),
  d(`Hej Jesper,

Jag såg att du satt i utskottet för personalfrågor i går. Vill bara tacka för att ni tog upp
schemafrågan.

Off topic men jag tror det är bra att du vet: Kenneth i kommunhusets reception har börjat
dela ut flygblad för Sverigedemokraterna i fikarummet. Han sa själv att han kandiderar till fullmäktige
för dem nästa år. Jag vet inte om det är ok på arbetstid, men det kändes lite konstigt.

/Rebecka`, 'political-opinion'),
  d(`Ärende: Ansökan om ekonomiskt bistånd – komplettering
Hej!
Tack för din ansökan om ekonomiskt bistånd för december. För att vi ska kunna fatta beslut behöver vi:
- kontoutdrag från alla konton de senaste tre månaderna
- hyresavi för december
- intyg från Arbetsförmedlingen

Du har redan fått beviljat 6 420 kr för november. Beslutet för december kan dröja om underlagen inte
kommer in senast 1/12. Ditt ärende är sekretessbelagt och vi svarar bara dig.

Med vänlig hälsning
Sara Yilmaz, socialsekreterare, Försörjningsstöd`, 'social', 'secrecy'),
  d(`Hej Camilla,

Du frågade om rutinerna kring kvarskrivning inför utbildningen. Här är en kort sammanfattning:
- Kvarskrivning beviljas av Skatteverket när en person av särskilda skäl (t.ex. hot) flyttar.
- Personen står kvar folkbokförd i den gamla kommunen.
- Skolan/förskolan får då bara kontakta familjen via socialtjänsten eller Skatteverkets förmedling.
- Post skickas aldrig till den nya adressen.

Vi har inga sådana elever just nu hos oss vad jag vet, men rutinen ska finnas.

Ha det gott!
Magnus, rektor Sjöskolan`),
  d(`Hej,
Vi har fått en ny elev till 4B från måndag, Yasmin. Viktigt: familjen har skyddad folkbokföring
och Yasmins namn får inte stå på listor som sätts upp i korridoren eller på klassbilder som läggs ut.
Hämtning sker endast av mamma eller den kontaktperson som finns i akten hos rektor.

Övrigt: klassresan är flyttad till 2 juni. Glöm inte mailet om utvecklingssamtalen.

/Lotta, klasslärare 4B`, 'protected-identity'),
  d(`Vidarebefordrat av: Ulrika Falk

--- Ursprungligt meddelande ---
Från: Polisen Region Syd
Till: Socialtjänsten, mottagningsenheten
Ärende: Underrättelse

Härmed underrättas socialtjänsten om att Kevin Lindqvist, född 2009, den 8 november
anhölls misstänkt för rån mot person och olaga hot i centrala Växjö. Han är släppt i avvaktan på
vidare utredning. Vårdnadshavare har underrättats.

---
Ulrika: Kan någon på ungdomsgruppen kolla om han har pågående insats hos oss? Tack.`, 'criminal-record', 'social'),
  d(`Hej alla på Lönnens förskola!

Fredagsbrevet:
- Nu har vi fått hem nya regnkläder till förrådet.
- Nästa vecka har vi tema "olika familjer" med en bok om två mammor och en om en pappa som är ensam.
- Påminnelse om allergilistan: vi har nötfritt på hela förskolan.
- Personalen har planeringsdag 3/12, förskolan stänger kl 12.
- Vi firar Diwali, Hanukka och jul i december — alla familjer får gärna berätta om sina traditioner!

Kram från alla pedagoger`),
  d(`Hej Elin,

Angående din förfrågan om hyran för lokalen: betala gärna till föreningens bankgiro 5432-1098 och skriv
"Julmarknad" som referens. Kvittot mejlar jag när pengarna kommit in.

Det är 1 200 kr för heldag.

Hälsningar
Kerstin Alm
Kassör, Hembygdsföreningen Ljungby`),
  d(`Sammanfattning av rehabmöte 2026-11-05
Deltagare: Maria Nordin (medarbetare), Per Ek (chef), HR-konsult Åsa Lind, Försäkringskassan (handläggare via Teams), Vision-ombud Karl Berg

- Maria har varit sjukskriven 100 % sedan augusti för utmattningssyndrom.
- Läkaren bedömer att hon kan börja arbetsträna 25 % från 1 december.
- Arbetsanpassning: inga telefonpass, eget rum.
- Försäkringskassan ställer frågan om omplacering om arbetsförmågan inte återkommer.
- Nästa avstämning 15 januari.

Anteckningarna skickas till deltagarna. Spara inte i delade mappen.`, 'health', 'trade-union'),
  d(`Subject: Re: Re: Invitation — Pride seminar for managers

Hi Sven,

Thanks for organising. I will come to the seminar on inclusive workplaces on the 28th.
I would also like to volunteer to speak briefly about my own experience as a gay man working in elderly care in the
90s, if that's OK — I have been fairly open about it at work for years so it's no secret.

> Dear all, in connection with Pride week we invite all managers to a half-day seminar on LGBTQ
> inclusion at work. Speakers from RFSL.

Cheers,
Thomas Reed
Unit manager, Home care east`, 'sex-life'),
  d(`Protokollsutdrag, Kommunstyrelsen 2026-11-16

§ 211 Val 2026 – uppföljning av bemanning i vallokalerna
Valnämndens kansli redovisar att 412 röstmottagare tjänstgjorde på valdagen. Rekryteringen från
kommunens egna medarbetare fungerade bra. Fem vallokaler hade för lite personal vid stängning.
Kommunstyrelsen beslutar att uppdra åt valnämnden att ta fram en ny rutin för reservpersonal.

§ 212 Partistöd 2027
Kommunstyrelsen föreslår fullmäktige att betala ut partistöd enligt bilaga.
Reservation: Vänsterpartiet reserverar sig mot beslutet.

Justeras 2026-11-19`),
  d(`Hej Britt,

Tack för samtalet i morse. Som jag berättade fick vi svaret från genetiken på Universitetssjukhuset i fredags:
Kristina bär BRCA1-mutationen, precis som hennes mamma och moster. Hon är rätt omskakad och vill
vara ledig resten av veckan. Jag har sagt ja.

Kan du lösa bemanningen på BVC torsdag–fredag? Jag skriver en ledighetsansökan i systemet åt henne.

/Hanna
Verksamhetschef, Vårdcentralen Norr`, 'genetic'),
  d(`Info från kansliet: Nya rutiner för betalkort

Hej alla korthavare!
Från och med 1 januari byter vi leverantör för kommunens inköpskort. Det gamla kortet gäller t.o.m. 31/12.
- Det nya kortet skickas hem till er i rekommenderat brev.
- Aktivera kortet via leverantörens app. Dela aldrig PIN-koden med någon, inte heller med oss.
- Kvitton laddas upp i ekonomisystemet senast 5:e varje månad.
Frågor: ekonomi@kommun.se

Mvh Ekonomienheten`),
  d(`hej hej! 
snabb fråga om julfesten – jag beställde tårtan med mitt eget kort och ska ha tillbaka pengarna.
Kortet var 4571 5260 1815 9082, det står på kvittot också. Summan var 1 045 kr. 
Ni kan väl bara föra tillbaka beloppet på kortet? Annars kan ni sätta in på lönen.

/Hampus, fritidsgården

Skickat från Outlook för Android

> Hej alla! Tack för en superfin julfest. Har ni haft utlägg, mejla mig kvitto
> senast fredag så ordnar vi det. /Maria, ekonomi`, 'payment-card'),
  d(`Hej Lars,

Veckorapport från mottagningsenheten vecka 45:
- 34 inkomna orosanmälningar (förra veckan 29).
- 6 ansökningar om bistånd enligt SoL (hemtjänst), 2 enligt LSS.
- En handläggare på kurs om LVM.
- Fortsatt lång väntetid till budget- och skuldrådgivningen.
- Inga anmälningar enligt lex Sarah denna vecka.

Vi behöver en diskussion om telefontiden på tisdagar. Jag tar med den till ledningsgruppen.

/Nathalie`),
  d(`Från: Sekretariatet
Ämne: Begäran om allmän handling – ärende KS 2026/1187

Hej,
Begäran om utlämnande av handlingar gällande ärendet med lex Sarah-anmälan på Ekbackens boende har
nu sekretessprövats. Handlingarna lämnas ut med maskeringar eftersom uppgifter om enskilds hälsotillstånd
och personliga förhållanden omfattas av sekretess enligt 26 kap. 1 § OSL och 25 kap. 1 § OSL.
Beslut om avslag för de maskerade delarna skickas separat med överklagandehänvisning.

Med vänlig hälsning
Registrator, Kommunledningskontoret`, 'secrecy'),
  d(`Hallå Emma!
Här kommer minnesanteckningar från arbetsgruppen för Judiska kulturdagar:
- Programmet ska vara klart 15/1.
- Vi samarbetar med Judiska församlingen i Malmö och med biblioteket.
- Utställningen om jiddisch som nationellt minoritetsspråk lånas från Kulturrådet.
- Säkerhet: vi behöver en riskbedömning för evenemangen, polisen kontaktas.
- Budget: 45 000 kr.
Nästa möte 2/12 kl 13.
/Ruth`),
  d(`Hej Henrik,

Sammanfattning av medarbetarsamtalet med Oskar (vikarierande handläggare) som du bad om:

Styrkor: Snabb, god dokumentation, uppskattad av brukarna.
Utvecklingsområden: Tar på sig för mycket, säger inte ifrån. Har missat två tidsfrister för utredningar i
oktober (lex Sarah-risk). Vi kom överens om att han ska ha en avstämning med mig varannan vecka.
Min bedömning totalt: "Bra, men behöver stöd i prioritering". Löneförslag kommer separat.

Vänligen håll detta mellan oss.
Ingrid`, 'hr-assessment'),
  d(`God morgon!

Påminnelse om att lönerevisionen för Vision och Akademikerförbunden är klar. Nya löner betalas ut i
december med retroaktivitet från april. Om du inte fått ditt lönebesked, titta i självservice under "Lönespecifikation".
De som är medlemmar i Kommunal får sina nya löner i januari enligt den centrala överenskommelsen.

Frågor om lönesättning tas med din närmaste chef.

HR-avdelningen`),
  d(`Hej,
Jag är lärare i SFI och har en fråga om elevers närvarorapportering i Alvis.

En av mina elever, Fatima, har varit frånvarande 11 av 20 lektioner i november. Hon säger att hon varit sjuk
men har inget intyg. Jag måste rapportera närvaron till CSN-handläggaren också. Hur gör jag när det inte finns
intyg? Ska jag markera som ogiltig frånvaro?

Tacksam för svar
Anders, SFI Centrum`, 'grades', 'health'),
  d(`Ärende: Orosanmälan från BVC
Inkom: 2026-11-17 via säker e-post

Sjuksköterska på BVC Väster anmäler oro för Liam, 10 månader. Mamman har vid två besök uppgett att
hon "inte orkar" och att hon ibland lämnar Liam hos sin pojkvän som hon är rädd för. Mamman har
tidigare haft kontakt med psykiatrin för depression enligt egen uppgift.

Åtgärd: Skyddsbedömning görs idag. Förhandsbedömning påbörjad. Handläggare: Erik D.`, 'social', 'health'),
  d(`Från: Lena Örn
Ämne: Vikariat Sjöskolan

Hej,
Jag har sökt vikariatet i svenska. Jag tror att min erfarenhet från Tornedalen kan vara till nytta, jag har jobbat
med meänkieli-undervisning i flera år och är själv tornedaling — vi pratade meänkieli hemma.
Bifogar CV och betyg.

Ha en fin dag!
Lena Örn`, 'ethnic-origin'),
  d(`Nyhetsbrev december — Internationella kontoret

Hi everyone / Hej alla!

* Welcome to the three new colleagues who joined the EU-project team this autumn.
* Language café is moving to Wednesdays.
* The intranet now has a page on national minorities in Sweden: Sami, Roma, Tornedalians, Sweden Finns and Jews,
  with links to the minority language co-ordinators.
* Remember that Muslim, Jewish and Christian holidays can be taken as flexible leave according to the local agreement.

God jul / Merry Christmas!
Nina`),
  d(`Sv: Klagomål på granne

Hej Jenny,
Jag har pratat med vår jurist. Vi kan inte berätta för dig om grannen i lägenhet 12 har några insatser från
socialtjänsten eller inte, det omfattas av sekretess. Du kan vända dig till hyresvärden om störningarna.
Om du är orolig för barn i lägenheten kan du göra en orosanmälan via webben.

> Hej! Grannen i lgh 12 skriker på nätterna och jag har sett polisen där två gånger. Vet ni om honom?

Vänligen
Kontaktcenter`, 'secrecy'),
  d(`hej 

det här är kanske inte min sak men eftersom du är chef. Jocke har berättat för mig att han har börjat på
Subutex-programmet på beroendemottagningen och att han går dit varje morgon kl 7. Han vill inte att någon
annan ska veta, men han är rädd att det ska synas när han kommer lite sent på måndagar.
Kan vi se över hans schema? Prata inte med honom om att jag sagt något.

/M`, 'health'),
  d(`[Chattexport – Skolans Teams, Kanal "Mentorer åk 7"]
Johan B 13:02: Har någon koll på varför 7C är så stökig på eftermiddagarna?
Sanna K 13:04: ingen aning, men det är väl idrotten innan
Johan B 13:05: vi borde ta upp det på arbetslagsmötet
Pia L 13:10: Alla: glöm inte att skriva in omdömena i matte för vecka 47 senast fredag
Sanna K 13:11: 👍
Johan B 13:12: Och Arvid i 7C har fått F på ma-provet igen, 6 av 40. Pratar med föräldrarna i morgon.
Pia L 13:13: ok, säg till om du vill ha med mig`, 'grades'),
  d(`Hej Karin,

Tack för att du tog emot Samira på introduktionen i måndags. Hon var väldigt nöjd.

Inför hennes första vecka på avdelningen: hon har bett att få ta sin bön i lugnt rum under eftermiddagspassen,
hon är muslim och ber fem gånger om dagen. Det tar ungefär tio minuter. Vi har ju samtalsrummet som oftast är
ledigt efter 14, kan hon få använda det? Hon fastar även under ramadan i mars och vill helst inte ha
sena kvällspass då.

Tack! 
/Lovisa, bemanningen`, 'religion'),
  d(`Minnesanteckningar från planeringsmöte inför Nationaldagen

- Firandet hålls i Stadsparken kl 13–16.
- Talare: kommunstyrelsens ordförande och en representant för de nya svenskarna som fått medborgarskap under året.
- Medborgarskapsceremonin: 86 nya medborgare har bjudits in. Inbjudan skickas per post, inte mejl.
- Kören från Svenska kyrkan och den syrisk-ortodoxa församlingen uppträder.
- Budget för fika: 15 000 kr.
- Säkerhet: vakter från Securitas, samverkan med polisen.

Nästa möte 4 maj.
/Fredrika, Kultur och fritid`),
  d(`Subject: FW: Sick note

Hi Maja,

Forwarding this as discussed — it's from Jakob, our new developer.

> Hi, I won't be in this week. I had a minor surgery on my knee on Friday (meniscus) and the doctor
> said I need to rest with the leg up until Monday. I have a note from the orthopaedic clinic which
> I will upload to the HR system. I can do some code reviews from home if needed.
> /Jakob

Can you register the absence? He is on probation so I want it correct from the start.

Thanks,
Stefan
IT-enheten`, 'health'),
  d(`Från: Valnämndens kansli
Till: Alla röstmottagare
Ämne: Instruktion valdagen

Hej!
Här kommer instruktionerna inför söndagens val.
- Kom till din vallokal senast kl 07.15.
- Ta med legitimation.
- Du får inte bära partisymboler eller uttrycka politiska åsikter i vallokalen.
- Om någon väljare behöver hjälp att rösta, följ rutinen i handboken (kap. 4).
- Kodlåset till valmaterialförrådet får du av ordföranden i lokalen på plats.
- Ersättning betalas ut med lönen i oktober: 2 500 kr för hel dag.

Lycka till!`),
  d(`Hej Kalle,

bara så du vet inför rösträkningen ikväll: min syster Jessica är ju kandidat för Moderaterna i valkrets 2,
så jag tycker att jag inte ska räkna rösterna där. Kan du byta så att jag tar Öster istället?

/Sofie, röstmottagare

> Hej alla röstmottagare! Ikväll räknar ni i det distrikt där ni tjänstgjorde under dagen.
> Ring mig om något är oklart, jag sitter på kansliet till midnatt.
> /Kalle Jansson, valnämndens kansli`, 'political-opinion'),
  d(`Journalanteckning, Vuxenenheten Missbruk
Datum: 2026-10-29
Klient: Roger H.

Besök på mottagningen tillsammans med kontaktperson från Kriminalvården (frivård). Roger är villkorligt frigiven
sedan augusti efter att ha avtjänat 2 år och 6 månader för grovt narkotikabrott. Han har lämnat tre negativa
urinprov under oktober. Han önskar fortsatt stöd via öppenvårdsprogrammet och ansöker om bistånd till
boende på Slussen (stödboende).

Beslut: Utredning enligt 11 kap. 1 § SoL inleds. Kontakt med frivården hålls varannan vecka.

/Handläggare Tina M`, 'criminal-record', 'social', 'health'),
  d(`Hej Maria,

Tack för ditt mejl om lönesamtalet. Jag tycker att det kändes bra.

Bara så att vi är överens: du föreslår att min lön höjs från 38 400 kr till 40 100 kr, och jag tackade ja på
villkor att ansvaret för schemaläggningen står med i min tjänstebeskrivning. Stämmer det?

Och ja, jag kommer på julbordet den 12:e. Vegetariskt tack!

Hälsningar
Lina Andersson
Biträdande enhetschef`, 'salary'),
  d(`-----Ursprungligt meddelande-----
Från: Fastighetsavdelningen
Skickat: 2026-11-10
Till: Alla på Rådhuset
Ämne: Nytt passersystem

Hej!
Vecka 48 byter vi passersystem i Rådhuset. Det nya systemet bygger på kort + PIN. Några dörrar (serverrummet och
arkivet) får även fingeravtrycksläsare. Registrering av fingeravtryck görs frivilligt hos säkerhetssamordnaren.
Ingen bild av fingret sparas, bara en krypterad mall.
Har du frågor, kontakta Jonas i receptionen.
-----

Hej, vet någon om vi på arkivet måste registrera? /Gunnel`),
  d(`Hej Jonas,

Registrering av fingeravtryck för arkivpersonalen är klar nu. Följande har registrerats i systemet:
Gunnel Åberg – höger pekfinger och tumme (mall-id FP-00412, FP-00413)
Ali Rahimi – vänster pekfinger (mall-id FP-00414)
Pernilla Storm – avböjde, använder kort + PIN istället.

Mallarna ligger i passerservern. Rapporten är sparad i säkerhetsmappen.

/Leo, säkerhetssamordnare`, 'biometric'),
  d(`Ämne: Utdrag ur belastningsregistret – Anställning Fritidsgården

Hej Elin,
Vi har fått in utdraget ur belastningsregistret för Mattias Holm (barn- och ungdomsverksamhet). Det innehåller en
dom från 2021: ringa narkotikabrott, dagsböter. Enligt vår rutin ska det inte automatiskt hindra anställning,
men jag vill att du och jag tar ett samtal med honom innan vi skickar anställningsavtalet.

Utdraget har jag förstört enligt rutinen efter att jag noterat att det visats.

Hälsningar
Gunilla, HR`, 'criminal-record'),
  d(`Hej!

Här är vår rutin för registerkontroll, som du efterfrågade:
1. Den sökande beställer själv ett utdrag ur belastningsregistret från Polisen (blankett 442.5 för arbete med barn).
2. Utdraget visas upp i oöppnat kuvert för rekryterande chef.
3. Chefen noterar i rekryteringssystemet att utdraget har visats, inte innehållet.
4. Utdraget lämnas tillbaka till den sökande.
Om utdraget innehåller uppgifter, kontakta HR innan beslut fattas.

/HR-avdelningen, Rekrytering`),
  d(`Hej Anders,

Jag vill tipsa om att Region Skåne har ett nytt material om genetisk vägledning för ärftlig cancer
som kanske passar till utbildningsdagen för distriktssköterskorna. Det tar upp hur man pratar med
patienter om att testa sig för BRCA och Lynch syndrom och vilka anhöriga som ska informeras.

Länk: intranätet > Kunskapsstöd > Genetik.

Trevlig helg!
Monica, utvecklingssjuksköterska`),
  d(`Från: Barnhälsovården, Region
Till: Förskolan Humlan
Ämne: Kost i förskolan – Leo

Hej,
Efter utredningen på barnkliniken har Leo fått diagnosen cystisk fibros. Genetisk analys har visat att han har två kopior
av F508del-mutationen, och båda föräldrarna är bärare. Föräldrarna har gett sitt samtycke till att vi kontaktar
förskolan om hans kost och enzymtabletter till varje måltid.
En dietist kommer att skicka ett kostschema.

Med vänlig hälsning
Sofia Nyman, barnsjuksköterska`, 'genetic', 'health'),
  d(`SV: SV: Stafettpinnen – vem tar nästa kåseri i personaltidningen?

Haha, okej då, jag tar det! Jag kan skriva om när jag och min fru flyttade hit från Göteborg och
om vårt hus som vi fortfarande renoverar. Min fru Lisa är ju också lärare så det kan bli lite lärarhumor.

> Ingen har anmält sig än… någon? /Redaktionen

/Emma Sjöberg, Mellanstadiet`, 'sex-life'),
  d(`Hej,
här kommer anteckningarna från arbetsgruppen för HBTQ-certifiering av ungdomsmottagningen.

- Vi har gått igenom RFSL:s kriterier. Kvar: utbildning för all personal (4 timmar) och en
  ny rutin för hur vi frågar om pronomen och juridiskt kön.
- Intagsblanketten ändras: "Kön" ersätts med en fritextruta.
- Vi tar fram en affisch om att alla sexuella läggningar och könsidentiteter är välkomna.
- Certifieringen beräknas klar i maj.

/Arbetsgruppen`),
  d(`Hej Julia!

Tack för att du hörde av dig. Angående Alex i 8C: Alex har berättat för mig som mentor att hen är transperson
och vill kallas Alex och hen i skolan. Vårdnadshavarna vet om det och stöttar. Kan du ändra namnet i
Skolplattformen och klasslistan? Det juridiska namnet får stå kvar i det administrativa systemet så länge.

Tack!
Rasmus, mentor 8C`, 'sex-life'),
  d(`[Ticket SD-51007] Ny användare – Ekonomienheten

Beställare: Helena Ring
Användare: Bertil Sandberg (ny ekonomiassistent, startar 1/12)

Kommentar från servicedesk (Mattias):
Konto skapat. Användarnamn: bsandb01. Startlösenord: Hx7k-29Lp-aa (måste bytas vid första inloggning).
MFA registreras på plats första dagen. Visma-behörighet beställd separat.

Status: Löst. Ärendet stängs automatiskt om 5 dagar.`, 'credentials'),
  d(`Hej allihop!

Nu är det dags för årets IT-säkerhetsutbildning. Den tar ca 30 minuter och ska vara gjord
senast 31 januari.

Några tips redan nu:
- Använd lösenordsfraser med minst 16 tecken.
- Dela aldrig ditt lösenord, inte ens med IT-supporten – vi frågar aldrig efter det.
- Om du får ett mejl med en engångskod som du inte begärt, rapportera det.
- Dörrkoder ska inte skrivas på post-it-lappar på skärmen 😊

/Informationssäkerhetssamordnaren`),
  d(`Hej,

Jag är handledare för praktikanten Jonas från socionomprogrammet. Här kommer min bedömning inför
halvtidsutvärderingen:

Jonas visar gott bemötande och är noggrann i dokumentation. Han har dock svårt att hålla gränser mot klienter
och har vid två tillfällen delat med sig av privat information. Samarbetet med kollegorna fungerar bra.
Sammanfattande bedömning: Godkänd hittills, men jag vill att läraren på högskolan följer upp gränssättningen.

/Helena Björk, handledare`, 'hr-assessment', 'grades'),
  d(`Protokoll fört vid ledningsgruppsmöte Individ- och familjeomsorg 2026-11-18

§ 1 Ekonomi. Prognos: underskott 2,4 mkr främst på grund av externa placeringar.
§ 2 Placeringar. Antalet barn placerade enligt LVU har ökat från 14 till 19 sedan januari. Förvaltningen
ser över möjligheten att starta ett eget HVB.
§ 3 Försörjningsstöd. Antalet hushåll med försörjningsstöd minskade med 3 %.
§ 4 Personal. Två socialsekreterare slutar vid årsskiftet. Rekrytering pågår.
§ 5 Utbildning: LVM-utbildning för hela vuxengruppen 22/1.

Vid protokollet
Anette Lund`),
  d(`Hej mamma till Theo,

Theo har haft ont i magen igen idag och legat på soffan i vilrummet efter lunch. Han sa att han inte
ätit frukost. Vi har gett honom lite knäckebröd. Kan ni hämta lite tidigare? Om det fortsätter kanske ni
ska prata med vårdcentralen.

Annars har han varit glad och byggt lego hela förmiddagen.

/Pedagogerna på Fritids Solstrålen`, 'health'),
  d(`Hej Sanna!

Tack för kaffet igår. Som jag sa har Emir nu fått sitt beslut om kontaktperson enligt LSS, 9 § 4, med
start i januari. Vi har matchat honom med en kille som också gillar fotboll. Mamman ville att jag skulle
tacka dig för hjälpen med ansökan.

Och bara en sak: han har fortfarande sina epilepsianfall ungefär en gång i månaden, så kontaktpersonen
behöver gå utbildningen i akut anfallsmedicin innan första träffen.

/Miriam, LSS-handläggare`, 'social', 'health'),
  d(`Hej!

Inbjudan till facklig frukost
Vision Sektion Kommunen bjuder alla medlemmar och blivande medlemmar på frukost den 9 december kl 7.30–9 i
Rådhusets foajé. Vi pratar om löneöversynen, arbetsmiljön och hur du kan bli ombud.
Anmäl dig senast 2/12 till vision.sektion@kommun.se (meddela eventuell specialkost).

Välkommen!
Styrelsen`),
  d(`Hej Per!

Anmälan till frukosten:
Jag kommer, men kan du sätta mig på listan som "ej medlem än"? Jag gick ur Kommunal när jag bytte jobb
och har inte bestämt om jag ska gå med i Vision. Vill höra vad ni säger om löneöversynen först.

Glutenfritt tack!
Jennie Ahl, administratör`, 'trade-union'),
  d(`Ärende 2026-IFO-2231, anteckning
Skyddsbedömning

Mamman, Nadia, berättar att hon och barnen lämnade bostaden i Lund efter att pappan hotat henne med kniv.
Polisanmälan gjord (K-nr 1234567-26). De bor nu på skyddat boende via kvinnojouren. Skatteverket har beviljat
kvarskrivning och ansökan om sekretessmarkering för alla tre barnen är inlämnad.

OBS: Adress till skyddat boende får aldrig skrivas i journalen. Uppgifterna omfattas av sekretess enligt 26 kap. 1 § OSL.`, 'protected-identity', 'social', 'secrecy', 'criminal-record'),
  d(`Hej,
Vi har en fråga till Skatteverket: hur ska vi som skola gå till väga om vi får en ny elev med skyddad identitet?
Ska vi lägga in eleven i elevregistret med fingerade personuppgifter eller vänta tills vi fått besked från
socialtjänsten? Vi vill göra rätt från början om det händer.

Vänligen
Skoladministratören, Kvarnbyskolan
Kvarnvägen 2, 352 30 Växjö
Tel 0470-410 00 (växel)

Vi svarar på mejl inom två arbetsdagar.`),
  d(`Subject: Re: Welcome dinner for the Erasmus group

Hi Henrik,

Great, Friday 19:00 at Stadshotellet works. Dietary stuff: Yosef and Miriam keep kosher, so please check whether
the kitchen can do fish with no dairy. Aleksandra is vegan. Nothing else.

> Please send any dietary requirements for the visiting teachers by Wednesday.

Best,
Charlotte
Coordinator, International Office`, 'religion'),
  d(`Hej!
Påminnelse om att vi har fått rutinen för sekretessmarkering ny från Skatteverket. Vi har gått igenom den
på APT och här är huvudpunkterna:
- En sekretessmarkering betyder att Skatteverket gör en särskild sekretessprövning innan uppgifter lämnas ut.
- Kontrollera alltid i systemet om en brukare har markering innan du skickar brev.
- Skicka aldrig utskick med adress till de markerade, använd Skatteverkets förmedlingsadress.
Frågor: kontakta enhetschef.

/Kvalitetsutvecklare, Äldreomsorgen`),
  d(`Hej Åsa,

Jag har en brukare i hemtjänsten (Karl, Storgatan) som har sekretessmarkering sedan i somras. Nu vill hans dotter
att vi mejlar henne schemat för besöken. Får jag det? Han har själv sagt ok men jag vill inte göra fel.
Ska jag skicka via säker e-post?

Tack,
Ronja, samordnare Hemtjänst Centrum`, 'protected-identity', 'social'),
  d(`Hi Jens,

Sorry for the late reply — I've been home with the kids.

About the conference in Lisbon: my flight lands Tuesday night so I can take the Wednesday panel.
You asked for my card details to book the hotel since the purchase card has expired:
Visa 4917 9139 0996 0302, exp 08/28, CVC 417, name Rachel M Owens. Please charge only the three nights.

Thanks!
Rachel Owens
Project manager, Smart City`, 'payment-card'),
  d(`Hej!

Vi planerar för höstens julbord och vill göra det enkelt med betalningen i år. Alla betalar 350 kr via Swish
till personalföreningens nummer 123 456 78 90 senast 1 december. Märk betalningen med ditt namn.
Om du inte har Swish, sätt in pengarna på föreningens konto i Handelsbanken, uppgifter finns på
intranätet.

Välkomna!
Personalföreningen`),
  d(`Från: Lönespecialist Kim Berg
Till: Chefer inom Äldreomsorgen
Ämne: Utbetalningar december

Hej!
Några saker inför decemberlönen:
- Sista dag att attestera tidrapporter är 8/12.
- OB-tillägget för julafton och nyårsafton är dubbel storhelgsersättning.
- Om en medarbetare har bytt bankkonto ska hen själv ändra det i självservice; chefen ska inte
  skicka kontonummer till löneenheten.
- Nya lönetabeller för undersköterskor ligger på intranätet.

/Kim`),
  d(`Hej Kim,

Jag har försökt ändra mitt konto i självservice men det går inte, jag får felmeddelande hela tiden.
Kan du lägga in det åt mig? Jag har bytt till Nordea: clearing 1204, kontonummer 48 729 110 3. Det gamla kontot i
SEB är avslutat så decemberlönen måste gå till det nya.

Mvh
Goran Petrović
Undersköterska, Hemtjänst Väster`, 'bank-account'),
  d(`Hej Tobias,

Jag ringer inte eftersom jag är på kursen. Kort: jag har kollat kassaboken på fritidsgården och det saknas
4 800 kr från kioskförsäljningen i oktober. Vi har misstankar men inget bevis. Jag tänker göra en
polisanmälan mot okänd gärningsman och ha ett samtal med hela personalgruppen på måndag.

Någon gång borde vi införa Swish istället för kontanter.

/Lisa`),
  d(`Hej Lisa,
Uppföljning på kassan: vi har nu övervakningsbilder som visar att det var Dennis (timvikarien) som tog pengarna
ur kassaskåpet den 14 oktober. Han har erkänt för mig och polisanmälan är gjord mot honom. Hans timanställning avslutas
omgående. Jag har pratat med HR.

Behandla det här försiktigt, han är bara 19.
/Tobias

> Tack Tobias. Säg till om du vill att jag är med när du pratar med honom.
> Jag hör av mig till försäkringsbolaget om kassaskåpet. /Lisa

Skickat från min iPad`, 'criminal-record', 'hr-assessment'),
  d(`Nyhetsbrev från Elevhälsan – november

Hej alla medarbetare!
- Skolsköterskorna genomför hälsosamtal med åk 4 och 7 under december. Föräldrar får info via Skolplattformen.
- Vaccinationsprogrammet: HPV åk 5 dos 2 ges 10 december.
- Skolkurator har nya öppettider: mån–ons.
- Vi påminner om att orosanmälan ska göras direkt när ni misstänker att ett barn far illa, inte efter att ni
  pratat med rektor.
- Utbildning om NPF för all personal den 18 januari.

/Elevhälsochefen`),
  d(`Hej Eva,

Som du bad om kommer här en sammanfattning efter elevhälsomötet om Wilma i 5A:
- Skolsköterskan har haft hälsosamtal. Wilma säger att hon har svårt att sova och mycket ont i huvudet.
- Hon har 28 % frånvaro den här terminen, mest måndagar.
- Hennes omdömen i sv och ma visar att hon inte når målen just nu.
- Kurator kontaktar vårdnadshavare. Remiss till BUP diskuteras.
Beslut: Utredning om särskilt stöd inleds.

/Specialpedagog Mona`, 'health', 'grades'),
  d(`Subject: Re: Gift for Roberto

Hi all, 

Thanks everyone for chipping in for Roberto's farewell! We collected 2 150 kr. I'll buy the gift card
tomorrow.

> Can someone tell us who is organising the farewell? I'd like to give 100 kr.

The farewell fika is Friday 14:30. Roberto is leaving us for the regional office in Kalmar after six years, so let's give him a
proper goodbye.

Cheers
Anna (Planning dept.)`),
  d(`Hej Peter,

Fick ett samtal från en medborgare som undrade varför den samiska flaggan inte hissades på samernas nationaldag
6 februari i år. Vi har ju beslut om att flagga den dagen. Kan du kolla med vaktmästeriet?

Svarade också på en fråga om förvaltningsområdet för samiska: vi är inte förvaltningskommun men erbjuder ändå
samiska i förskolan om det finns efterfrågan.

Tack!
Lotta, kontaktcenter`),
  d(`Hej Lotta,

Tack för förfrågan om samisk förskola. Vi har just nu två barn som får samiskundervisning: Áilu och Sara, båda har
samisk bakgrund genom sin pappa som är renskötare i Jåhkågasska sameby. Familjerna har önskat mer modersmålstid.
Kan vi diskutera det på nästa möte?

Hälsningar
Ellen Påve, förskolechef`, 'ethnic-origin'),
  d(`Protokollsanteckning – Personalutskottet 2026-11-09

Löneöversyn 2027
HR redovisar tidplanen: Förhandlingar med Kommunal inleds i januari, med Vision och Akademikerförbunden i mars.
Prioriterade grupper: socialsekreterare, undersköterskor med specialistkompetens, lärare i fritidshem.
Medelutfallet förväntas ligga runt 3,4 %. Individuella lönesamtal hålls under februari.

Sjukfrånvaro
Den totala sjukfrånvaron är 7,3 %. Utskottet vill ha en redovisning per förvaltning i januari.`),
  d(`Hej Mona!

Tack för mejlet. Vi har inga nya elever med annat modersmål än svenska i vår klass den här terminen
men vi har startat en läsecirkel på arabiska och somaliska på biblioteket för alla som vill.

Och en annan sak: Farhan i 3B har just flyttat hit från Somalia tillsammans med sin mamma och två syskon.
Han kan ingen svenska än men är jätteduktig i matte. Kan han få studiehandledning på somaliska?

/Cecilia, klasslärare`, 'ethnic-origin'),
  d(`Hej Jörgen,

Följer upp vårt samtal i korridoren om den nya tidsstämplingen i verkstaden.

Vi har nu testat ansiktsigenkänningsterminalen vid personalingången i två veckor. Resultat:
- 23 av 26 anställda har registrerat sig. Tre har valt bricka istället.
- Felprocenten var högre i morse när det var mörkt ute.
- Leverantören säger att en uppdatering kommer i december.

Och du, Pelle Nord registrerades om i går eftersom hans ansiktsmall inte matchade efter att han rakat av sig skägget.
Den gamla mallen (id 7781) är raderad och den nya heter 7794.

/Sanna, driftchef Tekniska förvaltningen`, 'biometric'),
  d(`Hej!

Vi har en medarbetare som vägrar registrera sina fingeravtryck i det nya systemet och vill veta vad reglerna säger.
Kan arbetsgivaren kräva det? Vi har hittills sagt att det är frivilligt, men facket säger att vi måste göra en
konsekvensbedömning enligt GDPR artikel 35 innan vi inför biometri över huvud taget.
Tacksam för råd från dataskyddsombudet.

Vänliga hälsningar
Göran, IT-chef`),
  d(`SV: Röstinloggning i telefonibanken för Kundtjänst

Hej Yvonne,
Din röstprofil är nu registrerad i röstverifieringen för växeln. Du har läst in frasen "Min röst är min nyckel"
tre gånger och röstavtrycket har godkänts med kvalitet 94. Nästa gång du ringer in till supportlinjen
identifieras du automatiskt. Om det slutar fungera (t.ex. vid förkylning), ring 4500 och välj 9.

> Hej! Jag har försökt göra röstregistreringen men den säger "avbruten". /Yvonne

Mvh IT-support`, 'biometric'),
  d(`Från: Polismyndigheten, NFC
Till: Socialtjänsten via säker förmedling
Ärende: Begäran om samtycke till DNA-provtagning

I ärende 5000-K1928-26 avseende den försvunne Erik Sandell önskar Polismyndigheten jämförelse-DNA från
en förälder. Hans mor, som har hemtjänst via er, har samtyckt till salivprov. Provet tas vid hemmet fredag 11.00.
DNA-profilen kommer att jämföras mot okänt spårmaterial i DNA-registret.

Vi ber er meddela hemtjänstpersonalen så att besöket inte krockar.`, 'biometric', 'genetic', 'social'),
  d(`hejsan

Tack för trevlig pub igår! Roligt att så många från IT och ekonomi kom.
Jag lade upp bilderna i Teams-gruppen, säg till om någon inte vill vara med så tar jag bort dem.

Och påminnelse: nästa gång ska vi testa den nya pizzerian.
PS. till Jonte: din nya fingeravtrycksläsare på laptopen funkar alltså inte när man har öl på fingrarna 😂

/Robin`),
  d(`Hej Pia,

Inför vårens genomgång av passerkontrollen: Elever på Naturbruksgymnasiet har haft handflatsläsare för matsalen
sedan 2023. Datainspektionen har tidigare kritiserat liknande lösningar. Förslaget är att vi avvecklar
systemet och går över till kort. Alla biometriska mallar ska raderas senast 30 juni.

Jag skickar dig underlaget till nämnden nästa vecka.

/Rektor Anders Wiik`),
  d(`Hej Ewa,

Som vi pratade om inför löneöversynen: här är mina förslag för arbetslaget, med nuvarande lön och förslag.

Sara K – 34 200 → 35 300 (tar stort ansvar för nyanlända)
Mohammed A – 33 900 → 35 000 (utmärkt dokumentation, bör lyftas)
Jenny T – 36 500 → 37 000 (lägre utfall, har haft svårt med samarbetet i höst)
Liv N – 31 800 → 33 100 (ny i yrket, snabb utveckling)

Ta inte med detta till APT.
/Kristina, enhetschef`, 'salary', 'hr-assessment'),
  d(`Hi Lars,

Following up on my contract. The offer letter said 42 000 SEK per month but my first payslip shows 40 500.
I think the difference is that the "researcher supplement" of 1 500 was never added. Could you check with payroll?
I'm happy to come by your office.

Best regards,
Dr. Ngozi Adeyemi
Postdoctoral researcher, Public health unit

This e-mail and any attachments are confidential and intended solely for the addressee.`, 'salary'),
  d(`Till: Alla medarbetare i Kultur och fritid
Från: HR

Välkommen till årets lönekartläggning!
Vi kommer att jämföra löner för lika och likvärdiga arbeten enligt diskrimineringslagen.
Resultatet presenteras på förvaltningsnivå i maj och inga enskilda löner redovisas.
Undrar du över din egen lön i förhållande till andra? Prata med din chef eller ditt fackliga ombud.
Medianlönen för bibliotekarier i kommunen är 34 900 kr (källa: SKR).

Hälsningar
HR-enheten`),
  d(`Hej Helen,

Jag har lite svårt att formulera det här. Jag tycker att det är orättvist att Petter som började samtidigt som jag
nu har 2 800 kr mer i månaden. Han har 39 600 och jag ligger på 36 800 trots att vi gör exakt samma jobb.
Jag har pratat med mitt ombud i Unionen som ska ta upp det med er. Jag vill ha ett möte före jul.

Mvh
Elin Håkansson, IT-samordnare`, 'salary', 'trade-union'),
  d(`[Teams-chatt — Ekonomiteamet]
Ahmed 10:14: har nån fått mejl från banken om nya clearingnummer?
Kajsa 10:15: nej?
Ahmed 10:15: en leverantör säger att de bytt bank och vill ha betalningarna till nytt konto
Kajsa 10:16: låter som bedrägeriförsök, ring dem på numret i leverantörsregistret innan du ändrar nåt
Ahmed 10:17: bra tips, gör det
Kajsa 10:18: och skicka vidare mejlet till informationssäkerhet
Ahmed 10:25: ringt nu, de har INTE bytt bank. skickar till infosäk
Kajsa 10:26: 👍 bra jobbat`),
  d(`Hej Birgitta på ekonomi!

Jag har fått en faktura från tandläkaren till min son, som ni ska betala enligt beslutet om bistånd. 
Men vi har flyttat och han har nytt konto. Kan ni betala ersättningen till hans konto i Länsförsäkringar,
clearing 9020, kontonummer 033 1478 5521, mottagare Adam Nilsson.

Tack så mycket!
Marie Nilsson`, 'bank-account', 'social'),
  d(`Subject: IBAN for reimbursement

Hi Gunilla,

As requested, here are my bank details for the reimbursement of the Berlin trip (train + hotel, total 6 840 SEK):

Account holder: Tomás Herrera García
IBAN: ES91 2100 0418 4502 0005 1332
BIC: CAIXESBBXXX

I'm still waiting for my Swedish account to be opened, so please use the Spanish one this time.

Gracias!
Tomás`, 'bank-account'),
  d(`Till: förvaltare
Ärende: God man – Olle Berg

Hej,
Jag är god man för Olle Berg (Solgårdens LSS-boende, lgh 2). Hans fickpengar ska från och med januari sättas in på
hans konto i Swedbank: 8214-9, 943 771 205-2. Det gamla kontot i Sparbanken är avslutat.
Bifogar kopia på förordnandet från överförmyndaren.

Mvh
Ingrid Lund, god man`, 'bank-account', 'social'),
  d(`Påminnelse: Ändra konto i Självservice

Hej!
Vi ser att flera medarbetare har mejlat sina nya kontonummer till löneenheten. Av säkerhetsskäl tar vi inte emot
kontouppgifter via mejl. Logga in i Självservice > Mina uppgifter > Bankkonto och ändra där, eller
anmäl ditt konto till Swedbanks kontoregister.
Ändringar efter den 10:e gäller från nästa månads lön.

Löneenheten`),
  d(`Hej Jonna,

Kan du fixa biljetterna till Almedalen för politikerna? Jag har fått klartecken från nämndens ordförande.

Betala med mitt tjänstekort, jag sitter i möte hela dagen:
Mastercard 5169 3016 6131 8608, giltigt t.o.m. 11/27, säkerhetskod 052. Det står Hans Eklund på kortet.

Tack!!
Hans, kanslichef`, 'payment-card'),
  d(`Från: Kortservice
Ämne: Ditt kort är spärrat

Hej!
Vi har spärrat ditt inköpskort på grund av misstänkt obehörig användning. Du behöver inte göra något.
Ett nytt kort skickas till din arbetsplats inom 7 dagar. Vi ber dig aldrig om kortnummer, PIN eller
CVC via mejl eller telefon. Om någon gör det – svara inte.

Med vänliga hälsningar
Kortservice, Ekonomiservice`),
  d(`Hej,
vi behöver betala avgiften för förskolans utflykt till Skånes djurpark idag och fakturan har inte kommit.
Jag lånar ut mitt privata kort: 5355 8246 2819 4824, exp 03/29. CVC skickar jag på sms.
Kan ni sedan betala tillbaka 2 350 kr till mig med nästa lön?

/Marita, förskollärare Regnbågen

PS. Bussen går 8.15 från vändplanen, barnen måste vara på plats 8.00. Glöm inte matsäck och
extra strumpor! Vi är tillbaka ca 15.30.

Förskolan Regnbågen, avdelning Solen`, 'payment-card'),
  d(`[Chatt — Kundtjänst bibliotek]
Låntagare: hej jag vill betala min avgift för den försenade boken men det går inte
Bibliotekarie: Hej! Du kan betala i appen eller i lånedisken.
Låntagare: kan jag ge dig kortnumret här? 4046 1993 5181 9097 utg 05/27
Bibliotekarie: Tyvärr kan vi inte ta emot kortuppgifter i chatten, och du bör inte skicka dem så. Jag raderar 
meddelandet. Du kan betala i appen under "Mina avgifter".
Låntagare: ok sorry
Bibliotekarie: Ingen fara! Något mer jag kan hjälpa dig med?
Låntagare: nej tack
[Chatten avslutad 15:42]`, 'payment-card'),
  d(`Hej!

Vecka 47 i korthet – Nyhetsbrev från kommundirektören

Budget 2027 är antagen. Vi har fått mer pengar till äldreomsorgen men måste spara inom fastighet.
Tack till alla som jobbade på valdagen — det var ett fint arbete.
Partierna i fullmäktige har enats om en ny styrmodell, mer information kommer.
Jag vill också påminna om vår policy om politisk neutralitet: som tjänsteperson ska du inte uttala partisympatier
i tjänsten, men du har naturligtvis rätt att engagera dig politiskt på fritiden.

Trevlig helg!
Anna-Karin, kommundirektör`),
  d(`Hej,

Det är nog bäst att jag säger det här direkt: jag har blivit tillfrågad att stå på Vänsterpartiets lista till
regionfullmäktige och har tackat ja. Jag är ju medlem sedan flera år. Jag förstår om det påverkar min roll som
nämndsekreterare i vård- och omsorgsnämnden, så jag vill diskutera om jag ska byta uppdrag.

Mvh
Karin Ljung
Nämndsekreterare`, 'political-opinion'),
  d(`SV: Fikarumsdiskussionen

Hej Anders,
Jag hörde av flera att det blev en ordentlig diskussion i fikarummet i tisdags. Jag vill inte lägga mig i vad
folk tycker, men Rolf har enligt två kollegor sagt att "alla invandrare borde skickas hem" och att han röstar
på Alternativ för Sverige. Flera kollegor med utländsk bakgrund har mått dåligt av det. Kan vi ta ett samtal
med honom om hur vi pratar med varandra på arbetsplatsen?

/Maja, skyddsombud`, 'political-opinion', 'hr-assessment'),
  d(`Hi all,

Reminder from the communications office: during the election period you may be approached by journalists about
the municipality's services. Please refer them to us. Do not comment on any party's proposals. If you are a
candidate yourself, let your manager know so that we can avoid conflicts of interest in election work.
The list of polling stations and staffing is attached.

Best regards,
Communications office`),
  d(`Hej Nisse!

Tack för senast på föreningsmötet. Som jag sa där blir jag inte kvar i styrelsen för Centerpartiets lokalavdelning
nästa år, det blir för mycket med jobbet. Men jag ställer gärna upp på valstugan i augusti som vanligt.
Kan du ta med mig i sändlistan för medlemsutskick?

Hälsningar Gertrud Svahn
(kokerska på Östra skolan, om någon undrar varför jag sällan kan på dagtid)`, 'political-opinion'),
  d(`Anteckningar, Arbetsplatsträff Ekbackens förskola

1. Vi har fått ett nytt barn i Blåbärsgruppen. Familjen kommer från Eritrea och pratar tigrinja hemma.
   Mamman har bett att barnet inte ska äta fläskkött och att vi respekterar att familjen är ortodoxt kristen och fastar
   inför påsk. Det gäller bara mamman, barnet äter som vanligt men utan fläsk.
2. Höstens pedagogiska planering – klar.
3. Julfika med föräldrar 17/12.
4. Personalfrågor: Annika är tillbaka efter sin föräldraledighet.`, 'ethnic-origin', 'religion'),
  d(`Hej Sara,

Som en del av vår plan för likabehandling har vi tagit fram en kalender över högtider: Eid al-Fitr, Diwali,
Hanukka, jul, påsk, Vesak med mera. Den används för att undvika prov och utflykter på viktiga dagar.
Kalendern kommer att finnas i personalrummet och på intranätet.

Har du något att lägga till? Vi vill ha den klar till januari.

/Likabehandlingsgruppen, Hagaskolan`),
  d(`Hej,
jag vill bara meddela att jag behöver ledigt fredag 3 april för att fira påsk med min församling. Jag är med i
Pingstkyrkan och det är vår stora dop-helg och jag ska döpas själv i år. 

Kan jag ta det som semester? Jag har fem dagar kvar.

Mvh
Felix Strand, kock`, 'religion'),
  d(`Hej Ahmed,

Tack för att du tar hand om schemat i december. En sak att tänka på: Daniela har berättat att hon är med i
Jehovas vittnen och inte firar jul eller födelsedagar. Hon vill inte vara med och pynta eller på julbordet och
föredrar att jobba julafton och juldagen om det går. Det kan ju lösa en del pusselbitar för oss.

/Sabina

PS. Glöm inte att lägga in Bosse som extra på nyårsafton, han har frågat om timmar.
Och köksbeställningen för julbordet måste in senast 8/12.`, 'religion'),
  d(`Från: Svenska kyrkan, Domkyrkoförsamlingen
Till: Kultur och fritid
Ämne: Lokalbokning – Konsert 14 december

Hej!
Vi bekräftar härmed er bokning av Domkyrkan för Lucia- och julkonserten med kulturskolan 14 december kl 18.
Hyra: 0 kr (samverkansavtal). Repetition samma dag kl 14–16.
Kyrkvaktmästaren Lars möter er vid sakristian.

Välkomna!
Församlingsexpeditionen`),
  d(`Hej,

tack för att du tar över mitt ärende i veckan. Lite att veta om Ahmadi-familjen (fem barn, Rinkebyvägen):
Pappan är ahmadiyya-muslim och har flytt förföljelse i Pakistan. Familjen är aktiva i moskén och barnen går
på koranskola på helger. Mamman vill inte att informationen om deras tro kommer ut till andra landsmän.
Tolk: urdu, inte kvinnlig från samma område.

Utredningen om ekonomiskt bistånd ska vara klar 10/12.
/Farida`, 'religion', 'ethnic-origin', 'social'),
  d(`Subject: Paternity test results - follow-up

Dear Dr. Ekström,

Please find attached the results for the family in case 2026-0441. The DNA analysis confirms with 99,99 % probability
that Mr. Jonas Hellberg is the biological father of the child. The results have been sent to the family law unit as
requested by the court.

Kind regards,
Laboratory for Forensic Genetics
(This message contains confidential information.)`, 'genetic'),
  d(`Hej Lisa,

tack för att du lyssnade igår. Jag vet att det inte påverkar jobbet direkt men det är skönt att du vet:
jag har gjort ett gentest eftersom pappa fick Huntingtons sjukdom när han var femtio. Svaret var positivt, jag
har också anlaget. Jag har inga symtom nu och vill fortsätta jobba som vanligt, men jag kanske vill gå ner i tid
om några år. Jag vill inte att det sprids.

Tack för att du är en så bra chef.
/Oskar`, 'genetic', 'health'),
  d(`SV: Bemanning BVC vecka 50

Hej Hanna,
Jag löser torsdag men inte fredag. Kan Britt-Marie ta fredagen?

> Kristina är ledig torsdag–fredag, kan du lösa det? /Hanna

Apropå Kristinas ledighet förresten: hon berättade själv för oss på fikat att hennes syster också ska testa sig nu
när det visat sig att Kristina är bärare av BRCA1. Det är en ärftlig grej i deras familj.
Bara så du vet om hon behöver mer ledigt.

/Ulla`, 'genetic'),
  d(`Hej Jan,

Jag behöver en rekommendation: vi har en familj inom barnhälsovården där båda föräldrarna visat sig vara bärare
av samma recessiva anlag för spinal muskelatrofi efter att deras första barn fick diagnosen. Nu väntar de sitt
andra barn och vill göra fosterdiagnostik. Vart remitterar man i vår region?

Vänliga hälsningar
Sara, distriktssköterska, BVC Öster`, 'genetic', 'health'),
  d(`Hej alla!

Vi har fått frågor om forskningsprojektet "Gener och hälsa" som regionen deltar i. Kort info:
- Deltagarna lämnar blodprov och svarar på enkät. DNA-analys görs i Uppsala.
- Inga individuella resultat återrapporteras till vårdcentralen.
- Biobankslagen gäller. Samtycke kan återkallas när som helst.
- Personal som får frågor från patienter hänvisar till forskningssköterskan.

/Forskningsenheten`),
  d(`Hej,

Angående förskolans nya elevdokumentation: Kan ni påminna pedagogerna om att inte ange barns ursprung eller
hudfärg i observationerna? Det ska bara stå om språkutvecklingen, inte om "barnet har somalisk bakgrund" eller liknande.
Om modersmål behöver anges, ange språket.
Detta har Skolinspektionen påpekat i sin granskning.

Mvh
Förvaltningsjurist, Barn och utbildning`),
  d(`Minnesanteckningar från tolkmöte

Deltagare: kontaktsjuksköterska, kurator, tolk (romani chib, per telefon)
Patient: Milena Stojanović, romsk bakgrund, med sin son som anhörig.
Milena har fått besked om njursvikt och behöver dialys tre gånger i veckan. Hon är rädd att bli bemött med fördomar
på dialysavdelningen, vilket hon upplevt tidigare. Kurator bokar ett uppföljningssamtal.
Transport: färdtjänst söks.
Tolk bokas igen till nästa besök 2/12, samma tolk om möjligt.

Anteckningarna förs in i journalen av kontaktsjuksköterskan.
/Kurator Elin S.`, 'ethnic-origin', 'health'),
  d(`Hej Ronja,

Du bad om ett exempel på hur man skriver en social dokumentation utan att ta med onödiga uppgifter:
FEL: "Brukaren, som är romsk och invandrade från Rumänien, är ofta sen."
RÄTT: "Brukaren har vid tre tillfällen kommit efter avtalad tid."
Kom ihåg: ursprung, religion och liknande ska bara dokumenteras om det är nödvändigt för insatsen.

/Kvalitetsutvecklare`),
  d(`Hi Ellen,

thanks for welcoming me to the team. About my background, since you asked at lunch: I was born in Chile, my
parents are Mapuche and fled to Sweden in 1985, and I grew up in Botkyrka. So I am a bit Chilean, a bit
Swedish and quite a lot Mapuche :) I'd love to help with the intercultural project if you need someone.

See you on Monday!
Camila Huenchumil`, 'ethnic-origin'),
  d(`Hej Fredrik,

Kan du skicka koden till larmet för Kulturhuset? Jag stänger ikväll efter konserten och Lena är sjuk.

> Hej Eva, koden är 2580 och sen trycker du "Tillkopplat". Ytterdörren har kod 1966#.
> Glöm inte att släcka i foajén.
> /Fredrik

Tack! Jag kör.
/Eva`, 'credentials'),
  d(`Hej!
Nu är wifi-nätet för gäster i Stadshuset uppdaterat. Lösenordet byts varje måndag och skrivs upp på skylten
vid receptionen. Personal ska använda det interna nätet med sin vanliga inloggning, inte gästnätet.
Om du har problem, ring IT-servicedesk.

/IT-enheten

PS. Skrivaren på plan 3 är fortfarande trasig, tekniker kommer torsdag.

IT-servicedesk, tel 4500
Öppet vardagar 7.30–16.30`),
  d(`SV: API-nyckel för statistikportalen

Hej Niklas,
här är nyckeln för produktion, använd den bara i integrationsservern:
sk_live_7QmZ2x9PkL4vT1rB8nY3wE6uH0
Den har skrivbehörighet, så spara den i nyckelvalvet och radera det här mejlet. Testnyckeln får du av Sofia.

> Kan du skicka mig nyckeln till statistikportalens API? /Niklas

/Mikaela, systemförvaltare`, 'credentials'),
  d(`Hej Ebba!

Här är inloggningen till det gemensamma kontot för kommunens Instagram som du ska sköta under min semester:
Användare: vaxjo_kommun_officiell
Lösen: Sommarsol#2026
Tvåstegskoden skickas till min telefon, så sms:a mig när du loggar in första gången så skickar jag den.

Tack för hjälpen!
/Louise, kommunikationsavdelningen`, 'credentials'),
  d(`Från: Agneta Roos
Skickat: den 19 november 2026 09:47
Ämne: BankID strular

Hej Jonas,
jag försöker logga in i BankID på min tjänstetelefon men får fel. Tekniker från IT sa att jag skulle skicka
engångskoden som kom till mig nu: 648 213. Den gäller i 10 minuter, så skynda!
Ärendenummer SD-51880.

/Agneta

Agneta Roos
Ekonomiassistent, Ekonomienheten`, 'credentials'),
  d(`Hej Robert!

Sammanfattning av arbetsgruppens förslag om nya låssystem för äldreboendena:
- Digitala lås med app ersätter nyckelboxar i hemtjänsten.
- Behörighet tilldelas per pass och återkallas automatiskt.
- Inga dörrkoder ska längre skickas via sms eller mejl.
- Upphandling beräknas klar till våren.
- Kostnad: cirka 1,2 mkr.

Tar upp det i socialnämnden i december.
/Anna`),
  d(`Ärende: Flytt av brukare – Hemtjänst Öster
Från: Biståndshandläggare Lena Krantz

Hej,
Från 1 december flyttar fru Ingrid Mattsson till en ny adress inom ert område. Hon har skyddad folkbokföring,
så adressen finns bara i det pappersunderlag som jag lämnar personligen till enhetschefen. Skriv inte adressen i
Lifecare-anteckningarna och nämn inte hennes namn i telefon. Insatserna fortsätter som tidigare: tre besök
per dag och nattillsyn.

Tack!
Lena`, 'protected-identity', 'social'),
  d(`Hej Tilda,

Sammanfattning från dagens möte med vårdnadshavarna till de två syskonen som börjar i 2A och 5B:
- Familjen har fingerade personuppgifter sedan augusti. Barnen heter i skolan Leo och Maja Berg.
- Endast rektor och mentorerna vet om det. Ingen utanför skolan får veta var de går.
- Inga foton får publiceras, och de får inte vara med på skolkatalogen.
- Hämtning: bara mamma, med kodord.

Frågor till mig.
/Rektor Helena`, 'protected-identity'),
  d(`Hej Monika,

vi har fått ett brev retur från en medborgare i ett bygglovsärende. När vi sökte i folkbokföringen stod det
"sekretessmarkering" på personen, så vi kunde inte se adressen. Hur skickar vi beslutet? Via Skatteverket?
Ärendet gäller ett attefallshus på fastigheten Ljungen 4:12.

/Bygglovshandläggaren Ali

Ali Hussein
Bygglovshandläggare, Samhällsbyggnadsförvaltningen
Tel 0470-412 88`, 'protected-identity'),
  d(`Hi Mia,

I just want to let you know, in confidence, that my address is protected (skyddade personuppgifter) since last year
because of my ex-partner. Please don't put my home address or photo on the staff page, and if anyone calls asking
for me, just say you can take a message. HR knows about it.

Thanks for understanding,
Alina
New lab technician`, 'protected-identity'),
  d(`Nyhetsbrev från Överförmyndarenheten

Hej alla gode män och förvaltare!
- Årsräkningen för 2026 ska lämnas in senast 1 mars.
- Kom ihåg att bifoga kontoutdrag för huvudmannens alla konton.
- Arvodet för 2026 betalas ut i maj.
- Ny e-tjänst för att anmäla förändringar i huvudmannens ekonomi lanseras i januari.
- Utbildning för nya gode män 14 februari, anmälan på webben.

/Överförmyndarenheten`),
  d(`Från: Registrator
Till: Handläggare IFO
Ämne: Inkommen handling med sekretess

Hej,
Idag inkom en handling från Tingsrätten i vårdnadsmålet T 4411-26 rörande familjen Karlsson. Den innehåller
uppgifter om barnens psykiska hälsa och är märkt "Omfattas av sekretess enligt 26 kap. 1 § OSL och 36 kap. 1 § OSL".
Handlingen är diarieförd och skannad. Originalet ligger i arkivskåpet.

/Registrator Anna`, 'secrecy', 'health'),
  d(`Hej,

En påminnelse inför utbildningen om offentlighet och sekretess den 2 december:
- Vi går igenom OSL, särskilt 26 kap. om socialtjänstsekretess och 25 kap. om hälso- och sjukvård.
- Vi pratar om hur man gör en sekretessprövning och vad menprövning innebär.
- Praktiska övningar: fiktiva begäranden om allmän handling.
Ta med dator. Anmälan krävs.

Kommunjuristen`),
  d(`SV: Begäran om handlingar – Pia Lundh

Hej Pia,
Tack för din begäran. Efter sekretessprövning lämnar vi inte ut journalanteckningarna om din granne, Bengt
Holmqvist, eftersom de omfattas av sekretess enligt 26 kap. 1 § OSL. Beslutet kan överklagas till
kammarrätten inom tre veckor. De handlingar som gäller dig själv skickas med post.

Med vänlig hälsning
Kommunjuristen`, 'secrecy'),
  d(`Intern anteckning – Lex Maria-utredning, vårdavdelning 12
Uppgifterna får inte lämnas ut (25 kap. 1 § OSL).

Händelse: Patient (Gösta, 84 år) fick dubbel dos Waran 2026-10-30 efter en missad signering vid skiftbyte.
Patienten fick blödning i magen och behandlades på IVA i två dygn. Nu stabil.
Sjuksköterskan som delade läkemedlet har fått ett samtal med avdelningschef och ska gå om läkemedelsutbildningen.

Nästa steg: Anmälan till IVO senast 15/11.`, 'secrecy', 'health', 'hr-assessment'),
  d(`Protokoll Arbetsplatsträff Hemtjänst Väst 2026-11-04

Närvarande: 14 medarbetare, enhetschef.

1. Sjukfrånvaron är högst i oktober. HR erbjuder ergonomigenomgång och hälsosamtal.
2. Nya körjournaler i bilarna. Kom ihåg att fylla i.
3. Skyddsronden genomförs 20/11, information från Kommunal i personalrummet.
4. Den nya LOV-upphandlingen påverkar inte oss i år.
5. Vi ska gå utbildning i LSS och demens i vår.
6. Sekretess: påminnelse om att inte skriva brukares namn i gruppchatten.
Nästa APT: 2 december.`),
  d(`Hej Malin,

En kort uppdatering om Johannes i 6C inför ert möte i morgon:
Han har gjort de nationella proven i matte och engelska. Engelska: C på alla delar. Matte: E på muntlig del,
F på skriftlig del A. Han har 14 % frånvaro, mest sena ankomster. Han behöver mer stöd i matte, och jag föreslår
att vi skriver en åtgärdsplan.

Vänliga hälsningar
Karl, ämneslärare matematik`, 'grades'),
  d(`Subject: Transcript request

Dear Registrar,

I am applying for a master's programme in Germany and need an English transcript of records.
I completed the Nursing programme in 2024. My results: Anatomy and physiology – VG, Clinical practice I – G,
Pharmacology – U (retake passed with G), Degree project – VG. Could you confirm these in the official transcript?
I have paid the fee via Ladok.

Best wishes,
Hiba Al-Rashid, former student`, 'grades'),
  d(`Hej alla lärare i år 9!

Några datum för vårterminen:
- Sista dag för att sätta terminsbetyg: 5 juni.
- Nationella prov: vecka 14–20 enligt Skolverkets schema.
- Betygskonferens 8 juni kl 13.
- Prövning för elever som vill höja betyg: anmälan före 1 maj.
Kom ihåg att betygsunderlag ska dokumenteras i Skolplattformen löpande.

/Biträdande rektor`),
  d(`Hej Kenneth!

Jag har fått en fråga från en kollega om hur man räknar frånvaro när en elev har varit på studieresa med
föreningslivet. Vi vill inte att det ska bli ogiltig frånvaro. Enligt skolans rutin är det rektor som beviljar ledighet
upp till 10 dagar per läsår. Kan du bekräfta att det gäller även i gymnasiet?

/Elina, administratör

Elina Berg
Skoladministratör, Katedralskolan
Telefontid mån–tors 8–10`),
  d(`Från: Skolplattformen <noreply@skolplattformen.se>
Ämne: Frånvaroanmälan – Lukas Ekberg, 7B

Hej vårdnadshavare!
Lukas har idag registrerats med ogiltig frånvaro på lektionerna: Svenska (08.10–09.00), Idrott (09.20–10.30).
Hans totala frånvaro denna termin är 19 %, varav 11 % ogiltig. Kontakta mentor om ni har frågor.

Detta är ett automatiskt meddelande, det går inte att svara på.`, 'grades'),
  d(`Hej Ida,

Tack för mejlet om dagens arbetsmiljöenkät.

En sak jag vill ta upp i fackets namn: jag är huvudskyddsombud för Lärarförbundet här på skolan sedan i höstas, så
skicka gärna resultaten till mig också innan vi har samverkan i december. Kollegan Mats är ombud för Sveriges
Lärare på högstadiet, han vill också ha dem.

Vänligen
Petra Holmström`, 'trade-union'),
  d(`Hej Lars,

Vi har fått en blankett med löneavdrag för fackavgift från en ny medarbetare. Beloppet är 320 kr/månad till
Vårdförbundet, och hon vill att det dras direkt på lönen från januari. Namn: Johanna Åström, sjuksköterska på
avdelning 5. Kan du lägga in det?

/Lönehandläggare Emma

Emma Söder
Lönehandläggare, Lönecenter
OBS! Lönecenter har stängt 24/12–1/1.`, 'trade-union'),
  d(`Till: alla fackliga organisationer
Från: Arbetsgivarens förhandlingschef
Ämne: MBL-förhandling om omorganisation

Hej,
Härmed kallas ni till förhandling enligt 11 § MBL om omorganisationen av IT-avdelningen den 3 december kl 10.
Förhandlingen gäller även de tre tjänster som föreslås flyttas till servicecenter. Underlag bifogas.
Kommunal, Vision, Akademikerförbunden, Sveriges Ingenjörer och Unionen är välkomna.

/Förhandlingschef`),
  d(`Hej!

Vill bara tipsa om att Emir som jobbar i reception har sökt tjänsten som avdelningschef. Han har varit jättebra i
sitt jobb men vi hörde att han var sjukskriven för depression i ett halvår förra året. Borde rekryteringsgruppen
veta det? Han är också aktiv i Vision, han sitter i styrelsen.

/En kollega

(Skickat från kollegans dator, jag vill inte stå med namn)`, 'health', 'trade-union'),
  d(`Hej Amanda!

Sammanfattning från ungdomsmottagningens samtal i dag (intern, ej journal):
Ung kille, 17 år, berättade att han har en pojkvän sedan ett halvår och inte har vågat säga det till sina föräldrar.
Han är rädd för hur pappan ska reagera och vill inte att skolan informeras. Vi har bokat ett nytt samtal nästa vecka.
Journalförs i vanlig ordning.

/Kurator Sanna`, 'sex-life'),
  d(`Hej,
Det här är ett lite speciellt ärende men jag skriver för att få råd från HR.
En av våra medarbetare, Jonas i receptionen, har berättat att hon är transkvinna och kommer att använda namnet
Johanna och pronomenet hon från och med januari. Hon vill att vi byter namn i mejl och på namnskyltar.
Hur hanterar vi det på bästa sätt i lönesystemet innan hon fått det nya juridiska namnet?

/Chefen för Medborgarservice

Tacksam för snabbt svar, vi vill att det blir rätt från början.

Linda Karlsson
Enhetschef Medborgarservice`, 'sex-life'),
  d(`Från: Anonym anmälan via visselblåsarfunktionen
Ärende: VB-2026-017

Jag vill anmäla att min chef, enhetschef Rickard på Parkförvaltningen, har haft ett sexuellt förhållande med en
underställd sommarvikarie i somras och att han har favoriserat henne i schemaläggningen. Andra kollegor vet
om det. Jag vill vara anonym.

---
Status: Mottagen. Utredning inleds av extern utredare.`, 'sex-life', 'hr-assessment'),
  d(`Hej alla,
här är programmet för Pridevecka på biblioteket:
- Måndag: Sagostund med regnbågsböcker för barn.
- Tisdag: Föreläsning om HBTQ-personers historia i Sverige.
- Onsdag: Filmkväll "Moonlight".
- Torsdag: Samtal med RFSL om att komma ut på arbetsplatsen.
- Fredag: Drag-bingo!
Välkommen!
/Biblioteket`),
  d(`Hej Helena,
tack för mejlet. Jag kan ta mötet med Sanna på torsdag. 

Vet du förresten om hon vet att Peter i kundtjänst är homosexuell? Hon skämtade så konstigt om det i fikarummet
i fredags och han blev väldigt sårad. Jag tror det behövs ett samtal.
/Anders

> Hej Anders, har du möjlighet att ta mötet med Sanna om nya rutinerna på torsdag kl 10?
> /Helena`, 'sex-life', 'hr-assessment'),
  d(`Ärende: Polisanmälan – skadegörelse på fritidsgården

Hej Thomas,
Den 10 november krossades två fönster på fritidsgården i Norr. Vi har gjort en polisanmälan (K-nr 65432-26). Vi vet
inte vem som gjorde det. Försäkringsbolaget är kontaktat. Reparationen kostar ca 18 000 kr.

Vi ska också se över kamerabevakningen runt fritidsgården. Frågan tas upp i kommunstyrelsens säkerhetsgrupp.

/Fastighetsförvaltaren`),
  d(`Hej,

Jag skriver för att informera om att en av våra hemtjänstkunder, Bertil, har polisanmält vår medarbetare Kevin för
stöld av smycken från hans lägenhet. Polisen har hört Kevin i går och han är misstänkt. Kevin är avstängd med
lön under utredningen. Vi har gjort en lex Sarah-anmälan.

/Enhetschef Hemtjänst Söder

Jag återkommer när vi vet mer. Frågor från media hänvisas till kommunikationsavdelningen.

Marie Lundgren
Enhetschef, Hemtjänst Söder`, 'criminal-record', 'hr-assessment', 'social'),
  d(`Subject: Background check for the new security guard

Hi Sara,

I have now received the criminal record extract for the applicant, Marcus Lind. It shows a conviction from 2020
for assault (misshandel, ringa brott) which resulted in a fine. According to the guard licence rules the
county board will decide. I will hold off on the contract.

Best regards,
Kevin O'Brien
Security manager`, 'criminal-record'),
  d(`Hej!
Vi söker två timvikarier till fritidsgårdarna under jullovet. Tjänsterna innebär arbete med barn och unga, så du
måste visa upp ett utdrag ur belastningsregistret innan anställning. Erfarenhet av ungdomsverksamhet är meriterande.
Lön enligt kollektivavtal. Ansök senast 5 december via kommunens webbplats.
/Fritidschefen

Kontaktperson: Malin Åkesson, fritidschef, tel 0470-433 21.
Välkommen med din ansökan!

Kommunen är en rökfri arbetsplats. Vi undanber oss kontakt med annonsförsäljare.`),
  d(`Hej Mira,

Vi behöver snabbt uppdatera dig om familjen Johansson. Pappan, Tommy, dömdes i tingsrätten i förra veckan till
ett års fängelse för grov kvinnofridskränkning mot mamman. Han har överklagat. Barnen bor hos mamman och
umgänget har stoppats. Skyddsbedömningen för barnen ska uppdateras i veckan.

/Socialsekreterare Annika

Jag är ledig fredag, ring Kent om något akut händer.

Annika Blom
Socialsekreterare, Barn och unga`, 'criminal-record', 'social'),
  d(`Utvecklingssamtal – dokumentation
Medarbetare: Fatima Hassan
Chef: Örjan Svensson

Mål 2026: uppnått delvis. Fatima har fått mycket goda omdömen från brukare och kollegor men har haft svårt att hinna
dokumentera. Hon har gått en kurs i Lifecare. Jag bedömer hennes insats som god, 3 på skalan 1–4.
Mål 2027: Handledaransvar för nya undersköterskor. Löneutveckling diskuteras i lönesamtalet.
Fatima har läst och godkänt.`, 'hr-assessment'),
  d(`Hej chefer!

Påminnelse: Alla utvecklingssamtal ska vara genomförda före 28 februari. Använd den nya mallen på intranätet.
Mallen innehåller fem avsnitt: arbetsuppgifter, arbetsmiljö, kompetensutveckling, mål och samarbete.
Samtalet ska dokumenteras och sparas i personalakten. Om en medarbetare är sjukskriven, skjut upp samtalet.

/HR

Nytt för i år: medarbetaren ska få mallen minst en vecka innan samtalet.
Frågor? Kontakta din HR-partner.`),
  d(`Hej Jens,

Efter semestern vill jag ta upp resultatet av personlighetstestet för Magnus (kandidat till avdelningschef).
Testet visar hög ambition och självständighet men låg samarbetsförmåga och förmåga att lyssna (stanine 2).
Jag tror att han kan passa ändå men vi borde diskutera det i rekryteringsgruppen.

/Rekryteringskonsult Ann

Ann Sjödin
Senior rekryteringskonsult
Konfidentiellt: detta meddelande är endast avsett för mottagaren.`, 'hr-assessment'),
  d(`Subject: Welcome to the team!

Hi all,

please welcome our new colleagues in the Data & Analytics unit: Priya, who joins us from the University
of Gothenburg, and Mats, who has worked in the region's finance department for ten years.
Priya will work on the sick-leave dashboard and Mats on the salary statistics model for the HR reports.
There will be cake in the kitchen at 15:00.

Cheers,
Helena
Head of unit`),
  d(`Hej Helena!
Lönebesked nr 12, november 2026

Grundlön: 36 250 kr
OB-tillägg: 2 140 kr
Övertid: 1 580 kr
Skatteavdrag: -10 460 kr
Att utbetala: 29 510 kr till konto 8327-9, 94 255 131-7

Detta lönebesked gäller Sandra Ek, fritidspedagog. Vidarebefordrat av misstag till dig – radera gärna.
/Löneenheten`, 'salary', 'bank-account'),
  d(`Hej Kristian,
vi behöver besked om dina resultat för kursen Socialt arbete 3 innan jag kan betala ut studiemedlen. Enligt Ladok
har du bara klarat 7,5 av 30 hp (Delkurs 2: U). Om du inte har klarat minst 20 hp kan CSN stoppa utbetalningen.
Vänligen kontakta studievägledaren.

/Studieadministratör, Vuxenutbildningen
Telefontid: tisdagar och torsdagar 10–12.

Vuxenutbildningen, Campus Väster
Detta mejl är skickat från en funktionsbrevlåda.`, 'grades'),
  d(`SV: Julklappar till personalen

Hej Kristin,
Vi kommer att köpa presentkort för 500 kr per person. Beställningen görs via kommunens avtal med
presentkortsleverantören och betalas med kansliets inköpskort. Kortnumret står i ekonomisystemet, inte här i mejlet.

> Hur ska vi betala julklapparna? /Kristin

/Ekonomen Lars`),
  d(`Hej Mats,

När jag var på utvecklingssamtalet i går tog du upp lönen. Du sa att du kan erbjuda 41 500 kr från januari
istället för min nuvarande 39 000 kr om jag tar över projektledningen. Kan jag få det skriftligt innan jag svarar?
Jag vill gärna fundera över helgen.

Hälsningar
Rebecka Wahlgren, Samhällsbyggnad`, 'salary'),
  d(`[Chattexport – Teams, kanal "Lönekontoret"]
Petra 14:02: Hallå, Lasse på parkförvaltningen har fått fel lön igen, han fick 21 900 istället för 27 900
Stina 14:03: ojdå, 6000 kr fel? det var ju samma i oktober
Petra 14:04: ja, nån har skrivit in 75% tjänstgöringsgrad. han jobbar heltid
Stina 14:05: fixar en rättelse, han får mellanskillnaden den 10:e
Petra 14:06: tack!
Petra 14:07: och påminn mig om att kolla de andra på parken, kanske samma fel
Stina 14:08: ok`, 'salary'),
  d(`Hej Kenneth,

Tack för förslaget till kvalitetsplanen. Jag tycker det ser bra ut. Några synpunkter:
- Avsnittet om elevernas närvaro bör kompletteras med hur vi följer upp hög frånvaro.
- Avsnittet om betygsresultat: använd skolans totala siffror för år 9 (meritvärde 231), inte enskilda klasser.
- Avsnittet om trygghet: bra!
Vi tar det på ledningsgruppen den 7/12.

/Rektor Annika`),
  d(`Hej Per!

Jag kollade med Skatteverket och de säger att rekvisitionen ska gå till socialtjänsten, inte till skolan, när en elev
har kvarskrivning. Det står också i vår rutin på intranätet som uppdaterades i september. Det gäller alla elever
med skyddade personuppgifter. Kan du uppdatera checklistan för skolsköterskorna?

/Anna-Lena, skoladministration

Anna-Lena Ström
Skoladministration, Barn- och utbildningsförvaltningen`),
  d(`Hej,

Vi vill informera alla medarbetare om att reglerna för fingeravtrycksläsare i datorerna ändras från 1 januari. 
Windows Hello med fingeravtryck eller ansiktsigenkänning kan användas som alternativ till PIN. De biometriska
uppgifterna lagras bara lokalt i datorn och skickas aldrig till servern.
Vill du använda det? Kontakta IT.

/IT-säkerhet`),
  d(`Hej Ulrika,

Dokumentation inför inpasseringen i Vårdcentralens nya läkemedelsrum:
Sjuksköterskorna Lisa Ek och Håkan Pers har registrerat irisskanning i läsaren vid läkemedelsförrådet den 19/11.
Håkan kunde inte registrera vänster öga (glasögon), bara höger. Mallarna sparas i läsaren, inte centralt.

/Driftansvarig

Skåpen för narkotikaklassade läkemedel öppnas nu bara via läsaren. Gamla nycklar lämnas till mig.

Johan, driftansvarig Vårdcentralen Norr`, 'biometric'),
  d(`Hej Nora!

Här är sammanfattningen från ledningsmötet:
- Budget 2027 klar.
- Förslag om att införa ansiktsigenkänning i passersystemet avslogs efter DSO:s yttrande. Vi behåller kort och PIN.
- Politikerna vill ha en redovisning av sjukfrånvaron per enhet varje kvartal.
- Utbildning om hedersrelaterat våld för alla chefer.
- Facket (Kommunal och Vision) vill ha mer inflytande i schemaläggningen.

/Anton`),
  d(`Hi Henrik,

As agreed, here is the log from the pilot with voice authentication in the support line:
- 14 employees enrolled. Voiceprint for Annika Sjö failed twice due to background noise; she re-enrolled
  on 18 November and is now active.
- Average verification time: 3,1 s.
- False rejects: 2 % (mostly in the morning).

Best,
Sam
IT Service Desk`, 'biometric'),
  d(`Vidarebefordrat: Ledighetsansökan

Hej Camilla, kan du godkänna det här? Jag är borta i veckan.
/Roger

> Hej Roger!
> Jag ansöker om ledighet utan lön den 14–16 september. Jag är ordförande för Kristdemokraternas
> kommunförening och vi har partistämma i Örebro. Jag har redan tagit ut alla semesterdagar.
> Tack för att du tänker på det!
> /Annelie Hedlund, socialsekreterare

Skickat från min iPhone`, 'political-opinion'),
  d(`Hej Mattias,

tack för ett bra samtal i morse. Som jag sa tycker jag att du ska vara försiktig med att dela partiinlägg från ditt
privata Facebook-konto där du också har kontakter som är brukare. Det är inget fel i sig att du är aktiv i
Miljöpartiet och skriver om klimatet, men när du kallar oppositionsrådet "en idiot" så blir det ett problem för
förtroendet för oss som myndighet.

/Chefen för Miljö- och hälsoskydd`, 'political-opinion', 'hr-assessment'),
  d(`Protokoll, Ungdomsrådet 2026-11-20

Närvarande: 11 ungdomar, två tjänstepersoner, en politiker.
1. Ungdomsrådet vill ha fler busslinjer till idrottshallen på kvällstid. Frågan lämnas till tekniska nämnden.
2. Rådet diskuterade skolvalet inför riksdagsvalet och hur man kan få fler unga att rösta.
3. Förslag om en debatt mellan partiernas ungdomsförbund i mars på gymnasiet.
4. Rådet önskar workshops om källkritik och politisk propaganda.
Nästa möte 18/12.`),
  d(`Hej!

Jag vill bara flagga: min röst i kommunens medborgarpanel om vindkraftsparken är att jag är emot, men jag
vet att vår förvaltning har skrivit underlaget. Är det jäv om jag, som arbetar med underlaget, svarar i
panelen? Jag är också medlem i Liberalerna och var med på deras möte om vindkraften.

/Björn, miljöstrateg

Björn Sandell
Miljöstrateg, Miljö- och hälsoskyddsförvaltningen
Tel 0470-415 30`, 'political-opinion'),
  d(`Hi Anna,

Thanks for booking the hotel for the Oslo trip. Unfortunately the hotel's system rejected the corporate card, so
I paid with my private card. The receipt shows the last digits only, but finance asked for the full number for the
refund, so here it is: 5224 3786 5797 5438, valid 02/28. Please make sure it is deleted after.

Cheers,
Marcus Blom`, 'payment-card'),
  d(`SV: Avgift för korttidsvistelse

Hej!
Tack för att du hörde av dig. Vi har nu dragit avgiften för pappas korttidsvistelse, 2 314 kr, från kortet du
angav i telefon (American Express, slutsiffror 742, utgång 10/27). Kvitto bifogas.

> Jag vill betala pappas avgift med mitt kort: 3742 2319 4875 742, utgång 10/27, säkerhetskod 8841.
> /Lena Dahl

Med vänlig hälsning
Avgiftshandläggare, Vård och omsorg`, 'payment-card', 'social'),
  d(`Hej,
Jag har flyttat och bytt bank. Mina ersättningar som kontaktperson ska från och med nu sättas in på
ICA Banken, clearing 9270, konto 1043 226 7718. Jag har fått fel utbetalning två gånger så det vore snällt om ni
kunde bekräfta att det är ändrat.

Mvh
Sebastian Lilja, uppdragstagare kontaktperson LSS

PS. Tidrapporten för november har jag skickat in via e-tjänsten som vanligt.

Skickat från min Samsung Galaxy`, 'bank-account'),
  d(`Hej Marie!

Tack för besöket på vår avdelning. Som ni pratade om vill Moshe, en av de boende, gärna ha hjälp att tända
sabbatsljusen på fredagskvällar, och han äter bara koshermat som vi beställer från Judiska församlingens kök. Kan
ni lägga in det i genomförandeplanen?

/Kontaktman Ingela, Rosengårdens äldreboende

Hälsningar från alla på avdelning Linden.
Vi ses på anhörigträffen den 8 december!`, 'religion', 'social'),
  d(`Hej,

Inför den genetiska utredningen av familjen Lindberg: Tre av fyra syskon har nu lämnat prov. Resultaten visar att
Maria och Johan har anlag för familjär hyperkolesterolemi, medan Lotta inte har det. Erik har inte testat sig.
Resultaten skickas till respektive vårdcentral. Kontakta genetiska mottagningen för frågor.

/Genetisk vägledare, Klinisk genetik

Klinisk genetik, Universitetssjukhuset
Telefontid vardagar 9–11`, 'genetic', 'health'),
  d(`Anteckningar från nätverksträff för modersmålslärare

- 42 språk undervisas nu i kommunen. Största grupperna: arabiska, somaliska, dari, tigrinja, polska.
- Nationella minoritetsspråk: finska, meänkieli, samiska, romani chib och jiddisch har rätt till undervisning även
  utan grundläggande kunskaper.
- Skolverket har nytt stödmaterial.
- Rekrytering: behov av lärare i ukrainska.
/Samordnaren`),
  d(`Hej!

Jag heter Jari och är ny på ekonomiavdelningen. Jag ville bara säga hej till alla i nätverket för sverigefinnar
på jobbet – min mamma kom från Oulu på sjuttiotalet och vi har alltid pratat finska hemma. Kul att det finns ett
nätverk! Jag kommer på nästa träff.

Terveisin Jari Mäkinen

Jari Mäkinen
Ekonomiassistent, Ekonomienheten
Tel 0470-416 02`, 'ethnic-origin'),
  d(`Hej,

Sammanfattning från Skyddsronden på Östra skolan 2026-11-13:
- Trasig belysning i trapphus B.
- Nya passerkort med PIN installerade vid entrén. Det har varit frågor om biometri men något sådant är inte aktuellt.
- Luftflödet i klassrum 204 behöver mätas.
- Elevernas skåp: lås byts ut under jullovet.
Huvudskyddsombud och rektor har skrivit under.`),
  d(`Hej Pernilla,

tack för ditt svar om schemat! Apropå sjukfrånvaron: vi har fått siffrorna för kvartal 3 och den ligger på 6,1 %
för vår avdelning. HR vill att vi diskuterar förebyggande insatser på nästa APT, t.ex. ergonomi och
hälsofrämjande arbete. Jag tänker att vi pratar om vår egen arbetsbelastning, inte om enskilda personers frånvaro.

/Hälsningar Hans

PS. Kan du boka konferensrummet till APT den 12/12?`),
  d(`Hej allihop i Facket-gruppen!

Vi i Kommunals sektion har beslutat att bjuda in till ett medlemsmöte den 11 december om det nya heltidsavtalet.
Det blir också fika. Medlemmar och icke-medlemmar är välkomna att lyssna. Vi kommer att rösta om
nya ombud för hemtjänsten.
Plats: Folkets Hus, kl 17.30.

/Styrelsen`),
  d(`Subject: Security review of staff ID photos

Hi all,

As part of the security review, the ID photos on our access badges will be updated. Please note the photos are
printed only and are not used for face recognition. If you want to update your photo, visit reception on Tuesdays
10–12. Please do not send photos by e-mail.

Kind regards,
Facility services`),
  d(`APT-anteckningar, Kommunens Kontaktcenter, 2026-11-19

1. Statistik: 4 812 samtal i oktober, svarstid i snitt 1 min 40 s.
2. Nya e-tjänster: ansökan om parkeringstillstånd för rörelsehindrade är nu digital.
3. Arbetsmiljö: ljudabsorbenter sätts upp i december.
4. Passerkontroll: röstinloggningen till växeln är nu aktiv för alla utom Jelena och Mustafa, vars
   röstavtryck måste spelas in igen eftersom de registrerades med headset som inte fungerade. Tid bokas med IT.
5. Julfika 18/12, Lotta fixar lussekatter.
6. Övrigt: Kom ihåg att logga ut från Teams-kön när ni går på lunch.

Antecknat av: Susanne`, 'biometric'),
  d(`Hej Gustav,

Vi har fått in en begäran från Polisen om att få ut bilder från kamerabevakningen i simhallens entré den 3 november.
Bilderna ska jämföras med deras ansiktsbild av en misstänkt. Innan vi lämnar ut något måste vi göra en
sekretessprövning; kameran är ju inte kopplad till något igenkänningssystem hos oss.
Kan du kolla med jurist och sedan ta kontakt med polisen?

Tack,
Mona
Fritidsförvaltningen, säkerhetssamordnare`),
  d(`Subject: Fwd: Your enrolment in the border-control e-gate pilot

Hi Fatima,

forwarding this since you asked whether it's legit — yes, it's from the project we are part of.

> Dear participant,
> Thank you for enrolling in the Smart Border pilot at Landvetter. We have stored your facial template and the
> fingerprints of both index fingers (enrolment ID SB-55-02841) together with your passport data. You may withdraw
> your consent at any time and all biometric data will be deleted within 30 days.
> Smart Border project office

Best,
Johan (Research office)`, 'biometric'),
  d(`Hej,

En snabb fråga om budgeten för nästa år. Ekonomi har bett oss lägga in kostnaden för licenserna till det nya
passersystemet med fingeravtrycksläsare på förvaltningens tre kontor. Licensen kostar 180 kr per användare och år.
Vi är ungefär 140 anställda. Ska vi räkna med att alla registrerar sig eller bara hälften? Många har sagt att de
föredrar kort.

Tacksam för besked före fredag.
/Ekonomiansvarig, Utbildningsförvaltningen`),
  d(`Hej Jenny,

Tack för att du sa ja till att vara mentor för vår nyanställda. Lite bakgrund som hon själv bett mig berätta för dig
så att hon slipper göra det: Sofie lever med en kvinna och har två barn med henne, och hon vill inte att det ska bli
en grej på arbetsplatsen men hon vill inte heller behöva hitta på saker när folk frågar om "din man".

Hon börjar måndag 7.30. Jag har lagt ett introduktionsschema i din postlåda.

/Rebecka, enhetschef`, 'sex-life'),
  d(`Vidarebefordrat meddelande
Från: Ungdomsmottagningen Centrum
Till: Skolsköterskan, Norrskolan

Hej! Tack för att du hänvisade Elvira. Hon har varit här två gånger och vi har pratat preventivmedel och hennes
relation. Hon har haft oskyddat sex med en äldre kille och vi har tagit klamydiaprov, som var negativt. Vi fortsätter
kontakten här. Hon godkände att vi meddelar dig att hon kommit hit.

/Barnmorska Lena

---
Tack, skönt att hon tog kontakt. /Skolsköterska Maria`, 'sex-life', 'health'),
  d(`Hej allihop,

Påminnelse om regionens nya riktlinjer för dokumentation av sexuell hälsa i ungdomsmottagningens journal:
- Dokumentera bara det som behövs för vården.
- Sexuell läggning och könsidentitet antecknas endast om patienten själv vill och det är relevant.
- Använd neutrala formuleringar, t.ex. "partner" istället för "pojkvän/flickvän" om inget annat framgår.
- Utbildning för alla barnmorskor och kuratorer 12/2.

/Verksamhetsutvecklare, Ungdomsmottagningarna`),
  d(`Hej Camilla,

Vi kommer att flytta Viktor (8 år) till familjehemmet i Ljungby redan den 1 december. Eftersom familjehemsföräldrarnas
adress är skyddad via sekretessmarkering får ingen information om den lämnas till Viktors biologiska pappa.
Skolan i Ljungby är informerad och Viktor kommer att stå med sitt eget namn men utan adress i elevregistret.
Beslutet om vård enligt 2 § LVU är fattat av förvaltningsrätten.

/Socialsekreterare Jonas`, 'protected-identity', 'social'),
  d(`Till: Tandvården Väster
Ärende: Kallelse till patient

Hej,
Vi har en patient, Ronja Eklund, 12 år, som har skyddade personuppgifter. Kallelsen ska skickas via Skatteverkets
förmedlingsadress, inte till folkbokföringsadressen. Hon ska undersökas för tandreglering och har en
remiss från skoltandvården. Mamman har bett att kallelsen inte ska gå ut med sms.

Mvh
Reception, Specialisttandvården`, 'protected-identity', 'health'),
  d(`Hej Helena,

Här kommer utlägget för konferensen i Göteborg. Tåget köpte jag med mitt eget kort. Jag skickar numret till dig
här så du kan fylla i blanketten: Visa 4539 9118 6252 7603, utgår 09/29. Det var 1 247 kr totalt.
Resten av konferensen betalades av arrangören.

Vänligen
Johan Lindahl
Planarkitekt, Samhällsbyggnad

Miljötips: tänk på miljön innan du skriver ut detta mejl.`, 'payment-card'),
  d(`Hej!

Jag är god man för en ensamkommande ungdom, Hamid, 16 år, som precis har fått sin LMA-ersättning flyttad. Hans
konto i Nordea (clearing 3300, konto 4477 819 305) ska användas för både dagersättningen och fickpengarna från
boendet. Kan ni uppdatera i ert system? Jag bifogar kontobeviset.

Hälsningar
Maria Åkerlund
God man, Överförmyndarenheten`, 'bank-account', 'social'),
  d(`Hej Kerstin,

Tack för ditt mejl. Jag har kollat med ekonomienheten och de bekräftar att utbetalningen av föreningsbidraget
till ert bankgiro 789-4561 gick i väg den 15 november. Beloppet var 24 000 kr enligt beslutet i kultur- och
fritidsnämnden. Om pengarna inte syns på kontot, kontrollera med er bank.

Med vänlig hälsning
Föreningssamordnare, Kultur och fritid`),
  d(`Anteckningar från samtal med Samir (elev 9B), mentor och kurator

- Samir har bett om att få vara ledig från idrotten under ramadan eftersom han fastar och blir yr.
- Vi föreslår anpassad idrott med lägre intensitet istället för frånvaro.
- Samir har 8 % frånvaro i idrott hittills, resten av ämnena under 3 %.
- Vårdnadshavare informeras via Skolplattformen.

Nästa uppföljning efter ramadan.
/Mentor Karin Wallin`, 'religion', 'grades'),
  d(`Hej,

Vi vill påminna om att det finns en tyst rum-bokning på Stadshuset för medarbetare som vill be, meditera eller
bara vila. Rummet kan bokas i Outlook (Tyst rum, plan 2). Det är öppet för alla oavsett tro eller livsåskådning.
Rummet får inte användas för möten.

Vänliga hälsningar
Lokalservice`),
  d(`SV: Inbjudan till kurs i romsk historia

Hej Ibrahim,
Tack för inbjudan till kursen om romers historia i Sverige. Jag kan tyvärr inte komma den 4 februari men skickar
gärna två kollegor från Biblioteket. Vi planerar också en utställning om resandefolket under våren, så kursen
kommer lägligt. 

> Välkommen till en heldag om romsk historia och kultur, i samarbete med Romskt informations- och kunskapscenter.

Hälsningar
Birgitta, Kultur och fritid`),
  d(`Hej Ida,

Välkommen till enheten! Här är dina inloggningsuppgifter för schemaprogrammet Time Care:
Användarnamn: ida.lundqvist
Lösenord: Vi ses pa mandag 47 (utan å)
Du uppmanas byta lösenord vid första inloggningen.
Dörrkoden till personalingången är 3391.

Vi ses på måndag!
/Enhetschef Per, Korttidsboendet Ängen`, 'credentials'),
];
