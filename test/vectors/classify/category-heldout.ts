/**
 * Held-out category corpus: written after the lexicons were last changed and never used to change
 * them. Its scores are reported apart (corpus-quality.test.ts) as the honest estimate. If a miss
 * here is ever fixed in a lexicon, move the document to a tuning corpus and write new held-out ones.
 */
import type { CategoryType } from '../../../src/core/classify/types.js';
import type { LabelledDocument } from './category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const CATEGORY_HELDOUT: readonly LabelledDocument[] = [
  d('Lars har fått besked om prostatacancer och börjar strålbehandling nästa månad.', 'health'),
  d('Vi behöver anpassa schemat för Nora som har diabetes typ 1 och tar insulin under dagen.', 'health'),
  d('Mikael är tillbaka efter sin hjärtinfarkt men får inte lyfta tungt på ett tag.', 'health'),
  d('Johanna is pregnant and her due date is in October, so please plan the project accordingly.', 'health'),
  d('Sjukvårdsupplysningen har nytt telefonnummer från 1 mars, sprid gärna informationen.'),
  d('Alla medarbetare erbjuds gratis hälsoundersökning hos företagshälsovården i maj.'),
  d('Enligt ansökan är föräldrarna från Eritrea och barnen talar tigrinja hemma.', 'ethnic-origin'),
  d('Han är öppet sverigedemokrat och har skrivit insändare i lokaltidningen.', 'political-opinion'),
  d('Partiledardebatten sänds i kväll klockan 20 i SVT.'),
  d('Sofia är troende muslim och bär slöja, hon önskar ett bönerum.', 'religion'),
  d('Påskledigheten börjar på skärtorsdagen för alla skolor i kommunen.'),
  d('Lena är fackligt aktiv i Kommunal och huvudskyddsombud på förvaltningen.', 'trade-union'),
  d('Förhandlingarna mellan arbetsgivaren och facken fortsätter nästa vecka.'),
  d('Resultatet av släktutredningen med DNA visar att mannen inte är far till barnet.', 'genetic'),
  d('Vi har tagit ansiktsbilder och fingeravtryck på alla nyanställda till passerkorten, t.ex. Ali och Emma.', 'biometric'),
  d('Eleven har berättat för kuratorn att hon är lesbisk och blir trakasserad för det.', 'sex-life'),
  d('Mottagaren har skyddade personuppgifter, använd därför alltid den särskilda postgången.', 'protected-identity'),
  d('Beslutet innehåller uppgifter som är sekretessbelagda enligt 26 kap. 1 § offentlighets- och sekretesslagen.', 'secrecy'),
  d('Sökanden är tidigare dömd för vållande till annans död, framgår av belastningsregistret.', 'criminal-record'),
  d('Familjen har ansökt om ekonomiskt bistånd och har skulder hos Kronofogden.', 'social'),
  d('Vi har gjort en anmälan till socialtjänsten eftersom vi är oroliga för hur barnet har det hemma.', 'social'),
  d('Wifi för gäster: nätverk Gäst, lösenord: Kaffe2025!', 'credentials'),
  d('Hennes ingångslön blir 33 000 kronor per månad.', 'salary'),
  d('Lönerna för samtliga medarbetare betalas ut den 25:e.'),
  d('Arvodet sätts in på clearingnummer 8105-9 kontonummer 914 323 456-1.', 'bank-account'),
  d('I rekryteringen bedömdes Fredrik som svag i ledarskap enligt testresultaten från bemanningsföretaget.', 'hr-assessment'),
  d('Moa har 28 % frånvaro och riskerar att inte få godkänt i svenska.', 'grades'),
  d('Skolavslutningen hålls i Storkyrkan klockan 10, alla elever och föräldrar är välkomna.'),
  d('Kan någon hämta nycklarna till bilen hos receptionen före lunch?'),
];
