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

  // --- Health positives: disability, aids, hearing and vision ---
  d(`Hej! Inför konferensen: Gösta använder rullator och kan inte gå i trappor. Finns det hiss till hörsalen?`, 'health'),
  d(`Jag har fått en ny hörapparat och hör fortfarande dåligt i stora rum, så jag vore tacksam om vi kunde ha slingan på vid APT.`, 'health'),
  d(`Ny medarbetare från 1/9, Rebecka, är rullstolsburen. Vi behöver se över dörröppnare och toaletten på plan 2 innan hon börjar.`, 'health'),
  d(`Arbetsförmedlingen har beviljat lönebidrag för Dennis på grund av hans funktionsnedsättning (förvärvad hjärnskada). Handledaren behöver gå igenom rutinerna med honom i små steg.`, 'health'),
  d(`Min syn har blivit mycket sämre efter gråstarren, jag behöver skärmläsare och större skärm. Kan IT hjälpa till med en anpassning av arbetsplatsen?`, 'health'),
  d(`FYI: Viktor is deaf in one ear, so please sit on his right side in meetings and don't rely only on the Teams audio.`, 'health'),
  d(`Till hjälpmedelsenheten: Brukaren Alva Nyström behöver en ny elrullstol, den gamla passar inte längre efter amputationen i våras. Arbetsterapeutens bedömning bifogas.`, 'health'),
  d(`Hon har MS och får skov ibland, då kan hon inte köra bil. Så vi måste ordna skjuts till kundbesöken de veckorna.`, 'health'),

  // --- Hard negatives: accessibility and aids in general ---
  d(`Stadshuset är tillgänglighetsanpassat: ramper vid båda entréerna, hörselslinga i sessionssalen och ledstråk för synskadade.`),
  d(`Kommunens tillgänglighetsråd träffas 3 gånger per år. Nästa möte: 18 oktober. Ärenden till dagordningen skickas till sekreteraren.`),
  d(`Hjälpmedelscentralen har stängt för inventering 2–4 januari. Akuta ärenden hänvisas till jourtelefonen.`),
  d(`Vi ska köpa in hörselslingor till alla konferensrum på plan 4 och 5. Offert från tre leverantörer bifogas.`),
  d(`Tänk på att dokument som publiceras på webben ska vara tillgängliga för personer som använder skärmläsare (WCAG 2.1 AA).`),
  d(`Tips: arbetsplatsanpassning kan sökas hos Arbetsförmedlingen om en anställd har en funktionsnedsättning. Mer info i chefshandboken.`),

  // --- Health positives: addiction treatment ---
  d(`Hej, jag vill informera dig som chef om att jag har börjat i behandling för mitt spelberoende och har samtal varje torsdag eftermiddag. Kan jag flexa de timmarna?`, 'health'),
  d(`Rehabplan alkohol – Stefan L.: Antabus under övervakning på FHV tre gånger per vecka, samtalsstöd, uppföljning efter 3 månader. Vid återfall tillämpas policyn om alkohol och droger.`, 'health'),
  d(`Utredning enligt LVM har inletts för Kim Ek, 34 år. Hon har ett långvarigt opiatmissbruk, har överdoserat två gånger i år och vägrar frivillig vård.`, 'health', 'social'),
  d(`Klienten är inskriven i LARO-programmet och hämtar metadon dagligen på mottagningen. Boendestödet fortsätter enligt beslut.`, 'health', 'social'),
  d(`Min bror är inlagd på avgiftning och jag behöver ta ut några dagars ledigt för att ta hand om hans hund. /Oskar`, 'health'),

  // --- Hard negatives: addiction as topic ---
  d(`Kommunens policy om alkohol och droger i arbetslivet reviderades 2025. Chefer ska gå webbutbildningen senast 31 maj.`),
  d(`Föreläsning om spelberoende bland unga vuxna, arrangeras av Länsstyrelsen och Beroendecentrum, 22/2 i Kulturhuset.`),
  d(`Socialnämnden fick 14 nya ansökningar om missbruksvård under kvartalet. Kostnaden för HVB-placeringar ökade med 9 %.`),
  d(`Hur gör man om man misstänker att en kollega är påverkad på jobbet? Finns det en checklista? Frågar för att vara förberedd.`),

  // --- Health positives: ICD-10 codes and clinical shorthand ---
  d(`Läkarintyg för Kristina Berg. Diagnos: F32.1 Medelsvår depressiv episod. Sjukskrivning 50 % 2026-04-01 – 2026-05-15.`, 'health'),
  d(`Bifogar intyg. Dx M54.5 lumbago, sjukskr 100 % i 2 v. /Ahmad`, 'health'),
  d(`Pat. 71 år, känd KOL (J44.9) och förmaksflimmer (I48). Inkommer med ökad dyspné. Plan: inläggning på medicinavdelning.`, 'health'),
  d(`Diagnoskoder i FK-ärendet för Helena: F43.2 anpassningsstörning, G47.0 sömnstörning. Hon har begärt att få se intyget innan det skickas.`, 'health'),
  d(`Remissvar: S82.6 fraktur på laterala malleolen, vänster. Gips 6 veckor, ingen belastning. Åter på ortopedmottagningen 12/6.`, 'health'),

  // --- Hard negatives: codes and forms without a person ---
  d(`Från och med 2027 ska ICD-11 gradvis ersätta ICD-10 i regionens journalsystem. Utbildning för kodare och läkarsekreterare startar i höst.`),
  d(`Vilken diagnoskod använder man för utmattningssyndrom i Sverige? Jag skriver en uppsats om sjukskrivningsmönster.`),
  d(`Blankett FK 7263 (läkarintyg för sjukpenning) ersattes av ett digitalt intyg. Gamla pappersblanketter ska inte längre användas.`),

  // --- Health positives: euphemisms and indirect statements ---
  d(`Du vet ju hur det är med Berit, hon har inte varit sig själv sedan i våras. Hon är hemma igen och jag tror det är psyket.`, 'health'),
  d(`Han har "fått problem med hjärtat" som han själv säger, så han ska ta det lugnt ett tag och inte stå i kassan.`, 'health'),
  d(`Sanna är borta ett tag, hon har fått bakslag med sitt mående. Låt henne vara i fred i chatten.`, 'health'),
  d(`Lite känsligt: Peter luktar ofta alkohol på morgonen och har varit borta flera måndagar. Han har erkänt för mig att han dricker för mycket och ska söka hjälp.`, 'health'),
  d(`Jag är inte på topp sedan cellgiftsbehandlingen, men jobbar hemifrån så gott det går den här veckan.`, 'health'),
  d(`hej hörru, Mikael är knäckt efter skilsmässan och har fått sömntabletter av doktorn. håll ett öga på honom`, 'health'),
  d(`Nämn inte det för någon, men Lena har fått bröstcancer. Hon vill berätta själv när hon är redo.`, 'health'),
  d(`I'm a bit under the weather after my chemo session yesterday, so my camera will be off in today's call.`, 'health'),

  // --- Hard negatives: idioms, hypotheticals and travel ---
  d(`Det här projektet har verkligen gått in i väggen – budgeten räcker inte och leverantören har hoppat av.`),
  d(`Om en medarbetare skulle bli sjuk under tjänsteresan utomlands, gäller då reseförsäkringen via Kammarkollegiet? Behöver veta inför Brysselresan.`),
  d(`Kom ihåg att beställa EU-kortet (det europeiska sjukförsäkringskortet) innan ni åker på studieresan till Tallinn.`),
  d(`Vaccination inför resa till Kenya: kontakta vaccinationsmottagningen minst sex veckor innan avresa.`),
  d(`Sjukt bra jobbat med budgeten allihop! 🎉`),
  d(`Jag blir galen på det här ärendehanteringssystemet, det kraschar var tionde minut.`),
  d(`Hypotetiskt: om någon i arbetsgruppen får en allergisk reaktion under personaldagen, vem ansvarar för att ringa 112?`),
  d(`Vinterkräksjukan härjar i regionen just nu – tvätta händerna ofta och stanna hemma om du har symtom.`),
  d(`Influensavaccinationen för personal inom vård och omsorg startar 1 november. Boka tid i bokningsappen.`),
  d(`Påminnelse: årlig hälsoundersökning för nattarbetande personal enligt AFS. Kallelse kommer från företagshälsovården.`),
  d(`Företagshälsovården Avonova erbjuder arbetsplatsbesök för att se över ergonomin. Kontakta HR om din enhet är intresserad.`),
  d(`Friskvårdsbidraget höjs till 3 000 kr per år från 2027. Kvitton lämnas i Heroma.`),
  d(`"Sjuk" och "frisk" är inga bra ord i våra texter om brukare – skriv hellre konkret vad som hänt, enligt klarspråksguiden.`),

  // --- Health positives: more sick leave, short and sloppy ---
  d(`VAB? nej, själv sjuk. halsfluss. /J`, 'health'),
  d(`Sjukanmälan: Gustav Holm, förskolan Tallen, fr.o.m. idag. Förkylning.`, 'health'),
  d(`Stina har varit sjuk i tre veckor nu med lunginflammation. Hon hoppas vara tillbaka efter påsk.`, 'health'),
  d(`Jag har covid, positivt test imorse. Jobbar inte idag men kan svara på sms.`, 'health'),
  d(`Ursäkta sen avbokning, jag har fått njursten och sitter på akuten. Vi får ta mötet nästa vecka.`, 'health'),
  d(`Ang. helgens bemanning: Robert är sjukskriven efter sin ryggoperation och Elin har hjärnskakning efter en cykelolycka, så vi är två kort.`, 'health'),
  d(`Re: Sjukfrånvaro
> Hur länge blir hon borta?
Minst fyra veckor enligt henne själv. Hon har fått bältros i ansiktet och ögat är påverkat.`, 'health'),
  d(`Hej chefen. Läkaren har skrivit att jag inte får arbeta natt längre pga min epilepsi. Kan vi prata om ett dagschema?`, 'health'),

  // --- Hard negatives: absence vocabulary elsewhere ---
  d(`Kom ihåg att registrera all frånvaro – semester, VAB, sjukdom och tjänstledighet – i Heroma innan den 5:e.`),
  d(`Vi har fått frågan om det går att sjukanmäla sig via appen. Svaret är ja, från och med version 4.2.`),
  d(`Rapport: Frisktal per förvaltning 2025. Teknik 68 %, Utbildning 54 %, Vård och omsorg 47 %.`),
  d(`Arbetsmiljöverket har publicerat nya föreskrifter om organisatorisk och social arbetsmiljö. Läs om vad de innebär för sjukfrånvaroarbetet.`),
  d(`Vi saknar fortfarande en vikarie för sjukskrivningar under sommaren på Ekbackens förskola. Tipsa gärna om någon!`),

  // --- Longer health positives: threads, minutes, formal notes ---
  d(`Från: Helena Sjöberg
Skickat: den 3 februari 2026 09:14
Till: HR-konsult Västra
Ämne: SV: Rehabärende

Hej Jonas,

Tack för snabbt svar. Som sagt har Mattias nu varit sjukskriven i 94 dagar. Hans läkare bedömer att han har arbetsförmåga för anpassat arbete på 25 % och vi har erbjudit honom uppgifter i receptionen. Han har dock sagt att ljudet där triggar hans tinnitus och ångest.

Kan vi boka ett trepartsmöte med företagshälsovården nästa vecka?

/Helena

> Hej Helena, vi behöver en uppdaterad plan för återgång i arbete innan dag 90. /Jonas`, 'health'),
  d(`Protokoll, avstämningsmöte 2026-05-06
Närvarande: Linda Ek (medarbetare), Per Ahl (chef), Sara Nilsson (Försäkringskassan), Dr. Frida Lund (FHV)
1. Linda berättar att smärtan i nacken har minskat efter sjukgymnastiken men att hon fortfarande har huvudvärk efter 3–4 timmars skärmarbete.
2. FHV bedömer att hon klarar 50 % med pauser varje timme.
3. Arbetsgivaren ordnar ny skärm och headset.
4. Nytt möte om sex veckor.`, 'health'),
  d(`Ärende i Lifecare, anteckning av biståndshandläggare 2026-01-22:
Besök hos Margit (86 år) i hemmet tillsammans med dottern. Margit har sedan strokenen i december nedsatt rörlighet i vänster sida och behöver hjälp med personlig hygien morgon och kväll. Hon har tappat aptiten och väger 44 kg. Beslut: utökad hemtjänst med 12 tim/månad och matdistribution.`, 'health', 'social'),
  d(`Dear colleagues,
As some of you know, Anja has been on sick leave since March after being diagnosed with long covid. She still struggles with fatigue and brain fog, so when she returns on Monday she'll be working 20 hours a week for the first month. Please be patient with her and don't book her into long meetings.
Best, Rachel`, 'health'),
  d(`Till rektor och EHT

Vi har i arbetslaget oroat oss för Tilda (åk 8) en längre tid. Hon har skurit sig på armarna, vilket både mentor och idrottsläraren har sett. Hon säger själv att hon "har det jobbigt hemma". Skolkuratorn har pratat med henne och vi har gjort en orosanmälan till socialtjänsten idag.

/Mentor 8A`, 'health', 'social'),
  d(`Utdrag ur journalanteckning, Vårdcentralen Norrby (kopia till FK enligt samtycke):
Pat. söker för fortsatta besvär med ländryggsmärta med utstrålning till vänster ben. MR visar diskbråck L5–S1. Remiss till ryggkirurg. Fortsatt sjukskrivning 100 % då pat. har tungt arbete som lagerarbetare.`, 'health'),
  d(`Hej! Jag är sjuksköterska i hemsjukvården och behöver diskutera Ivar i Västerby. Han har fått allt svårare att svälja och har tappat 5 kilo. Läkaren vill göra en brytpunktsbedömning nästa vecka och anhöriga är informerade. Kan vi få en extra insats på kvällen?`, 'health'),
  d(`Minnesanteckningar APT 12/9
• Ny kollega: Amir börjar 1/10.
• Sjukfrånvaron på enheten är hög, snitt 9 %. Diskuterade orsaker (trångt, många vikarier).
• Lucas är sjukskriven efter sin hjärtinfarkt och hälsar till alla – beräknas åter i november.
• Julbord 13/12.`, 'health'),

  // --- Hard negatives: long texts with health words but no person ---
  d(`Till alla chefer inom vård och omsorg

Från 1 mars gäller en ny rutin för hantering av sjukfrånvaro:
1. Medarbetaren sjukanmäler sig till chefen före kl. 7.
2. Chefen registrerar i Heroma samma dag.
3. Vid sjukfrånvaro längre än 7 dagar krävs läkarintyg.
4. Vid 6 tillfällen under 12 månader bokas ett hälsosamtal.
5. Rehabiliteringsutredning påbörjas vid dag 14 om sjukdomen väntas bli lång.

Frågor? Kontakta ditt HR-stöd.`),
  d(`Protokoll, Vård- och omsorgsnämnden 2026-04-17
§ 42 Redovisning av sjukfrånvaro
Förvaltningen redovisar att sjukfrånvaron minskat från 9,1 % till 8,3 %. Den långa sjukfrånvaron (>60 dagar) står för hälften.
Beslut: Nämnden godkänner redovisningen.
§ 43 Lokalförsörjningsplan – nytt vård- och omsorgsboende i Ängby
Beslut: Ärendet återremitteras.`),
  d(`Hej allihop!
Nästa vecka är det friskvårdsvecka och vi har ett fullspäckat program: blodtrycksmätning och hälsokontroll med företagssköterskan (boka tid), föreläsning om sömn, stavgång runt sjön och frukt i fikarummet varje dag. Kom ihåg att ni får använda en timme friskvård i veckan på arbetstid.
Hälsningar, hälsoinspiratörerna`),
  d(`Frågor och svar om sjuklön
• Vem betalar sjuklönen? Arbetsgivaren dag 2–14.
• Vad är karensavdrag? Ett avdrag motsvarande 20 % av en genomsnittlig veckolön.
• När behöver jag läkarintyg? Från dag 8.
• Vad händer efter dag 14? Du ansöker om sjukpenning hos Försäkringskassan.`),
  d(`Projektbeskrivning: Digital vårdplanering vid utskrivning från slutenvård
Syftet är att korta tiden mellan utskrivningsklar patient och hemgång. Projektet omfattar samtliga medicinkliniker och sju kommuner. Kontaktperson: projektledare Ulf Sandin.`),
  d(`Kursinbjudan: Basal hygien i vård och omsorg – för nyanställda undersköterskor och vårdbiträden. Kursen ger grundläggande kunskap om smittspridning, handhygien och skyddsutrustning. Digital, ca 45 min.`),
  d(`Kommunen har tecknat nytt avtal med företagshälsovården. Avtalet omfattar rehabiliteringsutredningar, arbetsförmågebedömningar, samtalsstöd och ergonomi. Beställning görs av chef via HR.`),

  // --- Other categories, some with health, some alone ---
  d(`Karolina är kandidat för Vänsterpartiet i kommunvalet och vill ha ledigt två veckor i september för valrörelsen.`, 'political-opinion'),
  d(`Han sa på fikat att han röstar på Sverigedemokraterna och att han tycker att alla partier utom dem är förrädare. Det skapar dålig stämning i gruppen.`, 'political-opinion'),
  d(`Marcus har suttit i kommunfullmäktige för Moderaterna i två mandatperioder. Vi bör fundera på jäv i ärendet.`, 'political-opinion'),
  d(`Eleven har romsk bakgrund och familjen önskar en modersmålslärare i romani chib.`, 'ethnic-origin'),
  d(`Anställd sedan 2020, samisk renskötarfamilj – hon vill ha ledigt under kalvmärkningen i juni.`, 'ethnic-origin'),
  d(`Patienten är född och uppvuxen i Somalia och talar dålig svenska, tolk behövs vid besöket för hans diabetes.`, 'ethnic-origin', 'health'),
  d(`Kollegan Sanna är medlem i Pingstkyrkan och vill inte jobba på söndagsförmiddagar.`, 'religion'),
  d(`Johanna i receptionen är katolik och har frågat om hon får ta ledigt på Kristi himmelsfärds dag för mässan.`, 'religion'),
  d(`Hon är huvudskyddsombud för Vision på förvaltningen och ska vara med när vi diskuterar omorganisationen.`, 'trade-union'),
  d(`Jag har gått med i Vårdförbundet och vill att fackavgiften dras på lönen från och med mars. /Nadia`, 'trade-union'),
  d(`Genetisk analys visar att Tomas bär på en mutation i BRCA2, samma som hans mor. Han har fått remiss till cancergenetisk mottagning.`, 'genetic', 'health'),
  d(`Familjen Lindqvist: både Alice och hennes syster är bärare av anlaget för cystisk fibros enligt DNA-testet. Genetisk vägledning erbjuds.`, 'genetic'),
  d(`Resultatet av gentestet bekräftar Huntingtons sjukdom hos patientens far. Patienten själv har ännu inte valt att testa sig.`, 'genetic', 'health'),
  d(`Fingeravtrycken för Lars Wikström är registrerade i passersystemet för serverhallen. Mallen ligger i kortsystemets databas.`, 'biometric'),
  d(`Ansiktsbilden som användes för identifiering av sökanden, Mira T., har lagrats som ansiktsmall i e-legitimationsappen.`, 'biometric'),
  d(`Röstavtrycket för kunden Gunilla Ros sparades när hon ringde in, så nästa gång verifieras hon automatiskt i telefonkön.`, 'biometric'),
  d(`Eleven, Kim, har berättat för mentorn att hen är transperson och vill kallas hen och använda namnet Kim i stället för sitt juridiska namn.`, 'sex-life'),
  d(`Han är öppet homosexuell men vill inte att det nämns när vi presenterar honom för den nya kunden.`, 'sex-life'),
  d(`Klienten uppger att hon har sex mot ersättning för att klara hyran och har blivit smittad med klamydia.`, 'sex-life', 'health', 'social'),

  // --- Remaining categories, some combined with health ---
  d(`OBS! Barnet i placering har skyddad folkbokföring. Uppgifter om var han går till tandläkaren får inte lämnas till biologiska föräldrar.`, 'protected-identity', 'health', 'social'),
  d(`Medarbetaren har kvarskrivning sedan i vintras. Skicka inget lönebesked eller brev till hennes nya adress, bara till förvaltningens adress.`, 'protected-identity'),
  d(`Patienten har sekretessmarkering i folkbokföringen. Kallelsen till återbesöket på onkologen efter hennes cellgiftsbehandling ska gå via Skatteverkets förmedlingsadress.`, 'protected-identity', 'health'),
  d(`Uppgifterna nedan omfattas av sekretess enligt 26 kap. 1 § OSL och får inte lämnas ut. Ärendet gäller familjen Nordins ansökan om ekonomiskt bistånd.`, 'secrecy', 'social'),
  d(`SEKRETESS – 21 kap. 1 § OSL. Bifogat finns läkarutlåtandet om hälsotillstånd för sökanden Erik Holm, som ligger till grund för bedömningen av arbetsförmåga.`, 'secrecy', 'health'),
  d(`Vi har fått ett utdrag ur belastningsregistret för sökanden Daniel K. Han är dömd för misshandel 2021 och kan därför inte anställas som elevassistent.`, 'criminal-record'),
  d(`Brukaren är dömd till skyddstillsyn och har kontakt med Frivården varannan vecka. Hemtjänsten behöver ta hänsyn till besökstiderna.`, 'criminal-record', 'social'),
  d(`Polisanmälan är gjord mot medarbetaren för stöld av läkemedel (Oxycodon) från läkemedelsskåpet. Han har själv erkänt ett beroende och är avstängd under utredningen.`, 'criminal-record', 'health'),
  d(`Hej, nytt lösenord till journalsystemet för Anna på avd 5: Vinter2026!kaffe – byt vid första inloggning.`, 'credentials'),
  d(`Dörrkoden till personalingången på Ekhagens SÄBO är 4719#, den ändras 1 mars.`, 'credentials'),
  d(`Here's the API key for the patient portal test environment: pk_live_7Hq2vXk9LmR4tYz8WcB1. Please don't share it outside the team.`, 'credentials'),
  d(`Efter lönesamtalet: Emma höjs från 31 500 kr till 33 100 kr per månad från april.`, 'salary'),
  d(`Sjuksköterskan Jamal har 42 000 kr i månadslön och begär samma som nyanställda, 45 500 kr. Han tänker säga upp sig annars.`, 'salary'),
  d(`Utbetalning av reseersättning till Mona Lind ska göras till konto 8327-9, 914 227 663-4 i Swedbank.`, 'bank-account'),
  d(`Please update my bank details for the salary: IBAN SE45 5000 0000 0583 9825 7466, SEB. /Lukas Weber`, 'bank-account'),
  d(`Kontonumret för återbetalning av hyresdepositionen till Eva Strand: Handelsbanken clearing 6123, konto 417 882 905.`, 'bank-account'),
  d(`Kortnummer för hotellbokningen: 4532 7153 3790 1245, giltigt till 09/28, CVC 318. Det är mitt privata kort. /Gunnel`, 'payment-card'),
  d(`Vi debiterade fel kort: Mastercard 5425 2334 3010 9903, exp 04/27. Kan ni göra en återbetalning till kortinnehavaren Frans Öberg?`, 'payment-card'),
  d(`Betalning av kursavgiften för Lena Holm: kort 4916 3385 0608 2832, utg. 11/26, CVV 905. Kortet står på hennes make.`, 'payment-card'),
  d(`Skriftlig varning till Mats Ek: Du har vid tre tillfällen lämnat arbetet utan att meddela arbetsledningen. Vid upprepning kan det leda till uppsägning.`, 'hr-assessment'),
  d(`Bedömning efter provanställning: Tove är noggrann men har svårt att samarbeta och behöver utveckla sitt bemötande av brukare. Rekommendation: förlängd provanställning.`, 'hr-assessment'),
  d(`Betyg i matematik för Leo Andersson, 9B: E. Han har 27 % frånvaro på grund av sin sjukdom (Crohns) och har missat två nationella prov.`, 'grades', 'health'),
  d(`Omdöme svenska, åk 4: Nora läser flytande men behöver träna på att skriva längre texter. Hon har haft hög ogiltig frånvaro under hösten.`, 'grades'),

  // --- More health positives, varied voices ---
  d(`Tjena! Har du hört att Patrik ska opereras för sin diskbråck på måndag? Han är sänkt ett par månader.`, 'health'),
  d(`Hej, jag är allergisk mot latex och behöver nitrilhandskar på avdelningen. Kan ni beställa hem sådana?`, 'health'),
  d(`Mia har fått en infektion efter kejsarsnittet och ligger kvar på BB några dagar till. Föräldraledigheten börjar ändå som planerat.`, 'health'),
  d(`Jag har fått en tid för gastroskopi på onsdag och får inte köra bil efteråt, så jag kommer inte till arbetsplatsträffen.`, 'health'),
  d(`Erik på vaktmästeriet har tappat mycket av hörseln efter alla år med lövblåsaren. Han har fått hörapparater och behöver hörselskydd som fungerar ihop med dem.`, 'health'),
  d(`Min dotter har diagnosen typ 1-diabetes och jag behöver ibland gå tidigt när skolan ringer om lågt blodsocker. Hoppas det är okej.`, 'health'),
  d(`Bosse on the night shift has had chest pains twice this week. I told him to see a doctor but he refuses. Should I report this to someone?`, 'health'),
  d(`Hej Ylva, du bad om info: jag äter blodförtunnande (Eliquis) efter min propp, så om jag skulle skada mig på jobbet behöver ambulanspersonalen veta det.`, 'health'),
  d(`Rektorn har fått ett läkarintyg som visar att Hampus i 3C inte får delta i idrotten resten av terminen på grund av hjärtfel.`, 'health'),
  d(`Lasse har sagt upp sig för att han inte orkar längre efter sin sjukdom. Han vill ha ett arbetsintyg som inte nämner sjukskrivningarna.`, 'health'),
  d(`Meddelande till vikarien: Tuva i gruppen är diabetiker, blodsockermätaren ligger i hennes fack. Om värdet är under 4 ska hon få druvsocker.`, 'health'),
  d(`Vi har fått veta att Kerstin har fått en hjärnblödning och är medvetslös. Familjen ber om att vi inte hör av oss just nu.`, 'health'),
  d(`Kan vi flytta min tid? Jag har fått en återbesökstid på reumatologen samma dag för min ledgångsreumatism.`, 'health'),
  d(`Ny info om Dragan: han har fått en tumör i hjärnan och börjar strålbehandling nästa vecka. Hans fru har bett oss samla in till en blomma.`, 'health'),
  d(`Jag behöver tyvärr avboka föreläsningen. Jag har fått herpes zoster och får inte vara bland gravida eller nyfödda.`, 'health'),
  d(`Hej skolsköterskan! Har Lucas i 1A fått sina vaccinationer? Mamma säger att han inte fått MPR på grund av hans immunbrist.`, 'health'),
  d(`Att: Hemtjänstgrupp Öst. Brukaren på Storgatan 14 har fått diagnosen lunginflammation och fått antibiotika. Kontrollera temp och vätskeintag vid varje besök.`, 'health'),
  d(`Ulf har fått sin andra hjärtinfarkt, han ligger på HIA. Jag tar över hans ärenden tills vidare. /Camilla`, 'health'),
  d(`Jag har endometrios och har fruktansvärt ont några dagar i månaden. Kan jag få jobba hemifrån de dagarna?`, 'health'),
  d(`Hon som jobbar i kassan, Amanda, fick ett epileptiskt anfall i personalrummet. Vi ringde 112 och hon åkte ambulans till akuten.`, 'health'),
  d(`Kollegan på ekonomi, Johan, har nyss fått diagnosen prostatacancer och börjar behandling på Karolinska. Han jobbar halvtid så länge.`, 'health'),
  d(`my back is killing me after the move, seeing a physio on thursday – might need to work from home rest of the week`, 'health'),
  d(`Tandläkaren har hittat åtta hål hos Ella (förskolan Humlan) och misstänker att tänderna inte borstas hemma. Vi funderar på en orosanmälan.`, 'health', 'social'),
  d(`Hemsjukvården har noterat att Valter på Åsgatan har förvärrade bensår och en begynnande demens. Han glömmer att ta sina mediciner.`, 'health'),
  d(`Angående Annas arbetsförmåga: hon klarar enligt läkaren inte stående arbete mer än 2 timmar per dag efter knäproteset.`, 'health'),
  d(`Sjukskrivningsgrad för Hassan ändras från 100 % till 75 % från 1 juni enligt nytt läkarintyg.`, 'health'),
  d(`Till personalhandläggare: Jag har astma och reagerar kraftigt på parfym. Kan man gå ut med en uppmaning till kollegorna på vår våning?`, 'health'),
  d(`Fick veta att Pelles fru har ALS och att han kommer att behöva vara ledig med närståendepenning framöver.`, 'health'),

  // --- Hard negatives: job titles, units, organisation ---
  d(`Hej! Jag heter Rasmus och är ny distriktssköterska i hemsjukvården i Norra området. Ni når mig på 010-123 45 67.`),
  d(`Kontakta skolsköterskan eller kuratorn om du vill prata om något – vi finns på plan 2 bredvid biblioteket.`),
  d(`Tjänsten som MAS (medicinskt ansvarig sjuksköterska) är vakant från 1 maj. Frågor om läkemedelshantering hänvisas tills vidare till MAR.`),
  d(`Hon är läkare på psykiatriska akutmottagningen och föreläser gärna för era chefer om suicidprevention.`),
  d(`Barnmorskan på ungdomsmottagningen har drop-in tisdagar 15–18. Sprid gärna till eleverna.`),
  d(`Arbetsterapeuterna och fysioterapeuterna i kommunen samlokaliseras i Hälsans hus från januari.`),
  d(`Psykiatrin i region Sörmland söker överläkare – annonsen ligger ute till 30 november.`),
  d(`Hej, vem är kontaktperson för företagshälsovården numera? Tidigare var det Marie men hon har slutat.`),
  d(`Vi har bokat beroendeterapeuten från Mottagningen för unga vuxna till vårt APT den 14 mars för att prata om hur man upptäcker missbruk.`),
  d(`Tandvårdsenheten på Folktandvården Centrum stänger för renovering under juli. Akut tandvård hänvisas till Folktandvården Öst.`),
  d(`Operationsavdelningen på Centralsjukhuset har fått ny verksamhetschef. Pressmeddelande bifogas.`),
  d(`Jobbar ni på rehab eller på geriatriken? Jag letar efter någon som vet hur man beställer hjälpmedel i Sesam.`),

  // --- Hard negatives: campaigns, courses, news ---
  d(`Nyhet från regionen: Fler får vård i tid i år. Väntetiden till operation för höft- och knäproteser har minskat till i snitt 78 dagar.`),
  d(`Bröstcancermånaden oktober: vi säljer rosa band i receptionen till förmån för Cancerfonden.`),
  d(`Blodbussen står utanför kommunhuset torsdag 10–15. Ge blod – det räddar liv!`),
  d(`Utbildning: Diabetes hos äldre – vad behöver omsorgspersonal veta? Distriktssköterska föreläser 2 tim, 8 november.`),
  d(`Kursen "Arbetsrätt och sjukdom – uppsägning på grund av personliga skäl" ges av Sobona den 3 april i Stockholm.`),
  d(`Vi har fått medel från Socialstyrelsen för kompetenslyft i demensvård. Ansök om plats senast 15 januari.`),
  d(`Webbinarium: "Långvarig covid och återgång i arbete" – för HR-specialister och chefer. Inspelningen finns på intranätet.`),
  d(`Nya riktlinjer för hantering av allergier i förskolan har antagits av barn- och utbildningsnämnden.`),
  d(`Kampanj: Våga fråga om psykisk ohälsa! Affischer och samtalskort kan beställas från kommunikationsavdelningen.`),
  d(`Pressmeddelande: Kommunen inför rökfri arbetstid från 1 januari och erbjuder gratis rökavvänjning via företagshälsovården.`),
  d(`Föreläsning om menopaus och arbetsliv: vad kan arbetsgivaren göra? Öppen för alla medarbetare, 22 oktober.`),
  d(`Studie: Hörselskador bland förskolepersonal ökar. Arbetsmiljöverket rekommenderar ljudabsorbenter och mindre barngrupper.`),

  // --- Hard negatives: policies, templates and forms ---
  d(`Mall för rehabiliteringsplan (Word) finns under Chefsstöd > Rehabilitering. Fyll i namn, arbetsförmåga, åtgärder och uppföljningsdatum.`),
  d(`Blanketten "Begäran om anpassning av arbetsplats" lämnas till närmaste chef. Bifoga gärna underlag från läkare eller arbetsterapeut.`),
  d(`I formuläret för anmälan till skolresan finns fält för allergier, mediciner och andra hälsouppgifter som personalen behöver känna till.`),
  d(`Policy: Information om medarbetares hälsa ska endast delas med den som behöver den för rehabiliteringen och ska förvaras i låst skåp eller i rehabsystemet Adato.`),
  d(`Vid misstänkt smitta: följ smittskyddsläkarens anvisningar och rapportera till MAS. Ingen personal med symtom får arbeta på avdelningen.`),
  d(`Riktlinje för hälsoundersökning vid arbete med nattarbete och vibrerande verktyg uppdaterad 2026-01-10.`),
  d(`Checklista för hembesök: ta med blodtrycksmätare, termometer, sårvårdsmaterial och handsprit.`),
  d(`Rutin: sjukanmälan av elev görs av vårdnadshavare i Skola24 före kl. 8. Upprepad frånvaro följs upp av mentor.`),
  d(`Hur ska vi dokumentera läkemedelsavvikelser i nya systemet? Förslag på mall bifogas, synpunkter senast fredag.`),
  d(`Enligt arbetsmiljölagen har arbetsgivaren ansvar för arbetsanpassning och rehabilitering. Läs mer i AFS 2020:5.`),

  // --- Hard negatives: everyday mails with health words ---
  d(`Ska vi äta lunch på sjukhusrestaurangen på torsdag? De har bra vegetariskt.`),
  d(`Tack för en härlig kickoff! Träningspasset med PT:n var tuffare än väntat, jag har träningsvärk i hela kroppen 😅`),
  d(`Kan någon låna ut en blodtrycksmätare till friskvårdsdagen? Vi ska ha en station där man kan mäta sitt eget blodtryck.`),
  d(`Vi har köpt in 5 rullatorer till entrén på Kulturhuset som besökare kan låna.`),
  d(`Hörselslingan i sessionssalen fungerar inte. Kan IT titta på det innan fullmäktige i kväll?`),
  d(`Sjukresor inom regionen bokas via Sjukresebeställningen, 0771-00 00 00. Egenavgift 120 kr per enkel resa.`),
  d(`Har ni några tips på bra ergonomiska tangentbord? Jag ska köpa till hela avdelningen.`),
  d(`The hospital project in Uppsala has been delayed by a year because of the contractor's bankruptcy. The new ward opening is now planned for 2028.`),
  d(`Reminder: our team's flu shots are on Thursday at 10 in room 2.14. Bring your ID card.`),
  d(`If anyone feels unwell during the fire drill, please go to the first-aid room on floor 1 – the trained first-aiders are listed on the door.`),
  d(`Does anyone know if the EHIC card covers dental emergencies in Spain? Asking for the study trip planning.`),
  d(`Please submit your dietary requirements (vegetarian, vegan, allergies) for the staff party by Friday.`),
  d(`Sjukhusclownerna kommer till barnavdelningen på fredag – fint reportage i lokaltidningen!`),
  d(`Matsedel förskolan v. 12: tisdag – laxbullar med potatis (fisk, ägg, gluten); glutenfri och laktosfri variant finns för de barn som har specialkost.`),
  d(`Vi har fått in tre nya ansökningar om specialkost till hösten. Kostchefen gör en sammanställning utan namn till nämnden.`),
  d(`Sommarvikarier på SÄBO ska ha gått kursen i läkemedelshantering och delegering innan de får ge mediciner.`),
  d(`Hej, var ligger Beroendemottagningen numera? Jag ska leverera kontorsmaterial dit.`),
  d(`Projektet "Friska skolor" har fått nytt finansieringsbesked från Arvsfonden.`),
  d(`Ledig tjänst: skolkurator 80 % vid Fridhemsskolan. Erfarenhet av elevhälsoarbete och samtal med ungdomar meriterande.`),
  d(`Räddningstjänsten håller kurs i första hjälpen och brandskydd för alla nyanställda den 4 februari.`),
  d(`Tandvårdsstöd för äldre – information till anhöriga finns i broschyren som ligger i receptionen.`),
  d(`Jag har bokat konferensrummet "Vårdcentralen" på plan 3 för mötet på tisdag, haha ja, det heter så.`),
  d(`I budgeten för 2027 ingår 4,2 mnkr för att bygga om Vallaskolans elevhälsa med nya rum för skolsköterska och psykolog.`),
  d(`Statistik från elevhälsan läsåret 2025/26: 212 hälsobesök, 64 remisser till BUP, 18 orosanmälningar. Inga individuppgifter redovisas.`),

  // --- Final health positives ---
  d(`Hej, Gunilla har fått förhöjt blodtryck och läkaren har satt in medicin. Hon ber att få slippa kvällsmöten ett tag.`, 'health'),
  d(`Hörselprovet visade att min hörsel blivit mycket sämre på ett år, så jag kommer att behöva ett hörhjälpmedel på jobbet.`, 'health'),
  d(`Fyi Petter is in hospital with a burst appendix, surgery went fine but he'll be off for 2–3 weeks.`, 'health'),
  d(`Brukaren i lgh 1102 har fått insulin ordinerat två gånger per dag från idag. Delegering krävs för personalen som ger det.`, 'health'),
  d(`Hon har fått tillbaka sin bulimi och går i behandling igen på ätstörningsenheten.`, 'health'),
  d(`Jag har ADHD och behöver skriftliga instruktioner och ett eget rum för att kunna fokusera – kan vi ta det på medarbetarsamtalet?`, 'health'),

  // --- Compounds and inflections, positives ---
  d(`Långtidssjukskrivne Kenneth på parkenheten har nu varit borta i 180 dagar. FK prövar hans arbetsförmåga mot hela arbetsmarknaden från nästa vecka.`, 'health'),
  d(`Sjukskrivningsperioden för Amra löper ut på fredag. Hon har sagt att hon fortfarande har kraftiga ryggbesvär och ska till läkaren igen.`, 'health'),
  d(`Hej, jag är deltidssjukskriven (50 %) p.g.a. hjärnskakningen och kan bara vara med på förmiddagsmötena.`, 'health'),
  d(`Ang. vikariatet: Tjänsteinnehavaren är föräldraledig och därefter sjukledig efter förlossningen, så vikariatet förlängs till 31/12.`, 'health'),
  d(`Cancerbeskedet kom i går för Yvonne. Hon vill själv berätta på APT när hon orkar.`, 'health'),
  d(`Jag har haft återkommande öroninflammationer och är nu opererad med plaströr. Läkarintyget säger inga flygresor på en månad, så jag kan inte åka till Bryssel.`, 'health'),
  d(`Anhörigsamtal: sonen till Astrid berättar att hennes Parkinsonsymtom har förvärrats och att hon ramlat hemma två gånger senaste månaden.`, 'health'),
  d(`Hon är gravid i sjunde månaden och har fått havandeskapsförgiftning, så hon blir sjukskriven fram till förlossningen.`, 'health'),
  d(`Sjukdomsförloppet för Bertil har gått snabbt. Palliativa teamet är inkopplat och anhöriga har fått information om att han har kort tid kvar.`, 'health'),
  d(`hej! jag har fått magsår och äter penicillin + magsyrahämmare, så jag skippar after work ikväll 😕`, 'health'),
  d(`The new intern, Sam, told me he has Tourette's and that his tics get worse when he's stressed. He's fine with me telling the team.`, 'health'),
  d(`Hörselnedsättningen för Lisbeth har blivit värre, hon kan inte längre ta telefonsamtal i växeln. Vi behöver omplacera henne till skriftliga ärenden.`, 'health'),
  d(`Elevens synnedsättning (kraftig närsynthet och nystagmus) innebär att hon behöver förstorade prov och sitta längst fram.`, 'health'),
  d(`Ärendet gäller Hilma, 4 år, som har en grav språkstörning och talar nästan inte alls. Logopeden på habiliteringen vill ha ett möte med förskolan.`, 'health'),
  d(`Efter operationen av sköldkörteln tar jag Levaxin och är fortfarande väldigt trött. Räknar med att vara tillbaka på heltid efter semestern.`, 'health'),
  d(`Kollegan Tommy, 61, har fått diagnosen frontallobsdemens och kommer att sluta arbeta. Han vill att vi ordnar en liten avtackning.`, 'health'),
  d(`SÄBO Granen, journalanteckning: Ruth vägrar äta och dricka sedan två dagar. Sviktande. Läkare har gjort hembesök, beslut om att inte sätta dropp. Närstående underrättade.`, 'health'),
  d(`Min man har fått en hjärtinfarkt och ligger på sjukhus, jag vet inte när jag kommer tillbaka. Ring inte, skicka sms. /Kajsa`, 'health'),

  // --- Compounds and inflections, hard negatives ---
  d(`Andelen långtidssjukskrivna i kommunen har minskat för tredje året i rad, enligt personalekonomisk redovisning 2025.`),
  d(`Sjukskrivningsperioder över 14 dagar ska rapporteras till Försäkringskassan. Lönecenter sköter anmälan automatiskt.`),
  d(`Vi har tagit fram en ny checklista för deltidssjukskrivna som återgår i arbete – den finns i chefsstödet.`),
  d(`Föräldraledighet och sjukledighet påverkar inte rätten till semesterlön upp till 180 dagar per intjänandeår.`),
  d(`Cancerrehabiliteringen i regionen har fått nationell utmärkelse. Läs intervjun med verksamhetschefen på webben.`),
  d(`Föreläsning: Att leva med Parkinsons sjukdom – för anhöriga och personal inom äldreomsorgen. Parkinsonförbundet medverkar.`),
  d(`Palliativa rådet bjuder in till nätverksträff om vård i livets slutskede, 7 december.`),
  d(`Hörselnedsättning är den vanligaste arbetsskadan inom industrin. Se till att hörselskydd alltid finns tillgängliga i verkstaden.`),
  d(`Logopedmottagningen har lång kö just nu – remisser från förskolor prioriteras enligt nya riktlinjer.`),
  d(`Habiliteringen flyttar till nya lokaler på Storgatan 22 i juni. Nya telefontider anslås på webben.`),
  d(`Demensvänlig kommun: all personal i kundtjänst ska gå den digitala utbildningen Demens ABC under hösten.`),
  d(`Graviditetsrelaterad sjukfrånvaro ingår inte i den statistik vi redovisar till nämnden.`),
  d(`Ska vi skicka en blomma när någon i personalgruppen blir sjuk? Vi vill ha en gemensam rutin för uppvaktning.`),
  d(`Tänk på att aldrig skriva diagnoser eller sjukdomsuppgifter i vanlig e-post – använd den säkra e-posttjänsten.`),
  d(`Testa er kunskap: quiz om hjärt-lungräddning, stroke-symtom (AKUT-testet) och allergichock på intranätet. Vinnaren får biocheck!`),
  d(`Arbetsterapeut sökes till vår hjälpmedelsverksamhet. Du bedömer behov av rullstolar, rullatorer och bostadsanpassning.`),
  d(`Nästa veckas tema på föräldramötet: sömn, skärmtid och hälsa hos barn i lågstadiet. Skolsköterskan medverkar.`),
  d(`Sjukvårdsupplysningen 1177 har fått ny webbplats. Informera gärna besökare om att de kan logga in med BankID.`),
  d(`Vi planerar en kurs i psykisk första hjälpen för alla fritidsledare – har någon erfarenhet av bra utbildare?`),
  d(`Ergonomironden på kontoret är klar. Vi beställer fotstöd, skärmarmar och headset enligt listan.`),
  d(`Sjukhusbyggnaden i Alingsås ska rivas och ersättas av en vårdcentral och ett äldreboende, enligt detaljplaneförslaget.`),
  d(`Ny lag om patientsäkerhet i kommunal hälso- och sjukvård – sammanfattning från SKR bifogas.`),
];
