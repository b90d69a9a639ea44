/**
 * Training set train-l: a TRAINING set for Kuvert's category classifier, written from the labelling guide
 * alone (no other corpus and no classifier code was read). Style: longer, messy texts — forwarded threads
 * with quoted history and "Från: … Skickat: …" headers, signatures and legal disclaimers, meeting minutes and
 * APT notes with several agenda items, weekly summaries, chat exports with timestamps, ticket-system and
 * HR-system mails, case-note excerpts, newsletters and bullet lists, in Swedish and English. The sensitive
 * fact, when there is one, may sit anywhere and is often said indirectly; many documents use the same
 * vocabulary without disclosing anything about a person (hard negatives, label nothing).
 * All names, places, numbers, codes and details are invented.
 */
import type { CategoryType } from '../../../../src/core/classify/types.js';
import type { LabelledDocument } from '../category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const TRAIN_L: readonly LabelledDocument[] = [
  d(`Hej Maria,

Vidarebefordrar nedan, se särskilt sista stycket i Lenas mejl.

/Jonas

Från: Lena Bergkvist <lena.bergkvist@fyrbacka.se>
Skickat: den 3 november 2026 09:14
Till: Jonas Ek
Ämne: SV: Schema v. 46

Hej Jonas,
Jag har lagt in passen för torsdag och fredag. Kan du kolla att Ahmed är med på kvällen?

Apropå Sara – hon ringde i morse, hon är kvar på ortopeden efter fallet i helgen och det blir nog gips i sex veckor. Hon vill inte att det sprids i gruppen än.

Mvh Lena
Enhetschef, Hemtjänst Norr`, 'health'),
  d(`Protokoll APT Ekbackens förskola 2026-10-14

Närvarande: Anna, Fredrik, Linnea, Pia, Sanna, Tove
1. Föregående protokoll – godkänt.
2. Arbetsmiljö: bullret i Blå avdelningen, mätning beställd via Kommunfastigheter.
3. Sjukfrånvaro: förvaltningens statistik visar 7,2 % för kvartalet, något lägre än i fjol. Inga åtgärder utöver det länsgemensamma friskvårdsbidraget.
4. Fackliga frågor: Kommunal informerar om löneöversynen på fikarummets anslagstavla.
5. Övrigt: julbord 11 december, anmälan till Pia.

Vid protokollet: Tove Sundin`),
  d(`[2026-09-02 08:41] Kim: morrn, någon som har koden till förrådet i källaren?
[2026-09-02 08:42] Ulrika: 4471# men den byts på fredag
[2026-09-02 08:42] Kim: tack!!
[2026-09-02 08:50] Ulrika: och ta med nyckelkortet, larmet går annars
[2026-09-02 09:03] Kim: fixat, hämtade stolarna till samlingen`, 'credentials'),
  d(`Från: HR-systemet Heroma <noreply@heroma.vasterby.se>
Skickat: måndag 12 oktober 2026 06:00
Ämne: Påminnelse – attestera avvikelser

Du har 3 avvikelser som väntar på attest för period 2026-09.
Logga in i Självservice och välj Attestera. Kontakta lönecenter om något ser fel ut.

Detta meddelande går inte att besvara.`),
  d(`Hi team,

Quick summary of this week:
- the migration of the case system is on track, cut-over planned for 21 Nov
- Peter is still off — his back surgery was moved to Thursday and he expects at least four weeks of rehab afterwards, so please route his tickets to Amira
- new laptop images are ready for testing

Cheers,
Daniel
IT Service Desk, Region Norrmark`, 'health'),
  d(`Anteckningar – ärendedragning IFO Barn och unga 2026-11-05

Ärende 1: Pojke 9 år, Ängstorpsskolan. Skolan har gjort en orosanmälan efter att pojken berättat att han inte fått mat hemma sedan fredagen. Förhandsbedömning inleds, samtal med vårdnadshavare bokas.
Ärende 2: Uppföljning placering, flicka 15 år, familjehem i Västra Sund. Fungerar väl.
Ärende 3: Generell fråga om rutin vid skolans anmälningar – tas upp på nästa metodmöte.

Uppgifterna omfattas av sekretess enligt 26 kap. 1 § OSL.`, 'social', 'secrecy'),
  d(`Hej alla!

Nu är det dags för höstens personalfest 🎉
Datum: fredag 20 november
Plats: Stadshotellets festvåning
Meny: vegetarisk, kött eller fisk – ange allergier och specialkost i formuläret (t.ex. halal, kosher, laktosfritt).

Anmälan senast 6 november. Varmt välkomna!
Festkommittén`),
  d(`Från: Helena Strand
Skickat: den 28 oktober 2026 16:22
Till: Per Wikström
Ämne: VB: lönesamtal

Per, fyi. Jag har lovat att återkomma innan fredag.

-----Ursprungligt meddelande-----
Från: Mikael Johansson
Skickat: den 28 oktober 2026 14:05
Till: Helena Strand
Ämne: lönesamtal

Hej Helena,
Tack för samtalet i dag. Som jag sa tycker jag att 34 200 kr är för lite med tanke på att jag tagit över samordningen efter Britt. Jag hade hoppats på minst 36 500 från 1 april. Om det inte går vill jag gärna att vi skriver in en tydlig plan.
/Mikael`, 'salary'),
  d(`Veckobrev vecka 44 – Solrosens skola åk 4

Hej vårdnadshavare!
Denna vecka har vi arbetat med bråk i matte och börjat läsa "Kometjakten" i svenska.
Påminnelse: utvecklingssamtalen hålls vecka 47, boka tid i Vklass.
Frånvaro anmäls före kl. 07.45 i appen.
På fredag är det idrott utomhus – ta med ombyte.

Hälsningar Jessica och Ola`),
  d(`Hej Ola,

Jag ville bara ge en bakgrund inför utvecklingssamtalet med Elias nästa vecka. Han har 14 ogiltiga frånvarotimmar den här terminen, mest på måndagar, och på provet i NO fick han 9 av 30. Jag tror att det hänger ihop.
Kan vi ses 15 min innan?

/Jessica`, 'grades'),
  d(`Ärende #48213 – Ny användare
Status: Löst
Beställare: Karin Holm, Ekonomienheten

Konto skapat för vikarie Joel Nyberg (jn1142).
Tillfälligt lösenord: Vinter-Kaffe-88
Användaren tvingas byta vid första inloggning.

Stängt av: servicedesk/MK`, 'credentials'),
  d(`Minnesanteckningar – nätverksträff för HR-specialister, 9 okt

• Genomgång av nya rutinen för rehabilitering: tidiga samtal vid upprepad korttidsfrånvaro, kontakt med företagshälsovården efter 14 dagar.
• Workshop om arbetsförmåga – hur man formulerar en rehabplan tillsammans med medarbetaren.
• Statistik: långtidssjukskrivningar har minskat i sektor vård och omsorg.
• Nästa träff: februari, Region Norrmark står värd.`),
  d(`Hej!
Vi i styrelsen för Vision Vallby vill tacka alla som kom på medlemsmötet. Särskilt tack till Annika Lövgren som lämnar uppdraget som huvudskyddsombud efter sex år och till Rasmus Ek som valdes in som ny ordförande för sektionen.

Nästa möte 12 januari.
Styrelsen, Vision Vallby`, 'trade-union'),
  d(`Från: Fredrik Lind
Skickat: den 2 november 2026 11:01
Till: Gruppledare
Ämne: Valet till nämnden

Hej,
Påminner om att nomineringarna till socialnämndens arbetsutskott ska vara in senast 15/11.
Kommunfullmäktiges sammanträde 26/11 är flyttat till stora salen.
Partigrupperna träffas som vanligt kl. 17.

Fredrik Lind
Nämndsekreterare`),
  d(`Protokoll Barn- och utbildningsnämnden 2026-10-21

Närvarande ledamöter: Hanna Lund (M), ordförande, Omar Said (S), Birgitta Ström (C), Lars Nyman (SD), Elin Vik (V)
§ 45 Budgetuppföljning – nämnden beslutar att lägga informationen till handlingarna.
§ 46 Skolskjuts – ärendet återremitteras. Reservation från Elin Vik (V) och Omar Said (S).
§ 47 Anmälningsärenden – inga.

Justeras: Hanna Lund, Birgitta Ström`, 'political-opinion'),
  d(`Hi Mats,

Thanks for forwarding the vendor offer. Two comments:
1) Their API key handling looks OK – they store keys in a vault and rotate every 90 days.
2) We need a DPA before any test data goes over.

Let me know when legal has had a look.
Rgds, Sofia`),
  d(`Hej Anette!

Kan du lägga in min nya lönekonto i systemet? Jag har bytt bank.
Handelsbanken, clearing 6123, konto 482 117 904.
Gäller från nästa löneutbetalning.

Tack!
Malin Ek, lokalvårdare, Norra skolan`, 'bank-account'),
  d(`Till: ekonomi@hagaby.se
Ämne: Utbetalning arvode god man

Hej, arvodet för mitt uppdrag som god man för Ingrid ska betalas ut till mitt konto i Swedbank 8327-9, 914 302 556-1. Underlaget finns hos överförmyndaren.

Med vänlig hälsning
Göran Åkesson`, 'bank-account'),
  d(`[14:02] Johanna: Kort fråga – kunden ringde och ville betala fakturan med kort över telefon
[14:03] Johanna: hon läste upp 4571 7360 1234 8896 exp 09/28 cvc 431
[14:03] Patrik: NEJ skriv inte det här!! radera och ring henne tillbaka och hänvisa till betallänken
[14:04] Johanna: oj sorry, tar bort`, 'payment-card'),
  d(`Information från Ekonomiavdelningen

Från och med 1 januari går alla inköp över 5 000 kr via e-handelssystemet. Kortköp med inköpskort är fortsatt tillåtet för mindre belopp.
Kom ihåg: kortnummer, utgångsdatum och CVC får aldrig skickas i mejl. Använd alltid portalen.
Vid frågor, kontakta inköpsstödet.`),
  d(`Hej,

Beställer flygbiljetter för konferensen i Umeå, se bokningsbekräftelse nedan.

Betalkort: **** **** **** 7712
Bokningsreferens: XK4PQ2
Resenär: Annika Holm
Avresa 14 jan 07:10 ARN–UME

/Resebyrån`),
  d(`Sammanfattning medarbetarsamtal – Linda Roos, 2026-10-02
Genomfört av: Tomas Berg

Styrkor: mycket god dokumentation, bra bemötande med brukare.
Utvecklingsområden: kommer ofta sent till överlämningen (noterat vid 6 tillfällen sedan augusti), behöver bli tydligare i kontakten med anhöriga.
Överenskommelse: uppföljning i december. Om förseningarna fortsätter blir nästa steg ett skriftligt samtal.

Dokumentet sparas i personakten.`, 'hr-assessment'),
  d(`Mall för medarbetarsamtal 2027

1. Hur har året varit?
2. Mål och uppdrag – vad har fungerat?
3. Arbetsmiljö och hälsa
4. Kompetensutveckling
5. Lönekriterier – genomgång av de fyra kriterierna
6. Överenskommelser

Fyll i del 1–3 innan samtalet. Mallen finns i Heroma under Mina dokument.`),
  d(`Hej Kristina,

Som vi pratade om i telefon: min sambo och jag ska gifta oss i maj och jag behöver ledigt 14–28 maj. Min blivande fru heter Emma, så du vet när hon ringer och frågar efter mig 😊

Hälsningar
Josefin Larsson
Undersköterska, avd 12`, 'sex-life'),
  d(`Från: Skolsköterska Eva Nord
Skickat: den 9 oktober 2026 13:30
Till: Mentor 8B
Ämne: Amir

Hej,
Amir har varit hos mig flera gånger med huvudvärk och magont och vi har nu remitterat till BUP. Han har fått en tid i december. Jag tar det här med er så att ni kan anpassa provsituationerna något.

Eva`, 'health'),
  d(`Nyhetsbrev – Elevhälsan december

• Nytt material om psykisk hälsa för mentorer, finns på intranätet.
• BUP:s öppna föreläsning om ångest hos tonåringar, 8 december kl. 18.
• Påminnelse: vaccinationer åk 6 genomförs vecka 50.
• Tips: samtalsstöd för personal via företagshälsovården.

God jul önskar elevhälsoteamet`),
  d(`Hej,

Jag har fått uppdraget att ta fram ett underlag om hur vi tar emot judiska och muslimska elever vid skolavslutningar i kyrkan. Vi behöver alternativ för dem som inte vill delta i gudstjänsten. Har någon av er en bra rutin?

Mvh Johan, rektor`),
  d(`Hej Johan,

Angående Noah i 3A: hans föräldrar har bett att han ska slippa skolavslutningen i kyrkan eftersom familjen är judisk och firar i sin församling samma dag. Jag har sagt att det går bra och ordnar aktivitet i skolan för honom.

/Cecilia, klassföreståndare`, 'religion'),
  d(`Tjena

Ny wifi på kansliet sen igår:
Nät: KANSLI-INTERN
Lösen: hostsol2026!

Gästnätet är oförändrat. Skriv inte upp det på whiteboarden den här gången 😅
/Robin IT`, 'credentials'),
  d(`Ämne: Driftstörning – inloggning Office 365

Vi har just nu problem med inloggning via BankID och SITHS-kort. Felsökning pågår.
Byt inte lösenord under tiden, det löser inte problemet.
Uppdatering kommer kl. 11.

IT-avdelningen`),
  d(`Hej Sanna,

Sammanfattning av dagens samtal med Milan och hans kontaktperson från Kommunal:
– Milan vill gå ner till 75 % på grund av sin värk i axeln. Läkarintyget från vårdcentralen bekräftar nedsatt arbetsförmåga till och med februari.
– Kommunal (Ewa Borg) stöttar en omplaceringsutredning.
– Nästa steg: avstämning med Previa 3 december.

/Kerstin, enhetschef`, 'health', 'trade-union'),
  d(`Minnesanteckningar från samverkansgruppen (FSG) 2026-11-11

Närvarande arbetsgivare: Kerstin Wall, Nils Ottosson
Närvarande fack: Kommunal, Vision, Vårdförbundet
1. Information om budget 2027 – besparing 2 % på enhetsnivå.
2. Riskbedömning inför omorganisation av nattpatrullen.
3. Sjukfrånvarostatistik per område – presenterades, inga individuppgifter.
4. Övrigt: inga frågor.`),
  d(`Hej!

Vi vill informera om att Sámi allaskuvla har bjudit in till kulturdag den 6 februari. Alla klasser i åk 4–6 är välkomna att delta i joik- och slöjdverkstaden. Anmälan görs av klassläraren.

Kulturskolan`),
  d(`Hej Birgitta,

Inför mötet med Aili Jonsson och hennes pappa: familjen är renskötande samer från Jokkmokksområdet och Aili är borta delar av våren under kalvmärkningen. Hon har rätt till modersmålsundervisning i nordsamiska, men schemat krockar med engelskan. Kan vi lösa det?

Tack
Ingrid, SYV`, 'ethnic-origin'),
  d(`Från: Polisen, Region Mitt
Skickat: den 4 november 2026 08:55
Till: socialtjänsten Ekby
Ämne: Underrättelse

Till kännedom: Polisen har i natt omhändertagit Dennis Karlsson, 17 år, misstänkt för rån mot en jämnårig vid busstationen. Han har släppts till vårdnadshavare. Ärendet hanteras av ungdomsgruppen.

Uppgifterna omfattas av sekretess.`, 'criminal-record', 'secrecy'),
  d(`Hej,

Utbildningsdag för socialsekreterare 18 nov: "Unga lagöverträdare – samverkan polis och socialtjänst".
Program:
09.00 SoL och LVU i praktiken
10.30 Polisens arbete med unga misstänkta
13.00 Fallövningar (fiktiva ärenden)
15.00 Sekretess mellan myndigheter – 10 kap. 2 § OSL

Anmälan i kompetensportalen.`),
  d(`Tja Henke,

Kolla på registerutdraget för sökande till fritidsgården, jag har lagt det i mappen. Han har en dom för misshandel från 2023, villkorlig dom. Vi behöver prata om det innan vi går vidare med anställning.

/Carro`, 'criminal-record'),
  d(`Rutin: Utdrag ur belastningsregistret

Alla som anställs inom förskola, skola och fritidshem ska visa upp ett utdrag ur polisens belastningsregister (blankett 442.5). Utdraget får inte vara äldre än ett år. Chefen noterar i rekryteringssystemet att utdraget är uppvisat och lämnar tillbaka det i oöppnat kuvert till den sökande.

Senast uppdaterad: 2026-08-01`),
  d(`Hej

Fick ett samtal från skattekontoret idag. Familjen Rahimi har fått skyddad folkbokföring från och med förra veckan, så all post till dem ska gå via Skatteverkets förmedling. Lägg in markering i Procapita och ta bort adressen från klasslistan.

/Annika, skolsekreterare`, 'protected-identity'),
  d(`Ämne: Utbildning – Hantering av skyddade personuppgifter

Alla handläggare på kontaktcenter ska gå den nya webbutbildningen om skyddade personuppgifter före årsskiftet. Den tar ca 40 minuter och tar upp sekretessmarkering, skyddad folkbokföring och vad man gör om någon frågar efter en adress.

Länk finns på intranätet under Utbildningar.`),
  d(`2026-10-19 10:12 Handläggare Sofia M:
Besök med Tiina på kontoret. Hon söker försörjningsstöd för november, har fått avslag från a-kassan. Hyran 6 900 kr. Har börjat läsa SFI-kurs i svenska, kom hit från Finland för tre år sedan men har sverigefinsk pappa. Beslut inom 10 dagar.`, 'social', 'ethnic-origin'),
  d(`Hej!

Påminnelse om nya riktlinjer för ekonomiskt bistånd från 1 januari:
- normen höjs med 2,1 %
- bostadskostnad godkänns upp till 8 200 kr för ensamstående
- hemförsäkring ingår i normen

Riktlinjerna finns i ledningssystemet. Frågor till Lisa Hed, enhetschef försörjningsstöd.`),
  d(`Från: Olle Mattsson
Skickat: fredag 6 november 2026 15:40
Till: Kollegiet
Ämne: SV: SV: Nationella proven

Håller med Petra, vi borde rätta sambedömt i år. Kan vi boka onsdagseftermiddag?

> Från: Petra Lindqvist
> Skickat: fredag 6 november 2026 13:12
> Vi behöver också prata om Wilma i 9C. Hon fick E på delprov B och F på C, och frånvaron är över 30 % i ma. Hennes mamma har hört av sig flera gånger.
>
> > Från: Olle Mattsson
> > Förslag: rättning av NP sker gemensamt vecka 12.`, 'grades'),
  d(`Pressmeddelande – Vallby kommun

Vallby kommun deltar i det nationella projektet "Jämlik hälsa" som ska minska skillnader i hälsa mellan stadsdelar. Projektet pågår 2027–2029 och finansieras delvis av Folkhälsomyndigheten. Insatserna riktas till familjer i Östra Vallby.

Kontakt: kommunikationsavdelningen`),
  d(`Hej Lisa,

Jag vet inte riktigt hur jag ska säga det här men jag vill att du som chef vet att jag har börjat gå på AA-möten och har varit nykter i 40 dagar. Det kan vara så att jag behöver gå tidigare på tisdagar. Jag vill helst inte att det kommer ut i gruppen.

/Anders`, 'health'),
  d(`Chattlogg Teams – kanal "Tjejer på ekonomi" 2026-11-03

09:02 Mia: har nån en laddare till HP?
09:05 Hanna: jag har, kom förbi
09:30 Mia: tack!! förresten visste ni att Sofie och hennes flickvän har flyttat ihop?
09:31 Hanna: ja äntligen 💕
09:31 Lotta: åh vad kul för dem`, 'sex-life'),
  d(`Hej alla,

Pridemånaden är här! Kommunen flaggar med regnbågsflaggan vid stadshuset hela augusti och vi bjuder in till föreläsning om HBTQI-frågor i arbetslivet den 12 augusti.
Föreläsare: RFSL Ungdom.
Anmäl dig via intranätet.

Mångfaldsgruppen`),
  d(`Från: Genetikmottagningen, Universitetssjukhuset
Till: Vårdcentralen Björkhagen, dr Lindström
Ämne: Svar på provtagning

Hej,
Svar på genetisk analys för patienten Karin Öberg: påvisad patogen variant i BRCA1. Hennes syster och mor erbjuds anlagsbärarutredning. Patienten informerad per telefon 2026-10-30.

Mvh Kristoffer Nygren, genetisk vägledare`, 'genetic', 'health'),
  d(`Hej,

Inför budgetarbetet: genetiska analyser vid kliniken har ökat med 18 % sedan 2024 och vi behöver se över avtalet med laboratoriet. Bifogar statistik per kvartal (utan personuppgifter).

/Verksamhetscontroller`),
  d(`Från: Säkerhetsavdelningen
Ämne: Nya passerkort med fingeravtryck – ditt kort

Hej Jörgen Falk,
Ditt fingeravtryck registrerades 2026-10-12 kl. 13:40 i läsaren vid entré B. Mallen är kopplad till kort nr 10-4456. Om du behöver registrera om (t.ex. efter skada på fingret), kontakta receptionen.`, 'biometric'),
  d(`Information om nya passersystemet

Från 1 december installeras läsare med fingeravtrycksigenkänning vid serverhallen. Inga bilder av fingrar sparas, bara en krypterad mall. Deltagande är frivilligt – alternativ är kort + PIN.
Frågor: säkerhetschef Ali Demir.`),
  d(`Hej Tove,

Tack för att du tog dig tid igår. Jag har funderat på det du sa om att du blev ofredad av en kund på kvällspasset och att han tog på dig. Vi har nu gjort en polisanmälan och han är anmäld för sexuellt ofredande. Du ska inte jobba ensam på kvällen framöver.

Omtanke,
Magnus, butikschef`, 'sex-life', 'criminal-record'),
  d(`Från: Reception Stadshuset
Skickat: 15 oktober 2026 07:58
Till: Alla

Dörrkoden till personalingången byts i dag till 2580. Den gamla (1397) fungerar till kl. 12.
Lämna inte ut koden till besökare.

Reception`, 'credentials'),
  d(`Ämne: Löneutbetalning november

Lönen betalas ut onsdag 25 november. Lönespecifikationen finns i Självservice från 23 november. Observera att retroaktiv lön enligt nya avtalet betalas ut i december.

Lönecenter`),
  d(`Hej Eva,

Jag har gått igenom underlaget. Carina hade 31 800 i grundlön, och efter revisionen 33 100 (+1 300). Hon tycker att det är orättvist jämfört med Sara som fick +2 100. Kan du ringa henne?

Mvh
Lars, HR-partner`, 'salary'),
  d(`Hi everyone,

Just a heads-up: the Erasmus staff exchange applications close 30 Nov. This year we have places in Tartu, Gent and Porto. Staff from all departments may apply; the grant covers travel and a daily allowance. Please do not send bank details by e-mail – the grant office will collect them through the portal.

Best, International Office`),
  d(`Hi Camilla,

As requested, here are my bank details for the reimbursement of the conference fee (2 450 SEK):
IBAN SE45 5000 0000 0583 9825 7466
BIC ESSESESS
Account holder: Dr. Thomas Meyer

Thanks a lot!
Thomas`, 'bank-account'),
  d(`Anteckning från samordnad individuell plan (SIP), 2026-11-02

Deltagare: Lena (brukare), hennes bror, LSS-handläggare, boendestödjare, psykiatrin.
Lena har beviljats boendestöd enligt SoL och ansökan om daglig verksamhet enligt LSS är under handläggning. Lenas autism och ångest gör att övergångar behöver förberedas noga.
Ansvarig för uppföljning: LSS-handläggare.`, 'social', 'health'),
  d(`Inbjudan till temadag om LSS

Den 3 december arrangerar Omsorgsförvaltningen en temadag om LSS: personkretsar, insatser och nya domar från förvaltningsrätten. Målgrupp: biståndshandläggare och enhetschefer.
Lunch ingår. Anmälan senast 20 november.`),
];
