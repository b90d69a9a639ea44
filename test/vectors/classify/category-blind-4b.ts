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
  // --- batch 2 ---
  d(`Hej Jenny,

Tack för ditt mejl. Ja, du får gärna vara ledig fredag för Eriks uppföljning på Barnkliniken i Lund.
Som du vet har de nu fått besked från den genetiska utredningen: Erik bär på samma mutation i
CFTR-genen som din man, och de rekommenderade att även er dotter testas. Jag förstår att det är
mycket just nu.

Meddela bara i Heroma som "vård av barn".

Kram
Monika (chef, Ekonomienheten)`, 'genetic', 'health'),
  d(`Hej!

Regionens biobank informerar: från 1 januari ändras rutinerna för hur vävnadsprover och DNA-prover
från nyfödda (PKU-provet) sparas och lämnas ut till forskning. Vårdnadshavare kan när som helst begära
att barnets prov förstörs. Informationsmaterial på åtta språk finns att beställa.

Frågor: biobanken@region.example

Med vänliga hälsningar
Biobank Syd, kommunikation`),
  d(`Hej Louise,

Du bad om underlag till beslut om partiell tjänstledighet. Här kort: Anna (adm. handläggare) har
berättat att hennes mamma och moster båda har Huntingtons sjukdom och att hon själv lät göra ett
prediktivt gentest i somras. Beskedet var positivt. Hon vill gå ner till 75 % för att hinna med
familjen medan hon mår bra. Jag stöder det.

Behandla detta varsamt.

/Gunnel`, 'genetic', 'health'),
  d(`Föreläsning för personalen: "Ärftlighet och cancer – vad vet vi idag?"

Onkologiska kliniken bjuder in till lunchföreläsning om BRCA1, BRCA2 och Lynch syndrom. Vi går
igenom när en genetisk utredning erbjuds, hur cancergenetisk mottagning arbetar och vad en
anlagsbärare rekommenderas för kontroller. Föreläsningen vänder sig till vårdpersonal.

Onsdag 9/12 kl 12.00–12.45, Aulan, Centralsjukhuset. Smörgås till de 60 första.

Utbildningsenheten`),
  d(`Till: Ärendehantering, Polismyndigheten
Från: Säkerhetsavdelningen, Kriminalvården Region Mitt

Angående klient: Dragan Petrović

Fingeravtrycken som togs vid inskrivningen på anstalten Storboda 2026-10-03 har jämförts mot
registret. Träff i ärende 5000-K884412-26 (inbrott, Sundsvall). Bifogar fingeravtryckskort och
ansiktsfoto i jämförbart format.

Uppgifterna omfattas av sekretess enligt 35 kap. 1 § OSL.

/Leif Granström`, 'biometric', 'criminal-record', 'secrecy'),
  d(`Hej!

Nu införs inloggning med ansiktsigenkänning (Windows Hello) på alla nya personaldatorer. Du registrerar
ditt ansikte första gången du loggar in. Mallen sparas bara lokalt i datorn, inte på någon server. Vill du
hellre använda PIN-kod går det bra – välj "Andra inloggningsalternativ".

Frågor till IT-supporten.

IT-avdelningen`),
  d(`Ärende #77810: Passerkort Simon Håkansson – biometrisk läsare serverhallen

Hej Simon,

Din registrering i den nya passagekontrollen till serverhallen är klar. Vi har lagrat din
fingeravtrycksmall (höger pekfinger och höger tumme) i systemet Entrix. Om läsaren inte känner igen
dig, kontakta säkerhetssamordnaren – registrera inte om på egen hand.

Ditt reservkort har PIN 7720.

Mvh
Fastighet & Säkerhet`, 'biometric', 'credentials'),
  d(`Hej Tove,

Som du bad om: jag har gått igenom inspelningarna från kundtjänsten och tagit ut de samtal där
mannen som ringt hotfullt förekommer. IT:s röstanalys matchade hans röstprofil mot samtalen 4, 11 och
18 oktober – samma person med hög sannolikhet. Han har sagt sitt namn i ett av dem: Roland Åberg.

Materialet överlämnas till polisen tillsammans med vår anmälan om olaga hot.

/Jessica, säkerhetsavdelningen`, 'biometric', 'criminal-record'),
  d(`Hi Sofia,

Just a heads-up from the project: the pilot for voice-based identification in the municipal contact
centre has been paused. The legal review concluded that voice prints are biometric data under GDPR
article 9 and we need a DPIA before any citizen's voice is recorded for that purpose.

I'll send the draft DPIA template on Monday.

Kind regards,
Mark Ellison
Project Manager, Digital Services`),
  d(`Hej,

Kort rapport från personalfesten i fredags, för den som missade den: god mat, bra musik, och vi fick
äntligen träffa Jonas nya man Pedro! De gifte sig i somras i Lissabon. Jonas höll ett fint tal om
hur det var att komma ut på jobbet för tio år sedan och hur mycket det betydde att folk tog det så bra.

Tack till festkommittén!

/Cissi`, 'sex-life'),
  d(`Hej!

Under Pride-veckan hissar kommunen regnbågsflaggan vid stadshuset och alla förvaltningar uppmuntras
att delta i paraden lördag 1 augusti. HBTQI-nätverket för anställda har en egen vagn och välkomnar
både medlemmar och allierade. Mer information om nätverket och om kommunens HBTQI-certifiering
finns på intranätet.

Mångfaldsrådet`),
  d(`Journalutdrag – Ungdomsmottagningen Centrum
Besökare: Alex N., 17 år
Datum: 2026-09-30

Alex söker för samtal. Identifierar sig som icke-binär sedan ca ett år, använder pronomenet hen. Har inte
berättat för föräldrarna. Upplever oro inför idrottslektionerna och omklädningsrummen. Tidigare
sexuell debut med pojkvän i våras, använder kondom. Inga tecken på övergrepp. Ny tid om tre veckor.

/Kurator, ungdomsmottagningen`, 'sex-life', 'health'),
  d(`Hej Karin,

Jag vill bara flagga en sak efter utredningssamtalet igår: Filip berättade att han är homosexuell och
att det var därför pappan slängde ut honom. Han vill inte att det står i handlingar som föräldrarna
kan få ta del av. Jag har skrivit det i journalen men markerat att vi ska sekretesspröva innan något
lämnas ut.

Han bor nu hos en kompis familj, vi behöver ta ställning till placering.

/Ahmed, socialsekreterare`, 'sex-life', 'social'),
  d(`Hej,

Utbildningen "HBTQ i vård och omsorg" för hemtjänstens personal genomförs i tre omgångar under våren.
Den handlar om bemötande av äldre som är homo- eller bisexuella eller transpersoner och som har
levt i en tid när man inte kunde vara öppen. Vi använder fiktiva fall.

Anmälan till din enhetschef.

Hälsningar
Kvalitetsavdelningen, Vård och omsorg`),
  d(`Hej Jörgen,

Angående min lön efter lönesamtalet: jag hade förväntat mig mer än 700 kr. Jag ligger nu på 34 200 kr
i månaden medan nyanställda med samma uppdrag börjar på 35 000. Jag har varit här i sju år och har
tagit över hela bygglovsgranskningen efter Lisa. Jag vill gärna ha ett nytt samtal och kommer att ta
med mig min fackliga företrädare från Sveriges Ingenjörer.

Mvh
Patrik Nord
Bygglovshandläggare`, 'salary', 'trade-union'),
  d(`Hej,

Nu är lönestatistiken för 2026 publicerad på intranätet. Medianlönen för socialsekreterare i
kommunen är 39 800 kr, för förskollärare 36 400 kr och för undersköterskor 29 900 kr. Statistiken
bygger på septemberlönerna och redovisas per yrkesgrupp, inte per person.

Frågor om statistiken: löneenheten.

HR-staben`),
  d(`Från: Personalenheten
Till: Maria Andersson
Ämne: Anställningsavtal – bekräftelse

Hej Maria!

Välkommen som biträdande rektor på Vallaskolan från 11 januari 2027. Som vi kommit överens om blir din
månadslön 48 500 kr. Tillträdet sker med sex månaders provanställning. Avtalet skickas för digital
signering via Scrive idag.

Vi ser fram emot att ha dig med oss!

Hälsningar
Agnes Holm, HR-partner`, 'salary'),
  d(`Hej!

Vi söker en erfaren biträdande rektor till Vallaskolan. Tjänsten är en tillsvidareanställning på heltid
med tillträde enligt överenskommelse. Lön enligt överenskommelse – ange löneanspråk i din ansökan.
Provanställning kan komma att tillämpas.

Sista ansökningsdag 20 december. Välkommen med din ansökan!

Barn- och utbildningsförvaltningen`),
  d(`Teams – chatt med Rasmus (IT)

Rasmus: hej, behöver logga in på skrivarservern för att fixa köerna på plan 2
Rasmus: vad var adminkontot nu igen?
Maja: print-adm / Kx8#trolle2025
Maja: byt det efteråt, det har legat i en gammal dokumentation
Rasmus: tack! gör det
Rasmus: klart, köerna rullar igen`, 'credentials'),
  d(`Hej alla,

Från och med måndag kräver vi tvåstegsverifiering för e-posten även inifrån kommunens nätverk. Du
får en engångskod i Microsoft Authenticator eller via sms. Dela aldrig din kod med någon – inte ens
med IT-support. Vi frågar aldrig efter ditt lösenord i mejl.

Instruktioner finns på intranätet.

IT-säkerhet`),
  d(`Hej Rebecca,

Apropå larmet på förskolan Lärkan: den nya larmkoden till personalingången är 2 9 5 3 #, gäller från
idag. Den gamla slutar fungera på fredag. Koden till förrådet är som förut. Skriv inte upp den på
lappar i hallen, vi hade det problemet sist.

/Niklas, förskolechef`, 'credentials'),
  d(`Hej,

Bifogar protokollet från förhandlingen enligt 11 § MBL om omorganisationen av kostenheten.
Närvarande från arbetsgivaren: Eva Lund och Per Sahlin. Från Kommunal: Margareta Öhrn
(ordförande sektion Kost) och Jamal Rashid (huvudskyddsombud). Parterna är överens. Protokollet
justeras digitalt.

/HR-konsult Sara Bäck`, 'trade-union'),
  d(`Hej Therese,

Inför Lucas överflyttning till vår skola har vi fått hans betyg från Norrskolan: E i matematik, C i
svenska, D i engelska, F i fysik och kemi. Han har enligt dokumentationen haft 22 % frånvaro under
hösten och ett åtgärdsprogram i NO. Kan du ordna ett överlämningsmöte med specialpedagogen?

/Amir Karimi, rektor Västerskolan`, 'grades'),
  d(`Hej!

Vill påminna alla mentorer om att frånvaro ska registreras i Skola24 senast kl 10 samma dag, och att
ströfrånvaro över 10 % ska lyftas med elevhälsan. Vid höstterminens slut ska betygen vara satta
senast 16 december; betygskonferenser hålls v. 50.

Tack!
/Biträdande rektor`),
  d(`Hej Fredrik,

Vi har pratat med din praktikhandledare om din VFU. Omdömet: du fungerar bra med eleverna, men
planeringen av lektionerna behöver bli mer strukturerad. Betyget på VFU 2 blir tyvärr Underkänt och
du får göra om perioden i vår.

Välkommen att boka tid för samtal.

Vänliga hälsningar
Helena Sjö, kursansvarig lärarutbildningen`, 'grades'),
  d(`Hej,

Jag är konstaterat gravid, beräknat förlossningsdatum 12 maj, och skulle vilja börja min
föräldraledighet 1 maj. Jag vet att det är väldigt tidigt att säga, men jag vill hjälpa till med
planeringen av vikarie. Jag har inte berättat för gruppen ännu, så det stannar mellan oss tills vidare.

Hälsningar
Nora
Socialsekreterare`, 'health'),
  d(`Hej Kim,

Beslutet om personlig assistans för Elias (9 år) enligt LSS 9 § 2 är nu fattat: 112 timmar per vecka
från 1 december. Familjen har valt assistansbolaget Omsorgsteamet AB. Eftersom Elias har grav
autism och epilepsi ska bolaget ha minst två assistenter inskolade innan start.

Beslutet skickas med rekommenderat brev till vårdnadshavarna.

/Biståndshandläggare LSS`, 'social', 'health'),
  d(`Hej!

Inför höstens utvecklingsarbete: vi kommer att se över våra rutiner för LSS-beslut och
biståndsbedömning inom hemtjänsten. Syftet är att bli mer enhetliga i hur vi bedömer behov av
tillsyn, matdistribution och trygghetslarm. Arbetsgruppen består av två handläggare, en enhetschef
och kvalitetsstrateg.

Har du synpunkter? Maila gärna före 1 september.

/Avdelningschef Myndighetsutövning`),
  d(`Till: Jennie Sjöberg, HR
Ämne: Lönespecifikation fel?

Hej! Jag tror att mitt OB-tillägg har blivit fel i oktober. Det står 1 850 kr men jag jobbade fyra
helger. Grundlönen stämmer (31 400 kr). Kan du kolla? Jag bifogar mitt schema.

Mvh
Ali Hassan

> Hej Ali, jag tittar på det och återkommer. / Jennie`, 'salary'),
  d(`Hej kollegor,

Som ni vet kandiderar jag till styrelsen i vår lokala Lärarförbundet-avdelning – nu Sveriges Lärare –
och har fått frågan om jag vill vara huvudombud på skolan. Jag har tackat ja. Från januari är det
alltså jag ni vänder er till om arbetstidsfrågor och schemaläggning.

Hälsningar
Kajsa, lärare sv/so`, 'trade-union'),
  d(`Hej!

Jag undrar om ni som förbund har någon information om hur kollektivavtalet reglerar ersättning för
resdagar? Jag arbetar på HR-avdelningen i en kommun och vi ser just nu över den lokala
resepolicyn från arbetsgivarens sida. Inte för min egen del utan för alla anställda.

Tack på förhand!
Elin Borg, Projektsamordnare`),
  d(`Hej Lars,

Inför morgondagens möte: familjen Nikolić har bott i Sverige sedan 1994 och kom som flyktingar från
Bosnien. Pappan är serbisk och mamman bosniakiska. Det är delvis därför konflikten med grannen
blivit så infekterad – han har kallat dem saker jag inte tänker skriva här. Barnen mår dåligt av det.

Ses kl 9.

/Fredrika, fältsekreterare`, 'ethnic-origin'),
  d(`Hej,

Kommunen ska ta emot 40 kvotflyktingar under 2027, främst från Syrien och Afghanistan. Integrations-
enheten planerar för bostäder, SFI-platser och samhällsorientering. Mer information kommer på
kommunstyrelsens möte i januari.

Integrationsenheten`),
  d(`Hej!

I morse fick vi veta att Ines i 2B inte kommer att vara med på skolavslutningen i kyrkan. Familjen är
Jehovas vittnen och deltar inte i religiösa högtider i andra samfund. Vi ordnar en alternativ aktivitet
i skolan för henne och två andra elever vars föräldrar önskat det.

/Bea, fritidspedagog`, 'religion'),
  d(`Hej!

Skolavslutningen hålls i år i Sankt Johannes kyrka den 18 december kl 9.00. Enligt Skolverkets
riktlinjer ska inslagen inte vara religiösa, utan präglas av tradition. Alla elever ska kunna delta.
Familjer som ändå vill att barnet deltar i en alternativ aktivitet kan meddela mentor.

Rektor`),
  // --- batch 3 ---
  d(`Från: Kundtjänst Kommunens Simhall
Ämne: SV: Dubbeldragning årskort

Hej Jessica,

Tack för att du hörde av dig. Vi ser att ditt årskort dragits två gånger den 2 november. Återbetalning
sker till samma kort (Visa som slutar på 4417) inom 5–7 bankdagar.

Med vänliga hälsningar
Hussein, Simhallen

> Hej, jag har blivit dragen två gånger för årskortet, 1 450 kr x 2. Mitt kort är
> 4539 1120 8874 4417, giltigt t.o.m. 03/29, cvc 611. Snälla fixa!!
> /Jessica Ström`, 'payment-card'),
  d(`Hej!

Från 1 januari tar kommunen inte längre emot kortbetalning per telefon för bygglovsavgifter. Du
betalar istället via faktura eller med kort i vår e-tjänst, där kortuppgifterna hanteras av
betaltjänstleverantören och aldrig syns för oss. Be aldrig en kund läsa upp sitt kortnummer.

Ekonomienheten`),
  d(`Hej Kristina,

Jag försökte beställa de nya arbetsskorna via Workwear-portalen men kommunens inköpskort gick inte
igenom. Jag använde mitt eget: 4916 3380 2271 9054, exp 11/27. Summan var 1 295 kr. Kan jag få det
som utlägg på nästa lön?

Tack
Olle, parkförvaltningen

Skickat från Outlook för Android`, 'payment-card'),
  d(`Ärende 2026-LSS-0412 – underlag till ekonomihandläggare

Hej,

God man för Viktor Ek har lämnat in redovisning. Viktors eget konto för fickpengar: Nordea
3300-7811245. Överföring av habiliteringsersättning ska ske dit från december. Skolans
korttidsboende har bekräftat att han bor där tre nätter per vecka enligt beslut.

/Handläggare LSS`, 'bank-account', 'social'),
  d(`Hi,

I've just started as a postdoc in the research unit and HR asked me to send my account details for
salary payments. My Swedish account isn't open yet, so for the first month could you please use my
German one: IBAN DE44 5001 0517 5407 3249 31, BIC INGDDEFFXXX, account holder Lukas Meier.

Thanks a lot,
Lukas`, 'bank-account'),
  d(`Hej!

Påminnelse: leverantörsfakturor ska betalas till det bankgiro eller plusgiro som står på fakturan.
Om en leverantör mejlar och ber oss ändra kontonummer ska det alltid kontrolleras via telefon till ett
känt nummer – det är ett vanligt bedrägeriförsök. Ingen ändring görs på mejl.

Ekonomiservice`),
  d(`Hej Berit,

Jag har gått igenom mina papper och ser att utbetalningen av ekonomiskt bistånd för oktober har
hamnat på mitt gamla konto som är avslutat. Mitt nya konto är Handelsbanken, clearing 6152,
kontonummer 812 334 901. Kan ni betala om?

Tacksam för snabbt svar, hyran ska betalas på fredag.

Vänliga hälsningar
Sadia Omar`, 'bank-account', 'social'),
  d(`Hej,

Vi behöver er hjälp inför veckans vårdplanering. Patienten i sal 6 har skyddad identitet
(sekretessmarkering i folkbokföringen) och får inte förekomma med namn på whiteboardtavlan, och
besökare ska inte få bekräftat att hon ligger här. Kuratorn har kontakt med Kvinnojouren.

Tack!
Avdelningschef, Medicin 3`, 'protected-identity', 'health'),
  d(`Hej Per,

Vi har en ny hyresgäst i lägenhet 1104 på Ängsvägen som har kvarskrivning enligt folkbokföringslagen.
Hyresavtalet är upprättat med fingerade uppgifter via Skatteverket. Namnet på dörren och i
porttelefonen ska vara "Lgh 1104". Säg ingenting till grannar eller hantverkare.

/Bostadsbolagets kundansvarige`, 'protected-identity'),
  d(`Hej Martina,

Beslut i ärende 2026/318: begäran om utlämnande av handlingar avslås delvis. Uppgifterna om den
enskildes hälsotillstånd och sociala förhållanden omfattas av sekretess enligt 26 kap. 1 § OSL och får
inte lämnas ut. Beslutet kan överklagas till kammarrätten inom tre veckor.

Förvaltningsjurist
Socialförvaltningen`, 'secrecy'),
  d(`Hej,

Har du koll på om vi har en mall för beslut om avslag på begäran om allmän handling? Vi får allt fler
frågor från media och jag vill att vi formulerar sekretessprövningen enhetligt, med hänvisning till rätt
kapitel i OSL. Jag tänker på en generell mall, inte något enskilt ärende.

/Registrator`),
  d(`Hej alla,

VIKTIGT: bifogad utredning om ärendet vid Björkbackens förskola är sekretessbelagd enligt 23 kap. 1 §
OSL och får inte lämnas ut eller vidarebefordras. Den innehåller uppgifter om två barn och deras
vårdnadshavare. Läs den inför mötet, men skriv inte ut.

/Förvaltningschef`, 'secrecy'),
  d(`Hej,

Inför rekryteringen av ny fritidsledare har vi fått in utdrag ur belastningsregistret från de tre
slutkandidaterna. Två är utan anteckningar. Den tredje, Marcus W., har en dom från 2023 för ringa
narkotikabrott (dagsböter). Enligt vår rutin är det inte automatiskt diskvalificerande, men
rektor vill diskutera det.

/HR-assistent`, 'criminal-record'),
  d(`Hej!

Den som anställs inom förskola, skola och fritidshem ska lämna utdrag ur belastningsregistret. Det
beställs på polisens webbplats och skickas till dig i ett förseglat kuvert. Öppna inte kuvertet –
lämna det till rektor vid anställningstillfället. Utdraget får inte vara äldre än ett år.

Personalenheten`),
  d(`Hej Eva,

Följ upp med frivården om Mikael: han avtjänar ju villkorlig dom med samhällstjänst efter
misshandeln i Åkarp och har missat två tillfällen på arbetsplatsen hos oss i parkförvaltningen.
Kontaktpersonen heter Anders Lilja, nr 010-562 84 10.

Tack
/Tomas`, 'criminal-record'),
  d(`Journalanteckning Råd och stöd, 2026-11-18

Besök Ebba (16 år) med mamma. Ebba berättar om självskadebeteende, skär sig på underarmarna sedan i
somras. Sömnsvårigheter. Tankar på att inte vilja leva, men inga planer. Bedömning: remiss till BUP
akut, kontakt samma vecka. Mamma informerad om skyddsplan. Skolan kontaktas inte utan samtycke.

/Psykolog Johan Ek`, 'health'),
  d(`Hej!

Vill bara påminna om att suicidpreventiva dagen är 10 september. Vi har en utställning i entrén med
information om tecken att vara uppmärksam på och hur man frågar rakt ut. Stödlinjer: Mind
självmordslinjen 90101 och Jourhavande medmänniska.

Folkhälsoteamet`),
  d(`Hej Jonas,

Måste bara berätta för dig innan helgen: i onsdags kväll var jag på ett möte med Centerpartiets
lokalavdelning och fick frågan om att bli ersättare i socialnämnden. Jag funderar på det. Skulle det
vara ett problem med tanke på min tjänst som enhetschef inom IFO?

/Malin`, 'political-opinion'),
  d(`Hej,

Här kommer sammanfattningen från dialogmötet med kommunens politiska partier om ungdomars
fritid. Samtliga åtta partier i fullmäktige deltog. Diskussionen handlade om öppettider på
fritidsgårdarna, kollektivtrafik och sommarjobb. Protokoll finns i diariet.

/Kansliet`),
  d(`Hej Ronja,

Jag tänkte att du behöver veta detta som ny kontaktperson: Sebastian (17) har varit öppet engagerad i
Nordiska motståndsrörelsen det senaste året och har delat ut flygblad utanför skolan. Det är en del av
varför skolan gjort orosanmälan. Han har också en pågående förundersökning för hets mot folkgrupp.

/Karin, socialsekreterare`, 'political-opinion', 'social', 'criminal-record'),
  d(`Hej!

Församlingen och kommunen har tecknat ett samverkansavtal om krisstöd. Vid större olyckor öppnar vi
gemensamt ett stödcentrum i Församlingshemmet. Präster, diakoner, imamer och representanter för andra
trossamfund ingår i POSOM-gruppen och kan nås via tjänsteman i beredskap.

Säkerhetssamordnaren`),
  d(`Hi,

This is Aisha from the recreation centre. Regarding the new shift rota: I'm fasting during Ramadan
from 18 February and would prefer to avoid the evening shifts with cooking activities if possible.
I'll be happy to take more morning shifts instead.

Also, could I use the small meeting room for prayer during breaks? It would only be ten minutes.

Thanks!
Aisha`, 'religion'),
  d(`Hej,

Efter samtalet med Hannas mamma: Hanna har typ 1-diabetes sedan i våras och har en insulinpump.
Hon behöver få mäta blodsockret före lunch och idrott, och ska ha druvsocker i ryggsäcken. Mamma
vill att all personal på fritids vet om det. Jag har satt upp en handlingsplan i personalrummet.

/Lotta, fritids`, 'health'),
  d(`Hej!

Alla elever i förskoleklass erbjuds hälsobesök hos skolsköterskan under höstterminen. Besöket
omfattar syn- och hörselkontroll, längd och vikt och ett samtal om hur barnet mår. Vaccinationer enligt
det nationella programmet erbjuds i årskurs 2. Kallelse skickas hem.

Elevhälsan`),
  d(`Hej Caroline,

Kort från vårdplaneringen idag om fru Lindahl på Rosengården: hon har fått diagnosen
Alzheimers (G30.1), insulinbehandlad diabetes, och kan inte längre klara sin medicinering själv.
Hemtjänstbeslutet utökas med läkemedelshantering morgon och kväll. Dottern Eva har fullmakt.

/Sjuksköterska Malin Berg`, 'health', 'social'),
  d(`Hi Kenneth,

Thanks for the catch-up yesterday. As discussed, I'm writing up a short summary of your mid-year
review: excellent client feedback and the new intake process works well. The one area to work on is
meeting deadlines for the monthly reports – three of six have been late. We agreed you'll block time on
Fridays for that. Your rating for this half-year is "meets expectations".

Best,
Rachel Jansson
Team Lead, Invest in Region`, 'hr-assessment'),
  d(`Hej,

Kan du skicka mig mallen för medarbetarsamtal som HR tog fram i våras? Jag ska ha samtal med hela
gruppen i december och vill gärna ha den nya versionen med frågorna om arbetsbelastning och
kompetensutveckling.

Tack!
/Oskar, sektionschef`),
  d(`Hej Sven,

Efter avslutad utredning om händelsen i köket 2 november: vi bedömer att Joakim har brutit mot
rutinen för hantering av allergener och att det är andra gången på ett år. Han tilldelas en skriftlig
varning enligt 11 § LAS-praxis och kollektivavtal. Beskedet ges vid möte på fredag med facklig
företrädare närvarande (Kommunal).

/Kostchef`, 'hr-assessment'),
  d(`Hej!

Nu kommer betygen för höstterminen att vara tillgängliga i Skolportalen från 18 december. Elever som
fått F i något ämne kontaktas av sin mentor före jul för att gå igenom möjligheter till prövning och
stöd. Har du frågor om hur betygen är satta vänder du dig till respektive ämneslärare.

Rektor, Norra gymnasiet`),
  d(`Från: Skolplattformen <noreply@skolplattformen.example>
Ämne: Ny frånvaro registrerad

Hej vårdnadshavare till Noah Persson, 6B

Noah har registrerats som ogiltigt frånvarande följande lektioner idag:
08:15–09:15 Matematik
09:30–10:30 Idrott och hälsa
Total frånvaro hittills denna termin: 17 %, varav 9 % ogiltig.

Kontakta mentor om du har frågor.`, 'grades'),
  d(`Hej,

Min dotter Mira har fått diagnosen dyslexi efter utredning hos logoped och vi undrar hur skolan kan
anpassa provtillfällena. Hon fick bara E på senaste engelskaprovet, trots att hon kan mycket
muntligt. Kan vi boka ett möte?

Vänliga hälsningar
Sofia Lind (mamma till Mira i 8A)`, 'health', 'grades'),
  d(`Hej alla,

Här är länken till inspelningen av föreläsningen om neuropsykiatriska funktionsnedsättningar i
skolan. Den handlar om ADHD, autism och språkstörning och om vilka anpassningar som brukar hjälpa i
klassrummet. Föreläsaren är specialpedagog på Skolverket.

Inspelningen finns kvar till sista januari.

/Elevhälsochefen`),
  d(`Hej Gustav,

Som du vet har Daniel varit sjukskriven i sex veckor. Jag fick i morse veta av honom själv att det är
utmattningssyndrom och att han påbörjat KBT via vårdcentralen. Han vill inte att det sprids i gruppen,
så säg bara att han är borta ett tag till. Jag bokar in ett rehabmöte med företagshälsan.

/Maria`, 'health'),
  d(`Hej,

Jag skriver å mina kollegors vägnar i Vårdförbundets arbetsplatsombudsgrupp. Vi är oroliga över
bemanningen på IVA under julen. Vi vill ha ett möte med verksamhetschefen innan schemat låses. Vi är
fyra ombud: Hillevi Strand, Nils Ek, Ruth Omondi och jag.

Med vänlig hälsning
Pia Berg, arbetsplatsombud Vårdförbundet`, 'trade-union'),
  d(`Hej!

Från och med januari kan du som medarbetare få del av kommunens friskvårdsbidrag på 3 000 kr per år.
Bidraget gäller motion och friskvård enligt Skatteverkets regler, till exempel gym, simhall eller
massage. Kvitton lämnas in via självservice.

Löneenheten`),
  // --- batch 4 ---
  d(`Hej Anna-Karin,

Jag hörde att du söker tolk till mötet med familjen Kaya nästa vecka. Det är viktigt att det blir en
kurmanji-tolk och inte turkisk: familjen är kurder från Diyarbakır och pappan har uttryckligen sagt att
han inte vill ha en turkisk tolk efter vad de varit med om. Jag har beställt via Tolkförmedlingen,
bekräftelse kommer.

/Helén, mottagningsenheten`, 'ethnic-origin'),
  d(`Minnesanteckningar – samråd med romska representanter, 2026-10-22

Närvarande: kommunens minoritetssamordnare, två brobyggare, representanter från tre romska
föreningar.

- Romska brobyggare finns nu på två skolor, utvärdering i vår.
- Kommunen tar fram information om förskola på romani chib (kelderash och arli).
- Nästa samråd i februari.

Inga enskilda ärenden diskuterades.`),
  d(`Hej Jukka,

Kiitos! Tack för att du hjälper till med Aino på äldreboendet. Som du vet är hon sverigefinne och har
på senare år tappat sin svenska nästan helt på grund av demensen; hon pratar bara finska nu. Enligt
minoritetslagen har hon rätt till omsorg på finska, och vi försöker schemalägga dig och Riitta så ofta
det går.

/Enhetschefen, Tallbackens äldreboende`, 'ethnic-origin', 'health'),
  d(`Hi Joanna,

Thank you for the nice chat in the canteen. Yes, my family is Jewish — my grandparents came to
Malmö from Poland in 1946 — and no, it's not a problem at all that you asked! If the school wants
someone to talk to the pupils about Hanukkah or the Holocaust remembrance day, I'd be glad to help.

All the best,
Daniel Rosenberg
Music teacher`, 'ethnic-origin', 'religion'),
  d(`Hej,

Kort info inför utvecklingssamtalet med Amal i åk 9: hon kom från Eritrea för tre år sedan och har gjort
enorma framsteg. Betyg hittills: C i svenska som andraspråk, B i matte, E i engelska. Frånvaro nästan
ingen. Hon vill gå naturvetenskapsprogrammet och behöver hjälp att hitta rätt.

/Mentor, Rosendalsskolan`, 'ethnic-origin', 'grades'),
  d(`Hej!

Statistiken från SCB visar att 23 % av kommunens invånare är födda utomlands. De största grupperna
är födda i Syrien, Finland, Irak och Polen. Uppgifterna används i den nya integrationsstrategin som
går ut på remiss i december.

Analysenheten`),
  d(`Hej Birgitta,

Angående familjen Öberg som du frågade om: ja, det har bekräftats genom DNA-analys på
Klinisk genetik att både Lars och hans syster är bärare av anlaget för familjär hyperkolesterolemi.
Barnen erbjuds nu testning. Lars har bett om att få gå ner i tid under utredningen av barnen.

/Företagssköterska`, 'genetic', 'health'),
  d(`Hej,

Jag har en lite känslig fråga: min svärfar fick nyligen veta att han har ärftlig ALS (SOD1-mutation).
Min man har bestämt sig för att testa sig. Han arbetar hos er som fastighetstekniker. Om beskedet blir
positivt, finns det stöd att få via företagshälsovården? Han vet inte att jag skriver.

Tack,
Karolina Wik`, 'genetic', 'health'),
  d(`Hej!

Ett nytt forskningsprojekt vid universitetet söker deltagare till en studie om ärftlighet och
hjärtsjukdom. Deltagarna lämnar ett blodprov för DNA-analys och svarar på en enkät. Projektet är
godkänt av Etikprövningsmyndigheten. Ingen individuell återkoppling lämnas.

Intresserad? Kontakta projektsamordnaren.

Forskningsenheten, Region Kronoberg`),
  d(`Hej Mikael,

Utredningen från Rättsmedicinalverket har kommit: faderskapet för barnet till Sandra K. är nu
fastställt genom DNA-analys. Alexander Berg är med 99,99 % sannolikhet far till barnet. Familjerätten
kallar båda till möte om vårdnad och umgänge.

Dokumentet omfattas av sekretess enligt 26 kap. 1 § OSL.

/Familjerättssekreterare`, 'genetic', 'social', 'secrecy'),
  d(`Hej Lena,

Polisen har bett om bildmaterial från övervakningskameran vid återvinningscentralen den 3 november.
De har en misstänkt, Johan Sved, och jämför hans ansikte med bilderna i sitt ansiktsigenkänningssystem.
Vi lämnar ut sekvensen 14:02–14:25 enligt deras begäran.

/Säkerhetssamordnare`, 'biometric', 'criminal-record'),
  d(`Ärende #81022 Registrering i tidrapporteringsterminal

Hej Elif,

Din handflate- och fingeravtrycksregistrering i den nya stämpelklockan på förrådet är klar. Du
registrerades med vänster hand eftersom högerhanden har gips. Om terminalen inte känner igen dig när
gipset är borta, kontakta förrådschefen så registrerar vi om.

Mvh
IT-support`, 'biometric', 'health'),
  d(`Hej,

Skolan har fått frågor om klassfotograferingen. Fotografen använder ansiktsigenkänning i sin
programvara för att sortera bilder per elev. Enligt avtalet raderas data efter leverans. Vill du inte att
ditt barn fotograferas, meddela mentor senast 1 september.

Rektor`),
  d(`Hej Sandra,

Angående min ansökan om skyddat boende: jag har som du vet bytt efternamn till Lind. Jag har också
fått skyddad folkbokföring sedan förra månaden. Snälla, skicka inga brev till min gamla adress och
nämn inte min nya adress i något mejl – han har fortfarande kontakter på kommunen.

/M.

> Hej M, vi har noterat detta och uppgifterna hanteras enligt rutin. /Sandra, socialtjänsten`, 'protected-identity', 'social'),
  d(`Hej HR,

Vår nya medarbetare i kundtjänst, som börjar 1 december, har sekretessmarkering. Hennes foto och
namn ska inte läggas ut på intranätet och inte i telefonlistan. I Heroma används ett förkortat namn. Vi
har pratat med henne och hon är med på hur vi gör.

Tack!
Chef, Kontaktcenter`, 'protected-identity'),
  d(`Hej!

Vi vill påminna om att medarbetare med skyddade personuppgifter kan begära att deras namn och bild
inte publiceras på intranätet eller i organisationskatalogen. Kontakta HR så hjälper vi till. Ingen
behöver ange skälet.

HR-staben`),
  d(`Hej Tove!

Tack för mysig middag igår! Apropå det du berättade om Karl – jag hade faktiskt ingen aning om att han
och Marcus var ett par, men det förklarar ju varför de alltid åker på semester ihop haha. Fint för dem.
Vi ses på måndag.

Kram
Sanna`, 'sex-life'),
  d(`Hej,

Vi har fått en fråga från en medarbetare om att byta namn och juridiskt kön i personalsystemet. Hon
heter nu Ella Nyström och genomgår könsbekräftande vård. Hon önskar att alla gamla uppgifter ändras
i Heroma, passerkortet och e-postadressen, och att det görs diskret.

/HR-partner, Samhällsbyggnad`, 'sex-life', 'health'),
  d(`Hej alla,

Här kommer programmet för heldagen om våld i nära relationer i samkönade relationer. Föreläsare
från RFSL och Kvinnojouren. Vi går igenom hur våldet kan se ut, vilka hinder som finns för att söka hjälp,
och hur socialtjänsten bemöter hbtqi-personer.

Lunch ingår, anmälan via kompetensportalen.

Utbildningssamordnaren`),
  d(`Hej Lisa,

Inför lönesamtalet: jag har sett att min kollega Erik som började samtidigt som jag tjänar 2 500 kr mer i
månaden, 41 300 mot mina 38 800. Vi har samma befattning och jag har tagit mer ansvar. Jag tycker att
det behöver rättas till, och om det inte sker kommer jag att lyfta det med DO.

/Hanna Bergström`, 'salary'),
  d(`Hej Mats,

Bekräftar att Jamilas tillfälliga lönetillägg för samordnaransvaret höjs från 1 500 kr till 2 500 kr
per månad från 1 januari och gäller till och med juni. Lägg in det i Heroma så det kommer med på
januarilönen.

/Chef, Centrala förskoleenheten`, 'salary'),
  d(`Hej!

Enligt löneöversynens tidplan ska alla chefer ha lämnat sina förslag i lönesystemet senast 15 mars.
Genomsnittligt utrymme är 3,2 %. Glöm inte att motivera avvikelser och att dokumentera
lönekriterierna i samtalet.

/HR-direktör`),
  d(`Hej Ida,

Jag kommer inte åt VPN:en hemifrån. Använder kontot ida.fredriksson och lösenordet Skogsmulle44!
men får bara "authentication failed". Kan du kolla om kontot är låst?

Mvh
Ida

--
Ida Fredriksson
Administratör, Kultur och fritid`, 'credentials'),
  d(`Hej Jonas,

Tack för att du leder gruppens utvecklingsarbete. Jag har sammanställt resultaten av DISC-analysen vi
gjorde i teamet. Din profil blev hög D och låg S – du är målinriktad och beslutsam men kan uppfattas
som otålig. Konsulten föreslog att du lägger mer tid på att förankra beslut hos gruppen.

/Chef, Kommunikationsavdelningen`, 'hr-assessment'),
  d(`Hej!

Inför ledarutvecklingsprogrammet gör alla deltagare en personlighetsanalys (OPQ32). Resultaten är
personliga och diskuteras bara i enskilt samtal med konsulten. Instruktioner skickas ut en vecka före
start.

HR-utveckling`),
  d(`Hej,

Mitt medlemskap i ST är uppsagt från 30 november, jag har gått över till Akademikerförbundet SSR
eftersom det passar min yrkesroll bättre. Kan ni ändra så att medlemsavgiften dras till det nya
förbundet istället från december?

Tack!
Petra Sundin, löneadministratör`, 'trade-union'),
  d(`Hej,

Till styrelsen för Kristdemokraterna i Trelleborg har vi fått ett önskemål om att få låna
kommunens lokal för en valdebatt. Enligt reglementet hyrs lokalen ut till alla politiska partier på
samma villkor, så vi bokar in dem den 7 april.

/Bokningen`),
  d(`Hej Erik,

Kan du kolla med Lotta om det är ok att jag tar ledigt 5 mars? Jag är nämligen ombud på
Moderaternas partistämma det året och behöver resa till Göteborg redan på torsdagen.

/Fredrik`, 'political-opinion'),
  d(`Hej!

Jag vill bara meddela att jag behöver gå tidigare på fredagar under vintern för att hinna till
sabbatsgudstjänsten i synagogan innan solnedgången. Jag tar igen tiden på måndagar. Hoppas det går
bra.

/Ruth`, 'religion'),
  d(`Hej,

Vi ser över kostutbudet i skolrestaurangerna. Kommunen erbjuder idag vegetariskt alternativ varje
dag, och specialkost vid medicinska skäl. Fläskfritt erbjuds av religiösa eller etiska skäl efter
anmälan. Vi vill ha synpunkter från föräldrarådet.

Kostenheten`),
  d(`Från: Betalsupport
Ämne: SV: Parkeringsavgift

Hej Gunnar,

Vi har tagit emot dina kortuppgifter per telefon och genomfört betalningen av din parkeringsavgift.
Kortet: Visa 4024 0071 5309 2260, giltigt till 08/27. Kvittot skickas till din e-post. Vi rekommenderar
att du i fortsättningen betalar via appen.

Vänliga hälsningar
Parkeringsenheten`, 'payment-card'),
  d(`Hej!

Från 1 februari ändras kommunens regler för representation. Använd alltid kommunens inköpskort
och spara kvitto. Privata kort får inte användas för representation utom i undantagsfall, och då ska
utlägget begäras inom en månad.

Ekonomiavdelningen`),
  // --- batch 5 ---
  d(`Hej Ewa,

Fakturan för Alvas resa med skolan till Berlin är betald, men jag råkade dra 3 150 kr från fel kort. Kan
skolan återbetala det till rätt kort istället? Det är mitt Amex: 3759 204187 63012, utgång 05/28.

Och en sak till: Alva har fått en ny allergimedicin, jag skickar listan till mentorn separat.

Vänliga hälsningar
Robert (pappa till Alva, 9C)`, 'payment-card', 'health'),
  d(`Teams-chatt: Receptionen Stadshuset

[10:14] Lejla: en kvinna i receptionen vill betala sin bygglovsfaktura med kort, vår terminal är död
[10:15] Peter: ta numret så slår jag in det här
[10:16] Lejla: 5355 4012 6678 1903, 12/26, 382, namn Gunilla Björk
[10:16] Peter: gjort, godkänt
[10:17] Lejla: tack, jag river lappen`, 'payment-card'),
  d(`Hej,

Jag skulle vilja ha mitt arvode som god man till Ingrid Olsson utbetalt till mitt privata konto:
SEB 5204-10 771 88, kontoinnehavare Bengt Lundqvist. Tidigare gick det till Ingrids konto och det
blev fel i redovisningen till överförmyndaren.

Mvh
Bengt Lundqvist, god man`, 'bank-account'),
  d(`Hi Elin,

I'm the Erasmus coordinator for the exchange students at the upper secondary school. Two of the
students are still waiting for their scholarship. Could you transfer it to Marta García's account:
IBAN ES91 2100 0418 4502 0005 1332? The second student, Pierre Dubois, has sent his details by post.

Regards,
Tom Holloway`, 'bank-account'),
  d(`Hej Maja,

Jag ersätter dig som hälsoskyddsinspektör på Ekängsskolan framöver. Tack för överlämningen.

En sak som inte fick plats i dokumentet: kvinnan som ringde om mögel i sin lägenhet på Rundelsgatan
har skyddad identitet, så kontakt ska alltid gå via hennes ombud på Brottsofferjouren och aldrig via
brev till adressen.

/Rikard`, 'protected-identity'),
  d(`Hej,

Rapporten om elevhälsoärendet för eleven i 8B bifogas. Handlingen innehåller uppgifter som omfattas
av sekretess enligt 25 kap. 1 § OSL (elevhälsan) och 23 kap. 2 § OSL. Den får inte lämnas ut utan
sekretessprövning och ska inte diarieföras i öppna delar.

/Skolkurator`, 'secrecy'),
  d(`Hej,

Jag vill bara bekräfta att jag inte längre är medlem i Svenska kyrkan – utträdet gick igenom i
oktober – så kyrkoavgiften ska inte dras på lönen från januari. Jag har bifogat intyget från
Skatteverket. Jag är numera katolik och betalar avgift till Katolska kyrkan via Kammarkollegiet.

/Viktor Lind, ekonomiassistent`, 'religion'),
  d(`Hej,

Mötesanteckning från uppföljningen med Jan-Erik. Han har sedan i somras varit engagerad i
Sverigedemokraterna och har vid flera tillfällen diskuterat invandringspolitik med brukarna i
daglig verksamhet. Vi har pratat om att man i tjänsten måste vara partipolitiskt neutral.

/Enhetschef Daglig verksamhet`, 'political-opinion', 'hr-assessment'),
  d(`Hej,

Angående adoptionsutredningen för paret Holmqvist: vi har fått svar från genetisk vägledning om
Johans bror, som har Fragilt X-syndrom. Johan själv är testad och har normalt antal upprepningar; han
är alltså inte bärare. Detta skrivs in i hemutredningen.

/Familjehemssekreterare`, 'genetic', 'social'),
  d(`Hej Therese,

Apropå den nya behörigheten till arkivet: vi har registrerat din irisprofil i skannern vid arkivets
entré. Kom ihåg att inte ha glasögon på dig när du skannar. Registreringen gäller tills vidare.

Mvh
Säkerhet och fastighet`, 'biometric'),
  d(`Hej,

Kort om uppföljningen med Moa på boendet: hon har berättat för personalen att hon är bisexuell och har
en flickvän i stan som hon vill få träffa på helgerna. Hon vill att vi ska prata med mamman om det,
för hon vågar inte själv. Vi tar upp det på nästa nätverksmöte.

/Kontaktperson, HVB Solbacken`, 'sex-life', 'social'),
  d(`Hej Ola,

Vi vill informera om att din lön efter lönerevisionen blir 36 900 kr per månad från 1 april. Höjningen
är 1 100 kr. Vill du diskutera beslutet, boka gärna tid med mig.

Vänliga hälsningar
Anneli, rektor`, 'salary'),
  d(`Hej!

Kommunen har just fått besked att vi får statsbidrag för att höja lärarlönerna under 2027.
Medlen ska fördelas enligt Skolverkets villkor, och en tanke är att prioritera lärare i
ämnen med brist. Förslag på fördelning tas fram i samverkan med facken i januari.

Utbildningschefen`),
  d(`Hej alla föräldrar!

Vi har tyvärr haft några fall av vinterkräksjuka på förskolan den senaste veckan. Håll barnen
hemma 48 timmar efter sista symtom. Vi gör extra städning och tvättar händerna ofta. Inga
namn lämnas ut.

Förskolan Tallkotten`),
  d(`Från: Anna Lundgren
Till: Linda Holm
Ämne: VB: Vikarie v. 49

Hej Linda, skickar vidare. Kolla om du har någon som kan täcka.

> Från: Sara Nyberg
> Hej Anna, jag har fått en tid för sterilisering på KK den 2 december och blir sjukskriven
> en vecka efteråt. Jag har inte sagt något till de andra. /Sara`, 'health'),
  d(`Hej,

Vi påminner om att vaccinationen mot säsongsinfluensa erbjuds gratis till all vård- och
omsorgspersonal från 1 november. Boka tid via företagshälsan eller gå på drop-in onsdagar 13–15.

Med vänliga hälsningar
Smittskyddsenheten`),
  d(`Ämne: Anteckningar projektgrupp e-tjänst försörjningsstöd

Närvarande: IT, socialtjänsten, kommunikation.

- E-ansökan för ekonomiskt bistånd testas i december med fem fiktiva testpersoner.
- Inloggning sker med BankID; inga lösenord hanteras av kommunen.
- Kontoutdrag laddas upp som pdf, gallras efter två år.
- Nästa möte 3 december.`),
  d(`Hej Lina,

Behöver du nånting inför mötet med stiftelsen? Jag kan skicka underlagen om budgeten och
mångfaldsarbetet, eller statistiken om sjukfrånvaron per förvaltning. Säg till vad du vill ha.

/Pontus`),
  d(`Hej,

Förvaltningen ser över rutinen för orosanmälningar från förskolan. Vi vill att alla förskolechefer
läser igenom utkastet och lämnar synpunkter senast 30 november. Utkastet innehåller bland annat
fiktiva exempel på vad som kan vara tecken på att ett barn far illa.

Barn- och utbildningsförvaltningen`),
  d(`Hej Cecilia,

Ang. din fråga om tystnadsplikt och sekretess i hemtjänsten: som anställd har du alltid tystnadsplikt
om brukarnas förhållanden, även efter avslutad anställning. Det regleras i OSL kap 26. Vill du
läsa mer finns det en e-utbildning på intranätet.

/Kvalitetsutvecklare`),
  d(`Hej!

Kommunstyrelsen har beslutat att införa en visselblåsarfunktion från 1 januari. Anmälningar kan
göras anonymt och tas emot av en extern leverantör. Funktionen gäller bland annat misstankar om
korruption, bedrägeri och brott mot arbetsmiljöregler.

Kommunledningskontoret`),
  d(`Hej Niklas,

Tack för visningen av verksamhetssystemet igår. Som lovat skickar jag länken till testmiljön. Ni får
ett eget testkonto var av IT, användarnamn och lösenord kommer i separat sms. Testdata är påhittade.

Vänligen
Johanna, systemförvaltare`),
  d(`Hej!

Här är schemat för nästa veckas utvecklingssamtal i klass 4C. Varje samtal är 20 minuter. Elevens
egen bedömning och lärarens omdömen gås igenom. Om tiden inte passar, byt med en annan familj och
meddela mig.

Mån: 14.00, 14.20, 14.40
Tis: 15.00, 15.20
Ons: 14.00, 14.20

/Lärare 4C`),
  d(`Hej alla,

Påminnelse om den gemensamma konferensen för rektorer och elevhälsan. Temat är närvarofrämjande
arbete: hur vi tidigt upptäcker problematisk frånvaro och vad forskningen säger om hemmasittare.
Konferensen är 28 januari, lunch ingår.

/Utvecklingsenheten`),
  d(`Hej,

Hörde att du ska bli ansvarig för nya ekonomisystemet. Grattis! Om du behöver hjälp med att sätta
upp rollerna i systemet finns jag här. Kom ihåg att beställa testkonton i god tid så att
användarna kan öva innan driftsättning.

/Ekonomichefen`),
  d(`Hej,

Jag har fått frågan om kommunen kan tillhandahålla bönerum på Kulturhuset. Vi har ett tyst rum på
andra våningen som kan användas av alla för bön, meditation eller bara vila. Skylt kommer att sättas
upp under veckan.

/Fastighetsförvaltare`),
  d(`Hej Göran,

Jag har fått en kopia av domen från tingsrätten – Ahmad dömdes igår till skyddstillsyn för stöld och
olaga hot mot personal på boendet. Vi behöver se över hans placering och säkerheten för personalen.
Domen bifogas. Den omfattas av sekretess enligt 26 kap. 1 § OSL i den del den rör hans sociala
förhållanden.

/Avdelningschef, Barn och unga`, 'criminal-record', 'social', 'secrecy'),
  d(`Hej,

Till nästa års kulturbudget: vi föreslår stöd till Meänkielifestivalen i Pajala och till en
utställning om tornedalingarnas historia. Projektet görs i samarbete med Svenska Tornedalingars
Riksförbund. Ansökan ska in senast 1 mars.

Kulturförvaltningen`),
  d(`Hej,

Min farmor är tornedaling och jag växte upp med meänkieli hemma i Övertorneå. Jag ser att ni söker
personal med kunskaper i språket till förskolan – jag kan inte skriva så bra men pratar flytande. Är
det intressant?

Med vänliga hälsningar
Malin Keinänen`, 'ethnic-origin'),
  d(`Hej!

Kallelse till fackligt möte för Kommunals medlemmar på Äldreboendet Linden. Vi pratar om
schemaändringen och hur heltidsprojektet påverkar oss. Mötet är torsdag 12 december kl 14 i
personalrummet. Ta med frågor!

Kommunal sektion Omsorg`),
  d(`Hej Matilda,

Här är lite extra till din handläggning: Leo har fått ett fast jobb på lagret och söker därför inte
försörjningsstöd för december. Han har betalat tillbaka återkravet på 4 200 kr. Jag avslutar
ärendet om han inte hör av sig före den 20:e.

/Handläggare, Ekonomiskt bistånd`, 'social'),
  d(`Hej,

Jag har fått en vänförfrågan från en patient på Facebook. Vad gäller? Jag vill inte säga nej på ett
oförskämt sätt, men vet att det finns riktlinjer om sociala medier.

/Fundersam undersköterska

> Svar från HR: Vi rekommenderar att du inte accepterar. Riktlinjerna finns på intranätet.`),
  d(`Hej!

Information från Region Kronoberg om förlossningsvården under julen: förlossningsavdelningen i Växjö
har full bemanning och barnmorskemottagningarna håller öppet som vanligt utom på helgdagar. Gravida
som behöver råd ringer 1177.

Kommunikationsavdelningen`),
  // --- batch 6 ---
  d(`Hej Sebastian,

Re: onboarding of the new developer. Jag har skapat hans konto i GitLab och lagt upp en deploy-nyckel
för bygglovstjänsten. API-nyckeln till kartleverantören är sk_live_7fQ2mZp91LxeR4tBv0sK – lägg in
den i vaulten direkt och ta bort det här mejlet sen, den ska inte ligga i Outlook.

Cheers,
Aleksander
Systemutvecklare, Digitaliseringsenheten`, 'credentials'),
  d(`Hej alla på plan 4,

Passersystemet byts ut under vecka 50. Under bytet kommer dörrarna att stå olåsta dagtid och
väktare finns på plats. Nya passerkort delas ut i receptionen mot uppvisande av legitimation.
Koder och PIN skickas hem per brev, aldrig per e-post.

Fastighetsavdelningen`),
  d(`Hej Elisabeth,

Jag är facklig förtroendeman för Akademikerförbundet SSR på socialförvaltningen sedan i höstas och
vill gärna boka ett möte med dig om arbetsbelastningen i mottagningsgruppen. Jag företräder också
Hampus i hans pågående rehabiliteringsärende, han har bett mig vara med på nästa möte.

Vänliga hälsningar
Nadia Shirazi`, 'trade-union', 'health'),
  d(`Sammanfattning från utvecklingsgruppen för kvinnor med missbruk, 2026-11-11

Närvarande: samordnare från socialtjänsten, beroendemottagningen och frivården.

- Öppenvårdsgruppen startar om i januari, 8 platser.
- Tolkbehov kartläggs för deltagare som inte talar svenska.
- Lokalfrågan är fortfarande olöst.
- Utvärdering av föregående grupp: deltagarnöjdheten var hög, men avhoppen många.

Inga individärenden togs upp.`),
  d(`Hej!

Angående dagens incident på fritidsgården: Liam (15) hade med sig en kniv och hotade en annan
besökare. Polisen kom och tog med honom. Vi har gjort en polisanmälan och en orosanmälan. Mamman är
informerad. Han får inte komma till gården på två veckor.

/Fritidsledare, Kvarnbo ungdomsgård`, 'criminal-record', 'social'),
  d(`Hi all,

Reminder: the next "Lunch & Learn" is on Thursday. Topic: how the Swedish pay system works for
international staff — collective agreements, how salary reviews are done, tax tables, and what
"semesterersättning" means. Bring your own lunch. Slides will be in English.

Cheers,
International Staff Network`),
  d(`Hej Johanna,

Vi har en tjänstledighetsansökan från Emma Kronqvist. Hon ska vara ledig 3 månader för att göra
IVF-behandling i Danmark tillsammans med sin fru. Hon har bett att anledningen inte ska spridas.
Jag föreslår att vi beviljar.

/Enhetschef, Hemtjänst Norr`, 'health', 'sex-life'),
  d(`Hej Kristoffer,

Sammanfattning efter provanställningens utvärdering: Jonna har inte levt upp till kraven på
självständighet i rollen som controller. Flera rapporter har behövt göras om och hon har vid två
tillfällen lämnat felaktiga siffror till nämnden. Vi avslutar provanställningen per 31 december.
Facket är underrättat.

/Ekonomichef`, 'hr-assessment'),
  d(`Hej,

Skickar med anteckningar från nätverksträffen för kommunens HR-specialister. Vi pratade om hur man
dokumenterar arbetsanpassning och rehabilitering, om nya rutiner för sjukanmälan och om
arbetsmiljöverkets föreskrifter om organisatorisk och social arbetsmiljö. Nästa träff i mars.

/HR-nätverket Södra länet`),
  d(`Hej Karim,

Jag har fått in Saras studieresultat från Komvux: A i Engelska 7, C i Matematik 2c, F i Fysik 1a. Hon har
därmed inte full behörighet till högskoleingenjörsprogrammet. Ska vi lägga upp en individuell
studieplan där hon läser om fysiken på distans?

/Studie- och yrkesvägledare`, 'grades'),
  d(`Hej!

Vårens prövningstillfällen för Komvux är nu publicerade. Du som vill pröva för betyg i en kurs anmäler
dig senast 15 februari. Prövningsavgift 500 kr. Resultat meddelas inom tre veckor efter provet.

Komvux Centrum`),
  d(`Hej Ulla,

Kan du kolla om Malmberg har fått sin hemtjänst igen? Han ringde och sa att ingen kommit sedan i
lördags och att han har ont i höften efter fallet förra veckan. Beslutet är 2 besök per dag. Jag hittar
ingen avvikelse i systemet.

/Larmcentralen`, 'social', 'health'),
  d(`Hej,

Under december genomför hemtjänsten en brukarundersökning. Alla som har hemtjänst får en enkät
med posten. Svaren är anonyma och används för att förbättra verksamheten. Personalen kan hjälpa till
att fylla i enkäten om brukaren vill.

Kvalitetsavdelningen`),
  d(`Från: Skatteverket – Folkbokföring
Till: Socialtjänsten, Barn och familj
Ämne: Beslut om kvarskrivning

Skatteverket har beslutat om kvarskrivning för Emilia N. och hennes två barn enligt 16 § folk-
bokföringslagen. Uppgifter om nya bostadsorten omfattas av sekretess enligt 22 kap. 1 § OSL.

Handläggare, Folkbokföringen`, 'protected-identity', 'secrecy'),
  d(`Hej Amira,

Grattis till den nya tjänsten! Välkommen att skicka kontouppgifter för lönen via Heroma självservice,
inte per mejl. Där fyller du också i skattetabell och eventuella fackavgifter.

Vänliga hälsningar
Lönehandläggare`),
  d(`Hej Mona,

Bekräftelse: återbetalningen av deponerad hyresgaranti för hyresgästen i lgh 0903, Mehmet Yilmaz, sker
till hans konto i Länsförsäkringar Bank, clearing 9024, kontonummer 0021 448 917. Han har flyttat till
äldreboende enligt biståndsbeslut och bostaden är uppsagd.

/Bostadssamordnare`, 'bank-account', 'social'),
  d(`Hej,

Länsstyrelsen har publicerat sin rapport om samers rätt till renskötsel och markanvändning i
kommunen. Rapporten behandlas i kommunstyrelsens arbetsutskott i februari. Samebyarnas synpunkter
finns i bilaga 3.

Planenheten`),
  // --- end ---
];
