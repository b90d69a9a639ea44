/**
 * Category blind set 7b — BLIND.
 *
 * Written by a corpus-writer agent from the labelling guide (/tmp/label-guide.md) alone, without reading
 * the classifier, its training data or any other corpus. It must never be used for training, tuning or
 * keyword mining: it is scored once, by the lead, to measure the classifier on text it has never seen.
 *
 * Style: LONGER, messy texts (roughly 8 to 40 lines) — forwarded threads with quoted history and
 * "Från: … Skickat: …" headers, signatures and legal disclaimers, meeting minutes and APT notes with several
 * agenda items, weekly summaries, chat exports with timestamps, ticket-system and HR-system mails,
 * case-note excerpts, newsletters and bullet lists, in Swedish and English. The sensitive fact, when there
 * is one, may sit anywhere (a quoted older mail, one agenda item, a PS); many texts use the same vocabulary
 * without disclosing anything about a person and carry no label.
 *
 * All names, places, organisations and numbers are invented; no personnummer appear.
 */
import type { CategoryType } from '../../../src/core/classify/types.js';
import type { LabelledDocument } from './category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const CATEGORY_BLIND_7B: readonly LabelledDocument[] = [
  d(`Hej Maria,

Vidarebefordrar nedan så du har historiken inför mötet på torsdag.

/Jonas

Från: Petra Lindqvist <petra.lindqvist@ornsvik.se>
Skickat: den 3 mars 2026 08:14
Till: Jonas Ek <jonas.ek@ornsvik.se>
Ämne: SV: Bemanning vecka 11

Hej Jonas,
Jag måste tyvärr meddela att jag är sjukskriven på heltid t.o.m. 22 mars, läkaren misstänker
utmattningssyndrom och jag har fått remiss till företagshälsovården. Kan du be Sanna täcka mina
pass på Lönnen?

Mvh Petra

> Från: Jonas Ek
> Skickat: den 2 mars 2026 16:40
> Hej alla, schemat för v. 11 ligger nu i Time Care. Säg till om något inte stämmer.`, 'health'),
  d(`PROTOKOLL APT – Hemtjänst Norr, 12 februari

Närvarande: Lena (enhetschef), Ali, Birgitta, Camilla, Dragan, Emma, Fatima (sekr.)

1. Föregående protokoll – godkändes.
2. Sjukfrånvaron i gruppen var 7,9 % i januari (6,1 % i december). Lena påminner om rutinen att
   sjukanmälan görs till bemanningen före kl. 06.30.
3. Lönerevisionen 2026: förhandlingarna med Kommunal och Vision startar i april. Frågor om
   lönekriterierna tas med närmaste chef.
4. Nyckelhantering: nya nyckelskåp monteras v. 9. Koderna skickas ut separat till var och en, de ska
   aldrig stå i protokoll eller på lappar i bilen.
5. Övrigt: Vision bjuder på frukost 28/2 kl. 07.30 i personalrummet.

Nästa APT: 12 mars.
Vid protokollet: Fatima`),
  d(`[2026-01-19 07:02] Oskar Berg: godmorgon, någon som är på plats på Björkgården?
[2026-01-19 07:03] Oskar Berg: står utanför med nattpersonalens nycklar men taggen funkar inte
[2026-01-19 07:05] Lisa Håkansson: ja jag är här, portkoden är 4471# sen trycker du 2 för personalingången
[2026-01-19 07:05] Lisa Håkansson: larmet slår man av med 8093 innanför
[2026-01-19 07:06] Oskar Berg: tack!! in nu
[2026-01-19 07:31] Lisa Håkansson: kan någon ringa fastighet om taggläsaren?
[2026-01-19 07:40] Mehmet Aydın: fixar det`, 'credentials'),
  d(`Ärende #INC-204417 har uppdaterats

Status: Löst
Beställare: Karin Sjöholm, Lönekontoret
Handläggare: IT-servicedesk, Elin

Kommentar från handläggare:
Hej Karin! Ditt konto i Heroma var låst efter för många felaktiga inloggningar. Jag har återställt det
och satt ett tillfälligt lösenord: Vinter#2026kaffe
Du ombeds byta det vid första inloggningen. Kontakta oss om det strular igen.

Svara inte på detta mejl, det är automatiskt genererat. Ärendet stängs automatiskt efter 5 dagar.
Servicedesk Östra Vrena kommun | 0555-120 00 | Öppet vardagar 07–17`, 'credentials'),
  d(`Veckosammanfattning – Försörjningsstödsenheten v. 6

• Inkomna ansökningar: 143 (varav 22 nyansökningar)
• Beviljade: 118, avslag: 9, under utredning: 16
• Genomsnittlig handläggningstid: 11 dagar (mål: 10)
• Två nya handläggare börjar 1 mars, introduktion enligt plan
• Påminnelse: utbetalningar vecka 8 sker tisdag pga systemuppdatering i Procapita
• Utbildning om våld i nära relationer 24/2 — anmäl er till Katarina senast fredag
• Vi har fått frågor från klienter om e-tjänsten, FAQ uppdateras av Tobias

Trevlig helg!
/Enhetschef Annelie`),
  d(`Journalanteckning – utdrag
Datum: 2026-02-04
Handläggare: Sofie Wahlberg, Ekonomiskt bistånd

Besök av Marcus Lindell. Marcus ansöker om försörjningsstöd för februari. Han har sedan december ingen
inkomst efter att anställningen på lagret upphörde. Har anmält sig på Arbetsförmedlingen.
Hyran 6 850 kr är obetald för januari, hyresvärden har skickat påminnelse.
Bedömning: rätt till bistånd för livsföring och boende, totalt 11 420 kr.
Utbetalning sker till klientens konto i Swedbank, clearing 8327-9, kontonr 934 612 558-1.
Uppföljning: nytt besök 3 mars, ta med lönebesked om han fått timanställning.`, 'social', 'bank-account'),
  d(`Nyhetsbrev från Vision Ornsvik – februari

I detta nummer:
– Lönerevisionen 2026: vad vi kräver och hur processen ser ut
– Nya ombud på vård och omsorg, välkomna Jenny och Ragnar!
– Kurs: "Din rätt vid sjukskrivning" 14 mars, anmälan via hemsidan
– Medlemsförsäkringen: nyheter om inkomstförsäkringen
– Frukostträff för nya medlemmar, torsdag 27/2

Vet du någon kollega som inte är medlem ännu? Tipsa gärna om att det går att gå med via appen.

Hälsningar,
Styrelsen, Vision Ornsvik
Du får detta brev eftersom du är registrerad i vårt utskicksregister. Avregistrera dig här.`),
  d(`Hej Anders,

Skickar info om Elias i 9B inför klasskonferensen, som du bad om.

Matematik: F på de två senaste proven (algebra 6/30, geometri 9/30). Prognos just nu: F.
Svenska: E, klarar sig men lämnar in sent.
Engelska: C.
Frånvaron: 23 % hittills under vårterminen, varav ca hälften ogiltig. Mest måndagar och fredagar.

Jag har pratat med mamma två gånger, hon är orolig men säger att han "bara är trött". Tycker vi ska
ta upp åtgärdsprogram och kanske koppla in EHT.

Hälsningar
Ylva Norén, mentor 9B
Solängsskolan`, 'grades'),
  d(`Från: Henrik Alm
Skickat: den 9 januari 2026 13:22
Till: Kommunikationsenheten
Ämne: VB: Porträtt till personaltidningen

Hej,
När ni skriver om Annika i porträttet i nästa nummer: hon vill inte att det står att hon sitter för
Vänsterpartiet i socialnämnden, hon tycker det blandar ihop rollerna. Hon har också varit med och
organiserat namninsamlingen mot nedläggningen av Tallbackens förskola, men det får gärna stå med.

Hälsningar Henrik

-----Ursprungligt meddelande-----
Från: Redaktionen
Skickat: den 8 januari 2026 10:05
Vi planerar ett porträtt av Annika Strand, 25 år i kommunens tjänst. Finns något vi bör veta?`, 'political-opinion'),
  d(`Meddelande från HR-systemet Adato

Medarbetarsamtal registrerat
Medarbetare: Tomas Lund, Gatukontoret
Chef: Eva Persson
Datum: 2026-02-11

Sammanfattning (chefens bedömning):
Tomas har under året haft svårt att hålla överenskomna tidsplaner och har vid två tillfällen lämnat
arbetsplatsen utan att meddela arbetsledningen. Samarbetet med entreprenörerna fungerar bra. Vi har
kommit överens om en handlingsplan med månatlig uppföljning. Bedömning: delvis uppfyllda mål.

Nästa steg: uppföljningssamtal i mars.
Detta meddelande har skickats automatiskt från Adato. Logga in för att se hela dokumentationen.`, 'hr-assessment'),
  d(`Minnesanteckningar – Dataskyddsnätverket, 5 februari

1. Ny vägledning från IMY om känsliga personuppgifter (hälsa, etniskt ursprung, politiska åsikter,
   religion, fackmedlemskap, genetiska och biometriska uppgifter, sexualliv). Maja sammanfattar till
   nästa träff.
2. Incidenter: 4 rapporterade i januari, samtliga felskickade mejl. Inga till IMY.
3. Skyddade personuppgifter – rutinen revideras, Skatteverkets nya blankett ska in i mallen.
4. Utbildning för skolan om hur betyg och frånvaro får skickas till vårdnadshavare, planeras v. 14.
5. Mejlkryptering: pilot med Kuvert i socialförvaltningen startar i mars.

Nästa möte 5 mars, Teams.`),
  d(`Hi team,

Quick heads-up for the next few weeks: Yusuf will be observing Ramadan from the end of February, so
he'd prefer that we avoid scheduling working lunches with him and keep the Thursday team meeting
before 15:00 if possible. He mentioned he may also take a couple of days off for Eid at the end of March.

Otherwise nothing new — reminder that the Q1 report is due on the 14th.

Cheers,
Laura
--
Laura Bennett | Project Coordinator, International Office
Region Västerhavet`, 'religion'),
  d(`Från: Bovärd Stefan Nordin
Skickat: den 21 januari 2026 09:48
Till: Förvaltare Anna
Ämne: Lgh 1103, Kvarnvägen 7

Hej Anna,
Polisen var här igår kväll. Hyresgästen i 1103, Robin Sandell, är misstänkt för inbrotten i förråden
i källaren, de hittade flera cyklar i hans lägenhet och han fördes till förhör. Grannen som gjorde
polisanmälan vill vara anonym. Vad gör vi med hyresavtalet? Han har också en tidigare dom för
stöld enligt grannarna men det vet jag inte om det stämmer.

/Stefan

Detta e-postmeddelande kan innehålla information som endast är avsedd för mottagaren.`, 'criminal-record'),
  d(`Hej rektor och mentor,

Inför att Sara börjar i klass 4C på måndag vill jag informera om följande. Sara och hennes mamma har
skyddad folkbokföring sedan november. Adressen får inte registreras i Skolplattformen och inga
uppgifter om henne får lämnas ut till någon utanför skolan. Fotografering i klassen eller på
hemsidan får inte ske. Uppgifterna omfattas av sekretess enligt 21 kap. 3 § OSL.

Vid frågor kontakta mig direkt, inte via växeln.

Med vänlig hälsning
Marie Lundgren
Skoladministratör, Barn- och utbildningsförvaltningen`, 'protected-identity', 'secrecy'),
  d(`Hej Birgitta,

Tack för svaret. Jag har pratat med vårt ombud på Vision, Ragnar, och han är med på mötet nästa vecka
som mitt stöd.

Mitt problem är fortfarande detsamma: jag har 34 500 kr i månadslön och den nya kollegan som började i
höstas med samma tjänst och kortare erfarenhet fick 37 200 kr. Jag vill att ni förklarar skillnaden
innan lönerevisionen. Jag har varit här i elva år.

Vänliga hälsningar
Kenneth

Från: Birgitta Holm
Skickat: den 14 februari 2026
Hej Kenneth, vi kan ses för ett samtal. Vill du ha med någon?`, 'salary', 'trade-union'),
  d(`Remissvar / Klinisk genetik, Universitetssjukhuset
Till: Barnkliniken, dr Helena Åberg

Angående: Wilma Karlsson, 7 år

DNA-analys har utförts avseende misstänkt cystisk fibros. Resultat: patienten är homozygot för
F508del-varianten i CFTR-genen, vilket bekräftar diagnosen. Båda föräldrarna bör erbjudas
bärarskapsanalys, liksom syskonet Liam (4 år).

Genetisk vägledning erbjuds familjen; kallelse skickas separat.

Med vänlig hälsning
Per Fransson, överläkare, Klinisk genetik`, 'genetic', 'health'),
  d(`Hej Lars,

Angående det nya passersystemet på Rådhuset: alla i kansliet är nu inlagda förutom Karin Ölund. Hennes
fingeravtryck gick inte att registrera på tisdagen, läsaren gav fel tre gånger (låg kvalitet på
mallen). Vi har tillfälligt lagt in en PIN-ersättning för henne.

Kan du boka en ny tid med leverantören så vi kan registrera om hennes avtryck? Annars får hon ha
kvar kortet tills vidare.

Hälsningar
Ulrika, säkerhetssamordnare`, 'biometric'),
  d(`Anteckning – Elevhälsan, kuratorssamtal
Elev: Alex (tidigare registrerad som Alexandra) Nygren, åk 8

Alex berättar att hen är transperson och sedan sommaren lever som kille med familjen och kompisarna.
Alex vill att lärarna använder namnet Alex och pronomenet han/hen, och vill byta om i separat
omklädningsrum på idrotten. Mamma är informerad och stöttande, pappa vet inte ännu enligt Alex.

Överenskommet: kurator pratar med mentor och idrottslärare (med Alex samtycke). Ingen information
till övriga i klassen.

Kurator Jenny Rask`, 'sex-life'),
  d(`Hej!

Kan ni boka tågbiljetter Stockholm–Malmö t/r för Agneta Wiklund 18–19 mars och hotell en natt nära
Centralen? Projektet betalar. Använd hennes kort för resan eftersom det är hennes uppdrag:

Kortnummer: 4571 2309 8812 4406
Giltigt t.o.m.: 09/28
CVC: 318
Namn på kortet: AGNETA WIKLUND

Tack på förhand!
/Sekreterare, Kultur- och fritidsförvaltningen

PS. Hon vill helst ha fönsterplats.`, 'payment-card'),
  d(`Hej Camilla,

Jag är mentor för Danijela i förskoleklassen och vill stämma av inför modersmålsansökan. Familjen är
romer och pappan har frågat om Danijela kan få undervisning i romani chib (kalderash) och om det finns
någon romsk brobyggare knuten till skolan. De bor i vårt upptagningsområde sedan i höstas.

Vet du hur vi går vidare? Ansökan ska in senast 15 april.

Hälsningar
Tove Sandberg
Förskolläraren, Lindgårdens skola`, 'ethnic-origin'),
  d(`Hej alla chefer inom äldreomsorgen,

Här kommer en påminnelse om rutinen vid sjukfrånvaro:

- Dag 1: medarbetaren sjukanmäler sig till bemanningsenheten.
- Dag 8: läkarintyg krävs. Påminn medarbetaren i god tid.
- Dag 14: chefen anmäler till Försäkringskassan via Adato.
- Vid upprepad korttidsfrånvaro (sex tillfällen på 12 månader) ska ett rehabsamtal erbjudas.
- Rehabiliteringsplan ska upprättas senast dag 30 om medarbetaren bedöms bli borta längre.

Diagnoser och läkarintyg får inte mejlas okrypterat; skanna in dem direkt i personalakten.

Frågor? Hör av er till HR-konsult Malin Grahn.

Med vänlig hälsning
HR-avdelningen, Stensjö kommun`),
  d(`Från: Servicedesk
Skickat: den 2 februari 2026 15:10
Till: Alla medarbetare
Ämne: Varning för nätfiske

Hej!
Vi har de senaste dagarna sett flera mejl som ser ut att komma från "IT-support" och ber dig ange ditt
användarnamn och lösenord på en länk. IT ber ALDRIG om ditt lösenord via mejl eller telefon.

Så känner du igen bluffmejlet:
* Avsändaren är en extern adress (t.ex. @it-suport-kommun.com)
* Det står att ditt konto "stängs inom 24 timmar"
* Länken leder till en inloggningssida som liknar vår

Har du redan klickat och skrivit in dina inloggningsuppgifter? Ring oss direkt på 0555-120 00 så
spärrar vi kontot och hjälper dig byta lösenord.

/IT-säkerhet`),
  d(`Dagordning – Socialnämndens individutskott, 17 februari 2026 kl. 13.00

1. Val av justerare
2. Anmälan av delegationsbeslut (LVU, LVM, bistånd enligt 4 kap. 1 § SoL)
3. Ärende 1–4: Ansökan om vård enligt LVU (handlingar delas ut på sammanträdet)
4. Ärende 5: Övervägande om fortsatt vård, placering i familjehem
5. Ärende 6: Yttrande till tingsrätten i vårdnadsmål
6. Information: statistik över orosanmälningar 2025
7. Övrigt

Handlingarna till punkt 3–5 omfattas av sekretess och skickas inte ut i förväg.

Nämndsekreterare Gunilla Roos`),
  d(`Hej Johan,

Tack för senast! Jag har gått igenom underlaget för löneöversynen och har några frågor.

1. Hur många av våra undersköterskor ligger under 30 000 kr idag? Du nämnde en siffra på mötet men jag
   fick inte med den.
2. Har vi räknat med de nya lönetillägget för nattarbete i budgeten?
3. När träffar vi Kommunal nästa gång – är det fortfarande 10 mars?

Jag vill gärna ha en sammanställning per enhet, men utan namn, innan vi lämnar något till nämnden.

Hälsningar
Ingrid Falk, förvaltningschef`),
  d(`Veckobrev från Ekbackens förskola v. 7

Hej alla vårdnadshavare!
Den här veckan har vi jobbat med vinter-temat: vi har mätt snödjup, gjort isljus och läst "Pelle
Svanslös i snön". På fredag firar vi alla som fyllt år i februari.

Praktisk information:
• Planeringsdag 27/2, förskolan stängd. Meddela senast 20/2 om ni behöver omsorg.
• Glöm inte extra vantar och mössor, det blir blött!
• Vi har fått frågor om allergier: ni anmäler specialkost via blanketten på hemsidan, inte till oss.
• Nästa vecka kommer sjuksköterskan från BVC och berättar om handhygien.

Vänliga hälsningar
Personalen på Ekbacken`),
  d(`Hej Fredrik,

Vidarebefordrar från medborgarkontoret. Kan du ta detta?

/Eva

> Från: Nils Ahlberg <nils.ahlberg@epost.se>
> Skickat: den 10 februari 2026 21:12
> Ämne: Klagomål
>
> Hej. Jag har sökt bistånd hos er tre gånger och fått avslag varje gång. Jag är 58 år, har KOL och
> hjärtsvikt och klarar inte att handla själv längre. Min handläggare säger att jag får ansöka om
> hemtjänst igen men att jag "inte uppfyller kraven". Jag vill att någon ringer mig.
> Nils`, 'health', 'social'),
  d(`Till: Lärare i åk 9
Ämne: Betygssättning våren 2026

Hej!
En påminnelse om tidsplanen för betygssättningen:
– Vecka 18: sista provveckan. Inga nya prov efter 8 maj.
– Vecka 21: preliminära betyg registreras i Skola24, kontroll av F-varningar.
– Vecka 23: betygssättning, betygen låses fredag 5 juni kl. 12.
– Elever med risk för F ska ha meddelats och vårdnadshavare informerats senast v. 19.

Kom ihåg att betygsunderlag och omdömen inte ska skickas via vanlig e-post till vårdnadshavare,
använd Skola24-meddelanden.

Hälsningar
Biträdande rektor Magnus Öberg`),
  d(`[Teams-chatt, export 2026-02-16]
[09:12] Hanna Liljeberg: har du hunnit kolla budgeten för friskvården?
[09:14] Rasmus Kjell: ja, vi ligger på 82 % av ramen. mest gymkort och massage
[09:15] Hanna Liljeberg: ok, och föreläsningen om stress och sömn i april?
[09:15] Rasmus Kjell: bokad, 14 april, 40 platser
[09:16] Hanna Liljeberg: bra. ska vi bjuda in företagshälsan också?
[09:18] Rasmus Kjell: de har en egen punkt om psykisk ohälsa på arbetsplatsen, kan vara bra
[09:19] Hanna Liljeberg: 👍 jag skriver inbjudan`),
  d(`Hej,

Jag söker tjänsten som socialsekreterare (ref. 2026/114) och bifogar CV och personligt brev.
Kort om mig: jag tog socionomexamen 2019 och har sedan dess arbetat med barn- och ungdomsutredningar
i Västerby kommun, bl.a. med utredningar enligt 11 kap. SoL och ansökningar enligt LVU. Jag har gått
utbildning i BBIC och Signs of Safety.

Mina löneanspråk är 38 000 kr.

Jag nås enklast på 070-412 88 13.

Med vänliga hälsningar
Amira Haddad`, 'salary'),
  d(`MEDDELANDE FRÅN ÖVERFÖRMYNDARNÄMNDEN

Till ställföreträdare

Årsräkningen för 2025 ska vara inlämnad senast 1 mars 2026. Tänk på att:
– bifoga kontoutdrag för samtliga konton per 31 december
– redovisa bidrag, pension och eventuell ersättning från Försäkringskassan
– uppgifter om huvudmannens hälsa behövs inte i årsräkningen
– skicka inte kontonummer eller inloggningsuppgifter till banken via e-post

Mer information finns på kommunens webbplats under "Gode män och förvaltare".

Med vänlig hälsning
Överförmyndarkansliet`),
  d(`Hej Malin!

Kort uppdatering om Ellen Berg på ekonomi inför att du tar över som chef:

Hon har haft en tuff höst. Efter hjärtoperationen i oktober kom hon tillbaka på 50 % och vi har en
rehabplan med FHV där hon ska upp till 75 % i mars. Hon får inte bära tungt och ska ha höj- och
sänkbart skrivbord (beställt). Hon är väldigt noggrann i sitt arbete, inga problem där.

Det finns anteckningar från rehabmötena i personalakten.

Lycka till!
/Gunnar

Skickat från min iPhone`, 'health'),
  d(`Hej,

Intern information om jourschemat under påsk:

Skärtorsdag–annandag påsk: Ingela och Tobbe har beredskap. Ring jourtelefonen 070-555 10 10.
Observera att Mehdi är ledig under hela påskveckan, och att Sara går ner i tid efter påsk.

Alla som ska in på kontoret under helgdagarna använder sin vanliga tagg. Den som glömt sin tagg
kontaktar väktarbolaget, inte kollegor.

Glad påsk!
/Marita, samordnare`),
  d(`Hej Per,

Vi diskuterade igår hur du ska gå vidare med Erik på lagret. Sammanfattning:

– Erik har kommit för sent 11 gånger sedan december (tidrapporter bifogade).
– Den 28 januari lämnade han arbetet utan att meddela och kom inte tillbaka.
– Han har tidigare fått muntlig tillsägelse (15 nov) och en skriftlig erinran (12 dec).

Nästa steg blir en skriftlig varning. Vi kallar honom till möte den 20 februari; han har rätt att ha
med en facklig företrädare. Jag skriver varningen och skickar till dig för läsning.

Hälsningar
Christina Modig, HR-partner

Detta meddelande och eventuella bilagor är endast avsedda för adressaten.`, 'hr-assessment'),
  d(`Hej,

Till er på bibliotek och medborgarkontor: den 1 mars höjs avgiften för utskrifter till 3 kr/sida.
Kortbetalning fungerar som vanligt i kassan. Vi tar inte emot kontanter.

Om en besökare vill betala med faktura hänvisar ni till ekonomiavdelningen. Skriv aldrig ned
kortnummer eller be om kortuppgifter på papper eller i mejl.

Nya kassarutiner bifogas.

/Ekonomiavdelningen`),
  d(`Hej alla nämndsekreterare,

Efter diskussionen i fullmäktigepresidiet vill vi påminna om att partiernas gruppmöten inte ska
bokas i sammanträdesrum via kommunens bokningssystem utan via respektive partikansli. Det gäller
samtliga partier.

Inför valåret 2026:
• Anställda får inte använda kommunens e-post för partipolitiska utskick.
• Valsedlar och partimaterial får inte ligga framme i kommunens receptioner.
• Frågor om valnämndens arbete hänvisas till valkansliet.

Tack!
Kommunledningskontoret`),
  d(`Från: Rebecka Sund
Skickat: den 6 februari 2026 10:11
Till: Lönesupport
Ämne: Ändrat konto

Hej! Jag har bytt bank. Kan ni lägga in mitt nya konto för lönen från och med februari?
Handelsbanken, clearingnummer 6182, kontonummer 284 551 903.

Tack!
Rebecka Sund, skolsköterska Östervallskolan

> Från: Lönesupport
> Skickat: den 5 februari 2026 14:02
> Hej Rebecka, ändring av lönekonto görs helst i självservice under "Mina uppgifter". Om det inte
> går kan du svara på detta mejl.`, 'bank-account'),
  d(`Hej,

Jag är ny samordnare för gode män och har en fråga om hanteringen av förvaltarskap när huvudmannen
flyttar till annan kommun. Ska vi skicka över akten direkt eller ska nya kommunens överförmyndare
begära den? Och hur gör vi om akten innehåller sekretessbelagda uppgifter från socialtjänsten?

Tacksam för svar,
Lisbeth Hägg
Överförmyndarenheten, Norrköpings-trakten`),
  d(`Sammanfattning av vecka 8 – Enheten för funktionsstöd

Klart denna vecka:
✔ Tre nya LSS-beslut om daglig verksamhet verkställda (Solrosen, Granen)
✔ Genomgång av rutinen för avvikelser, alla har läst
✔ Ny medarbetare på Björken: Sigrid, välkommen!

På gång:
→ Inventering av hjälpmedel på gruppbostäderna
→ Personalmöte om lågaffektivt bemötande 4/3

Uppmärksamma:
! Boende på Granen, Tommy, har fått ändrad medicinering (Risperidon sänkt) efter läkarbesök — följ
  signeringslistan noga och rapportera biverkningar till sjuksköterskan.

/Karin, verksamhetschef`, 'health', 'social'),
  d(`Hej Julia,

Tack för att du hjälper till med rekryteringen. Förslag på upplägg:

1. Vi intervjuar de fem som gått vidare enligt samma mall, 45 minuter var.
2. Kompetensbaserade frågor om ekonomi och ledarskap, samma för alla.
3. Referenstagning först efter andra intervjun och bara med kandidatens samtycke.
4. Vi för inga egna anteckningar utanför rekryteringssystemet.

Jag skickar mallen i morgon. Kan vi ses torsdag och gå igenom den?

/Lars, avdelningschef`),
  d(`Till samtliga medarbetare i Region Västerhavet

Nytt från Regionens intranät v. 9:

• Regionstyrelsen har beslutat om ny policy för religiösa symboler i vården. Policyn gäller alla
  yrkesgrupper och träder i kraft 1 juni. Läs mer och lämna synpunkter via intranätet.
• Påminnelse: Pride-veckan i augusti, regionen deltar i paraden. Anmäl intresse till HBTQ-nätverket.
• Säkerhetsuppdatering: inloggning med BankID krävs för distansåtkomst från 15 mars.
• Lediga jobb: 42 nya annonser, bland annat sjuksköterskor, läkare och IT-tekniker.

Kommunikationsavdelningen`),
];
