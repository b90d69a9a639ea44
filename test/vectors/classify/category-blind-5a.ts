/**
 * Category blind set 5a: everyday mail, chat and notes from staff in Swedish regions, municipalities and
 * agencies (primary care, psychiatry, elderly care, LSS, social services, schools, HR and payroll, IT,
 * registrar, facilities, procurement, culture, environment and health protection, Försäkringskassan and
 * Arbetsförmedlingen contacts), mostly Swedish with some English, with document-level labels.
 *
 * BLIND — written from the labelling guide alone without reading the classifier, its training data or
 * other corpora; never to be used for training, tuning or keyword mining; scored once by the lead.
 *
 * All names, numbers, addresses, codes and details are invented; any likeness to real people is accidental.
 */
import type { CategoryType } from '../../../src/core/classify/types.js';
import type { LabelledDocument } from './category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const CATEGORY_BLIND_5A: readonly LabelledDocument[] = [
  // --- primary care / region ---
  d(`Hej Lotta,
Kan du boka om Gunnar Emanuelsson till nästa vecka? Hans INR låg på 4,1 i går så vi har pausat Waran två dagar och vill ta nytt prov innan han får ny dos.
/Mirja, dsk vc Norrby`, 'health'),
  d(`Påminnelse: influensavaccinationen för personal sker i konferensrum Tallen torsdag 8–11. Ingen tidsbokning behövs, ta med ditt id-kort.`),
  d(`hej! jag ligger hemma med feber och halsfluss sen igår kväll, kommer inte in imorgon heller tror jag. har ringt in i personec. /Sanna`, 'health'),
  d(`Till alla distriktssköterskor: från 1 februari ska diabetesfoten bedömas enligt nya vårdprogrammet. Genomgång på APT, materialet ligger på Samarbetsytan.`),
  d(`Hi Erik, quick update on the patient in room 14 — Mr Håkansson's chest X-ray showed a small left-sided pneumonia, started amoxicillin this morning. Family has been informed. Cheers, Dr. Nwosu`, 'health'),
  d(`Vi har fått in en remiss från ortopeden om Elvira Strand, 9 år, som ska få gipset borttaget v. 12. Kan fysioterapin ta henne direkt efter?`, 'health'),
  d(`Kollade läkemedelslistan för hela avdelningen inför revisionen, inga avvikelser på ordinationsrutinerna. Bra jobbat alla!`),
  d(`Hej, jag är gravid i vecka 14 och undrar om jag kan slippa lyfta på boendet framöver, barnmorskan sa att jag borde undvika tunga lyft. Vem pratar jag med om det? Mvh Jasmina`, 'health'),
  // --- psychiatry ---
  d(`Anteckning efter telefonsamtal: Patienten (Ronja L) uppger fortsatta sömnsvårigheter och ökad ångest sedan utsättningen av sertralin. Bokas in hos läkare inom en vecka. Suicidtankar förnekas.`, 'health'),
  d(`Hej alla, psykiatrins öppenvård har ny telefontid från måndag: 8.30–10.00. Sprid gärna till patienterna via väntrumsaffischen.`),
  d(`Mats har varit inlagd på 32:an sedan i fredags efter ett skov, så han kommer inte på bostödsträffen. Jag hör av mig när han är utskriven.`, 'health'),
  d(`Föreläsning om bipolär sjukdom för anhöriga den 14 mars, Aula Medica. Anmälan senast 1 mars till psykiatrisamordnaren.`),
  // --- elderly care ---
  d(`Natten: Brukaren i lgh 1102 ramlade vid 02-tiden på väg till toaletten, blåmärke på höger höft, ingen misstanke om fraktur enligt ssk. Fallrapport skriven i Lifecare.`, 'health'),
  d(`Hej, kan någon täcka passet på Solrosen på söndag kväll? Jag har fått förhinder. Tack! /Anneli`),
  d(`Till biståndshandläggare: beslut om utökad hemtjänst för Ingvor Berglund, Storgatan 8, gäller från 3 april – 4 insatser per dag inkl. tillsyn natt p.g.a. hennes tilltagande demens.`, 'social', 'health'),
  d(`Information till anhöriga: Från 1 maj blir det nya besökstider på Ekbackens vård- och omsorgsboende. Se bifogat blad.`),
  d(`Anna-Greta har börjat vägra ta sina morgontabletter, främst Madopar. Kan du prata med henne när du är här på tisdag? Annars får vi ringa doktorn.`, 'health'),
  d(`Vi behöver fler inkontinensskydd i storlek M till avdelning 2, beställningen i fredags kom inte fram. Kan du kolla med leverantören?`),
  // --- LSS ---
  d(`Hej! Jonatans assistenter har rapporterat att han fått fler epileptiska anfall senaste veckan, tre st sedan söndag. Vi har kontaktat habiliteringen. Hans beslut om personlig assistans enligt LSS 9 § 2 ska omprövas i juni.`, 'health', 'social'),
  d(`LSS-handläggarna träffas för ärendedragning onsdag 13.00 i rum 4. Ta med frågor om korttidsvistelse och ledsagarservice.`),
  d(`Daglig verksamhet Verkstan har stängt 24/12–6/1. Deltagarna har fått info i sina veckoscheman.`),
  d(`Kort info: Elsa flyttar in i gruppbostaden på Lindvägen den 1 juni, beslutet om bostad med särskild service enligt LSS kom i går. Hon har autism och behöver en lugn start, så vi tar det i små steg.`, 'social', 'health'),
  // --- social services adults / economic assistance ---
  d(`Hej Ali, jag har gått igenom din ansökan om ekonomiskt bistånd för mars. Du har rätt till försörjningsstöd på 6 420 kr. Pengarna betalas ut den 25:e. Mvh Karin, Socialtjänsten`, 'social'),
  d(`Riksnormen för försörjningsstöd höjs från 1 januari. Ny tabell finns i handläggarstödet, kontrollera beräkningarna i ärenden som löper över årsskiftet.`),
  d(`Klienten har fortsatt lämnat positiva urinprov för amfetamin och kommer inte till öppenvårdsgruppen. Vi överväger att göra en anmälan enligt LVM. Pratar med enhetschef imorgon.`, 'social', 'health'),
  d(`Vem vet hur man fyller i blanketten för hyresskuld i nya verksamhetssystemet? Fältet "överenskommelse" låser sig hela tiden.`),
  d(`Hej! Jag vill säga upp mig från mitt försörjningsstöd, jag har fått jobb på lagret i Arlandastad från 1/9. Tack för hjälpen! /Dragana`, 'social'),
  d(`Sammanfattning från nätverksmötet om hemlöshet: 34 personer i kommunen saknar egen bostad enligt kartläggningen, varav 8 kvinnor. Nästa möte i oktober.`),
  // --- children and families ---
  d(`Orosanmälan har inkommit från förskolan Trollet gällande Noah, 4 år. Personalen har sett blåmärken på ryggen vid två tillfällen och pappan har uppträtt berusad vid hämtning. Förhandsbedömning inleds idag.`, 'social', 'health'),
  d(`Påminnelse: alla som arbetar med barn har skyldighet att göra orosanmälan till socialtjänsten vid misstanke om att ett barn far illa. Läs gärna broschyren från Barnombudsmannen.`),
  d(`Hej Petra, mamman till Liam har ringt igen och vill veta när placeringen i familjehemmet upphör. Jag sa att LVU-beslutet gäller tills vidare och att hon får prata med dig. /Hassan`, 'social'),
  d(`Ansökan om att bli familjehem: Vi tar emot intresseanmälningar löpande. Utredning tar ca 3 månader och innehåller hembesök och referenser.`),
  d(`Familjen Karimi uteblev från andra samtalet i barnavårdsutredningen. Pojken var inte i skolan i dag heller. Försöker hembesök i eftermiddag tillsammans med Linnea.`, 'social', 'grades'),
  // --- schools and student health ---
  d(`Hej föräldrar i 7B! Utvecklingssamtalen är v. 46. Boka tid via Schoolsoft senast fredag. Mvh Mikael, mentor`),
  d(`Hej Sofia, Ebbe har varit borta 23 % av lektionerna i matematik den här terminen och riskerar F i kursen om han inte lämnar in de två saknade uppgifterna innan lov. Kan vi ses på torsdag? /Katrin, mattelärare`, 'grades'),
  d(`Betygen i årskurs 9 ska vara inlagda senast 5 juni kl. 16. Rektor låser systemet efter det.`),
  d(`Skolsköterskan här: Milo i 3A har astma och ska alltid ha sin Airomir med sig på utflykten på fredag. Kan du som har gruppen se till att den ligger i ryggsäcken?`, 'health'),
  d(`NP i svenska 9 — resultat: Wilma E: B, Aziz H: C, Tova L: A, Filip N: E (uppsats underkänd, delprov C). Lägg in i Excelarket innan konferensen.`, 'grades'),
  d(`Elevhälsomötet flyttas till tisdag. Vi går igenom rutinen för frånvarouppföljning och nya blanketten för extra anpassningar.`),
  d(`hej, Adam i 8C har fått IG på två prov i rad i NO och grät på rasten i dag. Tror det är mycket hemma just nu, pappan sitter visst i häkte. kan kuratorn ta ett snack med honom?`, 'grades', 'criminal-record'),
  d(`Elevens frånvaro ska registreras i Skola24 senast kl. 09 varje dag, även vid heldagsutflykter.`),
  // --- HR and payroll ---
  d(`Hej Tomas, efter lönesamtalet kan jag bekräfta din nya månadslön från 1 april: 38 700 kr (tidigare 36 900). Mvh Ulrika, enhetschef`, 'salary'),
  d(`Lönerevisionen 2027: Vi följer centrala avtalet HÖK med Kommunal. Alla medarbetare kallas till lönesamtal under mars.`),
  d(`Hej Payroll, my salary for October was paid to my old account. Please use my new one: Swedbank, clearing 8327-9, account 914 603 221-4. Thanks, Gabriela Ortiz`, 'bank-account'),
  d(`Till Lönecenter: Karin Holm ska ha OB-tillägg för 14 timmar i november som inte kommit med. Hennes timlön är 178 kr.`, 'salary'),
  d(`Reminder: the deadline for submitting changes to bank details in Självservice is the 10th of each month. Changes after that date apply to the following pay run.`),
  d(`Protokoll medarbetarsamtal 2026-10-14, Jesper Wall: Jesper uppfyller målen för ärendehantering men har svårt att hålla tider i samverkan med andra enheter. Vi kom överens om handlingsplan med avstämning i januari.`, 'hr-assessment'),
  d(`Skriftlig varning till Dennis Ek: Du har vid tre tillfällen under oktober lämnat arbetsplatsen utan att meddela din chef, senast den 22/10. Upprepas detta kan det leda till uppsägning.`, 'hr-assessment'),
  d(`Mall för medarbetarsamtal 2027 finns nu på intranätet under Chefsstöd > Samtal. Använd den nya versionen, den gamla har fel rubriker.`),
  d(`Hej, Therese har varit sjukskriven på 50 % sedan september på grund av utmattning. Vi behöver starta en rehabiliteringsplan och kontakta FK inför dag 90. Kan HR-konsulten vara med på mötet?`, 'health'),
  d(`Sjukfrånvaron i förvaltningen var 7,2 % under kvartal 3, en minskning från 8,1 %. Längre redovisning i bilaga.`),
  // --- unions ---
  d(`Hej, jag är skyddsombud för Vision på enheten och vill bli kallad till nästa riskbedömning inför omorganisationen. /Leila Mansour`, 'trade-union'),
  d(`MBL-förhandling § 11 om ny organisation av IT-supporten hålls den 3 maj. Kallelse skickas till de fackliga organisationerna.`),
  d(`Till chefen: Ingrid är medlem i Kommunal och vill ha med sin fackliga företrädare på samtalet om omplacering. Kan vi hitta en tid nästa vecka?`, 'trade-union'),
  d(`Sveriges Lärare har ny lokalombudsutbildning i vår. Intresserade kan anmäla sig via förbundets hemsida.`),
  // --- IT ---
  d(`Hej! Ditt tillfälliga lösenord till Procapita är: Vinter#2741. Byt det vid första inloggning. Mvh IT-servicedesk`, 'credentials'),
  d(`IT informerar: Från måndag krävs tvåfaktorsinloggning för alla e-posttjänster. Installera Microsoft Authenticator i telefonen innan dess.`),
  d(`koden till serverrummet i källaren är 4817# om du ska hämta switchen, larmet stänger du av med 0930 på panelen till vänster`, 'credentials'),
  d(`Ärende #48213: Användaren kan inte logga in i Treserva, kontot låst efter 5 felaktiga försök. Återställt, användaren fick nytt lösenord via SMS.`),
  d(`Hi team, the API key for the test instance of the booking service is ak_test_7Hq2LmP9vXr41cZs — do NOT put it in the repo this time. /Jonas`, 'credentials'),
  d(`Glöm inte: lösenord får aldrig skickas med e-post. Använd lösenordsfunktionen i Självservice eller ring 010-123 45 00.`),
  // --- registrar / secrecy ---
  d(`Till registrator: Bifogade handlingar i ärende SN 2026/412 omfattas av sekretess enligt 26 kap. 1 § OSL och ska diarieföras utan att namnet på den enskilde syns i ärendemeningen.`, 'secrecy'),
  d(`Utbildning i offentlighet och sekretess för nyanställda: 12 februari, 13–16. Vi går igenom allmänna handlingar, sekretessprövning och utlämnande.`),
  d(`Begäran om allmän handling: Journalisten från lokaltidningen vill ha ut samtliga mejl mellan nämndordförande och förvaltningschef vecka 8. Vi gör en sekretessprövning som vanligt, svar inom en vecka.`),
  d(`Hej, handlingen om Fatimas barnavårdsutredning har sekretessprövats och får inte lämnas ut till fadern, se 26 kap. 1 § OSL. Beslut med överklagandehänvisning bifogas.`, 'secrecy', 'social'),
  // --- protected identity ---
  d(`OBS! Eleven Maja Lind i klass 2C har skyddade personuppgifter. Hennes adress eller klasstillhörighet får inte lämnas ut till någon som ringer, inte heller till släktingar. Hänvisa alla frågor till rektor.`, 'protected-identity'),
  d(`Rutin för hantering av skyddade personuppgifter uppdaterad — läs den innan nästa APT. Rutinen gäller för alla som hanterar post och journaler.`),
  d(`Post till Sara Nyström ska INTE skickas hem, hon har sekretessmarkering sedan i våras. Skicka via Skatteverkets förmedlingsuppdrag istället.`, 'protected-identity'),
  // --- criminal record ---
  d(`Utdrag ur belastningsregistret för Ove Strid, sökande till tjänsten som personlig assistent, visar en dom för ringa misshandel 2022. Hur ska vi hantera det?`, 'criminal-record'),
  d(`Alla som anställs inom skola och förskola ska visa utdrag ur belastningsregistret. Beställ blanketten på polisen.se.`),
  d(`Ungdomen i ärendet är misstänkt för rån mot en jämnårig i centrum i september och det pågår förundersökning. Socialtjänsten har fått yttrandebegäran från åklagare.`, 'criminal-record', 'social'),
  // --- genetic / biometric / sex-life / religion etc, mixed ---
  d(`Hej Mona, provsvaret från klinisk genetik kom i dag: Anders bär BRCA2-mutationen som hans mamma hade. Genetiska vägledaren ringer honom i morgon.`, 'genetic', 'health'),
  d(`Seminarium: Vad innebär genetisk testning för framtidens primärvård? Anmälan senast 20/4.`),
  d(`För att logga in på nya tidrapporteringen på Lagret registrerar vi allas fingeravtryck på måndag. Mikael, ditt avtryck från vänster pekfinger lyckades inte — du behöver göra om det.`, 'biometric'),
  // --- ethnic origin ---
  d(`Hej, familjen som flyttat in i Forsbacka är romer och mamman har bett om att få en kontaktperson som pratar romani chib. Kan vi fråga Stefan på minoritetsenheten? /Birgitta, socialsekreterare`, 'ethnic-origin'),
  d(`Kommunen är förvaltningsområde för finska sedan 2010. Äldre sverigefinnar har rätt till äldreomsorg helt eller delvis på finska — se information på kommunens webb.`),
  d(`Inför placeringen: pojken är same från Jokkmokk och familjen önskar att han får fortsätta med samiska i skolan och åka hem under kalvmärkningen. Det behöver stå med i vårdplanen.`, 'ethnic-origin', 'social'),
  d(`Hi, I'm new in the HR team. Just to say hello — I'm originally from Nigeria, grew up in Lagos and moved to Uppsala five years ago. Looking forward to working with you all! /Chidi`, 'ethnic-origin'),
  d(`Samråd med Sametinget om detaljplanen för Björkliden sker i april. Underlaget ska vara klart 15 mars.`),
  d(`Tolkbehov: mamman heter Amina Warsame, hon kom från Somalia 2019 och behöver somalisk tolk. Hon förstår lite engelska men inte tillräckligt för ett utredningssamtal.`, 'ethnic-origin', 'social'),
  d(`Notering från föräldramöte: pappan sa att han är tornedaling och vill att dottern ska få läsa meänkieli som modersmål. Jag har skickat vidare till modersmålsenheten.`, 'ethnic-origin'),
  d(`Vi söker modersmålslärare i arabiska, tigrinja och dari till höstterminen. Sista ansökningsdag 30 april.`),
  d(`Jag tycker vi ska vara försiktiga med att skriva i journalen att han "är från Eritrea" när det inte spelar någon roll för vården, men nu står det där: patienten är eritreansk och har bott i Sverige sedan 2016.`, 'ethnic-origin'),
  d(`Konferensen om nationella minoriteters rättigheter har 40 platser kvar. Alla förvaltningar uppmanas skicka minst en deltagare.`),
  // --- political opinion ---
  d(`Hej, bara så du vet inför mötet: Göran i servicegruppen är med i Sverigedemokraterna och kandiderar till fullmäktige i höst, så han kanske vill säga något om flyktingboendet. Jag vet inte om det är relevant.`, 'political-opinion'),
  d(`Påminnelse: förvaltningens medarbetare får inte bära partisymboler i tjänsten under valrörelsen. Se riktlinjen för opartiskhet.`),
  d(`Min kollega Lina har engagerat sig i Extinction Rebellion och deltog i blockaden vid Riksdagen förra veckan. Hon har frågat om hon kan få ledigt för fler aktioner. Vad gäller?`, 'political-opinion'),
  d(`Valnämnden söker röstmottagare till valet den 13 september. Ersättning 2 400 kr per dag, obligatorisk utbildning.`),
  d(`Hej Margareta, jag röstade på Vänsterpartiet i förra valet men ångrar mig nu efter deras utspel om välfärdsbolagen. Skrivet i förtroende, inget du behöver svara på. /E`, 'political-opinion'),
  d(`Till kommunikationsavdelningen: Moderaternas gruppledare vill ha siffror på hemtjänstens kostnad per timme inför budgetdebatten. Kan ni ta fram dem?`),
  d(`FYI: the new intern, Oskar, is the chair of the local Centerpartiet youth branch. He asked whether it's ok to hand out leaflets outside the library after hours. I said I'd check.`, 'political-opinion'),
  d(`Hej! Jag fick höra att skolkuratorn är kommunalpolitiker för Liberalerna, stämmer det? Förälder till elev i 6B undrar om det kan påverka.`, 'political-opinion'),
  // --- religion ---
  d(`Kan vi ordna halalmat för Yusuf på lägret? Han och familjen är praktiserande muslimer och han fastar inte just nu, men äter inte fläsk.`, 'religion'),
  d(`Kulturförvaltningen arrangerar en utställning om religionernas högtider i Stadsbiblioteket 1–30 november. Skolklasser kan boka visning.`),
  d(`Brukaren på rum 7, Sigrid, är Jehovas vittne och har skriftligt meddelat att hon inte vill ha blodtransfusion. Dokumentet ligger i pärmen och är inskannat.`, 'religion', 'health'),
  d(`Hej chefen, jag vill ta ut semester 10–12 april för att fira påsk med min församling i Södertälje, jag är syrisk-ortodox och det är vår viktigaste helg. /Gabriel`, 'religion'),
  d(`Påsklovet infaller vecka 15. Fritidshemmet har öppet som vanligt.`),
  d(`Vi har en ny medarbetare på boendet, Rivka, som håller sabbat. Hon kan inte jobba fredag kväll eller lördag före solnedgång, så schemat får anpassas.`, 'religion'),
  d(`Hur gör vi med begravningsärenden när den avlidne inte tillhörde Svenska kyrkan? Finns det någon generell vägledning från Kammarkollegiet?`),
  d(`Minnesanteckning hembesök: Herr Lindqvist är mycket troende, tillhör pingstförsamlingen och vill att pastorn får besöka honom. Han ber dagligen och vill inte bli störd 7–7.30.`, 'religion'),
  // --- trade union ---
  d(`Hej Åsa, jag har blivit vald till huvudskyddsombud för Vårdförbundet i primärvården från 1 januari. Kan du lägga in mig på sändlistan för arbetsmiljökommittén? /Kristian`, 'trade-union'),
  d(`Facklig tid: ombud från samtliga förbund har rätt till ledighet för facklig utbildning enligt FML. Ansökan görs via chef.`),
  d(`Lisa är inte med i något fack så hon har ingen som kan företräda henne på förhandlingen, kan vi som arbetsgivare ändå erbjuda en stödperson?`, 'trade-union'),
  d(`Medlemsavgiften till Akademikerförbundet SSR dras på lönen för Maria Backlund, 385 kr/mån, från december. Hon har fyllt i fullmakten.`, 'trade-union'),
  d(`Vill bara säga att jag har gått ur Unionen nu, så ni behöver inte längre dra avgiften från min lön. /Robin, IT-avdelningen`, 'trade-union'),
  d(`Kollektivavtalet för räddningstjänstpersonal (RiB) gäller från 1 maj. Sammanfattning finns på Sobonas hemsida.`),
  // --- genetic ---
  d(`Patienten Lena Ahl, 34 år, har Huntingtons sjukdom i släkten — hennes pappa och farbror har den. Hon har genomgått prediktiv testning och är bärare. Psykologstöd erbjuds via genetiska mottagningen.`, 'genetic', 'health'),
  d(`Hej, barnet i familjehemmet har fått resultat på kromosomanalysen: 22q11-deletion bekräftad. Familjehemmet behöver information om vad det innebär. /Läkare BUMM`, 'genetic', 'health', 'social'),
  d(`Ny rutin för nyföddhetsscreening (PKU-provet) — biobanksprover sparas enligt biobankslagen. Informationsbladet till föräldrar har uppdaterats.`),
  d(`Johan har fått svar på sitt gentest: homozygot för HFE C282Y, alltså hereditär hemokromatos. Syskonen rekommenderas också att testa sig.`, 'genetic', 'health'),
  d(`Faderskapsutredning: DNA-analysen från Rättsmedicinalverket visar att Kenneth Öberg med 99,99 % sannolikhet är far till barnet. Familjerätten skickar ut beslutet.`, 'genetic', 'social'),
  d(`Föreläsning på Folkets hus: ”Ärftlighet och cancer – vad säger forskningen?” Fri entré.`),
  d(`Skolsköterskan noterar: eleven har cystisk fibros, båda föräldrarna är anlagsbärare enligt genetisk utredning 2019. Behöver enzymtabletter till lunch.`, 'genetic', 'health'),
  d(`Info from the lab: Ms Kaur's carrier test for beta-thalassaemia came back positive. Her partner should be offered testing before the 20-week scan.`, 'genetic', 'health'),
  // --- biometric ---
  d(`Hej IT, Helenas ansiktsprofil i passagesystemet i Stadshuset matchar inte längre efter att hon klippt sig och bytt glasögon, kameran släpper inte in henne. Kan ni registrera en ny ansiktsmall på henne?`, 'biometric'),
  d(`Upphandling av ett nytt passagesystem pågår. Kravspecifikationen säger uttryckligen att biometriska lösningar inte får användas utan DPIA.`),
  d(`Polisen har begärt att få jämföra fingeravtrycken som togs på Jamal vid ansökan om uppehållstillstånd mot spår från inbrottet i skolan. Hur svarar vi?`, 'biometric', 'criminal-record'),
  d(`Röstigenkänning i telefonväxeln: din röstprofil, Lars Dahl, är nu registrerad och du kan logga in på röstbrevlådan genom att säga ditt namn.`, 'biometric'),
  d(`Hej, den irisskanning som Dmitri gjorde vid inpasseringen till datahallen sparades felaktigt i den gamla databasen. Vi raderar den och gör en ny registrering på fredag.`, 'biometric'),
  d(`Ska vi verkligen tillåta att telefoner låses upp med fingeravtryck? Jag vill ta upp det på informationssäkerhetsrådet.`),
  d(`Migrationsverket har skickat över fotot och fingeravtrycksdata för Rahel Tesfaye till vår handläggare för identitetskontroll i LMA-ärendet.`, 'biometric'),
  d(`Logg från personalingång B: Tim Karlsson, ansiktsmall ID 004471, match 0,97, 06:42. Mall förnyad efter tre misslyckade försök.`, 'biometric'),
  // --- sex life ---
  d(`Hej, Emil i 9A har berättat för mig att han är gay och att han inte vill att föräldrarna ska veta än. Han har blivit kallad saker i omklädningsrummet. Hur går vi vidare utan att det sprids? /Kurator`, 'sex-life'),
  d(`Under Pride-veckan flaggar kommunhuset med regnbågsflaggan. Personalen bjuds in till en föreläsning om hbtqi-kompetens.`),
  d(`Patienten, Alex, är transperson och har bett om att bli kallad han. Hans juridiska namn står fortfarande i journalen, lägg in en notering om önskat namn och pronomen.`, 'sex-life'),
  d(`Min chef Per kommer ut som bi på APT:n i morgon och vill att vi vet innan, han sa att vi gärna får fråga honom. Tyckte det var fint.`, 'sex-life'),
  d(`Klienten uppger att hon sålt sex under sommaren för att klara hyran och har haft ett flertal sexuella kontakter utan skydd. Erbjuds provtagning och kontakt med KAST.`, 'sex-life', 'social', 'health'),
  d(`RFSU har nytt material om sex och samlevnad för högstadiet. Vi beställer till alla skolor.`),
  d(`Hi, just letting you know that my partner is a woman — I noticed the form for the staff party asks for "husband's name". Could you update it? Thanks, Helen`, 'sex-life'),
  d(`Boendestödjaren berättar att Malin (lgh 4) har ett nytt förhållande med en man hon träffat på nätet och att han övernattar flera gånger i veckan. Hon vill inte att vi berättar för hennes gode man.`, 'sex-life'),
  // --- protected identity ---
  d(`Hej, kvinnan som flyttade hit från Örebro har kvarskrivning och ska inte finnas i våra listor med ny adress. Kan du kontrollera att hyresavtalet inte syns i fastighetssystemet? /Boendesamordnare`, 'protected-identity'),
  d(`Personalen på vårdcentralen ska gå utbildningen ”Att möta patienter med skyddade personuppgifter” innan årsskiftet.`),
  d(`Barnen i familj 3 i ärendelistan har fingerade personuppgifter sedan maj. Använd bara de fingerade namnen i alla kontakter med skolan.`, 'protected-identity', 'social'),
  d(`Remiss till röntgen: patienten har skyddad identitet (sekretessmarkering). Ingen kallelse får skickas per post – ring henne på det nummer som står i journalen.`, 'protected-identity', 'health'),
  d(`Skyddad folkbokföring gäller sedan 2024-03-01 för Tilde och hennes två döttrar. Adressen får aldrig skrivas in i elevregistret.`, 'protected-identity'),
  d(`Vad gör jag om en handläggare på FK vill ha adressen till någon med skyddade personuppgifter? Frågar generellt, har inget ärende just nu.`),
  // --- secrecy ---
  d(`SEKRETESS: Följande uppgifter om patienten omfattas av hälso- och sjukvårdssekretess enligt 25 kap. 1 § OSL och får inte vidarebefordras utan samtycke.
Diagnos: F33.1 återkommande depression. Behandling: KBT och escitalopram 10 mg.`, 'secrecy', 'health'),
  d(`Hej, bifogar protokollet från elevhälsomötet om Leo. Uppgifterna omfattas av sekretess enligt 23 kap. 2 § OSL, så skicka inte vidare till arbetslaget.`, 'secrecy'),
  d(`Frågan om vilka handlingar i upphandlingen som ska sekretessbeläggas enligt 31 kap. 16 § OSL tas upp med jurist på fredag.`),
  d(`Beslut: Begäran om utlämnande av journalanteckningar för avlidne Bengt Persson avslås då uppgifterna omfattas av sekretess enligt 25 kap. 1 § OSL.`, 'secrecy', 'health'),
  d(`Kom ihåg att allt vi pratar om i handledningsgruppen är konfidentiellt.`),
  d(`Till Arbetsförmedlingen: Yttrande om Klara Sjöberg bifogas. Uppgifterna om hennes hälsa och sociala situation är sekretessprövade och lämnas ut med hennes samtycke enligt 10 kap. 1 § OSL. Hon har en ADHD-diagnos och deltar i Steg för steg-programmet.`, 'secrecy', 'health', 'social'),
  // --- criminal record ---
  d(`Kriminalvården meddelar att Sebastian Åkerlund frigavs villkorligt den 12/3 och står under övervakning. Han har anvisats till vårt boende, frivårdsinspektören heter Siri.`, 'criminal-record'),
  d(`Hej! Polisanmälan är gjord om att vår leasingbil blev skadad på parkeringen utanför förvaltningshuset i natt. Ärendenummer 5000-K345612-26.`),
  d(`Den nya medarbetaren i köket har fått kontaktförbud mot sin före detta sambo, dömd för ofredande i höstas. Han får inte komma in på skolan, sa hon.`, 'criminal-record'),
  d(`Kan någon förklara skillnaden mellan utdrag ur belastningsregistret för arbete med barn och för LSS? Vi har två olika blanketter i omlopp.`),
  d(`Kuratorn har fått veta att eleven snattade på Ica förra veckan och att polisen kontaktat vårdnadshavarna. Eleven är 13 och kan inte lagföras men det kommer en orosanmälan.`, 'criminal-record', 'social'),
  d(`Hej Linnea, din brukare Niklas sitter i häktet sedan i söndags misstänkt för narkotikabrott, så ingen hemtjänst behövs förrän vidare. /Samordnare`, 'criminal-record', 'social'),
];
