/**
 * Probes for the lexicon terms added in session 4 (helper lex2) for health, grades, salary,
 * hr-assessment, genetic, biometric and social: new sentences (not corpus lines) that disclose such
 * data about someone are reported by the rules alone at 0.60 (the level the training report uses),
 * and hard negatives with the same vocabulary (job titles, topics, processes, statistics) are not
 * reported for that category.
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
  // health: hereditary conditions, stays, injuries, everyday phrasing
  ['health', 'Viktor fick beskedet i går: han har Huntingtons sjukdom, precis som sin farfar.'],
  ['health', 'Min svärmor har hemokromatos och tappas på blod varje månad.'],
  ['health', 'Ebba har Marfans syndrom och får inte lyfta tungt på lagret.'],
  ['health', 'Peter ligger inne på lasarettet sedan i fredags, så mötet skjuts upp.'],
  ['health', 'Annika har opererat knät och är borta två veckor till.'],
  ['health', 'Jonatan är hemma med ryggen i dag, kan någon ta hans grupp?'],
  ['health', 'Pojken är allergisk mot jordnötter och har en EpiPen i ryggsäcken.'],
  ['health', 'Rasmus är på BB sedan i morse, vi skickar en hälsning från hela laget.'],
  ['health', 'Linnea har haft panikattacker och hennes psykiska mående har varit dåligt hela hösten.'],
  ['health', 'Our caretaker Ben is on crutches after a fall and cannot take the stairs this week.'],
  ['health', 'Greta is on blood thinners, so please tell the first-aid team if she is injured.'],
  ['health', 'My neighbour at the desk, Sam, was signed off with stress for six weeks.'],
  ['health', 'Farbror Olle sitter i rullstol sedan olyckan och behöver ett anpassat rum.'],
  // grades: letters with subjects and tests, points, attendance
  ['grades', 'Hugo fick C i kemi och B i engelska, han är riktigt nöjd.'],
  ['grades', 'Moa skrev 14 av 25 på glosförhöret i tisdags.'],
  ['grades', 'Ture har missat varannan lektion sedan jullovet.'],
  ['grades', 'Elsa har inte varit i skolan sedan den 12 mars och vi når inte familjen.'],
  ['grades', 'Lovisa ligger på E-nivå i engelska just nu.'],
  ['grades', 'Our pupil Hannah got a D on the geography test last Friday.'],
  ['grades', 'Sixten scored 31 out of 50 in the physics test.'],
  ['grades', 'Hans betyg har sjunkit från C till E sedan vårterminen.'],
  // salary: earning verbs, pay items and raises with amounts
  ['salary', 'Ronja tjänar ungefär 36 000 i månaden som undersköterska.'],
  ['salary', 'Johans lönetillägg för mentorsuppdraget blir 1 500 kr.'],
  ['salary', 'Hon fick 2 100 kr i påslag vid årets revision.'],
  ['salary', 'Ali got a 4 % raise and is now at 39 800.'],
  ['salary', 'Timlönen för vikarien Klara ska vara 171 kr.'],
  ['salary', 'Min nya lön efter omförhandlingen blir 41 700.'],
  // hr-assessment: notes from appraisals, warnings, ratings, judgements of someone's work
  ['hr-assessment', 'Anteckningar från medarbetarsamtalet med Oskar: behöver bli tydligare i sin kommunikation.'],
  ['hr-assessment', 'Vi gav honom en skriftlig varning efter incidenten i förrådet.'],
  ['hr-assessment', 'Maria har svårt att prioritera och missar ofta deadlines i projektet.'],
  ['hr-assessment', 'In the appraisal Kevin was rated below expectations on collaboration.'],
  ['hr-assessment', 'Personlighetstestet för kandidaten visade låg stresstålighet.'],
  ['hr-assessment', 'Chefen är missnöjd med Tobias arbetsinsats och har bokat ett samtal.'],
  // genetic: variants, carrier status, chromosomes, consumer DNA tests, paternity
  ['genetic', 'Provsvaret visar att Nils är heterozygot för en variant i LDLR-genen.'],
  ['genetic', 'Hon berättade att hennes 23andMe-resultat visar två kopior av APOE4.'],
  ['genetic', 'Kromosomanalysen för lilla Alma visade en mikrodeletion.'],
  ['genetic', 'The paternity test shows that Jonas is the biological father of the boy.'],
  ['genetic', 'Sven är bärare av anlaget för cystisk fibros, precis som sin bror.'],
  // biometric: templates, prints, voice profiles, enrolment of someone's face or voice, DNA profiles in registers
  ['biometric', 'Kan du radera Lindas ansiktsmall ur passagesystemet? Hon har slutat.'],
  ['biometric', 'Hannes röstprofil i telefonbanken är spärrad efter tre misslyckade försök.'],
  ['biometric', 'Vi har registrerat hennes handflata i den nya stämpelklockan.'],
  ['biometric', "Please re-enrol Tom's fingerprint on the lab door, his old template fails."],
  ['biometric', 'Polisen uppger att hans DNA-profil redan finns i spårregistret.'],
  ['biometric', 'The voiceprint for caller Ingrid Holm was enrolled yesterday.'],
  // social: decisions and placements about someone, reports of concern, English phrasings
  ['social', 'Beslut: avslag på ansökan om boendestöd för Henrik Sand, Tallvägen 9.'],
  ['social', 'Flickan placerades enligt 2 § LVU på ett jourhem i natt.'],
  ['social', 'Socialen har startat en utredning om Elias, säg inget till mamman än.'],
  ['social', 'We made a report of concern about the boy in class 2B after what he told the nurse.'],
  ['social', 'Mrs Berg has been granted home care twice a day from next week.'],
  ['social', 'The family receives income support and asked for help with the school trip fee.'],
  // second round: more general phrasings
  ['salary', 'Hennes lön ligger på 37 900 sedan revisionen.'],
  ['salary', 'Han tjänar 41 000 kr i månaden som lagerchef.'],
  ['social', 'Pojken är sedan länge känd hos socialtjänsten enligt skolkuratorn.'],
  ['social', 'Hans socialsekreterare vill boka ett möte med skolan.'],
  ['grades', 'Leo ligger på gränsen till E i engelska inför betygssättningen.'],
  ['grades', 'Ava has missed 14 days this term and is failing maths.'],
  ['hr-assessment', 'Efter utvecklingssamtalet: hon behöver förbättra sin dokumentation, utvecklingsområde är delegering.'],
  ['health', 'Emil skar sig i handen i verkstaden och syddes med fyra stygn.'],
  ['health', 'Hon har MS och får skov ibland, då jobbar hon hemifrån.'],
  ['health', 'Min pappa har fått problem med hjärtat och ska opereras i vår.'],
  ['health', 'Jag har covid sedan i går och stannar hemma resten av veckan.'],
  ['health', 'Karin använder rullator och behöver ett rum på bottenvåningen.'],
  ['hr-assessment', 'Medarbetarsamtal Jonna: stark i kundkontakt, behöver förbättra sin planering.'],
  ['hr-assessment', 'Personlighetstestet av kandidaten Sara Ek visar hög stresstålighet.'],
  // session 4, lex4: health phrasings
  ['health', 'Vi väntar vårt första barn i april, så jag går ner i tid från mars.'],
  ['health', 'Farmor har fått ett trycksår och ett pressure ulcer-team ska titta på henne.'],
  ['health', 'Our colleague Dan has been in outpatient treatment for alcohol dependence since May.'],
  ['health', 'Efter stroken har pappa svårt att svälja och behöver konsistensanpassad mat.'],
  // session 4, lex4: hr-assessment judgements, test results, probation outcomes
  ['hr-assessment', 'Anteckningar efter medarbetarsamtalet med Leila: hon tar stort ansvar men missar ofta deadlines.'],
  ['hr-assessment', 'Efter provperioden bedömer vi att Hampus inte uppfyller kraven för tjänsten.'],
  ['hr-assessment', 'Resultatet från personlighetstestet visar att kandidaten är låg på stresstålighet.'],
  ['hr-assessment', 'Her former manager described her as reliable but slow with paperwork.'],
  ['hr-assessment', 'Omdöme om vikarien Sanna: pålitlig och lugn, men hade svårt att ta kritik.'],
  ['hr-assessment', "Following our talk, Leo's probation period will be extended by two months."],
  ['hr-assessment', 'Medarbetarsamtal 2026 – Jonas Berg. Styrkor: noggrann. Utvecklingsområde: tempo.'],
  // session 4, lex4: grades in lists, on parts of tests, credits
  ['grades', 'Terminens resultat för Nora: biologi B, kemi C, fysik D.'],
  ['grades', 'Melvin fick bara D på senaste historieprovet, mot B i höstas.'],
  ['grades', 'Enligt Ladok har hon klarat 15 av 30 hp den här terminen.'],
  // session 4, lex4: salary of a named person, claims, corrections
  ['salary', 'Ny lön för enhetschef Berg från 1 mars: 48 300 kr enligt lönesamtalet.'],
  ['salary', 'Löneanspråk från sökanden Lina Ek: 44 000 kr per månad.'],
  ['salary', 'Efter samtalet fick Omar ett påslag till 36 900 kr från april.'],
  ['salary', 'Grundlönen för Petra stämmer (32 450 kr) men OB-tillägget saknas.'],
  // session 4, lex4: protected identity, abbreviated and paraphrased
  ['protected-identity', 'Pappan har skyddad folkbokf. sedan i våras, skicka inget till hans adress.'],
  ['protected-identity', 'Sökanden har markering i folkbokföringen sedan förra månaden.'],
  ['protected-identity', 'The resident in flat 2 has protected personal details, so keep the name off the list.'],
  ['salary', 'Löneöversyn kök: Maja 29 900 → 30 800, Ibrahim 31 200 → 32 000.'],
  ['salary', 'Efter samtalet höjs Noah från 33 200 kr till 34 600 kr per månad.'],
  ['salary', 'Facket menar att Hedda har fått 1 900 kr för lite i OB-tillägg sedan maj.'],
  ['salary', 'Confirming that your salary goes up to SEK 41,300 from 1 May.'],
  ['grades', 'Betyg VT25, Alma 9C: Sv B, Ma D, En A.'],
  ['grades', 'Omdöme i engelska för Viggo: talar tydligt men behöver öva på stavning.'],
  ['grades', 'Meritvärdet för Elvin blev 245, så han kommer in på ekonomiprogrammet.'],
  ['grades', "Noor's attendance this term is 64 % and the mentor will call home."],
  ['health', 'Pappa ska göra en knäoperation i mars och behöver hjälp hemma efteråt.'],
  ['health', 'Mrs Holm is back from hospital after her hip fracture and needs help with stairs.'],
  // session 4, lex4: social decisions about someone
  ['social', 'Vi har beviljat Sture trygghetslarm och matdistribution från nästa vecka.'],
  ['social', 'Handläggaren överväger en ansökan om LVU för pojken efter helgens händelser.'],
  ['social', 'Klienten vill att det ekonomiska biståndet betalas ut en vecka tidigare i december.'],
  ['social', 'Anhöriga vill att vi ansöker om särskilt boende åt honom före jul.'],
  ['social', 'Home care for the woman in flat 5 has been granted from Monday, three visits a day.'],
];

/** [category that must NOT be reported, text that only mentions the topic] */
const negatives: [CategoryType, string][] = [
  ['health', 'Hon är sjuksköterska på avdelning 7 och lägger schemat för våren.'],
  ['health', 'Sjukfrånvaron i kommunen var 5,2 procent under andra kvartalet.'],
  ['health', 'The sick leave policy has been updated; read it on the intranet.'],
  ['health', 'ICD-10-koderna i journalsystemet byts ut i januari.'],
  ['health', 'Hon jobbar som barnmorska på BB i Västerås.'],
  ['health', 'Hur många sjukdagar hade regionen totalt förra året?'],
  ['grades', 'Frånvaroanmälan görs i skolappen före klockan åtta.'],
  ['grades', 'Skolkuratorn har flyttat till rum 204 på plan två.'],
  ['grades', 'Final grades for the spring term are published in June.'],
  ['grades', 'Skolköket serverar vegetarisk lunch på fredagar.'],
  ['grades', 'Handläggaren når inte målen för handläggningstider i år.'],
  ['salary', 'Hyran för lokalen är 12 400 kr i månaden enligt avtalet.'],
  ['salary', 'Lönespecifikationerna finns i appen från den 25:e.'],
  ['salary', 'How do I change the account my salary is paid into?'],
  ['salary', 'Ingångslönen för socionomer diskuteras i rapporten.'],
  ['salary', 'Lönerevisionen startar i april för alla medarbetare.'],
  ['hr-assessment', 'Medarbetarsamtalen ska vara genomförda före midsommar, använd mallen.'],
  ['hr-assessment', 'Jag har utvecklingssamtal med min chef på tisdag eftermiddag.'],
  ['hr-assessment', 'Vilka personlighetstester brukar ni använda vid chefsrekrytering?'],
  ['hr-assessment', 'De gamla skåpen uppfyller inte kraven för arkivering.'],
  ['hr-assessment', 'Utvecklingssamtalen för eleverna i 4B hålls vecka 46.'],
  ['genetic', 'Socialstyrelsen har gett ut nya föreskrifter om genetiska undersökningar.'],
  ['genetic', 'Does our staff health insurance cover genetic testing?'],
  ['genetic', 'Programmet i P1 handlade om DNA-tester som säljs direkt till konsumenter.'],
  ['genetic', 'Family law answers general questions about paternity and DNA tests on Tuesdays.'],
  ['biometric', 'Vi behöver två nya fingeravtrycksläsare till förrådet, offert bifogas.'],
  ['biometric', 'The fingerprint scanner at the staff entrance is out of order.'],
  ['biometric', 'Hur fungerar ansiktsigenkänning i de nya telefonerna?'],
  ['biometric', 'Polisens DNA-register har vuxit enligt årsrapporten.'],
  ['social', 'Riksnormen för försörjningsstöd höjs från nyår enligt regeringen.'],
  ['social', 'Nu kan man ansöka om ekonomiskt bistånd digitalt med BankID.'],
  ['social', 'Hon är ny socialsekreterare på mottagningen från måndag.'],
  ['social', 'Kan någon förklara vad LSS betyder? Jag ska skriva en rapport.'],
  ['social', 'Hur lång tid tar ett LVU-ärende i genomsnitt? Det är för en kursuppgift.'],
  ['social', 'Orosanmälningar har ökat med tio procent enligt årsrapporten.'],
  ['health', 'Hon är sjuksköterska på akuten i Umeå sedan fem år.'],
  ['health', 'Han är läkare vid psykiatrin och håller i handledningen.'],
  ['health', 'Vi har ett teamsmöte i MS Teams klockan tio, jag har MS Teams öppet hela dagen.'],
  ['hr-assessment', 'Lönekriterierna för nästa år är framtagna tillsammans med facket.'],
  ['hr-assessment', 'Lärarna har kompetensutveckling om bedömning och betyg under höstlovet.'],
  // session 4, lex4: data entry, job ads, themes, procedures, places
  ['health', 'Alla närvarolistor ska vara inlagda i systemet senast på fredag.'],
  ['health', 'Vi söker en kurator med erfarenhet av psykiatri till vår enhet i Luleå.'],
  ['health', 'Sjukfrånvaron för hela enheten låg på 6,4 % i september.'],
  ['health', 'The water treatment plant will be closed for maintenance next week.'],
  ['health', 'Receptionen i stadshuset har stängt mellan tolv och ett i dag.'],
  ['health', 'Regionen köper in ett nytt system för genetisk diagnostik under våren.'],
  ['social', 'Enhetschef för daglig verksamhet, Sofia Lund, har semester vecka 29.'],
  ['hr-assessment', 'Kortläsaren i entrén är avstängd under helgen på grund av service.'],
  ['grades', 'Elever som fått F i något ämne kallas till ett möte med sin mentor.'],
  ['salary', 'Jag ansöker om ledighet utan lön den 3–5 maj för en kurs.'],
  ['protected-identity', 'Skatteverket föreläser om skyddad folkbokföring på nästa APT.'],
  ['salary', 'Enligt det nya avtalet höjs lägsta lönen för barnskötare med 1 100 kr.'],
  ['social', 'Den nya e-tjänsten för ekonomiskt bistånd lanseras i mars med inloggning via BankID.'],
  ['social', 'Stödgruppen för kvinnor med missbruk startar om i januari med åtta platser.'],
  ['health', 'Förslaget till ny rehabiliteringspolicy är ute på remiss till alla förvaltningar.'],
  ['health', 'Long-term sick leave 3.4 % and short-term sick leave 2.1 % in the second quarter.'],
  ['protected-identity', 'Leverantören ska beskriva hur skyddade personuppgifter hanteras i systemet.'],
  ['salary', 'Please refund the overpaid parking fee to the resident by Friday.'],
  ['grades', 'Samverkansgruppen diskuterade hur vi följer upp hög frånvaro på skolorna.'],
  ['social', 'Välkommen till en temadag om hedersrelaterat våld för alla i förvaltningen.'],
];

describe('lex2 lexicon additions: disclosures are reported by the rules', () => {
  it.each(positives)('reports %s in: %s', (want, text) => {
    expect(ruleCategories(text)).toContain(want);
  });
});

describe('lex2 lexicon additions: mere mentions are not', () => {
  it.each(negatives)('does not report %s for: %s', (unwanted, text) => {
    expect(ruleCategories(text)).not.toContain(unwanted);
  });
});
