/**
 * Held-out category corpus: written after the lexicons were last changed and never used to change
 * them. Its scores are reported apart (corpus-quality.test.ts) as the honest estimate. If a miss
 * here is ever fixed in a lexicon, move the document to a tuning corpus and write new held-out ones.
 */
import type { CategoryType } from '../../../src/core/classify/types.js';
import type { LabelledDocument } from './category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const CATEGORY_HELDOUT: readonly LabelledDocument[] = [
  d('Stefan har brutit handleden och kan inte skriva på datorn de närmaste veckorna.', 'health'),
  d('Hon väntar barn och har fått foglossning, så hon behöver en höj- och sänkbar stol.', 'health'),
  d('Pappan berättade att sonen går hos BUP för sin ångest och sover dåligt.', 'health'),
  d('Our manager mentioned that Priya has been hospitalised after a stroke.', 'health'),
  d('Blodgivning i entréhallen på torsdag, alla som vill är välkomna att lämna blod.'),
  d('Hans föräldrar kommer från Somalia och han har vuxit upp i Rinkeby.', 'ethnic-origin'),
  d('Hon är engagerad i Vänsterpartiet och kandiderar till regionfullmäktige.', 'political-opinion'),
  d('Debattartikeln om skolpolitik publiceras i morgon, läs gärna och kommentera.'),
  d('Han är buddhist och mediterar på lunchen, därför vill han ha ett tyst rum.', 'religion'),
  d('Mia är med i Unionen och vill ha med sin fackliga representant på mötet.', 'trade-union'),
  d('Testet visade att Erik bär på en ärftlig genmutation som ökar risken för hjärtsjukdom.', 'genetic', 'health'),
  d('Den nya tidrapporteringen kräver att personalen loggar in med sitt fingeravtryck, bland annat Sven.', 'biometric'),
  d('Han har berättat att han lever i ett samkönat förhållande men vill inte att kollegorna vet.', 'sex-life'),
  d('Kvinnan lever med skyddad adress efter hot från sin före detta make.', 'protected-identity'),
  d('Observera att bilagan innehåller sekretessbelagda uppgifter om elevens hemförhållanden.', 'secrecy'),
  d('Mannen har tidigare dömts för våld mot tjänsteman och finns i belastningsregistret.', 'criminal-record'),
  d('Vi har beviljat hemtjänst och boendestöd enligt LSS för Gunnar från 1 mars.', 'social'),
  d('Lösenordet till routern är Sommar!2025 och användarnamnet admin.', 'credentials'),
  d('Din nya lön från april är 36 700 kr per månad, grattis Jenny!', 'salary'),
  d('Vänligen betala tillbaka till mitt konto: IBAN SE35 5000 0000 0549 1000 0003.', 'bank-account'),
  d('Jag betalade med kortet 4556 7375 8689 9855 men beloppet drogs två gånger.', 'payment-card'),
  d('Vid avstämningen framkom att Karin har svårt att prioritera och ofta missar deadlines, vilket vi dokumenterar.', 'hr-assessment'),
  d('Oliver har inte lämnat in någon laboration och får därför F i fysik.', 'grades'),
  d('Schemat för höstterminen publiceras i lärplattformen i augusti.'),
  d('Vi bjuder på tårta i fikarummet klockan tre för att fira Annas 30 år på jobbet!'),
];
