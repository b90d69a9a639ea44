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
  d(`Från: Nils Åberg
Skickat: den 19 januari 2026 07:45
Till: Driftgruppen
Ämne: Testservern

Morrn,
Jag har satt upp nya testservern kvtest03. Inloggning som admin, lösen Hx7!pLumm4-sol, vi byter innan
den går i produktion. Databasen når ni med samma uppgifter. Säg till om ni hittar konstigheter.
/Nils`, 'credentials'),
  d(`Hej,

Jag fick ett sms med en kod från BankID-appen som jag inte bett om. Vad ska jag göra? Jag har inte gett
koden till någon. Mvh Gunilla, ekonomiavdelningen

---
Svar från servicedesk:
Hej Gunilla, bra att du hörde av dig. Ge aldrig ut koden. Det kan vara ett bedrägeriförsök. Vi har
spärrat ditt konto för säkerhets skull, ring oss på 4500 så hjälper vi dig att sätta ett nytt lösenord.`),
  d(`Från: Carina Vik
Skickat: den 6 februari 2026 16:53
Till: Johanna (vikarie)
Ämne: Inför måndag

Hej Johanna, välkommen till oss!
Några praktiska saker:
- Nyckelskåpet på kontoret har kod 2580.
- Wifi för personal: Tallgarden-Personal, lösenord Sommar1978
- Journal: du får ditt eget konto av IT på måndag.
- Brukarpärmarna står i hyllan bakom skrivbordet.
Ring mig om något krånglar! Carina`, 'credentials'),
  d(`Protokoll styrelsemöte Bostadsbolaget Sjöstaden AB 2026-02-25

§ 1 Mötets öppnande
§ 2 VD:s rapport: vakansgraden 1,2 %, hyresförhandlingarna klara med +4,1 %.
§ 3 Renovering av Kvarnen etapp 2 – beslut om upphandling.
§ 4 Störningsärenden – tre ärenden under perioden, inga uppsägningar.
§ 5 Ekonomisk rapport – godkänd.
§ 6 Nästa möte 22 april.`),
  d(`Hej Peter,

Vi har fått ett klagomål från grannarna i trapphus C. Hyresgästen i lägenhet 1204, Dennis Holm, har
enligt polisen gripits för misshandel av sin sambo i natt. Polisen har varit där tre gånger sedan jul.
Sambon har flyttat till ett skyddat boende. Vi behöver diskutera om vi ska gå vidare med
uppsägning. Kan vi ses i morgon?

/Maja, bovärd`, 'criminal-record'),
  d(`From: Priya Raman
Sent: 11 February 2026 09:20
To: Facilities
Subject: Quiet room for prayer

Hello,
I joined the environmental unit last month. As a practising Hindu I do a short prayer at midday and
would appreciate a quiet room for about ten minutes. Is there somewhere I could use? It does not need
to be a dedicated room.

Kind regards,
Priya Raman`, 'religion'),
  d(`Utdrag ur genomförandeplan, LSS-boende Lönnen

Boende: Simon Eklöf
Insats: bostad med särskild service för vuxna enligt 9 § 9 LSS
Funktionsnedsättning: autism och måttlig intellektuell funktionsnedsättning
Mål: Simon ska själv kunna handla frukost i affären med stöd av bildschema.
Så här gör vi: personal följer med varje tisdag, använder samma väg.
Uppföljning: juni 2026, kontaktman Hassan.`, 'social', 'health'),
  d(`Hej,

Jag heter Frida och är ny samordnare för personligt ombud i kommunen. Personligt ombud är ett stöd
för personer över 18 år med psykisk funktionsnedsättning. Stödet är gratis och man kan vara anonym.
Jag vill gärna komma och presentera verksamheten på era APT:er under våren.

Vänliga hälsningar
Frida Lindahl, Personligt ombud`),
  d(`[Chatt-export, Rektorsgruppen]
2026-02-12 14:02 Ulla: har ni fått nya frånvarorapporterna?
2026-02-12 14:05 Kent: japp. vår är uppe på 8,2 % för ht
2026-02-12 14:06 Ulla: vi 7,4. mest åk 9
2026-02-12 14:06 Kent: samma. nån som har bra rutin för hemmasittare?
2026-02-12 14:09 Ulla: vi har en närvarotrappa, skickar den
2026-02-12 14:11 Kent: tack, toppen`),
  d(`[Chatt-export, Mentorer åk 9]
2026-02-12 14:15 Ida: Abdi har bara varit här 41 % av lektionerna sedan jul. ringt hem 3 ggr
2026-02-12 14:16 Jonas: han har F i sv, en, ma nu. kommer inte in på gymnasiet så här
2026-02-12 14:17 Ida: jag tar med det till EHT
2026-02-12 14:18 Jonas: 👍`, 'grades'),
  d(`Från: Marcus Edlund
Skickat: den 2 mars 2026 13:30
Till: Anneli Ström
Ämne: Medarbetarsamtal – sammanfattning

Hej Anneli,
Här kommer sammanfattningen av ditt medarbetarsamtal den 26 februari som vi lovade varandra:
Styrkor: du är den i gruppen som kollegor vänder sig till, du har lett införandet av nya rutinen mycket bra.
Utvecklingsområden: prioritering när det är hög belastning, du tar på dig för mycket.
Mål 2026: gå utbildningen i handledning, lämna över ansvaret för schemat till Kim i juni.
Helhetsbedömning: överträffar förväntningarna. Detta ligger till grund för lönesamtalet i april.
/Marcus`, 'hr-assessment'),
  d(`Hej chefer,

Nu öppnar perioden för medarbetarsamtal. Använd den nya mallen i HR-portalen. Samtalen ska vara
genomförda senast 15 mars och dokumenteras i systemet. Tänk på att samtalen ska ge medarbetaren
möjlighet att reflektera över sin arbetssituation, mål och utveckling.

Utbildningen "Det goda medarbetarsamtalet" ges 12 februari för nya chefer.

HR-avdelningen`),
  d(`Från: Jonas Björk
Skickat: den 20 februari 2026 22:40
Till: Lina Forsberg
Ämne: SV: SV: imorgon

Ok. Men jag orkar inte komma in imorgon heller, det är som att väggen kom tillbaka. Jag har bokat tid
hos företagshälsan på måndag. Säg inget till gruppen än.

> Lina skrev:
> Hur mår du? Vi saknar dig. Säg till om du behöver något.
>> Jonas skrev:
>> sitter hemma idag, återkommer`, 'health'),
  d(`Hej!

Vi på Företagshälsan Norr erbjuder alla anställda i kommunen tre kostnadsfria samtal med
psykolog per år, vid stress, oro eller nedstämdhet. Du behöver ingen remiss från chefen. Boka på
telefon 010-551 20 00 eller i vår app. Dina uppgifter delas inte med arbetsgivaren.

Håll utkik efter vårens föreläsningar om sömn och återhämtning!`),
  d(`Från: Agnes Hallberg
Skickat: den 15 januari 2026 10:02
Till: Bygglov
Ämne: Fasadändring

Hej, jag skrev tidigare om fasadändringen på Lindvägen 4. Jag har inte fått svar. Vi har nu fått
klartecken från föreningen. Min man är rullstolsburen sedan olyckan i höstas, och vi behöver bygga en
ramp till entrén före mars. Vad behöver ni för handlingar?

Agnes Hallberg`, 'health'),
  d(`Hej Hussein,

Tack för ansökan om försörjningsstöd för mars. Jag behöver följande innan vi kan fatta beslut:
– kontoutdrag för februari för alla dina konton,
– hyresavi för mars,
– intyg från Arbetsförmedlingen om att du är inskriven.
Du har fått 8 430 kr i februari och det beslutet gäller fortfarande.

Vänliga hälsningar
Rebecka Stål, socialsekreterare, Försörjningsstödsenheten`, 'social'),
  d(`Hej,

Vi har sett att flera medborgare ringer och frågar om ekonomiskt bistånd till tandvård. Här är
förslag på svar från kontaktcenter:
"Ekonomiskt bistånd till tandvård kan beviljas för akut tandvård. Kontakta försörjningsstödsenheten
för en ansökan. Handläggningstiden är upp till 3 veckor."

/Verksamhetsutvecklare, IFO`),
  d(`Från: Reza Amini
Skickat: den 1 mars 2026 19:33
Till: Skolans expedition
Ämne: Ledigt för Noruz

Hej! Vår son Daniel i 3C behöver vara ledig fredag 20 mars. Vi firar nyår (Noruz) med släkten i
Göteborg, som vi gör varje år sedan vi kom från Iran 2012. Jag hoppas det går bra.
Mvh Reza Amini`, 'ethnic-origin'),
  d(`Hej,

Lägger in information om Samernas nationaldag den 6 februari i intranätets kalender. Flaggan hissas vid
Stadshuset och biblioteket har en utställning om samisk slöjd. Vill någon förvaltning bidra, hör av
er till mig.

/Kommunikatör Tina`),
  d(`Från: Kennet Ros
Skickat: den 9 februari 2026 08:02
Till: Lena Sjölund
Kopia: HR
Ämne: Ang. Mikael

Lena,
Som du vet skrev Mikael Lindström på Facebook i helgen att han "aldrig kommer rösta på något annat än
Sverigedemokraterna" och att kommunens flyktingmottagande är ett svek. Det har kommit till mig via
två medarbetare. Hans privata åsikter är hans sak, men vi måste prata om hur han uttrycker sig om
brukare. Kan vi ses?
/Kennet`, 'political-opinion', 'hr-assessment'),
  d(`Från: Maja Öhman
Skickat: den 23 februari 2026 11:10
Till: Mottagningsenheten
Ämne: VB: Ny kontakt

Vidarebefordrar från kontaktcenter.

-----Original Message-----
From: Kontaktcenter
Sent: den 23 februari 2026 10:48
Subject: Ny kontakt

Samtal 10:31 från en man som vill vara anonym. Han berättar att grannen, Tiina Koskinen på
Björkvägen 7, dricker mycket och att hennes två barn (cirka 5 och 8 år) ofta är ute sent utan mat.
Han har hört skrik flera kvällar i rad. Vi har registrerat det som en orosanmälan.`, 'social'),
  d(`Hej!

Nu har vi uppdaterat informationen om orosanmälan på intranätet. Där finns:
- vem som har anmälningsskyldighet enligt 14 kap. 1 § SoL,
- hur du gör en anmälan (e-tjänst eller telefon),
- vad som händer efter att anmälan kommit in.
Som anställd i kommunen är du alltid skyldig att anmäla om du får kännedom om att ett barn kan
behöva skydd.

Socialtjänstens mottagningsenhet`),
  d(`From: Liam O'Connor
Sent: 4 March 2026 15:16
To: Anna Berg (HR)
Subject: Parental leave and paperwork

Hi Anna,
My husband Daniel and I are adopting, and the placement is expected in May. I would like to take
parental leave from 1 May until September. I know we need to send the decision from Försäkringskassan.
Is there anything else you need from me?

Many thanks,
Liam`, 'sex-life'),
  d(`Hej Sofia,

Vad kul med bebis! Grattis! Vi har noterat att du går på föräldraledighet från 15 april. Din
tjänstgöringsgrad efter ledigheten blir 80 % som du önskat. Kom ihåg att ansöka om föräldrapenning
hos Försäkringskassan.

Hälsningar
HR-service`),
  d(`Från: Hanna Åkerlund
Skickat: den 8 januari 2026 08:30
Till: Chef Roger
Ämne: Anpassning

Hej Roger,
Jag är gravid i vecka 14 och har fått rådet av barnmorskan att undvika tunga lyft på avdelningen.
Kan vi titta på en omplacering till kontoret de kommande månaderna? Jag har inte berättat för
kollegorna ännu.
/Hanna`, 'health'),
  d(`Arbetsmiljörond, Gatuverkstaden 2026-02-17

Deltagare: Arbetsledare Sven, skyddsombud Lars (Kommunal), Företagshälsan

Observationer:
- Belysningen i smörjgropen är bristfällig.
- Två medarbetare saknade hörselskydd.
- Truckcertifikat saknas för en person.
- Ingen arbetsskada rapporterad sedan förra ronden.
Åtgärder: ny belysning (Sven, v. 10), påminnelse om PPE på APT.`, 'trade-union'),
  d(`Från: Lars-Göran Stenberg
Skickat: den 28 januari 2026 14:22
Till: HR
Ämne: Arbetsskada – Ronny

Hej,
Ronny Falk halkade på isen vid verkstaden i förmiddags och bröt handleden. Han är på akuten nu och
beräknas vara sjukskriven minst sex veckor. Jag har gjort anmälan i IA-systemet. Behöver ni något mer?
/Lars-Göran, arbetsledare`, 'health'),
  d(`Hej,

Här kommer vår sammanställning av arbetsskador och tillbud för 2025, avdelningen Stöd och omsorg:
Arbetsskador: 14 (varav 6 fallolyckor, 4 hot och våld, 4 belastningsskador)
Tillbud: 38
Sjukfrånvaro totalt: 7,9 % (2024: 8,4 %)
Vi ser en positiv trend och fortsätter med satsningen på förflyttningsteknik.

/HR-controller`),
  d(`Från: Vera Lindqvist
Till: Lönekontoret
Ämne: Fel på lönespecen

Hej!
Min lön för februari blev 27 900 kr men ska vara 29 400 kr enligt mitt nya avtal från 1 februari. Det
ser ut som att löneökningen inte kommit med. Dessutom saknas OB för helgen 14–15 februari.
Jag bifogar kopia på avtalet.
Tack, Vera Lindqvist, undersköterska Vårdboendet Björken`, 'salary'),
  d(`Vision informerar: Lönestatistik 2025

Medianlönen för Visions medlemmar i kommunal sektor var 36 800 kr. Administratörer låg på 31 200 kr,
handläggare på 38 900 kr och chefer på 52 500 kr. Jämför din lön på Visions webbplats under
Lönestatistik. Inför din lönesamtal kan du boka tid med ditt ombud.`),
  d(`Hej Anette,

Angående avslaget på LSS-ansökan för Jonatan Ek (personlig assistans). Vi har bedömt att Jonatans
behov till följd av hans epilepsi och CP-skada inte är grundläggande behov i lagens mening, eftersom
han klarar personlig hygien och måltider själv med hjälpmedel. Beslutet kan överklagas inom tre
veckor. Jag skickar beslutet till familjen i dag.

Mvh Kristina, LSS-handläggare`, 'social', 'health'),
  d(`Till styrelsen i BRF Vallmon

Kallelse till extrastämma 19 mars kl. 19.00 i föreningslokalen.
Dagordning:
1. Val av ordförande för stämman
2. Stadgeändring angående andrahandsuthyrning
3. Beslut om laddstolpar
4. Avslutning
Fullmaktsblankett finns i trapphuset.`),
  d(`Kära medarbetare på Skogsgläntan,

Tack för ett fint år! Här är några höjdpunkter från 2025:
– vi fick nytt kök i maj,
– två medarbetare gick utbildningen till specialistundersköterska,
– Birger fyllde 100 år och vi firade med tårta och dragspel,
– vi hade 12 praktikanter från Vård- och omsorgsprogrammet.
Vi ser fram emot 2026!
Ledningen`, 'social'),
  d(`From: Mariam Yusuf
Sent: 19 February 2026 13:05
To: Teachers of class 7A
Subject: Farah's absence

Dear teachers,
Farah will be absent next week. Her grandmother passed away in Mogadishu and the family is travelling
to Somalia for the funeral. She will bring her books. Please send any work that she can do while away.

Thank you,
Mariam Yusuf (mother)`),
  d(`Hej,

Jag behöver byta kod till larmet på förrådet vid idrottsplatsen. Nuvarande kod 9173 har spridits till
alldeles för många. Kan ni lägga in 4402 i stället från måndag? Meddela bara de fem som står på
listan.
/Erik, idrottsplatsansvarig`, 'credentials'),
  d(`Från: Systemförvaltare Ekonomi
Till: Alla attestanter
Ämne: Ny inloggning i Raindance

Från och med 16 mars loggar du in i Raindance med SITHS-kort eller Freja eID. Det gamla lösenordet
slutar fungera. Har du inte Freja eID, installera appen och följ guiden på intranätet. Ingen ska
någonsin behöva uppge sitt lösenord till oss.`),
  d(`Hej,

Vi har fått ett mejl från en man som uppger sig heta Kristian Holm och som vill ha sitt barns adress.
Barnet och mamman har skyddade personuppgifter sedan 2024, så vi kan inte lämna ut något. Jag har
svarat att vi inte kan bekräfta eller förneka att vi har uppgifter om dem. Kan du se att han inte får
något från skolan heller? Han har ringt därifrån förut.

/Ida, registrator utbildningsförvaltningen`, 'protected-identity'),
  d(`Medarbetarundersökning 2025 – resultat för enheten Bistånd

Svarsfrekvens: 91 %
Hållbart medarbetarengagemang (HME): 79 (kommunen 77)
Styrkor: motivation, tydliga mål.
Förbättringsområden: arbetsbelastning, återhämtning.
Fritextsvaren sammanfattas av HR utan att enskilda kan identifieras.
Workshop om resultatet på APT 11 mars.`),
  d(`Från: Therese Lindberg
Skickat: den 15 februari 2026 21:48
Till: Mattias
Ämne: Ang. Jenny

Hej,
Jenny har sökt ekonomiskt bistånd för februari och jag har precis gått igenom underlaget. Kontoutdraget
visar insättningar på 12 000 kr från en okänd person, som hon inte redovisat. Vi måste boka ett möte
med henne. Jag tänker också att vi skickar en polisanmälan om bidragsbrott om det inte finns en
förklaring. Vad tycker du?`, 'social', 'criminal-record'),
  d(`Från: Ulf Brandt
Skickat: den 2 februari 2026 17:55
Till: Personalchef Eva
Ämne: Personligt – ledighet

Hej Eva,
Jag skriver hellre än tar det i korridoren. Min bror har fått diagnosen Huntingtons sjukdom och
genetiska mottagningen har erbjudit oss syskon att testa oss. Jag har bestämt mig för att göra det och
vill ta ledigt för vägledningssamtalen i mars (tre halvdagar). Det är inget jag vill att någon annan
känner till.
Ulf`, 'genetic', 'health'),
  d(`Hej!

Släktforskningsföreningen i Ramsele har sitt årsmöte 14 mars på biblioteket. Efter mötet berättar
Kerstin Jonsson om hur DNA-tester kan användas i släktforskning och vilka tjänster som finns.
Fika till självkostnadspris. Alla välkomna!`),
  d(`Anteckningar från överlämning, Barnavårdscentralen → Förskolan Ugglan

Barn: Elvira, 3 år
Föräldrar har gett samtycke till att vi berättar följande:
- Elvira har en ärftlig blödarsjuka (hemofili B hos mammans släkt, pappan testad negativ), och
  genetisk analys har bekräftat att hon är bärare med låg faktornivå.
- Vid fall med blåmärken eller näsblod ska föräldrarna kontaktas direkt.
- Handlingsplan bifogas.
BVC-sjuksköterska Moa`, 'genetic', 'health'),
  d(`Ärende SN-2026-118 – Begäran om DNA-test i faderskapsärende

Familjerätten har den 9 februari begärt att Rättsmedicinalverket genomför DNA-analys av barnet Lova
Andersson och den uppgivne fadern Marko Petrović. Resultatet: sannolikheten för faderskap är
99,998 %. Bekräftelse av faderskap kan nu skrivas under.

Handläggare: Åsa Ring, familjerätten`, 'genetic', 'social'),
  d(`Hej IT,

Jag har fått nya telefonen men när jag försöker logga in på Teams med ansiktsigenkänning vill den inte.
Måste jag registrera ansiktet igen? Och sparas det i så fall någonstans hos er?
Mvh Berit

---
Svar: Hej Berit! Ansiktsdata sparas bara lokalt i telefonen och syns aldrig för oss. Registrera om i
telefonens inställningar. /Servicedesk`),
  d(`Från: Polismyndigheten, Region Mitt
Till: Kommunens säkerhetschef
Ämne: SV: Kameraövervakning vid Resecentrum

Hej,
Med anledning av händelsen den 3 februari har vi fått ut material från era kameror. Ansiktsbilden av
den misstänkte har matchats i vårt system mot en person som förekommer i tidigare ärenden, Johan Ek
(f. 1991). Vi återkommer om vi behöver mer material.
Hör av er om frågor.

Vänliga hälsningar
Kriminalinspektör Sara Dahl`, 'biometric', 'criminal-record'),
  d(`Utbildningsdag för passerkontrollen 4 mars

Programmet:
09.00 Ny lag om kameraövervakning
10.30 Biometri – vad är tillåtet? Fingeravtryck, iris och ansiktsigenkänning i offentlig sektor
13.00 Praktiska övningar i kontrollrummet
15.00 Avslutning
Anmälan senast 25/2 till säkerhetsavdelningen.`),
  d(`Från: HR-systemet
Ämne: Registrering röstprofil

Hej Kenneth Lind,
Din röstprofil för inloggning till telefonväxelns administratörsläge har nu registrerats.
Röstavtryck ID: VP-58213, enrollerat 2026-03-03 av Servicedesk.
Framöver verifieras du med frasen "Min röst är mitt lösenord" när du ringer in.
Detta är ett automatiskt meddelande.`, 'biometric'),
  d(`Hi Jonna,

Quick note from the finance side: the reimbursement for your travel to Brussels is 4 320 kr. We will
pay it to the account registered for your salary. If you want another account, fill in the form in the
self-service portal – do not send the account number by email.

Regards, Niklas, Finance`),
  d(`Från: Göran Pettersson
Skickat: den 11 mars 2026 09:30
Till: Kommunens kundtjänst
Ämne: Återbetalning av avgift

Hej,
Jag har betalat avgiften för bygglovet två gånger (faktura 2026-4431). Vill ha tillbaka 6 200 kr till
mitt konto: IBAN SE45 5000 0000 0583 9825 7466, Göran Pettersson. Ring gärna om något är oklart.
Mvh Göran`, 'bank-account'),
  d(`Hej Emma,

Din ansökan om ekonomiskt bistånd är beviljad för mars. Beloppet 9 240 kr betalas ut den 18 mars till
ditt konto i Nordea, 3300 790512-4417, som du angav på ansökan. Hyran för april betalas direkt till
hyresvärden.

Vänliga hälsningar
Försörjningsstöd, Ekeby kommun`, 'social', 'bank-account'),
  d(`Ekonomiavdelningen informerar

Fakturor till kommunen ska skickas som e-faktura (Peppol). Leverantörer som byter bankgiro eller
plusgiro måste skicka en underskriven blankett från banken. Vi ändrar aldrig betalningsuppgifter
efter telefonsamtal eller mejl – det är ett vanligt sätt att försöka lura kommuner på pengar.

Frågor: leverantörsreskontran, ankn. 2210.`),
  d(`[2026-02-28 19:44] Saga: hej, tar ni kort i caféet på lördag?
[2026-02-28 19:45] Föreningen Gula Villan: ja, swish och kort
[2026-02-28 19:46] Saga: bra, jag tänkte betala barnens kurs i förväg också, här är mitt kort 4024 0071 5533 9160 exp 03/27 cvc 228
[2026-02-28 19:48] Föreningen Gula Villan: oj skicka inte kortnummer här! vi tar det på plats. radera gärna meddelandet`, 'payment-card'),
  d(`From: Booking Team, Conference Centre Strand
Sent: 12 January 2026
To: Helena Sand
Subject: Booking confirmation 88132

Dear Helena Sand,
Thank you for your booking. Payment has been charged to the card ending in **** **** **** 4417.
Check-in from 15:00, parking available. Please contact us if you need a vegetarian lunch.
Kind regards`),
  d(`Från: Sebastian Löf
Skickat: den 7 januari 2026 15:12
Till: Resebokningen
Ämne: Flyg Kiruna

Hej, kan ni boka flyget till Kiruna 21–23 jan på mitt privata kort, eftersom tjänstekortet är spärrat?
Mastercard 5413 3300 8921 0457, utgångsdatum 09/28, CVV 562. Jag redovisar i reseräkningen sen.
/Sebastian`, 'payment-card'),
  d(`Hej,

Jag behöver hjälp med en sekretessprövning. En journalist har begärt ut alla orosanmälningar som kommit
in från Sjöbergsskolan under 2025. Min bedömning är att uppgifterna omfattas av sekretess enligt
26 kap. 1 § OSL och att vi bara kan lämna ut antalet. Kan du läsa mitt utkast till beslut?

/Handläggare Patrik, IFO`),
  d(`Från: Elevhälsan, Lindskolan
Till: Mottagande skola, Hagaskolan
Ämne: Överlämning elev – SEKRETESS

Denna information omfattas av sekretess enligt 25 kap. 1 § OSL och får endast läsas av elevhälsan.

Elev: Teo Grönlund, åk 5
Teo har kontakt med BUP för ångest och skolvägran sedan i höstas. Han har ett åtgärdsprogram i svenska
och matematik; resultat på nationella prov åk 3 var under kravnivå i läsförståelse. Mamma vill gärna
ha ett möte med nya mentorn före start.

Skolsköterska Gun Ahl`, 'secrecy', 'health', 'grades'),
  d(`Hej alla,

Vi har uppdaterat mallen för mejlsignaturer. Alla som handlägger ärenden om enskilda ska lägga till
raden: "Om detta meddelande innehåller uppgifter som omfattas av sekretess, vänligen radera det om du
inte är rätt mottagare." Mallen finns i Word-mallarna under Kommunen > Signatur.

/Kommunikationsenheten`),
  d(`Protokollsutdrag Socialnämndens individutskott 2026-02-26

§ 31 Ansökan om vård enligt LVU – Adam (f. 2011)
Beslut: Individutskottet beslutar att ansöka hos förvaltningsrätten om att Adam ska beredas vård
enligt 2 och 3 §§ LVU. Skälen framgår av utredningen.
Sekretess: Paragrafen omfattas av sekretess enligt 26 kap. 1 § OSL.

Justeras: Lena Nordin (S), Jan Eriksson (KD)`, 'social', 'secrecy', 'political-opinion'),
  d(`Från: Aleksandra Nowak
Skickat: den 13 februari 2026 12:01
Till: Kerstin (schema)
Ämne: Söndagspass

Hej Kerstin!
Jag kan inte jobba söndagar före kl. 12 under fastan, jag går i mässan i katolska kyrkan varje söndag
med barnen. Kan jag byta med Lotta? Hon sa att det går bra för henne.
Tack / Ola (Aleksandra)`, 'religion'),
  d(`Hej,

Svar på din fråga om Svenska kyrkans roll på äldreboendena: kommunen har ett samverkansavtal med
Svenska kyrkan och Equmeniakyrkan om andakter varannan vecka. Deltagandet är frivilligt för de
boende. Andra trossamfund är också välkomna att höra av sig till oss.

/Äldreomsorgens kvalitetsutvecklare`),
  d(`Minnesanteckningar – begravningsplanering, Hemtjänst Centrum

Brukaren Abraham Levin avled i hemmet 2 mars. Familjen har bett att vi inte rör kroppen förrän
Chevra Kadisha från judiska församlingen kommit, och att begravningen sker snarast enligt judisk
sed. Personal som var där: Lotta, Johanna. Debriefing med enhetschef torsdag.`, 'religion', 'social'),
  d(`Hej Peter,

Kort från mötet med föreningen Assyriska kulturföreningen i går: de vill hyra Folkets hus-salen för en
kulturkväll i maj, ca 200 gäster. Jag sa att vi återkommer om datum. Budgeten för föreningsbidrag är
dock snart slut för i år.
/Ingela, kultur och fritid`),
  d(`Utdrag ur utredning, Barn och unga

Familjen: mamma Leila (38), barnen Sami (12) och Nour (9).
Familjen är kurder från norra Irak och kom till Sverige 2016. Mamma har berättat att pappan är kvar i
Erbil och att kontakten är bruten. Barnen talar sorani hemma.
Bedömning: Familjen behöver stöd i kontakten med skolan; ingen grund för vidare utredning.
Handläggare: Maria Öst`, 'ethnic-origin', 'social'),
  d(`Från: Stina Ahlberg
Skickat: den 4 februari 2026 09:12
Till: Kommunens minoritetssamordnare
Ämne: Förskoleplats på finska

Hej! Vi är en sverigefinsk familj och vill att vår dotter Aino (2 år) får förskola på finska enligt
minoritetslagen. Vi bor i Fridhem. Finns det platser i höst?
Hälsningar Stina och Pekka Ahlberg`, 'ethnic-origin'),
  d(`Hej alla nya medarbetare!

Välkomna till introduktionsdagen den 5 mars. Vi kommer att gå igenom:
• kommunens värdegrund och arbetet mot diskriminering (etnicitet, religion, kön, sexuell läggning m.m.),
• IT-säkerhet och lösenord,
• lön och förmåner,
• facklig information från Kommunal och Vision (30 min vardera).
Lunch ingår. Ta med legitimation för att hämta ut passerkort.

HR-avdelningen`),
  d(`Från: Johan Hedlund
Skickat: den 19 februari 2026 16:41
Till: Louise Strand
Ämne: Angående kvällen i fredags

Hej Louise,
Jag vill bekräfta det du berättade i dag: att Anders Lundgren under personalfesten tog på dig mot din
vilja och skickade sms med sexuella anspelningar efteråt. Jag har anmält det till HR enligt rutinen
och du får stöd från företagshälsan. Anders är tills vidare omplacerad. Hör av dig när du vill.
/Johan, enhetschef`, 'sex-life', 'hr-assessment'),
  d(`Hej chefer,

Påminnelse: alla chefer ska ha genomgått webbutbildningen om sexuella trakasserier senast 30 april.
Utbildningen tar cirka 45 minuter och går igenom arbetsgivarens utredningsskyldighet, hur du tar emot
en anmälan och hur du stöttar den som blivit utsatt. Länk i kompetensportalen.

Vänliga hälsningar
HR-strategen`),
  d(`Kl 14:02 Mirja: har du sett att Tobbe kommer ut som gay på lunchen i dag
Kl 14:03 Kalle: va haha, visste inte ens
Kl 14:03 Mirja: han presenterade sin kille för hela gänget, fint faktiskt
Kl 14:05 Kalle: snyggt av honom. nu måste vi bjuda båda på julbordet 😅`, 'sex-life'),
  d(`Hej,

Kommunfullmäktige sammanträder 23 mars i stora salen. Ärenden: årsredovisning 2025, motion från
Liberalerna om fler lärare i åk 1–3, interpellation från Centerpartiet om kollektivtrafiken,
val av nämndemän. Sammanträdet sänds på webben. Allmänheten är välkommen.

Kommunfullmäktiges kansli`),
  d(`Från: Per Sjöberg
Skickat: den 16 januari 2026 08:50
Till: Valnämndens kansli
Ämne: Jäv?

Hej,
Jag har blivit utsedd till röstmottagare i valdistrikt Norrby 3. Jag vill upplysa om att jag sitter
som ersättare för Moderaterna i tekniska nämnden och kandiderar på deras lista i höst. Är det ett
problem? Jag vill inte att det ska ifrågasättas i efterhand.
Per`, 'political-opinion'),
  d(`Justerat protokoll Barn- och utbildningsnämnden 2026-02-05 (utdrag)

§ 12 Skolorganisation – Nämnden beslutar enligt förvaltningens förslag.
Reservation: Ingrid Bäck (KD) och Tommy Hall (SD) reserverar sig till förmån för eget förslag.
§ 13 Lokalförsörjning – Nämnden beslutar att bordlägga ärendet.
§ 14 Delegationsbeslut – Anmäls.`, 'political-opinion'),
  d(`Kära medlemmar!

Vårdförbundet avdelning Region Norr kallar till årsmöte 18 mars kl. 17.30 på Sjukhusets aula. Vi
väljer ny styrelse och pratar om arbetstider och bemanning på avdelningarna. Det blir smörgåstårta.
Anmäl dig senast 10/3 via medlemssidan.

Styrelsen`),
  d(`Hej Monica,

Jag har fått din förfrågan om att vara med som facklig representant på rehabmötet med Pia Sandin. Som
Kommunals huvudskyddsombud kan jag ställa upp onsdag 11/3 kl 13. Pia har bett mig om stöd och jag har
hennes fullmakt.

Mvh
Roger Eklund, Kommunal sektion Hälsingekusten`, 'trade-union'),
  d(`Lönekartläggning 2025 – sammanfattning

Kommunen har genomfört årets lönekartläggning enligt diskrimineringslagen. Inga osakliga löneskillnader
mellan kvinnor och män kunde konstateras inom likvärdiga arbeten, förutom inom gruppen IT-tekniker, där
en åtgärdsplan tas fram. Snittlön per yrkesgrupp redovisas i bilagan.`),
  d(`Från: Anita Söder
Skickat: den 12 mars 2026 10:11
Till: Förhandlingschef
Kopia: Sveriges Lärare, lokalavdelningen
Ämne: Lönetvist – Jakob Öhrn

Hej,
Sveriges Lärare har som bekant begärt tvisteförhandling för medlemmen Jakob Öhrn. Hans lön, 35 100 kr,
ligger 3 400 kr under snittet för lärare med motsvarande legitimation och erfarenhet på skolan. Vi
yrkar på en justering till 38 500 kr retroaktivt från 1 april 2025.
Anita Söder, ombud`, 'salary', 'trade-union'),
  d(`Veckobrev Rektor Furuskolan v. 10

Hej alla!
– Tack för en bra studiedag i måndags.
– Lärarnas löneprocess: lönesamtalen bokas av biträdande rektor vecka 12–14.
– Skolinspektionens enkät besvaras senast fredag.
– Påminnelse om att alla omdömen i Unikum ska vara ifyllda till utvecklingssamtalen.
– Trevlig helg!
Rektor Mona`),
  d(`Hej Anna!

Jag förstår att du är orolig. Vi har nu sammanställt Idas resultat efter terminen:
Matematik: godkänt på alla delprov utom geometri.
Svenska: hon läser bra men skrivandet är fortfarande en utmaning, hon har ännu inte nått kunskapskraven
för åk 3.
Frånvaro: 4 dagar, alla anmälda.
Vi föreslår att vi ses för att prata om extra anpassningar.
Hälsningar Eva, klasslärare 3B`, 'grades'),
  d(`From: Grace Mensah
Sent: 10 March 2026 08:14
To: Team leaders, Internal Audit
Subject: Weekly summary, week 10

Hi all,
- Audit of procurement in the technical office: fieldwork done, draft report next week.
- Ongoing: follow-up of the 2025 recommendations, 14 of 19 implemented.
- Staffing: Rasmus is back from paternity leave on Monday. Joel starts as trainee 1 April.
- Reminder: the shared drive for working papers has a new password, ask me in person, never by mail.
- Friday: team lunch at Bryggan.
Grace`),
  d(`From: Grace Mensah
Sent: 17 March 2026 08:02
To: Joel Lindh
Subject: Your first day

Welcome Joel! For the working papers drive use the account audit-ws with the password
Granskning#2026vår until IT sets up your own access. The building door code after 18:00 is 7731.
See you at 9.
Grace`, 'credentials'),
  d(`Hej,

Vi har fått synpunkter från en brukare om att hemtjänstpersonalen pratar om andra brukare i bilen när
hon åker med till affären. Påminn gärna alla på APT om tystnadsplikten och att man aldrig pratar om
brukare när andra hör.

/Enhetschef Hemtjänst Öst`),
  d(`Hemtjänst Öst – avvikelserapport 2026-02-14 (utdrag)

Brukare: Sixten Höglund, Gärdesvägen 3
Händelse: Sixten hade inte tagit sina kvällsmediciner (Waran och Furix) på två dagar, dosetten var full.
Personal kontaktade sjuksköterska Britt som gjorde hembesök och tog PK-värde. Anhörig (sonen) informerad.
Åtgärd: dosett läggs nu av sjuksköterska, personal signerar varje dos.`, 'social', 'health'),
  d(`Hej Leif,

Kan du se till att nyckelkoden till nyckelgömman vid Ekorrvägen 14 lämnas till natt-patrullen? Koden är
3355 och brukaren har godkänt att vi använder den. Gamla koden fungerar inte sedan måndag.
/Samordnare Hemtjänst`, 'credentials', 'social'),
  d(`Från: Daniel Rask, Specialpedagog
Skickat: den 20 januari 2026
Till: Arbetslag Gul
Ämne: Extra anpassningar vt

Hej! Några generella tips till vårterminen:
– Använd tydlig struktur på tavlan och bildstöd.
– Ge möjlighet att redovisa muntligt.
– Kortare instruktioner, en i taget.
– Hörselkåpor finns i skåpet för dem som behöver.
Ingen av anpassningarna kräver beslut om åtgärdsprogram. Hör av er om ni vill ha hjälp.`),
  d(`Hej Maria,

Här kommer Alvas omdöme inför utvecklingssamtalet:
Alva är en nyfiken elev som gärna deltar i diskussioner. I engelska och SO arbetar hon på en god nivå.
I matematik har hon svårt med problemlösning och har inte nått målen för taluppfattning på de senaste
två proven (6/20 och 8/20). Vi kommer att ge henne extra stöd två gånger i veckan.
Hälsningar Tobias, mentor`, 'grades'),
  d(`Från: Studie- och yrkesvägledare Kim
Till: Elev Hampus Berg, NA22
Ämne: Saknade kurser

Hej Hampus,
Jag har gått igenom din studieplan. Du har F i Kemi 2 och Matematik 4 och saknar därmed 200 poäng för
en högskoleförberedande examen. Du kan läsa om kurserna på Komvux i höst. Boka gärna tid med mig så
går vi igenom alternativen.
Kim`, 'grades'),
  d(`Sammanställning nationella prov åk 9, Engelska – skolnivå

Antal elever: 112
A: 14 %, B: 19 %, C: 28 %, D: 17 %, E: 15 %, F: 7 %
Jämfört med 2024 ligger vi något högre. Skillnaden mellan pojkar och flickor har minskat.
Resultaten används i det systematiska kvalitetsarbetet och diskuteras på ämneskonferensen 8 april.`),
  d(`Från: Jenny Wallgren
Skickat: den 9 mars 2026 20:15
Till: Kollegorna på Asplunda
Ämne: Tack!

Tack för alla blommor och hälsningar! Operationen gick bra och jag är hemma sedan i lördags. Knät är
stelt men sjukgymnasten säger att jag är i fas. Räknar med att vara tillbaka efter påsk, kanske på
halvtid först.
Kramar Jenny`, 'health'),
  d(`Hej,

Vi har fått frågan om medarbetare kan få ledigt för att följa med anhöriga till sjukhuset. Svaret är:
– Ledighet med lön för nära anhörigs svåra sjukdom, enligt AB § 29, upp till 10 dagar per år.
– Annars kan man ta semester eller tjänstledigt utan lön.
Kontakta din chef om du har frågor.

HR-service`),
  d(`Minnesanteckningar, Rehabiliteringsmöte 2026-02-24

Deltagare: Medarbetare Sara Nilsson, chef Henrik Åberg, HR Lotta Berg, Företagshälsan (läkare)
Sara har varit sjukskriven på heltid sedan oktober för utmattningssyndrom (F43.8). Företagshälsans
läkare bedömer att arbetsförmågan nu är 25 %. Plan: arbetsträning 2 timmar per dag från 9 mars, utan
telefonpass. Uppföljning 23 mars. Sara har tackat ja till samtalsstöd.`, 'health'),
  d(`Hej alla,

Snabbt inför veckan:
1. Tisdag: studiebesök från Region Halland 10–12, visar nya bokningssystemet.
2. Onsdag: jag är på utbildning i arbetsrätt hela dagen.
3. Torsdag: rehabkoordinatorn från Försäkringskassan föreläser på APT om hur samverkan kring
   sjukskrivna fungerar. Alla är välkomna.
4. Fredag: fredagsfika som vanligt.
/Henrik`),
  d(`Från: Patrik Sahlin
Skickat: den 26 februari 2026 23:10
Till: Chef Karin
Ämne: Imorgon

Karin, jag kommer inte imorgon. Var på akuten igen ikväll, de tror att det är njursten. Har fått morfin
och ska på röntgen på förmiddagen. Meddelar när jag vet mer. /P`, 'health'),
  d(`Ärendelogg Servicedesk – ärende 52017

2026-03-04 08:12 Användaren Mona Ek ringer: "datorn vill inte starta".
2026-03-04 08:20 Fjärranslutning misslyckas.
2026-03-04 09:45 Tekniker på plats, byter nätaggregat.
2026-03-04 10:02 Löst. Användaren nöjd.
Kommentar: Mona nämner att hon har synnedsättning och behöver förstoringsprogrammet ZoomText – installeras
om efter bytet.`, 'health'),
  d(`Hej Ann-Sofie,

Som vi sa i dag: jag vill officiellt lämna min plats som förtroendevald i Kommunal på enheten. Min
mandatperiod går ut 31 mars och jag ställer inte upp igen. Jag har pratat med Sanna som kan tänka sig
ta över.
Mvh
Karl-Erik Hed`, 'trade-union'),
  d(`Från: Unionen Region Stockholm <noreply@example.org>
Ämne: Välkommen till webbinariet!

Tack för din anmälan till webbinariet "Förhandla din lön" den 19 mars. Du får en länk dagen innan.
Webbinariet är öppet för alla, även icke-medlemmar.
Vänliga hälsningar, Unionen`),
  d(`Till: Säkerhetssamordnaren
Från: Enhetschef LSS-gruppbostaden Björken
Ämne: Incident 2026-03-01

Hej,
Under helgen upptäckte vi att en boende, Martin Sjö, hade lyckats öppna medicinskåpet. Koden 6619 hade
han sett när personal slog in den. Ingen medicin saknas. Vi har bytt kod till en ny som bara finns i
personalrummets pärm. Hur vill du att vi rapporterar detta?`, 'social', 'credentials'),
  d(`Protokoll från brukarrådet, Seniorboendet Tallen

1. Maten: önskemål om mer fisk, köket tar det vidare.
2. Aktiviteter: bingo på tisdagar är populärt, boule kommer i maj.
3. Trygghet: flera önskar bättre belysning i entrén.
4. Information om nya larmsystemet, som fungerar med armbandssändare.
Nästa möte: 15 april.`),
  d(`Från: Registrator Socialförvaltningen
Skickat: den 5 mars 2026 13:04
Till: Kansliet Utbildning
Ämne: VB: Skolplacering – OBS

Hej, vidarebefordrar nedan. Barnet har fingerade personuppgifter, så hantera endast på papper och
kontakta mig innan något registreras i skoladministrativa systemet.

> Från: Handläggare familjerätten
> Elev som flyttar till kommunen från 16 mars, årskurs 4. Familjen lever med fingerade
> personuppgifter beslutade av Polismyndigheten. Mamman önskar att skolan inte publicerar bilder.`, 'protected-identity'),
  d(`Hej,

Jag undrar hur vi i elevregistret ska markera elever som har sekretessmarkering. Finns det ett fält för
det, eller ska vi ha en separat lista? Vi har fått en ny rutin från förvaltningen men den säger inget
om det tekniska.

Tack!
Skoladministratör Linda`),
  d(`[Chatt – Kontaktcenter]
10:14 Petra: någon som vet vad man gör om en person med skyddad identitet ringer och vill boka tid?
10:15 Amanda: man bokar bara med förnamn och telefonnummer, aldrig adress, se rutin 4.3
10:15 Petra: tack
10:21 Petra: ok det var Leila Hosseini igen, hon som har kvarskrivning, har bokat henne hos ekonomisk rådgivning torsdag
10:22 Amanda: bra, och skriv inget i ärendesystemet`, 'protected-identity'),
  d(`Från: Marcus Wik
Skickat: den 28 februari 2026 14:50
Till: HR-chef Linnea
Ämne: Skriftlig varning – underlag

Hej Linnea,
Här kommer underlaget inför skriftlig varning för Stefan Aho:
1. 12/1 – lämnade arbetsplatsen under pågående pass utan att meddela.
2. 3/2 – vägrade utföra arbetsuppgift (dusch av brukare) trots upprepad instruktion.
3. 20/2 – hotfullt beteende mot arbetsledare enligt vittnen.
Kommunal är informerad och hans ombud kommer till mötet 6/3.
/Marcus`, 'hr-assessment', 'trade-union'),
  d(`Hej,

Vi planerar chefsutbildning i "svåra samtal" i april. Upplägget:
Dag 1: Att ge feedback och hantera konflikter.
Dag 2: Arbetsrättsliga åtgärder – rådgivande samtal, skriftlig varning, omplacering och uppsägning
på grund av personliga skäl.
Det blir rollspel med skådespelare. Anmälan till HR senast 20/3.`),
  d(`Från: Personlighetstest.se <rapport@example.com>
Till: Rekryterare Anna Holm
Ämne: Testrapport – kandidat Fredrik Åström

Resultat för kandidat Fredrik Åström, tjänst: enhetschef.
Problemlösning: stanine 7
Stabilitet: låg (stanine 3) – tenderar att reagera starkt under press
Samarbetsförmåga: hög
Ledarskapsstil: auktoritär snarare än coachande.
Rekommendation: fördjupa frågor om stresshantering vid djupintervju.`, 'hr-assessment'),
  d(`Hej rekryterande chefer,

Från och med mars använder vi ett nytt arbetspsykologiskt test i rekryteringen av chefer. Testet mäter
problemlösning och personlighet. Resultatet ska alltid återkopplas till kandidaten och får inte vara
den enda grunden för beslut. Kontakta HR för licens.`),
  d(`Från: Maria Grön
Skickat: den 4 mars 2026 11:33
Till: Löneservice
Ämne: Bonus till Henrik

Hej,
Som beslutat av förvaltningschefen ska Henrik Lilja få en engångsersättning på 15 000 kr för insatsen
under vattenläckan i januari. Kan den betalas ut med marslönen? Jag attesterar i systemet.
/Maria`, 'salary'),
  d(`Hej Lotta,

Ingen aning om det stämmer, men Malin sa på fikat att nya samordnaren har 48 000 i månaden, och då
kan man ju undra varför vi som jobbat här i tio år ligger på 34. Vet du något? Jag tänkte ta upp det
i lönesamtalet.

/Kicki`, 'salary'),
  d(`Från: Leverantörsreskontra
Till: Anders Ström
Ämne: Arvode förtroendevald

Hej Anders,
Arvodet för sammanträdet 12 mars, 1 250 kr, betalas ut till ditt konto i SEB 5214-00 123 45 med
aprillönen. Kontrollera gärna att uppgifterna är rätt.
Ekonomiservice`, 'bank-account', 'salary'),
  d(`Hej,

Kontrollera gärna att alla ansökningar om föreningsbidrag har ett bankgiro eller plusgiro som tillhör
föreningen och inte en privatperson. Vi betalar inte ut till privata konton.

/Kultur- och fritidsförvaltningen`),
  d(`From: Samuel Okafor
Sent: 3 March 2026 21:02
To: Payroll
Subject: New account for salary

Dear payroll,
Please pay my salary from March to my new account: Danske Bank, clearing 1200, account 3456789012.
The old account at ICA Banken is closed. Thank you.
Samuel Okafor, care assistant, Ängsgården`, 'bank-account'),
  d(`Hej!

Vi har fått betala för en kurs två gånger. Vi har fått tillbaka pengarna på kortet men beloppet syns
inte än. Kan det ta flera dagar?
/Hilda

---
Svar: Hej Hilda, återbetalning till kort tar 3–5 bankdagar. Hör av dig om det inte syns till
nästa vecka. /Kursadministrationen`),
  d(`Ärende #77120, Kultur och fritid – Biljettsystemet

Användare: kassan Stadsteatern
Problem: En kund, Viveka Lund, har läst upp sitt kortnummer i telefon och personalen har skrivit ned det
i kommentarsfältet: 4916 3385 0219 7720, 12/26. Fältet måste raderas.
Åtgärd: Kommentaren raderad i databasen 2026-02-19 11:40, loggad. Personalen påmind om rutinen.`, 'payment-card'),
  d(`Från: Vaktmästeriet
Till: Alla på förvaltningen
Ämne: Nya passerkort

Hej!
Nya passerkort delas ut i receptionen 9–13 mars. Kortet ersätter både nyckel och gamla ID-kortet. Ta
med legitimation. Vi fotograferar på plats, fotot används bara på kortet.
/Vaktmästeriet`),
  d(`Hej Anders,

Uppdatering kring skolans nya ansiktsigenkänningskamera: den är avstängd sedan IMY:s beslut och ingen
elevdata finns kvar. Vi har raderat alla ansiktsmallar och loggar. Skicka gärna en bekräftelse till
rektorerna.
/Dataskyddsombudet`),
  d(`Utdrag ur förundersökningsprotokoll, kopia till Socialtjänsten enligt 10 kap. 18 a § OSL

Misstänkt: Robin Engström (19)
Brott: olaga hot och grov misshandel 2026-01-30 vid Torget.
Bevisning: fingeravtryck på flaskan och övervakningsfilm. Fingeravtrycket matchades mot registret.
Övrigt: Robin är sedan tidigare dömd för stöld och är inskriven i öppenvård för missbruk.`, 'criminal-record', 'biometric', 'social', 'health', 'secrecy'),
  d(`Hej Magnus,

Vi har fått in en ansökan om arbete på fritidsgården från Sanna Holm. I utdraget ur belastningsregistret
finns en dom från 2023 för ringa stöld. Den är inte relevant för tjänsten enligt vår bedömning, men jag
vill att du tar ställning innan vi går vidare.
/HR-partner Annika`, 'criminal-record'),
  d(`Från: Hanna Kallio
Skickat: den 21 januari 2026 14:17
Till: Ledningsgruppen Hemtjänsten
Ämne: Språkkompetens Tornedalen

Hej,
Inför schemaläggningen våren: Elsa Niemi i Pajala-området är tornedaling och vill helst ha personal som
talar meänkieli, hon har blivit alltmer förvirrad när personalen bara talar svenska. Kan vi prioritera
Aino och Kalle till hennes besök?
/Hanna, samordnare`, 'ethnic-origin', 'social'),
  d(`Hej!

Nu finns broschyren "Dina rättigheter som samer, tornedalingar, sverigefinnar, romer och judar" på
sju språk i receptionen och på webben. Dela gärna ut den till besökare som frågar om minoritetsspråk.

/Minoritetssamordnaren`),
  d(`Till: Elevhälsoteamet
Från: Kurator Mona
Ämne: Inför EHT 5/3 – kort

- Zeynep (8A): pappan har uttryckt att familjen är aleviter och inte vill att hon deltar i
  religionsundervisningens besök i moskén. Rektor har pratat med familjen, hon får alternativ uppgift.
- Lucas (8B): har slutat komma till idrotten. Mamma säger att han skäms över sin kropp. Jag träffar
  honom veckovis.
- Allmänt: ny rutin för frånvarouppföljning, se bilaga.`, 'religion'),
  d(`Hej allihop i arbetslaget,

Sammanfattning från gårdagens planeringsdag:
• Temat för våren blir "Världens högtider" – vi tittar på jul, eid, diwali, påsk och pesach.
• Föräldramöte 24/3, vi bjuder på fika.
• Utvärdering av läsfixarna – fortsätter i höst.
• Ingen ändring i schemat.
/Karin`),
  d(`Hej Sebastian,

Jag sitter med planeringen för valvakan och behöver veta om du kan vara med som funktionär. Jag vet att
du själv är aktiv i Centerpartiets ungdomsförbund och inte vill synas på bild i kommunens material,
så du kan få jobba bakom scenen.
/Linda, kommunikationsavdelningen`, 'political-opinion'),
  d(`Utdrag ur föreningsregistret – föreningsbidrag 2026

Beviljade bidrag:
– SSU Norrtuna, 8 000 kr (verksamhetsbidrag)
– Moderata ungdomsförbundet Norrtuna, 8 000 kr
– Grön Ungdom Norrtuna, 6 500 kr
Avslag: Föreningen Fria Röster (ej uppfyllt krav på demokratisk uppbyggnad).`),
  d(`Från: Caroline Nyström
Skickat: den 2 mars 2026 08:44
Till: Lärarlaget 4–6
Ämne: Hanna T.

Hej alla. Jag vill bara säga att Hanna Tornberg i 5B har två mammor, Jessica och Mia, som båda är
vårdnadshavare. Det har varit lite tjafs i klassen om det. Kan vi vara extra uppmärksamma och ta tag i
kommentarer direkt? Båda vill bli inbjudna till utvecklingssamtalet.
/Caroline, mentor`, 'sex-life'),
  d(`Hej,

Vi har beställt nya formulär för vårdnadshavare: "Vårdnadshavare 1" och "Vårdnadshavare 2" i stället
för "mamma" och "pappa". Det gäller alla blanketter i Skolwebben från 1 april.

Skoladministrationen`),
  d(`Från: Sara Frost
Skickat: den 15 februari 2026 19:20
Till: Monica Åkerlund (chef)
Ämne: Byte av namn i systemen

Hej Monica,
Efter helgen kommer jag att använda namnet Sam. Jag har påbörjat könsbekräftande vård och har fått
nytt namn registrerat hos Skatteverket. Kan du hjälpa mig att uppdatera namnet i schemat, på
namnskylten och i mejlen? Jag berättar för gruppen själv på måndag.
/Sam`, 'sex-life', 'health'),
  d(`Hej!

Bifogat: den reviderade rutinen för hantering av begäran om allmän handling. Nytt är att alla
begäranden ska diarieföras samma dag, och att sekretessprövningen görs av den som ansvarar för
handlingen. Beslut om avslag fattas av förvaltningsjuristen.

Registraturen`),
  d(`Från: Förvaltningsrätten i Luleå
Till: Socialnämnden
Ämne: Dom i mål 2145-25

Förvaltningsrätten bifaller socialnämndens ansökan om att Mikaela Strand ska beredas vård enligt 4 §
LVM. Mikaela har ett långvarigt missbruk av alkohol och bensodiazepiner och har vid flera tillfällen
allvarligt skadat sig själv.
Domen omfattas av sekretess enligt 26 kap. 22 § OSL i de delar som rör hennes hälsotillstånd.`, 'social', 'health', 'secrecy'),
  d(`Hej Agneta,

Kort om gårdagens möte med Josef Berg på LSS-kontoret: han har fått avslag på ledsagarservice, men
familjen ska överklaga. Han har Downs syndrom och klarar inte bussen själv. Jag har hjälpt dem med
formuleringarna. Hör gärna av dig om du har exempel på tidigare domar.
/Ulla, god man`, 'social', 'health'),
  d(`Till alla kontaktpersoner inom LSS

Årets utbildningsdag om LSS-insatserna är 22 april. Program:
– Vad är skillnaden mellan ledsagarservice och kontaktperson?
– Hur skriver vi genomförandeplaner?
– Aktuell rättspraxis.
Anmälan senast 1 april. Arvode utgår enligt riktlinjerna.`),
  d(`Från: Kristin Bengtsson
Skickat: den 23 januari 2026 13:50
Till: Arbetsterapeut Oskar
Ämne: Hjälpmedel

Hej Oskar,
Fru Edith Larsson på Björkvägen 22 har ramlat två gånger sedan jul. Hon vägrar använda rollatorn inne.
Hemtjänsten är där fyra gånger per dag men hon är ensam nätterna. Kan du göra ett hembesök och titta på
trygghetslarm med fallsensor?
/Kristin, biståndshandläggare`, 'social', 'health'),
  d(`Hej,

Jag skulle vilja veta mer om hur man ansöker om hemtjänst för min pappa. Han bor kvar hemma och har
börjat få svårt med städning och inköp. Vilka uppgifter behöver ni?

Vänliga hälsningar
Mikael`),
  d(`Svar från Kontaktcenter:

Hej Mikael! Tack för ditt mejl. Du eller din pappa kan ansöka om hemtjänst genom att ringa
biståndsenheten på 0650-190 00 eller använda e-tjänsten. En handläggare gör sedan ett hembesök och
utreder behovet. Din pappa behöver själv samtycka till ansökan.

Vänliga hälsningar, Kontaktcenter`),
  d(`Anteckningar från budgetdialog, Individ- och familjeomsorgen

Kostnaderna för placeringar av barn och unga ökade med 14 % under 2025. Antalet institutionsplaceringar
enligt LVU var 11 (2024: 8). Försörjningsstödet minskade något, 2 % färre hushåll. Förslag om utökad
öppenvård presenteras för nämnden i april.`),
  d(`Från: Linnéa Ekholm
Skickat: den 3 mars 2026
Till: Kollegorna på Enheten
Ämne: Tack för stödet

Tack alla för att ni har täckt upp för mig. Som några av er vet har jag gått i behandling på
Beroendecentrum sedan november för mitt spelberoende. Jag är tillbaka på heltid från måndag och
vill gärna fika och prata om det om någon undrar.
Linnéa`, 'health'),
  d(`Från: Kurt Åman
Skickat: den 6 februari 2026
Till: IT-support
Ämne: Access till fakturaportalen

Hej, jag kommer inte in i fakturaportalen. Mitt användarnamn är kurt.aman och lösen jag använder är
Korvbröd55!! – har ni ändrat något? Tacksam för snabb hjälp innan månadsskiftet.
Kurt`, 'credentials'),
  d(`Från: Gustav Nilsson
Skickat: den 14 februari 2026 10:30
Till: Personalhandläggare Marie
Ämne: Försäkring

Hej Marie,
Jag funderar på att teckna den frivilliga sjukförsäkringen via facket men de frågar om ärftliga
sjukdomar. Min pappa och farfar hade båda familjär hyperkolesterolemi och jag testades positivt för
samma mutation i LDLR-genen förra året. Måste jag uppge det? Eller kan jag hoppa över försäkringen?
/Gustav`, 'genetic', 'health'),
  d(`Regionens nyhetsbrev – Forskning i fokus

Nu startar en ny studie om ärftlig bröstcancer i norra Sverige. Deltagarna erbjuds gentest och
genetisk vägledning. Studien godkänd av Etikprövningsmyndigheten. Läs mer och anmäl intresse på
forskningssidan. Inga resultat lämnas ut till arbetsgivare eller försäkringsbolag.`),
  d(`Hej Jennie,

Efter mötet med elevens föräldrar vill jag sammanfatta: Malte har fragilt X-syndrom, vilket
bekräftades genom genetisk utredning när han var tre. Hans lillebror har nyligen testats och är också
bärare av fullmutationen. Föräldrarna vill att vi planerar för att Malte ska gå i träningsskoleklassen.
/Specialpedagog Inger`, 'genetic', 'health'),
  d(`Från: Identitetshantering
Till: Nils Forsberg
Ämne: Irisregistrering slutförd

Hej Nils,
Din irisskanning för åtkomst till arkivets säkerhetszon registrerades den 2 mars kl. 14.22.
Mall-ID: IR-22019-NF. Om du inte begärt detta, kontakta säkerhetsenheten omedelbart.`, 'biometric'),
  d(`Hej!

Frågan om fingeravtrycksläsare för tidsregistrering i hemtjänsten har varit uppe igen. Juristen bedömer
att det inte är proportionerligt. Vi fortsätter med appen och PIN-kod. Ingen biometrisk data ska
samlas in.

/Verksamhetsutvecklare Hemtjänsten`),
  d(`From: Laura Bianchi
Sent: 8 March 2026 17:40
To: IT Security
Subject: Voice authentication logs

Hello,
As requested I checked the access logs for the voice authentication service. My own voiceprint
(enrolled 12 January, ID VX-3391) was used three times on Saturday when I was on holiday in Italy.
Someone may have used a recording of my voice. Please investigate and suspend it.
Laura Bianchi, Business Analyst`, 'biometric'),
  d(`Från: Hotell Bellevue
Till: Eva Strand
Ämne: Reservation 40021

Tack för din bokning! Vi har debiterat 2 380 kr på kortet Visa 4539 1488 0343 6467 (giltigt till 05/29)
enligt dina uppgifter. Avbokning senast 24 timmar före ankomst.
Hälsningar Receptionen`, 'payment-card'),
  d(`[Chatt-export, Inköpsgruppen]
2026-02-03 11:01 Lisa: vem har företagskortet?
2026-02-03 11:02 Jens: jag, behöver du beställa något?
2026-02-03 11:02 Lisa: ja, licenser för 3 400 kr
2026-02-03 11:03 Jens: skickar numret i sms: nej vänta. jag beställer åt dig, skicka länken
2026-02-03 11:04 Lisa: perfekt tack`),
  d(`Hej Ekonomi,

Vi har fått ett samtal från en kvinna som tror att hennes betalkort har använts obehörigt i
parkeringsautomaten vid Stadshuset. Kortnumret hon uppgav: 4556 7375 8689 9855, innehavare Birgitta
Holm. Kan ni kontrollera transaktionerna 12–14 februari?
/Parkeringsenheten`, 'payment-card'),
  d(`Hej,

Vi påminner om att ingen får spara kortuppgifter i Excelark eller mejl. Alla kortbetalningar i våra
e-tjänster hanteras av betalleverantören och vi ser aldrig hela kortnumret. Skriv till
ekonomi@kommunen.example om ni har frågor.`),
  d(`Från: Jenny Andersson
Skickat: den 12 mars 2026 09:05
Till: Bo Hellström
Ämne: SV: Pengar till Lucas

Hej Bo,
Vad bra att ni hittat en lösning. Jag har betalat 1 500 kr för klassresan. Om ni vill ha pengarna från
cirkusföreställningen också kan ni sätta in dem på mitt konto: Länsförsäkringar 9021-417 338 26.
Jenny

> Bo Hellström skrev:
> Hej Jenny, det var överskott från caféet. Vart ska vi betala tillbaka?`, 'bank-account'),
  d(`Protokoll Klassrådet 7C 2026-02-20

1. Fika på fredagar – ja, med turordning.
2. Klassresan – vi samlar in pengar genom att sälja kakor. Kassör: Ella. Pengarna sätts in på
   klassens konto som föräldraföreningen har.
3. Mobiler på lektionerna – diskussion.
4. Övrigt: skåpen är trasiga, rektor informerad.`),
  d(`Från: Malin Ek
Skickat: den 1 februari 2026 16:02
Till: Rektor Stefan
Ämne: Olle i 2A – oro

Hej Stefan,
Jag är orolig för Olle. Han har haft samma smutsiga kläder hela veckan, somnar på lektionerna och
sa i dag att pappa "sover hela dagarna och luktar konstigt". Jag tänker att vi behöver göra en
orosanmälan. Kan vi prata innan jag skickar?
/Malin, klasslärare`, 'social'),
  d(`Hej!

Vi ska ha föräldramöte om skolans arbete mot kränkningar. Talare är en polis från närpolisen som
berättar om nätmobbning och vilka brott det kan handla om (ofredande, förtal, olaga hot). Mötet är
öppet för alla vårdnadshavare.

Rektorerna i Norra skolområdet`),
  d(`Från: Kommunens säkerhetssamordnare
Till: Enhetschefer fritidsgårdar
Ämne: VB: Information från polisen – SEKRETESS

Följande är sekretessbelagd information från polisen enligt 18 kap. 1 § OSL och får inte spridas:
Två ungdomar som besöker Gården, Ali Mansour och Viktor Lund, är misstänkta för inblandning i
skjutningen på Västra torget. Polisen ber om att bli kontaktade om de dyker upp.`, 'secrecy', 'criminal-record'),
  d(`Hej Jonas,

Jag håller på med rutinen för nämndsekreterare. Fråga: ska vi anteckna "omfattas av sekretess" i
protokollet på de paragrafer som är sekretessbelagda, och i så fall med vilket kapitel? Har du något
exempel från IFO?

/Nämndsekreterare Sara`),
  d(`Kopia av journalanteckning – Ungdomsmottagningen
(SEKRETESS enligt 25 kap. 1 § OSL – får inte lämnas ut)

Besök 2026-02-17, Ida S., 17 år
Kommer för preventivmedelsrådgivning, har haft oskyddat sex. Graviditetstest negativt. Önskar
p-stav, inläggning bokad 24/2. Erbjuden klamydiaprovtagning, tackat ja.
/Barnmorska Helena`, 'secrecy', 'health', 'sex-life'),
  d(`Hej,

Nämndsekreteraren behöver veta om någon ledamot har jäv i ärende 14 på torsdag (avtal med
Föreningen Folkets Hus). Meddela före onsdag.

/Kansliet`),
  d(`Från: Samira Haddad
Skickat: den 22 februari 2026 13:15
Till: HR Rekrytering
Ämne: SV: Erbjudande om anställning

Hej,
Tack för erbjudandet, jag tackar gärna ja! En sak bara: i papperen står det att jag är född i Syrien,
men det stämmer inte, jag är född i Libanon. Min familj är palestinier och flydde dit på 70-talet.
Kan ni ändra det i personalakten?
Samira`, 'ethnic-origin'),
  d(`Hej alla mentorer,

Vi har flera nyanlända elever i årskurs 7 och 8 i vår. Studiehandledning finns på arabiska, dari,
somaliska och ukrainska. Om ni behöver hjälp att kartlägga en elevs tidigare skolgång, kontakta
modersmålsenheten. Kartläggningsmaterialet från Skolverket finns i Teams.

/Biträdande rektor`),
  d(`Ärendeanteckning, Arbetsmarknadsenheten 2026-03-02

Deltagare: Ahmed Warsame
Ahmed, som kom från Somalia 2019, har nu klarat SFI D. Han vill bli busschaufför. Han har
hörselnedsättning på vänster öra, vilket behöver utredas inför körkortet. Remiss till
arbetsförmedlingens specialist. Nästa träff 16/3.`, 'ethnic-origin', 'health'),
  d(`Veckosammanfattning – Flyktingmottagningen v. 9

• 6 nya hushåll anvisade (totalt 19 personer), de flesta från Ukraina och Eritrea.
• Bostäder: 4 lägenheter klara, 2 hushåll bor tillfälligt på vandrarhem.
• Samhällsorientering startar 16 mars.
• Samverkansmöte med regionen om hälsoundersökningar 12/3.`),
  d(`Till: Personalen på Ängens förskola

Inför fastan: familjen till Yusuf (Igelkottarna) har bett att han bara får halal-kött, och mamma
har sagt att familjen firar Eid efter Ramadan, så han kommer vara ledig 30–31 mars. Köket är
informerat.
/Förskolechef Anna`, 'religion'),
  d(`Från: Ebba Lund
Skickat: den 7 mars 2026
Till: Jonatan (präst), Svenska kyrkan Norrby
Kopia: Enhetschef Hemtjänst
Ämne: Besök hos Ruth

Hej Jonatan, Ruth Eriksson på Vallmovägen frågar efter dig igen. Hon har varit aktiv i församlingen
hela livet och vill ta nattvarden hemma nu när hon inte kan gå till kyrkan. Kan du komma nästa vecka?
Ebba, hemtjänsten`, 'religion', 'social'),
  d(`Hej!

I år arrangerar Interreligiösa rådet en öppen kväll den 18 april i Stadsparken med representanter för
kyrkor, moskéer, synagogan och buddistiska föreningen. Kommunen bidrar med tält och ljud.

/Kultur och fritid`),
  d(`Från: Eva-Lena Berg
Skickat: den 9 mars 2026 10:22
Till: Kommunstyrelsens ordförande
Ämne: Utskottets sammansättning

Hej Ingvar,
Efter Jan Larssons (L) avgång behöver Liberalerna utse en ny ledamot. Jag har pratat med Susanne Ek som
är beredd att ta platsen. Hon är medlem sedan 2018 och sitter i dag som ersättare i
socialnämnden.
/Eva-Lena, gruppledare (L)`, 'political-opinion'),
  d(`Medborgardialog om nya badhuset – sammanfattning

Ca 140 personer deltog. De flesta önskade en 50-metersbassäng och längre öppettider. Flera
ifrågasatte kostnaden. Politiker från alla partier i kommunfullmäktige fanns på plats och svarade på
frågor. En rapport lämnas till tekniska nämnden i maj.`),
  d(`Från: Emelie Hansson
Skickat: den 28 januari 2026 08:15
Till: HR-chef
Ämne: Löneförhandling Lasse

Hej,
Jag har fått ett mejl från Lasse Kron där han säger att han vill ha 2 500 kr mer än budgeten, han
ligger på 41 200 i dag som enhetschef och har erbjudande från grannkommunen på 44 000. Vad är vårt
utrymme? Jag vill inte tappa honom.
/Emelie`, 'salary'),
  d(`Lönerevision 2026 – information till medarbetare

Årets lönerevision gäller från 1 april. Lönesättande samtal hålls i mars. Kriterierna för lönesättning
finns på intranätet. Den nya lönen syns på lönespecifikationen i maj, med retroaktiv utbetalning.
Kontakta din närmaste chef om du har frågor om processen.`),
  d(`[HR-system, Utvecklingssamtal – dokumentation]
Medarbetare: Hampus Söderström
Chef: Lena Ekberg
Datum: 2026-02-11

Hur har året varit? Hampus tycker att det har varit tungt med nya systemet.
Chefens bedömning: Hampus levererar, men hans dokumentation håller inte kvaliteten; tre ärenden har
fått återremitteras. Han behöver förbättra struktur och följsamhet till rutiner.
Överenskomna mål: genomgå utbildningen i dokumentation senast maj; avstämning varannan vecka.`, 'hr-assessment'),
  d(`Hej alla,

Medarbetarsamtalen i år kommer att hållas digitalt i nya HR-systemet. Medarbetaren fyller i
förberedelsen innan. Efter samtalet skriver båda under. Inget av innehållet påverkar lönen direkt,
men det är ett underlag inför lönesamtalet.

Personalenheten`),
  d(`Från: Mentor Jessica
Till: Vårdnadshavare till Otto Brandt
Ämne: Frånvaro

Hej,
Ottos frånvaro har nu nått 18 %, varav 11 % ogiltig (sen ankomst första lektionen). Vi har en närvaroplan
där vi följer upp varje vecka. I matte fick han E på senaste provet, vilket är en förbättring från F.
Vänliga hälsningar, Jessica`, 'grades'),
  d(`Hej!

CSN behöver få in närvarorapporterna senast den 15:e varje månad för alla elever med studiebidrag.
Vid ogiltig frånvaro över fyra timmar per månad ska skolan rapportera. Rutinen finns i
lärarhandboken.

Administrationen, Gymnasiet`),
  d(`Protokoll IT-driftmöte 2026-02-26

1. Patchning: Windows-servrar patchade 24/2, inga fel.
2. Backup: test av återläsning OK.
3. Nya administratörskonton: Kristoffer får konto adm-krin. Tillfälligt lösenord: TrolleBo-44!x, byts
   vid första inloggning.
4. Brandväggsbyte planerat till v. 14.`, 'credentials'),
  d(`Hej,

Kan ni återställa mitt konto i skolplattformen? Jag har glömt lösenordet och SMS-koden kommer inte
fram. Jag heter Ronja Lindell och är lärare på Hagaskolan.
Tack!

---
Svar: Hej Ronja, vi har skickat en återställningslänk till din privata e-post. /Servicedesk`),
  d(`Från: Jessica Ahlgren, Familjehemssekreterare
Till: Familjehemmet Nyberg
Ämne: Inför tisdag

Hej Jonna och Camilla,
Som vi sa i telefon kommer jag på tisdag med de nya uppgifterna om Nellies umgänge. Nellies mamma har
nu fått kvarskrivning och det betyder att umgänget ska ske på familjecentralen och aldrig hemma hos er.
Ses!
Jessica`, 'protected-identity', 'social', 'sex-life'),
  d(`Hej!

Vi ska skriva en ny rutin för hur vi hanterar elever med skyddade personuppgifter vid skolfotografering.
Förslag: fotografen ska inte få namnlistan, bilderna ska inte publiceras och vårdnadshavaren ska tillfrågas
separat. Synpunkter senast 20 mars.`),
  d(`Från: Christer Holm
Skickat: den 10 mars 2026 16:22
Till: Anna Wiklund; Peter Strand
Ämne: SV: SV: SV: Planering Vårmarknaden

Hej igen,
Då kör vi på torsdag 23 april som vi sa. Jag bokar scenen och Peter fixar el till stånden.

/Christer

Från: Anna Wiklund
Skickat: den 10 mars 2026 14:05
Till: Christer Holm; Peter Strand
Ämne: SV: SV: Planering Vårmarknaden

Torsdag funkar för mig! Jag kan inte veckan efter ändå, då är jag på Karolinska med Elsa för
hennes hjärtoperation, hon ska göra den andra av tre. Så skönt om vi får klart allt innan.
Anna

Från: Peter Strand
Skickat: den 10 mars 2026 09:30
Ämne: SV: Planering Vårmarknaden

Förslag: torsdag 23/4 eller lördag 25/4? Jag lutar åt torsdag pga fotbollen.

Från: Christer Holm
Skickat: den 9 mars 2026 17:12
Ämne: Planering Vårmarknaden

Hej båda, dags att spika datum för vårmarknaden. 40 knallar har anmält sig hittills.
Christer Holm, Centrumutvecklare`, 'health'),
  d(`Från: Christer Holm
Skickat: den 11 mars 2026 08:05
Till: Knallar Vårmarknaden
Ämne: Vårmarknaden 23 april – information

Hej alla knallar!
Vårmarknaden blir torsdag 23 april kl. 10–17 på Stortorget.
- Uppställning från 07.30, infart via Kyrkogatan.
- El finns för 20 stånd, boka senast 1 april.
- Platshyran, 450 kr, betalas via faktura. Vi tar inte emot kortbetalning på plats.
- Tänk på att ha med egna brandsläckare om ni har grill.
- Vid sjukdom eller förhinder, meddela oss så snart som möjligt.
Har ni frågor, ring mig på 070-123 45 67.

Välkomna!
Christer Holm, Centrumutvecklare
Sundby kommun`),
  d(`APT-protokoll, Biståndsenheten 2026-03-05

Närvarande: 11 handläggare, enhetschef Katarina, HR-partner Johan (punkt 3)

1. Ärendeläget
   - 142 aktiva ärenden, 18 väntar på utredning.
   - Katarina påminner om att alla beslut ska vara fattade inom 14 dagar.
2. Omorganisationen
   - MBL-förhandling med Vision och Kommunal klar 28/2. Nya team från 1 maj.
3. Arbetsmiljö
   - Johan presenterar resultatet från medarbetarenkäten. Hög arbetsbelastning i team Syd.
   - Flera tar upp att det är svårt att hinna med dokumentation.
4. Personal
   - Helena är föräldraledig från april, Sandra ersätter.
   - Thomas är fortsatt borta, han hör av sig när han vet mer om operationen; hans ärenden fördelas
     mellan Emma och Lisa.
5. Övrigt
   - Julbord bokat 11 december (ja, redan nu!).

Justeras: Katarina / sekreterare Lisa`, 'health'),
  d(`Ledningsgruppens veckobrev, Socialförvaltningen, v. 11

Hej alla!
Några rader om veckan som gått:
• Nämnden antog i torsdags den nya riktlinjen för ekonomiskt bistånd. Den börjar gälla 1 maj och
  handläggarna får utbildning i april.
• Vi har fått statsbidrag på 2,4 mkr för att stärka den sociala barn- och ungdomsvården.
• Rekryteringen av ny IFO-chef är i slutskedet, två kandidater kvar.
• Den nya e-tjänsten för orosanmälan lanseras i juni.
• Socialstyrelsens öppna jämförelser visar att vi har kortast handläggningstid i länet för LSS-beslut.
• Sjukfrånvaron på förvaltningen var 8,1 % i februari, en minskning från 9,3 %.
Tack för allt arbete!
Förvaltningschef Marita`),
  d(`Från: Birgitta Sund
Skickat: den 19 februari 2026 11:40
Till: Ekonomi Gymnasieskolan
Ämne: VB: Inackorderingstillägg

Hej, kan ni titta på det här?

---------- Vidarebefordrat meddelande ----------
Från: Kristina Falk
Datum: 18 februari 2026
Till: Studie- och yrkesvägledare Birgitta Sund

Hej Birgitta,
Jag har ansökt om inackorderingstillägg för min son Viktor som läser på naturbruksgymnasiet.
Pengarna har inte kommit. Kan ni betala in dem till mitt konto i stället för hans, han har inget eget
konto ännu? Swedbank 8214-9, 904 332 118-1, Kristina Falk.
Tack!
Kristina`, 'bank-account'),
  d(`Från: Systemförvaltare Procapita
Till: Alla användare IFO
Ämne: Driftstörning och lösenordsbyte

Hej!
På grund av ett säkerhetsproblem hos leverantören kommer alla lösenord till Procapita att återställas
under natten mot tisdag. Du får ett sms med en engångslänk. Följ länken och välj ett nytt lösenord
(minst 12 tecken).
Viktigt:
- Vi skickar aldrig lösenord i klartext.
- Om du får ett mejl som ber dig lämna lösenordet, rapportera det som phishing.
- Systemet är stängt 22.00–02.00.
/Systemförvaltningen`),
  d(`Hej Tommy,
Sorry för sent svar, har varit sjuk.
Jag skickar inloggningen till Sportadmin som du bad om, så kan du lägga in lagets matcher:
användare: tranaslaget.u12
lösen: Blåvitt!2014
Ändra gärna när du är inne. Och glöm inte att lägga upp närvaron från träningarna.
/Mattias, ledare U12`, 'credentials', 'health'),
  d(`From: Mohammed Al-Sayed
Sent: 5 March 2026 10:12
To: Student Services, Vuxenutbildningen
Subject: My grades from SFI and Swedish 1

Hello,
I need my grades for my application to the nursing programme. I finished SFI course D in June with
grade C and Swedish as a second language 1 in December with grade B. The certificate I got says
"Swedish 1: F" which is wrong. Can you correct it and send a new one?
Thank you,
Mohammed`, 'grades'),
  d(`Kursutvärdering Svenska som andraspråk 1, ht 2025 – sammanställning

Antal svarande: 34 av 41
Helhetsbetyg: 4,2 av 5
Deltagarna uppskattade samtalsövningarna och läraren. Flera önskade mer grammatik och fler
skrivuppgifter. Ett flertal nämnde svårigheten att kombinera studier med arbete.
Åtgärder: fler skrivövningar på distans.`),
  d(`Utdrag ur journal, Företagshälsan Mitt (med medarbetarens samtycke till chef)

Medarbetare: Åsa Vinberg
Bedömning: Åsa har en diskbråcksproblematik i ländryggen (M51.1) och bör tills vidare undvika
tunga lyft över 10 kg och långvarigt stående. Arbetsförmågan bedöms som 75 % i anpassat arbete.
Rekommendation: ståbord, arbetsrotation, ny bedömning om 8 veckor.
Företagsläkare Leif Tran`, 'health'),
  d(`Från: Annika Lövgren
Skickat: den 6 mars 2026 13:33
Till: Skolsköterskorna Norra området
Ämne: VB: Fråga om hörselscreening

Hej! Har någon av er varit med om det här? Jag svarar gärna Sofia men vill stämma av först.

> Från: Sofia Bergman (vårdnadshavare)
> Skickat: den 5 mars 2026 20:41
> Ämne: Fråga om hörselscreening
>
> Hej! Vår dotter Wilma i 1A fick anmärkning på hörseltestet. Jag vill bara berätta att både jag och
> hennes storebror har en ärftlig hörselnedsättning (GJB2-mutation, vi testades på Akademiska 2019) och
> att Wilma testades som nyfödd men vi har aldrig fått svaret förklarat. Kan ni hjälpa oss med remiss?
> Mvh Sofia`, 'genetic', 'health'),
  d(`Styrelseprotokoll, Föreningen för sällsynta diagnoser, lokalavdelningen, 2026-02-02

1. Ekonomi – kassan 42 300 kr.
2. Föreläsningsserien våren: 12/3 "Genetisk vägledning – vad är det?", 9/4 "Att leva med en sällsynt
   diagnos", 14/5 "Rättigheter enligt LSS".
3. Samarbete med regionens genetiska mottagning om informationsmaterial.
4. Nästa möte 6 april.`),
  d(`Ärende #61522 – Passersystem Rådhuset

Beskrivning: Fingeravtrycksläsaren vid entré C känner inte igen Lars Ekström (löneenheten). Han har
en skada på höger pekfinger sedan en olycka i februari.
Åtgärd: Ny registrering gjord med vänster pekfinger och långfinger (mall-ID FP-1128, FP-1129). Gamla mallen
raderad. Användaren informerad.`, 'biometric', 'health'),
  d(`Hej Matilda,

Apropå diskussionen om foto på passerkorten: Bilderna sparas i passersystemet men används inte för
automatisk ansiktsigenkänning, bara för att vakten ska kunna jämföra visuellt. Det räknas därför inte
som biometriska uppgifter enligt GDPR, enligt dataskyddsombudet.

/Säkerhetssamordnaren`),
  d(`Från: Kriminalvården, Frivården Sundsvall
Till: Socialtjänsten, Vuxenenheten
Ämne: Samverkan – klient

Hej,
Klienten Jimmy Sandberg frigavs villkorligt 2 mars och har övervakning i ett år. Han har tidigare
dömts för grov narkotikabrottslighet. Som särskild föreskrift gäller att han ska delta i
öppenvårdsbehandling för sitt amfetaminberoende hos er. Han har en tid 10 mars. Kan ni bekräfta?
Frivårdsinspektör Nina Öst`, 'criminal-record', 'social', 'health'),
  d(`Hej,

Kommunen har fått en förfrågan från Kriminalvården om att ta emot personer som avtjänar straff med
samhällstjänst i parkförvaltningen. Vi behöver handledare. Det handlar om 2–3 personer åt gången,
ungefär 40–100 timmar vardera. Intresserade kan höra av sig till mig.

/Parkchefen`),
  d(`Från: Kassan, Simhallen
Till: Ekonomi
Ämne: Kvitto som ska makuleras

Hej! En kund betalade årskort i går och terminalen skrev ut ett kvitto med hela kortnumret av
någon anledning: 5168 4412 9037 2251, 07/28, innehavare Leif Nyman. Vi har tagit ett foto innan vi
strimlade det – ska vi radera fotot också? /Kassan`, 'payment-card'),
  d(`Hej Kristian,

Kvittot från taxiresan: 642 kr, betalt med Eurocard som slutar på 3318. Jag har lagt det i
reseräkningen. Ska jag även bifoga bokningsbekräftelsen?
/Sanna`),
  d(`[Chatt-export – Föreningen Hembygdsgården]
19:02 Berit: vi måste betala för bussen till Skansen innan fredag
19:04 Göran: jag har inte swish, kan jag ge mitt kortnummer?
19:04 Göran: 4917 6103 5528 1946 exp 10/27 cvv 771 det står på Göran Lindh
19:05 Berit: nej Göran!! ta bort det
19:06 Göran: oj förlåt`, 'payment-card'),
  d(`Hej Patrik,

Vi har en ny familj på förskolan som har skyddad folkbokföring. Från i morgon gäller:
- Barnets namn får inte sättas upp på hyllan eller på avdelningens tavla.
- Inga foton på barnet i Tyra eller på Instagram.
- Hämtning endast av mamma eller morfar, lista finns hos Anna.
- Vid minsta osäkerhet, ring mig.
Jag har varit med på mötet med socialtjänsten. Det är Mio på Blåbären.
/Förskolechef Tove`, 'protected-identity'),
  d(`Till: Alla nyanställda handläggare

Välkommen! Ta del av rutinerna i bilagan:
– Hantering av skyddade personuppgifter (sekretessmarkering, kvarskrivning, fingerade personuppgifter).
– Hot och våld – larm och rapportering.
– Sekretess och tystnadsplikt.
Du ska ha läst rutinerna före första handläggningsdagen och signerat att du tagit del av dem.`),
  d(`Från: Gunnel Ahl
Skickat: den 12 februari 2026 15:05
Till: Kundtjänst Bostadsbolaget
Ämne: Lägenhetsbyte

Hej,
Jag bor på Parkvägen 8 och har skyddad identitet sedan i höstas. Nu har jag sett min gamla granne
utanför huset flera gånger. Jag vill byta lägenhet så fort som möjligt och vill inte att någon ny
adress skickas med vanlig post.
Gunnel`, 'protected-identity'),
  d(`Hej,

Vi har sett att det finns ett nytt ställningstagande från JO om hur kommuner ska hantera
sekretessmarkerade personer i e-tjänster. Kan någon ta fram det och sammanfatta till nästa
systemförvaltningsmöte?

/IT-strateg`),
  d(`Från: Fredrika Dahl
Skickat: den 9 mars 2026 22:02
Till: Stina (kollega)
Ämne: Jobbigt

Du, jag måste berätta varför jag var så konstig på fikat. Jag har äntligen vågat säga till min
familj att jag lever med Ellinor. Pappa pratar inte med mig nu. Jag vill inte att det blir prat på
jobbet men ville att du skulle veta.
F`, 'sex-life'),
  d(`Hej!

Planeringsmöte för Pride-veckan i kommunen: vi samlas 16 april kl 15 i Stadshusets sal 2. Vi går
igenom flaggning, föreläsningar för skolorna och parad-tåget. Representanter från RFSL och
Ungdomsrådet deltar.

/Jämställdhetsstrateg Amira`),
  d(`Minnesanteckningar – Samverkansgrupp (FSG) Vård och omsorg 2026-02-19

Närvarande arbetsgivare: förvaltningschef Lena Björk, HR-chef Tomas Ek
Närvarande fackliga: Kommunal (Susanne Ström, Ali Reza), Vision (Maja Holm), Vårdförbundet (Ingela Berg)

§ 1 Dagordning – godkänd.
§ 2 Ekonomisk uppföljning – förvaltningen redovisar underskott på 3,5 mkr.
§ 3 Heltidsresan – arbetsgivaren informerar om nästa steg. Kommunal önskar fler provperioder.
§ 4 Arbetsmiljö – sjukfrånvaron 9,2 %, högst i nattpatrullen.
§ 5 Rekrytering av enhetschefer – information.
§ 6 Övrigt – nästa möte 19 mars.

Vid protokollet: Tomas Ek
Justeras: Susanne Ström`, 'trade-union'),
  d(`Hej,

Inför nästa FSG vill arbetsgivaren lyfta följande punkter:
1. Ny rutin för sjukfrånvaro och rehabilitering.
2. Schemaläggning sommaren 2026.
3. Resultat av OSA-enkäten.
Handlingar skickas ut senast en vecka innan. Frågor till HR.

Tomas Ek, HR-chef`),
  d(`Från: Kim Lindström
Skickat: den 25 februari 2026 09:50
Till: Malin Åkesson (HR)
Ämne: Återkoppling efter provanställning – Julia

Hej Malin,
Julia Berglund har snart gått sex månader. Min bedömning:
+ Mycket bra bemötande av brukare, alla anhöriga är nöjda.
+ Snabb att lära sig systemen.
– Har haft svårt med punktligheten i början men det har blivit bättre.
– Behöver bli tryggare i att dokumentera avvikelser.
Sammantaget: jag vill att provanställningen övergår i tillsvidareanställning.
/Kim, enhetschef`, 'hr-assessment'),
  d(`Hej alla chefer,

Påminnelse om att provanställningar ska följas upp senast två veckor innan de löper ut. Använd mallen
"Uppföljning provanställning" i HR-portalen. Om du överväger att avsluta en provanställning, kontakta
HR i god tid, eftersom facket ska underrättas.

/HR-avdelningen`),
  d(`[Teams – Lärarlaget åk 4]
08:15 Lena: godmorgon! vem tar rastvakten kl 10?
08:16 Jörgen: jag
08:17 Lena: tack. Förresten, Amelias mamma ringde, Amelia har legat på Sachsska sen fredag, de tror att det är diabetes typ 1. hon blir borta resten av veckan minst
08:18 Jörgen: åh nej, stackarn. skicka en hälsning från klassen?
08:19 Lena: ja vi gör ett kort idag
08:20 Jörgen: 👍`, 'health'),
  d(`[Teams – Lärarlaget åk 4]
13:02 Jörgen: påminnelse om temadagen om hälsa på torsdag, skolsköterskan pratar om sömn och mat
13:03 Lena: bra, jag tar med frukt
13:05 Jörgen: och glöm inte att lämna in listan på vilka som har allergier till köket senast onsdag
13:06 Lena: gjort!`),
  d(`Från: Roger Nyman
Skickat: den 3 mars 2026 07:40
Till: Kollegorna på Gatukontoret
Ämne: Min sista dag

Hej alla!
Som många vet går jag i pension vid månadsskiftet efter 38 år. Det har varit en fantastisk tid. Jag
vill tacka för allt, även för stödet när jag hade min hjärtinfarkt 2019 – utan er hade jag aldrig
kommit tillbaka. Välkomna på tårta i matsalen fredag kl 14!
Roger`, 'health'),
  d(`Hej Sandra,

Jag skulle vilja anmäla att Viktor Persson har tagit ut privat bensin på kommunens drivmedelskort.
Jag såg det själv den 14 februari vid Circle K i Ljusne, där han tankade sin egen bil. Vad gör jag nu?
Ska jag polisanmäla?

/Jan, arbetsledare`, 'criminal-record'),
  d(`Från: Internrevisionen
Till: Ekonomichefer
Ämne: Granskning av drivmedelskort

Hej! Vi kommer under våren att granska hanteringen av drivmedelskort i förvaltningarna. Vi kommer att
titta på rutiner för utlämning, attest och uppföljning. Inga enskilda anställda granskas. Rapporten
beräknas vara klar i juni.`),
  d(`Från: Lisa Håkansson
Skickat: den 16 februari 2026 18:03
Till: Schemaansvarig
Ämne: SV: Pass 24/2

Hej!
Jag kan inte den 24:e, då har jag ett möte med min LSS-handläggare om min sons boende. Hugo flyttar
till gruppbostaden i vår och det är mycket papper. Går det att byta mot den 26:e?
Lisa`, 'social'),
  d(`Till: Alla på Kvarnbacksskolan
Ämne: Nytt wifi och skrivare

Från och med måndag heter elevnätverket KVB-Elev och personalnätet KVB-Personal. Lösenord till
personalnätet får du av Anders på expeditionen, det skickas inte ut via mejl. Skrivaren i
lärarrummet är utbytt, installera om via Företagsportalen.
/IT-ansvarig`),
  d(`Hej Anders,
Skickar ändå lösenordet till personalnätet här eftersom jag är hemma sjuk och Tina behöver det idag:
KVB-Personal / Kvarn2026!bk
Radera mejlet när du skrivit upp det.
/Ylva`, 'credentials', 'health'),
  d(`From: Sophie Laurent
Sent: 2 February 2026 14:30
To: Line manager, Planning Department
Subject: Workplace adjustment

Dear Per,
Following our conversation, I am writing to formally request a workplace adjustment. I was diagnosed
with multiple sclerosis last spring, and fatigue has become an issue in the afternoons. My neurologist
recommends that I work from home two afternoons a week. I'm happy to discuss this with HR.
Best,
Sophie`, 'health'),
  d(`From: HR Support
To: All staff
Subject: Reasonable adjustments – new guidance

We have published new guidance on workplace adjustments for staff with disabilities or long-term
health conditions. Managers must consider each request individually and document the decision.
You do not need to disclose a diagnosis to your manager; a statement from occupational health is
enough. See the intranet for the form.`),
  d(`Veckans nyheter från Stadsbiblioteket

📚 Nya böcker: tre nya deckare och en biografi om Astrid Lindgren.
🎭 Lördag: teater för barn, "Pettson och Findus".
💻 Tisdag: datorhjälp för seniorer – lär dig BankID och Swish. OBS: vi ber aldrig om dina koder
   eller lösenord!
🗣 Språkcafé på arabiska, persiska och ukrainska varje onsdag.
Välkommen!`),
  d(`Hej,

Vi har gjort en intern utredning av händelsen på Villa Solbacken den 8 februari. Sammanfattning:
Undersköterskan Britt-Marie Fors gav fel läkemedel till boende Arvid Ek (dosetten tillhörde en annan
boende). Arvid fick en blodtrycksmedicin han inte ska ha och blev yr, men mår bra nu.
Britt-Marie har fått en genomgång av rutinen och en skriftlig erinran om att kontrollera namn före
utdelning. Lex Sarah-anmälan är gjord.
/MAS Gunilla`, 'health', 'social', 'hr-assessment'),
  d(`Till: Enhetscheferna inom äldreomsorgen

Enligt MAS-rutinen ska alla avvikelser inom läkemedelshantering rapporteras i avvikelsesystemet inom
24 timmar. Sammanställning av förra årets avvikelser: 312 läkemedelsavvikelser, varav de flesta
utebliven dos. Nästa utbildning i läkemedelshantering är 14 april.

/MAS`),
  d(`Från: Ann Zetterberg
Skickat: den 24 februari 2026 12:12
Till: Anhörigkonsulenten
Ämne: Stöd

Hej! Jag har sett att ni har samtalsgrupper för anhöriga. Min man Bengt har fått diagnosen Alzheimer
i höstas och jag börjar bli väldigt trött. Han kan inte vara ensam längre och jag vet inte om jag
kan gå ifrån. Finns det avlösning?
Vänliga hälsningar, Ann`, 'health'),
  d(`Från: Löneenheten
Skickat: den 20 februari 2026 14:00
Till: Enhetschef Ulrika Sten
Ämne: SV: Felaktig utbetalning

Hej Ulrika,
Vi har gått igenom ärendet. Elias Björn har under november–januari fått ut 2 800 kr för mycket per
månad, eftersom hans tjänstgöringsgrad inte ändrades till 75 % i systemet. Totalt 8 400 kr. Vi
föreslår en avbetalningsplan på 1 400 kr per månad under sex månader. Stäm gärna av med honom.

> Ulrika Sten skrev:
> Elias säger att lönen verkar hög, kan ni kolla? Han gick ned i tid i november.`, 'salary'),
  d(`Från: Personalutskottet
Till: Samtliga förvaltningschefer
Ämne: Lönebildning 2026

Inför årets lönerevision har personalutskottet beslutat om följande prioriteringar:
1. Socialsekreterare inom barn och unga.
2. Förskollärare.
3. IT-tekniker (efter lönekartläggningen).
Det totala utrymmet är 3,4 %. Prioriterade grupper kan få 4,5 %. Vi räknar med att alla
lönesamtal är klara i april.`),
  d(`Hej alla i Team Syd,

Några praktiska saker inför veckan:
- Bilen BXT 445 är på service tisdag.
- Zeinab börjar hos oss på måndag, hon kommer närmast från Migrationsverket. Hon talar arabiska och
  franska, vilket blir ett fint tillskott.
- Nyckelskåpet har ny kod från onsdag, Camilla meddelar muntligt.
- Fika fredag: Johan.
/Teamledare Sanna`),
  d(`Från: Khadija Omar
Skickat: den 11 februari 2026 09:14
Till: HR
Ämne: Fråga om slöja på arbetet

Hej,
Jag börjar som undersköterska på Ekbacken i mars. Jag bär hijab och undrar om det finns en
arbetsklädsel som fungerar med den, eftersom jag har läst att det inte får finnas löst tyg runt halsen.
Finns det en godkänd modell?
Vänliga hälsningar, Khadija`, 'religion'),
  d(`Hej!

Kommunens klädpolicy inom vård och omsorg: kortärmat, inga smycken på händer och underarmar, håret
uppsatt. Huvudduk är tillåten om den är stramt knuten och byts dagligen; arbetsgivaren tillhandahåller
godkända modeller i tvättbart material. Fråga din chef.

HR-avdelningen`),
  d(`Utdrag ur utredning enligt 11 kap. 1 § SoL (sekretess enligt 26 kap. 1 § OSL)

Barn: Vincent (7)
Bakgrund: Skolan har gjort orosanmälan efter att Vincent berättat att pappa slår mamma. Mamma har
bekräftat att pappan, Dennis Lindberg, är polisanmäld för misshandel och att han har kontaktförbud.
Vincent har sovsvårigheter och har börjat kissa i sängen igen, enligt mamma.
Bedömning: utredningen fortsätter, Barnahus kontaktas.`, 'social', 'secrecy', 'criminal-record', 'health'),
  d(`Hej Lisen,

Som du bad om: vi får inte lämna ut något om barnet till pappan utan att sekretessprövning gjorts.
Rutinen är att handlingen lämnas till jurist, som bedömer om 26 kap. 1 § OSL är tillämplig. Du kan
alltså svara honom att begäran har tagits emot och att han får besked inom några dagar.

/Jurist Mats`),
  d(`Från: Nina Wennberg
Skickat: den 3 mars 2026 16:45
Till: Fritidsledarna
Ämne: Läget på Ungdomens hus

Hej!
Lite uppdatering:
– Torsdagens disco blev bra, ca 80 ungdomar.
– Jag har pratat med Hampus mamma. Hampus har hämtats av polis två gånger för snatteri i centrum och
  ska nu ha samtal med socialtjänstens ungdomsmottagning. Mamma vill att vi håller ett öga på honom.
– Sportlovsprogrammet är klart, se bilaga.
/Nina`, 'criminal-record', 'social'),
  d(`Hej alla!

Vi har fått en ny rutin från polisen för hur vi ska agera om vi ser brott på fritidsgården:
1. Ring 112 vid pågående brott.
2. Dokumentera händelsen i incidentrapporten (inga namn på ungdomar i mejl).
3. Informera enhetschef samma dag.
Rutinen gås igenom på APT 18 mars.

/Enhetschef Fritid`),
  d(`From: Daniel Kowalski
Sent: 27 February 2026 19:05
To: Anna (colleague)
Subject: re: union?

Hi Anna,
Yes, I joined Unionen last week after all the talk about the reorganisation. I haven't told our boss
and I'd rather keep it that way for now. They say a local representative will contact me. Did you
end up joining Vision?
Dan`, 'trade-union'),
  d(`Hi all,

As you might have heard, the employer and the unions have signed the new local agreement on flexible
working hours. It will apply from 1 May. Managers will receive training in April. The text of the
agreement is available on the intranet.
HR`),
  d(`Från: Ordförande, Socialdemokraterna Västra
Till: Emma Strand
Ämne: Tack för ditt engagemang!

Hej Emma!
Tack för att du ställer upp som valarbetare i höst. Du är inplanerad på torget vid Konsum lördagarna
i augusti. Vi ses på utbildningen 12 juni.
Kamratliga hälsningar, Lars

PS. Hälsa på jobbet – vi behöver fler från förskolan!`, 'political-opinion'),
  d(`Ang. förtroendevaldas ledighet

Hej!
Anställda som har kommunala förtroendeuppdrag har rätt till ledighet för sammanträden. Anmäl ledigheten
till din chef i god tid. Arvode och ersättning för förlorad arbetsinkomst betalas ut av
kommunkansliet, inte via lönen.
HR-service`),
  d(`Hej Anita!

Ang. klagomålet från föräldern: Vi har gått igenom bedömningen. Lovisa fick C i slöjd, och lärarens
underlag visar att hon nådde kunskapskraven för C men inte A i formgivning. Vi står fast vid betyget.
Betyget kan inte överklagas, men vi ger gärna en muntlig genomgång.

Rektor Per`, 'grades'),
  d(`Hej!

Skolverket har uppdaterat betygsskalan för kurser som startar efter 1 juli 2026. Från och med då används
A–F även i komvux-kurser på grundläggande nivå. Vi behöver se över alla kursplaner inom vuxenutbildningen
och uppdatera dokumentationen. Ämnesgrupperna får mer info på konferensen i maj.

/Rektor, Vuxenutbildningen`),
  d(`Från: Elin Granlund
Skickat: den 2 februari 2026 09:00
Till: Biblioteket
Ämne: Ersättning för förlorad bok

Hej! Jag har tappat bort boken "Vägen hem" och vill betala ersättning. Ni kan dra 250 kr från mitt
kort 4000 1272 5633 9014, 01/28, cvc 304. Går det bra?
Elin`, 'payment-card'),
  d(`Protokoll från föräldramöte, Förskolan Vildvittran 2026-02-12

1. Presentation av ny personal: Dilan och Jesper.
2. Verksamheten i vår: utflykter till skogen varje tisdag, musik på torsdagar.
3. Föräldraföreningen behöver ny kassör – Anna Ek valdes.
4. Frågor från föräldrar: maten (mer frukt), sovrutiner.
5. Nästa möte i september.`),
  d(`Från: Vuxenenheten
Till: Boendestödet
Ämne: Ny insats – Per Jonsson

Hej!
Per Jonsson (Storgatan 40) har beviljats boendestöd 4 timmar per vecka från 16 mars. Han har en
bipolär sjukdom och har nyligen skrivits ut från psykiatrisk slutenvård. Fokus: ekonomi, tvätt och
att komma iväg till aktivitetshuset. Hans ekonomiska bistånd betalas till Swedbank 8105-9, 934 771 220-5,
och han vill ha hjälp att betala räkningar i tid.
/Handläggare Jenny`, 'social', 'health', 'bank-account'),
  d(`Hej!

Boendestödet har nu en ny broschyr som förklarar vad insatsen innebär: praktiskt stöd i vardagen för
personer med psykisk funktionsnedsättning, t.ex. med att handla, städa och betala räkningar. Insatsen
är biståndsbedömd. Beställ broschyren från mig.

/Samordnare boendestöd`),
  d(`Från: Maria Lindholm
Skickat: den 18 februari 2026 17:26
Till: Karl (bror)
Ämne: Mammas papper

Hej Karl,
Jag har varit på banken med mamma. Hon vill att vi båda får fullmakt. Hennes konto är Nordea
3300 450917-2281, pensionen kommer dit den 18:e. Hyran dras automatiskt. Jag har också pratat med
kommunen om hemtjänst, hon har fått två besök om dagen från nästa vecka.
Kram, Maria`, 'bank-account', 'social'),
  d(`[Ärendesystem – Kontaktcenter]
Ärende 2026-03-08-0412
Kund: Sandra Åhlin
Ämne: Felaktig faktura barnomsorg
Kundens meddelande: "Jag har fått en faktura på 1 645 kr för februari men min son har varit
sjuk hela månaden. Ska jag ändå betala?"
Svar: Avgiften för förskola betalas även vid frånvaro. Vid sjukdom längre än en månad kan du ansöka om
avgiftsbefrielse med läkarintyg.
Status: Besvarad`, 'health'),
  d(`[Ärendesystem – Kontaktcenter]
Ärende 2026-03-09-0107
Kund: anonym
Ämne: Avgifter förskola
Kundens meddelande: "Hur räknas avgiften för förskolan? Vilka inkomster ska vi uppge?"
Svar: Avgiften beräknas på hushållets sammanlagda bruttoinkomst enligt maxtaxan. Du uppger
inkomsten i e-tjänsten.
Status: Besvarad`),
  d(`Hej Camilla,

Här är sammanfattningen från samtalet med Erik Nordqvist (kommunens säkerhetsskyddschef) om
behörighetsprovning: Erik informerade om att säkerhetsprövningen av vår nya IT-tekniker, Jonas Ask,
visade en tidigare dom för dataintrång 2019. Jonas kan därför inte få behörighet till
säkerhetsklassade system. Vi behöver diskutera om han kan vara kvar i tjänsten.
/IT-chef Björn`, 'criminal-record', 'hr-assessment'),
  d(`Säkerhetsskydd – information till chefer

Alla tjänster som placeras i säkerhetsklass ska säkerhetsprövas innan anställning. Prövningen
omfattar registerkontroll och grundutredning. Resultatet är sekretessbelagt och delges bara
säkerhetsskyddschefen. Kontakta säkerhetsenheten för frågor om placering av tjänster.`),
  d(`Från: Anneli Johansson
Skickat: den 13 februari 2026 21:11
Till: Förskolan Bäcken
Ämne: Om Alice

Hej! Bara så ni vet: Alices pappa Tomas och jag har separerat. Tomas har nu hittat en ny kärlek, Fredrik,
och de bor ihop i Ljungby. Alice är där varannan vecka. Hon har pratat mycket om "pappas Fredrik",
så ni vet vem det är om det kommer upp. Båda får hämta.
Anneli`, 'sex-life'),
  d(`Hej kollegor,

Från och med hösten har vi en ny värdegrundsplan i förskolan, med fokus på normkritik. Bland annat
ska vi se över böcker och material så att olika familjekonstellationer syns: ensamstående,
samkönade föräldrar, bonusfamiljer och familjer med olika ursprung.
Vi pratar mer om det på APT.
/Förskolechef`),
  d(`Från: Region Mitt, Klinisk genetik
Till: Remitterande läkare, Vårdcentralen Norr
Kopia: Patient Hans Ödlund

Svar på remiss: Molekylärgenetisk analys av HFE-genen.
Resultat: Patienten är homozygot för C282Y-varianten, förenligt med hereditär hemokromatos.
Rekommendation: venesectio enligt PM, provtagning av förstagradssläktingar erbjuds.
Överläkare Maria Hjelm`, 'genetic', 'health'),
  d(`Hej!

Regionen erbjuder nu screening för ärftlig hemokromatos till alla som har förhöjt järnvärde. Det
görs med ett enkelt blodprov och en genanalys. Broschyren finns på vårdcentralen.`),
  d(`Från: Kommunens HR-system
Till: Annika Ström
Ämne: Påminnelse – biometrisk inloggning

Hej Annika,
Din registrerade fingeravtrycksmall för inloggning till läkemedelsrobotarna på Solgården går ut
31 mars. Gå till närmaste enhetschef för ny inläsning. Mallen (ID BIO-7723) raderas automatiskt efter
utgångsdatum.`, 'biometric'),
  d(`Hej,

Vi ska införa läkemedelsrobotar i hemtjänsten. En av leverantörerna kräver fingeravtryck för att
låsa upp roboten; den andra använder en kod. Vilken lösning rekommenderar dataskyddsombudet?

/Projektledare Välfärdsteknik`),
  d(`Veckomejl från Lina, utvecklingsledare

1. Digitaliseringsveckan: tack för alla som deltog!
2. Projektet med läkemedelsrobotar: leverantören har lagt in sex brukare i pilotfasen.
3. Ny rapport om trygghetskameror: resultaten är positiva.
4. Jag har semester vecka 12.
/Lina`),
  d(`Hej Maja!

Har du möjlighet att hämta mitt barn från förskolan idag? Jag sitter fast på sjukhuset med min mamma,
hon har fått en stroke. Koden till grinden är 1122 och jag har meddelat förskolan att du kommer.
Tack, jag är skyldig dig!
/Frida`, 'health', 'credentials'),
  d(`Från: Adnan Hodžić
Skickat: den 7 mars 2026
Till: Studievägledaren
Ämne: Validering

Hej! Jag är bosnier och utbildade mig till elektriker i Sarajevo innan jag kom till Sverige 1994.
Jag vill få min utbildning validerad för att kunna jobba som elektriker här. Hur gör jag?
Adnan`, 'ethnic-origin'),
  d(`Hej,

Vi har fått frågan om kommunen erbjuder validering av utländska yrkesutbildningar. Svaret är att
Komvux gör validering inom vård, bygg och el. Sökande behöver intyg från sin utbildning, översatt
till svenska eller engelska.
/Komvux`),
  d(`Från: Helena Marklund
Skickat: den 12 mars 2026 08:31
Till: Ledningsgruppen IFO
Ämne: VB: SV: Inför nämnden

Hej, vidarebefordrar tråden så ni har läget inför torsdag.
/Helena

Från: Johan Eld
Skickat: den 11 mars 2026 18:02
Till: Helena Marklund
Ämne: SV: Inför nämnden

Hej Helena,
Kort läge:
- Statistiken för februari är klar, 41 nya ansökningar om ekonomiskt bistånd.
- Ärendet om familjen Rahimi: placeringen av den äldsta dottern, Parisa (15), på HVB-hemmet Ljungbacken
  förlängs enligt SoL, hon har själv samtyckt. Föräldrarna vill att hon ska få komma hem över påsk.
- Budgeten: ligger 1,2 mkr över prognos.
Johan

Från: Helena Marklund
Skickat: den 11 mars 2026 09:15
Ämne: Inför nämnden
Johan, kan du ge mig en kort lägesrapport före nämnden?

Helena Marklund
Avdelningschef, Individ- och familjeomsorgen
Denna e-post kan innehålla uppgifter som omfattas av sekretess.`, 'social'),
  d(`Från: Kommunikationsenheten
Till: Alla medarbetare
Ämne: Nyhetsbrev mars – Inifrån

I detta nummer:

MÖT KOLLEGAN
Karin Sjögren har jobbat som socialsekreterare i 25 år. "Det bästa med jobbet är när en familj
klarar sig själv igen", säger hon. Karin berättar om hur arbetet med orosanmälningar har förändrats
och varför hon tycker att alla borde gå kursen i motiverande samtal.

NYTT FRÅN HR
Lönerevisionen pågår. Nytt friskvårdsbidrag. Företagshälsans stresskurs har platser kvar.

IT-SÄKERHET
Phishingförsök ökar. Lämna aldrig ut lösenord, koder eller kontonummer via mejl eller telefon.

KALENDER
19/3 Personalfest, 24/3 Facklig frukost med Vision, 2/4 Chefsdag.

Trevlig läsning!`),
  d(`Kallelse och dagordning – Skyddskommittén 2026-03-16

1. Mötets öppnande
2. Föregående protokoll
3. Tillbud och arbetsskador sedan senaste mötet (HR redovisar, avidentifierat)
4. Hot och våld – rapport från säkerhetssamordnaren
5. Sjukfrånvarostatistik
6. Skyddsronder: sammanfattning
7. Information från huvudskyddsombuden
8. Övrigt

Handlingar bifogas. Vänligen meddela förhinder till sekreteraren.`),
  d(`Protokoll Skyddskommittén 2026-03-16 (utdrag, punkt 3 och 7)

3. Tillbud och arbetsskador: 9 tillbud, 3 arbetsskador. En av dem allvarlig: en medarbetare på
   Lövängens boende, Yvonne Karlsson, blev knuffad av en boende och bröt höften. Hon är
   sjukskriven och opereras i nästa vecka. Händelsen anmäld till Arbetsmiljöverket.
7. Huvudskyddsombud Bengt Roos (Kommunal) framförde att bemanningen på natten behöver ses över.
   Arbetsgivaren återkommer.`, 'health', 'trade-union'),
  d(`Hej!

Sammanfattning från utvecklingsdagen med rektorsgruppen:
- Vi har diskuterat hur betyg och bedömning kan bli mer likvärdig mellan skolorna. Förslag: sambedömning
  av nationella prov i alla ämnen från hösten.
- Frånvarofrågan: gemensam närvarotrappa från augusti.
- Elevhälsan: ny organisation med gemensam psykolog.
- Ekonomi: resursfördelningsmodellen ses över.
Nästa utvecklingsdag 12 maj.
/Skolchef Eva`),
  d(`Från: Skolsköterska Gun Ahl
Skickat: den 2 mars 2026 11:20
Till: Mentor 9A
Ämne: SV: Filip

Hej!
Tack för att du hörde av dig. Jag har träffat Filip. Jag kan inte gå in på detaljer, men det är bra att
du tar det lugnt med honom på idrotten en tid framöver. Han har fått kontakt med BUP och mamma vet
om allt. Han har gett mig lov att säga så mycket.
/Gun

> Mentor 9A skrev:
> Hej Gun, Filip har haft långärmat på idrotten hela veckan fast det är varmt och en kompis sa
> något om att han skär sig. Kan du prata med honom?`, 'health'),
  d(`Inbjudan – Temadag om psykisk ohälsa hos unga

Datum: 16 april, kl 9–15
Plats: Aulan, Folkets hus
Innehåll: självskadebeteende, ätstörningar och ångest – hur upptäcker vi tidigt? Föreläsare från BUP
och Suicide Zero. Målgrupp: mentorer, elevhälsa, fritidsledare.
Anmälan senast 1 april.`),
  d(`From: IT Operations
To: Helpdesk
Subject: FW: Access request

Forwarding for action.

-----Original Message-----
From: Oskar Lund
Sent: 9 March 2026 07:55
To: IT Operations
Subject: Access request

Hi, I need access to the GIS server for the mapping project. Johanna said I could use her login until
mine is ready: johanna.ek / Kartan#2025! – is that ok, or will you set me up properly?
Oskar`, 'credentials'),
  d(`Från: Pernilla Svensson
Skickat: den 4 februari 2026 14:12
Till: Föreningen Ljusglimten
Ämne: Medlemskap

Hej! Jag vill bli medlem i er förening för föräldrar till barn med diabetes. Min dotter Tuva (6) fick
sin diagnos i oktober och vi känner oss ganska ensamma. Medlemsavgiften har jag betalat via Swish.
Pernilla`, 'health'),
  d(`Ekonomisk rapport – Integrationsenheten, februari

Utfall: 2,1 mkr (budget 2,3 mkr).
Schablonersättningar från Migrationsverket: 1,4 mkr.
Antal personer i etableringsprogrammet: 64, varav flest från Syrien, Afghanistan och Eritrea.
Prognos helår: balans.`),
  d(`Hej,

Jag har en fråga om tjänstledighet. Min man och jag ska åka till Israel i maj för vår sons bar mitzva
i Jerusalem, och jag behöver vara ledig 2–15 maj. Jag har bara 8 semesterdagar kvar. Kan jag ta
resten som tjänstledighet utan lön?
Med vänlig hälsning, Ruth Goldberg, Stadsarkivet`, 'religion'),
  d(`Hej,

Vi behöver uppdatera listan över trossamfund som kommunen samverkar med vid kris. Just nu: Svenska
kyrkan, Katolska församlingen, Pingstkyrkan, Islamiska föreningen och Judiska församlingen.
Stämmer kontaktuppgifterna? Svara före 1 april.

/Krisberedskapssamordnaren`),
  d(`Från: Rekryteringsgruppen
Till: Sökande Amina Jama
Ämne: Ditt resultat i testet

Hej Amina,
Tack för att du genomfört testet till tjänsten som handläggare. Ditt resultat i logisk förmåga var
över genomsnittet, men i verbal förmåga låg du under vår gräns. Vi går därför inte vidare med din
ansökan denna gång. Lycka till!
Rekryteringsgruppen`, 'hr-assessment'),
  d(`Chattlogg – Nattpatrullen Hemtjänst, natt 14–15 mars

22:05 Ida: startar runda 1, 9 besök
22:40 Ida: Gösta på Lindgatan hade ramlat, ingen skada synlig, hjälpte upp. avvikelse skriven
23:15 Pär: jag tar Alva på Ekbacken, hon har ringt på larmet 4 gånger
23:50 Pär: Alva orolig, tror det är infektion, ringde sjuksköterska som kommer 01
01:30 Pär: ssk har varit, urinvägsinfektion, antibiotika börjar imorgon
03:10 Ida: lugnt. fika
05:45 Ida: sista rundan klar, rapport till dagpersonalen skriven`, 'social', 'health'),
  d(`Chattlogg – Planeringsgruppen Hemtjänst

09:02 Linn: schemat för påsk ligger ute nu
09:05 Hasse: nattpatrullen saknar en person skärtorsdag
09:06 Linn: jag frågar vikariepoolen
09:10 Hasse: och nya bilen kommer tisdag
09:11 Linn: 🙌 äntligen`),
  d(`Från: Margareta Holm
Skickat: den 5 mars 2026 10:30
Till: Kommunens överförmyndare
Ämne: Redovisning

Hej,
Bifogar årsräkningen för min huvudman Sven Eriksson. Han har fått sin lägenhet på särskilt boende
(Lärkbacken) sedan i oktober. Hans pension, 14 820 kr i månaden, sätts in på kontot i Handelsbanken
6000-112 445 667. Jag har betalat alla räkningar. Kvitton bifogas.
Margareta Holm, god man`, 'bank-account', 'social'),
  d(`Hej alla gode män och förvaltare!

Senast 1 mars ska årsräkningen för 2025 vara inlämnad. Använd e-tjänsten och bifoga kontoutdrag för
alla huvudmannens konton per den 31 december. Har du frågor, ring överförmyndarenheten på telefontid
tisdagar 9–11.`),
  d(`Från: Mattias Lund
Skickat: den 10 februari 2026 14:55
Till: Josefin (biträdande rektor)
Ämne: Ang. Elvira 8C

Hej!
Elvira i 8C berättade för mig efter lektionen att hon inte vill gå i religionsundervisningen när vi har
avsnittet om islam, eftersom hon och hennes familj tillhör Jehovas vittnen och de "inte ska delta i
andra religioners ceremonier". Vi ska bara läsa, inte delta. Hur gör vi?
/Mattias`, 'religion'),
  d(`Från: Studieförbundet Vuxenskolan
Till: Kommunens föreningsbidrag
Ämne: Redovisning studiecirklar 2025

Antal cirklar: 142
Deltagare: 1 240
Populäraste ämnen: släktforskning, språk (finska, arabiska), körsång, bibelstudier, stickning.
Vi tackar för bidraget och ser fram emot fortsatt samarbete.`),
  d(`Hej Fredrik,

Apropå din fråga i korridoren: ja, Karin Söderqvist är fortfarande ordförande i Kommunals sektion här,
så det är hon du ska ringa om förhandlingen. Hon har telefontid på torsdagar.
/Lisa`, 'trade-union'),
  d(`Från: Vision Kommunavdelning
Till: Alla medlemmar
Ämne: Medlemsmöte

Hej! Välkommen till medlemsmöte 20 mars kl. 17. Vi diskuterar arbetsmiljön och årets lönerevision.
Vi bjuder på middag. Anmälan senast 15 mars.`),
  d(`Anteckningar valberedningen, Kulturnämnden 2026-01-30

Förslag till ny ordförande: Gunilla Ahlström (C), tidigare vice ordförande.
Förslag till ny vice ordförande: Mehmet Yilmaz (S).
Förslag till ledamot efter Erik Lundin (MP): Hanna Berglund (MP).
Förslagen lämnas till kommunfullmäktige 23 februari.`, 'political-opinion'),
  d(`Hej!

Vill du bli nämndeman? Kommunfullmäktige väljer nämndemän till tingsrätten och förvaltningsrätten för
perioden 2028–2031. De politiska partierna nominerar kandidater. Kontakta partierna i fullmäktige om
du är intresserad.

Kommunkansliet`),
  d(`Från: Jessica Björklund
Skickat: den 28 februari 2026 20:20
Till: Magnus (chef)
Ämne: Ang mitt lönesamtal

Hej Magnus,
Jag har funderat på vårt lönesamtal. Du erbjöd 800 kr, vilket ger 33 700. Men jag har tagit över
samordnaransvaret sedan Kim slutade och tycker att det borde synas. Jag hade tänkt mig 35 000. Kan vi
ses igen innan du skickar in?
/Jessica`, 'salary'),
  d(`Från: Rektor Annika Lind
Till: Vårdnadshavare 9B
Ämne: Information om betyg

Hej! Slutbetygen sätts den 5 juni och publiceras i Skolwebben den 10 juni. Betyg i ämnen där eleven
inte har tillräckligt underlag markeras med streck. Om ni har frågor om ert barns betyg, kontakta
ämnesläraren i första hand. Trevlig vår!`),
  d(`Bifogat: Individuell studieplan – Alexandra Nyström, Vård- och omsorgsprogrammet (utdrag)

Genomförda kurser: Vård- och omsorgsarbete 1 (B), Medicin 1 (C), Psykologi 1 (E), Engelska 5 (D)
Ej godkänd: Matematik 1a (F) – omprov 12 april
Närvaro ht 2025: 86 %
Studiecoach: Ingrid Nord`, 'grades'),
  d(`From: Rachel Cohen
Sent: 26 February 2026 16:40
To: HR Onboarding
Subject: Start date and ID

Hi,
I'm due to start as a data analyst on 1 April. One thing: I have a sekretessmarkering at Skatteverket
because of a stalking situation in Gothenburg. Please don't publish my photo or my name on the public
staff list, and let me know who else needs to know.
Rachel`, 'protected-identity'),
  d(`Hej!

Kom ihåg att vi har ny rutin för personalkatalogen på webben: medarbetare kan själva begära att deras
namn och foto inte visas, av säkerhetsskäl. Kontakta kommunikationsavdelningen. Man behöver inte ange skäl.`),
  d(`Från: Biometrics team, Passport Office
To: Applicant Jorge Ramírez
Subject: Appointment reschedule

Dear Jorge Ramírez,
Your fingerprints and facial image could not be captured at your appointment on 3 March because the
scanner failed. Your data from that session has been deleted. Please book a new appointment online.`),
  d(`Från: Polisen, Passexpeditionen
Till: Lena Håkansson
Ämne: Ditt pass

Hej Lena!
Ditt nya pass är klart att hämtas. Vid ansökan den 14 februari registrerades dina fingeravtryck
(vänster och höger pekfinger) och ditt ansiktsfoto i chipet. Ta med ditt gamla pass när du hämtar.`, 'biometric'),
  d(`Från: Ellen Sarri
Skickat: den 4 mars 2026 13:44
Till: Kulturchefen
Ämne: Utställning

Hej! Jag heter Ellen och är samisk slöjdare från Jokkmokk, min familj har renskötsel i Sirges sameby.
Jag skulle gärna vilja ställa ut mina arbeten i biblioteket under Samiska veckan. Har ni plats i
februari nästa år?
Giitu! Ellen`, 'ethnic-origin'),
  d(`Hej alla,

Påminnelse om att vi i år firar den judiska minoritetens kulturdag i samarbete med Judiska
församlingen den 14 maj. Programmet innehåller ett föredrag om jiddisch och en matverkstad. Alla
välkomna. Vi tar emot förslag på fler aktiviteter.
/Kultursekreterare`),
  d(`Till: Enhetschef Ekbacken
Från: Anhörig, Dragana Petrović
Ämne: Min pappa

Hej, min pappa Milan bor på Ekbacken sedan i januari. Han är serb från Bosnien och talar inte längre
svenska sedan demensen blev värre. Han blir lugnare när någon pratar serbiska med honom. Finns det
någon i personalen som kan det?
Dragana`, 'ethnic-origin', 'social', 'health'),
  d(`Från: Biobanken, Region Syd
Till: Forskningssjuksköterska Maria Ek
Ämne: Prover studie GENKOL

Hej Maria,
Proverna från deltagare 014 (Bengt Håkansson) har analyserats. Han bär den patogena varianten i MLH1
(Lynch syndrom). Enligt protokollet ska studieläkaren kontakta honom för återkoppling och erbjuda
genetisk vägledning till hans barn.
/Biobanken`, 'genetic', 'health'),
  d(`Hej,

Vi har fått en förfrågan om att medverka i en forskningsstudie om ärftlighet för demens bland boende
på särskilt boende. Studien kräver samtycke och blodprov. Vi har inte tagit ställning än. Diskuteras
på ledningsgruppen.
/MAS`),
  d(`Från: Ekonomienheten
Till: Inköpsansvariga
Ämne: SEKRETESS – anbudsutvärdering

Anbuden i upphandlingen av skolskjuts omfattas av absolut sekretess enligt 19 kap. 3 § OSL fram tills
tilldelningsbeslut har fattats. Skicka inte anbudshandlingar vidare, inte ens internt, utan att prata
med mig. Utvärderingsmötet är 18 mars.`, 'secrecy'),
  d(`Hej,

Kort fråga: när tilldelningsbeslutet är fattat i upphandlingen, får vi då lämna ut anbuden? Jag har
läst att sekretessen upphör men att vissa delar kan vara skyddade av affärssekretess.

/Inköpare Lars`),
  d(`Från: Ulla Bergqvist
Skickat: den 8 mars 2026 11:18
Till: Medlemsregistret, PRO Norrby
Ämne: Medlemsavgift

Hej! Jag har försökt betala medlemsavgiften på hemsidan men det blev fel. Här är kortuppgifterna så
kan ni dra pengarna: Visa 4485 2907 3321 6054, giltigt till 02/27, säkerhetskod 618. Kortet är mitt.
Ulla Bergqvist`, 'payment-card'),
  d(`Hej!

Påminnelse: i nya kassasystemet för simhallen och gymmet kan kunderna registrera sitt kort för
automatisk dragning av månadsavgiften. Personalen ser aldrig kortnumret. Vid problem, hänvisa till
betalleverantörens kundtjänst.

/Fritidsförvaltningen`),
  d(`Från: Thomas Ahl
Skickat: den 10 mars 2026 15:45
Till: Projektgruppen
Ämne: Sammanfattning workshop

Tack för en bra workshop! Sammanfattning:
- Vi ska kartlägga vilka personuppgifter e-tjänsterna samlar in.
- Känsliga personuppgifter (hälsa, etnicitet, religion, politik, facktillhörighet, sexualliv,
  biometri, genetik) kräver särskild rättslig grund.
- Vi tar fram en checklista för konsekvensbedömning.
- Nästa träff 24 mars.
Thomas`),
  d(`Hej IT,

Kan ni hjälpa min kollega Kerstin, hon är ny och kommer inte in i Heroma. Hon har fått sitt
användar-id k.berg3 men ingen aktiveringskod. Jag har sagt åt henne att vänta på sms:et. Ni får gärna
ringa henne.
/Anders`),
  d(`Hej Kerstin,
Här kommer aktiveringskoden till Heroma som du saknade: 663 918. Den gäller i 24 timmar.
/Servicedesk`, 'credentials'),
];
