/**
 * BLIND evaluation corpus 5b for Kuvert's sensitive-category classifier: 198 longer, messier
 * documents (threads with quoted history and signatures, minutes, chat exports, ticket notifications,
 * journal and case-note excerpts, weekly letters, HR notifications, school messages, English mails from
 * international staff, mixed Swedish/English). In positives the disclosure is often buried in harmless
 * text, a quoted part or a P.S.; many documents carry several labels. At least 35 % carry no label.
 *
 * BLIND — written from the labelling guide alone without reading the classifier, its training data or
 * other corpora; never to be used for training, tuning or keyword mining; scored once by the lead.
 *
 * Written by a corpus-writer agent (session 4) from /tmp/label-guide.md only. All names, numbers,
 * addresses, codes and details are invented; no personnummer.
 */
import type { CategoryType } from '../../../src/core/classify/types.js';
import type { LabelledDocument } from './category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const CATEGORY_BLIND_5B: readonly LabelledDocument[] = [
  d(`Hej allihop,

Här kommer minnesanteckningar från arbetsplatsträffen på Solgläntans förskola i tisdags.

1. Lokaler: Ventilationen på avdelning Blåbäret åtgärdas vecka 12. Fram till dess håller vi dörren mot gården öppen.
2. Kompetensutveckling: Tre platser finns kvar på utbildningen "Barn i behov av särskilt stöd". Anmälan till Jessica senast fredag.
3. Bemanning: Linnea är sjukskriven på heltid till och med 30 april efter sin knäoperation, så vi tar in vikarie från bemanningspoolen.
4. Övrigt: Påminnelse om att lämna in semesterönskemål.

Nästa APT: 14 mars kl. 17.00.

/Mira, förskolechef`, 'health'),
  d(`Hej Torbjörn,

Tack för senast! Som utlovat kommer här länkarna till materialet från seminariet om psykisk ohälsa på arbetsplatsen. Föreläsaren pratade mycket om hur chefer kan uppmärksamma tidiga tecken på utmattning och vilka rehabiliteringsinsatser som finns via företagshälsovården.

Jag tyckte särskilt delen om arbetsanpassning var bra – den om att sänka tempot i stället för att direkt sjukskriva. Kanske något för vår chefsgrupp att diskutera i höst?

Bilder: intranätet > HR > Arbetsmiljö > Seminarier 2026
Inspelning: tillgänglig till sista maj

Ha en fin helg!
Annika Lövgren
HR-konsult, Kommunstyrelseförvaltningen`),
  d(`From: Rajesh Iyer
To: IT Servicedesk
Subject: RE: Ticket #48213 – cannot log into Procapita

Hi,

I tried again this morning and it still says my account is locked. As requested, my username is rajiye01 and the temporary password you sent me yesterday was Vinter#2026kx – it expired before I could use it, I think.

Could you please reset again? I have home visits starting at 10.

Thanks,
Rajesh

> Servicedesk wrote:
> Your ticket has been registered. Please do not reply with sensitive information.`, 'credentials'),
  d(`Veckobrev vecka 9 – klass 4B

Hej föräldrar!

Den här veckan har vi jobbat med vikingatiden och eleverna har byggt egna runstenar i lera. Det blev jättefint! På fredag kommer vi att ha en liten utställning i korridoren.

Matte: vi fortsätter med bråk. Läxan är sidan 42–43.
Svenska: läsförståelse, boken "Sju dagar i juni".

Tänk på att skicka med ombyte, vi är ute mycket nu när snön smälter.

P.S. Till Ebbas föräldrar: Ebba har tyvärr missat fem lektioner i matte den här månaden och fick 4 av 20 på bråkdiagnosen, så jag skulle gärna boka ett samtal.

Hälsningar
Fredrik, klasslärare`, 'grades'),
  d(`Hej,

Angående er fråga om hur ni anmäler frånvaro för eleverna: frånvaroanmälan görs i Skolappen senast kl. 07.45 samma dag. Vid längre ledighet än tre dagar ska en ansökan om ledighet lämnas till rektor.

Observera att skolan följer upp all ogiltig frånvaro och att vi vid upprepad frånvaro kallar till ett möte med elevhälsan. Det här gäller alla elever oavsett årskurs.

Om ni har frågor om betyg eller bedömning, vänd er till respektive mentor.

Med vänlig hälsning
Expeditionen, Västerbyskolan
Tel 0123-456 70`),
  d(`Anteckning, socialsekreterare Ylva Bergsten, 2026-02-11

Hembesök hos familjen Karimi på Gullvivegatan. Närvarande: mamma Leila, barnen Amir (9) och Sara (6). Pappan var inte hemma.

Lägenheten städad, kylskåpet hade mat. Leila berättar att hon fortfarande väntar på beslut om försörjningsstöd för mars och att hyran för februari inte är betald. Hon uppger att Amir har svårt att sova sedan flytten.

Utredningen enligt 11 kap. 1 § SoL fortsätter. Nästa besök planeras om två veckor.

Uppgifterna omfattas av sekretess enligt 26 kap. 1 § OSL.`, 'social', 'secrecy'),
  d(`Hi team,

Quick reminder that the annual salary review (lönerevisionen) for 2026 starts on 1 April. All managers should have their salary-setting talks (lönesamtal) done before 15 May. The central agreement with Vision and Kommunal gives a total frame of 3.1 %, and local priorities are published on the intranet.

If you have questions about the process, please contact me or your HR partner. Note that individual salary outcomes are not discussed in this channel.

Best regards,
Henrik Mäkinen
Compensation & Benefits`),
  d(`Från: Kerstin Ahlberg
Skickat: den 3 mars 2026 08:14
Till: Lönecenter
Ämne: Ändrat kontonummer

Hej!

Jag har bytt bank och vill att lönen för mars sätts in på mitt nya konto i stället:
Swedbank, clearing 8327-9, kontonummer 994 571 203-6.

Jag har försökt ändra själv i självservice men får felmeddelande. Tacksam om ni kan hjälpa mig.

Vänliga hälsningar
Kerstin Ahlberg
Undersköterska, Hemtjänst Norra`, 'bank-account'),
  d(`Minnesanteckningar – samverkansgrupp barn och unga, 19 februari

Närvarande: socialtjänst (2), skola (3), BUP (1), polis (1), fritid (1)

- Läget i området: ökad oro kring ungdomsgrupperingar vid centrumet kvällstid. Polisen ser fler anmälningar om skadegörelse än förra året.
- Skolan rapporterar att frånvaron generellt ökat på högstadiet, främst bland åk 8.
- Socialtjänsten informerar om nya rutiner för orosanmälan: blanketten finns nu digitalt.
- BUP har fortsatt lång kö, cirka fyra månader för neuropsykiatrisk utredning.

Nästa möte: 22 april. Inga enskilda ärenden diskuterades.

/Sekreterare: Pia Holm`),
  d(`Hej Johanna!

Lite sent, men vill bara säga tack för att du täckte för mig på mötet igår. Det har varit en tuff vecka.

Som du kanske märkt har jag inte varit mig själv. Jag har fått diagnosen typ 1-diabetes och håller fortfarande på att lära mig insulinet, så jag är på vårdcentralen nästan varannan dag. Säg inget till de andra än, jag vill berätta själv.

Vi ses på torsdag, ska försöka ta med kaffebröd.

Kram
Emelie`, 'health'),
  d(`[Teams-chatt, Byggnadsnämndens kansli]

Oskar 09:12: har nån koden till arkivrummet? står här med pärmarna
Maja 09:13: 4471# tror jag, annars fråga Bengt
Oskar 09:13: tack funkar 👍
Maja 09:14: stäng ordentligt efter dig, larmet krånglar
Oskar 09:20: klart. ska vi ta fika 10?
Maja 09:21: japp`, 'credentials'),
  d(`Hej!

Från och med 1 mars gäller nya regler för sjukfrånvaro i kommunen. Den som är sjuk ska anmäla det i personalsystemet första dagen. Från dag 8 krävs läkarintyg. Vid upprepad korttidsfrånvaro (sex tillfällen på tolv månader) kallar chefen till ett rehabsamtal.

Vi påminner också om friskvårdsbidraget på 2 000 kr per år och om att företagshälsovården nås på telefon 010-123 45 00.

Personalavdelningen`),
  d(`Hej Gunnar,

Jag bifogar underlaget inför förhandlingen den 12:e. Kort sammanfattning:

Fackets representant för Vårdförbundet blir Eva Strömqvist, och hon har meddelat att även Anders Nyberg följer med som ombud eftersom han är medlem och själv berörd av omorganisationen.

Vi har 90 minuter i Sammanträdesrum Ekbacken. Jag bokar fika.

/Lena
HR-specialist`, 'trade-union'),
  d(`Dear colleagues,

As part of our diversity week we are hosting an open lunch lecture on Thursday: "Sámi culture and rights in Sweden today". The speaker is a researcher from Umeå University and the talk will be held in English with Swedish slides.

Afterwards there is a short workshop on the national minority languages – Finnish, Meänkieli, Sámi, Romani chib and Yiddish – and what our obligations as a municipality are under the Minority Act.

Sign up via the staff portal. Vegetarian lunch is provided.

Warm regards,
Diversity Council`),
  d(`Hej Sofia,

Tack för ditt mejl om praktikanten. Jag tror det blir bra att hon börjar hos oss i kundtjänst på måndag.

En sak bara som du bör känna till innan: Nadia har berättat för mig att hon är romsk och att hon tidigare blivit illa bemött på en arbetsplats på grund av det. Hon vill inte att det ska bli någon stor grej, men jag tycker att du som handledare ska veta om det ifall något händer.

Hon har också önskat att få gå tidigare på fredagar under ramadan.

Hör av dig om något är oklart!
/Patrik`, 'ethnic-origin', 'religion'),
  d(`Ärende: 2026-0341 Medborgarförslag om utökad belysning i Lindparken

Kommunfullmäktige har att besluta om medborgarförslaget. Förvaltningen föreslår att förslaget bifalls och att gång- och cykelvägen genom parken förses med LED-belysning under 2027.

Kostnad: cirka 420 000 kr, ryms inom investeringsbudgeten.

Förslagsställaren har också framfört synpunkter på trygghet i området, vilka har överlämnats till Brottsförebyggande rådet i kommunen.

Beslutsunderlag: tjänsteskrivelse 2026-02-10, karta.`),
  d(`Hej,

Jag skriver för att meddela att jag behöver flytta mitt utvecklingssamtal med Robert. Kan vi ta det nästa vecka istället?

---------- Vidarebefordrat meddelande ----------
Från: Robert Lindh
Till: Camilla Wern
Ämne: Sammanfattning av utvecklingssamtalet

Camilla,
Som vi sa: du når målen i ditt uppdrag men samarbetet med kollegerna på enheten fungerar inte. Flera har upplevt att du avbryter och höjer rösten på möten. Vi sätter upp en handlingsplan med uppföljning i juni. Om inget förbättras blir nästa steg en skriftlig erinran.

/Robert`, 'hr-assessment'),
  d(`Hej Malin,

Tack för offerten på nya passerkortsläsare till stadshuset. Vi har några frågor innan vi kan gå vidare:

1. Stöder läsarna både kort och PIN-kod?
2. Finns det möjlighet till fingeravtrycksläsare som tillval, och hur lagras i så fall mallarna? Vi behöver en konsekvensbedömning enligt GDPR innan vi ens kan överväga biometri.
3. Hur sker integrationen mot vårt befintliga AD?

Vi återkommer efter mötet med dataskyddsombudet den 20 mars.

Mvh
Sven-Olof Dahl
Fastighetsavdelningen`),
  d(`Från: Säkerhetsenheten
Till: Ali Hassan
Ämne: Registrering av fingeravtryck – nya passersystemet

Hej Ali,

Tack för att du kom förbi igår. Vi kunde tyvärr inte slutföra registreringen av ditt fingeravtryck – läsaren fick bara kvalitet 41 på höger pekfinger och 38 på vänster, och systemet kräver minst 60. Den lagrade mallen för ditt högra tumavtryck är godkänd men räcker inte ensam.

Kan du komma tillbaka på torsdag kl. 13? Ta gärna med handkräm, torr hud ger sämre resultat.

/Malte, säkerhetssamordnare`, 'biometric'),
  d(`Hej Bodil,

Jag har nu gått igenom ansökningarna till tjänsten som ekonomiassistent. Vi har 34 sökande, varav 8 går vidare till intervju.

Jag tänkte också påminna om att vi inte får ta hänsyn till sökandes religion, etniska tillhörighet, sexuella läggning eller fackliga tillhörighet – det står tydligt i vår rekryteringspolicy, och vi bör strunta i sådant även om det råkar framgå av ett CV.

Intervjuerna hålls 5–7 maj. Jag skickar schema separat.

Mvh
Oscar, rekryterare`),
  d(`> Från: Marcus Åkesson
> Skickat: måndag 09:32
> Har du hunnit kolla vad Hanna ska få i lön? Hon undrar.

Hej Marcus,

Ja, vi landade i 38 400 kr i månaden från 1 juni, alltså en höjning på 1 900 kr. Hon ville ha 40 000 men det ryms inte i budgeten för enheten i år. Jag tar det med henne på fredag.

Kan du se till att lönebeskedet är klart till dess?

/Ingrid
Enhetschef, Individ- och familjeomsorg`, 'salary'),
  d(`Hej!

Vi har fått frågor om hur man gör när en kund vill betala med kort vid receptionen i simhallen. Rutinen är:

1. Kunden sätter själv in kortet i terminalen. Personalen ska aldrig hantera kortet eller skriva ner kortnummer.
2. Om terminalen inte fungerar, hänvisa till Swish eller faktura.
3. Kvitto skrivs ut automatiskt.

Kom ihåg att det aldrig är okej att ta emot kortuppgifter via telefon eller mejl.

/Kultur och fritid, ekonomi`),
  d(`Hej,

Jag ringde förut men kom inte fram. Jag vill betala avgiften för min sons plats i kulturskolan men faktura-länken fungerar inte. Kan ni dra pengarna från mitt kort istället?

Kortnummer: 4571 9203 6618 4027
Giltigt till: 09/28
CVC: 318
Namn på kortet: HELENA K JANSSON

Tack på förhand.
Helena Jansson
(mamma till Vilgot, 11 år, gitarr)`, 'payment-card'),
  d(`Hej Karin,

Tack för att du tog dig tid igår. Jag vill bara skriftligt bekräfta det vi pratade om.

Min pappa och min bror har båda fått diagnosen Huntingtons sjukdom, och jag gjorde ett prediktivt gentest på Klinisk genetik i januari. Svaret visade att jag också bär på anlaget. Just nu har jag inga symtom, men jag vill att du som chef vet om det om jag i framtiden behöver anpassningar.

Jag vill inte att det här sprids på enheten.

Hälsningar
Tomas`, 'genetic', 'health'),
  d(`Hej allihop!

Nu är det dags för årets personalfest! Vi ses på Stadshotellet fredag 23 maj kl 18.00.

Menyn har vegetariskt, veganskt, halal- och glutenfritt alternativ – meddela specialkost i anmälan senast 10 maj. Det blir också alkoholfria drycker.

Klädkod: valfri, men glitter uppmuntras.

Festkommittén
(Sara, Jonas, Mehmet och Li)`),
  d(`Journalanteckning, distriktssköterska – hemsjukvård

Besök hos Gösta Eriksson, 84 år. Såret på vänster underben läker långsamt, omläggning gjord. Pat. uppger att han tar sin Eliquis och furosemid enligt ordination. Blodsocker 9,2.

Dottern var närvarande och berättade att pappan börjat bli mer förvirrad kvällstid. Bedömning: misstänkt begynnande demens, remiss till minnesmottagningen skickas.

Hemtjänsten har beviljats utökning till fyra besök per dag enligt nytt biståndsbeslut.

Nästa besök: torsdag.`, 'health', 'social'),
  d(`Hej kollegor,

I förra veckan hade vi besök av två forskare som studerar hur kommuner arbetar med våld i nära relationer. De presenterade statistik som visar att knappt hälften av de som söker skyddat boende har barn med sig, och att många behöver skyddade personuppgifter under en period.

Jag tyckte det var intressant hur olika kommuner hanterar sekretessmarkering i verksamhetssystemen. Rapporten kommer i höst, jag mejlar länk när den är publicerad.

Hälsningar
Gudrun
Utvecklingsledare, Socialförvaltningen`),
  d(`Till: Barn- och elevregistret
Från: Skolsekreterare, Hagaskolan

Hej,

Vi fick i dag in en ny elev, Elin (åk 3), som flyttat hit från annan kommun. Mamman berättade att både Elin och hon själv har skyddad folkbokföring och att pappan inte får veta var de bor.

Registrera henne manuellt och se till att hennes adress inte syns i Skolappen eller på klasslistan. Kontakta mig innan ni skickar något hem.

Tack,
Åsa`, 'protected-identity'),
  d(`Hej Kalle,

Här är de uppdaterade rutinerna för hantering av handlingar med skyddade personuppgifter, som vi pratade om på ledningsgruppen.

- Handlingar ska aldrig skickas med vanlig post utan via Skatteverkets förmedling.
- I verksamhetssystemet ska ärendet markeras med flaggan "SPU".
- Utskrifter får inte lämnas i gemensamma skrivare.

Rutinen gäller från 1 april och ska gås igenom på alla APT under mars.

/Margareta, registrator`),
  d(`Protokollsutdrag, Socialnämndens individutskott 2026-03-04

§ 47 Ansökan om vård enligt 2 § LVU – pojke född 2011

Utskottet beslutar att hos förvaltningsrätten ansöka om vård enligt LVU för pojken. Enligt utredningen har pojken upprepade gånger misstänkts för rån och misshandel och placerades akut på HVB-hem i februari. Vårdnadshavarna motsätter sig placeringen.

Handlingarna i ärendet omfattas av sekretess enligt 26 kap. 1 § offentlighets- och sekretesslagen och får inte lämnas ut.

Justeras: Birgitta Ohlsson, ordf.`, 'social', 'criminal-record', 'secrecy'),
  d(`Hej!

Påminnelse om att alla anställda som arbetar med barn ska visa upp utdrag ur belastningsregistret innan anställning. Utdraget beställs från Polisens webbplats och tar ungefär två veckor. Det får inte vara äldre än ett år.

Utdraget ska visas för chefen men inte sparas. Gäller även vikarier och praktikanter.

Vid frågor kontakta HR-service.`),
  d(`Hej Anders,

Jag vill bara informera dig innan du hör det från någon annan. När Jonas lämnade in sitt utdrag ur belastningsregistret inför vikariatet på fritids visade det sig att han dömdes för ringa narkotikabrott 2023. Enligt regelverket är det inte automatiskt diskvalificerande, men jag vill diskutera med dig hur vi gör.

Han har själv sagt att det var en engångsgrej och att han varit drogfri sedan dess.

Kan vi ses imorgon efter lunch?

/Ulrika, rektor`, 'criminal-record'),
  d(`Hej Stina,

Tack för senast. Här är sammanfattningen från ledningsgruppen:

• Budgetuppföljning Q1: totalt underskott på 1,2 Mkr, främst inom LSS-boenden och placeringar av barn.
• Ekonomiskt bistånd: antalet hushåll ökar, nu 412 jämfört med 368 förra året.
• Rekrytering av två socialsekreterare pågår.
• Ny rutin för orosanmälningar från skolan införs i maj.

Ingen ärendedragning denna gång.

Mvh
Per, förvaltningschef`),
  d(`Hi Ingela,

Thank you for the warm welcome last week! I am settling in well at the lab.

One practical thing: I still have not been paid for February. I think payroll has my old Dutch account. My Swedish account is now open – SEB, clearing 5012, account 12 045 77 381. Could you forward this to whoever handles it? My IBAN for the old one was NL91ABNA0417164300 if they need to check.

Also, could you tell me the WiFi password for the guest network? My phone doesn't get eduroam.

Thanks so much,
Pieter van Dam`, 'bank-account'),
  d(`Hej Moa,

Wifi för gästnätet heter Kommun-Gast. Lösenordet byts varje vecka och står på skylten i receptionen – jag får inte skicka det på mejl enligt IT-policyn.

Om du behöver tillgång till eduroam kan du logga in med ditt vanliga AD-konto på eduroam.org.

Hälsningar
Receptionen, Rådhuset`),
  d(`Sammanfattning, medarbetarsamtal 2026 – Johan Persson (lokalvårdare)

Styrkor: noggrann, punktlig, mycket uppskattad av brukarna på äldreboendet.
Utvecklingsområden: dokumentation i städappen – saknas ofta. Behöver också bli bättre på att säga ifrån när arbetsbelastningen blir för hög.
Mål 2026: gå utbildningen i hygienrutiner, ta över som kontaktperson för kemikalier.
Chefens bedömning: presterar väl, ansvarstagande och lojal mot arbetslaget.

Signerat: Malin Ek, enhetschef`, 'hr-assessment'),
  d(`Kära föräldrar i åk 9,

Nu närmar sig slutet på grundskolan! Betygen sätts den 9 juni och lämnas ut på avslutningen den 12 juni. Eleverna kan se sina preliminära betyg i Vklass från den 1 juni.

Om ni har frågor om ert barns betyg, kontakta ämnesläraren direkt. Vi påminner om att alla elever som riskerar F i något ämne ska ha fått information om detta och erbjudits stöd.

Gymnasievalets omval är öppet 1–15 juni.

Med vänliga hälsningar
Rektor Amanda Sjöholm`),
  d(`Hej Maria!

Tack för igår. Jag har pratat med Oliver och vi har bestämt att han ska göra omprov i kemi på tisdag. Han fick E på det förra provet och ligger på F i slutbetyget om han inte höjer sig. I fysik ligger han på C, och biologi B.

Han har också haft 22 % frånvaro under vårterminen, mest på måndagar. Skulle vara bra om vi kunde prata om det på nästa elevhälsomöte.

Mvh
Kristoffer, mentor 9C`, 'grades'),
  d(`Hej alla i Vision-klubben på Tekniska förvaltningen,

Vi bjuder in till medlemsmöte onsdag 19 mars kl 12–13 i Stora salen. På agendan står lönerevisionen, arbetsmiljön i de nya kontorslandskapen och val av nya ombud.

Det bjuds på smörgås. Alla anställda som är nyfikna på att bli medlemmar är också välkomna.

Hälsningar
Styrelsen, Vision Tekniska`),
  d(`Hej Anna,

Vi har fått in en ansökan om tjänstledighet från Jamal Osman för perioden 1 sep–31 dec. Han ska arbeta som ombudsman på heltid för Kommunal under hösten. Jag har inget emot det, men kan du kolla upp hur det påverkar pensionsavsättningen?

Han nämnde också att han fortsätter som huvudskyddsombud när han kommer tillbaka.

/Hasse`, 'trade-union'),
  d(`Hej,

Här kommer protokollet från kommunfullmäktiges sammanträde den 24 februari. Mötet var livligt, särskilt debatten om den nya skolstrukturen. Förslaget antogs med 34 röster mot 27.

Socialdemokraterna och Vänsterpartiet reserverade sig till förmån för eget förslag. Sverigedemokraterna lade ned sina röster.

Protokollet är justerat och publicerat på kommunens webbplats.

Kommunsekreteraren`),
  d(`Hej Lotta,

Jag behöver prata med dig om en sak som rör Simon i arbetslaget. Han har varit med och delat ut flygblad för Nordiska motståndsrörelsen utanför köpcentret, det finns bilder på Facebook där han står vid deras bord. Flera föräldrar har hört av sig och undrar om han verkligen ska jobba på fritids.

Jag vet att man har rätt till sina politiska åsikter, men jag vill att vi pratar om hur vi hanterar det här. Kan vi ses innan föräldramötet?

Mvh
Annelie
Fritidsledare, Källbrinksskolan`, 'political-opinion'),
  d(`Hej alla,

Inför valet i september vill vi påminna om kommunens riktlinjer för politisk neutralitet:

- Anställda får inte bära partisymboler eller valaffischer i tjänsten.
- Val-material får inte delas ut i kommunens lokaler utom i de särskilda valstugorna.
- Som privatperson har du full rätt att engagera dig politiskt på din fritid.

Har du frågor, kontakta kommunikationsavdelningen.

Vänliga hälsningar
Kommundirektören`),
  d(`Tjena Erik,

Skönt att ses på kickoffen! Apropå det vi snackade om i baren – jag har faktiskt gått med i Miljöpartiet nu och ska stå på deras lista i kommunvalet, plats 7 tror jag. Min chef vet inte om det än, så håll det för dig själv ett tag.

Förresten, har du de där siffrorna från trafikmätningen på Storgatan? Behöver dem till rapporten på fredag.

/Niklas`, 'political-opinion'),
  d(`Re: Re: Lokalbokning påskhelgen

> Hej, vi i Pingstkyrkans ungdomsgrupp undrar om vi kan hyra gympasalen på Norrskolan lördag 4 april?

Hej,

Gympasalen är tyvärr redan bokad den dagen, men den 11 april är ledig kl 10–16. Avgiften för ideella föreningar är 150 kr/timme. Bekräfta gärna bokningen i bokningssystemet senast 1 april.

Vänliga hälsningar
Fritidsbokningen, Kultur och fritid`),
  d(`Hej Helena,

Kort fråga om schemat för juni: Yusuf har frågat om han kan få ledigt den 6–7 juni för Eid al-adha. Han ber fem gånger om dagen och har tidigare bett om ett tyst rum, och jag har hänvisat honom till vilrummet på plan 2.

Jag tycker vi kan lösa det genom att han byter pass med Klara. Okej för dig?

/Marie, samordnare`, 'religion'),
  d(`Hej!

Mellandagskonsert i Domkyrkan den 28 december kl 18. Kören från kulturskolan medverkar tillsammans med Stadsorkestern. Fri entré, men platsbokning krävs via kommunens evenemangskalender.

Passa också på att besöka julutställningen om hur jul firas i olika trosriktningar och kulturer – i biblioteket t.o.m. 6 januari.

Kultur och fritid`),
  d(`Anteckning, kurator Lisa Fors, Ekbackens gymnasium

Elev: Alva, åk 2 NA
Alva söker mig på eget initiativ. Hon berättar att hon är ateist men att familjen tillhör Jehovas vittnen, och att hon inte har vågat säga något hemma. Hon känner sig isolerad och sover dåligt. Hon har också berättat för mig att hon är bisexuell och har en flickvän som familjen inte vet om.

Plan: fortsatta samtal varannan vecka. Erbjudit kontakt med ungdomsmottagningen. Inget som i nuläget föranleder orosanmälan.`, 'religion', 'sex-life', 'health'),
  d(`Hi Sanna,

Thanks for your help with the onboarding! Just so you know, my pronouns are they/them – I'm non-binary. I noticed the name badge and the staff list say "Mr. Alex Jensen"; could you change it to just "Alex Jensen"?

Also, I'd like to sign up for the Swedish course on Tuesdays if there are still places.

Cheers,
Alex`, 'sex-life'),
  d(`Hej,

Inför Pridemånaden kommer regnbågsflaggan att hissas utanför kommunhuset den 1 augusti. Vi uppmuntrar alla förvaltningar att delta i Pride-paraden lördag 8 augusti. Det finns kommunala t-shirts att hämta i receptionen.

Kommunen har också en HBTQ-certifierad fritidsgård och vi planerar en utbildning för personal om normkritik i höst.

Hälsningar
Jämställdhets- och mångfaldsstrateg`),
  d(`Hej Janne,

Ang. personalschemat inför sommaren – jag har fått in önskemål från nästan alla nu, det är bara Petra och Sam som saknas.

Sen en grej till som jag nog borde berätta: Sam kom ut som trans för mig igår och ska börja använda namnet Samuel i stället för Samantha från och med nästa vecka. Han har bett mig meddela ledningen men vill vänta med att säga något till resten av gruppen. Kan du uppdatera namnet i schemat och passerkortet?

/Lena`, 'sex-life'),
  d(`Från: Socialsekreterare Johan Ek
Till: Skatteverket, Folkbokföringen
Ämne: Begäran om kvarskrivning

Hej,

Jag skriver på uppdrag av min klient Sandra Mattsson, som har flytt från en våldsam relation och nu bor på skyddat boende. Vi ansöker om kvarskrivning för henne och hennes två barn. Hennes tidigare sambo är dömd för grov kvinnofridskränkning 2024 och har hotat henne igen.

Vi bifogar polisanmälan och intyg från kvinnojouren.

Innehållet i detta mejl omfattas av sekretess enligt 26 kap. 1 § OSL.

Johan Ek`, 'protected-identity', 'criminal-record', 'social', 'secrecy'),
  d(`Hej alla handläggare,

Påminnelse: från 1 juli måste alla mejl som innehåller personuppgifter om enskilda skickas via den säkra meddelandetjänsten. Det gäller särskilt ärenden som rör ekonomiskt bistånd, LSS och barnavård.

Vanlig e-post får endast användas för allmän information, t.ex. mötestider.

En utbildning i den säkra tjänsten hålls den 14 juni. Anmälan på intranätet.

Systemförvaltare, Socialförvaltningen`),
  d(`Hej Filip,

Hoppas flytten till nya lägenheten gick bra!

Hur som helst: jag har nu kollat med löneavdelningen och din nya lön från 1 april blir 44 250 kr. Det är 1 750 kr mer än förra året. Jag vet att du hade hoppats på mer, men du ligger ändå över snittet för systemvetare hos oss.

Hör av dig om du vill prata mer.

/Karolina, IT-chef`, 'salary'),
  d(`Hej,

Här kommer statistik från årets lönekartläggning:

- Medellön socialsekreterare: 39 800 kr
- Medellön undersköterska: 30 200 kr
- Medellön förskollärare: 37 100 kr

Inga osakliga löneskillnader mellan kvinnor och män har identifierats i de granskade grupperna. Den fullständiga rapporten presenteras för samverkansgruppen den 15 maj.

HR-avdelningen`),
  d(`Hej Anneli,

Det blev ett hektiskt möte igår, förlåt att jag inte hann säga hej.

Apropå min föräldraledighet: jag är gravid i vecka 14 och räknat med att gå på ledighet i början av oktober. Vi har inte berättat för så många än, men jag ville att du skulle veta så du kan börja planera.

Jag mår ganska illa på förmiddagarna, så om jag verkar trött på morgonmötena är det därför.

Hälsningar
Ida`, 'health'),
  d(`Hej!

Information från Försäkringskassan om föräldrapenning och graviditetspenning finns nu samlad på intranätet under "Familj och ledighet". Där finns också kommunens riktlinjer för föräldraledighet, hur du ansöker i personalsystemet och vad som gäller om du är gravid och har ett fysiskt tungt arbete.

Frågor? Kontakta HR-service.`),
  d(`Journal, BVC Norrbacka

Besök: Noah, 18 mån, med mamma.
Längd och vikt följer kurvan. Vaccination MPR given.
Mamma berättar att hon själv har sicklecellsanemi och att Noahs pappa är bärare. Noah testades vid födseln och är bärare av sicklecellsanlaget men har inte sjukdomen. Mamma vill veta mer – remiss till genetisk vägledning skickad.

Nästa besök 2,5 år.`, 'genetic', 'health'),
  d(`Hej,

Region Västerås anordnar en temadag om genetiska analyser i vården den 10 oktober. Teman: nyfödda-screening (PKU-testet), ärftlig cancer, BRCA-mutationer och etiska frågor kring prediktiva gentester.

Målgrupp: sjuksköterskor och läkare inom primärvården. Kostnadsfritt.

Anmälan via kompetensportalen senast 15 september.`),
  d(`Hej Sara,

Tack för ditt mejl. Ja, vi har fått svaret från Polisen. Det är bekräftat att DNA-profilen från cigarettfimpen vid inbrottet på återvinningscentralen matchar Dennis Björk, som redan finns i DNA-registret. Polisen har nu delgett honom misstanke om grov stöld.

Kan du informera försäkringsbolaget och ta fram fakturorna på de stulna verktygen?

/Magnus
Säkerhetschef, Tekniska förvaltningen`, 'biometric', 'criminal-record'),
  d(`Hej!

Vi ser över möjligheten att införa ansiktsigenkänning vid entréerna till kommunens gymnasieskolor. Dataskyddsombudet har gjort en första bedömning och konstaterar att det sannolikt inte är förenligt med GDPR, liknande fall har fått sanktionsavgift av IMY.

Förslaget läggs därför ned. Vi tittar i stället på bättre kortläsare och fler kameror utan ansiktsigenkänning i korridorerna.

Utbildningsförvaltningen, säkerhetsavdelningen`),
  d(`Hej Tove,

Inför inskrivningen på nya boendet: Vincent har beslut om bostad med särskild service enligt 9 § 9 LSS och beviljad daglig verksamhet. Han har autism och en måttlig intellektuell funktionsnedsättning, och behöver stöd vid måltider och personlig hygien.

Hans god man är Bengt Andersson, nås på 070-223 44 19.

Flytt planeras till 1 maj. Jag mejlar över genomförandeplanen via säkert meddelande.

/Ronja, LSS-handläggare`, 'social', 'health'),
  d(`> Hej, vi undrar varför vår ansökan om bygglov för attefallshus inte är färdigbehandlad?

Hej Birgitta,

Tack för din fråga. Ärendet (BN 2026-0412) är under handläggning. Vi har väntat in grannarnas yttranden, och en av grannarna har lämnat synpunkter om skuggning. Handläggaren bedömer att beslut kan fattas inom tre veckor.

Vänliga hälsningar
Bygglovsenheten`),
  d(`Hej!

Vill bara tipsa om att Lindgårdens äldreboende söker frivilliga till sina onsdagsaktiviteter. Det är bingo, sång och promenader. Många boende har demens och uppskattar besök av nya ansikten. Man behöver inga förkunskaper, men man får gå en kort introduktion om bemötande först.

Anmäl intresse till aktivitetssamordnare Maud Lindkvist.

/Personalklubben`),
  d(`Hej,

Nu har den nya elevhälsoplanen antagits. Nyheter i år:
- Alla elever i åk 7 erbjuds hälsosamtal med skolsköterskan.
- Vi inför en ny rutin vid hög frånvaro: efter 10 % ogiltig frånvaro kontaktas vårdnadshavare, efter 20 % kallas till elevhälsomöte.
- Kuratorn har utökade tider på tisdagar.

Planen finns på skolans hemsida.

Rektor, Sjöängsskolan`),
  d(`Hej Eva!

Tack för ett bra föräldramöte. Jag lovade att återkomma om Mira.

Mira har varit frånvarande 31 lektioner den här terminen, de flesta oanmälda. I engelska ligger hon just nu på betyget E, och i matematik riskerar hon F eftersom hon missat två av tre prov. Hon har dock gjort fina framsteg i bild och där ligger hon på A.

Jag föreslår att vi upprättar ett åtgärdsprogram. Kan du ringa mig på 0455-30 12 88?

Mvh
Jenny Lund, mentor 8B`, 'grades'),
  d(`Hej allihopa,

Påminnelse om att lämna in reseräkningar för februari senast den 10 mars. Glöm inte att bifoga kvitton för taxi och tåg.

Nytt i år: resor med egen bil ersätts med 25 kr/mil skattefritt plus 9,50 kr/mil skattepliktigt. Ersättningen betalas ut med nästa lön till det konto som finns registrerat i personalsystemet.

Ekonomiavdelningen`),
  d(`Hi!

I'm a new trainee at the planning department – I'm Polish and just moved here from Kraków. I have a question about the reimbursement for my train ticket from the interview in January – 1 245 kr.

Can you transfer it to my Polish account? IBAN: PL61 1090 1014 0000 0712 1981 2874, BIC: WBKPPLPP, name: Katarzyna Nowak.

If that's not possible I'll open a Swedish account next week.

Best,
Kasia`, 'bank-account', 'ethnic-origin'),
  d(`Hej!

Din beställning från kommunens webbutik (ordernr 88112) har registrerats. Betalning med kort ****-****-****-4021 har genomförts. Belopp: 395 kr (karta över vandringsleder + mugg).

Leveranstid: 3–5 arbetsdagar.

Tack för ditt köp!
Turistbyrån`),
  d(`Från: Inköp
Till: Bo Lindström

Hej Bo,

Ditt inköpskort för resor har nu förnyats. Nya kortuppgifter:
Kortnummer: 5412 7534 9012 3456
Giltigt t.o.m.: 11/29
CVC: 774

Kortet skickas även fysiskt till din arbetsplats. Aktivera det genom att ringa 020-33 44 55 och uppge PIN som kommer i separat brev.

Inköpsenheten`, 'payment-card'),
  d(`Hej,

Tack för att du deltog i vår digitala utbildning om informationssäkerhet. Några påminnelser:

- Dela aldrig ditt lösenord med kollegor, inte ens IT-supporten.
- Använd lösenordsfraser på minst 16 tecken.
- Aktivera tvåfaktorsautentisering i Authenticator-appen.
- Misstänker du nätfiske, rapportera via knappen "Rapportera" i Outlook.

Med vänlig hälsning
Informationssäkerhetssamordnaren`),
  d(`Hej Mattias,

Kan du lägga in Hedda i systemet? Hon börjar som vikarie i morgon och har inget konto än. Jag har lånat ut mitt konto tills vidare: användarnamn mattias.berg@kommunen.se, lösenord Sommar2026!!. Snälla ändra det efter, jag vet att det här är mot reglerna.

Och kan du kolla varför skrivaren i personalrummet inte fungerar?

/Linda`, 'credentials'),
  d(`Ärendenotifiering från IT-supporten

Ärende: INC0091233
Status: Löst
Beskrivning: Användaren kunde inte logga in i Visma efter lösenordsbyte.
Åtgärd: Kontot låstes upp. Användaren uppmanades att byta lösenord via självservice.

Om problemet kvarstår, svara på detta mejl inom 5 dagar för att återöppna ärendet.

Vänliga hälsningar
IT-support`),
  d(`Hej Sigrid,

Tack för att du tog dig tid med mig idag. Jag har tänkt på det vi pratade om.

Jag vet att det blev fel när jag gav Olle en skriftlig varning förra veckan för att han kom försent sju gånger i februari och inte ringde in. Jag borde ha haft ett samtal med honom först. Men jag står fast vid bedömningen att han inte sköter sitt arbete – han har också missat två dokumentationer av läkemedelsöverlämning.

Vad tycker du att jag ska göra nu?

/Viktor, enhetschef`, 'hr-assessment'),
  d(`Hej!

Kommunens nya policy för medarbetarsamtal är antagen. Viktigaste förändringar:

- Medarbetarsamtal hålls en gång per år, under perioden september–november.
- Lönesamtal hålls separat under februari.
- Samtalet dokumenteras i mallen i personalsystemet.
- Chef och medarbetare ska båda ha förberett sig med hjälp av underlaget.

Ett stödmaterial för chefer finns på intranätet.

HR-strategen`),
  d(`Hej Elsa,

Sammanfattning av vårt telefonsamtal idag:

Du berättade att din man Rolf har fått beviljat korttidsboende i två veckor efter fallolyckan, och att hemtjänsten ska utökas när han kommer hem. Du har själv en utmattningsdepression och orkar inte med de nattliga toalettbesöken längre. Vi kommer att erbjuda dig anhörigstöd och ett samtal med anhörigkonsulenten.

Vänliga hälsningar
Ulla-Britt Sandberg
Biståndshandläggare, äldreomsorgen`, 'social', 'health'),
  d(`Kära medarbetare,

Vi vill tacka alla som deltog i årets medarbetarenkät. Svarsfrekvensen var 84 %. Några resultat:

- 72 % upplever att de har rimlig arbetsbelastning.
- 11 % har upplevt kränkande särbehandling under det senaste året.
- 6 % har upplevt diskriminering på grund av etnicitet, religion eller sexuell läggning.

Varje enhet kommer att gå igenom sitt resultat på APT och ta fram en handlingsplan.

Förvaltningsledningen`),
  d(`Hej Petter,

Kan du hjälpa mig? Jag skickade ut fel bilaga till föräldrarna i 5A förra veckan. I stället för veckobrevet skickade jag omdömesdokumentet för Lova, där det står att hon inte når kunskapskraven i svenska och matematik och att hon har stödundervisning. Mamman till en annan elev har hört av sig.

Vad ska jag göra – ska det anmälas som personuppgiftsincident?

/Cecilia`, 'grades'),
  d(`Hej,

Bilaga: Mall för IUP (individuell utvecklingsplan), åk 1–5.
Mallen innehåller rubriker för skriftliga omdömen i varje ämne, mål för nästa period och underskrift av vårdnadshavare. Vänligen använd den nya mallen från och med höstterminen.

Den gamla mallen raderas från Vklass den 30 juni.

Skolutvecklare, grundskoleavdelningen`),
  d(`Hej Gustav,

Jag har en fråga angående Mohammad i klass 2C. Han har anmält att han inte kan delta i simundervisningen under ramadan. Mamma har också ringt och sagt att han inte vill byta om inför klasskamraterna av religiösa skäl.

Jag vill gärna hitta en lösning – kan vi lägga hans simprov i augusti istället?

Mvh
Rebecka, idrottslärare`, 'religion'),
  d(`Hej,

Skolans policy vid religiösa högtider: elever som vill vara lediga för att fira en religiös högtid, till exempel eid, Yom Kippur, Diwali eller ortodox jul, kan beviljas ledighet av rektor. Ansök i god tid.

Skolan är konfessionslös, men vi uppmärksammar olika högtider i undervisningen i religionskunskap.

Rektor Helena Bäck`),
  d(`Hej Christer,

Apropå förhandlingen om schemaändringarna på Björkhagens äldreboende: Kommunal har utsett Rose-Marie Svensson till arbetsplatsombud för enheten från 1 mars. Hon ersätter Kent, som gått över till Vision sedan han blev samordnare.

Kan du lägga in henne på sändlistan för MBL-informationen?

Tack!
/Elisabeth, HR`, 'trade-union'),
  d(`Minnesanteckningar, förvaltningsgrupp (FSG) Utbildningsförvaltningen, 3 april

Närvarande arbetsgivare: Lars Hed, Anna Rask
Närvarande fackliga: Sveriges Lärare (2), Vision (1), Kommunal (1), Akademikerförbundet SSR (1)

§ 1 Budget 2027 – information, inga synpunkter.
§ 2 Arbetsmiljö – skyddsronder genomförda på 14 av 17 skolor.
§ 3 Rekrytering av rektor till Ängsskolan – information.
§ 4 Övrigt – nästa möte 8 maj.

Justeras av Lars Hed och Anna Rask.`),
  d(`Hej Sanna,

Jag har fått en fråga från Ahmed Yilmaz om fackavgiften. Han har varit medlem i Akademikerförbundet SSR sedan januari och avgiften ska dras på lönen, men det syns inte på hans lönespecifikation. Hans lön är 41 900 kr så avgiften ska vara runt 290 kr.

Kan du kolla löneavdraget?

/Mikael, löneadministratör`, 'trade-union', 'salary'),
  d(`Hej allihop,

Lärarförbundet och Lärarnas Riksförbund har som bekant gått samman i Sveriges Lärare. För er som undrar: medlemskap flyttades över automatiskt och avgiften dras som vanligt via lönen.

Vi har också fått en ny lokal kontaktperson för skolorna i norra området. Kontaktuppgifter finns på fackets hemsida.

Vänligen
HR-service`),
  d(`Hej Kristina,

Vi har nu gått igenom ansökningarna till sommarjobben. Några saker att tänka på inför intervjuerna:

Amina har berättat i sin ansökan att hon är uppvuxen i Somalia och kom hit som 12-åring, och att hon talar somaliska och arabiska flytande, vilket är en styrka i vår verksamhet. Hon har också skrivit att hon är sverigefinne på mammas sida – roligt!

Intervjuer på tisdag, rum 3.

/Jonas`, 'ethnic-origin'),
  d(`Hej,

Vi söker tolkar i samiska, meänkieli och finska till kommunens förvaltningsområde för nationella minoriteter. Uppdragen gäller främst äldreomsorg och förskola.

Intresserade kan kontakta samordnaren för nationella minoriteter. Ersättning enligt Kammarkollegiets taxa.

Mvh
Minoritetssamordnaren`),
  d(`Från: Omsorgsförvaltningen
Till: Hemtjänst Gällivare centrum

Hej,

Inför starten av insatser hos Nils-Anders Pavval från måndag: han är same och har uttryckt önskemål om personal som kan samiska, eftersom han har svårt att uttrycka sig på svenska sedan stroken i höstas. Vi har Inga-Lill i gruppen som talar nordsamiska – försök att schemalägga henne så ofta det går.

Han har beviljats hemtjänst med tre besök per dag.

Vänliga hälsningar
Biståndshandläggaren`, 'ethnic-origin', 'health', 'social'),
  d(`Hej allesammans,

Påminnelse: Fredag är det Tornedalingarnas dag den 15 juli! Biblioteket visar utställningen "Meänmaa – vårt land" och det blir bokprat med författaren kl. 14.

Vi uppmärksammar också Sverigefinnarnas dag 24 februari och Samernas nationaldag 6 februari varje år.

Kultur och fritid`),
  d(`Hi everyone,

I'm Lorenzo, the new urban planner – I started on Monday and I'm still learning my way around the building. A few questions:

1. Who do I ask about access to the GIS licence?
2. Is there a Swedish course for employees?
3. Where can I find the salary scale for planners? Just curious how it compares to my previous employer, not asking about anybody specific.

Thanks for the welcome fika!
Lorenzo`),
  d(`Hej Birgit,

Inför lönesamtalet med Åsa nästa vecka: hennes nuvarande lön är 33 600 kr. Jag föreslår att hon får 1 400 kr i påslag, alltså 35 000 kr, eftersom hon tagit på sig samordningsansvaret för nattpersonalen. Hon har dessutom fått en engångsersättning på 5 000 kr för extra arbete under influensaperioden.

Säg till om du tycker annorlunda.

/Göran, avdelningschef`, 'salary'),
  d(`> Hej, vi undrar vilken lön som gäller för sommarvikarier på äldreboendena i år?

Hej!

För sommarvikarier inom vård och omsorg gäller 146 kr/timme för outbildade och 162 kr/timme för den som har undersköterskeutbildning. Utöver det betalas OB-tillägg enligt kollektivavtalet.

Lönen betalas ut den 25:e varje månad.

Vänliga hälsningar
Rekryteringsenheten`),
  d(`Hej Monica,

Jag har fått en fråga från revisorerna angående utbetalningen av avgångsvederlaget till förra ekonomichefen. Enligt överenskommelsen fick han 18 månadslöner, alltså 18 x 72 500 kr = 1 305 000 kr. Han fick också behålla tjänstebilen till 31 december.

Revisorerna vill se underlaget. Kan du ta fram det till på fredag?

/Thomas
Kommunstyrelsens ordförande`, 'salary'),
  d(`Hej,

Bifogat finns det skickade betalningsuppdraget för utbetalning av ekonomiskt bistånd till Jessica Lind för april, 7 840 kr. Pengarna sätts in på hennes konto på Handelsbanken, clearing 6789, kontonummer 123 456 789.

Nästa utbetalning sker den 25 maj, förutsatt att hon lämnar in kontoutdrag och inkomstuppgifter.

Försörjningsstödsenheten`, 'social', 'bank-account'),
  d(`Hej!

Kommunen byter bank från Nordea till Swedbank den 1 september. För dig som anställd innebär bytet inga förändringar – lönen betalas ut som vanligt till ditt eget konto.

Leverantörer som fakturerar kommunen ska använda det nya bankgironumret 5050-1055 från och med 1 september.

Ekonomiavdelningen`),
  d(`Re: Arvode för god man

Hej Leif,

Arvodet för ditt uppdrag som god man för Ingrid Karlsson för 2025 har nu beslutats av överförmyndarnämnden: 14 200 kr.

> Hej, kan ni sätta in arvodet på mitt konto i Länsförsäkringar Bank, 9020-0143 762?

Vi har noterat kontonumret och betalningen sker inom 30 dagar.

Överförmyndarenheten`, 'bank-account'),
  d(`Ärende: Återbetalning – felaktig debitering förskoleavgift

Hej Fatima,

Vi har kontrollerat och ser att du debiterats två gånger för februari. Vi återbetalar 1 612 kr. Vi har dock inget konto registrerat på dig. Vänligen fyll i blanketten "Utbetalning till konto" på kommunens webbplats – skicka inte kontonummer via e-post.

Vänliga hälsningar
Barnomsorgsavgifter`),
  d(`Hej Erika,

Jag hittade ett plånboksfynd i personalrummet. Eftersom ingen har hämtat det tog jag en bild på kortet för att kunna kolla vem det tillhör: det står JOAKIM R NILSSON, Visa, nummer 4916 2734 5501 8862, giltigt till 04/27.

Vet du om vi har någon Joakim här? Annars lämnar jag den till polisen.

/Ewa, reception`, 'payment-card'),
  d(`Hej!

Från 1 mars tar kommunens simhallar och bibliotek bara kort- och Swish-betalning. Kontanter tas inte längre emot. Kortterminalerna hanterar Visa, Mastercard och American Express.

Besökare som saknar kort kan köpa presentkort via medborgarservice.

Kultur och fritid`),
  d(`Kundtjänst-logg, ärende 71230

14:02 Kund ringer ang. parkeringsavgift. Har fått kontrollavgift felaktigt.
14:05 Kunden läser upp sitt kortnummer för att betala resterande avgift: 5355 0821 4476 9013, exp 08/26, CVC 502. Handläggaren avbryter och informerar om att kortuppgifter inte får tas emot per telefon.
14:07 Kunden hänvisas till betalning via parkeringsappen.
Notering: kortuppgifterna har antecknats av misstag – radera denna logg efter kontroll.`, 'payment-card'),
  d(`Hej Anette,

Vi har nu fått svaret från Klinisk genetik angående Lucas. Analysen visade en mutation i dystrofingenen som bekräftar Duchennes muskeldystrofi. Mamman har också testats och är anlagsbärare.

Jag föreslår att vi bokar ett möte med föräldrarna, habiliteringen och skolan för att planera anpassningar. Lucas behöver troligen rullstol inom ett par år.

Hälsningar
Marianne
Skolsköterska`, 'genetic', 'health'),
  d(`Hej Kalle,

Jag läste artikeln du skickade om DNA-test från konsumentföretag och hur data säljs vidare. Intressant! Vi borde ta upp det på nästa nätverksträff för dataskydd – särskilt frågan om vad som händer när anställda själva laddar upp sina genetiska data i appar på jobbtelefonen.

Kanske en punkt till höstens utbildning?

/Rut, dataskyddsombud`),
  d(`Hej Tina,

Som du vet har min syster gått igenom behandling för bröstcancer. Nu har hon testat sig och det visade sig att hon bär på BRCA1-mutationen. Läkaren rekommenderade att jag också testar mig, och svaret kom i går: jag är också bärare.

Jag kommer att behöva gå på fler kontroller framöver och eventuellt opereras förebyggande. Ville att du som chef skulle veta.

/Emma`, 'genetic', 'health'),
  d(`[Slack – #it-drift]

jonas.w: nån som vet varför ansiktsigenkänningen på nya laptops inte funkar för Karin L?
pernilla.s: Windows Hello registrerade hennes ansiktsmall med glasögon, hon har bytt till linser
jonas.w: haha ok, så hon får registrera om?
pernilla.s: ja, jag tar bort hennes gamla mall och kör om enrollment när hon är på plats
jonas.w: 👍`, 'biometric'),
  d(`Hej,

Ny rutin för tidrapportering på bygget av nya skolan: entreprenören inför handflatsläsare vid grindarna. Kommunens egna byggledare omfattas inte, vi använder ID06-kort som vanligt.

Frågor om hur entreprenören hanterar biometriska data får ställas direkt till dem; kommunen är inte personuppgiftsansvarig.

Projektledningen, Nya Västerskolan`),
  d(`Hej Matilda,

Vi har fått begäran från Polisen om att få ut kamerabilder från entrén till simhallen den 14 mars mellan kl 16 och 18. De har kört stillbilderna genom ansiktsigenkänning och fått träff på en 17-årig pojke, Elias Holm, som är misstänkt för att ha stulit plånböcker ur omklädningsskåpen.

Jag har sekretessprövat begäran enligt 35 kap. 1 § OSL och kommer att lämna ut materialet till Polisen.

/Rikard, säkerhetssamordnare`, 'biometric', 'criminal-record', 'secrecy'),
  d(`Hej,

Vi har fått in en ansökan om röstigenkänning i telefonväxeln för kundtjänst. Leverantören påstår att det sparar tid, men vi behöver en DPIA innan vi går vidare eftersom röstavtryck är biometriska personuppgifter.

Ärendet tas upp på IT-styrgruppen i maj.

IT-strateg`),
  d(`Från: Kundcenter
Till: IT

Hej!

Röstbiometrin i växeln har registrerat fel röstavtryck för Gunilla Strand, hon kommer inte in i röstbrevlådan längre. Systemet säger "röstmallen matchar inte" trots tre försök. Kan någon radera hennes röstprofil och låta henne spela in på nytt?

Hennes anknytning är 4421.

Tack
Kundcenter`, 'biometric'),
  d(`Hej Linnéa,

Vi har en ny elev som börjar i åk 6 på måndag. Eleven har sekretessmarkering och fingerade personuppgifter – han heter i våra system "Adam Berg", men det är inte hans riktiga namn. Ingen information om honom får lämnas ut, inte ens till andra föräldrar som frågar.

Bilder på honom får inte läggas ut på skolans Instagram eller i skolkatalogen.

Rektor`, 'protected-identity'),
  d(`Hej Malin,

Fråga om vår utdelning av skolkataloger: vi har några elever som har skyddade personuppgifter, hur ska vi göra med dem? Ska de vara med i katalogen utan bild, eller inte alls?

Tack för hjälpen!
/Henrik, skoladministratör

> Hej Henrik, elever med skyddade personuppgifter ska inte finnas med i katalogen alls. Stäm av listan med registrator innan tryck. /Malin`),
  d(`Hej!

Jag vill bara påminna om att Gunnel Åberg på boende 3 numera har skyddad folkbokföring. Hennes son har varit hotfull mot personalen och hon vill inte att han får veta var hon bor. Vi får inte bekräfta i telefon att hon bor hos oss.

Det står i genomförandeplanen men jag ville att alla skulle ha sett det.

/Berit, enhetschef`, 'protected-identity'),
  d(`Hej,

Rapport från nätverksträffen för registratorer, maj 2026:

- Skatteverket presenterade statistik: drygt 11 000 personer har skyddade personuppgifter i Sverige.
- Diskussion om hur diarieföring av ärenden med sekretessmarkering ska ske.
- Nya riktlinjer om fingerade personuppgifter väntas från Polismyndigheten.

Presentationen bifogas.

/Registrator, kommunkansliet`),
  d(`Hej,

Jag vidarebefordrar detta till dig för åtgärd.

---------- Vidarebefordrat ----------
Från: Polisen, Region Syd
Ämne: Begäran om uppgifter

Vi utreder ett misstänkt bedrägeri där en person, Mats Kronqvist, misstänks ha ansökt om ekonomiskt bistånd under falsk identitet i tre kommuner. Vi begär att få ta del av hans ansökningar hos er under 2025. Begäran görs enligt 10 kap. 24 § OSL.

Kommissarie Lena Ström

---------
Kan du ta fram handlingarna? Vi behöver göra en sekretessprövning först.
/Annika, enhetschef`, 'criminal-record', 'social', 'secrecy'),
  d(`Hej!

Polisen informerar: under sommaren har det skett flera inbrott i kolonistugor runt Sörbyn. Kommunen uppmanar alla som hyr stugor att låsa in verktyg och cyklar. Polisen ökar patrulleringen på kvällstid.

Anmäl misstänkta händelser till 114 14.

Samhällsbyggnadsförvaltningen`),
  d(`Hej Åke,

Vi behöver prata om Kevin på Stödboendet Linden. Han blev igår gripen för ett rån mot en närbutik och sitter nu anhållen. Hans kontaktperson har pratat med advokaten.

Socialtjänsten har gjort en anmälan till IVO eftersom han är placerad enligt SoL. Nästa steg är att utreda om placeringen ska fortsätta.

Mvh
Rolf, placeringssamordnare`, 'criminal-record', 'social'),
  d(`Hej hela personalgruppen!

Nu är det dags för årets brandövning. Den sker onsdag 15 oktober kl 10.00. Samling på parkeringen vid larm. Den som har personligt ansvar för en brukare med rörelsenedsättning ska ha planerat evakueringen i förväg.

Efter övningen bjuds på kaffe och bullar.

/Säkerhetsansvarig, Sjögläntan`),
  d(`Hej alla,

Tack för bra samtal i dag på vår handledning. Några saker jag tar med mig:

- Vi behöver bli bättre på att dokumentera när vi gör orosanmälningar.
- Handläggare med tunga ärenden med LVU ska erbjudas extra handledning.
- Nya kollegor ska ha en fadder första året.

Ingen ärendedragning spelades in. Nästa träff 4 juni.

/Lena, handledare`),
  d(`Hej!

Jag skulle behöva flytta min tid hos företagshälsovården på torsdag. Jag har fått förhinder eftersom min son ska på ett möte på skolan samma tid. Går det att flytta till måndag förmiddag?

Hälsningar
Anders Ström
Tekniska förvaltningen`),
  d(`Chattlogg – Mobilt team, nattskift

22:14 Maria: Vi är hos Bertil nu. Han har ramlat i badrummet, blöder från pannan.
22:16 Maria: Ringer sjuksköterska. Han har tagit sina Waran idag enligt listan.
22:31 Sjuksköterska Björn: Kommer dit, ambulans beställd. Han ska in på akuten för röntgen.
22:50 Maria: Han är iväg. Dotter kontaktad.
23:05 Maria: Vi åker vidare till nästa, Stina på Kvarngatan.`, 'health'),
  d(`Hej Sofia,

Här är en sammanfattning från pilotprojektet med digitala läkemedelsskåp på Solrosens äldreboende:

- Läkemedelsavvikelser minskade med 40 %.
- Personalen är generellt positiv men vill ha bättre utbildning.
- Vissa boende med kognitiv svikt har svårt med de nya rutinerna.

Projektet utvärderas vidare under hösten.

/Martin, MAS`),
  d(`Hej Linda,

Jag glömde säga en sak på mötet igår. Pernilla har bett mig framföra att hon är borta på fredag – hon ska på IVF-behandling och det är lite känsligt. Hon vill inte att resten av gruppen vet. Kan du lösa vikarie?

Tack
/Karin`, 'health'),
  d(`Hej,

Protokoll från styrelsemöte i personalföreningen, 12 mars:

1. Kassören rapporterar att föreningen har 23 400 kr i kassan.
2. Beslutades att sponsra julbordet med 150 kr/medlem.
3. Vårens utflykt blir till Gotland.
4. Nästa möte 9 april.

Föreningens bankgiro för medlemsavgifter: 5432-1098.

Sekreterare, Personalföreningen Stadshuset`),
  d(`Hej!

Info från lokala Vision: Vi har fått klagomål om att arbetsgivaren inte förhandlat innan nya schemat på kundcenter infördes. Vi har begärt förhandling enligt 11 § MBL. Vi återkommer med information när vi vet mer.

Medlemmar som vill diskutera detta är välkomna till möte tisdag kl 12 i lilla konferensrummet.

/Styrelsen, Vision Stadshuset`),
  d(`Hej Agnes,

Tack för att du hörde av dig. Jag är så ledsen för det som hände med din pappa.

Som du vet är han politiskt aktiv i Kristdemokraterna här i kommunen, och jag förstår att en del av hatbreven han fått har kommit till kommunhusets adress. Vi har sparat alla och lämnat dem till polisen, som har öppnat en förundersökning om olaga hot mot honom.

Hör av dig om du behöver något.

/Magdalena, kommunsekreterare`, 'political-opinion'),
  d(`Hej,

Jag vill tipsa om ett seminarium om demokrati och hot mot förtroendevalda på Länsstyrelsen i november. Föreläsare från BRÅ och SKR presenterar den senaste undersökningen Politikernas trygghetsundersökning.

Seminariet vänder sig till kommunalråd, nämndordförande och tjänstepersoner som stödjer förtroendevalda.

/Demokratisamordnaren`),
  d(`Hi Marcus,

Sorry for the English, my Swedish is still too slow for emails.

I set up the new shared mailbox for the project as you asked. Login details below so you can add it to Outlook:
user: proj-vattenverk@kommun.se
password: Kx7!lmq-Baltic-22

Please change the password after first login. The MFA is linked to my phone for now, so text me if you need a code.

Regards,
Dmitri
IT consultant`, 'credentials'),
  d(`Hej Ronja,

Portkoden till gruppbostaden på Lärkvägen har bytts efter inbrottsförsöket. Ny kod: 2580, och nyckelskåpet i hallen har kod 1966. Ge bara ut koderna muntligt till ordinarie personal och vikarier som är inskrivna i schemat.

Larmet slås av med personlig kod som vanligt.

/Ingemar, fastighetsskötare`, 'credentials'),
  d(`Hej,

Ni har beställt en ny inloggning till e-tjänsten för bygglov. Av säkerhetsskäl skickar vi aldrig lösenord via e-post. Ett tillfälligt lösenord skickas via sms till det mobilnummer som är registrerat på ert konto.

Om ni inte har begärt någon ny inloggning, kontakta oss omgående.

Kommunens e-tjänsteteam`),
  d(`[Teams] Gruppchatt: Kundtjänst skift B

Elin: hjälp, BankID-kollen funkar inte igen
Hussein: använd engångskoden istället, du får den i appen
Elin: fick 483 922 men den säger fel
Hussein: den går ut efter 30 sek, begär ny
Elin: ah nu gick det. tack!
Hussein: np. fika om 10?`, 'credentials'),
  d(`Hej Mona,

Här är sammanfattningen från det disciplinära samtalet med Patrik Sund den 3 mars, som jag lovade.

Patrik har vid tre tillfällen i februari lämnat arbetsplatsen utan att meddela, och vid ett tillfälle lämnat en brukare ensam. Han har fått en skriftlig varning. Vi har också kommit överens om att han ska ha avstämning med mig varje fredag fram till sommaren. Ett nytt liknande tillfälle kan leda till uppsägning.

Kommunal var med som ombud för Patrik.

Hälsningar
Sebastian, enhetschef`, 'hr-assessment', 'trade-union'),
  d(`Hej Jessica,

Resultaten från personlighetstestet (OPQ) för slutkandidaterna till tjänsten som ekonomichef är klara.

Kandidat 2, Anders Broman: hög på analytisk förmåga och struktur, låg på empati och samarbetsvilja. Testleverantören bedömer att han kan ha svårt att leda i förändring.
Kandidat 4, Sara Wiik: balanserad profil, hög på kommunikation.

Jag föreslår att vi går vidare med båda till referenstagning.

/Rekryteringskonsulten`, 'hr-assessment'),
  d(`Hej,

Ledarskapsprogrammet "Modigt ledarskap" startar i september. Under programmet gör alla deltagare ett personlighetstest och får individuell återkoppling från en psykolog. Resultaten är personliga och delas inte med närmaste chef.

Programmet omfattar sex träffar. Anmälan via chefen.

HR-utveckling`),
  d(`Re: Referens – Tobias Åkerlund

Hej,

Tack för att du ringde. Som jag sa i telefon: Tobias var anställd hos oss som fritidsledare i två år. Han var omtyckt av ungdomarna men hade problem med att passa tider och fick vid ett tillfälle en muntlig erinran för att han glömt låsa lokalen. Jag skulle inte rekommendera honom för en tjänst med ansvar för ekonomi.

Hälsningar
Maud Sjögren, tidigare chef`, 'hr-assessment'),
  d(`Hej allihopa,

Vi har ett nytt kommunalråd, Peter Lund, som tillträder den 1 april. Han kommer att ha ansvar för samhällsbyggnad och näringsliv. Välkommen, Peter!

Kommunalrådens kontaktuppgifter finns på webbplatsen.

Kommunikationsavdelningen`),
  d(`Hej Ulf,

Ang. valarbetet i vallokalen på Stenhagsskolan – jag tror vi behöver flytta Lennart till en annan lokal. Han har stått utanför och delat ut Sverigedemokraternas valsedlar på sin lunchrast, och flera väljare har klagat. Valnämndens riktlinjer säger att röstmottagare ska vara neutrala.

Kan du prata med honom?

/Gun, valsamordnare`, 'political-opinion'),
  d(`Hej!

Jag såg att din kollega Mårten var med i debatten på lokal-tv om vindkraftverken igår. Jag visste inte att han var så engagerad i Centerpartiet – han sitter ju i deras lokala styrelse nu har jag hört? Spännande.

Hur som helst, kan du skicka mig kartan över detaljplanen för Norra hamnen?

Tack
/Kajsa`, 'political-opinion'),
  d(`Anteckning från personalsamtal, Räddningstjänsten

Medarbetare: Daniel Ek
Daniel berättar att han deltagit i flera demonstrationer mot kommunens nedläggning av brandstationen i Skogsby och att han är aktiv i ett lokalt upprop. Han undrar om det kan påverka hans anställning.
Svar: yttrandefriheten gäller, så länge han inte uttalar sig på kommunens vägnar.

Inga vidare åtgärder.`, 'political-opinion'),
  d(`Hej Josefin!

Tack för samtalet i fredags. Min man och jag har pratat, och vi vill gärna att Liam får gå med i regnbågsgruppen på fritidsgården. Han har berättat för oss att han är gay och det var en lättnad för honom att få säga det. Han är dock inte redo att säga det till klassen, så vi vill be er vara diskreta.

Vänliga hälsningar
Karin, mamma till Liam`, 'sex-life'),
  d(`Hej,

Vi söker deltagare till en fokusgrupp om HBTQ-personers erfarenheter av äldreomsorgen. Studien genomförs av Göteborgs universitet i samarbete med kommunen. Deltagandet är anonymt och ersätts med ett presentkort.

Mer information finns i bifogad folder.

Utvecklingsenheten, äldreomsorgen`),
  d(`Hej Hasse,

Lite skvaller från avdelningen, förlåt: jag råkade se att Stefan och hans sambo Mikael var på samma personalfest i lördags. Jag visste inte att Stefan var homosexuell! Han har aldrig sagt något. Nåväl.

Annars är allt bra här. Har du hunnit titta på inventeringslistan?

/Petra`, 'sex-life'),
  d(`Journalanteckning – Ungdomsmottagningen

Besökare: Wilma, 16 år
Söker för rådgivning om preventivmedel. Har haft oskyddat samlag med ny partner för fem dagar sedan. Erbjuds akut p-piller och klamydiatest. Provtagning genomförd.
Uppföljning: svar på test om en vecka via 1177.`, 'sex-life', 'health'),
  d(`Hej,

Angående elevernas betyg i svenska i åk 6:
Snittbetyget har höjts från D till C+ jämfört med förra året. Andelen elever med F har minskat från 8 % till 3 %. Resultatet kommer att presenteras på skolans kvalitetsdag.

/Ämneslag svenska, Fjällskolan`),
  d(`Från: Vklass
Till: Vårdnadshavare till Theo Lindqvist

Ny frånvaro registrerad:
Elev: Theo Lindqvist, 7A
Datum: 2026-03-12
Lektioner: Engelska (ogiltig), Matematik (ogiltig), Idrott (ogiltig)
Total frånvaro denna termin: 17 %

Logga in i Vklass för att se detaljer. Svara inte på detta meddelande.`, 'grades'),
  d(`Hi Mr Olsson,

This is Hamid's mother. Thank you for the report card. We are happy he got A in mathematics and B in physics, but we do not understand why he has E in Swedish. He has worked very hard. Can we meet next week to talk?

Also, Hamid will be absent on Thursday for a dentist appointment.

Best regards,
Soraya`, 'grades'),
  d(`Hej,

Här kommer resultatet från de nationella proven i matematik åk 9 på Lunda skola:

Andel elever med provbetyg E eller högre: 86 %
Andel elever med A: 9 %
Skillnad flickor–pojkar: 4 procentenheter till flickornas fördel

Rapporten lämnas till huvudmannen i juni.

/Rektor Oscar Lind`),
  d(`Hej Nora,

Kan du ta reda på vem som är förtroendevald för Vårdförbundet på akutmottagningen? Jag ska bjuda in till samverkan om nya schemat men vet inte vem som har uppdraget efter årsmötet.

Tack!
/Magnus, verksamhetschef`),
  d(`Hej alla,

Detta är en påminnelse om att Kommunals medlemmar på Hemtjänst Östra har varslat om strejk från den 2 juni om förhandlingarna inte leder någonstans. Vi informerar så snart vi vet mer. Ingen chef får fråga medarbetare om de är medlemmar.

/HR-direktör`),
  d(`Hej Malin,

Tack för att du tog upp din situation i dag. Jag skriver ner det vi sa:

Du är med i Sveriges Lärare och har haft med dig Ulrika Holm från facket som stöd. Du har fått kritik från rektor för att du inte hinner rätta proven i tid, och du menar att det beror på att din tjänst har utökats med 20 % utan förhandling. Ditt sjukintyg från februari visar att du varit sjukskriven 25 % för stressymtom.

Vi återkommer efter förhandlingen den 14 april.

/Karl, HR-partner`, 'trade-union', 'hr-assessment', 'health'),
  d(`Hej kära kollegor,

Tack för alla gratulationer! Jag har nu bestämt mig för att anta tjänsten som chef på familjecentralen i Visby.

Innan jag lämnar vill jag tacka alla för åren här. Vi har genomgått flera omorganisationer, en pandemi och nya lagar för socialtjänsten – och ni har alltid varit fantastiska.

Sista arbetsdag: 30 juni. Vi ses på avtackningen!

Kramar
Solveig`),
  d(`Hej Mirja,

Mormor är så glad att ni ska komma på midsommar! Hon ska baka sin finska limpa som vanligt.

Apropå jobb: jag har börjat som tolk i finska hos kommunen. Det känns fint att få använda språket – som du vet är hela vår släkt sverigefinnar från Haparanda, och mamma pratade bara finska med oss hemma.

Kram
Anja`, 'ethnic-origin'),
  d(`Hej,

Ärende: Klagomål från vårdnadshavare

Vårdnadshavaren till Dennis (åk 4) har hört av sig och uppger att sonen blivit kallad "zigenare" av klasskamrater. Familjen är romer och har tidigare varit med om liknande på en annan skola. Vi har startat en utredning om kränkande behandling och informerat huvudmannen.

Hälsningar
Rektor, Viksjöskolan`, 'ethnic-origin'),
  d(`Hej Leila,

Vi har fått in en beställning av ny flagga till kommunhuset: Samernas nationaldag den 6 februari, Sverigefinnarnas dag 24 februari, Romernas nationaldag 8 april. Vi hissar även Tornedalingarnas flagga den 15 juli.

Kan du beställa flaggorna av leverantören?

/Fastighet`),
  d(`Dear Maya,

Thank you for sending the CVs for the interpreter pool. Just a note – please remove the line in Tigist's profile where it says she is Eritrean and Orthodox Christian. We don't record ethnicity or religion in the pool, only languages spoken (Tigrinya, Amharic, English).

Otherwise everything looks fine.

Kind regards,
Hanna, coordinator`, 'ethnic-origin', 'religion'),
  d(`Hej!

Vi har fått många frågor om kosthållningen i skolans matsal. Alla skolor erbjuder ett vegetariskt alternativ varje dag. Vårdnadshavare kan ansöka om specialkost av medicinska skäl eller av religiösa eller etiska skäl, t.ex. griskött-fri kost.

Ansökan görs på blankett på skolans webbplats.

Kostenheten`),
  d(`Hej Katarina,

Inför begravningen av Arvid Strandberg på Björkängens boende: familjen har bett att präst från Svenska kyrkan inte ska kontaktas, eftersom Arvid var aktiv medlem i Katolska kyrkan hela sitt liv. Han har också ett radband som han ville ha med sig i kistan.

Tack för att du ordnar detta.

/Mona, sjuksköterska`, 'religion'),
  d(`Hej Johan,

Jag har märkt att Sara har slutat äta lunch med oss i personalrummet. När jag frågade sa hon att hon har konverterat till islam och fastar under ramadan. Hon vill inte att vi gör något väsen av det, men jag tycker vi kan flytta APT-fikat till eftermiddagen under den månaden så att hon inte känner sig utanför.

/Linda`, 'religion'),
  d(`Hej Carina,

Svaret på faderskapstestet har nu kommit från Rättsmedicinalverket. DNA-analysen visar att Sebastian Håkansson med 99,99 % sannolikhet är far till barnet Alice. Vi kallar båda föräldrarna till ett möte för att fastställa faderskapet.

Handlingarna i faderskapsärendet omfattas av sekretess enligt 26 kap. 1 § OSL.

/Familjerätten`, 'genetic', 'secrecy', 'social'),
  d(`Hej,

Vill bara meddela att jag inte kan vara med på konferensen nästa vecka. Min mamma har ärftlig ALS – hon har samma SOD1-mutation som hennes bror – och jag har blivit erbjuden genetisk rådgivning på Karolinska samma dag. Jag vet inte om jag vågar testa mig, men jag vill i alla fall prata med dem.

Jag kan delta digitalt på eftermiddagen.

/Robin`, 'genetic', 'health'),
  d(`Hej,

Vi har fått en förfrågan från en forskargrupp om att få ta del av blodprover från PKU-biobanken för ett projekt om ärftliga hjärtsjukdomar. Etikprövningsmyndigheten har godkänt projektet. Regionens biobanksråd ska ta ställning i juni.

Ingen enskild persons prover identifieras i ansökan.

Biobankssamordnare`),
  d(`Hej Jenny,

Kan du kontrollera utbetalningen av semesterersättningen till Ahmad Rezaei? Han slutade den 31 januari och skulle få 23 410 kr. Han har hört av sig och säger att pengarna inte kommit till hans konto i Swedbank, 8214-9 943 221 017-3. Kan det vara fel kontonummer i systemet?

/Kristina, lönehandläggare`, 'salary', 'bank-account'),
  d(`Hej!

Lönespecifikationer för mars finns nu i självservice. Utbetalning sker 25 mars. Kom ihåg att kontrollera att ditt kontonummer är rätt om du har bytt bank.

Om du har frågor om din lön, kontakta lönecenter via e-tjänsten.

Lönecenter`),
  d(`Hi Henrik,

Could you help me with a quick thing? I paid for the course registration fee for the English-language training program with my private card, as the company card was blocked. Card: Mastercard 5105 1051 0510 5100, expiry 12/27. Can you arrange reimbursement of 2 400 kr to my salary?

Thank you,
Yuki Tanaka
Research coordinator`, 'payment-card'),
  d(`Hej Lina,

Jag fick ett mejl från en leverantör som ber oss att "uppdatera kortuppgifterna" för vår prenumeration på fackliteratur via en länk. Det ser ut som nätfiske. Jag har inte klickat. Ska jag vidarebefordra det till IT-säkerhet?

/Eva, bibliotekarie`),
  d(`Hej,

Notering från biblioteket: En besökare, Rune Gustafsson, glömde sitt bankkort i kopiatorn i dag. Kortnummer enligt kortet: 4539 1488 0343 6467, giltigt t.o.m. 06/28. Kortet förvaras i kassaskåpet tills han hämtar det. Han har ringt och bekräftat att det är hans.

/Johanna, biblioteksassistent`, 'payment-card'),
  d(`Hej Lisa,

Jag har ett ärende som jag behöver din hjälp med. Familjen Ahmadi har sekretessmarkering hos Skatteverket efter hot från mannens släkt. Hustrun Parisa har dessutom beviljats skyddat boende genom socialtjänsten. Nu ska barnen börja i förskola, och vi måste se till att adressen inte finns i något system som föräldrar eller personal kan se.

Kan vi ses i morgon?

/Ingrid, enhetschef förskola`, 'protected-identity', 'social'),
  d(`Hej,

Beslut: Begäran om utlämnande av allmän handling – avslag

Du har begärt att få ta del av handlingar i ärende SN 2026-1187 som rör en enskild person. Efter sekretessprövning har förvaltningen beslutat att inte lämna ut handlingarna, eftersom de omfattas av sekretess enligt 26 kap. 1 § OSL och det inte står klart att uppgifterna kan röjas utan att den enskilde lider men.

Beslutet kan överklagas till kammarrätten.

Socialförvaltningen`, 'secrecy'),
  d(`Hej allihop,

Utbildning i offentlighet och sekretess för nyanställda hålls den 3 oktober kl 9–12. Innehåll: allmänna handlingar, OSL:s struktur, vad som gäller för socialtjänst, skola och hälso- och sjukvård.

Anmälan senast 20 september.

Kommunjuristen`),
  d(`Hej Anna,

Angående frågan från journalisten om Per Wallins sjukskrivning: jag har sekretessprövat och kommit fram till att uppgifterna om hans hälsotillstånd omfattas av sekretess enligt 39 kap. 1 § OSL och inte får lämnas ut. Jag har meddelat journalisten att han kan få ett överklagbart beslut.

/Kommunjuristen`, 'secrecy', 'health'),
  d(`Hej,

Samverkansavtal med Polisen 2026–2028 är nu undertecknat. Fokusområden:
1. Trygghet i centrum kvällstid.
2. Ungdomsbrottslighet och tidiga insatser.
3. Våld i nära relationer.

Avtalet redovisas på kommunfullmäktige i maj.

Säkerhetsstrategen`),
  d(`Hej Pontus,

Vi har en situation på Ekbackens LSS-boende. En av de boende, Martin, har slagit en personal i ansiktet i går. Personalen har polisanmält händelsen. Martin har en utvecklingsstörning och autism och det är osäkert om han förstod vad han gjorde. Vi behöver göra en riskbedömning och eventuellt se över hans insatser.

/Helena, verksamhetschef LSS`, 'criminal-record', 'health', 'social'),
  d(`Hej Stefan,

Förlåt att jag tjatar, men nu är det tredje gången som Per-Erik inte kommer in i personalrummet. Hans fingeravtryck verkar ha raderats ur passersystemet när hans tjänst flyttades till Norra hemtjänstgruppen. Systemet säger "okänd mall". Han har fått låna min tagg under tiden, koden till den är 7731.

Kan du registrera om hans fingeravtryck i veckan?

/Gunilla`, 'biometric', 'credentials'),
  d(`Hej alla chefer,

Passersystemet uppgraderas helgen 14–15 juni. Under uppgraderingen fungerar inte taggar i stadshuset, och vakten släpper in personal mot uppvisad legitimation. Inga personliga koder eller biometriska uppgifter berörs av uppgraderingen.

Frågor till fastighetsavdelningen.`),
  d(`Till: Lönecenter
Från: Personalavdelningen, Socialförvaltningen
Ämne: Skyddade personuppgifter – lönespecifikation

Hej,

Medarbetaren Linnea Falk har från och med 1 maj skyddad folkbokföring. Hennes lönespecifikation får inte skickas hem per post längre, och hennes adress ska tas bort ur personalsystemet och ersättas med Skatteverkets särskilda postförmedling. Hennes lön på 36 900 kr ska fortsatt sättas in på samma konto som tidigare.

Behandla detta mejl med försiktighet.

/Personalhandläggaren`, 'protected-identity', 'salary'),
  d(`Hej,

Här kommer dagordning för nästa möte med lokala samverkansgruppen:

1. Föregående protokoll
2. Arbetsmiljöenkäten – resultat på enhetsnivå
3. Rehabiliteringsprocessen – ny rutin för arbetsanpassning
4. Lönerevisionen 2027 – tidplan
5. Övrigt

Fackliga representanter från Kommunal, Vision och Vårdförbundet är kallade.

/Förvaltningschefen`),
  d(`Hej Louise,

Kort om gårdagens klassråd i 8C: eleverna vill ha mjukare stolar i matsalen och längre rast. De diskuterade också skolvalet och några elever var väldigt engagerade i frågan om klimatet. Vi pratade om att alla får ha olika åsikter och att man ska respektera varandra.

Nästa klassråd är om två veckor.

/Mentor 8C`),
  d(`Hej!

Jag vill bara berätta att Olivia (åk 5) har haft en tuff vecka. Hennes pappa har suttit häktad sedan i söndags, misstänkt för grov misshandel av en granne. Mamman berättade det när hon hämtade i går och bad oss hålla ett extra öga på Olivia. Vi har gjort en orosanmälan till socialtjänsten.

Hälsningar
Fritidspedagog Anders`, 'criminal-record', 'social'),
  d(`Hej Britt,

Tack för ditt mejl om föreningsbidraget. Vi har nu behandlat ansökan från Islamiska kulturföreningen och Svenska kyrkans ungdom. Båda föreningarna beviljas aktivitetsbidrag för 2026 enligt de vanliga reglerna.

Beslut skickas till respektive förenings kassör.

/Föreningsenheten`),
  d(`Hej alla!

Nu är höstens grupper för föräldrastöd klara. Vi har "Trygga barn" på tisdagar och "Tonår" på torsdagar. Grupperna är öppna för alla vårdnadshavare i kommunen och är gratis. Man behöver inte ha någon kontakt med socialtjänsten för att delta.

Anmälan via familjecentralen.

/Föräldrastödssamordnaren`),
  d(`Hi Anja,

Thanks for organising the team dinner! I will come, but please note I don't drink alcohol and I eat only kosher meat – I'm Jewish and keep kashrut fairly strictly. Fish is fine if it has scales.

Also, could you forward me the expense policy? I need to know how to claim the taxi.

Best,
David Rosen`, 'religion', 'ethnic-origin'),
  d(`Hej,

Resultat från utvecklingssamtalen på förskolan Trollet, sammanställning för ledningen:

- Samtliga 14 medarbetare har haft samtal.
- Vanligaste önskemål: mer planeringstid och kompetensutveckling inom språkutveckling.
- Flera upplever hög ljudnivå.

Inga individuella bedömningar redovisas i denna sammanställning.

/Förskolechef`),
  d(`Hej Jörgen,

Vi fick ett samtal från Marcus Holm, som sökte tjänsten som vaktmästare. Han har frågat varför han inte gick vidare. Sanningen är att vi fick veta via hans tidigare arbetsgivare att han har en dom för olovlig körning och rattfylleri från 2024, och tjänsten kräver körkort.

Hur ska vi formulera svaret till honom?

/Rekryteraren`, 'criminal-record'),
  d(`Hej!

Förslag på ny rutin för hantering av personalens hälsodeklarationer vid nyanställning: deklarationen ska endast läsas av företagshälsovården och inte sparas hos chefen. Chefen får bara veta om medarbetaren är lämplig för arbetsuppgifterna eller inte.

Rutinen diskuteras i samverkan den 21 maj.

HR-strateg`),
  d(`Hej Gertrud,

Tack för att du tog emot mig på kort varsel. Jag har tänkt igenom det vi pratade om, och jag vill ändå säga ifrån skriftligt.

Jag har varit medlem i Unionen i tjugo år och sitter sedan i höstas i klubbstyrelsen här. Jag upplever att jag inte längre bjuds in till projektmötena sedan jag började driva frågan om övertidsersättningen. Jag kan ha fel, men det känns som att det hänger ihop.

Kan vi boka ett uppföljande möte med HR närvarande?

Hälsningar
Bengt Sjöberg
Projektingenjör, VA-avdelningen`, 'trade-union'),
  d(`Hej!

Jag har en fråga om skolskjutsen för min dotter Tilde i åk 2. Hon har fått en ny busstid och jag undrar om det stämmer att bussen går 07.05 nu? Det känns väldigt tidigt.

Tack för hjälpen,
Maria Ståhl

> Hej Maria, ja, från 1 februari har linje 3 ny tidtabell. Bussen går 07.05 från Hagby vägskäl. /Skolskjutssamordnaren`),
  d(`Hej Tobbe,

Ang. omprovet i historia: Wilmer i 2TE fick 9 av 30 poäng, alltså F igen. Han var dessutom borta två av de tre genomgångarna innan provet. Jag har pratat med honom om att han kan göra en muntlig komplettering i maj, annars blir kursbetyget F och han får läsa om kursen.

Kan du som mentor ta det med hans vårdnadshavare? Pappan har bett att få information via mejl.

/Sofie, historielärare`, 'grades'),
  d(`Hej,

Vi fick en begäran från Kerstin Lundgren om att få sitt barnbidrag från kommunens stiftelse insatt på ett annat konto. Hon skrev: "Nordea personkonto, clearing 3300, kontonummer 7311 2291 448". Jag har inte kunnat verifiera att det är hon som skrivit, mejlet kom från en gmail-adress. Ska vi ringa henne innan vi ändrar?

/Jakob, stiftelseadministratör`, 'bank-account'),
  d(`Hej!

Information om reseersättning vid utbildning: ersättningen betalas ut till det konto som du har anmält till lönecenter. Om du inte har något konto registrerat, använd blanketten "Anmälan av lönekonto". Blanketten lämnas i original, skicka aldrig kontouppgifter via mejl.

Utbildningsavdelningen`),
  d(`Anteckning – öppenvården, missbruksenheten

Klient: Ronny Backlund
Ronny kommer till samtal efter tre veckors återfall. Han uppger att han druckit dagligen sedan han förlorade sitt arbete. Han har fortfarande beslut om öppenvårdsinsats enligt SoL och vill fortsätta med Antabus. Läkarbesök bokat på beroendemottagningen torsdag.
Diskuterat möjligheten till LVM-utredning om han inte kommer på nästa samtal.`, 'health', 'social'),
  d(`Hej Veronica,

Inför terminsstarten: vi har fått en ny elev i förskoleklass, Isak, vars familj har kvarskrivning. Det innebär att de bor här men är folkbokförda i sin gamla kommun. Isaks namn får inte stå på skylten vid hans krok i kapprummet och han ska inte vara med på gruppfotot.

Fråga mig om du är osäker på något.

/Rektor Anneli Sund`, 'protected-identity'),
  d(`Hej,

Min kollega Annika tipsade mig om att du kan hjälpa till med vår personalträff. Vi vill ha en föreläsning om normkritik och hbtqi i vården – om bemötande av patienter med olika sexuell läggning och könsidentitet. Har du förslag på föreläsare?

Budget ca 15 000 kr.

/Ewa, vårdenhetschef`),
  d(`Hej Hanna!

Fredagsmys-rapport från oss på ekonomi: Jens har äntligen berättat att han och hans pojkvän ska gifta sig i sommar! Vi ska samla ihop till en present, swisha valfritt belopp till Linda senast 15 maj.

Och påminnelse: bokslutet för april ska vara klart på onsdag.

/Ekonomiteamet`, 'sex-life'),
  d(`Hej,

Bifogar rapport om fingeravtrycksläsare i skolornas datorsalar. Efter IMY:s beslut mot en annan kommun har vi valt att avveckla dem. Samtliga lagrade mallar raderas den 30 juni. Ingen elev behöver göra något.

/IT-avdelningen, Barn och utbildning`),
  d(`Hej Olof,

Tack för ditt svar. Du hade rätt – Kicki har gått ur Liberalerna och sitter nu som politisk vilde i nämnden. Hon sa själv i fikarummet att hon inte kunde stå för partiets migrationslinje längre. Det påverkar ju majoriteten i utskottet.

Kan du dubbelkolla sammansättningen i protokollet?

/Sekreteraren, Utbildningsnämnden`, 'political-opinion'),
  d(`Hej Sven,

Jag fick ett samtal från en tandläkare i Vetlanda som identifierade den okände mannen som hittades vid Stensjön genom tandkortet. Polisens kriminaltekniker har bekräftat identiteten med ett fingeravtryck från hans pass: det är Gösta Lindahl, 71, som anmäldes försvunnen från vårt särskilda boende i januari.

Vi behöver informera personalen och de anhöriga.

/Verksamhetschef, Äldreomsorgen`, 'biometric'),
  d(`Hej Maja,

Jag skrev fel på blanketten för kortbetalning av simskolan! Mitt kort är 4024 0071 5733 9826, utgång 03/29, säkerhetskod 117 – jag skrev 4024 0071 5733 9862 av misstag. Kan ni rätta det innan ni drar pengarna?

Tack
Mvh Linnea, mamma till Ester`, 'payment-card'),
  d(`Hej,

Föräldrar som har ärftliga sjukdomar i släkten kan få genetisk vägledning på Region Östergötlands klinik. Vi har fått många frågor om detta på BVC och vill därför påminna om att det går att få remiss via sin barnmorska eller sin läkare.

Broschyrer finns i väntrummet.

BVC-samordnaren`),
  d(`Hej Lena,

Jag vill bara kort meddela att resultatet av min gentestning nu har kommit. Jag har Lynch syndrom, samma som min pappa hade. Jag har därför fått tätare koloskopier framöver, vilket innebär att jag behöver vara ledig en dag var sjätte månad.

Tack för förståelsen.
/Simon`, 'genetic', 'health'),
  d(`Hej!

Vi har gjort klart schemat för höstens studiedagar. Den 28 oktober handlar om betygssättning och sambedömning av nationella prov. Den 17 november handlar om extra anpassningar och särskilt stöd.

Alla lärare ska delta.

Rektorerna, Norra skolområdet`),
];
