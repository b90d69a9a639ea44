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

Handlingarna finns på kommunens webbplats. Sammanträdet är öppet för allmänheten och sänds på webb-tv.`),
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
§4 Nästa möte 27 februari.`),
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
];
