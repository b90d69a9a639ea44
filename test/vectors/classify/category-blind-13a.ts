/**
 * Category blind set 13a — BLIND. Written in session 8 by a corpus-writer agent from the labelling guide
 * (/tmp/label-guide.md) alone, without reading the classifier, its training data or any other corpus.
 * Never to be used for training, tuning or keyword mining; it is scored once, by the lead.
 *
 * Style: SHORT texts, from one line to about eight lines — single e-mail bodies, subject-like one-liners,
 * chat messages, notes, replies, reminders and forwarded snippets; mostly Swedish, about a fifth English;
 * many voices and registers (case-note formal, sloppy chat, HR system mails, school messages). Many
 * documents are unlabelled hard negatives that use the same vocabulary as the positives.
 *
 * All names, numbers, codes and details are invented; no real people, no personnummer.
 */
import type { CategoryType } from '../../../src/core/classify/types.js';
import type { LabelledDocument } from './category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const CATEGORY_BLIND_13A: readonly LabelledDocument[] = [
  // --- batch 1 ---
  d(`Hej! Lisa är sjukskriven resten av veckan, hon har fått lunginflammation. Kan du ta hennes pass på torsdag?`, 'health'),
  d(`Påminnelse: influensavaccinering för personalen sker i personalrummet tisdag 9–11. Ingen föranmälan behövs.`),
  d(`Jonas ringde, han har brutit handleden och kommer inte in förrän läkaren sagt ok`, 'health'),
  d(`Re: schema v.12
Tack, jag lägger in att Hamid är föräldraledig måndag–onsdag.`),
  d(`Hi Sara, just a heads up that Tom is back from surgery next week but will only work 50% while he recovers. /Ellen`, 'health'),
  d(`Kursen "Psykisk ohälsa på arbetsplatsen" ges igen i höst, anmälan via Lärportalen senast 15/9.`),
  d(`hon är hemma med sin utmattning igen, räkna inte med henne på apt`, 'health'),
  d(`Anteckning: Brukaren (Gun, lgh 1102) har nytt insulinschema från vårdcentralen, hemtjänsten ger kvällsdosen från och med idag.`, 'health', 'social'),
  d(`Den nya rutinen för sjukanmälan: ring Bemanningsenheten före kl 7, inte din chef.`),
  d(`Vi har fått en ansökan om försörjningsstöd från familjen Nyberg för mars, handläggare blir Petra.`, 'social'),
  d(`Informationsträff om ekonomiskt bistånd för nyanställda handläggare, onsdag 13.00 i sal Bryggan.`),
  d(`Orosanmälan inkom idag från skolan gällande Elias 9 år, mamman har inte hämtat honom tre dagar i rad. Förhandsbedömning påbörjas.`, 'social'),
  d(`Hej, kan någon ta över hemtjänstbeslutet för Arne Lind på Björkvägen? Utökning till 4 besök/dag beviljades igår.`, 'social'),
  d(`FYI the LVU training for new social workers has moved to room 4B.`),
  d(`Mötesanteckning: Placeringen av Wilma i familjehem förlängs t.o.m. juni, umgänge med pappa varannan helg.`, 'social'),
  d(`Lösenordet till gemensamma brevlådan är nu Vinter2026!kvarn – ändra det inte utan att säga till.`, 'credentials'),
  d(`Kom ihåg att byta lösenord var 90:e dag, IT skickar påminnelse en vecka innan.`),
  d(`Portkoden till Storgatan 14 är 4471, nyckeln ligger i boxen till vänster.`, 'credentials'),
  d(`din engångskod: 583 920 (gäller 5 min)`, 'credentials'),
  d(`Glömt lösenordet? Klicka på "Glömt lösenord" på inloggningssidan så får du en länk.`),
  d(`hej it! användarnamn anna.berg, tillfälligt lösen Sommar77 funkar inte, kan ni återställa?`, 'credentials'),
  d(`API key for the test tenant: kv_test_9f31b7c2e04a4d11b8 – please don't paste it in Teams again.`, 'credentials'),
  d(`Lönerevisionen 2026 startar i april, chefer får underlag från HR vecka 14.`),
  d(`Hej Maria, din nya lön från 1 april blir 38 400 kr/mån (+1 250). Hälsningar Lönekontoret`, 'salary'),
  d(`Kan du kolla varför Mikaels lön bara blev 31 900 i mars? Han skulle ha fått OB-tillägget också.`, 'salary'),
  d(`Medianlönen för socionomer i kommunen är 36 200 kr enligt årets lönestatistik.`),
  d(`Re: lönesamtal
Jag ligger på 29 500 och begär 32 000, jag har tagit över samordnaransvaret sedan i höstas.`, 'salary'),
  d(`Ange ditt kontonummer i formuläret för utlägg så betalar vi ut inom 30 dagar.`),
  d(`Ersättningen till Kerstin Ahl (god man) ska sättas in på Swedbank clnr 8327-9, konto 903 441 227-5.`, 'bank-account'),
  d(`Hej, jag har bytt bank. Nytt konto: Handelsbanken 6152 – 448 219 337. /Omar`, 'bank-account'),
  d(`Please pay the speaker fee to IBAN SE45 5000 0000 0583 9825 7466, account holder Dr. Helen Marsh.`, 'bank-account'),
  d(`Bankgiro för kommunens fakturor: 5050-1055 (se fakturamall).`),
  d(`Kortnr 4571 9321 0048 2217, utg 09/28, cvc 318 – det är Jannes kort till konferensbokningen.`, 'payment-card'),
  d(`Skicka aldrig kortnummer via mejl! Använd inköpsportalen.`),
  d(`Hi, for the hotel guarantee: Visa 4929 1103 5582 7746, exp 11/27, CVV 442, name Rebecca Lund.`, 'payment-card'),
  d(`Ring 020-xx om ditt kort spärras, kortet till enheten förvaras i kassaskåpet.`),
  d(`Anteckning utvecklingssamtal Johan: når målen för ärendehantering men behöver bli bättre på att dokumentera i tid. Följs upp i oktober.`, 'hr-assessment'),
  d(`Medarbetarsamtalen ska vara genomförda före 30 november, mall finns på intranätet.`),
  d(`Skriftlig varning till Stefan efter upprepade sena ankomster och otrevligt bemötande mot brukare.`, 'hr-assessment'),
  d(`Har ni fått tillbaka personlighetstestet för Nina? Hon hamnade högt på samarbete och lågt på stresstålighet enligt konsulten.`, 'hr-assessment'),
  d(`Friday reminder: peer-review forms for the pilot close at 17:00.`),
  d(`Betygssättning sker vecka 23, lärare lägger in betyg i Skolplattformen senast 12/6.`),
  d(`Hej! Alva fick E på provet i kemi, hon behöver komplettera labbrapporten för att nå godkänt på kursen.`, 'grades'),
  d(`Frånvaro Noah v. 4–6: 38 % ogiltig, mentor har kallat till möte med vårdnadshavare.`, 'grades'),
  d(`Betygen: Leo A i svenska, C i matte, F i engelska. Ska vi skriva åtgärdsprogram?`, 'grades'),
  d(`Vi använder nu de nya betygskriterierna i alla kurser från ht.`),
  d(`Omdöme: Selma tar stort ansvar i grupparbeten och visar goda kunskaper i historia.`, 'grades'),
  d(`Sekretessmarkering finns på Amanda Ek, använd ALDRIG hemadressen i utskick, gå via Skatteverket.`, 'protected-identity'),
  d(`Utbildning: hantering av skyddade personuppgifter i folkbokföringen, 3 maj.`),
  d(`OBS kvarskriven – familjen får post via förvaltningen, inte till Granvägen.`, 'protected-identity'),
  d(`Pojken har fingerade personuppgifter sedan februari, stäm av med handläggaren innan ni bokar skolskjuts.`, 'protected-identity'),
  d(`Uppgifterna i bifogat yttrande omfattas av sekretess enligt 26 kap. 1 § OSL och får inte lämnas ut.`, 'secrecy'),
  d(`Vad säger OSL om allmänna handlingar? Föreläsning av förvaltningsjuristen i aula B.`),
  d(`Handlingen är sekretessprövad, delar maskade enligt 21 kap. 3 § OSL. Skickas med rekommenderat brev.`, 'secrecy'),
  d(`Sekretess gäller för uppgift om enskilds hälsotillstånd – se checklistan innan ni svarar på begäran.`),
  d(`Har han något i belastningsregistret? Utdraget visar ringa narkotikabrott 2022 och olaga hot 2024.`, 'criminal-record'),
  d(`Alla som jobbar med barn ska visa utdrag ur belastningsregistret – beställ det från polisen i god tid.`),
  d(`Hyresgästen i lgh 3 är polisanmäld för skadegörelse i tvättstugan, förvaltaren har lämnat in anmälan.`, 'criminal-record'),
  d(`Klienten frigavs från anstalten Hall i förra veckan och har kontakt med frivården varannan vecka.`, 'criminal-record'),
  d(`Hon är medlem i Kommunal och vill ha med sitt ombud på rehabmötet.`, 'trade-union', 'health'),
  d(`Vision bjuder på frukost fredag i entrén – alla välkomna!`),
  d(`Jag sitter som huvudskyddsombud för Vårdförbundet på sjukhuset, så ring mig om schemat.`, 'trade-union'),
  d(`Kommunal och arbetsgivaren har kommit överens om nytt avtal, se intranätet.`),
  d(`Mats är ordförande i Sveriges Lärare-klubben på skolan och kommer till MBL-förhandlingen.`, 'trade-union'),
  d(`Hej, hon är ju med i Vänsterpartiet och sitter i kultur- och fritidsnämnden, så kanske hon inte ska handlägga den här?`, 'political-opinion'),
  d(`Valnämnden söker röstmottagare till EU-valet, anmäl intresse senast 1 mars.`),
  d(`Min kollega Henrik röstade på SD förra valet, han sa det öppet på fikat.`, 'political-opinion'),
  d(`Partierna i fullmäktige har enats om budgetramen för 2027.`),
  d(`Ahmed fastar under ramadan och tar lunch efter solnedgång, kan vi flytta hans pass?`, 'religion'),
  d(`Bönerummet på plan 2 är öppet för alla, oavsett tro.`),
  d(`Elevens familj är Jehovas vittnen och vill inte att han deltar i julfirandet.`, 'religion'),
  d(`Helgdagar i olika religioner – översikt för skolorna bifogas.`),
  d(`Hon är same och har renskötsel i familjen, vill att samiska används i kontakten.`, 'ethnic-origin'),
  d(`Kommunen ingår i förvaltningsområdet för finska och meänkieli sedan 2010.`),
  d(`Familjen är romer från Rumänien och har bott i kommunen sedan 2019.`, 'ethnic-origin'),
  d(`Klienten säger att han är homosexuell och är rädd för att familjen ska få veta.`, 'sex-life'),
  d(`Pride-veckan: kommunen hissar flaggan vid stadshuset måndag morgon.`),
  d(`Eleven är transperson och vill bli kallad Alex, använd han/honom på lektionerna.`, 'sex-life'),
  d(`Fingeravtrycken från Johan Berg är inlagda i passersystemet, han kan använda läsaren vid personalingången från i morgon.`, 'biometric'),
  d(`Vi inför ansiktsigenkänning? Nej – kommunens policy tillåter inte biometri för närvaro.`),
  d(`Testresultat: Lina är anlagsbärare för cystisk fibros enligt genetiska analysen.`, 'genetic'),
];
