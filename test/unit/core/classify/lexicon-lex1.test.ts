/**
 * Probes for the lexicon terms added in session 4 (helper lex1) for political-opinion, sex-life,
 * criminal-record, religion, ethnic-origin and trade-union: new sentences (not corpus lines) that
 * disclose such data about someone are reported by the rules alone at 0.60 (the level the training
 * report uses), and hard negatives with the same vocabulary (party motions, council minutes, job
 * titles, courses, statistics, events, organisations) are not reported for that category.
 */
import { classifyText } from '../../../../src/core/classify/classify-text.js';
import type { CategoryType } from '../../../../src/core/classify/types.js';

const now = new Date(Date.UTC(2026, 0, 15));
const RULE_LEVEL = 0.6;

function ruleCategories(text: string): string[] {
  const found = classifyText(text, { kind: 'body' }, { now, categories: 'rules' }).filter((f) => f.confidence >= RULE_LEVEL);
  return [...new Set(found.map((f) => f.type))];
}

/** [category, text that discloses it about someone] */
const positives: [CategoryType, string][] = [
  // political-opinion: offices, campaigning and votes for a named party, party letters, English phrasings
  ['political-opinion', 'Jonas sitter i kommunstyrelsen för Moderaterna och har svårt att komma på fredagar.'],
  ['political-opinion', 'Min granne Eva har engagerat sig i Kristdemokraterna inför valet.'],
  ['political-opinion', 'Han röstade SD i förra valet, sa han på fikat.'],
  ['political-opinion', 'Hon är ordförande i Centerpartiets kvinnoförbund i länet.'],
  ['political-opinion', 'Petra är S-medlem sedan länge och vill ha ledigt för partikongressen.'],
  ['political-opinion', 'Vaktmästaren delar ut flygblad för Liberalerna vid torget varje lördag.'],
  ['political-opinion', 'Our new caretaker is a lifelong Labour voter and likes to talk about it.'],
  ['political-opinion', 'She joined the Green Party last spring and now campaigns for the Greens on weekends.'],
  ['political-opinion', 'The new clerk is a known Sweden Democrat councillor in the next town.'],
  ['political-opinion', 'Marta har suttit i socialnämnden för Kristdemokraterna sedan 2018.'],
  // sex-life: a same-sex partner shown by pronouns, gender identity, coming out, selling sex
  ['sex-life', 'Han bor ihop med sin man i Gävle och vill ha båda på anhöriglistan.'],
  ['sex-life', 'Hon och hennes fru har fått tvillingar.'],
  ['sex-life', 'Elev i 7A är trans och vill byta omklädningsrum.'],
  ['sex-life', 'The receptionist told me she is married to a woman and wants leave for the wedding.'],
  ['sex-life', 'Leo har kommit ut som bög för sina föräldrar.'],
  ['sex-life', 'Klienten uppger att hon har sålt sex via nätet sedan i somras.'],
  ['sex-life', 'Our designer Robin is non-binary and would like the badge to say Robin only.'],
  // criminal-record: arrests, sentences, prison and release, restraining orders, register entries, English phrasings
  ['criminal-record', 'Hennes bror greps i helgen för inbrott i ett förråd.'],
  ['criminal-record', 'Vår vaktmästare har suttit inne för rån på 90-talet, visste ni det?'],
  ['criminal-record', 'Sökanden har en fällande dom för bedrägeri från 2022.'],
  ['criminal-record', 'Grannen är anmäld för skadegörelse på tvättstugan, enligt styrelsen.'],
  ['criminal-record', 'Jonas Lund har kontaktförbud mot sin före detta fru sedan i våras.'],
  ['criminal-record', 'Eleven misstänks ha tagit en mobil från omklädningsrummet.'],
  ['criminal-record', 'Han släpptes från anstalten i måndags och bor nu hos sin mamma.'],
  ['criminal-record', 'Our volunteer driver was arrested for drink driving on Friday night.'],
  ['criminal-record', "The caretaker's son has been sentenced to eight months in prison."],
  // religion: membership phrased in more ways, prayer, fasting, holy days, services, food rules
  ['religion', 'Kerstin är med i Equmeniakyrkan och sjunger i kören där varje söndag.'],
  ['religion', 'Ali ber på fredagar i moskén och vill ha lunch kl 13 de dagarna.'],
  ['religion', 'Familjen firar eid nästa vecka och barnen är lediga onsdag.'],
  ['religion', 'Medarbetaren har ansökt om ledigt för hajj i maj.'],
  ['religion', 'Han äter bara halal, så beställ något annat till honom.'],
  ['religion', 'Jag har lämnat Jehovas vittnen och min familj pratar inte med mig.'],
  ['religion', 'Our new porter goes to mass every Sunday morning.'],
  ['religion', 'Rebecka keeps Shabbat, so no Friday evening shifts for her please.'],
  // ethnic-origin: adjectives and plural peoples about a person, growing up in / fleeing a country, English demonyms and "of … descent"
  ['ethnic-origin', 'Vår nya städare är halvt polsk och pratar polska med sin mamma.'],
  ['ethnic-origin', 'Barnet är samiskt och familjen har renskötsel i Jokkmokk.'],
  ['ethnic-origin', 'De är irakiska kurder och kom hit 2016.'],
  ['ethnic-origin', 'Min svärfar växte upp i Eritrea och flydde därifrån som ung.'],
  ['ethnic-origin', 'Jag är själv tornedaling och pratar meänkieli med mormor.'],
  ['ethnic-origin', 'Hon ansåg att hon nekades jobbet på grund av sin etnicitet.'],
  ['ethnic-origin', 'The new tenant is Somali and asked for a female interpreter.'],
  ['ethnic-origin', 'Our cleaner is of Bosnian descent and speaks three languages.'],
  ['ethnic-origin', "He's Kurdish, not Turkish, so please fix the welcome slide."],
  ['ethnic-origin', 'The family fled Syria in 2015 and arrived via Turkey.'],
  // trade-union: roles in a named union, union-ombud compounds, leaving and changing unions, English roles
  ['trade-union', 'Lena är huvudskyddsombud för Kommunal på Solgården sedan i höstas.'],
  ['trade-union', 'Anders är ordförande i Visions lokalavdelning och sitter med i samverkansgruppen.'],
  ['trade-union', 'Vårt Vision-ombud Eva kommer med på mötet om Karins omplacering.'],
  ['trade-union', 'Pelle har gått ur Byggnads och bytt till Unionen.'],
  ['trade-union', 'Maja har kontaktat sitt fack och vill ha en förhandling.'],
  ['trade-union', 'Our new engineer is a member of Sveriges Ingenjörer and asked about the agreement.'],
  ['trade-union', 'Torsten is the Kommunal safety rep for the kitchen staff.'],
  // cross-checks: a word two lexicons share is not taken by the wrong one ("judisk" stays visible to religion)
  ['religion', 'Noa är judisk och firar jom kippur med familjen, så hon är ledig på onsdag.'],
  ['sex-life', 'Pojkens två pappor hämtar honom på fredagar.'],
  ['criminal-record', 'Polisanmälan är gjord mot vikarien för stöld ur kassan.'],
  // fourth pass: partners, register entries, parole, refugees said of a person
  ['sex-life', 'Han har en manlig partner sedan tio år och vill ha honom som anhörig.'],
  ['sex-life', 'Hon är sambo med en kvinna i Umeå, sa hon på fikat.'],
  ['criminal-record', 'Sökanden har prickar i belastningsregistret sedan 2019.'],
  ['criminal-record', 'Our driver is on parole until next spring.'],
  ['ethnic-origin', 'Familjen är kvotflyktingar från Syrien och kom i maj.'],
  ['ethnic-origin', 'The new tenant is an asylum seeker from Eritrea.'],
  // session 4, lex5: a phrase wrapped over a line break (plain-text mail) is the same phrase
  ['political-opinion', 'Han har sedan i somras varit engagerad i\nSverigedemokraterna och pratar om det med brukarna.'],
  ['trade-union', 'Vi vet att Berit är medlem i\nVårdförbundet och vill ha med ett ombud.'],
  // lex5 political-opinion: a council seat, a place on a party's list, a party congress, votes to come, campaign shifts
  ['political-opinion', 'Hon har tackat ja till att stå på Miljöpartiets lista i regionvalet.'],
  ['political-opinion', 'Min nya chef sitter i regionfullmäktige på fritiden.'],
  ['political-opinion', 'Jag är ombud på Liberalernas partistämma i maj och behöver ledigt.'],
  ['political-opinion', "He did a shift at the Green Party's stall on Saturday."],
  ['political-opinion', 'Eleven har varit med i en klimatdemonstration varje fredag i vår.'],
  ['political-opinion', 'Han säger att han tänker rösta på Kristdemokraterna i höst.'],
  // lex5 biometric: someone's prints, iris profiles, template exports, police face comparison
  ['biometric', 'Vi har registrerat Lisas irisprofil i skannern vid entrén.'],
  ['biometric', 'Polisen körde ansiktsjämförelse mot bilderna på Kim Berg.'],
  ['biometric', 'Bifogar avtrycksmallarna för Ove Dahl och Pia Ek.'],
  ['biometric', 'Elevens fingeravtryck används i matsalens kassa utan samtycke.'],
  // lex5 criminal-record and ethnic-origin
  ['criminal-record', 'He told me he served 18 months for fraud in the 2000s.'],
  ['criminal-record', 'Ärendet är polisanmält och vikarien är avstängd tills vidare.'],
  ['criminal-record', 'Han har erkänt att han tog pengar ur kassan vid fem tillfällen.'],
  ['criminal-record', 'Polisen har hört Kevin i går och han är misstänkt.'],
  ['ethnic-origin', 'Ester på avdelning 4 är judinna och pratar jiddisch med sin syster.'],
  ['ethnic-origin', 'Our new colleague Tariq moved here from Pakistan last year.'],
  ['ethnic-origin', 'The applicant belongs to the Hazara minority and left in 2021.'],
  ['ethnic-origin', 'Elevens bakgrund: född i Eritrea, kom till Sverige 2023.'],
  // lex5 trade-union and sex-life
  ['trade-union', 'Han har varit med i Byggnads i tjugo år.'],
  ['trade-union', 'Hon gick över från Kommunal till Vision i januari.'],
  ['trade-union', 'Vårdförbundets lokala ombud Hanna Sjö har begärt förhandling.'],
  ['trade-union', "Fredrik takes over as Vision's senior safety representative from 1 March."],
  ['trade-union', 'Jag har blivit vald till ordförande i vår lokala Unionen-klubb.'],
  ['trade-union', 'Lönespec för Kerstin: hon undrar över avdraget för Kommunal.'],
  ['sex-life', 'Gunvor told us she has lived with a woman for 40 years.'],
  ['sex-life', 'Brukaren lever ihop med sin manliga partner sedan 30 år.'],
  ['sex-life', 'Det kom fram att Viktor haft en affär med en kollega på nattskiftet.'],
  ['sex-life', 'He says he has identified as a woman for years.'],
  // lex5 genetic and religion
  ['genetic', 'Sonen har valt att göra prediktiv testning och resultatet var positivt.'],
  ['genetic', 'Syskonanalysen via DNA bekräftade att Amina och Yusuf är helsyskon.'],
  ['genetic', 'Result of the karyotype: 47,XXY for the patient Viktor S.'],
  ['genetic', 'Hon bär inte familjens mutation, till skillnad från sin bror.'],
  ['religion', 'Hon var ateist och hade begärt borgerlig begravning.'],
  ['religion', 'His son is Orthodox and asked for a priest to visit tomorrow.'],
  ['religion', 'Noor är ledig från skolan under eid, familjen firar hos släkten.'],
  ['religion', 'Mormor är syrisk-ortodox och vill att barnet döps i kyrkan.'],
  ['secrecy', 'Enligt sekretessprövningen får endast en maskerad version av anmälan lämnas ut.'],
];

/** [category that must NOT be reported, text that only mentions the topic] */
const negatives: [CategoryType, string][] = [
  ['political-opinion', 'Vi har fått en motion från Moderaterna om fler lärare.'],
  ['political-opinion', 'Partierna i fullmäktige är överens om budgeten för 2027.'],
  ['political-opinion', 'Han är moderat i sin bedömning av risken.'],
  ['political-opinion', 'Hon är liberal i sina åsikter om arbetstider.'],
  ['political-opinion', 'Utbildning för förtroendevalda: alla ledamöter i fullmäktige för samtliga partier bjuds in.'],
  ['political-opinion', 'The council voted for the proposal with support from the Greens.'],
  ['political-opinion', 'The Social Democrats won the election in the municipality.'],
  ['political-opinion', 'Valsedlar från Vänsterpartiet har tagit slut i vallokalen.'],
  ['sex-life', 'Vi har sex platser kvar på kursen och sex veckor till start.'],
  ['sex-life', 'Han har haft sex veckors semester och kommer tillbaka måndag.'],
  ['sex-life', 'Regionen öppnar en mottagning för könsdysfori i höst.'],
  ['sex-life', 'Eleverna har sexualundervisning i åk 8 enligt kursplanen.'],
  ['sex-life', 'She asked about the transition plan for the new IT system.'],
  ['sex-life', 'Hans mandat i styrelsen går ut i vår.'],
  ['sex-life', 'Han träffar en kund i morgon bitti.'],
  ['criminal-record', 'Alla som ska arbeta i skolan måste visa utdrag ur belastningsregistret.'],
  ['criminal-record', 'Beställ utdrag ur belastningsregistret på polisens webbplats.'],
  ['criminal-record', 'She is a police officer working with crime prevention in the south district.'],
  ['criminal-record', 'Brottsförebyggande rådet publicerar ny statistik över anmälda brott.'],
  ['criminal-record', 'Kriminalvården söker kriminalvårdare till anstalten i Hall.'],
  ['criminal-record', 'Föreläsning: så fungerar ett kontaktförbud, för alla handläggare.'],
  ['criminal-record', 'Polisen informerar om inbrott i området, lås era cyklar.'],
  ['religion', 'Skolavslutningen hålls i kyrkan den 12 juni kl 10.'],
  ['religion', 'Bönerummet på plan 3 är öppet för alla medarbetare.'],
  ['religion', 'Hon är präst i Svenska kyrkan och leder konfirmandgruppen.'],
  ['religion', 'Matsalen serverar halal och vegetariskt varje dag.'],
  ['religion', 'Ramadan börjar i mars i år, tänk på det vid planeringen av idrottsdagen.'],
  ['religion', 'Please book the prayer room for the visiting delegation.'],
  ['religion', 'Han fastar inför blodprovet i morgon.'],
  ['ethnic-origin', 'Samiska nationaldagen firas den 6 februari med flaggning.'],
  ['ethnic-origin', 'Sámi National Day is on 6 February; the flag is raised at 8.'],
  ['ethnic-origin', 'Leverantören är finsk och levererar möblerna i mars.'],
  ['ethnic-origin', 'Maten i dag är thailändsk: grön curry och ris.'],
  ['ethnic-origin', 'Enkäten frågar inte efter etnicitet eller religion.'],
  ['ethnic-origin', 'The form must not ask for ethnicity or religion.'],
  ['ethnic-origin', 'Hon är modersmålslärare i arabiska på två skolor.'],
  ['ethnic-origin', 'He is a Sami language teacher at the folk high school.'],
  ['ethnic-origin', 'Kommunen är finskt förvaltningsområde sedan 2010.'],
  ['ethnic-origin', 'The shipment came from China last week.'],
  ['trade-union', 'Kommunal hälso- och sjukvård: kontaktperson för kommunal verksamhet är MAS.'],
  ['trade-union', 'Hon är representant för kommunal förvaltning i styrelsen.'],
  ['trade-union', 'Kommunal och Vision bjuder på frukost i personalrummet på fredag.'],
  ['trade-union', 'Nyckeln ligger i hennes fack i personalrummet.'],
  ['trade-union', 'Lönerevisionen 2027: förhandlingar med Vision, Kommunal och Vårdförbundet startar i april.'],
  ['trade-union', 'Who is the union rep for the warehouse? We need someone for the MBL meeting.'],
  ['trade-union', 'The survey shows union membership among young workers is falling.'],
  ['trade-union', 'Möbler (st) 12, bord (st) 4.'],
  ['sex-life', 'Temat i veckan: familjer ser olika ut, vissa har två mammor och vissa en pappa.'],
  ['criminal-record', 'Under sommaren har det skett flera inbrott i förråden, lås in cyklarna.'],
  ['criminal-record', 'Eleven har skyddade personuppgifter, jag har informerat rektor och polisen.'],
  ['religion', 'Specialkost kan väljas av etiska eller religiösa skäl i e-tjänsten.'],
  // third pass: minutes, meetings, rooms, food and product words that share the vocabulary
  ['political-opinion', 'Ersättare för Socialdemokraterna kallas enligt turordning, se bilaga.'],
  ['political-opinion', 'Rösta i skolvalet! Eleverna röstar på de partier som finns i riksdagen.'],
  ['sex-life', 'Han träffar en annan man från IT-avdelningen om nätverket i morgon.'],
  ['sex-life', 'Hans man-timmar i projektet ska rapporteras i tidrapporten.'],
  ['criminal-record', 'The suspect list for the bug includes the new caching layer.'],
  ['religion', 'Lunchrestaurangen har halal och vegetariskt alternativ varje dag.'],
  ['religion', 'Vi går till kyrkan på skolavslutningen.'],
  ['religion', 'The team goes to the church hall for the Christmas lunch.'],
  ['trade-union', 'Hon är ordförande i vision-gruppen för nya skolan.'],
  ['ethnic-origin', 'Kommunen tar emot kvotflyktingar från Syrien i år enligt beslut.'],
  ['ethnic-origin', 'Information om asylsökande från Ukraina finns på Migrationsverkets webb.'],
  ['criminal-record', 'The parole board meets on Tuesday.'],
  // lex5
  ['political-opinion', 'Leif sitter i styrelsen för bostadsrättsföreningen.'],
  ['political-opinion', 'Moderaternas partistämma hålls i Göteborg i helgen.'],
  ['political-opinion', 'Klimatdemonstrationen på torget i morgon kan påverka busstrafiken.'],
  ['political-opinion', 'Ledamöterna i kommunfullmäktige får arvode enligt reglementet.'],
  ['biometric', 'Nu kan du logga in med ansiktsigenkänning (Windows Hello) på din dator.'],
  ['biometric', 'Security is evaluating iris scanning for the server room; nobody has been enrolled yet.'],
  ['biometric', 'Alla biometriska mallar ska raderas senast 30 juni.'],
  ['criminal-record', 'Från 1 januari krävs utdrag ur belastningsregistret för alla som anställs i skolan.'],
  ['ethnic-origin', 'Samråd med romska föreningar och romska brobyggare den 22 oktober.'],
  ['trade-union', 'Välkommen! I självservice fyller du också i skattetabell och eventuella fackavgifter.'],
  ['sex-life', 'Ungdomsmottagningen har drop-in för testning av könssjukdomar på tisdagar.'],
  ['genetic', 'Vi har fått frågan om anställda kan erbjudas gentester via företagshälsovården.'],
  ['religion', 'Can her Swedish grades be converted to the Spanish scale?'],
  ['religion', 'Tyst rum är öppet för alla oavsett tro eller livsåskådning.'],
  ['ethnic-origin', 'Mormor är syrisk-ortodox och vill att barnet döps i kyrkan.'],
];

describe('lex1 lexicon additions: disclosures are reported by the rules', () => {
  it.each(positives)('reports %s in: %s', (want, text) => {
    expect(ruleCategories(text)).toContain(want);
  });
});

describe('lex1 lexicon additions: mere mentions are not', () => {
  it.each(negatives)('does not report %s for: %s', (unwanted, text) => {
    expect(ruleCategories(text)).not.toContain(unwanted);
  });
});
