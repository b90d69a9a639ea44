/**
 * Category blind set 6a: short everyday texts (one line to about twelve lines) — mails, chat messages,
 * notes, ticket comments and replies — from staff in Swedish regions, municipalities and agencies
 * (primary care, wards, psychiatry, dental care, elderly care, LSS, social services, schools, adult
 * education, HR and payroll, IT support, registrar, facilities, procurement, libraries, culture,
 * environment and health protection, building permits, contacts with Försäkringskassan,
 * Arbetsförmedlingen, Skatteverket, police and courts, union representatives). Mostly Swedish, some
 * English and mixed. Positives for every category, many multi-label documents and many hard negatives.
 *
 * BLIND — written from the labelling guide alone without reading the classifier, its training data or
 * other corpora; never to be used for training, tuning or keyword mining; scored once by the lead.
 *
 * All names, numbers, addresses, codes and details are invented; no real people.
 */
import type { CategoryType } from '../../../src/core/classify/types.js';
import type { LabelledDocument } from './category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const CATEGORY_BLIND_6A: readonly LabelledDocument[] = [
  // --- primary care, wards, psychiatry, dental ---
  d(`Hej! Kan du ringa tillbaka till Gunnel Åberg idag? Hon har fått förhöjt blodsocker igen och undrar om metforminet ska ökas. /Lena, VC Norrhöjden`, 'health'),
  d(`Påminnelse: Du har en tid hos distriktssköterskan tisdag 14 maj kl 09.20 på Vårdcentralen Björkdalen. Om du inte kan komma, avboka senast 24 timmar innan.`),
  d(`hej, pat i sal 4 (Karlsson) har fallit i natt, röntgen visar collumfraktur vä sida. ortopeden kommer vid 10`, 'health'),
  d(`Avdelning 32 söker sjuksköterska till sommaren, 75–100 %. Erfarenhet av geriatrik meriterande. Kontakta vårdenhetschef Anna Ljung.`),
  d(`Jag blir inte kvar på APT idag, ska till BVC med lillkillen och sen hem. Har fått besked om att jag är gravid i vecka 9 så mår rätt illa om morgnarna, säg inget till gruppen än tack`, 'health'),
  d(`Kort rapport natt: Sven Holm i rum 12 har varit orolig, fick Oxascand 5 mg kl 02. Sov därefter. Saturation 93 %.`, 'health'),
  d(`Tandvården Södra: patienten Amir S. avbokade igen. Tredje gången. Han har uppgett tandvårdsrädsla och vill ha lugnande inför nästa besök, kan du skriva ut Stesolid?`, 'health'),
  d(`Workshop om ICD-10-kodning för sekreterare hålls 3 oktober i sal Kastanjen. Vi går igenom vanliga F- och J-koder och hur man registrerar bidiagnoser.`),
  d(`Dear colleagues, I will be away Thursday and Friday – my daughter has her tonsils out at Danderyd on Thursday and I'll stay home with her. Jonas covers my patients.`, 'health'),
  d(`Psykiatrimottagningen: Till behandlare. Klienten (Petra L.) har inte hämtat ut sitt Sertralin sedan mars enligt apoteket. Hon säger att hon "klarar sig ändå" men verkar mer nedstämd. Boka in henne i nästa vecka.`, 'health'),
  d(`Har vi fått besked om vilken diagnos han ska ha på intyget? Läkaren skrev F32.1 i journalen men FK vill ha funktionsnedsättning beskriven också`, 'health'),
  d(`Kan någon byta pass med mig fredag kväll? Jag har fått tid för magnetröntgen av knät kl 16 och kan inte flytta den.`, 'health'),
  d(`Info från smittskydd: influensavaccinering för personal startar vecka 44. Boka tid via intranätet. Gravida och personer med nedsatt immunförsvar prioriteras.`),
  d(`Hej Maria, angående din mamma Inga-Lill: vi har ringt upp henne från vårdcentralen och hon har fått en remiss till minnesmottagningen. Hon var själv med på att vi pratar med dig.`, 'health'),
  d(`samtal m patient 14:30 — uppger alkoholintag ca 1 flaska vin/dag senaste halvåret, vill ha hjälp att trappa ner. Remiss beroendemottagningen skickad.`, 'health'),
  d(`Statistik från Regionen: antal besök på akutmottagningen ökade med 4 % under 2025, främst bland personer över 80 år.`),
  d(`Vi har en pappa i väntrummet som pratar bara tigrinja, de kom från Eritrea för två år sedan. Behöver tolk till 15.00-besöket för sonens öroninflammation.`, 'ethnic-origin', 'health'),
  d(`Till tandläkare Berg: Ture Lind (bokad 12/6) berättade vid telefon att han har börjat med Eliquis efter sin stroke. Kanske bör ni ta hänsyn till det vid extraktionen.`, 'health'),

  // --- elderly care, LSS, hemtjänst ---
  d(`Beslut om hemtjänst för Elvy Sandberg, Granvägen 3: 14 timmar/månad, insatser inköp, städ och dusch 2 ggr/v. Gäller fr o m 1 juni. Utförare Hemtjänst Väst.`, 'social'),
  d(`Hej! Vi i hemtjänstgrupp Öst har fått ny larmcentral från och med måndag. Nya rutiner för nyckelhantering finns på intranätet.`),
  d(`Portkoden till Lingonstigen 14 är 4471, nyckelgömma på baksidan koden 0903. Brukaren heter Nils, han hör dåligt så knacka hårt.`, 'credentials', 'health'),
  d(`Hon har börjat glömma att äta och hittades i trapphuset i morse utan skor. Vi har pratat med dottern om att ansöka om särskilt boende. (Gäller Margit på 2:an)`, 'health'),
  d(`LSS-handläggarna träffas på torsdag för genomgång av nya riktlinjer om personlig assistans. Dagordning bifogas.`),
  d(`Jonatan har beviljats korttidsvistelse enligt 9 § 6 LSS, två helger per månad på Solrosens korttidshem. Mamma har informerats.`, 'social'),
  d(`hej, Anders (brukare på gruppboendet) har autism och har svårt med förändringar, så kan ni förvarna honom redan nu att hans kontaktperson slutar i augusti?`, 'health'),
  d(`Ansökan om ledsagarservice för Farida Haidari avslås då behovet bedöms tillgodosett genom den beviljade personliga assistansen. Beslutet kan överklagas till förvaltningsrätten.`, 'social'),
  d(`Avvikelse: brukare på Lärkan fick fel dos Alvedon kvällen 3/3 (2 g i stället för 1 g). Ingen påverkan noterad. Sjuksköterska informerad.`, 'health'),
  d(`Vi behöver fler timvikarier i äldreomsorgen inför sommaren. Sprid gärna annonsen – krav: undersköterskeexamen eller erfarenhet.`),
  d(`Kan du som fackligt ombud för Kommunal vara med på mötet med Ulla Persson på torsdag? Hon har bett om stöd inför omplaceringen.`, 'trade-union'),

  // --- social services ---
  d(`Orosanmälan har inkommit gällande Liam, 6 år, från förskolan Trollstigen. Personalen har sett blåmärken på överarmarna vid två tillfällen. Förhandsbedömning påbörjas idag.`, 'social', 'health'),
  d(`Påminnelse: alla som arbetar med barn är enligt 14 kap. 1 § SoL skyldiga att göra en orosanmälan vid misstanke om att ett barn far illa. Blanketten finns på kommunens webb.`),
  d(`Klienten har ansökt om ekonomiskt bistånd för april. Beviljat 7 840 kr för livsföring samt hyra 6 950 kr. Utbetalning sker till hennes konto i Swedbank 8327-9, 934 221 870-4.`, 'social', 'bank-account'),
  d(`Hej Rasmus! Hon ringde igen och var väldigt arg över att hennes försörjningsstöd inte kommit, jag lovade att du skulle höra av dig före 15.`, 'social'),
  d(`Ny utbildning: "Motiverande samtal i missbruksvården", 2 dagar i november. Anmälan senast 10/10 till enhetschef.`),
  d(`Familjehemsplaceringen för syskonen Nordin förlängs. Pojkarna trivs men äldsta har fortsatt kontakt med BUP för sin ångest.`, 'social', 'health'),
  d(`Till socialsekreterare Eriksson. Vi noterar att klientens man har beviljats vård enligt LVM och är placerad på Hassela-hemmet sedan 12 mars. Hon själv har inga insatser.`, 'social'),
  d(`Uppgifterna i detta ärende omfattas av sekretess enligt 26 kap. 1 § OSL. Handlingarna får inte lämnas ut till familjemedlemmar utan samtycke.`, 'secrecy'),
  d(`Vi har en kvinna med skyddad identitet som behöver ett tillfälligt boende i helgen. Kontakta mig på tjänstetelefonen, inga namn i mejl tack.`, 'protected-identity', 'social'),
  d(`Mallen för utredningsplan enligt BBIC har uppdaterats. Använd den nya versionen från 1 februari.`),
  d(`Ungdomen (16) har enligt polisen gripits för rån av en jämnårig vid Centralstationen. Socialtjänsten kallas till förhöret imorgon kl 10.`, 'criminal-record', 'social'),

  // --- schools, preschool, adult education ---
  d(`Hej föräldrar! Nu är utvecklingssamtalen bokade för vecka 46. Ni hittar er tid i Vklass. Välkomna!`),
  d(`Hej, Moa har haft 32 % frånvaro i matte den här terminen, mest sena ankomster. Kan vi ses och prata om hur vi löser det? /Kristian, mentor 8B`, 'grades'),
  d(`Betygen för vt ska vara inlagda senast fredag 7 juni kl 12. Kontakta expeditionen om du har problem med inloggningen.`),
  d(`Elias fick F på nationella provet i engelska, delprov C. Han var nära E på läsförståelsen. Jag föreslår extra stöd under våren.`, 'grades'),
  d(`Hej! Jag vill bara informera att Sara är hemma i dag, hon har feber och hosta. Mvh Jenny (mamma)`, 'health'),
  d(`Rektor har beslutat om åtgärdsprogram för Vincent i 5C. Han har diagnosen ADHD och behöver anpassad studiemiljö. Kopia till elevhälsan.`, 'health'),
  d(`info till all personal: vi har schemabrytande dag 14/3 med tema nationella minoriteter – samer, judar, romer, sverigefinnar och tornedalingar. Material på lärplattformen.`),
  d(`Hon har slutbetyg C i svenska 2 och B i samhällskunskap men saknar fortfarande Matematik 2b. Kan hon ändå söka till sjuksköterskeprogrammet? /Studie- och yrkesvägledare, Komvux`, 'grades'),
  d(`Vi tar gärna emot Aleksandra i förberedelseklassen. Hon har gått i skola i Ukraina t o m åk 4, så kartläggningen görs på ukrainska med studiehandledare.`, 'ethnic-origin'),
  d(`Hej mentor, Ebba kommer att vara ledig fredag för Eid-firandet med familjen.`, 'religion'),
  d(`Kurs i betygssättning och bedömning enligt Lgr22 för nyanställda lärare, tre eftermiddagar i januari.`),
  d(`Elevens närvaro v 36–40: 61 %. Ogiltig frånvaro 14 lektioner. Ärendet lämnas till elevhälsoteamet enligt rutin för problematisk skolfrånvaro. (Hugo Berggren, 9A)`, 'grades'),
  d(`Omdöme svenska åk 4, Nora: Läser flytande och återberättar med egna ord. Behöver utveckla stavning och styckeindelning. Når kunskapskraven.`, 'grades'),
  d(`Förskolan Ekorren: Imorgon kommer fotografen. Tänk på att alla barn som inte får fotograferas ska ha ett gult armband.`),
  d(`Just a heads up: Tobias in my class came out to me today as gay and asked me not to tell his parents yet. Not sure how we should handle the sex-ed session on Friday, can we talk?`, 'sex-life'),
  d(`Ungdomen har skyddade personuppgifter. Skolans namn ska inte framgå i något utskick till vårdnadshavaren som bor i Skåne.`, 'protected-identity'),

  // --- HR, payroll ---
  d(`Hej! Din ansökan om semester v 28–31 är beviljad. /Personalenheten`),
  d(`Hej Karin, din nya månadslön från 1 april blir 34 600 kr (höjning med 1 250 kr). Lönebesked kommer i Heroma i slutet av månaden.`, 'salary'),
  d(`Lönerevisionen 2026 startar i april. Chefer ska ha lönesättande samtal med sina medarbetare innan 15 maj.`),
  d(`Sammanfattning medarbetarsamtal 12/11, Jesper: levererar bra i ärendehanteringen men har vid flera tillfällen varit otrevlig mot kollegor på möten. Mål: förbättra samarbete; uppföljning om 3 mån.`, 'hr-assessment'),
  d(`Jag vill anmäla att Linda Ek har varit sjukskriven sedan 3 februari. Hon har lämnat läkarintyg t o m 31 mars, diagnos utmattningssyndrom.`, 'health'),
  d(`Ny rutin för sjukanmälan: sjukanmäl dig via Självservice före kl 8 första dagen. Från dag 8 krävs läkarintyg.`),
  d(`Hej löneenheten! Kan ni ändra mitt lönekonto till Handelsbanken, clearing 6189, kontonr 483 291 776? Mvh Emil Dahl, fritidsgården`, 'bank-account'),
  d(`Ange ditt clearingnummer och kontonummer i formuläret för utlägg. Betalning sker den 25:e.`),
  d(`Jag har fått en skriftlig varning från min chef för att jag "lämnat arbetsplatsen utan tillstånd" två gånger i oktober. Jag är med i Vision och vill ha hjälp att bemöta den.`, 'hr-assessment', 'trade-union'),
  d(`Vision bjuder alla medlemmar på frukost i matsalen onsdag 07.30–08.30!`),
  d(`Pelle har fått 3 000 kr extra i månaden sedan han tog över samordnaruppdraget, det tycker jag är orättvist när jag gör samma sak för 29 900`, 'salary'),
  d(`Resultat personlighetstest (OPQ) för kandidat Sofia Wennberg: hög grad av struktur och noggrannhet, lägre i social självsäkerhet. Bedömning: passar väl för controllertjänsten.`, 'hr-assessment'),
  d(`Reminder: all managers must complete the annual performance review training module before 30 November.`),
  d(`Han har varit på rehabsamtal med HR och företagshälsovården. Arbetsförmågan bedöms till 50 % på grund av ryggbesvären; arbetsträning på förmiddagar från v 10.`, 'health'),
  d(`Lönespecifikation april: grundlön 41 200, OB-tillägg 2 340, avdrag sjuklön dag 2–4 −3 180. Nettolön 29 611 kr.`, 'salary', 'health'),
  d(`Hej! Kan du skicka mitt tjänstgöringsintyg med lönenivå till banken? De behöver det för bolånet. Jag tjänar 38 700 kr/mån som jag skrev tidigare.`, 'salary'),
  d(`Tjänsten som HR-specialist med inriktning rehabilitering är nu utannonserad, lön enligt överenskommelse.`),

  // --- IT support ---
  d(`Ärende #44817: Användaren har återställt sitt lösenord men kommer inte in. Nytt tillfälligt lösenord: Vinter2026!kx. Be henne byta vid första inloggning.`, 'credentials'),
  d(`Tips från IT: använd aldrig samma lösenord till jobbkontot som privat, och skriv aldrig ner det på en lapp vid skärmen.`),
  d(`wifi-gäst i stadshuset: nätverk KOMMUN-GAST, lösen Stadshus#77 (byts varje måndag)`, 'credentials'),
  d(`Kan du skicka engångskoden du fick i SMS:et? Den slutar gälla om 5 min.`),
  d(`koden jag fick var 583 920, funkar den fortfarande?`, 'credentials'),
  d(`Hej IT, mitt BankID på jobbmobilen slutade funka efter uppdateringen. Kan ni hjälpa mig installera om det?`),
  d(`API-nyckeln till SMS-tjänsten för hemtjänstens larm: sk_live_7Gq2Lm9XwP4tV8zR1nB6. Lägg in den i konfigen på servern, inte i repot.`, 'credentials'),
  // --- facilities, procurement, libraries, culture ---
  d(`Hej fastighet! Låset på personalingången till Björkskolan är trasigt igen. Tillfällig kod till dörren är 2580# tills låssmeden varit där.`, 'credentials'),
  d(`Ny rutin för passerkort: förlorat kort spärras via Servicedesk dygnet runt. Nytt kort hämtas i receptionen mot legitimation.`),
  d(`Vi köper in nya tidsstämplingsterminaler med fingeravtrycksläsare till hemtjänsten. Upphandlingen annonseras i december.`),
  d(`Hej, jag vill inte att mitt fingeravtryck registreras i den nya stämpelklockan. Jag har redan lämnat det en gång för passet och tycker inte det är okej. /Hassan Jaber, lokalvård`),
  d(`Registrering av fingeravtryck klar för Maja Ljungqvist, mall-ID FP-20931 (höger pekfinger + tumme). Kopplad till passage C-huset.`, 'biometric'),
  d(`Ansiktsigenkänningen i entrén släppte inte in Jon Halvarsson i morse – hans referensbild från 2019 matchade inte efter att han rakat av skägget. Vi tog en ny referensbild och lagrade om mallen.`, 'biometric'),
  d(`Beställningen av 40 kontorsstolar är mottagen. Leverans vecka 9 till Stadshuset plan 3. Fakturan går till kostnadsställe 4410.`),
  d(`Leverantören har skickat fakturan till fel mottagare. Rätt adress är Kommunen, Fakturascanning, Box 4021. Ange referens VERK447.`),
  d(`Till upphandling: jag betalade konferenslokalen med mitt privata kort, 5213 1675 2508 1252, utg 08/27. Kan ni se till att jag får tillbaka pengarna? Kvitto bifogat.`, 'payment-card'),
  d(`Hej! Vi kan inte ta emot kortnummer via e-post. Betala konferensavgiften via länken i bekräftelsen eller mot faktura.`),
  d(`Biblioteket Centrum: Låntagaren på kortnummer 2100 4488 har 14 förseningsavgifter men har bett att få dem avskrivna eftersom hon legat på sjukhus i tre veckor efter en hjärtinfarkt.`, 'health'),
  d(`Till bibliotekarien: Kan ni köpa in fler böcker om islam och ramadan för barn? Flera familjer har frågat inför hösten.`),
  d(`Johan vill att vi tar bort hans lånehistorik. Han säger att han är konverterad till katolicismen och inte vill att någon ska se vad han lånat om tro.`, 'religion'),
  d(`Kulturskolan: Anmälan till sommarkursen i jojk öppnar 1 april. Kursen leds av samiska musiker från Jokkmokk.`),
  d(`Till kulturförvaltningen: Som en av de medverkande i utställningen vill jag att min bakgrund som same nämns i texten bredvid mina verk, inte bara som "norrländsk konstnär". /Elle Márjá Nutti`, 'ethnic-origin'),
  d(`Konstnären som fick kulturstipendiet i år är aktiv i Vänsterpartiet lokalt och sitter i kulturnämnden – ska hon verkligen jäva sig vid nästa beslut?`, 'political-opinion'),
  d(`Kulturnämndens sammanträde 18 september: ärende 7, bidrag till studieförbund. Ledamöter från samtliga partier deltar.`),
  d(`Hej! Jag betalade i kassan på museet men kortet drogs två gånger. Kortnumret slutar på 7711 – kan ni kolla med banken?`),

  // --- environment, health protection, building permits ---
  d(`Inspektion av Restaurang Lotus 3/4: brister i temperaturkontroll av kylar. Uppföljande besök inom 4 veckor.`),
  d(`Klagomål på mögel i lägenhet 1102, Storgatan 18. Hyresgästen uppger att hennes son fått astma och behöver använda inhalator dagligen sedan de flyttade in.`, 'health'),
  d(`Miljö- och hälsoskydd: Mätning av radon i flerbostadshus ska göras under eldningssäsongen. Information till fastighetsägare bifogas.`),
  d(`Bygglov för tillbyggnad, fastighet Hästhagen 2:14, beviljat. Startbesked lämnas efter tekniskt samråd.`),
  d(`Sökande har begärt att ritningarna inte ska publiceras eftersom hon har skyddade personuppgifter och adressen inte får bli känd. Ärendet har sekretessmarkerats.`, 'protected-identity'),
  d(`Grannen vid Tallvägen 9 har överklagat bygglovet för altanen. I överklagandet skriver han att sökanden "är dömd för misshandel och inte kan litas på". Det saknar betydelse för prövningen.`, 'criminal-record'),
  d(`Hej, jag ansökte om bygglov för en ramp vid entrén eftersom min man sitter i rullstol sedan olyckan. Hur lång är handläggningstiden?`, 'health'),
  d(`Anmälan om hälsoskyddsbesök på förskolor genomförs i oktober. Vi kontrollerar ventilation, buller och städrutiner.`),
  d(`Ärende SBN 2026/118: uppgifterna om den sökandes adress får inte lämnas ut, se 21 kap. 3 § OSL. Kontakta registrator vid begäran om allmän handling.`, 'secrecy', 'protected-identity'),
  d(`Kan du ta med mätaren för buller till Fabriksgatan i morgon? Klaganden jobbar natt och sover på dagen.`),

  // --- FK, AF, Skatteverket ---
  d(`Till Försäkringskassan: Bifogar läkarutlåtande för Emma Strand. Hon bedöms ha nedsatt arbetsförmåga med 75 % pga depression och behöver fortsatt sjukpenning på deltid.`, 'health'),
  d(`Från Försäkringskassan: Hej, vi har inte fått läkarintyget för perioden efter 14 maj. Utan intyg kan vi inte pröva rätten till sjukpenning. Ladda upp det via Mina sidor.`),
  d(`Arbetsförmedlingen har anvisat honom till arbetsträning hos oss. Han har en hörselnedsättning och behöver hörslinga i mötesrummet.`, 'health'),
  d(`Informationsträff för arbetsgivare om lönebidrag och nystartsjobb hos Arbetsförmedlingen, 22 oktober kl 9.`),
  d(`Skatteverket har begärt uppgift om hennes folkbokföringsadress men hon är kvarskriven i Örebro. Svara att vi inte kan bekräfta något utan att först kontakta henne.`, 'protected-identity'),
  d(`Hej! Skatteverket har beslutat om fingerade personuppgifter för klienten. Från och med nu ska det nya namnet användas i alla system. Det gamla får inte stå kvar i journalen.`, 'protected-identity'),
  d(`Påminnelse: senast 2 maj ska deklarationen lämnas. Har du frågor om avdrag för resor till arbetet finns information på skatteverket.se.`),
  d(`FK ringde ang Milan – de vill veta om vi kan erbjuda anpassat arbete efter hans utbrändhet. Jag sa att vi har en tjänst på 25 % i receptionen.`, 'health'),
  d(`Till AF: Vi bekräftar att Amina Yusuf har deltagit i SFI-kursen 80 % av tiden och fått godkänt på kurs C. Hon kom till Sverige från Somalia 2023.`, 'grades', 'ethnic-origin'),
  d(`Har du hunnit läsa FK:s nya vägledning om bedömning av arbetsförmåga? Det ändrar hur vi skriver våra intyg.`),

  // --- police, courts ---
  d(`Polisen begär utdrag om barnet och familjen inför förhandlingen. Svar lämnas efter sekretessprövning enligt 26 kap. OSL – inget skickas innan chef har fattat beslut.`, 'secrecy', 'social'),
  d(`Hej! Utdraget ur belastningsregistret för Joakim Svärd visar en dom för olaga hot från 2022. Han sökte tjänst som boendestödjare. Hur gör vi?`, 'criminal-record'),
  d(`Alla som anställs inom LSS ska lämna ett utdrag ur belastningsregistret. Beställ det själv hos polisen och visa upp det oöppnat.`),
  d(`Tingsrätten har dömt hennes före detta sambo till fängelse i 1 år och 4 månader för grov fridskränkning. Hon vill att vi fortsätter med skyddat boende tills överklagandet är prövat.`, 'criminal-record', 'social'),
  d(`Polisen har ringt och begärt ut ljudfilerna från samtalet med mannen som hotade handläggaren. De ska jämföra röstavtrycket med inspelningar från ett annat ärende.`, 'biometric', 'criminal-record'),
  d(`Förvaltningsrätten har avgjort målet om vård enligt LVU för pojken. Domstolen bifaller socialnämndens ansökan. Domen kan överklagas inom tre veckor.`, 'social'),
  d(`Kurs: "Att vittna i domstol – stöd för socialsekreterare", 8 december, polishuset.`),
  d(`Hej. Min kollega Robin blev tagen för rattfylleri i helgen, han har berättat det själv. Körkortet är indraget så han kan inte köra hemtjänstbilen framöver.`, 'criminal-record'),
  d(`Till polisen: DNA-profilen från saliven på kuvertet har matchats mot en person i DNA-registret. Vi överlämnar analysprotokollet till förundersökningsledaren.`, 'biometric'),
  d(`Till polisen. Vi har tagit del av er begäran om uppgifter om personen och kan konstatera att vi inte har något ärende på honom.`),

  // --- union reps ---
  d(`Hej alla medlemmar i Vårdförbundet på Akutkliniken! Vi har medlemsmöte om schemaändringarna tisdag kl 15 i konferensrum Ek.`),
  d(`Jag som huvudskyddsombud för Kommunal har fått in en anmälan från Siv på Rosengården om hot från en brukare. Vi kräver en riskbedömning.`, 'trade-union'),
  d(`Is it true that Kalle is the new chair of the local Sveriges Lärare branch? I'd like to talk to him about my contract.`, 'trade-union'),
  d(`Facklig förhandling enligt 11 § MBL om omorganisationen av IT-enheten hålls 3 mars. Kallade: Vision, Akademikerförbundet SSR, Kommunal.`),
  d(`Jag har gått ur Lärarförbundet, kan ni sluta dra avgiften från lönen från och med nästa månad? Tack, Åsa Ring`, 'trade-union'),
  d(`Union rep here (Unionen). Our member Petar Ilić was given a notice yesterday without the required consultation. We request negotiations.`, 'trade-union', 'hr-assessment'),
  d(`Kollektivavtalet HÖK 24 har ny lönebilaga. Sammanfattning från SKR finns på intranätet.`),
  d(`jag är inte med i facket längre btw, så jag får väl klara mig själv på förhandlingen`, 'trade-union'),

  // --- political opinion ---
  d(`Min chef vet att jag är medlem i Sverigedemokraterna och jag upplever att jag får sämre arbetsuppgifter sedan dess. Vem kan jag prata med?`, 'political-opinion'),
  d(`Påminnelse: politisk reklam får inte sättas upp i kommunens lokaler. Gäller även affischer inför valet.`),
  d(`Hon var med och delade ut flygblad för Miljöpartiet utanför stationen igår, det var väl okej på fritiden?`, 'political-opinion'),
  d(`Valnämnden behöver röstmottagare till valet 2026. Ersättning 2 800 kr per dag, utbildning ingår.`),
  d(`Vår nya vaktmästare har en knapp för Kristdemokraterna på jackan varje dag. Är det tillåtet i tjänsten? Jag vill inte att han ska få problem.`, 'political-opinion'),
  d(`Kan du svara på medborgarförslaget om cykelbanor? Det har kommit in från en privatperson.`),
  d(`Arvid har sagt öppet på fikat att han röstade på Liberalerna i förra valet och att han ångrar det. Ska vi verkligen ta upp det här på utvecklingssamtalet?`, 'political-opinion'),
  d(`Our new intern told me she was arrested at a climate protest in Stockholm with Extinction Rebellion last year – she was fined for civil disobedience.`, 'political-opinion', 'criminal-record'),
  d(`Utbildning för förtroendevalda: introduktion till kommunallagen, 15 januari. Alla nya ledamöter i fullmäktige är välkomna.`),

  // --- religion ---
  d(`Vi har en patient på avdelning 7 som är Jehovas vittne och inte tar emot blodtransfusion. Hon har skrivit en viljeyttring, finns i journalen.`, 'religion', 'health'),
  d(`Kan köket ordna halalkött till Yusuf på torsdagar? Han äter inte fläsk av religiösa skäl.`, 'religion'),
  d(`Kost på särskilt boende: alla boende ska kunna få kost anpassad efter allergier, religion och etiska val. Rutinen bifogas.`),
  d(`Min medarbetare har bett om att få ta ut ledigt för Jom Kippur. Hon är aktiv i judiska församlingen. Finns det någon rutin för det?`, 'religion', 'ethnic-origin'),
  d(`Sjukhuskyrkan finns på plan 2. Präst, diakon och imam kan nås via växeln.`),
  d(`Brukaren vill att en präst från Syrisk-ortodoxa kyrkan kommer och ber med honom innan operationen.`, 'religion'),
  d(`Han har slutat komma på fredagsmötena sedan han började gå i moskén varje fredag. Jag har inget emot det, men kan vi flytta mötet?`, 'religion'),
  d(`Frågan om kyrkoavgiften: vi har ingen koppling till Svenska kyrkan som arbetsgivare. Den dras via Skatteverket.`),

  // --- genetic ---
  d(`Klinisk genetik: Analysen visar att Anette Rask är bärare av en BRCA1-mutation. Genetisk vägledning bokad den 9 april.`, 'genetic', 'health'),
  d(`Vi har fått svar på DNA-testet: Ella har cystisk fibros, båda föräldrarna är anlagsbärare. Föräldrarna vill att syskonen också testas.`, 'genetic', 'health'),
  d(`Föreläsning om ärftliga sjukdomar och genetisk screening för barnmorskor, 12 maj. Anmälan via kompetensportalen.`),
  d(`Morfar dog i Huntingtons och mamma har börjat få symtom, så jag har bokat tid för gentest. Det är därför jag varit borta på tisdagarna.`, 'genetic', 'health'),
  d(`Fråga till BVC: PKU-provet för alla nyfödda – vilken blankett ska vi använda nu?`),
  d(`Hennes faderskapstest visar 99,98 % sannolikhet att Omar är pappa. Resultatet skickas till familjerätten.`, 'genetic', 'social'),
  d(`Enligt genetiska utredningen har familjen Lindqvist en ärftlig form av långt QT-syndrom. Barnen ska inte delta i tävlingsidrott utan kardiologens godkännande.`, 'genetic', 'health'),

  // --- sex life, gender identity ---
  d(`Till elevhälsan: Alex i åk 8 har bytt namn och använder pronomenet hen. Vårdnadshavarna vet inte om det än. Hur gör vi i SchoolSoft?`, 'sex-life'),
  d(`HBTQ-certifieringen av ungdomsmottagningen är klar. Tack till alla som deltog i utbildningen!`),
  d(`Patienten uppger att han har sex med män och att han haft flera partners senaste halvåret. Provtagning för hiv och syfilis utförd.`, 'sex-life', 'health'),
  d(`Min kollega Maria och hennes fru har fått barn, så hon är föräldraledig från mars. Vi samlar in till en present!`, 'sex-life'),
  d(`Kan vi lägga in Prideflaggan på intranätets startsida under Pridesveckan?`),
  d(`He mentioned during the intake that he is transgender and started hormone treatment in Germany; please make sure the file uses his chosen name Leo.`, 'sex-life', 'health'),

  // --- misc negatives with sensitive vocabulary ---
  d(`Hej, jag undrar bara om sjuksköterskorna på avdelning 21 har fått de nya rutinerna för läkemedelsgenomgång?`),
  d(`Mötet om försörjningsstöd och ekonomiskt bistånd flyttas till rum 204.`),
  d(`Vad är skillnaden mellan skyddad folkbokföring och sekretessmarkering? Vi ska ha en utbildning och vill ha exempel.`),
  d(`Frågeformulär: Har du någon gång varit dömd för brott? Ja/Nej. (Gäller endast sökande till tjänster inom skola och barnomsorg.)`),
  d(`Rapport: 23 % av kommunens anställda hade minst en sjukskrivning längre än 14 dagar under 2025.`),
  // --- payment cards ---
  d(`Hej! Här är kortuppgifterna för bokningen av hotellet till studieresan: 4571 7283 5450 7557, giltigt t o m 11/28, CVC 418. Kortet står på mig, Helena Sjö.`, 'payment-card'),
  d(`Kan du lägga beställningen hos Adlibris med mitt inköpskort? 4916 0622 6445 7594 exp 03/27 cvc 902`, 'payment-card'),
  d(`Inköpskort beställs av chef via e-tjänsten. Kortet får endast användas för mindre inköp enligt attestordningen.`),
  d(`Subject: Re: conference fee\nHi Marta, I paid with my own Visa, number 4024 5708 6140 6219, expires 05/29. Could you check with finance whether I get reimbursed? Thanks, Dev`, 'payment-card'),
  d(`Brukaren bad mig handla åt honom med hans kort och gav mig koden. Kortnr 5168 7516 3195 9504 och pinkoden 7312. Jag lämnade tillbaka kortet efteråt men vill att det dokumenteras.`, 'payment-card', 'credentials'),
  d(`Påminnelse till hemtjänsten: ni får aldrig ta emot brukares bankkort eller koder. Handla alltid mot faktura eller med kontanter och kvitto.`),
  d(`Mottagit telefonsamtal fr kvinna som ville betala tandvårdsräkningen med kort över telefon. Noterat 4485 7466 3216 7148 utg 09/26, cvc 553. Skickat till ekonomi.`, 'payment-card'),
  d(`Kortet 5427 7605 3528 7711 tillhörande Anders Hult har spärrats efter misstänkt bedrägeri – polisanmälan gjord av honom själv.`, 'payment-card'),
  d(`Hej, jag har tappat mitt förvaltarkort för gode mannens konto. Kortnummer 4929 1321 9063 3496. Kan ni spärra det? /Gode man för Roger Ahl`, 'payment-card', 'social'),
  d(`Ny policy: kortbetalningar i receptionen får bara göras i terminalen. Skriv aldrig upp kortnummer på papper.`),
  d(`till ekonomi: dubbeldragning på mitt tjänstekort, 5301 7657 1432 1265, 2 x 1 890 kr till SJ den 4/3`, 'payment-card'),

  // --- bank accounts ---
  d(`Ersättning till uppdragstagaren Lina Öhman (kontaktperson) ska betalas till Nordea, clearing 3300, konto 870 612-4471. Arvode 1 200 kr/mån.`, 'bank-account', 'salary'),
  d(`Hej, vi har inte fått in er hyra för mars. Betala in till bankgiro 5521-0933 och ange OCR-nummer 4412098.`),
  d(`Hennes bistånd betalas ut till kontot i SEB 5402 01 293 44 men hon säger att hon inte har tillgång till kontot längre, exmaken har bankdosan.`, 'bank-account', 'social'),
  d(`IBAN for reimbursement: SE45 5000 0000 0583 9825 7466 (Marek Nowak, visiting researcher). Please transfer the travel allowance before Friday.`, 'bank-account'),
  d(`Kontonummer ändras i personalsystemet av den anställde själv under Min lön > Utbetalning. Löneenheten registrerar inte konton via e-post.`),
  d(`Hej! Jag har fått ny bank. Mitt lönekonto är nu Swedbank 8214-4, 913 447 210-6. Kan ni ändra till nästa utbetalning? /Yasmin, städ`, 'bank-account'),
  d(`Bidraget till föreningen betalas ut till föreningens plusgiro 48 81 02-6 efter att redovisningen kommit in.`),
  d(`Ombudet för dödsboet efter Gösta Wall har bett att återbetalningen av hemtjänstavgiften sätts in på konto 6001-214 388 901 i Handelsbanken.`, 'bank-account'),
  d(`Felaktig utbetalning: 12 400 kr gick till fel konto (Länsförsäkringar 9020 31 887 04) som tillhör en tidigare anställd, Mats Gren. Han är kontaktad och ska betala tillbaka.`, 'bank-account'),

  // --- salary ---
  d(`Lönekartläggningen visar inga osakliga skillnader mellan kvinnor och män i jämförbara grupper. Rapporten presenteras för samverkansgruppen.`),
  d(`Efter förhandlingen får Rebecka Lund 2 100 kr mer i månaden, ny lön 36 400 kr. Retroaktivt från april. /Vision, lokalavdelningen`, 'salary', 'trade-union'),
  d(`Jag har räknat på det och tjänar 1 800 mindre än de nyanställda kuratorerna. Det är inte rimligt efter 12 år i kommunen. Vill lyfta det på lönesamtalet.`, 'salary'),
  d(`Ingångslön för nyexaminerade socionomer i kommunen är 33 000 kr enligt lönepolicyn.`),
  d(`Mikael fick 6 000 kr i engångsbelopp som tack för insatsen under sommarbemanningen – dokumentera i personalakten.`, 'salary'),
  d(`Jourersättningen för röntgensjuksköterskor höjs med 8 % från oktober enligt centralt avtal.`),
  d(`hej, kan du kolla varför jag bara fick 21 300 i lön i maj när min timlön är 178 kr och jag jobbade 140 tim? /Nils, timvikarie hemtjänst`, 'salary'),

  // --- hr assessments ---
  d(`Anteckning efter samtal med Tove 14/2: tredje gången hon kommer för sent utan att meddela. Informerat om att nästa steg är en skriftlig erinran.`, 'hr-assessment'),
  d(`Mall för medarbetarsamtal 2026 finns nu i kompetensportalen. Fyll i förberedelsedelen innan samtalet.`),
  d(`Kort feedback på Ahmeds provanställning: mycket god kontakt med brukarna, men dokumentationen håller inte måttet. Förlängning rekommenderas inte utan tydlig förbättring.`, 'hr-assessment'),
  d(`Referenstagning på Lisa Brand: tidigare chef beskriver henne som "pålitlig men konflikträdd", hade svårt att leda gruppen under omorganisationen.`, 'hr-assessment'),
  d(`Vi ska anställa en enhetschef och vill använda personlighetstest i rekryteringen. Vilka leverantörer har kommunen avtal med?`),
  d(`My line manager told me my last review rated me "below expectations" on teamwork. I don't agree and would like to add a written comment.`, 'hr-assessment'),
  d(`Arbetsgivaren har beslutat om avstängning av Björn Eklund med bibehållen lön under utredningen av händelsen på boendet den 2 maj.`, 'hr-assessment'),

  // --- secrecy ---
  d(`Förslag till standardtext i e-postsignaturen för hela förvaltningen, synpunkter senast fredag:
"OBS: Detta meddelande kan innehålla uppgifter som omfattas av sekretess enligt 25 kap. 1 § OSL. Om du fått det av misstag, radera det och meddela avsändaren."`),
  d(`Journalkopian för patienten är sekretessprövad och lämnas ut till försäkringsbolaget med hennes samtycke. Bifogas i krypterad form.`, 'secrecy', 'health'),
  d(`Hej registrator! Begäran om utlämnande av anbuden i upphandlingen av skolskjuts: prisuppgifterna omfattas av sekretess enligt 31 kap. 16 § OSL och maskas.`, 'secrecy'),
  d(`Frågan om anbudssekretess kommer att tas upp på nästa utbildning i offentlighet och sekretess för upphandlare.`),
  d(`Vi kan inte bekräfta om hon är inskriven hos oss – uppgiften omfattas av sekretess enligt 25 kap. OSL. Hänvisa anhöriga till avdelningens chef.`, 'secrecy'),
  d(`Beslut: Begäran om att ta del av utredningen om eleven avslås. Uppgifterna rör elevens personliga förhållanden och omfattas av sekretess enligt 23 kap. 2 § OSL.`, 'secrecy'),
  d(`Uppgifter om anmälaren i tillsynsärendet om buller får inte lämnas ut, 32 kap. 4 § OSL. Maska namnet innan handlingen skickas till fastighetsägaren.`, 'secrecy'),

  // --- protected identity ---
  d(`Barnet har sekretessmarkering i folkbokföringen. Skicka inga brev hem utan att först kontakta socialsekreteraren. Ingen adress i Vklass!`, 'protected-identity'),
  d(`Rutin för hantering av personer med skyddade personuppgifter finns i ledningssystemet, avsnitt 4.2.`),
  d(`hej, jag har själv skyddad folkbokföring sen i våras. kan ni ta bort mitt namn från personalsidan på webben?`, 'protected-identity'),

  // --- ethnic origin ---
  d(`Mormor är tornedaling och pratar bara meänkieli när hon är trött. Kan vi få en undersköterska som kan språket till kvällarna?`, 'ethnic-origin'),
  d(`Förvaltningsområde för finska: kommunen ska erbjuda äldreomsorg helt eller delvis på finska till den som begär det.`),
  d(`Patienten är rom och säger att hon blivit illa bemött på akuten tidigare. Hon vill att dottern får vara med under hela besöket.`, 'ethnic-origin'),
  d(`Vi hade ett samtal med Oskar om kommentarerna han fått i lunchrummet – han är adopterad från Colombia och trött på frågor om "var han egentligen kommer ifrån".`, 'ethnic-origin'),
  d(`Studiehandledning på arabiska, somaliska och dari erbjuds till nyanlända elever. Ansök via elevhälsan.`),
  d(`Sverigefinska Pirjo på korttids vill läsa finska tidningar, går det att ordna via biblioteket?`, 'ethnic-origin'),

  // --- biometric ---
  d(`Ärende i IT: Windows Hello känner inte igen mitt ansikte längre efter att jag fått glasögon. Kan ni nollställa ansiktsmallen så jag kan registrera en ny?`, 'biometric'),
  d(`Polisen har tagit fingeravtryck och foto på mannen som greps i receptionen. Vi har lämnat över övervakningsfilmen.`, 'biometric', 'criminal-record'),
  d(`Passkontoret: Sökanden kunde inte lämna fingeravtryck p g a eksem på båda händerna. Undantag noterat i ansökan.`, 'health'),
  d(`Utredning: Ska vi tillåta inloggning med fingeravtryck på surfplattorna i hemtjänsten? DPO behöver göra en konsekvensbedömning.`),
  d(`Irisskanningen vid forskningslabbets dörr har registrerat Dr Okafors iriskod. Han har nu tillgång till BSL3-rummet.`, 'biometric'),

  // --- sex life ---
  d(`Eleven berättade för kuratorn att hon är bisexuell och blir retad för det av klasskamrater i 9C.`, 'sex-life'),
  d(`Tips till personalen: använd gärna könsneutrala ord som "partner" när ni frågar om anhöriga.`),
  d(`Brukaren har en pojkvän som besöker honom på boendet varannan helg. Personalen har ibland gått in utan att knacka – det måste upphöra.`, 'sex-life'),
  d(`Jag är själv ickebinär och har bett HR att ändra titeln i signaturen från "Fru" till inget alls. Hur lång tid tar det?`, 'sex-life'),

  // --- genetic ---
  d(`Mammans gentest har visat att hon bär anlag för Duchennes muskeldystrofi. Vi rekommenderar att även hennes syster erbjuds testning.`, 'genetic', 'health'),
  d(`Forskningsprojektet om ärftlighet vid typ 1-diabetes söker deltagare. Information finns på regionens webbplats.`),
  d(`Familjen Eriksson har bekräftad familjär hyperkolesterolemi enligt den genetiska analysen. Pojken (8) ska följas på lipidmottagningen.`, 'genetic', 'health'),

  // --- grades ---
  d(`Resultat från matteprovet i 7A: Ali 18/30, Siri 27/30, Melvin 11/30 (under gränsen för godkänt). Omprov v 12.`, 'grades'),
  d(`Kan du kolla om Wilma fått sitt betyg i idrott? Det står streck i Vklass och hon behöver det till ansökan.`),
  d(`IUP Theo, åk 3: Han når målen i matematik men inte i svenska. Läsförståelse behöver extra stöd; mål till våren är att läsa kapitelböcker självständigt.`, 'grades'),
  d(`Komvux: Kursen Engelska 6 avslutad för Hanna Blom med betyg D. Frånvaron var 12 %. Intyg skickas hem.`, 'grades'),
  d(`Statistik: andelen elever med godkänt i alla ämnen i åk 9 var 78 % i år.`),

  // --- credentials ---
  d(`Inloggning till bokningssystemet för bilpoolen: användarnamn hemtj.vast, lösenord Bil2026pool. Sprid inte utanför gruppen.`, 'credentials'),
  d(`Byt lösenord var 90:e dag. Lösenordet ska ha minst 12 tecken och får inte innehålla ditt namn.`),
  d(`Pinkoden till skrivaren på plan 2 är 1357 om någon undrar`, 'credentials'),
  d(`Ärende #50211 stängt. Användaren har fått ett nytt SITHS-kort och valt egen PIN på plats.`),

  // --- political, religion, union, criminal extras ---
  d(`Enhetschefen på Solbacken är kommunalråd för Moderaterna i grannkommunen på fritiden. Kan det bli jäv när vi köper platser därifrån?`, 'political-opinion'),
  d(`Jag sitter i fullmäktige för Centerpartiet och behöver ledigt för sammanträden, hur ansöker jag om det?`, 'political-opinion'),
  d(`Kommunens riktlinje om partipolitisk neutralitet i skolan gäller också skolvalet i september.`),
  d(`Min kollega har börjat bära slöja och får kommentarer från en brukare. Hur ska vi stötta henne?`, 'religion'),
  d(`Rummet för stillhet och bön på plan 1 kan användas av alla, oavsett tro.`),
  d(`Hej, jag är ny förtroendevald för ST på Skatteverkets kontor här. Hör av dig om du har frågor om arbetsmiljön.`, 'trade-union'),
  d(`Avgiften till Vårdförbundet dras automatiskt från lönen för de medlemmar som valt det.`),
  d(`Han avtjänar ett fängelsestraff på Kumla till 2028, så umgänget med barnen sker via videosamtal som socialtjänsten bokar.`, 'criminal-record', 'social'),
  d(`Frivården har kontaktat oss om en klient som ska utföra samhällstjänst på secondhandbutiken. Vi behöver veta om han kan jobba ensam.`, 'criminal-record'),
  d(`Info från säkerhetsenheten: anmäl alltid hot och våld mot personal till polisen. Rutin och blankett finns på intranätet.`),

  // --- short chat / misc negatives ---
  d(`kommer 10 min sent, bussen står still vid Gamlestaden`),
  d(`Kan någon ta telefonen på receptionen mellan 12 och 13? Jag har lunchmöte med vårdcentralens chef om samverkan.`),
  d(`Tack för idag! Protokollet från APT kommer på måndag.`),
  d(`Folktandvården Väst: Påminnelse om din tid för undersökning tisdag 3 juni kl 10.30. Ta med legitimation. Avbokning senast dagen innan, annars debiteras avgift.`),
  d(`Vi har uppdaterat blanketten för ansökan om bostadsanpassningsbidrag. Den gamla tas bort 1 juli.`),
  d(`Hej, finns det någon som kan hjälpa mig med Excel-makrot för närvarorapporterna?`),
  d(`Vem ansvarar för nyckelskåpet i Kv. Uttern nu när Berit gått i pension?`),
  d(`Skolsköterskan har öppen mottagning varje onsdag 12–14. Ingen tidsbokning behövs.`),
  // --- indirect, euphemistic, spread over sentences ---
  d(`Du undrade varför Stina inte svarat på mejlen. Hon är hemma igen med sitt "vanliga". Det är tredje gången i år att hon inte orkar ta sig upp på morgonen och doktorn har skrivit ut henne på heltid till efter påsk.`, 'health'),
  d(`Har pratat med Jörgens fru. Det var inte en vanlig förkylning – han ligger på Sahlgrenska sedan i söndags, och de vet inte när han kan komma tillbaka. Vill inte att det sprids.`, 'health'),
  d(`ang. Lotta: hon har börjat dricka igen enligt grannarna, och barnen har varit ensamma hemma två kvällar. Vi öppnar utredning enligt 11 kap. 1 § SoL.`, 'social', 'health'),
  d(`Jag orkar inte riktigt just nu. Det är samma mörker som för två år sen och jag har fått tid hos psykologen på företagshälsan på torsdag. Kan du täcka upp mina möten?`, 'health'),
  d(`Sorry for the late reply – I've been on sick leave for two weeks after my surgery. Back part-time from Monday.`, 'health'),
  d(`Hon har varit ”på det där stället” utanför Göteborg i tre månader nu, för att bli kvitt tabletterna. Kommer tillbaka till hemtjänstgruppen i april om allt går bra.`, 'health'),
  d(`Vi har förstått att Hampus inte bor hemma längre. Han har flyttats till ett familjehem i en annan kommun efter beslut av socialnämnden, och skolan ska skicka hans papper dit.`, 'social'),
  d(`Ni vet väl att Göran, han i receptionen, satt inne några år på 90-talet? Han har pratat öppet om det, men tycker ni att han ska hantera kassan?`, 'criminal-record'),
  d(`Hans pappa har hört av sig igen. Han dömdes ju för misshandel av mamman i våras och har kontaktförbud, så han får inte komma till förskolan – ring 112 om han dyker upp.`, 'criminal-record'),
  d(`Mamman vill inte att någon ska kunna hitta familjen. Adressen i systemet är inte den riktiga – Skatteverket har godkänt det. Fråga mig innan ni skickar något.`, 'protected-identity'),

  // --- writer themselves ---
  d(`Bara så ni vet: jag är diabetiker (typ 1) och kan behöva äta något under långa möten. Det är inget konstigt om ni ser mig ta fram en banan mitt i en presentation.`, 'health'),
  d(`Jag har själv suttit i fängelse för narkotikabrott för länge sen och vill berätta det för dig som ny chef innan du hör det från någon annan.`, 'criminal-record'),
  d(`I'm Jewish and would like to take Rosh Hashanah off this year. Is that possible as an unpaid day or do I use vacation?`, 'religion', 'ethnic-origin'),
  d(`Jag har fått ett gentest som visar att jag bär på Lynch syndrom. Det innebär täta koloskopier framöver, så jag kommer att vara borta en dag var 18:e månad.`, 'genetic', 'health'),
  d(`Jag har bytt till Akademikerförbundet SSR i januari. Ni som sköter löneavdragen – kan ni uppdatera det?`, 'trade-union'),
  d(`Jag tjänar 27 800 kr i månaden och min hyra är 9 400 – vet inte hur jag ska klara december. Finns det något förskott på lön att få?`, 'salary'),
  d(`Min lön sätts in på Danske Bank 1201-00 334 59. Kan du kolla om utlägget för kursen också gick dit?`, 'bank-account'),
  d(`Mitt senaste utvecklingssamtal slutade med att chefen sa att jag "saknar driv". Jag vill gärna ha en annan person med nästa gång.`, 'hr-assessment'),
  d(`Jag är gift med en man och vi ska adoptera – finns det något särskilt jag ska tänka på när jag ansöker om föräldraledighet? /Johan`, 'sex-life'),
  d(`jag är med i S-föreningen här i stan och ska stå på listan i valet, måste jag anmäla det som bisyssla?`, 'political-opinion'),

  // --- more biometric / genetic / payment / secrecy ---
  d(`Rekonstruktion: röstprofilen från bedragaren i telefonsamtalen stämmer enligt NFC med den misstänkte 34-åringen. Protokoll finns i ärende 5000-K88312-26.`, 'biometric', 'criminal-record'),
  d(`Kan ni ta bort mina fingeravtrycksdata från passagesystemet nu när jag slutar? Enligt IT ligger mallen kvar under mitt anställningsnummer 22871.`, 'biometric'),
  d(`Frågor om biometrisk inloggning i journalsystemet tas upp på nästa möte med informationssäkerhetsgruppen.`),
  d(`Pojken har genomgått kromosomanalys som visade Fragilt X. Resultatet har förklarats för föräldrarna och skolan får informationen med deras samtycke.`, 'genetic', 'health'),
  d(`Har ni kortnumret till Elsas bankkort? Hon har tappat det igen på boendet. Det är 4103 7252 9419 2257 enligt hennes gode man, som vill spärra det.`, 'payment-card', 'social'),
  d(`Handlingen är sekretessprövad och uppgifterna om barnens vårdnadshavare har maskats med hänvisning till 26 kap. 1 § OSL innan den lämnades till tidningen.`, 'secrecy'),
  d(`Utbildning "Offentlighet och sekretess i praktiken" – praktiska övningar med OSL 25 och 26 kap. Alla nya handläggare ska gå.`),
  d(`Uppgifterna om hans hälsotillstånd omfattas av sekretess och får inte lämnas ut till arbetsgivaren utan hans samtycke. Ring mig om ni behöver mer.`, 'secrecy', 'health'),

  // --- more grades / hr / credentials / salary mixed ---
  d(`Elin i 2NA har bara varit på 4 av 11 kemilektioner och riskerar F. Vi har försökt nå mamma flera gånger. Jag tror det finns något hemma också, hon har sagt att pappa "bråkar".`, 'grades'),
  d(`Betygsvarning skickad till vårdnadshavare för Omar Nasser, 3TE, kursen Historia 1b. Fyra uppgifter saknas.`, 'grades'),
  d(`Lärarna i arbetslag B ska lämna preliminära omdömen till mentorerna senast 20 november.`),
  d(`login till Skolverkets provtjänst för vår skola: skola.hagaby / Np9#Hagaby2026 – provsekreteraren behöver det imorgon`, 'credentials'),
  d(`Hej Servicedesk, jag har glömt min PIN till SITHS-kortet. Kan ni låsa upp? Har 3 försök kvar.`),
  d(`Resultat från lönekartläggning och lönesamtal för Sanna Ruiz: placeras i lönesteg 4, 39 200 kr, bedömning "överträffar förväntningarna" i ledarskap.`, 'salary', 'hr-assessment'),
  d(`Assessment from the probation period for our new developer (Karim): very strong technically, needs to improve communication with the business side. Recommend permanent position.`, 'hr-assessment'),

  // --- religion / ethnic / political / sex-life / union, extra ---
  d(`Boende i lgh 4 vill ha hjälp att komma till Pingstkyrkan varje söndag – kan ledsagaren åka med?`, 'religion'),
  d(`Klienten berättade att hon konverterat från islam till kristendomen och därför blivit hotad av sin familj. Hon vill inte bo i samma stad längre.`, 'religion', 'social'),
  d(`Ny brukare på boendet: Aino, född i Finland, kom hit som 20-åring och pratar mest finska nu när demensen har tilltagit.`, 'ethnic-origin', 'health'),
  d(`Han sa själv att han är kurd från Turkiet och inte vill ha en turkisk tolk. Boka en kurmanjitolk i stället.`, 'ethnic-origin'),
  d(`Kommunen deltar i Pride-paraden med personal från fritid och socialtjänst. Anmäl dig senast 15 juli.`),
  d(`Kvinnan har berättat för barnmorskan att hon lever i en polyamorös relation och vill att båda partnerna ska få närvara vid förlossningen.`, 'sex-life', 'health'),
  d(`hej! du är väl fortfarande ordförande i Kommunals sektion här? kan du ringa mig om schemat`, 'trade-union'),
  d(`Skolans elevråd ordnar skolval vecka 37. Partierna bjuds in till debatt i aulan.`),
  d(`Ett par föräldrar har klagat på att läraren i SO har pratat om sitt engagemang i Vänsterpartiet under lektionerna.`, 'political-opinion'),

  // --- more hard negatives ---
  d(`Ny medarbetare på löneenheten: Farhad, som kommer närmast från Skatteverket. Välkommen!`),
  d(`Personalklubben ordnar julbord 12 december. Vegetariskt, halal och glutenfritt alternativ finns – ange i anmälan.`),
  d(`Beroendemottagningen har flyttat till Hamngatan 5. Öppettider oförändrade.`),
  d(`Nästa vecka har vi besök från Kriminalvården som berättar om samarbetet kring frivård och arbetsträning.`),
  d(`Enligt LSS har personer med vissa funktionsnedsättningar rätt till insatser. Broschyren finns på lätt svenska, arabiska och somaliska.`),
  d(`Kan någon påminna mig om hur man beställer tolk via Tolkförmedlingen? Det är för ett nybesök nästa vecka.`),
  d(`Genomgång av GDPR och känsliga personuppgifter (hälsa, etnicitet, religion, politiska åsikter, fackmedlemskap) för alla chefer 4 mars.`),
  d(`Kom ihåg att ta bort gamla passerkort från inaktiva användare innan revisionen.`),
  d(`Vi har fått en ny klient som remitterats från vårdcentralen, handläggare utses på måndagens ärendedragning.`),
  d(`Bankgiro och plusgiro för kommunens kundfakturor finns längst ner på fakturan.`),
  d(`Blodgivning på stadshuset tisdag 10–15. Alla friska personer 18–60 år är välkomna.`),
  d(`Vi diskuterade i ledningsgruppen hur vi ska minska sjukfrånvaron på enheterna i nordost – den ligger på 9,4 % mot 6 % i kommunen totalt.`),
  // --- last additions ---
  d(`Återbetalning av för mycket inbetald avgift för skolbarnsomsorg: familjen Johansson, belopp 2 460 kr, till konto ICA Banken 9270-418 662 3.`, 'bank-account'),
  d(`Till ekonomi: stipendiet till Amanda Frid (kulturstipendiet 2026, 25 000 kr) ska betalas ut till hennes konto Swedbank 8105-9, 924 611 503-2.`, 'bank-account'),
  d(`Ange inte bankuppgifter i fritextfältet – använd fältet "Utbetalningskonto" längre ner i ansökan om ekonomiskt bistånd.`),
  d(`Obs! Eleven Linnea i 4B har skyddad identitet. Hon får inte synas på klassfotot eller på skolans Instagram. Vikarier ska informeras muntligt.`, 'protected-identity'),
  d(`Hej registrator, handlingen från Skatteverket om att familjen fått kvarskrivning ska diarieföras utan namn och adress. Hur gör jag i W3D3?`, 'protected-identity'),
  d(`Röstbrevlådan på växeln har en ny funktion för röstverifiering. Inga anställdas röster lagras förrän vi har gjort en konsekvensbedömning.`),
  d(`Medarbetaren Therese Lind har registrerat ansiktsdata i det nya inpasseringssystemet i kommunhuset; hennes bild sparas som biometrisk mall kopplad till kortnummer 88213.`, 'biometric'),
  d(`Ärende #51002: Handflatsskannern i läkemedelsrummet på avd 14 läser inte in Sofias handflatsmönster. Hon har fått en ny registrering, gammal mall raderad.`, 'biometric'),
  d(`Genetiska utredningen av familjen är klar: pappan och båda döttrarna har den ärftliga mutationen för hypertrofisk kardiomyopati. Döttrarna remitteras till barnkardiologen.`, 'genetic', 'health'),
  d(`Hej! NIPT-svaret för Rebecca har kommit: inga tecken på trisomi 13, 18 eller 21 hos fostret. Kan du ringa henne idag? Hon är väldigt orolig.`, 'genetic', 'health'),
  d(`Genetiska analyser av patientprover får bara beställas av läkare. Beställningsrutinen uppdaterades i mars.`),
  d(`Fikarummet är bokat på torsdag för studiebesök från Lunds universitet.`),
  d(`Har någon laddaren till projektorn i Stora salen? Den försvann efter mötet med Arbetsförmedlingen.`),
];
