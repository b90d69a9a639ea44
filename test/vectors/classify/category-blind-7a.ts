/**
 * Category blind set 7a — BLIND.
 *
 * Written by a corpus-writer agent from the labelling guide alone (/tmp/label-guide.md), without reading the
 * classifier, its training data or any other corpus. It must never be used for training, tuning or keyword
 * mining; the lead scores it once to measure the classifier on text it has never seen.
 *
 * Style: SHORT texts — one line to about eight lines: single e-mail bodies, subject-like one-liners, chat
 * messages, notes, replies, reminders and forwarded snippets; mostly Swedish, about a fifth English; many
 * voices and registers (case notes, sloppy chat, HR system mails, school messages, ticket systems, minutes).
 * Hard negatives use the same vocabulary as the positives but disclose nothing about a specific person.
 *
 * All names, numbers, addresses, codes and other details are invented; there are no personnummer.
 */
import type { CategoryType } from '../../../src/core/classify/types.js';
import type { LabelledDocument } from './category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const CATEGORY_BLIND_7A: readonly LabelledDocument[] = [
  // ---- chunk 1 ----
  d(`Hej! Linnea är sjukskriven resten av veckan, hon ringde in i morse. Kan någon ta hennes pass på torsdag?`, 'health'),
  d(`Påminnelse: influensavaccinationen för personalen sker i personalrummet tisdag 13–15. Ta med legitimation.`),
  d(`Sv: ledig tjänst
Tack för frågan. Vi söker en sjuksköterska med erfarenhet av diabetesvård, tjänsten är på 80 %.`),
  d(`Jonas har fått diagnosen typ 1-diabetes och behöver kunna äta mellanmål under lektionerna, meddela alla mentorer.`, 'health'),
  d(`btw koden till förrådet är ändrad till 4471#, den gamla funkar inte längre`, 'credentials'),
  d(`Kom ihåg att byta lösenord innan fredag, systemet kräver minst 12 tecken.`),
  d(`Hi Maria, my new login for the booking portal is user "jpetters" / pw Sommar!2026 — can you check if it works from your side?`, 'credentials'),
  d(`IT-support: Vi kommer aldrig att be dig om ditt lösenord via e-post. Misstänkt mejl? Vidarebefordra till phishing@kommunen.example.`),
  d(`Ärende 2026-4411: Orosanmälan inkommen från förskolan avseende pojken Elias, 4 år. Förhandsbedömning påbörjad.`, 'social'),
  d(`Utbildningsdag om orosanmälningar för förskolepersonal, 12 mars. Anmälan till Karin senast 1 mars.`),
  d(`Familjen Haddad har beviljats ekonomiskt bistånd för februari, 9 340 kr. Utbetalning sker den 25:e.`, 'social'),
  d(`Riksnormen för försörjningsstöd 2026 är nu uppdaterad i verksamhetssystemet.`),
  d(`Nytt konto för min lön: Swedbank, clearing 8327-9, konto 914 552 103-4. /Peter Lund`, 'bank-account'),
  d(`Lönen betalas ut den 25:e varje månad. Ändringar av kontouppgifter görs i självservice senast den 10:e.`),
  d(`Hej Åsa, kan vi ses om löneöversynen? Jag tycker att 34 200 kr är för lågt med tanke på mitt utökade ansvar.`, 'salary'),
  d(`Lönesamtalen för förvaltningen hålls under vecka 14–16, din chef bokar tid.`),
  d(`Fyi: Ahmed fick 1 100 kr i påslag, hamnar på 38 900. Han är inte nöjd.`, 'salary'),
  d(`Till: Lönekontoret
Ämne: Fel i utbetalning
Hej, min OB-ersättning för december saknas, totalt borde det vara 2 870 kr extra. Mvh Sara Nyström, hemtjänsten Norr`, 'salary'),
  d(`Eleven har F i matematik och E i svenska efter höstterminen. Föreslår extra anpassningar.`, 'grades'),
  d(`Betygen ska vara inlagda i Skolverket-systemet senast 5 juni kl. 16.`),
  d(`Till vårdnadshavare för Leo i 8B: Leo har 27 % frånvaro denna månad, varav mycket ogiltig. Vi vill boka ett möte.`, 'grades'),
  d(`Fråga om frånvarorapporteringen – hur registrerar man en halv dag i Schoolsoft?`),
  d(`Mina senaste provresultat i kemi: 14/40, inte godkänt. Kan jag göra omprov?`, 'grades'),
  d(`Skriv under med BankID i stället för att skicka kortuppgifter via mejl. Vi tar aldrig emot kortnummer på det här sättet.`),
  d(`Hej, här är kortet för konferensbokningen: 4453 3314 7893 2885, giltigt 09/28, CVC 412. Kortet står på Emma Berg.`, 'payment-card'),
  d(`Kan du lägga in resan på mitt företagskort? Nummer 5124 8107 5690 0728, utg. 11/27.`, 'payment-card'),
  d(`Säkerhetsteamet påminner: kortnummer i klartext i ärendesystemet är förbjudet.`),
  d(`Mötesanteckning medarbetarsamtal, Kristian: når inte målen i dokumentationen, upprepade förseningar, handlingsplan upprättas.`, 'hr-assessment'),
  d(`Mall för medarbetarsamtal 2026 finns nu på intranätet under Chef & ledare.`),
  d(`Skriftlig erinran till Malin Ek, utdelad 3/2 efter upprepade sena ankomster utan anmälan.`, 'hr-assessment'),
  d(`Bra jobbat alla med inventeringen i fredags!`),
  d(`hej! jag är med i Kommunal sen i våras, ska jag meddela lön att avgiften ska dras?`, 'trade-union'),
  d(`Vision bjuder på frukost för medlemmar torsdag kl 8 i matsalen.`),
  d(`Annika är skyddsombud för Vårdförbundet på avdelning 12 och vill vara med på mötet om bemanningen.`, 'trade-union'),
  d(`Facklig förhandling enligt 11 § MBL om omorganisationen, 20 april kl. 10.`),
  d(`Obs! Barnet har skyddade personuppgifter. Ingen information får lämnas om vilken förskola hon går på.`, 'protected-identity'),
  d(`Rutin för hantering av skyddade personuppgifter är reviderad, läs igenom innan nästa APT.`),
  d(`Vi har fått veta att Mikael Strand har sekretessmarkering, så skicka inga utskick till folkbokföringsadressen.`, 'protected-identity'),
  d(`Uppgifterna i denna bilaga omfattas av sekretess enligt 26 kap. 1 § OSL och får inte lämnas vidare.`, 'secrecy'),
  d(`Kursen "Offentlighet och sekretess för nyanställda" ges igen i maj.`),
  d(`Utredningen om Kevin B. (15) är sekretessprövad, se 26 kap. OSL. Lämnas ej ut utan menprövning.`, 'secrecy', 'social'),
  d(`Han dömdes för ringa narkotikabrott förra året, så vi måste ta upp det med säkerhetsansvarig innan han får passerkort.`, 'criminal-record'),
  d(`Utdrag ur belastningsregistret krävs för alla som ska arbeta med barn. Beställ via polisen.se.`),
  d(`Utdraget för Jenny Sandberg är kontrollerat, inga noteringar. Hon kan börja måndag.`, 'criminal-record'),
  d(`Polisanmälan är gjord mot hyresgästen i lgh 1102 för skadegörelse i tvättstugan.`, 'criminal-record'),
  d(`Anmäl alltid skadegörelse i tvättstugan till fastighetsjouren.`),
  d(`Hon är hemma med sin depression igen, tror inte hon kommer tillbaka före jul.`, 'health'),
  d(`Friskvårdsbidraget höjs till 3 000 kr från 1 januari.`),
  d(`Sv: Rehabmöte
Vi bokar in rehabiliteringsmöte med Olle och Försäkringskassan nästa vecka. Hans arbetsförmåga bedöms som 50 %.`, 'health'),
  d(`Påminnelse från Vårdcentralen Ängen: Du har en bokad tid 14 maj kl 09:20. Välkommen!`),
  d(`Patienten i sal 4 har fått ändrad dos Waran, 3 mg. Kontroll av PK-värde imorgon.`, 'health'),
  d(`Vi firar Eid på fritids med tårta på fredag, alla barn är välkomna!`),
  d(`Yasmin ber om att slippa schemaläggas under Ramadan-kvällarna eftersom hon fastar.`, 'religion'),
  d(`Pastor Lindqvist är ny präst i församlingen och kommer på besök till äldreboendet.`),
  d(`Mamman önskar att sonen inte äter fläskkött av religiösa skäl, de är muslimer. Lägg in i kostlistan.`, 'religion'),
  d(`Kostlistan för vecka 12 är klar; vegetariskt alternativ finns varje dag.`),
  d(`FYI the new intern, Daniel, is a local councillor for the Centerpartiet — he'll avoid the meetings about the planning case.`, 'political-opinion'),
  d(`Valet 2026: personal som arbetar i vallokaler får ersättning enligt bilaga.`),
  d(`Hörde att Jessica kandiderar för Sverigedemokraterna i fullmäktigevalet, är det inte jäv i bygglovsärendet?`, 'political-opinion'),
  d(`Frågan om ny simhall är politiskt känslig, vänta med pressmeddelandet till efter nämnden.`),
  d(`Pappan har berättat att familjen är romer och att han själv inte fick gå i skolan som barn.`, 'ethnic-origin'),
  d(`Kommunen är förvaltningsområde för finska språket, information finns på finska på webben.`),
  d(`Mormor är sverigefinne och vill ha hemtjänstpersonal som pratar finska.`, 'ethnic-origin', 'social'),
  d(`Kan du boka en tolk på tigrinja till mötet på onsdag?`),
  d(`Re: bemanning – Sami är samisk och vill ha ledigt under kalvmärkningen i juli, ok från mig.`, 'ethnic-origin'),
  d(`Resultatet från genetiska analysen visar att Tove bär på BRCA1-mutationen. Remiss till onkogenetiska mottagningen.`, 'genetic', 'health'),
  d(`Föreläsning om ärftlighet och genetik för vårdpersonal, aula 2, 14 oktober.`),
  d(`Mamma och två syskon har Huntingtons sjukdom, han vill inte testa sig själv än.`, 'genetic', 'health'),
  d(`Vi har registrerat ditt fingeravtryck i passersystemet, du kan nu öppna personalingången med det.`, 'biometric'),
  d(`Nya passersystemet med fingeravtrycksläsare installeras i vecka 40.`),
  d(`Ansiktsbilden för Nils Åberg har lagts in i kamerasystemets igenkänningsregister efter hotet mot receptionen.`, 'biometric'),
  d(`Hon berättade på samtalet att hon är lesbisk och inte har sagt det hemma. Hon vill inte att vi kontaktar föräldrarna om det.`, 'sex-life'),
  d(`Prideveckan: vi hissar flaggan utanför stadshuset måndag morgon.`),
  d(`Eleven heter numera Alex och använder hen, byt namn i närvarolistan men inte i registret förrän vårdnadshavare godkänt.`, 'sex-life'),
  d(`Kort om HBTQ-certifieringen: alla enheter ska vara klara till hösten.`),
  d(`Hej! Nya dörrkoden till Solgläntan från måndag: 2590. Radera sms:et efter du läst.`, 'credentials'),
  d(`Dörrkoden byts varje kvartal, du får den av din enhetschef.`),
  d(`LVU-placering av Noah verkställd i dag, familjehemmet ligger utanför kommunen. Vårdnadshavare informerade.`, 'social'),
  d(`Var kan man läsa mer om skillnaden mellan LVU och SoL-placering? Jag är ny.`),
  d(`Sv: sv: pass
ok jag tar det. men säg till Lisa att hon måste lämna läkarintyg från dag 8 den här gången.`, 'health'),
];
