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
Consultant, Clinical Genetics Unit`, 'genetic'),
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

/Samordnarna`, 'health', 'social'),
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

Prioritet: Normal`, 'biometric', 'health'),
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
  d(`Från: Receptionen Simhallen
Skickat: den 22 november 2026 16:05
Till: Ekonomi
Ämne: VB: Återbetalning årskort

Hej, kan ni hjälpa till med den här? Kunden vill ha pengarna tillbaka på kortet.

---
Hej! Jag köpte årskort i simhallen i augusti men har nu flyttat till Göteborg. Kan jag få tillbaka resterande belopp? Jag betalade med Mastercard 5355 6242 9762 1515, giltigt till 11/27. /Elin Ragnarsson, tel 070-318 44 90`, 'payment-card'),
  d(`Hej,

Nu är det dags att förnya kommunens inköpskort (Visa Business). Korten som går ut 12/26 ersätts automatiskt och skickas till respektive kortinnehavares arbetsplats. Aktivera det nya kortet genom att göra ett köp med PIN-kod.

Tänk på:
- Kortnummer och CVC får aldrig mejlas.
- Kvitton laddas upp i Expense senast 5 dagar efter köp.
- Borttappat kort: spärra direkt på 020-31 31 31.

Ekonomienheten`),
  d(`Chattlogg – Kundtjänst Kollektivtrafik (export)
2026-11-18 19:02 Kund: hej jag har blivit dragen två gånger för månadskortet
2026-11-18 19:03 Agent Nora: Hej! Vad tråkigt. Kan du ange de fyra sista siffrorna på kortet?
2026-11-18 19:03 Kund: 4036 6027 6133 4682 utg 03/29
2026-11-18 19:04 Agent Nora: Tack, du behöver bara ange de fyra sista, jag maskerar resten. Jag ser dubbeldragningen och återbetalar 985 kr inom 5 bankdagar.
2026-11-18 19:05 Kund: toppen tack
2026-11-18 19:05 Agent Nora: Ha en fin kväll!`, 'payment-card'),
  d(`Chattlogg – Kundtjänst Kollektivtrafik (export)
2026-11-19 08:11 Kund: går det att betala med kort på bussen nu?
2026-11-19 08:12 Agent Omar: Hej! Ja, du kan blippa ditt bankkort eller mobil direkt vid kortläsaren. Vi tar Visa, Mastercard och Amex.
2026-11-19 08:12 Kund: och om jag glömt kortet?
2026-11-19 08:13 Agent Omar: Då kan du köpa biljett i appen. Kontant tas inte ombord.
2026-11-19 08:13 Kund: ok tack
2026-11-19 08:14 Agent Omar: Trevlig resa!`),
  d(`Minnesanteckningar – Lönesamtal, bisittare HR (konfidentiellt)
Datum: 2026-11-12
Medarbetare: Jessica Lund, biståndshandläggare
Chef: Roger Ahl

- Nuvarande lön 37 900 kr.
- Jessica anser att hennes lön är för låg med tanke på att hon handleder två nyanställda. Hon hänvisar till att nyanställda handläggare anställts på 38 500.
- Roger föreslår 39 200 kr från 1 april, Jessica önskar 40 000.
- Ingen överenskommelse; ärendet går vidare till förhandling med Akademikerförbundet SSR där hon är medlem.

Antecknat av: Sofia Holm, HR`, 'salary', 'trade-union'),
  d(`Hej alla,

Vi har fått frågor om varför nyanställda ibland får högre ingångslön än de som jobbat länge. Några principer:
- Lön sätts utifrån marknad, ansvar och prestation.
- Löneläget för nyanställda följs upp varje år i lönekartläggningen.
- Om du tycker att din lön är fel satt – ta upp det i lönesamtalet.

Lönestatistik per yrkesgrupp finns på intranätet (medianlön, inga individuppgifter).

/HR`),
  d(`Hej Amanda,

Vi har gått igenom bonusfördelningen för projektet Nya Torget. Som du vet ska bonusen fördelas enligt insats:
- Kalle Berg: 12 000 kr
- Amanda Wiik: 15 000 kr
- Petra Ek: 8 000 kr (deltog bara halva projektet)

Utbetalas med decemberlönen. Prata inte om beloppen med resten av gruppen förrän alla har fått besked.

Mvh
Fredrik
Projektchef, Stadsbyggnad`, 'salary'),
  d(`Dagordning – Föräldramöte 4A, tisdag 1 december kl 18.00

1. Presentation av nya klassläraren
2. Hur vi arbetar med bedömning och omdömen i åk 4 – skriftliga omdömen ges i alla ämnen i slutet av terminen
3. Närvaro och frånvaroanmälan – varför det är viktigt att anmäla frånvaro före kl 08
4. Klassresan i vår – förslag från klassrådet
5. Val av klassföräldrar
6. Övrigt

Fika finns, ta med egen kopp!
/Klasslärare 4A`),
  d(`Från: Lärare matematik
Skickat: den 20 november 2026 14:48
Till: Vårdnadshavare till Wilma Åkesson
Ämne: Resultat nationella provet

Hej,

Jag vill informera om att Wilma inte nådde godkänt på delprov C (algebra) på det diagnostiska provet, 6 av 22 poäng, men hon klarade geometridelen med marginal. Med tanke på att betyget sätts i juni föreslår jag att hon går på mattestugan på onsdagar. Hon har också missat sex lektioner den senaste månaden.

Vänliga hälsningar
Anders Wikman`, 'grades'),
  d(`Hej!

Här är tentaresultaten från Statistik A, ordinarie tillfälle 2 november:

Linnea Jonsson – VG
Hampus Ek – G
Sara Mattsson – U (kan skriva omtenta 15/12)
Oscar Lind – G
Jasmin Öberg – VG

Kom ihåg att signera protokollet i Ladok innan fredag!

/Kursadministrationen, Institutionen för ekonomi`, 'grades'),
  d(`Info från Ladok-supporten:

Från och med vårterminen ändras arbetsflödet för resultatrapportering. Examinatorn ska attestera resultat inom 15 arbetsdagar efter tentamen. Studenter kan se sina resultat direkt i Ladok för studenter.

Utbildningstillfällen för kursadministratörer:
- 3 dec 10–12 (Zoom)
- 12 jan 13–15 (Sal B201)

Ladok-gruppen`),
  d(`Från: Eva Sjödin
Skickat: den 11 november 2026 10:11
Till: HR Stöd
Ämne: Skriftlig erinran – Marcus Lindqvist

Hej,

Jag behöver hjälp att formulera en skriftlig erinran. Bakgrund:
- Marcus har vid tre tillfällen (3/10, 17/10, 5/11) lämnat sitt pass i hemtjänsten före utsatt tid utan att meddela samordnaren.
- Vid ett av tillfällena missades ett läkemedelsbesök hos en brukare.
- Vi har haft samtal om detta två gånger tidigare.

Han är medlem i Kommunal så facket ska nog underrättas, eller hur?

Eva, enhetschef`, 'hr-assessment', 'trade-union'),
  d(`Hej,

HR har tagit fram en ny mall för skriftliga erinringar och varningar. Mallen innehåller:
1. Bakgrund och vilka händelser det gäller
2. Tidigare åtgärder och samtal
3. Vad som förväntas framöver
4. Konsekvenser vid upprepning

Kom ihåg att underrätta den lokala fackliga organisationen enligt LAS när det gäller varning. Hör av er till HR innan ni skickar något.

/HR-stöd`),
  d(`Sammanfattning – Personlighetstest chefsrekrytering (konfidentiellt)

Kandidat: Ingela Rask
Test: OPQ32 + Verify

Resultat i korthet:
- Hög på "övertygande" och "målinriktad"; låg på "demokratisk" och "empatisk".
- Numeriskt resonemang: percentil 88.
- Kan uppfattas som styrande i pressade lägen; rekommenderar att detta tas upp vid referenstagningen.

Testledare: Hans Rydén, leg. psykolog
Konsultbyrå: Talentia AB`, 'hr-assessment'),
  d(`Rekrytering – enhetschef äldreomsorgen

Tidplan:
- Ansökan stänger 6/12
- Urval av CV v. 50
- Intervjuer v. 2
- Personlighetstest och arbetspsykologiska test för slutkandidater v. 3
- Referenstagning v. 4
- Beslut v. 5

Rekryteringsgrupp: Verksamhetschef, HR, fackligt representant (Vision), en medarbetare från enheten.

/HR-rekrytering`),
  d(`Från: Kommunikationsavdelningen
Ämne: Sv: Sv: Personalporträtt till webben

Hej Fatima,

Tack för texten! Vi har en fråga kring stycket där du skriver "jag växte upp i en romsk familj i Malmö och var den första i min släkt som tog studenten". Är det okej att vi publicerar det på webben? Vi vill vara säkra på att du godkänner det innan.

/Elin

> Hej Elin! Här är mitt porträtt. Berätta gärna om något behöver kortas. /Fatima Nikolić`, 'ethnic-origin'),
  d(`Hej,

Intern bevakning: Nya SCB-siffror visar att 24 % av kommunens invånare är födda utomlands, vanligaste födelseländer är Syrien, Finland, Irak och Somalia. Underlaget används i översiktsplanen och i Integrationsprogrammet 2027–2030.

Rapporten i sin helhet bifogas.

Analysenheten`),
  d(`Hej Henrik,

Här är de uppgifter du bad om till nya passagesystemet för skolpersonalen på Västerskolan. Fotona till ansiktsigenkänningen är tagna i fredags:

1. Ann Lindberg – foto OK, ansiktsmall skapad
2. Tobias Rehn – foto OK, ansiktsmall skapad
3. Maryam Sadeghi – omtagning behövs, glasögon reflekterade

Mallarna lagras lokalt på dörrcentralen enligt leverantören.

/Anette, skolsekreterare`, 'biometric'),
  d(`Hej alla!

DPO-nytt december:
• IMY har beslutat om sanktionsavgift för en skola som använde ansiktsigenkänning för närvaroregistrering. Vi använder inte sådan teknik och har inga planer på det.
• Ny vägledning om kameraövervakning.
• Kom ihåg att anmäla personuppgiftsincidenter inom 24 timmar till dataskydd@ekedal.example.

Dataskyddsombudet`),
  d(`Ärende #52811 – Mobil
Anmälare: Kristoffer Nylén, Miljöenheten

Jag kommer inte in på tjänstemobilen efter uppdateringen. Fingeravtrycket funkar inte längre och jag har glömt PIN. Min gamla PIN var 2580, kan ni nollställa den?

---
Svar från Servicedesk:
Hej Kristoffer, vi har återställt enheten. Ny tillfällig PIN: 739104. Byt den direkt och registrera om ditt fingeravtryck.`, 'credentials', 'biometric'),
  d(`Hej!

Påminnelse: från 1 december krävs tvåfaktorsinloggning i alla system som innehåller personuppgifter. Installera Microsoft Authenticator på din tjänstetelefon. Instruktioner finns på intranätet.

Vanliga frågor:
- Vad gör jag om jag byter telefon? Kontakta servicedesk.
- Kan jag använda SMS-koder? Nej, bara appen.
- Vad är en engångskod? En sexsiffrig kod som visas i appen och gäller i 30 sekunder.

IT-säkerhet`),
  d(`[Teams-chatt, export 2026-11-21]
10:02 Jonna Ek: hej kan du logga in på Procapita åt mig, jag sitter hemma och min token är slut
10:03 Jonna Ek: användare jek03 lösen Krokus!77
10:04 Robert Nyman: Jonna… du får inte skicka ditt lösen så här. Byt det nu direkt
10:04 Jonna Ek: sorry 🙈 fixar
10:15 Jonna Ek: bytt nu`, 'credentials'),
  d(`Hej,

Nu är wifi-nätet för gäster i Kulturhuset bytt. Nätverket heter "Ekedal-Gast" och man loggar in med sitt telefonnummer och får en engångskod via SMS. Personalen ska inte längre dela ut något gemensamt lösenord.

Affischer med instruktioner sitter i entrén.

/IT Kultur och fritid`),
  d(`Protokoll, Kommunfullmäktige 16 november 2026 (utdrag)

§ 201 Interpellation om försörjningsstöd
Ledamoten Anders Gran (M) ställer en interpellation till socialnämndens ordförande om kostnadsutvecklingen för ekonomiskt bistånd. Ordföranden Lise Karlén (S) besvarar interpellationen.

§ 202 Motion om fler bostäder för unga
Motionen remitteras till kommunstyrelsen.

§ 203 Val av ersättare i valnämnden
Fullmäktige väljer Marcus Öhrn (KD).

Justerare: Anna Wall (V), Peter Ljung (SD)`),
  d(`Hej!

Lite internt skvaller men jag tror du behöver veta det inför budgetmötet: Torbjörn i ekonomienheten har gått med i Vänsterpartiet och sitter nu som ersättare i socialnämnden. Han kommer alltså att granska vårt förslag från andra sidan bordet. Han vill att vi informerar om det eftersom han anser att han är jävig i tjänsten när socialnämndens budget behandlas.

/Marita`, 'political-opinion'),
  d(`Hej!

Förra veckan fick vi frågan om medarbetare får ha på sig knappar med politiska budskap i tjänsten. Svaret: nej, i tjänsten ska vi vara opartiska. Det gäller alla partier och politiska kampanjer, även i frågor som rör kommunens egen verksamhet.

Religiösa symboler, t.ex. slöja, kors eller kippa, är däremot tillåtna.

/Personalavdelningen`),
  d(`Hej Josefin,

Jag kommer att vara ledig 14–15 april för påsk – jag är ortodox kristen och vi firar påsk en annan helg än i Sverige i år. Jag har pratat med Hanna som byter pass med mig.

Kan du godkänna ledigheten i systemet?

Tack!
Nikola

---
Nikola Petrović
Undersköterska, Vårdboendet Gläntan`, 'religion'),
  d(`Hej,

Vi ser över schemaläggningen i samband med religiösa högtider. Medarbetare som vill vara lediga i samband med t.ex. eid, ortodox påsk, jom kippur eller diwali ska få det prövat på samma sätt som andra ledighetsansökningar.

Mallen för ledighetsansökan finns i Heroma.

Vänliga hälsningar
HR-avdelningen`),
  d(`Journalanteckning, Skolhälsovården (utdrag – får ej vidarebefordras)

Elev: Mira Eriksson, åk 8
Besöksorsak: Återkommande magont och huvudvärk.

Mira berättar att hon inte sover på nätterna och att hon har skurit sig på armarna under hösten. Hon vill inte att mamma får veta. Samtalet sker med stöd av kuratorn. Remiss till BUP skickad 19/11 efter samråd med Mira.

Anteckning: Skolsköterska Pia Lund
Uppgifterna omfattas av sekretess enligt 25 kap. 1 § OSL.`, 'health', 'secrecy'),
  d(`Hej,

Elevhälsan informerar: Vecka 49 är det hälsosamtal för alla i åk 7. Skolsköterskan kallar eleverna klassvis. Vid samtalet mäts längd och vikt, syn och hörsel kontrolleras och eleven fyller i en enkät om sömn, kost och välmående. Resultaten är sekretessbelagda och lämnas inte till lärare.

Frågor? Ring skolsköterskan Pia på 0381-442 19.

/Elevhälsan`),
  d(`Från: Familjerätten
Skickat: den 15 november 2026 11:11
Till: Socialsekreterare Lindqvist
Ämne: Sekretessmarkering

Hej,

Jag ser att mamman i ärendet Andersson/Holm har fått sekretessmarkering hos Skatteverket sedan förra veckan. Barnen (4 och 7 år) har skyddade personuppgifter från och med samma datum. Pappans ombud har begärt ut hela utredningen. Vi behöver gå igenom vad som ska maskeras innan något lämnas ut.

Ulf Bergkvist, familjerättssekreterare`, 'protected-identity', 'social'),
  d(`Hi Jane,

Quick question regarding my pay slip for November. My gross salary is listed as 41 250 SEK but my contract says 42 800 SEK from 1 October. Could you check if the raise has been registered? It seems the retroactive amount for October is also missing.

Thanks,
Rahul Menon
Systems Developer, IT Services`, 'salary'),
  d(`Hej,

Som en del av tillgänglighetsarbetet har vi nu en ny rutin för anpassningar i arbetet:

- Medarbetare med funktionsnedsättning kan begära anpassning av arbetsplats, arbetstid eller arbetsuppgifter.
- Chefen tar ställning i samråd med HR och vid behov företagshälsovården.
- Dokumentation sker i rehabiliteringsverktyget Adato, inte i e-post.

Informationsfilm finns på intranätet.

HR`),
  d(`Från: Stina Lindgren
Skickat: den 21 november 2026 22:40
Till: Per-Ola Wiklund
Ämne: SV: Anpassning

Per-Ola,

Tack för svaret. Som jag skrev tidigare har jag MS och tröttheten gör att jag inte klarar heldagar vid skärmen just nu. Neurologen har skrivit ett intyg om att jag bör gå ner till 75 % tills vidare. Jag skickar det med internposten.

Stina

> Hej Stina, jag behöver ett läkarintyg för att kunna bevilja deltid. /Per-Ola`, 'health'),
  d(`Hej!

Vi påminner om att det från 1 januari gäller nya regler för hemtjänst i kommunen:
• Alla nya beslut om hemtjänst fattas utifrån behov, inte utifrån tid.
• Brukare får en genomförandeplan inom 14 dagar.
• Avgifterna justeras enligt maxtaxan 2027.

Informationsmöten för anhöriga hålls på biblioteket 7/12 och 9/12.

Äldreomsorgen`),
  d(`Anteckningar ärendedragning, Vuxenenheten 19/11

1. Ny ansökan om försörjningsstöd – Kenneth Ljungberg, 58. Har varit utförsäkrad sedan juli. Beviljas för december, krav på inskrivning på Arbetsförmedlingen.
2. LVM-anmälan från akutmottagningen – avvaktar läkarintyg, ansvarig: Roza.
3. Fortsatt boendestöd för paret på Granvägen, ny utredning i januari.
4. Statistik: 12 nya aktualiseringar i november.

Anteckningar: Roza Amini`, 'social'),
  d(`Hej Katja,

Bekräftar att Sebastian har börjat på SFI hos oss. Han kommer från Ukraina och har skyddsstatus enligt massflyktsdirektivet. Han har studerat ekonomi i Charkiv och vill snabbt vidare till yrkessvenska.

Han behöver intyg om studier för Migrationsverket – kan du skriva ett?

Mvh
Dragana, studie- och yrkesvägledare, Vuxenutbildningen`, 'ethnic-origin'),
  d(`Från: Anders Mellberg
Skickat: den 23 november 2026 09:47
Till: Ledningsgruppen Vård och omsorg
Ämne: VB: VB: Sammanställning inför budgetdialogen

Hej,

Skickar vidare hela tråden så ni har historiken. Se min kommentar längst ner.

/Anders

Från: Ekonomienheten
Skickat: den 20 november 2026 15:30
Ämne: VB: Sammanställning inför budgetdialogen

Bifogat finns prognosen per verksamhet. Kostnaderna för köpt vård och placeringar ligger 6,4 mkr över budget. Personalkostnaderna ligger i nivå med budget trots högre sjukfrånvaro i oktober.

Från: Verksamhetschef IFO
Skickat: den 18 november 2026 11:02
Ämne: Sammanställning inför budgetdialogen

Hej, vi har fått fler placeringar än beräknat under hösten, främst HVB för ungdomar. Vi ser också ökade kostnader för skyddat boende. Jag återkommer med en åtgärdsplan.

---
Min kommentar: vi behöver diskutera om vi ska begära tilläggsanslag. Punkt på mötet 1/12.

Anders Mellberg
Förvaltningschef`),
  d(`Från: Lena Håkansson
Skickat: den 19 november 2026 08:55
Till: Jimmy Sand
Ämne: SV: SV: Kaffe?

Haha, ja vi tar det på fredag istället.

Förresten – jag pratade med Mia igår. Hon bad mig berätta för dig att hon och Johanna har separerat, och att hon har flyttat ihop med en kvinna hon träffat via kören. Hon ville inte att det skulle bli en grej på jobbet men tyckte att du som närmaste kollega borde veta, så du inte frågar om Johanna på lunchen.

/Lena

> Kaffe på torsdag? /Jimmy
>> Absolut! /Lena`, 'sex-life'),
  d(`Hej!

Kommunen deltar i Pride-paraden i Västerdal 8 juni. Alla medarbetare är välkomna att gå med i kommunens sektion bakom banderollen. Vi bjuder på t-shirts.

Anmälan till Daniel på kommunikationsavdelningen senast 15 maj. Du behöver inte uppge något om dig själv – alla är välkomna!

/Kommunikation och HR`),
  d(`Mötesanteckningar – Boendestöd, teamträff 24/11

Närvarande: Hedvig, Samir, Lotta, Anton (ny)

1. Introduktion av Anton – han går bredvid Lotta i två veckor.
2. Brukargenomgång:
   - Ture (Granvägen): ökat drickande igen enligt grannarna, har missat två läkarbesök. Kontakt med LVM-handläggare.
   - Nora (Sjögatan): fungerar bra, önskar hjälp med att söka jobb.
   - Paret på Åkervägen: tvisten med hyresvärden löst.
3. Bilen: servicen bokad till 2/12.
4. Friskvård: Samir bokar padel för gruppen.

Nästa träff 1/12.`, 'social', 'health'),
  d(`Hej,

Här kommer kallelsen till nätverksträffen för kommunens boendestödjare:

Tema: "Missbruk och psykisk ohälsa – samsjuklighet i praktiken"
Föreläsare: Beroendecentrum
Tid: 11 februari kl 09.00–12.00
Plats: Folkets hus, sal 2

Vi bjuder på förmiddagsfika. Anmälan till Hedvig.`),
  d(`Från: Polisen Region Bergslagen (via funktionsbrevlåda)
Skickat: den 17 november 2026 14:20
Till: Socialtjänsten Ekedal
Ämne: Underrättelse enligt 10 kap. 18 a § OSL

Hej,

Vi underrättar om att Alexander Berg, 16 år, i natt greps misstänkt för grov stöld och olovlig körning. Han hämtades av sin far på stationen. Polisen bedömer att det finns risk för fortsatt brottslig utveckling och lämnar därför uppgifterna till socialtjänsten enligt 10 kap. 18 a § OSL.

Handläggare: Inspektör Moa Ringström`, 'criminal-record', 'secrecy', 'social'),
  d(`Hej alla,

Rapporten "Unga och brott i Ekedal" är nu klar. Den visar bland annat att antalet unga misstänkta för narkotikabrott har ökat, medan skadegörelse minskat. Rapporten bygger på Brås statistik och egna enkäter, och innehåller inga uppgifter om enskilda.

Resultatet presenteras på BRÅ-rådets möte 9 december.

/Folkhälsostrategen`),
  d(`Hej Ewa,

Kort om läget i grannärendet på Storgatan 22 B:
Hyresgästen i lägenhet 1102 (Ronny Andersson) dömdes i tingsrätten förra veckan för misshandel av grannen i 1104 och fick villkorlig dom med samhällstjänst. Grannen har nu begärt att få flytta. Vi har erbjudit en lägenhet på Kvarngatan.

Jag lägger in en anteckning i hyresreskontran.

Hälsningar
Fredrik Sandin
Bovärd, Ekedalshem`, 'criminal-record'),
  d(`Hej,

Tack för att ni deltog i utbildningen om bemötande vid hot och våld. Sammanfattning:

- Anmäl alltid hot mot personal i LISA, även om det känns litet.
- Polisanmälan görs av arbetsgivaren vid allvarliga hot.
- Stöd finns via företagshälsovården.
- Nästa utbildningsomgång: mars.

Utvärderingen skickas ut i veckan.

/Säkerhetssamordnaren`),
  d(`Minnesanteckningar – Ledningsgrupp Arbetsmarknad 10/11

1. Statistik: 186 deltagare inskrivna, 31 gick till arbete i oktober.
2. Rekrytering av coach till Steg 2 – intervjuer pågår.
3. Deltagarärende: en deltagare i textilverkstaden, Milan Jovanović, har avtjänat ett fängelsestraff för bedrägeri och frigavs i somras. Frivården har frågat om vi kan erbjuda honom arbetsträning inom kassa/ekonomi. Vi bedömer att han inte ska placeras med kontanthantering och föreslår lagerarbete.
4. Julavslutning 18/12.`, 'criminal-record'),
  d(`Dear colleagues,

This is a gentle reminder about the Union representatives' lunch seminar on Friday: "Your rights during a reorganisation". The seminar is open to everyone, members or not. Speakers from Unionen and SACO will be present.

Place: Room Aurora, 12:00–13:00. Sandwiches provided.

Best regards,
Staff Council`),
  d(`Hej Kerstin,

Jag vill anmäla att jag från 1 december är nyvald arbetsplatsombud för Sveriges Lärare på Åsenskolan. Jag behöver därför ledigt för den fackliga grundutbildningen 14–16 januari (med bibehållen lön enligt förtroendemannalagen).

Kallelsen bifogas.

Hälsningar
Petra Sjöström
Lärare SO, åk 7–9`, 'trade-union'),
  d(`Från: Marko Ilić
Skickat: den 22 november 2026 21:15
Till: Ledningen
Ämne: Jag går ur facket

Hej,

Jag har valt att gå ur Kommunal från och med december eftersom jag inte känner att de hjälpt mig i min arbetstidsfråga. Det innebär att jag inte längre vill att de representerar mig på mötet om mitt schema nästa vecka. Jag tar med en kollega istället.

Hälsningar
Marko`, 'trade-union'),
  d(`Hej!

Kallelse till årsmöte i Personalföreningen Ekedal – OBS, detta är inte ett fackligt möte!

Dagordning:
§1 Mötets öppnande
§2 Val av ordförande och sekreterare
§3 Verksamhetsberättelse
§4 Ekonomisk rapport (kassan: 12 480 kr)
§5 Val av styrelse
§6 Aktiviteter 2027 – förslag: bowling, teaterresa, vinprovning
§7 Avslutning

/Styrelsen`),
  d(`Hej Ingrid,

Jag har fått svar från den genetiska utredningen nu. Testet visade att jag bär på mutationen för Huntingtons sjukdom, samma som pappa. Jag har inga symtom ännu men läkaren tror att de kan komma inom 10–15 år. Jag har inte bestämt mig för hur mycket jag ska berätta på jobbet, men jag ville att du som chef skulle veta att jag kanske behöver vara ledig för samtal på kliniken under våren.

Kan vi ta en promenad i veckan och prata?

/Erik`, 'genetic', 'health'),
  d(`Hej,

Kort rapport från styrgruppsmötet om den nationella genomiksatsningen:

- Regionen ansluter till Genomic Medicine Sweden från 2027.
- Helgenomsekvensering för barn med misstänkt sällsynt sjukdom införs stegvis.
- Etisk granskning av biobanksrutinerna pågår.
- Kommunikationsplan för allmänheten tas fram.

Nästa möte 21/1.

/Regionens utvecklingsenhet`),
  d(`Remissvar (utdrag) – Klinisk genetik, Universitetssjukhuset
Patient: barn, 3 år (namn i journalsystemet)
Frågeställning: utvecklingsförsening

Array-CGH visar en deletion på kromosom 22q11.2 (DiGeorges syndrom). Modern har testats och bär samma deletion. Fadern ej testad.

Rekommendation: remiss till kardiolog och logoped. Genetisk vägledning erbjuds familjen 9/12.

Överläkare Stig Amundsen

Uppgifterna omfattas av sekretess enligt 25 kap. 1 § OSL.`, 'genetic', 'health', 'secrecy'),
  d(`Hej!

Vi har haft frågor om släktforskningstjänster med DNA-test som vissa medarbetare beställt privat. Observera att arbetsgivaren inte har något med dessa att göra och att ingen ska ladda upp resultat eller prata om dem i tjänstens kanaler. Om du vill diskutera etiska frågor kring DNA-tester finns en studiecirkel på biblioteket.

/Dataskyddsombudet`),
  d(`[Chatt – Lärarlaget åk 5, 2026-11-24]
07:45 Maja: god morgon, jag är hemma med VAB idag, vikarie är bokad
07:46 Nils: ok! krya på lillen
07:50 Sofia: påminnelse: omdömena i Unikum ska vara klara fredag
07:52 Nils: jag har kvar NO för hela klassen 😅
08:10 Sofia: Leah i 5B har kommit 4 av de senaste 10 dagarna, har någon hört något?
08:11 Maja: mamma sa att hon har svårt att komma iväg på morgnarna, EHT är informerad
08:12 Sofia: 👍`, 'grades'),
  d(`Hej!

Här är schemat för utvecklingssamtal i 5B vecka 48. Samtalen är 20 minuter och hålls i klassrummet. Eleven är med på samtalet och vi går igenom omdömen och mål framåt.

Måndag: 14.00, 14.30, 15.00
Tisdag: 14.00, 14.30, 15.00, 15.30
Onsdag: 13.00, 13.30

Boka i Skolplattformen senast fredag.

/Sofia, mentor 5B`),
  d(`Från: Anna Gunnarsson
Skickat: den 18 november 2026 12:31
Till: Studie- och yrkesvägledare
Ämne: Elias – gymnasievalet

Hej!

Elias i 9C har just nu E i svenska, D i engelska och F i matematik. Om han inte når E i matte till juni blir han inte behörig till nationellt program. Han har sagt att han vill gå El- och energi. Kan du prata med honom om introduktionsprogram som plan B?

/Anna, mentor`, 'grades'),
  d(`Ärende #53117 – Servicedesk
Titel: Ny medarbetare behöver konto
Anmälare: Chef Förskolan Myran

Hej, vi har en ny förskollärare som börjar 1/12: Helin Aydın.

Svar från Servicedesk:
Kontot är skapat. Användarnamn: haydin01. Tillfälligt lösenord: Myran#2026start. Lösenordet måste bytas vid första inloggningen. Dörrkoden till förskolans personalingång är 1948, be henne inte skriva upp den.

/Servicedesk`, 'credentials'),
  d(`Ärende #53120 – Servicedesk
Titel: Ny medarbetare behöver konto
Anmälare: Chef Förskolan Trollet

Hej, vi har en ny barnskötare som börjar 1/12.

Svar från Servicedesk:
Kontot är skapat. Inloggningsuppgifterna skickas till medarbetaren via SMS till det mobilnummer som registrerats i HR-systemet. Chefen får inte lösenordet. Passerkort hämtas i receptionen.

/Servicedesk`),
  d(`Hej,

Jag såg att någon lagt ett kuvert med lönespecifikationer i fel fack. Det låg öppet i postrummet. Bland annat syntes att Maria Stenström har 29 850 kr i månadslön och att Rasmus Ek fått ett lönetillägg på 1 500 kr för nattarbete. Jag har lagt kuverten i chefens fack men ni kanske borde informera dem?

/Jonna, receptionen`, 'salary'),
  d(`Hej alla!

Lönespecifikationerna för november finns nu i självservice. Observera:
- OB-tilläggen har höjts enligt avtal från 1 oktober, retroaktiv utbetalning sker i november.
- Semesterersättning för timanställda betalas ut med lönen.
- Löneutbetalning sker den 25:e.

Frågor till Lönecentrum.`),
  d(`Minnesanteckningar – Medarbetarsamtal (HR-systemets mall)
Medarbetare: Hassan Jama
Chef: Lotta Wikström
Datum: 2026-11-18

1. Arbetsinnehåll och arbetsmiljö: trivs, men upplever hög arbetsbelastning.
2. Måluppfyllelse: har klarat ärendemålen, men kvaliteten i utredningarna varierar; två utredningar fick återrapporteras av nämnden.
3. Samarbete: upplevs som lyhörd. Vid ett tillfälle i september uppstod en konflikt med en kollega som krävde medling.
4. Kompetensutveckling: utredningsmetodik (BBIC-fördjupning).
5. Överenskomna mål: halvera antalet återrapporteringar.

Signerat digitalt av båda parter.`, 'hr-assessment'),
  d(`Medarbetarsamtal – mall 2027 (utkast för remiss)

1. Hur har året varit? Vad är du stolt över?
2. Arbetsmiljö och arbetsbelastning
3. Mål och resultat – vad har fungerat, vad kan utvecklas?
4. Samarbete och kommunikation
5. Kompetensutveckling
6. Överenskomna mål för nästa år

Synpunkter på mallen till HR senast 12/12. Mallen ska inte innehålla frågor om hälsa, familj eller fackligt medlemskap.`),
  d(`Hej,

Snabb feedback efter provanställningen för Linus Berg (IT-tekniker), inför beslut om tillsvidareanställning:

+ tekniskt mycket kunnig, löser ärenden snabbt
- svårt att samarbeta, har vid flera tillfällen avbrutit kollegor och varit otrevlig mot användare i telefon (två klagomål i oktober)
- lämnar ärenden utan dokumentation

Min rekommendation: förläng inte provanställningen utan avsluta den. Vill gärna stämma av med dig innan jag pratar med honom.

/Gunilla, gruppchef IT-support`, 'hr-assessment'),
  d(`Hej Peter,

Som du bad om, kontouppgifterna till pappas begravningsbyrå kan du glömma – men till MIG för återbetalningen av hemtjänstavgiften efter pappa gäller:

SEB, clearing 5392, konto 1045 887 3
Kontohavare: Ulla Grönlund (dödsbodelägare)

Dödsbodelägarna har godkänt att pengarna betalas till mig. Fullmakt bifogas.

Med vänlig hälsning
Ulla Grönlund`, 'bank-account'),
  d(`Hej,

Inför utbetalningar från överförmyndarnämnden: Gode män ska redovisa huvudmannens bankkonton i årsräkningen. Kontoutdrag ska bifogas. Skicka inte årsräkningen via e-post – använd e-tjänsten eller post.

Information om arvoden för 2027 kommer i januari.

Överförmyndarenheten`),
  d(`Från: Gode man Rolf Axelsson
Skickat: den 14 november 2026 10:02
Till: Överförmyndarenheten
Ämne: Konto för huvudman

Hej,

Jag har nu öppnat ett nytt transaktionskonto för min huvudman Gunnel Nord. Uppgifter:
Swedbank 8214-5, 933 502 114-7 (överförmyndarspärrat sparkonto: 8214-5, 933 502 120-4)

Jag skickar kontoutdrag med årsräkningen.

Rolf Axelsson, god man`, 'bank-account'),
  d(`Hej!

Påminnelse till alla ekonomiassistenter: När ni registrerar nya leverantörer ska ni alltid kontrollera bankgiro eller kontonummer mot leverantörens faktura och ringa upp på det nummer som finns i leverantörsregistret. Vi har sett flera försök till fakturabedrägerier den senaste tiden där någon mejlar "nya kontouppgifter".

Vid misstanke: kontakta Ekonomichefen.

/Ekonomienheten`),
  d(`Från: Natalie Crowe
Sent: 20 November 2026 11:25
To: Conference booking
Subject: Re: Re: Registration – Nordic Social Work Conference

Hello,

The payment link does not work for me from the UK. Can you charge my card manually instead?

Visa 4917 4453 6829 6696, exp 05/28, security code 142, name on card: Natalie J. Crowe.

The invoice should go to the University of Leeds, School of Social Policy.

Kind regards,
Natalie

> Dear participant, please complete your registration by paying via the link below.`, 'payment-card'),
  d(`Konferens 2027 – praktisk information

Välkommen till Nordisk socialt arbete-konferensen 12–13 maj!

• Avgift: 3 400 kr (medlemmar 2 900 kr)
• Betalning sker med kort via betallänk eller mot faktura
• Vi tar inte emot kortuppgifter per telefon eller e-post
• Avbokning senast 14 april

Frågor: konferens@ekedal.example

Konferensgruppen`),
  d(`Hej Simon,

Jag var tvungen att boka hotellet till Jönköping med mitt privata kort eftersom kommunens inköpskort var spärrat. Kan ni betala tillbaka beloppet? Kvitto bifogat. Om ni behöver dra det direkt från kortet: 5169 5262 0445 4011, utg 09/27.

Helst betalning till lönekontot dock.

Mvh
Lina Karlsson, kommunikatör`, 'payment-card'),
  d(`Hej,

Vid inköp av flygbiljetter ska ni använda kommunens resebyrå. Privata kort ska inte användas för tjänsteresor. Om det ändå har hänt: lämna kvitto och reseräkning till löneenheten, så betalas beloppet ut med nästa lön.

Resepolicyn finns på intranätet.

Ekonomienheten`),
  d(`Hej EHT,

Anteckningar från möte 20/11:

1) Åk 6: klassen har stökig lunch, fritids förstärker.
2) Elev åk 8 (Tilda): har tidigare varit placerad i familjehem enligt LVU, återförenades med mamman i augusti. Socialsekreteraren har bett om regelbundna avstämningar om närvaron – Tilda har 18 % frånvaro denna termin.
3) Lägerskolan: kuratorn följer med.
4) Nästa möte 4/12.

Sekretess: protokollet omfattas av sekretess enligt 23 kap. 2 § OSL.`, 'social', 'grades', 'secrecy'),
  d(`Hej!

EHT-möten under våren hålls varannan torsdag kl 13.00. Dagordning skickas ut senast tisdag. Ärenden om enskilda elever tas under sekretess i slutet av mötet och dokumenteras i elevhälsojournalen, inte i minnesanteckningarna.

/Rektor`),
  d(`Hej Lisa,

Jag skickar vidare det Hussein berättade för mig i fredags, eftersom han bad mig. Han har fått avslag på sin asylansökan och överklagar. Han är hazar från Afghanistan och säger att han riskerar förföljelse om han skickas tillbaka. Han vill veta om skolan kan skriva ett intyg om hans studier till hans advokat.

/Karl, SFI-lärare`, 'ethnic-origin'),
  d(`Hej,

Vi på Integrationsenheten anordnar samhällsorientering på arabiska, dari, somaliska och tigrinja under våren. Grupper startar i februari. Deltagarna anmäls via Arbetsförmedlingen eller etableringsteamet.

Informationsmaterial på flera språk finns att beställa.

/Integrationsenheten`),
  d(`Hej Amir,

Tack för att du ställer upp och håller i fredagsbönen i lokalen på Parkvägen även i december. Vi har ändrat lokalbokningen så att ni har salen kl 12–14 varje fredag. Nyckeln hämtar du som vanligt i receptionen på fritidsgården.

Vänliga hälsningar
Bokningen, Kultur och fritid`, 'religion'),
  d(`Hej!

Från Svenska kyrkan har vi fått en inbjudan till samtal om samverkan vid kriser, t.ex. stödgrupper vid stora olyckor. Kommunens POSOM-grupp deltar. Andra trossamfund i kommunen är också inbjudna.

Mötet hålls 14 januari.

/Säkerhetssamordnaren`),
  d(`Från: Pastor Johannes Lind
Skickat: den 12 november 2026 18:21
Till: Ekedals kommun, Vård och omsorg
Ämne: Besök på Solgården

Hej,

En av era boende, Elsa Forsberg, är medlem i vår pingstförsamling sedan 40 år och har bett om besök och nattvard en gång i månaden. Hennes dotter har också bett om detta. Kan personalen hjälpa oss att få ett rum i lugn och ro när vi kommer?

Hälsningar
Johannes Lind, Pingstkyrkan Ekedal`, 'religion'),
  d(`Hej,

Vi har uppmärksammat att vissa boenden har rutiner där personalen frågar nyinflyttade om deras religiösa tillhörighet. Det ska inte göras rutinmässigt. Frågan om andliga behov ställs öppet i genomförandeplanen: "Finns det något som är viktigt för dig när det gäller tro, traditioner eller högtider?"

/Kvalitetsavdelningen`),
  d(`Hi Sophie,

Sorry for the long mail but I need advice. My team lead, Jakob, keeps making comments about my political views since he found out I'm a member of the Green Party and ran for the municipal council last year. Yesterday he said in front of the team that "the Greens are the reason the bus lines are cut". I don't think it's appropriate.

Can we talk about it without it going further for now?

Thanks,
Noor`, 'political-opinion'),
  d(`Hej!

Information om politiska partiers besök på skolor inför valet:

1. Skolan bjuder in alla riksdagspartier eller väljer ut partier enligt objektiva kriterier.
2. Partiernas material får delas ut vid bokbord men inte i klassrummen.
3. Personal ska inte uttala stöd för något parti under skoltid.

Se Skolverkets vägledning.

/Utbildningsförvaltningen`),
  d(`Från: Lars Fransson
Skickat: den 17 november 2026 13:40
Till: Kommunikationschefen
Ämne: Anställd på demonstration

Hej,

Jag såg på Instagram att Julia Norén från socialförvaltningen var en av talarna på demonstrationen mot gruvbrytningen i helgen, med Extinction Rebellions flagga. Jag undrar om det är förenligt med hennes roll som miljöinspektör? Hon handlägger tillsynen över gruvbolaget.

Lars Fransson
Kommunalråd (M)`, 'political-opinion'),
  d(`Från: Registraturen
Skickat: den 24 november 2026 08:30
Till: Bygglovsenheten
Ämne: VB: Grannehörande – Björkvägen 7

Hej,

Observera innan ni skickar ut grannehörandet: en av sakägarna, fastighetsägaren till Björkvägen 9, har skyddad identitet (fingerade personuppgifter) enligt Skatteverket. Hans riktiga namn och adress får inte finnas med i sändlistan som går till övriga grannar. Skicka hans exemplar via Skatteverkets förmedling.

Med vänlig hälsning
Registraturen

> Hej registraturen, kan ni ta fram sakägarförteckning för Björkvägen 7? /Bygglov`, 'protected-identity'),
  d(`Hej,

Inför utskicket av röstkort och information om valet: Valmyndigheten hanterar utskick till personer med skyddade personuppgifter. Kommunen får inga adresser till dessa väljare och ska inte försöka ta fram dem.

Instruktion till vallokalerna: personer med skyddad identitet röstar som vanligt, men röstlängden visar inte deras adress.

Valnämndens kansli`),
  d(`[Signal-grupp "Förskolan Lärkan personal", export]
[24/11 06:52] Petra: Kan någon öppna idag, jag är sen
[24/11 06:55] Johanna: jag kan!
[24/11 07:40] Petra: en sak till – ingen får ta bilder på Liv på luciatåget, mamma har skyddade personuppgifter och de har flytt från pappan. Det gäller även de andra föräldrarnas mobiler, vi får säga till.
[24/11 07:41] Johanna: ok, jag säger till i tamburen
[24/11 07:45] Ali: 👍`, 'protected-identity'),
  d(`Hej,

Inför luciatåget ber vi alla föräldrar att inte lägga ut bilder på andra barn än sina egna på sociala medier. Vissa barn kan av olika skäl inte förekomma på bild. Tack för att ni respekterar det!

Glöggen börjar serveras kl 15.30.

/Förskolan Lärkan`),
  d(`Från: Skolsekreterare
Skickat: den 10 november 2026 09:20
Till: Rektor; Mentor 7B; Skolsköterska
Ämne: Ny elev med sekretessmarkering

Hej,

Vi har fått en ny elev till 7B från 16/11. Eleven och mamman har sekretessmarkering i folkbokföringen. Jag har markerat eleven i elevregistret så att adressen inte syns. Eleven använder ett annat efternamn i skolan (Nyström). Bara vi fyra ska känna till det riktiga namnet.

/Birgitta`, 'protected-identity'),
  d(`Hej,

Påminnelse om utbildningen i "Skyddade personuppgifter i praktiken" för skolsekreterare och förskoleadministratörer 2 februari. Vi går igenom sekretessmarkering, kvarskrivning och fingerade personuppgifter – vad skillnaden är och hur elevregistret ska hanteras.

Anmälan via lärportalen.

/Utbildningsförvaltningen`),
  d(`Hej Ronja,

Kan du hjälpa mig att skicka hem medicinska underlag till en patient som är kvarskriven i Ekedal men bor någon annanstans? Det är Malin Hedberg, hon har kvarskrivning sedan i våras och post ska gå via Skatteverket. Jag vet inte hur man gör i journalsystemet.

/Susanne
Vårdcentralen Norr`, 'protected-identity'),
  d(`Weekly summary – IT security, week 47

• Phishing campaign targeting staff: 312 mails blocked, 4 users clicked, passwords reset.
• Fingerprint login on laptops: pilot extended to the finance department.
• Door access logs reviewed for the server room – no anomalies.
• New policy for storing biometric data approved by the board (only templates, never images, stored locally).

Next week: rollout of password manager.

/Security Operations`),
  d(`Hej Patrik,

Angående ditt ärende om tidsstämplingen: vi har kontrollerat loggen i stämpelklockan som använder handavläsning (handgeometri) på lagret. Din registrerade handmall matchade inte vid tre tillfällen förra veckan och därför finns inga in-stämplingar 17–19/11. Vi har nu registrerat om din hand, och tiderna läggs in manuellt.

Hälsningar
Lönecentrum / Tidsadministration`, 'biometric'),
  d(`Polismyndigheten – begäran om handräckning (utdrag, kopia till socialtjänsten)

Ärendet rör: Sara Lindholm (f. 1998)
Bakgrund: Personen har identifierats genom jämförelse av fingeravtryck i polisens register efter omhändertagande i samband med ordningsstörning 21/11. Hon hade ingen legitimation och uppgav falskt namn.

Socialtjänsten underrättas enligt 10 kap. 18 § OSL eftersom hon har pågående insats enligt LVM.`, 'biometric', 'criminal-record', 'social', 'secrecy'),
  d(`Hej!

Passfotograferingen i Medborgarkontoret är stängd 1–5 december på grund av att Polisens utrustning för fingeravtryck och foto byts ut. Hänvisa till Polisens passexpedition i Västerdal.

Öppettider som vanligt från 8/12.

/Medborgarkontoret`),
  d(`Hej Anna!

Tack för ett trevligt möte igår. Som utlovat kommer här en sammanfattning av vad vi kom fram till om Oliver:

- Oliver har fått diagnosen autism i oktober och får stöd av habiliteringen.
- Skolan gör en anpassad studiegång i tyska (han får läsa extra svenska istället).
- Närvaron har förbättrats: 92 % de senaste fyra veckorna.
- Vi ses igen i februari.

Vänliga hälsningar
Sara Norling, specialpedagog`, 'health', 'grades'),
  d(`Hej,

Nu finns den nya handlingsplanen för elevers frånvaro ute på intranätet. Den beskriver:
• när mentor ska kontakta hem (efter två dagars ogiltig frånvaro)
• när rektor ska utreda (vid upprepad frånvaro eller 10 % under en månad)
• hur elevhälsan kopplas in
• när orosanmälan ska göras

Planen gäller från 1 januari.

Grundskoleförvaltningen`),
  d(`Från: Karolina Sjöberg
Skickat: den 8 november 2026 19:48
Till: Kurator
Ämne: Min son

Hej,

Min son Isak (åk 9) har berättat för mig att han är gay och att han blir retad av några killar i klassen för det. Han vill inte att lärarna ska ta upp det i helklass men vill att det ska sluta. Jag har svårt att veta hur jag ska hjälpa honom. Kan vi träffas?

Karolina`, 'sex-life'),
  d(`Hej!

Sex- och samlevnadsundervisningen i åk 8 kommer under våren att handla om samtycke, relationer, sexuell läggning och könsidentitet. Undervisningen leds av NO-lärarna tillsammans med skolsköterskan. Vid frågor, kontakta skolan.

/Ämneslaget NO`),
  d(`Ärende: Ändring av namn och kön i personalsystemet

Från: Lönecentrum
Till: Alex Holm (tidigare registrerad som Alexandra Holm)

Hej Alex,

Vi har nu ändrat ditt namn och juridiska kön i Heroma efter beslutet från Skatteverket. Din nya e-postadress är alex.holm@ekedal.example. Observera att gamla lönespecifikationer ligger kvar med det tidigare namnet i arkivet.

Hör av dig om något inte stämmer!

/Lönecentrum`, 'sex-life'),
  d(`Hej,

Påminnelse: den 17 maj är det den internationella dagen mot homofobi, bifobi och transfobi. Flaggan hissas utanför stadshuset. Personalnätverket bjuder på fika i entrén kl 14.

/Kommunikation`),
  d(`Hej,

Vi har fått ett klagomål från en boende på Solgården via anhörig: personalen har vid flera tillfällen skämtat om att hon och hennes rumskamrat "är som ett gammalt gift par". Anhörig menar att hennes mamma, Karin Ström, har levt med en kvinna i 30 år och att skämten upplevs som kränkande. Vi behöver prata med personalgruppen.

/Enhetschef Solgården`, 'sex-life'),
  d(`Från: Birgitta Lind
Skickat: den 5 november 2026 14:14
Till: Genetiska mottagningen
Ämne: Fråga om provsvar

Hej,

Min dotter Jenny och jag testade oss för Lynch syndrom i september efter att min bror fick tarmcancer. Jenny fick sitt svar (inte bärare) men jag har inte hört något. Kan ni kontrollera om mitt svar kommit?

Birgitta Lind`, 'genetic', 'health'),
  d(`Hej alla på mottagningen,

Kort från veckans genomgång:
- Väntetiden för ärftlighetsutredning är nu 14 veckor.
- Nya patientinformationen om bärarskap är tryckt och finns i receptionen.
- Vi ska börja erbjuda videosamtal för genetisk vägledning i januari.
- Julfika 18/12.

/Enhetschefen`),
  d(`Hej Mattias,

Jag måste berätta att vi fick resultatet från fosterdiagnostiken i fredags. Det visade trisomi 21. Vi har bestämt oss för att fortsätta graviditeten. Jag kommer att behöva gå på fler kontroller under våren och vet ännu inte när föräldraledigheten startar. Jag vill gärna att det stannar mellan oss tills vidare.

/Emma`, 'genetic', 'health'),
  d(`Hej,

Följande lönetillägg gäller från 1 december för medarbetare som har uppdrag som handledare för studenter:
- 800 kr/mån för handledning av en student
- 1 200 kr/mån för två eller fler

Tillägget registreras av chefen i Heroma.

/HR`),
  d(`Minnesanteckningar – Lönekartläggning (arbetsgrupp HR och fack), 3 november

Deltagare: HR (Sofia, Jonas), Vision (Ola), Kommunal (Sanna), Vårdförbundet (Li)

1. Genomgång av lika arbeten: inga osakliga skillnader hittades för undersköterskor.
2. Likvärdiga arbeten: en enskild skillnad noterades – Lisa Palm (controller) har 4 100 kr lägre lön än sin manliga kollega med motsvarande uppdrag. Åtgärd: justering i lönerevisionen.
3. Nästa steg: handlingsplan till samverkansgruppen.`, 'salary'),
  d(`Hej,

Jag fick frågan av Ahmed vad jag tjänar och sa det (31 500) – är det okej? Han sa att han tjänar 29 800 trots att han jobbat två år längre än mig. Jag känner mig lite obekväm nu. Borde jag säga till dig?

/Emilia

PS. Har vi fått nya handskar? Förrådet är tomt.`, 'salary'),
  d(`Hej Ulrika,

Här är personalutskottets sammanfattning från förra veckan.

1. Sjuklönekostnader Q3: 2,1 mkr (+8 %)
2. Rehabiliteringsärenden: 23 pågående, 7 avslutade (återgång i arbete)
3. Två varningar utfärdade i förvaltningen under perioden.
4. Kompetensförsörjningsplanen antas i december.

Inga individuppgifter redovisas i utskottet.

/HR-chef`),
  d(`Ärendesammanfattning, rehabilitering (Adato-export)
Medarbetare: Kent Ivarsson, Fastighet
Chef: Sara Olofsson

2026-09-02: Sjukskriven 100 %, lumbago och ischias.
2026-10-14: Avstämningsmöte med FK och FHV. Arbetsförmågan bedöms till 25 % i lätta arbetsuppgifter.
2026-11-20: Upptrappning till 50 %. Kent upplever fortfarande smärta vid lyft. Anpassning: inga lyft över 10 kg.
Nästa uppföljning: 2026-12-18.`, 'health'),
  d(`Hej!

Nästa vecka (v. 49) kommer Försäkringskassan och Företagshälsovården att hålla en gemensam utbildning för chefer om rehabiliteringskedjan, arbetsförmåga och sjukskrivningsprocessen. Utbildningen är obligatorisk för nya chefer.

Tid: 2 december 13–16
Plats: Stadshuset, sal A

/HR`),
  d(`[Chatt, Hemtjänst Väster, 2026-11-22]
15:02 Emma: hej kan någon ta Gunnars kvällsbesök? jag sitter fast på akuten med min son, han har brutit armen
15:05 Jonas: jag tar det
15:05 Emma: tack!!! koden till nyckelskåpet hos honom är 8821
15:06 Jonas: 👍 krya på grabben
15:30 Samordnare: noterat, jag lägger om rutten`, 'health', 'credentials'),
  d(`Hej alla,

Påminnelse om nyckelrutinen i hemtjänsten: koder till nyckelskåp ska finnas i den krypterade nyckelappen, aldrig i sms, chatt eller på lappar i bilarna. Om en kod har spridits ska den bytas samma dag.

Vid frågor, kontakta samordnarna.`),
  d(`Från: Lärarlaget Idrott
Ämne: Närvarosammanställning ht

Hej mentorer,

Här kommer en sammanfattning av närvaron på idrotten under hösten (klassnivå):
7A 91 %, 7B 88 %, 8A 84 %, 8B 79 %, 9A 86 %, 9B 90 %.

Vi ser att närvaron sjunker i åk 8. Vi vill diskutera åtgärder på nästa arbetslagsmöte. Elevlistor finns hos respektive idrottslärare.

/Idrottslärarna`),
  d(`Hej,

Jag är mentor till Jonathan i 8B. Hans idrottslärare säger att han inte deltagit på en enda lektion sedan oktober och att det inte kommer att gå att sätta betyg om det fortsätter. Han har sagt till mig att han skäms över att byta om. Vi har kontaktat kurator, men vill också informera dig som rektor eftersom det kan bli ett F.

/Ulrika`, 'grades'),
  d(`Hej!

Här kommer förslaget till agenda för planeringsdagen 7 januari:

09.00 Välkommen, årets mål
09.30 Bedömning och betyg – sambedömning av nationella proven i svenska
11.00 Elevhälsans främjande arbete
12.00 Lunch
13.00 Ämneslagen planerar
15.00 Avslutning

/Skolledningen`),
  d(`Från: Ekonomiskt bistånd, mottagningen
Till: Handläggare Vuxen

Hej,

Klienten Johan Mårtensson (ärende 2026-1184) har lämnat in kompletteringen. Han har bifogat kontoutdrag från sitt konto i ICA Banken (9270, 1173 884 209) och uppger att han inte har några andra konton. Han ansöker om försörjningsstöd för december.

Mvh
Receptionen, Socialkontoret`, 'social', 'bank-account'),
  d(`Hej,

Vi vill påminna om att alla som söker ekonomiskt bistånd ska bifoga kontoutdrag för samtliga konton för de senaste tre månaderna. Tänk på att maskera kontonummer i kopior som skickas vidare till andra myndigheter om det inte behövs.

Handläggarstöd, Ekonomiskt bistånd`),
  d(`Hej alla!

Rapport från Föräldrarådet, Ängsbackaskolan, 16 november:
1. Skolmaten – ny meny presenteras av kostchefen.
2. Trafiksituationen vid skolan – kommunen planerar farthinder.
3. Föräldrar efterfrågar information om hur skolan arbetar med elever som har hög frånvaro. Rektor svarar att det finns en handlingsplan och att enskilda fall inte diskuteras i rådet.
4. Skolavslutningen i kyrkan – några föräldrar ifrågasätter traditionen, frågan tas till ledningen.

/Sekreterare Föräldrarådet`),
  d(`Hi everyone,

Minutes from the international staff meet-up (Nov 20):

- Swedish language café continues every Tuesday, 16:30.
- Several of us asked about union membership: the unions' info table will be at lunch on Dec 3. Nobody has to join, and membership is your private business.
- Tips for getting a BankID when you're new in Sweden – slides are in the shared folder.
- Next meet-up: mid-January, potluck!

Cheers,
Anna (HR) & Diego (IT)`),
  d(`Hej Sara,

Jag är skyddsombud för Kommunal på Ekbacken och vill lyfta en fråga innan mötet. Två undersköterskor – Melinda och Roksana, båda medlemmar hos oss – har kontaktat mig om att de inte får rast under nattpassen. Vi vill att arbetsgivaren gör en riskbedömning enligt AFS 2023:2. Kan vi ta det på nästa APT?

Hälsningar
Emina Kovač
Skyddsombud, Kommunal`, 'trade-union'),
  d(`Hej,

Vi har påbörjat förhandlingarna om ny arbetstidsmodell för sjuksköterskorna. Vårdförbundet har begärt central förhandling. Information till medarbetarna kommer efter nästa förhandlingstillfälle 10 december.

/Förhandlingschefen`),
  d(`Från: Servicedesk
Till: Jenny Axelsson
Ämne: Ditt ärende #53455

Hej Jenny,

Din VPN-åtkomst är nu beställd. Logga in med ditt vanliga användarnamn och det engångslösenord du fick på SMS. Du kommer därefter att bli ombedd att aktivera Authenticator.

Vi ber dig också byta ditt lösenord – vi har fått en varning om att det förekommit i ett dataläckage.

Servicedesk`),
  d(`Hej,

Det här hände på nattpasset på Tallgården i natt, jag skriver det innan jag går hem:
- Brukaren i rum 12 (Ingvar) föll vid 02-tiden, ingen synlig skada men ömhet i höften. SSK kontaktad, bedömde att han kunde vänta till morgonen. Avvikelse skriven.
- Larmet i rum 7 slog ifrån två gånger, larmcentralen kontaktad.
- Leveransen från apoteket kom inte – dagpersonalen måste ringa.

/Ahmed, natt`, 'health'),
  d(`Hej Therese,

Tack för din ansökan om ledighet för studier. Jag beviljar ledighet på 25 % under vårterminen. Vi behöver dock prata om att du har haft svårt att hålla deadlines i projekten den här hösten – tre av fyra leveranser har varit sena, och jag vill att vi sätter upp en plan innan du går ner i tid.

Kan vi ses på onsdag?

/Magnus`, 'hr-assessment'),
  d(`Hej!

Julhälsning från personalavdelningen 🎄

I år har vi:
- rekryterat 214 nya kollegor
- genomfört 1 900 medarbetarsamtal
- haft vår första digitala lönerevision
- minskat sjukfrånvaron med 0,4 procentenheter

Tack för allt ni gör! God jul och gott nytt år.`),
  d(`Från: Hanna Ek
Skickat: den 23 november 2026 10:12
Till: Kök Centralköket
Ämne: Specialkost – ny elev

Hej,

Vi har en ny elev i 2C från måndag, Yosef Cohen. Familjen är judisk och håller kosher så han äter inte fläsk och inte kött och mjölk i samma måltid. Vegetariskt alternativ fungerar bäst enligt mamma. Han är inte allergisk mot något.

Blanketten för specialkost kommer med internposten.

Hanna Ek, skoladministratör`, 'religion', 'ethnic-origin'),
  d(`Hej!

Specialkost i skolan – så här ansöker du:
1. Medicinska skäl (allergi, celiaki m.m.): fyll i blanketten och bifoga intyg.
2. Etiska eller religiösa skäl (t.ex. vegetariskt, ej fläsk): fyll i blanketten, inget intyg behövs.
3. Lämna blanketten till skolans kök.

Blanketten finns på kommunens webbplats.

Kostenheten`),
  d(`Subject: RE: Leave request – Ramadan

Hi Farid,

Of course. I've approved the flexible hours during Ramadan: you'll start at 07:00 and leave at 15:00 so you can break your fast at home with your family. Let me know if you want to adjust closer to Eid.

Best,
Julia

> Hi Julia, as I mentioned I'll be fasting from 18 February. Could I shift my hours during that month? Thanks, Farid`, 'religion'),
  d(`Hej,

Anteckningar från personalmötet på Rönnbärsgårdens förskola, 19/11:

1. Föräldramöte – datum spikat 28/1.
2. Barn som inte firar jul: en familj har meddelat att de är Jehovas vittnen och att deras dotter Abigail inte ska delta i luciatåget eller pyssla julkort. Vi planerar ett alternativ med vinterpyssel.
3. Inskolning av tre nya barn i januari.
4. Kompetensdag 5/1.`, 'religion'),
  d(`Hej Anders,

Jag vill bara flagga att det här kan bli en känslig fråga: Oscar Widell, som sitter i er rekryteringsgrupp, är ordförande i Kristdemokraterna i Ekedal och har uttalat sig offentligt mot den föreslagna moskén. En av kandidaterna till tjänsten som integrationssamordnare är imam i den församling som står bakom ansökan. Oscar bör nog fundera på om han är jävig.

/Lena, HR`, 'political-opinion', 'religion'),
  d(`Hej,

Påminnelse från valnämndens kansli: röstmottagare får inte bära partisymboler eller på annat sätt visa politisk tillhörighet i vallokalen. De får heller inte diskutera politik med väljarna.

Utbildningen för röstmottagare hålls 20 och 27 augusti.

/Valnämndens kansli`),
  d(`[Chatt, Kommunikationsenheten, 2026-11-17]
09:10 Elin: såg ni Joakims inlägg på Facebook igår?
09:11 Mikael: om att han ska kandidera för Liberalerna i regionvalet? ja
09:12 Elin: han delade det från sitt privata konto men med sin jobbtitel i profilen 😬
09:13 Mikael: vi får nog prata med honom om riktlinjerna för sociala medier
09:13 Elin: ja, inte om åsikten men om titeln
09:20 Mikael: jag tar det med chefen`, 'political-opinion'),
  d(`Hej,

Inför mötet om den nya kommunikationsstrategin – kan någon ta fram statistik över hur många av kommunens Facebook-inlägg som fått politiska kommentarer under hösten? Vi behöver ett underlag för moderationsriktlinjerna. Ingen uppgift om vem som kommenterat behövs.

/Kommunikationschefen`),
  d(`Hej!

Kvitto på inbetalning, Ekedals kommun – Kulturskolan
Elev: Wilhelm Strand
Kurs: Gitarr, vårterminen 2027
Belopp: 1 150 kr
Betalsätt: Kort, Mastercard **** **** **** 6948
Transaktions-ID: KS-88412-27

Detta är ett automatiskt kvitto.`),
  d(`Från: Lena Strand
Skickat: den 21 november 2026 20:05
Till: Kulturskolan
Ämne: Betalning misslyckades

Hej,

Jag försökte betala Wilhelms gitarrlektioner men betalningen gick inte igenom. Ni kan väl dra det från mitt kort direkt istället: 5213 5420 8875 6948, giltigt till 10/28, CVC 557. Tack!

Lena Strand

PS. Kan han byta till tisdagar?`, 'payment-card'),
  d(`Incidentrapport – Personuppgiftsincident 2026-031
Upptäckt: 2026-11-19
Beskrivning: En medarbetare på Fritidsförvaltningen skickade ett Excel-ark med bokningar för Ishallen till fel mottagare (extern förening). Arket innehöll bl.a. kortuppgifter för tre privatpersoner som betalat per telefon, t.ex. Per Nyholm: 4581 6465 7499 2896, utg 02/29.

Åtgärd: Mottagaren har bekräftat radering. Korten har spärrats i samråd med kortinnehavarna.
Anmäld till IMY: Ja (2026-11-20)`, 'payment-card'),
  d(`Hej,

Här är månadens rapport från kassasystemet i Simhallen:
- 4 820 transaktioner, varav 91 % kort och 9 % Swish
- 3 återbetalningar
- 1 misstänkt bedrägeriförsök (stulet kort, polisanmält av banken)

Kassan stämmer mot redovisningen.

/Anläggningschef`),
  d(`Hej Göran,

Som du bad om: hyresgästen som flyttat från Ekvägen 4 vill ha tillbaka depositionen på 6 000 kr till sitt konto i Danske Bank:

Clearing 1236, konto 4470 228 9153
Mottagare: Jasmina Hodžić

Hon har lämnat nycklarna och besiktningen är godkänd.

/Hyresadministrationen, Ekedalshem`, 'bank-account'),
  d(`Hej,

Vi byter bank för utbetalning av försörjningsstöd. Från och med januari betalas biståndet ut via Swedbank Utbetalningstjänst. Klienter behöver inte göra något om de redan har ett konto anslutet till Kontoregistret.

Information till klienterna skickas ut i december.

Ekonomiskt bistånd`),
  d(`From: Dr Marta Kowalski
To: Occupational Health Team
Subject: Hereditary haemochromatosis – staff member

Hello,

As agreed with Jens Lindgren himself, I'm sending a short note: his genetic test confirms he is homozygous for the C282Y mutation (hereditary haemochromatosis). He will need regular venesection every two weeks for the first months, which means some absence from his shifts in the kitchen. No restrictions on his work otherwise.

Regards,
Marta Kowalski, MD`, 'genetic', 'health'),
  d(`Hej,

Tack för förra veckans frukostseminarium om "ärftliga sjukdomar och arbetslivet". Presentationen finns nu på intranätet. Ett par frågor kom in anonymt, bland annat om arbetsgivaren får fråga om genetiska testresultat vid anställning – svaret är nej.

/Företagshälsovården`),
  d(`Hej Lina,

Vi har nu fått svar från Rättsmedicinalverket i faderskapsutredningen. DNA-analysen visar att Mikael Ström med 99,99 % sannolikhet är far till barnet. Jag skickar beslutet till båda föräldrarna och ber Mikael bekräfta faderskapet på mötet 3/12.

Familjerätten
Uppgifterna omfattas av sekretess enligt 26 kap. 1 § OSL.`, 'genetic', 'social', 'secrecy'),
  d(`Ärende #54001 – Passersystem
Status: Pågår

Anmälare: Skolchef Kerstin Ahl

Leverantören av nya ansiktsigenkänningslösningen för entrén på Centralskolan har skickat en lista över "testpersoner" vars ansiktsbilder de använt för att kalibrera systemet: Kerstin Ahl, Omid Farahani, Johan Sten, Sofie Linde. Ingen av dem har gett samtycke. Vi har begärt radering av mallarna och stoppat piloten.

Handläggare: Informationssäkerhet`, 'biometric'),
  d(`Hej,

Inför upphandlingen av nytt passersystem för äldreboendena har vi tagit fram kravspecifikationen. Systemet ska inte använda biometri (fingeravtryck, ansikte, iris). Leverantörer som erbjuder det som tillval ska stänga av funktionen.

Remissvar senast 10/12.

Upphandlingsenheten`),
  d(`Från: Migrationsverket (vidarebefordrat av handläggare)
Till: Etableringsteamet
Ämne: VB: Identitetsfrågan

Hej team,

FYI – Migrationsverket har jämfört fingeravtrycken för Ahmad Sultani mot Eurodac och fått träff i Italien 2023. Hans ärende kan därför komma att överföras enligt Dublinförordningen. Vi bör vänta med att teckna hyreskontrakt.

/Niklas, handläggare`, 'biometric'),
  d(`Hej alla,

Protokollsutdrag från skolnämnden:
§ 88 Betygsresultat vårterminen – nämnden tar del av rapporten.
§ 89 Rapport om kränkande behandling – 41 anmälningar under perioden, samtliga utredda.
§ 90 Beslut om skolskjuts – riktlinjerna revideras.
§ 91 Delegationsbeslut – anmäls.

Protokollet justeras 2/12.`),
  d(`Från: Elevhälsan
Till: Rektor
Ämne: Kränkningsärende 2026-044

Hej,

Utredningen är klar. Eleven Kevin Lind i 6A har vid upprepade tillfällen kallat en klasskamrat för "zigenare" och spottat på honom. Klasskamraten, Dragan, är rom och har berättat att han inte vill gå till skolan längre. Vårdnadshavare till båda är informerade. Åtgärder: samtal, schemaförändring på rasterna, uppföljning om två veckor.

/Kurator Jonas`, 'ethnic-origin'),
  d(`Hej,

Vi genomför en kartläggning av de nationella minoriteternas språk i förskolan. Frågan vi vill ha svar på från varje förskola: hur många barn erbjuds språkstöd på finska, samiska, meänkieli, romani chib eller jiddisch? Ange bara antal, inga namn.

Svara senast 4/12.

Minoritetssamordnaren`),
  d(`Hej Niklas,

Bara så du vet inför att du tar över: Anna Lindqvist i receptionen sitter i Vårdförbundets lokala styrelse, så hon är ledig varannan torsdag eftermiddag för styrelsemöten. Det står inte i schemat men är överenskommet sedan i våras.

Resten av överlämningen har du i dokumentet.

/Malin`, 'trade-union'),
  d(`Hej alla!

Uppdatering från Jämställdhetsgruppen:
• Vi har fått 40 svar på enkäten om kränkande särbehandling.
• Utbildningen "Normkritik i vardagen" genomförs i mars.
• Ett nytt stödmaterial för chefer om hur man bemöter medarbetare som kommer ut som transpersoner är klart.

Nästa möte 12/1.`),
  d(`Hej,

Anteckning efter telefonsamtal med mamman till Felix (åk 3), 23/11:

Mamman berättar att pappan har ett kontaktförbud mot henne sedan oktober och att hon är rädd att han ska komma till skolan. Hon har ansökt om skyddade personuppgifter men har inte fått beslut ännu. Hon vill att skolan inte lämnar ut något till pappan.

Åtgärd: Rektor informerad. Orosanmälan görs.

/Mentor Sofia`, 'criminal-record', 'social'),
  d(`Hej!

Föreläsning för all personal i förskolan: "Barn som lever med våld i familjen – att se och agera". Föreläsare från Barnahus. Vi går igenom tecken att vara uppmärksam på och hur en orosanmälan görs.

Tid: 27 januari kl 18.00–20.00

/Förskoleförvaltningen`),
  d(`Hej Mona,

Vi har gått igenom timrapporterna för november och ser att Dalia fått ut 14 timmar för mycket i OB-ersättning, ca 2 300 kr. Det är inte hennes fel – det är ett fel i schemat. Vi drar beloppet på januarilönen, men jag vill att du som chef pratar med henne först.

Lönecentrum`, 'salary'),
  d(`Hej alla,

Sammanfattning från Lönerådet:
- Nya lönekriterier för socialsekreterare antas.
- Marknadslönetillägg för IT-säkerhetsspecialister införs.
- Nästa lönerevision kommer att ha fokus på chefslöner.

Dokumentation finns på intranätet.

/HR`),
  d(`Hej Jonas,

Jag måste tyvärr informera om att Selma Gustafsson inte klarade provet för legitimation som lärare i matematik – hon har läst kursen två gånger och fick U på slutexaminationen i oktober. Hon är anställd som obehörig lärare hos oss och vi behöver ta ställning till förlängningen.

/Rektor Mats`, 'grades', 'hr-assessment'),
  d(`Från: Anna Boström
Skickat: den 19 november 2026 13:02
Till: Projektgruppen Nytt journalsystem
Ämne: Inloggning testmiljö

Hej alla,

För att komma in i testmiljön använder ni det gemensamma testkontot:
Användare: test_vo_admin
Lösenord: Pr0jekt!Journal-26

Kontot får bara användas i test, aldrig med riktiga patientuppgifter. Det stängs 31/1.

/Anna`, 'credentials'),
  d(`Hej,

Incidentrapport: Förra veckan upptäckte vi att flera i projektgruppen delat ett gemensamt testkonto. Från och med nu har alla personliga konton i testmiljön och det gemensamma kontot är spärrat. Inga uppgifter har läckt ut.

/Informationssäkerhetssamordnaren`),
  d(`Hej Carina,

Inför vårdplaneringen: Herr Bertil Åkerlund, 84, skrivs ut från geriatriken på fredag efter sin höftfraktur. Han har också en begynnande demens. Biståndshandläggaren har beviljat hemtjänst fyra gånger per dag samt trygghetslarm. Dottern vill att han ska få plats på särskilt boende, men han själv vill bo kvar hemma.

/Vårdplaneringsteamet`, 'health', 'social'),
  d(`Hej,

Här är resultatet av brukarundersökningen i hemtjänsten 2026:
- 89 % är nöjda med hemtjänsten som helhet
- 72 % känner sig trygga med personalen
- 61 % upplever att de kan påverka när hjälpen ges

Resultaten presenteras för nämnden i december. Inga enskilda svar kan spåras.

/Kvalitetsenheten`),
  d(`Hi team,

Small request: when you write the weekly summary, please don't include any names or health details about colleagues who are off sick – just say "two colleagues are off this week". HR has reminded all team leads that health details belong in the rehab tool, not in team channels.

Thanks,
Olivia (team lead)`),
  d(`Hej!

Tack för en trevlig julfest i fredags. Några praktiska saker:
- En svart kappa med röd halsduk blev kvar, finns i receptionen.
- Bilderna ligger i den gemensamma mappen – säg till om du vill att någon bild tas bort.
- Tack till festkommittén: Jenny, Oskar och Li.

God jul!
/Personalföreningen`),
  d(`Hej Klara!

Du undrade varför Omar inte var med på utflykten till kyrkan. Han är muslim och föräldrarna vill inte att han ska delta i aktiviteter i kyrkan, så han var med mig på biblioteket istället. Vi hade det jättebra!

/Fritidspedagog Tina`, 'religion'),
  d(`Från: Kommunstyrelsens kansli
Skickat: den 24 november 2026 11:45
Till: Förvaltningscheferna
Ämne: VB: VB: Inför KSAU 1 december – ärendelista och frågor

Hej,

Här kommer den preliminära ärendelistan. Se även frågorna från ordföranden längre ner i tråden.

1. Budget 2027 – slutlig justering efter skatteunderlagsprognosen
2. Revisionsrapport om intern kontroll i inköpsprocessen
3. Svar på medborgarförslag om hundrastgård vid Ekparken
4. Remiss: regional transportplan
5. Delegationsordning – revidering avseende personalärenden
6. Informationsärenden

/Kansliet

Från: Ordförande KS
Skickat: den 22 november 2026 17:10
Ämne: VB: Inför KSAU

Hej, jag vill att vi till KSAU får en kort lägesrapport om sjukfrånvaron per förvaltning och om hur arbetet med heltid som norm går. Ingen detaljnivå behövs, bara trender. Jag vill också veta om vi har koll på inköpskorten efter revisionens kritik.

Från: Ekonomichef
Skickat: den 21 november 2026 08:30
Ämne: Inköpskort

Vi har sedan revisionen dragit in 38 kort som inte använts på 12 månader och infört månatlig attest. Rapport lämnas i januari.

---
Kommunstyrelsens kansli
Ekedals kommun
Detta meddelande och eventuella bilagor är avsedda endast för adressaten.`),
  d(`Minnesanteckningar APT – Ekonomienheten, 18 november

Närvarande: hela enheten utom Ulla (semester) och Kalle (sjuk)

1. Bokslut 2026 – tidplan
   - Sista dag för leverantörsfakturor: 8 januari
   - Periodiseringar till controllers senast 12 januari
2. Ny leverantörsreskontra – utbildning 2/12
3. Arbetsmiljö
   - Skrivbordsbyte i februari, önskemål till Sandra
   - Ljudnivån i kontorslandskapet – vi testar tysta timmar 9–11
4. Personal
   - Sara Öhman går på föräldraledighet från 1 februari, hon väntar tvillingar i mars. Vikarie rekryteras.
   - Ny praktikant från Yrkeshögskolan i vår
5. Övrigt
   - Julbordet 10/12 på Stadshotellet
   - Kaffekassan: swisha 50 kr till Ola

Nästa APT: 16 december`, 'health'),
  d(`Från: Ola Persson
Skickat: den 20 november 2026 14:50
Till: Tomas Ahl
Kopia: HR Stöd
Ämne: SV: SV: SV: Varning – underlag

Tomas,

Jag har läst igenom ditt utkast igen. Det är bra men vi behöver vara mer konkreta. Förslag till nytt stycke:

"Du har den 28 oktober och den 4 november uttalat dig nedsättande om kollegor inför brukare ('de här idioterna vet inte vad de gör'). Du har också vid upprepade tillfällen vägrat ta emot arbetsuppgifter från samordnaren. Vi har haft samtal om ditt beteende den 15 september och den 6 oktober. Om beteendet upprepas kan det leda till att din anställning avslutas."

Skicka det till facket (Kommunal, där Ahmed Yusuf är medlem) innan ni träffas.

Ola Persson, HR-konsult

Från: Tomas Ahl
Skickat: den 19 november 2026 16:02
Ämne: SV: SV: Varning – underlag

Här är mitt utkast till varningen för Ahmed. Kan du kolla?

Från: Ola Persson
Skickat: den 19 november 2026 09:10
Ämne: SV: Varning – underlag

Skriv ett första utkast så tittar jag på det.`, 'hr-assessment', 'trade-union'),
  d(`Veckobrev från Vård- och omsorgsförvaltningen, vecka 48

Hej alla medarbetare!

💉 Vaccinationer: Influensa- och covidvaccin till personal erbjuds på alla boenden under vecka 49. Boka via din chef.

📋 Dokumentation: Från 1 januari byter vi till ny mall för genomförandeplaner. Utbildning sker på arbetsplatsträffarna i december.

🔐 Informationssäkerhet: Kom ihåg att låsa datorn när du lämnar den. Det gäller även i personalrummet. Dela aldrig inloggningar med vikarier – de ska ha egna konton.

🤝 Samverkan: Förvaltningens samverkansgrupp träffades 17/11. Huvudfrågor: bemanning under helger och den nya nattorganisationen.

🎉 Grattis: Ekbackens boende fick utmärkelsen "Årets demensvänliga boende"!

💬 Frågor om veckobrevet: kommunikation.vo@ekedal.example`),
  d(`Från: Support Hälsoappen
Skickat: den 18 november 2026 10:02
Till: Karin Sundberg
Ämne: SV: Kan inte logga in

Hej Karin,

Vi har nu återställt ditt konto. Du kan logga in med:
E-post: karin.sundberg@ekedal.example
Tillfälligt lösenord: Hx7-Plomma-219

Byt lösenordet direkt.

/Supporten

> Hej, jag kommer inte åt min friskvårdsportal. Jag vill boka massagen som ingår i friskvårdspaketet. /Karin`, 'credentials'),
  d(`Chattlogg – Socialjouren (internt, export)
[23:12] Jour 1: samtal från polisen, pojke 15 år omhändertagen på Stationsgatan, berusad
[23:14] Jour 1: föräldrarna nås inte
[23:20] Jour 2: vi har honom i registret – pågående utredning sedan september, LVU diskuterades i oktober
[23:21] Jour 1: ok, jag åker och hämtar. Koden till jourlägenheten?
[23:22] Jour 2: 5530, nyckeln i skåpet
[23:40] Jour 1: på plats, han sover. Polisen har tagit hans telefon som bevis, han är misstänkt för att ha sålt cannabis
[23:41] Jour 2: ok, dokumentera i morgon`, 'social', 'criminal-record', 'credentials'),
  d(`Hej alla,

Här kommer rutinen för socialjouren inför julhelgerna i sammanfattning:
- Jouren nås via växeln dygnet runt.
- Vid omhändertagande av barn: kontakta alltid bakjouren.
- Jourlägenhetens kod byts varje månad och finns i den krypterade jourpärmen.
- Samverkan med polisen sker enligt överenskommelsen från 2025.

God jul och ta hand om er!
/Enhetschef Socialjouren`),
  d(`Hej Malin,

Angående din fråga om Henrik i sjuan och de politiska klistermärkena: han har satt upp dekaler från Nordiska motståndsrörelsen på toaletterna och sagt till klasskompisar att han är med i deras ungdomsgrupp. Vi har haft samtal med honom och vårdnadshavarna. Socialtjänsten är kontaktad efter en orosanmälan, och polisen har informerats.

Jag vill att vi tar det i EHT på torsdag.

/Rektor Anna`, 'political-opinion', 'social'),
  d(`Hej!

Skolans värdegrundsarbete under våren har fokus på demokrati och källkritik. Vi kommer att prata om extremism, propaganda och hur man känner igen desinformation. Material från Forum för levande historia används i åk 7–9.

Föräldrar som vill veta mer är välkomna på informationskväll 3 februari.

/Skolledningen`),
  d(`Ärende: Lönespecifikation – HR-systemet
Anställd: Johanna Gren, anställningsnr 30217
Period: November 2026

Månadslön: 33 400,00
OB-tillägg: 2 118,50
Sjukavdrag (2 dagar): -2 196,16
Skatt: -8 904,00
Nettolön: 24 418,34

Utbetalas till konto: Länsförsäkringar 9020, 3351 874 0022

Frågor om lönen besvaras av Lönecentrum.`, 'salary', 'bank-account', 'health'),
  d(`Hej,

Vi påminner om att löneutbetalningen i december sker den 23:e på grund av julhelgen. Semesterlönetillägget för sparade dagar betalas ut enligt schema.

Lönespecen finns i självservice som vanligt. Lönespecar skickas inte på papper längre.

/Lönecentrum`),
  d(`Från: Anton Ek
Skickat: den 13 november 2026 08:21
Till: Ledning Gymnasiet
Ämne: Situationen i NA22b

Hej,

Jag är orolig för klimatet i NA22b. Några elever har i veckan pratat om en klasskamrat, Alice, och hennes flickvän på ett sätt som jag uppfattar som trakasserier, och det har spridits bilder i en Snapchat-grupp. Alice har sagt att hon inte vill att föräldrarna ska få veta om förhållandet. Vi måste agera men vara försiktiga.

Anton Ek, lärare i kemi`, 'sex-life'),
  d(`Hej!

Nu finns vårens kurser i lärportalen:
• "Bemötande av hbtqi-personer i vården" (webbkurs, 1 h)
• "Skyddade personuppgifter – grundkurs" (webbkurs, 45 min)
• "Informationssäkerhet för chefer" (halvdag)
• "Arbetsrätt: varningar och uppsägning" (heldag, för chefer)
• "Nya lönesystemet" (demo, 30 min)

Anmäl dig senast två veckor före kursstart.

/Lärportalen`),
  d(`Hej Per,

Ang. vår nya hyresgäst på Åsvägen 3, lgh 1201. Socialtjänsten har bett oss att inte sätta upp namnet på dörren eller i trapphuset eftersom hon har skyddad folkbokföring och kommer från ett skyddat boende. Posten går via Skatteverket. Ändra inte i hyresgästregistret utan att prata med mig först.

Tack!
/Linnea, uthyrning Ekedalshem`, 'protected-identity', 'social'),
  d(`Hej,

Nya rutiner för namnskyltar i trapphus: Från januari sätts namnskyltar endast upp på begäran av hyresgästen. Det förenklar för hyresgäster som av olika skäl inte vill ha namnet synligt. Beställ skylt via Mina sidor.

/Ekedalshem, förvaltningen`),
  d(`Hi Magnus,

Following our call – yes, I'm the one who wrote to the trade union about the night shifts. I've been a Unionen member since I started here, and I'm also the new local safety representative for the IT department since October. I hope that won't be a problem for our working relationship.

Kind regards,
Priya Nair
Network Engineer`, 'trade-union'),
  d(`Hej!

Påminnelse: Kyrkans julkonsert för personal och anhöriga på äldreboendena är 17 december kl 15. Alla boende som vill är välkomna, oavsett tro. Personal hjälper till med förflyttning.

/Aktivitetssamordnaren`),
  d(`Från: Malin Åberg (Inköpskort)
Skickat: den 16 november 2026 12:12
Till: Banken – kortservice
Ämne: Spärra kort

Hej,

Jag behöver spärra inköpskortet som tillhör vår medarbetare Olle Brink, som har slutat. Kortnummer 5410 1282 0619 5879. Han har inte lämnat tillbaka kortet.

Tack!
Malin Åberg
Ekonomiadministratör`, 'payment-card'),
  d(`Hej!

I samband med att vi byter bank för kommunens inköpskort kommer alla kortinnehavare att få ett nytt kort i januari. Det gamla kortet slutar fungera 31/1. Klipp det och lämna bitarna till ekonomienheten.

Har du frågor? Kontakta Malin Åberg.

/Ekonomienheten`),
  d(`Utdrag ur kvartalsrapport – Rekryteringsenheten, Q3

- Antal rekryteringar: 87
- Genomsnittlig rekryteringstid: 41 dagar
- Andel tjänster som kräver utdrag ur belastningsregistret: 35 %
- Andel rekryteringar med personlighetstest: 12 %
- Kandidatnöjdhet: 4,1/5

Inga uppgifter om enskilda kandidater redovisas.`),
  d(`Hej Emil,

Kort återkoppling från referenstagningen på Patrik Lund till tjänsten som systemförvaltare:
Referens 1 (tidigare chef): "Mycket kompetent tekniskt, men hade svårt att prioritera och hamnade ofta i konflikt med beställarna."
Referens 2 (kollega): "Lojal och hjälpsam, men kunde vara kort i tonen."
Rekryterarens bedömning: ej i topp tre.

Patrik har själv godkänt referenstagningen.

/Saga, HR-rekryterare`, 'hr-assessment'),
  d(`Hej!

Betygsstatistik per program på Ekedals gymnasium publiceras nu på webben. Siffrorna gäller elever som avslutat sina studier läsåret 2025/26:
- Naturvetenskapsprogrammet: genomsnittlig betygspoäng 16,2
- Samhällsvetenskapsprogrammet: 14,8
- El- och energiprogrammet: 12,9
- Vård- och omsorgsprogrammet: 13,4

/Gymnasiekansliet`),
  d(`Från: Mentor Jasmin Rao
Till: Vårdnadshavare Lundberg
Ämne: Terminsomdöme

Hej!

Här kommer en kort sammanfattning av Hugos omdömen i höst:
- Svenska: utvecklas i positiv riktning, når kunskapskraven.
- Matematik: riskerar att inte nå kunskapskraven, särskilt inom bråk.
- Engelska: mycket goda kunskaper.
- Bild: når inte kunskapskraven p.g.a. saknade uppgifter.
Närvaro: 94 %.

Hälsningar
Jasmin`, 'grades'),
  d(`Från: Maria Lindén
Skickat: den 24 november 2026 13:05
Till: Johan Sjöqvist
Ämne: VB: Överlämning inför min ledighet

Hej Johan,

Här är överlämningen för mina ärenden under december. Ring bara om det brinner.

Ärenden:
1. Upphandling av skrivare – väntar på anbud, öppning 4/12.
2. Avtalet med städfirman – förlängt till juni.
3. Fakturan från konsultbolaget – attesterad.
4. Utbetalning till Kenneth Malm (arvode för föreläsningen 12/11, 4 500 kr) – ska till hans privata konto Nordea 3300, 7611 05 482 0. Han har ingen F-skatt så skatteavdrag ska göras.
5. Lokalbokningen för vårens chefsdagar – klar.

Lösenordet till delade mappen vet du redan.

God jul!
Maria`, 'bank-account'),
  d(`Hej!

Påminnelse till alla som håller i föreläsare och externa uppdragstagare:
• Arvoden betalas ut via lönesystemet om uppdragstagaren saknar F-skatt.
• Uppdragstagaren fyller själv i sina kontouppgifter i blanketten "Arvode/ersättning".
• Kontonummer ska inte skickas i e-post.

Blanketten finns på intranätet under Ekonomi.

/Ekonomienheten`),
  d(`Hej Sven!

Kort rapport från kommunfullmäktiges möte igår, eftersom du missade det:

- Budgeten klubbades, 31 ja mot 20 nej.
- Motionen om cykelbana längs Storgatan avslogs.
- Vår egen kollega Hanna Berg (planarkitekt) satt på åhörarläktaren – hon berättade i fikarummet efteråt att hon röstade på Miljöpartiet i förra valet men nu tänker gå över till Socialdemokraterna på grund av cykelfrågan 😄
- Nästa möte 14 december.

/Tina`, 'political-opinion'),
  d(`Hej,

Inbjudan till medborgardialog om nya torget. Kommunen vill höra vad invånarna tycker! Alla partier i fullmäktige har ställt sig bakom dialogen. Tjänstepersoner från stadsbyggnad svarar på frågor, politiker deltar inte.

Tid: 2 december kl 18.00
Plats: Biblioteket

/Stadsbyggnadskontoret`),
  d(`Hej Sofia,

Jag måste ändra min föräldraledighet. Min fru och jag har bestämt att jag tar första halvåret – vi är ett samkönat par och det är hon som bär barnet, så jag har ingen graviditetsledighet men vill vara hemma från start. Beräknad förlossning 20 april.

Kan vi lägga in ledigheten från 15 april?

Tack!
Therese`, 'sex-life', 'health'),
  d(`Ärende #55002 – Behörighet
Anmälare: Jan Åkesson, Miljöförvaltningen

Hej, jag behöver komma åt e-tjänsten för livsmedelskontroller. Min chef har godkänt.

Svar från Servicedesk:
Hej Jan, behörigheten är tilldelad. Du loggar in med SITHS-kortet. Om du har glömt PIN-koden till kortet måste du beställa ett nytt via identitetsenheten, vi kan inte återställa den.

/Servicedesk`),
  d(`Från: Skolsköterska Maja Ek
Skickat: den 13 november 2026 16:40
Till: Rektor
Ämne: Sekretess – elev åk 4

Hej,

Jag vill informera dig om att eleven Amira (4B) och hennes mamma bor på skyddat boende sedan förra veckan och att mamman fått beslut om sekretessmarkering. Pappan har tidigare hämtat på skolan. Från och med nu är det bara mamman som får hämta. Personalen på fritids måste informeras utan att detaljer sprids.

Informationen omfattas av sekretess enligt 23 kap. 2 § OSL.

/Maja`, 'protected-identity', 'social', 'secrecy'),
  d(`Hej alla,

Sammanfattning av läget i projektet "Digitala passerkort" vecka 47:
✔ Kortläsare installerade i tre av fem skolor
✔ Registrering av personal pågår
✖ Leverantörens förslag att använda handflatsavläsning avvisades av styrgruppen
✖ Vissa dörrar fungerar inte i kyla – felanmält

Nästa steg: installation i Åsenskolan och Västerskolan vecka 49.

/Projektledaren`),
  d(`Hej Karl,

Angående din fråga om Bertils ansökan om att få ta del av sin egen akt från barnhemstiden: vi har i arkivet hittat hans akt från 1962–1968. Den innehåller bland annat uppgifter om att hans biologiska far var resande och att Bertil togs om hand "på grund av familjens kringflackande levnadssätt". Akten ska sekretessprövas innan den lämnas ut, men eftersom det gäller Bertil själv bör det mesta kunna lämnas.

/Arkivarien`, 'ethnic-origin', 'social', 'secrecy'),
  d(`Hej!

Minnesanteckningar från biobanksrådet 19/11:
1. Rutin för återkallat samtycke – ny blankett.
2. Förfrågan från polisen om tillgång till PKU-prov i en utredning avslogs enligt biobankslagen.
3. Statistik: 2 300 nya prover i oktober.
4. Utbildning för nya provtagare i februari.

/Biobankssamordnaren`),
  d(`Hej,

Till utredningen av stölden i läkemedelsrummet: polisen har jämfört DNA från en handske som hittades i förrådet med DNA-profilen från undersköterskan Robin Sandberg, som lämnade ett frivilligt salivprov. Profilen matchade. Robin är avstängd i avvaktan på förundersökningen och får inte komma in på avdelningen.

/Verksamhetschef

Denna information får inte lämnas ut.`, 'biometric', 'criminal-record', 'hr-assessment', 'secrecy'),
  d(`Hej,

Tack för en bra dag på konferensen om genetik i primärvården! Här är några länkar:
- Socialstyrelsens kunskapsstöd om ärftlig hjärtsjukdom
- Patientföreningen för sällsynta diagnoser
- Information om bärarskapstester inför graviditet

Presentationerna skickas ut nästa vecka.

/Arrangörerna`),
  d(`From: Lucia Moretti
Sent: 17 November 2026 08:44
To: Clinic reception
Subject: Re: Appointment

Hello,

Thank you for the reminder about my appointment on 2 December. As I told the nurse, my son's genetic test showed that he has Fragile X syndrome, which is why we were referred to your clinic. He is very sensitive to noise, so could we please wait in a quiet room?

Regards,
Lucia Moretti`, 'genetic', 'health'),
  d(`Hej,

Detta är en påminnelse om din tid på Mottagningen för klinisk genetik 2 december kl 10.30. Ta med legitimation. Om du får förhinder, avboka senast 24 timmar innan.

Välkommen!
Mottagningen för klinisk genetik`),
  d(`Hej Kim,

Jag har kollat kontoutdraget för föreningskortet och det verkar som att någon använt kortet online. Kan du spärra det direkt? Kortet står på mig: Visa 4571 2658 2610 5496 – ja, samma kort som vi använde för lokalhyran förra året.

/Göran, kassör Hembygdsgillet`, 'payment-card'),
];
