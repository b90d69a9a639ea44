/**
 * Training corpus G for Kuvert's sensitive-category classifier, focused on HEALTH (the category with
 * the weakest recall). About half the documents disclose someone's health in the many ways staff in
 * Swedish municipalities, regions and agencies actually write it (sick leave, symptoms, injuries,
 * pregnancy, mental ill-health, neuropsychiatric diagnoses, care notes, school health, rehabilitation,
 * medication, euphemisms), and the rest are hard negatives that use the same vocabulary without
 * disclosing anything about a specific person (job titles, units, courses, statistics, policies,
 * campaigns, menus, hypotheticals). Some positives of the other categories are mixed in.
 *
 * Written by a corpus-writing agent (session 4, writer G) from the project's labelling guide only,
 * without looking at the classifier or other corpora. All names, places, numbers and details are
 * invented; no real person is described and no personnummer appear.
 */
import type { CategoryType } from '../../../../src/core/classify/types.js';
import type { LabelledDocument } from '../category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const TRAIN_G: readonly LabelledDocument[] = [
  // --- Health positives: sick leave in many forms ---
  d(`Hej! Lina är sjukskriven resten av veckan, kan någon ta hennes pass på fredag?`, 'health'),
  d(`Hej Maria,
Jag vill bara meddela att jag från och med måndag är halvtidssjukskriven i sex veckor enligt läkarintyget. Jag jobbar förmiddagar, 8–12.
Mvh Tobias`, 'health'),
  d(`Sjukskrivningen för Anders Lövgren är förlängd till den 14 mars. Nytt intyg har kommit in, jag lägger det i personalakten.`, 'health'),
  d(`Kort info: Eva är hemma med ryggen igen. Vi får lösa tisdagens möte utan henne.`, 'health'),
  d(`Hon är inte riktigt frisk än efter operationen, så hon börjar inte förrän v. 12.`, 'health'),
  d(`Till chefen: Jonas har haft sju korttidsfrånvarotillfällen det senaste halvåret. Enligt rutinen ska vi nu boka ett samtal och begära förstadagsintyg.`, 'health'),
  d(`hej, jag är sjuk idag, feber och ont i halsen. hör av mig imorgon / Sara`, 'health'),
  d(`Hi Karin, just to let you know I won't be in today – migraine since last night, I can barely look at the screen. Will check mail tomorrow. /Dev`, 'health'),
  d(`Ärende: Frånvaro Kjell
Kjell har ringt in och är sjuk. Han har magsjuka och får inte komma tillbaka förrän 48 timmar efter sista symtom.`, 'health'),
  d(`FYI – Petra har gått in i väggen. Hon är sjukskriven på heltid tills vidare och vill inte bli kontaktad om jobbet just nu.`, 'health'),
  d(`Jag har varit sjukskriven för utmattningssyndrom sedan i höstas och ska nu börja arbetsträna 25 %. Kan vi ses och prata om vilka uppgifter som passar?`, 'health'),
  d(`Hej HR, bifogar läkarintyget för min sambos... nej förlåt, för MIN sjukskrivning. Diagnos F43.8, 75 % från 1/4. /Hanna`, 'health'),
  d(`Rehabmöte med Försäkringskassan gällande Mehmet Aydin är bokat till torsdag kl. 10. Deltar: Mehmet, hans chef, FK:s handläggare och företagshälsovården. Vi ska gå igenom hans arbetsförmåga och en plan för återgång i arbete.`, 'health'),
  d(`Försäkringskassan har bedömt att Ulla har nedsatt arbetsförmåga med en fjärdedel och beviljat sjukpenning på 25 %. Vi behöver anpassa hennes schema.`, 'health'),
  d(`Plan för återgång i arbete – Johan B.
Vecka 1–2: 25 %, endast administrativa uppgifter
Vecka 3–4: 50 %, inga tunga lyft (knäoperation)
Vecka 5–: utvärdering med FHV`, 'health'),
  d(`Hej! Vi har nu haft sex tillfällen av sjukfrånvaro för Linnea på tre månader och jag undrar om det finns något bakomliggande. Hon nämnde själv att hon har problem med magen.`, 'health'),
  d(`Maja börjar jobba 50 % igen på måndag efter sin sjukskrivning, välkomna henne tillbaka men fråga inte så mycket om varför hon varit borta 🙂`, 'health'),
  d(`Ang. Roger – han var hos läkaren igår och fick förlängd sjukskrivning på grund av sin depression. Intyget kommer per post.`, 'health'),
  d(`Hej! Jag behöver gå till tandläkaren på torsdag förmiddag, har fått en inflammation i en visdomstand. Tar det som sjuktid.`, 'health'),
  d(`Meddelande från Personalsystemet Heroma: Frånvaro registrerad. Anställd: Birgitta Ström. Typ: Sjukfrånvaro dag 1–7. Period: 2026-02-03 – 2026-02-09. Omfattning: 100 %.`, 'health'),

  // --- Hard negatives: sick-leave vocabulary without a person ---
  d(`Påminnelse till alla: om du är sjuk ska du ringa in till din närmaste chef senast kl. 7 samma dag. Sms räcker inte.`),
  d(`Sjukfrånvaron i förvaltningen var 6,8 % under 2025, jämfört med 7,4 % året innan. Korttidsfrånvaron ökade något under vintermånaderna.`),
  d(`Ny rutin för rehabilitering: chefen ska ta kontakt med medarbetaren senast dag 14 och upprätta en plan för återgång i arbete om sjukskrivningen väntas bli längre än 60 dagar.`),
  d(`Hej, vilken blankett använder man för att anmäla sjukfrånvaro i Heroma? Hittar inte länken på intranätet längre.`),
  d(`Utbildning för chefer: Rehabiliteringsprocessen och samverkan med Försäkringskassan, 12 maj kl. 9–12, Stadshuset sal B. Anmälan via Kompetensportalen.`),
  d(`Statistik: 48 % av de långa sjukskrivningarna i regionen beror på psykisk ohälsa, främst utmattningssyndrom och depression. Källa: Försäkringskassans rapport 2025.`),
  d(`Vi ser över hur arbetsförmågan bedöms i rehabiliteringsärenden och vill gärna ha synpunkter från er chefer innan policyn fastställs i juni.`),
  d(`Karensavdrag – hur fungerar det? Se bifogad PDF från Lönecenter. Förstadagsintyg kan krävas enligt kollektivavtalet vid upprepad korttidsfrånvaro.`),
  d(`Is there a template for a return-to-work plan? I'm a new manager and want to be prepared in case someone in my team goes on long-term sick leave.`),
  d(`Workshop: "Förebygg utmattning i arbetsgruppen" – för dig som är arbetsledare. Vi pratar om tidiga signaler, arbetsbelastning och återhämtning.`),

  // --- Health positives: symptoms, injuries, accidents at work ---
  d(`Tillbudsrapport: Medarbetaren (Fatima, undersköterska) halkade i duschrummet på avd 4 och slog i höften. Hon åkte till akuten för röntgen, ingen fraktur men kraftig blåsning. Sjukskriven 3 dagar.`, 'health'),
  d(`Arbetsskadeanmälan ska göras för Niklas som skar sig djupt i handen på slöjdsalens bandsåg igår. Han sys med 6 stygn och har förband i minst en vecka.`, 'health'),
  d(`hej! Ahmed vrickade foten på fotbollen i rasten, skolsköterskan har tittat på den och tror det är en stukning. Mamman hämtar honom kl 13.`, 'health'),
  d(`Our colleague Tom fainted in the meeting room this morning. The ambulance took him to Sahlgrenska, they think it was low blood sugar – he is diabetic. He's fine now but off for the rest of the week.`, 'health'),
  d(`Jag har fått tennisarmbåge i höger arm och sjukgymnasten säger att jag måste ha en vertikalmus och höj- och sänkbart skrivbord. Kan vi beställa det?`, 'health'),
  d(`Till skyddsombudet: Lars på hemtjänstgrupp Norr fick ett nålstick vid insulininjektion hos en brukare. Han har tagit prover på infektionskliniken och följs upp om tre månader.`, 'health'),
  d(`Hon har haft yrsel och tinnitus sedan olyckan och klarar inte ljudnivån i matsalen. Kan hon få sitta i personalrummet på lunchen?`, 'health'),
  d(`Rapport efter olyckan på återvinningscentralen: Sven fick en container över foten. Två tår brutna, gipsat, sjukskriven 4 veckor.`, 'health'),

  // --- Hard negatives: injuries and safety in general ---
  d(`Anmäl alla tillbud och arbetsskador i KIA senast samma vecka. Skyddsombudet får automatiskt en kopia.`),
  d(`HLR-utbildning för personalen på Solrosens förskola: onsdag 15/4 kl. 13–16. Vi går igenom hjärt-lungräddning på barn och vuxna samt Heimlich-manöver.`),
  d(`Inventering av första hjälpen-lådor: alla enheter ska ha plåster, kompresser, ögondusch och brännskadegel. Fyll i listan i Teams.`),
  d(`Antalet anmälda arbetsskador inom äldreomsorgen minskade med 12 % i år, främst tack vare nya lyftrutiner och fler taklyftar.`),
  d(`Vi har beställt 14 höj- och sänkbara skrivbord och 20 ergonomiska stolar till nya kontoret på plan 3. Leverans vecka 9.`),
  d(`Om någon skulle halka på isen vid entrén – vem ansvarar då, fastighet eller verksamheten? Vi vill reda ut det innan vintern.`),

  // --- Health positives: surgery, hospital stays ---
  d(`Min pappa opereras på torsdag och jag vill vara med honom på sjukhuset, så jag tar ledigt. Tack för förståelsen! /Ingrid`, 'health'),
  d(`Gunnar ligger inne på Danderyds sjukhus efter en stroke. Han är stabil men kommer inte tillbaka i tjänst på länge, vi får ta in vikarie.`, 'health'),
  d(`Hej allihop, jag ska genomgå en gallstensoperation nästa vecka och räknar med att vara borta ca två veckor. Lämnar över mina ärenden till Cecilia.`, 'health'),
  d(`Rektor har fått besked att läraren i 5B, Åsa, har brutit handleden och opereras i morgon. Hon är borta åtminstone tre veckor.`, 'health'),
  d(`Hi all, quick update: Magnus had his heart bypass surgery yesterday and it went well. He'll be in hospital about a week and then rehab. Cards can be sent to his home address.`, 'health'),
  d(`Patienten skrivs ut från ortopeden på fredag efter höftledsoperation. Hemtjänsten behöver förstärka insatserna med dusch och tillsyn två gånger om dagen enligt SIP-mötet.`, 'health', 'social'),

  // --- Hard negatives: hospitals, units, job titles ---
  d(`Hon är sjuksköterska på akuten i Lund och har jobbat där sedan 2019.`),
  d(`Ring vårdcentralen Kvarnen om du har frågor om tidsbokning, telefonnummer finns på 1177.`),
  d(`Byggprojektet för nya akutsjukhuset i Östersund försenas med ett halvår. Upphandlingen av operationssalarna överklagades.`),
  d(`Vi söker en specialistsjuksköterska inom psykiatri till vår öppenvårdsmottagning. Tillträde enligt överenskommelse.`),
  d(`Parkeringen vid Sjukhusets huvudentré stängs för asfaltering 3–5 juni. Använd P-huset vid Infektionskliniken.`),
  d(`Ortopedkliniken flyttar till hus 12 i maj. Remisser skickas som vanligt via Cosmic.`),
  d(`Jag är undersköterska i grunden men jobbar nu som samordnare på bemanningsenheten.`),
  d(`Studiebesök på geriatriska kliniken för nya biståndshandläggare, fredag 9–11. Vi träffar avdelningschefen och en kurator.`),

  // --- Health positives: pregnancy and miscarriage ---
  d(`Hej Anna, jag vill berätta att jag är gravid i vecka 14. Beräknat förlossningsdatum är i slutet av oktober. Jag har inte sagt det till gruppen än.`, 'health'),
  d(`Jenny har fått missfall och är sjukskriven en vecka. Hon vill inte att det pratas om på arbetsplatsen, så säg bara att hon är ledig.`, 'health'),
  d(`Vi behöver göra en riskbedömning för Malin eftersom hon är gravid och jobbar med lyft i hemtjänsten. Hon ska inte lyfta tyngre än 10 kg.`, 'health'),
  d(`hon är med barn igen lol, gissa vem som får täcka hennes tjänst till våren`, 'health'),
  d(`Graviditetspenning: Sofia har ansökt hos Försäkringskassan eftersom hon inte kan omplaceras från nattarbetet. Vi behöver intyga att det inte finns andra arbetsuppgifter.`, 'health'),
  d(`I had a miscarriage last weekend and I'm taking a few days off. Please don't mention it to the team, I'd rather they think it's a cold.`, 'health'),

  // --- Hard negatives: pregnancy topic ---
  d(`Information om riskbedömning för gravida och ammande arbetstagare finns nu i chefshandboken, avsnitt 7.3.`),
  d(`Mödravårdscentralen i Backa har nya öppettider från 1 februari: mån–tors 8–16, fre 8–12.`),
  d(`Föräldrautbildning för blivande föräldrar hålls på Familjecentralen varannan tisdag. Ingen anmälan krävs.`),

  // --- Health positives: mental ill-health ---
  d(`Hej, jag måste bara säga att jag har det väldigt tungt psykiskt just nu. Jag har fått medicin för ångest av min läkare och behöver kanske gå ner i tid ett tag.`, 'health'),
  d(`Kollegan i rummet bredvid, Oskar, har fått panikattacker på jobbet två gånger den här veckan. Jag är orolig för honom, vad gör man som chef?`, 'health'),
  d(`Hon är hemma med sin depression igen. Jag vet inte hur länge den här gången.`, 'health'),
  d(`Anteckning från samtal 12/3: Medarbetaren (Elin H.) berättar att hon går hos psykolog via FHV för stress och sömnproblem. Vi kom överens om att ta bort hennes kvällsmöten under våren.`, 'health'),
  d(`Ärende 2026-114: Medarbetaren har uppgett att han har PTSD efter händelsen på boendet i november. Traumabehandling pågår.`, 'health'),
  d(`hej, jag orkar inte komma in idag. jag har knappt sovit på en vecka och allt känns svart. har tid hos vårdcentralen kl 14.`, 'health'),
  d(`Hi Ann, I wanted to let you know that I've been diagnosed with bipolar disorder and I'm starting new medication. Some days I might need to work from home. Happy to talk about it.`, 'health'),
  d(`Elevhälsan: Vi har fått signaler från mentor att Noah i 8C inte äter i skolan och har tappat mycket i vikt. Kurator och skolsköterska träffar honom på torsdag. Misstänkt ätstörning.`, 'health'),

  // --- Hard negatives: mental health in general ---
  d(`Friskvårdsveckan v. 38: yoga varje morgon, föreläsning om stresshantering onsdag och gemensam promenad på fredag. Alla är välkomna!`),
  d(`Föreläsning: "Psykisk ohälsa bland unga – vad kan skolan göra?" med leg. psykolog. Aulan, torsdag 14/11 kl. 15.`),
  d(`Vår stödlinje för medarbetare, Falck Healthcare, är öppen dygnet runt om du behöver prata med någon. Samtalen är anonyma.`),
  d(`Hur många av er har gått utbildningen i Första hjälpen till psykisk hälsa? Vi vill erbjuda den till alla skolor i höst.`),
  d(`Enligt medarbetarenkäten upplever 31 % av personalen i socialtjänsten stress flera gånger i veckan. Vi tar fram en handlingsplan.`),

  // --- Health positives: neuropsychiatric diagnoses and school health ---
  d(`Hej! Vi har fått utredningen för Elsa i 3A och hon har fått diagnosen ADHD. Mamma vill att vi ses och pratar om anpassningar i klassrummet.`, 'health'),
  d(`Till mentor i 7B: Kevin har autism och blir lätt överstimulerad i matsalen. Han får äta i lilla rummet bredvid tillsammans med en elevassistent.`, 'health'),
  d(`Skolsköterskan har gjort hörseltest på Wilma och hon hörde dåligt på vänster öra. Vi har skickat remiss till hörselmottagningen.`, 'health'),
  d(`Anteckning, EHT-möte 4/2:
– Ebba 6B: fortsatt hög frånvaro (38 % ht), magont och huvudvärk. Skolsköterska kontaktar vårdnadshavare, ev. remiss till BUP.
– Ali 6A: nydiagnostiserad diabetes typ 1, insulinpump. Rutin för lunch och idrott tas fram.`, 'health', 'grades'),
  d(`Hi! I'm the parent of Leo in class 2. He was diagnosed with dyslexia and ADD last month. Could his teacher give him extra time on tests? I've attached the psychologist's report.`, 'health'),
  d(`Mentor här: Moa har fått sin medicin (Concerta 36 mg) ändrad och är väldigt trött på eftermiddagarna. Kan vi lägga matten på förmiddagen för henne?`, 'health'),
  d(`Elevhälsoteamet föreslår att vi gör en pedagogisk kartläggning av Hugo i 4B. Psykologen misstänker en språkstörning, och han har även epilepsi som behöver beaktas vid utflykter.`, 'health'),
  d(`hej, Selma i klassen har fått lus igen och astman har blivit sämre sa mamma. ta med hennes inhalator på utflykten imorgon!`, 'health'),
  d(`Vårdnadshavare till Isak (åk 9) meddelar att han är inlagd på BUP:s slutenvård sedan i fredags och inte kommer att vara i skolan på obestämd tid.`, 'health'),
  d(`Skolläkaren har sett Vincent angående hans återkommande huvudvärk. Han ska få glasögon, synen har försämrats kraftigt sedan förra kontrollen.`, 'health'),

  // --- Hard negatives: school health in general ---
  d(`Elevhälsan erbjuder hälsosamtal för alla elever i åk 4, 7 och gymnasiets år 1. Kallelse skickas hem via Vklass.`),
  d(`Vaccinationen mot HPV för åk 5 sker i skolan den 12 och 13 mars. Vårdnadshavare behöver lämna samtycke i e-tjänsten senast 1 mars.`),
  d(`Skolsköterskan Annika har telefontid måndag–torsdag kl. 8.00–8.30. Vid akuta ärenden ring 1177.`),
  d(`Nytt stödmaterial om NPF i klassrummet: tydliggörande pedagogik, bildstöd och förutsägbara strukturer. Finns på Lärportalen.`),
  d(`Fortbildning för lärare: "Att möta elever med autism och ADHD", 3 tillfällen under våren. Ersättningsvikarier bokas centralt.`),
  d(`Hur många elever på skolan har egentligen särskilda kostbehov? Köket vill ha en siffra, inga namn, till upphandlingen.`),
  d(`Elevhälsoteamet träffas varannan onsdag kl. 13. Dagordning: 1. Rutiner för frånvarouppföljning 2. Samverkan med BUP 3. Övrigt.`),

  // --- Health positives: dementia, care notes in hemtjänst and SÄBO ---
  d(`Anteckning hemtjänst 14/3 kl 08.20: Brukaren (Elsie, lgh 4) hittades på golvet i badrummet. Klagar på smärta i höger höft. SSK tillkallad, ambulans beställd. Anhörig (dotter) informerad.`, 'health'),
  d(`Till sjuksköterskan på Lindgården: Herbert i rum 12 har ett trycksår på hälen, grad 2. Vi har lagt på skydd men det behöver bedömas i dag.`, 'health'),
  d(`Vikt Greta 11/4: 48,2 kg (−2,6 kg på en månad). Nutritionsscreening enligt MNA visar risk för undernäring. Dietist kontaktad, näringsdryck 2 ggr/dag.`, 'health'),
  d(`Blodtryck Olle 168/95 i morse, lite yr. Har tagit sina morgontabletter (Enalapril 10 mg). Ring om det är högre i kväll.`, 'health'),
  d(`Signe har fått diagnosen Alzheimers och blir alltmer förvirrad på kvällarna. Anhöriga önskar att hon får flytta till demensboendet så snart som möjligt.`, 'health'),
  d(`Överrapport natt → dag, avd Blå:
– Rum 3: orolig hela natten, ropade. Fick Oxascand 5 mg kl 02 enl ordination.
– Rum 7: feber 38,6, hostar. Odlat urin.
– Rum 9: sov gott.`, 'health'),
  d(`Avvikelse: Fel dos Waran gavs till brukare på Björkhagens SÄBO den 8/5. Läkare kontaktad, INR tas i morgon. Ingen synlig skada.`, 'health'),
  d(`Hemtjänsten har märkt att Arne har svårt att äta sedan tandprotesen gick sönder. Kan tandvården komma hem till honom?`, 'health'),
  d(`Birgit på Solängens korttidsboende har blivit sämre i sin KOL och har nu syrgas dygnet runt. Biståndshandläggare behöver ompröva beslutet om korttidsvistelse.`, 'health', 'social'),
  d(`Daily note: Mrs. Karlsson's leg ulcer was re-dressed today, wound looks cleaner. Pain 3/10. Continues with antibiotics until Friday.`, 'health'),

  // --- Hard negatives: care vocabulary without a person ---
  d(`Ny rutin för fallprevention på våra särskilda boenden: alla nyinflyttade ska riskbedömas med Downton Fall Risk Index inom 14 dagar.`),
  d(`Utbildning i sårvård och trycksårsprevention för undersköterskor i hemtjänsten, 2 timmar, digitalt via Teams.`),
  d(`Senior alert-registreringar för kvartal 2 ska vara klara senast 30 juni. Fråga MAS om du är osäker på hur man registrerar.`),
  d(`Demensdagen 21 september: öppet hus på Solgläntans demensboende med föreläsning om bemötande och anhörigstöd.`),
  d(`Budgetförslag: utökning av nattbemanningen på SÄBO med två undersköterskor för att möta ökade vårdbehov.`),
  d(`Upphandling av nya rullatorer och duschpallar till hjälpmedelscentralen avslutad. Ny leverantör från 1 april.`),
  d(`Hur mäter ni blodtryck på era boenden – manuellt eller med automatiska mätare? Vi ska köpa in nytt.`),
  d(`Nationella riktlinjer för vård och omsorg vid demenssjukdom uppdaterades i år. Sammanfattning bifogas.`),

  // --- Health positives: allergies, diets, medication ---
  d(`Hej köket! Vera på avdelning Myran har svår nötallergi (adrenalinpenna finns i hennes väska). Kan ni säkerställa att hon får nötfri mat?`, 'health'),
  d(`Till kostenheten: Eleven Milo i 2B har celiaki och behöver glutenfri kost. Läkarintyg bifogas.`, 'health'),
  d(`Jag har fått diagnosen laktosintolerans och IBS, så jag avstår från julbordet den här gången. Inget konstigt!`, 'health'),
  d(`Medicinlista för Rune (hemtjänst Väster): Metformin 500 mg x 2, Alvedon 1 g vid behov, Sertralin 50 mg x 1. Dosett fylls av distriktssköterskan på måndagar.`, 'health'),
  d(`Kan någon påminna Gustav om hans insulin innan lunch på lägerskolan? Han är nyinsjuknad och inte van än.`, 'health'),
  d(`Please note for the conference dinner: I have coeliac disease and a severe shellfish allergy. Thanks! /Priya`, 'health'),

  // --- Hard negatives: menus, allergy labels ---
  d(`Veckans meny v. 47: Mån – Fiskgratäng (innehåller fisk, mjölk). Tis – Linsgryta (vegansk). Ons – Pasta carbonara (gluten, ägg, mjölk). Allergener markeras enligt EU:s förordning.`),
  d(`Till alla förskolor: meddela specialkost på blanketten "Ansökan om specialkost" som ska ha läkarintyg vid medicinska skäl. Blanketten finns på kommunens webb.`),
  d(`Julbordet på Stadshotellet: ange eventuella allergier eller specialkost i anmälningsformuläret senast 1 december.`),
  d(`Skolan är en nötfri zon. Vi ber alla vårdnadshavare att inte skicka med nötter eller mandel i matsäcken.`),
  d(`Läkemedelsgenomgångar i äldreomsorgen ska enligt avtalet med regionen göras minst en gång per år för alla med fler än fem läkemedel.`),

  // --- Other categories mixed with health ---
  d(`Hej Karin, jag som fackligt ombud för Kommunal vill vara med på rehabmötet med Lotta på torsdag. Hon har gett sitt samtycke. Hon är fortfarande sjukskriven för sin axelskada.`, 'health', 'trade-union'),
  d(`Handläggaren på socialtjänsten skriver: Klienten har ett pågående alkoholberoende och deltar i behandling på Beroendecentrum. Försörjningsstöd beviljas under förutsättning att behandlingen fullföljs.`, 'health', 'social'),
  d(`Sekretess enligt 25 kap. 1 § OSL. Patienten (J.N.) har under samtalet uppgett självmordstankar. Psykiatrisk akutmottagning kontaktad.`, 'health', 'secrecy'),
  d(`Jag vet att Ibrahim fastar under ramadan och har diabetes, så vi har pratat om att han kan flytta lunchrasten och ta blodsocker oftare.`, 'health', 'religion'),
  d(`Nämndsekreteraren: vi har fått in en ansökan om LSS-insats (ledsagarservice) för Tove, 19 år, med Downs syndrom och nedsatt syn.`, 'health', 'social'),
  d(`Eleven har skyddade personuppgifter. Skolsköterskan behöver ändå skicka remiss om hans astma – använd särskild postgång via Skatteverket.`, 'health', 'protected-identity'),
  d(`Till Lönecenter: Patrik har varit sjukskriven hela februari. Hans månadslön är 34 800 kr och sjuklönen ska räknas på det, inte på det gamla beloppet 33 200 kr.`, 'health', 'salary'),
  d(`Medarbetarsamtal med Anneli 2026-03-02: Hon har haft svårt att leva upp till målen under hösten, vilket hänger ihop med hennes sömnapné och långa sjukfrånvaro. Prestationen bedöms som godtagbar men med utvecklingsbehov.`, 'health', 'hr-assessment'),
];
