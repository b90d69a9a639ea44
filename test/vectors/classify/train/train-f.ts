/**
 * Training set F: imitations of real document types in Swedish municipalities and regions (social
 * services, elderly care, school, HR, IT, registrar, finance), each with positives and hard negatives
 * that only mention the topic. Names, numbers and details are invented; no personnummer.
 */
import type { CategoryType } from '../../../../src/core/classify/types.js';
import type { LabelledDocument } from '../category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const TRAIN_F: readonly LabelledDocument[] = [
  // social services: utredningsanteckningar, beslut, LSS, orosanmälningar, placeringar
  d('Utredningsanteckning 2026-03-04: Hembesök hos Mirja Koskinen. Hon uppger att hon inte har kunnat betala hyran sedan januari och ansöker om ekonomiskt bistånd för mars.', 'social'),
  d('Beslut om bistånd enligt 4 kap. 1 § SoL: Jonatan Åkerlund beviljas försörjningsstöd med 6 430 kr för april. Beslutet kan överklagas.', 'social'),
  d('Hej Lotta, orosanmälan kom in i morse från skolan gällande Nils (8 år). Skolsköterskan har sett blåmärken på armarna. Kan du ta förhandsbedömningen?', 'social', 'health'),
  d('LSS-beslut: Sandra Pihl beviljas insatsen daglig verksamhet enligt 9 § 10 LSS. Hon tillhör personkrets 1 (autism).', 'social', 'health'),
  d('Placering: pojken placeras med stöd av 2 § LVU på HVB Granbacken från 12 maj. Fadern är dömd för misshandel och får inte kontakta enheten.', 'social', 'criminal-record'),
  d('Anteckning: klienten Roger Berglund har återfall i alkoholmissbruk, ansökan om LVM-vård förbereds. Han har även en pågående rättegång för rattfylleri.', 'social', 'health', 'criminal-record'),
  d('Snabbt: Fatima Yousef har fått avslag på bistånd till tandvård, hon vill överklaga. Kan du skicka blanketten till henne?', 'social', 'health'),
  d('Utredningen om kontaktfamilj för Elin Ståhl (10 år) är klar. Modern har en bipolär sjukdom och har varit inlagd två gånger i år.', 'social', 'health'),
  d('Familjehemmet rapporterar att Dante har rymt två gånger sedan placeringen. Han är misstänkt för snatteri i centrum förra veckan.', 'social', 'criminal-record'),
  d('Beslut: ansökan om ledsagarservice enligt LSS för Oskar Lindh avslås, då han inte bedöms tillhöra personkretsen.', 'social'),
  d('Orosanmälan inkommen via polisen: grannar har hört skrik i lägenheten hos familjen Demir, två barn i hushållet. Skyddsbedömning görs i dag.', 'social'),
  d('Anteckning samtal med Karin Olausson: hon har skulder hos Kronofogden på ca 180 000 kr och söker budget- och skuldrådgivning samt bistånd.', 'social'),
  d('Till handläggare: mamman Ayan uppger att hon är från Somalia och behöver tolk på somaliska vid nästa möte om barnets placering.', 'social', 'ethnic-origin'),
  d('Placeringen av Tilde i jourhem förlängs. Hon går i terapi på BUP för sin ätstörning och har stöd av kontaktperson.', 'social', 'health'),
  d('Utbildning i BBIC för nya handläggare på individ- och familjeomsorgen den 14 mars, anmälan via intranätet.'),
  d('Nya riktlinjer för ekonomiskt bistånd 2026 är beslutade av socialnämnden och gäller från 1 juli.'),
  d('Statistik: antalet orosanmälningar i kommunen ökade med 12 procent under 2025 jämfört med året innan.'),
  d('Påminnelse: mallen för LSS-beslut har uppdaterats, använd den nya versionen i verksamhetssystemet.'),
  d('Socialnämndens arbetsutskott sammanträder tisdag 13.00 i sal Ekan. Ärendelistan skickas ut i morgon.'),
  d('Hur gör man en orosanmälan? Information till förskolepersonal: ring socialtjänstens mottagning eller fyll i webbformuläret.'),
  d('Vi söker familjehem! Informationskväll om att bli familjehem eller kontaktfamilj torsdag 18.00 på biblioteket.'),
  d('Kan någon boka konferensrummet för handledning med HVB-personalen nästa vecka? Det gäller rutiner, inga ärenden.'),
  d('The social services unit will move to the third floor on 2 June; please pack your own desks before Friday.'),
  d('Note from home visit: Mr. Harris receives financial assistance (ekonomiskt bistånd) and his daughter is placed in a foster home under LVU.', 'social'),
  // elderly care: genomförandeplaner, avvikelser, hemtjänst
  d('Genomförandeplan för Gunnel Sjöberg: hjälp med dusch tisdag och fredag, tillsyn nattetid. Hon har diabetes typ 2 och insulin ges av distriktssköterska.', 'health', 'social'),
  d('Avvikelserapport: Brukaren Arne Nyström föll i badrummet kl. 07.40, fick en skada på höften och skickades till akuten. Larm hade inte besvarats på 25 min.', 'health'),
  d('Avvikelse: fel dos Waran gavs till Elsa på Solgården i kväll. Läkare kontaktad, INR tas i morgon.', 'health'),
  d('Hemtjänstbeslut: Stig Hallberg beviljas hemtjänst 28 timmar per månad med inköp, städning och matdistribution.', 'social'),
  d('Hej! Birgitta i lägenhet 4B har blivit mer förvirrad, misstänkt demens. Anhöriga vill att vi ansöker om särskilt boende åt henne.', 'health', 'social'),
  d('Genomförandeplan uppdaterad: Ragnar har fått kateter efter operationen, personalen ska tömma påsen morgon och kväll enligt instruktion.', 'health'),
  d('Till nattpatrullen: Ingrid Wall har fått palliativ vård i hemmet, morfinpump finns. Ring sjuksköterskan vid oro.', 'health'),
  d('Hemtjänstschema vecka 12: Anna tar rutt 3 på morgonen, Leyla rutt 5. Bilnyckel nr 7 är på service.'),
  d('Schema för helgen: två personal på dag, en på kväll i grupp Norr. Byt gärna pass sinsemellan men meddela samordnaren.'),
  d('Avvikelsehantering: alla avvikelser ska registreras i systemet inom 24 timmar enligt den nya rutinen.'),
  d('Utbildning i lex Sarah för all personal inom äldreomsorgen, obligatorisk, 2 timmar, i april.'),
  d('Mall: genomförandeplanen ska innehålla mål, insatser och hur brukaren vill ha sin hjälp. Se exempel på intranätet.'),
  d('Nytt nyckelfritt lås installeras hos alla brukare i område Väst under maj. Montören kommer med eget schema.'),
  d('Sommarvikarier i hemtjänsten: introduktionsdag 3 juni, ta med id-handling och bekväma skor.'),
  d('Visit log: Mrs. Olsen has a pressure ulcer on her left heel; the district nurse changes the dressing every second day.', 'health'),
  d('Avvikelse: Brukaren Holger fick inte sin matleverans i dag. Han har inga egna möjligheter att handla efter sin stroke.', 'health', 'social'),
  d('Hemtjänsten har nu nya arbetskläder. Hämta ut dina i förrådet på Lindvägen.'),
  d('Kontaktman för Vera Ek ändrat till Samir. Vera har lätt hörselnedsättning och vill att man knackar hårt.', 'health'),
];
