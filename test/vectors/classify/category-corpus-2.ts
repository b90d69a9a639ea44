/**
 * A second category corpus: realistic mails in Swedish and English that disclose data about someone,
 * and hard negatives that only mention a topic. Names are invented. It was written as a held-out
 * set and scored precision 1.00, recall 0.78 on first use; the misses (everyday sick notes, "är
 * kurd", "genetiska utredningen", a one-time code shown as "734 219", "fått F i") were then fixed
 * in the lexicons, so it is tuning data now. The second half was the next held-out set: it scored
 * precision 1.00, recall 0.64 on first use, then the vocabulary was broadened (conditions and
 * treatments, union names after "anslutit sig till", groups after "är", "sexuellt umgänge", "kr i
 * månadslön", "saknar betyg") and it became tuning data as well. The third part was the third
 * held-out set (first use: precision 1.00, recall 0.52); broadened again (political and union
 * activity, more conditions, "% frånvaro", reports to social services, HR test results), it is
 * tuning data now too. category-heldout.ts is unused.
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
  // formerly held out (first use: precision 1.00, recall 0.64)
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
  // from the third held-out set: American Express numbers are grouped 4-6-5 (fixed in payment-card.ts)
  d('Kortet: 3782 822463 10005 (American Express), giltigt till 11/26.', 'payment-card'),
  // formerly held out (first use: precision 1.00, recall 0.52)
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
