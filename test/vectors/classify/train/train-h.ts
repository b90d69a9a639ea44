/**
 * TRAIN_H — training corpus for Kuvert's sensitive-category classifier (session 4, writer h).
 *
 * Written by hand for this file from the labelling guide alone (/tmp/label-guide.md at the time),
 * without reading the classifier or any other corpus. The texts imitate messy real-world formats:
 * forwarded threads with quoted history, replies with signatures and legal disclaimers, meeting
 * minutes, Teams chat excerpts, ticket-system notifications, case-note excerpts, school messages to
 * guardians, HR-system mails, English mails from international staff and bullet lists. Mostly
 * Swedish, some English. Positives concentrate on the hard categories (salary, biometric,
 * ethnic-origin, grades, sex-life, political-opinion, religion, trade-union, genetic, hr-assessment,
 * criminal-record), each paired with hard negatives that use the same vocabulary without disclosing
 * anything about a specific person. Sometimes the disclosure is one sentence inside a long text.
 *
 * All names, organisations, numbers and details are invented; no real people are described.
 */
import type { CategoryType } from '../../../../src/core/classify/types.js';
import type { LabelledDocument } from '../category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const TRAIN_H: readonly LabelledDocument[] = [
  // ---- salary: positives and hard negatives ----
  d(`Hej Maria,

Efter lönesamtalet igår kan jag bekräfta att Johan Ekvalls nya månadslön blir 38 400 kr från 1 april (tidigare 36 900). Kan du lägga in det i Heroma innan löneslutet?

Mvh
Annika Ström
Enhetschef, Bergsgårdens äldreboende`, 'salary'),
  d(`Hej alla chefer,

Lönerevisionen 2027 startar vecka 14. Tidsplan:
- v. 14–15: lönesamtal med medarbetare
- v. 17: underlag till HR
- v. 19: avstämning med de fackliga organisationerna
- maj: nya löner betalas ut retroaktivt från 1 april

Frågor till lönegruppen via HR-portalen.
/HR-avdelningen`),
  d(`Fwd: Re: Lönekartläggning 2026

---------- Vidarebefordrat meddelande ----------
Från: Lönegruppen
Ämne: Lönekartläggning 2026

Medianlönen för undersköterskor i kommunen ligger på 31 250 kr, kvinnors lön motsvarar 99,1 % av männens inom samma befattning. Inga osakliga skillnader har identifierats i grupperna med fler än fem personer.

> Kan vi få siffrorna per förvaltning också?
> /Peter`),
  d(`Teams-chatt, Löneenheten
[09:12] Sanna L: kolla ärende 4471, Fredrik Holm har fått 2 000 för lite i mars, han ska ha 34 800 inte 32 800
[09:13] Kim B: ok, jag gör en retroaktiv korrigering i nästa körning
[09:13] Sanna L: 👍`, 'salary'),
  d(`Hi Lena,

Just to confirm what we discussed: my starting salary will be 44 000 SEK per month, and the relocation bonus of 25 000 SEK is paid with the first salary in September. Could HR send the signed contract to my private e-mail?

Best regards,
Rahul Menon
Data engineer (starting 1 Sept)`, 'salary'),
  d(`Hej,
Jag undrar varför min lön har sjunkit. I februari fick jag ut 24 310 kr netto men i mars bara 21 980, och jag har inte varit ledig. Kan någon på lön titta på det?
/Ebba Nordin, lokalvårdare`, 'salary'),
  d(`Påminnelse: Löneutbetalning sker den 25:e varje månad. Infaller den 25:e på en helgdag betalas lönen ut närmast föregående vardag. Lönebesked finns i självservice från den 20:e.`),
  d(`Ärende #88213 – uppdaterat av Servicecenter Lön

Status: Löst
Beskrivning: Medarbetare anmäler att OB-tillägg för nattpass saknas på lönebesked.
Åtgärd: OB-tillägg 3 412 kr för mars har betalats ut till Oskar Lindqvist i extra utbetalning 2027-04-03.

Svara inte på detta mejl.`, 'salary'),
  d(`Minnesanteckningar, ledningsgrupp Barn- och utbildning 12/3

1. Budgetläget – prognos -2,1 mnkr
2. Lönerevision: förvaltningen har 2,8 % i utrymme, prioritet förskollärare och specialpedagoger enligt lönepolitiska programmet
3. Lokalfrågor: Solrosens förskola evakueras v. 20
4. Övrigt: inget`),
  d(`Hej Tove,

Som du bad om: vi har gått igenom Karin Mellbergs lönekrav. Hon begär 42 000 men vi landade i 40 500, vilket är 1 800 kr mer än i dag. Hon var inte nöjd och vill ta det vidare till förvaltningschefen. Vi får se.

/Göran`, 'salary'),
  d(`Vad tjänar en socialsekreterare i Sverige? Enligt SCB:s lönestatistik låg medellönen 2025 på cirka 38 000 kr i månaden. Ingångslönerna varierar mellan kommunerna.`),
  d(`Från: Mikael Sund
Till: Lönekontoret
Ämne: Sv: Felaktig semesterersättning

Hej igen. Min semesterersättning blev 6 180 kr men enligt mina beräkningar ska den vara 9 940 eftersom jag hade 14 sparade dagar. Min månadslön är 33 600. Vänligen se över.

> Hej Mikael, vi har tagit emot ditt ärende och återkommer inom fem arbetsdagar.`, 'salary'),
  d(`Lönebildning i kommunal sektor – webbinarium 14 maj kl. 13–15. Vi går igenom hur individuell och differentierad lönesättning fungerar, lönekriterier och hur du som chef förbereder ett lönesamtal. Anmälan via kompetensportalen.`),
  d(`Hej Patrik,
Lisa på ekonomi fick fel lönefil igen. Kan du kolla varför hon ser hela lönelistan för IT-enheten? Hon ska bara ha kostnadsställe 4410. Det är känsliga uppgifter, ta bort behörigheten direkt.
/Jenny`),
  d(`Beslut om lönetillägg

Medarbetare: Amira Haddad, specialistsjuksköterska
Tillägg: 2 500 kr/mån under perioden 2027-01-01–2027-12-31 för uppdraget som handledare.
Beslutat av: Verksamhetschef Ingrid Falk`, 'salary'),
  d(`hej! fick du mitt sms? snabbfråga: vet du vad Daniel har i lön nu efter befordran? han sa typ 51k men det låter mycket. inte för att jag är avundsjuk haha`, 'salary'),
  d(`Samtliga chefer ska ha genomfört lönesättande samtal senast 30 april. Ni hittar mallen för lönesamtal och de lönekriterier som gäller på intranätet under Chef > Lön och villkor.`),
  d(`Dear payroll,

I was hired as a research assistant on an hourly basis. According to my contract the rate is 215 SEK/hour but my payslip for October shows 195 SEK/hour for 62 hours. Could you please correct this?

Thank you,
Olga Petrenko`, 'salary'),
  d(`Sv: Fråga om lönespridning

Hej! Nej, vi redovisar inte enskildas löner i rapporten. Lönespridningen anges som 10:e och 90:e percentil per yrkesgrupp, t.ex. förskollärare 33 900 – 41 200 kr. Individuppgifter finns bara i lönesystemet.

Hälsningar
Statistikenheten`),
  // ---- biometric: positives and hard negatives ----
  d(`Hej IT-support,

Min fingeravtrycksläsare på laptopen registrerade fel finger igen, så jag har raderat mina sparade fingeravtryck och vill registrera om dem. Kan ni komma förbi rum 212? Det är Helena Björk på kansliet.

Tack!`, 'biometric'),
  d(`Offert: Fingeravtrycksläsare till entréerna

Vi har tagit in offert på 6 st dörrläsare med fingeravtryck (modell FX-200) till förrådet och serverrummet. Pris 4 950 kr/st exkl. moms. Installation v. 22. Innan beslut behöver dataskyddsombudet göra en konsekvensbedömning.

/Fastighetsavdelningen`),
  d(`Anteckning från polisens förfrågan, 2027-02-08

Polisen begärde ut kamerabilder från entrén den 3/2. De meddelade att de genom ansiktsigenkänning har matchat den misstänkte mot bilder i sitt register och ville komplettera med vår film. Bilderna lämnades ut enligt beslut.`, 'biometric', 'criminal-record'),
  d(`Riktlinje: Mobiltelefoner i tjänsten

Du får använda Face ID eller fingeravtryck för att låsa upp tjänstetelefonen. Biometriska data lagras bara lokalt i telefonens säkra chip och kommer aldrig till kommunens system. En sexsiffrig PIN-kod måste också vara satt.`),
  d(`Hi team,

Quick update from the passport office visit: my fingerprints and face photo were taken for the residence permit card, but the machine failed to read my left index finger, so they will call me back for a new scan. I'll be out again Thursday morning.

Cheers,
Tomasz`, 'biometric'),
  d(`Ärende 2027-0331: Personen vägrar lämna röstprov till telefonbankens röstverifiering och vill i stället identifiera sig med BankID. Kundtjänst har raderat den röstprofil som skapades 12 januari för Gunilla Ek enligt hennes begäran.`, 'biometric'),
  d(`Hej,
Ska vi verkligen ha ansiktsigenkänning i skolmatsalen? Jag läste att en kommun fick sanktionsavgift för det. Känns som vi borde prata med DSO innan någon leverantör börjar sälja in det.
/Mats`),
  d(`Registerutdrag enligt art. 15 GDPR – Tidrapportering

Registrerad: Lars-Erik Sjöberg
Lagrade uppgifter: namn, anställningsnummer, fingeravtrycksmall (lagrad som krypterad mall, skapad 2025-08-19) för stämpelklockan i tvätteriet, stämplingar senaste 12 mån.

Mallen raderas när anställningen upphör.`, 'biometric'),
  d(`Utbildning: Biometri och dataskydd. Vad är en biometrisk uppgift enligt artikel 9? När får arbetsgivaren använda fingeravtryck för tidrapportering? Föreläsare från IMY. Datum 3 oktober, Stadshuset sal B.`),
  d(`Teams – #säkerhet
Jonas: irisskannern vid labbet har låst ute Petra Wallin tre gånger i dag, hennes irismall verkar korrupt
Jonas: kan någon med admin radera hennes registrering så hon får göra om den
Elin: fixar efter lunch`, 'biometric'),
  d(`Vi har köpt in nya tjänstemobiler (iPhone 16). Face ID är aktiverat som standard. Om du inte vill använda ansiktsupplåsning kan du stänga av det under Inställningar > Face ID och lösenkod.`),
  d(`Fr: Kriminalvårdens frivård
Ang: klient Robin Axelsson

Inför övervakning med fotboja: klienten har registrerats i systemet med röstprov och foto för att kunna identifieras vid kontrollsamtal. Villkor: hemma 20–06. Tidigare dömd för grov stöld, straffet verkställs som intensivövervakning.`, 'biometric', 'criminal-record'),
  d(`Hej! Kan man få använda fingeravtryck istället för kod på skrivaren? Jag glömmer alltid koden. //Sara`),
  d(`Sammanfattning DNA-profiler: Polisen meddelar att den DNA-profil som säkrades på brottsplatsen har träffat på Nils Hammar i DNA-registret. Han har tidigare dömts för inbrott och förhörs i morgon.`, 'biometric', 'criminal-record'),
  d(`Minnesanteckningar, informationssäkerhetsrådet 9/5
- Passerkort ersätts inte med biometri i år, kostnaden för läsare med ansiktsigenkänning bedöms för hög
- Leverantören erbjöd gratis pilot med fingeravtrycksläsare, avböjdes
- MFA för alla konton klart till hösten`),
  d(`Till skolans kansli

Vår son Elias (åk 5) har fått sitt ansikte registrerat i den nya närvaroappen utan att vi godkänt det. Vi vill att bilden och ansiktsmallen raderas omgående och att han registrerar närvaro på annat sätt.

Med vänlig hälsning
Hanna och Kristoffer Dahl`, 'biometric'),
  d(`Re: Biometrisk inloggning i journalsystemet

Hej, vi har utrett frågan. Journalsystemet stöder inloggning med fingeravtryck via SITHS-läsare, men regionen har valt att inte införa det. Ingen förändring planeras 2027.`),
  d(`Hej Hussein, bifogar röstinspelningen från kundtjänst. Leverantören har skapat ett röstavtryck av inringaren och det matchar den person som ringde och hotade handläggaren i mars, enligt deras analys. Polisanmälan är gjord.`, 'biometric', 'criminal-record'),
  d(`Tips: så rengör du fingeravtrycksläsaren på tjänstedatorn. Använd en torr mikrofiberduk, aldrig sprit. Funkar läsaren ändå inte, ring 4000.`),
  // ---- mixed others ----
  d(`Från: Servicedesk <noreply@servicedesk.example.se>
Ämne: [INC0048812] Lösenordsåterställning klar

Hej Kent,
Ditt konto har återställts. Tillfälligt lösenord: Vinter#2027kvist
Du måste byta lösenord vid första inloggning.

Detta är ett automatiskt meddelande.`, 'credentials'),
  d(`Servicedesk informerar: lösenord ska vara minst 14 tecken. Använd gärna en lösenfras. Vi kommer aldrig att be dig uppge ditt lösenord i telefon eller via e-post.`),
  d(`Hej,
Portkoden till Lindvägen 4 ändras den 1 maj. Ny kod är 4719, gäller för hemtjänstpersonalen. Radera sms:et när du lagt in den i telefonen.
/Planeringen, Hemtjänst Norr`, 'credentials'),
  d(`Hej Ulla,
Kan du betala ut arvodet för mars till kontaktpersonen Bertil Larsson? Han har bytt bank: clearing 8327-9, konto 914 552 387-1 (Swedbank). Han ringde själv och bekräftade.
/Mona, LSS-handläggare`, 'bank-account'),
  d(`Hej Ulla,
Ny rutin: arvodestagare anmäler bankkonto via Bankgirots kontoregister eller den blankett som finns på webben. Vi tar inte emot kontonummer via mejl längre.
/Mona`),
  d(`Hej! Vi har fått en faktura från en leverantör med IBAN SE45 5000 0000 0583 9825 7466. Är det rätt, eller har den ändrats? Vi har tidigare betalat till deras bankgiro.`),
  d(`Hi,

Please refund the conference fee to my personal account since I paid it privately. IBAN: DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX, account holder Martin Keller.

Thanks a lot,
Martin`, 'bank-account'),
  d(`Hej, jag bokade hotellet i Göteborg med mitt eget kort eftersom tjänstekortet var spärrat: 4571 9810 2243 6605, utg. 09/28. Kan ni se till att hotellet flyttar över det till fakturan i stället?
/Jessica`, 'payment-card'),
  d(`Information: Från 1 juni ska alla inköp över 10 000 kr göras med kommunens inköpskort eller via e-handelssystemet. Skicka aldrig kortnummer i e-post.`),
  d(`Orosanmälan inkommen 2027-03-02 via skolan: Eleven Wilma (8 år) har vid upprepade tillfällen kommit till skolan utan frukost och berättar att mamma sover hela dagarna. Förhandsbedömning påbörjas.`, 'social'),
  d(`Välkommen till utbildningsdag om orosanmälan för all personal inom förskolan. Vi går igenom anmälningsplikten enligt 14 kap. 1 § SoL och hur du gör en anmälan i praktiken.`),
  d(`Hej,
Min mamma Inger Svensson har beviljats hemtjänst med tre besök per dag och trygghetslarm. Hon har blivit sämre efter stroken i januari och klarar inte trappan. Vem kontaktar jag om tiderna?
/Åsa`, 'social', 'health'),
  d(`Sv: Provtagning?
Hon är hemma med sin migrän igen, tror inte hon hinner till mötet. Vi tar det nästa vecka.`, 'health'),
  d(`Vaccinationsdag för personal: säsongsinfluensa och covid erbjuds kostnadsfritt tisdag 14 oktober kl. 8–12 i personalmatsalen. Ingen föranmälan.`),
  d(`Meddelande från handläggare, skyddat ärende

Observera: Personen har skyddad folkbokföring. Adress får inte anges i utskick. All post går via Skatteverkets förmedlingsuppdrag.`, 'protected-identity'),
  d(`Handbok: När en person har skyddade personuppgifter ska ärendet hanteras enligt rutin R-17. Kontakta registratorn för att få ärendet markerat.`),
  d(`Uppgifterna i denna handling omfattas av sekretess enligt 26 kap. 1 § OSL och får inte lämnas ut utan sekretessprövning. Avser utredning om familjen Mirza.`, 'secrecy', 'social'),
  d(`Den här informationen är avsedd endast för mottagaren. Om du fått mejlet av misstag, vänligen radera det och meddela avsändaren. Kommunen behandlar personuppgifter enligt dataskyddsförordningen.`),
  // ---- ethnic-origin: positives and hard negatives ----
  d(`Hej,
Inför hembesöket: pappan i familjen är rom och har tidigare haft dåliga erfarenheter av socialtjänsten, så det vore bra om Milan från brobyggarteamet kan följa med. Mamman förstår svenska men vill gärna ha tolk på romani arli.
/Sofie, socialsekreterare`, 'ethnic-origin', 'social'),
  d(`Tolkförmedlingen informerar: Från 1 mars bokas tolk på samiska, finska, meänkieli, romani chib och jiddisch via den nya portalen. Kostnaden för tolk på nationella minoritetsspråk belastar inte enhetens budget.`),
  d(`Sverigefinnarnas dag 24 februari – välkommen till fika och finskspråkig sagostund på stadsbiblioteket kl. 14. Arrangeras av förvaltningsområdet för finska.`),
  d(`Anteckning, utvecklingsplan förskola

Lukas mamma berättade att familjen är sverigefinnar och att mormor bara pratar finska med honom. Hon önskar att han får delta i den finskspråkiga gruppen på tisdagar.`, 'ethnic-origin'),
  d(`Hej Anders,
Resan till konferensen i Tammerfors är bokad. Flyg 7:40 från Arlanda, hotellet ligger nära stationen. Ta med passet.
/Resebyrån`),
  d(`Från: Nils-Ove Labba
Ämne: Ledighet under kalvmärkningen

Hej, som ni vet är jag same och min familj har renskötsel i Gällivare. Jag behöver ta ut semester 22 juni–6 juli för kalvmärkningen. Hoppas det går bra.
Mvh Nils-Ove`, 'ethnic-origin'),
  d(`Samiska nationaldagen 6 februari: flaggan hissas vid kommunhuset och skolorna uppmärksammar dagen. Se materialet från Sametinget på intranätet.`),
  d(`Hi everyone,

A small personal note since people keep asking: my family is Kurdish, originally from Qamishli in Syria, and we came to Sweden when I was nine. So no, I don't speak Arabic at home, we speak Kurmanji :)

Looking forward to the team day!
Dilan`, 'ethnic-origin'),
  d(`Projekt "Språkvän": vi söker volontärer som talar arabiska, dari, somaliska eller tigrinja och vill träffa nyanlända en gång i veckan. Ingen erfarenhet krävs.`),
  d(`Ärendeanteckning 2027-01-17
Klienten uppger att han tillhör den hazariska minoriteten i Afghanistan och att han därför förföljdes av talibanerna. Han har svårt att sova och tackar ja till remiss till traumamottagningen.`, 'ethnic-origin', 'health'),
  d(`Sv: Grannklagomål Björkvägen 12

Jag förstår att det är störande med musiken sent, men att skriva att "det är typiskt för såna som dom, invandrare från Balkan" hjälper inte ärendet. Vi hanterar klagomålet som störning, inget annat.
/Bovärd Tina`, 'ethnic-origin'),
  d(`Statistik: 27 % av kommunens invånare är födda utomlands, de vanligaste födelseländerna är Syrien, Finland, Irak och Somalia. Källa: SCB, befolkningsstatistik 2026.`),
  d(`Hej Karolina,
Jag pratade med eleven Aisha i 7B efter rasten. Hon blev kallad n-ordet av en annan elev och berättar att det har hänt flera gånger för att hon är svart och hennes pappa kommer från Eritrea. Jag har gjort en anmälan om kränkande behandling.
/Mentor Jakob`, 'ethnic-origin'),
  d(`Kränkande behandling – ny rutin. Alla anmälningar om kränkningar kopplade till diskrimineringsgrunderna (kön, etnisk tillhörighet, religion, funktionsnedsättning m.fl.) ska registreras i DF Respons inom 24 timmar.`),
  d(`Kvarteret Tornedalen – detaljplan på samråd. Planen omfattar 40 nya bostäder vid Torneälvens strand. Synpunkter lämnas senast 30 april.`),
  d(`Teams, HR-gruppen
[14:02] Frida: har vi nåt på modersmålsundervisning i tornedalsfinska/meänkieli för anställdas barn?
[14:04] Kalle: nä det är utbildningsförvaltningen. men vänta, gäller det Tomas? hans fru är tornedaling va
[14:05] Frida: ja hennes släkt är från Pajala, barnen ska börja i höst`, 'ethnic-origin'),
  d(`Hej, vår nya kollega Jenny är judinna och hennes farföräldrar kom hit från Polen efter kriget. Hon har bett att slippa julbordsplaneringen, men det är inte för religionens skull säger hon, hon firar inget alls. Bara så ni vet.`, 'ethnic-origin'),
  d(`Förintelsens minnesdag 27 januari. Gymnasieskolorna bjuder in en föreläsare från Judiska museet. Alla klasser i åk 2 deltar.`),
  d(`Inkommen ansökan om modersmålsundervisning:
Elev: Selma Yusuf, åk 3, Ekbackens skola
Modersmål: somaliska
Vårdnadshavare uppger att familjen kommer från Somaliland och att somaliska talas dagligen i hemmet.`, 'ethnic-origin'),
  d(`Hello HR,

I'm the new post-doc from Nigeria. Could you tell me how I apply for a Swedish ID card? The Tax Agency says I need to come in person. Also, is there any Swedish course for employees?

Kind regards,
Chinedu Okafor`, 'ethnic-origin'),
  d(`Vi söker personal med kunskap i samiska till förvaltningsområdets äldreomsorg. Meriterande: kännedom om samisk kultur och renskötsel.`),
  // ---- grades: positives and hard negatives ----
  d(`Hej Ida och Martin,

Jag vill informera om att Nora i nuläget riskerar att få F i matematik. Hon har inte lämnat in två av tre inlämningar och fick 6 av 30 poäng på provet om algebra. Vi behöver boka ett möte om extra anpassningar.

Vänliga hälsningar
Peter Olsson, mentor 8C`, 'grades'),
  d(`Betygskonferens åk 9 hålls måndag 2 juni kl. 15.00 i personalrummet. Alla betyg ska vara inlagda i Skolplattformen senast fredag 30 maj kl. 16.`),
  d(`Frånvarorapport vecka 11, Ängsskolan
Omar Hassan, 7A: ogiltig frånvaro 14 lektioner (62 %)
Sofia Berg, 7A: giltig frånvaro 3 dagar
Mentorerna kontaktar hemmen i dag.`, 'grades'),
  d(`Kursplan Svenska 2: kursen examineras med två skriftliga prov och en muntlig redovisning. Betygsstegen E, C och A beskrivs i kunskapskraven. Prövning erbjuds vecka 44.`),
  d(`Omdöme Engelska, vårterminen – Leo Andersson
Leo kommunicerar tydligt muntligt och har utvecklat sitt ordförråd. I skriftliga texter behöver han arbeta med struktur och meningsbyggnad. Bedömning i nuläget: på väg mot C.`, 'grades'),
  d(`Hej alla vårdnadshavare i 4B!
På fredag är det friluftsdag, glöm inte matsäck och kläder efter väder. Veckobrevet finns i appen. Utvecklingssamtalen bokas via Schoolsoft från 1 mars.
/Linnea, klasslärare`),
  d(`Re: Re: Prövning i Historia 1b

> Kan jag göra om provet?
Hej Ahmed, du fick E på prövningen som du gjorde 12 maj. Om du vill höja betyget kan du göra en ny prövning i augusti, anmäl dig till studie- och yrkesvägledaren.
/Maja, lärare`, 'grades'),
  d(`Läsårstider 2027/28: Höstterminen startar 20 augusti, sista dag innan jul 20 december. Betygen för vårterminen sätts senast 5 juni och delas ut vid skolavslutningen.`),
  d(`Hej! Vi har noterat att Ella varit frånvarande mer än 20 % av lektionerna i år. Enligt skolans rutin kallar vi därför till ett elevhälsomöte den 18/3. Hon har också missat de nationella proven i svenska.
/Rektor`, 'grades'),
  d(`Teams – Arbetslag 8
Lotta: hur gick NP engelska?
Viktor: mest C och B, Melvin i 8D fick F på reading trots allt
Lotta: usch, han behöver en åtgärdsplan
Viktor: japp, pratar med specialpedagogen`, 'grades'),
  d(`Resultat nationella prov åk 6, skolnivå: 87 % av eleverna nådde lägst E i matematik, 91 % i svenska. Jämfört med riket ligger vi något över snittet. Rapporten presenteras för nämnden i juni.`),
  d(`Till CSN / studievägledningen

Intyg: Student Julia Karlsson har avklarat 45 av 60 hp under läsåret 2026/27. Kursen Statistik I (7,5 hp) är underkänd. Detta kan påverka rätten till studiemedel.`, 'grades'),
  d(`Frånvarohantering i Skola24 – manual. Registrera frånvaro inom 15 minuter efter lektionsstart. Ogiltig frånvaro rapporteras automatiskt till vårdnadshavare via sms.`),
  d(`Hi Mr Svensson,

Thank you for the parents' meeting. We understood that our daughter Mia got E in Swedish and C in science this term, and that she has a lot of absence on Mondays because of her swimming practice. We'll make sure she comes to class.

Best wishes,
The Nowak family`, 'grades'),
  d(`IUP för Kevin Lind, åk 5, ht
Mål: läsa med flyt på nivå 4 till jul (nu nivå 2)
Matematik: klarar inte multiplikationstabellerna, arbetar med dem i liten grupp
Uppföljning: 12 december`, 'grades'),
  d(`Mall för individuell utvecklingsplan (IUP) finns nu i Skolplattformen. Mallen innehåller fälten Mål, Insatser, Uppföljning. Använd den från och med vårterminen.`),
  d(`Hej Camilla,
Kan du skicka mig provresultaten för 9C från kemiprovet? Jag behöver dem till betygssamtalen. Bara sammanställningen per elev räcker.
/Jens`),
  d(`Sammanställning kemiprov 9C: Adam 18/40, Bella 35/40, Casper 29/40, Dina 12/40 (ej godkänt), Erik frånvarande – ska göra provet 20/5.`, 'grades'),
  d(`Skolinspektionens enkät till elever i åk 5 och 9 genomförs vecka 10. Resultaten redovisas per skola, inga enskilda elevers svar lämnas ut.`),
  // ---- sex-life: positives and hard negatives ----
  d(`Hej Linda,
En sak till inför samtalet med Alex: hen har berättat för mig att hen är transperson och har precis börjat utredning på könsidentitetsmottagningen. Alex vill bli kallad Alex och använda "hen" i klassen. Kan vi ta det med mentorerna försiktigt?
/Kurator Elsa`, 'sex-life', 'health'),
  d(`Pride-veckan 5–9 augusti: kommunen deltar i paraden och hissar regnbågsflaggan vid stadshuset. Anställda som vill gå i kommunens led anmäler sig till kommunikationsavdelningen.`),
  d(`Jämställdhets- och likabehandlingsplan 2027: Vi ska arbeta förebyggande mot diskriminering på grund av kön, könsöverskridande identitet eller uttryck och sexuell läggning. Alla chefer ska genomgå HBTQI-utbildning.`),
  d(`Från: Rolf Sandberg
Till: HR
Ämne: Ändring av anhöriguppgifter

Hej! Jag har gift mig med min man Stefan Ohlsson i juni. Kan ni uppdatera närmast anhörig i systemet? Hans nummer är 070-123 45 67.
/Rolf`, 'sex-life'),
  d(`Hej, sjukskrivningen gäller alltså till 14/6. Jag tänkte också säga att jag och min sambo har gått isär, så skriv inte längre ut mitt ex som kontaktperson. Tack.`, 'health'),
  d(`Teams, personalgruppen
[16:10] Jocke: har ni hört att Emil från ekonomi är bög? han kom med sin pojkvän på julfesten
[16:11] Sara: och? det är väl inget vi behöver skriva om här
[16:11] Jocke: ok sorry`, 'sex-life'),
  d(`Anteckning samtal ungdomsmottagningen (utdrag till socialtjänsten med samtycke):
Flickan, 14 år, berättar att hon haft samlag med en 19-årig man som hon träffat via nätet. Hon vill inte polisanmäla. Orosanmälan görs.`, 'sex-life', 'social', 'criminal-record'),
  d(`Föreläsning för elevhälsan: "Att möta unga som utforskar sin könsidentitet". RFSL Ungdom medverkar. Torsdag 14 april kl. 13.`),
  d(`Dear Anna,

Thank you for being so supportive when I told you I'm bisexual. I don't mind that you know, but please don't mention it to the rest of the team yet, I want to do that myself.

Warm regards,
Jamie`, 'sex-life'),
  d(`Sexualundervisningen i åk 8 omfattar lektioner om relationer, samtycke, preventivmedel och sexuell hälsa. Vårdnadshavare är välkomna att kontakta skolsköterskan om de har frågor.`),
  d(`Ärende: Ändrat juridiskt kön
Medarbetaren Kim Ås har ändrat juridiskt kön och nytt förnamn. Uppdatera e-postadress, passerkort och namnskylt. Gammalt namn ska inte synas i några system.
/HR-service`, 'sex-life'),
  d(`Re: klagomål på vikarien
> Han ska ha berättat om sitt sexliv inför eleverna i 9A
Vi har pratat med honom. Han medger att han på en lektion berättade om sina egna sexuella erfarenheter när klassen diskuterade porr. Det var olämpligt och han har fått en skriftlig erinran.`, 'sex-life', 'hr-assessment'),
  d(`Regnbågsfika på biblioteket varje första torsdag – en träffpunkt för hbtqi-personer och vänner. Arrangör: Fritidsgården Ungdomshuset.`),
  d(`Minnesanteckningar elevhälsoteam 3/4
- Elev i 2TE: har kommit ut som lesbisk för sin familj och blivit utkastad hemifrån, bor hos en kompis. Kurator kontaktar socialtjänsten.
- Schemafrågor inför NP`, 'sex-life', 'social'),
  d(`Policy: Tjänstekläder. Arbetsgivaren tillhandahåller könsneutrala arbetskläder i alla storlekar. Omklädningsrum med enskilda bås finns på samtliga enheter.`),
  // ---- political-opinion: positives and hard negatives ----
  d(`Hej,
Jag vill bara flagga att vår nya enhetschef Roger Lundin sitter i kommunfullmäktige för Sverigedemokraterna på fritiden. Inget fel i sig, men några i personalgruppen är oroliga inför hans första APT. Kan HR vara med?
/Marie`, 'political-opinion'),
  d(`Kommunstyrelsens ordförande Eva Hjelm (S) inviger den nya simhallen lördag 12 september kl. 11. Pressen är välkommen.`),
  d(`Valet 2026: Vi söker röstmottagare till vallokalerna. Ersättning 2 400 kr för valdagen, utbildning obligatorisk. Du får inte bära partisymboler under tjänstgöringen.`),
  d(`Teams – lunchgänget
[12:31] Nadia: jag har fått nog, jag har gått med i Vänsterpartiet igår 😅
[12:32] Patrik: haha välkommen till klubben, jag var med i Ung Vänster i gymnasiet
[12:32] Nadia: ska på mitt första medlemsmöte på torsdag`, 'political-opinion'),
  d(`Pressklipp, vecka 37: Moderaterna och Kristdemokraterna presenterade i går ett gemensamt budgetförslag för regionen med sänkt skatt på 20 öre. Socialdemokraterna kritiserar förslaget.`),
  d(`Hej Karin,

Angående medborgarförslaget om cykelbanan: förslagsställaren Lennart Borg har skickat in tolv förslag det senaste året och skriver i mejlet att han "som gammal miljöpartist" tycker att kommunen sviker klimatet. Ska vi bemöta det politiska?
/Registrator`, 'political-opinion'),
  d(`Nämndsekreteraren: Ledamoten Sara Ekberg (C) anmäler jäv i ärende 7 eftersom hennes bolag har lämnat anbud. Ersättare Olof Nyström (C) tjänstgör.`),
  d(`Hi Jonas,

Sorry I couldn't join the workshop on Saturday — I was at the climate march in Stockholm with Extinction Rebellion. I'm one of the local organisers, so I couldn't skip it. Happy to catch up on Monday.

Best,
Freya`, 'political-opinion'),
  d(`Riktlinje: Politisk neutralitet för tjänstepersoner. Som anställd får du ha politiska uppdrag, men du ska inte blanda ihop rollerna. Partipolitisk information får inte delas ut i kommunens lokaler under arbetstid.`),
  d(`Sv: Sv: Medarbetare delar flygblad

Hej, jag har pratat med Anton. Han bekräftar att han delade ut Kristdemokraternas valflygblad i personalrummet, han är aktiv i KDU lokalt. Vi har förklarat att det inte är okej på arbetstid. Han tog det bra.
/Enhetschef Helena`, 'political-opinion'),
  d(`Protokollsutdrag KF 2027-03-28 § 44: Reservation från Liberalerna och Vänsterpartiet mot beslutet att lägga ned Strandskolan.`),
  d(`Hej Ali, jag vet att du röstade på Miljöpartiet förra valet, men jag tror du skulle gilla Centerns landsbygdsprogram. Ska vi ta en lunch och snacka politik? /Bengt`, 'political-opinion'),
  d(`Enkätsvar, medarbetarenkät (fritext, anonymiserad): "Ledningen borde lyssna mer på de som jobbar nära brukarna."`),
  d(`Bakgrundskontroll inför anställning på säkerhetsklassad tjänst: Intervjun med den sökande, Kristian Wahl, visar att han under 2019–2021 var aktiv i en autonom vänstergrupp och deltog i demonstrationer mot Natoövningar. Han uppger att han i dag inte är politiskt aktiv.`, 'political-opinion'),
  d(`Informationsmöte inför valet: Så arbetar valnämnden. Valnämndens ordförande Gunnar Ek (M) och valsamordnaren presenterar tidsplanen för förtidsröstningen.`),
  d(`Nyhetsbrev: Ungdomsfullmäktige söker nya ledamöter! Är du 13–19 år och vill påverka i kommunen? Du behöver inte vara med i något parti.`),
  // ---- religion: positives and hard negatives ----
  d(`Hej Johanna,
Jag vill ansöka om ledighet 31 mars–1 april för Eid al-Fitr. Jag fastar under ramadan och skulle också gärna jobba 7–15 istället för 8–16 den månaden om det går.
Hälsningar Yusuf`, 'religion'),
  d(`Ledighet vid högtider: Anställda kan ansöka om ledighet för religiösa högtider enligt kommunens riktlinje. Ledigheten tas ut som semester eller kompledighet.`),
  d(`Kalender december: 13/12 Luciafirande i entrén, 20/12 julbord för personalen, 24–26/12 stängt. Kyrkan på torget har julkonsert 21/12 kl. 18.`),
  d(`Hej! Meddelande till köket: Rebecka i 3A äter koscher eftersom familjen är ortodoxa judar. Hon får inte få fläsk eller blanda kött och mjölk. Kan ni ordna specialkost från måndag?
/Skolsköterskan`, 'religion', 'ethnic-origin'),
  d(`Specialkost i skolan beviljas av medicinska skäl. Även kost av etiska eller religiösa skäl, t.ex. vegetarisk kost eller kost utan fläsk, kan väljas i e-tjänsten.`),
  d(`Anteckning från hembesök: Mamman berättar att hon är aktiv i Jehovas vittnen och att hon inte vill att barnen deltar i julavslutningen eller födelsedagskalas på förskolan. Vi ska respektera önskemålet och planera annat för barnen.`, 'religion'),
  d(`Fastighetsfrågan: Svenska kyrkan har erbjudit kommunen att hyra församlingshemmet i Västby för förskoleverksamhet under ombyggnaden. Förslag till hyresavtal bifogas.`),
  d(`Re: minnesstund
Jag tror att det skulle betyda mycket för Hassans familj om vi ordnade en minnesstund. Han var troende muslim, så prata med imamen i moskén på Storgatan först så att det görs på rätt sätt.
/Lena`, 'religion'),
  d(`Hi HR,

I noticed the Christmas party is on a Friday evening. As an observant Jew I keep Shabbat and can't attend after sunset, would it be possible to have something earlier or on another day next year?

Thanks,
Daniel Rosen`, 'religion', 'ethnic-origin'),
  d(`Teams – Hemtjänst Väst
Karin: brukaren på Granvägen 3 ber att vi ringer på innan vi kommer in på fredagar, han ber sina böner då
Leila: ok noterat, han är katolik va? hade radbandet framme förra veckan
Karin: ja, går i mässan varje söndag`, 'religion', 'social'),
  d(`Samverkan med trossamfund: Kommunen och sju trossamfund har tecknat en överenskommelse om krisstöd. Vid större olyckor öppnas en samlingsplats med präst, imam och diakon.`),
  d(`Sv: Utträde ur Svenska kyrkan
Hej, jag har begärt utträde ur Svenska kyrkan och vill att kyrkoavgiften tas bort från min lön från och med nästa månad. Jag är inte troende längre.
/Gustav Ek`, 'religion'),
  d(`Religionskunskap 1 – centralt innehåll: kristendomen, islam, judendomen, hinduismen och buddhismen, deras tolkningar och praktiker, samt relationen mellan religion och vetenskap.`),
  d(`Hej,
Min kollega Mehmet har en bönematta på kontoret och ber vid lunch. Är det tillåtet? Jag har inga problem med det, vill bara veta hur vi gör med tysta rummet.
/Ann-Sofie`, 'religion'),
  d(`Anmälan om kränkning: Eleven Amina bar sjal och en klasskamrat drog av den och sa att "muslimer inte hör hemma här". Amina var mycket ledsen.`, 'religion'),
  // ---- trade-union: positives and hard negatives ----
  d(`Hej Pia,

Jag vill meddela att jag sedan 1 mars är huvudskyddsombud för Kommunal här på Omsorgsförvaltningen. Jag kommer därför att behöva avsätta tid för fackligt arbete på onsdagar. Anmälan från avdelningen har skickats till HR.

/Lotta Frisk, undersköterska`, 'trade-union'),
  d(`Vision bjuder alla medlemmar på frukost torsdag 8 maj kl. 7.30–9 i Stadshusets foajé. Ej medlem? Kom ändå och prata med oss!`),
  d(`Nytt centralt avtal: HÖK 27 mellan SKR och Vårdförbundet är klart. Avtalet gäller 1 april 2027–31 mars 2029. Löneutrymmet är 3,2 % för första året.`),
  d(`Fackligt avdrag: Enligt lönesystemet dras medlemsavgift till Lärarförbundet från Åsa Lindgrens lön, 380 kr/mån. Hon har begärt att avdraget upphör eftersom hon gått över till Akavia.`, 'trade-union'),
  d(`MBL-förhandling § 11: Omorganisation inom IT-enheten. Närvarande från arbetsgivaren: IT-chef, HR-partner. Från arbetstagarsidan: Vision och Akademikerförbundet SSR. Parterna är oense; förhandlingen avslutas i oenighet.`),
  d(`Hej Mattias,
Inför rehabmötet med Jessica: hon vill ha med sin fackliga representant från Vårdförbundet, Anders Fält. Jag har bokat rum 3 kl. 10 på tisdag.
/HR-partner Linn`, 'trade-union', 'health'),
  d(`Teams
[08:45] Hugo: kommer du på facklunchen idag?
[08:46] Mira: nej jag är inte med i Unionen längre, gick ur när jag bytte tjänst
[08:46] Hugo: aha okej, då vet jag`, 'trade-union'),
  d(`Information från HR: Facklig tid regleras i förtroendemannalagen. Fackliga förtroendevalda ska anmälas till arbetsgivaren skriftligen av sin organisation.`),
  d(`Dear all,

Just to let you know I have joined SULF (the university teachers' union) and was elected as the local representative for the department. If you have any concerns about workload or contracts, feel free to contact me.

Best,
Dr. Marta Kowalska`, 'trade-union'),
  d(`Kallelse: Samverkansgrupp förvaltningsnivå, 16 maj. Dagordning: 1. Arbetsmiljöuppföljning 2. Budget 2028 3. Rekrytering av enhetschef. Representanter för Kommunal, Vision och Sveriges Lärare kallas.`),
  d(`Sv: Uppsägning pga arbetsbrist – turordning

Hej, ST-ombudet Jan Ek har begärt att Camilla Norén ska omfattas av förhandlingen eftersom hon är medlem hos dem sedan 2019. Vi behöver ta hänsyn till det i turordningslistan.
/Arbetsrättsjurist`, 'trade-union'),
  d(`Arbetsplatsträff 3/6: Punkt 4 – Kommunal informerar om det nya avtalet för heltid som norm. Ingen föranmälan.`),
  d(`Anteckning, chefsstöd: Medarbetaren Sami uppger att han vill gå med i facket men inte vet vilket. Vi tipsade om att kolla Kommunal och Vision beroende på yrkesgrupp.`),
  // ---- genetic: positives and hard negatives ----
  d(`Hej Sara,
Jag vet inte om jag ska berätta det här, men jag har fått svar från den genetiska utredningen: jag bär på BRCA1-mutationen, samma som mamma. Jag kommer att behöva vara borta för kontroller och kanske en operation i höst.
/Therese`, 'genetic', 'health'),
  d(`Utbildning för vårdpersonal: Introduktion till klinisk genetik – ärftlig cancer, bärarskap och genetisk vägledning. Halvdag, 16 oktober. Målgrupp: sjuksköterskor inom onkologi.`),
  d(`Remissvar, Klinisk genetik
Patient: Gustav Ahl
Analys: DNA-sekvensering av HTT-genen
Resultat: 42 CAG-repetitioner, förenligt med Huntingtons sjukdom. Resultatet har meddelats patienten vid genetisk vägledning 2027-02-11.`, 'genetic', 'health'),
  d(`Nyhet: Regionen startar screening av nyfödda för fler ärftliga sjukdomar. PKU-provet utökas med sju nya diagnoser från 1 januari.`),
  d(`Sv: Faderskapsutredning
Hej, DNA-analysen i faderskapsutredningen är klar. Sannolikheten att Mikael Jonsson är far till barnet är 99,99 %. Familjerätten kallar till möte för bekräftelse.`, 'genetic', 'social'),
  d(`Hi,

I'll be on leave on Friday. My son has an appointment at the genetics clinic — they confirmed last month that he has cystic fibrosis and that both my wife and I are carriers. We're getting the follow-up plan.

Regards,
Viktor`, 'genetic', 'health'),
  d(`Projektplan: Biobank Syd söker tillstånd för att lagra blodprover för framtida genetisk forskning. Etikprövningsansökan lämnas in i mars. Inga personuppgifter behandlas i detta skede.`),
  d(`Journalanteckning (utdrag): Familjen Lindqvist – tre generationer med familjär hyperkolesterolemi. Genetisk testning av pappan visar LDLR-mutation; barnen Ella och Axel erbjuds test.`, 'genetic', 'health'),
  d(`Teams – Genlabbet
Oskar: körningen från igår är klar, 48 prover, två misslyckade
Maja: ok, kör om de två. inga avvikelser i kontrollerna?
Oskar: nej allt grönt`),
  d(`Ärende till försäkringskassan: Vårdnadshavaren bifogar ett utlåtande där det framgår att sonen Liam har ett fragilt X-syndrom, bekräftat genom gentest, och ansöker om omvårdnadsbidrag.`, 'genetic', 'health'),
  d(`Informationsblad: Vad är ett gentest? Ett gentest kan visa om man bär på anlag för en ärftlig sjukdom. Det är frivilligt och du har rätt till genetisk vägledning innan och efter provet.`),
  d(`Hej Annika, vet du om svaret på min DNA-släktforskning från MyHeritage räknas som känsligt om jag delar det med kollegorna på fikat? Jag fick veta att jag har 8 % finskt ursprung haha. /Göte`, 'genetic', 'ethnic-origin'),
  d(`Nytt avtal: regionen upphandlar genetiska analyser från ett externt laboratorium. Avtalsperiod 2027–2029, uppskattat värde 14 mnkr.`),
  // ---- hr-assessment: positives and hard negatives ----
  d(`Från: HR-systemet Adato <noreply@hr.example.se>
Ämne: Medarbetarsamtal dokumenterat – Emma Lund

Chefen har slutfört dokumentationen av medarbetarsamtalet.
Sammanfattning: Emma når målen för handläggningstider men har svårt att samarbeta med kollegor i teamet och upplevs som avvisande i möten. Åtgärd: coachning under hösten. Uppföljning: 2027-10-15.

Logga in i Adato för att kvittera.`, 'hr-assessment'),
  d(`Från: HR-systemet Adato <noreply@hr.example.se>
Ämne: Dags att boka medarbetarsamtal

Hej! Perioden för medarbetarsamtal är 1 september–31 oktober. Boka tid med din chef och fyll i förberedelseunderlaget i Adato senast en vecka före samtalet.`),
  d(`Hej Thomas,
Jag behöver ditt stöd. Efter tredje tillfället då Rasmus kommit över en timme för sent utan att meddela, och incidenten med den otrevliga tonen mot en brukare, vill jag ge honom en skriftlig varning. Kan du titta på utkastet?
/Enhetschef Marie`, 'hr-assessment'),
  d(`Mall: Skriftlig varning (enligt 7 § LAS). Använd mallen när en medarbetare har misskött sig och du vill varna för att fortsatt misskötsamhet kan leda till uppsägning. Kontakta alltid HR innan varningen lämnas.`),
  d(`Resultat personlighetstest – kandidat 3 (Jonas Frid)
Hög på samvetsgrannhet och emotionell stabilitet, låg på extraversion. Testet indikerar att han kan ha svårt att ta plats i gruppen. Rekommendation: gå vidare till referenstagning.`, 'hr-assessment'),
  d(`Rekryteringsprocess för enhetschef: efter intervjuerna genomförs personlighetstest (OPQ) och logiskt test för de två slutkandidaterna. Återkoppling ges muntligt av konsulten.`),
  d(`Hi Kristina,

Following up on our 1:1. As discussed, your probation period will be extended by three months. The main concerns are the missed deadlines on the procurement reports and the quality of the documentation. We'll review progress at the end of each month.

Regards,
Michael`, 'hr-assessment'),
  d(`Anteckningar, APT 14/5:
- Ny rutin för nyckelkvittens
- Sommarschema klart
- Medarbetarsamtalen genomförs under september, mall finns i HR-portalen
- Fika nästa gång: Olle`),
  d(`Sv: Referens för Linnea Håkansson
Hej! Linnea var hos oss i tre år. Hon är punktlig och omtyckt av barnen men behövde mycket stöd i dokumentationen och hade svårt att ta kritik. Jag skulle inte anställa henne som ansvarig förskollärare men väl som barnskötare.
/Förskolechef`, 'hr-assessment'),
  d(`Teams – chefsgruppen
[10:02] Åsa: ärligt, Benjamin levererar ingenting. tre veckor sen på rapporten igen
[10:03] Karl: har du dokumenterat det?
[10:03] Åsa: ja i hans samtalsanteckningar, tar upp det på lönesamtalet också`, 'hr-assessment'),
  d(`Chefsutbildning modul 3: Det svåra samtalet. Hur ger du återkoppling på bristande prestation? Hur dokumenterar du? Rollspel och case. 6 maj, heldag.`),
  d(`Utredning om kränkande särbehandling – slutsats: Utredaren bedömer att samordnaren Peter Gran vid flera tillfällen agerat nedvärderande mot två medarbetare. Ärendet överlämnas till personalansvarsnämnden för ställningstagande om disciplinpåföljd.`, 'hr-assessment'),
  d(`Lönesamtal – underlag för Fredrik Sand
Bedömning mot lönekriterier: Resultat: mycket bra. Samarbete: bra. Utveckling: behöver ta mer initiativ.
Förslag: +1 400 kr (ny lön 35 900 kr).`, 'hr-assessment', 'salary'),
  // ---- criminal-record: positives and hard negatives ----
  d(`Hej,
Belastningsregisterutdraget för den sökande till tjänsten som elevassistent, Kevin Nord, visar en dom från 2024 för misshandel (villkorlig dom och samhällstjänst). Vi kan inte gå vidare med anställningen.
/HR-rekrytering`, 'criminal-record'),
  d(`Information till sökande: Du som erbjuds arbete inom förskola eller skola ska visa upp ett utdrag ur belastningsregistret. Beställ utdraget på polisens webbplats, det tar cirka en vecka. Lämna det oöppnat till rektor.`),
  d(`Ärendeanteckning, socialtjänsten
Klientens son (17) är misstänkt för rån mot en jämnårig vid centrumet i lördags och har hämtats till förhör. Polisen har gjort en orosanmälan. SiS-placering diskuteras.`, 'criminal-record', 'social'),
  d(`Polisen informerar: Under sommaren har det skett flera inbrott i förråd i Södra stadsdelen. Lås in cyklar och kontakta polisen på 114 14 om du ser något misstänkt.`),
  d(`Sv: Återkoppling stöld i kassan
Hej, vi har gått igenom kamerafilmen och det är tydligt att det var Mattias som tog pengarna ur kassan på kvällen den 4 mars. Polisanmälan är gjord och han är avstängd i väntan på besked.
/Butikschef, kommunens café`, 'criminal-record', 'hr-assessment'),
  d(`Hi all,

Reminder that the background screening for all new staff in the security division includes a check of the criminal records. Please submit the consent form to HR before your first day.

Thanks,
Security Office`),
  d(`Yttrande till tingsrätten, socialtjänsten
Den unge, Amir, 16 år, är åtalad för narkotikabrott av normalgraden. Socialtjänsten föreslår ungdomstjänst 40 timmar. Han har tidigare fått strafföreläggande för snatteri.`, 'criminal-record', 'social'),
  d(`Minnesanteckningar, trygghetsrådet 2/10: Antal anmälda brott i kommunen minskade med 7 % jämfört med förra året. Skadegörelse ökar vid skolorna. Kommunen ökar antalet trygghetsvandringar.`),
  d(`Teams – Hemtjänst Öst
[07:58] Lina: vet ni att Bosse som vi har på Ängsgatan har suttit inne för grov misshandel? han berättade själv igår
[07:59] Tim: ja det står i anteckningen, han har fotboja också
[08:00] Lina: ok, bra att veta att vi går två`, 'criminal-record', 'social'),
  d(`Rättsfall att diskutera på juristnätverket: HFD 2026 ref. 12 om sekretess för uppgifter i polisens belastningsregister vid anställning. Kort dragning av Erik.`),
  d(`Hej Mona,
Min man dömdes förra veckan till två års fängelse och ska börja avtjäna straffet i augusti. Jag behöver hjälp med att söka försörjningsstöd eftersom hans inkomst försvinner.
/Leyla`, 'criminal-record', 'social'),
  // ---- health: more ----
  d(`Hej chefen,
Jag har pratat med läkaren och är sjukskriven 50 % i fyra veckor för utmattningssyndrom (F43.8). Intyget kommer via 1177. Jag jobbar förmiddagar.
/Oskar`, 'health'),
  d(`Företagshälsovården erbjuder hälsoundersökningar för alla anställda under hösten. Boka tid via intranätet. Resultaten är personliga och lämnas inte till arbetsgivaren.`),
  d(`Sv: Arbetsanpassning
Hej, efter operationen av knät har Maria nedsatt arbetsförmåga och kan inte lyfta tungt på ett halvår. Hon kan arbeta i receptionen under tiden. Rehabplan bifogas.
/HR`, 'health'),
  d(`Hi Sarah, I'm pregnant — due in March! I haven't told the rest of the team yet, so please keep it between us until the 12-week scan. /Priya`, 'health'),
  d(`Rehabiliteringsprocessen – rutin för chefer: Dag 1–14 kontakt med medarbetaren, dag 15 anmälan till Försäkringskassan, dag 30 rehabplan om frånvaron väntas överstiga 60 dagar.`),
  // ---- protected-identity and secrecy ----
  d(`OBS! Eleven Tilde i 2B har skyddade personuppgifter. Inga foton får publiceras, namnet får inte stå på klasslistor som sätts upp, och hon får bara hämtas av personer på listan hos rektor.`, 'protected-identity'),
  d(`Kvarskrivning – beslut: Skatteverket har beviljat kvarskrivning för Jenny Karlsson och hennes två barn. Ny adress är okänd för kommunen och ska inte efterforskas.`, 'protected-identity'),
  d(`Kurs: Att hantera skyddade personuppgifter i skolan. För rektorer och administratörer. 2 timmar digitalt.`),
  d(`Sv: Begäran om allmän handling
Hej, efter sekretessprövning lämnas handlingen ut med maskeringar. Uppgifter om den enskildes hälsotillstånd omfattas av sekretess enligt 25 kap. 1 § OSL och har därför strukits.
/Registrator`, 'secrecy'),
  d(`Fwd: Lex Maria-anmälan
OBS: Innehållet omfattas av sekretess enligt 25 kap. 1 § offentlighets- och sekretesslagen. Patienten Åke Berg, 82 år, fick dubbel dos Waran den 14/2 och fick en blödning. Anmälan till IVO skickas i dag.`, 'secrecy', 'health'),
  d(`Mall för mejlsignatur: "Detta meddelande kan innehålla uppgifter som omfattas av sekretess. Om du inte är rätt mottagare ber vi dig radera meddelandet." Använd den svenska eller engelska versionen.`),
  d(`Utbildning i offentlighet och sekretess (OSL) för nyanställda handläggare, 4 timmar. Vi går igenom 21, 25 och 26 kap. och övar sekretessprövning av begäran om allmän handling.`),
  // ---- social, credentials, bank, card ----
  d(`Beslut ekonomiskt bistånd
Sökande: Roger Nilsson
Beviljat: 8 940 kr för april (riksnorm, hyra 6 200 kr). Avslag på ansökan om tandvård, se motivering.`, 'social'),
  d(`Hej! Vi har haft kontakt med familjen sedan januari. Beslut om placering enligt 2 § LVU fattades av nämnden i går och pojken, 11 år, flyttar till ett familjehem i helgen.`, 'social'),
  d(`Försörjningsstöd – riksnormen 2027 fastställd av regeringen. Nya belopp gäller från 1 januari och syns i handläggarstödet.`),
  d(`Teams
[15:40] Ali: vad är wifi-lösenordet i konferensrummet?
[15:41] Jenny: GästNät2027!mars
[15:41] Ali: tack`, 'credentials'),
  d(`Hej Ove, nya inloggningen till leverantörsportalen: användarnamn ove.berg@kommunen.example.se, lösenord Rt8!pLq3zz. Byt gärna direkt.`, 'credentials'),
  d(`Hej, kan du lägga in min nya lönekonto? Handelsbanken clearing 6789, kontonummer 123 456 789. Det gamla i Nordea ska inte användas längre. /Fatima`, 'bank-account'),
  d(`Ekonomienheten: Utbetalning av reseersättning görs till det konto som är registrerat i lönesystemet. Ändra ditt konto i självservice under Personuppgifter > Bankkonto.`),
  d(`Hej!
Min dotter har tappat sitt kort och någon har handlat för 4 000 kr med det. Kortnummer 5355 0812 6644 1290, giltigt till 04/29, CVC 881. Kan ni på kommunens budget- och skuldrådgivning hjälpa oss att bestrida köpen?
/Anneli`, 'payment-card', 'social'),
  d(`Reseräkning: Om du har betalat med privat kort, bifoga kvittot. Ange aldrig fullständigt kortnummer, de fyra sista siffrorna räcker.`),
  d(`Kvitto bifogat: betalt med Visa ****2231. Summa 1 280 kr, kursavgift.`),
  // ---- long texts, disclosure buried in one sentence ----
  d(`Hej alla,

Här kommer minnesanteckningarna från gårdagens verksamhetsmöte på Lönnens LSS-boende.

1. Sommarbemanning: vi har fortfarande tre pass obemannade i v. 29. Vikariepoolen är tillfrågad.
2. Bilen: besiktning 14/6, Stefan ordnar.
3. Brandskyddsrond: två brandsläckare har passerat datum, nya är beställda.
4. Personal: Jörgen är tillbaka på heltid efter föräldraledigheten. Vi välkomnar också Nadia som vikarierar som stödassistent i sommar.
5. Facket: Kristina meddelade att hon valts till arbetsplatsombud för Kommunal och kommer att ha en timme facklig tid i veckan, den läggs in i schemat.
6. Övrigt: sommarfesten blir 20/6 i trädgården.

/Anteckningar: Helena`, 'trade-union'),
  d(`Hej alla,

Här kommer minnesanteckningarna från verksamhetsmötet på Björkens förskola.

1. Inskolningar i augusti: sex nya barn, schemat är klart.
2. Lokaler: ventilationen i Blå avdelningen åtgärdas v. 33.
3. Facket: Sveriges Lärare har skickat ut information om det nya avtalet, den finns i pärmen i personalrummet. Kommunal har medlemsmöte 12/9.
4. Kompetens: utbildning i TAKK för alla i höst.
5. Övrigt: tack för en fin terminsavslutning!

/Anteckningar: Rut`),
  d(`Re: Re: Re: Schemaändring vecka 40

> > Kan någon byta med mig torsdag?
> Jag kan ta torsdag om du tar lördag.
Toppen, då byter vi. Jag hade tänkt fråga om att sluta tidigare på fredagar under hösten också, eftersom jag börjar på en kurs i arabiska vid moskén – jag konverterade till islam i våras och vill lära mig läsa Koranen. Men det tar jag med chefen.

Tack igen!
/Malin`, 'religion'),
  d(`Re: Re: Re: Schemaändring vecka 41

> > Kan någon byta med mig fredag?
> Fredag går bra för mig.
Tack! Jag ska på kurs i arabiska på Folkuniversitetet på fredagar i höst så det passar perfekt. Kursen är gratis för anställda via kompetensfonden, om nån annan är intresserad.
/Mira`),
  d(`Hej Bengt,

Tack för ett bra möte i går. Som utlovat skickar jag en sammanfattning av det vi kom överens om kring projektet med nya entrésystemet:
- Leverantören levererar kortläsarna v. 36
- Gamla koder stängs av 1 oktober
- Tidplanen för utbildning av vaktmästarna tar Peter fram
- Provinstallation i Stadshusets entré B först

Om jag glömt något får du gärna fylla i. Inloggning till leverantörens administratörsportal under provperioden: admin / Entre!2027-B, delas inte vidare.

Hälsningar
Lisa Åkesson
Säkerhetssamordnare`, 'credentials'),
  d(`Hej Bengt,

Tack för mötet. Sammanfattning för entrésystemet:
- Kortläsare levereras v. 36
- Alla administratörskonton får tvåfaktorsinloggning
- Lösenorden till admin-portalen sätts av var och en vid första inloggningen, de skickas aldrig via mejl
- Utbildning för vaktmästarna i september

Hälsningar
Lisa Åkesson
Säkerhetssamordnare`),
  d(`Från: Jonas Strand
Skickat: den 3 mars 2027 09:14
Till: Lönekontoret
Ämne: VB: Utlägg konferens

Hej, jag vidarebefordrar kvittona. Jag har betalat hotellet och middagen själv.
Ersättningen ska in på mitt konto i SEB, clearingnummer 5213, kontonummer 0123 45 678 90.

Jonas Strand
Utvecklingsledare | Kultur- och fritidsförvaltningen
Telefon 0771-00 00 00

Detta e-postmeddelande kan innehålla konfidentiell information. Om du inte är avsedd mottagare, vänligen radera meddelandet och meddela avsändaren.`, 'bank-account'),
  d(`Från: Jonas Strand
Skickat: den 5 mars 2027 10:02
Till: Lönekontoret
Ämne: Sv: Utlägg konferens

Hej igen, tack för snabb hantering! Jag såg att pengarna kom in i dag.

Jonas Strand
Utvecklingsledare | Kultur- och fritidsförvaltningen

Detta e-postmeddelande kan innehålla konfidentiell information. Om du inte är avsedd mottagare, vänligen radera meddelandet och meddela avsändaren.`),
  d(`Case note (English translation for the guardian ad litem)

The boy, 14, was interviewed at school with the social worker present. He describes the home as calm. The mother has protected personal data (skyddad folkbokföring) since 2025 and the meeting place must not be disclosed to the father. Next meeting in two weeks.`, 'protected-identity', 'social'),
  d(`Hej Sanna,
Kan du ringa Lars Åberg på ekonomiavdelningen? Han har frågor om fakturan från Skolfoto AB, det var något med ett felaktigt organisationsnummer. Hans nummer är 08-123 456 78.
/Reception`),
  d(`VB: Ansökan om ekonomiskt bistånd – komplettering

Hej handläggaren,
Här kommer kontoutdragen ni bad om. Mitt konto är Swedbank 8214-9, 123 456 789-0, och pengarna från hyresbidraget kommer dit. Jag har inga andra konton.
Tacksam för snabbt svar, hyran ska betalas den 30:e.
/Veronika Lind`, 'bank-account', 'social'),
  d(`Hej Magnus,

Angående avtalsuppföljningen med städleverantören: vi har fått in den kvartalsvisa rapporten och kvalitetsmätningarna ligger över målnivån på alla enheter utom Norrskolan. På Norrskolan har det varit problem med bemanningen sedan leverantörens platschef slutade. De har anställt en ny, Ronny, som började i måndags.

Jag föreslår att vi bjuder in dem till ett uppföljningsmöte i maj. Vi borde också påminna dem om att deras personal ska bära ID-kort synligt.

Hälsningar
Yvonne
Upphandlare`),
  d(`Hej Magnus,

Angående städleverantören: deras rapport ser bra ut, men en sak måste du känna till. Leverantören har meddelat att en av deras anställda som städar på Norrskolan, Dragan, har åtalats för sexualbrott mot barn i en annan kommun. Han är avstängd och får inte gå in på någon av våra skolor. Rektorerna är informerade.

Hälsningar
Yvonne`, 'criminal-record'),
  d(`Ärende #44120 – Kundtjänst Vatten & Avfall
Kund: Birgitta Holm, Furuvägen 8
Kunden ringde om sin faktura och uppgav sitt kortnummer för betalning via telefon: 4571 5260 1815 9082, exp 11/27. Handläggaren avbröt och hänvisade till e-faktura eftersom vi inte tar kortbetalningar per telefon. Numret ska raderas ur ärendet.`, 'payment-card'),
  d(`Ärende #44121 – Kundtjänst Vatten & Avfall
Kund: Sune Persson, Tallvägen 2
Kunden undrar om han kan betala med kort. Svar: ja, via Mina sidor med Visa eller Mastercard. Vi tar inte kortbetalningar per telefon.`),
  d(`Hi,

My company card was blocked abroad so I used my private Mastercard 5168 8246 2819 4821 (exp 02/29) for the taxi and the hotel in Brussels. Total 612 EUR. I've attached receipts. Please reimburse to my salary account.

Thanks,
Elena Rossi`, 'payment-card'),
  d(`Sv: Bokning av kursplats
Hej, tack för din bokning. Betala med kort på länken nedan inom 48 timmar, annars släpps platsen. Vi sparar inga kortuppgifter.
/Kursadministrationen`),
  d(`Minnesanteckning, familjebehandlingen
Mamman har fingerade personuppgifter sedan februari och kallas i alla utskick "Anna Svensson". Hennes riktiga identitet får inte synas i sms-aviseringar eller journalens förhandsvisning.`, 'protected-identity', 'social'),
  d(`Till alla skolsköterskor: Journalsystemet har en ny funktion för att markera skyddade personuppgifter. Markeringen sätts automatiskt när Skatteverket registrerat sekretessmarkering. Kontrollera att ni ser den röda symbolen.`),
  d(`Hej! Vi på vårdcentralen har fått ett brev från Skatteverket att patienten Oskar Pettersson har sekretessmarkering. Kan ni i receptionen se till att adressen inte skrivs ut på kallelser?`, 'protected-identity'),
  d(`Sv: Post till Jamal
Hej, ja, Jamal Sayed har kvarskrivning, så all post ska gå till familjerätten och inte hem. Tack för att du frågade innan du skickade.`, 'protected-identity'),
  d(`Sekretessmarkering i Skolplattformen – guide. 1. Gå till Elevregister. 2. Välj elev. 3. Klicka Skyddad. Markeringen döljer adressen för alla utom administratör.`),
  d(`Utredning enligt 11 kap. 1 § SoL – utdrag
Uppgifterna nedan omfattas av sekretess enligt 26 kap. 1 § OSL.
Pojken Noah, 6 år, har vid tre tillfällen uppvisat blåmärken på överarmarna. Pappan förnekar att han slagit barnet. Barnhusintervju planeras.`, 'secrecy', 'social', 'health'),
  d(`Sv: Får vi lämna ut protokollet?
Hej, protokollet från skolans elevhälsomöte 12 mars om eleven Lova i 5B omfattas av sekretess enligt 23 kap. 2 § OSL och får inte lämnas ut till den andra förälderns advokat utan prövning. Jag tar det med juristen.
/Rektor`, 'secrecy'),
  d(`Beslut: Handlingen får inte lämnas ut. Uppgifterna i utredningen om den enskilde klagandens hälsa omfattas av sekretess enligt 21 kap. 1 § OSL. Du kan överklaga beslutet till kammarrätten.`, 'secrecy'),
  d(`Sekretess mellan myndigheter – checklista för handläggare:
- Kontrollera om det finns en sekretessbrytande bestämmelse (10 kap. OSL)
- Dokumentera prövningen
- Vid tveksamhet, kontakta kommunjuristen`),
  d(`Hej, uppgifterna om den anställdes rehabilitering omfattas av sekretess enligt 39 kap. 1 § OSL. Skicka därför inte läkarintyget vidare till ledningsgruppen, bara slutsatsen om hans arbetsförmåga.`, 'secrecy', 'health'),
  d(`Teams – #it-drift
[22:14] Robin: kommer inte in på backup-servern, vad var root-lösenordet igen?
[22:15] Emma: Bk!pServ-73xq, men byt det efter incidenten
[22:15] Robin: 👍`, 'credentials'),
  d(`Ditt engångslösenord för inloggning i Mina sidor är 482 119. Koden gäller i 5 minuter. Dela aldrig koden med någon.`, 'credentials'),
  d(`Hej! Har du PIN-koden till kopiatorn i personalrummet? /Lotta
> Ja, den är 2580. Byt inte den, hela avdelningen använder den.`, 'credentials'),
  d(`Tips från IT: Använd lösenordshanteraren Bitwarden för att spara dina lösenord. Den finns i Företagsportalen. Skriv aldrig upp lösenord på lappar.`),
  d(`Ärende #INC0051234: Användaren kan inte logga in i Visma efter lösenordsbyte. Åtgärd: kontot upplåst, användaren instruerad att återställa via självservice.`),
  // ---- more trade-union / political / genetic / sex-life / religion ----
  d(`Sv: Förhandling om Evas omplacering
Hej, jag sitter med som ombud för Vision i förhandlingen på torsdag. Eva Lindholm är medlem hos oss och har gett mig fullmakt att ta del av underlaget.
/Olof Rydén, Vision Sektion Kommunen`, 'trade-union'),
  d(`Sveriges Lärare informerar: Nytt löneavtal för lärare i kommunal sektor. Läs mer på vår webbplats eller kom till medlemsmötet 22 november i aulan.`),
  d(`Fråga till HR-portalen: Omfattas man av kollektivavtalet om man inte är med i facket? Gäller det även timanställda elevassistenter?
> Svar: Ja, kollektivavtalet gäller alla anställda oavsett medlemskap och anställningsform.`),
  d(`Lokal strejkvarsel: Vårdförbundet har varslat om strejk från 15 april för medlemmar på operationsavdelningarna. Ledningen planerar för att skjuta upp planerade operationer.`),
  d(`Inför sammanträdet: Anna Persson är fackligt förtroendevald för Akademikerförbundet SSR och därför jävig i frågan om hennes egen enhets omorganisation? Nej – facklig roll är inte jäv, men hon bör inte delta som chef. /Jurist`, 'trade-union'),
  d(`Anteckning, personalärende: Medarbetaren Stig uppger att han blev av med sitt uppdrag i kyrkofullmäktige efter att han lämnade Sverigedemokraterna och gick över till Kristdemokraterna. Han undrar om det påverkar hans ledighet för politiska uppdrag.`, 'political-opinion', 'religion'),
  d(`Ledighet för politiska uppdrag: Förtroendevalda har rätt till ledighet enligt kommunallagen. Meddela din chef så tidigt som möjligt och lämna intyg från nämndsekreteraren.`),
  d(`Hej, vi har fått klagomål på att en av våra vikarier i 8B har pratat om sin syn på invandring och sagt att han röstar på "det enda partiet som vågar". Eleverna blev upprörda. Jag pratar med honom i morgon.
/Biträdande rektor`, 'political-opinion'),
  d(`Samhällskunskap 8B: I veckan arbetar vi med valsystemet och partiernas ideologier. Eleverna gör ett skolval den 3 september där alla riksdagspartier är med.`),
  d(`Hej! Skickar genetiska provsvaret för Lisa Ekman vidare: hon är heterozygot för faktor V Leiden. Det innebär ökad risk för blodpropp och hon ska inte använda p-piller med östrogen.
/Mottagningen`, 'genetic', 'health'),
  d(`Sv: Mammans sjukdom
Tack för att du frågade. Mamma har ALS och läkarna tror att det är den ärftliga formen, så min bror och jag har erbjudits gentest. Jag har inte bestämt mig än om jag vill veta.
/Karin`, 'genetic', 'health'),
  d(`Teamträff 4/11 – Klinisk genetik
- Väntetiden för gentest är nu 14 veckor
- Nya remissmallar för ärftlig bröstcancer
- Ny genetisk vägledare börjar i januari`),
  d(`Hej Simon,
Bara så du vet inför bröllopsfotograferingen på lördag: Jonna och hennes fru vill ha fotografen vid kyrkan 13.30. Din vakt blir i foajén.
/Kulturhuset`, 'sex-life'),
  d(`Teams – fritidsgården
[19:02] Hampus: en av killarna i gruppen, Theo, berättade idag att han är gay och att hans pappa inte vet
[19:03] Linn: hur mådde han?
[19:03] Hampus: lättad tror jag, men rädd. vi pratar mer på torsdag`, 'sex-life'),
  d(`Besked: Den nya lagen om ändrad könstillhörighet träder i kraft 1 juli. Socialstyrelsen uppdaterar sina föreskrifter. Regionens juridiska enhet informerar om konsekvenserna för vården.`),
  d(`Sv: Bön på arbetsplatsen
Hej, vi har inget förbud mot bön, men det ska inte påverka verksamheten. Tysta rummet på plan 2 kan bokas av alla. Det gäller oavsett religion.
/HR`),
  d(`Hej! Vi bör tänka på att Gunnel i fyran är laestadian – hon har ingen tv och vill inte att vi sätter på radion när vi är där. Hon har sin bibel på nattduksbordet och vill gärna att vi läser ur den ibland.
/Hemtjänsten`, 'religion', 'social'),
  d(`Dear colleagues,

I'll be taking the afternoon off on Friday for Diwali celebrations with my family at the Hindu temple in Sätra. I've been going there every year since we moved.

Cheers,
Anand`, 'religion'),
  // ---- payment-card, bank-account: positives and hard negatives ----
  d(`Teams – receptionen
[11:20] Moa: gästen från Malmö vill betala konferensrummet med kort i telefon, hon läste upp 4024 9139 0996 0302 exp 06/28 cvc 114
[11:21] Per: skriv inte det här! radera och ring tillbaka, vi tar bara faktura
[11:21] Moa: oj sorry, raderar`, 'payment-card'),
  d(`Fwd: Bedrägeriförsök
Hej, det här sms:et fick jag i dag: "Ditt Mastercard har spärrats, bekräfta dina kortuppgifter på länken". Klicka inte på länken! Kommunens IT-säkerhet har anmält avsändaren.`),
  d(`Hej budget- och skuldrådgivningen,
Jag har fått en skuld hos ett inkassobolag som jag inte känner igen. Min bank säger att mitt kort 4917 1993 5181 9093 användes för en prenumeration jag aldrig tecknat. Utgångsdatum 08/27. Kan ni hjälpa mig att skriva ett bestridande?
/Kjell Ström`, 'payment-card', 'social'),
  d(`Ärende #77012 – Kulturskolan
Vårdnadshavaren Sofia Eriksson vill betala terminsavgiften med kort. Hon skrev kortuppgifterna i kontaktformuläret: 2223 3786 5797 5436, 10/28, CVC 502. Formuläret är inte avsett för kortuppgifter; ärendet har maskerats och hon har fått en betallänk.`, 'payment-card'),
  d(`Hej Lena,
Här är uppgifterna till inköpskortet för konferensen, som du bad om: Amex 3782 1186 2527 600, giltigt till 03/28, säkerhetskod 7731, kortinnehavare Per Holmgren. Kan du boka lokalen i dag?
/Per`, 'payment-card'),
  d(`Information om inköpskort: Kortet är personligt och får bara användas av kortinnehavaren. Förlorat kort spärras via kortutgivarens spärrtjänst dygnet runt. Lämna aldrig ut kortnumret via mejl eller telefon.`),
  d(`Dear Finance,

I paid the registration for the summer school with my own Visa card, 4539 2319 4875 7490, expiry 05/30. The organiser charged it twice. Could you help me contact them, or should I dispute it with my bank?

Thanks,
Ines Moreau`, 'payment-card'),
  d(`Sv: Återbetalning av avgift
Hej Ahmed, vi återbetalar 1 450 kr till det konto du angav: Nordea personkonto 3300-123 456 78 90. Pengarna bör synas inom tre bankdagar.
/Kundtjänst, Barnomsorgsavgifter`, 'bank-account'),
  d(`Blankett: Anmälan om bankkonto för utbetalning av ersättning. Fyll i clearingnummer och kontonummer, skriv under och skicka till Lönecenter, Box 100. Skicka inte blanketten via e-post.`),
  d(`Beslut om god man – utdrag
Huvudmannen Elsa Nyberg. Gode mannen har öppnat ett nytt konto för huvudmannens pension: Länsförsäkringar 9020-123 4567. Överförmyndaren ska ha kontoutdrag vid årsredovisningen.`, 'bank-account'),
  d(`Hej!
För att kunna betala ut ditt stipendium behöver vi ditt kontonummer. Logga in på Mina sidor och fyll i det där. Skicka inte kontonummer i detta mejl.
/Stipendiekommittén`),
  d(`Hi Karin, could you transfer my travel advance to my Polish account? IBAN PL61 1090 1014 0000 0712 1981 2874, name Katarzyna Nowak. I'm visiting family before the conference and won't have access to my Swedish account. Thanks!`, 'bank-account'),
  d(`Leverantörsregistret: Ändringar av bankgiro eller kontonummer för leverantörer ska alltid verifieras genom att ringa leverantören på ett nummer ur registret, inte från fakturan.`),
  d(`Hej, ändring av mitt konto för pensionen: gamla kontot i Danske Bank är avslutat. Nytt konto: ICA Banken, clearing 9270, 1234 567 890 1. Med vänlig hälsning Gun-Britt Åkerlund, f.d. lärare`, 'bank-account'),
  // ---- more protected-identity / secrecy ----
  d(`Minnesanteckning, överlämning natt → dag
- Rum 12: sov oroligt, fick vid behovs-medicin kl 02
- Rum 14: patienten är skyddad, uppgifter om vistelse får inte lämnas ut, inga besök utan kontroll mot listan
- Rum 15: utskrivning i dag`, 'protected-identity', 'health'),
  d(`Hej,
Vi fick ett samtal från en man som påstod sig vara pappa till eleven Elvira och ville veta vilken klass hon går i. Elvira har skyddade personuppgifter, så vi sa ingenting. Jag har informerat rektor och polisen.
/Expeditionen`, 'protected-identity'),
  d(`Sv: Sekretess i HR-ärende
Uppgifterna om medarbetarens personliga förhållanden i den bifogade utredningen omfattas av sekretess enligt 39 kap. 3 § OSL. Dokumentet får inte spridas utanför HR och närmaste chef.
/HR-specialist Lena Grahn`, 'secrecy'),
  d(`Till Lex Sarah-gruppen, omfattas av sekretess (26 kap. 1 § OSL):
Brukaren Göran, 79, blev liggande på golvet i fyra timmar natten till 3/3 eftersom larmet inte besvarades. Han fick trycksår på höften. Utredning påbörjad.`, 'secrecy', 'health', 'social'),
  d(`Kommunens webbplats: Så begär du ut allmänna handlingar. Handlingen lämnas ut om den inte omfattas av sekretess. Vid avslag får du ett skriftligt beslut med hänvisning till OSL.`),
  // ---- biometric / grades / salary / hr / sex-life / political / genetic / trade ----
  d(`Hej Mats,
Migrationsverket ringde om vår praktikant Yonas. Hans fingeravtryck som togs vid ansökan om uppehållstillstånd matchade en tidigare registrering i Italien, så ärendet hanteras nu enligt Dublinförordningen. Han är orolig och har bett om ledigt i morgon.
/Handledare`, 'biometric'),
  d(`Gymnasiets passersystem byts ut. Eleverna får nya passerkort; systemet med handflatsskanning som testades i fjol avvecklas helt. Inga biometriska uppgifter sparas.`),
  d(`Ärende #SEC-2291: Anställd (Veronica Tell) begär radering av sin ansiktsbild och ansiktsmall ur besökssystemet vid Kommunhuset. Registreringen skapades felaktigt när hon var besökare 2025. Åtgärdat 14/3.`, 'biometric'),
  d(`Re: Betyg i idrott
> Varför fick Vincent E i idrott?
Hej Therese! Vincent har inte deltagit i simningen och saknar bedömning i orientering, så han kunde inte få högre betyg än E den här gången. Han kan visa kunskaperna under hösten.
/Idrottslärare Jonas`, 'grades'),
  d(`Hej! På tisdag är det simundervisning för åk 6. Eleverna som inte kan simma 200 meter erbjuds extra lektioner i juni. Meddela om ditt barn behöver anpassning.`),
  d(`Dear parents,

Emil's end-of-term report: he has 34 hours of unexcused absence this term, mostly first lessons. His grades are D in English, E in mathematics and F in physics. We would like to meet you to discuss a support plan.

Regards,
Class teacher, International School`, 'grades'),
  d(`Hej Åsa, lönespecen för Karl Westin ser konstig ut – grundlönen står som 29 100 men han har 31 300 enligt avtalet från i höstas. Kan du kolla innan utbetalningen?`, 'salary'),
  d(`Lönestatistik per yrkesgrupp, redovisas för nämnden: Enhetschefer äldreomsorg, medianlön 52 300 kr. Sjuksköterskor, medianlön 41 600 kr. Undersköterskor, medianlön 31 900 kr.`),
  d(`Sv: Lönesamtal
Nej, jag vill inte redovisa Henriks lön för hela gruppen, men jag kan säga att hans höjning ligger under snittet eftersom han inte nådde målen för handläggningstider i år.
/Chef`, 'salary', 'hr-assessment'),
  d(`Sammanfattning av utvecklingssamtal, Sandra Mäki (HR-system)
Styrkor: noggrann, god kunskap i ekonomisystemet.
Utvecklingsområden: prioritering, kommunikation med andra avdelningar. Hon upplever själv hög arbetsbelastning.
Överenskommelse: minska antalet projekt från fyra till två.`, 'hr-assessment'),
  d(`Teams – HR
[13:01] Jessica: hur många medarbetarsamtal är registrerade i Adato?
[13:02] Ola: 412 av 560, påminnelse går ut i morgon`),
  d(`Hej, jag kommer inte på julfesten, min flickvän Hanna fyller år samma dag. Hälsningar /Tove`, 'sex-life'),
  d(`Tips till chefer: Var inkluderande i språket. Fråga efter "partner" snarare än "fru" eller "man" när du bjuder in till personalfest.`),
  d(`Hej Lars, som du vet kandiderar jag för Liberalerna i kommunvalet. Jag vill bara försäkra mig om att det är okej att jag står i valstugan på lördagar under hösten, det krockar ju inte med mina pass. /Camilla`, 'political-opinion'),
  d(`Pressmeddelande: Tre partier i oppositionen kräver att kommunen utreder den nya sporthallens kostnader. Förslaget behandlas i kommunstyrelsen 4 juni.`),
  d(`Hej,
Jag vill ansöka om ledigt 14–15 maj för att delta i partikongressen. Jag är ombud för Miljöpartiet i vårt distrikt.
/Emir`, 'political-opinion'),
  d(`Anteckning från besök hos barnneurologen: Genetisk analys har visat en deletion på kromosom 22 (22q11), vilket förklarar Ellens inlärningssvårigheter och hjärtfelet. Föräldrarna har informerats och erbjuds egen testning.`, 'genetic', 'health'),
  d(`Hej,
Jag behöver ledigt några timmar på torsdag. Vi ska till släktutredningsmottagningen, eftersom pappa och farbror båda haft tarmcancer tidigt. Jag har fått svar att jag bär på Lynch-syndrom och ska börja med regelbunden koloskopi.
/Per`, 'genetic', 'health'),
  d(`Hej, vi söker en person som kan ta fram information om genetisk utredning till vår nya patientbroschyr. Texten ska vara lättläst och förklara bärarskap och ärftlighet.`),
  d(`Sv: Facklig tid
Hej, jag har räknat på det och Moa Berglund har redan använt 38 timmar facklig tid som skyddsombud för Kommunal i år, vilket är inom ramen. Jag godkänner ansökan för utbildningsdagarna.
/Enhetschef`, 'trade-union'),
  d(`Vårdförbundet har kongress i juni. Medlemmar som är valda som ombud har rätt till ledighet enligt förtroendemannalagen.`),
  // ---- more hard negatives in messy formats ----
  d(`Re: Re: Fika fredag

> > Vem tar med fikat på fredag?
> Jag kan ta kanelbullar!
Toppen Stina! Jag tar med kaffe från rosteriet. Påminner också om att Lucia-övningen är kl 15 i aulan.

/Kim

--
Kim Palm | Administratör | Skolkontoret
Tel 010-123 45 67
Detta meddelande är avsett endast för adressaten. Kommunen hanterar personuppgifter enligt GDPR, se kommunen.example.se/personuppgifter.`),
  d(`Servicenow-notifiering
INC0061002 har tilldelats din grupp (Klientdrift).
Kort beskrivning: Användaren kan inte registrera fingeravtryck på ny laptop.
Prioritet: 4 – Låg
Öppna ärendet för mer information.`),
  d(`Minnesanteckningar, skolledningsgruppen 6/2
1. Närvarostatistik: frånvaron har ökat till 9,3 % på högstadiet, främst ogiltig frånvaro i åk 9. Elevhälsan tar fram en insatsplan.
2. Betygsättning: sambedömning av NP i svenska sker v. 17.
3. Övrigt: ny telefonpolicy från 1 april.`),
  d(`Hej alla,
Påminnelse om att kommunens interna avstämning kring lönekartläggning och diskrimineringslagen sker 21 mars. Vi går igenom analysmetoden för likvärdiga arbeten. Inga individuppgifter presenteras.
/HR-chefen`),
  d(`From: IT Service Desk
Subject: Planned maintenance Saturday

Hi all, the identity and access management system will be unavailable Saturday 06:00–10:00. You will not be able to reset your password or enrol a new MFA device during the window.

IT Service Desk`),
  d(`Veckobrev förskoleklass: Den här veckan har vi pratat om familjer – att familjer ser olika ut. Vissa har två mammor, vissa en pappa, vissa bor med mormor. Barnen har ritat sina familjer.`),
  d(`Kallelse till hearing: Inför Pride-månaden bjuder kommunens HBTQI-nätverk in till samtal om hur verksamheterna kan bli mer inkluderande. Alla anställda är välkomna.`),
  d(`Re: Tolk till mötet
Hej, jag har bokat en tolk på tigrinja till mötet den 4 april kl. 10. Tolken kommer på plats. Bekräftelse bifogas.
/Administratören`),
  d(`Protokoll valnämnden 2026-09-15: Rösträkningen i kommunen är slutförd. Valdeltagandet var 84,2 %. Valnämnden tackar röstmottagarna.`),
  d(`Kyrkogårdsförvaltningen meddelar: Minneslunden vid Norra kyrkogården stängs för renovering 1–14 juni. Gravsättningar sker då på Södra kyrkogården.`),
  d(`Utbildning för skolpersonal: Frånvaro – hur tidigt ska vi reagera? Föreläsare från Skolverket. Vi diskuterar problematisk skolfrånvaro och samverkan med socialtjänsten.`),
  d(`Hej! Jag undrar om kommunen har några riktlinjer för vad man får ha på sig för religiösa symboler i tjänsten, t.ex. kors, kippa eller sjal? Jag har fått frågan från en chef. /HR-konsult`),
  d(`Sv: Fråga om DNA-test för släktforskning
Hej, kommunarkivet har inga DNA-register. Vi kan hjälpa till med kyrkböcker och folkbokföring från 1800-talet.
/Arkivet`),
  d(`Rekrytering pågår: Vi söker en lönespecialist till Lönecenter. Lön enligt överenskommelse. Skicka CV och personligt brev senast 15 maj.`),
  d(`Till alla medarbetare: Påminnelse om att belastningsregisterutdrag krävs för alla som arbetar med barn inom LSS. Chefen ansvarar för att kontrollera utdraget före anställning.`),
  d(`Tjänsteanteckning: Medborgare ringde och frågade om kommunens arbete med nationella minoriteter. Hänvisad till minoritetssamordnaren.`),
  d(`Ärende #REQ0012231: Beställning av ny irisskanner för forskningslabbet (modell IR-40). Godkänd av enhetschef. Leverans v. 12.`),
  d(`Skolans elevråd har föreslagit en temadag om religionsfrihet och yttrandefrihet. Rektor har godkänt förslaget, dagen blir 10 mars.`),
  d(`Hej, kan någon förklara skillnaden mellan omdöme och betyg? Jag är ny som lärare i åk 4 och ska skriva skriftliga omdömen för första gången. /Amanda`),
  d(`Nyhetsbrev HR: Nu kan du se din semestersaldo och lönespecifikation i appen. Inloggning sker med BankID. Vid problem, kontakta Lönecenter.`),
  d(`Remissvar om kameraövervakning vid resecentrum: Kommunen ser positivt på ökad kamerabevakning men avstyrker användning av automatisk ansiktsigenkänning av integritetsskäl.`),
  d(`Tolkcentralen: Du som behöver tolk på romani chib eller samiska vid läkarbesök kan boka via 1177. Tolken har tystnadsplikt.`),
  d(`Stadsbyggnadsnämnden: Bygglov för ombyggnad av moskén på Industrigatan beviljas. Ändringen avser ny entré och tillgänglighetsanpassning.`),
  d(`Fackliga organisationer i kommunen: Kommunal, Vision, Sveriges Lärare, Vårdförbundet, Akademikerförbundet SSR, Sveriges Ingenjörer, Ledarna. Kontaktuppgifter finns på intranätet.`),
  d(`Hi everyone, the genetics seminar has been moved to room 4.12. Prof. Lind will talk about polygenic risk scores and their use in public health.`),
  // ---- top-ups: credentials, bank, card, protected-identity, secrecy, trade-union ----
  d(`Hej Gunilla,

Välkommen tillbaka efter ledigheten! Lite praktiskt inför måndag:
- Ditt rum är flyttat till plan 3, rum 318
- Nyckeln ligger i receptionen
- Larmkoden till entrén efter 18 är 7391#, den byts varje kvartal
- Personalmötet är på tisdag kl 9

Hör av dig om något saknas!
/Berit`, 'credentials'),
  d(`Hej Gunilla,

Välkommen tillbaka! Praktiskt inför måndag:
- Rummet är flyttat till plan 3
- Du hämtar ut din larmkod personligen i receptionen mot legitimation, vi skickar den inte via mejl
- Personalmötet är på tisdag kl 9

/Berit`),
  d(`Dear Ahmed,

Welcome to the department! Your account has been created.
Username: ahmkha01
Initial password: Sommar-Lund-4471
Please log in at the service portal and change it within 24 hours. The Wi-Fi for staff uses the same login.

IT Onboarding`, 'credentials'),
  d(`Ärende #INC0066315 – Uppdaterat
Kommentar från tekniker: Användaren Per Sjöholm har uppgett sin BankID-säkerhetskod 602134 i chatten. Koden är inte giltig för inloggning hos oss, användaren uppmanad att aldrig dela den.`, 'credentials'),
  d(`API-nyckeln till SMS-tjänsten i testmiljön: sk_test_4f9Kd82LmQz7Rt0pXwB1. Lägg den i valvet, inte i Git! /Jonatan`, 'credentials'),
  d(`Sv: Hyresinbetalning
Hej, vi har tagit emot din inbetalning. Vid återbetalning av depositionen behöver vi ett kontonummer. Du kan ringa oss eller fylla i det på Mina sidor.
/Bostadsbolaget`),
  d(`Hej, här är mitt kontonummer för återbetalningen av depositionen: Swedbank 8105-9, 934 221 556-7. /Lina Holmberg, Storgatan 12 lgh 1102`, 'bank-account'),
  d(`Anteckning, försörjningsstöd
Klienten har två konton: ett lönekonto i Nordea (3000 12 345 67) och ett sparkonto hos Avanza med 14 200 kr. Sparkontot ska redovisas som tillgång innan bistånd kan beviljas.`, 'bank-account', 'social'),
  d(`Hej! Min bankdosa är trasig, så jag kan inte betala hyran. Kan jag ge er mitt kortnummer så drar ni pengarna? Det är 5355 3016 6131 8602, utgår 12/27. /Bertil, lgh 4`, 'payment-card'),
  d(`Ärende #FIN-8830: Anställd rapporterar att tjänstekortet (Visa, slutsiffror 0448) har försvunnit. Kortet är spärrat och ett nytt beställt. Inga okända transaktioner.`),
  d(`Teams – eventgruppen
[10:40] Sara: jag lägger ut för fotografen, tar mitt eget kort 4571 5503 1942 7766 om de frågar
[10:41] Mikael: skriv inte hela numret här 🙈
[10:41] Sara: haha ok, raderar sen`, 'payment-card'),
  d(`Handläggarstöd, ekonomiskt bistånd
Observera: sökanden Linnea Dahl har skyddade personuppgifter (sekretessmarkering). Beslutet får inte skickas till adressen i folkbokföringen, utan hämtas ut på kontoret.`, 'protected-identity', 'social'),
  d(`Hej skolskjutssamordnaren,
Eleven som börjar i 3C efter sportlovet har skyddad folkbokföring. Hämtningsplatsen för taxin får inte framgå av körlistan som skickas till åkeriet, använd i stället hållplatsen vid skolan.
/Rektor Elin`, 'protected-identity'),
  d(`Sv: Ärendet om Tomas
Observera att uppgifterna nedan omfattas av sekretess enligt 26 kap. 1 § OSL. Tomas har återfallit i missbruk och har beviljats behandlingshem i sex veckor. Han har bett att hans arbetsgivare inte informeras.`, 'secrecy', 'social', 'health'),
  d(`Elevhälsans journal – utdrag (sekretess enligt 25 kap. 1 § OSL, får inte lämnas ut): Eleven Jonathan har sedan hösten haft återkommande panikattacker och har remitterats till BUP.`, 'secrecy', 'health'),
  d(`Hej, jag vill bara bekräfta att jag gått med i Vision i dag, så att ni kan dra medlemsavgiften på lönen från nästa månad. /Rickard Öst, ekonom`, 'trade-union'),
  d(`Minnesanteckningar, rehabmöte 12/4
Närvarande: Sofia (medarbetare), Erik (chef), Gunilla (HR), Ronja Bäck (Kommunal, Sofias fackliga ombud), Anders (företagshälsovården)
Sofia arbetar 50 % sedan januari efter ryggskadan. Plan: upptrappning till 75 % i maj.`, 'trade-union', 'health'),
  d(`Hej! Kommunal bjuder på fika för alla som jobbar i hemtjänsten på fredag. Kom förbi personalrummet mellan 14 och 15.`),
  // ---- a few more hard-category positives and negatives ----
  d(`Hej Nina,

Vi har läst igenom anbudet från bemanningsföretaget och har några frågor:
1. Hur säkerställer ni att konsulterna har körkort B?
2. Vilken prisnivå gäller för helgpass?
3. Kan ni garantera samma personer under hela uppdraget?

Vi noterade också i CV:t att en av de föreslagna konsulterna, Anders Holm, tidigare dömts för bedrägeri mot en vårdtagare 2022 enligt det registerutdrag ni bifogade. Honom kan vi inte ta emot.

Återkom senast fredag.
/Upphandlingsenheten`, 'criminal-record'),
  d(`Hej Nina,

Vi har läst anbudet och har några frågor:
1. Hur säkerställer ni att konsulterna har körkort B?
2. Kontrollerar ni belastningsregistret innan konsulter placeras hos oss?
3. Vilken prisnivå gäller för helgpass?

Återkom senast fredag.
/Upphandlingsenheten`),
  d(`Hej Jörgen, vet du om Mustafa är praktiserande? Vi ska boka lunch under ramadan och jag vill inte att det blir konstigt.
> Ja, han fastar, men han sa att det är helt okej att vi äter. Han kommer på mötet ändå.`, 'religion'),
  d(`Ramadan börjar i mitten av februari. Tänk på att en del elever och kollegor kan fasta. Skolmåltiderna kan vid behov packas som matlåda att ta med hem.`),
  d(`Sv: Ansökan om tjänstledighet
Hej Erik, jag beviljar din tjänstledighet 1–30 september för ditt uppdrag som valarbetare åt Socialdemokraterna i riksdagsvalet. Lycka till!
/Chefen`, 'political-opinion'),
  d(`Sv: Tjänstledighet under valet
Hej Sonja, valnämnden har bett att du ska vara ordförande i vallokal 14 på valdagen. Du har rätt till ledighet med lön enligt kommunens riktlinje.
/Chefen`),
  d(`Hej,
Intervjun med Jamal om hans bakgrund blev bra. Han berättade att han är uppvuxen i ett assyriskt/syrianskt sammanhang i Södertälje och att hans föräldrar flydde från Turkiet på 70-talet. Vi använder citaten i utställningen om han godkänner texten.
/Museet`, 'ethnic-origin'),
  d(`Utställning våren 2027: "Röster från Södertälje" – om assyriers och syrianers historia i Sverige. Vi söker berättelser från allmänheten.`),
  d(`Re: Provresultat
Hej Ronja, du fick 23 av 40 poäng på provet i fysik, vilket motsvarar E. Du kan komplettera laborationsrapporten för att nå C.
/Lärare`, 'grades'),
  d(`Ansökan till lönenämnden: Hannes Grip, tekniker, begär lönetillägg 1 200 kr/mån för beredskap. Nuvarande lön 32 750 kr.`, 'salary'),
  d(`Hej, bilden från passkontroll-piloten på flygplatsen: systemet jämförde Lindas ansikte med passfotot och godkände henne på 2 sekunder. Hon tyckte det var obehagligt att hennes ansiktsbild sparades.`, 'biometric'),
  d(`Projektbeskrivning: Pilot med automatiserad passkontroll med ansiktsjämförelse vid Arlanda 2027. Polisen ansvarar för behandlingen. Uppgifter raderas efter 24 timmar.`),
  // ---- extra hard pairs ----
  d(`Hej Eva,

Tack för att du tog emot mig i går. Som jag sa är det mycket just nu: flytten, pappas operation och att jag och Fredrik håller på att skilja oss. Jag har inte berättat för de andra än att anledningen är att Fredrik har träffat en man och att han sedan länge har vetat att han är homosexuell. Jag vill att det stannar mellan oss.

Jag är på plats som vanligt på måndag.
/Helena`, 'sex-life', 'health'),
  d(`Hej Eva,

Tack för att du tog emot mig i går. Som jag sa är det mycket just nu med flytten och renoveringen. Jag är på plats som vanligt på måndag, men kan behöva gå tidigare på onsdag för besiktningen.
/Helena`),
  d(`Hi all,

For the diversity newsletter: we are looking for colleagues who want to share stories about being LGBTQ+ at work. Participation is voluntary and you can be anonymous. Send a message to the editorial team by 30 May.

Comms team`),
  d(`Teams – elevhälsan
[13:20] Kurator: Vera i 1NA vill byta namn i Schoolsoft till Vincent, han är transkille och har kommit ut för sina föräldrar
[13:21] Rektor: ok, vi byter i alla system. har föräldrarna godkänt?
[13:22] Kurator: ja, mamma ringde i morse`, 'sex-life'),
  d(`Rutin: Byte av tilltalsnamn i skolans system. Elever kan få byta tilltalsnamn i Schoolsoft och på klasslistor efter samtal med mentor. Vårdnadshavares samtycke krävs för elever under 18 år.`),
  d(`Minnesanteckningar, arbetsgruppen för äldreomsorgens kvalitet, 3/10

Närvarande: Lena, Sven, Farah, Anders, Helmer (protokoll)

1. Avvikelser Q3: 42 st, de flesta läkemedelsavvikelser. Sven tar fram åtgärdsplan.
2. Nattbemanning: pilot med digital tillsyn på Solgården förlängs.
3. Kompetens: Farah berättade att hon själv nyligen fått veta genom ett gentest att hon bär på anlag för ärftlig Alzheimer, och att det är därför hon engagerat sig i demensfrågorna. Gruppen tackade för förtroendet.
4. Nästa möte: 7/11.`, 'genetic', 'health'),
  d(`Minnesanteckningar, arbetsgruppen för äldreomsorgens kvalitet, 7/11

1. Demensstrategin: ny utbildning om ärftlighet vid Alzheimers sjukdom för all personal i januari.
2. Avvikelser: minskat till 31 st.
3. Nästa möte: 5/12.`),
  d(`Sv: Kusinäktenskap och sjukdom
Hej, tack för frågan från föräldrarna. Efter genetisk utredning vid BUMM har det bekräftats att båda syskonen Adam och Yara har spinal muskelatrofi typ 2 och att föräldrarna är bärare. Vi behöver planera assistans i skolan.
/Skolsköterska`, 'genetic', 'health'),
  d(`Veckobrev från rektor, vecka 46

Hej alla vårdnadshavare!
Det har varit en händelserik vecka. Åk 4 var på studiebesök på tekniska museet, åk 6 har haft skrivdag och åk 5 har börjat öva till vårens musikal.

Påminnelser:
- Utvecklingssamtalen pågår, boka tid i Schoolsoft
- Lämna in blanketten för skolfoto
- Frånvaroanmälan görs i appen före kl. 8

Matsedeln för nästa vecka finns på hemsidan.
/Rektor Anna`),
  d(`Hej Lejla och Samir,

Tack för samtalet i dag. Sammanfattning:
- Matematik: Edin har klarat alla delprov, på väg mot B
- Svenska som andraspråk: behöver träna läsförståelse, nu på E-nivå
- Idrott: mycket bra
- Frånvaro: 11 dagar hittills, mest måndagar – vi bevakar det

Vi ses igen i maj!
/Mentor Karin`, 'grades'),
  d(`Hi Joanna,

Just forwarding the note from the onboarding meeting so it's documented:
- Laptop and badge handed out on day 1
- Your starting salary of 47 500 SEK/month is confirmed, with review after the six-month probation
- Parking permit applied for

Let me know if anything is missing.
Best,
Henrik, HR`, 'salary'),
  d(`Hi Joanna,

Forwarding the onboarding checklist:
- Laptop and badge on day 1
- Salary is paid on the 25th; your first payslip appears in the self-service portal
- Annual salary review takes place in April for all staff

Best,
Henrik, HR`),
  d(`Dear IT,

The voice assistant at the service desk phone line has created a voiceprint of me without asking. When I called yesterday it greeted me by name after I said two sentences. I did not consent to this. Please delete my voiceprint.

Regards,
Fiona Walsh`, 'biometric'),
  d(`Dear IT,

Does our telephony platform use voice biometrics for identifying callers? A citizen asked in a complaint, and we need a general answer for the reply. No individual case.

Regards,
Legal unit`),
];
