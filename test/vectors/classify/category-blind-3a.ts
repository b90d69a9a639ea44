/**
 * CATEGORY_BLIND_3A — blind evaluation corpus for the sensitive-category classifier.
 *
 * BLIND — written from the labelling guide alone without reading the classifier, its training data or
 * other corpora; never to be used for training, tuning or keyword mining; scored once by the lead.
 *
 * About 220 short-to-medium e-mails, chat messages and notes as written by staff of Swedish
 * municipalities, regions and agencies (social services, elderly care, schools, HR and payroll, IT support,
 * registrar, health care, finance, city planning, culture and leisure), mostly in Swedish, some in English.
 * Labels are document-level and follow /tmp/label-guide.md. Many documents are hard negatives that use the
 * vocabulary of a category without disclosing anything about a specific person.
 *
 * All names, addresses, numbers, codes and events are invented; any resemblance to real people is accidental.
 */
import type { CategoryType } from '../../../src/core/classify/types.js';
import type { LabelledDocument } from './category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const CATEGORY_BLIND_3A: readonly LabelledDocument[] = [
  // --- batch 1 ---
  d(`Hej Maria,
Lennart Sjöberg är sjukskriven 100 % från och med måndag, preliminärt till den 15 december. Läkarintyget ligger i Adato. Kan du se till att hans pass på Solgården täcks?
/Annika, enhetschef`, 'health'),
  d(`Påminnelse: Din tid för influensavaccination är tisdag 3/12 kl 10.20 på Vårdcentralen Norrmalm. Ta med legitimation. Välkommen!`),
  d(`Hej! Vi har fått en orosanmälan från skolan gällande Elias (8 år). Mamman har enligt skolkuratorn sagt att hon inte orkar längre och pappan har flyttat ut. Jag bokar in ett skyddsbedömningssamtal i morgon. Kan du vara med?
Mvh Sara, socialsekreterare barn och unga`, 'social'),
  d(`Utbildning: "Orosanmälan – när och hur?" för pedagogisk personal i förskola och skola. Onsdag 22 januari kl 13–16 i Stadshusets aula. Anmälan via lärportalen senast 10 januari.`),
  d(`hej, kan nån i IT-supporten återställa mitt konto? Jag har bytt till Vinter2026! men Outlook säger fortfarande fel lösenord. användarnamn är kajsa.lind05`, 'credentials'),
  d(`Från och med 1 december gäller nya lösenordsregler: minst 14 tecken, inga tidigare använda lösenord. Byt aldrig lösenord via länk i e-post. Hälsningar IT-avdelningen`),
  d(`Hi Jonas,
Just to confirm: Ahmed's new monthly salary from 1 January will be SEK 41 300, up from 39 800 after the revision. Please update Heroma before the payroll run on the 20th.
Best, Claire (HR business partner)`, 'salary'),
  d(`Lönerevisionen 2027 startar i april. Information om tidplan och lönekriterier finns på intranätet under Medarbetare > Lön och förmåner. Frågor till din närmaste chef.`),
  d(`Hej, bifogar betygskatalogen för 9B. Notera att Wilma Ek fått F i matematik och E i engelska, hon behöver garanterad undervisning inför nästa termin. Vi tar det på EHT torsdag.
/Petra`, 'grades'),
  d(`Betygssättning sker vecka 23. Alla betyg ska vara inlagda i Skolplattformen senast fredag 13 juni kl 12. Kontakta rektor om ni har elever där underlag saknas.`),
  d(`Hej! Jag måste tyvärr avboka mitt medarbetarsamtal imorgon, jag har en tid hos barnmorskan – vi väntar vårt andra barn i maj 🙂 Kan vi ta det nästa vecka?
/Linnea`, 'health'),
  d(`Kom ihåg att boka medarbetarsamtal med alla i din grupp innan 31 mars. Mallen för samtalet finns i chefshandboken.`),
  d(`Anteckningar efter medarbetarsamtal med Tobias Holm, 14/11:
- Brister i dokumentation i Procapita, återkommande sena journalanteckningar
- Har vid två tillfällen lämnat brukare utan överlämning
- Vi sätter upp en handlingsplan med uppföljning om sex veckor
Tobias håller inte med om bedömningen.`, 'hr-assessment'),
  d(`Till registraturen: bifogat beslut i ärende SN 2026/1142 omfattas av sekretess enligt 26 kap. 1 § OSL och får inte lämnas ut utan sekretessprövning. Diarieför med begränsad åtkomst, tack.`, 'secrecy'),
  d(`Kort fråga till registraturen: om någon begär ut ett beslut i ett socialtjänstärende, vem gör sekretessprövningen – vi eller handläggaren? Jag hittar inte rutinen.`),
  d(`Obs! Flickan i ärendet har skyddade personuppgifter (sekretessmarkering). Skicka ingen post till folkbokföringsadressen, all kontakt via handläggaren.`, 'protected-identity'),
  d(`Rutin för hantering av personer med skyddade personuppgifter är uppdaterad. Läs igenom den nya versionen innan nästa APT. Den ligger i ledningssystemet under Informationssäkerhet.`),
  d(`Hej Kalle, vi behöver ett utdrag ur belastningsregistret innan Oskar kan börja i förskolan. Han har lämnat in ett, men där framgår en dom från 2021 för ringa narkotikabrott. Hur gör vi? Ska jag prata med HR?`, 'criminal-record'),
  d(`Alla som anställs i förskola och skola ska visa upp ett utdrag ur belastningsregistret. Beställ det på polisen.se (blankett "Arbete inom skola eller barnomsorg").`),
  d(`Till lönekontoret: Anna-Karin Strand har nytt konto för lönen fr.o.m. december. Clearing 8327-9, kontonummer 914 223 608-4 (Swedbank). Hon har skickat in blanketten, men kan ni dubbelkolla?`, 'bank-account'),
  d(`Ändring av lönekonto görs av dig själv i självservice. Logga in, välj Mina uppgifter > Bankkonto. Ändringar efter den 10:e slår igenom nästa månad.`),
  d(`Hej, jag bokade hotellet för konferensen i Malmö på mitt eget kort av misstag. Kortnummer 4571 5260 1815 9082, går ut 08/28. Kan ekonomi boka om det på kommunens kort i stället och återbetala mig?`, 'payment-card'),
  d(`Inköpskort: Glöm inte att registrera kvitton i Proceedo senast den 5:e varje månad. Kortet får inte användas för privata inköp.`),
  d(`Hej! Jag är förtroendevald för Kommunal här på Ekbacken. Vill gärna vara med när ni tar upp schemaändringen på nästa APT.
/Gunilla`, 'trade-union'),
  d(`Vision bjuder på frukost i personalrummet på plan 3 fredag kl 8. Alla är välkomna, även icke-medlemmar!`),
  d(`Hi all, the union representative from Vårdförbundet will attend Thursday's meeting about the new rota. Agenda attached.`),
  d(`Hej, Amina frågade om hon kan få ledigt 31 mars för Eid al-Fitr. Hon fastar under ramadan och vill gärna gå hem lite tidigare de veckorna. Går det att lösa i schemat?`, 'religion'),
  d(`Kalendern för religiösa högtider 2027 finns nu på intranätet, som stöd vid schemaläggning och planering av skolaktiviteter.`),
  d(`Förskolan Solrosen: Nils äter inte fläskkött och familjen vill att han inte deltar i luciafirandet i kyrkan eftersom de är Jehovas vittnen. Kan köket och personalen notera det?`, 'religion'),
  d(`Hej. Eleven (Ella Nutti) är tornedaling och har rätt till modersmålsundervisning i meänkieli. Vi behöver beställa lärare via modersmålsenheten.`, 'ethnic-origin'),
  d(`Modersmålsundervisning erbjuds i bl.a. arabiska, somaliska, finska, meänkieli och samiska. Anmälan görs på blanketten senast 15 maj.`),
  d(`Hej, vår nya undersköterska Ibrahim kommer från Eritrea och har jobbat som sjukvårdare där. Han är jättebra med brukarna!`, 'ethnic-origin'),
  d(`Lisa åker till Kenya på semester i tre veckor i februari, så vi behöver vikarie på avdelning Björken v. 6–8.`),
  d(`Hej, en av våra nämndsekreterare (Per Åström) sitter ju i kommunfullmäktige för Sverigedemokraterna. Är det ett problem att han protokollför i socialnämnden? Frågar för en vän…`, 'political-opinion'),
  d(`Valnämnden söker röstmottagare till valet 2026. Utbildning ges i augusti. Arvode 2 400 kr per valdag. Intresseanmälan på kommunens webbplats.`),
  d(`Jag vill bara säga att Eva i receptionen stod och delade ut flygblad för Vänsterpartiet utanför entrén igår under arbetstid. Borde inte chefen ta ett snack med henne?`, 'political-opinion', 'hr-assessment'),
  d(`Hej! Jag måste ta upp en sak: Marcus berättade på fikat att han är gay och sedan har Rolf gjort kommentarer hela veckan. Jag vill inte att det ska fortsätta.`, 'sex-life'),
  d(`Pride-veckan: Kommunen deltar i paraden lördag 2 augusti. Personal som vill gå med anmäler sig till kommunikationsenheten.`),
  d(`Eleven i 8A, Alex, har bett oss använda namnet Alex och pronomenet hen. Hen är under utredning för könsdysfori på BUP. Vårdnadshavarna är informerade.`, 'sex-life', 'health'),
  d(`Resultatet från genetiska utredningen för Hanna Lindqvist har kommit: hon bär på BRCA1-mutationen. Vi behöver boka återbesök på onkogenetiska mottagningen.`, 'genetic', 'health'),
  d(`Föreläsning för vårdpersonal: "Genetisk testning i primärvården – möjligheter och etiska frågor". Torsdag 14/5 kl 12–13 via Teams.`),
  d(`Ny passerkontroll i stadshuset: från och med 1 mars öppnas personalingången med fingeravtrycksläsare. Registrering sker i receptionen vecka 8.`),
  d(`Hej IT, fingeravtrycket för Hassan Yilmaz är registrerat i passersystemet men läsaren känner inte igen det, mallen verkar vara trasig. Kan ni radera hans biometriska mall och göra en ny registrering?`, 'biometric'),
  d(`Kära kollegor, i morgon har vi temadag om psykisk ohälsa hos unga. Föreläsare är en överläkare från BUP. Lunch ingår.`),
  d(`hon är hemma med sin depression igen, tror inte hon kommer på hela veckan. säg inget till de andra`, 'health'),
  d(`Hej Ulf, brukaren på Storgatan 14 (Greta Nyman) har fått beslut om utökad hemtjänst: fyra besök/dygn inkl. natt från den 1/12. Hon har börjat falla mycket och har insulinbehandlad diabetes.`, 'social', 'health'),
  d(`Biståndsbedömningen för hemtjänst görs utifrån individuella behov. Riktlinjerna för äldreomsorgen antogs av socialnämnden i oktober.`),
  d(`Hej! Vi har beviljat försörjningsstöd för december till familjen Hussein, 14 320 kr. Utbetalning till deras konto 6000-123 456 789 (Handelsbanken) fredag.`, 'social', 'bank-account'),
  d(`Riksnormen för försörjningsstöd höjs 2027. Nya belopp finns i handläggarstödet. Sammanställning av kostnader per hushållstyp bifogas.`),
  d(`Till IT-support:
Jag kommer inte in i Treserva. Kan ni ge mig ett tillfälligt lösenord? Jag har testat "Sommar2025" och "Sommar2026" men inget funkar.
/Ingrid, handläggare`, 'credentials'),
  d(`Portkoden till Pilgatan 7 är 4711# och nyckelboxen sitter till vänster om dörren, kod 2290. Hemtjänsten har fått samma koder.`, 'credentials'),
  d(`Ny portkod för stadsbyggnadskontoret kommer skickas ut via sms till all personal på fredag. Dela aldrig portkoder i e-post.`),
  d(`Hej, kort fråga om Jonnas lön: han ligger på 32 500 och säger att Emil som började samtidigt får 35 000. Stämmer det? Han vill ha ett lönesamtal.`, 'salary'),
  d(`Undersköterska, nattarbete, SÄBO Lärkan. Lön enligt överenskommelse, ingångslön från 29 000 kr. Vi erbjuder friskvårdsbidrag och cykelförmån.`),
  d(`Hej! Min son Noah har varit frånvarande 11 av 20 skoldagar den här månaden enligt Skolplattformen, men flera av dagarna var han sjuk med astma. Kan ni ändra till giltig frånvaro?
Mvh Leyla`, 'grades', 'health'),
  d(`Frånvarostatistik HT 2026, grundskolan: den ogiltiga frånvaron har ökat med 2 procentenheter jämfört med förra året. Se bilaga för fördelning per skola.`),
  d(`Mentor till mentor: Felix har klarat nationella provet i svenska med betyget C, men han har fortfarande E i SO. Kan vi prata extra anpassningar?`, 'grades'),
  d(`Nationella prov i åk 6 genomförs vecka 19–20. Provschema och instruktioner för anpassningar skickas till mentorerna.`),
  d(`Hej socialjouren, polisen ringde om Rasmus Berg (17) som greps i natt för misshandel i centrum. Han är placerad på HVB Tallen enligt LVU. Vi behöver kontakta hans handläggare i morgon bitti.`, 'criminal-record', 'social'),
  d(`Kommunens brottsförebyggande råd har sammanställt statistik över anmälda brott 2025. Misshandel och skadegörelse har minskat något, medan bedrägerier ökat.`),
  d(`Hej, Jag ringer inte för att jag inte vill att någon hör. Min sambo har slagit mig igen. Jag har gjort en polisanmälan och jag har nu skyddad adress, så skicka inga brev hem. Kan jag få jobba hemifrån ett tag?
/Sofie`, 'protected-identity', 'criminal-record'),
  d(`Kvarskrivning innebär att en person flyttar men fortsätter vara folkbokförd på sin gamla adress. Läs mer i Skatteverkets vägledning (länk).`),
  d(`Meddelande till lönegruppen: Kristina Åberg ska ha OB-ersättning retroaktivt för oktober, hon fick 0 kr i stället för 3 214 kr. Grundlönen 34 700 är korrekt.`, 'salary'),
  d(`Dear colleagues, please note that the visiting researcher from Uppsala will present the regional health statistics on Friday. Diabetes prevalence in our region is now 6.2 %.`),
  d(`Hi Sven, I'm afraid I won't make it to the steering group today – I've been diagnosed with shingles and the doctor signed me off for the rest of the week. Sorry for the short notice. – Marta`, 'health'),
  d(`Fråga till biblioteket: har ni några böcker om samisk historia för mellanstadiet? Vi ska ha temavecka om nationella minoriteter.`),
  d(`Hej! Vår nya elev Sanna Labba är samisk och hennes familj är renskötare, så hon kommer vara borta under kalvmärkningen i juni. Vi har pratat med rektor om ledighet.`, 'ethnic-origin', 'grades'),
  d(`Till EHT: Omar (7B) har 34 % frånvaro hittills i höst, mest ströfrånvaro på måndagar. Vi har skickat hem frånvarobrev två gånger. Föreslår anmälan till socialtjänsten.`, 'grades'),
  d(`Hej! Påminnelse om friskvårdstimmen – den får tas ut en timme i veckan under förutsättning att verksamheten tillåter.`),
  d(`Läkaren har skrivit att Johan har nedsatt arbetsförmåga och kan arbeta 50 % med lättare uppgifter i sex veckor. Vi planerar arbetsträning via Försäkringskassan och företagshälsovården.`, 'health'),
  d(`Utbildning i rehabiliteringsprocessen för chefer: Så arbetar du med arbetsförmåga, anpassningar och samarbete med Försäkringskassan. Tre halvdagar under våren.`),
  d(`Skickat från min iPhone

> Hej,
> Beslut om LSS-insats (korttidsvistelse) för Melker Ström, 12 år, är klart. Han har autism och grav språkstörning. Skicka beslutet till vårdnadshavarna per post, inte mejl.
> /Lotta, LSS-handläggare`, 'social', 'health'),
  d(`LSS-handläggarna har planeringsdag fredag. Telefontiden är stängd. Vid akuta ärenden, ring växeln.`),
  d(`Hej! Bekräftar att Tove Nilsson är med i Sveriges Lärare och har bett om att facket ska närvara vid mötet om omplaceringen nästa vecka.`, 'trade-union'),
  d(`Enligt kollektivavtalet ska arbetsgivaren förhandla med de fackliga organisationerna innan beslut om förändringar i organisationen. MBL-förhandling hålls den 4 december.`),
  d(`Hej, kan du kolla om vi fått in kopian på Mohammeds bankkort? Han fick fel belopp i resersättning. Kortet slutar på 9082 men vi behöver kontonumret, inte kortnumret.`),
  d(`Hi team, quick reminder that all visitors to the data centre must have their face photo registered in the access system before their first visit.`),
  d(`Hej, kamerasystemet vid entrén har ansiktsigenkänning och har nu registrerat Bengt Ols ansiktsprofil felaktigt som Bengt Olsson. Kan säkerhetsavdelningen ta bort hans ansiktsmall och lägga in en ny?`, 'biometric'),
];
