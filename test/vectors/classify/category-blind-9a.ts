/**
 * Category blind set 9a — BLIND.
 *
 * Written by a corpus-writer agent (session 7) from the labelling guide alone, without reading the
 * classifier, its training data or any other corpus. It must never be used for training, tuning or
 * keyword mining; it is scored once, by the lead.
 *
 * Style: SHORT texts, one line to about eight lines — single e-mail bodies, subject-like one-liners,
 * chat messages, notes, replies, reminders and forwarded snippets; mostly Swedish, about a fifth in
 * English; many voices and registers (HR and system mails, school messages, sloppy chat, case notes).
 * At least 35 % are unlabelled hard negatives that use the same vocabulary as the positives.
 *
 * All names, addresses and numbers (account, card, case, salary figures, codes) are invented.
 */
import type { CategoryType } from '../../../src/core/classify/types.js';
import type { LabelledDocument } from './category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const CATEGORY_BLIND_9A: readonly LabelledDocument[] = [
  d(`Hej! Jag blir borta resten av veckan, fick veta igår att det är bältros. Läkaren sa minst tio dagar. /Sanna`, 'health'),
  d(`Påminnelse: influensavaccinering för personal i Hus C torsdag 13–15. Ingen föranmälan behövs.`),
  d(`Lösenordet till gemensamma kalendern för förskolan Tallbacken är ändrat nu, nytt är Kotte!2026 – byt inte utan att säga till mig.`, 'credentials'),
  d(`Kan någon påminna mig vad portkoden till Storgatan 14 är? Står utanför med hemtjänstväskan och det regnar.`),
  d(`Re: portkod

1947 och sen nyckelsymbolen. Om ingen öppnar finns nyckelboxen till vänster om dörren, koden är 3318.`, 'credentials'),
  d(`Lönerevisionen 2027 startar i mars. Chefer får underlag från HR vecka 9.`),
  d(`Hej Maria, din nya lön från 1 april blir 36 800 kr/mån (höjning 1 150 kr). Hör av dig om något ser konstigt ut. Mvh Lönecenter`, 'salary'),
  d(`Hi Jonas, just a heads-up that Priya will be out until Monday – she had minor surgery on her knee yesterday. Could you cover her Thursday session?`, 'health'),
  d(`Vi har fått en orosanmälan gällande Elvin i 3B. Mentor kontaktas idag av socialsekreterare. Prata inte om detta i arbetslaget ännu.`, 'social'),
  d(`Info: Utbildning i orosanmälan för all skolpersonal, 12 feb i aulan. Obligatorisk för mentorer.`),
  d(`Betygen för 9C är nu inlagda i Unikum. Några elever saknar fortfarande betyg i idrott, jag återkommer när listan är klar.`),
  d(`Hugo fick E på nationella provet i matte, muntliga delen gick bättre än den skriftliga. Vill du att vi tar det på utvecklingssamtalet?`, 'grades'),
  d(`Tack för att du gått med i Kommunal! Din medlemsavgift dras från och med nästa månad.`, 'trade-union'),
  d(`Kommunal har lunchmöte i personalrummet på onsdag, alla välkomna oavsett om ni är medlemmar eller inte.`),
  d(`Jag vill bara säga att jag är huvudskyddsombud för Vision här på förvaltningen sedan januari, så ni vet vem ni kan vända er till.`, 'trade-union'),
  d(`Ämne: Fingeravtryck – ny passerkontroll

Från 1 mars ersätts passerkorten i serverhallen med fingeravtrycksläsare. Registrering sker hos säkerhetsavdelningen, boka tid i Outlook.`),
  d(`Ditt fingeravtryck är nu registrerat i passagesystemet (mall-ID FP-20931, Lindqvist, Anders). Vid problem, kontakta säkerhet.`, 'biometric'),
  d(`Ansiktsmallen för Petra Öhman gick inte att matcha vid entrén i morse, tre försök. Vi raderar den gamla och tar en ny bild på henne.`, 'biometric'),
  d(`Skyddade personuppgifter – påminnelse om rutinen: skicka aldrig adress i klartext, ring alltid registrator först.`),
  d(`OBS! Familjen Rahimi har skyddad folkbokföring sedan i höstas. Skicka inga utskick till hemadressen, allt via Skatteverkets förmedling.`, 'protected-identity'),
  d(`Eleven i 7A som började i måndags har sekretessmarkering. Namnet ska inte stå på klasslistan som sitter på dörren.`, 'protected-identity'),
  d(`Ärendet omfattas av sekretess enligt 26 kap. 1 § OSL. Handlingarna bifogas till dig som behörig handläggare och får inte lämnas vidare.`, 'secrecy'),
  d(`Hur funkar det med sekretess mellan skola och soc egentligen? Någon som har en bra länk?`),
  d(`Han sitter på Kumla sedan i somras, så besöket får ske via kriminalvården. Kontaktperson där är Ulla.`, 'criminal-record'),
  d(`Utdrag ur belastningsregistret krävs för all personal som arbetar med barn. Beställ på polisens hemsida, svarstid ca två veckor.`),
  d(`Har fått Tobias utdrag ur belastningsregistret nu, det var inte tomt – en dom för ringa narkotikabrott 2022. Hur gör vi med anställningen?`, 'criminal-record'),
  d(`Mohammed ansöker om försörjningsstöd för december, underlag för hyran saknas fortfarande.`, 'social'),
  d(`Kan du skicka hans kontonummer så betalar vi ut arvodet? Clearing + nummer räcker.`),
  d(`Här är mitt kontonummer för reseersättningen: Swedbank 8327-9, 913 448 221-7. / Lena`, 'bank-account'),
  d(`Utbetalning till god man Karin Ek, konto SE45 5000 0000 0583 9825 7466 enligt beslut.`, 'bank-account'),
  d(`Hej, jag betalade kursavgiften med kortet 4365 0908 0045 0175 men fick ingen bekräftelse. Giltigt till 08/28. Kan ni kolla? /Ebba`, 'payment-card'),
  d(`Vi tar inte emot kortbetalningar via e-post. Använd betallänken i fakturan.`),
  d(`Medarbetarsamtal med Jenny: mycket uppskattad av brukarna men behöver bli bättre på dokumentationen i journalen. Vi följer upp i maj.`, 'hr-assessment'),
  d(`Mall för medarbetarsamtal 2027 finns nu på intranätet under Chefsstöd.`),
  d(`Jag har gett Rasmus en skriftlig varning efter tredje sena ankomsten denna månad. Kopia till HR.`, 'hr-assessment'),
  d(`Han är med i Sverigedemokraterna och har visst suttit i kommunfullmäktige för dem, bara så ni vet inför mötet.`, 'political-opinion'),
  d(`Valnämnden söker röstmottagare till valet i september. Anmälan senast 30 april.`),
  d(`Min kollega Ahmad ber på rasterna, kan vi ordna ett tyst rum på avdelningen?`, 'religion'),
  d(`Julbord 18 dec – meddela specialkost (vegetariskt, halal, kosher, glutenfritt) till Birgitta senast fredag.`),
  d(`Elsa äter inte fläsk, familjen är muslimer. Skriv in det på kostlistan.`, 'religion'),
  d(`Maja ska vara ledig på fredag för Jom kippur, hon har pratat med rektor.`, 'religion'),
  d(`Hej! Pappan berättade att de är romer och att barnen ibland blir retade för det. Bra att veta inför föräldramötet tycker jag.`, 'ethnic-origin'),
  d(`Vi söker modersmålslärare i romani chib och meänkieli till höstterminen.`),
  d(`Farmor är samisk och familjen vill att Nils ska få undervisning i nordsamiska.`, 'ethnic-origin'),
  d(`Testet visade att Linnea är bärare av anlaget för cystisk fibros. Genetiska vägledningen kallar henne och partnern i januari.`, 'genetic'),
  d(`Föreläsning: Vad kan ett DNA-test säga om dina anlag? Ons 19.00 på stadsbiblioteket.`),
  d(`Sofies mamma och morbror har båda Huntingtons, och hon har valt att inte testa sig. Var lite varsam om det kommer upp.`, 'genetic', 'health'),
  d(`Han berättade på fikat att han är gay, så sluta fråga om flickvän :)`, 'sex-life'),
  d(`Pride-veckan: vi hissar flaggan utanför stadshuset måndag kl 8.`),
  d(`Alex har bytt pronomen till hen och vill kallas Alex i alla system, juridiskt kön ändras senare. Uppdatera gärna klasslistan.`, 'sex-life'),
  d(`lösen till wifi på ungdomsgården är fortfarande Gården2026, glöm inte byta efter lovet`, 'credentials'),
  d(`Din engångskod är 482 913. Den gäller i 10 minuter. Dela den aldrig med någon.`, 'credentials'),
  d(`IT-support: vi frågar aldrig efter ditt lösenord via mejl. Misstänkt nätfiske? Vidarebefordra meddelandet till säkerhetsfunktionen.`),
  d(`Kort fråga: är sjukfrånvaron i förvaltningen högre än förra året? Behöver siffran till budgetunderlaget.`),
  d(`Kommer inte in idag, migränen är tillbaka. Tar sjukdag och hör av mig imorgon.`, 'health'),
  d(`Pappaledig v. 12–20, vikarie är ordnad. Skulle du kunna lägga in det i Heroma?`),
  d(`Grattis Hanna! Hon och Erik väntar barn i april, så vi får planera om schemat till våren.`, 'health'),
  d(`Ämne: VB: Läkarintyg

Hej, här kommer läkarintyget för Göran. Sjukskriven 50 % t.o.m. 30/11, diagnos F43.2.

/Eva, HR`, 'health'),
  d(`Reminder: the occupational health service has moved to the 3rd floor, entrance B.`),
  d(`He's been on sick leave since August for burnout, and we're planning a gradual return at 25 % from January.`, 'health'),
  d(`LSS-handläggare sökes till socialförvaltningen, avdelningen för funktionsstöd.`),
  d(`Beslut: Hugo Stenberg beviljas korttidsvistelse enligt 9 § 6 LSS två helger per månad.`, 'social'),
  d(`Vi har ett LVU-ärende i förvaltningsrätten i morgon, kan du täcka mottagningen?`),
  d(`Pojken placerades på HVB igår kväll enligt 6 § LVU. Mamman är informerad. Skolan får veta mer via mentor.`, 'social'),
  d(`Hej, jag har fått beslut om hemtjänst för min pappa men de har inte kommit ut än. Vem ska jag ringa?`, 'social'),
  d(`Matlådor i hemtjänsten – ny leverantör från februari.`),
  d(`Uppdatering: lönerna betalas ut den 24:e denna månad pga helgen.`),
  d(`Jag tycker det är orimligt att Petter får 2 000 mer än jag när vi har samma tjänst. Jag ligger på 31 400.`, 'salary'),
  d(`Just to confirm: your starting salary is SEK 42,000 per month, with a review after six months.`, 'salary'),
  d(`Fick ni också fel OB i novemberlönen? Det verkar gälla alla nattpass.`),
  d(`Tänk på att skicka betygsunderlag via Unikum och inte via mejl.`),
  d(`Frånvaro för Alva v. 46: 4 lektioner ogiltig, 2 giltig (beviljad ledighet). Ni vårdnadshavare får gärna höra av er.`, 'grades'),
  d(`Amir har C i engelska nu, stort lyft från E i våras!`, 'grades'),
  d(`Hi all, the grading deadline for the spring term is June 5. Please make sure all assessments are entered.`),
  d(`Detta meddelande kan innehålla konfidentiell information. Om du fått det av misstag, radera det och meddela avsändaren.`),
  d(`Uppgifterna i bifogad utredning är sekretessprövade och lämnas ut med förbehåll enligt 10 kap. 14 § OSL. Får inte spridas vidare.`, 'secrecy'),
  d(`Säg ingenting om Jonna till pappan om han ringer. Hon har skyddade personuppgifter och bor på skyddat boende via soc.`, 'protected-identity', 'social'),
  d(`Påminnelse: Tandläkartid tisdag 14:20, Folktandvården Centrum. Avboka senast 24 h innan.`),
  d(`Tack för samtalet idag. Som vi sa: du fortsätter med sertralin 50 mg och vi ses om sex veckor. /Dr Holm`, 'health'),
  d(`Mötet med facket flyttas till torsdag kl 10, lokal Lyran.`),
  d(`Vilken fackförening tillhör man som undersköterska egentligen, Kommunal eller Vårdförbundet?`),
  d(`Jag har polisanmält honom för olaga hot, diarienr K-449120-26. Vet inte om han dyker upp på mötet.`, 'criminal-record'),
  d(`Vi kommer att ha polis på plats under valvakan, enligt säkerhetsrutinerna.`),
  // end of documents
];
