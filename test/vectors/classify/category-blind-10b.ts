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

Du är välkommen att ta det vidare till Vision om du vill, det har jag inga problem med.

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

Behandlare: Vi pratade om hur oro påverkar barnen. Nästa träff 19/11.`, 'genetic', 'health'),
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
Vi ansöker om ledighet för Nora (åk 4) och Ivar (åk 1) 18–22 januari då vi ska resa till min pappas 70-årsdag i Thailand. Jag förstår att det är under terminen och vi tar med skoluppgifter.

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
];
