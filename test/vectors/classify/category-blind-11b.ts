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
  d(`Veckosammanfattning – Hemtjänst Söder, v. 46

Hej alla!

Kort om veckan som gått:
- 3 nya brukare har fått beslut om hemtjänst, planering görs av Yasmin.
- Bilen med reg.nr KLM 482 är på service till onsdag, använd cyklarna.
- Hygienombuden träffas 1/12.
- Vi har haft hög sjukfrånvaro i gruppen, det är förkylningstider – stanna hemma om ni är sjuka och sjukanmäl er före kl 06 i appen.
- Tack till alla som ställde upp och tog extrapass i helgen!

Trevlig helg
Camilla, samordnare`),
  d(`Veckosammanfattning – Hemtjänst Norr, v. 47

- Nyckelhanteringen: alla nycklar ska kvitteras i skåpet, vi saknar fortfarande två.
- Brukaren på Lindvägen 14 (Herr Sjöberg) är inlagd på lasarettet sedan tisdag efter en stroke, insatserna pausas tills vidare. Dottern hör av sig när han skrivs ut.
- Julbordet: anmälan till Moa.
- Utbildning i förflyttningsteknik 2/12, obligatorisk för nyanställda.

/Samordnarna`, 'health'),
  d(`Från: Katarina Wennberg
Skickat: den 16 november 2026 20:51
Till: Mentor 2B
Ämne: Sv: Frånvaro

Hej igen,

Jag vill bara förklara varför Alva varit borta så mycket. Hon har fått diagnosen typ 1-diabetes i oktober och vi har varit mycket på barnkliniken för att ställa in insulinet. Hon mår bättre nu men kommer behöva ta blodsocker under skoldagen. Kan vi boka ett möte med skolsköterskan?

Mvh Katarina (mamma till Alva)

> Hej Katarina! Alva har varit frånvarande 11 dagar sedan höstlovet, vi vill gärna stämma av hur det går. /Mentor 2B`, 'health', 'grades'),
  d(`Hej!

Här kommer ett sammandrag av betygsstatistiken för åk 9, vårterminen, som underlag till kvalitetsrapporten:

- Andel elever med godkänt i alla ämnen: 78 % (förra året 74 %)
- Genomsnittligt meritvärde: 224,5
- Lägst andel godkända: matematik (87 %) och moderna språk (89 %)
- Flickor har i genomsnitt 21 meritpoäng mer än pojkar

Ingen data på individnivå ingår.

Mvh
Kvalitetsutvecklare, Grundskoleförvaltningen`),
  d(`Utdrag ur IUP – Leo Karlsson, åk 7, ht 2026

Svenska: Leo når kunskapskraven för E. Han läser gärna men behöver träna på att strukturera längre texter.
Matematik: Ännu inte godtagbara kunskaper inom algebra. Provet v. 44: 9/30 poäng.
Engelska: C-nivå muntligt.
Idrott: Ej bedömd p.g.a. hög frånvaro (40 % av lektionerna).

Åtgärder: extra anpassningar i matematik, mattestuga tisdagar.

Underskrift mentor: _______  Vårdnadshavare: _______`, 'grades'),
  d(`[09:14] Henrik: hej, vet du vem som har hand om lönen för timvikarierna nu när Siv slutat?
[09:15] Annika: Det är Malin på lönecentrum tills vidare
[09:15] Henrik: tack. Linnea säger att hon fått 3 000 för lite i november, hon jobbade 4 extra nätter som inte kom med
[09:17] Annika: Be henne skicka tidrapporten, hennes timlön är 168 kr + OB så det borde gå att räkna ut
[09:17] Henrik: 👍
[09:40] Henrik: förresten, kaffet är slut igen`, 'salary'),
  d(`Hej,

Information om lönerevisionen 2027:
• Revisionsdatum 1 april.
• Lönesamtal ska vara genomförda senast 28 februari.
• Centralt avtal: 3,0 % för Kommunals område, individuell fördelning för Vision och Akademikerförbunden.
• Cheferna får sina lönelistor i januari.

Frågor om processen tas med HR-partner.

Med vänlig hälsning
Förhandlingschefen`),
  d(`RE: RE: Utlägg konferens Umeå

Hej Sebastian,

Tyvärr gick utbetalningen i retur, kontonumret du angav verkar ha en siffra för mycket. Kan du kolla igen?

/Eva, Ekonomi

> Hej Eva, här är mitt konto för ersättningen av hotellnatten: Handelsbanken clearing 6112, konto 739 481 2205. Beloppet var 1 480 kr. /Sebastian Lövgren`, 'bank-account'),
  d(`Hej,

Vi har bytt bank för kommunens leverantörsbetalningar. Nya uppgifter till leverantörsregistret:

Bankgiro: 5123-8876
IBAN: SE45 5000 0000 0583 9825 7466 (kommunens huvudkonto)

Observera att detta gäller kommunens egna konton. Leverantörer ska inte skicka sina kontouppgifter via mejl utan via leverantörsportalen.

Ekonomienheten`),
  d(`From: Tomasz Wójcik
Sent: 19 November 2026 14:02
To: Payroll
Subject: My new account

Hello,

I have opened an account in Sweden now, please pay my salary there from December instead of my Polish account:

Nordea, clearing 3300, account 8812 4407 19
Account holder: Tomasz Wójcik

Also my old Polish account PL61 1090 1014 0000 0712 1981 2874 can be removed.

Thank you!
Tomasz (night shift, Kv. Lärkan)`, 'bank-account'),
  d(`APT-anteckningar Fritidsgården Kvarnen 17/11

1. Verksamheten: höstlovsaktiviteterna hade 230 besök.
2. Säkerhet: en besökare (Elias, 16) greps av polis utanför gården i fredags misstänkt för rån mot en yngre kille vid busshållplatsen. Vi har fått frågor från föräldrar. Hänvisa till polisen, kommentera inte.
3. Budget: inköp av nytt biljardbord godkänt.
4. Julstängt 23/12–2/1.

Antecknat av: Robin`, 'criminal-record'),
  d(`Hej,

Inför diskussionen på APT om trygghet i centrum:

Polisen redovisade på samverkansmötet att anmälda brott i centrumområdet ökat med 12 % jämfört med förra året, främst stölder och skadegörelse. Kommunen och polisen tar fram en gemensam lägesbild. Fältassistenterna kommer att vara ute fredagar och lördagar under december.

/Trygghetssamordnaren`),
  d(`Från: Kriminalvården, Frivården Västerdal
Skickat: den 9 november 2026 10:30
Till: Arbetsmarknadsenheten
Ämne: Samhällstjänst

Hej,

Vi har en klient, Dennis Holm, som dömts till samhällstjänst 120 timmar för olaga hot och som vi vill placera hos er på återbruket. Han har fungerat bra i tidigare praktik. Kan vi boka ett trepartssamtal?

Med vänlig hälsning
Sara Engström
Frivårdsinspektör

Detta meddelande kan innehålla uppgifter som omfattas av sekretess enligt 35 kap. OSL.`, 'criminal-record', 'secrecy'),
  d(`Hej,

Vi gör en översyn av e-postsignaturerna i förvaltningen. Från och med januari ska alla ha den gemensamma sekretessfrasen:

"Detta e-postmeddelande kan innehålla information som omfattas av sekretess. Om du fått meddelandet av misstag ber vi dig radera det och meddela avsändaren."

Mallen finns på intranätet. Lägg inte till egna citat eller bilder.

Kommunikationsavdelningen`),
  d(`Sekretessprövning – begäran om allmän handling

Ärende: BUN 2026/431
Sökande: journalist, Västerdals Tidning

Den begärda handlingen (utredningsrapport gällande elev på Sjöviksskolan) har sekretessprövats. Uppgifterna om elevens hälsa och familjeförhållanden omfattas av sekretess enligt 23 kap. 2 § OSL och får inte lämnas ut. Övriga delar lämnas ut maskerade.

Beslutet kan överklagas till kammarrätten.

Karl Sundqvist
Förvaltningsjurist`, 'secrecy'),
  d(`Hej alla,

Här kommer anteckningarna från vårt team-möte (samordnare, LSS-boendet Lunden):

• Boendet har fått ny sjuksköterska, Mira, på 50 %.
• Brukaren i lägenhet 4 har fått utökat beslut om ledsagarservice enligt LSS, 20 timmar/månad från december. Ledsagare söks.
• Städrutinen i tvättstugan – ny lista på dörren.
• Vi behöver fler vikarier till jul.

/Tove`, 'social'),
  d(`Hej,

Vi har nu uppdaterat informationen på webben om LSS:
- Vem kan ansöka om insatser?
- Hur lång är handläggningstiden? (i snitt 3 månader)
- Hur överklagar man ett beslut?

Vi har också lagt till en film på teckenspråk. Tipsa gärna brukare och anhöriga!

Hälsningar
Kommunikatör, Funktionsstöd`),
  d(`Kvittens från HR-systemet (Heroma)
Ärende: Sjukanmälan
Anställd: Viktor Enqvist, avdelning Gatu/Park
Första sjukdag: 2026-11-23
Frånvaroorsak (fritext): ryggskott, läkarbesök bokat tisdag

Chef: Peter Fors
Anmälan registrerad av: Självservice

Detta är ett automatiskt meddelande. Du kan inte svara på det.`, 'health'),
  d(`Kvittens från HR-systemet (Heroma)
Ärende: Semesteransökan
Anställd: Viktor Enqvist, avdelning Gatu/Park
Period: 2026-12-21 – 2027-01-01
Status: Beviljad

Chef: Peter Fors
Kommentar: God jul!

Detta är ett automatiskt meddelande. Du kan inte svara på det.`),
  d(`Hej Malin,

Tack för ett bra samtal idag. Som vi pratade om skickar jag min egen sammanfattning:

Jag har sedan i somras fått medicin mot ADHD och det har gjort stor skillnad för min koncentration på jobbet. Jag vill ändå fortsätta med anpassningarna vi kom överens om (tyst rum på eftermiddagarna, skriftliga arbetsinstruktioner). Jag vill inte att resten av gruppen får veta om diagnosen.

Mvh
Oskar

--
Oskar Lindahl
Handläggare, Bygglov`, 'health'),
  d(`Hej!

Tips från företagshälsovården:
Visste du att du kan få kostnadsfria samtal med psykolog via Avonova – upp till 5 samtal per år utan att din chef behöver veta? Ring 0771-44 11 00.

Andra nyheter:
- Influensavaccination på jobbet 1/12 kl 9–12 i Stadshuset.
- Ergonomironden för kontorsplatser startar vecka 2.

Friskvårdsgruppen`),
  d(`Från: Helena Bäck
Skickat: den 21 november 2026 07:58
Till: Barnhälsovården Östra
Ämne: VB: Provsvar

Hej,

Vidarebefordrar eftersom föräldrarna inte fått svar. Nyföddhetsscreeningen (PKU) för lilla Wilma Ström visade förhöjda värden och den kompletterande DNA-analysen bekräftade att hon har cystisk fibros, med två kopior av F508del. Båda föräldrarna är alltså bärare. De har fått tid på Lund 2/12 men undrar om syskonet också bör testas.

Helena Bäck
BVC-sjuksköterska`, 'genetic', 'health'),
  d(`Veckans tips från Biblioteket:

📚 "Generna och vi" – ny populärvetenskaplig bok om ärftlighet
📚 Läsecirkel om DNA-släktforskning, start 14/1
📚 Utställning: "Fingeravtryck – polisens historia", entréhallen hela december

Öppettider i jul: se hemsidan.

/Biblioteket i Ekedal`),
  d(`Hi Pernilla,

Following the audit: the HR system still stores scanned passport photos of all employees from the old ID-card process, and the face-recognition module in the visitor system has created face templates for 312 staff members, including yours and mine. The DPO wants them deleted before 31/12.

Could you run the export so we know exactly whose templates exist? Priority names for the first batch: Jonas Kerr, Maja Lund, Aziz Rahimi.

Best,
Daniel
Information Security`, 'biometric'),
  d(`Ärende #51022 – Nytt
Kategori: Passersystem
Anmälare: Lisa Wendt (receptionen)

Röstigenkänningen i växelns autentisering för kommunstyrelsens ordförande (Bengt Roos) fungerar inte efter att han varit förkyld – systemet känner inte igen hans röstprofil. Kan leverantören spela in en ny röstmall? Han behöver kunna lyssna av sitt röstbrevlåde-arkiv från mobilen.

Prioritet: Normal`, 'biometric'),
  d(`Hej Lena!

Jag behöver prata med dig om Sam i 9A. Sam har sagt till mig i förtroende att han är transkille och vill bli kallad Sam och han/honom i skolan, men att föräldrarna inte vet om det ännu. Han vill inte heller att det står något i Skolplattformen än. Hur gör vi med namnet i närvarolistan?

Kan vi ses efter lunch?

/Emir, kurator`, 'sex-life'),
  d(`Hej alla!

Välkomna till nästa träff i vårt HBTQ+-nätverk för anställda (öppet för alla, även allierade). Vi pratar om hur vi kan göra rekryteringsannonser mer inkluderande.

Tid: 3 december 12.00–13.00, lunch bjuds på
Plats: Rum Kastanjen

Anmäl dig till Sofie så vi vet hur många mackor vi ska beställa.

🌈 Nätverket Regnbågen`),
  d(`Från: Henrik Åström
Skickat: den 12 november 2026 17:33
Till: Enhetschef Boendestöd
Ämne: Angående Lukas

Hej,

Jag är personal på Björkgården. Jag vill informera om att brukaren Lukas (23) har berättat att han har en sexuell relation med en annan boende och att den andra boende, Mira, har en intellektuell funktionsnedsättning. Jag är osäker på om hon förstår vad hon går med på. Vi behöver diskutera det här i teamet och eventuellt kontakta LSS-handläggaren.

Henrik`, 'sex-life', 'social', 'health'),
  d(`Hej!

Påminnelse: i skyddsombudsutbildningen 2 december (grundkurs) ingår ett block om hot och våld och om hur man hanterar medarbetare med skyddade personuppgifter i schemaplaneringen.

Kursen är kostnadsfri för medlemmar i Kommunal och Vision. Anmälan till respektive fackförbund.

Personalavdelningen`),
  d(`Från: Marie Holmberg
Skickat: den 13 november 2026 08:02
Till: Lönecentrum; Schemaläggning
Ämne: Ny medarbetare – viktigt

Hej,

Vi har anställt Sandra (efternamn finns i Heroma) som undersköterska på Eken från 1/12. Hon har kvarskrivning och skyddad folkbokföring, så hennes namn får inte stå på det schema som sitter uppsatt i personalrummet och hon får inte vara med på gruppbilden till webben. Lönespecen skickas via Skatteverkets förmedling.

Tack!
Marie, enhetschef`, 'protected-identity'),
  d(`Hej Jakob!

Mamma ringde och ville att jag skulle berätta för dig att farbror Ali, som ju kommer från Iran och är kurd precis som mamma, har flyttat tillbaka dit sen förra veckan och att han ville hälsa. Han säger att du alltid var hans favoritelev när han bodde här. 😊

Förresten: kommer du på min disputation 11 december? Det är öppet för alla.

Kram
Leila

(Skickat från min iPhone)`, 'ethnic-origin'),
  d(`Hej,

I samband med pilotprojektet "Samiska språket i förskolan" vill vi ha kontakt med föräldrar som kan tänkas vilja delta. Information har gått ut via förskolornas appar. Projektet är öppet för alla barn oavsett bakgrund; det förutsätter inte samisk härkomst.

Kontakt: Sara Kuoljok, samordnare för förvaltningsområdet.

Förskoleförvaltningen`),
  d(`Anteckningar – Familjestödsmöte 18/11 (internt)

Närvarande: Sanna, Mehmet, Louise

1) Familjen Demir: samtalen går framåt. Pappan har fått hjälp att söka arbete. Fortsatt familjebehandling 1 ggr/vecka.
2) Familjen K: mamman är rom och säger att hon tidigare blivit illa bemött av socialtjänsten, vill ha med en brobyggare på mötena. Vi bokar Valentina från Romska rådet.
3) Ny kollega börjar 1/12, introduktion ansvarar Louise för.

Nästa möte 25/11.`, 'social', 'ethnic-origin'),
  d(`Hej!

Vi håller på att planera höstens politiska skolval och söker lärare som vill hjälpa till med valsedlar och valbås. Alla partier som bjuds in till valdebatten har fått samma information. Eleverna i åk 7–9 röstar 9 september.

Hälsningar
SO-ämneslaget`),
  d(`Hej,

Vill du verkligen att Lotta ska sitta med i referensgruppen för den nya integrationsplanen? Hon är ju aktiv i Sverigedemokraterna i Norrby och har skrivit insändare mot att kommunen tar emot fler nyanlända. Jag säger inte att hon inte kan göra ett bra jobb, men det kan bli svårt med förtroendet hos föreningarna.

/Mats

Skickat från Outlook för Android`, 'political-opinion'),
  d(`Hej Mats,

Jag förstår din oro men vi kan inte välja bort medarbetare till referensgrupper utifrån vad de gör på fritiden så länge det inte påverkar arbetet. Ta gärna upp det med HR om du vill få det bedömt.

/Carina

---
Från: Mats Hedberg
Skickat: den 16 november 2026 10:15
Ämne: Referensgruppen

Vill du verkligen att Lotta ska vara med? Jag tror det kan bli svårt med förtroendet.`),
  d(`Weekly HR digest – week 47

• New starters: 14 (welcome!)
• Leavers: 6
• Sick leave rate October: 6.8 % (target 6.0 %)
• Open grievances: 2 (handled in line with policy)
• Union consultations held: 5 (MBL §11 on reorganisation of IT support)
• Reminder: performance reviews must be completed by 31 January.

Questions? hr-helpdesk@ekedal.example`),
  d(`Hej Mohammad,

Jag har pratat med Zeynep och vi är överens om att hon får gå ifrån en stund på fredagar för att be. Hon tar igen tiden i slutet av dagen. Eftersom hon är ensam i receptionen fredag eftermiddag behöver du eller Jan täcka upp kl 12.15–12.45.

Tack!
/Annette

PS. Påminnelse att reklamationen för skrivaren ska skickas in idag.`, 'religion'),
  d(`Ämne: Bönerum i kommunhuset?

Hej,

En fråga från medarbetarenkäten: finns det möjlighet att inrätta ett tyst rum eller ett bönerum? Flera har efterfrågat det. Vi tittar på om rum 214 kan användas som "stilla rum" för alla, oavsett livsåskådning.

Synpunkter till lokalgruppen senast 10/12.

Fastighetsavdelningen`),
  d(`Hej alla nya medarbetare!

Välkomna till introduktionsdagen 30 november. Program:
08.30 Kaffe och mingel
09.00 Kommunchefen hälsar välkommen
09.45 Informationssäkerhet – lösenord, tvåfaktorsinloggning och hur du hanterar sekretess
10.30 Fackliga organisationerna presenterar sig (Kommunal, Vision, Sveriges Lärare, Akademikerförbunden)
11.30 Lunch
13.00 Rundvandring

Frågor: Introduktionsteamet`),
  d(`Från: Jan Persson
Skickat: den 6 november 2026 12:40
Till: Personalchef
Ämne: Förhandling 14 nov

Hej Lena,

Bekräftar att jag som ombud för Kommunal företräder Anneli Svensson vid förhandlingen om hennes varning. Anneli är medlem hos oss sedan 2011. Hon bestrider att hon lämnade arbetsplatsen utan tillstånd den 2 oktober och vi kommer att begära att varningen dras tillbaka.

Jan Persson
Kommunal sektion Västerdal`, 'trade-union', 'hr-assessment'),
];
