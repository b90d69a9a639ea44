/**
 * TRAIN_J — training corpus for Kuvert's sensitive-category classifier (session 6, writer j).
 *
 * Written from the labelling guide alone (not from the classifier or any other corpus): short and
 * medium texts — e-mail bodies, chat messages, notes, replies, HR and school messages and case-system
 * snippets, mostly Swedish with some English — in many voices, with typos, abbreviations, euphemisms
 * and indirect statements. Weighted towards hr-assessment, trade-union, social, grades, health
 * (indirect wording), criminal-record, religion and credentials, each with paired hard negatives that
 * use the same vocabulary without disclosing anything about a specific person. All names, numbers,
 * places and organisations' details are invented; no personnummer.
 */
import type { CategoryType } from '../../../../src/core/classify/types.js';
import type { LabelledDocument } from '../category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

/** hr-assessment and trade-union, positives and hard negatives. */
const PART_A: readonly LabelledDocument[] = [
  d(`Hej Lena,
Efter medarbetarsamtalet igår: Tobias når inte målen för ärendehanteringen, han ligger på ungefär hälften av vad gruppen snittar. Jag har sagt att vi sätter upp en handlingsplan med avstämning varannan vecka.
/Maria`, 'hr-assessment'),
  d(`Kort från mig – utvecklingssamtalet med Sanna gick bra. Hon tar mycket ansvar, är uppskattad av föräldrarna men behöver bli bättre på att säga nej. Vi skrev in det som mål till våren.`, 'hr-assessment'),
  d(`Påminnelse: medarbetarsamtalen ska vara genomförda senast 15 mars. Mallen finns på intranätet under Chef > Samtal. Boka tid med dina medarbetare i god tid.`),
  d(`har du hunnit läsa anteckningarna från samtalet med Jonny? tycker inte det står tydligt nog att han fått en muntlig erinran för tonen mot kollegorna i fredags`, 'hr-assessment'),
  d(`Vi bjuder in till chefsutbildning: "Det svåra samtalet – att ge en varning eller erinran". Heldag 12/4 i Stadshusets sal B. Anmälan via kompetensportalen.`),
  d(`Hi Petra, just a heads up before you meet Alex: his probation period review is not great. Missed deadlines on three projects and the team finds him hard to work with. I'd recommend we don't extend.`, 'hr-assessment'),
  d(`Resultaten från personlighetstestet för kandidat 2 (Elin Str.): hög samvetsgrannhet, låg stresstålighet enl. rapporten. Jag bifogar hela profilen, hör av dig innan intervju 2.`, 'hr-assessment'),
  d(`Vi använder ett personlighetstest i rekryteringen till enhetschefstjänsterna. Testet tar ca 30 min och kandidaterna får återkoppling på sina resultat av konsulten.`),
  d(`Hej, skriftlig varning till Robin Ek överlämnades idag kl 10 i närvaro av HR. Han vägrade skriva under på mottagandet. Kopia läggs i personalakten.`, 'hr-assessment'),
  d(`Fråga till HR: hur länge ligger en skriftlig varning kvar i personalakten? Generellt alltså, vi har inget aktuellt ärende.`),
  d(`Omdöme om Fatima inför referenstagning: noggrann, punktlig, lite långsam i början men har vuxit enormt. Skulle anställa henne igen direkt.`, 'hr-assessment'),
  d(`Lönesamtal och medarbetarsamtal är två olika samtal hos oss. Medarbetarsamtalet handlar om utveckling och trivsel, lönesamtalet om prestation kopplat till lönekriterierna.`),
  d(`Jag vet inte hur jag ska ta det här med Kent. Tredje gången den här månaden han kommer in efter nio utan att höra av sig, och brukarna väntar. Ska vi ta ett samtal om arbetstider och dokumentera det?`, 'hr-assessment'),
  d(`Anteckning, personalärende: Medarbetaren (E.L.) har vid två tillfällen lämnat arbetsplatsen utan att meddela. Samtal hölls 3/10. Medarbetaren medgav. Överenskommet: återkoppling om 4 veckor. Ev. nästa steg: skriftlig erinran.`, 'hr-assessment'),
  d(`Our annual performance review cycle starts in October. Managers, please make sure each employee has a completed self-assessment before the meeting.`),
  d(`hej! fick mitt medarbetarsamtal idag och chefen sa att jag "inte riktigt levt upp till förväntningarna" i projektet 😕 får nog jobba på det`, 'hr-assessment'),
  d(`Sammanfattning provanställning – Ida Berglund, undersköterska
+ bra bemötande, trygg i omvårdnad
– dokumenterar bristfälligt, missar avvikelser
Bedömning: förlängs inte till tillsvidare utan en ny prövotid om 3 mån diskuteras med facket.`, 'hr-assessment'),
  d(`Hej, hänvisar till policyn för disciplinära åtgärder (dnr KS 2024/118). Där framgår att skriftlig varning alltid ska föregås av ett samtal. Mvh HR-enheten`),
  d(`Kollegorna tycker att Mats är svår att samarbeta med, han avbryter och kör över folk på APT. Det kom upp i två av samtalen nu. Vill du att jag tar det med honom eller tar du det?`, 'hr-assessment'),
  d(`Vi har fått in 360-gradersbedömningen för Annika H. Hon får höga betyg på strategi men låga på kommunikation nedåt. Vill boka en tid för att gå igenom det med henne.`, 'hr-assessment'),
  d(`360-graders feedback är ett verktyg där chefen får återkoppling från medarbetare, kollegor och sin egen chef. Vi erbjuder det till alla nya chefer efter första året.`),
  d(`Hej Camilla, omplaceringsutredningen för Henrik: han har inte klarat arbetsuppgifterna på lagret, felplockningar i 14 % av ordrarna under 8 veckor. Underlaget bifogas.`, 'hr-assessment'),
  d(`Tack för samtalet idag. Som vi sa: jag upplevde att du var oförberedd på mötet med nämnden och det fick konsekvenser för hela förvaltningen. Jag förväntar mig att det inte upprepas. /Göran`, 'hr-assessment'),
  d(`Arbetsmiljöenkäten är nu öppen. Svara senast 20/11, det tar ca 10 min. Resultaten redovisas per enhet, aldrig per person.`),
  d(`Lärare N.N. fick vid lektionsbesöket 14/2 bedömningen "ej tillfredsställande" i ledarskap i klassrummet. Rektor återkommer med handlingsplan.`, 'hr-assessment'),
  d(`Mall för lektionsobservation bifogas. Observatören fyller i bedömning per område: struktur, ledarskap, variation, återkoppling. Används i kollegialt lärande, inte för lönesättning.`),

  d(`Hej, jag är med i Kommunal sedan i våras så jag vill gärna att ni drar fackavgiften via lönen från och med nu. Tack! /Jessica, hemtjänst Norr`, 'trade-union'),
  d(`Kommunal har medlemsmöte på torsdag kl 17 i Folkets hus. Fika bjuds. Alla välkomna, även du som inte är medlem än!`),
  d(`FYI: Per Lindqvist är nyvald skyddsombud och huvudombud för Vision här på förvaltningen från 1/1. Han vill bli kallad till samverkansmötena framöver.`, 'trade-union'),
  d(`Vision bjuder på frukost i personalrummet fredag 8.00 🥐`),
  d(`Hej! Jag har pratat med min ombudsman på Vårdförbundet om schemat och hon kommer att kontakta dig nästa vecka. /Therese`, 'trade-union'),
  d(`Kan nån kolla: är Ahmed med i facket? Han vill ha med ett ombud på rehabmötet och jag vet inte om det blir Kommunal eller Vision.`, 'health'),
  d(`Min kollega Ulla har suttit i styrelsen för Sveriges Lärare i kommunen i sex år och går nu i pension, så vi behöver ny kontaktperson för MBL-förhandlingarna.`, 'trade-union'),
  d(`Förhandling enligt 11 § MBL om omorganisation av IT-enheten hålls 6/5. Kallade: Vision, Akademikerförbundet SSR, Unionen, Sveriges Ingenjörer.`),
  d(`Hej Karin, jag har gått ur Unionen och gått med i Akavia istället, så kan du ändra i lönesystemet så att rätt avgift dras? Medlemsnumret är 88213-4.`, 'trade-union'),
  d(`Har fått frågan från en medarbetare om kommunen har något samarbete med fackförbunden kring inkomstförsäkring. Vet någon? Det gäller generellt.`),
  d(`Re: tjänstledighet för fackligt uppdrag
Bekräftar att Sofia Nyström beviljas ledighet 20 % för sitt uppdrag som ordförande i Kommunal sektion Väst under 2025.
HR`, 'trade-union'),
  d(`Vi behöver en facklig representant på rekryteringsmötet på tisdag, kan någon i samverkansgruppen ta det?`),
  d(`Eftersom jag är medlem i ST vill jag att de företräder mig i omplaceringen. Skickar kontaktuppgifter till deras region så länge.`, 'trade-union'),
  d(`Lärarna på skolan är i princip alla med i något förbund, men om någon är oorganiserad förhandlar vi ändå med Sveriges Lärare om deras lön.`),
  d(`hallå, vet du om Linnea gick över till Vårdförbundet när hon blev klar ssk? hon var ju med i Kommunal innan`, 'trade-union'),
  d(`Inbjudan: facklig grundutbildning för nya förtroendevalda i Kommunal, 3 dagar i mars. Ansökan via din avdelning.`),
  d(`Från: Vision Stadsbyggnad
Hej Anders! Välkommen som ny medlem i Vision. Ditt medlemskap gäller från 1 februari. Din lokala kontaktperson är Jenny Öhman.`, 'trade-union'),
  d(`Skyddsombudet har lagt en 6:6a-begäran om bemanningen på avd 12 natt. Vi behöver svara inom åtta dagar.`),
  d(`Hej, vi från Lärarförbundet vill gärna ha med Mohammed Karimi på nästa lokala samverkan eftersom han är vårt nya arbetsplatsombud. Mvh styrelsen`, 'trade-union'),
  d(`Kan vi ta lönesamtalet med facket närvarande? Jag är med i Akademikerförbundet SSR och vill ha stöd. /Nina`, 'trade-union'),
  d(`Enligt kollektivavtalet ska arbetsgivaren betala ut ersättningen även till de som inte är med i facket.`),
  d(`Notis till personalakten: arbetstagaren har uppgett att hon är medlem i Kommunal och begär att avdelningen underrättas inför uppsägningssamtalet.`, 'trade-union'),
  d(`Skickar vidare: Kommunal och SKR har kommit överens om nytt HÖK. Lönerna höjs i snitt 3,4 %. Mer info kommer från HR.`),
  d(`Bara så du vet – Hassan är facklig förtroendeman för Seko här, så prata med honom först innan du bokar in schemamötet med killarna.`, 'trade-union'),
  d(`He's a union rep for Unionen at the Malmö office, so please cc him on anything about the redundancy list. His name is Björn Aspelin.`, 'trade-union'),
  d(`Union membership is voluntary at our workplace. Staff can choose whichever union they like, or none.`),
  d(`Hej, jag är inte med i facket längre så jag behöver inte ha med någon på mötet. /Emil`, 'trade-union'),
  d(`Utbildningsdag för skyddsombud 22 okt. Ämnen: OSA, systematiskt arbetsmiljöarbete, riskbedömning vid förändring.`),

  d(`lösen till delade mejlboxen är Vinter2025!kul – byt gärna efter att du loggat in första gången`, 'credentials'),
  d(`Kom ihåg att aldrig skicka lösenord i mejl. Använd lösenordshanteraren eller ring servicedesk.`),
  d(`Hej! Koden till personalingången på Brunnsgatan är 4471#, den byts vid månadsskiftet.`, 'credentials'),
  d(`Portkoden ändras den 1 juni. Ny kod delas ut av fastighetsskötaren på plats, inte via mejl.`),
  d(`Användarnamn: hems.kvall01
Lösenord: Tulpan#8812
Gäller Procapita testmiljön, bara för utbildningen på onsdag.`, 'credentials'),
  d(`Testmiljön för Procapita är öppen för utbildning onsdag–fredag. Inloggning sker med ditt vanliga SITHS-kort.`),
  d(`Hi Marcus, the API key for the booking integration is bk_live_7Hq2vR9xLp30ZaWm. Please don't commit it anywhere.`, 'credentials'),
  d(`API keys for the booking integration are rotated every 90 days. Request a new key via the developer portal.`),
  d(`sms-koden jag fick var 552 091 men den verkar redan ha gått ut? kan du skicka en ny`, 'credentials'),
  d(`Du har begärt en engångskod. Om det inte var du, kontakta IT-supporten direkt. Vi skickar aldrig koden i mejl.`),
  d(`Hej Kerstin, jag har återställt ditt konto. Tillfälligt lösen: Sommar99-byt. Du tvingas byta vid första inloggning. /IT-support`, 'credentials'),
  d(`Vi har återställt lösenordet för ditt konto enligt din begäran. Logga in via länken och välj ett nytt lösenord.`),
  d(`pin till kopiatorn på plan 3 är 2604, om den frågar efter användare så skriv bara gäst`, 'credentials'),
  d(`Lösenordet till wifi för gäster hänger på anslagstavlan i receptionen.`),
  d(`Nyckelskåpet i förrådet har kod 7719. Lägg tillbaka bilnycklarna efter passet!!`, 'credentials'),
  d(`Hej, vpn-inlogg för konsulten: user ext_hansson, pw Grå-Häst-44-Ljus. Kontot stängs 31/12.`, 'credentials'),
  d(`Konsulter får tillfälliga VPN-konton som stängs automatiskt när avtalet löper ut. Beställning görs av ansvarig chef.`),
  d(`larmkoden till skolan ändrades efter inbrottet, nu 0393. säg inte till eleverna haha`, 'credentials'),
  d(`Vi har bytt larmleverantör. Alla som har larmkod till skolan får en ny personlig kod från vaktmästaren nästa vecka.`),
  d(`Hej! Du ska ha fått ett mejl med BankID-länk. Koden du behöver för att signera är den du själv valde när du skaffade BankID, den vet bara du.`),
  d(`Tomas, ditt konto i elevdokumentationen: tomas.lind / Hallon2020 . Jag har satt det så att du byter själv sen.`, 'credentials'),
];

/** social and grades, positives and hard negatives. */
const PART_B: readonly LabelledDocument[] = [
  d(`Hej, familjen Yilmaz har fått avslag på försörjningsstöd för december eftersom pappan inte lämnat in kontoutdrag. De överklagar. /Handläggare ekonomiskt bistånd`, 'social'),
  d(`Försörjningsstöd söks månadsvis. Ansökan ska vara inne senast den 10:e för att pengarna ska betalas ut innan månadsskiftet.`),
  d(`Vi gjorde en orosanmälan om Liam i 3B idag. Han har kommit till skolan utan mat flera dagar och säger att mamma "sover hela tiden".`, 'social'),
  d(`Påminnelse till all personal: vid oro för ett barn har ni anmälningsskyldighet enligt 14 kap. 1 § SoL. Rutinen för orosanmälan finns i lärarrummet.`),
  d(`hej! socialen ringde om Noah, de har öppnat en utredning efter vår anmälan. de vill ha skolans bild av närvaron också`, 'social', 'grades'),
  d(`Kort rapport från mötet med soc: pojken (12 år) blir placerad i familjehem i Tranås från och med måndag, med stöd av LVU. Skolskjuts måste ordnas.`, 'social'),
  d(`Utbildning om LVU för nya handläggare på barn- och ungdomsenheten, 2 dagar i april. Föreläsare är en jurist från länsstyrelsen.`),
  d(`Kan ni på hemtjänsten öka till fyra besök per dag för Gunnel Åberg på Lärkvägen? Biståndsbeslutet är fattat, gäller fr.o.m. 1/3.`, 'social'),
  d(`Hemtjänsten kommer att ha nya arbetstider efter sommaren. Brukarna informeras via brev.`),
  d(`Ärendeanteckning 2025-02-11: Klienten (man, 43) har inlett behandling på öppenvården för sitt alkoholberoende. LVM-utredningen avslutas därmed. Ny uppföljning om 3 mån.`, 'social', 'health'),
  d(`LVM – lag om vård av missbrukare i vissa fall. Föreläsning för kommunens socialsekreterare den 4/11. Anmälan senast 20/10.`),
  d(`Jag vill bara säga att vi inte klarar oss på pengarna från soc den här månaden, Elias behöver vinterskor och jag har sagt det till min handläggare två gånger. /Malin`, 'social'),
  d(`Tjena, snabbfråga – Josefin i 9C har ju LSS-assistans på fritiden, vet du om assistenten får följa med på prao?`, 'social', 'health'),
  d(`LSS-handläggarna har flyttat till plan 4. Telefontiderna är oförändrade.`),
  d(`Hej, angående er brukare på Tallbacken: vi har beviljat korttidsvistelse två helger i månaden enligt 9 § 6 LSS. Beslut skickas med post.`, 'social'),
  d(`Please note that Mr. Okafor's application for financial assistance (ekonomiskt bistånd) has been approved for rent only. He should contact his case worker about the electricity bill.`, 'social'),
  d(`The municipality offers financial assistance to residents who cannot support themselves. Read more on our website or call the contact centre.`),
  d(`Hon bor på ett HVB nu sen i höstas, så vi skickar allt till socialsekreteraren istället för till mamman.`, 'social'),
  d(`Studiebesök på HVB-hemmet Björkhagen för elevhälsan, fre 14/3 kl 9. Max 8 deltagare.`),
  d(`soc har beslutat om kontaktfamilj för Wilma varannan helg, så hon går hem tidigt på fredagar. bara så ni på fritids vet`, 'social'),
  d(`Hej – grannen i lgh 1102 har fått hemtjänst nu, så det kommer folk in och ut hela dagen. Bara så fastighetsskötaren inte blir orolig.`, 'social'),
  d(`Beslut om bostad med särskild service för Tom Berg, född -91, verkställs 1 maj på Ekgården. Kontaktman blir Ylva.`, 'social'),
  d(`Ekgården har lediga platser i bostad med särskild service från maj. Intresserade handläggare kontaktar enhetschefen.`),
  d(`Föräldrarna till Aisha är oroliga för att hon ska bli omhändertagen igen och har därför inte velat berätta om bråken hemma. Vi pratar med kurator imorgon.`, 'social'),
  d(`Vi har som rutin att kurator deltar när en orosanmälan diskuteras i elevhälsoteamet.`),
  d(`Sammanfattning av barnavårdsutredning (BBIC), avslutad: behov av stöd i föräldraskapet. Insats: familjebehandling 6 mån. Barnen bor kvar hemma.`, 'social'),
  d(`skickade med hyresskulden till budget- och skuldrådgivningen, han har ju försörjningsstöd sen i våras så det blir nog via soc ändå`, 'social'),
  d(`Budget- och skuldrådgivningen har drop-in varje onsdag 13–15 på medborgarkontoret.`),
  d(`Hej Ronja, jag har pratat med din handläggare på vuxenenheten och hon säger att beslutet om boendestöd gäller till juni. /Kenneth, boendestödjare`, 'social'),
  d(`Statistik: antalet hushåll med ekonomiskt bistånd minskade med 4 % under 2024 jämfört med året innan.`),
  d(`Hej, grabben vi pratade om (Melvin) har varit på behandlingshem för sitt missbruk sedan oktober och kommer tillbaka till skolan efter jul. Vi behöver en plan för mottagandet.`, 'social', 'health'),
  d(`Elevhälsan bjuder in till temakväll om droger och missbruk för föräldrar i åk 7–9.`),
  d(`Jag skriver för att jag tror att min granne far illa, han är dement och ligger ofta på golvet. Har han någon hemtjänst? Kan ni åka dit?`, 'health'),
  d(`Till ekonomienheten: utbetalning av bistånd till Sara Holm (ärende 2025-1403) ska gå direkt till hyresvärden Bostadsbolaget AB för mars och april.`, 'social'),
  d(`Kan någon förklara skillnaden på bistånd enligt SoL och insatser enligt LSS? Ska hålla en intro för nya undersköterskor.`),
  d(`Mamman har godkänt att vi pratar med BUP och soc om Ellie. Nästa nätverksmöte 19/4.`, 'social', 'health'),
  d(`The child was placed in emergency foster care on Friday under section 6 LVU. The parents have been informed and have a right to appeal.`, 'social'),
  d(`Our department handles LVU cases. If you have questions about the process, please contact the family unit.`),
  d(`Kommer inte på mötet, har tid hos min handläggare på soc om ansökan. Sorry!`, 'social'),

  d(`Hej! Emma har fått F i matte på nationella provet och ligger på E i svenska. Vi behöver prata om extra anpassningar. Kan ni ses tisdag? /Mentor åk 9`, 'grades'),
  d(`Nationella proven i matematik för åk 9 skrivs vecka 11. Resultaten används som stöd vid betygssättningen.`),
  d(`Frånvaro vt: Oskar 23 %, varav 18 % ogiltig. Vi har skickat hem brev och kallar till möte med rektor.`, 'grades'),
  d(`Skolans rutin vid frånvaro: vid upprepad ogiltig frånvaro kontaktar mentor vårdnadshavare samma dag. Vid mer än 10 % frånvaro kallas till elevhälsomöte.`),
  d(`hej, kan du kolla om Amir fick godkänt på omprovet i kemi? han säger C men det står F i systemet`, 'grades'),
  d(`Betygssättning sker vecka 23. Alla betyg ska vara inlagda i systemet senast fredag kl 12.`),
  d(`Hi, I'm writing about my son Lucas in class 7A. His report says "risk för ej godkänt" in English, which surprised us since he's bilingual. Could we discuss this?`, 'grades'),
  d(`Omdöme i svenska, Klara Sjöberg: Klara läser med god förståelse och skriver varierade texter. Hon behöver utveckla sin källkritik. Nuvarande nivå: C.`, 'grades'),
  d(`Så här skriver du omdömen: beskriv elevens kunskaper i förhållande till kunskapskraven, vad eleven behöver utveckla och hur skolan stöttar.`),
  d(`IUP för Hugo, åk 4: matematik – når kraven, läsning – behöver stöd, mål: läsa 15 min hemma varje dag. Uppföljning vid nästa utvecklingssamtal.`, 'grades'),
  d(`Till vårdnadshavare i åk 4: inbjudan till utvecklingssamtal vecka 46. Boka tid i Unikum. Den individuella utvecklingsplanen skrivs i samband med samtalet.`),
  d(`Ledsen att behöva säga det men Tilda har inte lämnat in någon av labbrapporterna i fysik och kommer få F om det inte sker innan 1 juni.`, 'grades'),
  d(`Resultat på diagnosen i engelska, grupp 2: Alva 38/40, Ebbe 21/40, Jonna 33/40, Viktor 12/40. De under 25 får extra stöd.`, 'grades'),
  d(`Medelbetyget i åk 9 steg till 231 poäng i år, skolan ligger över kommunsnittet.`),
  d(`Studenten Rebecka Ali har underkänt på tentan i farmakologi (andra försöket) och får skriva igen i augusti. Hon har rätt till byte av examinator.`, 'grades'),
  d(`Tentamen i farmakologi, termin 3: skrivning 12 juni kl 8–13. Omtenta i augusti. Anmälan via Ladok senast 10 dagar innan.`),
  d(`mvh mentor – Viggo har haft 34 sena ankomster den här terminen, snart ett helt läsår 😬 vill gärna ringa er om det`, 'grades'),
  d(`Hej, jag är vikarie i 8B. Kan du maila listan med vilka elever som har IG-varning i SO? Då vet jag vilka som ska prioriteras.`),
  d(`Betygsvarningar SO 8B: Dennis (geo, hist), Mira (rel), Filip (samh). Meddelat hem 2/11.`, 'grades'),
  d(`Eleven uppnår inte kunskapskraven i idrott och hälsa p.g.a. hög frånvaro på lektionerna (62 %). Åtgärdsprogram upprättas.`, 'grades'),
  d(`Skolverket har uppdaterat kunskapskraven i idrott och hälsa. Läs mer i Lgr22.`),
  d(`Hallå! Fick Leo sitt slutbetyg än? Han behöver betygen till antagningen och säger att han har B i engelska men vi har inget papper.`, 'grades'),
  d(`Kopia av slutbetyg beställs från skolexpeditionen. Legitimation krävs vid hämtning.`),
  d(`Hej Jenny, Sam var borta från förskolan 11 dagar i mars, mest måndagar. Har det hänt något hemma? /Pia, förskollärare`, 'grades'),
  d(`Nytt för i år: närvaron registreras i Skola24 vid varje lektionsstart. Lärare som glömmer får påminnelse efter 15 min.`),
  d(`Our student Chen Wei passed the Swedish B1 test with 82/100 but failed the oral part. She can retake the oral exam in May.`, 'grades'),
  d(`Klassens resultat på läsförståelsetestet: medel 27, median 29, spridning 11–39. Individuella resultat i Excel-bilagan.`),
  d(`Vårdnadshavare till Isak: han har godkänt i alla ämnen utom teknik där han ligger på F. Vi erbjuder lovskola v 26.`, 'grades'),
  d(`Lovskola erbjuds elever i åk 8–9 som riskerar att inte nå godkänt. Anmälan via mentor.`),
  d(`Ska vi sätta A eller B på Nellie i historia? Hennes muntliga var väldigt bra men uppsatsen var bara ett C-arbete.`, 'grades'),
  d(`Hej, Mohammed kommer att missa två veckors undervisning p.g.a. resa till släkt. Vill ni ha uppgifter att göra hemma? Mvh pappa`, 'grades'),
  d(`Elev X har 4 F i årskurs 1 på gymnasiet och riskerar att inte få fortsätta på programmet. Möte med SYV och vårdnadshavare 5/5.`, 'grades'),
  d(`Studie- och yrkesvägledaren har drop-in för åk 9 på tisdagar. Frågor om gymnasieval och behörighet.`),
];

/** health (indirect wording), criminal-record and religion, positives and hard negatives. */
const PART_C: readonly LabelledDocument[] = [
  d(`Lisa är hemma med sin rygg igen, hon tror det blir hela veckan. Kan du ta hennes pass på torsdag?`, 'health'),
  d(`Vi har en ryggskola för personal med tunga lyft, anmälan via företagshälsovården.`),
  d(`hon har det tufft just nu, går hos någon på psyk varannan vecka och orkar bara halvtid. ta det lite lugnt med deadlines va`, 'health'),
  d(`Psykisk ohälsa är den vanligaste orsaken till långa sjukskrivningar i kommunen enligt årets HR-rapport.`),
  d(`Hej Åsa, Stefan har lämnat läkarintyg till och med 30/4, så han är kvar på 50 %. Rehabmöte bokat med FHV den 12/4.`, 'health'),
  d(`Rutin: från dag 8 krävs läkarintyg. Chefen ska påbörja rehabiliteringsutredning vid fler än sex sjukfrånvarotillfällen på tolv månader.`),
  d(`Kommer nog inte in imorgon heller, magen har inte lagt sig. /J`, 'health'),
  d(`Vi kommer inte in imorgon heller – hela kontoret är stängt pga strömavbrottet. /J`),
  d(`Emelie är gravid och ska gå på föräldraledighet i slutet av augusti, så vi behöver ersättare till hösten. Säg inget än, hon vill berätta själv på APT.`, 'health'),
  d(`Till dig som är gravid: du har rätt till riskbedömning av din arbetsmiljö. Prata med din chef.`),
  d(`FYI my colleague Raj is back from hospital after the surgery but he's not allowed to lift anything for six weeks, so keep him off the warehouse rota.`, 'health'),
  d(`Pappa har fått sin diagnos nu, det var Parkinson som de misstänkte. Jag behöver nog gå ner i tid ett tag, kan vi prata på måndag?`, 'health'),
  d(`Parkinsonförbundet håller en informationskväll för anhöriga den 9 okt i Medborgarhuset.`),
  d(`Anpassning av arbetsplats för Ove (hörselnedsättning): hörslinga i mötesrummet och textning i Teams. Kostnad 4 800 kr, belastar enhetens budget.`, 'health'),
  d(`Alla mötesrum på plan 2 har nu hörslinga installerad.`),
  d(`Hon var lite "borta" på mötet, tror hon har ändrat medicinering igen. Ska jag säga nåt till chefen eller låta bli?`, 'health'),
  d(`Påminnelse: Du har en tid på vårdcentralen Fyren 14 maj kl 09.20. Välkommen! Avbokning senast 24 timmar innan.`),
  d(`Jag har fått tid för min utredning på neuropsyk i januari, så jag kan inte vara med på planeringsdagen. /Anders`, 'health'),
  d(`Arbetsförmågebedömning (sammanfattning): medarbetaren bedöms klara stillasittande arbete 4 tim/dag. Ej tunga lyft. Omprövas efter 8 veckor.`, 'health'),
  d(`Försäkringskassan ändrar sina blanketter för bedömning av arbetsförmåga från 1 juli.`),
  d(`Kerstin på ekonomi har fått bröstcancer, hon opereras nästa vecka. Några av oss tänkte skicka blommor, vill du vara med?`, 'health'),
  d(`Rosa bandet-insamling i receptionen hela oktober. Alla bidrag går till cancerforskning.`),
  d(`Patienten i säng 4 har fått ny insulindos, 12E till kvällen. Kolla blodsocker kl 22.`, 'health'),
  d(`Diabetesutbildning för omvårdnadspersonal 3 dec. Anmäl dig till Sofia i receptionen.`),
  d(`Han har ju varit "utbränd" sen i våras och jobbar bara förmiddagar, så lägg inte in honom på kvällsmötena.`, 'health'),
  d(`Hej, Zara i 2B har epilepsi och hennes mamma vill att all personal vet vad man gör vid ett anfall. Handlingsplan bifogas.`, 'health'),
  d(`Handlingsplan vid epilepsianfall i skolan – mall från elevhälsan, använd när en elev har diagnos.`),
  d(`He's been struggling with drinking since the divorce and HR has offered him a place in the treatment programme. He starts next Monday.`, 'health'),
  d(`Vi har en alkohol- och drogpolicy. Alla chefer ska gå utbildningen "Tidiga signaler" under året.`),
  d(`Kan du maila Hedvig att hon ska ta med sitt astmaspray på utflykten? Mamman ringde och påminde.`, 'health'),
  d(`Glöm inte: Ebba har nötallergi, inget med nötter på kalaset i klassen. Hon har adrenalinpenna i väskan.`, 'health'),
  d(`Skolmaten är fri från nötter och jordnötter. Specialkost beställs via blanketten på hemsidan.`),

  d(`Hej, vi har fått tillbaka utdraget ur belastningsregistret för Niklas Vall. Där finns en dom för ringa narkotikabrott 2021. Hur gör vi med anställningen?`, 'criminal-record'),
  d(`Alla som ska arbeta med barn i förskolan måste visa upp utdrag ur belastningsregistret innan anställning. Beställ det på polisens hemsida.`),
  d(`hörde att Dennis som vikarierar på fritids blev dömd för misshandel förra året, stämmer det? borde inte det ha synts i utdraget?`, 'criminal-record'),
  d(`Elevens pappa sitter på anstalt i Kumla till 2027, så all kontakt går via mamman. Pappan har inte vårdnaden.`, 'criminal-record'),
  d(`Kriminalvården söker kriminalvårdare till anstalten i Kumla. Sista ansökningsdag 30/9.`),
  d(`Till HR: vi har polisanmält medarbetaren för stöld ur brukarens plånbok. Hon är avstängd med lön tills utredningen är klar.`, 'criminal-record', 'hr-assessment'),
  d(`Om du blir utsatt för stöld på arbetsplatsen ska du polisanmäla och rapportera i avvikelsesystemet.`),
  d(`Klienten är villkorligt frigiven sedan mars och har kontakt med frivården en gång i veckan. Hans övervakare heter Lars.`, 'criminal-record'),
  d(`FYI the tenant in flat 14 was arrested on Sunday for drug dealing, according to the police. They searched the flat. We might need to review the lease.`, 'criminal-record'),
  d(`Hyresgäster som bedriver brottslig verksamhet i lägenheten kan bli uppsagda. Läs mer i hyreslagen 12 kap.`),
  d(`Vi har fått en förfrågan från polisen om Simon i 9A, han misstänks för skadegörelsen på idrottshallen. De vill prata med mentorn.`, 'criminal-record'),
  d(`Skadegörelsen på idrottshallen i helgen är polisanmäld. Den som sett något kan tipsa polisen anonymt.`),
  d(`Han fick ju samhällstjänst för rattfylleriet, 80 timmar. Jag tror det är därför han slutade köra buss.`, 'criminal-record'),
  d(`Hej, angående vår nya lokalvårdare: han har ett kontaktförbud mot sin ex-fru som jobbar på samma skola. Vi måste schemalägga dem olika dagar.`, 'criminal-record'),
  d(`Kontaktförbud är ett beslut av åklagare. Information om hur du ansöker finns hos polisen och på Brottsofferjourens webb.`),
  d(`Yttrande till tingsrätten: den unge (16 år) erkänner rånet. Socialtjänsten föreslår ungdomstjänst 40 timmar samt fortsatt kontakt med fältgruppen.`, 'criminal-record', 'social'),
  d(`Snabbt: mamman till Leia har berättat att hon själv suttit inne för bedrägeri och vill inte att det kommer fram på föräldramötet. Jag lovade att vara diskret.`, 'criminal-record'),
  d(`Vi har haft flera bedrägeriförsök mot förvaltningen där någon utger sig för att vara leverantör. Var vaksam på fakturor med nya bankgiron.`),
  d(`Den misstänkte (anställd på tekniska) nekar till brott. Förundersökningen om trolöshet mot huvudman pågår. Ingen kommentar till media.`, 'criminal-record'),
  d(`Mejlet från polisen: "Vi bekräftar att en anmälan om ofredande har upprättats mot Kristoffer Ahl. Ärendet handläggs av utredningssektionen i Norrköping."`, 'criminal-record'),
  d(`I belastningsregistret registreras domar och strafförelägganden. Uppgifterna är sekretessbelagda och lämnas bara ut i vissa fall.`),
  d(`hon har fortfarande fotboja, kan alltså inte följa med på resan till Riga. säg att hon är sjuk om nån frågar`, 'criminal-record'),
  d(`Uppdatering: åtalet mot vår tidigare ekonomichef för grovt bedrägeri ogillades i hovrätten. Han är alltså friad.`, 'criminal-record'),
  d(`Nyhetsbrev: Ekobrottsmyndigheten har publicerat årsrapporten. Grova bedrägerier mot kommuner ökar.`),

  d(`Hej, Yusuf ber om att få ta rast vid 13-tiden under ramadan så han kan be. Går det att ordna i schemat?`, 'religion'),
  d(`Ramadan börjar i år runt 1 mars. Tänk på att elever som fastar kan vara tröttare, och erbjud alternativ vid idrott.`),
  d(`Jag är katolik och vill gärna vara ledig på långfredagen och kunna gå på mässa. Kan jag byta pass med någon? /Agnieszka`, 'religion'),
  d(`Långfredagen är en helgdag, förskolan är stängd. Barnomsorg på obekväm tid erbjuds enligt särskilt beslut.`),
  d(`Familjen är Jehovas vittnen och vill inte att Samuel deltar i födelsedagsfirandet eller luciatåget. Vi har pratat om alternativ aktivitet.`, 'religion'),
  d(`Luciatåget i aulan 13/12 kl 8.00. Alla elever i F–3 deltar, föräldrar välkomna.`),
  d(`hon bär ju slöja och vill ha en uniform med långa ärmar, kan vi beställa det från leverantören?`, 'religion'),
  d(`Arbetskläder: långärmade tunikor finns att beställa i alla storlekar, liksom huvudbonader i tyget som ingår i profilen.`),
  d(`Gunnar är diakon i Svenska kyrkan på fritiden, så han kan inte ta söndagspassen. Vi har sagt ok till det sedan flera år.`, 'religion'),
  d(`Svenska kyrkan erbjuder samtalsstöd för anhöriga, öppet för alla oavsett tro.`),
  d(`Hi team, just so you know, I observe Shabbat, so I can't answer mails from Friday sunset to Saturday evening. Thanks for understanding! – Daniel`, 'religion'),
  d(`Reminder: the office will be closed on Friday afternoon for the Christmas party. No religious content, everyone welcome.`),
  d(`Elevens vårdnadshavare har bett att hon slipper simundervisningen med killarna av religiösa skäl. Rektor har beslutat om separata simtider.`, 'religion'),
  d(`Skolans policy: simundervisning är obligatorisk enligt läroplanen. Rektor kan besluta om anpassning i enskilda fall.`),
  d(`Kort från kuratorn: Ali har lämnat moskén och familjen har tagit avstånd, han sover hos en kompis just nu. Soc är kontaktade.`, 'religion', 'social'),
  d(`Hon har gått ur Svenska kyrkan sen länge, hon är ateist, så det blir borgerlig begravning. Har du numret till kommunens begravningsombud?`, 'religion'),
  d(`Kommunen har begravningsombud som granskar hur begravningsavgiften används. Kontaktuppgifter finns på webben.`),
  d(`Vi har en kollega som är buddhist och mediterar i vilorummet på lunchen, inga problem för oss men kan vi boka rummet andra tider för möten?`, 'religion'),
  d(`Vilorummet kan bokas för meditation, bön eller vila. Bokning via Outlook, resurs "Vilorum plan 3".`),
  d(`Han är väldigt aktiv i frikyrkan, är pastor i pingstförsamlingen i Lindås, så vi har haft lite diskussioner om hur han pratar med ungdomarna.`, 'religion'),
  d(`Lindås pingstförsamling hyr skolans aula söndagar 10–13 enligt hyresavtal 2024-33.`),
  d(`Behöver halalkost för Ibrahim på lägret, mamma ringde. Kan du lägga in det i beställningen?`, 'religion'),
  d(`Köket serverar vegetariskt alternativ varje dag. Halal och kosher beställs via specialkostblanketten.`),
  d(`Patienten är sikh och vill inte att hans turban tas av inför undersökningen. Vi har dokumenterat önskemålet i journalen.`, 'religion'),
  d(`Han konverterade till islam förra året och byter nu namn, så vi behöver uppdatera i personalsystemet. Han vill inte att det annonseras.`, 'religion'),
  d(`Namnbyte? Skicka kopia av beslutet från Skatteverket till lönegruppen så uppdateras personalsystemet.`),
];

/** The remaining categories, positives and hard negatives. */
const PART_D: readonly LabelledDocument[] = [
  d(`Hej, jag har fått löneförhöjning till 34 200 kr från april men det syns inte på lönespecen. Kan ni kolla? /Hanna Sv., hemtjänst Öst`, 'salary'),
  d(`Lönerevisionen startar i april. Alla chefer får underlag från HR vecka 12.`),
  d(`Ny lön för Jakob efter förhandlingen: 41 500 kr/mån, retroaktivt från 1 jan. Meddela lönegruppen.`, 'salary'),
  d(`Lönespannet för socialsekreterare är 36 000–44 000 kr enligt annonsen.`),
  d(`lol Erik tjänar 8k mer än mig och vi gör exakt samma sak. ska ta upp det på lönesamtalet`, 'salary'),
  d(`Your bonus for 2024 will be SEK 18 000, paid out with the March salary. Congratulations on a great year! /Regional manager`, 'salary'),
  d(`Bonus is not part of the municipal pay structure. Pay is set in the annual salary review according to the collective agreement.`),
  d(`Tvist: medarbetaren (A. Persson) menar att hon ska ha OB-tillägg för helgpassen i juli, totalt ca 6 300 kr. Vi bedömer att avtalet inte ger rätt till det.`, 'salary'),
  d(`Hon fick bara 300 kr i höjning i år, hon var så ledsen. Chefen sa att det var på grund av de där klagomålen.`, 'salary', 'hr-assessment'),
  d(`Lönestatistik per yrkesgrupp publiceras i årsredovisningen, sidan 48.`),

  d(`Hej! Kan ni betala ut reseersättningen till mitt konto i Swedbank: clearing 8327-9, kontonr 903 114 552-1. Tack /Lina`, 'bank-account'),
  d(`Ange ditt kontonummer i formuläret så betalar vi ut ersättningen inom 30 dagar.`),
  d(`Arvodet till kontaktpersonen Jörgen Blom ska sättas in på Nordea 3300 71 22 45 från och med maj.`, 'bank-account'),
  d(`Kontaktpersoner får arvode enligt SKR:s riktlinjer, utbetalning sker månadsvis till det konto som anmälts till Swedbank Kontoregister.`),
  d(`Please transfer the refund to my account: IBAN DE44 5001 0517 5407 3249 31, BIC INGDDEFFXXX. Name: Katrin Vogel.`, 'bank-account'),
  d(`Vi har bytt bank. Nytt bankgiro för betalning av fakturor till förvaltningen: 5512-8830.`),
  d(`Utbetalningen av försörjningsstöd för april görs till Fredrik Nymans konto 6128 443 219 875 (Handelsbanken).`, 'bank-account', 'social'),
  d(`Hej, lönen kom aldrig in igår! Jag har bytt bank till ICA Banken, kontonumret är 9270 314 58 66. Har ni fått det?`, 'bank-account'),
  d(`Lönen betalas ut den 25:e varje månad. Byter du bank, anmäl nytt konto via Självservice senast den 10:e.`),
  d(`Överföring till dödsboet efter Margit Holm: SEB 5204 10 773 21, ange ärendenummer 25-0456.`, 'bank-account'),

  d(`Hej, kan du boka hotellet med mitt kort? 4532 0187 7311 9871, utg 08/27, cvc 412. Tack! /Viktor`, 'payment-card'),
  d(`Använd aldrig privata kort för tjänsteresor. Beställ via resebyrån med förvaltningens företagskort.`),
  d(`Kortnummer till Cecilias inköpskort: 5167 3429 0700 0594, giltigt t.o.m. 11/26. Koden får hon i separat brev.`, 'payment-card'),
  d(`Inköpskort beställs av ekonomienheten. Kortet är personligt och får inte lånas ut.`),
  d(`Mamma har betalat lägeravgiften med sitt kort 4929 3881 0350 7066 exp 02/28 men det drogs två gånger, kan ni återbetala?`, 'payment-card'),
  d(`Hi, please charge the conference fee to my card: 5522 0467 3947 1879, expiry 05/26, security code 338. Cardholder: Tomás Reyes.`, 'payment-card'),
  d(`We accept Visa and Mastercard. Card details are entered on the secure payment page, never by e-mail.`),
  d(`Kunden (Birgitta L.) läste upp sitt kortnummer i telefon: 4111 7403 9045 1879, 09/27. Jag har skrivit det här tills betalningen är gjord.`, 'payment-card'),
  d(`fick ett sms om att mitt kort 5356 1098 2424 5623 blivit spärrat, är det bluff?? jag har inte fått något från banken`, 'payment-card'),
  d(`Bluffsms om spärrade kort cirkulerar. Banken ber dig aldrig att ange kortnummer via länk.`),
  d(`Ersättning för utlägg: Jessica köpte pysselmaterial för 412 kr med sitt privata kort 4763 1902 4215 5446. Kvitto bifogas.`, 'payment-card'),

  d(`Hej, Mira i klass 5 har skyddade personuppgifter. Lägg inte ut klasslistor med hennes namn och adress på lärplattformen.`, 'protected-identity'),
  d(`Rutin för elever med skyddade personuppgifter: klasslistor publiceras aldrig på webben, och post skickas via Skatteverkets förmedling.`),
  d(`Observera – sekretessmarkering på brukaren i Solrosens ärende. Uppgifter om var hon bor får inte lämnas ut till någon som ringer.`, 'protected-identity'),
  d(`Tänk på att fråga efter sekretessmarkering innan du skickar ut beslut. Kolla i folkbokföringen.`),
  d(`Min syster är kvarskriven i Uppsala men bor hos mig nu, så skicka inga papper till den gamla adressen.`, 'protected-identity'),
  d(`Kvarskrivning kan beviljas av Skatteverket för den som flyttar men har skäl att inte registreras på den nya adressen.`),
  d(`Personen har fingerade personuppgifter sedan 2022. All kontakt går via polisens personsäkerhetsenhet. Anteckna inget om bakgrunden i ärendet.`, 'protected-identity'),
  d(`The employee has protected personal data (skyddad folkbokföring), so do not put her name on the website or the staff photo board.`, 'protected-identity'),
  d(`Staff photos on the website are optional. Tell your manager if you don't want yours published.`),
  d(`Hej, Kajsa och barnen har skyddad folkbokföring nu. Ni på skolan får bara adressen via handläggaren på Skatteverket.`, 'protected-identity'),

  d(`Uppgifterna i detta mejl omfattas av sekretess enligt 26 kap. 1 § OSL. Gäller utredningen om Alfred, 8 år, som vi pratade om.`, 'secrecy', 'social'),
  d(`Detta meddelande kan innehålla information som omfattas av sekretess. Om du fått det av misstag, radera det och meddela avsändaren.`),
  d(`Handlingen är sekretessprövad och får inte lämnas ut (21 kap. 3 § OSL). Gäller den sökandes adressuppgifter i bygglovsärendet.`, 'secrecy'),
  d(`Kurs: Offentlighet och sekretess för nyanställda, halvdag 18/9. Vi går igenom OSL och utlämnande av allmän handling.`),
  d(`Till dig som begärt ut handlingarna i upphandlingen: anbuden omfattas av sekretess enligt 19 kap. 3 § OSL fram till tilldelningsbeslutet.`, 'secrecy'),
  d(`Sekretess enl 25 kap 1 § OSL – anteckningar från samtal med patienten om hans självmordstankar, vidarebefordras endast till ansvarig läkare.`, 'secrecy', 'health'),
  d(`OBS! Omfattas av sekretess. Bifogar elevhälsans dokumentation om Leon till rektor inför beslut om särskild undervisningsgrupp.`, 'secrecy'),
  d(`Hur vet jag om en uppgift omfattas av sekretess? Kolla OSL eller fråga registraturen innan du lämnar ut något.`),
  d(`Begäran om utlämnande avslås: uppgifterna om personalärendet omfattas av sekretess enligt 39 kap. 3 § OSL.`, 'secrecy'),
  d(`Confidential under Chapter 24 Section 8 OSL: the statistics supplied by the respondents may not be disclosed in identifiable form.`, 'secrecy'),

  d(`Han har samisk bakgrund och vill gärna att barnen får modersmålsundervisning i nordsamiska.`, 'ethnic-origin'),
  d(`Modersmålsundervisning erbjuds i bl.a. nordsamiska, meänkieli, finska och romani chib. Ansök senast 15 april.`),
  d(`Kollegan Dragan kommer från Bosnien och har varit här sen 90-talet, han pratar bosniska med familjerna om ni behöver hjälp.`, 'ethnic-origin'),
  d(`Behöver tolk på bosniska till mötet 4/6. Beställ via tolkportalen.`),
  d(`Familjen är romer och har upplevt diskriminering på förra skolan, mamman vill inte att det ska bli en fråga här.`, 'ethnic-origin'),
  d(`Kommunen är förvaltningsområde för finska. Sverigefinnar har rätt till äldreomsorg på finska.`),
  d(`Mormor är sverigefinne och pratar knappt svenska nu när demensen gått framåt, kan hon få personal som pratar finska?`, 'ethnic-origin', 'health'),
  d(`Hon är adopterad från Colombia och känner sig ofta utpekad i klassen, kurator följer upp.`, 'ethnic-origin'),
  d(`Patient is of Somali origin and prefers a female interpreter for the consultation.`, 'ethnic-origin'),
  d(`Tornedalingar, samer, sverigefinnar, judar och romer är Sveriges nationella minoriteter. Läs mer i minoritetspolitiska handlingsplanen.`),

  d(`Du vet väl att Roger sitter i fullmäktige för SD? Kanske inte bjuda in honom till mångfaldsdagen om han ska hålla tal...`, 'political-opinion'),
  d(`Kommunfullmäktige sammanträder 24/3 kl 18. Sändning på webben.`),
  d(`Jag är med i Vänsterpartiet och har blivit nominerad till styrelsen i bostadsbolaget, är det jäv om jag handlägger deras ärenden?`, 'political-opinion'),
  d(`Fråga om jäv: kan en tjänsteperson som är förtroendevald i en nämnd handlägga ärenden åt samma nämnd? Allmän fråga inför policyuppdateringen.`),
  d(`Hörde att Ylva röstade på Miljöpartiet senast, hon har klistermärken överallt på sin dator haha`, 'political-opinion'),
  d(`Påminnelse: valaffischer och partisymboler får inte sitta uppe i skolans lokaler.`),
  d(`Läraren Niklas var med och demonstrerade mot gruvan i helgen och syns på bilderna i lokaltidningen. Föräldrar har hört av sig.`, 'political-opinion'),
  d(`He is an active member of the Green Party and writes opinion pieces on climate policy, so he might not be neutral on the wind power case.`, 'political-opinion'),

  d(`Resultat från gentestet: Amanda bär på BRCA1-mutationen, samma som hennes mamma. Genetisk vägledning bokad 3/10.`, 'genetic', 'health'),
  d(`Genetisk vägledning erbjuds vid misstanke om ärftlig bröstcancer. Remiss från läkare krävs.`),
  d(`Hela familjen Lund är testad, pappan och två av barnen har Huntingtons gen. De vill att skolan vet varför barnen mår dåligt ibland.`, 'genetic', 'health'),
  d(`DNA-analysen bekräftade att Kevin är biologisk far till barnet (faderskap 99,9 %). Underlaget skickas till familjerätten.`, 'genetic', 'social'),
  d(`Familjerätten kan erbjuda DNA-test vid faderskapsutredning. Provtagning sker på vårdcentralen.`),
  d(`Carrier screening showed that both parents (the Johanssons) carry the cystic fibrosis gene, so the baby will be tested at birth.`, 'genetic'),
  d(`Min farfar och pappa har båda haft ärftlig hjärtsjukdom (hypertrofisk kardiomyopati), och jag testade själv positivt på genen i somras.`, 'genetic', 'health'),
  d(`Forskningsprojekt om ärftliga hjärtsjukdomar söker deltagare. Kontakta kliniken för mer information.`),
  d(`Hej, gentestet för Olle visade att han har en deletion på kromosom 22. Vi behöver prata om stödet på förskolan.`, 'genetic', 'health'),

  d(`Fingeravtrycket för Mikaela Ström är registrerat i passerkontrollen, hon kan använda läsaren vid personalingången fr.o.m. idag.`, 'biometric'),
  d(`Vi inför fingeravtrycksläsare vid serverrummet. Registrering sker på IT-avdelningen under vecka 40.`),
  d(`Ansiktsbilden för Jonas sparades i ansiktsigenkänningssystemet vid inpasseringen, men han har begärt att mallen raderas. Vad gäller?`, 'biometric'),
  d(`Iris scan registration for staff Lukas Meyer completed. Template ID 55-1920 stored in the secure access system.`, 'biometric'),
  d(`We do not use facial recognition at the office. The cameras only record the entrance and footage is deleted after 72 hours.`),
  d(`Polisen har skickat ett DNA-profilsvar: spåret från inbrottet i förrådet matchar profilen för en tidigare registrerad person, Patrik S.`, 'biometric', 'criminal-record'),
  d(`Röstprofilen för Jan-Erik är registrerad i telefonbanken, han kan nu verifiera sig med rösten när han ringer.`, 'biometric'),
  d(`Vår telefonbank erbjuder röstverifiering som alternativ till BankID. Läs mer på hemsidan.`),
  d(`Hej, här kommer fingeravtrycksmallarna för de tre nya vaktmästarna (Stina, Omar och Lennart) till passagesystemet. Filen är krypterad.`, 'biometric'),

  d(`Hon har en fru och två barn, så skriv inte "pappa" på blanketterna, skriv vårdnadshavare.`, 'sex-life'),
  d(`Blanketterna är uppdaterade: "vårdnadshavare 1 och 2" istället för "mamma och pappa".`),
  d(`Vill bara säga att Alex har kommit ut som transperson och vill kallas hen från och med nu. Hen har bett mig informera klasslärarna. /Mentor`, 'sex-life'),
  d(`Utbildning för personalen om HBTQ-frågor och normkritik i skolan, studiedag 25/10.`),
  d(`Mellan oss: Petter och hans chef har haft en relation i flera månader, alla på enheten vet. Är det inte jäv?`, 'sex-life'),
  d(`He told me he's gay but hasn't come out to his family yet, so please don't mention his partner when his mother visits the ward.`, 'sex-life'),
  d(`Klienten uppger att han säljer sex för att klara sig och har inget skydd. Vi hänvisar till mottagningen.`, 'sex-life', 'social'),
  d(`Hon är bisexuell och har haft problem med kommentarer från en kollega. Jag har sagt åt henne att göra en avvikelse.`, 'sex-life'),
  d(`Pride-veckan: kommunen hissar regnbågsflaggan utanför stadshuset 1–7 augusti.`),
];

/** Longer threads, mixed categories and more hard negatives. */
const PART_E: readonly LabelledDocument[] = [
  d(`Hej Sussie!

Tack för igår. Som sagt tycker jag att du ska ta upp det med din chef direkt. Jag pratade med Mårten på Vision och han sa att du som medlem har rätt till stöd på mötet, så ring honom innan torsdag.

Kram, Eva

> Från: Susanne Blad
> Jag vet inte om jag vågar, hon har redan gett mig en varning för "negativ attityd" och jag känner mig helt körd.`, 'trade-union', 'hr-assessment'),
  d(`Hej alla,
Påminner om att lönesamtalen ska vara klara 31/3. Ni som är med i facket kan ta hjälp av ert förbund inför samtalet, och ni som inte är med kan vända er till HR.
Mvh
Lotta, HR-partner`),
  d(`Vidarebefordrat:
---
Hej, jag heter Mikael och är ny ombudsman på Kommunal avdelning Mitt. Jag tar över Annas medlemmar i äldreomsorgen, bl.a. Berit Sand och Goran Jović som har pågående ärenden om schemaläggningen. Ring gärna!`, 'trade-union'),
  d(`Kommunal avdelning Mitt har ny adress från 1 maj: Storgatan 14. Telefonnumret är detsamma.`),
  d(`Vet ej om det spelar roll men jag är med i Vårdförbundet sen 2015 om ni behöver veta det inför förhandlingen om min tjänstgöringsgrad /Karin Ö`, 'trade-union'),
  d(`Vårdförbundet och regionen är överens om nya arbetstidsmodeller för nattsjuksköterskor. Detaljerna presenteras på APT i juni.`),
  d(`Hej! Bara en fråga: Sanna är ju förtroendevald för Sveriges Lärare, kan hon vara med i rekryteringsgruppen ändå eller blir det konstigt?`, 'trade-union'),
  d(`Kan fackliga företrädare sitta med i rekryteringsgrupper? Vi håller på att se över vår rutin och vill ha era synpunkter.`),

  d(`Hej,
Vi har fått klagomål från två familjer om hur Rasmus pratar med eleverna på rasterna. Jag har haft samtal med honom och dokumenterat det. Han tog det inte så bra. Om det händer igen blir det en skriftlig erinran.
/Rektor Anneli`, 'hr-assessment'),
  d(`Mall: Dokumentation av samtal vid misskötsamhet. Fält: datum, närvarande, vad som framförts, medarbetarens synpunkter, överenskommelse, uppföljning.`),
  d(`Referens för Moa Lindahl: Hon var en av våra bästa sjuksköterskor, lugn i akuta situationer och omtyckt av patienterna. Jag rekommenderar henne varmt.`, 'hr-assessment'),
  d(`Vi tar alltid referenser innan vi anställer. Kandidaten ska själv uppge två referenspersoner.`),
  d(`ok så efter testet kom det fram att han är "introvert, analytisk, lite konfliktskygg" enligt DISC-profilen. vet inte hur mycket vi ska lägga i det men nämner det`, 'hr-assessment'),
  d(`DISC-workshop för ledningsgruppen 4 sept. Alla gör testet i förväg och får sin profil på plats.`),
  d(`Medarbetaren har under året överträffat målen för antal avslutade ärenden (142 mot mål 110) och får därför lönepåslag 2 100 kr utöver potten.`, 'hr-assessment', 'salary'),
  d(`Lönekriterier 2025: måluppfyllelse, samarbete, kompetensutveckling, bemötande. Varje kriterium bedöms på skalan 1–4.`),
  d(`Performance note – Ana Costa: consistently late submitting reports, three reminders in Q2. Quality of analysis remains high. Discussed in 1:1 on 18 June.`, 'hr-assessment'),
  d(`Please book your 1:1 meetings for Q3 in the shared calendar before the summer break.`),
  d(`Hej, bara så du vet inför mötet: vi har beslutat att stänga av Patrik från tjänsten i två veckor utan lön efter händelsen på boendet. Han har informerats.`, 'hr-assessment'),

  d(`Hej mamma till Sixten!
Vi ser att han haft mycket frånvaro i svenska (9 av 20 lektioner). Kan vi ses och prata om hur vi hjälper honom att komma ikapp? Mvh Johanna, mentor 6B`, 'grades'),
  d(`Hej vårdnadshavare i 6B!
Nästa vecka har vi prov i svenska (läsförståelse) på tisdagen. Öva gärna med ert barn hemma. Mvh Johanna, mentor`),
  d(`Provresultat matte kap 4 – Selma 18/24, bra jobbat! Titta på uppgift 9 och 12 igen. /Lärare`, 'grades'),
  d(`Hej, vi behöver diskutera Marcus' betyg i engelska. Enligt underlaget borde det bli ett D men jag har satt C på terminsbetyget. Ska vi ändra?`, 'grades'),
  d(`Elever som inte fick godkänt på kursen kan göra prövning. Anmälan till prövning sker på studievägledningen senast 1 oktober.`),
  d(`Till antagningen: Elin Marklund har gjort prövning i Matematik 2b och fått betyget E. Intyg bifogas.`, 'grades'),
  d(`The student has completed 52.5 of 60 credits this year. The thesis course is still marked "incomplete" and must be finished by 15 August.`, 'grades'),
  d(`A full academic year is 60 credits. The thesis course normally runs in the spring term.`),

  d(`Hej, tjejen i lgh 2 (Felicia) är fortfarande på avgiftningen efter helgen, soc har koll. Vi väntar med hyresfrågan.`, 'social', 'health'),
  d(`Hej Stina,
Jag har varit i kontakt med Sveas handläggare. Hon har fått avslag på ansökan om trygghetsboende och beslutet går att överklaga inom tre veckor. Vill du hjälpa henne skriva?`, 'social'),
  d(`Trygghetsboende – information till dig som är 70+. Du söker själv via bostadsförmedlingen, inget biståndsbeslut krävs.`),
  d(`Pappa behöver hjälp med dusch och inköp, så jag har ansökt om hemtjänst åt honom. Hur lång är handläggningstiden just nu?`, 'social'),
  d(`Handläggningstiden för ansökan om hemtjänst är normalt 2–4 veckor.`),
  d(`Snabbt innan mötet: familjen i 3:an på Granvägen har ju kontakt med öppenvården för föräldrastöd, de har bett oss vara försiktiga med vad vi säger på föräldramötet.`, 'social'),
  d(`Vi har en ny insats i öppenvården: föräldrastöd i grupp för föräldrar till tonåringar. Start 10 sept.`),
  d(`Från kontaktcenter: en man ringde och sa att hans ex-fru har ett LVM-ärende och att han vill ha ut handlingarna. Jag hänvisade till registrator.`, 'social'),

  d(`Hej, Carina kommer inte att kunna jobba de närmaste veckorna, hon har fått ett bakslag och ligger inne. Mer vet jag inte. Hälsa gärna gänget.`, 'health'),
  d(`Hej, Carina kommer inte att kunna jobba de närmaste veckorna, hon är på kurs i Göteborg. Hälsa gärna gänget.`),
  d(`Jag vill bara förklara varför jag varit så frånvarande: jag har ångest och sover dåligt, och min läkare har höjt dosen. Jag hoppas att det vänder snart.`, 'health'),
  d(`Hej! Kan vi flytta mötet? Läkarsekreterarna har bokat rummet kl 10 för sin utbildning.`),
  d(`Min sambo har ALS och jag behöver vara hemma mer, kan jag söka närståendepenning via er eller FK?`, 'health'),
  d(`Närståendepenning söks hos Försäkringskassan. Arbetsgivaren behöver bara informeras om ledigheten.`),
  d(`Hon har ju varit hemma sen i augusti med sin utmattning och nu har FK dragit in sjukpenningen. Hon är helt slut.`, 'health'),
  d(`Han har gått ner mycket i vikt och äter knappt, föräldrarna har sökt BUP för ätstörningen. Eleven vet inte att vi vet.`, 'health'),

  d(`Vi fick tillbaka registerutdraget på Jamal och det var rent, så han kan börja på fritids måndag.`, 'criminal-record'),
  d(`Vi har tagit del av Katarinas utdrag ur belastningsregistret. Där finns ett strafföreläggande för snatteri från 2019. Bedömning: hindrar inte anställning.`, 'criminal-record'),
  d(`Frivården bjuder in till samverkansmöte om unga lagöverträdare. Socialtjänst, skola och polis deltar.`),
  d(`To HR: the new warehouse worker, Darius K., disclosed that he served 18 months for fraud in 2018. He is on our reintegration programme with Kriminalvården.`, 'criminal-record'),
  d(`Our reintegration programme offers work placements to people leaving prison. Applications via the probation service.`),

  d(`Hej, Mariam vill ha ledigt på Eid al-Fitr (en dag), hon har redan pratat med sin kollega om att byta. OK för dig?`, 'religion'),
  d(`Ledighet för högtider: medarbetare kan ansöka om semester eller ledighet utan lön för religiösa högtider som inte är helgdagar.`),
  d(`Pojkens föräldrar är mormoner och han får inte dricka kaffe eller te, så om ni har fika i klassen kan ni ha saft?`, 'religion'),
  d(`Vi hade en elev som konfirmerades i helgen och har tagit med tårta! Kom till lärarrummet 🎂`, 'religion'),
  d(`Konfirmationsläger i Svenska kyrkan, info på anslagstavlan. Anmälan direkt till församlingen.`),
  d(`Arvid vill inte delta i skolavslutningen i kyrkan eftersom familjen är ateister. Vi ordnar en alternativ avslutning i aulan för honom och två till.`, 'religion'),
  d(`Skolavslutningen hålls i kyrkan. Det är en avslutning utan religiösa inslag, men vårdnadshavare kan begära alternativ.`),

  d(`Hej,
jag har glömt mitt lösen till Visma och kommer inte in. Kan du sätta ett tillfälligt? Mitt användar-id är kn9921. Tack /Kenneth`),
  d(`Hej Kenneth, nytt tillfälligt lösenord för kn9921: Regn*Moln*71. Det gäller i 24 timmar. /Servicedesk`, 'credentials'),
  d(`wifi för personal: nät "Kommun-Pers", lösen aB7!rTq9mN (gäller fr.o.m. idag, det gamla slutar funka fredag)`, 'credentials'),
  d(`Engångskod för inloggning till Mina sidor: 834 227. Koden gäller i 10 minuter. Dela aldrig koden med någon.`, 'credentials'),
  d(`Mina sidor loggar du in på med BankID eller Freja eID. Vi skickar aldrig inloggningskoder via e-post.`),
  d(`Jag har skrivit upp koden till medicinskåpet här så du har den på nattpasset: 1-9-5-5 sen stjärna. Radera meddelandet sen.`, 'credentials'),
  d(`Medicinskåpet öppnas med personlig tagg. Kontakta enhetschef om din tagg inte fungerar.`),
  d(`Here are the admin credentials for the school's Instagram: schoolmedia_lund / Pelikan!2024. Please change after the handover.`, 'credentials'),
  d(`Alla sociala medier-konton för skolan ska ha tvåfaktorsautentisering. Kontakta kommunikatören för hjälp med uppsättning.`),

  d(`Hej, jag ansökte om en tjänst hos er och vill bara berätta att jag har tornedalsk bakgrund och pratar meänkieli flytande, om det är av intresse för äldreomsorgen.`, 'ethnic-origin'),
  d(`Vi söker undersköterskor med kunskaper i meänkieli till äldreomsorgen i Pajala. Meriterande: kunskap om tornedalsk kultur.`),
  d(`Han är jude och har fått hatbrev till jobbet, vi har polisanmält och säkerhetsavdelningen är inkopplad.`, 'ethnic-origin', 'religion'),
  d(`Skicka inte den där frågan till Fatou, bara för att hon är från Senegal betyder det inte att hon kan tolka alla språk där...`, 'ethnic-origin'),
  d(`Hej, det är Bengt från Moderaterna här, jag är förtroendevald i socialnämnden och har en fråga om rutinen för orosanmälningar generellt.`, 'political-opinion'),
  d(`Socialnämnden består av 11 ledamöter. Ordförande är från majoriteten, vice ordförande från oppositionen.`),
  d(`Emma har tydligen gått med i Kristdemokraterna och är ny ledamot i barn- och utbildningsnämnden, kul! Fast lite märkligt eftersom hon jobbar här.`, 'political-opinion'),
  d(`Han är väldigt högljudd om sin kommunism i fikarummet, folk börjar tröttna.`, 'political-opinion'),
  d(`Mer om demokratidagen: eleverna i åk 9 möter representanter för alla partier i fullmäktige.`),

  d(`Ny lönespec för juni: Anton Wiberg, grundlön 29 850 kr, OB 3 412 kr, övertid 1 980 kr. Netto 26 104 kr.`, 'salary'),
  d(`Lönespecar finns i Självservice från den 22:a varje månad.`),
  d(`Kan vi ge Sofie 2 000 kr mer i ingångslön? Hon har krävt 38 000 och vi har budget för 36 000.`, 'salary'),
  d(`Hej, jag vill bara konstatera att jag fortfarande ligger på 27 000 efter fyra år som barnskötare, trots att nyanställda får 28 500. Hur kan det vara så? /Pernilla`, 'salary'),

  d(`Clearing 6000, konto 112 334 556 – det är till min dotter Tuvas konto, för resebidraget från skolan. /Mamma Lotta`, 'bank-account'),
  d(`Please update my payroll details: new bank is Danske Bank, clearing 1200, account 5512 884 301. Thanks, Ben Harris`, 'bank-account'),
  d(`Nyckelkvitton och inköpskort lämnas till ekonomi senast den 5:e varje månad.`),
  d(`Avgift för lägerskolan: 450 kr, betalas till skolans bankgiro 5431-2278 senast 15 maj. Märk betalningen med elevens namn.`),
  d(`Betalning för gymkortet, hon lämnade sitt Mastercard-nummer på en lapp: 5422 1873 0446 7974, 12/27, cvc 081. Jag har lagt den i kassaskåpet.`, 'payment-card'),
  d(`Företagskortet som slutar på 6510 (Jonas R.) har fått ny giltighetstid 03/29. Hela numret: 4005 5620 1111 6510.`, 'payment-card'),

  d(`Hej, kan ni ändra adressen för Lena Strand i lärplattformen? Hon har fått skyddad folkbokföring efter det som hände och får inte synas någonstans.`, 'protected-identity'),
  d(`Sekretessmarkering hos Skatteverket innebär att uppgifterna prövas extra noga innan de lämnas ut. Läs mer på skatteverket.se.`),
  d(`Brukaren har sekretessmarkering, så ingen adress i fakturan till anhöriga, skicka till kontaktpersonen.`, 'protected-identity'),
  d(`Gällande Alva i 4C: uppgifterna om hennes hemsituation omfattas av sekretess enligt 23 kap. 2 § OSL och får inte lämnas ut till den andra vårdnadshavaren utan prövning.`, 'secrecy'),
  d(`Sekretess gäller enligt 32 kap. 1 § OSL för uppgifterna om Mona Berg i ärende 2025-0311. Handlingen har prövats av registrator och lämnas inte ut.`, 'secrecy'),
  d(`Enligt offentlighetsprincipen har alla rätt att ta del av allmänna handlingar, om inte sekretess gäller.`),

  d(`Tack för att ni ställde upp. Resultatet: Linus och hans bror har samma mutation i MYBPC3 som deras pappa. Kardiologen följer dem årligen.`, 'genetic', 'health'),
  d(`Vid ärftlig hjärtsjukdom i familjen erbjuds släktingar gentest. Det är frivilligt.`),
  d(`Vi registrerade Hedda Nilssons fingeravtryck och ansiktsbild till det nya passagesystemet idag. Hon har godkänt behandlingen skriftligt.`, 'biometric'),
  d(`Biometriska data för inpassering lagras krypterat och raderas när anställningen upphör.`),
  d(`Min dotter identifierar sig som pojke och heter nu Elis. Kan ni ändra namnet i Skola24 och informera lärarna? /Mamma`, 'sex-life'),
  d(`Hon lever i ett polyamoröst förhållande och har bett att båda partnerna får komma på utvecklingssamtalet med sonen.`, 'sex-life'),
  d(`Reminder: our code of conduct prohibits relationships between managers and their direct reports.`),
  d(`Mamman berättade i förtroende att pappan lämnat familjen för en man. Barnen vet inte. Tänk på det när ni pratar med Olle.`, 'sex-life'),
];

/** Filling up the smaller categories, plus short chat lines and case-system snippets. */
const PART_F: readonly LabelledDocument[] = [
  d(`Svar från genetiken: fostret har trisomi 21 enligt NIPT och fostervattensprovet. Paret (Jenny och Kalle Ekström) har bokat samtal på fredag.`, 'genetic', 'health'),
  d(`NIPT erbjuds alla gravida i regionen från vecka 10. Provet är frivilligt och kostnadsfritt.`),
  d(`Re: släktutredning – Gustav Holms DNA-test visar att han är bärare av anlag för hemokromatos. Hans syskon rekommenderas testa sig.`, 'genetic'),
  d(`Ärftlighet och gener – temadag för sjuksköterskor i primärvården 14/11.`),
  d(`hon gjorde ett sånt där DNA-test på nätet och fick veta att hon har anlag för Alzheimer (APOE4 x2), hon är jätteorolig nu`, 'genetic'),
  d(`Ansiktsmallen för besökaren Göran Pihl har matchats mot spärrlistan i entrésystemet och larm gick 09.14. Väktaren är underrättad.`, 'biometric'),
  d(`Vi utreder om ansiktsigenkänning kan användas i entréerna. Inget beslut är fattat, DPIA pågår.`),
  d(`Elevernas fingeravtryck skulle användas i skolmatsalen men vi har stoppat det efter IMY:s beslut. Ingen registrering har gjorts.`),
  d(`Hej, fingeravtrycket på Thomas telefon (jobbmobilen) registrerades av IT idag eftersom hans egen sensor inte funkade, han bad mig meddela dig.`, 'biometric'),
  d(`Rösten i inspelningen jämfördes med röstprovet från Anton B. och analysen gav stark matchning enligt NFC:s utlåtande.`, 'biometric', 'criminal-record'),
  d(`Till skolskjutsen: Leo Forsberg och hans lillasyster har skyddade personuppgifter. Hämtningsplats är skolan, inte hemadressen.`, 'protected-identity'),
  d(`Hi, the new patient has a confidentiality marking (sekretessmarkering) in the population register. Address must not appear on any printed list.`, 'protected-identity'),
  d(`Skicka ersättningen till mitt Swish-kopplade konto istället: Länsförsäkringar 9020 001 774 32. /Ingrid (kontaktfamilj)`, 'bank-account'),
  d(`Återbetalning till vårdnadshavare: Sara Lund, Sparbanken 8105-9 924 331 518-4, 380 kr för inställd utflykt.`, 'bank-account'),
  d(`Ändring av bankuppgifter görs alltid via blankett med BankID-signering. Vi tar inte emot kontonummer via mejl av säkerhetsskäl.`),
  d(`Tänk på att Lars är liberal och ganska kritisk till att dra in på skolan, så han kan bli en bra kontakt för er i opinionsarbetet.`, 'political-opinion'),
  d(`Hon skrev under uppropet mot nedläggningen av BB och stod med partiets banderoll vid stadshuset. Vänstern alltså.`, 'political-opinion'),
  d(`Kan vi ta in en ny tolk? Han är från Eritrea, tigrinja är hans modersmål, så han kan nog hjälpa den nya familjen.`, 'ethnic-origin'),
  d(`Tolkförmedlingen har tolkar i tigrinja, arabiska, dari, somaliska och ukrainska. Beställ minst 48 h innan.`),

  d(`Din dörrkod till Hemtjänst Syds lokaler är 3381. Koden är personlig och loggas.`, 'credentials'),
  d(`Dörrkoder är personliga och loggas. Låna aldrig ut din kod.`),
  d(`Here's the Zoom host key for tomorrow's board meeting: 448219. Claim host if I'm late.`, 'credentials'),
  d(`Hostnyckel för Zoom finns i kontoinställningarna. Fråga IT om du inte hittar den.`),
  d(`mitt lösen till tidrapporten är samma som till datorn, Fjällräv88, kan du rapportera min tid för igår? jag sitter fast på tåget`, 'credentials'),
  d(`Token för Skolverkets API (testmiljö): svapi_t_93fQe2Lm7ZkR0pXc. Gäller till 2025-12-31.`, 'credentials'),
  d(`Skolverkets API kräver en token. Ansök via Skolverkets utvecklarportal och ange organisationsnummer.`),

  d(`hej, jag är Kommunalmedlem och vill veta om ni har avtal om friskvård med dem? /Dragana`, 'trade-union'),
  d(`Friskvårdsbidraget är 3 000 kr per år och gäller alla anställda oavsett förbund.`),
  d(`Hej Bo, eftersom du är med i Unionen har du rätt till deras inkomstförsäkring, kolla med dem innan du skriver på avgångsvederlaget.`, 'trade-union'),
  d(`Avgångsvederlag förhandlas alltid med berörd facklig organisation. Läs mer i HR-handboken kap 7.`),
  d(`Vidarebefordrar: "Vi i Vårdförbundet vill påtala att vår medlem Yasmin Hadi har arbetat 7 nätter i rad i juni, vilket strider mot avtalet." Svara senast fredag.`, 'trade-union'),

  d(`Samtal med Jennifer 4/9 om klagomål från brukare. Hon medgav att hon höjt rösten. Vi kom överens om handledning och uppföljning om en månad. Noterat i personalakten.`, 'hr-assessment'),
  d(`Kan du skicka mallen för uppföljningssamtal? Vill ha en tom version att visa på chefsforum.`),
  d(`Utvärdering av Farid efter första halvåret: fungerar mycket bra i barngruppen, behöver struktur i dokumentationen. Rekommenderas för tillsvidareanställning.`, 'hr-assessment'),
  d(`Just between us – Helena's feedback from the team was pretty harsh, they said she micromanages and doesn't listen. She cried in the meeting.`, 'hr-assessment'),

  d(`Hej! Vi noterar att Sigge inte var med på någon av idrottslektionerna i november. Har han ett läkarintyg? /Idrottsläraren`, 'grades'),
  d(`Ibrahim fick 14/20 på glosförhöret i tyska, bättre än förra gången 👍`, 'grades'),
  d(`Glosförhör i tyska varje fredag. Glosorna finns i Classroom.`),
  d(`Klassföreståndare: Lovisa har 4 ogiltiga frånvarotimmar den här veckan, jag har sms:at hem.`, 'grades'),

  d(`Pappan har själv berättat att han går på spelberoendemottagningen för sitt spelande, vi ska inte nämna det för barnen.`, 'health'),
  d(`Kommer vara lite borta nästa vecka, ska göra en liten operation i knät. Inget farligt! /Per`, 'health'),
  d(`Kommer vara lite borta nästa vecka, ska på en konferens i Umeå. /Per`),
  d(`Mormor har börjat glömma saker och går vilse, vi väntar på minnesutredning på vårdcentralen. Kan hemtjänsten hålla extra koll?`, 'health'),

  d(`Hon blev häktad igår för grov kvinnofridskränkning, så hon kommer inte till jobbet. HR vet.`, 'criminal-record'),
  d(`Grov kvinnofridskränkning – föreläsning för socialsekreterare och skolkuratorer, 8 maj.`),
  d(`Hyresgästen i 1204 har dömts för olaga hot mot grannen. Bostadsbolaget överväger uppsägning.`, 'criminal-record'),

  d(`Min kollega ber i sitt rum fem gånger om dagen, det är helt ok men kan vi sätta upp en lapp så ingen går in?`, 'religion'),
  d(`Hon är med i Equmeniakyrkan och leder barnkören där, därför kan hon inte jobba onsdagkvällar.`, 'religion'),
  d(`Equmeniakyrkan hyr ut lokaler för föreningsmöten. Kontakta expeditionen.`),

  d(`Beslut: ekonomiskt bistånd beviljas Amina Warsame med 7 420 kr för maj (norm + hyra). Avslag på ansökan om möbler. Beslutet kan överklagas.`, 'social'),
  d(`Riksnormen för försörjningsstöd 2025 är fastställd av regeringen. Se socialstyrelsen.se för belopp per hushållstyp.`),
  d(`Min pojke har LSS-boende sen ett år, och nu vill kommunen flytta honom. Han mår dåligt av förändringar pga sin autism. Vem kan jag prata med?`, 'social', 'health'),

  d(`Lön för Sabina i juli blir lägre, hon har tagit ut 5 dagar tjänstledigt utan lön (−6 780 kr).`, 'salary'),
  d(`Arvodet till god man Irene Falk: 12 400 kr för 2024, utbetalas i februari.`, 'salary'),
  d(`Information om arvodering av gode män finns på överförmyndarens sida.`),

  d(`Meddelande från kortinlösaren: återköp av 1 290 kr gjort till kort 4987 6512 0801 5270 (kortinnehavare: Oskar Bergh).`, 'payment-card'),
  d(`Sekretess enligt 40 kap. 5 § OSL gäller för uppgifterna om Fredriks personliga förhållanden i detta ärende. Får ej spridas internt.`, 'secrecy'),
  d(`Uppgiften är sekretessbelagd? Om du är osäker, ta kontakt med förvaltningsjuristen innan du lämnar ut något.`),
  d(`Hen har berättat för kuratorn att hen är asexuell och känner sig utanför när klasskompisarna pratar om dejting.`, 'sex-life'),
];

/** More indirect wording and near-miss pairs for the weakest categories. */
const PART_G: readonly LabelledDocument[] = [
  d(`Ärende 2025-SOC-0877 | Anteckning
Hembesök 12/3. Lägenheten stökig, kylskåpet tomt. Modern (K.) uppger att hon inte fått ut sitt bistånd för mars. Barnen (5 och 8 år) verkar trötta men glada. Ny bedömning inom 14 dagar.
Handläggare: J. Sundin`, 'social'),
  d(`Ärende 2025-IT-0877 | Anteckning
Hembesök hos distansarbetande medarbetare 12/3 för att installera dockningsstation och skärm. Klart. Kvittens bifogas.
Tekniker: J. Sundin`),
  d(`Hon har det inte så lätt hemma, mamman dricker och pappan är borta. Vi har pratat om att göra en anmälan men väntar in kuratorn.`, 'social'),
  d(`Hur gör man en anmälan till socialtjänsten om man är osäker? Kan man ringa och rådfråga anonymt först?`),
  d(`Hej! Jag ringde till soc om Alice i förrgår, de sa att de skulle höra av sig men det har inte hänt något. Vet du om det finns en utredning?`, 'social'),
  d(`Mormor Elsy får matlåda från kommunen sen hon kom hem från sjukhuset, och hemtjänsten kommer morgon och kväll.`, 'social', 'health'),
  d(`Matlådor från kommunens kök kan beställas av dig som har beslut om hemtjänst. Pris 62 kr/portion.`),
  d(`Reminder to the team: we have three families on the list for the Christmas food bags from the social services, but don't mention names in the group chat.`),
  d(`Hej, vi har ett barn i gruppen som bor i familjehem sedan i somras. Familjehemsmamman vill komma på inskolningssamtalet istället för den biologiska mamman. Är det ok?`, 'social'),

  d(`Jonas har varit lite "sliten" ett tag och nu har läkaren skrivit ut honom till 25 % de närmaste månaderna. Vi får lösa schemat.`, 'health'),
  d(`Jonas har varit lite sliten efter flytten och tar ut semester de närmaste två veckorna. Vi får lösa schemat.`),
  d(`hon ska in och göra en liten "titt" i magen på fredag (koloskopi) så hon jobbar inte då`, 'health'),
  d(`Medarbetaren är beviljad arbetsträning 2 tim/dag från v. 14 som del av rehabiliteringsplanen. Nästa avstämning med FK 30/4.`, 'health'),
  d(`Arbetsträning är ett steg i rehabiliteringen som planeras tillsammans med Försäkringskassan och företagshälsovården.`),
  d(`Sorry för sent svar, har varit däckad med influensa hela veckan 🤒`, 'health'),
  d(`Influensavaccination för personal erbjuds gratis på vårdcentralen vecka 44–46.`),
  d(`Please keep an eye on Mr. Lindgren in room 7 tonight, he became confused after the new sleeping pills and tried to get up twice.`, 'health'),
  d(`Hon fick ett missfall i helgen, så hon är borta resten av veckan. Säg inget till de andra, hon vill inte prata om det.`, 'health'),

  d(`Hej!
Sammanfattning av årets medarbetarsamtal med Leila:
– Trivs bra, vill gärna gå handledarutbildningen
– Har haft svårt med dokumentationen i nya systemet, vi har bokat in extra utbildning
– Mål: ta ansvar för introduktion av nya kollegor
Helhetsbedömning: mycket god insats.
/Chef hemtjänst Väst`, 'hr-assessment'),
  d(`Hej!
Dags för medarbetarsamtal. Förbered dig genom att fundera på:
– Vad har fungerat bra i år?
– Vad vill du utveckla?
– Vilket stöd behöver du?
Boka tid via länken. /Chef hemtjänst Väst`),
  d(`Rekommendationen från panelen: Kandidat A (Johan L.) presterade svagt på case-övningen och gav ett osäkert intryck. Vi går vidare med kandidat B.`, 'hr-assessment'),
  d(`Intervjuerna för tjänsten som controller genomförs v. 9. Kandidaterna gör en case-övning på 45 min.`),
  d(`tbh tycker inte Johanna har gjort nåt vettigt sen hon kom, bara suttit med mobilen. har sagt det till chefen också`, 'hr-assessment'),

  d(`Vi från Vision har fått frågan från vår medlem på växeln om hennes arbetstid. Kan vi ses på tisdag och gå igenom det?`, 'trade-union'),
  d(`Vision har fått frågan från flera medarbetare om arbetstider på växeln. Kan vi ses på tisdag och gå igenom det generellt?`),
  d(`Jag har precis gått med i Kommunal (äntligen lol) så nu har jag någon som backar mig i schemafrågan`, 'trade-union'),
  d(`Sveriges Lärare lokalavdelning har valt ny styrelse. Kontaktuppgifter till ombuden finns på intranätet.`),

  d(`Hej! Isa har varit frånvarande från förskolan i tre veckor utan att vi hört något. Vi har inte lyckats nå vårdnadshavarna. Ska vi kontakta soc?`, 'grades'),
  d(`Tack för utvecklingssamtalet! Som vi sa: Noel ligger bra till i alla ämnen men behöver öva på multiplikationstabellen. /Fröken Karin`, 'grades'),
  d(`Utvecklingssamtalen för F-klass hålls vecka 42. Ni vårdnadshavare får en inbjudan via Unikum.`),
  d(`Studieresultat, kurs Programmering 1: Hampus – E, Linn – A, Oliver – F (komplettering möjlig), Sana – C. Rapporterat i Ladok.`, 'grades'),

  d(`Ny kollega på lagret i veckan, men obs han har suttit inne, så HR vill att vi inte låter honom hantera kassan än. Säg inget till de andra.`, 'criminal-record'),
  d(`Vi uppmuntrar att anställa personer som har avtjänat straff. Läs mer om Kriminalvårdens arbetsmarknadsprogram.`),
  d(`Polisen har hört av sig angående en av våra brukare på gruppbostaden, han är misstänkt för att ha slagit en personal. De vill höra honom nästa vecka.`, 'criminal-record'),
  d(`Mannen i trapphuset som de tog förra veckan är tydligen släppt igen, men förhör pågår. Han bor på tredje våningen.`, 'criminal-record'),

  d(`Hon är troende och ber att inte schemaläggas på söndagar, hon går i kyrkan varje vecka.`, 'religion'),
  d(`Schemaläggning söndagar: alla medarbetare jobbar varannan helg enligt avtalet.`),
  d(`Vet ni om någon i gruppen fastar nu? Ska vi låta bli att bjuda på lunch på workshopen, eller blir det konstigt att fråga?`),
  d(`Han fastar nu under ramadan, så vi flyttar workshopen till efter solnedgången och bjuder på iftar istället.`, 'religion'),
  d(`I'm Hindu and would like to take Diwali off this year – would it be possible to swap with someone? Thanks, Priya`, 'religion'),

  d(`Nya koden till låsboxen vid Tallvägen 8 (brukarens nycklar): 2-7-0-4. Byt kod efter varje helg enligt rutinen.`, 'credentials'),
  d(`Rutin: koden till låsboxar hos brukare byts varje månad. Koden finns i planeringssystemet, skicka den aldrig i sms.`),
  d(`Glömde säga: mitt Teams-lösen är Kanel-Bulle-2025 om du behöver komma åt presentationen från min dator medan jag är borta.`, 'credentials'),
  d(`Behöver du komma åt en kollegas filer medan hen är borta? Ansök om behörighet via IT, dela aldrig lösenord.`),

  d(`Hej! Sofia i 2C bor i skyddat boende med sin mamma just nu och har skyddade personuppgifter, så hämtning får bara ske av mamman.`, 'protected-identity', 'social'),
  d(`Omfattas av sekretess enligt 26 kap. 1 § OSL – beslut om stödboende för Mohammed A., 17 år.`, 'secrecy', 'social'),
  d(`Morfar var tornedaling och mamma pratar meänkieli med honom, så Elias vill gärna läsa det som modersmål.`, 'ethnic-origin'),
  d(`Hon har sagt att hon röstade på SD och tycker att invandringen måste stoppas, och det har skapat stämning i personalgruppen.`, 'political-opinion'),
  d(`Pay slip correction for Maria Holm: base salary should be SEK 32 700, not 31 700. The difference will be paid with the next salary.`, 'salary'),
  d(`Hennes nya sambo heter Linda, de har flyttat ihop i helgen. Hon var väldigt glad när hon berättade.`, 'sex-life'),
];

/** Medium-length messages (forwards, minutes, replies with quoted history). */
const PART_H: readonly LabelledDocument[] = [
  d(`Hej Birgitta,

Jag återkommer angående Rolf. Han har nu varit sjukskriven på heltid sedan oktober och läkaren bedömer att han kan börja arbetsträna i januari. Företagshälsovården föreslår 25 % med lätta uppgifter, ingen kundkontakt i början.

Kan du och jag ses innan jul och lägga upp en plan?

Hälsningar
Mattias, enhetschef`, 'health'),
  d(`Hej Birgitta,

Jag återkommer angående rehabiliteringsrutinen. Den nya versionen säger att chefen ska kalla till avstämning senast dag 30 och att företagshälsovården ska kopplas in vid behov. Jag tycker vi ska gå igenom den på nästa chefsmöte.

Hälsningar
Mattias, enhetschef`),
  d(`Minnesanteckningar, elevhälsomöte 7/2
Närvarande: rektor, skolsköterska, kurator, specialpedagog
1. Elev i 8A (Nora): hög frånvaro (31 %), ont i magen på morgnarna enligt skolsköterskan. Kurator tar kontakt med hemmet.
2. Elev i 9C (Kevin): betygsvarning i 4 ämnen. Specialpedagog gör pedagogisk kartläggning.
3. Övrigt: inget.`, 'grades', 'health'),
  d(`Minnesanteckningar, elevhälsomöte 7/2
Närvarande: rektor, skolsköterska, kurator, specialpedagog
1. Planering av hälsosamtal åk 7 – skolsköterskan börjar v. 9.
2. Frånvarostatistik ht: skolan totalt 7,8 %, högst i åk 9.
3. Kurator håller i tjejgrupp under våren.`),
  d(`Vidarebefordrat meddelande
Från: Familjerätten
Till: Förskolan Solstrålen

Vi vill informera om att Theo (4 år) från och med 1 mars bor växelvis hos sina föräldrar enligt tingsrättens dom. Pappan har ett kontaktförbud mot mamman, så de ska inte hämta samtidigt. Ring oss vid frågor.`, 'social', 'criminal-record'),
  d(`Vidarebefordrat meddelande
Från: Familjerätten
Till: Samtliga förskolor

Familjerätten erbjuder samarbetssamtal för separerade föräldrar. Tipsa gärna föräldrar som har svårt att komma överens om hämtning och lämning.`),
  d(`Hej,
Jag skriver å mina kollegors vägnar. Vi är fem undersköterskor på avd 3 som alla är med i Kommunal, och vi vill att arbetsgivaren förhandlar om de nya nattschemana innan de införs. Vi har redan pratat med vår sektion.
Mvh Siv Andersson`, 'trade-union'),
  d(`Hej,
Vi på avd 3 undrar hur de nya nattschemana ska tas fram. Kommer facken att vara med och förhandla innan de införs? Vi vill gärna ha information på nästa APT.
Mvh personalgruppen`),
  d(`Protokoll, disciplinärende
Datum: 2025-03-18
Närvarande: HR (Ann), chef (Peter), medarbetaren (Mikael J.), facklig företrädare från Kommunal (medarbetarens förbund)
Ärende: upprepade sena ankomster och en incident där medarbetaren lämnat en brukare ensam.
Beslut: skriftlig varning. Medarbetaren har tagit del av beslutet.`, 'hr-assessment', 'trade-union'),
  d(`Protokoll, samverkansgrupp
Datum: 2025-03-18
Närvarande: HR, förvaltningschef, Kommunal, Vision
Ärende: uppdatering av rutinen för disciplinära åtgärder.
Beslut: rutinen fastställs, information till chefer i april.`),
  d(`> Hej, kan du skicka inloggningen till bokningssystemet igen? Jag har tappat bort mejlet.
Såklart!
Användarnamn: reception_nord
Lösenord: Blåbär!Skog19
Obs: Byt det gärna, det har legat i min inkorg sedan i höstas.
/Sara`, 'credentials'),
  d(`> Hej, kan du skicka inloggningen till bokningssystemet igen? Jag har tappat bort mejlet.
Nej tyvärr, vi skickar inte inloggningsuppgifter via mejl. Gå in på självservice och välj "glömt lösenord", så får du en länk.
/Sara, IT`),
  d(`Hej Anna-Karin!
Tack för att du ringde igår. Som jag förstod det har Hamid fått beslut om ekonomiskt bistånd till tandvård, men tandläkaren vill ha en betalningsförbindelse innan behandlingen börjar. Kan du skicka den direkt till kliniken?
Vänligen
Lars, god man`, 'social', 'health'),
  d(`Hej Anna-Karin!
Tack för att du ringde igår. Som jag förstod det kan man ansöka om ekonomiskt bistånd till tandvård om kostnaden är akut. Vi vill gärna ha informationsmaterial till vårt öppna hus för nyanlända.
Vänligen
Lars, volontärsamordnare`),
  d(`Hi Emma,
Quick update from the school: Jakob's attendance has dropped to 68 % this term and he failed the last two maths tests (9/30 and 12/30). His mentor would like a meeting with you and Jakob's dad next week.
Best,
Olivia (mentor, 8B)`, 'grades'),
  d(`Hi parents,
Quick update from the school: term reports will be available in the learning platform from 20 December. Mentors will contact families if there are concerns about attendance or results.
Best,
Olivia (mentor, 8B)`),
  d(`Hej Mona,

Vi har fått utdrag ur belastningsregistret för samtliga sökande till tjänsten som fritidsledare. Två var rena. För den tredje, Kim Rask, framgår en dom för olaga hot från 2022. Jag föreslår att vi inte går vidare med honom, men vill höra vad du tycker.

/Rekryteringsstöd`, 'criminal-record'),
  d(`Hej Mona,

Vi har fått frågan om vilka tjänster som kräver utdrag ur belastningsregistret. Svaret är: alla tjänster inom förskola, skola, fritidshem och LSS-verksamhet för barn. Jag kan ta det på chefsträffen.

/Rekryteringsstöd`),
  d(`Till personalen på avdelning Ljuset:
Fru Ahlberg (rum 12) är katolik och har bett om att få besök av präst och ta emot nattvarden på söndag. Hennes dotter har ordnat kontakt med församlingen. Se till att hon är uppklädd och har fått frukost i tid.`, 'religion'),
  d(`Till personalen på avdelning Ljuset:
Sjukhuskyrkan erbjuder andakt i dagrummet varje söndag kl 11. Alla boende som vill delta är välkomna, oavsett tro. Hjälp gärna de boende som vill komma dit.`),
  d(`Hej Erik, angående lönesamtalet: Din nya lön blir 37 900 kr från 1 april (+1 450 kr). Motiveringen är att du har tagit stort ansvar i projektet men att samarbetet med kollegorna i teamet fortfarande behöver utvecklas. Hör av dig om du har frågor. /Lena`, 'salary', 'hr-assessment'),
  d(`Hej alla, angående lönesamtalen: de nya lönerna gäller från 1 april och betalas ut retroaktivt i maj. Lönekriterierna finns på intranätet. Hör av er om ni har frågor. /Lena`),
];

export const TRAIN_J: readonly LabelledDocument[] = [
  ...PART_A,
  ...PART_B,
  ...PART_C,
  ...PART_D,
  ...PART_E,
  ...PART_F,
  ...PART_G,
  ...PART_H,
];
