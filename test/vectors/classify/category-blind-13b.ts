/**
 * Category blind set 13b. BLIND: written by a corpus-writer agent in session 8 from the labelling guide
 * (/tmp/label-guide.md) alone, without reading the classifier, its training data or any other corpus. It is
 * never to be used for training, tuning or keyword mining; it is scored once by the lead.
 *
 * Style: longer, messy texts (about 8 to 40 lines): forwarded threads with quoted history and
 * "Från: … Skickat: …" headers, signatures and legal disclaimers, meeting minutes and APT notes with several
 * agenda items, weekly summaries, chat exports with timestamps, ticket-system and HR-system mails, case-note
 * excerpts, newsletters and bullet lists, in Swedish and English. The sensitive fact, when there is one, may sit
 * anywhere (a quoted older mail, one agenda item, a PS); many texts use the same vocabulary without
 * disclosing anything about a person and carry no label.
 *
 * All names, numbers, addresses and details are invented.
 */
import type { CategoryType } from '../../../src/core/classify/types.js';
import type { LabelledDocument } from './category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const CATEGORY_BLIND_13B: readonly LabelledDocument[] = [
  d(`Hej Lena,

Vidarebefordrar nedan så du har historiken inför mötet på torsdag.

/Mats

Från: Anneli Rydberg <anneli.rydberg@ostervik.se>
Skickat: den 12 mars 2026 08:14
Till: Mats Holmqvist <mats.holmqvist@ostervik.se>
Ämne: SV: Schema v.12

Hej Mats,
Jag kan tyvärr inte ta passen på onsdag och torsdag. Jag har fått diagnosen reumatoid artrit och
ska börja med metotrexat nästa vecka, läkaren vill att jag går ner till 75 % de första två månaderna.
Intyg kommer från vårdcentralen.

Hälsningar
Anneli Rydberg
Undersköterska, Solgårdens äldreboende
Östervik kommun

Detta e-postmeddelande kan innehålla information som är konfidentiell. Om du fått det av misstag,
meddela avsändaren och radera meddelandet.`, 'health'),
  d(`Minnesanteckningar APT, Individ- och familjeomsorgen, 2026-02-04

Närvarande: Karin S, Jonas E, Fatima A, Per L, Sofie N (sekr.)

1. Föregående anteckningar – lades till handlingarna.
2. Arbetsmiljö: Ny rutin för hot och våld presenterades. Alla ska läsa igenom den till nästa APT.
3. Ärendefördelning: Mottagningen har fortsatt hög inflödet av orosanmälningar, snitt 41 per vecka i januari.
4. Utbildning: Två platser på kursen "BBIC fördjupning" i april. Intresseanmälan till Karin.
5. Facklig information: Vision informerade om lönerevisionen, som startar i april.
6. Övrigt: Kaffemaskinen på plan 3 är trasig, felanmäld.

Nästa APT: 2026-03-04 kl 13.00, rum Ekorren.`),
  d(`[2026-01-19 09:02] Johan P: morgon! någon som vet koden till förrådet på Björkvägen?
[2026-01-19 09:03] Sara L: 4471# tror jag, den byttes i december
[2026-01-19 09:03] Johan P: tack!!
[2026-01-19 09:05] Sara L: om den inte funkar ring fastighetsjouren
[2026-01-19 09:11] Johan P: funkade 👍
[2026-01-19 09:12] Malin K: kan nån ta med kaffefilter dit också, vi har slut`, 'credentials'),
  d(`Från: Henrik Dahl
Skickat: måndag 9 februari 2026 16:40
Till: Lönecentrum
Ämne: Felaktig lön januari

Hej,
Jag har inte fått ut OB-tillägget för helgerna i januari. Min grundlön ska vara 31 450 kr enligt
avtalet från i höstas, men på lönespecen står det 29 800 kr och inget OB. Kan ni kolla?

Mvh Henrik Dahl, anst.nr 40112
Hemtjänsten Norra

---
Ärende #88213 registrerat. Handläggare: Lönecentrum, grupp 2. Svarstid inom 5 arbetsdagar.`, 'salary'),
  d(`VECKOBREV – Skolområde Väst, vecka 6

• Sportlovet är vecka 8. Fritids har öppet som vanligt, anmäl behov senast fredag.
• Nationella proven i svenska för åk 6 genomförs v. 10–11. Elever med anpassningar får information från mentor.
• Frånvaroanmälan görs fortfarande i appen före kl 08.00. Vi ser att många glömmer – påminn gärna.
• Skolsköterskan har mottagning tisdagar och torsdagar.
• Föräldramöte åk 4: 18 februari kl 18.00 i matsalen.

Välkomna att höra av er!
Rektor Eva Lindgren`),
  d(`Hej!

Bifogar utdraget ni bad om. Kort sammanfattning så ni slipper läsa allt:

Ola Berntsson är dömd 2023 för grov stöld och olaga hot (Göteborgs tingsrätt), villkorlig dom med
samhällstjänst. Inget nytt efter det enligt utdraget från belastningsregistret daterat 2026-01-22.

Han har sökt tjänsten som fastighetsskötare på skolorna, så det är väl inte aktuellt att gå vidare.
Vi tar det på rekryteringsmötet.

//Lotta
HR-partner, Kommunledningskontoret`, 'criminal-record'),
  d(`Hi all,

Quick summary of this week's project meeting (Digital Onboarding):

- Login: we are moving to BankID for external users, go-live postponed to May.
- Test accounts: please do NOT share test passwords in Teams, use the vault.
- Procurement: the contract with the vendor is signed; invoice handling goes through the finance team.
- Budget: on track, 62 % spent.
- Next meeting: 3 March, 10:00.

Thanks,
Daniel Moreau
Project Manager, IT Services`),
  d(`Från: Kristina Ek <kristina.ek@regionnord.se>
Skickat: den 3 februari 2026 11:22
Till: Personalavdelningen
Ämne: Ändrat konto för lön

Hej,
Jag har bytt bank. Från och med februarilönen vill jag att lönen sätts in på mitt nya konto:
Clearingnummer 8327-9, kontonummer 914 552 307-4 (Swedbank).
Blanketten är ifylld och inlämnad i receptionen.

Tack på förhand!
Kristina Ek
Barnmorska, Kvinnokliniken`, 'bank-account'),
  d(`Anteckning, daglig verksamhet Solrosen, 2026-01-27

Deltagare: L.E. (LSS 9 § 10, daglig verksamhet)
Personal: Amra, Gustav

L. kom 09.15 med färdtjänsten. Hon var orolig på förmiddagen efter helgen hos pappan. Pratade om att
"mamma är arg". Efter lunch lugnare, deltog i bakningen. Epilepsianfall kl 13.40, ca 1 minut, återhämtade
sig på vilrummet. Meddelat boendet och god man per telefon.

Signerat: Gustav Lind`, 'social', 'health'),
  d(`Hej alla chefer,

Påminnelse: Medarbetarsamtalen för 2026 ska vara genomförda senast 31 maj. Använd den nya mallen i
HR-portalen (Mina sidor > Samtal > Medarbetarsamtal). Mallen har fyra delar:

1. Uppföljning av förra årets mål
2. Arbetsmiljö och hälsa
3. Kompetensutveckling
4. Nya mål

Kom ihåg att spara dokumentationen i portalen, inte i egna mappar. Frågor till din HR-partner.

Med vänlig hälsning
HR-avdelningen, Lindby kommun`),
  d(`Från: Rasmus Vikström
Skickat: den 14 januari 2026 21:03
Till: Kerstin Åberg
Ämne: SV: SV: Tjänstledighet

Hej Kerstin,
Tack för förståelsen. Som jag sa på telefon är det alltså för att jag ska vara med i valrörelsen på
heltid fram till september – jag står på Centerpartiets lista till kommunfullmäktige och har lovat
partiet att driva kampanjen i norra kommundelen.

/Rasmus

> Från: Kerstin Åberg
> Skickat: den 14 januari 2026 15:47
> Hej Rasmus, jag behöver ett skäl till ledigheten för att kunna bevilja den enligt avtalet. /K`, 'political-opinion'),
  d(`Kommunfullmäktige 2026-02-23 – föredragningslista (utdrag)

§ 12 Motion från Sverigedemokraterna om språkkrav i äldreomsorgen
§ 13 Interpellation från Vänsterpartiet om hyressättning i Bostäder AB
§ 14 Val av ersättare i socialnämnden efter Hanna Lund (M)
§ 15 Medborgarförslag om utökad busstrafik till Åsen

Handlingarna finns på kommunens webbplats. Sammanträdet är öppet för allmänheten och sänds på webb-tv.`, 'political-opinion'),
  d(`Hej Peter,

Vi behöver uppdatera underlaget till rekryteringen, några punkter:

- Annonsen för undersköterska till hemtjänsten går ut på fredag.
- Lönespann enligt budget: 26 500–29 000 kr.
- Intervjuer v. 9, du och jag + en facklig representant från Kommunal om de vill.
- Vi frågar inte om hälsa på intervjun, bara om förmågan att utföra arbetsuppgifterna.

/Sanna`),
  d(`Från: Yusuf Karim
Skickat: den 2 mars 2026 07:55
Till: Linnea Sjöberg
Ämne: ledig fredag

Hej Linnea,
Jag skulle vilja ta ut en semesterdag på fredag 20 mars. Det är Eid al-Fitr och vi firar med familjen,
jag ber i moskén på morgonen och sedan är det middag hemma hos mina föräldrar.
Jag har pratat med Oskar som kan ta mitt pass.

Mvh Yusuf`, 'religion'),
  d(`Nyhetsbrev från Enheten för mångfald och inkludering – februari

Den 6 februari är det samernas nationaldag och vi flaggar vid kommunhuset. Samtidigt startar vi en
föreläsningsserie om de nationella minoriteterna: samer, sverigefinnar, tornedalingar, romer och judar.

Anmälan till första tillfället ("Minoritetslagen i praktiken") görs i kompetensportalen.

Visste du att kommunen ingår i förvaltningsområdet för finska? Det innebär att den som vill har rätt att
använda finska i kontakter med oss.

Varma hälsningar
Inkluderingsrådet`),
  d(`Hej,

Fick detta från mottagningen, ni som handlägger ekonomiskt bistånd i vecka 7 behöver läsa:

---------- Vidarebefordrat meddelande ----------
Från: Mottagningsgruppen
Datum: 10 feb 2026 14:02
Ämne: Nyansökan Berglund

Marcus Berglund, 34 år, har ansökt om försörjningsstöd för februari. Han har blivit av med jobbet på
lagret och A-kassan har inte betalat ut än. Hyra 7 850 kr. Han har en dotter varannan vecka.
Boka nybesök så fort som möjligt, han har slut på pengar till mat.
---------- Slut på vidarebefordrat meddelande ----------

/Ewa`, 'social'),
  d(`Till: alla medarbetare på Förvaltningen för stöd och omsorg
Ämne: Ny rutin för sekretessprövning vid utlämnande av allmän handling

Från den 1 mars gäller en ny rutin. Alla begäranden om utlämnande ska registreras i diariet samma dag.
Handläggaren gör en sekretessprövning enligt OSL; vid tveksamhet kontaktas förvaltningsjuristen.
Beslut om avslag fattas av förvaltningschef och ska innehålla besvärshänvisning.

Rutinen finns på intranätet under Styrdokument. Utbildningstillfällen: 5 och 12 mars.

Förvaltningsledningen`),
  d(`Från: Registrator
Skickat: den 19 februari 2026 10:31
Till: Susanne Holm
Ämne: Begäran om handlingar, dnr SN 2026/0412

Hej Susanne,
Journalisten på Lokaltidningen vill ha ut utredningen om familjen Nyström. Jag har gjort en
sekretessprövning tillsammans med juristen: uppgifterna i utredningen omfattas av sekretess enligt
26 kap. 1 § OSL och får inte lämnas ut. Vi skickar ett avslagsbeslut med överklagandehänvisning.

Beslutet och utredningen ligger i ärendet. Hör av dig om du har frågor.

Hälsningar
Tove, registrator, Socialförvaltningen`, 'secrecy', 'social'),
  d(`Subject: Re: conference registration

Hi Marta,

Thanks for sorting the hotel. For the registration fee, please use my corporate card:
4539 1488 0343 6467, exp 09/28, CVC 512, name on card: Oliver G. Brandt.
If the system asks for a billing address it's the office address in Lund.

Best,
Oliver

> On 11 Feb 2026, Marta Nilsson wrote:
> Hi Oliver, the hotel is booked (3 nights). I still need payment details for the registration.`, 'payment-card'),
  d(`Hej!

Här kommer sammanfattningen från utvecklingssamtalet med Theo i 8B, så att alla mentorer har samma bild.

- Matematik: Theo ligger på E-nivå, klarade inte delprov 2 (8/30 p). Extra stöd på torsdagar.
- Svenska: stabil C, skriver bra.
- Engelska: A på senaste provet.
- Frånvaro: 14 % ogiltig frånvaro höstterminen, mest måndagar första lektionen.

Vi ses på mentorsträffen.
Camilla, mentor 8B`, 'grades'),
  d(`Från: Lena Forsberg
Skickat: den 5 mars 2026 13:12
Till: Enhetschefer äldreomsorg
Ämne: Statistik sjukfrånvaro Q4

Hej,
Bifogar statistiken över sjukfrånvaron för fjärde kvartalet. Sammanfattning:
- Total sjukfrånvaro 8,4 % (mål 6 %).
- Korttidsfrånvaron ökade i december, troligen influensan.
- Två enheter ligger över 10 %, vi tar det i ledningsgruppen.

Inga individuppgifter finns i bilagan. Frågor till mig.
/Lena, HR-controller`),
  d(`Hej Anders,

Kort uppdatering från vår sida efter mötet med Kommunal igår:

1. Schemaförslaget godtas med ändringen att helgpassen fördelas jämnt.
2. Lönerevisionen: Kommunal har lämnat sina yrkanden, vi svarar senast 15 april.
3. Anna Persson är från och med mars ny arbetsplatsombud för Kommunal på Ängsgården, hon ersätter Bertil.
   Hon har fått facklig tid två timmar i veckan.

Mvh
Camilla, enhetschef`, 'trade-union'),
  d(`Incident INC-20441 – uppdaterad av servicedesk

Status: Löst
Användare: maria.lundgren
Kategori: Konto / Inloggning

Beskrivning:
Användaren var utelåst efter för många felförsök. Kontot låst upp och tillfälligt lösenord satt:
Vinter2026!kx
Användaren måste byta lösenord vid nästa inloggning.

Lösning: Upplåst av Tomas (servicedesk) 2026-02-02 08:47.`, 'credentials'),
  d(`Hej Emma,

Ang. lönekartläggningen som ska skickas till DO-underlaget:
- Vi har jämfört 14 yrkesgrupper.
- Inga osakliga löneskillnader hittades i likvärdiga arbeten, med undantag för socialsekreterare där vi ser
  en skillnad på ca 2 % som analyseras vidare.
- Rapporten ska till KS i maj.

Jag har tagit bort alla namn ur tabellerna innan jag skickar den vidare.
/Robert, lönestrateg`),
  d(`Från: Maja Lindqvist
Skickat: fredag 6 februari 2026 22:18
Till: Ulrika Sand
Ämne: Måndag

Ulrika,
jag kommer inte på måndag heller. Jag orkar inte just nu, det är depressionen igen och läkaren
på vårdcentralen har ökat sertralinet. Hon sjukskrev mig två veckor till. Intyget skickar jag i appen.
Förlåt att det blir så här igen.
Maja`, 'health'),
  d(`Skolsköterskans informationsbrev – vårterminen

Under våren erbjuder vi vaccination mot HPV för elever i årskurs 5 (dos 2). Samtyckesblankett
skickas hem i nästa vecka. Har ditt barn en allergi eller har reagerat på vaccin tidigare, skriv det på
blanketten.

Hälsosamtal åk 4 och åk 7 pågår. Vi kontaktar er om vi ser något som behöver följas upp.

Elevhälsan, Björkskolan`),
  d(`[Teams-export, kanal "Boendestöd Öst", 2026-02-11]

08:31 Niklas: godmorgon, vem tar Fredriksgatan idag?
08:33 Helena: jag kan, men behöver bil
08:34 Niklas: bil 3 är ledig, nyckeln i skåpet
08:41 Helena: ok. nåt särskilt?
08:43 Niklas: Ahmed har börjat dricka igen enligt grannen, var uppmärksam. Han har ju LVM-utredning
              sedan december. Ring mig om det är dåligt.
08:44 Helena: 👍
09:02 Jenny: påminnelse: handledning kl 14`, 'social'),
  d(`Hej,

Kan någon svara på vad som gäller vid ansökan om kontaktperson enligt LSS? Jag har fått frågan från en
förälder på ett föräldramöte men vill inte svara fel. Är det samma blankett som för ledsagarservice?

Tack!
Julia Ek, specialpedagog`),
  d(`Protokoll, facklig samverkan (FSG), Barn- och utbildningsförvaltningen, 2026-01-30

Närvarande arbetsgivare: Lars Hedin (förvaltningschef), Petra Ahl (HR)
Närvarande fack: Sveriges Lärare (Mikael Strand), Vision (Ingrid Ölund), Kommunal (Saga Berg)

§1 Budgetuppföljning – information.
§2 Organisationsförändring inom elevhälsan – MBL § 11. Sveriges Lärare yrkar att risk- och
   konsekvensbedömning görs innan beslut. Arbetsgivaren tar med sig frågan.
§3 Arbetsmiljöverkets inspektion – åtgärdsplan presenterades.
§4 Nästa möte 27 februari.`, 'trade-union'),
  d(`Från: Gunilla Persson <gunilla.persson@vardcentralen-ask.se>
Skickat: den 21 januari 2026 09:44
Till: Rehabkoordinator
Ämne: Patient Jan Olofsson – kontakt med arbetsgivare

Hej!
Jan har gett samtycke till att vi kontaktar hans chef. Diagnos F43.1 (PTSD), han sjukskrivs 50 % tom
28/2. Vi föreslår arbetsträning med anpassade arbetsuppgifter utan nattpass.

Avstämningsmöte förslag: 5 februari 13.00 via Teams.

Gunilla Persson, rehabkoordinator`, 'health'),
  d(`Hej Stina,

Jag har gått igenom Theresas ansökan om lönetillägg. Förslag:
Hon har i dag 36 200 kr. Med ansvaret för introduktionen av nyanställda tycker jag att vi går upp till
37 900 kr från 1 april, alltså +1 700. Det ryms i budgeten.

Kan du godkänna innan fredag så lägger jag in det i HR-systemet?

/Björn`, 'salary'),
  d(`Hej,

Kort fråga om betalning av fakturor från vår leverantör Nordic Office AB: de har bytt bankgiro till
5521-8834. Kan ekonomi uppdatera leverantörsregistret? Fakturan från januari är redan betald till
det gamla.

Mvh
Karl, inköp`),
  d(`Tjänsteanteckning, Familjerätten, 2026-02-17

Samtal med mamman (Jessica L.) inför vårdnadsutredningen. Hon uppger att hon och barnen har skyddad
folkbokföring sedan hösten och att adressen inte får framgå av några handlingar som skickas till pappan.
Handlingar ska därför skickas via Skatteverkets förmedlingstjänst.

Se även tidigare anteckning om hot från pappan (polisanmält 2025-10).

Handläggare: Rickard Sten`, 'protected-identity', 'social', 'criminal-record'),
  d(`Från: Servicecenter
Till: Alla anställda
Ämne: Driftinformation – lönesystemet

Lönesystemet (Heroma) är otillgängligt lördag 14 februari kl 06–14 på grund av uppgradering.
Du kan inte se din lönespecifikation eller registrera frånvaro under den tiden.
Lönen betalas ut som vanligt den 25:e.

Tips: Kontrollera att ditt kontonummer för löneutbetalning stämmer under Mina uppgifter.

Servicecenter`),
  d(`Hi Sofia,

Following up on our chat in the corridor. I didn't want to say it in front of everyone, but yes – I'm gay
and my partner Mattias will come to the staff party. I just wanted you to know in advance since you're
doing the seating plan. No big deal, but thanks for asking discreetly.

See you Friday!
Jonas

PS Please don't forward this.`, 'sex-life'),
  d(`Hej alla,

Här är sammanfattningen från HBTQ-nätverkets möte:

- Vi planerar medverkan i Pride i juni, kommunen har ett tält. Behövs volontärer.
- Certifieringen av ungdomsmottagningen är klar.
- Utbildning "Normkritik i bemötandet" för ny personal i höst.
- Nästa träff 10 april.

Alla medarbetare är välkomna, oavsett identitet eller läggning.

Regnbågshälsningar
Nätverket`),
  d(`Från: Lena Björk
Skickat: onsdag 18 februari 2026 14:05
Till: Anders Nyberg
Ämne: Samtal med Patrik

Hej Anders,
Som vi pratade om har jag haft ett samtal med Patrik idag om hans bemötande mot brukarna. Vid två
tillfällen har han höjt rösten mot en boende och en anhörig har klagat skriftligt. Jag har gett honom
en skriftlig erinran och vi följer upp om sex veckor. Han tog det ganska dåligt.

Anteckningarna ligger i personalakten.
/Lena`, 'hr-assessment'),
  d(`Hej!

Påminnelse om att inloggningen till nya journalsystemet sker med SITHS-kort och PIN-kod från och med
måndag. Har du glömt din PIN, kontakta servicedesk – vi kan aldrig skicka PIN-koder via e-post.
Lösenord ska aldrig lämnas ut till någon, inte heller till IT.

IT-avdelningen, Region Södra`),
  d(`Hej Mikaela!

Tack för att du skickade betygsunderlaget. Några kommentarer per elev:

Alva N – fortfarande F i kemi, saknar laborationsrapport 2 och 3.
Elias B – kan höjas till C om han gör omprovet.
Wilma T – A, inga frågetecken.
Noah H – hög frånvaro (31 %) i NO-ämnena, svårt att bedöma. Behöver prata med vårdnadshavare.

Vi stämmer av på fredag.
/Henrik, NO-lärare`, 'grades'),
  d(`Från: Birgitta Lantto
Skickat: den 8 januari 2026 10:12
Till: Rektor Malmberg
Ämne: SV: Modersmålsundervisning

Hej,
Vi är sverigefinnar på båda sidor i familjen och vill gärna att Eino får finska som modersmål även i
fyran, trots att han mest pratar svenska hemma nu. Hans mormor bor hos oss och pratar bara finska med honom.
Vi fyller i ansökan igen om det behövs.

Ystävällisin terveisin
Birgitta Lantto

> Hej, inför nästa läsår behöver alla vårdnadshavare som vill ha modersmålsundervisning ansöka på nytt.
> Blanketten finns på skolans webbplats. /Anna Malmberg, rektor`, 'ethnic-origin'),
  d(`Hej!

Vi har fått in en fråga från en medarbetare om hur vi hanterar önskemål om ledighet vid religiösa högtider.
Svaret enligt vår riktlinje:
- Ledighet beviljas i första hand som semester eller kompensationsledighet.
- Chefen ska vara generös om verksamheten tillåter.
- Det gäller alla trosinriktningar och ingen behöver ange vilken tro man har.

Riktlinjen "Religiösa högtider och ledighet" revideras i höst.

HR-avdelningen`),
  d(`Ämne: Fwd: Fingeravtryck passerkontroll

Hej IT-säkerhet,
Se nedan – ska vi verkligen spara det här i ärendet?

-----Original Message-----
From: Peter Lindahl (Fastighet)
Sent: 22 January 2026 15:10
To: Servicedesk
Subject: Fingeravtryck passerkontroll

Ny registrering i det biometriska passersystemet på Arkivet:
Användare: Eva Håkansson, anst.nr 22871
Fingeravtrycksmall (höger pekfinger) lagrad, mall-ID FP-00719-A, kvalitet 87/100.
Ansiktsbild tagen för korttrycket.
Vänligen koppla mallen till hennes behörighetsgrupp ARKIV-2.`, 'biometric'),
  d(`Hej alla,

Som ni vet ska vi under våren utreda om fingeravtrycksläsare ska ersätta passerkorten i stadshuset.
Dataskyddsombudet har gjort en första bedömning: biometriska uppgifter är känsliga och kräver stöd i
artikel 9 GDPR, så det blir sannolikt inte aktuellt för vanliga dörrar.

Vi återkommer efter styrgruppsmötet den 12 mars.

/Projektgruppen Säkra lokaler`),
  d(`Från: Genetiska mottagningen, Universitetssjukhuset
Till: Dr. Karin Wallin, Vårdcentralen Högby
Ämne: Svar – anlagsbärarskap

Hej,
Angående er patient Mikael Svensson: analysen visar att han är heterozygot bärare av en patogen variant
i CFTR-genen (cystisk fibros). Hans syster har tidigare fått diagnosen. Vi rekommenderar genetisk
vägledning för paret inför planerad graviditet och erbjuder testning av partnern.

Återbesök hos genetisk vägledare är bokat 2026-03-19.

Med vänlig hälsning
Sofia Engström, överläkare, Klinisk genetik`, 'genetic', 'health'),
  d(`Hej!

Påminnelse om lunchföreläsningen på torsdag: "Vad är ärftlighet? Genetik för nyfikna" med professor
Lars Hellström. Han pratar om hur gentester fungerar, vad man kan läsa ut ur ett DNA-prov och vilka etiska
frågor som finns.

Plats: Aulan, kl 12.00–12.45. Ingen anmälan behövs, ta med egen lunch.

Friskvårdsgruppen`),
  d(`Hej Johanna,

Här kommer lönespecifikationen som du bad om till bostadsansökan, och ett utdrag ur HR-systemet:

Anställd: Emelie Strand
Befattning: Socialsekreterare
Månadslön: 34 900 kr (från 2025-04-01)
Senaste lönehöjning: +1 100 kr
Anställningsform: Tillsvidare

Hälsningar
Lönecentrum, Kungsvik kommun
Ärende #77102`, 'salary'),
  d(`Från: Malin Ohlsson
Skickat: den 4 mars 2026 09:03
Till: Thomas (enhetschef)
Ämne: Vision

Hej Thomas,
Bara så du vet: jag är sedan januari huvudskyddsombud för Vision på förvaltningen, så jag kommer att
vara med på skyddsronden den 19:e. Jag har fått fyra timmar facklig tid i veckan för uppdraget.

/Malin`, 'trade-union'),
  d(`Hej,

Info från Vision Kungsvik: Vi bjuder på frukost i personalrummet tisdag 10 mars kl 7.30–9.00!
Kom och prata med oss om lönerevisionen, arbetsmiljö eller vad du vill.
Du behöver inte vara medlem. Ta gärna med en kollega.

Vision Kungsviks kommunavdelning`),
  d(`Minnesanteckningar, ledningsgrupp Arbetsmarknadsenheten, 2026-02-09

1. Budget: Prognos +0,3 mnkr.
2. Personal:
   - Rekrytering av två arbetsmarknadskonsulenter pågår.
   - Fredrik Öhman har sagt upp sig, sista dag 31 mars.
   - Sjukfrånvaron på enheten 5,2 %, oförändrad.
3. Deltagare: 42 personer med försörjningsstöd har startat i arbetsträning sedan januari.
4. Lokaler: Flytt till Hamngatan skjuts till hösten.
5. Övrigt: Julbordet 2026 – förslag på restaurang till Linda.`),
  d(`Hej Kjell,

Jag behöver tyvärr skjuta upp vårt möte. Min son Leo har fått diagnosen typ 1-diabetes och vi ligger inne på
barnkliniken sedan i söndags. Vi lär oss räkna kolhydrater och ta insulin, det är rätt mycket just nu.
Jag är VAB resten av veckan.

Kan vi ses v. 11 istället?
/Anna`, 'health'),
  d(`Subject: RE: RE: Reimbursement – travel Stockholm

Hi Pernilla,

Sorry, I forgot the account details. Please transfer the reimbursement (2 340 SEK) to my personal
account: Handelsbanken, clearing 6123, account 824 611 903. Account holder: Aisha Rahman.

Receipts are attached as PDF.

Thanks!
Aisha

-----
From: Pernilla Hjort
Sent: Tuesday, 10 February 2026 13:10
Your expense report has been approved. Which account should we pay to? Your salary account is not used
for external guests.`, 'bank-account'),
  d(`Hej!

Vi ser att flera medarbetare har fått ett mejl som ser ut att komma från Lönecentrum och ber dig
"bekräfta ditt kontonummer och BankID" via en länk. Det är bedrägeri (phishing). Klicka inte på länken
och ange aldrig kontouppgifter, kortnummer eller koder via mejl.

Har du redan klickat – kontakta servicedesk på 010-44 55 600 direkt.

IT-säkerhetsfunktionen`),
  d(`Hej Maria,

Tack för samtalet i morse. För ordningens skull skriftligt:

Vid kontroll av kortutdraget för förvaltningens inköpskort framgår att Stefan Lund har gjort privata inköp
för 4 380 kr (Elgiganten och en restaurang i Göteborg). Han har medgett detta och betalar tillbaka.
Vi har gett en skriftlig varning och hans kort är spärrat. Ärendet är anmält till PA-rådet.

/Göran, ekonomichef`, 'hr-assessment'),
  d(`Från: Nina Säll
Skickat: den 16 februari 2026 08:02
Till: Peter (bitr. rektor)
Ämne: Ahmed 9C – närvaro

Hej Peter,
Ahmed i 9C har 38 % frånvaro sedan jul, varav det mesta ogiltig. Han har F i matte, engelska och SO just nu och
riskerar att inte bli behörig till gymnasiet. Mamma säger att han inte vill gå hit. Jag tycker att vi bör
göra en orosanmälan, vad tycker du? Jag har kontaktat EHT.

Nina, mentor 9C`, 'grades', 'social'),
  d(`Hej alla mentorer!

Instruktion inför betygssättningen i vår:
- Betygen ska vara satta i Skolplattformen senast 5 juni kl 16.
- Elever med F ska ha en skriftlig motivering.
- Frånvaron ska vara registrerad och ogiltigförklarad innan betygskatalogen skrivs ut.
- Betygskonferens 8 juni kl 9 i aulan.

Hälsningar
Skoladministrationen`),
  d(`Hej!

Eftersom jag är ny på jobbet ville jag presentera mig: jag heter Leila, är 29 år och kommer ursprungligen
från Iran – jag kom till Sverige när jag var tolv. Jag har jobbat som undersköterska i sju år och nu är jag
på avdelning 14 natt.

Ser fram emot att träffa er alla!
Leila Karimi`, 'ethnic-origin'),
  d(`Till: alla enhetschefer
Ämne: Rekrytering – tolk och språkkompetens

Hej,
Vi har många brukare som talar arabiska, somaliska, tigrinja och persiska. Därför har vi beslutat att
språkkunskaper ska lyftas som meriterande i annonserna för hemtjänsten. Vi får däremot aldrig fråga om
sökandes etniska ursprung eller hemland.

Uppdaterade annonsmallar finns på intranätet.
HR-strateg, Vård och omsorg`),
  d(`Från: Tobias Jonsson
Skickat: tisdag 3 mars 2026 19:44
Till: Ledamöter Barn- och utbildningsnämnden
Ämne: Inför nämnden

Hej alla,
Som ni vet lämnade jag Moderaterna i januari och sitter nu som politisk vilde. Jag kommer ändå att rösta
för förslaget om nedläggning av Tallbackaskolan eftersom jag tycker det är ekonomiskt nödvändigt, och
jag vill att ni hör det från mig först.

Tobias Jonsson`, 'political-opinion'),
  d(`Hej,

Inför valet i september gäller följande för personal på våra arbetsplatser:
- Partisymboler och valaffischer får inte sättas upp i lokaler där medborgare tas emot.
- Medarbetare får vara politiskt aktiva på fritiden, men inte i tjänsten.
- Frågor från media om politiska beslut hänvisas till kommunikationsenheten.

Kommunikationsenheten, Åsby kommun`),
  d(`[Chatt – Hemtjänst Syd, 2026-02-24]
07:02 Linda: Vem har Gerd på Lärkvägen idag?
07:05 Omar: Jag. Hon fick ju beslut om utökad hemtjänst förra veckan, 4 besök per dag nu
07:06 Linda: ja och natttillsyn också. glöm inte nyckeln, koden till nyckelskåpet är 2580
07:06 Omar: ok 👍
07:30 Linda: och hon har nytt blodtryckstabletter i dosetten
07:31 Omar: noterat`, 'social', 'credentials', 'health'),
  d(`Hej!

Kul att ni vill besöka oss på Sjöbacka äldreboende! Några praktiska saker:
- Ytterdörren öppnas av personalen, ring på klockan.
- Vi har inga portkoder som besökare behöver.
- Ta gärna av skorna i entrén om det är blött ute.
- Besök mellan kl 10 och 19.

Välkomna!
Personalen på Sjöbacka`),
  d(`Ärendeanteckning, Ekonomiskt bistånd (utdrag)

2026-01-12 Nybesök. Sökande: Daniela M. Arbetslös sedan augusti, ingen A-kassa. Två barn 4 och 7 år.
Ansöker om försörjningsstöd för januari. Kopia på kontoutdrag från Nordea visade saldo 312 kr.
2026-01-14 Beslut: Bistånd beviljas med 11 640 kr. Utbetalning till Danielas konto i Nordea,
clearing 3300, kontonr 7501161234.
2026-01-20 Sökande meddelar att hon fått timanställning på Coop från februari.

Handläggare: Erik Wahlberg`, 'social', 'bank-account'),
  d(`Hej,

Fråga från en ny handläggare: När vi betalar ut ekonomiskt bistånd, ska vi alltid använda klientens eget
bankkonto eller kan vi betala till hyresvärden direkt? Finns det någon rutin för det?

Tack /Jessica`),
  d(`Från: Lotta Bergh, HR
Skickat: den 11 februari 2026 15:22
Till: Mats Edvardsson (chef IT-drift)
Ämne: Sammanfattning – utvecklingssamtal Jens

Hej Mats,
Du bad om en sammanfattning av mina anteckningar från samtalet med Jens:
- Tekniskt mycket stark, levererar driftflytten enligt plan.
- Har svårt att samarbeta med servicedesk; två klagomål på otrevlig ton i ärenden.
- Har själv svårt att prioritera, jobbar för mycket kvällar.
Mål till nästa år: ta ledarskapskursen, delta i gemensamma veckomöten.

Lotta`, 'hr-assessment'),
  d(`Hej chefer!

Nu startar anmälan till kursen "Svåra samtal – att ge återkoppling och hantera konflikter". Kursen passar
dig som ska hålla utvecklingssamtal eller hantera missnöje i arbetsgruppen. Vi tar upp varningar,
omplacering och dokumentation, med fiktiva fall.

Datum: 16–17 april. Anmälan i kompetensportalen.

HR-utveckling`),
  d(`Från: Hanna Ekdahl
Skickat: den 27 januari 2026 12:40
Till: Fredrik Malm
Ämne: SV: Adresslista till kursen

Hej Fredrik,
Jag vill inte att min adress står med på deltagarlistan. Jag har skyddade personuppgifter sedan i somras
(sekretessmarkering hos Skatteverket), så min post ska gå via jobbet. Kan du ta bort mig från listan och
bara skriva namn och arbetsplats?

Tack för att du förstår.
Hanna`, 'protected-identity'),
  d(`Hej alla handläggare,

Påminnelse om rutinen för personer med skyddade personuppgifter:
1. Kontrollera alltid i folkbokföringen om personen har sekretessmarkering.
2. Skriv aldrig ut adress i brev som skickas till motpart.
3. Akten ska märkas med röd flagga i verksamhetssystemet.
4. Vid osäkerhet – fråga juristen.

Rutinen finns i ledningssystemet, version 4.2.
/Verksamhetsutvecklare, Socialtjänsten`),
  d(`Från: Kriminalvården, Frivården Norrby
Till: Socialtjänsten Norrby, Vuxenenheten
Ämne: Samordning – klient

Hej,
Klienten Robin Kask avtjänar sedan december skyddstillsyn med särskild föreskrift om missbruksbehandling
(dom Norrby tingsrätt, narkotikabrott och ringa stöld). Vi undrar om han är känd hos er och om ni har
beviljat öppenvård. Han uppger att han har fått behandling på Beroendemottagningen.

Uppgifterna i detta mejl omfattas av sekretess enligt 35 kap. OSL.

Frivårdsinspektör Eva Lund`, 'criminal-record', 'social', 'health', 'secrecy'),
  d(`Hej!

Veckans sammanfattning från Trygghetsrådet:
- Polisen rapporterar färre inbrott i Centrum i januari, men fler stölder av cyklar vid stationen.
- Grannsamverkan startar i Östra Berga.
- Skolan har haft incidenter med skadegörelse, polisanmält, ingen gärningsperson känd.
- Ny lägesbild från kommunpolisen i mars.

/Trygghetssamordnaren`),
  d(`Tjena Micke,

fick detta från min syrra som är lärare i Malmö, lite skämtsamt men ändå:
"Vi har en elev som fick F på provet och sedan hackade betygssystemet för att ändra det till A."
Haha, hoppas inte det händer hos oss. Vet du om lösenorden i Skolplattformen är tvåfaktor nu?

/Ronny`),
  d(`Hej Anette,

Angående hyresgästen i lgh 1102 på Storgatan 8: Hyresvärden har meddelat att hyran inte betalats för
december och januari. Han har fått försörjningsstöd tidigare men ärendet avslutades i oktober.
Jag har kontaktat honom, han uppger att han har ett spelberoende och har förlorat allt. Han har gått med
på att vi gör en ny utredning och att vi kontaktar Beroendeenheten.

/Kenneth, bostadssocial handläggare`, 'social', 'health'),
  d(`Hej,

Bostadsbolaget och socialtjänsten har i år en gemensam kampanj om vräkningsförebyggande arbete.
Hyresgäster som ligger efter med hyran ska få ett brev med information om budget- och skuldrådgivning
och om möjligheten att söka ekonomiskt bistånd. Ingen info om enskilda hyresgäster skickas mellan bolaget
och kommunen utan samtycke.

/Projektledare, Vräkningsförebyggande`),
  d(`Hi team,

Just to let you know I will be out of office 16–20 March. I'm having a minor knee operation (meniscus) at
Capio on the 16th and the surgeon said I'll be on crutches for about a week. I'll check email occasionally.

In urgent matters contact Petra.

Cheers,
Liam Foster
Senior GIS Analyst`, 'health'),
  d(`Hej!

Nu är det dags för årets influensavaccination för personal inom vård och omsorg.
Tid: 2–6 november, kl 8–16, Personalhälsan, plan 2.
Ingen tidsbokning behövs. Ta med ID-kort.

Du som är gravid eller har en kronisk sjukdom rekommenderas särskilt att vaccinera dig.

Företagshälsovården`),
  d(`Från: Skolsköterska Lena Mård
Skickat: den 6 mars 2026 10:10
Till: Mentor 5B
Ämne: Ebba

Hej,
Jag vill bara säga att Ebba i din klass har fått sin ADHD-diagnos nu efter utredningen på BUP. Hon har
börjat på medicin (Medikinet) och mamma vill att personalen ser efter om hon äter lunch, eftersom
aptiten kan minska. Vi tar det på EHT.

Lena, skolsköterska`, 'health'),
  d(`Mötesanteckningar EHT (elevhälsoteam), Strandskolan, 2026-02-26

Närvarande: rektor, kurator, skolsköterska, specialpedagog, psykolog

1. Uppföljning ärende åk 7 – avslutas, insatserna har gett effekt.
2. Ny elev i åk 3 – mottagande enligt rutin, inget särskilt.
3. Skolans närvarofrämjande arbete: statistik visar att den ogiltiga frånvaron ökat på skolan i stort.
   Förslag: närvarokampanj i vår.
4. Utbildning i trauma-medvetet förhållningssätt för all personal 14 april.

Nästa möte 12 mars.`),
  d(`Från: Pastor Daniel Åkesson
Skickat: den 20 februari 2026 17:32
Till: Personalchef Susanne Vik
Ämne: Intyg

Hej Susanne,
På begäran av vår medlem Ruth Hagberg intygar jag att hon är aktiv i Pingstförsamlingen i Åby sedan 2012
och leder vår söndagsskola. Hon har bett om att få slippa arbeta söndagar förmiddag av
samvetsskäl, och jag hoppas att ni kan ta hänsyn till detta i schemaläggningen.

Med vänlig hälsning
Daniel Åkesson, pastor
Pingstförsamlingen Åby`, 'religion'),
  d(`Hej!

Från och med mars har sjukhuset ett nytt stilla rum på plan 1 (rum 1:118). Det är öppet dygnet runt för
patienter, anhöriga och personal oavsett tro eller livsåskådning. Sjukhuskyrkan har också samtalstider
varje vardag, och imam och rabbin kan nås via växeln.

Välkomna!
Andlig vård, Länssjukhuset`),
  d(`Referat, arbetsplatsträff Bibliotek & Kultur, 2026-03-03

Punkt 1 – Verksamhetsinformation: Ny utlåningsstatistik, ökning med 7 %.
Punkt 2 – Arbetsmiljö: Enkätens svar om stress gås igenom på nästa APT.
Punkt 3 – Personal: Ali Hassan slutar 30 april och börjar som bibliotekarie i Uppsala. Vi tackar!
         Vikariatet för Kajsa Lind, som är föräldraledig, förlängs till december.
Punkt 4 – Evenemang: Bokcirkel, författarbesök 24 mars, sagostund på samiska (i samarbete med
         Sameföreningen) 6 februari nästa år.
Punkt 5 – Övrigt: Inget.`),
  d(`Från: Olof Sarri <olof.sarri@jokkmokk.example.se>
Skickat: den 13 januari 2026 08:50
Till: Rekrytering
Ämne: Ansökan – renskötselkonsulent

Hej,
Jag söker tjänsten som konsulent. Jag är same och uppvuxen i en renskötande familj i Sirges sameby,
pratar lulesamiska och har arbetat med samebyns administration i fyra år. CV och betyg bifogas.

Mvh
Olof Sarri`, 'ethnic-origin'),
  d(`Hej Kim,

Vidarebefordrar mejlet nedan från Hbtq-föreningen – de vill ha en kontaktperson hos oss.

---------- Forwarded message ---------
From: Alex Lindblad
Date: Mon, 9 Feb 2026 at 11:14
Subject: Samarbete

Hej! Jag heter Alex och är själv transperson, och jag är ordförande i RFSL Västbygd. Vi skulle
vilja samarbeta med ungdomsmottagningen om en temakväll om könsidentitet i maj. Jag har själv varit
patient hos er under min transition och vet hur viktigt ert bemötande är.

Vänliga hälsningar
Alex (hen)`, 'sex-life', 'health'),
  d(`Hej,

Jag behöver hjälp med en sak som är lite känslig. Min kollega Sandra har berättat för mig i förtroende att
hon är bisexuell och att hennes ex-pojkvän hotar att "berätta för alla på jobbet". Hon mår inte bra av det.
Jag vet inte om det är min sak att ta upp med chefen, men jag vill inte att hon ska må sämre.

Vad tycker du att jag ska göra?
/Therese`, 'sex-life'),
  d(`Kära kollegor,

I samband med Pride-veckan hissar vi regnbågsflaggan vid kommunhuset. Vi uppmanar alla
verksamheter att se över blanketter så att de inte förutsätter två föräldrar av olika kön, och att
använda könsneutrala formuleringar där det går.

Läs gärna mer i HBTQ-handboken på intranätet.

Kommundirektören`),
  d(`Från: Marie Nord
Skickat: onsdag 28 januari 2026 11:02
Till: Lönecentrum
Ämne: Nytt konto

Hej igen, jag glömde skriva vilket konto:
IBAN SE45 5000 0000 0583 9825 7466, Skandinaviska Enskilda Banken.
Det gäller alltså mitt arvode som förtroendevald från och med februari.

/Marie Nord, ledamot Miljönämnden

> Från: Lönecentrum
> Hej Marie, vi har tagit emot din blankett men kontouppgifterna saknas. Vänligen komplettera.`, 'bank-account'),
  d(`Hej Roger,

Kommer du ihåg leverantören i Tyskland som vi köpte skyltar av? Vi ska betala deras sista faktura men
IBAN-numret på fakturan är otydligt. Kan du be dem skicka det igen? Jag vill inte gissa.

Betalningen ska gå ut senast 15 mars.

/Jenny, ekonomiassistent`),
  d(`Hej Maria!

Lite update från vår sida innan helgen:
- Olle har fått sitt gipsade ben av, går med kryckor nu.
- Vi har beställt ny skrivare till expeditionen.
- Lösenordet till gäst-wifi har bytts, nya är: Sommarbacken26 (sätt gärna upp lappen i fikarummet).
- Lunchen på fredag är flyttad till 12.30.

Trevlig helg!
/Expeditionen`, 'health', 'credentials'),
  d(`Hej!

Påminnelse till alla nya medarbetare: Du får ditt användarnamn och ditt första lösenord per SMS till den
mobil du uppgett. Lösenordet ska bytas direkt vid första inloggning. Skicka aldrig lösenord, PIN eller
engångskoder vidare, inte ens till din chef.

Välkommen!
IT-support`),
  d(`[Servicedesk – ärende SD-5512]
Beställare: Camilla Ström, Löneenheten
Ärende: Behörighet till API för lönesystemet

Hej, här är API-nyckeln som leverantören skickat för integrationen mot Visma, så att ni kan lägga in den:
ak_live_7Fq2LmN8zXv41pR0sT9uWyB3 (gäller till 2026-12-31)
Användarnamn tjänstekonto: svc-lon-int

Tack!
Camilla`, 'credentials'),
  d(`Hej alla,

Vi har nu granskat säkerheten i vår integration mot lönesystemet. Resultat:
- API-nycklar har förvarats i klartext i en konfigurationsfil. Åtgärd: flyttas till nyckelvalvet.
- Tjänstekonton har för breda behörigheter. Åtgärd: begränsas.
- Lösenordspolicyn följs i övrigt.

Rapporten finns i säkerhetsmappen, med alla nycklar och lösenord borttagna.
Informationssäkerhetssamordnaren`),
  d(`Veckosammanfattning – Vuxenenheten, vecka 9

• 14 nya ansökningar om bistånd till missbruksbehandling.
• 2 LVM-utredningar inledda, båda i samråd med polisen.
• Samverkan med Beroendemottagningen: nytt avtal om gemensamma vårdplaner (SIP).
• Personal: Två socialsekreterare på introduktion.
• Statistik över väntetider finns i bilagan.

/Enhetschef Vuxenenheten`),
  d(`Hej,

kan du lägga in det här i journalen? Jag är på väg ut.

Samtal med Torbjörn P (född -71) idag kl 14. Berättar att han druckit dagligen sedan separationen i höstas,
ca en flaska vin om dagen plus sprit på helger. Har tappat jobbet som busschaufför efter rattfylleri i
december – väntar på dom. Vill ha hjälp, ansöker om öppenvård. Provtagning PEth bokad.

Tack!!
/Siv`, 'health', 'criminal-record', 'social'),
  d(`Från: Sara Blom <sara.blom@skola.example.se>
Skickat: den 9 mars 2026 15:43
Till: vårdnadshavare klass 3A
Ämne: Läsläxor och prov

Hej föräldrar!
Nästa vecka har vi prov i multiplikationstabellerna (2–5). Öva gärna hemma. Resultaten får ni i
Skolplattformen. Vi fortsätter med läsläxan varje vecka, 15 minuter om dagen.

Kom ihåg att anmäla frånvaro i appen.

Hälsningar Sara, klasslärare 3A`),
  d(`Hej Sara,

Tack för ditt mejl. Jag förstår att William inte klarade provet (han fick 4 av 20) och att ni vill sätta in
extra stöd. Han har också varit borta mycket på grund av astman den här terminen, typ 12 dagar. Vi vill
gärna ha ett möte. Passar tisdag efter skolan?

Mvh
Johan Ek, pappa till William i 3A`, 'grades', 'health'),
  d(`Hej Lena,

Jag skickar över de individuella studieplanerna för SFI-eleverna som ska byta grupp. Tre exempel nedan,
resten i bilagan:

Ibrahim A – kurs C, delprov läsförståelse godkänt, muntlig framställning ej godkänd. Ny kursstart B-grupp.
Mirela D – kurs D klar med betyg C. Går vidare till grundläggande vuxenutbildning.
Tesfay G – hög frånvaro (45 %), avbrott föreslås, samtal bokat.

/Gunnar, SFI-lärare`, 'grades'),
  d(`Hej!

Kort info om lönesamtalen:
- Lönesamtal hålls i mars för alla medarbetare.
- Lönekriterierna finns på intranätet och gäller för hela förvaltningen.
- Ny lön betalas ut i maj, retroaktivt från 1 april.
- Den som vill kan ta med sig en facklig företrädare.

Chefsstöd, HR`),
  d(`Från: Peter Strandberg
Skickat: den 17 mars 2026 08:30
Till: Lisa Åkerlund (HR)
Ämne: Lönesamtalet

Hej Lisa,
Jag är inte nöjd med utfallet av lönesamtalet. Jag fick bara 600 kr medan mina kolleger fick 1 200–1 500 kr
och min lön är nu 30 100 kr, vilket är lägst i gruppen trots att jag har längst erfarenhet. Jag har bett
Kommunal, där jag är medlem, att hjälpa mig och vill ha ett nytt möte.

Peter Strandberg, barnskötare, förskolan Humlan`, 'salary', 'trade-union'),
  d(`Hej!

Som ni säkert hört har politikerna i nämnden beslutat att slå ihop två förskolor i höst. Socialdemokraterna
och Centerpartiet röstade ja, Moderaterna reserverade sig. Vi återkommer med mer info om vad det innebär
för personalen.

Förvaltningsledningen`),
  d(`Hej Ingrid!

Hörde du vad Kalle sa på fikat igår? Han är ju med i Vänsterpartiet och var på demonstrationen mot
nedskärningarna i lördags, han höll till och med tal. Jag tycker det är modigt men lite konstigt att han
pratar om det så öppet på jobbet när chefen var där.

Kram
Bea`, 'political-opinion'),
  d(`Hej Lasse,

Vidarebefordrar Ninas mejl. Hon verkar ha ont igen.

Från: Nina Wall
Skickat: den 2 februari 2026 06:58
Till: Lasse Gren
Ämne: sjuk

Lasse, jag är sjuk idag. Migränen har kommit tillbaka och jag ser dåligt. Har ringt 1177 och fått tid
på vårdcentralen kl 10. Förmodligen borta resten av veckan.
Nina`, 'health'),
  d(`Hej!

Ny rutin för sjukanmälan från 1 mars:
1. Ring din chef före kl 07 första sjukdagen.
2. Registrera sjukfrånvaron i Självservice samma dag.
3. Från dag 8 behövs läkarintyg.
4. Du behöver inte berätta vad du är sjuk i.

Frågor? Kontakta din chef eller HR.

HR-service`),
  d(`Subject: FW: DNA sample – identification request

Forwarding for the file.

-----Original Message-----
From: Forensic Liaison, National Forensic Centre
Sent: 4 February 2026 14:22
To: Municipal Social Services, Child Unit
Subject: DNA sample – identification request

The DNA profile obtained from the buccal swab of the man who claims to be the father of the child in
your case (Mr. Karim Yusuf) has been compared to the child's profile. The probability of paternity is
99.998 %. The profile will be retained in the register for 6 months in line with the decision.

This information is subject to secrecy under chapter 26 section 1 of the Public Access to Information and
Secrecy Act.`, 'genetic', 'biometric', 'secrecy', 'social'),
  d(`Hej!

Nu finns kommunens nya informationsklassningsmodell. Alla system ska klassas enligt modellen under
våren. Uppgifter som kan omfattas av sekretess, t.ex. enligt 26 kap. OSL inom socialtjänsten, ska klassas
som "hög konfidentialitet".

Mallar finns i ledningssystemet.
Informationssäkerhetssamordnare`),
  d(`Från: Polisen, Region Väst, Utredningsenheten
Till: Socialtjänsten Vänersberg
Ämne: Underrättelse enligt 14 kap. 1 § SoL

Hej,
Vi underrättar er om att Lucas Hellberg, 16 år, i helgen greps misstänkt för rån mot en jämnårig vid
busstationen. Han är släppt och bor hos sin mamma. Förhör har hållits i närvaro av vårdnadshavare.

Handlingar i förundersökningen omfattas av förundersökningssekretess enligt 18 kap. 1 § OSL.

Polisinspektör K. Olsson`, 'criminal-record', 'secrecy', 'social'),
  d(`Från: Lina Ström (HR)
Skickat: den 10 mars 2026 09:00
Till: Alla medarbetare
Ämne: Nytt personalsystem!

Hej!
Från 1 april byter vi personalsystem. Du loggar in med samma användarnamn och lösenord som till datorn.
Kontrollera att dina bankuppgifter, adress och närmast anhörig är rätt i det nya systemet.
Utbildningsfilmer finns på intranätet.

/HR`),
  d(`Hej Magnus,

Jag fyller i beställningen av kursen åt dig. Kortet du gav mig:
Mastercard 5500 0055 5555 5559, giltigt till 11/27, säkerhetskod 331, kortinnehavare Magnus Roos.
Jag raderar det här mejlet när beställningen är klar.

/Jessica, assistent`, 'payment-card'),
  d(`Hej!

Från och med 1 mars ska alla inköp över 5 000 kr gå via beställning i e-handelssystemet, inte med
förvaltningens inköpskort. Inköpskortet får bara användas för resor och konferensavgifter. Kortnumret
får aldrig skickas via e-post – ring leverantören istället.

Ekonomiavdelningen`),
  d(`Till: Enhetschef Solbacken
Från: Karin Westin, sjuksköterska
Ämne: Avvikelse 2026-02-03

Hej,
Avvikelse registrerad: Boende i rum 12 (Ingvar) fick fel dos Waran vid kvällsmedicineringen igår. INR
kontrollerat idag, 3,8. Läkaren kontaktad och doseringen justerad. Närstående informerad.
Undersköterskan som delade läkemedlet (Ellen) har fått handledning och ska göra om delegeringsutbildningen.

/Karin`, 'health', 'hr-assessment'),
  d(`Hej Ellen,

Vill bara säga att du är jättebra med de boende och att alla gör misstag ibland. Det där med Waran tar vi
på handledningen och sedan är det glömt. Vi ses på måndag!

/Karin`, 'hr-assessment'),
  d(`Minnesanteckningar, nätverksträff dataskyddsombud i länet, 2026-02-05

1. Erfarenheter av incidentrapportering till IMY – tre kommuner har anmält incidenter där
   känsliga personuppgifter skickats okrypterat, bland annat hälsouppgifter och uppgifter om
   skyddad identitet.
2. Ny vägledning om biometri på arbetsplatser – diskuterades.
3. Utbildning för politiker inför valet.
4. Nästa träff i Lysekil, 14 maj.`),
  d(`Hej,

Bifogar en bild på mitt nya körkort och ett foto till passerkortet. Ni sa att ni skulle använda bilden till
ansiktsigenkänningen vid entrén, så jag har tagit den rakt framifrån mot vit bakgrund.
Jag ger härmed mitt samtycke till att ansiktsmallen lagras i passersystemet.

Mvh
Erik Norén, Fastighetsavdelningen`, 'biometric'),
  d(`Från: Åsa Lindholm
Skickat: den 24 februari 2026 13:55
Till: Skolskjutsen; Rektor Furuskolan
Ämne: VB: Ny elev – viktigt

Hej,
Vi har fått en ny elev i åk 2 från och med måndag. Eleven och familjen har fingerade personuppgifter, så
det namn som står i Skolplattformen är inte barnets riktiga namn. Inga foton får publiceras, inga
klasslistor lämnas ut och skolskjutsens körlista ska bara ha förnamnet "Mira".
Kontakta mig direkt om någon frågar efter barnet.

Åsa Lindholm, skolsekreterare

-----Ursprungligt meddelande-----
Från: Socialtjänsten, Barn och unga
Ärendet är känt hos oss. Uppgifterna omfattas av sekretess enligt 26 kap. 1 § OSL.`, 'protected-identity', 'secrecy'),
  d(`Hej,

Vi har fått frågor om vad "kvarskrivning" innebär. Kort förklaring: Den som har flyttat kan få stå kvar som
folkbokförd på sin gamla adress om det finns särskilda skäl, t.ex. hot. Beslutet fattas av
Skatteverket. Kommunens verksamheter ska inte själva efterforska den verkliga adressen.

Mer info i utbildningen "Skyddade personuppgifter i praktiken" den 9 april.
/Juridiska enheten`),
  d(`[Teams-chatt exporterad 2026-03-02]
[14:01] Karin Holm: hej, får jag skicka Amirs journalanteckningar till skolan?
[14:03] Dragan Petrovic: nej vänta, han är kvarskriven hos farmor och pappan får inte veta var de bor
[14:03] Dragan Petrovic: ring skolkuratorn istället
[14:04] Karin Holm: okej tack, bra att du sa det
[14:06] Dragan Petrovic: np. och skriv ingen adress i SIP:en`, 'protected-identity', 'health'),
  d(`Hej Linda,

Jag behöver ändra mina uppgifter för resekortet. Mitt nya bankkort har nummer 4916 3385 0608 2832,
utgång 04/29, CVV 078. Det gamla var spärrat efter att plånboken blev stulen. Kan du lägga in det i
resebokningen så att min tågresa till Umeå kan bokas?

Tack,
Harald Öberg, miljöinspektör`, 'payment-card'),
  d(`Från: Klarna Kundservice <noreply@example-pay.se>
Till: ekonomi@kommunen.example.se
Ämne: Din betalning är mottagen

Hej!
Vi har tagit emot betalningen för order 44-23991. Betalsätt: kort som slutar på **** 4421.
Om du inte känner igen köpet, kontakta din bank.

Detta är ett automatiskt meddelande.`),
  d(`Hej!

Jag sammanfattar det som sades på teamträffen för dem som missade:

1. Rutinen för nyckelhantering i hemtjänsten ändras – alla nycklar ska kvitteras i systemet.
2. Sjukfrånvaro: Vi är många som varit borta i influensan, tack för att ni täckt upp.
3. Lotta slutar som arbetsplatsombud för Kommunal vid halvårsskiftet. Vill någon ta över? Prata med henne.
4. Julbord 12 december.

/Kajsa`, 'trade-union'),
  d(`Hej,

Från och med 1 april gäller nytt kollektivavtal för Vårdförbundets medlemmar inom regionen.
Arbetstidsförkortning för nattarbete införs stegvis. Läs mer på Vårdförbundets webbplats eller prata
med ditt lokala ombud.

Regionens förhandlingsenhet`),
  d(`Från: Frida Holmgren
Skickat: den 15 januari 2026 10:12
Till: Förhandlingschef Ulf Berg
Ämne: Förhandling om Jonas Ek

Hej Ulf,
Jag är facklig företrädare för Jonas Ek i Sveriges Lärare och har fått i uppdrag av honom att begära
förhandling enligt 10 § MBL om den planerade omplaceringen. Jonas har varit medlem sedan 2009 och vi
anser att omplaceringen strider mot avtalet.

Föreslår tid vecka 4.

Frida Holmgren, ombudsman, Sveriges Lärare`, 'trade-union'),
  d(`Hej,

Behöver lite hjälp med lönesättningen för nyanställda socionomer. Vad är ingångslönen nu? Jag såg att
grannkommunen ligger på 33 500 kr. Vi har väl en riktlinje någonstans?

/Patrik, enhetschef`),
  d(`Hej Patrik,

Ingångslönen enligt riktlinjen är 33 000–34 500 kr beroende på erfarenhet. För Amanda som du vill anställa
föreslår jag 34 000 kr eftersom hon har två års erfarenhet från Region Norr, där hon hade 32 800 kr.
Skriv in det i anställningsavtalet så godkänner jag.

/Sara, HR-partner`, 'salary'),
  d(`Minnesanteckningar, Kommunstyrelsens arbetsutskott, 2026-03-10 (internt utdrag)

§ 31 Personalärende – Stadsbyggnadschefen
Arbetsutskottet diskuterade den externa utredningen om ledarskapet på stadsbyggnadskontoret.
Utredningen visar brister i kommunikation och att chefen vid flera tillfällen agerat otydligt mot
medarbetarna. Arbetsutskottet ger kommundirektören i uppdrag att ta fram en åtgärdsplan med
chefen och följa upp i juni.

§ 32 Budget 2027 – planeringsdirektiv
§ 33 Delegationsordning – revidering`, 'hr-assessment'),
  d(`Från: Emil Sandberg
Skickat: den 6 februari 2026 16:18
Till: Hela IT-avdelningen
Ämne: Fredagsfika + info

Hej gänget!
- Fika i köket kl 15 idag, Maja bjuder på kladdkaka för att hon fyller 30.
- Serverhallen: ny dörrkod från måndag, den skickas ut via SMS som vanligt, inte här.
- Nya laptops kommer vecka 9.
- Påminnelse: Tidrapportera senast måndag.

Trevlig helg!
Emil`),
  d(`[Slack-export #drift-larm]
2026-02-14 03:12 alert-bot: Disk full on srv-backup02
2026-02-14 03:20 Johan.W: jag tar det
2026-02-14 03:22 Johan.W: vad är root-lösen på backup02? vaulten svarar inte
2026-02-14 03:25 Anton.S: Tr0mb0n!Bl4s-88 men byt det efteråt
2026-02-14 03:26 Johan.W: tack. fixar
2026-02-14 03:58 Johan.W: rensat gamla snapshots, 41% ledigt nu`, 'credentials'),
  d(`Hej!

Inför vårdplaneringen för Asta Lindqvist, 87 år, vill jag sammanfatta läget:
- Inlagd på geriatriken sedan 2 mars efter höftfraktur, opererad.
- Har lätt demens (Alzheimer), förvirrad nattetid.
- Bor ensam, hade tidigare hemtjänst 2 ggr/dag.
- Dottern vill att hon får plats på särskilt boende. Biståndshandläggaren kommer på planeringen.

Planeringsmöte 12 mars kl 10.
/Kurator, Geriatriska kliniken`, 'health', 'social'),
  d(`Hej alla,

Här kommer schemat för biståndshandläggarnas jourtelefon under påsken. Kontakta jouren för akuta
ärenden om hemtjänst och trygghetslarm. Ansökningar om särskilt boende handläggs som vanligt efter
helgen.

Skärtorsdag: Anna
Långfredag: Kenneth
Påskafton: Mirja
Annandag: Sofia

/Samordnaren`),
  d(`Hej,

Min mamma Gun Persson har hemtjänst genom er och jag vill klaga. I förra veckan kom ingen på
tisdagskvällen och hon fick inte sin insulinspruta förrän morgonen därpå. Hon är diabetiker och det
kan bli farligt. Jag vill ha en förklaring och att beslutet om kvällsbesök följs.

Eva Persson (dotter)`, 'social', 'health'),
  d(`Hej!

Bifogar förslaget till ny föreningsbidragsmodell. En fråga som kom upp är om religiösa samfund ska kunna
få lokalbidrag. Förslaget är att bidrag ges till all verksamhet för barn och unga oavsett om föreningen
är religiös eller politisk, så länge den följer demokratikriteriet.

Synpunkter senast 20 mars till kultur- och fritidsförvaltningen.`),
  d(`Från: Rebecka Stein
Skickat: den 29 januari 2026 18:40
Till: Jenny (schemaläggare)
Ämne: Schema påsk/pesach

Hej Jenny,
Jag är judisk och vi firar pesach 1–9 april. Jag skulle gärna vilja vara ledig de två första kvällarna
(sederaftnarna) och är beredd att jobba långfredag och påskdagen istället så att andra kan vara lediga.
Går det att lösa?

Tack!
Rebecka`, 'religion', 'ethnic-origin'),
  d(`Hej,

Inför Förintelsens minnesdag den 27 januari bjuder kommunen in till en ceremoni vid minnesstenen i
parken. Judiska församlingen medverkar och elever från gymnasiet läser texter. Alla är välkomna.

Kultur- och fritidsförvaltningen`),
  d(`Hej Erik,

Jag har fått ett svar från Lönecentrum om din fråga kring kontot. De ser att du fortfarande har ditt gamla
konto 3000-123 45 67 (Nordea personkonto) registrerat för lön. Om du vill ändra behöver du logga in
i Självservice och lägga in det nya, det kan inte göras via mejl.

/Maria, personalhandläggare`, 'bank-account'),
  d(`Hej kära kollegor!

Ett litet tack från mig innan jag går på föräldraledighet. Vi väntar vårt första barn i maj och jag är
så tacksam för all omtanke under graviditeten – ni har varit bäst när jag mått illa varje morgon!
Vi ses om ett år.

Kram
Elin`, 'health'),
  d(`Hej chefer,

Påminnelse om Försäkringskassans regler vid graviditet: En gravid medarbetare som har ett fysiskt
ansträngande arbete kan ha rätt till graviditetspenning. Arbetsgivaren ska göra en riskbedömning när
en medarbetare meddelat graviditet. Mallar för riskbedömning finns på intranätet.

HR-avdelningen`),
  d(`Hej,

Här kommer resultatet från personlighetstestet (OPQ) som gjordes i rekryteringen av ny avdelningschef,
kandidat 2 (Niklas Ekström):
- Hög på "inflytelserik" och "självsäker".
- Låg på "omtänksam" och "detaljorienterad".
Testkonsulten bedömer att han kan ha svårt med personalnära ledarskap. Referenserna bekräftar delvis bilden.

Rekryteringsgruppen träffas fredag.
/Helena, HR`, 'hr-assessment'),
  d(`Hej!

I vår rekrytering av avdelningschef använder vi personlighetstest (OPQ) och kognitiva test för de två sista
kandidaterna. Testerna görs digitalt och resultatet återkopplas till kandidaten av testkonsulten.
Inga resultat sparas efter att rekryteringen avslutats.

/Rekryteringsgruppen`),
  d(`Hej,

Angående vår elev Kevin Holm i 9B. Jag har fått in följande bedömningar från ämneslärarna:
Ma: E (med stöd)
Sv: D
En: C
NO: F (biologi och kemi saknas)
SO: E
Kevin har sagt att han vill söka till fordonsprogrammet. Med F i NO blir det svårt, och frånvaron
ligger på 22 %.

Studie- och yrkesvägledare, Kvarnbyskolan`, 'grades'),
  d(`Hej!

Antagningspoängen till gymnasiet i år: Naturvetenskapsprogrammet 265, Fordonsprogrammet 170,
Ekonomiprogrammet 245. För att vara behörig till ett yrkesprogram krävs godkänt betyg i svenska, engelska,
matematik och ytterligare fem ämnen.

Studie- och yrkesvägledningen`),
  d(`Från: Johan Kallio
Skickat: den 8 februari 2026 08:01
Till: Rektor
Ämne: Min dotter

Hej,
Vår dotter Saga har varit hemma från skolan hela veckan. Hon har ångest och vägrar gå dit, vi har
kontakt med BUP men de har lång kö. Vi vill ha ett möte med elevhälsan. Vi ber också att lärarna
inte registrerar det som ogiltig frånvaro.

Johan Kallio`, 'health', 'grades'),
  d(`Hej,

Tack för att du engagerar dig i frågan om hemmasittare. Kommunen har i år startat ett projekt för att
motverka långvarig skolfrånvaro. Projektet riktar sig till elever i åk 6–9 och drivs tillsammans med
BUP och socialtjänsten. Läs mer på kommunens webbplats.

Barn- och utbildningsförvaltningen`),
  d(`Från: Jenny Åström, enhetschef
Skickat: den 19 januari 2026 11:48
Till: Lönecentrum
Ämne: Lönetillägg

Hej,
Från 1 februari ska Vera Bergkvist få ett tillfälligt tillägg på 2 500 kr/mån för uppdraget som
samordnare under omorganisationen, t.o.m. 31 augusti. Hennes grundlön (29 950 kr) är oförändrad.

/Jenny`, 'salary'),
  d(`Hej Jenny,

Vi ser att det tillfälliga tillägget har lagts in, men det står på fel kostnadsställe (4410 istället för
4420). Kan du bekräfta vilket som är rätt så rättar vi till det i nästa lönekörning?

Mvh
Lönecentrum, ärende #88901`),
  d(`Från: Oskar Lindh
Skickat: den 2 mars 2026 14:31
Till: Åsa Hellman
Ämne: Vår kollega

Åsa, jag vet inte hur jag ska säga det här, men jag har hört att Jonny åkte fast för misshandel på en krog
i helgen och att polisen har tagit honom till förhör. Jag vet inte om det stämmer, men han jobbar ju med
ungdomar. Kanske bör du som chef kolla upp det.

/Oskar`, 'criminal-record'),
  d(`Hej,

Påminnelse: Från 1 januari krävs utdrag ur belastningsregistret för alla som anställs i förskola,
skola och fritidshem, och för vissa tjänster inom LSS. Utdraget beställs av den sökande själv hos
Polisen och ska visas upp i original innan anställning.

Rekryteringsenheten`),
  d(`Hej Mona!

Här kommer minnesanteckningar från samordningsmötet med polisen igår:
- Ökning av ungdomsbrott i Södra, framför allt snatterier och skadegörelse.
- Polisen har identifierat en grupp på 6–8 ungdomar. Socialtjänstens fältgrupp tar kontakt.
- Polisen skickar underrättelser enligt rutin.
- Nästa möte 15 april.

/Fältsekreterare Annika`),
  d(`Från: Anders Wikström
Skickat: den 11 mars 2026 09:17
Till: Personalhandläggare Helen Borg
Ämne: VB: Ledighet för utredning

Hej Helen,
Jag vidarebefordrar det jag skickade till min chef, så att du har underlaget för ledigheten.

Anders

Från: Anders Wikström
Skickat: den 9 mars 2026 20:02
Till: Carina Ek
Ämne: Ledighet för utredning

Hej Carina,
Jag behöver vara ledig två dagar i april. Min pappa dog ju i höstas av Huntingtons sjukdom, och nu har
jag och min bror gjort gentestet på Klinisk genetik. Jag bär anlaget, min bror gör det inte. Jag ska på
uppföljande samtal med genetisk vägledare och en neurolog den 14 och 15 april.
Jag mår okej, men vill inte att det sprids på jobbet.

Anders

--
Anders Wikström
Byggnadsinspektör, Samhällsbyggnadsförvaltningen`, 'genetic', 'health'),
  d(`Hej,

Region Mellersta inför från hösten möjlighet till genetisk screening för ärftlig bröstcancer (BRCA1/2)
för kvinnor med stark ärftlighet i familjen. Remiss skrivs av vårdcentralen. Informationsmaterial på
svenska, arabiska och somaliska finns att beställa.

Kommunikationsavdelningen, Region Mellersta`),
  d(`Journalanteckning (utdrag), Barnmorskemottagningen Väster

2026-02-11 Besök v. 12+3. Patienten (Lejla H.) är orolig eftersom hennes bror har spinal muskelatrofi.
KUB-test och NIPT diskuterat. Bärarskapstest visar att både patienten och partnern är bärare av SMN1-
deletion. Remiss till fostermedicin för moderkaksprov (CVS). Samtal med kurator erbjudet.

Signerad: Barnmorska Ulla Brandt`, 'genetic', 'health'),
  d(`Hej!

Nu kan du beställa DNA-test för släktforskning till rabatterat pris genom personalföreningen! 20 % rabatt
på MyHeritage och liknande tjänster. Tänk dock på att din DNA-data lagras hos företaget – läs villkoren.

Personalföreningen Kommunalarna`),
  d(`Hi Ingrid,

Regarding the research project on familial hypercholesterolemia: we have now received the genetic results
for family 14 (the Backman family). The mother and two of three children carry the LDLR mutation; the
youngest son, Ville, does not. The family has consented to us informing their GP.

Please do not share the family name outside the project group.

Best regards,
Dr. Paul Meyer
Lipid Clinic`, 'genetic', 'health'),
  d(`Hej!

Polisen har bett om hjälp med en förlorad plånbok som hittats på biblioteket. Vi har lämnat in den.
Passa också på att påminna besökare om att inte lämna väskor obevakade.

Och en sak till: vi har fått frågor om de nya kamerorna i entrén – de har ingen ansiktsigenkänning,
de spelar bara in och raderar efter 72 timmar, enligt tillståndet.

/Biblioteksledningen`),
  d(`Från: Kriminalvården, Anstalten Skogsby
Till: Socialtjänsten Fjällby
Ämne: Besökstillstånd

Hej,
Inför besöket av Tina Mattsson hos sin bror Jonas Mattsson (intagen, avtjänar fängelse 2 år 6 mån för
grov narkotikabrottslighet) har hennes fingeravtryck och ansiktsbild registrerats i anstaltens
biometriska besökskontroll. Hon har godkänts för besök den 21 mars. Socialtjänstens tjänsteman som
ska följa med barnet behöver också registrera sig.

Med vänlig hälsning
Besöksenheten, Anstalten Skogsby`, 'criminal-record', 'biometric', 'social'),
  d(`Hej IT,

Min mobil läser inte längre mitt fingeravtryck för att låsa upp MFA-appen. Kan jag byta till PIN-kod
istället? Det står att jag måste göra det via en dator men jag är på fältbesök hela veckan.

/Tuva, miljöinspektör

---
Svar från servicedesk (ärende #55120): Du kan byta till PIN-kod i appen under Inställningar > Säkerhet.
Fingeravtrycket sparas bara lokalt i telefonen, aldrig hos oss.`),
  d(`Från: Tidrapporteringssystemet Chronos
Till: Jimmy Lund
Ämne: Kvittens – registrering av handavtryck

Hej Jimmy,
Ditt handavtryck har registrerats i stämpelklockan på Centralköket (terminal 2). Mall-ID: HX-33812.
Du kan nu stämpla in och ut genom att lägga handen på läsaren.
Om registreringen inte fungerar, kontakta din chef.

Detta är ett automatiskt meddelande.`, 'biometric'),
  d(`Hej alla,

Mötesanteckningar från nätverket för förtroendevalda kvinnor, 2026-02-12:

1. Presentation: Nya deltagaren Annika Björk (KD) hälsades välkommen – hon sitter i socialnämnden sedan
   januari och är partiets gruppledare.
2. Hot och hat mot politiker: Polisen informerade om stöd. Två deltagare har polisanmält hot.
3. Mentorsprogrammet: Mari (S) och Helene (L) är mentorer för nya ledamöter.
4. Nästa träff: 23 april.

/Sekreterare`, 'political-opinion'),
  d(`Hej Simon,

Vill bara varna dig inför intervjun imorgon. Kandidaten skrev i sitt personliga brev att han är aktiv i
Alternativ för Sverige och har kandiderat för dem till kommunfullmäktige. Det får ju inte påverka
bedömningen, men jag ville att du skulle veta att det står där ifall han tar upp det.

/Lena (rekrytering)`, 'political-opinion'),
  d(`Hej!

Det är valår och vi vill påminna om att kommunens lokaler kan hyras ut till politiska partier för möten,
på samma villkor för alla partier. Bokning görs via bokningssystemet. Kommunens personal ska vara
opartisk i tjänsten.

Fritidsförvaltningen`),
  d(`Från: Mohammed Al-Amin
Skickat: den 2 februari 2026 12:03
Till: Fredrik Strand (enhetschef)
Ämne: Ramadan

Hej Fredrik,
Ramadan börjar i slutet av februari och jag fastar som vanligt. Skulle det vara möjligt att ta lunchrasten
sent på eftermiddagen istället, så att jag kan bryta fastan i tid på kvällspassen? Jag ber också om att få
ta en kort paus för bön vid solnedgången. Jag tar gärna igen tiden.

Tack på förhand,
Mohammed`, 'religion'),
  d(`Hej Maria,

Jag har en fråga från en vårdnadshavare om skolmaten. Familjen är vegetarianer av religiösa skäl, de är
hinduer, och vill att deras barn Arjun inte får något med ägg heller. Kan köket ordna det? Jag fyllde i
specialkostblanketten åt dem.

/Per, mentor 4C`, 'religion'),
  d(`Hej!

Skolmåltiderna i vår: Vi erbjuder alltid ett vegetariskt alternativ, och fläskfritt kött serveras på
måndagar och onsdagar. Specialkost av medicinska skäl kräver intyg, specialkost av etiska eller religiösa
skäl anmäls på blankett till köket.

Kostenheten`),
  d(`Hej Stina!

Jag måste berätta – Hampus och jag har förlovat oss! 💍 Ja, vi har varit tillsammans i fyra år fast jag aldrig
har pratat så mycket om honom på jobbet. Jag kände mig inte riktigt trygg med att vara öppen som gay
i den gamla arbetsgruppen, men med er känns det annorlunda.

Vi bjuder på tårta på fredag!
/Jakob`, 'sex-life'),
  d(`Hej!

Från: Elevhälsan
Ämne: Frågor om sex och samlevnad

Vi har fått frågor från föräldrar om undervisningen i sexualitet, samtycke och relationer. Undervisningen
följer läroplanen och tar upp olika sexuella läggningar och könsidentiteter. Ni är välkomna att titta på
materialet på föräldramötet den 20 mars.

Skolsköterskan och kuratorn`),
  d(`Anteckning, Ungdomsmottagningen, 2026-01-30 (utdrag)

Besök: Tjej, 17 år (E.S.). Söker för preventivmedelsrådgivning. Berättar att hon har haft oskyddat sex
med en ny partner i helgen. Erbjuds akut p-piller och klamydiatest. Uppger ingen tvång. Bokad återbesök
om två veckor för provsvar.

Barnmorska: Ingela F.`, 'sex-life', 'health'),
  d(`Hej alla,

Jag vill informera er om att Alex i er klass från och med nu vill kallas Alexandra och använda "hon".
Hon och vårdnadshavarna har bett mig att berätta det för er lärare innan lovet så att ni kan ändra i
närvarolistorna. Namnbytet i folkbokföringen kommer senare. Hon har kontakt med mottagningen för
könsdysfori.

Var schysta! /Kurator Linn`, 'sex-life', 'health'),
  d(`Hej Anneli,

Kan du ta fram underlaget för semesterlöneskulden per förvaltning till bokslutet? Vi behöver totalsiffror,
inga enskilda personer. Skicka senast 14 januari.

/Controller, Ekonomiavdelningen`),
  d(`Hej Lönecentrum,

Gällande Tomas Nylunds slutlön: han slutar 28 februari. Han har 17 sparade semesterdagar som ska betalas
ut. Hans månadslön är 42 300 kr och semestertillägget 0,8 %. Han har också en löneskuld på 3 200 kr för
för mycket utbetald OB i december som ska dras.

/Chef Fastighetsförvaltningen`, 'salary'),
  d(`Från: Servicedesk
Till: Per-Olof Gran
Ämne: Ditt nya konto

Hej Per-Olof!
Välkommen till Bergsjö kommun. Här är dina inloggningsuppgifter:
Användarnamn: pogr01
Tillfälligt lösenord: Kh7#mp2Q
Du ombeds byta lösenord vid första inloggning. Din PIN-kod till skrivarna är 8812.

Servicedesk, tel 0500-12 34 00`, 'credentials'),
  d(`Hej!

Ny rutin för gäster i stadshusets konferensrum: Gäster får ett eget wifi-konto via receptionen.
Koden gäller bara en dag och skrivs ut på en lapp vid ankomst. Anställdas lösenord får aldrig användas av
gäster.

/IT & Fastighet`),
  d(`Protokollsutdrag, Socialnämndens individutskott, 2026-02-19

§ 27 Ansökan om vård enligt LVU – pojke född 2011
Beslut: Individutskottet ansöker hos förvaltningsrätten om att pojken ska beredas vård enligt 2 och 3 §§
LVU. Omedelbart omhändertagande enligt 6 § LVU beslutat av ordföranden den 15 februari fastställs.
Skäl: brister i hemmiljön, missbruk hos vårdnadshavaren, pojkens egna missbruk och kriminalitet.

Protokollet omfattas av sekretess enligt 26 kap. 1 § OSL.`, 'social', 'secrecy', 'criminal-record'),
  d(`Hej,

Kurs för politiker i socialnämnden: "LVU och LVM – nämndens ansvar". Föreläsare från SKR går igenom
lagstiftningen, hur besluten fattas och hur sekretessen enligt OSL fungerar. Kursen hålls 3 april kl
13–16 i KS-salen.

Nämndsekreteraren`),
  d(`Hej Lisa!

Tack för info om Hassan. Så som jag förstått det:
Han kom till Sverige från Somalia som ensamkommande 2015 och bor nu i ett stödboende. Han har ett LSS-
beslut om kontaktperson sedan diagnosen autism. Han söker nu praktik hos oss i parkförvaltningen.
Jag tycker att vi ska ta emot honom.

/Arbetsledare Kent`, 'ethnic-origin', 'social', 'health'),
  d(`Hej!

Arbetsförmedlingen har gett oss statistik: 42 % av de inskrivna i vår kommun är födda utanför Europa,
och många har kort utbildning. Vi behöver fler praktikplatser inom kommunen. Anmäl intresse till
Arbetsmarknadsenheten.

/Näringslivschefen`),
  d(`Hej!

Vill meddela att vår nya kollega på ekonomi, Dragana, kommer från en romsk familj och har erbjudit sig att
hålla i en dragning om romsk kultur och historia på nästa APT. Hon har sagt att det går bra att jag
berättar det. Jag tycker det är ett fint initiativ.

/Chef Ekonomi`, 'ethnic-origin'),
  d(`Hej,

Påminnelse: Den 8 april är det romska nationaldagen. Kommunen flaggar och biblioteket har en utställning
om romsk litteratur. Romska rådet bjuder in till samtal kl 17.

Kommunikationsavdelningen`),
  d(`Från: Elin Strömberg
Skickat: den 16 januari 2026 10:05
Till: IT-säkerhet
Ämne: Läckt lösenord?

Hej,
Jag fick ett mejl från en kund där mitt eget lösenord till intranätet stod med i ämnesraden ("Hösten2025!")
och en text om att jag måste betala bitcoin. Jag har bytt lösenordet nu. Är det här en känd bluff?

/Elin

---
Svar: Ja, det är en utpressningsbluff. Bra att du bytt lösenordet. /IT-säkerhet`, 'credentials'),
  d(`Från: Servicecenter Resor
Skickat: den 3 mars 2026 11:15
Till: Karolina Ahl
Ämne: SV: SV: Bokning Bryssel

Hej Karolina,
Tack, vi har nu bokat flyget och hotellet. Hotellet krävde ett kort som garanti vid sen ankomst, vi har
använt det kort du angav nedan. Kortuppgifterna raderas från vårt system efter resan.

Med vänlig hälsning
Resebyrån, Servicecenter

> Från: Karolina Ahl
> Skickat: den 2 mars 2026 16:48
> Hej! Hotellet vill ha en kortgaranti. Använd mitt privata kort så reder jag ut det med
> reseräkningen sedan:
> Visa 4929 8108 7723 3611
> Giltigt t.o.m. 08/27, CVC 904
> Karolina Ahl
>
> > Från: Servicecenter Resor
> > Hej, vi behöver kortuppgifter för garanti av hotellet i Bryssel.`, 'payment-card'),
  d(`Hej!

Vi har fått in en incidentrapport: En medarbetare på kontaktcenter har skrivit ner en medborgares
kortnummer på en post-it-lapp när betalningen av en bygglovsavgift inte gick igenom. Lappen hittades i
en papperskorg. Den har makulerats. Påminnelse: Kortuppgifter tas aldrig emot per telefon eller mejl,
hänvisa till e-tjänsten.

Informationssäkerhetssamordnaren`),
  d(`[Chatt, Kundtjänst Vatten & Avfall, 2026-02-20]
10:14 Medborgare: Hej jag vill betala min faktura med kort, kan jag ge numret här?
10:15 Handläggare Sofie: Hej! Nej, vi kan tyvärr inte ta emot kortuppgifter i chatten. Använd betallänken
      på fakturan eller Swish.
10:16 Medborgare: ok men det är 5168 0012 3456 7893 om ni behöver
10:16 Handläggare Sofie: Jag har nu maskat ditt meddelande. Skriv aldrig kortnummer i chatten. Du kan spärra
      kortet hos banken om du är orolig.
10:18 Medborgare: okej förlåt`, 'payment-card'),
  d(`Hej,

Jag har glömt var jag la in mina kortuppgifter – det företagskort jag fick i förra veckan. Det är Eurocard,
5412 7534 1209 8876, utgångsdatum 10/28. CVC har jag inte skrivit ner någonstans. Kan du kolla med banken
om kortet är aktiverat? Det funkade inte på Clarion igår.

Mvh
Nils Berggren, Räddningstjänsten`, 'payment-card'),
  d(`Från: Henrik Malm (HR-chef)
Skickat: den 27 februari 2026 08:15
Till: Förvaltningsjurist Eva Dahl
Ämne: Känsligt – medarbetare med skyddad identitet

Hej Eva,
En av våra nyanställda sjuksköterskor på akuten, Sara L., har skyddad folkbokföring. Hennes namn syns i
schemat och på namnskylten. Hon har bett att få använda bara förnamn på skylten och att inte synas i
det offentliga personalregistret. Kan vi göra så? Vi behöver ett svar innan hon börjar 16 mars.

/Henrik

Henrik Malm | HR-chef | Region Kustland
Detta meddelande är avsett endast för mottagaren.`, 'protected-identity'),
  d(`Hej,

Ärendet om familjen i Storvik: Barnens mamma har nu fått sekretessmarkering hos Skatteverket. Det innebär
att vi måste ändra i alla våra system och se till att barnens skolplacering inte framgår för pappan när han
begär ut handlingar. Jag har lagt in en varning i akten.

/Familjebehandlare Robert`, 'protected-identity', 'social'),
  d(`Hej allihop!

Skatteverket har uppdaterat sin vägledning om sekretessmarkering och skyddad folkbokföring. Den nya
vägledningen finns på skatteverket.se. Läs särskilt avsnittet om hur man skickar post till personer med
skyddade personuppgifter – det ska alltid gå via Skatteverkets förmedling.

/Registratorerna`),
  d(`Hej Camilla,

Angående din förfrågan: Ja, vi kan betala ut kontaktpersonsarvodet till Birgitta Nordh. Hon har angett
kontonummer 8480-6, 903 245 771-2 (Swedbank). Arvodet för januari är 1 850 kr plus omkostnader 400 kr.

/Administratör LSS`, 'bank-account', 'social'),
  d(`Hej!

Påminnelse till alla uppdragstagare (kontaktpersoner, familjehem, gode män): Arvoden betalas ut den 25:e.
Har du bytt bank måste du skicka in en ny blankett med underskrift. Vi tar inte emot kontonummer via
mejl eller SMS av säkerhetsskäl.

Administrationen, Socialförvaltningen`),
  d(`Minnesanteckningar – Styrelsemöte, Kommunal sektion Äldreomsorg Norr, 2026-02-05

Närvarande: Monica (ordf), Rolf, Aida, Sven-Erik, Lena (sekr)

1. Medlemsläget: 412 medlemmar i sektionen, 9 nya sedan december.
2. Nya arbetsplatsombud: Aida Mehmedovic (Granbacken) och Sven-Erik Holm (hemtjänst Väst) valdes.
3. Lönerevisionen: Krav på lägsta lön 27 000 kr.
4. Studiecirkel om arbetsmiljö i april.
5. Nästa möte 5 mars.`, 'trade-union'),
  d(`Hej!

Den 1 mars är det dags för årsmöte i Vision Stadsdelsförvaltningen. Alla medlemmar är välkomna. Vi
bjuder på middag. Anmälan till vision.avd@example.se. Dagordning skickas ut senare.

Styrelsen`),
  d(`Hej Kristoffer!

Jag skickar bara info inför förhandlingen om omorganisationen. Du ska veta att Märta, som du har
i din grupp, är förtroendevald för ST och kommer att sitta med på andra sidan bordet. Hon har rätt att
vara ledig för det, så planera schemat för henne därefter.

/HR-specialist`, 'trade-union'),
  d(`Från: Berit Lund
Skickat: den 10 februari 2026 22:40
Till: kommunstyrelsen@example.se
Ämne: Var är demokratin?

Till kommunstyrelsen,
Jag har röstat på Socialdemokraterna i 40 år men efter beslutet att stänga badhuset i Östra kommer jag
aldrig göra det igen. Ni lyssnar inte. Jag kommer att gå med i Sjukvårdspartiets lokalavdelning och
kampanja mot er i höst.

Berit Lund, Östra Byn`, 'political-opinion'),
  d(`Hej,

Tack för ditt mejl om badhuset. Beslutet att stänga badhuset fattades av kommunfullmäktige den 26 januari
efter en utredning om driftskostnaderna. Protokollet finns på webben. Vi har vidarebefordrat dina
synpunkter till kommunstyrelsens ordförande.

Med vänlig hälsning
Kommunkansliet`),
  d(`Hej!

Vi har fått en fråga om medarbetare som vill bära religiösa symboler i tjänsten (kors, slöja, kippa,
turban). Kommunens policy är att detta är tillåtet så länge arbetsmiljö- och hygienregler följs. För
vårdpersonal gäller att klädseln ska vara kortärmad.

/HR-avdelningen`),
  d(`Från: Amina Osman
Skickat: den 23 februari 2026 07:14
Till: Enhetschef Kerstin
Ämne: Arbetskläder

Hej Kerstin,
Jag bär hijab och undrar om jag kan få en engångshuva att ha över den vid såromläggningar, enligt
hygienrutinen? Och får jag ha långärmad tröja under den korta om jag byter den varje dag? Det är viktigt
för mig av religiösa skäl.

/Amina`, 'religion'),
  d(`Hej!

Svar till dig som frågade om Hjalmar: han är utbildad diakon och har jobbat inom Svenska kyrkan i många
år. Han kommer att hålla andakten på äldreboendet varannan torsdag. Boende som inte vill delta behöver
inte göra det.

/Aktivitetsansvarig`),
  d(`Hej!

Aktivitetsveckan på Ekbacken äldreboende:
Måndag: Bingo kl 14
Tisdag: Andakt med prästen kl 11 (för den som vill)
Onsdag: Promenad
Torsdag: Musikcafé
Fredag: Fredagsmys med räkmacka

Välkommen också du som anhörig!`),
  d(`Hej Johanna,

Det var ett tag sedan! Jag tänkte berätta att min pappa precis fick resultatet från sin gentest: han har
Lynch syndrom. Läkaren säger att jag och min syster bör testa oss också, eftersom det är 50 % risk. Jag
har en tid på onkogenetiska mottagningen i maj. Jag är lite skakig.

Kramar, Sanna`, 'genetic', 'health'),
  d(`Hej alla,

Protokollsanteckning från etikrådet: Rådet har diskuterat om det är etiskt försvarbart att erbjuda
gentester vid anställningsprövningar. Rådet konstaterar att det strider mot lag och god sed, och att
inga sådana tester ska förekomma. Frågan om frivilliga hälsoundersökningar utreds vidare.

/Etikrådets sekreterare`),
  d(`Från: Sandra Holm (SFI-rektor)
Till: Lärarlaget SFI
Ämne: Underlag till bedömningskonferens

Hej,
Inför konferensen, läs igenom de individuella studieplanerna:

- Nour (kurs B): Har klarat läsförståelse och hörförståelse. Skriftlig produktion ej godkänd (E krävs).
- Dawit (kurs C): Betyg E efter omprov.
- Ludmila (kurs D): Betyg A, föreslås för snabbspår till vård.
- Karim (kurs B): Frånvaro 60 %, ej bedömbar.

Vi ses onsdag kl 13.
/Sandra`, 'grades'),
  d(`Hej,

Vi har fått frågan om hur frånvaro hanteras för vuxenutbildningens elever. Enligt kommunens riktlinje
kan en elev skrivas ut från kursen om frånvaron överstiger 30 % utan giltigt skäl. Eleven ska alltid få
information först.

Vuxenutbildningens administration`),
  d(`Hej!

Lite slutsatser från min observation i klassrummet hos Sofia (lärare i år 2):
- Tydliga lektionsstarter, eleverna vet vad som ska göras.
- Svårt att hantera oro i gruppen efter rasten, höjer rösten ofta.
- Bör arbeta mer med variation och individanpassning.
Vi har pratat om det och hon ska gå kursen i klassrumsledarskap i höst.

/Biträdande rektor`, 'hr-assessment'),
  d(`Hej!

Påminnelse om kollegial observation denna termin. Varje lärare ska observeras en gång och själv observera
en kollega. Observationsprotokollet används som stöd för samtal, inte som bedömning. Protokollen
sparas inte i personalakten.

/Rektor`),
  d(`Från: Ulla Kron
Skickat: den 26 februari 2026 09:40
Till: Familjehemsenheten
Ämne: Viktor

Hej,
Viktor har nu varit placerad hos oss i sex månader. Han har gått från att inte gå till skolan alls till nästan
full närvaro. Han fick godkänt i alla ämnen utom matte i höstas. Han har fortfarande mardrömmar efter
det som hände hemma och vi väntar på att BUP ska kalla till traumabehandling.

Kan ni skicka fakturan för januari igen? Den har inte kommit.

/Ulla, familjehem`, 'social', 'grades', 'health'),
  d(`VECKOSAMMANFATTNING – Socialtjänstens mottagning, vecka 10
Sammanställd av: Marie Johansson, 1:e socialsekreterare

ÖVERGRIPANDE
• Inflöde: 52 anmälningar (barn och unga), 18 ansökningar ekonomiskt bistånd, 6 ansökningar om
  missbruksvård.
• Handläggningstider: inom 14 dagar i 89 % av förhandsbedömningarna.
• Bemanning: en socialsekreterare sjukskriven hela veckan, täckt med konsult.

SÄRSKILDA ÄRENDEN (för kännedom i ledningen)
• Ärende A: flicka 14 år, orosanmälan från skolan om självskadebeteende. Utredning inledd, kontakt med
  BUP tagen samma dag.
• Ärende B: familj med skyddade personuppgifter flyttar till kommunen från Norrköping. Akten märkt.
• Ärende C: man 45 år, ansöker om bistånd till behandlingshem (alkohol). Utredning pågår.

ÖVRIGT
• Nytt verksamhetssystem testas i april.
• Påminnelse om att mejl med personuppgifter ska skickas krypterat.

Uppgifterna omfattas av sekretess enligt 26 kap. 1 § OSL.`, 'social', 'health', 'protected-identity', 'secrecy'),
  d(`NYHETSBREV – Socialförvaltningen, mars 2026

I DETTA NUMMER
1. Ny chef för Barn och unga
2. Digitala ansökningar om försörjningsstöd
3. Utbildning i motiverande samtal (MI)
4. Statistik: orosanmälningar 2025
5. Personalfest

1. NY CHEF: Vi välkomnar Katarina Sund som ny avdelningschef. Hon kommer närmast från Kungsbacka.
2. DIGITALT: Från april kan alla som söker försörjningsstöd göra det via e-tjänsten. Det minskar
   pappershanteringen och ger snabbare beslut.
3. MI: Grundkurs 7–8 maj. Anmäl via chefen.
4. STATISTIK: 2 104 orosanmälningar inkom 2025 (+6 %). Vanligaste anmälare: skolan och polisen.
   Andelen som leder till utredning: 31 %.
5. FEST: Vårfesten 29 maj på Stadshotellet. Anmälan senast 1 maj.

Redaktionen`),
  d(`Från: Göran Ekberg
Skickat: den 19 mars 2026 16:51
Till: Annika Strand
Kopia: HR Zeynep Kaya
Ämne: SV: SV: Avstämning rehab – Per

Hej Annika,
Tack för mötet idag. Sammanfattning för Zeynep som inte kunde vara med:

1. Per har nu varit sjukskriven 100 % sedan 12 januari (utmattningssyndrom, F43.8).
2. Försäkringskassan har begärt en plan för återgång i arbete.
3. Förslag: 25 % från 1 april, ingen kundkontakt, fasta arbetstider 9–11.
4. Per vill inte att kollegorna får veta diagnosen, bara att han är tillbaka på deltid.
5. Nästa avstämning 22 april med företagshälsan.

/Göran

> Från: Annika Strand
> Skickat: den 18 mars 2026
> Hej Göran, inför imorgon: Per har skickat nytt läkarintyg, han bedöms ha arbetsförmåga 25 %
> från april. /Annika`, 'health'),
  d(`Subject: Minutes – Nordic Municipal Data Protection Network, 12 February 2026

Attendees: 11 DPOs from SE, NO, FI, DK

1. Welcome and introductions.
2. Case study (anonymised): a municipality sent a list of employees with sick-leave data to the wrong
   recipient. Lessons: use encryption, double-check recipients.
3. Biometrics: Finnish colleagues presented their assessment of fingerprint time clocks. Conclusion:
   not proportionate in most workplaces.
4. AI tools in case handling: legal basis unclear; working group formed.
5. Next meeting: Oslo, 10 June.

Minutes by: Lars Østergaard`),
  d(`Från: Passerkontroll Säkerhetsenheten
Till: Ola Eriksson, Lars Sahlin
Ämne: Registrering irisskanner – serverhallen

Hej,
Från 1 april öppnas serverhallen endast med irisskanning + kort. Registrering genomförd:

Ola Eriksson – irismall registrerad 2026-03-12, båda ögonen, mall-ID IR-0041
Lars Sahlin – registrering misslyckades (glasögon), ny tid 2026-03-16 kl 10

Mallarna lagras krypterat i passersystemet och raderas när behörigheten upphör.

/Säkerhetsenheten`, 'biometric'),
  d(`Hej!

Vi testar röstigenkänning i kommunens telefonväxel. Testet innebär att systemet lär sig känna igen
rösterna hos de 12 medarbetare som deltar i piloten, efter samtycke. Röstavtrycket för var och en
lagras i leverantörens moln i Sverige. Deltagare: se bilaga. Pilotens utvärdering i juni.

/Projektledare Växel 2.0`),
  d(`Hej Mats,

Bekräftar att ditt röstavtryck nu är registrerat i växelns pilot. Du kan logga in på växeltelefonen genom att
säga "Det här är Mats Ahlgren på Kontaktcenter". Om igenkänningen misslyckas tre gånger behövs PIN.
Vi sparar röstprovet och mallen till och med 30 juni.

/Projektledare Växel 2.0`, 'biometric'),
  d(`Hej Helena,

Snabb summering av gårdagens telefonsamtal med Niklas (kontorsvaktmästare) inför hans avslutning:
- Han tycker att han inte fått stöd när han bad om hjälp med tunga lyft.
- Han nämnde att han varit medlem i Fastighetsanställdas förbund i 20 år och att förbundet granskat
  hans uppsägning.
- Han vill ha ett skriftligt arbetsgivarintyg.
Jag ordnar intyget.

/Pontus`, 'trade-union'),
  d(`[Intern chatt, Löneadministration – 2026-03-04]
09:12 Anna: har du sett att Jukkas lön inte gick ut i måndags?
09:13 Rikard: ja, kontot var fel registrerat. han har ett nytt konto 9020-1234567 i Länsförsäkringar
09:13 Rikard: jag har lagt in det och gör en extra utbetalning på fredag
09:14 Anna: bra, han var rätt upprörd. hans nettolön ligger på runt 24 000 så det är ju inte småsummor
09:15 Rikard: jag ringde honom`, 'bank-account', 'salary'),
  d(`Hej,

Checklista inför lönekörningen i mars:
☐ Kontrollera att alla nyanställda har registrerat bankkonto
☐ Retroaktiva lönehöjningar ska vara inlagda
☐ Avvikelser i frånvaro ska vara attesterade
☐ Kostnadsställen för vikarier kontrolleras
☐ Tjänstepensionsunderlag skickas till KPA

Deadline: 16 mars kl 12.
/Lönecentrum`),
  d(`Hej!

Jag behöver hjälp med en obekväm grej. Jag har fått reda på att vår timvikarie Dennis har en dom för
sexualbrott mot barn från 2019 – en förälder hittade det i en tidningsartikel och ringde. Han har inte visat
något utdrag. Han har jobbat tre pass på fritids. Vad gör vi nu? Jag har stängt av honom från
schemat tills vidare.

/Rektor Ingela, Ängsskolan`, 'criminal-record'),
  d(`Hej,

Här kommer en sammanställning inför kompetensutvecklingsdagen 28 april:
- 08.30 Fika
- 09.00 Föreläsning om våld i nära relationer, Kvinnojouren
- 10.30 Workshop: Hur upptäcker vi missbruk hos äldre?
- 12.00 Lunch
- 13.00 Juristen om sekretess mellan myndigheter (OSL kap. 10)
- 15.00 Avslut

Anmälan till Ellinor.`),
  d(`Från: Jan Forsell
Skickat: den 18 februari 2026 11:09
Till: Ewa Dahlberg
Ämne: Varning – Mikael

Ewa,
Vi behöver diskutera Mikael. Han har kommit för sent 11 gånger sedan januari och var inte på plats vid
larmet förra lördagen. Jag har pratat med honom två gånger. Jag föreslår att vi ger en skriftlig varning
och att facket kopplas in enligt rutin. Jag har tidsloggarna.

/Jan, arbetsledare Räddningstjänsten`, 'hr-assessment'),
  d(`Hej,

Nu är det dags för årets medarbetarenkät! Enkäten är anonym och tar ca 15 minuter. Resultaten
redovisas per enhet om minst fem personer har svarat. Frågor om ledarskap, arbetsbelastning, hälsa och
kränkande särbehandling ingår.

Sista svarsdag 31 mars.
HR-avdelningen`),
  d(`Hej Ola,

Här kommer Moas betyg och omdömen från höstterminen eftersom ni flyttar till Umeå:
Svenska B, Engelska A, Matematik C, Idrott A, Musik B, Bild C, SO E (saknade en inlämning), NO C.
Frånvaro: 3 %.
Jag skickar också originalet per post till den nya skolan när ni har gett oss adressen.

Hälsningar
Skolsekreterare Berit`, 'grades'),
  d(`Hej!

Skolinspektionen har publicerat sin rapport om betygssättning i år 9. Rapporten visar att många skolor
sätter betyg utan tillräckligt underlag. Vi går igenom rapporten på nästa ämneslagsmöte.

/Rektor`),
  d(`Från: Mikaela Brandt
Skickat: den 5 februari 2026 14:44
Till: Förskolechef
Ämne: Barnet Nora

Hej,
Nora på Blåbärets avdelning ska inte hämtas av sin pappa. Mamma har visat ett kontaktförbud som
tingsrätten beslutat efter att han dömts för misshandel av henne. Mamma och Nora har också
skyddade personuppgifter nu. Kopia på beslutet finns i förskolans låsta skåp.

/Mikaela, förskollärare`, 'criminal-record', 'protected-identity'),
  d(`Hej,

Kort påminnelse: Alla som arbetar med barn ska känna till rutinen för hämtning. Barn får bara lämnas
till vårdnadshavare eller till person som vårdnadshavare anmält. Vid kontaktförbud eller osäkerhet –
kontakta förskolechefen. Rutinen gås igenom på nästa APT.

Förskoleområde Öst`),
  d(`Hi Johanna,

FYI – I got a call from Peter's wife this morning. He had a heart attack on Sunday and is in the
cardiac ICU at Sahlgrenska. He's stable and they've put in two stents. She asked us not to call him for
at least a couple of weeks. I told her we'd take care of everything.

Could you let the team know he's ill, but please not the details?

Thanks,
Michael`, 'health'),
  d(`Hej alla,

Information om hjärt-lungräddning: Vi erbjuder HLR-utbildning för all personal den 10 och 17 mars. En
hjärtstartare finns nu vid receptionen. Ta gärna kursen – det kan rädda liv!

Säkerhetssamordnaren`),
  d(`Från: Emma Söderlund
Skickat: den 20 januari 2026 19:29
Till: Skolans kurator
Ämne: Hjälp

Hej Marie,
Jag är Elins mamma i 8A. Jag har inte sagt det till någon på skolan förut men vi är hemlösa sedan jul och bor hos
min syster. Socialtjänsten har beviljat nödbistånd men vi har ingen lägenhet. Elin skäms och vill inte gå
till skolan. Kan vi ses?

Emma`, 'social'),
  d(`Hej!

Info från Socialtjänsten: Kommunen har ett nytt avtal med Stadsmissionen om akut boende för familjer
med barn. Kontakta socialjouren efter kontorstid. Tel 020-123 000.

Kommunikationsavdelningen`),
  d(`[WhatsApp-grupp "Natten avd 7", export]
[03:14] Petra: jag ringde in Jourläkaren för Arvid i sal 4, han har 39,2 och rosslar
[03:15] Petra: förmodligen lunginflammation igen
[03:40] Kim: läkaren ordinerade Tazocin iv, första dosen gav jag 03:35
[03:41] Petra: tack, skriv i journalen så lämnar vi över till morgonen
[05:52] Kim: morgonpersonalen ska få veta att hans dotter vill bli uppringd`, 'health'),
  d(`Hej,

Nytt från Vårdförbundet: Medlemsmöte med temat "Bemanning och patientsäkerhet" 14 april. Alla
sjuksköterskor, barnmorskor och biomedicinska analytiker är välkomna, medlem eller inte.

/Vårdförbundet avdelning Kustsjukhuset`),
  d(`Hej Elisabeth,

Jag har gjort färdigt riskbedömningen för hemtjänstens nya dokumentationssystem. Bilaga: rapport.
Huvudrisker:
1. Personal kan komma åt journaler för brukare de inte har.
2. Lösenord delas mellan kollegor i mobilen.
3. Mejl med beslut om bistånd skickas okrypterat.

Åtgärder föreslås i rapporten.
/Informationssäkerhetsansvarig`),
  d(`Från: Eija Keskitalo
Skickat: den 4 februari 2026 10:20
Till: Biståndshandläggare Anna Sjögren
Ämne: SV: Plats på äldreboende för pappa

Hej Anna,
Tack för beskedet. Som jag sa i telefon är det viktigt för oss att pappa får komma till Koivukoti, den
finskspråkiga avdelningen. Han är tornedaling, uppvuxen i Pajala, och har med demensen nästan helt
tappat svenskan – han pratar bara meänkieli och finska nu.

Hälsningar
Eija Keskitalo

> Från: Anna Sjögren
> Skickat: den 3 februari 2026 15:02
> Hej Eija, beslutet om särskilt boende för din pappa Erkki är klart. Vi försöker hitta en plats som
> passar hans önskemål. Jag återkommer om plats inom 3 månader.
> Anna Sjögren, biståndshandläggare`, 'ethnic-origin', 'social', 'health'),
  d(`Hej!

Som förvaltningskommun för finska och meänkieli ska vi erbjuda äldreomsorg helt eller delvis på dessa
språk till den som begär det. Vi kartlägger nu personalens språkkunskaper. Fyll gärna i enkäten om du
talar finska, meänkieli eller samiska – det är frivilligt.

/Minoritetssamordnaren`),
  d(`Hej Peter,

Angående rekryteringen av tolksamordnare – jag tycker Danijel var den bästa kandidaten. Han är född i
Bosnien, har bosniska och serbiska som modersmål och har jobbat som kontakttolk i tio år. Referenserna
var mycket bra.

/Sanna`, 'ethnic-origin'),
  d(`Hej allihop,

Anteckningar från partigruppsmötet i går (Liberalerna, Västra distriktet) – internt!
1. Nominering: Vi föreslår Karin Ljung (L) som ersättare i byggnadsnämnden.
2. Budgetmotion: Skickas till fullmäktige 20 april.
3. Valkampanj: Kampanjstart 1 augusti. Volontärer: Ove, Sara, Nils.
4. Medlemsavgifter: Betalas senast 31 mars.

/Gruppledaren`, 'political-opinion'),
  d(`Hej Rune,

Jag ville bara säga tack för samtalet i fikarummet. Jag håller inte alls med dig om invandringen, som du vet
röstade jag på Miljöpartiet, men det var bra att vi kunde prata om det utan att bli osams.
Vi får ta en ny diskussion efter valet :)

/Gunnel`, 'political-opinion'),
  d(`Hej!

Vi har fått frågan om vi som kommunanställda får engagera oss i politiken. Svaret är ja – du får vara
medlem i ett parti, gå på möten och kandidera. Du ska däremot inte driva partipolitik i tjänsten eller
använda kommunens e-post för partiärenden.

/Kommunjuristen`),
  d(`Hej Malin,

Lisa i 6B har berättat för mig att hennes familj tillhör Jehovas vittnen och att hon därför inte får vara
med på födelsedagskalaset eller jul- och påskfirandet i klassen. Kan vi planera en alternativ aktivitet åt
henne? Hon var ledsen förra året när hon satt ensam i biblioteket.

/Fritidspedagog Johan`, 'religion'),
  d(`Hej Kristina!

Jag har funderat över det du sa om din pappa. Om jag förstår rätt är han katolik och vill ha sista smörjelsen
om det blir aktuellt, och ni vill att personalen på hospicet ringer fader Tomasz. Jag har skrivit in det i
hans vårdplan. Vi respekterar det fullt ut.

Varma hälsningar
Sjuksköterska Annika, Hospice Ljusgården`, 'religion', 'health'),
  d(`Hej,

Genetiska mottagningen har nu svarat på remissen för Liam (3 år): kromosomanalysen (array-CGH) visade en
mikrodeletion 22q11.2. Det förklarar hjärtfelet och talsvårigheterna. Föräldrarna har fått beskedet och
erbjuds själva testning. Liam behöver stöd i förskolan, och habiliteringen kontaktar er.

Barnläkare Maria Hedlund, Barn- och ungdomsmedicin`, 'genetic', 'health'),
  d(`Från: Tor Eklund
Skickat: den 7 mars 2026 13:02
Till: Åsa (HR)
Ämne: Friskvård

Hej Åsa,
Jag har hittat en friskvårdstjänst som erbjuder "DNA-baserade kostråd". Kan det räknas som friskvård
enligt vår policy? Det kostar 1 990 kr.

/Tor

> Svar från Åsa: Nej tyvärr, DNA-tester omfattas inte av friskvårdsbidraget enligt policyn.`),
  d(`Hej,

Förtydligande inför mötet om Fredrik: Han har berättat att han under längre tid haft ett sexuellt förhållande
med en brukares anhöriga, som han träffade på jobbet. Det är inte olagligt, men det strider mot
yrkesetiken och han har inte sagt det till någon. Vi måste ta ställning till om han kan arbeta kvar med
brukaren.

/Enhetschef Britt`, 'sex-life', 'hr-assessment'),
  d(`Hej!

Jag vill informera om att min sambo Emelie och jag (vi är två mammor) har fått ett barn, och att jag
därför tar ut föräldradagar från 1 april. Blanketten är inskickad till Försäkringskassan.

Vänliga hälsningar
Karin Lindgren, Vård och omsorg`, 'sex-life'),
  d(`Från: IT-support (auto)
Till: kontaktcenter@example.se
Ämne: Kod för tvåstegsverifiering

Din engångskod för inloggning i e-tjänsteplattformen är: 384 119
Koden gäller i 10 minuter. Om du inte begärt koden, kontakta IT-support.

-- Vidarebefordrat av Sara N till Jonas P:
"kan du logga in åt mig? jag sitter i möte. koden ovan"`, 'credentials'),
  d(`Hej,

Vi har bytt leverantör för engångskoder vid inloggning. Från måndag får du koden i Authenticator-appen
istället för SMS. Instruktion på intranätet. Dela aldrig koden med någon.

/IT-avdelningen`),
  d(`[Ticket #TK-7781 – Fastighet]
Rapporterat av: Jonna Eklöf, förskolan Solstrålen
Prioritet: Normal

Beskrivning:
Portkoden till förrådet har läckt till föräldrarna. Vi vill byta den. Nuvarande kod: 1914. Vi föreslår 6630.
Kommentar fastighet (Anders): Kod bytt till 6630 2026-02-12. Meddela personalen muntligt.`, 'credentials'),
  d(`Hej!

Inför löneöversynen har HR sammanställt löneläget per yrkesgrupp (medianlöner):
- Undersköterska: 28 900 kr
- Sjuksköterska: 38 400 kr
- Socialsekreterare: 35 200 kr
- Lärare grundskola: 37 600 kr
Sammanställningen innehåller inga individuppgifter.

/HR-controller`),
  d(`Hej Lovisa,

Som avtalat vid lönesamtalet: din nya lön blir 41 200 kr från 1 april (tidigare 39 800 kr). Motiveringen är
ditt arbete med implementeringen av e-arkivet och att du tagit ansvar för nya kollegor. Lönen syns i
april-lönen med retroaktiv ersättning.

Grattis och tack för ett bra år!
/Annelie, chef Arkiv och registratur`, 'salary', 'hr-assessment'),
  d(`Hej,

Faktura från Thorén Bygg AB ska betalas till deras nya konto. Det står på fakturan: Bankgiro 5050-1055.
Kan du dubbelkolla med företaget per telefon innan du ändrar? Det har förekommit bedrägerier med
falska kontouppgifter.

/Ekonomichef`),
  d(`Från: Sofia Ek
Skickat: den 12 mars 2026 08:02
Till: Kontaktpersonsadministrationen
Ämne: Arvode

Hej!
Jag är kontaktperson för en ungdom sedan februari och har inte fått mitt arvode. Mina kontouppgifter:
Danske Bank, clearing 1200, konto 3012 551 8 (Sofia Ek). Blanketten skickades med posten den 20 februari.

/Sofia`, 'bank-account'),
  d(`Hej,

Jag skickar kopior av vårt interna yttrande till förvaltningsrätten i målet om LVM för Johan S. Yttrandet
innehåller uppgifter om hans hälsa och missbruk och omfattas av sekretess enligt 26 kap. 1 § OSL.
Skicka det inte vidare.

/Jurist, Socialförvaltningen`, 'secrecy', 'social', 'health'),
  d(`Hej!

Kom ihåg att alla handlingar som skickas till förvaltningsrätten ska skickas via den säkra e-tjänsten. I
mejl och brev som omfattas av sekretess ska det stå "Sekretess enligt OSL" i sidhuvudet.

Administrationen, Juridiska enheten`),
  d(`Hej Kristin,

Jag har fått ett mejl från en privatperson som betalade bygglovsavgiften med fel kort och vill ha tillbaka
pengarna. Han skriver: "Mitt kort 4024 0071 8867 1542, exp 06/26, drogs två gånger." Kan ni återbetala
till samma kort? Vi har bara hans mejl. Jag har inte vidarebefordrat det mer än till dig.

/Byggnadsnämndens kansli`, 'payment-card'),
  d(`Hej,

Vi har fått ett anonymt tips om att en anställd, Stefan Nordin, har en pågående brottsutredning om
bedrägeri mot sin förra arbetsgivare. Vi kan inte verifiera detta. Jag föreslår att vi inte agerar på
tipset men dokumenterar att det kommit in.

/HR-chef`, 'criminal-record'),
  d(`Hej!

Årets sommarjobb för ungdomar: Sista ansökningsdag 1 april. Ungdomen behöver ingen betyg eller CV, men
ett personligt brev. Lön 115 kr/timme. Alla sökande får besked senast 15 maj.

Arbetsmarknadsenheten`),
  d(`Hej Pia,

Jag har gått igenom närvaron i min grupp för vecka 6–9. Alla har godtagbar närvaro förutom Ida Nyström
(närvaro 61 %) och Tim Öst (frånvaro vid samtliga moment i laborationerna). Båda har fått F på delprov 1.
Jag bokar samtal med dem.

/Lärare Kemi 1, Gymnasiet Norra`, 'grades'),
  d(`Hej,

Protokoll, styrgrupp e-tjänster, 2026-03-06

1. Status e-tjänst för ansökan om försörjningsstöd: klar för test.
2. BankID-inloggning: fungerar.
3. Betalning med kort i e-tjänsten för bygglov: leverantör upphandlad.
4. Risker: Tidplan för LSS-ansökan försenad.
5. Nästa möte 3 april.

/Sekreterare`),
  d(`Från: Helén Ragnarsson
Skickat: den 22 januari 2026 17:05
Till: Teamet på Rehab Öst
Ämne: Tack och info

Hej alla!
Tack för blommorna. Jag vill ge er lite information eftersom många frågat. Efter min brors insjuknande
har hela familjen utretts och jag har fått beskedet att jag har samma ärftliga hjärtsjukdom, hypertrofisk
kardiomyopati – genetiskt bekräftad (MYBPC3). Jag får en ICD inopererad i februari och blir borta
ungefär tre veckor. Det är inget ni behöver oroa er för, jag mår okej.

Kram Helén

--
Helén Ragnarsson, fysioterapeut
Rehab Öst, Region Kustland`, 'genetic', 'health'),
  d(`Hej!

Forskningsstudien "Ärftlighet och diabetes hos barn" söker deltagare. Familjer där ett barn har typ 1-
diabetes kan anmäla sig. Studien innebär ett blodprov och en enkät. Information finns i väntrummet på
barnmottagningen.

Forskningsenheten`),
  d(`Hej Fredrik,

Polisen har begärt ut de fingeravtryck som registrerades i passersystemet för Tommy Ljung (anst.nr 18822)
i samband med utredningen om inbrottet i förrådet. Juristen säger att vi ska sekretesspröva begäran.
Mallarna ligger kvar i systemet eftersom han fortfarande har behörighet.

/Säkerhetschef`, 'biometric', 'criminal-record'),
  d(`Hej alla,

Påminnelse om att fotografering för nya passerkort sker i receptionen tisdagar 9–11. Bilden används
bara för att skrivas ut på kortet och lagras inte för ansiktsigenkänning.

/Receptionen`),
  d(`Från: Oscar Lind, ekonomiassistent
Skickat: den 9 mars 2026 09:11
Till: Inköpskortsansvarig
Ämne: Spärra kort

Hej,
Jag har tappat mitt inköpskort någonstans mellan stationen och jobbet. Kortnummer 4571 9911 2040 7718,
giltigt till 02/28. Kan ni spärra det omedelbart och beställa ett nytt?

/Oscar`, 'payment-card'),
  d(`Hej!

Förvaltningens inköpskort förnyas automatiskt. Nya kort skickas till respektive kortinnehavare i april.
Aktivera kortet på bankens webbplats. Kortnummer och CVC ska förvaras säkert och aldrig lämnas ut.

Ekonomiavdelningen`),
  d(`Minnesanteckningar – Arbetsplatsträff, Hemtjänst Centrum, 2026-02-18

1. Välkommen till Jasmine och Petter, nya på gruppen.
2. Schema: Nytt schema från v. 14. Synpunkter till Anita senast 1 mars.
3. Brukare: Vi har fått sex nya beslut om hemtjänst sedan januari, flera med dubbelbemanning. Listan i
   planeringen.
4. Nyckelhantering: Alla nyckelgömmor ska ha unika koder. Koderna får inte skrivas i dagboken.
5. Arbetsmiljö: Ergonomisk genomgång med företagshälsan i april.
6. Facket: Kommunal har medlemsmöte 12 mars.
7. Övrigt: Glöm inte att ladda telefonerna.`),
  d(`Hej,

Sammanfattning av mitt samtal med Vera (undersköterska) idag på hennes begäran:
Hon upplever att hon fått sämre pass sedan hon berättade att hon är med i Kommunals styrelse. Hon vill att
schemaläggningen ses över. Jag har lovat att titta på de senaste tre månaderna.

/Enhetschef Anita`, 'trade-union'),
  d(`Hej!

Flera medarbetare har frågat hur lönen för timvikarier räknas ut. Timlön för timvikarier inom vård och
omsorg är från 1 april 160 kr/h. OB och semesterersättning tillkommer enligt avtal.

/Bemanningsenheten`),
  d(`Från: Anna-Karin Ek
Skickat: den 25 februari 2026 12:00
Till: HR Direkt
Ämne: Lön sjuklön

Hej,
Jag var sjuk 8–12 februari (bihåleinflammation, läkarintyg fanns ej behövt). På min lönespec står det
att avdraget blev 3 980 kr, men min lön är ju 30 700 kr. Ska det verkligen vara så mycket?

Anna-Karin Ek, Kostenheten`, 'health', 'salary'),
  d(`Hej!

Ni som vill gå med i facket: vi har fått frågor om vilka förbund som finns hos oss. Kommunal, Vision,
Vårdförbundet, Sveriges Lärare och Akademikerförbunden SSR finns representerade. Kontaktuppgifter på
intranätet.

/HR`),
  d(`Hej,

Jag skickar utdrag ur min förra utvärdering av Ronja (praktikant socionomprogrammet) till universitetet:
Ronja har visat god förmåga att bemöta klienter och skriva dokumentation. Hon har ibland svårt att sätta
gränser och tar med sig arbetet hem. Sammantaget bedömer jag praktiken som godkänd.

/Handledare Eva Larsson, Barn och unga`, 'hr-assessment', 'grades'),
  d(`Från: Christina Wahl <christina.wahl@hallby.se>
Skickat: den 13 mars 2026 15:58
Till: Ledningsgruppen Vård och omsorg
Ämne: VB: SV: SV: Bemanning påsk – svar från enheterna

Hej,
Här är tråden med svaren från enheterna, så att ni ser helheten inför mötet på måndag.
Kort: Tallbacken och Ekbacken har löst påsken, Strandgården saknar fortfarande tre nattpass.

/Christina

Från: Roger Ström
Skickat: den 12 mars 2026 09:10
Till: Christina Wahl
Ämne: SV: SV: Bemanning påsk

Strandgården: vi har försökt med timvikarier men ingen nappar. Två i ordinarie personal är
föräldralediga och en har fått besked om långtidssjukskrivning. Vi har frågat bemanningsenheten.
Ingen av oss kan ta fler pass enligt arbetstidslagen.

/Roger

Från: Lena Berg
Skickat: den 11 mars 2026 16:22
Till: Christina Wahl
Ämne: SV: Bemanning påsk

Ekbacken: löst! Vi har bytt några pass och fått hjälp av två studenter.

Från: Christina Wahl
Skickat: den 10 mars 2026 08:00
Till: Enhetschefer äldreboenden
Ämne: Bemanning påsk

Hej alla, meddela senast onsdag hur läget ser ut för påskhelgen. Finns det luckor?

--
Christina Wahl
Verksamhetschef, Vård och omsorg
Hallby kommun
Växel 0470-10 00 00

Tänk på miljön innan du skriver ut detta e-postmeddelande.`),
  d(`Från: Roger Ström
Skickat: den 16 mars 2026 07:48
Till: Christina Wahl
Ämne: SV: VB: SV: SV: Bemanning påsk – svar från enheterna

Hej Christina,
En uppdatering innan mötet. Det är Linnea Åberg som är långtidssjukskriven – hon har fått en
bröstcancerdiagnos och ska genomgå cellgiftsbehandling under våren. Hon har sagt att det är okej att
ledningen vet, men inte arbetsgruppen än. Jag har bokat ett samtal med henne och företagshälsan.

Dessutom har vi fått klart med en sjuksköterska från bemanningsbolaget för natten till påskdagen.
Återstår två pass.

/Roger

> Från: Christina Wahl
> Skickat: den 13 mars 2026 15:58
> Hej, här är tråden med svaren från enheterna ...
> Strandgården saknar fortfarande tre nattpass.

--
Roger Ström
Enhetschef, Strandgårdens vård- och omsorgsboende
Hallby kommun

KONFIDENTIALITET: Detta meddelande kan innehålla information som omfattas av tystnadsplikt.`, 'health'),
  d(`PROTOKOLL – Samverkansgrupp Barn- och elevhälsa, Västerby kommun
Datum: 2026-02-20, kl 09.00–11.30
Plats: Kommunhuset, rum Linnea

Närvarande:
Ulrika Åhman, ordf (skolchef)
Anders Tell (socialtjänsten, Barn och unga)
Mervi Lahti (BUP Västerby)
Kristian Eng (polisen, kommunpolis)
Lena Aspelin, sekr.

§ 1 Mötets öppnande
Ordföranden hälsade välkomna.

§ 2 Lägesbild skolan
Skolchefen redovisade statistik: frånvaron har ökat i åk 7–9 till i snitt 11 %. Tre skolor
har påbörjat närvaroteam.

§ 3 Lägesbild socialtjänsten
Orosanmälningar från skolan ökade med 14 % 2025. Många gäller psykisk ohälsa.

§ 4 Lägesbild BUP
Väntetid till första besök: 84 dagar. Prioritering av ätstörningar och suicidrisk.

§ 5 Lägesbild polisen
Oro för narkotikaförsäljning vid två skolor. Polisen samverkar med fältgruppen.

§ 6 Gemensam handlingsplan
Arbetsgrupp bildas, rapport till nästa möte.

§ 7 Nästa möte
15 maj 2026.

Vid protokollet: Lena Aspelin
Justeras: Ulrika Åhman`),
  d(`Från: Mervi Lahti <mervi.lahti@bup.example.se>
Skickat: den 21 februari 2026 10:02
Till: Anders Tell
Ämne: Uppföljning efter samverkansmötet – ärende

Hej Anders,
Som vi pratade om efter mötet igår (inte i protokollet):

Pojken, Filip N. i åk 8 på Västerbyskolan, är aktuell hos oss sedan november. Han har en depression
och vi har påbörjat behandling med fluoxetin. Mamma berättade vid senaste besöket att pappan har
börjat dricka igen och att Filip ofta sover hos en kompis. Vi gör en orosanmälan till er idag, den kommer
formellt via e-tjänsten.

Skolan har rapporterat att han har 40 % frånvaro och inte har betyg i fyra ämnen.

Jag är på plats hela nästa vecka.

Vänliga hälsningar
Mervi Lahti
Leg. psykolog, BUP Västerby

Detta e-postmeddelande och eventuella bilagor omfattas av sekretess enligt 25 kap. 1 § OSL. Om du
inte är rätt mottagare, radera meddelandet och kontakta avsändaren.`, 'health', 'social', 'grades', 'secrecy'),
  d(`[Chattexport – Teams, kanal "IT-drift jour", 2026-03-08]

[08:02] Mikael H: morgon. någon som vet varför VPN:en ligger nere?
[08:05] Sara F: certifikatet gick ut i natt, jag håller på
[08:06] Mikael H: behöver du hjälp?
[08:07] Sara F: gärna, logga in på fw01 och kolla tunneln
[08:07] Mikael H: lösenordet har ändrats va?
[08:09] Sara F: ja det ligger i vaulten under "Brandvägg prod"
[08:10] Mikael H: ok hittade
[08:24] Mikael H: tunneln uppe igen
[08:25] Sara F: 🙌
[08:26] Sara F: skriv en incidentrapport
[08:40] Mikael H: klart, INC-22018
[08:41] Sara F: och byt lösenordet efter att du använt det, enligt rutin
[08:42] Mikael H: gjort
[09:15] Per B: vad hände med VPN? användarna klagar
[09:16] Sara F: löst sedan 08.24, utgånget cert
[09:17] Per B: tack!`),
  d(`VECKOBREV – HR Direkt, vecka 11

Hej alla chefer!

📌 Lönerevision 2026
Lönesamtalen ska vara klara 31 mars. Underlag per medarbetare finns i lönemodulen. Observera att
individuella löner inte får skickas i vanlig e-post.

📌 Rehabilitering
Ny rutin för tidiga insatser: vid sex sjukfrånvarotillfällen på tolv månader ska chefen kalla till samtal.
Mallen finns i HR-portalen.

📌 Kompetensbaserad rekrytering
Utbildning 17 april. Vi tar bland annat upp hur man använder personlighetstest och hur resultatet ska
återkopplas.

📌 Utdrag ur belastningsregistret
Påminnelse: utdrag krävs för alla nyanställda inom skola, förskola och LSS. Utdraget ska visas, inte
sparas.

📌 Fackliga förhandlingar
MBL-förhandling om ny organisation inom kostenheten 24 mars med Kommunal.

Trevlig vecka!
HR Direkt`),
  d(`Från: Joakim Berg
Skickat: den 18 mars 2026 21:33
Till: HR Direkt
Ämne: SV: VECKOBREV – HR Direkt, vecka 11

Hej,
Apropå punkten om sjukfrånvarotillfällen. Jag har en medarbetare, Hanna Lind, som har haft sju
korttidsfrånvaron sedan i våras. Hon har berättat att det är hennes endometrios och att hon väntar på
operation. Ska jag ändå kalla till samtal enligt den nya rutinen? Det känns fel när vi vet orsaken.

Joakim Berg
Enhetschef, Kostenheten

> VECKOBREV – HR Direkt, vecka 11
> 📌 Rehabilitering
> Ny rutin för tidiga insatser: vid sex sjukfrånvarotillfällen på tolv månader ska chefen kalla till
> samtal. Mallen finns i HR-portalen.
> 📌 Kompetensbaserad rekrytering
> Utbildning 17 april.`, 'health'),
  d(`Minnesanteckningar, Ledningsgrupp IFO, 2026-03-11

Närvarande: Eva (avd.chef), Jonas, Malin, Farid, Ingela (sekr)

1. Ekonomi
   Prognos för placeringar: -3,2 mnkr. Tre nya HVB-placeringar sedan januari.
2. Personal
   - Rekrytering av två socialsekreterare klar, start 1 april.
   - Konsultkostnaderna minskar.
   - Malin informerade att en medarbetare på försörjningsstöd fått skriftlig varning efter att ha
     sökt i akter utan tjänsteärende (loggkontroll). Medarbetaren, Tobias, har erkänt. Ärendet går till
     PA-rådet.
3. Verksamhet
   - Ny rutin för ekonomiskt bistånd till EU-medborgare.
   - Våld i nära relationer: uppdaterad handbok.
4. Arbetsmiljö
   Medarbetarenkäten visar hög stress på Barn och unga.
5. Övrigt
   Nästa möte 25 mars.`, 'hr-assessment'),
  d(`From: Grace Okafor <grace.okafor@kommun.example.se>
Sent: Thursday, 5 March 2026 11:40
To: Lars Nyman
Subject: RE: RE: Onboarding documents

Hi Lars,

Thanks for your patience. Attached are the signed documents. A few answers to your questions:

1. Bank details for my salary: Nordea, clearing 3300, account 8504 123 456 (personal account).
2. Emergency contact: my husband, Chidi Okafor, 073-555 01 22.
3. Union: yes, I'd like the union fee deducted from my salary – I joined Akademikerförbundet SSR last
   week.
4. I have no dietary restrictions for the introduction lunch.

Looking forward to starting on Monday!

Best,
Grace

> From: Lars Nyman
> Sent: Tuesday, 3 March 2026 14:10
> Hi Grace, welcome! Before your first day I need: (1) bank details for salary, (2) emergency contact,
> (3) whether you want union fees deducted, (4) dietary needs for the lunch. /Lars`, 'bank-account', 'trade-union'),
  d(`From: Lars Nyman
Sent: Tuesday, 3 March 2026 14:10
To: New employees, Planning department (spring intake)
Subject: Onboarding documents

Hi all, and welcome!

Before your first day I need a few things from each of you:
1. Bank details for salary payments – please enter them yourself in the self-service portal, do not
   email them.
2. An emergency contact.
3. Whether you want union fees deducted from your salary (only if you are a member of a union that
   has an agreement with us).
4. Dietary needs for the introduction lunch.

Your login details will be sent by text message on the first day.

See you soon,
Lars Nyman
HR Coordinator`),
  d(`Från: Sekretariatet, Överförmyndarnämnden
Skickat: den 27 februari 2026 13:22
Till: God man Helena Strid
Ämne: Årsräkning – komplettering

Hej Helena,
Vi har granskat årsräkningen för din huvudman Bengt Ivarsson. Vi behöver komplettering:

• Kontoutdrag för huvudmannens transaktionskonto i Handelsbanken (clearing 6401, konto 253 118 440)
  för december saknas.
• Underlag för utbetalningen på 12 000 kr till hans dotter i oktober.
• Beslut om bostadstillägg.

Uppgifter om huvudmannens ekonomi och hälsa omfattas av sekretess enligt 32 kap. 4 § OSL.
Komplettera senast 31 mars.

Med vänlig hälsning
Överförmyndarhandläggare Kim Larsson`, 'bank-account', 'secrecy'),
  d(`Hej!

Information till alla gode män och förvaltare:
Årsräkningen för 2025 ska lämnas in senast 1 mars. Bifoga kontoutdrag för samtliga konton som tillhör
huvudmannen. Uppgifter om huvudmannens ekonomi omfattas av sekretess hos Överförmyndarnämnden.
Blanketten finns på kommunens webbplats.

Har du frågor, ring oss på telefontiden tisdagar 9–11.

Överförmyndarnämnden`),
  d(`Från: Jenny Karlsson
Skickat: den 2 mars 2026 16:20
Till: Arbetslaget åk 4–6
Ämne: Inför utvecklingssamtalen

Hej kollegor!

Här är min lista över vad vi behöver ta upp på utvecklingssamtalen med ett par elever. (Radera mejlet
efteråt.)

- Melker (5A): Resultaten i matte har sjunkit kraftigt, 11/40 på senaste provet. Behöver
  extra anpassningar.
- Zainab (5B): Har klarat alla kunskapskrav i svenska som andraspråk, kan gå över till svenska.
- Hugo (6A): 18 % frånvaro, mest idrotten. Föräldrarna säger att han har ont i magen, men vi vet inte.
- Ella (6B): Mycket bra, A-nivå i engelska och NO.

Vi ses på torsdag.
/Jenny`, 'grades'),
  d(`Hej alla föräldrar i åk 5!

Nu är det dags för utvecklingssamtal. Boka tid i Skolplattformen senast fredag. Samtalet tar 20 minuter
och handlar om hur ert barn utvecklas mot kunskapskraven, trivsel och mål framåt. Eleven förbereder
samtalet tillsammans med mentor.

Tolk kan bokas vid behov – meddela mentor.

Välkomna!
Arbetslaget åk 4–6`),
  d(`Från: Petra Sundin
Skickat: den 9 mars 2026 08:41
Till: Förvaltningsjuristen
Ämne: Fråga om utlämnande – körjournaler

Hej,
En journalist har begärt ut körjournalerna för förvaltningens bilar för januari. I körjournalerna finns
bland annat resor till en adress där en av våra medarbetare, Henrik S., hämtats – han har kvarskrivning
och den verkliga adressen framgår av journalen. Ska vi maska den?

/Petra, fordonssamordnare

--
Svar från juristen: Ja, maska adressen. Uppgiften omfattas av sekretess enligt 22 kap. 1 § OSL.`, 'protected-identity', 'secrecy'),
  d(`Hej Samira,

Det var länge sedan! Jag har tänkt mycket på vårt samtal i julas. Jag respekterar att du har bestämt dig för
att konvertera till kristendomen, och att din familj har svårt med det. Om du behöver ett annat
boende för en period kan vi prata med socialtjänsten om det – hör av dig om du vill ha hjälp.

Kram från Annika, kurator på gymnasiet`, 'religion'),
  d(`Hej,

Kort sammanfattning från dialogmötet med trossamfunden i kommunen:
- Deltagande: Svenska kyrkan, Katolska församlingen, Islamiska föreningen, Syrisk-ortodoxa kyrkan, Judiska
  församlingen.
- Tema: samverkan vid kris och beredskap.
- Beslut: gemensam kontaktlista uppdateras, krisövning i oktober.

/Beredskapssamordnaren`),
  d(`Från: Nämndsekreterare Sofia Lund
Skickat: den 24 februari 2026 10:12
Till: Ledamöter och ersättare, Kultur- och fritidsnämnden
Ämne: Jäv – ärende 7

Hej,
Inför sammanträdet: Ordföranden Ove Bergqvist (KD) har anmält jäv i ärende 7 (bidrag till Missionskyrkan)
eftersom han är medlem i församlingens styrelse. Vice ordförande leder nämnden under ärendet.

/Sofia`, 'political-opinion', 'religion'),
];
