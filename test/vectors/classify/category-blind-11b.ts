/**
 * Category blind set 11b. BLIND: written in session 8 by a corpus-writer agent from the labelling
 * guide (/tmp/label-guide.md) alone, without reading the classifier, its training data or any other
 * corpus. It must never be used for training, tuning or keyword mining; the lead scores it once.
 *
 * Style: longer, messy texts (about 8 to 40 lines): forwarded threads with quoted history and
 * "Från: … Skickat: …" headers, signatures and legal disclaimers, meeting minutes and APT notes with
 * several agenda items, weekly summaries, chat exports with timestamps, ticket-system and HR-system
 * mails, case-note excerpts, newsletters and bullet lists, in Swedish and English. The sensitive fact,
 * when there is one, may sit anywhere (a quoted older mail, one agenda item, a PS); many texts use the
 * same vocabulary without disclosing anything about a person and carry no label.
 *
 * All names, numbers, addresses and details are invented.
 */
import type { CategoryType } from '../../../src/core/classify/types.js';
import type { LabelledDocument } from './category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const CATEGORY_BLIND_11B: readonly LabelledDocument[] = [
  d(`Hej alla,

Här kommer minnesanteckningar från APT i torsdags (avdelning Solrosen).

1. Schemat för jul och nyår – Lena sammanställer önskemål senast 4/12.
2. Brandövning genomförd, återsamling vid flaggstången fungerade bra.
3. Nya rutiner för läkemedelsöverlämning: två signaturer gäller från 1 december.
4. Personalfrågor: Jonas Wikström är sjukskriven på heltid resten av månaden efter sin knäoperation, hans pass fördelas enligt bilaga.
5. Övrigt: kaffemaskinen är lagad.

Nästa APT 17/12 kl 13.30.

/Maria, enhetschef`, 'health'),
  d(`Hej!

Påminnelse om APT onsdag 9/12 kl 14.00 i stora konferensrummet.

Dagordning:
- Genomgång av sjukfrånvarostatistiken för kvartal 3 (hela förvaltningen)
- Rehabiliteringsrutinen – HR presenterar den uppdaterade processen
- Friskvårdsbidraget 2027
- Arbetsmiljöenkäten, resultat per enhet
- Övrigt

Ta gärna med egen mugg, vi har slut på pappersmuggar.

Hälsningar
Anneli Strand
Enhetschef Hemtjänst Norr`),
  d(`Från: Peter Lundgren
Skickat: den 18 november 2026 09:12
Till: Sara Eklund
Ämne: SV: Mattias – frånvaro

Hej Sara,

Tack, jag har noterat det. Vi tar det på mötet med EHT.

/Peter

Från: Sara Eklund
Skickat: den 17 november 2026 16:40
Till: Peter Lundgren
Ämne: Mattias – frånvaro

Hej Peter,
Mattias i 8B har nu 34 % ogiltig frånvaro sedan skolstart och har F i både matematik och engelska i mitten-av-terminen-omdömet. Han kommer oftast inte förrän efter lunch. Jag har ringt mamma två gånger utan svar.

Sara Eklund
Mentor 8B, Vasaskolan`, 'grades'),
  d(`Veckobrev vecka 47 – Björkängsskolan

Hej vårdnadshavare!

* Måndag: studiedag, fritids öppet som vanligt.
* Betygssättningen i årskurs 9 sker vecka 50 – eleverna får information av sina mentorer.
* Vi ser att frånvaron ökar i hela skolan under november. Hör av er till mentor om ert barn är borta, och anmäl frånvaro före 08.00 i appen.
* Lucia firas 13/12 kl 08.15 i aulan.
* Hittegodset töms fredag – titta efter mössor!

Vänliga hälsningar
Rektor Helena Frisk`),
  d(`[2026-11-20 08:02] Kim: morrn, nån som vet om wifi i plan 3 funkar igen?
[2026-11-20 08:03] Ahmed: nej fortfarande nere, IT har ärendet
[2026-11-20 08:05] Kim: ok. vad är koden till förrådet förresten, måste hämta projektorn
[2026-11-20 08:05] Ahmed: 4471# (byts visst efter nyår)
[2026-11-20 08:06] Kim: tack!!
[2026-11-20 08:15] Lisa: påminnelse fika 10.00, Elin fyller år
[2026-11-20 08:16] Ahmed: 🎂`, 'credentials'),
  d(`Hej,

Vi har fått flera frågor om lösenordsbytet så här kommer en sammanfattning:

1. Alla konton måste byta lösenord senast 30/11.
2. Lösenordet ska vara minst 14 tecken. Använd gärna en lösenordsfras med fyra ord.
3. Dela aldrig ditt lösenord med kollegor, inte ens med IT-supporten – vi frågar aldrig efter det.
4. Engångskoder från BankID eller Authenticator ska aldrig skickas via mejl eller chatt.

Frågor? Ring servicedesk på 010-442 18 00.

IT-avdelningen
Region Västerdal`),
  d(`Ärende #48213 – Uppdaterat av Servicedesk
Status: Löst

Användare: Birgitta Holm (bhol04), Ekonomienheten
Beskrivning: Användaren låst ute efter för många felaktiga inloggningar.

Åtgärd: Kontot upplåst och tillfälligt lösenord satt till Vinter2026!kx
Användaren ombeds byta lösenord vid första inloggning.

Handläggare: Tomas R.
Detta är ett automatiskt meddelande från ärendesystemet. Svara inte på detta mejl.`, 'credentials'),
  d(`Minnesanteckningar LSG (ledningsgrupp), 12 november

Närvarande: RW, KL, MS, AP, JH
1. Budgetuppföljning oktober – prognos -1,2 mkr, främst inhyrd personal.
2. Lönerevisionen 2027: HR informerade om tidplanen, förhandlingar med de fackliga organisationerna startar i februari.
3. Lokalfrågan Ekbacken – ärendet går till nämnden i januari.
4. Rekrytering av ny verksamhetschef, intervjuer v. 49.
5. Kommunikationsplan för ny webb.

Justeras av: KL`),
  d(`Hej Ulrika,

Som vi pratade om – här är underlaget inför lönesamtalet med Fredrik Åberg.

Nuvarande lön: 34 200 kr/mån
Förslag: 35 600 kr (+1 400), motiveras av att han tagit över samordningen av schemaläggningen.
Han har själv framfört att han tycker att han ligger lågt jämfört med kollegorna på Tallen, där flera har runt 36 000.

Ring om något är oklart.

Mvh
Kristina
HR-partner, Vård och omsorg

Detta e-postmeddelande kan innehålla information som omfattas av sekretess. Om du fått meddelandet av misstag, vänligen radera det och meddela avsändaren.`, 'salary'),
  d(`Från: Löneenheten
Skickat: den 2 november 2026 07:30
Ämne: Påminnelse – bankkontouppgifter

Hej,

Vi påminner om att ändringar av löneutbetalningskonto måste registreras i självservice senast den 10:e för att gälla för månadens lön. Löneenheten kan inte ta emot kontonummer via e-post.

Med vänlig hälsning
Löneenheten
Servicecenter HR`),
  d(`Hej!

Jag har bytt bank och behöver få lönen till nya kontot från och med december. Självservicen strular, så jag skickar det här istället:

Swedbank, clearing 8327-9, kontonummer 914 022 387-1
Kontoinnehavare: Nadia Hosseini, anställningsnummer 20431

Tack på förhand!
/Nadia

PS. Kan ni bekräfta när det är ändrat?`, 'bank-account'),
  d(`Hi team,

Quick recap from today's stand-up (Nov 19):

- Deploy of the booking module postponed to Monday, waiting for the pen test report.
- Anders will rotate the API keys for the SMS gateway this week, the new ones go in the vault, NOT in Slack.
- Helpdesk backlog: 42 open tickets, 9 older than 2 weeks.
- Reminder: the card payment flow in the parking app must never log full card numbers, only the last four digits.

Cheers,
Megan
Scrum master, Digital Services`),
  d(`Hi Anders,

Here's the new key for the staging SMS gateway since you asked — please move it into the vault and delete this mail afterwards:

SMSGW_API_KEY=sk_live_7Hq2pXv9LmR4tZ8wN1cY3bKe

The old one is revoked as of 10:00 today.

Thanks,
Megan

> On 19 Nov 2026, at 09:41, Anders Nyqvist wrote:
> Can someone send me the staging key? I don't have vault access yet.`, 'credentials'),
  d(`Protokollsutdrag, Individ- och familjeomsorgsutskottet
Sammanträdesdatum 2026-11-11

§ 112 Informationsärenden
Förvaltningen informerar om utvecklingen av ekonomiskt bistånd. Antalet hushåll med försörjningsstöd har minskat med 4 % jämfört med samma period föregående år. Kostnaden per hushåll ökar dock.

§ 113 Placeringar av barn och unga
Statistik över placeringar enligt SoL och LVU redovisas. Utskottet noterar informationen.

§ 114 Övriga frågor
Inga övriga frågor.

Vid protokollet
Eva Berglund`),
  d(`Hej Johan,

Jag skickar vidare det här från mottaget. Mamman till Ella (6 år, förskoleklass på Norrgården) har hört av sig igen och säger att pappan har druckit mycket sedan han förlorade jobbet och att Ella berättat att han "sover på golvet". Förskolan gjorde en orosanmälan i oktober och utredningen enligt 11 kap. 1 § SoL pågår.

Kan du ta med det till ärendedragningen på tisdag?

/Frida
Socialsekreterare, Barn och unga

Uppgifterna i detta meddelande omfattas av sekretess enligt 26 kap. 1 § OSL.`, 'social', 'secrecy'),
  d(`Nyhetsbrev från Socialförvaltningen – november

I detta nummer:
→ Ny lag om socialtjänst – vad innebär den för oss?
→ Utbildningsdagar i LVU och LVM för nyanställda handläggare 3–4 februari
→ Så fungerar den nya orosanmälningsrutinen för skolor
→ Intervju: Möt familjebehandlarna i Västra teamet
→ Julbord 11 december – anmälan senast 1/12

Redaktör: Camilla Öst, kommunikatör`),
  d(`Från: Lars-Erik Holmgren
Skickat: den 10 november 2026 13:22
Till: HR Personalfrågor
Ämne: VB: Medarbetarsamtal Therese

Vidarebefordrar mina anteckningar för arkivering i personalakten.

-----Ursprungligt meddelande-----
Medarbetarsamtal Therese Lind, 2026-11-06
- Mycket uppskattad av brukarna, tar stort ansvar vid sjukfrånvaro i gruppen.
- Utvecklingsområde: dokumentationen i journalsystemet släpar, vid stickprov saknades anteckningar för 11 besök i oktober.
- Har vid två tillfällen kommit mer än 30 min för sent utan att meddela; vi har kommit överens om att det inte ska upprepas.
- Mål till nästa år: gå handledarutbildningen.

Lars-Erik`, 'hr-assessment'),
  d(`Hej chefer!

Nu öppnar perioden för medarbetarsamtal. Så här gör ni:

1. Boka samtal med varje medarbetare före 31 januari.
2. Använd den nya mallen i HR-portalen (Medarbetarsamtal 2027).
3. Dokumentera överenskomna mål, men spara inte känsliga uppgifter om hälsa i mallen.
4. Lönesamtal hålls separat, efter medarbetarsamtalet.

Utbildning i samtalsmetodik ges 8/12 och 14/1, anmäl via lärportalen.

HR-avdelningen`),
  d(`Hej,

Jag vill bara säga att jag inte kommer på personalfesten i helgen. Det är inget personligt, men jag är muslim och dricker inte, och förra året blev det mest att alla frågade varför jag bara tog läsk. Jag hoppas ni har trevligt!

Vi ses på måndag.
Amina

--
Amina Rashid
Administratör, Byggnadsnämndens kansli`, 'religion'),
  d(`Hej!

Inför julavslutningarna vill vi påminna om Skolverkets vägledning: skolavslutningar får gärna hållas i kyrkan så länge det inte förekommer bön, trosbekännelse eller förkunnelse. Elever som av religiösa skäl inte vill delta ska erbjudas ett likvärdigt alternativ.

Vi har också fått frågor om halal- och vegetariskt alternativ på julbordet – köket ordnar det, lämna önskemål till Pia.

Med vänliga hälsningar
Skolledningen, Ängsbackaskolan`),
  d(`Minnesanteckningar samverkansgrupp (FSG), 5 november

Närvarande: arbetsgivaren (Karin Blom, Håkan Ek), Kommunal (Sanna Vik), Vision (Ola Stjärnkvist), Vårdförbundet (Li Persson)

1. Information om omorganisation av nattpatrullen. Kommunal önskar en riskbedömning innan beslut.
2. Arbetsmiljö: ökade hot mot personal i hemtjänsten, Vision lyfter behov av larm.
3. Lönekartläggning 2026 – rapporten klar i december.
4. Nästa möte 3 december.

Justeras av Sanna Vik och Karin Blom.`, 'trade-union'),
  d(`Hej alla!

Vision bjuder alla medlemmar – och de som funderar på att bli det – på frukost fredag 27/11 kl 07.30–09.00 i personalrummet på plan 2. Vi pratar om löneöversynen och svarar på frågor om försäkringar.

Välkomna!
Vision Kommunen Ekedal

Du får det här mejlet eftersom du står på sändlistan "Alla anställda".`),
  d(`Från: Ola Stjärnkvist
Skickat: den 23 november 2026 11:04
Till: Karin Blom
Ämne: Rehabmöte Sofia

Hej Karin,

Sofia Hedlund har bett mig som hennes fackliga företrädare från Vision att vara med på rehabmötet på torsdag. Hon är fortfarande sjukskriven på 50 % för utmattningssyndrom och vill diskutera en långsammare upptrappning än det som föreslogs i planen.

Passar kl 10?

Ola Stjärnkvist
Huvudskyddsombud / ordförande Vision Ekedal`, 'trade-union', 'health'),
  d(`Case note excerpt – Family Services, International Unit
Date: 14 Nov 2026
Worker: R. Tan

Home visit carried out with interpreter (Tigrinya). Family arrived from Eritrea in 2024; mother says the children are doing well at school but the eldest (14) refuses to attend Swedish classes. Household receives ekonomiskt bistånd pending the father's establishment plan. Agreed follow-up in three weeks.

Next steps:
- contact school welfare team
- check the housing application status`, 'social', 'ethnic-origin'),
  d(`Hej,

Inför Mångkulturella veckan söker vi personal som vill berätta om sitt ursprung, sina högtider eller sitt modersmål på lunchseminarierna. Hör av dig till Jessica i receptionen!

Program:
Mån – Samisk nationaldag i efterhand, film och fika
Tis – Romsk historia i Sverige, föreläsning av länsmuseet
Ons – Meänkieli och tornedalsk kultur
Tors – Jiddisch i Sverige
Fre – Gemensam lunch med rätter från hela världen

Kulturenheten`),
  d(`Från: Anna-Karin Nilsson
Skickat: den 4 november 2026 15:10
Till: Modersmålsenheten
Ämne: Ansökan om modersmålsundervisning

Hej,

Vi har en ny elev i 3A, Tuula Rantanen, vars familj är sverigefinnar och pratar finska hemma. Föräldrarna vill att hon ska få modersmålsundervisning i finska och har också frågat om förvaltningsområdet ger rätt till förskola på finska för lillebror.

Kan ni höra av er direkt till dem?

Mvh
Anna-Karin, klasslärare 3A`, 'ethnic-origin'),
  d(`Hej Gustav!

Som du säkert sett i lokaltidningen är Per Ahlström från tekniska kontoret med på Centerpartiets lista till fullmäktige nästa år, och han har redan börjat dela ut flygblad utanför Ica på lördagarna. Inget konstigt i sig, men vi måste se till att han inte handlägger ärendet om vindkraftsparken som partiet drivit så hårt. Kan vi prata om jäv på mötet?

/Inger`, 'political-opinion'),
  d(`Information inför valet 2026

Medarbetare i kommunen har rätt att engagera sig politiskt på sin fritid. Tänk på följande:
• Använd inte kommunens e-post, datorer eller lokaler för partipolitiskt arbete.
• Bär inte partisymboler i tjänsten vid kontakt med medborgare.
• Vid jäv – anmäl till din chef.

Frågor om förtroendeuppdrag och ledighet besvaras av HR.

Kommunledningskontoret`),
  d(`Subject: FW: Lab results – family screening

---------- Forwarded message ---------
From: Dr. Helen Marsh, Clinical Genetics
Date: Thu, 12 Nov 2026
To: Ingrid Sand

Dear Ingrid,

The sequencing of the BRCA2 gene for your brother Mikael has now been completed and shows the same pathogenic variant that was found in your mother. He has been informed by phone. We recommend that his two daughters are offered counselling and testing from the age of 25.

Kind regards,
Helen Marsh
Consultant, Clinical Genetics Unit`, 'genetic', 'health'),
  d(`Hej,

Nytt från Regionens forskningsfond:

- Utlysning: projekt om ärftlig cancer och genetisk vägledning, sista ansökningsdag 15 februari.
- Seminarium 3/12: "Genetisk screening av nyfödda – etiska frågor".
- Biobanken byter provhanteringssystem i januari; prover registreras manuellt under vecka 2.

Hälsningar
FoU-enheten`),
  d(`Incident report #INC-20931
Category: Access control
Reported by: Security desk, Stadshuset

At 06:48 the fingerprint reader at the staff entrance rejected employee Jörgen Falk (badge 1184) three times. His enrolled template was found to be corrupted after the system update on 16/11. He was let in by the guard. Template re-enrolled at 07:30 (right index + right middle finger).

Follow-up: vendor to check whether other templates were affected by the update.

Closed by: M. Said`, 'biometric'),
  d(`Hej alla,

Från och med 1 februari byter vi passersystem i stadshuset. Det nya systemet använder kort + PIN; vi kommer INTE att använda fingeravtryck eller ansiktsigenkänning, efter dataskyddsombudets bedömning.

Korten delas ut i receptionen vecka 4. Ta med legitimation.

Frågor till fastighetsavdelningen.

/Lokalservice`),
  d(`Ärende: Dödsfall/kondoleans – SV: SV: Blommor

Hej Jenny,

Japp, jag fixar blommor från avdelningen. Ska vi skriva något till hans man också? Jag vet att Stefan och Thomas gifte sig i våras, men jag vet inte om alla på avdelningen känner till det, så jag tänkte att vi håller det neutralt på kortet: "Till Stefans familj".

/Rebecka

> Från: Jenny Bergh
> Skickat: den 20 november 2026 08:14
> Hej, vill någon ordna blommor till Stefan? Hans pappa gick bort i helgen.`, 'sex-life'),
  d(`Hej!

Välkomna på föreläsning under Pride-veckan: "HBTQI i äldreomsorgen – att möta äldre hbtqi-personer med respekt". Föreläsare från RFSL.

Tid: 15 februari kl 13–15
Plats: Aulan, Kulturhuset
Anmälan via lärportalen senast 1 februari.

Föreläsningen ingår i arbetet med HBTQI-certifieringen av våra boenden.

Med vänlig hälsning
Jämställdhetsstrategen`),
  d(`Från: Folkbokföring/Skatteverket (kopia för kännedom)
Vidarebefordrat av: Eva Lind, Elevhälsan

Hej alla i EHT,

Till er kännedom: eleven i 5C som började i måndags, Noah, har skyddad folkbokföring. Det innebär att hans adress inte får finnas i något klassregister, att foton inte får publiceras på skolans sida och att ingen information om honom lämnas ut till någon som ringer, oavsett vem de säger att de är. Mamma är den enda som får hämta.

Eva Lind
Skolsköterska`, 'protected-identity'),
  d(`Hej,

Påminnelse om rutinen för personer med skyddade personuppgifter:

1. Kontrollera alltid i folkbokföringen om det finns sekretessmarkering innan du skickar utskick.
2. Brev till personer med skyddad folkbokföring skickas via Skatteverkets förmedlingsuppdrag.
3. Skriv aldrig ut adresser i öppna listor eller i e-post.

Rutinen finns i ledningssystemet under "Informationssäkerhet".

Registratorn`),
  d(`Hej Mikael,

Här är utdraget du bad om inför anställningen av Rickard Söderberg (fritidsledare). Belastningsregistret visar en dom från 2023 för ringa narkotikabrott (dagsböter), inga andra anteckningar. Enligt vår rutin avgör verksamhetschefen om det hindrar anställning i verksamhet med barn.

Registerutdraget ska inte sparas i personalakten, bara att det visats.

Hälsningar
Johanna, HR`, 'criminal-record'),
  d(`Hej!

Från 1 januari kräver vi registerutdrag ur belastningsregistret för alla som anställs inom LSS-verksamheten, även timvikarier. Utdraget beställs av den sökande hos Polisen och visas upp i original vid anställningsintervjun.

Blankett: "Utdrag ur belastningsregistret – arbete med barn med funktionsnedsättning".

HR-avdelningen`),
  d(`Ang. faktura – SV: Kortbetalning

Hej,

Jag ringde och pratade med Malin igår om hyran för Folkets hus. Ni bad mig mejla kortuppgifterna så här kommer de:

Kortnummer: 4571 2658 2610 5496
Giltigt t.o.m.: 08/28
CVC: 381
Namn: Göran Berglöf (Föreningen Hembygdsgillet)

Vänliga hälsningar
Göran`, 'payment-card'),
  d(`Hej,

Vi har noterat att flera kunder mejlar in kortuppgifter för betalning av lokalhyra. Av säkerhetsskäl tar vi inte längre emot kortnummer via e-post eller telefon. Hänvisa i stället till betallänken i bokningsbekräftelsen.

Om någon ändå mejlar ett kortnummer: radera mejlet och be dem använda länken.

Bokningsenheten`),
];
