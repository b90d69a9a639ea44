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
  // ---- chunk 2: mixed units ----
  d(`Hej, tolkbokning till mötet på onsdag: familjen Yusuf kommer ursprungligen från Somalia och talar somaliska, pappan även arabiska. Boka gärna en kvinnlig tolk.`, 'ethnic-origin'),
  d(`Tolkförmedlingen har nya ramavtal från 1 maj. Somaliska, arabiska, dari och tigrinja ska bokas minst 48 timmar i förväg via webben.`),
  d(`Hej! Förvaltningen har fått en klagomålsskrivelse från en brukare som är same och som tycker att hemtjänsten inte respekterar hennes renskötande familjs behov av flexibla tider under kalvmärkningen. Brukaren heter Ristin Labba, Övre Byn 4.`, 'ethnic-origin', 'social'),
  d(`Vi är förvaltningsområde för finska och meänkieli. Det innebär att äldre har rätt till äldreomsorg helt eller delvis på minoritetsspråket. Informationsblad finns på fyra språk.`),
  d(`Anteckning: Kontakt med Rosita Lindberg angående hennes son. Rosita berättar att familjen är romer och att hon upplever att skolan behandlar sonen annorlunda sedan det blev känt. Hon vill träffa rektor tillsammans med brobyggaren.`, 'ethnic-origin'),
  d(`Hi team, our new colleague Tariq starts Monday in the payroll unit. He moved here from Pakistan last year and his Swedish is still developing, so please be patient and feel free to switch to English.`, 'ethnic-origin'),
  d(`Kursinbjudan: "Normkritik och antirasism i skolan" – för lärare och elevhälsopersonal. Vi diskuterar bemötande av elever med olika etnisk bakgrund och nationella minoriteters rättigheter.`),
  d(`Hej Ulla, jag vet inte om det är relevant för utredningen men pappan i familjen Kaya sa själv att han är kurd och att han sitter i styrelsen för en kurdisk förening som kritiserar turkiska regeringen. Han är rädd för att uppgifterna ska läcka till ambassaden.`, 'ethnic-origin', 'political-opinion'),
  d(`Inför valet: Medarbetare får inte bära partisymboler i mötet med medborgare på medborgarkontoret. Det gäller oavsett parti.`),
  d(`Hej HR, jag vill bara göra er uppmärksamma på att vår kollega Bertil Sand delar ut Sverigedemokraternas valmaterial i personalrummet och har sagt till flera att han ska kandidera till fullmäktige. Är det ok på arbetstid?`, 'political-opinion'),
  d(`Kommunstyrelsens ordförande Anna Persson (S) invigde idag det nya badhuset. Pressmeddelande bifogas för publicering på webben.`),
  d(`Off the record: Johanna i ekonomigruppen är väldigt aktiv i Vänsterpartiet lokalt och kommer vara borta en vecka i juni för deras kongress. Hon har ansökt om semester men vet inte om jag ska nämna orsaken i schemat.`, 'political-opinion'),
  d(`Kan vi skjuta på mötet om detaljplanen? Stadsbyggnadsnämndens ordförande har begärt en ny samrådsrunda efter protesterna mot höghuset vid torget.`),
  d(`Jag skulle inte oroa mig över recensionen av biblioteket i lokaltidningen. Skribenten, Lars Ove Malm, är känd miljöpartist och skriver alltid mot nedskärningar.`, 'political-opinion'),
  d(`Hej! Eleven Mustafa i 9C har bett att få be fredagsbön under lunchrasten. Vi har tidigare låtit honom använda grupprummet vid biblioteket. Ok att fortsätta?`, 'religion'),
  d(`Skolans policy om religiösa högtider och ledighet: rektor prövar ledighet individuellt, högst 10 dagar per läsår. Skolavslutning får hållas i kyrkan om den inte innehåller religiösa inslag som bön.`),
  d(`Min nya kontaktperson på LSS, Daniel, är med i Jehovas vittnen och vill inte fira jul eller födelsedagar med Elias. Är det ok att byta kontaktperson?`, 'religion', 'social'),
  d(`Till köket på Lövhaga äldreboende: Herr Goldberg äter koscher och ska inte serveras fläsk eller blandning av kött och mejeri. Familjen tar med mat till shabbat.`, 'religion'),
  d(`Kyrkan har erbjudit sig att hålla andakt på demensboendet varannan torsdag. Det är frivilligt för de boende att delta.`),
  d(`Svar angående föreningsbidrag: Islamiska kulturföreningen uppfyller villkoren för lokalbidrag och får 45 000 kr för 2025. Beslutet är delegationsbeslut.`),
  d(`Hej Maja. Tack för att du berättade att du konverterat till katolicismen och vill vara ledig på långfredagen och kristi himmelfärd. Jag lägger in det i schemat.`, 'religion'),
  d(`Kommunal har lokal lönebildningsdag 12 mars. Chefer ombeds frigöra tid för de förtroendevalda i förhandlingsgruppen.`),
  d(`Hej Ronny, vi har inte fått något svar från Kommunal om MBL-förhandlingen. Du som är ombud för Jenny i omplaceringsärendet – kan du ringa deras ombudsman?`, 'trade-union'),
  d(`Till lönekontoret: Vänligen avsluta fackavgiftsavdraget för Mehmet Arslan, han har gått ur Vision per 31/12 och går över till Akademikerförbundet SSR.`, 'trade-union'),
  d(`Sveriges Lärare kräver att huvudmannen ser över arbetsmiljön på Norrängsskolan efter skyddsombudsstoppet i förra veckan. Arbetsmiljöverket har kontaktats.`),
  d(`Hej Linnea, jag ser att du står som facklig kontaktperson för Lärarförbundet på enheten, kan du vara med på samverkansmötet på tisdag?`, 'trade-union'),
  d(`Hej från vårdcentralens barnmottagning. Provsvaret för lilla Tove Sandberg har kommit: hon är bärare av en mutation för cystisk fibros och båda föräldrarna bör erbjudas genetisk vägledning.`, 'genetic', 'health'),
  d(`Utbildning i genetisk vägledning för sjuksköterskor: ärftliga hjärtsjukdomar, cancergener och etiska frågor vid prediktiv testning.`),
  d(`Anteckning familjerätten: faderskapsutredning – DNA-analys från Rättsmedicinalverket visar att Jesper Nord med 99,99 % sannolikhet är far till barnet. Bekräftelse kan skrivas.`, 'genetic', 'social'),
  d(`Jag har läst om att Huntingtons sjukdom finns i familjen Åberg, pappan och farbrodern har den. Nu vill dottern Sara (24) göra ett prediktivt test. Kan vi remittera till klinisk genetik i Umeå?`, 'genetic', 'health'),
  d(`Nej, vi kan tyvärr inte erbjuda DNA-test för släktforskning via vårdcentralen. Hänvisa patienter till privata aktörer.`),
  d(`Polisen har begärt ut bilderna från övervakningskameran vid stationen för att köra ansiktsjämförelse mot Fredrik Olsson, som är misstänkt för inbrott i fritidsgården. Vi lämnar ut med stöd av 10 kap. 24 § OSL.`, 'biometric', 'criminal-record', 'secrecy'),
  d(`Riktlinje kameraövervakning: bilder får sparas högst 7 dygn. Ansiktsigenkänning används inte i kommunens anläggningar.`),
  d(`Ärende IT-2291: Fingeravtrycksmallen för Leila Andersson i passersystemet på rättspsykiatrin ska raderas, hon har slutat 31/3. Mall-ID FP-00438.`, 'biometric'),
  d(`Hej! Röstsignaturen för Birgitta Holmgren i bankens telefontjänst matchade inte vid hennes samtal om fullmakten, så överförmyndaren har fått ett larm. Kan gode mannen ringa in själv?`, 'biometric'),
  d(`Säkerhetsavdelningen utvärderar irisskanning för serverhallen. Inga personer är registrerade ännu, vi väntar på DPIA.`),
  d(`Hej Rebecka! Helt ok att du kommer senare imorgon, lycka till på ultraljudet! Säg till när du vill berätta för gruppen att du är gravid.`, 'health'),
  d(`Hi Samuel, of course you can bring your husband Jonas to the staff party, and thanks for telling me, I know you haven't been out to everyone at work yet. See you Friday!`, 'sex-life'),
  d(`Vi har en transperson som är inskriven på Stödboendet och som vill bli kallad Alex. Använd hen och det nya namnet i alla dagboksanteckningar. Det juridiska namnet finns kvar i systemet tills namnbytet är klart.`, 'sex-life', 'social'),
  d(`Pride-veckan: kommunen hissar regnbågsflaggan vid stadshuset och biblioteket har en utställning om HBTQI-historia. Välkomna!`),
  d(`Angående anmälan mot lärare: Eleven uppger att hon har haft en sexuell relation med sin före detta lärare under sommarlovet. Ärendet är polisanmält och läraren är avstängd.`, 'sex-life', 'criminal-record'),
  d(`Kolla med Elin om hon vill vara med i panelen om hbtq i äldreomsorgen – hon har själv berättat att hon är lesbisk och har jobbat med frågan länge.`, 'sex-life'),
  d(`Utbildning: Hbtq-certifiering för fritidsgårdarna startar i september. Alla medarbetare ska gå minst 3 av 5 tillfällen.`),
  d(`Hallå! Nån har bokat resan till Göteborgskonferensen med mitt kort, 4571 5260 1815 9082, och jag ser tre transaktioner jag inte känner igen. Vem i gruppen har haft det? /Magnus`, 'payment-card'),
  d(`Kommunen tar inte emot kortnummer via e-post. Vid betalning av fakturor använd Swish eller e-tjänsten.`),
  d(`From: Ellinor, biblioteket
Låntagaren Harald Wik ringde och vill betala sin förlorade bok (329 kr) med kort över telefon. Jag antecknade: 4917 9139 0996 0302, exp 11/26, CVC 581. Kan kassan dra det?`, 'payment-card'),
  d(`Ny rutin för inköpskort: alla kort är personliga och ska förvaras inlåsta. Kortnummer, PIN och CVC får aldrig lämnas ut i mejl.`),
  d(`Hej! Jag behöver hjälp med att spärra mitt inköpskort 5355 8246 2819 4824 – jag tappade plånboken på tåget igår. /Johan Lundell, fritidsförvaltningen`, 'payment-card'),
  d(`Kassaavstämning november: 142 kortbetalningar i biblioteken, 3 felslag. Rapporten går till ekonomi.`),
  d(`Påminnelse om dörrkod för personalingången vid Västerskolan – skickas ut på intranätet varje månad. Fråga din chef om du inte har åtkomst.`),
  d(`Hej! Dörrkoden till LSS-boendet Granen ändras imorgon. Ny kod: 8541*. Personalrummet har 1903.`, 'credentials'),
  d(`Hej Ahmed, här kommer inloggningen till det nya schemasystemet. Användarnamn: ahmed.b@vellinge-test.se, tillfälligt lösenord: Gran4-Plommon-77. Byt lösenordet vid första inloggning.`, 'credentials'),
  d(`Vi ser att flera medarbetare delar inloggning till journalsystemet. Det är inte tillåtet. Varje person ska logga in med eget SITHS-kort.`),
  d(`Hej Kerstin, lönekartläggningen visar att du ligger 2 100 kr under medianen för socialsekreterare med din erfarenhet. Jag föreslår ett särskilt lönelyft till 37 500 kr från 1 juli. /Chef Individ- och familjeomsorgen`, 'salary'),
  d(`Ingångslönen för nyexaminerade socionomer i kommunen är 33 500 kr 2025, enligt nämndens beslut.`),
  d(`Tjena, Milan här. Jag har sagt upp mig och min sista lön ska in på nytt konto: SEB, clearing 5214, kontonummer 0345 871 29. Semesterersättningen också.`, 'bank-account'),
  d(`Hej! Bifogat finns beslut om att den gode mannen ska få sitt arvode utbetalt till IBAN SE45 5000 0000 0583 9825 7466, kontoinnehavare Agneta Roos.`, 'bank-account'),
  d(`IBAN för kommunens bankgiro framgår av fakturan. Vid utlandsbetalning, använd BIC HANDSESS.`),
  d(`Hej. Efter genomgång av Matildas provperiod bedömer jag att hon inte uppfyller kraven för tillsvidareanställning. Hon har missat dokumentation i flera ärenden och tar inte emot handledning. Jag vill avsluta provanställningen per 31/5.`, 'hr-assessment'),
  d(`Mall för medarbetarsamtal 2025 är uppdaterad. Nytt för i år: avsnitt om arbetsbelastning och kompetensutveckling.`),
  d(`Resultat personlighetstest – kandidat Oskar Eriksson, rekrytering enhetschef: hög på samarbetsförmåga och struktur, låg på stresstålighet. Testkonsulten rekommenderar kompletterande intervju.`, 'hr-assessment'),
  d(`Rekrytering enhetschef hemtjänst: vi använder Assessios test för alla slutkandidater. Testresultat redovisas muntligt till kandidaten.`),
  d(`Sammanfattning av utvecklingssamtal med Vera, 7A: Vera har nått målen i alla ämnen utom kemi, där hon har F efter provet i mars. Hon har 8 % frånvaro. Vi sätter in stödundervisning.`, 'grades'),
  d(`Till vårdnadshavare i åk 9: omdömen och prognoser inför slutbetyg skickas ut via Vklass i mars.`),
];
