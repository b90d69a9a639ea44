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
  // --- batch 2 ---
  d(`Hej,
Svar från Klinisk genetik gällande Sixten Ahlgren: DNA-analysen visar att han är anlagsbärare för cystisk fibros. Föräldrarna önskar genetisk vägledning innan nästa graviditet.
Mvh barnmottagningen`, 'genetic'),
  d(`Hej Per! I familjen Karlsson (Vretvägen) finns Huntingtons sjukdom på pappans sida och sonen Viktor har nu testat sig – positivt. Han har bett att skolan inte informeras, men jag tycker att elevhälsan bör känna till det. Vad tycker du?`, 'genetic', 'health'),
  d(`Regionen upphandlar nytt laboratoriesystem för genetisk diagnostik. Kravspecifikationen är ute på remiss till 30 januari.`),
  d(`Patientens mamma berättade att både mormor och moster haft ärftlig bröstcancer och att hon själv gjort ett gentest som visade en BRCA2-variant. Remiss till genetisk mottagning skickad för dottern Ida.`, 'genetic', 'health'),
  d(`Kan någon förklara skillnaden mellan DNA-test och DNA-profil i dataskyddssammanhang? Vi håller på med en utbildning för handläggare på miljöförvaltningen.`),
  d(`Hej, bekräftelse från labbet: faderskapsutredningen i ärende FU 2026-031 är klar. DNA-analysen visar att Jesper Lund med 99,99 % sannolikhet är far till barnet. Protokollet skickas rekommenderat till familjerätten.`, 'genetic', 'social'),
  d(`Familjerätten informerar: faderskapsbekräftelse kan i vissa fall kräva DNA-analys. Analysen beställs av familjerätten och är kostnadsfri för parterna.`),
  d(`Till personalen på Tallbacken: Ellens pappa har meddelat att hon har fått diagnosen fragil X-syndrom efter genetisk utredning. Familjen vill att arbetslaget känner till det så att vi kan anpassa.`, 'genetic', 'health'),
  d(`Ur journalen (kopia till kommunens rehab): 
Pat. Yusuf Osman, 54 år. Genetisk analys påvisar familjär hyperkolesterolemi (LDLR-mutation). Bror och far med samma diagnos. Statinbehandling påbörjad.`, 'genetic', 'health'),
  d(`Hi Anders, the new laptops for the planning office come with Windows Hello face recognition. Do we need a DPIA before we enable it? Nobody has enrolled yet.`),
  d(`Hej, Lena Mattsson vill inte lämna sitt fingeravtryck till det nya tidssystemet i köket. Hon har frågat om hon kan få en tagg i stället. Jag har raderat de fingeravtrycksmallar som redan registrerats för henne.`, 'biometric'),
  d(`Polisen begärde ut övervakningsbilder från simhallen efter stölden i omklädningsrummet. Vi har lämnat ut filmen där Anton Frisk syns. Polisen har sedan kört ansiktsigenkänning och bekräftat att det var han.`, 'biometric', 'criminal-record'),
  d(`Röstigenkänning i växeln: från och med v. 10 kan du verifiera dig med rösten när du ringer IT-support. Frivilligt. Läs mer om hur röstavtrycket lagras på intranätet.`),
  d(`Hej! Jag registrerade min röst i den nya röstverifieringen igår, men nu säger systemet att Birgitta Holmbergs röstavtryck inte matchar. Kan ni nollställa min röstprofil och låta mig spela in igen?`, 'biometric'),
  d(`Incidentrapport: Vid migreringen till nya passersystemet exporterades irisavbildningar och fingeravtrycksmallar för tre anställda på serverhallen (A. Berg, M. Ghosh, T. Ek) till en okrypterad CSV-fil på G:. Filen raderad 12:40.`, 'biometric'),
  d(`Hi Patrik, I've been told by a colleague that Lars (from the parks department) is a Social Democrat councillor in the neighbouring municipality. Should he step aside from evaluating the tender? Just checking.`, 'political-opinion'),
  d(`Hej! Kommunfullmäktiges sammanträde 27 november sänds direkt på webben. Handlingar finns på kommunens webbplats.`),
  d(`Jag har märkt att Karin Dahl på ekonomi alltid drar in politik på fikat – hon är ju aktiv i Miljöpartiet och har nu startat en namninsamling mot den nya vägen på arbetstid. Några har klagat.`, 'political-opinion', 'hr-assessment'),
  d(`Politiska partier får inte dela ut material i skolans lokaler utan rektors tillstånd. Se riktlinjen om skolval och politisk information.`),
  d(`hej, min mamma (brukare hos er) är orolig för att hennes hemtjänstpersonal ska få veta att hon röstade på Kristdemokraterna, hon har pratat om det med en vikarie. Kan ni se till att det inte sprids?`, 'political-opinion'),
  d(`Till rektor: Johanna i 9C har varit med i en klimatdemonstration under skoltid tre fredagar i rad, hon är aktiv i Fridays for Future. Ska det registreras som ogiltig frånvaro?`, 'political-opinion', 'grades'),
  d(`Hej! Valsedlar till skolvalet har kommit. Varje klass får en låda. Lärare uppmanas att inte uttrycka partipolitiska åsikter under lektionerna.`),
  d(`Hej, Fatima (lokalvårdare, Västra skolan) bär huvudduk och frågar om hon kan få en arbetsduk i kommunens profil som passar med hijab. Kan inköp beställa?`, 'religion'),
  d(`Skolavslutningen i kyrkan: enligt Skolverket får skolavslutningar hållas i kyrka om de inte innehåller religiösa inslag som bön eller välsignelse.`),
  d(`Hej! Pastorn i Pingstkyrkan ringde. Han säger att Mikael Forsberg (boende på Lindgården) är medlem i församlingen och önskar besök varje söndag. Kan vi lägga in det i genomförandeplanen?`, 'religion'),
  d(`Intresseförfrågan: Kostenheten planerar att erbjuda halal- och koscherkost vid samtliga skolor. Vilka behov finns hos era elever? Svara senast 12/12.`),
  d(`Brukare Ruth Goldberg är judisk och firar sabbat; hon vill inte att hemtjänsten tänder lampor eller lagar mat åt henne från fredag kväll. Notera i genomförandeplanen.`, 'religion', 'ethnic-origin'),
  d(`Hi HR, Priyanka in finance has asked for two days off for Diwali. She's Hindu and it's the most important festival of the year for her family. Can we approve it as unpaid leave?`, 'religion'),
  d(`Hej! Till Inger: Kommunals lokala ombud för äldreomsorgen heter Åsa Berg. Hon sitter i facket för Kommunal sektion 12 och vill gärna vara med på skyddsrond.`, 'trade-union'),
  d(`Information: Lönesamtal för medlemmar i Vision. Facket anordnar en workshop om lönesättande samtal den 5 februari.`),
  d(`HR → chef: Karim Saleh är medlem i ST och har bett att få facklig företrädare med i samtalet om uppsägningen. Kontakta ST-avdelningen och boka en gemensam tid.`, 'trade-union'),
  d(`Hej! Jag har gått ur Lärarförbundet, så dra inte avgiften på lönen längre. /Stefan Nyqvist`, 'trade-union'),
  d(`Fackavgift kan dras direkt från lönen. Kontakta ditt fackförbund för mer information om hur du gör.`),
  d(`Till löneadmin: Hälsa Rebecka att fackliga tiden för hennes uppdrag som huvudskyddsombud för Vårdförbundet ska kodas som 'facklig tid' och inte som frånvaro.`, 'trade-union'),
  d(`Meddelande i Teams: "ni vet väl att Hamid är ordförande i SSR-klubben nu? kanske inte så smart att prata om omorganisationen när han är i rummet 😅"`, 'trade-union'),
  d(`Fackliga representanter från Kommunal, Vision och Sveriges Läkarförbund deltar i samverkansgruppen. Nästa möte 12 mars.`),
  d(`Hej! Marcus Ek har flyttat ihop med sin pojkvän Jonas Wik och vill ändra förmånstagare i grupplivförsäkringen till honom. Vilken blankett ska han använda?`, 'sex-life'),
  d(`Till kuratorn: Nora i 9A berättade idag att hon är lesbisk och att hon blir kallad saker i korridoren. Hon vill inte att föräldrarna får veta. Kan du ta ett samtal med henne?`, 'sex-life'),
  d(`Vi har HBTQ-diplomerat fritidsgården Kometen. Utbildningen för personal är klar och diplomeringen firas med tårta fredag.`),
  d(`Hej, personal på boendet har observerat att brukaren Sven Lundin (82) har haft sex med en annan boende på avdelningen. Han har demens och vi är osäkra på samtycket. Hur ska vi dokumentera?`, 'sex-life', 'health'),
  d(`Meddelande från HR: Robin Sandberg har påbörjat en könsbekräftande process och heter från och med måndag Alva Sandberg, pronomen hon. Uppdatera gärna visitkort och e-postsignatur.`, 'sex-life'),
  d(`Policy: Alla medarbetare ska bemötas med respekt oavsett sexuell läggning, könsidentitet eller könsuttryck. Se likabehandlingsplanen.`),
  d(`Hej, jag är osäker på hur vi ska skriva i journalen: Elin berättade vid besöket att hon är bisexuell och har flera sexpartners. Hon vill testa sig för klamydia. Ska det stå i klartext?`, 'sex-life', 'health'),
  d(`Viktigt: personen i ärende 2026-8812 har kvarskrivning enligt folkbokföringslagen. Ange inte den nya adressen i några handlingar. Använd endast c/o-adress hos Skatteverket.`, 'protected-identity'),
  d(`Hej! Skatteverket har meddelat att Amanda och hennes två barn har fått fingerade personuppgifter. Vi ska avsluta allt i det gamla namnet och inte lämna några uppgifter om dem till någon som frågar.`, 'protected-identity'),
  d(`Hur hanterar vi rekrytering av en kandidat som uppger att hon har skyddad identitet? Finns det rutin för anställningsavtal? Frågan är generell, inget pågående ärende.`),
  d(`Till skolan: Eleven Leo, åk 4, har sekretessmarkering i folkbokföringen. Publicera inte bilder, skriv inte namn på klasslistor som sätts upp i korridoren.`, 'protected-identity'),
  d(`Hej! Jag har skyddad folkbokföring så min lönespecifikation måste gå via Skatteverkets förmedlingsservice, inte hem. Kan ni fixa det innan nästa utbetalning? /Anna`, 'protected-identity'),
  d(`Hej registrator, 
Bifogade utredning omfattas av sekretess enligt 26 kap. 1 § OSL (socialtjänstsekretess) – det rör en ung person och uppgifter om hennes hälsa och familjeförhållanden. Får inte lämnas ut till tidningen utan prövning.`, 'secrecy'),
  d(`Begäran om allmän handling: Expressen vill ha ut alla mejl mellan förvaltningschefen och kommunstyrelsens ordförande i september. Kan ni ta fram dem? Inga sekretessfrågor väntas.`),
  d(`Hej, uppgifterna om hyresgästens skuld och om att hyresvärden vill säga upp kontraktet omfattas av sekretess enligt 26 kap. 1 § OSL. Vi har sekretessprövat och kan inte lämna ut dem till grannen som frågat.`, 'secrecy', 'social'),
  d(`Sekretessprövning: Anbudet från Bygg & Mark AB innehåller affärshemligheter som omfattas av sekretess enligt 31 kap. 16 § OSL. Prisbilagan maskeras innan utlämnande.`, 'secrecy'),
  d(`Kursinbjudan: Grundkurs i offentlighet och sekretess (OSL) för nyanställda. Två timmar digitalt. Rekommenderas för alla som hanterar allmänna handlingar.`),
  d(`SEKRETESS – 25 kap. 1 § OSL
Remissvar från vårdcentralen gällande patienten Bo Lindholm. Innehållet får inte lämnas ut. Se bifogad epikris.`, 'secrecy', 'health'),
  d(`Mall för sekretessbeslut finns i Public 360 under Mallar > Beslut. Kom ihåg att ange kapitel och paragraf i OSL när du avslår en begäran.`),
  d(`Hej Emil, vi har fått in ett anbud där säljaren Tommy Hed har en dom för bokföringsbrott från 2024 enligt kreditupplysningen. Ska det påverka kvalificeringen? /Upphandling`, 'criminal-record'),
  d(`Jag har just läst i lokaltidningen att en lärare i en grannkommun dömts för ofredande. Har vi rutiner för hur man agerar om det skulle hända här?`),
  d(`Till chefen på Tallbacken: Vår vikarie Dennis har enligt polisen blivit anhållen misstänkt för stöld av läkemedel från medicinskåpet. Han är avstängd tills vidare. Polisanmälan gjord av oss 3/11.`, 'criminal-record', 'hr-assessment'),
  d(`Hej! Klienten Jimmy (frivård) är villkorligt frigiven sedan oktober och har kontakt med frivården en gång i veckan. Han har ansökt om försörjningsstöd.`, 'criminal-record', 'social'),
  d(`Hej, bifogar underlag till lönekörningen. Timlöner för feriearbetare: 15 år 95 kr/h, 16 år 105 kr/h, 17 år 115 kr/h.`),
  d(`Till HR: Vi kom överens med Maja Eklund om en lönehöjning på 2 100 kr i och med att hon tar över samordnaransvaret, alltså från 36 900 till 39 000 kr/mån. Skriv gärna nytt anställningsavtal.`, 'salary'),
  d(`Hej! Kan du bekräfta att Daniel Persson fick 12 000 kr i engångsbelopp för jourtjänstgöringen i somras? Han säger att summan inte syns på hans lönespec.`, 'salary'),
  d(`Inför lönerevisionen: Medianlönen för socialsekreterare i kommunen är 38 400 kr, jämfört med 39 900 kr i regionen. Se bifogad lönekartläggning.`),
  d(`Ekonomi: Återbetalning av utlägg till Lisa Ström ska gå till hennes konto i Nordea, clearing 3265, kontonummer 123 45 67? Nej förresten, hon har bytt till Länsförsäkringar – nytt konto 9023-421 558 0. Stämmer av med henne.`, 'bank-account'),
  d(`Hi payroll, my new account number is SE45 5000 0000 0583 9825 7466 (SEB), please use this from next month. Thanks, Tom Whitaker`, 'bank-account'),
  d(`Leverantörsregistret: Lägg upp Ekens Måleri AB med bankgiro 5050-1055. Fakturan finns i Proceedo.`),
  d(`Hej, klienten (Mira Jovanović) vill att det ekonomiska biståndet sätts in på hennes nya konto i ICA Banken: 9270-123 456 7. Hon har visat kontobevis.`, 'bank-account', 'social'),
  d(`Till kundtjänst: En medborgare ringde och läste upp sitt kortnummer 5213 3016 6131 8604, utgång 11/27, CVC 418, för att betala bygglovsavgiften. Vi tar väl inte kortbetalning per telefon? Jag har inte sparat något.`, 'payment-card'),
  d(`Från och med januari kan bygglovsavgifter betalas med kort i e-tjänsten. Vi tar inte emot kortuppgifter via telefon eller e-post.`),
  d(`Hej ekonomi! Jag glömde mitt tjänstekort hemma och betalade kursavgiften med mitt privata Mastercard 5412 8246 2819 4825 exp 02/29. Kan jag få tillbaka 3 500 kr?`, 'payment-card'),
  d(`Mike, the hotel in Brussels needs a card to guarantee your booking. Use the department card: 4921 9139 0996 0306, expiry 05/28, CVV 772, cardholder Sara Lindgren. Delete this mail afterwards.`, 'payment-card'),
  d(`Rutin för inköpskort: Kortnummer får aldrig skickas i e-post. Kontakta ekonomienheten om du behöver kortuppgifter för en bokning.`),
  d(`Utvecklingssamtal med Jesper 2026-11-12:
Styrkor: god kontakt med eleverna, strukturerad.
Utvecklingsområden: samarbete i arbetslaget, håller ofta inte deadlines för omdömen.
Mål till våren: delta i kollegialt lärande, lämna omdömen i tid.`, 'hr-assessment'),
  d(`Hej HR! Jag vill dokumentera att Ann-Sofie fått en skriftlig varning idag för upprepade sena ankomster och för att hon lämnat arbetsplatsen utan att meddela. Kopia av varningen bifogas.`, 'hr-assessment'),
  d(`Resultat från personlighetstestet för slutkandidaterna till enhetschefstjänsten: Kandidat 2 (Eva Hjort) har hög samvetsgrannhet men låg stresstålighet enligt testleverantören. Rekommendation: gå vidare med referenser.`, 'hr-assessment'),
  d(`HR informerar: Alla chefer ska under våren gå utbildningen "Svåra samtal – att hantera varningar och disciplinära åtgärder".`),
];
