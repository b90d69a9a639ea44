/**
 * Training set train-p: a TRAINING set (the classifier is trained on it), written from the labelling
 * guide alone (/tmp/label-guide.md with its rulings), without reading any other corpus or the classifier.
 * Style: long, messy texts (forwarded threads with quoted history, signatures and disclaimers, minutes and
 * APT notes, weekly summaries, chat exports, ticket and HR-system mails, case-note excerpts, newsletters),
 * where the sensitive fact, if any, may sit anywhere; indirect disclosures paired with same-topic hard negatives.
 *
 * All names, places, organisations and numbers are invented.
 */
import type { CategoryType } from '../../../../src/core/classify/types.js';
import type { LabelledDocument } from '../category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const TRAIN_P: readonly LabelledDocument[] = [
  d(`Från: Karin Öberg
Skickat: den 4 mars 2024 09:12
Till: HR-stöd Norrtälje
Ämne: VB: Schemat april

Hej HR,
Skickar vidare det här så ni har det inför vårt möte på torsdag. Jag har inte svarat henne än.

/Karin

Karin Öberg
Enhetschef, Hemtjänst Syd
Norrtälje kommun

-----Ursprungligt meddelande-----
Från: Lovisa Haraldsson
Skickat: den 1 mars 2024 16:47
Till: Karin Öberg
Ämne: Schemat april

Hej Karin,
Jag vet att schemat för april ska låsas nästa vecka. Läkaren har skrivit att jag ska gå ner till halvtid fram till mitten av maj, det är samma sak som i höstas, och jag orkar helt enkelt inte morgonpassen just nu. Kan vi lägga mina timmar mitt på dagen?
Intyget ligger i Adato sen i går.

Mvh Lovisa`, 'health'),
  d(`Från: Karin Öberg
Skickat: den 5 mars 2024 08:03
Till: Alla medarbetare Hemtjänst Syd
Ämne: VB: Nya regler för läkarintyg från Försäkringskassan

Hej alla,
Vidarebefordrar info från HR. Läs gärna igenom innan APT.

/Karin

-----Ursprungligt meddelande-----
Från: HR-stöd Norrtälje
Skickat: den 4 mars 2024 15:20
Ämne: Nya regler för läkarintyg

Från och med 1 april gäller att läkarintyg ska lämnas från dag 15 i sjukperioden i stället för dag 8 under en övergångsperiod. Arbetsgivaren kan fortfarande begära förstadagsintyg i enskilda fall, men beslutet ska dokumenteras och följas upp av chef tillsammans med HR.
Frågor om rehabilitering och arbetsanpassning tas som vanligt med er HR-partner.
Se intranätet under Medarbetare > Frånvaro för mallar och checklistor.

HR-stöd Norrtälje kommun
Detta meddelande är avsett endast för mottagaren. Om du fått det av misstag, meddela avsändaren och radera det.`),
  d(`APT Kök & Städ, Ekbackens förskoleområde
Datum: 12/2 kl 14.00–15.30
Närvarande: Maja, Petter, Hülya, Sven-Erik, Annika (chef), Rasmus
Protokoll: Hülya

1. Föregående protokoll – godkänt.
2. Nya leverantören av kemtekniska produkter. Leverans varannan tisdag, Petter tar emot.
3. Semesterönskemål ska in senast 15/3.
4. Bemanning: Jonas börjar på 25 % från måndag, upptrappning enligt planen från Previa. Vi undviker tunga lyft och diskmaskinen för honom tills vidare, han ska inte stå mer än en timme i taget. Annika följer upp med honom varannan vecka.
5. Brandövning vecka 9. Samlingsplats vid flaggstången.
6. Övrigt: Kaffemaskinen i personalrummet är trasig igen, Sven-Erik felanmäler.

Nästa APT: 11/3.`, 'health'),
  d(`APT Kök & Städ, Ekbackens förskoleområde
Datum: 11/3 kl 14.00–15.30
Närvarande: Maja, Petter, Hülya, Sven-Erik, Annika (chef)
Protokoll: Maja

1. Föregående protokoll – godkänt.
2. Rutin för sjukanmälan repeteras: ring bemanningen före 06.30 och registrera i självservice samma dag. Friskanmälan görs senast dagen före du kommer tillbaka.
3. Friskvårdsbidraget höjs till 3 000 kr från och med i år. Kvitton lämnas via självservice.
4. Företagshälsovården erbjuder ergonomigenomgång i köket den 28/3. Alla som vill får vara med.
5. Städschemat för påsklovet. Hülya gör ett förslag.
6. Övrigt: Ny diskmaskin beställd, installation vecka 16.

Nästa APT: 8/4.`),
  d(`Export från Teams-chatt "Dagpatrullen Västra", 2024-01-18

[07:02] Malin R: god morgon, Petra kommer inte idag
[07:02] Malin R: hon har fått ett nytt skov och ligger helt däckad, synen är också dålig igen
[07:04] Oskar: usch stackarn. ska jag ta hennes tur på Lindvägen?
[07:05] Malin R: ja tack! och nån behöver ta larmet kl 9
[07:06] Eyerusalem: jag tar larmet
[07:11] Malin R: tack. hon sa att neurologen vill ändra medicinen igen så det kan bli några dagar
[07:12] Oskar: 👍
[07:30] Malin R: bilen med reg ABC 123 har punktering förresten, ta den andra
[07:31] Oskar: ok`, 'health'),
  d(`Export från Teams-chatt "Dagpatrullen Västra", 2024-01-22

[06:58] Oskar: morgon, jag blir 20 min sen, punktering på vägen in
[06:59] Malin R: ok, Eyerusalem kan du börja på Lindvägen?
[07:01] Eyerusalem: japp
[07:15] Malin R: påminnelse: hygienombudsträffen är flyttad till torsdag
[07:16] Malin R: och alla ska ha gjort webbutbildningen om basala hygienrutiner innan februari
[07:20] Oskar: framme nu, tar andra bilen
[07:21] Malin R: toppen. ha en bra dag allihop
[09:40] Eyerusalem: nyckeln till Granvägen 4 ligger inte i nyckelskåpet?
[09:42] Malin R: den är hos kvällen, ring Ahmed`),
  d(`Subject: Weekly summary – Facilities team, week 14

Hi all,

Quick roundup before the long weekend:

* Roof inspection at Stadshuset done; the contractor will send a report by the 15th.
* The new access-control software goes live on Monday, see separate mail from IT.
* Tom is back after his surgery but can't lift anything over 5 kg until the end of the month, so he's on desk duties and ordering. Please don't ask him to help with the furniture move in block C, he'll say yes anyway.
* Budget follow-up for Q1 is due to finance on 12 April.
* The van is booked for the recycling run on Thursday.

Have a good Easter,
Ruth

Ruth Ekwall
Facilities Coordinator
Kustvik Municipality`, 'health'),
  d(`Subject: Weekly summary – Facilities team, week 15

Hi all,

* Reminder: safe lifting course (2 hours) on 22 April, mandatory for everyone who moves furniture or handles deliveries. Occupational health will go through lifting technique and the new trolley.
* The access-control system is live. Report any problems to the IT service desk, not to me.
* The furniture move in block C is rescheduled to week 17.
* Q1 budget follow-up submitted.
* Parking permits for 2024 can be collected at reception.

Thanks,
Ruth

Ruth Ekwall
Facilities Coordinator
Kustvik Municipality`),
  d(`Ärende #48213 – Arbetsplatsanpassning
Status: Pågående
Medarbetare: Sofia Lindqvist, Ekonomienheten
Handläggare: HR-partner Göran Tell

Logg:
2024-02-06 Göran T: Underlag från företagshälsovården mottaget. Efter operationen i nacken ska Sofia inte sitta mer än 45 minuter utan paus de närmaste månaderna. Rekommendation: höj- och sänkbart skrivbord, vertikal mus, skärmglasögon.
2024-02-07 Göran T: Beställning skickad till Lokalservice.
2024-02-12 Lokalservice: Skrivbord levereras v. 8.
2024-02-19 Göran T: Uppföljning bokad med Sofia och chef 4/3.

Detta är ett automatiskt meddelande från HR-ärendesystemet. Svara inte på detta mejl.`, 'health'),
  d(`Ärende #48377 – Ny arbetsplats
Status: Avslutat
Beställare: Ekonomienheten
Handläggare: Lokalservice

Logg:
2024-02-14 Lokalservice: Beställning av sex nya arbetsplatser till kontorsrummen på plan 3 i samband med ombyggnaden. Samtliga med höj- och sänkbara skrivbord enligt kommunens standard för kontorsmiljö.
2024-02-20 Lokalservice: Leverans bekräftad vecka 10.
2024-03-08 Lokalservice: Monterat. Gamla skrivbord hämtas av återbruket.

Detta är ett automatiskt meddelande från HR-ärendesystemet. Svara inte på detta mejl.`),
  d(`Hej Lena!

Tack för i går, trevligt att ses på nätverksträffen. Här kommer länken till materialet om introduktion av nyanställda som jag pratade om, och mallen för introduktionsschema.

Vi kör ett upplägg med fadder de första fyra veckorna och en uppföljning efter tre månader. Det har fungerat bra hos oss, särskilt på avdelningarna med mycket vikarier.

Hör av dig om du vill att jag kommer och berättar på er ledningsgrupp.

Allt gott,
Marie

PS. Säg inget till de andra ännu men Anneli är gravid, hon vill berätta själv efter ultraljudet i vecka 12. Så vi behöver nog börja tänka på en ersättare till hösten.

Marie Sandgren
Avdelningschef, Avdelning 14 Geriatrik
Region Mälardal`, 'health'),
  d(`Hej Lena!

Tack för i går, trevligt att ses på nätverksträffen. Här kommer länken till materialet om introduktion av nyanställda och mallen för introduktionsschema.

Vi kör fadder de första fyra veckorna och uppföljning efter tre månader.

PS. Vi söker en vikarierande undersköterska under Johans föräldraledighet från september, annonsen ligger ute på kommunens sida till den 20:e. Tipsa gärna om du känner någon!

Marie Sandgren
Avdelningschef, Avdelning 14 Geriatrik
Region Mälardal`),
  d(`Hej alla i arbetslaget på Solbacka,

Lite praktiskt inför veckan:

– Måndag: matleverans kommer kl 10 i stället för 9.
– Tisdag: Eva behöver äta något vid halv tio och vid tre, hon har fått pumpen omställd efter förra veckans känningar och ska inte gå för länge utan mat. Se till att hon faktiskt får sina raster även om det är stressigt på avdelningen.
– Onsdag: brandskyddsrond med Räddningstjänsten.
– Torsdag: personalmöte 13.30.
– Fredag: fredagsfika, Kalle tar med.

Tack för att ni är så flexibla!
Birgitta, samordnare`, 'health'),
  d(`Hej alla i arbetslaget på Solbacka,

Inbjudan: halvdagsutbildning i diabetesvård för omvårdnadspersonal
När: 17 april kl 8.30–12.00
Var: Konferensrum Linden

Innehåll: vad typ 1 och typ 2 innebär, blodsockermätning, tecken på lågt blodsocker hos brukare, insulinpennor och pumpar, samarbete med distriktssköterskan.
Kursledare är diabetessjuksköterska från Regionen.

Anmälan till mig senast 5 april. Max 20 platser.
Birgitta, samordnare`),
  d(`VÄSTRA GRUPPEN – NYHETSBREV MARS

Hej kollegor!

VÅRENS AKTIVITETER
Promenadutmaningen startar 2 april. Anmäl lag om fyra.

PERSONAL
Välkommen till Farid som börjar som systemförvaltare! 
Vi saknar Kicki som är borta på obestämd tid efter olyckan i februari. Hon ligger fortfarande på Danderyd men hälsar till alla och blev jätteglad för blommorna. Vill ni skicka kort kan ni lämna dem till Ulrika.
Grattis till Bosse som fyller 60 i april.

FRÅN LEDNINGEN
Verksamhetsplanen för nästa år ska vara klar till juni.

Trevlig vår!
Redaktionen`, 'health'),
  d(`VÄSTRA GRUPPEN – NYHETSBREV APRIL

Hej kollegor!

FRISKVÅRDSVECKAN
Vecka 17 är det friskvårdsvecka med prova-på-yoga, stavgång och föreläsning om sömn och återhämtning med en beteendevetare från företagshälsovården. Alla är välkomna.

PERSONAL
Välkommen till Ingrid, ny controller. Grattis till Bosse på 60-årsdagen!

STATISTIK
Sjukfrånvaron i förvaltningen har minskat från 6,8 till 5,9 procent jämfört med samma period förra året. Korttidsfrånvaron står för den största minskningen.

Redaktionen`),
  d(`Till: Mentorer åk 8, Hagaskolan
Från: Elevhälsan
Ämne: Rutiner vt

Hej,
Påminnelser inför vårterminen:

1. Elevhälsokonferenser hålls tisdagar jämna veckor.
2. Elin Strand i 8B tar sin medicin på expeditionen kl 11.30, skolsköterskan har dosetten. Påminn henne diskret om hon glömmer, hon blir väldigt okoncentrerad på eftermiddagen annars. Hon vill inte att klasskompisarna vet.
3. Tänk på att inte skriva elevärenden i klassens gemensamma kanal.

Hälsningar
Ulla Grip, skolsköterska`, 'health'),
  d(`Till: All personal, Hagaskolan
Från: Elevhälsan
Ämne: Rutin för läkemedelshantering

Hej,
Den uppdaterade rutinen för läkemedel i skolan ligger nu på intranätet. Kort sammanfattat:

– Läkemedel förvaras alltid inlåst på expeditionen.
– Vårdnadshavare lämnar skriftlig ordination från förskrivare.
– Personal som delar ut läkemedel ska ha gått delegeringsutbildningen.
– Avvikelser rapporteras till skolsköterskan samma dag.

Utbildningstillfällen: 24/1 och 7/2 kl 15.00.

Hälsningar
Ulla Grip, skolsköterska`),
  d(`From: Hannah Price
Sent: Tuesday, 9 April 2024 10:31
To: Daniel Berg
Subject: FW: cover for Thursday

Daniel – forwarding Jo's note below. Just so you know, Mark's been signed off again with the same thing as last spring, four weeks this time, and he's asked that we don't mention it at the team meeting. I've told Jo only that he's "away".

Can you cover his Thursday session with the trainees?

H.

---------- Forwarded message ---------
From: Jo Whitfield
Date: Mon, 8 Apr 2024
Subject: cover for Thursday

Hi Hannah, who's taking the trainee session on Thursday now that Mark's out? Room 3.12 is booked 9–12.
Jo`, 'health'),
  d(`From: Hannah Price
Sent: Tuesday, 9 April 2024 10:40
To: All staff – Development Unit
Subject: Stress Awareness Month: lunchtime webinar

Hi everyone,

April is Stress Awareness Month. Occupational Health is running a lunchtime webinar on 18 April, 12:00–12:45, on recognising early signs of burnout and how managers and colleagues can support each other.

No sign-up needed, the Teams link is in the calendar invite. Recording will be available afterwards on the intranet.

Hannah Price
Head of Development Unit`),
  d(`Hej Jessica,

Angående schemat för Kristoffer på lagret: han kan bara jobba eftermiddagar från och med nu. Han har börjat på Beroendecentrum tre förmiddagar i veckan, måndag, onsdag och fredag, och det är en del av överenskommelsen vi gjorde i rehabmötet. Det är viktigt att han inte missar någon gång.

Kan du lägga honom 12–17 på de dagarna och heltid tisdag och torsdag?

Tack,
Nils

Nils Brandt
Driftchef, Gatukontoret`, 'health'),
  d(`Hej Jessica,

Tack för anmälan till studiebesöket på Beroendecentrum den 14 mars. Vi blir åtta från socialtjänsten och två från Gatukontoret som är med i projektet om alkohol- och drogpolicy på arbetsplatsen.

Program:
09.00 Välkomna, presentation av verksamheten
09.45 Hur en behandlingsinsats ser ut
10.30 Samverkan med arbetsgivare
11.30 Lunch

Vi samlas vid huvudentrén.
Nils`),
  d(`Automatiskt meddelande från Primula Självservice

Frånvaroanmälan har registrerats och väntar på attest.

Medarbetare: Ahmed Yousef
Enhet: Fritidsgården Stjärnan
Frånvarotyp: Sjuk
Period: 2024-03-04 – tills vidare
Karensavdrag: ja
Läkarintyg bifogat: ja (dag 8)
Kommentar: fortsatt sjukskriven enl intyg, ryggen

Attestera via Primula > Mina uppgifter > Att attestera.`, 'health'),
  d(`Automatiskt meddelande från Primula Självservice

Nyhet: från och med 1 maj kan du registrera frånvaro direkt i appen.

Du väljer frånvarotyp (sjuk, vård av barn, semester, tjänstledighet), anger period och bifogar eventuellt intyg genom att fotografera det. Din chef får en notis och attesterar som vanligt.

Har du frågor, kontakta Lönecenter på ankn. 4410.

Detta meddelande går till samtliga anställda och kan inte besvaras.`),
  d(`Påminnelse om bokad tid

Hej!
Du har en bokad tid onsdag 14 maj kl 10.20 hos Hälsan & Arbetslivet, mottagning 2, Storgatan 18.

Ta med legitimation. Om du får förhinder, avboka senast 24 timmar innan via länken i 1177 eller ring 0771-11 22 33, annars debiteras en avgift.

Välkommen!
Hälsan & Arbetslivet

Detta är ett automatiskt utskick.`),
  d(`Från: Viktor Adolfsson
Skickat: den 2 maj 2024 10:08
Till: David Ström
Ämne: VB: Info

Skickar vidare för kännedom. Vi tar det på måndagsmötet om det behövs.

/Viktor

-----Ursprungligt meddelande-----
Hej Maria!

Tack för hjälpen med fakturan. En sak till: min mamma har flyttat in på Tallgårdens demensboende nu i veckan, så jag kommer att behöva gå ifrån ibland under våren för möten med kontaktpersonen där. Hon kände inte igen mig förra gången så det är lite tungt just nu.

Jag flexar ut tiden, men ville att du skulle veta.

Kram Helena`, 'health', 'social'),
  d(`Hej Maria!

Tack för hjälpen med fakturan. En sak till: jag har fått platsen i ledningsgruppen för projektet om nya demensboendet vid Tallgården, så jag kommer att behöva gå ifrån ibland under våren för möten med byggprojektledaren.

Boendet ska ha 32 platser fördelade på fyra enheter och beräknas öppna 2026.

Jag flexar ut tiden.

Helena`),
  d(`Hi team,

Notes from today's stand-up (remote):

- Sprint goal still on track, two stories moved to next sprint.
- Martin demoed the new search filter, looks great.
- Priya will be working from home for the next couple of weeks – she had a bad fall on the ice last Friday and her ankle is in a cast, so she can't manage the stairs at the office. Please send her the meeting links rather than booking rooms.
- Pen test results expected next Wednesday.
- Retro moved to Friday 14:00.

Cheers,
Olle`, 'health'),
  d(`Hi team,

Notes from today's stand-up:

- Sprint goal on track.
- Reminder from Facilities: the stairs to the 4th floor are closed Monday to Wednesday for resurfacing. Use the lift in the east wing.
- Winter safety: the car park has been gritted but it's still slippery at the back entrance.
- Retro Friday 14:00.
- Priya will be working from home next week because of the office move in her block.

Cheers,
Olle`),
  d(`Från: Annelie Ström <annelie.strom@skola.lindesby.se>
Skickat: den 22 januari 2024 15:58
Till: Rektor Sjöviksskolan
Ämne: VB: Liam 3B

Hej Per,
Jag ville bara att du skulle veta att vi har skickat in papperet till soc om Liam i dag, efter det han sa i samlingen i fredags och blåmärket på armen. Kuratorn hjälpte mig. De ringde tillbaka redan efter lunch och sa att de öppnar något.
Jag har inte sagt något till föräldrarna, kuratorn sa att vi skulle vänta.

/Annelie

> Från: Per Holm
> Skickat: den 22 januari 2024 08:10
> Ämne: Liam 3B
> Hej Annelie, hur gick det med det vi pratade om i fredags? Hör av dig när du har en lucka.
> Per`, 'social'),
  d(`Från: Per Holm
Skickat: den 23 januari 2024 07:45
Till: All personal Sjöviksskolan
Ämne: Påminnelse: anmälningsplikt

Hej alla,
Inför studiedagen vill jag påminna om vår skyldighet att anmäla till socialtjänsten när vi misstänker att ett barn far illa (14 kap. 1 § socialtjänstlagen). Anmälningsplikten är personlig, men ni ska alltid informera mig och elevhälsan.

Material:
– Blankett för orosanmälan finns på intranätet under Elevhälsa.
– Socialtjänstens mottagning nås på 0522-69 70 00 dagtid.
– Efter kontorstid: socialjouren.

På studiedagen 5 februari kommer två socialsekreterare och berättar hur en anmälan hanteras och vad som händer sedan.

Per Holm, rektor`),
  d(`Chatt: Fritidsgården Hjorten, personalgrupp
2024-02-09

14:31 Sanna: är det nån som vet varför Dalia inte kom på läxhjälpen i går?
14:35 Robin: mamman ringde, de har fått avslag igen från ekonomiska och hon var tvungen att följa med till mötet på Socialkontoret för att tolka åt mamman
14:36 Sanna: åh nej. tredje gången i vinter
14:36 Robin: ja. de har inte råd med busskortet nu heller så hon går hit
14:40 Sanna: vi kanske kan kolla med föreningen om ett sånt där bidrag till busskort
14:41 Robin: jag frågar Leif
15:02 Leif: vi tar det på måndag, skriv inte mer om det här i chatten`, 'social'),
  d(`Chatt: Fritidsgården Hjorten, personalgrupp
2024-02-12

09:10 Leif: god morgon! kommunen har publicerat årsstatistiken för ekonomiskt bistånd, om nån är intresserad inför föräldramötet
09:11 Leif: 1 240 hushåll fick försörjningsstöd förra året, ungefär 7 procent färre än året innan. barnfamiljer är fortfarande den största gruppen
09:15 Sanna: intressant, kan vi ta med det i presentationen om fritidskort?
09:16 Leif: ja gör det
09:20 Robin: föreningen har förresten beslutat att vi får dela ut 30 busskort till ungdomar som behöver
09:21 Leif: bra, ta fram en rutin så det blir rättvist`),
  d(`Utdrag ur journal – Hemtjänst Centrum
Brukare: Gunnel Ek, Åkervägen 12
Datum: 2024-03-14
Upprättad av: Biståndshandläggare Tove Sand

Händelse: Uppföljning av insatser efter sjukhusvistelse.
Beslut: Utökad hemtjänst, fyra besök per dygn inklusive kvällstillsyn och hjälp med dusch två gånger i veckan. Matdistribution alla dagar. Beslutet gäller till och med 2024-09-30.
Genomförandeplan upprättas av utförare inom två veckor.

Kontakt: dotter Birgitta Ek, telefon finns i Treserva.`, 'social'),
  d(`Information till brukare och anhöriga – Hemtjänst Centrum

Från och med 1 juli gäller ny taxa för hemtjänst. Maxtaxan är fortsatt 2 359 kr per månad. Den som har låga inkomster betalar mindre, och det är biståndshandläggaren som beslutar om insatser efter ansökan.

Så ansöker du:
1. Ring kommunens kontaktcenter och be att få prata med en biståndshandläggare.
2. Handläggaren gör ett hembesök och utreder behovet.
3. Du får ett skriftligt beslut som kan överklagas.

Frågor om fakturan: Avgiftshandläggarna, 0522-69 71 20.

Hemtjänst Centrum, Lindesby kommun`),
  d(`Hej Jonna,

Stina har bett om ledighet torsdag eftermiddag. Hon ska på överläggning på HVB-hemmet i Vänersborg där hennes son är placerad sedan jul, och socialsekreteraren vill att båda föräldrarna är med. Hon frågade om det kan räknas som enskild angelägenhet. Vad säger avtalet?

Jag har sagt ja i sak, bara undrar hur det registreras.

/Mikael

Mikael Rydberg
Enhetschef, Vägskötsel`, 'social'),
  d(`LEDIGT ARBETE – Behandlingsassistent till HVB Björkliden

Björkliden är ett HVB-hem för ungdomar 13–17 år med psykosocial problematik. Vi söker en behandlingsassistent på heltid med schemalagd arbetstid dag, kväll och helg.

Vi erbjuder: handledning varannan vecka, friskvårdsbidrag, utbildning i lågaffektivt bemötande.

Kvalifikationer: behandlingspedagog eller motsvarande, B-körkort. Utdrag ur belastningsregistret ska uppvisas innan anställning.

Sista ansökningsdag 30 april. Frågor: Mikael Rydberg, enhetschef.`),
  d(`Hej alla på Verkstan,

Lite info inför april:

• Anton börjar hos oss 1 april enligt beslutet om daglig verksamhet. Han kommer fyra dagar i veckan, 9–14, och har färdtjänst. Hans gode man heter Lars Ohlin och har telefon 070-441 18 22 om något händer. Anton behöver tydliga bildscheman, Sara gör dem.
• Påskbuffé 28 mars.
• Vedförsäljningen pausas till hösten.

Hälsningar
Camilla, arbetsledare Verkstan, Omsorgsförvaltningen`, 'social'),
  d(`Hej alla på Verkstan,

Information från förvaltningen: Omsorgsnämnden har beslutat om ny riktlinje för daglig verksamhet enligt LSS. Riktlinjen tydliggör hur habiliteringsersättningen beräknas och hur individuella genomförandeplaner ska följas upp två gånger per år.

Riktlinjen finns på intranätet. Vi går igenom den på APT den 16 april.

Påskbuffé 28 mars!

Camilla, arbetsledare Verkstan`),
  d(`Subject: Flat 3, Rosengatan 14

Hi Sam,

Following up on the noise complaint. I spoke to the tenant in flat 3 yesterday. He's been assigned a contact person from social services, and since February his rent is paid directly by them because of the arrears, so please stop sending him reminders – the payment plan is on the file. The contact person will be at the viewing on the 12th.

Also, the boiler in the basement needs checking before winter.

Best,
Erik Lund
Property Manager, Lindesby Bostäder AB`, 'social'),
  d(`Subject: New ways to pay your rent

Dear tenants,

From 1 May you can pay your rent by e-invoice, direct debit (autogiro) or bank giro as before. If you receive support towards housing costs, your payment can also be made directly from the paying authority if you request it; talk to us or to the authority handling your case.

If you are having trouble paying, contact us early – we can often agree on a payment plan.

Kind regards,
Lindesby Bostäder AB
Customer Service`),
  d(`Hej Karin (mentor 5A),

Ville bara att du visste: Mattias pappa var här i morse och berättade att de bor på vandrarhemmet vid stationen sedan vräkningen i december, socialtjänsten har ordnat det tills vidare. Det förklarar varför Mattias är så trött och inte har med sig gympakläder. Pappan var okej med att jag berättade för dig men inte för fler.

Kan vi ses i morgon och prata om hur vi stöttar honom?

/Tarik, kurator

Skickat från min iPhone`, 'social'),
  d(`Från: Anders Lövgren
Skickat: den 8 oktober 2024 10:28
Till: Therese Wall
Ämne: VB: Fråga

Se nedan. Kan du titta på det innan fredag? Jag är på utbildning i morgon men nås på mobilen efter lunch.

/Anders

---------- Vidarebefordrat meddelande ----------
Hej Karin (mentor 5A),

Familjecentralen i Hagalund öppnar nu en öppen verksamhet för föräldrar med barn i mellanstadiet på torsdagar 16–18, med råd om ekonomi, boende och kontakt med myndigheter. Socialtjänstens familjebehandlare finns på plats varannan vecka.

Kan du ta med det i veckobrevet till föräldrarna i 5A? Jag bifogar en affisch.

/Tarik, kurator`),
  d(`Anteckningar från hembesök, Hemtjänst Norr
Datum: 7 februari
Personal: Fatima, Gustav

Tage Lindholm, Bäckvägen 3: Larmet testat, fungerar. Matlådorna från kommunen står orörda i kylen sedan i måndags, vi har slängt två. Han säger att han inte är hungrig. Vi meddelar handläggaren så att insatserna kan ses över. Dottern har ringt och frågat om dagverksamhet.

Nästa besök: kväll kl 19.

> Från: Anders Lövgren
> Skickat: den 7 juni 2024 09:13
> Ämne: Fråga
> Hej, har du hunnit titta på det här? Jag behöver ett svar innan ledningsgruppen på onsdag.
> /Anders`, 'social'),
  d(`Information om trygghetslarm

Från 1 mars byter kommunen leverantör av trygghetslarm. Alla som har larm i dag får ett nytt armband och en ny basenhet installerad under mars av personal från hemtjänsten. Installationen tar ca 30 minuter.

Larmet kostar 250 kr per månad och beviljas efter ansökan hos biståndshandläggare.

Frågor: Larmcentralen, 0522-69 72 00.
Hemtjänst Norr`),
  d(`Från: Ola Persson
Till: Ledningsgrupp Gatukontoret
Ämne: Bemanning vecka 12–14

Hej,
Några punkter om bemanning:

1. Maskinförarna på Norra depån går upp i timmar under snöröjningen.
2. Rolf är borta på obestämd tid. För er som frågat: han är tvångsomhändertagen för sitt drickande sedan förra veckan och är på ett behandlingshem utanför Borås. Han har själv bett mig berätta det för er i ledningen men inte för laget.
3. Vi tar in två vikarier från bemanningsföretaget.

Ola`, 'social', 'health'),
  d(`Från: Ola Persson
Till: Ledningsgrupp Gatukontoret
Ämne: Alkohol- och drogpolicy – remiss

Hej,
Bifogat finns förslaget till ny alkohol- och drogpolicy för kommunen. Den beskriver chefens ansvar vid misstanke om missbruk, hur rehabiliteringsprocessen ska gå till och när företagshälsovården ska kopplas in. Den beskriver också hur samverkan med socialtjänsten kan se ut när en anställd själv önskar stöd.

Synpunkter senast 15 april.

Ola`),
  d(`Teams – IFO Barn & Unga, utredningsgruppen
Torsdag

10:02 Linnea: jag tar hembesöket hos familjen på Kvarnvägen 8 i eftermiddag, den nya utredningen som öppnades i går efter polisens anmälan
10:03 Amir: vill du ha med mig? pappan var rätt hotfull i telefon
10:03 Linnea: ja gärna, 14.00
10:05 Amir: ok. ska vi ta med tolk?
10:06 Linnea: ja, arabiska, jag har bokat
10:20 Gunilla (1:e soc): skriv in i kalendern också så vi vet var ni är`, 'social'),
  d(`Teams – IFO Barn & Unga, utredningsgruppen
Måndag

09:01 Gunilla (1:e soc): påminnelse om extern handledning på onsdag 13–15 i Stora salen
09:02 Gunilla (1:e soc): och att vi ska svara på enkäten om arbetsmiljö senast fredag
09:15 Linnea: kan vi ta upp hur vi fördelar de nya utredningarna? det har kommit väldigt många anmälningar i januari
09:16 Gunilla (1:e soc): ja, det tar vi på gruppmötet. 68 nya anmälningar hittills i år mot 51 samma tid i fjol
09:20 Amir: och tolkbokningen, den nya avtalsleverantören funkar inte alls`),
  d(`Hej Susanne!

Jag undrar om jag kan få gå ner till 80 % under våren. Vårt barnbarn Noa bor hos oss sedan i november, socialtjänsten placerade honom här när det blev ohållbart hemma hos vår dotter, och nu är vi godkända som familjehem för honom. Det är mycket möten och skjutsar.

Vill gärna prata om det när du har tid.

Hälsningar
Kent Åberg
Fastighetstekniker`, 'social'),
  d(`BLI FAMILJEHEM ELLER KONTAKTFAMILJ?

Lindesby kommun söker fler familjehem och kontaktfamiljer. Många barn och unga behöver en trygg vuxen, en helg i månaden eller under längre tid.

Informationskväll: 20 mars kl 18.30, Stadsbiblioteket.
Du får träffa familjehemssekreterare och erfarna familjehem.

Ersättning och utbildning ingår. Du behöver inte ha egna barn.

Anmälan: familjehem@lindesby.se`),
  d(`From: Outreach team, night shift
To: Homeless services coordinator
Subject: Night log 14 Feb

22:40 Central station: two regulars asleep in the waiting hall, both declined the shelter.
23:15 Market square: man in his 40s known to us as "Jonte" accepted emergency housing through social services for tonight after we called the on-call social worker. Transported to the Vindgatan hostel. He asked us to contact his case worker about his benefit payment tomorrow.
00:30 Harbour: no contact.
01:10 Back at base.

Supplies needed: socks, thermoses.
– Ali & Petra`, 'social'),
  d(`From: Homeless services coordinator
To: All partners
Subject: Winter shelter opens 1 December

Dear partners,

The municipal winter shelter at Vindgatan opens on 1 December with 24 beds, open 20:00–09:00. No referral is needed during the cold-weather period; the on-call social services team can arrange transport.

Volunteers are welcome for the evening meal, contact the Red Cross branch.

Thank you all for your work last winter.
Johanna Wik
Homeless Services Coordinator`),
  d(`Minnesanteckningar – nätverket för anhörigstöd
Plats: Träffpunkt Ljuset, 10 april

Närvarande: sju anhörigkonsulenter från länets kommuner.

1. Presentationsrunda.
2. Erfarenheter av samtalsgrupper för anhöriga till personer med demens. Flera kommuner har väntelistor.
3. Ny broschyr om avlösning i hemmet och växelvård, tryckt i 2 000 ex.
4. Statistik: antalet beviljade korttidsvistelser har ökat med 12 % i länet.
5. Nästa träff: 9 oktober i Vänersby.`),
  d(`Från: Maria Tollin
Skickat: den 13 juni 2024 11:51
Till: David Ström
Ämne: VB: För kännedom

Hej! Vidarebefordrar enligt vad vi pratade om i korridoren. Återkom om något är oklart.

/Maria

________________________________
Hej,

Ida (20) har ett beslut om kontaktperson enligt LSS sedan i höstas, men hennes kontaktperson har slutat och hon har inte träffat någon sedan december. Hennes mamma har ringt mig två gånger. Kan ni skynda på matchningen? Ida vill helst ha någon som gillar bowling och kan träffas på lördagar.

Tack!
Emma Lindh, LSS-handläggare`, 'social'),
  d(`Vi söker kontaktpersoner!

Omsorgsförvaltningen söker fler kontaktpersoner enligt LSS och SoL. Som kontaktperson träffar du en person några timmar i månaden för att göra saker ni båda tycker om: fika, gå på bio, bowla, promenera.

Du får ett arvode och omkostnadsersättning. Utdrag ur belastningsregistret krävs.

Intresseanmälan till Emma Lindh, LSS-handläggare.

> Från: Therese Wall
> Skickat: den 5 februari 2024 11:53
> Ämne: Fråga
> Hej, har du hunnit titta på det här? Jag behöver ett svar innan ledningsgruppen på fredag.
> /Therese`),
  d(`Från: Helene Borg
Skickat: den 11 april 2024 21:14
Till: Jan Wiberg (HR)
Ämne: VB: Gruppen på Lagerkvist

Jan, läs nedan. Jag behöver prata med dig innan vi bestämmer något.

Ärligt talat tror jag inte att Fredrik klarar chefsrollen. Han har tappat gruppen helt sedan jul, han undviker alla svåra samtal och tre av medarbetarna har kommit till mig direkt i stället för att gå till honom. Jag har gett honom ett halvår och stöd från en coach, det har inte hjälpt.

/Helene

-----Ursprungligt meddelande-----
Från: Anna-Karin Falk
Skickat: den 10 april 2024 16:02
Till: Helene Borg
Ämne: Gruppen på Lagerkvist

Hej Helene, vi är några som skulle vilja träffa dig utan Fredrik. Det fungerar inte längre. Kan vi boka en tid?
Anna-Karin`, 'hr-assessment'),
  d(`Från: Jan Wiberg (HR)
Skickat: den 12 april 2024 08:30
Till: Alla chefer Kultur- och fritidsförvaltningen
Ämne: Ledarprogrammet hösten 2024 – anmälan öppen

Hej!

Nu öppnar anmälan till höstens ledarprogram för nya chefer. Programmet omfattar sex heldagar mellan september och december och tar upp:

– att leda grupper i förändring
– svåra samtal och konflikthantering
– arbetsrätt för chefer
– coachande förhållningssätt

Alla som har varit chefer kortare än två år ska delta. Anmälan via kompetensportalen senast 31 maj.

Jan Wiberg
HR-strateg`),
  d(`HR-systemet Heroma: Sammanfattning medarbetarsamtal
Medarbetare: Viktor Engström
Chef: Pernilla Ask
Genomfört: 2024-03-19

Måluppfyllelse föregående år: Delvis uppfyllt.
Styrkor: Hög teknisk kompetens, uppskattad av kunderna.
Utvecklingsområden: Dokumentation i ärendesystemet brister, ärenden lämnas öppna i veckor. Samarbetet med första linjen har varit ansträngt och två klagomål har kommit in från kollegor om tonen i mejl.
Överenskommelse: Viktor går kurs i ärendehantering i maj. Uppföljning i september. Om dokumentationen inte förbättras tas frågan vidare.

Signerat av båda parter.`, 'hr-assessment'),
  d(`HR-systemet Heroma: Påminnelse till chefer

Det är dags för årets medarbetarsamtal. Samtliga samtal ska vara genomförda och dokumenterade senast 31 maj.

Använd den nya mallen som innehåller:
1. Uppföljning av föregående års mål
2. Arbetsmiljö och arbetsbelastning
3. Kompetensutveckling
4. Mål för kommande år

Sammanfattningen registreras i Heroma under Medarbetare > Samtal och signeras av båda parter. Mallen och en film om hur man håller ett bra samtal finns på intranätet.

HR-avdelningen`),
  d(`[Slack-export] #ledning-kundtjänst
2024-05-06

Marcus 10:14: ska vi verkligen förlänga provanställningen för Nico? han har kommit sent typ varannan dag och två kunder har klagat på att han lagt på luren
Marcus 10:15: jag har pratat med honom två gånger
Ebba 10:21: håller med, jag tycker inte han funkar. men vi måste ge besked senast 31/5
Marcus 10:22: jag pratar med HR om att avsluta
Ebba 10:30: gör det. Sofie däremot är grym, henne vill vi behålla
Marcus 10:31: absolut`, 'hr-assessment'),
  d(`[Slack-export] #ledning-kundtjänst
2024-05-07

Marcus 09:02: info från HR: provanställningar är max sex månader och besked om att de inte övergår i tillsvidareanställning ska lämnas senast två veckor innan de löper ut, skriftligt
Marcus 09:03: mallen finns i HR-portalen
Ebba 09:10: och facket ska underrättas, eller hur?
Marcus 09:11: ja, enligt LAS. HR hjälper till
Ebba 09:15: bra, vi har tre provanställningar som löper ut i sommar så vi behöver ha koll`),
  d(`From: Simon Hartley
To: Caroline Dahl
Subject: RE: quarterly reports

Caroline,

Between us: Laura's report was the weakest of the batch again. Numbers copied from last quarter without checking, two sections missing, and she didn't flag the budget overrun I asked her to look at. It's the third time this year. I'm going to have to put her on a formal improvement plan, and I'd like HR in the first meeting.

The other reports were fine; Ahmed's was excellent.

Simon

> From: Caroline Dahl
> Did you get all the quarterly reports? I need them for the board pack by Friday.`, 'hr-assessment'),
  d(`From: Caroline Dahl
To: All line managers
Subject: Updated template: performance improvement plan

Hi all,

HR has updated the template for performance improvement plans (PIPs). Key changes:

- Objectives must be specific and measurable.
- The plan must include the support the manager will provide.
- Review meetings every two weeks, documented in the HR system.
- The employee may bring a union representative to meetings.

The template is on the intranet under Managers > Performance. Please use it from 1 June.

Caroline Dahl
HR Business Partner`),
  d(`Protokoll ledningsgrupp, Tekniska förvaltningen
Datum: 2024-02-26

§ 1 Ekonomisk uppföljning januari: prognos +0,4 mnkr.
§ 2 Vinterväghållning: budgeten för snöröjning är förbrukad till 80 %.
§ 3 Personalärende: skriftlig erinran har lämnats till Jens Karlsson på Enhet B efter incidenten med tjänstebilen i januari, där han körde privat under arbetstid trots tidigare tillsägelse. Kopia till personalakt. Facket informerat.
§ 4 Arbetsmiljö: skyddsronder planeras april.
§ 5 Övrigt: inget.

Vid protokollet: Lina Hed`, 'hr-assessment'),
  d(`Protokoll ledningsgrupp, Tekniska förvaltningen
Datum: 2024-03-25

§ 1 Ekonomisk uppföljning februari: prognos +0,2 mnkr.
§ 2 Kompetensutveckling: samtliga chefer går utbildningen "Arbetsrätt i praktiken" i maj, med fokus på hur man dokumenterar brister i arbetsprestation, skriftlig erinran och varning, och när omplaceringsutredning krävs.
§ 3 Policy för tjänstebilar: nya regler om privat körning presenterades. Beslut: antas.
§ 4 Övrigt: inget.

Vid protokollet: Lina Hed`),
  d(`Hej Therese,

Tack för att du hörde av dig om Malin Persson som har sökt hos er. Hon var anställd här som administratör 2021–2023.

Jag ska vara ärlig: jag kan inte rekommendera henne. Hon var inte pålitlig med tider, uppgifter blev liggande och vi hade flera samtal om hennes sätt mot besökarna i receptionen. Hon kan vara trevlig och kompetent när hon vill, men det var för ojämnt.

Ring gärna om du vill prata mer.

Vänliga hälsningar
Lars-Göran Vik
Kanslichef`, 'hr-assessment'),
  d(`Hej Therese,

Tack för frågan om referenstagning. Här är kommunens riktlinjer:

1. Referenser tas endast med kandidatens samtycke och från personer kandidaten själv har angett.
2. Fråga om konkreta arbetsuppgifter och beteenden, inte om hälsa, familj eller fackligt engagemang.
3. Dokumentera referenssamtalet kortfattat i rekryteringssystemet.
4. Referenser gallras när rekryteringen är avslutad.

Mallen för referensfrågor finns i rekryteringsverktyget.

Vänliga hälsningar
Lars-Göran Vik
Kanslichef`),
  d(`Konfidentiellt – rekrytering Enhetschef IT-drift

Hej rekryteringsgruppen,

Här är sammanfattningen från testleverantören för de två slutkandidaterna:

Andreas Ljung: mycket hög på analytisk förmåga (stanine 8), låg på social anpassningsförmåga och samarbetsinriktning. Testkonsulten bedömer att han riskerar att styra för hårt och att gruppen kan uppleva honom som otillgänglig.

Nadia Khoury: genomsnittlig problemlösning (stanine 5), hög på stresstålighet och relationsskapande. Bedöms passa för rollen i en verksamhet i förändring.

Vi tar slutintervjuerna på torsdag.

/Elsa, HR`, 'hr-assessment'),
  d(`Hej rekryteringsgruppen,

Så här ser processen ut för rekryteringen av enhetschef IT-drift:

1. Urval utifrån ansökningshandlingar, vecka 14.
2. Första intervju med rekryteringsgruppen, vecka 16.
3. Arbetspsykologiska tester (logisk förmåga och personlighetsformulär) för tre till fyra kandidater, vecka 17. Testresultaten återkopplas till kandidaterna av testleverantören.
4. Slutintervju och referenser, vecka 18.
5. Beslut, vecka 19.

Kom ihåg att hålla allt om kandidaterna inom gruppen.
/Elsa, HR`),
  d(`Veckosammanfattning från rektor, Björkskolan
Vecka 11

Kära kollegor,

Det har varit en intensiv vecka med nationella prov i åk 9. Tack till alla som vaktat!

Några saker:
– Nya larmrutiner vid utrymning, se bilaga.
– Jag har haft ett uppföljande samtal med Jenny om hennes bemötande av vårdnadshavare efter klagomålen från två familjer i 7C. Vi har kommit överens om att jag är med på hennes utvecklingssamtal med eleverna nästa vecka och att hon inte ringer upprörda föräldrar ensam. Det är dokumenterat.
– Fredagsfika i personalrummet.

Trevlig helg!
Göran`, 'hr-assessment'),
  d(`Veckosammanfattning från rektor, Björkskolan
Vecka 12

Kära kollegor,

– Nya larmrutiner vid utrymning gäller från måndag.
– Klagomålshantering: skolan har fått in 14 klagomål från vårdnadshavare under läsåret, de flesta om schemaändringar och skolskjuts. Vi ser över rutinen för hur vi besvarar dem och hur vi bemöter upprörda föräldrar. Workshop på studiedagen.
– Utvecklingssamtalen med elever ska vara genomförda vecka 15.
– Tack för en bra vecka!

Göran`),
  d(`Hej Ann-Sofie,

Jag har nu gått igenom händelseförloppet kring Robin på nattpasset den 3 mars. Slutsatsen är att han sov under sitt pass och att två larm från brukare inte besvarades på över 40 minuter. Det är andra gången. Jag kommer att ge honom en skriftlig varning och det blir samtal med HR och facket på tisdag. Han är informerad om att nästa gång kan leda till uppsägning.

Lägg detta i personalakten.

Mvh
Tobias Nyqvist, enhetschef nattpatrullen`, 'hr-assessment'),
  d(`Hej Ann-Sofie,

Kan du lägga upp kursen "Patientsäkerhet och larmhantering nattetid" i kompetensportalen för hela nattpatrullen? Den innehåller:

– prioritering av larm
– rutin vid hög belastning
– dokumentation av avvikelser

Alla ska ha gått den före sommaren, enligt beslut i ledningsgruppen efter årets egenkontroll som visade att svarstiderna på larm nattetid ökat.

Mvh
Tobias Nyqvist, enhetschef nattpatrullen`),
  d(`From: James Holt
Sent: Wednesday, 23 April 2024 08:54
To: Rachel Moore
Subject: FW: see below

Forwarding for information – no action needed on your side unless you disagree.

James

---------- Forwarded message ----------
Chat log – Projekt Nytt ärendesystem
[14:02] Kim: how did the steering group go?
[14:05] Ella: ok-ish. Ingela said straight out after the meeting that Reza "never listens and just steamrolls everyone", and she wants someone else to lead the testing phase
[14:05] Kim: ouch. is she going to tell him?
[14:06] Ella: she's taking it up in his appraisal next week apparently
[14:08] Kim: fair tbh, he did ignore all our comments on the test plan
[14:09] Ella: let's not put this in the project channel`, 'hr-assessment'),
  d(`Chat log – Projekt Nytt ärendesystem
[10:12] Kim: steering group agreed to move the testing phase to September
[10:13] Ella: good, gives us time. who leads it?
[10:13] Kim: the test lead role will be advertised internally, any of us can apply
[10:15] Ella: what are they looking for?
[10:16] Kim: experience from acceptance testing, good at listening to the business side, can lead a group of 6-8 testers
[10:17] Ella: might go for it

Best regards,
James Holt
Kustvik Municipality

This e-mail is intended only for the addressee. If you received it in error, please notify the sender and delete it.`),
  d(`Från: Bengt Sjölund
Skickat: den 2 maj 2024 13:40
Till: Mona Åkesson
Ämne: SV: Vaktmästartjänsten på Ängsskolan

Hej Mona,
Jag förstår att du vill ha honom, han verkar kunnig. Men du vet väl att han fick två år för det där med rånet i Borås 2019? Det syns på utdraget. Till en skola kan vi inte anställa honom, det är inget att diskutera. Jag tar samtalet med honom om du vill.

/Bengt

> Från: Mona Åkesson
> Skickat: den 2 maj 2024 10:05
> Ämne: Vaktmästartjänsten på Ängsskolan
> Hej Bengt! Jag skulle vilja gå vidare med Kristian Holm, han var bäst på intervjun och har jobbat med fastighetsskötsel i tio år. Kan vi skicka erbjudande i dag?
> Mona

Bengt Sjölund
HR-chef, Barn- och utbildningsförvaltningen`, 'criminal-record'),
  d(`Från: Bengt Sjölund
Skickat: den 3 maj 2024 08:15
Till: Rektorer och förskolechefer
Ämne: Påminnelse: utdrag ur belastningsregistret

Hej,
En påminnelse om att alla som anställs i skola, förskola och fritidshem, även vikarier och vaktmästare, ska visa upp ett utdrag ur belastningsregistret innan anställningen börjar. Utdraget beställs av den sökande själv på polisens webbplats och får inte vara äldre än ett år. Det visas för chefen och ska inte kopieras eller sparas.

Vid frågor om hur ett utdrag ska bedömas, kontakta HR innan ni fattar beslut.

Bengt Sjölund
HR-chef, Barn- och utbildningsförvaltningen`),
  d(`Driftlogg – Bostadsbolaget Hemvist, område Norr
Vecka 9

Mån: Trapphusbelysning lagad Granvägen 2.
Tis: Larm om vattenläcka Granvägen 6, lgh 1102, åtgärdat.
Ons: Hyresgästen i 4B, Oskar Lindén, är polisanmäld för att ha misshandlat grannen i 4A i trapphuset i lördags. Grannen vill flytta. Förvaltaren tar kontakt med polisen om det fortsatta och vi påbörjar ärende om störningar.
Tors: Snöröjning av gångvägar.
Fre: Besiktning av lekplats.

/Roger, bovärd`, 'criminal-record'),
  d(`Driftlogg – Bostadsbolaget Hemvist, område Norr
Vecka 10

Mån: Nya lås i cykelrummet Granvägen 4.
Tis: Möte med kommunpolisen om trygghet i området: fler inbrott i källarförråd i vinter, polisen uppmanar hyresgäster att anmäla alla brott och att inte släppa in okända i trapphuset. Vi sätter upp lappar.
Ons: Trygghetsvandring planeras till april tillsammans med föreningen.
Tors: Byte av filter i ventilationen.

/Roger, bovärd`),
  d(`Hej elevhälsoteamet,

Jag fick ett samtal från kommunpolisen i morse. En av våra elever, Leo i 9C, är misstänkt för rånet mot kiosken vid Torget i helgen tillsammans med två äldre killar. Han har varit på förhör med en av sina föräldrar. Polisen har också gjort en anmälan till socialtjänsten.

Vi behöver prata om hur vi tar emot honom i skolan på måndag och vilket stöd han ska ha. Jag bokar ett möte 8.15.

Snälla, sprid inte vidare.
Annika, biträdande rektor`, 'criminal-record', 'social'),
  d(`Hej elevhälsoteamet,

Kommunpolisen kommer till skolan den 18 april och håller en lektion för åk 8 och 9 om ungdomsbrottslighet, rekrytering till kriminella nätverk och vad det innebär att vara straffmyndig. Det blir tre pass i aulan.

Efteråt är det öppet för frågor, och polisen stannar kvar på eftermiddagen för samtal med personal.

Ta gärna upp ämnet i mentorstiden veckan innan.
Annika, biträdande rektor`),
  d(`Från: Åsa Nordlund
Skickat: den 4 november 2024 09:34
Till: Viktor Adolfsson
Ämne: VB: Info

För kännedom. Spara gärna i rätt mapp i ärendet så att det inte försvinner i inkorgen.

/Åsa

________________________________
Hej Peter,

Angående Dennis som börjar i parkgruppen på måndag via Arbetsmarknadsenheten: hans tider måste vara exakt desamma varje vecka fram till den 30 juni, 07.00–16.00, eftersom han har fotboja och övervakningen från Kriminalvården kontrollerar att han är på jobbet. Han får inte följa med på utflykter till andra arbetsplatser utan att det är anmält i förväg.

Han är motiverad och trevlig, så ta emot honom som vanligt.

/Veronika, arbetskonsulent`, 'criminal-record'),
  d(`Hej Peter,

Tack för att parkgruppen vill ta emot deltagare från Arbetsmarknadsenheten även i år. Vi har ett samarbete med Kriminalvården där personer som avtjänar straff med elektronisk övervakning kan ha praktik hos kommunen, men vi har inga sådana placeringar hos er just nu.

Enligt Kriminalvårdens statistik avtjänade drygt 2 500 personer straff med fotboja förra året.

Vi ses på samverkansmötet den 5 mars.
/Veronika, arbetskonsulent`),
  d(`From: Greg Thomson
To: Board Secretariat
Subject: RE: new treasurer for the sports association

Thanks for the CV. I'm a bit concerned though – I checked with a former colleague in Bergen and apparently Morten did time in Norway for embezzling from a housing cooperative before he moved here. Three years, if I remember right. I don't think we can give him access to the association's accounts, at least not without a conversation first.

Greg

> Please find attached the CV of our suggested new treasurer, Morten Haugen.`, 'criminal-record'),
  d(`From: Greg Thomson
To: Board Secretariat
Subject: fraud awareness training

Hi,

The regional sports federation offers a free fraud awareness module for association boards: how embezzlement typically happens in small associations, dual authorisation for payments, and what to do if you suspect irregularities. It takes about an hour.

I suggest all board members do it before the annual meeting.

Greg`),
  d(`Hej Susanna,

Bara så att du vet varför Kenneth inte är på jobbet i dag: polisen var här i morse med en husrannsakan och tog med hans arbetsdator och telefon. Det gäller tydligen misstanke om bokföringsbrott i hans egen firma, inte något här hos oss. Han har själv ringt och sagt att han kommer i morgon.

IT har loggat vilka utrustningsnummer som togs.

/Leif, enhetschef

PS. Kaffemaskinen på plan 2 är lagad nu, tack till den som felanmälde.`, 'criminal-record'),
  d(`Hej Susanna,

IT har uppdaterat rutinen för när polis eller annan myndighet begär ut utrustning eller loggar:

1. Kontrollera legitimation och beslut (t.ex. beslut om beslag).
2. Kontakta alltid IT-säkerhetschefen och juristen innan något lämnas ut.
3. Dokumentera utrustningsnummer och vem som tagit emot.
4. Informera närmaste chef.

Rutinen finns i ledningssystemet.
/Leif, enhetschef`),
  d(`Tjänsteskrivelse – Socialnämndens arbetsutskott
Ärende: Ansökan om stadigvarande serveringstillstånd, Restaurang Pråmen AB
Handläggare: Alkoholhandläggare Ida Björk

Bakgrund: Bolaget har ansökt om tillstånd för servering till allmänheten.
Utredning: Remissyttrande från Polismyndigheten visar att bolagets företrädare Mikael Rask dömdes för grovt skattebrott 2021 och att han enligt Skatteverket har skulder hos Kronofogden. Sökanden har inte redovisat detta.
Bedömning: Sökanden bedöms inte lämplig enligt 8 kap. 12 § alkohollagen.
Förslag till beslut: Ansökan avslås.`, 'criminal-record'),
  d(`Information om serveringstillstånd

Den som söker serveringstillstånd prövas för personlig och ekonomisk lämplighet. Kommunen inhämtar yttranden från Polismyndigheten, Skatteverket och Kronofogden. Tidigare brottslighet, särskilt ekonomisk brottslighet, kan leda till avslag.

Handläggningstiden är upp till fyra månader. Ansökningsavgiften är 9 500 kr.

Kunskapsprov i alkohollagen ska avläggas innan tillstånd ges.

Alkoholhandläggarna, Socialförvaltningen`),
  d(`Utdrag – journalanteckning, Socialtjänsten, Ungdomsenheten
Ungdom: Ali (16 år)
Datum: 2024-04-04

Ali har av tingsrätten dömts till ungdomstjänst 40 timmar för skadegörelse och olaga hot mot en jämnårig. Ungdomstjänsten verkställs via enheten. Planering: första pass på Återbruket 13/4, handledare Kicki. Ali var på plats med mamma och verkade förstå vad som krävs.
Nästa uppföljning: 2024-05-02.

Signerad: Socialsekreterare J. Malm`, 'criminal-record', 'social'),
  d(`Från: Birgitta Ahl
Skickat: den 14 maj 2024 10:58
Till: Lars Bäckman
Ämne: VB: Fråga

Hej, jag fick det här i min inkorg men tror att det egentligen ska till dig. Ursäkta om det blir dubbelt.

/Birgitta

-----Ursprungligt meddelande-----
Ungdomstjänst – så fungerar det

Ungdomstjänst är en påföljd för unga mellan 15 och 21 år. Den består av oavlönat arbete, mellan 20 och 150 timmar, och ett särskilt program som ordnas av socialtjänsten.

Vi söker fler arbetsplatser inom kommunen som kan ta emot ungdomar: återbruk, parkskötsel, föreningslokaler. Handledare får utbildning och stöd.

Kontakt: Ungdomsenheten, Socialförvaltningen.`),
  d(`Hej alla,

Tråkigt nog blev min cykel stulen utanför entrén i går mellan 12 och 13, trots att den var låst. Jag har polisanmält, men om någon såg något får ni gärna höra av er. Det är en grön Crescent med korg.

Fastighetsförvaltningen har lovat att se över om vi kan få en kamera vid cykelstället.

/Maja på kansliet

> Gunilla skrev torsdag 22 augusti:
> Kan du skicka en kort uppdatering om läget? Tack på förhand!`),
  d(`Utdrag – Familjeenheten, samtal med vårdnadshavare
Datum: 2024-03-11
Närvarande: mamma, socialsekreterare, tolk

Mamman uppger att pappan slog henne i köket i påskas när barnen var hemma och att hon har anmält honom till polisen. Hon och barnen bor nu hos hennes syster. Barnen har enligt mamman inte sett själva våldet men hört det.
Bedömning: Utredning enligt 11 kap. 1 § SoL fortsätter. Samtal med barnen planeras.

Handläggare: Lotta Brink`, 'social', 'criminal-record'),
  d(`Inbjudan: utbildning om våld i nära relationer

Målgrupp: handläggare inom socialtjänsten, elevhälsa och hemtjänst.
Datum: 24 april, 9–16.
Innehåll: hur våld i nära relationer ser ut, hur barn påverkas, att fråga om våld, riskbedömning, samverkan med polis och kvinnojour.

Föreläsare från Nationellt centrum för kvinnofrid och kommunens våldssamordnare.

Anmälan via kompetensportalen.`),
  d(`Hej,

Vi har fått en fråga från en hyresgäst om en person som ska hyra vår festlokal. Hyresgästen säger att mannen "suttit inne för narkotika". Vi har ingen sådan uppgift och vi gör inga kontroller av den som hyr lokalen, så vi har svarat att vi inte kan kommentera enskilda personer och att bokningen följer våra vanliga regler.

Ska vi ha en skriftlig policy för sådana frågor?

Hälsningar
Ulrika, uthyrningen`, 'criminal-record'),
  d(`PROTOKOLL
Barn- och utbildningsnämndens arbetsutskott
Sammanträdesdatum: 2024-02-14, kl 13.00–15.20
Plats: Sammanträdesrum Ekoxen

Beslutande: Hanna Lund (M), ordförande; Tomas Eriksson (S), vice ordförande; Agneta Fors (KD)
Övriga närvarande: Förvaltningschef Jörgen Alm, nämndsekreterare Ellen Roos

§ 12 Val av justerare: Tomas Eriksson utses.
§ 13 Skolskjutsriktlinjer – remiss. Arbetsutskottet föreslår nämnden att anta förslaget.
§ 14 Lokalförsörjningsplan 2025–2030. Informationsärende.
§ 15 Delegationsbeslut redovisas.

Justeras: Hanna Lund, Tomas Eriksson`, 'political-opinion'),
  d(`MINNESANTECKNINGAR
Arbetsgrupp för ny skolskjutsplanering
Datum: 2024-02-21, kl 9.00–10.30

Deltagare: Jörgen Alm (förvaltningschef), Ellen Roos (nämndsekreterare), Hussein Amiri (trafikplanerare), Lisa Grahn (rektor Västra skolområdet), Björn Tall (upphandlare)

1. Genomgång av remissvar på skolskjutsriktlinjerna. 11 svar inkomna.
2. Upphandling av ny trafik: tidsplan med start hösten 2025.
3. Säkra hållplatser: Hussein inventerar alla hållplatser på landsbygden.
4. Nästa möte 13 mars.`),
  d(`Chatt "Fikarummet Kundtjänst" (export)

11:02 Elin: har ni sett att Marianne från växeln står på valsedeln i höst
11:03 Petra: nej?? för vilket parti
11:03 Elin: SD. hon är nummer fem på deras lista i kommunen
11:04 Petra: oj. det förklarar diskussionen på julbordet 😬
11:05 Jonas: hon får tycka vad hon vill, men vi kanske ska hålla det utanför jobbet
11:05 Elin: jaja
11:30 Petra: förresten, vem har nyckeln till förrådet?`, 'political-opinion'),
  d(`Chatt "Fikarummet Kundtjänst" (export)

11:02 Elin: valnämnden söker röstmottagare till valet i september, 1 800 kr för valdagen plus utbildning
11:03 Petra: har man ledigt från jobbet för utbildningen?
11:03 Elin: ja, det står att man får tjänstledigt
11:05 Jonas: man får inte ha ett politiskt uppdrag eller stå på någon valsedel om man ska vara röstmottagare
11:06 Petra: jag anmäler mig
11:30 Elin: förresten, vem har nyckeln till förrådet?`),
  d(`From: Linda Carr
To: Comms team
Subject: RE: photos for the spring newsletter

Hi all,

Good selection, thanks. One thing: please don't use the photo of Johan at the market square – he's standing in front of the Green Party stall. He's out campaigning for them every Saturday before the election and it'll look like the council is endorsing them. Use the one from the library opening instead.

Linda

Linda Carr
Communications Manager`, 'political-opinion'),
  d(`From: Linda Carr
To: All staff
Subject: Political neutrality during the election campaign

Hi all,

With the election approaching, a reminder of our guidelines:

- You may of course be politically active in your free time.
- Don't wear party symbols when you are working in contact with the public.
- Official social media accounts must not share or like party content.
- Photos used in council communication should not show party stalls or campaign material.

Questions: contact Communications.
Linda Carr, Communications Manager`),
  d(`Hej Gunnar,

Tack för att du hörde av dig om den nya samordnaren. Jag har träffat Jakob två gånger nu och han verkar väldigt kompetent. Han har jobbat med föreningsfrågor i Kalmar i flera år, och han satt i fullmäktige för Vänsterpartiet där innan han flyttade hit, så han kan den politiska processen utan och innan. Det kan vara en fördel när vi ska föredra ärenden för nämnden.

Han börjar 1 september.

Hälsningar
Carina Wallin
Kultur- och fritidschef`, 'political-opinion'),
  d(`KALLELSE
Kommunfullmäktige sammanträder torsdagen den 25 april 2024 kl 18.30 i fullmäktigesalen, Stadshuset.

Ärenden:
1. Upprop
2. Val av justerare
3. Allmänhetens frågestund
4. Årsredovisning 2023
5. Ansvarsfrihet för nämnderna
6. Motion om fler laddstolpar
7. Interpellationer och frågor
8. Anmälan av nya motioner

Sammanträdet direktsänds på kommunens webbplats. Handlingarna finns på webbplatsen och i receptionen.

Ordföranden`),
  d(`Från: Mats Ohlsson
Till: Samhällsbyggnadschefen
Ämne: Inför samrådsmötet om vindkraften

Hej,
Inför samrådet på tisdag bör du veta att Erik Blom, som sitter i vår referensgrupp för översiktsplanen, var en av dem som ledde demonstrationen mot vindkraftsparken utanför kommunhuset i april. Han skrev också debattartikeln i Länstidningen där han kallade projektet ett "svek mot landsbygden". Han kommer säkert att vara på plats.

Jag tycker inte vi ska utesluta honom från gruppen, men det är bra att vara förberedd.

Mats`, 'political-opinion'),
  d(`Från: Mats Ohlsson
Till: Samhällsbyggnadschefen
Ämne: Pressklipp vecka 17

Hej,
Sammanfattning av pressklipp:

– Länstidningen: Ett hundratal personer demonstrerade mot den planerade vindkraftsparken utanför kommunhuset i lördags. Polisen rapporterar att manifestationen var lugn.
– Radio Väst: Intervju med länsstyrelsen om prövningstiderna för vindkraft.
– Lokaltidningen: Insändare för och emot parken.

Samråd hålls tisdag 7 maj i Folkets hus.

Mats`),
  d(`Från: Stefan Grape
Skickat: den 25 november 2024 16:25
Till: Ida Lagerlöf
Ämne: VB: Se nedan

Skickar det här till dig också eftersom du är min ersättare nästa vecka.

/Stefan

---------- Vidarebefordrat meddelande ----------
Minnesanteckningar, APT Socialkontoret Väst
Datum: 6 november

1. Budgetläget: oförändrat.
2. Ny rutin för akter.
3. Trivsel: Stämningen blev ansträngd förra veckan. Ronja har sagt till flera att hon har gått med i Feministiskt initiativ och hon har satt upp deras affisch på dörren till sitt rum. Chefen har pratat med henne om att partimaterial inte får finnas i lokaler där vi tar emot klienter. Ronja har tagit ner affischen.
4. Julbord 13 december.`, 'political-opinion'),
  d(`Minnesanteckningar, APT Socialkontoret Väst
Datum: 4 december

1. Budgetläget: oförändrat.
2. Riktlinje om politisk och religiös neutralitet i lokaler där vi tar emot klienter: affischer, symboler och material från partier eller trossamfund får inte finnas i mottagningsrum. Gäller även väntrummet.
3. Valdeltagande: kommunens statistik visar att valdeltagandet i Västra stadsdelen var 71 procent vid senaste valet. Projekt om samhällsinformation startar i vår.
4. Julbord 13 december.

Henrik Möller
Enhetschef
Tel 0522-69 76 86

Vi behandlar personuppgifter enligt dataskyddsförordningen. Läs mer på lindesby.se/personuppgifter.`),
  d(`Hej Pernilla,

Tack för intresset för utbildningsdagen. Jag vidarebefordrar detta från vår politiska sekreterare.

Mvh Elias

---------- Vidarebefordrat meddelande ----------
Från: Politiska sekreteraren, Kommunledningskontoret
Ämne: Talare vid utbildningsdagen

Kommunalrådet Anders Nyberg (C) inleder utbildningsdagen kl 9.00 och pratar om landsbygdsutveckling i 15 minuter. Oppositionsrådet Sofia Strand (S) har tackat nej på grund av annat uppdrag.
Kaffe serveras från 8.30.`, 'political-opinion'),
  d(`Välkommen som medlem!

Hej Gustav Lindahl,

Tack för att du har blivit medlem i Kristdemokraterna i Lindesby. Ditt medlemsnummer är 4471-228. Du kommer att få en inbjudan till vårt nästa medlemsmöte den 12 mars och vårt nyhetsbrev en gång i månaden.

Vill du engagera dig i valrörelsen? Svara på detta mejl så hör vår valledare av sig.

Välkommen!
Kristdemokraterna Lindesby`, 'political-opinion'),
  d(`Från: Eva Hammar
Skickat: den 18 mars 2024 10:22
Till: Löneenheten
Ämne: SV: Lönerevision för Siv Karlsson

Hej,
Ja, Kommunal har godkänt överenskommelsen för hennes räkning i går, så ni kan lägga in den nya lönen från 1 april. Deras ombudsman skickar ett undertecknat protokoll under veckan.

/Eva

> Från: Löneenheten
> Kan vi verkställa lönerevisionen för Siv Karlsson, eller väntar vi fortfarande på facket?`, 'trade-union'),
  d(`NYHETSBREV FRÅN PERSONALENHETEN, MARS

– Vision bjuder alla medarbetare på frukost i Stadshusets entré fredag 22 mars kl 7.30–9.00. Alla är välkomna, medlem eller inte.
– Kommunal har öppet hus för nyanställda i äldreomsorgen den 3 april.
– Lönerevisionen för Vision, Kommunal och SACO-förbunden pågår. Besked om ny lön lämnas i maj.
– Glöm inte att lämna in semesterönskemål!

Personalenheten`),
  d(`PROTOKOLL – Information och förhandling enligt 11 § MBL
Ärende: Omorganisation av kostenheten
Datum: 2024-04-08

Arbetsgivarens företrädare: Ulf Sand, förvaltningschef; Maria Hjort, HR
Arbetstagarsidan: Ali Musa, Kommunal; Lena Ek, Vision; Per Ström, Akademikerförbundet SSR

§ 1 Arbetsgivaren redogjorde för förslaget att slå samman köken i Norr och Centrum.
§ 2 Kommunal yrkade att riskbedömningen kompletteras. Arbetsgivaren tillmötesgick yrkandet.
§ 3 Förhandlingen förklaras avslutad i enighet.

Justeras: Ulf Sand, Ali Musa, Lena Ek, Per Ström`, 'trade-union'),
  d(`Till: Kommunal, Vision, Akademikerförbundet SSR (lokala avdelningar)
Från: HR, Serviceförvaltningen
Ämne: Kallelse till förhandling enligt 11 § MBL

Härmed kallas ni till förhandling om omorganisation av kostenheten.
Tid: 8 april kl 13.00
Plats: Stadshuset, rum 214

Underlag: Förslag till ny organisation, riskbedömning och tidsplan bifogas.

Vänligen meddela vilka som deltar för er organisation senast 3 april.

Med vänlig hälsning
Maria Hjort, HR-specialist`),
  d(`Lönespecifikation – april 2024
Anställd: Therese Wiklund
Befattning: Lärare åk 4–6

Månadslön                      34 200,00
Kvalificerad övertid             1 312,50
Bruttolön                      35 512,50
Skatt                          -9 104,00
Medlemsavgift Sveriges Lärare    -315,00
Försäkringsavgift                 -89,00
Nettolön                       26 004,50

Utbetalning 25 april till konto 8327-9, 123 456 789-1.
Detta är en automatiskt genererad specifikation.`, 'salary', 'trade-union', 'bank-account'),
  d(`Från: Cecilia Norén
Skickat: den 14 november 2024 15:16
Till: Niklas Berglund
Ämne: VB: Fråga

Bara så att du har det. Ingen brådska, men svara gärna innan sommaruppehållet.

/Cecilia

---------- Vidarebefordrat meddelande ----------
Till samtliga anställda

Från och med 1 juli kan fackförbundens medlemsavgifter inte längre dras via lönen. Om du betalar din fackavgift via löneavdrag i dag behöver du kontakta ditt fackförbund och välja ett annat betalsätt, till exempel autogiro.

Löneenheten kan inte svara på frågor om medlemskap. Kontakta ditt förbund direkt.

Löneenheten, Lindesby kommun`),
  d(`Teams-chatt – Avdelning 22, sjuksköterskor

20:14 Cecilia: hur gick mötet med chefen om schemat?
20:16 Hanna: dåligt. hon vägrar ändra nattpassen. jag har ringt min ombudsman på Vårdförbundet, hon ska hjälpa mig att begära förhandling
20:16 Cecilia: bra! vill du att jag följer med?
20:17 Hanna: gärna om det blir möte
20:20 Cecilia: har du fått någon återkoppling från lokalavdelningen om det där med övertiden också?
20:21 Hanna: nej inte än`, 'trade-union'),
  d(`Teams-chatt – Avdelning 22, sjuksköterskor

20:14 Cecilia: har ni sett Vårdförbundets nya kampanj om hållbara scheman?
20:16 Hanna: ja, den med affischerna. de vill ha max tio nätter per månad
20:16 Cecilia: de har en enkät om arbetstider ute nu också, den är öppen för alla sjuksköterskor
20:17 Hanna: jag tar en titt
20:20 Cecilia: regionen ska förhandla om schemaavtalet i maj enligt intranätet

--
Anders Lövgren | Enhetschef
OBS! Jag arbetar deltid och läser mejl måndag–torsdag.`),
  d(`From: Aaron Bell
To: IT Service Management
Subject: RE: Change to on-call rota

Hi,

Happy to look at the proposal. Just to be transparent, I'm the Unionen rep at our site, so when you send the formal consultation please CC me in that capacity as well as in my role in the ops team. Two of my colleagues have asked me to raise the compensation question on their behalf.

Aaron Bell
Systems Engineer, Operations`, 'trade-union'),
  d(`From: IT Service Management
To: All operations staff
Subject: Change to on-call rota – consultation

Hi all,

We are proposing a change to the on-call rota from September: one week in four instead of one in five, with higher on-call compensation. The unions at the site will be consulted formally before any decision, and there will be an open meeting on 12 June.

Questions can be sent to this mailbox.

IT Service Management`),
  d(`Protokoll skyddskommitté, Vård- och omsorgsförvaltningen
2024-05-15

Närvarande: Förvaltningschef Åsa Lind, HR Karl Bäck, huvudskyddsombud Monica Rehn (Kommunal), skyddsombud Jesper Ahl (Vision)

§ 1 Sjukfrånvarostatistik kvartal 1: 7,4 %, oförändrat.
§ 2 Hot och våld: 14 rapporterade händelser, de flesta inom LSS-boenden.
§ 3 Monica Rehn lyfte arbetsbelastningen i nattpatrullen och begär en riskbedömning enligt 6 kap. 6 a § AML.
§ 4 Nästa möte 11 september.`, 'trade-union'),
  d(`Protokoll skyddskommitté, Vård- och omsorgsförvaltningen
2024-08-28

Närvarande: representanter för arbetsgivaren och arbetstagarorganisationerna

§ 1 Sjukfrånvarostatistik kvartal 2: 6,9 %.
§ 2 Hot och våld: 11 rapporterade händelser.
§ 3 Utbildning för nya skyddsombud planeras till oktober, förvaltningen står för kostnaden.
§ 4 Riskbedömning av nattpatrullen är genomförd, åtgärdsplan bifogas.
§ 5 Nästa möte 20 november.`),
  d(`Från: Åsa Bergkvist
Skickat: den 25 april 2024 17:05
Till: Löneenheten
Kopia: Johan Rydh
Ämne: VB: Lönesättning IT-avdelningen

Hej Löneenheten,
Se nedan. Kan ni lägga in detta så det kommer med på majlönen?

/Åsa

-----Ursprungligt meddelande-----
Från: Johan Rydh
Skickat: den 25 april 2024 15:32
Till: Åsa Bergkvist
Ämne: Lönesättning IT-avdelningen

Hej Åsa,
Efter lönesamtalen har vi landat i 38 500 för Hampus, alltså 1 900 upp, eftersom han tagit över hela nätverksansvaret. Linn får 2,8 %, som snittet. Jag har motiverat båda i lönesättningsmallen.

Johan`, 'salary'),
  d(`Från: Åsa Bergkvist
Skickat: den 2 februari 2024 09:00
Till: Alla chefer
Ämne: Tidplan lönerevision 2024

Hej,
Här är tidplanen för årets lönerevision:

– Februari: lönekartläggning och analys.
– Mars: lönesamtal med medarbetare.
– April: förhandlingar med de fackliga organisationerna.
– Maj: besked om ny lön, retroaktivt från 1 april.

Utrymmet enligt centrala avtal ligger runt 3 procent. Tänk på att lönesättningen ska vara individuell och differentierad och grunda sig på de lönekriterier som finns på intranätet.

Åsa Bergkvist, lönestrateg`),
  d(`Från: Ida Lagerlöf
Skickat: den 26 mars 2024 08:55
Till: Stefan Grape
Ämne: VB: Info

Tack för i går. Här är mejlet jag nämnde, längst ner i tråden.

/Ida

________________________________
Hej Kristina,

Jag vill lyfta Fatimas lön inför revisionen. Hon har varit hos oss i sex år och ligger fortfarande under golvet för nyexade socionomer som vi anställt i höstas, trots att hon har handledaransvar. Det är ungefär 3 000 kr i skillnad åt fel håll. Det håller inte, och hon vet om det.

Kan vi prata om ett särskilt tillskott?

/Gunilla, 1:e socialsekreterare`, 'salary'),
  d(`Hej Kristina,

Till ledningsgruppen: SCB:s lönestatistik visar att medianlönen för socialsekreterare i kommunal sektor var 38 900 kr förra året, och ingångslönerna för nyexade socionomer har stigit snabbare än lönerna för erfarna handläggare. Det kan påverka hur vi behåller erfarna medarbetare.

Jag föreslår att vi diskuterar lönestrukturen på nästa ledningsgrupp.

/Gunilla, 1:e socialsekreterare

Skickat från min iPhone`),
  d(`From: Dan Westerlund
To: HR Operations
Subject: retention offer – confidential

Hi,

Following our call: we've agreed with Priya Nair a one-off retention bonus of SEK 25,000, paid in June, conditional on her staying until the system migration is completed at year end. Her monthly salary stays at SEK 52,300 for now; we'll revisit at the annual review.

Please draft the agreement for her signature.

Dan Westerlund
Head of Digital Services`, 'salary'),
  d(`From: HR Operations
To: All managers
Subject: Policy on one-off bonuses

Hi all,

As a public employer we can only pay one-off bonuses in exceptional cases, for example to retain key competence during a critical project. Any bonus must be approved by the head of department and HR, documented, and is taxable as salary.

The full policy is on the intranet.

HR Operations`),
  d(`Chatt – "Lärarrummet Åk 7-9" (export)

15:44 Joakim: har ni fått era lönebesked?
15:45 Joakim: jag fick 600 spänn i påslag i år. sex hundra. efter alla nationella prov jag rättat
15:45 Sara: aj. jag fick 1 200 men jag tog ju mentorskapet för 7B
15:46 Joakim: skämt alltså. jag ligger fortfarande på 33 400
15:47 Linus: prata med rektor, du har rätt att få det motiverat
15:50 Joakim: ja jag ska boka tid`, 'salary'),
  d(`Från: Karin Ehn
Skickat: den 2 februari 2024 11:15
Till: Ronja Edh
Ämne: VB: För kännedom

Hej! Jag städar i inkorgen inför semestern och hittade det här, skickar vidare så att det inte tappas bort.

/Karin

---------- Vidarebefordrat meddelande ----------
Chatt – "Lärarrummet Åk 7-9" (export)

15:44 Joakim: såg ni att årets lönerevision blev 3,4 procent i snitt för lärarna i kommunen enligt rektorns mejl
15:45 Sara: ja, ungefär som förra året
15:46 Linus: och lönekriterierna ska ses över till hösten
15:47 Joakim: vi borde ta upp det på arbetsplatsträffen, jag vill förstå hur de viktar mentorskap
15:50 Sara: sätt upp det på listan`),
  d(`Från: Lena Ek, Vision Lindesby
Till: HR, Kultur och fritid
Ämne: Tvist om retroaktiv lön – Maria Sund

Hej,
Vi företräder vår medlem Maria Sund i frågan om den retroaktiva lönen. Hennes lönetillägg på 2 100 kr i månaden för samordningsansvaret har inte betalats ut sedan mars förra året, trots att uppdraget pågått hela tiden. Det rör sig alltså om 14 månader, sammanlagt 29 400 kr plus semesterersättning.

Vi begär tvisteförhandling.

Lena Ek
Ordförande, Vision Lindesby`, 'salary', 'trade-union'),
  d(`Från: HR, Kultur och fritid
Till: Chefer inom förvaltningen
Ämne: Lönetillägg för särskilda uppdrag

Hej,
Vi har sett över hur lönetillägg för tidsbegränsade uppdrag, till exempel samordningsansvar, hanteras. Tillägget ska alltid beslutas skriftligt med start- och slutdatum och registreras i lönesystemet. När uppdraget avslutas ska tillägget tas bort.

En genomgång av alla aktiva tillägg görs i juni.

HR, Kultur och fritid`),
  d(`Erbjudande om anställning

Hej Alva Nordin,

Vi har glädjen att erbjuda dig en tillsvidareanställning som miljöinspektör på Miljö- och hälsoskyddsenheten med start 1 augusti 2024. Sysselsättningsgrad 100 %, provanställning de första sex månaderna.

Din månadslön blir 36 200 kr. Tjänstledighet beviljas enligt kollektivavtal.

Vänligen bekräfta erbjudandet senast 10 juni genom att svara på detta mejl.

Välkommen!
Mikael Strand
Enhetschef`, 'salary'),
  d(`LEDIG TJÄNST: Miljöinspektör, Miljö- och hälsoskyddsenheten

Vi söker en miljöinspektör med inriktning mot livsmedelskontroll. Tillsvidareanställning, heltid, tillträde enligt överenskommelse.

Lön: individuell lönesättning. Ange löneanspråk i ansökan.

Vi erbjuder flextid, friskvårdsbidrag och möjlighet till distansarbete en dag i veckan.

Sista ansökningsdag: 15 maj. Kontakt: Mikael Strand, enhetschef.`),
  d(`Meddelande från Lönecenter

Hej Tobias Lund,

Vid kontroll av marslönen har vi upptäckt att du har fått ett lönetillägg för helgtjänstgöring två gånger. Du har därmed fått 4 312 kr brutto för mycket. Beloppet dras från din lön i maj, om du inte hör av dig och vill dela upp det på flera månader.

Ring gärna 0522-69 74 40 om du har frågor.

Lönecenter
Detta mejl kan inte besvaras.`, 'salary'),
  d(`Meddelande från Lönecenter

Information till alla anställda: om du har fått felaktigt utbetald lön är du skyldig att betala tillbaka det du fått för mycket. Lönecenter kontaktar dig alltid skriftligt innan något dras från lönen och du kan begära en avbetalningsplan.

Kontrollera din lönespecifikation varje månad och hör av dig om något ser fel ut.

Lönecenter

> Från: Ulrika Palm
> Skickat: den 4 september 2024 15:49
> Ämne: Fråga
> Hej, har du hunnit titta på det här? Jag behöver ett svar innan ledningsgruppen på måndag.
> /Ulrika`),
  d(`Från: Patrik Lund
Skickat: den 7 maj 2024 16:27
Till: Therese Wall
Ämne: VB: Inför mötet

Vidarebefordrar. Jag har inte hunnit läsa allt själv än, vi kan prata om det på avstämningen kl 14.

/Patrik

________________________________
Hej Rebecka,

Alva har tackat ja till att vikariera som elevassistent i 2C hela maj. Timlönen blir 162 kr plus OB enligt avtal, och hon jobbar 7.30–13.30 måndag till fredag. Kan du lägga in henne i Personec och ordna behörighet till lärplattformen?

Tack!
Jenny, skoladministratör`, 'salary'),
  d(`Hej Jenny,

Tack för att du hjälper mig med arvodet för föreläsningen. Kan ni betala ut det till mitt konto i Swedbank, clearingnummer 8105-9, kontonummer 944 612 338-4? Det står på kontoutdraget att det är ett privatkonto, men det ska gå bra enligt er ekonomiavdelning eftersom jag inte har F-skatt.

Fakturaunderlaget skickar jag på måndag.

Hälsningar
Ulla Nygren`, 'bank-account'),
  d(`Så registrerar du ditt bankkonto för löneutbetalning

1. Logga in i Personec Självservice.
2. Välj "Mina uppgifter" och "Bankkonto".
3. Ange clearingnummer och kontonummer. Clearingnumret består av fyra eller fem siffror.
4. Spara. Ändringen gäller från nästa löneutbetalning om den görs före den 10:e.

Lönen kan inte betalas till någon annans konto. Kontakta Lönecenter om du har frågor.`),
  d(`From: Kwame Asante
To: Accounts Payable, Kustvik Municipality
Subject: Payment of my invoice for the translation work

Dear colleagues,

Thank you for the purchase order. Since I'm a sole trader registered in Ghana for tax purposes, please pay invoice no. 2024-07 to my personal account:

IBAN: SE45 5000 0000 0583 9825 7466
BIC: ESSESESS
Account holder: Kwame Asante

Please let me know if you need anything else.

Best regards,
Kwame Asante`, 'bank-account'),
  d(`Hej Madeleine,

Jag har bokat hotellet i Umeå för Tomas och Anneli till konferensen. Hotellet krävde ett kort som garanti så jag använde Tomas privata kort eftersom vårt inköpskort var spärrat:

Kortnummer: 4571 5260 1815 9082
Giltigt till: 09/27
CVC: 412
Namn på kortet: Tomas Ekholm

Kan du se till att han får tillbaka pengarna via reseräkningen? Och radera gärna detta mejl sen.

/Sofie`, 'payment-card'),
  d(`Kvitto – Hotel Nordkap, Umeå

Gäst: Tomas Ekholm
Ankomst 14/5, avresa 16/5
2 nätter enkelrum                    2 980 kr
Frukost ingår
Moms 12 %                              319 kr

Betalat med kort: **** **** **** 9082
Auktoriseringskod godkänd

Tack för ditt besök!`),
  d(`Chatt med Elin (export)

09:40 Magnus: kan du boka tåget till Sundsvall åt mig? vårt kort funkar inte
09:41 Elin: visst, med vilket kort?
09:43 Magnus: ta mitt: 5213 3016 6131 8604, exp 11/26, cvc 733
09:43 Magnus: jag tar det i reseräkningen
09:44 Elin: ok, bokat. radera det där meddelandet!
09:45 Magnus: gjort. tack`, 'payment-card'),
  d(`Resepolicy – kortfattat

• Tjänsteresor bokas via kommunens resebyrå eller med kommunens inköpskort.
• Skicka aldrig kortnummer, utgångsdatum eller CVC via e-post eller chatt.
• Använd bara privat kort i undantagsfall, och redovisa utlägget i reseräkningen med kvitto.
• Förlorat inköpskort spärras omedelbart via kortutgivarens spärrtjänst.

Frågor: Ekonomiavdelningen.`),
  d(`Från: Jenny Åhlund
Skickat: den 6 maj 2024 12:01
Till: Per Forsberg
Ämne: VB: Ledighet hösten

Per, jag skickar vidare Moas mejl. Jag har sagt att vi löser det.

/Jenny

-----Ursprungligt meddelande-----
Från: Moa Lindell
Skickat: den 6 maj 2024 07:48
Till: Jenny Åhlund
Ämne: Ledighet hösten

Hej Jenny,
Jag vill förvarna om att jag kommer att behöva vara borta flera veckor i höst. Provsvaret från klinisk genetik kom i förra veckan, och jag bär på samma BRCA2-förändring som mamma hade. Jag har bestämt mig för de förebyggande operationerna, den första är planerad i oktober.
Jag berättar gärna för gruppen själv när det närmar sig, men inte än.

Moa`, 'genetic', 'health'),
  d(`Från: Jenny Åhlund
Skickat: den 7 maj 2024 09:00
Till: Personalen Onkologmottagningen
Ämne: Föreläsning om ärftlig cancer

Hej alla,
Klinisk genetik bjuder in till lunchföreläsning den 23 maj om ärftlig bröst- och äggstockscancer: när patienter ska remitteras för genetisk vägledning, hur BRCA-testning går till och vad ett positivt besked innebär för släktingar.

Föreläsare: genetisk vägledare från universitetssjukhuset.
Plats: Aulan, kl 12.00–12.45. Lunch serveras för anmälda.

Jenny Åhlund
Vårdenhetschef`),
  d(`Familjerätten – utdrag ur akt
Ärende: Faderskapsutredning, barn fött 2024-01-18
Modern: Jasmina Kovač
Uppgiven far: Omar Haddad

2024-03-02 Provtagning för DNA-analys genomförd vid Rättsmedicinalverket för barn och uppgiven far.
2024-04-10 Analysresultat: sannolikheten för faderskap är större än 99,99 %. Omar Haddad kan inte uteslutas som far.
2024-04-15 Bekräftelse av faderskap undertecknad av Omar Haddad, godkänd av modern.
Ärendet avslutas.

Handläggare: Familjerättssekreterare Sara Lönn`, 'genetic', 'social'),
  d(`Familjerätten informerar: Faderskap

När ett barn föds och föräldrarna inte är gifta med varandra utreder familjerätten vem som är far eller förälder. Oftast bekräftas faderskapet genom ett besök hos oss eller digitalt.

Om det finns osäkerhet kan en DNA-analys göras. Provet tas med en bomullspinne i munnen och analyseras av Rättsmedicinalverket. Analysen är kostnadsfri.

Boka tid: 0522-69 75 00.
Familjerätten, Lindesby kommun`),
  d(`Hej Annika,

Tack för att du ställde upp i går. Jag vet att det lät konstigt när jag gick så hastigt. Huntington finns i min släkt, pappa testade positivt förra året och nu väntar jag själv på svar från genetiska mottagningen. Svaret kommer i morgon, och jag kommer inte att klara av att sitta i möten då.

Kan du ta mitt pass på informationsdisken?

Tusen tack,
Maria`, 'genetic', 'health'),
  d(`Hej Annika,

Läste du artikeln i Läkartidningen om att regionen nu erbjuder presymtomatisk testning för fler ärftliga sjukdomar, till exempel Huntingtons sjukdom, utan egenavgift? Det kanske är något för vår temadag om etik i vården i höst. Genetisk vägledning är obligatorisk före testet enligt riktlinjerna.

Jag kan kontakta kliniken och fråga om någon vill komma och prata.

/Maria

PS. Glöm inte att fylla i tidrapporten innan den 25:e, annars kommer inte tilläggen med på lönen.`),
  d(`From: Sean O'Brien
To: Lotta Falk
Subject: re: Friday

Hi Lotta,

Sorry I was a bit off on Friday. My 23andMe results came back and it turns out I'm a carrier for cystic fibrosis. My partner is getting tested now too because we're trying for a baby, so I've been distracted. Nothing you need to do, I just wanted you to know.

Sean`, 'genetic'),
  d(`From: James Holt
Sent: Tuesday, 2 November 2024 16:14
To: Peter Walsh
Subject: FW: for info

See below. Could you have a look before Friday? I'm out tomorrow but on my phone.

James

---------- Forwarded message ----------
From: HR Policy Team
To: All managers
Subject: Genetic information and recruitment

Reminder: under Swedish law an employer may not ask for, use or act on the results of genetic tests, and must not ask an employee or applicant whether they have undergone genetic testing. This also applies to commercial DNA kits. If an employee volunteers such information, do not record it in the HR system.

HR Policy Team`),
  d(`Minnesanteckningar, elevhälsomöte Lärkskolan
Datum: 19 september
Närvarande: rektor, specialpedagog, skolsköterska, psykolog, klasslärare 1B

1. Ny elev i 1B: Viggo. Mamman har lämnat utlåtande från barnneurologen – han har fragilt X-syndrom, bekräftat genom gentest 2021. Han behöver bildstöd, förutsägbara övergångar och lugn plats för måltider. Assistent från v. 40.
2. Uppföljning av elever med åtgärdsprogram: se separat lista.
3. Hälsosamtal åk 4: planeras oktober.

Med vänliga hälsningar
Cecilia Norén
Utredare
Lindesby kommun
Besöksadress: Storgatan 14, 451 80 Lindesby
Växel: 0522-69 70 00

Detta e-postmeddelande är endast avsett för adressaten. Om du har fått det av misstag, vänligen meddela avsändaren och radera det.`, 'genetic', 'health'),
  d(`Från: Åsa Nordlund
Skickat: den 8 oktober 2024 16:36
Till: Patrik Lund
Ämne: VB: Underlag

Hej, skickar detta som underlag till mötet på onsdag. Dagordningen kommer separat.

/Åsa

-----Ursprungligt meddelande-----
Minnesanteckningar, elevhälsomöte Lärkskolan
Datum: 3 oktober

1. Kompetensdag om neuropsykiatriska funktionsnedsättningar och genetiska syndrom i skolan, 14 november, för all personal. Föreläsare från habiliteringen.
2. Uppföljning av elever med åtgärdsprogram: se separat lista.
3. Hälsosamtal åk 4 pågår.
4. Vaccinationsprogrammet åk 5: informationsbrev går ut vecka 42.`),
  d(`[WhatsApp-export] Syskon ❤️
2024-02-11

Jenny: fick svaret nu
Jenny: jag var negativ!
Karin: men vad skönt!! 😭
Karin: jag bär ju på den som du vet, så då är det bara jag och pappa
Jenny: ja. kolesterolet ska kollas på barnen när de är tio enligt läkaren
Karin: jag ska prata med min läkare om statiner i vår
Jenny: kram`, 'genetic', 'health'),
  d(`Nyhetsbrev från Regionens forskningsenhet

BIOBANKEN VÄXER
Regionens biobank innehåller nu över 2 miljoner prov. Prov som tas i vården sparas bara om patienten inte har motsatt sig det, och kan användas i forskning efter etikprövning.

NY STUDIE OM FAMILJÄR HYPERKOLESTEROLEMI
Studien ska kartlägga hur många i länet som har den ärftliga formen av högt kolesterol. Deltagarna rekryteras via vårdcentralerna.

Frågor: forskningsenheten@regionen.se`),
  d(`IT-supportärende #77102
Kategori: Passersystem
Anmält av: Vaktmästeriet, Rådhuset
Prioritet: Normal

Beskrivning: Anna Gren på Kommunikationsenheten kommer inte in genom dörren till serverrummet med fingeravtrycksläsaren sedan i tisdags. Loggen säger att hennes mall inte matchar.
Åtgärd 2024-04-17 (tekniker Rami): Raderat Annas sparade fingeravtrycksmall och registrerat om högra pekfingret och tummen. Testat, fungerar.
Status: Löst.`, 'biometric'),
  d(`Förfrågningsunderlag – Upphandling av passersystem, dnr KS 2024/117

Kravspecifikation (utdrag):
3.4 Systemet ska stödja kort, PIN-kod och, för särskilt skyddade utrymmen, fingeravtrycksläsare.
3.5 Biometriska mallar ska lagras krypterat i läsaren eller på kortet, inte centralt.
3.6 Leverantören ska bistå med underlag för konsekvensbedömning avseende dataskydd.
3.7 Systemet ska kunna logga alla passager i minst 90 dagar.

Frågor under anbudstiden ställs via upphandlingsverktyget.`),
  d(`Hej Lovisa,

Jonas Ek har nu fått sitt foto registrerat i ansiktsigenkänningen vid personalentrén på Logistikcentret, så han behöver inte använda kortet längre. Hans ansiktsmall är kopplad till behörighetsgrupp B (lager och lastkaj). Han har skrivit under samtycket.

Jag har även tagit bort den gamla bilden från kortsystemet.

/Hasse, säkerhetssamordnare

> Ronja skrev måndag 15 februari:
> Kan du skicka en kort uppdatering om läget? Tack på förhand!`, 'biometric'),
  d(`Hej Lovisa,

Inför beslutet om ansiktsigenkänning vid personalentrén har dataskyddsombudet lämnat sitt yttrande. Sammanfattning:

– Ansiktsigenkänning innebär behandling av biometriska uppgifter, som är känsliga personuppgifter.
– Frivillighet är svår att uppnå i ett anställningsförhållande, så ett alternativ med kort måste alltid finnas.
– En konsekvensbedömning ska göras innan systemet tas i drift.

Ärendet tas upp i ledningsgruppen 14 juni.
/Hasse, säkerhetssamordnare`),
  d(`Polisens PM till åklagare (utdrag), Ärende 5000-K12345-24
Brott: Inbrott i förråd, Kvarngatan 4

Fynd på platsen: vinflaska med fingeravtryck, säkrat av tekniker.
2024-03-20 Svar från NFC: fingeravtrycken på flaskan matchar Dennis Sjöberg, 29 år, som finns i registret sedan tidigare. Sjöberg har tidigare dömts för stöld.
Åtgärd: Sjöberg delges misstanke om grov stöld. Förhör planeras.

Förundersökningsledare: Inspektör K. Malm`, 'biometric', 'criminal-record'),
  d(`From: Customer Services, Kustvik Energy
To: Team leads
Subject: Voice verification – enrolment log

Hi,

Yesterday's enrolments in the voice authentication system:

- Customer 4470213, Mrs. Ingrid Jensen: voice print enrolled after three samples, verified OK.
- Customer 4470588, Mr. Leif Holm: enrolment failed (background noise), retry scheduled.

Please remind agents to read the consent script before recording.

CS Operations`, 'biometric'),
  d(`From: Customer Services, Kustvik Energy
To: All customers (newsletter)
Subject: New: verify yourself with your voice

We're introducing voice verification on our customer service line. If you choose to enrol, we create a voice print from a short phrase, so you don't have to answer security questions each time you call.

Enrolment is voluntary and you can delete your voice print at any time.

Kustvik Energy`),
  d(`Från: Olivia Sandahl
Skickat: den 23 februari 2024 13:46
Till: Birgitta Ahl
Ämne: VB: Se nedan

Se nedan, kommer från min kollega. Hör av dig direkt till henne om du har frågor.

/Olivia

-----Ursprungligt meddelande-----
Hej,

Labbet på plan 2 har nu gått över till irisskanning för inpassering till renrummet. Följande personer är registrerade: Dr Helena Krantz, ingenjör Anders Falk och doktorand Mei Lin. Tekniker som ska in måste registrera sina ögon hos säkerhetsavdelningen i förväg, det tar fem minuter.

Mei Lins registrering behövde göras om eftersom hon bär linser.

/Säkerhetsavdelningen`, 'biometric'),
  d(`Hej Emir,

Här är en sammanfattning av handläggningen:

Din ansökan om förlängt uppehållstillstånd är registrerad. Dina fingeravtryck och ditt fotografi togs vid besöket på servicecentret i Göteborg den 4 mars och är kopplade till ansökan. Du behöver inte lämna nya.

Handläggningstiden är för närvarande cirka sex månader.

Med vänlig hälsning
Handläggare, Enheten för arbetstillstånd`, 'biometric'),
  d(`Hej vårdnadshavare i åk 4,

Matsalen på Ekskolan har ett system där eleverna registrerar sig med fingeravtryck när de tar mat. Några har frågat om det:

Saras mamma har bett oss ta bort Saras fingeravtryck ur systemet och använda ett matkort i stället. Det är gjort och mallen är raderad. Alice och Leon använder fortfarande fingeravtryck.

Hör av er om ni vill byta.
Kökschef Bodil`, 'biometric'),
  d(`Hej vårdnadshavare,

Skolans matsal inför i höst ett nytt registreringssystem där eleverna blippar ett kort när de tar mat, för att vi ska kunna planera portioner och minska matsvinnet. Vi har valt bort fingeravtrycksläsare efter diskussion med dataskyddsombudet.

Korten delas ut första skolveckan.
Kökschef Bodil

Detta e-postmeddelande kan innehålla information som är avsedd endast för mottagaren. Om du har fått det av misstag, meddela avsändaren och radera det.`),
  d(`Från: Henrik Möller
Skickat: den 16 oktober 2024 07:41
Till: Cecilia Norén
Ämne: VB: Fråga

Skickar vidare för kännedom. Vi tar det på måndagsmötet om det behövs.

/Henrik

-----Ursprungligt meddelande-----
Till: Löneadministration, Produktionsköket
Ämne: Stämpelklockan

Hej,
Stämpelklockan vid personalingången har inte godkänt Nikolas tumavtryck sedan han brände sig på ugnsplåten för två veckor sedan, han har fortfarande förband på handen. Vi har registrerat vänster tumme i stället, men hans tider för vecka 14 måste läggas in manuellt.

/Ingrid, kökschef`, 'biometric', 'health'),
  d(`Pressmeddelande från Polismyndigheten, region Väst

En 27-årig man har häktats misstänkt för det grova rånet mot tobaksaffären på Bangatan i Lindesby i januari. DNA-profilen från brottsplatsen har matchats mot mannen, som sedan tidigare finns i DNA-registret. Mannen förnekar brott. Förundersökningen leds av åklagare.

Polisen vill fortfarande komma i kontakt med vittnen som rörde sig i närheten av Bangatan mellan kl. 20 och 21 den 14 januari.

Presstjänsten

E-post till och från kommunen kan bli allmän handling.`, 'biometric', 'criminal-record'),
  d(`Hej Bodil och alla på ekonomienheten!

Tack för blommorna och den fina presenten, vi blev så glada. Bröllopet blev precis så lugnt och fint som vi hoppats, och min fru Karin ber mig hälsa att hon tänker bjuda er alla på tårta när hon kommer förbi kontoret i juni.

Jag är tillbaka på måndag. Fakturorna som kommit under veckan tar jag först.

Kram
Anna Sjödin
Redovisningsekonom`, 'sex-life'),
  d(`Hej Bodil och alla på ekonomienheten!

Tack för blommorna och den fina presenten till min 50-årsdag, jag blev så glad. Festen blev precis så lugn och fin som jag hoppats.

Jag är tillbaka på måndag. Fakturorna som kommit under veckan tar jag först, och årsbokslutet för stiftelserna ska vara klart till den 15:e.

Kram
Anna Sjödin
Redovisningsekonom`),
  d(`Familjehemsenheten – anteckning från uppföljningsbesök
Placerat barn: Ebba (9 år)
Familjehem: Lena Öst och hennes sambo Camilla Rask, Skogsbacken
Datum: 2024-03-22

Ebba trivs och har börjat på fotboll. Lena och Camilla berättar att hon sover bättre men fortfarande vaknar efter umgänget med mamman. Camilla tar de flesta skolkontakterna eftersom hon arbetar deltid.
Nästa besök: juni. Umgängesplanen ses över i april.

Familjehemssekreterare Jonna Ek`, 'sex-life', 'social'),
  d(`Från: HR-stöd
Till: Lönecenter
Ämne: Namnbyte

Hej,
Vår medarbetare på Gatukontoret, tidigare Johan Nilsson, byter namn till Johanna Nilsson från 1 maj efter sin könsbekräftande behandling. Nytt namn ska in i lönesystemet, på passerkortet och i e-postadressen. Hon vill att ändringen görs utan att det skickas ut något till hela förvaltningen.

Tack!
HR-stöd`, 'sex-life'),
  d(`Från: HR-stöd
Till: Alla chefer
Ämne: Ny riktlinje om namnbyte och e-postadresser

Hej,
Från 1 maj gäller en ny rutin när en medarbetare byter namn, oavsett anledning (giftermål, skilsmässa eller annat). Medarbetaren ändrar själv sitt namn hos Skatteverket och meddelar sedan HR. HR beställer ändring i lönesystem, passerkort och e-post. Den gamla e-postadressen vidarebefordras i sex månader.

HR-stöd`),
  d(`Från: Maria Tollin
Skickat: den 14 maj 2024 11:27
Till: Anders Lövgren
Ämne: VB: Info

Se nedan. Kan du titta på det innan fredag? Jag är på utbildning i morgon men nås på mobilen efter lunch.

/Maria

---------- Vidarebefordrat meddelande ----------
Hej Linda,

Jag vet inte riktigt vem jag ska vända mig till, men jag skriver till dig som chef. På julfesten i fredags tog Stefan från IT tag i mig flera gånger och försökte kyssa mig vid garderoben, och han har skickat meddelanden sedan dess om att jag "borde följa med hem nästa gång". Jag vill inte polisanmäla, men jag vill inte heller sitta i samma projekt som han.

Kan vi ses i morgon?

/Sandra`, 'sex-life'),
  d(`Hej Linda,

Inför julfesten vill jag påminna alla chefer om vår policy mot kränkande särbehandling och sexuella trakasserier. Den gäller även på fester och resor i tjänsten. Medarbetare som upplever trakasserier kan vända sig till sin chef, till HR eller till skyddsombudet, och chefen är skyldig att utreda.

Policyn finns på intranätet. Trevlig fest!

HR-avdelningen

Skickat från min iPhone`),
  d(`UTREDNING AV TRAKASSERIER – SAMMANFATTNING (konfidentiellt)
Anmälare: Sandra Ljung, Kommunikationsenheten
Anmäld: Stefan Axelsson, IT-enheten
Utredare: extern HR-konsult

Utredningen har funnit att Stefan Axelsson vid julfesten och därefter i sms har utsatt Sandra Ljung för sexuella trakasserier. Hans agerande bedöms som allvarligt. Arbetsgivaren har beslutat att ge honom en skriftlig varning och att han flyttas till ett annat projekt. Sandra har erbjudits samtalsstöd via företagshälsovården.

HR-chef Mattias Berg`, 'sex-life', 'hr-assessment'),
  d(`Från: Birgitta Ahl
Skickat: den 20 september 2024 15:10
Till: Cecilia Norén
Ämne: VB: För kännedom

Hej! Vidarebefordrar enligt vad vi pratade om i korridoren. Återkom om något är oklart.

/Birgitta

________________________________
Hej,

Jag vill informera om att vår medarbetare Ylva, som blev överfallen och våldtagen på väg hem från kvällspasset i oktober, har fått besked om att mannen som gjorde det nu åtalas. Rättegången blir i mars och hon kommer att vara borta de dagarna. Hon har gett mig tillåtelse att berätta det för ledningsgruppen, men ingen annan.

Vi behöver också se över hur kvällspersonalen tar sig hem.

/Katarina, verksamhetschef`, 'sex-life', 'criminal-record'),
  d(`From: Owen Clarke
To: Events team
Subject: RE: Annual dinner seating

Hi,

One correction to the guest list: Mats Lindgren is bringing his husband Mark, not "Mrs Lindgren" as it says on the place cards. Could you fix that before printing? Mark's a vegetarian too.

Thanks,
Owen`, 'sex-life'),
  d(`From: Owen Clarke
To: Events team
Subject: RE: Annual dinner seating

Hi,

For the place cards this year, let's just use first name and surname for everyone and drop titles like Mr/Mrs entirely. It's simpler and we avoid mistakes. Guests can bring a partner or a friend, whoever they like.

Vegetarian option to be marked on the RSVP form.

Thanks,
Owen`),
  d(`Hej mentorer i åk 8,

Information inför höstterminen, 8A:

Eleven som tidigare hette Alexandra har över sommaren berättat för oss och familjen att hon är en kille och vill kallas Alex och han. Vårdnadshavarna stöttar det. Alex vill att vi ändrar namn i Unikum och på närvarolistor men att vi inte gör något stort av det i klassen. Han byter om i det separata omklädningsrummet vid idrottshallen.

Hälsningar
Elevhälsan`, 'sex-life'),
  d(`Hej mentorer i åk 8,

Information inför höstterminen:

Skolan har från i år ett separat, enskilt omklädningsrum vid idrottshallen som alla elever kan använda om de vill, oavsett anledning. Vi har också uppdaterat skolans plan mot diskriminering och kränkande behandling, där diskrimineringsgrunderna könsidentitet och sexuell läggning nu finns med i kartläggningen.

Planen finns i Unikum.
Elevhälsan`),
  d(`Chatt "Tjejerna på vån 3" (export)

12:10 Mia: har ni hört om Therese och killen från ekonomi
12:11 Sofia: nej??
12:11 Mia: de har legat med varandra sen personalfesten och hennes sambo vet ingenting
12:12 Sofia: shit
12:13 Anette: kan vi sluta skriva om sånt här i jobbchatten tack
12:13 Mia: sorry 🙊
12:20 Anette: möte 13.00 om budgeten, glöm inte`, 'sex-life'),
  d(`PRIDE 2024

Kommunen deltar i Pride-paraden lördag 3 augusti. Alla medarbetare är välkomna att gå med under kommunens flagga. Samling kl 12 vid Stortorget. T-shirts delas ut.

Under Pride-veckan arrangerar biblioteket föreläsningar om HBTQI-personers historia i Sverige och ett samtal om äldre HBTQI-personers behov inom äldreomsorgen.

Kommunikationsavdelningen

> Från: Cecilia Norén
> Skickat: den 7 november 2024 17:55
> Ämne: Fråga
> Hej, har du hunnit titta på det här? Jag behöver ett svar innan ledningsgruppen på måndag.
> /Cecilia`),
  d(`Från: Skolsekreteraren, Almskolan
Till: Mentorer
Ämne: Klasslistor och skyddade personuppgifter

Hej,
Innan klasslistorna med adresser och telefonnummer skickas till klassföräldrarna: eleven Nova Berg i 3A har skyddade personuppgifter. Hennes namn får finnas med men ingen adress, inget telefonnummer och inget om vilket fritids hon går på. Hämtningsrutinen för henne finns hos mig, och ingen annan än mamma får hämta.

Kontakta mig innan ni skickar något om Nova utanför skolan.

Karin, skolsekreterare`, 'protected-identity'),
  d(`Från: Skolsekreteraren, Almskolan
Till: Mentorer
Ämne: Rutin: klasslistor

Hej,
Påminnelse om rutinen för klasslistor:
– Klasslistor med kontaktuppgifter delas bara med vårdnadshavares samtycke.
– Elever med skyddade personuppgifter får aldrig finnas med på listor som lämnar skolan. Kontrollera alltid med mig innan en lista skickas ut.
– Listor skickas via lärplattformen, inte som bilaga i e-post.

Karin, skolsekreterare`),
  d(`Från: Therese Wall
Skickat: den 20 november 2024 16:05
Till: Henrik Möller
Ämne: VB: Underlag

För kännedom. Spara gärna i rätt mapp i ärendet så att det inte försvinner i inkorgen.

/Therese

-----Ursprungligt meddelande-----
Journalanteckning, Distriktssköterskemottagningen Väster
Patient: se journalhuvud (sekretessmarkering)
2024-02-19

OBS! Patienten har sekretessmarkering i folkbokföringen. Hembesök görs endast efter överenskommelse via telefon, adressen ska inte skrivas i kallelser eller remisser. Dagens besök: såromläggning vänster underben, såret läker bättre. Fortsatt omläggning två gånger per vecka.

Dsk Lina Hård`, 'protected-identity', 'health'),
  d(`Ärende i Treserva, Socialtjänstens mottagning
Datum: 2024-04-02

Klienten (kvinna, 34 år) och hennes två barn flyttades i går kväll till skyddat boende efter beslut av socialjouren. Placeringen betalas av socialtjänsten. Adressen till boendet får inte lämnas ut till någon, inte heller till pappan eller andra anhöriga. Ansökan om skyddade personuppgifter skickas till Skatteverket i dag.

Handläggare: Maria Sten

PS. Glöm inte att fylla i tidrapporten innan den 25:e, annars kommer inte tilläggen med på lönen.`, 'social', 'protected-identity'),
  d(`Från: Maria Tollin
Skickat: den 23 maj 2024 12:59
Till: Elin Wester
Ämne: VB: För kännedom

Hej, jag fick det här i min inkorg men tror att det egentligen ska till dig. Ursäkta om det blir dubbelt.

/Maria

---------- Vidarebefordrat meddelande ----------
Hej,

Skatteverket har beviljat kvarskrivning för Hanna Eklund, som alltså fortsatt är folkbokförd här i Lindesby fast hon bor på annan ort. Post till henne ska skickas via Skatteverkets förmedling. Hennes nuvarande kommun ska inte nämnas i något dokument som går till hennes tidigare sambo eller hans advokat i vårdnadsmålet.

/Familjerätten

> Från: Patrik Lund
> Skickat: den 21 februari 2024 10:32
> Ämne: Fråga
> Hej, har du hunnit titta på det här? Jag behöver ett svar innan ledningsgruppen på fredag.
> /Patrik`, 'protected-identity'),
  d(`From: HR Shared Services
To: Payroll team
Subject: Employee with protected personal data

Hi,

New hire starting 1 June at the Environmental Office: Lea Sandberg. She has protected personal data (sekretessmarkering). Payslips must not be posted to any address – use the digital mailbox only. Her address must not appear in the HR system's visible fields, and she should be excluded from the internal phone directory and any photo on the intranet.

Thanks,
HR Shared Services`, 'protected-identity'),
  d(`From: HR Shared Services
To: Payroll team
Subject: Routine for protected personal data

Hi,

Attached is the updated routine for handling employees with protected personal data. In short: only two named payroll staff have access to the flagged records; no addresses are printed; payslips go to the digital mailbox; and photos and phone numbers are excluded from internal directories. The routine applies to all three types: sekretessmarkering, kvarskrivning and fingerade personuppgifter.

HR Shared Services`),
  d(`Hej,

Vi har fått en förfrågan från Skatteverket gällande den nyanställda på förvaltningen. Hon lever sedan i våras med fingerade personuppgifter, och det namn och födelsedatum hon använder hos oss är alltså inte de ursprungliga. Vi ska inte försöka ta reda på de tidigare uppgifterna, och inget om detta ska noteras i personalakten.

Detta får bara du och jag känna till.

/Personalchefen

PS. Kaffemaskinen på plan 2 är lagad nu, tack till den som felanmälde.`, 'protected-identity'),
  d(`Från: Ronja Edh
Skickat: den 23 oktober 2024 17:06
Till: Anders Lövgren
Ämne: VB: Inför mötet

Skickar det här till dig också eftersom du är min ersättare nästa vecka.

/Ronja

---------- Vidarebefordrat meddelande ----------
Chatt – Förskolan Humlan, avdelning Solen (export)

08:15 Jenny: god morgon! Rebecka kommer med Elton 9.30 i dag
08:16 Malin: ok. kom ihåg att Elton har skyddad adress, så vi skickar inte hem fotoalbumet med posten som de andra, vi ger det till Rebecka här
08:16 Jenny: stämmer, och han ska inte vara med på bilderna till webben
08:17 Malin: precis
08:40 Jenny: vi går till skogen kl 10`, 'protected-identity'),
  d(`Information från Skatteverket

Om du eller någon i din familj utsätts för hot kan du ansöka om skyddade personuppgifter. Det finns tre former:
– sekretessmarkering, som är en varningssignal vid utlämnande av uppgifter
– skyddad folkbokföring (tidigare kvarskrivning), där du är folkbokförd på en annan ort
– fingerade personuppgifter, som beslutas av Polismyndigheten

Ansökan görs skriftligt. Läs mer på Skatteverkets webbplats.`),
  d(`Heroma – Personalkort (utdrag)
Namn: Jelena Marković
Anställningsform: Tillsvidare
Enhet: Vård- och omsorgsboendet Linden
Adress: [skyddad]
Skyddad identitet: JA – sekretessmarkering. Uppgifter lämnas inte ut. Kontakta HR-chef vid förfrågan.
Närmast anhörig: [ej registrerad]

Utskrivet av: Lönehandläggare, 2024-05-06`, 'protected-identity'),
  d(`Från: Ida Lagerlöf
Skickat: den 5 oktober 2024 11:18
Till: David Ström
Ämne: VB: Fråga

Bara så att du har det. Ingen brådska, men svara gärna innan sommaruppehållet.

/Ida

-----Ursprungligt meddelande-----
Hej Emma,

Inför planeringen av proven under vårterminen: familjen Rosenberg i 9B har frågat om provet i kemi kan flyttas från den 23 april, eftersom det är första dagen av pesach och Daniel inte är i skolan då. De firar med släkten i Göteborg. Kan vi lägga det på omprovstillfället?

/Lena, mentor 9B

> Lars skrev torsdag 8 oktober:
> Kan du skicka en kort uppdatering om läget? Tack på förhand!`, 'religion'),
  d(`Från: Niklas Berglund
Skickat: den 3 januari 2024 09:40
Till: Ida Lagerlöf
Ämne: VB: Se nedan

Tack för i går. Här är mejlet jag nämnde, längst ner i tråden.

/Niklas

---------- Vidarebefordrat meddelande ----------
Hej Emma,

Inför planeringen av proven under vårterminen: enligt skolans riktlinje ska prov i möjligaste mån inte läggas på dagar då större religiösa högtider infaller, till exempel pesach, eid al-fitr eller ortodox påsk. Kalendern med högtiderna för i år finns i lärarrummet.

/Lena, mentor 9B

> Från: Patrik Lund
> Skickat: den 19 oktober 2024 08:04
> Ämne: Fråga
> Hej, har du hunnit titta på det här? Jag behöver ett svar innan ledningsgruppen på måndag.
> /Patrik`),
  d(`Hej Janne,

Yasmin i nattpatrullen frågade om hon kan jobba dagpass de närmaste fyra veckorna. Hon fastar under ramadan och säger att det blir för tufft att köra bil och lyfta på natten utan att ha ätit. Hon byter gärna med Kevin som ville ha fler nätter.

Schemat behöver vara klart på fredag.

/Tanja, schemaläggare

> Ulrika skrev tisdag 19 augusti:
> Kan du skicka en kort uppdatering om läget? Tack på förhand!`, 'religion'),
  d(`Från: Gunilla Sved
Skickat: den 23 februari 2024 15:56
Till: Ida Lagerlöf
Ämne: VB: Underlag

Hej! Jag städar i inkorgen inför semestern och hittade det här, skickar vidare så att det inte tappas bort.

/Gunilla

---------- Vidarebefordrat meddelande ----------
Hej Janne,

Påminnelse om att stilla rummet på plan 1 kan bokas av alla medarbetare för bön, meditation eller en stunds vila. Det är öppet dygnet runt. Boka via Outlook-resursen "Stilla rummet". Håll det rent och tyst.

/Tanja, lokalansvarig

> Elin skrev torsdag 9 mars:
> Kan du skicka en kort uppdatering om läget? Tack på förhand!`),
  d(`Intern anteckning – Kundtjänst bygglov

Sökande: Samuel Eriksson, Fastigheten Granen 3
Ärende: Komplettering
Sökanden har ringt och bett att vi inte bokar platsbesöket på en söndag. Han är aktiv i Pingstkyrkan och predikar där på söndagarna, och han vill inte arbeta eller ta emot besök då. Vi har bokat tisdag 16 april kl 10 i stället.

Handläggare: Tove

Detta e-postmeddelande kan innehålla information som är avsedd endast för mottagaren. Om du har fått det av misstag, meddela avsändaren och radera det.`, 'religion'),
  d(`Subject: Leave request – November

Hi Claire,

Raj has asked for 1 and 4 November off. He'll be celebrating Diwali with his family at the temple in Stockholm and hosting relatives for the weekend. I've approved it in the system – just flagging so you can plan the team meeting around it.

Thanks,
Ben`, 'religion'),
  d(`Subject: Holiday calendar for team planning

Hi Claire,

HR has published a multi-faith calendar for 2024 on the intranet, listing major festivals such as Diwali, Eid, Hanukkah, Orthodox Easter and Vesak. It's meant to help us avoid scheduling important meetings on those days. Staff can take leave as usual.

Thanks,
Ben`),
  d(`Från: Jonas Frisk
Skickat: den 9 januari 2024 10:25
Till: Henrik Möller
Ämne: VB: Se nedan

Vidarebefordrar. Jag har inte hunnit läsa allt själv än, vi kan prata om det på avstämningen kl 14.

/Jonas

________________________________
Överrapportering, Kirurgavdelning 7
Patient sal 4, kvinna 68 år, inför höftoperation i morgon

OBS: Patienten är Jehovas vittne och har skriftligt tackat nej till blodtransfusion, även i livshotande läge. Narkosläkaren är informerad och blodsparande teknik planeras. Hb i dag 118.
Fastande från midnatt. Premedicinering enligt ordination.

Natt-ssk: Pia`, 'religion', 'health'),
  d(`Hej!

Jag vill bara meddela att jag har gått ur Svenska kyrkan nu, så ni kan ta bort mig från listan över personal som kan hjälpa till vid kyrkans julkonsert för de boende. Det känns inte rätt att vara med längre. Jag hjälper gärna till med annat.

Hälsningar
Birgit, undersköterska, Äppelgården

E-post till och från kommunen kan bli allmän handling.`, 'religion'),
  d(`Från: David Ström
Skickat: den 7 november 2024 07:06
Till: Jonas Frisk
Ämne: VB: Fråga

Hej, skickar detta som underlag till mötet på onsdag. Dagordningen kommer separat.

/David

---------- Vidarebefordrat meddelande ----------
Hej!

Svenska kyrkan i Lindesby bjuder in de boende på Äppelgården till julkonsert i kyrkan den 15 december. Vi behöver personal som följer med, två från varje avdelning. Anmäl er till mig senast 1 december. Det är frivilligt och ni behöver inte vara medlemmar.

Hälsningar
Birgit, aktivitetssamordnare`),
  d(`Hej kökspersonalen på Vallaskolan,

En uppdatering inför terminen: Muhammad i 2B ska inte äta fläskkött av religiösa skäl, och Hanna i 4A äter koscher enligt önskemål från familjen, så hon tar med egen lunch vissa dagar. Blanketterna från vårdnadshavarna ligger i specialkostpärmen.

Tack!
Susanne, skolsköterska

Skickat från min iPhone`, 'religion'),
  d(`Från: Niklas Berglund
Skickat: den 18 oktober 2024 17:12
Till: Anders Lövgren
Ämne: VB: Se nedan

Se nedan, kommer från min kollega. Hör av dig direkt till henne om du har frågor.

/Niklas

________________________________
Hej kökspersonalen på Vallaskolan,

Blanketten för specialkost är uppdaterad. Vårdnadshavare kan nu kryssa i: vegetarisk kost, fläskfri kost, laktosfri kost, glutenfri kost eller annan specialkost (läkarintyg krävs vid allergi). Blanketten lämnas till skolsköterskan.

Tack!
Susanne, skolsköterska`),
  d(`Hej Ulf,

Jag vill ansöka om ledighet fredag 7 juni. Min dotter Alma konfirmeras i Heliga Trefaldighets kyrka den dagen, och vi har släkten här hela helgen.

Jag tar det som semester.

Mvh Peter
Brandman, Station Norr`, 'religion'),
  d(`Till alla medarbetare på Miljöförvaltningen

Det är med stor sorg vi meddelar att vår kollega Anton Kowalski har gått bort efter en kort tids sjukdom. Anton var med oss i 22 år.

Begravningsmässan hålls enligt katolsk ritual i S:t Eriks kyrka fredag 17 maj kl 11. Familjen välkomnar kollegor som vill delta. Vi samlas för ett minnesstund i personalrummet torsdag kl 15.

Förvaltningschefen

> Från: Cecilia Norén
> Skickat: den 12 februari 2024 15:19
> Ämne: Fråga
> Hej, har du hunnit titta på det här? Jag behöver ett svar innan ledningsgruppen på onsdag.
> /Cecilia`, 'religion', 'health'),
  d(`Från: Jonas Frisk
Skickat: den 6 april 2024 17:24
Till: Therese Wall
Ämne: VB: Info

Skickar vidare för kännedom. Vi tar det på måndagsmötet om det behövs.

/Jonas

---------- Vidarebefordrat meddelande ----------
Hej Sara,

Amina har frågat om hon kan få en tunika med längre ärm och en huvudduk i samma material som arbetskläderna, eftersom hon bär hijab och vill att det ska följa hygienreglerna. Vårdhygien säger att det går bra om duken tvättas som de andra arbetskläderna. Kan du beställa?

/Malin, enhetschef

> Från: Viktor Adolfsson
> Skickat: den 20 augusti 2024 07:19
> Ämne: Fråga
> Hej, har du hunnit titta på det här? Jag behöver ett svar innan ledningsgruppen på fredag.
> /Viktor`, 'religion'),
  d(`Från: Therese Wall
Skickat: den 22 juni 2024 14:28
Till: Viktor Adolfsson
Ämne: VB: Info

Se nedan. Kan du titta på det innan fredag? Jag är på utbildning i morgon men nås på mobilen efter lunch.

/Therese

---------- Vidarebefordrat meddelande ----------
Hej Sara,

Vårdhygien har tagit fram nya riktlinjer för arbetskläder: korta ärmar, inga smycken på händer och underarmar, håret uppsatt. Huvudduk eller turban är tillåten om den tvättas enligt samma rutiner som övriga arbetskläder och stoppas innanför tunikan. Leverantören har en sådan modell i sortimentet.

/Malin, enhetschef

> Stefan skrev onsdag 17 februari:
> Kan du skicka en kort uppdatering om läget? Tack på förhand!`),
  d(`Från: Studie- och yrkesvägledare, Nyboskolan
Till: Modersmålsenheten
Ämne: Modersmål för ny elev i 7B

Hej,
Vi har fått en ny elev i 7B, Hodan Ali. Familjen kom från Somalia 2009 och bodde i Norge några år innan de flyttade hit. Hodan pratar somaliska hemma och vill gärna läsa det som modersmål, hon har läst det tidigare i Norge. Finns det plats i gruppen på onsdagar?

Vänliga hälsningar
Nadja, SYV`, 'ethnic-origin'),
  d(`Från: Modersmålsenheten
Till: Alla skolor
Ämne: Anmälan till modersmålsundervisning

Hej,
Anmälan till modersmålsundervisning för nästa läsår görs av vårdnadshavare via e-tjänsten senast 15 maj. Vi erbjuder i dag undervisning i 34 språk, bland annat arabiska, somaliska, dari, bosniska/kroatiska/serbiska och finska. Elever som tillhör en nationell minoritet har rätt till undervisning även om språket inte används dagligen i hemmet.

Modersmålsenheten`),
  d(`Från: Åsa Nordlund
Skickat: den 9 april 2024 07:02
Till: Jonas Frisk
Ämne: VB: Inför mötet

Hej! Vidarebefordrar enligt vad vi pratade om i korridoren. Återkom om något är oklart.

/Åsa

-----Ursprungligt meddelande-----
Hej Jörgen,

Nils-Anders har ansökt om tjänstledighet 20 juni till 10 juli. Han är same och hans familj har renskötsel i Västerfjällets sameby, och det är kalvmärkning då. Han har gjort så alla år och kollegorna vet om det, så jag tänker bevilja. Säg till om du ser något hinder.

/Ylva, enhetschef Park och natur

> Från: Viktor Adolfsson
> Skickat: den 4 augusti 2024 10:45
> Ämne: Fråga
> Hej, har du hunnit titta på det här? Jag behöver ett svar innan ledningsgruppen på fredag.
> /Viktor`, 'ethnic-origin'),
  d(`Från: Henrik Möller
Skickat: den 22 januari 2024 13:14
Till: Elin Wester
Ämne: VB: Inför mötet

För kännedom. Spara gärna i rätt mapp i ärendet så att det inte försvinner i inkorgen.

/Henrik

-----Ursprungligt meddelande-----
Hej Jörgen,

Kommunen ingår sedan 2010 i förvaltningsområdet för samiska språket. Det innebär att vi ska erbjuda förskola och äldreomsorg helt eller delvis på samiska och att enskilda har rätt att använda samiska i kontakter med kommunen. Samrådsmöte med samiska företrädare hålls två gånger per år, nästa i september.

/Ylva, minoritetssamordnare

> Olivia skrev torsdag 3 februari:
> Kan du skicka en kort uppdatering om läget? Tack på förhand!`),
  d(`Från: Ulrika Palm
Skickat: den 26 september 2024 15:27
Till: Karin Ehn
Ämne: VB: Fråga

Hej, jag fick det här i min inkorg men tror att det egentligen ska till dig. Ursäkta om det blir dubbelt.

/Ulrika

________________________________
Anteckning, Socialtjänsten – Barn och unga
Datum: 2024-01-29

Telefonsamtal med mamman. Familjen är romer och mamman har tidigare haft dåliga erfarenheter av socialtjänsten. Hon önskar att den romska brobyggaren på skolan, Django, är med på nästa möte. Handläggaren har bokat möte 6/2 med brobyggaren närvarande. Ärendet gäller skolfrånvaro för äldsta sonen.

Handläggare: Ingela Ström`, 'ethnic-origin', 'social'),
  d(`Från: Olivia Sandahl
Skickat: den 25 september 2024 11:48
Till: Fredrik Holmgren
Ämne: VB: Inför mötet

Skickar det här till dig också eftersom du är min ersättare nästa vecka.

/Olivia

---------- Vidarebefordrat meddelande ----------
Informationsblad: Romska brobyggare

Kommunen har två romska brobyggare som arbetar i skolan och socialtjänsten. De kan vara ett stöd i kontakten mellan romska familjer och kommunens verksamheter, och de har själva erfarenhet av romsk kultur och språk. Alla familjer kan be om att en brobyggare deltar i möten.

Kontakt via Minoritetssamordnaren.

> Från: Ida Lagerlöf
> Skickat: den 18 april 2024 14:04
> Ämne: Fråga
> Hej, har du hunnit titta på det här? Jag behöver ett svar innan ledningsgruppen på onsdag.
> /Ida`),
  d(`From: Anna Lindqvist
To: Peer support group – Region North
Subject: notes from Tuesday

Hi all,

A few notes from Tuesday's session:

- We talked about sleep and shift work again. Everyone agreed the rota change helped.
- Senait shared that she still has family back home in Eritrea and sends money every month, which is partly why she takes so many extra shifts. She's fine with the group knowing but asked that it goes no further.
- Next session: 14 May, same room.

Anna`, 'ethnic-origin'),
  d(`From: Anna Lindqvist
To: Peer support group – Region North
Subject: notes from Tuesday

Hi all,

- We talked about sleep and shift work.
- Senait told us about the water project in Eritrea that the regional hospital supports; she's been coordinating the equipment donations for two years and went there in March to hand over the ultrasound machines.
- Next session: 14 May, same room.

Anna`),
  d(`Från: Karin Ehn
Skickat: den 19 februari 2024 09:14
Till: Lars Bäckman
Ämne: VB: Underlag

Bara så att du har det. Ingen brådska, men svara gärna innan sommaruppehållet.

/Karin

-----Ursprungligt meddelande-----
Hej Tomas,

Angående tolken till mötet med familjen Hadžić på torsdag: boka gärna en bosniska-tolk som inte bor här i kommunen. Mamman har sagt att hennes rötter i Bosnien gör att hon är orolig för vad folk i föreningen ska få veta, och vi har lovat att ta hänsyn till det.

/Eva, boendestödjare

> Henrik skrev onsdag 4 augusti:
> Kan du skicka en kort uppdatering om läget? Tack på förhand!`, 'ethnic-origin'),
  d(`Från: Niklas Berglund
Skickat: den 26 november 2024 07:54
Till: Maria Tollin
Ämne: VB: Fråga

Tack för i går. Här är mejlet jag nämnde, längst ner i tråden.

/Niklas

________________________________
Hej Tomas,

Ny rutin för tolkbokning: boka alltid via tolkförmedlingen med avtal, ange språk och, om den enskilde önskar, dialekt eller kön på tolken. Telefontolk kan användas vid korta samtal. Be om en tolk som inte bor i kommunen om den enskilde önskar det.

/Eva, samordnare

> Från: Ronja Edh
> Skickat: den 2 maj 2024 13:34
> Ämne: Fråga
> Hej, har du hunnit titta på det här? Jag behöver ett svar innan ledningsgruppen på torsdag.
> /Ronja`),
  d(`Från: Patrik Lund
Skickat: den 10 augusti 2024 07:24
Till: Henrik Möller
Ämne: VB: Se nedan

Hej! Jag städar i inkorgen inför semestern och hittade det här, skickar vidare så att det inte tappas bort.

/Patrik

---------- Vidarebefordrat meddelande ----------
Biståndsbeslut – Äldreomsorg
Sökande: Aila Koskinen, 86 år
Beslut: Särskilt boende beviljas. Plats erbjuds på Koivukoti, avdelningen med finskspråkig personal, eftersom Aila är sverigefinne och framför allt talar finska sedan demenssjukdomen förvärrades.
Beslutsdatum: 2024-02-08
Handläggare: Biståndshandläggare Tuula Ek

> Maria skrev fredag 7 mars:
> Kan du skicka en kort uppdatering om läget? Tack på förhand!`, 'ethnic-origin', 'social', 'health'),
  d(`Från: Åsa Nordlund
Skickat: den 4 augusti 2024 14:11
Till: Anders Lövgren
Ämne: VB: För kännedom

Vidarebefordrar. Jag har inte hunnit läsa allt själv än, vi kan prata om det på avstämningen kl 14.

/Åsa

-----Ursprungligt meddelande-----
Koivukoti – ett boende med finsk profil

Koivukoti är kommunens särskilda boende med finskspråkig profil inom förvaltningsområdet för finska. Här finns personal som talar finska, finska tidningar, finsk mat och sauna. Boendet har 24 platser. Ansökan görs hos biståndshandläggare.

Välkommen på öppet hus 12 maj!

> Från: Niklas Berglund
> Skickat: den 12 september 2024 12:48
> Ämne: Fråga
> Hej, har du hunnit titta på det här? Jag behöver ett svar innan ledningsgruppen på onsdag.
> /Niklas`),
  d(`Från: Ida Lagerlöf
Skickat: den 17 januari 2024 15:03
Till: Cecilia Norén
Ämne: VB: Se nedan

Hej, skickar detta som underlag till mötet på onsdag. Dagordningen kommer separat.

/Ida

________________________________
Hej,

Vi söker en undersköterska till Saarikoski hemtjänstgrupp. Erkki, som har jobbat här i femton år, går i pension i augusti. Han är tornedaling och har pratat meänkieli med flera av brukarna, så det vore fint om efterträdaren också kan språket.

Annonsen går ut nästa vecka.
/Marja, enhetschef`, 'ethnic-origin'),
  d(`Från: Henrik Möller
Skickat: den 4 januari 2024 10:12
Till: Åsa Nordlund
Ämne: VB: För kännedom

Se nedan, kommer från min kollega. Hör av dig direkt till henne om du har frågor.

/Henrik

-----Ursprungligt meddelande-----
LEDIG TJÄNST: Undersköterska, hemtjänst Saarikoski

Kommunen ingår i förvaltningsområdet för meänkieli och finska. Vi ser gärna att du talar meänkieli eller finska. Heltid, dagtid med helgtjänstgöring var tredje helg.

Sista ansökningsdag: 31 maj. Kontakt: Marja Aho, enhetschef.

> Elin skrev måndag 9 september:
> Kan du skicka en kort uppdatering om läget? Tack på förhand!`),
  d(`Subject: Mentor match – Welcome programme

Hi Jonas,

I'd suggest pairing Ahmed with Diyar from Planning. Ahmed is of Kurdish descent, grew up partly in Erbil and said in his interview that it would help to have someone who understands both cultures in his first months. Diyar has offered to be a mentor before.

Let me know what you think.

Fatima
HR Coordinator`, 'ethnic-origin'),
  d(`Subject: Mentor match – Welcome programme

Hi Jonas,

The welcome programme for new staff starts on 2 September. Every new hire gets a mentor from another department for six months. Mentors sign up via the intranet and get a half-day training. We try to match on profession and interests.

Fatima
HR Coordinator`),
  d(`Från: Upphandlingsenheten
Till: Utvärderingsgruppen, Skolskjuts 2025
Ämne: Anbuden har kommit in

Hej,
Anbudstiden gick ut i går och vi har fått in fem anbud. Observera att anbuden omfattas av absolut sekretess enligt 19 kap. 3 § OSL till dess att tilldelningsbeslut har fattats. Ni får inte diskutera priser eller vilka som lämnat anbud med någon utanför gruppen, inte heller med kollegor eller leverantörer som ringer.

Utvärderingsmöte torsdag 9.00.

Björn Tall, upphandlare`, 'secrecy'),
  d(`Från: Upphandlingsenheten
Till: Alla beställare
Ämne: Utbildning: offentlighet och sekretess i upphandling

Hej,
Den 24 april håller kommunjuristen en utbildning om offentlighetsprincipen och sekretess i upphandling: när anbud blir allmänna handlingar, hur sekretessprövning går till och hur man hanterar begäran om utlämnande efter tilldelning.

Anmälan till upphandlingsenheten.
Björn Tall, upphandlare`),
  d(`Till: Valnämndens presidium, räddningstjänsten, säkerhetschefen
Ämne: Säkerhetsplan valnatten

Bifogat finns den uppdaterade säkerhetsplanen för rösträkningen på valnatten. Planen är sekretessprövad och omfattas av sekretess enligt 18 kap. 8 § OSL. Den får inte lämnas ut eller vidarebefordras, och utskrifter ska förvaras inlåsta.

Genomgång på måndag kl 10 i rum 214.

Säkerhetschefen`, 'secrecy'),
  d(`Från: Kanslienheten
Ämne: VB: Utredning – Elias 14 år

Hej Lena,
Skickar vidare enligt överenskommelse med din chef.

OBS! Uppgifterna nedan omfattas av sekretess enligt 26 kap. 1 § OSL och får inte lämnas vidare.

> Utdrag från utredningen: Elias har varit placerad i jourhem sedan februari. Umgänget med föräldrarna sker med stöd. Skolan har informerats om att Elias inte får hämtas av andra än jourhemmet.`, 'secrecy', 'social'),
  d(`From: Fiona Grant
Sent: Tuesday, 21 February 2024 11:06
To: Chris Dunn
Subject: FW: fyi

FYI, as discussed this morning. Let me know if anything is unclear.

Fiona

---------- Forwarded message ----------
From: Crisis Management Office
To: Emergency preparedness group
Subject: Risk and vulnerability analysis 2024

Attached is the final risk and vulnerability analysis. The annex listing critical water and power facilities is classified under Chapter 18, Section 13 of the Public Access to Information and Secrecy Act and must not be shared outside this group or stored on personal devices. The main report is public.

Crisis Management Office`, 'secrecy'),
  d(`Svar på begäran om allmän handling

Hej,
Tack för din begäran av den 3 april om att få ta del av protokollen från krisledningsnämnden.

Handlingarna har sekretessprövats. Protokollen lämnas ut med vissa maskeringar: uppgifter om kommunens krisberedskap i bilaga 2 omfattas av sekretess enligt 18 kap. 13 § OSL. Du kan begära ett överklagbart beslut om du inte är nöjd.

Registrator, Kommunledningskontoret`, 'secrecy'),
  d(`Så begär du ut allmänna handlingar

Du har rätt att ta del av allmänna handlingar hos kommunen. Du behöver inte säga vem du är eller varför du vill ha handlingen. Begäran görs till registrator via e-post eller telefon.

Innan en handling lämnas ut gör vi en sekretessprövning. Om vi inte lämnar ut hela eller delar av handlingen kan du begära ett skriftligt beslut och överklaga det.

Första nio sidorna är gratis, därefter 50 kr plus 2 kr per sida.

Registrator, Kommunledningskontoret`),
  d(`Hej!

Här kommer protokollet från styrgruppsmötet i går, bifogat som PDF. Nästa möte är 12 juni.

Vänliga hälsningar
Annika Bergman
Projektledare, Kommunledningskontoret
Tel 0522-69 70 41

Detta e-postmeddelande och eventuella bilagor kan innehålla konfidentiell information och är endast avsett för adressaten. Om du har fått meddelandet av misstag, vänligen meddela avsändaren och radera meddelandet. E-post till kommunen blir som regel allmän handling.`),
  d(`Hej Maja (mentor 6B),

Från elevhälsan: Vi har haft ett möte med Lukas och hans pappa om magsmärtorna och huvudvärken. Skolsköterskan har remitterat till BUP för utredning av ångest. Han ska få gå ut en stund när han behöver.

Det här är ur elevhälsans journal och omfattas av sekretess enligt 25 kap. 1 § OSL. Du får veta det för att kunna anpassa i klassrummet, inget mer.

/Kuratorn

PS. Glöm inte att fylla i tidrapporten innan den 25:e, annars kommer inte tilläggen med på lönen.`, 'health', 'secrecy'),
  d(`Från: Jonas Frisk
Skickat: den 27 februari 2024 07:22
Till: Viktor Adolfsson
Ämne: VB: Fråga

Skickar vidare för kännedom. Vi tar det på måndagsmötet om det behövs.

/Jonas

________________________________
Hej Maja (mentor 6B),

Påminnelse från elevhälsan: Elevhälsans medicinska och psykologiska insatser dokumenteras i journal som omfattas av sekretess. Lärare får bara de uppgifter som behövs för att anpassa undervisningen, och bara efter en sekretessprövning eller samtycke från vårdnadshavare.

Fråga alltid oss om du är osäker.
/Kuratorn`),
  d(`Hej Rickard,

Här är info till konferensen på Råden i morgon:

Wifi: nätverk "Raden-Gast", lösenord Hosten2024!Rd
Projektorn startas med fjärrkontrollen i lådan, PIN 1357.
Lunch 12.00 i matsalen.

Kan du skriva upp det på whiteboarden när du kommer?

/Maria, konferensvärd`, 'credentials'),
  d(`Hej Rickard,

Här är info till konferensen på Råden i morgon:

Wifi: nätverket "Raden-Gast" är öppet, lösenordet får ni i receptionen vid incheckning.
Projektorn startas med fjärrkontrollen i lådan.
Lunch 12.00 i matsalen.

/Maria, konferensvärd`),
  d(`Till: Hemtjänst Östra, kvällsgruppen
Ämne: Ny portkod Skolgatan 5

Hej,
Bostadsbolaget har bytt portkoder i går. Ny kod till Skolgatan 5 (Gustavsson och Ali): 4719#. Nyckelskåpet i entrén till Gustavssons lägenhet har kod 2208.
Spara inte koderna i telefonen, skriv in dem i kodpärmen på kontoret.

/Anja, planerare`, 'credentials', 'social'),
  d(`Till: Hemtjänst Östra, kvällsgruppen
Ämne: Portkoder

Hej,
Bostadsbolaget byter portkoder i hela området nästa vecka. De nya koderna läggs in i kodpärmen på kontoret och i planeringssystemet, inte i mejl eller chatt. Fråga mig om du inte kommer åt dem.

/Anja, planerare

PS. Kaffemaskinen på plan 2 är lagad nu, tack till den som felanmälde.`),
  d(`IT-servicedesk – Ärende #90455
Anmälare: Sigrid Holm, Barn- och utbildningsförvaltningen
Ärende: Utelåst från datorn efter semestern

Åtgärd: Lösenordet har återställts. Tillfälligt lösenord: Vinter#8842-sh
Du måste byta lösenord vid första inloggningen. Det nya lösenordet ska vara minst 14 tecken.

Ärendet stängs automatiskt om 5 dagar.
IT-servicedesk`, 'credentials'),
  d(`Från: Olivia Sandahl
Skickat: den 15 mars 2024 15:41
Till: Elin Wester
Ämne: VB: Se nedan

Se nedan. Kan du titta på det innan fredag? Jag är på utbildning i morgon men nås på mobilen efter lunch.

/Olivia

________________________________
IT-servicedesk – Information

Från 1 maj gäller nya lösenordsregler: minst 14 tecken, gärna en lösenfras av flera ord. Du behöver inte längre byta lösenord var 90:e dag om du har aktiverat tvåstegsverifiering. IT-servicedesk kommer aldrig att fråga efter ditt lösenord i mejl eller telefon.

IT-servicedesk

> Från: Stefan Grape
> Skickat: den 17 augusti 2024 11:20
> Ämne: Fråga
> Hej, har du hunnit titta på det här? Jag behöver ett svar innan ledningsgruppen på fredag.
> /Stefan`),
  d(`From: Tom Gallagher
To: Integration team
Subject: test env creds

Hey,

For the integration tests against the booking API, use these until the vault is set up:

URL: https://test-booking.kustvik.internal/api
API key: kv_test_4f9a21c7e8b04d6a9b3e
Basic auth: svc_booking / Tr4in!Stat10n

Please don't commit them to the repo this time.
Tom`, 'credentials'),
  d(`From: Tom Gallagher
To: Integration team
Subject: secrets handling

Hey,

From next sprint all API keys and service account passwords live in the vault. Pipelines fetch them at runtime; nobody should paste credentials into tickets, chat or mail. If a key has been exposed, rotate it immediately and tell the security team.

Tom`),
  d(`Från: noreply@lindesby.se
Ämne: Din engångskod

Hej Lars,

Din engångskod för inloggning till Mina sidor är: 738194

Koden gäller i 10 minuter. Om du inte har försökt logga in, kontakta kommunens kontaktcenter.

Detta mejl kan inte besvaras.`, 'credentials'),
  d(`Chatt – receptionen Stadshuset

07:50 Linnea: morgon! jag sitter i receptionen i dag för Anders
07:51 Anders: toppen, tack. besökssystemet: användare reception01, lösen Tulpan55vår
07:51 Anders: nyckelskåpet bakom disken har kod 8841
07:52 Linnea: 👍 tack
08:30 Linnea: det kom ett paket till ekonomi, lägger det i postrummet

Olivia Sandahl
Verksamhetsutvecklare
Tel 0522-69 72 72

Vi behandlar personuppgifter enligt dataskyddsförordningen. Läs mer på lindesby.se/personuppgifter.`, 'credentials'),
  d(`Hej föräldrar i 9A,

Återkoppling efter nationella provet i matematik för er som bett om det:

Elin fick F på provet och har just nu F som betygsprognos i matematik. Hon har missat mycket av delprov B. Vi sätter in extra stöd två gånger i veckan fram till juni och gör ett nytt försök med de delar hon saknar. Vi hörs på utvecklingssamtalet.

Med vänliga hälsningar
Oskar Ek, mattelärare
(mejlet gäller bara Elins vårdnadshavare)`, 'grades'),
  d(`Hej föräldrar i 9A,

Information om betygen i vår:

– Nationella prov i matematik skrivs vecka 19.
– Betygssättning sker vecka 23 och betygen är klara för utdelning vid skolavslutningen.
– Alla elever som riskerar att inte nå E får information och extra stöd senast i april.

Frågor om betygssättning: kontakta respektive ämneslärare.
Oskar Ek, mattelärare`),
  d(`Veckobrev till ledningsgruppen, Gymnasiet Norra

Hej,
Frånvarorapporten för februari: skolan totalt 11,2 % frånvaro, högst i åk 3 på Ekonomiprogrammet.

Enskilda elever att följa upp:
– Noah Lindberg, EK22a: 34 % frånvaro denna termin, varav mycket ogiltig. CSN-anmälan görs om det inte bryts innan 15 mars.
– Saga Ström, NA21: 19 %, mest sena ankomster.

Mentorerna återkopplar på fredag.
Björn, rektor`, 'grades'),
  d(`Från: Gunilla Sved
Skickat: den 27 maj 2024 11:56
Till: Maria Tollin
Ämne: VB: Fråga

Hej! Vidarebefordrar enligt vad vi pratade om i korridoren. Återkom om något är oklart.

/Gunilla

---------- Vidarebefordrat meddelande ----------
Veckobrev till ledningsgruppen, Gymnasiet Norra

Hej,
Frånvarorapporten för februari: skolan totalt 11,2 % frånvaro, högst i åk 3 på Ekonomiprogrammet. Jämfört med samma månad i fjol har frånvaron minskat med 1,4 procentenheter. Vi fortsätter med arbetet kring tidiga kontakter med hemmet.

Rutinen för CSN-anmälan vid ogiltig frånvaro finns på intranätet.
Björn, rektor`),
  d(`From: Rachel Green
To: Mr and Mrs Haddad
Subject: End-of-term report – Omar

Dear Mr and Mrs Haddad,

I'm pleased to share Omar's end-of-term results from the International School of Kustvik: he received an A in mathematics and a C in English. His teacher notes that his written work has improved a lot but he needs to hand in homework on time. His attendance was 96 %.

Please get in touch if you'd like to discuss.

Kind regards,
Rachel Green
Year 8 Coordinator`, 'grades'),
  d(`From: Rachel Green
To: Parents, Year 8
Subject: End-of-term reports

Dear parents,

End-of-term reports will be published on the school platform on 20 June. Grades are given on the A–F scale in all subjects. If you have questions about your child's results, please book a meeting with the subject teacher via the platform.

Kind regards,
Rachel Green
Year 8 Coordinator`),
  d(`Hej Karin,

Jag måste ta upp Wilma i 8C. Hon har varit borta väldigt mycket den här terminen, över 40 %, och nästan alltid på grund av migränen. Hon har E i svenska och engelska och saknar underlag i kemi. Mamman säger att de väntar på en ny tid hos neurologen.

Kan vi ta henne på nästa EHT?

/Jonas, mentor

Detta e-postmeddelande kan innehålla information som är avsedd endast för mottagaren. Om du har fått det av misstag, meddela avsändaren och radera det.`, 'grades', 'health'),
  d(`Till: Studenten via Ladok-meddelande
Kurs: Statistik I, 7,5 hp

Hej Felix Brandt,

Du har nu skrivit tentamen i Statistik I tre gånger utan att bli godkänd (betyg U vid samtliga tillfällen, senast 14 poäng av 40). Enligt högskolans regler har du rätt till ytterligare examinationstillfällen, men vi rekommenderar att du bokar ett möte med studievägledningen innan nästa omtenta.

Studieadministrationen`, 'grades'),
  d(`Hej Anneli,

Här är underlaget till IUP-samtalet för Theo i 4B:

Svenska: når målen, läser flytande men behöver öva på att skriva längre texter.
Matematik: når inte målen i taluppfattning ännu, 11 av 25 på diagnosen i mars.
Engelska: mycket bra muntligt.
Närvaro: 97 %.

Mål till nästa termin: läsa 20 minuter varje dag hemma och träna multiplikationstabellerna.

/Lena, klasslärare`, 'grades'),
  d(`Från: Patrik Lund
Skickat: den 24 september 2024 07:05
Till: Åsa Nordlund
Ämne: VB: Se nedan

För kännedom. Spara gärna i rätt mapp i ärendet så att det inte försvinner i inkorgen.

/Patrik

---------- Vidarebefordrat meddelande ----------
Hej Anneli,

Mallen för IUP i årskurs 1–5 är uppdaterad. Den innehåller nu en skriftlig individuell utvecklingsplan med omdömen i varje ämne och mål för nästa termin. Mallen fylls i av klassläraren och gås igenom på utvecklingssamtalet.

Vi går igenom den på studiedagen.
/Lena, förstelärare`),
  d(`From: Louise Barker
Sent: 14 March 2024 16:20
To: HR Advisory
Subject: FW: flexible hours

Hi,

Forwarding Kate's request below. For context, which she's OK with me sharing with you: her son was diagnosed with Duchenne last year, and the genetic test afterwards showed that Kate is a carrier as well, so she's also being followed up by cardiology now. I'd like to support a compressed week if we can.

Louise

-----Original Message-----
From: Kate Morrison
Sent: 13 March 2024 21:02
Subject: flexible hours

Hi Louise, could we talk about me working four longer days instead of five? Thursdays are hospital days for us from April.
Kate`, 'genetic', 'health'),
  d(`From: Regional Child Health Services
To: All maternity and child health staff
Subject: Newborn screening – new conditions from 1 September

Hi all,

From 1 September the national newborn screening (the PKU test) will include two additional inherited metabolic disorders. The blood sample is still taken 48 hours after birth. Parents should receive the updated leaflet, available in 12 languages, before the test.

Training webinar on 28 August.

Regional Child Health Services`),
  d(`Anteckning, Mottagningen för ärftlig cancer
Familjeutredning Berg, uppföljning
Datum: 2024-04-22

Tre syskon i familjen Berg har nu testats för den mutation som orsakar Lynch syndrom i släkten. Resultat: Magnus och Eva bär på mutationen, Johan gör det inte. Magnus och Eva erbjuds koloskopi vartannat år. Eva har bett att svaret inte ska skickas till hennes arbetsgivares företagshälsovård.

Genetisk vägledare: Linda Ahl

E-post till och från kommunen kan bli allmän handling.`, 'genetic', 'health'),
  d(`Från: Stefan Grape
Skickat: den 13 september 2024 11:16
Till: Karin Ehn
Ämne: VB: Inför mötet

Hej, jag fick det här i min inkorg men tror att det egentligen ska till dig. Ursäkta om det blir dubbelt.

/Stefan

---------- Vidarebefordrat meddelande ----------
Hej Rania,

Angående familjeåterföreningen för Abdi Warsame: Migrationsverket har erbjudit DNA-analys för att styrka släktskapet mellan Abdi och hans två barn, eftersom barnen saknar godkända identitetshandlingar. Proverna tas på ambassaden i Nairobi och här hos oss. Han har tackat ja och vi har bokat provtagning den 3 juni.

/Lars, flyktingmottagningen

> Henrik skrev tisdag 12 oktober:
> Kan du skicka en kort uppdatering om läget? Tack på förhand!`, 'genetic'),
  d(`Från: Ronja Edh
Skickat: den 11 februari 2024 11:14
Till: Viktor Adolfsson
Ämne: VB: Se nedan

Skickar det här till dig också eftersom du är min ersättare nästa vecka.

/Ronja

-----Ursprungligt meddelande-----
Hej Rania,

Migrationsverket kan erbjuda DNA-analys i ärenden om familjeåterförening när släktskapet inte kan styrkas med dokument. Analysen är frivillig och kostnadsfri för den sökande. Prover tas både i Sverige och på ambassaden. Vi på flyktingmottagningen kan hjälpa till att boka tider.

/Lars, flyktingmottagningen

> Från: Karin Ehn
> Skickat: den 2 maj 2024 07:35
> Ämne: Fråga
> Hej, har du hunnit titta på det här? Jag behöver ett svar innan ledningsgruppen på måndag.
> /Karin`),
  d(`From: Oliver Price
Sent: Thursday, 2 May 2024 14:28
To: Rachel Moore
Subject: FW: update

Passing this on since you're covering for me next week.

Oliver

---------- Forwarded message ----------
Chat export – Midwife team, Ward 5
[09:12] Sanna: can someone cover my 14:00? Emma just called, her NIPT came back showing trisomy 21 and she's going in for the follow-up with the fetal medicine team this afternoon
[09:13] Sanna: she asked me not to tell anyone else yet so please keep it to this chat
[09:14] Lotta: I'll take it
[09:15] Sanna: thank you ❤️
[09:40] Lotta: room 3 has no gloves btw`, 'genetic', 'health'),
  d(`From: Security Office
To: Vetting team
Subject: Security clearance – new network engineer

Hi,

For the clearance of Jakob Nyström (network engineer, starting 1 August), we have submitted his passport photo and fingerprints to the vetting authority together with the signed consent form. The fingerprint card will be returned to us and shredded when the check is complete.

Security Office`, 'biometric'),
  d(`Hej Petra,

Du har nu fått din nya tjänstetelefon. Jag har registrerat ditt ansikte i Face ID och ditt högra pekfinger som reserv när vi satte upp den i morse, så du loggar in med ansiktet. Ditt gamla SIM-kort är förstört.

Tänk på att telefonen fjärrlåses om du anmäler den borttappad.

/Jakob, IT-tekniker

Skickat från min iPhone`, 'biometric'),
  d(`Från: Åsa Nordlund
Skickat: den 6 mars 2024 11:05
Till: Birgitta Ahl
Ämne: VB: Inför mötet

Bara så att du har det. Ingen brådska, men svara gärna innan sommaruppehållet.

/Åsa

________________________________
Hej alla,

Från och med nästa vecka kan ni låsa upp tjänstetelefonerna med Face ID eller fingeravtryck om ni vill. Ansiktsdata och fingeravtryck lagras bara lokalt i telefonen och kan inte ses av IT eller arbetsgivaren. Ni kan alltid använda PIN-kod i stället.

/IT-enheten

> Therese skrev torsdag 15 oktober:
> Kan du skicka en kort uppdatering om läget? Tack på förhand!`),
  d(`From: Greta Holm
To: Facilities
Subject: RE: parking permit

Hi,

Thanks for sorting the permit. Could you add a second car to it? It belongs to my girlfriend Sofia, she's moving in with me next month and will sometimes drop me off at work.

Reg. number: KLM 482

Greta Holm
Planning Officer`, 'sex-life'),
  d(`Genomförandeplan, Vård- och omsorgsboendet Rosen
Boende: Sture Lund
Datum: 2024-03-05

Sture flyttade in på avdelning 2 i februari. Han och hans man Bertil, som bor på avdelning 3 sedan i höstas, önskar att få dela rum. Enhetschefen utreder om det går att ordna ett parrum i maj. Fram till dess följs Sture till Bertil efter frukost varje dag.

Kontaktman: Emina, undersköterska

> Från: Jonas Frisk
> Skickat: den 20 november 2024 10:40
> Ämne: Fråga
> Hej, har du hunnit titta på det här? Jag behöver ett svar innan ledningsgruppen på måndag.
> /Jonas`, 'sex-life', 'social'),
  d(`Från: Cecilia Norén
Skickat: den 9 mars 2024 08:10
Till: Gunilla Sved
Ämne: VB: För kännedom

Tack för i går. Här är mejlet jag nämnde, längst ner i tråden.

/Cecilia

________________________________
Information från Vård- och omsorgsboendet Rosen

Parboende: Enligt socialtjänstlagen har makar och sambor som båda har beviljats särskilt boende rätt att bo tillsammans, och även den som inte själv har behov av särskilt boende kan få bo med sin partner. Ansökan görs hos biståndshandläggaren.

Rosen har två parrum.

> Från: Patrik Lund
> Skickat: den 21 maj 2024 10:18
> Ämne: Fråga
> Hej, har du hunnit titta på det här? Jag behöver ett svar innan ledningsgruppen på måndag.
> /Patrik`),
  d(`From: International Office
To: Host school coordinators
Subject: Exchange student – photo restrictions

Dear colleagues,

One of the incoming exchange students in your group, Lucas Meyer, has a protected identity in Sweden. Please do not publish his photo or name on the school website or social media, and do not give his host family's address to anyone. Contact me if anyone asks for his details.

International Office`, 'protected-identity'),
  d(`Från: Åsa Nordlund
Skickat: den 10 november 2024 10:27
Till: Henrik Möller
Ämne: VB: För kännedom

Hej! Jag städar i inkorgen inför semestern och hittade det här, skickar vidare så att det inte tappas bort.

/Åsa

________________________________
Hej,

Remissen för patienten (Tova Lind) till ortopeden skickas utan adress: hon har skyddad folkbokföring och post ska gå via Skatteverket. Hon har knäskadan som vi pratade om, ledbandet ser avslitet ut. Ring henne på det hemliga numret som står i journalens varningsfält.

/Dr Annika Sand, Vårdcentralen Norr

> Henrik skrev tisdag 22 maj:
> Kan du skicka en kort uppdatering om läget? Tack på förhand!`, 'protected-identity', 'health'),
  d(`Från: Valkansliet
Till: Röstmottagare i valdistrikt Norr 2
Ämne: Väljare med skyddade personuppgifter

Hej,
I ert valdistrikt finns en väljare, Liv Andersson, som har skyddade personuppgifter och som står i en särskild del av röstlängden. Hon kommer att rösta i vallokalen. Be henne visa legitimation, kryssa av henne i den särskilda längden och säg inte hennes namn högt.

Valkansliet`, 'protected-identity'),
  d(`From: Hannah Lee
Sent: Wednesday, 5 October 2024 13:17
To: Peter Walsh
Subject: FW: fyi

Sending this over ahead of Wednesday's meeting; the agenda follows separately.

Hannah

---------- Forwarded message ----------
From: Spiritual Care Team
To: Ward 12 nursing staff
Subject: Visit log 3 May

Father Thomas visited Mr. Arne Andersson (bed 4) this afternoon at his request. Mr. Andersson, who is Catholic, received the anointing of the sick and asked that a priest be called again if his condition worsens overnight. Contact the on-call chaplain via the switchboard.

Spiritual Care Team`, 'religion', 'health'),
  d(`From: Spiritual Care Team
To: All ward staff
Subject: Chaplaincy services

The hospital chaplaincy is available 24/7 for patients, relatives and staff of all faiths or none. We can arrange visits from Christian, Muslim, Jewish and Buddhist representatives, as well as non-religious support. Contact via the switchboard.

Spiritual Care Team

> On Wednesday 4 September, Peter Walsh wrote:
> Any update on this? I need something for the management meeting.`),
  d(`Från: Åsa Nordlund
Skickat: den 20 januari 2024 11:36
Till: Therese Wall
Ämne: VB: För kännedom

Vidarebefordrar. Jag har inte hunnit läsa allt själv än, vi kan prata om det på avstämningen kl 14.

/Åsa

________________________________
Beslut – Ekonomiskt bistånd
Sökande: Mirela Hasanović
Beslut: Försörjningsstöd beviljas för maj med 9 450 kr enligt bifogad beräkning.
Utbetalning sker den 24 maj till sökandens konto i Nordea, clearingnummer 3300, kontonummer 8104 1275 33.
Handläggare: Socialsekreterare Emil Dahl

Du kan överklaga beslutet inom tre veckor. Se bifogad information.`, 'social', 'bank-account'),
  d(`Hej Annette,

Jag har bytt bank och behöver ändra kontot som min lön och mina reseersättningar ska gå till. Nya kontot är i Handelsbanken:
Clearing 6123, kontonummer 834 221 906.
Kan du hjälpa mig? Jag hittar inte var man ändrar i självservice.

Tack!
Ronny Pettersson, fastighetsskötare`, 'bank-account'),
  d(`Faktura från Lindesby kommun

Avser: Avgift för hemtjänst, april.

Att betala: 1 150 kr
Förfallodag: 30 maj
Betala till kommunens bankgiro 5050-1055 och ange OCR-nummer 48112230045.

Vid frågor, kontakta Avgiftshandläggarna, 0522-69 71 20.`),
  d(`From: Conference Office
To: Hotel Strandvik Reservations
Subject: Guarantee for guest speaker

Dear reservations team,

Please hold a double room for our keynote speaker, Dr Maya Ellison, 11–13 September. She asked us to guarantee the booking with her own card as our corporate card isn't accepted by your system:

Card: 4921 9139 0996 0306
Expiry: 08/26
Cardholder: Maya Ellison
Security code to be given by phone.

Kind regards,
Conference Office`, 'payment-card'),
  d(`Hej lägeransvariga,

Jag betalar Linneas lägeravgift på 1 800 kr med kort, det gick inte i appen. Kortnummer 5591 8246 2819 4828, giltigt t.o.m. 03/27, CVC 209. Kortet står på mig, Jessica Lund.

Säg till om det inte gick!
/Jessica, Linneas mamma

PS. Glöm inte att fylla i tidrapporten innan den 25:e, annars kommer inte tilläggen med på lönen.`, 'payment-card'),
  d(`Från: Lars Bäckman
Skickat: den 12 juni 2024 08:54
Till: Olivia Sandahl
Ämne: VB: Inför mötet

Hej, skickar detta som underlag till mötet på onsdag. Dagordningen kommer separat.

/Lars

________________________________
Telefonmeddelande, transkriberat (kundtjänst Kulturhuset)
Inspelat: 2024-04-18 kl 14:12

"Hej, det är Bengt Holmqvist, jag skulle vilja boka fyra biljetter till konserten den 25:e. Jag kan lämna kortnumret direkt: fyra fem tre nio, två tre ett nio, fyra åtta sju fem, sju fyra nio noll, utgår tolv tjugosex. Ring mig gärna om det är något."

Kommentar: Kortnumret är nu inlagt i kassasystemet, meddelandet ska raderas.`, 'payment-card'),
  d(`From: Finance Office
To: All staff handling payments
Subject: Card data – reminder

Never write down, e-mail or store full card numbers, expiry dates or security codes. Card payments are taken only through the payment terminal or the web shop. If a customer sends card details by e-mail, delete the message and ask them to pay via the web shop. Receipts show only the last four digits.

Finance Office

PS. Don't forget the staff survey closes on Friday.`),
  d(`From: Paula Nyman
To: Linnea Ek (HR)
Subject: Rehab meeting Tuesday

Hi Linnea,

I'll attend Tuesday's rehabilitation meeting with Jenny Olofsson as her Vision representative. She has asked me to be there because the last meeting about her return to work after the burnout went badly. Could you send me the draft plan beforehand?

Paula Nyman
Vision workplace representative`, 'trade-union', 'health'),
  d(`Protokoll, Lärarklubben Norra gymnasiet
Årsmöte 2024-02-28

§ 1 Mötet öppnas.
§ 2 Val av ordförande för mötet: Sanna Holm.
§ 3 Nya medlemmar sedan förra året hälsas välkomna: Juha Kallio, Lisa Wennberg, Omid Rahimi.
§ 4 Verksamhetsberättelse godkänns.
§ 5 Val av klubbordförande: Sanna Holm omväljs. Kassör: Pär Eng.
§ 6 Mötet avslutas. Fika.`, 'trade-union'),
  d(`Från: David Ström
Skickat: den 18 januari 2024 15:29
Till: Niklas Berglund
Ämne: VB: Underlag

Se nedan, kommer från min kollega. Hör av dig direkt till henne om du har frågor.

/David

________________________________
Hej Göran,

Inför samverkansgruppen: du kanske inte vet, men Malin Höök i 5B är förtroendevald för Sveriges Lärare här på skolan sedan i höstas, så det är hon som ska ha kallelsen till samverkan och inte Sören längre.

/Anneli, skoladministratör

> Från: Henrik Möller
> Skickat: den 18 november 2024 17:28
> Ämne: Fråga
> Hej, har du hunnit titta på det här? Jag behöver ett svar innan ledningsgruppen på torsdag.
> /Henrik`, 'trade-union'),
  d(`NYHETSBREV – Sveriges Lärare, lokalavdelning Lindesby

Hej alla medlemmar!

– Vi driver kravet på minskad administration vidare i förhandlingarna med kommunen.
– Kursdag om arbetstidsavtalet 16 maj, anmälan till kansliet.
– Arbetsplatsombud sökes på flera skolor; ring kansliet om du är intresserad.

Lokalavdelningens styrelse`),
  d(`From: Democracy Unit
To: Members of the Youth Council
Subject: Notes from the meeting with councillors

Hi everyone,

Thanks for a great meeting on Tuesday. As promised, the councillors who attended were Grace Moyo (Liberals), Per Edlund (Social Democrats) and Amir Sadeghi (Moderates). Grace promised to follow up on the skate park proposal.

Next Youth Council meeting: 2 May.
Democracy Unit`, 'political-opinion'),
  d(`From: Democracy Unit
To: Schools, years 8–9
Subject: Civic education day

Hi,

On 15 March the council chamber opens for year 8–9 pupils. Pupils will learn how the municipal council works, how decisions are made and how parties form a majority, and will take part in a mock council debate on bus routes. All parties represented in the council have been invited to send a representative.

Democracy Unit`),
  d(`Från: Stefan Grape
Skickat: den 11 september 2024 14:07
Till: Elin Wester
Ämne: VB: För kännedom

Skickar vidare för kännedom. Vi tar det på måndagsmötet om det behövs.

/Stefan

________________________________
Hej Linda,

Tack för tipset om Stina Westman som ordförande i föreningsrådet. Jag vet att hon är väldigt engagerad, men hon är ju också aktiv i Miljöpartiets lokalförening och stod på deras lista i förra valet, så vi behöver fundera på om det blir en partipolitisk fråga för rådet.

/Kristoffer, fritidschef

> Ulrika skrev fredag 9 maj:
> Kan du skicka en kort uppdatering om läget? Tack på förhand!`, 'political-opinion'),
  d(`From: Anders Wik
To: Recruitment – Legal
Subject: RE: offer to candidate

Hi,

Quick update: we made Helena Roos an offer at SEK 48,000 a month, and she came back asking for 52,000 plus an extra week of holiday. I think we can go to 50,500 but not higher, given what the other lawyers earn. Can you check with the director?

Anders`, 'salary'),
  d(`Från: David Ström
Skickat: den 5 mars 2024 11:32
Till: Patrik Lund
Ämne: VB: Info

Se nedan. Kan du titta på det innan fredag? Jag är på utbildning i morgon men nås på mobilen efter lunch.

/David

---------- Vidarebefordrat meddelande ----------
Hej Maria,

Jag vill lyfta Pelles situation inför lönerevisionen. Han har fortfarande exakt samma lön som när han började hos oss 2019, han har inte fått ett enda påslag trots att han tagit över hela fordonsparken. Jag förstår inte hur det har kunnat bli så.

/Johnny, arbetsledare

> Från: Olivia Sandahl
> Skickat: den 17 april 2024 15:09
> Ämne: Fråga
> Hej, har du hunnit titta på det här? Jag behöver ett svar innan ledningsgruppen på torsdag.
> /Olivia`, 'salary'),
  d(`From: HR Policy Team
To: All managers
Subject: EU pay transparency directive

Hi,

The EU pay transparency directive must be implemented by June 2026. Among other things, job ads will have to state the starting salary or salary range, and employees will have the right to request information about average pay levels for comparable work. We will update our salary policy during 2025.

HR Policy Team`),
  d(`Probation review – confidential
Employee: Marcus Lindh, Customer Services
Review date: 12 June 2024
Reviewer: Team leader Eva Strand

Overall: Not meeting expectations.
- Call quality scores below target (68 % vs 85 %).
- Two recorded incidents of rude language towards customers.
- Frequently late back from breaks.
Positive: good product knowledge.
Recommendation: extend probation by two months with a support plan; otherwise not to be made permanent.`, 'hr-assessment'),
  d(`Från: Ronja Edh
Skickat: den 4 maj 2024 12:59
Till: Elin Wester
Ämne: VB: Fråga

Hej! Vidarebefordrar enligt vad vi pratade om i korridoren. Återkom om något är oklart.

/Ronja

---------- Vidarebefordrat meddelande ----------
Hej Erik,

Jag vill bara berätta att jag har haft ett samtal med Sara efter det som hände på personalfesten. Hon har fått klart för sig att det här är hennes sista chans, nästa gång blir det en uppsägningsfråga. HR var med och vi har skrivit ner vad som sades.

/Lotta, enhetschef

> Anders skrev fredag 11 november:
> Kan du skicka en kort uppdatering om läget? Tack på förhand!`, 'hr-assessment'),
  d(`Från: Patrik Lund
Skickat: den 12 oktober 2024 13:29
Till: Lars Bäckman
Ämne: VB: Se nedan

För kännedom. Spara gärna i rätt mapp i ärendet så att det inte försvinner i inkorgen.

/Patrik

________________________________
Hej Erik,

Resultaten från medarbetarenkäten är klara. Förvaltningen som helhet fick 78 av 100 i hållbart medarbetarengagemang, samma som förra året. Lägst resultat fick frågan om återkoppling från chefen. Varje enhet ska gå igenom sina resultat på APT och ta fram två förbättringsområden.

/Lotta, HR-strateg

> Från: Ida Lagerlöf
> Skickat: den 20 april 2024 07:20
> Ämne: Fråga
> Hej, har du hunnit titta på det här? Jag behöver ett svar innan ledningsgruppen på torsdag.
> /Ida`),
  d(`From: Procurement
To: Project board, Harbour refurbishment
Subject: Subcontractor check

Hi,

The credit check on the proposed subcontractor came back. Its owner, Dragan Petrov, was convicted of tax fraud in 2020 and received a suspended sentence plus a trading ban that ended last year. We must assess whether this affects the exclusion grounds before approving the subcontractor.

Procurement`, 'criminal-record'),
  d(`Chatt – Vaktmästeriet (export)

13:02 Kjell: vet nån vad som hände med Jimmy som jobbade på Östra skolan förra året?
13:04 Bosse: han sitter på Kumla sen i höstas, det var nåt med narkotika. hans brorsa berättade
13:04 Kjell: oj fan
13:06 Bosse: ja, men inget vi ska sprida
13:10 Kjell: nej. förresten, vem har stegen?

Skickat från min iPhone`, 'criminal-record'),
  d(`Från: David Ström
Skickat: den 16 januari 2024 09:26
Till: Stefan Grape
Ämne: VB: Info

Hej, jag fick det här i min inkorg men tror att det egentligen ska till dig. Ursäkta om det blir dubbelt.

/David

________________________________
Hej,

Vi har fått en inbjudan från Kriminalvården till studiebesök på anstalten i Kumla för kommunens säkerhetssamordnare, den 6 september. De berättar om arbetet med att motverka återfall och om samverkan med kommunerna när en person friges.

Vill någon mer följa med?
/Säkerhetssamordnaren`),
  d(`Hi Jess,

Quick update on the rota: Anneli is on a phased return since her chemo finished in January, 50 % now and 75 % from April. She'll be doing mornings only and shouldn't be on the front desk during flu season, her immune system is still weak. Please plan around her.

Cheers,
Martin

Sent from my phone`, 'health'),
  d(`From: Chris Dunn
Sent: Friday, 24 October 2024 07:39
To: Megan Ford
Subject: FW: for info

Found this while clearing my inbox before the holidays – forwarding so it doesn't get lost.

Chris

---------- Forwarded message ----------
Hi Jess,

The staff association is running the Pink Ribbon fundraiser again in October. There will be a bake sale on Friday 11 October and a collection box in reception. Last year we raised SEK 14,300 for breast cancer research.

Volunteers welcome!
Martin`),
  d(`From: Sophie Clarke
To: Year 6 team
Subject: class trip to Gothenburg

Hi all,

About the trip: the Nilsson family can't pay the 400 kronor. They've been living on assistance since the dad lost his job, and their caseworker called me yesterday to ask whether the school could cover it. I've told her we'll sort it out from the class fund. Please don't mention it to the kids.

Sophie`, 'social'),
  d(`From: Sophie Clarke
To: Year 6 team
Subject: class trip to Gothenburg

Hi all,

A reminder that under the Education Act school trips during school time must be free of charge for pupils. We can't ask families for money for the Gothenburg trip; the cost is covered from the school's budget. Voluntary contributions to the class fund are fine but must not be a condition.

Sophie`),
  d(`Hej Kommunikationsgruppen,

Inloggning till kommunens Instagram och Facebook medan jag är på semester:
Användare: lindesby_kommun
Lösenord: Kustvik!Sommar24
Tvåstegskoden går till kommunikationstelefonen i skåpet, koden till skåpet är 5520.

Ändra gärna lösenordet när jag kommer tillbaka.
/Moa`, 'credentials'),
  d(`Från: Henrik Möller
Skickat: den 23 maj 2024 08:27
Till: Åsa Nordlund
Ämne: VB: För kännedom

Skickar det här till dig också eftersom du är min ersättare nästa vecka.

/Henrik

-----Ursprungligt meddelande-----
Hej Kommunikationsgruppen,

Från och med i dag hanteras inloggningen till kommunens sociala medier via lösenordshanteraren. Ni får en inbjudan till det delade valvet, och lösenord ska aldrig skickas i mejl eller chatt. Tvåstegsverifiering är påslaget för alla konton.

/Moa

> David skrev måndag 16 maj:
> Kan du skicka en kort uppdatering om läget? Tack på förhand!`),
  d(`From: Head of Year 10
To: Mr and Mrs Kowalczyk
Subject: Attendance – Filip

Dear Mr and Mrs Kowalczyk,

Filip has missed 22 days this term, 14 of them without an explanation, and his attendance is now 71 %. He has also not handed in the last three science assignments. We would like to meet you next week to agree on a plan.

Kind regards,
Head of Year 10`, 'grades'),
  d(`Meddelande från Ladok – Underlag för betygsrapportering
Kurs: Svenska 2, SVESVE02, grupp TE22b
Lärare: Hans Berg

Följande elever har fått betyget F och ska informeras om möjlighet till prövning:
– Ida Magnusson
– Kevin Larsson
Övriga elever har rapporterats enligt betygskatalogen.

Betygskatalogen ska signeras senast 14 juni.`, 'grades'),
  d(`REGION MÄLARDAL – STAFF NEWSLETTER, MAY

NEW FACES
Welcome to our two new medical secretaries in Radiology, and to the summer interns who start in June.

COMINGS AND GOINGS
We're delighted to welcome back Dr Mehmet Yilmaz to the Cardiology clinic. After his own bypass operation in January he's back three days a week and, in his words, "now knows exactly what our patients go through". Please go easy on him in the stairwell.

EVENTS
- Midsummer lunch on 20 June in the hospital park.
- The choir is looking for tenors.

IT CORNER
Remember that the old intranet closes on 31 May.

The Newsletter Team`, 'health'),
  d(`REGION MÄLARDAL – STAFF NEWSLETTER, JUNE

NEW FACES
Welcome to the new head of the Cardiology clinic, who joins us from the university hospital.

HEALTH AT WORK
Occupational Health offers free blood pressure and cholesterol checks for all staff during week 24. Drop in at the staff clinic, 8–11 every day. No appointment needed and results are only shared with you.

EVENTS
- Midsummer lunch on 20 June in the hospital park.
- Summer opening hours for the staff gym.

The Newsletter Team`),
  d(`PROTOKOLL, Individ- och familjeomsorgsutskottet
Sammanträde 2024-03-12

Närvarande: ledamöter och ersättare enligt närvarolista, socialchef, avdelningschef IFO, sekreterare

§ 41 Val av justerare.
§ 42 Verksamhetsuppföljning februari: antalet hushåll med ekonomiskt bistånd har minskat något.
§ 43 Individärende – ansökan om vård enligt LVU. Ärendet omfattas av sekretess enligt 26 kap. 1 § OSL och redovisas i ett separat protokoll som inte är offentligt.
§ 44 Individärende – omprövning av placering. Sekretess enligt 26 kap. 1 § OSL, separat protokoll.
§ 45 Delegationsbeslut redovisas.
§ 46 Information om ny mottagningsorganisation.

Justeras: ordförande och utsedd justerare`, 'secrecy'),
  d(`PROTOKOLL, Kultur- och fritidsutskottet
Sammanträde 2024-03-14

Närvarande: ledamöter och ersättare enligt närvarolista, förvaltningschef, sekreterare

§ 18 Val av justerare.
§ 19 Verksamhetsuppföljning februari: besöksantalet på biblioteken har ökat med 6 %.
§ 20 Föreningsbidrag 2024 – fördelning enligt bilaga.
§ 21 Delegationsbeslut redovisas.
§ 22 Information om renovering av simhallen.
§ 23 Övriga frågor: inga.

Justeras: ordförande och utsedd justerare`),
  d(`From: IT Security
To: CIO; Head of Legal; Data Protection Officer
Subject: Incident report INC-2024-031 (phishing campaign)

Attached is the final report on last week's phishing incident. The report describes which systems were targeted, the gaps in our mail filtering and the technical countermeasures we have put in place. It is covered by secrecy under Chapter 18, Section 8 of the Public Access to Information and Secrecy Act (OSL) and must not be forwarded or printed.

A short public summary will be published on the intranet next week.

IT Security`, 'secrecy'),
  d(`From: IT Security
To: All staff
Subject: Phishing – how to spot it

Hi all,

Last week many of us received phishing mails pretending to come from the payroll system. Remember:
- The payroll system never asks you to log in via a link in an e-mail.
- Check the sender address carefully.
- Report suspicious mail with the "Report phishing" button.

Thanks to everyone who reported quickly!
IT Security`),
  d(`Från: HR-partner Emma Lilja
Skickat: den 8 april 2024 14:05
Till: Enhetschef Kristoffer Berg
Ämne: Rehabiliteringsärendet – Kim Aho

Hej Kristoffer,

Här kommer minnesanteckningarna från avstämningsmötet med Försäkringskassan och företagshälsovården. Kim fortsätter på 50 % till och med maj med arbetsträning på vaktmästeriet, och nästa avstämning är i juni.

Tänk på att handlingarna i rehabiliteringsärendet omfattas av sekretess enligt 39 kap. 1 § OSL. Spara dem i personalakten och inte på den gemensamma filytan.

Hälsningar
Emma`, 'secrecy', 'health'),
  d(`Hej Rosa,

Jag vill ta ut en längre semester i höst, fem veckor från mitten av oktober. Mina föräldrar kom hit från Chile som flyktingar 1974, och nu åker vi hela familjen tillbaka till Valparaíso för första gången sedan pappa dog, för att träffa släkten och sprida hans aska. Jag vet att det är ovanligt med så lång ledighet på hösten, så jag frågar i god tid.

Jag kan ta extra pass i sommar för att kompensera.

Hälsningar
Daniel Fuentes
Bibliotekarie, Stadsbiblioteket`, 'ethnic-origin'),
  d(`Hej Rosa,

Jag vill ta ut en längre semester i höst, fem veckor från mitten av oktober. Jag och min sambo ska resa runt i Chile och Argentina, det har varit en dröm länge, och vi har sparat i flera år. Jag vet att det är ovanligt med så lång ledighet på hösten, så jag frågar i god tid.

Jag kan ta extra pass i sommar för att kompensera.

Hälsningar
Daniel Fuentes
Bibliotekarie, Stadsbiblioteket`),
  d(`From: Environmental Office
To: Wind power project group
Subject: Consultation with the Sámi village

Hi all,

The consultation with Västerfjäll Sámi village is booked for 3 October. Elle Márjá Labba from our office will lead it; as a Sámi herself and a member of a reindeer-herding family she knows the grazing areas well, and the village board has specifically asked for her.

Please send your questions about the calving lands to Elle by 20 September.

Environmental Office`, 'ethnic-origin'),
  d(`Hej alla i ledningsgruppen,

Några siffror ur befolkningsrapporten inför budgetdagen:

– Folkmängd 31 dec: 42 318 personer (+0,6 %).
– Andel födda utomlands: 18,4 %.
– Andel över 80 år: 6,1 %, ökar snabbast.
– Prognosen pekar på fler barn i förskoleålder i Västra stadsdelen.

Hela rapporten finns på intranätet.

/Utredningsenheten`),
  d(`IT-veckosammanfattning, vecka 37 (Skolorna Väst)

• 14 nya elevdatorer installerade på Östra skolan.
• Skrivaren i lärarrummet på Västra skolan är ombytt. Admin-inloggning till webbgränssnittet: admin / Skrivare!Vast24 – ändra inte inställningarna utan att prata med mig.
• Larmkoden till Östra skolans huvudentré är fortfarande 1984#, den byts i samband med höstlovet.
• Lärplattformen har underhåll söndag 18–22.

/Robin, IT-tekniker`, 'credentials'),
  d(`IT-veckosammanfattning, vecka 38 (Skolorna Väst)

• 9 nya elevdatorer installerade på Västra skolan.
• Skrivaren i lärarrummet är konfigurerad och administreras nu centralt; lokala admin-konton är avstängda.
• Larmkoderna på skolorna byts under höstlovet. Rektorerna får de nya koderna personligen av säkerhetssamordnaren.
• Lärplattformen har underhåll söndag 18–22.

/Robin, IT-tekniker`),
  d(`From: Network team
To: Night shift supervisors
Subject: Temporary VPN access this weekend

Hi,

While the certificate problem is being fixed, use the shared emergency VPN account this weekend only:

Server: vpn2.kustvik.se
User: nightshift-temp
Password: Blue-Kettle-7731

The account will be disabled on Monday at 08:00. Do not share it outside the supervisor group.

Network team`, 'credentials'),
  d(`Överförmyndarnämnden – Granskning av årsräkning 2023

Huvudman: Ingvar Samuelsson
God man: Pia Nord

Anmärkning: Huvudmannens pension har under året betalats till ett annat konto än det som anges i förteckningen. Enligt gode mannens förklaring har banken bytts. Det nya kontot (Swedbank, clearing 8214-9, kontonummer 913 442 105-6) ska redovisas i nästa års förteckning.

Årsräkningen granskas utan ytterligare anmärkning.

Handläggare, Överförmyndarenheten`, 'bank-account'),
  d(`From: Linnea Strand
To: Accounts Payable
Subject: RE: Invoice 118 – illustrations

Hi,

Sorry, I gave you the wrong account last time – that one is closed. As a sole trader I get paid to my private account:

Bank: SEB
Clearing number: 5123
Account number: 0087 445 21

Could you re-send the payment? Thanks!

Linnea Strand
Illustrator`, 'bank-account'),
  d(`Chattlogg – Kommunens e-tjänst "Fråga kundtjänst"
Datum: 2024-05-14

14:01 Besökare: hej, betalningen för parkeringstillståndet går inte igenom
14:02 Handläggare Jonna: Hej! Vilket felmeddelande får du?
14:03 Besökare: det står bara fel. kan ni dra det direkt? kort 2223 1186 2527 6016 exp 10/27 cvc 551, Peter Hallberg
14:04 Handläggare Jonna: Tack, men skicka aldrig kortuppgifter i chatten. Vi raderar meddelandet. Prova gärna igen om en stund, betaltjänsten hade en störning.
14:10 Besökare: ok nu gick det`, 'payment-card'),
  d(`From: Kustvik Leisure Centre
To: Helena Björk
Subject: Refund confirmation – swimming course

Dear Helena,

Your refund of SEK 650 for the cancelled swimming course has been issued to your card ending 6016. It may take 3–5 working days to appear on your statement.

Booking reference: SW-2024-4471

Kind regards,
Kustvik Leisure Centre
Customer Service`),
  d(`Chatt – Mentorerna åk 9 (export)

10:03 Karin: nu är engelskaproven rättade
10:04 Karin: Alva 14/40 och Melvin 16/40, båda under gränsen för E. resten av 9C ligger ok
10:05 Per: Alva har ju varit borta mycket, ska vi ta det på EHT?
10:05 Karin: ja. Melvin behöver bara träna på läsförståelsen tror jag
10:08 Per: jag tar kontakt med båda familjerna i eftermiddag
10:10 Karin: tack. betygsprognoserna ska in fredag`, 'grades'),
  d(`From: Course coordinator, Social Work programme
To: Placement supervisor, Lindesby Social Services
Subject: Student on placement – exam result

Dear supervisor,

I'm writing to let you know that your placement student, Joel Winter, got 12 out of 30 on the written exam on social legislation and therefore has a fail on that module. He will resit in August. This doesn't affect the placement itself, but he may need some time off in August to prepare.

Best wishes,
Course coordinator`, 'grades'),
  d(`Till: Bemanningsenheten
Från: Enhetschef, Hemtjänst Väster
Ämne: Schema hösten

Hej,
Några punkter om höstens schema:

1. Nya rutten i Björkhagen startar 1 september.
2. Lina sitter med i Kommunals sektionsstyrelse sedan i våras och är ledig för fackligt uppdrag varannan torsdag, så hon ska inte läggas på de torsdagarna.
3. Vi behöver två timvikarier på helgerna i september.
4. Semesterlistan för jul kommer i oktober.

Tack!
Eva`, 'trade-union'),
  d(`Till: Bemanningsenheten
Från: Enhetschef, Hemtjänst Väster
Ämne: Schema hösten

Hej,
Några punkter om höstens schema:

1. Nya rutten i Björkhagen startar 1 september.
2. Enligt avtalet ska ledighet för fackligt uppdrag planeras in i schemat i god tid. De fackliga organisationerna meddelar oss när någon får ett uppdrag.
3. Vi behöver två timvikarier på helgerna i september.
4. Semesterlistan för jul kommer i oktober.

Tack!
Eva`),
  d(`Subject: RE: weekend cover

Hi Tobias,

I can do Saturday but not Sunday. I asked Ingrid, but she's been out canvassing for the Centre Party every weekend since August and says she won't be free until after the election. Maybe ask the temp pool?

Also, the projector in room 2 is broken again.

Cheers,
Vera`, 'political-opinion'),
  d(`Subject: RE: weekend cover

Hi Tobias,

I can do Saturday but not Sunday. Ingrid is working as a polling station officer on election day, so she's out too – the electoral committee needs staff on the 8th. Maybe ask the temp pool?

Also, the projector in room 2 is broken again.

Cheers,
Vera`),
  d(`Hej Helena,

Jag måste få säga det här till någon. Jag fick reda på i dag, helt av en slump när jag skulle skriva ut en lista åt Kjell, att Jonas som har exakt samma tjänst som jag och började samma år har 2 000 kr mer än jag i månaden. Vi har samma arbetsuppgifter, samma ansvar och jag har längre utbildning.

Jag tänker ta upp det i lönesamtalet, men jag vet inte riktigt hur jag ska formulera mig. Kan vi ses över en lunch?

/Annika

PS. Har du fått kallelsen till planeringsdagen? Jag hittar den inte i kalendern.`, 'salary'),
  d(`Hej Helena,

Jag har läst på inför lönesamtalet. Kommunen gör en lönekartläggning varje år för att upptäcka osakliga löneskillnader mellan kvinnor och män som gör lika eller likvärdigt arbete, och resultatet redovisas för facket. Du har rätt att få din lön motiverad utifrån lönekriterierna.

Kan vi ses över en lunch och förbereda oss?

/Annika

PS. Har du fått kallelsen till planeringsdagen? Jag hittar den inte i kalendern.`),
  d(`From: Team Leader, Contact Centre
To: Operations Manager
Subject: Sam

Hi,

Just flagging that Sam has been "spoken to" twice this month – once about leaving calls in wrap-up for ages and once about the comment to the agency temp. Both are noted in his file. If there's a third time I think we need to go formal. He was fine for his first year, I don't know what's changed.

Team Leader`, 'hr-assessment'),
  d(`APT, LSS-boendet Kastanjen
Datum: 22/8

1. Sommaren: tack alla för slitet.
2. Ekonomi: budget i balans.
3. Personal: Ellen har fått beslutet om korttidsvistelse för sin son på Solgläntan två helger i månaden, så hon kan börja jobba varannan helg igen från september.
4. Brukarnas semesterresa till Gotland blev lyckad.
5. Nästa APT 19/9.`, 'social'),
  d(`APT, LSS-boendet Kastanjen
Datum: 19/9

1. Ekonomi: budget i balans.
2. Information från förvaltningen: korttidsvistelse enligt LSS på Solgläntan utökas med två platser från november. Ansökan görs hos LSS-handläggare.
3. Brukarnas höstaktiviteter planeras.
4. Brandövning vecka 40.
5. Nästa APT 17/10.`),
  d(`Hej elevhälsoteamet,

Uppföljning inför terminsstarten:

– Pojken i 7A som var inblandad i knivincidenten vid busshållplatsen i maj kommer tillbaka till skolan på måndag. Åklagaren har lagt ner förundersökningen mot honom, men familjen till den andra eleven är fortfarande upprörd. Vi behöver en plan för rasterna.
– Nya elever i åk 7: 12 st.
– Hälsosamtal åk 7 startar vecka 38.

/Annika, biträdande rektor`, 'criminal-record'),
];
