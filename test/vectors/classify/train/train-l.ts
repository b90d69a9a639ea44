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
  d(`Från: Anna Kjellberg <anna.kjellberg@regionnorrmark.se>
Skickat: den 16 november 2026 10:47
Till: Mottagning Barn
Ämne: VB: Remiss ärftlighetsutredning

Hej, vidarebefordrar från kliniken. Vänligen boka in familjen.

> Från: Klinisk genetik
> Familjen Sandberg: pappan Tobias är konstaterad bärare av anlag för Huntingtons sjukdom efter prediktiv testning i september. Barnen (12 och 15 år) ska inte testas före 18 års ålder men familjen önskar samtalsstöd.
> Mvh Klinisk genetik`, 'genetic', 'health'),
  d(`Veckosammanfattning – Digitaliseringsenheten v. 45

✔ Pilot ansiktsigenkänning i bibliotekets självutlåning – avbruten efter DPIA, vi går vidare med lånekort och PIN i stället.
✔ E-tjänst för färdtjänst driftsatt.
✔ Röstbrevlådor i växeln flyttade till nya plattformen.
➜ Nästa vecka: workshop om AI-policy.

/Ellen`),
  d(`Hej Niklas,

Angående IT-ärendet med Fatima Hussein på lönekontoret: hennes ansiktsmall i inloggningssystemet (Windows Hello) har registrerats om efter att hon bytt glasögon, och hon har även lagt till fingeravtryck på höger pekfinger som reserv. Allt ser bra ut nu.

/Support nivå 2`, 'biometric'),
  d(`Protokoll Kommunstyrelsens arbetsutskott 2026-11-09

Närvarande: Karl Berglund (S), ordf., Maja Ek (KD), Anton Stål (M), Siv Pettersson (S)
§ 112 Upphandling av skolmat – AU föreslår KS besluta enligt förvaltningens förslag.
§ 113 Medborgarförslag om utegym – besvarat.
§ 114 Information från kommundirektören – noterad.
Anton Stål (M) anmäler jäv i § 112.

Vid protokollet: Emma Sjöberg`, 'political-opinion'),
  d(`Hej allihopa,

Påminnelse inför valet 2026: Som anställd har du rätt att vara politiskt aktiv på fritiden, men i tjänsten ska du vara opartisk. Partisymboler får inte bäras i mötet med medborgare, och valmaterial får inte delas ut på arbetsplatsen.

Frågor? Kontakta kanslichefen.`),
  d(`Hej Sven!

Kul att ses på kafferasten igår. Du frågade om mitt engagemang i Vänsterpartiet – jo, jag sitter numera i distriktsstyrelsen och kommer att vara borta på kongressen i maj. Jag har redan lagt in semester för det.

/Rebecka`, 'political-opinion'),
  d(`Case note excerpt — Family Support Team
Date: 4 Nov 2026
Worker: J. Andersson

Visited the Osei family. Mother (Grace) said they attend the Pentecostal church in Centrum three times a week and that the pastor helps with childcare on Sundays. Daughter (7) is doing well at school. No concerns raised about the home environment at this visit. Next contact in 4 weeks.`, 'religion'),
  d(`Hej,

Julavslutningen på Strandskolan hålls i år i idrottshallen i stället för kyrkan, efter föräldrarnas synpunkter i enkäten. Prästen från Svenska kyrkan medverkar med en kort hälsning som är frivillig att lyssna på.

Med vänlig hälsning
Skolledningen`),
  d(`Från: Mohammed Ali
Skickat: den 1 april 2026 08:10
Till: Linnea Ström
Ämne: ledig fredag

Hej Linnea, jag skulle vilja ta ut en semesterdag fredag för Eid al-Fitr, jag firar med familjen i moskén. Kan du byta med mig på kvällspasset?
Tack
Mohammed`, 'religion'),
  d(`Hej Marie,

Bekräftar mötet med facket på torsdag. Vi blir jag, Karin från Lärarförbundet (numera Sveriges Lärare) och personalhandläggare. Ärendet gäller uppsägningen av Stefan Holm på grund av arbetsbrist, och Karin företräder honom som hans ombud.

/Rektor Ulf Dahl`, 'trade-union'),
  d(`Hej!
Sveriges Lärare bjuder alla anställda på Hagaskolan på frukost fredag 7.30 i personalrummet. Vi berättar om försäkringar och det nya avtalet. Både medlemmar och icke-medlemmar välkomna!

Lokalombudet`),
  d(`Anteckningar – rehabmöte 2026-10-28
Medarbetare: Eva-Lena Persson, lokalvårdare
Närvarande: EL, chef (Jonna Holm), Previa (företagssköterska), Kommunal (Leif Åberg, skyddsombud och ombud för EL)

• EL har varit sjukskriven 50 % sedan augusti, diagnos enligt intyg: utmattningssyndrom (F43.8).
• Arbetsträning på 75 % från 1 december, anpassade arbetsuppgifter.
• Ny avstämning 15 januari.`, 'health', 'trade-union'),
  d(`Ärende 2026/1187 – Ansökan om insats enligt LSS
Beslut: Avslag

Du har ansökt om personlig assistans enligt 9 § 2 LSS. Din diagnos (MS med måttliga motoriska begränsningar) gör att du tillhör personkrets 3, men dina grundläggande behov bedöms understiga 20 timmar per vecka. Du kan överklaga beslutet inom tre veckor.

Handläggare: Petra Larsson`, 'social', 'health'),
  d(`Info om omorganisation inom äldreomsorgen

Från 1 februari slås hemtjänstgrupperna Öst och Centrum ihop. Biståndsbesluten påverkas inte. Brukarna kommer att få ett brev med ny kontaktperson. Kontakta din enhetschef om du har frågor.`),
  d(`Hej Fia,

Kan du ta över besöket hos Gunnel på Lärkvägen 4 på torsdag? Hon har hemtjänst morgon och kväll, larmet är testat. Nyckeln finns i nyckelskåpet, kod 1109. Glöm inte att hon ska ha sina ögondroppar.

/Lotta`, 'social', 'credentials', 'health'),
  d(`Subject: Re: Re: guest lecturer

Hi Ingrid,
Perfect, Prof. Levi will give the lecture on the history of Jewish communities in the Baltic region on 3 Feb. He will need a projector and a microphone. I'll send the abstract next week.
Best,
Henrik

> Hi Henrik, could we fix a date for the lecture? /Ingrid`),
  d(`Hej,

Vår nya kollega Dragan börjar på måndag. Han är född i Bosnien men uppvuxen i Malmö. Han har jobbat som ekonom på Region Skåne i tio år. Ta väl hand om honom!

/Åsa`, 'ethnic-origin'),
  d(`Anteckning – överlämning mellan handläggare
Klient: Ramona L.
Ramona och hennes barn är romer och har tidigare upplevt diskriminering vid bostadsförmedlingen. Hon har begärt att få behålla samma handläggare. Ärendet gäller ansökan om ekonomiskt bistånd för hyresskuld, beslutsunderlag i Viva.`, 'ethnic-origin', 'social'),
  d(`Hej!

På torsdag är det Romska nationaldagen (8 april) och biblioteket har en utställning om romsk kultur och historia. Skolklasser är välkomna att boka visning.

Biblioteket`),
  d(`Från: Servicedesk
Ämne: Ditt ärende #55021 – Återställning av lösenord

Hej Katarina,
Ditt lösenord är återställt. Logga in med engångskoden 773 419 inom 15 minuter och välj ett nytt lösenord.
Har du inte begärt detta? Ring 0571-200 00.

Servicedesk`, 'credentials'),
  d(`Påminnelse: Lösenordsbyte

Ditt lösenord går ut om 5 dagar. Byt det via portalen minlogin.vallby.se. Det nya lösenordet ska ha minst 12 tecken och får inte vara samma som de fem senaste. IT kommer aldrig att fråga efter ditt lösenord via mejl eller telefon.`),
  d(`Hej,

Vi har fått in en begäran om allmän handling gällande Lisas placering. Jag har gjort en sekretessprövning och bedömt att handlingarna inte kan lämnas ut enligt 26 kap. 1 § OSL. Beslutet skickas till den som begärt dem med överklagandehänvisning.

Mvh
Annelie, registrator`, 'secrecy', 'social'),
  d(`Utbildningsinbjudan: Offentlighet och sekretess för nya medarbetare

Innehåll:
• Allmänna handlingar och utlämnande
• Sekretessbestämmelser inom socialtjänst och hälso- och sjukvård (25 och 26 kap. OSL)
• Menprövning – övningar
Datum: 2 februari kl. 9–12, digitalt.`),
  d(`Hej Anders,

Skickar beslutsunderlaget om Jonny som placeras på HVB efter LVU-beslut i förvaltningsrätten i går. Omfattas av sekretess, får inte lämnas ut.

Kort: Jonny (15) placeras akut på Björkbacken från 12/11. Mamman har överklagat. Umgänge regleras av nämnden.

/Emelie, socialsekreterare`, 'social', 'secrecy'),
  d(`Weekly digest – Human Resources

• Salary review 2027: the negotiations with the unions start in February. Managers will get training on setting individual pay.
• New reward scheme: the bonus pilot at the water plant has been evaluated and will not be extended.
• Sick-leave statistics per department are now available in the dashboard (aggregate only).

Questions: hr@ekby.se`),
  d(`Hej Jenny,

Lite bakgrund om Theo inför ditt mentorskap: han har ett åtgärdsprogram i matte, fick F i slutbetyget i åk 8 och har nu E på de två senaste proven. Frånvaron har gått ner från 22 % till 9 %. Föräldrarna är engagerade.

/Mattias, f.d. mentor`, 'grades'),
  d(`Kära föräldrar,

Betygssättningen för höstterminen sker vecka 2. Elever i åk 6–9 får betyg i alla ämnen. Om ni har frågor om kunskapskraven, titta på Skolverkets webbplats eller kontakta ämnesläraren.

Hälsningar rektor`),
  d(`Från: Malin Åström
Till: Studievägledningen
Ämne: Komplettering

Hej!
Jag heter Malin och läser Ekonomiprogrammet på distans. Jag fick U på tentan i Redovisning 1 (14 av 40 p) och undrar när nästa omtenta går. Jag har också två inlämningar kvar på Kurs 3.

Tack!`, 'grades'),
  d(`[Teams] Kanal: Nattpatrullen
22:14 Mattias: Larm från Ekvägen 12, jag åker
22:31 Mattias: Herr Nilsson hade ramlat, ingen synlig skada men han klagar på höften. Ringer 1177 för råd.
22:45 Mattias: ambulans på väg, han åker in till akuten
22:46 Sara: ok, jag tar Vallmovägen själv då`, 'health', 'social'),
  d(`Protokoll arbetsplatsträff, Hemtjänst Väst
Datum: 2026-11-04

1. Nyckelhantering: alla nycklar ska kvitteras i nyckelskåpet. Koden byts varje månad och meddelas muntligt av chefen.
2. Nya brukare: två nya beslut i området, presentation sker på morgonmötet.
3. Friskvård: bidraget höjs till 3 000 kr.
4. Övrigt: julbord 9 december.`),
  d(`Hej,

Kollade med kundtjänst hos banken om vår betalningsfil – de har ändrat formatet till ISO 20022. Leverantörsreskontran behöver uppdateras innan 1 mars. Inga kontonummer har ändrats.

/Ekonomi`),
  d(`Ämne: VB: Felaktig utbetalning

Hej Lönecenter,
Se nedan från vår vikarie, kan ni rätta?

> Från: Simon Eriksson
> Hej, jag fick lön till mitt gamla konto. Det nya är Nordea 3300 850412-3310. Mitt timlön är 168 kr men jag fick bara betalt för 42 timmar, jag jobbade 58.
> /Simon`, 'bank-account', 'salary'),
  d(`Hej Jessica,

Tack för att du delade med dig på medarbetarsamtalet. Jag skriver ner det vi kom överens om:
– Du har fått flera klagomål från vårdnadshavare om tonen i mejl, vi tar det som ett utvecklingsområde.
– Du är mycket uppskattad av eleverna och din planering är föredömlig.
– Vi följer upp i mars.

Vänligen,
Rektor Hans`, 'hr-assessment'),
  d(`Från: HR Ekby kommun
Ämne: Skriftlig varning

Till: Patrik Lundin

Du har vid tre tillfällen (2026-09-14, 2026-10-02 och 2026-10-20) uteblivit från arbetet utan att meddela din chef. Detta är ett allvarligt åsidosättande av dina skyldigheter och du tilldelas härmed en skriftlig varning. Vid upprepning kan anställningen komma att avslutas.

Kopia: Vision, Patriks fackliga ombud`, 'hr-assessment', 'trade-union'),
  d(`Inbjudan: Chefsutbildning – Att hantera svåra samtal

Tema: Hur ger man en varning? Hur dokumenterar man en misskötsamhet? Vi går igenom arbetsrätt, LAS och praktiska exempel (fiktiva fall).
Tid: 10 december 13–16. Plats: Kommunhuset, sal A.`),
  d(`Hej Ulla,

Vi har nu fått resultatet från personlighetstestet i rekryteringen till enhetschefstjänsten. Johan Berg hade låga värden på stresstålighet och mycket höga på samarbetsförmåga, Linn Axelsson tvärtom. Jag föreslår att vi går vidare med båda till referenstagning.

/Rekryteringskonsult`, 'hr-assessment'),
  d(`Hi,

I'm Ahmed from the tenants' association in block C. Just to let you know, the elevator is broken again and the family on floor 5 has a child in a wheelchair. Can you fix it quickly?

Thanks,
Ahmed`, 'health'),
  d(`Hej!

Vi har nu bytt leverantör av kortterminaler i simhallen och på biblioteket. Betalning kan ske med kort eller Swish. Vid problem med terminalen ring 0571-110 22.

Fritidsförvaltningen`),
  d(`From: Booking Hotel Norrland
To: Maria Söderberg
Subject: Guarantee for your reservation

Dear Ms Söderberg,
We could not charge the card you supplied. Please confirm the card details:
Card: 5413 0910 2233 4418
Valid thru 11/27, CVC 902
Name on card: Maria Söderberg
Otherwise the reservation will be cancelled at 18:00.`, 'payment-card'),
  d(`Hej Gunilla,

Här är uppgifterna för kommunens inköpskort som jag ska använda på mässan:
Visa 4929 1122 8833 6701, giltigt t.o.m. 02/28, CVC 118. Kortet står på Anders Wiik.
Jag raderar mejlet efteråt.

/Anders`, 'payment-card'),
  d(`Hej,

Vill bara meddela att jag är tjänstledig från 1 mars för att jobba för Sverigedemokraternas kansli under valrörelsen. Jag återkommer i oktober.

Hälsningar
Mattias Holmqvist, handläggare`, 'political-opinion'),
  d(`Minnesanteckningar – ledningsgrupp Vård och omsorg 2026-11-12

1. Ekonomi: prognos -3,1 mnkr, främst bemanning.
2. Sjukfrånvaro: 9,4 % i oktober. Hög korttidsfrånvaro i nattpatrullen, chefen tar fram handlingsplan.
3. Rekrytering: två sjuksköterskor anställda.
4. Avvikelser: 14 läkemedelsavvikelser, inga allvarliga.
5. Övrigt: inga frågor.`),
  d(`Hej,

Jag ringer på onsdag angående Ellens placering. Dessutom behöver jag prata med dig om hennes mamma, som nu sitter i häktet i Uppsala misstänkt för grovt narkotikabrott enligt polisen. Umgänget får pausas tills vidare.

Mvh Jenny, familjehemssekreterare`, 'social', 'criminal-record'),
  d(`Nyhetsbrev från Kriminalvården, Frivården Norrmark

• Nytt samarbete med arbetsförmedlingen för klienter med fotboja.
• Statistik: antalet personer under övervakning har ökat med 6 %.
• Utbildningsdag för handläggare om återfallsprevention 5 mars.`),
  d(`Från: Marcus Nyberg
Skickat: den 20 oktober 2026 18:02
Till: Camilla Forsberg
Ämne: Ang. Tobias

Hej Camilla,
Jag vet att Tobias har avtjänat ett straff för ekonomisk brottslighet och precis har kommit ut från anstalten i Tillberga. Han vill börja hos oss som praktikant. Jag tycker vi ger honom chansen men vi ska inte ge honom attesträtt.

/Marcus`, 'criminal-record'),
  d(`Hej Linn,

Mottagande av nya elever: Hassan (11) och hans syster Nour (8) börjar på måndag. De har kommit till Sverige från Syrien via Libanon och bor just nu på ett boende för asylsökande. Nour har inte gått i skola tidigare. Modersmål arabiska.

/Elevhälsan`, 'ethnic-origin'),
  d(`Information från Migrationsverket och kommunen

Vi tar emot 30 kvotflyktingar under 2027. Mottagandet sker i samarbete med Arbetsförmedlingen och Region Norrmark. Alla nyanlända erbjuds SFI och samhällsorientering på sitt modersmål.`),
  d(`Hej Jonas,

Från vår dagbok i går kväll på HVB:et: Jakob sa till personalen att han är trans och vill bli kallad Jonna från och med nu. Vi har bytt namn på dörren och informerat nattpersonalen. Socialsekreteraren är informerad.

/Personal Björkgården`, 'sex-life', 'social'),
  d(`Hej,

Skickar anteckningarna från föräldramötet. Vi pratade bland annat om sex- och samlevnadsundervisningen i åk 7 och vilka teman som tas upp (samtycke, sexuell läggning, könsidentitet). Materialet finns på lärplattformen.

/Klassföreståndare 7B`),
  d(`Hej Therese!

Härligt med julfesten! Ett litet påpekande: i inbjudan stod det "ta med fru eller man". Vi vill gärna skriva "respektive" i stället så att alla känner sig välkomna.

Mvh Likabehandlingsgruppen`),
  d(`Angående skyddad identitet – eleven i 2C

Hej Mona,
Eleven Sam i 2C har fingerade personuppgifter sedan i somras. I skolans system står han under de nya uppgifterna. Ingen bild av honom får publiceras och klassfoton ska inte tas med honom i bild.

/Rektor`, 'protected-identity'),
  d(`Till samtliga förskolechefer

Rutinen för barn med skyddade personuppgifter är uppdaterad. Nytt är att barnets namn inte ska stå på hyllan eller i tamburen, och att fotografering ska stämmas av med vårdnadshavare. Rutinen finns i ledningssystemet.`),
  d(`Hej Eva,

Angående Lindas sjukskrivning: vi fick ett nytt intyg idag. Hon är sjukskriven till 100 % t.o.m. 31 december. Hon säger själv att det är hennes graviditet som krånglar, hon har foglossning. Kan du boka in en vikarie?

/Jonna`, 'health'),
  d(`Från: Försäkringskassan
Ämne: Samarbete om sjukskrivning och rehabilitering

Försäkringskassan bjuder in arbetsgivare till webbinarium om nya regler för bedömning av arbetsförmåga efter dag 180. Anmälan via fk.se/arbetsgivare. Sändningen spelas in.`),
  d(`Från: Birgitta Nyqvist
Skickat: den 10 november 2026 08:32
Till: Rektorsgruppen
Ämne: VB: Frågor inför läsårsplanering

Hej, se nedan från Sanna. Kan vi ta punkt 3 på måndag?

Från: Sanna Öhman
Skickat: den 9 november 2026 21:14
Till: Birgitta Nyqvist
Ämne: Frågor inför läsårsplanering

1. Schemat för åk 7 – behöver vi två NO-lärare på tisdagar?
2. Lokalfrågan i B-huset, fläkten låter fortfarande.
3. Eleven i 8A (Lova) – mamman har ringt och berättat att Lova har skyddad folkbokföring från i måndags efter att pappan hittat deras gamla adress. Hon ska inte synas på skolans Instagram och hämtning får bara ske av mamman.
4. Julavslutning – vem håller i luciatåget?

Tack! /Sanna`, 'protected-identity'),
  d(`Ämne: Kvarskrivning – rutin för handläggare

Om en person har kvarskrivning enligt 16 § folkbokföringslagen står hen kvar på den gamla adressen i registret. Handläggaren ska alltid kontrollera markering i Navet innan utskick. Använd mallen "Skyddade uppgifter" i ärendesystemet.

Ansvarig: Enheten för juridik och dokumenthantering
Senast reviderad 2026-05-12`),
  d(`Hej Kent,

Bara så du vet innan du skickar kallelsen till hyresgästmötet: hyresgästen i lägenhet 1102 på Granvägen har kvarskrivning, så adressen får inte stå med i listan som sätts upp i trapphuset. Ta bort henne från utskicket och ring henne i stället.

/Fastighetsförvaltare Ida`, 'protected-identity'),
  d(`Hej!

Jag är lärare på Västbyskolan och har en fråga. En elev som har sekretessmarkering ska på lägerskola. Hur gör vi med deltagarlistan som skickas till lägergården? Ska hon stå med alls?

Tacksam för svar,
Nina Berg`, 'protected-identity'),
  d(`Hej Kalle,

Vill bara varna inför omorganisationen: det finns inga medarbetare hos oss med skyddade personuppgifter enligt HR, men vi kontrollerar alltid i Heroma innan personallistor publiceras på intranätet. Kan du se till att rutinen följs även efter flytten?

/Personalchef`),
  d(`Anteckningar från metodmöte, Vuxenenheten 2026-11-03

Deltagare: 6 socialsekreterare, 1 enhetschef
Ämnen:
a) LVM-utredningar – ny checklista från länsstyrelsen, genomgång.
b) Sekretess vid samverkan med psykiatrin – när krävs samtycke?
c) Missbruksvården: avtal med behandlingshem i Dalarna förlängs.
d) Fallgenomgång: anonymiserat fall om en man i 40-årsåldern med alkoholberoende – diskussion om insatser.
Nästa möte: 1 december.`),
  d(`Hej Eva,

LVM-utredningen om Kenneth är klar. Han har druckit dagligen i flera år, har två rattfylleridomar och har vårdats på sjukhus för abstinenskramper tre gånger sedan juni. Vi ansöker om vård enligt 4 § LVM hos förvaltningsrätten i morgon.

Handlingarna omfattas av sekretess enligt 26 kap. 1 § OSL.

/Björn, socialsekreterare`, 'social', 'health', 'criminal-record', 'secrecy'),
  d(`Good morning Li,

Thanks for joining the research group! A few practicalities:
- your login to the HPC cluster: user "lwang", initial password "Tr0ut-River-41" (you'll be asked to change it)
- the lab door code is 6624
- Friday seminar is at 10 in room B214

Welcome aboard,
Oskar`, 'credentials'),
  d(`Hi all,

Friendly reminder to never share your password, not even with IT. Phishing mails are going around pretending to be from "Microsoft Support" asking you to confirm your credentials. Report them with the "Report phishing" button.

IT Security Team`),
  d(`Ärende #60117 – Skrivare våning 3
Kommentar från tekniker 2026-11-18 13:22:
Skrivaren var låst i administratörsläge. Adminlösenord på skrivarens webbgränssnitt återställt till fabriksvärde och sedan ändrat till Printer#Kv3-2026. Lagt in i lösenordsvalvet, men noterar här för Peter som ska göra installationen i morgon.
Status: Väntar på kund`, 'credentials'),
  d(`Hej!

Välkommen som ny medarbetare i Ekby kommun! Din första dag börjar med introduktion kl. 9.00 i kommunhuset. Du kommer att få ditt användarkonto och ditt passerkort av din chef. Ta med legitimation.

Med vänliga hälsningar
HR-avdelningen`),
  d(`Från: Lönecenter
Till: Henrik Sahlin
Ämne: Retroaktiv lön och ny månadslön

Hej Henrik,
Efter lönerevisionen är din nya månadslön 41 650 kr från 1 april 2026 (tidigare 39 900 kr). Den retroaktiva delen, 12 250 kr, betalas ut med decemberlönen.

Vänliga hälsningar
Lönecenter, Ekby kommun`, 'salary'),
  d(`Minnesanteckningar lönesamtal – förberedelse för chefer

• Titta på lönestatistiken för din grupp (finns i beslutsstödet).
• Lönekriterierna ska vara kända i förväg.
• Undvik att jämföra medarbetare med varandra i samtalet.
• Lönespannet för yrkesgruppen är 28 000–38 000 kr, medianen 32 400 kr.
• Den nya lönen meddelas skriftligt efter förhandling.`),
  d(`[2026-04-22 16:10] Ebba: har ni fått era nya löner?
[2026-04-22 16:11] Oskar: ja, +900. skitdåligt
[2026-04-22 16:11] Ebba: jag fick +1 450, nu 31 250. men Jens fick över 2000 har jag hört
[2026-04-22 16:13] Oskar: typiskt
[2026-04-22 16:15] Ebba: ska prata med facket imorgon`, 'salary'),
  d(`Hi Laura,

Following up on the visiting researcher contract: the monthly stipend for Dr. Kowalski will be 28 000 SEK for six months, paid on the 25th. She needs to send her Polish bank account (IBAN) to the finance office. Please make sure she does not send it by e-mail but through the secure form.

Kind regards,
Research Administration`, 'salary'),
  d(`Hej Stina,

Ny leverantör i reskontran, bekräftad per telefon:
Företag: Bergs Måleri AB
Bankgiro 5522-9180
Kontaktperson Leif Berg
Inga personuppgifter i övrigt.

/Kerstin, ekonomi`),
  d(`Hej,

Min mamma Agneta, som jag är god man för, behöver få sin pension utbetald till ett nytt konto eftersom banken har spärrat det gamla:
SEB, clearingnummer 5201, kontonummer 38 221 057 94.
Kan ni ändra detta i ert system för hennes avgifter till boendet?

Hälsningar
Petra Holm`, 'bank-account'),
  d(`Från: Kundtjänst Vallby Energi
Ämne: Återbetalning

Hej Rolf,
Vi har registrerat ditt överskott på 1 284 kr. Vi betalar ut till det konto du angav i ditt samtal: Länsförsäkringar 9020-11 455 902. Om detta är fel, kontakta oss inom 5 dagar.

Kundtjänst`, 'bank-account'),
  d(`Hej,

Vi ser ett ökat antal bedrägeriförsök där någon ringer och utger sig för att vara från banken och ber om BankID eller kortuppgifter. Påminn gärna äldre brukare i hemtjänsten om att aldrig lämna ut sådana uppgifter.

Hälsningar
Säkerhetssamordnaren`),
  d(`Chattexport – kundtjänst Simhallen
2026-07-03 11:02 Kund: Hej kan jag förnya årskortet här?
2026-07-03 11:03 Agent: Hej! Ja, via länken i vår webbshop.
2026-07-03 11:05 Kund: funkar inte. kan jag ge mitt kortnummer här? 4024 0071 5336 2981 exp 06/29
2026-07-03 11:06 Agent: Tack men skicka inte kortnummer här, jag maskerar det. Använd webbshopen eller betala i kassan.`, 'payment-card'),
  d(`Reseräkning – kommentar från attestant

Resenär: Eva Lund
Betalning hotell med privat kort (Mastercard 5232 1100 7788 4102) – kvitto bifogat. Ersättning till lönekonto.
Godkänd 2026-10-30.`, 'payment-card'),
  d(`Instruktion: kortköp

När du betalar med kommunens inköpskort ska kvittot laddas upp i Proceedo inom 5 dagar. Ange aldrig hela kortnumret i kommentarsfältet – skriv bara de fyra sista siffrorna, t.ex. "kort som slutar på 4410".`),
  d(`Subject: Fwd: Fwd: Quarterly network meeting

---------- Forwarded message ---------
From: Nordic Municipal IT Forum
Date: Mon, 2 Nov 2026
Agenda:
1. Cloud strategy and GDPR
2. Voice biometrics in contact centres – experiences from Helsinki pilot (aggregate results only)
3. Shared procurement of identity solutions
4. AOB

Venue: Tallinn City Hall, 14–15 Jan.`),
  d(`Hej,

Till polisens begäran: vi har inte lagrat några röstinspelningar av Kjell Sundström, men kameran vid entrén har sparat en bild av honom kl. 14:03 den 5 oktober. Ansiktet används inte för igenkänning hos oss.

/Säkerhetschef, Vallby Badhus`),
  d(`Till: Polisen, utredningsenheten
Ämne: Begäran om uppgifter – ärende 5000-K1234-26

Hej,
Vi bekräftar att arbetstagaren Omar Lindgrens fingeravtrycksmall och ansiktsbild från passersystemet finns lagrade hos oss. Enligt beslut från förundersökningsledaren lämnas kopia av registreringen ut. Registreringen gjordes 2025-03-04.

Säkerhetsavdelningen, Region Norrmark`, 'biometric', 'criminal-record'),
  d(`Anteckning från säkerhetsmöte 2026-10-06

Deltagare: IT-säkerhet, fastighet, HR
• Inventering av biometriska system: passersystem (fingeravtryck) i 2 byggnader.
• Tre medarbetare har valt bort fingeravtryck och använder kort + PIN; inga namn i protokollet.
• DPIA uppdateras före 31 december.`),
  d(`Hej Jesper,

Kan du radera irismallen för Sven-Erik Dahl i läsaren till läkemedelsförrådet? Han har slutat per 31/10. Jag ser i loggen att hans mall fortfarande ger åtkomst.

/Apotekssamordnare`, 'biometric'),
  d(`Från: Personalen på avd 7
Till: Vårdenhetschef
Ämne: Ny kollega

Hej!
Vi vill bara tacka för att Jamal är på plats. Han passar jättebra in. Han berättade att han har haft diabetes typ 1 sedan barndomen och har en insulinpump, så det kan vara bra att veta om något händer på nattpasset.

/Karin och gänget`, 'health'),
  d(`Hej,

Info till alla chefer: Från 1 januari gäller den nya rutinen för arbetsanpassning. Vid sjukfrånvaro längre än 4 veckor ska en plan för återgång i arbete upprättas. Mall och checklista finns i chefshandboken. Frågor till HR.`),
  d(`Minnesanteckningar, överlämning sjukskrivning/rehab

Medarbetare: Nils F.
- Sjukskriven sedan 2026-09-01 efter hjärtinfarkt. Genomgått by-pass-operation.
- Planerad återgång 25 % från 15 december, sedan trappa upp.
- Arbetsplatsen anpassas: inga tunga lyft.
/Chef: Annika`, 'health'),
  d(`Hej!

Glöm inte influensavaccinationen! Vaccinationsmottagningen är öppen måndagar och torsdagar 13–16 i personalrummet vecka 45–48. Ingen tidsbokning. Vaccinet är gratis för anställda inom vård och omsorg.

Företagshälsovården`),
  d(`[Kanal: Servicedesk intern, 2026-11-19]
08:02 Jonas: Vem tar telefonen idag?
08:04 Amina: jag, men jag har tandläkartid 10-11
08:05 Jonas: ok, jag tar då
08:30 Amina: förresten, Sara är sjuk igen, hennes migrän är tillbaka
08:31 Jonas: stackarn`, 'health'),
  d(`[Kanal: Servicedesk intern, 2026-11-20]
08:01 Jonas: Vem tar telefonen idag?
08:02 Sara: jag! pigg och glad
08:10 Amina: leverantörsmöte igen 🙄 jag sitter där 10-11
08:11 Jonas: lycka till`),
  d(`Minnesanteckningar – Unionen-klubben, IT-bolaget AB
Datum: 2026-11-05
Närvarande: 9 medlemmar, styrelsen

1. Nya medlemmar: välkomna Elsa Nordin och Farid Mansour.
2. Lönerevisionen: klubben har begärt statistik från arbetsgivaren.
3. Arbetsmiljö: högljutt i kontorslandskapet, tas med till skyddskommittén.
4. Avtackning av Gösta Wiberg som går i pension efter 12 år som kassör.`, 'trade-union'),
  d(`Hej alla medarbetare,

Löneöversyn 2027: Förhandlingarna med Kommunal, Vision och Vårdförbundet påbörjas i februari. Ingen ny lön kommer att sättas före 1 april. Lönesamtal sker under mars.

Personalavdelningen`),
  d(`Hi Björn,

Regarding the dispute with Anna Lilja: she has asked Akademikerförbundet SSR to represent her and their ombudsman Peter Gran will attend the meeting on Thursday. I will send him the documents under the usual confidentiality.

Regards,
Employee Relations`, 'trade-union'),
  d(`Hej Elin,

Förra veckans provresultat i engelska 6C:
Alla lämnade in, medel 31 p av 40. Hela klassen klarade E-nivån på läsförståelse. Jag lägger upp en anonym sammanställning på lärplattformen så att eleverna kan jämföra sig.

/Pernilla`),
  d(`Hej Pernilla!

Jag är mamma till Oliver i 6C och ville fråga om engelskaprovet. Oliver sa att han fick 17 poäng och att det var underkänt på hörförståelsen. Stämmer det? Han har varit mycket borta från skolan pga sin astma i höst och har missat flera lektioner.

/Anna Sjö`, 'grades', 'health'),
  d(`Till: Vårdnadshavare till elever i år 9
Ämne: Ansökan till gymnasiet

Sista dag att välja gymnasieprogram är 1 februari. Meritvärdet räknas på de 16 eller 17 bästa betygen. Studie- och yrkesvägledaren finns på plats tisdagar och torsdagar.`),
  d(`Från: Mentor 9B
Till: Rektor
Kopia: Elevhälsa

Ärende: Alexander

Alexanders frånvaro denna termin är 38 %, varav 21 % ogiltig. Han har F i fem ämnen vid halvtidsavstämningen. Vi har skickat en orosanmälan till socialtjänsten efter samtal med hemmet.

Mentor, Fredrik`, 'grades', 'social'),
  d(`Sammanfattning – Kommunfullmäktiges sammanträde 26 oktober

• Budget 2027 antogs efter votering (33 mot 28).
• Motion om gratis kollektivtrafik för pensionärer avslogs.
• Interpellation om skolmaten – besvarad av skolkommunalrådet.
• Två nya ledamöter i kommunfullmäktige förklarades vald efter omräkning.
Protokollet justeras 2 november.`),
  d(`Hej Karin!

Kul att du blivit vald till ordförande i Centerpartiets lokalavdelning! Grattis! Vi kanske får ta kaffe och snacka om landsbygdsfrågorna nån gång?

/Olof, byggnadsinspektör`, 'political-opinion'),
  d(`Protokollsutdrag Socialnämnden 2026-11-17
Närvarande: Ulrika Hed (S), ordförande; Per Ström (M); Linda Ek (L); Ahmad Rezai (MP); Kalle Jonsson (SD)

§ 88 Ansökan om överflyttning av ärende – beslut enligt förslag.
§ 89 Anmälan av delegationsbeslut – redovisas.

Protokollet omfattar även ärenden under sekretess som inte redovisas i utdraget.`, 'political-opinion'),
  d(`Hej Jonna,

Ang. introduktion av Imam Yusuf som ska vara samtalsstöd på sjukhuset – han kommer att vara på plats tisdagar och har en egen nyckel till andaktsrummet. Kan du ordna passerkort? Han är knuten till den islamiska församlingen i stan.

/Sjukhuskyrkan`, 'religion'),
  d(`Hej

Vi har fått frågor om mat under Ramadan. Skolmåltiderna följer ordinarie meny, men elever som fastar kan få med sig matlåda hem efter överenskommelse med kökschefen. Informera vårdnadshavare om möjligheten.

Kostchefen`),
  d(`Till: Elevhälsan
Från: Mentor 7A

Hej,
Eleven Yasmin har berättat att hon fastar under ramadan och blir yr på idrotten. Hon har också frågat om hon kan få be i ett tomt klassrum på lunchen. Hur gör vi?

/Maria`, 'religion'),
  d(`Hej,

Information till församlingsbor: Kyrkans diakoni erbjuder samtal och matkassar i samarbete med socialtjänsten. Alla är välkomna oavsett tro. Ring diakon Ulla på 0571-33 22 11.

Vallby församling`),
  d(`Hi Martin,

For the record: the new colleague from the Tromsø office, Ingrid Eira, asked whether she can take leave for the Sámi National Day celebrations in Kautokeino on 6 February – she is Sámi and her family hosts the gathering every year. I said yes.

Cheers, Hanne`, 'ethnic-origin'),
  d(`Sammanfattning av föreläsningen "Sveriges nationella minoriteter" för nyanställda handläggare

• Fem nationella minoriteter: judar, romer, samer, sverigefinnar och tornedalingar.
• Rätt att använda minoritetsspråket i kontakt med förvaltningsområden.
• Vallby ingår i förvaltningsområdet för finska sedan 2010.
Presentationen finns på intranätet.`),
  d(`Hej Karl,

Kan du ta hand om kunden som ringer på torsdag om förskoleplatsen? Familjen är tornedalingar och pratar helst meänkieli hemma, och önskar en förskola med meänkielitalande personal till sin son Aaro. Vi har en pedagog i Kullen som kan språket.

Tack! /Ulla, placeringsenheten`, 'ethnic-origin'),
  d(`Från: Ledningskontoret
Ämne: Inbjudan till dialog med romska föreningen

Kommunstyrelsen bjuder in till dialogmöte med romska föreningen den 3 mars om inkludering i skolan. Vi söker två tjänstepersoner från barn- och utbildning. Intresseanmälan till Mattias senast 10 februari.`),
  d(`Från: Mödrahälsovården Centrum
Skickat: den 12 november 2026 14:20
Till: Barnmorska Helena Åberg
Ämne: SV: Fosterdiagnostik

Hej Helena,
Svar på NIPT för din patient Johanna Wik (v. 12+3) har kommit: låg sannolikhet för trisomi 21, 18 och 13. Hon bad om att få veta könet – det står inte i svaret.

Du ringde om hennes bror tidigare – ja, familjen har cystisk fibros och Johanna är konstaterad anlagsbärare sedan 2019. Partnerns prov är skickat.

Mvh
Lena, biomedicinsk analytiker

--
Detta e-postmeddelande kan innehålla uppgifter som omfattas av sekretess enligt 25 kap. 1 § OSL. Om du fått det av misstag, radera det och meddela avsändaren.`, 'genetic', 'health', 'secrecy'),
  d(`Hej alla!

Välkomna till vårens föreläsningsserie "Gener och hälsa" på stadsbiblioteket:
• 4 feb: Vad kan ett DNA-test säga om dig?
• 18 feb: Ärftlig cancer – när ska man utredas?
• 3 mars: Släktforskning med DNA – möjligheter och risker för integriteten

Fri entré. Föreläsare från universitetets genetiska institution.`),
  d(`Anteckning journalkopia, inför LSS-utredning

Ur underlag från Barnhabiliteringen: Leo (6 år) har diagnosen fragilt X-syndrom, bekräftad med DNA-analys 2023. Även morfar har konstaterats bärare efter familjeutredning. Leo har en måttlig intellektuell funktionsnedsättning och behöver stöd i alla vardagsmoment. Ansökan avser korttidsvistelse.`, 'genetic', 'health', 'social'),
  d(`Hi Dr. Ahmadi,

Thank you for the referral. We've completed the exome sequencing for your patient Erik Holm. He carries a heterozygous variant in the LDLR gene, consistent with familial hypercholesterolaemia. We recommend cascade testing of his two children and his sister.

Best regards,
Clinical Genetics Lab, University Hospital`, 'genetic', 'health'),
  d(`Hej Anna,

Tack för att du ringde. Som jag förstod det vill din kusin veta om hon också kan ha ärvt anlaget för Lynch syndrom, nu när din pappa och du har testat positivt. Hon kan be sin vårdcentral om remiss till cancergenetisk mottagning. Jag skickar broschyren.

Vänligen
Genetisk vägledare Maria Öst`, 'genetic', 'health'),
  d(`Subject: DPIA review – DNA sampling in research project "NorrGen"

Hi all,
Attached is the draft DPIA. Key points:
– samples from ~2 000 volunteers, pseudonymised at the biobank
– no results returned to individuals
– data transferred to the university under a data-processing agreement
Comments by 1 Dec please.

/Data protection officer`),
  d(`Ärende: Faderskapsutredning – Familjerätten

Hej,
Resultatet av DNA-analysen i faderskapsärendet för barnet Elsa har kommit från Rättsmedicinalverket: Martin Öberg är med 99,99 % sannolikhet far till barnet. Bekräftelse kan skrivas på familjerätten.

Omfattas av sekretess enligt 26 kap. 1 § OSL.

/Familjerättssekreterare`, 'genetic', 'social', 'secrecy'),
  d(`Hej,

Bara att informera om att Familjerätten tar emot bokningar för faderskapsbekräftelse via e-tjänsten från och med januari. DNA-test beställs i de fall faderskapet är oklart. Rutinen finns på intranätet.`),
  d(`[Teams] 2026-11-10
13:44 Fredrik: fick ni mailet från säkerhet om röstinloggningen i växeln?
13:45 Jenny: ja, min röstprofil sparades igår, testade och det funkade
13:46 Fredrik: min fungerade inte. "röstavtryck stämmer ej" 😂 förkyld
13:47 Jenny: haha, ring dem`, 'biometric'),
  d(`Inbjudan: Workshop om biometri i offentlig sektor

Datum: 20 januari, 9–15
Teman: ansiktsigenkänning i kameraövervakning, passersystem med fingeravtryck, IMY:s senaste beslut och hur man gör en konsekvensbedömning.
Målgrupp: säkerhetssamordnare och dataskyddsombud.`),
  d(`Hej Ali,

Nu är registreringen klar i det nya tidrapporteringssystemet på återvinningscentralen. Följande har lämnat fingeravtryck för stämpling: Roger Ek (höger tumme), Anita Lindh (vänster pekfinger), Bahman Shirazi (höger pekfinger). Goran valde att använda bricka.

/Driftchef`, 'biometric'),
  d(`Protokoll skyddskommittén 2026-11-02

1. Tillbud: halkolycka vid entrén, sandning förbättrad.
2. Hot och våld: 4 incidenter i receptionen, ingen skadad.
3. Passersystem: förslag om fingeravtrycksläsare avslås – korten behålls.
4. Sjukfrånvaro (övergripande): 6,8 %.
5. Nästa möte: 15 februari.`),
  d(`Från: Anna Lindberg
Skickat: den 2 oktober 2026 07:55
Till: Kerstin (HR)
Ämne: Samtal

Hej Kerstin,
Jag behöver prata med någon. Kollegan Robert har flera gånger kommenterat mitt utseende och igår tog han mig på rumpan i kopieringsrummet. Jag vill anmäla det som sexuella trakasserier.
/Anna`, 'sex-life', 'criminal-record'),
  d(`Nytt material: Policy mot kränkande särbehandling och sexuella trakasserier

Alla chefer ska gå igenom den reviderade policyn på nästa APT. Policyn beskriver hur en anmälan tas emot, hur utredningen går till och vilket stöd som finns. Mall för APT-presentation bifogas.

HR-avdelningen`),
  d(`Hej Lisa,

Angående vår nya familjehemsmamma Sofia: hon har berättat att hon lever med sin fru Paula sedan tio år, de gifte sig 2021. Båda är med i utredningen. Inga hinder ser jag.

/Hanna, familjehemssekreterare`, 'sex-life', 'social'),
  d(`Hi Tom,

Just so you know before the team dinner: Alex uses they/them pronouns now and has asked us to update the name in the staff directory from Alexandra to Alex. They're fine with people knowing, but please don't make a big deal of it.

Thanks, Priya`, 'sex-life'),
  d(`Hej!

Ungdomsmottagningen har öppet hus den 14 mars för alla elever i åk 9. Temat är relationer, sexualitet och hälsa. Personal från mottagningen besöker klasserna veckan innan. Frivilligt att delta.

/Elevhälsan`),
  d(`Utdrag ur journal, Ungdomsmottagningen – kopia till socialtjänsten efter samtycke

Klienten, 16 år, berättar att hon har haft sex med en 24-årig man som hon träffat på nätet. Hon vill inte att föräldrarna får veta. Personal har gjort en orosanmälan samma dag. Polisanmälan övervägs.

Sekretess enligt 25 kap. 1 § OSL.`, 'sex-life', 'social', 'secrecy', 'health'),
  d(`Hej Tomas,

Kort från personalmötet på Lindgården: alla vet ju att Ronny är gay, men nu har nattpersonalen börjat skämta om det på ett sätt som han tycker är kränkande. Vi behöver ta det här på allvar.

/Eva, skyddsombud`, 'sex-life'),
  d(`Hej Kim,

Vi har fått frågan om vem som ska ta emot Vanja från Ryssland på praktik. Jag har kollat – det är hennes första praktikperiod och hon pratar bra engelska. Hon kan börja 5 februari.

/Personal`, 'ethnic-origin'),
  d(`Hej!

Du som har en medarbetare som talar ett annat språk än svenska kan nu beställa tolk via den nya tolkportalen. Vi har avtal för 46 språk, inklusive finska, samiska och romani chib.

Upphandlingsenheten`),
  d(`Meddelande från Skatteverket (vidarebefordrat av registrator)

Hej,
Skatteverket informerar att personen i ert ärende 2026/3321 har sekretessmarkering. Uppgifter om adress och vistelseort får inte lämnas ut utan särskild prövning.

Registrator har lagt in markeringen. Handläggare: var försiktiga med utskick.`, 'protected-identity', 'secrecy'),
  d(`Hej,

Vi har fått frågan om det går att ha skyddad identitet och samtidigt vara medlem i personalklubben. Svar: ja, man kan vara anonym medlem. Inga medlemslistor publiceras.

/Personalklubben`),
  d(`Hej Åsa,

Bakgrund inför SIP-möte om Mira (14): familjen har skyddade personuppgifter och bor på skyddat boende sedan augusti. Mötet ska därför hållas i socialtjänstens lokaler, inte på skolan. Ingen adress i kallelsen.

/Helena, socialsekreterare`, 'protected-identity', 'social'),
  d(`Från: Lönecenter
Till: Alla chefer
Ämne: Lönebesked för vikarier

Påminnelse: timlönen för outbildade vikarier i äldreomsorgen är 145 kr/tim från 1 april. Utbildade undersköterskor följer lönetrappan. Löneunderlag ska vara registrerade den 10:e varje månad.`),
  d(`Hej Martina,

Lönedialog: Som jag sa på mötet kan du få 3,5 % på din lön (nu 35 700 kr) om du tar på dig samordnarrollen. Alternativt 2 % utan extra ansvar. Hör av dig innan fredag.

/Kristofer, avdelningschef`, 'salary'),
  d(`Minnesanteckningar utvecklingssamtal – lärare Göran Nilsson
Datum: 14 oktober 2026

Styrkor: engagerad, populär bland eleverna.
Svårigheter: dokumentation i Unikum brister, betygsunderlag har inte lämnats i tid vid två tillfällen. Kollegor upplever att han inte deltar i arbetslagsmöten.
Åtgärd: mentorstöd av Birgitta, uppföljning i januari.
Göran har tagit del av anteckningarna.`, 'hr-assessment'),
  d(`Hej,

Sammanfattning av personalenkäten 2026: 82 % svarsfrekvens. Medarbetarna är överlag nöjda med ledarskapet (HME-index 79). Förbättringsområden: arbetsbelastning och återkoppling. Resultat per enhet presenteras på APT, inga individsvar redovisas.

HR`),
  d(`Från: Biträdande rektor
Till: Rektor
Ämne: Incident i går

Hej, noterar för personalakten: Mentorn Fredrik K. lämnade klassen utan tillsyn i 25 minuter och en elev skadade sig. Jag har haft ett samtal med honom. Han har tidigare fått en muntlig erinran för samma sak. Vi bör överväga en skriftlig varning.`, 'hr-assessment'),
  d(`Subject: Feedback from the probation period – Luca Bianchi

Hi Sara,
Summary after six months: Luca is technically strong but his communication with stakeholders has been poor and he has missed three deadlines. I recommend we extend the probation period by three months rather than offer permanent employment now.

Regards,
Head of Unit`, 'hr-assessment'),
  d(`Kallelse till APT, Teknik och service
Datum: 3 december kl. 8.00

Dagordning:
1. Förra protokollet
2. Arbetsmiljö – resultat från skyddsronden
3. Budget 2027
4. Medarbetarsamtal – mall och tidsplan
5. Facklig information (Kommunal och Vision)
6. Övrigt

Välkomna!`),
  d(`Från: kundservice@vallbyenergi.se
Till: Martin Ek
Skickat: 3 november 2026

Hej Martin!
Tack för din betalning på 2 145 kr med kort som slutar på 3321. Beloppet är registrerat på faktura 88123.

Vänliga hälsningar
Kundservice`),
  d(`Anteckningar från telefonsamtal, kundtjänst Hemtjänstavgifter
2026-10-14 09:40

Brukarens dotter, Cecilia, ringde och ville betala mammans skuld på 4 200 kr. Hon läste upp kortet: 4917 3300 2015 6678, giltigt till 10/27, säkerhetskod 554. Jag förklarade att vi inte tar kortbetalning per telefon och skickade inbetalningskort i stället. Kortuppgifterna ska strykas ur anteckningen.`, 'payment-card', 'social'),
  d(`Hej Jonas,

Tack för hjälpen med mitt nya kort. Nu har jag registrerat Mastercard 5355 2600 1844 9023 (giltigt 03/29) i reseportalen för tjänsteresan till Bryssel.

/Marie`, 'payment-card'),
  d(`Hej,

Kan du hjälpa mig? Jag försökte betala deltagaravgiften för kursen men det stod "kortet nekat". Vilket kortnummer ska jag använda – kommunens eller mitt privata? Enligt riktlinjerna ska det vara kommunens.

Tack
Lisa`),
  d(`Sammanställning – Öppna jämförelser, Socialtjänst 2026

• Andelen hushåll med långvarigt ekonomiskt bistånd har minskat till 1,8 %.
• Handläggningstid för orosanmälningar: i snitt 12 dagar.
• Antalet LVU-placeringar: 14 (2025: 16).
Rapporten redovisas i nämnden i december.`),
  d(`Hej Mats,

Ville bara berätta att mamma nu har fått sitt beslut om särskilt boende. Hon flyttar in på Solgården 1 december. Hemtjänsten upphör samma dag. Tack för all hjälp i handläggningen!

/Kristina`, 'social'),
  d(`Utdrag ur dagbok, försörjningsstöd
2026-11-09 Tel. Ida Sandberg, arbetslös sedan maj. Har inte fått beslut om a-kassa. Ansöker om ekonomiskt bistånd för november. Berättar att hon är gravid i vecka 20 och inte kan ta heltidsjobb. Komplettering av kontoutdrag begärd.`, 'social', 'health'),
  d(`Hej alla,

Detta är en påminnelse om att våra nyckelskåp har fått nya koder. Koderna meddelas muntligt av enhetschefen på APT och ska inte skrivas ned eller skickas i mejl.

/Enhetschef`),
  d(`[2026-10-01 07:02] Tina: Goddag! Larmkoden för Ekbackens förskola är nu 2213, gäller från idag
[2026-10-01 07:03] Martin: tack
[2026-10-01 07:10] Anna: vad gäller för grind-koden?
[2026-10-01 07:11] Tina: samma som förut, 0808`, 'credentials'),
  d(`Hej,

Vi har gjort en säkerhetsgenomgång av våra API:er. Alla nycklar ligger nu i Azure Key Vault och roteras automatiskt. Inga nycklar får finnas i källkoden eller i wikin.

/Arkitektgruppen`),
  d(`Hi Jakob,

Here's the key for the open data API test environment so you can start on the integration before the holidays:
X-API-Key: 7f3c9a1e-52b8-4e41-9d6a-0c88b21f4e77
Please don't commit it to the repo, I'll rotate it in January.

/Nina`, 'credentials'),
  d(`Hej Hanna,

Tack för din anmälan. Angående din fråga om ditt barn och religionsundervisningen: Undervisningen i religionskunskap är icke-konfessionell och obligatorisk för alla elever. Det går inte att få befrielse, men läraren kan anpassa uppgifter.

/Rektor`),
  d(`Hej!

Vi har en ny medarbetare i köket, Rivka, som är ortodox judinna och behöver ledigt från fredag eftermiddag till lördag kväll under sabbaten. Kan vi lägga schemat så att hon jobbar söndagar i stället?

/Kökschef`, 'religion'),
  d(`Hej,

Till kollegorna på enheten: Tack för blommorna efter min pappas begravning. Det betydde mycket. Ceremonin hölls i Svenska kyrkan i Öregrund enligt hans önskan, han var ju kyrkvärd där i trettio år.

Varma hälsningar
Ingela`, 'religion'),
  d(`Från: Kristin Dahlberg <kristin.dahlberg@norrvik.se>
Skickat: den 17 november 2026 15:48
Till: Jan Sjöström <jan.sjostrom@norrvik.se>
Kopia: Lena Ohlsson
Ämne: SV: SV: SV: Bemanning jul och nyår

Hej Jan,
Okej, då kör vi på att Malin tar juldagen och att du tar nyår. Jag har lagt in det i Time Care.

Mvh Kristin

Från: Jan Sjöström
Skickat: den 17 november 2026 13:02
Till: Kristin Dahlberg
Ämne: SV: SV: Bemanning jul och nyår

Jag kan ta nyår om någon annan tar juldagen. Malin sa att hon kunde.

Från: Kristin Dahlberg
Skickat: den 16 november 2026 09:30
Till: Jan Sjöström; Lena Ohlsson
Ämne: SV: Bemanning jul och nyår

Vi har fortfarande hål på juldagen och nyårsafton kväll. Lena kan inte i år – hon går ju på sin cellgiftsbehandling varannan vecka till och med januari och vi ska inte lägga henne på några storhelger.

Från: Jan Sjöström
Skickat: den 15 november 2026 20:11
Ämne: Bemanning jul och nyår

Hej, hur gör vi med julen i år?

Kristin Dahlberg
Enhetschef, Korttidsboendet Norrvik
Tel 0571-12 34 56

Detta e-postmeddelande och eventuella bilagor är endast avsedda för adressaten. Om du fått meddelandet av misstag, vänligen meddela avsändaren och radera meddelandet.`, 'health'),
  d(`Från: Kristin Dahlberg <kristin.dahlberg@norrvik.se>
Skickat: den 18 november 2026 08:05
Till: Personalgruppen Korttidsboendet
Ämne: Julschema klart

Hej alla!
Julschemat är nu klart och ligger i Time Care. Tack för att ni varit flexibla.

Kort om övrigt:
- Personalfesten 4 december, anmälan till Malin
- Ny rutin för läkemedelsavvikelser från 1 januari, genomgång på APT
- Influensavaccination för personal torsdagar i december
- Vi har fortfarande en vakant nattjänst, tipsa gärna

God fortsättning!
Kristin

Detta e-postmeddelande och eventuella bilagor är endast avsedda för adressaten. Om du fått meddelandet av misstag, vänligen meddela avsändaren och radera meddelandet.`),
  d(`Protokoll arbetsplatsträff – Kundtjänst Vallby kommun
Datum: 2026-11-12, kl. 13.00–14.30
Närvarande: Anders, Britt, Camilla, Danne, Eva, Fatima, Gunnar (ordf), Hussein
Frånvarande: Ida

§1 Mötets öppnande
Gunnar hälsade välkommen.

§2 Föregående protokoll
Lades till handlingarna.

§3 Verksamheten
Samtalsvolymen har ökat med 14 % sedan oktober, främst frågor om avfallsabonnemang. Väntetiden i snitt 4 min 20 s.

§4 Arbetsmiljö
Ljudnivån i kontorslandskapet är fortfarande hög. Nya skärmväggar beställda. Danne och Eva ingår i arbetsmiljögruppen.

§5 Personal
Ida är föräldraledig till och med mars. Hussein går ner på 80 % från januari efter eget önskemål.

§6 Facklig information
Vision informerade om kommande lönerevision. Inga frågor.

§7 Övrigt
Julfika 18 december.

Vid protokollet: Camilla`),
  d(`Protokoll arbetsplatsträff – Kundtjänst Vallby kommun
Datum: 2026-12-10, kl. 13.00–14.15
Närvarande: Anders, Britt, Camilla, Danne, Eva, Gunnar (ordf), Hussein

§1 Föregående protokoll – godkänt.
§2 Verksamheten – nya e-tjänsten för bygglov lanseras i februari.
§3 Arbetsmiljö – skärmväggarna är på plats.
§4 Personal – Fatima är sjukskriven efter en operation i knät och räknar med att vara borta till februari. Hon hälsar till alla och vill inte ha besök just nu. Britt tar över hennes ärenden i ärendesystemet.
§5 Nya medlemmar i Vision: Danne och Hussein har gått med, välkomna hälsar Eva som är ombud.
§6 Övrigt – julfika flyttas till 17 december.

Vid protokollet: Camilla`, 'health', 'trade-union'),
  d(`Weekly summary — Team Nordic Payroll Integration (week 46)

Done
- Finished the mapping of allowance codes (OB, jour, beredskap)
- Fixed the rounding bug in overtime calculation
- Test run with anonymised salary data for 2 400 employees: 0 errors

Blocked
- Bank file format (ISO 20022) waiting for Nordea's test environment
- Access to the production HR system still pending security approval

Next
- UAT with the payroll office 30 Nov – 4 Dec
- Documentation for the helpdesk

Risks
- Key person dependency: only Emil knows the old batch jobs

/Project office`),
  d(`Weekly summary — Team Nordic Payroll Integration (week 47)

Done
- UAT started, payroll office reports 3 minor issues
- During UAT we found that Karolina Ek's December salary had been calculated at 29 400 SEK instead of 32 900 SEK because her raise from April was never registered. Corrected manually, the retroactive amount (38 500 SEK) goes out in January.

Blocked
- Nordea test environment still unavailable

Next
- Go/no-go meeting 8 Dec

/Project office`, 'salary'),
  d(`Chattexport – Teams, gruppchatt "Fritids Lärkan"
2026-10-05 07:30 Jenny: Morgon! Nån som öppnar idag?
2026-10-05 07:31 Pontus: jag är på väg, 10 min
2026-10-05 07:45 Jenny: Lisas pappa ringde, hon kommer inte idag
2026-10-05 07:46 Pontus: ok
2026-10-05 09:12 Marie: fika kl 10?
2026-10-05 09:13 Jenny: ja!
2026-10-05 11:40 Pontus: Kom ihåg att Elvin inte får vara med på utflykten utan att hans mamma skrivit på, hon ringde igen om pappan. Han får INTE hämta honom, det finns ett beslut från tingsrätten om ensam vårdnad och pappan är dömd för misshandel mot mamman.
2026-10-05 11:41 Jenny: jag lägger en lapp i pärmen
2026-10-05 14:55 Marie: regnkläder i torkskåpet, nån som vet vems de gröna är?`, 'criminal-record'),
  d(`Chattexport – Teams, gruppchatt "Fritids Lärkan"
2026-10-06 07:31 Pontus: morgon
2026-10-06 07:32 Jenny: god morgon, är på väg
2026-10-06 09:00 Marie: kan någon ta idrottshallen kl 13?
2026-10-06 09:04 Pontus: jag tar
2026-10-06 12:10 Jenny: påminnelse, utflyktslappen ska in på fredag, 6 lappar saknas fortfarande
2026-10-06 15:30 Marie: de gröna regnkläderna var Tildes 😀
2026-10-06 16:45 Pontus: stänger, larmet på`),
  d(`NYHETSBREV – Socialförvaltningen, november 2026

I det här numret:
1. Ny förvaltningschef
Från 1 januari tillträder Mona Carlsson som förvaltningschef. Hon kommer närmast från Norrviks kommun.

2. Digitalt ekonomiskt bistånd
Sedan september kan alla ansöka om försörjningsstöd digitalt. 68 % av ansökningarna kommer nu in via e-tjänsten.

3. Välkommen till LSS-enheten
Tre nya handläggare har börjat: Sara, Moa och Kristian.

4. Från verksamheten: "Så arbetar vi med orosanmälningar"
En intervju med Linnea på mottagningsgruppen om hur de prioriterar anmälningar och samarbetar med skolan. (Alla exempel i texten är påhittade.)

5. Kalendarium
- 3 dec: Temadag LSS
- 10 dec: Julbord
- 14 jan: Förvaltningsövergripande APT`),
  d(`Minnesanteckningar – Ledningsgrupp Barn och utbildning, 2026-11-19

Närvarande: Förvaltningschef, rektorerna (6), controller, HR-strateg

1. Ekonomisk prognos
 - Underskott 4,1 mnkr, främst tilläggsbelopp.
2. Skolval 2027
 - 412 ansökningar till förskoleklass.
3. Personal
 - Rekrytering av speciallärare pågår.
 - Rektor på Norrskolan informerade om att en lärare är avstängd under utredning; polisen utreder misstankar om att läraren har skickat sexuella meddelanden till en elev. Läraren nämns inte vid namn i protokollet men personalgruppen på skolan är informerad.
4. Elevhälsa
 - Skolsköterskebrist i norra området.
5. Övrigt`, 'criminal-record', 'sex-life'),
  d(`Hej Helén,

Svar på din fråga från igår om vad vi ska skriva i sammanfattningen till nämnden:

"Under perioden har mottagningsgruppen tagit emot 211 orosanmälningar, varav 38 % från skolan. 41 utredningar har inletts. Handläggningstiden har förbättrats."

Det är allt, inga individuppgifter eftersom protokollet blir offentligt. Vill de veta mer får de fråga i sekretessdelen.

/Nils`),
  d(`From: Amelia Grant <amelia.grant@northuni.ac.uk>
Sent: 12 November 2026 10:22
To: Erik Fors <erik.fors@vallby.se>
Subject: Re: Study visit in March

Dear Erik,
Thank you for the programme. Everything looks fine. A few practical notes for the group:
- Two of our students, Priya and Daniel, will need vegetarian meals.
- Professor Hughes uses a wheelchair since his stroke last year – could you confirm that the venue is accessible?
- We land at 14:20 on Monday.

Looking forward to it,
Amelia

On 10 Nov 2026, Erik Fors wrote:
> Dear Amelia, please find attached the draft programme for your visit to our social services department.`, 'health'),
  d(`From: Amelia Grant <amelia.grant@northuni.ac.uk>
Sent: 20 November 2026 09:10
To: Erik Fors
Subject: Re: Re: Study visit in March

Dear Erik,
Great, thanks for confirming that the venue is step-free and that there is a hearing loop in the main hall. We'll send the final participant list in February. Could you also recommend a hotel near the city hall?

Best,
Amelia`),
  d(`Ärende #71240 – Inloggning fungerar inte
Anmält av: Torbjörn Axelsson, Bygglov
Prioritet: Normal

2026-11-02 08:14 Torbjörn: Jag kommer inte in i Castor. Det står "fel användarnamn eller lösenord".
2026-11-02 08:30 Servicedesk: Har du bytt lösenord nyligen?
2026-11-02 08:33 Torbjörn: Ja i fredags. Det nya är Sommar2026!! om det hjälper
2026-11-02 08:35 Servicedesk: Skriv aldrig lösenord i ärendet. Vi har låst upp kontot, byt lösenord igen via portalen.
2026-11-02 08:50 Torbjörn: OK nu funkar det.
Status: Löst`, 'credentials'),
  d(`Ärende #71255 – Inloggning fungerar inte
Anmält av: Maria Lind, Miljö
Prioritet: Normal

2026-11-02 09:14 Maria: Jag kommer inte in i Castor sedan i morse.
2026-11-02 09:20 Servicedesk: Det är en känd störning efter uppdateringen, vi återkommer.
2026-11-02 10:05 Servicedesk: Nu ska det fungera. Starta om datorn.
2026-11-02 10:11 Maria: Tack, nu är jag inne!
Status: Löst`),
  d(`Hej Roger,

Inför förhandlingen i morgon skickar jag sammanfattning av vad som gäller för Peter Lindqvist:

• Anställd sedan 2011 som maskinförare.
• Två skriftliga varningar (mars 2025 och juni 2026) för att ha kört med kommunens fordon utan att följa säkerhetsrutinerna.
• Vid senaste incidenten den 3 oktober blev en kollega lätt skadad.
• Arbetsgivaren överväger uppsägning på grund av personliga skäl.
• Peter företräds av Kommunal (ombudsman Åsa Lindahl).

Underlaget är internt och ska inte spridas.

/Marita, HR-specialist`, 'hr-assessment', 'trade-union'),
  d(`Hej,

Till dig som är chef: här är en checklista inför en förhandling enligt MBL §11:
1. Kalla de fackliga organisationerna i god tid.
2. Skicka underlag minst en vecka innan.
3. För protokoll och justera det.
4. Informera medarbetarna efter förhandlingen.

HR`),
  d(`Elevdokumentation – sammanfattning inför klasskonferens 8C, ht 2026

Klassen har generellt god studiero efter höstlovet. Resultat på NP-övningen i matematik: klassens medel 52 %.
Elever som behöver extra anpassningar: 4 (se individuell dokumentation i Unikum).
Julia S: F i engelska och svenska vid halvtidsavstämning, 23 % frånvaro. Kontakt med hemmet har tagits två gånger. Förslag: särskilt stöd utreds.
Övriga elever: inga varningar.
Klassföreståndare: Mattias och Sofie`, 'grades'),
  d(`Hej alla i arbetslag 8!

Påminnelse om klasskonferensen på torsdag. Fyll i Unikum innan onsdag kl 16: frånvaro, varningar för F och behov av anpassningar per elev. Vi går igenom klass för klass, ca 20 minuter per klass.

/Biträdande rektor`),
  d(`Hej Olle!

Grattis till gymnasiet! Din preliminära antagning blev Naturvetenskapsprogrammet på Katedralskolan. Ditt meritvärde var 287,5 och du hade A i matematik, fysik och kemi. Slutlig antagning 1 juli.

/Studie- och yrkesvägledare Annika`, 'grades'),
  d(`From: exchange-office@northuni.ac.uk
To: Johanna Berg
Subject: Transcript of Records — Erasmus autumn 2026

Dear Johanna,
Please find your Transcript of Records:
– Social Policy in Europe (7.5 ECTS): B
– Research Methods (7.5 ECTS): C
– Child Welfare Comparative Studies (15 ECTS): A
Your home university will receive an official copy.
Kind regards`, 'grades'),
  d(`Hej,

Jag vill bara informera om att partiföreningen för Liberalerna i Vallby håller öppet möte den 11 december i Folkets hus. Tema: skolans framtid. Alla välkomna, även icke-medlemmar.

/Annonsen från föreningen, uppsatt på anslagstavlan i biblioteket`),
  d(`Hej Maria,

Kort bakgrund om Sven Gran som ska sitta i referensgruppen: han är aktiv i Miljöpartiet och var deras kandidat till kommunfullmäktige, så förvaltningsledningen vill att gruppen också får en representant från en annan politisk inriktning för balansens skull.

/Thomas`, 'political-opinion'),
  d(`Från: Medborgarkontoret
Ämne: Förtidsröstning

Förtidsröstningen öppnar 18 dagar före valdagen. Röstmottagare ska vara opartiska och får inte bära partisymboler. Utbildning för röstmottagare hålls 1 och 3 augusti.`),
  d(`Anteckning från personalsamtal (röstmottagare, valet 2026)

Röstmottagaren Lars E. har enligt flera vittnen uttryckt stöd för Kristdemokraterna och uppmanat väljare att rösta på dem i vallokalen. Han har tagits ur tjänstgöring för resten av valdagarna. Valnämndens ordförande är informerad.`, 'political-opinion', 'hr-assessment'),
  d(`Hi Karin,

Following our call: the grant holder Dr. Mendes has sent her bank details for the travel reimbursement:
Bank: Caixa Geral de Depósitos
IBAN PT50 0035 0123 0004 5678 9017 2
SWIFT CGDIPTPL
Please process before year-end closing.

Best,
Lucas, Finance Office`, 'bank-account'),
  d(`Hej ekonomi!

Vi behöver betala ut ersättning till vår kontaktfamilj, familjen Östlund. Pengarna ska gå till Annas konto: ICA Banken 9271-1203 558 44. Avser oktober och november, 2 × 1 800 kr.

/Lena, biståndshandläggare`, 'bank-account', 'social'),
  d(`Hej,

Från nästa år ska alla uppdragstagare (kontaktpersoner, familjehem, gode män) registrera sitt kontonummer själva via e-tjänsten. Handläggare ska inte längre mejla bankuppgifter till ekonomi. Instruktion bifogas.

/Ekonomienheten`),
  d(`Hej Jonny,

Vid din granskning av kvittona för november hittade jag att Peter har lagt in en kvittobild som visar hela kortnumret på hans privata kort. Jag har maskerat den. Kan du påminna enheterna om att alltid maskera?

/Revisionen`),
  d(`[Whatsapp-export, Boendestöd team syd]
[12/11/2026, 08:10] Hampus: Ok jag tar Ronja kl 10, Erik kl 13
[12/11/2026, 08:12] Sofia: Erik sa igår att han fått nya mediciner från psyk, han är trött och vill att vi kommer senare
[12/11/2026, 08:13] Hampus: kör 14 då
[12/11/2026, 09:55] Sofia: glöm inte lägenhetsnyckeln, den ligger i skåpet
[12/11/2026, 13:50] Hampus: Erik mår ok, vi handlade`, 'health', 'social'),
  d(`Hej Anders,

Vill bara flagga: i ärendet om Siv (hemtjänst) har hennes son hört av sig. Han säger att Siv är rädd för en av personalen eftersom han har pratat om att hon "röstar fel". Hon har alltid varit socialdemokrat och engagerad i PRO. Vi behöver prata med personalen.

/Lena, enhetschef hemtjänst`, 'political-opinion', 'social'),
  d(`Hej!

Kyrkans förskola Ljuset söker vikarier inför våren. Du behöver inte vara medlem i Svenska kyrkan men ska respektera verksamhetens kristna värdegrund. Timlön enligt avtal. Ansök via vår hemsida.`),
  d(`Dagbok, IFO Vuxen
2026-11-04 Besök av Artur Nowak. Han har varit drogfri i 6 månader och går på Anonyma Narkomaner i katolska församlingens lokaler, där han även deltar i mässan varje söndag. Fortsatt försörjningsstöd beviljas under praktiken. Nästa besök 2 december.`, 'social', 'health', 'religion'),
  d(`Hej,

Vi i kören har en ny medlem, Ester, som kommer från Eritrea och sjunger i den ortodoxa kyrkans kör också. Hon är fantastisk! Kan hon få låna nyckeln till övningslokalen på torsdagar?

/Körledaren`, 'ethnic-origin', 'religion'),
  d(`Sammanfattning, webbinarium "Mänskliga rättigheter i kommunen"

• Diskrimineringsgrunderna: kön, könsöverskridande identitet, etnisk tillhörighet, religion, funktionsnedsättning, sexuell läggning och ålder.
• Exempel från DO:s tillsyn (anonymiserade).
• Kommunens handlingsplan för 2027 innehåller utbildning för alla chefer.
Bildspel finns på intranätet.`),
  d(`Hej Linnea,

Sekretessprövning: jag har gått igenom beställningen från journalisten gällande e-post mellan förvaltningen och skolan om eleven i ärende 2026-BOU-0412. Bedömning: uppgifterna om elevens personliga förhållanden omfattas av sekretess enligt 23 kap. 2 § OSL och lämnas inte ut. Övriga delar lämnas ut med maskeringar.

Mvh
Jurist Karin`, 'secrecy'),
  d(`Hej,

Vi har fått en begäran om att få ta del av alla mejl om upphandlingen av skolmat. Jag har gått igenom dem och inget omfattas av sekretess. De lämnas ut i morgon.

/Registrator`),
  d(`Hej Karin,

Sanna på pappersarkivet undrar: vilket ark för sekretessmärkta handlingar ska användas för den nya rutinen? Hon har sett både den gamla blanketten och den nya "Sekretessprövad – får inte lämnas ut" i mallarkivet.

/Dokumentcenter`),
  d(`Hej Ahmed,

Tack för praktikansökan. Vi har fått ditt registerutdrag och det är tomt, så inget hinder. Du börjar 12 januari kl 8 på Solbacken. Ta med ID.

/Chef, Solbacken`),
  d(`Utdrag ur personakt — disciplinärende

Medarbetare: Lina Björk, undersköterska
Händelse 2026-09-18: Lina har enligt vittnen tagit läkemedel (Oxikodon) från en brukares låda för eget bruk. Ärendet är polisanmält och anmält till IVO. Lina är avstängd med lön under utredningen. Hon har berättat att hon är beroende och har sökt hjälp via företagshälsovården.`, 'hr-assessment', 'criminal-record', 'health'),
  d(`Från: Passerkontoret, Region Norrmark
Skickat: den 23 november 2026 11:15
Till: Ulrika Sandström
Ämne: SV: Problem med läsaren på op-avdelningen

Hej Ulrika,
Vi har kontrollerat loggen. Läsaren vid op 3 jämför mot den ansiktsmall som registrerades för dig 2024, innan du bytte frisyr och började använda glasögon. Vi har raderat den gamla mallen och du behöver komma ner och registrera en ny bild. Öppet vardagar 8–11.

Mvh
Passerkontoret

> Från: Ulrika Sandström
> Skickat: den 22 november 2026 19:40
> Hej, ansiktsläsaren vid op 3 släpper inte in mig sedan i tisdags, jag får använda kortet och koden varje gång. Kan ni kolla?
> /Ulrika, op-sjuksköterska`, 'biometric'),
  d(`Hej,

Polisen har bett oss bevara bilder från kameran vid busshållplatsen utanför skolan den 14 november mellan 15 och 16. Vi har sparat filerna på en separat disk. Ingen igenkänning görs hos oss, materialet lämnas till polisen enligt deras begäran.

/Säkerhetssamordnaren`),
  d(`Hej Mattias,

Kan du radera röstprovet som Kerstin Holm lämnade till den nya telefonitjänsten? Hon har dragit tillbaka sitt samtycke och vill logga in med kod i stället. Hennes röstavtryck ligger under användar-ID 20331.

/Telefonigruppen`, 'biometric'),
  d(`Genetikmottagningen – anteckning efter samtal
Patient: Malin Engström
Malin har fått besked att hon inte bär på den familjära mutationen i MYBPC3 som hennes bror och far har (hypertrof kardiomyopati). Hon behöver därför inte följas med årliga ekokardiografier. Hennes dotter behöver inte testas.`, 'genetic', 'health'),
  d(`Hej Frida!

Förra veckan pratade vi om din pappas sjukdom och din oro för dina barn. Jag ville bara skicka länken till Huntingtonföreningen som du efterfrågade. Om du vill göra ett prediktivt test kan din läkare skriva en remiss.

Med vänlig hälsning
Kurator, Neurologkliniken`, 'genetic', 'health'),
  d(`Till: Alla ledamöter i etikrådet
Ämne: Underlag inför mötet 8 december

1. Ansökan om genetisk screening av nyfödda för ytterligare 5 sjukdomar – ställningstagande.
2. Riktlinje om återkoppling av oväntade fynd vid helgenomsekvensering.
3. Rapport från nationella biobanksrådet.

Underlagen är generella och innehåller inga patientuppgifter.`),
  d(`[Slack export – #hr-ops]
2026-11-17 10:02 olivia: Can someone update the benefit file? New card numbers came in for the fuel cards.
2026-11-17 10:04 viktor: sure, send them
2026-11-17 10:05 olivia: driver Sami Korhonen: 7002 4010 8834 5521, exp 08/28 — he's got the PIN in a letter
2026-11-17 10:06 viktor: got it. please use the vault next time
2026-11-17 10:07 olivia: yes sorry 🙈`, 'payment-card'),
  d(`[Slack export – #hr-ops]
2026-11-18 09:12 olivia: the fuel card supplier changed their portal, new login URL on the wiki
2026-11-18 09:13 viktor: did the cards arrive?
2026-11-18 09:15 olivia: yes, all 14 handed out, signed receipts scanned
2026-11-18 09:16 viktor: 👍 closing the ticket`),
  d(`Hej Lovisa,

Jag ringde upp kvinnan som ville boka lägenhet i vårt tillfälliga boende. Hon har skyddad identitet och kan inte uppge sin folkbokföringsadress. Hon har kontaktperson hos kvinnojouren som kan intyga. Vi har ordnat en lägenhet i Stensta utan namn på dörren.

/Boendesamordnare`, 'protected-identity', 'social'),
  d(`Anteckning från Kontaktcenter 2026-11-21, kl 14:32

En man ringde och frågade efter adressen till sin före detta sambo Lena Forsman och deras två barn. Personen har skyddade personuppgifter enligt systemet. Ingen uppgift lämnades ut. Ärendet är anmält till säkerhetssamordnaren.`, 'protected-identity'),
  d(`Hej,

Vi kommer under december att se över rutinerna för hur utskick till personer med skyddade personuppgifter hanteras i det nya ärendesystemet. Ingen förändring sker för handläggarna förrän i mars.

/Systemförvaltning`),
  d(`Hej Jakob,

Så här långt om den nya eleven Vilda i åk 5: vi fick inga betyg från hennes tidigare skola eftersom den inte sätter betyg i åk 5, men omdömen bifogas: "når inte målen i svenska och matematik, god i bild och idrott". Hon har hög frånvaro från förra terminen (31 %).

/Rektor`, 'grades'),
  d(`Hej Sofie,

Några punkter från veckans mentorsträff:
– Alla mentorer ska ha haft minst ett samtal med varje elev före jul.
– Frånvaroanmälan ska följas upp samma dag.
– Ny rutin för omprov: eleven anmäler sig senast en vecka innan.
– Inga individuella resultat redovisas i protokollet.

/Arbetslagsledare`),
  d(`Hej Linnéa,

Jag behöver be om ursäkt för att jag kommer sent på måndag – jag måste följa min dotter till BUP, hon har fått diagnosen ADHD och vi ska prata om medicinering. Det går bra att börja 10 i stället?

/Tove`, 'health'),
  d(`Hej,

Från ledningsgruppen: Vi vill uppmuntra alla att använda friskvårdstimmen. Forskningen visar att fysisk aktivitet minskar risken för utbrändhet och stressrelaterad ohälsa. Boka gärna gympasset i idrottshallen på onsdagar.

/HR`),
  d(`Hi everyone,

Quick update before the weekend:
- The planning day is moved to 15 January.
- Johan will chair the meeting, since Lisa is on sick leave for the next weeks — she has pneumonia and was admitted to hospital on Wednesday. Cards and flowers can be left at the front desk, she will get them when she's home.
- Office closed 24 Dec – 1 Jan.

Have a nice weekend,
Martina`, 'health'),
  d(`Hej Kristina,

Bekräftar att vi kan bevilja Göran Albertsson avgiftsbefrielse för hemtjänsten i december på grund av hans låga inkomst. Beslutet skickas hem till honom. Utbetalningen av återbetalningen görs till hans konto i Swedbank 8214-9, 933 441 221-0.

/Avgiftshandläggare`, 'social', 'bank-account'),
  d(`Hej

Löneutbetalning för december sker den 23 december p.g.a. helgerna. Kontrollera att ditt kontonummer är aktuellt i Självservice.

Lönecenter`),
  d(`Protokoll styrelsemöte – Kommunal sektion Vallby
2026-11-16

Närvarande: Sari Niemi (ordf), Johan Lind, Fatma Yilmaz, Olle Bergh
1. Mötet öppnas.
2. Medlemsfrågor: sex nya medlemmar sedan förra mötet, bl.a. på Solgården och i kostenheten.
3. Rehabärenden: Fatma företräder en medlem på hemtjänsten i ett ärende om omplacering.
4. Utbildning: ombudsutbildning i mars, Johan anmäld.
5. Nästa möte 14 december.`, 'trade-union'),
  d(`Hej,

Påminnelse om att all facklig tid ska rapporteras i Heroma med kod FT. Rutinen gäller alla fackliga organisationer. Vid frågor, kontakta lönecenter.`),
  d(`Hej Helena,

Den nya enhetschefen på Västergården, Monica, berättade att hon är född och uppvuxen i Chile och kom hit som flykting 1976. Det blir säkert bra för de spansktalande brukarna.

/Områdeschef`, 'ethnic-origin'),
  d(`Minnesanteckningar – Styrgrupp Integration 2026-11-10

1. Statistik: 186 nyanlända har tagits emot under året, främst från Ukraina, Syrien och Afghanistan.
2. Språkcafé på biblioteket har ca 40 besökare per vecka.
3. Samverkan med civilsamhället – moskén, församlingarna och idrottsföreningarna deltar i läxhjälpen.
4. Budget 2027.`),
  d(`Hej Niklas,

Det här gäller den nya larmkoden till ungdomsgården som Sandra bad om:
Larm: 9054
Förrådet: 3311
Kom ihåg att ändra koden om någon nyckelbärare slutar.

/Fritidschef`, 'credentials'),
  d(`Hej,

Vi har nu gått igenom förvaltningens behörigheter. 23 konton som inte använts på över 90 dagar har spärrats. Om du saknar behörighet, gör en ny beställning i IT-portalen.

/IT-säkerhet`),
  d(`Hej,

Kort rapport från mötet med Kriminalvården: Mikael Sandberg, som bor i kommunens träningslägenhet, har fått utökad frigång och ska ha fotboja från 1 december till villkorlig frigivning i april. Boendestödet fortsätter som planerat.

/Boendestöd`, 'criminal-record', 'social'),
  d(`Inbjudan – Öppet hus på Kriminalvårdens anstalt Salberga

Kommunens socialsekreterare inom vuxenenheten bjuds in till studiebesök den 19 februari. Vi visar verksamheten för klienter nära frigivning och samarbetet med hemkommunerna.

Anmälan till Kriminalvården senast 5 februari.`),
  d(`Hej Torun,

Tack för ditt mejl om Vincent. Jag förstår din oro. Han har fått E i engelska i årskurs 8 och lärarens bedömning i höst är att han ligger på E-nivå, men har chansen att nå C om han lämnar in de saknade uppgifterna.

Hälsningar
Mentor Ingrid`, 'grades'),
  d(`Hej,

Bekräftelse: Din begäran om ledighet för fackligt förtroendeuppdrag har beviljats för 3–4 december. Uppdraget: kongressombud för Vårdförbundet.

/Lönecenter, på uppdrag av Karin Wik`, 'trade-union'),
  d(`Hej Ulf,

Information om medarbetarsamtalen: du har 14 medarbetare och bör ha genomfört samtal med alla före 31 mars. Använd den nya mallen. Dokumentationen ska sparas i Heroma och inte skickas som bilaga i mejl.

/HR-partner`),
  d(`Från: Johan Westerlund
Skickat: den 24 november 2026 07:12
Till: Ledningsgruppen Teknik
Ämne: VB: VB: Sammanfattning från veckan

Hej, vidarebefordrar Saras veckobrev, se främst punkt 4 som vi behöver hantera på måndag.

/Johan

-----Ursprungligt meddelande-----
Från: Sara Holmgren
Skickat: den 21 november 2026 16:55
Till: Johan Westerlund
Ämne: VB: Sammanfattning från veckan

Hej Johan, här kommer veckans sammanfattning från driften.

1. Vattenläckan på Storgatan är åtgärdad, asfalteringen görs nästa vecka.
2. Snöberedskapen startar 1 december. Schemat är klart.
3. Två nya fordon levererade till parkavdelningen.
4. Personal: Benny har ringt och sagt att han har fått en ny dom – 60 dagsböter för rattfylleri från i somras – och att körkortet är återkallat i ett år. Han kan alltså inte köra plogbil i vinter. Han frågar om han kan få andra arbetsuppgifter.
5. Julfika för driften 16 december.

Trevlig helg!
Sara

Sara Holmgren
Arbetsledare Drift, Teknik- och fastighetsförvaltningen
Vallby kommun
Tel: 0571-55 12 90

Tänk på miljön innan du skriver ut detta mejl.`, 'criminal-record'),
  d(`Från: Sara Holmgren
Skickat: den 28 november 2026 16:40
Till: Johan Westerlund
Ämne: Sammanfattning från veckan

Hej Johan, veckans sammanfattning.

1. Asfalteringen på Storgatan är klar.
2. Snöberedskapen startar måndag, alla förare har gått den obligatoriska genomgången.
3. Körkortskontroll: alla förare i plogschemat har visat giltigt körkort för rätt behörighet.
4. Budgeten för vinterväghållning ser ut att hålla om vintern blir normal.
5. Julfika för driften 16 december, glögg och pepparkakor.

Trevlig helg!
Sara

Sara Holmgren
Arbetsledare Drift, Teknik- och fastighetsförvaltningen
Vallby kommun

Tänk på miljön innan du skriver ut detta mejl.`),
  d(`MINNESANTECKNINGAR – Arbetsplatsträff Hemtjänst Öst
Datum: 2026-11-18 kl. 14.00–15.30
Närvarande: 17 medarbetare, enhetschef Anneli Strand, samordnare Milad

1. Information från ledningen
   • Budget 2027: oförändrad bemanning.
   • Nya nyckelfria lås installeras hos brukarna under våren.
2. Arbetsmiljö
   • Hot och våld: ett tillbud rapporterat under oktober, hanterat.
   • Cykelhjälmar och reflexvästar finns att hämta.
3. Brukarärenden
   • Brukaren på Tallvägen 9 (Stig) har fått utökat beslut med dubbelbemanning vid förflyttning efter sin stroke. Ny genomförandeplan skrivs av Milad.
   • Två nya brukare från 1 december, information på morgonmötet.
4. Kompetens
   • Delegeringsutbildning för insulin 9 december.
5. Övrigt
   • Luciafika 13 december.

Nästa APT: 16 december.`, 'social', 'health'),
  d(`MINNESANTECKNINGAR – Arbetsplatsträff Hemtjänst Väst
Datum: 2026-11-19 kl. 14.00–15.00
Närvarande: 12 medarbetare, enhetschef Petter Ring

1. Information från ledningen
   • Nya nyckelfria lås under våren.
   • Ny biståndshandläggare i området: Linda.
2. Arbetsmiljö
   • Bilarna: två är på service, cyklarna ska användas.
3. Verksamheten
   • Antalet beviljade timmar i området har ökat med 6 % sedan i våras.
   • Genomförandeplanerna ska uppdateras i Lifecare senast 31 december.
4. Kompetens
   • Delegeringsutbildning för insulin 9 december.
5. Övrigt
   • Luciafika 13 december.`),
  d(`Subject: FW: FW: Reference check – candidate for Head of Finance

---------- Forwarded message ----------
From: Mark Lindholm
Date: 19 Nov 2026
To: Recruitment team

See notes from my reference call below. Please keep this within the panel.

---------- Original ----------
From: Anna Berglund
Sent: 18 Nov 2026
To: Mark Lindholm
Subject: Reference check

Hi Mark,
I spoke to the candidate's former manager at Norrvik Energi. Summary:
– Strong analytical skills, very structured.
– "Can be abrupt with colleagues; there were two complaints about her tone in 2024 which led to a formal conversation with HR."
– Would rehire her, but in a role with less staff responsibility.
Overall a mixed picture. I'd suggest a second interview focusing on leadership.

Best,
Anna`, 'hr-assessment'),
  d(`Hej allihopa!

Här kommer NYHETSBREV december från Personalklubben Vallby 🎄

➤ Julbord på Stadshotellet 11 december – 120 anmälda hittills!
➤ Bowlingkväll i januari, anmälan öppnar 2 januari.
➤ Rabatt på gym: 20 % på Friskis & Svettis med ditt personalkort.
➤ Ny i styrelsen: Ahmed Sharif (kassör) och Kajsa Nyström (ledamot).
➤ Tips: ta med era familjer på skridskodagen 24 januari – varmt välkomna, oavsett om ni tar med er man, fru, sambo, barn eller vänner.

God jul och gott nytt år!
Styrelsen`),
  d(`Hej Mia,

Här är sammanställningen du bad om från förra veckans utvecklingssamtal med gruppen, som jag lovade. Jag skriver bara ut det som är relevant för schemaläggningen:

– Emil vill fortsätta med natt, inga hinder.
– Sanna önskar dag pga småbarn.
– Peter har tagit upp att han är på väg in i en könsbekräftande process och kommer att vara borta vid några tillfällen under våren för utredning i Stockholm. Han vill själv berätta för gruppen när det är dags och vill bli kallad Petra därefter.
– Mona vill gå en utbildning i palliativ vård.

Hör av dig om du behöver mer.
/Elisabeth, enhetschef`, 'sex-life', 'health'),
  d(`Anteckning, Mottagningsgruppen IFO Barn och unga
Datum: 2026-11-20, 10:45
Inkommen orosanmälan från Norrskolans kurator gällande pojke, 13 år.

Sammanfattning av anmälan: Pojken har berättat för kuratorn att hans styvpappa slår honom när han har druckit. Pojken hade ett blåmärke på överarmen. Mamman är informerad av skolan och säger att det "inte är så farligt".
Bedömning: Skyddsbedömning görs samma dag. Samråd med polisen om anmälan.

Handläggare: Karin Öberg
Uppgifterna omfattas av sekretess (26 kap. 1 § OSL).`, 'social', 'criminal-record', 'secrecy'),
  d(`Hej,

Vi i mottagningsgruppen vill tacka skolorna för ett bra samarbete under året. Några påminnelser:
• Orosanmälan ska göras direkt när det finns en misstanke – ni behöver inte vara säkra.
• Använd e-tjänsten eller ring mottagningen.
• Vid akuta ärenden efter 16.30: ring socialjouren.
• Ni får återkoppling om att en utredning har inletts, men inte om innehållet.

God jul önskar Mottagningsgruppen, IFO Barn och unga`),
  d(`[2026-11-23 09:02] Erik: tja, fick precis ett sms från banken att kortet är spärrat, nån har försökt handla i Litauen 😡
[2026-11-23 09:03] Anna: nej usch. Kommunens kort eller ditt?
[2026-11-23 09:03] Erik: mitt privata, men jag la ju in det i reseportalen för tjänsteresan
[2026-11-23 09:04] Erik: 4539 8810 2266 4310, exp 05/28 – är det det som ligger i portalen hos dig?
[2026-11-23 09:06] Anna: ja samma, jag tar bort det nu
[2026-11-23 09:07] Erik: tack!`, 'payment-card'),
  d(`Hej Per!

Jag har läst igenom din debattartikel om hyresreglering. Även om jag inte delar din ståndpunkt tycker jag att den är välskriven. Lycka till med publiceringen!

/Karin
PS. Kom ihåg styrelsemötet i bostadsrättsföreningen på tisdag.`, 'political-opinion'),
  d(`Hej,

Bifogar årsberättelsen för Vallbys fritidsgårdar. Höjdpunkter:
• 12 400 besök under året.
• Nytt samarbete med idrottsföreningar.
• Debattkvällen med ungdomsförbunden inför valet lockade 80 ungdomar – alla riksdagspartiers ungdomsförbund deltog.
• Sommarlovsaktiviteter för 340 barn.

/Fritidsförvaltningen`),
  d(`Hej Annelie,

Här är sammanfattningen inför rättegången som du bad om. Omfattas av sekretess, skicka inte vidare.

Åklagaren har väckt åtal mot Robin Holm (19) för olaga hot och skadegörelse mot fritidsgården i september. Robin har varit inskriven på vårt HVB i två år, placerad enligt SoL, och personalen är kallad som vittnen. Huvudförhandling 7 januari, Vallby tingsrätt.

Jag kan ta kontakten med hans offentliga försvarare.

/Malin, behandlingsassistent`, 'criminal-record', 'social', 'secrecy'),
  d(`Subject: Invoice and payment details

Hi Annika,
Thanks for the translation job. My invoice (no. 2026-44, 6 800 SEK) is attached. Please pay to my account:
Skandiabanken, clearing 9150, account 0402 338 117
Freelancer: Olena Kovalenko

Kind regards,
Olena`, 'bank-account'),
  d(`Sammanfattning av chefsdagen 20 november

Förmiddag – Strategi 2030: kommunens tre fokusområden (trygghet, kompetensförsörjning, klimat).
Lunch.
Eftermiddag – Workshop om hälsofrämjande ledarskap: hur fångar vi tidigt upp signaler på ohälsa i arbetsgruppen? Fallövningar med påhittade medarbetare ("Anna, 45, som plötsligt börjat komma för sent"). Ingen riktig person diskuterades.
Avslutning – Kommundirektören tackade för året.

Presentationerna finns i chefsportalen.`),
  d(`Hej,

Ni efterfrågade underlag till årets lönekartläggning. Här är utdraget för gruppen "Handläggare, IFO":

Namn – månadslön – kön
Ahmed Y. – 36 200 – M
Berit S. – 38 900 – K
Carin L. – 35 400 – K
David P. – 34 800 – M

Materialet är internt och ska inte spridas utanför kartläggningsgruppen.
/HR-analys`, 'salary'),
  d(`Lönekartläggning 2026 – sammanfattning till samverkansgruppen

Kartläggningen omfattar 2 148 medarbetare. Inga osakliga löneskillnader på grund av kön har identifierats inom lika arbeten. För likvärdiga arbeten finns en skillnad på 3,1 % mellan två kvinnodominerade och en mansdominerad grupp; den förklaras av marknadsfaktorer men följs upp.

Handlingsplan bifogas.`),
  d(`Hej Maja,

Bara en fråga om din elev Adam Yilmaz som ska gå över till oss i vår. Skolan i Malmö har skickat hans dokumentation:
"Adam har åtgärdsprogram i läsning och skrivning. Omdöme i svenska: når inte kunskapskraven. I matematik: godtagbara kunskaper. Närvaro 88 %."
Vi ordnar ett överlämningsmöte med specialläraren.

/Rektor Sjöviksskolan`, 'grades'),
  d(`Hej alla i 6B!

Kom ihåg att vi har prov i geografi på fredag, kapitel 3–5. Alla som är sjuka den dagen får göra provet veckan efter. Betygen för terminen sätts i december.

Lycka till! /Marcus`),
  d(`Case summary (English translation for the Danish partner municipality)

Client: Mrs. E., 82, widowed, lives alone in Vallby.
Services: home care (twice daily), meals on wheels, safety alarm. Decision granted under the Social Services Act, chapter 4, section 1.
Health: mild dementia diagnosed in 2025, insulin-treated diabetes. Her daughter in Copenhagen holds a power of attorney.
Reason for transfer: Mrs. E. is moving to her daughter's municipality in January.
This summary is shared with the client's written consent.`, 'social', 'health'),
];
