/**
 * Training set train-n: a TRAINING set (the classifier is trained on it), written from the labelling
 * guide alone (/tmp/label-guide.md, the LABELLING.md rulings), without reading any other corpus or the
 * classifier. Style: longer, messy texts (about 8 to 40 lines) — forwarded threads with quoted history
 * and "Från: … Skickat: …" headers, signatures and legal disclaimers, meeting minutes and APT notes with
 * several agenda items, weekly summaries, chat exports with timestamps, ticket-system and HR-system
 * mails, case-note excerpts, newsletters and bullet lists, in Swedish and English. The sensitive fact,
 * when there is one, may sit anywhere (a quoted older mail, one agenda item, a PS) and is often said
 * indirectly; many texts use the same vocabulary without disclosing anything about a person (hard
 * negatives, no label). All names, numbers, addresses and details are invented.
 */
import type { CategoryType } from '../../../../src/core/classify/types.js';
import type { LabelledDocument } from '../category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const TRAIN_N: readonly LabelledDocument[] = [
  d(`Från: Maria Ekdahl
Skickat: den 3 mars 2026 14:12
Till: Jonas Berglund
Ämne: VB: Schemat vecka 11

Hej Jonas,
Skickar vidare det här så du har bakgrunden inför måndagen.
/Maria

-----Ursprungligt meddelande-----
Från: Linnea Sjöholm
Skickat: den 2 mars 2026 21:47
Till: Maria Ekdahl
Ämne: Schemat vecka 11

Hej Maria, jag kommer inte kunna ta kvällspassen framöver. Läkaren på vårdcentralen har satt upp mig på
sertralin igen och jag sover knappt, det är samma sak som hösten 2024. Jag vill helst inte att hela
gruppen vet. Kan vi prata på telefon?
Linnea

Maria Ekdahl
Enhetschef, Hemtjänst Norr
Björkviks kommun`, 'health'),
  d(`Protokoll APT Förskolan Solrosen 2026-02-10
Närvarande: Annika, Petra, Sofie, Hamid, Karin (förskolechef)

1. Föregående protokoll – godkändes.
2. Ekonomi – vikariebudgeten är förbrukad till 60 % redan. Karin tar det med förvaltningen.
3. Arbetsmiljö – ljudnivån i Myrans rum. Vi testar ljuddämpande plattor i mars.
4. Sjukfrånvaron i arbetslaget har ökat under januari, mest korta tillfällen. Företagshälsan erbjuder
   föreläsning om stresshantering 12/3, anmälan till Karin.
5. Fackliga frågor – Kommunal informerar om nya avtalet på personalmötet i april.
6. Övrigt – städdag 28/3.

Vid protokollet: Sofie`),
  d(`[2026-01-14 08:02] Emil Nordin: god morgon, är det nån som har koden till serverrummet i källaren?
[2026-01-14 08:03] Sara Lind: 4471# men den byts på fredag
[2026-01-14 08:03] Emil Nordin: tack!!
[2026-01-14 08:05] Sara Lind: och stäng dörren efter dig, larmet går annars
[2026-01-14 08:11] Emil Nordin: inne nu. switchen i rack 2 blinkar orange, ringer leverantören
[2026-01-14 08:40] Sara Lind: 👍`, 'credentials'),
  d(`Hej alla i IT-gruppen,

Påminnelse inför lösenordsbytet: från och med 1 april kräver vi minst 14 tecken och MFA för alla
konton med administratörsbehörighet. Skriv aldrig ned lösenord på lappar och skicka dem aldrig i mejl.
Om någon ringer och ber om din engångskod – lägg på och kontakta servicedesken.

Frågor? Se intranätet under IT > Säkerhet > Lösenordspolicy.

Med vänlig hälsning
Per Almqvist
Informationssäkerhetssamordnare
Västerstrands kommun

Detta meddelande kan innehålla information som är konfidentiell. Om du fått det av misstag, radera det
och meddela avsändaren.`),
  d(`Veckosammanfattning v. 7 – Socialsekreterargruppen barn och unga

• 4 nya aktualiseringar, varav 2 orosanmälningar från skola.
• Utredningen kring familjen Haddad (Yasmin 9 år) fortsätter; hembesök genomfört 11/2, mamman berättar
  att pappan flyttat ut efter polisingripandet i januari. Nästa steg: samtal med Yasmin i skolan.
• Handledning flyttas till torsdag.
• Semesterönskemål senast 1 mars.

/Gruppledare Therese`, 'social'),
  d(`Från: HR-systemet Heroma <noreply@heroma.example.se>
Ämne: Ny frånvaroanmälan att attestera

En ny frånvaroanmälan väntar på din attest.

Medarbetare: Oskar Wallin
Frånvaroorsak: Sjuk
Period: 2026-03-09 – 2026-03-20
Omfattning: 100 %
Läkarintyg bifogat: Ja

Logga in i Heroma för att attestera. Detta är ett automatiskt utskick, svara inte på meddelandet.`, 'health'),
  d(`Hi everyone,

Quick summary from today's project sync:
- Sprint 14 closed with 31 of 34 points; the remaining tickets move to sprint 15.
- The accessibility audit of the e-service found 12 issues, mostly contrast and labels.
- Budget for Q2 is approved.
- We discussed the new sick-leave reporting module: it will only store dates and extent, never reasons.
- Next sync Thursday 10:00, room Ängsö.

Cheers,
Daniel`),
  d(`Hej Birgitta,

Tack för samtalet i går. Som jag sa har vi nu fått svar från Skatteverket: Elin och barnen har
skyddad folkbokföring sedan förra veckan. Det betyder att adressen i Procapita inte ska synas för
någon utanför gruppen, och all post till henne går via Skatteverkets förmedling.

Jag har ändrat i dokumentationen så att gamla adressen på Storgatan är struken.
Säg till om du ser något som behöver rättas.

Hälsningar
Anna-Karin, familjerätten`, 'protected-identity', 'social'),
  d(`Nyhetsbrev från Personalenheten – mars 2026

I detta nummer:
→ Lönerevisionen 2026: tidsplan och hur lönesamtalen går till
→ Nytt om friskvårdsbidraget (nu 3 000 kr per år)
→ Så anmäler du sjukfrånvaro i appen
→ Medarbetarenkäten: svarsfrekvens 78 %, tack alla!
→ Vision, Kommunal och Sveriges Lärare bjuder in till gemensam facklig träff den 19 mars

Lönesamtalen ska vara klara senast 30 april. Chefer får underlag i Lönemodulen från 10 mars.

Trevlig läsning!
Personalenheten`),
  d(`Från: Jenny Holm
Skickat: tisdag 17 februari 2026 09:31
Till: Lönegruppen
Ämne: SV: Ny lön Ahmed

Hej,
Ja, det stämmer. Ahmed Karimi går från 31 400 till 33 900 kr per månad från 1 april, ny titel
undersköterska. Beslutet finns i ärendet.
Jenny

> Från: Lönegruppen
> Skickat: måndag 16 februari 2026 16:02
> Kan du bekräfta ny lön för Ahmed K. så vi kan lägga in den i aprillönen?`, 'salary'),
  d(`Anteckningar från mentorssamtal, klass 8B – inför utvecklingssamtalen

Allmänt: klassen har haft en rörig höst, många byten av vikarier i NO. Vi föreslår extra stöd i matte
för de som vill, tisdagar 15–16.

Individuella noteringar (skickas bara till respektive mentor):
- Wilma S: 19 % frånvaro hittills under terminen, mest måndagar. Varning om F i engelska, hon har inte
  lämnat in muntliga redovisningen.
- Noah P: stark i SO, C i historia efter provet i januari.

/Lars, mentor 8B`, 'grades'),
  d(`Ärende #48213 – Inloggningsproblem Treserva
Status: Löst

Användare: Helena Ström (socialsekreterare)
Beskrivning: Kan inte logga in efter lösenordsbyte.

Åtgärd 2026-02-03 10:14 (servicedesk, Mikael):
Kontot var låst efter fem felaktiga försök. Låste upp och satte ett tillfälligt lösenord:
Vinter2026!Treserva – användaren ombeds byta vid första inloggning.

Åtgärd 2026-02-03 10:32:
Användaren bekräftar att inloggningen fungerar. Ärendet stängs.`, 'credentials'),
  d(`Hej!

Vi på Sveriges Lärare avdelning Ådalen kommer att finnas i personalrummet på Hedskolan onsdag 4 mars
kl. 12–13. Kom förbi och prata arbetstid, löneläget eller ställ frågor om nya avtalet. Det bjuds på
kaffe och semlor. Du behöver inte vara medlem för att komma.

Välkommen!
Styrelsen, Sveriges Lärare Ådalen`),
  d(`Från: Stina Eriksson
Skickat: den 12 januari 2026 11:20
Till: Rektor Gunnar Lindqvist
Ämne: Omar i 6A

Hej Gunnar,
Jag vill bara informera om att Omars familj har bett att han ska slippa simundervisningen i blandad
grupp, de är troende muslimer och pappan var väldigt tydlig på mötet. Vi har pratat om alternativ –
kanske enskild lektion med Jonas på fredagar? Jag har inte lovat något.

Mvh Stina
Klassföreståndare 6A`, 'religion'),
  d(`Minnesanteckningar ledningsgruppen 2026-01-22

§1 Ekonomisk uppföljning – prognos -2,1 mkr, främst placeringskostnader inom IFO.
§2 Rekrytering – två socialsekreterartjänster utlysta, sista ansökningsdag 15/2.
§3 Sekretess – påminnelse från kommunjuristen: uppgifter om enskilda inom socialtjänsten omfattas av
   sekretess enligt 26 kap. 1 § OSL och ska inte skickas okrypterat. Ny rutin presenteras i mars.
§4 Lokaler – flytten till Kvarnhuset skjuts till hösten.
§5 Övrigt – inga övriga frågor.`),
  d(`Hej Malin,

Som jag nämnde på telefon. Kort om Eskil Nyberg, Rosengatan 12 lgh 1101:

Biståndsbeslut hemtjänst enligt 4 kap. 1 § SoL gäller till 2026-06-30: morgon- och kvällstillsyn,
dusch två gånger i veckan, inköp en gång i veckan. Han har sedan stroken svårt med vänster hand och
behöver hjälp med kompressionsstrumpor. Dottern ringer ofta och är orolig att han faller på natten.

Uppgifterna omfattas av sekretess enligt 26 kap. 1 § OSL.

Hälsningar
Jessica Wiik, biståndshandläggare`, 'social', 'health', 'secrecy'),
  d(`[Teams-chatt, Team Ekonomi]
[09:12] Kristoffer: har någon fått utbetalningsfilen från banken?
[09:14] Ulla: ja den kom 08:50, ligger i mappen
[09:15] Kristoffer: finns leverantören Bergs Måleri med? de har ringt och undrat
[09:17] Ulla: nej, de har bytt bankgiro och vi har inte fått nya uppgifterna verifierade
[09:18] Kristoffer: ok, jag mejlar dem och ber om ett intyg från banken
[09:18] Ulla: bra, kolla mot registret innan du lägger in det`),
  d(`Från: Fredrik Holmgren
Skickat: den 5 februari 2026 18:04
Till: Lena Ahl (HR)
Ämne: Rådgivande samtal Mats B.

Lena,
Sammanfattning av dagens samtal med Mats Bergkvist, som vi kom överens om:
– Tredje gången sedan november som han kommit mer än en timme sent utan att höra av sig.
– Han har vid två tillfällen varit otrevlig mot kollegor inför brukare (Sanna och Ali har vittnat).
– Jag har tydliggjort att detta inte är acceptabelt och att nästa steg blir skriftlig varning.
– Mats förnekade inte, sa att han "har mycket hemma".
Uppföljning 5 mars. Jag har skrivit in det i personalakten.

/Fredrik`, 'hr-assessment'),
  d(`Hi Sandra,

Thanks for forwarding the refund request. The customer would like the money to go to her own account
instead of the card: Swedbank, clearing 8327-9, account 994 120 338-4, holder Ingrid Palm.
I have checked it against the signed form she sent in. Can you process it before Friday?

Best regards,
Tobias
Customer service, Kulturhuset Väven`, 'bank-account'),
  d(`Hej,

Här kommer förslaget till text för hemsidan om det nya parkeringstillståndet:

"Har du en funktionsnedsättning som gör att du har svårt att gå kan du ansöka om parkeringstillstånd
för rörelsehindrade. Till ansökan behöver du bifoga ett läkarintyg. Handläggningstiden är cirka 4
veckor. Tillståndet gäller i hela Sverige och i EU."

Kommentarer före torsdag, tack!
/Kommunikationsavdelningen`),
  d(`Från: Rebecka Tran
Skickat: den 22 oktober 2025 07:58
Till: Arbetslag 3
Ämne: SV: Julfesten

Hej!
Roligt, jag kommer gärna. Jag tar med min fru Louise, om det är ok att ha med respektive?
Och jag kan baka något vegetariskt.
/Rebecka

> Från: Tomas Fors
> Julfest fredag 12/12 hos mig, respektive välkomna! Säg till om specialkost.`, 'sex-life'),
  d(`Protokoll Kommunstyrelsens arbetsutskott 2026-02-18

Närvarande ledamöter: Anders Holm (S), ordförande; Karin Wester (M); Per Lundin (C); Eva Ring (SD);
Mats Öberg (V)
Tjänstemän: kommundirektör Ulrika Berg, sekreterare Jon Ek

§ 23 Budgetuppföljning januari – informationen noteras.
§ 24 Detaljplan Norra hamnen – arbetsutskottet föreslår att kommunstyrelsen antar planen.
    Eva Ring (SD) reserverar sig mot beslutet.
§ 25 Justering – Karin Wester utses att justera.`, 'political-opinion'),
  d(`Hej Anders,

Det här med frågan från medborgaren om partifördelningen i valnämnden: det är offentligt och finns i
protokollen på webben. Svara gärna att vi inte för register över vilka partier anställda röstar på,
och att vi inte kan svara på frågor om enskildas politiska uppfattning. Bifoga länken till
nämndens sida.

Tack!
Marie, registrator`),
  d(`Från: Patrik Lund <patrik.lund@example.com>
Skickat: den 9 januari 2026 22:14
Till: Bokning Sporthallen
Ämne: Betalning hyra

Hej, jag försökte betala hyran för januari i er bokningsportal men det gick inte. Kan ni dra det
manuellt? Kortnummer 4571 2310 9876 5430, giltigt t.o.m. 08/28, CVC 417. Kortet står på mig.
Mvh Patrik Lund, Ljusne IBK`, 'payment-card'),
  d(`Kära kollegor,

Vi har fått frågor om hur vi ska hantera betalkort i kassorna på biblioteket. Här är rutinen:
1. Kortbetalning sker alltid via terminalen; personalen ska aldrig skriva av ett kortnummer.
2. Om en låntagare vill betala på telefon: hänvisa till e-tjänsten.
3. Kvitton med maskat kortnummer (**** **** **** 1234) får sparas i pärmen.
4. Vid misstänkt bedrägeri, kontakta ekonomienheten.

Tack för att ni hjälper till!
Biblioteksledningen`),
  d(`Hej Johan,

Snabbt från telefonen: Dragan ringde i morse, han har tagit ut sin pappa till Belgrad igen, pappan är
sjuk. Han kommer tillbaka måndag. Kan du lägga in det som semester? Han bad om det.

PS. Skicka mig lösenordet till delade kalendern igen, jag har tappat bort det.
/Kim`, 'health'),
  d(`Till: Samtliga rektorer
Från: Barn- och utbildningsförvaltningen
Ämne: Betygsinmatning VT 2026

Betygen för årskurs 6–9 ska vara inlagda i Skolwebben senast fredag 5 juni kl. 16.00. Kom ihåg att
betyget F ska motiveras i en skriftlig bedömning och att frånvaro över 10 % ska rapporteras till
elevhälsan. Vid frågor om betygskatalogen, kontakta Åsa i administrationen.

Ha en fin vår!`),
  d(`Från: Kajsa Mattsson
Skickat: den 11 februari 2026 15:40
Till: Elevhälsoteamet Björkskolan
Ämne: Inför EHT torsdag – Liam 4B

Hej,
Inför torsdag: Liam har nu fått sin ADHD-utredning klar på BUP, diagnosen bekräftad och de ska börja
medicinera efter sportlovet. Mamma gav samtycke till att vi får veta detta. Frånvaron har minskat,
men han har fortfarande svårt att komma igång på lektionerna. Jag föreslår att vi tar upp anpassningar
i matematik.

Kajsa, skolsköterska`, 'health'),
  d(`Arbetsplatsträff IT-avdelningen, 2026-03-02

1. Info från chefen: omorganisation i höst, mer info i maj.
2. Säkerhet: vi har haft två phishingförsök där någon låtsats vara Microsoft och bett om lösenord.
   Ingen klickade, bra jobbat!
3. Vision: Annelie Sund är ny arbetsplatsombud för Vision på avdelningen efter Roger. Hör av er till
   henne i fackliga frågor.
4. Fika-schemat – vecka 10 är det Ola.`, 'trade-union'),
  d(`Från: Eva Lindgren
Skickat: den 4 mars 2026 10:05
Till: Tolkförmedlingen
Ämne: Tolk till möte 12/3

Hej,
Vi behöver en tolk till ett möte med familjen Bajrami torsdag 12 mars kl. 13 på Familjecentralen.
Familjen är romer från Kosovo och mamman talar romani och serbiska, helst kvinnlig tolk.
Mötet beräknas ta 1,5 timme.

Tack på förhand!
Eva Lindgren
Familjebehandlare`, 'ethnic-origin'),
  d(`Hej alla,

Påminnelse: den 16 mars är det seminarium om de nationella minoriteternas rättigheter på
Stadshuset. Länsstyrelsen går igenom förvaltningsområdena för finska, meänkieli och samiska och vad
kommunen är skyldig att erbjuda inom äldreomsorgen. Seminariet vänder sig till chefer och
handläggare.

Anmälan via kalendern senast 9/3.
Minoritetssamordnaren`),
  d(`Utdrag ur journalanteckning, Genetiska mottagningen (kopia till remittent)

Datum: 2026-02-20
Patient: Karin Sandberg
Anledning: uppföljning efter prediktiv testning

Analysresultatet visar att patienten bär den familjära BRCA1-varianten som tidigare påvisats hos
hennes mor och moster. Vi har diskuterat kontrollprogram med årlig MR och mammografi samt möjligheten
till riskreducerande kirurgi. Patienten vill informera sin syster själv.

Ansvarig: Genetisk vägledare Hanna Lööf`, 'genetic', 'health'),
  d(`Hej!

Inför personalmötet 20/2: vi kommer att byta inpasseringssystem på äldreboendet Lärkan. Det nya
systemet använder kort + PIN, inte fingeravtryck som det var tänkt från början – upphandlingen
visade att biometriska lösningar kräver en konsekvensbedömning enligt GDPR som vi inte hinner göra.
Korten delas ut i receptionen vecka 9.

/Fastighetssamordnaren`),
  d(`Från: Säkerhetsenheten
Skickat: den 8 januari 2026 13:22
Till: Jimmy Åkesson (IT-drift)
Ämne: Registrering i passersystemet

Hej Jimmy,
Registreringen av din behörighet till datahallen är klar. Dina två fingeravtryck (höger pekfinger och
höger tumme) är nu inlagda som mallar i läsaren vid dörr B2, kopplade till ditt anställningsnummer 20871.
Om läsaren inte känner igen dig, kontakta oss så gör vi en ny inskanning.

Säkerhetsenheten`, 'biometric'),
  d(`Veckorapport, Fältgruppen v. 6

Måndag: Uppsökande i centrum, lugnt.
Tisdag: Samverkan med polisen om ungdomsgruppen vid Torget. Polisen informerade om att Kevin
Andersson (16) är misstänkt för rånet mot kiosken på Järnvägsgatan och har hörts, vi har fått
det i en orosanmälan. Vi tar kontakt med familjen.
Onsdag: Föreläsning för föräldrar om droger.
Torsdag–fredag: Planering inför sportlovet, aktiviteter i Ekhallen.`, 'criminal-record', 'social'),
  d(`Hej,

Vi behöver ett utdrag ur belastningsregistret från alla som anställs inom LSS-verksamheten och
förskolan. Be den sökande beställa det själv på Polisens webbplats (blanketten "Arbete med barn med
funktionsnedsättning") och ta med det oöppnade kuvertet till intervjun. Vi får inte spara en kopia.

Mvh HR-service`),
  d(`[12:01] Jessica H: har du hört om Peter på lagret?
[12:02] Martin S: nej?
[12:02] Jessica H: han blev dömd i tingsrätten förra veckan, villkorlig dom för ringa narkotikabrott. stod i lokaltidningen med namn och allt
[12:03] Martin S: oj. vet chefen?
[12:04] Jessica H: ja, det var därför han var ledig i torsdags
[12:05] Martin S: vi pratar inte om det mer här`, 'criminal-record'),
  d(`Nyhetsbrev – Trygg i kommunen, februari

Polisen och kommunen har tecknat ett nytt medborgarlöfte för 2026. Fokus ligger på
– minskad narkotikaförsäljning vid skolorna,
– fler vuxna på stan på fredagskvällar,
– snabbare sanering av klotter.
Anmälda brott i kommunen minskade med 8 % jämfört med 2024, men bostadsinbrotten ökade i Östra
Sund. Läs mer i rapporten på kommunens webbplats.

Har du frågor? Kontakta brottsförebyggande samordnaren.`),
  d(`Från: Jukka Heikkinen
Skickat: den 25 februari 2026 16:30
Till: Kundtjänst Äldreomsorg
Ämne: Finskspråkig personal till min mamma

Hej,
Min mamma Aili Heikkinen bor på Solgårdens äldreboende sedan i höstas. Hon är sverigefinne och har på
sista tiden tappat svenskan nästan helt på grund av demensen. Vi har rätt att begära finskspråkig
personal, enligt vad jag förstått. Hur går vi vidare?

Med vänliga hälsningar
Jukka Heikkinen`, 'ethnic-origin', 'health', 'social'),
  d(`Hej Tove,

Tack för ditt mejl. Vi har inget krav på kön eller etnicitet i rekryteringen av kontaktpersoner, men vi
försöker ha personer som talar de vanligaste språken i kommunen: arabiska, somaliska, tigrinja och
dari. Annonsen ligger ute till 31 mars.

Hälsningar
Karolina, Enheten för öppenvård`),
  d(`MINNESANTECKNINGAR – samverkansmöte skola/socialtjänst 2026-01-29

Deltagare: rektor Ingrid Ask, kurator Dan Holm, socialsekreterare Lina Moberg

1. Rutinen för orosanmälningar – ny blankett från 1 mars. Dan visar.
2. Ärendet Emir (åk 7) – Lina berättar att utredningen enligt 11 kap. 1 § SoL har avslutats utan
   insats, men familjen har tackat ja till frivilligt stöd från familjebehandlarna.
3. Skolnärvaro generellt – statistik för höstterminen, 6 % ogiltig frånvaro i snitt.
4. Nästa möte 26/3.`, 'social'),
  d(`Hej,

Vi har ett kunddatabasärende där en användare vill ta bort sin röstinspelning ur kommunens
telefonitjänst. Vi spelar inte in samtal för röstidentifiering, bara för kvalitetsuppföljning i
30 dagar. Kan du formulera ett svar som förklarar skillnaden?

Tack,
Registraturen`),
  d(`From: Thomas Bergström
Sent: 2 March 2026 11:48
To: Service Desk
Subject: RE: Face ID login to the case system

Hi,
Just to confirm what I said on the phone: I did NOT consent to my face template being stored in the
new login solution. The enrolment on 24 February captured my face scan anyway, and the admin portal
still lists my template (ID FT-30871) as active. Please delete it and confirm in writing.

Thomas Bergström
Planning Architect`, 'biometric'),
  d(`Hej HR,

En kort fråga från ett arbetslag: får vi ha en bönematta i vilorummet? Några av medarbetarna har
frågat och vi vill göra rätt. Finns det någon policy om religiösa uttryck på arbetsplatsen?

Tacksam för svar.
/Hanna, enhetschef Hemtjänst Väst`),
  d(`Från: Ingrid Holmberg
Skickat: den 18 februari 2026 08:12
Till: Schemaläggare Marie
Ämne: Ledighet påsk

Hej Marie,
Kan jag få ledigt skärtorsdag till och med annandag påsk? Vi firar i församlingen och jag är med och
leder körsången på påskdagen, som varje år. Jag tar gärna jul i stället.

Tack! /Ingrid`, 'religion'),
  d(`Till: Personalgruppen Tallbacken
Ämne: Information om Ramadan

Hej alla,
Ramadan börjar i år runt den 18 februari. Flera av våra boende och några medarbetare kommer att fasta.
Tänk på att planera måltider och fikapauser så att ingen känner sig utanför, och var lyhörda vid
medicinutdelning. Imamen i Centrummoskén har erbjudit att komma och berätta mer på APT i mars.

Vänliga hälsningar
Ledningen`),
  d(`Från: Anna Lindqvist
Till: Rekryteringsgruppen
Ämne: Referenstagning – Sofia Wahlberg

Hej,
Jag har nu pratat med två referenser för Sofia Wahlberg.
Ref 1 (närmaste chef på Vårdcentralen Syd): mycket strukturerad, god klinisk blick, ibland lite
otålig med nya kollegor. Skulle anställa igen.
Ref 2 (kollega): lojal, tar stort ansvar, har svårt att säga nej och blev utmattad 2023 men är
"helt tillbaka nu".
Sammantaget positivt. Rekommenderar att vi går vidare.
/Anna`, 'hr-assessment', 'health'),
  d(`Från: Olle Sundin
Skickat: den 10 mars 2026 12:44
Till: Karin Wahl
Ämne: VB: Välkommen till gruppen!

Kul att du vill vara med! Ta med dig Lisa också om hon vill.

---------- Vidarebefordrat meddelande ----------
Från: Vänsterpartiet Ljusdal <info@example.org>
Datum: 9 mars 2026
Ämne: Välkommen till gruppen!

Hej Olle! Tack för att du blivit medlem i Vänsterpartiet. Ditt första möte i lokalavdelningen är
tisdag 17 mars kl. 18.30 i Folkets hus. Medlemsnummer: 550312.`, 'political-opinion'),
  d(`Hej!

Inför valet i september vill vi påminna om reglerna för anställda:
• Du får inte bära partisymboler när du är i tjänst och möter medborgare.
• Valsedlar får inte förvaras i personalrummen i vallokalerna.
• Du har rätt att engagera dig politiskt på fritiden.
Har du frågor, kontakta valkansliet.

Valkansliet, Kommunledningsförvaltningen`),
  d(`Minnesanteckningar personalmöte Räddningstjänsten Station Nord 2026-02-04

1. Övningsschema våren – godkänt.
2. Ny utrustning: rökdykarmasker levereras v. 12.
3. Kommunal: Stefan Olsson väljs till nytt skyddsombud och Kommunals kontaktperson på stationen.
   Tre nya medlemmar sedan januari (Amir, Jonna, Felix) – välkomna!
4. Rapport från löneförhandlingarna – se separat information från arbetsgivaren.
5. Övrigt: pizza på fredag.`, 'trade-union'),
  d(`Hi team,

Just a reminder that the union partners (Vision, Kommunal, Akademikerförbunden) will have their
annual negotiation meeting with the employer on 14 April. The MBL consultation on the new organisation
of the IT unit is scheduled for 2 April. Any questions on the process can go to Sanna in HR.

Thanks,
Erik`),
  d(`Hej Linda,

Jag ringer inte, skriver hellre. Jag har pratat med Vårdförbundet om mitt schema, och deras ombud
Mia Pettersson kommer att vara med på mötet med dig på torsdag. Jag hoppas det är okej. Jag vill bara
att vi hittar en lösning som fungerar med nätterna.

Hälsningar
Josefin Ek, sjuksköterska avd. 14`, 'trade-union'),
  d(`Från: Barnkliniken, Länssjukhuset
Till: Elevhälsan, Ekbackens skola
Ämne: Information om elev (med föräldrarnas samtycke)

Elev: Ella Johansson, 2B
Ella har diagnostiserats med cystisk fibros efter DNA-analys i december; båda föräldrarna är
anlagsbärare, vilket framkom vid familjeutredningen. Hon behöver ta enzymtabletter till varje måltid
och kan ha ökad frånvaro vid infektioner.
Kontaktsjuksköterska: Ulrika Bäck, tel 010-440 22 18.`, 'genetic', 'health'),
  d(`Hej alla,

Vi har fått frågor om den nya genetiska testningen som regionen erbjuder gravida. Det är Region
Västra som ansvarar, inte kommunen, så hänvisa till barnmorskemottagningen. Testet (NIPT) erbjuds
alla från 2026. Informationsbroschyren finns på fyra språk på regionens webbplats.

/Kommunikatören`),
  d(`Hej Sara,

Lite udda fråga. Min sambo Johan och jag ska gifta oss i juni, och jag undrar om jag ska ändra
efternamn i systemen själv eller om HR gör det när Skatteverket har registrerat? Jag heter Erik
Malmström i dag och blir Erik Malmström-Nyqvist.

Tack!
Erik, Gatukontoret`, 'sex-life'),
  d(`Från: Kurator Annelie Borg
Skickat: den 3 februari 2026
Till: Mentor Jonas Eklund
Ämne: Elev i 9C – förtroligt

Hej Jonas,
Alex i 9C har bett mig berätta för dig att hen från och med nu vill kallas Alex och använda hen.
Hen har kommit ut som icke-binär för familjen under jullovet och mamma stöttar. Kan du hjälpa till
att uppdatera namnet i klasslistan och prata med ämneslärarna? Alex vill inte att det görs en stor
grej av det i klassen.

Annelie`, 'sex-life'),
  d(`Program för Pridekvällen på Stadsbiblioteket 30 juli

18.00 Välkomstmingel
18.30 Samtal: Att vara HBTQI+ i glesbygd, med RFSL Dalarna
19.30 Författarsamtal och boksignering
20.30 Regnbågsquiz

Fri entré, ingen föranmälan. Biblioteket är certifierat av RFSL sedan 2024.`),
  d(`Från: Folkbokföringen, Skatteverket
Till: Socialtjänsten, Ekeby kommun
Ämne: Ang. kvarskrivning

Vi bekräftar att kvarskrivning enligt 16 § folkbokföringslagen har beviljats för den person och de två
barn som ni anmälde om den 14 januari. Den nya vistelseorten får inte framgå av några handlingar som
kan lämnas ut. Meddela oss om förhållandena ändras.

Handläggare: Lars Nord`, 'protected-identity'),
  d(`Hej!

Inför införandet av nya journalsystemet vill vi påminna om rutinen för personer med skyddade
personuppgifter: sådana ärenden ska alltid handläggas i pappersakt och aldrig läggas in i systemet.
Kontakta registrator om du är osäker på om en person har sekretessmarkering.

Vänliga hälsningar
Systemförvaltningen`),
  d(`Ärende 2026-0231, Överförmyndarenheten
Handling: tjänsteanteckning

Huvudmannens dotter ringde 10:45 och meddelade att hennes mamma, Greta Lundh, har fått sekretessmarkering
hos Skatteverket efter händelserna i december. Dottern bad att all post skickas till godmannens
adress i stället för till boendet. Noterat i akten och meddelat godman Sven Ahl.

Denna handling omfattas av sekretess enligt 32 kap. 4 § OSL.

/Handläggare Ylva Berg`, 'protected-identity', 'secrecy'),
  d(`Bifogat: Beslut i ärende SN 2025/441

Nämnden har prövat begäran om utlämnande av handlingar i ärendet om Björn Rydberg. Nämnden beslutar
att inte lämna ut journalanteckningarna daterade 2025-09-02 till 2025-11-30, eftersom de omfattas av
sekretess enligt 26 kap. 1 § OSL. Övriga handlingar lämnas ut med maskering.

Hur man överklagar: se bilaga.

Socialnämnden, Sundby kommun`, 'secrecy', 'social'),
  d(`Hej,

Vi har en kurs i offentlighet och sekretess för nyanställda den 23 april. Kursen tar upp allmänna
handlingar, sekretessprövning, menprövning och skillnaden mellan 21, 25 och 26 kap. OSL. Ta med dator.
Anmälan via kompetensportalen.

/Juridiska enheten`),
  d(`Från: Lönespecialist Petra Grahn
Skickat: den 27 januari 2026 09:17
Till: Chef Mattias Lund
Ämne: Retroaktiv lön Jeanette

Hej Mattias,
Jeanette Söderbergs nya lön efter lönerevisionen blir 36 250 kr (tidigare 34 800), retroaktivt från
1 april. Retroaktiva beloppet, 13 050 kr, betalas ut med februarilönen. Hon har också 1 800 kr i
OB-ersättning för januari som var felregistrerad.
Petra`, 'salary'),
  d(`[Slack #lön-och-förmåner]
[10:04] Mona: när betalas februarilönen ut?
[10:05] HR-bot: Lönen betalas ut den 25:e varje månad. Infaller den på en helg betalas den ut närmast föregående vardag.
[10:06] Mona: och var ser jag lönespecen?
[10:06] HR-bot: Logga in i Självservice > Lön > Lönespecifikationer.
[10:07] Mona: tack!`),
  d(`Från: Ola Persson
Skickat: den 14 mars 2026 20:11
Till: Löneservice
Ämne: Nytt konto för lön

Hej,
Jag har bytt bank och vill att lönen från och med april sätts in på mitt nya konto:
Handelsbanken, clearingnummer 6152, kontonummer 284 119 556.
Jag har också fyllt i blanketten i Självservice, men den verkar inte ha gått igenom.
Mvh Ola Persson, fritidsledare Gården`, 'bank-account'),
  d(`Hej!

För att få din lön utbetald behöver du anmäla ditt bankkonto till Swedbanks kontoregister eller
lämna uppgiften i Självservice under Mina uppgifter > Bankkonto. Vi tar inte emot kontonummer via
mejl av säkerhetsskäl.

Löneservice`),
  d(`Hej igen,
Ursäkta, jag glömde kortuppgifterna till hotellbokningen för konferensen. Det är mitt tjänstekort:
5355 8120 4417 3302, exp 11/27, säkerhetskod 903. Bokningen står på Marianne Kvist, tre nätter från
21 april. Kan du också se till att de fakturerar frukosten separat?
Tack, Marianne`, 'payment-card'),
  d(`Betygssammanställning – Engelska 6, ht 2025 (utdrag för elevhälsan)

Elev: Hugo Lindberg, NA23b
Betyg: E
Kommentar: Klarade det muntliga med knapp marginal. Missade två av fyra skrivuppgifter och har 23 %
frånvaro på lektionerna, varav en stor del ogiltig. Rekommenderas att läsa in delar av kursen på
sommarskola.

Lärare: Sanna Ottosson`, 'grades'),
  d(`Hej föräldrar i 5A!

Nästa vecka har vi nationellt prov i matematik (tisdag–torsdag). Se till att ditt barn har sovit och
ätit frukost, och att hen har med sig miniräknare och penna. Resultaten från proven används som
underlag vid betygssättningen i årskurs 6, men ger inget betyg i sig.

Hälsningar
Jenny, klasslärare`),
];
