/**
 * Blind evaluation corpus 4a for the sensitive-category classifier.
 *
 * BLIND — written from the labelling guide alone without reading the classifier, its training data or
 * other corpora; never to be used for training, tuning or keyword mining; scored once by the lead.
 *
 * About 210 short-to-medium e-mails, chat messages and notes of the kind written by staff in Swedish
 * municipalities, regions and agencies (social services, care, schools, HR and payroll, IT service desk,
 * registrar, primary care, finance, libraries, planning and housing). Mostly Swedish, some English.
 * Labels are document level and follow /tmp/label-guide.md (the session's labelling guide); at least
 * 40 % of the documents are hard negatives with no label. Written by a corpus-writer agent in session 4.
 * All names, addresses, case numbers, account and card numbers, codes and other details are invented.
 */
import type { CategoryType } from '../../../src/core/classify/types.js';
import type { LabelledDocument } from './category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const CATEGORY_BLIND_4A: readonly LabelledDocument[] = [
  // ---- social services, family law ----
  d(`Hej Marianne,
Vi har fått in en orosanmälan från förskolan Trollsländan gällande Elvin (4 år). Personalen har sett blåmärken på överarmarna vid två tillfällen och pojken sa att "pappa blev arg". Jag öppnar förhandsbedömning idag och ringer mamma i eftermiddag.
/Jonna, mottagningsgruppen barn och unga`, 'social'),
  d(`Påminnelse: utbildningsdagen om LVU och barnets bästa för nyanställda handläggare är flyttad till torsdag 14/3 kl 9–15 i Stora salen. Anmälan till Cecilia senast fredag.`),
  d(`Hej! Familjerätten behöver ett datum för samarbetssamtal med föräldrarna till Saga och Melker Grönvall. Pappan har sagt att han inte kan före v. 12 eftersom han sitter på anstalt i Skänninge till och med 5 mars. Kan ni boka in något efter det?`, 'criminal-record', 'social'),
  d(`Till registraturen
Bifogar beslut om vård enligt 2 § LVU för Amira Hassan, dnr SN 2024/388. Handlingen omfattas av sekretess enligt 26 kap. 1 § OSL och ska inte publiceras i diariet med namn.
Mvh Peter Ljungqvist, socialsekreterare`, 'social', 'secrecy'),
  d(`hej, mamman i ärendet vi pratade om (Lindgren) har skyddad folkbokföring sen i höstas så skicka INTE kallelsen till gamla adressen, gå via Skatteverkets förmedling. tack!`, 'protected-identity', 'social'),
  d(`Hur gör vi med försörjningsstödsnormen 2025 — har någon räknat om riksnormen för hushåll med tre barn? Jag ska uppdatera mallen till nämnden.`),
  d(`Klienten Thomas Berg ansökte idag om ekonomiskt bistånd för januari. Han har sedan november fått avslag från A-kassan och uppger att han har 412 kr kvar på kontot. Utbetalning föreslås till hans konto i Swedbank, clearing 8327-9, kontonummer 914 227 503-4.`, 'social', 'bank-account'),
  d(`Jag skulle behöva råd: en förälder ringde och undrade hypotetiskt vad som händer om man vägrar medverka i en barnavårdsutredning. Vad brukar ni svara i telefon?`),
  d(`Anteckning 2025-02-11, hembesök
Lina (16) var hemma. Hon uppger att hon röker cannabis "nästan varje helg" och att hon slutat gå till skolan efter jul. Mamma är orolig men vill inte ha insatser. Handläggaren överväger ansökan om LVU enligt 3 §.`, 'social', 'health', 'grades'),
  d(`Statistik familjerätt 2024: 212 utredningar om vårdnad, boende och umgänge, 47 snabbyttranden, 88 samarbetssamtal. Medelhandläggningstid 5,2 månader. Underlaget går till nämnden i april.`),
  // ---- elderly and disability care ----
  d(`Hej hemtjänstgruppen Norr!
Fr.o.m. måndag utökas insatserna för Gösta Alm, Lärkvägen 8: tillsyn nattetid två gånger och dusch två gånger i veckan enligt nytt biståndsbeslut. Han har fått diagnosen Parkinson och fallit tre gånger sista månaden.
/Biståndshandläggare Eva`, 'social', 'health'),
  d(`Nu är nya rutinen för läkemedelsöverlämning i hemtjänsten publicerad på intranätet. Alla som delegerats att ge läkemedel ska läsa den och kvittera i Treserva senast 30/4.`),
  d(`Till LSS-handläggaren: Vincent (23) har beviljats daglig verksamhet enligt 9 § 10 LSS men har inte varit på plats sedan oktober. Hans kontaktperson säger att han har en tung depression och inte orkar ta sig ur lägenheten. Kan vi ses och prata om personlig assistans istället?`, 'social', 'health'),
  d(`Vi söker undersköterskor till vårt korttidsboende Linden, natt och dag. Erfarenhet av demensvård och LSS-verksamhet är meriterande. Lön enligt överenskommelse.`),
  d(`Hej, dottern till Märta Jönsson på Solrosen avd 2 ringde och var upprörd. Mamman har fått trycksår på hälen och hon menar att personalen inte vänt henne som det står i vårdplanen. Kan sjuksköterskan ringa upp henne idag?`, 'health'),
  d(`Kod till nyckelgömman på Björkgatan 14 (brukaren Holm) är 4417, glöm inte att snurra tillbaka efteråt. Porten har 2209#.`, 'credentials'),
  d(`Porttelefonen och nyckelfria låsen i hemtjänsten byts ut under vecka 40. Alla medarbetare får nya digitala nycklar i appen, mer info kommer från systemförvaltaren.`),
  d(`Hi Ana, quick handover for tonight's shift: Mr Petrović in room 12 is now on morphine every four hours for his cancer pain and the family has been told he is in palliative care. His son is Orthodox and asked for a priest to visit tomorrow morning, please call the parish.`, 'health', 'religion'),
  // ---- schools, pre-school, adult education ----
  d(`Hej Anders,
Inför klasskonferensen: Wilmer i 8B har F i matematik och engelska och E i svenska. Frånvaron ligger på 31 % denna termin, mest ströfrånvaro på måndagar. Jag tycker vi ska kalla till ett elevhälsomöte.
/Karin, mentor`, 'grades'),
  d(`Betygsdokument och frånvarorapporter ska vara klara i Skolplattformen senast den 7 juni. Rektor skickar ut instruktion om hur man sätter betyg i nya modulen.`),
  d(`Till elevhälsan: Alicia i 3C har berättat för mig att hon inte ätit ordentligt på flera veckor och att hon kräks efter lunch. Jag misstänker ätstörning. Föräldrarna vet inte att jag hör av mig.`, 'health'),
  d(`Hej! Jag vill bara berätta att Noor kommer att vara ledig från skolan under Eid al-Fitr, 10–11 april. Familjen firar hos släkten i Malmö. /Mamma Rania`, 'religion'),
  d(`Föräldramöte förskoleklass: vi pratar om inskolning, mat och allergier, utflykter och hur vi arbetar med modersmål. Välkomna!`),
  d(`Hej, vi har en elev på SFI, Bashir Noori, som läst kurs B sedan i augusti. Han har klarat två av fyra delprov (läsa: E, hörförstånd: D), skriftlig färdighet ej godkänd. Kan vi förlänga hans studieplan till juni?`, 'grades'),
  d(`Our exchange student Lucía asked whether her Swedish grades can be converted to the Spanish scale. Do we have a general document explaining the F–A system in English? She doesn't need her own transcript yet.`),
  d(`Jag har pratat med skolkuratorn om Hugo i 6A. Han vill bli kallad Hugo och inte Hanna längre, och han har bett att få byta om i enskilt omklädningsrum på idrotten. Föräldrarna är informerade och stöttar.`, 'sex-life'),
  d(`Nu finns en ny lathund för hur man registrerar ogiltig frånvaro och skickar sms till vårdnadshavare. Gäller alla mentorer från v. 34.`),
  d(`Hej Lotta, kan du ta in min lektion på fredag? Jag ska till tandläkaren kl 10. Tack!!`, 'health'),
  d(`Vi har fått en förfrågan om Elsa Nyqvist i 2B. Mamman har skyddade personuppgifter och eleven ska inte finnas med på klasslistor, fotografier eller i lärplattformens öppna delar. Prata med mig innan något skickas hem.`, 'protected-identity'),
  // ---- HR, payroll, occupational health ----
  d(`Hej Fredrik,
Bekräftar att din lön från 1 april blir 38 400 kr/mån efter lönesamtalet. Tillägget för samordningsansvar, 1 500 kr, ligger kvar.
Hälsningar Sofia, HR-konsult`, 'salary'),
  d(`Lönerevisionen 2025 startar i april. Chefer får underlag via Heroma och ska ha genomfört lönesamtal med alla medarbetare senast 31 maj.`),
  d(`Hej, jag sjukanmäler mig idag och imorgon. Ligger med hög feber och halsfluss, har ringt vårdcentralen. /Emir`, 'health'),
  d(`Till lönekontoret: Malin Eklund (anst.nr 20411) har varit sjukskriven 50 % sedan 3 februari, läkarintyg bifogat. Vänligen registrera i Heroma så att sjuklön och avdrag blir rätt.`, 'health'),
  d(`Hej Stina, du nämnde att din man nu fått sin cancerdiagnos bekräftad – om du behöver vara ledig med kort varsel så löser vi det i gruppen. Ta hand om er. /Bosse`, 'health'),
  d(`Friskvårdsbidraget höjs till 3 000 kr per år från 2025. Kvitton registreras i självservice, och gäller bland annat gymkort, massage och simhall.`),
  d(`Anteckning medarbetarsamtal – Jonas Wiklund, 2024-11-20
Jonas levererar bra i ärendehanteringen men har vid upprepade tillfällen kommit för sent till morgonmötena och uppträtt avvisande mot nya kollegor. Vi kom överens om en handlingsplan med uppföljning i januari. Lönekriterium "samarbete" bedöms som ej uppfyllt.`, 'hr-assessment'),
  d(`Kallelse: Rehabmöte gällande Yvonne P., fredag 14/2 kl 10, deltagare: Yvonne, chef Anna Ström, HR och Previa. Syfte: planera arbetsträning efter hennes utmattningssyndrom. Facklig företrädare från Kommunal deltar på Yvonnes begäran.`, 'health', 'trade-union'),
  d(`Vision har medlemsmöte i Rådhuset onsdag lunch. Alla är välkomna att lyssna, även icke-medlemmar. Smörgås serveras.`),
  d(`Hej Maria, jag vill bara meddela att jag från och med mars är vald som huvudskyddsombud för Vårdförbundet på sjukhuset, så jag kommer ha 20 % facklig tid. /Petra`, 'trade-union'),
  d(`Om du är med i Akademikerförbundet SSR kan du få rådgivning om ditt anställningsavtal. Se deras hemsida för kontaktuppgifter.`),
  d(`Hej! Jag har fått en skriftlig varning från min chef efter händelsen på julfesten och jag vill bestrida den. Kan facket följa med på mötet? Mvh Daniel (medlem i ST sedan 2011)`, 'hr-assessment', 'trade-union'),
  d(`Previa erbjuder alla chefer en halvdags utbildning i tidiga signaler på psykisk ohälsa och hur man för samtal om sjukfrånvaro. Anmälan via kompetensportalen.`),
  d(`Sammanfattning från företagshälsovården: Karl Håkansson har nedsatt arbetsförmåga i tunga lyft efter sin diskbråcksoperation. Rekommenderar anpassade arbetsuppgifter i sex veckor, därefter ny bedömning.`, 'health'),
  d(`Please update the bank details for my salary: I have moved to Handelsbanken, clearing 6152, account 384 920 117. Thanks, Maximilian Roth (lab technician, pay no. 88213)`, 'bank-account'),
  d(`Löneutbetalningen i december sker den 20:e istället för den 25:e. Kontrollera att ditt kontonummer i självservice är aktuellt.`),
  d(`Kan du kolla lönen för Eija Salonen? Hon säger att OB-tillägget för helgerna i oktober saknas, 2 340 kr enligt hennes egen uträkning. Grundlön 29 100 kr.`, 'salary'),
  // ---- IT service desk ----
  d(`Ärende #INC-55201: Användaren lindaho har låst sitt konto. Återställt lösenord till tillfälligt Sommar2025!kv — användaren måste byta vid nästa inloggning.`, 'credentials'),
  d(`Påminnelse från IT: byt ditt lösenord var 90:e dag. Ett starkt lösenord har minst 14 tecken. Dela aldrig lösenordet med någon, inte ens med servicedesk.`),
  d(`Hej servicedesk, jag kommer inte in i Procapita. Får felet "ogiltig engångskod". Koden jag fick i sms:et var 681 204 men den gick inte. /Helena, hemtjänst Väst`, 'credentials'),
  d(`Ny tjänst: från 1 oktober kan du logga in på datorn med ansiktsigenkänning (Windows Hello). Frivilligt, och mallen lagras bara lokalt på din dator. Läs mer på IT-sidan.`),
  d(`Ticket 88104 – Biometric reader at staff entrance B doesn't recognise Omar Siddiqui's fingerprint after he cut his index finger. Re-enrolled template for left index. Old template deleted.`, 'biometric', 'health'),
  d(`API-nyckel till e-tjänsten för bygglov (testmiljö): sk_test_7fA29xLq0Vd81RmePz. Lägg in i konfigen och radera det här mejlet efteråt.`, 'credentials'),
  d(`Vi har köpt in 40 st nya fingeravtrycksläsare till passerkontrollen på stadshuset. Leverans vecka 11, installation helgen efter.`),
  // ---- registrar, archive ----
  d(`Hej registrator! Inkommande handling från Polismyndigheten: underrättelse om att Kevin Strand, 17 år, är misstänkt för rån och misshandel vid Centralstationen 2 maj. Ska diarieföras i socialtjänstens ungdomsärende och omfattas av sekretess enligt 26 kap. 1 § OSL.`, 'criminal-record', 'secrecy', 'social'),
  d(`Arkivet påminner: handlingar som rör enskildas personliga förhållanden inom socialtjänsten gallras inte utan bevaras om de tillhör personer födda den 5, 15 eller 25. Se dokumenthanteringsplanen.`),
  d(`Begäran om allmän handling: journalisten vill ha ut alla beslut om LVM från 2023. Jag har gjort en sekretessprövning och lämnar ut avidentifierad statistik men inte enskilda beslut.`),
  d(`Sekretessmarkering: Ärende KS 2025/114 gäller en anställd som lever med skyddad identitet. Fysisk akt förvaras i kassaskåpet, inga uppgifter i W3D3 utöver diarienummer.`, 'protected-identity', 'secrecy'),
  // ---- primary care, psychiatry ----
  d(`Hej, remissvar till VC Hagaberg: patienten Gunnar Lind, 67 år, har fått diagnosen typ 2-diabetes (E11.9). HbA1c 64. Insatt på Metformin 500 mg x 2. Återbesök till distriktssköterska om 3 mån.`, 'health'),
  d(`Vårdcentralen har stängt för planeringsdag fredag 8/11. Vid akuta besvär ring 1177.`),
  d(`Ärende från psykiatrin: patient med bipolär sjukdom och pågående LPT-vård har rymt från avdelning 32. Polisen är kontaktad. Namn: Hanna Falk, 34 år. Mycket suicidbenägen enligt behandlande läkare.`, 'health'),
  d(`Tips till alla som handleder AT-läkare: psykiatrins nya kurs i suicidriskbedömning startar i maj. Kursen tar upp depression, bipolär sjukdom och missbruk.`),
  d(`Hej Jonathan! Påminnelse om din tid hos distriktssköterskan tisdag 12 nov kl 08.40, VC Centrum. Ta med legitimation. Om du får förhinder, avboka via 1177.`),
  d(`Kära kollegor, jag har fått mitt BRCA1-svar från klinisk genetik och det var positivt. Jag kommer därför att vara borta på en del undersökningar i vår, och troligen opereras till hösten. Berättar så att ni vet varför. /Ingrid`, 'genetic', 'health'),
  d(`Medicinskt sekreterare: Vi har en ny rutin för utlämnande av journalkopior. Alla förfrågningar ska sekretessprövas av ansvarig läkare innan kopia lämnas ut.`),
  // ---- finance, procurement ----
  d(`Hej ekonomi! Jag har lagt ut 1 240 kr för fika till kompetensdagen med mitt privata kort. Kan jag få tillbaka det till mitt konto 3300-7705129841 (Nordea personkonto)? Kvitto bifogas. /Kerstin`, 'bank-account'),
  d(`Inför upphandlingen av hemtjänstsystem: leverantören ska redovisa hur behörigheter, loggning och skyddade personuppgifter hanteras. Se kravspecifikation avsnitt 7.`),
  d(`Hej Rasmus, konferenshotellet vill ha en kortgaranti och jag har inget företagskort. Ta mitt så länge: 5168 3016 6131 8609, 09/27, CVC 412. Jag fakturerar tillbaka sen. /Åsa`, 'payment-card'),
  d(`Från och med nästa månad betalar vi ut arvode till gode män via Swedbank Pay. Ange kontonummer i blanketten för utbetalning.`),
];
