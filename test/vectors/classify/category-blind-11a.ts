/**
 * Category blind set 11a — BLIND. Written in session 8 by a corpus-writer agent from the labelling guide
 * (/tmp/label-guide.md) alone, without reading the classifier, its training data or any other corpus.
 * Never to be used for training, tuning or keyword mining; it is scored once by the lead.
 *
 * Style: SHORT texts, from one line to about eight lines — single e-mail bodies, subject-like one-liners,
 * chat messages, notes, replies, reminders and forwarded snippets; mostly Swedish, about a fifth English;
 * many voices and registers (formal, sloppy chat, system mails, school messages). A good third of the
 * documents are unlabelled hard negatives that use the same vocabulary as the positives.
 *
 * All names, places and numbers are invented.
 */
import type { CategoryType } from '../../../src/core/classify/types.js';
import type { LabelledDocument } from './category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const CATEGORY_BLIND_11A: readonly LabelledDocument[] = [
  // health
  d(`Hej! Linnea är sjukskriven resten av veckan, hon har fått lunginflammation. Kan någon ta hennes pass på torsdag?`, 'health'),
  d(`Kort info: jag är hemma med magsjuka idag, jobbar inte. /Petter`, 'health'),
  d(`Re: schema v. 12
Tack! Och ja, Gunnel opereras för sitt knä den 14:e så hon är borta minst sex veckor.`, 'health'),
  d(`hon är hemma med sin depression igen, vet inte när hon kommer tillbaka`, 'health'),
  d(`Hi Maria, just to let you know that Tomasz has been diagnosed with type 1 diabetes and may need short breaks to check his levels during the shift.`, 'health'),
  d(`Anteckning: Brukaren Ove L. har fått ny dos Waran från vårdcentralen, 2,5 mg. Sjuksköterskan ringer tillbaka imorgon.`, 'health'),
  d(`Jag är gravid i vecka 14 och behöver slippa de tunga lyften på förrådet framöver. Kan vi prata om det?`, 'health'),
  d(`Stina har läkarintyg på 50 % nedsatt arbetsförmåga t.o.m. 31/5, diagnos F43.2 enligt intyget.`, 'health'),
  d(`Ang. Kerstin: rehabmötet med FK flyttas till den 9 april. Hon går fortfarande på sjukgymnastik för ryggen.`, 'health'),
  d(`Snabbt: Ahmed bröt handleden på fotbollen igår, gips i fyra veckor. Han kan jobba men inte skriva för hand.`, 'health'),
  d(`Sorry I missed the meeting – had a migraine attack and was at the emergency room most of the afternoon.`, 'health'),
  d(`Eleven Vilma har epilepsi, anfallsplanen finns i pärmen på expeditionen. Ring 112 om anfallet varar över 5 min.`, 'health'),
  d(`Påminnelse: du har en tid hos företagshälsovården tisdag 10.30, Storgatan 8.`),
  d(`Välkommen på friskvårdsföreläsning om sömn och stress i Aulan den 3 mars!`),
  d(`Rutin vid sjukanmälan: ring chefen före kl. 8 och registrera frånvaron i Självservice samma dag.`),
  d(`Hur många sjukskrivningar hade förvaltningen under 2025? Behöver siffran till budgetunderlaget.`),
  d(`Maja börjar som distriktssköterska på vårdcentralen Ekbacken den 1 maj.`),
  d(`Reminder: the flu vaccination clinic for staff is open Tuesday and Thursday 9–11 in room B204.`),
  d(`Vi behöver fler hjärtstartare i simhallen, kan du beställa två till?`),
  d(`Utbildning: Psykisk ohälsa hos äldre, 4 tim, anmälan senast 20/2 via kompetensportalen.`),

  // ethnic-origin
  d(`Familjen är romer och pratar helst romani chib hemma, så tolk behövs inte för svenska men för mormor.`, 'ethnic-origin'),
  d(`Hon är same från Jokkmokk och vill gärna att barnen får samisk modersmålsundervisning.`, 'ethnic-origin'),
  d(`FYI the new tenant in flat 3 is originally from Eritrea, arrived 2019, and prefers Tigrinya for letters.`, 'ethnic-origin'),
  d(`Eleven Ilona är sverigefinne och har rätt till finskt förvaltningsområdesstöd enligt föräldrarna.`, 'ethnic-origin'),
  d(`Mamman berättade att de är kurder från Irak och att pappan fortfarande bor kvar där.`, 'ethnic-origin'),
  d(`Anteckning från hembesöket: Herr Niemi är tornedaling och pratar meänkieli med sin syster.`, 'ethnic-origin'),
  d(`jonas sa att hans farfar var jude från Polen, därför kommer han inte på julbordet. bara så du vet`, 'ethnic-origin', 'religion'),
  d(`The applicant mentioned she is of Somali descent and grew up in Nairobi.`, 'ethnic-origin'),
  d(`Pojken är syrier, kom som ensamkommande 2023 via Grekland.`, 'ethnic-origin'),
  d(`Han är av chilensk härkomst, föräldrarna flydde hit på 70-talet, det märks inte men han tog upp det själv på mötet.`, 'ethnic-origin'),
  d(`Samiska veckan i biblioteket: utställning och jojk-workshop den 6 februari.`),
  d(`Kommunen är sedan 2010 förvaltningsområde för finska, se riktlinjerna på intranätet.`),
  d(`Behöver tolk på arabiska till mötet på fredag kl 13, kan du boka?`),
  d(`Hej! Vi söker dig som talar meänkieli för ett timvikariat på förskolan.`),
  d(`Statistik: 23 % av invånarna i stadsdelen är födda utomlands, enligt SCB 2025.`),
  d(`Our team in Helsinki will join the call from 10:00 Finnish time.`),

  // political-opinion
  d(`Min kollega Ewa sitter i kommunfullmäktige för Centerpartiet, så hon jävar sig nog i det ärendet.`, 'political-opinion'),
  d(`Peter har varit aktiv i Vänsterpartiet i många år och står på deras lista i höst.`, 'political-opinion'),
  d(`Off the record: Sanna told me she voted SD last time, but don't spread it around the office.`, 'political-opinion'),
  d(`Hon var med och ockuperade skogen mot gruvbrytningen i somras och fick böter för ohörsamhet mot ordningsmakten.`, 'political-opinion', 'criminal-record'),
  d(`Anders är medlem i Moderaterna och har skrivit insändare mot nya skolplanen, bara så du vet inför intervjun.`, 'political-opinion'),
  d(`Jag är själv Miljöpartist och tycker ärligt talat att beslutet om motorvägen är vansinnigt.`, 'political-opinion'),
  d(`Brukaren ville prata politik hela besöket, han är övertygad kommunist och röstar på KP.`, 'political-opinion'),
  d(`Re: föreningsbidrag
Noterar att sökanden Lars B. är ordförande i SSU-klubben lokalt, det kan vara känsligt i nämnden.`, 'political-opinion'),
  d(`Valnämnden söker röstmottagare till valet i september, ersättning 2 400 kr per dag.`),
  d(`Kommunstyrelsens sammanträde flyttas till onsdag kl. 14, handlingar skickas ut imorgon.`),
  d(`Partistöd för 2026 betalas ut i februari enligt fullmäktiges beslut.`),
  d(`Please note: political campaign material may not be displayed in the school buildings.`),
  d(`Moderaterna och Socialdemokraterna har lagt ett gemensamt budgetförslag, se bilaga.`),
  d(`Val till Europaparlamentet: förtidsröstning i biblioteket från den 22 maj.`),

  // religion
  d(`Amira ber om att få ta rast vid solnedgången under ramadan, hon fastar.`, 'religion'),
  d(`Pappan är Jehovas vittne och vill inte att sonen deltar i födelsedagsfirandet i klassen.`, 'religion'),
  d(`Jag är katolik och går i mässan på söndagar, så jag kan inte ta helgpass förmiddag.`, 'religion'),
  d(`Notering: boende i rum 12, Gerd, är aktiv i Pingstkyrkan och vill att pastorn får besöka henne.`, 'religion'),
  d(`Hi, Rajesh is Hindu and vegetarian — could the catering for the conference respect that?`, 'religion'),
  d(`Han har konverterat till islam i fjol och bär numera kufi på jobbet, vilket några kollegor kommenterat.`, 'religion'),
  d(`Eleven är med i Livets Ord enligt mamman och får inte vara med på sexualkunskapen.`, 'religion'),
  d(`Mr. Goldberg asked for kosher meals during his stay at the short-term unit.`, 'religion'),
  d(`Kan kyrkan användas för skolavslutningen i år? Rektorn vill ha svar innan påsk.`),
  d(`Bönerummet på plan 2 är öppet för alla anställda dygnet runt.`),
  d(`Kurs i religionskunskap 1: provet flyttas till vecka 46.`),
  d(`Tips: Svenska kyrkans diakoner har öppet hus på torsdagar för äldre i Centrum.`),
  d(`Please avoid scheduling the all-staff meeting on Eid al-Fitr, see the holiday calendar.`),
  d(`Kyrkoavgiften dras automatiskt via skatten, löneenheten kan inte ändra den.`),

  // trade-union
  d(`Hej, jag är med i Kommunal sedan i våras och vill ha med mitt ombud på samtalet på fredag.`, 'trade-union'),
  d(`Lotta är huvudskyddsombud för Vision på förvaltningen, så hon ska ha kallelsen också.`, 'trade-union'),
  d(`FYI: Erik is the local Vårdförbundet representative at ward 5, loop him in on the roster change.`, 'trade-union'),
  d(`Jag har gått ur Lärarförbundet, ta bort avdraget för facket från min lön tack.`, 'trade-union'),
  d(`Medlemmen Hassan R. (Unionen) har begärt förhandling om omplaceringen enligt 11 § MBL.`, 'trade-union'),
  d(`sara sitter i styrelsen för ST-avdelningen, fråga henne om det där med arbetstiden`, 'trade-union'),
  d(`Bekräftar att jag som ordförande för Sveriges Lärare i kommunen deltar i samverkansgruppen från januari.`, 'trade-union'),
  d(`Hon är med i Akademikerförbundet SSR och har fått juridiskt stöd från dem i tvisten.`, 'trade-union'),
  d(`Rickard är fackligt ombud för Kommunal på Solrosens äldreboende och har facklig tid torsdagar.`, 'trade-union'),
  d(`Vision bjuder på frukost i personalrummet fredag kl. 8!`),
  d(`Samverkan enligt FAS: nästa möte 12 mars, dagordning bifogas.`),
  d(`Lönerevisionen 2026 — förhandlingarna med de fackliga organisationerna startar i april.`),
  d(`Do I need to be a union member to get the collective agreement benefits? Asking for the new hire FAQ.`),
  d(`Kommunal har skickat ett nytt avtalsförslag om schemaläggning, se bilaga.`),
  d(`Påminnelse: MBL-information om omorganisationen på tisdag, fackliga representanter är kallade.`),

  // genetic
  d(`Resultatet av Elins gentest visade att hon bär BRCA1-mutationen, hon vill att vi tar hänsyn till det vid planeringen av kontroller.`, 'genetic', 'health'),
  d(`Familjen Lindqvist har Huntingtons sjukdom i släkten och sonen har nu testat positivt.`, 'genetic', 'health'),
  d(`DNA-analysen visade att Jonas inte är biologisk far till barnet, enligt rättsgenetiska enheten.`, 'genetic'),
  d(`Hi, the genetic counsellor confirmed that Mia is a carrier of cystic fibrosis, but not affected herself.`, 'genetic'),
  d(`Mamman är anlagsbärare för hemofili, och pojkens prov är skickat för genetisk analys – svaret kommer om 6 v.`, 'genetic', 'health'),
  d(`Notering: Patientens exomsekvensering visade en patogen variant i MYH7.`, 'genetic', 'health'),
  d(`Jag gjorde ett sånt där 23andMe-test och det visade att jag har förhöjd risk för Alzheimers, lite jobbigt faktiskt`, 'genetic'),
  d(`Kromosomanalysen av fostret visade trisomi 21 och paret har fått tid för samtal.`, 'genetic', 'health'),
  d(`Svar från klinisk genetik: Ingen mutation i LDLR-genen hos Anton, den ärftliga hyperkolesterolemin i familjen gäller alltså inte honom.`, 'genetic'),
  d(`Thea's test for Fragile X came back positive; the school nurse has been told by the parents.`, 'genetic', 'health'),
  d(`Föreläsning: Genetik och etik i vården, 18 nov kl. 13 i Hörsal 3.`),
  d(`Biobankslagen ändras 1 juli, se sammanfattningen från juristen.`),
  d(`Kan labbet ta emot DNA-prov från andra regioner eller bara egna?`),
  d(`New study: hereditary factors explain about 40 % of the variation in migraine, interesting read.`),

  // biometric
  d(`Fingeravtrycken från Karin är registrerade i passersystemet nu, hon kan öppna serverrummet med tummen.`, 'biometric'),
  d(`Ansiktsmallen för användare jsvensson har raderats ur kamerasystemet efter hans begäran.`, 'biometric'),
  d(`Hi, attaching the iris scan template for contractor M. Okafor for the data centre gate, please enrol him.`, 'biometric'),
  d(`Röstavtrycket för Björn i telefonbanken spelades in igen eftersom det gamla inte matchade.`, 'biometric'),
  d(`Polisen har jämfört DNA-profilen från brottsplatsen med den misstänktes, och de matchar.`, 'biometric', 'criminal-record'),
  d(`Bifogar fingeravtrycksregistreringen för Leila Haddad från tidrapporteringsterminalen, hon kommer inte in.`, 'biometric'),
  d(`Eleven Noahs ansiktsbild är inlagd i matsalens igenkänningssystem av misstag, ta bort den snarast.`, 'biometric'),
  d(`Handavtrycket för vaktmästaren Göran är lagt in i nyckelskåpet, mall-id 00417.`, 'biometric'),
  d(`Face ID verification for Alexandra failed twice, we re-captured her face template at the service desk.`, 'biometric'),
  d(`Kan vi använda fingeravtrycksläsare i skolan? IMY har skrivit om det, se länk.`),
  d(`Upphandling: nytt passersystem med ansiktsigenkänning, sista anbudsdag 15 maj.`),
  d(`Reminder: biometric login on the new laptops is optional, PIN works as well.`),
  d(`Konsekvensbedömning för biometri i tidrapporteringen ska vara klar före driftstart.`),

  // sex-life
  d(`Hon kom ut som lesbisk för kollegorna förra veckan, och vissa har varit rätt taskiga sedan dess.`, 'sex-life'),
  d(`Eleven Alex är transkille och vill bli kallad Alex och han i alla sammanhang, även på närvarolistan.`, 'sex-life'),
  d(`Just so you know, Daniel is gay and his partner Marcus will be at the Christmas party.`, 'sex-life'),
  d(`Anteckning: Brukaren berättar att han haft många tillfälliga sexpartners det senaste året och vill testa sig.`, 'sex-life', 'health'),
  d(`Min dotter är bisexuell och har blivit trakasserad på skolan, vad gör ni åt det?`, 'sex-life'),
  d(`Kim identifierar sig som icke-binär och vill inte ha "fru" i adressfältet på breven.`, 'sex-life'),
  d(`hon har visst en affär med någon på ekonomi, hela fikarummet pratar om det`, 'sex-life'),
  d(`Patienten uppger att hon lever i ett polyamoröst förhållande med två partners.`, 'sex-life'),
  d(`Pride-veckan: kommunen hissar regnbågsflaggan den 3 augusti.`),
  d(`Utbildning för lärare om HBTQI-frågor och normkritik, anmälan via rektorn.`),
  d(`Ungdomsmottagningen har drop-in för STI-test på onsdagar 15–18.`),
  d(`Could you add a non-binary option to the registration form for the youth council?`),
  d(`Sex- och samlevnadsundervisningen i åk 8 börjar vecka 10, informationsbrev till vårdnadshavare bifogas.`),
];
