/**
 * BLIND evaluation corpus 4b for the sensitive-category classifier: longer, messier documents
 * (e-mail threads with quoted history and signatures, minutes, chat exports, ticket and HR-system
 * notifications, case-note and journal excerpts, newsletters, school messages, English and mixed
 * Swedish/English mails) with document-level labels.
 *
 * BLIND — written from the labelling guide alone without reading the classifier, its training data
 * or other corpora; never to be used for training, tuning or keyword mining; scored once by the lead.
 *
 * Written by a corpus-writer agent (session 4) from /tmp/label-guide.md only. All names, addresses,
 * numbers, codes and details are invented; no real person is described. No personnummer.
 */
import type { CategoryType } from '../../../src/core/classify/types.js';
import type { LabelledDocument } from './category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const CATEGORY_BLIND_4B: readonly LabelledDocument[] = [
  // --- batch 1 ---
  d(`Hej alla,

Här kommer minnesanteckningarna från APT i tisdags på enheten för vuxenutbildning.

1. Lokaler: ventilationen i sal B12 är fortfarande under all kritik, fastighet har lovat åtgärd v. 47.
2. Budget: vi ligger 3 % under prognos, mycket tack vare vakanser.
3. Personal: Jonatan är tillbaka på halvtid från måndag efter sin knäoperation, han får inte stå längre
   pass än en timme så vi byter så att han tar teorilektionerna.
4. Övrigt: julfika 18/12, anmälan till Maja senast fredag.

Nästa APT 8 december.

/Karin Elvhage
Rektor, Komvux Norrby`, 'health'),
  d(`Hej!

Påminnelse: arbetsplatsträff med tema psykisk ohälsa på arbetsplatsen äger rum torsdag 14.00 i stora
konferensrummet. Företagshälsovården (Avonova) föreläser om tidiga tecken på stress, utmattning och hur
man som kollega kan ställa frågan "hur mår du egentligen?".

Vi går också igenom kommunens rutin för rehabilitering och vad chefen ska göra vid upprepad
korttidsfrånvaro. Inga enskilda ärenden tas upp.

Fika finns. Anmälan behövs inte.

Med vänlig hälsning
HR-avdelningen, Ljungby kommun`),
  d(`From: Priya Raman
Sent: 3 November 11:02
Subject: RE: cover for Thursday

Hi Lars,

Sorry for the late reply. I won't be able to cover Thursday after all — my son has his appointment at the
child psychiatry clinic (BUP) in Växjö and they finally have a slot for the ADHD assessment, so I can't
move it.

Could Eva take the morning group instead? I can swap and take her Friday.

Best,
Priya

> From: Lars Wendt
> Could someone cover the 9-12 group on Thursday? I'm at the county conference.
> /Lars`, 'health'),
  d(`Ärende: Support #48213 – Ny användare socialtjänstens verksamhetssystem
Status: Löst

Hej Elin,

Ditt konto i Treserva är nu upplagt. Tillfälligt lösenord: Vinter!Gran72
Du ombeds byta lösenord vid första inloggningen. Behörighet: handläggare barn och unga.

Har du frågor, svara på detta mejl eller ring servicedesk 0470-41 20 00.

Mvh
Servicedesk IT
Det här är ett automatiskt meddelande, ärendet stängs om 5 dagar.`, 'credentials'),
  d(`Hej Sanna,

Tack för igår! Som vi pratade om skickar jag en sammanfattning av medarbetarsamtalet så att du kan
läsa igenom innan vi båda signerar i Heroma.

- Du har tagit stort ansvar för introduktionen av de nya undersköterskorna, det syns.
- Dokumentationen är däremot ofta sen; vi kom överens om att journalanteckningar ska vara klara
  innan passet slutar.
- Du vill gå kursen i palliativ vård till våren – jag kollar budget.
- Lönesamtalet tar vi separat i februari.

Hör av dig om jag missuppfattat något.

Hälsningar
Anneli Borg
Enhetschef, Solgårdens vård- och omsorgsboende`, 'hr-assessment'),
  d(`Hej,

Lönerevisionen 2027 startar i april enligt centralt avtal. Cheferna får underlag i Heroma vecka 10 och
lönesamtal ska vara genomförda senast 31 mars. Det lokala utrymmet är ännu inte klart, men förbunden
har aviserat att de vill prioritera undersköterskor och förskollärare.

Frågor om processen besvaras av respektive HR-partner. Ingen individuell löneinformation skickas per
mejl – den finns i självservice.

Vänliga hälsningar
Löneenheten, Kommunledningskontoret`),
  d(`Teams-chatt, kanal "Hemtjänst Väst – planering", exporterad 2026-10-14

[07:12] Mirela K: morrn, är det nån som kan ta Berglunds insats kl 8? Jag har två dubbelbemanningar
[07:13] Johan S: jag tar den
[07:13] Mirela K: tack!! Obs hon har fått utökat beslut nu, tillsyn även nattetid från 1/11, handläggaren
ringde igår
[07:15] Johan S: ok. nyckeln i nyckelskåpet, kod 4471
[07:16] Mirela K: 👍
[07:40] Sara L: bilen med reg ABC något är på service, ta Yarisen`, 'social', 'credentials'),
  d(`Hej!

Vi i fackklubben Vision Region Kronoberg bjuder in till medlemsmöte den 12 december kl. 12-13. Vi
bjuder på lunchmacka. På agendan: löneöversynen, arbetsmiljöenkäten och val av nya ombud.

Du som inte är medlem är också välkommen att lyssna – kom gärna förbi och ställ frågor.

Hälsningar
Styrelsen, Vision Region Kronoberg`),
  d(`Hej Magnus,

Jag vill bara meddela att jag nu gått med i Kommunal och att jag har valt att låta Fatima Yusuf
företräda mig på mötet om schemaändringen nästa vecka. Hon är skyddsombud och ska få samma
underlag som jag fått.

Tacksam om du skickar kallelsen till henne också.

/Lena Hägg
Undersköterska, avd 4`, 'trade-union'),
  d(`Till: Personalutskottet
Ämne: Protokollsutdrag § 34

§ 34 Tillsättning av ersättare i valnämnden

Kommunfullmäktige har förrättat fyllnadsval efter att Birgitta Sandell (S) avsagt sig uppdraget. Till ny
ersättare valdes Omar Haddad (S). Beslutet expedieras till valnämnden och personalenheten för
arvodesregistrering.

Justerat 2026-11-02
Karin Lööf, ordförande
Erik Stål, justerare`, 'political-opinion'),
  d(`Hej!

Skolan uppmärksammar FN-dagen och i år har eleverna i årskurs 8 arbetat med temat "religionsfrihet i
världen". Under fredagen visas elevernas utställning i matsalen, med planscher om kristendom, islam,
judendom, hinduism och buddhism och om hur olika länder reglerar trosfrihet.

Vårdnadshavare är varmt välkomna mellan 13 och 15.

Vänliga hälsningar
Linnea Brand, SO-lärare, Östra skolan`),
  d(`Hej Patrik,

Apropå ledighetsansökan från Yusuf i åk 7: han och familjen firar eid al-fitr och vill vara lediga
torsdag och fredag. Jag har inget emot det, han ligger bra till i alla ämnen. Du som rektor beslutar.

Han har för övrigt missat 11 lektioner i matte denna termin, men alla med giltig anledning.

/Stina
mentor 7B`, 'religion', 'grades'),
  d(`Från: noreply@heroma.kommun.se
Ämne: Ny frånvaroanmälan registrerad

Medarbetare: Henrik Falk
Enhet: Gatuenheten
Frånvarotyp: Sjuk
Omfattning: 100 %
Fr.o.m.: 2026-11-09
Dag 8 – läkarintyg krävs

Du har fått detta meddelande eftersom du är närmaste chef. Logga in i Heroma för att attestera.
Svara inte på detta mejl.`, 'health'),
  d(`Hej!

Påminnelse om att sista dag för att lämna in läkarintyg vid sjukfrånvaro längre än sju dagar är dag 8.
Intyget lämnas till närmaste chef, inte till löneenheten. Har du frågor om sjuklön, karensavdrag eller
förebyggande sjukpenning – se intranätet under Personal > Frånvaro.

Detta är ett utskick till alla medarbetare i förvaltningen.

Löneenheten`),
  d(`Journalanteckning, Elevhälsan – Skolsköterska
Elev: Tilde Magnusson, 5A
Datum: 2026-10-20

Tilde kommer på eget initiativ, ont i magen i tre veckor, sämre på morgnarna. Äter dåligt i skolan.
Berättar att föräldrarna bråkar mycket hemma och att pappa "druckit igen". Vikt 31 kg, tappat 2 kg sedan
hälsobesöket i augusti. Samtal med kurator bokat. Rektor informerad; orosanmälan till socialtjänsten
skickas idag enligt 14 kap. 1 § SoL.

/Ingrid Holm, skolsköterska`, 'health', 'social'),
  d(`Hi team,

Quick note before the holidays: the Region is rolling out new guidelines for staff who want to bring up
concerns about a child's situation at home. The training is mandatory for all teachers and takes about
45 minutes online. It covers when to file an orosanmälan, how to document observations and how the
social services follow up.

Deadline for completing the module: 15 January.

Thanks,
Daniel O'Connor
Head of Lower Secondary, International School of Växjö`),
  d(`Hej,

Bifogar kvitto för hotellbokningen till konferensen i Umeå. Jag la ut med privat kort eftersom
resebyråns system låg nere: Mastercard 5412 7534 9821 0046, utg. 09/28. Beloppet var 2 340 kr. Kan
ni ersätta till mitt lönekonto som vanligt?

Tack på förhand!

Malin Öst
Miljöinspektör`, 'payment-card'),
  d(`Hej Ekonomi!

Jag har bytt bank och vill att lönen från och med december betalas till mitt nya konto i Swedbank:
clearing 8327-9, kontonummer 924 318 775-2.

Blanketten är skickad via internpost också, men ville vara säker på att det hinner bli rätt.

/Tomas Lind, vaktmästare Björkskolan`, 'bank-account'),
  d(`Hej!

Inför utbetalning av arvoden till förtroendevalda behöver vi kontouppgifter. Fyll i blanketten
"Kontouppgift för arvode" och lämna till nämndsekreteraren. Skicka inte kontonummer i vanlig e-post.
Har du redan lämnat uppgifter behöver du inte göra något.

Tack!
Nämndadministrationen`),
  d(`Anteckningar från ledningsgruppen IFO, 2026-11-05

Närvarande: A. Ek, J. Brandt, S. Nilsson, M. Rahimi

- Ekonomiskt bistånd: ökningen fortsätter, +6 % jmf fg år. Fler hushåll med elräkningar.
- Placeringar: två nya HVB-placeringar i oktober, kostnaden hamnar på ca 180 tkr/månad.
- Bemanning: en handläggartjänst vakant sedan september, rekrytering pågår.
- Familjen på Kvarngatan: pappan är nu misstänkt för misshandel av äldsta sonen, Sara kontaktar
  åklagaren om barnförhöret.

Nästa möte 19/11.`, 'social', 'criminal-record'),
  d(`Hej,

Kan du kolla om det finns fler exemplar av handboken "Barnavårdsutredning enligt BBIC" i bokhyllan på
plan 3? Vi har två nya socionomer som börjar på måndag och de ska gå igenom LVU-utbildningen och
kapitlet om orosanmälningar under första veckan.

Om inte, beställer jag två nya från Socialstyrelsen.

Tack!
Helena
Gruppledare barn och unga`),
  d(`Från: Annika Svärd
Till: Rekrytering
Ämne: Referens – Jesper Åkesson

Hej,

Jag har pratat med Jespers referens på förra arbetsplatsen. Kort sammanfattat: mycket kunnig
tekniskt, men hade svårt att samarbeta i gruppen och fick en skriftlig varning 2024 efter upprepade
konflikter med kollegor. Referensen sa också att han var tjänstledig en period för utbrändhet.

Jag tycker vi tar in honom på en andra intervju men frågar öppet om samarbetet.

/Annika`, 'hr-assessment', 'health'),
  d(`Hej!

Nu är det dags för årets medarbetarenkät. Den tar ca 15 minuter och är helt anonym – resultaten
redovisas bara för grupper med minst fem svarande. Frågorna handlar om arbetsmiljö, ledarskap,
hälsa och trivsel.

Länken finns på intranätet. Sista svarsdag 30 november.

Tack för att du bidrar!
HR-enheten`),
  d(`Hej Björn,

Jag måste tyvärr be om att byta bort mig från helgpasset 14-15 december. Jag är i vecka 30 nu och
barnmorskan vill att jag tar det lugnt efter förra veckans blödning. Det är inget akut, men jag vill
inte ta risken.

Jag kan ta två kvällspass i januari istället om det hjälper.

Tack för förståelsen,
Elsa

Skickat från min iPhone`, 'health'),
  d(`Hej alla föräldrar i klass 3B!

Nu närmar vi oss jul och vi har massor på gång:
- Lucia i aulan 13/12 kl 8.15. Eleverna kan ha med vitt linne.
- Julpyssel fredag 11/12, ta gärna med tomma toarullar.
- Sista skoldagen 19/12 slutar vi 12.00.

Jag har också börjat med utvecklingssamtalen. Alla får en tid via Unikum, och omdömena i svenska,
matte och engelska publiceras där veckan innan. Hör av er om ni inte kan på den tid ni fått.

God fortsättning!
Hanna, klasslärare 3B`),
  d(`Hej Ulrika,

Inför utvecklingssamtalet med Aron (7C) på torsdag:

Svenska: når kunskapskraven, C-nivå på senaste muntliga redovisningen.
Matte: ligger under, fick 9/30 på provet om bråk. Behöver extra anpassningar.
Engelska: A-nivå på läsförståelse!
Frånvaro: 14 % hittills, mest ströfrånvaro på måndagsmorgnar. Vill gärna ta upp det med mamman.

Hörs!
Kenneth`, 'grades'),
  d(`Hej,

Vi har fått in en begäran om allmän handling från en journalist som vill ta del av samtliga
anmälningar enligt lex Sarah från 2025. Jag har gått igenom dem och sekretessprövat: uppgifterna om
de enskilda brukarna omfattas av sekretess enligt 26 kap. 1 § OSL och maskeras. Resten lämnas ut.

Kan du som jurist titta på min bedömning innan vi expedierar?

/Karolina Wass
Registrator, Socialförvaltningen`, 'secrecy'),
  d(`Hej alla nyanställda!

Välkomna till kommunen! Under introduktionsdagen den 3 december går vi bland annat igenom:
- offentlighetsprincipen och sekretess (vad är OSL, när får uppgifter lämnas ut?)
- informationssäkerhet och hur du krypterar e-post
- GDPR och skyddade personuppgifter

Ta med egen dator. Lunch ingår.

Hälsningar
Kommunikations- och HR-staben`),
  d(`Hej Roger,

Angående den nya eleven som börjar i 4A efter lovet: hon har skyddad folkbokföring och
sekretessmarkering. Hennes namn får inte finnas på klasslistor som sätts upp, inte på skolfoto och
inte i Unikums öppna delar. Mamman har bett att ingen lämnar ut uppgifter om att hon går här.

Jag informerar klassläraren muntligt. Ta inte upp det i mejl mer än nödvändigt.

/Agneta, skoladministratör`, 'protected-identity'),
  d(`Hej!

Vi har fått frågor om hur man hanterar post till invånare med skyddade personuppgifter. Rutinen är
oförändrad: skicka via Skatteverkets förmedlingsuppdrag, aldrig direkt till en adress. Skriv aldrig ut
adressuppgifter i ärendesystemet. Rutinen finns på intranätet under Informationssäkerhet.

Kontakta informationssäkerhetssamordnaren om du är osäker.

Kansliet`),
  d(`Hi Maria,

Thanks for the warm welcome last week. Just so you know, since it came up at lunch: I'm Sámi on my
mother's side, grew up partly in Jokkmokk, and I'd be happy to help out with the language week in
February if the school needs someone who speaks a bit of Lule Sámi.

Also — do you know where I pick up my keycard? The reception said IT.

Cheers,
Anders`, 'ethnic-origin'),
  d(`Hej!

Välkommen till Samiska veckan i biblioteket 2–8 februari! Programmet innehåller jojkworkshop, en
föreläsning om samernas rättigheter som urfolk, filmvisning och sagostund på nordsamiska och
lulesamiska. Kommunen är förvaltningsområde för samiska sedan 2010 och vi uppmärksammar också
finska och meänkieli under året.

Fri entré, ingen anmälan.

Biblioteket`),
  d(`Hej Stefan,

Som du kanske sett i tidningen har jag sagt ja till att stå på Vänsterpartiets lista i kommunvalet.
Jag vill vara tydlig mot dig som chef för att undvika frågor om jäv: jag kommer inte handlägga
ärenden som rör planeringen av nya bostadsområdet så länge jag är kandidat.

Kan vi ta en kort pratstund om hur vi löser det rent praktiskt?

Mvh
Linda Vesterberg
Planarkitekt`, 'political-opinion'),
  d(`Hej!

Inför valet 2026: kommunen behöver 400 röstmottagare. Du som är anställd får vara röstmottagare på
valdagen men du får inte ha ett uppdrag för ett parti samtidigt, och du får aldrig bära partisymboler
i vallokalen. Utbildning sker digitalt i augusti.

Ersättning: 2 800 kr för valdagen.

Valkansliet`),
  d(`Hej,

Uppföljning efter vårt möte med Kristian och Försäkringskassan igår. Kristian har diagnosen F33.1
(recidiverande depression) och har varit sjukskriven 75 % sedan maj. Arbetsförmågan bedöms nu
räcka till 50 % från 1 december med anpassade arbetsuppgifter – inga kundmöten, fasta arbetstider.
Rehabplan uppdaterad i Adato.

Vi ses nästa gång 15 januari.

/Pernilla Ek
Enhetschef, Kundtjänst`, 'health'),
  d(`Ämne: Samtal 2026-11-12 – Marcus Lindkvist

Anteckning från ett samtal mellan chef och medarbetare, förvaras i personakten.

Marcus har vid tre tillfällen (16/10, 28/10, 5/11) kommit mer än 40 minuter för sent utan att meddela.
Han har också vid ett tillfälle lämnat arbetsplatsen utan att avsluta sina uppgifter. Vi har pratat om
förväntningarna och att detta kommer att leda till en skriftlig varning om det upprepas. Marcus
förklarar förseningarna med bussförbindelsen men erkänner att han borde hört av sig.

Uppföljning om fyra veckor.

/Camilla Dahl, avdelningschef`, 'hr-assessment'),
  d(`Hej!

Som en del av vårt förbättringsarbete ska alla chefer gå kursen "Svåra samtal – när prestationen
brister". Under dagen tränar vi på att ge tydlig återkoppling, dokumentera och vid behov utfärda en
skriftlig erinran. Fall och rollspel är fiktiva.

Anmälan i kompetensportalen senast 1/12.

HR-utveckling`),
  d(`Hej Lena,

Tack för att du tar över Holms ärende medan jag är på semester. Kort läge:

Han fick avslag på försörjningsstöd för november eftersom han inte lämnat kontoutdrag. Han har
överklagat. Han har också sagt i telefon att han "inte druckit på en månad", men vi har ingen provsvar
som bekräftar det, och han har missat två tider på beroendemottagningen.

Alla handlingar finns i Viva. Ring om något brinner.

/Mattias`, 'social', 'health'),
  d(`Veckobrev från Socialförvaltningen, vecka 46

• Nya riktlinjer för ekonomiskt bistånd börjar gälla 1 januari. Riktnormen höjs med 2,1 %.
• Den nya LSS-handläggarrollen är tillsatt – välkommen Amira!
• Föreläsning om våld i nära relationer 24/11 i Folkets hus.
• Påminnelse: alla som arbetar med orosanmälningar ska ha gått BBIC-utbildningen.

Trevlig helg!
Förvaltningsledningen`),
  d(`Hej Emil,

Jag har pratat med din gamla rektor och hon bekräftar att du fått ett F i kemi på gymnasiet men att
du sedan kompletterat och fått ett E via Komvux i våras. Därmed uppfyller du behörighetskraven till
lärarprogrammets distansutbildning som du ska gå parallellt med tjänsten.

Jag skickar kopia på intyget till HR.

/Studie- och yrkesvägledningen`, 'grades'),
  // --- end ---
];
