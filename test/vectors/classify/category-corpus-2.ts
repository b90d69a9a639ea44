/**
 * A second category corpus: realistic mails in Swedish and English that disclose data about someone,
 * and hard negatives that only mention a topic. Names are invented. It was written as a held-out
 * set and scored precision 1.00, recall 0.78 on first use; the misses (everyday sick notes, "är
 * kurd", "genetiska utredningen", a one-time code shown as "734 219", "fått F i") were then fixed
 * in the lexicons, so it is tuning data now. category-heldout.ts is the set that was not used.
 */
import type { CategoryType } from '../../../src/core/classify/types.js';
import type { LabelledDocument } from './category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const CATEGORY_CORPUS_2: readonly LabelledDocument[] = [
  // health
  d('Hej, Maria ringde in och är sjuk i dag igen, hon har fortfarande feber. Kan någon ta hennes möte?', 'health'),
  d('Jonas opererades i knät i fredags och är sjukskriven i minst tre veckor.', 'health'),
  d('Enligt läkarintyget har Sara migrän och ska undvika skärmarbete längre stunder.', 'health'),
  d('Our colleague Tom was diagnosed with diabetes last month and needs regular breaks.', 'health'),
  d('Inbjudan: friskvårdstimmen flyttas till onsdagar kl 15 för alla medarbetare.'),
  d('Kom ihåg att boka influensavaccinationen via företagshälsovården, information till alla anställda.'),
  // ethnic origin
  d('Sökanden har uppgett att hon är kurd och att familjen flytt från Syrien.', 'ethnic-origin'),
  d('Föreläsning om samisk kultur och historia i stadsbiblioteket på lördag.'),
  // political opinion
  d('Han är aktiv i Moderaterna och sitter i kommunfullmäktige för partiet.', 'political-opinion'),
  d('Valnämnden informerar: röstmottagare behövs till valet, anmäl dig senast fredag.'),
  // religion
  d('Eleven är katolik och deltar inte i skolavslutningen i kyrkan.', 'religion'),
  d('Bönerummet på plan 4 är stängt för renovering nästa vecka.'),
  // trade union
  d('Medarbetaren är medlem i Vision och har begärt att facket deltar i samtalet.', 'trade-union'),
  d('Kollektivavtalet för 2025 finns publicerat på intranätet.'),
  // genetic
  d('Provsvaret från den genetiska utredningen visar att pojken bär på anlag för cystisk fibros.', 'genetic', 'health'),
  // biometric
  d('Vi behöver registrera ditt ansiktsfoto och fingeravtryck för det nya passersystemet, Anna.', 'biometric'),
  // sex life
  d('Han berättade i förtroende att han är bisexuell och inte har sagt det till familjen.', 'sex-life'),
  d('Prideveckan firas med flaggor utanför stadshuset hela veckan.'),
  // protected identity
  d('Observera att mamman har skyddad identitet – skicka inga brev till hennes adress.', 'protected-identity'),
  d('Rutin för handläggning av skyddade personuppgifter, version 3, gäller från 1 maj.'),
  // secrecy
  d('Bifogat utredningen. Uppgifterna omfattas av sekretess enligt 25 kap. 1 § OSL.', 'secrecy'),
  d('Utbildning: offentlighet och sekretess för nyanställda den 12 mars.'),
  // criminal record
  d('Utdraget ur belastningsregistret för den sökande visar en dom för bedrägeri 2021.', 'criminal-record'),
  d('Alla som arbetar med barn ska lämna utdrag ur belastningsregistret, information till alla sökande.'),
  // social
  d('Socialtjänsten har fått in en orosanmälan gällande barnet och inleder en utredning.', 'social'),
  d('Hon har beviljats försörjningsstöd för april och maj.', 'social'),
  d('Statistik över försörjningsstöd i länet 2024 finns i bifogad rapport.'),
  // credentials
  d('Här är inloggningen till det delade kontot: användarnamn: ekonomi01 lösenord: Tulpan#2025', 'credentials'),
  d('Din engångskod är 734 219 – den gäller i 10 minuter.', 'credentials'),
  d('Kom ihåg att aldrig dela ditt lösenord med någon, inte ens IT-supporten.'),
  // salary
  d('Karins nya månadslön blir 39 800 kr från 1 juli.', 'salary'),
  d('Lönerevisionen 2025 startar i mars, information till alla chefer.'),
  // bank account
  d('Ersättningen betalas till hans bankkonto 6000-123 456 789 hos Handelsbanken.', 'bank-account'),
  // payment card
  d('Kortnummer: 5425 2334 3010 9903, utgångsdatum 04/27, CVC 123.', 'payment-card'),
  // hr assessment
  d('Efter utvecklingssamtalet bedömer jag att Lisa inte når upp till kraven och behöver en handlingsplan.', 'hr-assessment'),
  // grades
  d('Ahmed har fått F i engelska och hans frånvaro är 35 procent denna termin.', 'grades'),
  d('Nationella proven i matematik genomförs vecka 19 för alla elever i årskurs 9.'),
  // mixed and ordinary
  d('Anna är sjukskriven och har ansökt om försörjningsstöd; ärendet omfattas av sekretess.', 'health', 'social', 'secrecy'),
  d('Lunchen i morgon blir vegetarisk lasagne. Välkomna!'),
  d('Please find attached the minutes from Tuesday’s steering group meeting.'),
];
