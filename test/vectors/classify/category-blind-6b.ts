/**
 * Category blind set 6b: longer and messy texts (about 8 to 40 lines) — forwarded threads with quoted
 * history and "Från: … Skickat: …" headers, signatures and legal disclaimers, meeting minutes and APT notes
 * with several agenda items, weekly summaries, chat exports with timestamps, ticket-system and HR-system
 * mails, case-note excerpts, newsletters and bullet lists, in Swedish and English, from staff in regions,
 * municipalities and agencies. The sensitive fact, when there is one, may sit anywhere (a quoted older mail,
 * one agenda item, a PS); many texts use the same vocabulary without disclosing anything about a person.
 *
 * BLIND — written from the labelling guide alone without reading the classifier, its training data or other
 * corpora; never to be used for training, tuning or keyword mining; scored once by the lead.
 *
 * All names, numbers, addresses, account and card numbers, codes and case numbers are invented.
 */
import type { CategoryType } from '../../../src/core/classify/types.js';
import type { LabelledDocument } from './category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const CATEGORY_BLIND_6B: readonly LabelledDocument[] = [
  d(`Hej Maria,

Skickar vidare nedan, du får ta det med Jonas när han är tillbaka.

/Pernilla

-----Ursprungligt meddelande-----
Från: Torbjörn Ek <torbjorn.ek@vastrabygd.se>
Skickat: den 12 mars 2026 09:14
Till: Pernilla Sandgren
Ämne: SV: Schemaändring v. 12

Hej!

Jag kan tyvärr inte ta passet på torsdag. Jag har fått en tid på psykiatriska mottagningen för uppföljning av medicineringen mot min bipolära sjukdom och den går inte att flytta.

Hälsningar
Torbjörn

> Hej alla,
> Vi behöver täcka upp tors 19/3 kväll på Björkgården. Vem kan?
> /Pernilla

--
Torbjörn Ek
Undersköterska, Björkgårdens vård- och omsorgsboende
Västra Bygds kommun`, 'health'),
  d(`Från: Pernilla Sandgren
Skickat: den 13 mars 2026 11:02
Till: Personal Björkgården
Ämne: Schemaändring v. 12 – löst

Hej alla!

Tack för snabba svar. Torsdagskvällen 19/3 är nu täckt av Leila och Hampus.

Övrigt denna vecka:
- Brandövning onsdag kl 14, samling i matsalen.
- Nya rutinen för läkemedelsöverlämning gäller från 1 april, läs igenom dokumentet i Stratsys.
- Kom ihåg att registrera era timmar i Heroma senast fredag.
- Influensavaccinationen för personal är klar, totalt 31 av 44 vaccinerade.

Trevlig helg när den kommer!

Pernilla Sandgren
Enhetschef, Björkgårdens vård- och omsorgsboende
Tel 0521-55 30 12

Detta e-postmeddelande kan innehålla information som är avsedd enbart för mottagaren. Om du fått meddelandet av misstag, vänligen radera det och meddela avsändaren.`),
  d(`Minnesanteckningar APT, Hemtjänst Norr, 2026-02-04

Närvarande: Anneli (ordf), Kenneth, Sofie, Rashid, Gunilla, Mona, Yvonne
Sekreterare: Sofie

1. Föregående protokoll – godkändes.
2. Ekonomi: Enheten ligger 180 tkr över budget januari, främst övertid.
3. Arbetsmiljö: Ny rutin för hot och våld – Kenneth går igenom på nästa APT.
4. Bilar: Två bilar på service v. 7, planera rutterna därefter.
5. Brukarfrågor: Brukaren på Lärkvägen 14 har fått utökat beslut om hemtjänst, nu 4 insatser/dygn inkl. nattillsyn efter biståndshandläggarens nya utredning. Kontaktman Rashid uppdaterar genomförandeplanen.
6. Övriga frågor: Julbordet blev dyrt, vi kör knytis nästa år.

Nästa APT: 2026-03-04 kl 13.30.`, 'social'),
  d(`Minnesanteckningar APT, Hemtjänst Syd, 2026-02-05

Närvarande: Lotta, Ida, Jesper, Marwa, Björn, Elin
1. Protokoll – godkändes.
2. Ekonomi – i balans efter januari.
3. Kompetens: Fyra medarbetare går utbildningen "Demens ABC plus" under våren. Anmälan till Lotta senast 20/2.
4. Bistånd: Biståndsenheten informerar om att nya riktlinjer för hemtjänstbeslut antagits av socialnämnden. Riktlinjerna ska göra bedömningarna mer enhetliga; vi får en genomgång i april.
5. Sjukfrånvaron i förvaltningen ligger på 8,4 % för 2025, något lägre än året innan. HR har en satsning på friskvård.
6. Övrigt: Nya larmtelefoner levereras v. 9.

Vid protokollet: Ida`),
  d(`[2026-01-21 08:02] Sanna L: godmorgon! någon som vet om jonte kommer idag?
[2026-01-21 08:05] Micke R: han smsade mig igår kväll, han är sjukskriven resten av veckan, ryggen har låst sig helt och han ska på röntgen på fredag
[2026-01-21 08:06] Sanna L: usch stackarn
[2026-01-21 08:06] Sanna L: ok då tar jag hans elever i ma 2 på förmiddagen
[2026-01-21 08:10] Micke R: tack! jag fixar vikarie till eftermiddagen
[2026-01-21 08:12] Helena K: kaffet är slut i lärarrummet btw
[2026-01-21 08:12] Micke R: 🙄 klassiker
[2026-01-21 08:31] Sanna L: beställt nytt`, 'health'),
  d(`[2026-01-22 12:40] Helena K: har ni sett mejlet från rektor om studiedagen?
[2026-01-22 12:41] Sanna L: ja, friskvård på förmiddagen och betygsdiskussion på eftermiddagen
[2026-01-22 12:42] Micke R: vad är det för betygsdiskussion?
[2026-01-22 12:44] Helena K: sambedömning av nationella provet i svenska, vi ska jämföra hur vi sätter E och C på uppsatserna
[2026-01-22 12:44] Micke R: ah ok, bra, det behövs
[2026-01-22 12:45] Sanna L: kommer skolläkaren och pratar om sömn också? stod nåt om elevhälsan
[2026-01-22 12:47] Helena K: ja, allmänt om sömn och skärmtid, inget om enskilda elever
[2026-01-22 12:48] Micke R: 👍`),
  d(`Hej Anders,

Enligt överenskommelse skickar jag underlaget inför mötet med Försäkringskassan den 3 februari.

Sammanfattning:
- Medarbetaren (Lina Bergqvist, lokalvårdare) har varit sjukskriven 100 % sedan 14 oktober pga utmattningssyndrom (F43.8).
- Företagshälsovården bedömer att arbetsförmågan kan öka till 25 % från mars med anpassade arbetsuppgifter.
- Vi har tagit fram en rehabiliteringsplan med successiv upptrappning, bilagd.
- Lina är medlem i Kommunal och vill att hennes ombud Ewa Strand deltar på mötet.

Hör av dig om du behöver något mer.

Med vänlig hälsning
Karin Lööf
HR-konsult, HR-avdelningen
Kungsvikens kommun`, 'health', 'trade-union'),
  d(`Hej!

Påminnelse om frukostmötet för alla som är medlemmar i Vision på förvaltningen, tisdag 10/3 kl 7.30–8.30 i Aulan.

Agenda:
1. Lönerevisionen 2026 – vad har vi fått ut centralt?
2. Nytt om arbetstidsavtalet
3. Val av ny arbetsplatsombud (nuvarande ombudet går i pension)
4. Frågor

Ingen anmälan behövs men säg gärna till om du har specialkost.

Vision Kungsviken
Klubbstyrelsen

Du får detta utskick eftersom förvaltningens alla medarbetare står på sändlistan "info-alla".`),
  d(`Från: Maja Holm <maja.holm@region-norrstrand.se>
Skickat: den 2 februari 2026 15:47
Till: Ove Lindqvist
Kopia: Lönecenter
Ämne: VB: Fel lön januari

Hej Ove,

Vidarebefordrar från Fatima. Kan du kolla detta innan nästa lönekörning?

Maja

---------- Vidarebefordrat meddelande ----------
Från: Fatima Nouri
Datum: 1 feb 2026 21:10
Ämne: Fel lön januari

Hej Maja,
Min lön för januari blev 31 240 kr istället för 33 900 som vi kom överens om vid lönesamtalet i december. Det verkar som att höjningen på 2 660 kr inte har lagts in. Kan du hjälpa mig?

Tack
Fatima`, 'salary'),
  d(`Hej alla chefer,

Lönerevisionen 2026 startar nu. Tidplan:

- v. 10–12: lönesamtal med medarbetare (använd mallen i Medvind)
- v. 13: förslag på nya löner registreras i lönesystemet
- v. 15: avstämning med de fackliga organisationerna
- v. 17: nya löner klara, utbetalning med retroaktivitet i maj

Utrymmet för förvaltningen är 3,1 % totalt. Prioriterade grupper enligt lönekartläggningen är sjuksköterskor och socionomer. Individuella löner diskuteras inte i denna kanal.

Frågor till er HR-konsult.

Med vänliga hälsningar
Annika Werner
Förhandlingschef, Region Norrstrand`),
  d(`Hi Marcus,

Quick update on the Slack integration before I go on leave:

* The bot user is set up in the dev workspace.
* Service account: svc-kuvert-int
* Password: Tr4nsit!Fjord-882
* The API token for the staging instance is xoxb-5561-2209-Kq8LmNpR3tVa — please rotate it after the demo on Friday.
* Logs are in /var/log/integrations, ping Sara if you need sudo.

I'll be back on the 16th.

Cheers,
Elif Kaya
IT-avdelningen, Strandviks kommun`, 'credentials'),
  d(`Hej!

Inför bytet av lösenordspolicy den 1 april vill vi påminna om följande:

1. Lösenord ska vara minst 14 tecken.
2. Använd lösenordsfraser, t.ex. fyra slumpmässiga ord.
3. Skriv aldrig lösenord i e-post eller chatt.
4. IT-supporten kommer aldrig att be om ditt lösenord.
5. Tvåfaktorsinloggning (BankID eller Authenticator) blir obligatoriskt för Office 365.

Om du glömmer ditt lösenord: gå till självservice.strandvik.se och följ instruktionerna. Engångskoden skickas till ditt registrerade mobilnummer.

IT-avdelningen
Strandviks kommun
Ärendehantering: support@strandvik.se, tfn 0340-123 00`),
  d(`Ärende: #INC-448213
Status: Pågående
Prioritet: Hög
Kategori: Konto/behörighet
Anmälare: Birgitta Olofsson, Socialkontoret
Tilldelad: Servicedesk nivå 2

Beskrivning:
Användaren har låst sitt konto efter flera misslyckade inloggningar i Procapita. Behöver återställning idag pga jourärende.

Åtgärd (Tomas, 10:42):
Kontot upplåst. Tillfälligt lösenord satt till Sommar2026!kv och meddelat per telefon. Användaren måste byta vid första inloggning.

Åtgärd (Tomas, 10:50):
Användaren bekräftar att inloggningen fungerar. Ärendet stängs om inget annat hörs inom 24 h.

--
Detta är ett automatiskt meddelande från ServiceNow. Svara ovanför linjen för att uppdatera ärendet.`, 'credentials'),
  d(`Ärende: #INC-448290
Status: Löst
Prioritet: Normal
Kategori: Skrivare
Anmälare: Ulf Strömberg, Stadsbyggnad

Beskrivning:
Skrivaren på plan 3 (HP-SB-03) skriver ut tomma sidor. Inloggning med passerkort fungerar, men utskrifterna kommer inte fram.

Åtgärd (Jenny, 13:15):
Bytt tonerkassett och rensat utskriftskön. Testutskrift OK. Om problemet återkommer, anmäl nytt ärende och ange skrivarens inventarienummer.

Tips: Glömt din PIN-kod till passerkortet? Den återställs via självservice under "Mitt kort", inte via servicedesk.

--
Detta är ett automatiskt meddelande från ServiceNow.`),
  d(`Hej Gunnel,

Här kommer mina anteckningar från samverkansmötet med polisen igår, så du har dem inför nämnden.

- Polisen ser en ökning av ungdomsrån i centrum, främst kvällstid.
- Fältgruppen förstärks med två tjänster från maj.
- Sociala insatsgrupper (SIG) – vi har nu sju unga i programmet.
- Den 16-årige pojken som greps för rånet vid busstationen i januari är nu också misstänkt för grov misshandel; utredningen ligger hos åklagaren. Vi har en pågående utredning enligt 11 kap. 1 § SoL och överväger placering.
- Nästa samverkansmöte 14 april.

Observera att uppgifterna om enskilda omfattas av sekretess enligt 26 kap. 1 § OSL och inte får lämnas vidare.

/Roger
Enhetschef, Barn och unga`, 'criminal-record', 'social', 'secrecy'),
  d(`Hej,

Sammanfattning från BRÅ-dagarna som jag och Tove var på förra veckan:

* Den nationella trenden visar minskat antal anmälda bostadsinbrott men fler bedrägerier mot äldre.
* Ett spår handlade om hur kommuner kan arbeta med lägesbilder och dela information med polisen inom ramen för sekretessreglerna (10 kap. 2 § och 10 kap. 18 a § OSL).
* Intressant föredrag om avhopparverksamhet och om hur socialtjänsten kan stödja unga som vill lämna kriminella nätverk.
* Bra workshop om trygghetsvandringar.

Presentationerna finns på konferensens webbplats. Vi kan ta en kort dragning på nästa ledningsgrupp.

Hälsningar
Amir Haddad
Trygghetssamordnare, Kommunledningskontoret`),
  d(`Från: Eva Malmberg
Skickat: den 8 januari 2026 16:20
Till: Lena Broman
Ämne: SV: Orosanmälan Ella, åk 2

Hej Lena,

Tack, vi har tagit emot anmälan och den är registrerad. Vi kommer att göra en skyddsbedömning inom 24 timmar och du kan bli kontaktad för kompletterande frågor. Det är bra att du som mentor har dokumenterat det Ella berättat om blåmärkena på armarna och att mamma "blev arg igen".

Med vänlig hälsning
Eva Malmberg
Socialsekreterare, mottagningsgruppen barn och unga

> Hej,
> Jag vill göra en orosanmälan gällande Ella Sjöholm i klass 2B. Se bifogad blankett.
> Lena Broman, lärare Tallbackaskolan

Uppgifter i detta meddelande omfattas av sekretess enligt 26 kap. 1 § offentlighets- och sekretesslagen.`, 'social', 'secrecy'),
  d(`Hej alla på Tallbackaskolan!

Veckobrev v. 4

* Skolfotografering måndag och tisdag. Klasslistor sitter på anslagstavlan.
* Elevhälsoteamet påminner om rutinen för orosanmälan: Alla anställda har anmälningsplikt enligt 14 kap. 1 § SoL. Blanketten finns på intranätet. Prata med rektor eller kurator om du är osäker, men vänta inte med anmälan.
* Utvecklingssamtalen startar v. 6. Bokningslänken till vårdnadshavare går ut på fredag.
* Friluftsdag 12/2 – packlista skickas hem.
* Lunchen på torsdag är ändrad till fiskgratäng.

Ha en fin vecka!
Lena & Stefan, skolledningen`),
  d(`Subject: RE: Onboarding — Dr. Tomasz Nowak

Hi Ingrid,

Thanks for the welcome pack. A few practical things from my side:

- Start date 2 March still works.
- I'd prefer salary payments to my Swedish account once it's open; until then please use my Polish account, IBAN PL61 1090 1014 0000 0712 1981 2874 (Santander Bank Polska).
- Agreed monthly salary is 68 500 SEK as per the offer letter.
- I'm Catholic and would like to know if there is a chaplain or prayer room at the hospital, nothing urgent.

Best regards,
Tomasz

> Dear Tomasz, welcome to the Department of Anaesthesia at Norrstrand Hospital! Please find attached...
> Ingrid Dahl, HR administrator`, 'bank-account', 'salary', 'religion'),
  d(`Hi all,

Welcome to the new international recruits starting this spring! Some practical information:

- Your salary is paid on the 25th of each month. You register your bank account in the self-service portal (Heroma) once you have a Swedish personal identity number.
- Until then you can be paid to a foreign account — fill in the form "Utländskt konto" and send it to the payroll centre. Do not e-mail account details.
- The hospital has a multi-faith room on floor 2 in building 5, open to everyone.
- Swedish language courses start on 10 March; sign up with your manager.

Kind regards,
HR International Recruitment
Region Norrstrand`),
  d(`Protokollsutdrag, Kommunstyrelsens arbetsutskott 2026-03-17

§ 45 Motion om utökad kollektivtrafik till Östra Lid
Arbetsutskottet föreslår att motionen bifalls.
Reservation: Karl-Erik Nyström (SD) och Agneta Pihl (KD) reserverar sig till förmån för eget yrkande.

§ 46 Delårsrapport
Informationen noteras.

§ 47 Val av ombud till Kommuninvest
Arbetsutskottet föreslår kommunfullmäktige att utse Lars Gren (M) till ombud.

Justerat 2026-03-19
Sekreterare: Jenny Åberg`),
  d(`Hej Petra,

Jag vill bara lyfta en sak i förtroende innan medarbetarsamtalen. Sedan valet har stämningen i arbetslaget på Solrosen varit rätt dålig. Robin är ju aktiv i Sverigedemokraterna och sitter i fullmäktige, och han pratar om det i personalrummet, vilket gör att flera av kollegorna som själva har utländsk bakgrund känner sig obekväma. Shirin sa till mig att hon inte orkar äta lunch där längre.

Jag vill inte att det blir en politisk fråga men det påverkar arbetsmiljön. Kan vi prata om hur vi hanterar det?

Hälsningar
Carina
Biträdande förskolechef`, 'political-opinion', 'hr-assessment'),
  d(`Hej,

Påminnelse från valnämndens kansli:

Förtidsröstningen inför valet öppnar 19 augusti. Vi behöver fler röstmottagare i följande lokaler:
- Stadsbiblioteket (vardagar 10–19)
- Gallerian plan 1 (lör–sön)
- Medborgarhuset Östra Lid

Ersättning utgår enligt arvodesreglementet, 1 400 kr per pass inklusive utbildning. Röstmottagare får inte bära partisymboler eller på något sätt visa partisympatier under tjänstgöringen.

Intresseanmälan via länken på intranätet senast 15 juni.

Valkansliet
Strandviks kommun`),
  d(`Från: Helén Axelsson
Skickat: den 20 april 2026 08:33
Till: Rektor Bäckaskolan
Ämne: Frånvaro och betyg — Noah 9C

Hej Jakob,

Som du vet har Noah Lindström i 9C mycket hög frånvaro, 41 % hittills denna termin, varav det mesta ogiltigt. Han riskerar F i engelska, matematik och SO. I svenska har han just nu E, tack vare att han lämnade in skrivuppgiften.

Mamma har berättat att Noah går på BUP och utreds för depression, och hon ber om anpassningar i stället för mer press. Jag föreslår ett EHT-möte nästa vecka.

Helén Axelsson
Mentor 9C`, 'grades', 'health'),
  d(`Från: Helén Axelsson
Skickat: den 21 april 2026 10:05
Till: Alla mentorer åk 9
Ämne: Rutin för frånvarouppföljning

Hej!

Påminnelse om rutinen för frånvarouppföljning enligt skolans plan:

1. Mentor kontaktar vårdnadshavare samma dag vid ogiltig frånvaro.
2. Vid 10 % frånvaro under en månad lyfts eleven på EHT.
3. Vid 20 % upprättas en kartläggning tillsammans med kurator.
4. Frånvaron redovisas till huvudmannen varje månad (statistik, inga namn).

Betygssättningen i åk 9 sker v. 22–23; sista dag för kompletteringar är 29 maj.

Tack för att ni håller koll!
Helén`),
  d(`Hej Kristina,

Tack för samtalet igår. Som jag sa vill jag att det finns skriftligt att jag har skyddad identitet sedan flytten i höstas (sekretessmarkering i folkbokföringen). Min adress får inte stå i personalkatalogen, inte på några listor som går ut till föräldrarna och inte i passersystemet om det syns för andra.

Posten kan du skicka till arbetsplatsen i stället.

Jag vill helst inte att kollegorna får veta varför, så säg bara att det är ett personligt önskemål.

Tack,
Malin (förskollärare, Ekorren)`, 'protected-identity'),
  d(`Hej chefer,

Information från HR om hantering av skyddade personuppgifter:

Om en medarbetare eller sökande har sekretessmarkering, kvarskrivning eller skyddad folkbokföring gäller följande:
- Registrera aldrig adressen i personalsystemet; använd förvaltningens adress.
- Medarbetaren ska inte synas i den publika personalkatalogen.
- Kontakta HR-service, som har en särskild rutin.

Rutinen i sin helhet finns på intranätet under HR/Säkerhet. Vid frågor kontakta säkerhetssamordnaren.

Med vänlig hälsning
HR-service`),
  d(`Hej Sven,

Här är kvittot från konferensen som jag betalade med mitt eget kort eftersom kommunens inköpskort var spärrat:

Mastercard 5425 2334 3010 9903, giltigt t.o.m. 08/28.

Totalt 4 850 kr inkl moms (2 nätter + konferensavgift). Kan du lägga in det som utlägg så att det kommer med i lönen? Ersättningen kan gå till samma konto som lönen.

/Jessica`, 'payment-card'),
  d(`Hej!

Från 1 maj gäller nya regler för kommunens inköpskort:

- Kortet är personligt och får bara användas för tjänsteinköp.
- Kvitton ska skannas in i Expense inom 10 dagar.
- Lämna aldrig ut kortnummer, utgångsdatum eller CVC i e-post. Vid onlineköp använd leverantörens säkra betalsida.
- Spärra kortet direkt vid förlust: 020-XXX XXX (se kortets baksida).
- Kortets gräns är 15 000 kr per månad om inget annat beslutats.

Ekonomiavdelningen`),
  d(`Från: Genetiska mottagningen, Universitetssjukhuset Norrstrand
Skickat: den 5 maj 2026 14:12
Till: Vårdcentralen Åsen, dr Henrik Falk
Ämne: Svar remiss – BRCA-utredning

Hej Henrik,

Svar på remissen gällande din patient Annika Rydén (f. 1979).

Sekvensering av BRCA1 och BRCA2 har genomförts. Patienten är bärare av en patogen variant i BRCA1 (c.68_69del). Hennes mor och moster har tidigare behandlats för bröstcancer.

Vi rekommenderar:
- Erbjudande om riskreducerande kirurgi, remiss till bröstmottagningen.
- Årlig MR-kontroll.
- Anlagsbärartestning för patientens två systrar, de kontaktas via patienten (släktbrev bifogas).

Vänliga hälsningar
Sofia Lindahl
Överläkare, klinisk genetik`, 'genetic', 'health'),
  d(`Hej alla!

Nyhetsbrev från FoU-enheten, maj

1. Forskningsdagen 4 juni: tema "Precisionsmedicin". Föredrag om hur genetiska tester används i cancervården och vilka etiska frågor som uppstår när släktingar berörs.
2. Biobanken: Nya rutiner för samtycke till provsamlingar. Prover får bara användas i forskning efter etikprövning.
3. Utlysning: ALF-medel för kliniska studier, sista ansökningsdag 15 september.
4. Kurs i GCP (Good Clinical Practice) 22–23 oktober.

Hälsningar
Ulrika
FoU-samordnare, Region Norrstrand`),
  d(`Från: Rättsmedicinalverket, Rättsgenetik
Skickat: den 3 juni 2026
Till: Polismyndigheten, Region Mitt, utredare Jonas Ahl
Ämne: Analysresultat ärende 5000-K412-26

Hej,

DNA-profilen från spåret på dörrhandtaget (material 3) har jämförts mot referensprovet från den misstänkte, Daniel Westin. Profilerna överensstämmer och resultatet motsvarar nivå +4 på RMV:s skala. Träff har även erhållits i DNA-registret mot ett spår från ett inbrott i Sundsvall 2024.

Fullständigt utlåtande bifogas.

Med vänlig hälsning
Maria Eklund
Rättsgenetiker`, 'biometric', 'criminal-record'),
  d(`Hej,

Här kommer inbjudan till informationsmöte om det nya passersystemet i stadshuset:

- Fingeravtrycksläsare installeras vid serverhallen och arkivet under v. 38.
- Registreringen av fingeravtryck är frivillig; den som inte vill kan använda kort + PIN.
- Mallarna lagras krypterat lokalt i läsaren och raderas när anställningen upphör. DPIA är genomförd och godkänd av dataskyddsombudet.
- Facket har informerats enligt MBL § 19.

Mötet hålls 2 september kl 15 i sessionssalen.

Fastighetsavdelningen / Säkerhetsenheten`),
  d(`Ärende: #REQ-20931 Registrering biometri – serverhall
Status: Klar
Anmälare: Säkerhetsenheten

Följande medarbetare har registrerats i fingeravtrycksläsaren vid serverhallen (läsare SH-02) den 9 september:

- Mikael Sundberg, drifttekniker – höger pekfinger + vänster pekfinger, mall-ID FP-00417
- Ronja Bäck, nätverkstekniker – höger tumme, mall-ID FP-00418
- Oskar Lind, systemadministratör – registrering misslyckades (låg kvalitet), ny tid bokad

Patrik Hed har valt att avstå och får kort + PIN.

--
Säkerhetsenheten, Strandviks kommun`, 'biometric'),
  d(`Hej Lotta,

Vidarebefordrar det här från Alex, som bad mig säga till dig som chef innan personalmötet:

-----Ursprungligt meddelande-----
Från: Alex Persson
Skickat: den 14 januari 2026 19:22
Till: Camilla Storm
Ämne: namnbyte

Hej Camilla,
Jag har bestämt mig för att berätta på jobbet nu. Jag är transperson och har sedan i höstas bytt namn till Alex officiellt; jag använder pronomenet hen. Det vore skönt om någon kunde uppdatera e-postadressen och namnskylten på avdelningen. Jag vill gärna säga det själv på personalmötet men vill att Lotta vet innan.
/Alex

Hälsningar
Camilla`, 'sex-life'),
  d(`Hej!

Inbjudan: Pride-fika och föreläsning för all personal 14 augusti kl 14–15.30.

Föreläsare från RFSL pratar om HBTQI-kompetens i vården: bemötande, att inte anta sexuell läggning eller könsidentitet, och hur vi skriver inkluderande journaltext.

Anmälan via kompetensportalen. Förvaltningen bjuder på regnbågstårta.

Vänliga hälsningar
Jämlikhetsgruppen, Primärvården`),
  d(`[2026-06-02 21:14] Jenny V: asså jag måste berätta en grej
[2026-06-02 21:14] Jenny V: sara på ekonomi, hon är ju tillsammans med emma från IT, visste du det??
[2026-06-02 21:15] Tobbe: nej! sedan när?
[2026-06-02 21:15] Jenny V: typ ett år, de flyttade ihop i våras. hon sa det på AW:n i fredags
[2026-06-02 21:16] Tobbe: haha kul, säg inte till nån att jag vet
[2026-06-02 21:16] Jenny V: nej nej
[2026-06-02 21:18] Tobbe: förresten kommer du på planeringsdagen?
[2026-06-02 21:19] Jenny V: ja, ses där`, 'sex-life'),
  d(`Hej Åsa,

Jag har kollat igenom medarbetarsamtalen för gruppen och här är mina noteringar för Kevin inför lönesättningen, som du bad om:

- Levererar sällan i tid, tre av fem utredningar under hösten blev försenade.
- Bra bemötande med medborgare, får positiv återkoppling.
- Har svårt att ta emot feedback; vid samtalet i november blev han defensiv.
- Vi har kommit överens om en handlingsplan med avstämning varannan vecka.

Mitt förslag är att han får en lägre höjning än snittet i år, runt 1,5 %.

/Thomas
Gruppchef, Bygglov`, 'hr-assessment', 'salary'),
  d(`Hej alla chefer,

Dags för medarbetarsamtal! Här är årets upplägg:

* Samtalen genomförs v. 38–45.
* Använd den nya mallen i Medvind: fyra områden – uppdrag, samarbete, utveckling, hälsa och arbetsmiljö.
* Dokumentera överenskommelser i den individuella utvecklingsplanen.
* Lönesamtal hålls separat, inte i samma möte.
* Utbildning för nya chefer i att leda medarbetarsamtal: 5 september.

Vid frågor kontakta din HR-partner.

HR-avdelningen`),
  d(`Minnesanteckningar, samverkansgrupp (FSG) Vård och omsorg, 2026-04-09

Närvarande arbetsgivare: Lena Vik (förvaltningschef), Jörgen Ek (HR)
Närvarande fack: Ewa Strand (Kommunal), Niklas Hall (Vision), Ann Sjö (Vårdförbundet)

1. Budget 2027 – information, diskussion fortsätter i maj.
2. Sjukfrånvaro: Förvaltningens totala sjukfrånvaro 9,2 %. Flest långa sjukskrivningar i hemtjänsten. Åtgärdsplan presenteras.
3. Heltidsresan: Andel heltidsanställda ökat till 71 %.
4. Arbetsmiljöverkets inspektion av Solgården: två krav, svar senast 30/4.
5. Information om ny enhetschef på Tallen.

Mötet förklarades avslutat. Protokollet justeras av Ewa Strand.`),
  d(`Hej Niklas,

Som jag sa på telefon: jag vill gå med i Vision nu när jag har blivit samordnare, och jag undrar om du som ombud kan hjälpa mig med inträdet och med frågan om min nya lön. Jag har fått erbjudandet 36 800 kr men kollegan som hade tjänsten innan hade 39 000.

Kan vi ses efter lunch på torsdag?

Hälsningar
Robin Ahlström
Samordnare, Socialpsykiatrin`, 'trade-union', 'salary'),
  d(`Weekly summary – IT Operations, week 14

Incidents
- 3 P1 incidents (email outage Tue 40 min, VPN certificate expired Thu, printing queue Fri)
- 112 tickets closed, 19 open

Changes
- Windows update rollout to wave 2 completed
- New MFA policy active for admins

Access
- Shared mailbox "bygglov@" restored after accidental deletion
- Temporary password for the new intern (Linnea Gran) is Kaffe-Boll-73 — she must change it at first logon; please don't forward this summary outside the team

Next week
- Network maintenance Wednesday 22:00–02:00

/ Farid, Ops lead`, 'credentials'),
  d(`Weekly summary – IT Operations, week 15

Incidents
- 1 P1 (storage latency Mon morning, resolved by vendor)
- 97 tickets closed, 14 open

Security
- Phishing campaign detected: mails claiming to be from "IT-support" asking users to confirm their password via a link. 23 users clicked, all accounts reset and forced to new password. Awareness mail sent to all staff.
- Reminder: never share passwords, PIN codes or one-time codes with anyone, not even IT.

Projects
- Door access system migration planned for May.

/ Farid, Ops lead`),
  d(`Hej!

Från och med måndag gäller nya koder till personalingångarna på Vallmoskolan:

Huvudentrén (personal): 4719#
Köksingången: 8802#
Gymnastiksalens bakdörr: 1357# (bara vardagar 7–17)

Koderna får inte lämnas ut till elever eller vårdnadshavare. Vikarier får koden av expeditionen.

Hälsningar
Ingela, skolexpeditionen`, 'credentials'),
  d(`Från: Lars Berg
Skickat: den 11 november 2026 10:18
Till: Vaktmästeriet
Ämne: SV: Dörrkoder Vallmoskolan

Hej,

Tack för info att koderna byts inför vårterminen. Kan ni meddela expeditionen när det är klart så att de kan informera personalen muntligt? Vi vill inte att de nya koderna skickas ut i mejl den här gången.

/Lars
Rektor

> Hej, vi planerar att byta koderna på alla ytterdörrar v. 2 pga att de gamla spridits. Vaktmästeriet`),
  d(`Hej Anette,

Jag har nu gått igenom ansökan om ekonomiskt bistånd för familjen Hassan inför beslut.

- Hushållet: två vuxna, tre barn (4, 9 och 12 år).
- Inkomster: Abdi har aktivitetsstöd från Arbetsförmedlingen, 6 840 kr/mån. Hamdi har inga inkomster, är sjukskriven sedan mars pga graviditetskomplikationer.
- Hyra 9 450 kr.
- Beräknat försörjningsstöd: 14 210 kr för juni.
- Utbetalning till Abdis konto, Swedbank clearing 8327-9, konto 934 512 778-4.

Beslutsförslaget ligger i Viva. Kan du attestera idag?

Hälsningar
Jamal
Socialsekreterare, ekonomiskt bistånd`, 'social', 'health', 'bank-account'),
  d(`Hej,

Svar på din fråga om statistiken:

Antal hushåll med ekonomiskt bistånd i kommunen 2025: 1 204 (2024: 1 260).
Genomsnittlig bidragstid: 7,8 månader.
Andel unga vuxna (18–24): 17 %.
Andel hushåll där någon är sjukskriven: 22 %.

Siffrorna kommer från Socialstyrelsens statistikdatabas och vårt verksamhetssystem. Inga uppgifter om enskilda redovisas.

Med vänlig hälsning
Lisa Granberg
Utredare, Socialförvaltningen`),
  d(`Hej Birgitta,

Här är anteckningarna från inskrivningssamtalet på Lövåsens äldreboende idag:

Boende: Aslak Nutti, 84 år
- Aslak är same och har vuxit upp i en renskötarfamilj i Jokkmokk. Han talar nordsamiska och vill gärna ha personal som kan samiska när det går; vi har rätt till det inom förvaltningsområdet.
- Dottern Márjá är kontaktperson.
- Han har diabetes typ 2 och insulinbehandling morgon och kväll.
- Han tycker om renskav och joik, vill gärna lyssna på radio Sápmi.

Genomförandeplanen upprättas nästa vecka.

/Sara, kontaktman`, 'ethnic-origin', 'health'),
  d(`Hej!

Information från kommunens samordnare för nationella minoriteter:

Kommunen ingår sedan 2010 i förvaltningsområdet för finska och samiska. Det innebär bl.a.:
- Rätt till förskola och äldreomsorg helt eller delvis på finska eller samiska.
- Rätt att använda språken i kontakt med kommunen.
- Samråd med minoriteterna minst två gånger per år.

Nästa samråd med sverigefinska föreningen och samebyarna hålls 23 oktober. Alla förvaltningar ombeds redovisa hur många medarbetare som talar finska eller samiska (antal, inga namn).

Hälsningar
Kirsi Mäkelä
Minoritetssamordnare`),
  d(`Från: Ann-Louise Borg
Skickat: den 7 oktober 2026 13:50
Till: Rektor
Ämne: Elevärende – Dragan (7B)

Hej,

Kort om mötet med familjen igår. Familjen är romer och har flyttat från Serbien till Sverige för två år sedan. Dragan har haft många byten av skola och ligger långt efter i matematik och svenska (ej godkänd i båda vid senaste omdömet). Pappa vill att vi anlitar den romska brobyggaren som hjälpt dem tidigare.

Närvaron har förbättrats: 88 % sedan augusti jämfört med 61 % förra terminen.

Ann-Louise Borg
Specialpedagog`, 'ethnic-origin', 'grades'),
  d(`Hej!

Utbildningsdag för personal i skola och förskola den 14 november: "Romsk inkludering i skolan".

Program:
09.00 Romernas historia i Sverige, föreläsning av Länsstyrelsen
10.30 Erfarenheter från brobyggarverksamheten
13.00 Workshop: Hur bygger vi förtroende med föräldrar från grupper som diskriminerats?
15.00 Avslutning

Anmälan senast 1 november via kompetensportalen. Utbildningen är gratis.

Utbildningsförvaltningen`),
  d(`Hej Zainab,

Tack för att du tog upp frågan med mig. Självklart går det bra att du tar ut ledighet för Eid al-Fitr den 20 mars, och att du ber i det tysta rummet under rasten. Jag lägger in det i schemat.

Vi kan också titta på om du kan sluta en halvtimme tidigare under ramadan, så länge kollegorna på avdelningen hinner täcka upp.

/Göran
Avdelningschef, Kirurgavdelning 32

> Hej Göran, jag är muslim och fastar under ramadan som börjar i mitten av februari. Kan jag få ledigt på eid? Zainab`, 'religion'),
  d(`Hej alla,

Information inför högtider under våren:

- Medarbetare kan ansöka om ledighet för religiösa högtider enligt det lokala kollektivavtalet; semester eller kompledighet används.
- Det tysta rummet på plan 2 kan användas för bön eller vila.
- Kostenheten erbjuder halal- och vegetariskt alternativ varje dag samt fastebrytande måltid vid behov i samband med jourpass.

Frågor hänvisas till närmaste chef.

Med vänlig hälsning
HR, Sjukhuset Norrstrand`),
  d(`Hej Elin,

Jag tänkte att du som ny chef borde känna till det här innan planeringen av julfirandet. Hanna i köket är Jehovas vittne och firar inte jul eller födelsedagar, så hon brukar ta ledigt den dagen vi har luciafika och julbord. Det är inget konstigt, men gör inte en stor sak av det i gruppen.

Dessutom: Mats bad mig framföra att han inte vill vara med i tomteluvs-fotot på hemsidan.

Trevlig helg!
Berit`, 'religion'),
  d(`Från: Oskar Nilsson
Skickat: den 4 september 2026 08:07
Till: Kultur och fritid, alla
Ämne: Föreningsbidrag 2027

Hej!

Ansökningsperioden för föreningsbidrag 2027 är öppen. Tänk på att:
- Religiösa samfund kan få bidrag för öppen verksamhet för barn och unga, inte för religiös förkunnelse.
- Politiska föreningar och partiernas ungdomsförbund söker partistöd via kommunfullmäktige, inte föreningsbidrag.
- Bidraget betalas ut till föreningens konto (bankgiro eller plusgiro), aldrig till privatpersoners konton.

Sista ansökningsdag 31 oktober.

Oskar Nilsson
Föreningskonsulent`),
  d(`Hej Cecilia,

Vill bara flagga en sak inför rekryteringen av ny kommunikatör. En av de tre i slutomgången, Erik Sand, är ordförande för Vänsterpartiets lokalavdelning och har skrivit flera insändare mot kommunens planer för Östra hamnen. Jag tycker inte att det ska påverka bedömningen, men det kan bli en fråga för kommunledningen om han ska jobba med information om just det projektet.

Hur vill du att vi hanterar det? Det får ju inte bli diskriminering.

/Johan
Kommunikationschef`, 'political-opinion'),
  d(`Hej,

Sammanfattning från mötet med de politiska sekreterarna 12 maj:

1. Ny rutin för att beställa underlag från förvaltningen – alla beställningar ska gå via kommundirektörens stab.
2. Partierna har fått tillgång till Teams-rum för sina gruppmöten. Inloggning sker med egna kommunkonton.
3. Valåret 2026: Kommunikationsavdelningen tar fram riktlinjer för tjänstepersoners agerande i sociala medier, bl.a. att inte gilla eller dela partipolitiska inlägg i tjänsten.
4. Nästa möte: 9 juni.

/Sekretariatet`),
  d(`[2026-09-10 16:02] Kristoffer: hörde att Linda från bibblan kandiderar för Centerpartiet i valet, hon står på plats 4 på listan
[2026-09-10 16:03] Kristoffer: och hon har delat ut flygblad vid ICA varje lördag
[2026-09-10 16:04] Malin: ja jag såg henne där! kul för henne
[2026-09-10 16:05] Kristoffer: frågan är om hon ska sitta i infodisken på valdagen, blir det inte jäv?
[2026-09-10 16:06] Malin: fråga valkansliet, de har regler om det
[2026-09-10 16:07] Kristoffer: ok`, 'political-opinion'),
  d(`Hej Sandra,

Angående anställningsintervjun med Per Dahl för vaktmästartjänsten: vi har som rutin att begära utdrag ur belastningsregistret för tjänster på skolor. Per lämnade sitt utdrag idag. Där framgår en dom från 2021 för ringa narkotikabrott (dagsböter) och en dom från 2019 för olovlig körning.

Enligt vår riktlinje är det inte automatiskt diskvalificerande, men jag vill att du som rekryterande chef gör en bedömning. Utdraget är återlämnat till Per enligt rutinen; jag har bara noterat att det är uppvisat.

Hälsningar
Marie
HR-konsult`, 'criminal-record'),
  d(`Hej rektorer och förskolechefer!

Påminnelse: Den som erbjuds anställning i skola, förskola eller fritidshem ska visa upp ett utdrag ur belastningsregistret (skollagen 2 kap. 31 §). Utdraget beställs av den sökande själv hos Polisen på blanketten "Arbete med barn i skola eller barnomsorg".

- Utdraget får inte vara äldre än ett år.
- Kopiera inte utdraget och skanna det inte. Anteckna bara att det visats upp.
- Gäller även vikarier och praktikanter.

HR-service`),
  d(`Från: Kriminalvården, Frivården Strandvik
Skickat: den 18 augusti 2026
Till: Socialtjänsten, Vuxenenheten, handläggare Peter Ström
Ämne: Samverkan – klient Jimmy Karlsson

Hej Peter,

Jimmy Karlsson villkorligt frigavs 1 augusti efter att ha avtjänat två år och sex månader för grov stöld och narkotikabrott. Han står under övervakning i ett år med särskild föreskrift om missbruksbehandling.

Han har sökt försörjningsstöd hos er och vi vill boka ett gemensamt möte om boende och behandling (öppenvård, LARO-behandling pågår).

Hälsningar
Anna Wiik
Frivårdsinspektör

Uppgifterna omfattas av sekretess enligt 35 kap. 15 § OSL.`, 'criminal-record', 'social', 'health', 'secrecy'),
  d(`Hej!

Välkomna till Frivårdens och socialtjänstens gemensamma utbildningsdag den 3 december.

Tema: Återfallsprevention – hur fungerar samverkan när en klient frigivits?

Innehåll:
- Lagstiftning: sekretessbrytande bestämmelser mellan Kriminalvården och socialtjänsten
- Metoden Relationsinriktat förändringsarbete
- Fallseminarium med fingerade exempel

Lunch ingår. Anmälan senast 20 november.

Kriminalvården Region Mitt och Strandviks kommun`),
];
