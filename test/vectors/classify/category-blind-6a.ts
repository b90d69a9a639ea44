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
];
