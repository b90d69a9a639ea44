/**
 * Category blind set 14b — BLIND.
 *
 * Written by a corpus writer from the labelling guide alone (/tmp/label-guide.md, its "Recurring cases"
 * included), without reading the classifier, its training data or any other corpus. Never to be used for
 * training, tuning or keyword mining; it is scored once, by the lead.
 *
 * Style: longer, messy texts (roughly 8 to 40 lines): forwarded threads with quoted history and
 * "Från: … Skickat: …" headers, signatures and legal disclaimers, meeting minutes and APT notes with
 * several agenda items, weekly summaries, chat exports with timestamps, ticket-system and HR-system mails,
 * case-note excerpts, newsletters and bullet lists, in Swedish and English. The sensitive fact, when there
 * is one, may sit anywhere (a quoted older mail, one agenda item, a PS); many texts use the same vocabulary
 * without disclosing anything about a person (hard negatives).
 *
 * All names, places, organisations and numbers are invented.
 */
import type { CategoryType } from '../../../src/core/classify/types.js';
import type { LabelledDocument } from './category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const CATEGORY_BLIND_14B: readonly LabelledDocument[] = [
  d(`Från: Marita Ekholm <marita.ekholm@norrvikens.se>
Skickat: den 3 mars 09:14
Till: Enhetschefer Äldreomsorg
Ämne: VB: Schema vecka 11

Hej alla,
vidarebefordrar Jonas mail nedan, se punkt 2 om helgbemanningen.

Mvh Marita

-----Ursprungligt meddelande-----
Från: Jonas Berglind
Skickat: den 2 mars 16:40
Ämne: Schema vecka 11

1. Ny vikarie börjar på Lönngården måndag.
2. Helgen v 11 saknas två pass på avdelning Björken, Elin är sjukskriven t.o.m. 20/3 efter knäoperationen så hennes pass behöver täckas.
3. Påminnelse: tidrapporterna ska vara inne fredag.

/Jonas
Samordnare bemanning`, 'health'),
  d(`Protokoll APT Socialpsykiatri, 14 februari
Närvarande: Ahmed, Lotta, Pernilla, Sören, Viktor (protokoll)

1. Föregående protokoll – lades till handlingarna.
2. Arbetsmiljö – Skyddsronden flyttas till april. Lotta påminner om att rapportera tillbud i systemet.
3. Sjukfrånvaro – Sjukfrånvaron på enheten har minskat till 5,2 % under januari. Kort diskussion om friskvårdsbidraget.
4. Utbildning – Två platser på kursen om bemötande vid psykisk ohälsa i maj, intresseanmälan till Pernilla.
5. Övriga frågor – Kaffemaskinen är lagad.

Nästa APT 14 mars.`),
  d(`[2024-05-06 08:02] Sanna K: god morgon! någon som vet koden till förrådet på plan 2?
[2024-05-06 08:03] Robin T: 4471# , den byttes i fredags
[2024-05-06 08:03] Sanna K: tack!!
[2024-05-06 08:05] Robin T: och wifi för gästnätet är samma som förut, Fjallbacka2024
[2024-05-06 08:11] Sanna K: 👍
[2024-05-06 08:40] Malin Ö: påminnelse om fikat kl 10 idag, Kerstin fyller år
[2024-05-06 08:41] Robin T: 🎉`, 'credentials'),
  d(`Hej Camilla!

Tack för ett bra medarbetarsamtal i tisdags. Här kommer min sammanfattning som vi kom överens om:

- Du har tagit stort ansvar för introduktionen av nya kollegor, det ser både jag och gruppen.
- Dokumentationen i journalsystemet behöver bli mer konsekvent, särskilt genomförandeplanerna som ofta saknas efter 14 dagar.
- Vi kom överens om att du går kursen i motiverande samtal under hösten.
- Lönesamtal tas separat i oktober.

Säg till om du vill lägga till något innan jag sparar det i HR-portalen.

Hälsningar
Gunilla Wester
Enhetschef, Hemtjänst Södra`, 'hr-assessment'),
  d(`Nyhetsbrev HR – april

I detta nummer:
• Lönerevisionen 2024: alla medarbetare får besked om ny lön senast 30 april. Lönen betalas ut retroaktivt från 1 april.
• Ny policy för distansarbete antagen av kommunstyrelsen.
• Påminnelse: ändrat kontonummer för löneutbetalning anmäls i självservice, inte via mejl.
• Friskvård: bidraget höjs till 3 000 kr per år.
• Fackliga träffar: Vision och Kommunal har öppet hus i Stadshusets foajé 18 april kl 11–13.

Frågor? Kontakta HR-service på ankn. 4400.`),
  d(`Från: Annika Lövgren
Skickat: den 12 oktober 10:22
Till: Mikael Strand
Ämne: SV: Elev i 8B

Hej Mikael,
jag har kollat i Skolwebben. Liam har 38 % frånvaro i matematik sedan augusti och har inte lämnat in någon av de tre inlämningarna. På provet i algebra fick han F. Jag tycker vi ska kalla till ett möte med vårdnadshavarna innan höstlovet.

/Annika

> Från: Mikael Strand
> Skickat: den 11 oktober 15:03
> Hej, vet du hur det går för Liam i matte? Mamman ringde och var orolig.
> Mikael, mentor 8B`, 'grades'),
  d(`Ärende #INC-20931 har uppdaterats

Rubrik: Kan inte logga in i Procapita
Anmälare: Tove Haraldsson, Individ- och familjeomsorg
Status: Löst

Kommentar från Servicedesk (Patrik):
Lösenordet har återställts. Ditt tillfälliga lösenord är Hjortron#718 och måste bytas vid första inloggningen.

Om du har fler frågor, svara på detta mejl och behåll ärendenumret i ämnesraden.

Detta är ett automatiskt meddelande från IT-servicedesk.`, 'credentials'),
  d(`Veckosammanfattning, Försörjningsstöd vecka 19

- Inkomna ansökningar: 142 (förra veckan 131)
- Nybesök: 18, varav 6 hänvisade till Arbetsmarknadsenheten
- Handläggningstid i snitt 9 dagar
- Två handläggare på utbildning i nya riktlinjerna för ekonomiskt bistånd på onsdag
- Telefontiden förlängs till 10.30 under juni

Bra jobbat alla, trots hög belastning!
/Henrik, 1:e socialsekreterare`),
  d(`Hej!

Jag skriver angående min pappa Bengt Holmqvist som bor på Solgläntans vård- och omsorgsboende, avdelning 3. Vi har märkt att hans såriga fot inte verkar läka och att han fått mer morfin de senaste veckorna. Kan sjuksköterskan ringa mig?

Dessutom undrar vi över fakturan för mars – den verkar vara dubblerad.

Tacksam för svar
Karin Holmqvist
070-112 45 89`, 'health', 'social'),
  d(`From: David Okafor
Sent: Tuesday, 9 April 14:12
To: Lena Sjöberg
Subject: RE: onboarding for Maja

Hi Lena,

thanks, all good on my side. For the payroll setup I still need Maja's bank details – she sent them to me on Teams, so here they are: Handelsbanken, clearing 6123, account 834 271 559. Her starting salary is 36 800 SEK per month as agreed in the offer.

Also, her laptop arrives Thursday.

Best,
David

> Lena wrote:
> Could you make sure payroll is set up before her first day? /L`, 'bank-account', 'salary'),
  d(`Minnesanteckningar styrgruppsmöte, Projekt Trygg Skolväg
Datum: 22 maj
Deltagare: Annelie Fors (S), Rickard Hed (M), Nina Bergqvist (tjänsteperson), Oskar Lind (Trafikverket)

1. Lägesrapport: övergångsstället vid Björkskolan är klart.
2. Budget: 340 tkr kvar av 1,2 mnkr.
3. Medborgardialog: 46 svar på enkäten, de flesta om belysning.
4. Nästa möte: 19 juni.

Vid protokollet: Nina Bergqvist`, 'political-opinion'),
  d(`Hej alla i arbetslaget,

Bara en kort info inför veckan:
– Utvecklingssamtalen med eleverna i åk 5 ska vara genomförda senast v. 47. Använd mallen i lärplattformen.
– Omdömen skrivs i IUP-modulen, glöm inte att spara som utkast först.
– Frånvaroanmälningar via appen ska kontrolleras varje morgon senast 08.30.
– Betygskonferens för åk 6 hålls 3 december.

Trevlig helg!
Maria, arbetslagsledare`),
  d(`Från: Solveig Nyqvist
Skickat: den 7 januari 13:55
Till: Rektor Ängsskolan
Ämne: Konfidentiellt – elev i klass 3A

Hej Johan,
som vi pratade om i telefon: Alva i 3A har skyddade personuppgifter (sekretessmarkering) sedan familjen flyttade hit i december. Inga uppgifter om adress eller vilken skola hon går på får lämnas ut, inte heller klasslistor med hennes namn får sättas upp i korridoren. Fotografering vid skolfotot får inte ske utan att jag först har pratat med mamman.

Jag har informerat klassläraren.

Solveig Nyqvist
Skolsekreterare`, 'protected-identity'),
  d(`Kallelse till medlemsmöte – Vision Avdelning Storvik

Tid: torsdag 16 november kl 17.00
Plats: Folkets hus, lokal Valkyrian

Dagordning
1. Mötets öppnande
2. Val av ordförande och sekreterare för mötet
3. Information från lönerevisionen
4. Motioner till årsmötet
5. Övriga frågor

Anmälan senast 10 november till styrelsen. Fika serveras!`),
  d(`Protokoll Vision avdelning Storvik, styrelsemöte 3 oktober
Närvarande: Eva Järn (ordf), Kent Björk, Sofia Malm, Aron Tell

§ 12 Nya medlemmar: Styrelsen noterar att Hussein Abdi (Teknisk förvaltning) och Linnéa Carlsson (Barn och utbildning) har blivit medlemmar sedan förra mötet.
§ 13 Förhandlingar: Kent rapporterar från MBL-förhandling om omorganisationen på Stadsbyggnad.
§ 14 Ekonomi: Kassan uppgår till 48 230 kr.
§ 15 Nästa möte: 7 november.

Justeras: Sofia Malm`, 'trade-union'),
  d(`Hej Erik,

Här kommer en påminnelse om att du har en tid för hälsoundersökning hos företagshälsovården Previa den 14 mars kl. 09.20. Besöket är en del av den regelbundna kontrollen för personal som arbetar nattetid.

Ta med legitimation. Om du behöver boka om, ring 010-123 44 00.

Med vänlig hälsning
HR-avdelningen`),
  d(`Från: Lars-Göran Kvist
Skickat: den 28 augusti 07:49
Till: Personalgruppen Fritid
Ämne: Frånvaro idag

Hej,
jag blir hemma idag och troligen resten av veckan, migränen har kommit tillbaka och jag har fått en ny medicin som jag ska prova. Har meddelat Sara. Nycklarna till fritidsgården ligger i kassaskåpet, koden till det är 0918 om någon behöver dem.

/LG`, 'health', 'credentials'),
  d(`[Teams-export, kanal: Ekonomi-lön]
10:14 Petra: hej, Anders i kök 2 har fått fel lön i oktober, det saknas OB för 12 helgpass
10:15 Petra: hans grundlön är 29 450 kr, det stämmer, men OB-tillägget fattas helt
10:18 Johan: ok jag kollar, kan du skicka tidrapporten?
10:22 Petra: skickad
10:40 Johan: hittade felet, korrigeras på novemberlönen med 3 712 kr
10:41 Petra: toppen tack`, 'salary'),
  d(`Hej,

Inför kommunfullmäktiges sammanträde den 24 april vill vi påminna om att alla motioner ska vara registratorn till handa senast 10 april. Partigruppernas förmöten hålls som vanligt måndagen innan.

Bifogat finns föredragningslistan samt tjänsteskrivelser för ärendena 4–11.

Med vänlig hälsning
Kommunkansliet`),
  d(`Anteckningar från samverkansmöte barn och unga, 5 december
Deltagare: socialtjänsten (Åsa, Tomas), skolan (rektor Bodil), BUP (Leila)

Punkt 1. Gemensamma rutiner för orosanmälan – skolan vill ha en kontaktperson per enhet.
Punkt 2. Ärende 'Noah, 11 år' (vårdnadshavare har samtyckt till samverkan): Socialtjänsten har öppnat en utredning enligt 11 kap. 1 § SoL efter orosanmälan från skolan i november. Noah har nu kontakt med BUP för utredning av ADHD. Närvaron i skolan har förbättrats till ca 80 %.
Punkt 3. Nästa möte i februari.

Antecknat av Tomas`, 'social', 'health', 'grades'),
  d(`Från: Ingrid Sahlin <ingrid.sahlin@regionvast.se>
Skickat: den 15 juni 11:30
Ämne: Semesterlista och lite annat

Hej gänget!

Semesterlistan är nu fastställd, se bifogad fil. Några punkter:
• Ni som har veckorna 28–31 – kom ihåg att lämna över era ärenden i god tid.
• Ingen får ta ut mer än 4 veckor i följd i år pga bemanningsläget.
• Sommarfesten blir 19 juni i trädgården, ta med något till knytkalaset.

Och till sist: Mona går i pension i augusti efter 34 år hos oss! Mer info om avtackningen kommer.

Kram Ingrid`),
  d(`Hej Sofia

Jag har tittat på din ansökan om att flytta din lön till nytt konto. Du skrev clearingnummer 8327-9 och kontonummer 994 612 380-5 (Swedbank). Innan vi ändrar måste du bekräfta via självservice med BankID, vi tar inte emot ändringar via mejl av säkerhetsskäl. Jag har därför inte gjort ändringen ännu.

Vänligen
Lönecenter
Norrvikens kommun`, 'bank-account'),
  d(`Sammanfattning från läkarmöte, vårdcentralen Tallbacken, v. 41

- Influensavaccinationen startar 6 november. Drop-in tisdagar och torsdagar.
- Antalet besök för luftvägsinfektioner har ökat, ca 30 % fler än i fjol samma vecka.
- Ny rutin för förnyelse av recept via 1177, läkarna ska ha max 48 h handläggning.
- Diabetessköterskan är föräldraledig från december, vikarie rekryteras.
- Påminnelse om att sätta diagnoskoder korrekt – statistiken till regionen redovisas per ICD-kapitel.`),
  d(`Hej Maria,

Angående din fråga om Kerstin – ja, hon har varit i kontakt med oss på Företagshälsan. Jag kan bekräfta att hon är sjukskriven på 50 % fram till 31 maj och att vi har inlett en arbetsförmågebedömning. Vi föreslår ett trepartssamtal med henne, dig som chef och Försäkringskassan i slutet av april.

Med vänlig hälsning
Annelie Rask
Leg. arbetsterapeut, Hälsopartner AB

Detta meddelande kan innehålla konfidentiell information. Om du inte är rätt mottagare, vänligen radera meddelandet och meddela avsändaren.`, 'health'),
  d(`Till samtliga medarbetare inom vård och omsorg

Med anledning av den ökade smittspridningen av calicivirus på två av våra boenden gäller följande från och med idag:
1. Personal med symptom ska stanna hemma till 48 timmar efter sista symptom.
2. Besökare ombeds använda handsprit vid in- och utpassage.
3. Gemensamma måltider i matsalen ställs in på drabbade avdelningar.

Frågor besvaras av MAS, Helena Wik, ankn. 2231.

Vård- och omsorgsförvaltningen`),
  d(`Från: Polisen Region Mitt, utredningsenheten
Skickat: den 19 februari 14:02
Till: Socialtjänsten Ljungby, mottagningsgruppen
Ämne: Underrättelse enligt 14 kap. 1 § SoL

Hej,
härmed underrättas socialnämnden om att Kevin Mattsson, 16 år, är skäligen misstänkt för snatteri och ringa narkotikabrott (innehav av cannabis) den 17 februari på Storgatan. Han hördes i närvaro av sin mamma och släpptes därefter.

Uppgifterna omfattas av sekretess enligt 35 kap. 1 § OSL.

Kriminalinspektör Ulrika Nord`, 'criminal-record', 'secrecy', 'social'),
  d(`Hej!
Vi på Lärcentrum erbjuder hösten kurser i:
– Svenska som andraspråk, grund och gymnasial nivå
– Samhällskunskap för nyanlända, med fokus på demokrati, partisystemet och val
– Digital kompetens för seniorer

Anmälan sker via webben senast 15 augusti. Kurserna är avgiftsfria för folkbokförda i kommunen.

Välkommen!`),
  d(`Från: Per Alm
Till: Christina Boman
Ämne: Fw: Fredagens mingel

Hej Christina, se nedan – jag tror du glömde svara på inbjudan. /Per

---- Vidarebefordrat meddelande ----
Från: Kommunikationsavdelningen
Hej alla! Fredag 15.00 bjuder vi på mingel i kafeterian för att fira att medarbetarenkäten fick rekordhög svarsfrekvens, 87 %. Ledningen presenterar resultaten kort. Vegetariskt, halal och glutenfritt alternativ finns – ange specialkost i formuläret.`),
  d(`Ärende: Begäran om allmän handling – Dnr 2024/118
Beslut

Begäran avser utredningen om Linnea Åström i ärende om ekonomiskt bistånd. Uppgifterna omfattas av sekretess enligt 26 kap. 1 § OSL eftersom det inte står klart att uppgifterna kan röjas utan att den enskilde lider men. Handlingen lämnas därför inte ut.

Hur man överklagar, se bilaga.

Socialnämnden
Lena Frisk, förvaltningsjurist`, 'secrecy', 'social'),
  d(`Meeting notes – International Office, 4 September
Attendees: Grace, Mattias, Yusuf, Helen

1. Exchange students autumn term: 47 arrived, 3 still waiting for residence permits.
2. Buddy programme: 20 volunteers, need 10 more.
3. Welcome dinner: Sept 18. Food options vegetarian / halal / kosher – Grace will ask the caterer.
4. Housing: two students have complained about mould in Corridor B, facility management informed.
5. AOB: Helen on leave weeks 39–40.`),
  d(`Hej,

Jag är förälder till Amira i klass 2B. Jag vill meddela att Amira inte kommer att delta i simundervisningen under ramadan eftersom hon fastar, och att hon kommer vara ledig 10 april för Eid. Hon ber gärna på rasten om det finns ett tyst rum, går det att ordna?

Tack på förhand
Fatima Hassan`, 'religion'),
  d(`Från: Henrik Lundell
Skickat: den 2 april 15:12
Till: Karolina Ek
Ämne: SV: SV: Nyckelkort

Det funkar nu! Tack.

> Från: Karolina Ek
> Prova igen, jag har aktiverat kortet. PIN-koden är den du valde vid registreringen, vi ser den inte.
>
>> Från: Henrik Lundell
>> Mitt nyckelkort funkar inte på dörren till arkivet sedan i måndags.`),
  d(`Hej HR,

Jag vill anmäla att min kollega Jessica Blom vid flera tillfällen har fått kommentarer av sexuell karaktär och sms med anspelningar från en annan medarbetare på lagret. Hon vågar inte själv skriva, men har gett mig tillåtelse att anmäla. Hon vill inte jobba samma pass som honom.

Jag ber om att detta hanteras diskret.

Mvh
Stina Lönn, skyddsombud`, 'sex-life'),
  d(`Veckobrev från förskolan Humlan v. 38

Hej alla föräldrar!
Den här veckan har vi pratat om hösten och samlat löv i skogen. Barnen har målat med vattenfärg.
• Fotografen kommer tisdag 24/9. Om ert barn inte ska fotograferas, meddela oss.
• Vi påminner om att hämtning ska ske senast 17.15.
• Kom ihåg extrakläder, det är blött ute!
• Föräldramöte 2 oktober kl 18.30.

Hälsningar pedagogerna på Humlan`),
  d(`From: Jonathan Price <jprice@partnerlab.co.uk>
Sent: 11 March 09:05
To: Biobank Region Norr
Subject: Sample results – family study

Dear colleagues,

Attached is the summary for the Lindqvist family (index patient Ola Lindqvist). Sequencing confirms that Ola and his daughter Frida are both heterozygous carriers of the BRCA2 variant c.5946delT. His son Jakob tested negative. Please forward to the genetic counsellor, Dr Holm, for the follow-up appointments.

Kind regards,
Jonathan Price
Senior Scientist

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named recipient.`, 'genetic', 'health'),
  d(`Påminnelse: Genomgång av nya passersystemet

Från 1 oktober ersätts nyckelkorten på kommunhuset av ett system med ansiktsigenkänning vid huvudentrén. Alla anställda ska registrera sig hos Säkerhetsenheten under september. Registreringen tar ca 5 minuter. Den som inte vill registrera sin bild kan fortsatt använda kort + kod.

Information om behandling av personuppgifter finns på intranätet.

Säkerhetsenheten`),
  d(`Hej Rasmus,

Vi har nu fått tillbaka resultatet från registreringen i passersystemet. Din ansiktsmall sparades inte korrekt (kvalitet 41 av 100), och tummens fingeravtryck matchade inte vid verifieringen. Kan du komma förbi Säkerhetsenheten igen imorgon kl 10 så tar vi om det?

Din tillfälliga kod till entrén tills dess: 58 21 09.

/Säkerhetsenheten, Johanna`, 'biometric', 'credentials'),
  d(`Hej,
Ny medarbetare Daniel Roos börjar hos oss på IT-enheten 1 september. Han kommer närmast från Trafikverket och ska jobba med nätverk. Han sitter bredvid Olle. Ta väl emot honom!

Introduktionsschema:
mån – välkomstsamtal med chef, hämta dator
tis – genomgång säkerhetsrutiner
ons – följa med Olle ute på skolorna
tor – utbildning i ärendesystemet
fre – fika med hela enheten 14.00

/Therese, IT-chef`),
  d(`Från: Gunnel Strid
Skickat: den 9 november 13:14
Till: Bemanningsenheten
Ämne: Vikarie boendestöd

Hej,
vi behöver vikarie till boendestödet 13–17 november. Brukaren i lägenhet 4, Tobias, har LSS-beslut om boendestöd och personlig assistans pga sin autism och utvecklingsstörning, och han klarar dåligt nya ansikten. Det vore bra om det blev någon som har varit hos honom förut, t.ex. Amanda eller Selma.

Tack!
Gunnel, gruppbostaden Linden`, 'social', 'health'),
  d(`Till: Alla medarbetare, Stadsbyggnadsförvaltningen
Ämne: Löneöversyn 2025

Hej!
Lönesamtalen ska genomföras under perioden 15 januari–28 februari. Cheferna har fått underlag och lönekriterier. Medarbetare som är fackligt anslutna kan ha stöd av sin lokala fackliga företrädare. Den genomsnittliga ökningen är enligt avtalet 3,4 %.

Mall för lönesamtal finns på intranätet.
HR-enheten`),
  d(`Hej Emelie,

Jag har gått igenom ditt lönebesked och håller med om att något är fel. Din nya lön från april skulle vara 33 900 kr enligt lönesamtalet med Peter, men på lönespecifikationen står 32 600 kr. Jag har lagt upp ett ärende hos lönecenter och markerat det som brådskande.

PS. Glöm inte att du också har en retroaktiv del för april–maj på ca 2 600 kr som ska komma.

/Yvonne, HR-partner`, 'salary'),
  d(`Hej!

Tack för beställningen av konferenslokalen Strandhuset den 12 juni. Bekräftelse:
Antal deltagare: 24
Lunch: 24 portioner, varav 3 vegetariska och 1 laktosfri
Pris: 650 kr/person

Betalning sker mot faktura, ange referens 7720-KOMM. Vid betalning med kort på plats tar vi Visa och Mastercard.

Välkommen!
Strandhuset Konferens`),
  d(`Från: Birgitta Axelsson
Skickat: den 16 maj 20:41
Till: lonecenter@norrvikens.se
Ämne: Utlägg konferens

Hej,
jag fick betala hotellet i Sundsvall med mitt privata kort eftersom kommunkortet var spärrat. Kortnummer 4571 3389 2046 1187, giltigt till 09/27. Hotellet säger att de kan återbetala direkt till kortet om ni kontaktar dem, annars kan ni betala in till mitt lönekonto.

/Birgitta Axelsson, Kultur och fritid`, 'payment-card'),
  d(`Hej allihop,

Kort från ledningsgruppen:
1. Budgetutfall mars: +1,2 mnkr, främst lägre personalkostnader.
2. Sjukfrånvaron i förvaltningen 6,8 %, högst inom hemtjänsten.
3. Rekrytering av ny avdelningschef för IFO pågår, intervjuer v. 17.
4. Politiska beslut: socialnämnden beslutade i måndags om nya riktlinjer för LSS-bistånd.
5. Påminnelse: GDPR-utbildningen ska vara genomförd av alla före 30 juni.

Hälsningar Torbjörn, förvaltningschef`),
  d(`Ticket #88412 – Återställning MFA
Beställare: Magnus Eld (Överförmyndarenheten)
Kategori: Konto/behörighet

Åtgärd: Ny MFA-registrering skickad till användaren.
Engångskod för att aktivera appen: 830 417 (giltig 10 minuter)

Anteckning: användaren verifierad via samtal till registrerat mobilnummer.
Handläggare: Servicedesk/Linda`, 'credentials'),
  d(`Hej Anna-Karin!

Här är mina anteckningar från handledningen i torsdags med gruppen:
– vi pratade om hur vi bemöter klienter som är påverkade vid besök
– Ulla tog upp ett fall (avidentifierat) om en äldre man med alkoholproblem, men vi pratade mest om gränssättning generellt
– nästa gång: samtalsmetodik vid hot

Hör av dig om du vill ha min presentation.
/Jenny`),
  d(`Från: Mats Olofsson
Skickat: den 24 januari 09:12
Till: Anette Grahn
Ämne: Boende i Kvarnbacken 7

Hej Anette,
hyresgästen i lägenhet 1102, Sergej, har inte betalat hyran sedan oktober. Socialtjänsten har meddelat att han har fått avslag på försörjningsstöd för hyra då han inte varit inskriven på Arbetsförmedlingen. Han har nu en avhysning på gång. Kan vi ta ett möte med socialsekreteraren?

Mats Olofsson
Förvaltare, Kommunbostäder AB`, 'social'),
  d(`Hej!

Påminnelse från biblioteket: Boken "Samernas historia" som du lånade 2 mars ska lämnas tillbaka senast 23 mars. Du kan låna om den via Mina sidor.

Välkommen åter!
Stadsbiblioteket`),
  d(`Nyhetsbrev Tornedalens kulturförening

Hej medlemmar!
Nu är programmet för vårens meänkieli-cirklar klart. Vi träffas varannan tisdag på Folkhögskolan. Vi välkomnar alla, oavsett om ni har tornedalsk bakgrund eller bara vill lära er språket.

Den 15 juli firar vi Tornedalingarnas dag med musik och mat. Anmälan till Hilkka.

Styrelsen`),
  d(`Hej Pontus,

Jag är handläggare för Marko Nieminen som ansöker om bostadsanpassning. Han är sverigefinne och föredrar att samtala på finska, så vi behöver tolk vid hembesöket den 8 maj. Han har också svårt att gå i trappor efter sin stroke.

Mvh
Eva Sörling
Bostadsanpassningshandläggare`, 'ethnic-origin', 'health'),
  d(`Från: Daniela Rojas
Skickat: den 20 september 22:15
Ämne: SV: Resa till Göteborg

Hej igen!
Mina tankar om hotellbokningen:
- Hotell Opalen, 2 nätter, ok
- Middag på fredagen, vi behöver boka bord för 8
- Jag kan lägga ut för tågbiljetterna

Kommunkortets uppgifter står i gemensamma mappen, inte här i mejlet 😉 Sista fyra siffrorna är 8812 om du vill kolla att det är rätt kort.

/Daniela`),
  d(`Hej,
Vi har fått in en orosanmälan från förskolan Myran gällande Ella Nyström, 4 år. Personalen har sett blåmärken på armarna vid två tillfällen och Ella har sagt att "pappa blir arg". Förhandsbedömning ska göras inom 14 dagar. Jag föreslår att Anders tar ärendet.

Maria Ekström
Mottagningsgruppen, Barn och unga`, 'social'),
  d(`PROTOKOLL – Socialnämndens arbetsutskott 12 mars
Närvarande ledamöter: Kristina Lind (C), ordförande; Björn Wall (S); Amir Haddad (L)
Tjänstepersoner: Lotta Sköld, Mikael Bryn

§ 31 Information om verksamhetens budget, Lotta Sköld redovisar.
§ 32 Delegationsbeslut för februari – läggs till handlingarna.
§ 33 Information om lokalförsörjningsplanen, Mikael Bryn redovisar.
§ 34 Nästa sammanträde 9 april.

Justerare: Björn Wall`, 'political-opinion'),
  d(`Hej Sara,

Angående rekryteringen till tjänsten som samordnare: jag har pratat med båda referenserna för Hampus. Den första (hans chef på Migrationsverket) beskriver honom som strukturerad men konflikträdd. Den andra nämnde att han fick en skriftlig varning 2022 för att ha missat deadlines i flera ärenden. Jag tycker ändå vi ska gå vidare till en andra intervju.

Hälsningar
Lisa, rekryteringsansvarig`, 'hr-assessment'),
  d(`Från: Rektorsexpeditionen, Bergsskolan
Till: Vårdnadshavare åk 9
Ämne: Information om slutbetyg

Hej!
Slutbetygen för åk 9 sätts senast 7 juni och kan ses i Skola24 från 12 juni. Betyg sätts i alla ämnen på skalan A–F. Om eleven saknar underlag kan betyg inte sättas i ämnet (markeras med streck).

Ansökan till gymnasiet görs senast 1 februari, omval i april–maj.

Med vänliga hälsningar
Rektor Mona Ivarsson`),
  d(`[Chat export – Team Migration Services]
09:01 Karim: morning! the test server login still the same?
09:02 Pia: yes, user "svc_migtest", pw Kanelbulle!22
09:02 Karim: thx
09:30 Pia: don't forget standup at 10
09:31 Karim: 👍`, 'credentials'),
  d(`Hej Tove!

Som du vet har vi ett nytt LSS-ärende på enheten. Innan jag tilldelar det vill jag höra hur din arbetsbelastning ser ut. Du har 31 ärenden nu, vilket är lite mer än snittet. Det är helt ok att säga nej.

Vi ses på teamträffen!
/Malin, gruppledare`),
  d(`Från: Agnes Palm
Skickat: den 6 februari 11:05
Till: Jessica Thörn
Ämne: Vikariat

Hej Jessica,
jag hörde av Lena att du är gravid – grattis! När vill du att vi börjar planera för vikarie? Jag tänker att vi kan ta det på nästa avstämning.

Kram Agnes`, 'health'),
  d(`Hej alla,
efter mötet med regionens patientsäkerhetsgrupp: 
• avvikelserapporteringen ska ske i det nya systemet från 1 mars
• händelser med läkemedelsfel ökar, främst vid byte av dosett
• MAS påminner om att alla ordinationer ska signeras samma dag
• utbildning i lex Maria för sjuksköterskor 14 april

Ingen enskild händelse behöver åtgärdas från vår enhet denna gång.
/Carina, verksamhetsutvecklare`),
  d(`Hej,
jag har en fråga till er som sitter med gode männen. Min morbror Gösta Ahl har god man sedan i höstas pga demens, och gode mannen vill ha hans kontonummer för att betala räkningar – kan jag ge det eller måste han? Det är Nordea 3300 451209-8844 om det hjälper.

Mvh
Ann-Sofie Ahl`, 'health', 'bank-account'),
  d(`Från: Ulrika Hagström
Skickat: den 14 mars 08:31
Till: Klinisk genetik, remisser
Ämne: SV: Remiss Nilsson

Hej,
tack för snabbt svar. Jag har informerat familjen. För ordningens skull sammanfattar jag:

Provsvar för Maja Nilsson (f. 2009): homozygot för F508del i CFTR-genen, vilket bekräftar cystisk fibros. Båda föräldrarna, Henrik och Sara Nilsson, är bärare. Lillebror Oskar har inte testats ännu, föräldrarna vill vänta.

Vi ses på teamkonferensen på torsdag.

Ulrika Hagström
Barnläkare, Barn- och ungdomskliniken`, 'genetic', 'health'),
  d(`Hej!

Vi på Regionens forskningsenhet söker deltagare till en studie om ärftlighet vid hjärt-kärlsjukdom. Studien innebär ett blodprov för DNA-analys och en enkät. Resultaten redovisas endast på gruppnivå och ingen enskild deltagare kommer att kunna identifieras.

Intresseanmälan via länken på intranätet senast 30 september.

Etikprövningsnummer: Dnr 2023-04411-01

Vänliga hälsningar
Studieteamet`),
  d(`Kort sammanfattning av utvecklingssamtal (HR-systemet, sparat utkast)
Medarbetare: Oliver Sand
Chef: Pia Lagerström
Datum: 2024-11-05

Måluppfyllelse: Delvis uppfyllt. Oliver har nått målen för handläggningstid men har haft fyra klagomål från medborgare på bemötande under året.
Styrkor: Lösningsorienterad, hjälpsam mot kollegor.
Utvecklingsområden: Bemötande i telefon, planering av arbetsdagen.
Överenskommelse: Oliver går kursen "Svåra samtal" under våren. Uppföljning i mars.

Status: Utkast – ej signerat av medarbetaren`, 'hr-assessment'),
  d(`Hej chefer!

En påminnelse om att medarbetarsamtalen ska genomföras och dokumenteras i HR-systemet senast 15 december. Det nya formuläret har färre frågor och fokuserar på mål, arbetsmiljö och kompetensutveckling. Glöm inte att erbjuda uppföljande samtal vid behov.

Support: HR-service ankn. 4400

Med vänliga hälsningar
HR-strateg Lena Backlund`),
  d(`Från: Niklas Forsberg
Skickat: den 21 oktober 16:50
Till: Jenny Öhman
Ämne: Fw: Kollega

Jenny,
det här kom från Tobbe, jag vet inte hur vi ska hantera det. Läs nedan.

> Från: Tobias Ring
> Hej Niklas, jag vill bara att du ska veta att Jonatan berättade igår att han är bisexuell och att han har en pojkvän sedan i våras. Han vill inte att det ska bli en grej men han tycker att jargongen i fikarummet ibland är jobbig. Kanske kan vi ta upp det generellt på APT?
> /Tobbe`, 'sex-life'),
  d(`Hej alla!

Juni är Pride-månad och kommunen deltar i Prideparaden lördag 29 juni. Alla medarbetare är välkomna att gå med under kommunens banderoll. Samling 12.00 vid Stortorget. Vi bjuder på t-shirts, anmäl storlek till kommunikation@norrvikens.se.

Läs mer om kommunens arbete för hbtqi-personers rättigheter på intranätet.

Kommunikationsavdelningen`),
  d(`APT Hemtjänst Norr, 2 oktober
Närvarande: 14 medarbetare, enhetschef Monica Rehn

1. Info från ledningen: ny planeringsapp från november.
2. Brukarsituationer:
   - Herr Lindgren på Ekvägen har fått utökat beslut, nu fyra besök per dag.
   - Fru Svensson på Ringvägen 12 avböjer dusch, vi försöker med annan tid.
3. Arbetsmiljö: bilarna är smutsiga, städschema sätts upp.
4. Övrigt: julbord 13 december.`, 'social'),
  d(`Hej,

Vi har fått frågor om hur det nya ersättningssystemet för hemtjänst påverkar utförarna. Kort sammanfattat:
– ersättning per utförd timme i stället för beviljad tid
– tillägg för landsbygd med 12 %
– ingen förändring för brukarnas avgifter

Mer information lämnas vid utförarträffen 18 april. Ingen åtgärd krävs från er nu.

Beställarenheten, Vård och omsorg`),
  d(`From: Sarah Whitfield
To: HR Norrviken
Subject: my salary certificate

Hi,

I need a salary certificate (arbetsgivarintyg) for my mortgage application. Could you confirm on the certificate that my monthly salary is 41 200 SEK since March and that I have a permanent position? The bank needs it by Friday.

Thanks a lot!
Sarah Whitfield
Environmental inspector`, 'salary'),
  d(`Ärendelogg – Familjerätten, ärende 2024-0377 (utdrag)

2024-02-11: Samtal med mamman, Jenny Olsson. Hon uppger att pappan, Robert Olsson, dömdes för misshandel av henne 2021 och att han nu har kontaktförbud. Hon motsätter sig umgänge utan kontaktperson.
2024-02-15: Begäran om utdrag ur belastningsregistret skickad till Polismyndigheten.
2024-02-29: Utdrag inkommit, bekräftar domen (Tingsrätten, villkorlig dom och samhällstjänst).
2024-03-04: Samarbetssamtal ställs in.

Handläggare: Anders Bergkvist`, 'criminal-record', 'social'),
  d(`Hej!

Jag undrar om kommunen gör utdrag ur belastningsregistret för alla som jobbar på förskolan, eller är det bara nyanställda? Min dotter ska börja praktisera på Solrosen och undrar om hon behöver beställa själv.

Tack
Lisbeth`),
  d(`Från: Rektor Karl-Erik Söder
Till: Elevhälsoteamet
Ämne: Inför EHT torsdag

Punkter:
1) Elsa 7C – frånvaron fortsätter, nu 46 % ogiltig frånvaro hittills i höst. Mamma säger att Elsa har magont varje morgon. Skolsköterskan föreslår remiss till vårdcentralen.
2) Rutin för extra anpassningar – Kurator presenterar.
3) Allmänt: fler elever än vanligt söker skolsköterskan för oro inför nationella proven.

/K-E`, 'grades', 'health'),
  d(`Hej kollegor!

Här är sammanfattningen från fackliga samverkansgruppen (FSG) 19 mars:
– Arbetsmiljöverkets inspektion av köket på Tallbacka är avslutad utan anmärkning.
– Ny rutin för hot och våld godkändes.
– Kommunal, Vision och Vårdförbundet framförde synpunkter på schemaläggningen i sommar.
– Nästa FSG 16 april.

Protokollet finns i W3D3.
Johanna Berg, HR`),
  d(`Protokoll FSG Vård och omsorg, 19 mars

Arbetsgivarrepresentanter: Eva Stål, Johanna Berg (HR)
Arbetstagarrepresentanter: Mirja Kallio (Kommunal), Stefan Öst (Vision), Lena Hök (Vårdförbundet)

§ 1 Mötets öppnande
§ 2 Arbetsmiljö – tillbud i februari: 23
§ 3 Information om sommarrekrytering
§ 4 Övriga frågor

Vid protokollet: Johanna Berg`, 'trade-union'),
  d(`Hej Bosse!

Bara så du vet: min dotter Liv har skyddad identitet (fingerade personuppgifter) efter allt som hänt med hennes exman, så när ni skickar kallelsen till hennes bouppteckningsförrättning efter pappa – skicka den till mig, inte till någon adress ni hittar. Jag har hennes nya namn men det vill hon inte att jag skriver i mejl.

Tack,
Gun-Britt`, 'protected-identity'),
  d(`Till: Samtliga handläggare, Bygglov
Från: Registrator
Ämne: Rutin för skyddade personuppgifter

Hej,
en påminnelse om rutinen när en sökande har skyddade personuppgifter:
1. Handlingen registreras utan namn och adress i diariet.
2. Posten skickas via Skatteverkets förmedlingstjänst.
3. Ärendet markeras med "SPU" och endast behörig handläggare ser akten.

Rutinen finns i sin helhet på intranätet.`),
  d(`Hej,

Jag vill boka ett samtal med någon i ledningen. Min chef har vid två tillfällen i fikarummet sagt att "alla sossar borde åka ut", och han vet att jag sitter i kommunfullmäktige för Socialdemokraterna. Jag upplever det som trakasserier och vill att det utreds.

Vänliga hälsningar
Håkan Rydell
Vaktmästare, Fastighetsavdelningen`, 'political-opinion'),
  d(`Inbjudan till valupptakt!

Hej alla anställda i valnämndens organisation. Inför valet i september behöver vi röstmottagare. Det krävs ingen partitillhörighet – tvärtom ska röstmottagare vara opartiska. Ersättning: 2 400 kr för valdagen plus utbildning.

Intresseanmälan till valkansliet senast 31 maj.

Valkansliet`),
  d(`Från: Mikaela Sundin
Skickat: den 1 december 17:31
Till: Teamet
Ämne: Julbordet + lite praktiskt

Hej!
• Julbordet är bokat till 15 december kl 18 på Stadshotellet. Specialkost meddelas mig senast 5/12.
• Tack Ali för att du hjälper till med tomteluvorna 😊
• Julklappsleken: max 100 kr.
• Julbordet betalas av var och en, 300 kr, Swish till mig – märk med namn.

Mikaela`),
  d(`Hej ekonomi,

Jag behöver hjälp med återbetalning. Jag betalade deltagaravgiften för kursen i Umeå med mitt privata Mastercard 5412 7509 3311 0264 (exp 11/26) eftersom företagskortet inte gick igenom. Kvitto bifogat. Kan ni sätta in 4 950 kr på mitt konto 8214-6, 934 882 110-2 (Swedbank)?

Tack,
Ali Nadir
Fritidsledare`, 'payment-card', 'bank-account'),
  d(`Hej Isak,

Angående elevens betyg i svenska: enligt mina anteckningar har Wilma E i muntlig framställning, C på läsförståelsen och D på den senaste uppsatsen. Hon har lämnat in allt. Min bedömning är att hon ligger på D totalt men det är nära C.

PS. Hon har missat tre lektioner i oktober pga en familjeresa, men det är anmält.

Karin, ämneslärare svenska`, 'grades'),
  d(`Veckobrev – Rektor informerar v. 45

Hej vårdnadshavare!
Den här veckan genomför åk 9 nationella prov i svenska. Resultaten används som stöd vid betygssättningen men avgör inte betyget ensamt.
• Studiedag fredag 15/11, fritids har öppet för anmälda barn.
• Skolans frånvarostatistik förbättras, total frånvaro 6,2 % i oktober.
• Skolmaten: ny meny med fler vegetariska rätter.

Hälsningar Mona Ivarsson, rektor`),
  d(`[2024-09-12 13:04] Ellinor: har någon sett nya larmkoden till hemtjänstlokalen?
[2024-09-12 13:06] Kaj: nej den skickas via sms från Securitas tror jag
[2024-09-12 13:07] Ellinor: ok
[2024-09-12 13:30] Kaj: fick den nu, ringer dig istället för att skriva här
[2024-09-12 13:31] Ellinor: smart 👍`),
  d(`Hej Henrik,
som vi pratade om på telefon: jag har fått ett varningsmeddelande från banken att någon försökt använda mitt kort. Jag har spärrat det. Men kortet var kopplat till Adobe-licensen för kommunikationsavdelningen. Nya kortet är 4920 0021 8835 6678, utgång 02/29, CVC 514 – kan du lägga in det i Adobe-kontot så det inte stängs av? 

/Rebecka`, 'payment-card'),
  d(`Sammanfattning: Kommunstyrelsens presidium 11 april
Deltagare: Lars Höök (KD), ordförande; Ylva Bergh (S), vice ordförande; Kim Dahl (SD), 2:e vice ordförande; kommundirektör Ann Eng

- Genomgång av ärendelistan till KS 23 april
- Information om bredbandsutbyggnaden i Östra Ryd
- Remiss: ny avfallsplan
- Övrigt: Inga övriga frågor`, 'political-opinion'),
  d(`Hej alla!

Vi har tagit fram en enkät om arbetsmiljö och psykosocial hälsa. Svaren är anonyma och resultat redovisas bara för grupper med minst fem svarande. Frågorna handlar bl.a. om stress, sömn, sjukfrånvaro och upplevelse av kränkningar.

Enkäten är öppen till 20 oktober.

Tack för att du deltar!
Företagshälsovården`),
  d(`Från: Pernilla Törn
Skickat: den 27 maj 10:05
Till: Frida Andersson
Ämne: SV: Anmälan

Hej Frida,
Jag har läst din anmälan. Jag förstår att du upplever det jobbigt att din kollega Marcus ofta kommer för sent och lämnar tidigare. Vi har haft ett samtal med honom och han har fått en muntlig erinran, och vi följer upp hans tider noggrant. Av hänsyn kan jag inte berätta mer.

Pernilla Törn
Enhetschef`, 'hr-assessment'),
  d(`Hej!
Jag är ny som enhetschef och undrar om det finns en mall för skriftlig varning? Jag har inget konkret fall just nu men vill vara förberedd. Hittar inget på intranätet.

Mvh Jesper`),
  d(`Ämne: Sammanfattning rehabmöte – Anna Wiklund
Deltagare: Anna Wiklund, chef Leif Brodin, HR Sofie Pers, FHV Lena Holm

Anna har varit sjukskriven på heltid sedan 12 februari pga utmattningssyndrom (F43.8). Hon har påbörjat KBT via vårdcentralen. Planen är arbetsträning 25 % från 1 maj, enbart administrativa uppgifter, inga telefonpass. Avstämning var tredje vecka.

Anna vill att kollegorna bara får veta att hon kommer tillbaka på deltid.

Nästa möte: 22 maj`, 'health'),
  d(`Hej Olle,

Jag har pratat med Abdullahi på telefon. Han är somalier och har bott i Sverige sedan 2016. Han vill gärna ha en somalisktalande handläggare om det går, annars tolk. Han söker ekonomiskt bistånd för januari då han blivit uppsagd från sitt jobb på lagret.

Mvh
Patrik, mottagningen`, 'ethnic-origin', 'social'),
  d(`Från: Integrationsenheten
Till: Samtliga medarbetare
Ämne: Statistik mottagande 2024

Under 2024 tog kommunen emot 112 nyanlända, varav flest från Syrien, Afghanistan och Eritrea. 38 % var barn. Kommunen har nu 14 språkstödjare på arabiska, dari och tigrinja.

Ni som vill veta mer är välkomna på frukostseminariet 6 februari.`),
  d(`Hej,

Jag heter Ronja och är barnskötare på Tittuten. Jag undrar om jag får ledigt 23 december för att vara med på min judiska församlings Chanukka-firande – min man är rabbin och jag hjälper till med barnens program. Jag kan ta igen timmarna i januari.

Tack! Ronja`, 'religion'),
  d(`Minnesanteckningar – arbetsgruppen för livsåskådningsfrågor, kyrkogårdsförvaltningen

1. Begravningsplatsen: ny gravsättningsdel för muslimska gravar klar i maj.
2. Symbolneutral lokal: bokningar ökar, 24 ceremonier under året.
3. Svenska kyrkan och Islamiska förbundet har bjudits in till samråd i september.
4. Skyltning på arabiska och finska vid entrén.

Nästa möte 11 juni.`),
  d(`Hej kollegor på medicin 2,

Kort överlämning från natten:
- Sal 4 säng 1 (herr Johansson): oroligt, fick 5 mg Stesolid kl 02. Sov sedan.
- Sal 6: nyinlagd pneumoni, fru Berggren, syrgas 2 l.
- Inga fall. Apoteksleveransen kom.
- Pumpen på sal 3 behöver kalibreras, felanmäld.

/Natt-Kicki`, 'health'),
  d(`Hej,
påminnelse om att ni som jobbar på medicin 2 ska gå HLR-utbildningen före 30 november. Boka i kompetensportalen. Den tar 2 timmar och innehåller teori och praktiska övningar.
/Vårdenhetschef Tina`),
  d(`Från: IT-säkerhet <it-sakerhet@regionvast.se>
Ämne: Varning för nätfiske

Hej!
Flera medarbetare har fått mejl som påstår sig komma från "IT-support" och ber om ert lösenord eller er BankID-kod. Vi frågar ALDRIG efter lösenord via mejl. Om du har klickat på länken, kontakta servicedesk direkt och byt ditt lösenord.

Exempel på ämnesrad: "Din brevlåda är full – verifiera ditt konto".

IT-säkerhet`),
  d(`Hej Servicedesk,

Jag har klickat på den där länken i mejlet om full brevlåda och skrev in mitt användarnamn (kahe0412) och mitt lösenord Solros1972! Sedan hände inget. Vad ska jag göra nu? Jag har inte vågat logga in igen.

Karin Hedberg
Kostenheten`, 'credentials'),
  d(`Ärende: Ansökan om LSS – personlig assistans
Beslut: Avslag

Sökande: Leo Gustavsson, 7 år
Leo har diagnosen cerebral pares och använder rullstol. Nämnden bedömer att behovet av hjälp med grundläggande behov inte överstiger 20 timmar per vecka och att behovet tillgodoses genom föräldraansvaret. Ansökan om personlig assistans avslås därför enligt 9 § 2 LSS.

Beslutet kan överklagas till förvaltningsrätten inom tre veckor.

Handläggare: Mia Lundh`, 'social', 'health'),
  d(`Hej!

Vill bara tipsa om föreläsningen "LSS 30 år – vad har hänt?" som funktionsrättsrörelsen anordnar 5 oktober på Kulturhuset. Fri entré. Passar alla som jobbar med personlig assistans, daglig verksamhet eller boende.

/Ingela, LSS-handläggare`),
  d(`Från: Ola Karlsson
Skickat: den 18 januari 12:40
Till: Löneenheten
Ämne: Frågor om OB

Hej,
vi har en diskussion i arbetslaget om OB-ersättningen på helger. Enligt avtalet ska det vara 56,10 kr per timme på lördagar efter kl 16, men någon säger att det höjts. Kan ni bekräfta vilka nivåer som gäller från 1 april?

Tack
Ola Karlsson, undersköterska`),
  d(`Hej Maja,
Lönebesked för december har nu skickats ut. Vi har sett att din timlön som timvikarie felaktigt registrerats som 142 kr istället för 158 kr sedan september. Mellanskillnaden, totalt 2 944 kr för 184 timmar, betalas ut med januarilönen.
Ber om ursäkt för felet!
/Lönecenter, Camilla`, 'salary'),
  d(`Från: Fredrik Lind
Skickat: den 30 augusti 09:55
Till: Linda Björk
Ämne: Fw: Kontouppgifter för leverantör

Linda, kan du lägga upp Mats Gran som leverantör? Han är enskild firma och sköter snöröjningen på Backen. Hans kontouppgifter nedan.

-----
Mats Gran, Grans Snöröjning
Bankgiro 5891-2201
Privatkonto om bankgirot inte funkar: SEB 5201 00 417 82
-----

/Fredrik`, 'bank-account'),
  d(`Hej!
Inför årsskiftet uppdaterar vi leverantörsregistret. Alla leverantörer ska ha bankgiro eller plusgiro registrerat. Kontonummer till privatkonton accepteras inte längre. Skicka uppgifter via leverantörsportalen – inte via mejl.
Ekonomienheten`),
  d(`Hej,

Vi vill informera om att Statens institutionsstyrelse har begärt överflyttning av Elias Svensson, 17 år, från det särskilda ungdomshemmet Bärby till Rebeckagården. Elias vårdas enligt 3 § LVU på grund av sitt eget beteende (upprepade våldsbrott och missbruk). Planerad flytt 4 mars.

Handlingarna omfattas av sekretess enligt 26 kap. 1 § OSL.

Socialsekreterare Linn Åkesson`, 'social', 'criminal-record', 'secrecy'),
  d(`Hej kollegor!

Information från enhetsmötet:
– LVU-utbildningen för nya handläggare hålls 12–13 mars i Göteborg.
– Rutinen för placeringar i jourhem har reviderats, se bilaga.
– Statistik: 22 pågående placeringar, varav 9 i familjehem.
– Sekretessutbildningen (OSL) är obligatorisk för alla.

Ha en bra vecka!
/Gruppledare Helene`),
  d(`Protokoll Klubbmöte Kommunal sektion Hemtjänst Väst, 8 maj

Närvarande: Leila Asadi (ordf), Jörgen Malm (kassör), 11 medlemmar
1. Rapport från förhandlingarna om delade turer – Leila redogör.
2. Val av nytt skyddsombud för grupp 3: Anette Ross valdes.
3. Studieresa till Stockholm i september, anmälan till Jörgen.
4. Mötet avslutas.

/Justeras av Jörgen Malm`, 'trade-union'),
  d(`Hej Gustav,

Du har nu bytt namn i personalsystemet till Alex Lindh från och med 1 mars. Som vi pratade om kommer det nya namnet och pronomenet hen synas i signaturen, i telefonkatalogen och på passerkortet. Det gamla kortet spärras.

Vi på HR finns här om du behöver något mer i samband med din transition.

Vänliga hälsningar
Sara Wennberg, HR`, 'sex-life'),
  d(`Från: Anna Jonsson
Skickat: 3 november 14:02
Till: Förskolechefer
Ämne: Nya kontaktuppgifter

Hej!
Min nya mailadress är anna.jonsson2@norrvikens.se eftersom vi nu är två med samma namn. Mitt telefonnummer är oförändrat.

Mvh Anna Jonsson
Specialpedagog`),
  d(`Rapport till socialnämnden – uppföljning av placering (utdrag)

Lina, 14 år, är sedan juni placerad i familjehem enligt 2 § LVU. Hon har anpassat sig väl och går i åk 8 på Kvarnskolan. Närvaron har stigit från ca 50 % till 91 %. Betygen i höstterminens omdömen visar godtagbara kunskaper i alla ämnen utom matematik. Umgänge med mamma sker varannan vecka med kontaktperson.

Familjehemsmamma Susanne och hennes fru Ingrid har tagit väl hand om Lina.

Socialsekreterare Karin Lövqvist`, 'social', 'grades', 'sex-life'),
  d(`Hej Pernilla!

Ville bara säga att jag tycker det gick jättebra på konferensen! Din presentation om nya arbetssättet i familjehemsvården var klockren. Hoppas vi ses på nästa nätverksträff i Örebro.

Kram Lotta`),
  d(`Hej!

Från och med måndag gäller ny dörrkod till personalingången på Björkhagens skola: 2580. Den gamla koden 1919 slutar gälla söndag kväll. Lämna inte ut koden till elever eller vårdnadshavare.

/Vaktmästeriet`, 'credentials'),
  d(`Veckans IT-tips 💡

Visste du att du kan använda en lösenordshanterare för att komma ihåg alla dina inloggningar? Kommunen rekommenderar Keepass. Ett bra lösenord har minst 14 tecken – gärna en fras som "tre blåa cyklar på taket".

Frågor? Ring servicedesk 4500.`),
  d(`From: Martin Keller
Sent: Wednesday 14 February 11:11
To: Elin Ståhl
Subject: Fwd: Access to the lab

Hi Elin,
FYI below. Fingerprint registration for the new clean room is done for everyone except Ravi – his prints could not be read by the scanner (he says this has happened before, his fingertips are very worn). Security suggests an iris scan instead; Ravi has agreed. Can you book a slot for him?

Martin

---------- Forwarded message ----------
From: Security Office
All staff with clean room access must register fingerprints before 20 February.`, 'biometric'),
  d(`Hej alla!
Nu är det dags att registrera fingeravtryck för de nya skåpen i omklädningsrummet. Det är frivilligt – den som vill kan i stället använda kod. Fingeravtrycken lagras lokalt i låset och raderas när man slutar.

Registrering på tisdag kl 13–15 i personalrummet.
/Lokalvården`),
  d(`Hej,
min son Alexander i 4C ska genomgå en större operation i hjärtat i januari och kommer vara borta från skolan i ungefär sex veckor. Kan klassläraren skicka uppgifter hem så han inte halkar efter?

Vänliga hälsningar
Sofie Ek`, 'health'),
  d(`Hej Ingrid,

Jag vidarebefordrar mötesanteckningarna från fredagens ledningsgrupp nedan.

– Beslut om att införa digitala signaturer från 1 juni.
– Nya rutiner för diarieföring.
– Sjukfrånvaron ligger på 4,9 %, vilket är lägre än i fjol.
– Personalenkäten visar att många upplever stress inför bokslut.

Mvh Anders`),
  d(`Från: Helena Fjäll <helena.fjall@norrvikens.se>
Skickat: den 4 april 15:22
Till: Jon Backe
Kopia: Registraturen
Ämne: VB: VB: Adressändring elev

Hej Jon,
se nedan. Jag har tagit bort adressen från Skolwebben och markerat eleven. Kan du se till att inga utskick går till den gamla adressen heller?

/Helena

-----Ursprungligt meddelande-----
Från: Skatteverket Folkbokföring (via förmedling)
Skickat: den 3 april 10:02
Ämne: Underrättelse

Underrättelse om skyddad folkbokföring beträffande barnet Theo Lindahl, åk 2, Sjöskolan. Vårdnadshavaren har beviljats skyddad folkbokföring enligt 16 § folkbokföringslagen. Uppgift om bostadsort får inte röjas.

-----Ursprungligt meddelande-----
Från: Jon Backe
Skickat: den 2 april 08:14
Ämne: Adressändring elev
Hej, vi har fått en ny adress till Theo i 2A, ska jag lägga in den?`, 'protected-identity'),
  d(`Sammanfattning utbildningsdag: Skyddade personuppgifter i praktiken, 9 oktober

Föreläsare: Skatteverket och kommunens säkerhetssamordnare
• Skillnaden mellan sekretessmarkering, skyddad folkbokföring och fingerade personuppgifter.
• Hur posten hanteras via förmedlingsuppdrag.
• Vanliga misstag: skicka kallelser med fönsterkuvert, klasslistor, fotografier på webben.
• Gruppdiskussion kring fiktiva fall.

Presentationen finns på intranätet under Säkerhet.`),
  d(`Hej Roger,

Angående din fråga om hyresgästen i trappuppgång C: jag kan bekräfta att hon har kvarskrivning enligt folkbokföringslagen och är kvar skriven på sin gamla adress i Uppsala. Hennes namn får alltså inte stå på dörren, och post ska inte delas ut till lägenheten i hennes namn.

Ring mig om något är oklart.
/Yasmin, Kommunbostäder kundtjänst`, 'protected-identity'),
  d(`Hej!
Jag har en fråga om Skolverkets statistik: hur rapporterar vi elever med skyddade personuppgifter i den årliga insamlingen? Det gäller inte någon särskild elev utan rutinen generellt.
Mvh Gunnar, skolsekreterare`),
  d(`Från: Nina Ahlberg
Skickat: den 12 juni 14:44
Till: Malin Frost
Ämne: Sommarjobbare

Hej Malin!
Här är listan på sommarjobbarna som ska till parkavdelningen v. 26–28:
1. Ebba Ström
2. Mohammed Ali Hassan
3. Wilma Ek – OBS: sekretessmarkering, hennes adress och telefon ska inte stå i några listor, kontakta henne via mig.
4. Noel Frid

/Nina, Ungdomsenheten`, 'protected-identity'),
  d(`Hej alla handläggare!

Påminnelse inför sommaren: när ni begär in uppgifter från Skatteverket och en person har skyddade personuppgifter ska ni aldrig skriva ut adressen på beslut. Använd förmedlingsadressen. Vid osäkerhet, fråga juristen Ida Sten.

/Avdelningschef Myndighetsutövning`),
  d(`Ärende 4411 – Kyrkogårdsförvaltningen
Från: Begravningsbyrån Frid
Till: Kundtjänst

Hej,
vi har ett dödsfall, Imam Rashid Aziz, 71 år, som ska begravas enligt muslimsk sed inom 24 timmar. Familjen önskar gravplats i det muslimska kvarteret och tvagning i kommunens tvagningsrum. Kan ni bekräfta att tvagningsrummet är ledigt fredag förmiddag?

Vänligen
Sven Frid`, 'religion'),
  d(`Hej!
Vi är några medarbetare som vill ha ett rum för bön och stillhet på Stadshuset. Det skulle vara öppet för alla, oavsett tro eller ingen tro. Finns det något ledigt rum på plan 3? Vi har pratat med 15 personer som är intresserade.
Mvh Ellen (på uppdrag av gruppen)`),
  d(`Från: Klas Wiberg
Skickat: den 20 november 09:03
Till: Ann Persson
Ämne: Schemaönskemål

Hej Ann,
Maria Hakim har bett att inte få pass på fredag eftermiddag under hösten eftersom hon går till moskén då. Jonas vill inte jobba söndag förmiddag, han är aktiv i pingstförsamlingen och spelar i kyrkan. Kan vi lösa det? Jag tycker båda önskemålen är rimliga.

/Klas`, 'religion'),
  d(`Hej,

Till handledarmötet om religionskunskap åk 7–9:
- Studiebesök i synagogan i Göteborg 21 februari, buss bokad.
- Besök i moskén och katolska kyrkan under våren.
- Eleverna skriver reflektion efter besöken, bedöms enligt kunskapskraven.
- Vårdnadshavare som inte vill att barnet deltar i själva gudstjänsten kan meddela mentor.

/Anneli, ämneslag SO`),
  d(`Protokoll, Barn- och utbildningsnämnden 6 februari (utdrag)

Närvarande: Hans Frisk (M), ordförande; Eva Ljung (S); Mustafa Öz (V); Britta Hall (KD); Therese Lund (SD)

§ 8 Skolskjuts på landsbygden – Beslut enligt förslag. Mustafa Öz (V) reserverar sig till förmån för eget yrkande.
§ 9 Rapport om kränkande behandling – Informationen noteras.

Justeras 13 februari.`, 'political-opinion'),
  d(`Hej!
Jag är ny som handläggare och undrar hur vi hanterar kommunens politiska sekreterare när de ringer och vill ha information om enskilda ärenden? Finns en policy? 
Tack, Emil`),
  d(`[Slack #allmänt, Socialförvaltningen]
[15:02] Maja L: någon som vill med på demonstrationen mot nedskärningarna i äldreomsorgen på lördag?
[15:05] Peter H: jag hänger på, jag har ju ändå kampanjat för Vänsterpartiet hela våren 😄
[15:06] Sofia B: tror inte det är lämpligt att vi planerar det här i jobbkanalen tbh
[15:07] Maja L: ok flyttar till privat chat
[15:10] Lina R: påminnelse: kanalen är för jobbrelaterat`, 'political-opinion'),
  d(`Nyhetsbrev Ungdomsrådet, mars

Hej alla!
• Skolvalet 2026 närmar sig: alla gymnasieskolor erbjuds material från Skolverket. Partiernas ungdomsförbund bjuds in till debatt 4 mars i aulan.
• Ungdomsrådet har nu 21 ledamöter.
• Sommarlovsaktiviteter: förslag tas emot till 15 april.

Hälsningar Ungdomssamordnaren`),
  d(`Hej Monica!

Jag har gått igenom ansökan om förlängd anställning för Mikael Sundqvist. Han har varit medlem i Vårdförbundet sedan 2019 och är nu även förtroendevald på arbetsplatsen, vilket betyder att vi måste kalla förbundet innan något beslut fattas om hans schema.

Hälsningar
Katarina, HR`, 'trade-union'),
  d(`Hej!
Påminnelse: nästa vecka är det medlemsvärvningsvecka för Sveriges Lärare på skolorna. Ombudsmannen finns på plats i lärarrummet på Ekbacken tisdag och Hagaskolan torsdag. Alla lärare är välkomna att ställa frågor, oavsett om man är med i facket eller inte.
/Rektor Eva`),
  d(`Från: Joakim Rask
Skickat: den 19 september 11:20
Till: HR
Ämne: Avgift dras på lönen

Hej,
jag gick ur Unionen i juni men avgiften (398 kr/mån) dras fortfarande på min lön. Kan ni stoppa löneavdraget? Jag har sagt upp medlemskapet direkt hos förbundet också.

/Joakim, Gata/park`, 'trade-union'),
  d(`Hej kollegor!

Arbetsgruppen har nu sammanställt förslaget om nytt schema. Synpunkter från arbetsplatsträffen:
– helgtjänstgöring var tredje helg
– längre överlapp vid kvällsbyte
– facken (Kommunal och Vårdförbundet) har fått förslaget för yttrande

Svara senast fredag om ni har fler synpunkter.
/Schemagruppen`),
  d(`From: Laura Bianchi
Sent: 23 January 13:41
To: Norrviken HR
Subject: Re: Re: questionnaire

Hi again,

Sorry for the late answer. Regarding the equality questionnaire – I am happy to share that I am Roma, my family comes from Romania originally, and I would like the municipality to know that I speak Romani if that is ever useful for outreach work.

Best regards,
Laura`, 'ethnic-origin'),
  d(`Hej,
vi söker en person till projektet "Romsk brobyggare" som ska stödja kontakten mellan skolan och romska familjer. Meriterande: kunskap om romani chib och romsk kultur. Sista ansökningsdag 12 maj.
Läs mer på kommunens webbplats.`),
  d(`Minnesanteckningar, samrådsmöte med samiska företrädare, 2 oktober
Deltagare: kommunens minoritetssamordnare Ylva Rönn, Sametingets representant, två representanter för samebyn

1. Förvaltningsområdet för samiska språket – rapport om förskoleverksamhet på sydsamiska.
2. Samebyn framför synpunkter på vindkraftsplaneringen.
3. Kommunen erbjuder fler timmar modersmålsundervisning.
4. Nästa möte i februari.`),
  d(`Hej Margareta!

Jag är elevens mentor och vill bara informera om att Ante i 6B är same och har rätt till modersmålsundervisning i nordsamiska. Hans pappa har önskat att han får börja så snart som möjligt. Kan du lägga in honom i gruppen på onsdagar?

/Hanna, mentor 6B`, 'ethnic-origin'),
  d(`Hej!

Vi har fått ett klagomål från en besökare som menar att vår receptionist behandlade honom sämre för att han är "invandrare". Besökaren, Kerim Demir, berättade att han är kurd från Turkiet och att receptionisten sa att han skulle "lära sig svenska först". Vi behöver utreda händelsen.

/Tina, kvalitetsansvarig`, 'ethnic-origin'),
  d(`Dagordning – Integrationsrådet 14 maj

1. Välkommen och presentation
2. Statistik över etablering och sysselsättning bland utrikes födda i kommunen
3. Språkcaféet – rapport
4. Projekt mot rasism i skolan – ansökan till Allmänna arvsfonden
5. Övrigt

Mötet hålls i Kulturhuset, sal B.`),
  d(`Hej Pia,

Som svar på frågan från förra veckan: vi har nu fått resultaten från den genetiska utredningen. Din mamma Gerd bär på samma mutation i HTT-genen som orsakade din morfars Huntingtons sjukdom. Genetiska vägledaren har bokat ett samtal med henne 14 mars, och du och din bror är välkomna att diskutera prediktiv testning.

Vänliga hälsningar
Eva Lundin, genetisk vägledare
Klinisk genetik, Universitetssjukhuset`, 'genetic', 'health'),
  d(`Från: Thomas Ek
Skickat: den 2 juni 09:14
Till: Marie Sand
Ämne: Ledighet

Hej Marie,
jag behöver vara ledig onsdag förmiddag. Vi har fått kallelse till Klinisk genetik med hela familjen eftersom min syster fått beskedet att hon bär på Lynch syndrom, och nu ska jag och mina barn testas. Jag tar det som flextid.

/Thomas`, 'genetic', 'health'),
  d(`Nyhetsbrev från Regionens genetikmottagning

Nu erbjuder vi genetisk screening för ärftlig bröst- och äggstockscancer till fler. Kriterierna har utökats i enlighet med nationella riktlinjer. Remiss skrivs av läkare på vårdcentral eller specialistmottagning.

Vi påminner också om att DNA-analyser alltid föregås av genetisk vägledning.

Väntetid just nu: ca 10 veckor.`),
  d(`Hej,
Angående faderskapsärendet för barnet Nova (född 3 januari): DNA-testet från Rättsmedicinalverket visar att Filip Blom med 99,99 % sannolikhet är far till barnet. Faderskapsbekräftelse kan nu upprättas. Jag kallar båda föräldrarna till möte.

Familjerättssekreterare Tove Lindqvist`, 'genetic', 'social'),
  d(`Till: Samtliga medarbetare Familjerätten
Ämne: Ny rutin för DNA-test i faderskapsärenden

Från 1 februari beställs DNA-test via Rättsmedicinalverkets nya portal. Provtagningskit skickas direkt till vårdcentralen. Handläggaren ansvarar för att kallelsen går ut inom två veckor.

Avdelningschef Sara Lindh`),
  d(`Säkerhetsincident #SI-2024-031

Sammanfattning: En extern konsult fick tillgång till röstbiometrimodulen i kundtjänstens telefonisystem under ett testfönster. Loggarna visar att röstavtrycken för sex namngivna medarbetare (bl.a. Anders Kron, Birgitta Lax och Nils Öhrn) exporterades till en testmiljö. Filerna har raderats. Berörda medarbetare informeras av sin chef.

Åtgärd: Begränsad behörighet, ny rutin för testdata.
Ansvarig: Informationssäkerhetssamordnare Pär Vidén`, 'biometric'),
  d(`Hej!
Vi utvärderar nu ett nytt system för röstigenkänning i växeln. Leverantören hävdar att systemet kan identifiera återkommande uppringare med 97 % träffsäkerhet. Innan vi går vidare ska en konsekvensbedömning (DPIA) göras. Dataskyddsombudet är inkopplat.
/Digitaliseringsenheten`),
  d(`Från: Polisen, Gränspolisen Arlanda
Till: Migrationsenheten, Norrvikens kommun
Ämne: Identitetsfastställelse

Hej,
avseende personen som uppger sig heta Samir Bashir: hans fingeravtryck har kontrollerats mot Eurodac och matchar en registrering i Italien 2021 under annat namn. Ansiktsbilden i passet stämmer med bilden i registret. Vi översänder jämförelseprotokollet per säker post.

Med vänlig hälsning
Gränspolisen`, 'biometric'),
  d(`Hej kollegor,
Kort om den nya passerkontrollen på Rådhuset: från måndag används kortläsare med PIN, inte fingeravtryck som det stod i förra veckans information. Fingeravtrycksläsarna installeras först 2026. Ingen behöver göra något nu.
/Fastighetsservice`),
  d(`Från: Malin Hedin
Skickat: den 8 mars 13:17
Till: Ekonomi
Ämne: Felaktig dragning

Hej,
jag bokade tåg för mig och Jesper till utbildningen i Stockholm med mitt privata kort (VISA 4539 6712 8803 4417, exp. 05/27) eftersom kommunens resebyrå inte svarade. Nu har SJ dragit beloppet två gånger, 2 × 1 386 kr. Kan ni hjälpa till att reklamera?

Malin Hedin
Kulturskolan`, 'payment-card'),
  d(`Hej!
Påminnelse: alla inköp ska göras med kommunens inköpskort eller mot faktura. Använd aldrig privata kort. Om kortet tappas bort – spärra det omedelbart via 020-xxx (se intranätet) och meddela ekonomienheten. Skicka aldrig kortnummer via mejl!
Ekonomienheten`),
  d(`Ärende #22981 – Kundtjänst Parkering
Kund: Sven Lindell
Meddelande från kund:
"Hej, betalning för min boendeparkering gick inte igenom. Kortet är Mastercard 5168 4412 0937 2259, utgång 08/26, säkerhetskod 331. Kan ni dra igen? Jag har försökt i appen tre gånger."

Intern kommentar (Tilda): Har inte dragit något, bett kunden använda appen. Kortuppgifterna bör maskas i ärendet.`, 'payment-card'),
  d(`Hej,
bifogar kvitto från restaurangbesöket med projektgruppen. Betalt med inköpskortet som slutar på 4471. Totalt 2 340 kr för 6 personer. Deltagarlista bifogad.
/Oskar`),
  d(`Hej Lena!

Ang. vår nya kollega: Fatima Yusuf har nu skrivit på. Hon börjar 1 oktober som socialsekreterare i vuxengruppen. Månadslön 35 500 kr, heltid, tillsvidare med sex månaders provanställning. Kan du lägga upp henne i lönesystemet?

Tack!
/Robert, enhetschef`, 'salary'),
  d(`Från: Lönespecialist Anja Ström
Till: Chefer inom Vård och omsorg
Ämne: Lönestatistik 2024

Hej!
Bifogat finns lönestatistik per yrkesgrupp. Medianlönen för undersköterskor är 29 800 kr, för sjuksköterskor 41 200 kr och för enhetschefer 52 600 kr. Statistiken ska användas som underlag inför löneöversynen. Individuella löner framgår inte.

/Anja`),
  d(`Hej Kristoffer,

jag förstår att du är missnöjd med din lönehöjning. Du fick 650 kr, vilket ger en ny lön på 31 250 kr, och det är under snittet på 3,2 % i gruppen. Bakgrunden är att vi på medarbetarsamtalet kom fram till att du inte nått målen kring dokumentation. Vi kan gärna ta ett möte med din fackliga representant från Kommunal om du vill.

Hälsningar
Veronica, enhetschef`, 'salary', 'hr-assessment', 'trade-union'),
  d(`Från: Stefan Högberg
Skickat: den 11 februari 08:11
Till: Åsa Linde
Ämne: SV: Lönesamtal

Hej Åsa,
visst, onsdag 14.00 funkar för lönesamtalet. Jag tar med mina egna anteckningar om året.
/Stefan`),
  d(`Hej!

Vi behöver ändra din utbetalning av arvodet som kontaktperson. Enligt vårt system har vi följande konto registrerat: Nordea personkonto 1234 56 78901 (Gunhild Berg). Stämmer det fortfarande? Om inte, fyll i blanketten "Ändring av kontonummer" och skicka den med post.

Med vänlig hälsning
Ekonomiadministrationen, Individ- och familjeomsorgen`, 'bank-account'),
  d(`Från: Rolf Sahlén
Skickat: den 27 juni 22:03
Till: Ekonomiskt bistånd
Ämne: utbetalning

hej jag har fått nytt konto för mina pengar från er. det är handelsbanken 6189 328 441 567. gamla kontot i ica banken är stängt. kan ni betala dit nästa gång
mvh rolf`, 'bank-account', 'social'),
  d(`Hej!
Påminnelse till alla med kommunalt arvode: glöm inte att anmäla förändrat kontonummer via Swedbanks kontoregister eller via formuläret på förtroendevalda-sidan. Vi kan inte ta emot kontonummer via telefon.
/Kommunkansliet`),
  d(`Hej IT,
vi har en praktikant, Felix, som behöver ett tillfälligt konto i två veckor. Användarnamn kan vara felix.prak och lösenord skickar ni väl till mig på sms? Han börjar måndag.
/Maria, Miljöenheten`),
  d(`Hej Felix!

Välkommen till praktiken på Miljöenheten. Här är dina inloggningsuppgifter:
Användarnamn: felix.prak
Lösenord: Tussilago-2024!
Wifi (Kommun-Gäst): gäst / Fjäril99

Byt gärna lösenord när du loggat in första gången. Ring 4500 om något strular.
/IT-servicedesk`, 'credentials'),
  d(`Veckosammanfattning Servicedesk v. 12

• Ärenden: 412 (varav 136 lösenordsåterställningar)
• Snittid för lösning: 3,1 h
• Incident: nätverksavbrott på Björkskolan tisdag 10–11.30
• Påminnelse: lösenord och koder skickas alltid via sms, aldrig i ärendekommentarer
• Semesterplanering pågår

/Teamledare Kim`),
  d(`Från: Jan Wall <jan.wall@ekbackens-vc.se>
Skickat: den 14 november 16:22
Ämne: Inför vårdplanering

Hej,
inför samordnad individuell plan (SIP) för Greta Holm, 86 år: hon har blivit inlagd två gånger på en månad pga fall och hjärtsvikt. Dottern upplever att hemtjänstinsatserna inte räcker och har ansökt om särskilt boende. Biståndshandläggaren Emil deltar.

Möte 20 november kl 13 i hennes lägenhet.

Jan Wall, distriktssköterska`, 'health', 'social'),
  d(`Hej alla biståndshandläggare!

Nya riktlinjer för särskilt boende gäller från 1 januari. Viktiga förändringar:
– ansökan kan göras digitalt
– hembesök ska ske inom 10 dagar
– biståndsbedömningen ska ta hänsyn till ensamhet och oro
– kvarboendeprincipen förtydligas

Utbildning för alla handläggare 5 december.
/Utvecklingsledare Sandra`),
  d(`Hej Kim,

Jag vill bara informera att Petra i köket har fått en skriftlig varning efter händelsen förra månaden, då hon skällde ut en elev inför hela matsalen. Varningen ligger i hennes personalakt i två år. Hon har fått stöd från sin fackliga företrädare och vi följer upp om tre månader.

Vänligen
Bengt, kostchef`, 'hr-assessment', 'trade-union'),
  d(`Protokoll APT Kosten, 12 november

1. Arbetsmiljö – ny diskmaskin i Tallbackaskolans kök.
2. Bemötande – diskussion om hur vi hanterar stökiga situationer i matsalen. Bengt påminner om rutinen för att rapportera incidenter med elever.
3. Sjukfrånvaro – korttidsfrånvaron är 3,9 %.
4. Julmenyn presenteras.

Antecknat av Sara`),
  d(`Hej Pernilla,

Här är elevens resultat i matematik för Elvira i 5A, efter ditt önskemål inför EHT:
- Diagnos taluppfattning: 12/30
- Prov geometri: Ej godtagbar
- Prov bråk: Godtagbar
- Frånvaro: 6 % (allt anmält)
Jag tror hon behöver extra anpassningar, kanske en utredning av dyskalkyli.

/Mattias, klasslärare`, 'grades'),
  d(`Hej föräldrar i 5A!

Nu är höstens utvecklingssamtal inbokade, se schemat i Skola24. Ni får i samband med samtalet ta del av skriftliga omdömen i alla ämnen. Om ni inte kan komma på den tid ni fått, byt med någon annan familj och meddela mig.

Ha en fin helg!
/Mattias`),
  d(`From: exchange@uniostrand.se
Subject: Transcript of records – Anna Meier

Dear Ms Lund,

Please find the transcript for our exchange student Anna Meier (Erasmus, autumn term):
- Public Administration, 7.5 ECTS: B
- Swedish Welfare State, 7.5 ECTS: A
- Statistics I, 7.5 ECTS: Fail (re-exam registered 10 January)
- Swedish for beginners, 7.5 ECTS: C

Best wishes
International Office`, 'grades'),
  d(`Anteckningar från elevhälsomöte (EHM) 3 mars – generella ärenden

1. Skolsköterskan: hälsosamtal i åk 4 och 7 pågår, 80 % genomförda.
2. Kurator: tre gruppsamtal om skärmtid.
3. Specialpedagog: rutinen för extra anpassningar ska revideras.
4. Rektor: frånvarotrappan gäller även för gymnasieförberedande program.

Inga individärenden togs upp denna gång.`),
  d(`Hej,

Min pappa Olof Strand har under våren fått diagnosen Alzheimers. Han har beviljats hemtjänst två gånger per dag men vi märker att det inte räcker. Han har gått vilse två gånger. Hur gör vi för att ansöka om plats på demensboende?

Tacksam för svar!
Jenny Strand`, 'health', 'social'),
  d(`Från: Carina Öberg
Skickat: den 17 oktober 14:31
Till: Lars Nord; Hanna Vik
Ämne: VB: Sammanställning inför ledningsgruppen

Hej båda,
här kommer sammanställningen inför tisdag. Jag har lagt till ett par saker längst ner.

/Carina

-----Ursprungligt meddelande-----
Från: Lars Nord
Skickat: den 16 oktober 17:05
Till: Carina Öberg
Ämne: Sammanställning inför ledningsgruppen

Hej Carina,
underlag i punktform:

1. Ekonomi
   - Prognos för helåret: -2,4 mnkr, främst köpta platser för placeringar.
   - Försörjningsstödet ökar, +9 % jämfört med i fjol.
2. Personal
   - Två vakanta socialsekreterartjänster, rekrytering pågår.
   - Personalomsättningen ligger på 18 %.
3. Kvalitet
   - IVO-tillsynen av barn och unga: inga anmärkningar.
   - Tre lex Sarah-rapporter under kvartalet, samtliga utredda.
4. Personalärende
   - Medarbetaren i vuxengruppen, Johan Ekdahl, har anmälts till polisen för att ha lånat ut pengar till och tagit emot gåvor från en klient. Han är avstängd med lön i avvaktan på utredningen. Detta bör tas upp i slutet av mötet utan protokoll.
5. Övrigt
   - Julbord 12 december.

/Lars`, 'criminal-record', 'hr-assessment'),
  d(`Hej,

Vi har tagit del av domen från Tingsrätten i Falun avseende er klient Benny Lund. Han har dömts till fängelse i 10 månader för grov stöld och olaga hot. Frivården har fått uppdraget att upprätta verkställighetsplan. Vi vill boka ett samverkansmöte med er socialsekreterare om boendet efter frigivningen.

Med vänlig hälsning
Kriminalvården, Frivården Falun
Handläggare Åsa Tegnér

Detta meddelande kan innehålla uppgifter som omfattas av sekretess enligt 35 kap. 15 § OSL.`, 'criminal-record', 'secrecy', 'social'),
  d(`Hej kollegor,

Inför temadagen om våld i nära relationer 22 november:
• 08.30 Kaffe
• 09.00 Föreläsning: Våldets normaliseringsprocess (Centrum mot våld)
• 10.30 Polisen berättar om kontaktförbud och hur en anmälan går till
• 12.00 Lunch
• 13.00 Workshop om frågor vid hembesök
• 15.00 Avslut

Anmälan till Maria senast 8 november.`),
  d(`Från: Klara Sjödin
Skickat: den 2 februari 11:14
Till: Rektor Ekbacken
Ämne: Incident på skolgården

Hej Ulf,
som du säkert hört blev Isak i 9B rånad på sin telefon utanför skolan igår. Två äldre killar, varav en är Milan Petrovic som gick ut nian i fjol, hotade honom med kniv. Isaks pappa har polisanmält och polisen har redan hört Milan. Jag har pratat med Isak, han är skakad men var i skolan idag.

/Klara, kurator`, 'criminal-record'),
  d(`Hej!
En påminnelse om att vi som arbetar med barn måste visa upp ett nytt utdrag ur belastningsregistret vart tredje år. Beställ det från Polisens hemsida (blankett 442.5) och lämna det oöppnat till din chef. Sista dag för er som anställdes 2021 är 31 mars.
/HR Barn och utbildning`),
  d(`Hej Martina,

Utdraget ur belastningsregistret för den sökande till vikariatet på Lövet, Jesper Aronsson, har kommit. Det innehåller en dom från 2019 för ringa narkotikabrott (strafföreläggande). Enligt rutinen ska vi göra en samlad bedömning – jag tycker vi ska prata om det innan vi erbjuder tjänsten.

/Elsa, rekryterande chef`, 'criminal-record'),
  d(`Hej Jonna,

Jag skickar över handlingarna i ärendet om tillsyn av serveringstillstånd för Restaurang Piren. Av polisens yttrande framgår att ägaren Dragan Milić är dömd för skattebrott och bokföringsbrott 2022. Alkoholhandläggaren föreslår återkallelse av tillståndet.

Uppgifterna i polisens yttrande omfattas av sekretess enligt 35 kap. 1 § OSL och får inte lämnas ut.

/Oskar, Tillståndsenheten`, 'criminal-record', 'secrecy'),
  d(`Från: Registrator
Skickat: den 20 mars 15:01
Till: Samtliga nämndsekreterare
Ämne: Sekretessmarkering i diariet

Hej!
Kom ihåg att handlingar som kan omfattas av sekretess ska sekretessmarkeras vid registrering, och att beslutet om utlämnande alltid fattas först när någon begär ut handlingen. Vid tveksamhet kontakta förvaltningsjuristen. En checklista finns på intranätet.

Registraturen`),
  d(`SEKRETESS – 26 kap. 1 § OSL

Till: Socialnämndens individutskott
Ärende: Omedelbart omhändertagande enligt 6 § LVU

Ebba Svanberg, 3 år, har omedelbart omhändertagits den 11 november efter att polisen ingripit i hemmet på Granvägen. Modern var kraftigt påverkad och barnet ensamt i lägenheten. Ebba är placerad i jourhem. Ordföranden fattade beslutet, utskottet ska pröva det vid nästa sammanträde.

Handläggare: Therese Åberg`, 'secrecy', 'social'),
  d(`Hej,
vi har mottagit din begäran om att få ta del av handlingar i ärende KS 2024/231 (upphandling av skolskjuts). Handlingarna har sekretessprövats. Anbuden från leverantörerna lämnas ut med undantag av prisbilagorna, som omfattas av sekretess enligt 31 kap. 16 § OSL. Du kan begära ett överklagbart beslut.

Med vänlig hälsning
Upphandlingsenheten`, 'secrecy'),
  d(`Hej alla,

Lite från veckans arbete med sekretessfrågor:
- Vi har haft många begäranden om allmänna handlingar, 64 st denna vecka.
- Nya utbildningen i OSL för nämndsekreterare startar i april.
- Påminn gärna kollegor om att inte säga "det är sekretess" per automatik – alla handlingar ska prövas.

Juristen Ida`),
  d(`Från: Lena Boström
Skickat: den 5 september 10:48
Till: Anders Hult
Ämne: Fw: Utlämnande

Anders, se nedan. Vi lämnar inte ut.

-------- Originalmeddelande --------
Från: Förvaltningsjuristen
Uppgifterna om hyresgästen Kjell Åström i Hyresnämndens ärende om obetalda hyror och hans kontakter med skuldrådgivningen omfattas av sekretess enligt 26 kap. 1 § OSL. Handlingen får inte lämnas ut till tidningen.`, 'secrecy', 'social'),
  d(`Till: Personal på Hälsocentralen Fjällbyn
Från: Verksamhetschef
Ämne: Patientsekretess vid journalutlämning

Påminnelse: Journalhandlingar omfattas av sekretess enligt 25 kap. 1 § OSL och får lämnas ut först efter sekretessprövning. Läkaren gör prövningen. Logga alltid utlämnandet.

Tack för att ni är noggranna!`),
  d(`Hej,

Vid dagens hembesök hos familjen Karimi (ärende om ekonomiskt bistånd) berättade mamman Zahra att de är kristna konvertiter från Iran och att familjen fått hot från släktingar på grund av sin tro. Hon vill inte att tolken ska vara från samma område. Jag noterar detta i journalen.

/Handläggare Maja Dahl`, 'religion', 'social', 'ethnic-origin'),
  d(`Protokoll från föräldramöte, förskolan Ekorren

1. Info om inskolning.
2. Mat: förskolan serverar vegetariskt alternativ varje dag. Fläskfritt kan beställas.
3. Högtider: vi uppmärksammar jul, ramadan och Diwali med sånger och sagor. Inga barn tvingas delta.
4. Föräldraråd: två föräldrar valdes.

/Förskolechef Lisa`),
  d(`From: Rev. Thomas Whitaker
Sent: 2 March 10:21
To: Norrviken Municipality, Social Services
Subject: Concern for parishioner

Dear Sir or Madam,

I am the chaplain of the Anglican congregation in town. One of our members, Mrs Grace Otieno, who attends mass every Sunday, told me that she has been without heating for two weeks and cannot pay her electricity bill. She is 79 and lives alone. Could someone from your services contact her?

Yours sincerely,
Rev. Thomas Whitaker`, 'religion'),
  d(`Hej,
jag vill anmäla att jag inte vill ha julmat på julbordet utan kosher, om det går att ordna? Jag äter inte fläsk eller skaldjur. Om det är krångligt tar jag med egen mat.
Tack! / Rebecka Stein, Ekonomienheten`, 'religion'),
  d(`Hej!
Specialkostbeställningar för personalfesten ska lämnas senast fredag. Det finns vegetariskt, veganskt, laktosfritt, glutenfritt samt halal och kosher att välja på. Fyll i formuläret, ange bara kostval – inte anledning.
/Personalföreningen`),
  d(`Från: Oskar Jansson
Skickat: den 13 april 23:14
Till: Personalchefen
Ämne: Konfidentiellt

Hej Karin,

Jag vill berätta något personligt innan det sprids som skvaller. Jag och Erik från Tekniska har varit ett par i snart två år och vi ska gifta oss i sommar. Jag vet att det finns regler om närstående i samma förvaltning – Erik jobbar inte under mig, men vi vill vara öppna. Kan vi prata om det?

Vänliga hälsningar
Oskar`, 'sex-life'),
  d(`Hej kollegor,
RFSL håller en utbildning om hbtqi-kompetens i vården den 7 mars. Den riktar sig till all personal inom äldreomsorgen och handlar om bemötande av äldre hbtqi-personer. Anmälan via kompetensportalen.
/Utvecklingsenheten`),
  d(`Ärendeanteckning, Ungdomsmottagningen (utdrag till kurator)

2024-09-18: Besök av Noa, 16 år. Berättar att han sedan en fest i augusti har haft ett sexuellt förhållande med en 24-årig man som han träffat via en app. Noa vill inte att föräldrarna får veta. Testad för klamydia, negativt. Kurator tar ställning till orosanmälan.

Barnmorska Lena Krantz`, 'sex-life', 'health'),
  d(`Hej Sofia,
tack för att du berättade på tisdagens möte. Jag har informerat HR enligt rutinen om att du blivit utsatt för sexuella trakasserier av en kund i receptionen, och kunden har fått besöksförbud i Kontaktcenter. Vill du ha kontakt med företagshälsovården finns det alltid.
/Magnus, chef Kontaktcenter`, 'sex-life'),
  d(`Kort rapport från personalnätverket Regnbågen, våren 2025

– Nätverket har nu 42 medlemmar från alla förvaltningar.
– Vi har haft tre luncher och en föreläsning om normkritik.
– Vi deltar i Pride-paraden i juni och söker volontärer till kommunens monter.
– Nätverket är öppet för alla, inte bara hbtqi-personer.

Kontakt: regnbagen@norrvikens.se`),
  d(`Hej!

Jag heter Mirja och är nyanställd tolk. Jag undrar om jag kan få tillgång till passersystemet. HR sa att jag måste lämna fingeravtryck hos vakten – är det frivilligt? Jag har hört att man kan använda kort istället.

Tack!
Mirja Salo`),
  d(`Från: Säkerhetsenheten
Skickat: den 28 januari 09:40
Till: Kjell Andersson
Ämne: SV: Fingeravtryck raderade?

Hej Kjell,
ja, vi har nu raderat dina registrerade fingeravtryck (höger pekfinger och tumme) samt ansiktsbilden från passersystemet, eftersom du slutar 31 januari. Loggen visar att mallarna togs bort kl 08.12 idag.

Säkerhetsenheten/Johanna`, 'biometric'),
  d(`Hej,
Inför skolfotograferingen: fotografen använder ett program som automatiskt kopplar varje ansikte till rätt elev med ansiktsigenkänning. Vi har fått frågor om detta. Alla bilder raderas hos fotografen efter 60 dagar. Den som inte vill vara med i systemet fotograferas manuellt. 
/Skolexpeditionen`),
  d(`Hej Anna,
Jag har nu sett loggarna från tidsstämplingsterminalen på Lagret. Terminalen använder handflatsskanning. Mattias Wennström har stämplat in 07.02 varje dag i mars, men kamerabilderna visar att han kom efter nio tre gånger. Någon har alltså använt hans handflatsmall? Det borde inte gå. Kan du kolla med leverantören?
/Per, lagerchef`, 'biometric', 'hr-assessment'),
  d(`Meddelande från Migrationsverket, Mottagningsenheten Boden

Hej,
personen Yonas Tesfay (dossiernummer 19-887 442) har fått sina fingeravtryck och ansiktsfoto registrerade vid ansökan om förlängt uppehållstillstånd 6 mars. Han uppger att han är eritreansk medborgare av tigrinsk härkomst. Beslut väntas inom 4 månader.

Handläggare Erik Falk`, 'biometric', 'ethnic-origin'),
  d(`Hej alla!

I helgen firade vi Samefolkets dag på skolan med joik, renskav och föreläsning om samernas historia. Stort tack till alla som hjälpte till!
Vi har också beställt nya böcker om nationella minoriteter till biblioteket.

/Biblioteket, Gränsskolan`),
  d(`Från: Johanna Aho
Skickat: den 11 september 15:30
Till: Äldreomsorgen Sjöbacka
Ämne: Min mamma

Hej,
min mamma Aili Aho flyttar in på Sjöbacka nästa vecka. Hon är sverigefinne och har med åren tappat nästan all svenska pga sin demens. Finns det finskspråkig personal? Enligt minoritetslagen har hon rätt till äldreomsorg på finska, har jag läst.

Vänligen
Johanna Aho`, 'ethnic-origin', 'health', 'social'),
  d(`Hej!
Kommunen ingår i förvaltningsområdet för finska. Det innebär att äldre sverigefinnar har rätt till äldreomsorg helt eller delvis på finska. Vi söker därför undersköterskor med finska språkkunskaper. Ansök via Offentliga jobb.`),
  d(`Hej Sanna,
en sak till från intervjun med Sergio: han nämnde att han är uppvuxen i Chile men har italienskt ursprung, och att han talar spanska, italienska och lite portugisiska. Kan vara bra för tjänsten på Kontaktcenter. Referenserna ser bra ut.
/Martin`, 'ethnic-origin'),
  d(`Från: Anders Möller
Skickat: den 3 juni 10:20
Till: Genetikmottagningen
Ämne: Släktutredning

Hej,
jag vill ha hjälp med en släktutredning. Min pappa och hans bror dog båda av hjärtstopp före 50 och vi har nu fått veta att pappas kusin har bekräftad hypertrofisk kardiomyopati med en genetisk förändring i MYBPC3. Kan jag testa mig?

Anders Möller`, 'genetic', 'health'),
  d(`Hej!
Vi i föräldraföreningen undrar om ni på skolan kan informera om den nya nyfödd-screeningen (PKU-provet). Många föräldrar undrar vad som sparas i biobanken och hur länge. Vi har inga specifika frågor om enskilda barn.
/Föräldraföreningen Lövhagen`),
  d(`Hej,

Resultat för barnet Tyra Berg, PKU-screening: förhöjt värde, omprov taget, kvarstår. Genetisk analys visar två sjukdomsframkallande varianter i PAH-genen. Diagnos fenylketonuri bekräftad. Föräldrarna informerade, dietist kopplad.

Detta meddelande innehåller patientuppgifter som omfattas av sekretess enligt 25 kap. 1 § OSL.

Barnkliniken, Dr Linda Friberg`, 'genetic', 'health', 'secrecy'),
  d(`Hej,
Jag satt i kassan på simhallen igår när en kund, Lars Boman, lämnade sitt kort för att betala årskortet. Terminalen krånglade så jag skrev upp numret på en lapp: 4023 9911 6620 3184 exp 12/26. Nu vet jag inte om betalningen gick igenom. Vad ska jag göra med lappen?
/Lovisa, receptionen`, 'payment-card'),
  d(`Hej!

Du har en ny faktura från Norrvikens kommun (barnomsorgsavgift, april). Belopp: 1 572 kr. Förfallodag: 30 april. Betala via autogiro, e-faktura eller med kort på Mina sidor. 

Detta mejl går inte att svara på.`),
  d(`Från: Hampus Lind
Skickat: den 24 juli 21:15
Till: Kultur och fritid
Ämne: Dubbel dragning

hej. jag bokade två platser på sommarlägret för mina barn via er webb. Mitt kort (mastercard 5355 0827 6615 9032, giltigt tom 10/28) drogs två gånger, 3 200 kr ggr två. Vill ha tillbaka.

Hampus`, 'payment-card'),
  d(`Hej Stina,

Vi behöver lägga in ditt kort som betalkort för dina tjänsteresor, eftersom du reser så mycket. Men skriv INTE numret här – ring resebyrån på 08-123 440 10 istället och ge dem uppgifterna direkt.

/Emma, administratör`),
  d(`Veckorapport Ungdomsboendet Kompassen, v. 8

Beläggning: 9 av 10 platser
Händelser:
• Ungdom A (Zakaria, 17) rymde tisdag kväll och hittades av polisen på onsdagsmorgonen. Han misstänks för inbrott i en kiosk under natten, förhör har hållits.
• Ungdom B har påbörjat praktik på bilverkstad.
• Brandövning genomförd.
Personal: 2 vikarier under sportlovet.

/Föreståndare Göran Ek`, 'criminal-record', 'social'),
  d(`Hej,
vi arbetar med en revidering av Kompassens rutiner för avvikelser. Hur ska vi dokumentera när en ungdom rymmer eller begår brott under placeringen? Finns det en mall från socialförvaltningen?
/Göran, föreståndare`),
  d(`Hej Linnéa,

Jag vill lyfta Emils arbete under hösten inför din bedömning av hans provanställning. Han har varit mycket noggrann, snabbt lärt sig systemen och fått beröm från medborgare. Däremot har han vid flera tillfällen inte följt rutinen för sekretessmarkering och det måste förbättras. Samlat tycker jag att han ska erbjudas tillsvidareanställning.

/Jakob, handledare`, 'hr-assessment'),
  d(`Hej chefer!

Här kommer en påminnelse om de nya lönekriterierna:
1. Resultat och måluppfyllelse
2. Samarbete och bemötande
3. Utveckling och ansvar
Lönesättande samtal ska dokumenteras i HR-systemet. En bedömningsmall finns i chefshandboken.

/HR-enheten`),
  d(`Från: Ylva Hallin
Skickat: den 9 maj 16:10
Till: Barbro Dahl
Ämne: Personlighetstest

Hej Barbro,
här är resultaten från personlighetstestet för de två slutkandidaterna till controllertjänsten:
– Amanda Lilja: hög samvetsgrannhet, låg extraversion, mycket hög stresstålighet.
– Nils Borg: hög extraversion, medel samvetsgrannhet, låg stresstålighet.
Testföretagets rekommendation är Amanda.

/Ylva, rekryteringskonsult`, 'hr-assessment'),
  d(`Hej alla!
Vi har nu infört personlighetstest som ett steg i rekryteringen av chefer. Testet heter OPQ32 och administreras av en extern konsult. Kandidaterna får alltid återkoppling. Resultaten sparas inte efter avslutad rekrytering.
/HR-direktör Lars Wik`),
  d(`Hej!

Sammanfattning från kvartalsmötet med lönerådet:
– Lönespridningen inom förvaltningen är oförändrad.
– Analysen av osakliga löneskillnader mellan kvinnor och män visar inga skillnader som inte kan förklaras.
– Nästa revision: april.
/Lönerådet`),
  d(`Hej Nadia,

ditt nya lönebesked: grundlön 28 900 kr, OB 3 412 kr, övertid 1 250 kr, skatt 8 902 kr, netto 24 660 kr. Utbetalning sker till ditt konto i Swedbank, 8105-9 912 441 223-4, den 25:e.

Lönecenter`, 'salary', 'bank-account'),
  d(`Hej!
Jag tänkte bara tipsa om att facket Vision har en löneapp där man kan jämföra sin lön med andras inom samma yrke. Bra inför lönesamtalet! 
/Lisa`),
  d(`Hej,
min man Kenneth Ljung har blivit sjuk och fått diagnosen ALS. Han kan inte längre gå i trappor och behöver hjälp med det mesta. Vi har ansökt om hemtjänst och bostadsanpassning men inget har hänt på fyra veckor. Vad gör jag?
Marita Ljung`, 'health', 'social'),
  d(`Hej alla vårdnadshavare!

Höstens hälsosamtal hos skolsköterskan genomförs för åk 4 och 7. Eleverna får svara på en enkät om sömn, kost och mående. Skolsköterskan kontaktar er om något behöver följas upp. Vaccinationer enligt barnvaccinationsprogrammet ges i åk 5 (HPV) och åk 8 (dTp).

/Elevhälsan`),
  d(`[2024-03-15 07:45] Emma: morrn, kommer vara sen idag, Vincent har kräkts hela natten så jag måste vänta på att min sambo kommer hem 
[2024-03-15 07:46] Chef Linda: ok ingen fara, krya på er
[2024-03-15 07:50] Emma: tack ❤️ typ kl 10
[2024-03-15 08:10] Jonas: jag tar ditt möte kl 9
[2024-03-15 08:11] Emma: du är bäst`, 'health'),
  d(`Hej,
Vi har tagit emot din ansökan om ekonomiskt bistånd för mars. För att vi ska kunna handlägga ansökan behöver du komplettera med:
– kontoutdrag för de senaste tre månaderna
– hyresavi
– beslut från Försäkringskassan
Saknade uppgifter ska vara inne inom 10 dagar.

Försörjningsstödsenheten`),
  d(`Hej Mohammed,

Beslut: Din ansökan om ekonomiskt bistånd för februari beviljas med 8 430 kr (norm, hyra och el). Ansökan om bidrag till glasögon avslås, se motivering. Pengarna betalas ut 28 februari till ditt konto.

Handläggare Eva Sand
Försörjningsstödsenheten`, 'social'),
  d(`Från: Eva-Lena Grip
Skickat: den 30 januari 16:44
Till: Personalgruppen, Öppenvården
Ämne: Veckan som gått + viktigt om Ljuset-gruppen

Hej alla!

Veckan i korthet:
• Vi har tagit emot fyra nya klienter i återfallsprevention.
• Handledningen flyttas till torsdag nästa vecka.
• Datorerna i grupprummet är uppdaterade, ni loggar in som vanligt.

Viktigt om Ljuset-gruppen:
En av deltagarna, Sandra Pihl, har sedan i måndags skyddad folkbokföring efter hot från sin före detta sambo. Hennes namn ska tas bort från närvarolistan på anslagstavlan och hon ska aldrig ringas upp från ett nummer som visar vår enhet. Samtal bokas bara via mig.

Övrigt:
• Fredagsfika: Jamal tar med.
• Påminnelse om semesterönskemål senast 15 februari.

Tack för en bra vecka!
Eva-Lena`, 'protected-identity'),
  d(`Hej Henrik,

Angående bokningen till simskolan: barnet Mio Lund har fingerade personuppgifter, så i bokningssystemet står han under det namn ni fick från Skatteverket. Hans riktiga namn får inte förekomma någonstans i våra listor. Kontaktpersonen på socialtjänsten har godkänt att han deltar.

/Annika, Badhuset`, 'protected-identity'),
  d(`Hej alla skolsköterskor!

En påminnelse inför vaccinationsomgången: för elever med skyddade personuppgifter skickas information om vaccination via förmedlingsadressen. Inga namn på listor som sätts upp i klassrummen. Fråga Kerstin om du är osäker på vilka elever som berörs i din skola.

/Medicinskt ledningsansvarig, Elevhälsan`),
  d(`Från: Lotta Berglund
Skickat: den 6 augusti 09:02
Till: Gymnasieantagningen
Ämne: SV: Antagningsbesked

Hej!
Tack för snabbt svar. Eftersom min son Vilgot har sekretessmarkering i folkbokföringen vill jag inte att antagningsbeskedet skickas hem med vanlig post. Kan jag hämta det personligen på kansliet?

/Lotta

> Från: Gymnasieantagningen
> Antagningsbeskeden skickas ut 1 juli och finns även i webbtjänsten.`, 'protected-identity'),
  d(`Kommunfullmäktige – justerat protokoll (utdrag), 25 september

§ 112 Motion om gratis kollektivtrafik för pensionärer
Motionär: Birgitta Nyman (V)
Yrkanden: Birgitta Nyman (V) och Oskar Tell (MP) yrkar bifall till motionen. Anders Wiik (M) yrkar avslag.
Omröstning: 23 ja, 28 nej. Fullmäktige avslår motionen.
Reservation: Vänsterpartiets och Miljöpartiets ledamöter reserverar sig.

Justerare: Emma Hed (C), Tobias Öst (S)`, 'political-opinion'),
  d(`Hej!

Jag jobbar som lärare och min elev Julia i 3B har frågat om jag kan hjälpa henne med ett arbete om demokrati. Hon vill intervjua en politiker. Kan någon på kommunkansliet förmedla kontakt med en fullmäktigeledamot som har tid? Vilket parti spelar ingen roll.

Tack
Sven, Nordskolan`),
  d(`From: Ahmed Said
To: HR
Subject: Leave request

Hi,
I would like to apply for unpaid leave 12–16 September. I am a candidate for the Green Party (Miljöpartiet) in the municipal election and need to campaign during the last week. My manager Johan has said it is OK if HR approves.

Regards,
Ahmed Said
IT Department`, 'political-opinion'),
  d(`Hej kollegor,

Kort sammanfattning av riktlinjerna inför valet:
– Som anställd får du inte bära partisymboler i tjänsten.
– Politiska partier får inte dela ut material i våra lokaler.
– Du får självklart engagera dig politiskt på fritiden.

Frågor till kommunjuristen.`),
  d(`Hej Klara,

Här är sammanställningen av omdömen för Rasmus i 4A inför utvecklingssamtalet:
Svenska: Utvecklas i god takt, läser flytande.
Matematik: Behöver mer stöd i problemlösning, når inte kunskapskraven i dagsläget.
Engelska: Mycket bra.
Idrott: Deltar aktivt.
Frånvaro: 4 dagar under höstterminen.

/Marcus, klasslärare`, 'grades'),
  d(`Hej alla mentorer,

Frånvarorapporterna för september är nu klara. Skolan har en total frånvaro på 7,8 %, varav 1,2 % ogiltig. Mentorer ska kontakta vårdnadshavare när en elev har mer än 10 % frånvaro under en månad. Listan med berörda elever skickas separat till respektive mentor via Skolwebben.

/Biträdande rektor`),
  d(`Från: Gymnasiet Nordvik, expeditionen
Till: Lennart Ek
Ämne: Betygsutdrag

Hej Lennart,
här kommer betygsutdraget som du bad om för din dotter Saga (NA21b):
Matematik 3c: B
Kemi 1: C
Biologi 1: A
Engelska 6: A
Svenska 2: C
Historia 1b: E

Meritvärde hittills: 17,2.
/Expeditionen`, 'grades'),
  d(`Hej!
Sveriges Lärare har valt nya ombud på Hagaskolan: Petra Lind och Omar Farah. De representerar lärarna i samverkansgruppen från och med vårterminen. Tack till Birgitta som avgår efter sex år!
/Rektor`, 'trade-union'),
  d(`Hej,

Som huvudskyddsombud för Kommunal i Äldreomsorgen vill jag begära en skyddsrond på Björkbackens äldreboende enligt 6 kap. 6 a § arbetsmiljölagen. Personalen rapporterar för tunga lyft och för få lyftanordningar.

Med vänlig hälsning
Susanne Ring
Huvudskyddsombud, Kommunal sektion Vård och Omsorg`, 'trade-union'),
  d(`Hej alla,
vi har fått frågan om vilka fack som finns representerade hos oss. På kommunens webb finns en lista med kontaktuppgifter till Kommunal, Vision, Vårdförbundet, Sveriges Lärare, Akademikerförbunden och Ledarna. Facklig tid ska alltid registreras i Heroma.
/HR`),
  d(`Hej Annika,
apropå kursen i Lund: vi flyger och jag bokar själv. Ge mig ditt kort över telefon så tar jag det, skriv det inte här. Jag har redan mitt eget inlagt.
/Tobias`),
  d(`Hej,

Vid uppföljning av inköp under december noterades att ett privat kort använts i bokningen av hotell i Malmö för projektgruppen. Kortuppgifterna låg kvar i bokningsbekräftelsen: Visa 4916 3357 0041 8826, utgångsdatum 03/28, kortinnehavare Jennie Forslund. Vi ber dig radera bekräftelsen ur delade mappen.

/Internkontrollen`, 'payment-card'),
  d(`Från: Konstantin Volkov
Skickat: den 4 maj 08:54
Till: Norrvikens Hamn AB
Ämne: Båtplats

hej, jag vill betala båtplatsen för säsongen. ni sa att jag kan mejla kortet. Det är 5290 6612 0037 4189, giltigt till 07/27, koden på baksidan 782. Namn på kortet Konstantin Volkov.`, 'payment-card'),
  d(`Från: Elisabet Munk
Skickat: den 22 mars 13:50
Till: Ledningsgruppen Vård och omsorg
Ämne: Minnesanteckningar 21 mars

Deltagare: Elisabet (förvaltningschef), Tove, Håkan, Sara, Yusuf, Gunilla

1. Ekonomi: Prognos +0,4 mnkr. Hemtjänsttimmarna ökar.
2. Kompetensförsörjning: 14 undersköterskor börjar vårdbiträdesutbildningen i augusti.
3. Lex Sarah: Två rapporter, en gäller felaktig läkemedelshantering, utreds av MAS.
4. Personal: Håkan presenterar sjuktal per enhet. Ingen individinformation.
5. Ordförandeberedning: Nämndens ordförande önskar info om köerna till särskilt boende.
6. Övrigt: Gunilla har valts till ordförande i Vårdförbundets lokalavdelning – grattis!

Nästa möte 4 april.`, 'trade-union'),
  d(`Hej alla nya medarbetare!

Välkommen på introduktionsdagen tisdag 8 oktober. Programmet:
08.30 Kommundirektören hälsar välkommen
09.00 Kommunens organisation och politiska styrning
10.15 Informationssäkerhet – lösenord, phishing och sekretess
11.30 Lunch
12.30 Fackens presentationer
13.30 Arbetsmiljö och hälsa
15.00 Rundvandring i Stadshuset

Ta med passerkort och dator.
/HR-utveckling`),
  d(`Hej Jamal!

Såhär ser det ut med Wi-Fi i nya lokalen på Storgatan:
Nät: Storgatan-Personal
Lösen: Ekorre#Vinter24
Skrivaren har IP 10.14.2.33, admin-lösen står på lappen i förrådet.

/Oskar, IT`, 'credentials'),
  d(`Minnesanteckningar IT-forum, 19 februari

1. Flerfaktorsautentisering införs för alla konton före sommaren. Medarbetarna får instruktion via mejl.
2. Lösenordspolicyn uppdateras: minst 14 tecken, inget krav på byte var 90:e dag.
3. Incidenter: 3 nätfiskeförsök, inga konton komprometterade.
4. Nästa möte i april.`),
  d(`Hej,

Vi vill informera om en personuppgiftsincident. Den 3 april skickades av misstag en lista över deltagare i kommunens rökavvänjningsprogram till fel mottagare. Listan innehöll namn och telefonnummer för 12 personer samt uppgift om att de deltar i programmet. Berörda har informerats, och incidenten har anmälts till IMY.

Dataskyddsombudet`),
  d(`Hej Lennart!

Bara så du vet inför nästa vecka: Hussein i arbetslaget opereras för sitt diskbråck på måndag och blir borta minst tre veckor. Vi får fördela hans elever mellan oss. Han vill inte ha besök men blir glad för sms.

/Karin, arbetslagsledare`, 'health'),
  d(`Hej!
Välkommen till Friskvårdsveckan 6–10 maj! Det blir yoga på lunchen, föreläsning om sömn och stress, och möjlighet att testa blodtryck och kolesterol hos företagshälsovården. Resultaten får bara du se.
/Personalföreningen`),
  d(`Ärende: Utredning enligt 11 kap. 1 § SoL – sammanfattning (utdrag)

Barn: William Holm, 9 år
Anledning: Orosanmälan från skolan 2 september om att William ofta kommer hungrig och utan ytterkläder.
Utredningen visar att mamman Therese har en pågående depression och nyligen blivit utförsäkrad. Familjen har beviljats ekonomiskt bistånd och stödsamtal. Skolan rapporterar att Williams närvaro förbättrats.
Bedömning: Ärendet avslutas med bistånd i form av kontaktfamilj.

Socialsekreterare Karin Lövqvist`, 'social', 'health', 'grades'),
  d(`Hej,

Den 14 november anordnar vi en utbildning i BBIC (Barns behov i centrum) för nyanställda socialsekreterare. Utbildningen går igenom utredningsprocessen från orosanmälan till beslut, med fiktiva fall. Plats: Stadshuset, Sal Linné.

/Kompetensutveckling IFO`),
  d(`Hej Birgitta!

Jag vill bara uppdatera om vår hyresgäst i lägenhet 3 på Lingonstigen, Arne Blom. Hemtjänsten kommer nu tre gånger om dagen och det har blivit mycket lugnare med klagomålen från grannarna. Jag tror vi kan avsluta störningsärendet.

Vänligen
Kent, bovärd`, 'social'),
  d(`Från: Mona Lind
Skickat: den 12 december 13:30
Till: Alla i teamet
Ämne: Jul och nyår

Hej!
Några praktiska saker inför helgerna:
1) Kontoret är stängt 24–26 december och 31 december–1 januari.
2) Jourtelefonen bemannas enligt schema, se bilaga.
3) Glöm inte att lämna in tidrapporten för december senast 20/12.
4) God jul och gott nytt år!

/Mona`),
  d(`Hej,
Vi har fått ett brev från Försäkringskassan angående Leif Dahlgren som arbetar hos oss på Gata/park. De vill veta vilka arbetsuppgifter vi kan erbjuda honom efter hans hjärtinfarkt i augusti, och om vi kan ordna deltid 50 % under rehabiliteringen. Kan du som chef svara senast 15 oktober?

/HR, Anneli`, 'health'),
  d(`[Teams – Gruppchatt: Lönegruppen]
13:01 Ulla: vad var det nu Mikaels nya lön blev efter löneförhandlingen?
13:03 Bert: 38 400, upp från 36 900
13:03 Ulla: tack, då lägger jag in det
13:04 Bert: och glöm inte att han har 2 000 i särskilt tillägg till och med juni
13:10 Ulla: klart`, 'salary'),
  d(`Hej Lena,
Påminnelse om att lönefilen för december ska skickas till banken senast 20 december kl 12. Filen innehåller konton och belopp för 1 640 anställda och ska skickas via den krypterade kanalen, aldrig med mejl.
/Lönecenter`),
  d(`Till: Överförmyndarnämnden
Från: God man Birger Nyström
Ämne: Årsräkning för huvudmannen Sonja Eriksson

Bifogar årsräkningen. Sonjas pension sätts in på hennes konto i Sparbanken, clearingnummer 8169-5, kontonummer 943 227 418-1. Från detta konto betalas hyra till äldreboendet Solbacken och fickpengar. Kontot för fritt förfogande är Swedbank 8327-9, 4 410 338 2.

Med vänlig hälsning
Birger Nyström`, 'bank-account', 'social'),
  d(`Hej!
Vi vill bara informera att alla utbetalningar från kommunen till privatpersoner sker till konton registrerade i Swedbanks kontoregister. Om du inte har anmält något konto skickas en utbetalningsavi.
Ekonomienheten`),
  d(`Hej Tina,

Anteckning från hembesök 3 juni: Brukaren Evert Lundqvist, 88, bor ensam. Han har beviljats hemtjänst med matdistribution. Han berättade att han är baptist och varje söndag har besök av två personer från församlingen, som ibland handlar åt honom. Han önskar att inget besök från hemtjänsten sker under gudstjänsttid söndag förmiddag.

/Biståndshandläggare Ylva`, 'social', 'religion'),
  d(`Hej,

jag vill informera om att vår dotter Ellinor har börjat använda namnet Elliot och vill kallas han. Vi har pratat med BUP och han står i kö till en utredning om könsdysfori. Kan skolan börja använda hans nya namn i klassen och på närvarolistan?

Vänliga hälsningar
Maria och Daniel Sjöberg`, 'sex-life', 'health'),
  d(`Hej alla!
Vi uppdaterar skolans likabehandlingsplan. Planen omfattar alla diskrimineringsgrunder: kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning och ålder. Synpunkter till rektor senast 30 april.`),
  d(`Från: Pia Roos
Skickat: den 2 oktober 08:21
Till: Arbetslaget Solen
Ämne: Läget

Hej allihop!
Några saker:
• Fotograf på fredag, alla barn utom två (föräldrarna har inte samtyckt) ska fotograferas.
• Vi behöver fler vikarier till oktober, hör av er om ni känner någon.
• Tack Ahmed för den fina vattenleken!
• Hanna har varit på anställningsintervju på annan förskola – ingen hemlighet, hon har sagt det själv 😊

/Pia`),
  d(`Hej,

Jag vill överklaga beslutet om avslag på bostadstillägg. Jag lever på sjukersättning sedan 2019 på grund av min MS och har inga andra inkomster. Hyran har höjts till 7 980 kr.

Med vänliga hälsningar
Ingegerd Wall`, 'health'),
  d(`Från: Anneli Berg
Skickat: den 19 mars 11:25
Till: Johan Falk
Ämne: Resultat DNA-register, Labbet

Hej Johan,
resultatet från jämförelsen i DNA-registret: DNA-profilen från cigarettfimpen vid inbrottet på Hamngatan 4 matchar Robin Sjögrens profil i spårregistret. Han är sedan tidigare dömd för två stölder 2021. Förundersökningsledaren informeras i eftermiddag.

/Anneli, Forensiska sektionen`, 'biometric', 'criminal-record'),
  d(`Hej Camilla!

Samarbetet med polisen kring ungdomar fungerar bra. Vi ses på SSPF-mötet 18 april där vi går igenom den gemensamma lägesbilden. Inga enskilda ärenden tas upp på det mötet, de hanteras separat.

/Fältassistent Jonny`),
  d(`From: Dr. Priya Nair
Sent: 8 October 15:55
To: Norrviken Child Health Centre
Subject: Referral – genetic findings

Dear colleagues,

Regarding the twins Alice and Ebba Sund: the chromosomal microarray showed a 22q11.2 deletion in both girls, inherited from their father Markus, who was previously undiagnosed. We recommend cardiology follow-up for both girls and genetic counselling for the parents.

Kind regards,
Dr. Priya Nair, Clinical Genetics`, 'genetic', 'health'),
  d(`Från: Kommunikationsenheten <kommunikation@norrvikens.se>
Skickat: den 1 november 07:00
Till: Alla medarbetare
Ämne: Intranätsbrevet – november

HEJ ALLA MEDARBETARE!

📌 I fokus: Medarbetarenkäten
Resultaten från årets medarbetarenkät är klara. Svarsfrekvensen blev 84 %. Högst betyg fick "Jag vet vad som förväntas av mig" (4,3 av 5). Lägst fick "Jag hinner återhämta mig mellan arbetspassen" (2,9). Varje chef går igenom resultatet för sin grupp på APT i november.

📌 Nytt från IT
Flerfaktorsinloggning blir obligatorisk 1 december. Du får en instruktion i din inkorg. IT-servicedesk kommer aldrig att be dig uppge din kod i telefon.

📌 Hälsa
Influensavaccin erbjuds alla medarbetare gratis på vårdcentralerna fram till 15 december. Visa ditt passerkort.

📌 Lön
Lönen betalas ut den 25:e som vanligt. Decemberlönen kommer den 20 december.

📌 Facket informerar
Vision och Kommunal har gemensam frukost för nyanställda 14 november.

📌 Personalnytt
Välkommen till alla 23 nya medarbetare i oktober! En lista finns på intranätet.

Trevlig läsning!
Kommunikationsenheten`),
  d(`Från: Tobias Lind
Skickat: den 8 maj 17:22
Till: Ulrika Söderberg
Ämne: SV: SV: SV: Vikariepoolen

Hej Ulrika,
toppen, då kör vi så. Jag meddelar poolen.

/Tobias

Från: Ulrika Söderberg
Skickat: den 8 maj 15:10
Till: Tobias Lind
Ämne: SV: SV: Vikariepoolen

Jag kan ta tre pass nästa vecka men inte torsdag. Det är ok om du bokar mig på Lärkan.

Från: Tobias Lind
Skickat: den 8 maj 11:03
Till: Ulrika Söderberg
Ämne: SV: Vikariepoolen

Hej! Vi har brist på folk nästa vecka, Greta är sjukskriven efter missfallet i helgen och Vera är på kurs. Kan du ta några pass?

Från: Ulrika Söderberg
Skickat: den 7 maj 19:40
Ämne: Vikariepoolen

Hej, har ni behov av folk i maj? Jag har några dagar lediga.`, 'health'),
  d(`PROTOKOLL
Arbetsplatsträff, Individ- och familjeomsorgen, Vuxengruppen
Datum: 7 november kl 13.00–15.00
Plats: Lilla konferensrummet
Närvarande: Maria (EC), Ahmed, Britt, Cecilia, Jonas, Patrik, Sofia, Tove
Frånvarande: Linus

§ 1 Mötet öppnas
Maria hälsar välkommen.

§ 2 Föregående protokoll
Godkänns.

§ 3 Verksamhetsfrågor
- Antalet LVM-utredningar har ökat; fem pågående jämfört med två förra året.
- Samarbetet med beroendemottagningen fungerar bättre efter den nya rutinen.
- Nya riktlinjer för boendestöd diskuterades; Cecilia och Jonas tar fram förslag.

§ 4 Arbetsmiljö
- Hot vid besök: två incidenter i oktober, båda polisanmälda av arbetsgivaren.
- Larmknapparna testas nästa vecka.

§ 5 Ekonomi
- Prognosen pekar på underskott för köpta platser.

§ 6 Personal
- Linus är föräldraledig till januari.
- Rekrytering av en socialsekreterare pågår.

§ 7 Övrigt
- Julfika 18 december.

Vid protokollet: Tove`),
  d(`From: Mark Jensen <mark.jensen@nordicconsult.dk>
Sent: Friday, 21 June 10:12
To: Anna Berg
Cc: Servicedesk
Subject: RE: VPN access for integration work

Hi Anna,

Thanks – I can now connect. For the record, and so your colleague can set up the second account: the VPN profile is "NV-Partner", my user is ext.mjensen and the shared service account for the integration is svc_ekonomi_int with password Tr4nsfer!Sommar. Please rotate it after the project.

Have a nice midsummer!

Mark Jensen
Senior Integration Consultant
Nordic Consult ApS | Copenhagen

This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete the message.

-----Original Message-----
From: Anna Berg
Sent: Thursday, 20 June 16:01
Subject: VPN access for integration work

Hi Mark, your VPN account has been created. Let me know if it works.
Anna, IT Operations`, 'credentials'),
  d(`Veckosammanfattning – Mottagningsenheten Barn och unga, vecka 14

Inkomna orosanmälningar: 37 (varav 12 från skolan, 9 från polisen, 6 från hälso- och sjukvården)
Skyddsbedömningar gjorda samma dag: 37 av 37
Beslut att inleda utredning: 15
Beslut att inte inleda: 19
Pågående förhandsbedömningar: 3

Övrigt:
• Nya handläggaren Hannes är på plats från måndag, Cecilia är hans handledare.
• Rutinen för anmälningar från förskolan ses över tillsammans med förskolechefer.
• Telefontiden är oförändrad.
• Påminnelse: inga namn i gruppchatten!

/Gruppledare Sara`),
  d(`Hej Mattias,

Jag har sammanställt underlaget till rehabiliteringsmötet för Benny Strand som du bad om. Läs gärna innan torsdag.

Bakgrund:
- Benny har varit anställd som lastbilschaufför sedan 2011.
- Sjukskriven 100 % sedan 3 april pga alkoholberoende, inlagd på beroendeenheten två veckor i april.
- Han följer nu behandling med Antabus och går på återfallsprevention.

Arbetsförmåga:
- Enligt läkarintyget kan han börja arbetsträna 25 % från 1 juni, men inte köra fordon under första halvåret.

Förslag:
- Arbetsträning i förrådet, 2 timmar per dag.
- Avstämning varannan vecka med chef och FHV.
- Alkohol- och drogtester enligt överenskommelse.

/Sofie, HR-partner`, 'health'),
  d(`Från: Elevhälsan Tallbackaskolan
Till: Personal
Ämne: Info inför vårens nationella prov

Hej alla!
Här är praktisk information:
1. Elever med extra anpassningar (förlängd tid, uppläsning, separat rum) – listan finns hos specialpedagogen, inte på anslagstavlan.
2. Elever som är sjuka på provdagen gör provet vid ett senare tillfälle enligt Skolverkets anvisningar.
3. Mobiltelefoner samlas in före provet.
4. Resultaten registreras i Skolwebben senast 10 juni.
5. Betygsättningen sker utifrån all tillgänglig information, inte bara proven.

Tack för ert engagemang!
/Elevhälsan`),
  d(`Från: Rektor Hanna Borg
Skickat: den 3 juni 16:55
Till: Mentorer åk 9
Ämne: VB: Betygsunderlag – elever i riskzonen

Hej mentorer,
vidarebefordrar Lars sammanställning. Hör av er till mig om ni ser fel.

/Hanna

-----Ursprungligt meddelande-----
Från: Lars Qvist, specialpedagog
Skickat: den 3 juni 14:12

Hej Hanna,
här är de elever som riskerar att inte bli behöriga till gymnasiet:
- Amir K (9A): F i matematik och engelska, frånvaro 31 %.
- Lova S (9B): F i svenska, E i övriga. Har nyligen fått diagnosen dyslexi.
- Theo N (9C): streck i idrott pga långvarig frånvaro (skadad axel).
Jag föreslår sommarskola för alla tre.

/Lars`, 'grades', 'health'),
  d(`Nyhetsbrev från Överförmyndarenheten, våren

Hej alla gode män och förvaltare!

• Årsräkningarna ska vara inne senast 1 mars. Du kan lämna in digitalt.
• Kom ihåg att huvudmannens konto inte får användas för dina egna utlägg – ersättning för kostnader söker du i samband med årsräkningen.
• Ny utbildning för nya ställföreträdare 12 april.
• Arvodet betalas ut till det konto du anmält via Swedbanks kontoregister.
• Har du frågor om din huvudman? Ring oss, skicka inte personuppgifter via mejl.

Vänliga hälsningar
Överförmyndarenheten`),
  d(`Från: Ingela Svahn
Skickat: den 14 september 09:34
Till: Klubbstyrelsen Vision Region Norr
Ämne: Inför förhandlingen på fredag

Hej styrelsen,

Några punkter inför fredagens MBL-förhandling om omorganisationen av labbet:
1. Arbetsgivaren vill slå ihop två enheter; vi kräver en riskbedömning.
2. Tre av våra medlemmar på labbet – Helén Dahl, Kenneth Ros och Mia Sandberg – har bett om stöd och vill vara med på ett informationsmöte före förhandlingen.
3. Jag och Lennart representerar klubben.

Vi ses kl 9 i facklokalen.

Ingela Svahn
Ordförande, Vision-klubben Region Norr`, 'trade-union'),
  d(`Från: Marie Hök
Skickat: den 2 december 11:20
Till: Alla chefer
Ämne: Inför årets löneöversyn

Hej!
Tidplan:
– Januari: lönekartläggning och analys
– Februari: förhandlingar med de fackliga organisationerna
– Mars: lönesamtal med medarbetare
– April: ny lön betalas ut

Lönekriterierna är oförändrade. Facket har rätt att ta del av alla underlag. Använd mallen i HR-portalen.

/Marie, förhandlingschef`),
  d(`Hej Sofia,

Här är anteckningarna från mötet med familjen Demirovic igår, som du bad om inför överlämningen.

Närvarande: Emina (mamma), Adnan (pappa), tolk på bosniska, jag.
Familjen kom till Sverige 1993 som flyktingar från Bosnien. Adnan har PTSD sedan kriget och är sedan 2021 sjukskriven. Familjen har ekonomiskt bistånd för hyra sedan i somras.
Sonen Edin, 15, har hög frånvaro i skolan (ca 40 %). Föräldrarna vill ha hjälp att motivera honom.
Vi kom överens om en kontaktperson för Edin och ett möte med skolan.

Mvh
Rikard, socialsekreterare`, 'ethnic-origin', 'health', 'social', 'grades'),
  d(`Från: Karin Ståhl
Skickat: den 10 april 08:40
Till: Socialnämndens ledamöter
Ämne: Handlingar till sammanträdet 17 april

Hej!
Handlingarna finns nu i läsplattan. Ärende 6–9 är individärenden och omfattas av sekretess enligt 26 kap. 1 § OSL – de finns i den särskilda mappen med begränsad behörighet och får inte skrivas ut eller tas med från sammanträdet.

Kallelse:
1. Upprop
2. Val av justerare
3. Budgetuppföljning
4. Verksamhetsberättelse
5. Information om lex Sarah
6–9. Individärenden (sekretess)
10. Delegationsbeslut

Karin Ståhl, nämndsekreterare`, 'secrecy'),
  d(`[Chatt-export, gruppen "Kansliet 🏛️"]
[09:12] Annika: hej! någon som har koll på när KS-protokollet justeras?
[09:15] Fredrik: på torsdag, Lisa Hed (MP) och Tomas Kron (SD) är justerare
[09:16] Annika: tack
[09:30] Fredrik: sen vill Tomas ha utskrivna handlingar, kan du fixa?
[09:31] Annika: absolut
[10:02] Lisa S: kaffet är slut på plan 4 😭
[10:03] Fredrik: klassiskt`, 'political-opinion'),
  d(`Hej!

Jag har fått i uppdrag att sammanställa statistik över sjukfrånvaro per förvaltning till personalutskottet:
- Barn och utbildning: 6,1 %
- Vård och omsorg: 8,9 %
- Samhällsbyggnad: 4,2 %
- Kommunledningskontoret: 3,7 %

Långtidssjukfrånvaron (över 60 dagar) utgör 47 % av den totala sjukfrånvaron. Inga uppgifter om enskilda ingår.

/HR-analytiker Jonas`),
  d(`Från: Amanda Ek
Skickat: den 29 augusti 21:14
Till: Mikael Ek
Ämne: Fw: Till dig

Mikael – skickar det här till dig hemifrån så du har det, jag får inte till det i appen.

Bankdosa-koden är fortfarande 7734 och användarnamnet för Skatteverkets e-tjänst är samma som förut. Lösenordet till internetbanken står i blå anteckningsboken.

Puss /A`, 'credentials'),
  d(`Sammanfattning av ärendet (till nämnden)

Sökande: Stig Olofsson, 74 år
Ansökan: Särskilt boende
Bakgrund: Stig bor ensam i en tvåa på tredje våningen utan hiss. Han har KOL och hjärtsvikt och använder syrgas nattetid. Hemtjänst sex gånger per dag sedan mars. Han har fallit fyra gånger i sommar.
Bedömning: Behovet kan inte tillgodoses i hemmet.
Förslag till beslut: Bifall.

Handläggare: Lotta Fors, biståndshandläggare`, 'health', 'social'),
  d(`Hej,

Tack för senast på nätverksträffen för biståndshandläggare! Som utlovat skickar jag presentationen om "Bedömning av behov hos personer med KOL och hjärtsvikt – praktiska tips". Exemplen i presentationen är påhittade.

Nästa träff blir i Sundsvall i september.

Hälsningar
Lotta Fors`),
  d(`Från: Nils Berglund
Skickat: den 15 oktober 14:03
Till: Helena Tidlund
Ämne: SV: Klagomål på handläggare

Hej Helena,
jag har nu pratat med båda parter. Min bedömning:
- Handläggaren, Per Strand, har inte följt rutinen för kommunicering innan beslut, vilket han själv medger.
- Han har också vid två tillfällen svarat otrevligt i telefon, vilket bekräftas av en kollega.
- Jag har gett honom en muntlig tillrättavisning och vi har upprättat en handlingsplan med uppföljning i december.

Klaganden får ett skriftligt svar från mig.

/Nils, enhetschef`, 'hr-assessment'),
  d(`From: HR System <noreply@hrportal.norrviken.se>
Subject: Påminnelse: Ditt medarbetarsamtal

Hej!

Du har ett medarbetarsamtal bokat med din chef den 14 mars kl 10.00. Förbered dig genom att fylla i självskattningen i HR-portalen senast två dagar innan.

Självskattningen omfattar:
• Måluppfyllelse
• Arbetsmiljö
• Kompetensutveckling
• Balans mellan arbete och fritid

Detta är ett automatiskt meddelande.`),
  d(`From: HR System <noreply@hrportal.norrviken.se>
Subject: Medarbetarsamtal signerat – Josefin Alm

Hej Lars,

Medarbetarsamtalet med Josefin Alm har signerats av båda parter.
Sammanfattning:
- Helhetsbedömning: Överträffar förväntningarna
- Styrkor: Initiativrik, god samarbetsförmåga, driver förbättringsarbete
- Utvecklingsområde: Delegera mer till kollegor
- Nästa steg: Kurs i projektledning, hösten

Dokumentet finns i personalakten.

Detta är ett automatiskt meddelande.`, 'hr-assessment'),
  d(`Hej!

Inför föräldramötet i 7C vill jag informera om:
• Schemat är uppdaterat för vårterminen.
• Nationella proven i åk 9 påverkar inte er, men skolan blir lugnare vissa dagar.
• Vi har en klassresa planerad till Gotland i maj. Kostnad ca 1 200 kr per elev, betalas in till klasskassans konto (bankgiro 5503-1177).
• Frånvaro anmäls som vanligt i appen före kl 8.

Välkomna!
/Mentor Jenny`),
  d(`Hej Kristina!

Som lovat en uppdatering om Ludvig i 7C: han har fortfarande stora luckor i matematik (senaste provet 9/40), men han har börjat komma till studiestugan. Frånvaron i november är nere på 8 %. Han fick E på engelskaprovet, vilket är ett stort lyft.

Han är verkligen en trevlig kille.
/Jenny, mentor`, 'grades'),
  d(`Från: Servicedesk
Till: Mats Björn
Ämne: Ärende #77103 – Delad brevlåda Tekniska

Hej Mats,
du har nu fått behörighet till den delade brevlådan "tekniska-felanmalan". Behörigheten gäller från nästa inloggning. Om brevlådan inte syns, starta om Outlook.

Vänligen
Servicedesk`),
  d(`Hej,

Jag skriver för att jag är orolig för min granne Lisa Ahlström, 82 år, på Tallvägen 9. Hon har sedan en tid glömt att stänga av spisen och går ut i nattlinne. Hennes son bor i Malmö. Jag vet att hon har hemtjänst en gång i veckan för städning, men jag tror hon behöver mer. Kan någon komma och bedöma henne?

Med vänlig hälsning
Gun Persson`, 'social', 'health'),
  d(`Hej alla,

Från förvaltningens krisgrupp efter helgens brand på Granbacken:
- Alla boende är evakuerade och har fått tillfälliga platser på andra boenden.
- Ingen person skadades.
- Personal som var i tjänst erbjuds samtal med företagshälsovården.
- Anhöriga har informerats via telefon.
- Media hänvisas till kommunikationschefen.

Nästa lägesbild kommer kl 16.

/Krisledningen`),
  d(`Från: Josefine Lagerqvist
Skickat: den 21 februari 10:15
Till: Team Hemsjukvård Väst
Ämne: Överrapportering inför helgen

Hej alla!
Här kommer helgens överrapport:

1. Patient Rut Malmberg, Sjövägen 4 – ny kateter insatt torsdag, kontrollera urinmängd.
2. Patient Sven-Åke Nord, Björkgatan 11 – palliativ, brytpunktssamtal hållet. Anhöriga vill bli kontaktade dygnet runt. Kodlåset till porten: 1357, nyckel i nyckelskåpet.
3. Bilen med reg.nr ABC 123 är på service, använd den gröna.
4. Läkemedelsgenomgångar nästa vecka: se planeringen.

Trevlig helg!
/Josefine, distriktssköterska`, 'health', 'credentials'),
  d(`Hej,

Jag undrar hur det går till när en person ska få skyddad folkbokföring? Jag jobbar i receptionen och vill veta vad jag ska svara om någon frågar. Vi har inte haft något sådant fall här ännu.

/Malin, Medborgarservice`),
  d(`Från: Ulla Hagberg
Skickat: den 4 november 13:05
Till: Kultur- och fritidsförvaltningen, bidrag
Ämne: SV: Föreningsbidrag

Hej,
vi i Föreningen Shalom Norrviken söker aktivitetsbidrag för 2025. Vi har 64 medlemmar och samlas varje fredag till sabbatsmiddag i synagogans lokal. Jag är själv ordförande sedan 2019 och min man Aron är kassör.

Med vänlig hälsning
Ulla Hagberg
Ordförande`, 'religion'),
  d(`Hej alla,
Kyrkoherden Mikael Berg från Norrvikens församling kommer och håller en minnesstund på Solbacken tisdag kl 14 för de boende som gått bort under hösten. Alla boende och anhöriga är välkomna, oavsett tro.
/Aktivitetssamordnare Lena`),
  d(`Hej Jennie,

Sammanfattning från samtalet med Alexandra i går (avstämning efter föräldraledigheten):
- Hon börjar på 80 % från 1 mars.
- Hon berättade att hon och hennes fru Hanna har separerat och att hon därför har barnen varannan vecka, vilket påverkar schemat.
- Önskar inga kvällspass de veckor hon har barnen.

Jag tycker vi tillmötesgår henne.
/Emelie, enhetschef`, 'sex-life'),
  d(`Hej,

Vi har fått en anmälan från en brukare på dagliga verksamheten Vävstugan som uppger att hon blivit utsatt för sexuellt övergrepp av en annan deltagare, Jörgen Ahl, under en utflykt. Hon heter Emma Lind och har en intellektuell funktionsnedsättning. Personalen har polisanmält och Jörgen är tills vidare flyttad till en annan grupp. Lex Sarah-rapport upprättas.

Verksamhetschef LSS
Ingrid Brandt`, 'sex-life', 'criminal-record', 'social', 'health'),
  d(`Hej!

Vi har fått svar från laboratoriet angående DNA-analysen i arvsärendet. Den avlidne Bertil Grans och sökanden Mikael Andersson är med 99,8 % sannolikhet far och son. Mikael har därmed rätt till arv enligt ärvdabalken. Boutredningsmannen är informerad.

Mvh
Advokat Sara Hed`, 'genetic'),
  d(`Hej!

Nu har vi infört ett nytt inloggningssätt till tidrapporteringen på Lagret: handflatsläsare vid entrén. Läsaren lagrar en matematisk mall, inte en bild. Den som inte vill använda den kan fortsatt använda kort. Information om personuppgiftsbehandlingen finns i personalrummet.

/Lagerchef Per`),
  d(`Från: Anton Wik
Skickat: den 6 mars 15:44
Till: IT-säkerhet
Ämne: Min ansiktsinloggning

Hej,
min tjänstelaptop loggar inte in med Windows Hello längre efter att jag rakat av skägget 😅 Jag har försökt registrera om ansiktet men den säger att mallen redan finns. Kan ni radera min gamla ansiktsprofil så att jag kan göra en ny? Datornummer NV-44719.

/Anton`, 'biometric'),
  d(`Hej alla, 
Ny rutin för kortbetalning i receptionen: kortterminalen ska användas för alla betalningar. Personalen får aldrig skriva ner eller ta emot kortnummer i telefon eller på papper. Om en kund vill betala på distans hänvisas de till webbshoppen.
/Simhallen, driftchef`),
  d(`Hej,

jag fick ett SMS om att ni inte kunde dra avgiften för dagverksamheten. Kortet har gått ut, nytt kort: 4506 7821 3390 1142, giltigt till 01/29, CVV 208. Kortet står på mig, Eva Linde, dotter till Harriet Linde som går på dagverksamheten.

Mvh Eva`, 'payment-card', 'social'),
  d(`Utdrag ur mötesanteckningar, Skolnämndens presidium 2 april

Deltagare: Pia Karlsson (S), ordförande; Magnus Ek (M), 1:e vice; Lina Berg (SD), 2:e vice; skolchef Hans Olsson

1. Skolskjutsupphandlingen – tidplan.
2. Kvalitetsrapport åk 1–6.
3. Besök på Tallbackaskolan 15 maj.
4. Övrigt.`, 'political-opinion'),
  d(`Hej Pontus,

Angående ansökan om bostad via bostadsförturen: sökande Fredrik Lund har kvarskrivning och uppger att han behöver flytta på grund av hot från sin bror. Han är folkbokförd kvar på sin gamla adress i Skellefteå. Adressen i Norrviken får inte läggas in i kösystemet.

/Handläggare Susanna, Kommunbostäder`, 'protected-identity'),
  d(`Hej!
Jag vill bara säga tack till alla som deltog i utbildningsdagen om skyddade personuppgifter och säkra försändelser. Utvärderingen visar att 92 % tyckte den var bra. Nästa tillfälle blir i oktober.
/Säkerhetssamordnare Emil`),
  d(`Från: Amira Osman
Skickat: den 20 januari 09:17
Till: HR
Ämne: SV: Lönespecifikation

Hej,
Jag ser att min lön för januari är 27 850 kr men enligt mitt anställningsavtal ska den vara 28 600 kr från 1 januari. Kan ni kolla upp det? Jag har också frågor om semesterersättningen.

/Amira, undersköterska`, 'salary'),
  d(`Hej!

Jag har ändrat konto för att få mitt arvode som kontaktfamilj. Nytt konto är ICA Banken 9272-10 554 887. Det gamla kontot i Länsförsäkringar är avslutat.

Vänliga hälsningar
Jonas och Petra Sjö`, 'bank-account'),
  d(`Hej Ronny,

Uppföljning av ärendet med Wilhelm Nord, som vi pratade om: han har dömts i tingsrätten för vårdslöshet i trafik efter att ha kört kommunens bil i 110 km/h på 50-väg. Han har fått dagsböter. Eftersom han är chaufför hos oss måste vi besluta om han kan fortsätta köra.

/Karl, fordonsansvarig`, 'criminal-record'),
  d(`Hej alla i ledningsgruppen,

Jag har sammanställt resultatet från kvalitetsgranskningen av ekonomiskt bistånd:
• 40 slumpvis utvalda akter granskades.
• I 12 av akterna saknades aktuell planering.
• Handläggningstiden följer riktlinjerna i 85 % av fallen.
• Inga allvarliga brister i sekretesshantering.

Rapporten i sin helhet presenteras på nämnden i maj.
/Kvalitetsutvecklare Ida`),
  d(`Från: Tuula Niemi
Skickat: den 12 oktober 08:02
Till: Ann-Britt Holm
Ämne: Ledighet

Hej Ann-Britt,
jag ansöker om två dagars ledigt för att åka till min familj i Haparanda och fira min pappas 80-årsdag. Som tornedaling blir det stor fest med hela släkten från båda sidor om älven 😊 Jag har bytt pass med Lise.

/Tuula`, 'ethnic-origin'),
  d(`Hej alla,

Påminnelse om utbildningen i mångfald och inkludering 19 november. Vi pratar om diskriminering på grund av etnicitet, religion, sexuell läggning och funktionsnedsättning. Föreläsare från Diskrimineringsombudsmannen.

/HR-utveckling`),
];
