/**
 * Category blind set 15b — BLIND. Written for Kuvert from the labelling guide alone (including its
 * rulings), by a corpus writer who never saw the classifier, its training data or any other corpus. Never
 * to be used for training, tuning or keyword mining; it is scored once, by the lead, to measure the
 * classifier on text it has never seen.
 *
 * Style: long, messy texts (roughly 8 to 40 lines): forwarded threads with quoted history and
 * "Från: … Skickat: …" headers, signatures and legal disclaimers, meeting minutes and APT notes, weekly
 * summaries, chat exports, ticket-system and HR-system mails, case-note excerpts, newsletters and lists;
 * the sensitive fact, when there is one, may sit anywhere in the text.
 *
 * All names, places, organisations and numbers are invented.
 */
import type { CategoryType } from '../../../src/core/classify/types.js';
import type { LabelledDocument } from './category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const CATEGORY_BLIND_15B: readonly LabelledDocument[] = [
  d(`Hej Petra,

Ser ut som att vi får lösa schemat för v. 19 utan Mira, se nedan. Kan du kolla om Arvid kan ta hennes pass på tisdagen och torsdagen? Jag har inte hunnit ringa bemanningen än.

/Susanne

Från: Lars Wikström
Skickat: den 2 maj 10:14
Till: Susanne Ek
Ämne: SV: Schema maj

Hej,
Mira ringde i morse. Läkarintyget har kommit in nu, hon är sjukskriven på 50 % till och med 15 maj, sen ska det utvärderas. Hon jobbar förmiddagar så länge.
Hälsningar Lars

Från: Susanne Ek
Skickat: den 30 april 16:52
Ämne: Schema maj

Hej alla, bifogar utkast till majschemat. Säg till senast fredag om något inte stämmer!

--
Susanne Ek
Enhetschef, Solgläntans äldreboende
Ljusdals kommun`, 'health'),
  d(`Minnesanteckningar APT Hemtjänst Norra, 14 mars

Närvarande: 11 medarbetare, enhetschef Anneli Roos, HR-konsult Kim Sand (punkt 3)

1. Ekonomi
Prognosen för helåret pekar på ett underskott på ca 400 tkr, främst på grund av övertid under februari. Vi ser över bemanningen på helger.

2. Arbetsmiljö
Resultatet av medarbetarenkäten presenterades på gruppnivå. Svarsfrekvens 78 %. Lägst poäng fick "återhämtning mellan passen". Arbetsgrupp tillsätts.

3. Ny rutin för sjukanmälan
Från 1 april sjukanmäler man sig via appen före kl. 06.30. Kim gick igenom hur man gör. Frågor om rehabilitering tas med närmsta chef.

4. Bilar
Bil nr 4 står på verkstad till och med onsdag. Boka om turerna via planeringen.

5. Övrigt
Påminnelse om att friskvårdsbidraget ska sökas senast 30 november.

Nästa APT: 11 april kl. 13.00 i Stora rummet.`),
  d(`Veckosammanfattning IT-support, vecka 37

- 142 ärenden inkomna, 131 stängda
- Skrivaren på plan 3 i stadshuset är utbytt (äntligen)
- Problem med VPN-klienten efter uppdateringen i tisdags, löst med ny profil
- Gästnätet på biblioteket har bytt lösenord. Nätverk: BIB-GAST, lösenord: Lingon!Sommar27 — sätt gärna upp den nya lappen i receptionen, den gamla ska rivas ner
- Teams-rummen i Kajen är bokningsbara igen

Planerat nästa vecka: serviceavbrott på lönesystemet torsdag 18–20.

Mvh
Servicedesk, Digitaliseringsenheten`, 'credentials'),
  d(`[08:02] Sanna Berg: har ni sett frånvaron för 8B?
[08:03] Omid Karimi: ja, det är mest Elias F som sticker ut
[08:03] Omid Karimi: 32 % ogiltig frånvaro sen jul
[08:05] Sanna Berg: han har F i matte också efter provet i mars, och E i svenska om han lämnar in läsloggen
[08:06] Omid Karimi: ska vi kalla vårdnadshavare?
[08:07] Sanna Berg: jag ringer mamman idag. tar du med det på EHT på torsdag?
[08:07] Omid Karimi: 👍
[08:15] Lotta (mentor 8A): btw någon som har nyckeln till NO-salen
[08:16] Sanna Berg: ligger i expeditionen`, 'grades'),
  d(`Dear all,

Please see the message from legal below before tomorrow's evaluation meeting.

Best,
Hannah

From: Jens Mattsson, Legal Counsel
Sent: Tuesday 11 June 09:41
To: Procurement group – Cleaning services 2025
Subject: Handling of bids

Hi,
A reminder that the bids received in the cleaning services procurement, including prices and the evaluation protocol, are covered by secrecy under chapter 31 section 16 OSL until the award decision has been made. Do not forward the bid files outside the evaluation group and do not discuss prices with bidders who call.
If someone asks for the documents, refer them to the registrar; a secrecy review will be made.

Kind regards
Jens

This e-mail may contain confidential information. If you received it by mistake, please notify the sender and delete it.`, 'secrecy'),
  d(`NYHETSBREV FRÅN SOCIALFÖRVALTNINGEN – APRIL

I detta nummer:
• Lönerevisionen 2025 – tidsplan
• Friskvård: prova på yoga i Folkets hus
• Nytt verksamhetssystem för försörjningsstöd i höst
• Månadens kollega

Lönerevisionen
Lönesamtalen ska vara genomförda senast 15 maj. Nya löner betalas ut i juni med retroaktivitet från 1 april. Har du frågor om processen, prata med din chef eller läs på intranätet.

Nytt verksamhetssystem
Upphandlingen är klar och införandet börjar i september. Alla handläggare inom ekonomiskt bistånd får två utbildningsdagar. Mer information kommer.

Månadens kollega
Vi hälsar på hos receptionen på Storgatan där Tove och Ali tar emot 200 besökare i veckan. "Det bästa är när man kan hjälpa någon vidare till rätt handläggare", säger Tove.

Trevlig vår!
Kommunikationsenheten`),
  d(`Journalanteckning – utdrag (för överlämning till ny handläggare)

Ärende: Ekonomiskt bistånd, hushåll Haddad
Datum: 2024-10-03

Besök på kontoret. Sökande Khaled Haddad med hustru Rania. Familjen kom till Sverige från Syrien 2015 och har tre barn i åldrarna 4–12. Khaled har avslutat SFI och deltar i arbetsmarknadsinsats via Jobbcentrum. Ansökan om försörjningsstöd för oktober avser hyra, el och barnglasögon.

Bedömning: Rätt till bistånd föreligger för hyra och el. Glasögon beviljas efter kostnadsförslag. Hushållet uppmanas att söka bostadsbidrag.

Planering: Uppföljning om en månad. Kontakt med Jobbcentrum om praktikplats.

/Handläggare Emelie Strand, Försörjningsenheten`, 'social', 'ethnic-origin'),
  d(`Från: HR-systemet Heroma <noreply@kommunen.se>
Ämne: Ärende uppdaterat – Rehabilitering

Hej Karin Lind,

Ett ärende där du är ansvarig chef har uppdaterats.

Medarbetare: Jonas Berg
Ärendetyp: Rehabilitering
Händelse: Ny aktivitet tillagd
Aktivitet: Arbetsträning 25 % under v. 40–43, därefter avstämning med företagshälsovården
Kommentar (från HR): Jonas har fortfarande nedsatt arbetsförmåga efter knäoperationen, FK har begärt plan senast 20 oktober.

Logga in i Heroma för att se hela ärendet.

Detta är ett automatiskt meddelande och går inte att svara på.`, 'health'),
  d(`PROTOKOLL – Kommunstyrelsens arbetsutskott
Sammanträdesdatum: 2024-09-10

Beslutande: Karin Sjöö (S), ordförande; Mats Elg (M), vice ordförande; Birgitta Nyman (C); Omar Sahin (S); Lena Fjäll (SD)
Övriga närvarande: Kommundirektör Peter Ahl, sekreterare Amanda Wik

§ 112 Val av justerare
Mats Elg (M) utses att justera protokollet.

§ 113 Budgetuppföljning augusti
Ekonomichefen redovisar. Arbetsutskottet beslutar att lägga informationen till handlingarna.

§ 114 Motion om cykelbana längs Älvvägen
Arbetsutskottet föreslår kommunstyrelsen att bifalla motionen. Lena Fjäll (SD) reserverar sig mot beslutet till förmån för eget yrkande.

Justeras: Mats Elg`, 'political-opinion'),
  d(`Hej på er i styrelsen!

Kort inför mötet på torsdag:

- Therese Lund på IFO gick med i Vision förra månaden och har sagt att hon gärna blir arbetsplatsombud på Storgatan när Kjell går i pension. Kan vi ta upp det som en punkt?
- Förhandlingen om nya arbetstider i växeln är flyttad till 24/10.
- Fikapengarna: vi har 1 200 kr kvar i kassan.

Vänliga hälsningar
Maja Nord
Ordförande, Vision Kungsbacka kommunavdelning`, 'trade-union'),
  d(`Ticket #INC-88412 – Password reset – RESOLVED

Requester: David Olsen (Facilities)
Assigned to: Service Desk L1 – Priya Shah

Priya Shah, 14:22:
Hi David, your account was locked after too many attempts. I've reset it.
Username: dolsen2
Temporary password: Kx7!pq29Lmr
You will be asked to change it at first login. Please don't reply with your new password.

David Olsen, 14:35:
Thanks, works now.

Status changed to Resolved by Priya Shah.
Survey: How did we do? Rate this ticket 1–5.`, 'credentials'),
  d(`Inbjudan: Halvdagsutbildning – Att skriva en orosanmälan

Till: All personal inom förskola och grundskola, Rektorsområde Väst

Vad gör du när du misstänker att ett barn far illa? Under utbildningen går vi igenom:
• anmälningsplikten enligt 14 kap. 1 § socialtjänstlagen
• hur en orosanmälan skrivs och skickas
• vad som händer efter att socialtjänsten tagit emot den
• hur du pratar med vårdnadshavare

Kursledare: Helena Borg, socialsekreterare, och Tomas Ruud, skolkurator.

Tid: onsdag 6 november 13.00–16.30
Plats: Aulan, Kvarnskolan
Anmälan senast 25 oktober via länken på intranätet.

Välkomna!`),
  d(`Hej Jessica och Martin,

Tack för ett bra samtal igår. Som vi pratade om sammanfattar jag här läget för Wilma inför vårterminen.

Just nu har hon F i engelska eftersom den muntliga delen saknas, men hon kan komplettera i januari. I svenska ligger hon på E, i SO på C och i idrott på A. Frånvaron är 14 % denna termin, främst sena ankomster på måndagar.

Vi kom överens om:
1. Wilma gör den muntliga presentationen v. 3
2. Hon får extra läsförståelsestöd på torsdagar
3. Vi stämmer av igen efter sportlovet

Hör av er om något är oklart!

Med vänlig hälsning
Anders Lilja
Mentor år 9, Björkskolan`, 'grades'),
  d(`Från: Sofie Hammar
Skickat: den 22 april 15:03
Till: Lönecenter
Ämne: VB: Lönesättning Johan Ek

Hej, vidarebefordrar enligt överenskommelse. Kan ni lägga in det till majlönen?

Från: Ulf Dahl
Skickat: den 19 april 11:47
Till: Sofie Hammar
Ämne: Lönesättning Johan Ek

Hej Sofie,
Efter lönesamtalet med Johan har vi landat i följande: nuvarande månadslön 34 200 kr, ny lön 35 600 kr från 1 april. Han ville ha 36 000 men jag hänvisade till ramen. Han har accepterat.
/Ulf

--
Sofie Hammar
HR-specialist
Tel 0570-411 22`, 'salary'),
  d(`Hej,

Inför skolstarten vill jag påminna om en elev i årskurs 4 som börjar hos er, Noel (ni har fått namnet via rektor).

Noel och hans mamma har skyddade personuppgifter med sekretessmarkering. Det betyder bl.a.:
- adress och telefonnummer får inte lämnas ut till någon, inte heller till andra vårdnadshavare
- inga foton på Noel får publiceras, varken på Instagram eller i skolkatalogen
- hämtning sker bara av personer som mamman skriftligen angett
- post till hemmet skickas via Skatteverkets förmedling

Ring mig om ni är osäkra på något. Ta inte upp detta i klassrummet.

Hälsningar
Gunilla Ström
Skolsekreterare, Centrala elevregistret`, 'protected-identity'),
  d(`Information från Fastighetsavdelningen

Hiss 2 i Hus B (entré Kungsgatan) kommer att vara avstängd för service måndag 3/6 kl. 07–15. Besökare med rullstol eller barnvagn hänvisas till hiss 1 via gården.

Vi passar också på att byta lysrör i trapphuset och se över brandlarmet i källaren. Larmet kan ljuda kort vid 10-tiden; ingen utrymning behövs då.

Frågor? Kontakta fastighetsjouren på 0522-69 70 00.

Med vänlig hälsning
Robert Falk, drifttekniker`),
  d(`Anteckning – Mottagningen för ärftlig cancer, Onkologiska kliniken

Patient: Sara Lundell, 41 år
Remiss: Från gynmottagningen

Provsvar från genetisk analys (panel för ärftlig bröst- och äggstockscancer) har inkommit. Analysen visar en patogen variant i BRCA1. Sara informerades per telefon och kallas till återbesök hos genetisk vägledare 12/3.

Familjeutredning: Saras mor och moster har haft bröstcancer. Systern Linnea (38) erbjuds anlagstest efter eget samtycke; Sara har lovat att informera henne med hjälp av familjebrevet.

Planering: Kontroller enligt vårdprogram, diskussion om riskreducerande kirurgi.

/Malin Åkesson, genetisk vägledare`, 'genetic'),
  d(`Hej Stefan,

Nu är Leif Sandins fingeravtryck inlagt i passersystemet för serverhallen, så han kommer in med läsaren från och med imorgon. Jag registrerade båda pekfingrarna eftersom den högra inte alltid läses bra.

Det gamla kortet (nr 0412) är spärrat.

Övriga ändringar i veckan:
- två nya kort till städfirman
- tidsstyrningen på garageporten ändrad till 06–19

/Annika, Säkerhetsenheten`, 'biometric'),
  d(`Newsletter – Data Protection Office, Q3

1. New e-learning on special categories
Did you know that health data, religious beliefs, trade union membership, sexual orientation and biometric data are "special categories" under GDPR Article 9? Our new 20-minute course explains what that means for everyday e-mail. All staff should complete it by 31 October.

2. Incident statistics
In Q3 we had 14 reported personal data incidents, 9 of them e-mails sent to the wrong recipient. None needed to be reported to IMY.

3. Tip of the quarter
Use the secure mailbox when sending case documents to external parties.

Questions? Write to dataskydd@regionen.se`),
  d(`Från: Rekrytering
Skickat: den 8 augusti 09:12
Till: Maria Jonsson, rektor
Ämne: Belastningsregister – sökande till fritidspedagog

Hej Maria,

Utdraget ur belastningsregistret för Tobias Hed, som du ville anställa på fritids, har kommit. Det visar en dom från 2020 för misshandel (villkorlig dom och samhällstjänst). Utdraget avser inte brott mot barn, men du behöver ta ställning till om det påverkar anställningen. Ring mig gärna innan du bestämmer dig.

Övriga två sökande har lämnat utdrag utan anteckningar.

Hälsningar
Pernilla, HR-stöd rekrytering`, 'criminal-record'),
  d(`Hej mentorer i 3A!

Några saker inför veckan:
- Utvecklingssamtalen är bokade, listan sitter på personalrummets tavla
- Yusuf är ledig onsdag för att fira Eid med familjen, pappan har mejlat. Han har också bett att Yusuf får det halala alternativet i matsalen i fortsättningen, jag har pratat med köket.
- Skogsdagen flyttas till fredag pga regn

Trevlig helg när den kommer!
/Camilla`, 'religion'),
  d(`Hej Ronja,

Tack för att du tog dig tid idag! Jag lägger in följande i systemet:

Emma planerar att vara föräldraledig från 1 december. Hennes fru Sofia är gravid och beräknad förlossning är i mitten av november, och Emma vill vara hemma de första månaderna tillsammans med henne. Vi behöver alltså ersättare på avdelningen Blåbäret från december till och med maj.

Jag annonserar tjänsten nästa vecka.

/Annelie, förskolechef`, 'sex-life', 'health'),
  d(`Hej ekonomi,

Kan någon lägga in det nya inköpskortet i Proceedo? Uppgifterna:

Kortinnehavare: Maria Holm, Kostenheten
Kortnummer: 4539 1187 8172 3368
Giltigt t.o.m.: 08/27
CVC: 311
Kreditgräns: 25 000 kr

Det gamla kortet som slutade på 8814 är makulerat.

Tack!
Maria`, 'payment-card'),
  d(`Från: Kent Åberg
Skickat: den 3 oktober 20:18
Till: Kulturskolan
Ämne: Re: Arvode höstkonsert

Hej igen, här kommer mina kontouppgifter så att ni kan betala ut arvodet:
Swedbank, clearing 8214-9, konto 903 118 442-5, kontoinnehavare Kent Åberg.
F-skattsedel finns.

/Kent

> Hej Kent! Tack för en fantastisk konsert. Skicka gärna kontouppgifter så betalar vi ut arvodet på 6 500 kr inom 30 dagar.
> /Ingela, Kulturskolan`, 'bank-account'),
  d(`Minnesanteckningar, möte med lokalvården 12/2

1. Nya städscheman för skolorna – gäller från v. 9
2. Sjukfrånvaro: Enheten har legat på 8,4 % i snitt under hösten, vilket är högre än förvaltningens mål på 6 %. Vi diskuterade förebyggande åtgärder: fler korta pauser, ny städvagn med bättre ergonomi, utbildning i arbetsteknik.
3. Rutin för sjukanmälan: ring jourtelefonen före 06.00, inte sms.
4. Kemikalieförteckning ska uppdateras.
5. Julbord: röstning om restaurang, vinnare blev Gamla Tingshuset.

Antecknat av Monika`),
  d(`[Teams chat export – "Offsite planning 2025"]

[09:14] Ellen Marsh: so are we going with the boat trip or the manor house?
[09:15] Tobias Grahn: manor house, boat trip was a disaster last year lol
[09:15] Ellen Marsh: fair. budget is 1,800 per person incl. dinner
[09:17] Rasmus Lind: can we make sure there's a veggie option this time
[09:17] Ellen Marsh: noted
[09:20] Tobias Grahn: I'll check trains from Uppsala, some people won't drive
[09:31] Ellen Marsh: draft agenda: day 1 strategy, day 2 workshops on the new case system
[09:32] Rasmus Lind: 👍
[09:45] Ellen Marsh: booking request sent, will confirm Friday`),
  d(`Från: Lotta Grahn, LSS-handläggare
Skickat: den 14 november 13:20
Till: Enhetschef Funktionsstöd
Ämne: VB: Beslut – Oskar Nilsson

Hej, för kännedom. Föräldrarna kommer troligen att överklaga.

---------- Vidarebefordrat meddelande ----------
Beslut enligt LSS

Oskar Nilsson, 9 år, har ansökt om korttidsvistelse utanför hemmet enligt 9 § 6 LSS. Oskar har diagnosen autism med måttlig intellektuell funktionsnedsättning och tillhör personkrets 1.

Ansökan avslås, då behovet bedöms kunna tillgodoses genom avlösarservice i hemmet, som beviljas med 20 timmar per månad.

Överklagande: Se bifogad besvärshänvisning.`, 'social', 'health'),
  d(`Lediga jobb – Socialsekreterare, Barn och unga (2 tjänster)

Vill du arbeta med barnavårdsutredningar i ett engagerat team? Vi söker två socialsekreterare till mottagnings- och utredningsgruppen.

Arbetsuppgifter: Utreda barns behov av skydd och stöd enligt SoL och LVU, skriva utredningar och förslag till beslut, samverka med skola, BUP och polis.

Kvalifikationer: Socionomexamen. Erfarenhet av myndighetsutövning är meriterande, liksom kunskap i BBIC.

Vi erbjuder: Handledning varannan vecka, friskvårdsbidrag 3 000 kr/år, flexibel arbetstid.

Lön: Individuell lönesättning.
Sista ansökningsdag: 30 september.
Upplysningar: enhetschef Tomas Björk. Fackliga företrädare nås via växeln.`),
  d(`Hej Helena,

Här kommer mina anteckningar från medarbetarsamtalet med Fredrik i torsdags, som du bad om inför ledningsgruppen. Skickar bara till dig.

- Fredrik är duktig i sakfrågor och uppskattad av brukarna.
- Som samordnare har han svårt att fatta beslut och skjuter upp konflikter, två medarbetare har tagit upp att de inte får svar.
- Jag bedömer ärligt talat att han inte klarar chefsrollen i nuläget; han har inte heller uttryckt att han vill ha den.
- Mål: Vi har kommit överens om att han går tillbaka till ordinarie tjänst som biståndshandläggare efter sommaren, och att samordnarrollen annonseras internt.

Kan vi ta resten muntligt?
/Jörgen`, 'hr-assessment'),
  d(`Viktig information om lösenord

Från och med 1 mars gäller nya regler för lösenord i kommunens IT-miljö:
• minst 14 tecken
• byts var 12:e månad i stället för var 90:e dag
• använd gärna en lösenfras, t.ex. fyra slumpmässiga ord
• samma lösenord får inte användas i andra tjänster

Du får ett meddelande 14 dagar innan ditt lösenord går ut. Servicedesk kommer aldrig att be dig uppge ditt lösenord via mejl eller telefon.

Frågor: servicedesk@hallsta.se, tfn 0220-38 000`),
  d(`Journalanteckning, Socialtjänsten – Barn och unga
Ärende: Linus Ek, 15 år
Datum: 2024-02-19

Polisen har skickat en anmälan enligt 14 kap. 1 c § SoL. Linus greps i fredags på Citygallerian misstänkt för snatteri tillsammans med två äldre ungdomar, och det finns också en polisanmälan sedan december om skadegörelse på skolan.

Samtal med mamman per telefon. Hon är orolig och berättar att Linus inte har varit i skolan på två veckor och att han är ute på nätterna.

Beslut: Utredning inleds enligt 11 kap. 1 § SoL. Samtal med Linus och vårdnadshavare bokas 26/2. Kontakt tas med skolan.

Sign. JM`, 'criminal-record', 'social'),
  d(`KALLELSE – Kommunfullmäktige
Tid: Måndag 25 november kl. 18.30
Plats: Kommunhusets sessionssal

Ärenden:
1. Upprop
2. Val av justerare
3. Allmänhetens frågestund
4. Budget och verksamhetsplan 2025–2027
5. Taxor för vatten och avlopp 2025
6. Svar på motion om fler laddstolpar
7. Svar på interpellation om skolskjutsar
8. Avsägelser och fyllnadsval
9. Meddelanden

Handlingarna finns på kommunens webbplats. Sammanträdet direktsänds.

Ordförande kommunfullmäktige`),
  d(`Hi Sam,

Following up on our HR meeting yesterday – here's the summary I promised. Please keep it between us for now.

Daniel Price (support technician)
- 11 late arrivals since January, 4 of them after 09:30
- missed the on-call handover twice in March, which left the Tuesday queue unmanned
- verbal warning given 12 February, documented in the HR system
- today he received a written warning; next step if no improvement is a formal review of his employment

He was calm, said he'd been struggling with the commute and would sort it. Check-in scheduled in 6 weeks.

Thanks,
Alicia
HR Business Partner`, 'hr-assessment'),
  d(`Hej alla i grupp Ekvägen,

Från måndag ändras insatserna för Gösta Lind på Ekvägen 4 enligt nytt biståndsbeslut:
- dusch två gånger i veckan (tis + fre), förut en
- tillsyn varje kväll kl. 21
- inköp som förut, torsdagar

Tänk på att Gösta har diabetes och ska ha sitt mellanmål kl. 15, annars blir han vinglig. Insulinet sköter distriktssköterskan, men säg till om han verkar dålig.

Nyckeln finns som vanligt i nyckelskåpet, fack 12.

/Planeraren, Hemtjänst Syd`, 'social', 'health'),
  d(`Från: Handläggare, enheten för uppehållstillstånd
Till: Servicekontoret Malmö
Ämne: Bokning biometri – ärende Kovalenko

Hej,

Den sökande Oleksandr Kovalenko kom på sitt besök i dag. Vi har tagit ansiktsfoto och fingeravtryck (tio fingrar) för uppehållstillståndskortet. Fingeravtrycken på vänster hand fick tas om två gånger på grund av dålig kvalitet, men har nu godkänts i systemet.

Kortet beställs när beslutet vunnit laga kraft.

Vänliga hälsningar
Servicehandläggare, Migrationsverket`, 'biometric'),
  d(`Pride-vecka i kommunen 5–11 augusti 🌈

Även i år hissas regnbågsflaggan utanför kommunhuset måndag morgon kl. 08. Välkommen att vara med!

Program i urval:
• Tisdag: Föreläsning "HBTQI+-perspektiv i äldreomsorgen" i biblioteket
• Onsdag: Filmvisning för unga på Fritidsgården Oasen
• Lördag: Paraden startar 13.00 vid Stortorget

Personal som vill gå i paraden i kommunens t-shirt anmäler sig till Kommunikationsenheten senast 1 augusti. Vi har 40 tröjor.

Kommunens HBTQI-certifierade verksamheter finns listade på intranätet.`),
  d(`Utdrag ur utredning – Familjerätten
Faderskapsutredning avseende barnet Alva, född i maj i år

Modern, Jennifer Sund, har uppgett två möjliga fäder. Den ene, Patrik Olofsson, har gått med på att lämna DNA-prov. Provtagning skedde på Rättsmedicinalverkets uppdrag 14 augusti för Patrik, Jennifer och barnet.

Resultat: Analysen visar att Patrik Olofsson med en sannolikhet överstigande 99,99 % är far till Alva.

Bekräftelse av faderskap kommer att upprättas vid besök på familjerätten 30 september. Den andra uppgivna mannen behöver inte kontaktas.

Handläggare: Therese Vik, familjerättssekreterare`, 'genetic', 'social'),
  d(`Frukost med Vision! ☕🥐

Är du medlem eller nyfiken på facket? Vision bjuder alla anställda på förvaltningen på frukost fredag 15 mars kl. 7.30–9.00 i matsalen på plan 2.

Vi berättar om:
- årets löneförhandlingar och hur du förbereder ditt lönesamtal
- inkomstförsäkringen
- hur du kan engagera dig på din arbetsplats

Ingen anmälan behövs. Välkommen!

Vision Sektion Socialförvaltningen`),
  d(`Hi Jonas,

Quick update before Thursday's meeting about Anna Persson's schedule change.

Anna contacted her union and Kommunal has asked to be present. Their rep, Sinikka Laine, will join the meeting on Anna's behalf, and has asked for the new rota to be sent to her in advance. I've sent it.

I suggest we book the small meeting room and keep it to 45 minutes.

Other stuff:
- The new temp starts Monday, badge is ready
- Can you sign the time reports by Friday?

Cheers,
Mikael`, 'trade-union'),
  d(`Resultat läsåret 2023/24 – Kvarnbyskolan (för rektorsgruppen)

Andel elever i åk 9 med godkända betyg i alla ämnen: 78 % (förra året 74 %)
Genomsnittligt meritvärde: 221,5
Behörighet till yrkesprogram: 88 %
Andel elever med frånvaro över 15 %: 11 %

Ämnen där flest elever saknar godkänt betyg: matematik, engelska, kemi.

Vi diskuterar analysen på rektorsmötet 17 september. Skolenheternas egna siffror finns i bilaga 1–4 (aggregerat, inga enskilda elever).

/Kvalitetsstrateg, Utbildningsförvaltningen`),
  d(`Från: Anställningsadministration
Till: Lönecenter
Ämne: Ny anställd – Hanna Eriksson, start 1 februari

Hej,

Nedan uppgifter för registrering:

Namn: Hanna Eriksson
Befattning: Undersköterska, Vallmogården
Anställningsform: Tillsvidare, 100 %
Månadslön: 29 850 kr + OB enligt avtal
Lönekonto: Handelsbanken, clearing 6183, konto 402 117 388
Skattetabell: 33

Anställningsavtalet är signerat och ligger i akten.

Mvh
Jenny, Anställningsadministration`, 'salary', 'bank-account'),
  d(`Påminnelse: Influensa- och covidvaccinering för personal

Drop-in i personalrummet på Vårdcentralen Ekbacken
- Tisdag 15 oktober kl. 9–11
- Torsdag 17 oktober kl. 13–15

Vaccinationen är kostnadsfri för all personal med patientnära arbete. Ta med ditt id-kort. Om du inte kan komma på drop-in, boka tid hos företagshälsovården.

Hälsningar
Vårdhygien`),
  d(`Hej Karolina,

Amir Benali i lagret frågade mig om han kan få ändra sina tider under ramadan, som börjar om två veckor. Han fastar och vill helst börja 06.00 och gå hem 14.30 så han hinner vila före iftar. Han undrade också om det går att ta sin rast på fredagar kl. 12.30 för att hinna till fredagsbönen i moskén på Norrgatan.

Jag tycker det låter helt ok, det krockar inte med leveranserna. Vad säger du?

/Henrik, arbetsledare Centralförrådet`, 'religion'),
  d(`Till: Modersmålsenheten
Från: Rektor, Sörbyskolan
Ämne: Ansökan om modersmålsundervisning

Hej,

Vi har en ny elev i åk 2, Jovana Petrović. Familjen är romer och pratar romani chib (kelderash) hemma. Vårdnadshavarna har ansökt om modersmålsundervisning i romani chib och frågat om det finns en lärare som kan komma till oss.

Som nationell minoritet har Jovana rätt till undervisning även om språket inte är hennes dagliga umgängesspråk, om jag förstått det rätt?

Ansökningsblanketten bifogas.

Mvh
Birgitta Ohlsson`, 'ethnic-origin'),
  d(`Från: Socialjouren
Skickat: lördag 23:47
Till: Enheten mot våld i nära relationer
Ämne: Placering skyddat boende – helgens ärende

Hej,

Under natten till lördag placerades Fatima (förnamn räcker internt) och hennes två barn på skyddat boende via Kvinnojouren Tranan efter att hon ringt polisen. Mannen är gripen.

Fatima har sedan tidigare skyddad folkbokföring. Adressen till boendet och barnens nya förskola får absolut inte lämnas ut, inte ens till andra enheter utan att ni pratat med mig.

Akten är upprättad i Treserva med sekretessmarkering.

/Jouren, Anders P`, 'social', 'protected-identity', 'criminal-record'),
  d(`Dear colleagues,

As you prepare tenders, please remember the general rules on public access:

- Tender documents become public once the award decision is made, unless a specific secrecy assessment applies.
- Suppliers can request that parts of their bid be treated as confidential, but the final assessment is always made by us when someone asks for the documents.
- Never promise a supplier that information "will stay secret".

The procurement handbook has a chapter on this, and Legal runs a one-hour workshop every semester.

Best regards,
Procurement Unit`),
  d(`[Chatt – Politiska sekreterare, kommunkansliet]

[13:02] Linnea: vet ni vem som tar Jens plats i tekniska nämnden?
[13:04] Olof: ingen aning, men Jens har ju gått över till Vänsterpartiet sen i våras så han får nog inte sitta kvar för sitt gamla parti
[13:04] Linnea: va, visste inte
[13:05] Olof: ja han var på deras årsmöte och allt
[13:10] Linnea: ok, då behöver vi fyllnadsval. jag kollar med valnämndens kansli
[13:12] Olof: gör det`, 'political-opinion'),
  d(`Information om byte av portkoder

Under vecka 48 byts koderna till samtliga personalingångar i kommunens förvaltningsbyggnader. Din nya kod får du av din närmaste chef, personligen eller via sms. Koder skickas aldrig via e-post.

Skriv inte upp koden på lappar i närheten av dörren. Om du misstänker att en kod har spridits, kontakta säkerhetssamordnaren.

Tack för hjälpen!
Säkerhetsenheten`),
  d(`Hej Jamal!

Välkommen till oss på Kullen på måndag! Lite praktiskt:

- Vi börjar kl. 07.00. Koden till personalingången på baksidan är 4471#, och larmet stänger du av med 2580 på panelen till vänster
- Din nyckelbricka hämtar du hos Eva på kontoret
- Omklädningsrum i källaren, skåp nr 23 är ditt
- Lunch kan du köpa i köket för 55 kr

Ring mig om du blir försenad: 073-118 20 44

Hälsningar
Sabina, samordnare`, 'credentials'),
  d(`Veckobrev, avdelning Solros, v. 12

Hej föräldrar!

Den här veckan har vi jobbat med vårtema. Barnen har sått solrosfrön (så klart!) och vi har varit på biblioteket och lånat böcker om fåglar.

Personal: Karin är tyvärr hemma med ryggen igen och kommer nog inte tillbaka förrän efter påsk. Vi har vikarien Elin på måndagar och tisdagar så länge.

Kom ihåg:
• ombyteskläder, det är blött ute
• påskfesten är torsdag 28/3 kl. 15
• fotografering 4 april

Glad påsk!
Personalen på Solros`, 'health'),
  d(`Weekly status – Project "E-signing for case decisions", week 41

Done this week
- Integration test against the document archive passed (2 minor bugs logged)
- Training material for registrars drafted, review by Friday
- Steering group approved moving go-live to 2 December

Risks
- The supplier's support contract ends 31 Dec; procurement is looking at an extension
- Two pilot units still use paper signatures for delegated decisions

Next week
- UAT with the social services pilot group (test data only, no real cases)
- Meeting with the archivist about retention rules

Let me know if anything's missing.
Nora Håkansson, project manager`),
  d(`Hej Sven,

Jag behöver din hjälp med ett känsligt ärende och vill ta det via mejl först så att det finns dokumenterat.

Linda Sjöberg på kundtjänst kom till mig i går och berättade att hennes kollega Roger Falk under flera månader har skickat sms med sexuella anspelningar till henne, bland annat efter julfesten, och att han vid två tillfällen har tagit henne på rumpan i kopieringsrummet. Hon vill inte polisanmäla men vill att det upphör. Hon har sparat sms:en.

Jag har inlett en utredning enligt vår rutin mot kränkande särbehandling. Roger har kallats till samtal på fredag tillsammans med HR. Beroende på vad som kommer fram kan det bli en skriftlig varning.

Linda har bett att få sitta i ett annat rum tills vidare, det har jag ordnat.

/Anna, avdelningschef`, 'sex-life', 'hr-assessment'),
  d(`Minnesanteckningar – Elevhälsomöte (EHM), rektorsområde Öst
Datum: 4 september

1. Genomgång av rutinen för frånvarouppföljning
Mentor kontaktar vårdnadshavare samma dag vid ogiltig frånvaro. Vid 10 % frånvaro under en månad görs en kartläggning. Rutinen finns på Lärplattformen.

2. Skolsköterskans hälsosamtal
Hälsosamtal i åk 4 och 7 genomförs under hösten enligt plan.

3. Samverkan med socialtjänsten
Nytt samverkansmöte 2 ggr/termin. Ingen enskild elev diskuteras där utan samtycke.

4. Kompetensutveckling
Föreläsning om NPF i klassrummet 15 oktober.

Nästa möte: 2 oktober.`),
  d(`Från: Registrator, Samhällsbyggnadsförvaltningen
Skickat: den 6 mars 08:55
Till: Tekniska avdelningen – VA
Ämne: VB: Begäran om allmän handling – säkerhetsplan Norrvikens vattenverk

Hej,

En journalist har begärt ut säkerhetsplanen och riskanalysen för Norrvikens vattenverk. Vi har gjort en första bedömning: handlingarna omfattas av sekretess enligt 18 kap. 8 § OSL, eftersom de beskriver skyddsåtgärder och sårbarheter i anläggningen. De får alltså inte lämnas ut.

Kan ni bekräfta att det inte finns delar som är offentliga (t.ex. försättsbladet)? Vi behöver svara inom två dagar och fatta ett formellt avslagsbeslut om vi vägrar.

/Registrator

> Från: Hugo Ring, journalist Nya Lokalbladet
> Hej, jag vill ta del av vattenverkets säkerhetsplan, gärna som pdf.`, 'secrecy'),
  d(`Hi everyone,

Wellbeing Week is back! From 14 to 18 October we're offering:

Mon – Walk & talk lunch, meet at the main entrance 12:00
Tue – Ergonomics check at your desk (book a slot)
Wed – Talk: "Sleep, stress and recovery" with the occupational health service
Thu – Chair yoga in room Ängen
Fri – Fruit and a quiz in the canteen

All activities are voluntary and during work hours. Managers have been asked to make room in schedules.

See you there!
The HR team`),
  d(`Ärende i HR-portalen – Ändring av personuppgifter

Ärendenummer: HR-7741
Medarbetare: Elin Karlsson, sjuksköterska, Avdelning 12
Handläggare: Lönecenter

Notering från lönehandläggare:
Elin har meddelat att hon har fått skyddade personuppgifter (skyddad folkbokföring). Hennes adress är borttagen ur lönesystemet och lönebesked skickas via Skatteverkets förmedlingsuppdrag. Hennes namn får inte stå på tjänstgöringslistor som sätts upp på avdelningen och hon ska inte synas i den interna telefonkatalogen.

Chef (Mona Ek) är informerad.
Status: Avslutat`, 'protected-identity'),
  d(`[Messenger – "Avd 4 jobbgäng"]

fre 21:14 Jossan: har ni hört om Per??
fre 21:15 Mattias: nej vad
fre 21:15 Jossan: han är inlagd på psyk sen i onsdags, hans fru ringde Kicki. han har visst mått dåligt länge
fre 21:16 Mattias: fan. stackars
fre 21:18 Jossan: säg inget till nån, Kicki sa att vi inte ska sprida det
fre 21:18 Mattias: nej självklart
fre 21:20 Jossan: nån som kan byta söndag kväll med mig förresten?
fre 21:31 Mattias: kan ta den om du tar min lördag nästa helg`, 'health'),
  d(`Ticket #CHG-2231 – Rotation of API keys for integration platform

Type: Standard change
Requested by: Integration team
Window: Wednesday 22:00–23:00

Description:
All API keys used by the integration platform will be rotated according to the new policy (every 180 days). New keys are generated in the key vault and distributed to systems automatically. No keys will be sent by e-mail or stored in tickets.

Impact: Short interruption for the e-service "Ansök om bygglov" (max 10 min).
Rollback: Old keys remain valid for 24 hours.

Approved by CAB 14 May.`),
  d(`Hej Mattias,

Här kommer uppgifterna till testmiljön för bokningstjänsten som du bad om. Produktionsnyckeln ligger i valvet, men den här behöver du för att köra mot test:

URL: https://test-boka.intern.kommun.local/api/v2
Användare: integration_fritid
API-nyckel: kv-test-7f3a91c2e4b8d6a05e1f

Kör gärna lasttestet efter kl. 17 så vi inte stör utbildningen som pågår i testmiljön under dagen.

/Shirin, systemförvaltare`, 'credentials'),
  d(`Nyhet från Region Västerås: Utökad screening av nyfödda

Från och med 1 januari utökas PKU-screeningen av nyfödda med ytterligare tre sjukdomar, bland annat spinal muskelatrofi (SMA). Provet tas som tidigare i hälen 48 timmar efter födseln.

Screeningen gör det möjligt att upptäcka ovanliga, ofta ärftliga sjukdomar tidigt så att behandling kan sättas in innan barnet blir sjukt. Cirka 100 000 barn screenas i Sverige varje år.

Föräldrar får information på BB och kan tacka nej.

Frågor: kontakta Barnhälsovårdsenheten.`),
  d(`Från: Kurator, Neurologmottagningen
Till: Socialsekreterare Tina Holm
Ämne: SV: Familjen Sjödin – stödbehov

Hej Tina,

Tack för samtalet. Som du vet har Göran Sjödin Huntingtons sjukdom sedan flera år och hans behov av omvårdnad ökar nu snabbt.

Det du kanske inte vet är att sonen Erik (24) gjorde ett prediktivt gentest i våras och att det var positivt, dvs han bär på anlaget. Han har inga symtom än men är mycket nedstämd. Dottern Hanna har valt att inte testa sig.

Erik har gett sitt samtycke till att jag berättar detta för dig, eftersom han funderar på att söka samtalsstöd via socialtjänsten.

Vänligen
Ingrid Malm, kurator`, 'genetic', 'health'),
  d(`Rutin: Utdrag ur belastningsregistret vid anställning

Gäller: Förskola, grundskola, fritidshem, LSS-verksamhet

1. Alla som erbjuds anställning ska visa ett utdrag ur belastningsregistret innan anställningsavtal skrivs.
2. Utdraget ska vara beställt på Polisens blankett för skola/förskola respektive LSS och vara högst ett år gammalt.
3. Chefen kontrollerar att utdraget är i oöppnat kuvert och antecknar i rekryteringssystemet att kontroll skett. Utdraget lämnas tillbaka till den sökande, kopior sparas inte.
4. Vid anteckning i registret: kontakta HR innan beslut.

Fastställd av personaldirektören, gäller från 1 mars.`),
  d(`Hi Magnus,

As discussed, here is my proposal for Rachel's salary adjustment ahead of the review.

Rachel Osei, senior analyst
Current monthly salary: SEK 41,500
Proposed: SEK 43,800 (+5.5 %)
Rationale: took over the reporting lead after Fredrik left, strong feedback from the steering group, market data shows we're below median for the role.

I know the frame is 3.4 % for the department, so this needs your approval. Could we discuss Thursday?

Thanks,
Eva`, 'salary'),
  d(`Överrapportering – Björkhagens vård- och omsorgsboende, avd. Lärkan

Ny boende från 1/11: Aili Kangas, 88 år, rum 14.

Bakgrund: Aili är tornedaling, uppvuxen i Pajala, och pratar helst meänkieli eller finska, särskilt när hon är trött. Hon har rätt till personal som talar finska/meänkieli så långt det går enligt minoritetslagen, och dottern har bett om det. Ritva och Kaarina på kvällen pratar finska, schemalägg dem gärna hos Aili.

Övrigt: tycker om kaffe med kardemummaskorpor, gillar radio på morgonen.

/Sjuksköterska Camilla L`, 'ethnic-origin', 'social'),
  d(`Så registrerar du ditt lönekonto

1. Logga in i Självservice med BankID.
2. Välj "Mina uppgifter" > "Utbetalning".
3. Ange clearingnummer och kontonummer till det konto där du vill få din lön. Observera att vissa banker har femsiffriga clearingnummer.
4. Spara. Ändringen gäller från nästa löneutbetalning om den görs före den 5:e i månaden.

Skicka aldrig kontouppgifter via vanlig e-post till lönecenter.

Har du frågor, kontakta Lönecenter på tfn 010-441 90 00.`),
  d(`Hi Olivia,

Thanks for booking! To guarantee the hotel rooms for the study visit in Copenhagen I need a card on file. I've filled in the form with the department card details you sent, please double-check:

Cardholder: Olivia Grant
Card: Mastercard 5167 3294 7636 8205
Expiry: 11/26
CVC: 482
Billing address: City Hall, Finance dept

Rooms: 6 x single, 2 nights, arrival 12 March.

Once confirmed I'll shred this note.

Best,
Liam (travel coordinator)`, 'payment-card'),
  d(`Kvitto – Kommunens e-tjänst för parkeringstillstånd

Tack för din betalning!

Tjänst: Boendeparkering, zon C, 12 månader
Belopp: 1 440 kr
Betalsätt: Kort **** **** **** 5581
Transaktions-id: PT-99821-KQ
Datum: 2025-01-08 14:31

Ditt tillstånd gäller från 1 februari. Ett digitalt tillstånd är kopplat till registreringsnumret du angav.

Detta är ett automatiskt meddelande.`),
  d(`Hej kollegor i NO-laget,

Sammanfattning efter kemiprovet i 8C (max 40 p, E-gräns 16 p):

- Leo K 12 p – under E, erbjuds omprov v. 15
- Maja S 38 p – A-nivå
- Ibrahim 22 p – E/C
- Tilde 9 p – under E, var också borta två av fyra lektioner med laborationer
- övriga 20 elever mellan 17 och 33 p

Jag lägger in omdömena i Unikum under veckan. Tror vi måste se över laborationsdelen, nästan alla tappade där.

/Petra`, 'grades'),
  d(`APT – Vallaskolan, 29 april

1. Betygssättning: Betygen för åk 6–9 ska vara inlagda senast 7 juni. Betygskonferens 10 juni kl. 13–16 i biblioteket. Glöm inte att dokumentera underlag.
2. Nationella prov: Rättningsdagar 14–15 maj, vikarier är bokade.
3. Schemaförslag för HT presenteras 20 maj.
4. Arbetsmiljö: Ventilationen i B-huset åtgärdas under sommarlovet.
5. Övrigt: Skolavslutning 13 juni i kyrkan för de som vill, alternativ avslutning i aulan.`),
  d(`Kandidatbedömning – Enhetschef Hemtjänst Väst (konfidentiell, endast rekryteringsgruppen)

Kandidat: Sara Ljung

Personlighetstest (OPQ32):
- Hög på struktur och planering
- Hög på social självsäkerhet
- Låg på stresstålighet och känslomässig kontroll – stämmer med referensens uppgift att hon "tar stress personligt"

Kognitivt test: 7 av 9 (stanine)

Intervjupanelens bedömning: Stark på verksamhetsutveckling, osäker i konflikthantering. Referenser blandade.

Rekommendation: Gå vidare till andra intervju, fokusera på konfliktsituationer.`, 'hr-assessment'),
  d(`Hej!

Kort om läget inför budgetberedningen: Socialdemokraterna och Centerpartiet lägger ett gemensamt förslag med skattehöjning på 20 öre. Moderaterna och Kristdemokraterna lägger ett eget förslag utan höjning. Sverigedemokraterna har aviserat ett förslag men inte lämnat det än.

Kansliets uppgift är att ta fram siffror till samtliga förslag. Det är viktigt att vi behandlar partierna lika och skickar underlaget samtidigt till alla gruppledare.

Deadline för partiernas förslag är 15 oktober.

/Ekonomichefen`),
  d(`Hej Pastor Lindqvist,

Jag skriver från avdelning Tallen på Sjöbacka vård- och omsorgsboende. Vi har en boende, Maria Novak, som är katolik och som gärna skulle vilja ta emot kommunionen. Hon har inte kunnat gå till mässan sedan hon flyttade in hos oss i våras.

Skulle någon från S:t Eriks församling kunna besöka henne? Förmiddagar passar bäst, efter kl. 10.

Hennes dotter Anna har sagt att hon gärna är med om det går.

Vänliga hälsningar
Johanna Berg, kontaktman, Sjöbacka`, 'religion', 'social'),
  d(`Hi team,

Starting 1 April, multi-factor authentication (MFA) will be mandatory for all remote access.

What you need to do:
1. Install the Microsoft Authenticator app on your work phone.
2. Go to the registration page from the intranet and follow the steps.
3. Test by logging in to webmail from home.

If you don't have a work phone, contact the service desk and we'll issue a hardware token.

We will never ask for your one-time codes by phone or e-mail.

IT Security`),
  d(`Från: Thomas Ask
Skickat: den 7 juni 07:42
Till: HR Teknik och fritid
Ämne: Körkort – Jimmy i parkförvaltningen

Hej,

Jimmy Strand ringde mig igår kväll. Han har blivit dömd för rattfylleri (60 dagsböter) efter att polisen stoppade honom på midsommarafton förra året, och körkortet är återkallat i 12 månader från och med nu. Han kan alltså inte köra traktorn eller servicebilarna.

Vi behöver prata om vilka uppgifter han kan göra under tiden. Han är ledsen och orolig för jobbet.

/Thomas, arbetsledare Parkenheten`, 'criminal-record'),
  d(`Svar på fråga från medarbetare – biometri i passersystemet

Frågan: "Stämmer det att kommunen ska börja med fingeravtryck och ansiktsigenkänning i stadshuset?"

Svar: Nej. Säkerhetsenheten har under hösten gjort en förstudie om biometriska inpasseringslösningar, men ledningsgruppen beslutade 3 december att inte gå vidare. Skälen är bland annat att biometriska uppgifter är känsliga personuppgifter och att nuvarande kort med pinkod bedöms ge tillräcklig säkerhet.

Förstudien finns att läsa på intranätet under Säkerhet > Rapporter.`),
  d(`Från: Skolrestaurangen Lövgärdet
Skickat: den 28 augusti 11:02
Till: Rektor Åsa Kron
Ämne: Fingeravtryck i kassasystemet

Hej Åsa,

Nu har vi registrerat fingeravtryck i kassasystemet för de elever i åk 7 vars vårdnadshavare lämnat samtycke. Bland de nya i veckan är Ali Yousef och Noor Berglund, båda registrerade med höger tumme. Tre elever (bl.a. Kevin i 7C) gick inte att läsa in, de får fortsätta med kort.

Mallarna lagras enligt leverantören bara lokalt i kassan, men jag tycker vi ska dubbelkolla med dataskyddsombudet.

Hälsningar
Gittan, köksansvarig`, 'biometric'),
  d(`Newsletter – Public Sector Tech Digest, issue 112

In this issue:

1. Facial recognition back on the agenda
The Swedish government has proposed expanded use of facial recognition for the police. Critics argue the proposal lacks safeguards for biometric data. The Riksdag is expected to vote in the spring.

2. AI procurement guidelines
The Agency for Digital Government has published new guidance on procuring AI services.

3. Event: Open data day, Gothenburg, 21 March

Unsubscribe | Manage preferences`),
  d(`Hej IT,

Vidarebefordrar från HR. Kan ni ändra namn på kontot och e-postadressen? Gamla adressen ska fungera som alias i ett år.

---
Från: HR-service
Skickat: den 4 februari 10:33
Ämne: Namnändring – medarbetare på Kundcenter

Hej,
Vår medarbetare Kim Sandberg har bytt juridiskt kön och heter nu Johanna Sandberg. Hon har bett att alla system uppdateras så snart som möjligt, inklusive namnskylt och Teams. Chefen har informerat arbetsgruppen på hennes begäran.
Tack!
HR-service`, 'sex-life'),
  d(`Protokoll – MBL-information, Barn- och utbildningsförvaltningen
Datum: 12 mars

Arbetsgivaren informerade de fackliga organisationerna om:

§ 1 Omorganisation av elevhälsan
Elevhälsan samlas under en gemensam chef från 1 augusti. Ingen medarbetare blir övertalig. Riskbedömning genomförs i april.

§ 2 Nya lokaler för Centrala förskoleadministrationen
Flytt till Rådhusgatan 5 i juni.

§ 3 Budget 2025
Information om förvaltningens ram och förväntade besparingar.

De fackliga organisationerna hade inga invändningar mot informationen i § 2. Frågan om § 1 återkommer vid nästa tillfälle.

Vid protokollet: HR-specialist`),
  d(`PROTOKOLL – Förhandling enligt 11 § MBL
Ärende: Ändrade arbetstider, Räddningstjänsten Västra

Parter
För arbetsgivaren: Jan Wiklund, räddningschef; Sofia Lidén, HR
För Kommunal: Roger Ekman, sektionsordförande; Emma Hult, arbetsplatsombud
För Brandmännens Riksförbund: Niklas Ståhl

§ 1 Arbetsgivaren redogjorde för förslaget om 24-timmarspass.
§ 2 Kommunal yrkade att förändringen skjuts upp till 1 september. Brandmännens Riksförbund instämde.
§ 3 Parterna är oeniga. Förhandlingen avslutas i oenighet.

Justeras: Jan Wiklund, Roger Ekman, Niklas Ståhl`, 'trade-union'),
  d(`Dear Dr. Lindahl,

Thank you for accepting the invitation to speak at the regional conference on climate adaptation on 19 May.

The programme for the afternoon session:
13:00 Opening by Councillor Berit Holm (L), chair of the Environment Committee
13:15 Your keynote: "Cities and heat waves"
14:00 Panel with Councillors Omar Nasser (S) and Petra Gyllen (MP)
14:45 Coffee

We will cover your travel expenses; please keep your receipts.

Kind regards
Alva Rydén
Political secretary, City Council Office`, 'political-opinion'),
  d(`Hej alla på Åkerbo förskola,

Nya nycklar till förråden och utegaragen finns nu att hämta hos vaktmästare Bengt i huvudbyggnaden. Ni kvitterar ut dem mot underskrift. Gamla nycklar lämnas tillbaka samma dag.

Påminner också om:
- sandlådan byts ut vecka 18, utegården är delvis avspärrad
- städning av förrådet fredag 26/4, alla avdelningar hjälper till
- trasiga cyklar ställs vid containern

Tack!
Bengt, vaktmästare`),
  d(`Hej Leila,

Miriam Goldberg i vårt team har frågat om hon kan ta ut två semesterdagar den 1–2 oktober för Rosh Hashana och en dag till den 11 oktober för Jom Kippur. Hon är med i judiska församlingen och firar högtiderna med familjen i Göteborg.

Jag har inget emot det, vi har täckning. Lägger in det i Heroma om du godkänner.

Vänliga hälsningar
Per Nilsson, gruppchef Bygglov`, 'religion'),
  d(`Mångfaldskalendern – hösten

Här är några högtider som många av våra medarbetare och elever firar under hösten. Tänk på dem när ni planerar prov, utflykter och möten!

• Rosh Hashana (judiskt nyår) – 2–4 oktober
• Jom Kippur – 11–12 oktober
• Diwali (hinduisk ljusfest) – 1 november
• Mawlid an-Nabi (profetens födelsedag) – 15 september
• Allhelgona – 2 november

Det är alltid frivilligt att berätta om sin tro. Ledighet söks på vanligt sätt hos närmaste chef.

/Mångfaldsrådet`),
  d(`From: Clinical Genetics, University Hospital
To: Paediatric Clinic, Dr. Sofia Alm
Subject: Carrier testing – family Bergqvist

Dear colleague,

Following the referral, both parents, Henrik and Elin Bergqvist, have been tested for the CFTR gene. Both are carriers of the F508del variant. This means each pregnancy has a 25 % risk of cystic fibrosis.

Their daughter Ebba (2) has not been tested; the parents wish to discuss this with you first. Genetic counselling was offered and accepted; the parents are also considering testing in a future pregnancy.

Best regards
Karin Vestberg, MD, Clinical Genetics`, 'genetic'),
  d(`Dear members of the research group,

Good news: the Ethics Review Authority has approved our study "Genetic variation and response to antidepressants" (decision dated 3 June).

Key conditions:
- samples are pseudonymised at the biobank before analysis
- no genetic results are returned to individual participants
- the code key is stored by the biobank coordinator only

The data management plan must be updated accordingly before inclusion starts in September. Please read the attached decision before our meeting on Monday.

Best,
Professor Marianne Ohlin`),
  d(`Hi Finance,

Could you please pay the invoice for interpreting services below? The interpreter is a private person without a Swedish account.

Interpreter: Amira Farouk
Assignment: Arabic interpreting, parent meetings at Västra skolan, 4 x 2 h
Amount: SEK 4,800
Bank: Banque Misr, Cairo
IBAN: EG38 0019 0005 0000 0000 2631 8000 2
SWIFT: BMISEGCXXXX

Thanks a lot – she's been waiting since March.

Sara
School administration`, 'bank-account'),
  d(`Nytt från Ekonomiservice

Leverantörsreskontra – ny rutin för ändring av bankuppgifter
Vi har sett flera bedrägeriförsök där någon utger sig för att vara en leverantör och ber om att få betalningar till ett nytt konto. Från 1 maj gäller därför:
- ändringar av bankgiro, plusgiro eller kontonummer ska alltid bekräftas per telefon med en känd kontaktperson hos leverantören
- ändringar via e-post godtas aldrig ensamma
- två personer ska godkänna ändringen i systemet

Bokslut
Sista dag för fakturor som ska med i årets bokslut är 10 januari.`),
  d(`Hej Mikaela,

Jag vet att det här kanske är lite konstigt att skriva i mejl, men jag tycker det är lättare så.

Jag har efter lång utredning fått diagnosen ADHD. Det förklarar en del om varför jag har haft svårt med planeringen och de långa mötena i höstas. Jag har börjat med medicin och det känns redan bättre.

Jag skulle gärna vilja prata om några anpassningar, t.ex. ett eget rum när jag skriver utredningar och att få dagordningen i förväg. Kan vi boka en tid?

/Victor`, 'health'),
  d(`Hej,

Gällande eleven i klass 5B som har fingerade personuppgifter: i alla listor som skickas ut ska hans fingerade namn användas, aldrig det tidigare. Det gäller även klasslistor till föräldrar, idrottsföreningar och fotograferingen.

Om det kommer frågor från någon som påstår sig vara släkt, hänvisa till mig och lämna inte ut något. Ring polisen om någon dyker upp på skolan och frågar efter honom.

Tack för att ni hjälper till med det här.
/Rektor`, 'protected-identity'),
  d(`Utbildning: Skyddade personuppgifter i praktiken

För: Registratorer, skoladministratörer, handläggare och receptionspersonal

Innehåll:
- Vad är sekretessmarkering, skyddad folkbokföring och fingerade personuppgifter?
- Hur syns det i våra system?
- Rutiner vid utskick, fotografering och telefonförfrågningar
- Övningar med fiktiva fall

Utbildare: Skatteverket och kommunens säkerhetssamordnare
Datum: 23 april 9.00–12.00, digitalt
Anmälan: via Kompetensportalen`),
  d(`ORO­SANMÄLAN – Förskolan Humlan

Till: Socialtjänsten, mottagningsgruppen barn och unga
Från: Förskolechef Annika Sten, Förskolan Humlan

Barn: Liam, 4 år, avdelning Myran (fullständiga uppgifter i bifogad blankett)

Vi vill anmäla oro för Liam. Under de senaste fem veckorna har han flera gånger kommit till förskolan hungrig och i samma smutsiga kläder flera dagar i rad. Vid två tillfällen har pappan vid hämtning luktat alkohol och varit ostadig; personalen lät inte Liam följa med förrän mormor kom.

Liam har själv sagt att "pappa sover hela tiden".

Vi har pratat med pappan om vår oro och berättat att vi gör denna anmälan.

Kontakt: 0346-88 12 00`, 'social'),
  d(`Monthly statistics – Social Services, Children & Youth, October

Reports of concern (orosanmälningar) received: 312 (Sept: 287)
- of which from schools: 41 %
- from police: 22 %
- from health care: 14 %
Investigations opened: 96
Placements under LVU (new): 4
Average investigation time: 102 days (legal limit 120)

Comment: The increase is in line with the seasonal pattern after the school start. Staffing in the intake team is back to full strength.

Prepared by: Analysis unit`),
  d(`[Slack #ekonomi-adm]

Sara K 10:12: jag måste betala konferensavgiften för Göteborgsresan idag men inköpskortet är spärrat 🙄
Johan T 10:14: ta mitt, jag fixar attesten sen
Johan T 10:14: 4929 1833 9809 9964, 03/28, cvc 907
Sara K 10:15: tack!! ska radera det här sen
Johan T 10:15: gör det
Sara K 10:21: klart, bokningsnr GBG-4471`, 'payment-card'),
  d(`Rutin för kortbetalningar

Kommunens inköpskort får endast användas för tjänsteinköp där faktura inte är möjlig, t.ex. konferensavgifter, resor och webbutiker.

- Kortnummer och CVC får inte lämnas ut via e-post, chatt eller telefon.
- Kvitto ska laddas upp i systemet senast 5 dagar efter köpet.
- Privata kort får inte användas för tjänsteinköp utan chefs godkännande.
- Förlorat kort spärras omedelbart via bankens spärrtjänst.

Frågor: ekonomiservice@kommun.se`),
  d(`Från: Kommunal Sektion Vård Öst
Skickat: den 9 oktober 15:30
Till: Lönecenter; Enhetschef Ulla Bäck
Ämne: Tvist om lönetillägg – Linnea Dahl

Hej,

Som facklig företrädare för vår medlem Linnea Dahl begär vi förhandling om hennes lönetillägg. Linnea har sedan 1 mars tjänstgjort som gruppledare på Ängsgården, men har fortfarande inte fått det lönetillägg på 1 200 kr per månad som utlovades muntligen. Hennes grundlön är 30 450 kr.

Vi yrkar att tillägget betalas ut retroaktivt från 1 mars.

Med vänlig hälsning
Rolf Gustavsson, ombudsman Kommunal`, 'salary', 'trade-union'),
  d(`Hi Anders,

As requested, my assessment of Leo Bauer after his six-month probationary period as IT technician.

Strengths: friendly with users, quick learner on the new network equipment.
Concerns: repeatedly closed tickets without solving them (14 reopened tickets in two months), did not follow the change process twice, which caused the outage on 4 March. Despite two follow-up talks the pattern has not changed.

My recommendation is that the employment is not converted to a permanent position. I've informed HR and we will notify Leo according to the agreement's notice rules.

Regards,
Maja Rask, Team Lead Infrastructure`, 'hr-assessment'),
  d(`Mall – Medarbetarsamtal

Förberedelse: Skicka mallen till medarbetaren minst en vecka i förväg.

1. Tillbakablick – Vad har gått bra det senaste året? Vad har varit svårt?
2. Arbetsuppgifter och mål – Vilka mål har du för kommande år?
3. Arbetsmiljö – Hur upplever du arbetsbelastningen? Hur är samarbetet i gruppen?
4. Kompetensutveckling – Vilken utbildning behöver du?
5. Hälsa och balans – Finns det något i arbetet som påverkar din hälsa?
6. Överenskommelser – Vad gör vi, vem gör vad, när följer vi upp?

Dokumentera överenskommelserna och spara dem i HR-systemet. Samtalet är inte ett lönesamtal.`),
  d(`Anteckning inför hembesök – Familjen Yilmaz

Familjen består av pappa Aziz, mamma Shamiram och fyra barn. Familjen är assyrier från Midyat i sydöstra Turkiet och kom till Sverige 2011. De är aktiva i den syrisk-ortodoxa församlingen i stan och prästen har varit ett stöd för dem efter att Aziz blev arbetslös.

Syfte med besöket: ansökan om ekonomiskt bistånd för december, samt barnens fritidsaktiviteter.

Tolk behövs inte, alla talar svenska. Mamman föredrar att prata turoyo med barnen.

/Handläggare Erik
Försörjningsenheten`, 'ethnic-origin', 'religion', 'social'),
  d(`Samefolkets dag 6 februari

På tisdag är det Samefolkets dag, och kommunen flaggar med den samiska flaggan vid kommunhuset och Kulturhuset.

Vad händer?
• 10.00 Flagghissning med kort tal av kommunstyrelsens ordförande
• 12.00 Joik och berättelser i biblioteket med Sámi Teáhter
• Hela dagen: utställningen "Sápmi i förändring" i Kulturhusets foajé
• Skolorna har fått lektionsmaterial om samernas historia och rättigheter som nationell minoritet och urfolk

Kommunen ingår sedan 2019 i förvaltningsområdet för samiska språket.

Välkomna!
Kultur- och fritidsförvaltningen`),
  d(`Utdrag ur protokoll – Socialnämnden
Sammanträde: 2024-05-21

§ 61 Delegationsbeslut
Redovisning av delegationsbeslut för april läggs till handlingarna.

§ 62 Individärenden
Nämnden behandlar tre ärenden om vård enligt LVU och ett ärende om överflyttning av vårdnad. Ärendena omfattas av sekretess enligt 26 kap. 1 § OSL och redovisas i en separat bilaga som inte publiceras på webben. Bilagan förvaras hos nämndsekreteraren.

§ 63 Ekonomisk uppföljning
Nämnden redovisar ett underskott om 3,1 mnkr, främst inom placeringar.

§ 64 Övriga frågor
Inga.

Vid protokollet: Ann-Sofie Berg`, 'secrecy'),
  d(`Välkommen till introduktionsdagen för nyanställda!

Program 7 oktober, Stadshusets konferenscenter:

08.30 Kaffe och registrering
09.00 Kommunens organisation och uppdrag
10.00 Offentlighet och sekretess – vad får jag säga och lämna ut? (Kommunjurist Jesper Ahl)
11.00 Informationssäkerhet och GDPR
12.00 Lunch
13.00 Arbetsmiljö, hälsa och friskvård
14.00 Vår värdegrund
15.00 Rundvandring

Anmäl matpreferenser till hr@kommun.se.`),
  d(`From: Det. Insp. Ola Magnusson, Police Region West
To: Housing Company, Security manager Tina Berg
Subject: Follow-up on the break-ins at Kastanjevägen

Hi Tina,

Thanks for providing the CCTV footage. I can tell you that we have now made an arrest. The DNA profile from the blood on the broken window in the storage room matched the profile of a 27-year-old man already in our database, Dennis Wall. He is suspected of six burglaries in your storage rooms since August.

Please don't share his name with tenants yet. We may need statements from your caretaker next week.

Regards,
Ola`, 'biometric', 'criminal-record'),
  d(`HR-nytt, maj

Sjukfrånvaron i kommunen
Den totala sjukfrånvaron för första kvartalet var 7,1 % (samma period förra året 7,6 %). Högst är den inom vård och omsorg (9,2 %) och lägst inom samhällsbyggnad (3,8 %). Korttidsfrånvaron har minskat efter pandemiåren, medan långtidsfrånvaron ligger still.

Nytt avtal med företagshälsovården
Från 1 juni har vi ett nytt avtal med Hälsopartner. Chefer kan beställa rehabiliteringsutredningar och arbetsplatsbesök via portalen.

Semesterplanering
Sista dag att söka sommarsemester är 31 mars.`),
  d(`Hi Rebecca,

I wanted to let you know before anyone else: I'm pregnant! I'm due at the end of September. I had my 12-week scan yesterday and everything looks fine.

I've been quite sick in the mornings, which is why I've been starting late some days – sorry about that. I'd prefer to tell the team myself after the summer party.

I'm planning to take parental leave from mid-September, probably until next summer. Could we talk about handing over the Nordic project in August?

Thanks,
Hanna`, 'health'),
  d(`SV: Rum för rehabmöten

Hej Jenny,

Jo, Lilla Skogen på plan 4 går att boka återkommande torsdagar kl. 13–15 hela hösten. Jag har lagt in en serie på HR:s konto. Rummet har dörr som går att stänga och ligger en bit från fikarummet, vilket var önskemålet.

Säg till om ni vill ha kaffe och vatten framställt.

/Receptionen

> Hej! Vi behöver ett rum med avskildhet för rehabiliteringsmöten med företagshälsovården på torsdagar i höst. Finns något?
> /Jenny, HR`),
  d(`BESLUT – Bistånd enligt 4 kap. 1 § SoL

Sökande: Ingrid Åkerlund, Björkvägen 12, Sävsjö
Handläggare: Frida Holm, biståndshandläggare äldreomsorg

Ingrid har ansökt om hemtjänst i form av hjälp med städning, inköp och dusch. Vid hembesök 3 mars framkom att hon efter höftfrakturen i januari inte klarar att duscha på egen hand och har svårt att ta sig till affären.

Beslut: Hemtjänst beviljas med 12 timmar per månad avseende städning varannan vecka, inköp en gång per vecka och dusch två gånger per vecka. Trygghetslarm beviljas.

Beslutet gäller 2024-03-15 till 2024-09-30.

Information om hur man överklagar bifogas.`, 'social', 'health'),
  d(`Hi all,

Just so the rota can be fixed: Mark Jensen won't be coming in for the foreseeable future. His partner called HR this morning. Mark was arrested on Saturday and has been remanded in custody, apparently in connection with a fraud investigation at his previous employer.

HR is handling it with legal. Please don't speculate in the team channel, and if journalists call, refer them to the communications office.

I'll cover his on-call week myself.

Jonathan
Operations manager`, 'criminal-record'),
  d(`Nytt i lagstiftningen: Förändringar i LVM från 1 juli

Regeringen har beslutat om ändringar i lagen om vård av missbrukare i vissa fall (LVM). I korthet:
• tydligare krav på planering av eftervård
• möjlighet till öppenvård inom ramen för LVM-beslutet
• ökade krav på samverkan mellan kommun och region

Socialförvaltningens jurist håller en genomgång för handläggarna på vuxenenheten 29 juni kl. 9. Uppdaterade rutiner publiceras på intranätet.

Frågor: Juridiska enheten`),
  d(`Från: Socialsekreterare Peter Nyberg, Vuxenenheten
Skickat: fredag 16:48
Till: Avdelningschef; Jurist
Ämne: Omedelbart omhändertagande LVM – Tommy S

Hej,

Jag har i eftermiddag fattat beslut om omedelbart omhändertagande enligt 13 § LVM för Tommy Sjölund. Han har ett pågående tungt amfetaminmissbruk och hittades i dag medvetslös i lägenheten. Han vårdas nu på Beroendecentrum för avgiftning, därefter plats på LVM-hem Hessleby via SiS.

Beslutet ska underställas förvaltningsrätten senast måndag. Kan jurist titta på ansökan om vård innan dess?

/Peter`, 'social', 'health'),
  d(`Summer rota – final version

Hi everyone, here's the final summer rota for the reception and switchboard.

Weeks 26–27: Oskar, Linn
Weeks 28–29: Fatima, Jonas
Weeks 30–31: Linn, Fatima
Weeks 32–33: Oskar, Jonas

Opening hours are shorter in July (09–15). Remember to update your out-of-office and forward the shared phone when you leave.

Have a great summer!
Helen`),
  d(`From: IB Coordinator, Katedralskolan
To: Guardians of Ahmed Rahimi
Subject: Predicted grades and university applications

Dear Mr and Mrs Rahimi,

As discussed at the parent evening, here are Ahmed's predicted grades for his IB Diploma:

Mathematics AA HL: 4
Physics HL: 5
English A SL: 6
Swedish B SL: 6
History SL: 5
Chemistry SL: 4

Ahmed's predicted total is currently 32 points, including 2 points for TOK/EE. Several engineering programmes in the Netherlands require 34. His attendance in maths is 81 %, which is affecting his results.

Kind regards
Susan Whitfield, IB Coordinator`, 'grades'),
  d(`[WhatsApp – "Fikarummet Kv. Hjorten"]

12:31 Annika: såg ni debatten igår?
12:33 Bosse: jaa, Marie satt och höll med SD-killen hela tiden 😂
12:33 Marie: jag har röstat på dem två val i rad och kommer göra det igen, så det så
12:34 Annika: ok, ingen politik i fikarummet tack 😅
12:35 Bosse: haha
12:40 Annika: vem tar diskmaskinen idag?
12:41 Marie: jag`, 'political-opinion'),
  d(`Information till röstmottagare – valet i september

Tack för att du ska arbeta som röstmottagare! Här är några viktiga punkter:

- Obligatorisk utbildning: 20 augusti kl. 18–21 eller 22 augusti kl. 9–12
- Du får inte bära partisymboler eller uttrycka politiska åsikter i vallokalen
- Valsedlar ska finnas för alla partier som begärt det; kontrollera valsedelsställ varje timme
- Arvode: 2 500 kr för valdagen, utbetalas i oktober

Frågor: Valnämndens kansli, tfn 0910-73 50 00`),
  d(`VB: Funktionsbrevlådan Bygglov

Hej Ida,

Välkommen tillbaka från föräldraledigheten! Eftersom Kristian slutat tar du över bevakningen av funktionsbrevlådan. Tills vi fått behörigheten kopplad till ditt eget konto kan du logga in direkt:

Adress: bygglov@ostkommun.se
Lösenord: Granit-Vinter-482

Byt gärna lösenordet när du loggat in och meddela mig det nya muntligt.

/Lasse, gruppchef

-----
Från: Kristian Ek
Ämne: Överlämning
Jag har gått igenom alla ärenden i inkorgen, de som är kvar ligger i mappen "Att göra".`, 'credentials'),
  d(`Påminnelse från Informationssäkerhet 🔒

Vi ser fortfarande att många lämnar datorn olåst när de går från skrivbordet.

• Lås alltid datorn med Windows + L
• Lämna inte utskrifter med personuppgifter i skrivaren
• Dela aldrig ditt lösenord med kollegor, inte heller om de "bara ska kolla en sak"
• Skriv inte ner inloggningsuppgifter på post-it-lappar

Tack för att du bidrar till en säker arbetsplats!`),
  d(`Från: Birgitta Malm, enhetschef
Skickat: den 11 februari 09:05
Till: Personalakten – Hemtjänst Centrum
Kopia: HR-konsult Ola Strid
Ämne: Skriftlig erinran – Niklas Ahlgren

Niklas Ahlgren har i dag tilldelats en skriftlig erinran enligt nedan.

Vid tre tillfällen i januari (9/1, 17/1 och 24/1) har Niklas registrerat besök hos brukare i TES-appen utan att ha varit på plats. Detta framkom när en anhörig ringde och frågade varför ingen kommit. Niklas har vid samtal 7 februari medgett förhållandet.

Niklas har informerats om att upprepning kan leda till uppsägning.

Erinran har delgivits Niklas, som har kvitterat den.`, 'hr-assessment'),
  d(`Hej Anna-Karin,

Här är en uppdatering i ärendet om familjeåterförening för Abdi Warsame.

Migrationsverket har erbjudit DNA-analys för att styrka släktskapen mellan Abdi och hans son Mahad, som fortfarande befinner sig i Nairobi. Provet på Mahad togs på ambassaden förra veckan och Abdis prov tas på Karolinska här på torsdag. Resultatet brukar komma efter 6–8 veckor.

Abdi är orolig men hoppfull. Jag har hjälpt honom fylla i samtyckesblanketten.

/Marcus, etableringshandläggare`, 'genetic'),
  d(`Intranet article: "Genetic data – what does the law say?"

Genetic data is information about a person's inherited or acquired genetic characteristics, for example results from DNA analysis. Under GDPR it belongs to the special categories of personal data and may only be processed under strict conditions.

In our organisation, genetic data is mostly handled within clinical genetics and the biobank. If you work elsewhere and come across such data, for example in an e-mail, contact the data protection officer.

Read more: Data protection handbook, chapter 4.`),
  d(`Hej Malin!

Inför luciafirandet vill jag bara påminna om Sigrid i 4B. Hennes familj är Jehovas vittnen och de har bett att hon inte deltar i luciatåget, julpysslet eller adventsfikat. Hon kan vara i biblioteket med Ulla under tiden, som vi gjorde förra året.

Hon ska inte heller ha något födelsedagsfirande i klassen i februari, tänk på det när det blir dags.

Tack!
/Kerstin (mentor 4B)`, 'religion'),
  d(`Från: Familjehemssekreterare Anders Rydh
Skickat: den 3 juni 14:12
Till: Fritidsgården Norr
Ämne: Sommaraktiviteter – Alex, 13 år

Hej,

Alex är placerad i familjehem hos Ulrika Holm och hennes sambo Camilla Öst sedan januari. Båda familjehemsföräldrarna har godkänt att Alex åker med på seglingslägret i juli.

Kontakt med biologiska föräldrar ska inte förekomma under lägret. Om någon av dem hör av sig, ring mig.

Kontaktuppgifter till familjehemmet: Ulrika 070-334 12 90, Camilla 070-551 87 02

/Anders`, 'social', 'sex-life'),
  d(`Veckoschema åk 8 – Temavecka "Sex och samlevnad", v. 11

Måndag: Kroppen och puberteten (skolsköterskan)
Tisdag: Relationer, samtycke och gränser (kurator)
Onsdag: Sexuell läggning och könsidentitet – besök från RFSL Ungdom
Torsdag: Preventivmedel och STI – besök från ungdomsmottagningen
Fredag: Normer på nätet och i media

Vårdnadshavare som har frågor om innehållet är välkomna att kontakta mentor. Undervisningen är obligatorisk enligt läroplanen.`),
  d(`Från: Försäkringskassan, handläggare
Till: Vuxenenheten, socialsekreterare Elin Brink
Ämne: Er klient R. Omerović – adressuppgifter

Hej,

Jag fick ditt meddelande om att Ramiza Omerović har kvarskrivning sedan februari, dvs hon står skriven på sin gamla adress i Eskilstuna men bor på annan ort. Vi har lagt in en markering så att inga handlingar skickas till den gamla adressen, och beslut om bostadsbidrag skickas i stället till er för vidarebefordran, som ni föreslog.

Adressen där hon bor nu ska inte framgå någonstans i vårt ärende.

Vänligen
Handläggare, Försäkringskassan`, 'protected-identity'),
  d(`Faktaruta till rapporten "Skyddade personuppgifter i kommunal verksamhet"

- Drygt 25 000 personer i Sverige har skyddade personuppgifter, varav de flesta sekretessmarkering.
- Cirka 1 000 personer har skyddad folkbokföring.
- Fingerade personuppgifter beviljas av Polismyndigheten i ett mycket litet antal fall per år.
- I en kommun med 50 000 invånare kan man räkna med runt 120 personer med skydd.

Rapportens slutsats: alla verksamheter behöver en rutin, även de som sällan möter målgruppen.`),
  d(`Lönekartläggning 2024 – underlag grupp "Enhetschefer äldreomsorg" (endast HR och lönebildningsgruppen)

Namn – Månadslön – Anställd sedan
Kim Larsson – 52 000 kr – 2016
Lisa Ågren – 49 500 kr – 2019
Mohammed Said – 48 900 kr – 2021
Britt Svensson – 55 200 kr – 2009
Ny enhetschef Vallmon (från maj) – 47 000 kr

Kommentar: Britts lön förklaras av lång erfarenhet och tidigare uppdrag som verksamhetschef. Skillnaden mellan Lisa och Mohammed bör analyseras vidare.`, 'salary'),
  d(`[Skolplattformen – meddelandetråd]

Från: Johan Ek (mentor 9D)
Till: Elevhälsoteamet
Ämne: Saga L

Hej,
Jag vill lyfta Saga inför EHT nästa vecka. Hennes närvaro är nere på 68 % sedan höstlovet och hon har inte lämnat in något i SO eller engelska sedan oktober. Enligt IUP:n skulle hon nå E i matematik till jul, men hon fick 6 av 35 på det senaste provet.

Mamman säger att Saga "inte orkar" och sover mycket. Jag vet inte mer än så.

Svar från kurator Lena:
Tack Johan, jag tar kontakt med Saga den här veckan. Ta med frånvarorapporten till mötet.`, 'grades'),
  d(`Kursplan – Förvaltningsrätt I, 15 hp

Examination
Kursen examineras genom en salstentamen (10 hp) och ett PM med muntlig opponering (5 hp).

Betygsskala
Betyg sätts enligt den sjugradiga skalan A–F, där A–E är godkända betyg, Fx otillräckligt och F underkänt. För betyget A på hela kursen krävs A på tentamen och lägst B på PM:et.

Närvaro
Närvaro vid seminarierna är obligatorisk. Frånvaro kompenseras med skriftlig uppgift.

Kurslitteratur: se separat lista.`),
  d(`Hej Lönecenter,

Min lön för mars kom inte in på mitt konto. Jag bytte bank i februari och la in det nya kontot i Självservice, men det verkar som att ni betalat till det gamla, som är avslutat.

Gamla kontot: SEB, clearing 5212, konto 10 455 86
Nya kontot: Länsförsäkringar, clearing 9021, konto 4471 009

Kan ni se vad som hänt och betala ut igen? Jag har hyra som ska betalas den 31:a.

Mvh
Tove Lindgren
Lokalvårdare, Fastighetsservice`, 'bank-account'),
  d(`Ärende #SR-40215 – Ändra lönekonto

Beställare: Patrik Sund
Kategori: Lön > Utbetalning
Status: Avslutat

Åtgärd (Lönecenter, Amra):
Hej Patrik! Ändring av lönekonto gör du själv i Självservice under "Mina uppgifter". Av säkerhetsskäl kan vi inte ändra kontouppgifter utifrån e-post eller telefon. Jag har skickat en lathund till din mejl. Ändringen behöver vara gjord före den 5:e för att gälla nästa utbetalning.

Ärendet stängs. Återkom om du får problem.`),
  d(`Note from the school office – phone payment, class 6 trip to Kolmården

Parent: Mr. Daniel Hurst (father of Oliver, 6B)
Paid: SEK 650 (trip fee)
Called 14:05, asked us to charge his card as he can't use Swish:

Visa 4716 4019 1558 5506
Exp 09/27
CVC 244
Name on card: Daniel J Hurst

Processed in the payment terminal at 14:12, receipt e-mailed. This note should be shredded today – Anna, please don't leave it in the tray.

/Maria, school office`, 'payment-card'),
  d(`From: IT Security Manager
To: Executive management group
Subject: Results of the penetration test – summary

Dear all,

The penetration test of our external services was completed last week. Please note that the full report, including the vulnerabilities found and how they could be exploited, is covered by secrecy under chapter 18 section 8 OSL and must not be forwarded or printed. It is kept in the security office.

In short: two critical findings in the booking system, both fixed on Friday, and seven medium findings that will be addressed by March.

I'll present in more detail at the management meeting.

Best regards
Erik Sahlin`, 'secrecy'),
  d(`Hej gänget!

Påminner om avdelningens lunch på fredag kl. 12 på Kvarnen. Jag har bokat bord för 14. Säg till om ni har någon allergi så meddelar jag restaurangen. Vi betalar själva, men förvaltningen bjuder på kaffe och kaka.

Ses där!
Ingrid

--
Ingrid Svahn
Administratör, Miljö- och hälsoskyddsförvaltningen
Tfn 0380-51 80 00

Detta e-postmeddelande kan innehålla information som omfattas av sekretess enligt offentlighets- och sekretesslagen. Om du har fått meddelandet av misstag, vänligen meddela avsändaren och radera meddelandet. Observera att e-post till kommunen blir allmän handling.`),
  d(`Hi Mirza,

Regarding next week's meeting with the client Hawre Aziz at the employment office: please make sure you book a Sorani interpreter, not an Arabic one. He is Kurdish from Sulaymaniyah in northern Iraq and was quite upset last time when we had an Arabic-speaking interpreter – he understood very little and felt it was disrespectful.

Meeting: Tuesday 09:30, room 3.
Topic: Follow-up of his internship at the car workshop.

Thanks!
Rebecka`, 'ethnic-origin'),
  d(`How to book an interpreter – quick guide

1. Log in to the interpreter booking portal with your work account.
2. Choose language and, where relevant, dialect (e.g. Arabic – Levantine, Kurdish – Sorani/Kurmanji).
3. Choose on-site, phone or video.
4. State the type of meeting (health care, social services, school), but never the client's name or case details in the free text field.
5. Confirm. You'll get a booking number by e-mail.

Cancellations later than 24 hours before the meeting are charged in full.`),
  d(`Ärende #IT-55190 – Windows Hello fungerar inte

Användare: Anna Forsberg, Socialkontoret
Tekniker: Kalle Lind

Kalle Lind, 10:14:
Annas ansiktsmall för Windows Hello var korrupt efter uppdateringen. Jag har raderat den gamla och låtit henne registrera ansiktet på nytt med kameran, samt lagt till hennes högra pekfinger i fingeravtrycksläsaren som reserv. Inloggning fungerar nu.

Anna Forsberg, 10:30:
Tack, funkar!

Status: Löst`, 'biometric'),
  d(`Journalanteckning – Vuxenenheten, mottagning
Datum: 14 januari

Besök: Adam, 19 år.
Adam söker akut hjälp med boende. Han berättar att han är homosexuell och att hans pappa kastade ut honom i helgen när han fick reda på det. Sedan dess har han sovit hos en kompis i Kortedala, men kan inte bo kvar.

Adam har ingen inkomst. Han studerar sista året på gymnasiet.

Bedömning: Akut behov av tak över huvudet. Nödbistånd beviljas för vandrarhem i 5 nätter. Ansökan om ekonomiskt bistånd lämnas. Kontakt förmedlas med RFSL:s stödmottagning om Adam vill.

/Socialsekreterare, mottagningsgruppen`, 'sex-life', 'social'),
  d(`Hej Anneli,

Inför rehabmötet: Kalle har sedan tidigare familjär hypercholesterolemi, bekräftad med gentest när hans bror fick en hjärtinfarkt vid 42. Nu har han själv fått kärlkramp och är sjukskriven till 1 maj. Läkaren säger att han bör undvika tunga lyft en tid.

Hans båda barn har också testats och den äldsta har samma mutation, så det är en tuff period för familjen.

Förslag: När han kommer tillbaka kan han börja på lagret med inventering i stället för utkörning.

/Göran, transportchef`, 'genetic', 'health'),
  d(`Hi Web team,

Please remove the photo of Jessica Andersson from the staff page of Parkskolan and from the news item about the science fair. She has protected personal data (sekretessmarkering), which the school just found out. Her name must not appear with her workplace anywhere online either.

Also check the cached versions and the Facebook post from 12 October.

This is urgent – could you confirm when it's done?

Thanks,
Lina, Communications`, 'protected-identity'),
  d(`Minnesanteckningar, Arbetsplatsträff Rosengårdsskolan, 6 februari

1. Information från rektor: Ny biträdande rektor börjar 1 mars.
2. Ekonomi: Läromedelsbudgeten är förbrukad till 80 %.
3. Facklig information:
   - Sveriges Lärare: Sara Öberg och Jens Wikström har gått med i förbundet sedan förra mötet. Välkomna! Ombudet Maria Ek påminner om medlemsmötet 20/2.
   - Vision: inget att rapportera.
4. Skyddsrond genomförd, åtgärdslista bifogad.
5. Övrigt: Sportlovsaktiviteter för fritids, lista på väggen.`, 'trade-union'),
  d(`APT-anteckningar, Lärarlag F–3, Tallbackaskolan

1. Facklig information: Sveriges Lärare och arbetsgivaren har tecknat nytt lokalt avtal om arbetstid. Avtalet finns på intranätet. Mer information på förbundets medlemsmöte.
2. Läsårsplanering: Friluftsdag 12 september.
3. Elevhälsa: Genomgång av rutinen för anpassningar och särskilt stöd.
4. Inköp: Nya läslistor till åk 2 beställs.
5. Nästa APT: 3 oktober.`),
  d(`Hej allihop,

Sammanfattning från måndagens planeringsmöte:

- Budgetunderlaget lämnas in 15/9, Sofia samordnar
- Vi byter leverantör för kontorsmaterial från oktober
- Julbordet: Anders kollar offerter
- Rekryteringen av ny controller: intervjuer v. 38
- Sommarens semesterlista arkiveras

Bra jobbat med bokslutet alla!

/Eva

PS. Göran opereras på tisdag (det är knät som ska bytas, inget farligt säger han) och är borta i minst sex veckor. Jag tänkte att vi skickar en blomma från avdelningen, swisha 50 kr till mig om du vill vara med.`, 'health'),
  d(`Incident report – Phishing campaign, 3 April

Summary: Between 08:10 and 09:40, around 450 employees received an e-mail appearing to come from "Payroll" asking them to confirm their bank details via a link. 23 users clicked the link; 4 entered their credentials. Those accounts were locked and passwords reset within 30 minutes. No evidence of further access was found.

Actions:
- Malicious domain blocked
- Awareness message sent to all staff
- Phishing exercise planned for May

Lessons learned: reporting button worked well; 96 users reported the e-mail.

IT Security Operations`),
  d(`Anteckning – Enheten mot våld i nära relationer
Samtal med Jenny, 34 år

Jenny berättar att hennes före detta make Kristoffer dömdes för grov kvinnofridskränkning 2021 och avtjänade ett år och åtta månader. Han släpptes i januari och har sedan dess skickat meddelanden till henne via deras gemensamma vänner. Hon har polisanmält kontakterna och ansökt om kontaktförbud.

Jenny vill ha stödsamtal och hjälp med att söka bostad i annan kommun. Hon har två barn, 7 och 10 år.

Insats: Stödsamtal varannan vecka beviljas. Kontakt med bostadsförmedlingen tas.

/Hanna P, socialsekreterare`, 'criminal-record', 'social'),
  d(`Månadens tema i seniornyheterna: Bedrägerier mot äldre

Polisen varnar för att bedrägerier mot äldre ökar igen. Vanligast är att någon ringer och utger sig för att vara från banken eller polisen och ber personen logga in med BankID "för att skydda pengarna".

Tips:
• Banken eller polisen ringer aldrig och ber dig logga in eller lämna koder
• Lägg på och ring själv upp bankens officiella nummer
• Prata med någon du litar på

Kommunens konsumentvägledare håller öppet hus i biblioteket 12 mars kl. 13.`),
  d(`360-degree feedback summary – Head of Customer Service (confidential)

Manager: Tom Ekblad
Respondents: 4 peers, 9 direct reports, 1 manager

Strengths (average 4.3/5): strategic thinking, customer focus, calm under pressure.
Development areas (average 2.6/5): delegation, giving feedback, being available to staff. Several direct reports wrote that he "makes decisions without asking the team" and that "meetings are cancelled at short notice".

Agreed development plan:
1. Leadership coaching, 6 sessions starting May
2. Weekly team meetings that are not cancelled
3. Follow-up survey in November

Prepared by HR, shared with Tom and his manager only.`, 'hr-assessment'),
  d(`Leadership programme "Leading in change" – autumn intake

Who: New and experienced first-line managers in all departments
Format: 5 days spread over September–December, plus peer coaching groups
Content:
- Your leadership style and how others perceive it
- Giving and receiving feedback
- Handling conflicts and difficult conversations
- Work environment responsibilities and rehabilitation
- Leading through change

Apply via your manager by 15 June. 24 places.`),
  d(`Från: Barn och unga, Ärendesekreterare
Till: Skolkurator Rebecka Söder, Norrskolan
Ämne: Information om syskonen Hassan och Amina

Hej Rebecka,

Med samtycke från god man vill jag informera dig om att förvaltningsrätten i fredags beslutade att syskonen Hassan (11) och Amina (8) ska beredas vård enligt 2 § LVU. De har sedan i måndags bott i ett jourhem i kommunen och kommer att fortsätta gå på Norrskolan.

Hämtning får endast ske av personal från jourhemmet eller socialtjänsten. Föräldrarna har rätt till umgänge under socialtjänstens tillsyn, men inte på skolan.

Ring mig om något händer.
/Sanna, socialsekreterare`, 'social'),
  d(`Bli familjehem! 🏡

Socialtjänsten söker fler familjehem, jourhem och kontaktfamiljer. Just nu behövs särskilt familjer som kan ta emot syskon eller tonåringar.

Du behöver inte vara gift eller ha egna barn. Det viktigaste är att du har tid, engagemang och en stabil livssituation. Du får utbildning, handledning och ersättning.

Informationskväll: 18 april kl. 18.30 i Medborgarhuset.
Anmälan: familjehem@kommun.se eller 0413-620 00.`),
  d(`Inbjudan: Regional samverkansdag för elevhälsan

Datum: 14 november 09.00–15.30
Plats: Hotell Strand, konferensvåningen

Program:
09.00 Kaffe
09.30 "Psykisk ohälsa bland unga – vad säger forskningen?"
11.00 Workshop i blandade grupper
12.00 Lunch
13.00 Skolans och BUP:s samverkan – ett exempel från grannkommunen
14.30 Sammanfattning

Praktiskt: Gästnätet heter Strand-Konferens, lösenord: Blasippa#88. Parkering finns vid hotellet.

Anmälan senast 1 november.`, 'credentials'),
  d(`Välkommen till nätverksträffen för upphandlare!

Tid: 22 maj kl. 9.00–12.00
Plats: Kommunhuset, sal Ekoxen

Agenda:
1. Nyheter i LOU
2. Erfarenheter av dynamiska inköpssystem
3. Gemensam upphandling av skolskjuts – läget

Wifi-uppgifter får du i receptionen när du kommer. Kaffe serveras från 8.45.

Hjärtligt välkomna!
Inköpsenheten`),
  d(`Från: Valberedningens sekreterare
Skickat: den 14 januari 11:20
Till: Kommunfullmäktiges presidium
Ämne: Förslag till fyllnadsval, socialnämnden

Hej,

Efter att Lars Öhman (KD) avsagt sig sitt uppdrag som ledamot i socialnämnden föreslår valberedningen enhälligt att Anders Brink (KD) väljs till ny ledamot för tiden till och med 2026. Som ny ersättare efter Anders föreslås Maria Sjögren (KD).

Ärendet kan tas upp på fullmäktige 27 januari.

Bifogat: Avsägelse från Lars Öhman.

Vänligen
Malin Grön, valberedningens sekreterare`, 'political-opinion'),
  d(`Kungörelse – Fyllnadsval

Kommunfullmäktige kommer vid sammanträdet den 27 januari att förrätta fyllnadsval av en ledamot och en ersättare i socialnämnden för återstoden av mandatperioden.

Valet förbereds av valberedningen. Förslag lämnas genom partiernas gruppledare senast 15 januari.

Kommunfullmäktiges sammanträden är öppna för allmänheten och sänds på kommunens webbplats.`),
  d(`Hej Kundcenter!

Presentation av vår nya medarbetare: Sanna Heikkinen börjar hos oss på måndag. Sanna är sverigefinne, uppvuxen i Borås med finska som hemspråk, och kommer att ta de finskspråkiga samtalen inom förvaltningsområdet, tillsammans med Pirjo.

Hon har tidigare jobbat på Skatteverkets kundtjänst i fem år.

Ta väl emot henne! Fika på fredag kl. 14.

/Therese, teamledare Kundcenter`, 'ethnic-origin'),
  d(`Kommunen ingår i förvaltningsområdet för finska

Det betyder att du som är sverigefinne har rätt att:
• använda finska i kontakter med kommunen, muntligt och skriftligt
• få förskola och äldreomsorg helt eller delvis på finska
• få information på finska om dina rättigheter

Kontakta Kundcenter och be att få prata finska, så kopplar vi dig till en finskspråkig handläggare.

Suomeksi: Voit asioida kunnan kanssa suomeksi. Ota yhteyttä asiakaspalveluun.`),
  d(`From: International Office, Nordvik University College
To: Admissions, Programme in Social Work
Subject: Transcript – exchange student Lucía Romero Díaz

Dear colleagues,

Please find below the transcript for our exchange student Lucía Romero Díaz (spring semester), needed for her credit transfer at home:

Social Policy in the Nordic Countries (7.5 ECTS) – B
Swedish for Beginners (7.5 ECTS) – C
Child Welfare and Human Rights (7.5 ECTS) – A
Field Study Social Services (7.5 ECTS) – Fx, completion assignment pending

She attended 86 % of the compulsory seminars. The official transcript will be sent by post.

Best regards
Ingrid Malm, International Coordinator`, 'grades'),
  d(`Grading criteria – Course "Case Work Methods", spring term

Grades are given on a scale from A to F.

A – Excellent: the student independently analyses complex cases and relates them to theory and law.
C – Good: the student analyses cases with some support and uses relevant concepts.
E – Sufficient: the student describes cases and applies basic concepts.
F – Fail: the requirements for E are not met.

Attendance at the role-play seminars is compulsory; missed seminars are made up by a written assignment.

Course coordinator: Dr. Helena Axelsson`),
  d(`Från: Registrator, Kommunledningskontoret
Skickat: den 2 april 13:37
Till: Inköpsenheten; Utbildningsförvaltningen
Ämne: Begäran om handlingar – upphandling skolskjuts

Hej,

Två av anbudsgivarna i upphandlingen av skolskjuts (dnr KS 2024/118) har begärt ut samtliga anbud och utvärderingsprotokollet. Tilldelningsbeslutet är ännu inte fattat, så anbuden omfattas av absolut sekretess enligt 19 kap. 3 § OSL och får inte lämnas ut nu.

När tilldelningsbeslutet fattats måste anbuden sekretessprövas var för sig, särskilt prisbilagorna som Bussbolaget Norr har begärt ska hållas hemliga.

Jag skriver svar till anbudsgivarna i dag.
/Registrator`, 'secrecy'),
  d(`Hi all,

From Monday, the staff car park behind the town hall will be closed for resurfacing for two weeks. Please use the public car park on Storgatan; show your staff badge at the barrier and you won't be charged.

Bike racks will remain accessible via the side gate.

Thanks for your patience!

Facilities Management

CONFIDENTIALITY NOTICE: This message is intended only for the addressee and may contain privileged or confidential information. If you are not the intended recipient, please delete it and notify the sender.`),
  d(`Hej Lena,

Jag vill bara informera om att Helén Brandt, som är huvudskyddsombud för Vårdförbundet på akutkliniken, i dag har lämnat en begäran om åtgärder enligt 6 kap. 6 a § arbetsmiljölagen gällande bemanningen på nätterna. Hon har också varit i kontakt med förbundets ombudsman.

Vi har åtta dagar på oss att svara. Jag föreslår att vi träffas med Helén redan på torsdag, innan det går vidare till Arbetsmiljöverket.

/Jonas, verksamhetschef akuten`, 'trade-union'),
  d(`Dear Mr. Okafor,

We are delighted to offer you the position of GIS Engineer at the Urban Planning Department, starting 1 September.

Terms of employment:
- Permanent employment, full time
- Starting monthly salary: SEK 38,000
- Six months' probationary period
- 25 days of annual leave (31 from the year you turn 40)
- Relocation support of SEK 15,000 as agreed during your interview

Please sign and return the enclosed contract by 20 June.

We look forward to working with you!

Kind regards
Anneli Strömberg
HR Partner`, 'salary'),
  d(`Salary statistics 2024 – Engineers in local government

The median monthly salary for engineers in Swedish municipalities was SEK 43,200 in 2024, according to the Swedish Association of Local Authorities and Regions. The spread was large: the 10th percentile was SEK 35,100 and the 90th percentile SEK 56,800.

Our department's median is slightly below the national median. HR will use these figures when setting the budget for the next salary review, together with local market data.

Source: SKR personnel statistics, November.`),
  d(`Till: Personalakten – Gatuenheten
Från: Enhetschef Jörgen Palm
Ämne: Händelse 18 oktober – Ronny Lind

Den 18 oktober kl. 07.15 kom Ronny Lind till förrådet och luktade tydligt alkohol. Arbetsledaren lät honom inte köra bil och jag skickade hem honom. Ronny blåste 0,3 promille på alkomätaren som vi har i förrådet.

Vid samtal 20 oktober medgav Ronny att han druckit kvällen före och att det "blivit mycket" sedan skilsmässan. Han har fått en skriftlig varning och har tackat ja till en alkoholutredning via företagshälsovården. Rehabiliteringsplan upprättas.`, 'hr-assessment', 'health'),
  d(`Alkohol- och drogpolicy – kortversion

• Det är inte tillåtet att vara påverkad av alkohol eller droger i arbetet.
• Chef som misstänker påverkan ska agera direkt: skicka hem medarbetaren med säker transport och dokumentera.
• Kommunen erbjuder stöd via företagshälsovården för den som har ett beroende. Den som tar emot hjälp ska inte behöva vara rädd för att förlora jobbet.
• Vid representation serveras alkohol endast i måttliga mängder och alkoholfria alternativ ska alltid finnas.

Hela policyn finns på intranätet.`),
  d(`[Teams – "Konferensrum Älven"]

[08:55] Maja: does anyone know the admin code for the projector in Älven? it's stuck in Japanese
[08:57] Dan: lol again. admin pin is 7719, menu > settings > language
[08:58] Maja: you're a hero
[09:02] Dan: the wifi for the guests today is "Alven-Gast" pw Kaffekopp2025
[09:03] Maja: 🙏
[09:10] Dan: please ask facilities to put a note in the room so people stop calling me`, 'credentials'),
  d(`[Teams – IT-frågor]

[13:21] Olle: hur gör man om man glömt sitt lösenord och är hemma?
[13:22] Sara (IT): gå till lösenordsportalen på mobilen, verifiera med BankID, välj nytt
[13:22] Olle: måste jag ringa servicedesk efteråt?
[13:23] Sara (IT): nej, det synkas inom 15 min
[13:24] Olle: toppen tack
[13:24] Sara (IT): och skicka aldrig lösenordet till någon, inte ens till oss 😉`),
  d(`Överrapportering – Palliativa enheten, rum 6

Patient: Hussein Al-Amin, 71 år
Diagnos: Metastaserad pankreascancer, i livets slutskede. Morfin via pump, dosökning i natt.

Önskemål från familjen: Hussein är muslim och familjen vill att imamen från moskén i Gottsunda kontaktas när döden närmar sig. Efter dödsfallet ska kroppen inte tvättas av personalen; familjen och församlingen sköter tvagningen. Begravningen önskas inom tre dagar, så dödsbeviset behöver skrivas snabbt.

Sonen Karim är kontaktperson.

/Sjuksköterska natt, Eva-Lena`, 'religion', 'health'),
  d(`Från: Sporthallen Vallen, reception
Till: HR-avdelningen
Ämne: Personalgymmet – ansiktsigenkänning

Hej,

Som ni vet har personalgymmet i Vallen gått över till inpassering med ansiktsigenkänning. Av de 48 anställda som registrerat sig har de flesta inga problem, men för Lars Tibell och Maria Engström matchar kameran inte ansiktsbilden och de blir stående utanför. Vi har tagit nya ansiktsbilder av dem båda i dag och skapat nya mallar.

Den som inte vill registrera ansiktet kan fortfarande använda tagg.

/Reception Vallen`, 'biometric'),
  d(`[Slack #random]

Erik 15:02: ok so I finally did that DNA kit my sister gave me for Christmas
Erik 15:02: turns out I carry one copy of APOE4 😬 the Alzheimer's one
Jess 15:04: oh no, are you ok?
Erik 15:05: yeah mostly, it just raises the risk a bit. my dad had it too probably
Jess 15:05: hugs. talk over coffee later?
Erik 15:06: sure. anyway, back to the budget slides`, 'genetic'),
  d(`Hej Maria,

Jag har haft ett samtal med Stefan Lundqvist i dag som jag vill att du känner till, med hans tillåtelse.

Stefan har berättat för några kollegor att han är bisexuell och har en pojkvän. Sedan dess har det förekommit skämt och kommentarer i fikarummet, bland annat att han "inte kan bestämma sig". Han vill inte göra en formell anmälan men vill att det tas upp på ett APT på ett generellt sätt.

Jag tycker vi ska ta in en föreläsning om bemötande och ha det som tema i vår.

/Charlotte, HR`, 'sex-life'),
  d(`Tandvården Centrum – internt meddelande

Patient: Ellen (fullständiga uppgifter i T4)
OBS! Patienten har sekretessmarkering.

- Kallelser och fakturor skickas endast via Skatteverkets förmedlingsuppdrag, aldrig till adress i journalen
- Boka inte besök via sms-påminnelse
- Uppge inte i telefon att hon är patient här

Planerad behandling: rotfyllning 36, två besök, samt tandreglering för dottern som också har skydd.

Ansvarig tandläkare: Niklas Berg`, 'protected-identity', 'health'),
  d(`Folktandvården Centrum – öppettider i sommar

Vecka 27–31 har vi öppet måndag–torsdag 8–16 och fredag 8–12. Akuta besök hänvisas i övrigt till Folktandvården Akuten vid sjukhuset.

Barn och unga upp till 23 år får fri tandvård. Kallelse till undersökning skickas ut med post eller via 1177.

Vi har nu också ändrat telefontiderna: ring 7.30–9.00 för akuta besök.

Trevlig sommar!`),
  d(`Från: Bovärd Patrik, Hyresbolaget Kvarnen
Skickat: den 23 september 10:05
Till: Förvaltare Agneta Sund
Ämne: Lgh 1103, Pilvägen 7

Hej Agneta,

Polisen gjorde husrannsakan i lgh 1103 i tisdags kväll och det blev ganska stökigt i trapphuset. Grannarna har ringt. Enligt polisen jag pratade med är hyresgästen, Dennis K, tidigare dömd för narkotikabrott och misstänks nu för försäljning från lägenheten.

Kan vi ta upp frågan om uppsägning med juristen? Det finns också klagomål på störningar sedan i våras.

/Patrik`, 'criminal-record'),
  d(`Tenant newsletter – Autumn

New security cameras in the bike rooms
After several thefts, we are installing cameras in the bike rooms at Pilvägen and Lindgatan. Footage is only reviewed if a crime is reported, and it is deleted after 30 days.

Laundry booking goes digital
From November you book laundry times in the app. Paper lists will be removed.

Reminder: Fire safety
Don't store anything in the stairwells.

Your housing company`),
  d(`[Meddelanden, iPhone – kurator Ali och lärare Johanna]

Johanna 16:40: hej, vet du hur det går för Nour? hon har inte haft gympakläder på hela veckan och säger att hon inte har råd med skolresan
Ali 16:52: hej! familjen har fått avslag på bistånd igen, pappan överklagar. jag har pratat med socialsekreteraren
Ali 16:53: skolresan kan vi ta från elevfonden, säg inget till henne än
Johanna 16:54: tack snälla
Johanna 16:55: jag kollar om det finns lånekläder i förrådet`, 'social'),
  d(`PRESSMEDDELANDE

Nytt socialkontor öppnar i Centrum

Måndag 2 september öppnar socialförvaltningens nya kontor på Storgatan 14. Där samlas mottagningen för ekonomiskt bistånd, vuxenenheten och familjerätten under samma tak.

"Vi vill göra det enklare för medborgarna att få hjälp", säger socialnämndens ordförande.

Det gamla kontoret på Skolgatan stänger 30 augusti. Telefonnummer och öppettider är oförändrade.

För mer information: Kommunikationsenheten, 0455-30 30 00`),
  d(`Hi Finance,

Please set up monthly payments for the foster care fee and expense allowance for the placement of Theo (8), starting 1 March. The foster parent, Karin Westberg, has confirmed her account details by phone and signed the form:

Payee: Karin Westberg
Bank: Swedbank
Clearing: 8105-9
Account: 934 221 778-4
Fee: SEK 9,800/month (taxable)
Expense allowance: SEK 6,200/month (tax-free)

The contract runs until further notice. Signed contract attached.

Thanks,
Oscar Lind, family home secretary`, 'bank-account', 'social'),
  d(`Hej Hotell Borgen,

Jag har fått en faktura från er för en konferens som redan är betald. Vi betalade med kommunens kort vid incheckningen den 14 mars. Här är uppgifterna så att ni kan hitta transaktionen:

Kortinnehavare: Ewa Lind
Kortnummer: 5571 0405 0852 8523
Giltigt till: 02/26
Belopp: 18 450 kr

Kan ni makulera fakturan och bekräfta via mejl?

Vänliga hälsningar
Ewa Lind, HR-avdelningen`, 'payment-card'),
  d(`Välkommen till Simhallen Delfinen!

Öppettider vecka 2–24:
Mån–fre 06.30–20.00
Lör–sön 09.00–17.00

Priser: Vuxen 80 kr, barn 40 kr, 10-kort vuxen 650 kr.
Du kan betala med kort eller Swish i receptionen. Kontanter tas inte emot.

Babysim startar 15 januari, anmälan på webben.

Obs! Bastun är stängd för renovering till och med februari.`),
  d(`[Chatt i Lärplattformen, ämneslag svenska]

Ulrika 14:02: hur gick det för Moa på NP-uppsatsen?
Petter 14:05: hon fick C på delprov C, men delprov A blev E och B blev F pga att hon missade halva tiden
Ulrika 14:05: hon var ju sjuk den dagen eller?
Petter 14:06: nej hon kom sent, hade försovit sig
Ulrika 14:07: ok. vi får vikta mot övriga underlag. hennes uppsatser under terminen ligger på B
Petter 14:08: jag tänker slutbetyg C
Ulrika 14:08: låter rimligt`, 'grades'),
  d(`APT – punkt 4: Nationella prov vt

Proven i åk 9 genomförs enligt Skolverkets schema:
- Svenska delprov A: v. 7
- Engelska: v. 10–11
- Matematik: v. 19

Sambedömning sker i ämneslagen. Provens resultat ska vägas in i betygssättningen men är inte ensamt avgörande. Elever med anpassningar i IUP får anpassningar även vid proven – samordna med specialpedagogen senast två veckor innan.

Proven förvaras inlåsta i expeditionen fram till provdagen.`),
  d(`Hej Marie,

En fråga om arbetskläder. Leyla Hassan, som börjar som undersköterska på Ekhagen på måndag, bär slöja av religiösa skäl och undrar om det finns en godkänd huvudbonad som uppfyller hygienkraven, typ de tunna sjalarna som går in under tunikan.

Hon ber också att få ha långa ärmar under kortärmad tunika, men det går ju inte enligt basala hygienrutiner. Kan vårdhygien ge ett skriftligt svar som jag kan visa henne?

Tack!
/Catrin, enhetschef`, 'religion'),
  d(`Hi Mr. Patel,

I'm writing with Sam's permission. Sam (year 8) has told me that they are non-binary and would like to be called Sam rather than their registered name, and to use the pronoun "they". Sam has told their parents, who are supportive.

Could you help make sure that the class register, the learning platform and the sports teams use the name Sam? Sam has also asked to use the single-occupancy changing room for PE.

Happy to discuss.

Best,
Helena Ross, school counsellor`, 'sex-life'),
  d(`Anteckning – Barnmorskemottagningen Söder

Kvinna, 36 år, vecka 13+2. Besök för svar på NIPT.

NIPT-analysen visar hög sannolikhet för trisomi 21 hos fostret. Paret informerades vid besöket i dag, båda var närvarande. De fick information om fostervattenprov för säker diagnos och om möjligheten till samtal med kurator.

Fostervattenprov bokat 22/5 på fostermedicin. Paret vill fundera innan de tar ställning till fortsatt graviditet.

Uppföljning: telefonsamtal om tre dagar.
/Barnmorska Sofia`, 'genetic', 'health'),
  d(`Från: Bostadsförmedlingen, handläggare
Skickat: den 10 oktober 08:45
Till: Hyresvärd Fastighets AB Ringen
Ämne: Förtur – sökande med skyddad folkbokföring

Hej,

Vi har beviljat förtur för en sökande med skyddad folkbokföring. Sökandens namn och nuvarande vistelseort lämnas inte ut i detta mejl. Vi föreslår lägenheten på Ringvägen 18, 3 rok, och ber er:
- att inte sätta upp namn på dörr eller brevlåda
- att hantera hyreskontraktet utan att registrera det i det digitala systemet som hyresgästerna har insyn i
- att ta all kontakt via oss

Ring mig för visning.

/Handläggare bostadsförmedlingen`, 'protected-identity'),
  d(`Hi,

Paul Meyer from NorthCloud (the contractor upgrading the storage system) starts on site Monday. I've uploaded his face photo to the visitor system and the face template for the data hall door has been created; it's valid until 30 November. His fingerprint is also enrolled at the cage reader.

He must be escorted in the UPS room.

Please remove his biometric data when the contract ends – there's a reminder in the calendar.

/Tomas, Data Centre Operations`, 'biometric'),
  d(`Data centre visitor rules

1. All visitors must be registered in the visitor system 24 hours in advance.
2. Visitors must show valid ID at the entrance and wear a visitor badge at all times.
3. Photography is not allowed.
4. Contractors working more than five days may be enrolled in the access control system after approval by the security manager.
5. Visitors are always escorted in the UPS and battery rooms.

Questions: security@datacentre.internal`),
  d(`Hi Karen,

Jonas Lindqvist in the planning team has asked for unpaid leave for three weeks before the election in September. He is a candidate for the Green Party (Miljöpartiet) in the regional election and wants to campaign full time.

As far as I understand he has the right to leave for political assignments, but I'm not sure campaigning counts. Could you check with legal? I'd like to give him an answer by Friday.

Thanks,
Viktor
Head of Planning`, 'political-opinion'),
  d(`Ledighet för politiska uppdrag

Som anställd har du enligt kommunallagen rätt till ledighet för att fullgöra ett kommunalt förtroendeuppdrag, till exempel som ledamot i en nämnd eller i fullmäktige. Ledigheten ska inte påverka din lön mer än vad som ersätts av arvode och ersättning för förlorad arbetsinkomst.

Meddela din chef så tidigt som möjligt när sammanträden ligger på arbetstid. Ledighet för partiarbete i övrigt söks som vanlig tjänstledighet.

Frågor: HR-service`),
  d(`Från: Akademikerförbundet SSR, lokalavdelning Socialförvaltningen
Skickat: den 5 maj 14:27
Till: HR-strateg Eva Holm
Ämne: Begäran om förhandling – Sara Nordin

Hej Eva,

Vår medlem Sara Nordin, socialsekreterare på barn och unga, har bett oss biträda henne i frågan om hennes nya lön. Sara anser att hon inte fått något lönesamtal i år och att lönen därför satts utan underlag.

Vi begär förhandling enligt 10 § MBL och föreslår 14 eller 15 maj.

Hälsningar
Tomas Lind, ordförande SSR-föreningen`, 'trade-union'),
  d(`Lönerevisionen 2025 – lägesrapport

Förhandlingarna om årets lönerevision pågår. Med Kommunal är revisionen klar och de nya lönerna betalas ut i maj. Med Vision och Akademikerförbundet SSR pågår förhandlingarna fortfarande och väntas vara klara i juni.

Sveriges Lärare har avtalat om ett utökat lönesamtal för alla lärare.

Om du har frågor om din egen lön, vänd dig till din chef.

HR-avdelningen`),
  d(`Lönesamtal – dokumentation (Kultur och fritid)

Medarbetare: Ida Persson, bibliotekarie
Chef: Kjell Åberg
Datum: 28 mars

Bedömning mot lönekriterierna:
- Resultat och kvalitet: Mycket god. Ida har byggt upp läsfrämjandet för förskolorna och fick mycket goda omdömen i utvärderingen.
- Samarbete: God, men har vid några tillfällen haft svårt att lämna över uppgifter.
- Utveckling: Har tagit eget ansvar för den digitala programverksamheten.

Sammantagen bedömning: Överträffar förväntningarna.
Nuvarande lön: 33 100 kr. Ny lön från 1 april: 34 700 kr.`, 'hr-assessment', 'salary'),
  d(`Levnadsberättelse – Vård- och omsorgsboendet Lindängen

Boende: Jorge Fuentes, 82 år, avd. Linden

Jorge kommer från Valparaíso i Chile och kom till Sverige 1974. Han arbetade som svetsare på varvet i 30 år. Sedan demensen blev värre i våras pratar han nästan bara spanska, särskilt på kvällarna, och blir orolig om ingen förstår honom. Dottern Carmen har gett oss en lista med vanliga fraser.

Jorge tycker om tango, fotboll (Colo-Colo) och att sitta i solen. Han vill inte duscha på morgonen.

Personal som talar spanska: Luz (dag), Mateo (natt).`, 'ethnic-origin', 'social', 'health'),
  d(`News in brief – Migration statistics

In 2024, about 9,600 people were granted asylum in Sweden, the lowest number in more than a decade. The largest groups came from Syria, Afghanistan and Eritrea. The number of people granted residence permits for work decreased by 12 %.

Municipalities are expected to receive fewer newly arrived refugees under the settlement act next year. Our municipality's assignment is 34 people.

Source: Swedish Migration Agency`),
  d(`Hej Malin,

Jag vill informera dig om en händelse i 9A som du som ny biträdande rektor bör känna till.

I fredags hotade eleven Noah S läraren Björn Åberg på rasten ("jag vet var du bor, du ska få se"). Björn har polisanmält hotet och polisen har kontaktat Noahs vårdnadshavare. Noah är avstängd i dag och i morgon enligt beslut.

Vi gör en orosanmälan till socialtjänsten också eftersom det är andra incidenten den här terminen.

Björn är hemma i dag, han var skakad.

/Rektor Anna-Lena`, 'criminal-record', 'social'),
  d(`Rutin vid hot och våld mot personal i skolan

1. Se till att alla är i säkerhet. Tillkalla hjälp.
2. Informera rektor samma dag.
3. Skriv en tillbudsrapport/arbetsskadeanmälan i systemet.
4. Rektor beslutar tillsammans med den utsatta om polisanmälan. Arbetsgivaren kan göra polisanmälan.
5. Erbjud stödsamtal via företagshälsovården.
6. Vid hot från elev: överväg orosanmälan till socialtjänsten.

Rutinen ses över årligen av skyddsombud och rektor.`),
  d(`Från: Registrator, Psykiatrin Sydväst
Skickat: den 17 juni 09:32
Till: Verksamhetschef
Ämne: Begäran om journalkopior – försäkringsbolag

Hej,

Trygga Försäkringar begär kopior av journalanteckningar för patienten Martin Holmqvist från hans vårdtid på avdelning 21 i mars. Patientens fullmakt saknas i begäran.

Uppgifterna omfattas av sekretess enligt 25 kap. 1 § OSL och kan inte lämnas ut utan patientens samtycke. Jag svarar försäkringsbolaget att de behöver inkomma med fullmakt.

Vill du att jag kontaktar Martin också?
/Registrator`, 'secrecy', 'health'),
  d(`Nyhet på 1177: Läs din journal även från barnets 13 år

Från och med 1 september kan vårdnadshavare inte längre läsa journalen för barn som fyllt 13 år via 1177, och ungdomar mellan 16 och 18 år kan läsa sin egen journal. Ändringen görs för att stärka barns integritet.

För personal: informera gärna familjer om ändringen vid besök. Frågor hänvisas till 1177:s kundtjänst.

Regionens kommunikationsavdelning`),
  d(`VB: SMS från BankID / Säkerhetskod

Hej Robban,

Här är koden du bad om för att logga in på leverantörsportalen med mitt konto medan jag är på semester:

"Din engångskod till Leverantörsportalen är 448 210. Koden gäller i 10 minuter. Dela aldrig koden med någon."

Användarnamn: malin.ek@kommunen.se

Jag vet att vi egentligen inte får, men fakturorna måste godkännas i dag. Ändra inget annat!
/Malin`, 'credentials'),
  d(`Information från Fastighetsservice – service av larmsystemet

Tisdag 8 oktober kl. 8–12 utför Securitas service på inbrottslarmet i Stadshuset. Under tiden kan larmet ljuda kortvarigt vid provning. Dörrarna till plan 1 kommer att stå uppställda under förmiddagen.

Om du arbetar sent under veckan: larmkoderna är oförändrade. Har du glömt din kod, kontakta din chef.

Passa också på att kontrollera att:
- fönster på ditt rum är stängda när du går för dagen
- inga dörrar ställs upp med kilar efter kl. 16
- besökare alltid hämtas i receptionen

Frågor om larmet: Fastighetsjouren, 0418-47 00 00.

/Fastighetsservice`),
  d(`Re: Team schedule for the audit weeks

Thanks Priya, looks good. One adjustment: Jake can't do Thursdays, see below.

/Ben

-----Original Message-----
From: Jake Morrison
Sent: Monday 7 October 08:14
To: Ben Carter
Subject: Thursdays

Hi Ben,
Just a heads-up that my chemo sessions have been moved to Thursdays at the oncology clinic for the next eight weeks, so I won't be in on those days and probably not at full speed on Fridays either. I can work from home Friday afternoons.
Sorry for the hassle.
Jake

-----Original Message-----
From: Priya Nair
Sent: Friday 4 October 16:45
Subject: Team schedule for the audit weeks
Hi all, attached is the draft schedule for weeks 42–45. Let me know by Monday.`, 'health'),
  d(`Från: Barn- och utbildningsförvaltningen, Avgiftshandläggning
Skickat: den 12 november 10:10
Till: Ekonomiservice, utbetalningar
Ämne: Återbetalning förskoleavgift – Emir och Ajla Begić

Hej,

Familjen Begić har betalat förskoleavgift för september två gånger (autogiro + manuell betalning). Vi ska återbetala 1 688 kr till vårdnadshavaren Ajla Begić.

Hon har lämnat följande konto:
Nordea, clearing 3021, konto 1203 445 871

Verifikation och kopior på båda betalningarna bifogas. Attest: Marita Holm.

Tack!
/Sofia, avgiftshandläggare`, 'bank-account'),
  d(`Refund policy – childcare fees

If you have paid too much, the amount is first deducted from your next invoice. If your child has left childcare, we refund the amount to the bank account you have registered in the e-service. Refunds are made within 30 days.

We never ask for account details by phone. If you have not registered an account, log in to the e-service and add one under "My details".

Questions: childcare-fees@municipality.se`),
  d(`[Chat transcript – Library web chat, 14:02–14:11]

14:02 Visitor: hi I need to pay my late fees before I can borrow again, but the payment page doesn't work
14:03 Librarian (Mona): Hi! Sorry about that, the payment page is down today. You can pay in person or I can take the payment here.
14:04 Visitor: ok my name is Greta Falk, card is 4012 8847 4321 0317 exp 05/27 and the code on the back 610
14:05 Librarian (Mona): Thank you, Greta. Please don't send card details in the chat in the future – I'll delete this transcript after processing. 120 SEK has been charged.
14:06 Visitor: thanks!
14:11 Chat ended.`, 'payment-card'),
  d(`Från: Säkerhetssamordnaren
Till: Krisledningsgruppen
Ämne: Uppdaterad risk- och sårbarhetsanalys

Hej,

Den uppdaterade risk- och sårbarhetsanalysen (RSA) är klar. Bilaga 3 med beskrivningen av samhällsviktiga verksamheter, deras reservkraft och sårbarheter i elförsörjningen omfattas av sekretess enligt 18 kap. 13 § OSL och är därför inte bifogad. Den finns i säkerhetsskåpet i rum 412 och läses på plats.

Huvudrapporten utan bilagor är offentlig och kan spridas.

Vi går igenom den på mötet den 3 december.
/Annika Wall, säkerhetssamordnare`, 'secrecy'),
  d(`Inbjudan: Krisberedskapsövning "Storm 2025"

Kommunens krisledningsorganisation övar tillsammans med räddningstjänsten och regionen onsdag 9 april kl. 8–16.

Scenario: En kraftig storm orsakar långvarigt strömavbrott i norra kommundelen.

Deltagare: Krisledningsgruppen, kommunikationsenheten, socialförvaltningens beredskapsgrupp, tekniska förvaltningen.

Övningen är en skrivbordsövning och sker i Stadshusets krisledningslokal. Lunch serveras.

Anmälan till beredskapssamordnaren senast 21 mars.`),
  d(`PROTOKOLLSUTDRAG – Kommunstyrelsen, 2024-11-04

§ 201 Försäljning av fastigheten Kvarnen 3

Beslut
Kommunstyrelsen föreslår kommunfullmäktige att godkänna försäljningen av fastigheten Kvarnen 3 till Bostadsbolaget Nord AB för 14,2 mnkr.

Reservationer
Anna Ek (V) och Per Lind (V) reserverar sig mot beslutet med hänvisning till att kommunen bör behålla marken för hyresrätter. Daniel Rask (MP) lämnar en protokollsanteckning.

Beslutsgång
Ordföranden ställer förslaget mot avslagsyrkandet och finner att kommunstyrelsen bifallit förslaget.

Justerat 2024-11-08`, 'political-opinion'),
  d(`Kommunikationspolicy – utdrag, avsnitt 4.2: Politiskt oberoende

Som tjänsteperson företräder du kommunen och ska vara saklig och opartisk. Det innebär att du i tjänsten inte ger uttryck för partipolitiska åsikter, varken i kommunens kanaler, i kontakter med medborgare eller i sociala medier där du framträder som anställd.

Som privatperson har du samma yttrandefrihet som alla andra, inklusive rätten att vara medlem i ett parti eller engagera dig politiskt.

Vid osäkerhet, kontakta kommunikationsenheten.`),
  d(`Hej Fatuma,

Vi har fått en ny elev i åk 5, Selam, som kom till Sverige från Eritrea i somras tillsammans med sin mamma. Hon pratar tigrinja och lite engelska. Hon börjar i förberedelseklassen på måndag.

Kan du som studiehandledare på tigrinja ta två pass i veckan med henne, till att börja med i matematik och NO? Hon har gått i skola i Asmara till åk 4.

Schemat skickar jag i morgon.

Tack!
/Hanna, samordnare för nyanlända`, 'ethnic-origin'),
  d(`Attendance report – Year 10, autumn term (weeks 34–50)

Generated by: School Management System
For: Head of Year, Ms. Claire Holt

Students below 90 % attendance:
- Kevin Lund: 77 % (23 % absence, of which 15 % unexcused)
- Amanda Berg: 86 % (mostly excused)
- Filip Nordin: 88 %

Late arrivals over 10: Kevin Lund (17), Hugo Wall (12)

Action: Head of Year to contact guardians of students below 85 %. Reports are to be discussed at the pastoral meeting on 16 December.`, 'grades'),
  d(`Nyhetsbrev från Förskolan Pilen – oktober

Hej alla föräldrar!

Oktober har varit en härlig höstmånad. Vi har plockat svamp, gjort lövkronor och haft äppelbak. Tack till alla som kom på föräldramötet!

Praktiskt:
• Nya grindkoden till gården från 1 november är 1942. Lämna inte ut den till andra än de som hämtar och lämnar barn.
• Kom ihåg regnkläder och extra vantar
• Planeringsdag fredag 15 november, förskolan är stängd

Höstfesten blir den 21 november kl. 16. Välkomna!
/Personalen på Pilen`, 'credentials'),
  d(`School newsletter – new entrance system

From the start of next term, the main entrance of Västra skolan will be locked during school hours. Visitors ring the bell at the reception. Pupils in years 7–9 use their school ID card.

Parents who need to pick up a child during the day should call the office first. Codes for the side gates will be given to staff only and are changed every term.

Thank you for helping us keep the school safe!`),
  d(`[Messenger]

Hanna 22:03: vet du vad Mikael i controllergruppen tjänar egentligen?
Jonna 22:05: 46 200 sa han på AW:n 😳
Jonna 22:05: och han har jobbat här kortare än jag
Hanna 22:06: WHAT. jag har 41 000
Jonna 22:06: ta upp det på lönesamtalet
Hanna 22:07: det ska jag banne mig göra
Jonna 22:10: säg inte att du hörde det av mig dock`, 'salary'),
  d(`Lönekriterier för Miljö- och byggförvaltningen

Lönen sätts utifrån hur väl medarbetaren uppfyller följande kriterier:

1. Resultat – når uppsatta mål med god kvalitet
2. Samverkan – bidrar till ett gott samarbete och delar med sig av kunskap
3. Kundfokus – ger god service och tydliga besked
4. Utveckling – tar initiativ till förbättringar

Chef och medarbetare stämmer av kriterierna i medarbetarsamtalet. Lönesamtalet hålls separat. Kriterierna har tagits fram i samverkan med de fackliga organisationerna.`),
  d(`Referenstagning – anteckningar (rekrytering enhetschef LSS-boende)

Kandidat: Emma Söderlund
Referens 1: Tidigare chef, Kristina Al-Khatib, Region Dalarna

- Emma var "mycket omtyckt av brukarna och personalen"
- Duktig på att skapa struktur, införde nya rutiner för genomförandeplaner
- Svagare på budget; gick över budget två år i rad och behövde stöd av controller
- Hade en konflikt med en skyddsombud som löstes med hjälp av HR
- Skulle anställa henne igen: "Ja, men med stöd i ekonomin"

Referens 2: kontaktas måndag.

/Rekryterare Jakob`, 'hr-assessment'),
  d(`HR guidelines – reference checks

- Reference checks are made only with the candidate's consent and only with the referees the candidate has named.
- Use the structured question template; ask the same questions for all finalists.
- Notes from reference checks are stored in the recruitment system and deleted two years after the recruitment is closed.
- Never ask about health, family plans, religion or political opinions.

The template is available on the HR pages.`),
  d(`Case note – Child and Family Services (English summary for the Irish authority)

Child: Liam O'Brien, 10
Mother: Siobhan O'Brien, residing in Uppsala

The father, Patrick Walsh, is currently serving a four-year prison sentence in Cork for armed robbery. He has requested contact with Liam by phone. The mother opposes this, and Liam has said he does not want contact at present.

Our assessment: Contact is not in Liam's best interests at the moment. We recommend that contact is reviewed in six months, with Liam's views taken into account.

Social worker: Anna Björk, Uppsala municipality`, 'criminal-record', 'social'),
  d(`News in brief – Prison population at record high

The Swedish Prison and Probation Service reports that the number of inmates has increased by 18 % in two years. Several prisons are overcrowded and double-bunking is now used in more facilities.

The government has announced plans for new prisons in the north and south of the country. Municipalities where new facilities are planned are invited to information meetings in the spring.

Source: Kriminalvården press release`),
  d(`Ledningsgruppens minnesanteckningar, 5 mars

1. Ekonomisk uppföljning feb – avvikelse -1,2 mnkr, mest vikariekostnader
2. Rekrytering av ny controller – tre kandidater kvar, intervjuer v. 11
3. Lokalfrågor – Kvarnhuset ska renoveras 2026
4. Medarbetarenkät – svarsfrekvensen var 81 %
5. Personal – Kerstin Lund (planeringschef) är sjukskriven på heltid för utmattningssyndrom sedan förra veckan, beräknat minst till maj. Johan går in som tf. planeringschef. Kerstin har bett att vi inte pratar om orsaken i organisationen.
6. Övrigt – påskledighet, lista till assistenten.`, 'health'),
  d(`Ledningsgruppens minnesanteckningar, 9 april

1. Budgetprocessen 2026 – ramar presenteras i maj, enheterna lämnar behovsanalyser
2. Digitaliseringsstrategi – förslag till prioriteringar diskuterades; beslut nästa möte
3. Arbetsmiljö – sjukfrånvaron på förvaltningen har minskat till 5,9 %, att jämföra med 6,4 % i fjol
4. Kommunikation – ny intranätstruktur lanseras i juni
5. Övrigt – ledningsgruppens internat 3–4 juni, plats återkommer`),
  d(`Beslut – Personlig assistans enligt LSS

Sökande: Elin Sandström, 24 år
Ombud: Modern, Anita Sandström

Elin har cerebral pares (CP) med omfattande rörelsehinder och behöver hjälp med alla grundläggande behov, inklusive andning nattetid. Hon tillhör personkrets 3 enligt 1 § LSS.

Ansökan avser utökning av personlig assistans från 98 till 120 timmar per vecka eftersom Elin börjat studera på folkhögskola.

Beslut: Ansökan beviljas med 120 timmar per vecka från och med 1 september.

Handläggare: Samir Haddad, LSS-handläggare`, 'social', 'health'),
  d(`Vad är LSS?

Lagen om stöd och service till vissa funktionshindrade (LSS) ger rätt till tio olika insatser, till exempel personlig assistans, ledsagarservice, korttidsvistelse och bostad med särskild service.

Du kan ha rätt till insatser om du har:
1. en utvecklingsstörning, autism eller autismliknande tillstånd
2. en betydande begåvningsmässig funktionsnedsättning efter hjärnskada i vuxen ålder
3. andra varaktiga fysiska eller psykiska funktionsnedsättningar

Ansökan görs skriftligt till kommunens LSS-handläggare. Blankett finns på webben.`),
  d(`[Teams chat – HR team]

[11:20] Sofia: sorry I was quiet this morning, big news at home
[11:21] Sofia: I'm adopted (from Colombia) and I did a DNA test last autumn, and MyHeritage just matched me with a half-brother in Medellín!! 99% certain match according to the report
[11:22] Paulina: WHAT. that's amazing!!
[11:22] Sofia: we're talking on video tonight, I'm shaking
[11:23] Paulina: take the afternoon off if you need
[11:24] Sofia: maybe I will 💛`, 'genetic', 'ethnic-origin'),
  d(`Från: Kundtjänst, Pensionsmyndigheten (intern kopia)
Ämne: Ärende – aktivering av röstverifiering

Kunden Gunnar Ek ringde i dag och ville aktivera röstverifiering i telefontjänsten, eftersom han har svårt med BankID. Ett röstavtryck har spelats in och kopplats till hans kundprofil (tre inspelningar av frasen "min röst är min legitimation").

Vid nästa samtal identifieras han automatiskt. Kunden informerades om att röstavtrycket kan raderas på begäran.

Handläggare: Eva
Kundtjänst Telefon`, 'biometric'),
  d(`Från: Kurator Lisa Holm, Ungdomsmottagningen
Skickat: den 19 mars 15:40
Till: Socialsekreterare Mattias Berg
Ämne: Elsa, 16 år – polisanmälan

Hej Mattias,

Som vi pratade om i telefon: Elsa berättade i dag att hon blev våldtagen i samband med en träningsresa i februari. Den hon pekar ut är hennes fotbollstränare, Kenneth (fullständigt namn i polisanmälan). Polisanmälan gjordes i dag tillsammans med mamman och Kenneth är nu misstänkt. Elsa har genomgått undersökning på akuten.

Jag gör också en orosanmälan eftersom Kenneth tränar flera andra flickor i klubben.

Elsa vill att så få som möjligt får veta, även på skolan.

/Lisa`, 'sex-life', 'criminal-record', 'health', 'social'),
  d(`Till: Valnämndens kansli
Från: Registrator
Ämne: Röstkort – väljare med skyddad folkbokföring

Hej,

En väljare, Anna (efternamnet har vi i ärendet), hörde av sig och oroade sig för att röstkortet ska skickas till hennes gamla adress. Hon har skyddad folkbokföring sedan i våras och står skriven i Stockholm på Skatteverkets adress.

Jag har förklarat att röstkortet skickas via Skatteverket och att hon kan rösta i vilken vallokal som helst. Vi får inte lämna ut något om var hon bor, inte heller till partiernas valarbetare som ringer.

/Registrator`, 'protected-identity'),
  d(`Hi Lena,

I hope it's OK to ask this by e-mail. As a practising Muslim I pray five times a day, and two of the prayers fall during my working hours in winter. Until now I've been using the storage room next to the archive, but since the new shelves arrived there's no space.

Is there any quiet room I could use for 10 minutes around 12:30 and 15:00? I don't need anything special, just a clean floor and a door.

I'll make up the time at the end of the day, of course.

Thank you,
Yasin Rahman
Archivist`, 'religion'),
  d(`Nu öppnar Andrummet på plan 2!

Behöver du en paus från det öppna kontorslandskapet? Från och med måndag finns ett tyst rum på plan 2 (gamla rum 214) som alla medarbetare kan använda för vila, meditation, bön eller bara några minuters tystnad.

Regler:
- Max 20 minuter per besök
- Tyst – inga samtal eller telefoner
- Skor av vid mattan
- Boka inte rummet för möten

Rummet har dimbar belysning och några sköna fåtöljer. Trivs!`),
  d(`Dear Mr. Johansson,

Response to your request under Article 17 GDPR (right to erasure)

We have received your request of 4 February to erase your personal data in the time and attendance system at the Central Kitchen, where you were employed until December.

We confirm that:
- your fingerprint template used for clocking in and out has been deleted from the terminals and the central server
- your badge number has been deactivated

Time reports and payroll data are kept for seven years as required by the Accounting Act and cannot be erased yet.

Kind regards
Data Protection Officer, on behalf of the Service Administration`, 'biometric'),
  d(`Levnadsberättelse och önskemål – Korttidsboendet Sjöudden

Boende: Margareta "Maggan" Ljung, 79 år, rum 8 (korttidsvistelse efter sjukhusvistelse, biståndsbeslut t.o.m. 30/6)

Maggan har levt tillsammans med sin livskamrat Birgit Sand i 41 år. De gifte sig 2009 när det blev möjligt. Birgit bor kvar i huset i Hjo och kommer på besök varje dag efter lunch. Birgit ska behandlas som närmast anhörig i alla kontakter, det är viktigt för Maggan.

Maggan tycker om korsord, P1 och att äta middag tidigt.

/Kontaktman Jenny`, 'sex-life', 'social'),
  d(`From: Neonatal Screening Laboratory
To: Child Health Centre, Nurse Emma Lind
Subject: Screening result – Oliver Mensah

Dear colleague,

The newborn screening for Oliver Mensah showed haemoglobin FAS, meaning Oliver is a carrier of sickle cell trait. This is not a disease and requires no treatment, but it is relevant for the family's future pregnancies.

The parents have not yet been informed. Please offer them an appointment and information about genetic counselling; the mother has mentioned that sickle cell disease occurs in her family.

Best regards
Dr. Helena Sjöberg, Clinical Chemistry`, 'genetic'),
  d(`Från: Kommunjurist Anders Moberg
Skickat: den 29 oktober 11:12
Till: Plan- och byggenheten
Ämne: Överklagande av bygglov – klaganden har skyddade personuppgifter

Hej,

I överklagandet av bygglovet på Lärkan 4 är en av klagandena, en granne, person med skyddade personuppgifter (sekretessmarkering). Hennes namn och adress får inte framgå i de handlingar som skickas till byggherren eller till övriga sakägare, och inte heller i det protokoll som publiceras. Använd "klagande 2" och hänvisa till att adressuppgifterna finns i akten.

Meddela mig innan något skickas ut.
/Anders`, 'protected-identity'),
  d(`Hej Bengt,

Jag vill ansöka om tjänstledighet utan lön under perioden 15 april – 31 maj.

Som du kanske vet är jag same och vår familj har renskötsel i Gällivare skogssameby. Under kalvmärkningen och flytten till sommarbetesmarkerna behövs alla händer, och jag har varit med varje vår sedan jag var liten.

Jag kan förbereda mina ärenden så att Karin kan ta över det akuta. Blanketten för tjänstledighet bifogas.

Tack på förhand!
Elle Marja Sikku
Byggnadsinspektör`, 'ethnic-origin'),
  d(`PRESSINBJUDAN

Spadtag för nya Bergsskolan

Tid: Torsdag 16 maj kl. 10.00
Plats: Tomten vid Bergsvägen, Vretby

Kommunalrådet Ebba Lind (C) och oppositionsrådet Magnus Tell (S) tar det första spadtaget för nya Bergsskolan, som ska rymma 450 elever från hösten 2027. Även elever från nuvarande Bergsskolan medverkar.

Möjlighet till intervjuer efteråt.

Kontakt: Presschef Linda Ås, 0500-49 50 00`, 'political-opinion'),
  d(`PRESSINBJUDAN

Invigning av nya återvinningscentralen i Norrby

Tid: Lördag 7 september kl. 11.00
Plats: Norrby ÅVC, Industrivägen 12

Kommunstyrelsens ordförande och renhållningschefen inviger den nya återvinningscentralen som har utökade öppettider och en återbruksbutik. Det bjuds på kaffe och korv, och barnen kan prova på att sortera i tävlingen "Sortera rätt".

Kontakt: Kommunikationsenheten, press@norrby.se`),
  d(`Hej Fastighetsavdelningen,

Ventilationen i köket på Ängsgården har inte fungerat sedan i fredags och det blir över 30 grader när de lagar lunch. Personalen mår dåligt av värmen. Kan ni skicka en tekniker så snart som möjligt? Jag har gjort en felanmälan i systemet också (nr 88213).

Hälsningar
Kalle Nyström
Huvudskyddsombud, Kommunal sektion Omsorg Väst
Tel 070-442 19 83`, 'trade-union'),
  d(`Kommunal informerar – nytt huvudöverenskommelse klart

Kommunal och SKR har kommit överens om ett nytt avtal för anställda inom kommuner och regioner. Avtalet gäller i två år och ger bland annat:
• löneökningar på totalt 7,4 % under avtalsperioden
• förbättrade regler för delade turer
• en särskild satsning på undersköterskor

Medlemsmöten hålls på alla arbetsplatser under september. Läs mer på kommunal.se.

Kommunal Sektion Nord`),
  d(`Från: Enhetschef Barn och unga
Skickat: den 7 maj 16:22
Till: Registrator; Jurist Maria Falk
Ämne: Begäran från journalist – utredning familjen Andersson

Hej,

En journalist på Lokaltidningen har begärt ut "socialtjänstens utredning om familjen Andersson på Granvägen" efter artiklarna om brandlarmet. Vi har en pågående barnavårdsutredning om de två barnen. Utredningen och alla uppgifter om familjen omfattas av sekretess enligt 26 kap. 1 § OSL och får inte lämnas ut, och vi kan inte heller bekräfta att det finns en utredning.

Kan jurist skriva avslagsbeslutet?

/Cecilia`, 'secrecy', 'social'),
  d(`Offentlighetsprincipen – så fungerar det

Alla har rätt att ta del av allmänna handlingar hos kommunen. Du behöver inte tala om vem du är eller varför du vill ha handlingen.

Vissa uppgifter är sekretessbelagda enligt offentlighets- och sekretesslagen, till exempel uppgifter om enskildas hälsa eller personliga förhållanden. Kommunen gör alltid en prövning innan en handling lämnas ut.

Du kan begära ut handlingar via e-post, telefon eller besök. Kopior upp till 9 sidor är gratis.

Kontakta registrator: registrator@kommun.se`),
  d(`From: HR System (Workday) <no-reply@hr.region.se>
Subject: Your compensation has changed

Hi Nadia Farouk,

A change to your compensation has been approved and will be effective from 1 April.

Position: Occupational Therapist, Rehabilitation Clinic
Previous base salary: SEK 33,900 per month
New base salary: SEK 35,400 per month
Reason: Annual salary review

The change will appear on your April payslip. If you have questions, please contact your manager.

This is an automated message.`, 'salary'),
  d(`Hi Finance,

Could you please refund the deposit to our former tenant in the staff apartment at Lärkgatan 4? He moved out 31 August and the inspection found no damage.

Name: Jakob Nielsen
Bank: Danske Bank (Denmark)
IBAN: DK50 0040 0440 1162 43
BIC: DABADKKK
Amount: SEK 8,000

He asked if it could be paid before 15 September.

Thanks,
Maria, Property Management`, 'bank-account'),
  d(`Hej Ekonomi,

Jag fick boka hyrbilen till studieresan i Skåne med mitt privata kort eftersom inköpskortet inte gick igenom hos Hertz. Kan ni föra över beloppet till mig via utlägg, eller kan ni ringa Hertz och byta kort?

Kort jag använde: 4546 1751 9084 8187 (Visa), utg. 10/26
Bokningsnummer: HZ-77120
Belopp: 3 870 kr

Kvittot bifogas.
/Tina, fritidsgården Ungdomshuset`, 'payment-card'),
  d(`Hej nämndsekreterare!

Inför nämndmötet på onsdag: Zoomkontot för nämnden har fått nytt lösenord efter intrångsförsöket i förra veckan.

Konto: namnd.socialforvaltning@kommun.se
Lösenord: Ek-Lund-2025-vinter

Mötes-id och kod för ledamöter skickas separat i kallelsen som vanligt. Jag har bytt värdnyckeln till 628401.

/Digitala mötesstödet, Anton`, 'credentials'),
  d(`Information till allmänheten

Socialnämndens sammanträden är inte öppna för allmänheten, men öppna delar av fullmäktiges sammanträden sänds direkt via kommunens webbplats och Zoom. Länken publiceras samma dag på startsidan.

Protokollen publiceras på webben efter justering, normalt inom två veckor. Ärenden som rör enskilda personer redovisas inte i de publicerade protokollen.

Vill du ställa en fråga till nämnden? Skicka den till nämndens sekreterare.`),
  d(`Hej Amira och Hussein,

Här kommer en sammanfattning av Leilas omdömen i engelska och matematik efter höstterminen i åk 5.

Engelska: Leila når inte kunskapskraven i muntlig förmåga ännu. Hon förstår det mesta men vågar sällan prata. Läsförståelse på E-nivå.
Matematik: Leila når kunskapskraven och visar goda kunskaper i taluppfattning, men behöver träna problemlösning. Provresultat: 27 av 34 poäng.

Förslag: Leila får öva engelska i liten grupp med Sofie på onsdagar.

Välkomna att höra av er!
/Klasslärare Maja Lind`, 'grades'),
  d(`Sammanfattning – Extern arbetsmiljöutredning, Kundcenter (konfidentiell, till förvaltningschef)

Bakgrund: Fem medarbetare har lämnat in klagomål om arbetsklimatet.

Utredarens bedömning:
- Enhetschefen Mats Jonsson har vid flera tillfällen höjt rösten mot medarbetare inför kollegor och har fördelat arbetsuppgifter på ett sätt som uppfattas som orättvist.
- Utredaren bedömer att Mats har brustit i sitt ledarskap, men att det inte är fråga om kränkande särbehandling enligt AFS 2015:4.
- Rekommendation: Ledarskapsstöd med coach, tätare uppföljning från överordnad chef, ny uppföljning om sex månader.

Utredningen har delgivits Mats.`, 'hr-assessment'),
  d(`Från: HR-chef
Till: Förvaltningschef Vård och omsorg
Ämne: Avslutad anställning – Peter B, hemtjänst

Hej,

Som du vet stängdes Peter Björk av i februari efter misstanke om att han stulit smycken och kontanter från två brukare. I går dömdes han i tingsrätten för stöld i två fall till villkorlig dom och 80 timmars samhällstjänst.

Vi har i dag avslutat hans anställning genom avskedande. Anhöriga till brukarna har informerats av enhetschefen.

/Carina, HR-chef`, 'criminal-record', 'hr-assessment'),
  d(`Internal audit – summary of findings: purchase cards

The internal audit of purchase card use in 2024 found the following:
- 14 % of transactions lacked receipts within the required 5 days
- in 3 departments, cards were shared between employees
- monthly reviews by managers were not always documented

Recommendations: reminder training for card holders, automatic blocking after 30 days without receipts, and quarterly spot checks by Finance.

Management response expected by 30 June.`),
  d(`Anteckningar från fastighetsmöte, Kvarteret Lönnen

1. Nyckelrutin: Borttappad nyckel anmäls direkt till fastighetsjouren. Låscylinder byts vid förlust av huvudnyckel, kostnaden belastar verksamheten.
2. Städning av trapphus: ny leverantör från 1 mars.
3. Snöröjning: taket på B-huset skottas vid behov, kontakta driften.
4. Avfall: Nya kärl för matavfall i soprummet.
5. Nästa möte: 14 maj.`),
  d(`Dear colleagues,

As the year comes to an end, I want to thank each of you for your work. It has been a demanding year, with the new case management system, the move to new premises and more citizens than ever needing our services.

Some highlights: waiting times at the customer centre have fallen by a third, and the new e-services for building permits have been used 4,000 times.

I wish you and your families a restful holiday. See you in January!

Warm regards,
Karin Ahlström
Chief Executive`),
  d(`Tidplan budgetprocessen 2026

Januari: Omvärldsanalys och förutsättningar presenteras för kommunstyrelsen
Februari: Nämnderna lämnar behovsanalyser
Mars: Budgetberedning med ekonomiutskottet
April: Budgetdialoger med nämndernas presidier
Maj: Kommunstyrelsens förslag till budget
Juni: Kommunfullmäktige beslutar om budget och skattesats

Ekonomiavdelningen stöttar nämnderna i arbetet. Mallar finns på intranätet.`),
  d(`Hej Mona,

Angående schemat för sommaren på Ekbackens boende – jag har fått en fråga från Lars Wennberg som jag vill stämma av med dig.

Lars är aktiv i pingstförsamlingen i stan och leder deras söndagsskola. Han har bett att slippa arbeta söndagar förmiddag i den mån det går. Han är villig att ta fler lördagskvällar och helgdagsaftnar i stället.

Jag tycker vi kan lösa det, men vill inte att det blir orättvist mot de andra. Vad tycker du?

Hälsningar
Sara, schemaläggare`, 'religion'),
  d(`Chaplaincy service at the University Hospital

The hospital chaplaincy offers support to patients, relatives and staff, regardless of faith or worldview. The team includes representatives of the Church of Sweden, the Catholic Church, the Free Churches and a Muslim spiritual counsellor. A Jewish rabbi can be contacted via the team.

How to reach us: ask the nurse on the ward, or call the chaplaincy office weekdays 8–16. Outside office hours, a duty chaplain is available via the switchboard.

The prayer and silence room on floor 2 is open around the clock.`),
  d(`Anteckning – Anstalten Hällby, inskrivning

Klient: Robin Sand
Inskriven: 3 mars kl. 13.40 från häktet i Eskilstuna
Dom: Fängelse 2 år 6 månader för grovt narkotikabrott och vapenbrott

Vid inskrivningen togs fingeravtryck och fotografi för identifiering samt salivprov för DNA-profil enligt rutin. Uppgifterna har överförts till Kriminalvårdens klientregister.

Klienten placeras på avdelning C. Kontaktman: Frida Öhman.
Besök: Klienten har anmält sambo och en bror som besökare.`, 'biometric', 'criminal-record'),
  d(`Hi Rachel,

I need your advice on something delicate. Tom Whitaker (project lead) came to me today and told me that he and Daniel Shaw in his project team have been in a relationship since the spring. They are planning to move in together. Tom wanted to be open about it because he approves Daniel's time reports.

He asked that we don't spread it – only their closest colleagues know they're a couple.

I think we need to move Daniel's reporting line to another lead. Can we talk tomorrow?

Thanks,
Mark, Head of Department`, 'sex-life'),
  d(`Hej valberedningen,

Förslag till ny ledamot i arbetsmiljökommittén: Anna Strand, socialsekreterare på Vuxenenheten. Anna är arbetsplatsombud för Vision på socialkontoret sedan två år och har bra koll på arbetsmiljöfrågor. Hon sitter också i kommunfullmäktige för Vänsterpartiet, så vi behöver kolla att det inte uppstår jäv i något ärende.

Hon har sagt ja till att ställa upp.

/Jenny, samordnare Arbetsmiljökommittén`, 'trade-union', 'political-opinion'),
  d(`[Teams – Våning 3]

[10:02] Malin: vem har tagit hand om krukväxterna på semestern? de ser lite sorgliga ut
[10:04] Kent: inte jag 😬
[10:05] Rosie: jag vattnade förra veckan men fikusen är nog död
[10:06] Malin: ok, jag köper nya. ska vi ha ett vattningsschema?
[10:06] Kent: jag gör ett excel
[10:07] Rosie: klart det blir ett excel`),
  d(`From: Police Region East, Local Police Area Linköping
To: Municipal Security Coordinator
Subject: Planned operation – week 47

Hi Stefan,

As discussed, the police will carry out an operation in the Skäggetorp area during week 47. Please note that the information about the operation, including dates, locations and the number of officers, is covered by secrecy under chapter 18 section 1 OSL and must not be shared beyond the named people in the municipal coordination group. Do not forward this e-mail.

We will brief the group on Monday at 08:00.

Regards,
Inspector Maria Lund`, 'secrecy'),
  d(`Till: Kommunledningsgruppen
Från: Säkerhetschefen
Ämne: Förteckning över skyddsvärda objekt

Hej,

Den uppdaterade förteckningen över kommunens skyddsvärda objekt (vattenverk, reservkraft, ledningscentraler m.m.) är klar. Förteckningen omfattas av sekretess enligt 18 kap. 8 § OSL och delar av den är säkerhetsskyddsklassificerade. Den skickas inte per e-post utan kan läsas hos mig.

Observera att listan inte får diskuteras i öppna möten eller tas med i nämndhandlingar.

/Säkerhetschef Ola Rydberg`, 'secrecy'),
  d(`IT Security Forum – minutes, 12 September

1. Status of the MFA rollout: 94 % of users enrolled. Remaining users contacted by their managers.
2. Backup tests: the quarterly restore test succeeded for all critical systems.
3. Awareness: October is Cyber Security Month; lunch seminars planned.
4. Policy review: The password policy will be updated to follow the new national guidance.
5. AOB: None.

Next meeting: 10 October.`),
  d(`Hej Annika,

Jag ser att något har blivit fel med din lön för maj. Du fick 42 300 kr netto i stället för ca 24 300 kr, eftersom semesterersättningen räknades två gånger när din tjänstgöringsgrad ändrades från 75 till 100 %.

Vi kan antingen dra det felaktiga beloppet på de kommande tre lönerna (6 000 kr per månad) eller så betalar du tillbaka hela beloppet till kommunens bankgiro. Vad passar dig bäst?

Jag är ledsen för besväret.

Hälsningar
Elin Sjö, lönehandläggare`, 'salary'),
  d(`Course registration – "Negotiation skills for project managers"

Participant: Hugo Lindberg, Infrastructure Department
Course date: 3–4 October
Fee: SEK 7,900 (excl. VAT)

Payment details (paid by participant, to be reimbursed via expense claim):
Card type: Mastercard
Card number: 5355 1226 1388 7381
Expiry: 12/25
Security code: 058

I confirm that I have read the cancellation terms.
Signature: H. Lindberg`, 'payment-card'),
  d(`Ärende #IT-60712 – Installera skrivardrivrutin på Kvarnskolans datorer

Inlagt av: Lena (skoladministratör)
Tilldelat: Lokal IT, Johan

Johan, 09:12:
Hej Lena, jag hinner inte komma ut förrän på torsdag. Om Per (IT-ansvarig lärare) vill göra det själv kan han logga in med det lokala adminkontot:
Användare: kvarnadmin (lokalt konto)
Lösenord: Skrivare#Kvarn2024
Drivrutinen ligger på G-disken i mappen IT/Skrivare.

Säg till när det är klart så byter jag lösenordet efteråt.`, 'credentials'),
  d(`Ticket #IT-60815 – Request for local admin password

Requested by: Henrik Dahl, Environment Dept.

Service Desk, 10:44:
Hi Henrik, we don't share local admin passwords. Software installations are requested via the Software Center or by creating a ticket for our deployment team. If you need temporary admin rights for testing, your manager can apply via the form "Elevated rights" – the rights are then granted to your own account for 24 hours.

Closing this ticket. Let us know if you need help with the form.`),
  d(`Åtgärdsprogram – utvärdering (utdrag)

Elev: Viktor, åk 7
Ansvarig: Specialpedagog Karin Dahl

Mål 1: Viktor ska nå E i matematik.
Utvärdering: Delvis uppnått. Viktor har klarat 3 av 4 delprov på E-nivå; provet i algebra gav 8 p av 30.
Mål 2: Öka närvaron till minst 90 %.
Utvärdering: Ej uppnått. Närvaro 79 % under perioden, framför allt morgonlektioner.
Mål 3: Läsa 20 min per dag med stöd av inläsningstjänst.
Utvärdering: Uppnått.

Nytt möte med vårdnadshavare: 12 mars.`, 'grades'),
  d(`Skolinspektionen granskar betygssättningen

Skolinspektionen kommer under våren att genomföra en tematisk kvalitetsgranskning av betygssättningen i matematik i årskurs 9 i tio kommuner, däribland vår. Två av våra skolor, Hagaskolan och Östra skolan, har valts ut.

Granskningen innebär intervjuer med lärare och rektorer samt analys av bedömningsunderlag. Inga enskilda elevers betyg kommer att redovisas i rapporten.

Kontaktperson på förvaltningen: utvecklingsstrateg Åsa Rönn.`),
  d(`Hej Pedagogerna på Igelkotten!

Vi vill berätta om Elis inför inskolningen. Efter en lång utredning har Elis fått en genetisk diagnos: helexomsekvensering visade en nymutation i SCN1A-genen, och han har Dravets syndrom. Det förklarar hans epilepsianfall.

Vad ni behöver veta:
- Elis får lätt anfall vid feber och när han blir för varm
- Vid anfall över 3 minuter: ge Buccolam enligt ordination (ligger i väskan) och ring 112
- Han tar Epidiolex morgon och kväll hemma

Vi kommer gärna och visar mer. Tack för att ni tar hand om honom!

Hälsningar
Sara och Mikael (Elis föräldrar)`, 'genetic', 'health'),
  d(`Dear colleagues in Kungälv,

Transfer of case – family N. (children born 2015 and 2018)

The family moved to your municipality last month and we are transferring the case of the two children under chapter 2a SoL. Please note that the mother and both children have protected identity (skyddad folkbokföring). Because of this, we will send the case file by registered courier and not through the regular digital exchange, and the file is marked accordingly.

The ongoing intervention is family support twice a week. The father is not to be informed of the new municipality.

Contact: social worker Eva Holm, Lerum municipality`, 'protected-identity', 'social'),
  d(`Hej,

Jag ringer i ett ärende för min klient Dragan Mirković, som bett mig hjälpa honom att lämna klagomål till Arbetsförmedlingen.

Dragan är rom och har vid två möten med sin handläggare fått frågor om "varför hans folk inte vill jobba" och antydningar om att han inte skulle passa hos arbetsgivare i kundnära yrken. Han upplever sig diskriminerad och vill att det utreds.

Han har sparat anteckningar från mötena. Kan du ringa mig så bestämmer vi hur vi går vidare?

Mvh
Lina Sjöberg, jurist, Antidiskrimineringsbyrån Väst`, 'ethnic-origin'),
  d(`Fakta om nationella minoriteter i kommunen

Sverige har fem erkända nationella minoriteter: judar, romer, samer, sverigefinnar och tornedalingar. Minoritetsspråken är jiddisch, romani chib, samiska, finska och meänkieli.

I vår kommun bedöms omkring 4 000 invånare ha sverigefinsk bakgrund. Kommunen erbjuder förskola på finska, äldreomsorg med finskspråkig personal och information på minoritetsspråken.

Samråd med minoriteterna hålls fyra gånger per år. Nästa samråd: 18 mars i Stadshuset.`),
  d(`Hi Emma,

Thanks for the invite to the project kick-off. Just so you know, I'm also the Unionen workplace representative here at NordTech, so when the reorganisation part of the project comes up I'll have to step out of the working group and take it to the union side instead. It's not a problem, but I want to avoid any conflict of interest.

See you Tuesday!

/Ahmed Karimi
Senior Developer | Unionen workplace rep, NordTech AB`, 'trade-union'),
  d(`Why join a union?

A union can help you with:
- salary advice before your review
- legal support if you have a dispute with your employer
- insurance, including income insurance if you lose your job
- collective agreements on working hours, leave and pensions

Several unions are represented at our workplace. Union representatives have the right to inform employees during working hours once per term. Look out for the information meeting in the staff room on 12 March.`),
  d(`Hi Chris,

Following our conversation on Friday, here is the performance improvement plan (PIP) for Sarah Lindqvist, as agreed with HR.

Background: Over the last two quarters, Sarah's case-handling times have been 40 % above the team average and several decisions had to be reworked after legal review.

Goals for the next 8 weeks:
1. Reduce average handling time to team level
2. No decisions returned due to incorrect legal basis
3. Weekly check-ins with me on Thursdays

If the goals are not met, we will consider further measures. Sarah has received a copy and signed it.

Best,
Laura, Team Manager`, 'hr-assessment'),
  d(`Påminnelse: Boka medarbetarsamtal före 31 oktober

Hej alla chefer!

Enligt vår årsplan ska alla medarbetarsamtal vara genomförda senast 31 oktober. Kom ihåg att:
- skicka samtalsmallen till medarbetaren minst en vecka innan
- dokumentera överenskommelser i HR-systemet
- boka in uppföljning under våren

Har du frågor om mallen eller systemet, kontakta HR-service.`),
  d(`[Chatt – Kansliet, fredag eftermiddag]

[15:41] Oskar: visste ni att Kristina på bygglov är medlem i Moderaterna?
[15:42] Tove: jaha, nej
[15:42] Oskar: hon sa att hon knackar dörr för dem på helgerna inför valet
[15:43] Tove: det är väl hennes ensak så länge hon inte handlägger nåt där hennes parti är inblandat
[15:44] Oskar: ja klart, tyckte bara det var kul
[15:50] Tove: trevlig helg!`, 'political-opinion'),
  d(`Election day volunteer rota – Rosendal polling station

Morning shift (07:30–13:00): 4 volunteers
Afternoon shift (12:30–18:00): 4 volunteers
Evening shift and counting (17:30–until finished): 5 volunteers

All volunteers must have completed the training. Please check in with the polling station chair at the start of your shift. Food is provided for the evening shift.

Swap shifts via the election office only.`),
  d(`[Messenger – "Avtackning Gunnel"]

Lotta 09:12: hej alla! vi samlar in till Gunnels avtackning, 100 kr per person
Lotta 09:12: jag har inte swish på jobbtelefonen så sätt in på mitt konto: ICA Banken, clearing 9270, konto 1027 553 68 (Lotta Berglund)
Mira 09:20: gjort!
Anders 09:31: klart
Lotta 09:33: tack! presenten blir en kaffebryggare och blommor
Mira 09:34: perfekt, hon pratar om sin trasiga bryggare varje dag 😂`, 'bank-account'),
  d(`Utbetalningsunderlag – Ekonomiskt bistånd, november

Klient: Mehmet Yildiz
Beslut: Försörjningsstöd enligt riksnorm samt hyra, beviljat 2024-11-04
Belopp: 9 812 kr

Utbetalning sker till klientens konto:
Swedbank, clearing 8327-9, konto 994 331 208-6

Observera: Hyran (6 150 kr) betalas direkt till hyresvärden enligt överenskommelse med klienten, eftersom han har hyresskulder sedan i våras.

Attesterat av: Gruppledare Anna Wiklund`, 'bank-account', 'social'),
  d(`Hi Accounts,

Please find attached my travel expense claim for the Nordic conference in Helsinki (flights, two nights' hotel, taxi). Total: SEK 6,240.

As I'm still on a UK bank account until my Swedish account is opened, could you please pay it there:
Account name: Oliver J. Hayes
Bank: Barclays
Sort code: 20-45-77
Account number: 73104582
IBAN: GB33 BARC 2045 7773 1045 82

Many thanks!
Oliver
Visiting researcher, Urban Studies`, 'bank-account'),
  d(`Hej Mats,

Här kommer kortet till fritidsgårdens inköp under sommarlovet, som du bad om. Jag är på semester från i morgon så det är bäst att du har uppgifterna:

Kort: Mastercard 5200 8381 4598 1839
Giltigt: 06/27
CVC: 723
PIN-kod: 4481

Max 2 000 kr per inköp, spara alla kvitton! Lämna tillbaka kortet i kassaskåpet senast 16 augusti.

/Birgitta, föreståndare`, 'payment-card', 'credentials'),
  d(`Överrapportering inför operation – Kirurgavdelning 5

Patient: Anders Nyberg, 58 år
Planerad operation: Höger hemikolektomi, onsdag kl. 08.00

OBS: Patienten är Jehovas vittne och har skriftligen avböjt blodtransfusion, även i livshotande situation. Ifyllt formulär finns i journalen. Narkosläkaren har informerats och cellsparare är beställd. Preoperativt Hb 128.

Patienten accepterar albumin men inte plasma. Diskutera med ansvarig kirurg vid frågor.

/Ssk Hanna, kvällspass`, 'religion', 'health'),
  d(`RE: Invitation – Municipal Awards Dinner, 8 November

Dear Ms. Lund,

Thank you for the kind invitation. I'm pleased to confirm that I will attend, together with my husband, Erik Sandberg. Neither of us has any dietary restrictions, although Erik would prefer a non-alcoholic option.

Could you let me know whether the dress code is formal or business attire?

Kind regards,
Daniel Ahlberg
Director, Ahlberg Architects`, 'sex-life'),
  d(`Från: Sjukhusapoteket, säkerhetsansvarig
Till: Vårdenhetschef Avd 8
Ämne: Ny passerkontroll till narkotikaförrådet

Hej,

Från måndag används irisskanning för att komma in i narkotikaförrådet. Av avdelningens sjuksköterskor är nu Sofia Berg, Adam Lund och Mirja Koskinen registrerade – deras irismönster skannades i förmiddags. Hannes Ek behöver göra om registreringen eftersom han bar glasögon vid skanningen och mallen blev ofullständig.

Övriga boka tid hos mig, 10 minuter räcker.

/Per Åström`, 'biometric'),
  d(`Från: Polisen, utredare Lena Hjort
Skickat: den 11 december 14:20
Till: Fastighetschef, Vårdcentralen Björken
Ämne: Inbrottet i kassaskåpet 2 december

Hej,

Jag vill informera om att fingeravtrycken som säkrades på kassaskåpet och dörrkarmen har matchats i registret mot en tidigare anställd hos er lokalvårdsentreprenör, en man i 30-årsåldern. Han är nu skäligen misstänkt för inbrottet och har delgivits misstanke.

Jag ber att ni inte kontaktar honom eller entreprenören om detta innan vi har hållit förhör.

Med vänlig hälsning
Lena Hjort, Polismyndigheten`, 'biometric', 'criminal-record'),
  d(`Hej Elisabet,

Kort uppdatering i dödsboet efter Bertil Engström, där jag är god man för en av arvingarna.

Tingsrätten har nu beslutat att det ska göras en DNA-analys för att fastställa om Jonas Åkesson är Bertils son, vilket Jonas själv påstår. Prover tas från Jonas och från Bertils bror Sven, eftersom Bertil kremerades. Rättsmedicinalverket beräknar svar i februari.

Arvskiftet skjuts alltså upp tills vidare.

/Gunilla, överförmyndarenheten`, 'genetic'),
  d(`From: Whistleblowing function, Legal Department
To: Head of Internal Audit
Subject: Report no. WB-2024-07

Dear Martin,

We have received a whistleblower report concerning alleged irregularities in the invoicing of consultancy services in the Technical Department. The identity of the reporting person, and any information that could reveal it, is covered by secrecy under chapter 17 section 3 e OSL and must not be disclosed to anyone outside the whistleblowing function.

We ask Internal Audit to carry out a review of the invoices for 2023–2024. A summary of the allegations is attached, anonymised.

Kind regards
Johanna Berg, Legal Counsel`, 'secrecy'),
  d(`Från: Vuxenutbildningen, Studie- och yrkesvägledare
Till: Ida Svensson
Ämne: Dina betyg och ansökan till sjuksköterskeprogrammet

Hej Ida!

Jag har gått igenom dina betyg från Komvux nu när vårterminen är klar:
- Matematik 2b: D
- Naturkunskap 2: C
- Samhällskunskap 1b: B
- Engelska 6: E (kompletteringen i maj godkändes)

Du saknar fortfarande Svenska 3 för grundläggande behörighet. Om du läser den i sommar, med betyg senast 15 augusti, kan du komplettera ansökan.

Vänliga hälsningar
Mirja, SYV`, 'grades'),
  d(`Hi Mrs. Keller,

Thank you for coming to the meeting. As promised, here are Mia's results from the reading assessment we did in week 40:

Reading fluency: 62 words per minute (year 3 target: 80)
Reading comprehension: 14 out of 50
Spelling test: 21 out of 40

Mia has made progress since the spring, but she still needs support. We'll continue with the reading group three times a week, and I recommend daily reading at home for 15 minutes.

We'll do a new assessment in February.

Kind regards,
Ms. Holm, Class teacher 3B`, 'grades'),
  d(`Hi Jess,

Welcome to the team at the youth centre! A few practical things for your first evening shift on Thursday:

- The back door key is in the key safe by the bike racks, code 0613
- The alarm code is 3392 – turn it off within 30 seconds of opening
- Wi-fi for staff: "Ungdom-Personal", password Fika4Ever!

Please don't share the codes with the young people, even the ones who "just want to get their jacket". 

Call me if you have problems: 072-553 10 48.

Cheers,
Robin, centre manager`, 'credentials'),
  d(`Från: Vårdförbundet, förhandlare Petra Lind
Skickat: den 18 maj 10:02
Till: HR-strateg Martin Ek
Ämne: SV: Ingrid Holm – lönetillägg specialistsjuksköterska

Hej Martin,

Vi har pratat med Ingrid och hon accepterar arbetsgivarens bud om ett lönetillägg på 650 kr/månad för specialistutbildningen, retroaktivt från 1 mars. Hennes nya lön blir därmed 41 150 kr.

Vi ser gärna att ni i fortsättningen följer den lokala överenskommelsen om specialistlöner direkt, så att medlemmarna inte behöver gå via oss.

Mvh
Petra Lind`, 'salary', 'trade-union'),
  d(`Anteckning – Flyktingmottagningen

Ny kontakt: Familjen Rabinovich, mamma Olena, pappa Mykhailo och dottern Sofiia (9).

Familjen är judar från Odessa i Ukraina och kom till Sverige i mars med stöd av massflyktsdirektivet. De har kontakt med judiska församlingen i Malmö, som har hjälpt dem med tillfälligt boende.

Önskemål: Skolplacering för Sofiia, helst nära församlingen. Familjen önskar koshermat i skolan om möjligt.

Planering: Kontakt med skolans mottagningsenhet. Uppföljning om två veckor.

/Handläggare Sara M`, 'religion', 'ethnic-origin'),
  d(`Från: Kundcenter
Till: Biblioteksenheten
Ämne: Synpunkt från besökare – Centralbiblioteket

Hej,

Vi har fått in en synpunkt via e-tjänsten. En besökare skriver att bibliotekarien Lars Wiklund i informationsdisken har burit en Vänsterpartiet-pin på kavajen och vid två tillfällen delat ut partiets flygblad om bibliotekets öppettider till besökare. Besökaren menar att det strider mot bibliotekets opartiskhet.

Kan ni titta på det och svara besökaren inom två veckor?

/Kundcenter`, 'political-opinion'),
  d(`Hej Agneta,

Inför skolstarten i Kullaskolan: Ebba, 7 år, är sedan i våras placerad i familjehem i kommunen. Hon har sekretessmarkering, eftersom det finns en hotbild mot henne. Hennes namn får inte publiceras på klasslistor som delas med föräldrar och hon får inte fotograferas för skolkatalogen.

Familjehemsföräldrarna, Lisa och Johan, lämnar och hämtar. Ingen annan får hämta henne.

/Familjehemssekreterare Jonas`, 'protected-identity', 'social'),
  d(`Biblioteket informerar – veckans program

Måndag 18.00: Bokcirkel "Deckare från Norden"
Tisdag 10.00: Sagostund för de minsta (1–3 år)
Onsdag 14.00: Digital hjälp – fråga oss om BankID, 1177 och Kivra
Torsdag 18.30: Författarbesök: Maja Lund berättar om sin nya roman
Lördag 11.00: Lego-verkstad

Alla aktiviteter är gratis. Sagostunden kräver förbokning på grund av begränsat antal platser.

Välkommen!`),
  d(`News from HR: New HR system in September

Our old HR system will be replaced by a new cloud-based system on 2 September. What this means for you:

- You'll log in with your regular work account – no new password
- Leave applications, sick leave reporting and expense claims will all be in one place
- Payslips will be available in the app

Managers will receive training in August. A short video guide for all staff will be published on the intranet.

Questions? hr-system@municipality.se`),
  d(`Så fyller du i ansökan om ekonomiskt bistånd

1. Personuppgifter: Fyll i uppgifter om dig och alla i hushållet.
2. Boende: Ange hyra och bifoga hyresavi.
3. Inkomster: Ange alla inkomster för senaste månaden, t.ex. lön, a-kassa, studiemedel, barnbidrag.
4. Tillgångar: Ange saldo på alla bankkonton och bifoga kontoutdrag för de senaste tre månaderna.
5. Utgifter: Bifoga kvitton för t.ex. läkarbesök och medicin som du söker bistånd för.
6. Underskrift: Alla vuxna i hushållet ska skriva under.

Lämna ansökan i receptionen eller via e-tjänsten.`),
  d(`APT Centralköket, 3 september

1. Specialkost: Påminnelse om rutinen – alla specialkostbeställningar ska ha ett underlag från vårdnadshavare eller skolsköterska. Listorna uppdateras i början av varje termin och hänger i kallskänken. Byt handskar mellan normalkost och allergikost.
2. Nya leverantörer: Mejeriprodukter från Arla från och med v. 37.
3. Arbetsmiljö: Nya lyftvagnar har kommit.
4. Studiebesök: Kökspersonal från Grannköping kommer 12/9.
5. Övrigt: Personalfest 27/9.`),
  d(`[Teams – "Julbord 2024"]

[10:14] Nadja: omröstning! Gästgivargården eller Kajen?
[10:15] Erik: Kajen, förra året var maten kall på Gästgivaren
[10:15] Helena: Kajen
[10:16] Mohammed: Kajen 👍
[10:18] Nadja: Kajen it is. 13 dec kl 18, 420 kr/person, förvaltningen bjuder på fördrinken
[10:19] Helena: finns alkoholfritt?
[10:19] Nadja: ja, och vegetariskt julbord
[10:25] Erik: 🎄`),
  d(`KALLELSE – Socialnämnden

Tid: Onsdag 20 mars kl. 13.00
Plats: Sammanträdesrum Storsjön

Ärenden:
1. Val av justerare
2. Månadsuppföljning februari
3. Riktlinjer för handläggning av insatser enligt LSS – revidering
4. Yttrande över remiss om ny socialtjänstlag
5. Redovisning av ej verkställda beslut, kvartal 4
6. Delegationsbeslut
7. Meddelanden

Ärenden som rör enskilda behandlas på slutet och är inte offentliga.`),
  d(`Job opening: HR Specialist – Occupational Health & Rehabilitation

We are looking for an HR specialist to support managers with sick leave follow-up, rehabilitation and work environment matters.

You will:
- advise managers on the rehabilitation process and contacts with the Social Insurance Agency
- coordinate with the occupational health service
- analyse sickness absence statistics and propose preventive measures

Requirements: degree in HR or similar, at least three years of experience of rehabilitation work.

Apply by 30 April. Contact: HR Manager Sofia Gran.`),
  d(`Ärende #IT-61102 – Skrivare på plan 2 matar inte papper

Inlagt av: Receptionen, Kommunhuset
Prioritet: Normal

Receptionen, 08:31:
Skrivaren vid kopieringsrummet på plan 2 säger "pappersstopp i fack 2" men det finns inget papper som fastnat. Vi har startat om den två gånger.

Servicetekniker, 10:05:
Bytt matningsrulle i fack 2, testutskrift ok. Skrivaren behöver service inom kort, beställd hos leverantören.

Status: Löst`),
  d(`Information till timvikarier i vikariepoolen

Välkommen som vikarie! För att vi ska kunna betala ut din lön behöver du:
1. Registrera ditt lönekonto i Självservice (instruktion bifogas)
2. Lämna in ditt skattebesked om du vill ha annan skatt än enligt tabell
3. Rapportera dina arbetade timmar i appen senast den 3:e varje månad

Lönen betalas ut den 25:e. Vid frågor om lön, kontakta Lönecenter. Vid frågor om bokningar, kontakta bemanningsenheten.`),
  d(`Sick leave rules – quick reference for managers

Days 1–7: The employee reports sick to their manager on the first day. No medical certificate needed. Qualifying deduction applies.
Day 8 onwards: A medical certificate is required.
Day 15 onwards: Sick pay is paid by the Social Insurance Agency; the employer reports the case.
Within 30 days: If the absence is expected to last more than 60 days, a return-to-work plan must be drawn up.

Recurring short-term absence (6 times in 12 months) should prompt a health conversation.

See the full guideline on the intranet.`),
  d(`SV: SV: Anmälan till Kommundagarna

Hej Frida,

Tack, då har jag anmält dig, Henrik och mig. Hotell bokat på Clarion, två nätter.

/Ulrika

Från: Frida Lind
Skickat: den 4 februari 13:02
Ämne: SV: Anmälan till Kommundagarna

Ja gärna! Henrik vill också följa med om det finns plats.

Från: Ulrika Ström
Skickat: den 4 februari 09:40
Ämne: Anmälan till Kommundagarna

Hej! Vill du följa med på Kommundagarna i Örebro 12–13 mars? Sista anmälningsdag är fredag.

--
Ulrika Ström
Utvecklingsstrateg`),
  d(`Veckobrev från Björkskolan, vecka 49

Luciafirande
Fredag 13 december har vi luciafirande i aulan kl. 8.15. Alla elever är välkomna att delta i tåget. Den som inte vill vara med i tåget kan sitta i publiken eller vara i biblioteket med en vuxen – prata med din mentor.

Julavslutning
Sista skoldagen är torsdag 19 december. Avslutningen sker i aulan. Fritids är öppet som vanligt.

Påminnelse
Hittegodset töms den 20 december. Titta efter era mössor!`),
  d(`Minnesanteckningar – Kommunala pensionärsrådet, 6 november

Närvarande: representanter för PRO, SPF Seniorerna och SKPF, samt äldreomsorgschefen och två tjänstepersoner.

1. Information om budget för äldreomsorgen 2025
2. Seniorernas trygghetsvandring i centrum – förslag om bättre belysning vid busstationen
3. Matdistribution till hemtjänstens kunder – ny leverantör från januari
4. Frågor från föreningarna: väntetider till vård- och omsorgsboende, färdtjänstens telefonkö
5. Nästa möte: 12 februari`),
];
