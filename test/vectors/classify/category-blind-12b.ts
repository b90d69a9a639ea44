/**
 * Category blind set 12b — BLIND.
 *
 * Written in session 8 by a corpus-writer agent from the labelling guide (/tmp/label-guide.md) alone,
 * without reading the classifier, its training data or any other corpus. It is never to be used for
 * training, tuning or keyword mining; the lead scores it once to measure the classifier on unseen text.
 *
 * Style: longer, messy texts (roughly 8 to 40 lines) — forwarded threads with quoted history and
 * "Från: … Skickat: …" headers, signatures and legal disclaimers, meeting minutes and APT notes with
 * several agenda items, weekly summaries, chat exports with timestamps, ticket-system and HR-system mails,
 * case-note excerpts, newsletters and bullet lists, in Swedish and English. The sensitive fact, when there
 * is one, may sit anywhere (a quoted older mail, one agenda item, a PS); many texts use the same vocabulary
 * without disclosing anything about a person (hard negatives, no label).
 *
 * All names, numbers, addresses, accounts, cards and codes are invented.
 */
import type { CategoryType } from '../../../src/core/classify/types.js';
import type { LabelledDocument } from './category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const CATEGORY_BLIND_12B: readonly LabelledDocument[] = [
  d(`Hej Lena,

Vidarebefordrar nedan, se Kristoffers svar längst ner.

/Maja

Från: Kristoffer Ahlgren <kristoffer.ahlgren@vastervik-exempel.se>
Skickat: den 12 mars 2026 08:14
Till: Maja Sund <maja.sund@vastervik-exempel.se>
Ämne: SV: Schemat v. 12

Hej Maja!
Jag kan tyvärr inte ta passen på torsdag. Fick besked igår av vårdcentralen att jag har en diskbråck i ländryggen och läkaren har sjukskrivit mig på 50 % till och med 3 april. Intyget skickar jag i Adato i eftermiddag.

Mvh Kristoffer

> Från: Maja Sund
> Skickat: den 11 mars 2026 16:40
> Hej alla, vem kan ta extrapass torsdag och fredag v. 12? Svara senast imorgon.

--
Maja Sund, enhetschef Hemtjänst Norra
Tel 0490-55 12 40
Detta e-postmeddelande kan innehålla information som är konfidentiell. Om du fått det av misstag, meddela avsändaren och radera det.`, 'health'),
  d(`APT-protokoll Hemtjänst Norra, 2026-03-14

Närvarande: Maja S (ordf), Kristoffer A, Elin B, Sanna H, Roger T, Ayla K
1. Föregående protokoll – godkändes.
2. Arbetsmiljö: Sjukfrånvaron i gruppen ligger på 9,1 % för februari, vilket är något lägre än i januari. HR påminner om att sjukanmälan görs till chef före kl. 07.
3. Rehabkedjan – Elin från HR berättade kort om hur rehabiliteringsprocessen går till och vilka dag-gränser som gäller (dag 14, 90, 180).
4. Schemaläggning sommar – önskemål lämnas senast 15 april.
5. Övrigt: Kommunal har medlemsmöte den 20/3 i Folkets hus, lappar finns i fikarummet.

Vid protokollet: Ayla K`),
  d(`[2026-02-03 09:12] Jonna P: god morgon! någon som vet om Hampus kommer idag?
[2026-02-03 09:13] Tobbe: nej han ringde mig i går kväll, han har fått en ny depressionsperiod och är hemma hela veckan minst
[2026-02-03 09:13] Jonna P: oj stackarn. ok då tar jag hans mentorstid
[2026-02-03 09:15] Tobbe: 👍 skriv inte så mycket om det här i kanalen kanske, han vill inte att det sprids
[2026-02-03 09:16] Jonna P: nej såklart, sorry
[2026-02-03 09:20] Tobbe: ps glöm inte att fyllnadsvalen till elevrådet är på fredag`, 'health'),
  d(`Veckobrev vecka 7 – Förvaltningen för vård och omsorg

• Influensasäsongen är i full gång. Tvätta händerna och stanna hemma vid feber. Vaccination för personal erbjuds på tisdagar kl 13–15 i Hus B.
• Friskvårdsbidraget höjs till 3 000 kr från 1 juli.
• Ny rutin för sjukanmälan: ring din chef, inte schemaläggaren.
• Rehabiliteringsstöd: Företagshälsovården har öppet hus den 18/2, anmäl dig via intranätet.
• Tipsa gärna kollegor om vår kurs ”Psykisk hälsa på jobbet” som startar i april.

Trevlig helg!
Kommunikationsenheten`),
  d(`Hi Priya,

Just a heads-up before the project meeting on Monday. Daniel told me in confidence that he was diagnosed with type 1 diabetes in December and he is still adjusting his insulin doses, so he may need to step out for short breaks during the workshop. He is fine with you knowing but would prefer we don't mention it to the whole group.

Also: the venue has changed to room Älven 2, third floor.

Best,
Ruth

Ruth McAllister
International Coordinator, Region Exempelland
This message may contain confidential information intended only for the addressee.`, 'health'),
  d(`Från: Lars-Erik Ström
Skickat: tisdag 4 februari 2025 13:02
Till: Personalenheten
Ämne: Ang. rehabmöte

Hej,
Mötet med Försäkringskassan om Annika Berglunds arbetsförmåga är flyttat till 17/2 kl 10. Hon har fortfarande kraftig yrsel efter hjärnskakningen i oktober och klarar i nuläget max 4 timmar per dag. Arbetsterapeuten föreslår att vi provar anpassade arbetsuppgifter i receptionen.

Kan någon från er vara med?

Lars-Erik
Sektionschef, Tekniska kontoret`, 'health'),
  d(`Minnesanteckningar – nätverksträff för rehabiliteringssamordnare 2026-04-08

Deltagare: 11 samordnare från regionens kommuner.
Punkt 1: Statistik. Antalet pågående rehabiliteringsärenden har ökat med 14 % jämfört med 2025. Vanligaste orsakerna till sjukskrivning är fortsatt psykisk ohälsa och besvär i rörelseorganen.
Punkt 2: Nytt stödmaterial från Försäkringskassan om arbetsförmågebedömning presenterades.
Punkt 3: Erfarenhetsutbyte om hur man kan göra arbetsplatsanpassningar vid utmattningssyndrom, på generell nivå.
Punkt 4: Nästa träff 2026-09-10 i Borgholm.

Inga enskilda ärenden diskuterades.`),
  d(`Ärende #48812 – Beställning: hörselslinga

Status: Öppen
Beställare: Gunnel Fransson, Bygglov
Beskrivning:
Hej IT! Jag behöver hjälp att koppla in en hörselslinga i mötesrum Lärkan. Min kollega Bertil har fått hörapparat på båda öronen sedan i höstas efter att han tappat mycket av hörseln, och han hör inte vad som sägs på Teams-möten via högtalarna i rummet.

Prioritet: Normal
Tilldelad: Servicedesk nivå 2

--- Kommentar från Servicedesk (Josef) ---
Vi har en slinga i förrådet, kommer upp på onsdag förmiddag.`, 'health'),
  d(`Hej!

Påminnelse: Du har en tid hos Företagshälsan Exempelhälsan AB
Datum: torsdag 9 oktober 2025
Tid: 08:30
Plats: Storgatan 14, plan 2
Typ av besök: Hälsokontroll

Om du får förhinder, avboka senast 24 timmar innan via länken nedan eller ring 010-555 20 00. Uteblivet besök debiteras arbetsgivaren.

Med vänliga hälsningar
Exempelhälsan
Detta är ett automatiskt utskick, svara inte på detta mail.`),
  d(`Hej Sofie,

Tack för samtalet igår. Som vi pratade om så är jag gravid i vecka 14 och beräknad förlossning är i början av oktober. Jag har inte berättat för arbetsgruppen ännu, så jag vore tacksam om det stannar mellan oss tills efter APT i maj. Jag kommer att ansöka om föräldraledighet från ca 20 september.

En sak till: jag mår ganska illa på morgnarna, är det okej att jag börjar 9.30 istället för 8 några veckor framöver?

Hälsningar
Linnea

Linnea Öhman
Socialsekreterare, Barn och unga`, 'health'),
  d(`Sammanfattning av dagens morgonmöte, avd 23 (medicin)

- Sal 4 säng 2: pat Holger Nyström, 84 år, inkom igår med pneumoni, CRP 180 i morse, fortsatt iv antibiotika. Anhöriga (dottern) informerade.
- Sal 5: städ av isoleringssalen klar.
- Bemanning natt: en USK saknas fredag natt, Sara kollar med bemanningen.
- Läkemedelsgenomgång för dosdispenserade patienter flyttas till tisdag.
- Påminnelse: Hygienrond nästa vecka.

/Ansv ssk Cecilia`, 'health'),
  d(`Från: Emir Hadžić
Skickat: den 2 juni 2025 10:55
Till: Kommunikation
Ämne: Text till intranätet – Pride

Hej!
Här kommer ett utkast till intranätsnyheten inför Pride:

"Vi flaggar med regnbågsflaggan vid stadshuset under prideveckan 2–8 augusti. Kommunen är med i paraden för tredje året i rad och alla medarbetare är välkomna att gå med. Läs mer om vårt arbete med hbtqi-frågor och den nya utbildningen om normkritik för chefer."

Kan ni titta på språket innan fredag?
/Emir`),
  d(`Hej Jenny,

fick ditt sms, ja jag tar över Malte i morgon. Kort rapport från mig:

Malte har haft en bra vecka i skolan. Han har börjat prata mer öppet om att han är trans och vill kallas Malte även på närvarolistan, inte det gamla namnet. Mamma är informerad och stöttar det. Kan du kolla med administrationen om de kan ändra namnet i Skola24 i väntan på formellt namnbyte?

Idrotten: han vill byta om i det enskilda omklädningsrummet, det är ordnat med idrottsläraren.

/Kalle, kurator`, 'sex-life'),
  d(`Ärende: Kundtjänst – felanmälan lägenhet 3B, Bäckgatan 7

Hyresgäst: Ebba Lundqvist
Anmälan: Droppande kran i badrummet, samt att ytterdörrens lås kärvar.
Kommentar från hyresgästen: "Jag och min fru är bortresta 14–21 maj, så kom gärna efter det eller ring mig innan ni går in."

Åtgärd: Fastighetsskötare bokar tid vecka 22.
Handläggare: Ronny, Kundcenter Bostadsbolaget`, 'sex-life'),
  d(`Hej,

Vi har fått in en fråga från en elev i åk 9 som vill skriva sitt gymnasiearbete-förberedande projekt om "hbtq-personers situation på landsbygden". Kan biblioteket ta fram lite litteratur? Gärna både rapporter från MUCF och några skönlitterära böcker.

Tack!
Siri, SO-lärare`),
  d(`[14:02] Annelie: har du hört att Rasmus och Jonas i ekonomi är ihop nu?? de kom på julfesten tillsammans
[14:02] Patrik: haha ja, alla vet ju det. Rasmus kom ut förra året
[14:03] Annelie: jag visste inte ens att han var gay
[14:05] Patrik: nåja, ska vi köra lunch 12.15?
[14:05] Annelie: ja, Thai-stället`, 'sex-life'),
  d(`Från: Therese Wallin <therese.wallin@exempelregion.se>
Skickat: fredag 21 november 2025 15:22
Till: Niklas Berg
Ämne: VB: Uppdatering i ärende HSN 2025/412

Niklas, fyi, se nedan. Handlingarna är sekretessmarkerade i Platina, så skicka dem inte via vanlig mejl.

-----Ursprungligt meddelande-----
Från: Registrator
Skickat: fredag 21 november 2025 14:01
Ämne: Uppdatering i ärende HSN 2025/412

Till ärendet har inkommit yttrande från patientnämnden. Uppgifterna om patientens hälsotillstånd omfattas av sekretess enligt 25 kap. 1 § OSL och får inte lämnas ut utan föregående sekretessprövning.

Registrator, Region Exempelland`, 'secrecy'),
  d(`Kursinbjudan: Offentlighet och sekretess för nyanställda

Datum: 15 oktober 2025 kl 09–12, Zoom
Innehåll:
- Offentlighetsprincipen och allmänna handlingar
- Vad betyder "sekretessprövning"? Hur gör man när någon begär ut en handling?
- Genomgång av de vanligaste bestämmelserna i OSL, bl.a. 26 kap. (socialtjänst) och 25 kap. (hälso- och sjukvård)
- Diarieföring och arkivering

Anmälan via kompetensportalen senast 1 oktober.
Kursledare: Anna Kjellberg, kommunjurist`),
  d(`Hej Hanna,

Apropå begäran om allmän handling från journalisten på Lokaltidningen: Vi har gjort en sekretessprövning av utredningsrapporten och kommer att lämna ut den med maskningar. Avsnitten om den enskilda elevens förhållanden (sid 4–7) omfattas av sekretess enligt 23 kap. 2 § OSL och får inte lämnas ut. Övriga delar är offentliga.

Beslutet skickas med överklagandehänvisning. Kan du ta fram en maskad kopia till måndag?

Hälsningar
Per Lindholm
Förvaltningsjurist
Utbildningsförvaltningen`, 'secrecy'),
  d(`Minnesanteckningar, ledningsgrupp IFO 2026-01-20

1. Budgetuppföljning – prognos −2,3 mnkr, främst placeringskostnader.
2. Ny informationsklassning av system: samtliga verksamhetssystem inom IFO klassas som "hög" avseende konfidentialitet. IT tar fram riktlinjer.
3. Sekretessutbildning för alla nyanställda ska ske inom tre månader – HR bokar.
4. Lokalfrågan Västra huset – ingen ändring.
5. Övrigt: påminnelse om att mejl med personuppgifter ska skickas krypterat.

Justeras: Karin Modig`),
  d(`Från: Sanna Eklöf
Skickat: onsdag 8 januari 2025 07:48
Till: Skolexpeditionen Berga
Kopia: Rektor Berga skola
Ämne: Ny elev – viktigt

Hej,
Från måndag börjar en ny elev i 4B, Noor (efternamn finns hos rektor). Familjen har skyddad folkbokföring och det är mycket viktigt att ingen uppgift om adress, klass eller skola lämnas ut till någon som ringer eller frågar, inte heller till den andra föräldern. Noor ska inte vara med på klassfotot som tas v. 3.

Rektor har fått instruktioner från socialtjänsten. Hör av er till mig om ni är osäkra.

Sanna Eklöf
Elevhälsan`, 'protected-identity'),
  d(`Välkommen till Folkbokföringsnytt nr 3/2025!

I detta nummer:
• Så fungerar skyddad folkbokföring – nya regler sedan 2023 och vad de innebär för myndigheter
• Kvarskrivning: vem kan få det och hur ansöker man?
• Sekretessmarkering i praktiken – checklista för handläggare
• Intervju med en samordnare för våldsutsatta om hur samarbetet med Skatteverket fungerar

Nyhetsbrevet skickas till alla handläggare inom ekonomiskt bistånd och familjerätt. Avsluta prenumerationen via länken längst ned.`),
  d(`Hej!

Ang. utbetalningen till Mira K i ärende 2025-1187: Hon har sekretessmarkering hos Skatteverket, så beslutsbrevet får INTE skickas med vanlig post till folkbokföringsadressen. Skicka istället via Skatteverkets förmedlingsuppdrag (adress finns i handläggarmanualen). I Procapita ska rutan "skyddad" vara ikryssad – jag ser att den inte är det, kan du fixa det?

/Johan, förste socialsekreterare`, 'protected-identity', 'social'),
  d(`Incident-ärende INC-20931
Kategori: Informationssäkerhet – felskick
Rapportör: Kristina Holm, Överförmyndarenheten

Beskrivning:
Ett brev till en huvudman med fingerade personuppgifter skickades av misstag till den gamla adressen. Huvudmannen har haft fingerad identitet sedan 2022. Brevet innehöll namn på god man och ett belopp. Brevet har inte returnerats.

Vidtagna åtgärder: Kontakt med Skatteverket, anmälan till IMY bedöms. Dataskyddsombudet informerat 2026-02-11.

Nästa steg: Genomgång av utskicksrutin med enhetens handläggare.`, 'protected-identity'),
  d(`Hej Caroline,

Min man och jag har nu fått beslut om kvarskrivning i Örebro medan vi bor på annan ort. Kan du se till att lönespecen och annan post från arbetsgivaren går till boxadressen istället för till folkbokföringsadressen? Jag vill inte att min nya adress syns någonstans i personalsystemet.

Tack på förhand.
Helena

Skickat från min iPhone`, 'protected-identity'),
  d(`Från: Joakim Lind <joakim.lind@exempelkommun.se>
Skickat: den 9 september 2025 11:20
Till: IT Servicedesk
Ämne: Kan inte logga in

Hej, jag kommer inte in i Treserva efter semestern. Jag har testat Höst2025! och mitt gamla lösen Sommar2025!! men det står "kontot låst".
Användarnamn: jlind04
Kan ni låsa upp?

Joakim, biståndshandläggare

------
Svar från Servicedesk: Kontot är upplåst. Byt lösenord direkt vid nästa inloggning.`, 'credentials'),
  d(`Tips från IT-säkerhet, oktober

🔐 Använd lösenordsfraser: tre–fyra ord som är lätta för dig att minnas, gärna med siffror, t.ex. inte "Sommar2025".
🔐 Dela aldrig ditt lösenord med kollegor – inte ens med din chef eller med IT. Servicedesk frågar aldrig efter ditt lösenord.
🔐 Aktivera tvåfaktorsinloggning i appen Authenticator.
🔐 Misstänker du att ditt konto är kapat? Ring 8800 direkt.

Har du frågor? Skicka ett mejl till informationssakerhet@exempelkommun.se.`),
  d(`Hej nya vikarier på Solängens förskola!

Här kommer praktisk info inför måndag:
- Personalingången är på gaveln mot parkeringen. Portkoden är 4471#, och koden till förrådet med blöjor är 0923.
- Inloggning till Tyra (appen) får ni av Lotta på plats.
- Vi äter lunch med barnen kl 11, personalen tar rast efter det.
- Ta med inneskor!

Ring mig om något är oklart: 070-555 34 81
/Anneli, biträdande förskolechef`, 'credentials'),
  d(`[08:41] Sebastian (drift): Kan nån ge mig API-nyckeln till SMS-tjänsten? prod-servern skickar inga påminnelser
[08:43] Mirjam: den ligger i valvet men här: sk_live_7fQ2mX90LpaaZ1Rt44cVb8eKy
[08:43] Mirjam: skriv inte i kanalen sen, jag roterar den efter lunch
[08:44] Sebastian (drift): tack! funkar nu
[08:50] Mirjam: roterad. ny nyckel bara i valvet.`, 'credentials'),
  d(`Välkommen som användare av Självservice HR!

Du har nu fått ett konto i Självservice HR, där du bland annat kan se dina lönespecifikationer, ansöka om ledighet och uppdatera dina kontaktuppgifter.

Så loggar du in första gången:
1. Gå till hr.exempelkommun.se
2. Välj "Logga in med BankID"
3. Godkänn användarvillkoren

Du behöver inget separat lösenord. Om du har problem, kontakta HR-supporten på 0555-100 200.

Detta är ett automatiskt meddelande från HR-systemet.`),
  d(`Ärende #51207 – Återställning MFA

Användare: Petra Söderlund (psode01)
Beskrivning: Har bytt telefon och kommer inte åt Authenticator. Har fått engångskod via sms: 604 917 men den går inte att använda, "koden har gått ut".
Åtgärd servicedesk: Identitet verifierad via videosamtal. MFA återställd. Tillfälligt lösenord satt: Kvarn-Sol-48-Bro (måste bytas vid inloggning).

Stängd av: Ahmed, Servicedesk
Tid: 14 min`, 'credentials'),
  d(`Hej alla i lönegruppen!

Lönerevisionen 2026 startar nu. Tidplan:
• 1–15 mars: lönesamtal mellan chef och medarbetare
• 20 mars: underlag till HR
• april: förhandling med de fackliga organisationerna
• utbetalning av nya löner med retroaktivitet sker på junilönen

Lönekriterierna finns på intranätet. Kom ihåg att samtalet ska utgå från medarbetarens måluppfyllelse under året.

HR-avdelningen`),
  d(`Från: Camilla Nord
Skickat: måndag 17 mars 2025 16:05
Till: Jonas Bergqvist
Ämne: SV: Lönesamtal

Hej Jonas,
Tack för ett bra samtal idag. Som utlovat en sammanfattning: din nuvarande lön är 38 400 kr/månad och jag kommer att föreslå en höjning med 1 600 kr till 40 000 kr från 1 april. Motiveringen är framför allt ditt arbete med den nya taxan och att du tagit ett stort ansvar för introduktionen av nya kollegor.

Om du inte är nöjd kan du vända dig till ditt fack innan förhandlingen.

Mvh Camilla

> Hej Camilla, vilken tid passar för samtalet? /Jonas`, 'salary'),
  d(`Lönestatistik 2025 – Socialförvaltningen (utdrag ur årsredovisningen)

Yrkesgrupp | Antal | Medellön | Median
Socialsekreterare | 64 | 39 850 | 39 500
Biståndshandläggare | 22 | 37 900 | 37 700
Enhetschef | 11 | 51 200 | 50 800
Administratör | 18 | 31 400 | 31 200

Kvinnors lön i procent av mäns: 98,7 %.
Källa: HR-systemet, september 2025. Uppgifterna redovisas endast på grupper med minst 5 personer.`),
  d(`[Teams, 2026-04-02]
[10:01] Olle: hur gick lönesnacket?
[10:02] Fredrik: meh. 700 kr. ligger nu på 36 200
[10:02] Olle: lol jag fick 1100
[10:03] Fredrik: fan. jag ska prata med Vision om det. Anna i växeln fick ju 1500 och hon har jobbat här i två år
[10:04] Olle: gör det. men säg inget om mitt
[10:05] Fredrik: klart`, 'salary', 'trade-union'),
  d(`Ämne: Lönetillägg för jourtjänstgöring – beslut

Beslut i personalärende PA 2025/77
Medarbetare: Oskar Wiklund, fastighetstekniker
Oskar Wiklund beviljas ett fast lönetillägg om 2 200 kr per månad för beredskap/jour från 2025-09-01 till 2026-08-31. Tillägget är pensionsgrundande.
Grundlönen 33 900 kr/mån är oförändrad.

Beslutat av: Marie Falk, avdelningschef
Kopia: Lönecenter, medarbetaren`, 'salary'),
  d(`Hej,

Ny utbetalningsmottagare ska läggas in i Raindance:
Namn: Sven-Olof Gustafsson (arvodesuppdrag som kontaktperson)
Bank: Swedbank
Clearingnummer: 8327-9
Kontonummer: 934 582 716-4
Arvode: enligt SKR:s riktlinjer, 1 250 kr/mån + omkostnader.

Blanketten med underskrift finns i pärmen på mitt bord. Utbetalning ska ske från och med aprilarvodet.

/Rebecka, administratör IFO`, 'bank-account'),
  d(`Bästa kund,

Vi har uppdaterat våra betalningsvillkor. Från den 1 juni 2025 ska alla fakturor till kommunen betalas till bankgiro 5501-2288. Kommunens plusgirokonto 44 12 33-8 avslutas.

Kontrollera att du har rätt mottagare innan du betalar. Kommunen kommer aldrig att mejla och be dig byta kontonummer för en enskild faktura – sådana mejl är bedrägeriförsök.

Ekonomienheten, Exempelkommun`),
  d(`Från: Lisa Pettersson
Skickat: den 23 oktober 2025 09:37
Till: Lönecenter
Ämne: Nytt lönekonto

Hej,
Jag har bytt bank och vill att lönen för november sätts in på mitt nya konto:
Handelsbanken, clearing 6185, konto 312 456 789.
Jag har inte hittat var man ändrar det i självservice, därför mejlar jag.

Tack!
Lisa Pettersson
Undersköterska, Ängsgårdens äldreboende

-----
Svar från Lönecenter: Hej Lisa, av säkerhetsskäl måste du ändra kontot själv i Självservice via BankID. Vi kan inte ta emot kontouppgifter via mejl.`, 'bank-account'),
  d(`Hi Tomas,

For the reimbursement of my travel costs to the Lisbon conference (hotel 4 nights + flight), please pay to my Portuguese account, I don't have a Swedish one yet:
IBAN: PT50 0035 0123 0000 4589 2317 6
BIC: CGDIPTPL
Account holder: Inês Carvalho

The receipts are attached as PDF. Total amount is 11 842 SEK according to the exchange rate on the invoice date.

Thanks and have a nice weekend,
Inês
Visiting researcher, Dept. of Public Health`, 'bank-account'),
  d(`Ärende 2026/00231 – Ansökan om ekonomiskt bistånd

Sökande: Fatima Yousef
Journalanteckning 2026-01-19, handläggare Erik M:
Sökande ansöker om försörjningsstöd för februari. Hon har ingen inkomst sedan a-kassan upphörde i december. Hyra 7 450 kr. Två barn 6 och 9 år. Sökande uppger att hon har haft ont i ryggen och inte kunnat söka arbete, har tid på vårdcentralen 28/1.
Bedömning: Rätt till bistånd föreligger enligt 4 kap. 1 § SoL. Beviljas 12 880 kr. Utbetalning till konto i Nordea, clearing 3300 konto 8806120233.
Uppföljning: Läkarintyg ska lämnas in senast 15/2.`, 'social', 'health', 'bank-account'),
  d(`Hej!

Tack för din beställning hos Kommunens Kulturbutik.
Ordernummer: 774120
Vara: Årskort Konsthallen ×1
Belopp: 450 kr
Betalsätt: Kort (Visa **** **** **** 4471)

Kvitto bifogas. Ditt årskort skickas till den adress du angav inom 5 arbetsdagar.
Vid frågor: kulturbutiken@exempelkommun.se`),
  d(`Hej Marianne,

Kan du boka hotellet till Almedalen åt mig? Jag hittar inte resekortet, så använd mitt privata kort så tar jag det på reseräkningen sen:
Mastercard 5413 3300 8921 4407, giltigt t.o.m. 09/27, CVC 318.
Namn på kortet: Henrik Dahl.

Två nätter, 30 juni – 2 juli, enkelrum. Helst nära Almedalsparken.

Tack!
Henrik

PS: radera gärna mejlet efteråt.`, 'payment-card'),
  d(`[2025-12-10 22:41] Moa: hjälp jag håller på att köpa julklappen till Sara på jobbet men mitt kort nekas
[2025-12-10 22:42] Moa: testa med ditt? 4539 7812 0045 6613 exp 11/26 cvv 902 är det rätt skrivet?
[2025-12-10 22:44] Elin: det där är ju MITT kort haha, du skrev av det från kvittot igår??
[2025-12-10 22:44] Elin: skriv inte det här i teams-chatten Moa 😅 ta bort
[2025-12-10 22:45] Moa: oj förlåt, tar bort nu`, 'payment-card'),
  d(`Inköpsnytt december 2025

1. Nya inköpskort (Visa Business) delas ut till alla budgetansvariga i januari. Kortet får endast användas för tjänsteinköp under 5 000 kr. Kortnummer och kod får aldrig lämnas ut via mejl eller telefon.
2. Kortinnehavaren ska stämma av transaktionerna i Expense senast den 5:e varje månad.
3. Förlorat kort spärras via 020-xx xx xx dygnet runt.
4. Utbildning i Expense: 15 januari kl 9 via Teams.

Frågor till inkop@exempelkommun.se`),
  d(`Ärende #60413 – Felaktig dragning
Rapporterad av: Kund via e-tjänst "Kontakta oss", Bibliotekstjänster

Meddelande från kund:
"Hej. Jag betalade förseningsavgiften på 60 kr men har blivit dragen två gånger. Kortet jag använde är 4929 1150 7334 8865, utgång 04/28. Mitt namn är Agneta Holmberg. Kan ni återbetala den ena dragningen?"

Intern kommentar (Kundtjänst): Kontrollerat i betalportalen – dubbeldragning bekräftad. Återbetalning initierad. Maska kortnumret i ärendet!`, 'payment-card'),
  d(`Från: Ulrika Strand <ulrika.strand@exempelkommun.se>
Skickat: den 3 februari 2026 14:10
Till: Gustav Lövgren
Kopia: Personalchef
Ämne: VB: Förhandling om omplacering

Gustav,
Vidarebefordrar. Birgitta har alltså valt att ta med sig sitt skyddsombud från Kommunal, Leif Sjöberg, till mötet på torsdag. Hon är medlem sedan länge och har begärt att facket ska företrädas vid förhandlingen enligt 11 § MBL.

Vi behöver boka ett större rum.
/Ulrika

-----Ursprungligt meddelande-----
Från: Birgitta Ek
Skickat: den 3 februari 2026 11:52
Hej, jag vill att Leif från Kommunal är med på mötet om min omplacering. /Birgitta`, 'trade-union'),
  d(`Inbjudan: Frukostmöte med Vision!

Välkommen till en frukost med Vision Exempelkommun torsdag 6 november kl 7.30–8.30 i Stadshusets matsal. Vi pratar om den nya arbetstidsmodellen och vad den betyder för dig.

Alla är välkomna, medlem eller inte! Vi bjuder på smörgås och kaffe.

Anmälan till vision.exempelkommun@exempel.se senast 3/11.

Styrelsen för Vision Exempelkommun`),
  d(`Minnesanteckningar samverkansgrupp (FSG) Barn och utbildning, 2025-10-02

Närvarande arbetsgivare: Sara Lindberg (förvaltningschef), Ola Hed (HR)
Närvarande fackliga: Annika Bäckström (Sveriges Lärare, huvudskyddsombud), Mehmet Aydin (Kommunal), Pernilla Sand (Vision)

1. Arbetsmiljöuppföljning – sjuktalen för förskolan har sjunkit.
2. Organisationsförändring skolskjutsar – information, facken begär förhandling.
3. Annika Bäckström meddelar att hon avgår som huvudskyddsombud för Sveriges Lärare vid årsskiftet. Ny kontaktperson meddelas.
4. Övrigt: nästa FSG 4 december.`, 'trade-union'),
  d(`Hej Oliver,

Svar på din fråga från introduktionen: ja, du får vara med i vilket fack du vill, och det är ingenting du behöver berätta för mig som chef. Avgiften dras inte via lönen hos oss längre, utan du betalar direkt till facket. Lokalt finns både Kommunal, Vision och Akademikerförbundet SSR representerade på förvaltningen. Kontaktuppgifter finns på intranätet under "Fackliga organisationer".

Välkommen igen!
Margareta, enhetschef`),
  d(`[2026-03-11 13:20] Jessica: vem är det som är ombud för Vårdförbundet på avdelningen nu?
[2026-03-11 13:21] Karin N: det är Tove sen i januari, Linus slutade ju
[2026-03-11 13:21] Jessica: ok, jag behöver prata med henne om min schemagrej, är ju själv med i Vårdförbundet sen studietiden
[2026-03-11 13:22] Karin N: hon jobbar natt denna vecka, ta det på mejl`, 'trade-union'),
  d(`Från: Anders Holmqvist
Skickat: den 15 augusti 2025 08:30
Till: Kommunstyrelsens kansli
Ämne: Jäv – ärende KS 2025/310

Hej,
Jag vill anmäla mig som jävig i ärendet om bygglov för vindkraftsparken i Norrby. Min fru sitter i styrelsen för lokalföreningen av Centerpartiet som har drivit frågan och jag har själv varit aktiv i kampanjen mot parken i Facebookgruppen "Rädda Norrbyskogen".

Anders Holmqvist
Handläggare, Samhällsbyggnad`, 'political-opinion'),
  d(`Valnytt från valnämnden – september 2026

• Förtidsröstningen öppnar 26 augusti i stadshuset, biblioteket och Träffpunkten.
• Vi behöver fler röstmottagare! Ersättning 2 800 kr för valdagen. Anmäl intresse senast 1 juli.
• Påminnelse: som röstmottagare får du inte bära partisymboler eller uttrycka politiska åsikter i vallokalen.
• Utbildning för röstmottagare: 12 eller 14 augusti.

Frågor? valnamnden@exempelkommun.se`),
  d(`Hej Malin,

Kort om praktikanten Elias inför nästa vecka. Han är jätteduktig men vi behöver kanske prata om det här med neutralitet i mötet med medborgarna. I fredags pratade han med en besökare i receptionen om hur han röstar på Sverigedemokraterna och att han är med i deras ungdomsförbund, och besökaren blev upprörd och ringde och klagade.

Kan du ta ett samtal med honom? Han har ju rätt till sina åsikter men inte att föra fram dem i tjänsten.

/Greger`, 'political-opinion', 'hr-assessment'),
  d(`[Teams-chatt – Kommunikation]
[09:10] Lina: har ni sett att Mattias från Kultur står på Vänsterpartiets lista i kommunvalet?
[09:11] Hugo: japp, han har ju alltid varit rätt öppen med att han är vänster. han var ju ute och delade flygblad i helgen
[09:12] Lina: ska vi tänka på det när han jobbar med pressmeddelanden inför valet?
[09:13] Hugo: bra fråga, ta upp det med Sofia
[09:14] Lina: ok`, 'political-opinion'),
  d(`Protokollsutdrag, Kommunfullmäktige 2025-11-24, § 142

Motion från Liberalerna om fri kollektivtrafik för pensionärer
Beslut: Fullmäktige beslutar att avslå motionen.
Reservation: Liberalerna och Vänsterpartiet reserverar sig till förmån för eget yrkande.
Omröstning: 31 ja för avslag, 20 nej, 0 avstår.

Justerat 2025-11-28. Anslaget på kommunens digitala anslagstavla 2025-11-29.`),
  d(`Hej Fredrika,

Tack för att du tog emot oss på mottagningen igår. Jag vill bara lägga till en sak om Amina inför fortsatt planering: hon är praktiserande muslim och fastar under ramadan som börjar i slutet av februari, så måltidsrutinerna på boendet behöver anpassas – hon äter efter solnedgång. Hon ber också om att få ha bönematta på rummet.

Hör av dig om det är några frågor.

Med vänliga hälsningar
Karolina Sjöstrand
Kontaktperson, HVB Solgläntan`, 'religion'),
  d(`Information från kostenheten

Inför julbordet den 18 december: Meddela specialkost senast 1 december. Vi erbjuder vegetariskt, veganskt, fläskfritt, laktosfritt och glutenfritt. Halal- och koscherkött kan beställas med tre veckors framförhållning.

Skicka beställningen till kostenheten@exempelkommun.se med avdelning och antal portioner – inga namn behövs.

Tack!
Kostenheten`),
  d(`Från: Lennart Åberg
Skickat: den 29 april 2025 12:44
Till: Schemaläggning Akutmottagningen
Ämne: Ledighet pingst

Hej,
Jag ansöker om ledighet söndag 8 juni. Jag är aktiv i Pingstförsamlingen och är med och leder gudstjänsten den dagen, det är ett löfte jag gav i höstas. Jag kan gärna byta till ett annat helgpass i juni.

Tack,
Lennart Åberg, sjuksköterska`, 'religion'),
  d(`Veckosammanfattning – Mångkulturellt centrum v. 47

Mån: Språkcafé, 23 deltagare.
Tis: Studiebesök från Islamiska förbundet och Svenska kyrkan om interreligiös dialog.
Ons: Föreläsning "Religionsfrihet i Sverige" med forskare från Uppsala.
Tor: Läxhjälp.
Fre: Fredagsfika, stängt kl 15 p.g.a. personalmöte.

Nästa vecka: adventsmys och information om julfirandet i olika traditioner.`),
  d(`Hej!

Inför utvecklingssamtalet med familjen Cohen i morgon: Mamma har bett att samtalet inte bokas på fredag eftermiddag eller på lördagar eftersom familjen firar sabbat, och Noam kommer att vara ledig vid de judiska högtiderna (Rosh hashana och Jom kippur) i september. Hon vill också att han inte äter kött i skolan som inte är koscher.

Jag har noterat detta i elevens dokumentation. Kan du meddela köket?

/Ingrid, klasslärare 3A`, 'religion'),
  d(`Från: Johanna Lidström
Skickat: onsdag 14 maj 2025 10:03
Till: Tolkförmedlingen
Ämne: Tolkbokning 20/5

Hej,
Jag behöver boka tolk till ett samtal den 20 maj kl 13–14 på familjeenheten. Familjen är romer från Rumänien och mamman talar främst romani (kalderash-dialekt), pappan talar rumänska. Om ni inte har någon kalderashtolk går rumänska bra.

Ärendenummer för fakturan: IFO-FAM 2025-311.

Tack,
Johanna Lidström, familjebehandlare`, 'ethnic-origin'),
  d(`Nyhetsbrev – Minoritetsfrågor i Exempelkommun, våren 2026

Exempelkommun är förvaltningsområde för finska sedan 2010. Det betyder att sverigefinnar har rätt att använda finska i kontakt med kommunen och att få förskola och äldreomsorg helt eller delvis på finska.

På gång:
• 24 februari: Sverigefinnarnas dag – flaggning och kaffe på biblioteket.
• 6 februari: Samernas nationaldag firas med joik och föreläsning.
• Samråd med minoriteterna 15 april.

Kontakt: minoritetssamordnare Tuula Mäkinen.`),
  d(`Hej Roger,

Lite bakgrund till nästa veckas hembesök hos herr Nilsson på Lidvägen: Han är same och har vuxit upp i en renskötarfamilj i Jokkmokk. Han uttrycker stark oro över att inte få tala samiska på boendet och hans dotter har frågat om det finns samisktalande personal. Kan vi kolla i schemat om Anne-Marie kan vara med vid besöket?

/Louise, biståndshandläggare äldreomsorg`, 'ethnic-origin'),
  d(`[16:44] Mikael: vem var den nya på ekonomi? den mörka killen?
[16:45] Sandra: Yonas, han kommer från Eritrea, kom hit som ensamkommande 2015 typ
[16:45] Mikael: aha, trevlig kille verkar det som
[16:46] Sandra: jätte. han pratar bättre svenska än jag 😄
[16:47] Mikael: haha. ses på fredagsfikat`, 'ethnic-origin'),
  d(`Rekryteringsannons – Modersmålslärare i arabiska och somaliska

Utbildningsförvaltningen söker modersmålslärare i arabiska och somaliska till grundskolan, 60–100 %. Du undervisar elever i olika åldrar på flera skolor. Meriterande: lärarlegitimation och erfarenhet av flerspråkiga elever.

Vi välkomnar sökande med olika bakgrund. Vi tillämpar inte kvotering.

Sista ansökningsdag: 30 april. Frågor: rektor Jamal Hassan, 0555-123 45.`),
  d(`Från: Genetiska mottagningen, Akademiska (exempel)
Skickat: 4 december 2025 09:15
Till: Vårdcentralen Fyrisgården, dr Åsa Ljung
Ämne: Svar genetisk utredning – Peter Sandberg

Hej,
Den molekylärgenetiska analysen för Peter Sandberg (remiss 2025-09-02) visar att han är heterozygot bärare av en patogen variant i BRCA2. Samma variant har tidigare påvisats hos hans syster och mor. Vi har erbjudit honom genetisk vägledning 15/12, och kontrollprogram för prostata kommer att diskuteras.

Vänliga hälsningar
Karin Wessel, genetisk vägledare`, 'genetic', 'health'),
  d(`Föreläsning för personal inom elevhälsan: Ärftliga sjukdomar hos barn

Tid: 12 mars kl 13–15, Aulan
Föreläsare: överläkare i klinisk genetik
Innehåll: Vad är en genetisk test? Hur ärvs cystisk fibros och Duchennes muskeldystrofi? Hur kan skolan stötta elever med ovanliga diagnoser? Etiska frågor kring anlagsbärarskap.

Ingen anmälan krävs. Föreläsningen spelas in.`),
  d(`Hej Cecilia,

Jag vill informera dig som chef om att jag har fått svar på den gentest jag gjorde i höstas. Jag bär på anlaget för Huntingtons sjukdom, som min pappa dog av. Jag har inga symtom i dag och kan jobba som vanligt, men jag kommer att behöva vara ledig för samtal hos kurator och genetisk vägledning några gånger i vår.

Jag vill inte att det här sprids i gruppen.

/Mattias`, 'genetic'),
  d(`Minnesanteckningar, barnhälsovårdsteamet 2026-02-05

1. Nyfödda: 14 nya barn inskrivna i januari.
2. PKU-provtagning: rutinen uppdaterad enligt regionens nya PM – inga förändringar för familjerna.
3. Familjen Eriksson (barnet Vera, 3 mån): PKU-screeningen har visat förhöjda värden och konfirmerande DNA-analys visar att Vera har cystisk fibros; båda föräldrarna är bärare. Remiss till barnkliniken skickad, uppföljning av BHV-sjuksköterska Ann.
4. Vaccinationstäckning 2025: 97 %.`, 'genetic', 'health'),
  d(`Ärende #70024 – Fingeravtrycksläsare ur funktion

Beskrivning: Fingeravtrycksläsaren vid personalingången på Regionens hus A fungerar inte för anställd Göran Edlund. Hans registrerade fingeravtrycksmall (höger pekfinger) godkänns inte längre efter en skada på fingret. Han behöver registrera om vänster pekfinger som reserv.

Åtgärd: Säkerhetsavdelningen bokar om-registrering 14/10 kl 10. Gamla mallen raderas ur passersystemet efter registrering.`, 'biometric', 'health'),
  d(`Information om nytt passagesystem

Från 1 februari införs ett nytt passagesystem i kommunhuset. Du passerar med ditt tjänstekort och en PIN-kod som du själv väljer vid första användning. Vi har valt bort biometriska lösningar (fingeravtryck och ansiktsigenkänning) efter en konsekvensbedömning enligt dataskyddsförordningen.

Hämta ditt nya kort i receptionen 20–31 januari. Ta med legitimation.

Fastighetsavdelningen`),
  d(`Från: Polisens kriminaltekniska enhet (exempel)
Skickat: 9 januari 2026 11:40
Till: Förundersökningsledare Erik Åkesson
Ämne: Träffrapport

Hej,
Den DNA-profil som säkrades på dörrhandtaget vid inbrottet på Källvägen 3 (ärende 5000-K12345-25) har gett träff i DNA-registret mot Kevin Lund. Även det fingeravtryck som säkrades på fönsterbrädan matchar hans registrerade fingeravtryck.

Rapporten bifogas. Ärendet omfattas av förundersökningssekretess.`, 'biometric', 'criminal-record', 'secrecy'),
  d(`[10:22] Therese: hej! angående den nya tidrapporteringen på Solbacken, ska personalen verkligen stämpla med ansiktet?
[10:23] Joel (IT): ja, terminalen sparar en ansiktsmall för varje anställd. Ahmed, Linda och Kerstin är redan registrerade, deras mallar ligger i systemet sedan i måndags
[10:24] Therese: har dom godkänt det skriftligt?
[10:25] Joel (IT): Linda har inte skrivit på, ska jag ta bort hennes mall?
[10:25] Therese: ja gör det direkt, och pausa resten tills DSO har tittat`, 'biometric'),
  d(`Hej Annika,

Det här är en ovanlig förfrågan men jag behöver din hjälp. Vår röstbrevlåda har sedan i höstas använt röstverifiering för att ringa in och lyssna på meddelanden. Min röstprofil verkar ha blivit korrupt efter att jag var förkyld – systemet känner inte igen mig. Kan du be leverantören radera min röstsignatur och låta mig spela in en ny?

Tack!
Staffan Bergman, kundtjänst`, 'biometric'),
  d(`Från: Anna-Karin Sjödin
Skickat: tisdag 18 mars 2025 15:31
Till: Rekryteringsgruppen
Ämne: Utdrag ur belastningsregistret – Viktor S

Hej,
Utdraget från belastningsregistret för Viktor Sandström (kandidat till tjänsten som elevassistent) har kommit. Det visar en dom från 2022 för ringa narkotikabrott och olaga hot, dagsböter. Med tanke på tjänstens art ska vi diskutera om vi går vidare. Ta med det till rekryteringsmötet på torsdag.

Anna-Karin, HR-partner`, 'criminal-record'),
  d(`Hej alla chefer inom skola och förskola!

Påminnelse: Alla som anställs inom förskola, skola och fritidshem ska visa upp ett utdrag ur belastningsregistret innan anställning (skollagen 2 kap. 31 §). Utdraget beställs av den sökande hos Polisen och ska inte vara äldre än ett år. Utdraget ska INTE sparas eller kopieras, bara noteras i rekryteringssystemet att det är uppvisat.

Frågor: HR-stöd 0555-20 20.`),
  d(`Journalanteckning (utdrag), Frivården Exempelstad

Klient: Dennis Holm
Datum: 2026-01-22
Typ: Övervakningssamtal

Dennis kom i tid. Han avtjänar skyddstillsyn efter domen i tingsrätten i augusti för misshandel och grovt rattfylleri. Han har hållit sig drogfri enligt urinprov 15/1. Han berättar att han sökt jobb på ett lager. Påminns om att han inte får köra bil. Nästa samtal 5/2.

Handläggare: Leila Persson, frivårdsinspektör`, 'criminal-record'),
  d(`Nyhetsbrev från Brottsofferjouren, hösten 2025

• Brottsligheten i kommunen har minskat enligt polisens lägesbild: anmälda bostadsinbrott −12 %, bedrägerier mot äldre +8 %.
• Vi söker fler ideella stödpersoner – utbildning i november.
• Tips till personal i hemtjänsten: Så upptäcker du att en brukare utsatts för telefonbedrägeri.
• Föreläsning: "Ungdomar och kriminella nätverk – vad kan skolan göra?" 2 december.

Brottsofferjouren Exempelbygd`),
  d(`Från: Rektor Västerskolan
Skickat: den 6 oktober 2025 17:12
Till: Elevhälsoteamet
Ämne: Händelse idag

Hej,
Kort information inför mötet i morgon: Eleven Liam (8C) blev idag gripen av polisen på skolgården, misstänkt för att ha rånat en yngre elev på mobil och jacka i fredags. Polisen har pratat med vårdnadshavare. Vi har gjort en orosanmälan till socialtjänsten.

Liam är hemma i morgon. Vi behöver planera för hur vi tar emot honom igen och hur vi stöttar den drabbade eleven.

/Tomas, rektor`, 'criminal-record', 'social'),
  d(`Hej,

Vidarebefordrar detta från grannen i lgh 1102 (hyresgästen Mona Ek):
"Hon i 1104 (Tiina Laine) har polisanmält mig för ofredande, det stämmer inte, det var hon som började skrika i trapphuset. Polisen har ringt mig och sagt att jag är misstänkt och ska förhöras. Kan ni som hyresvärd gå in och medla?"

Vi behöver ta ställning till om vi ska göra något. Förslag: bjud in båda till separata samtal.

/Erik, bovärd`, 'criminal-record'),
  d(`Rutin: Orosanmälan – så gör du (reviderad 2025-09-01)

1. Alla som arbetar med barn är skyldiga att anmäla till socialtjänsten vid misstanke om att ett barn far illa (14 kap. 1 § SoL).
2. Anmälan görs via kommunens e-tjänst eller per telefon till mottagningsgruppen, 0555-300 00. Efter kontorstid: socialjouren.
3. Anmälan kan inte göras anonymt av personal.
4. Du behöver inte ha bevis – det räcker med oro.
5. Dokumentera vad du sett och hört.

Mer information: Barnskyddshandboken, kapitel 4.`),
  d(`Från: Mottagningsgruppen Barn och unga
Skickat: torsdag 13 november 2025 09:02
Till: Rektor Ekbackens skola
Ämne: Bekräftelse orosanmälan

Hej,
Vi bekräftar att vi har tagit emot er orosanmälan gällande eleven Ella Johansson (åk 5), inkommen 2025-11-12. En förhandsbedömning är inledd och beslut om utredning fattas inom 14 dagar. Vi kan av sekretesskäl (26 kap. 1 § OSL) inte lämna ut mer information om ärendet.

Med vänlig hälsning
Mottagningsgruppen, Socialförvaltningen`, 'social', 'secrecy'),
  d(`Veckorapport, LSS-boendet Tallbacken v. 9

Allmänt: lugn vecka. Brandövning genomförd tisdag.
Boende:
- Rickard: har haft en tuff vecka med mycket oro nattetid, ökad dos av Lergigan enligt läkarordination. Kontakt med gode mannen om ny säng.
- Sofia: firade 30-årsdag med sin familj, mycket uppskattat.
- Jimmy: har fått beslut om utökad ledsagarservice, 20 tim/mån enligt LSS 9 § 3.
Personal: Vikarie Anton har slutat. Ny vikarie börjar v. 11.`, 'social', 'health'),
  d(`Hej Eva!

Jag såg att ni på Ekonomiskt bistånd har en ny rutin för hembesök. Kan ni presentera den på vår nätverksträff den 12 maj? Vi är ca 20 handläggare från LSS, hemtjänst och försörjningsstöd. Gärna 20 minuter med frågor efteråt.

Det vore också spännande att höra hur ni jobbar med nya riktlinjerna för bistånd till hushåll med skulder, generellt.

Hälsningar
Ola, samordnare`),
  d(`Beslut – Hemtjänst enligt 4 kap. 1 § SoL

Sökande: Inga-Lill Bergström, Tallvägen 12
Beslut: Ni beviljas hemtjänst i form av inköp 1 gång/vecka, städning varannan vecka och tillsyn via trygghetslarm. Ansökan om dusch 3 ggr/vecka avslås, eftersom utredningen visar att ni klarar detta själv med hjälpmedel.
Motivering: Vid hembesök 2025-10-03 framkom att ni efter höftfrakturen i augusti har svårt att gå ut.
Hur man överklagar: se bilaga.

Biståndshandläggare Karin Olsson`, 'social', 'health'),
  d(`[21:03] Socialjouren Fredrik: Hej, lämnar över till dagpersonalen: Placerade pojken Adam (12) från familjehemmet i Holma enligt 6 § LVU ikväll efter att familjehemspappan hört av sig. Adam är nu på jourhemmet Granen. Mamma informerad via telefon 20.40.
[21:04] Socialjouren Fredrik: Beslutet ska underställas nämndens ordförande i morgon bitti.
[21:10] Socialjouren Sara: mottaget, jag tar det kl 8`, 'social'),
  d(`Kallelse till medarbetarsamtal

Hej!
Det är dags för årets medarbetarsamtal. Boka en tid med din chef via Outlook under perioden 1–30 september. Inför samtalet ska du fylla i förberedelseunderlaget i Kompetensportalen. Samtalet tar upp arbetsmiljö, utveckling, mål och samarbete och dokumenteras i en individuell utvecklingsplan.

Har du frågor om samtalsmallen, kontakta din HR-partner.

HR-avdelningen`),
  d(`Från: Henrik Östlund
Skickat: den 28 november 2025 16:47
Till: HR-partner Annelie Svensson
Ämne: Skriftlig erinran – Patrik Lindgren

Hej Annelie,
Jag behöver stöd i att formulera en skriftlig erinran till Patrik Lindgren. Sammanfattning: Patrik har vid fyra tillfällen i oktober och november kommit över en timme för sent utan att meddela, och han har två gånger lämnat arbetsplatsen under pass utan att rapportera. Vi hade ett samtal om detta 14/10 och han lovade bättring, men det har inte skett.

Kan vi ses måndag?
/Henrik, enhetschef`, 'hr-assessment'),
  d(`Utvecklingssamtal – dokumentation (sammanfattning)
Medarbetare: Sara Nyberg, handläggare
Chef: Lotta Engström
Datum: 2026-02-18

Styrkor: Mycket god kundkontakt, noggrann och strukturerad. Får mycket positiv återkoppling från sökande.
Utvecklingsområden: Behöver bli bättre på att prioritera och säga nej, har svårt att hålla tidsramar i utredningar (snitt 5 veckor mot mål 4). Ibland otydlig i skriftliga beslut.
Överenskommelse: Kurs i klarspråk under våren, avstämning var fjärde vecka.
Helhetsbedömning: Motsvarar förväntningarna.`, 'hr-assessment'),
  d(`[Slack #chefer-vård]
[13:45] Marie H: någon som har erfarenhet av DISC-profiler vid rekrytering? vi funderar på att köpa in det
[13:47] Björn: vi körde det på Ängsgården 2023, personalen tyckte det var rätt ytligt
[13:48] Marie H: ok, men hur använde ni resultaten?
[13:49] Björn: mest som samtalsunderlag. inte som urval
[13:50] Marie H: tack, då frågar jag HR`),
  d(`Hi Anders,

Following up on the probation review for Julia Moreno. Honestly, I don't think we should confirm her permanent position. Her technical work is fine, but she has repeatedly missed deadlines in the Q3 deliverables, and two colleagues have complained about her tone in team meetings. Her personality test from the recruitment (high dominance, low agreeableness) fits what we see.

Can we discuss before Friday so HR can prepare the notice?

Regards,
Michael
Head of Digital Services`, 'hr-assessment'),
  d(`Hej,

Vi har fått in resultatet från chefsbedömningen (assessment) för kandidaten Helena Rydberg, slutkandidat till enhetschef äldreomsorg. Sammanfattning från konsulten:
- Logisk förmåga: stanin 8
- Personlighet: hög stabilitet, måttlig extraversion, mycket hög samvetsgrannhet
- Risk: kan bli detaljstyrande under press
Referenstagning gjordes 4/4, båda referenserna positiva.

Rekommendation: gå vidare till slutintervju.
/Jenny, rekryterare`, 'hr-assessment'),
  d(`Från: Mentor 9B <josefin.ek@exempelskola.se>
Skickat: den 20 januari 2026 15:40
Till: Vårdnadshavare till Alva Lindqvist
Ämne: Inför utvecklingssamtalet

Hej!
Inför utvecklingssamtalet nästa vecka vill jag ge en kort lägesbild. Alva fick i höstterminsbetyget A i engelska och svenska, C i matematik men F i kemi och fysik. I kemi saknas underlag från laborationsrapporterna. Hennes frånvaro under hösten var 14 %, varav mycket ogiltig på måndagsmorgnar.

Vi tar fram en plan tillsammans på mötet.

Vänliga hälsningar
Josefin Ek, mentor 9B`, 'grades'),
  d(`Information till vårdnadshavare i årskurs 6

Betygssättningen i årskurs 6 sker i slutet av terminen och betygen kan ses i Vklass från den 13 juni. Betyg sätts i skalan A–F där F betyder att eleven inte nått kunskapskraven för betyget E.

Vid frågor om enskilda betyg kontaktar ni undervisande lärare.

Skolavslutning den 12 juni kl 9 i kyrkan för den som vill, alternativ aktivitet finns i skolans aula.

Rektor Berga skola`),
  d(`[Vklass-meddelande, 2025-11-05 12:31]
Från: Mattelärare Stefan Wahl
Till: Vårdnadshavare till Omar Al-Sayed

Hej,
Omar skrev 9 av 40 poäng på provet i algebra, vilket inte räcker till godkänt. Han har också varit frånvarande på 6 av 15 lektioner sedan höstlovet. Jag erbjuder omprov den 19 november och extra stöd på onsdagar kl 15. Kan ni prata med honom om det?

/Stefan`, 'grades'),
  d(`Protokoll, elevhälsomöte åk 7–9, 2026-03-03

1. Närvarostatistik: skolans totala frånvaro är 8,4 %, högst i åk 9. Förslag: återinföra närvarocoach.
2. Elevärende (8A, Hugo): ströfrånvaro 22 % senaste månaden, betygsvarningar i tre ämnen (SO, NO, svenska). Kurator kontaktar hem, mentor upprättar åtgärdsprogram.
3. Nationella proven åk 9: planering klar.
4. Nästa möte 17/3.`, 'grades'),
  d(`Hi Dr. Fernández,

Thank you for your message. Unfortunately I cannot change the grade for the course "Statistical Methods II" retroactively. Mohammed Rahimi's written exam received 18 of 50 points, which corresponds to grade U (fail). He has the right to a re-take on 14 June. His lab reports were approved.

If he believes the grading is incorrect, he can request a review via the student office.

Kind regards,
Eva Lindahl
Course Examiner, Department of Statistics`, 'grades'),
  d(`Hej alla lärare!

Påminnelse om betygsinmatning: Alla terminsbetyg för åk 6–9 ska vara inlagda i Skola24 senast fredag 6 juni kl 12. Glöm inte att skriva en kort motivering vid F och streck. Betygskatalogen skrivs ut på måndag och ska signeras av ansvarig lärare.

Betygskonferens hålls tisdag 3 juni kl 14–16 i personalrummet.

/Biträdande rektor`),
  d(`Ärende #38817 – Skola24 – fel frånvaro

Anmälare: Lärare Nina Sjö
Beskrivning: Eleven Wilma Strand i 4C har fått 100 % ogiltig frånvaro registrerad för vecka 44, men hon var på lägerskola med klassen. Vårdnadshavaren har hört av sig och är upprörd. Kan ni ändra så att det blir "närvarande" för 27–31 okt?

Svar från support: Justerat. Observera att rättelsen ska noteras i elevens dokumentation.`, 'grades'),
  d(`Terminsrapport, Kulturskolan hösten 2025

Antal elever: 612 (+4 %)
Populäraste ämnen: piano, gitarr, dans
Nytt i år: El Sistema-grupp i Norrby, 38 deltagare
Närvaro: genomsnittlig närvaro vid lektionerna 87 %
Väntelistor: 140 elever väntar på plats, flest i fiol och sång

Utmaningar: lokalbrist, rekrytering av pianolärare.`),
  d(`Hej!

Vill bara berätta att Tove ligger på sjukhus efter en blindtarmsoperation, så hon kommer att missa provet i historia på fredag. Kan hon få göra det senare? Läkaren säger minst en vecka hemma.

Tack för förståelse!
Mvh Anna (mamma till Tove i 7B)

---
Svar från lärare:
Hej Anna, självklart. Krya på dig Tove! Vi tar provet när hon är tillbaka. /Petter`, 'health'),
  d(`Veckans sammanfattning från Servicedesk, v. 41

- 412 ärenden inkom (−3 %)
- Vanligaste ärendetyp: lösenordsåterställning (31 %)
- Ny funktion: självbetjäning för MFA-återställning via BankID lanseras 1 november
- Driftstörning i Treserva onsdag 10–11:30, orsak: certifikat
- Påminnelse: Servicedesk kommer aldrig att be om ditt lösenord via mejl eller telefon

Trevlig helg önskar Servicedesk`),
  d(`Från: Kerstin Nord
Skickat: fredag 10 oktober 2025 11:23
Till: Alla på enheten
Ämne: Fredagsfika + info

Hej allihop!
Idag bjuder Mia på tårta – hon fyller 40! 🎉
Lite info:
- Anton är föräldraledig från måndag, hans ärenden fördelas av mig.
- Nya kollegan Rebecka börjar 20/10.
- Påminnelse om att fylla i medarbetarenkäten senast 15/10.
- Kom ihåg julbordet 12/12, anmäl specialkost till mig.

Kram Kerstin`),
  d(`Minnesanteckningar, APT Ekonomienheten 2026-01-15

Närvarande: alla utom Håkan (semester).
1. Bokslutet – tidplan, allt ska vara klart 10/2.
2. Nya attestregler i Raindance från 1/2.
3. Arbetsmiljö: Linnea har haft en svår höst och berättade själv på mötet att hon är sjukskriven på halvtid för utmattningssyndrom sedan november och att hon jobbar förmiddagar. Gruppen ställer upp och avlastar med leverantörsreskontran.
4. Kick-off 6 mars.
5. Övrigt: nytt kaffe i automaten.`, 'health'),
  d(`Hej Peter,

Kan du boka ett möte för projektet "Trygg hemgång" med representanter från Region, kommunens hemsjukvård och primärvården? Vi behöver diskutera hur vi ska följa upp patienter som skrivs ut från sjukhus efter stroke, på en övergripande nivå (flöden, ansvar, informationsöverföring i Cosmic). Inga patientfall ska tas upp.

Förslag på datum: 3, 4 eller 10 februari.

Tack!
Helena, utvecklingsledare`),
  d(`Dagrapport – Korttidsboendet Björken, 2025-07-14

Dagpass: 4 usk, 1 ssk.
Rum 3: Gustav E har klagat på bröstsmärtor vid lunch, ssk kontaktade jourläkare, EKG taget, skickad till akuten med ambulans 13.10. Dottern meddelad.
Rum 7: ny brukare, inflyttning kl 15.
Rum 9: fallrisk, sänggrind uppe natt enligt ordination.
Övrigt: värmen – alla brukare erbjuds extra vätska varje timme.

/Signerat: ssk Farida`, 'health'),
  d(`[Teams, Grupp: Stödboendet]
[07:55] Hanna: Morgon! Simon sov inte i natt, han var väldigt ångestfylld och pratade om att han vill dö. Jag ringde psykiatriska akuten kl 03 och de skickade en ambulans. Han är inlagd på avdelning 12 nu.
[07:57] Maria: herregud. tack för att du hanterade det. ska vi meddela hans socialsekreterare?
[07:58] Hanna: gjort, mejlade Nina 06.30
[08:10] Maria: ok. jag åker och hälsar på i eftermiddag`, 'health'),
  d(`Kära medlemmar!

Nu är det dags för årsmöte i Unionen-klubben på Exempelregionen. Datum: 18 mars kl 17 i konferensrum Eken. På dagordningen: verksamhetsberättelse, val av styrelse och förslag om höjd klubbavgift. Vi bjuder på mat – anmäl dig via länken senast 11 mars.

Vill du engagera dig i klubbstyrelsen? Hör av dig till valberedningen.

Unionen-klubben Exempelregionen`),
  d(`Från: Rebecka Holmgren
Skickat: den 7 april 2026 09:12
Till: Chefsstöd HR
Ämne: VB: Fråga om omklädningsrum

Hej,
Jag vidarebefordrar nedan från en medarbetare. Jag vet ärligt talat inte hur vi ska göra, har ni någon rutin?

/Rebecka

> Från: Alex Jansson
> Skickat: den 6 april 2026 21:40
> Hej Rebecka. Som du vet håller jag på med en könsbekräftande process och har börjat leva som kvinna fullt ut sedan februari. Jag skulle vilja byta om i damernas omklädningsrum från och med nästa månad, och att mitt namn ändras till Alexandra i schemat och på namnskylten.
> Tack för att du lyssnar. /Alexandra`, 'sex-life', 'health'),
  d(`Minnesanteckningar, Jämställdhets- och mångfaldsgruppen 2025-05-13

1. Pridemånaden: kommunen deltar i paraden, banderoll beställd.
2. Enkätresultat: 6 % av medarbetarna som svarat identifierar sig som hbtqi-personer; 3 % har upplevt kränkande kommentarer på grund av sexuell läggning. Resultaten redovisas bara på kommunnivå.
3. Utbildning: "Hbtqi-certifiering" för fritidsgårdarna under hösten.
4. Könsneutrala toaletter: fastighet har tagit fram förslag för stadshuset.
5. Nästa möte 9/9.`),
  d(`Hej,

Tack för senast. Jag vill bara flagga en sak inför den fortsatta utredningen om familjehemmet: familjehemsmamman Petra nämnde under hembesöket att hon och hennes sambo Camilla har levt ihop i 11 år och gifte sig förra sommaren. Det har ingen betydelse för lämpligheten, men bakgrundsuppgifterna i utredningen står fortfarande "make", vilket behöver rättas.

Mvh
Johannes, familjehemssekreterare`, 'sex-life', 'social'),
  d(`Ärende: Klagomål via synpunktshanteringen, nr S-2025-0918

Inkommet: 2025-09-18 via webbformulär
Meddelande: "Min son blev uthängd av en fritidsledare på Ungdomens hus som sa inför alla att han 'är bög och borde gå till regnbågsgruppen'. Han har inte ens kommit ut för sin pappa. Jag kräver en ursäkt och att ni pratar med den personalen."
Handläggning: Ärendet tilldelat enhetschef fritid. Samtal med berörd personal bokat. Återkoppling till anmälaren inom 14 dagar.`, 'sex-life', 'hr-assessment'),
  d(`Hej Sara,

Inför nämndens sammanträde vill jag påminna om att ärende 8 på dagordningen (överklagan i LVU-ärende) behandlas inom stängda dörrar. Handlingarna till ärendet omfattas av sekretess enligt 26 kap. 1 § OSL och är därför inte bilagda den digitala kallelsen – ledamöterna får läsa dem på plats i sammanträdesrummet.

Övriga ärenden är offentliga och publiceras på webben som vanligt.

Hälsningar
Nämndsekreterare Björn Alm`, 'secrecy'),
  d(`[2026-02-17 15:01] Anton (registrator): Hej! Journalisten från Radio P4 har begärt ut alla mejl mellan förvaltningschefen och skolan i Kvarnby under januari
[2026-02-17 15:03] Jurist Malin: ok, jag gör en sekretessprövning. Vissa mejl handlar om en enskild elevs hälsa och är sekretessbelagda enligt 23 kap 2 § OSL, de lämnas inte ut
[2026-02-17 15:04] Anton (registrator): ska jag säga något till journalisten?
[2026-02-17 15:05] Jurist Malin: bara att vi återkommer inom två dagar, inget om innehållet`, 'secrecy'),
  d(`Intranätsnyhet: Ny vägledning om sekretess mellan myndigheter

Från och med 1 mars gäller en uppdaterad vägledning om när socialtjänsten, skolan och polisen får dela uppgifter med varandra. Vägledningen förklarar bl.a. sekretessbrytande bestämmelser i 10 kap. OSL och hur man dokumenterar en sekretessprövning. Läs den på intranätet under Juridik > Sekretess.

Frågor? Kontakta förvaltningsjuristerna.`),
  d(`Hej Lotta,

Min nya sambo har skyddade personuppgifter (skyddad folkbokföring, tidigare sekretessmarkering) på grund av en tidigare relation. Nu när vi flyttar ihop har vi fått rådet att jag också bör ansöka om sekretessmarkering. Hur gör jag så att min adress inte syns i personalkatalogen eller i Outlook-profilen?

Vänliga hälsningar
Tobias Åkerlund
Lärare, Hagaskolan`, 'protected-identity'),
  d(`Från: Skatteverket Folkbokföring (exempel)
Till: Socialtjänsten Exempelkommun, enheten för ekonomiskt bistånd
Ämne: Förfrågan

Hej,
Med anledning av er förfrågan kan vi bekräfta att den person ni frågar om har skyddad folkbokföring enligt 16 § folkbokföringslagen. Ni ska använda Skatteverkets förmedlingsuppdrag för post till personen. Adressuppgifter lämnas inte ut.

Handläggare, Skatteverket`, 'protected-identity'),
  d(`Utbildning för skolassistenter – agenda

09.00 Välkommen
09.15 Barnkonventionen och barns rätt till skydd
10.00 Skyddade personuppgifter i skolan – hur hanterar vi klasslistor, skolfoto och Vklass när en elev har skyddad identitet?
11.00 Fika
11.15 Orosanmälan – praktiska övningar med fiktiva fall
12.00 Lunch

Plats: Stadshuset, sal Vinden. Anmälan till respektive rektor.`),
  d(`Hej Mona,

Kolla gärna nedan innan du sätter upp det på dörren. /Jim

--- Lapp till städfirman ---
Till städpersonalen från Sparkle AB, v. 45–48:
Entrédörren till förskolan Lönnen: kod 2580
Larmkod (avaktivera inom 30 sek): 7163, tryck sedan OFF
Nyckel till städförrådet hänger i köket, bakom kylskåpet.
Lämna larmet PÅ när ni går!

Tack!`, 'credentials'),
  d(`From: Alicja Nowak
Sent: 03 March 2026 10:05
To: Servicedesk
Subject: Access to shared mailbox

Hi, I'm new at the Planning department and I need access to the shared mailbox plan@exempelkommun.se. My manager told me to ask you. My username is anowak12, and the temporary password I got at onboarding was Tulip#2026start – it still works but I guess I should change it?

Thanks,
Alicja`, 'credentials'),
  d(`Från: Simon Berg
Skickat: den 12 februari 2025 12:14
Till: Lönecenter
Ämne: Fel lön i januari

Hej!
Min januarilön blev 28 450 kr före skatt, men enligt mitt anställningsavtal är min månadslön 31 200 kr. Jag misstänker att ni har dragit för 2 karensdagar som inte borde vara där, jag var bara sjuk 1 dag (9 jan).

Kan ni kontrollera och rätta på februarilönen?

Simon Berg
Lokalvårdare, anst.nr 40817`, 'salary', 'health'),
  d(`Lönebesked – Lönecenter Exempelkommun
Period: 2025-12

Anställd: Ann-Sofie Holm
Befattning: Förskollärare
Månadslön: 36 800,00
OB-tillägg: 0,00
Semestertillägg: 412,50
Avdrag skatt: −10 421,00
Nettolön: 26 791,50
Utbetalas till: konto 8214-9, 943 245 118-3 (Swedbank)`, 'salary', 'bank-account'),
  d(`[Teams, 2025-06-09]
[11:40] Mariam: får man säga vad man tjänar här egentligen? 😬
[11:41] Daniel: juridiskt ja. men det är ju lite känsligt
[11:42] Mariam: jag tycker det är viktigt för att få bort löneskillnader. statistiken som HR visade på APT var ju intressant
[11:43] Daniel: absolut, men jag tycker facket borde driva det, inte vi i en chatt
[11:44] Mariam: sant, vi tar det på nästa klubbmöte`),
  d(`Hej Kristina,

Nu är kontraktet för sommarvikarien Leo påskrivet. Lön enligt överenskommelse: 148 kr/tim plus semesterersättning 12 %. Han jobbar 23 juni – 10 augusti, ca 32 tim/vecka.

Kan du lägga in det i Personec innan midsommar?

/Ingela, enhetschef Parkavdelningen`, 'salary'),
  d(`Påminnelse: Uppdatera dina bankuppgifter för utlägg

Hej!
För att få ersättning för utlägg och reseräkningar behöver du ha registrerat ett lönekonto i Självservice. Om du har bytt bank, gå in under Mina uppgifter > Bankkonto och ange clearingnummer och kontonummer. Ändringar som görs efter den 10:e får effekt på nästa månads utbetalning.

Lämna aldrig kontouppgifter via mejl.

Lönecenter`),
  d(`Ärende #81140 – Fel mottagare arvode

Beskrivning från handläggare (Nora, överförmyndarenheten):
Arvodet till god man Per-Ola Sundin (jan–jun) betalades ut till fel konto. Rätt konto enligt hans blankett: SEB 5357 10 245 77. Det som användes var hans gamla konto i Länsförsäkringar 9024 123 4567, som är avslutat. Pengarna har kommit i retur.

Åtgärd: Ekonomi, gör ny utbetalning till rätt konto.`, 'bank-account'),
  d(`Hej!

Tack för att du handlade i vår webbshop.
Ditt kort som slutar på 8821 har debiterats 1 275 kr.
Ordern skickas inom 2 dagar.

För att skydda dig mot bedrägerier visar vi aldrig hela kortnumret i mejl.

Vänliga hälsningar
Exempelbadet – Badbiljetter och kurser`),
  d(`Från: Anita Sörensen
Skickat: söndag 2 mars 2025 20:14
Till: kurser@exempelkommun.se
Ämne: Betalning simskola

Hej,
Betalningen för Oscars simskola gick inte igenom i webbshoppen. Kan ni dra pengarna manuellt? Här är kortuppgifterna:
Visa 4716 2045 7788 1203
Giltigt till 08/26
CVC 541
Kortinnehavare: Anita Sörensen
Belopp 900 kr.

Tack!
Anita`, 'payment-card'),
  d(`Ärende #62218 – Misstänkt bedrägeri på inköpskort

Användare: Göran Lindfors, Gatuenheten
Beskrivning: Göran har upptäckt tre okända dragningar (totalt 14 890 kr) från ett hotell i Dubai på sitt inköpskort Visa Business 4000 1234 5678 9010, utgångsdatum 05/27. Kortet är nu spärrat hos banken.

Åtgärd: Ekonomi beställer nytt kort. Polisanmälan görs av kortinnehavaren. Transaktionerna bestrids.`, 'payment-card'),
  d(`Protokoll, styrelsemöte Kommunal sektion Vård & Omsorg, 2025-12-03

Närvarande: Lena (ordf), Bosse (kassör), Ewa, Rafael, Jasmina (sekr)
§1 Mötet öppnas.
§2 Nya medlemmar: Stina Olofsson (Björkhaga) och Mohamed Ali (hemtjänst Centrum) har gått med under november och hälsas välkomna.
§3 Förhandlingar: Lena rapporterar från MBL-förhandlingen om sommarschemat.
§4 Ekonomi: Bosse redovisar, 34 500 kr i kassan.
§5 Mötet avslutas.`, 'trade-union'),
  d(`Hej Göran,

Vi håller på att planera vårens ledarskapsutbildning och behöver veta vilka fackliga företrädare som ska bjudas in till halvdagen om samverkan. Kan du skicka en lista över de lokala organisationerna (inte personer), så tar vi kontakt med deras kanslier?

Tack!
Hanna, HR-utveckling`),
  d(`From: Sven Ahlström
Sent: Thursday, 9 October 2025 14:22
To: Rebecca Cole
Subject: RE: conference paper

Rebecca,
Happy to co-author. Just so you know, I'm the chair of the local SACO-S council here and also a member of Naturvetarna, so I'll have to mention that in the conflict-of-interest section since the paper discusses the wage negotiations.

Talk soon,
Sven

> Rebecca wrote: Would you be willing to co-author the paper on public sector bargaining?`, 'trade-union'),
  d(`Hej!

Jag ska skriva en artikel till personaltidningen om valår och yttrandefrihet för anställda. Kan någon på juristenheten svara på några generella frågor?
– Får en anställd i kommunen vara förtroendevald i ett parti?
– Gäller det något särskilt för kommunikatörer under valrörelsen?
– Hur ska man göra om medborgare frågar om personalens politiska åsikter?

Tack!
Emma, kommunikatör`),
  d(`Från: Nämndsekreterare
Skickat: 18 februari 2026 08:20
Till: Lönecenter
Ämne: Arvoden fritidspolitiker januari

Hej,
Här kommer underlag för arvoden januari. Observera att Kjell Nyberg (M) har bytt parti och sitter nu som politisk vilde efter att han lämnat Moderaterna i december; han ska fortfarande ha arvode som ledamot. Karin Björk (S) har ersatt Louise Ek (S) i socialnämnden.

Underlaget bifogas.
/Christina`, 'political-opinion'),
  d(`Hej Ahmad,

Inför att du börjar som tolk hos oss nästa vecka: Vi har en brukare, fru Hosseini, som är iranier och konverterade till kristendomen för några år sedan. Hon är rädd att det ska bli känt i den iranska kretsen här och vill därför inte att tolken ska vara någon hon känner. Kan du bekräfta att du inte har någon relation till familjen?

Vänligen
Ulrika, biståndshandläggare`, 'religion', 'ethnic-origin'),
  d(`Veckobrev från Församlingsnytt – Exempel pastorat

• Söndag: Högmässa kl 11, kyrkkaffe efteråt.
• Onsdag: Babysång kl 10.
• Konfirmationsläger anmälan senast 1 april.
• Kyrkorådet söker nya ledamöter inför kyrkovalet.

Välkommen!`),
  d(`[Teams – Personalgrupp Björkgården]
[12:01] Amal: kan jag få byta mitt pass på fredag eftermiddag? det är eid och jag vill fira med familjen
[12:03] Chef Lisbeth: absolut! Jonas kan ta det tror jag
[12:05] Jonas: ja jag tar det 👍
[12:05] Amal: tack snälla ❤️`, 'religion'),
  d(`Hej!

Angående tolkbehovet för familjen Abdi i ärendet om bostadsanpassning: Familjen kommer från Somalia och talar somaliska. Pappan förstår lite engelska men mamman inte alls. Kan du boka en kvinnlig tolk till hembesöket den 4 november kl 10?

Mvh
Victor, handläggare bostadsanpassning`, 'ethnic-origin'),
  d(`[Loggbok, Boendestöd, 2025-08-28]
Besök hos Jan-Olov kl 14. Han berättade mycket om sin uppväxt i Tornedalen, att familjen pratade meänkieli hemma och att han som barn blev straffad i skolan för att han pratade det. Han vill gärna ha kontakt med någon som kan språket. Jag har kollat med minoritetssamordnaren om det finns någon träffpunkt.
Övrigt: Disken gjord, handlat till helgen.
/Boendestödjare Kim`, 'ethnic-origin'),
  d(`Från: Klinisk genetik
Till: Barnmottagningen, Dr. Sahlin
Ämne: Resultat familjeutredning

Resultat: Helexomsekvensering av trion (patienten Leo, 4 år, och båda föräldrarna). Hos Leo påvisas en de novo-variant i genen SCN1A, förenlig med Dravets syndrom. Föräldrarna bär inte varianten.

Vi rekommenderar återbesök för genetisk information till familjen.`, 'genetic', 'health'),
  d(`Hej Monica,

Tack för att du vill hjälpa till med vår släktforskning till 100-årsjubileet! Jag har gjort ett DNA-test hos ett kommersiellt företag och det visade att jag är bärare av anlag för hemokromatos och att min farfars släkt har ärftlig risk för det. Läkaren har nu rekommenderat att mina syskon också testar sig. Det är kanske inget för jubileumsboken, men intressant.

/Bengt`, 'genetic'),
  d(`Nyhet från Regionen: Ny genetisk screening av nyfödda

Från 1 januari utökas PKU-provet till att omfatta ytterligare tre ärftliga sjukdomar. Screeningen görs på alla nyfödda i regionen efter samtycke från föräldrarna. Vid avvikande resultat kontaktas familjen av barnkliniken. Läs mer på 1177.`),
  d(`Minnesanteckningar, dataskyddsgruppen 2026-03-12

1. Konsekvensbedömning – ansiktsigenkänning i skolans kameror: förslaget avslås, IMY har tidigare underkänt liknande projekt.
2. Fingeravtrycksinloggning på mobiltelefoner: tillåtet, eftersom mallen aldrig lämnar enheten.
3. Incident: En medarbetares foto från passerkortet läckte via felkonfigurerad sharepoint. Ingen biometrisk data inblandad.
4. Nästa möte 9 april.`),
  d(`Hej,

Vi har fått en begäran från polisen om att lämna ut det fingeravtryck och de ansiktsbilder som registrerats i passersystemet för den före detta anställda Ronja Wikström, som misstänks för stöld av läkemedel på Avd 6. Polisen vill jämföra med spår på läkemedelsskåpet.

Vad säger juristerna, får vi lämna ut?

/Säkerhetschef Håkan`, 'biometric', 'criminal-record'),
  d(`Från: Servicedesk <servicedesk@exempelregion.se>
Skickat: måndag 3 november 2025 07:30
Till: Alla medarbetare
Ämne: VARNING – nätfiskeförsök

Hej!
Under helgen har flera medarbetare fått mejl som ser ut att komma från "Lönecenter" och ber dig bekräfta ditt bankkonto och ditt lösenord via en länk. Mejlet är falskt!

Så känner du igen det:
- avsändaren är lonecenter-support@exempel-mail.com
- texten innehåller stavfel och en brådskande ton
- länken går till en sida som liknar vår inloggning

Har du klickat? Byt lösenord direkt och ring Servicedesk på 1234.

Informationssäkerhetsfunktionen`),
  d(`Veckosammanfattning – Socialtjänstens mottagning v. 12

Inkomna orosanmälningar: 47 (v. 11: 39)
Inledda utredningar: 12
Ansökningar om ekonomiskt bistånd: 88, varav 14 nyansökningar
LVU-ansökningar till förvaltningsrätten: 1
Väntetid till första besök på ekonomiskt bistånd: 9 dagar

Kommentar: Ökningen av anmälningar beror främst på att skolorna hade en utbildningsdag om barnskydd förra veckan. Ingen särskild trend bedöms föreligga.

/Verksamhetsutvecklare Ida`),
  d(`Hej,

Vi på Bibliotek Centrum planerar en temavecka om psykisk hälsa i oktober. Programförslag:
- Måndag: Föreläsning med en psykolog om sömn och stress
- Tisdag: Boktips om ångest och depression, för barn och vuxna
- Onsdag: Samtalscafé med Suicide Zero
- Torsdag: Yoga för nybörjare
- Fredag: Filmvisning

Vad tycker ni? Behöver svar senast 1 september för att trycka affischer.

Hälsningar
Anja, bibliotekarie`),
  d(`Minnesanteckningar, arbetsplatsträff Skolköket Norr 2025-09-24

1. Nya allergirutiner: alla specialkoster ska märkas med elevens klass och kostkod, inte namn på diagnos.
2. Arbetsmiljö: skyddsronden visade problem med tunga lyft vid diskmaskinen. Åtgärd beställd.
3. Friskvård: friskvårdstimmen kan tas ut tisdagar och torsdagar.
4. Sjukanmälan: påminnelse om att ringa köksansvarig före kl. 06.00.
5. Lönesamtal hålls i oktober, boka tid med Ulla.
6. Kommunal har ny kontaktperson för köken: se anslag.`),
  d(`Ämne: Inbjudan till informationsmöte om LSS-boende

Hej!
Vi bjuder in anhöriga, gode män och intresserade till ett informationsmöte om det nya LSS-boendet på Björkvägen som öppnar i vår. Vi berättar om hur boendet är planerat, hur ansökan går till och vad som gäller för daglig verksamhet.

Tid: 12 mars kl 18–19.30
Plats: Björkvägens träffpunkt
Anmälan till lss-info@exempelkommun.se

Varmt välkomna!
Avdelningen för funktionsstöd`),
  d(`[Ticket #55012] Ny behörighet i Procapita

Beställare: Enhetschef Åsa Nyström, Försörjningsstöd
Medarbetare: Jonatan Ek (ny handläggare, start 1/10)
Behörighet: Handläggarroll ekonomiskt bistånd, läsrätt för familjerätt.
Motivering: Ny tjänst.

Status: Klar
Kommentar: Användaren loggar in med SITHS-kort, inget lösenord skickas.`),
  d(`Från: Karl-Johan Strand
Skickat: 12 maj 2025 10:12
Till: Alla chefer
Ämne: Semesterplanering och bemanning

Hej,
Vi har fortfarande stora luckor i bemanningen v. 28–31, särskilt inom hemtjänsten och på korttids. Se över era listor och återkom senast fredag med hur många vikarietimmar ni behöver.

Påminnelse: Vikarier ska ha visat utdrag ur belastningsregistret om de arbetar med barn eller med personer med funktionsnedsättning enligt LSS.

/Karl-Johan, HR-chef`),
  d(`Hej alla!

Här kommer minnesanteckningarna från föräldramötet i 2A den 16 september:
- Vi har nu 24 elever i klassen.
- Läxor: läsläxa varje vecka, mattebok på torsdagar.
- Utflykt till Naturum 3 oktober, ta med matsäck.
- Utvecklingssamtal bokas i november via Vklass.
- Frånvaroanmälan görs i appen före kl 8.
- Klassföräldrar: Maja (mamma till Elsa) och Johan (pappa till Nils).

Tack för att ni kom!
/Carina, klasslärare`),
  d(`Nyhetsbrev från Pensionärsrådet, november

• Glöm inte att boka in julmarknaden den 6 december!
• Information om hemtjänstavgifter 2026: maxtaxan höjs till 2 600 kr/månad.
• Trygghetslarm: nya larm installeras under våren hos alla som har larm i dag, utan kostnad.
• Föreläsning om bedrägerier – lämna aldrig ut kortnummer eller BankID-koder i telefon!

Pensionärsrådet Exempelkommun`),
  d(`Hej Johan,

Tack för utkastet till den nya rutinen för hantering av skyddade personuppgifter i skolan. Några kommentarer:
1. Under punkt 3 står "eleven". Skriv hellre "elev med skyddade personuppgifter".
2. Vem ansvarar för att klasslistor inte publiceras – rektor eller administratör?
3. Lägg till hur man gör med skolfoton och bildpublicering.
4. Hänvisa till Skatteverkets vägledning.

Annars ser det bra ut!
/Eva, dataskyddssamordnare`),
  d(`[09:30] Johanna: god morgon, har vi fått nya sekretessblanketter? tystnadsförbindelsen för praktikanterna?
[09:31] Per: ja de ligger i delade mappen/Blanketter/HR
[09:32] Johanna: tack, måste hinna få underskrift innan de börjar i dag
[09:33] Per: glöm inte att de ska ha introduktion i informationssäkerhet också`),
  d(`Protokoll, kommunstyrelsens arbetsutskott 2026-02-10

§ 12 Uppföljning av internkontrollplanen 2025 – godkänns.
§ 13 Förslag till ny löneöversynsprocess – arbetsutskottet föreslår att kommunstyrelsen beslutar att lönerevisionen 2026 genomförs med ett utrymme på 3,2 %.
§ 14 Medborgarförslag om hundrastgård i Norrby – remitteras till tekniska nämnden.
§ 15 Rapport från förhandlingsdelegationen – informationen noteras.

Justerat 2026-02-13.`),
  d(`Hej!

Välkommen till kursen "Att möta människor med psykisk ohälsa i myndighetsutövning", 4 oktober.
Programmet bifogas. Vi går igenom:
– vanliga diagnoser (depression, bipolär sjukdom, schizofreni, ADHD) och hur de kan påverka kontakten med myndigheter
– bemötande vid suicidrisk
– fallövningar med fiktiva personer

Kursen ges av Nationell Samverkan för Psykisk Hälsa.
Lunch ingår.`),
  d(`Från: Upphandlingsenheten
Skickat: den 20 november 2025 13:00
Till: Berörda verksamheter
Ämne: Ny leverantör av tolktjänster

Hej,
Från 1 januari 2026 har vi avtal med TolkPartner AB för språk- och teckenspråkstolkning. Beställ via deras portal. Kunden ska uppge språk och dialekt, inte personens ursprung eller medborgarskap.

Frågor om avtalet: upphandlare Sofia Kron.`),
  d(`Hej Ellen,

Vi behöver hjälp med att räkna fram kostnaden för höstens fortbildning för lärarna på Norrskolan. Underlag:
- 32 lärare × 3 dagar
- vikariekostnad ca 2 100 kr/dag
- kursavgift 4 500 kr/person

Kan du göra en kalkyl och jämföra med budget? Jag behöver den till ledningsgruppen den 18/9.

Tack!
Hasse, rektor`),
  d(`Från: Lina Forsberg
Skickat: onsdag 22 oktober 2025 19:40
Till: Peter Nylund
Ämne: SV: SV: Valupptakten

Hej Peter,
Tack för igår. Jag har funderat och bestämt mig: jag ställer upp som kandidat för Miljöpartiet i regionvalet och står på plats 4 på listan. Jag har redan pratat med min chef om hur vi hanterar jäv i ärenden om kollektivtrafiken.

Syns på lördag på torget!
Lina

> Från: Peter Nylund
> Hej Lina, blir du kandidat i år? Vi behöver fler unga på listan. /Peter, MP Exempelkommun`, 'political-opinion'),
  d(`Hej,

Vi har fått en klagan från en anhörig om att en personal på Tallåsens äldreboende, Svante, vid flera tillfällen har pratat högt om invandring och sagt att han "röstar för att alla ska åka hem" med brukare och kollegor i dagrummet. Flera kollegor har bekräftat detta. Enhetschefen har haft ett första samtal.

Kan HR ge råd om hur vi dokumenterar det hela?

/Verksamhetschef Anette`, 'political-opinion', 'hr-assessment'),
  d(`Hej Stina,

Här är några rader till referatet från rekryteringsintervjun med Alice Berggren (kandidat 2, administratör):
- Mycket god kännedom om Public 360 och ekonomisystem.
- Lugn och strukturerad i intervjun, gav konkreta exempel.
- Svag på frågan om konflikthantering, lite vag.
- Referens 1 (tidigare chef): "pålitlig, men ibland för tyst i grupp".
Samlad bedömning: stark kandidat, rangordnas som nr 1.

/Oskar`, 'hr-assessment'),
  d(`[Elevhälsoteamets minnesanteckningar, 2025-10-14]
Närvarande: rektor, skolsköterska, kurator, specialpedagog
Ärende 1: Felix i 6B – frånvaro 30 % hittills denna termin, främst måndagar. Skolsköterskan har haft samtal, han beskriver magont och oro inför idrotten. Kurator bjuder in vårdnadshavare. Felix har F i idrott och hälsa och E i matematik.
Ärende 2: Generell info om nya rutinen för extra anpassningar.
Ärende 3: Skolsköterskans vaccinationsplanering HPV åk 5.`, 'grades', 'health'),
  d(`Hi Jonas,

Just a quick note: Ebba's final grades from her exchange semester at our university are now registered. She received an A in "Urban Planning Theory", a B in "GIS for Planners" and a C in "Swedish for Beginners". Transcript to follow by post.

It was a pleasure having her with us!

Best regards,
Claire Dubois
International Office, Université Exemple`, 'grades'),
  d(`Från: Åsa Ragnarsson
Skickat: den 8 juni 2025 09:15
Till: Studie- och yrkesvägledare Niklas Wester
Ämne: Gymnasieintagningen

Hej Niklas,
En fråga om antagningen: vilket meritvärde krävdes för att komma in på Naturvetenskapsprogrammet på Katedralskolan i fjol? Jag har ett par elever som ligger nära gränsen, men jag vill bara ha den generella siffran innan jag pratar med dem.

Tack!
/Åsa, mentor åk 9`),
  d(`Hej Peter,

Angående Mika (åk 8) som har kommit in i ett LVU-familjehem: Han har bytt skola tre gånger sedan i våras. Här är hans senaste betyg från Norrskolan för att ni ska kunna planera stöd: SV: D, MA: E, EN: C, NO: F, SO: E. Frånvaro under våren 18 %.

Socialsekreteraren Maria Lund kommer att kontakta er om ett SIP-möte.

/Kurator Norrskolan`, 'grades', 'social'),
  d(`Ärende #77003 – Ändrad behörighet i betalsystem

Beställare: Ekonomichef
Beskrivning: Medarbetaren Ylva Hedström går över från kundreskontra till lönecenter. Hon ska behålla läsrätt i betalsystemet till 31/12. Ingen ny kortbehörighet.

Kommentar: Behörigheten ändrad 2025-11-02. Ingen åtgärd krävs av användaren.`),
  d(`Hej!

Jag vill höra om det går att få kortbetalning i receptionen på simhallen också för företagskort (American Express)? Vi är en förening som ska boka banan för 12 tillfällen under hösten och vill betala med föreningens kort.

Med vänlig hälsning
Kassör, Exempel Simsällskap`),
  d(`From: Victoria Lang
Sent: 14 May 2025 08:50
To: Travel Desk
Subject: Hotel booking Brussels

Hi, please book the Hotel Métropole for me 2–4 June (EU Regions meeting). I'll pay with my own card and claim it back: Amex 3714 496353 98431, exp 10/27, security code 7788. Name as on card: Victoria A Lang.

Thanks,
Victoria
EU Coordinator, Region Exempelland`, 'payment-card'),
  d(`Hej Ingrid,

Det här gäller vår kyrkogårdsarbetare Olle: Han har varit med i Jehovas vittnen sedan han var ung och har sagt till mig att han inte vill delta i personalens julfirande eller födelsedagsfikor. Det är helt okej, men jag vill att vi tänker på det vid planering så han inte känner sig utpekad.

/Ann-Marie, arbetsledare`, 'religion'),
  d(`Minnesanteckningar, rekrytering av kommunpräst till krisberedskapsgruppen

Krisgruppen (POSOM) ska utöka med en representant från trossamfund. Förslag är att tillfråga Svenska kyrkan, Katolska församlingen och moskéföreningen om var sin kontaktperson. Ingen ska utses på grund av personlig tro, utan i egenskap av företrädare för sitt samfund.

Beslut: Samordnaren kontaktar samfunden under december.`),
  d(`Hej Sandra,

Jag behöver ta ledigt fredag 28 mars. Jag är sverigefinne och ska åka till min mormors begravning i Haparanda, hela släkten samlas. Tar det som semesterdag.

Tack,
Riikka`, 'ethnic-origin'),
  d(`Från: Polismyndigheten, Gränspolisen (exempel)
Till: Migrationsärenden, Socialtjänsten
Ämne: Identitetskontroll

Med anledning av er förfrågan kan vi bekräfta att ansiktsbilden och de fingeravtryck som togs vid ansökan om uppehållstillstånd har jämförts med Eurodac och matchat personen Samir Haddad, som tidigare sökt asyl i Tyskland 2019.

Uppgifterna omfattas av sekretess och får inte vidarebefordras.`, 'biometric', 'secrecy'),
  d(`Hej alla chefer,

Kort info från Rekrytering: Från och med 1 mars använder vi ett nytt personlighetstest (OPQ) i slutskedet av chefsrekryteringar. Testresultatet återkopplas till kandidaten av en certifierad testledare och sparas i 6 månader. Testet ska aldrig användas som enda urvalsgrund.

Vill du veta mer? Boka en genomgång med Jenny.

/HR Rekrytering`),
  d(`Från: Hans Edvardsson
Skickat: den 30 januari 2026 16:02
Till: Projektgruppen Nya Vårdboendet
Ämne: Veckouppdatering v. 5

Hej alla,
Några punkter från veckan:
1. Bygget: Stomresningen är klar, taket läggs v. 7.
2. Upphandling av möbler: tre anbud har kommit in, utvärdering pågår.
3. Bemanning: Rekryteringen av enhetschef pågår, intervjuer v. 8.
4. Kommunikation: Informationsblad till anhöriga skickas ut i mars.
5. Personal: Marita är borta resten av månaden – hon fick en hjärtinfarkt i helgen och ligger kvar på kardiologen, hälsar till alla. Johan tar hennes punkter.

Trevlig helg!
Hans Edvardsson
Projektledare, Fastighetsavdelningen

Detta meddelande är avsett endast för adressaten. Det kan innehålla konfidentiell information.`, 'health'),
  d(`Hej,

Påminnelse till alla som jobbar på Lärkans förskola: Hösten är här och med den förkylningar. Barn med feber ska vara hemma en feberfri dag innan de kommer tillbaka. Vi har ett utbrott av vinterkräksjuka i huset – två avdelningar har drabbats – så tvätta händerna extra noga och använd handsprit.

Folkhälsomyndighetens råd finns på anslagstavlan.

/Förskolechef Lotta`),
  d(`[Teams – Team Bygglov]
[08:05] Kajsa: hej, jag är hemma idag, vabbar. Lilla Vilma har feber igen
[08:06] Rolf: krya på henne!
[08:07] Kajsa: tack. mötet med sökanden kl 10 kan Emil ta? handlingarna ligger i ärendet
[08:08] Emil: japp, jag tar det
[08:10] Kajsa: 👍`, 'health'),
  d(`Utdrag ur journal, Hemsjukvården – insats hos Greta Ljungberg

2025-11-04 Ssk Mats: Omläggning av bensår vänster underben. Såret mindre, ingen rodnad. Greta uppger smärta 3/10. Fortsätter med Alvedon vid behov. Diabetesvärden stabila, blodsocker 7,8 före lunch.
2025-11-06 Usk Lisa: Hjälp med dusch. Greta glad och pratsam.
2025-11-08 Ssk Mats: Omläggning, såret läker.
Nästa läkarbesök 20/11.`, 'health'),
  d(`Hej allihop!

Som ni vet blir det omorganisation i april. Här en kort sammanfattning av gårdagens information:
• Enheten delas i två team: mottagning och utredning.
• Alla behåller sina anställningsvillkor och löner.
• Facken har informerats enligt MBL § 19 och förhandling sker 5 mars.
• Medarbetare kan lämna önskemål om team till Lena senast 1 mars.
• Vi tar extra pauser för frågor på APT.

/Lena, avdelningschef`),
  d(`Från: Monika Hall
Skickat: den 4 december 2025 08:41
Till: Lönecenter
Ämne: Sjuklön

Hej,
Jag vet inte om detta är rätt adress. Jag har varit sjukskriven för min reumatism 12 dagar i november och nu undrar jag varför jag bara fått sjuklön för 8 dagar. Läkarintyget lämnades till chefen dag 8. Kan ni kolla?

Monika Hall, lokalvårdare, Ekbackens skola`, 'health'),
  d(`Hej!

Information inför influensavaccinationen för personal på äldreboendena:
- Datum: 5 och 12 november
- Plats: respektive boende, i personalrummet
- Ta med vaccinationskortet om du har ett
- Om du är gravid eller har allergi mot ägg, prata med sjuksköterskan först

Vaccinationen är gratis och frivillig.

/Medicinskt ansvarig sjuksköterska`),
  d(`Sammanfattning – månadsmöte med hemtjänstgruppen Väster, 2026-01-28

Närvarande: 14 medarbetare, enhetschef Camilla.
1. Körjournaler – de ska fyllas i varje dag.
2. Nya brukare: Tre nya beslut om hemtjänst i januari, planering pågår.
3. Avvikelser: 7 rapporterade, mest om missade läkemedelsöverlämningar. Genomgång av rutinen.
4. Nya nyckelsystemet Phoniro: alla får sin egen kod till appen av Camilla personligen, koden får aldrig skrivas ned.
5. Fackligt: Kommunal bjuder på lunch 12/2.`),
  d(`Hej,

Jag har en fråga om vad som gäller: Om en elev har diagnosen dyslexi, har eleven då automatiskt rätt till förlängd provtid på nationella prov? Jag hittar inte svaret i Skolverkets material.

Tack på förhand!
/Lärare i svenska, Västerskolan`),
  d(`Från: Pia Lindgren
Skickat: den 3 september 2025 10:44
Till: Arbetsterapeut Emma
Ämne: Hjälpmedel till Birger

Hej Emma,
Birger i lägenhet 14 på Solrosen har blivit sämre i sin Parkinson och har fallit två gånger den senaste veckan. Kan du komma och prova ut en rollator och se över om han behöver en duschstol? Han har också svårt att resa sig ur sängen.

/Pia, undersköterska`, 'health'),
  d(`Intranät: Lediga tjänster vecka 38

• Socialsekreterare, familjerätt, tillsvidare. Sista ansökan 30/9.
• Lönespecialist, Lönecenter, tillsvidare. Sista ansökan 2/10.
• Sjuksköterska, hemsjukvården, natt. Sista ansökan 25/9.
• IT-tekniker, servicedesk, vikariat. Sista ansökan 28/9.
• Kock, Norrskolans kök, 75 %. Sista ansökan 1/10.

Sök via Offentliga jobb.`),
  d(`Hej,

Vi har fått ett tips från en granne om att det bor fler i lägenheten på Parkgatan 9B än kontraktet anger. Innan vi gör något vill jag veta vad vi får och inte får göra som hyresvärd. Kan ni på juridiken skicka något generellt om andrahandsuthyrning och kontroll av boende?

/Kundansvarig, Bostadsbolaget`),
  d(`[Teams – Enheten för ekonomiskt bistånd]
[13:10] Malin: Har nån sett Sannas journalanteckning om Kent J? han ringde och sa att han ska få pengar från arvet i mars, men det är inte noterat
[13:11] Sanna: oj, jag har det på lapp, lägger in nu. han har fått försörjningsstöd sedan augusti och nu ska vi räkna arvet som inkomst
[13:12] Malin: ok, bra. skriv också att han ska lämna in bouppteckningen
[13:12] Sanna: 👍`, 'social'),
  d(`Hej!

Jag är gode man för en ung man som nu fått beslut om boende med särskild service enligt LSS. Han flyttar in på Tallbackens gruppbostad den 1 maj. Han har autism och en lindrig intellektuell funktionsnedsättning och behöver stöd med ekonomin. Vem kontaktar jag om möblering och hyresavtal?

Vänliga hälsningar
Anders Nord, god man`, 'social', 'health'),
  d(`Information om ändrade regler för försörjningsstöd 2026

Riksnormen för försörjningsstöd höjs från 1 januari 2026. Nya belopp:
– ensamstående: 3 640 kr
– sammanboende: 6 580 kr
– barn 7–10 år: 2 950 kr
Handläggarna informeras på enhetsmöte 12 december. Beräkningsmallen i Procapita uppdateras automatiskt.

/Enheten för ekonomiskt bistånd`),
  d(`Från: Elevhälsan Södra
Skickat: tisdag 9 december 2025 14:18
Till: Mentor 2B
Ämne: VB: Angående Lukas

Hej,
Vidarebefordrar nedan från skolläkaren efter samtycke från vårdnadshavarna.

/Skolsköterskan Marie

-----Ursprungligt meddelande-----
Från: Skolläkare dr Jonsson
Hej Marie,
Den genetiska utredningen av Lukas är klar: kromosomanalysen visar fragilt X-syndrom. Mamman är bärare. Det förklarar en del av hans inlärningssvårigheter. Jag föreslår att skolan och habiliteringen träffas för att planera anpassningar.
/Jonsson`, 'genetic', 'health'),
  d(`Hej alla i forskargruppen!

Påminnelse om etikprövningen: Alla studier som innefattar genetiska analyser av deltagarnas prover måste ha godkännande från Etikprövningsmyndigheten innan provtagningen startar. Resultat på individnivå får bara förvaras på den krypterade servern, aldrig i mejl.

Nästa gruppmöte 14/2, då går vi igenom ansökan för biobanksstudien.

/Professor Lind`),
  d(`[2026-01-08 19:12] Frida: hej syrran, vet du om mamma har berättat för dig om provsvaret?
[2026-01-08 19:14] Emma: nej vadå
[2026-01-08 19:15] Frida: hon testade sig för det där med familjär hyperkolesterolemi, och hon har mutationen. läkaren säger att vi båda borde testa oss
[2026-01-08 19:16] Emma: oj. ok jag ringer vårdcentralen i morgon
[2026-01-08 19:17] Frida: jag fick remiss redan, testet tas på fredag`, 'genetic'),
  d(`Minnesanteckningar, APT Lönecenter 2025-11-20

1. Lönekörningen i november – allt gick enligt plan.
2. Nya skattetabeller 2026 läggs in i december.
3. Personal: Tove har fått ny tjänst som lönespecialist på HR, sista dag 30/11. Vi tackar för fem fina år!
4. Arbetsmiljö: Hög arbetsbelastning i december. Chefen tar upp extra resurs med HR.
5. Övrigt: julavslutning 18/12.`),
  d(`Hej Anneli,

Jag behöver hjälp med en sak som är lite känslig. Vår medarbetare Rasmus ska enligt beslut få ett lönetillägg på 3 000 kr retroaktivt från oktober, men i oktober låg han fortfarande på den gamla lönenivån 35 100 kr. Det har blivit fel i Personec – tillägget har inte kommit med. Han är ganska upprörd och har kontaktat Vision.

Kan du ordna en rättelse till decemberlönen?

/Jörgen, enhetschef`, 'salary', 'trade-union'),
  d(`Ärende #90210 – Lösenordsbyte skrivare

Beskrivning: Skrivaren i Hus C kräver en PIN-kod för att släppa utskrifter. Användaren Erika Bloom har glömt sin kod.
Åtgärd: Ny PIN satt till 8842, meddelad till Erika via telefon. Hon uppmanas byta koden vid nästa utskrift.

Stängt: 2025-10-14 11:02`, 'credentials'),
  d(`Hej,

Inför migreringen till det nya ekonomisystemet: kan ni skicka en lista med alla användare som har attesträtt, med användarnamn och roll? Inga lösenord behövs – alla nya konton skapas med SSO och inloggning via SITHS.

Tack!
Projektledare Unit4-införandet`),
  d(`Från: Nina Strömberg
Skickat: den 21 augusti 2025 13:33
Till: Kollegor på Boendestöd
Ämne: Vikarie och nycklar

Hej!
Till Malin som vikarierar i morgon:
- Nyckelskåpet på kontoret har kod 1954.
- Klienternas nycklar ligger märkta med nummer, inte namn.
- Wifi på kontoret: nätverk BS-Gäst, lösen Fjaril2025!
Ring mig om något krånglar.
/Nina`, 'credentials'),
  d(`Kvartalsrapport IT-säkerhet Q3

• Antal rapporterade nätfiskeförsök: 231 (+18 %)
• Antal medarbetare som klickat på länkar i testkampanjen: 6 %
• Lösenordsläckor: inga kända konton berörda enligt Have I Been Pwned-kontrollen
• MFA-täckning: 94 % av alla konton

Åtgärder Q4: utbildning för chefer, obligatorisk MFA för alla med extern åtkomst.`),
  d(`Hej,

Kan ni lägga in följande ersättning till vår föreläsare på inspirationsdagen den 15 maj? Föreläsaren, Kristina Hellberg, fakturerar inte via firma, så vi betalar som arvode.
Arvode: 8 000 kr
Bank: ICA Banken, clearing 9270, konto 1045 672 331
Adress för kontrolluppgift finns i bilagan.

/Sara, samordnare Kulturenheten`, 'bank-account'),
  d(`[Teams – Ekonomienheten]
[10:45] Elin: kan någon förklara skillnaden mellan clearingnummer och kontonummer för en nyanställd som frågar?
[10:46] Jakob: clearingnumret är bankens kontorsnummer, 4–5 siffror, kontonumret är ditt eget konto. Swedbank har ibland 5 siffror
[10:47] Elin: tack! och IBAN för utländska konton?
[10:47] Jakob: ja, det behövs för utbetalningar utomlands`),
  d(`Från: Lars Wennberg
Skickat: den 1 april 2026 07:58
Till: Ekonomi, leverantörsreskontra
Ämne: BRÅDSKANDE – nytt konto för leverantör

Hej,
Jag har fått ett mejl från vår leverantör Nordic Clean AB om att de har bytt bank. Nytt bankgiro 5877-2201. Kan ni ändra innan betalningen på fredag?

/Lars

-----
Svar från Ekonomi: Hej Lars! Vi gör aldrig sådana ändringar utan att ringa leverantören på känt nummer. Det här ser ut som ett bedrägeriförsök. Vi kontrollerar.`),
  d(`Hej Eva,

Jag har glömt mitt bankkort hemma och behöver betala deltagaravgiften för konferensen nu innan det stänger. Kan du betala med ditt tjänstekort? Annars kan du betala med mitt privata kort som jag har fotat av: 5168 4412 9087 3356, 12/26, kod på baksidan 044.

Tusen tack, jag Swishar dig!
/Lena`, 'payment-card'),
  d(`Hej!

Vi har haft en utbildning för alla i kassan på Kulturhuset om kortbetalningar och PCI DSS. Sammanfattning:
- Skriv aldrig ned kundens kortnummer.
- Ta aldrig emot kortuppgifter via telefon eller mejl.
- Om en kund mejlar sina kortuppgifter: radera mejlet och be kunden betala via webbshoppen.

Instruktionen finns i kassapärmen.
/Kulturhusets chef`),
  d(`Hej kollegor,

Kort om min situation: Jag har fått diagnosen MS och kommer att gå ned till 75 % från 1 mars, enligt läkarens rekommendation. Jag har valt att berätta för er alla så att ni förstår varför jag ibland behöver vila på eftermiddagen. Det är okej att fråga!

Kram,
Lotta

PS. Glöm inte att skicka in era semesteransökningar senast 31/3.`, 'health'),
  d(`From: Hannah Berg
Sent: Monday 12 January 2026 09:15
To: Team Nordic Health Data
Subject: Weekly notes

Hi all,
Notes from Friday's call:
1. The data request to the national registry is approved. Aggregated data only, no individual records.
2. Ethics: the amendment for the genetic sub-study is still pending.
3. Staffing: Olav starts 1 February as data manager.
4. Budget: travel budget reduced by 15 %.
5. Next call: 23 January.

Best,
Hannah`),
  d(`Hej Marcus,

Inför din första vecka som boendestödjare: en av dina klienter, Oskar, är homosexuell och lever med sin partner Jens i lägenheten. Oskar har tidigare haft dåliga erfarenheter av personal som gjort kommentarer om det, så var uppmärksam. Han har också ADHD och behöver hjälp med struktur kring räkningar.

Välkommen till gruppen!
/Sofia, samordnare`, 'sex-life', 'health'),
  d(`Hej!

Information om regnbågsfika på onsdag kl 15 i personalrummet. Alla är välkomna – det är ett tillfälle att prata om hur vi kan göra arbetsplatsen mer inkluderande för hbtqi-personer. Kommunens jämställdhetsstrateg kommer och berättar om den nya handlingsplanen.

Ta med en kollega!
/Jämställdhetsombudet`),
  d(`[Teams – Ungdomsmottagningen intern]
[14:10] Barnmorska Tina: Info inför nästa besök: flickan 15 år som var här i tisdags har berättat att hon har sex med en 19-åring. Kurator bedömer att vi ska göra en orosanmälan. Jag pratar med henne på torsdag.
[14:12] Kurator Jesper: ja, jag skriver anmälan idag
[14:13] Barnmorska Tina: tack. hon ska också ha p-piller, recept klart`, 'sex-life', 'social', 'health'),
  d(`Från: Kundcenter
Skickat: den 15 oktober 2025 10:50
Till: Handläggare bygglov
Ämne: Kontakt om grannehörande

Hej,
En sökande i bygglovsärende 2025-1044 har ringt och berättat att hon har skyddade personuppgifter. Hon vill inte att hennes namn eller adress ska framgå i grannehörandet som skickas till grannarna. Ärendet behöver markeras och handlingarna sekretessprövas innan något skickas ut.

/Kundcenter, Amira`, 'protected-identity', 'secrecy'),
  d(`Hej Kent,

Vi har fått en ansökan om plats i förskola för ett barn med fingerade personuppgifter. Kan du kontakta mig per telefon innan du lägger in något i Procapita eller i placeringssystemet? Ingen information om barnet ska skickas via e-post.

/Placeringshandläggare, Förskoleenheten`, 'protected-identity'),
  d(`[2026-03-02 08:15] Christian: vet ni att Niklas på fastighet har gått med i Ahmadiyya-församlingen? han berättade på lunchen
[2026-03-02 08:16] Moa: ja, han har varit med ett tag, han var på deras stora möte i London i somras
[2026-03-02 08:17] Christian: intressant. han bjöd in mig till deras öppet hus
[2026-03-02 08:20] Moa: gå! de bjuder på god mat`, 'religion'),
  d(`Hej,

Frågor om praktiska saker inför utbildningsdagen:
1. Finns det ett tyst rum som kan användas för bön under dagen? Vi har flera deltagare som har frågat.
2. Lunchen: beställ vegetariskt till alla så slipper vi specialkost.
3. Är det tillgänglighetsanpassat för rullstol?

Tack!
/Utbildningssamordnare`),
  d(`Från: Kommunstyrelsens ordförande
Skickat: den 10 september 2025 12:30
Till: Kanslichefen
Ämne: Personalärende – Robin

Hej Annika,
Jag har fått reda på att Robin, en av våra politiska sekreterare, har deltagit i Extinction Rebellions blockad av motorvägen i helgen och greps av polisen. Han är misstänkt för ohörsamhet mot ordningsmakten. Jag vill att vi diskuterar hur det påverkar hans uppdrag.

/Ordförande`, 'political-opinion', 'criminal-record'),
  d(`Nyheter från Exempelkommuns kansli:

• Kommunfullmäktige sammanträder 28 november kl 18. Sänds på webben.
• Motion från Kristdemokraterna om fler trygghetsvärdar behandlas.
• Partistöd 2026 – redovisningar ska vara inne senast 30 juni.
• Nya förtroendevalda introduceras i januari.

Läs dagordningen på exempelkommun.se/kf`),
  d(`Hej,

Passerkortet till Lisa Granström fungerar inte på Ekbackens vårdboende. Vi har bytt system till irisläsare vid läkemedelsrummet, och hennes irisregistrering från i måndags verkar inte ha sparats. Kan säkerhetsavdelningen göra om registreringen? Hon kommer inte åt läkemedelsrummet i kväll annars.

/Ssk-samordnare Lars`, 'biometric'),
  d(`Bland ärendena i veckan – Säkerhetsavdelningen

1. Kameraövervakning: Nya kameror vid parkeringen, tillstånd från länsstyrelsen behövs inte enligt ny lag.
2. Fingeravtrycksläsare vid serverhallen: leverantörsdemo 14/11. Ingen personal registreras under demon.
3. Inbrottsförsök i förrådet Hus B anmält till polisen, ingen misstänkt.
4. Utbildning i hot och våld för receptionen 20/11.`),
  d(`Hej,

Inför domstolsförhandlingen i vårdnadsmålet vill jag informera dig som nytt ombud om att pappan, Marko Jelić, tidigare är dömd för misshandel av barnens mamma (2021) och har ett gällande kontaktförbud fram till juni. Socialtjänstens yttrande tar upp detta. Sekretess gäller för mammans adress.

Med vänlig hälsning
Familjerättssekreterare Anna Brink`, 'criminal-record', 'protected-identity', 'social'),
  d(`Protokoll, Vårdförbundets avdelning Exempelregionen, styrelsemöte 2026-01-14

§ 3 Medlemsärenden: Styrelsen beslutade att ge rättshjälp till medlemmen Kajsa Lind i hennes tvist om uppsägning från akutmottagningen. Ombudsmannen Per tar ärendet.
§ 4 Lönestatistik för sjuksköterskor i regionen – presenteras på medlemsmöte i februari.
§ 5 Övrigt: kansliet har nya öppettider.`, 'trade-union'),
  d(`Hej!

Jag ska sammanställa hur många i personalen som är fackligt anslutna för att planera fackliga förhandlingar – får jag det? Eller ska vi bara fråga facken om hur många medlemmar de har på arbetsplatsen, utan namn?

Tacksam för svar.
Emil, HR-konsult`),
  d(`Från: Anders Lilja <anders.lilja@exempelkommun.se>
Skickat: den 19 maj 2026 16:55
Till: Ledningsgruppen Socialförvaltningen
Ämne: VB: VB: Synpunkter på nya riktlinjer för ekonomiskt bistånd

Hej,
Här kommer hela tråden så ni kan läsa på inför tisdag. Inga enskilda ärenden nämns, det är riktlinjerna vi ska diskutera.

/Anders

-----Ursprungligt meddelande-----
Från: Jurist Sara Öberg
Skickat: den 19 maj 2026 11:20
Hej Anders, några synpunkter:
1. Avsnittet om hushåll med barn bör hänvisa till barnkonsekvensanalysen.
2. Skrivningen om "skäliga boendekostnader" behöver exemplifieras.
3. Riktlinjerna bör säga att bistånd till tandvård bedöms individuellt.
/Sara

-----Ursprungligt meddelande-----
Från: Anders Lilja
Skickat: den 16 maj 2026 09:03
Hej Sara, kan du granska utkastet till nya riktlinjer för ekonomiskt bistånd före ledningsgruppen? /Anders

--
Anders Lilja, socialchef
Exempelkommun
Den här e-posten kan innehålla sekretessbelagd information. Om den har kommit till dig av misstag, radera den och meddela avsändaren.`),
  d(`Minnesanteckningar, ledningsgrupp Barn och utbildning 2026-04-21

Närvarande: Förvaltningschef Sara L, rektorerna för Norr, Söder, Väster, HR-strateg Ola, controller Mia.

1. Ekonomi: prognosen visar underskott på 1,8 mnkr, främst skolskjuts och modersmål.
2. Elevresultat: andelen elever i åk 9 med godkänt i alla ämnen ökade till 78 % (2025: 74 %). Meritvärdet är 226 i snitt. Redovisas för nämnden i maj.
3. Närvaro: kommunens närvarofrämjande arbete utvärderas av Linnéuniversitetet.
4. Personal: rekryteringsläget för speciallärare är fortsatt svårt. Lönesättningen för bristyrken diskuteras med Sveriges Lärare på central nivå.
5. Arbetsmiljö: OSA-enkäten visar hög arbetsbelastning på Söder. Handlingsplan tas fram.
6. Övrigt: Skolavslutningarna i kyrkan – rektorerna påminns om att det ska finnas en likvärdig alternativ aktivitet.

Nästa möte 5 maj.
/Vid pennan: Mia`),
  d(`Hej Karin,

Här kommer en sammanfattning från dagens möte med Ahmed från Arbetsförmedlingen om Sami Haddad, som gör praktik hos oss på parkförvaltningen inom etableringsprogrammet:

- Sami har kommit till Sverige från Syrien 2023 och läser SFI på eftermiddagarna, nu på kurs C.
- Han har fungerat mycket bra i arbetslaget, noggrann och punktlig. Arbetsledaren Jukka ger honom goda omdömen.
- Han har haft ont i knät sedan i vintras och har fått en tid hos sjukgymnast, så vi undviker tunga lyft tills vidare.
- Praktiken förlängs till 30 september.

Ahmed återkommer om möjligheten till en lönebidragsanställning.

/Petra, handledare`, 'ethnic-origin', 'health', 'hr-assessment'),
  d(`[Chattlogg – Kommunens e-tjänst "Fråga kommunen", 2025-10-02]
14:02 Besökare: hej, hur ansöker man om färdtjänst?
14:03 Handläggare Lena: Hej! Du ansöker via e-tjänsten på vår webb eller med en pappersblankett. Du behöver ett läkarintyg som beskriver din funktionsnedsättning.
14:04 Besökare: ok, hur lång tid tar det?
14:05 Handläggare Lena: Handläggningstiden är ungefär fyra veckor.
14:06 Besökare: tack
14:06 Handläggare Lena: Varsågod, ha en fin dag!`),
  d(`Från: Ewa Kristiansson
Skickat: den 11 november 2025 20:18
Till: Familjehemsenheten
Ämne: Pojken

Hej Jonas,
Som vi pratade om i telefon: Wilmer kom hem från skolan idag och berättade att hans biologiska pappa stod utanför skolgården. Han var rädd. Pappan får ju inte veta var Wilmer bor, han har sekretessmarkering hos Skatteverket och umgänget är bara under kontrollerade former enligt LVU-beslutet. Jag har pratat med rektorn som tar kontakt med polisen.

Kan du ringa mig i morgon så snart du kan?

Ewa, familjehemsmamma`, 'protected-identity', 'social'),
  d(`Weekly digest – International Office, week 44

• 18 exchange students arrived for the spring term; welcome event on 5 November.
• The visa handbook has been updated with the new Migration Agency forms.
• Staff training: "Intercultural communication" on 12 November – sign up via the portal.
• Reminder: student grades from partner universities must be converted via Ladok, not by email.
• The International Office is closed on Friday 7 November.

Questions? international@exempel-hogskola.se`),
  d(`Hej,

Vi har rekryterat en ny undersköterska till natten, Fredrik Sandin, start 1 december. Anställningsvillkor: tillsvidareanställning 85 %, grundlön 30 500 kr på heltid, OB enligt avtal. Han är medlem i Kommunal och har bett att få facklig information skickad till sin privata adress.

Kan ni skapa anställningen i Personec och beställa passerkort?

/Enhetschef Maria, Björkhaga`, 'salary', 'trade-union'),
  d(`Sammanfattning från nätverksträff "Skolnärvaro i fokus", 2026-02-26

Vi var 32 deltagare från sju kommuner. Huvudpunkter:
1. Forskaren Karin Lundh presenterade studier om hemmasittare och orsaker till långvarig frånvaro (t.ex. ångest, mobbning, NPF).
2. Goda exempel: Norrköping har närvaroteam med kurator, specialpedagog och socialsekreterare.
3. Digitala verktyg: frånvarorapporter i Skola24 skickas automatiskt till vårdnadshavare efter 3 dagar.
4. Diskussion: hur samverkar skola och socialtjänst tidigt? Se presentationen.

Inga enskilda elevärenden togs upp. Nästa träff i september.`),
  d(`Från: Johanna Persson
Skickat: fredag 24 oktober 2025 15:30
Till: Kalle Eriksson
Ämne: VB: Överenskommelse om avslut

Kalle,
Här kommer överenskommelsen som HR skickade till Amanda. Den är sekretessmarkerad av HR, så skicka inte vidare.

Sammanfattning: Amanda slutar 31 december efter att ha fått två varningar i år, den senaste för att ha lämnat ut uppgifter om en brukare på Facebook. Hon får 4 månadslöner (totalt 131 600 kr) mot att hon inte driver tvisten vidare. Kommunal har godkänt överenskommelsen för hennes räkning.

/Johanna`, 'hr-assessment', 'salary', 'trade-union', 'secrecy'),
  d(`Hej Simon,

Jag har börjat på IT och sett att vi har kvar gamla konton för konsulter i AD. Jag föreslår att vi rensar ut konton som inte använts på 90 dagar. Kan vi ta det på nästa driftmöte? Jag har en lista med 47 konton, endast användarnamn och datum för senaste inloggning, inga lösenord.

/Max, systemadministratör`),
  d(`Beslut om avstängning – elev
Beslutsfattare: Rektor, Hagaskolans gymnasium
Elev: Kevin Larsson, NA23b

Kevin Larsson stängs av från undervisningen 3–7 november 2025 med stöd av 5 kap. 17 § skollagen. Skäl: Kevin har vid upprepade tillfällen hotat andra elever och i torsdags misshandlat en klasskamrat i korridoren, vilket polisanmälts av skolan. Tidigare åtgärder (samtal, skriftlig varning 10/10) har inte varit tillräckliga.

Beslutet kan överklagas till Skolväsendets överklagandenämnd. Kopia till vårdnadshavare och huvudman.`, 'criminal-record'),
  d(`Hej!

Bra och dåliga nyheter från fritidsgården Kompassen:
+ Besöksantalet har ökat med 20 % sedan vi började med läxhjälp.
+ Ungdomarna har byggt en egen studio.
− Vi har fått klotter på fasaden och anmält det till polisen.
− Tre ungdomar har blivit avstängda från gården en vecka för bråk; de får komma tillbaka efter samtal.

Vi ses på nätverksmötet!
/Fritidsledarna`),
  d(`[Teams – Lärarlag åk 4]
[15:20] Sanna: Hur gör vi med omdömena i Unikum, ska vi skriva dem innan eller efter utvecklingssamtalen?
[15:21] Per: innan, så föräldrarna kan läsa dem innan
[15:22] Sanna: ok, och vilken mall? den nya med "utvecklas i riktning mot"?
[15:23] Per: ja, rektorn skickade den i måndags
[15:23] Sanna: tack!`),
  d(`Hej Pernilla,

Jag har precis gått igenom Noelias omdömen inför utvecklingssamtalet på torsdag. Matematiken har gått framåt mycket – hon klarade alla delar på diagnosen i bråk. Läsförståelsen är fortfarande under förväntad nivå, och hon har missat 11 lektioner i svenska sedan oktober pga sena ankomster. Jag har skrivit in det i hennes IUP.

Kan du som SVA-lärare komplettera med din bedömning?

/Jonas, klasslärare 5A`, 'grades'),
  d(`Från: Lena Wahlström
Skickat: den 2 oktober 2025 08:00
Till: Alla medarbetare, Region Exempelland
Ämne: Personalnytt oktober

I detta nummer:
• Regiondirektörens krönika: Digitaliseringen av vården fortsätter.
• Ny chef för akutkliniken: välkommen Johan Bergström!
• Tema: Sömn och hälsa – sju tips från företagshälsovården.
• Lönerevision: nya löner betalas ut i november för de grupper som ännu inte är klara.
• Pensionärer: 34 medarbetare går i pension i höst – tack för alla år!
• Krönika av facket: Vårdförbundet om sjuksköterskornas arbetstider.`),
  d(`Hej,

Jag som brukare vill klaga på hemtjänsten. Den nya personalen har inte kommit på tre tillfällen denna vecka och jag har inte fått mina mediciner för hjärtat i tid. Mina insatser är beslutade, inköp och tillsyn två gånger om dagen. Jag är 87 år och klarar inte att gå till apoteket själv.

Jag vill att någon ringer mig.
Birgit Alm, Lindvägen 4

(Vidarebefordrat från synpunktshanteringen till enhetschef Hemtjänst Öst.)`, 'social', 'health'),
  d(`Från: Familjerätten
Skickat: den 6 mars 2026 13:40
Till: Ekonomienheten
Ämne: Utbetalning underhållsstöd – ändrat konto

Hej,
Mamman i ärende FR 2025-88, Jenny Carlsson, har bett att utbetalningarna av det tillfälliga bidraget framöver går till hennes nya konto hos Skandiabanken, clearing 9150, kontonummer 0421 883 512. Hon har lämnat in blanketten med underskrift, den skannas in i ärendet.

Tidigare konto (Swedbank 8105-9, 924 556 012-8) ska inte användas längre.

/Familjerättssekreterare Hanna`, 'bank-account'),
  d(`Hi Sophie,

Quick question from our side before the partnership agreement is signed: which bank account should the municipality pay the project contribution to? We need the IBAN and BIC of your organisation (not a personal account) on an official letterhead, plus the VAT number.

Thanks!
Mikael Ström
Project Coordinator, Exempelkommun`),
  d(`[Teams – Kassan Kulturhuset]
[17:30] Jessica: en kund ringde och läste upp hela sitt kortnummer för att boka teaterbiljetter, jag skrev upp det på en lapp: 4571 9900 2314 7782, 06/27, 113. Han heter Rolf Nilsson
[17:31] Anders: NEJ, riv lappen direkt och be honom boka på webben, vi får inte ta kort per telefon
[17:32] Jessica: oj sorry, rivit nu. ringer tillbaka honom`, 'payment-card'),
  d(`Hej alla!

Tack för ett bra möte med Ungdomsfullmäktige i går. Kort summering:
• Ungdomarna vill ha fler busslinjer till idrottsplatsen på kvällar.
• De vill ha en skatepark i Norrby – förslaget skickas till tekniska nämnden.
• Valdiskussion: flera i Ungdomsfullmäktige vill bjuda in de politiska ungdomsförbunden till en debatt på gymnasiet innan valet. Kommunen ska vara neutral och bjuda in alla.

Nästa möte: 8 april.
/Demokratisamordnare Malin`),
  d(`Från: Gunilla Roos
Skickat: den 14 januari 2025 11:02
Till: Rekryteringsgruppen
Ämne: Referens – Tomas Ek

Hej,
Jag ringde referensen för Tomas Ek idag (hans tidigare chef på Region Väst). Hon sa att han var mycket kompetent men att han ofta tog med sig sin politik till jobbet – han är kommunpolitiker för Kristdemokraterna och hade enligt henne svårt att hålla isär rollerna under valrörelsen 2022. Hon skulle ändå anställa honom igen.

/Gunilla`, 'political-opinion', 'hr-assessment'),
  d(`Hej kollegor,

Jag ska vara ledig 20–24 april eftersom jag tillsammans med min församling, Katolska kyrkan i Exempelstad, åker på pilgrimsresa till Rom. Ni som behöver något från mig innan dess – hör av er senast den 15:e!

Vänliga hälsningar
Teresa Novak
Controller, Ekonomienheten`, 'religion'),
  d(`Minnesanteckningar, samråd med trossamfunden 2025-11-11

Deltagare: representanter för Svenska kyrkan, Pingstkyrkan, Syrisk-ortodoxa kyrkan, moskéföreningen och kommunens säkerhetssamordnare.
1. Trygghet vid högtider: polisens lägesbild presenterades.
2. Krisstöd: samfunden ingår i POSOM-gruppen.
3. Lokaler: moskéföreningen söker större lokal, kommunen hjälper till att inventera.
4. Nästa samråd i maj.`),
  d(`Hej Lotta,

Svar på din fråga om Wilhelms skolgång efter utredningen på BUP: Den genetiska utredningen har bekräftat att han har Klinefelters syndrom (47,XXY). Föräldrarna har gett samtycke till att vi informerar elevhälsan. Det kan påverka hans energinivå och inlärning, och han får hormonbehandling framöver.

Vi ses på SIP-mötet den 9/12.
/Skolläkare Maja`, 'genetic', 'health'),
  d(`Hej,

Biobanken har tagit emot er förfrågan om att få ut prover för forskning. Innan vi kan lämna ut provmaterial behövs:
1. Etikgodkännande
2. Avtal om provsamling
3. Uppgift om vilken typ av genetisk analys som ska göras
Prover lämnas ut i kodad form, aldrig med namn eller identitetsuppgifter.

Med vänlig hälsning
Biobankssamordnare, Region Exempelland`),
  d(`Från: Röstbrevlådan Kundcenter (automatiskt meddelande)
Till: Magnus Dahlén
Ämne: Din röstprofil har registrerats

Hej Magnus,
Din röstprofil för röstigenkänning i kundtjänstsystemet har registrerats den 3 februari 2026 kl 09:14. Från och med nu loggar du in i telefonisystemet genom att säga din lösenfras. Röstavtrycket sparas i 12 månader eller tills du slutar.

Vill du radera profilen? Kontakta systemförvaltningen.`, 'biometric'),
  d(`Hej!

Inför upphandlingen av nytt passersystem till skolorna vill vi bara påminna om förvaltningens beslut: inga biometriska lösningar (fingeravtryck, ansiktsigenkänning, handflatescanning) får användas för elever. För personal kan det prövas efter konsekvensbedömning.

/Dataskyddsombudet`),
  d(`Ärende: Anmälan om missbruk av tjänstebil

Datum: 2025-09-12
Anmälare: Fordonsansvarig Ronny
Beskrivning: Tjänstebilen ABC 123 har enligt körjournalen använts privat under helgen 6–7 september av medarbetaren Dragan Petrović. Han stoppades av polisen i en nykterhetskontroll på söndagen och är misstänkt för rattfylleri. Polisen har meddelat arbetsgivaren eftersom bilen är kommunens.

Åtgärd: Ärendet lämnas till HR för utredning om arbetsrättsliga åtgärder.`, 'criminal-record', 'hr-assessment'),
];
