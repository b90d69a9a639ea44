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

Uppgifter i detta meddelande omfattas av sekretess enligt 26 kap. 1 § offentlighets- och sekretesslagen.`, 'social', 'secrecy', 'health'),
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

Jag vill bara lyfta en sak i förtroende innan medarbetarsamtalen. Sedan valet har stämningen i arbetslaget på Solrosen varit rätt dålig. Robin är ju aktiv i Sverigedemokraterna och sitter i fullmäktige, och han pratar om det i personalrummet, vilket gör att flera av kollegorna känner sig obekväma. Shirin sa till mig att hon inte orkar äta lunch där längre.

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

/Sara, kontaktman`, 'ethnic-origin', 'health', 'social'),
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
  d(`Från: Ylva Hedlund
Skickat: den 19 februari 2026 17:31
Till: Kerstin Åman
Ämne: VB: Ny elev – placering

Hej Kerstin,

Se nedan från Skatteverket/socialtjänsten. Eleven som börjar i 4A på måndag har skyddad folkbokföring. Namnet får inte stå på klasslistor som delas ut, inte på hemsidan och inte i bildspel från skolfotograferingen. Hon ska inte heller synas i SchoolSoft för andra vårdnadshavare.

Ylva
Skolsekreterare

-----Ursprungligt meddelande-----
Från: Socialtjänsten, familjeenheten
Skickat: den 19 februari 2026 15:02
Ämne: Inskrivning – Tilda (åk 4)

Hej, vi informerar om att Tilda och hennes mamma har skyddad folkbokföring. Adressuppgifter lämnas inte ut. Kontakt med skolan sker via undertecknad.
Mvh Josefin Ros, socialsekreterare`, 'protected-identity'),
  d(`Hej alla skolsekreterare,

Ny rutin för elever med skyddade personuppgifter, från 1 mars:

1. När en elev med sekretessmarkering eller skyddad folkbokföring skrivs in, markeras eleven i elevregistret av systemförvaltaren (inte av skolan).
2. Utskick till vårdnadshavare ska alltid gå via förvaltningens post, aldrig direkt.
3. Fotografering och publicering kräver särskild bedömning.
4. Vid osäkerhet kontakta säkerhetssamordnaren.

Rutinen bygger på Skolverkets stödmaterial och har granskats av dataskyddsombudet.

/Utbildningskontoret`),
  d(`Ärende: HR-2026-0412 Adressändring
Skickat från: HR-portalen (automatiskt meddelande)
Till: Lönecenter, handläggare

Medarbetare: Jenny Åström, anställningsnr 104877
Förvaltning: Socialförvaltningen
Typ av ändring: Adress
Ny adress: [DOLD – KVARSKRIVEN, SKYDDAD FOLKBOKFÖRING]
Kommentar från medarbetare: Jag är kvarskriven i kommunen sedan 1 juni enligt beslut från Skatteverket. Lönebesked och post ska skickas till arbetsplatsen.

Åtgärd krävs: Uppdatera lönesystemet med markering "skyddad" och ta bort adress från personalkatalogen.

Detta meddelande skickades automatiskt. Svara inte på detta mejl.`, 'protected-identity'),
  d(`Hej,

Tack för frågan från ekonomi. När leverantörsregistret rensas ska vi ta bort alla privatpersoner som inte har fått utbetalningar på tre år. Privatpersoner med skyddad identitet finns inte i leverantörsregistret över huvud taget, de betalas ut via särskild rutin hos lönecenter.

Gör gärna en lista över antalet poster per kategori (inga namn) så tar vi det på nästa ekonomimöte.

/Camilla
Redovisningsekonom`),
  d(`Minnesanteckningar – Arbetsplatsträff, Familjeenheten, 2026-05-06

Närvarande: 11 medarbetare, enhetschef Josefin
1. Verksamhetsinfo: Nya lokaler klara i september.
2. Ärendebelastning: i snitt 14 ärenden per handläggare.
3. Säkerhet: Vi har just nu två familjer med fingerade personuppgifter i våra pågående utredningar (familjen i ärende 2026-112 och 2026-187). Ärendena handläggs i pappersakt, inte i Treserva. Prata inte om dessa ärenden i öppet kontorslandskap.
4. Friskvård: Friskvårdstimmen får tas ut på arbetstid enligt rutinen.
5. Övrigt: Sommarschemat ska vara klart v. 20.

Vid anteckningarna: Moa`, 'protected-identity', 'social'),
  d(`Hej,

Sekretessprövning – begäran om allmän handling, diarienr KS 2026/318

Begäran gäller alla e-postmeddelanden mellan socialnämndens ordförande och förvaltningen under mars.

Bedömning:
- 46 meddelanden lämnas ut i sin helhet.
- 3 meddelanden lämnas ut med maskeringar: uppgifter om enskildas personliga förhållanden i ärenden hos socialtjänsten omfattas av sekretess enligt 26 kap. 1 § OSL. Det gäller bl.a. uppgiften om en namngiven förälders pågående LVU-ärende och den boende vars hemtjänstbeslut överklagats.
- 1 meddelande lämnas inte ut (26 kap. 1 § OSL).

Beslut om avslag fattas av förvaltningschefen med överklagandehänvisning.

/Registrator, Socialförvaltningen`, 'secrecy', 'social'),
  d(`Hej!

Kurs i offentlighet och sekretess för nyanställda, 16 september kl 9–12.

Innehåll:
- Offentlighetsprincipen och allmänna handlingar
- Hur gör man en sekretessprövning?
- De vanligaste sekretessbestämmelserna i kommunen: 21 kap. 1 § OSL (hälsa), 23 kap. 2 § OSL (skola), 25 kap. 1 § (hälso- och sjukvård), 26 kap. 1 § (socialtjänst)
- Menprövning och skaderekvisit
- Övningar med fingerade handlingar

Kursledare: Andreas Frid, kommunjurist. Anmälan via kompetensportalen.`),
  d(`Från: Registrator, Miljö- och byggförvaltningen
Skickat: den 27 maj 2026
Till: Journalist Frida Ek, Lokaltidningen
Ämne: SV: Begäran om handlingar – klagomål Ängsgatan 4

Hej Frida,

Här kommer de handlingar du begärt i ärende MBN 2026/1044. Klagomålet lämnas ut, men uppgifterna om klagandens namn och kontaktuppgifter har maskerats eftersom de omfattas av sekretess enligt 32 kap. 4 § OSL (uppgifter om enskild som lämnat uppgifter i anmälan om missförhållande). Uppgiften om fastighetsägarens betalningsförelägganden har också maskerats.

Om du vill ha ett överklagbart beslut om maskeringarna, meddela oss.

Vänliga hälsningar
Linnéa Höglund
Registrator`, 'secrecy'),
  d(`Hej Kalle,

Som du bad om: underlag för din resa till Bryssel, bokad via resebyrån. Men hotellet krävde ett kort vid incheckning, så jag lade in mitt privata:

Visa 4539 1488 0343 6467
Giltigt till 11/27
CVC 214
Kortinnehavare: Marie Falk

Debiteringen blir ca 2 300 kr. Ta bort kortuppgifterna från bokningen så fort resebyrån fått kommunens faktureringsuppgifter, och radera gärna detta mejl sen.

Tack!
Marie`, 'payment-card'),
  d(`[2026-04-03 10:12] Stina (kansli): hej, kan någon betala annonsen för rekryteringen? ekonomi har stängt kortet
[2026-04-03 10:14] Johan: använd mitt, 5355 8400 1276 3381 exp 03/29 cvc 509
[2026-04-03 10:14] Stina (kansli): tack!!! du får utlägget på nästa lön
[2026-04-03 10:15] Johan: ta bort meddelandet sen plz 😅
[2026-04-03 10:16] Stina (kansli): fixar
[2026-04-03 10:31] Stina (kansli): annonsen ligger ute nu, sista ansökningsdag 30/4
[2026-04-03 10:33] Johan: bra! glöm inte att lägga in den på Platsbanken också
[2026-04-03 10:34] Stina (kansli): redan gjort 😊`, 'payment-card'),
  d(`Hej!

Vi har fått frågor om varför kortbetalningar i kommunens webbutik ibland nekas. Förklaringen:

- Betalningsleverantören kräver 3D Secure (BankID-signering hos kundens bank).
- Kort utgivna utanför EU kan nekas.
- Vi lagrar inga kortnummer själva; all kortdata hanteras av leverantören enligt PCI DSS.

Om en medborgare ringer: be dem aldrig uppge kortnummer per telefon eller e-post, hänvisa till webbutiken eller Swish.

Kontaktcenter, Strandviks kommun`),
  d(`Hej,

Brukaren på Hagtornsvägen (Ingrid Persson) har bett oss sköta hennes räkningar när hennes son är utomlands. Sonen har lämnat över hennes bankkort och koden till oss: kort 4571 9302 6618 2204, PIN 8841.

Jag vet inte om vi över huvud taget får ta emot det här, det står inget om ekonomiska ärenden i biståndsbeslutet. Vad säger du? Tills vidare ligger kortet inlåst i kassaskåpet.

/Siv, hemtjänst Centrum`, 'payment-card', 'credentials', 'social'),
  d(`Hej Mattias,

Påminnelse inför nästa veckas utbetalning till uppdragstagarna i familjehemsvården: Kontrollera att alla familjehem har lämnat uppgift om konto via blanketten "Utbetalning av arvode och omkostnadsersättning". Vi tar inte emot kontonummer i mejl.

Arvoden betalas den 25:e. Omkostnadsersättningen följer SKR:s cirkulär.

Saknas blankett för något familjehem, hör av dig så skickar jag påminnelse.

/Karolina
Administratör, Familjehemsenheten`),
  d(`Hej Karolina,

Familjehemmet Lundgren har ringt och vill byta konto för arvodet från och med juni. Nya uppgifter:

Handelsbanken, clearing 6189, konto 302 715 448
Kontohavare: Agneta Lundgren

Hon skickar blanketten per post också men ville att det skulle hinna in före utbetalningen. Ditt ärende, jag har bara tagit emot samtalet.

/Mattias`, 'bank-account'),
  d(`Från: Peter Hult
Skickat: den 30 oktober 2026 09:40
Till: Lönecenter
Ämne: Ändrat lönekonto

Hej!

Jag har bytt bank och vill att lönen från november sätts in på mitt nya konto:

SEB, clearingnummer 5432, kontonummer 10 458 92.

Mitt gamla konto i Nordea kommer att avslutas i december.

Tack på förhand
Peter Hult, lärare, Ekbackens skola
Anställningsnummer 88321

--
Ekbackens skola – en skola för alla
Besök oss på ekbacken.strandvik.se`, 'bank-account'),
  d(`Hej Peter,

Tack för ditt mejl. Av säkerhetsskäl kan vi inte ändra lönekonto på begäran via e-post, eftersom vi fått flera bedrägeriförsök där någon utger sig för att vara en anställd. Gå in i självservice (Heroma) och ändra kontot där med BankID, så slår det igenom till nästa lönekörning.

Ditt tidigare mejl har raderats.

Vänliga hälsningar
Lönecenter
Strandviks kommun`),
  d(`Hej Jonna,

Jag vill bara förklara varför jag har varit borta så mycket sista tiden. Min pappa har Huntingtons sjukdom och jag har nu gjort ett prediktivt gentest på Akademiska. Svaret kom i fredags: jag bär också på anlaget (förlängd CAG-sekvens). Jag mår inte dåligt fysiskt men har behövt tid att smälta det, och jag har samtalskontakt med en kurator där.

Jag vill inte att det sprids, men du som chef ska veta.

/Emelie

PS. Jag kommer på planeringsdagen på torsdag.`, 'genetic', 'health'),
  d(`Hej!

Sammanfattning från Nätverket för sällsynta diagnoser, höstmötet:

* Nyföddhetsscreeningen (PKU-provet) omfattar nu 26 sjukdomar.
* Genetisk vägledning erbjuds alla familjer där ärftlig sjukdom misstänks; väntetiden till klinisk genetik är ca 10 veckor.
* Nytt stödmaterial för skolor om elever med sällsynta diagnoser.
* Ekonomiskt stöd för resor till expertcentrum söks via regionen.

Nästa möte i mars, digitalt.

/Habiliteringen`),
  d(`Från: Barnmedicinska mottagningen
Skickat: den 11 mars 2026
Till: Elevhälsan Västerskolan, skolsköterska Anna Berg
Ämne: Information inför skolstart – Leo Strand

Hej Anna,

Med vårdnadshavarnas samtycke informerar vi om att Leo (åk 1) har cystisk fibros. Den genetiska utredningen visade att han är homozygot för F508del; båda föräldrarna är anlagsbärare. Hans lillasyster har testats och är också anlagsbärare men inte sjuk.

Leo behöver enzymtabletter till varje måltid och inhalationer morgon och kväll (sköts hemma).

Vänliga hälsningar
Karin Holm
Specialistsjuksköterska`, 'genetic', 'health'),
  d(`Hej Stefan,

Angående din fråga om att låna ut personalens salivprover till forskningsprojektet om arbetsrelaterad stress: det går inte. Proverna som togs vid hälsokontrollen analyseras bara för kortisol och ingen DNA-analys har gjorts eller får göras utan nytt samtycke och etikprövning.

Projektet kan däremot få avidentifierad statistik från enkäten.

Hälsningar
Eva
Företagshälsovården`),
  d(`Hi Henrik,

Following up on the lab results for the research participant you referred. As agreed with the family, here is the summary for your records only:

- Participant ID NS-0447 (Johan Ek, 52)
- Whole exome sequencing: pathogenic variant in MYBPC3 consistent with hereditary hypertrophic cardiomyopathy.
- His son (19) and daughter (23) have been offered cascade testing; the daughter tested positive last week, the son declined.

Please do not forward this beyond the cardiology team.

Best,
Dr. Ana Petrović
Clinical Genetics, Norrstrand University Hospital`, 'genetic', 'health'),
  d(`Minnesanteckningar, ledningsgrupp Polis/kommun, 2026-09-22

1. Lägesbild: Inbrott i förråd ökar i Östra Lid.
2. Kameraövervakning: Kommunen har fått tillstånd för kamera vid resecentrum. Ansiktsigenkänning används inte; bildmaterialet sparas i 72 timmar.
3. Polisen informerar om att de under v. 38 identifierade en gärningsman via fingeravtryck på en stulen cykel – ingen koppling till kommunens ärenden.
4. Trygghetsvandring 6 oktober.

Nästa möte 20 oktober.`),
  d(`Hej!

Vi behöver stänga ärendet om det nya inpasseringssystemet på Bergsgårdens LSS-boende.

Sammanfattning:
- Systemet använder ansiktsigenkänning vid personalingången.
- Följande ansiktsmallar är inlagda: Amina Yusuf (nattpersonal), Lars-Göran Ek (dagpersonal), Kim Nordin (vikarie).
- Kims mall togs med mobilkamera och fungerar dåligt; ny registrering bokad.
- Boende och besökare registreras inte.

Frågan om systemet över huvud taget är lagligt har skickats till dataskyddsombudet.

/Ola
Fastighetssamordnare`, 'biometric'),
  d(`Från: Migrationsverket, Mottagningsenheten
Skickat: den 14 juli 2026
Till: Socialtjänsten Strandvik, mottagande av ensamkommande
Ämne: Ang. Ahmad Rahimi

Hej,

Ahmad Rahimi, ensamkommande från Afghanistan, har registrerats hos oss. Fingeravtryck och ansiktsfoto har tagits och sökts i Eurodac; ingen träff i annat medlemsland. Åldersbedömning pågår.

Han anvisas till er kommun från 20 juli. Kontakta ansvarig handläggare för överlämning.

Med vänlig hälsning
Migrationsverket`, 'biometric', 'ethnic-origin', 'social'),
  d(`Hej,

Vår kontaktperson på telefonibolaget meddelar att röstverifiering ("din röst är ditt lösenord") nu kan aktiveras för kommunens växel och servicedesk. Innan vi tar ställning behöver vi:
- en konsekvensbedömning (DPIA),
- beslut om lagringstid för röstprofiler,
- en alternativ metod för de som inte vill.

Förslag: vi tar upp det på informationssäkerhetsrådet i november.

/Nadia
Informationssäkerhetssamordnare`),
  d(`Ärende: SD-55210 Röstverifiering – spärrad användare
Anmälare: Servicedesk
Kategori: Identitet

Användaren Bo Kjellberg (ekonomi) kunde inte verifiera sig via röstprofilen när han ringde från ett bullrigt lagerrum. Systemet avvisade matchningen tre gånger (poäng 0,41; krav 0,75). Röstprofilen har raderats och ny inspelning gjordes 10:20 med 3 fraser. Matchningen fungerar nu.

Bo vill ha alternativ inloggning med kod i framtiden; noterat i profilen.

Stängs av: Mohammed, servicedesk`, 'biometric'),
  d(`Hej Louise,

Jag vill ta upp något om min kollega i arbetslaget, Niklas. Han har berättat för några av oss att han är bisexuell och att han precis gått in i en relation med en man efter skilsmässan. Nu har en av föräldrarna på förskolan börjat prata om det och vägrar lämna sitt barn när Niklas har öppningspasset.

Jag tycker att vi behöver stötta honom och tydligt säga att sådant inte är okej. Kan vi ta det på ledningsmötet?

Vänliga hälsningar
Therese`, 'sex-life'),
  d(`Hej,

Här är årets resultat från medarbetarenkäten, frågorna om kränkande särbehandling:

- 6 % uppger att de utsatts för kränkningar under det senaste året.
- 2 % uppger kränkningar kopplade till sexuell läggning eller könsidentitet.
- Skillnaderna mellan förvaltningar är stora.

HR föreslår att alla chefer går utbildningen "Normkritiskt ledarskap" under våren, och att diskrimineringsgrunderna lyfts på APT.

/HR-utvecklare Tove Lindblom`),
  d(`Kära kollegor,

Vi har fått en ny deltagare i boendestödsgruppen. Kort information från kontaktpersonen:

Alva (22) flyttade in på Granen förra veckan. Hon har ett LSS-beslut om bostad med särskild service enligt 9 § 9 LSS (autism och lindrig intellektuell funktionsnedsättning). Hon har nyligen kommit ut som lesbisk och har en flickvän i Skövde som hon gärna vill hälsa på; stöttning med bussresor behövs.

Alva vill själv att personalen vet om flickvännen så att det inte blir konstiga frågor.

/Nora, boendestödjare`, 'social', 'health', 'sex-life'),
  d(`Hej Maria,

Här kommer ett utdrag ur journalanteckningarna från ungdomsmottagningen som du bad om inför SIP-mötet, med Kevins samtycke:

2026-03-02 Kurator: Kevin (17) berättar att han identifierar sig som ickebinär och vill kallas Kim. Mår bättre sedan han berättat för mamma. Oro kring skolan.
2026-03-16 Barnmorska: Samtal om sex och relationer, STI-test taget, negativt.
2026-03-30 Kurator: Nedstämdhet, remiss till BUP för bedömning av depression.

Omfattas av sekretess enligt 25 kap. 1 § OSL. Får inte vidarebefordras.

/Ungdomsmottagningen`, 'sex-life', 'health', 'secrecy'),
  d(`Från: Susanne Wall
Skickat: den 3 december 2026 16:44
Till: HR-partner Jonas Lund
Ämne: Skriftlig erinran – Dennis Eklöf

Hej Jonas,

Som vi diskuterade: jag har idag haft samtal med Dennis Eklöf (fastighetsskötare) om att han vid tre tillfällen i november lämnat arbetsplatsen utan att stämpla ut och att han vid inspektionen på Ängshagen uppträtt otrevligt mot hyresgästen. Han fick en skriftlig erinran som han har kvitterat.

Han hade med sig sitt ombud från Kommunal, Sten Bergh, som ifrågasatte om det verkligen var tre tillfällen. Vi har dokumentation från passagesystemet.

Nästa uppföljning 15 januari. Jag lägger allt i personalakten.

/Susanne
Driftchef`, 'hr-assessment', 'trade-union'),
  d(`Hej!

Påminnelse till alla chefer om rutinen vid misskötsamhet:

1. Ta samtalet tidigt, muntligt och dokumenterat.
2. Vid upprepning: skriftlig erinran (varning) – kontakta alltid HR innan.
3. Medarbetaren har rätt att ha med fackligt ombud.
4. Disciplinpåföljd enligt AB § 11 kräver förhandling.
5. Spara dokumentation i personalakten, aldrig i e-post.

HR-avdelningen håller en workshop om svåra samtal den 18 februari.

Hälsningar
Jonas Lund, HR-partner`),
  d(`Resultat – Personlighetsbedömning inför chefsrekrytering
Kandidat: Helena Sjögren
Tjänst: Enhetschef, Individ- och familjeomsorg
Test: OPQ32 + kognitivt test (Verify)

Sammanfattning från testleverantören:
- Hög samvetsgrannhet och struktur (stenpoäng 8).
- Låg grad av utåtriktning (stenpoäng 3), föredrar skriftlig kommunikation.
- Kognitiv förmåga över genomsnittet (percentil 78).
- Risk: kan bli detaljstyrande under press.

Rekommendation: Gå vidare till slutintervju, med fokus på kommunikativ förmåga.

Rapporten är konfidentiell och får endast läsas av rekryteringsgruppen.`, 'hr-assessment'),
  d(`Hej rekryteringsgruppen,

Inför höstens chefsrekryteringar har vi upphandlat ny testleverantör. Några punkter:

- Alla kandidater i slutomgång erbjuds personlighetstest och kognitivt test.
- Resultaten används som ett av flera underlag, aldrig ensamt.
- Återkoppling ges alltid muntligt till kandidaten.
- Rapporterna sparas i rekryteringssystemet i sex månader och gallras sedan.

En introduktion för rekryterande chefer hålls 2 september kl 13. Ingen förkunskap krävs.

/HR Rekrytering`),
  d(`Anteckningar utvecklingssamtal 2026-10-14
Medarbetare: Li Wang, ekonom
Chef: Björn Stål

Återblick:
- Li har tagit stort ansvar för bokslutet och gjort ett mycket gott arbete; uppfyller målen med råge.
- Behöver utveckla presentationsteknik inför nämnd.

Mål 2027:
- Leda projektet om ny budgetmodell.
- Gå kursen i retorik.

Hälsa och arbetsmiljö:
- Li upplever arbetsbelastningen i november som hög men hanterbar.

Överenskommelse: Uppföljning i mars. Li bedöms vara redo för rollen som controller inom 1–2 år.`, 'hr-assessment'),
  d(`Hej!

Kollegiet åk 6, Västerskolan – anteckningar inför terminsbetyg, 2026-12-02

- Generellt: resultaten i matematik har förbättrats jämfört med förra året, andelen med minst E är 91 % (84 % i fjol).
- Sambedömning av engelska gjordes i oktober; bra samstämmighet.
- Elever där vi ser risk för F i minst ett ämne tas upp individuellt på EHT v. 50 (listan ligger hos rektor, ej här).
- Betygen ska vara inlagda i Unikum senast 16 december.

Trevlig lucia!
/Anna, arbetslagsledare`),
  d(`Hej Robert och Lina,

Här kommer en sammanfattning av utvecklingssamtalet med Wilma i torsdags:

Svenska: Wilma når kunskapskraven väl, hon skriver mycket bra berättelser. Bedömning: C–A nivå.
Matematik: Hon behöver träna på bråk; provet i november visade 11/24 poäng, under godtagbar nivå.
Engelska: God.
Idrott: Frånvaro vid 6 av 14 lektioner denna termin, ofta utan förklaring.

Vi kom överens om extra mattestöd på tisdagar och att ni pratar med Wilma om idrotten.

Vänliga hälsningar
Katarina Borg, mentor 5B`, 'grades'),
  d(`Subject: Course results – Advanced Statistics (SA2041), autumn term

Dear colleagues in the programme board,

The course finished last week. Overall figures:
- 38 registered, 31 completed the exam.
- Pass rate 74 % (last year 69 %).
- Grade distribution: A 4, B 6, C 9, D 3, E 1, F 8.

Two students have requested re-examination; the dates are 14 January and 3 March. Individual results are published in Ladok, not by e-mail.

Best regards,
Martin Olsson, course coordinator`),
  d(`Hej Mentor,

Jag skriver för att Isak har fått F på mattetentan igen och han är jätteledsen. Han säger att det bara var 8 poäng från gränsen. Han har ju dyslexi och skulle ha fått förlängd skrivtid och uppläsning, men det fungerade inte den här gången eftersom datorn inte var laddad.

Kan han få skriva om provet med rätt anpassningar? Och hur ser det ut med betyget i kursen nu?

Mvh
Camilla Holm (mamma till Isak, NA23b)`, 'grades', 'health'),
  d(`Hej,

Från rektor: Skolinspektionens regelbundna tillsyn av gymnasiet är planerad till vecka 45. Inspektörerna kommer att intervjua elever, lärare och elevhälsa, och granska:

- betygssättning och bedömning,
- arbetet med extra anpassningar och särskilt stöd,
- frånvarouppföljning,
- trygghet och studiero.

Vi tar fram underlag på skolnivå. Inga enskilda elevakter skickas in i förväg.

/Rektorsexpeditionen`),
  d(`Från: Ewa Strand
Skickat: den 9 februari 2026 11:11
Till: Anneli Kron
Ämne: SV: Förhandling om Kents omplacering

Hej Anneli,

Jag företräder Kent Gustafsson som medlem i Kommunal i omplaceringsärendet. Vi begär förhandling enligt 11 § MBL innan beslut fattas.

Kent har inte kunnat arbeta med förflyttningar sedan ryggoperationen i höstas, och läkarintyget från ortopeden säger att han ska undvika tunga lyft permanent. Vi anser att arbetsgivaren inte gjort tillräckligt för att anpassa arbetet i hemtjänsten.

Föreslår tid 16/2 kl 10.

Ewa Strand
Kommunal sektion Strandvik, huvudskyddsombud`, 'trade-union', 'health'),
  d(`Hej medlemmar!

Nyhetsbrev från Sveriges Lärare, lokalavdelningen Strandvik, mars

- Lönerevisionen: Vi har nu ett avtal för 2026 med en pott på 3,4 %. Individuella samtal sker i april.
- Arbetstid: Vi samlar in exempel på lärare som arbetat mer än reglerad arbetstid. Skicka till oss, anonymt om du vill.
- Kurs för nya ombud 24 april.
- Årsmöte 15 maj, motioner senast 30 april.

Du får detta mejl som medlem i Sveriges Lärare. Avregistrera dig via medlemssidorna.

Styrelsen`),
  d(`Hej Agneta!

Tack för att du ställer upp som skyddsombud för Vårdförbundet på avdelning 12. Jag har registrerat dig i skyddsombudsregistret och meddelat Arbetsmiljöverket. Ditt uppdrag gäller till och med 2028.

Du får 8 timmar i månaden för uppdraget enligt överenskommelse med vårdenhetschefen. Grundutbildningen "Bättre arbetsmiljö" går 3–5 november.

Välkommen!
Hälsningar
Johanna Björk
Vårdförbundet avdelning Norrstrand, ordförande`, 'trade-union'),
  d(`Hej,

Medlemsstatistik från de fackliga organisationerna inför fördelning av tid för fackliga förtroendeuppdrag 2027 (antal medlemmar per organisation inom förvaltningen, uppgivet av organisationerna själva):

Kommunal 612
Vision 243
Vårdförbundet 118
Sveriges Lärare 37
Akademikerförbundet SSR 81
Övriga SACO 24

Fördelningen av facklig tid görs proportionellt enligt det lokala samverkansavtalet. Förslaget skickas till FSG i december.

/HR, förhandlingsenheten`),
  d(`Hej Sofia,

Tack för avstämningen igår. Här är mina anteckningar från trepartsmötet med Arbetsförmedlingen:

Deltagare: Marcus Ali (arbetssökande), Sofia Nyberg (Arbetsförmedlingen), jag (arbetsmarknadsenheten)

- Marcus kom till Sverige från Eritrea 2019 och har gymnasieutbildning som elektriker därifrån. Validering pågår.
- Han har sedan i våras försörjningsstöd kompletterande till etableringsersättningen.
- Praktikplats på fastighetsavdelningen från 1 oktober, 4 dagar/vecka.
- Han ber om ledigt på fredagar för att gå i kyrkan (eritreansk-ortodoxa församlingen har gudstjänst då under fastan); vi försöker lösa det.

Nästa möte 15 november.

/Pia, arbetsmarknadskonsulent`, 'ethnic-origin', 'social', 'religion'),
  d(`Hej alla,

Info från Arbetsförmedlingen om förändringarna i etableringsprogrammet från 1 januari:

- Nyanlända i etableringsprogrammet ska i högre grad delta i SFI på heltid.
- Aktivitetsrapporter lämnas digitalt varje månad.
- Kommunernas försörjningsstöd påverkas för hushåll där någon har etableringsersättning; handläggare ska stämma av med Arbetsförmedlingen innan beslut.

Frågor kan ställas på samverkansmötet 9 december.

/Arbetsmarknadsenheten`),
  d(`Från: Tanja Virtanen
Skickat: den 12 april 2026 14:03
Till: Rekrytering, Äldreomsorgen
Ämne: Ansökan – undersköterska med finska

Hej!

Jag såg annonsen om undersköterska på Björkbacka som ska kunna finska. Jag är sverigefinne, uppvuxen i Haparanda med finska som hemspråk, och har jobbat sju år i hemtjänsten. Jag pratar och skriver finska flytande.

CV och betyg från vård- och omsorgsprogrammet bifogas. Jag har fått 85 % tjänst i nuvarande jobb men vill ha heltid.

Med vänliga hälsningar
Tanja Virtanen`, 'ethnic-origin'),
  d(`Ledigt arbete: Undersköterska, finskspråkig avdelning, Björkbacka vård- och omsorgsboende

Björkbacka har en avdelning för sverigefinska äldre där finska är vardagsspråket. Vi söker undersköterska som talar finska, gärna även meänkieli.

Krav: undersköterskeexamen, goda kunskaper i finska och svenska.
Omfattning: heltid, tillsvidare.
Lön: individuell lönesättning.
Facklig kontakt: Kommunal, via kommunens växel.

Välkommen med din ansökan senast 30 april!`),
  d(`Hej Mona,

Jag har pratat med ungdomarna på fritidsgården efter bråket i fredags. Det verkar som att konflikten började när ett par killar kallade Yonas rasistiska saker om att han är "svart" och att han ska "åka hem". Yonas föräldrar kommer från Etiopien men han är född här i Strandvik.

Han blev så arg att han skrek åt dem och gick hem, och jag ringde hans föräldrar på kvällen för att berätta vad som hänt.

Vi behöver prata om hur vi jobbar med värdegrunden på gården.

/Ali, fritidsledare`, 'ethnic-origin'),
  d(`Hej!

Minnesanteckningar från nätverket mot rasism och diskriminering, 2026-10-03

1. Länsstyrelsens kartläggning: 23 % av unga i länet uppger att de utsatts för rasism.
2. Kommunens handlingsplan mot rasism ska revideras 2027 – arbetsgrupp utses.
3. Förslag: utbildning för fritidsledare om hur man ingriper mot rasistiska kommentarer.
4. Föreningen Afrosvenskarnas riksorganisation bjuds in till nästa möte.

Nästa träff 5 december.
/Folkhälsostrategen`),
  d(`Hej Ulla,

En sak inför kvällens nämndsammanträde: Som du vet är jag ersättare för Moderaterna i socialnämnden, och ärende 7 gäller ju en placering där jag känner familjen privat. Jag kommer därför att anmäla jäv och lämna rummet under den punkten.

Jag vill också passa på att säga att jag tänker lämna partiet efter valet och gå över till Liberalerna – det blir offentligt nästa vecka.

Hälsningar
Lennart Bjurström`, 'political-opinion'),
  d(`Hej sekreterare,

Inför sammanträdet 24 september:

- Kallelsen går ut fredag.
- Ärende 7 (individärende) behandlas inom stängda dörrar; handlingarna skickas separat i krypterad form.
- Ledamöter som misstänker jäv ska anmäla det till ordföranden innan sammanträdet.
- Ersättare kallas bara om ordinarie har anmält förhinder.

Tack!
Nämndsekreterare, Socialnämnden`),
  d(`Hi team,

Notes from today's all-hands (environmental department):

• Climate plan 2030 – the council adopted the new targets last week; the opposition parties voted against the car-free city centre.
• Staff survey results are out; engagement index 76 (up from 71).
• Per Nilsson mentioned in the break that he's now running for the Green Party in the regional election — he asked that colleagues not bring it up with external contacts since it might look like he's biased on the wind-power permits. Management will discuss whether he should hand over those cases.
• Summer party 14 June.

Cheers,
Annika`, 'political-opinion'),
  d(`Hej!

Vi har fått klagomål från en medborgare som tycker att en av våra handläggare på bygglov (Amanda Rask) "bara gynnar sina partivänner". Hon är aktiv i Kristdemokraterna och satt förra mandatperioden i byggnadsnämnden.

Jag har gått igenom ärendena och inte hittat något som tyder på jäv, men vi behöver svara medborgaren. Kan juristen titta på svaret innan det går iväg?

/Fredrik
Bygglovschef`, 'political-opinion'),
  d(`Hej Nina,

Uppföljning från hembesöket hos familjen Levin idag (kvälls-LSS, korttidstillsyn):

- Sonen Jakob (14) har autism och epilepsi, beviljad korttidstillsyn 15 h/vecka enligt 9 § 7 LSS.
- Familjen är judisk och håller kosher hemma; personalen behöver veta att de inte får ta med egen mat in i köket och att fredagkvällar (sabbat) inte passar för aktiviteter utanför hemmet.
- Pappa önskar att samma personal kommer varje gång.

Jag lägger in detta i genomförandeplanen.

/Hugo, LSS-handläggare`, 'religion', 'health', 'social', 'ethnic-origin'),
  d(`Hej kollegor,

Inför Förintelsens minnesdag 27 januari: Stadsbiblioteket har en utställning om judiskt liv i Sverige och föreläsning av en representant för Judiska församlingen. Skolklasser bokar via bibliotekets hemsida.

Vi påminner också om att kommunen är förvaltningsområde för jiddisch sedan 2022 och att personal som talar jiddisch gärna får anmäla det till minoritetssamordnaren om de vill stå med i tolk- och språklistan.

/Kultur och bibliotek`),
  d(`Från: Ingegerd Ljung
Skickat: den 5 december 2026 09:45
Till: Präst Anders Sjöberg
Ämne: Besök önskas – Vårdboendet Tallen

Hej Anders,

Elsa Berglund, 91, på avdelning 2 har bett om att få besök av präst och nattvard. Hon är djupt troende och har varit aktiv i Pingstkyrkan hela livet, men vill gärna ta emot nattvard från Svenska kyrkan nu när hennes egen pastor har flyttat.

Hon är i livets slutskede och palliativ vård har inletts; de närmaste dagarna är bäst.

Hälsningar
Ingegerd, sjuksköterska`, 'religion', 'health', 'social'),
  d(`Hej,

Sjukhuskyrkan informerar: Advents- och julgudstjänster i kapellet:

- 1:a advent kl 15
- Luciafirande 13 december kl 14 (sjukhuskören)
- Julafton kl 11 samt ekumenisk andakt kl 16
- Muslimsk imam finns på plats fredagar 12–14 i det tysta rummet

Alla patienter, anhöriga och medarbetare är välkomna oavsett tro. Personal som vill ha samtal med präst, diakon eller imam kan ringa sjukhuskyrkans växel.

Sjukhuskyrkan Norrstrand`),
  d(`Från: Håkan Grahn
Skickat: den 22 oktober 2026 07:58
Till: Personalchef
Ämne: VB: Polisanmälan mot anställd

Hej Irene,

Se nedan. Jag vet inte hur vi ska hantera det här men det känns bråttom.

Håkan

> Från: Polismyndigheten, Region Väst
> Skickat: den 21 oktober 2026 16:30
> Ämne: Begäran om uppgifter
>
> Vi utreder en anmälan om misstänkt bedrägeri där en av era anställda, Sebastian Lönn (ekonomiassistent), misstänks ha förfalskat leverantörsfakturor för ca 340 000 kr. Vi begär uppgifter om hans anställning och behörigheter i ekonomisystemet. Delgivning av misstanke kommer att ske nästa vecka.
> Kriminalinspektör Hanna Ek

--
Håkan Grahn
Ekonomichef`, 'criminal-record'),
  d(`Hej!

Internrevisionen har slutfört granskningen av attestrutinerna. Sammanfattning:

- Brister i kontrollen av nya leverantörer; 14 av 60 stickprov saknade kontroll av firmatecknare.
- Behörigheter i ekonomisystemet har inte följts upp efter organisationsförändringar.
- Risk för fakturabedrägerier bedöms som hög. Flera kommuner har drabbats under året och polisanmält.

Rekommendationer och tidplan finns i bifogad rapport. Revisorerna vill ha förvaltningens svar senast 15 januari.

/Ekonomiavdelningen`),
  d(`[2026-11-02 07:41] Sara (LSS Granen): fyi – polisen var här i natt. Mattias (boende rum 4) har anmälts av grannen för skadegörelse och ofredande, han kastade sten på hennes bil
[2026-11-02 07:42] Sara (LSS Granen): han blev inte gripen men de ska höra honom med god man närvarande
[2026-11-02 07:44] Erik (enhetschef): tack. skriv avvikelse och ring hans gode man innan 9. jag kontaktar LSS-handläggaren
[2026-11-02 07:45] Sara (LSS Granen): ok. han fick extra lugnande i natt enligt vid behov-ordinationen
[2026-11-02 07:45] Erik (enhetschef): 👍
[2026-11-02 08:58] Sara (LSS Granen): gode mannen är informerad, han kommer hit kl 13
[2026-11-02 09:02] Erik (enhetschef): tack, jag kommer också. ta med genomförandeplanen
[2026-11-02 09:03] Sara (LSS Granen): ok`, 'criminal-record', 'social', 'health'),
  d(`Hej,

Information från säkerhetsenheten efter helgens inbrott i förrådet på Granen:

- Polisanmälan är gjord (K-nummer finns hos enhetschefen).
- Ingen misstänkt är identifierad.
- Larmkoderna har bytts; den nya koden lämnas muntligt av enhetschefen.
- Påminnelse: lämna aldrig ytterdörrar uppställda.

Trygghetsvandring runt boendet planeras i december tillsammans med fastighetsägaren.

Säkerhetsenheten`),
  d(`Hej Erik,

Tack för lönesamtalet. Jag blev lite besviken ärligt talat. Jag har nu 34 200 kr och får 600 kr i påslag, vilket är mindre än snittet. Samtidigt har Jonas som började efter mig och har samma uppdrag 36 500 kr.

Jag tycker att det strider mot lönekartläggningen och jag kommer att ta upp det med mitt fackombud i Akademikerförbundet SSR.

Kan vi boka ett uppföljande samtal?

Mvh
Mira Håkansson
Socialsekreterare`, 'salary', 'trade-union'),
  d(`Hej alla,

Resultatet av lönekartläggningen 2026 är klart och redovisat i samverkan:

- Inga osakliga löneskillnader mellan kvinnor och män i lika arbete.
- I grupperna likvärdigt arbete finns en skillnad mellan socialsekreterare och ingenjörer (kvinnodominerad grupp har lägre snittlön, 38 700 mot 41 200 kr). Skillnaden åtgärdas under tre år.
- Medianlönen i förvaltningen är 35 900 kr.

Rapporten publiceras på intranätet. Frågor om din egen lön tar du med din chef.

HR`),
  d(`Från: Lönecenter
Till: Dan Öberg
Ämne: Retroaktiv lön och löneskuld

Hej Dan,

Vid kontroll har vi upptäckt att du fått OB-tillägg för nattarbete i mars och april som inte stämmer med schemat. Överbetalningen är 7 412 kr brutto. Vi föreslår en avbetalningsplan på 1 000 kr/mån från juni, med avdrag från din månadslön på 29 850 kr.

Om du inte håller med om beräkningen, kontakta oss senast 20 maj.

Med vänlig hälsning
Åsa Moberg, löneadministratör`, 'salary'),
  d(`Hej Åsa,

Snabb fråga om lönesystemet: när vi ska göra avdrag för överbetald lön, vad gäller för beneficium och förbehållsbelopp? Vi har ett par fall i vår och vill vara säkra på att vi gör rätt.

Och: hur lång tid har medarbetaren på sig att bestrida beräkningen enligt vår rutin?

/Lena, lönespecialist`),
  d(`Hej Amira,

Välkommen till oss på kultur och fritid! Här kommer det du behöver inför måndag:

Användarnamn: amira.said01
Tillfälligt lösenord: Vinter-Lykta-19
Kod till personalentrén på Kulturhuset: 2580
Larmkod (om du stänger sist): 6013 + ON

Byt lösenordet första gången du loggar in. Ta med ID-handling till receptionen så får du ditt passerkort.

Hälsningar
Petra, administratör`, 'credentials'),
  d(`Hej nya kollegor!

Välkommen till Kultur och fritid. Din första dag:

1. Hämta ditt passerkort i receptionen (ta med legitimation).
2. Logga in med ditt användarnamn och det tillfälliga lösenord som du får via SMS från IT.
3. Aktivera MFA via Authenticator-appen.
4. Gå igenom introduktionsutbildningen i informationssäkerhet (30 min).

Lösenord, koder och larmkoder skickas aldrig via e-post – fråga din chef om du saknar något.

Välkommen!
HR och IT`),
  d(`Hej Johan,

Här är uppgifterna till leverantörsportalen för upphandlingen av skolmåltider, eftersom jag är ledig nästa vecka och du behöver öppna anbuden:

URL: anbud.upphandlingsportalen.se/strandvik
Användare: upph-strandvik-jl
Lösenord: Sill&Potatis-2026
Engångskoden skickas till min mobil, ring mig så läser jag upp den.

Sista anbudsdag 14 mars kl 23.59, öppning 15 mars.

/Linda
Upphandlare`, 'credentials'),
  d(`Hej,

Anbudsöppning i upphandlingen "Skolmåltider 2027–2030" (dnr UPP 2026/44) genomfördes 15 mars.

Inkomna anbud: 4
- Sodexo AB
- Compass Group AB
- Lokala Kök i Väst AB
- Matglädje Ekonomisk förening

Samtliga anbud kom in i tid. Anbuden omfattas av absolut sekretess enligt 19 kap. 3 § OSL fram till tilldelningsbeslut.

Protokollförare: Johan Lindqvist
Bevittnat av: Linda Ek`, 'secrecy'),
  d(`Från: Christer Moberg
Skickat: den 16 juni 2026 13:27
Till: Frida Strand
Kopia: Rektor
Ämne: SV: SV: Betyg i historia, Alexander 9A

Hej Frida,

Jag har tittat på underlaget igen. Alexanders provresultat i historia är: Forntiden E, Medeltiden D-nivå, Upplysningen C, Industrialiseringen E och muntlig redovisning A. Sammantaget bedömer jag att betyget D är rimligt, inte C som han begärt.

Jag står fast vid betyget men förklarar gärna för Alexander och er på ett möte.

Christer Moberg, lärare SO

> Hej, vi undrar varför Alexander fick D i historia när han själv tycker att han presterat på C-nivå? /Frida Strand, vårdnadshavare
>> Hej Frida, jag återkommer när jag gått igenom hans prov. /Christer`, 'grades'),
  d(`Hej vårdnadshavare i åk 9!

Information om slutbetyg:

- Betygen sätts den 10 juni och lämnas ut på avslutningsdagen.
- Betyg kan inte överklagas, men ni kan be läraren förklara hur betyget satts.
- Om betyget är felaktigt på grund av uppenbart fel kan rektor ändra det.
- Gymnasieantagningens slutliga antagning publiceras 1 juli.

Vänliga hälsningar
Rektor Bäckaskolan`),
  d(`Närvarorapport vecka 47 – SFI, Kursen C, Grupp Kväll 2
Lärare: Eva Hammar

Elev                 Närvaro   Kommentar
Yusuf Omar           100 %
Nadia Rahimi          60 %     Sjuk tisdag och onsdag
Olga Petrenko         80 %
Thanh Nguyen          20 %     Ej anmäld frånvaro, kontakta
Jorge Álvarez        100 %     Klarade provet i läsförståelse (Godkänd)

Rapporten skickas enligt överenskommelse till Arbetsförmedlingen för deltagare i etableringsprogrammet.

/Vuxenutbildningen`, 'grades', 'health'),
  d(`Hej,

Statistik för vuxenutbildningen, läsåret 2025/26:

- 1 140 elever i SFI, varav 64 % kvinnor.
- Genomsnittlig närvaro 78 %.
- Andel som klarat kurs D inom ett år: 46 %.
- Vanligaste skäl till avbrott: arbete (38 %), flytt (21 %), föräldraledighet (14 %).

Underlaget är framtaget för kvalitetsrapporten och innehåller inga uppgifter om enskilda.

/Vuxenutbildningens rektor`),
  d(`Hej!

Påminnelse om kvartalsrapporteringen till Försäkringskassan för personliga assistenter enligt LSS/SFB. Tidrapporterna ska vara inne senast den 5:e.

Vi ser att några har fel på timmarna för natt. Kontrollera att:
- jourtimmar och vaken natt redovisas separat,
- sjukfrånvaro för assistenten inte redovisas som utförd tid,
- brukarens signatur finns med.

Blanketten FK 3059 finns på Försäkringskassans webbplats.

/Assistansenheten`),
  d(`Hej Malin,

Svar på din fråga om Oskars assistans:

Försäkringskassan har beslutat att Oskar Bengtsson får 118 timmar assistansersättning per vecka (tidigare 126). Minskningen beror på att de bedömer att han inte behöver hjälp vid måltider lika mycket efter att han fått sondmat. Vi överklagar beslutet tillsammans med hans gode man.

Under tiden fortsätter kommunen att täcka mellanskillnaden enligt LSS-beslutet om personlig assistans.

/Sanna, LSS-handläggare`, 'social', 'health'),
  d(`Hej alla LSS-handläggare,

Sammanfattning från nätverksträffen i Skövde:

* IVO har publicerat en ny rapport om kommunernas handläggning av personlig assistans; handläggningstiderna har ökat.
* Prejudikat från HFD om "andra personliga behov" – vi går igenom det på nästa metodmöte.
* SKR:s nya vägledning om korttidsvistelse.
* Förslag på gemensam utbildning om LSS för socialnämndens ledamöter.

Bra träff! Nästa gång i Lidköping.

/Hugo`),
  d(`Hej!

Detta är ett automatiskt meddelande från Heroma.

Din ansökan om tjänstledighet har beviljats.
Medarbetare: Nils Forsberg
Typ: Tjänstledighet för fackligt uppdrag (Vision), 20 %
Period: 2026-09-01 – 2027-08-31
Beslutad av: Marie Sten, enhetschef

Vid frågor kontakta din chef.

Med vänlig hälsning
HR-service`, 'trade-union'),
  d(`Hej!

Detta är ett automatiskt meddelande från Heroma.

Din ansökan om semester har beviljats.
Medarbetare: Nils Forsberg
Period: 2026-07-06 – 2026-07-31 (20 dagar)
Beslutad av: Marie Sten, enhetschef

Kvarvarande semesterdagar efter uttag: 11.
Kom ihåg att lägga in frånvarohälsning i Outlook.

Med vänlig hälsning
HR-service`),
  d(`Hej!

Detta är ett automatiskt meddelande från Heroma.

Sjukanmälan registrerad.
Medarbetare: Ellinor Sandberg
Första sjukdag: 2026-10-12
Orsak (frivilligt fält, fylls i av medarbetare): "Migrän + magsjuka, troligen borta 2–3 dagar"
Chef: Kjell Ahlgren

Kom ihåg att friskanmäla dig i Heroma när du är tillbaka. Från dag 8 krävs läkarintyg.

HR-service`, 'health'),
  d(`Hej chefer!

Från 1 januari gäller ny rutin i Heroma för sjuk- och friskanmälan:

- Medarbetaren anmäler själv via appen senast kl 7 första dagen.
- Chefen får en notis men ser aldrig orsak till sjukfrånvaron om inte medarbetaren själv väljer att berätta.
- Rehabiliteringsrutinen startar automatiskt vid sex tillfällen på tolv månader.
- Företagshälsovården kopplas in vid behov.

Frågor till HR-service.`),
  d(`Från: Kjell Ahlgren
Skickat: den 26 oktober 2026 16:05
Till: Företagshälsovården, Avonova
Ämne: Beställning – rehabsamtal

Hej,

Jag vill beställa ett trepartssamtal för min medarbetare Ellinor Sandberg, barnskötare. Hon har haft sju korta sjukfrånvarotillfällen sedan mars, främst migrän, och har själv berättat att hon har svår sömnbrist efter att hennes man gick bort i våras. Vi behöver hjälp att bedöma arbetsförmågan och om hon behöver anpassad arbetstid.

Fakturan går till kostnadsställe 5410.

Hälsningar
Kjell Ahlgren
Förskolechef, Ekorrens förskola`, 'health'),
  d(`Hej Ingrid,

Ang. familjen Sundqvist som vi pratade om på ärendedragningen. Här kommer en sammanfattning från BVC-sjuksköterskan, med föräldrarnas samtycke:

- Lillebror Elias (8 mån) har fått diagnosen spinal muskelatrofi typ 1 efter genetisk analys (deletion i SMN1).
- Båda föräldrarna har testats och är anlagsbärare. Storasyster Maja (4) ska testas i nästa vecka.
- Familjen ansöker om avlösarservice och korttidsvistelse enligt LSS.

Föräldrarna är mycket pressade. Vi behöver prioritera LSS-utredningen.

/Hanna, biståndshandläggare LSS`, 'genetic', 'health', 'social'),
  d(`Från: Sven Åkesson
Skickat: den 2 april 2026 12:10
Till: Marianne Lind
Ämne: Ledighet

Hej Marianne,

Jag behöver vara ledig torsdag förmiddag. Jag och min bror ska på genetisk vägledning på Sahlgrenska eftersom pappa och farfar båda hade familjär hyperkolesterolemi, och nu har DNA-testet visat att jag också har mutationen i LDLR-genen. Min bror väntar fortfarande på sitt svar.

Jag tar det som flex.

/Sven`, 'genetic', 'health'),
  d(`Hej!

Vi har fått en förfrågan från ett företag som säljer DNA-tester för "personlig hälsoprofil" och som vill erbjuda kommunens anställda testerna som friskvårdsförmån.

HR avstyrker eftersom:
- genetiska uppgifter är känsliga personuppgifter enligt GDPR,
- arbetsgivaren inte ska kunna få del av resultaten,
- förmånen kan uppfattas som påtryckning.

Förslaget tas upp i personalutskottet 10 maj för beslut.

/HR-strateg`),
  d(`Hej Ahmed,

Som du vet har vi infört inloggning med ansiktsigenkänning (Windows Hello) på de nya bärbara datorerna. Jag har nu registrerat ansiktsdata och PIN för följande användare på ekonomi enligt beställningen:

- Johanna Fors: ansikte registrerat, PIN-reserv 7719
- Oliver Berg: ansikte registrerat, PIN-reserv 3348
- Katja Nilsson: avböjt ansikte, använder endast PIN (5520)

De bör byta PIN själva inom en vecka.

/Marcus, klienttekniker`, 'biometric', 'credentials'),
  d(`Hej alla!

Om Windows Hello på de nya datorerna:

- Ansiktsigenkänning eller fingeravtryck är frivilligt.
- Biometriska data lagras bara lokalt på datorn, i krypterat chip, och lämnar aldrig datorn.
- Den som inte vill använda biometri väljer en PIN-kod (minst 6 siffror).
- IT kan inte se eller återställa dina biometriska data.

Läs mer på intranätet under IT/Säkerhet.

/IT-avdelningen`),
  d(`Hej Ronja,

Tack för att du hörde av dig om namnbytet i systemen. Jag har nu ändrat i AD, e-post, Heroma och personalkatalogen, så att det står Ronja i stället för ditt tidigare namn. Jag har också tagit bort det gamla namnet från signaturen i Treserva.

Juridiskt kön ändras automatiskt när Skatteverket uppdaterat folkbokföringen, så det ska du inte behöva göra något åt. Hör av dig om något ställe fortfarande visar ditt gamla namn – det ska inte hända.

Stort lycka till!
/Jonathan, IT-support`, 'sex-life'),
  d(`Hej,

Här kommer utdrag ur social dokumentation, Vårdboendet Linden, för de senaste veckorna angående Gösta Engström (rum 12):

2026-08-03 Gösta har vid upprepade tillfällen tagit på personal på ett sexuellt sätt och gjort kommentarer om sitt sexliv. Demenssjuksköterska informerad.
2026-08-10 Anhörigsamtal med dottern: hon berättar att Gösta alltid varit öppen med att han haft relationer med både kvinnor och män.
2026-08-14 Läkaren har gjort läkemedelsgenomgång, misstänker frontallobsdemens.

Uppgifterna omfattas av sekretess enligt 26 kap. 1 § OSL.

/Sara, sjuksköterska`, 'sex-life', 'health', 'secrecy', 'social'),
  d(`Hej Karin,

Inför SIP-mötet på torsdag: mamman har informerat oss om att hon och barnen sedan december har kvarskrivning och skyddad folkbokföring på grund av hot från barnens pappa. Mötet hålls därför på familjeenheten och inte i skolans lokaler, och pappan kallas inte.

Inga adresser, telefonnummer eller uppgifter om boende får stå i SIP:en eller i protokollet.

/Linnea, samordnare barn och unga`, 'protected-identity', 'social'),
  d(`Hej,

Påminnelse till alla som bokar möten i SIP-systemet: från och med 1 februari ska alla deltagare bekräfta att de inte för in adressuppgifter i planen. Det beror på att det har hänt på andra håll i landet att uppgifter om personer med skyddad folkbokföring spridits via samordnade planer.

Vid misstanke om att en person har skyddade personuppgifter, kontakta registrator innan du skickar något.

/Regionens SIP-samordnare`),
  d(`[2026-05-20 13:02] Johanna (reception): hej, en patient som står här säger att han har "sekretessmarkering" och inte vill ge adressen, vad gör jag?
[2026-05-20 13:04] Peter (mottagningschef): registrera honom med de uppgifter som finns i folkbokföringen, systemet visar ingen adress om markering finns. skriv inget på papper
[2026-05-20 13:05] Johanna (reception): ok, det står markering på honom i systemet, Ali Demir, han ska till diabetessköterskan 13.30
[2026-05-20 13:05] Peter (mottagningschef): bra, kalla honom med förnamn bara i väntrummet
[2026-05-20 13:06] Johanna (reception): 👍
[2026-05-20 13:40] Johanna (reception): förresten, kortläsaren i kassan krånglar igen
[2026-05-20 13:42] Peter (mottagningschef): starta om den, annars ring leverantören
[2026-05-20 13:47] Johanna (reception): funkar nu`, 'protected-identity', 'health'),
  d(`Hej!

Här kommer uppgifterna för utbetalning av stipendium från Kulturfonden till pristagaren Elsa Nord:

Belopp: 25 000 kr
Mottagare: Elsa Nord
Bank: Länsförsäkringar
Clearingnummer: 9020
Kontonummer: 0123 456 7891

Prisutdelningen sker på Kulturnatten 12 september. Elsa ska inte få veta något förrän dess, så prata inte om det.

/Maria, kultursekreterare`, 'bank-account'),
  d(`Hej Maria,

Tack! Utbetalningen av stipendiet är inlagd i Raindance till betalning 14 september. Kontouppgiften registrerades direkt från blanketten som pristagaren själv undertecknat, så den behövs inte i mejl framöver – radera gärna ditt förra mejl.

Kom ihåg att stipendier är skattefria bara om de inte är ersättning för utfört arbete. Kulturfondens stadgar uppfyller det.

/Ekonomi, kundreskontra`),
  d(`Subject: Refund for cancelled course – Linnea Ström

Hi payroll,

The conference in Copenhagen was cancelled and the organiser refunded the fee to the participant directly. Linnea had paid with her personal card (Mastercard ending 4417, full number 5105 1051 0510 4417, exp 06/27), and the refund of 3 900 DKK went back to that card on 12 May.

So we should NOT reimburse her through payroll as planned. Please remove the expense claim.

Thanks,
Henrik, unit admin`, 'payment-card'),
  d(`Hej,

Vi har fått in en ansökan om ekonomiskt bistånd där sökanden (Patrik Ohlsson) har bifogat ett foto på sitt bankkort för att "visa att kontot finns". På bilden syns kortnumret 4929 1327 5509 6603, giltighet 02/28 och namnet. Han har också skickat kontoutdrag från ICA Banken, konto 9270-1238 455.

Jag har sparat underlaget i akten men raderat mejlet. Behöver vi göra en incidentrapport?

/Jennie, handläggare, försörjningsstöd`, 'payment-card', 'bank-account', 'social'),
  d(`Hej Jessica,

Tack för ett bra möte om verksamhetsplanen! Jag har uppdaterat dokumentet enligt våra diskussioner:

1. Målet om minskad sjukfrånvaro ligger kvar (från 8,9 till 7,5 %).
2. Kompetensutvecklingen prioriterar ledarskap och digitalisering.
3. Budgeten för vikarier justeras ned med 200 tkr.
4. Nytt mål om brukarnöjdhet i hemtjänsten.

Dokumentet ligger i Teams under "Verksamhetsplan 2027".

Vänliga hälsningar
Monica

PS. Jag är hemma resten av veckan, har fått en ny skov av MS och neurologen vill att jag vilar och höjer kortisondosen. Nås på mobilen vid behov.`, 'health'),
  d(`Hej Monica,

Tack för verksamhetsplanen. Några kommentarer:

- Under målet om sjukfrånvaro: lägg gärna till korttidsfrånvaro som separat indikator.
- Rehabiliteringsarbetet: hänvisa till den nya rutinen om tidiga insatser och till avtalet med företagshälsovården.
- Friskvårdsbidraget höjs till 3 000 kr 2027 – kan nämnas under arbetsmiljö.

I övrigt ser det bra ut! Vi tar det på ledningsgruppen 3 december.

Hälsningar
Jessica Wallin
Förvaltningschef, Vård och omsorg`),
  d(`Från: Anna-Karin Ström
Skickat: den 24 november 2026 09:10
Till: Chefsgruppen Teknik
Ämne: Summering av kalibreringsmöte, lönesättning

Hej,

Tack för att ni alla var med igår. Några medskick:

- Kriterierna (resultat, samarbete, utveckling, ansvar) ska användas konsekvent.
- Vi behöver bli bättre på att dokumentera underlag för bedömningarna, så att vi kan förklara differentieringen.
- Cheferna ska inte jämföra enskilda medarbetares löner med varandra i öppna forum.
- HR tar fram exempel på "bra" lönesamtalsdokumentation till januari.

/Anna-Karin, HR-partner`),
  d(`Hej Anna-Karin,

Tack för kalibreringsmötet. Vill komplettera med mina bedömningar för gatuenheten innan vi låser:

Roger Hammar – överträffar förväntningar, drivit vinterberedskapen mycket väl. Förslag +1 400 kr.
Linda Eng – uppfyller förväntningar. +900 kr.
Tomas Vik – uppfyller inte förväntningarna på samarbete; två konflikter med entreprenörer under året, dokumenterade i samtal 3/5 och 22/9. Förslag +300 kr.

/Staffan, gatuchef`, 'hr-assessment', 'salary'),
  d(`Hej!

Inbjudan till kursen "Psykisk ohälsa på arbetsplatsen – för chefer", 29 januari.

Innehåll:
- Hur känner man igen tecken på utmattning, ångest och depression hos medarbetare?
- Chefens ansvar för rehabilitering och arbetsanpassning.
- Samtalsövning med skådespelare.
- Samverkan med företagshälsovård och Försäkringskassan.

Kursen ges av Företagshälsovården i samarbete med HR. Kostnadsfri för kommunens chefer. Max 20 platser.

HR-utveckling`),
  d(`Hej Camilla,

Sammanfattning av avstämningsmötet med Försäkringskassan angående Johan Dahlqvist, vårdare på LSS-boendet Eken:

- Johan har varit sjukskriven 75 % sedan maj pga ångestsyndrom och alkoholberoende; han deltar i behandling på beroendemottagningen sedan augusti.
- FK handläggare: prövning mot normalt förekommande arbete sker vid dag 180.
- Arbetsgivaren kan erbjuda arbete dagtid utan ensamarbete.
- Fackligt ombud (Kommunal) närvarande.
- Ny avstämning 20 januari.

/Lotta, enhetschef`, 'health', 'trade-union'),
  d(`Hej alla,

Information om den nya alkohol- och drogpolicyn som antogs av kommunstyrelsen i oktober:

- Nolltolerans mot alkohol och droger i arbetet.
- Chef som misstänker missbruk ska agera enligt handlingsplanen: samtal, kontakt med HR och företagshälsovård, erbjudande om behandling.
- Slumpvisa drogtester införs för förare av kommunens tunga fordon.
- Medarbetare kan själv söka stöd konfidentiellt via företagshälsovården.

Policyn finns på intranätet. Chefer går igenom den på APT under december.

HR`),
  d(`Från: Erik Lindholm
Skickat: den 9 mars 2026 22:47
Till: Jenny Falk
Ämne: Re: imorgon

Hej Jenny,

Jag kommer inte imorgon. Sanningen är att jag har druckit för mycket igen hela helgen och inte sovit. Jag har pratat med min läkare och ska börja på Beroendecentrum nästa vecka. Snälla säg inget till gruppen än.

Erik

> Hej Erik, påminnelse om utbildningsdagen imorgon kl 8.30 i Aulan. /Jenny`, 'health'),
  d(`Hej!

Styrgruppen för digitaliseringsprojektet "E-tjänst för ekonomiskt bistånd" – anteckningar 2026-06-11

1. Status: E-tjänsten lanseras 1 oktober. Testning med fingerade ärenden pågår.
2. Integrationer: Koppling till SSBTEK (uppgifter från Försäkringskassan, CSN, Skatteverket) fungerar i test.
3. Informationssäkerhet: Loggning och behörigheter klara; DPIA godkänd.
4. Risker: Användare med skyddade personuppgifter kan inte använda e-tjänsten; manuell hantering behövs.
5. Nästa möte 25 juni.

Projektledare: Anders Holm`),
  d(`Hej Britt,

Nu har Eskil Magnusson (87), Kvarnvägen 3, fått beslut om hemtjänst efter sjukhusvistelsen:

- Dusch 2 ggr/vecka
- Inköp 1 ggr/vecka
- Tillsyn morgon och kväll
- Trygghetslarm

Beslutet gäller från 1 december. Han har fått en höftprotes och kommer att ha hemrehabilitering med arbetsterapeut de första veckorna.

Nyckelskåpets kod vid ytterdörren är 2244.

/Biståndshandläggare Ann Berg`, 'social', 'health', 'credentials'),
  d(`Hej,

Vi har fått en ny rutin för nyckelhantering i hemtjänsten:

- Alla nycklar till brukare ska förvaras i nyckelskåp med digitala lås eller i låsta nyckelgömmor.
- Koder till nyckelgömmor skrivs aldrig i e-post eller i genomförandeplanen, utan finns bara i planeringssystemet med behörighetsstyrning.
- Vid förlorad nyckel görs avvikelserapport.

Rutinen gäller från 1 februari. Enhetscheferna informerar på APT.

/Kvalitetsutvecklare, Hemtjänsten`),
  d(`Hej,

Nyheter från Miljö- och hälsoskydd, december:

* Ny taxa för livsmedelskontroll från 1 januari.
* Radonmätning: 42 fastighetsägare har fått föreläggande om mätning.
* Inspektionerna av tatuerings- och fotvårdsverksamheter har genomförts; 3 av 11 hade brister i hygienrutiner.
* Klagomål på buller från Östra hamnen utreds – klagandens uppgifter hanteras enligt sekretessreglerna.
* Julledighet: vi har telefontid 10–12 mellan helgerna.

God jul!
/Miljöenheten`),
  d(`Protokoll – Arbetsplatsträff, Ekonomiavdelningen
Datum: 2026-09-08 kl 09.00–10.30
Plats: Konferensrum Vänern + Teams

Närvarande: Björn Stål (ordf), Li Wang, Kerstin Ahl, Pontus Åberg, Sara Nyqvist, Mehmet Kaya, Lena Ström (sekr)
Frånvarande: Hans Berg

§ 1 Mötets öppnande
Björn hälsade välkommen, särskilt Mehmet som började 1 september.

§ 2 Föregående protokoll
Lades till handlingarna.

§ 3 Bokslutsplanering
Tidplan för delårsbokslut augusti gicks igenom. Alla avstämningar klara 20/9.

§ 4 Systembyte
Nytt ekonomisystem (Unit4) införs 2027. Projektgruppen söker två superanvändare – anmälan till Björn.

§ 5 Arbetsmiljö
Resultat från medarbetarenkäten: hög arbetsbelastning under bokslut. Förslag att anställa en timvikarie i januari.

§ 6 Information från facken
Vision informerar om medlemsmöte 15 september. Akademikerförbundet SSR har bytt kontaktperson.

§ 7 Övriga frågor
Kaffemaskinen ska bytas. Julbord 11 december.

§ 8 Nästa möte
2026-10-06.

Vid protokollet: Lena Ström`),
  d(`Protokoll – Arbetsplatsträff, Löneenheten
Datum: 2026-10-13

Närvarande: Åsa Moberg (ordf), Dan Lund, Lena Ek, Riitta Salo, Jonas Ek (sekr)

§ 1 Föregående protokoll – godkänt.
§ 2 Lönekörningen oktober – klar utan anmärkning.
§ 3 Bemanning: Riitta går ner till 50 % från november eftersom hon påbörjar cellgiftsbehandling mot bröstcancer. Hon önskar själv att gruppen känner till det så att ingen undrar. Vi fördelar hennes kommuner mellan Dan och Lena.
§ 4 Kompetens: Kurs i semesterlagen 20/11.
§ 5 Övrigt: Skrivbordsbyte i december.

Vid protokollet: Jonas Ek`, 'health'),
  d(`-----Ursprungligt meddelande-----
Från: Kerstin Nord <kerstin.nord@skolverket-exempel.se>
Skickat: den 3 oktober 2026 10:02
Till: Skolchefer i länet
Ämne: Regional konferens om frånvaro

Hej,

Välkommen till den regionala konferensen "Närvaro är nyckeln" den 17 november i Jönköping.

Program:
- Forskning om problematisk skolfrånvaro – orsaker och insatser
- Hur använder vi närvarodata på huvudmannanivå?
- Samverkan skola–socialtjänst–BUP
- Goda exempel från tre kommuner

Anmälan senast 1 november. Konferensen är kostnadsfri.

Kerstin Nord
Undervisningsråd

-----
Från: Skolchef Strandvik
Till: Rektorerna
Ämne: VB: Regional konferens om frånvaro

Hej, jag tycker att minst en från varje skola ska åka. Säg till senast fredag.
/Gunilla`),
  d(`From: Priya Nair
Sent: 14 November 2026 16:22
To: Johanna Lind
Subject: RE: Travel claim and a personal matter

Hi Johanna,

Thanks for approving the claim. The account for the reimbursement is the same as for my salary.

Also — since you asked in our one-to-one why I've seemed tired: I'm 14 weeks pregnant. It's been a rough first trimester with a lot of nausea, and my midwife at the maternity clinic has recommended I avoid the night on-call shifts for now. I'd be grateful if we could adjust the rota from December. I haven't told the team yet.

Best,
Priya

> Hi Priya, your travel claim for the Lund conference is approved. /Johanna`, 'health'),
  d(`Hej!

Schemaplanering december – info från bemanningsenheten:

- Önskemål om ledighet under jul och nyår ska vara inlagda senast 1 november.
- Gravida medarbetare har rätt att begära omplacering från nattarbete (enligt föräldraledighetslagen och AFS om gravida). Prata med din chef – du behöver inte lämna läkarintyg för att begära det.
- Bonuspass ersätts med 1 200 kr extra per pass över jul.

/Bemanningsenheten`),
  d(`Hej Liselott,

Jag vidarebefordrar detta till dig som personalansvarig. Jag vet inte om det här hör till arbetsgivaren men jag vill att det finns dokumenterat.

Förra veckan sa Ulrik i personalrummet, inför flera kollegor, att "muslimer borde skickas tillbaka" och att han röstade på Alternativ för Sverige "just därför". Amal, som bär slöja, gick därifrån och grät.

Jag tycker att det här är diskriminering och trakasserier och vill att du pratar med honom.

/Sofie, undersköterska`, 'political-opinion', 'religion', 'hr-assessment'),
  d(`Hej alla chefer!

Påminnelse om aktiva åtgärder enligt diskrimineringslagen:

- Arbetsgivaren ska undersöka risker för diskriminering utifrån alla sju diskrimineringsgrunder: kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning och ålder.
- Trakasserier som anmäls ska utredas skyndsamt.
- Politisk uppfattning är inte en diskrimineringsgrund, men arbetsgivaren ska ändå hantera kränkande uttalanden på arbetsplatsen.

Mall för utredning finns i HR-handboken.

HR`),
  d(`Hej Liselott,

Sammanfattning av samtalet med Ulrik Strand igår (närvarande: jag, Ulrik, HR-partner Sara Ek):

- Ulrik medgav att han fällt uttalandena i personalrummet.
- Han fick tydlig information om att uttalanden som kränker kollegor utifrån religion inte accepteras.
- Han tilldelades en skriftlig varning enligt AB § 11 efter förhandling med Kommunal, där han är medlem.
- Uppföljning om tre månader.

/Peter, enhetschef`, 'hr-assessment', 'trade-union'),
  d(`Hej!

Utdrag ur dagsanteckningar, Socialjouren natt 2026-11-21/22:

23.14 Samtal från polisen: Lisa (15) omhändertagen på stan, påverkad av alkohol och troligen tabletter. Hon är känd hos barn och unga, pågående utredning.
23.50 Jourhavande socialsekreterare på plats på polisstationen. Mamma nås inte.
01.20 Beslut om omedelbart omhändertagande enligt 6 § LVU fattat av ordförande i socialnämnden efter kontakt per telefon.
02.05 Lisa placerad på akutjourhem.
07.30 Överlämning till dagtid.

Sekretess enligt 26 kap. 1 § OSL.`, 'social', 'health', 'secrecy'),
  d(`Hej,

Statistik från socialjouren, tredje kvartalet 2026:

- Totalt 412 ärenden (+8 % jämfört med samma period 2025).
- Varav barn och unga 58 %.
- Omedelbara omhändertaganden enligt LVU: 9.
- Omedelbara omhändertaganden enligt LVM: 3.
- Andel ärenden där polisen var inblandad: 47 %.

Rapporten har sekretessprövats och innehåller inga uppgifter om enskilda; den kan lämnas ut.

/Socialjourens samordnare`),
  d(`Från: Elisabet Grön
Skickat: den 7 maj 2026 15:30
Till: Marcus Holm
Ämne: SV: Ansökan om bidrag

Hej Marcus!

Tack för ansökan från föreningen. Några kompletteringar behövs innan vi kan behandla den:
- verksamhetsberättelse 2025,
- revisionsberättelse,
- föreningens bankgiro (inte privat konto).

Skicka in via e-tjänsten senast 20 maj.

Hälsningar
Elisabet Grön
Föreningskonsulent

> Hej! Här är vår ansökan om aktivitetsbidrag för Strandviks schackklubb. Pengarna kan sättas in på mitt privata konto så länge, Swedbank 8214-9, 913 445 226-1. /Marcus Holm, kassör`, 'bank-account'),
  d(`Hej!

Inför terminsstarten: uppdaterade rutiner för elever med diabetes, epilepsi och allergier.

- Elevhälsan tar fram en individuell handlingsplan tillsammans med vårdnadshavare.
- All personal som möter eleven ska känna till planen; den förvaras i klassrummets "akutpärm".
- Vikarier informeras av mentor.
- Läkemedel förvaras inlåsta i skolsköterskans rum.

Skolsköterskorna håller en kort genomgång för all personal 18 augusti kl 14.

/Elevhälsan`),
  d(`Hej Linda,

Här är handlingsplanen för Samir i 3C som vi pratade om:

Samir har diabetes typ 1 med insulinpump. Blodsockret kontrolleras före lunch och före idrott. Vid lågt blodsocker (under 4) ska han få druvsocker ur den röda väskan. Ring skolsköterskan och sedan pappa.

Samir vill inte att klasskamraterna får veta mer än nödvändigt.

/Skolsköterska Hanna`, 'health'),
  d(`Hej Göran,

Här kommer veckosammanfattning från fastighetsförvaltningen v. 41:

1. Stambyte Solbacken hus C klart, besiktning 20/10.
2. Vattenskada i förskolan Ekorren – avfuktning pågår, avdelning Blå flyttad till gymnastiksalen.
3. Hyresgästen i lgh 1104 på Lärkvägen har fått avhysning verkställd av Kronofogden efter obetalda hyror sedan april; socialtjänsten har erbjudit akutboende och försörjningsstöd för deposition.
4. Låsbyte på Stadshuset planerat till v. 44.
5. Energiförbrukningen september 4 % lägre än i fjol.

/Agneta, förvaltare`, 'social'),
  d(`Hej Agneta,

Tack för veckosammanfattningen. Angående punkt 2 – kan du ta fram en kostnadsuppskattning för vattenskadan så att vi kan anmäla till försäkringsbolaget?

Och en generell fråga: hur många avhysningar har vi haft i bostadsbolaget i år jämfört med i fjol? Kommunfullmäktige har ställt en fråga om det i samband med den vräkningsförebyggande strategin. Bara totalsiffror behövs.

/Göran, fastighetschef`),
  d(`[2026-03-12 09:15] Lisa (registrator): någon som vet var handlingarna i ärende SN 2026/214 är? journalisten från P4 har begärt ut dem
[2026-03-12 09:17] Anders (jurist): det är LVM-ärendet, ingenting får lämnas ut, 26 kap 1 § OSL. jag skriver avslagsbeslutet
[2026-03-12 09:18] Lisa (registrator): ok tack. hon frågade specifikt om mannen som åtalats för misshandeln på Torget, är det samma?
[2026-03-12 09:20] Anders (jurist): ja, samma person. men det säger vi inget om, hänvisa till beslutet
[2026-03-12 09:21] Lisa (registrator): 👍
[2026-03-12 11:05] Anders (jurist): beslutet är klart och skickat till henne med överklagandehänvisning
[2026-03-12 11:06] Lisa (registrator): tack, jag diarieför det
[2026-03-12 11:20] Lisa (registrator): klart`, 'secrecy', 'social', 'criminal-record'),
  d(`[2026-03-13 14:02] Lisa (registrator): snabb fråga: ska vi diarieföra mejl från medborgare som bara frågar om öppettider?
[2026-03-13 14:05] Anders (jurist): nej, de är av ringa betydelse och kan gallras. men frågor som rör ett ärende ska diarieföras
[2026-03-13 14:06] Lisa (registrator): och om någon bifogar läkarintyg utan att det finns ett ärende?
[2026-03-13 14:08] Anders (jurist): då skapar du ett ärende och bedömer sekretessen, men läkarintyget ska inte ligga i den öppna inkorgen. vi tar det på registratorsmötet
[2026-03-13 14:08] Lisa (registrator): toppen
[2026-03-13 14:15] Anders (jurist): lägg gärna upp frågan i listan till registratorsmötet den 20:e
[2026-03-13 14:16] Lisa (registrator): gjort
[2026-03-13 14:30] Anders (jurist): 👍`),
  d(`Hej alla medarbetare på Kulturhuset!

Nyhetsbrev november

🎭 Teaterföreställningen "Vintersaga" har premiär 28/11. Personal får två fribiljetter.
📚 Bokcirkeln läser "Kallocain" – träff 2/12.
🎵 Kören söker fler tenorer!
🛠️ Scenteknikerna har fått nytt ljudbord.
🏥 Vi saknar Ingvar i receptionen som är sjukskriven efter sin hjärtinfarkt i oktober – han hälsar att han mår bättre och hoppas vara tillbaka efter nyår. Skriv gärna ett kort, det ligger i personalrummet.

Ha en fin november!
/Kulturhusets ledning`, 'health'),
  d(`Hej alla medarbetare på Kulturhuset!

Nyhetsbrev december

🎄 Julfest för personal 18/12 kl 17. Anmäl specialkost.
🎭 "Vintersaga" spelas till 20/12 – nästan slutsålt.
📅 Semesterplanering för sommaren: lämna önskemål senast 31 januari.
💪 Friskvårdsbidraget kan användas till och med 31/12.
🩺 Influensavaccination erbjuds personal via företagshälsovården, boka tid på intranätet.

God jul och gott nytt år!
/Kulturhusets ledning`),
  d(`Hej,

Svar på din fråga om rekryteringen till miljöinspektörstjänsten:

Efter intervjuerna har vi följande bedömning:
1. Anna Lindqvist – mycket god fackkunskap, trygg i myndighetsutövning, rekommenderas.
2. Kalle Bergström – bra kommunikatör men saknar erfarenhet av tillsyn; referenserna beskriver honom som ostrukturerad och att han haft svårt att hålla deadlines.
3. Sofia Ek – drog tillbaka sin ansökan.

Lönenivå för Anna: hon begär 41 000 kr, vilket ligger inom spannet.

/Mats, miljöchef`, 'hr-assessment', 'salary'),
  d(`Ledigt arbete: Miljöinspektör, Miljöenheten, Strandviks kommun

Vi söker en miljöinspektör med inriktning på livsmedelskontroll och hälsoskydd.

Vi erbjuder: tillsvidareanställning, flexibel arbetstid, friskvårdsbidrag.
Kvalifikationer: högskoleutbildning inom miljö- eller hälsoskydd, B-körkort.
Lön: Individuell lönesättning, ange löneanspråk i ansökan.
Urval: Tester kan förekomma. Referenser tas inför anställning.

Fackliga företrädare: Vision och Naturvetarna nås via växeln.

Sista ansökningsdag 15 januari.`),
  d(`Hej Elin,

Vi har fått in en överklagan från en vårdnadshavare gällande beslutet om skolskjuts. Pappan, Hamid Karimi, skriver i överklagan att sonen Aryan (åk 3) har en CP-skada och att han inte kan gå till hållplatsen själv. Han har bifogat ett läkarintyg från habiliteringen.

Överklagan ska till förvaltningsrätten via oss. Kan du göra en omprövning först och se om vi ska ändra beslutet?

/Kajsa, skolskjutshandläggare`, 'health'),
  d(`Hej,

Information om skolskjuts läsåret 2026/27:

- Elever i F–3 med mer än 2 km till skolan har rätt till skolskjuts.
- Skolskjuts kan också beviljas på grund av funktionsnedsättning, trafikförhållanden eller andra särskilda omständigheter. Ansökan görs i e-tjänsten och ska innehålla intyg när det behövs.
- Beslut kan överklagas till förvaltningsrätten.

Ansök senast 15 maj för att vara säker på att få skjuts från skolstart.

/Skolskjutsenheten`),
  d(`From: Laura Becker
Sent: 3 February 2026 09:11
To: IT Service Desk
Subject: Access to the lab system

Hello,

I'm a visiting researcher from Heidelberg and started at the Department of Clinical Chemistry on Monday. I can't log in to the LIMS.

My account: lbec01
I tried the password you sent me (Glacier!Moose47) but it says "expired". Could you reset it? I'm in room 3:115 all day, phone ext. 4471.

Thanks,
Laura`, 'credentials'),
  d(`From: IT Service Desk
Sent: 3 February 2026 10:05
To: Laura Becker
Subject: RE: Access to the lab system

Hello Laura,

We have reset your account. For security reasons we do not send new passwords by e-mail; you will get an SMS with a one-time link. Please also avoid sending passwords to us in the future — we'll never ask for them.

If the link has expired, call us on ext. 1000 and we'll verify your identity by phone.

Kind regards,
IT Service Desk, Region Norrstrand`),
  d(`Hej Katarina,

Jag skickar omdömena för Elvira i 4B inför utvecklingssamtalet, eftersom jag själv är på fortbildning den dagen:

Matematik: Elvira visar goda kunskaper i taluppfattning men har svårt med problemlösning. Diagnos "Förstå och använda tal" 18/30.
Svenska: Läser flytande, skriver korta texter med enkel struktur. Behöver utveckla styckeindelning.
NO: Arbetar mycket bra i laborationer.
Frånvaro: 12 dagar hittills i höst, varav 5 ogiltiga.

Hälsningar
Per, klasslärare 4B

--
Per Engström
Lärare åk 4–6, Lindskolan
"Alla elever ska få lyckas"`, 'grades'),
  d(`Hej kollegor i åk 4–6!

Tips inför utvecklingssamtalen:

- Utgå från elevens egen självskattning.
- Skriftliga omdömen ska beskriva kunskapsutveckling i förhållande till kunskapskraven, inte personliga egenskaper.
- Närvaroinformation hämtas från Skola24; ta upp frånvaro om den är hög.
- Avsluta med en gemensam överenskommelse om mål.

Mallen för den individuella utvecklingsplanen (IUP) ligger i Unikum under "Dokument".

/Lindskolans ledning`),
  d(`Hej Jörgen,

Som vi sagt kommer här resultatet från högskoleprovet och antagningen för vår yrkeshögskoleutbildning "Undersköterska med specialisering", i anonymiserad form för styrelsen:

- 124 sökande, 40 antagna.
- Medelpoäng på antagningsprovet 62/100.
- Reservplatser 15.

Den enskilda poänglistan med namn finns hos utbildningsledaren och skickas inte ut.

/Utbildningsledningen YH`),
  d(`Hej!

Detta är ett meddelande från Ladok.

Student: Moa Lindgren
Kurs: Vårdvetenskap II (VV2030), 15 hp
Moment: Hemtentamen 2
Betyg: U (underkänd)
Examinator: Henrik Sandberg
Kommentar: Saknar referenser enligt APA och analysen är för kortfattad. Omtentamen 12 januari.

Klarade moment hittills: Seminarium 1 (G), Seminarium 2 (G), Hemtentamen 1 (VG).

Detta meddelande kan inte besvaras.`, 'grades'),
  d(`Hej Eva,

Ang. Sami Korhonen (gymnasiesärskolan, åk 2): Jag har gått igenom hans individuella studieplan inför APL-perioden.

- Godkänd i Hem och konsumentkunskap, Idrott och hälsa och Praktisk vardagskunskap.
- Ej godkänd i Engelska (närvaro 45 %).
- APL-platsen på Coop behöver veta att han har epilepsi och vad de ska göra vid anfall.

Familjen är tornedalingar och Sami pratar meänkieli hemma; han vill gärna ha modersmålsundervisning igen nästa läsår.

/Studie- och yrkesvägledare Ulrika`, 'grades', 'health', 'ethnic-origin'),
  d(`Hej!

Kommunen erbjuder modersmålsundervisning i bland annat finska, meänkieli, samiska, romani chib, arabiska, somaliska och persiska. Elever som tillhör någon av de nationella minoriteterna har rätt till modersmålsundervisning även om språket inte är elevens dagliga umgängesspråk.

Ansökan görs av vårdnadshavare via e-tjänsten senast 1 maj.

/Modersmålsenheten`),
  d(`Hej Maria,

Vi har nu hört av oss till familjen Petrović om hembesöket. Mamman berättade att de är romer som flytt från Kosovo på 90-talet och att de tidigare har mött mycket misstro från myndigheter. Hon ville att tolken skulle vara romsk och inte serbisk.

Barnavårdsutredningen gäller den 7-åriga dottern, som enligt skolan ofta kommer utan mat och kläder efter väder. Vi bokar nytt besök med romsk tolk 14 maj.

/Handläggare Barn och familj, Strandvik`, 'ethnic-origin', 'social'),
  d(`Hej chefer,

Från och med 1 januari gäller kommunens nya tolkriktlinjer:

- Tolk bokas via avtalad tolkförmedling.
- Beställaren anger språk och vid behov dialekt, men inte uppgifter om den enskildes ursprung eller tillhörighet i beställningen.
- Barn ska aldrig användas som tolk för sina föräldrar.
- Telefontolk kan användas för korta samtal.

Riktlinjerna ligger på intranätet.

/Kommunledningskontoret`),
  d(`Hej Sanna,

Angående den nyanställda i ekonomistödet: Anneli Rasmussen har skickat sina uppgifter för lön, och hon har skrivit med sitt kontonummer i mejlet:

Nordea, clearing 1145, konto 402 883 71 9. Hon skrev att det är ett nytt sparkonto som hon vill ha lönen till, så det kan ta några dagar innan det är aktivt.

Kan du registrera det och påminna henne om att vi egentligen vill ha det via självservice?

/Håkan, ekonomistöd`, 'bank-account'),
  d(`Hej!

Lönespecifikationer för december finns nu i självservice. Observera:

- Lönen betalas ut 23 december på grund av helgerna.
- Retroaktiv lön från lönerevisionen betalas ut i januari.
- Har du bytt bank? Ändra kontot i Heroma senast 10 december, annars hamnar lönen på det gamla kontot.
- Skattetabellen för 2027 läggs in automatiskt.

God jul önskar
Lönecenter`),
  d(`Hej Malin,

Jag behöver hjälp med en sak som är lite känslig. Min sambo har hot mot sig från en tidigare relation och vi har nu fått sekretessmarkering för hela hushållet, även jag. Kan du se till att min adress tas bort från samtliga listor på skolan, också från klasslistan för min egen son och från föräldragruppen i SchoolSoft?

Jag kommer in och pratar med dig på måndag.

Tack
Anders Holmgren (lärare i slöjd och pappa till Theo i 2A)`, 'protected-identity'),
  d(`Hej Anders,

Självklart! Jag har lagt in sekretessmarkeringen för dig och Theo i elevregistret och tagit bort din adress och ditt telefonnummer från klasslistorna och från SchoolSoft. Framöver skickas all post som rör Theo till skolan.

Vi ses på måndag.

/Malin, skoladministratör`, 'protected-identity'),
  d(`Hej!

Här kommer minnesanteckningar från ledningsgruppen IFO, 2026-11-17:

1. Ekonomi: Prognos -2,1 mkr, främst externa placeringar av barn och unga.
2. Placeringar: Tre nya HVB-placeringar sedan förra mötet. Vi har en ungdom placerad enligt 3 § LVU på SiS-hem i Sundbo sedan oktober; kostnaden ligger på 7 800 kr/dygn och placeringen förväntas pågå minst sex månader. (Ärendet är känt för ledningsgruppen, namnet står i ärendelistan.)
3. Rekrytering: Två socialsekreterare börjar i januari.
4. IVO-tillsyn: Svar lämnat om handläggningstider.
5. Övrigt: Julfika 16/12.`, 'social'),
  d(`Hej!

Här kommer minnesanteckningar från ledningsgruppen IFO, 2026-12-01:

1. Ekonomi: Prognos oförändrad, -2,0 mkr.
2. Placeringar: Arbetet med att hitta fler kommunala familjehem fortsätter; rekryteringskampanj i januari. Antalet externa placeringar är 34 (37 i fjol).
3. Metodutveckling: Signs of Safety införs i barnavårdsutredningarna under 2027.
4. Arbetsmiljö: Personalomsättningen bland socialsekreterare har minskat till 14 %.
5. Nästa möte 15 december.`),
  d(`Från: Jenny Ohlin
Skickat: den 4 februari 2026 08:22
Till: Anna Svensson
Ämne: SV: Lönesamtal

Hej Anna,

Tack för ditt mejl. Jag förstår att du är missnöjd med utfallet. Som jag förklarade har du i år fått 1 100 kr i höjning, vilket gör att din nya månadslön blir 37 300 kr. Beslutet grundar sig på vår bedömning i medarbetarsamtalet, där vi konstaterade att du inte nått målet om att ta egna ärenden fullt ut.

Jag föreslår att vi träffas med din fackliga företrädare från Vision om du vill.

/Jenny, enhetschef

> Hej Jenny, jag är besviken på lönen och vill att du motiverar den skriftligt. /Anna`, 'salary', 'hr-assessment', 'trade-union'),
  d(`Hej!

HR informerar om lönesättningen för timavlönade 2027:

- Timlönerna för vikarier i vård och omsorg höjs med 3,2 % från 1 april.
- Undersköterska (utan erfarenhet): 168,40 kr/timme.
- Vårdbiträde: 152,10 kr/timme.
- OB-tillägg enligt centralt avtal.

Nya timlöner läggs in automatiskt i Heroma.

HR, Vård och omsorg`),
  d(`[2026-09-14 15:33] Tess: omg jag fick lönebeskedet, vi fick 4,5 % allihop på IT!!
[2026-09-14 15:34] Jonas: nej allvarligt? jag fick typ 2,1 😭
[2026-09-14 15:34] Tess: nej förlåt jag menar jag fick 4,5. jag ligger på 46 800 nu
[2026-09-14 15:35] Jonas: grattis. jag ska prata med chefen igen, jag har fortfarande under 40
[2026-09-14 15:35] Tess: du borde! du gör ju allt jobb med servrarna
[2026-09-14 15:36] Jonas: mm`, 'salary'),
  d(`Hej,

Här kommer signeringslänkar och koder till det nya journalsystemet för sommarvikarierna på vårdcentralen Åsen, eftersom de inte har fått sina SITHS-kort än:

Anton Lind – tillfälligt konto vik_alind, lösen NorrSken-44
Nora Berg – vik_nberg, lösen Hav-Strand-71
Ida Wall – vik_iwall, lösen Kaffe-Kopp-08

Konton gäller till 15 juli. Inloggning sker via VPN, koden till VPN-token skickas separat.

/Ellen, verksamhetsutvecklare`, 'credentials'),
  d(`Hej!

Information inför sommarvikariernas introduktion på vårdcentralen Åsen:

- Introduktionsdag 8 juni kl 8–16.
- SITHS-kort beställs av chefen och hämtas ut med legitimation på ID-kortsenheten.
- Inloggningsuppgifter till journalsystemet lämnas personligen på introduktionsdagen, inte via mejl.
- Genomgång av sekretess och tystnadsplikt samt läkemedelshantering.

Välkomna!
/Vårdcentralschef`),
  d(`Hej alla!

Påminnelse från säkerhetssamordnaren:

Vid säkerhetsskyddsklassade befattningar görs registerkontroll via Säkerhetspolisen. Resultatet av registerkontrollen redovisas bara till den som beslutar om anställning, och det sparas inte i personalakten.

Under hösten ska 12 befattningar inom krisberedskap och IT-drift placeras i säkerhetsklass. Berörda medarbetare informeras individuellt.

/Säkerhetsenheten`),
  d(`Hej Jan,

Angående säkerhetsprövningen av Thomas Eriksson inför placering i säkerhetsklass 3 (drifttekniker, krisledningscentralen):

Registerkontrollen visade att han är dömd för rattfylleri 2020 och har en pågående förundersökning om olaga hot mot en granne. Vi har haft ett särskilt samtal med honom. Han förnekar hotet.

Min rekommendation är att vi väntar med placeringen tills förundersökningen är avslutad.

Handlingen omfattas av sekretess enligt 18 kap. 8 § OSL.

/Säkerhetschef Annika Nordin`, 'criminal-record', 'secrecy'),
  d(`Hej kollegor,

Här kommer anteckningarna från samverkansmötet med region och kommuner om psykisk hälsa (2026-10-28):

1. Suicidpreventiva arbetet: Regionen har tagit fram en ny handlingsplan. Antalet suicid i länet har minskat något.
2. Samsjuklighet: Kommunerna efterfrågar snabbare tillgång till psykiatrin för personer med både missbruk och psykisk sjukdom.
3. Barn och unga: Väntetiden till BUP är i snitt 94 dagar.
4. Utbildning i MHFA (första hjälpen till psykisk hälsa) erbjuds alla kommuner.

Nästa möte 27 januari.
/Samordnare Psykisk hälsa`),
  d(`Hej Pia,

Jag har nu gått igenom min egen situation och vill att du som chef vet det här inför min ansökan om tjänstledighet:

Jag har varit i kontakt med psykiatrin sedan i våras pga återkommande självmordstankar och har nu fått en diagnos, emotionellt instabil personlighetsstörning. Jag går i DBT-behandling varje tisdag eftermiddag och behöver därför gå ner till 80 % under ett år.

Jag har inga problem med att du berättar för HR, men inte för arbetslaget.

/Cecilia`, 'health'),
  d(`Hej Sofia,

Sammanfattning från MDK (multidisciplinär konferens), bröstcancer, 2026-04-22, patient Lena Håkansson:

- Tumör 18 mm, vänster bröst, ER+/HER2-.
- Genetisk panel: patogen variant i PALB2. Patienten informerad idag.
- Förslag: mastektomi; onkologisk bedömning efter PAD.
- Kaskadtestning erbjuds patientens dotter och syster; remiss till onkogenetiska mottagningen.

Kontaktsjuksköterska: Helena Bark.

/Dr. Jonas Ek, kirurgkliniken`, 'genetic', 'health'),
  d(`Hej!

Inbjudan: Onkogenetiska mottagningen informerar vårdcentralernas läkare om nya remisskriterier för ärftlig cancer.

- När ska man misstänka ärftlig bröst-, äggstocks- eller tjocktarmscancer?
- Släktträd – hur ritar man ett?
- Vad händer efter remissen och hur lång är väntetiden?

Tid: 16 oktober kl 12–13 (lunchföreläsning via Teams).
Ingen anmälan krävs.

/Regionens kunskapscentrum`),
  d(`Hej Mikael,

Enligt era önskemål har vi nu inventerat passersystemet på tingsrättens kansli.

- Handflatsscanners (venmönster) finns på två dörrar: arkivet och beslagsrummet.
- Registrerade handflatsmallar: Karin Öst (kanslichef), Per Lindén (arkivarie), Elsa Moberg (notarie).
- Elsas mall kommer att raderas 30 juni när hennes förordnande tar slut.

Loggarna visar senaste passage per person; vi skickar dem i separat krypterat meddelande.

/Säkerhetsansvarig, Domstolsverket region Väst`, 'biometric'),
  d(`Subject: Voice-ID pilot – results

Hi all,

Short summary of the voice-ID pilot in the contact centre:

- 1 200 callers enrolled voluntarily in six weeks.
- Average verification time dropped from 55 to 18 seconds.
- False rejection rate 3,4 %, higher for callers with hearing aids or strong colds.
- Voice prints are deleted after 24 months of inactivity, or on request.

We recommend continuing only after the DPIA is updated. No individual data included here.

Regards,
Contact centre development team`),
  d(`Hej Kristina,

Jag bifogar rapporten från körkortsmyndigheten efter granskningen av fotot på förarprovet. Det är Amanda Forsberg (vårdbiträde hos oss) som har ansökt om körkort, och Transportstyrelsen har meddelat att ansiktsjämförelsen mellan hennes tidigare ID-foto och det nya fotot inte gav någon matchning. De misstänker att någon annan skrivit provet i hennes namn. Polisen har kopplats in.

Vi hade räknat med att hon skulle köra hemtjänstbil från mars. Hur gör vi nu?

/Gunilla, enhetschef`, 'biometric', 'criminal-record'),
  d(`Hej,

Jag har en fråga om tjänstekorten (inköpskort) för LSS-enheterna.

Varje gruppbostad har ett kort som personalen använder för boendes gemensamma inköp. Nu har Granen tappat sitt kort och jag har spärrat det. Nytt kort kommer om 7–10 dagar.

Kan vi under tiden låna Ekens kort? Eller ska personalen lägga ut och få ersättning?

/Erik, enhetschef LSS`),
  d(`Hej Erik,

Du får inte låna Ekens kort. Under tiden kan en person lägga ut och få ersättning via utlägg. Jag har beställt ett nytt kort till Granen – det kommer till dig med nummer och PIN i separata brev.

Förresten fick jag ett konstigt mejl från en av dina medarbetare som skickade hela sitt privata kortnummer för att "kunna få ersättning snabbare": 4024 0071 3377 8420, exp 09/26. Jag har raderat det och påminner om att kortuppgifter aldrig ska skickas. Prata gärna med personalen om det.

/Ekonomi, inköpskortsadministratör`, 'payment-card'),
  d(`Hej!

Information till alla som bokar tågresor i tjänsten:

- Resor bokas via resebyrån som fakturerar kommunen.
- Du ska inte använda privat kort. Om du ändå måste göra det, lägg ut via utlägg i Expense och bifoga kvitto – kvittot får visa de sista fyra siffrorna, inte hela kortnumret.
- Förseningsersättning tillfaller kommunen.

/Ekonomiavdelningen`),
  d(`Hej Åsa,

Här är mina noteringar från hembesöket hos Göran och Bertil Lund (makar, båda 79) inför beslut om hemtjänst:

- Bertil har alzheimer sedan två år och är i behov av tillsyn dygnet runt; Göran orkar inte längre.
- De har varit gifta sedan 2009 och tidigare registrerade partner, och Göran är rädd att hemtjänstpersonalen ska bemöta dem annorlunda eftersom de är två män. Han bad om personal med HBTQ-utbildning om möjligt.
- Ansökan gäller avlösning i hemmet och dagverksamhet.

/Biståndshandläggare Karl`, 'sex-life', 'health', 'social'),
  d(`Hej,

Nu är äldreomsorgens HBTQ-certifiering klar för tre enheter: Linden, Tallen och Hemtjänst Centrum. Certifieringen innebär att all personal gått utbildning i bemötande och normkritik och att verksamheten har en handlingsplan.

Diplomutdelning sker på kommunfullmäktige 12 juni.

/Kvalitetschef, Vård och omsorg`),
  d(`Hej Sara,

Bara ett PS till mitt förra mejl om budgeten: jag kommer att vara ledig 4–6 maj eftersom jag ska vara med på Liberalernas landsmöte som ombud för länsförbundet. Jag har ju suttit i styrelsen där sedan förra året.

/Oskar

-----
Från: Oskar Wiklund
Skickat: den 28 april 2026
Ämne: Budget Q2

Hej Sara, här är budgetuppföljningen för kvartal 2. Avvikelserna finns markerade i gult.`, 'political-opinion'),
  d(`Hej!

Riktlinjer för tjänstepersoner inför valet 2026:

- Du får självklart vara politiskt aktiv på fritiden.
- I tjänsten ska du vara saklig och opartisk (RF 1 kap. 9 §).
- Undvik partipolitiska symboler på arbetsplatsen.
- Frågor om jäv vid politiska förtroendeuppdrag tas med chef.

Valdagen är 13 september. Glöm inte att rösta!

/Kommunikationsavdelningen`),
  d(`Hej Linda,

Vi har fått önskemål från en av våra nyanställda i städ, Mariam Suleiman, om att få använda en egen arbetsklädsel med hijab som följer hygienkraven. Hon har berättat att hon är praktiserande muslim och att hon behöver täcka håret. Jag tycker det ska gå bra om tyget klarar 60 graders tvätt.

Kan du kolla med upphandlade leverantören om de har sådana plagg?

/Ahmed, lokalvårdschef`, 'religion'),
  d(`Hej kollegor!

Påminnelse om att det nu är möjligt att beställa arbetskläder i olika modeller via leverantören, bland annat:
- tunika med lång ärm,
- heltäckande hijab i hygienmaterial,
- byxa och kjol.

Alla plagg uppfyller kraven för basala hygienrutiner. Beställning görs via chefen.

/Upphandlingsenheten`),
  d(`Från: Karin Lööf
Skickat: den 18 mars 2026 14:55
Till: Anders Wik
Ämne: SV: SV: SV: Rehabärende – uppföljning

Hej Anders,

Kort sammanfattning efter dagens möte, så att vi har samma bild:

- Vi är överens om att upptrappningen fortsätter enligt planen.
- Nästa avstämning sker 15 april.
- Jag bokar lokal.

Ha en bra kväll!
Karin

Från: Anders Wik
Skickat: den 18 mars 2026 09:12
Till: Karin Lööf
Ämne: SV: SV: Rehabärende – uppföljning

Hej, passar kl 13 i dag? /Anders

Från: Karin Lööf
Skickat: den 17 mars 2026 16:40
Till: Anders Wik
Ämne: SV: Rehabärende – uppföljning

Hej Anders, vi behöver ses angående Lina. Hon har nu arbetat 25 % i tre veckor men säger att hon har fått tillbaka panikattackerna och sover dåligt. Läkaren på vårdcentralen har höjt dosen sertralin. Hon vill fortsätta men orkar inte gå upp till 50 % den 1 april som planerat.

/Karin

Från: Anders Wik
Skickat: den 10 mars 2026 08:01
Ämne: Rehabärende – uppföljning

Hur går det för Lina? /Anders`, 'health'),
  d(`Från: Karin Lööf
Skickat: den 20 mars 2026 10:05
Till: Chefer inom Service
Ämne: VB: Rutin för rehabilitering

Hej!

Vidarebefordrar den uppdaterade rehabiliteringsrutinen (bilaga). Förändringar i korthet:

- Rehabiliteringsplan ska upprättas senast dag 30 om medarbetaren bedöms vara sjukskriven längre än 60 dagar.
- Chefen ska dokumentera i Adato, inte i e-post.
- Företagshälsovården ska kopplas in vid upprepad korttidsfrånvaro.
- Nytt: Möjlighet till arbetsträning på annan enhet i upp till tre månader.

Hör av er om ni har frågor.

Karin Lööf
HR-konsult

-----Ursprungligt meddelande-----
Från: HR-direktör
Skickat: den 19 mars 2026
Ämne: Rutin för rehabilitering

Den nya rutinen fastställdes i kommunledningsgruppen i dag. Sprid till alla chefer.`),
  d(`Veckorapport – Barn och unga, mottagningsgruppen, v. 9

Inkomna anmälningar: 47 (varav 12 från skola, 9 från polis, 6 från hälso- och sjukvård)
Förhandsbedömningar klara inom 14 dagar: 91 %
Inledda utredningar: 18
Skyddsbedömningar samma dag: 100 %

Att notera:
- Mycket hög belastning efter sportlovet.
- Två socialsekreterare sjukskrivna på deltid.
- Ny bemanning från bemanningsföretag från v. 11.
- Polisens nya kontaktperson för barnärenden: Lina Frisk.

/Gruppledare Eva Malmberg`),
  d(`Veckorapport – Barn och unga, mottagningsgruppen, v. 10

Inkomna anmälningar: 52
Förhandsbedömningar klara inom 14 dagar: 88 %
Inledda utredningar: 21

Att notera:
- Anmälan om systrarna Amanda (9) och Olivia (6) Berglund från BUP efter att mamman lagts in på psykiatrisk avdelning; ingen annan vuxen i hemmet. Akut placering hos mormor i väntan på utredning. Ärende 2026-0311.
- Polisen har anmält ett ärende om en 14-åring misstänkt för snatteri – förhandsbedömning pågår.
- Systemstörning i Lifecare tisdag 2 h.

/Gruppledare Eva Malmberg

Sekretess: 26 kap. 1 § OSL.`, 'social', 'health', 'secrecy'),
  d(`Hi Jakob,

As requested, here is a summary of the incident review from the radiology department:

• On 3 June, a CT referral for the wrong patient was processed because two patients with similar names were booked at the same time.
• No radiation harm resulted; the scan was stopped after the topogram.
• Root cause: manual booking without ID check at the scanner.
• Actions: ID check with patient wristband at every examination; training for all staff in October.
• The incident has been reported to IVO under lex Maria.

The full report contains no patient identifiers in this version.

Best regards,
Eva Lund, quality coordinator`),
  d(`Hi Jakob,

Follow-up to the lex Maria report, confidential — patient details for the medical director only:

The patient who was scanned by mistake is Bengt Holm, 67, who was actually booked for an ultrasound of the kidneys. He has a pacemaker and a history of kidney cancer (nephrectomy 2022). His wife has been informed and they have accepted the apology.

The lex Maria file is protected under 25 ch. 1 § of the Public Access to Information and Secrecy Act (OSL).

Eva`, 'health', 'secrecy'),
  d(`Från: Sara Engqvist
Skickat: den 30 januari 2026 11:29
Till: Nämndsekreteraren
Ämne: Ersättning för förtroendevalda, januari

Hej!

Här är mina uppgifter för arvode och reseersättning för januari:

- Sammanträde socialnämnden 14/1 (heldag)
- Arbetsutskottet 21/1 (halvdag)
- Resa 2 × 34 km
- Förlorad arbetsinkomst: 3 timmar à 312 kr (intyg från arbetsgivaren bifogas).

Arvodet kan betalas ut till mitt vanliga konto: Danske Bank 1201-51 448 92.

Hälsningar
Sara Engqvist (S), ledamot socialnämnden`, 'bank-account', 'political-opinion', 'salary'),
  d(`Hej ledamöter och ersättare,

Påminnelse om rutinen för arvoden:

- Närvaro registreras av sekreteraren vid varje sammanträde.
- Förlorad arbetsinkomst ersätts mot intyg från arbetsgivaren.
- Kontonummer registreras via självservice med BankID, inte via e-post.
- Arvodena betalas ut den 25:e månaden efter sammanträdet.

Arvodesreglementet finns på kommunens webbplats.

/Nämndsekreteraren`),
  d(`Hej,

Minnesanteckningar från mötet med pensionärsrådet (KPR), 2026-05-12:

1. Information om ny äldreomsorgsplan. Rådet ställde frågor om bemanning på natten.
2. Trygghetslarm: Byte till digitala larm klart.
3. Färdtjänst: Många klagomål på långa väntetider; förvaltningen följer upp med entreprenören.
4. Rådets ordförande (SPF Seniorerna) tackade för samarbetet.
5. Nästa möte 8 september.

Närvarande organisationer: PRO, SPF Seniorerna, SKPF, RPG.

/Sekreterare KPR`),
  d(`Hej Elin,

Vi har en särskild situation i klassen som jag vill att du som ny lärare känner till.

Två av våra elever, Selma och Hugo, är syskon och har skyddad folkbokföring med fingerade personuppgifter. De heter inte så i folkbokföringen och deras egentliga namn får du inte veta. Namnen Selma och Hugo används av skolan och i alla dokument.

Om någon okänd vuxen frågar efter dem eller vill hämta dem: säg ingenting, ring rektor direkt.

/Maria, mentor 6A`, 'protected-identity'),
  d(`Hej alla lärare!

Från rektor: Påminnelse om säkerhetsrutinen vid hämtning av elever på fritids:

- Endast personer som vårdnadshavare angett på hämtlistan får hämta.
- Kontrollera legitimation om du inte känner igen personen.
- För vissa elever finns särskilda instruktioner som bara fritidspersonal och rektor har tillgång till. Fråga inte vilka, rutinen gäller alla.

Tack för att ni hjälper till att hålla skolan trygg!`),
  d(`Hej Tove,

Jag är sjuksköterska på kardiologen och skriver för att jag vill ansöka om ledighet för ett forskningssamarbete i Lund. Men innan dess – en fråga om försäkringar.

Jag har nyligen fått veta genom ett gentest att jag bär på en variant som ger ökad risk för långt QT-syndrom (KCNQ1), samma som min mamma. Måste jag uppge det när jag tecknar den kollektiva sjukförsäkringen via arbetsgivaren? Jag vill inte att det påverkar min anställning.

Tack för hjälpen!
Rebecka Sund`, 'genetic'),
  d(`Hej Rebecka,

Tack för din fråga. Du behöver inte lämna några uppgifter om genetiska undersökningar till arbetsgivaren, och enligt lagen om genetisk integritet får försäkringsbolag inte efterfråga eller använda sådana uppgifter vid tecknande av försäkring, med vissa undantag för stora belopp.

Kollektiv avtalsförsäkring (AGS, TFA) tecknas automatiskt via kollektivavtalet utan hälsoprövning.

Vänliga hälsningar
Tove, pensions- och försäkringshandläggare`),
  d(`[2026-10-05 08:12] Mona (lokalvård): hej! jag hittade en plånbok i konferensrum Ekorren, ligger i receptionen
[2026-10-05 08:20] Reception: tack! det finns ett Visakort i den, står Kristian Åberg
[2026-10-05 08:21] Reception: nummer 4916 3380 2741 5579 om nån vill kolla att det är hans, giltigt 05/28
[2026-10-05 08:25] Petra (HR): skriv inte kortnumret här!! jag ringer honom
[2026-10-05 08:26] Reception: oj förlåt, tar bort
[2026-10-05 08:40] Petra (HR): Kristian hämtar den vid lunch`, 'payment-card'),
  d(`[2026-10-06 09:02] Petra (HR): påminnelse: hittegods lämnas i receptionen och registreras i pärmen. skriv aldrig ut kort-, konto- eller ID-nummer i chatten, bara att det finns en plånbok
[2026-10-06 09:03] Reception: 👍 uppfattat
[2026-10-06 09:05] Mona (lokalvård): ok!
[2026-10-06 09:12] Jonas: hittade någon min mössa btw? grå, märkt JL
[2026-10-06 09:13] Reception: ja den ligger här
[2026-10-06 09:14] Jonas: toppen, hämtar vid lunch
[2026-10-06 09:20] Petra (HR): och paraplyerna som legat sedan i våras skänks till second hand på fredag
[2026-10-06 09:21] Mona (lokalvård): bra, det är fullt i lådan`),
  d(`Hej Karl,

Vi har haft en incident i e-handelssystemet för badhusets säsongskort. Under ca 40 minuter igår loggades kortuppgifter i klartext i en felsökningslogg. Tre kunder berörs. Leverantören har raderat loggen.

Ett av kortnumren syntes även i ett supportärende som skickades per mejl till oss: 4556 7375 8689 9855, exp 10/27, kund Ingela Strömberg.

Vi gör anmälan till IMY och informerar de berörda kunderna. Mejlet med kortnumret är raderat från alla inkorgar jag kunnat se.

/Niklas, systemförvaltare Fritid`, 'payment-card'),
  d(`Hej!

Rapport från dataskyddsombudet, helår 2026:

- 47 personuppgiftsincidenter anmälda internt, varav 9 till IMY.
- Vanligaste typ: e-post till fel mottagare (21).
- Två incidenter gällde kortuppgifter i e-handelssystem; inga tecken på missbruk.
- Utbildningsinsatser: 620 medarbetare har genomgått e-utbildningen i dataskydd.

Rapporten presenteras för kommunstyrelsen 10 februari.

/Dataskyddsombudet`),
  d(`Hej Ingrid,

Ang. LSS-ansökan från familjen Al-Tamimi (sonen Yusuf, 11 år):

- Yusuf har Downs syndrom (trisomi 21, fastställt genom kromosomanalys vid födseln) och en medfödd hjärtsjukdom som opererades 2016.
- Ansökan gäller ledsagarservice enligt 9 § 3 LSS samt korttidsvistelse.
- Familjen kommer från Irak och talar arabiska; tolk behövs vid hembesök.

Utredningen beräknas vara klar i slutet av maj.

/LSS-handläggare Annelie`, 'genetic', 'health', 'social', 'ethnic-origin'),
  d(`Hej!

Svar på frågan om vilka diagnoser som ger rätt till insatser enligt LSS:

Personkrets 1: intellektuell funktionsnedsättning, autism eller autismliknande tillstånd.
Personkrets 2: betydande och bestående begåvningsmässig funktionsnedsättning efter hjärnskada i vuxen ålder.
Personkrets 3: andra varaktiga fysiska eller psykiska funktionsnedsättningar som orsakar betydande svårigheter.

Diagnosen i sig avgör inte, utan behovet. Se Socialstyrelsens vägledning.

/Utbildningsansvarig, LSS`),
  d(`Från: Christina Lund
Skickat: den 13 juni 2026 17:48
Till: Rektor Gymnasiet
Ämne: Kursbetyg och frånvaro – Ebba, Ek22

Hej Mikael,

Sammanställning inför betygskonferensen:

Ebba Nyström, Ek22
- Engelska 6: C
- Matematik 3b: F (har inte gjort nationella provet, frånvaro 63 %)
- Företagsekonomi 1: B
- Svenska 3: E

Ebba har varit sjukskriven för ätstörning under stora delar av våren och vårdas på BUP:s ätstörningsenhet. Förslag: förlängd studiegång, hon läser om matematik 3b i höst.

/Christina, mentor`, 'grades', 'health'),
  d(`Hej mentorer på gymnasiet!

Inför betygskonferensen 15 juni:

- Alla kursbetyg ska vara registrerade i Ladok för gymnasiet senast 12 juni kl 16.
- F-varningar ska vara meddelade elever och vårdnadshavare.
- Förslag om förlängd studiegång tas upp individuellt med rektor, inte i listan.
- Statistik över betygsfördelning per program presenteras på konferensen.

/Rektor Mikael Holst`),
  d(`Hej Anette,

Här är referenserna för slutkandidaten till tjänsten som enhetschef i hemtjänsten, Johanna Björk:

Referens 1 (tidigare chef, Borås): Mycket strukturerad, tar ansvar, ibland lite för snabb med beslut. Hade en konflikt med en facklig företrädare 2024 som löstes.
Referens 2 (kollega): Omtyckt, bra på att leda förändring.
Referens 3 (medarbetare): "Hon lyssnar men kan vara otydlig med vad som förväntas."

Sammantagen bedömning: rekommenderas.

/Rekryteringskonsult Hampus`, 'hr-assessment'),
  d(`Hej Hampus,

Tack för sammanfattningen av referenserna. Vi går vidare med erbjudande till kandidaten. Kan du skicka över kontraktsmallen för chefer med tillsvidareanställning och sex månaders provanställning?

Och en allmän fråga: har ni en policy för hur länge referensanteckningar sparas? Vi vill följa vår gallringsplan.

/Anette, verksamhetschef`),
  d(`Hej Jenny,

Tack för att du tog minnesanteckningarna på nätverksträffen för HR-konsulter. Jag har bara ett par tillägg:

- Punkt 2, lönekartläggning: lägg till att SKR:s nya stödmaterial kommer i mars.
- Punkt 4, rehabilitering: skriv "Adato" i stället för "rehabsystemet".
- Punkt 6: vi bestämde att nästa träff hålls i Lidköping.

Annars ser det jättebra ut!

Vänliga hälsningar
Marie Holmberg
HR-konsult, Kungsvikens kommun
Tfn 0510-77 12 34
Ordförande Akademikerförbundet SSR, avdelning Kungsviken

Jag arbetar deltid, måndag–torsdag.`, 'trade-union'),
  d(`Hej Marie,

Tack, jag har lagt in dina ändringar. Anteckningarna ligger nu på den gemensamma ytan.

Till nästa träff föreslår jag att vi bjuder in någon från Försäkringskassan som kan prata om de nya reglerna för sjukpenning, och någon från Arbetsförmedlingen om lönebidrag och Introduktionsjobb.

Hälsningar
Jenny

--
Jenny Sahlin
HR-konsult, Västra Bygds kommun
Den här e-posten kan innehålla uppgifter som omfattas av sekretess. Om du fått den av misstag, meddela avsändaren och radera meddelandet.`),
  d(`Hej Kalle,

Här kommer sammanfattningen från genomgången av Arbetsförmedlingens beslut om lönebidrag för våra medarbetare:

- Lönebidrag för Mattias Ek (vaktmästare) förlängs till 2027-06-30. Grund: nedsatt arbetsförmåga på grund av förvärvad hjärnskada efter olyckan 2019.
- Bidraget täcker 80 % av lönekostnaden upp till taket; hans lön är 27 400 kr.
- Arbetsförmedlingen vill ha ett uppföljningsmöte i mars.

/Helena, HR`, 'health', 'salary'),
  d(`Hej Helena,

Fråga om lönebidrag generellt: hur stor andel av kommunens anställningar har någon form av stöd från Arbetsförmedlingen (lönebidrag, introduktionsjobb, nystartsjobb)? KS vill ha en översikt för budgetarbetet.

Bara antal och totalsumma, inga namn.

Tack!
/Kalle, ekonomichef`),
  d(`Ärende: HR-2026-0931 Tjänstledighetsansökan
Skickat från: HR-portalen

Medarbetare: Lars Nilsson, vårdare, Gruppbostaden Eken
Typ: Tjänstledighet, 100 %
Period: 2026-11-01 – 2027-01-31
Skäl: "Avtjäna fängelsestraff (3 månader) för grovt rattfylleri enligt dom i Vänersborgs tingsrätt. Jag vill behålla anställningen."

Chefens beslut: [ej fattat]
Kommentar till HR: "Behöver råd – är detta saklig grund för uppsägning eller ska ledigheten beviljas?"

Detta meddelande skickades automatiskt.`, 'criminal-record'),
  d(`Hej Jonas,

Jag skriver till dig som ombud. Jag har fått veta att min chef har pratat med andra om att jag har en dom för misshandel från 2015, när jag var 19. Det har inget med jobbet att göra och jag har sonat mitt straff. Nu behandlar kollegorna mig annorlunda.

Kan Kommunal hjälpa mig? Jag är medlem sedan 2018.

/Fredrik Åhman, undersköterska, hemtjänst Norr`, 'criminal-record', 'trade-union'),
  d(`Hej Pernilla!

Brukarundersökning hemtjänst 2026 – kommunens resultat:

- Helhetsnöjdhet: 89 % (riket 87 %)
- Bemötande: 96 %
- Inflytande över när hjälpen ges: 62 %
- Trygghet: 85 %

Resultaten per enhet skickas separat till enhetscheferna. Inga enskilda brukares svar kan identifieras.

/Kvalitetsstrateg, Vård och omsorg`),
  d(`Hej Pernilla!

En anhörig har ringt och klagat på hemtjänsten hos sin mamma, Birgit Wahlström på Ängsvägen 8. Enligt dottern har personalen vid flera tillfällen inte kommit till kvällsbesöket och Birgit, som har diabetes och hjärtsvikt, har då inte fått sina mediciner. Hon har också fallit och legat på golvet i två timmar innan trygghetslarmet besvarades.

Dottern vill ha ett möte och överväger att anmäla till IVO.

Jag har gjort en avvikelserapport.

/Jessica, samordnare`, 'health', 'social'),
  d(`Hej!

Nyhetsbrev från Kommunal sektion Strandvik, oktober:

• Lönestatistik: Medianlönen för undersköterskor i kommunen är nu 29 900 kr.
• Skyddsombudsutbildning 12 november.
• Kampanj: "Heltid som norm".
• Vi söker fler arbetsplatsombud i hemtjänsten!
• Glöm inte att uppdatera din adress på Mina sidor.

Välkommen på medlemsmöte 20 oktober kl 18 i Folkets hus.

Du får det här mejlet eftersom din arbetsplats finns i vårt utskicksregister.`),
  d(`Hej Lotta,

Sammanfattning av utvecklingssamtalet med Hampus idag:

Vi gick igenom året. Han har haft svårt att komma i tid, 14 förseningar sedan augusti. Han säger själv att det beror på att han har ADHD och fick sin diagnos i våras, och att han nu har fått medicin som hjälper. Vi kom överens om att han börjar 8.30 i stället för 7.00 under en period, och att vi följer upp i januari.

I övrigt är arbetsinsatsen god, han är omtyckt av brukarna.

/Eva, enhetschef`, 'hr-assessment', 'health'),
  d(`Hi everyone,

Notes from the international staff network, meeting 4:

1. Housing: several new colleagues have had trouble finding flats. HR will share a list of landlords.
2. Swedish courses: SFI in the evenings is popular; the region pays course fees for employees.
3. Bank accounts: You can't open a Swedish account without a personnummer; some banks accept a samordningsnummer. HR can write a certificate of employment to help.
4. Religious holidays: Ask your manager early; leave is usually granted as annual leave.
5. Next meeting: pub evening 12 December!

Organiser: Ana Petrović`),
  d(`Hi Ana,

Thanks for organising the network! I just wanted to share something with you privately. I came here from Nigeria two years ago and I've experienced quite a lot of racist comments from a couple of patients' relatives on my ward. My manager knows. I'm also gay, which I've never talked about at work, and I'm worried about being open about it here.

Could we talk one evening over coffee?

Thanks,
Emeka Okafor
Registered nurse, Ward 41`, 'ethnic-origin', 'sex-life'),
  d(`Hej Birgitta,

Inför bisättningen av Artur Kowalski (boende på Solgården, avled i natt):

- Artur var katolik och hade önskat att en katolsk präst skulle ge de sista sakramenten; det hann tyvärr inte ske. Dottern vill att prästen från S:t Josefs församling kontaktas för välsignelse på boendet i morgon.
- Personalen vill gärna ha en minnesstund på avdelningen fredag.
- Dödsbevis utfärdat av läkaren kl 05.40.

/Anneli, sjuksköterska`, 'religion', 'health', 'social'),
  d(`Hej!

Rutin vid dödsfall på särskilt boende, uppdaterad version:

1. Sjuksköterska konstaterar dödsfall, läkare utfärdar dödsbevis.
2. Anhöriga kontaktas enligt önskemål i genomförandeplanen.
3. Respektera den avlidnes och de anhörigas religiösa och kulturella önskemål kring omhändertagandet.
4. Kontakta vid behov sjukhuskyrkan eller annan trosföreträdare.
5. Dokumentera i journal.

Rutinen finns i ledningssystemet.

/MAS`),
  d(`[2026-04-11 19:42] Joel: sitter du i valberedningen i partiet fortfarande?
[2026-04-11 19:43] Hanna B: ja, för Miljöpartiet i Strandvik. varför?
[2026-04-11 19:44] Joel: min granne vill engagera sig, kan jag ge henne ditt nummer
[2026-04-11 19:44] Hanna B: absolut!
[2026-04-11 19:45] Joel: toppen. ses på jobbet imorgon, ha det
[2026-04-11 19:46] Hanna B: du med, glöm inte att vi har APT kl 9`, 'political-opinion'),
  d(`Hej,

Svar på din fråga om facklig tid och politiska uppdrag:

- Anställda med kommunala förtroendeuppdrag har rätt till ledighet för uppdraget enligt kommunallagen 4 kap. 11 §.
- Arbetsgivaren får inte fråga om vilket parti uppdraget gäller.
- Förlorad arbetsinkomst ersätts av kommunen enligt arvodesreglementet.
- Facklig tid regleras i förtroendemannalagen och lokala avtal.

/HR-juridik`),
  d(`Hej Simon,

Vi har fått ett klagomål från en brukare i dagverksamheten, Greta Lindahl, om en av våra volontärer. Greta säger att volontären "hela tiden pratar om att man måste bli frälst" och delar ut skrifter från sin frikyrkoförsamling. Volontären, Samuel Berg, bekräftar att han är medlem i Livets Ord men menar att han bara svarat på frågor.

Jag tycker att vi behöver påminna alla volontärer om att verksamheten är religiöst neutral. Kan du ta ett samtal med honom?

/Ulrika, samordnare dagverksamhet`, 'religion', 'hr-assessment', 'social'),
  d(`Hej alla volontärer!

Välkomna till höstens volontärträff 12 september kl 17!

- Genomgång av våra riktlinjer: kommunens verksamheter är politiskt och religiöst neutrala, och vi tar inte med material från föreningar, partier eller samfund.
- Tystnadsplikt: allt du får veta om deltagarna stannar här.
- Fika och tackpresenter.

Anmäl dig till Ulrika senast 5 september.`),
  d(`Från: Tekniska förvaltningen, Kundtjänst
Skickat: den 22 februari 2026
Till: Johan Söder
Ämne: SV: Tillträde till återvinningscentralen

Hej Johan,

Vi använder sedan januari registreringsskyltsläsning vid återvinningscentralen, inte ansiktsigenkänning som det stod i lokaltidningen. Kameran läser av bilens registreringsnummer och jämför med listan över hushåll i kommunen. Inga bilder av personer sparas.

Vänliga hälsningar
Kundtjänst

> Hej, stämmer det att ni fotograferar ansiktet på alla som kommer till återvinningen? /Johan`),
  d(`Hej Ola,

Angående passagesystemet på kommunhusets IT-avdelning: jag har nu gått igenom loggarna efter det misstänkta obehöriga tillträdet till serverrummet i lördags.

Fingeravtrycksläsaren registrerade en godkänd passage kl 02.14 med mallen som tillhör Rasmus Hjelm (systemtekniker), men han var enligt egen uppgift på semester i Spanien. Leverantören undersöker om mallen kan ha förfalskats. Rasmus mall är spärrad tills vidare och polisanmälan har gjorts mot okänd gärningsman.

/Informationssäkerhetssamordnare Nadia`, 'biometric'),
  d(`Hej!

Här kommer minnesanteckningar från informationssäkerhetsrådet, 2026-10-15:

1. Incidentrapport kvartal 3 – 12 incidenter, inga allvarliga.
2. Biometriska passersystem – inventering visar fem installationer i kommunen; alla ska ha DPIA senast 31 december.
3. Lösenordspolicy: Krav på 14 tecken införs 1 april.
4. Phishing-övning i november.
5. Övrigt: Ny säkerhetssamordnare på utbildningsförvaltningen.

Nästa möte 14 januari.
/Nadia`),
  d(`Från: Lena Borg
Skickat: den 2 mars 2026 07:55
Till: IT-support
Ämne: Kan inte logga in i Skola24

Hej!

Jag kommer inte in i Skola24 för att registrera frånvaron. Det står "felaktigt lösenord". Jag har försökt med Lena2026! och Lena2025! men ingen fungerar. Användarnamnet är lena.borg.skola.

Jag har lektion om 5 minuter, snälla hjälp!

/Lena, lärare Bäckaskolan

Skickat från min iPhone`, 'credentials'),
  d(`Hej!

Felanmälan och driftinformation – Skola24:

Skola24 har driftstörning i dag mellan kl 8 och ca 9.30. Närvaro kan inte registreras under den tiden.

- Anteckna frånvaron på papper och för in den när systemet fungerar.
- Skicka inte elevlistor med frånvaro via e-post.
- Vi uppdaterar när störningen är åtgärdad.

/IT-support, Utbildningsförvaltningen`),
  d(`Hej Per,

Kort om Mohammeds studiesituation inför mötet med Arbetsförmedlingen, som han själv bett om:

Mohammed Hassan läser vård- och omsorgsprogrammet på Komvux.
- Vård och omsorg specialisering: B
- Psykiatri 1: C
- Anatomi och fysiologi 1: E
- Svenska som andraspråk 2: pågår, omdöme "når ännu inte godtagbara kunskaper"
Närvaro senaste månaden: 94 %.

/Studie- och yrkesvägledare Nina`, 'grades'),
  d(`Hej kollegor på Komvux,

Statistik inför kvalitetsdialogen:
- 412 elever läste vård- och omsorgsutbildningen 2026.
- 71 % slutförde med godkända betyg på alla kurser.
- Genomsnittlig närvaro 86 %.
- 58 % hade anställning inom vården sex månader efter avslutad utbildning.

Underlaget bygger på registerdata och innehåller inga uppgifter om enskilda elever.

/Rektor Komvux`),
  d(`Hej,

Den nya medarbetaren på lönecenter har bett om att få sin första lön till sitt tyska konto eftersom hennes svenska konto inte är öppnat än:

Kontohavare: Julia Hoffmann
IBAN: DE89 3704 0044 0532 0130 00
BIC: COBADEFFXXX

Kan du lägga in det manuellt för januari? Från februari ska det vara ett svenskt konto.

/Sandra, HR-administratör`, 'bank-account'),
  d(`Hej Sandra,

Utbetalning till utländskt konto kan göras, men medarbetaren måste själv fylla i blanketten "Utbetalning till konto utomlands" och signera den. Vi lägger inte in kontouppgifter från mejl.

Observera också:
- banken tar en avgift för utlandsbetalningar och den dras från lönen,
- valutakursen sätts på utbetalningsdagen,
- blanketten finns på intranätet under Lön/Blanketter.

Radera gärna ditt förra mejl med kontouppgifterna.

/Lönecenter`),
  d(`Hej Lars,

Jag har ett ärende som jag behöver råd om. En av mina elever i 8B, Sofia, berättade för mig efter lektionen att hennes pappa har suttit i fängelse och släpps i nästa vecka, och att hon är rädd för att han ska komma hem. Mamma har sagt att de kanske flyttar till skyddat boende.

Jag har redan pratat med kuratorn, och vi gör en orosanmälan i dag.

/Marianne, mentor 8B`, 'criminal-record', 'social'),
  d(`Hej!

Rapport från elevhälsans arbete läsåret 2025/26:

- 212 orosanmälningar gjorda från kommunens skolor (193 förra läsåret).
- Vanligaste skäl: oro för våld i hemmet (31 %), psykisk ohälsa (24 %), hög frånvaro (19 %).
- Kuratorerna har haft 1 840 samtal.
- Nytt samarbete med socialtjänsten om skolnära team.

Rapporten presenteras för barn- och utbildningsnämnden i oktober.

/Elevhälsochef`),
  d(`Hej Jenny,

Här kommer underlaget för löneväxling som du bad om:

Medarbetare: Carl Sjöström, IT-arkitekt
Nuvarande månadslön: 58 400 kr
Önskad löneväxling till pension: 5 000 kr/mån från 1 januari
Efter växling: 53 400 kr

Carl har också fått ett engångsbelopp (bonus för projektet Nytt ekonomisystem) på 15 000 kr som ska betalas ut i december.

/Jonas, lönehandläggare`, 'salary'),
  d(`Hej alla!

Information om löneväxling till pension:

- Du kan växla lön mot pensionsavsättning om din månadslön efter växlingen är över brytpunkten för allmän pension (ca 51 000 kr/mån 2027).
- Arbetsgivaren lägger till 5,8 % på det växlade beloppet.
- Ansökan görs i Heroma senast 15 november.
- Boka gärna ett samtal med pensionshandläggaren innan du bestämmer dig.

/HR, pension och förmåner`),
];
