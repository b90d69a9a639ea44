/**
 * Third tuning corpus, written for the method change of issue 5 (compound heads, disclosure
 * patterns, systematic vocabularies): positives in phrasings the earlier corpora lack, and hard
 * negatives aimed at the new mechanisms — compounds whose head has another meaning (vattenskada,
 * maktmissbruk), disclosure verbs with a topic word ("hon är läkare", "vår vision"), union and
 * party names in ordinary use, countries in travel and trade. Names are invented.
 */
import type { LabelledDocument } from './category-corpus.js';
import type { CategoryType } from '../../../src/core/classify/types.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const CATEGORY_CORPUS_3: readonly LabelledDocument[] = [
  // health: compounds, medicines, disclosure verbs
  d('Sture ramlade i trappan och har en höftfraktur, han opereras på fredag.', 'health'),
  d('Hej, Maja är hemma resten av veckan – magsjukan har gått runt på förskolan.', 'health'),
  d('Min pappa har fått lungcancern tillbaka och jag behöver vara ledig några dagar.', 'health'),
  d('Pelle äter Concerta sedan i höstas och fungerar mycket bättre på lektionerna.', 'health'),
  d('Linnéa lider av migrän och behöver kunna gå undan till ett mörkt rum.', 'health'),
  d('Jonas har varit långtidssjukskriven sedan olyckan och börjar arbetsträna i maj.', 'health'),
  d('Hon behandlas för bröstcancer på Sahlgrenska och är borta varannan vecka.', 'health'),
  d('Eleven har typ 1-diabetes och måste kunna äta mellanmål under lektionen.', 'health'),
  d('Karl har ryggsmärtor efter diskbråcket och kan inte lyfta tunga lådor.', 'health'),
  d('Our colleague Tom has been diagnosed with Crohn’s disease and works from home on bad days.', 'health'),
  d('Kan du sätta upp en ny kaffebryggare i personalrummet? Den gamla har fått en vattenskada.'),
  d('Styrelsen diskuterade risken för maktmissbruk i den nya delegationsordningen.'),
  d('Hon är läkare på vårdcentralen i Mölndal och håller i föreläsningen om sömn.'),
  d('Temadag om diabetes och kost för alla medarbetare i köket, anmälan till Eva.'),
  d('Vi har en betalningssvikt hos leverantören, fakturan är inte betald sedan mars.'),
  d('Fastighetsskadan i källaren åtgärdas nästa vecka, ställ inga saker på golvet.'),
  d('Behandlingen av personuppgifter i det nya systemet beskrivs i bilagan.'),
  // social
  d('Hej! Familjen Ahmadi har fått avslag på försörjningsstödsansökan och vill överklaga.', 'social'),
  d('Hennes son har ett omfattande alkoholmissbruk och bor just nu på ett behandlingshem.', 'social'),
  d('Beslut: Lisa beviljas kontaktfamilj en helg i månaden enligt 4 kap. 1 § SoL.', 'social'),
  d('Pojken har personlig assistans och daglig verksamhet enligt LSS.', 'social'),
  d('Kommunens kapitalplacering i räntefonder redovisas i bokslutet.'),
  d('Bordsplaceringen till julbordet skickas ut på måndag.'),
  // trade union
  d('Mats är med i IF Metall och vill att klubben deltar vid förhandlingen om omplaceringen.', 'trade-union', 'hr-assessment'),
  d('Jag tillhör Vårdförbundet och har bett om stöd inför samtalet med chefen.', 'trade-union'),
  d('Vår vision är att bli Sveriges bästa arbetsgivare inom kommunal verksamhet.'),
  d('Hon har en vision om en mer hållbar kommunal förvaltning.'),
  d('Unionen publicerar en ny lönestatistik för tjänstemän i juni.'),
  // political opinion
  d('Anders röstade på Miljöpartiet i valet och har nu gått med i partiets lokalavdelning.', 'political-opinion'),
  d('Hon är aktiv i Grön Ungdom och har stått vid valstugan varje helg.', 'political-opinion'),
  d('Moderaterna och Socialdemokraterna är överens om budgeten i fullmäktige.'),
  d('Han är moderat i sina krav och vill hitta en kompromiss.'),
  // religion
  d('Yusuf är praktiserande muslim och önskar ledigt för fredagsbönen.', 'religion'),
  d('Anna tillhör Pingstkyrkan och vill inte delta i midsommarfesten av religiösa skäl.', 'religion'),
  d('Stadsmissionen samlar in julklappar, lämna dem i receptionen.'),
  d('Konserten i kyrkan börjar klockan 18, alla elever sjunger.'),
  // ethnic origin
  d('Föräldrarna flydde från Syrien 2015 och barnen talar arabiska hemma.', 'ethnic-origin'),
  d('Amina är född i Somalia och behöver tolk vid mötet.', 'ethnic-origin'),
  d('Leveransen från Polen är försenad, lastbilen står vid gränsen.'),
  d('Hon är i Grekland på semester och svarar inte på mejl förrän den 12:e.'),
  // criminal record
  d('Den sökande har tidigare dömts för grov misshandel, enligt domen från tingsrätten.', 'criminal-record'),
  d('Vår medarbetare greps för rattfylleri i helgen och är avstängd i väntan på utredning.', 'criminal-record', 'hr-assessment'),
  d('Polisen informerar om inbrott i området, lås era cyklar.'),
  // sex life
  d('Sara lever i ett samkönat förhållande och vill inte att det tas upp på arbetsplatsen.', 'sex-life'),
  d('Pridefestivalen i parken har ett program för barnfamiljer.'),
  // grades
  d('Noah har fått E i matematik men riskerar F i kemi om labbrapporten inte lämnas in.', 'grades'),
  d('Betygskriterierna för kursen finns på lärplattformen.'),
  // hr assessment
  d('Efter två samtal om bristande prestation ska Jenny få en skriftlig varning.', 'hr-assessment'),
  d('Mall för medarbetarsamtal 2025 finns nu på intranätet för alla chefer.'),
  // second batch: everyday phrasings per category, and their look-alikes
  d('Hej! Vilma ligger inlagd på sjukhus efter en blindtarmsoperation och kommer inte på utflykten.', 'health'),
  d('Ahmed har fått en hjärnskakning på fotbollsträningen och ska vila från skärmar i en vecka.', 'health'),
  d('Min kollega går på KBT hos en psykolog varannan vecka, så hon slutar tidigt på torsdagar.', 'health'),
  d('Jag väntar barn och har beräknad förlossning i november.', 'health'),
  d('Gunnar tar blodtrycksmedicin och blir yr om han står länge i värmen.', 'health'),
  d('Rektorn har kallat till möte om nya läromedel i biologi, kapitlet om sjukdomar och immunförsvar.'),
  d('Jag är föräldraledig från och med måndag, hör av er till Karin under tiden.'),
  d('Familjen har romsk bakgrund och önskar en modersmålslärare i romani.', 'ethnic-origin'),
  d('Lina är adopterad från Colombia och vill veta mer om sitt ursprung.', 'ethnic-origin'),
  d('Ny leverantör av kaffe från Colombia, prova i fikarummet!'),
  d('Han kandiderar för Centerpartiet i kommunvalet och vill inte att kunderna får veta det.', 'political-opinion'),
  d('Kommunvalet 2026 – så röstar du, information från valnämnden.'),
  d('Hon bär hijab och önskar halalkost i skolmatsalen.', 'religion'),
  d('Eftersom han är Jehovas vittne firar han inte födelsedagar i klassen.', 'religion'),
  d('Skolan ordnar julavslutning i kyrkan, den som vill kan stanna kvar i skolan.'),
  d('Hon har kontaktat sitt fackombud på Kommunal inför omplaceringen.', 'trade-union', 'hr-assessment'),
  d('Per är organiserad i Unionen och betalar fackavgift via lönen.', 'trade-union'),
  d('Förhandling enligt MBL med de fackliga organisationerna sker den 4 juni.'),
  d('Provet visade att Elsa är bärare av en genmutation som ger ökad risk för bröstcancer.', 'genetic', 'health'),
  d('Leverantören erbjuder inloggning med ansiktsigenkänning på de anställdas mobiler.', 'biometric'),
  d('Han har en pojkvän sedan ett år men har inte berättat det för sina föräldrar.', 'sex-life'),
  d('Hon är transperson och vill bli kallad Alex i klassrummet.', 'sex-life'),
  d('Mannen sitter i fängelse för olaga hot och beräknas friges i augusti.', 'criminal-record'),
  d('Sökanden har en dom för olaga hot från 2022, enligt utdraget.', 'criminal-record'),
  d('Intern kontroll: hot och våld mot personal ska rapporteras i systemet.'),
  d('Familjen har kontakt med socialtjänsten och får stöd av en familjebehandlare.', 'social'),
  d('Johan bor på ett HVB-hem i Borås sedan i våras.', 'social'),
  d('Socialtjänsten har nytt telefonnummer från och med 1 april.'),
  d('Vi har beslutat att inte förlänga hans provanställning på grund av brister i samarbetet.', 'hr-assessment'),
  d('Oscar fick underkänt på provet i historia och har F i ämnet just nu.', 'grades'),
  d('Provet i historia skrivs på tisdag i sal 3, ta med penna.'),
  d('Hennes lön är 35 500 kr i månaden enligt avtalet.', 'salary'),
  d('He has been off work with pneumonia since Monday.', 'health'),
  d('She told me she is a member of the Green Party and campaigns on weekends.', 'political-opinion'),
  d('The new hospital wing opens in March; the press release is attached.'),
  // third batch: the smaller categories and mixed mails
  d('Inför lönesamtalet: Emil har inte nått sina mål och uppfattas som svår att samarbeta med.', 'hr-assessment'),
  d('Resultatet från Karins kognitiva test var lågt och vi går inte vidare med henne i rekryteringen.', 'hr-assessment'),
  d('Alla chefer ska genomföra medarbetarsamtal före sommaren enligt årshjulet.'),
  d('Wilma har 40 % ogiltig frånvaro i svenska och kommer troligen inte att få ett betyg.', 'grades'),
  d('Elias fick ett C på nationella provet i engelska men ett E i terminsbetyget.', 'grades'),
  d('Betygen sätts den 10 juni, därefter är lärarna lediga.'),
  d('Hans lön höjs till 46 000 kr från oktober efter omförhandlingen.', 'salary'),
  d('Lönestrukturen för sjuksköterskor presenteras på nästa ledningsgrupp.'),
  d('Observera att familjen har skyddad adress, använd aldrig hemadressen i utskick.', 'protected-identity'),
  d('Uppgifterna i bilagan är sekretessbelagda enligt 39 kap. 1 § OSL.', 'secrecy'),
  d('Passerkorten ersätts av handflatsläsare som lagrar de anställdas biometriska mallar.', 'biometric'),
  d('Ny kod till porten: 4711, gäller från måndag.'),
  d('Hej, här är inloggningen till bokningssystemet: användarnamn: frida.k, lösenord: Vinter#24', 'credentials'),
  d('Kim har haft panikattacker på jobbet och är sjukskriven på halvtid.', 'health'),
  d('Omar är med i Kommunal men vill inte att facket kontaktas om rehabiliteringen.', 'trade-union', 'health'),
  d('Sökanden har suttit på anstalt för grovt narkotikabrott.', 'criminal-record'),
  d('Pappan har ett spelberoende och familjen har fått skulder hos Kronofogden.', 'social', 'health'),
  d('Hon är troende katolik och går i mässan varje söndag.', 'religion'),
  d('Han uppger att han är homosexuell och därför inte kan återvända.', 'sex-life'),
  d('Sökanden uppger att han är hazar och har förföljts i hemlandet.', 'ethnic-origin'),
  d('Fullmäktige beslutade i går att bygga en ny sporthall vid skolan.'),
  d('Katten har cancer och min sambo är helt förstörd, jag tar ledigt i eftermiddag.'),
  // credentials
  d('Lösenordet till lagerdatorn är Gran4ten! – byt det efter första inloggningen.', 'credentials'),
];
