/**
 * Category blind set 14a — BLIND. Written for Kuvert from the labelling guide (/tmp/label-guide.md,
 * mirrored in LABELLING.md) alone, by a corpus writer who never saw the classifier, its training data
 * or any other corpus. Never to be used for training, tuning or keyword mining; it is scored once, by
 * the lead, to measure the classifier on text it has never seen.
 *
 * Style: SHORT texts — one line to about eight lines: single e-mail bodies, subject-like one-liners,
 * chat messages, notes, replies, reminders and forwarded snippets; mostly Swedish, about a fifth
 * English; many voices and registers (case notes, sloppy chat, HR system mails, school messages,
 * tickets). Over a third are unlabelled hard negatives that use the same vocabulary as the positives.
 *
 * All names, places, numbers (salaries, account and card numbers, codes) and details are invented.
 */
import type { CategoryType } from '../../../src/core/classify/types.js';
import type { LabelledDocument } from './category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const CATEGORY_BLIND_14A: readonly LabelledDocument[] = [
  d(`Hej! Lina är sjukskriven resten av veckan, hon har fått lunginflammation. Kan någon ta hennes pass på torsdag?`, 'health'),
  d(`Påminnelse: influensavaccinering för personalen sker i personalrummet tisdag 9–11. Ingen tidsbokning behövs.`),
  d(`Kort info om Bertil i lgh 4: han har fått ny dos Waran efter läkarbesöket igår, ny provtagning om en vecka.`, 'health'),
  d(`sorry är hemma idag, migränen slog till igen :( hör av mig imorgon`, 'health'),
  d(`Hi Maria, just a heads-up that I'll be out Thursday and Friday – surgery on my knee finally. Back Monday, hopefully on crutches only.`, 'health'),
  d(`Vi har fått in fler sjukskrivningar i år än förra året enligt personalstatistiken. HR tittar på orsakerna under Q2.`),
  d(`Ämne: Rehabmöte Johan E. – arbetsförmåga bedöms till 50 % från 1/3 enligt nytt läkarintyg, vi planerar upptrappning.`, 'health'),
  d(`Kursinbjudan: Psykisk ohälsa på arbetsplatsen – hur upptäcker chefer tidiga tecken? Halvdag, 14 april.`),
  d(`Hon är hemma med sin utmattning igen, så jag tror inte hon hinner med rapporten innan jul.`, 'health'),
  d(`Eleven Ahmed har diabetes typ 1 och behöver få äta sitt mellanmål kl 10, även på idrotten. Insulinpennan ligger hos skolsköterskan.`, 'health'),
  d(`Tandläkartid 14.30 så jag går lite tidigare idag. Jobbar in det på fredag.`),
  d(`Re: Nattpersonal\nMarianne är gravid i v. 20 och ska enligt läkaren inte gå nätter längre. Kan vi lösa schemat till mars?`, 'health'),
  d(`Alla medarbetare erbjuds friskvårdsbidrag på 3 000 kr per år. Kvitton lämnas till löneenheten.`),
  d(`Patienten (rum 12) fick ett epileptiskt anfall vid 03-tiden, varade ca 2 min. Jourläkare kontaktad, Keppra höjd.`, 'health'),
  d(`FYI – Tom has been signed off with long covid for another six weeks. Let's redistribute his cases.`, 'health'),
  d(`Läkarintyg behövs från dag 8 i sjukperioden. Anmäl sjukdom i Självservice senast kl 9 första dagen.`),
  d(`Vår kollega Ingrid har börjat på en behandling för alkoholberoende via företagshälsan och kommer vara borta onsdagar framåt.`, 'health'),
  d(`Kan du ringa mamma till Felix? Han kräktes på fritids och har feber, behöver hämtas.`, 'health'),
  d(`Ny rutin: tillbud och arbetsskador rapporteras i KIA inom 24 timmar.`),
  d(`Hej, jag har ADHD och skulle behöva få skriftliga instruktioner inför uppgifterna i stället för bara muntligt. Är det ok? /Sanna`, 'health'),
  d(`Min pappa kommer från Eritrea och mamma är från Norrbotten, så jag pratar både tigrinja och lite meänkieli hemma.`, 'ethnic-origin'),
  d(`Temavecka om nationella minoriteter: samer, judar, romer, tornedalingar och sverigefinnar. Skolbiblioteket har böcker framme.`),
  d(`Familjen är romer och har önskat att modersmålsundervisning i romani chib ordnas för båda barnen.`, 'ethnic-origin'),
  d(`Tolk på arabiska är bokad till mötet på fredag kl 13.`),
  d(`Klagomålet gäller att hyresvärden ska ha nekat honom lägenheten för att han är somalier, enligt honom själv.`, 'ethnic-origin'),
  d(`Hi, quick one: the new trainee Priya is of Tamil origin and asked whether we have any Tamil-speaking colleagues for mentoring.`, 'ethnic-origin'),
  d(`Ansökan om statsbidrag för förvaltningsområdet för finska språket ska in senast 31 mars.`),
  d(`Han är same och renskötare, så vi behöver förlägga hembesöket efter kalvmärkningen i juli.`, 'ethnic-origin'),
  d(`Statistik: 34 % av eleverna i årskurs 7 har utländsk bakgrund enligt SCB:s definition.`),
  d(`Hon sa att hennes farföräldrar var tornedalingar och att hon vill lära sig meänkieli på riktigt nu.`, 'ethnic-origin'),
  d(`Protokollsutdrag KS 2026-03-04: Yrkande från Erik Nordin (S) och Lena Holm (SD) om återremiss avslogs.`, 'political-opinion'),
  d(`Valnämnden påminner: förtidsröstningslokalerna öppnar 18 dagar före valdagen.`),
  d(`Off the record – Karin is a paid-up Green Party member and has been campaigning on the bypass road. Might be worth knowing before she chairs the consultation.`, 'political-opinion'),
  d(`Jag röstade på Vänsterpartiet förra gången men fan vet nu`, 'political-opinion'),
  d(`Inbjudan: partiledardebatt för gymnasieelever i aulan, alla riksdagspartier har tackat ja.`),
  d(`Vår nya vikarie Oskar sitter i fullmäktige för Centerpartiet, så han kan inte jobba på måndagskvällar.`, 'political-opinion'),
  d(`Medborgarförslag om cykelbana till Ekbacken lämnas till tekniska nämnden.`),
  d(`Han var med och ockuperade kommunhuset för Extinction Rebellion i fjol, det vet alla på enheten.`, 'political-opinion'),
  d(`Politisk sekreterare sökes till oppositionsråd (M). Tillträde 1 maj.`),
  d(`Ledamöter som deltar i beslutet: Sven Ek (KD), Anja Lind (L), Moa Berg (V).`, 'political-opinion'),
  d(`Hej! Amir önskar ledigt 10 april för Eid al-Fitr. Jag har godkänt det.`, 'religion'),
  d(`Skolan serverar vegetariskt alternativ varje dag, fläskfritt på begäran.`),
  d(`Hon är aktiv i Pingstkyrkan och leder söndagsskolan, så helgpass är svåra för henne.`, 'religion'),
  d(`The Hoffmans are Jewish and would like the meeting moved away from Yom Kippur if possible.`, 'religion'),
  d(`Julavslutning i kyrkan 20 dec kl 10. Elever som inte deltar har alternativ aktivitet i skolan.`),
  d(`Eleven fastar under ramadan i år för första gången – ge henne gärna möjlighet att vila under idrotten.`, 'religion'),
  d(`Han har gått ur Svenska kyrkan och vill inte att prästen kommer vid vårdplaneringen.`, 'religion'),
  d(`Kurs i religionskunskap 1, 50p – kursplanen finns på Skolverkets webb.`),
  d(`Mamman bär niqab och vill att en kvinnlig tjänsteman håller i samtalet. Kan du Mira?`, 'religion'),
  d(`Tyst rum/bönerum finns på plan 3 för alla anställda, oavsett tro.`),
  d(`Välkommen som ny medlem i Vision, Petra! Din lokala ombudsman är Klas Åberg.`, 'trade-union'),
  d(`Kommunal bjuder på frukost i foajén på torsdag – kom och ställ frågor om nya avtalet.`),
  d(`Som skyddsombud för Kommunal vill jag påpeka att bemanningen på Solgården inte håller på natten. /Eva Strand`, 'trade-union'),
  d(`MBL-förhandling om omorganisationen hålls 12 maj med de fackliga organisationerna.`),
  d(`Lars har gått med i Vårdförbundet och vill att hans facklige företrädare sitter med vid samtalet på fredag.`, 'trade-union'),
  d(`Hi team, I've just been elected as Unionen's workplace rep here – feel free to reach out if anything is on your mind. /Daniel`, 'trade-union'),
  d(`Fackavgiften dras inte längre via lönen sedan 2008; kontakta ditt förbund för autogiro.`),
  d(`Hon har varit förtroendevald i Sveriges Lärare i flera år och är med i lokala förhandlingsgruppen.`, 'trade-union'),
  d(`Deltagare vid förhandlingen: Anna Sjö (arbetsgivare), Jonas Berg (Vision), Leila Sami (Kommunal).`, 'trade-union'),
  d(`Sök till vårens facklig-politiska utbildning! Sista dag 1 februari.`),
];
