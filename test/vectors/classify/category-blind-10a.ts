/**
 * Category blind set 10a — BLIND.
 *
 * Written by a corpus writer (session 7) from the labelling guide alone (/tmp/label-guide.md), without
 * reading the classifier, its training data or any other corpus. Never to be used for training, tuning or
 * keyword mining; it is scored once, by the lead, to measure the classifier on text it has never seen.
 *
 * Style: SHORT texts — one line to about eight lines: single e-mail bodies, subject-like one-liners, chat
 * messages, notes, replies, reminders and forwarded snippets; mostly Swedish, about a fifth English; many
 * voices and registers (case notes, sloppy chat, HR system mails, school messages, tickets). More than a third
 * are unlabelled hard negatives using the same vocabulary as the positives; some documents carry several labels.
 *
 * All names, addresses, account, card and other numbers are invented; no personnummer are used.
 */
import type { CategoryType } from '../../../src/core/classify/types.js';
import type { LabelledDocument } from './category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const CATEGORY_BLIND_10A: readonly LabelledDocument[] = [
  d(`Hej! Lisa är sjukskriven resten av veckan, hon har fått lunginflammation. Kan du ta hennes pass på torsdag?`, 'health'),
  d(`Påminnelse: influensavaccinering för personalen sker i personalrummet tisdag 10–12. Ingen föranmälan.`),
  d(`Sjukanmälan görs som vanligt i Heroma före kl 07.00 eller via telefon till bemanningen.`),
  d(`Jag blir borta imorgon, ska till gynekologen för ultraljud (vecka 12) – säg inget till de andra än är ni snälla`, 'health'),
  d(`Re: schema v.47
Kenneth har fått besked om att han har diabetes typ 2 och behöver äta på fasta tider, så vi försöker lägga hans rast 11.30.`, 'health'),
  d(`Fwd: Föreläsning om psykisk ohälsa på arbetsplatsen 3/12 – anmäl er till HR senast fredag.`),
  d(`hon är hemma med sin utmattning igen, tror inte hon kommer tillbaka före jul`, 'health'),
  d(`FYI – Mikael's back on Monday but only at 50 % for the first four weeks (rehab plan after the knee surgery).`, 'health'),
  d(`Can someone cover reception tomorrow? Sara's at the health and safety training 9–11.`),
  d(`Tack för igår! Bifogar protokollet från arbetsmiljökommitténs möte, punkt 4 handlar om sjukfrånvarostatistiken för Q3.`),
  d(`Patienten i sal 6 har fått Stesolid 5 mg kl 14, fortsatt orolig. Meddela jour om det blir värre.`, 'health'),
  d(`Ämne: Rehabmöte Anders Wikström 12/12 kl 13 – FK deltar, hans arbetsförmåga ska bedömas inför återgång.`, 'health'),
  d(`Vi söker en sjuksköterska till hemsjukvården, 75 %, tillträde enligt överenskommelse.`),
  d(`Hej Maja, vi har fått in en orosanmälan gällande Elias i 3B från förskolan. Kan du ringa mig idag? /Petra, socialtjänsten`, 'social'),
  d(`Utbildning: "Orosanmälan – när, hur och varför?" för all personal i förskola och skola, 14 jan i Aulan.`),
  d(`Beslut: Din ansökan om ekonomiskt bistånd för december har beviljats med 6 420 kr. Utbetalning sker 23/12.`, 'social'),
  d(`Hur många ärenden om försörjningsstöd hade vi i oktober jämfört med förra året? Behöver siffran till nämnden.`),
  d(`Mamman (Fatima) uppger att familjen inte har pengar till mat resten av månaden, hon har fått avslag på försörjningsstöd och vill överklaga.`, 'social'),
  d(`Brukaren på Tallvägen 4 har fått utökad hemtjänst från 1/12, nu fyra besök per dag inkl. dusch två ggr/vecka.`, 'social'),
  d(`Hemtjänsten i område Norr byter planeringssystem vecka 3, alla medarbetare får ny inloggning via chefen.`),
  d(`Pojken placerades i familjehem enligt 2 § LVU i fredags. Umgänge med mamma sker under uppsikt.`, 'social'),
  d(`Lösenordet till wifi för gäster är Solros2026! – det sitter även på lappen vid receptionen.`, 'credentials'),
  d(`Hej, vilka regler gäller för lösenord nu? Måste det vara 12 tecken?`),
  d(`Dörrkoden till förrådet är ändrad till 4471#, säg till om ni inte kommer in.`, 'credentials'),
  d(`IT-support: Vi kommer ALDRIG att be dig uppge ditt lösenord via e-post. Rapportera misstänkta mejl till it-säkerhet.`),
  d(`user: anna.berglund  pw: Hösten-2026x   (byt efter första inloggningen!)`, 'credentials'),
  d(`Your one-time code is 582 913. It expires in 10 minutes. Do not share this code.`, 'credentials'),
  d(`Reminder: multi-factor authentication becomes mandatory for all accounts from 1 February.`),
  d(`Grattis Jonas – din lön är justerad till 38 700 kr/mån från 1 april enligt lönesamtalet.`, 'salary'),
  d(`Lönerevisionen 2027 startar i mars, chefer får underlag från HR vecka 9.`),
  d(`Ärligt talat, Emma får 2 000 mer än mig i månaden och hon började ett år efter. Ska jag ta upp det med Göran?`, 'salary'),
  d(`Lönen betalas ut den 25:e, infaller den på en helg sker utbetalningen närmast föregående vardag.`),
  d(`Hi Tom, confirming your starting salary of 41 500 SEK per month plus the relocation bonus of 15 000 SEK.`, 'salary'),
  d(`Hej! Kan du betala in resten till mitt konto? Swedbank clearing 8327-9, kontonr 914 552 301-4. Tack! /Linnea`, 'bank-account'),
  d(`Ange clearingnummer och kontonummer i formuläret för att få din ersättning.`),
  d(`Ny leverantör – fakturor betalas till bankgiro 5521-3309 (kommunens egna rutiner gäller).`),
  d(`Please transfer the deposit to my account: IBAN SE45 5000 0000 0583 9825 7466, account holder Mark Evans.`, 'bank-account'),
  d(`Hyresgästen i lgh 1102 har bett att återbetalningen sätts in på Nordea 3300 82 047 19 i stället för det gamla kontot.`, 'bank-account'),
  d(`Kortnr 4709 7308 0679 9894, gäller t.o.m. 08/28, CVC 311 – boka hotellet på mitt kort, jag har inte fått något kommunkort än. /Henrik`, 'payment-card'),
  d(`Frågor om inköpskort? Se rutinen på intranätet under Ekonomi > Betalkort.`),
  d(`Card ending 0089 was declined at the conference desk – could you resend the payment link to Priya?`),
  d(`kan du lägga in mitt kort på taxi-kontot: 5550 6837 5998 4327 exp 11/27 cvv 904`, 'payment-card'),
  d(`Minnesanteckning utvecklingssamtal med Sanna 4/11: Fortsatt mycket god kvalitet i journalföringen men behöver bli tydligare i kommunikationen med anhöriga. Mål till våren: ta mer ansvar för introduktion av nyanställda.`, 'hr-assessment'),
  d(`Nu är det dags att boka medarbetarsamtal – mallen finns i Medarbetarportalen.`),
  d(`Skriftlig varning har i dag delgetts Patrik Holm efter upprepade sena ankomster och ett otrevligt bemötande av en brukare den 2/11.`, 'hr-assessment'),
  d(`Honestly Jenny's been doing a great job with the migration, but she misses every deadline I give her. Worth raising in her review?`, 'hr-assessment'),
  d(`Chefsutbildning: Att hantera arbetsrättsliga frågor – varningar, omplacering och uppsägning av personliga skäl.`),
  d(`Hej Lena! Alva fick E på provet i matematik, hon behöver lite extra stöd inför nästa. Hör av dig om ni vill ses. /Jonas, mentor`, 'grades'),
  d(`Betygssättning sker vecka 23, lärarna lämnar in betygen i Schoolsoft senast 7 juni.`),
  d(`Omar har 34 % frånvaro i svenska den här terminen, varav det mesta ogiltig. Vi behöver ett möte med vårdnadshavarna.`, 'grades'),
  d(`Skolans genomsnittliga meritvärde steg till 231 i år, tack alla för ert arbete!`),
  d(`Grattis till ditt A i Historia 2a, Tilde! Fin uppsats om 1600-talet.`, 'grades'),
  d(`Mentorstid flyttas till fredag p.g.a. studiedagen.`),
  d(`Vi ses på Kommunals medlemsmöte ikväll? Jag är ju ombud nu så jag måste dit 😅`, 'trade-union'),
  d(`Vision bjuder på frukost för alla medlemmar på torsdag kl 8 i kafeterian.`),
  d(`Hej! Ulrika Sjöberg är facklig förtroendeperson för Vårdförbundet på avdelning 12 och deltar därför i förhandlingen.`, 'trade-union'),
  d(`MBL-förhandling om ny organisation på IT-avdelningen hålls 9/12. Kallelse har gått ut till de fackliga organisationerna.`),
  d(`Btw I joined Unionen last week after everything with the restructuring, so I'll bring their rep to the meeting.`, 'trade-union'),
  d(`Jag hoppar över julbordet – jag är muslim och äter inte fläsk eller dricker alkohol, så det blir mest sallad för mig. Hoppas ingen tar illa upp!`, 'religion'),
  d(`Påminnelse: Lucia firas i kyrkan 13/12 kl 8, skolan går dit tillsammans. Den som inte vill delta får alternativ aktivitet.`),
  d(`Ahmed vill ha ledigt fredag eftermiddag för fredagsbönen – går det att lösa med schemat?`, 'religion'),
  d(`Hennes familj är aktiva i Jehovas vittnen, så hon kommer inte delta i födelsedagsfirandet på fritids.`, 'religion'),
  d(`Tema för veckan: världsreligioner. Åk 5 besöker moskén och synagogan.`),
  d(`Han är same och har renskötsel med familjen i Jokkmokk, så vi behöver anpassa praktikperioden efter kalvmärkningen.`, 'ethnic-origin'),
  d(`Samiska nationaldagen 6 februari – flaggan hissas vid kommunhuset.`),
  d(`Eleven är rom och vårdnadshavaren har bett om kontakt med skolans romska brobyggare.`, 'ethnic-origin'),
  d(`Sverigefinska veckan: vi bjuder på pulla och kaffe i biblioteket.`),
  d(`Note from the interview: candidate is originally from Eritrea, came to Sweden in 2014, fluent in Tigrinya and Arabic.`, 'ethnic-origin'),
  d(`Stefan har ju en plats i fullmäktige för Vänsterpartiet, så han jävar sig nog i den frågan.`, 'political-opinion'),
  d(`Valnämnden söker röstmottagare till valet 2026. Anmälan via kommunens webb.`),
  d(`Mellan oss: Camilla röstade på SD förra valet, hon sa det själv på fikat. Jag vet inte vad jag ska tycka.`, 'political-opinion'),
  d(`Politiska partier får inte dela ut material i skolans lokaler utan rektors tillstånd.`),
  d(`Svaret på din begäran om allmän handling: uppgifterna omfattas av sekretess enligt 26 kap. 1 § OSL och lämnas därför inte ut.`, 'secrecy'),
  d(`Påminnelse om kursen "Sekretess och tystnadsplikt i vården" – obligatorisk för nyanställda.`),
  d(`Bifogat utdrag ur belastningsregistret för Robin Ek visar en dom för ringa narkotikabrott 2023.`, 'criminal-record'),
  d(`Alla som arbetar med barn ska lämna utdrag ur belastningsregistret innan anställning. Beställ på polisen.se.`),
  d(`Hej, hyresgästen i trean på Storgatan 8 polisanmäldes i går för skadegörelse i tvättstugan enligt grannen.`, 'criminal-record'),
  d(`Mamman har skyddad identitet – skicka INGA brev hem, all post går via Skatteverkets förmedling.`, 'protected-identity'),
  d(`Vad gäller om en elev har skyddade personuppgifter? Finns det en rutin för klasslistor?`),
  d(`Vi har fått en ny fingeravtrycksläsare i tidsstämplingen. Registrering av era fingeravtryck sker hos Kim på måndag.`),
  d(`Hej, provsvaret har kommit: Johanna är bärare av anlag för cystisk fibros. Genetiska vägledningen kontaktar henne för samtal om syskonen.`, 'genetic', 'health'),
  d(`Regionen erbjuder nu genetisk vägledning via videobesök – information finns på 1177.`),
  d(`The BRCA2 test came back positive for Helen, so her sister has been offered screening too.`, 'genetic', 'health'),
  d(`I familjen Lundqvist finns ärftlig Huntingtons sjukdom på pappans sida – sonen har valt att inte testa sig än.`, 'genetic', 'health'),
  d(`Seminarium om DNA-analys och etik inom biobanksforskning, 18 mars, anmälan till FoU-enheten.`),
  d(`Anteckning: Pat. genomgått släktutredning, DNA-analysen visade en mutation i MLH1 (Lynch syndrom). Koloskopi varje år framöver.`, 'genetic', 'health'),
  d(`Passerkort med ansiktsigenkänning – projektet pausas tills DPIA:n är klar.`),
  d(`Tidkortssystemet har sparat Ronnys fingeravtryck två gånger och nu kommer han inte in genom entrén. Kan någon radera hans mall och registrera om?`, 'biometric'),
  d(`Polisen har säkrat fingeravtryck från den misstänkte vid inbrottet på fritidsgården och matchat dem mot registret – det var en 17-åring från området.`, 'biometric', 'criminal-record'),
  d(`Hi, the iris scan enrolment for Dr. Okafor failed twice at the lab entrance – can security redo it before Monday?`, 'biometric'),
  d(`Röstinspelningen av Berit Å. används som röstavtryck för inloggning i telefonbanken – hon vill nu att den raderas.`, 'biometric'),
  d(`Ny rutin: personalens ansiktsbilder får inte användas för automatisk igenkänning i kamerasystemet.`),
  d(`Nils har berättat för mig att han är gay men han vill inte att resten av arbetslaget får veta än. Snälla håll det för dig själv.`, 'sex-life'),
  d(`Pride-tåget går genom centrum 2 augusti, kommunen deltar med eget ekipage. Vill du gå med?`),
  d(`Eleven har kommit ut som transkille och vill kallas Leo från och med nu. Kan du uppdatera namnet i klasslistan?`, 'sex-life'),
  d(`HBTQ-certifiering av ungdomsmottagningen – utbildningsdag 2 hela personalgruppen.`),
  d(`Klienten berättar att hon har sex mot ersättning för att klara hyran och att det pågått sedan i våras.`, 'sex-life', 'social'),
  d(`Mellan oss – Kristoffer och Amir i ekonomi är ihop sen i somras, därför vill de inte sitta i samma projekt.`, 'sex-life'),
  d(`Obs! Barnet har skyddade personuppgifter (sekretessmarkering). Adressen får inte stå på anmälningslistan till lägret.`, 'protected-identity'),
  d(`Hej, jag har kvarskrivning i Umeå men bor inte där längre, så skicka kallelsen via min handläggare i stället.`, 'protected-identity'),
  d(`Skatteverket: Information om skyddade personuppgifter för dig som arbetar i offentlig sektor (webbinarium 4/2).`),
  d(`Personalen på avd. 3 har fått fingerade personuppgifter för patienten i rum 12. Använd endast namnet i journalen.`, 'protected-identity', 'health'),
  d(`FYI the new hire has a protected identity (skyddad folkbokföring) – don't put her photo or name on the website.`, 'protected-identity'),
  d(`Sekretessbelagd handling enligt 21 kap. 1 § OSL – läkarintyget för Ingrid Bäck ska förvaras i låst skåp hos HR.`, 'secrecy', 'health'),
  d(`Utredningen om Felicia omfattas av sekretess enligt 26 kap. 1 § OSL och får inte lämnas ut till pappan.`, 'secrecy', 'social'),
  d(`Hur sekretessprövar man en begäran om allmän handling? Finns det en checklista?`),
  d(`Detta meddelande kan innehålla sekretessbelagd information. Om du fått det av misstag, radera det och meddela avsändaren.`),
  d(`Handlingen har sekretessprövats: uppgifter om klientens missbruk och placering är maskade, övrigt lämnas ut.`, 'secrecy', 'social'),
  d(`Han satt inne två år för grov misshandel och blev villkorligt frigiven i augusti, frivården har kontakt.`, 'criminal-record'),
  d(`Ny lag om kontroll av belastningsregister vid anställning i LSS-verksamhet, se bifogad PM.`),
  d(`Re: sökande till tjänsten – har Martin Öhman lämnat in sitt utdrag ur belastningsregistret än? Vi kan inte skriva avtal innan.`),
  d(`Klienten är misstänkt för ringa stöld från ICA i juni, förhör hålls nästa vecka enligt polisen.`, 'criminal-record'),
  d(`Quick update: the contractor we let go last month was convicted of fraud yesterday – 10 months.`, 'criminal-record'),
  d(`Polisen bjuder in till trygghetsvandring i Öster 20/11. Alla välkomna.`),
  d(`Kan du ringa Maria om LSS-ansökan? Hon undrar om kontaktpersonen för hennes son med autism blir beviljad innan sommaren.`, 'social', 'health'),
  d(`Ny blankett för ansökan om bistånd enligt SoL finns nu på webben.`),
  d(`LVM-utredning inledd gällande Jörgen B efter tre anmälningar om hans alkoholmissbruk. Läkarintyg begärs.`, 'social', 'health'),
  d(`Hemtjänstens julfika är flyttad till 18/12.`),
  d(`Vi har beviljat Sofia boendestöd fyra timmar i veckan fr.o.m. 1 jan.`, 'social'),
  d(`Tjenare, använd mitt konto i Procapita tills du får eget: login kaja01 lösen Blåbär!55`, 'credentials'),
  d(`Koden till nyckelskåpet på hemtjänstkontoret är 2-8-0-5.`, 'credentials'),
  d(`API-nyckeln till SMS-tjänsten: sk_live_9f2KqT7vXe31nBw0Zr4 – lägg den i valvet, inte i repot!`, 'credentials'),
  d(`Om du glömt ditt lösenord, klicka på "Glömt lösenord" i inloggningsrutan.`),
  d(`Dörrkoden byts varje månad, den nya koden får du av din chef.`),
  d(`BankID-koden fungerar inte för mig, vad gör jag?`),
  d(`Hej Annelie, din nya lön blir 31 450 kr från 1/4. Hälsningar Löneenheten`, 'salary'),
  d(`Vad ska jag begära i lön som undersköterska? Vet någon vad som är rimligt här?`),
  d(`Tobias har fått 4 % påslag efter att han tog över som teamledare, dvs ca 1 600 kr mer i månaden.`, 'salary'),
  d(`Lönestatistik för kvinnor och män i kommunen presenteras på personalutskottet i maj.`),
  d(`RE: löneutbetalning – sorry, din nov-lön har gått till ditt gamla konto. Vi gör en manuell utbetalning till SEB 5209-10 456 33 i dag.`, 'bank-account'),
  d(`Hej! Kontonummer till mig för arvodet: Handelsbanken 6152 812 345 678. Mvh Gunnel, kontaktfamilj`, 'bank-account'),
  d(`Swisha inte till privatpersoner via jobbtelefonen!`),
  d(`Kan du skicka ditt kontonummer så betalar jag tillbaka för bussbiljetten?`),
  d(`Visa 4746 3416 9750 1210, exp 03/29, kod på baksidan 742 – namn på kortet: Eva M. Lind`, 'payment-card'),
  d(`Betalkortet är spärrat, nytt kort skickas inom 5 arbetsdagar.`),
  d(`please charge the registration to my amex 3737 411506 71293, exp 05/28, cid 2210. – Sean`, 'payment-card'),
  d(`Kort som slutar på 4327 har debiterats 1 250 kr för kursavgiften.`),
  d(`Efter samtalet med Jimmy idag: han håller inte med om bedömningen att han brustit i samarbetet med kollegorna, men vi är överens om en handlingsplan med uppföljning var fjärde vecka.`, 'hr-assessment'),
  d(`Påminnelse: lönesamtal ska vara genomförda innan 31 mars, dokumentera i HR-systemet.`),
  d(`Resultat DISC-test: Fredrik – dominant/röd profil, låg på stabilitet. Passar kanske inte i kundtjänst.`, 'hr-assessment'),
  d(`Hej alla, vi kör workshop om feedbackkultur 10 feb 13–16.`),
  d(`Hampus har IG i idrott pga att han saknar underlag – 7 av 12 lektioner frånvarande.`, 'grades'),
  d(`Provet i kemi skrivs på torsdag, lektionssal B204.`),
  d(`Hi Mrs Karlsson, Noah got 14/30 on the English test, so we'll give him a retake in two weeks.`, 'grades'),
  d(`Alla elever i åk 9 ska göra nationella prov i svenska vecka 11.`),
  d(`Resultat NP matte åk 6: Wilma – E, Vincent – C, Ella – A. Skickar resten imorgon.`, 'grades'),
  d(`Hej Stina, vi har delat ut medlemsblad från Lärarförbundet – du har ju varit medlem länge, vill du ta en bunt till lärarrummet?`, 'trade-union'),
  d(`ST:s lokala klubb håller årsmöte 22 mars, alla medlemmar välkomna.`),
  d(`Gustav har gått ur Kommunal och gått med i Vision efter befordran, kan du meddela lön så rätt avgift dras?`, 'trade-union'),
  d(`Min bror är aktiv i Miljöpartiet och kandiderar till regionfullmäktige, därför har jag anmält jäv.`, 'political-opinion'),
  d(`Alla medarbetare har rätt att engagera sig politiskt på fritiden enligt grundlagen.`),
  d(`He's been handing out leaflets for Kristdemokraterna outside the school, some parents have complained.`, 'political-opinion'),
  d(`Vi ska fira chanukka hemma så Ruben är ledig på onsdag eftermiddag, han ber om ursäkt för kort varsel.`, 'religion'),
  d(`Fastemånaden börjar i mars – hur tänker vi kring lunchschemat för de som fastar?`),
  d(`Klienten uppger att hon konverterat till kristendomen och därför riskerar förföljelse om hon utvisas.`, 'religion'),
  d(`Pappan är från Somalia och pratar inte svenska, så vi bokar tolk till mötet.`, 'ethnic-origin'),
  d(`Tolkservice: beställ tolk senast två arbetsdagar innan besöket.`),
  d(`Farmor var tornedaling och hon talar meänkieli med barnbarnen – skolan har erbjudit modersmålsundervisning.`, 'ethnic-origin'),
  d(`Minoritetsspråk i förskolan – ny handlingsplan antagen av barn- och utbildningsnämnden.`),
  d(`Ämne: Ang. Lena S – sjukintyg from dag 15 har kommit, diagnos F32.1. Skickar kopia till FK idag.`, 'health'),
  d(`Sjukfrånvaron på förvaltningen var 6,8 % i oktober, högst inom äldreomsorgen.`),
  d(`Kan vi boka in ett möte med företagshälsovården om hur vi jobbar förebyggande med stress i arbetsgruppen?`),
  d(`Hej! Jag har fått ett positivt graviditetstest och ville att du som chef skulle veta innan jag berättar för gruppen 🙂`, 'health'),
  d(`Sorry for the late reply – I was at the ER with a kidney stone all night. Will be back Thursday hopefully.`, 'health'),
  d(`Skyddsombudet vill gå en skyddsrond på köket innan jul, passar tisdag?`),
  d(`Påminnelse om ditt besök på vårdcentralen Lindgården den 4/12 kl 09:20. Välkommen!`),
  d(`pappa fick en stroke i helgen så jag tar ut närståendepenning resten av veckan`, 'health'),
  d(`Oroar mig för Kalle på lagret, han luktar sprit varje måndag nu och har varit borta fyra måndagar i rad.`, 'health'),
  d(`Beslut om fortsatt placering på HVB-hem för Amina, 15 år, enligt SoL. Nästa övervägande om sex månader.`, 'social'),
  d(`Familjebehandlarna har handledning varannan torsdag, lokal Kvarnen.`),
  d(`Socialsekreteraren har varit på hembesök hos familjen Nilsson, barnen verkade må bra men kylskåpet var tomt.`, 'social'),
  d(`Please note: the statistics on placements under LVU are published yearly by Socialstyrelsen.`),
  d(`Hej, min mamma har ansökt om särskilt boende men fått avslag – kan man överklaga själv?`, 'social'),
  d(`Temp-lösen för Liams konto: Vinter#8821. Han får byta vid första login.`, 'credentials'),
  d(`Lösenordspolicy: minst 14 tecken, byts inte regelbundet men vid misstanke om intrång.`),
  d(`Hi Alex, the admin login for the booking system is admin / Ka7!mp2026 – please don't forward it.`, 'credentials'),
  d(`Alla ska ha bytt sin pinkod till skrivarna senast fredag.`),
  d(`PIN till jobbmobilen är 7391 om du behöver låna den över helgen.`, 'credentials'),
  d(`Lön Margareta Hjort, samordnare: 36 900 kr, tillägg 1 200 kr för helgtjänstgöring.`, 'salary'),
  d(`Vad blir lönen för en timanställd vikarie i förskolan? Behöver det till budgeten.`),
  d(`Sorry to bring it up, but my salary is still 34 000 SEK even though I was promised 37 000 after probation.`, 'salary'),
  d(`Nya löner betalas ut med retroaktivitet i juni.`),
  d(`Hej, Karins lönetillägg på 800 kr för ansvar för praktikanterna har fallit bort i november, kan ni rätta?`, 'salary'),
  d(`Arvodet till gode man Per-Olof betalas till hans konto i Länsförsäkringar, 9020 33 915 46.`, 'bank-account'),
  d(`Please find our company details on the invoice; payment within 30 days to the bankgiro stated.`),
  d(`hej! mitt nya kontonr är ICA Banken 9272-0019 773 51, kan ni ändra till nästa utbetalning?`, 'bank-account'),
  d(`Var hittar jag blanketten för att ändra mitt lönekonto?`),
  d(`Mastercard 5477 2635 1405 4508 utg. 09/27, säkerhetskod 118 – detta är privata kortet, debitera konferensen hit och jag gör reseräkning.`, 'payment-card'),
  d(`Du får inte spara kortuppgifter i ärendesystemet. Maska alltid kortnummer utom de fyra sista siffrorna.`),
  d(`Thanks for booking! Your card 4104 7593 6428 0089 (exp 12/26) has been charged 2 450 SEK. Ref: BK-33107.`, 'payment-card'),
  d(`Uppföljning provanställning, Oscar: punktlig och noggrann, men har vid två tillfällen inte följt rutinen för läkemedelsöverlämning. Rekommendation: förlängd provanställning tre månader.`, 'hr-assessment'),
  d(`Mall för utvecklingssamtal 2027 bifogas. Använd den nya, den gamla har fel frågor om kompetensutveckling.`),
  d(`She was rated "exceeds expectations" in every area of last year's review, I don't understand why she's not getting the lead role.`, 'hr-assessment'),
  d(`Vi har fått klagomål från tre föräldrar på Annikas bemötande och kommer att ha ett allvarligt samtal med henne på fredag.`, 'hr-assessment'),
  d(`Ledarskapsprogrammet startar i februari, intresseanmälan via chefsportalen.`),
  d(`Hej Johan! Ibrahim har fått F i engelska den här terminen, men vi har satt in studiehandledning så han kan plussa i januari.`, 'grades'),
  d(`Frånvarorapporten för vecka 47: 12 elever med mer än 10 % frånvaro.`),
  d(`Kära vårdnadshavare, Elsa har varit frånvarande utan anmälan tre dagar den här veckan. Hör av er till mig. /Mentor Karin`, 'grades'),
  d(`Föräldramöte för åk 8 hålls den 5/10 i matsalen.`),
  d(`Transcript request for student Lucas Berg: Swedish 3 – B, Mathematics 4 – C, Physics 2 – A.`, 'grades'),
  d(`Hej! Birgitta går i pension nästa år men vill vara kvar i Kommunals styrelse som vice ordf, vet du om det går?`, 'trade-union'),
  d(`SACO-förbunden har lämnat sina yrkanden inför löneöversynen.`),
  d(`Hon gick ur Kommunal i våras, så hon får förhandla själv om omplaceringen.`, 'trade-union'),
  d(`Just so you know, Diego is the Vision safety rep on our floor and will attend the restructuring meeting.`, 'trade-union'),
  d(`Fackliga representanter deltar i samverkansgruppen enligt avtalet.`),
  d(`Ordförande i lokala Sveriges Lärare-föreningen är Karin Nyman, kontakta henne om du vill bli medlem.`, 'trade-union'),
  d(`Föräldrarna till Tuva (ärftlig muskelsjukdom) har fått genetisk utredning som visar att lillebror inte bär på anlaget.`, 'genetic', 'health'),
  d(`Klinisk genetik har nya telefontider: mån–tors 9–11.`),
  d(`Can we add a note to the file that her father has familial hypercholesterolaemia confirmed by genetic test? Relevant for the school nurse.`, 'genetic', 'health'),
  d(`Faderskapsutredning med DNA-test pågår, svar väntas i januari. Mamman uppger att pappan är Daniel K.`, 'genetic', 'social'),
  d(`DNA-provet från platsen matchade den misstänktes DNA-profil i polisens register.`, 'biometric', 'criminal-record'),
  d(`Biometriska uppgifter är känsliga personuppgifter enligt GDPR artikel 9.`),
  d(`Hej, kan du ta bort Lovisas ansiktsmall ur inpasseringen nu när hon har slutat?`, 'biometric'),
  d(`The new phones unlock with fingerprint, remember to register at least two fingers.`),
  d(`Mina fingeravtryck fungerar inte i stämpelklockan efter brännskadan, kan jag få en kod i stället?`, 'biometric', 'health'),
  d(`Hej Ann, ville bara säga att Tess är lesbisk och har en fru, så det är två mammor som kommer på utvecklingssamtalet 😊`, 'sex-life'),
  d(`Pojken har berättat för kuratorn att han har haft sex med en vuxen man som han träffat på nätet. Orosanmälan görs idag.`, 'sex-life', 'social', 'criminal-record'),
  d(`Sex- och samlevnadsundervisning åk 7 – vecka 12, föräldrainformation skickas ut.`),
  d(`He told me in confidence that he's bisexual, please don't mention it in the team.`, 'sex-life'),
  d(`Nya könsneutrala omklädningsrum öppnar på Västerskolan efter jul.`),
  d(`Personen har sekretessmarkering i folkbokföringen – kontakta alltid Skatteverket innan något skickas.`, 'protected-identity'),
  d(`Eleven Sara i 4A har skyddad folkbokföring, hennes bild får inte publiceras i skolkatalogen.`, 'protected-identity'),
  d(`Checklista för handläggning av ärenden med skyddade personuppgifter, uppdaterad 2026.`),
  d(`Vår nya kollega Jonna har kvarskrivning – får vi lägga ut hennes namn på personalsidan?`, 'protected-identity'),
  d(`Uppgifterna om Lars hälsotillstånd omfattas av sekretess enligt 25 kap. 1 § OSL.`, 'secrecy'),
  d(`Begäran om handlingar rörande placeringen av Hanna avslås med hänvisning till 26 kap. 1 § OSL.`, 'secrecy', 'social'),
  d(`Nämnden beslutade att sekretessfrågor ska hanteras av registrator.`),
  d(`Ordförandens protokollsutdrag: sekretessbelagd bilaga om enskild individ lämnas ut till den registrerade själv.`),
  d(`Han dömdes för rattfylla 2024 och har fortfarande körkortsindragning, så han kan inte köra hemtjänstbilen.`, 'criminal-record'),
  d(`Kursen "Brottsofferstöd för socialsekreterare" startar i februari.`),
  d(`Pappan dömdes i somras för olaga hot mot barnets mamma och har kontaktförbud sedan augusti.`, 'criminal-record'),
  d(`Re: granne – mannen i lgh 4 är anhållen misstänkt för narkotikabrott enligt polisen som var här i morse.`, 'criminal-record'),
  d(`Vår nya kollega Mehmet är kurd från Turkiet och kan hjälpa till med tolkning i Sorani och Kurmanji.`, 'ethnic-origin'),
  d(`Hi Anna, as a Sámi herder's daughter Elin has a special interest in the reindeer-husbandry project, I suggest she leads the fieldwork.`, 'ethnic-origin'),
  d(`Vi har nationella minoriteter i kommunen och ska ta fram ett samråd med sverigefinska föreningen.`),
  d(`Den sökande beskrev sig själv som romsk resande och uppgav att hon blivit nekad lägenhet på grund av det.`, 'ethnic-origin'),
  d(`Hon är aktiv i Feministiskt initiativ och har skrivit debattartiklar om kommunens budget.`, 'political-opinion'),
  d(`Röstsedlar för samtliga partier ska finnas i valsedelsställen – kontrollera före öppning.`),
  d(`Jan-Erik har suttit i nämnden för Moderaterna sen 2018, han är ju ordförande där nu.`, 'political-opinion'),
  d(`Hej! Kan vi flytta mötet med Yasmin? Hon är ortodox judinna och kan inte arbeta efter solnedgång på fredagar.`, 'religion'),
  d(`Kyrkoherden inbjuder till adventsgudstjänst för personal och boende på Solgården.`),
  d(`The family are practising Hindus and have asked that the boy is served vegetarian meals at school.`, 'religion'),
  d(`Kollegan i receptionen bär slöja och har fått kommentarer från en besökare – jag tycker vi borde agera.`, 'religion'),
  d(`Jag var med i Livets Ord i tio år innan jag lämnade, så jag vill helst inte ta de här ärendena om frikyrkan.`, 'religion'),
  d(`Det finns ett tyst rum på plan 2 för bön och meditation, öppet för alla.`),
  d(`Han är med i Sveriges muslimska förbund och ville ha ledigt för eid, beviljat.`, 'religion'),
  d(`Omar har varit ledamot i SSU och skriver nu partiprogrammet för Socialdemokraterna lokalt – vill du verkligen ha honom i styrgruppen?`, 'political-opinion'),
  d(`Partistöd betalas ut i januari enligt fullmäktiges beslut.`),
  d(`Hon deltog i Extinction Rebellion-blockaden vid riksdagen och greps, det har stått i lokaltidningen.`, 'political-opinion', 'criminal-record'),
  d(`Lars skrev på FB att han kommer rösta på Liberalerna, men det är ju hans privatsak.`, 'political-opinion'),
  d(`Debatt om kommunens klimatpolitik – öppet möte i stadshuset, alla partier medverkar.`),
  d(`fyi Vivianne is a Centre Party member and sits on the regional board, so she may have a conflict of interest here`, 'political-opinion'),
  d(`Föräldern har uppgett att han är assyrier/syrian från Irak, så vi erbjuder modersmål i assyriska.`, 'ethnic-origin'),
  d(`Statistik över utrikes födda i kommunen finns i SCB:s databas.`),
  d(`Min mormor var judinna från Ungern, så jag läser gärna högt på Förintelsens minnesdag.`, 'ethnic-origin', 'religion'),
  d(`Sekretess enligt 23 kap. 2 § OSL gäller för uppgifterna om elevens stödbehov i bifogat åtgärdsprogram för Vera.`, 'secrecy'),
  d(`Hej, vi får inte lämna ut något om henne – uppgifterna omfattas av sekretess. Hänvisa pappan till socialtjänsten.`, 'secrecy'),
  d(`Note: the attached report on the employee's rehabilitation is classified under 39 kap. 3 § OSL and must not be shared outside HR.`, 'secrecy', 'health'),
  d(`Vad säger OSL om att lämna ut uppgifter till polisen? Vill ha en generell genomgång på APT.`),
  d(`Protokollet från individutskottet 12/11 är sekretessprövat; paragraferna om Anton och Mira är helt maskade.`, 'secrecy', 'social'),
  d(`Kom ihåg att skriva "omfattas av sekretess" i ämnesraden om du skickar något känsligt via den krypterade tjänsten.`),
  d(`Får jag skicka det här till dig också: 5220 7768 9572 7368, 02/28, 660? Det är Johans kort för kursen, han är sjukskriven och kan inte boka själv.`, 'payment-card', 'health'),
  d(`Leverantören accepterar Visa och Mastercard, faktura endast över 10 000 kr.`),
  d(`Card no. 4960 5782 8819 7911 – expiry 10/27 – CVV 583. Cardholder: Laura Pettersson. Please book the Oslo train.`, 'payment-card'),
  d(`Kunden läste upp kortnumret i telefon: 5510 0687 6735 7246, giltigt till 06/28. Kvittot mejlas till henne.`, 'payment-card'),
  d(`Varför drogs det 499 kr från mitt kort för parkeringstillståndet två gånger?`),
  d(`Amex 3498 897761 52718 exp 01/29 – använd för hotellet åt Peter, han har inget eget kort än.`, 'payment-card'),
  d(`Utbetalningen av övertid till Göran, 4 380 kr för oktober, går till hans Swedbank-konto 8105-9 934 221 567-0.`, 'bank-account', 'salary'),
  d(`Bankkontonummer till föreningen finns i årsredovisningen.`),
  d(`IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX – reimbursement for Klaus's travel to the Hamburg conference.`, 'bank-account'),
  d(`Försörjningsstödet för december har betalats ut till klientens konto i Nordea (clearing 3300, kontonr 750 61 22 48).`, 'social', 'bank-account'),
  d(`Hej, jag har fått min lönespec och det står 27 850 kr brutto – ska inte OB för nyårsafton finnas med?`, 'salary'),
  d(`Medianlönen för socialsekreterare i länet var 39 100 kr enligt förra årets statistik.`),
  d(`Dumt kanske att fråga men vad har du i lön? Jag har 29 400 och funderar på att byta jobb.`, 'salary'),
  d(`Friskvårdsbidraget höjs till 3 000 kr per år för alla medarbetare.`),
  d(`Familjens genetiska utredning: Mamman och två av barnen bär på FMF-genen, pappan ej testad.`, 'genetic'),
  d(`Nyföddhetsscreening (PKU) görs på alla barn vid 48 timmars ålder.`),
  d(`Min bror har testats för Marfans syndrom och han har mutationen, så jag ska göra testet i vår.`, 'genetic', 'health'),
  d(`Eftersom farfar och pappa båda haft ALS har han gjort en gentest – negativt besked, vilken lättnad!`, 'genetic', 'health'),
  d(`The forensic lab has uploaded the suspect's DNA profile and fingerprints to the case file for the 4 March burglary.`, 'biometric', 'criminal-record'),
  d(`Upphandling av system för fingeravtrycksinpassering påbörjas i vår.`),
  d(`Kamerasystemet identifierade Mohammed Z. via ansiktsigenkänning när han gick in på stationen, trots att han har tillträdesförbud.`, 'biometric'),
  d(`Personalen ska registrera handflatans venmönster för inpassering till läkemedelsrummet – Jessica och Tomas är klara.`, 'biometric'),
  d(`Kan någon förklara skillnaden mellan biometrisk inloggning och BankID?`),
  d(`Klienten berättar att han är hiv-positiv och har en relation med en man som inte vet om det.`, 'health', 'sex-life'),
  d(`Information om PrEP och sexuell hälsa finns på ungdomsmottagningens hemsida.`),
  d(`Hen identifierar sig som icke-binär och vill att vi använder pronomenet hen i dokumentationen.`, 'sex-life'),
  d(`Hi – Jamie's partner is a man, just so you know for the Christmas party invites 🙂`, 'sex-life'),
  d(`Barnet bor hos mamma som har skyddad identitet; pappan får inte veta vilken skola barnet går på.`, 'protected-identity'),
  d(`Skickas med rekommenderat brev, ej till folkbokföringsadressen – mottagaren är kvarskriven på grund av hot.`, 'protected-identity'),
  d(`Handläggarträff om skyddade personuppgifter – gemensam rutin för hela regionen.`),
  d(`Karl har jobbat hos oss i tre år. I år har han varit ovanligt otrevlig mot kollegor och vi har fått två skriftliga klagomål; vi tar upp det på medarbetarsamtalet.`, 'hr-assessment'),
  d(`Personlighetstestet visade att Malin är mycket introvert och har låg stresstålighet enligt konsulten.`, 'hr-assessment'),
  d(`Tack för ett bra medarbetarsamtal, jag har bifogat min kompetensutvecklingsplan.`),
  d(`Referens: Jag var hans chef 2022–2025 och upplevde honom som opålitlig, han lämnade ofta arbetsplatsen utan att meddela.`, 'hr-assessment'),
  d(`Hej Ingela, Sixten har fått D i slöjd, han har tappat lite efter sin frånvaro i oktober.`, 'grades'),
  d(`Studieplanen för Amira: klar med Svenska 1 (C), Engelska 5 (B), kvar är Matematik 1a och Samhällskunskap 1b.`, 'grades'),
  d(`Lärarna ska ha satt terminsbetyg i alla kurser senast 12 december.`),
  d(`Your new password is: Gt8#kLp2vQ – log in within 24 hours.`, 'credentials'),
  d(`Koden till larmet på fritidsgården är 1975 och avlarmning sker med # efteråt.`, 'credentials'),
  d(`Glöm inte att låsa skärmen när du lämnar datorn!`),
  d(`Vi har bytt leverantör för tvåfaktorsinloggning, instruktioner skickas i separat mejl.`),
  d(`Tjena! Kevin är ny ombudsman på Kommunal avd Mitt, han kommer på nästa APT.`, 'trade-union'),
  d(`Hej, du som är medlem i Vårdförbundet: påminnelse om medlemsmötet i kväll.`),
  d(`Min kollega Åsa är medlem i Akademikerförbundet SSR och har bett om facklig rådgivning inför uppsägningen.`, 'trade-union'),
  d(`Kommunen har kollektivavtal med Kommunal, Vision, Vårdförbundet och Akademikerna.`),
  d(`Hej Susanne, tack för idag! Dags för tvättstugebokning – systemet är nere igen.`),
  d(`Reminder: end-of-year financial report is due 15 January. Templates on SharePoint.`),
  d(`Kan någon ta tidsrapporteringen åt mig idag? Jag sitter i möte hela dagen.`),
  d(`Hej! Glöm inte att uppdatera er adress i personalsystemet om ni flyttat.`),
  d(`Sjukvårdsrådgivningen 1177 kan kontaktas dygnet runt för råd om vård.`),
  d(`Lunchen på onsdag bjuder chefen på, vi firar att projektet gick i mål!`),
  d(`New joiners: please read the data protection policy and complete the GDPR e-learning within your first week.`),
  d(`Ärende #44821: Skrivaren på plan 3 skriver ut tomma sidor. Prioritet: låg.`),
  d(`Hej, vem har hand om semesterlistorna i år? Jag vill lägga in v. 28–31.`),
  d(`Sammanfattning av remissvar om ny äldreomsorgsplan bifogas.`),
  d(`Kan vi ta fikat i konferensrummet istället? Köket är avstängt för rengöring.`),
  d(`Nyhetsbrev december: rekordmånga ansökningar om bygglov och nytt ärendesystem för miljöförvaltningen.`),
  d(`Jag har skickat in reseräkningen för Göteborgsresan, kvitton bifogade.`),
  d(`Heads up – the building will be without hot water on Tuesday morning due to maintenance.`),
  d(`Hej! Jag vet att det är känsligt men Dragana är serbisk och Milan är kroat, så kanske inte sätta dem i samma grupp på temadagen? Fråga dem själva först.`, 'ethnic-origin'),
  d(`Ursprungsland anges i ansökan om modersmålsundervisning – obligatoriskt fält.`),
  d(`Klientens pappa är afghan och mamman iransk, barnen är födda här. Tolk på dari behövs till pappan.`, 'ethnic-origin'),
  d(`Påminnelse: webbinarium om antiziganism och romers historia i Sverige, torsdag 14.00.`),
  d(`Grattis till valet, Hanna! Skönt att ha en sosse till i kommunstyrelsen 🌹`, 'political-opinion'),
  d(`Får man ha partipolitiska pins på sig i tjänsten? Frågar för en kollega.`),
  d(`Jag är med i Vänsterpartiet men jag håller det helt utanför jobbet, lovar.`, 'political-opinion'),
  d(`Sekreteraren var på Sverigedemokraternas möte i Folkets hus igår, flera föräldrar såg honom där.`, 'political-opinion'),
  d(`Påsklovet: skolan är stängd långfredag och annandag påsk.`),
  d(`Hej Marcus, pastor Eriksson från pingstförsamlingen ringde – han vill hyra aulan för en konsert i mars.`),
  d(`Ella går i Svenska kyrkans konfirmationsgrupp och missar därför lördagsträningen i vår.`, 'religion'),
  d(`Han är ateist och vägrar delta i skolavslutningen i kyrkan, föräldrarna har begärt alternativ.`, 'religion'),
  d(`Arbetsplatsombud för Vision på plan 4: Jonatan Berg. Ring honom om du har frågor om omorganisationen.`, 'trade-union'),
  d(`Hi Ruth, as your Unionen rep I'll join you at the meeting with HR on Friday.`, 'trade-union'),
  d(`Visste du att medlemskap i a-kassa och fack är två olika saker?`),
  d(`Centrala förhandlingar mellan SKR och Vision har avslutats utan avtal.`),
  d(`Vi har fått svar från labbet: sonen har Fragile X-syndrom, samma mutation som morbror Per. Vi behöver prata om vad det betyder i skolan.`, 'genetic', 'health'),
  d(`Anlagsbärartest erbjuds alla par som planerar graviditet – se patientinformationen.`),
  d(`Genetic testing results for the Andersson siblings: both heterozygous for HFE C282Y (hemochromatosis carriers).`, 'genetic'),
  d(`Kommunens nya passkontor använder ansiktsfoto och fingeravtryck enligt EU-reglerna.`),
  d(`Hej, jag har lämnat mina fingeravtryck till Migrationsverket för uppehållstillståndet, nu undrar jag hur länge de sparas?`, 'biometric'),
  d(`Rösten på inspelningen har jämförts med Björn Tellis röstprofil och matchar enligt NFC:s analys.`, 'biometric', 'criminal-record'),
  d(`Ta bort mitt ansikte ur ansiktsigenkänningen på gymmet, jag har sagt upp medlemskapet. /Petra Holm`, 'biometric'),
  d(`Vi fick veta att hennes sambo är en kvinna – hon har aldrig sagt något själv, så håll det för er.`, 'sex-life'),
  d(`Klienten uppger att han utsatts för sexuella övergrepp av styvpappan 2019 och lider av PTSD sedan dess.`, 'sex-life', 'health', 'criminal-record'),
  d(`Regnbågsflaggan hissas under Pride-veckan vid alla kommunala byggnader.`),
  d(`The patient is transgender and has started hormone treatment – please use her chosen name Mia in all communication.`, 'sex-life', 'health'),
  d(`Vi har en ny vikarie med skyddade personuppgifter – lägg inte upp henne i det externa schemat.`, 'protected-identity'),
  d(`Fingerade personuppgifter har beviljats för Nora och barnen, kontakta Skatteverket vid frågor om hennes gamla identitet.`, 'protected-identity'),
  d(`Vad är skillnaden mellan sekretessmarkering och kvarskrivning? Vill förklara för nya handläggare.`),
  d(`Socialtjänstens journalanteckningar om Lukas omfattas av sekretess och lämnas inte ut till skolan.`, 'secrecy', 'social'),
  d(`Re: utlämnande – kopian på polisanmälan mot Rikard är sekretessprövad och delvis maskad enligt 35 kap. 1 § OSL.`, 'secrecy', 'criminal-record'),
  d(`OSL-utbildning för registratorer: 35 kap., 26 kap. och 25 kap. i praktiken.`),
  d(`Sekretess gäller enligt 21 kap. 7 § OSL för uppgifter som behandlas i strid med GDPR – finns det någon prejudikat?`),
  d(`Vi fick en polisanmälan om våld på fritidsgården i fredags – ingen misstänkt än.`),
  d(`Han avtjänar ett fängelsestraff på Kumla och har permission i juli enligt Kriminalvården.`, 'criminal-record'),
  d(`Jenny påminde oss om att vi ska skicka lönelistan till ekonomi senast den 10:e.`),
  d(`Hej, jag har fått 2 600 kr i engångsbelopp för arbetet med julmarknaden – är det skattepliktigt?`, 'salary'),
  d(`Rekommendation från chef: höj Dilans lön till 33 500 kr, hon har tagit ansvar som samordnare sedan i augusti.`, 'salary'),
  d(`Utbetalning av reseersättning till Mikaela: Danske Bank 1202 089 456 33.`, 'bank-account'),
  d(`Hej, har ni rätt kontonummer till mig? Jag har bytt till Skandiabanken: 9150 071 334 528.`, 'bank-account'),
  d(`Kontoutdrag för skolans kiosk ska lämnas till kassören varje månadsslut.`),
  d(`Hej! Skicka kortuppgifterna för kommunkortet till Jessica, hon har fått ett nytt. Nej, inte via mejl!`),
  d(`Kundens Visa 4987 5263 5005 1861 (exp 04/27) användes vid köpet, bedrägerimisstanke – kortet spärrat.`, 'payment-card'),
  d(`MC 5132 6275 8200 1632 exp 12/28 cvc 094 — det är mitt, kör!`, 'payment-card'),
  d(`Notes from the 1:1 with Daniel: strong technical work, but he interrupts colleagues in meetings and was late with both quarterly reports. Agreed to follow up in six weeks.`, 'hr-assessment'),
  d(`Feedback efter introduktionsperioden: Rebecka har snabbt lärt sig journalsystemet och är omtyckt av de boende.`, 'hr-assessment'),
  d(`Sammanställning av medarbetarenkäten: 78 % trivs bra eller mycket bra.`),
  d(`Frånvaron för Liam i v. 44–46: 9 lektioner ogiltig, 4 sjuk.`, 'grades'),
  d(`Din son William fick 41 av 50 poäng på geografiprovet, bra jobbat! /Lärarlaget åk 7`, 'grades'),
  d(`Betygskriterierna för Matematik 1c finns på Skolverkets webb.`),
  d(`Hej, jag loggar in på Kivra med min BankID men den hänger sig – vet ni något?`),
  d(`Lånedatorn: användarnamn elev-lab12, lösen Skolan123 – sitter på lappen under datorn också.`, 'credentials'),
  d(`Koden till personalingången är ändrad, fråga Gunilla på expeditionen.`),
  d(`Wifi-nätverket "Gäst" kräver ingen kod längre.`),
  d(`SMS-kod för inloggning i Treserva: 449 021 – skickar den till dig eftersom min telefon är här.`, 'credentials'),
  d(`Patienten i rum 4 ska vara fastande inför gastroskopi imorgon, ingen frukost.`, 'health'),
  d(`Gastroskopi-mottagningen har nya öppettider från januari.`),
  d(`Bifogar kallelse till årets hälsoundersökning för all personal som arbetar natt.`),
  d(`Tyvärr kommer jag inte på kursen, min dotter har brutit armen och vi ska på akuten.`, 'health'),
  d(`Hi all, just a heads-up that I'll be working from home this week – my doctor put me on antibiotics for a sinus infection and told me to stay away from the office.`, 'health'),
  d(`Reminder: the occupational health service offers free flu shots for all staff until 15 December.`),
  d(`Re: leave request
Approved. Hope your wife's delivery goes well – take the parental leave days you need. /Mats`, 'health'),
  d(`Could you send me the sick-leave policy in English? I'm new and don't read Swedish yet.`),
  d(`Her son has ADHD and an LSS decision for a support person twice a week, so pick-up times may vary.`, 'health', 'social'),
  d(`The social services team is recruiting two caseworkers for child welfare investigations. Swedish required.`),
  d(`We've filed a report of concern (orosanmälan) about the twins in class 2C after what the girl said today.`, 'social'),
  d(`FYI: the municipality's income support rules change in January – updated guidance attached.`),
  d(`Wi-Fi for the workshop: network Kuvert-Lab, password R3ndez-vous!77`, 'credentials'),
  d(`Never share your password, not even with IT support. We will never ask for it.`),
  d(`Here's the VPN login for the consultant: user ext_jmorris, pass Tx93!qa-Lm (expires Friday).`, 'credentials'),
  d(`Salary review outcome: Aisha – 44 200 SEK (+3.1 %), Ben – 39 800 SEK (+2.4 %). Please inform them before Friday.`, 'salary'),
  d(`Pay day this month is 24 December because of the holidays.`),
  d(`Can you ask payroll why my November pay was only 21 300 SEK after tax? I worked all the overtime shifts.`, 'salary'),
  d(`Please update my bank details for salary payments: clearing 5358, account 0 221 478 91 (SEB). Thanks, Olga`, 'bank-account'),
  d(`Our supplier changed bank; please verify any account change by phone before paying – fraud attempts are common.`),
  d(`Card details for the speaker's hotel: Visa 4106 4187 0243 5750, exp 07/27, CVV 286, name Dr. R. Mensah.`, 'payment-card'),
  d(`We only accept card payments at the canteen from January; cash will no longer be taken.`),
  d(`Feedback on Oliver's probation: reliable, good with patients, but documentation is often incomplete. I recommend we confirm his employment with a development plan.`, 'hr-assessment'),
  d(`Please complete your self-assessment before your performance review with your manager.`),
  d(`Absence report for Zara Malik, Year 10: 18 % absence this term, 11 unexcused lessons in maths.`, 'grades'),
  d(`Grades will be published in the student portal on 20 June.`),
  d(`Lucas, congratulations – you passed the re-exam in Organic Chemistry with grade C!`, 'grades'),
  d(`Our department's union rep is Mariam from SACO-S; she has asked to attend the restructuring consultation on behalf of her members.`, 'trade-union'),
  d(`Union fees are deducted from salary for those who have chosen that option.`),
  d(`The new assistant is a Tornedalian and speaks Meänkieli – useful for the elderly care project up north.`, 'ethnic-origin'),
  d(`The report covers national minorities and minority language rights in Norrbotten.`),
  d(`Ingrid's husband is a Green Party councillor, so she shouldn't chair the procurement review.`, 'political-opinion'),
  d(`Staff must remain politically neutral in their contacts with the public.`),
  d(`He is a practising Catholic and asked not to be scheduled during Sunday mass when possible.`, 'religion'),
  d(`The interfaith dialogue evening on 12 March is open to all staff and residents.`),
  d(`Carrier screening confirmed that both parents carry the sickle cell trait, so the newborn has been referred for testing.`, 'genetic', 'health'),
  d(`The university's genetics lab is looking for volunteers for a research study – no personal results will be shared.`),
  d(`Please delete Anton's fingerprint template from the server room reader; his access ended 30 November.`, 'biometric'),
  d(`He came out to me last week as gay. He's not ready to tell his parents, so please be careful what you write in the notes.`, 'sex-life'),
  d(`Attached: LGBTQ+ inclusion guidelines for youth centres, approved by the board.`),
  d(`Do NOT mail anything to the home address – the client has protected personal data (sekretessmarkering).`, 'protected-identity'),
  d(`This information is subject to secrecy under Chapter 26, Section 1 of the Public Access to Information and Secrecy Act and concerns the family's ongoing investigation.`, 'secrecy', 'social'),
  d(`The background check revealed a conviction for assault in 2021; we'll need to discuss whether that affects the offer to Mr. Dahl.`, 'criminal-record'),
  d(`All volunteers working with children must present a criminal record extract – see the attached form.`),
  d(`Fwd: Meeting notes
> Agenda: 1) budget 2027, 2) new sick-leave routine, 3) union consultation
Please read before Thursday.`),
  d(`Thanks for covering yesterday! The root canal took forever and my jaw still hurts, so I'm taking painkillers and going home early today.`, 'health'),
  d(`Ämne: Sjukskrivning Peter Alm v. 49–52 (ryggen)`, 'health'),
  d(`Ämne: Sjukskrivningsprocessen – nya riktlinjer från FK`),
  d(`Ämne: Lönebesked nov – Viktoria Ström 32 150 kr`, 'salary'),
  d(`Ämne: Lönebesked november skickas digitalt via Kivra`),
  d(`Ämne: SV: Orosanmälan Leon 6 år – mottagen`, 'social'),
  d(`Ämne: Kallelse LVU-utbildning 3/3`),
  d(`Ämne: Varning – Jonny Persson (alkohol i tjänst 14/11)`, 'hr-assessment'),
  d(`Ämne: Betyg ht – Moa Ek 8C: Sv C, En B, Ma D`, 'grades'),
  d(`Ämne: Betygskonferens åk 9 flyttas till tisdag`),
  d(`Ämne: Skyddad identitet – elev i 5B, se bifogad rutin`, 'protected-identity'),
  d(`Subject: Password reset for j.wong – temporary password Summer!2609`, 'credentials'),
  d(`Subject: Password reset instructions for all staff`),
  d(`Fwd: Re: ang. hyran
> Hej, jag har inte fått mitt försörjningsstöd än och hyran ska betalas på fredag. Vad gör jag? /Sanna
Kan du kolla hennes ärende? Beslutet låg väl på 7 900 kr för december?`, 'social'),
  d(`SV: Ledighet
> Får jag vara ledig 12/4 för min sons bar mitzva?
Självklart, mazal tov! /Chefen`, 'religion'),
  d(`Re: Tillgänglighet
> Kan ni hjälpa till med en hörselslinga i sal 2?
Ja, Bengt har ju sin hörselnedsättning och sitter där på fredagar, så vi fixar det före dess.`, 'health'),
  d(`Re: styrelsemötet
> vem skriver protokollet?
Leila tar det. Hon är ju ny ordförande i Vision-klubben på förvaltningen sen i måndags.`, 'trade-union'),
  d(`Re: Granskning
> Har vi gått igenom alla handlingar i ärendet?
Ja. Utredningen om Noel lämnas inte ut – sekretess enligt 26 kap. 1 § OSL. Övriga handlingar skickas idag.`, 'secrecy', 'social'),
  d(`Hälsningar
Karin Lund
Socialsekreterare, Barn och unga
Telefontid mån–fre 9–10
Detta e-postmeddelande kan omfattas av sekretess.`),
  d(`/Anders
IT-avdelningen – vi ber aldrig om ditt lösenord
Tel 010-123 45 67`),
  d(`Mvh Helena Roos
Löneadministratör
Frågor om lön, OB och övertid? Ring lönesupporten.`),
  d(`Hej, kan du vara snäll och mejla mig Ebbas kontonummer? Hennes arvode ska ut idag.`),
  d(`ok så hennes konto är 8214-9, 903 441 276-2 (Swedbank), jag swishade fel summa igår`, 'bank-account'),
  d(`ring mig när du kan, det gäller hans villkorliga dom och om han får jobba kvar i skolan`, 'criminal-record'),
  d(`ring mig när du kan, det gäller schemat för juluppehållet`),
  d(`lol ja hon är typ jättereligiös, ber fem gånger om dagen och går till moskén varje fredag`, 'religion'),
  d(`Han har bett om att få hjälp med sin ansökan om dödsboanmälan och försörjningsstöd för begravningen efter sin fru.`, 'social'),
  d(`Minnesanteckning APT: genomgång av nya rutiner för hemtjänstbeslut, frågor till biståndshandläggarna senast 1/12.`),
  d(`Trevlig helg! PS. Tomas sa att han röstar nej till sammanslagningen i fullmäktige oavsett vad partiet tycker.`, 'political-opinion'),
  d(`Sekretess: hans hiv-diagnos får inte nämnas utanför teamet. 25 kap. 1 § OSL.`, 'secrecy', 'health'),
  d(`Tyvärr måste jag ställa in, jag har fått migrän. Kan vi ta det på måndag?`, 'health'),
  d(`Tyvärr måste jag ställa in, bilen startar inte. Kan vi ta det på måndag?`),
  d(`Hi Sven, your biometric passport photo and fingerprints have been registered. Collect your passport at the police station in 10 days.`, 'biometric'),
  d(`Utlåtande från arbetsterapeuten: Ylva klarar ca 2 timmar stillasittande datorarbete per dag, därefter tydligt nedsatt arbetsförmåga.`, 'health'),
  d(`Obs. ny kod för medicinskåpet: 6630. Skriv inte upp den på tavlan.`, 'credentials'),
  d(`Medicinskåpet ska alltid vara låst, nyckeln förvaras hos ansvarig sjuksköterska.`),
  d(`Elev med IG i tre ämnen ska få en individuell studieplan – rektor beslutar.`),
  d(`IUP Adam 7B: Ma F (ej godkänd prov 2 och 3), Sv E, Eng C. Åtgärd: extra stöd i matte två ggr/vecka.`, 'grades'),
  d(`Hej Lina, han blev inte godkänd på sitt CPR-test på kursen, så han måste göra om det innan han får jobba natt.`, 'hr-assessment'),
  d(`Alla nyanställda ska göra HLR-utbildning innan de får arbeta natt.`),
  d(`tack för lånet! swishar dig 300 nu`),
  d(`Jag tror han är från Polen men hans föräldrar är ukrainska, så han pratar ukrainska hemma – boka ukrainsk tolk.`, 'ethnic-origin'),
  d(`We need interpreters in Ukrainian, Arabic and Somali for the information evening.`),
  d(`Hon har haft tre missfall det senaste året och mår dåligt, var lite försiktiga med frågorna.`, 'health'),
  d(`Re: incident
> Vad hände i lekparken?
Hussein slog en annan elev och föräldrarna har gjort en polisanmälan mot honom. Han är 16 så det blir en sak för polisen.`, 'criminal-record'),
  d(`Meddelande från Vårdförbundet: rådslag om arbetstider, alla medlemmar välkomna att tycka till.`),
  d(`Kan en anställd som inte är med i facket ändå ta med Kommunals ombud till ett möte?`),
  d(`Elsas kort: 4109 … resten skickar jag i sms`),
  d(`Genetic counselling note: Mr. Ahmadi declined predictive testing for Huntington's despite his mother's diagnosis.`, 'genetic', 'health'),
  d(`Blodprov för DNA-analys tas på labbet plan 2, drop-in vardagar.`),
  d(`Hennes exman har hittat hennes nya adress trots kvarskrivningen, hon är livrädd – vi behöver skyddat boende i dag.`, 'protected-identity', 'social'),
  d(`Familjen Berglund bor i lgh 1203, byt lås efter inbrottet enligt fastighetsskötaren.`),
  d(`Underlag till lönesamtal: Magnus har 35 200 kr och begär 38 000; jag föreslår 36 800 med tanke på hans insats i projektet.`, 'salary', 'hr-assessment'),
  d(`Pssst – vet du vem som fick bonusen i år? Ingen säger något 🙈`),
  d(`Kandidaten berättade att hon är kristen och aktiv i Equmeniakyrkan, inget som påverkar tjänsten men noterar.`, 'religion'),
  d(`Om du blir sjuk under semestern ska du sjukanmäla dig direkt för att få tillbaka semesterdagarna.`),
  d(`Mammans nya partner har kopplingar till kriminella nätverk och är dömd för vapenbrott, placeringen måste utredas igen.`, 'criminal-record', 'social'),
  d(`hon har bytt pronomen till hen och vill inte att vi pratar om det med föräldrarna än`, 'sex-life'),
  d(`Chat: vart ligger blanketten för tjänstledighet?? hittar inte på intra`),
  d(`Passet till Maria Gonzalez skannades med ansiktsigenkänning vid gränskontrollen och flaggades, hon hölls kvar i två timmar.`, 'biometric'),
  d(`Reminder: bring your ID card to the exam hall, no phones allowed.`),
  d(`Hej Gunilla,

Tack för samtalet i morse. Som jag nämnde har Rasmus haft svårt att komma i tid sedan i höstas och vid två tillfällen lämnat en brukare ensam för länge. Jag har pratat med honom muntligt tidigare utan förbättring.

Jag vill därför att vi tillsammans med HR går igenom om det är dags för en skriftlig erinran.

/Maria, enhetschef`, 'hr-assessment'),
  d(`Hej alla,

Nästa vecka har vi medarbetarsamtal. Boka en tid i kalendern som passar er, ca en timme.
Fundera gärna i förväg på vad som fungerat bra i år och vad ni vill utvecklas inom.
Mallen ligger i Teams under Dokument > HR.

Ha en bra helg!
Sofia`),
  d(`Hej,

Jag skriver angående min dotter Ronja i 4B. Hon har fått diagnosen dyslexi efter utredningen hos logopeden och vi undrar vilket stöd skolan kan ge.
Kan vi boka ett möte med specialpedagogen?

Vänliga hälsningar
Petter Holmgren`, 'health'),
  d(`Hej föräldrar i 4B!

Vi har fått frågor om läs- och skrivsvårigheter. Skolan har en specialpedagog, Anna, som ni kan kontakta om ni är oroliga för ert barns läsning. Hon finns på plats måndag och torsdag.

Hälsningar klasslärarna`),
  d(`Journalanteckning 2026-11-18, hembesök

Närvarande: socialsekreterare Kim Larsson, mamma Jasmin, barnen Nova (7) och Elton (4).
Lägenheten stökig men inga akuta risker. Mamman berättar att hon slutat ta sin medicin mot bipolär sjukdom eftersom hon inte har råd. Ansökan om ekonomiskt bistånd för medicinkostnad lämnas in i veckan.
Uppföljning om två veckor.`, 'social', 'health'),
  d(`Till: Alla handläggare

Från 1 januari ska alla hembesök dokumenteras samma dag i Treserva. Anteckningen ska innehålla närvarande, iakttagelser och planerad uppföljning.
Frågor till Kim Larsson, metodstöd.`),
  d(`Hi Jakob,

Just checking in about the invoice from the conference. You paid with your private card, right? Send me the receipt and your bank details and I'll reimburse you this month.

Cheers,
Emily – Finance`),
  d(`Hi Emily,

Yes – receipt attached. My account is Handelsbanken, clearing 6789, account 123 456 789. The amount was 3 640 SEK.

Thanks!
Jakob`, 'bank-account'),
  d(`Hej Nina!

Frågade du om lönerna? Jag kan bara säga att lönesättningen följer de kriterier som finns på intranätet och att du kan begära ett extra samtal med din chef om du tycker att din lön inte speglar ditt ansvar.

/Lön & förmåner`),
  d(`Hej,

Bifogar underlag inför förhandling om ny lön för Elin Saarinen, biträdande rektor. Nuvarande lön 48 300 kr. Förslag 51 000 kr från 1 juli med hänsyn till utökat uppdrag.
Sveriges Lärare har tagit del av förslaget och Elin är medlem där.

Mvh
Personalavdelningen`, 'salary', 'trade-union'),
  d(`Hej!

Påminnelse om att alla som ska åka till konferensen i Malmö behöver boka tåg via resebyrån. Använd inte privata kort. Kommunens betalkort finns hos Anita på ekonomi.

Hälsningar,
Reseadmin`),
  d(`Hej Anita,

Jag hann inte hämta kommunkortet så jag bokade med mitt eget: 4746 9012 3456 7899 (ok den är lite fel, jag skickar rätt i sms), det blev 1 980 kr.

/Bertil`, 'payment-card'),
  d(`Ärende 2026-4412 – begäran om utlämnande

Handlingen (utredning enligt 11 kap. 1 § SoL gällande Theo, 10 år) har sekretessprövats. Uppgifter om barnets hälsa, familjens ekonomi och pappans missbruk omfattas av sekretess enligt 26 kap. 1 § OSL och maskas. Beslutet kan överklagas.

Registrator`, 'secrecy', 'social', 'health'),
  d(`Ärende 2026-4419 – begäran om utlämnande

Begärd handling: kommunstyrelsens protokoll 2026-10-03. Handlingen är allmän och offentlig och bifogas i sin helhet.

Registrator`),
  d(`Hej kära kollegor,

Jag vill berätta att jag har fått bröstcancer. Jag börjar cellgiftsbehandling nästa vecka och kommer vara sjukskriven åtminstone till mars. Ni får gärna höra av er men jag kanske inte svarar direkt.

Kram Annika`, 'health'),
  d(`Hej!

Oktober är rosa månaden – vi säljer rosa band i receptionen till förmån för Cancerfonden. Passa också på att boka mammografi om du fått kallelse.

/Friskvårdsgruppen`),
  d(`Dear colleagues,

We regret to inform you that Professor Lindahl has been placed on leave pending an investigation into allegations of research misconduct. The faculty will issue a statement after the investigation.

Best regards,
Dean's Office`, 'hr-assessment'),
  d(`Dear colleagues,

The faculty's guidelines on research misconduct and the procedure for reporting concerns have been updated. Please read the attached document.

Best regards,
Dean's Office`),
  d(`Hej Tove,

Som vi pratade om: Aron har nu 42 % frånvaro i januari och har inte lämnat in någon uppgift i samhällskunskap. Han riskerar F. Vi behöver få till ett möte med honom, dig och elevhälsan.

/Mentor Henrik`, 'grades'),
  d(`Hej Tove och Henrik,

Elevhälsoteamet har möte varannan tisdag. Anmäl ärenden till kuratorn senast fredagen innan. Tänk på att inte skriva elevnamn i ämnesraden.

/Rektor`),
  d(`Hej,

Jag är polisanmäld av min exfru för ofredande men förundersökningen är nedlagd. Jag vill ändå att ni vet inför placeringsutredningen så att det inte kommer som en överraskning.

Mvh
Jonas Falk`, 'criminal-record', 'social'),
  d(`Hej,

Hur går det till när socialtjänsten begär uppgifter från polisen i en utredning om barn? Finns det en blankett?

Mvh
Jonas, ny handläggare`),
  d(`Hej Dennis,

Du har tilldelats ett nytt konto i Lifecare. Användarnamn och tillfälligt lösenord kommer i ett separat sms.

IT-servicedesk`),
  d(`Hej Dennis,

Här kommer det tillfälliga lösenordet som utlovat: Qw7!rtz-Lifecare. Byt det vid första inloggning.

IT-servicedesk`, 'credentials'),
  d(`Hej Pernilla,

Kort fråga: Mira som börjar hos oss i januari har sekretessmarkering i folkbokföringen. Hur gör vi med namnskylten på dörren och personalfotot?

/Lotta, rektor`, 'protected-identity'),
  d(`Hi team,

Reminder that our Muslim colleagues will be fasting during Ramadan from mid-February. Please be considerate when scheduling lunch meetings and team events.

Thanks, HR`),
  d(`Hi Anna,

Could we move Yusuf's shifts during Ramadan so he finishes before iftar? He's fasting this year for the first time and it's been tough.

Thanks,
Pete`, 'religion'),
  d(`Hej,

Morfar och mamma har båda haft tjocktarmscancer före 50 års ålder, och genetiska mottagningen har nu bekräftat att jag bär på samma genförändring. Jag kommer att behöva ledigt för kontroller två gånger om året.

/Erik`, 'genetic', 'health'),
  d(`Hej Erik,

Ledighet för läkarbesök beviljas enligt avtalet med bibehållen lön, så länge du meddelar i förväg. Det gäller alla medarbetare.

/Chefen`),
];
