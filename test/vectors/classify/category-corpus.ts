/**
 * Labelled corpus for categories at document level: short, realistic mails that disclose data about
 * someone (labelled) and hard negatives that only mention the topic (unlabelled). Names are invented.
 */
import type { CategoryType } from '../../../src/core/classify/types.js';

export interface LabelledDocument {
  readonly text: string;
  readonly labels: readonly CategoryType[];
}

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const CATEGORY_CORPUS: readonly LabelledDocument[] = [
  // health
  d('Hej! Kalle är sjukskriven hela veckan, så jag tar hans pass på torsdag.', 'health'),
  d('Medarbetaren har diagnosen F32.1 och läkarintyg till och med 30 juni. Hon har nedsatt arbetsförmåga.', 'health'),
  d('Jag vill bara meddela att jag är gravid och kommer att gå på föräldraledighet i mars.', 'health'),
  d('Eleven har ADHD och behöver extra anpassningar under provet.', 'health', 'grades'),
  d('Hon har ett läkarbesök på tisdag och ska börja med antidepressiva enligt sin vård- och behandlingsplan.', 'health'),
  d('FYI: he has been on sick leave since May and his medication was changed by the doctor.', 'health'),
  d('Patientens sjukfrånvaro har varit hög under våren, rehabiliteringsplan upprättas med företagshälsovården.', 'health'),
  d('Hälsoveckan: fruktkorg i fikarummet och gemensam promenad på onsdag! Välkomna alla.'),
  d('Påminnelse: utbildning om sjukskrivningsprocessen i HR-systemet på torsdag, anmälan till Lena.'),
  d('Nya riktlinjer för sjukfrånvaro och rehabilitering finns nu på intranätet.'),
  d('Webbinarium om psykisk ohälsa på arbetsplatsen – tips och statistik för chefer.'),
  d('Kallelse: Du har en bokad tid på vårdcentralen tisdag 14.00. Välkommen!'),
  d('Vi har köpt in en ny medicinsk kyl till förrådet, den levereras på fredag.'),
  // ethnic origin
  d('Familjen är romer och har bott i kommunen sedan 2015, enligt handläggaren.', 'ethnic-origin'),
  d('I anmälan anges att han tillhör den samiska befolkningen och har samisk härkomst.', 'ethnic-origin'),
  d('Sökanden uppger sin etniska bakgrund som kurdisk i intervjun.', 'ethnic-origin'),
  d('Seminarium om nationella minoriteter och minoritetsspråk den 12 maj.'),
  d('Statistik om utländsk bakgrund i befolkningen finns på SCB:s webbplats.'),
  // political opinion
  d('Han är partimedlem i Sverigedemokraterna och sitter i fullmäktige för dem, vilket kollegorna inte vet.', 'political-opinion'),
  d('Medarbetaren berättade att hon röstade på Vänsterpartiet och vill engagera sig mer.', 'political-opinion'),
  d('Kommunfullmäktige sammanträder på torsdag; handlingarna finns på webben.'),
  d('Valet 2026: information om förtidsröstning i stadshuset.'),
  // religion
  d('Hon är muslim och önskar ledigt för Eid, enligt vad hon berättade för chefen.', 'religion'),
  d('Eleven har av religiösa skäl inte deltagit i simundervisningen.', 'religion'),
  d('Han konverterade förra året och vill inte längre delta i julfirandet.', 'religion'),
  d('Bönerummet på plan 3 är bokat för städning på fredag.'),
  d('Församlingen hyr stora salen på lördag för en konsert.'),
  // trade union
  d('Hon är medlem i Kommunal och vill ha med sin fackliga företrädare på mötet.', 'trade-union'),
  d('Vi har fått uppgift om att han är fackmedlem och fackavgiften dras på lönen.', 'trade-union'),
  d('Facklig samverkan enligt MBL äger rum torsdag kl 9, dagordning bifogas.'),
  d('Unionen och Vision har lämnat sina yrkanden inför lönerevisionen.'),
  // genetic
  d('Hon har gjort ett gentest som visar att hon är anlagsbärare för BRCA1.', 'genetic', 'health'),
  d('Resultatet av DNA-analysen för barnet kommer om två veckor, enligt genetiska mottagningen.', 'genetic'),
  d('Föreläsning om genetisk forskning och etik på universitetet.'),
  // biometric
  d('Vi har registrerat hans fingeravtryck i passersystemet, mallen lagras lokalt.', 'biometric'),
  d('Ansiktsigenkänning användes för att identifiera henne i kameraupptagningen.', 'biometric'),
  d('Policy för biometri i passersystem: remissvar senast 1 juni.'),
  // sex life
  d('Han berättade i förtroende att han är homosexuell och inte vill att det sprids.', 'sex-life'),
  d('Patienten är transperson och har påbörjat könsbekräftande behandling.', 'sex-life', 'health'),
  d('Pride-tåget går på lördag, kommunen deltar med en vagn. Alla välkomna!'),
  // protected identity
  d('OBS! Barnet har skyddade personuppgifter, adressen får inte lämnas ut till någon.', 'protected-identity'),
  d('Sökanden har sekretessmarkering i folkbokföringen, skicka inget till hemadressen.', 'protected-identity'),
  d('Rutin för handläggning av ärenden med skyddade personuppgifter uppdateras i höst.'),
  // secrecy
  d('Uppgifterna i utredningen omfattas av sekretess enligt 26 kap. 1 § OSL.', 'secrecy'),
  d('Handlingen är sekretessbelagd enligt OSL 25 kap. och får inte lämnas ut.', 'secrecy'),
  d('Kursen i offentlighets- och sekretesslagen hålls i mars; anmäl dig via länken.'),
  // criminal record
  d('Utdrag ur belastningsregistret visar att han är dömd för misshandel 2019.', 'criminal-record'),
  d('Den sökande misstänks för bedrägeri enligt polisens underrättelse.', 'criminal-record'),
  d('Den som ska arbeta med barn måste visa utdrag ur belastningsregistret – information till alla sökande.'),
  d('Brottsförebyggande rådet publicerar ny statistik i veckan.'),
  // social
  d('Familjen har fått försörjningsstöd sedan januari och en orosanmälan kom in i går gällande sonen.', 'social'),
  d('Pojken är placerad enligt LVU i ett familjehem sedan i somras.', 'social'),
  d('Hon har ett pågående missbruk och har sökt beroendevård via socialtjänsten.', 'social'),
  d('Brukaren har beviljats LSS-insats i form av ledsagning två dagar i veckan.', 'social'),
  d('Information om hur man gör en orosanmälan finns på kommunens webbplats.'),
  d('Utbildning: LSS och socialtjänstlagen för nya handläggare, 3 oktober.'),
  // credentials
  d('Här är inloggningen till kundportalen: användarnamn: test.admin lösenord: Vinter2025!', 'credentials'),
  d('Din engångskod är 482913. Ange den inom fem minuter.', 'credentials'),
  d('Password: Kx8#pQ2!vT for the shared account, please change it after login.', 'credentials'),
  d('Glöm inte att byta lösenord innan fredag, det gamla slutar fungera då.'),
  d('Lösenordet måste innehålla minst 12 tecken enligt den nya policyn.'),
  // salary
  d('Din nya månadslön blir 38 500 kr från och med 1 april.', 'salary'),
  d('Annas lön är 42 000 kronor, Bertils lön är 39 500 kronor enligt underlaget.', 'salary'),
  d('Lönerevision 2025: tidplan och information om processen finns i bilagan.'),
  d('Lönekartläggningen för 2024 redovisas för ledningsgruppen i juni.'),
  // bank account
  d('Min lön ska sättas in på kontonummer 8327-9 123 456 789-1 från nästa månad.', 'bank-account'),
  d('Utbetalning till IBAN SE45 5000 0000 0583 9825 7466 godkänd.', 'bank-account'),
  d('Betala avgiften till bankgiro 5050-1055 senast 30 juni.'),
  // payment card
  d('Kortnummer 4539 1488 0343 6467, giltigt till 09/27, CVC 123 – kan du boka resan?', 'payment-card'),
  d('Kortet som slutar på 6467 har spärrats.'),
  d('Betalning med kort sker i kassan på plan 2.'),
  // hr assessment
  d('Sammanfattning av utvecklingssamtalet med Per: han har samarbetssvårigheter och får en skriftlig varning.', 'hr-assessment'),
  d('Resultatet från personlighetstestet för kandidaten visar låg stresstålighet.', 'hr-assessment'),
  d('Mall för utvecklingssamtal 2025 finns nu på intranätet.'),
  d('Boka tid för medarbetarsamtal med din chef före sommaren – information till alla.'),
  // grades
  d('Hugo fick betyget F i matematik och har 40 % ogiltig frånvaro under terminen.', 'grades'),
  d('Eleven har åtgärdsprogram och är underkänd i svenska, se skriftliga omdömen.', 'grades'),
  d('Betygssättning sker enligt Skolverkets riktlinjer; kursen hålls i aula B.'),
  d('Närvarosystemet uppdateras på måndag, logga in som vanligt.'),
  // several in one mail
  d('Hon är sjukskriven för utmattningssyndrom och har samtidigt försörjningsstöd. Ärendet omfattas av sekretess enligt 26 kap. 1 § OSL.', 'health', 'social', 'secrecy'),
  // ordinary mail
  d('Hej alla! Fikat flyttas till klockan 15 i dag. Mvh Eva'),
  d('Protokollet från ledningsgruppens möte finns i Teams. Nästa möte 14 maj.'),
  d('Hi team, the release is postponed to next week because of the holidays.'),
];
