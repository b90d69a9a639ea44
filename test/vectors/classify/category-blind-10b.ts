/**
 * Category blind set 10b — BLIND. Written by a corpus-writer agent from the labelling guide
 * (/tmp/label-guide.md) alone, without looking at the classifier, its training data or any other corpus.
 * It must never be used for training, tuning or keyword mining; the lead scores the classifier on it once.
 *
 * Style: longer, messy texts (roughly 8 to 40 lines) — forwarded threads with quoted history and
 * "Från: … Skickat: …" headers, signatures and legal disclaimers, meeting minutes and APT notes with
 * several agenda items, weekly summaries, chat exports with timestamps, ticket-system and HR-system mails,
 * case-note excerpts, newsletters and bullet lists, in Swedish and English. The sensitive fact, when there
 * is one, may sit anywhere (a quoted older mail, one agenda item, a PS); many texts use the same vocabulary
 * without disclosing anything about a person (hard negatives, no label).
 *
 * All names, organisations, numbers, codes and details are invented.
 */
import type { CategoryType } from '../../../src/core/classify/types.js';
import type { LabelledDocument } from './category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const CATEGORY_BLIND_10B: readonly LabelledDocument[] = [
  d(`Från: Lena Åkerholm <lena.akerholm@vallby.se>
Skickat: den 14 oktober 2026 08:12
Till: Personalenheten Vallby
Ämne: VB: Frånvaro Mattias

Hej,
skickar vidare nedan så ni har det i akten. Jag har lagt in sjukfrånvaron i Heroma från måndag.

/Lena

Lena Åkerholm
Enhetschef, Hemtjänst Norr
Vallby kommun | 0123-45 67 89

-----Ursprungligt meddelande-----
Från: Mattias Grön
Skickat: den 13 oktober 2026 22:47
Till: Lena Åkerholm
Ämne: Frånvaro

Hej Lena. Var på akuten i kväll, de tror det är en diskbråck i ländryggen och jag är sjukskriven två veckor till att börja med. Får återkomma när jag träffat ortopeden. Sorry för kort varsel med passen.
Mattias

Detta e-postmeddelande kan innehålla information som är avsedd endast för adressaten.`, 'health'),
  d(`Från: Lena Åkerholm <lena.akerholm@vallby.se>
Skickat: den 2 september 2026 10:03
Till: Alla medarbetare Hemtjänst Norr
Ämne: Påminnelse – sjukanmälan och friskanmälan

Hej alla!

En påminnelse inför hösten:
- Sjukanmälan görs till bemanningen före kl 06.30, inte via sms till mig.
- Från dag 8 behövs läkarintyg. Skicka det till HR, inte till mig.
- Friskanmäl dig i appen senast kl 14 dagen innan du kommer tillbaka.
- Har du återkommande korttidsfrånvaro kan vi erbjuda ett hälsosamtal med företagshälsovården – det är frivilligt och ingen "bestraffning".

Frågor? Ring mig eller prata med ert skyddsombud.

Trevlig höst!
Lena

Detta e-postmeddelande kan innehålla information som är avsedd endast för adressaten. Om du fått det av misstag, radera det och meddela avsändaren.`),
  d(`Minnesanteckningar APT Förskolan Lönnen, 8 oktober 2026
Närvarande: Sara, Amir, Klara, Benjamin, Ulla (rektor), Gun (anteckn.)

1. Föregående protokoll – godkänt.
2. Ekonomi: vi ligger 40 tkr plus på förbrukning, beställning av utematerial godkänd.
3. Arbetsmiljö: skyddsrond 20/10. Ulla går runt med skyddsombudet från Kommunal.
4. Schema vt: förslag till nytt schema skickas ut v. 43, synpunkter till Ulla.
5. Barngrupperna: inskolning av tre barn på Blå klar. Diskussion om rutin vid utflykt.
6. Övrigt: julfest 12/12. Klara samordnar.

Nästa APT: 5 november.
Vid pennan: Gun`),
  d(`Minnesanteckningar APT Förskolan Lönnen, 5 november 2026
Närvarande: Sara, Amir, Klara, Ulla (rektor), Gun (anteckn.)
Frånvarande: Benjamin

1. Föregående protokoll – godkänt.
2. Personal: Benjamin är föräldraledig från 1/12. Klara går ner till 75 % efter nyår pga sin MS, vi har pratat med HR om anpassning av schemat så hon slipper de tidiga öppningarna.
3. Ekonomi: oförändrat.
4. Utvecklingsarbete: Sara och Amir fortsätter med språkprojektet.
5. Övrigt: julfesten flyttas till 11/12.

Vid pennan: Gun`, 'health'),
  d(`[2026-10-21 09:14] Jonna K: någon som vet om vi får ta med personaldatorn hem i helgen?
[2026-10-21 09:15] Patrik S: tror det är ok om den är krypterad, fråga IT
[2026-10-21 09:15] Jonna K: ok tack
[2026-10-21 09:31] Patrik S: förresten, koden till förrådet på plan 2 är bytt nu, den nya är 4471#
[2026-10-21 09:32] Jonna K: 👍
[2026-10-21 09:40] Helén B: kan ni inte skriva sånt i chatten, det är ju hela enheten här
[2026-10-21 09:41] Patrik S: oj sorry, det är bara förrådet
[2026-10-21 10:02] Jonna K: fika i lunchrummet 10.15 förresten, Helén har bakat`, 'credentials'),
  d(`Ärende #48213 – Återställning av lösenord
Status: Löst
Kategori: Konto/behörighet
Anmälare: Dragan Ilić, Socialförvaltningen
Skapat: 2026-10-19 07:58

Beskrivning (anmälare):
Jag kommer inte in i Procapita efter semestern, kontot verkar låst.

Kommentar (Servicedesk, Ingrid):
Kontot var låst efter 5 felaktiga inloggningsförsök. Upplåst. Användaren har fått en engångslänk via sms för att välja nytt lösenord. Vi skickar aldrig lösenord via e-post.

Kommentar (anmälare):
Det funkar nu, tack!

Ärendet stängs automatiskt om 5 dagar. Svara på detta mail om du vill öppna det igen.
Servicedesk Vallby kommun – tfn 0123-400 00`),
  d(`Ärende #48377 – Ny användare Lifecare
Status: Väntar på beställare
Anmälare: Ingela Sund, Bemanningsenheten
Skapat: 2026-10-22 13:20

Kommentar (Servicedesk, Oskar):
Kontot för vikarien Noor Haddad är skapat.
Användarnamn: nohadd01
Tillfälligt lösenord: Vinter!2026kv
Hon måste byta lösenord vid första inloggning. Meddela henne uppgifterna muntligt.

Kommentar (anmälare):
Tack, jag har vidarebefordrat till Noor.

Servicedesk Vallby kommun – tfn 0123-400 00`, 'credentials'),
  d(`Från: Karin Wessel
Skickat: den 9 oktober 2026 15:30
Till: Jan-Erik Holm
Ämne: SV: Lönesamtal

Hej Jan-Erik,
jag har gått igenom underlaget från vårt samtal. Det blir ett påslag på 1 150 kr, så din nya månadslön från 1 april blir 38 650 kr. Jag vet att du hoppats på mer, men det ligger i nivå med vad övriga på enheten fått.

Om du vill kan vi ta ett nytt samtal i januari och gå igenom lönekriterierna en gång till.

Mvh Karin

> Från: Jan-Erik Holm
> Skickat: den 2 oktober 2026 08:11
> Hej Karin, som jag sa på samtalet tycker jag att mitt ansvar för upphandlingarna borde synas i lönen. Jag vill att det noteras. /JE`, 'salary'),
  d(`Lönerevision 2027 – information till chefer

Hej alla chefer,

Nu drar lönerevisionen igång. Tidplan:
• v. 45–47: lönesamtal med medarbetarna
• v. 48: förslag in i lönesystemet
• v. 2: avstämning med de fackliga organisationerna
• April: nya löner betalas ut retroaktivt

Utrymmet enligt centrala avtal är 3,0 % för Vision och Kommunal, individuellt för Akademikerförbunden. Kom ihåg att lönesättande samtal ska dokumenteras i mallen på intranätet.

HR-avdelningen
Vallby kommun`),
  d(`Från: Elin Strand <elin.strand@norrkusten.se>
Skickat: den 16 oktober 2026 11:02
Till: Ekonomi – Leverantörsreskontra
Ämne: Utbetalning arvode – Birgitta Lindh

Hej!
Birgitta Lindh (god man för en av våra klienter) har bytt bank. Arvodet för tredje kvartalet ska därför betalas till:
Clearing 8327-9, konto 914 552 308-4 (Swedbank).
Hon har bifogat ett kontobevis. Kan ni uppdatera i systemet innan utbetalningen den 25:e?

Tack,
Elin Strand
Handläggare, Överförmyndarenheten
Norrkustens kommun`, 'bank-account'),
  d(`Hej,

Inför nästa månad – tänk på att alla utlägg ska redovisas i Proceedo senast den 5:e. Utbetalningen går till det konto du registrerat i självservice. Har du bytt bank gör du ändringen själv under "Mina uppgifter > Bankkonto". Lönekontoret kan inte ta emot kontonummer via mail av säkerhetsskäl.

Vänliga hälsningar
Lönekontoret
---
Lönekontoret Norrkustens kommun | Öppet mån–tors 9–12`),
  d(`Veckobrev v. 42 – Klass 8B

Hej vårdnadshavare!

Den här veckan har vi:
- Mån: idrott ute, ta med kläder efter väder
- Ons: prov i kemi (kap. 4–5)
- Fre: studiedag, eleverna är lediga

Omdömen och betyg: terminens omdömen publiceras i Vklass v. 48. Vi har utvecklingssamtal v. 49–50, bokning öppnar snart.

Påminnelse: frånvaro anmäls i Vklass före kl 08.00.

Hälsningar
Mentorerna i 8B, Per och Alva`),
  d(`Från: Per Lagerqvist
Skickat: den 23 oktober 2026 16:44
Till: Magdalena Öberg
Kopia: Alva Nord
Ämne: Jonathans frånvaro

Hej Magdalena,
jag vill stämma av kring Jonathan. Han har nu 22 % frånvaro den här terminen, varav det mesta är ogiltig frånvaro på måndagar och fredagar. I matte och engelska ligger han just nu på F eftersom han missat båda proven. Vi vill gärna boka ett möte med dig, Jonathan och skolkuratorn nästa vecka.

Passar tisdag 15.30?

Vänliga hälsningar
Per Lagerqvist
Mentor 8B, Ekbackeskolan`, 'grades'),
  d(`Protokoll, elevhälsoteamets möte (EHT) 2026-10-27 – utdrag, punkt 4

4. Elevärenden
4.1 Elev i åk 7 (Ella S.) – kuratorn rapporterar att eleven berättat att hon inte äter ordentligt och har rispat sig på armarna. Skolsköterskan har kontakt med BUP. Vårdnadshavare informerade.
4.2 Elev i åk 9 – anpassningar i svenska fortsätter, ingen ny åtgärd.

Beslut: kurator följer upp 4.1 veckovis.

Anteckningarna omfattas av sekretess enligt 23 kap. 2 § OSL och får inte spridas utanför EHT.`, 'health', 'secrecy'),
  d(`Elevhälsans veckonytt v. 44

Hej alla pedagoger!

• Skolsköterskan har vaccinationer i åk 5 på onsdag.
• Kuratorn håller temadag om psykisk ohälsa för åk 8 den 12/11.
• Påminnelse: elevärenden tas upp i EHT med initialer, inte fullständiga namn, och anteckningarna hanteras enligt sekretessreglerna i 23 kap. OSL.
• Nytt: BUP:s "första linjen" har drop-in för vårdnadshavare varannan torsdag.

Hör av er om ni undrar något!
/Elevhälsan Ekbackeskolan`),
  d(`From: Daniel Whitaker <d.whitaker@regionost.se>
Sent: 20 October 2026 09:17
To: Kristina Berg
Subject: RE: Team update

Hi Kristina,

Quick update before Thursday's meeting:
- The migration of the lab booking system is on track for week 46.
- Sofia will cover my on-call shift on the 31st.
- I have to be honest with you: I'm seeing my GP on Friday about the panic attacks I mentioned. They've been getting worse and I'm not sleeping. I might need a few days off after that, I'll let you know.

Thanks for being understanding.

Daniel

Daniel Whitaker | Systems Engineer | Region Öst IT
This e-mail and any attachments are confidential.`, 'health'),
  d(`From: HR Region Öst <hr@regionost.se>
Sent: 3 November 2026 08:00
To: All staff
Subject: Wellbeing week 16–20 November

Dear colleagues,

Next week is Wellbeing Week. Highlights:
- Monday: lunch talk "Sleep and stress" with an occupational psychologist
- Wednesday: guided walk at 12.00 from the main entrance
- Thursday: information about our EAP (employee assistance programme), which offers up to five free sessions of counselling for anyone who is struggling — confidential, no manager involvement.

Mental health matters. If you're worried about a colleague, talk to your manager or HR.

Best wishes,
HR Region Öst`),
  d(`Från: Sanna Lind
Skickat: den 11 november 2026 07:55
Till: Rickard Olsson
Ämne: VB: Kassan i receptionen

Hej Rickard, se nedan. Kan du spärra kortet och prata med Tove?

-----Ursprungligt meddelande-----
Från: Tove Dahl
Skickat: den 10 november 2026 17:20
Till: Sanna Lind
Ämne: Kassan i receptionen

Hej! Jag råkade skriva upp ett kort på lappen vid kassan när betalterminalen krånglade idag. Det var en besökares kort: 4539 7120 4418 3306, giltigt till 09/28, CVC 417. Lappen ligger i kassaskåpet. Jag vet att man inte får göra så. Förlåt.
/Tove`, 'payment-card'),
  d(`Nyhetsbrev från Ekonomiavdelningen – november

I detta nummer:
1. Nya inköpskort (Visa) till alla budgetansvariga från 1 december. De gamla korten slutar fungera 31/12 – klipp dem och lämna bitarna till ekonomi.
2. Påminnelse: kortnummer, utgångsdatum eller CVC får aldrig skickas via mail eller Teams. Vid misstanke om bedrägeri – ring kortspärren direkt.
3. Bokslut: sista dag för fakturor 2026 är 15 december.
4. Ny kollega: vi välkomnar Fatima Yousef som redovisningsekonom.

Ekonomiavdelningen, Vallby kommun`),
  d(`Journalanteckning (utdrag) – Socialtjänsten, Vuxenenheten
Datum: 2026-10-15
Handläggare: Emir Begović

Besök på kontoret. Klienten Tommy Ek (52) ansöker om försörjningsstöd för november. Han uppger att a-kassan upphört och att han har hyresskuld på ca 11 000 kr. Berättar att han druckit mer sedan separationen och att han vill ha hjälp. Erbjuds kontakt med beroendeenheten, tackar ja.

Planering: utreda rätt till ekonomiskt bistånd, kontakt med hyresvärd ang. skulden, remiss beroendemottagningen.

Sekretess enligt 26 kap. 1 § OSL.`, 'social', 'health', 'secrecy'),
  d(`Socialnämndens arbetsutskott – kallelse

Tid: Tisdag 17 november 2026 kl. 13.00
Plats: Sammanträdesrum Hägern, stadshuset

Ärenden:
1. Val av justerare
2. Månadsrapport försörjningsstöd oktober (statistik)
3. Information: ny riktlinje för ekonomiskt bistånd
4. Delegationsbeslut LVU/LVM för anmälan
5. Individärenden (slutet sammanträde, handlingar delas ut på mötet)
6. Övriga frågor

Välkomna!
Nämndsekreteraren`),
  d(`Från: Hanna Svedberg
Skickat: den 28 oktober 2026 12:14
Till: Marcus Ivarsson
Ämne: Underlag medarbetarsamtal – Robin

Hej Marcus,
här är mina anteckningar inför Robins medarbetarsamtal på torsdag, som du bad om:

- Håller deadlines dåligt sedan i våras; tre ärenden försenade i september.
- Bra bemötande mot medborgarna, får fina omdömen från kontaktcenter.
- Konflikten med Lotta i augusti är inte löst, hon upplever honom som nedlåtande.
- Jag föreslår att vi sätter tydliga mål för handläggningstid och följer upp var 4:e vecka.

Vi ses!
Hanna`, 'hr-assessment'),
  d(`Medarbetarsamtal 2026 – så går det till

Hej!

Nu är det dags för höstens medarbetarsamtal. Så här gör du:
1. Chefen bokar tid med dig senast v. 46.
2. Fyll i förberedelseunderlaget i HR-portalen (cirka 20 min).
3. Under samtalet pratar ni om mål, arbetsmiljö, kompetensutveckling och samarbete.
4. Överenskommelserna dokumenteras i portalen och båda signerar.

Medarbetarsamtalet är inte ett lönesamtal – det hålls separat.

HR-enheten`),
  d(`Hej Malin!

Tack för trevligt möte i går. Här kommer en sammanfattning:

* Ni börjar med den nya bokningsmodulen den 1 februari.
* Utbildning för superanvändare 19/1 kl 9–12.
* Era testkonton är skapade, inloggningsuppgifter kommer från supporten i ett separat sms.
* Nästa avstämning: 8 januari.

PS. Jag nämnde att jag är ny i Lärarförbundets – förlåt, Sveriges Lärares – lokala styrelse här i Norrkusten, så om ni har frågor om arbetstidsavtalet vid införandet kan jag tipsa om rätt person.

Mvh
Jenny Kallio
Projektledare, Utbildningsförvaltningen`, 'trade-union'),
  d(`Från: Kommunal Sektion Vallby
Skickat: den 4 november 2026
Till: Medlemmar
Ämne: Medlemsmöte 19 november

Hej medlem!

Välkommen till medlemsmöte torsdag 19 november kl 18.00 i Folkets hus.
Agenda:
- Läget i avtalsrörelsen
- Bemanningen i äldreomsorgen
- Val av ombud till sektionsårsmötet
Vi bjuder på smörgåstårta. Anmäl dig senast 16/11.

Kommunal Sektion Vallby`),
  d(`[Teams-chatt, exporterad 2026-11-02]
08:58 Ulrika Moberg: God morgon! Har någon sett att facket skickat ut något om schemat?
09:01 Henrik Åberg: Vision har ett möte på onsdag om det
09:02 Ulrika Moberg: ska du dit?
09:02 Henrik Åberg: ja jag är ju ombud för Vision här på förvaltningen sen i våras, så jag ska föra fram det vi pratade om
09:03 Ulrika Moberg: toppen, säg till om du behöver underlag
09:15 Henrik Åberg: kör, maila mig`, 'trade-union'),
  d(`Från: Registrator Socialförvaltningen
Skickat: den 6 oktober 2026 09:40
Till: Handläggare Barn och unga
Ämne: Sekretessmarkering – viktigt

Hej,
Skatteverket har meddelat att barnet Leo Andersson och hans mamma har skyddad folkbokföring från och med i dag. Deras adress får inte skrivas ut i något dokument, och all post går via Skatteverkets förmedlingsuppdrag. Kontrollera att sekretessmarkeringen syns i Viva innan ni skickar något.

Registrator`, 'protected-identity'),
  d(`Rutin: Handläggning av ärenden med skyddade personuppgifter (version 3, 2026)

1. Syfte
Rutinen beskriver hur förvaltningen hanterar ärenden där någon har sekretessmarkering, skyddad folkbokföring eller fingerade personuppgifter.

2. Ansvar
Enhetschef ansvarar för att rutinen är känd. Handläggaren ansvarar för att kontrollera markering innan utskick.

3. Arbetssätt
- Kontrollera alltid markering i folkbokföringen.
- Skicka aldrig handlingar med adress till person med skyddad identitet.
- Använd Skatteverkets förmedlingstjänst.

Fastställd av förvaltningschef 2026-03-01.`),
  d(`Utdrag ur protokoll, Vallby kommuns personalutskott 2026-10-20, § 88

Ärende: Avsked/omplacering, medarbetare inom teknisk förvaltning

Förvaltningen redogör för att medarbetaren i juni dömdes av Vallby tingsrätt för grov rattfylleri till villkorlig dom och dagsböter. Körkortet är återkallat i 18 månader. Tjänsten kräver körkort. Förvaltningen har undersökt omplacering.

Beslut: Personalutskottet ger förvaltningen i uppdrag att fortsätta omplaceringsutredningen och återkomma.

Protokollet i denna del omfattas av sekretess enligt 39 kap. 3 § OSL.`, 'criminal-record', 'secrecy'),
  d(`Hej alla i arbetslaget!

Några saker från veckan:
- Polisen var här på tisdag och höll en dragning om inbrott i förskolor, mest allmänna tips om larm och att låsa förråden.
- Nya nycklar delas ut av vaktmästaren på måndag.
- Kom ihåg registerutdrag från polisen om ni har nya vikarier som ska jobba med barn – det ska lämnas till rektor innan första passet.

Trevlig helg!
Maria`),
  d(`Från: Anneli Pohjanen
Skickat: den 12 oktober 2026 14:05
Till: Språkstödet, Utbildningsförvaltningen
Ämne: Modersmål meänkieli – Elsa, åk 3

Hej,
jag är mamma till Elsa Pohjanen i klass 3B på Tallåsskolan. Vi är tornedalingar och hemma pratar farmor och jag meänkieli med barnen. Elsa vill gärna läsa modersmål, och jag förstår att hon har rätt till det som nationell minoritet även om det bara är hon på skolan.

Hur anmäler vi?

Hälsningar
Anneli Pohjanen`, 'ethnic-origin'),
  d(`Information om nationella minoriteter och minoritetsspråk

Vallby kommun ingår i förvaltningsområdet för finska sedan 2010. Det innebär bland annat att:
- den som vill kan ha kontakt med kommunen på finska
- äldreomsorg ska kunna erbjudas helt eller delvis på finska
- förskola ska erbjudas helt eller delvis på finska

Sveriges fem nationella minoriteter är judar, romer, samer, sverigefinnar och tornedalingar. Läs mer på kommunens webbplats under "Minoritetsfrågor" eller kontakta vår minoritetssamordnare.

Kommunstyrelsens förvaltning`),
  d(`Anteckningar från samverkansmöte, Hemtjänst Söder + Biståndsenheten, 3 nov

Deltagare: Ewa (BE), Johanna (HT), Rami (HT)

1. Nya beslut: 4 st nya hemtjänstbeslut sedan förra mötet.
2. Brukaren på Ekvägen 14 – Johanna tar upp att herr Kovács har svårt att kommunicera med personalen. Han är rom och pratar helst romani med sin dotter; dottern önskar personal med språkkunskap eller tolk vid hembesöken. Ewa undersöker om vi kan ändra verkställigheten.
3. Larmrutiner: oförändrat.
4. Nästa möte 1 december.

/Rami`, 'ethnic-origin', 'social'),
  d(`Från: Hugo Stenberg
Skickat: den 30 oktober 2026 10:18
Till: Hannes Björk
Ämne: SV: Panelen på fredag

Hej Hannes,
tack för att du ställer upp! Bara så du vet: hela panelen är tjänstemän, så vi håller oss borta från partipolitik.

Fast jag vet att du sitter i kommunfullmäktige för Centerpartiet – om någon frågar om budgeten kan du hänvisa till den politiska ledningen, så blir det inte konstigt.

Hälsningar Hugo

> Från: Hannes Björk
> Jag kan vara med, men vill inte hamna i en politisk diskussion.`, 'political-opinion'),
  d(`Valnämnden informerar – röstmottagare valet 2026

Tack till alla som anmält intresse att arbeta som röstmottagare!

Praktiskt:
• Obligatorisk utbildning (digital, ca 2 h) ska vara klar senast 20 augusti.
• Som röstmottagare får du inte bära partisymboler eller uttrycka politiska åsikter i vallokalen.
• Arvode: 2 400 kr för valdagen, 600 kr för utbildningen.
• Du kan inte vara röstmottagare om du själv står på en valsedel.

Kontakt: valkansliet@vallby.se

Valnämnden`),
  d(`[2026-09-15 12:03] Malin (HR): hej, vet du om Kenneth kommer på utbildningen imorgon?
[2026-09-15 12:05] Sofie: nej han har tagit ledigt för politiskt uppdrag, han är ju ersättare för V i socialnämnden och de har sammanträde
[2026-09-15 12:05] Malin (HR): ah ok, då skriver jag in det
[2026-09-15 12:06] Sofie: han brukar lämna intyg från nämndsekreteraren
[2026-09-15 12:06] Malin (HR): perfekt tack`, 'political-opinion'),
  d(`Från: Yasmin Rahimi
Skickat: den 27 oktober 2026 09:22
Till: Jakob Lund (schemaläggare)
Ämne: Önskemål om schema – fredagar

Hej Jakob,
jag vet att det är mycket att pussla med, men om det är möjligt skulle jag vilja ha fredagar med slut senast kl 12.30 under hösten. Jag är muslim och vill kunna gå på fredagsbönen i moskén. Jag tar gärna kvällspass andra dagar i stället.

Tack på förhand!
Yasmin
Undersköterska, Solgårdens äldreboende`, 'religion'),
  d(`Hej alla medarbetare,

Inför december vill vi påminna om våra riktlinjer för högtider:
- Alla anställda kan ansöka om ledighet för att fira högtider som hör till den egna religionen eller livsåskådningen, enligt lokalt kollektivavtal.
- Luciafirandet på förvaltningen är frivilligt och ska inte innehålla religiösa inslag.
- Julbordet serveras med vegetariska, halal- och fläskfria alternativ – ange önskemål i anmälan.

God fortsättning på hösten!
HR och Kommunikation`),
  d(`Utdrag ur sammanfattning, samordnad individuell plan (SIP), 2026-10-14

Deltagare: socialsekreterare, skolkurator, BUP, vårdnadshavare (mor)

Bakgrund: Samuel, 15 år. Familjen är aktiva i Jehovas vittnen. Mamman berättar att Samuel själv inte längre vill delta i mötena och att det skapat konflikter hemma. Samuel har uttryckt till kurator att han känner sig utfrusen.

Överenskommelser:
1. Kurator träffar Samuel varannan vecka.
2. Familjesamtal via familjebehandlarna, start v. 46.
3. Uppföljning SIP 2027-01-20.

Sekretess enligt 26 kap. 1 § OSL.`, 'religion', 'social', 'secrecy'),
  d(`Från: Mottagningen, Klinisk genetik, Region Öst
Skickat: den 19 oktober 2026 11:40
Till: Vårdcentralen Tallåsen, dr Hedvig Sjöström
Ämne: Svar: remiss – Lisa Ahlgren

Hej,
angående er remiss för Lisa Ahlgren: analysen av BRCA1/BRCA2 är klar. Patienten bär en patogen variant i BRCA2 (samma som hennes mor och moster). Hon har fått svaret vid besök hos genetisk vägledare den 15/10 och är remitterad till bröstmottagningen för kontrollprogram.

Med vänlig hälsning
Sekreterare, Klinisk genetik`, 'genetic', 'health'),
  d(`Nyhetsbrev Region Öst – Forskning och utveckling, oktober

• Ny studie: Region Öst deltar i en nationell studie om genetisk screening för familjär hyperkolesterolemi. Studien rekryterar via vårdcentraler under våren.
• Biobanken har fått nya frysar – prover från 2025 flyttas i november.
• Seminarium: "Etiska frågor kring DNA-tester köpta på internet", 18 november, Aulan.
• Ansök om FoU-medel senast 1 december.

Redaktionen`),
  d(`Anteckningar, möte familjebehandling 2026-11-05 (utdrag)

Pappan (Mikael) berättar att han fått besked från Akademiska att han bär anlaget för Huntingtons sjukdom. Han har inte berättat för barnen ännu och vill ha stöd i hur det ska gå till. Mamman tycker att de ska vänta tills äldsta dottern fyllt 18 och kan välja själv om hon vill testa sig.

Behandlare: Vi pratade om hur oro påverkar barnen. Nästa träff 19/11.`, 'genetic', 'health', 'social'),
  d(`Från: IT-säkerhet
Skickat: den 1 november 2026 08:30
Till: Alla medarbetare i Rådhuset
Ämne: Nya passerkort med fingeravtryck – frågor och svar

Hej!
Från 1 december införs passagesystem med fingeravtrycksläsare vid serverhallen. Vanliga frågor:

- Vem berörs? Bara de ca 20 personer som har behörighet till serverhallen.
- Sparas mitt fingeravtryck? Systemet sparar en mall (inte en bild) lokalt på kortet.
- Kan jag säga nej? Ja, då får du en alternativ lösning med kod.

En konsekvensbedömning (DPIA) finns på intranätet.
IT-säkerhet`),
  d(`Ärende #49002 – Fingeravtrycksläsare serverhall
Status: Pågår
Anmälare: Christoffer Nyman
Skapat: 2026-11-03

Beskrivning:
Min registrering i fingeravtrycksläsaren vid serverhallen fungerar inte. Teknikern sa att mallen för mitt högra pekfinger blev felaktig, så de har lagt in vänster pekfinger i stället och kopplat den nya mallen till mitt kort 00417.

Kommentar (Servicedesk, Ali):
Vi har kontrollerat i loggen: två mallar finns registrerade på ditt kort. Vi raderar den felaktiga (höger) i eftermiddag.`, 'biometric'),
  d(`Från: Jessica Marklund
Skickat: den 22 oktober 2026 16:03
Till: Anders Lönn
Ämne: VB: Ansökan föräldraledighet – Tobias

Hej Anders, kan du kolla detta? /Jessica

-----Ursprungligt meddelande-----
Från: Tobias Wiklund
Skickat: den 21 oktober 2026 20:14
Ämne: Ansökan föräldraledighet

Hej Jessica,
min man Erik och jag får vårt barn via surrogatmödraskap i USA i januari. Jag vill ansöka om föräldraledighet från 10 januari till 30 april. Vi har pratat med Försäkringskassan och de har förklarat hur det går till när vi kommer hem.
Tobias`, 'sex-life'),
  d(`Pride-veckan på Vallby kommun 2026

Hej alla!
Under Pride-veckan (3–9 augusti) händer följande:
- Regnbågsflaggan hissas vid stadshuset måndag kl 9.
- Lunchföreläsning: "HBTQI-certifiering i äldreomsorgen – vad innebär det?"
- Vi går gemensamt i paraden lördag kl 13, samling vid busstorget.

Alla är välkomna, oavsett sexuell läggning eller könsidentitet.
Mångfaldsgruppen`),
  d(`Utdrag ur journal, Ungdomsmottagningen Vallby
Datum 2026-10-09, kurator Sofia Wahl

Besök av Alex, 17 år. Alex berättar att han är transkille och vill att vi använder hans nya namn och pronomen. Han har inte berättat för sina föräldrar. Vill ha kontakt med könsutredning, vi diskuterar remissvägar och vad det innebär.
Mår i övrigt ganska bra, har stöd av två vänner.

Plan: nytt samtal om 2 v. Information om RFSL Ungdom lämnad.`, 'sex-life', 'health'),
  d(`Hej,

Kort sammanfattning från regionens nätverksträff om lönekartläggning i tisdags:

1. Alla kommuner i länet ska vara klara med lönekartläggningen till 30 juni.
2. Vi jämförde metoder för att värdera arbeten; flera använder nu BAS-systemet.
3. Osakliga löneskillnader hittades främst i gruppen kockar/lokalvårdare, inte per person utan på gruppnivå.
4. Nästa träff: 14 mars i Norrkusten.

Bilaga: presentationen (pdf).

Hälsningar
Therese, HR-specialist`),
  d(`Från: Emma Sjölund
Skickat: den 8 oktober 2026 11:11
Till: Lönekontoret
Ämne: Fel lön i september

Hej,
jag har fått 29 400 kr i grundlön i september men enligt mitt anställningsavtal ska jag ha 31 200 kr sedan 1 augusti när jag blev samordnare. Mellanskillnaden för augusti saknas också. Kan ni rätta detta på oktoberlönen?

Bifogar avtalet.

Emma Sjölund
Samordnare, Kulturskolan`, 'salary'),
  d(`Mötesanteckningar ledningsgrupp Socialtjänsten, 10 november

1. Ekonomisk uppföljning: prognos -2,1 mnkr, främst placeringar.
2. Försörjningsstöd: antalet hushåll har ökat med 8 % jämfört med i fjol. Handläggarna rapporterar fler ärenden med hyresskulder.
3. Orosanmälningar: 142 i oktober, högsta hittills i år. Mottagningsgruppen behöver förstärkning.
4. Rekrytering: två socialsekreterare börjar i januari.
5. Arbetsmiljö: ökad sjukfrånvaro på Barn och unga, HR tittar på orsaker.
6. Övrigt: julfika 16/12.

Nästa möte: 24 november.`),
  d(`Till: Vallby kommun, Socialtjänsten
Från: Förskolan Solrosen
Datum: 2026-11-02

ORO SANMÄLAN (kopia på mail efter telefonsamtal)

Vi gör härmed en orosanmälan gällande Wilma Nilsson, 4 år, avd. Humlan. I morse hade Wilma ett blåmärke på kinden och sa att "pappa blev arg". Hon har de senaste veckorna varit ovanligt tyst och vill inte gå hem vid hämtning.

Kontaktperson: förskolechef Marie Lundh, 0123-455 10.`, 'social', 'health'),
  d(`Kära kolleger,

Hösten är här och med den höstens kompetenssatsning för socialsekreterare:
- 16/11: "Att skriva en orosanmälan som håller" – för förskola och skola
- 24/11: LVU i praktiken, med kommunjurist Björn Tell
- 1/12: Motiverande samtal vid missbruk
Anmälan via lärportalen. Platserna är begränsade.

Vi ses!
Kompetensutvecklingsgruppen`),
  d(`Hej Petra,

Här kommer veckans sammanfattning från Ekbackens boende (LSS):

• Måndag: planeringsdag, alla boende på dagligverksamhet som vanligt.
• Onsdag: Kevin hade ett utbrott på kvällen och slog sönder fönstret i sitt rum. Ingen skadades. Händelserapport skriven. Hans epilepsimedicin justerades förra veckan, vi har bett läkaren titta på om det hänger ihop.
• Torsdag: besök av gode man för Sven, ekonomin gicks igenom.
• Fredag: grillkväll.

Ha en bra helg!
Tomas, samordnare`, 'health', 'social'),
  d(`Från: Linnea Hed
Skickat: den 26 oktober 2026 08:47
Till: rektor@tallasskolan.se
Ämne: Ansökan om ledighet – Nora och Ivar

Hej!
Vi ansöker om ledighet för Nora (åk 4) och Ivar (åk 1) 18–22 januari då vi ska fira min pappas 70-årsdag med en resa till Thailand. Jag förstår att det är under terminen och vi tar med skoluppgifter.

Med vänliga hälsningar
Linnea Hed`),
  d(`From: Ahmed Farouk
Sent: 5 November 2026 13:30
To: Johan Ek
Subject: Re: Visit from the Egyptian delegation

Hi Johan,
The delegation from the Alexandria water authority arrives on Monday. I'm happy to interpret — as you know I grew up in Cairo before moving to Sweden in 2004, so Arabic is my first language. Please book the big meeting room and lunch for 8.

Best,
Ahmed`, 'ethnic-origin'),
  d(`Minutes – International Staff Network, 12 October 2026

Present: 14 members (hybrid)

1. Welcome and introductions of new members.
2. Survey results: 62 % of respondents find it hard to understand Swedish-language HR documents. HR will translate the most important ones.
3. Language café: Thursdays 12–13 in the library.
4. Proposal: a mentoring scheme pairing newly arrived staff with experienced colleagues.
5. AOB: Christmas potluck on 10 December – bring a dish from your home country!

Next meeting: 9 November.`),
  d(`Hej!

Här kommer lite info från Vision-klubben på Samhällsbyggnad:
- Vi har nytt lokalt samverkansavtal från januari.
- Höstmötet blir 25 november kl 16, lokal Falken.
- Vill du engagera dig? Vi söker ett nytt arbetsplatsombud till Bygglov.

Medlemskap söker du på vision.se. Alla är välkomna på höstmötet även om du inte är medlem ännu.

Hälsningar
Styrelsen, Vision Samhällsbyggnad`),
  d(`Från: Ola Brink
Skickat: den 13 november 2026 07:20
Till: Gunilla Fors
Ämne: SV: Förhandling fredag

Hej Gunilla,
ok, jag kommer på förhandlingen fredag kl 10. Jag företräder Ivana som hennes fackliga ombud från Kommunal, eftersom hon inte vill ha sin chef med på första mötet.

/Ola
Huvudskyddsombud, Kommunal Vallby

> Från: Gunilla Fors
> Hej Ola, vi har fått en begäran om MBL-förhandling gällande Ivana Marić. Kan du komma fredag?`, 'trade-union'),
  d(`Från: Mikaela Ström
Skickat: den 3 november 2026 13:02
Till: Ronja Falk
Ämne: VB: Omdömen 6A – till dig som ny mentor

Hej Ronja, här är det jag skickade till Göran innan han gick på tjänstledighet. Bra att ha när du tar över klassen.

-----Ursprungligt meddelande-----
Från: Mikaela Ström
Skickat: den 12 juni 2026 15:40
Till: Göran Alm
Ämne: Omdömen 6A

Sammanfattning efter vårterminen:
- Ebba L: A i engelska, B i svenska, C i matte. Mycket ambitiös.
- Hampus J: E i matte efter omprov, F i SO (ej inlämnade uppgifter).
- Saga M: närvaro 78 %, mycket frånvaro i maj p.g.a. familjesituationen.
- Övriga ligger på E–C utan anmärkning.

/Mikaela`, 'grades'),
  d(`Information till vårdnadshavare i årskurs 9

Betygen för höstterminen sätts den 18 december och blir synliga i Vklass dagen efter. Betygsskalan är A–F, där F betyder att eleven inte nått kunskapskraven.

Ansökan till gymnasiet öppnar 15 januari. Meritvärdet räknas på de 16 (17 med moderna språk) bästa betygen.

Om du har frågor om ditt barns kunskapsutveckling – kontakta mentor eller ämneslärare.

Rektor, Ekbackeskolan`),
  d(`[Vklass – meddelande]
Från: Jonas Falk (lärare, matematik)
Till: Rebecka Holm (vårdnadshavare)
Datum: 2026-10-29 15:12

Hej Rebecka!
Jag ville bara höra av mig efter provet i algebra. Alvin fick 11/30 poäng, vilket tyvärr inte räcker för E. Han verkade stressad under provet. Jag erbjuder omprov den 12/11 och extra genomgång på onsdagar efter skolan. Han får gärna ta med en kompis.

Vänliga hälsningar
Jonas`, 'grades'),
  d(`Veckosammanfattning, Vuxenutbildningen (Komvux) v. 45

- Antagningen till vårterminen är klar: 214 nya elever.
- Kursen Svenska som andraspråk 3 har tyvärr hög frånvaro i gruppen, lärarna tar fram en plan för närvarostöd.
- Betygsrapporteringen för kurser som slutar i december görs senast 20/12.
- Vi har fått ny studievägledare: välkommen Hamid!
- Påminnelse: CSN-rapportering av studieavbrott görs av administrationen, inte av lärarna.

Ha en fin vecka!
Rektor Komvux`),
  d(`Från: Agnes Lindqvist
Skickat: den 17 oktober 2026 09:26
Till: Studie- och yrkesvägledning
Ämne: Studieplan Omar Yusuf

Hej,
jag har uppdaterat den individuella studieplanen för Omar Yusuf (SFI D → Grundläggande svenska). Han klarade SFI D med godkänt på nationella provet i september, men har fått F på delprovet i skriftlig framställning i Grundläggande svenska delkurs 1. Jag föreslår att han läser om delkurs 1 parallellt med delkurs 2.

Agnes Lindqvist
Lärare, Komvux Vallby`, 'grades'),
  d(`Från: Ellinor Bergman <ellinor.bergman@vallby.se>
Skickat: den 9 november 2026 10:45
Till: Hampus Ljung
Ämne: Skriftlig varning – bekräftelse

Hej Hampus,

Som vi gick igenom på mötet i dag med dig och ditt ombud från Kommunal bekräftar jag härmed att du tilldelas en skriftlig varning. Orsaken är att du vid tre tillfällen (2/9, 16/9, 21/10) lämnat arbetet före passets slut utan att meddela, vilket medfört att brukare blivit utan insats.

Upprepas detta kan det leda till att anställningen avslutas.

Varningen har kopierats till din personalakt.

Ellinor Bergman
Enhetschef, Hemtjänst Väst`, 'hr-assessment', 'trade-union'),
  d(`Chefsnätverket – anteckningar 2026-10-06

Tema: Svåra personalsamtal

1. HR-konsulten Lisa Ek gick igenom processen för skriftlig varning: dokumentera, ge personen möjlighet att förklara, facket ska underrättas, varningen gäller normalt i 12 månader.
2. Gruppdiskussion i bikupor: hur ger man feedback som landar?
3. Tips: använd "Arbetsrättshandboken" på intranätet.
4. Nästa träff: "Rehabiliteringskedjan – chefens ansvar", 3 november.

Antecknat av Kristoffer`),
  d(`HR-system Heroma – automatiskt meddelande
Ämne: Rehabärende skapat

Hej Ellinor Bergman,

Ett rehabiliteringsärende har skapats för medarbetare Sara Kvist (anst.nr 20771) eftersom hon haft sex sjukfrånvarotillfällen de senaste 12 månaderna.

Nästa steg enligt rutin:
1. Boka ett uppföljningssamtal inom 14 dagar.
2. Dokumentera i Adato.

Detta är ett automatiskt meddelande. Svara inte på mailet.`, 'health'),
  d(`HR-system Heroma – automatiskt meddelande
Ämne: Påminnelse – attestera tidrapporter

Hej Ellinor Bergman,

Du har 7 tidrapporter som väntar på attest för perioden oktober. Attestera senast 3 november för att löneutbetalningen ska bli korrekt.

Gå till Heroma > Attest > Tidrapporter.

Detta är ett automatiskt meddelande. Svara inte på mailet.`),
  d(`Från: Kundtjänst Vallby Energi
Skickat: den 1 november 2026 14:05
Till: Fakturafrågor
Ämne: VB: Återbetalning – kund 300417

Se nedan, återbetala enligt önskemål.

> Från: Göran Sandberg
> Hej, jag har betalat fakturan för oktober två gånger av misstag (1 842 kr). Kan ni sätta tillbaka pengarna på mitt konto i Handelsbanken: clearing 6189, kontonummer 284 117 903? 
> Mvh Göran Sandberg, Björkvägen 7`, 'bank-account'),
  d(`Instruktion: Registrera utbetalningskonto för arvoderade förtroendevalda

1. Logga in i självservice med BankID.
2. Välj "Mina uppgifter" → "Bankkonto".
3. Fyll i clearingnummer (4–5 siffror) och kontonummer. För Swedbank med clearing som börjar på 8 ska femte siffran med.
4. Spara. Ändringen gäller från nästa utbetalning.

OBS: Kansliet tar inte emot kontonummer per e-post eller telefon.

Kommunkansliet`),
  d(`From: Priya Raman
Sent: 28 October 2026 17:55
To: Payroll
Subject: Bank details for salary

Hello,
I started as a research engineer on 1 October and I still don't have Swedish BankID, so I can't use the self-service portal. Could you please pay my salary to my account:
SEB, clearing 5402, account 0387 112 54
Name: Priya Raman
Thank you!
Priya`, 'bank-account'),
  d(`Hej!

Påminnelse om att era reseräkningar för konferensen i Malmö ska in senast fredag. Hotellet är betalt med förvaltningens kort, så det ska inte med i reseräkningen. Taxi och middagar tar ni med och bifogar kvitton.

Frågor om kortet (kortnummer, limit, spärr) tas med ekonomiassistenten Maja, inte via mail till hela gruppen.

/Linus`),
  d(`[Teams-chatt]
14:02 Sebastian: Maja kan du boka tågbiljetterna till Umeå åt mig? mitt kort är spärrat
14:05 Maja: visst, använder förvaltningskortet
14:06 Sebastian: eller ta mitt privata så fixar vi det sen, 5213 4410 0876 2291 exp 04/29 cvc 903
14:08 Maja: Nej Sebastian du får inte skicka sånt här 😅 jag tar förvaltningskortet
14:08 Sebastian: haha ok
14:09 Maja: radera meddelandet!`, 'payment-card'),
  d(`Från: Lars Hellström
Skickat: den 4 november 2026 11:30
Till: Registrator
Ämne: Begäran om allmän handling – polisanmälan 

Hej,
enligt kommunens svar i går kommer ni inte att lämna ut polisanmälan som gäller min granne eftersom den omfattas av sekretess. Jag vill ha ett överklagbart beslut.

Lars Hellström

> Från: Registrator
> Hej Lars, handlingen du begärt har sekretessprövats och bedömts omfattas av sekretess enligt 26 kap. 1 § OSL. Den kan därför inte lämnas ut. Vill du ha ett skriftligt beslut som kan överklagas, meddela oss.`, 'secrecy'),
  d(`Kursinbjudan: Offentlighet och sekretess för nyanställda

Datum: 16 februari 2027, kl 9–15
Plats: Rådhuset, sal B

Innehåll:
• Offentlighetsprincipen och allmänna handlingar
• Sekretessprövning och överklagande
• Vanliga sekretessbestämmelser i kommunen (23, 25 och 26 kap. OSL)
• Övningar: när får en handling lämnas ut?

Föreläsare: kommunjurist Annika Björk.
Anmälan senast 1 februari till kompetens@vallby.se`),
  d(`Tjänsteanteckning, Barn- och ungdomsenheten
2026-10-30, handläggare Vera Lindahl

Telefonsamtal från polisen, Region Mitt, ang. Melvin Olsson, 16 år. Melvin greps i går kväll misstänkt för rån mot en jämnårig vid Centralen. Han är hemskickad men förhör hålls nästa vecka. Socialtjänsten ska närvara.

Vi har sedan tidigare en pågående utredning enligt 11 kap. 1 § SoL (oro för kriminalitet). Kallar föräldrarna till möte.

Omfattas av sekretess enligt 26 kap. 1 § OSL.`, 'criminal-record', 'social', 'secrecy'),
  d(`Veckorapport, Trygghet och säkerhet v. 44

- 3 inbrott i kommunens lokaler (Tallåsskolan, Ekbacken förråd, fritidsgården Kvarnen). Polisanmälda.
- Klotter vid busstorget, sanerat inom 24 h.
- Nattvandrarna har varit ute fredag och lördag, lugnt.
- Samverkan med polisen: nytt medborgarlöfte under planering för 2027.
- Brandlarm Solgården (falsklarm, matos).

/Säkerhetssamordnaren`),
  d(`Från: Dalia Karimi
Skickat: den 13 oktober 2026 08:14
Till: Bemanning Solgården
Ämne: Kan inte jobba idag

hej. jag kan inte komma idag, har fått en migränattack och ser dubbelt. tar medicin och lägger mig. försöker komma imorgon. sorry!!
Dalia

Skickat från min iPhone`, 'health'),
  d(`Minnesanteckningar, skyddskommitté Tekniska förvaltningen, 2026-10-22

1. Tillbudsrapporter Q3: 14 st, de flesta halkolyckor vid återvinningscentralen. Inga allvarliga skador.
2. Sjukfrånvaro: 5,8 % för förvaltningen (6,4 % i fjol). Längre sjukfrånvaro minskar.
3. Friskvårdsbidraget höjs till 3 000 kr 2027.
4. Buller i verkstaden – mätning beställd.
5. Övrigt: hjärtstartare ska inventeras.

Nästa möte 4 februari.`),
  d(`From: Marta Kowalczyk
Sent: 2 November 2026 07:40
To: Team Planning
Subject: Out this week

Hi all,
Just so you know, I'll be out Monday to Wednesday. I'm having a minor surgery on my knee (meniscus) at the private clinic and the surgeon said I need a few days with my leg up. I'll be on Teams from Thursday but will probably work from home until the crutches are gone.

Thanks for covering the Tuesday meeting, Karl!
Marta`, 'health'),
  d(`Från: Olof Rydén
Skickat: den 6 november 2026 12:30
Till: Marcus Dahl
Ämne: Kritiken i Facebookgruppen

Hej Marcus,
jag såg inlägget i "Vi som bor i Vallby". Det är tydligt att det är Birgitta från Miljöpartiet som ligger bakom kampanjen mot nya vägen, hon har ju varit partiets talesperson i frågan i flera år och sitter i MP:s styrelse här.

Kommunikationsavdelningen bör svara sakligt och inte gå in på personer.

Olof`, 'political-opinion'),
  d(`Till förtroendevalda i Vallby kommun

Utbildning för nya förtroendevalda hålls lördag 16 januari kl 9–15 i kommunhuset.

Program:
• Kommunallagen och nämndernas ansvar
• Jäv och förtroendeskadliga situationer
• Offentlighet och sekretess för förtroendevalda
• Partistöd och arvoden

Lunch serveras. Anmäl dig till kommunkansliet. Välkommen oavsett parti!

Kommunkansliet`),
  d(`Från: Emir Hodžić
Skickat: den 18 oktober 2026 21:07
Till: Elin (vård- och omsorgscollege)
Ämne: Praktik vecka 47

Hej Elin,
tack för att du ordnade praktikplatsen. En sak: jag fastar inte under november så det är inga problem med lunch, men jag ber fem gånger om dagen och skulle behöva ett lugnt rum några minuter vid bönetiderna. Är det okej att fråga handledaren om det?

Emir`, 'religion'),
  d(`Begravningsverksamheten informerar

Från 1 januari 2027 kommer kommunens begravningsombud att ha mottagning på torsdagar. Begravningsombudet bevakar att begravningsverksamheten tar hänsyn till personer som inte tillhör Svenska kyrkan.

Vid frågor om gravplats för andra trossamfund (muslimsk, judisk, ortodox avdelning) kontakta kyrkogårdsförvaltningen.

Länsstyrelsen`),
  d(`Utdrag ur anteckningar, Boende Björken (HVB), 2026-10-25

Nattpersonal rapporterar: Ibrahim (17) och Daniel (16) har varit upprörda efter att några boende kallat Ibrahim för "bög" under kvällen. Ibrahim sa till personalen att han faktiskt är gay och att han är rädd att det ska komma fram till familjen.

Åtgärd: samtal med de inblandade i morgon. Kontaktpersonen informeras. Socialsekreteraren informeras.

Sekretess 26 kap. OSL.`, 'sex-life', 'social', 'secrecy'),
  d(`Från: Polismyndigheten, Region Syd – Forensiska sektionen
Skickat: den 21 oktober 2026 10:12
Till: Vallby kommun, Säkerhetsenheten
Ämne: SV: Inbrott Tallåsskolan – K-4410-26

Hej,
resultat från de spår som säkrades vid Tallåsskolan: fingeravtrycket på fönsterkarmen i rum 112 har i AFIS matchats mot en person som finns i registret sedan tidigare. Personen är 19 år och bosatt i kommunen. Vi återkommer när förhör har hållits. Uppgifterna får inte lämnas vidare.

Med vänlig hälsning
Kriminaltekniker Ann Sjöberg`, 'biometric', 'criminal-record', 'secrecy'),
  d(`Ärende #49410 – Ansiktsigenkänning i nya telefoner
Status: Stängd
Anmälare: Birgitta Holm, Kommunledningskontoret

Fråga: Får jag använda Face ID för att låsa upp min jobbtelefon?

Svar (IT-säkerhet):
Ja. Ansiktsdata lagras bara lokalt i telefonens säkra enklav och skickas aldrig till kommunen eller Apple. Du måste ändå ha en sexsiffrig kod som reserv. Samma gäller fingeravtryck på Android.

Ärendet är stängt. Svara på mailet för att öppna igen.`),
  d(`Anteckning, Gymnasiesärskolan – utvecklingsgrupp
2026-11-02

Dagordning:
1. Närvarosystem: förslaget att eleverna ska checka in med ansiktsigenkänning på plattan avslogs – IMY har tidigare gett sanktionsavgift för liknande, och vi har inget stöd för att behandla biometriska uppgifter om elever.
2. Vi fortsätter med manuell närvaro i Skolplattformen.
3. Elevrådet har önskemål om nya sittplatser i matsalen.
4. Nästa möte 30/11.

/Anton`),
  d(`Från: Jesper Hult
Skickat: den 12 november 2026 16:20
Till: Driftgruppen
Ämne: Tidsstämplingen i verkstaden

Hej,
vi har problem med den nya stämpelklockan med handflatescanner i verkstaden. Den känner inte igen Rolf Hansson sedan han skadade handen, och hans registrerade handflatemall behöver läsas in på nytt. Kan någon från er komma förbi i morgon bitti när han börjar kl 6? Fram till dess stämplar han manuellt på lista.

Tack!
Jesper
Arbetsledare, Gatuverkstaden`, 'biometric', 'health'),
  d(`Utdrag – Logg röstbiometri, Kontaktcenter Region Öst
Export 2026-11-04

Ärende: Kund verifierad via röstavtryck
- Samtal 09:41 från Kjell Bergström: röstavtrycket jämfört med den lagrade röstprofilen (inspelad 2025-03-12), matchningspoäng 0,94 → godkänd.
- Samtal 11:17 från Kjell Bergström: matchning 0,41 → avvisad, hänvisad till BankID.

Kommentar (handläggare): Misstänkt att någon annan ringt i hans namn vid 11:17. Kontot spärrat i väntan på kontakt.`, 'biometric'),
  d(`Nyhetsbrev, Dataskyddsombudet – nr 4/2026

1. Biometri på arbetsplatsen: biometriska uppgifter är känsliga personuppgifter enligt artikel 9 i dataskyddsförordningen. Innan ni inför fingeravtrycksläsare eller ansiktsigenkänning ska en konsekvensbedömning göras.
2. Påminnelse: incidenter rapporteras inom 72 timmar.
3. Nya riktlinjer för AI-verktyg – klistra aldrig in personuppgifter i externa tjänster.
4. Fråga DSO: "Får jag mejla lönebesked till privat adress?" – Svar: Nej.

/DSO Vallby kommun`),
  d(`Från: Anna Hägg
Skickat: den 8 oktober 2026 07:52
Till: Elevhälsan Tallåsskolan
Kopia: Rektor
Ämne: Skyddad identitet – ny elev

Hej,
en ny elev, Amira (åk 2), börjar hos oss på måndag. Familjen har skyddade personuppgifter. Hon står i skolans system med fingerade uppgifter och ska inte finnas med på klasslistor, fotokataloger eller i Skolplattformens synliga del. Ingen får lämna ut uppgifter om att hon går här.

Rektor informerar mentor personligen.

Anna Hägg
Skoladministratör`, 'protected-identity'),
  d(`[2026-11-03 15:44] Marléne: hur gör vi med utskicket till alla vårdnadshavare i 3A? det finns ju ett barn med skyddad id i klassen
[2026-11-03 15:46] Tor: det är Vilmers mamma som har kvarskrivning, hon får inget via Vklass, allt går via skolsköterskan
[2026-11-03 15:46] Marléne: ok då tar jag bort henne från listan
[2026-11-03 15:47] Tor: ja och skriv inte namnet i chatten, jag borde inte heller ha gjort det 🙈`, 'protected-identity'),
  d(`Från: Skatteverket – Folkbokföringen (automatiskt utskick)
Till: Vallby kommun, Funktionsbrevlåda Registrator
Ämne: Information om förmedlingsuppdrag

Kommunen kan skicka post till personer med skyddade personuppgifter via Skatteverkets förmedlingsuppdrag. Lägg försändelsen i ett kuvert märkt med personens namn och personnummer, och lägg det i ett ytterkuvert till Skatteverket, Förmedlingsuppdrag.

Skicka aldrig innehåll med känsliga uppgifter som rekommenderat brev direkt till personen.

Skatteverket`),
  d(`Hej Camilla,

Här kommer anteckningarna från vårt möte om bostadsanpassning:

- Ansökan från familjen på Järnvägsgatan: hissen i trapphuset är ok, badrummet behöver anpassas. Handläggare gör hembesök 20/11.
- Ny riktlinje: vi kräver intyg från arbetsterapeut i alla ärenden över 50 000 kr.
- Systemet: Castor uppdateras v. 48, nere tisdag kväll.

PS. Inloggningen till Boverkets portal: användare bostadsanp.vallby, lösenord Trappan!42. Byt det gärna nu när Jörgen har slutat.

/Niklas`, 'credentials'),
  d(`Informationssäkerhet – månadens tips

Så skapar du ett bra lösenord:
1. Använd en lösenordsfras, t.ex. fyra slumpmässiga ord (minst 16 tecken).
2. Använd aldrig samma lösenord i jobbet och privat.
3. Dela aldrig ditt lösenord – inte med kollegor, inte med IT-supporten. Vi frågar aldrig efter det.
4. Använd den lösenordshanterare som kommunen tillhandahåller (Bitwarden).

Exemplet "Solros-Kaffe-Buss-Tallrik" är bara ett exempel, använd det inte!

IT-säkerhet`),
  d(`Från: Noreply GitLab <gitlab@region-ost.se>
Till: Utvecklingsteamet
Ämne: [regionapp/api] Pipeline failed – commit 4e1a9c2

Pipeline #8812 failed for main.

Commit by Tim Forsberg:
"fix config for sms-gateway"

Changed file: config/production.env
+ SMS_GATEWAY_USER=regionost_prod
+ SMS_GATEWAY_API_KEY=sk_live_7Hq2ZtP9kR4mVx81LbN3
+ SMS_SENDER=RegionOst

Job "secret-scan" failed: 1 secret detected.`, 'credentials'),
  d(`Hej alla!

Kort från utvecklingsteamets retro, sprint 22:
+ Bra: deploy till test gick smidigt, kodgranskningarna snabbare.
– Mindre bra: vi har haft två incidenter där API-nycklar nästan hamnade i repot. Vi inför secret-scan i pipelinen och alla nycklar ska ligga i Vault.
→ Åtgärder: Tim sätter upp pre-commit hook, Sara skriver en kort guide.

Nästa sprint börjar måndag.
/Scrum master Jonna`),
  d(`Från: Louise Karlsson
Skickat: den 15 oktober 2026 13:40
Till: Fredrik Malm
Ämne: Lönespecen – bonus

Hej Fredrik,
jag förstår inte min oktoberlön. Jag skulle ha fått engångsbeloppet på 8 000 kr för projektledningen av införandet, enligt vad vi kom överens om i juni, men jag ser bara min vanliga lön på 42 300 kr. Kan du kolla med lön?

Tack!
Louise`, 'salary'),
  d(`Minnesanteckningar, löneöversynsgruppen Region Öst, 2026-11-10

1. Utfall 2026: genomsnittlig löneökning 3,4 %. Sjuksköterskor med specialistutbildning 4,1 %.
2. Riktade satsningar 2027: barnmorskor och biomedicinska analytiker.
3. Ingångslöner: ingångslönen för nyexaminerade sjuksköterskor höjs till 35 000 kr.
4. Tidplan: förhandlingar med Vårdförbundet i februari.

Inga beslut om enskilda medarbetare fattades.`),
  d(`From: Jonas Meyer
Sent: 19 October 2026 18:21
To: Cecilia Rask
Subject: My salary and the new role

Dear Cecilia,
Thank you for the offer for the team lead role. I appreciate it, but a monthly salary of 47 000 SEK is only 2 500 more than what I earn today as a senior developer, and the new role comes with a lot more responsibility. Would it be possible to discuss 51 000?

Best regards,
Jonas`, 'salary'),
  d(`Från: Annika Wallin
Skickat: den 2 november 2026 09:00
Till: Ledningsgruppen
Ämne: Underlag till dagens möte

Hej,
bifogar underlagen. Punkterna idag:
1. Budget 2027 – första genomgång
2. Personalomsättning: 14 % på Barn och unga, behöver åtgärdsplan
3. Resultat medarbetarenkäten: låga värden på "tydligt ledarskap" i två arbetsgrupper
4. Handlingsplan för minskad sjukfrånvaro
5. Övriga frågor

Vi ses kl 13.
Annika`),
  d(`Anteckning från uppföljningssamtal, 2026-10-27
Medarbetare: Kristian Nord
Chef: Sofia Bergh
HR: närvarande

Kristian har under perioden augusti–oktober vid upprepade tillfällen kommit för sent till morgonmötet och vid två tillfällen inte svarat i telefon under beredskap. Han medger detta och förklarar det med trötthet. Vi konstaterar att arbetsprestationen inte når upp till förväntningarna i handlingsplanen från maj.

Överenskommet: ny uppföljning om 6 veckor. Om ingen förbättring sker övervägs skriftlig erinran.`, 'hr-assessment'),
  d(`Från: Carina Lundberg
Skickat: den 24 oktober 2026 15:15
Till: Ida Sandström
Ämne: Referens – Marcus Åhlin

Hej Ida,
du frågade om referens för Marcus som sökt tjänsten hos er. Kortfattat:
Marcus arbetade hos mig i två år som handläggare. Han är noggrann och juridiskt skarp, men har svårt med samarbete i grupp och blev ofta irriterad på möten. Han fick en del kritik från kollegor för sin ton. Om ni söker någon som ska jobba självständigt passar han bra, i ett team mindre bra.

Ring gärna om du vill veta mer.
Carina`, 'hr-assessment'),
  d(`Rekrytering: Socialsekreterare till Barn och unga (2 tjänster)

Vi söker dig som har socionomexamen och gärna erfarenhet av barnavårdsutredningar enligt SoL och LVU.

Vi erbjuder:
- Handledning varannan vecka
- Introduktion med mentor under första halvåret
- Lön enligt överenskommelse, ingångslön från 36 500 kr

Urval sker löpande. Intervjuer planeras v. 47. Vi tar referenser och begär utdrag ur belastningsregistret innan anställning.

Facklig kontakt: Akademikerförbundet SSR, Vision.`),
  d(`Utdrag ur anteckningar, LVM-utredning – vuxen 
2026-10-19, handläggare Rasmus Eng

Klienten Annette J., 44 år. Har sedan maj injicerat amfetamin dagligen enligt egen uppgift. Två överdoser i höst med ambulans till akuten. Tackar nej till frivillig vård. Gör bedömningen att rekvisiten för tvångsvård enligt 4 § LVM kan vara uppfyllda. Ansökan till förvaltningsrätten förbereds.

Sekretess: 26 kap. 1 § OSL.`, 'social', 'health', 'secrecy'),
  d(`Hej!

Vi från Beroendecentrum Region Öst vill tipsa om vår nya informationsfilm för anhöriga till personer med missbruk. Filmen tar upp:
- Hur man pratar med sin närstående
- Vilket stöd kommunen och regionen kan ge (t.ex. öppenvård, LVM som sista utväg)
- Var man kan få stöd som anhörig

Länk finns på vår webbplats. Dela gärna med era brukare och personal!

Med vänlig hälsning
Kommunikatören, Beroendecentrum`),
  d(`Från: Lennart Sjö
Skickat: den 5 november 2026 18:47
Till: Gunnel Eriksson
Ämne: Re: Mamma

Hej Gunnel,
tack för att du ringde i dag. Sammanfattning för syskonen:
Mamma har fått beviljat hemtjänst tre gånger om dagen från måndag, plus trygghetslarm. Biståndshandläggaren sa att vi kan ansöka om korttidsboende om det inte räcker. Hennes demens har blivit sämre sedan sommaren, läkaren på vårdcentralen ska göra en ny bedömning.

Kram Lennart`, 'social', 'health'),
  d(`From: Sean O'Donnell
Sent: 10 November 2026 11:12
To: Research group
Subject: Tuesday seminar & lunch

Hi everyone,
Reminder: Tuesday's seminar is on ethics approval for registry studies using sensitive data — health records, genetic data and so on. Helena from the Ethics Review Authority will join.

Lunch afterwards at the Thai place. Please let me know about dietary requirements (halal, kosher, vegan…) by Monday.

Cheers,
Sean`),
  d(`Från: Therese Nyqvist
Skickat: den 16 november 2026 10:05
Till: Björn Alexandersson
Kopia: HR-konsult Maria Ek
Ämne: VB: VB: Arbetsanpassning – Peter

Hej Björn,
nu har du hela tråden. Jag föreslår att vi träffas alla tre på torsdag innan vi svarar Peter.
/Therese

-----Ursprungligt meddelande-----
Från: Maria Ek
Skickat: den 13 november 2026 14:22
Till: Therese Nyqvist
Ämne: SV: Arbetsanpassning – Peter

Hej Therese,
jag har tittat på företagshälsovårdens utlåtande. De bedömer att Peter har nedsatt arbetsförmåga med 50 % på grund av sin utmattningsdepression och rekommenderar att han inte har kundkontakt de närmaste tre månaderna. Vi behöver se över om det finns uppgifter i back office.
Maria

-----Ursprungligt meddelande-----
Från: Therese Nyqvist
Skickat: den 12 november 2026 08:40
Till: Maria Ek
Ämne: Arbetsanpassning – Peter

Hej Maria, Peter vill börja jobba igen från 1 december. Vad säger FHV?
Therese

Therese Nyqvist | Avdelningschef Kundservice | Vallby Energi AB
Detta meddelande kan innehålla konfidentiell information.`, 'health'),
  d(`Från: Företagshälsan Vallby
Skickat: den 1 oktober 2026
Till: Chefer i Vallby kommun
Ämne: Nytt avtal med företagshälsovården – vad gäller?

Hej!
Från och med 1 januari har kommunen nytt avtal med Företagshälsan Vallby. Några viktiga punkter:

1. Rehabiliteringsutredningar beställs via beställningsportalen, inte via mail.
2. Arbetsförmågebedömning kostar 4 900 kr och debiteras förvaltningen.
3. Samtalsstöd: medarbetare kan själva boka upp till tre samtal per år utan att chefen informeras.
4. Ergonomiska genomgångar ingår i grundavtalet.
5. Skicka aldrig läkarintyg eller diagnoser i vanlig e-post – använd den säkra portalen.

Frågor? Kontakta HR-direkt på 0123-400 60.

Företagshälsan Vallby`),
  d(`[Chattlogg – kundtjänst Vallby Bostäder, 2026-11-09]
10:12 Kund: hej jag bor på Kvarngatan 5 lgh 1102, har ni fått min hyra? jag swishade
10:13 Agent Lina: Hej! Hyran betalas till bankgiro, vi kan inte ta emot swish. Vad gäller det?
10:14 Kund: ok men jag har inga pengar kvar nu. soc har lovat att betala men handläggaren har inte hört av sig
10:15 Agent Lina: Jag förstår. Har du beslut om försörjningsstöd för november?
10:16 Kund: ja det blev beviljat i fredags, de skulle betala direkt till er
10:18 Agent Lina: Då lägger jag in en notering så att vi inte skickar påminnelse. Hör av dig om det inte kommit på fredag.
10:18 Kund: tack snälla`, 'social'),
  d(`Vallby Bostäder – Hyresgästnytt december

• Hyresavier för januari skickas ut 15 december. Glöm inte att betala senast sista vardagen i månaden.
• Har du svårt att betala hyran? Hör av dig till oss i tid. Vi kan hänvisa till kommunens budget- och skuldrådgivning, som är gratis. I vissa fall kan socialtjänsten ge ekonomiskt bistånd för hyran.
• Tvättstugan i hus 3 renoveras v. 2–4.
• Julgransinsamling 10 januari.

God jul önskar Vallby Bostäder!`),
  d(`Kommunfullmäktige i Vallby – sammandrag för personal, oktobersammanträdet

• Budget 2027 antogs efter votering (31 ja, 20 nej). Oppositionen (S, V, MP) hade ett eget budgetförslag.
• Motion om att införa gratis simskola för alla barn – återremitterad.
• Interpellation från Sverigedemokraterna om kostnader för tolk – besvarad av socialnämndens ordförande.
• Ny ledamot i kultur- och fritidsnämnden: Eva Roos (L).

Fullständigt protokoll publiceras på webben.
Kommunkansliet`, 'political-opinion'),
  d(`Från: Stefan Blom
Skickat: den 20 oktober 2026 22:10
Till: Kent Åberg
Ämne: Fika på torsdag?

Tja Kent,
har du tid med fika på torsdag? Jag vill bolla en sak: jag har bestämt mig för att ställa upp på Kristdemokraternas lista i nästa val, och jag undrar hur det funkar med jäv när jag samtidigt jobbar som planarkitekt här. Du har ju varit med om det när du satt för S i byggnadsnämnden.

Hörs!
Stefan`, 'political-opinion'),
  d(`Utdrag ur loggbok, nattpersonal Solgårdens äldreboende
Natten 7–8 november 2026

23.10 Rond. Alla sover utom Helge rum 14 som vill prata om kriget. Satt med honom en stund. Han berättar att hans familj flydde från Estland 1944 och att han fortfarande drömmer om båten. Lugnade sig efter te.
02.30 Rond. Lugnt.
04.45 Greta rum 9 ringde på larmet, behövde hjälp till toaletten. 
06.00 Rapport till dagpersonal.

/Nattpersonal Anette`, 'ethnic-origin'),
  d(`Från: Dina Levin
Skickat: den 2 oktober 2026 08:00
Till: Schemaansvarig, Ekbackeskolan
Ämne: Ledighet Jom Kippur

Hej Anders,
som jag nämnde i augusti ansöker jag om ledighet 21 oktober för Jom Kippur. Jag har pratat med Hanna som kan ta min engelskgrupp i 9C. Lektionsplaneringen ligger i Teams.

Tack!
Dina Levin
Lärare engelska/tyska`, 'religion'),
  d(`Protokoll, styrelsemöte Vallby kulturförening, 2026-10-14

Närvarande: 6 av 7 ledamöter

§ 1 Mötets öppnande
§ 2 Ekonomi: kassören redovisade 84 300 kr i kassan.
§ 3 Höstens program: samisk filmkväll 8/11 i samarbete med Sameföreningen, klezmerkonsert 22/11, romsk kulturdag i februari (ansökan om kommunalt bidrag inskickad).
§ 4 Medlemsavgift 2027 oförändrad, 200 kr.
§ 5 Nästa möte 18 november.

Vid protokollet: Karin Eld`),
  d(`Hej Rut,

Tack för samtalet om din farbror! Som jag sa kan vi på Äldreomsorgens samiska enhet erbjuda personal som talar nordsamiska. Eftersom Nils-Anders själv är same och har pratat samiska hela sitt liv är det viktigt för honom att bli bemött på sitt språk nu när minnet sviktar. Jag har skickat vidare önskemålet till biståndshandläggaren, som också ska ta ställning till hans ansökan om särskilt boende.

Med vänliga hälsningar
Margareta Labba
Samordnare, samisk äldreomsorg`, 'ethnic-origin', 'social', 'health'),
  d(`Skolenkäten 2026 – sammanfattning för Tallåsskolan

Svarsfrekvens elever: 84 %

Höga värden:
• "Jag känner mig trygg i skolan" – 89 % instämmer
• "Lärarna hjälper mig om jag inte förstår" – 82 %

Låga värden:
• "Eleverna följer skolans ordningsregler" – 41 %
• "Jag får veta hur det går för mig i skolarbetet" – 56 %

Frånvaron (hela skolan) ligger på 9,3 % i genomsnitt, i nivå med kommunsnittet. Arbetsgrupper tar fram åtgärder till vårterminen.

Rektor`),
  d(`Från: Mentor 9C
Skickat: den 10 november 2026 17:32
Till: vårdnadshavare Andersson
Ämne: Oro för Lovas skolgång

Hej Sofia och Mats,
jag behöver informera er om att Lova har varit borta 31 lektioner den här månaden utan anmälan, mest i matematik och NO. I kemi har hon inte lämnat in laborationsrapporten och riskerar F. Hon har sagt till mig att hon inte orkar komma till skolan.

Rektor har blivit informerad och vi kommer att göra en utredning av frånvaron. Kan ni komma på möte onsdag kl 16?

Hälsningar
Karin Blom, mentor 9C`, 'grades'),
  d(`Exporterad Teams-chatt: "Arbetslag 7–9"
[2026-10-30 13:05] Annelie: Betygsprognoser ska in på fredag, glöm inte!!
[2026-10-30 13:06] Martin: vilka ämnen gäller det? alla?
[2026-10-30 13:06] Annelie: alla, åk 9
[2026-10-30 13:09] Martin: ok. btw Malte i 9B ligger på F i tre ämnen nu, ska vi ta det på EHT?
[2026-10-30 13:10] Annelie: ja skriv upp honom, och Filippa i 9A har ju 40 % frånvaro
[2026-10-30 13:11] Martin: absolut
[2026-10-30 13:20] Jenny: jag tar med fika till konferensen`, 'grades'),
  d(`Till: HR-avdelningen
Från: Fackförbundet ST, avdelning Region Öst
Datum: 2026-11-11

Begäran om förhandling enligt 11 § MBL

ST begär förhandling gällande planerad omorganisation av Löneenheten. Vi önskar information om hur omorganisationen påverkar arbetsmiljö och bemanning.

Förslag på datum: 18 eller 20 november.

För ST
Göran Eklund, ordförande`, 'trade-union'),
  d(`Från: Susanne Berg
Skickat: den 18 november 2026 08:14
Till: Linnea Strand
Ämne: SV: Vem företräder Vårdförbundet?

Hej Linnea,
det är Petra Ahl på avdelning 43 som är huvudskyddsombud för Vårdförbundet nu, hon tog över efter Jörgen i somras. Hon har fackligt uppdrag på 20 % så hon finns på expeditionen tisdagar och torsdagar.

/Susanne

> Från: Linnea Strand
> Vem ska jag prata med från Vårdförbundet om nattbemanningen?`, 'trade-union'),
  d(`Medlemsbrev – Sveriges Lärare Vallby, november

Hej!
• Arbetstidsenkäten: tack alla 214 som svarade! Resultatet visar att många lärare arbetar över. Vi tar det i samverkan med förvaltningen i december.
• Lokal löneförhandling: vi har lämnat våra yrkanden. Information om utfall kommer i mars.
• Kurs för nya ombud 2–3 februari.

Styrelsen, Sveriges Lärare Vallby`),
  d(`Från: Mohammed Al-Sayed
Skickat: den 31 oktober 2026 15:02
Till: Lönekontoret
Ämne: Fackavgift dras fortfarande

Hej,
jag gick ur Kommunal i augusti och gick med i Vision i stället när jag blev arbetsledare. Men på min lönespec dras fortfarande avgiften till Kommunal (497 kr). Kan ni stoppa det och betala tillbaka september och oktober?

Mohammed Al-Sayed
Arbetsledare, Lokalvården`, 'trade-union'),
  d(`Ärende #49877 – Passerkort borttappat
Status: Löst
Anmälare: Kajsa Ek, Tallåsskolan

Jag har tappat mitt passerkort någonstans på skolgården.

Kommentar (Servicedesk, Lars):
Kortet är spärrat. Du får ett nytt kort i receptionen på Rådhuset. Tills dess kan du använda tillfällig kod till personalingången på Tallåsskolan: 7302, giltig till fredag.`, 'credentials'),
  d(`Hej,

Vi har nu bytt koder till samtliga personalingångar på våra förskolor. Koderna delas ut av respektive förskolechef på APT och ska inte skickas via mail eller sms. Om du har glömt koden, kontakta din chef.

Under jullovet gäller särskilda öppettider. Larmet ska alltid kopplas på när sista person går.

Fastighetsavdelningen`),
  d(`Från: Tobias Hagström
Skickat: den 7 november 2026 11:58
Till: IT-support
Ämne: Kommer inte in i Outlook

Hej, jag kan inte logga in i Outlook. Har testat flera gånger med mitt lösenord Hagström1985! men det går inte. Användarnamn tobhag. Kan ni kolla??

Tobias
Vaktmästare, Kvarnens fritidsgård`, 'credentials'),
  d(`Ärende #50114 – Misstänkt nätfiske
Status: Stängd
Anmälare: Linda Palm, Miljöförvaltningen

Jag fick ett mail som såg ut att komma från "IT-avdelningen" och bad mig verifiera mitt konto. Jag klickade inte.

Kommentar (IT-säkerhet):
Tack för att du rapporterade! Det var ett nätfiskeförsök. Vi har blockerat avsändaren. Kom ihåg: IT-avdelningen ber aldrig om lösenord, engångskoder eller BankID via mail.`),
  d(`Från: Maria Fernández
Skickat: den 14 oktober 2026 09:45
Till: Sekretariatet
Ämne: Arvode – konto

Hej!
Jag är nyvald ersättare i kultur- och fritidsnämnden och har inte BankID än (väntar på svenskt pass). Kan arvodet betalas till mitt konto i Nordea: clearing 3300, kontonummer 820 514 7712? Jag skickar kontoutdrag om ni behöver.

Tack och hälsningar
Maria Fernández`, 'bank-account'),
  d(`Från: Ekonomi – Kundreskontra
Skickat: den 5 november 2026 13:20
Till: Karl-Johan Vik
Ämne: SV: Återbetalning av barnomsorgsavgift

Hej Karl-Johan,
vi har nu betalat tillbaka 2 360 kr avseende dubbelfakturering för september. Pengarna sattes in på det IBAN-konto du angav, SE45 5000 0000 0583 9825 7466, och bör finnas på kontot inom två bankdagar.

Med vänlig hälsning
Kundreskontran, Vallby kommun`, 'bank-account'),
  d(`Vallby kommun – Löneinformation november

• Lönen betalas ut den 25 november.
• Retroaktiv lön för Kommunals avtalsområde betalas ut i december.
• Från och med januari skickas lönespecifikationen enbart digitalt till Kivra eller din e-brevlåda.
• Kom ihåg att kontrollera att ditt bankkonto är rätt registrerat i självservice.
• Semesterväxling: ansök senast 30 november.

Lönekontoret`),
  d(`Från: Ulrik Bengtsson
Skickat: den 25 oktober 2026 21:12
Till: Kommunens kundcenter
Ämne: Klagomål på faktura

Hej,
jag har fått en faktura på parkeringsavgift som jag redan har betalt. Jag betalade i appen med mitt Mastercard 5555 3412 0981 4460 den 3 oktober och fick kvitto. Kan ni kolla upp det och makulera fakturan?

/Ulrik Bengtsson`, 'payment-card'),
  d(`Från: Barnhälsovården Tallåsen
Skickat: den 2 november 2026 10:30
Till: Förskolan Solrosen, förskolechef Marie Lundh
Ämne: Kostanpassning – Vidar, avd. Igelkotten

Hej Marie,
efter samtycke från vårdnadshavarna: Vidar (2 år) har fått diagnosen PKU (fenylketonuri) vid nyföddhetsscreeningen, bekräftad med DNA-analys som visade att han ärvt den genetiska varianten från båda föräldrarna. Han behöver strikt proteinreducerad kost. Dietisten skickar kostschema till köket.

Med vänlig hälsning
Distriktssköterska Helena Kron`, 'genetic', 'health'),
  d(`Från: Mats Wennberg
Skickat: den 19 oktober 2026 19:40
Till: Personalavdelningen
Ämne: Tjänstledighet – genetisk utredning

Hej,
jag behöver vara ledig några dagar i november för att följa med min syster till Karolinska. Vår pappa dog i ALS och genetikerna har nu hittat en mutation i C9orf72 hos honom. Jag har själv testat mig och är också bärare, så det är mycket just nu. Min syster ska få sitt svar den 12/11.

Jag tar gärna semesterdagar om det inte går som tjänstledighet.

Mats Wennberg
Ingenjör, VA-avdelningen`, 'genetic', 'health'),
  d(`Hej!

Här kommer en sammanfattning från föreläsningen om "Ärftlighet och cancer" som några av oss var på:

- Ca 5–10 % av all cancer beror på ärftliga faktorer.
- Genetisk utredning erbjuds om det finns flera fall av samma cancer i en släkt.
- Man har rätt att avstå från att få veta sitt testresultat.
- Försäkringsbolag får inte kräva genetiska tester.

Presentationen finns på Teams under Kompetens.

/Marie, kontaktsjuksköterska`),
  d(`Utdrag, journal – Barn- och ungdomsmedicin, Region Öst
2026-10-28

Elin, 9 år, följs för kortvuxenhet. Genetisk analys (kromosomanalys) visar Turners syndrom (45,X). Diagnosen meddelad föräldrarna i dag tillsammans med genetisk vägledare. Behandling med tillväxthormon påbörjas efter kontroll hos endokrinolog.

Föräldrarna vill inte att skolan ska informeras i nuläget.`, 'genetic', 'health'),
  d(`Från: Rättsmedicinalverket
Skickat: den 27 oktober 2026
Till: Socialtjänsten Vallby, handläggare Vera Lindahl
Ämne: Faderskapsutredning – DNA-analys

Hej,
resultatet av DNA-analysen i faderskapsutredningen gällande barnet Nova (född 2026-03-14) är klart. Analysen visar att den utpekade mannen, Johan Strömberg, med en sannolikhet över 99,99 % är barnets biologiska far.

Skriftligt utlåtande skickas med rekommenderat brev.

Med vänlig hälsning
Rättsgenetiska avdelningen`, 'genetic', 'social'),
  d(`Familjerätten informerar – om faderskap och föräldraskap

När ett barn föds och föräldrarna inte är gifta behöver faderskapet eller föräldraskapet fastställas. Det gör ni enkelt digitalt via familjerätten eller på ett möte hos oss. Om det finns tveksamheter om vem som är pappa kan vi göra en utredning där det kan ingå DNA-analys.

Besök eller ring familjerätten: 0123-455 00 (tisdag och torsdag 9–11).

Familjerätten Vallby`),
  d(`Från: Sara Lilja
Skickat: den 20 november 2026 14:14
Till: Elevhälsan
Ämne: Hugo i 5B

Hej!
Bara en kort rad: Hugo i 5B berättade på rasten att han har två mammor och att några i klassen skrattat åt honom för det. Han var ledsen. Jag tog ett samtal med klassen. Föräldrarna Anna och Lina vet om det.

Vet inte om det behövs mer än det, men ville att ni skulle känna till det.

Sara, fritidspedagog`, 'sex-life'),
  d(`From: Emma Lindgren
Sent: 4 October 2026 20:05
To: Sophie Carter
Subject: Re: Conference in Lisbon

Hi Sophie,
Sounds great! About the hotel – could you book a double room for me? I'll be bringing my girlfriend Alice, she's never been to Lisbon. I'll pay the difference myself of course.

Also – I'm on the panel on Thursday, right?

Emma`, 'sex-life'),
  d(`Protokollsutdrag, likabehandlingsgruppen Ekbackeskolan, 2026-10-09

1. Uppföljning av kränkningsanmälningar: 11 anmälningar under september, varav 3 rör kränkningar med koppling till sexuell läggning (ord som "bög" används som skällsord).
2. Åtgärd: temadag om normer och HBTQ i åk 8 den 4/12, med RFSU.
3. Personalen påminns om att alla kränkningar ska anmälas till rektor samma dag.

Inga enskilda elever diskuterades vid mötet.`),
  d(`Utdrag ur beslut, Försäkringskassan, kopia till arbetsgivare (efter medgivande)

Kim Ekström har ansökt om ersättning. I ansökan framgår att Kim genomgår könsbekräftande vård på Karolinska och var sjukskriven efter operationen 2026-09-21. Sjukpenning beviljas för perioden 2026-09-21 – 2026-11-15.

Handläggare: Sofie Wikström

HR-anteckning: Kim har bett att kollegorna inte ska informeras om orsaken.`, 'sex-life', 'health'),
  d(`Från: Ann-Sofie Grahn
Skickat: den 9 november 2026 13:03
Till: Leif Persson
Ämne: Registerutdrag – Jonas B

Hej Leif,
vi har fått in Jonas Bergs utdrag ur belastningsregistret inför anställningen som elevassistent. Det finns en anteckning: dom 2022 för ringa narkotikabrott, dagsböter. Inget som rör barn. Enligt vår rutin ska rektor göra en bedömning. Vill du ringa honom innan vi skickar anställningsavtalet?

/Ann-Sofie, HR`, 'criminal-record'),
  d(`Kallelse till avstämning – Kriminalvården och Vuxenenheten

Tid: 24 november kl 10
Plats: Frivården Vallby, Storgatan 4

Dagordning:
1. Genomgång av samverkansrutinen vid frigivning
2. Boendefrågan för personer som friges – statistik 2026
3. Nytt arbetssätt med "Frigivningsstöd"
4. Övrigt

Inga enskilda klientärenden behandlas på mötet.
Sekreterare: Hanna, Vuxenenheten`),
  d(`Journalanteckning, Vuxenenheten
2026-11-06, handläggare Emir Begović

Telefonsamtal från frivårdsinspektör Linnéa Åkesson. Klienten Niklas P. friges villkorligt från anstalten Hall den 2 december efter att ha avtjänat två år för grov misshandel. Han saknar bostad. Frivården önskar samordnat möte om boende och försörjning före frigivningen. Bokat 20/11.

Sekretess 26 kap. 1 § OSL.`, 'criminal-record', 'social', 'secrecy'),
  d(`Från: Rektor Ekbackeskolan
Skickat: den 29 oktober 2026 16:45
Till: All personal
Ämne: Incident i går

Hej alla,
som många känner till var det ett bråk vid busshållplatsen i går eftermiddag. Polisen har varit här och pratat med några elever. Vi vet ännu inte vad som hänt och jag ber er att inte spekulera, varken i korridorerna eller på sociala medier.

Kuratorerna finns tillgängliga hela veckan för elever som vill prata.

Mvh
Anders, rektor`),
  d(`Från: Kvarnens fritidsgård
Skickat: den 12 november 2026 09:03
Till: Ungdomsenheten, socialtjänsten
Ämne: Information om Adam H.

Hej,
vi vill informera er om att Adam H. (15) enligt flera ungdomar sålde cannabis utanför fritidsgården i fredags. Vi har själva sett honom med stora mängder kontanter. Polisen är kontaktad. Vi har stängt av honom från verksamheten en vecka.

Vi ser detta som en orosanmälan.

Fritidsledare Kim och Jasmin`, 'criminal-record', 'social'),
  d(`Vallby kommun – Intern nyhet
"Ny säkerhetssamordnare på plats"

Sedan 1 oktober har kommunen en ny säkerhetssamordnare, Patrik Hjelm, som tidigare arbetat som polis i 14 år. Patrik ska bland annat arbeta med det brottsförebyggande rådet, krisberedskap och samverkan med polisen.

– Jag vill att alla anställda ska känna sig trygga på jobbet, säger Patrik.

Patrik nås på 0123-400 88.`),
  d(`Från: Lisbeth Åström
Skickat: den 14 november 2026 10:21
Till: Johan Wiberg
Ämne: SV: Lönebesked – rättelse

Hej Johan,
du har helt rätt. Det blev fel i registreringen av OB-tillägget. Du ska ha haft 6 214 kr i ob för oktober, men fick bara 3 107 kr. Mellanskillnaden på 3 107 kr betalas ut på novemberlönen. Din grundlön på 30 450 kr är korrekt.

Ursäkta besväret!
Lisbeth, Lönekontoret

> Från: Johan Wiberg
> Hej, OB-tillägget på min oktoberlön ser konstigt lågt ut, jag jobbade fyra helger.`, 'salary'),
  d(`Lönestatistik 2026 – Vallby kommun (urval)

Yrkesgrupp                | Medianlön
Undersköterska            | 31 400 kr
Förskollärare             | 36 900 kr
Socialsekreterare         | 40 200 kr
Systemförvaltare          | 44 800 kr
Enhetschef äldreomsorg    | 50 500 kr

Källa: Lönesystemet, oktober 2026. Statistiken används i lönekartläggningen och publiceras på intranätet. Ingen enskild persons lön kan utläsas ur tabellen.

HR-avdelningen`),
  d(`[2026-11-06 16:45] Karin: såg du lönerna som kom ut?
[2026-11-06 16:46] Ove: ja. Jag fick 600 kr. 600!! efter 12 år
[2026-11-06 16:46] Karin: seriöst? jag fick 1400
[2026-11-06 16:47] Ove: jag ligger på 33 900 nu, nyanställda får ju nästan det
[2026-11-06 16:48] Karin: prata med facket, det där är inte ok
[2026-11-06 16:50] Ove: ska ta det med Lena på måndag`, 'salary'),
  d(`Från: Helena Roos
Skickat: den 26 oktober 2026 11:12
Till: Chefsgruppen Omsorg
Ämne: Sammanställning medarbetarsamtal – skrivs inte i detta mail

Hej!
Många har frågat om vi ska skicka en sammanställning av medarbetarsamtalen. Nej – dokumentationen av enskilda samtal ligger i HR-portalen och ska inte mailas. Till ledningsgruppen redovisar ni bara på gruppnivå: antal genomförda samtal, övergripande teman (arbetsbelastning, kompetensutveckling) och åtgärder.

Tack!
Helena Roos, HR-chef`),
  d(`Från: Kristofer Lind
Skickat: den 3 november 2026 17:08
Till: Agneta Persson
Ämne: Anteckningar från samtalet med Emilia

Hej Agneta,
här är en kort sammanfattning av dagens samtal med Emilia:

+ Mycket uppskattad av brukarna, tar egna initiativ.
+ Har utvecklats i dokumentation sedan i våras.
– Har vid två tillfällen pratat nedsättande om kolleger inför brukare. Vi pratade om det och hon förstod allvaret.
– Behöver bli bättre på att passa tider vid överlämning.

Mål till våren: handledarutbildning, följa överlämningsrutinen.
Betyg i lönekriterierna: "Bra" (3 av 4).

/Kristofer`, 'hr-assessment'),
  d(`Arbetsmiljöenkäten 2026 – resultat för Omsorgsförvaltningen

Svarsfrekvens: 71 %
Index för "Ledarskap": 3,8 (3,6 i fjol)
Index för "Arbetsbelastning": 2,9 (oförändrat)
Andel som upplevt kränkande särbehandling senaste året: 8 %

Varje arbetsgrupp ska diskutera resultatet på APT och ta fram minst en åtgärd. Resultat redovisas aldrig för grupper med färre än fem svarande.

HR-enheten`),
  d(`Från: Anders Nilsson
Skickat: den 21 oktober 2026 08:30
Till: Socialsekreterare mottagning
Ämne: Kvarskrivning – Jennie Olsson

Hej,
vill informera om att Jennie Olsson, som är aktuell hos Vuxenenheten efter att ha lämnat en våldsam relation, har beviljats kvarskrivning i Vallby. Hon bor numera i en annan kommun. Ni får inte under några omständigheter kontakta henne via den gamla adressen eller uppge var hon befinner sig.

Sekretess enligt 26 kap. OSL.

Anders, samordnare Våld i nära relation`, 'protected-identity', 'social', 'secrecy'),
  d(`Kvinnojouren Vallby – verksamhetsberättelse 2026 (utdrag)

Under året har jouren haft 412 stödsamtal och tagit emot 23 kvinnor och 31 barn i skyddat boende. Flera av de boende har under tiden ansökt om skyddade personuppgifter hos Skatteverket.

Vi har haft utbildningar för socialtjänsten om hur man arbetar med personer som har skyddad identitet.

Tack till alla ideella!
Styrelsen`),
  d(`Från: Johanna Berg
Skickat: den 2 november 2026 08:20
Till: Simon Ek
Ämne: VB: Hotell i Göteborg

Simon, kan du fixa detta? Jag är borta hela veckan.
/Johanna

-----Ursprungligt meddelande-----
Från: Johanna Berg
Skickat: den 1 november 2026 22:41
Till: Johanna Berg (privat)
Ämne: Hotell i Göteborg

kort för bokningen (mitt privata, jag tar det i reseräkningen):
Visa 4929 1180 3342 0017
12/27
cvc 228
Johanna Berg`, 'payment-card'),
  d(`Ärende #50233 – Betalterminal simhallen
Status: Pågår
Anmälare: Receptionen, Vallby simhall

Betalterminalen i receptionen nekar alla kort sedan kl 14. Kunderna får betala med Swish så länge. Vi har inte sparat några kortuppgifter.

Kommentar (Servicedesk, Oskar):
Leverantören är kontaktad och har bekräftat en störning hos deras inlösare. Väntad lösning inom 2 timmar. Skriv aldrig upp kortnummer för att ta betalt senare.`),
  d(`From: Booking Confirmation – Nordic Hotels
To: Paul Andersson
Subject: Your booking #NH-88213 – Stockholm, 14–16 December

Dear Paul Andersson,
Thank you for your booking.
Room: Double, non-smoking
Guaranteed with: Mastercard ending in 4471 (name: Paul Andersson), card number 5402 8890 1175 4471, valid 08/28
Cancellation free until 12 December 18:00.

We look forward to welcoming you!
Nordic Hotels Stockholm City`, 'payment-card'),
  d(`Från: Ekonomiassistent Maja Hallberg
Skickat: den 9 oktober 2026
Till: Alla kortinnehavare, Kulturförvaltningen
Ämne: Nytt kortsystem – gör så här

Hej!
Nu har alla fått sina nya Eurocard-inköpskort. Så här aktiverar du:
1. Logga in på kortportalen med BankID.
2. Välj PIN-kod (fyra siffror). Skriv aldrig ner PIN-koden.
3. Registrera kortet i Apple Pay/Google Pay om du vill.

Kvitton ska skannas in i appen inom en vecka. Vid förlorat kort: ring spärrtjänsten 020-123 456.

/Maja`),
  d(`Från: Anton Sjöberg
Skickat: den 11 november 2026 12:01
Till: Linda Åström
Ämne: Kortet till kulturskolan

Hej Linda!
Du bad om PIN till inköpskortet när jag är ledig. Det är 8815. Kortet ligger i översta lådan på mitt skrivbord. Använd det bara till notbeställningen!

Anton`, 'credentials'),
  d(`Minnesanteckningar, kommunens integrationsråd, 2026-10-21

1. Mottagande av nyanlända 2027: kommunen har fått anvisningstal 34 personer.
2. Samhällsorientering: nu på sju språk, bland annat arabiska, dari, tigrinja och somaliska.
3. Föreningslivet: bidrag till tre föreningar som arbetar med nyanlända kvinnor.
4. Tolkförmedlingen: väntetider för tolk på tigrinja är långa.

Inga enskilda personer diskuterades.
Sekreterare: Nasrin`),
  d(`Från: Ingrid Ahlberg
Skickat: den 27 oktober 2026 13:44
Till: Biståndshandläggare Ewa Sund
Ämne: Önskemål om personal – Raija Niemi

Hej Ewa,
Raija Niemi i lägenhet 4 på Solgården är sverigefinne och har börjat tappa svenskan i takt med att demensen förvärras. Hon blir orolig och rädd när personalen bara pratar svenska. Vi har två undersköterskor som talar finska och försöker lägga dem på hennes pass. Kan det skrivas in i genomförandeplanen?

Ingrid Ahlberg, samordnare`, 'ethnic-origin', 'health', 'social'),
  d(`From: Li Wei
Sent: 30 October 2026 10:14
To: Facilities
Subject: Nameplate on my office door

Hello,
The nameplate on my office door says "Wei Li" but my family name is Li. In China we put the family name first, so it's easy to mix up. Could you change it to "Li Wei"? Thank you!

Li Wei
Postdoc, Department of Chemistry`, 'ethnic-origin'),
  d(`Protokoll, kontaktmöte med romska representanter, 2026-11-04

Närvarande: representanter från två romska föreningar, kommunens minoritetssamordnare, skolförvaltningen

1. Brobyggare: kommunen har inrättat en tjänst som brobyggare på 50 % till skolan, rekrytering pågår. Föreningarna är positiva.
2. Modersmålsundervisning i romani chib: fem anmälda elever i kommunen.
3. Förslag: utställning om romsk historia på biblioteket under våren.
4. Nästa möte: mars.

Justerat: Samordnaren`),
  d(`Hej Elsa,

Jag ringer dig i morgon ang. praktikanten, men kort: Aziz är jättebra, pratar dari och pashto och har hjälpt oss mycket med familjerna från Afghanistan. Han kom själv hit från Herat som ensamkommande 2016 och förstår verkligen deras situation.

Han behöver ett intyg för praktiken från dig senast 1/12.

Hälsningar
Ronja, Mottagningsenheten`, 'ethnic-origin'),
  d(`Från: Karl Axelsson
Skickat: den 17 november 2026 07:30
Till: Kommunikationsavdelningen
Ämne: Artikeln i lokaltidningen

Hej,
tidningen skriver i dag att "en anställd i kommunen" är aktiv i Nordiska motståndsrörelsen. Jag vet att det är Jimmy i parkförvaltningen – han har själv visat flygbladen i fikarummet och sagt att han är medlem. Vad ska vi göra? Flera kolleger känner sig otrygga.

Karl`, 'political-opinion'),
  d(`Riktlinje: Anställdas yttrandefrihet och politiska engagemang

Som anställd i kommunen har du grundlagsskyddad yttrandefrihet och får engagera dig politiskt på din fritid. Arbetsgivaren får inte efterforska vilket parti du röstar på eller om du är medlem i ett parti.

På arbetstid ska du vara saklig och opartisk. Partipolitiska symboler ska inte bäras i kontakten med medborgarna.

Frågor: kontakta HR.`),
  d(`Minnesanteckningar, nätverket för unga i politiken (kommunens demokratisatsning), 2026-10-12

1. Skolval 2026: 78 % av eleverna på gymnasiet röstade. Resultaten redovisas per skola, inte per klass.
2. Paneldebatt med ungdomsförbunden i april. Alla partier i fullmäktige inbjudna.
3. Ungdomsrådet önskar fler mötesplatser i ytterområdena.

/Demokratisamordnare Fredrika`),
  d(`[2026-10-02 11:30] Amanda: kommer du på AW ikväll?
[2026-10-02 11:31] Viktor: nej sorry, har möte med Moderaterna i kväll, jag har ju fått en plats i ungdomsförbundets distriktsstyrelse
[2026-10-02 11:31] Amanda: oj grattis?? 😅
[2026-10-02 11:32] Viktor: haha tack. nästa gång!`, 'political-opinion'),
  d(`Från: Förskolan Blåklinten
Skickat: den 13 november 2026 14:30
Till: Vårdnadshavare avdelning Ekorren
Ämne: Lucia och julfirande

Hej alla!
Vi kommer att ha luciatåg för föräldrar den 13 december kl 8.30. Vi sjunger traditionella sånger men utan religiöst innehåll, enligt skollagen. Om ni av någon anledning inte vill att ert barn deltar, meddela oss så ordnar vi en alternativ aktivitet.

Varma hälsningar
Personalen på Ekorren`),
  d(`Anteckning från föräldrasamtal, Förskolan Blåklinten, 2026-11-10
Närvarande: pedagog Tove, mamma till Maryam (4 år)

- Mamman berättar att familjen är shiamuslimer och att Maryam inte ska äta fläskkött eller gelatin. Köket har meddelats.
- Maryam trivs bra, leker mest med Nora och Olle.
- Språkutveckling: god, pratar både arabiska och svenska.
- Inskolning av lillebror planeras till våren.

/Tove`, 'religion'),
  d(`Från: Pastor Lennart Fors
Skickat: den 15 oktober 2026 16:20
Till: Socialtjänsten, Vuxenenheten, Emir Begović
Ämne: Angående Tommy Ek

Hej Emir,
Tommy Ek bad mig skriva några rader. Han har de senaste månaderna kommit regelbundet till Pingstkyrkan och är sedan en månad medlem i vår församling. Vi har erbjudit honom praktik i second hand-butiken på måndagar och torsdagar, vilket han gärna vill om det går ihop med hans planering hos er.

Med vänlig hälsning
Lennart Fors, pastor`, 'religion', 'social'),
  d(`Från: Akademiska sjukhuset, Sjukhuskyrkan
Till: Vårdavdelningar
Ämne: Sjukhuskyrkan finns för alla

Sjukhuskyrkan har representanter från Svenska kyrkan, katolska kyrkan, frikyrkorna och en muslimsk själavårdare. Vi träffar patienter och närstående oavsett tro eller livsåskådning.

Personal kan kontakta oss via växeln dygnet runt. Vi för inga journaler och har tystnadsplikt.`),
  d(`Ärende #50301 – Biometrisk inloggning i journalsystemet
Status: Löst
Anmälare: Överläkare Per Granström

Beskrivning: Mitt fingeravtryck accepteras inte längre av läsaren i tangentbordet på rum 3 efter att jag bränt mig på fingertoppen.

Kommentar (IT-support vård, Moa):
Vi har raderat din gamla fingeravtrycksmall och registrerat en ny från vänster långfinger. Testat och klart. Din SITHS-kort-inloggning fungerar som vanligt som reserv.`, 'biometric', 'health'),
  d(`Från: Polisen, Passexpeditionen
Till: Vallby kommun, Överförmyndarenheten
Ämne: Pass för ensamkommande – Mustafa R.

Hej,
vi har tagit fingeravtryck och ansiktsfoto på Mustafa R. (16 år) vid dagens besök. Biometrin stämmer inte med de uppgifter som finns i Migrationsverkets register från hans ankomst 2025, så ansökan om pass kan inte beviljas i nuläget. God man behöver kontakta Migrationsverket.

Passexpeditionen`, 'biometric'),
  d(`Migrationsverket – Information till gode män

Vid ansökan om uppehållstillstånd tar Migrationsverket fingeravtryck och fotografi av den sökande. Uppgifterna lagras i ett register och kan jämföras med Eurodac. Barn under 6 år lämnar inte fingeravtryck.

Som god man ska du följa med barnet vid besöket. Boka tid via Migrationsverkets webbplats.`),
  d(`Incidentrapport IT-säkerhet, nr 2026-041

Datum: 2026-10-19
Rapportör: Lars Nordin, säkerhetsansvarig

Beskrivning: En exportfil från passersystemet i stadshuset (CSV) skickades av misstag till en extern leverantör. Filen innehöll namn, kortnummer och ansiktsbilder med tillhörande ansiktsmallar för 212 anställda, bland andra Eva Holm, Saga Lind och Ove Persson.

Åtgärd: leverantören har bekräftat radering. Anmälan till IMY gjord 2026-10-21. Berörda informeras.`, 'biometric'),
  d(`Hej alla handläggare!

Påminnelse från registraturen:
- Handlingar med sekretessmarkering ska alltid diarieföras som "Sekretess" i W3D3.
- Skyddade personuppgifter: skriv aldrig ut namn och adress på kuvert, använd förmedlingsuppdraget.
- Vi har fått nytt skåp för sekretessbelagda pappershandlingar i rum 204.

Tack för att ni hjälper oss!
Registraturen`),
  d(`Ärende #50412 – Utskick från Vklass till fel adress
Status: Pågår, prioritet Hög
Anmälare: Skoladministratör Anna Hägg

Ett automatiskt utskick om utvecklingssamtal har gått till den gamla adressen för en pappa som har skyddad folkbokföring (sekretessmarkering sedan augusti). Adressen borde inte ha funnits i systemet. Vi vet inte vem som bor där nu.

Kommentar (Servicedesk): Eskalerat till systemförvaltare och dataskyddsombud. Utskicksfunktionen pausas.`, 'protected-identity'),
  d(`Från: Gymnasieantagningen Vallby
Skickat: den 6 november 2026 10:12
Till: Studie- och yrkesvägledare åk 9
Ämne: Preliminära meritvärden – kontrollera

Hej SYV!
I bifogade lista finns de elever där meritvärdet inte räcker för behörighet till nationellt program. Några exempel att kontrollera särskilt:
- Ahmed K (9A): saknar godkänt i engelska, meritvärde 142,5
- Julia S (9C): F i matematik och svenska, meritvärde 98
- Tim O (9B): ej betyg i idrott pga långvarig frånvaro

Återkoppla senast 20/11 om något är fel.
Gymnasieantagningen`, 'grades'),
  d(`Hej 8:or och vårdnadshavare!

Nu närmar sig PRAO. Några viktiga datum:
• 20/11: sista dag att lämna in önskemål om arbetsplats
• v. 7: PRAO-veckan
• Under PRAO gäller skolans närvaroregler – frånvaro anmäls både till skolan och till arbetsplatsen.

Eleverna får ett intyg efter PRAO men inga betyg eller omdömen.

SYV Ekbackeskolan`),
  d(`Från: Lärare i svenska, Tallåsskolan
Skickat: den 21 oktober 2026 15:50
Till: Specialpedagog Mia Forsberg
Ämne: Extra anpassningar – Leon 4B

Hej Mia,
Leon i 4B har nu gjort läsdiagnosen igen och ligger fortfarande långt under förväntad nivå (läsförståelse 6/20, avkodning 9/20). I matte är resultaten godkända. Han har fått extra anpassningar sedan augusti (inläst material, kortare texter) men det räcker inte. Jag tror vi behöver en pedagogisk utredning.

Kan vi ses på torsdag?
Hälsningar Elin`, 'grades'),
  d(`Minnesanteckningar, ämneslag matematik, 2026-11-03

1. Nationella proven åk 9: bedömningsdag 15 maj, sambedömning i par.
2. Resultat på diagnosen i åk 7 (hela årskursen): 64 % nådde godkänt, jämfört med 70 % i fjol. Vi lägger mer tid på bråk.
3. Läromedel: testar digitala läromedlet i två klasser under våren.
4. Kompetensutveckling: Matematiklyftet startar i februari.

/Ämneslagsledare Niklas`),
  d(`Från: Kommunal Sektion Vallby, Ombud
Skickat: den 27 oktober 2026 09:40
Till: Ingela Sund, Bemanningsenheten
Ämne: Angående Saida Osmani

Hej Ingela,
jag är Saidas fackliga företrädare och hon har bett mig ta kontakt angående att hon inte fått några pass sedan hon sa ifrån om arbetsmiljön i september. Vi vill ha ett möte med dig och HR snarast.

Hälsningar
Bo Jansson, Kommunal Sektion Vallby`, 'trade-union'),
  d(`Samverkansgrupp (FSG) Omsorgsförvaltningen – protokoll 2026-11-12

Närvarande: arbetsgivarrepresentanter (3), Kommunal (2), Vision (1), Vårdförbundet (1)

§ 41 Information om budget 2027 – informationen lämnas och diskuteras.
§ 42 Omorganisation hemtjänsten – arbetstagarorganisationerna begär risk- och konsekvensanalys innan beslut. Arbetsgivaren tillmötesgår.
§ 43 Sjukfrånvarostatistik Q3 – lämnas som information.
§ 44 Övriga frågor – inga.

Justeras av: Malin Hed (arbetsgivaren) och Bo Jansson (Kommunal)`, 'trade-union'),
  d(`Från: Daniel Persson
Skickat: den 5 november 2026 21:33
Till: Lönekontoret
Ämne: Kontoändring

Hej,
jag har bytt bank från Nordea till Länsförsäkringar. Nytt konto: 9025 – 112 340 87. Självservice fungerar inte för mig (felmeddelande 500), därför mailar jag. Jag är timvikarie i köket på Tallåsskolan.

/Daniel Persson`, 'bank-account'),
  d(`Ärende #50520 – Bankgiro för föreningsbidrag
Status: Stängd
Anmälare: Kultur och fritid, Sofia Lindh

Fråga: Förening "Vallby Schackklubb" har bytt bankgiro. Hur uppdaterar vi leverantörsregistret?

Svar (Ekonomi): Föreningen fyller i blanketten "Ändring av utbetalningsuppgifter" som ska signeras av två firmatecknare. Bankgiro kontrolleras mot Bankgirots register innan ändring. Vi tar inte emot ändringar via mail.`),
  d(`From: Niamh Kelly
Sent: 12 November 2026 09:05
To: HR Services
Cc: Line manager Peter Holm
Subject: Travel reimbursement – please use my Irish account

Hi,
Could you transfer my travel reimbursement for the Dublin conference (4 312 SEK) to my Irish account, since I still have expenses there?
IBAN: IE29 AIBK 9311 5212 3456 78
BIC: AIBKIE2D
Account holder: Niamh Kelly

Many thanks,
Niamh`, 'bank-account'),
  d(`Från: Överförmyndarenheten
Skickat: den 19 oktober 2026 14:01
Till: God man Ingemar Blad
Ämne: Årsräkning 2025 – komplettering

Hej Ingemar,
vi har granskat årsräkningen för din huvudman Berit Lund. Det saknas kontoutdrag för hennes sparkonto i Sparbanken (clearing 8214-6, konto 934 118 220-5) för perioden juli–december. Utdraget visar ett uttag på 15 000 kr i augusti som vi behöver en förklaring till.

Skicka in senast 15 november.

Överförmyndarenheten Vallby`, 'bank-account'),
  d(`Veckorapport v. 46 – Ekonomiskt bistånd, Mottagningsgruppen

- 38 nya ansökningar (31 förra veckan).
- 12 avslag, främst p.g.a. tillgångar eller ofullständiga underlag.
- Väntetid till första besök: 9 dagar (mål: 10).
- Samarbetet med Arbetsförmedlingen kring sökande med nedsatt arbetsförmåga fortsätter.
- Nya riktlinjen om hushållsel införs 1/1.

/Gruppledare Amra`),
  d(`Från: Zeynep Arslan
Skickat: den 29 oktober 2026 12:10
Till: Handläggare försörjningsstöd, Ali Rezai
Ämne: Underlag november

Hej Ali,
jag bifogar hyresavin och lönespecen från mitt timjobb (4 120 kr i oktober). Barnbidraget kom också. Jag förstår att ni behöver kontoutdragen, de kommer i morgon. Min son har börjat i förskolan nu så jag kan söka fler pass.

Zeynep Arslan`, 'social', 'salary'),
  d(`Mötesanteckningar, Våld i nära relation – nätverk, 2026-10-26

Deltagare: socialtjänst, polis, kvinnojour, hälso- och sjukvård, skola

1. Statistik: antal anmälningar om våld i nära relation i kommunen ökar något.
2. Rutin för riskbedömning (FREDA) – alla handläggare ska använda den från 1/1.
3. Skyddat boende: nya upphandlade platser i grannkommunen.
4. Skola: hur skolan ska agera när en elev har skyddad identitet – förvaltningen tar fram en checklista.

Nästa träff: 25 januari.`),
  d(`Från: Rektor Tallåsskolan
Skickat: den 16 november 2026 08:22
Till: Mentor 2B, Karin Falk
Ämne: Amira – fotografering

Hej Karin,
skolfotograferingen är på torsdag. Amira i din klass får inte fotograferas till klasskatalogen eftersom hon har skyddade personuppgifter. Ordna det diskret, hon kan följa med fritids den stunden.

Ulla`, 'protected-identity'),
  d(`[Ärendesystem Viva – intern kommentar]
2026-11-09 14:12 Handläggare Anna Lind:
OBS! Modern i ärendet har fått fingerade personuppgifter beslutade av Skatteverket. Hon ska i alla handlingar benämnas med sina nya uppgifter. De gamla uppgifterna ligger under sekretess hos Skatteverket och får inte stå med i utredningen. Kontakta mig innan något skickas till tingsrätten.
2026-11-09 14:20 Handläggare Fredrik Al:
Noterat.`, 'protected-identity'),
  d(`Hej alla,

Här är dagordningen för fredagens APT på Kontaktcenter:

1. Statistik svarstider oktober
2. Nytt IVR-flöde för bygglov
3. Rutin när någon ringer och frågar efter en person som har skyddade personuppgifter – vi bekräftar aldrig att personen finns, vi hänvisar alltid till Skatteverket
4. Julbord 11/12 – anmälan senast 20/11
5. Övrigt

Fika står Nisse för.
/Gruppledare Karolina`),
  d(`Från: Vallby tingsrätt
Skickat: den 3 november 2026
Till: Vallby kommun, Personalavdelningen
Ämne: Dom i mål B 2311-26 (kopia för kännedom enligt begäran)

Vallby tingsrätt har i dag meddelat dom i mål B 2311-26. Den tilltalade, Rasmus Ek (anställd som busschaufför), döms för ringa misshandel och ofredande till villkorlig dom och 60 dagsböter à 150 kr. Händelsen ägde rum i tjänsten.

Domen har inte vunnit laga kraft.

Tingsrättens kansli`, 'criminal-record'),
  d(`Från: Kaisa Virtanen
Skickat: den 4 november 2026 09:30
Till: Gymnasieskolans EHT
Ämne: Elev i 2TE – frånvaro och mående

Hej,
Tilde i 2TE har inte varit i skolan sedan 19 oktober. Pappan ringde och sa att hon ligger inlagd på psykiatrisk avdelning efter ett självmordsförsök. De vill att skolan ska veta men att klasskamraterna inte ska informeras. Hennes frånvaro ska inte räknas som ogiltig.

Kaisa, mentor`, 'health', 'grades'),
  d(`Minnesanteckningar, Tekniska nämndens presidium, 2026-10-30

1. Snöröjningsupphandlingen – överprövad, väntar på förvaltningsrättens dom.
2. Cykelplanen – ute på remiss till 1/12.
3. Personal: förvaltningschefen informerade om att en medarbetare som misstänks för tjänstefel har polisanmälts och är avstängd med lön i väntan på utredning. Ärendet hanteras av HR och mer information lämnas inte.
4. Nästa möte 27/11.`, 'criminal-record'),
  d(`Sammanfattning från arbetsplatsträff, Kontaktcenter, 20 november

• Statistik: 82 % besvarade samtal inom 3 min.
• Rekrytering: två nya handläggare börjar 1/12, Amanda och Yusuf.
• Arbetsmiljö: flera har mycket huvudvärk efter långa pass i headset. Vi beställer nya headset och testar kortare pass.
• Löneöversyn: lönesamtal bokas av gruppledaren under v. 49–50.
• Julbord: 11/12 på Stadshotellet.

/Karolina`),
  d(`Från: Anders Höglund
Skickat: den 10 november 2026 16:00
Till: Karin Wessel
Ämne: Lönesättning – nyanställd

Hej Karin,
vi har kommit överens med Fredrika Jonsson om lön: hon börjar som utredare den 1 januari med en månadslön på 43 500 kr. Hon bad om 45 000, men vi enades om en lönerevision efter sex månader. Skriv gärna in det i anställningsavtalet.

/Anders`, 'salary'),
  d(`Från: Stina Holmgren
Skickat: den 28 oktober 2026 08:08
Till: HR
Ämne: Utlåtande provanställning – Oskar Nyberg

Hej!
Jag rekommenderar att Oskar Nybergs provanställning inte övergår i tillsvidareanställning. Skäl:
1. Han har trots handledning inte lärt sig att dokumentera i journalsystemet enligt rutin.
2. Två klagomål från brukare på bristande bemötande (september och oktober).
3. Han har haft svårt att ta emot feedback och gått ifrån två möten.

Jag har informerat Oskar muntligt. Vill gärna ha stöd inför det skriftliga beskedet.

Stina Holmgren, enhetschef`, 'hr-assessment'),
  d(`Introduktionsprogram för nya chefer – vårterminen 2027

Modul 1: Arbetsrätt – LAS, provanställning och uppsägning
Modul 2: Arbetsmiljö och rehabiliteringsansvar
Modul 3: Lönebildning och lönesättande samtal
Modul 4: Svåra samtal – hur man ger tydlig feedback på prestation
Modul 5: Offentlighet och sekretess

Varje modul är en heldag. Anmälan till HR-utveckling senast 15 december.`),
  d(`Från: Rolf Strand
Skickat: den 13 november 2026 19:55
Till: Mikael Lundgren
Ämne: PM om Elsa till ledningsgruppen

Mikael,
jag tycker att du ska ta upp Elsa Lindqvists situation i ledningsgruppen. Hennes resultat har sjunkit kraftigt sedan omorganisationen: hon har stängt 42 ärenden i år jämfört med 118 i fjol och hennes bedömningar har fått underkänt två gånger av kvalitetsgranskningen. Jag tror inte det är slarv utan att hon är helt överbelastad, men det måste hanteras.

Rolf`, 'hr-assessment'),
  d(`Från: Carl Nygren <carl.nygren@vallby.se>
Skickat: den 19 november 2026 09:12
Till: Åsa Holm; Peter Lind; Mira Sandell
Ämne: SV: SV: SV: Planering inför inspektionen

Hej alla,
bra, då kör vi som Mira föreslår. Sammanfattning:
- Åsa tar rutinerna för läkemedelshantering
- Peter tar avvikelserapporterna
- Mira tar dokumentationen i Lifecare
- Jag tar kontakten med IVO

Vi ses tisdag kl 13.
Carl

-----Ursprungligt meddelande-----
Från: Mira Sandell
Skickat: den 18 november 2026 16:55
Ämne: SV: SV: Planering inför inspektionen

Jag kan ta dokumentationen. Föreslår att vi plockar ut tio slumpvisa genomförandeplaner och kollar att de är uppdaterade.

-----Ursprungligt meddelande-----
Från: Peter Lind
Skickat: den 18 november 2026 14:30
Ämne: SV: Planering inför inspektionen

Jag kan ta avvikelserna. Vi hade 61 läkemedelsavvikelser i Q3, de flesta utebliven dos, inga med allvarlig skada.

-----Ursprungligt meddelande-----
Från: Carl Nygren
Skickat: den 18 november 2026 10:02
Ämne: Planering inför inspektionen

Hej, IVO kommer den 3 december. Vem gör vad?

Carl Nygren | Verksamhetschef Äldreomsorg | Vallby kommun`),
  d(`Från: Åsa Holm
Skickat: den 20 november 2026 11:40
Till: Carl Nygren
Ämne: SV: Avvikelse rum 12 – inför IVO

Hej Carl,
en sak till inför inspektionen som du bör känna till. Avvikelsen från 2 oktober gäller Gösta Ahl på rum 12: han fick dubbel dos Waran på kvällen eftersom två skift delade ut. Han fick en blödning i magen och lades in på medicinavdelningen i fyra dygn. Lex Maria-anmälan gjordes av MAS 5 oktober. Han är hemma igen och mår bättre, men dottern är mycket upprörd och har sagt att hon kontaktar IVO själv.

Åsa Holm
Sjuksköterska, Solgården

> Från: Carl Nygren
> Finns det något särskilt i avvikelserna som IVO kan fråga om?`, 'health'),
  d(`Från: Victoria Lund
Skickat: den 8 november 2026 10:01
Till: Kansliet, Kommunstyrelsen
Ämne: Begäran om handlingar – placeringar

Hej,
jag är journalist på Vallbyposten. Jag begär ut samtliga avtal med HVB-hem som kommunen tecknat 2026, samt kostnaden per placering. Jag är inte intresserad av namn på barnen.

Victoria Lund

> Svar från Kansliet, 12 november:
> Hej Victoria, avtalen skickas i bifogad fil. Uppgifter som kan kopplas till enskilda barn har maskats efter sekretessprövning enligt 26 kap. 1 § OSL. Kostnaderna redovisas per HVB-hem, inte per barn.`, 'secrecy'),
  d(`Från: Kansliet Socialförvaltningen
Skickat: den 12 november 2026 13:10
Till: Familjehemsenheten
Ämne: Begäran om utlämnande – familjehemsutredning 

Hej,
Lina Ekstrands biologiska pappa har begärt ut familjehemsutredningen som gjordes inför placeringen av Lina i familjehemmet i Norrby. Handlingen får inte lämnas ut i sin helhet – uppgifter om familjehemmets adress och ekonomi omfattas av sekretess enligt 26 kap. 1 § OSL. Kan ni göra en sekretessprövning och maska innan vi fattar beslut?

Kansliet`, 'social', 'secrecy'),
  d(`[Chattexport – #it-drift, Slack, 2026-11-15]
22:01 jocke: prod-db svarar inte
22:02 sanna: kollar
22:05 sanna: disken full igen. rensar loggar
22:09 jocke: behöver du admin-lösen?
22:09 sanna: ja har inte det på den här burken
22:10 jocke: pg_admin / Gr4nit-Vall8y-2026
22:12 sanna: inne. rensat 40 GB
22:13 jocke: 👌 byter lösen imorn
22:30 sanna: allt grönt`, 'credentials'),
  d(`Veckosummering, IT-drift v. 46

• Incidenter: 3 st (prod-databasen full disk söndag kväll, e-post långsam tisdag, VPN nere 20 min torsdag).
• Planerat underhåll: patchning av servrar lördag 28/11 kl 06–10.
• Säkerhet: vi har bytt samtliga delade administratörslösenord och lagt dem i valvet. Ingen ska ha lösenord i chatten eller i dokument.
• Rekrytering: ny nätverkstekniker börjar 1/12.

/Driftchef Jonas`),
  d(`Från: Filip Hammar
Skickat: den 26 oktober 2026 08:02
Till: Marie Söder
Ämne: Inloggning till Skolverkets provtjänst

Hej Marie,
här är inloggningen till bedömningsportalen som du behöver när jag är sjuk:
Användare: filip.hammar@tallas
Engångskod från mitt mobilnummer kan jag inte ge dig, men jag har lagt in backup-koder: 417 923 – 880 114 – 205 667.
Radera mailet när du loggat in.

Filip`, 'credentials'),
  d(`Information om tvåfaktorsinloggning

Från 1 december kräver alla kommunens system tvåfaktorsinloggning. Så här fungerar det:
1. Du loggar in med användarnamn och lösenord som vanligt.
2. Du får en sexsiffrig engångskod i Authenticator-appen.
3. Koden gäller i 30 sekunder.

Spara dina backupkoder på ett säkert ställe – aldrig i mail, chatt eller på en post-it på skärmen.

IT-avdelningen`),
  d(`Minnesanteckningar från föräldramöte, klass 3B, 2026-09-10

1. Presentation av ny mentor Sara Eng.
2. Läsår: skolresa i juni, klasskassan har 6 200 kr.
3. Lunchen: önskemål om fler vegetariska alternativ. Specialkost (allergier, religiösa skäl) anmäls via blankett till köket.
4. Frånvaro: anmäls före 8 i appen.
5. Föräldrarepresentanter: Jonas (pappa till Elvin) och Hiba (mamma till Yara).

Antecknat av Sara Eng`),
  d(`From: Tomasz Nowak
Sent: 14 October 2026 12:30
To: Anna-Karin Rydberg
Subject: Reference for Julia Sandberg

Dear Anna-Karin,
As requested, a few lines about Julia, who worked in my team for three years:
Julia is one of the most reliable analysts I have had. Her statistical work is excellent and she delivered every report on time. If I have to mention a weakness, she sometimes struggles to delegate and tends to take on too much. In her last appraisal I rated her "exceeds expectations".

Feel free to call me.

Best regards,
Tomasz Nowak
Head of Analytics`, 'hr-assessment'),
  d(`Hej Lars!

Här är en kort summering från vårt HR-system om utvecklingssamtal för din enhet:
- Genomförda samtal: 18 av 21
- Ej genomförda: 3 (två föräldralediga, en nyanställd)
- Vanligaste utvecklingsområden: digitala verktyg, konflikthantering
- Uppföljning: alla har en individuell utvecklingsplan

Inga individuella bedömningar ingår i denna summering.
HR-konsult Linda`),
  d(`Från: Hannah Eriksson
Skickat: den 23 oktober 2026 18:40
Till: Kerstin Wall
Ämne: SV: Samtalet i dag

Hej Kerstin,
tack för samtalet. Jag vill gärna ha skriftligt vad du sa, så jag sammanfattar som jag uppfattade det:
- Du tycker att jag inte har tagit tillräckligt ansvar för den nya rutinen.
- Du bedömer att mitt bemötande mot kollegor har varit "kort och avvisande".
- Om det inte förbättras vill du ge mig en skriftlig erinran.
Jag håller inte med om allt, och jag har bett Vision att vara med vid nästa möte.

Hannah`, 'hr-assessment', 'trade-union'),
  d(`Från: Kommunikationsavdelningen
Skickat: den 10 november 2026
Till: Alla anställda
Ämne: Intranätet: Nyheter vecka 46

• Ny förvaltningschef för Socialförvaltningen: Anna Wide börjar 1 januari.
• Julklappen till alla anställda: biobiljetter.
• Påminnelse om medarbetarenkäten – 64 % har svarat hittills.
• Fackens julfika: Kommunal och Vision bjuder alla medlemmar på fika 17/12.
• Tips: Friskvårdsbidraget 2026 måste användas före nyår.

/Kommunikation`),
  d(`Från: Moa Lindberg
Skickat: den 5 november 2026 11:11
Till: Personalfest-gruppen
Ämne: Bordsplacering

Hej!
Jag har gjort ett förslag på bordsplacering, se bifogat. Några saker:
- Sara och hennes fru Jenny sitter vid bord 3 (hon bad om att få sitta med Jenny).
- Kenneth vill inte sitta nära högtalarna.
- Vi har fyra veganer, sju vegetarianer och två som inte äter fläsk.

Synpunkter senast fredag!
Moa`, 'sex-life'),
  d(`Från: Vård- och omsorgsförvaltningen
Skickat: den 12 oktober 2026
Till: Alla enhetschefer äldreomsorg
Ämne: HBTQI-certifiering – information

Hej!
Solgården och Ekbacken blir först ut med HBTQI-certifiering. Certifieringen innebär utbildning för all personal om bemötande av äldre hbtqi-personer, översyn av blanketter (t.ex. "make/maka" i stället för "hustru") och en handlingsplan.

Äldre hbtqi-personer har ofta levt en stor del av livet i en tid då det var straffbart eller klassat som sjukdom. Det är viktigt att de känner sig trygga.

Utbildningen startar i januari.`),
  d(`Anteckning, kontaktperson Solgården, 2026-11-02

Brukaren Arne (88) berättade i dag spontant om sin livskamrat Gunnar, som dog 2019. De levde tillsammans i 40 år men berättade aldrig för grannarna att de var ett par. Arne vill att det ska finnas ett foto av Gunnar på rummet och blev glad när vi frågade om det. Skrivet i levnadsberättelsen med Arnes samtycke.

/Kontaktperson Eva`, 'sex-life'),
  d(`Från: Parkförvaltningen
Skickat: den 2 oktober 2026
Till: Alla medarbetare utomhus
Ämne: Nya arbetskläder och partitröjor

Hej!
Påminnelse: det är inte tillåtet att bära kläder med partisymboler eller politiska budskap i tjänsten, även under valrörelsen. Detta gäller oavsett parti. Regeln finns för att kommunen ska uppfattas som opartisk.

Nya arbetskläder delas ut vid förrådet torsdagar 7–9.

/Arbetsledningen`),
  d(`Från: Bengt Skog
Skickat: den 7 november 2026 14:20
Till: Nämndsekreterare Lotta Ek
Ämne: SV: Jäv i ärende 14

Hej Lotta,
jag anmäler jäv i ärende 14 (detaljplan Kvarnbacken). Som du vet är jag ordförande i Sverigedemokraternas lokalavdelning, och vår kassör äger marken som berörs. Jag lämnar rummet under ärendet.

Bengt Skog`, 'political-opinion'),
  d(`Kommunfullmäktiges presidium informerar

Efter valet 2026 består fullmäktige av 51 ledamöter från nio partier. Ett majoritetsstyre med M, KD, L och C har bildats.

Nya ledamöter har sin första utbildning 16 januari. Arvodesreglerna finns på webben.

Presidiet`),
  d(`Från: Susann Kivi
Skickat: den 29 oktober 2026 07:30
Till: Daglig verksamhet Ekbacken
Ämne: Ernst från måndag

Hej,
Ernst börjar hos er på måndag enligt LSS-beslutet om daglig verksamhet. Några saker:
- Han har Downs syndrom och har lätt att bli överväldigad i stora grupper.
- Han är diabetiker och tar insulin vid lunch – personalen har fått delegering.
- Han tycker om musik och pussel.
- Han kommer med färdtjänst 8.45.

Hälsningar
Susann, LSS-handläggare`, 'health', 'social'),
  d(`Nyhetsbrev LSS-enheten, november

Hej alla!
• Ny utbildning i lågaffektivt bemötande för all personal i daglig verksamhet, 3 december.
• Påminnelse: ansökan om korttidsvistelse under jullovet ska in senast 1 december.
• Statistik: antal personer med beslut om bostad med särskild service i kommunen: 112.
• Personalfest 18/12.

/LSS-chef Ragnhild`),
  d(`Från: Nils Wallin
Skickat: den 9 november 2026 23:10
Till: Rektor Ekbackeskolan
Ämne: Klagomål

Hej,
min son Viktor (8A) har fått D i historia, men han har fått A på alla prov enligt det han visat mig. Läraren har inte kunnat förklara varför. Jag vill ha en genomgång av bedömningen och se hans prov.

Nils Wallin`, 'grades'),
  d(`Till: Lärare och mentorer
Från: Skolförvaltningen

Påminnelse inför betygsättningen i december:
- Betyg sätts enligt kunskapskraven och all tillgänglig information om elevens kunskaper.
- Frånvaro i sig får inte påverka betyget, men underlaget måste räcka.
- Omdömen ska vara formulerade så att eleven och vårdnadshavarna förstår dem.
- Vid osäkerhet: kontakta förstelärare eller rektor.

Betygskatalogen låses 18 december kl 16.`),
  d(`From: Dr. Helga Schmidt
Sent: 3 November 2026 15:15
To: Research administration
Subject: Biobank samples – participant withdrawal

Dear colleagues,
Participant ID RG-2216 (Jan Falk) has withdrawn his consent from the cardiac genetics study. His exome sequencing results showed a pathogenic MYBPC3 variant, which was reported to him and to his cardiologist in June. Please destroy his remaining DNA samples and remove his data from the analysis dataset before the next freeze.

Best,
Helga Schmidt, PI`, 'genetic', 'health'),
  d(`Minnesanteckningar – APT Vuxenenheten, 2026-11-17
Närvarande: 9 handläggare, enhetschef Linda Berg, HR-partner (punkt 5)

1. Ärendeläget
   - 212 aktuella ärenden, 18 på väntelistan för utredning.
   - LVM: två pågående ansökningar hos förvaltningsrätten.
2. Verksamhetsutveckling
   - Digitalt ansökningsflöde för försörjningsstöd driftsätts 1/2.
   - Testgrupp: Emir, Sanna, Rasmus.
3. Arbetsmiljö
   - Hot och våld: en incident i receptionen 6/11. Polisanmäld. Inga skador.
   - Ny larmknapp installeras vid besöksrum 2.
4. Kompetens
   - Utbildning i MI i januari. Alla ska gå.
5. Personal
   - Rasmus går på föräldraledighet från 15/1.
   - Sanna har beviljats tjänstledighet för studier under våren.
6. Övrigt
   - Julbord 10/12. Ta med julklapp för 100 kr.

Nästa APT: 15 december.
Antecknat av: Sanna Lilja`),
  d(`Minnesanteckningar – APT Vuxenenheten, 2026-12-15
Närvarande: 8 handläggare, enhetschef Linda Berg

1. Ärendeläget – oförändrat.
2. Digitalt ansökningsflöde – testgruppen rapporterar att det fungerar bra.
3. Arbetsmiljö
   - Emir är sjukskriven sedan 1/12 efter hotet i receptionen, han har fått PTSD-diagnos och går i traumabehandling hos företagshälsan. Han hälsar till alla. Hans ärenden fördelas på Sanna och Rasmus fram till 15/1.
4. Kompetens – MI-utbildningen flyttas till februari.
5. Övrigt – tack för ett fint julbord!

Antecknat av: Sanna Lilja`, 'health'),
  d(`Från: Birgitta Sjöqvist
Skickat: den 22 oktober 2026 20:17
Till: Hemtjänsten Söder
Ämne: Min mamma Elvy

Hej,
jag är dotter till Elvy Sjöqvist på Lindvägen 3. Mamma har berättat att personalen stressar vid morgonbesöket och att hon inte hinner äta frukost. Hon har diabetes och måste äta när hon tagit insulinet, annars blir hon darrig och förvirrad. Kan ni se över tiden på morgonen?

Hälsningar
Birgitta Sjöqvist`, 'health', 'social'),
  d(`Hemtjänsten Söder – Information till brukare och anhöriga

Från 1 januari inför vi nyckelfria lås hos alla brukare. Det innebär att personalen öppnar dörren med en app i stället för en fysisk nyckel. Låset monteras gratis.

Om du har frågor om dina hemtjänstinsatser, kontakta din biståndshandläggare. Om du har synpunkter på hur insatserna utförs, kontakta enhetschefen.

Hemtjänsten Söder`),
  d(`Från: Anna Ljungberg
Skickat: den 3 november 2026 08:31
Till: IT-support
Ämne: Kod till nyckelfria låset

Hej, appen för de nyckelfria låsen krånglar. Jag kommer inte in hos Sigvard på Björkvägen 12 – kan någon ringa mig? Reservkoden till hans låsbox, 5519, funkar inte heller. Står utanför och han väntar på sin medicin.

Anna, hemtjänsten Söder
070-123 45 67`, 'credentials', 'social'),
  d(`[Ärendelogg Hemtjänst Söder, export 2026-11-03]
08:31 Anna L: kommer inte in hos brukare Björkvägen 12
08:40 Support Jens: ringt Anna, appen uppdaterad, dörren öppen
08:45 Anna L: inne, tack
09:10 Samordnare Pia: noterat avvikelse: sen ankomst 40 min, orsak teknik
09:12 Samordnare Pia: ingen påverkan på brukarens hälsa enligt Anna`, 'social'),
  d(`From: Rashid Khan
Sent: 11 November 2026 08:02
To: Ruth Andersson (HR)
Subject: Leave request – Eid

Hi Ruth,
I'd like to request one day of leave on 16 March next year for Eid al-Fitr. My family will celebrate at the mosque in the morning and with relatives in the afternoon. I've already agreed with Tom that he will cover the lab booking that day.

Thanks,
Rashid`, 'religion'),
  d(`Från: Mottagningen, Barnmorskemottagningen Tallåsen
Skickat: den 4 november 2026
Till: Ingrid Palm (patient, via 1177 säkra meddelanden – kopia till e-post på patientens begäran)
Ämne: Svar på NIPT

Hej Ingrid,
svaret på ditt NIPT-test (fosterdiagnostik) är klart. Det visar låg sannolikhet för trisomi 13, 18 och 21. Du behöver inte göra något mer. Vi ses på kontrollen i vecka 25.

Vänliga hälsningar
Barnmorska Karin`, 'genetic', 'health'),
  d(`Hej kollegor,

Här är en sammanfattning från regionens informationsmöte om nya fosterdiagnostiska metoder:
- NIPT erbjuds från 1 januari alla gravida i regionen, inte bara de över 35.
- Testet är frivilligt och patienterna ska få information både muntligt och skriftligt.
- Svaret lämnas av barnmorska eller läkare, inte via sms.
- Frågor från patienter om genetiska sjukdomar i släkten ska remitteras till genetisk vägledning.

/Barnmorskemottagningen Tallåsen`),
  d(`Från: Johan Stenlund
Skickat: den 30 oktober 2026 14:02
Till: Kulturskolan, administrationen
Ämne: Terminsavgift – dras två gånger

Hej!
Terminsavgiften för min dotter Alma (piano) har dragits två gånger från mitt kort. Kortet är ett Visa som slutar på 8832 – fullständigt nummer 4571 0098 2231 8832, giltigt till 06/28. Kan ni återbetala den ena dragningen på 950 kr?

Johan Stenlund`, 'payment-card'),
  d(`Från: Kulturskolan, administrationen
Skickat: den 31 oktober 2026
Till: Alla vårdnadshavare
Ämne: Nytt betalsystem för terminsavgifter

Hej!
Från och med vårterminen betalar ni terminsavgiften via e-tjänsten med kort eller Swish. Kortuppgifterna hanteras av vår betalleverantör och sparas aldrig hos kommunen. Skicka aldrig kortnummer till oss via e-post.

Terminsavgift: 950 kr per ämne. Syskonrabatt 50 %.

Kulturskolan Vallby`),
  d(`Ärende #50760 – Felaktig korttransaktion
Status: Stängd
Anmälare: Receptionen, Vallby bibliotek

En besökare, Gun Sahlin, har blivit dragen 2 x 40 kr för utskrifter. Hon visade sitt kort (Mastercard 5167 3300 1145 2290, 11/27) och bankappen med två dragningar.

Kommentar (Ekonomi): Återbetalning gjord till samma kort 2026-11-04. Obs: kortnumret borde inte ha skrivits i ärendet. Maskat i efterhand i kassasystemet.`, 'payment-card'),
  d(`Från: Barnavårdscentralen
Skickat: den 14 oktober 2026
Till: Socialtjänsten, Barn och unga
Ämne: Orosanmälan – anmälare BVC

Hej,
vi gör en orosanmälan gällande Liam (8 månader). Vid besöket i dag var han underviktig och hade inte ökat i vikt sedan förra kontrollen. Mamman verkade påverkad och luktade alkohol. Pappan är enligt mamman i fängelse.

Kontakt: BVC-sjuksköterska Lena Vik, 0123-455 80.

Uppgifterna omfattas av sekretess enligt 25 kap. 1 § OSL hos oss, men lämnas enligt anmälningsskyldigheten i 14 kap. 1 § SoL.`, 'social', 'health', 'criminal-record', 'secrecy'),
  d(`Hej!

Tack för ert deltagande i utbildningen "Anmälningsplikt för dig som arbetar med barn". Sammanfattning:
- Alla som arbetar i förskola, skola, hälso- och sjukvård och socialtjänst har anmälningsplikt enligt 14 kap. 1 § SoL.
- Det räcker med oro – man behöver inte ha bevis.
- Anmälan görs av den enskilda medarbetaren, men gärna i samråd med chef.
- Sekretess hindrar inte anmälan.

Presentationen bifogas.
/Socialtjänstens kommunikatör`),
  d(`Från: Anställd nr 30112 (via HR-portalen)
Till: HR-direkt
Ämne: Fråga om reseersättning och fackavgift

Hej,
två frågor:
1. Får man reseersättning när man kör egen bil till utbildning i Umeå?
2. Jag är medlem i Akademikerförbundet SSR och deras avgift ska dras på lönen, men det har inte hänt. Hur kopplar jag in det?

Tack!
Lejla Hadžić`, 'trade-union'),
  d(`Hej!

Här kommer schemat för skyddsombudsutbildningen (BAM) i vår:
Dag 1: Arbetsmiljölagen, roller och ansvar
Dag 2: Organisatorisk och social arbetsmiljö
Dag 3: Riskbedömning i praktiken

Utbildningen är för både chefer och skyddsombud. Skyddsombud utses av facket – prata med din fackliga organisation om du vill bli ett.

HR-utveckling`),
  d(`Från: Lars-Göran Eld
Skickat: den 2 november 2026 10:47
Till: Chefer, Samhällsbyggnad
Ämne: Kvarskrivna medarbetare – så gör vi i systemen

Hej,
vi har fått frågan hur vi hanterar medarbetare med skyddade personuppgifter i personalsystemet. Svaret är att HR lägger in en skyddsmarkering i Heroma, och att bara två personer på HR kan se den riktiga adressen. Chefer ser "Skyddad" i stället. Telefonlistor på intranätet ska inte innehålla personens direktnummer om de själva inte vill.

Vid frågor kontakta mig.
Lars-Göran, HR-chef`),
  d(`Från: Emelie Sand
Skickat: den 6 november 2026 09:02
Till: Lars-Göran Eld
Ämne: SV: Kvarskrivna medarbetare – så gör vi i systemen

Hej Lars-Göran,
tack. Konkret fråga: min medarbetare Johanna Ring har sekretessmarkering sedan i somras (hon har berättat det för mig själv). Hon syns fortfarande med foto och telefonnummer på intranätets personalsida. Kan någon ta bort det i dag?

Emelie Sand, enhetschef Bygglov`, 'protected-identity'),
  d(`[2026-11-12 10:15] Jenny: sett att polisen varit på socialkontoret?
[2026-11-12 10:16] Linus: ja det gällde en brukare som hotat en handläggare i telefon
[2026-11-12 10:16] Jenny: fy vad otäckt
[2026-11-12 10:17] Linus: ja. vi får inte säga mer, det är sekretess
[2026-11-12 10:17] Jenny: förstås
[2026-11-12 10:30] Linus: lunch halv tolv?`, 'criminal-record', 'secrecy'),
  d(`Från: Linda Berg
Skickat: den 7 november 2026 15:14
Till: HR-partner Pär Holm
Ämne: Polisanmälan – hot mot Emir

Hej Pär,
för dokumentationen: den person som hotade Emir i receptionen den 6/11 är klienten Roger S. Han har polisanmälts för olaga hot (anmälan K-88120-26). Han har sedan tidigare en dom för misshandel av en handläggare i grannkommunen 2023, vilket framgår av utredningen. Vi har beslutat att han bara får träffas med två handläggare närvarande framöver.

Linda`, 'criminal-record', 'social'),
  d(`Utbildningsinbjudan: Bemötande av personer med samisk bakgrund i vården

Region Öst bjuder in till en halvdag om samisk kultur, historia och hälsa. Föreläsare från Sametinget och Samiskt informationscentrum.

Datum: 9 februari
Plats: Digitalt

Utbildningen riktar sig till all vård- och omsorgspersonal. Ingen förkunskap krävs.`),
  d(`Från: Ingela Rova
Skickat: den 12 oktober 2026 14:28
Till: Schemaläggning, Akutmottagningen
Ämne: Ledighet – renskiljning

Hej,
jag söker semester 2–6 november. Min familj har renar i Gällivare sameby och det är renskiljning då, och jag har alltid varit med sedan jag var barn. Jag byter gärna till mig nattpass i december för att kompensera.

Tack,
Ingela Rova, sjuksköterska`, 'ethnic-origin'),
  d(`From: Camille Durand
Sent: 28 October 2026 13:45
To: Mentor Lotta Berg
Subject: Lucas – French lessons

Dear Lotta,
Lucas is taking his DELF exam (French) at the Institut français in Stockholm on Saturday. We're French, and Lucas has taken French mother-tongue lessons at school since he was 7.
Could you ask his mother-tongue teacher whether she can give him a practice session on Thursday?

Kind regards,
Camille Durand`, 'ethnic-origin'),
  d(`Veckobrev från förvaltningschefen, v. 47

Hej alla medarbetare i Kultur och fritid!

Vilken vecka det har varit. Här kommer lite av det som hänt:

Biblioteket
Nya meröppet-tider på Tallåsens bibliotek från 1 december: 07–22 alla dagar. Besökarna loggar in med lånekort och PIN.

Simhallen
Betalterminalerna är utbytta efter förra månadens problem. Tack till receptionen för tålamodet!

Fritidsgårdarna
Kvarnen har haft rekordmånga besökare efter att vi förlängde öppettiderna på fredagar. Polisen och fältassistenterna har haft gemensamma kvällar där.

Personal
Vi välkomnar Amanda Ek (bibliotekarie) och Jonatan Berg (fritidsledare). Tyvärr lämnar oss Siv Holm efter 31 år – hon går i pension 31/12. Tack Siv!

Budget
Nämnden har antagit budgeten för 2027. Vi får 1,2 mnkr mer till lovaktiviteter.

Ha en fin helg!
Gunilla, förvaltningschef`),
  d(`Veckobrev från förvaltningschefen, v. 48

Hej alla!

Kort i veckan:
- Julmarknaden på torget 12–13 december, vi behöver volontärer.
- Meröppet på Tallåsen fungerar bra, 340 besökare första veckan.
- Jag vill också berätta att vår kollega Jonas Wall på fritidsgården Kvarnen har drabbats av en stroke och ligger på sjukhus. Han är vid medvetande och familjen tackar för alla hälsningar. Kortet till honom finns i receptionen om ni vill skriva.
- Lucia på stadshuset 13/12 kl 8.

Ta hand om er.
Gunilla`, 'health'),
  d(`Från: Agnes Holmberg
Skickat: den 3 november 2026 12:40
Till: Tobias Ring
Ämne: SV: SV: Festen på lördag

Haha, ja det blir kul! Jag tar med potatissallad.

Förresten – jag pratade med Elin i går. Hon har kommit ut som bi för sin familj nu, och det gick tydligen bättre än hon trott. Hon sa att jag fick berätta för dig, men inte för resten av jobbet än.

/Agnes

> Från: Tobias Ring
> Kommer du på festen? Vad tar du med?
>
> > Från: Agnes Holmberg
> > Kul med fest! Vad ska jag ta med?`, 'sex-life'),
  d(`Från: Kim Åberg (Vallby Pride-nätverk för anställda)
Skickat: den 10 oktober 2026
Till: Nätverkets sändlista
Ämne: Nätverksträff 22 oktober

Hej alla!
Välkomna till höstens nätverksträff för hbtqi-personer och allierade i kommunen. Vi ses 22/10 kl 17 på Café Kvarnen.
Program:
- Erfarenhetsutbyte: hur är det att vara öppen på jobbet?
- Planering av nästa års Pride
- Mingel

Alla är välkomna, du behöver inte berätta något om dig själv för att delta.
/Kim`),
  d(`Protokoll, Ekbackens samfällighetsförening – årsmöte 2026 (utdrag)

§ 7 Val av styrelse
Till ordförande valdes Sven Östling. Till kassör valdes Margit Lind.
§ 8 Övriga frågor
Göran Ek framförde klagomål om att grannen Jonny Andersson "har dömts för stöld och inte borde få ha nyckel till gemensamma förrådet". Ordföranden påpekade att detta inte är en fråga för årsmötet och att personuppgifter om domar inte ska tas upp. Frågan lämnades utan åtgärd.

Justeras: Sven Östling, Margit Lind`, 'criminal-record'),
  d(`Hej!

Kort info från arbetslaget i åk 4–6 inför vårterminen:

• Vi byter läromedel i SO till digitalt.
• Utvecklingssamtalen blir i februari – mentorerna bokar.
• Elever med långvarig frånvaro ska följas upp enligt skolans frånvarotrappa, steg 1–5. Steg 3 innebär möte med vårdnadshavare och elevhälsa.
• Vi planerar temadag om källkritik i mars.

/Arbetslagsledare Tove`),
  d(`Från: Skolsköterska Ylva Granqvist
Skickat: den 18 november 2026 10:14
Till: Mentor 6A, Erik Lind
Ämne: Bashir – tillfällig anpassning

Hej Erik,
efter samtycke från vårdnadshavare: Bashir har brutit handleden och har gips i fyra veckor. Han kan inte skriva för hand, så han behöver dator eller muntliga prov. Han ska inte ha idrott.

Han var borta i tre dagar i förra veckan för operationen – det är giltig frånvaro.

/Ylva`, 'health', 'grades'),
  d(`From: Greta Holm
Sent: 4 November 2026 16:20
To: Exchange students – autumn 2026
Subject: Mid-term check-in

Dear students,
We're halfway through the semester! A few reminders:
- Your grades from Swedish courses will be transferred to your home university in January via the Transcript of Records.
- If you've been ill and missed a compulsory seminar, contact the course coordinator to arrange a make-up task.
- Friday fika at the International Office at 15.00.

Best wishes,
Greta, International Office`),
  d(`From: Greta Holm
Sent: 20 January 2027 09:30
To: Lucía Martín
Subject: Your transcript

Dear Lucía,
Your Transcript of Records for the autumn semester is attached. You passed Swedish for Beginners (G), Urban Planning (VG) and Sustainable Cities (G). Unfortunately you got U (fail) in Research Methods, since the final report was not submitted. There is a re-examination on 12 March if you'd like to complete the course remotely.

Best wishes,
Greta`, 'grades'),
  d(`Från: Göran Lund
Skickat: den 6 november 2026 08:55
Till: Elevhälsan
Ämne: SV: Kartläggning av närvaro

Hej,
här kommer sammanställningen av närvaron för åk 7 som ni bad om. Jag har bara tagit med klassvis statistik:
7A: 93 % närvaro
7B: 89 %
7C: 91 %
Inga enskilda elever ligger i listan, de tar vi i EHT.

Göran, skoladministratör`),
  d(`Från: Liselott Ahl
Skickat: den 21 oktober 2026 13:02
Till: Kommunens växel
Ämne: VB: Fråga om bostadsbidrag

Kan ni vidarebefordra till rätt handläggare?

> Hej, jag heter Liselott och jag har beviljats aktivitetsersättning på grund av min autism och ADHD. Jag bor själv och pengarna räcker inte till hyran. Jag undrar om kommunen kan hjälpa till med ekonomiskt bistånd eller om jag ska söka bostadstillägg från Försäkringskassan först?
> Liselott Ahl`, 'health', 'social'),
  d(`[2026-11-19 07:45] Therese: god morgon, kan någon ta mitt 9-möte? sonen kräks
[2026-11-19 07:46] Hampus: jag tar det
[2026-11-19 07:46] Therese: tack!! vab idag alltså
[2026-11-19 07:50] Mira: krya på honom!
[2026-11-19 09:30] Hampus: mötet klart, anteckningar i teams
[2026-11-19 09:31] Therese: bäst ❤️`, 'health'),
  d(`[2026-11-21 13:10] Jakob: kollat vädret? storm i helgen
[2026-11-21 13:12] Mira: ja, undrar om simhallen stänger
[2026-11-21 13:15] Jakob: beredskapsgruppen har möte kl 15
[2026-11-21 13:16] Mira: säg till om vi behöver flytta några pass, Ali är ju sjuk
[2026-11-21 13:16] Jakob: gör det
[2026-11-21 13:40] Jakob: beslut: simhallen håller stängt lördag`, 'health'),
  d(`Från: Kjell Sundin
Skickat: den 1 november 2026 17:30
Till: Styrelsen Vallby Brukshundklubb
Ämne: Medlemsregistret

Hej styrelsen,
vi har fått ett klagomål från en medlem om att medlemsregistret (med namn, adresser, telefonnummer) låg öppet i en delad mapp. Jag har låst mappen nu. Vi behöver diskutera på nästa möte vilka som ska ha åtkomst och hur länge vi sparar uppgifter om medlemmar som slutat.

Kjell, sekreterare`),
  d(`Från: Helena Bäck
Skickat: den 25 oktober 2026 11:05
Till: Samordnare Tomas (Ekbackens boende)
Ämne: Ny boende – Fredrik

Hej Tomas,
Fredrik flyttar in i lägenhet 4 den 1 december enligt beslut om bostad med särskild service (LSS 9 § 9). Han har en lindrig intellektuell funktionsnedsättning och autism. Hans gode man, Ingemar Blad, sköter ekonomin. Fredrik har en pågående dom för skadegörelse med skyddstillsyn och träffar sin övervakare varannan vecka – det finns inget som tyder på risk för personalen.

Helena, LSS-handläggare`, 'social', 'health', 'criminal-record'),
  d(`Ärende #51002 – Behörighet Treserva
Status: Väntar på beställare
Anmälare: Helena Bäck

Jag behöver behörighet att se LSS-ärenden även i grannkommunen, vi har samverkansavtal.

Kommentar (Systemförvaltare):
Behörighet till andra kommuners ärenden kan vi inte ge. Du behöver ett konto hos dem. Kontakta deras systemförvaltare. Kom ihåg att all åtkomst loggas och att loggarna granskas varje månad.`),
  d(`Från: Fredrik Holm
Skickat: den 9 november 2026 09:30
Till: Stina Andersson (chef)
Ämne: Sjukskriven denna vecka

Hej Stina,
Vill bara meddela att jag blir borta hela veckan. Läkaren har sjukskrivit mig för lunginflammation och jag har fått penicillin. Intyg kommer via Försäkringskassan.
Kan någon ta min telefon?

Fredrik`, 'health'),
  d(`Från: Ingrid Lind
Skickat: den 30 oktober 2026 14:45
Till: Alla på IT-avdelningen
Ämne: Kommunens influensavaccination

Hej!
Kommunen erbjuder alla medarbetare gratis influensavaccination. Vaccinationen sker på företagshälsan 10, 11 och 12 november. Boka tid via länken. Du behöver inte uppge något om din hälsa när du bokar.

Ha en bra dag!
Ingrid, HR`),
  d(`Minnesanteckningar, Demokratiberedningen, 2026-11-05

1. Medborgardialog om nya badhuset: 340 svar i webbenkäten.
2. Ungdomsrådet: behöver ny samordnare.
3. Förslag om digitala medborgarförslag – bereds vidare.
4. En ledamot (Anneli Strid, V) framförde att hon är emot att badhuset byggs och att hennes parti kommer att reservera sig. Noterat till protokollet.
5. Nästa möte 3 december.`, 'political-opinion'),
  d(`Från: Erik Håkansson
Skickat: den 14 november 2026 10:10
Till: Johanna Sjöberg
Ämne: Trädgårdsgruppen

Hej Johanna,
tack för att du vill vara med i trädgårdsgruppen på Solgården! Som jag sa är det helt ideellt. Jag vet att du är engagerad i Svenska kyrkan och deras besöksgrupp också – vi kanske kan samordna så att ni inte kommer samma dagar?

Hälsningar
Erik, aktivitetssamordnare`, 'religion'),
  d(`Hej alla anhöriga!

Nu är adventsstunderna på Solgården planerade:
• 29/11 kl 15: Adventsgudstjänst med Svenska kyrkan i matsalen
• 6/12 kl 15: Julmusik med kulturskolan
• 13/12 kl 10: Lucia med förskolan Blåklinten
• 20/12 kl 15: Julfika

Alla aktiviteter är frivilliga. Boende som önskar besök av präst, imam eller annan företrädare för sin tro kan be personalen om hjälp att ordna det.

Aktivitetssamordnare Erik`),
  d(`Från: Fatima Malik
Skickat: den 17 november 2026 09:00
Till: Kockarna, Centralköket
Ämne: Specialkost – Solgården rum 7

Hej!
Brukaren i rum 7, Sadia, är muslim och äter bara halal. Hon har också sväljsvårigheter efter sin stroke, så all mat ska vara timbalkonsistens. Kan ni lägga in det i kostlistan från måndag?

Tack!
Fatima, undersköterska`, 'religion', 'health'),
  d(`Från: Centralköket
Skickat: den 18 november 2026
Till: Alla enheter
Ämne: Specialkost – ny beställningsrutin

Hej!
Från 1 december beställs specialkost (allergier, konsistensanpassning, religiösa eller etiska skäl) via e-tjänsten, inte per mail. Ange avdelning och rum – inget namn eller diagnos behövs, bara vilken kost.

Tack för hjälpen!
Centralköket`),
  d(`Från: Rebecka Ström
Skickat: den 24 november 2026 08:40
Till: Lönekontoret
Kopia: Niklas Berg (chef)
Ämne: VB: Retroaktiv lön – fel belopp

Hej Lönekontoret,
jag vidarebefordrar tråden med Niklas. Kan ni titta på detta?
/Rebecka

-----Ursprungligt meddelande-----
Från: Niklas Berg
Skickat: den 20 november 2026 16:10
Till: Rebecka Ström
Ämne: SV: Retroaktiv lön

Hej Rebecka,
jag har kollat. Du ska ha 34 100 kr från 1 april, alltså 900 kr mer än tidigare, så retroaktivt för april–oktober blir det 6 300 kr plus semestertillägg. Det du fick (2 700 kr) verkar vara fel. Maila lön och hänvisa till mig.
Niklas

-----Ursprungligt meddelande-----
Från: Rebecka Ström
Skickat: den 19 november 2026 21:02
Ämne: Retroaktiv lön
Hej, jag tycker att retrobeloppet ser lågt ut?`, 'salary'),
  d(`Från: Mikael Åström
Skickat: den 2 november 2026 14:00
Till: Alla medarbetare, Löneenheten
Ämne: Arbetsfördelning under retroperioden

Hej!
Nu kommer retroaktiva löner för Vision och Vårdförbundet att betalas ut i december. Fördelning:
- Jenny: Vision, A–L
- Pia: Vision, M–Ö
- Stefan: Vårdförbundet
- Jag: frågor från chefer
Det blir tufft i några veckor. Fika på mig på fredag!

/Mikael`),
  d(`Från: Lotta Fridh
Skickat: den 8 november 2026 19:22
Till: Anders Fridh
Ämne: Fw: Skolans betalning

Hej Anders, skolan behöver vårt kontonummer för återbetalningen av skolresan eftersom den ställdes in. Jag har skrivit ditt:
Clearing 6000, konto 512 883 091 (Handelsbanken).
Kolla att det stämmer innan jag skickar till Marie!

Lotta`, 'bank-account'),
  d(`Information från Ekonomiavdelningen: Återbetalning inställd skolresa

Eftersom klassresan för åk 9 ställts in kommer vi att betala tillbaka inbetalda avgifter. Vårdnadshavare fyller i sina kontouppgifter i e-tjänsten "Återbetalning" senast 30 november. Utbetalning sker i december.

Ha inte kontonummer eller andra bankuppgifter i vanliga mail till skolan – de kan inte hanteras.

Ekonomiavdelningen`),
  d(`Från: Eva Gustavsson
Skickat: den 16 november 2026 10:22
Till: Säkerhetsenheten
Ämne: Nya passersystemet – mitt ansiktsfoto

Hej,
jag har upptäckt att ansiktsbilden som registrerades för mig i det nya passersystemet är från mitt gamla ID-kort 2015 och att systemet därför inte känner igen mig vid grinden – jag har fått vänta på väktare tre morgnar i rad. Kan ni registrera en ny ansiktsprofil? Jag kan komma förbi när som helst i veckan.

Eva Gustavsson, arkivarie`, 'biometric'),
  d(`Minnesanteckningar, Säkerhetsrådet 2026-10-30

1. Passersystem: Ansiktsigenkänning i Rådhusets entré har testats i pilot med 40 frivilliga. Felaktiga avvisningar: 3 %. DSO:s bedömning är att det krävs samtycke och en alternativ lösning för den som inte vill delta.
2. Larm i arkivet: nytt larm installerat.
3. Krisövning: 4 mars.
4. Övrigt: inga.

/Säkerhetschefen`),
  d(`From: Karin Olofsson
Sent: 27 October 2026 09:14
To: Union rep, Unionen – Marcus Jung
Subject: Meeting about my role

Hi Marcus,
As you know I joined Unionen in September, right after the reorganisation was announced. I'd like you to come with me to the meeting with my manager on Thursday at 14.00, since I think they're going to propose a new role with lower pay.

Thanks a lot,
Karin`, 'trade-union'),
  d(`Från: Agneta Stål
Skickat: den 11 november 2026 13:40
Till: HR
Ämne: Begäran om registerutdrag – hur gör man?

Hej!
Vi ska anställa tre nya personer på LSS-boendet. Hur begär de utdrag ur belastningsregistret och till vem ska de lämnas? Ska vi spara dem i personalakten?

Agneta, enhetschef`),
  d(`Från: HR
Skickat: den 11 november 2026 15:02
Till: Agneta Stål
Ämne: SV: Begäran om registerutdrag – hur gör man?

Hej Agneta,
de sökande beställer själva utdraget på polisens webbplats (blankett för arbete med barn med funktionsnedsättning). De visar upp det oöppnade kuvertet för dig, du läser det, och lämnar tillbaka det. Du noterar bara att det är uppvisat och datum – utdraget ska inte kopieras eller sparas.

HR`),
  d(`Tjänsteanteckning, Överförmyndarenheten
2026-11-05, handläggare Petra Olsson

Granskning av årsräkning för huvudmannen Sune Bergkvist. Gode mannen har tagit ut 38 000 kr i kontanter under året utan kvitton. Ärendet har överlämnats till polisen som misstänkt trolöshet mot huvudman. Gode mannen entledigas tillfälligt.

Handlingar i ärendet omfattas av sekretess enligt 32 kap. 4 § OSL.`, 'criminal-record', 'secrecy'),
  d(`Från: Tingsrätten, registrator
Till: Socialförvaltningen
Ämne: Begäran om yttrande – vårdnad

Vallby tingsrätt begär att socialnämnden inkommer med ett upplysningsyttrande enligt 6 kap. 19 § föräldrabalken i mål T 4411-26 rörande vårdnaden om barnet Ella Berg. Yttrandet ska innehålla uppgifter om huruvida det finns uppgifter om våld, missbruk eller annan oro hos socialtjänsten gällande någon av föräldrarna.

Svar senast 2026-12-01.`, 'social'),
  d(`Socialförvaltningen – Information om familjerätt

Familjerätten hjälper föräldrar som inte bor ihop att komma överens om vårdnad, boende och umgänge. Vi erbjuder samarbetssamtal, som är gratis och frivilliga. Tingsrätten kan också be oss göra en vårdnadsutredning.

Samarbetssamtal bokas på 0123-455 00. Sekretess gäller för det du berättar.`),
  d(`Från: Carina Ek
Skickat: den 25 november 2026 07:12
Till: Bemanningen
Ämne: Sjuk

Hej
jag har feber och hosta sen igår kväll. testade negativt på covid men är helt slut. kommer inte idag och troligen inte imorgon.
Carina
(hemtjänst grupp 3)

--
Skickat från Outlook för Android`, 'health'),
  d(`Påminnelse från Bemanningen

Hej alla!
Vintern är här och med den förkylningarna. Tänk på:
- Stanna hemma om du har feber eller är förkyld med allmänpåverkan.
- Sjukanmäl dig senast kl 06.30 på telefon, inte via mail eller sms.
- Tvätta händerna och använd handsprit.

Tack för att ni skyddar våra brukare!
Bemanningen`),
  d(`Från: Sekreterare Lena Wik
Skickat: den 12 november 2026 16:00
Till: Ledamöter, Socialnämnden
Ämne: Handlingar till sammanträdet 19/11

Hej,
handlingarna till sammanträdet finns nu i läsplattan. Observera att individärendena under punkt 8–12 är sekretessmarkerade i systemet och inte får skrivas ut eller föras vidare. De omfattas av sekretess enligt 26 kap. 1 § OSL.

Punkt 8 gäller LVU för tre syskon i åldrarna 3–10 år, punkt 9 en placering enligt SoL av en 15-åring.

Lena Wik, nämndsekreterare`, 'secrecy', 'social'),
  d(`Hej alla medarbetare!

Ny e-postrutin från 1 januari:
1. Alla mail som innehåller sekretessbelagda uppgifter ska skickas krypterat, med "[sekretess]" i ämnesraden.
2. Skicka aldrig personnummer i ämnesraden.
3. Om du är osäker – kontakta din chef eller dataskyddsombudet.

Regelverket finns i "Riktlinje för informationssäkerhet" på intranätet.

IT-säkerhet & DSO`),
  d(`Från: Sebastian Wallgren
Skickat: den 15 november 2026 20:30
Till: Ungdomsmottagningen
Ämne: Tid

Hej. jag undrar om jag kan få en tid för att testa mig för klamydia, jag hade oskyddat sex med en tjej för två veckor sedan och nu svider det. kan jag komma utan att mina föräldrar vet?
/Sebbe, 16`, 'health', 'sex-life'),
  d(`Ungdomsmottagningen Vallby – höstens öppettider

Mån 13–17, drop-in
Tis 13–19, bokade besök
Ons 13–17, drop-in för killar
Tor 13–17, bokade besök
Fre stängt

Hos oss kan du prata om sex, relationer, kroppen och hur du mår. Du kan testa dig för klamydia och få preventivmedel. Vi har tystnadsplikt – dina föräldrar behöver inte veta att du varit här.

www.umo.se`),
  d(`From: Anders Wik
Sent: 9 November 2026 10:30
To: Vendors – integration team
Subject: Test environment access

Hi,
For the integration tests next week, use the shared test account only:
user: test-integration
The password is in the vault entry "TEST-INT"; ask Petra for access. Do NOT use production credentials in the test environment.

Best,
Anders`),
  d(`From: Petra Nyman
Sent: 9 November 2026 10:44
To: Anders Wik
Subject: RE: Test environment access

Hi Anders,
the vendor couldn't open the vault, so I sent it by SMS – for the record it's Tst-Int!Vallby77. I'll rotate it when they're done on Friday.

Petra`, 'credentials'),
  d(`Från: Maria Björk
Skickat: den 13 november 2026 09:05
Till: Personalavdelningen
Ämne: Önskemål om omplacering

Hej!
Jag ansöker formellt om omplacering från hemtjänsten. Som ni vet har jag reumatism och läkaren säger att jag inte längre klarar de tunga lyften (intyg bifogat). Jag har pratat med Kommunal, och min kontaktperson där, Bo, stöttar ansökan.

Maria Björk, undersköterska`, 'health', 'trade-union'),
  d(`Sammanfattning från APT, Ekbackens förskola, 2026-11-18

1. Kommunal informerade om det nya avtalet – representant från sektionen var med första halvtimmen.
2. Skyddsrond: lyfthjälpmedel i skötrum behöver bytas.
3. Barngrupperna: inskolningar i januari.
4. Friskvård: Ekbacken deltar i stegtävlingen.
5. Övrigt: julgröt 17/12.

Antecknat av Eva`),
  d(`Från: Joel Strand
Skickat: den 21 november 2026 11:32
Till: Kommunens kundcenter
Ämne: Faktura – kortbetalning bygglov

Hej,
jag ska betala bygglovsavgiften 12 400 kr men e-tjänsten tar inte mitt företagskort. Kan jag betala över telefon i stället? Kortnumret är 4024 0071 8854 2210, utgång 03/29, CVC 551, kortinnehavare Joel Strand.

Joel Strand
Strands Bygg AB`, 'payment-card'),
  d(`Från: Sofia Engström <sofia.engstrom@norrkusten.se>
Skickat: den 23 november 2026 16:48
Till: Ledningsgruppen Barn och utbildning
Ämne: Veckosammanfattning v. 47

Hej alla,

här kommer veckans sammanfattning.

SKOLSTARTEN VT
- Schemat för Norrskolan är klart. Tallåsskolan väntar på två lärartjänster.
- Skolskjutsarna upphandlas om, nytt avtal från 1/3.

EKONOMI
- Prognos -1,4 mnkr. Främst tilläggsbelopp och skolskjuts.
- Vi måste se över vikariekostnaderna.

PERSONAL
- Rekryteringen av ny rektor till Norrskolan: tre kandidater kvar, intervjuer v. 49.
- Sjukfrånvaron i förvaltningen: 6,1 % (oktober).
- Lönekartläggningen klar, inga osakliga skillnader på gruppnivå.

ELEVHÄLSA
- Skolsköterskorna har fortfarande svårt att rekrytera.
- Skolinspektionen har begärt in underlag om kränkningsärenden från Norrskolan.

ÖVRIGT
- Julavslutning i stadshuset 17/12 kl 15.
- Nästa ledningsgrupp 30/11.

Trevlig helg!
Sofia Engström
Förvaltningschef, Barn och utbildning
Norrkustens kommun

Detta e-postmeddelande och eventuella bilagor kan innehålla information som omfattas av sekretess. Om du fått meddelandet av misstag, vänligen meddela avsändaren och radera det.`),
  d(`Från: Sofia Engström <sofia.engstrom@norrkusten.se>
Skickat: den 30 november 2026 17:05
Till: Ledningsgruppen Barn och utbildning
Ämne: Veckosammanfattning v. 48

Hej alla,

EKONOMI
- Prognosen är oförändrad.

PERSONAL
- Rektorsrekryteringen: två kandidater kvar efter intervjuerna.
- Tyvärr har vi fått besked om att Magnus Hallin, rektor på Tallåsskolan, kommer att vara sjukskriven på heltid resten av terminen. Han har genomgått en hjärtoperation och behöver tid för rehabilitering. Biträdande rektor Anna Ström går in som tillförordnad. Magnus har godkänt att jag informerar er.
- Löneöversynen startar i januari.

ELEVHÄLSA
- Ny skolsköterska på Norrskolan från 1/1.

ÖVRIGT
- Glöm inte att anmäla er till julavslutningen.

Hälsningar
Sofia

Detta e-postmeddelande och eventuella bilagor kan innehålla information som omfattas av sekretess. Om du fått meddelandet av misstag, vänligen meddela avsändaren och radera det.`, 'health'),
  d(`Teams-chatt "Bygglov – handläggare", exporterad 2026-11-20

[08:02] Ida Holm: morrn! någon som har nyckeln till arkivet?
[08:03] Per Lund: ligger i receptionen
[08:05] Ida Holm: tack
[08:40] Sara Ek: påminnelse, vi har genomgång av nya PBL-ändringarna kl 10
[08:41] Per Lund: 👍
[09:15] Johan Ring: kommer 10 min sent, lämnar bilen på verkstan
[09:58] Sara Ek: länk: finns i kalendern
[11:30] Ida Holm: lunch?
[11:31] Per Lund: kör, 11.45
[13:20] Sara Ek: ärendet på Björkvägen – grannen har överklagat igen
[13:22] Johan Ring: klassiker
[13:25] Sara Ek: jag skickar till länsstyrelsen
[15:50] Ida Holm: trevlig helg alla!`),
  d(`Teams-chatt "Bygglov – handläggare", exporterad 2026-11-27

[08:10] Sara Ek: god morgon
[08:12] Ida Holm: morrn. vet någon hur det är med Per? han var ju inte här i går heller
[08:14] Sara Ek: han messade mig, han har fått en depression och läkaren har sjukskrivit honom en månad. han ville att vi skulle veta men inte prata om det med andra avdelningar
[08:15] Ida Holm: usch stackarn. ska vi skicka något?
[08:16] Sara Ek: vi kan skicka blommor från gruppen
[08:16] Johan Ring: jag är med, swishar
[09:30] Sara Ek: vem tar hans ärenden om Kvarnbacken?
[09:31] Johan Ring: jag tar dem
[10:00] Ida Holm: fika i köket, Johan har bakat`, 'health'),
  d(`Från: Alexandra Nyström
Skickat: den 18 november 2026 12:30
Till: Anna Beck; Lars Tuvesson; Ove Ahl
Ämne: SV: SV: Upphandling skolmat – sammanställning

Hej!
Sammanställningen av anbuden är klar. Tre anbud kom in:

1. Norrkök AB – 41,20 kr/portion, uppfyller alla ska-krav
2. Måltidspartner – 39,80 kr/portion, uppfyller alla ska-krav utom krav 4.3 (ekologiskt)
3. Matglädje i Vallby – 44,10 kr/portion, uppfyller alla ska-krav

Enligt utvärderingsmodellen vinner Norrkök AB. Tilldelningsbeslut kan fattas 25/11.

Observera att anbuden omfattas av sekretess enligt 31 kap. 16 § OSL fram till tilldelningsbeslutet, så skicka inte vidare sammanställningen.

Alexandra Nyström
Upphandlare

-----Ursprungligt meddelande-----
Från: Lars Tuvesson
Skickat: den 15 november 2026 09:12
Ämne: SV: Upphandling skolmat

När kommer sammanställningen?

-----Ursprungligt meddelande-----
Från: Anna Beck
Skickat: den 10 november 2026 14:00
Ämne: Upphandling skolmat
Anbudstiden gick ut i dag. Alexandra sammanställer.`, 'secrecy'),
  d(`Nyhetsbrev – Socialtjänsten informerar, december 2026

HEJ ALLA MEDARBETARE!

1. Årets socialsekreterare
Årets pris går till hela Mottagningsgruppen för ett fantastiskt arbete under ett år med rekordmånga orosanmälningar.

2. Nytt verksamhetssystem
Vi byter verksamhetssystem hösten 2027. En projektgrupp startar i januari.

3. Nya riktlinjer för ekonomiskt bistånd
Från 1 januari gäller nya riktlinjer. Bland annat höjs normen för hushållsel och vi förtydligar vad som gäller för boendekostnader.

4. Sekretess i sociala medier
Påminnelse: berätta aldrig om ärenden i sociala medier, inte ens avidentifierat. Uppgifterna omfattas av sekretess enligt 26 kap. OSL.

5. Personalnytt
Välkommen till Hanna (Barn och unga), Amir (Vuxenenheten) och Elsa (Familjerätten). Tack och lycka till, Gunnel, som går i pension efter 38 år!

6. Julhälsning
Tack för ett fint år. God jul och gott nytt år!

Socialchefen`),
  d(`Från: Peter Sandberg
Skickat: den 19 november 2026 08:55
Till: Marie Lund
Ämne: VB: VB: Inbjudan – nätverksträff integration

Hej Marie, se nedan. Du kanske vill åka i stället för mig? /Peter

-----Ursprungligt meddelande-----
Från: Peter Sandberg
Skickat: den 18 november 2026 17:40
Till: Elin Ström
Ämne: SV: Inbjudan – nätverksträff integration

Hej Elin,
tack för inbjudan. Jag är tveksam om jag kan komma. Du frågade vem som kan berätta om vårt arbete med romsk inkludering: Marie Lund här på förvaltningen har varit med från början, och hon är själv romsk resande och pratar romani, så hon kan berätta mycket mer inifrån än jag. Jag har frågat henne och hon vill gärna.

Peter

-----Ursprungligt meddelande-----
Från: Elin Ström
Skickat: den 18 november 2026 10:00
Ämne: Inbjudan – nätverksträff integration
Hej! Välkommen till nätverksträff om integration och inkludering den 10 december i Umeå. Vi söker också någon som kan berätta om lokalt arbete med nationella minoriteter.`, 'ethnic-origin'),
  d(`Minnesanteckningar, styrgruppsmöte "Digital skola", 2026-11-11

Närvarande: Anna (projektledare), Mats (IT), Karin (rektor), Jens (förstelärare), Lisa (DSO)

1. Status
   - 1:1-datorer är utdelade i åk 4–9.
   - Skolplattformens nya version införs 1/2.

2. Risker
   - Lärplattformen har haft problem med inloggning via e-legitimation för vårdnadshavare.
   - Leverantören har föreslagit att elever ska logga in med ansiktsigenkänning på skoldatorerna. DSO avråder: biometriska uppgifter om barn är känsliga personuppgifter och kräver starka skäl. Förslaget avslås.

3. Kommunikation
   - Informationsbrev till vårdnadshavare skickas v. 49.

4. Ekonomi
   - Projektet håller budget.

Nästa möte: 9 december.`),
  d(`Från: Ewa Lindström
Skickat: den 17 november 2026 15:30
Till: HR-partner Kristina Åhs
Ämne: Rehabmöte Lennart – sammanfattning

Hej Kristina,
här är en sammanfattning från rehabmötet i dag med Lennart, Försäkringskassan, företagshälsan och mig.

Bakgrund:
Lennart har varit sjukskriven sedan 15 augusti efter en hjärtinfarkt. Han har gjort hjärtrehabilitering på sjukhuset.

Nuläge:
- Han mår bättre men blir fort trött.
- Läkaren bedömer att han kan börja arbetsträna på 25 % från 1 december.

Plan:
1. Arbetsträning 25 % i fyra veckor, sedan 50 %.
2. Inga tunga lyft eller jourpass under våren.
3. Uppföljning med FHV 15 januari.

Lennart vill inte att kollegorna informeras om diagnosen, bara att han kommer tillbaka successivt.

Ewa`, 'health'),
  d(`Från: Erik Björkman
Skickat: den 20 november 2026 09:40
Till: Tekniska förvaltningen – alla
Ämne: Julbord och annat

Hej alla!

Några saker innan december:

1. JULBORD
Vi ses 11 december kl 18 på Stadshotellet. Anmälan senast 1/12. Meddela eventuell specialkost (vegetariskt, glutenfritt, laktosfritt, halal).

2. PARKERING
Nya parkeringstillstånd delas ut i receptionen från 1/12.

3. SÄKERHET
Från 1 januari byter vi till nya passerkort. Den som har behörighet till serverrummet får registrera fingeravtryck på IT-avdelningen – det är frivilligt, alternativet är kod.

4. FACKLIGT
Kommunal och Vision har årsmöten i januari. Datum kommer från respektive fack.

5. SEMESTER
Semesterönskemål för sommaren lämnas senast 15 februari.

God fortsättning!
Erik, förvaltningschef`),
  d(`Från: Jonas Lindh
Skickat: den 12 november 2026 14:50
Till: Ulrika Söder
Ämne: SV: SV: Schema december

Hej Ulrika,
ok, jag byter med Hampus den 23:e. Då har jag fredag 24 ledigt.

Och tack för att du frågade om Hanukka förra veckan – ja, jag vill gärna vara ledig kvällen 5 december, vi firar med min familj i församlingen i Stockholm. Jag tar det som kompledighet.

/Jonas

> Från: Ulrika Söder
> Jonas, kan du byta med Hampus den 23:e? Och säg till om du vill ha ledigt någon dag kring högtiderna.
>
> > Från: Jonas Lindh
> > Hej, har sett decemberschemat. Jag har tre helger i rad, går det att ändra?`, 'religion'),
  d(`Från: Kristina Ahl
Skickat: den 26 november 2026 10:02
Till: Lärarlaget 7–9
Ämne: Inför betygskonferensen

Hej alla,
inför betygskonferensen nästa vecka:

1. Alla betyg ska vara inlagda senast 10/12.
2. Elever som riskerar F i något ämne ska ha en åtgärdsplan. Just nu gäller det:
   - Leo B (7A) – SV, EN
   - Emma K (8C) – MA
   - Noah F (9B) – MA, NO, SO
   - Yara H (9A) – EN (mycket frånvaro under oktober)
3. Mentorer kontaktar vårdnadshavare till alla elever i listan före 4/12.
4. Vi tar frånvaron i 9A separat med elevhälsan.

Kristina Ahl
Biträdande rektor`, 'grades'),
  d(`Protokoll, Sveriges Lärare – lokalavdelningens styrelse, 2026-11-09

Närvarande: ordförande Mia Törn, Jonas Ek, Lisa Borg, Ahmed Nuri, Stina Lind

§ 1 Mötet öppnas
§ 2 Arbetstidsfrågan: Lokalavdelningen begär förhandling om arbetstidsavtalet.
§ 3 Medlemsärende: Lisa Borg företräder en medlem i ett rehabärende. Ingen information om medlemmen förs till protokollet.
§ 4 Nya ombud: Ahmed Nuri utses till ombud på Norrskolan.
§ 5 Ekonomi: årets budget håller.
§ 6 Nästa möte: 7 december.

Vid protokollet: Stina Lind
Justeras: Mia Törn`, 'trade-union'),
  d(`From: Robert Jansson
Sent: 25 November 2026 11:05
To: Finance – accounts payable
Cc: Helen Wu
Subject: FW: Refund to conference speaker

Hi team,
Please see Helen's message below and process the refund for our keynote speaker.
Rob

---------- Forwarded message ----------
From: Helen Wu
Date: 24 November 2026 19:44
Subject: Refund to conference speaker

Hi Rob,
Dr. Marcus Hale paid his own flight (6 830 SEK) because our travel agency didn't book it in time. He asked us to refund it to his UK account:
Name: Marcus Hale
Sort code: 40-47-84
Account number: 70872490
IBAN: GB33 HBUK 4047 8470 8724 90
Let me know if you need the receipt.
Helen`, 'bank-account'),
  d(`Minnesanteckningar, regional samverkan skyddade personuppgifter, 2026-11-16

Deltagare: Skatteverket, tre kommuner, regionen, Polisen

1. Skatteverket informerar: antalet personer med skyddade personuppgifter i länet har ökat med 6 %.
2. Incidenter: flera kommuner har haft utskick till fel adress på grund av att systemen inte läser markeringen. Leverantörerna har fått krav.
3. Region Öst: journalsystemet visar nu en tydlig varning när en patient har skyddade personuppgifter.
4. Utbildning för skoladministratörer i mars.

Inga enskilda ärenden diskuterades.`),
  d(`Från: Daniel Ek
Skickat: den 22 november 2026 22:14
Till: Kontaktcenter Region Öst
Ämne: Problem med 1177

Hej,
jag har skyddad identitet (sekretessmarkering) och när jag loggade in på 1177 i dag syntes min gamla adress i min profil. Jag är rädd att den syns även för andra. Kan någon ringa mig? Använd inte hemadressen, bara det här mejlet.

Daniel Ek`, 'protected-identity'),
  d(`Från: Sandra Öhman
Skickat: den 27 november 2026 13:20
Till: Johan Falk
Ämne: Inför kvartalsmötet

Hej Johan,
inför kvartalsmötet med leverantören:

1. Avtalsuppföljning: SLA uppfyllt 97 % (krav 95 %).
2. Incidenter: 2 st allvarliga (driftstopp 4 h i september, långsam inloggning i oktober).
3. Förbättringsförslag: bättre statusinformation vid störningar.
4. Prisjustering: leverantören vill höja med 4 % enligt index.

Och en sak som inte ska upp på mötet, men som du bör veta: deras kontaktperson Kevin Lind, som vi haft problem med, har enligt leverantörens egen VD blivit åtalad för bedrägeri mot en tidigare kund. De byter kontaktperson till Maria Holm från januari.

/Sandra`, 'criminal-record'),
  d(`Minnesanteckningar, arbetsplatsträff Kök Tallåsskolan, 2026-11-19

1. Nya menyn för vårterminen – fler vegetariska rätter, fisk två gånger i veckan.
2. Specialkost: 34 elever har specialkost (allergi, celiaki, religiösa skäl). Listan uppdateras i januari.
3. Arbetsmiljö: nya ergonomiska hjälpmedel för diskplockningen. Tunga kastruller ska lyftas två och två.
4. Personal: Lejla är tillbaka efter föräldraledigheten från 1/12. Vikarien Joel slutar 30/11.
5. Facklig information: Kommunals ombud Anders besöker köket 3/12.
6. Övrigt: julbord för personalen 15/12.

/Kökschef Ingrid`, 'trade-union'),
  d(`Från: Vallby kommun – Kontaktcenter <kontaktcenter@vallby.se>
Skickat: den 21 november 2026 10:30
Till: Ulla Sjöberg
Ämne: Ditt ärende #K-20771 – Fråga om ekonomiskt bistånd

Hej Ulla!
Tack för att du kontaktade oss. Du frågade om du kan ansöka om ekonomiskt bistånd.

Så här gör du:
1. Gå in på vallby.se/ekonomisktbistand
2. Logga in med BankID och fyll i ansökan.
3. Bifoga kontoutdrag, hyreskontrakt och beslut från Försäkringskassan/Arbetsförmedlingen.
4. En handläggare kontaktar dig inom 10 arbetsdagar.

Vi kan inte bedöma din rätt till bistånd här på kontaktcenter.

Vänliga hälsningar
Kontaktcenter Vallby kommun`),
  d(`Från: Ali Rezai
Skickat: den 28 november 2026 15:12
Till: Ulla Sjöberg
Ämne: Beslut om ekonomiskt bistånd

Hej Ulla,
din ansökan om ekonomiskt bistånd för december är nu behandlad. Du beviljas 7 840 kr (försörjningsstöd enligt riksnorm samt hyra), som betalas ut till ditt konto den 2 december. Ansökan om bidrag till tandvård avslås, eftersom det saknas en kostnadsberäkning från tandläkaren. Beslutet och hur man överklagar finns i Mina sidor.

Med vänlig hälsning
Ali Rezai
Socialsekreterare, Ekonomiskt bistånd`, 'social'),
  d(`From: Olivia Grant
Sent: 16 November 2026 14:22
To: Recruitment team
Subject: Interview notes – Data analyst position

Hi all,
Notes from today's interviews, as agreed:

Candidate A (Sven Holm)
- Strong SQL and Python; solved the case in 25 min.
- Communication a bit weak, struggled to explain his choices.
- Overall: 3/5.

Candidate B (Amira Sayed)
- Excellent presentation, structured and clear.
- Less experience with cloud tools, but learns fast according to her reference.
- Overall: 4/5 – my recommendation.

Candidate C (Jonas Falk)
- Withdrew his application this morning.

Let's decide on Friday.
Olivia`, 'hr-assessment'),
  d(`From: Olivia Grant
Sent: 2 November 2026 09:10
To: Recruitment team
Subject: Interview schedule – Data analyst position

Hi all,
The interviews for the data analyst position will take place on 16 November in room Ekorren:
- 09.00 Candidate A
- 10.30 Candidate B
- 13.00 Candidate C

Each interview is 60 minutes including a 30-minute case. Please use the shared assessment template with the five competence criteria, and send your notes only to me, not to the whole group.

Thanks!
Olivia`),
  d(`Från: Patrik Olofsson
Skickat: den 24 november 2026 16:30
Till: Lönekontoret; Kristin Hall (HR)
Ämne: Löneförändring – Amanda Ek efter befordran

Hej,
Amanda Ek går från bibliotekarie till biblioteksansvarig på Tallåsen från 1 januari. Vi har kommit överens om ny månadslön 39 200 kr (tidigare 35 600 kr) samt ett ansvarstillägg på 1 500 kr i månaden så länge hon har personalansvar för helgpersonalen.

Kan ni registrera det? Avtalet signeras på måndag.

Patrik Olofsson
Bibliotekschef`, 'salary'),
  d(`Information från HR – Lönesättande samtal 2027

Hej!

Så går lönesättande samtal till i vår:
1. Chef och medarbetare går igenom lönekriterierna (resultat, samarbete, utveckling, ansvar).
2. Chefen ger en motivering till sin bedömning.
3. Chefen meddelar förslag på ny lön senast i mars.
4. Vid oenighet kan du vända dig till din fackliga organisation.

Lönekriterierna finns på intranätet under "Lön och förmåner". Din individuella lön meddelas i ett enskilt samtal, aldrig i grupp eller via massutskick.

HR-avdelningen`),
  d(`[Ärendesystem – Skolans kränkningsanmälan, exporterad för rektor]
Ärende 2026-K-114
Datum: 2026-11-13
Anmält av: Lärare Jonas Falk

Beskrivning:
På rasten ropade två elever i 8B efter Noah "bögjävel" och filmade honom. Noah sa till mig efteråt att han faktiskt är gay och att han har berättat det för några vänner, men att han inte vill att det ska komma ut till hela skolan eller till sin pappa.

Åtgärder:
- Samtal med de två eleverna och deras vårdnadshavare.
- Filmen raderad i närvaro av lärare.
- Kurator erbjuder Noah samtal.

Uppföljning: 2026-11-27`, 'sex-life'),
  d(`Från: Ingela Holmqvist
Skickat: den 13 november 2026 09:12
Till: Kommunstyrelsens ordförande
Ämne: Medborgarförslag – lokalen till Svenska kyrkan

Hej,
jag har lämnat ett medborgarförslag om att kommunen ska hyra ut Folkets hus till alla trossamfund på samma villkor, inte bara till Svenska kyrkan. När är det uppe för beslut?

Med vänliga hälsningar
Ingela Holmqvist`),
  d(`Anteckning, socialjour 2026-11-21 kl 23.40
Jourhavande socialsekreterare: Mattias Bränd

Samtal från polisen: Lisa (14) anträffad berusad på busstationen tillsammans med en 19-årig man, Kevin N., som polisen misstänker för sexuellt ofredande mot henne. Kevin N. har tidigare dömts för liknande brott. Lisa hämtades av sin mamma. Ärendet förs över till Barn och unga måndag morgon för förhandsbedömning.

Sekretess enligt 26 kap. 1 § OSL.`, 'social', 'criminal-record', 'secrecy'),
  d(`Från: Karin Edlund
Skickat: den 8 november 2026 11:42
Till: Region Öst, Klinisk fysiologi
Ämne: Ny rutin för arbetsprov

Hej,
vi inför ny rutin för arbetsprov (cykelergometer) från 1 januari:
- Remisser skickas digitalt.
- Patienten får kallelse med 14 dagars framförhållning.
- Läkemedel som påverkar pulsen ska anges på remissen.

Tack!
Karin Edlund, avdelningschef`),
  d(`Från: Nora Lindblad
Skickat: den 19 november 2026 08:30
Till: Elevhälsan Norrskolan
Kopia: Mentor 7C
Ämne: Vår dotter Ines

Hej,
Ines har precis fått diagnosen Marfans syndrom efter en genetisk utredning på Astrid Lindgrens barnsjukhus – det visade sig att hon ärvt det från sin pappa, som också testades. Hon får inte ha kontaktsporter eller tunga lyft på idrotten. Läkarintyg kommer.

Vänliga hälsningar
Nora Lindblad`, 'genetic', 'health'),
  d(`Protokoll – Regionens etikråd, 2026-10-20 (utdrag)

§ 12 Genetisk information i journalen
Rådet diskuterade hur resultat från genetiska analyser ska dokumenteras när de även har betydelse för släktingar. Rådet rekommenderar att information till släktingar sker via patienten, med stöd av genetisk vägledning, och att journalen inte ska innehålla uppgifter om släktingar utan deras samtycke.

§ 13 Övrigt
Nästa möte 15 december.`),
  d(`Från: Henrik Lagerlöf
Skickat: den 25 november 2026 10:00
Till: IT-säkerhet
Ämne: Röstinloggning i telefonbanken – kommunens kort?

Hej,
när jag ringde banken om kommunens inköpskort ville de spela in min röst som "röstlösenord". Får jag göra det med ett tjänstekort? Jag har inte gått med på det ännu.

Henrik Lagerlöf, controller`),
  d(`Från: IT-säkerhet
Skickat: den 25 november 2026 14:22
Till: Henrik Lagerlöf
Ämne: SV: Röstinloggning i telefonbanken – kommunens kort?

Hej Henrik,
bra att du frågade. Vi har nu kollat med banken: din röstprofil registrerades ändå vid samtalet i morse enligt deras logg (röstavtryck kopplat till ditt användar-id för kortet). Vi har bett dem radera den, och de bekräftar radering inom 30 dagar. Du ska inte använda röstverifiering för tjänstekortet.

IT-säkerhet`, 'biometric'),
  d(`Ärende #51220 – Ny personal, inpassering labbet
Status: Löst
Anmälare: Laboratoriechef Eva Sten

Nyanställda Sara Björn behöver tillgång till labbet på plan 3.

Kommentar (Säkerhet, Tomas):
Sara har registrerats i irisskannern vid labbingången (båda ögonen, mallar sparade i passersystemet). Hennes passerkort har också aktiverats för plan 3. Klart.`, 'biometric'),
  d(`Från: Mikael Berg
Skickat: den 17 november 2026 13:00
Till: Eventgruppen
Ämne: Betalning för julbordet

Hej,
jag har lagt ut för julbordsbokningen på Stadshotellet med mitt privata kort: 4916 3380 5521 7704, giltigt 02/28. Kan någon med behörighet flytta betalningen till förvaltningens kort så att jag slipper reseräkningen?

Mikael`, 'payment-card'),
  d(`From: Customer Service – ParkEasy
To: Anna Sjöblom
Subject: Receipt for your parking session

Dear Anna Sjöblom,
Thank you for parking with ParkEasy.
Location: Stadshuset P-hus, level 2
Time: 2026-11-20 08:12 – 16:40
Amount: 96 SEK
Paid with: Visa **** **** **** 3391

This receipt can be used for your expense report.`),
  d(`Från: Jenny Åström
Skickat: den 26 november 2026 09:44
Till: Rektor Anders Vik
Ämne: Klagomål på lärare

Hej Anders,
jag vill klaga på hur Linus Holm uttalat sig i klassen. Han ska enligt min son ha sagt på lektionen i samhällskunskap att han själv röstade på Vänsterpartiet och att "alla som röstar på SD är rasister". Jag tycker inte att lärare ska föra fram sina politiska åsikter i undervisningen.

Jenny Åström (mamma till Elias, 9B)`, 'political-opinion'),
  d(`Sammanfattning från ämneskonferens SO, 2026-11-16

1. Skolvalet: alla klasser i åk 7–9 deltar. Resultatet redovisas för hela skolan.
2. Riktlinjer: lärare ska vara sakliga och allsidiga i undervisningen om politik, enligt skollagen. Egna partisympatier hör inte hemma i undervisningen.
3. Studiebesök till riksdagen i mars för åk 9.
4. Nytt läromedel i historia utvärderas.

/Ämnesansvarig SO`),
  d(`Från: Stina Persson
Skickat: den 10 november 2026 15:18
Till: Linda Berg
Ämne: VB: Ny klient med skyddad identitet

Hej Linda,
vidarebefordrar från mottagningen. Kvinnan som sökte försörjningsstöd i dag, Amra H., har skyddad folkbokföring och bor på skyddat boende. Hon ska handläggas av någon som inte har koppling till hennes tidigare hemkommun. Kan du fördela?

Stina

> Från: Mottagningen
> Ny ansökan försörjningsstöd, person med skyddade personuppgifter, se akt.`, 'protected-identity', 'social'),
  d(`Från: Lena Hammar
Skickat: den 24 november 2026 08:12
Till: Alla chefer i Omsorgen
Ämne: Lönekartläggning – underlag till er

Hej!
Nu är lönekartläggningen klar. Sammanfattning:
• Inga osakliga löneskillnader mellan kvinnor och män i likvärdiga arbeten.
• Två grupper (kockar och vaktmästare) där vi behöver analysera vidare.
• Handlingsplan redovisas för FSG i januari.

Underlaget på individnivå finns hos HR och skickas inte ut.

Lena Hammar, HR-specialist`),
  d(`Från: Robin Ek
Skickat: den 1 december 2026 07:40
Till: Hanna Svedberg
Ämne: Mina anteckningar efter medarbetarsamtalet

Hej Hanna,
tack för samtalet i torsdags. Jag vill bara skriva ner min bild: jag håller med om att mina handläggningstider varit för långa, men jag tycker att bedömningen att jag varit "nedlåtande" mot Lotta är orättvis. Jag är beredd att gå en kurs i kommunikation. De nya målen (max 20 dagars handläggningstid) känns rimliga.

Robin`, 'hr-assessment'),
];
