/**
 * Held-out category corpus: written after the lexicons were last tuned and never used to tune them.
 * Its scores are reported apart (corpus-quality.test.ts) as the honest estimate; if a miss here is
 * ever fixed in a lexicon, move the document to a tuning corpus and write new held-out ones.
 */
import type { CategoryType } from '../../../src/core/classify/types.js';
import type { LabelledDocument } from './category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const CATEGORY_HELDOUT: readonly LabelledDocument[] = [
  d('Petra har varit hemma med utmattning sedan januari och trappar upp till 50 % i april.', 'health'),
  d('Skolsköterskan noterade att flickan har epilepsi och att medicinen ska ges vid lunch.', 'health'),
  d('The applicant mentioned that she is undergoing chemotherapy and may need flexible hours.', 'health'),
  d('Påminnelse om hälsodeklarationen inför vaccinationsdagen, gäller alla i personalen.'),
  d('Ny rutin för sjukanmälan: ring din chef före klockan 8, gäller från måndag för alla medarbetare.'),
  d('Vi har fått veta att Amir är uigur och att hans släktingar förföljs.', 'ethnic-origin'),
  d('Temadag om nationella minoriteter i aulan, alla klasser deltar.'),
  d('Hon är partimedlem i Kristdemokraterna och vill inte att det sprids på jobbet.', 'political-opinion'),
  d('Han har under många år varit medlem i Svenska kyrkan men begärt utträde.', 'religion'),
  d('Schemat för Ramadan-frukosten i skolans matsal skickas ut nästa vecka.'),
  d('Hon har anslutit sig till Lärarförbundet och önskar att ombudet är med vid samtalet.', 'trade-union'),
  d('DNA-analysen bekräftar att mannen är biologisk far till barnet.', 'genetic'),
  d('Medarbetarens irisskanning lagras i det nya inpasseringssystemet.', 'biometric'),
  d('I utredningen framkommer att flickan har haft sexuellt umgänge med en vuxen man.', 'sex-life'),
  d('Barnet och modern är folkbokförda på annan ort med sekretessmarkering.', 'protected-identity'),
  d('Handlingen lämnas inte ut eftersom den omfattas av sekretess enligt 23 kap. 2 § OSL.', 'secrecy'),
  d('Den anställde är dömd för ringa narkotikabrott enligt utdrag ur belastningsregistret.', 'criminal-record'),
  d('Efter hembesöket bedömer vi att pojken behöver placeras enligt LVU.', 'social'),
  d('Han har ett pågående missbruk och insatser från beroendevården.', 'social', 'health'),
  d('Inloggning till kursplattformen: användarnamn: elev2345 och lösenordet är Bilbo!99', 'credentials'),
  d('Erik får 41 200 kr i månadslön efter lönerevisionen.', 'salary'),
  d('Skicka ersättningen till kontonummer 3300-7901 010 15, Nordea.', 'bank-account'),
  d('Betalkortet 4111 1111 1111 1111 är spärrat efter förlust.', 'payment-card'),
  d('Anteckningar från medarbetarsamtalet: Johan uppfattas som konfliktskapande och behöver stöd.', 'hr-assessment'),
  d('Ella saknar betyg i kemi på grund av hög frånvaro under höstterminen.', 'grades'),
  d('Vi ses på planeringsdagen i Göteborg, tåget går 07.12 från Centralen.'),
  d('Tack för alla svar på enkäten om arbetsmiljö, resultaten presenteras i juni.'),
  d('The IT department will replace all laptops during week 12.'),
];
