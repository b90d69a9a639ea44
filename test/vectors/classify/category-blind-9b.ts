/**
 * Category blind set 9b — BLIND.
 *
 * Written by a corpus writer from the labelling guide (/tmp/label-guide.md) alone, without reading the
 * classifier, its training data or any other corpus. This set must never be used for training, tuning or
 * keyword mining; it is scored once by the lead to measure the classifier on text it has never seen.
 *
 * Style: longer, messy texts (roughly 8 to 40 lines) in Swedish and English: forwarded threads with quoted
 * history and "Från: … Skickat: …" headers, signatures and legal disclaimers, meeting minutes and APT notes
 * with several agenda items, weekly summaries, chat exports with timestamps, ticket-system and HR-system
 * mails, case-note excerpts, newsletters and bullet lists. When a text discloses something sensitive it may
 * sit anywhere (a quoted older mail, one agenda item, a PS); many texts use the same vocabulary without
 * disclosing anything about a person and are labelled nothing.
 *
 * All names, numbers, places, case numbers, codes and accounts are invented.
 */
import type { CategoryType } from '../../../src/core/classify/types.js';
import type { LabelledDocument } from './category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const CATEGORY_BLIND_9B: readonly LabelledDocument[] = [
  d(`Hej Malin,

Vidarebefordrar nedan så du har bakgrunden inför mötet på torsdag.

/Jonas

Från: Jonas Ekholm
Skickat: den 3 mars 2026 08:14
Till: Personalgruppen Hemtjänst Norr
Ämne: SV: Schema v.11–12

Tack alla för snabba svar. Jag lägger ut det nya schemat i Time Care i eftermiddag.

Från: Lotta Bergkvist
Skickat: den 2 mars 2026 17:52
Till: Jonas Ekholm
Ämne: SV: Schema v.11–12

Hej Jonas, jag kan tyvärr inte ta några kvällspass alls de närmaste veckorna. Jag har fått diagnosen diskbråck och läkaren har sjukskrivit mig på 50 % till och med 29 mars, intyget ligger i Adato. Dagpass fungerar om jag slipper tunga förflyttningar.

Mvh Lotta

--
Lotta Bergkvist
Undersköterska, Hemtjänst Norr
Storviks kommun`, 'health'),
  d(`Från: Jonas Ekholm
Skickat: den 3 mars 2026 08:20
Till: Personalgruppen Hemtjänst Norr
Ämne: Schema v.11–12 + påminnelse

Hej!

Några saker inför kommande veckor:

1. Schemat för v.11–12 är publicerat. Kolla era pass senast fredag.
2. Påminnelse: friskvårdsbidraget för 2026 är 3 000 kr, kvitton lämnas via Primula innan 30/11.
3. Företagshälsovården (Avonova) har drop-in för ergonomigenomgång 12/3 kl 13–15 i personalrummet. Bra för alla som gör mycket förflyttningar.
4. Ny rutin vid sjukanmälan: ring bemanningen före 06.30 och registrera i Adato samma dag. Läkarintyg behövs från dag 8.

Ha en bra vecka!
Jonas Ekholm
Enhetschef Hemtjänst Norr, Storviks kommun
Detta e-postmeddelande kan innehålla information som är avsedd endast för mottagaren.`),
  d(`PROTOKOLL APT Förskolan Solrosen 2026-02-18

Närvarande: Anna P, Fatima H, Leif S, Nora J, Sandra (rektor)
Sekreterare: Nora J

§1 Föregående protokoll – godkändes.
§2 Ekonomi – Sandra redovisade läget. Vi ligger något över budget på vikarier, främst januari.
§3 Arbetsmiljö – Ljudnivån i matsalen tas upp igen. Leif skickar in en anmälan om ljuddämpande plattor.
§4 Fackliga frågor – Sandra informerade om att Kommunal har medlemsmöte 5/3. Alla intresserade välkomna.
§5 Barnfrågor – Inget att ta upp i detta forum (hanteras i EHT).
§6 Övrigt – Personalfesten blir 24/4, Fatima samordnar.

Nästa APT: 2026-03-18`),
  d(`Hej Sandra,

Innan APT nästa vecka vill jag bara säga att jag inte orkar sitta med på punkten om arbetsmiljön. Som du vet har jag gått hos psykolog via företagshälsan sedan i höstas för utmattningen, och hon har sagt att jag ska undvika den typen av diskussioner ett tag. Jag jobbar ju fortfarande 75 % enligt rehabplanen.

Kan jag få protokollet i efterhand istället?

Kram,
Fatima

Skickat från min iPhone`, 'health'),
  d(`[09:02] Erik L: god morgon, någon som vet om skrivaren på plan 3 funkar igen?
[09:03] Mira S: nej fortfarande trasig, felanmält igen
[09:05] Erik L: ok. ska skriva ut underlaget till nämnden
[09:11] Mira S: använd den vid receptionen, koden är 4471 på dörren till kopieringsrummet
[09:12] Erik L: tack!!
[09:40] Hassan B: påminnelse: fika kl 10 för Petra som fyller 50
[09:41] Mira S: 🎉`, 'credentials'),
  d(`[13:15] Tove K: har ni sett att dörrkoderna byts på måndag?
[13:16] Ali R: ja, nya koder kommer via sms från fastighet
[13:16] Tove K: ok bra. Skriv ALDRIG koden i teams bara
[13:17] Ali R: 👍
[13:30] Tove K: Och glöm inte att byta lösenord i Pulsen innan fredag, annars låses kontot
[13:31] Ali R: gjort`),
  d(`Veckobrev vecka 7 – Individ- och familjeomsorgen

Hej alla!

• Välkommen till Johanna Lind som börjar som socialsekreterare på barn och unga från den 16/2.
• Ärendebalansen på försörjningsstöd har minskat till 214 hushåll (från 231 i januari). Bra jobbat!
• Utbildning om nya socialtjänstlagen 10/3 – anmälan till Kerstin senast 1/3.
• Påminnelse: orosanmälningar ska registreras i Viva samma dag som de kommer in, även om förhandsbedömningen görs senare.
• Handledning för mottagningsgruppen flyttas till onsdagar.
• Lönesamtalen för 2026 börjar i april. Mer info från respektive chef.

Trevlig helg!
/Kerstin Åberg, verksamhetschef IFO`),
  d(`Hej Kerstin,

Vill bara flagga en sak inför veckobrevet – skriv inte in något om familjen Hosseini, även om det blev en stor sak i gruppen. Som du vet kom det in en orosanmälan från skolan i måndags gällande deras äldsta son (12 år), och vi har inlett utredning enligt 11 kap. 1 § SoL. Pappan har dessutom ett pågående ärende om ekonomiskt bistånd hos vuxengruppen.

Det omfattas av sekretess enligt 26 kap. 1 § OSL så det ska inte spridas utanför de som handlägger.

/Robin`, 'social', 'secrecy'),
  d(`From: Daniel Okafor
Sent: Tuesday, 10 February 2026 15:48
To: HR Service Desk
Subject: Salary payment – change of account

Hi,

I recently moved my salary account from Nordea to Handelsbanken. Could you please update my details before the February payroll run?

New account: clearing 6152, account number 384 219 774
Account holder: Daniel Okafor, employee no. 20418

Apologies for writing in English, my Swedish is still improving.

Best regards,
Daniel Okafor
Research Engineer, Miljöförvaltningen`, 'bank-account'),
  d(`Från: HR Servicecenter <hr.service@vasterbyn.se>
Skickat: 11 februari 2026 09:02
Till: Daniel Okafor
Ämne: SV: Salary payment – change of account

Hi Daniel,

Thank you for your message. For security reasons we cannot change bank details based on an e-mail. Please log in to the self-service portal (Heroma Självservice > Mina uppgifter > Bankkonto) and enter the new account there yourself, using BankID. Changes made before the 15th apply to the same month's payroll.

If you have trouble logging in, contact the IT service desk on 0470-88 100.

Kind regards,
HR Servicecenter
Västerbyns kommun`),
  d(`Ärende #INC-228451 har uppdaterats

Kategori: Konto / Inloggning
Anmälare: Birgitta Sörlin (Socialförvaltningen)
Prioritet: 3 – Normal

Kommentar från anmälaren (2026-01-27 10:41):
Kommer fortfarande inte in i Procapita. Har försökt med det tillfälliga lösenordet ni gav, Vinter2026!kx, men får "kontot låst". Användarnamn bisorl01. Behöver komma in innan 13 för att registrera beslut.

Kommentar från servicedesk (2026-01-27 10:55):
Kontot upplåst. Byt lösenord direkt vid inloggning.

Status: Löst`, 'credentials'),
  d(`Ärende #REQ-10922 har skapats

Kategori: Behörighet
Anmälare: Peter Holm (Tekniska förvaltningen)

Beskrivning:
Ny medarbetare Sara Vik börjar 1/3 som handläggare på bygglov. Behöver behörighet till Castor, ByggR och gemensam mapp G:\\Bygg\\Ärenden. Konto och engångslösenord skickas till henne via sms enligt rutin, inte via mejl.

Chef som godkänner: Peter Holm

Status: Ny`),
  d(`Hej!

Här kommer en sammanfattning från utvecklingssamtalet med Alva i åk 8, som du bad om eftersom du inte kunde vara med.

- Svenska: E, har lämnat in alla uppgifter senaste månaden, tydlig förbättring.
- Matematik: F på senaste provet (algebra), behöver stöd. Vi föreslår studiestugan tisdagar.
- Engelska: C.
- Frånvaro: 14 % hittills denna termin, mestadels ströfrånvaro första lektionen.

Alva själv säger att hon trivs bättre i klassen nu. Mamma var med och var positiv till studiestugan.

Hälsningar
Maria Lundgren, mentor 8B`, 'grades'),
  d(`Till vårdnadshavare i årskurs 8

Nu är det dags för vårens utvecklingssamtal! Bokningen öppnar i Unikum måndag 2 februari.

Inför samtalet:
• Läs igenom omdömena i Unikum tillsammans med ditt barn.
• Titta på frånvaron under Närvaro – hör av dig till mentor om något ser fel ut.
• Fundera på vad ditt barn vill utveckla till nästa termin.

Samtalen tar ca 20 minuter och hålls i skolan eller digitalt.

Välkomna!
Mentorerna i åk 8, Björkdalsskolan`),
  d(`Minnesanteckningar – samverkansmöte LSS/Skola
Datum: 2026-03-05
Deltagare: Eva (LSS-handläggare), Tomas (specialpedagog), Linnea (rektor), Jenny (korttids)

1. Rutin för överlämning korttids → skola på fredagar. Jenny tar fram förslag.
2. Elias (åk 4): har beviljats korttidsvistelse enligt 9 § 6 LSS två helger per månad från april. Autismdiagnos sedan tidigare. Tomas ser över anpassningarna i klassrummet.
3. Skolskjuts – Linnea kontaktar färdtjänst om ändrade tider.
4. Nästa möte 7 maj.

Anteckningar: Tomas`, 'social', 'health'),
  d(`Minnesanteckningar – samverkansmöte LSS/Skola
Datum: 2026-05-07

1. Överlämningsrutinen korttids–skola är klar, bifogas. Gäller alla elever med korttidsvistelse.
2. Diskuterade generellt hur vi informerar vårdnadshavare om vad LSS kan erbjuda – Eva tar fram en broschyr.
3. Fortbildning i NPF för fritidspersonal i höst, Tomas kollar med elevhälsan.
4. Lokalfrågan för fritids efter skoltid – ingen lösning ännu.

Nästa möte: september.`),
  d(`Hej Lena,

Tack för en bra medarbetarsamtalsrunda. Här är mina anteckningar från samtalet med Kristoffer den 12/2, som du bad om till personalakten:

Styrkor: mycket god kontakt med brukarna, tar initiativ i arbetsgruppen.
Utvecklingsområden: dokumentationen i journalen är ofta sen (vi har pratat om detta även förra året). Har vid två tillfällen gått hem före passets slut utan att meddela. Vi har kommit överens om en tydlig plan: dokumentation före passets slut, avstämning varannan vecka med mig.

Om ingen förbättring sker till juni kommer jag att överväga en skriftlig erinran.

/Henrik Ståhl, enhetschef`, 'hr-assessment'),
  d(`Hej alla chefer,

Påminnelse om att medarbetarsamtalen för 2026 ska vara genomförda senast 30 april. Använd den nya mallen i Heroma (Medarbetarsamtal 2026). Mallen innehåller fyra delar: arbetsmiljö, kompetensutveckling, mål och uppföljning av förra årets plan.

Kom ihåg att anteckningar som rör enskilda medarbetares hälsa inte ska skrivas i samtalsmallen utan hanteras i rehabärendet i Adato.

Vid frågor, hör av er till er HR-partner.

Vänliga hälsningar
HR-avdelningen`),
  d(`Från: Mats Granqvist
Skickat: den 20 januari 2026 11:37
Till: Lönespecialist Anette
Kopia: Ulrika Norén
Ämne: VB: Lön efter lönerevision

Hej Anette,

Jag vidarebefordrar Ulrikas fråga. Kan du kolla vad som hänt?

/Mats

-----Ursprungligt meddelande-----
Från: Ulrika Norén
Skickat: den 19 januari 2026 16:02
Till: Mats Granqvist
Ämne: Lön efter lönerevision

Hej Mats, på januarilönen står fortfarande min gamla lön, 34 200 kr. Vi kom ju överens i lönesamtalet om 35 900 från 1 januari. Kan du se till att det rättas till?

/Ulrika`, 'salary'),
  d(`Från: Lönecenter
Ämne: Information om lönerevision 2026

Hej!

Lönerevisionen 2026 är nu klar för avtalsområdet Vision/Kommunal. Nya löner gäller från 1 april och betalas ut med retroaktivt belopp på majlönen.

Det totala utfallet för förvaltningen blev 3,4 %. Individuella besked lämnas av närmaste chef under vecka 17.

Har du frågor om ditt lönebesked, kontakta din chef i första hand.

Lönecenter, Sörmalms kommun`),
  d(`Hej Patrik!

Snabb fråga om resekontot. Jag la ut för hotellet i Umeå på mitt privata kort när det företagskortet inte fungerade. Kvitton bifogas.

Ersättningen kan gå till samma konto som lönen, men om det behövs: Swedbank 8327-9, 914 552 308-4.

PS. Har du hört något om Annikas operation? Hon skulle ju opereras för knät i går och jag vet inte om jag vågar skicka sms.

/Lisa`, 'bank-account', 'health'),
  d(`Hej Patrik,

Tack för inbjudan till planeringsdagen! Tyvärr kan jag inte komma 14/4 eftersom jag har ett läkarbesök som inte går att flytta. Skickar gärna in mina synpunkter på verksamhetsplanen i förväg.

/Annika`, 'health'),
  d(`Anteckningar från styrgruppsmöte Digitalisering, 2026-02-04

1. Status e-tjänst Ekonomiskt bistånd: pilot i drift sedan 15/1, 87 ansökningar inkomna. Inga större fel.
2. Säker e-post: upphandlingen är klar, utrullning till socialtjänsten i april. Alla mejl som innehåller känsliga personuppgifter eller sekretessbelagd information ska då gå via den krypterade tjänsten.
3. Biometrisk inloggning på mobilen (Face ID) för Mina sidor – juristen ser över om det kräver DPIA.
4. Lösenordspolicy: minst 14 tecken från 1/6. IT informerar.
5. Övrigt: inget.

Nästa möte 4/3.`),
  d(`Hej IT,

Vi har börjat använda fingeravtrycksläsaren vid entrén till läkemedelsrummet på Vallmogården. Nu fungerar inte Ahmeds avtryck längre – han fick registrera om höger pekfinger i höstas efter en brännskada men systemet verkar ha tappat mallen. Kan ni registrera om hans fingeravtryck? Han jobbar natt hela nästa vecka.

Hälsningar
Ingrid, sjuksköterska Vallmogården`, 'biometric', 'health'),
  d(`Hej!

Några frågor inför införandet av ansiktsigenkänning i passerkontrollen på stadshuset:

- Hur länge lagras ansiktsmallarna?
- Vem har åtkomst till registret?
- Finns ett alternativ för de som inte vill lämna biometriska uppgifter (t.ex. vanligt passerkort)?
- Har det gjorts en konsekvensbedömning enligt artikel 35?

Vi vill ha svar innan frågan tas upp i samverkan.

Vänliga hälsningar
Vision-sektionen, Kallhälls kommun`),
  d(`Från: Agneta Rask (Vision)
Skickat: 5 mars 2026 10:12
Till: Personalchef Björn Alm
Ämne: Förhandling enligt MBL §11 – omorganisation ekonomienheten

Hej Björn,

Jag företräder Mikael Stenberg i den här frågan eftersom han är medlem hos oss och har bett Vision om stöd. Han är också vårt ombud på arbetsplatsen sedan i fjol. Vi önskar förhandling innan beslutet om flytt av hans tjänst till Servicecenter fattas.

Föreslår torsdag 12/3 kl 9.

Med vänlig hälsning
Agneta Rask, ordförande Vision Kallhäll`, 'trade-union'),
  d(`Kallelse – central samverkan 2026-03-19

Plats: Stora sammanträdesrummet, kl 13.00–15.00

Dagordning
1. Mötets öppnande
2. Föregående protokoll
3. Information: budget 2027, tidplan
4. MBL §11: omorganisation ekonomienheten
5. Arbetsmiljöfrågor – systematiskt arbetsmiljöarbete, årlig uppföljning
6. Rapporter från förvaltningarna
7. Övriga frågor

Kallade: Kommunal, Vision, Sveriges Lärare, Vårdförbundet, Akademikerförbundet SSR, arbetsgivarens representanter.`),
  d(`Hej allihop i arbetslaget!

En liten sak om julavslutningen. Jag vill gärna vara med på själva festen men inte i kyrkan. Som ni kanske vet är jag muslim och jag känner mig inte bekväm med att sjunga psalmer, även om jag förstår att det är en tradition. Jag tar gärna hand om de elever som inte går till kyrkan och har en aktivitet i aulan istället.

Hoppas det är ok!
/Yasmin`, 'religion'),
  d(`Information till vårdnadshavare – skolavslutning

Terminsavslutningen hålls i Sankt Olofs kyrka torsdag 18 december kl 9.00. Avslutningen har inga religiösa inslag utöver att den hålls i kyrkan, men vill ni att ert barn istället deltar i en alternativ avslutning i skolans aula, meddela mentor senast 5/12.

God jul och trevlig ledighet!
Rektor Gunnel Wiik, Ekbackens skola`),
  d(`Hej Karin,

Om Ester i 3A och skolmaten: familjen är judisk och håller kosher hemma, och mamma har frågat om Ester kan få vegetarisk kost istället för kött när det inte går att ordna koshermärkt. Hon har också frågat om ledighet för Jom Kippur i september.

Jag skickar blanketten för specialkost till köket. Kan du godkänna ledigheten?

/Sofia, mentor`, 'religion', 'ethnic-origin'),
  d(`Hej kök!

Vi har fått frågor från flera vårdnadshavare om kost vid religiösa högtider och om vi kan servera halal- eller koshermat. Kan ni sammanställa vad som är möjligt inom upphandlat avtal? Vi tänkte ta upp det på nästa föräldraråd.

Tack!
Biträdande rektor`),
  d(`Veckosammanfattning, kommunikationsavdelningen v.9

• Pressfrågor: 11 st, varav 4 om nya detaljplanen vid hamnen.
• Kommunfullmäktige 2/3 – vi livesände, 312 tittare.
• Valåret 2026: information om förtidsröstning läggs ut på webben 1/8. Vi behöver personal till valnämndens kansli – intresseanmälan till Hanna.
• Sociala medier: inlägget om samisk nationaldag fick stor spridning.
• Kommande: Tillgänglighetsveckan, vecka 14.

/Hanna`),
  d(`Hej Hanna,

Angående bemanningen av valnämndens kansli: jag tror inte att Oskar passar som röstmottagare i år. Han sitter ju i fullmäktige för Sverigedemokraterna och står på valsedeln i september, och enligt vallagen kan det bli problem med förtroendet. Han har själv sagt att han vill hjälpa till men jag tycker vi ska säga nej vänligt.

/Mikaela`, 'political-opinion'),
  d(`Hej alla röstmottagare!

Här kommer information inför utbildningen 22 augusti.

- Utbildningen är obligatorisk och tar ca 3 timmar.
- Röstmottagare får inte bära partisymboler eller uttrycka politiska åsikter i vallokalen.
- Arvode: 1 800 kr för valdagen, 600 kr för utbildningen.
- Du som själv kandiderar i valet får inte vara röstmottagare.

Anmälan via länken senast 10/8.
Valnämndens kansli`),
  d(`Från: Kenneth Sjöberg
Skickat: den 14 april 2026 13:07
Till: Rekryteringsgruppen
Ämne: VB: Referenstagning, kandidat till tjänst som fritidsledare

Hej,

Referenserna för Lukas Ek var positiva, men se nedan – utdraget ur belastningsregistret visar en dom från 2023 för misshandel (villkorlig dom + samhällstjänst). Eftersom tjänsten innebär arbete med barn behöver vi diskutera det innan vi går vidare.

/Kenneth

-----
Från: Polismyndigheten, registerutdrag
Ämne: Utdrag ur belastningsregistret – kontroll av personer som ska arbeta med barn
Utdraget bifogas i separat krypterat meddelande.`, 'criminal-record'),
  d(`Hej alla,

Inför sommarens feriearbeten: alla som ska arbeta med barn och unga måste lämna ett utdrag ur belastningsregistret (blankett 442.5 hos polisen) innan anställningen börjar. Utdraget visas upp i original för chefen och ska inte kopieras eller skickas med mejl.

Det tar ungefär två veckor att få utdraget, så be ungdomarna beställa i god tid.

Hälsningar
Fritidsförvaltningen`),
  d(`Från: Skolsköterska Hedvig Nyman
Skickat: 23 januari 2026
Till: Rektor Mattias Ohlin
Ämne: Ang. Noah i 6B – VIKTIGT

Hej Mattias,

Jag måste meddela att Noah och hans mamma sedan förra veckan har skyddade personuppgifter (sekretessmarkering). Pappan får inte få någon information om var Noah går i skolan, och klasslistor, skolfoton och liknande får inte innehålla hans namn. Skolan ska inte bekräfta att han går här om någon ringer.

Kan vi ta ett kort möte i dag?

Hedvig`, 'protected-identity'),
  d(`Hej!

Påminnelse till all personal om rutinen för elever med skyddade personuppgifter:

1. Uppgifter om eleven registreras endast av behörig administratör.
2. Namnet får inte stå på klasslistor som sätts upp, på hemsidan eller i skolkatalogen.
3. Svara aldrig på frågor om en elev går på skolan.
4. Vid osäkerhet – kontakta rektor.

Rutinen finns i sin helhet på intranätet under Elevhälsa > Rutiner.

Rektorerna, Norrhamns skolområde`),
  d(`Hej Sven,

Tack för att du kunde täcka upp i fredags. Jag var hemma med Ida som hade 39 graders feber och magsjuka, så vabbade hela dagen. Hon är pigg igen nu.

Jag har lagt in VAB i Heroma.

/Cecilia`, 'health'),
  d(`Hej alla!

Vi har mycket magsjuka på förskolan just nu. Kom ihåg:
- Barn som har kräkts eller haft diarré ska vara hemma 48 timmar efter sista symtom.
- Tvätta händerna ofta, särskilt före måltider.
- Personal som blir sjuk: sjukanmäl dig som vanligt via bemanningen.

Tack för att ni hjälper till att hindra smittan!
/Förskolechef Ylva`),
  d(`Hi team,

Quick update from the research ethics committee meeting yesterday:

1. The genomic sequencing study (dnr 2026-0112) was approved with conditions. All samples must be pseudonymised before leaving the lab.
2. The biobank agreement with Region Västerland is still under legal review.
3. Reminder: no participant-level data in e-mail, use the secure file share.
4. Next meeting: 14 April.

Cheers,
Fiona
Research Coordinator`),
  d(`Hej Elin,

Svar från genetiken om familjen Lindqvist har kommit. Provet från Anders (pappan) visar att han bär samma BRCA2-variant som hans syster. Båda döttrarna erbjuds nu genetisk vägledning och prov. Jag har skrivit in det i journalen men ville att du som kontaktsjuksköterska ska veta innan samtalet på fredag.

Hälsningar
Jakob Frisk, läkare, onkologmottagningen`, 'genetic', 'health'),
  d(`Från: Inköp & Ekonomi
Skickat: 2 februari 2026 14:20
Till: Anders Wallin
Ämne: SV: Kortbetalning konferens

Hej Anders,

Hotellet i Jönköping kräver att vi skickar kortuppgifter för garantin. Använd INTE ditt eget kort framöver, men för den här gången har jag lagt in det du skickade:

> Kortnummer 4571 3650 9080 0457, giltigt t.o.m. 09/28, CVC 318
> Kortinnehavare: Anders Wallin

Jag har skickat det till hotellet via deras bokningsportal. Radera gärna ditt ursprungliga mejl.

/Gunilla, ekonomiassistent`, 'payment-card'),
  d(`Hej alla kortinnehavare,

Påminnelse om rutinen för inköpskort (Eurocard Corporate):

• Skicka aldrig kortnummer, giltighetstid eller CVC i e-post eller Teams.
• Kvitton ska attesteras i Proceedo senast den 5:e varje månad.
• Förlorat kort spärras dygnet runt på 08-14 67 67.
• Privata inköp på företagskortet är inte tillåtna.

Nya kortinnehavare ska gå webbutbildningen innan kortet lämnas ut.

Ekonomiavdelningen`),
  d(`[Teams-export, kanal: Ekonomi-frågor]

2026-03-11 10:14 Petra Ahl
Kan någon lägga beställningen av kursböckerna? Mitt kort är spärrat 🙄

2026-03-11 10:16 Joakim Nyberg
Kör på mitt, 5413 0177 1534 2469 exp 04/27 cvc 902, men ta bort meddelandet sen

2026-03-11 10:17 Petra Ahl
Tack! Raderar

2026-03-11 10:30 Petra Ahl
Klart, ordernr 77120`, 'payment-card'),
  d(`Hej Ronja,

Tack för att du berättade i går, jag förstår att det inte var lätt. Jag kommer självklart inte att säga något till resten av arbetslaget om att du och Sara är tillsammans innan du själv vill det. Om någon gör kommentarer igen likt de på personalfesten vill jag att du säger till mig direkt – det är kränkande särbehandling och sådant tar vi på allvar.

Vi ses på måndag.
/Ewa, rektor`, 'sex-life'),
  d(`Nyhetsbrev Personal – mars 2026

I detta nummer:
1. Pride i Söderhamn 2026 – kommunen deltar i paraden 8 augusti. Alla medarbetare är välkomna att gå med i kommunens tåg!
2. Ny policy mot kränkande särbehandling och sexuella trakasserier antagen av KS 12/2.
3. HBTQ-certifiering: ungdomsmottagningen och fritidsgårdarna påbörjar certifiering via RFSL under våren.
4. Friskvård: nya träningspass i gymmet på stadshuset.
5. Lönerevisionen – tidplan, se intranätet.

Redaktionen`),
  d(`Hi Mark,

Following up on our call about the exchange teacher placement. One thing the school should be aware of: Sam uses they/them pronouns and is non-binary – they mentioned it in the application, and asked that staff be told before they arrive so they don't have to explain it in front of the class. Could you pass that on to the principal?

Thanks,
Helen Carter
International Office`, 'sex-life'),
  d(`Anteckningar, elevhälsomöte (EHT) 2026-02-25, Lindängsskolan
Deltagare: rektor, skolsköterska, kurator, specialpedagog, skolpsykolog

Ärende 1 – Wilma, 9C: Kuratorn rapporterar att Wilma har berättat att hon är transtjej och vill bli kallad Wilma i alla sammanhang; namnbytet är inte genomfört i folkbokföringen ännu. Vårdnadshavare informerade och stöttar. Mentor ser över namn i Schoolsoft och klasslistor. Kurator har fortsatta samtal.

Ärende 2 – Hugo, 7A: hög frånvaro (27 % v.2–8), främst måndagar. Kontakt med hemmet tas av mentor. Skolsköterskan kallar till hälsosamtal.

Ärende 3 – Generellt: rutin för extra anpassningar inför nationella prov. Specialpedagog skickar ut.

Antecknat av: kurator Jens Håkansson`, 'sex-life', 'grades'),
  d(`Hej,

Vi har fått en förfrågan från en journalist om hur många elever i kommunen som har bytt namn eller juridiskt kön under skoltiden. Vi för ingen sådan statistik och ska inte heller göra det. Svara journalisten att uppgiften inte finns och hänvisa till Skolverkets allmänna råd om bemötande.

/Kommunikationschefen`),
  d(`Hej HR,

Bifogar lönespecifikationen som du bad om för att räta ut felet med OB-tillägget. I korthet:

Grundlön: 31 850 kr
OB-tillägg december: 2 412 kr (borde ha varit 3 960 kr enligt schemat – julhelgerna saknas)
Övertid: 0

Differensen är alltså 1 548 kr. Jag jobbade 24/12 och 31/12 kväll.

Vänliga hälsningar
Hampus Lindgren, undersköterska Ängsgården`, 'salary'),
  d(`Till: Alla chefer i vård- och omsorgsförvaltningen

Lönekartläggning 2026

Vi genomför nu den årliga lönekartläggningen. Den visar att medianlönen för undersköterskor i förvaltningen är 30 900 kr och för sjuksköterskor 41 200 kr. Osakliga skillnader mellan kvinnor och män har inte kunnat konstateras.

Kartläggningen presenteras i sin helhet för de fackliga organisationerna 20/3.

HR-strateg Anna Nordqvist`),
  d(`Från: Anneli Svärd
Skickat: den 18 februari 2026 09:47
Till: Björn Falk
Ämne: SV: SV: Skrivelse till Nils

Hej Björn,

Jag har läst igenom ditt utkast till skriftlig varning. Innehållet håller men jag skulle stryka formuleringen om att han "uppenbart saknar omdöme". Skriv istället konkret vad som hänt:

- 3/2: lämnade arbetsplatsen utan att överlämna till nattpersonalen.
- 9/2: använde en brukares telefon privat (två vittnen).
- 15/2: uteblev från möte utan att meddela.

Varningen ska lämnas personligen med facklig företrädare närvarande om han vill.

/Anneli, HR-konsult

> Från: Björn Falk
> Skickat: den 17 februari 2026 16:10
> Hej Anneli, bifogar utkast till varning för Nils Karlsson på Solgläntan, kan du titta?`, 'hr-assessment'),
  d(`Hej!

Vi erbjuder nu en halvdagsutbildning för chefer: "Den svåra samtalet – att hantera brister i arbetsprestation". Innehåll:

• Arbetsrättsliga ramar: erinran, varning, omplacering
• Hur man dokumenterar
• Samverkan med facket
• Rollspel

Datum: 22 april kl 8.30–12.00. Anmälan via kompetensportalen.

HR-avdelningen`),
  d(`Hej Emma,

Sammanfattning av APT Hemtjänst Väst 4/3 för dig som var ledig:

1. Nya nyckelboxar: alla brukare får digitala lås under våren. Appen heter Phoniro. Inloggning med BankID.
2. Bemanning påsk – listan sitter i personalrummet.
3. Brukarfrågor (bara kort): Fru Persson på Tallvägen har fått utökat beslut om hemtjänst från 1/3, nu även dusch två gånger i veckan och inköp. Hon har också börjat med insulin, så distriktssköterskan kommer morgnar.
4. Fika nästa APT: Ahmed.

/Linda`, 'social', 'health'),
  d(`Hej Linda,

Tack för sammanfattningen. Jag har laddat ned Phoniro-appen men kommer inte in, den säger att mitt konto inte är aktiverat. Vet du vem man ska ringa? Och är det samma PIN som till det gamla nyckelskåpet?

/Emma`),
  d(`SV: Phoniro

Hej Emma, ring supporten på 010-200 44 00. Nej, det är ny pin – din tillfälliga är 80417, byt den första gången du loggar in.

/Linda

> Hej Linda, tack för sammanfattningen. Jag har laddat ned Phoniro-appen men kommer inte in...`, 'credentials'),
  d(`Månadsrapport januari – Servicedesk IT

Ärenden totalt: 1 844
- Lösenordsbyten/upplåsning: 612 (33 %)
- Skrivare: 201
- Behörigheter: 318
- Övrigt: 713

Kommentar: Antalet lösenordsärenden ökade kraftigt efter att kravet på 14 tecken infördes. Vi rekommenderar självbetjäning via lösenordsportalen och att cheferna påminner om att aldrig dela inloggningsuppgifter.

Nöjd-kund-index: 4,2 av 5.`),
  d(`Hej Tobias,

Som vi pratade om: din kollega Olga har frågat mig om hon kan vara ledig 6–7 januari för ortodox jul. Hon är med i den rysk-ortodoxa församlingen i stan och går i kyrkan de dagarna. Hon har semesterdagar kvar så det borde inte vara något problem. Jag godkänner om inte du har invändningar.

/Karin, samordnare`, 'religion'),
  d(`Hej,

Påminnelse: ansökan om ledighet för högtider som inte är allmänna helgdagar (t.ex. eid, ortodox jul, Diwali, Jom Kippur) görs som vanligt via Heroma som semester eller kompledighet. Chefen beviljar om verksamheten tillåter.

Vänliga hälsningar
Personalenheten`),
  d(`Hej Maja,

Ang. tolkbeställningen till mötet på tisdag: mamman är romsk och pratar helst romani (kelderash), men klarar svenska i vardagliga samtal. Pappan är från Serbien. Vi tänkte att vi beställer en tolk för säkerhets skull eftersom det gäller LVU-frågan och det är viktigt att de förstår allt.

/Stefan, socialsekreterare`, 'ethnic-origin', 'social'),
  d(`Program – Nationella minoriteters dag

Kommunen uppmärksammar de nationella minoriteterna – judar, romer, samer, sverigefinnar och tornedalingar – med följande:

10.00 Föreläsning: Romernas historia i Sverige
11.30 Lunch med finsk meny i stadshusets restaurang
13.00 Sameslöjd för barn på biblioteket
15.00 Paneldebatt om minoritetsspråk i förskolan

Fri entré. Välkomna!
Kulturförvaltningen`),
  d(`Hej Patrik!

Som samordnare för förvaltningsområdet för finska: jag har nu pratat med familjen Heikkinen. De är sverigefinnar och vill att Eino ska få förskola helt på finska enligt minoritetslagen. Han börjar i augusti. Kan du kolla om Pihlaja-avdelningen har plats?

Kiitos!
Riitta Saari`, 'ethnic-origin'),
  d(`Från: Kommunledningskontoret
Ämne: VB: Fråga från medborgare om minoritetsspråk

Hej,

Vi har fått en fråga om hur många barn i kommunen som har rätt till förskola på finska, meänkieli eller samiska. Vi registrerar inte etnisk tillhörighet och har därför ingen sådan statistik. Svara att rätten gäller alla barn vars vårdnadshavare begär det och hänvisa till minoritetssamordnaren.

/Kansliet`),
  d(`Hej Jonna,

Lite om Jesper inför att han börjar hos er som lärarvikarie: han var aktiv i Vänsterpartiets ungdomsförbund och har skrivit flera debattartiklar mot skolnedläggningarna i Granby. Jag nämner det bara för att någon förälder kan känna igen honom – det ska såklart inte påverka något, men det är bra att du vet om det kommer frågor.

/Lars`, 'political-opinion'),
  d(`PROTOKOLL Barn- och utbildningsnämnden 2026-02-26

§ 14 Skolorganisation Granby
Nämnden beslutar att återremittera ärendet för kompletterande konsekvensanalys.
Reservation: Vänsterpartiet och Miljöpartiet reserverar sig mot beslutet till förmån för eget yrkande.

§ 15 Budgetuppföljning januari
Informationen noteras.

§ 16 Delegationsbeslut
Redovisas och läggs till handlingarna.

Vid protokollet: Ellen Lagerlund, nämndsekreterare`),
  d(`Hej Anna-Karin,

Vidarebefordrar Mohammeds sjukintyg till dig som HR-partner. Han har nu varit sjukskriven sedan 20 januari för en depression, och läkaren bedömer att arbetsförmågan är nedsatt till 50 % från 1 mars. Vi behöver starta en rehabiliteringsplan. Han har själv sagt att han vill att Kommunal ska vara med vid rehabmötet, han är ju deras arbetsplatsombud.

/Jessica, enhetschef`, 'health', 'trade-union'),
  d(`Hej alla!

Kommunal sektion 12 har som vanligt frukostmöte för medlemmar på Ängsgården första tisdagen i månaden kl 7.15. I mars pratar vi om det nya schemaavtalet. Inte medlem? Kom ändå och lyssna!

Hälsningar
Kommunal sektion 12`),
  d(`Hej Rebecka,

Jag har fått frågan om vi kan skicka ut DNA-resultatet från faderskapsutredningen till pappans advokat. Rättsgenetiska undersökningen visar att Kevin Lund med 99,99 % sannolikhet är far till barnet. Resultatet är sekretessbelagt enligt 26 kap. 1 § OSL och jag tycker att vi först ska göra en sekretessprövning. Vad säger du?

/Emil, familjerättssekreterare`, 'genetic', 'secrecy', 'social'),
  d(`Information om faderskapsutredning

När ett barn föds och föräldrarna inte är gifta ska socialnämnden utreda vem som är barnets far. Om det finns osäkerhet kan familjerätten begära en DNA-analys. Provet tas som ett salivprov och analyseras av Rättsmedicinalverket. Resultatet skickas till familjerätten.

Alla uppgifter i en faderskapsutredning omfattas av sekretess.

Familjerätten, Nordstads kommun`),
  d(`Hej Gustav,

Jag har en ny kund från mottagningen som jag behöver hjälp med. Han är inskriven på Kriminalvården i Norrköping, frivård, efter att ha avtjänat 2 år för narkotikabrott. Han söker nu ekonomiskt bistånd för första månaden eftersom han inte har någon inkomst ännu. Hans frivårdsinspektör ringer oss i morgon.

Kan vi ta det på ärendedragningen?

/Minna, handläggare ekonomiskt bistånd`, 'criminal-record', 'social'),
  d(`Dagordning – ärendedragning vuxengruppen 2026-03-03

1. Nya ärenden (4 st) – se Viva
2. Rutin för samverkan med frivården – Gustav går igenom
3. Riktlinjer för ekonomiskt bistånd 2026 – nya normbelopp från januari
4. Statistik: andel hushåll med långvarigt bistånd
5. Övrigt

Tid: 13.00–15.00, rum Ekeby.`),
  d(`Hej Camilla,

Kort om Josef på korridor 4 (du tar över som kontaktperson på onsdag):

- Har ett pågående ärende hos polisen – anmäld för ringa stöld i Ica-butiken förra månaden. Förundersökningen pågår.
- Medicinering: Concerta morgon, Melatonin kväll. Sköts av personalen.
- Har fortfarande kontakt med mamma varannan helg.

Allt detta finns i genomförandeplanen, men det är bra att du vet.

/Erik, HVB Björkhagen`, 'criminal-record', 'health', 'social'),
  d(`Hej Lotta!

Följande gäller vid praktik för våra elever på HVB-hem och i socialtjänsten:

• Eleven undertecknar en tystnadsförbindelse.
• Inga uppgifter om boende eller klienter får föras in i loggböcker eller rapporter.
• Handledaren ansvarar för att eleven förstår vad som omfattas av sekretess.

Tack för att ni tar emot praktikanter!
/Vård- och omsorgsprogrammet, Åsvallagymnasiet`),
  d(`From: Priya Nair
Sent: 12 January 2026 08:40
To: Line manager Karl Sundin
Subject: Sick leave

Hi Karl,

I'm sorry to tell you that I had a miscarriage over the weekend. The doctor at Danderyd has signed me off for one week. I'd rather not have the team know the details – could you just say I'm off sick?

Thank you,
Priya`, 'health'),
  d(`From: Karl Sundin
Sent: 12 January 2026 09:02
To: Development Team
Subject: Team update

Hi all,

Priya is on leave this week, so please redirect any questions about the data migration to me or Olle. The sprint review on Thursday goes ahead as planned.

Also a reminder that the flu vaccination clinic is open on Wednesday 10–14 in the canteen – free for all staff.

Karl`),
  d(`Från: Skolexpeditionen Västra gymnasiet
Skickat: 8 juni 2026
Till: Studie- och yrkesvägledare
Ämne: Slutbetyg – komplettering

Hej!

Elin Bergström (NA22b) saknar fortfarande betyg i Fysik 2 eftersom läraren inte har satt in det i Vklass. Enligt läraren blir det ett D. Hennes övriga betyg: Matematik 4 – B, Kemi 2 – C, Biologi 2 – A, Engelska 7 – A. Meritvärde ca 19,1 om Fysik blir D.

Hon behöver slutbetyget till antagningen senast 15/6.

/Expeditionen`, 'grades'),
  d(`Hej alla lärare,

Nu närmar sig betygsättningen. Viktiga datum:

- 29 maj: alla betyg i åk 9 och gymnasiets avgångsklasser ska vara inlagda i Vklass.
- 3 juni: betygskonferenser enligt schema.
- 5 juni: betygskatalogen låses.

Glöm inte att elever som riskerar F ska ha fått information och stöd under terminen.

/Rektor Anders Mellgren`),
  d(`Hej!

Lite bakgrund från förra handläggaren inför ert möte med Sofia Persson på måndag:

Sofia har skyddad folkbokföring sedan 2024 och får post via Skatteverkets förmedlingsadress. Använd ALDRIG hennes riktiga adress i brev eller i Treserva – den är inte registrerad där. Hon har tre barn som också omfattas. Mötet hålls på neutral plats (biblioteket, lilla rummet) och ingen annan ska få veta tiden.

Hennes ansökan om försörjningsstöd gäller mars månad.

/Jenny`, 'protected-identity', 'social'),
  d(`Hej,

Kan någon svara på detta: en kvinna ringde till kontaktcenter och frågade om hur man ansöker om skyddad folkbokföring. Jag hänvisade till Skatteverket och berättade att kommunen kan hjälpa till med intyg om det finns ett pågående ärende. Var det rätt?

Tack,
Kontaktcenter`),
  d(`SV: Fråga om skyddad folkbokföring

Ja, helt rätt. Skatteverket beslutar om skyddad folkbokföring och sekretessmarkering. Socialtjänsten kan skriva ett yttrande som stöd om personen har kontakt med oss. Hänvisa gärna även till kvinnojouren om samtalet tyder på att det finns en hotbild.

/Enhetschef Mottagningen

> Kan någon svara på detta: en kvinna ringde till kontaktcenter och frågade om hur man ansöker om skyddad folkbokföring...`),
  d(`Hej Lena,

Sekretessprövning klar i ärende KS 2026/0418 (begäran om allmän handling från Norrbottens-Kuriren):

- Handling 1 (avtal med konsult): lämnas ut i sin helhet.
- Handling 2 (utredning om tjänstemannens hantering): lämnas ut med maskeringar. Uppgifter om den anställdes hälsa och om den disciplinåtgärd som övervägts omfattas av sekretess enligt 39 kap. 1 och 3 §§ OSL och får inte lämnas ut.
- Handling 3 (mejlväxling): lämnas ut.

Beslut om avslag skrivs för de maskerade delarna.

/Stadsjurist Henrik Lövgren`, 'secrecy'),
  d(`Kurs: Offentlighet och sekretess för handläggare

Under dagen går vi igenom:
• Offentlighetsprincipen och allmänna handlingar
• Sekretess enligt OSL – de vanligaste bestämmelserna (21, 25, 26 och 39 kap.)
• Sekretessprövning i praktiken – övningar
• Att lämna ut handlingar med maskering

Datum: 15 april, kl 9–16. Lärare: kommunjurist Eva Holm.
Anmälan till kompetensportalen.`),
  d(`Från: Tidrapportering <noreply@heroma.vallby.se>
Skickat: 28 februari 2026 06:00
Till: Jimmy Ahlström
Ämne: Din lönespecifikation för februari finns nu i Självservice

Hej Jimmy,

Din lönespecifikation för februari 2026 finns nu att läsa i Heroma Självservice.

Utbetalning sker den 25 mars till ditt registrerade konto.

Detta är ett automatiskt meddelande och kan inte besvaras.

Vallby kommun – Lönecenter`),
  d(`Från: Jimmy Ahlström
Skickat: 28 februari 2026 07:41
Till: Lönecenter
Ämne: SV: Din lönespecifikation för februari finns nu i Självservice

Hej,

Jag vet att det här är en no-reply men jag hittar ingen annan adress. Februarilönen gick till mitt gamla konto i Ica Banken (9270-1044 387 22) som jag sa upp i januari. Jag ändrade till Länsförsäkringar 3300-7 128 46 009 i Självservice den 10/2. Vart tar pengarna vägen nu?

Jimmy Ahlström, fastighetsskötare, anst.nr 11873

> Din lönespecifikation för februari 2026 finns nu att läsa i Heroma Självservice.`, 'bank-account'),
  d(`Hej ekonomi,

Vi har en leverantör som ber oss betala till ett nytt bankgiro (5601-2238) istället för det gamla. Mejlet kom från en adress som liknar deras men inte är exakt samma. Kan ni stoppa betalningen tills vi har ringt och kontrollerat? Det här ser ut som ett klassiskt bedrägeriförsök.

Fakturanummer 88412, belopp 64 250 kr.

/Maria, inköp`),
  d(`Hej Ann-Sofie,

Gällande arvodet för familjehemmet Nilsson (uppdrag från 1 februari): arvode och omkostnadsersättning ska betalas till Jan Nilssons konto, Handelsbanken clearing 6843, kontonummer 552 774 310. Placeringen av Lina (10 år) är enligt SoL, frivillig, och beräknas pågå minst till sommaren.

Jag har registrerat uppdragsavtalet i Treserva.

/Tommy, familjehemssekreterare`, 'bank-account', 'social'),
  d(`Familjehemsutbildningen Ett hem att växa i – våren 2026

Vi söker fler familjehem! Informationsträff 10 mars kl 18.30 i Kulturhuset. Du får veta:

• Vad det innebär att vara familjehem
• Hur utredningen går till
• Arvode och omkostnadsersättning (följer SKR:s rekommendationer)
• Vilket stöd du får från socialtjänsten

Ingen anmälan behövs. Välkommen!
Familjehemsenheten`),
  d(`Hej,

Mötesanteckningar från rekryteringsgruppens möte 2026-03-02:

1. Tjänsten som IT-tekniker: 42 sökande. Intervjuer med 4 kandidater v.11.
2. Tjänsten som ekonom: Annonsen ute till 20/3.
3. Lönespann: enligt riktlinjerna för IT-tekniker 33 000–38 000 kr. Diskuterades att höja intervallet med hänsyn till marknaden.
4. Referenstagning görs av rekryterande chef.
5. Nästa möte: 16/3.

/Rekryteringsgruppen`),
  d(`Hej Hanna,

Efter intervjun med Mikael Andersson: vi har erbjudit honom tjänsten som IT-tekniker med en ingångslön på 37 500 kr/mån, tillsvidare med sex månaders provanställning. Han ville ha 39 000 men gick med på 37 500 om vi lovar lönesamtal efter provanställningen. Kan du skriva anställningsavtalet?

Startdatum 1 maj.

/Ola, IT-chef`, 'salary'),
  d(`Hej!

Diskussionen i gruppchatten om vem som tjänar vad har gått lite för långt. Jag vill bara påminna om att alla har rätt att prata om sin egen lön, men att ingen ska känna sig pressad att berätta. Lönesättningen sker enligt de lönekriterier som finns på intranätet. Har du frågor om din lön – ta det med mig.

Trevlig helg!
/Chefen`),
  d(`[Signal-chatt "Nattgänget Björkliden", export]

22:14 Moa: hur mycket fick ni i lönerevisionen?? jag fick 700 kr, känns snålt
22:15 Dennis: 1100 men jag har ju varit här längre
22:15 Moa: hm. ligger på 29 300 nu
22:16 Sanna: jag vill inte säga men typ samma som dennis
22:17 Moa: vi borde ta det med Kommunal
22:17 Dennis: jag är inte med i facket 🤷
22:18 Moa: jag är med, jag kan ringa Jocke på sektionen`, 'salary', 'trade-union'),
  d(`Hej alla medarbetare!

Du har väl inte missat att Kommunal, Vision och Vårdförbundet alla har medlemsvärvning vecka 38? Representanter från facken finns i matsalen mellan 11 och 13 hela veckan. Arbetsgivaren uppmanar alla att ta ställning till medlemskap – men det är givetvis frivilligt.

HR`),
  d(`Protokoll, styrelsemöte Vision Sörmalm, 2026-01-22

§1 Närvarande: ordf. Karin Lööf, Sten Berg, Amira Ghali, Tina Ek (sekr.)
§2 Medlemsutveckling: 412 medlemmar, +9 sedan december.
§3 Nya ombud: Amira Ghali väljs till arbetsplatsombud för socialförvaltningen. Sten Berg avgår som skyddsombud på tekniska.
§4 Förhandlingar: Lönerevisionen – avslutad. Rehabärende på IFO – Karin stöttar medlemmen vid nästa möte.
§5 Nästa möte 19/2.

Justeras: Sten Berg`, 'trade-union'),
  d(`Nyhetsbrev från Sveriges Lärare Norrstad, februari

• Årsmöte 12 mars – motioner senast 20/2.
• Arbetstidsavtalet: vi har fått gehör för krav på mer planeringstid.
• Kurs för nya ombud i april.
• Har du koll på din försäkring? Läs mer på hemsidan.

Vänliga hälsningar
Styrelsen`),
  d(`Hej Oskar,

Här är mina synpunkter på Jennys provanställning inför beslutet 15/3:

Jenny har kommit in bra i gruppen och kollegorna tycker om henne. Men kvaliteten i utredningarna är ojämn: två av hennes fyra barnavårdsutredningar har behövt göras om på grund av brister i riskbedömningen, och hon har missat tidsfristen i ett ärende. Vid handledningen har hon varit öppen för kritik och förbättrat sig den senaste månaden.

Min bedömning: förläng inte till tillsvidare nu, men jag föreslår att provanställningen förlängs om det går, eller alternativt en tydlig handlingsplan.

/Agneta, 1:e socialsekreterare`, 'hr-assessment'),
  d(`Hej alla nyanställda!

Välkomna till socialförvaltningen. Under provanställningen (6 månader) har ni:

- en introduktionsplan med fadder
- avstämning med chef efter 1, 3 och 5 månader
- handledning varannan vecka
- utbildning i Treserva, dokumentation och BBIC

Beslut om tillsvidareanställning fattas senast en månad innan provanställningen löper ut.

Lycka till!
HR`),
  d(`Resultat – personlighetstest inför chefsrekrytering (konfidentiellt)

Kandidat: Petra Lund, sökande till tjänsten som enhetschef äldreboende

Testverktyg: OPQ32
Sammanfattning från konsulten:
- Hög på samarbetsförmåga och empati.
- Låg på struktur och planering jämfört med normgruppen (stanine 3).
- Benägen att undvika konflikter, vilket kan bli en utmaning i personalfrågor.
Rekommendation: gå vidare till slutintervju, fokusera på hur hon hanterar svåra samtal.

/Rekryteringskonsult Ingela Moberg, Talentia AB`, 'hr-assessment'),
  d(`Hej,

I rekryteringen av enhetschef använder vi i år personlighetstest (OPQ32) och ett logiskt test för de tre sista kandidaterna. Testresultaten återkopplas till kandidaterna muntligt och sparas inte längre än två år. Kandidaterna informeras om detta i kallelsen.

/HR-strateg`),
  d(`Hej IT-support!

Jag behöver hjälp med två saker:

1. Jag har glömt lösenordet till Outlook på jobbtelefonen.
2. Min kollega Amir har gått på föräldraledighet och jag ska ta över hans mejlbrevlåda. Han gav mig sitt lösenord innan han gick: Amir.Hassan!2025. Men det verkar redan vara utgånget. Kan ni ge mig åtkomst till hans inkorg istället?

Tack,
Therese, ekonomienheten`, 'credentials'),
  d(`SV: Åtkomst till kollegas brevlåda

Hej Therese,

Du ska aldrig använda en kollegas lösenord – det bryter mot IT-policyn. Vi har nu spärrat Amirs konto och gett dig delegerad åtkomst till hans brevlåda efter godkännande från din chef. Du ser den i Outlook under "Andra brevlådor".

Återställning av ditt eget lösenord görs på lösenord.ekby.se med BankID.

/IT-supporten`),
  d(`Från: Ulf Berglund
Skickat: 3 april 2026 22:51
Till: Boendestöd Gruppen
Ämne: Larmkod ny brukare

Hej,

Ny brukare från måndag: Gun Holmström, Rönnvägen 14 lgh 1102. Larmkod till lägenheten 7725#, nyckel i nyckelboxen (kod 3391). Hon har LSS-beslut om boendestöd 3 gånger/vecka. Hon är lite orolig för nytt folk så presentera er ordentligt.

Ha en bra helg,
Ulf`, 'credentials', 'social'),
  d(`Hej!

Instruktion för nya nyckelboxar i hemtjänsten:

1. Koden till varje box finns i appen och visas först när du är incheckad hos brukaren.
2. Koder får aldrig skrivas i sms, mejl eller på papper.
3. Om du inte får upp koden, ring samordnaren.

Nyckelboxarna byts ut i hela området under april.

/Samordnarna`),
  d(`Hej Anton,

Några punkter från elevhälsomötet som rör dina elever:

• Leo (8A) – nytt åtgärdsprogram, ska följas upp 20/4.
• Maja (8A) – har fått diagnosen ADHD efter utredning på BUP, börjar med medicin nästa vecka. Mamma vill att lärarna känner till det så att ni kan vara uppmärksamma på biverkningar som trötthet.
• Generellt: fler elever söker sig till skolsköterskan för huvudvärk, vi påminner om vattenflaskor och pauser.

/Kuratorn`, 'health'),
  d(`Till personalen på Ekbackens skola

Skolsköterskan har mottagning måndag–torsdag 8–15. Elever kan komma på drop-in för enklare åkommor. För hälsosamtal i åk 4 och 7 skickas kallelse hem. Vaccinationer enligt barnvaccinationsprogrammet (HPV åk 5) sker under vecka 12.

Kontakta elevhälsan om du är orolig för en elev.

/Elevhälsan`),
  d(`From: Tom Rees
Sent: 2 March 2026 10:05
To: Facilities
Subject: Building access – fingerprint reader

Hi,

I'm a visiting researcher from Cardiff at the lab on floor 4 for three months. I was told I need to register my fingerprint for the lab door. I'd actually rather not – is there an alternative, such as a key card? I'm not comfortable with my biometric data being stored.

Best,
Tom Rees`),
  d(`Re: Building access – fingerprint reader

Hi Tom,

No problem, you can have a key card instead. Just collect it at reception on floor 1 with ID.

For your information, the templates we already stored for you at the test enrolment last Thursday (right and left index finger) have now been deleted from the system, as you requested.

Regards,
Jenny, Facilities`, 'biometric'),
  d(`Hej Martin,

Polisen har begärt ut bilder från kameraövervakningen vid Centralbadet från lördagen 14/2 mellan 16 och 18. Det gäller en anmälan om stöld i omklädningsrummet.

Enligt vår rutin lämnas materialet ut till polisen på begäran. Jag har kopierat filerna till ett krypterat USB-minne som hämtas av polisen i morgon.

/Badmästare Fredrik`),
  d(`Hej Fredrik,

Polisen återkom om stölden i omklädningsrummet. De har identifierat den misstänkta med hjälp av ansiktsigenkänning på vår film – det var Tim Sundberg, en av våra säsongsanställda sommaren 2025. Han är nu delgiven misstanke om stöld. Vi ska inte ha kontakt med honom om detta, allt går via polisen.

/Martin, badchef`, 'criminal-record', 'biometric'),
  d(`Hej!

Jag arbetar som fritidsledare och har en fråga om att ta foton på ungdomarna. Vi har en app där man kan tagga ansikten för att snabbt hitta bilder. Är det ok att använda den?

/Kim`),
  d(`SV: Foto och ansiktstaggning

Hej Kim,

Nej, ansiktsigenkänning för att identifiera personer är behandling av biometriska uppgifter och kräver särskilt stöd i dataskyddsförordningen. Stäng av den funktionen. Samtycke från vårdnadshavare behövs för publicering av bilder på barn.

/Dataskyddsombudet

> Jag arbetar som fritidsledare och har en fråga om att ta foton på ungdomarna...`),
  d(`Anteckningar – kvalitetsmöte barnhälsovården, Vårdcentralen Norrgården, 2026-02-12

1. Täckningsgrad vaccinationer: 97 % för MPR.
2. Fall från nyföddhetsscreeningen (PKU): Vi har fått besked att lilla Selma Kallio har bekräftad cystisk fibros efter genetisk utredning; båda föräldrarna är anlagsbärare. BVC-sköterska Karin följer upp familjen tillsammans med CF-centrum.
3. Språkscreening 2,5 år – nytt material.
4. Nästa möte: 12/3.`, 'genetic', 'health'),
  d(`Nyföddhetsscreening (PKU-provet)

Alla nyfödda i Sverige erbjuds ett blodprov som tas några dagar efter födseln. Provet analyseras för ett 25-tal medfödda sjukdomar, bland annat cystisk fibros och hypotyreos. Vissa sjukdomar är ärftliga. Om provet visar avvikelser kontaktas familjen.

Proven sparas i PKU-biobanken. Du kan begära att ditt barns prov förstörs.

Barnhälsovården, Region Västerland`),
  d(`Hej allihop,

Ett par saker från regionens genetikmottagning om den nya rutinen:

- Remisser för ärftlighetsutredning skickas via Cosmic.
- Svar på anlagsbärartest skickas bara via journalen, aldrig via mejl.
- Rådgivning före provtagning är obligatorisk.

/Enhetschef Klinisk genetik`),
  d(`Hej Carina,

Bekräftelse på att jag inte kan delta på nätverksträffen 19/3. Jag har fått besked om att jag är bärare av anlag för Huntingtons sjukdom – samma som pappa hade. Jag behöver några dagar för att smälta det och har tagit ut ledigt. Säg inget till gruppen, tack.

/Erika`, 'genetic', 'health'),
  d(`Journalanteckning (utdrag) – Treserva
Enhet: Barn och unga, utredningsgruppen
Datum: 2026-02-09
Signatur: AL

Hembesök hos familjen. Närvarande: mamma Rana, barnen Adam (7) och Lea (4), handläggare AL och KP.

Lägenheten städad, barnen glada och nyfikna. Mamma berättar att pappan flyttade ut i december efter ett bråk där grannarna ringde polisen; han är nu åtalad för misshandel av henne och har kontaktförbud. Mamma har kontakt med kvinnojouren och har ansökt om skyddad folkbokföring, beslut väntas. Hon uppger att hon sover dåligt och har fått sömntabletter av vårdcentralen.

Fortsatt utredning enligt 11 kap. 1 § SoL. Nästa samtal med barnen 23/2 på skolan.`, 'social', 'criminal-record', 'health', 'protected-identity'),
  d(`Hej!

Välkommen till introduktion för nya handläggare inom barn och unga. Under veckan går vi igenom:

Måndag: BBIC, dokumentation i Treserva
Tisdag: Orosanmälningar och förhandsbedömning
Onsdag: Hembesök – metod och säkerhet. Vad gör vi om en förälder har kontaktförbud eller om familjen har skyddade personuppgifter?
Torsdag: LVU – juridik och processen i förvaltningsrätten
Fredag: Samtal med barn

Vi ses i Stora salen kl 8.30 måndag!
/Introduktionsansvarig`),
  d(`Hej Lisa,

Kort info inför morgondagens debatt på gymnasiet: Alexander i 3C har frågat om han får ha sin Moderatpin på sig när han sitter i panelen. Han är ju ordförande i MUF lokalt. Eftersom alla partiers ungdomsförbund är inbjudna ser jag inget problem, men ville kolla med dig som rektor.

/Jonas, SO-lärare`, 'political-opinion'),
  d(`Skolval 2026 – information till lärare

Som vanligt genomför vi skolval inför riksdagsvalet. Eleverna röstar anonymt i en riktig vallokal i aulan 7–9 september. Politiska ungdomsförbund får besöka skolan enligt skolans riktlinjer – alla riksdagspartier bjuds in på samma villkor.

Lärare ska vara sakliga och allsidiga och inte uttrycka egna partisympatier i undervisningen.

/Rektor`),
  d(`Hej HR,

Jag vill göra en anmälan om diskriminering. Min chef Roger har vid flera tillfällen skämtat om att jag "röstar fel" efter att han såg mig dela flygblad för Centerpartiet utanför ICA i Storby. I förra veckan sa han inför hela gruppen att "vi vet ju var Ingrid står". Jag upplever det som mycket obehagligt.

Bifogar datum för de tillfällen jag kommer ihåg.

Vänliga hälsningar
Ingrid Forsberg, handläggare bygglov`, 'political-opinion'),
  d(`From: Chloé Martin
Sent: Monday, 9 March 2026 11:12
To: Language Café volunteers
Subject: Schedule for spring

Hi everyone,

Thank you for signing up for the spring language café at the library! Here's the schedule:

- Tuesdays 17–19: Swedish conversation, all levels
- Thursdays 14–16: homework help for newly arrived students
- Saturday 21 March: special session with the Syrian and Afghan associations

Please remember we don't ask participants about their background, religion or legal status. Everyone is welcome.

Chloé`),
  d(`Hej Fatma,

Tack för att du hjälper till med tolkningen på föräldramötet i åk 1. Några av föräldrarna till barnen i klassen kommer från Eritrea och pratar tigrinja, men familjen Tesfaye har sagt att de hellre vill ha tolk på amhariska eftersom de är etiopier, inte eritreaner – mamman blev lite upprörd förra gången när det blev fel. Kan du ordna det?

/Marie, klasslärare 1B`, 'ethnic-origin'),
  d(`Anteckningar från föräldramöte 1B, 2026-02-10

1. Läsning hemma: läs 15 minuter per dag.
2. Utflykt till Naturum 18/5.
3. Modersmålsundervisning – anmälan till samordnaren senast 1/4. Erbjuds i bland annat arabiska, somaliska, tigrinja, dari och finska.
4. Kläder: märk allt med namn!
5. Frågor: inga.

/Marie`),
  d(`Minnesanteckningar – nätverket för samisk förskoleverksamhet, 2026-01-30

Deltagare: Márjá (samordnare), Per-Erik, Ann-Charlotte, Linnea

1. Antal barn med rätt till samisk förskola: 11 anmälda i kommunen.
2. Ny avdelning på Sameslöjan: Ann-Charlotte blir pedagog; hon är själv same från Vilhelmina och talar sydsamiska. Hon börjar 1 mars.
3. Material: beställning av sydsamiska böcker.
4. Kulturdag 6 februari: renskötare från Rans sameby kommer.`, 'ethnic-origin'),
  d(`Hej alla förskolor!

Den 6 februari firar vi samernas nationaldag. Här är några tips på aktiviteter:
• Hissa samiska flaggan
• Läs sagor om Stállu och Čáhcerávga
• Tillaga suovas eller renskav
• Lär barnen säga "buorre beaivi"

Material kan lånas från minoritetssamordnaren.
/Utbildningsförvaltningen`),
  d(`Hej Simon,

Tack för samtalet i morse. Jag vill bara bekräfta skriftligt vad vi kom överens om: jag tar ut två veckors semester i april för att åka till Mekka och göra umrah med min mamma. Jag har också bett om att få flexa lunchen under ramadan så att jag kan gå tidigare hem och bryta fastan.

Tack för att du är så förstående!
/Abdirahman`, 'religion'),
  d(`Ramadan på arbetsplatsen – information från HR

Ramadan börjar i år runt den 18 februari. Många medarbetare fastar. Några tips för chefer:

- Var flexibel med arbetstider och pauser om verksamheten tillåter.
- Tänk på att inte lägga viktiga möten eller personalfester med mat sent på eftermiddagen.
- Fråga inte enskilda medarbetare om de fastar – det är en privat sak.

HR-avdelningen`),
  d(`Hej Marit,

Innan du träffar pastor Lindholm på torsdag: han är präst i Pingstkyrkan och ringde om en familj i församlingen, men de har inte gett samtycke till att han pratar med oss om deras ärende. Vi kan inte bekräfta något. Allt om familjens kontakter med socialtjänsten omfattas av sekretess enligt 26 kap. 1 § OSL.

Han vill också prata om volontärsamarbetet kring julmaten, det går bra.

/Elsa`, 'secrecy'),
  d(`Hej Elsa,

Jag pratade med pastor Lindholm. Det visar sig att familjen Sjöström själva hade bett honom ringa – och han hade med sig ett samtycke undertecknat av båda föräldrarna. Föräldrarna är aktiva i Pingstkyrkan och vill att församlingen stöttar med läxhjälp till Elvira. Jag har lagt samtycket i akten. Utredningen om Elvira pågår enligt plan.

/Marit`, 'religion', 'social'),
  d(`Protokoll fört vid möte med pensionärsrådet 2026-03-12

§ 1 Mötets öppnande
§ 2 Information om färdtjänst: nya regler för resor över kommungränsen.
§ 3 Äldreboendenas matsedel: rådet önskar mer husmanskost.
§ 4 Trygghetslarm: digitaliseringen klar. 98 % av larmen fungerar med nya systemet.
§ 5 Frågor från PRO och SPF: vart vänder man sig om man inte får hemtjänst beviljad? Svar: till biståndshandläggare; beslut kan överklagas.
§ 6 Nästa möte 14/5.`),
  d(`Hej Pia,

Fru Lundqvist på Björkgatan ringde igen och är väldigt arg över att hennes ansökan om hemtjänst med städ har fått avslag. Hon säger att hon inte klarar dammsugningen efter höftoperationen i januari. Jag har förklarat att hon kan överklaga. Beslutet fattades av Tove 2/3, dnr SN 2026/221.

Kan du ringa henne?
/Reception äldreomsorg`, 'social', 'health'),
  d(`Kära kollegor på Norrtälje vårdcentral,

Vi välkomnar Dr. Ahmad Karimi som ST-läkare från 1 april. Ahmad har tidigare arbetat på akuten i Uppsala och kommer att ha mottagning tis–fre.

Passa på att hälsa på fredagsfikat!

Dessutom: influensavaccinationen för personal är nu avslutad – 82 % vaccinerade. Bra jobbat!

/Verksamhetschef`),
  d(`Hi Lars,

I'm writing to inform you that I will need to take some time off next month. I have been diagnosed with type 1 diabetes and need to attend a two-day training at the diabetes clinic in Linköping on 14–15 April on how to use my insulin pump. I'll bring the doctor's note.

I'd appreciate it if this stays between us for now.

Best,
Jonathan`, 'health'),
  d(`Veckosammanfattning – Vuxenutbildningen, vecka 11

• SFI: 34 nya elever startade, de flesta på studieväg 2.
• Yrkesvux undersköterska: nationellt prov i svenska 2 den 25/3.
• Närvarorapportering: lärarna påminns om att närvaron ska registreras i Alvis varje lektion, eftersom CSN-stödet påverkas.
• Frånvaroanmälan för elever: via appen eller på 0590-123 45.
• Nästa vecka: studiebesök från Skolinspektionen.`),
  d(`Hej Samira,

Jag vill bara varna dig för att CSN kan höra av sig om din närvaro. Du har varit frånvarande 41 % av lektionerna i Svenska som andraspråk 3 sedan februari, och jag måste rapportera ogiltig frånvaro till CSN enligt reglerna. På senaste provet fick du ett E, men du behöver vara närvarande för att klara kursen.

Kan vi träffas på torsdag efter lektionen?

/Karin, lärare SvA`, 'grades'),
  d(`Hej!

Här kommer provresultaten från matteprovet i 5B, så som du bad om (för uppföljning av stödinsatserna):

Moa Andersson – 18/40 (ej godkänd)
Edvin Lund – 32/40
Sigge Ekström – 24/40
Ali Rashid – 14/40 (ej godkänd)
Tilda Ros – 38/40

Moa och Ali bör få extra stöd i bråk och procent.

/Jessica, klasslärare`, 'grades'),
  d(`Hej alla i arbetslag 4–6,

Förslag på upplägg för nationella proven i matematik åk 6:

1. Delprov A (muntligt) genomförs v.10–11 i grupper om 3–4.
2. Delprov B–E v.18–19 enligt Skolverkets schema.
3. Sambedömning: vi rättar varandras klasser.
4. Resultaten registreras i Skolverkets insamling senast 15 juni.

Synpunkter till mig före fredag.
/Jessica`),
  d(`Från: HR-system (Adato)
Ämne: Påminnelse: Rehabiliteringsärende kräver åtgärd

Hej Susanne Blom,

Rehabiliteringsärende för medarbetare Per Nordin (anst.nr 30211) har nått dag 30 i sjukperioden. Du som chef ska nu:

☐ Ha genomfört rehabsamtal
☐ Upprättat plan för återgång i arbete (krav om sjukfrånvaron väntas överstiga 60 dagar)
☐ Dokumentera i Adato

Sjukfrånvaro registrerad: 100 % sedan 2026-02-02.

Detta är ett automatiskt meddelande.`, 'health'),
  d(`Från: HR-system (Adato)
Ämne: Ny funktion: Rehabmodulen uppdaterad

Hej!

Rehabmodulen i Adato har uppdaterats med följande:
• Ny checklista för plan för återgång i arbete.
• Automatisk påminnelse till chef vid dag 14, 30 och 60.
• Möjlighet att bjuda in företagshälsovården direkt.

Utbildning för chefer: 25 mars kl 10–11 via Teams.

HR-systemförvaltningen`),
  d(`Hej Susanne,

Tack för samtalet. Jag har pratat med läkaren och hon tror att jag kan börja jobba 25 % från mitten av mars, men bara administrativa uppgifter till att börja med – jag får inte lyfta något alls efter ryggoperationen. Försäkringskassan har godkänt fortsatt sjukpenning.

Vi kanske kan ta ett möte med Previa tillsammans?

/Per`, 'health'),
  d(`Hej ekonomi!

Jag har fått en faktura från Region Västerland för ett patientbesök som jag redan betalat med kort på plats. Enligt kontoutdraget drogs 300 kr från mitt Visa 4917 8321 3982 1219 den 4/2. Kan ni hjälpa mig att reda ut det eller ska jag kontakta regionen direkt?

/Göran, vaktmästare`, 'payment-card'),
  d(`Hej Göran,

Det där är något du behöver ta med regionen själv, eftersom det gäller ett privat besök och inte ditt arbete. Ring deras kundtjänst för patientfakturor, numret står på fakturan.

Och för framtiden: skicka inte ditt kortnummer till oss, det behövs inte och mejl är inte säkert.

/Ekonomienheten

> Jag har fått en faktura från Region Västerland för ett patientbesök som jag redan betalat med kort på plats...`),
  d(`[Slack, #it-drift, 2026-03-14]

09:12 niklas.b: nån som har admin-lösen till switchen i serverrum B?
09:13 emma.k: den står i KeePass under Nätverk/Core
09:13 niklas.b: har inte access till den mappen
09:14 emma.k: ok, för nu: admin / Kx7#pLm29!qR. byt efter att du är klar och lägg in i KeePass
09:15 niklas.b: tack!
09:16 anders.h: @emma.k skriv inte lösenord i slack 😬
09:16 emma.k: jaja, byter direkt efteråt`, 'credentials'),
  d(`[Slack, #it-drift, 2026-03-15]

08:30 anders.h: Påminnelse: lösenordshanteraren KeePass ska användas för alla delade konton. Be om access via ServiceNow.
08:31 niklas.b: 👍
08:40 emma.k: bytt admin-lösen på core-switchen, nytt finns i KeePass
08:41 anders.h: tack
09:02 niklas.b: driftstopp i mejlen 12–12.30 idag för patchning, fyi`),
  d(`Hej Gunnar,

Vi har fått en API-nyckel från Skolverket för att hämta data till den nya statistikportalen. Jag lägger den här så att du kan testa i utvecklingsmiljön:

sk-prod-7f3a9c2e41b84d05a6e1c9d2f0b7e833

Den är kopplad till mitt konto, så lämna inte ut den vidare.

/Sofie, systemutvecklare`, 'credentials'),
  d(`Hej,

Beslut från Försäkringskassan gällande Lars Holmgrens ansökan om aktivitetsersättning vid nedsatt arbetsförmåga har nu kommit. Han har beviljats hel aktivitetsersättning från 1 april. Beslutet påverkar hans rätt till försörjningsstöd – det ska räknas som inkomst från april. Handläggaren på ekonomiskt bistånd behöver räkna om.

Ärendet i Viva: EB-2025-3318.

/Sara, LSS-handläggare`, 'health', 'social'),
  d(`Hej alla handläggare,

Nya normer för försörjningsstöd 2026 gäller från januari:
- Ensamstående: 3 450 kr/mån (riksnorm)
- Sambor: 6 230 kr/mån
- Barn 0 år: 2 270 kr

Räkna om alla pågående ärenden vid nästa beslut. Aktivitetsersättning, sjukersättning och bostadsbidrag räknas som inkomst.

/Enhetschef ekonomiskt bistånd`),
  d(`Hej!

Jag var på kursen "Att ta emot en orosanmälan" i går. Det var jättebra, särskilt om hur man pratar med barn. Har bifogat kursmaterialet i mappen. Föreläsaren tipsade om boken "Barn som far illa" – den finns på biblioteket.

/Johanna, förskollärare`),
  d(`Hej Johanna,

Angående det vi pratade om i dag: jag har skickat in en orosanmälan om Liam på Sparven-avdelningen. Han hade blåmärken på båda överarmarna igen och sa att "pappa blev arg". Socialtjänstens mottagning bekräftade att de tagit emot den.

Prata inte med föräldrarna om anmälan, det sköter socialtjänsten.

/Helena, förskolechef`, 'social', 'health'),
  d(`Från: Nina Öberg
Skickat: den 5 mars 2026 16:44
Till: Personalen Avd. Blåsippan
Ämne: Info till alla

Hej!

Kort om nästa vecka:
- Måndag: planeringsdag, barnen lediga.
- Tisdag: brandövning kl 10.
- Onsdag: Jag (Nina) är borta på eftermiddagen pga möte med förvaltningsledningen.
- Torsdag: vikarie från Bemanningen hela dagen för Sussie som är på kurs.
- Fredag: Pyjamasdag!

/Nina`),
  d(`Hej Nina,

Jag vill berätta att jag är gravid i vecka 14 och beräknad förlossning är i slutet av september. Jag mår ganska illa på morgnarna, så om jag kommer lite sent någon dag är det därför. Jag har inte berättat för de andra på avdelningen än.

Kram Sussie`, 'health'),
  d(`Från: Maria Holmberg
Skickat: den 16 mars 2026 08:03
Till: Jessica Strand
Ämne: VB: VB: Frånvaro Kalle

Hej Jessica, se längst ned. Jag antar att du som ny chef vill veta hur det hänger ihop.

/Maria

Från: Maria Holmberg
Skickat: den 9 mars 2026 14:10
Till: Löneadministration
Ämne: VB: Frånvaro Kalle

Hej lön, vänligen registrera enligt nedan.

Från: Kalle Johansson
Skickat: den 9 mars 2026 07:12
Till: Maria Holmberg
Ämne: Frånvaro Kalle

Hej Maria,

Jag kommer inte in idag heller. Har varit på akuten i helgen, de tror att det är en njursten och jag har fått morfin för smärtorna. Ska på röntgen på onsdag. Skickar läkarintyg sen.

/Kalle

--
Denna e-post kan innehålla konfidentiell information. Om du fått den av misstag, meddela avsändaren och radera meddelandet. Sörmalms kommun behandlar personuppgifter enligt dataskyddsförordningen – läs mer på sormalm.se/personuppgifter.`, 'health'),
  d(`Från: Maria Holmberg
Skickat: den 16 mars 2026 08:30
Till: Alla på Gatuenheten
Ämne: Organisationsförändring

Hej alla,

Från och med 1 april tar Jessica Strand över som chef för gatuenheten. Jag går över till en tjänst som projektledare på samhällsbyggnad.

Några saker att känna till:
1. Jessica har kontor i rum 214.
2. Alla pågående ärenden om vinterväghållning lämnas över på ett möte 25/3.
3. Medarbetarsamtal som inte hunnits med görs av Jessica under maj.
4. Attesträtt flyttas till Jessica från 1/4.

Tack för fem fina år!

Maria Holmberg
Enhetschef, Gatuenheten
Sörmalms kommun

--
Denna e-post kan innehålla konfidentiell information. Om du fått den av misstag, meddela avsändaren och radera meddelandet.`),
  d(`[WhatsApp-grupp "Avd 7 nattpersonal", export 2026-02-20]

[23:02] Sara: någon vaken? 😴
[23:04] Mohammed: japp. lugnt på 7:an
[23:10] Sara: hörde ni om Kim? att hen har kommit ut som bi och har flyttat ihop med en tjej från ortopeden
[23:11] Mohammed: haha ja det är väl inte så konstigt
[23:12] Sara: nej men ingen visste ju
[23:14] Mohammed: låt hen vara ifred nu
[23:30] Sara: ok ok. Kan du ta sal 4 kl 02?
[23:31] Mohammed: ja`, 'sex-life'),
  d(`Anteckningar APT Ortopeden avd 7, 2026-02-25

1. Vårdplatsläget: 3 platser stängda till april pga bemanning.
2. Bemötande och arbetsmiljö: Chefen påminde om att skvaller om kollegors privatliv – relationer, sexuell läggning, hälsa – inte hör hemma på arbetsplatsen och kan vara kränkande särbehandling. Alla uppmanas följa regionens värdegrund.
3. Nya larmrutiner nattetid.
4. Sommarsemester: ansökan senast 31/3.

Justeras av: Eva Rydén`),
  d(`Hej Agnes,

Till handlingsplanen i Oskars ärende: Oskar, 16, har berättat för sin kontaktperson att han är gay och att det är en av orsakerna till konflikterna hemma – pappan har hotat att skicka honom till släktingar utomlands. Vi behöver göra en hedersrelaterad riskbedömning (PATRIARK) och överväga placering.

Ärendet dras på ärendedragningen i morgon.

/Kim, socialsekreterare`, 'sex-life', 'social'),
  d(`Inbjudan: Utbildningsdag om hedersrelaterat våld och förtryck

För socialsekreterare, skolkuratorer och elevhälsa.

Program:
09.00 Vad är hedersrelaterat våld? Definitioner och lagstiftning
10.30 HBTQ-personer och hedersnormer
13.00 Riskbedömning med PATRIARK
14.30 Fallövningar (fiktiva)

Plats: Folkets hus. Kostnadsfritt för kommunens anställda.
Anmälan senast 15/4.`),
  d(`Hej Jens,

Vi behöver byta namn på Alexandra i alla system från och med måndag – han heter Alex nu och har bytt juridiskt kön. Han har bett att vi inte informerar klassen utan att mentor bara använder rätt namn från och med nu. Kan du som admin ändra i Schoolsoft, passerkortet och mejladressen?

Tack!
/Karin, mentor TE2`, 'sex-life'),
  d(`Hej alla,

Här är en uppdatering av rutinen för namnbyte i elevsystemen:

1. Namnbyte i folkbokföringen registreras automatiskt via Skatteverket-integrationen.
2. Om en elev önskar använda ett annat tilltalsnamn än det folkbokförda ändras det manuellt av skoladministratör efter samtycke från eleven (och vårdnadshavare för elever under 18).
3. Passerkort och e-post uppdateras av IT inom tre arbetsdagar.

/Skoladministrationen`),
  d(`Hej!

Referat från regionens dataskyddsnätverk 2026-03-03:

• Biometri i skolmatsalar: Integritetsskyddsmyndigheten har tidigare gett sanktionsavgift till en kommun för ansiktsigenkänning av elever. Vi avråder alla förvaltningar från liknande lösningar.
• Röstbrevlådor med röstigenkänning hos kontaktcenter: utreds.
• Personuppgiftsincidenter 2025: 64 anmälda, de flesta felskickade mejl.
• Nästa träff: 2 juni.

/Dataskyddsombudet`),
  d(`Hej IT-support,

Angående ärende INC-23341: Kontaktcentrets nya telefonisystem verifierar inringare med röstigenkänning. Min röstprofil verkar ha blivit felaktig efter att jag var förkyld – systemet känner inte igen mig och jag får inte upp mina egna samtal. Kan ni radera min röstprofil (användare lenalu) och låta mig spela in en ny?

Tack,
Lena Lundin, kontaktcenter`, 'biometric', 'health'),
  d(`Ärende #INC-23350 – Ny Face ID-inloggning i Mobilt BankID

Anmälare: Tomas Eriksson
Beskrivning: Efter bytet till ny tjänstetelefon fungerar inte ansiktsinloggningen. Jag har registrerat mitt ansikte två gånger men telefonen säger "ansiktet känns inte igen".

Lösning (servicedesk): Face ID lagras bara lokalt på telefonen och hanteras inte av kommunen. Vi har återställt telefonen och användaren har registrerat om. Fungerar nu.

Status: Löst`, 'biometric'),
  d(`Hej,

Regionens nya system för läkemedelsskåp öppnas med fingeravtryck. Från och med 1 maj registreras alla sjuksköterskor och undersköterskor med delegering.

Registreringen görs av superanvändarna på varje avdelning. Den som inte kan eller vill lämna fingeravtryck får en personlig kod istället.

Mer information finns på intranätet.
/Läkemedelsenheten`),
  d(`Hej Pernilla,

Sammanställning av registreringen på avd 12 för läkemedelsskåpet:

Registrerade fingeravtryck (2 fingrar var): Anna S, Bo K, Cecilia M, Dragan P, Elin T
Ej registrerade: Fredrik L (vill inte – får kod), Gunilla R (eksem på händerna, avtrycket går inte att läsa – får också kod)

Alla mallar är lagrade i skåpets lokala databas.

/Superanvändare Dragan`, 'biometric', 'health'),
  d(`Från: Skatteverket (vidarebefordrat av registrator)
Till: Socialförvaltningen, registratur
Ämne: VB: Förfrågan om adress

Hej,

Vi har fått ett brev från Skatteverket som bekräftar att Amina Yusuf och hennes två barn är kvarskrivna i Ekby kommun enligt 16 § folkbokföringslagen men vistas på annan ort. All post ska gå via socialförvaltningens adress. Uppgifter om var familjen vistas får inte lämnas ut.

Jag har lagt brevet i akten. Vänligen se till att handläggaren får det.

/Registrator`, 'protected-identity', 'secrecy'),
  d(`Hej registratorer,

Nya rutiner för post med skyddade personuppgifter:

• Kuvert märkta "Skyddad identitet" öppnas inte av registraturen utan lämnas till namngiven handläggare.
• Inga uppgifter om mottagarens adress får antecknas i diariet.
• Kvarskrivning och fingerade personuppgifter hanteras enligt samma rutin.

Rutinen gäller från 1 mars.
Kansliet`),
  d(`Hi Anders,

Thanks for your patience. About the new employee starting in your unit: Rebecka will be working under fingerade personuppgifter (a fictitious identity), decided by the police. That means her name in the payroll system is not her real name, and you must never mention her previous employer or where she lives. HR has the full details in a sealed file.

Please don't forward this e-mail.

Linda, HR
`, 'protected-identity'),
  d(`Hej Ulf,

Inför gallringen av personalakterna: akter för anställda som slutat för mer än 10 år sedan gallras enligt dokumenthanteringsplanen, med undantag för uppgifter om arbetsskador och pensionsgrundande uppgifter. Akter som gäller personer med skyddade personuppgifter hanteras separat av HR-chefen.

Tidplan: gallringen görs vecka 40.

/Arkivarien`),
  d(`Minnesanteckningar – kvalitetsmöte HVB Solbacken 2026-01-15

1. Avvikelser december: 3 st (läkemedel), åtgärdade.
2. Boende:
   - Kevin: återvände efter avvikning 28/12. Polisen har gripit honom för rån i Gamla stan, häktad 2 veckor. LVU-beslutet kvarstår, socialtjänsten i Ekby informerad.
   - Nour: fortsatt bra utveckling, har börjat på gymnasiet.
3. Personal: 1 vakant tjänst, rekrytering pågår.
4. Brandskydd: övning genomförd.`, 'criminal-record', 'social'),
  d(`Hej Tommy!

Vi har fått frågor från personalen om vad vi gör när en ungdom på boendet grips av polisen. Kan du ta fram en kort rutin? Den bör svara på:
- Vem kontaktar socialtjänsten?
- Får vi följa med till polisstationen?
- Vad skriver vi i journalen?
- Hur informerar vi vårdnadshavare?

Tack! /Föreståndaren`),
  d(`Från: Polisen Region Mitt – Ungdomsgruppen
Skickat: 3 februari 2026 12:40
Till: Socialtjänsten Ekby, mottagningen
Ämne: Underrättelse enligt 10 kap. 20 § OSL

Hej,

Vi vill meddela att Isak Lindblad, 15 år, i går har hörts som misstänkt för skadegörelse (klotter på Ekbyskolan) och olaga hot mot en klasskamrat. Förundersökningen leds av åklagare. Vi bedömer att socialtjänsten behöver känna till detta för att bedöma om han är i behov av stöd.

Denna underrättelse omfattas av sekretess.

Vänligen
Insp. Karin Borg, Ungdomsgruppen`, 'criminal-record', 'secrecy', 'social'),
  d(`Hej,

Lite statistik från polisens brottsförebyggande råd till samverkansmötet:

- Anmälda skadegörelsebrott i Ekby centrum: 118 st 2025 (+12 %).
- Andelen unga misstänkta: ca 40 %.
- Otrygghet i centrum efter kl 21 är det vanligaste som nämns i trygghetsmätningen.

Förslag: fler nattvandrare och bättre belysning vid busstationen.

/Trygghetssamordnaren`),
  d(`Från: Löneenheten
Skickat: 12 mars 2026 10:02
Till: Sara Lind
Ämne: Ditt lönebesked – retroaktiv lön

Hej Sara,

Efter genomgången av ditt ärende konstaterar vi att du fått för låg lön sedan september. Din lön ska enligt avtalet vara 36 400 kr/mån men du har fått 35 100 kr. Den retroaktiva ersättningen, 7 800 kr före skatt, betalas ut med aprillönen.

Vi ber om ursäkt för felet.

Löneenheten
Västerbyns kommun`, 'salary'),
  d(`Hej Niklas,

Vi har haft vårt lönesamtal och jag har funderat. Jag tycker att 800 kr är för lite med tanke på att jag tagit över samordnaransvaret för hela enheten sedan hösten. Jag har i dag 33 700 och jämförbara samordnare i grannkommunerna ligger runt 36 000. Jag skulle vilja ha en ny diskussion, gärna med Vision närvarande.

/Ellinor`, 'salary', 'trade-union'),
  d(`Hej alla chefer!

Lönesamtalen ska vara klara senast 31 mars. Tänk på att:
• Samtalet ska utgå från lönekriterierna och medarbetarsamtalet.
• Medarbetaren ska få en motivering till sin nya lön.
• Medarbetare som vill ha en facklig företrädare med sig ska få det.

Lönesättande samtal dokumenteras i Heroma.

HR`),
  d(`Hej Maja!

Här kommer kontouppgifterna till din resa med skolklassen till Berlin. Varje familj betalar 2 500 kr till klasskontot:

Swedbank 8105-9, 923 441 667-2 (Klasskassa 9C, Rosendalsskolan)

Ange elevens namn som meddelande. Betala senast 15/4.

/Klassföräldrarna`),
  d(`Hej Gunilla på ekonomi,

Vi behöver betala ut ersättning till vår föreläsare från studiedagen, Dr. Anna Kjellberg. Hon har skickat sina uppgifter:

Arvode 8 000 kr + resa 1 240 kr
Konto: SEB 5201-10 445 37, i hennes namn
F-skatt: ja

/Emma, utvecklingsledare`, 'bank-account'),
  d(`Hej!

Ett tips från ekonomienheten: när ni betalar ut arvoden till privatpersoner (föreläsare, kontaktpersoner, gode män), ska mottagaren själv registrera sitt konto hos Swedbank Kontoregister eller lämna uppgifter på blanketten "Utbetalning till privatperson". Kontonummer ska inte skickas i vanlig e-post.

/Ekonomienheten`),
  d(`Hej Per,

Jag har gått igenom inkomstuppgifterna för Stina Holm inför beslutet om ekonomiskt bistånd för april. Enligt kontoutdragen från hennes konto i Nordea (3000 4471 22) har hon fått in 4 200 kr från en okänd person i mars. Vi behöver be henne förklara det innan beslut.

/Lina`, 'bank-account', 'social'),
  d(`Hej Andreas,

Vi har genomfört en utredning om ditt agerande vid incidenten på Torpgatans boende den 20 februari. Utredningen visar att du vid två tillfällen talat nedsättande till en boende och att du inte följt rutinen för avvikelserapportering. Arbetsgivaren ser mycket allvarligt på detta.

Vi kallar dig därför till ett möte den 12 mars kl 10.00 för att delge en skriftlig varning. Du har rätt att ta med en facklig företrädare.

Med vänlig hälsning
Kristina Nyman, verksamhetschef`, 'hr-assessment'),
  d(`Hej,

Här är schemat för kursen "Värdegrund och bemötande i äldreomsorgen":

Block 1: Vad är ett gott bemötande?
Block 2: Avvikelsehantering – varför rapportera?
Block 3: När någon inte följer värdegrunden – chefens roll, samtal, erinran och varning
Block 4: Fallstudier

All personal ska ha gått kursen innan 1 oktober.
/Utvecklingsenheten`),
  d(`Hej,

Jag vill ha hjälp med en sak. Vår kund på Tallbacken, Mustafa Ali, har kort som han ger till personalen för att handla åt honom. Senast bad han Ella ta en bild på kortet och skicka till mig för att jag skulle beställa på nätet:

Mastercard 5355 1884 9107 1323, 11/27, säkerhetskod 447

Det här känns fel. Ska vi verkligen hantera kortuppgifter så här? Vi måste ha en rutin.

/Camilla, hemtjänst`, 'payment-card'),
  d(`Rutin: Hantering av brukares pengar och kort i hemtjänsten

1. Personalen får inte ha brukares kort eller PIN-kod.
2. Inköp görs helst med kommunens inköpsservice och faktureras brukaren.
3. Om en brukare vill att personal handlar med brukarens kort ska det dokumenteras i genomförandeplanen och kvitto alltid lämnas.
4. Kortuppgifter får aldrig fotograferas eller skickas digitalt.

Rutinen gäller från 1 april 2026.
Vård- och omsorgsförvaltningen`),
  d(`Hej Camilla,

Tack för att du lyfte det. Jag har pratat med Mustafas gode man, Bertil Ek. Han spärrar kortet och ordnar ett nytt. Framöver sköter Bertil alla inköp via fakturering. Jag har lagt in det i genomförandeplanen. Mustafa har ju också fått utökad hemtjänst från 1 april efter stroken, så vi behöver se över hela planen ändå.

/Ann-Marie, enhetschef`, 'social', 'health'),
  d(`Från: Britt Olofsson
Skickat: den 2 april 2026 09:15
Till: Kommunstyrelsens kansli
Ämne: VB: Ang. ledamot i socialnämnden

Hej,

Jag vidarebefordrar det här som kom till min privata adress. Jag vet inte riktigt vad jag ska göra med det.

/Britt

---------- Vidarebefordrat meddelande ----------
Från: "En orolig medborgare"
Datum: 1 april 2026 23:48
Ämne: Ang. ledamot i socialnämnden

Ni borde veta att Hans Edlund, som sitter i socialnämnden för Kristdemokraterna, själv hade försörjningsstöd i flera år på 2010-talet och dessutom är dömd för rattfylleri. Hur kan en sådan person besluta om andras bistånd?`, 'political-opinion', 'social', 'criminal-record'),
  d(`Hej Britt,

Tack för att du skickade vidare. Anonyma mejl om förtroendevalda hanteras inte av kansliet utöver att de diarieförs som allmän handling. Uppgifter om enskildas ekonomiska förhållanden eller brott som kan förekomma i sådana mejl prövas mot OSL om någon begär ut handlingen. Du behöver inte göra något mer.

/Kommunsekreteraren`),
  d(`Ur protokollet, kommunfullmäktige 2026-03-23

§ 31 Val av ny ledamot i kultur- och fritidsnämnden
Kommunfullmäktige väljer Ahmed Jama (S) till ledamot efter Lisa Wiklund (S), som har avsagt sig sitt uppdrag.

§ 32 Motion om gratis kollektivtrafik för pensionärer
Motionen avslås. Reservation från V och C.

§ 33 Interpellation om skolskjutsar – besvarad.

Justeras 2026-03-26`, 'political-opinion'),
  d(`Hej Sanna,

Jag behöver be om ledighet den 14 september. Jag står på Liberalernas lista till kommunfullmäktige och har lovat att jobba i valstugan hela valdagen. Är det ok om jag tar ut en semesterdag?

/Victor`, 'political-opinion'),
  d(`Personalinformation inför valet 2026

• Som anställd i kommunen får du engagera dig politiskt på din fritid.
• Under arbetstid ska du vara saklig och opartisk – inga partisymboler på arbetsplatsen.
• Ledighet för politiska uppdrag regleras i kommunallagen, ledighet för valarbete söks som semester.
• Du som kandiderar till fullmäktige behöver inte meddela arbetsgivaren, men kan göra det om du vill.

HR`),
  d(`From: Aleksander Nowak
Sent: 18 March 2026 14:03
To: Eva Lindahl (HR)
Subject: Leave request – union course

Hi Eva,

As the newly elected safety representative for Unionen at our site, I have been offered a three-day course on work environment law (Bättre arbetsmiljö, BAM) in May. According to the union rep law I understand I have the right to paid leave for this. Could you please confirm? Dates: 5–7 May.

Thanks,
Aleksander`, 'trade-union'),
  d(`Från: Eva Lindahl
Skickat: 19 mars 2026 08:55
Till: Chefsgruppen
Ämne: Fackliga utbildningar i vår

Hej chefer,

Vi har fått flera ansökningar om ledighet för fackliga utbildningar (BAM, förtroendemannautbildningar). Enligt förtroendemannalagen och skyddsombudsreglerna ska sådan ledighet i regel beviljas med lön. Kontakta mig om ni har frågor om bemanningen.

/Eva`),
  d(`Hej Ahmad,

Angående mötet på tisdag med familjen Rahimi: pappan berättade vid förra samtalet att familjen är hazarer från Ghazni och att de flydde på grund av förföljelsen av shiamuslimer i Afghanistan. Det är bakgrunden till att barnen är rädda när de ser polis. Tolken ska vara dari-talande, helst inte från samma stad av hänsyn till familjen.

/Clara, kurator`, 'ethnic-origin', 'religion'),
  d(`Hej!

Kommunens integrationsenhet erbjuder samhällsorientering på dari, arabiska, tigrinja och somaliska. Kurserna startar i april. Målgruppen är nyanlända med uppehållstillstånd. Deltagarna registreras i Alvis.

Anmälan görs av etableringshandläggare på Arbetsförmedlingen.

/Integrationsenheten`),
  d(`Hej Emilia,

Sammanfattning av utvecklingssamtalet med Tim i åk 5 (du var ju sjuk):

Svenska: når kunskapskraven, läser flytande.
Matematik: når inte kunskapskraven i problemlösning ännu. Vi gör en pedagogisk kartläggning.
Engelska: mycket bra.
Idrott: har haft frånvaro 8 av 20 lektioner pga "glömt kläder". Pappa lovade att ta tag i det.
Socialt: trivs, har bra kompisar.

Nästa uppföljning i maj.
/Greta`, 'grades'),
  d(`Nyhetsbrev från Rosendalsskolan, april

Hej alla vårdnadshavare!

• Nationella prov i åk 9 pågår under april och maj. Schema finns i Schoolsoft.
• Närvaro: Vi ser att ströfrånvaron ökar efter påsklovet. Kom ihåg att sjukanmäla ditt barn före kl 8.
• Studiedag 24 april – fritids är öppet.
• Vårkonserten 20 maj i aulan.
• Betygen i åk 9 sätts i början av juni och kan ses i Schoolsoft efter 12 juni.

Hälsningar
Rektor Anna Bergman`),
  d(`Från: Studievägledare Moa
Skickat: 2 juni 2026 10:11
Till: Mentor 9B
Ämne: Ang. gymnasieansökan Ebba

Hej,

Ebba har fått ett F i matematik enligt de preliminära betygen, och därmed är hon inte behörig till naturvetenskapsprogrammet. Hennes övriga betyg är bra: B i svenska, A i engelska. Hon kan göra omprov i sommarskolan. Kan du prata med henne och familjen? Omvalet stänger 15 juni.

/Moa`, 'grades'),
  d(`Hej,

Jag är vikarie på högstadiet och undrar var man ser elevernas närvaro och hur man registrerar frånvaro. Fick inget inlogg till Schoolsoft från IT. 

Tack!
Oliver`),
  d(`SV: Inlogg till Schoolsoft

Hej Oliver,

Här kommer dina uppgifter:
Användarnamn: olivik
Tillfälligt lösenord: Sommar#8842

Byt direkt vid första inloggningen. Närvaro registreras under Lektioner > Närvaro.

/Skoladministratör`, 'credentials'),
  d(`Från: Christina Åberg
Skickat: 24 mars 2026 13:02
Till: Ekonomichef Magnus
Ämne: SV: Misstänkt bedrägeri

Hej Magnus,

Uppdatering: polisen har nu hållit förhör med vår före detta ekonomiassistent Lena Ström. Hon har erkänt att hon fört över sammanlagt 184 000 kr till sitt eget konto under 2025. Åtal väntas. HR har startat ärendet om avsked.

Allt kring utredningen bör hållas inom ledningsgruppen tills vidare.

/Christina, förvaltningschef`, 'criminal-record', 'hr-assessment'),
  d(`Hej ledningsgruppen,

Efter den senaste tidens händelser i andra kommuner har internrevisionen tagit fram en checklista för att minska risken för förskingring:

1. Dualitetsprincip vid alla utbetalningar.
2. Leverantörsregister granskas kvartalsvis.
3. Ändringar av bankuppgifter ska kontrolleras via telefon.
4. Ingen ska attestera sina egna utlägg.

Checklistan presenteras på nästa möte.
/Internrevisionen`),
  d(`Hej Julia,

Uppföljning från vår genomgång av studenternas VFU-bedömningar:

Student A (Nora Lind): godkänd på alla moment, handledaren beskriver henne som mycket ansvarstagande.
Student B (Elias Ö): underkänd på moment 3, patientsäkerhet. Handledaren noterar att han vid två tillfällen delade ut läkemedel utan dubbelkontroll. Ny VFU-period erbjuds i höst.

Bedömningarna registreras i Ladok.
/Kursansvarig, sjuksköterskeprogrammet`, 'grades'),
  d(`Hej!

Vi söker handledare för sjuksköterskestudenternas VFU under hösten. Som handledare får du:

• En introduktionsdag om bedömningsformuläret (AssCE)
• Handledararvode enligt avtal
• Stöd från kliniska adjunkter

Intresseanmälan till din enhetschef senast 30 april.

/Regionens utbildningsenhet`),
  d(`From: Olivia Grant
Sent: 4 May 2026 16:30
To: Student Services
Subject: Exam results – appeal

Hi,

I'm an exchange student from Edinburgh. I received a U (fail) on the written exam in Public Health Policy (code PH204) with 21 of 50 points; the pass mark is 25. I think question 4 was marked wrongly – I would like to request a re-assessment.

Student ID: 9823-XL

Regards,
Olivia`, 'grades'),
  d(`Dear students,

Results for the written exam in Public Health Policy (PH204) will be published in Ladok no later than 15 working days after the exam. If you wish to request a re-assessment, fill in the form on the student web within three weeks of publication.

Please do not e-mail teachers about individual results.

Student Services`),
  d(`Hej!

Jag ska hålla i en workshop om lösenordssäkerhet för medarbetarna. Några exempel på dåliga lösenord som jag tänkte visa: Sommar2026, Password1, Kommunen123, Hejsan!!

Är det ok att använda just dessa? De är ju väldigt vanliga men ingen verklig användare är kopplad till dem.

/IT-säkerhetssamordnaren`),
  d(`Hej Anna,

Kul att du ska börja hos oss på måndag! Lite praktisk info:

- Portkoden till kontoret på Storgatan 12 är 1957B (gäller vardagar 7–18).
- Ditt konto aktiveras kl 8 på måndag. Tillfälligt lösenord får du av mig personligen.
- Vi har frukost med hela enheten kl 8.30.

Välkommen!
/Helena`, 'credentials'),
  d(`Hej!

Alla på plan 5 – nya portkoder gäller från 1 april. Ni får dem via sms från fastighetsavdelningen. Glöm inte att passerkortet också behöver aktiveras om, ta det till receptionen.

/Fastighet`),
  d(`Ur ärendesammanställning, Överförmyndarnämnden 2026-03-17

Ärende 4: Granskning av årsräkning, god man Stig Holm för huvudman Margit Eklund.
Anmärkning: kontoutdragen från huvudmannens konto i Swedbank (8214-9, 4 557 221 883) visar uttag om 15 000 kr utan verifikat. Gode mannen ska redovisa inom 14 dagar. Margit har demenssjukdom och bor på Ekbackens särskilda boende.

Beslut: Föreläggande skickas till gode mannen.`, 'bank-account', 'health', 'social'),
  d(`Information från Överförmyndarnämnden

Nu är det dags att lämna in årsräkningar för 2025. Sista dag är 1 mars. Du som är god man eller förvaltare ska bifoga:
• Kontoutdrag för alla huvudmannens konton per 31/12
• Kvitton och verifikationer för större utgifter
• Årsbesked från banken

Frågor? Ring vår telefontid mån–tor 9–11.`),
  d(`Hej Sven,

Gällande Marcus som vill börja jobba som personlig assistent hos oss: han har berättat öppet att han satt på anstalt 2019–2021 för grov stöld. Han har hållit sig borta från kriminaliteten sedan dess och har goda referenser från sitt nuvarande jobb. Jag tycker vi ska ge honom en chans, men det kräver ett utdrag och att uppdragsgivaren godkänner.

/Pia, enhetschef personlig assistans`, 'criminal-record'),
  d(`Ur nyhetsbrevet "Kommunen informerar", mars:

Kriminalvården och kommunen startar projektet Vägen tillbaka för personer som avtjänat straff och behöver stöd att komma i arbete. Projektet drivs i samverkan med Arbetsförmedlingen. Deltagarna får en coach och praktikplats.

Vill din arbetsplats ta emot en praktikant? Hör av dig till arbetsmarknadsenheten.`),
  d(`Hej Maria!

Här är noteringar från BUP-samverkan i går (endast för dig som ansvarig handläggare):

Filip, 14: BUP bekräftar diagnos depression med självskadebeteende. Medicineras med sertralin sedan januari. Föräldrarna är i en svår vårdnadstvist och pappan har låtit bli att hämta Filip vid två tillfällen. Förslag: SIP-möte med skola, BUP och socialtjänst i april.

Uppgifterna omfattas av sekretess och får inte lämnas vidare utan samtycke.

/Anna, BUP`, 'health', 'social', 'secrecy'),
  d(`Inbjudan till SIP-utbildning (samordnad individuell plan)

För personal inom socialtjänst, skola, BUP och primärvård.

• Vad är en SIP och när ska den upprättas?
• Samtycke och sekretess mellan huvudmännen
• Hur leder man ett SIP-möte?
• Uppföljning

Datum 21 april, kl 13–16, digitalt via Teams.
Anmäl dig till regionens samverkansenhet.`),
  d(`Hej Kerstin,

Lite om Sofias situation, som hon själv bett mig berätta för dig som ny chef: hon har MS sedan några år och har skov ibland, vilket gör att hon ibland behöver jobba hemifrån med kort varsel. Vi har en överenskommelse om att hon kan göra det utan läkarintyg de dagarna. Hon har också ett arbetsplatsanpassat skrivbord.

Hon vill gärna att du och hon pratar om det vid första medarbetarsamtalet.

/Fredrik (avgående chef)`, 'health'),
  d(`Tips från företagshälsovården: Att anpassa arbetsplatsen

Medarbetare med kroniska sjukdomar eller funktionsnedsättningar kan behöva anpassningar: höj- och sänkbart skrivbord, möjlighet att arbeta hemifrån, flexibla arbetstider. Arbetsgivaren har ansvar för att göra skäliga anpassningar enligt diskrimineringslagen.

Kontakta HR eller företagshälsan för stöd.`),
  d(`Hej alla!

En påminnelse om kvällens personalfest: vi börjar 18.00 på Restaurang Hamnen. Tänk på att anmäla specialkost om du inte redan gjort det – vi har hittills vegetariskt, laktosfritt, glutenfritt, halal och en allergi mot nötter.

Det finns parkering bakom restaurangen.

/Festkommittén`),
  d(`Hej Kerstin i köket,

Specialkost för Mattias på Humlan: han har celiaki (glutenintolerans), bekräftat av barnläkaren, och får inte äta något med gluten. Intyget har mamman lämnat till förskolan. Han är också allergisk mot jordnötter och har adrenalinpenna som förvaras på avdelningen.

Tack!
/Förskollärare Lina`, 'health'),
  d(`Blankett: Ansökan om specialkost i förskola och skola

Fylls i av vårdnadshavare. Vid medicinska skäl ska läkarintyg bifogas. Vid religiösa eller etiska skäl behövs inget intyg.

☐ Laktosfri ☐ Glutenfri ☐ Vegetarisk ☐ Fläskfri ☐ Annat: ______

Lämnas till förskolans personal, som skickar den till kostenheten.`),
  d(`Hej Jonas,

Det är dags för din del av rekryteringsbedömningen. Jag har nu gjort referenstagningen för Linda Ek:

Referens 1 (tidigare chef på Försäkringskassan): "Mycket noggrann och analytisk, men kan ha svårt med tidspress. Hade sjukfrånvaro en period 2024 men är frisk nu."
Referens 2 (kollega): positiv.

Min bedömning: gå vidare. Men vi bör inte ta med sjukfrånvaron i bedömningen – det är inte relevant.

/Sara, HR`, 'hr-assessment', 'health'),
  d(`Från: Klinisk genetik, Universitetssjukhuset
Skickat: 10 mars 2026 11:20
Till: Vårdcentralen Ekbacken, dr Nilsson
Ämne: Svar på remiss – familjär hyperkolesterolemi

Hej,

Svar på genetisk analys för er patient Bengt Sandberg (remiss 2026-01-18): en patogen variant i LDLR-genen har påvisats, förenlig med familjär hyperkolesterolemi. Vi rekommenderar kaskadtestning av förstagradssläktingar – patientens två söner och syster bör erbjudas provtagning.

Fullständigt svar finns i journalen.

Med vänliga hälsningar
Lisa Berg, genetisk vägledare`, 'genetic', 'health'),
  d(`Från: Jan Sandberg
Skickat: 12 mars 2026 19:02
Till: Pappa
Ämne: Re: Svar från sjukhuset

Hej pappa,

Tack för att du berättade om DNA-provet och kolesterolgenen. Jag och Mikael har pratat och vi ska båda beställa tid för provtagning. Jag tror faktiskt att farfar också hade det, han fick ju sin första hjärtinfarkt när han var 48.

Kram Jan

> Hej grabbar, sjukhuset har hittat en ärftlig kolesterolsjukdom i mitt blodprov...`, 'genetic', 'health'),
  d(`Hej kollegor,

Sammanfattning från föreläsningen om genetiska tester på vårdcentralen i dag:

• Konsumenttester (som 23andMe) är inte validerade för kliniskt bruk.
• Ärftlighetsutredning görs via remiss till klinisk genetik.
• Patienter som berättar om testresultat från nätet ska hänvisas dit.
• Ordinationer ska inte baseras på konsumenttester.

/Dr Ekström`),
  d(`Hej Mona,

Du frågade om Signes frånvaro. Hon är på sjukhuset för utredning; läkarna har hittat att hon har Duchennes muskeldystrofi, samma ärftliga sjukdom som hennes morbror. Mamman är anlagsbärare enligt DNA-testet. Familjen är såklart chockade. Signe kommer tillbaka till skolan om ungefär två veckor, och vi behöver planera för anpassningar.

/Skolsköterskan`, 'genetic', 'health'),
  d(`Hej Lena,

Vi har fått ett brev från Skatteverket om att en ny elev i 4C, Oliver, har fingerade personuppgifter sedan mars. Det innebär att han har en helt ny identitet och att den gamla inte får nämnas. Rektor vill att bara du som mentor, skolsköterskan och jag känner till det. Papperskopior förvaras i kassaskåpet.

/Skoladministratören`, 'protected-identity'),
  d(`Vad innebär skyddade personuppgifter?

Det finns tre former:
1. Sekretessmarkering – en markering i folkbokföringen som signalerar att uppgifterna kan vara känsliga.
2. Skyddad folkbokföring (tidigare kvarskrivning) – personen folkbokförs på en annan ort än där den bor.
3. Fingerade personuppgifter – personen får en helt ny identitet. Beslutas av Polismyndigheten.

Informationsmaterial till nyanställda, Socialförvaltningen`),
  d(`Hej Roger,

Bokningen av minibussen till lägerskolan är nu klar. Jag betalade depositionen på 2 000 kr med mitt privata kort eftersom skolans kort hade nått gränsen. Kortet: Visa 4024 0928 3519 3021, exp 02/29. Bokningsnummer AB-55821.

Kan jag få tillbaka pengarna via utlägg?

/Kristina, idrottslärare`, 'payment-card'),
  d(`Hej Kristina,

Ja, lägg in utlägget i Proceedo med kvittot som bilaga, så betalas det ut med nästa lön. Tänk på att inte skriva kortnumret i utläggsbeskrivningen – det räcker att kvittot visar de fyra sista siffrorna.

Trevlig lägerskola!
/Ekonomiassistent Roger`),
  d(`[Chatt med kundtjänst, Kommunens bokningssystem för idrottshallar, 2026-02-02]

14:21 Besökare: Hej, jag försökte betala bokningen av Sporthallen men kortet nekas
14:22 Kundtjänst (Ebba): Hej! Vad tråkigt. Har du provat med ett annat kort?
14:23 Besökare: Ja, samma sak med 5168 0270 9870 0875 exp 08/28, det är min frus Mastercard
14:24 Kundtjänst (Ebba): Skriv aldrig kortnummer här i chatten! Jag raderar meddelandet. Prova att betala via Swish istället.
14:25 Besökare: ok sorry`, 'payment-card'),
  d(`Information – Ny betallösning för bokningar

Från 1 mars betalar du bokningar av idrottshallar och lokaler direkt i bokningssystemet med kort eller Swish. Vi sparar inga kortuppgifter – betalningen hanteras av Nets.

Kommunens kundtjänst kan inte ta emot kortuppgifter via telefon, mejl eller chatt.

Kultur och fritid`),
  d(`Månadsrapport – Överförmyndarenheten, februari

• Antal ställföreträdarskap: 642 (+4)
• Granskade årsräkningar: 211 av 598
• Nya ansökningar om god man: 17
• Klagomål: 3, varav 1 om gode mans hantering av huvudmannens bankkort.
• Rekrytering av nya gode män: informationskväll 19/3.

Sammanställt av enhetschefen`),
  d(`Hej Eva,

Det gäller min huvudman, Gerd Lindström. Banken har spärrat hennes kort efter att någon använt det på en nätbutik. Jag har fått ett nytt kort hem, 4539 6108 0089 8890, giltigt till 06/29, för att kunna betala hennes räkningar. Men banken säger att jag måste ha en fullmakt från er först. Kan ni skicka den?

Vänliga hälsningar
Bertil Lund, god man`, 'payment-card', 'social'),
  d(`Hej!

Kort från kommunstyrelsens arbetsutskott: ärendet om ny dörrpasseringsteknik i stadshuset bordlades. Frågan om biometrisk identifiering (fingeravtryck) ska utredas vidare av säkerhetschefen, med hänsyn till dataskyddsombudets yttrande.

Övriga ärenden: budgetramar, lokalförsörjningsplan, yttrande över regional trafikplan.

/Sekreteraren`),
  d(`Hej Petra,

Jag har läst protokollet från utvecklingssamtalet och vill lägga till några saker som jag inte hann säga. Du skriver att jag "brister i samarbetsförmåga" och att jag "ofta är negativ på möten". Jag håller inte med. Jag har lyft brister i arbetsmiljön, vilket är min rätt som skyddsombud för Vision. Jag vill att min kommentar läggs till i dokumentationen.

/Håkan`, 'hr-assessment', 'trade-union'),
  d(`Hej alla medarbetare,

Nu är det dags för medarbetarenkäten 2026! Den tar ungefär 15 minuter och är helt anonym. Resultaten redovisas bara på gruppnivå om minst fem personer svarat.

Frågorna handlar om arbetsmiljö, ledarskap, utvecklingsmöjligheter och hälsa.

Sista svarsdag: 27 mars.
/HR`),
  d(`Resultat från medarbetarenkäten – Kostenheten

Svarsfrekvens: 88 %
Hållbart medarbetarengagemang (HME): 74 (förra året 71)
Motivation: 78
Ledarskap: 72
Styrning: 73

Förbättringsområde: information om förändringar. Enheten tar fram en handlingsplan på APT i april.

/Enhetschefen`),
  d(`Hej,

Jag har fått frågan från Bengt på lönekontoret om jag kan ge honom inloggningen till min Heroma så han kan rätta felet i min tidrapport direkt. Är det ok? Mitt lösenord är ju samma som till allt annat, Kalle2024!, så jag vill egentligen inte.

/Lars, vaktmästare`, 'credentials'),
  d(`SV: Dela Heroma-inlogg

Hej Lars!

Nej, du ska aldrig lämna ut ditt lösenord, inte ens till lönekontoret. Bengt kan rätta tidrapporten med sin egen behörighet. Och eftersom du har skrivit ditt lösenord i ett mejl nu måste du byta det direkt – och gärna till ett som inte används någon annanstans.

/IT-säkerhet`),
  d(`Hej!

Följande beslut fattades vid LSS-gruppens ärendedragning 2026-03-10 (namn pseudonymiserade för mötesanteckningarna):

1. Person A: ansökan om daglig verksamhet – bifall.
2. Person B: ansökan om ledsagarservice – avslag, lämnas till utskott.
3. Person C: förlängning av kontaktperson – bifall.

Generellt: handläggningstiden är nu i snitt 62 dagar. Målet är 45.

/Gruppledare LSS`),
  d(`Hej Jonna,

Uppdatering om Kalle Nyström, 23: hans ansökan om bostad med särskild service för vuxna enligt 9 § 9 LSS har beviljats. Han har en måttlig intellektuell funktionsnedsättning och epilepsi, och flyttar in på Granbacken i maj. Kontaktperson är Lars.

/Handläggare Mikaela`, 'social', 'health'),
  d(`Från: Tolkförmedlingen Väst
Ämne: Bekräftelse på tolkbokning 2026-03-21

Hej,

Tolkbokning bekräftad:
Språk: somaliska
Datum: 21 mars kl 10.00–11.30
Plats: Socialkontoret, Storgatan 3
Tolk: nr 2241

Beställare: Socialförvaltningen, Familjerätten
Vid avbokning senare än 24 timmar före debiteras full avgift.`),
  d(`Hej Nils,

Vi behöver anpassa schemat för Yusuf. Han har berättat att han konverterat till kristendomen och han vill gå på gudstjänst söndagsförmiddagar i Equmeniakyrkan. Kan han få eftermiddagspass de söndagar han jobbar?

/Marita, samordnare hemtjänsten`, 'religion'),
  d(`Hej,

Förslag till dagordning för mötet med kyrkorna och trossamfunden om krisberedskap:

1. Roller vid kris – POSOM-gruppen
2. Samlingslokaler vid storolyckor
3. Kontaktlista till präster, imamer och rabbin
4. Övning hösten 2026

Mötet hålls 8 april kl 14 i kommunhuset.
/Beredskapssamordnaren`),
  d(`Hej Anna,

Avrapportering från handledningen med Rasmus (nyanställd socialsekreterare, 3 månader):

Rasmus har utvecklats mycket. Han behöver fortfarande stöd i att skriva bedömningar – de blir ofta för långa och saknar tydlig slutsats. I samtal med familjer är han lugn och respektfull. Han har två gånger missat att registrera åtgärder i tid.

Jag föreslår att vi fortsätter handledningen varannan vecka och gör en gemensam genomgång av hans utredningar inför 6-månadersavstämningen.

/Cecilia, handledare`, 'hr-assessment'),
  d(`Hej,

Vi behöver en bättre struktur för handledningen av nyanställda socialsekreterare. Förslag:
• Handledare utses före start.
• Handledningen följer en checklista (BBIC, utredningsmetodik, dokumentation, sekretess).
• Avstämning med chef efter 3 och 6 månader.

Vad tycker ni? Ta med synpunkter till gruppmötet.
/Enhetschefen`),
  d(`Hi Jenny,

Quick note before the board meeting: our new CFO, Marcus Lee, asked me to confirm his salary package in writing. As agreed: base salary 82 000 SEK per month, pension according to AKAP-KR, and a one-off relocation allowance of 40 000 SEK. No bonus. Could you draft the contract?

Thanks,
Robert (CEO, Västerby Energi AB)`, 'salary'),
  d(`Hi all,

Here's a short summary of the compensation policy discussion at the board meeting:

- The municipal companies follow the owner's guidelines: no variable pay or bonuses for executives.
- Salary levels for CEOs are set by the board's remuneration committee annually.
- Benchmarking against similar companies will be done by an external consultant.

Robert`),
  d(`Hej Mikael,

Tack för bra samtal i dag. Jag sammanfattar det vi sa om Johannas tidrapporter: vid granskningen har vi sett att hon vid sju tillfällen registrerat arbetstid då hon enligt passerloggen inte var på plats. Det kan vara misstag, men det kan också vara tidsfusk. Vi behöver ha ett utredande samtal med henne innan vi drar några slutsatser, och hon har rätt att ta med sig facklig företrädare.

/Malin, HR-konsult`, 'hr-assessment'),
  d(`Påminnelse – tidrapportering

Alla medarbetare ska rapportera sin arbetstid i Heroma senast den 3:e varje månad. Chef attesterar senast den 5:e. Felaktig tidrapportering kan leda till löneavdrag och i allvarliga fall arbetsrättsliga åtgärder.

Lönecenter`),
  d(`Hej Lisbeth!

Elevernas resultat från läsinventeringen i åk 2 (underlag till skolans analys, ej för spridning):

Av 24 elever når 17 förväntad nivå. 5 elever behöver intensifierat stöd: Alfred, Hedda, Isak, Nelly och Viggo. Alla fem har låga resultat på avkodning (under 20 ord/minut).

Specialläraren planerar läsgrupper från v.12.
/Katarina, klasslärare 2A`, 'grades'),
  d(`Hej!

Vi har fått skolans samlade resultat från läsinventeringen i åk 1–3. Andelen elever som når förväntad nivå är 78 % (förra året 74 %). Analysen presenteras på kompetensdagen. Inga individuella resultat redovisas där.

/Rektor`),
  d(`Från: Anders Nylund
Skickat: den 7 april 2026 10:22
Till: Sofia Berg
Kopia: Rekrytering
Ämne: VB: SV: SV: Kandidat till tjänsten som tolksamordnare

Hej Sofia,

Jag lämnar över rekryteringen till dig eftersom jag går på semester. Se tråden nedan – vi var överens om att kalla Dalia och Erik till en andra intervju. Referenserna är tagna.

Hälsningar
Anders

Från: Erik Wennberg (rekryteringsgruppen)
Skickat: den 6 april 2026 15:47
Till: Anders Nylund
Ämne: SV: SV: Kandidat till tjänsten som tolksamordnare

Jag håller med. Båda har rätt erfarenhet.

Från: Anders Nylund
Skickat: den 6 april 2026 11:03
Till: Erik Wennberg
Ämne: SV: Kandidat till tjänsten som tolksamordnare

Tack! Det jag gillade med Dalia är att hon själv är kurd från Erbil och har både sorani och kurmanji som modersmål, plus arabiska. Det är en styrka för oss i kontakten med tolkarna.

Från: Erik Wennberg
Skickat: den 5 april 2026 18:20
Till: Anders Nylund
Ämne: Kandidat till tjänsten som tolksamordnare

Hej, jag har gått igenom de 23 ansökningarna. Mitt förslag till intervjuer: Dalia Hassan, Erik Lundén, Maja Ström. Se bifogad matris.

--
Anders Nylund | HR-konsult | Norrstads kommun
Tänk på miljön innan du skriver ut detta mejl.`, 'ethnic-origin'),
  d(`Från: Anders Nylund
Skickat: den 7 april 2026 10:40
Till: Alla sökande
Ämne: Tjänsten som tolksamordnare – besked

Hej,

Tack för din ansökan till tjänsten som tolksamordnare i Norrstads kommun. Vi har fått in många kvalificerade ansökningar. Vi har nu valt ut de kandidater som går vidare till intervju och återkommer till övriga när tjänsten är tillsatt.

Meriterande för tjänsten var erfarenhet av tolkförmedling, kunskaper i flera språk och förståelse för olika kulturella sammanhang. Vi tar inte hänsyn till etnisk tillhörighet, religion eller liknande vid urvalet.

Vänliga hälsningar
Anders Nylund, HR-konsult

Dina personuppgifter hanteras enligt dataskyddsförordningen. Läs mer på norrstad.se/gdpr.`),
  d(`Veckosammanfattning – Ekonomienheten, vecka 14

Hej alla! Här är vad som hänt under veckan:

Bokslut & rapporter
- Årsredovisningen för 2025 är klar och lämnad till revisorerna.
- Månadsrapport mars skickas till KS på tisdag.

Personal
- Ny ekonom: Sara Jönsson börjar 21/4. Hon kommer från Skatteverket. Efter förhandling blev hennes ingångslön 38 200 kr, vilket är lite över vårt spann – Lennart har godkänt.
- Johan är föräldraledig från 1/5 till och med augusti.

System
- Uppgradering av Raindance helgen 18–19/4. Systemet är nere lördag–söndag.
- Nya attestregler: se intranätet.

Övrigt
- Fika fredag: Pernilla bakar.
- Påminnelse: sista dag att lämna in semesterönskemål är 15/4.

Trevlig helg!
/Lennart, ekonomichef`, 'salary'),
  d(`Veckosammanfattning – Ekonomienheten, vecka 15

Hej alla!

Bokslut & rapporter
- Revisorerna har påbörjat granskningen av årsredovisningen. Frågor kan komma till er direkt.
- Budgetprocessen 2027: ramarna beslutas i KS 22/4.

Personal
- Vi välkomnar Sara Jönsson på måndag 21/4! Hon sitter i rummet bredvid Pernilla.
- Lönerevisionen 2026: löneöversynen är klar och de nya lönerna gäller från 1 april. Individuella besked lämnas av Lennart nästa vecka.

System
- Raindance-uppgraderingen gick bra.

/Lennart`),
  d(`Kära medlemmar!

Nyhetsbrev från Vårdförbundet avdelning Västerland – april 2026

1. Löneavtalet: Nu är förhandlingarna klara. Genomsnittlig ökning 3,3 %.
2. Nya förtroendevalda: Vi välkomnar Helena Ödman (IVA, Västerlands sjukhus) som ny huvudskyddsombud och Farid Nouri (akuten) som arbetsplatsombud. Kontakta dem om du behöver stöd!
3. Utbildning: Kurs för skyddsombud 14–15 maj.
4. Medlemsförmåner: Inkomstförsäkringen – kolla att du har den.
5. Kalendarium: Årsmöte 22 maj kl 18 på Hotell Kronan.

Med vänliga hälsningar
Styrelsen
Vårdförbundet avd. Västerland

Du får detta mejl eftersom du är medlem i Vårdförbundet. Avregistrera dig via Mina sidor.`, 'trade-union'),
  d(`Protokoll – Barn- och elevhälsoteamet, Granbergsskolan
Datum: 2026-03-24, kl 13.00–15.00
Närvarande: rektor Lena Falk, skolsköterska Eva, kurator Malik, specialpedagog Britt, psykolog Anna (del av mötet)

§ 1 Föregående protokoll
Genomgick och lades till handlingarna.

§ 2 Rutiner
Ny rutin för frånvarouppföljning: vid 10 % frånvaro under en månad kontaktar mentor hemmet, vid 15 % tas ärendet upp i EHT. Rutinen gäller från 1 april.

§ 3 Individärenden
Individärenden dokumenteras i separat protokoll i Prorenata och omfattas av sekretess enligt 23 kap. 2 § OSL respektive 25 kap. 1 § OSL för elevhälsans medicinska, psykologiska och psykosociala insats.

§ 4 Elevhälsoplan
Britt presenterade utkast till ny elevhälsoplan. Synpunkter till Britt senast 10/4.

§ 5 Övrigt
Skolsköterskan informerar om att HPV-vaccinationen i åk 5 genomförts.

Nästa möte: 2026-04-21
Vid protokollet: Malik`),
  d(`Separat protokoll – individärenden EHT Granbergsskolan 2026-03-24
OMFATTAS AV SEKRETESS – 23 kap. 2 § OSL och 25 kap. 1 § OSL

Ärende 1: Nova, 6A. Frånvaro 22 % i mars. Vid hälsosamtal har Nova berättat om magont och oro. Remiss till vårdcentralen skickad med vårdnadshavares samtycke. Åtgärd: anpassat schema, kuratorssamtal varje vecka.

Ärende 2: Ludvig, 9B. Betyg F i matematik och engelska hittills. Utredning om särskilt stöd inleds. Specialpedagog ansvarar.

Ärende 3: Sami, 7C. Psykologen redovisar resultat av kognitiv utredning – generellt låg begåvningsnivå. Diskussion om mottagande i anpassad grundskola påbörjas med vårdnadshavare.

Nästa uppföljning: 2026-04-21`, 'secrecy', 'grades', 'health'),
  d(`From: Julia Svensson
Sent: Thursday, 26 March 2026 09:14
To: Finance – accounts payable
Subject: FW: Honorarium for keynote speaker

Hi,

Forwarding the details from our keynote speaker at the climate conference. Could you please arrange the payment of the honorarium (EUR 1 500)?

Thanks,
Julia

From: Prof. Henrik van Dijk
Sent: Wednesday, 25 March 2026 20:31
To: Julia Svensson
Subject: Re: Honorarium for keynote speaker

Dear Julia,

It was a pleasure to speak at your conference. Please transfer the honorarium to my personal account:

Account holder: H. van Dijk
IBAN: NL42 RABO 0318 7724 51
BIC: RABONL2U

With best regards,
Henrik van Dijk

> Dear Professor van Dijk, thank you again for your keynote. Could you send us your bank details for the honorarium?`, 'bank-account'),
  d(`From: Accounts payable
Sent: Thursday, 26 March 2026 11:02
To: Julia Svensson
Subject: RE: FW: Honorarium for keynote speaker

Hi Julia,

Thanks, we'll handle it. Just a reminder for next time: foreign payees should register their bank details through the supplier portal rather than by e-mail, as we need to verify them against fraud. Payments abroad are made once a week, on Tuesdays.

Also, honoraria to individuals are subject to special income tax for non-residents (SINK, 20 %) unless a certificate is provided.

Best regards,
Accounts payable`),
  d(`[Teams-chatt, "Fritidsgården Spiran", export]

2026-02-13 16:02 Amanda: ska vi köra temakväll om kärlek på alla hjärtans dag?
2026-02-13 16:05 Leo: ja! kan bli bra. tänk på att inte utgå från att alla är straight
2026-02-13 16:06 Amanda: absolut. RFSL Ungdom kan komma och prata
2026-02-13 16:10 Leo: fråga Emir om han vill hjälpa till, han är ju öppet bög och har pratat om det med ungdomarna innan
2026-02-13 16:11 Amanda: har han sagt ok att vi säger det till andra? jag vill inte att det blir konstigt
2026-02-13 16:12 Leo: ja han pratar om det själv hela tiden, men du har rätt, jag frågar honom
2026-02-13 16:20 Amanda: 👍 sen behöver vi handla chips också`, 'sex-life'),
  d(`Minnesanteckningar, nätverksträff HBTQ-frågor i kommunen, 2026-03-02

Deltagare: representanter från fritid, skola, socialtjänst, äldreomsorg

1. Regnbågsfika på biblioteket – fortsätter en gång i månaden.
2. Äldreomsorg: utbildning om HBTQ-personers behov i äldreboenden startar i höst.
3. Enkät till ungdomar om trygghet – Ungdomsbarometern visar att HBTQ-ungdomar känner sig mindre trygga i skolan än andra.
4. Pride 2026: kommunen deltar, Vision och Kommunal går med sina fanor.

Nästa träff: 4 maj.`),
  d(`Utdrag ur journal – Kvinnojouren Hjärtat (delges socialtjänsten med samtycke)

2026-02-15
Klienten (Jasmina, 34) kom till jouren med sina två barn efter att maken slagit henne. Polisanmälan gjord samma kväll. Hon har ansökt om skyddad folkbokföring och Skatteverket har beviljat sekretessmarkering i väntan på beslut.

2026-02-20
Jasmina har fått lägenhet via socialtjänsten i annan kommun. Hon har fått beviljat ekonomiskt bistånd för första månaden. Skolplacering för barnen ordnas av socialtjänsten.

2026-02-28
Maken har gripits och är häktad misstänkt för grov kvinnofridskränkning.

Handläggare: Ingela`, 'protected-identity', 'social', 'criminal-record'),
  d(`Hej alla kollegor,

Vi på kvinnojouren har fått frågor om hur vi samarbetar med socialtjänsten. Några svar:

• Vi delar uppgifter om enskilda bara med samtycke.
• Polisanmälan görs av den utsatta själv, men vi stöttar.
• Vi hjälper till med ansökan om skyddad folkbokföring och kontakt med Skatteverket.
• Jourlägenheterna är hemliga – adresser lämnas aldrig ut.

Tack för ett gott samarbete!
/Kvinnojouren Hjärtat`),
  d(`Ärende #INC-24719 har uppdaterats

Kategori: Behörighet / Passersystem
Anmälare: Joel Hansson (Räddningstjänsten)
Prioritet: 2 – Hög

Beskrivning (2026-03-03 06:44):
Stationens nya passersystem med irisskanner släpper inte in mig. Jag registrerade ögonen i fredags men det verkar inte ha sparats. Behöver komma in i fordonshallen innan 07.00 när skiftet börjar!

Kommentar servicedesk (2026-03-03 06:58):
Din irismall saknas i databasen, troligen avbrott vid synkning. Vi har skickat en tekniker som registrerar om dig på plats. Tills vidare har vakthavande brandmästare släppt in dig manuellt.

Status: Pågår`, 'biometric'),
  d(`Information till personal på Räddningstjänsten

Från 1 mars används ett nytt passersystem på stationerna. Det bygger på irisigenkänning kombinerat med passerkort. Registrering av iris är frivillig – den som inte vill registrera sig får ett passerkort med PIN-kod istället.

Irismallarna lagras lokalt och raderas när anställningen upphör. DPIA har gjorts och godkänts av dataskyddsombudet.

Frågor? Kontakta säkerhetssamordnaren.`),
  d(`Hej Maria,

En sak till inför ditt möte med Ingemar nästa vecka. Han blev vald till ordförande för Socialdemokraternas arbetarekommun i Storby i helgen. Det påverkar inget i hans jobb hos oss, men han har frågat om ledighet för politiska uppdrag enligt kommunallagen, främst måndagskvällar och några dagar i samband med partikongressen. Han behöver svar senast den 20:e.

/Bengt, HR`, 'political-opinion'),
  d(`Hej!

Inför valet: Vi har fått frågor om huruvida anställda får ha politiska uppdrag. Svaret är ja. Anställda i kommunen kan ha förtroendeuppdrag, även i den egna kommunen, men kan i vissa fall bli jäviga i ärenden. Ledighet för politiska uppdrag ska beviljas enligt 4 kap. kommunallagen.

Frågor om jäv: vänd er till kommunjuristen.

/HR`),
  d(`Minnesanteckningar från möte med Romska rådet, 2026-02-19

Närvarande: fyra representanter från rådet, kommunens minoritetssamordnare och två tjänstepersoner från utbildningsförvaltningen.

1. Brobyggare i skolan: Nuvarande brobyggare, Mirella, går i pension i juni. Rådet föreslår en ersättare.
2. Diskriminering i bostadsfrågor: Rådet tar upp att romska familjer upplever att de nekas hyreskontrakt. Kommunen lovar att lyfta frågan med det kommunala bostadsbolaget.
3. Romska nationaldagen 8 april – firande på torget.
4. Kulturmedel: ansökan om bidrag till romsk musikfestival.

Nästa möte: 14 maj.`),
  d(`Hej Mirella,

Tack för att du ställer upp som brobyggare i familjen Nikolić:s ärende. Familjen är romer och har flyttat hit från Malmö i december. De har tre barn som inte har gått i skolan på över ett år. Mamman har bett att du är med på mötet med rektor, eftersom hon inte litar på myndigheter efter erfarenheterna i förra kommunen.

Mötet är på tisdag kl 10 på Västerskolan.

/Hanna, kurator`, 'ethnic-origin', 'grades'),
  d(`Hej,

Jag har fått frågor från flera handläggare om hur vi ska skriva om religion i utredningar. Riktlinjen är:
• Skriv bara om religion om det är relevant för ärendet och den enskilde själv tagit upp det.
• Använd den enskildes egna ord.
• Spekulera inte.

Detta gäller även etnicitet och politisk uppfattning. Se dokumentationsriktlinjen på intranätet.

/Kvalitetsutvecklare, socialförvaltningen`),
  d(`Hej Lejla,

Till utredningen om Emina och Adnan: mamman har uttryckt att det är viktigt att barnen får fortsätta i koranskolan på lördagar om de placeras, och att familjehemmet respekterar att de inte äter fläsk. Hon vill gärna att de placeras hos en muslimsk familj. Jag har skrivit in det i utredningen eftersom hon tog upp det själv och det rör barnens behov.

/Selma, socialsekreterare`, 'religion', 'social'),
  d(`From: IT Security
Sent: 1 April 2026 08:00
To: All staff
Subject: Phishing alert – fake salary e-mails

Dear colleagues,

We are seeing a wave of phishing e-mails that look like they come from the payroll system. They ask you to "confirm your bank account for the April salary" by logging in on a fake page.

Remember:
- Payroll never asks you to confirm bank details by e-mail.
- Never enter your password on a page you reached through a link in an e-mail.
- If you already did, change your password immediately and call the service desk.

Stay safe,
IT Security`),
  d(`Hej servicedesk,

Jag tror att jag har blivit lurad. Jag fick ett mejl om att bekräfta mitt lönekonto och klickade på länken. Jag skrev in mitt användarnamn (kajsa.ljung) och lösenord (Rosor&Tulpaner7) och sedan kontonumret till mitt Nordea-konto: 3300 860412 7733. Sen fattade jag att det var fel sida. Vad ska jag göra nu?

/Kajsa, biblioteket`, 'credentials', 'bank-account'),
  d(`SV: Misstänkt nätfiske

Hej Kajsa,

Bra att du hörde av dig direkt. Vi har spärrat ditt konto och skickat ett nytt tillfälligt lösenord till din mobil. Kontakta också Nordea och be dem bevaka kontot. Ta inte med kontonumret eller lösenordet i fler mejl – vi har raderat ditt ursprungliga meddelande från ärendet.

/Servicedesk`),
  d(`Hej Hillevi!

Här kommer dagboken från min första månad som lärarvikarie på Norrskolan (för mentorsprogrammet):

Vecka 1: Introduktion, lärde mig Schoolsoft. Förvirrande.
Vecka 2: Hade 8C i engelska. De är livliga men trevliga.
Vecka 3: Sjukdom i personalgruppen, jag täckte upp mycket.
Vecka 4: Fick mitt första utvecklingssamtal med rektor – hon tyckte jag var bra på relationer men behöver bli tydligare med strukturen i lektionerna. Hon vill se en plan till nästa avstämning.

Jag trivs!
/Kevin`, 'hr-assessment'),
  d(`Hej alla handledare i mentorsprogrammet,

Programmet för nya lärare startar om i augusti. Varje ny lärare får en mentor under första året. Träffar sker en gång i månaden. Mentorn ska inte bedöma adepten – bedömning görs av rektor.

Nya mentorer får en utbildningsdag den 18 augusti.

/Utvecklingsledare`),
  d(`Från: Familjerätten
Skickat: 11 mars 2026 14:33
Till: Tingsrätten, mål T 1287-26
Ämne: Vårdnadsutredning – komplettering

Hej,

Som komplettering till vårdnadsutredningen i mål T 1287-26 bifogas utdrag ur belastningsregistret för fadern, Daniel Ek, som visar två domar för ringa narkotikabrott (2022 och 2024) samt ett föreläggande om ordningsbot. Uppgifterna har betydelse för riskbedömningen enligt 6 kap. 2 a § FB.

Utredningen omfattas av sekretess enligt 26 kap. 1 § OSL.

Familjerättssekreterare Maria Selin`, 'criminal-record', 'secrecy', 'social'),
  d(`Hej,

En fråga till juristen: när vi gör vårdnadsutredningar, får vi alltid begära utdrag ur belastningsregistret för båda föräldrarna? Och måste vi redovisa allt i utredningen eller bara det som är relevant?

Tack på förhand,
Nyanställd familjerättssekreterare`),
  d(`SV: Belastningsregister i vårdnadsutredningar

Hej!

Ja, familjerätten har rätt att hämta uppgifter ur belastningsregistret enligt förordningen om belastningsregister när det behövs för en vårdnadsutredning. Redovisa det som är relevant för riskbedömningen. Uppgifterna hanteras med sekretess enligt 26 kap. 1 § OSL.

/Kommunjuristen`),
  d(`Från: Per-Olof Eriksson
Skickat: den 30 mars 2026 17:12
Till: Karin Wallgren
Ämne: SV: Sjukfrånvaro Q1 – sammanställning till ledningsgruppen

Hej Karin,

Tack, sammanställningen ser bra ut. Jag har två kommentarer:

1. Ta bort kolumnen med namn innan det går till ledningsgruppen – de ska bara se siffror per enhet.
2. Kommentaren om Hemtjänst Syd bör formuleras om. Det räcker att skriva att den höga korttidsfrånvaron delvis förklaras av influensa i februari.

/P-O

> Från: Karin Wallgren
> Skickat: den 30 mars 2026 15:40
> Ämne: Sjukfrånvaro Q1 – sammanställning till ledningsgruppen
>
> Hej P-O, här kommer sjukfrånvarostatistiken för Q1:
> Hemtjänst Syd 9,8 %, Hemtjänst Norr 7,1 %, Särskilt boende 8,4 %, Administration 3,2 %.
> Hemtjänst Syd sticker ut. Tre långtidssjukskrivningar där: Anneli (utmattning), Roger (höftoperation) och Zeynep (graviditetskomplikationer).
> /Karin`, 'health'),
  d(`Till ledningsgruppen, vård och omsorg

Sjukfrånvaro Q1 2026

Hemtjänst Syd: 9,8 %
Hemtjänst Norr: 7,1 %
Särskilt boende: 8,4 %
Administration: 3,2 %
Totalt: 7,6 % (Q1 2025: 8,0 %)

Kommentar: Den höga korttidsfrånvaron i Hemtjänst Syd förklaras delvis av influensan i februari. Andelen långtidssjukskrivna (>60 dagar) är oförändrad. HR följer upp med berörda chefer.

/Karin Wallgren, HR-strateg`),
  d(`Hej Elvira,

Jag skriver för att du ska veta varför jag varit så frånvarande på sistone. Min son Theo har fått en plats på ett behandlingshem i Småland via socialtjänsten – han har haft problem med droger i ett år nu och socialtjänsten beslutade om vård enligt LVU i februari. Det har varit otroligt tungt. Jag går i samtal hos en terapeut via företagshälsovården.

Tack för att du har haft tålamod.
/Monica`, 'social', 'health'),
  d(`Hej allihopa!

Här kommer anteckningarna från föräldrautbildningen "Prata med tonåringar om droger" som skolan och socialtjänsten ordnade i går:

• Tecken att vara uppmärksam på: förändrat umgänge, sömnproblem, pengar som försvinner.
• Vart vänder man sig? Mini-Maria, ungdomsmottagningen, socialtjänstens öppenvård.
• Socialtjänsten kan erbjuda stöd frivilligt – LVU används bara i undantagsfall.

Tack till alla som kom!
/Föräldraföreningen`),
  d(`Från: Karolina Dahl
Skickat: 19 mars 2026 08:12
Till: Studieförbundet Vuxenskolan
Ämne: Kursdeltagare

Hej,

Jag vill bara upplysa om att en av deltagarna i er kurs i svenska för nyanlända, Abdullahi Osman, har ett LSS-beslut om ledsagare. Ledsagaren (Fredrik) kommer att följa med honom till lektionerna från och med nästa vecka. Abdullahi har en hörselnedsättning och behöver sitta längst fram.

Vänliga hälsningar
Karolina Dahl, LSS-handläggare`, 'social', 'health'),
  d(`Kurskatalog våren 2026 – Studieförbundet Vuxenskolan

• Svenska för nyanlända – nivå 1–3, tisdagar och torsdagar
• Teckenspråk för nybörjare
• Matlagning från Syrien och Libanon
• Cirkel om privatekonomi – budget, bank och BankID
• Släktforskning och DNA-släktforskning – vad kan man lära sig?
• Körsång

Anmälan via hemsidan. Kurserna är tillgängliga för personer med ledsagare.`),
  d(`Hej Hampus,

Feedback från kursen Släktforskning som jag gick i höstas: jag gjorde ett DNA-test hos MyHeritage och det visade sig att jag har släkt i Tornedalen – pappas mormor var tornedaling och talade meänkieli, vilket ingen i familjen visste. Jag har nu börjat lära mig språket. Kanske kul att berätta för nästa kursgrupp, om du vill?

/Lennart`, 'genetic', 'ethnic-origin'),
  d(`Från: Magnus Hedlund
Skickat: 17 februari 2026 23:14
Till: Rektor Björkskolan
Ämne: Min dotter

Hej.

Jag är förbannad. Min dotter Clara har blivit utsatt för kränkningar i flera veckor och ingen på skolan har gjort något. Hon kommer hem och gråter. I dag fick hon veta att hon har fått F i idrott för att hon inte vill byta om inför de andra. Hon har mycket frånvaro i idrotten, men det är ju för att hon blir retad!

Jag vill ha ett möte så fort som möjligt.

Magnus Hedlund`, 'grades'),
  d(`Från: Rektor Björkskolan
Skickat: 18 februari 2026 07:55
Till: Magnus Hedlund
Ämne: SV: Min dotter

Hej Magnus,

Tack för att du hör av dig, och jag förstår att du är upprörd. Jag har startat en utredning om kränkande behandling enligt skollagen och anmält till huvudmannen. Vi kan träffas torsdag kl 15.

Vänliga hälsningar
Annika Sjöberg, rektor

> Jag är förbannad. Min dotter Clara har blivit utsatt för kränkningar i flera veckor...`),
  d(`Hej,

Sammanfattning av min inloggning till den nya rapportportalen för kommunens statistik, som jag lovat att dela med gruppen tills vi har fått personliga konton:

Adress: https://statistik.vallby.se
Användare: rapport-gemensam
Lösenord: Q7r!vLm2_Stat

Snälla, vidarebefordra inte utanför gruppen.

/Anna, utredare`, 'credentials'),
  d(`Policy för delade konton (gäller från 1 maj 2026)

1. Delade konton får bara användas när personliga konton inte är möjliga.
2. Lösenordet lagras i lösenordshanteraren och delas aldrig via e-post, chatt eller sms.
3. Kontot ska ha en utsedd ansvarig.
4. Lösenordet byts när någon lämnar gruppen.

IT-avdelningen`),
  d(`Minnesanteckningar – Lönegruppens möte 2026-02-03

1. Avstämning lönerevision 2026: utfallet hittills 3,2 %.
2. Individärenden:
   a) Erika Lind, sjuksköterska avd 4: begär omprövning av nya lönen (44 100 kr), anser att hennes specialistutbildning inte beaktats. Vårdförbundet har begärt förhandling.
   b) Timlöner för sommarvikarier: 155 kr/h för outbildade, 175 kr/h för undersköterskor.
3. Nästa möte: 17/2.`, 'salary', 'trade-union'),
  d(`Hej HR,

Jag är skolkurator och undrar om det finns något förbundsavtal eller rekommendation om lönenivåer för skolkuratorer? Jag har fått frågan från vår rektor inför en nyrekrytering. Vilket förbund brukar kuratorer tillhöra – Akademikerförbundet SSR eller Vision?

/Petra`),
  d(`Hej Petra,

Skolkuratorer organiseras oftast av Akademikerförbundet SSR, men en del är med i Vision. Lönestatistik för yrket finns hos SCB och förbunden; medianlönen i kommunsektorn ligger kring 38 000 kr. Vi följer vår lönepolicy och lönekriterier vid nyrekrytering.

/HR

> Jag är skolkurator och undrar om det finns något förbundsavtal eller rekommendation om lönenivåer...`),
  d(`Hej Janne!

Gällande nattpersonalen på Ekhagen: Rebecka har framfört att hon känner sig illa behandlad av Sture som jobbar på samma pass. Hon säger att han kallar henne "mammaledig-slacker" och att han gjort kommentarer om hennes kropp. Jag har pratat med Sture och han förnekar. Vi behöver göra en utredning om kränkande särbehandling och jag vill att du som HR är med.

/Anette, enhetschef`, 'hr-assessment'),
  d(`Hej chefer,

Påminnelse: Vid misstanke om kränkande särbehandling eller trakasserier ska chefen skyndsamt utreda. Använd mallen "Utredning av kränkande särbehandling" på intranätet. Ta kontakt med HR innan samtal med de berörda. Den som blir utredd har rätt att ta med facklig företrädare.

Utbildning för nya chefer i AFS 2015:4 ges 16 maj.

/HR-avdelningen`),
  d(`Ärende #HR-4471 – Uppdaterat i Heroma

Medarbetare: Tobias Lund (anst.nr 40812)
Ärendetyp: Ändring av sysselsättningsgrad
Ny sysselsättningsgrad: 75 % från 2026-04-01
Orsak: Partiell sjukersättning beviljad av Försäkringskassan (25 %)
Ny månadslön: 25 650 kr (från 34 200 kr vid heltid)

Beslut fattat av: enhetschef Lotta Berg

Detta är ett automatiskt meddelande från Heroma.`, 'health', 'salary'),
  d(`Ärende #HR-4480 – Uppdaterat i Heroma

Ärendetyp: Ändrad organisationstillhörighet
Enhet: Kostenheten flyttas från Serviceförvaltningen till Kultur- och fritidsförvaltningen
Gäller från: 2026-05-01
Berörda medarbetare: 34

Kostnadsställen uppdateras automatiskt. Attestanter ses över av ekonomienheten.

Detta är ett automatiskt meddelande från Heroma.`),
  d(`Hi Sara,

Thank you for the lovely dinner on Saturday! A small thing – you asked about Ravi, the new PhD student in our group. Yes, he's Tamil from Sri Lanka originally, grew up in Toronto. He's very happy to talk about it, so don't worry about asking. He's also vegetarian for religious reasons (he's Hindu), so keep that in mind for the department party.

See you Monday!
Emma`, 'ethnic-origin', 'religion'),
  d(`Dear all,

The department party will be on 15 May at 18:00 in the atrium. Food will be catered by Tamarind – vegetarian, vegan, halal and gluten-free options are available. Please register your dietary needs in the form by 5 May. No need to give a reason.

Looking forward to seeing you there!
Party committee`),
  d(`Hej,

Inför sammanträdet med socialnämndens individutskott 2026-04-08:

Ärende 1: Ansökan om bistånd i form av boende, vuxen man, 45 år (diarienr SN 2026/312). Handlingar sekretessbelagda enligt 26 kap. 1 § OSL – delas ut på mötet.
Ärende 2: Övervägande om fortsatt vård enligt LVU, pojke 14 år. Handlingar enligt ovan.
Ärende 3: Information om ny rutin för orosanmälningar.

Handlingarna i ärende 1–2 får inte tas med från sammanträdet.

/Nämndsekreterare`, 'secrecy', 'social'),
  d(`Ur Socialnämndens arbetsordning

§ 12 Sekretess
Ledamöter och ersättare har tystnadsplikt för uppgifter som omfattas av sekretess enligt offentlighets- och sekretesslagen. Handlingar i individärenden delas ut vid sammanträdet och samlas in efter mötet.

§ 13 Jäv
Ledamot som är jävig i ett ärende ska anmäla detta och lämna lokalen under behandlingen.`),
  d(`[SMS-konversation, utskrift bifogad till avvikelserapport]

Mån 06:44 Ulla (undersköterska): Hej Kicki, Berit på rum 12 har ramlat i natt, nattpersonalen hittade henne på golvet kl 04. Hon har ont i höften
Mån 06:45 Kicki (sjuksköterska): Ok kommer om 10 min. Har någon gett henne något?
Mån 06:46 Ulla: Alvedon 1 g kl 05
Mån 07:30 Kicki: Ambulans beställd, misstänkt höftfraktur. Anhöriga kontaktade
Mån 07:31 Ulla: 😢 ok
Mån 12:10 Kicki: Berit opererad, höftfraktur bekräftad`, 'health'),
  d(`Rutin för fallprevention – Särskilt boende

1. Alla nyinflyttade riskbedöms med Downton Fall Risk Index.
2. Fall ska alltid rapporteras som avvikelse i Lex Sarah-systemet inom 24 timmar.
3. Sjuksköterska bedömer den boende efter fall.
4. Vid misstanke om fraktur – ring 112.

Reviderad 2026-01-15. Medicinskt ansvarig sjuksköterska.`),
  d(`Hej Kristian,

Tack för bra samtal i dag. Jag vill bara bekräfta det vi sa: jag kommer att sluta hos er den 30 juni. Jag har fått en tjänst i Norge. Skälet är främst lönen – där får jag 58 000 NOK i månaden mot 36 900 kr här. Det känns tråkigt men det går inte att säga nej till.

Vänliga hälsningar
Madeleine`, 'salary'),
  d(`Exit-enkät – sammanställning 2025

Antal svarande: 47 av 62 som slutat.
Vanligaste skäl till att sluta:
1. Lön (38 %)
2. Arbetsmiljö/arbetsbelastning (26 %)
3. Flytt (15 %)
4. Utvecklingsmöjligheter (12 %)

Förslag till åtgärder presenteras på personalutskottet i maj.
/HR-strateg`),
  d(`Från: Skolsköterska Gunn
Skickat: 2 mars 2026
Till: Idrottslärare Patrik
Ämne: Elev i 8A – idrott

Hej Patrik,

Vill informera dig om att Linnéa i 8A har en hjärtsjukdom (långt QT-syndrom) och inte får delta i maxpuls-träning eller tävlingslopp. Hennes kardiolog har skrivit ett intyg. Hon får gärna delta i annat. Kan du göra anpassningar så att hon ändå kan nå kunskapskraven?

Kardiologen nämnde också att syndromet är ärftligt och att genetisk testning visat samma mutation hos pappan.

/Gunn`, 'health', 'genetic'),
  d(`Från: Säkerhetsenheten
Skickat: 9 april 2026 13:30
Till: Johan Persson
Kopia: Dataskyddsombudet
Ämne: SV: Begäran om radering – passerloggar och ansiktsbild

Hej Johan,

Vi har nu gått igenom din begäran enligt artikel 17 GDPR. Resultat:

1. Passerloggar för ditt kort (nr 0048812) 2023–2025: gallras enligt dokumenthanteringsplanen efter 12 månader; loggar äldre än april 2025 finns inte kvar.
2. Ansiktsmallen som skapades när du registrerade dig i det nya besökssystemet i januari har raderats i dag. Fotot på ditt passerkort ligger kvar så länge du är anställd.
3. Fingeravtrycket du lämnade vid testet av läkemedelsskåpet 2024 fanns fortfarande kvar i skåpets databas – det har nu raderats.

Vi beklagar att det sistnämnda inte gjordes tidigare.

Med vänlig hälsning
Säkerhetsenheten

> Från: Johan Persson
> Skickat: 2 april 2026
> Jag begär att alla biometriska uppgifter och loggar om mig raderas.`, 'biometric'),
  d(`Dataskyddsombudets årsrapport 2025 – sammanfattning

• Antal registerutdrag enligt artikel 15: 38
• Antal raderingsbegäranden: 11, varav 3 gällde biometriska uppgifter i passersystem
• Personuppgiftsincidenter: 64, varav 41 felskickade e-post
• Tillsyn: IMY har inte inlett någon tillsyn mot kommunen under året
• Rekommendationer 2026: inventera alla system som behandlar biometriska uppgifter, säkerställ krypterad e-post för känsliga personuppgifter, utbilda chefer i artikel 9-uppgifter.

Rapporten i sin helhet presenteras för KS 14/4.`),
  d(`[Teams-export, "Rekrytering socialsekreterare"]

2026-03-18 09:02 Lina: vi kan inte kalla Samuel till intervju på onsdag, han har berättat att han är hörselskadad och behöver teckenspråkstolk. jag bokar till torsdag istället
2026-03-18 09:04 Omar: ok bra, boka tolken via tolkcentralen
2026-03-18 09:10 Lina: gjort. och Elsa har dragit tillbaka sin ansökan
2026-03-18 09:11 Omar: tråkigt. då har vi tre kvar
2026-03-18 09:30 Lina: vill du ha CV:na inför mötet?
2026-03-18 09:31 Omar: ja tack`, 'health'),
  d(`Hej Ingela,

Jag behöver ditt stöd i en känslig sak. Vår undersköterska Nadia har berättat att hennes exman, som är dömd för grov fridskränkning mot henne, har släppts från fängelset. Hon har fått skyddad folkbokföring och vill inte att hennes namn står på schemat som sitter uppe i personalrummet eller på hemsidan. Hon vill också byta arbetsplats till en annan enhet om det går.

Kan vi ta det i morgon?

/Petter, enhetschef`, 'protected-identity', 'criminal-record'),
  d(`Hej alla enhetschefer,

Rutin: Om en medarbetare berättar att hen har skyddade personuppgifter:
1. Kontakta HR som registrerar skyddet i Heroma.
2. Medarbetarens namn tas bort från scheman som sätts upp, hemsidan och telefonlistor.
3. Bilder på medarbetaren publiceras inte.
4. Säkerhetssamordnaren gör en riskbedömning för arbetsplatsen.

Rutinen finns även på intranätet.
/HR`),
  d(`Kära Hemtjänst Öst,

Här kommer sammanfattning av veckan, v. 16:

Måndag: Ny brukare på Lärkvägen, insatser morgon och kväll.
Tisdag: Ekbacken – brandlarmet testades.
Onsdag: Anna-Lena slutade efter 22 år. Tack för allt!
Torsdag: Teamträff – nya rutiner för läkemedelsdelegering.
Fredag: Personalfest!

Nästa vecka: Medarbetarsamtal för de som inte hunnit. Bokas med mig.

/Marie, samordnare`),
  d(`Hej Marie,

Tack för sammanfattningen. En sak om den nya brukaren på Lärkvägen, Herbert Sandin: han har rätt nyligen fått diagnosen Parkinson och är mycket orolig. Han har beviljats hemtjänst för personlig omvårdnad och tillsyn från 14/4 enligt biståndsbeslutet. Hans dotter vill bli uppringd om något händer – numret finns i genomförandeplanen.

/Sanna, biståndshandläggare`, 'health', 'social'),
  d(`Hi Anna,

I just wanted to say thank you for being so supportive last week. As you know I started my transition this winter and I'm now on hormone treatment. It's meant a lot to me that the team used my new name, Lucas, from day one without making a big deal of it.

I'll be away for a medical appointment on 22 May – I'll put it in the calendar.

All the best,
Lucas`, 'sex-life', 'health'),
  d(`From: HR Nordic
Sent: 2 May 2026
To: All managers
Subject: Supporting trans and non-binary colleagues – new guidance

Dear managers,

We have published new guidance on supporting colleagues who transition at work. Key points:

- Use the name and pronouns the colleague asks for.
- Update systems (e-mail, badge, HR system) promptly on request.
- Keep information about a colleague's gender identity and medical treatment confidential.
- Contact HR for advice.

The guidance is on the intranet under Inclusion.

HR Nordic`),
  d(`Från: Emelie Strand
Skickat: 3 februari 2026 12:48
Till: Inköp
Ämne: Betalning av kursavgift

Hej!

Kursarrangören tar bara kortbetalning och vårt inköpskort är på väg. Jag har betalat med mitt privata kort, men de behöver uppgifterna igen för att göra återbetalningen av momsen:

Kortnummer: 2221 3866 5271 9594
Giltigt till: 10/28

Kan ni ta kontakt med dem? Jag vill inte skicka uppgifterna till dem en gång till.

Mvh Emelie`, 'payment-card'),
  d(`Hej Emelie,

Vi har kontaktat kursarrangören och de sköter återbetalningen direkt till kortet de har registrerat. Vi har raderat ditt mejl med kortuppgifterna ur inkorgen och papperskorgen. Framöver: använd inköpskortet eller be om faktura.

/Inköp`),
  d(`Hej alla kollegor på bibliotek och kulturhus,

Kassasystemet i kafeterian har uppdaterats. Det tar nu emot kontaktlösa kort, Swish och presentkort. Kortterminalen sparar aldrig kortnummer. Om en besökare vill betala med kort via telefon – säg nej, vi tar inte emot kortnummer muntligt.

Vid problem med terminalen: ring Nets support.

/Kulturhuschefen`),
  d(`Hej!

Efter telefonsamtalet i förmiddags: Leif Strömberg på Solvägen 7 (hemtjänstbrukare) berättade att han råkat lämna ut sitt kortnummer till någon som ringde och påstod sig vara från banken. Han läste upp hela numret för mig också: 4571 3650 1184 2207, 05/27. Jag har hjälpt honom ringa spärrtjänsten och kortet är nu spärrat. Han har även polisanmält.

Kan någon följa upp med honom i morgon? Han var väldigt skakad.

/Tiina, hemtjänst`, 'payment-card', 'social'),
  d(`Information till hemtjänstens personal: Bedrägerier mot äldre

Vi ser en ökning av telefonbedrägerier mot äldre. Vanliga trick:
• Någon ringer och säger sig vara från banken eller polisen.
• De ber om kortnummer, kod eller BankID.

Om en brukare berättar att hen blivit lurad: hjälp till att ringa banken och spärra kort, och hjälp till med polisanmälan. Rapportera i avvikelsesystemet.

Trygghetsgruppen`),
  d(`Hej Klara,

Referat från dagens möte med rektorerna om frånvaro:

1. Nya siffror: andelen elever med mer än 15 % frånvaro är 11 % i åk 7–9.
2. Två skolor har testat tidig kontakt med hemmet redan vid första ogiltiga frånvaron – det har gett effekt.
3. Förslag: kommungemensam rutin för hemmasittare.
4. Elevhälsan behöver mer resurser.

Inga enskilda elever diskuterades.
/Utvecklingsledare`),
  d(`Hej Klara,

Om Vincent i 8B (som du bad mig kolla): han har 34 % frånvaro hittills i år, mest hela dagar. Senaste gången han var i skolan var 12 mars. Han har F i fem ämnen enligt terminsprognosen. Mamma säger att han "inte mår bra" och sitter på rummet. Vi har gjort en orosanmälan till socialtjänsten.

/Mentor 8B`, 'grades', 'social'),
];
