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
– Vi söker fler ombud inom vård och omsorg – är det du?
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
  d(`Minnesanteckningar, samverkansgrupp Vård och omsorg 2026-02-09

Närvarande: arbetsgivaren (Lena Stål, Peter Gran), Kommunal (Hassan Jama), Vision (Ragnar Ek),
Vårdförbundet (Sofia Malm).

§ 1 Hassan Jama presenterade sig som ny huvudskyddsombud för Kommunal från 1 februari, efter
     Margareta som gått i pension. Han har sitt fackliga uppdrag på 40 % och arbetar övrig tid på
     Solgården.
§ 2 Riskbedömning inför sommarens bemanning – arbetsgivaren återkommer med underlag i mars.
§ 3 Lokalfrågan Hemtjänst Syd – information, inga synpunkter.
§ 4 Arbetsmiljöenkäten: svarsfrekvens 64 %. Resultat redovisas per enhet i april.

Justeras: Lena Stål / Hassan Jama`, 'trade-union'),
  d(`Från: Mottagningsgruppen, Barn och unga
Skickat: den 12 februari 2026 11:03
Till: Familjebehandlare Kim Sjögren
Ämne: VB: Orosanmälan, pojke 6 år

Hej Kim, för kännedom inför mötet med familjen.
Uppgifterna omfattas av sekretess enligt 26 kap. 1 § OSL och får inte vidarebefordras.

----- Vidarebefordrat meddelande -----
Från: Förskolechef Ekbacken
Vi gör en orosanmälan gällande Noah Lindberg, 6 år. Noah har vid flera tillfällen berättat att
pappa "slår mamma när han är arg" och att han gömmer sig i garderoben. I morse hade han ett blåmärke
på kinden som han inte ville prata om. Mamma hämtar alltid och verkar stressad.
Vi finns tillgängliga för samtal.`, 'social', 'secrecy'),
  d(`[14:02] Jessica: hotellet ringde, de behöver ett kort för att garantera bokningen för Leif
[14:02] Jessica: har du hans företagskort?
[14:05] Amanda: ja här: 5469 8801 2233 7741, exp 11/27
[14:05] Amanda: cvc 602
[14:06] Jessica: tack! ringer tillbaka nu
[14:20] Jessica: klart, bokningsnr GBH-88231
[14:21] Amanda: toppen. radera gärna kortnumret ur chatten sen 😬`, 'payment-card'),
  d(`Dear Ms Öhman,

Thank you for your enquiry regarding the exchange semester. Please find below the results for your
student Jakob Lindahl from the autumn term at our university:

- Environmental Economics (7.5 ECTS): B
- Sustainable Urban Planning (7.5 ECTS): C
- Academic Writing in English (5 ECTS): A
- Spanish for Beginners (7.5 ECTS): Fail (did not attend the final exam)

The official transcript will be sent by post within four weeks. Please contact us if you need the
grading scale.

Kind regards,
Marta Ruiz
International Relations Office, Universidad del Norte`, 'grades'),
  d(`Hej Susanne,

Vi har fått tillbaka utdraget ur belastningsregistret för Dennis Åkerlund som vi tänkte anställa som
vikarie på Solrosens förskola. Utdraget visar en dom från 2023 för ringa narkotikabrott och olaga
hot (villkorlig dom och dagsböter). Enligt vår rutin kan vi därför inte gå vidare med anställningen.

Jag ringer honom i eftermiddag. Utdraget makuleras efter beslutet enligt rutin.

/Hanna, rekryterande chef

Denna e-post kan innehålla konfidentiell information.`, 'criminal-record'),
  d(`Protokollsutdrag – Arbetslag F–3, Björkhagens skola, 4 december

Punkt 1. Luciafirande: genomförs 13/12 kl. 08.15 i aulan.
Punkt 2. Julavslutning i kyrkan: enligt tidigare beslut hålls avslutningen i Sankt Olofs kyrka.
Punkt 3. Vårdnadshavare till Mira i 2B har meddelat att familjen är Jehovas vittnen och att Mira
         inte ska delta i luciafirandet, julpyssel eller kyrkavslutningen. Mentor ordnar alternativ
         aktivitet i biblioteket.
Punkt 4. Skolfotografering flyttas till januari.
Punkt 5. Övrigt: ny städrutin i matsalen.

Antecknat av: Louise`, 'religion'),
  d(`Hej Christina,

Som vi pratade om idag. Ahmed Yusuf på Hamnservice har anmält att en arbetskamrat, Janne Viklund,
upprepade gånger har kallat honom "somaliern" och skämtat om att han ska "åka hem till Mogadishu" inför
andra kollegor. Ahmed är född i Somalia och har bott i Sverige sedan 2004. Två kollegor bekräftar
uppgifterna.

Jag har haft ett samtal med Janne i dag och han medger att han sagt så men menar att det var skämt. Vi
bedömer att det är kränkande särbehandling enligt vår policy; Janne får en skriftlig varning.

/Mats, enhetschef`, 'ethnic-origin', 'hr-assessment'),
  d(`[Messenger, utskrift]
Lina: kommer du på kickoffen på fredag?
Sebbe: ja, men jag orkar inte sitta bredvid Håkan igen
Lina: haha varför
Sebbe: han tjatade om politik hela förra gången. han är med i Sverigedemokraterna och delar ut flygblad
på torget på helgerna, han försökte värva mig
Lina: oj det visste jag inte
Sebbe: säg inget till nån bara
Lina: nej nej. jag sätter mig mellan er 😅`, 'political-opinion'),
  d(`Hej Agnes,

Vi har haft rehabmöte med Lotta idag med företagshälsovården. Lotta berättade att hon låtit testa sig
genetiskt eftersom hennes mamma och morbror har Huntingtons sjukdom, och testet visade att hon bär på
anlaget. Hon har inga symtom idag men vill förbereda sig och ha en plan för hur arbetet kan anpassas
längre fram.

Vi kom överens om att inte dokumentera detta i Adato utan bara i FHV:s journal. Hon vill inte att
arbetsgruppen får veta.

Kram Jeanette`, 'genetic', 'health'),
  d(`Hi Daniel,

Following up on the access control rollout at the Harbour Office. Facial recognition enrolment is
done for 38 of 40 staff. Two issues:

1. Sofia Rahimi's face template keeps failing verification in the morning (glasses/lighting). The
   vendor suggests re-enrolling her with and without glasses.
2. Peter Long has opted out of biometric enrolment; he keeps using his card + PIN, which is fine per
   the policy.

Could you book a slot with the vendor next week for Sofia's re-enrolment?

Best,
Anna
Facilities & Security`, 'biometric'),
  d(`Hej Kerstin på lön,

Jag ska vara föräldraledig från 1 april när vi får vårt barn via adoption. Min man Johan ska vara
hemma de första tre månaderna och sedan tar jag över från juli. Kan ni skicka blanketten för
föräldraledighet och säga vad som gäller för föräldrapenningtillägget när båda föräldrarna är män,
är det samma regler?

Tack,
Anders Holmgren
Parkförvaltningen`, 'sex-life'),
  d(`Hej lönesupport,

Jag har fått besked om att en av mina nyanställda, Emelie Kraft, har skyddade personuppgifter
(sekretessmarkering hos Skatteverket). Hennes lönespecifikation får alltså inte skickas hem per post
och hennes adress ska inte finnas i Heroma. Hon hämtar lönebeskedet digitalt.

Hur gör vi med inbjudan till julbordet och annan personalpost? Jag vill vara säker på att inget går
till fel ställe.

Mvh
Robert Lind, enhetschef Räddningstjänsten`, 'protected-identity'),
  d(`Hi Marko,

Welcome to the team! Here are your remote access details so you can start on Monday:

VPN portal: vpn.vastkust-region.se
Username: marko.petrovic
Temporary password: Kx7!pv29Lama
Your MFA token will arrive by post; until then use the SMS code sent to the number you gave HR.

Please change the password after first login (Ctrl+Alt+Del > Change password). Don't share it with
anyone, including IT.

Cheers,
Tom, IT Service Desk`, 'credentials'),
  d(`Anteckning, socialtjänsten – Vuxenenheten
2026-02-13

Beslut om omedelbart omhändertagande enligt 13 § LVM av Johnny Palm fattades i går kväll av
socialnämndens ordförande. Johnny har under de senaste veckorna ett omfattande intag av alkohol och
bensodiazepiner, två överdoser (31/1 och 9/2) med ambulanstransport. Han placeras på LVM-hemmet
Rönnåsen. Ansökan om vård enligt 4 § LVM ska lämnas till förvaltningsrätten inom en vecka.

Kontakt med syster Anna, som informerats.

Handläggare: Mikael Tran`, 'social', 'health'),
  d(`Från: Lönecenter
Skickat: den 27 januari 2026 06:00
Till: Frida Olsson
Ämne: Ditt lönebesked för januari finns nu tillgängligt

Hej Frida!
Ditt lönebesked är klart i Självservice. Sammanfattning:

Månadslön: 41 300 kr (ny lön efter lönerevision, tidigare 39 900 kr)
Retroaktiv lön okt–dec: 4 200 kr
OB-tillägg: 1 145 kr
Skatt: −12 410 kr
Utbetalas: 34 235 kr den 25 februari

Detta meddelande har skickats automatiskt. Frågor om din lön ställer du till din chef.`, 'salary'),
  d(`Hej Anita,

Här kommer mitt kvitto på utlägget för studiebesöket i Göteborg (tåg 1 240 kr + lunch för gruppen
860 kr, totalt 2 100 kr). Jag har inte fått in något privat konto i systemet ännu, så kan ni sätta in
pengarna på mitt konto i Nordea: 3300-781 203 4491?

Tack!
Lovisa Strömberg, fritidsledare

PS. Kvittot från lunchen är lite suddigt men beloppet syns.`, 'bank-account'),
  d(`Rapport: Personlighetsbedömning (OPQ32) – konfidentiell
Kandidat: Jens Åström
Tjänst: Enhetschef, Individ- och familjeomsorg
Bedömningsdatum: 2026-02-02

Sammanfattning:
Jens beskriver sig som mycket strukturerad och regelorienterad (stenpoäng 9 på "regelföljande") och
med låg benägenhet att delegera (stenpoäng 2). Han är analytisk men kan uppfattas som distanserad i
konfliktsituationer. Hög uthållighet, medelhög social självsäkerhet.

Rekommendation: Lämplig med stöd i ledarskapsutveckling. Följ upp i slutintervju kring delegering och
hantering av personalkonflikter.

Konsult: Birgitta Norrman, Talentum Rekrytering AB`, 'hr-assessment'),
  d(`IUP – Individuell utvecklingsplan
Elev: Tilde Ahlgren, åk 5, Lindeskolan
Vårterminen 2026

Kunskapsutveckling:
• Svenska: når kunskapskraven med god marginal, läser mycket.
• Matematik: når inte kunskapskraven i taluppfattning; diagnos Diamant NS4: 8 av 20 rätt.
• Engelska: når kunskapskraven.
• NO: når kunskapskraven, godkänd på provet om kroppen (22/30).

Mål till nästa samtal: träna multiplikationstabellerna dagligen, 15 min läxhjälp tis/tors.
Närvaro: 96 %.

Mentor: Ola Kristiansson    Vårdnadshavare: ____________________`, 'grades'),
  d(`Från: Avdelning 14, Medicinkliniken
Skickat: den 8 februari 2026 19:40
Till: Kommunens sjuksköterskor, Hemsjukvården Östra
Ämne: Utskrivning Gösta Lundin

SEKRETESS enligt 25 kap. 1 § OSL – får inte vidarebefordras.

Gösta Lundin, 84 år, skrivs ut i morgon efter behandling för pneumoni och förvärrad hjärtsvikt.
Ny medicinering: Furosemid 40 mg x 2, Eliquis 5 mg x 2. Behöver hjälp med dosett och daglig vikt.
Trycksår sakralt grad 2, omläggning varannan dag. SIP-möte önskas inom en vecka.

Vänliga hälsningar
Ssk Mia Holm`, 'health', 'secrecy'),
  d(`Hej Annica,

Snabb sammanfattning av Kevins läge inför samordningsmötet på tisdag:

– Kevin Strand har frivårdspåföljd (skyddstillsyn) sedan november efter domen för misshandel. Han
  träffar sin frivårdsinspektör varannan vecka.
– Han söker försörjningsstöd hos oss sedan december, beviljat t.o.m. mars.
– Arbetsförmedlingen har föreslagit arbetsträning men det krockar med programmet hos frivården.

Jag föreslår att vi bjuder in frivården till mötet.

/Tobias, socialsekreterare`, 'criminal-record', 'social'),
  d(`Hej alla på socialförvaltningen!

Från och med 2 mars börjar piloten med Kuvert i socialförvaltningen. Kuvert varnar dig innan du skickar
ett mejl som kan innehålla känsliga personuppgifter okrypterat, till exempel:

- personnummer och uppgifter om hälsa, missbruk eller LVU/LVM-ärenden
- uppgifter om skyddad identitet eller sekretessmarkering
- bankkonton, kortnummer och lösenord
- uppgifter om någons etniska ursprung, religion eller sexuella läggning

När varningen dyker upp kan du välja att kryptera, ta bort uppgifterna eller skicka ändå (med en kort
motivering). Frågor? Kontakta informationssäkerhetssamordnaren Jonas Vik.

Välkomna att testa!
/Projektgruppen`),
  d(`Inbjudan: Utbildningsdag om LVU och LVM för handläggare

Datum: 19 mars 2026, kl. 09.00–16.00
Plats: Stora salen, Stadshuset

Program:
09.00 Introduktion – tvångslagstiftningen i praktiken (jurist Hanna Kjellberg)
10.30 Att skriva en ansökan till förvaltningsrätten
12.00 Lunch
13.00 Barnets perspektiv vid omedelbara omhändertaganden
14.30 Fallövningar i grupp (fingerade ärenden)
15.30 Frågestund

Anmälan senast 5 mars via kompetensportalen. Kostnadsfritt för kommunens anställda.
Specialkost anmäls i samband med anmälan.`),
  d(`Hej,

Jag har ett problem med skrivaren på plan 3 (HP-skrivaren vid köket). Den säger "Ange PIN-kod" men
jag vet inte vilken kod jag ska använda. Är det samma som för kortläsaren eller ett eget? Jag har
försökt med mitt anställningsnummer men det funkar inte.

Tack på förhand
Birgit, receptionen

--- Svar från Servicedesk ---
Hej Birgit! Koden ställer du in själv första gången du loggar in på utskriftsportalen. Gå till
print.ornsvik.se, logga in med ditt vanliga konto och välj "Ny PIN". Hör av dig om det inte fungerar.`),
  d(`Lösenordspolicy – sammanfattning för chefer (reviderad februari 2026)

• Lösenord ska vara minst 14 tecken. Lösenfraser rekommenderas ("tre-slumpade-ord-och-en-siffra").
• Tvåfaktorsautentisering är obligatorisk för alla system med personuppgifter.
• Lösenord får aldrig skickas via e-post, Teams eller sms. Använd lösenordshanteraren.
• Delade konton är inte tillåtna. Undantag beslutas av informationssäkerhetschefen.
• Vid misstanke om att ett lösenord läckt: byt omedelbart och anmäl incident.
• Dörr- och larmkoder hanteras av fastighetsavdelningen och skickas aldrig i klartext.

Gå igenom policyn på nästa APT och kvittera i Kompetensportalen.
Informationssäkerhetsenheten`),
  d(`Hej vårdnadshavare i årskurs 7!

Från och med denna termin registreras närvaro och frånvaro i Skola24 varje lektion. Ni får ett sms
samma dag om ert barn har ogiltig frånvaro. Om ert barn är sjukt anmäler ni frånvaron i appen före
kl. 08.00, inte till mentorn.

Vid hög frånvaro (mer än 10 % under en månad) kontaktar mentorn er för ett samtal. Skolan är skyldig
att utreda upprepad frånvaro enligt skollagen.

Har ni frågor om Skola24 kan ni kontakta expeditionen.

Vänliga hälsningar
Rektor Sanna Ekström, Vallaskolan`),
  d(`Pressmeddelande – Region Västerhavet, 10 februari 2026

Alla nyfödda i regionen erbjuds sedan länge PKU-provet, där blod tas från hälen för att upptäcka
ovanliga medfödda och ärftliga sjukdomar. Nu utökas screeningen med ytterligare tre tillstånd, bland
annat spinal muskelatrofi (SMA).

– Tidig upptäckt gör att behandling kan sättas in innan barnet får symtom, säger överläkare Henrik
Sollén.

Proverna analyseras vid det nationella PKU-laboratoriet. Föräldrar informeras av barnmorskan och kan
tacka nej.

Presskontakt: Kommunikationsavdelningen, 010-555 00 00`),
  d(`Ledig tjänst: HR-specialist med inriktning arbetsrätt (ref. 2026/37)

Som HR-specialist stöttar du chefer i rehabiliteringsärenden, arbetsrättsliga frågor och
lönebildning. Du har löpande kontakt med de fackliga organisationerna (Kommunal, Vision, Sveriges
Lärare, Vårdförbundet m.fl.) och deltar i förhandlingar enligt MBL.

Vi söker dig som har:
– akademisk examen inom personalvetenskap eller juridik
– minst fem års erfarenhet av arbetsrätt i offentlig sektor

Lön: individuell lönesättning. Tillträde enligt överenskommelse.
Fackliga företrädare nås via kommunens växel, 0555-120 00.

Sista ansökningsdag 28 februari.`),
  d(`Till: Kommunstyrelsens trygghetsberedning
Från: Säkerhetssamordnare Ulrika Nyman
Ämne: Lägesbild brott och trygghet, januari

Enligt polisens öppna statistik anmäldes 212 brott i kommunen i januari (jan 2025: 198). Ökningen
gäller främst bilinbrott i centrum och skadegörelse vid Stationsgatan. Antalet anmälda
misshandelsfall är oförändrat.

Kommunens åtgärder:
– Utökad belysning vid resecentrum (klart mars)
– Trygghetsvandring 18 februari med polisen och fastighetsägare
– Föreslagen kameraövervakning vid busstorget, ansökan till IMY pågår

Bilaga: statistik per område (kräver inloggning).`),
  d(`Lathund: så gör du en orosanmälan

Alla som arbetar i skola och förskola har anmälningsskyldighet enligt 14 kap. 1 § SoL. Du ska
anmäla direkt när du får kännedom om att ett barn kan behöva skydd – inte vänta tills du är säker.

1. Fyll i blanketten "Orosanmälan" på intranätet. Beskriv vad du sett och hört, med barnets egna ord.
2. Skicka blanketten krypterat eller ring socialtjänstens mottagning, 0555-130 30.
3. Informera rektor.
4. Vårdnadshavare informeras normalt av socialtjänsten, inte av skolan.

Du kan inte göra anmälan anonymt som anställd. Sekretess hindrar inte anmälan.

Elevhälsan, Barn- och utbildningsförvaltningen`),
  d(`Hej Göran,

Tack för trevligt möte i tisdags om matbanken. Sammanfattning:

• Svenska kyrkan i Norrby och Islamiska föreningen har båda erbjudit lokaler för utdelning
  fredagar. Vi provar kyrkans lokal under mars och utvärderar i april.
• Kommunen står för kylrum och transport, föreningarna för volontärer.
• Ingen registrering av besökarna – vi räknar bara antal.
• Nästa möte 3 mars, då är även Frälsningsarmén inbjuden.

Hälsningar
Malin Sjöberg, samordnare, Social hållbarhet`),
  d(`Från: Nämndsekreteraren
Skickat: den 11 februari 2026 16:55
Till: Ledamöter och ersättare, kultur- och fritidsnämnden
Ämne: Ärende 7 – Prideflagga vid stadshuset

Hej!
Inför sammanträdet på torsdag: ärende 7 gäller medborgarförslaget om att hissa prideflaggan under
Pride-veckan. Förvaltningen föreslår bifall. Yttranden från HBTQ-rådet och Föreningsrådet bifogas.

Ni som önskar lämna reservation eller särskilt yttrande gör det skriftligt senast fredag kl. 12.

Handlingarna finns i Meetings-appen. Lunch serveras kl. 12.00.

Med vänliga hälsningar
Gunilla`),
  d(`Hi all,

Reminder for everyone attending the Nordic Data Protection Forum in Oslo on 24–25 March:

- Hotel bookings are made centrally; please don't use personal cards.
- Sessions we've signed up for: "Special categories of data in the public sector", "Biometrics in
  access control – lawful basis?", and "Encrypting e-mail at scale".
- Travel claims go through Primula within 30 days of return, including receipts.
- We'll meet at Gardermoen arrivals at 10:30 on the 24th.

Safe travels!
Kristin
Legal Unit, Region Västerhavet`),
  d(`Hej!

Angående frågan om kameraövervakning i skolans entré: enligt dataskyddsombudets yttrande är
ansiktsigenkänning inte tillåten för närvarokontroll i skolan (jfr IMY:s beslut mot gymnasieskolan i
Skellefteå 2019). Vanlig kameraövervakning kan vara möjlig efter en konsekvensbedömning.

Förslag: vi går vidare med taggsystem för personalen och avvaktar med kameror tills
konsekvensbedömningen är klar. Rektorsgruppen tar upp frågan 12 mars.

/Emil Haraldsson, IT-samordnare skola`),
  d(`Hej,

Vi har fått en begäran om allmän handling gällande samtliga beslut om bostadsanpassningsbidrag 2025.
Jag har tagit fram listan (84 beslut). Innan vi lämnar ut behöver vi sekretesspröva varje beslut,
eftersom en del kan innehålla uppgifter om sökandens hälsa. Kan du och Linnea dela på prövningen?
Sökanden vill ha handlingarna inom en vecka men vi gör det så fort vi kan.

Jag lägger listan i den gemensamma mappen, inte i mejlet.

/Tove, registrator`),
  d(`Referat från nätverksträffen för fritidsgårdar, 3 februari

Temat var ungdomars psykiska hälsa. Psykologen från BUP berättade att väntetiderna är långa och att
fritidsgårdarna ofta är de första att märka när en ungdom mår dåligt. Vi diskuterade:

– hur vi pratar med ungdomar om ångest och självskada utan att ta över behandlarens roll
– när det är dags att göra en orosanmälan
– att vi behöver bättre kontaktvägar till elevhälsan

Nästa träff: 7 april på Ungdomens hus. Tema: droger och nätdroger.
/Linus, fritidsledare`),
  d(`Veckorapport Servicedesk v. 6

Antal ärenden: 1 204 (v. 5: 1 311)
Vanligaste ärendetyper:
 1. Lösenordsåterställning – 388
 2. Behörigheter i verksamhetssystem – 201
 3. Skrivare/utskrift – 147
 4. Telefoni – 96
 5. BankID/SITHS-kort – 84

Lösta vid första kontakt: 71 %
Kundnöjdhet: 4,3/5

Kommentar: ökningen av lösenordsärenden efter policyändringen har planat ut. Vi planerar en
självservicefunktion för lösenordsbyte under våren.

/Teamledare Servicedesk`),
  d(`Hej Sven,

Angående samrådet om den nya moskén på Industrigatan: vi har fått 47 skriftliga synpunkter, de flesta
om parkering och trafik. Sju synpunkter innehåller kränkande formuleringar om muslimer; dessa
diarieförs som vanligt men citeras inte i samrådsredogörelsen.

Byggnadsnämnden behandlar ärendet i april. Församlingen har bett om ett möte om trafiklösningen.

Mvh
Amanda Rydell, planarkitekt`),
  d(`Hej!

Jag har en fråga inför mitt utvecklingssamtal nästa vecka. I mallen står det att vi ska prata om
"lönekriterier och måluppfyllelse". Betyder det att vi pratar om lön på samtalet, eller är det ett
separat lönesamtal? Och ska jag förbereda något skriftligt?

Tack!
Hälsningar Josefin

> Hej Josefin, utvecklingssamtalet och lönesamtalet är två olika samtal. Lönesamtalet har vi i
> april. Fyll gärna i förberedelseunderlaget i Adato innan, det tar ca 20 minuter. /Mona`),
  d(`Nyhetsbrev Elevhälsan – februari

Hej alla lärare!

🔹 Skolsköterskorna genomför hälsosamtal i åk 4 och åk 7 under mars. Eleverna får kallelse hem.
🔹 Vaccination mot HPV för åk 5 sker vecka 12. Vårdnadshavare som inte svarat på samtycket påminns.
🔹 Kuratorerna erbjuder samtalsgrupp om skilsmässa i familjen; tipsa elever som kan behöva det.
🔹 Psykologen har öppen konsultation för arbetslag tisdagar kl. 14–15.
🔹 Kom ihåg att uppgifter från elevhälsans journaler inte får lämnas ut till lärare utan
   sekretessprövning.

Trevligt sportlov!
Elevhälsoteamet`),
  d(`Hej Robert,

Tack för offerten på det nya passersystemet. Vi har några frågor innan vi kan gå vidare:

1. Lagras fingeravtrycksmallar lokalt i läsaren eller centralt?
2. Går det att använda systemet helt utan biometri (kort + kod) för den som inte vill?
3. Hur länge sparas loggar över passager?
4. Har ni gjort en konsekvensbedömning enligt GDPR artikel 35 för liknande kunder?

Vi vill gärna ha svar skriftligt innan mötet den 4 mars.

Med vänlig hälsning
Marie Forsell, upphandlare`),
  d(`Hej Monica,

Se nedan. Jag behöver ditt besked om ledigheten innan fredag.

/Ove, enhetschef Kostenheten

Från: Kristoffer Hedlund
Skickat: den 2 februari 2026 07:55
Till: Ove Granlund
Ämne: Ledighet i augusti–september

Hej Ove!
Som du kanske vet står jag på Centerpartiets lista till kommunfullmäktige i höst, plats 4, och jag
har lovat att vara med i valstugan och dörrknackningen de sista fem veckorna före valet. Jag skulle
därför vilja ta ut semester 10–14 augusti och sedan tjänstledigt utan lön 17 augusti–11 september.
Jag har pratat med Lena som kan ta mina pass.

Tack!
Kristoffer`, 'political-opinion'),
  d(`Hej Jenny,

Vi har fått en förfrågan från Fatima Osmani på ekonomiavdelningen. Hon önskar kunna gå ifrån ca 20
minuter vid lunchtid på fredagar för fredagsbönen i moskén på Södra vägen, och ta igen tiden på
eftermiddagen. Hon frågar också om det lilla samtalsrummet på plan 2 kan användas för bön under
dagen när det är ledigt.

Jag ser inga problem med flexen. Kan du kolla rumsbokningen?

Mvh
Sara Lindgren, gruppchef Redovisning`, 'religion'),
  d(`Hi Helena,

Regarding the meeting on Thursday about the reorganisation of the IT department: Michael has asked
to bring his union representative from Unionen, Kerstin Dahl, since he is a member and the changes
affect his role directly. Kerstin can only make it after 13:00, so could we move the meeting to
13:30?

Also, Michael asked me to forward his written comments (attached) before the meeting.

Best regards,
Jon Eriksson
Team Lead, Infrastructure`, 'trade-union'),
  d(`Till: Distriktsläkare Karl Nyberg, Vårdcentralen Ekudden
Från: Onkogenetiska mottagningen

Angående: Tove Hammar, 38 år

Vi har genomfört anlagsbärartestning hos Tove efter att hennes bror Martin diagnostiserats med
Lynchs syndrom (patogen variant i MLH1). Tove bär på samma variant. Hon har informerats om
förhöjd risk för kolorektal cancer och endometriecancer och erbjuds koloskopi vartannat år från
och med nu, samt gynekologisk kontroll.

Patienten önskar att informationen inte förs vidare till arbetsgivaren.

Med vänlig hälsning
Genetisk vägledare Lena Sund`, 'genetic', 'health'),
  d(`Hej Mattias,

Underlag inför mötet om Ahmad Rezaei (17 år), ensamkommande, som nu fått beslut.

Ahmad kom från Afghanistan hösten 2024. Migrationsverket tog hans fingeravtryck och foto vid
registreringen i Malmö och han identifierades senare via fingeravtrycken i Eurodac som registrerad
i Bulgarien, vilket försenade ärendet. Nu har han fått uppehållstillstånd på 13 månader.

Boende: fortsatt placerad i stödboendet på Granvägen.

/Louise, socialsekreterare, Ensamkommande`, 'biometric', 'ethnic-origin', 'social'),
  d(`[Slack #team-kansli, export]
[10:14] Elsa: har ni sett att Mikael tagit med sig nån till afterworken på fredag?
[10:15] Jesper: ja det är hans nya pojkvän, Daniel
[10:15] Elsa: åh! trodde han var gift med en kvinna?
[10:16] Jesper: han är bi, var gift förut. berättade det på personalfesten
[10:16] Elsa: kul för honom 😊
[10:17] Jesper: ja men sprid det inte vidare, han är inte öppen mot alla
[10:30] Elsa: förresten, vem bokar bord?`, 'sex-life'),
  d(`Hej Bostadsförmedlingen,

Jag handlägger ärendet för Linnea Vikström som står i er bostadskö. Linnea är kvarskriven i Ornsvik
sedan december men vistas just nu i skyddat boende genom socialtjänsten efter våld från tidigare
partner. All post till henne ska gå via oss. Hennes nuvarande vistelseort får inte anges i något
system eller i kontakt med hyresvärdar.

Vi önskar förtur enligt kommunens riktlinjer för personer utsatta för våld i nära relation.

Med vänlig hälsning
Hedda Brandt, socialsekreterare, Våldsteamet`, 'protected-identity', 'social'),
  d(`Från: Gustav Lind <gustavlind55@mejlen.se>
Skickat: den 7 februari 2026 22:17
Till: Bygglov
Ämne: Betalning bygglovsavgift ärende BN 2025-1187

Hej! Jag får inte till betalningen på er webb. Kan ni dra avgiften (8 450 kr) direkt på mitt kort
istället? Kortnummer 4916 3382 7710 5924, giltigt till 04/29, säkerhetskoden på baksidan är 771.

Mvh Gustav Lind

--- Svar ---
Hej Gustav, vi kan tyvärr inte ta emot kortuppgifter via e-post. Vi raderar ditt mejl och skickar en
faktura istället. Vänligen ring din bank om du vill spärra kortet. /Bygglovsenheten`, 'payment-card'),
  d(`Genomförandeplan – hemtjänst (utdrag)
Brukare: Aili Kuusela, Vallmovägen 3
Biståndsbeslut: hemtjänst 42 h/månad, ledsagning 4 h/månad, matdistribution

Bakgrund: Aili är sverigefinne, född i Kuopio och kom till Sverige 1962. Hon har under senare år
förlorat mycket av sin svenska efter stroken och föredrar att tala finska. Enligt lagen om
nationella minoriteter har hon rätt till omsorg på finska.

Åtgärd: i första hand finsktalande personal (Päivi, Marjatta). Dagstidningen på finska läses upp
tisdagar och fredagar.

Upprättad av: Kontaktman Päivi Ranta`, 'ethnic-origin', 'social', 'health'),
  d(`Hej Hanna,

Den begärda handlingen (utredningen om Jan Forsbergs agerande vid upphandlingen, samt den
skriftliga varningen daterad 20 januari) har sekretessprövats. Den får inte lämnas ut, med stöd av
39 kap. 3 § OSL; det kan antas att den anställde lider men om uppgifterna röjs. Beslut med
överklagandehänvisning skickas till journalisten i dag.

I korthet: varningen gäller att Jan inte anmälde jäv när hans svåger lämnade anbud.

/Kommunjurist Anders Beck`, 'secrecy', 'hr-assessment'),
  d(`Hi Sara,

Following the background screening for the network contractor team, one result came back that we need
to discuss. Mr Viktor Olsen has a conviction from 2021 for aggravated fraud (grovt bedrägeri) and
served 14 months. Under our security classification the role requires access to the data centre, so
we'd need the security officer's decision before he can start.

The other four consultants came back clean.

Regards,
Nathalie Grant
Security Vetting, Procurement Services`, 'criminal-record'),
  d(`Hej Ebba,

Välkommen tillbaka efter föräldraledigheten! Några saker som ändrats:

1. Teams-kanalen "Bygglov handläggare" har bytt namn till "BL – handläggning".
2. Vi har nytt diariesystem sedan januari, utbildning 5 mars.
3. Fika på fredagar står Kim för.

PS. Den gemensamma brevlådan bygglov@ har fått nytt lösenord efter incidenten: Takpanna!47.
Användarnamnet är samma som förut (svc-bygglov). Byt inte utan att säga till alla.

Kram
Ida`, 'credentials'),
  d(`Anteckningar – ledningsgrupp Kultur, 10 februari

1. Budgetuppföljning: prognos +0,4 mnkr.
2. Bemanning bibliotek: Kalle Engström går in som tillförordnad bibliotekschef från 1 mars. Hans lön
   justeras till 44 500 kr under förordnandet (i dag 39 800 kr), beslutat med HR.
3. Sommarlovsaktiviteter: ansökan om statsbidrag inlämnad.
4. Lokalfrågan Kulturhuset: arkitekten presenterar i april.
5. Övrigt: personalfest 24 april.`, 'salary'),
  d(`Dear Dr. Moreau,

Thank you again for agreeing to give the keynote at our conference on 15 April. The fee of EUR 1 500
will be paid after the event. To process the payment, our finance department has registered the
details you sent:

Account holder: Claire Moreau
IBAN: FR76 3000 6000 0112 3456 7890 189
BIC: AGRIFRPP

Please let me know if anything is incorrect. Travel will be booked by us.

Kind regards,
Elin Åberg
Conference Coordinator, Kultur & Fritid`, 'bank-account'),
  d(`Veckobrev till chefer – vecka 7

• Lönerevisionen: underlag till cheferna skickas ut v. 9.
• Rekrytering: tre tjänster annonseras (socialsekreterare, controller, IT-tekniker).
• Provanställningar: Ronja Falk på Bemanningsenheten har under provanställningen haft svårt med
  noggrannheten, flera bokningar fel och två klagomål från enheterna. Hennes chef bedömer att hon
  inte når upp till kraven och provanställningen avslutas 28 februari efter samråd med HR.
• Arbetsmiljö: skyddsronder ska vara genomförda senast 30 april.
• Påminnelse: chefsdagen 12 mars.

/HR-direktör Eva Ahlström`, 'hr-assessment'),
  d(`[Teams-chatt 9A-lärare, 2026-02-05]
[15:40] Maja (ma): resultat nationella provets delprov B är rättade
[15:41] Maja (ma): Leo 4/22, Nora 19/22, Isak 7/22, William 21/22
[15:41] Maja (ma): Leo och Isak under gränsen för E om C-delen inte går bättre
[15:43] Erik (sv): Leo har ju varit borta mycket också, 30% i januari
[15:44] Maja (ma): ja, jag ringer hem
[15:45] Erik (sv): kan vi ta upp honom på EHT torsdag?
[15:45] Maja (ma): absolut`, 'grades'),
  d(`BESLUT – Insatser enligt LSS
Sökande: Moa Lindblad, 19 år
Ombud: Christina Lindblad (mor)

Ansökan om personlig assistans enligt 9 § 2 LSS, 112 timmar per vecka.

Beslut: Moa beviljas personlig assistans 84 timmar/vecka. Övrig ansökt tid avslås.
Motivering: Moa tillhör personkretsen enligt 1 § 1 LSS (autism och måttlig intellektuell
funktionsnedsättning). Grundläggande behov föreligger för måltider och personlig hygien.

Beslutet kan överklagas till förvaltningsrätten inom tre veckor.

LSS-handläggare Johan Hedman`, 'social', 'health'),
  d(`Hi Priya,

Just a heads-up since you're covering my meetings next month: I'm 28 weeks pregnant and was
diagnosed with gestational diabetes last week, so I have check-ups at the maternity clinic every
Tuesday morning and may need to leave at short notice if my blood sugar acts up. My midwife has also
suggested I reduce my hours from April.

I'll tell the rest of the team myself when I'm ready, so please keep it between us for now.

Thanks,
Hannah`, 'health'),
  d(`Hej Lotta,

Jag är orolig för Felix i 8C. Han har 34 % frånvaro i januari och februari och har inte lämnat in
något i SO sedan jul. Mamma ringde i dag och berättade att Felix fick diagnosen ADHD i höstas och
nyss börjat med Elvanse, och att de håller på att hitta rätt dos, han sover dåligt och har ont i
magen på morgnarna.

Betygsprognos just nu: F i SO och tyska, E i matte.

Kan vi ta honom på EHT nästa vecka?
/Jon, mentor`, 'grades', 'health'),
  d(`Hej Åsa,

Eleven som börjar hos er i åk 2 efter sportlovet, Jonatan (efternamnet får du av mig per telefon),
har sekretessmarkering och familjen har fått fingerade personuppgifter. Uppgifterna om hans
tidigare skola och familjens tidigare ort omfattas av sekretess och får inte lämnas till någon.
Inga bilder på honom får publiceras, inte heller i klassens veckobrev.

Ring mig så går vi igenom rutinen.
/Anneli Kaya, skoladministration`, 'protected-identity', 'secrecy'),
  d(`Ärende #REQ-88120 – Integration mot e-tjänsteplattformen
Prioritet: Hög
Rapporterad av: Oliver Sand, Digitaliseringsenheten

Beskrivning:
Anropen mot betalplattformen misslyckas sedan i morse med 401. Jag misstänker att nyckeln har gått
ut. Nuvarande nyckel i konfigurationen:
  PAYGATE_API_KEY=pk_live_7Qm2XcR8vLs01NwT4eYb9kHuZ
Har leverantören roterat den? Jag har inte fått något mejl.

Logg:
2026-02-16 08:02:11 ERROR PayGateClient: 401 Unauthorized (key expired)
2026-02-16 08:02:12 WARN  Retry 1/3

Tilldelad: Integrationsgruppen`, 'credentials'),
  d(`Hej Pernilla!

Rehabmöte med Niklas idag på FHV. Kort sammanfattning:
– Niklas har nu fått bekräftat att han har ärftlig hemokromatos, samma som hans pappa och farbror.
  Gentestet visade att han är homozygot för C282Y.
– Han går på blodtappning varannan vecka på Medicinmottagningen, de första månaderna, och är trött
  efteråt.
– Vi kom överens om att han jobbar hemifrån tappningsdagarna.

Ny avstämning 15 april.
/Robin, HR`, 'genetic', 'health'),
  d(`Hej,

Reseräkning för konferensen i Umeå, Christer Lagerqvist. Hotellet debiterades på hans privata kort
eftersom kommunens kort nekades:

Kort: Mastercard 5355 0822 4419 6603, utg. 02/27
Belopp: 2 980 kr (2 nätter)

Han vill ha ersättning via lönen i mars. Kvittot bifogat.

/Irene, assistent Miljöförvaltningen`, 'payment-card'),
  d(`Hej kollegor i kyrkogårdsförvaltningen,

Inför gravsättningarna i mars: påminn anhöriga om att de själva bokar tid för ceremonin hos
respektive trossamfund. Vi ansvarar bara för gravplatsen.

Nya rutiner:
– Muslimska gravsättningar sker på kvarteret Al-Rahma, inom 24 timmar om möjligt.
– Judiska gravsättningar kontaktas via församlingens begravningssällskap.
– Askgravlund: anhöriga får inte närvara vid nedsättningen.

Frågor till Kyrkogårdsexpeditionen, 0555-140 40.
/Förvaltare Bengt Olofsson`),
  d(`Protokoll MBL § 11-förhandling, 2026-02-03
Ärende: Omorganisation av Gata/Park

Arbetsgivaren: Sune Dahl (förvaltningschef), Petra Ek (HR)
Arbetstagarparterna: Kommunal, Vision, Ledarna

Arbetsgivaren redogjorde för förslaget att slå samman Gata och Park till en enhet från 1 maj.
Ingen övertalighet bedöms uppstå. Kommunal framförde oro för arbetsmiljön vid de nya
arbetstidsmodellerna. Vision önskade en tydligare riskbedömning.

Förhandlingen förklarades avslutad i enighet. Riskbedömningen kompletteras till 15 mars.

Justeras: Sune Dahl / för arbetstagarparterna enligt separat signaturblad`),
  d(`Hej!

Information från valnämnden: vi söker röstmottagare till valet 13 september. Ersättningen är
2 200 kr för valdagen och 1 100 kr för utbildningen.

Tänk på att:
• Röstmottagare ska vara opartiska och får inte bära partisymboler under tjänstgöringen.
• Du kan inte vara röstmottagare om du själv kandiderar.
• Alla går en obligatorisk utbildning i augusti.

Anmäl intresse via länken på intranätet senast 31 mars. Anställda får tjänstledigt med lön för
uppdraget om verksamheten tillåter.

Valkansliet`),
  d(`Hej alla medarbetare på Tekniska!

Nu är det dags för årets medarbetarsamtal. Så här går det till:

1. Du får en kallelse från din chef i Outlook under mars.
2. Fyll i förberedelseunderlaget i Adato minst två dagar innan.
3. Samtalet tar ca en timme och handlar om mål, arbetsmiljö, kompetensutveckling och hälsa.
4. Chef och medarbetare skriver en gemensam utvecklingsplan.
5. Lönesamtal hålls separat i april.

Har du frågor om lönekriterierna? Prata med din chef eller med fackligt ombud.

Trevlig vår!
HR Tekniska förvaltningen`),
  d(`Hej,

Här kommer betalningsinformation till er som hyr lokal i Folkets hus:

Hyra betalas till Ornsviks kommun
Bankgiro: 5050-1055
Ange fakturanummer som referens.

Förfallodag är den sista i månaden. Vid försenad betalning tillkommer dröjsmålsränta.
Föreningar som har föreningsbidrag kan kvitta hyran, kontakta Kultur och fritid.

Vänliga hälsningar
Ekonomiservice, Ornsviks kommun`),
  d(`Hej Marjut,

Tack för inbjudan! Från förvaltningsområdet för finska har vi följande aktiviteter i mars:

– 5/3 Sverigefinnarnas dag-förfirande med kaffe och musik i stadshuset
– Varje tisdag: finskspråkig sagostund på biblioteket kl. 10
– 20/3 Seminarium om minoritetsspråkslagen för chefer inom äldreomsorgen
– Ansökningar om finskspråkig förskola: fyra nya platser från hösten

Vi behöver fortfarande fler finsktalande medarbetare, tipsa gärna!

Ystävällisin terveisin,
Outi, samordnare för nationella minoriteter`),
  d(`Hej alla!

Igår var det teambuilding på Skärgårdsgården och det var helt sjukt kul! Tack till Emma som höll i
allt. Några påminnelser:

– Kvitton för taxin lämnas till Anna senast fredag.
– Den som tog med fel jacka hem: den svarta North Face-jackan är Ville's.
– Bilderna ligger i Teams under "Kickoff 2026". Säg till om du inte vill vara med på någon bild,
  så tar vi bort den.

Nu kör vi en stark vår!
/Maja, teamledare`),
  d(`Till vårdnadshavare i årskurs 8

Under vecka 11–13 arbetar vi med sex och samlevnad i biologin och SO. Vi kommer att ta upp bland annat
kropp och pubertet, samtycke, sexuell läggning och könsidentitet, preventivmedel och sexuellt
överförbara infektioner. Undervisningen följer läroplanen och är obligatorisk.

Föräldramöte om momentet hålls 4 mars kl. 18 i aulan, där skolsköterskan och kuratorn medverkar.

Har ni frågor, kontakta ämnesläraren.

Vänliga hälsningar
Rektor Per Halvarsson`),
  d(`Hej,

Svar på din fråga om statistiken till tertialrapporten:

Antal hushåll med försörjningsstöd, jan–apr: 612 (samma period 2025: 588)
Varav långvarigt beroende (>10 mån): 241
Genomsnittligt belopp per hushåll och månad: 9 870 kr
Utbetalt totalt: 24,1 mnkr

Ökningen förklaras främst av fler ensamhushåll under 25 år. Jag skickar diagrammen separat.

/Analytiker Theo Bergman, Socialförvaltningen`),
  d(`Hej Elin,

Kort sammanfattning från rektorsmötet om betyg:

• Andelen elever i åk 9 med godkända betyg i alla ämnen var 76 % i våras (kommunsnitt 79 %).
• Matematik är fortsatt ämnet med flest F, särskilt på Vallaskolan.
• Flickor har högre meritvärde än pojkar på alla skolor utom Östervall.
• Vi ska analysera sambandet mellan frånvaro och betyg under våren; eleverna ska inte kunna
  identifieras i analysen.

Nästa möte 20 mars.
/Karl, utvecklingsledare`),
  d(`Hej!

Vår chef har bjudit in hela arbetsgruppen till ett möte nästa vecka om "arbetsmiljön i gruppen"
efter arbetsmiljöenkäten. Får man ta med någon från facket på ett sådant möte? Och hur funkar det i
allmänhet om chefen vill ge någon en varning, ska det alltid finnas ett ombud med?

Tacksam för råd!
/Kalle

> Hej Kalle, vi kan inte se om du är medlem utifrån din e-postadress, men om du är det har du rätt att
> ha med ett ombud från oss. Ring medlemsservice så hjälper de dig. Vänliga hälsningar, Vision`),
  d(`Från: Kommunikationsavdelningen
Till: Alla chefer
Ämne: Medieförfrågningar om enskilda ärenden

Hej!
Vi har fått flera förfrågningar från lokaltidningen om enskilda ärenden inom socialtjänsten och
skolan den senaste veckan. Påminnelse:

– Bekräfta eller förneka aldrig att en person är aktuell hos oss.
– Hänvisa till kommunikationsavdelningen och registrator.
– Begäran om allmän handling ska behandlas skyndsamt men alltid sekretessprövas.
– Lämna aldrig ut uppgifter om namngivna elever, brukare eller anställda per telefon.

Tack!
Pressansvarig Linda`),
  d(`Hej Patrik,

Vi i styrelsen för Ornsviks hembygdsförening vill boka Folkets hus stora sal 14 mars för
årsmötet. Vi blir ca 60 personer. Vi behöver projektor, mikrofon och kaffe.

Kan ni också skicka portkoden till bakdörren? Förra året fick vi den av vaktmästaren dagen innan.

Tack på förhand,
Birgitta Holmberg, ordförande

> Hej Birgitta, bokningen är klar. Vaktmästaren Sven möter upp och öppnar 17.30, så ni behöver ingen
> kod. /Bokningen`),
  d(`Hi all,

Minutes from today's project meeting (Digital ID pilot):

1. Vendor demo of the face-match login for the citizen app was postponed to 3 March.
2. Legal: DPIA draft is ready. Main risk: biometric data (face templates) is special-category data
   under GDPR Art. 9; we need explicit consent and a fallback login without biometrics.
3. Security: templates must be stored on the device only, never centrally.
4. Budget: within frame.

Next meeting: 24 February.
/Ravi, project manager`),
  d(`Hej,

Angående blanketten för ansökan om ekonomiskt bistånd på webben: flera sökande har hört av sig om att
fältet "Kontonummer för utbetalning" inte går att fylla i med 5-siffrigt clearingnummer (Swedbank).
Kan ni justera valideringen så att både 4 och 5 siffror godtas?

Exempel på format som ska fungera: 8xxx-x xxx xxx xxx-x

Tack!
/Systemförvaltare Procapita, Socialförvaltningen`),
  d(`Hej Sanna,

Svar på din fråga om vem som ska få uppgifter om skyddade personuppgifter i skolan:

Enligt vår rutin får bara rektor, skoladministratör och mentor veta att en elev har skyddad
folkbokföring eller sekretessmarkering. Uppgiften ska inte föras in i Skola24 utan hanteras i
pärm i låst skåp. Elevens klasslistor och foton hanteras enligt särskild checklista.

Rutinen finns på intranätet under "Elever med skyddade personuppgifter".

/Maria, administrativ chef`),
  d(`Referat – Regionens etikråd, möte 29 januari

Rådet diskuterade:
1. Hur vi kommunicerar med anhöriga i livets slutskede när patienten har annan religion eller
   kulturell bakgrund än personalen. Tolk och andlig vårdgivare ska erbjudas.
2. Genetiska tester som patienter själva beställt från utländska företag och tar med till
   vårdcentralen: hur ska resultaten hanteras i journalen?
3. Användning av AI-stöd för diagnostik – etiska frågor kring ansvar.

Sekreterare: Ewa Håkansson. Nästa möte 26 mars.`),
  d(`Från: Leif Sandström
Skickat: den 13 februari 2026 17:21
Till: Ingrid Falk
Kopia: HR
Ämne: SV: SV: Yttrandet i lokaltidningen

Ingrid,
Jag förstår att du är upprörd men jag har rätt att uttrycka mina åsikter på fritiden. Ja, jag är
medlem i Kristdemokraterna och ja, jag skrev insändaren mot att lägga ned landsbygdsskolorna. Jag
skrev under eget namn och nämnde inte min tjänst.

/Leif

> Från: Ingrid Falk
> Skickat: den 13 februari 2026 09:02
> Leif, jag vill prata med dig om insändaren i dagens tidning. Kom in till mig kl. 14.`, 'political-opinion'),
  d(`Hej Eva,

Underlag inför semesterplaneringen på avdelning 5:

- Rebecka önskar ledigt 24 december–2 januari (önskat tre år i rad, bör få det i år).
- Josef har bett om ledigt 6–7 januari eftersom han firar ortodox jul med familjen och går i
  kyrkan på julaftonsnatten enligt den serbisk-ortodoxa kalendern.
- Anna och Kim kan tänka sig att jobba nyår.
- Nyanställda Malte har inga önskemål.

Schemat ska vara klart till 15 november.
/Linnea, samordnare`, 'religion'),
  d(`Hej alla i rehabgruppen,

Påminnelse inför torsdag:
* Ärende 1: Greta på Kostenheten – återgång 50 % från 1 mars, enligt läkarintyget (ryggoperation i
  december). FHV:s sjukgymnast gör arbetsplatsbedömning 3 mars.
* Ärende 2: Omar på Fordon – ansökan om arbetshjälpmedel (hörselslinga) beviljad.
* Ärende 3: Generellt: ny rutin för förebyggande sjukpenning, info från Försäkringskassan.

Kallade: HR, FHV, respektive chef. Facket deltar i ärende 1 på Gretas begäran (Kommunal, Ingemar).

/Sofie, HR-konsult`, 'health', 'trade-union'),
  d(`[WhatsApp-export: Fotbollsföräldrar P12]
[2026-02-02 20:11] Maria: hej alla! träningen på torsdag flyttas till 18.30
[2026-02-02 20:13] Johan: 👍
[2026-02-02 20:15] Karin: Hugo är hos sin pappa i Umeå den veckan, han kommer inte
[2026-02-02 20:40] Maria: förresten – vi behöver en ny lagkassör. någon?
[2026-02-02 20:41] Peter: jag kan. vad är bankgirot?
[2026-02-02 20:44] Maria: föreningens bg 783-4412, swish 123 456 7890
[2026-02-02 20:45] Peter: tack, fixar det`),
  d(`Hej Klara,

Vi har fått in en ny ansökan om bostadsanpassning. Sammanfattning:

Sökande: Ivar Lindholm, 79 år, Hagavägen 12 B
Åtgärd: borttagning av tröskel, duschplats istället för badkar, ramp vid entrén.
Intyg från arbetsterapeut: Ivar har Parkinsons sjukdom med balanssvårigheter och har fallit två
gånger i badrummet senaste halvåret. Han använder rollator inomhus.
Kostnadsberäkning: ca 68 000 kr.

Kan du göra hembesök nästa vecka?
/Handläggare Bostadsanpassning, Ronny`, 'health'),
  d(`Hi Jonas,

I'm forwarding the security incident summary from last night.

---
Incident 2026-0214-03: The biometric time clock at the Northside depot recorded fingerprint scans for
employee no. 4471 (Patrik Svensson) at 05:58 on two days when he was on sick leave according to
payroll. Comparison of the fingerprint match scores suggests someone else used a lifted/copied print
or the reader was manipulated. The clock's stored template for this employee has been disabled and
the case referred to HR and the police.
---

Can we talk tomorrow about how to handle this with the union?
/Sara, Security`, 'biometric', 'health', 'criminal-record'),
  d(`Journalanteckning – familjerätt
2026-01-28, handläggare Therese Björk

Samarbetssamtal med föräldrarna till Ella (3 år). Mamma Johanna Ek och pappa Viktor Sand.
Viktor har begärt DNA-test för att fastställa faderskapet innan han går med på gemensam vårdnad.
Provtagning skedde 14 januari via Rättsmedicinalverket. Resultatet som kom i dag visar att Viktor är
far till Ella (sannolikhet >99,99 %). Bekräftelse av faderskap skrivs under vid nästa besök.

Nästa samtal: 11 februari.`, 'genetic', 'social'),
  d(`Hej!

Här kommer schemat för sportlovsveckan på fritids:

Måndag: skridskor på isbanan, ta med hjälm
Tisdag: bio (Kung Fu Panda), 40 kr
Onsdag: pyssel och bakning
Torsdag: utflykt till Naturum, matsäck
Fredag: disco och pizza

Personal: Jonna, Erik, Samira och Gustav. Ring fritidstelefonen 070-222 31 31 vid frånvaro.

Glöm inte att anmäla ert barns närvaro i Skola24 senast torsdag!

/Fritids Solrosen`),
  d(`Hej Jakob,

Jag ringde ang. den nya kollegan Mio som börjar hos dig på måndag. Mio är ickebinär och använder
pronomenet hen. Hen har bett mig förmedla detta till dig innan första dagen så att det blir rätt i
presentationen för gruppen, och att namnskylten och e-postadressen ska vara Mio Lindqvist (inte det
namn som fortfarande står i Heroma — ändringen är på väg hos Skatteverket).

Tack för att du tar hand om det!
/Fanny, rekryterare`, 'sex-life'),
  d(`Minutes – Team meeting, International Office, 11 February

Present: Laura, Yusuf, Priya, Mateo, Anneli

1. Erasmus+ application: deadline 5 March. Mateo drafts the budget.
2. Incoming students: 14 confirmed for the autumn. Housing is the bottleneck.
3. Staff: Priya is covering Hannah's tasks from April (parental leave).
4. Pay: the salary review for Mateo was finalised — his new monthly salary is SEK 42 800 from
   1 April (previously 40 100). Laura confirms HR has registered the change.
5. AOB: Friday fika is cancelled.

Next meeting: 25 February.`, 'salary'),
  d(`Hej,

Vi på Kontaktcenter fick ett samtal i dag från en kvinna som ville veta om hennes granne "står på
listan hos socialen". Vi lämnade självklart inte ut något. Hon blev arg och sa att hon skulle ringa
kommunalrådet.

Påminnelse till alla på Kontaktcenter: vi bekräftar aldrig om någon har kontakt med socialtjänsten,
och vi frågar inte vem det gäller. Hänvisa till socialtjänstens mottagning.

/Teamledare Kontaktcenter`),
  d(`Hej Ulla och Stig!

Tack för att ni tar hand om Kevin som kontaktfamilj från nästa månad. Kort om praktikaliteterna:

– Kevin kommer varannan helg, fredag 16 till söndag 16.
– Ersättning: arvode 2 400 kr/månad samt omkostnadsersättning 1 800 kr/månad.
– Utbetalningen går till det konto ni angav: Swedbank 8105-9, 924 118 330-7.
– Kevin har astma och använder Airomir vid behov, mamma skickar med.
– Mamma vet vilka ni är, pappa har ingen kontakt.

Ring mig om något dyker upp.
/Jessica Lund, socialsekreterare`, 'social', 'bank-account', 'health'),
  d(`Sammanfattning av veckan – Gymnasiesärskolan

Måndag: studiebesök på Ica Maxi (praktikplatser)
Tisdag: APT, tema arbetsmiljö
Onsdag: elevråd, förslag om nya sittgrupper i uppehållsrummet
Torsdag: idrottsdag inställd p.g.a. halka, flyttas till mars
Fredag: betygskonferens för avgångseleverna — inga frågor om enskilda elever i veckobrevet, det tar
vi på mötet

Kom ihåg att uppdatera närvaron i Skola24 senast varje fredag kl. 15.

/Biträdande rektor Åsa`),
  d(`Hej!

Jag vill informera er om att jag från 1 mars går ner till 75 % på egen begäran för att ha mer tid
med barnen. Lönen justeras alltså proportionellt. Jag har redan pratat med min chef och ansökan är
godkänd i Adato.

Kan ni bekräfta att det inte påverkar min pension negativt?

Mvh
Henrik Nord, ingenjör Vatten & Avlopp`),
  d(`Hej Karin,

Tack för samtalet. Som utlovat kommer här vad vi kom fram till angående Bengt i arbetslaget:

Bengt har under hösten vid flera tillfällen höjt rösten mot elever och vid ett tillfälle (12 dec)
tagit tag i en elevs arm. Händelsen är anmäld till huvudmannen. Bengt erkänner att han tappade
tålamodet. Han får en skriftlig varning och vi har kommit överens om handledning en gång i månaden
samt kurs i lågaffektivt bemötande.

Lärarförbundets ombud Marie Sjögren, som Bengt hade med sig, hade inga invändningar mot upplägget.

/Rektor Peter Malm`, 'hr-assessment', 'trade-union'),
  d(`Från: Tingsrätten i Ornsvik
Till: Socialnämnden i Ornsviks kommun
Ämne: Begäran om yttrande – personutredning (31 kap. 1 § BrB)

Tingsrätten begär yttrande från socialnämnden i mål B 412-26 avseende Elias Nyberg, 17 år, som är
åtalad för grov stöld och rån (händelse 3 januari 2026). Socialnämnden ombeds yttra sig om den
tilltalades behov av åtgärder för att motverka en ogynnsam utveckling samt om lämplig påföljd
(ungdomsvård).

Yttrandet ska ha kommit in senast 26 februari 2026.

Handlingarna omfattas av sekretess enligt 35 kap. 12 § OSL.`, 'criminal-record', 'social', 'secrecy'),
  d(`Hej!

Nu har vi fått klart med schemat för ST-läkarna under våren. Den som har frågor om tjänstgöringen,
handledning eller lön under ST vänder sig till studierektorn. Sveriges läkarförbund har meddelat att
de vill ha en genomgång av jourreglerna i april — det tar vi på ett gemensamt möte för alla
ST-läkare.

Schemat bifogas.
/Studierektor Anna-Lena Dahl, Medicinkliniken`),
  d(`Hej Sami,

Som du bad om: lista på personal på Tallbacken som saknar tagg till nya passagesystemet. De får
tills vidare använda koden till personalingången, 1958*, som byts 1 mars.

– Elsa (nattpersonal)
– Mohammed (vikarie)
– Kristina (nyanställd)

/Lotta, enhetschef`, 'credentials'),
  d(`Veckorapport – Nattpatrullen, v. 5

Natt mån: 23 besök, inga avvikelser.
Natt tis: 25 besök. Trygghetslarmscentralen hade driftstörning 02.40–03.10, inga larm förlorade
  enligt leverantören. Rapport skickad till IT.
Natt ons: 22 besök. Nyckelgömman vid Åsvägen tom – nyckel saknas, anmält till samordnare.
Natt tor–sön: normalt.

Övrigt: bilen XYZ 123 behöver nya vinterdäck.
/Nattpatrullen`),
  d(`Hej Moa!

Svar på din fråga om vad Kuvert gör med mejl som innehåller ordet "fingeravtryck" eller "DNA":
Kuvert tittar på sammanhanget. En text om passersystem i allmänhet eller en policy om biometri ska
inte ge någon varning. Men om mejlet säger att en viss persons fingeravtryck eller ansiktsbild
finns registrerad, eller innehåller en DNA-profil för en namngiven person, så varnar Kuvert.

Bra att du testar! Skriv gärna ner exempel där du tycker att varningen blev fel.
/Jonas, informationssäkerhet`),
  d(`[Teams chat export – #planning-unit]
[08:55] Tom: morning! is Frida in today?
[08:57] Greta: she's off, she took a flex day for the climate march in Stockholm
[08:57] Tom: again? 😄
[08:58] Greta: she's on the local board of Miljöpartiet now, so I think it's kind of expected
[08:59] Tom: fair. she was going to send the traffic counts though
[09:01] Greta: they're in the shared folder, "Trafikmätning 2026"
[09:02] Tom: found them, thanks`, 'political-opinion'),
  d(`Till Migrationsverket
Angående: Reza Karimi, ärende 24-118873

Jag är Rezas kontaktperson genom kommunens integrationsenhet sedan 2024 och vill lämna följande
intyg. Reza har sedan våren 2025 regelbundet deltagit i gudstjänster i Filadelfiaförsamlingen i
Ornsvik. Han döptes i församlingen den 12 oktober 2025 efter att ha gått dopundervisning i ett halvår.
Han har berättat för mig att han lämnat islam och att hans familj i Iran inte vet om det.

Jag bedömer att hans tro är genuin och att han är väl känd i församlingen.

Ornsvik den 2 februari 2026
Eva Lund, integrationshandläggare`, 'religion'),
  d(`Lönespecifikation – februari 2026
Anställd: Birgitta Sandell, anst.nr 20554
Enhet: Hemtjänst Väst

Månadslön                             29 850,00
OB-tillägg kväll/helg                  2 110,50
Avdrag sjukfrånvaro (karensavdrag)      −716,40
Fackavgift Kommunal                     −498,00
Preliminär skatt                      −8 902,00
Netto att utbetala                    21 844,10

Utbetalas till konto: Sparbanken 8214-7, 882 004 191-3
Semesterdagar kvar: 21`, 'salary', 'trade-union', 'bank-account', 'health'),
  d(`Hej HR,

Jag vill anmäla trakasserier. Min kollega Roger Hell på Parkenheten har sedan jul upprepade gånger
frågat om "hur det funkar i sängen" för mig och min fru, och kallat oss "flatorna" inför andra när vi
äter lunch. Jag och Annie har varit gifta i fyra år och jag har aldrig dolt det, men det här har gått
för långt. Jag har pratat med min chef men inget har hänt.

Jag vill att det utreds. Två kollegor, Sven och Lina, har hört det.

/Camilla Rask, parkarbetare`, 'sex-life'),
  d(`Ärende #INC-20931 – Röstverifiering Kontaktcenter
Status: Under arbete

Beskrivning från användare:
Sedan uppgraderingen av telefonisystemet känner inte röstigenkänningen igen min röst när jag loggar
in i kön på morgonen. Jag har en förkylning men det har fungerat förut. / Siv Jonsson, handläggare

Åtgärd (IT): Sivs röstavtryck registrerades 2023 med gamla systemet. Röstprofilen raderas och hon får
spela in en ny röstmall (3 fraser x 3) tillsammans med tekniker. Tills dess loggar hon in med kod.
Tid bokad 18/2 kl. 08.15.`, 'biometric'),
  d(`[Chatt – Parkering Kundtjänst, 2026-02-06 10:22]
Kund: hej jag har fått en parkeringsbot på 800 kr men jag vill betala den direkt
Agent Lina: Hej! Du kan betala via bankgiro eller swish som står på boten.
Kund: funkar inte, jag har inget swish. kan ni ta mitt kort? 4024 0071 8345 2219, 08/27, cvv 930, Pontus Ek
Agent Lina: Tack Pontus, men vi kan tyvärr inte ta emot kortuppgifter i chatten. Jag har maskerat
meddelandet. Du kan betala med kort på webben under "Betala parkeringsanmärkning".
Kund: ok
[Chatt avslutad]`, 'payment-card'),
  d(`Hej Johanna,

Fråga gällande min medarbetare som börjar hos oss i mars: hon har skyddad identitet (sekretessmarkering
sedan flera år) och har bett att hennes namn inte ska finnas med i personalförteckningen på
hemsidan eller i telefonväxelns katalog. Hon ska inte heller stå med namn på dörren.

Hur gör vi med tjänstelegitimationen och SITHS-kortet, där står ju namnet? Och vem ska jag prata med
i Växeln utan att berätta varför?

Tack för hjälpen,
Anders Ljung, avdelningschef BUP`, 'protected-identity'),
  d(`Till: BVC Ekudden, sjuksköterska Lina Berg
Från: Barnmedicin, Universitetssjukhuset

Angående: Elvin Andersson, 3 veckor

Vid nyföddhetsscreening (PKU-provet) påvisades förhöjda värden talande för fenylketonuri. Genetisk
analys har bekräftat två sjukdomsorsakande varianter i PAH-genen. Elvin har påbörjat specialkost och
följs via metabola mottagningen. Föräldrarna är informerade och båda är anlagsbärare.

BVC ombeds följa tillväxt enligt plan och vara uppmärksam på matningssvårigheter.

Med vänlig hälsning
Barnläkare Sofia Reuter`, 'genetic', 'health'),
  d(`Dear Mr and Mrs Lundqvist,

Please find below Emma's predicted grades for the IB Diploma, as discussed at the parent conference:

English A: 6
Swedish B: 7
Mathematics AA HL: 4
Biology HL: 5
History SL: 6
Economics HL: 5
TOK/EE: B/C

Emma's attendance this term is 88 %, with several missed mathematics lessons. We recommend that she
attends the extra Maths sessions on Wednesdays.

Best wishes,
Simon Carter, IB Coordinator, Ornsvik International Gymnasium`, 'grades'),
  d(`SEKRETESS – 26 kap. 1 § OSL
Överlämnande mellan handläggare, Barn och unga

Ärendet gällande syskonen Amira (9 år) och Yassin (6 år) Haddad överlämnas från Jenny Lund till Karl
Åkesson från 1 mars. Pågående utredning enligt 11 kap. 1 § SoL, inledd efter orosanmälan från
skolan i december. Familjebehandling pågår via Öppenvården. Nästa nätverksmöte 10 mars.

Utredningstiden löper ut 20 april; förlängning kan bli aktuell.

/Jenny`, 'secrecy', 'social'),
  d(`Hej Diskrimineringsombudsmannen / Hej kollegor,

Vi har på Bostadsbolaget fått en skrivelse från en sökande, Mirela Kaldaras, som menar att hon nekats
lägenheten på Södra Allén för att hon är romsk. Hon uppger att förvaltaren vid visningen frågade om
"hela släkten skulle flytta in" och sedan inte hörde av sig. Vi utreder internt och har bett
förvaltaren om en skriftlig redogörelse.

Svar till sökanden ska lämnas inom två veckor.
/Kundansvarig Henrik Palm, Ornsviks Bostäder`, 'ethnic-origin'),
  d(`Välkommen till Regionala dataskyddsdagen 20 mars!

Program:
09.00 Registrering och kaffe
09.30 "Känsliga personuppgifter i e-post – vad säger IMY?"
10.45 Workshop: skyddade personuppgifter i praktiken
12.00 Lunch
13.00 Panel: biometri och kameraövervakning
14.30 Avslutning

Plats: Hotell Kusten, konferensrum Fyren
Gästnätverk: Kusten-Guest, lösenord: Fyren2026!
Parkering: gratis för konferensdeltagare, uppge "DSD" i receptionen.

Välkomna!`, 'credentials'),
  d(`Hej,

Inför planeringen av nästa läsår vill jag påminna om att modersmålsundervisning ska erbjudas elever
som har ett annat modersmål än svenska och använder språket dagligen hemma. För de nationella
minoritetsspråken (finska, jiddisch, meänkieli, romani chib och samiska) gäller inte kravet på
grundläggande kunskaper eller dagligt umgängesspråk.

Ansökan görs av vårdnadshavare via e-tjänsten senast 15 april. Rektorerna informerar sina skolor.

/Modersmålsenheten`),
  d(`Från: Per Wiklander
Skickat: den 4 februari 2026 11:30
Till: Kommunala pensionärsrådet
Ämne: Minnesanteckningar 28 januari

1. Hemtjänstens taxor 2026: höjs med 3 %. Rådet framförde att maxtaxan redan är hög.
2. Trygghetslarm: övergången till digitala larm är klar.
3. Matdistributionen: klagomål på portionsstorlek, förvaltningen tittar på det.
4. PRO och SPF efterlyser fler mötesplatser på landsbygden.
5. Nästa möte: 25 mars.

/Per, sekreterare`),
  d(`Hej alla,

Som ni vet är Ingela tjänstledig under våren för att skriva klart sin bok. Hon har bett mig säga att
hon hoppas vara tillbaka efter påsk och att hon gärna ses på after work innan dess. Hon läser inte
jobbmejlen, så skicka inget till henne.

Vi fortsätter fördela hennes ärenden som tidigare.

/Kristina, gruppchef`),
  d(`Hej!

Det här är en påminnelse om ditt besök på Vårdcentralen Ekudden.
Tid: torsdag 19 februari kl. 10.40
Mottagning: Distriktssköterska, rum 12
Ta med: legitimation och frikort om du har ett.

Om du får förhinder, avboka senast 24 timmar innan via 1177 eller på 0555-160 60. Uteblivna besök
debiteras med 200 kr.

Detta meddelande kan inte besvaras.
Vårdcentralen Ekudden, Region Västerhavet`),
  d(`Hej Lars,

Kort om veckan på Ekonomi:
– Bokslutet för 2025 är klart och skickat till revisorerna.
– Leverantörsregistret är rensat: 140 inaktiva leverantörer spärrade.
– Vi byter bank för kommunens betalningar från 1 maj; nya bankgironummer meddelas leverantörerna.
– Påminn era medarbetare om att attestera reseräkningar i tid, det finns 63 ej attesterade.

Trevlig helg!
/Helena, ekonomichef`),
  d(`Hej Mikaela,

Tack för ansökan till kursen i arbetsrätt. Jag har godkänt den. Tänk på att kursen ersätter den
obligatoriska chefsutbildningens steg 3, så du behöver inte gå den också.

Kursen innehåller bland annat:
– Hur man hanterar varningar och uppsägning på grund av personliga skäl
– Omplaceringsutredning vid nedsatt arbetsförmåga
– Rehabiliteringskedjan och arbetsgivarens ansvar

/Monica, HR-chef`),
  d(`Hej Tove,

Jag har nu läst igenom elevenkäten för åk 8. Resultaten i korthet:
– 72 % känner sig trygga i skolan (förra året 68 %).
– 18 % har blivit kränkta någon gång under terminen, främst på nätet.
– 9 % uppger att de blivit kallade något om sitt ursprung eller sin religion.
– Frågor om sexuell läggning: 6 % uppger kränkningar kopplade till detta.

Eleverna är anonyma och enkäten kan inte kopplas till individer. Förslag: vi tar upp resultaten på
nästa APT och i elevrådet.
/Kurator Helena`),
  d(`Hej Göran,

Inför kommunfullmäktige i kväll: jag kommer inte att kunna sitta i presidiet under ärende 14 eftersom
jag är jävig – min dotter arbetar på bolaget. Kan du som vice ordförande ta över?

Och en sak till. Jag fick höra att Berit från ekonomikontoret har sagt till flera i fikarummet att
hon tänker rösta på Liberalerna för första gången och att hon har gått med i partiet för att
kunna påverka skolfrågan. Hon har bett om att få sitta med som åhörare ikväll, det går väl bra?

/Solveig, ordförande KF`, 'political-opinion'),
  d(`Hi Jonathan,

Thanks for organising the team dinner! A few dietary notes for the restaurant booking:

- Rachel keeps kosher, so she'll need a fish or vegetarian dish without shellfish, and no mixing of
  meat and dairy.
- Arjun is vegetarian.
- Kim is allergic to nuts.
- Everyone else is fine with the set menu.

Also, could we avoid Friday evening? Rachel observes Shabbat and won't be able to join after sunset.

Thanks!
Olivia`, 'religion'),
  d(`Hej!

Jag skickar över information om den nya brukaren på Rosengården, avdelning 2, som flyttar in på
måndag:

– Brukaren har skyddad folkbokföring. Namnet får inte stå på dörren eller på anslagstavlan i
  entrén, och inga uppgifter får lämnas till besökare eller i telefon.
– Endast två anhöriga finns på besökslistan (se pärmen i sjuksköterskans rum).
– Brukaren har demens i tidigt skede och ska ha hjälp med medicinerna enligt ordination.

Namn och personuppgifter får ni muntligen av mig på morgonmötet.
/Enhetschef Gunnel`, 'protected-identity', 'health'),
  d(`Hej Tina,

Angående tidrapporteringen på Nordhamnsdepån: vi har nu kört den nya stämpelklockan med
handflatsskanning i två veckor. Alla är registrerade utom Bosse Karlsson, vars handvenmönster inte
läses in (skannern hittar inga tydliga punkter enligt leverantören, mallen har registrerats om tre
gånger utan resultat). Bosse har själv sagt att han helst stämplar med kort.

Kan vi göra ett undantag för honom?
/Jörgen, driftsansvarig`, 'biometric'),
  d(`Från: Katarina Olofsson
Skickat: den 30 januari 2026 12:48
Till: Elevhälsan Östervall
Ämne: Angående Sam i 1C

Hej,
Sams mamma ringde. Sam har kommit ut som gay för familjen i helgen och hon är orolig för hur det tas
emot i klassen, eftersom det redan varit kommentarer i omklädningsrummet. Sam vill inte ha något
stort möte men kan tänka sig att prata med kuratorn.

Kan någon av er ta kontakt med Sam den här veckan?

/Katarina, mentor 1C`, 'sex-life'),
  d(`Hej ekonomi,

Kan ni hjälpa mig? Jag beställde kursböcker till personalen och använde mitt eget kort av misstag.
Nu vill leverantören att jag mejlar kortuppgifterna igen för att göra en återbetalning:

VISA 4556 8301 2277 1048, giltigt 10/28, CVC 245, kortinnehavare Ulrika Sten

Är det säkert att skicka det så? Annars kanske ni kan kontakta dem direkt?

/Ulrika, förskolechef Ekbacken`, 'payment-card'),
  d(`Anteckningar – inskrivningssamtal, SFI Ornsvik
Datum: 2026-02-10

Elev: Kaltun Ahmed Farah
Ursprung: somalisk, född i Baidoa, kom till Sverige 2025 via familjeåterförening.
Språk: somaliska (modersmål), viss arabiska.
Skolbakgrund: 4 år i koranskola, ingen formell skolgång i övrigt.
Placering: Studieväg 1, kurs A.
Önskemål: kvinnlig lärare om möjligt.

Studievägledare: Anders Ohlin`, 'ethnic-origin'),
  d(`Hej,

Det här är en påminnelse om att lönerevisionen för Sveriges Lärare-medlemmar i kommunen blir klar först
i maj. Vi har inte kommit överens om lönekriterierna för förstelärare ännu, och parterna ses igen 20
mars. Ni som är nyanställda i höstas omfattas också.

Vi återkommer med mer information när förhandlingen är klar. Frågor om din egen lön tar du med din
rektor.

/Personalavdelningen, Barn och utbildning`),
  d(`Hej alla chefer!

Påminnelse: från 1 mars ska all hantering av läkarintyg ske i Adato. Scanna in intyget och spara det
under "Sjukfrånvaro" i medarbetarens akt. Skicka aldrig intyget vidare via e-post. Papperskopian
strimlas.

Gäller även intyg om graviditet, intyg för förebyggande sjukpenning och FHV-utlåtanden.

Frågor? HR-support, 0555-120 30.`),
  d(`Sammanfattning – möte med Polisen, områdespolis Väst, 12 februari

Närvarande: Säkerhetssamordnare, fältassistenter, rektorer Vallaskolan och Östervall, polis.

1. Lägesbild: polisen ser ökad narkotikaförsäljning vid Centrumparken kvällstid, främst cannabis.
2. Skolorna: inga större incidenter sedan jul.
3. Fältassistenterna: ökad närvaro fredagkvällar.
4. Nästa steg: gemensam trygghetsvandring 4 mars.

Inga personuppgifter om enskilda ungdomar ska lämnas i dessa anteckningar; sådant hanteras i SSPF.
/Ulrika Nyman`),
  d(`Hej Ronja,

Tack för ditt mejl. Vi har tittat på din fråga om varför din lön inte höjdes lika mycket som
kollegornas. Din nuvarande lön är 33 900 kr och höjningen var 650 kr, vilket motsvarar 1,9 %.
Din chef motiverar det med att du fortfarande är i introduktionsfasen och att lönekriteriet
"självständighet" inte ännu är uppfyllt.

Du har rätt att få ett samtal med din chef om motiveringen. Om du vill kan du ta med ombud från
Kommunal, som du är medlem i enligt våra uppgifter.

Hälsningar
Lönespecialist Anna Wennberg`, 'salary', 'trade-union', 'hr-assessment'),
  d(`[Teams-chatt, Fastighet – 2026-02-17]
[07:45] Bosse: har nån koden till undercentralen i Solbackens källare?
[07:46] Henke: 0407
[07:46] Henke: nyckeln till pannrummet hänger i skåpet, skåpkoden är 5521
[07:47] Bosse: tack
[07:58] Henke: och larmet där är kopplat till Securitas, ring dem först så de inte skickar väktare
[08:02] Bosse: gjort. pumpen på VS2 låter konstigt, ska kolla`, 'credentials'),
  d(`Kallelse till samordnad individuell planering (SIP)

Till: Vårdcentralen Ekudden, Psykiatrin Öppenvård, Socialtjänsten Vuxenenheten, Arbetsförmedlingen
Angående: Andreas Holmqvist
Tid: 24 februari kl. 13.00, Teams

Andreas har samtyckt till SIP. Bakgrund: Andreas har bipolär sjukdom och ett pågående
alkoholberoende. Han har försörjningsstöd och har nyligen blivit uppsagd från sin lägenhet.
Psykiatrin har justerat litiumbehandlingen efter inläggningen i januari.

Mål med mötet: gemensam plan för boende, behandling och sysselsättning.
/Samordnare Marie Ek, Socialtjänsten`, 'health', 'social'),
  d(`Hej Lisa,

Här kommer de nya kontouppgifterna för arvodesutbetalningen till vår gode man Birger Holm. Han har
bytt bank från och med mars:

Danske Bank, clearing 1205, konto 44 771 9038
Kontohavare: Birger Holm

Arvodet för 2025 (14 300 kr) ska betalas ut till detta konto.

Tack!
/Handläggare Överförmyndarenheten`, 'bank-account'),
  d(`Hej!

Detta är ett automatiskt meddelande från Skola24.

Ditt barn Ines Blomqvist (klass 6A) har registrerats med ogiltig frånvaro:
– Måndag 16/2: lektion 1–3 (Svenska, Matematik, Idrott)
– Tisdag 17/2: hela dagen

Total frånvaro denna termin: 14 % (varav ogiltig 9 %).

Kontakta mentor Ola Kristiansson om frånvaron är felregistrerad.
Du kan inte svara på detta meddelande.`, 'grades'),
  d(`Hej,

Vi har fått en ansökan om serveringstillstånd från restaurang Sjöboden. Polisens yttrande har kommit
in och visar att en av bolagets företrädare, Dragan Milic, är dömd för skattebrott och bokföringsbrott
2022. Enligt alkohollagen ska vi pröva om han är lämplig. Jag föreslår att vi kallar till
lämplighetsprövning och begär in skatteverkets yttrande.

Ärendet tas upp i nämnden 18 mars.
/Alkoholhandläggare Sara Lund`, 'criminal-record'),
  d(`Hej kollegor,

Vi har under en tid sett att den interna e-posten används för att skicka underlag med uppgifter om
elevers betyg och frånvaro till externa mottagare. Det är inte tillåtet. Sådana uppgifter ska
hanteras i Skola24, eller skickas krypterat om det är nödvändigt (t.ex. till en annan huvudman vid
skolbyte).

Vi kommer att gå igenom rutinen på studiedagen 10 mars.

/Förvaltningens dataskyddssamordnare`),
  d(`Hej Ahmed,

Tack för ditt mejl. Jag förstår att det är frustrerande. Jag kan bekräfta att vi har tagit emot din
ansökan om bygglov för carporten och att den nu är komplett. Handläggningstiden är för närvarande
ca sex veckor. Vi kontaktar dig om vi behöver fler uppgifter.

Med vänlig hälsning
Lina Hjort, bygglovshandläggare

> Hej, jag har väntat i två månader nu och ingen svarar i telefon. Vad händer med mitt ärende?
> /Ahmed`),
  d(`Hej!

Från den 1 mars ändras rutinen för utbetalning av ersättning till familjehem och kontaktfamiljer.
Alla uppdragstagare måste registrera sitt bankkonto via e-tjänsten "Uppdragstagare – ersättning",
med BankID. Vi tar inte längre emot kontonummer på papper eller via e-post.

Informera de familjehem ni har kontakt med. Informationsbrev skickas ut nästa vecka.

/Ekonomihandläggare Familjehemsenheten`),
  d(`Protokoll, elevhälsomöte (EHM) Vallaskolan, 11 februari – allmän del

1. Skolsköterskan informerar om höstens hälsosamtal; resultaten sammanställs utan namn.
2. Kuratorn: antalet elever med hög frånvaro har ökat något jämfört med förra året.
3. Specialpedagog: ny screening i läsförståelse åk 7 i mars.
4. Rektor: nya rutiner för orosanmälan presenterades.
5. Psykolog: öppen konsultation fortsätter.

Individärenden behandlas i separat protokoll som förvaras i elevhälsans journalsystem.`),
  d(`Från: Nämndsekreteraren
Skickat: den 16 februari 2026 08:10
Till: Kommunjuristen
Ämne: Fråga om jäv – ledamot i bildningsnämnden

Hej Anders,
En fråga inför torsdagens sammanträde. Ledamoten Tomas Ek (S) har i lokaltidningen skrivit att han
personligen anser att friskolorna borde förbjudas och att han röstat emot Moderaternas budget i
varje omröstning. Nu ska nämnden besluta om ett tillstånd för en friskola. Två ledamöter från
oppositionen vill att han anmäler jäv. Är det ett jävsgrundande förhållande?

Tack på förhand,
Gunilla`, 'political-opinion'),
  d(`Hej Birgitta,

Jag är kontaktman för Abbe på boendet. Inför hans födelsedag vill jag bara stämma av: Abbe är
troende muslim och vill inte ha tårta med gelatin från gris, och han har bett om halalkött vid
festmiddagen. Han vill också gärna att hans vän från moskén, Imam Karim, får komma på besök på
eftermiddagen.

Kan köket ordna det?

/Tanja, boendestödjare Granen`, 'religion'),
  d(`Hej Jonna!

Vi har pratat om löneläget i gruppen och jag lovade att skicka en sammanställning inför
lönerevisionen. Namnen är bortplockade:

Undersköterska A: 29 400
Undersköterska B: 30 100
Undersköterska C: 31 250
Undersköterska D: 28 900
Median i gruppen: 29 750 (kommunmedian för yrket: 30 300)

Vi behöver prioritera de som ligger under medianen. Kommunals förslag kommer v. 10.
/Lena, enhetschef`),
  d(`Hej IT-säkerhet,

Jag tror att jag har gjort en dumhet. I förmiddags fick jag ett mejl som såg ut att komma från
Microsoft om att mitt konto skulle stängas. Jag klickade på länken och skrev in mitt användarnamn
(rasmus.holm) och mitt lösenord, Sommarstuga_1987. Sen insåg jag att adressen var konstig.

Jag har inte bytt lösenordet ännu, jag vet inte hur man gör hemifrån. Hjälp!

/Rasmus Holm, kommunikatör`, 'credentials'),
  d(`Hej alla,

Protokoll från styrelsemöte i Personalföreningen, 9 februari:

§ 1 Kassören redovisade: 48 200 kr i kassan.
§ 2 Vårens aktiviteter: vinprovning 13 mars, bowling 17 april, vårfest 30 maj.
§ 3 Medlemsavgiften höjs till 150 kr/år från 2027.
§ 4 Ny ledamot: Daniel Ahlqvist från Tekniska.
§ 5 Övrigt: förslag om en gemensam Pride-aktivitet i augusti, styrelsen tar fram ett förslag.

Vid protokollet: Anneli Sjöberg`),
  d(`Utdrag ur utredning enligt 11 kap. 1 § SoL

Bakgrund: Familjen består av mamma Nadia, pappa Khaled och barnen Leila (11) och Omar (8). Familjen
kom från Syrien 2016. Mamma är kurdisk och pappa arabisk, familjen talar kurdiska (kurmanji) och
arabiska hemma.

Aktuellt: Orosanmälan från skolan om Leilas frånvaro (26 % under hösten) och att hon ofta är trött och
ledsen. Leila har berättat för kuratorn att hon tar hand om Omar på kvällarna när föräldrarna arbetar.

Bedömning pågår. Tolk (kurdiska) bokad till hembesöket 19/2.`, 'social', 'ethnic-origin', 'grades'),
  d(`Hi everyone,

A reminder about the new expense process that starts 1 March:

1. Company cards: every traveller gets their own card; no sharing card numbers by e-mail or chat.
2. Private cards: if you have to pay privately, claim the expense in Primula with the receipt. We never
   need your card number.
3. Per diems follow the Swedish Tax Agency's rates.
4. Bank details for reimbursement are taken from the payroll system; you don't need to send them.

Questions? finance-support@vastkust-region.se

Finance Team`),
  d(`Hej Elin,

Jag har gått igenom polisens begäran om uppgifter (ärende 5000-K112233-26) om vem som hade tjänst på
Björkgården natten mellan 3 och 4 februari. Vi kan lämna ut tjänstgöringslistan, men inte uppgifter
om brukarna; de omfattas av sekretess enligt 26 kap. 1 § OSL och polisen har inte angett att
undantaget i 10 kap. 23 § är tillämpligt.

Jag skriver svaret till polisen i eftermiddag.

/Kommunjurist Ahmed Said`, 'secrecy'),
  d(`Hej rekryteringsgruppen!

Referenstagning för Malin Järvholm (tjänsten som controller):

Referens 1, tidigare chef Per Öst: "Mycket noggrann och analytisk. Kan ibland fastna i detaljer och ha
svårt med prioriteringar under tidspress. Tog inte alltid initiativ i gruppen."
Referens 2, kollega Anna Björn: "Pålitlig och trevlig, bra på Excel."

Sammanfattande bedömning: god yrkeskompetens, behöver stöd i prioritering.
/Eva, rekryterande chef`, 'hr-assessment'),
  d(`Hej!

Tack för intresset för vår kurs "Skyddade personuppgifter – grundkurs för handläggare". Nästa
tillfälle är 15 april. Kursen tar upp:

• Skillnaden mellan sekretessmarkering, skyddad folkbokföring och fingerade personuppgifter
• Hur du hanterar post, beslut och kallelser
• Vad du gör om du upptäcker att uppgifter har röjts

Kursen ges digitalt och tar tre timmar. Anmälan via kompetensportalen.

/Kursadministrationen`),
  d(`Hej Mats,

Sammanfattning från inspektionen av Fjärilens LSS-boende 10 februari:

– Boendet har sex brukare, samtliga med beslut om bostad med särskild service.
– Dokumentationen är bristfällig på två av sex genomförandeplaner.
– Personalen har inte fått utbildning i lågaffektivt bemötande.
– Brandskyddet är i ordning.

Förslag på åtgärder skickas till verksamhetschefen. Uppgifter om enskilda brukare redovisas inte i
rapporten.

/Kvalitetsutvecklare Jonna Berg`),
  d(`Hej,

En fråga om tjänstebilen som Rolf har. Trängselskatten för januari gick på hans kort istället för
kommunens. Han har skickat kvittot och kortuppgifter:

Kort: Mastercard 5191 7734 0028 6612
Utgång: 06/29
Belopp: 345 kr

Kan ni ersätta honom via lönen? Tack!
/Fordonssamordnare Britt`, 'payment-card'),
  d(`Hej alla,

Ny info från passersystemsprojektet:
Från 1 april ersätts tagg-läsarna på Stadshuset med ansiktsigenkänning vid huvudentrén. Den som inte
vill registrera sin ansiktsbild kan fortsätta använda tagg + kod vid sidoentrén. Registreringen görs
frivilligt vid receptionen mellan 9 och 11 under vecka 12–13. Bilden lagras som en krypterad mall i
passersystemet och raderas när du slutar.

Frågor besvaras av säkerhetssamordnaren.
/Fastighetsavdelningen`),
  d(`Hej Kajsa,

Här är anteckningar från samtalet med Lisa på morgonen. Hon berättar att hon har haft
sömnproblem länge och nu har fått diagnosen generaliserat ångestsyndrom av vårdcentralen. Hon
har börjat med Sertralin och går i KBT varannan vecka. Hon vill fortsätta jobba heltid men undvika
telefonpassen i kundtjänsten under våren.

Vi ses alla tre nästa vecka för att göra en plan.
/Elisabeth, gruppledare`, 'health'),
  d(`Hej,

Inför statistikrapporten: antalet elever med skyddade personuppgifter i kommunens skolor var 23 per
den 15 oktober, mot 19 året innan. Antalet är för litet för att redovisas per skola, så vi redovisar
bara kommuntotalen. Observera att siffran inte ska förekomma i kombination med skolnamn i någon
rapport.

/Statistiker Mattias Bergqvist`),
  d(`Hej!

Jag var med på mötet i Sametinget i förra veckan för kommunens räkning. Kort:
– Förvaltningsområdet för samiska utökas och kommunen får statsbidrag för samisk förskoleverksamhet.
– Samiska föreningen vill ha ett samråd om den nya vindkraftsplanen.
– Vi behöver en samisktalande kontaktperson på Kontaktcenter.

Jag skriver ett tjänsteutlåtande till KS i mars.
/Hanna, minoritetssamordnare`),
  d(`[Sms-konversation, exporterad från jourtelefonen]
20:14 Från 070-5xx xx 12: Hej det är Marcus på Tallbacken. Kan ni skicka koden till medicinskåpet,
       den gamla funkar inte
20:16 Till: Hej Marcus, ny kod sedan måndag: 2749. Glöm inte signera uttaget!
20:17 Från 070-5xx xx 12: tack!!
21:02 Från 070-5xx xx 12: Brukaren i rum 4 har feber 38,9, ska vi ringa ssk?
21:03 Till: Ja, ring jourssk på 0555-160 99`, 'credentials', 'health'),
  d(`Hej Eva,

Inför nästa ledningsgrupp: sjukfrånvaron i förvaltningen var 6,4 % under 2025, varav
långtidssjukfrånvaro 48 %. Högst är den inom hemtjänsten (9,8 %) och lägst inom administrationen
(3,1 %). Vi har fått medel för ett projekt om tidig rehabilitering från Afa Försäkring.

Jag presenterar siffrorna och förslaget på tio minuter.
/Rasmus, HR-strateg`),
  d(`Hej Peter,

Jag sammanfattar tråden nedan eftersom den blivit lång. Kort sagt: vi behöver ett beslut från dig om
hur vi hanterar flytten av arkivet innan 1 april.

/Annelie

-----Ursprungligt meddelande-----
Från: Stig Mårtensson
Skickat: den 10 februari 2026 15:02
Till: Annelie Roos; Peter Ny
Ämne: SV: SV: Flytt av närarkivet

Annelie, jag har räknat på det. Det är ca 340 hyllmeter, varav ungefär 60 hyllmeter är personakter
från socialtjänsten (1990–2010). De måste flyttas i låsta vagnar och kvitteras. Resten är byggakter
och nämndprotokoll.

-----Ursprungligt meddelande-----
Från: Annelie Roos
Skickat: den 9 februari 2026 11:20
Ämne: SV: Flytt av närarkivet

Hej Stig, kan du göra en uppskattning av volymen? Och vad behöver vi tänka på för handlingar med
sekretess?

-----Ursprungligt meddelande-----
Från: Peter Ny
Skickat: den 6 februari 2026 08:45
Ämne: Flytt av närarkivet

Hej båda. Som ni vet ska närarkivet i källaren på Stadshuset tömmas inför renoveringen. Kan ni ta
fram ett förslag på hur och när?

Peter Ny
Arkivchef, Ornsviks kommun
Tel 0555-120 88

Detta e-postmeddelande kan innehålla information som omfattas av sekretess. Om du fått det av misstag,
meddela avsändaren och radera meddelandet.`),
  d(`Hej Sofia,

Jag behöver din hjälp med en känslig sak. Vår nya medarbetare i hemtjänsten, Amanda Berglund, har
fingerade personuppgifter beslutade av Polismyndigheten. Det betyder att allt vi har om henne i
Heroma och Time Care är hennes nya identitet, och att ingen på arbetsplatsen får veta om det. Jag
vet bara om det för att hon berättade det för mig och HR vid anställningen.

Hon ska inte förekomma på bilder i personaltidningen. Kan du se till att hon inte kommer med på
gruppbilden på Hemtjänst Norr i nästa nummer utan att säga varför?

Tack,
Lena, enhetschef`, 'protected-identity'),
  d(`Konfidentiellt – Personalakt
Utdrag: anteckning från samtal 2026-02-05

Närvarande: Christer Sund (medarbetare), Helena Lind (chef), Malin Grahn (HR)

Christer har vid ett flertal tillfällen varit påverkad av alkohol i tjänst, senast 2 februari då två
kollegor kände alkohollukt och han inte kunde köra servicebilen. Christer medger att han har
alkoholproblem. Han erbjuds behandling via företagshälsovården (vårdprogram hos Alkoholkliniken
Ornsvik). Han får en skriftlig varning och accepterar ett rehabiliteringskontrakt med
slumpvisa utandningsprov under 12 månader.

Vid återfall prövas anställningen.

Underskrifter: ______ ______ ______`, 'health', 'hr-assessment'),
  d(`Hej Kim,

Familjeutredning gällande Wilma och Axel Persson: jag har fått tillbaka svaret från sjukhuset. Barnens
mamma, Jenny, har fått en bekräftad diagnos på Duchennes muskeldystrofi hos Axel och genetisk
utredning visar att Jenny är anlagsbärare. Wilma kommer att testas när hon är äldre om hon själv vill.

Det förklarar en del av svårigheterna i familjen och vi behöver räkna med omfattande stödbehov för
Axel framöver (ev. LSS-ansökan).

/Petra, socialsekreterare`, 'genetic', 'health', 'social'),
  d(`Hi Markus,

Following the incident at the Northside depot, the police have asked us to hand over the stored
fingerprint templates and the access log for employee no. 4471 as part of their investigation.
According to our legal unit we can provide the log under a formal request, but the biometric template
itself is special-category data; they need a decision from a prosecutor.

Can you prepare the log extract only for now?

Regards,
Sara, Security`, 'biometric', 'criminal-record'),
  d(`Från: Linnéa Holm
Skickat: den 3 februari 2026 20:33
Till: Personalavdelningen
Ämne: Ändring av kön och namn

Hej,
Jag vill meddela att jag har fått beslut från Skatteverket om ändrat juridiskt kön och att mitt namn
nu är Linnéa (tidigare Linus). Kan ni uppdatera Heroma, e-postadressen och min namnskylt? Jag har
pratat med min chef och vi har bestämt att hon berättar för arbetsgruppen på APT nästa vecka.

Tack!
Linnéa Holm, biståndshandläggare`, 'sex-life'),
  d(`Hej Ann-Sofie,

Här kommer min redovisning av studieresan till Bryssel som du bad om. Jag har lagt ut 4 260 kr privat
för hotell och middag för gruppen. Eftersom jag inte är anställd utan är inhyrd konsult ska beloppet
betalas till mitt privata konto:

Mottagare: Jan-Olof Bergman
Bank: SEB, clearing 5209, konto 0112 845 71

Kvitton bifogade som PDF.
/Janne`, 'bank-account'),
  d(`Veckosammanfattning – Vallaskolan, vecka 8

Hej alla!

🗓 Måndag: studiedag för personal, eleverna lediga.
🗓 Tisdag: skolfotografering åk 4–6.
🗓 Onsdag: föräldramöte åk 9 om gymnasievalet kl. 18.
🗓 Torsdag: EHT – endast individärenden.
🗓 Fredag: skidutflykt åk 7 (om snön håller).

📌 Påminnelser:
– Nationella proven i åk 6 och 9 startar v. 10. Schemat finns i Skola24.
– Kom ihåg att alla omdömen och betyg ska registreras i Skola24, inte mejlas.
– Lärare som ska vara med på fortbildning om NPF 5 mars: anmäl er till Sanna.
– Matsalen har nya öppettider: 10.45–13.00.

📣 Stort grattis till åk 8 som vann lagbasketturneringen!

/Rektor Sanna Ekström`),
  d(`Hej,

Vi på Fritidsförvaltningen har fått frågan från Judiska församlingen om de kan hyra Folkets hus
stora sal till en minnesceremoni 27 januari, Förintelsens minnesdag. De vill ha vakter vid entrén.
Vi har ingen erfarenhet av det. Har ni i Säkerhetsenheten rutiner för detta? Polisen har också
erbjudit sig att vara med.

/Annika, lokalbokning`),
  d(`Hej Leif,

Ja, jag kan bekräfta att Kristian Wahl är förtroendevald för Vision på IT-avdelningen sedan januari
och att hans fackliga tid är 10 % enligt avtalet. Det betyder att han har rätt att vara ledig för
fackligt arbete utan löneavdrag. Vi kan inte neka honom att gå på Visions ombudsutbildning 17–18
mars.

Mvh
Petra Ek, HR`, 'trade-union'),
  d(`Hej socialjouren,

Vi på Akutmottagningen vill informera om att en patient, Lars-Erik Nord, 67 år, lämnade akuten i
morse innan han var färdigbehandlad efter ett fall i hemmet. Han är kraftigt påverkad av alkohol och
har en frakturmisstanke i handleden. Han bor ensam på Nybrogatan 18 och har hemtjänst. Vi är oroliga
att han inte klarar sig hemma.

Kan ni göra ett hembesök? Hemtjänsten är också informerad.

Med vänliga hälsningar
Ssk Anette Blom, Akuten`, 'health', 'social'),
  d(`Hej alla i styrelsen för Socialdemokraternas arbetarekommun,

Bara en påminnelse om att vi inte kan boka kommunens lokaler för partimöten via min tjänsteadress.
Skicka förfrågningar till partiexpeditionen i stället. Jag har blivit påmind av kommunledningen om
att hålla isär rollerna.

Hälsningar
Mona Lindgren
(ordförande i arbetarekommunen, men skriver här från min privata adress)`, 'political-opinion'),
  d(`Dear colleagues,

We have received a Subject Access Request from a former employee, asking for all personal data we hold
about her, including e-mails, HR records and access logs. Please do not forward any documents to the
requester directly. Legal will coordinate the response within one month.

Please search your mailboxes and the shared folders for her name and employee number (she will be
identified in the internal ticket, not in this e-mail), and report any hits in the ticket by Friday.

Thanks,
Data Protection Officer, Region Västerhavet`),
  d(`Hej!

Jag är ny i Gata/Park och har fått frågan av flera kollegor om vi har ett kollektivavtal som gäller
oss som säsongsanställda. Vilka fackförbund brukar säsongsanställda vara med i, och har vi rätt till
samma OB-tillägg som tillsvidareanställda?

Tack!
/Emil

> Hej Emil, säsongsanställda omfattas av HÖK med Kommunal. OB-tillägget är detsamma. Facket kan
> svara på frågor om medlemskap. /Personalsamordnare Annika`),
  d(`Hej alla mentorer i åk 9!

Inför gymnasieansökan: Kontrollera att alla elevers preliminära betyg är registrerade i Skola24 senast
fredag. Syv behöver betygen för att kunna ge korrekt vägledning. Elever som riskerar att inte bli
behöriga till nationellt program ska kontaktas av mentor och syv tillsammans.

Ni får en lista i Skola24 under "Behörighet", den ska inte skrivas ut eller mejlas.

/Studie- och yrkesvägledare Tina`),
  d(`Hej Eva,

Angående Hussein Ali, 16 år, placerad på HVB Ljungby sedan december enligt 3 § LVU. Han avvek från
HVB-hemmet i lördags och greps av polisen söndag morgon misstänkt för grov misshandel i Centrumparken.
Han hålls nu på SiS ungdomshem Brättegården enligt 12 § LVU.

Socialnämndens ordförande har fattat beslut om placering. Utredning om fortsatt vård pågår.

Bilagor: polisanmälan, beslut. Omfattas av sekretess.
/Martin, socialsekreterare`, 'social', 'criminal-record', 'secrecy'),
  d(`Hej Martina,

Sammanfattning av medarbetarsamtalet med Viktoria (enligt vårt samtal i dag):

+ Mycket omtyckt av brukarna, tar ansvar, flexibel vid bemanningsbrist.
– Dokumentationen i Lifecare släpar; sex genomförandeplaner har inte uppdaterats sedan i våras.
– Har haft två avvikelser kring läkemedel under hösten.

Mål: alla genomförandeplaner uppdaterade till 1 maj; läkemedelsutbildning i mars.
Helhetsbedömning: goda prestationer, förbättringsområde dokumentation.

/Ann-Christin`, 'hr-assessment'),
  d(`Hej!

Här är inloggningsuppgifterna till det nya bokningssystemet för idrottshallarna, för dig som
föreningsadministratör i IK Ornsvik Basket:

Webbadress: boka.ornsvik.se/forening
Användarnamn: ikob-admin
Lösenord: Basket-Hall-2026

Byt gärna lösenord vid första inloggning. Om ni byter administratör i föreningen, kontakta oss så
skapar vi ett nytt konto.

Med vänlig hälsning
Bokningen, Kultur och fritid`, 'credentials'),
  d(`Hej Catharina,

Underlag från skolsköterskan för Noel i 3B inför vårdnadshavarmötet: Noel har typ 1-diabetes och
insulinpump sedan 2024. Han behöver kontrollera blodsockret före lunch och idrott, och personalen på
fritids behöver utbildning i att ge glukagon. Mamma vill att vi informerar klassen på ett
lättsamt sätt, med Noels tillåtelse.

Skolsköterskan håller i utbildningen 26 februari.

/Karin, skoladministratör`, 'health'),
  d(`Hej,

Vi vill påminna om att anmälan om avvikelse enligt lex Sarah ska göras i Lifecare inom 24 timmar.
Skriv inte namn på brukare eller personal i rubrikfältet. Beskriv händelsen sakligt, och ange vad du
gjorde direkt efteråt. Verksamhetschefen avgör om det är ett missförhållande som ska anmälas till
IVO.

Under 2025 gjordes 212 avvikelser inom äldreomsorgen, varav 7 lex Sarah-anmälningar till IVO.

/Kvalitetsenheten`),
  d(`Minnesanteckningar – Ledningsgrupp Socialförvaltningen, 16 februari 2026

Närvarande: Ingrid (förvaltningschef), Mats (IFO), Karin (funktionsstöd), Annelie (ekonomiskt
bistånd), Rasmus (HR), Theo (analys), Jonas (informationssäkerhet)

1. Ekonomi
   - Prognos helår: −3,2 mnkr, främst placeringskostnader barn och unga.
   - Försörjningsstödet: 2 % över budget, fler unga vuxna.
2. Personal
   - Sjukfrånvaron i förvaltningen: 7,1 % i januari.
   - Rekryteringsläget: tre vakanta tjänster som socialsekreterare. Annonser ute.
   - Lönerevisionen: Vision och Akademikerförbundet SSR har lämnat yrkanden. Förhandling 10 mars.
3. Verksamhet
   - IFO: antalet orosanmälningar ökade med 11 % jämfört med jan 2025.
   - Funktionsstöd: nytt LSS-boende på Granvägen öppnar i september.
   - Nya riktlinjer för ekonomiskt bistånd till nämnden i april.
4. Informationssäkerhet
   - Kuvert-piloten startar 2 mars. Alla enheter ska ha informationsmöte innan.
   - Två incidenter i januari (felskickad kallelse, felaktig behörighet). Inga till IMY.
5. Övrigt
   - Förvaltningsdag 7 maj.

Nästa möte: 2 mars.`),
  d(`Hej Sara!

Här är underlag för resebokningen för politikerdelegationen till vänorten i Polen 12–15 april. Jag har
fått kortuppgifter från Sten Åkesson som betalar sin egen del eftersom hans fru följer med:

Kortinnehavare: Sten Åkesson
Kort: 4539 1488 0343 6467
Giltighet: 12/27, CVC 118

Övriga resenärer bokas på kommunens resekonto som vanligt.

/Nämndsekreterare Gunilla`, 'payment-card'),
  d(`Hej Kristin,

Tack för att du tar emot Mariam i praktik på biblioteket. Lite bakgrund: Mariam är 22 år och kom
från Eritrea för tre år sedan. Hon pratar tigrinja och arabiska, och svenska på SFI D-nivå.
Hon är ortodox kristen och fastar under fastan före påsk (ingen mat med animaliska produkter),
så det kan vara bra att veta inför personalfikan.

Praktiken är på 50 %, tisdag–torsdag, 8 veckor.
/Ahmed, arbetsmarknadsenheten`, 'ethnic-origin', 'religion'),
  d(`Referat från seminariet "Rasism och diskriminering i arbetslivet", 5 februari

Föreläsaren presenterade forskning som visar att personer med utländskt klingande namn får färre
kallelser till intervju. Kommunen har sedan 2024 anonymiserade ansökningar i första urvalet.

Diskussion:
– Hur hanterar vi kränkningar från brukare mot personal med annan etnisk bakgrund?
– Behövs en ny policy för tolkanvändning?
– Hur följer vi upp trakasseriärenden?

HR tar fram ett förslag till handlingsplan till juni.
/Anteckningar: Mira`),
  d(`Hej,

Tack för din ansökan om plats i äldreboende. Vi har tagit emot den och handläggaren kommer att
kontakta dig inom tre veckor för ett hembesök. Vid besöket går vi igenom dina behov och önskemål.
Du kan ha med en anhörig.

Om du har frågor innan dess kan du ringa biståndsenheten på telefontid, vardagar 8.30–9.30.

Med vänlig hälsning
Biståndsenheten, Ornsviks kommun
Detta är ett automatiskt svar på din e-tjänsteansökan.`),
  d(`[Chattlogg – HR-support, 2026-02-12]
10:02 Johanna (HR): Hej! Hur kan jag hjälpa dig?
10:03 Användare (Patrik S., Räddningstjänsten): hej, jag fick fel lön i januari, OB saknas för 4 pass
10:04 Johanna (HR): Jag kollar. Din grundlön är 36 700 kr, och jag ser att OB för 3/1, 4/1, 17/1 och
      18/1 inte är attesterade av chefen.
10:06 Patrik S.: ok, så det är chefen som ska fixa?
10:06 Johanna (HR): Ja, när han attesterat kommer det med på februarilönen, ca 2 300 kr.
10:07 Patrik S.: tack!`, 'salary'),
  d(`Hej mentorer åk 4–6!

Påminnelse om att omdömen i Skola24 ska vara publicerade 20 mars inför utvecklingssamtalen. Skriv
omdömena så att de riktar sig till eleven och vårdnadshavaren. Omdömen om elevernas sociala
utveckling ska inte skrivas i fritextfältet.

Mallar finns på Teams under "Utvecklingssamtal". Vi går igenom dem på arbetslagsträffen 3 mars.

/Biträdande rektor Magnus`),
  d(`Hej Leila,

Jag skriver som kontaktlärare för Ismail i åk 1 på gymnasiet. Ismails resultat efter höstterminen:

Engelska 5: E
Matematik 1a: F (missade 3 av 4 prov)
Svenska som andraspråk 1: D
Samhällskunskap 1a1: C
Idrott och hälsa 1: A

Frånvaro: 19 %, varav 11 % ogiltig. Vi har upprättat en studieplan med extra stöd i matte på
onsdagar. Kan du som vårdnadshavare komma på ett samtal?

Hälsningar
Nils Bergman, kontaktlärare, Ornsviks gymnasium`, 'grades'),
  d(`Hej Birgitta!

Angående ansökan om utökad hemtjänst för din pappa, Helmer Ek: vi har nu fattat beslut. Helmer
beviljas hemtjänst fyra gånger per dag (morgon, lunch, middag, kväll), trygghetslarm och
matdistribution. Nattillsyn avslås eftersom behovet kan tillgodoses med trygghetslarmet. Beslutet
skickas till Helmer per post och en kopia till dig som ombud.

Vid frågor, ring mig på 0555-131 22.
/Biståndshandläggare Jenny Svensson`, 'social'),
  d(`Hej,

Angående vårt ärende om id-kontroll på Kontaktcenter: vi har bestämt att inte gå vidare med
röstbiometrin för medborgare. Skälen:

1. IMY:s vägledning kräver uttryckligt samtycke, vilket blir svårt att hämta i telefon.
2. Leverantören kan inte garantera att röstprofilerna lagras inom EU.
3. BankID-inloggning i e-tjänsterna täcker behovet.

Projektet avslutas och alla testinspelningar (fiktiva röster från testteamet) raderas.
/Projektledare Ravi`),
  d(`Hej Mikael,

Det är inte första gången, men nu måste vi göra något åt Jesper på lagret. Sammanfattning av veckan:

Mån: kom 40 minuter sent utan att höra av sig.
Tis: lämnade truckens nyckel i tändningen över natten, trots påpekanden.
Ons: vägrade ta emot en leverans och höjde rösten mot chauffören.
Tor: sjukanmäld.
Fre: kom i tid, inga anmärkningar.

Jag har dokumenterat allt. Vill du att jag bokar samtal med HR?
/Anders, lagerchef`, 'hr-assessment'),
  d(`Hej alla nya chefer!

Välkomna till introduktionsprogrammet. Under dag 3 går vi igenom:
– Lönebildning: hur lönekriterier och lönesamtal fungerar
– Rehabilitering och sjukfrånvaro: chefens ansvar
– Samverkan med de fackliga organisationerna
– Arbetsrätt: varningar, omplacering och uppsägning
– Personuppgifter: hur du hanterar läkarintyg, belastningsregisterutdrag och personalakter

Ta med dator. Lunch ingår.
/Chefsstöd HR`),
  d(`Hej Tommy,

Såg ditt inlägg i personalgruppen om att du söker folk till damlaget i innebandy. Min kollega Frida
är intresserad men undrar om ni har mixade träningar. Hon spelade i division 2 förut.

Och tack för grillkvällen i helgen, det var jättetrevligt! Hälsa Lotta.

/Micke`),
  d(`Hej,

Vi har fått ett mejl från Skatteverket om att en av våra anställda har fått sekretessmarkering.
Skatteverket anger att det gäller Ronja Lilja på Förskolan Solrosen. Enligt rutinen ska vi:

1. Ta bort hennes adress ur Heroma och ersätta med "Skyddad".
2. Meddela lönekontoret muntligen.
3. Se till att hon inte står på listor som publiceras.

Jag har gjort punkt 1 och 2. Kan du som förskolechef ta punkt 3?
/HR-administratör Sara`, 'protected-identity'),
  d(`Hej,

Underlag från kriminalvårdens frivård inför planeringen: klienten, Sebastian Ek (29), villkorligt
frigiven 1 februari efter att ha avtjänat två år och tre månader för grovt narkotikabrott. Han har
övervakning i ett år och ska delta i programmet "Återfallspreventionen". Han söker bostad och
försörjningsstöd hos er och har ett påbörjat behandlingskontakt med Beroendemottagningen.

Kontakt: frivårdsinspektör Eva Sjöström, 010-123 45 67.`, 'criminal-record', 'social', 'health'),
  d(`Hej gänget!

Nu är det dags för årets Pride-fest på Stadshuset, 7 augusti! Alla anställda är välkomna, oavsett
om du är hbtqi-person eller allierad. Vi bjuder på mingel, tal av kommundirektören och DJ.

Vill du hjälpa till i planeringsgruppen? Hör av dig till HBTQ-nätverket senast 1 maj.

🌈 Kärlek är kärlek!
/HBTQ-nätverket, Ornsviks kommun`),
  d(`Hej Jeanette!

Som vi pratade om: familjen Håkansson har gått med på att vi skickar en remiss till Klinisk genetik.
Både Oskar (5 år) och hans kusin Elsa har fått diagnosen fragil X-syndrom, och mamma vill veta om
hennes syster, som är gravid, kan bära på anlaget. Kan du ordna remissen och ett samtal med
genetisk vägledare?

/Barnläkare Mikael Ström, Habiliteringen`, 'genetic', 'health'),
  d(`Hej Anna,

Som du bad om i dag: antalet anställda med registrerade fingeravtryck i stämpelklockorna är 412 av
438 (94 %). De 26 som valt bort biometri stämplar med kort och kod. Fingeravtrycksmallarna raderas
automatiskt 30 dagar efter avslutad anställning. Leverantörens DPIA uppdaterades i januari.

Inga incidenter att rapportera.
/Systemförvaltare Tid och närvaro`),
  d(`Hi Priya,

Thanks for stepping in! A few notes about the team while I'm out:

- Mateo is handling the Erasmus budget; he knows the numbers.
- Anneli will sign off on all travel.
- Yusuf is working from home on Fridays this spring.
- The new intern, Jesper, starts on the 3rd. He needs a laptop and badge.
- The VPN password for the partner portal is in the password manager, not in the wiki.

I'll be reachable by phone for urgent matters only.
Hannah`),
  d(`Hej Lars,

Vi har fått ett klagomål på vår nya kameraövervakning vid simhallens entré. En besökare, Kent
Bergström, menar att vi har "ansiktsbiometri" och kräver att hans ansiktsdata raderas. Jag har svarat
att kamerorna bara spelar in bild och inte gör någon ansiktsigenkänning, och att inspelningarna
raderas efter 72 timmar. Han har hotat att gå till IMY.

Är det något mer jag bör göra?
/Badmästare Ove`),
  d(`VB: VB: SV: Kontaktuppgifter till föreningarna

Hej Karin, skickar vidare hela kedjan eftersom du ska ta över bidragsärendena. Längst ned finns det du
behöver.
/Jens

Från: Jens Holm
Skickat: den 12 februari 2026 09:10
Till: Karin Åhs
Ämne: VB: SV: Kontaktuppgifter till föreningarna

Från: Alice Nyström (Ornsviks Schackklubb)
Skickat: den 11 februari 2026 19:47
Till: Jens Holm
Ämne: SV: Kontaktuppgifter till föreningarna

Hej Jens! Ny kassör från mars är Lennart Fors. Klubbens bankgiro är oförändrat. Lennart vill att
aktivitetsstödet betalas till klubbens konto, inte hans privata. Vi har ett nytt plusgiro också men
det används bara för medlemsavgifter.

Från: Jens Holm
Skickat: den 10 februari 2026 14:03
Till: Föreningarna (hemlig kopia)
Ämne: Kontaktuppgifter till föreningarna

Hej alla föreningar! Inför ansökningsperioden om aktivitetsstöd behöver vi uppdaterade kontaktuppgifter
till ordförande och kassör. Svara på detta mejl senast 20 februari. Glöm inte att bidrag bara betalas
ut till föreningens konto.

Vänliga hälsningar
Jens Holm, föreningshandläggare
Kultur och fritid, Ornsviks kommun
Besöksadress: Storgatan 12 | Tel: 0555-140 12

Vi behandlar personuppgifter enligt dataskyddsförordningen. Läs mer på ornsvik.se/gdpr.`),
  d(`Anteckningar från APT, Ekbackens förskola, 10 februari

1. Välkommen till Hedvig, ny barnskötare på Humlan!
2. Sjukfrånvaro: vi har haft många korttidssjukskrivningar i januari. Påminnelse om att sjukanmäla
   före kl. 06.30.
3. Barngrupperna: 14 barn på Humlan, 16 på Myran. Två inskolningar i mars.
4. Fackligt: Kommunals ombud Maria berättar om kommande medlemsmöte 20/2 (öppet för alla intresserade).
5. Personal: Therese går ner på 80 % från april på egen begäran. Ulrika har meddelat att hon är gravid
   och beräknas gå på föräldraledighet i augusti; hon vill att vi vet så vi kan planera, men
   föräldrarna får veta senare.
6. Miljö: nya sandlådan kommer i maj.

Nästa APT 10 mars.
/Antecknat av: Sofia`, 'health', 'trade-union'),
  d(`Hej allihop,

Som ni vet gick min mamma bort i fredags efter en lång tids sjukdom. Tack för alla fina hälsningar och
blommorna! Jag är tillbaka på jobbet måndag 2 mars.

Begravningen hålls i Mariakyrkan den 27 februari kl. 11. Den som vill är välkommen.

Kram
Sanna

PS. Min man Erik och jag har pratat om en minnesfond till Cancerfonden i hennes namn, info om det
finns på begravningsbyråns sida.`, 'health'),
  d(`Hej,

Som kontaktperson för vår praktikant Jamal vill jag lämna följande bedömning till Arbetsförmedlingen
efter åtta veckors arbetsträning på Återbruket:

• Punktlighet: mycket god, sen bara en gång.
• Arbetsuppgifter: sortering och försäljning. Klarar uppgifterna självständigt.
• Samarbete: fungerar väl med kollegorna, men har svårt att ta emot instruktioner från kvinnliga
  arbetsledare vid ett par tillfällen, vilket vi tagit upp med honom.
• Bedömning: redo för anställning med lönestöd, 75 %.

Med vänlig hälsning
Carina Svärd, arbetsledare Återbruket`, 'hr-assessment'),
  d(`Hej Stina,

Snabbt om larmet på Fyrens förskola: koden är nu bytt efter att förra koden läckt i föräldragruppen.
Ny kod är 7316, aktivera med A, avaktivera med 7316 + enter. Skriv inte upp den på lappar, och ge den
inte till vikarier — de får låna öppnarens tagg.

/Vaktmästare Kalle`, 'credentials'),
  d(`[Teams-chatt, HR-nätverket, 2026-02-18]
[13:01] Malin: fråga: kan man som chef fråga en medarbetare om hen är med i facket?
[13:02] Rasmus: nej, det ska man inte fråga om
[13:02] Malin: men om jag ska kalla till MBL och vill veta vem som ska företräda hen?
[13:04] Rasmus: då kontaktar du facket, inte medarbetaren. fackavgiften dras på lönen men det är
        bara lönekontoret som ser det, och det är inget vi använder
[13:05] Malin: ok tack!
[13:05] Petra: instämmer med Rasmus`),
  d(`Hej Karl,

Beslut om skolskjuts för Elin Sjöström (åk 3) är klart: Elin beviljas skolskjuts med taxi eftersom
hennes cerebral pares gör att hon inte kan ta sig till busshållplatsen. Taxin hämtar 07.45 vid
hemmet. Förare ska kunna hantera rullstolen och spänna fast den.

Beslutet gäller t.o.m. läsårets slut. Ny ansökan görs inför höstterminen.

/Handläggare skolskjuts, Barn och utbildning`, 'health'),
  d(`Hi Sanjay,

Thanks for agreeing to join the panel. To set up your travel reimbursement, I have entered the
account you sent me for the payment (EUR 420 for train and hotel):

Beneficiary: Sanjay Mehta
Bank: ING Belgium
IBAN: BE68 5390 0754 7034
BIC: BBRUBEBB

Reimbursement is usually made within 30 days of the event.

Best,
Elin Åberg, Conference Coordinator`, 'bank-account'),
  d(`Hej!

Jag arbetar på Kontaktcenter och har en fråga från en medborgare. Hon vill veta om kommunen har
något stöd för personer som är utsatta för hedersrelaterat våld och förtryck, och om hon kan vara
anonym när hon ringer. Hon sa inget om sin egen situation. Vart ska jag hänvisa?

/Emma

> Hej Emma! Hänvisa till Våldsteamet, 0555-130 55, eller till den nationella stödlinjen. Hon kan vara
> anonym. /Samordnaren mot våld i nära relationer`),
  d(`Hej,

Vi har fått en begäran från en förälder att få ta del av sitt barns journal i elevhälsan. Eleven är
15 år. Vem ska göra menprövningen och hur lång tid har vi på oss? Begäran kom in i går.

/Skolsköterskan, Vallaskolan

> Skyndsamt, i regel inom några dagar. Skolsköterskan gör prövningen enligt 25 kap. OSL, i samråd med
> verksamhetschefen för elevhälsans medicinska insats. Beakta elevens mognad. /Verksamhetschef EMI`),
  d(`Utdrag ur protokoll, Kommunstyrelsens personalutskott 3 februari 2026

§ 7 Kommundirektörens lön
Kommunstyrelsens ordförande föreslår att kommundirektör Karin Bäck får sin lön justerad från 92 000
kronor till 95 500 kronor per månad från 1 april 2026.

Beslut: Utskottet beslutar enligt förslaget.

§ 8 Ny lönepolicy – information
HR-chefen informerar om arbetet med en ny lönepolicy som ska gälla från 2027.

Justerat 5 februari 2026.`, 'salary'),
  d(`Hej!

Inför hockeymatchen på lördag: Ornsviks kommun har köpt 40 biljetter till personalen. Först till
kvarn gäller; skicka ett mejl till personalföreningen. Om du inte kan komma, lämna vidare
biljetten till en kollega. Kom ihåg: biljetterna är personliga och skannas med QR-kod i entrén.

Heja Ornsvik! 🏒
/Personalföreningen`),
  d(`Hej Eva,

Ärende: tillsyn av serveringstillstånd, Pub Kajen

Vid kontrollbesöket 14 februari konstaterades att personalen serverade alkohol till en uppenbart
berusad gäst. Polisen, som var med, har upprättat anmälan mot serveringsansvarig Mikael Ring för
brott mot alkohollagen. Bolaget har fått en erinran tidigare (2024).

Förslag: varning enligt 9 kap. 17 § alkohollagen.
/Alkoholhandläggare Sara Lund`, 'criminal-record'),
  d(`Hej Petra,

Jag ville bara berätta att jag träffat någon – det är en kvinna, Ida, och vi har varit tillsammans
sedan i höstas. Jag har inte sagt något på jobbet ännu för jag vet inte hur folk i arbetslaget skulle
reagera, särskilt Göran. Men jag vill ta med henne på julfesten. Tror du det blir konstigt?

Du är den enda jag vågar fråga.
/Jenny

Skickat från Outlook för iOS`, 'sex-life'),
  d(`Hej kollegor,

Sammanfattning från mötet med Sveriges Lärare om arbetstidsfrågan, 17 februari:

– Parterna är överens om att mentorstiden ska synliggöras i tjänstefördelningen.
– Förstelärarnas uppdrag ses över inför hösten.
– Frågan om rastvakter är fortfarande olöst; arbetsgivaren återkommer 15 mars.
– Sveriges Lärares lokala ordförande Anna Kjell och biträdande förvaltningschef Per Ström undertecknar
  överenskommelsen när texten är klar.

/Förvaltningsledningen`, 'trade-union'),
  d(`[Servicedesk – chattlogg]
[11:14] Användare: hej, jag har glömt PIN-koden till mitt SITHS-kort, vad gör jag?
[11:15] Servicedesk Elin: Hej! Du behöver låsa upp kortet med PUK-koden som kom i brevet när du fick
        kortet. Har du kvar det?
[11:16] Användare: nej
[11:16] Servicedesk Elin: Då behöver du gå till ID-kortsutlämningen på Rådhuset med legitimation,
        så får du ett nytt kort. Öppet tis och tors 9–11.
[11:17] Användare: ok tack
[11:17] Servicedesk Elin: Skriv aldrig ner PIN-koden på kortet eller i mejl 🙂`),
  d(`Hej Lena,

Jag skickar information om Hampus, som ska börja på fritids efter sportlovet. Hampus har en
assistent enligt LSS på fritids. Han har Downs syndrom och epilepsi (anfall senast i december), och
har en akutplan med Buccolam som ska följa med honom till alla aktiviteter.

Mamma kommer på ett överlämningsmöte 24 februari kl. 15.
/Specialpedagog Anita`, 'health', 'social'),
  d(`Hej alla!

Nu har lönerna för 2026 betalats ut med retroaktiv justering för dem som omfattas av avtalet med
Vision och Akademikerförbundet SSR. Om du tycker att något är fel i din lön: kontrollera först ditt
lönebesked i Självservice och kontakta sedan din chef.

Nästa lönerevision startar i januari 2027.

/Löneenheten`),
  d(`Hej Sebastian,

Angående skolans digitala närvarosystem: leverantören föreslår att eleverna ska kunna "checka in" med
fingeravtryck i matsalen. Vi har sagt nej. Biometri för elevers närvaro är mycket svårt att motivera
enligt dataskyddsförordningen och vi har inget behov av det.

Vi fortsätter med att lärarna registrerar närvaron i Skola24 på varje lektion.

/IT-strateg Emil Haraldsson`),
  d(`Hej Malin,

Underlag för reseräkningen för Abdi Warsame som var med på studieresan till Oslo. Han betalade sin
egen flygbiljett med sitt kort eftersom bokningen strulade:

Kortnummer: 4485 3716 2290 5536
Utgångsdatum: 05/28
Belopp: 1 845 kr

Han vill ha pengarna till lönen i mars. Kvittot bifogat.

/Assistent, Näringslivskontoret`, 'payment-card'),
  d(`Från: Kerstin Lindahl
Skickat: den 2 februari 2026 08:33
Till: Personalenheten
Ämne: Tjänstledighet

Hej!
Jag ansöker om tjänstledighet 1–5 juni för att jag ska arbeta som valarbetare för Moderaterna i
EU-valet, och delta i partiets utbildning för valförrättare. Jag har varit aktiv i partiet i tio år
och är ersättare i kommunfullmäktige sedan förra valet.

Jag förstår om det blir utan lön.
Hälsningar Kerstin Lindahl, assistent Miljöförvaltningen`, 'political-opinion'),
  d(`Hej,

Vi har gått igenom ansökningarna till tjänsten som imam-samordnare i det interreligiösa rådet som
kommunen delfinansierar. Rådet vill att vi inte frågar sökande om deras tro, utan om erfarenhet av
dialogarbete. Tjänsten kan sökas av alla oavsett religion.

Intervjuer hålls vecka 12.
/Samordnare för civilsamhället`),
  d(`Hej!

Tack för din anmälan till vinterbadet vid Kallbadhuset. Här är din bokning:

Datum: lördag 21 februari
Tid: 10.00–12.00
Pris: 80 kr (betalt med kort, sista siffrorna ****4421)

Kom ihåg att ta med handduk och badmössa. Bastun är öppen hela passet.

Välkommen!
Kallbadhuset Ornsvik
Detta är en automatisk bekräftelse.`),
  d(`Hej Tobbe,

Till nästa träff med samverkansgruppen Barn och unga (skola, soc, polis):
1. Lägesbild – polisen
2. Rutinen för SSPF-möten, nya blanketter för samtycke
3. Aktuella ärenden: Elvira (15), som polisen grep för snatteri och som också har hög frånvaro i skolan
   (över 40 % sedan jul), och vars familj redan har kontakt med socialtjänsten.
4. Övrigt

Samtycke från Elviras vårdnadshavare finns.
/Fältsekreterare Lina`, 'criminal-record', 'grades', 'social'),
  d(`Hej Jonas,

Jag har gått igenom loggarna från Rättsmedicinalverkets svar som polisen skickade till oss som
arbetsgivare i ärendet om stölderna i läkemedelsförrådet på Solgården. DNA-profilen som säkrades på
förrådsnyckeln har matchats mot den saliv-referens som undersköterskan Mattias Berg lämnade frivilligt
i januari. Polisen har nu delgett honom misstanke om stöld.

Vi behöver fatta beslut om avstängning. Jag har kallat till möte med HR i morgon kl. 9.

/Verksamhetschef Annika Strömberg`, 'biometric', 'criminal-record'),
  d(`Hej,

Kan ni hjälpa mig med ett ärende? Jag jobbar i receptionen på Regionhuset och vi har sedan i höstas
ansiktsigenkänning i personalingången. En av våra städare, Milena Petrović, har fått sin ansiktsmall
registrerad på fel person i systemet – när hon går in loggas det som att det är kollegan Mirela. Det
har gjort att Mirela stått som inpasserad dagar då hon var ledig.

Kan ni radera Milenas mall och registrera om henne? Hon är här tisdag och torsdag morgon.

/Reception, Regionhuset`, 'biometric'),
  d(`Hej Tove,

Tack för att du tar emot Aron i förskoleklassen. Vårdnadshavarna har bett mig förmedla att familjen är
judisk och firar sabbat, så Aron kommer att gå hem tidigare på fredagar under vintern. De vill också
att han inte äter fläskkött, vilket är anmält till köket. Under högtiderna Rosh ha-shana och Jom
kippur kommer han att vara ledig.

Ring mig om du har frågor.
/Rektor Per Halvarsson`, 'religion'),
  d(`Hej!

Utdrag från besiktningsprotokollet för lägenheten på Tallvägen 9, 2 tr:

– Fuktskada i badrummet, golvbrunn behöver bytas.
– Köksfläkten ur funktion.
– Hyresgästen har skyddade personuppgifter (kvarskrivning) enligt socialtjänstens meddelande, så
  hantverkarna får inte informeras om vem som bor i lägenheten eller lämna lappar med namn. All
  kontakt går via förvaltaren.

Arbetet beräknas ta tre dagar i vecka 10.
/Förvaltare Anna Wik, Ornsviks Bostäder`, 'protected-identity'),
  d(`Hej Marianne,

Från skolsköterskans anteckning inför elevhälsomötet (med vårdnadshavarnas samtycke):
Ella i 5A har fått diagnosen Ehlers-Danlos syndrom (hypermobil typ) efter genetisk utredning på
Barnkliniken; samma diagnos finns hos mamma och mormor. Ella har ont i lederna efter idrotten och
behöver anpassad idrott och ibland hiss. Idrottsläraren behöver veta vilka moment hon ska undvika.

Vi tar upp detta på EHM torsdag.
/Skolsköterska Karin`, 'genetic', 'health'),
  d(`Hej Malin!

Jag vill bara säga att jag tyckte det var fint att du frågade hur det gick när jag var hemma i
veckan. Jag har inte sagt det till så många, men jag och min sambo Viktor gick isär efter sex år
och nu dejtar jag en kille från Göteborg. Det känns konstigt att prata om det på jobbet eftersom alla
tror att jag är hetero. Men jag mår bra!

Fika på fredag?
/Andreas`, 'sex-life'),
  d(`Hej Lena,

Underlag till tolkbeställningen inför samtalet på BVC: pappan heter Florin Lăcătuș och familjen är
romer från Rumänien. Han talar rumänska och romani (vlax), men vill helst ha tolk på rumänska eftersom
det finns få romanitolkar och han inte vill att någon i den lokala gruppen ska veta om besöket.

Tolk bokad 3 mars kl. 10 via Tolkförmedlingen.
/Distriktssköterska Sara`, 'ethnic-origin'),
  d(`Hej!

Nytt från Kommunens ungdomsråd, februari:

• Ungdomsrådet har lämnat synpunkter på fritidsgårdarnas öppettider.
• Förslag om gratis mensskydd på alla skolor skickas till nämnden.
• Valet 2026: rådet arrangerar en politikerutfrågning på gymnasiet 9 september där alla partier i
  fullmäktige är inbjudna. Skolval genomförs samma vecka.
• Nästa möte: 12 mars i Ungdomens hus.

Vill du vara med i ungdomsrådet? Anmäl dig till Linus på fritidsförvaltningen.`),
  d(`Hej alla chefer inom Vård och omsorg,

Här kommer månadens sammanställning från bemanningsenheten:

1. Fyllnadsgrad av pass i januari: 94 % (mål 96 %).
2. Antal timmar med timvikarier: 4 812.
3. Vanligaste orsak till frånvaro: sjukdom (62 %), vård av barn (18 %), semester (11 %).
4. Nya rutiner för att boka vikarier via Time Care Pool från 1 mars.
5. Vikariepoolen behöver fler med körkort – tipsa gärna.
6. Sommarrekryteringen startar v. 9; lönen för sommarvikarier följer centrala avtalet.

Frågor till bemanningschefen Susanne Björk.`),
  d(`Hej,

Svar på din fråga om intyg: kommunen kan inte utfärda intyg om någons religiösa tillhörighet eller
etniska ursprung, det registrerar vi inte. Om du behöver ett intyg om medlemskap i ett trossamfund ska
du vända dig till samfundet. Vid frågor om folkbokföring och medborgarskap hänvisar vi till
Skatteverket respektive Migrationsverket.

Med vänlig hälsning
Kontaktcenter, Ornsviks kommun`),
  d(`Hej Mattias,

Sammanfattning av veckan i projektet "Säker e-post":

✅ Kuvert installerat för 120 testanvändare i socialförvaltningen.
✅ Utbildningsfilmen är klar (6 min).
⚠️ Vi har fått flera frågor om varför varningen kommer när man skriver ordet "lösenord" utan att
   skriva något lösenord – vi samlar exempel till leverantören.
⚠️ Två användare vill kunna markera mejl som "inte känsligt" i efterhand.
⏭ Nästa vecka: utvärderingsenkät och möte med dataskyddsombudet.

/Projektledaren`),
];
