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
§3 Arbetsmiljö – Ljudnivån i matsalen tas upp igen. Skyddsombud Leif skickar in en anmälan om ljuddämpande plattor.
§4 Fackliga frågor – Leif informerade om att Kommunal har medlemsmöte 5/3. Alla intresserade välkomna.
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

/Annika`),
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
];
