/**
 * Training set C for the sensitive-category classifier (issue 5): longer, realistic mails with greetings,
 * several topics and signatures, where a disclosure about a person is one sentence buried in ordinary
 * text, or absent. Many hard negatives name a person together with a sensitive topic word without
 * disclosing anything about that person. All names, numbers and details are invented; no personnummer.
 */
import type { CategoryType } from '../../../../src/core/classify/types.js';
import type { LabelledDocument } from '../category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const TRAIN_C: readonly LabelledDocument[] = [
  // --- part 1: mixed longer mails ---
  d(`Hej alla!

Här kommer lite info inför veckan. Fikat på fredag står Jonas för, och nya nycklar till förrådet finns hos receptionen.
Lisa kommer att vara borta resten av månaden eftersom hon är sjukskriven efter operationen i knät.
Planeringsdagen flyttas till den 14 maj kl. 9.00 i sal Björken.

Vänliga hälsningar
Maria Lund
Enhetschef, Hemtjänst Norr
Tel 0470-41 22 86`, 'health'),
  d(`Hej!

Tack för i går. Jag har bokat lokalen för nästa nätverksträff, den 3 juni kl. 13–16 i Stadshuset, rum 214.
Karin Ek håller i passet om LVU och barnets bästa, och Per tar frågor om dokumentation i Treserva.
Anmälan senast den 20 maj till mig.

Hälsningar
Anna Holm
Utvecklingsledare, Socialförvaltningen
0480-45 31 07`),
  d(`Hi team,

Quick update before the long weekend. The printer on floor 2 has been fixed, and the new laptops arrive on Tuesday.
Please remember to submit your timesheets by Thursday noon.
Ahmed is the Vision union representative for our unit now, so you can reach out to him with questions about the local agreement.

Best,
Sofia Berg
Team lead, IT Support`, 'trade-union'),
  d(`Hej Eva,

Jag skickar över underlaget till lönesamtalet. Som vi diskuterade får Tomas Nyberg ett nytt lönebesked från den 1 april: 38 450 kr i månaden, en höjning med 1 650 kr.
Resten av teamet behandlas i nästa vecka.

Mvh
Johan Sandberg
Personalchef
Kommunledningskontoret, org.nr 212000-0712`, 'salary'),
  d(`Hej,

Lönerevisionen för 2026 startar i april. Centrala avtal för Kommunal och Vision är klara, och chefer får utbildning i lönesättning den 10 mars.
Underlag för lönekartläggningen finns på intranätet under Personal > Lön.

Vänligen
HR-avdelningen
Telefon 0340-69 70 00`),
  d(`Hej Mikael!

Inför mötet i morgon kl. 10: dagordningen är bifogad. Punkt 3 gäller budgeten för Q3 och punkt 4 de nya lokalerna på Storgatan.
Sara Lindqvist skriver riktlinjen om sjukfrånvaro och rehabilitering, ett första utkast kommer till nästa ledningsgrupp.

Hälsningar
Elin
Nämndsekreterare
Diarienummer KS 2026/118`),
  d(`Dear colleagues,

The school board meets on Thursday at 18:00 in the main hall. On the agenda: the new timetable, canteen renovation and the grading calendar.
Grades for year 9 are set in week 23 and registered in the student system by 12 June.

Kind regards,
Patrik Olsson
Principal, Västerskolan
Phone +46 36 10 52 00`),
  d(`Hej Jenny,

Tack för att du tog emot Elias i går. Jag vill bara berätta att han fick E i matematik och F i engelska på terminsbetyget, så vi behöver prata om extra stöd.
Bussen till utflykten går kl. 8.15 från skolan.

Mvh
Helena Strand
Mentor, klass 8B
Norrskolan`, 'grades'),
  d(`Hello,

This is a reminder that the IT service desk will be closed on Friday afternoon for the migration.
If you need to log in to the new portal before then, use username k.eriksson and temporary password Vinter!2026x, and change it at first login.

Thanks,
Lars Petersson
System administrator
Ext. 4412`, 'credentials'),
  d(`Hej!

Välkommen till introduktionen för nya medarbetare. Du loggar in på intranätet med ditt vanliga användarnamn och lösenordet du fick av IT.
Glöm inte att aldrig dela ditt lösenord eller din kod med någon, inte ens med IT-supporten.

Mvh
IT-supporten, Region Kalmar
Telefon 0480-84 000`),
  d(`Hej Anders,

Angående fakturan: OCR-nummer 4402 1187 3309 52, belopp 12 500 kr, förfallodag 30 april.
Betala till kommunens bankgiro 5050-1055. Fakturanummer 2026-00412, order 88317.
Hör av dig om något är oklart.

Hälsningar
Ekonomiservice
Växjö kommun`),
  d(`Hej Gunilla,

Här är uppgifterna du bad om för utbetalningen av arvodet till Fredrik Åberg: clearingnummer 8327-9, kontonummer 994 312 778-4 hos Swedbank.
Utbetalning sker den 25:e som vanligt.

Med vänlig hälsning
Katarina Hed
Löneadministratör`, 'bank-account'),
  d(`Hi Marcus,

Thanks for handling the conference booking. The hotel needs a card to hold the room, so here is mine: 4571 9797 3874 4644, expiry 08/28, CVC 412.
The name on the card is Jenny Wallin. Please delete this mail once done.

Cheers,
Jenny
Communications officer`, 'payment-card'),
  d(`Hej,

Vi har fått in nya rutiner för kortbetalningar vid konferenser. Använd alltid kommunens inköpskort och skicka aldrig kortnummer via e-post.
Kontakta ekonomienheten på 0520-49 70 00 om du behöver ett kort.

Vänliga hälsningar
Ekonomienheten`),
  d(`Hej Petra,

Jag har gått igenom utvecklingssamtalet med Linnea. Hon når inte upp till målen för dokumentation och har fått en skriftlig varning efter upprepade sena ankomster.
Vi följer upp om sex veckor.

Mvh
Robert Åkesson
Avdelningschef, Kundtjänst`, 'hr-assessment'),
  d(`Hej chefer!

Påminnelse: medarbetarsamtalen ska vara genomförda senast 31 oktober. Mallen finns i HR-portalen och ska sparas i personalakten.
Workshop om samtalsteknik hålls den 2 oktober kl. 13.

HR-enheten
Telefon 08-508 11 000`),
  d(`Hej,

Några punkter från arbetsplatsträffen:
1. Nya scheman från v. 36.
2. Brandövning den 12 september.
3. Gül berättade att hon är muslim och ber under lunchrasten; vi ordnar ett tyst rum på plan 3 åt henne.
4. Nästa APT den 7 oktober.

/Hanna, enhetschef`, 'religion'),
  d(`Hej!

Vi planerar ett tyst rum för bön och reflektion på plan 3, öppet för alla medarbetare oavsett tro.
Förslag på inredning tas emot av Jessica på fastighet senast fredag.

Vänliga hälsningar
Hanna Borg
Enhetschef`),
  d(`Hello all,

The minutes from the diversity council are attached. We discussed the national minorities action plan, including Sámi language support in preschools.
Next meeting: 4 November, 14:00, room Saga.

Best regards,
Mats Kvist
Minority coordinator`),
  d(`Hej Lena,

Familjen Nikolić flyttar in i lägenhet 4B nästa månad. Mamman berättade vid besöket att de är romer och att barnen talar romani chib hemma, så vi kan erbjuda modersmålsundervisning.
Skolskjuts ordnas från den 1 september.

Hälsningar
Jasmina Ali
Skolsekreterare`, 'ethnic-origin'),
  d(`Hi,

I'm writing regarding the new neighbour in flat 7. He told me he is a member of the Sweden Democrats and is standing for the municipal council, which some tenants have complained about at the board meeting.
Anyway, the laundry room booking list has been updated.

Regards,
Oskar
Housing board`, 'political-opinion'),
  d(`Hej,

Valnämnden informerar: förtidsröstningen börjar den 26 augusti. Röstmottagare ska gå utbildningen senast den 15 augusti.
Lokaler: Biblioteket, Medborgarhuset och Kulturskolan.

Valkansliet
Telefon 0322-61 60 00`),
  d(`Hej Malin,

Jag bifogar protokollet från styrgruppen. Beslut: projektet förlängs till december.
Ekonomichefen redovisar prognosen i april.
Nästa möte 18 mars kl. 15.

Hälsningar
Sekreteraren`),
  d(`Hej!

Vi behöver ordna vikarie för Jens från måndag. Han har fått ett positivt besked från genetiska mottagningen – han bär på samma BRCA2-mutation som sin mamma och ska opereras i maj.
Schemat för maj skickas ut på torsdag.

Mvh
Carina
Samordnare`, 'genetic', 'health'),
  d(`Hi all,

The genetics seminar series continues next Wednesday with a talk on hereditary cancer syndromes and screening programmes.
Coffee from 13:30, talk at 14:00 in Aula Nova. No registration needed.

Research office, Region Skåne`),
  d(`Hej,

Angående passersystemet: vi har nu registrerat Anton Wikströms fingeravtryck i läsaren vid serverrummet, mall nummer 221.
Övriga i driftgruppen behåller sina passerkort.

Mvh
Säkerhetssamordnare
Fastighetsavdelningen`, 'biometric'),
  d(`Hej,

Upphandlingen av nytt passersystem med fingeravtrycksläsare är avbruten. Vi fortsätter med passerkort och PIN tills vidare.
Frågor till upphandlingsenheten, dnr KS 2026/241.

Hälsningar
Inköp`),
  d(`Hej Nils,

Tack för senast. Om personalfesten: vi ses kl. 18 på Stadshotellet.
Oskar bad mig berätta att han kommer med sin man, Dan, så räkna med två personer vid hans bord.
Menyn skickas ut på onsdag.

Hälsningar
Ida`, 'sex-life'),
  d(`Hej!

Pride-veckan närmar sig och kommunen deltar i paraden den 2 augusti. Alla medarbetare är välkomna att gå med.
Föreläsning om hbtq-certifiering i vården hålls den 30 juli i Rådhuset.

Kommunikationsavdelningen`),
  d(`Hej,

Observera att eleven Emma i klass 4C har skyddade personuppgifter. Ingen adress eller bild får publiceras och hon får inte fotograferas till skolkatalogen.
Fotograferingen sker i övrigt tisdag v. 38.

Mvh
Rektor Gunnar Hed
Ängsskolan`, 'protected-identity'),
  d(`Hej alla rektorer,

Påminnelse om rutinen för elever med skyddade personuppgifter: kontrollera alltid i elevregistret innan listor publiceras.
Rutinen finns under Styrdokument på intranätet.

Barn- och utbildningsförvaltningen`),
  d(`Hej Camilla,

Bifogat finns utredningen i ärende SN 2026/77. Handlingen omfattas av sekretess enligt 26 kap. 1 § OSL och får inte lämnas ut utan sekretessprövning.
Pappan har tidigare dömts för misshandel, vilket framgår av utdraget ur belastningsregistret.

Mvh
Tove Sjöberg
Socialsekreterare, Barn och familj`, 'secrecy', 'criminal-record', 'social'),
  d(`Hej,

Kursen "Offentlighet och sekretess för handläggare" ges igen den 22 april. Vi går igenom OSL, menprövning och hur man sekretessmarkerar handlingar.
Anmäl dig via kompetensportalen.

Kansliavdelningen`),
  d(`Hello,

Reminder: the criminal record checks for staff working with children are now handled by HR. New applicants request the extract from the Police themselves and show the sealed envelope at the interview.
Questions to hr@kommun.example.

HR Recruitment`),
  d(`Hej Sanna,

Jag vill informera att vi har beslutat om försörjningsstöd för familjen Haddad för maj månad, 9 870 kr, utbetalas den 25 maj.
Nästa uppföljningsmöte är den 12 juni kl. 10 på kontoret.

Med vänlig hälsning
Erik Falk
Handläggare, Ekonomiskt bistånd`, 'social'),
  d(`Hej!

Riksnormen för försörjningsstöd 2027 är fastställd av regeringen. Nya belopp gäller från 1 januari och handläggarna får en genomgång den 15 december.
Broschyrer på arabiska, somaliska och tigrinja finns att hämta i receptionen.

Enheten för ekonomiskt bistånd`),
  d(`Hi Sam,

Re the project plan: milestones look good, let's move the pilot to week 14.
By the way, Anders told me he was convicted of drunk driving last year and lost his licence, so he cannot drive the van to Kalmar.
I'll book a rental with Lisa as driver instead.

Regards,
Ulrika`, 'criminal-record'),
  d(`Hej Magnus,

Jag har sammanställt statistiken för första kvartalet:
Sjukfrånvaro totalt 6,8 %
Korttidsfrånvaro 2,9 %
Långtidsfrånvaro 3,9 %
Antal rehabärenden 14
Siffrorna presenteras på ledningsgruppen den 9 april.

Hälsningar
Lotta, HR-controller`),
  d(`Hej!

Påminnelse: tandläkartid måndag 3 mars kl. 09.40. Välkommen till Folktandvården Centrum, Storgatan 12.
Avbokning senast 24 timmar innan, annars debiteras avgift.

Folktandvården`),
  d(`Hej Birgitta,

Tack för att du ordnade lokalen. Jag har tre saker:
- Protokollet från förra mötet är justerat.
- Beställningen av nya stolar (order 55120) är levererad.
- Dörrkoden till personalingången är ändrad till 4719#, säg den inte till besökare.
Vi ses på måndag.

/Henrik
Vaktmästare, tel 070-123 45 67`, 'credentials'),
  d(`Hej,

Fastighetsavdelningen informerar: dörrkoderna i kommunhuset byts den 1 juni. Nya koder skickas personligen via sms till varje anställd.
Kontakta vaktmästeriet på 0511-83 000 vid frågor.

Fastighetsavdelningen`),
  d(`Hi Rebecca,

Following up on our meeting with the family: Leo's attendance this term is 71 %, with 42 hours of unexcused absence, and he failed the national test in Swedish.
We have scheduled a pupil welfare meeting on 14 November at 08:30.

Best,
Daniel Norén
Class teacher, year 7`, 'grades'),
  d(`Hej föräldrar i klass 6A!

Utvecklingssamtalen hålls vecka 45. Boka tid i Skolplattformen senast fredag.
Vi går igenom varje elevs kunskapsutveckling och sätter mål för våren.
Utflykt till Naturum torsdag – ta med matsäck.

Hälsningar
Maja och Kristoffer, klasslärare`),
  d(`Hej,

Kort från ledningsgruppen: budgetuppföljningen visar överskott på 1,2 mkr.
Rekryteringen av ny enhetschef pågår, sista ansökningsdag 15 maj.
Vår medarbetare Kerstin är fortfarande halvtidssjukskriven och arbetsträningen förlängs enligt rehabiliteringsplanen med Försäkringskassan.

/Göran`, 'health'),
  d(`Hello everyone,

We are recruiting an occupational therapist for our rehabilitation team. The position involves assessing work capacity and planning rehabilitation for patients after stroke.
Apply by 30 September via the recruitment portal. Contact: Anna Berg, unit manager, +46 19 602 10 00.

Region Örebro län`),
  d(`Hej!

Anna Berg, skolsköterska, finns på plats måndagar och torsdagar kl. 8–12 i rum 104.
Elevhälsan når du också via telefon 0300-83 40 12.
Glöm inte vaccinationen för årskurs 5 den 14 oktober.

Elevhälsan, Kyrkskolan`),
  d(`Hej Jonna,

Kan du lägga upp ett nytt ärende? Det gäller lägenhet 12 på Solvägen 8. Hyresgästen har beviljats hemtjänst med insatser morgon och kväll enligt biståndsbeslut från i går, och behöver nyckelgömma installerad.
Fakturera fastigheten, kst 4410.

Tack!
Bosse, fastighetsförvaltare`, 'social'),
  d(`Hi,

The whistleblower case (ref. HR 2026/019) is now closed. The investigation concluded that the manager, Peter Sundin, breached the code of conduct by bullying two employees, and he has received a formal written warning.
The report is covered by secrecy under chapter 39, section 3 of the Public Access to Information and Secrecy Act.

Compliance office`, 'hr-assessment', 'secrecy'),
  d(`Hej Ali,

Jag har en fråga om semesterlistan. Kan du fylla i dina veckor senast fredag?
Jag såg också att Frida är gravid och går på föräldraledighet i november, så vi behöver planera för vikarie.

Hälsningar
Marie
Gruppchef, Ekonomi`, 'health'),
  d(`Hej,

Den nya föräldraledighetspolicyn är antagen. Den gäller alla medarbetare och innebär bland annat att föräldralönen utökas till sex månader.
Läs mer på intranätet eller kontakta HR på 0240-66 60 00.

Personalavdelningen`),
  d(`Hej,

I have checked the grants list and everything is in order. One thing: Zeynep told me in confidence that she and her family are Kurdish Alevis and fled Turkey in 2015, in case you wonder why she avoids the embassy events.
Meeting Friday 10:00 as planned.

/Christer`, 'ethnic-origin', 'religion'),
  d(`Hej alla!

Välkomna till vårens kurs i samisk kultur och historia. Föreläsare är Nils-Anders Kuoljok från Samiskt informationscentrum.
Kursen ges tisdagar kl. 15–17 i Kulturhuset, start den 4 februari.

Kulturförvaltningen`),
  d(`Hej Stina,

Jag har stämt av med kontaktpersonen på Kommunal. Från och med nästa vecka är Hassan Kommunals arbetsplatsombud hos oss och sitter med i samverkansgruppen.
Protokollet från samverkan är på väg.

Hälsningar
Åsa, enhetschef`, 'trade-union'),
  d(`Hej,

Vision bjuder alla medlemmar och blivande medlemmar på frukost onsdag kl. 7.30 i matsalen. Information om löneavtalet och försäkringar.
Välkomna!

Vision, sektion Kommunen`),
  d(`Hi Erik,

The quarterly review is attached. Sales in the webshop rose by 12 % and the new ticketing system is live.
Also, for the record, Johanna's bonus for 2026 has been approved at 45 000 SEK and will be paid with the June salary.

Best regards,
Charlotte Eng
CFO, Kommunala Bostäder AB`, 'salary'),
  d(`Hej,

Vi söker en lönespecialist till vår lönegrupp. Lön enligt överenskommelse, individuell lönesättning tillämpas.
Tjänsten är en tillsvidareanställning på heltid med start i augusti. Sista ansökningsdag 5 juni.
Kontaktperson: Linda Ek, lönechef, 0431-46 80 00. Facklig företrädare: Vision, 0431-46 80 10.

Ängelholms kommun`),
  d(`Hello,

We need the payment details for the consultant invoice. Supplier: Berg & Partner AB, org. no. 556812-4471, bankgiro 5322-1898.
Invoice number 10422, due 15 May. Reference: project 3320.

Accounts payable`),
  d(`Hej Ulla,

Min son Viktor har haft mycket ont i magen och är nu utredd för celiaki. Han har fått diagnosen i går och ska börja med glutenfri kost, så kan köket ordna det från måndag?
Tack också för utflykten i fredags, han var så glad.

Hälsningar
Sara Nordin`, 'health'),
  d(`Hej alla vårdnadshavare,

Skolköket kan erbjuda specialkost vid allergi eller medicinska skäl. Blanketten "Ansökan om specialkost" fylls i av vårdnadshavare och lämnas till skolsköterskan tillsammans med läkarintyg.
Namn: ______  Klass: ______  Typ av kost: ______

Kostenheten`),
  d(`Hej Fredrik,

I samband med granskningen av ansökan om bygglov noterade vi att sökanden, Lars-Erik Holm, har skyddad folkbokföring. Handlingarna ska därför hanteras manuellt och inte publiceras i e-arkivet.
Ärendet har dnr BN 2026/305.

Mvh
Bygglovsenheten`, 'protected-identity'),
  d(`Hej,

Statistik över ärenden 2026 per enhet:
Barn och unga: 412 orosanmälningar, 96 utredningar inledda
Vuxen: 133 ansökningar om ekonomiskt bistånd
LSS: 57 nya beslut
Redovisas för nämnden den 20 februari.

Kvalitetsenheten`),
  d(`Hej Josefin,

Tack för inbjudan till seminariet om nätverksäkerhet. Jag kommer gärna.
Apropå APT: jag kan berätta att Lennart i bemanningsgruppen tog upp att han bytt parti och numera är aktiv i Vänsterpartiet, det var därför han ville ha ledigt för kongressen.

Hälsningar
Roger`, 'political-opinion'),
  d(`Hi everyone,

Attached is the news digest for week 12:
- Government proposes stricter rules for LVM placements
- New study on union membership among young workers
- Region Skåne opens a clinic for gender dysphoria
- Municipal elections: turnout forecast 82 %

Communications team`),
  // --- part 2 ---
  d(`Hej Therese,

Tack för offerten på skrivbordslamporna, vi beställer 12 st.
En sak till: Maja i receptionen vill inte att vi skickar hennes adress till leverantören eftersom hon har kvarskrivning sedan i vintras. Använd kontorets adress, Kungsgatan 4.

Hälsningar
Kent, inköp`, 'protected-identity'),
  d(`Hi,

Please note that the employee Amir Jafari has a protected identity (sekretessmarkering) in the population register. Do not add his home address or photo to the staff directory.
His start date is 1 March, desk 3.14.

HR onboarding`, 'protected-identity'),
  d(`Hej,

Skatteverket har ändrat rutinen för skyddad folkbokföring. En ny vägledning för handläggare finns på deras webbplats och en halvdagsutbildning erbjuds den 8 maj.
Frågor till Anneli på kansliet, 0451-26 70 00.

/Kansliet`),
  d(`Hej Rasmus,

Jag har uppdaterat rekryteringsärendet. Kandidaten vi erbjöd tjänsten, Simon Ek, har enligt utdraget ur belastningsregistret en dom för narkotikabrott från 2023, så vi behöver ta ett nytt beslut innan anställning.
Referenstagning med övriga kandidater sker på torsdag.

Mvh
Pernilla, rekryterare`, 'criminal-record'),
  d(`Hello,

Our neighbour Tobias was arrested on Saturday and is suspected of burglary at the sports hall, according to the police report I saw at the board meeting.
Otherwise, the spring clean-up day is set for 26 April. Bring gloves!

Regards,
Housing association board`, 'criminal-record'),
  d(`Hej,

Polisen informerar om ökade inbrott i förråd i området kring Västra Torget. Se till att dörrar är låsta och anmäl misstänkta händelser på 114 14.
Grannsamverkansmöte hålls den 12 mars kl. 19 i Folkets hus.

Bostadsbolaget`),
  d(`Hej Agneta,

Jag skriver från kriminalvårdens frivård angående Patrik Larsson som är inskriven hos oss efter villkorlig frigivning. Han har ett möte med sin övervakare varje tisdag kl. 14 och kan därför inte arbeta då.
Hör av dig om schemat.

Med vänlig hälsning
Marie Vik
Frivårdsinspektör`, 'criminal-record'),
  d(`Hej,

Vi har fått en orosanmälan från förskolan gällande fyraåriga Alva. Personalen har sett blåmärken vid flera tillfällen. Vi inleder en utredning enligt 11 kap. 1 § SoL.
Uppgifterna omfattas av sekretess enligt 26 kap. 1 § OSL.

Barn och familj, mottagningsgruppen`, 'social', 'secrecy'),
  d(`Hej alla förskolechefer,

Påminnelse: all personal har skyldighet att göra en orosanmälan vid misstanke om att ett barn far illa. Blanketten finns på webben, och socialtjänstens mottagning nås på 0370-37 70 00.
En utbildning om anmälningsplikten ges den 19 mars.

Förskoleförvaltningen`),
  d(`Hi Jessica,

Thanks for the update on the office move. The boxes will be collected on Friday.
Also: the LSS decision for Oliver came through today; he has been granted a personal assistant 40 hours a week and a short-term stay at Solgården twice a month.
Let me know when you can call the family.

Mikaela, LSS officer`, 'social', 'health'),
  d(`Hej,

Kommunen söker personliga assistenter till LSS-verksamheten. Schemalagd tid dag, kväll och helg. Erfarenhet av arbete med personer med funktionsnedsättning är meriterande.
Ansök senast 30 april. Kontakt: Robin Åberg, enhetschef, 0910-73 50 00.

Skellefteå kommun`),
  d(`Hej Helen,

Vi har en ny placering från i går: femtonåriga Noah är omedelbart omhändertagen enligt 6 § LVU och placerad på HVB-hemmet Björkbacken. Mamman har informerats.
Kan du boka ett samordningsmöte med skolan nästa vecka?

Tack
Isak, socialsekreterare`, 'social'),
  d(`Dear all,

Please find attached the programme for the conference on compulsory care of young people (LVU) and substance abuse (LVM), 12–13 May in Umeå.
Registration closes 20 April. Speakers include researchers from Umeå University and the National Board of Institutional Care.

Conference secretariat`),
  d(`Hej,

Mamma till Wilma i 3B ringde. Hon berättade att familjen har försörjningsstöd och inte har råd med skolresan, så vi tar kostnaden från elevfonden.
Resan till Skansen sker den 5 juni.

/Lotta, klasslärare`, 'social'),
  d(`Hej Mona,

Jag har gått igenom vårdplanen för Gertrud Sjögren på avdelning 5. Hon har diabetes typ 2, insulin morgon och kväll, och kom in efter en fallolycka med höftfraktur.
Anhöriga besöker söndagar.

Hälsningar
Leila, sjuksköterska`, 'health'),
  d(`Hello Kim,

I won't make the Thursday workshop. I'm starting treatment for depression and my psychiatrist has recommended I reduce my hours to 75 % for the next two months.
Could you share the slides afterwards?

Thanks,
Alex`, 'health'),
  d(`Hej,

Friskvårdsbidraget höjs till 3 000 kr per år från januari. Det kan användas för gym, simhall, massage och yoga.
Kvitton lämnas i självservice senast 15 december.

Personalavdelningen
Region Gävleborg`),
  d(`Hej Kalle,

Tack för hjälpen med presentationen. Jag har en sak till: Mira i vårt team har berättat att hon är trans och kommer att byta namn till Mira från och med nästa månad. Hon vill att vi uppdaterar e-postadress och namnskylt.
Vi ses på fredag.

Hälsningar
Jonas, chef`, 'sex-life'),
  d(`Hi,

The report from the equality survey shows that 4 % of respondents identify as LGBTQ+, and 18 % have experienced degrading treatment at work.
The full report will be presented at the staff meeting on 2 December.

HR analytics`),
  d(`Hej!

Som du vet har Erik och jag haft svårt med vikarieschemat. Han berättade i förtroende att han är bisexuell och att hans nya partner är en man, och han vill inte att det sprids.
Vikarieschemat skickar jag i morgon.

/Lina`, 'sex-life'),
  d(`Hej Åsa,

Ny information: vi har infört ansiktsigenkänning för inloggning på surfplattorna i hemtjänsten. Hemtjänstpersonalen Samira Hussein har registrerat sin ansiktsmall i appen och kan logga in från i morgon.
Övriga följer i nästa vecka.

IT-avdelningen`, 'biometric'),
  d(`Hi Jonathan,

The police forensic unit matched the fingerprints found on the safe to Kevin Andersson, who is already registered in the fingerprint database.
The case number is 5000-K123456-26.

Security office`, 'biometric', 'criminal-record'),
  d(`Hej,

Datainspektionen, numera IMY, har publicerat vägledning om biometri på arbetsplatser. Användning av fingeravtryck för tidrapportering kräver som regel en konsekvensbedömning.
Läs mer på imy.se.

Dataskyddsombudet`),
  d(`Hej Ronja,

Förlåt att jag inte svarat om middagen. Vi har haft en tuff vecka: resultatet från DNA-testet visade att Ellen har ärvt cystisk fibros-anlaget från båda oss, så hon har sjukdomen.
Vi hörs i helgen.

Kram
Pia`, 'genetic', 'health'),
  d(`Hi Mark,

Lab results: the genetic test for the patient in room 4 confirmed Huntington's disease, CAG repeat 44. Genetic counselling for the family is booked for Monday.
Please update the record.

Dr. Hanna Lööf
Clinical genetics`, 'genetic', 'health'),
  d(`Hej,

Klinisk genetik flyttar till nya lokaler i hus 12 den 1 april. Telefonnummer och öppettider är oförändrade: 018-611 00 00, vardagar 8–16.

Akademiska sjukhuset`),
  d(`Hej Sven,

Vi har kört lönestatistiken för enheten. Du kan se att medianlönen för undersköterskor är 29 800 kr och för sjuksköterskor 41 200 kr.
Ta med underlaget till samverkan på onsdag.

Lönecontroller`),
  d(`Hej Carina,

Apropå lönesamtalet i går: Niklas har begärt 44 000 kr men vi landade på 42 300 kr från april. Han är missnöjd och vill ta det vidare med facket.
Protokoll skrivs efter mötet.

/Per`, 'salary'),
  d(`Hi all,

Salary payments will be made on 24 December this year because of the holidays.
Make sure your bank account details are up to date in the HR portal by 10 December.

Payroll`),
  d(`Hello,

Please change the salary account for Beata Kowalska to IBAN SE45 5000 0000 0583 9825 7466 at SEB from the next pay run.
She submitted the form signed on 3 March.

Payroll team`, 'bank-account'),
  d(`Hej!

Stipendiet på 5 000 kr ska betalas ut till Amanda Berg. Hon har lämnat sitt kontonummer: Handelsbanken, clearing 6152, konto 417 629 384.
Stipendiekommittén`, 'bank-account'),
  d(`Hej,

För att få ditt arvode utbetalt behöver du fylla i blanketten med ditt clearingnummer och kontonummer. Skicka den till lönekontoret, Box 410, 751 06 Uppsala.
Clearingnummer: ________  Kontonummer: ________

Lönekontoret`),
  d(`Hej Alexander,

Du bad om kortuppgifterna för annonsen på Facebook. Det är mitt privata kort tills vidare: 5213 1282 7539 3354, giltigt t.o.m. 11/27, CVC 781.
Jag gör om det till kommunens kort när det kommit.

Hälsningar
Linn Sjöberg`, 'payment-card'),
  d(`Hi Ebba,

Someone used my card at an online store yesterday, so I have blocked it. The card was 4917 5330 1369 9768, exp 02/29. Can you please update the taxi account with my new card when it arrives?
Also: reminder about Monday's planning meeting.

Sebastian`, 'payment-card'),
  d(`Hej,

Kortterminalen i receptionen byts ut på tisdag. Under tiden kan besökare betala med Swish till 123 456 78 90 eller faktura.
Frågor till ekonomi.

Receptionen`),
  d(`Hej Viktor,

Summering av medarbetarsamtalet med Emil: han bedöms som mycket kompetent tekniskt men har svårt med samarbetet i gruppen. Vi har kommit överens om en handlingsplan med handledning och uppföljning i juni.
Skickas till personalakten.

Hälsningar
Mattias`, 'hr-assessment'),
  d(`Hi,

Results from Johan's personality test in the recruitment process: high on conscientiousness, low on agreeableness, and the psychologist noted a risk of conflict in team settings.
We'll discuss at the panel on Friday.

Recruitment`, 'hr-assessment'),
  d(`Hej,

Chefsutbildningen i svåra samtal startar den 3 februari. Vi övar på att ge feedback, hantera konflikter och dokumentera arbetsrättsliga åtgärder.
Anmälan via HR-portalen.

HR-utveckling`),
  d(`Hej Marie,

Här kommer sammanställningen för eleverna i svenska 2:
Tilda Nyström: C
Hugo Sandin: E
Mohammed Abdi: A
Ellinor Kvist: F (kompletteras)
Betygen ska vara registrerade senast fredag.

Hälsningar
Ann-Sofie, ämneslärare`, 'grades'),
  d(`Hello,

Emil's absence this term: 23 days, of which 9 unexcused. His mentor has contacted the guardians and a meeting is planned next week.
The study plan is attached.

Student health team`, 'grades'),
  d(`Hej!

Nationella proven i årskurs 9 skrivs vecka 11–13. Schemat finns i Skolplattformen. Elever med anpassningar får information av sin mentor.

Expeditionen, Centralskolan`),
  d(`Hej Jesper,

Tack för svaret om projektbudgeten. Jag har också ett privat ärende: jag har gått med i Svenska kyrkan igen och ska vara med i kyrkokören, så jag kan inte jobba söndagar framöver.
Kan vi prata om schemat?

/Cecilia`, 'religion'),
  d(`Hi Aisha,

I checked with facilities and the prayer room is booked for Friday. Since Yusuf fasts during Ramadan, we'll move his shift to the afternoon so he can break the fast at home.
Minutes from the planning meeting attached.

Regards,
Martin, shift manager`, 'religion'),
  d(`Hej,

Kommunen har tagit fram en kalender över högtider i olika religioner, till hjälp vid planering av möten och skolaktiviteter. Den finns på intranätet.

Mångfaldsrådet`),
  d(`Hej Britt,

Om skolskjutsen: familjen Petrović har ansökt om skjuts för båda barnen. Pappan berättade att de är serbiska romer och att de tidigare bott i Malmö.
Jag återkommer med beslut.

Skolskjutshandläggare`, 'ethnic-origin'),
  d(`Hello,

The new resident in flat 2B, Aira Juuso, is Sámi and asked whether the municipality offers information in North Sámi. Can you send her the brochure?
The key handover is on Monday at 10.

Rental office`, 'ethnic-origin'),
  d(`Hej,

Förvaltningsområdet för finska språket innebär att sverigefinnar har rätt till äldreomsorg på finska. Se vår broschyr och webbsida för mer information.

Äldreomsorgen`),
  d(`Hej Tommy,

Bara så du vet: Gustav i driftgruppen är medlem i Kristdemokraterna och sitter i kommunfullmäktige, så han ska inte handlägga ärenden från kommunstyrelsen.
Mötet på fredag flyttas till kl. 13.

Mvh
Ingela`, 'political-opinion'),
  d(`Hello,

In the lunch room yesterday, Frida said she voted for the Green Party and is campaigning for them in the upcoming election.
Anyway, the sprint review is Thursday at 15:00.

/Ola`, 'political-opinion'),
  d(`Hej,

Partierna i kommunfullmäktige bjuds in till en valdebatt på gymnasiet den 5 september. Eleverna förbereder frågor om skola, klimat och trygghet.
Arrangörer: Samhällskunskapslärarna.

Kulturskolan`),
  d(`Hej Lars,

Tack för mötet. Vi noterade att Monica är förtroendevald för Vårdförbundet på avdelningen och därför deltar i förhandlingen om schemat nästa vecka.
Ny tid för förhandlingen: 14 maj kl. 9.

Hälsningar
Vårdenhetschef`, 'trade-union'),
  d(`Hi,

Peter told me he has joined Unionen and will ask them for advice about his contract extension.
The quarterly planning is on Monday.

/Jenny`, 'trade-union'),
  d(`Hej,

Fackliga representanter från Kommunal, Vision och Sveriges Lärare är inbjudna till MBL-förhandling om omorganisationen den 10 oktober kl. 13.
Handlingar skickas ut en vecka innan.

HR-chef`),
  d(`Hej Jonas,

Lösenordet till den delade brevlådan stod fel i förra mejlet. Det rätta är Hösten2026#Kv, och användarnamnet är kommunikation@kommun.example.
Ändra det efter att du loggat in.

Mvh
Anton, IT`, 'credentials'),
  d(`Hello,

Your one-time code for the payroll portal is 482 913. It is valid for 10 minutes. If you did not request this, contact the service desk.

Service desk`, 'credentials'),
  d(`Hej!

Från och med 1 juni gäller nya lösenordsregler: minst 14 tecken, och lösenordet ska bytas vid misstanke om intrång. Använd gärna en lösenordshanterare.

IT-säkerhet`),
  d(`Hej,

Handlingen rör ett pågående ärende om tillsyn av en namngiven verksamhet och omfattas av sekretess enligt 17 kap. 1 § OSL. Den får inte lämnas ut innan beslut fattats.
Ärendenummer MN 2026/44.

Miljöförvaltningen`, 'secrecy'),
  d(`Hi,

This memo about the patient's treatment is covered by secrecy under chapter 25, section 1 of the Public Access to Information and Secrecy Act and must not be forwarded outside the care team.
Regards, Ward 12`, 'secrecy', 'health'),
  d(`Hej,

Sekretessprövning av allmänna handlingar görs av den som har hand om handlingen. Vid osäkerhet, kontakta juristen på kansliet.
Mall för sekretessmarkering finns i ärendehanteringssystemet.

Kommunjuristen`),
  d(`Hej alla,

Veckobrev v. 40:
Måndag: ledningsmöte 9–11.
Tisdag: studiebesök från Borås.
Onsdag: Mattias håller i utbildningen om GDPR och känsliga personuppgifter.
Torsdag: personalfest.
Fredag: stängt efter 14.

Hälsningar
Kontorschefen`),
  d(`Hi all,

Reminder that the annual health check for night-shift staff is voluntary and takes place in the occupational health clinic, 3rd floor, weeks 10–12.
Book via the portal. Results are only shared with you.

Occupational health`),
  d(`Hej Fatima,

Vi har tittat på schemat. Jag tar lunchvakten på tisdag. Elsa är föräldraledig till mars och Jimmy byter till kvällspass.
Inget mer att rapportera.

/Camilla`),
  d(`Dear Board,

Please find the annual report attached. Key figures: 1 240 members, 86 new members this year, union dues unchanged. The AGM will be held on 18 March.

Secretary, Kommunal section Västra`),
  d(`Hej,

Kan någon hjälpa mig med projektorn i sal 3? Den vägrar ansluta till min dator. Jag har gjort omstart två gånger.
Tacksam för hjälp!

Gabriella, lärare i NO`),
  d(`Hello,

The DNA lab at the university is offering a course in forensic genetics for police staff in spring. Topics include DNA profiling and database searches.
Apply by 15 January.

Continuing education office`),
  // --- part 3 ---
  d(`Hej Annika,

Sammanfattning från rehabmötet med Göran Wahl i går: han har utmattningssyndrom (F43.8), är sjukskriven på 50 % och företagshälsovården rekommenderar arbetsträning.
Vid mötet framkom också att hans prestation under hösten varit klart under förväntan och att han fått en muntlig erinran för att ha missat två deadlines.
Nästa avstämning 3 december kl. 10.

Mvh
Henrik Sand, avdelningschef`, 'health', 'hr-assessment'),
  d(`Hi Nora,

Thanks for the minutes. For payroll: Robert Lind's new salary from 1 May is 47 900 SEK per month, paid to his account at Nordea, clearing 3300, account 8812 45 67890.
Please confirm when updated.

Kind regards,
Elisabeth, HR partner`, 'salary', 'bank-account'),
  d(`Hej,

Inför avstämningen: Lukas i 9C har F i matematik och kemi och en frånvaro på 34 % under vårterminen. Socialtjänsten har fått en orosanmälan från skolan och har inlett en utredning.
Mötet med vårdnadshavarna är torsdag kl. 15.

Elevhälsoteamet, Björkskolan`, 'grades', 'social'),
  d(`Hello Petra,

For the travel booking: my card is 5454 7991 7367 2384, exp 09/27, CVC 203, and the login for the travel portal is pnilsson / Resa2026!!.
I'll be away Friday.

Per Nilsson
Project manager`, 'payment-card', 'credentials'),
  d(`Hej,

Jag vill informera om att Leila Karimi, som är vald ordförande i Visions sektion, har blivit utsatt för hot efter att hon uttalat sig i lokaltidningen om sin roll i Vänsterpartiet. Polisanmälan är gjord.
Vi ser över säkerheten vid receptionen.

Säkerhetschef`, 'trade-union', 'political-opinion'),
  d(`Hej Ingrid,

Angående skolplaceringen för syskonen Lindgren: familjen har skyddad identitet med fingerade personuppgifter, och beslutet om placering omfattas av sekretess enligt 26 kap. 1 § OSL.
Skicka inga handlingar per post.

Mvh
Skolhandläggare`, 'protected-identity', 'secrecy'),
  d(`Hi,

Our new colleague Rachel is Jewish and keeps Shabbat, so she can't take Friday evening or Saturday shifts. Her family came from Hungary, she mentioned.
I've updated the rota.

/Greg, rota planner`, 'religion', 'ethnic-origin'),
  d(`Hej,

Passerkontrollen för datahallen har uppdaterats. Vi har lagt in irisskanning för Maria Strand och Adam Holm, och deras irismallar är sparade i systemet. Deras gamla PIN 7731 och 2290 till dörren är nu spärrade.

Driftansvarig`, 'biometric', 'credentials'),
  d(`Hej Jakob,

Tack för samtalet i dag. Som jag sa är jag gay och bor med min partner Simon, och jag vill gärna att han får komma på julbordet.
Budgetfrågan tar vi på måndag.

/Mattias`, 'sex-life'),
  d(`Hi,

The genetic screening showed that Sofia is a carrier of the Factor V Leiden mutation, like her father. The haematologist has recommended she avoids oestrogen contraceptives.
Clinic appointment next week.

Dr. Berg`, 'genetic', 'health'),
  d(`Hej Marcus,

Vi diskuterade din lönebild i går. Din nya månadslön blir 36 200 kr från 1 april. Du får också ett engångsbelopp på 8 000 kr för projektet.
Lönen betalas som vanligt till ditt konto 8214-1, 943 226 118-3.

Mvh
Chefen`, 'salary', 'bank-account'),
  d(`Hej,

Min dotter Saga har fått Asperger-diagnos och behöver stöd i klassrummet. Hennes betyg har sjunkit till E i tre ämnen sedan i höstas.
Kan vi boka ett möte med specialpedagogen?

Vänliga hälsningar
Johanna Ekström`, 'health', 'grades'),
  d(`Hello,

Case update: the defendant, Dennis Holm, was sentenced to 8 months in prison for fraud. He received 14 000 SEK in income support while he was employed, and the social services have demanded repayment.

Legal department`, 'criminal-record', 'social'),
  d(`Hej Elin,

Kort om HR-ärendet: Tina har fått en skriftlig varning efter att hon loggat in med en kollegas inloggning. Hon använde användarnamn bgust och lösenordet Sommar123 som stod på en lapp.
Lösenordet har nu bytts.

/IT-säkerhet`, 'hr-assessment', 'credentials'),
  d(`Hej,

Ny medarbetare: Ola Berg börjar måndag som handläggare. Han blir medlem i Akademikerförbundet SSR och vill ha facklig information. Hans lön är 37 500 kr.
Introduktionsschema bifogas.

HR`, 'trade-union', 'salary'),
  d(`Hi Omar,

Hope you had a nice weekend. For the care meeting: Mrs. Jönsson, 84, has been granted home care three times a day under the Social Services Act, after her dementia diagnosis in March.
Her daughter will attend the meeting.

Home care coordinator`, 'social', 'health'),
  d(`Hej,

Konferensen om framtidens socialtjänst hålls i Karlstad 14–15 oktober. Anmälningsavgift 2 900 kr. Betala till bankgiro 5566-7788, ange OCR 10293847.
Välkommen!

Socialchefsnätverket`),
  d(`Hello,

Meeting notes, steering group, 4 March:
1. Budget approved.
2. GDPR training for all staff in April, including sensitive personal data such as health, religion and union membership.
3. Next meeting 1 April.

Secretary`),
  d(`Hej Magdalena,

Tack för ditt mejl om friskvårdstimmen. Vi har inte bestämt oss än. Jag pratar med Per om det på torsdag.
Ha en fin helg!

/Jens
Enhetschef, Parkförvaltningen
Tel 0522-69 60 00`),
  d(`Hej!

Bibliotekets öppettider i sommar: måndag–torsdag 10–18, fredag 10–15. Stängt midsommarafton och midsommardagen.
Sommarboken för barn startar 15 juni.

Stadsbiblioteket
Box 12, 451 81 Uddevalla`),
  d(`Hi all,

Facilities update: the garage will be repainted in week 19, so please park on level 2. The lifts in building B are being serviced on Tuesday.
Questions to facilities@region.example or ext. 2200.

Facilities management`),
  d(`Hej,

Anna Lindberg, kurator, har telefontid tisdagar 13–14 på 0418-47 00 00. Hon tar emot elever och föräldrar som vill prata om skolsituationen.

Elevhälsan, Ekbackeskolan`),
  d(`Hej Bengt,

Kan du kolla fakturan från Elektro AB? Fakturanummer 88231, OCR 7712 9938 441, belopp 34 200 kr, förfaller 12 juni. Kontera på projekt 4021.

Tack
Ekonomiassistent`),
  d(`Hello,

The internal audit of case management is done. Conclusion: routines for confidentiality marking are followed in 92 % of sampled cases. Recommendations include more training.

Internal audit, Region Halland`),
  d(`Hej,

Personalklubben anordnar vinprovning den 20 november. Pris 250 kr, betala via Swish till klubbens nummer 123 780 44 12 senast 10 november.

Personalklubben`),
  d(`Hej Kristina,

Protokoll från samverkansgruppen 12 april. Närvarande: Lena Ström (arbetsgivaren), representanter från Kommunal och Vision.
Punkter: arbetsmiljöenkät, semesterplanering, lokaler. Inga beslut om enskilda medarbetare.

Sekreterare`),
  d(`Hi,

We're looking for volunteers for the blood donation drive on 15 May. The Blodcentralen bus will be outside the town hall 9–15. Sign up on the list by reception.

Staff committee`),
  d(`Hej,

Vid kommande utbildning om hot och våld deltar polisen och berättar om hur man gör en polisanmälan. Tid: 25 mars kl. 9–12, plats: Sessionssalen.

Säkerhetssamordnaren`),
  d(`Hej alla!

Vi har fått nya datorer. Inloggning sker med SITHS-kort och PIN-kod precis som tidigare. Har du glömt din PIN, kontakta IT-support på 0771-00 00 00.

IT-enheten`),
  d(`Hello team,

I've updated the onboarding checklist: ID badge, laptop, SITHS card, intro to the case management system, and a meeting with the union representatives (optional).

HR`),
  d(`Hej,

Här är tabellen över betygsfördelningen i årskurs 9 våren 2026, skolan totalt:
A 12 %, B 15 %, C 28 %, D 18 %, E 20 %, F 7 %.
Analys presenteras på kvalitetsdagen.

Rektor`),
  d(`Hej Emelie,

Jag skickar tillbaka avtalet om lokalhyra, underskrivet. Hyran är 14 500 kr i månaden och faktureras kvartalsvis. Vår referens är Lars Svensson.

Kultur- och fritidsförvaltningen`),
  d(`Hi,

Reminder: the Christmas lunch is on 17 December at 12:00 in the staff restaurant. Please tell us about allergies or dietary preferences by 1 December using the form.

Events committee`),
  d(`Hej,

Krisledningsgruppen har övning den 8 oktober. Scenario: långvarigt strömavbrott. Deltagare: kommundirektör, säkerhetschef, kommunikationschef.
Övningen är intern.

Säkerhetsavdelningen`),
  d(`Hej Linus,

Tack för artikeln om vindkraft, jag delar den med gruppen. Glöm inte att vi har studiebesök på reningsverket på torsdag, samling 8.30 vid huvudentrén.

Miljöstrategen`),
  d(`Hello,

Jobs of the week:
- Social worker, child and family unit (LVU investigations)
- HR assistant, temporary
- School nurse, Västerskolan
- Payroll specialist
Apply via the careers page.

Recruitment centre`),
  d(`Hej,

Nyhetsbrev från Sveriges Kommuner och Regioner: nya siffror visar att sjukfrånvaron i kommunsektorn minskade något 2026. Satsningar på förebyggande arbetsmiljö ger effekt.

Omvärldsbevakning`),
  d(`Hej!

Vi har nu flyttat till nya lokaler på Järnvägsgatan 6, plan 3. Postadress: Box 400, 831 26 Östersund. Telefon oförändrat.

Vänliga hälsningar
Överförmyndarenheten`),
  d(`Hi Victoria,

Could you review the draft privacy notice for the e-service? It lists what data we collect: name, address, phone number and, for certain applications, information on health and finances.
Comments by Friday please.

Data protection officer`),
  d(`Hej,

Handläggningstiden för ansökningar om bostadsanpassning är just nu cirka åtta veckor. Ansökan görs via e-tjänsten med intyg från arbetsterapeut.

Bostadsanpassningsenheten`),
  d(`Hej Thomas,

Jag kommer att vara ledig fredag eftersom jag ska på min systers bröllop i Göteborg. Ring mig på 070-555 12 34 om något brådskande dyker upp.

/Linnéa`),
  d(`Hello,

Minutes from the ethics committee: the committee discussed the general policy on handling requests for religious accommodation at work. No individual cases were considered.

Ethics committee secretary`),
  d(`Hej,

Påminnelse om utbildningen "Skyddade personuppgifter i praktiken" den 11 april. Kursledare är Karin Lund från Skatteverket.

Kompetensenheten`),
  d(`Hi,

The form for reimbursement of travel costs has been updated. Fill in name, employee number, purpose of trip and the cost centre. Do not include bank details – payments go to the salary account on file.

Finance`),
  d(`Hej,

Vi har bokat konferensrum Eken tisdag 9–12 för planeringsdagen. Lunch serveras på Värdshuset. Agenda: verksamhetsplan, kompetensförsörjning, semesterplanering.

Ledningsgruppen`),
  d(`Hej allihop,

Här är veckans nyhetssammanfattning:
- Nytt avtal för Vårdförbundet klart
- Regeringen utreder biometriska pass
- Studie: hälften av unga vuxna har svårt att betala räkningar
- Kommunen inför ny policy om dörrkoder

Kommunikatörerna`),
  d(`Hello Simon,

Your conference registration is confirmed. Invoice number 2026-1188 will be sent to your employer. Payment to bankgiro 5140-3377, reference 99812.

Nordic Public Sector IT Conference`),
  d(`Hej,

Den nya rutinen för hantering av betyg och omdömen i lärplattformen presenteras på APT den 5 maj. Alla lärare ska ha gått igenom den innan betygssättningen.

Skolledningen`),
  d(`Hej Annelie,

Tack för besöket! Jag lägger upp bilderna från invigningen på intranätet i morgon. Hör av dig om någon inte vill vara med på bild.

Kommunikatör
Telefon 0250-260 00`),
  // --- part 4: positives, often two disclosures in one mail ---
  d(`Hej Sofie,

Tack för underlaget till nämnden. En sak om tolkbeställningen: Mirsad Hodžić är bosnier och muslim, så han önskar en manlig tolk på bosniska och ber att mötet inte läggs på fredag eftermiddag.
Mötet gäller hans ansökan om ekonomiskt bistånd.

Hälsningar
Emir, handläggare`, 'ethnic-origin', 'religion', 'social'),
  d(`Hi all,

The candidate profile for the communications post: Daniel Frisk, currently a councillor for the Centre Party, and shop steward for the journalists' union at his current job.
Interviews Monday.

Recruitment panel`, 'political-opinion', 'trade-union'),
  d(`Hej!

Vi har fått analysen från Rättsmedicinalverket: DNA-profilen från brottsplatsen matchar Sebastian Nyman, som redan finns i DNA-registret. Han är tidigare dömd för grov stöld.
Förundersökningen omfattas av sekretess enligt 18 kap. 1 § OSL.

Polisens utredningsenhet`, 'biometric', 'criminal-record', 'secrecy'),
  d(`Hello,

The family history shows that Emma's mother and grandmother both carried the BRCA1 mutation, and Emma herself tested positive last month. She has asked that this not be shared outside the clinic.
The genetic counselling note is attached.

Oncology clinic`, 'genetic', 'health'),
  d(`Hej,

Angående nytt tjänstekort för Helena Sjöqvist: vi har tagit ett nytt ansiktsfoto och skapat en ansiktsmall för den automatiska passagen. Hennes tillfälliga PIN-kod är 5582.
Kortet hämtas i receptionen.

Säkerhetsenheten`, 'biometric', 'credentials'),
  d(`Hej Per,

Som du kanske hört har Anton kommit ut som transperson och använder nu pronomenet hen. Hen har bett mig informera gruppen. Hen har också skyddad identitet sedan förra året, så publicera inga bilder.
Vi ses på teamdagen.

/Chefen`, 'sex-life', 'protected-identity'),
  d(`Hej Björn,

Tack för att du ställde upp i går. Vill bara berätta att min bror Martin har fått svar på gentestet: han har ärvt anlaget för familjär hyperkolesterolemi från pappa, precis som jag.
Vi får ta en öl snart!

/Fredrik`, 'genetic', 'health'),
  d(`Hi Lisa,

I transferred the deposit from my card ending 4539 9040 6544 9295 (exp 05/28, CVC 118) but the system said payment failed. Can you check it?
Thanks for organising the trip!

Johan Ahlberg`, 'payment-card'),
  d(`Hej,

Min kollega Amina har blivit avskedad efter att ha anmälts för förskingring. Hon är dessutom misstänkt för bedrägeri enligt polisanmälan. Hennes lönespecifikation visar att hon tjänade 34 100 kr i månaden.

/HR-handläggare`, 'criminal-record', 'hr-assessment', 'salary'),
  d(`Hej Katja,

Betalningsuppgifter för återbetalningen av depositionen till hyresgästen Julia Persson: kontonummer 9025 112 345 6 hos Länsförsäkringar Bank, clearing 9025.
Belopp 8 500 kr.

Uthyrningen`, 'bank-account'),
  d(`Hej,

Vi har gått igenom sökandena. Hanna Lindström har skyddad folkbokföring och kvarskrivning, så all korrespondens går via Skatteverkets förmedling.
Intervjuer hålls vecka 15.

Rekryteringsenheten`, 'protected-identity'),
  d(`Hi,

The pupil Ali, year 8, has been absent 40 % of the term. His grades in maths and English are F, and the school has made a report of concern to social services after the father was arrested for assault.

Student welfare team`, 'grades', 'social', 'criminal-record'),
  d(`Hej Mats,

Jag har varit i kontakt med Gunnar, han är medlem i Sveriges Lärare och fackets ombudsman kommer att vara med på mötet om hans varning.
Varningen gäller att han vid tre tillfällen lämnat klassen utan tillsyn.

Rektor`, 'trade-union', 'hr-assessment'),
  d(`Hej!

Du har väl inte glömt att ladda upp tidrapporten? Inloggning i Medvind: användare anna.k, lösenord Blabar!88. Jag har loggat in åt dig förut, hoppas det är okej.

/Sara`, 'credentials'),
  d(`Hello,

Please find the decision in the LVM case for Jörgen Sund attached. He has been placed at an LVM home for up to six months because of severe alcohol dependence.
The document is covered by secrecy under chapter 26 OSL and must not be forwarded.

Adult social services`, 'social', 'health', 'secrecy'),
  d(`Hej,

Min svärfar Rolf är aktiv i Moderaterna och har bett mig fråga om kommunens detaljplan. Jag svarade att jag inte kan handlägga det på grund av jäv.
Resten av veckan jobbar jag hemifrån.

/Kristian`, 'political-opinion'),
  d(`Hi,

Lena said at lunch that she is a practising Catholic and goes to mass every Sunday, so she will skip the Sunday teambuilding. Her partner Karin will join instead.
See you Monday.

/Ben`, 'religion', 'sex-life'),
  d(`Hej Nadia,

Kvinnan som flyttade in på Lärkgatan 3, Ayan Farah, är från Somalia ursprungligen och ville ha information om SFI. Hon berättade också att hon uppbär ekonomiskt bistånd och behöver hjälp med hyran.
Jag skickar broschyrerna.

Bovärd`, 'ethnic-origin', 'social'),
  d(`Hello,

Here are the final course grades for the summer course in statistics:
Jonas Ek – B
Linda Mårtensson – A
Peter Sjö – Fx (resubmission)
Please enter them in Ladok by Friday.

Course coordinator`, 'grades'),
  d(`Hej Emil,

Lönespecifikation för mars: grundlön 31 900 kr, OB-tillägg 2 430 kr, skatt 9 120 kr. Utbetalning till konto 6789 123 456 789, clearing 6789.
Hör av dig vid fel.

Löneenheten`, 'salary', 'bank-account'),
  d(`Hi,

Please charge the membership for Oskar Lund to card 4024 0431 8113 0547, expiring 03/29, security code 602. He is joining the Kommunal branch here starting next month.

Branch treasurer`, 'payment-card', 'trade-union'),
  d(`Hej,

Utredningen visar att Tove som arbetar på vår förskola har en fingeravtrycksregistrerad inloggning i journalsystemet som använts av en kollega. Det har lett till en skriftlig erinran för båda.

HR-konsult`, 'biometric', 'hr-assessment'),
  d(`Hej Pontus,

Kort om jobbet: projektet går bra. Privat: min sambo Alexandra och jag har gått i Pride-paraden i flera år eftersom hon är lesbisk och jag är bi, men det behöver inte teamet veta.
Vi hörs.

/Klara`, 'sex-life'),
  d(`Hello,

Final decision: the case file for the pupil Leo Strand is covered by secrecy under chapter 23, section 2 OSL. His special needs assessment states he has dyslexia and his reading test result was 34 of 100.

School administration`, 'secrecy', 'health', 'grades'),
  d(`Hej,

Intyg till arbetsgivaren: Hamid Rahimi har deltagit i samtal hos oss efter att hans dom för vållande till kroppsskada vunnit laga kraft. Han är kristen konvertit och ber om att inte kontaktas via moskén.
Med vänlig hälsning
Kriminalvården, frivården`, 'criminal-record', 'religion'),
  d(`Hi,

FYI: Rebecka is a Kurdish refugee from Syria and a member of the Left Party youth. She would like to speak about her experiences at our seminar on migration.

Event planner`, 'ethnic-origin', 'political-opinion'),
  d(`Hej Marianne,

Jag har nu inloggningsuppgifterna till lönesystemet för den nya vikarien: användare vik_jlund, engångskod 773 019, och hennes lön är satt till 28 500 kr. Kan du kontrollera?

Löneadministratör`, 'credentials', 'salary'),
  d(`Hej!

Min son Alvin har fått gentestresultatet: han har Fragilt X-syndrom. Vi behöver prata om anpassningar och hans betyg i svenska, där han ligger på F.

Vänliga hälsningar
Therese Lund`, 'genetic', 'health', 'grades'),
  d(`Hi Sara,

Just to let you know, the new security gate at the depot uses palm-vein scanning. I enrolled the drivers Kalle Ström and Ivan Petrov yesterday; their templates are stored in the local controller.

Depot manager`, 'biometric'),
  d(`Hej,

Yusra Mahmoud har beviljats skyddad folkbokföring och har just nu en pågående vårdnadstvist. Uppgifterna om henne omfattas av sekretess enligt 21 kap. 3 § OSL.
Lägg inget i den öppna kalendern.

Chef, Kundcenter`, 'protected-identity', 'secrecy'),
  d(`Hej Ola,

Angående kontrollen: Kortet som användes vid inköpet i Ica var Lisbeth Sjödins privata, 5380 1641 6956 9954, utgång 07/28. Hon får återbetalning till sitt konto SE12 8000 0832 7900 0123 4567.

Ekonomichef`, 'payment-card', 'bank-account'),
  d(`Hej,

Vi har fått en ansökan från Roger Backlund. Han har varit aktiv i Sverigedemokraterna och sitter i socialnämnden, men det påverkar inte bedömningen. Han har också en dom för ringa narkotikabrott från 2021.

Rekryterare`, 'political-opinion', 'criminal-record'),
  d(`Hej,

Sammanställning av medarbetarsamtalet med Irene Olofsson: hög arbetsbelastning, bra relation till brukarna, behöver utveckla dokumentationen. Lön från april: 30 400 kr.
Hon är medlem i Kommunal och vill ha med ett ombud vid nästa samtal.

Enhetschef, Äldreboendet Solrosen`, 'hr-assessment', 'salary', 'trade-union'),
  d(`Hello,

Remember to forward the code to the pharmacy fridge: it's 2208. Also, the resident in room 14, Mr. Holm, has been prescribed morphine and needs a double signature.

Night nurse`, 'credentials', 'health'),
  d(`Hej Jessica,

Vi har fått resultaten för hörselprovet och läsdiagnosen för Isak i 2B. Han har enligt logopeden en språkstörning och klarade 12 av 40 på läsdiagnosen.
Vi ses på elevhälsomötet.

Specialpedagog`, 'grades', 'health'),
  d(`Hej,

Tack för samtalet. Som sagt är Ylva Nutti same och renskötare, och hon vill att ärendet om bygglov för förrådet behandlas med hänsyn till samebyns intressen.

Bygglovhandläggare`, 'ethnic-origin'),
  d(`Hi Jonas,

I wanted to let you know in confidence that I'm a member of the Liberal party and have been asked to stand in the regional election. I'd like to discuss how that fits with my role as press officer.

Best,
Helena`, 'political-opinion'),
  d(`Hej,

Konfirmandlägret: Julia Berglund har anmält sig som ledare. Hon är aktiv i Pingstkyrkan och vill gärna hålla andakten på kvällen.
Kostnaden 1 800 kr betalas till kontot 8105-9, 123 456 789-0 i hennes namn.

Församlingsassistent`, 'religion', 'bank-account'),
  d(`Hej,

Elevernas omdömen för ht 2026 finns nu registrerade. Exempel som rör Axel Nordin: "Axel når inte kunskapskraven i engelska, frånvaro 18 %, behöver åtgärdsprogram."
Övriga elever i gruppen skickar jag separat.

Mentor`, 'grades'),
  d(`Hi,

Quick HR note: Mark received a final warning after the investigation found he had harassed a colleague. He is also on sick leave for stress since Monday.

HR business partner`, 'hr-assessment', 'health'),
  d(`Hej,

Vi har en ny brukare i hemtjänsten, Sture Lind, 91 år, med insatser enligt biståndsbeslut. Portkoden till hans trappuppgång är 1946 och nyckelgömman har kod 0311.
Han har hjärtsvikt och tar vätskedrivande.

Planerare, hemtjänsten`, 'social', 'credentials', 'health'),
  d(`Hello,

The expert report says Dmitri Volkov's voice print matched the recording from the threatening phone calls to the social services office. The prosecutor has charged him with unlawful threats.

Legal unit`, 'biometric', 'criminal-record'),
  d(`Hej,

Glad nyhet: Amanda har bestämt sig för att gå med i Vårdförbundet och blir skyddsombud. Hon är även vald till ordförande i Miljöpartiets lokalavdelning.

/Arbetsplatsombud`, 'trade-union', 'political-opinion'),
  d(`Hi Camilla,

The genealogy DNA test Tom did shows he is of Sámi descent on his mother's side, which he's very proud of. He's also found out he carries the gene for haemochromatosis.

/Ellie`, 'ethnic-origin', 'genetic'),
  d(`Hej,

Följande handling är sekretessprövad och får inte lämnas ut: tjänsteanteckning om Lena Ahlqvists arbetsförmåga efter sjukskrivningen. Sekretess enligt 39 kap. 1 § OSL.

Personalenheten`, 'secrecy', 'health'),
  d(`Hej Olle,

Karolina är gift med en kvinna, Nina, och de ska adoptera. Hon har frågat om föräldraledighet och hur det påverkar hennes lön på 39 100 kr.

HR-rådgivare`, 'sex-life', 'salary'),
  d(`Hej,

Påminnelse om din bokning: tolk på tigrinja till besöket den 5 maj för familjen Tesfay, som är eritreaner och ortodoxa kristna. Familjen har uttryckt önskemål om kvinnlig handläggare.

Tolkförmedlingen`, 'ethnic-origin', 'religion'),
  d(`Hello,

I need you to update the payroll: Sven Dahl is now on full-time sick leave after his heart attack, and his sick pay goes to his new account, Danske Bank 1281, 0012 345 678.

HR assistant`, 'health', 'bank-account'),
  d(`Hej Lovisa,

Här är kundens kortuppgifter för bokningen av lägret: Mikael Sten, Visa 4716 5979 2843 3731, giltigt till 12/27, CVC 339.

Bokningsansvarig`, 'payment-card'),
  d(`Hej,

Inför mötet om Nellie i förskoleklass: hon har diagnos Downs syndrom, som bekräftades genom kromosomanalys vid födseln, och beviljats assistans enligt LSS.

Förskolechef`, 'genetic', 'health', 'social'),
  d(`Hi,

The face-recognition camera at the entrance has flagged Kevin Olsen, who is on the banned list after last year's assault conviction. Security was notified.

Library manager`, 'biometric', 'criminal-record'),
  d(`Hej,

Nytt lösenord till skolans gemensamma konto för betygsrapportering: Vt26Betyg!, användarnamn betyg9b. Har matat in Saras betyg: Bild A, Musik C, Idrott B.

IKT-ansvarig`, 'credentials', 'grades'),
  d(`Hi Mona,

Sorry for the late reply. My husband Karim has been sentenced to community service for tax fraud, so I need to take Fridays off to care for the kids. I'm also on a reduced salary since the reorganisation, now 32 000 SEK.

/Yasmin`, 'criminal-record', 'salary'),
  d(`Hej,

Karl-Erik har fått skriftlig varning efter att ha uttalat sig nedsättande om kollegor i sociala medier. Han har dessutom ifrågasatt beslutet och kontaktat sitt fack, Vision.

Förvaltningschef`, 'hr-assessment', 'trade-union'),
  d(`Hej,

Ny mottagare för utbetalning av ersättning för kontaktperson: Björn Ågren, konto 3000 123 4567 890 (Nordea personkonto). Uppdraget gäller en pojke som har insatsen kontaktperson enligt LSS.

Handläggare LSS`, 'bank-account', 'social'),
  d(`Hi,

Here is the list of staff who enrolled fingerprints in the time clock today: Lars Ek, Sofia Nilsson, Aram Said. Their PIN backup codes are 1029, 5534 and 8871.

Timekeeping admin`, 'biometric', 'credentials'),
  d(`Hej Cecilia,

Flickan vi pratade om, Tindra, bor i skyddat boende med sin mamma och har sekretessmarkering. Hennes betyg från förra skolan har kommit: C i svenska, D i matematik.

Skolsekreterare`, 'protected-identity', 'grades'),
  d(`Hello,

Card details received for the parking permit: cardholder Tobias Hedlund, 5167 7803 6737 1486, exp 10/28. The permit fee will be drawn monthly.

Parking office`, 'payment-card'),
  // --- part 5: more positives for thinner categories ---
  d(`Hej Gunnel,

Tack för påminnelsen om inventeringen. Jag räknar pärmarna på fredag.
Angående vår nya kollega Tobias: han berättade på introduktionen att han lever i ett samkönat förhållande och att hans man jobbar på regionen, ifall någon undrar över efternamnet.

/Eva, kontorsansvarig`, 'sex-life'),
  d(`Hi Louise,

Budget numbers are in the shared folder. Also, heads up: Sam is non-binary and has asked everyone to use they/them from now on; they came out to the team on Friday.
Demo on Wednesday at 11.

Product owner`, 'sex-life'),
  d(`Hej,

Jag har haft samtal med Lisa på boendet. Hon berättade att hon har en sexuell relation med en annan boende, Henrik, och vi behöver se över rutinerna för samtycke i hennes genomförandeplan.

Samordnare, gruppbostad`, 'sex-life', 'social'),
  d(`Hello,

Patient note: Mr. Carlsson was referred after an HIV test came back positive; he reports unprotected sex with several male partners in the last year. Contact tracing has been started.

Infectious diseases clinic`, 'sex-life', 'health'),
  d(`Hej Sanna,

Kommer du på kickoffen? Jag hörde att Johanna och hennes flickvän Moa har förlovat sig, så det blir nog skål för dem också.
Anmälan senast onsdag.

/Frida`, 'sex-life'),
  d(`Hej,

Eleven Nova i 7A har kvarskrivning och skyddad adress. Vid utskick, använd Skatteverkets förmedlingsadress. Hon har frånvaro på 22 % i höst, så mentorn följer upp.

Skolexpeditionen`, 'protected-identity', 'grades'),
  d(`Hi Peter,

The tenant in flat 9, Mrs. Ekholm, has protected personal data (sekretessmarkering) after fleeing a violent ex-partner. Her name must not be on the door sign or the mailbox.
Key handover is Tuesday.

Property manager`, 'protected-identity'),
  d(`Hej Malin,

Observera: den sökande i ärende SN 2026/413 har fingerade personuppgifter. Använd endast de uppgifter som står i akten och kontakta inte tidigare arbetsgivare.
Uppgifterna får inte lämnas ut enligt 21 kap. 3 § OSL.

Enhetschef`, 'protected-identity', 'secrecy'),
  d(`Hello,

New hire Jonas Vik has a confidentiality marking in the population register, so please omit his photo and phone number from the intranet profile. He starts on Monday as caretaker.

HR`, 'protected-identity'),
  d(`Hej,

Matilda i min klass har frågat om hon kan få ledigt för Eid. Hon är muslim och familjen firar med släkten i Örebro.
Jag sa ja. Prov i engelska flyttas till tisdag.

Mentor 5B`, 'religion'),
  d(`Hi Anders,

I'll cover the Saturday shift. Rivka observes the Sabbath and is part of the Jewish community in Stockholm, so she cannot work Saturdays.
Remember to update the rota.

/Kim`, 'religion'),
  d(`Hej,

Begravningen för vår kollega Sten hålls i Katolska kyrkan på lördag. Han var aktiv i församlingen i över trettio år. Blommor kan skickas till Blomsterhandeln, Storgatan 7.

Personalen, avdelning 3`, 'religion'),
  d(`Hello,

Anna in accounts told me she left the Jehovah's Witnesses last year and her family no longer speaks to her. She might need some support around the holidays.

Team lead`, 'religion'),
  d(`Hej,

Provsvar från klinisk genetik: Tova Berglund bär på en mutation i MLH1-genen (Lynch syndrom). Koloskopi rekommenderas vartannat år. Syskonen erbjuds testning.

Genetiska mottagningen`, 'genetic', 'health'),
  d(`Hi,

The paternity DNA test ordered by the court shows that Erik Holm is the biological father of the child, with a probability of 99.99 %. The report is attached.

Family law unit`, 'genetic'),
  d(`Hej Ulrika,

Tack för att du lyssnade i går. Jag fick svaret på bärartestet: både jag och Jesper är bärare av SMA-anlaget, så vi har 25 % risk att få ett sjukt barn.
Jag tar ledigt på torsdag för nytt läkarbesök.

/Mia`, 'genetic', 'health'),
  d(`Hello,

Results of the pharmacogenetic test: patient Olsson is a CYP2D6 poor metaboliser, so codeine should be avoided. Please add this to the medication list.

Clinical pharmacist`, 'genetic', 'health'),
  d(`Hej,

I utredningen om arvsrätten har DNA-analys visat att Karin Svedberg inte är biologisk dotter till den avlidne. Tingsrätten har fått underlaget.

Familjerätten`, 'genetic'),
  d(`Hej,

Identifieringen gjordes med fingeravtryck: personen som greps i Centrum i går var Ahmad Naderi, vars fingeravtryck finns i Migrationsverkets register. Han är från Afghanistan.

Gränspolisen`, 'biometric', 'ethnic-origin', 'criminal-record'),
  d(`Hi Maria,

For the BankID app test, I registered my face ID and fingerprint on the test phone; please wipe it afterwards. The test account PIN is 246801.

/Oscar`, 'biometric', 'credentials'),
  d(`Hej,

Röstinspelningen från samtalet har analyserats, och rösten har identifierats som Ronnie Åkerblom med hjälp av röstavtrycket i ärendet. Materialet omfattas av förundersökningssekretess.

Utredare`, 'biometric', 'secrecy', 'criminal-record'),
  d(`Hej Josef,

Tack för rapporten. Jag noterade att Filip i er grupp är öppet engagerad i Feministiskt initiativ och skriver debattartiklar om det – bra att känna till inför presskontakterna.

Kommunikationschef`, 'political-opinion'),
  d(`Hi,

Our intern Ellen was arrested at a climate protest with Extinction Rebellion last weekend and says she is proud of her activism. She'll be in late on Monday because of the police interview.

Supervisor`, 'political-opinion', 'criminal-record'),
  d(`Hej,

Under rasten berättade Nils att han röstade på Socialdemokraterna i alla tre valen och att han är med i deras lokala förening. Han undrade om det går att få ledigt för partikongressen.

/Arbetsledare`, 'political-opinion'),
  d(`Hej,

Vår nya praktikant Jovana berättade att hennes pappa är rom från Serbien och mamman tornedaling från Pajala. Hon pratar meänkieli och kan hjälpa oss med översättningar.

Enhetschef, Biblioteket`, 'ethnic-origin'),
  d(`Hi,

Mr. Okafor told the housing officer that he is of Nigerian descent and feels he was refused the flat because of his ethnicity. The complaint has been registered.

Housing complaints`, 'ethnic-origin'),
  d(`Hej,

Sekretessbelagd uppgift: ärendet om Greta Nyberg rör tillsyn över hennes hemtjänstinsatser och omfattas av 26 kap. 1 § OSL. Lämna inte ut handlingarna till tidningen.

Registrator`, 'secrecy', 'social'),
  d(`Hello,

The attached incident report is classified as confidential under chapter 38 OSL, since it describes the shortcomings found in the review of supplier X's contract with the municipality.

Procurement`, 'secrecy'),
  d(`Hej Lena,

Ersättningen för förtroendeuppdraget betalas ut till Pia Andersson, SEB, clearing 5134, kontonummer 10 456 78. Arvodet är 2 400 kr per sammanträde.

Nämndsekreterare`, 'bank-account', 'salary'),
  d(`Hi,

Please refund Thomas Eriksson's overpaid fee to IBAN SE35 6000 0000 0001 2345 6789, BIC HANDSESS. Amount 1 250 SEK.

Customer service`, 'bank-account'),
  d(`Hej,

Kan du betala kursavgiften med mitt kort? Det är 4485 1819 4500 8617, utgångsdatum 06/29, CVC 557. Kortinnehavare Emma Grahn.
Tack!

/Emma`, 'payment-card'),
  d(`Hi Tom,

The hotel rejected the card 5299 7480 9511 6409 (exp 01/28) for Anna Svärd's booking, so please ask her for another one. Invoice number 44102 for the meeting room is fine.

Travel desk`, 'payment-card'),
  d(`Hej,

Jag har bokat flygbiljetten åt Magnus med mitt företagskort 4929 0891 9404 0070, giltigt till 04/28, CVC 094, eftersom hans kort inte fungerade.

Assistent, Ledningskontoret`, 'payment-card'),
  d(`Hello,

My new card arrived: 5578 0004 5633 2569, valid thru 09/29, CVV 448. Please update the subscription for the staff magazine.

Nina Lindahl`, 'payment-card'),
  d(`Hej,

Vi har fått in ett klagomål från en brukare om personal på nattpasset. Efter utredning bedöms Emir ha brustit i bemötandet och han har fått en skriftlig erinran. Han är medlem i Kommunal och facket har tagits med.

Enhetschef`, 'hr-assessment', 'trade-union'),
  d(`Hi,

Salary review outcome: Lina Berg moves from 41 000 to 43 500 SEK, Omar Hassan from 38 200 to 39 900 SEK. Ratings: Lina exceeds expectations, Omar meets expectations.

HR`, 'salary', 'hr-assessment'),
  d(`Hej,

Vi vill välkomna Agnes, som är nyvald huvudskyddsombud för Vision på förvaltningen. Hon nås på 0498-26 90 00.

Förvaltningsledningen`, 'trade-union'),
  // --- part 6: hard negatives (names + topic words, no disclosure) ---
  d(`Hej alla!

Välkomna till höstens APT-serie. Teman:
- 12 sep: Arbetsmiljö och stress (Linda Ek, företagshälsovården)
- 10 okt: Hot och våld, polisanmälan (Kjell Sund, säkerhetssamordnare)
- 7 nov: Sekretess i vardagen (Maria Hall, jurist)
Alla pass kl. 8.30–9.30 i Stora salen.

/Enhetschef Anders Björk
Tel 0470-70 50 00`),
  d(`Hi,

Karin Åström is leading the workshop on trauma-informed care for LVU placements on 9 May. Places are limited to 25, so sign up early on the learning platform.

Training coordinator
Region Västerbotten`),
  d(`Hej Lasse,

Ahmed Yilmaz är facklig kontaktperson för Vision på enheten och kommer att presentera sig på nästa APT. Ta med frågor om det nya avtalet!
Fika står Petra för.

/Ulrika`, 'trade-union'),
  d(`Hej,

Sara Lindblom skriver just nu riktlinjen för sjukfrånvaro och rehabiliteringsansvar. Synpunkter på utkastet lämnas till henne senast 28 februari via e-post eller på 0413-620 00.

HR-avdelningen, Eslövs kommun`),
  d(`Hej,

Vi söker en skolsköterska till Hagaskolan, 80 %, med start i januari. Du ansvarar för hälsobesök, vaccinationer och deltar i elevhälsoteamet.
Upplysningar: rektor Mikael Ström, 0156-250 00. Facklig kontakt: Vårdförbundet, Jenny Åsberg, 0156-250 12.

Trosa kommun`),
  d(`Hello all,

The union Vision is hosting a lunch seminar on the new pension agreement on 3 October. Sandwiches provided. All staff welcome, not only members.

Staff newsletter`),
  d(`Hej,

Ny person i receptionen från måndag: Jenny Holmberg. Hon har tidigare arbetat som socialsekreterare med LVM-ärenden i Sundsvall och känner väl till myndighetsutövning.
Välkommen Jenny!

/Kontorschefen`),
  d(`Hi team,

Minutes from the policy group, 14 March:
- The religious accommodation policy was approved.
- The guideline on political activity during working hours is out for consultation until 1 May.
- Next meeting: 11 April.
No individual cases were discussed.

Secretary, Policy group`),
  d(`Hej,

Medarbetarenkäten 2026, resultat per förvaltning:
Socialförvaltningen: svarsfrekvens 78 %, HME-index 79
Barn och utbildning: 82 %, 81
Tekniska: 74 %, 77
Resultat på individnivå lämnas inte ut.

HR-analys`),
  d(`Hej!

Blankett: Ansökan om ledighet för facklig utbildning
Namn: __________
Förvaltning: __________
Fackförbund: __________
Datum för utbildningen: __________
Lämnas till närmaste chef minst två veckor innan.

Personalavdelningen`),
  d(`Hello,

Lars Holm, chief medical officer, will present the annual patient safety report at the board on 20 November. Topics: falls, medication errors and hospital-acquired infections.

Board secretariat, Region Uppsala`),
  d(`Hej alla,

Anna Berg, skolsköterska
Johan Persson, kurator
Mirja Lampa, specialpedagog
Ewa Niemi, studie- och yrkesvägledare
Elevhälsoteamet träffas varje tisdag kl. 13 i rum 210.

Rektor, Tallbacksskolan`),
  d(`Hej,

Kommunstyrelsens beslut i ärende KS 2026/123 om ny policy för biometrisk inloggning skickas ut i dag. Policyn gäller från 1 augusti och omfattar alla förvaltningar.

Registrator`),
  d(`Hi,

The customer service line for questions about income support is 020-12 34 56, open weekdays 9–12. Applications are made through the e-service with BankID.

Social services, Adult unit`),
  d(`Hej Göran,

Tack för hjälpen med flytten! Nyckelkort till nya kontoret hämtas hos Bodil i receptionen mot kvittens. Kom ihåg att ta med legitimation.
Städdag på fredag kl. 14.

/Tina
Administratör`),
  d(`Hej,

Nyheter från förvaltningen:
• Ny enhetschef för LSS-boenden: Kristina Vall
• Rekrytering av två socialsekreterare till barnutredningsgruppen pågår
• Utbildning i MI (motiverande samtal) för missbruksvården i mars

Socialchefen`),
  d(`Hello,

Reminder: the deadline for submitting grades for the spring term is 10 June at 16:00. Teachers who need help with the grading module can contact Henrik Ålund at the IT desk, ext. 3301.

School office`),
  d(`Hej,

Ekonomiavdelningen informerar: utbetalningar till leverantörer sker tisdagar och torsdagar. Ange alltid fakturanummer och vår referens. Kommunens bankgiro är 5808-1021 och plusgiro 12 34 56-7.

Ekonomiavdelningen`),
  d(`Hi Jens,

Thanks for the quote. Order number 2026-0714 confirmed: 40 chairs, 10 tables, delivery week 22. Invoice to Box 220, 651 84 Karlstad, reference 7731.

Purchasing, Karlstad municipality`),
  d(`Hej,

Helena Nordqvist håller i kursen "Genetik för vårdpersonal" på sjuksköterskeprogrammet i vår. Kursen ges som distanskurs med två fysiska träffar.

Institutionen för hälsovetenskap`),
  d(`Hej,

Sammanträdesplan för socialnämnden 2027: 28 januari, 25 februari, 25 mars, 22 april, 27 maj, 17 juni. Individärenden behandlas i utskottet, övriga ärenden i nämnden.

Nämndsekreterare`),
  d(`Hello,

The new password policy requires at least 12 characters and blocks common words. The self-service reset page is at password.region.example. IT will never ask for your password by email or phone.

IT security team`),
  d(`Hej Rebecka,

Kan du boka in oss för utbildningen i hjärt-lungräddning? Vi är åtta personer från enheten. Helst en onsdag i oktober.
Tack!

Malin Grahn
Enhetschef, Kundcenter
Telefon 0303-33 00 00`),
  d(`Hi,

Statistics on staff sick leave, 2026, by age group:
under 30: 4.1 %
30–49: 5.8 %
50 and over: 7.2 %
Source: payroll system, aggregated.

HR analytics`),
  d(`Hej,

Bilden till personaltidningen: Martin Ekdahl, facklig ordförande, ska intervjuas om samverkansavtalet. Fotografering torsdag kl. 10 i entrén.

Redaktionen`, 'trade-union'),
  d(`Hej!

Vi har fått in tre anbud på nya passerkort. Alla leverantörer erbjuder även fingeravtrycksläsare som tillval, men det ingår inte i upphandlingen.
Utvärdering sker vecka 12.

Upphandlare`),
  d(`Hello,

Maja Svensson, family law officer, can answer general questions about paternity, DNA tests and custody on Tuesdays between 10 and 11 on +46 31 365 00 00.

Family law unit`),
  d(`Hej,

Inbjudan: seminarium om samisk hälsa och psykiatri den 21 oktober i Kiruna. Föreläsare Ingá Kuhmunen, forskare vid Umeå universitet. Tolkning till nordsamiska finns.

Sametinget`),
  d(`Hej,

Till alla som ska handlägga ansökningar om bostadsbidrag: tänk på att en sökande kan ha skyddade personuppgifter. Kontrollera alltid i folkbokföringen innan handlingar skickas.

Rutinansvarig`),
  d(`Hi,

The student records system will be down for maintenance Saturday 06:00–12:00. Attendance and grades cannot be registered during that time.

IT operations, Education department`),
  d(`Hej,

Protokollsutdrag från kommunfullmäktige: Fullmäktige beslutade att anta den nya policyn för mångfald och inkludering. Beslutet justerades den 3 maj.
Diarienummer KS 2026/311.

Kommunkansliet`),
  d(`Hej Anna,

Tack för kaffet. Jag har pratat med Jonas om lokalerna och han tycker att vi ska ta Ekhagen. Hyran är rimlig och det finns parkering.
Ska vi ses på onsdag och bestämma?

/Tove`),
  d(`Hello,

Karim Nasser, researcher in religious studies at Lund University, will give a talk on faith and Swedish healthcare at the diversity seminar. Slides will be shared afterwards.

Seminar organiser`),
  d(`Hej,

Årets lönekartläggning visar inga osakliga löneskillnader mellan kvinnor och män i likvärdiga arbeten. Rapporten finns på intranätet.

HR-avdelningen`),
  d(`Hej,

Påminnelse: tidrapportering för oktober ska vara klar den 3 november. Logga in i självservice som vanligt och attestera dina timmar.

Lönekontoret
Telefon 0660-880 00`),
  d(`Hi all,

Pride flag raising at the town hall on 1 August at 09:00. The mayor will give a short speech. Coffee afterwards in the foyer.

Communications`),
  d(`Hej,

Kursen "Att arbeta med orosanmälningar" riktar sig till förskolepersonal. Kursledare är Elin Dahl, socialsekreterare. Datum: 4 och 11 november.

Kompetensutveckling`),
  d(`Hello Rita,

Thanks for the agenda. I'll present the results of the reading test for year 3 at school level – no individual pupils – at the meeting on Thursday.

Cheers,
Lotta, literacy coordinator`),
  d(`Hej,

Budgetuppföljning april: personalkostnader 42,3 mkr (budget 43,0), övriga kostnader 11,8 mkr (budget 11,5). Prognos för helåret: +0,6 mkr.

Controller, Vård och omsorg`),
  d(`Hej alla,

Inför valet: kommunens medarbetare får vara engagerade politiskt på fritiden, men ska vara opartiska i tjänsten. Läs policyn om tjänstemannarollen på intranätet.

Kommundirektören`),
  // --- part 7: long mails, one buried sentence or none ---
  d(`Hej alla i projektgruppen!

Här kommer en sammanfattning av veckan.
1. Leverantören har levererat version 2.3 av e-tjänsten, testning pågår t.o.m. fredag.
2. Workshopen med verksamheten flyttas till den 17 mars kl. 13–15, rum Linnéa.
3. Dokumentationen ligger i Teams under Projekt/Leverans.
4. Rikard är borta nästa vecka – han ska opereras för diskbråck och är sjukskriven till påsk.
5. Nästa styrgrupp 24 mars.

Tack för en bra insats!
Camilla Öberg
Projektledare, Digitaliseringsenheten
Tel 0911-69 60 00, Storgatan 13, 941 85 Piteå`, 'health'),
  d(`Hej alla i projektgruppen!

Sammanfattning vecka 14:
1. Acceptanstestet är godkänt och driftsättning sker 8 april kl. 18.
2. Användarutbildningen hålls av Rikard Lind den 10 april.
3. Support under första veckan: Sara, Mats och Erik.
4. Efterkalkyl presenteras på styrgruppen 24 april.

Tack för en bra insats!
Camilla Öberg
Projektledare, Digitaliseringsenheten`),
  d(`Dear partners,

Thank you for attending the Nordic welfare conference in Tampere. Presentations are now available on the website, and the evaluation survey is open until 30 June.
A special thanks to our speakers, including Liisa Korhonen on Sámi child welfare and Ahmed Said on income support reforms.
The next conference will be hosted by Aarhus in 2028.

Best regards,
Conference secretariat
Nordic Welfare Centre`),
  d(`Hej Bodil,

Tack för gårdagens möte. Här kommer mina anteckningar:
- Brandskyddsronden genomförd, två brandsläckare ska bytas.
- Nya gardiner till samlingssalen beställda (order 77104).
- Elin bad mig säga att hennes lön inte stämmer: hon fick 27 900 kr i stället för de överenskomna 29 400 kr i februari, och hon vill att det rättas.
- Nästa husmöte 5 april.

/Lennart
Husansvarig, Träffpunkt Linden`, 'salary'),
  d(`Hi Thomas,

Following our call, here are the practicalities for the audit:
- Auditors arrive Monday 09:00 at reception, Drottninggatan 5.
- They need read access to the finance system for two weeks.
- Use the guest Wi-Fi; the network password is posted in the meeting room.
- Contact person on site: Ingrid Falk, +46 21 39 00 00.

Regards,
Finance department, Västerås`),
  d(`Hi Thomas,

Following our call, the practicalities:
- Auditors arrive Monday 09:00.
- Their temporary account for the finance system is audit01 with password Granskning#2026; it expires on 30 April.
- Contact person: Ingrid Falk.

Regards,
Finance department`, 'credentials'),
  d(`Hej Marie!

Skönt att höra att flytten gick bra. Här på skolan är det fullt upp: vi har haft nationella prov, föräldramöten och en utflykt till Kolmården.
Min klass har jobbat med ett temaarbete om vikingar och de var så stolta när de visade upp det.
Hoppas vi ses i sommar!

Kram
Lisa
Lärare åk 4, Stensjöskolan`),
  d(`Hej Marie!

Här är det fullt upp med nationella prov och föräldramöten.
Jag oroar mig för Wilmer i min klass, han fick bara 8 av 50 poäng på matteprovet och har varit frånvarande var tredje dag i vår.
Hoppas vi ses i sommar!

Kram
Lisa`, 'grades'),
  d(`Hello everyone,

This is the summary from the regional health committee:
- The waiting list for hip surgery has fallen to 74 days.
- A new psychiatric emergency ward opens in Borås in October.
- Statistics on antidepressant prescriptions in the region will be published in September.
- The committee thanked Dr. Amira Haddad for her work as chair of the mental health working group.

Secretariat, Regional health committee`),
  d(`Hej,

Här kommer protokollet från föreningsstämman i Brf Lönnen.
§1 Stämman öppnades av ordförande Stig Åman.
§2 Årsredovisningen godkändes.
§3 Avgiften höjs med 3 % från juli.
§4 Styrelsen beviljades ansvarsfrihet.
§5 Motion om laddstolpar bifölls.
Justeras av Eva Lind och Karl Berg.

Sekreterare`),
  d(`Hej,

Protokoll Brf Lönnen, styrelsemöte 14 mars.
§1 Ordförande öppnade mötet.
§2 Lägenhet 11 har bytt ägare.
§3 Styrelsen noterade att hyresgästen i lägenhet 6, Kent Olsson, dömts för skadegörelse i tvättstugan och ska ersätta föreningen med 6 000 kr.
§4 Nästa möte 11 april.`, 'criminal-record'),
  d(`Hi Rosa,

Welcome back from holiday! A few things happened while you were away:
- The new coffee machine is finally installed.
- We have two summer temps, Alva and Noel.
- The team agreed to move the stand-up to 9:15.
- The fire drill is next Wednesday.

See you tomorrow,
Jenny, office manager`),
  d(`Hi Rosa,

Welcome back! A few things happened while you were away:
- The new coffee machine is installed.
- Noel, one of the summer temps, told us he is a practising Buddhist and meditates at the temple in Fittja, so he'd like to skip the Friday pub.
- Stand-up moved to 9:15.

See you tomorrow,
Jenny`, 'religion'),
  d(`Hej Karin,

Jag vill tacka för ett fint samarbete under året. Verksamhetsberättelsen är nu klar och skickas till nämnden.
Några höjdpunkter: 1 240 besök på Öppna förskolan, 85 föräldrar i föräldrastödskurser och en ny familjecentral i Norrby.
God jul och gott nytt år!

Annika Hjort
Verksamhetschef, Familjecentralen
Tel 033-35 70 00`),
  d(`Hej Karin,

Verksamhetsberättelsen är klar. Tack för allt arbete!
En sak till inför nämnden: familjen Sandström, som du handlägger, har nu fått beslut om familjebehandling enligt SoL efter den orosanmälan som kom i oktober.
God jul!

Annika Hjort
Verksamhetschef`, 'social'),
  d(`Hello Mikael,

Quick update on the security project:
- The new card readers are installed on floors 1–3.
- Floor 4 will be done next week.
- Visitors still sign in at reception.
- The contractor's invoice (no. 4471, due 30 May) has been approved.

Regards,
Facilities`),
  d(`Hej,

Inbjudan till nätverksträff för HR-specialister, 22 oktober i Linköping.
Program:
09.30 Kaffe
10.00 Ny lagstiftning om visselblåsare – Maria Ekman, jurist
11.00 Rehabiliteringskedjan i praktiken – Peter Holm, företagsläkare
12.00 Lunch
13.00 Lönesättning och lönekartläggning – Sofia Ek, lönestrateg
Anmälan senast 1 oktober.

HR-nätverket Östergötland`),
  d(`Hej,

Påminnelse om utbildningen i dokumentation i social journal. Kursen vänder sig till handläggare inom LSS, äldreomsorg och ekonomiskt bistånd. Kursledare: Monica Eld.
Tid: 5 mars kl. 9–16, plats: Folkets hus, sal B.

Kompetensenheten, Socialförvaltningen`),
  d(`Hi all,

Job posting: Union ombudsman wanted. Kommunal Region North is looking for an ombudsman to support members in negotiations and rehabilitation cases.
Location: Luleå. Apply by 15 November to recruitment@union.example.

Kommunal Region North`),
  d(`Hej Petter,

Vi har nu flyttat mötet med Skatteverket till 9 maj kl. 10. Ämnet är hantering av skyddade personuppgifter i våra system, på systemnivå. Ta gärna med Oskar från IT.

/Linda, informationssäkerhetssamordnare`),
  d(`Hi,

Thanks for your application for the school nurse position. We have received it and will contact candidates for interviews in week 38.

Kind regards,
Recruitment team
Falun municipality`),
  d(`Hej,

Information om skolavslutningen: den hålls i kyrkan den 13 juni kl. 9. Elever som av olika skäl inte deltar i kyrkan erbjuds en alternativ aktivitet i skolans aula.
Vänligen meddela mentor senast 1 juni.

Rektor`),
  d(`Hello,

The Genetic Alliance newsletter: new guidance on informing relatives about hereditary conditions, a webinar on newborn screening, and a call for patient representatives.

Newsletter editor`),
  d(`Hej,

Fakturan för tolktjänster i mars är kontrollerad. Totalt 42 uppdrag, 61 timmar, summa 38 420 kr. Fakturanummer 30012, OCR 300120042, betalas till leverantörens bankgiro 5312-9087.

Ekonomiassistent, Socialförvaltningen`),
  d(`Hi,

Reminder to all managers: performance reviews for staff must be documented in the HR system by 15 December. Templates for goals and feedback are available under HR > Reviews.

HR department`),
  d(`Hej,

Kommunens bokningssystem för lokaler har nu kortbetalning. Betala med Visa eller Mastercard direkt i webbokningen. Vi sparar inte kortuppgifter.

Fritidsförvaltningen`),
  d(`Hej Anneli,

Tack för att du ställde upp som moderator. Panelsamtalet om demokrati och unga på biblioteket gick bra: representanter från alla partier i fullmäktige deltog och publiken var engagerad.

Kulturchef`),
  d(`Hello,

The voter registration list for the union election is now closed. Results will be announced at the annual meeting on 20 March. Ballots are counted by the election committee.

Election committee`),
  d(`Hej,

Kundtjänst informerar: Vid frågor om din faktura, ange alltid fakturanummer och kundnummer. Vi frågar aldrig efter ditt lösenord eller kortnummer via telefon eller e-post.

Kundtjänst, Vatten & Avfall`),
  d(`Hej,

Inför att nya ansiktsigenkänningskameror diskuteras i trafiknämnden har dataskyddsombudet Lars Nyman skrivit ett yttrande. Yttrandet bifogas och finns i dnr TN 2026/54.

Nämndsekreterare`),
  d(`Hello team,

Please welcome Rahel Tesfaye, our new GDPR coordinator. She will help units review how they process special categories of personal data such as health, ethnicity and religion.

Legal department`),
  d(`Hej,

Mallen för genomförandeplan inom hemtjänsten är uppdaterad. Fälten "Insats", "Mål" och "Brukarens önskemål" ska alltid fyllas i. Mallen finns i Lifecare.

Kvalitetsutvecklare, Äldreomsorgen`),
  d(`Hej Simon,

Vi har fått nya nycklar till arkivet. Nyckeln kvitteras ut hos Bo på registraturen. Arkivet är öppet vardagar 9–15.

Arkivarie
Tel 0526-190 00`),
  // --- part 8: more English, long mails ---
  d(`Hi everyone,

Here's the weekly round-up from the IT team:
- Windows updates will be pushed on Wednesday night; please leave your laptops on.
- The new ticket portal goes live on 2 June.
- Phishing test results: 7 % clicked the link, down from 12 %.
- Office hours with Jonas Ahl (network) on Thursdays 13–15.

Have a good week,
Emma Sundqvist
IT manager, Region Jämtland Härjedalen
+46 63 14 75 00`),
  d(`Hi everyone,

Weekly round-up from the IT team:
- Windows updates on Wednesday night.
- The new ticket portal goes live on 2 June.
- Kevin, since you asked in the chat: the admin password for the meeting-room screens is Skarm!Adm1n, please don't post it again.

Have a good week,
Emma Sundqvist
IT manager`, 'credentials'),
  d(`Dear Ms. Holm,

Thank you for your enquiry about after-school care. Places are allocated according to the date of application and the parents' working hours. The fee is income-related, with a maximum of 1 688 SEK per month.
You can apply through the e-service. For questions, call the education office on +46 90 16 10 00.

Kind regards,
Admissions office, Umeå municipality`),
  d(`Dear Ms. Holm,

Thank you for your application for after-school care for Ella. As you told us that the family currently receives income support and that Ella's father is in prison, we have referred you to the social services for a fee reduction.
Kind regards,
Admissions office`, 'social', 'criminal-record'),
  d(`Hi Peter,

Good news on the grant: the foundation approved 150 000 SEK for the youth project. The money will be paid to the municipality's bankgiro, 5050-1055, with reference 2026-YP-12.
The project starts in August with a kick-off at the youth centre. Can you book the room?

Thanks,
Hanna, grant coordinator`),
  d(`Hi Peter,

The foundation approved the travel grant for Lukas Öberg, one of our youth leaders. They will pay 12 000 SEK directly to his personal account, Swedbank 8105-9, 915 882 341-6, next week.

Thanks,
Hanna`, 'bank-account'),
  d(`Hello Sarah,

Thanks for the draft agenda for the management meeting. I'd add two items:
1. The results of the staff survey (aggregated per unit).
2. The plan for the new appraisal system, to be piloted in the finance unit in autumn.
Otherwise looks good. See you Tuesday at 10.

Regards,
Michael, Head of HR`),
  d(`Hello Sarah,

For the management meeting, one confidential item: the appraisal of Viktor Lund in the finance unit concluded that he does not meet the requirements of the role, and we plan to offer him redeployment rather than renewing his contract.
See you Tuesday at 10.

Michael, Head of HR`, 'hr-assessment'),
  d(`Hi all,

The year 9 parents' evening is on 12 March at 18:30 in the assembly hall. We'll present the upper secondary application process, the grading timeline and the study trip to Berlin.
Snacks and coffee will be served by the student council.

Best,
Lena Ohlsson, head of year 9`),
  d(`Hi Lena,

A quick question before the parents' evening: Tilde's mum asked why her daughter got a D in history when she had an A on both tests. Could you look at her assessment matrix before Thursday?

Thanks,
Jon, history teacher`, 'grades'),
  d(`Hello,

Thank you for contacting the Swedish Tax Agency's liaison office. Questions about protected population registration are handled by our specialist unit. We cannot confirm or deny whether a specific person has protected data.
Phone: 0771-567 567.

Swedish Tax Agency`),
  d(`Hello,

I'm the new caseworker for your mother. As she has a confidentiality marking in the population register after the threats from her former partner, please only send mail to the forwarding address we agreed on.

Kind regards,
Linnea Bergh, social services`, 'protected-identity', 'social'),
  d(`Hi Jake,

Re: card reader at the gym. The supplier recommends a fingerprint-based entry system, but our data protection officer said no because we can't justify processing biometric data for gym access. We'll stay with key tags.

/Robin, sports centre manager`),
  d(`Hi Jake,

Re: the gym entry system. We piloted fingerprint entry with five staff, and Maria Norlin's fingerprint template was accidentally exported in the log file sent to the supplier. We have reported it as a personal data breach.

/Robin`, 'biometric'),
  d(`Hello,

The annual report on hate crime in the county is out. Reported crimes with a xenophobic motive rose by 4 %, and crimes with a religious motive fell slightly. The police and the municipality will hold a joint press conference on Thursday.

Press office`),
  d(`Hello,

The youth centre incident on Friday: the young man who was attacked, Samir, is of Somali origin and believes it was racially motivated. He has filed a police report and is being treated for a broken wrist.

Youth centre manager`, 'ethnic-origin', 'health'),
  d(`Dear colleagues,

The works council will meet on 6 May to discuss the reorganisation. Representatives from Vision, Kommunal and the Swedish Association of Graduate Engineers are invited. The employer will present the timeline and the risk assessment.

Head of HR`),
  d(`Dear colleagues,

For the works council on 6 May: Tomas Berg has been elected as the Swedish Association of Graduate Engineers' representative for our department, replacing Ulla Hed.

Head of HR`, 'trade-union'),
  d(`Hi Nadia,

Could you send me the wording for the research consent form? It should explain that participants may provide a saliva sample for DNA analysis and that results are not returned to individuals.
Deadline for the ethics application is 15 March.

Thanks,
Dr. Erik Salo, research lead`),
  d(`Hi Nadia,

The sequencing results for participant 0412, Jessica Lindahl, show a pathogenic variant in the PKD1 gene, so she has inherited polycystic kidney disease. The ethics protocol says we must offer her counselling.

Dr. Erik Salo`, 'genetic', 'health'),
  d(`Hello,

Invitation to the Pride breakfast on 30 July hosted by the network for LGBTQ+ employees and allies. No registration needed. Everyone is welcome.

Employee networks`),
  d(`Hello,

As the organiser of the LGBTQ+ network I'd like to introduce our new co-chair, Hugo, who is openly gay and has been active in RFSL for many years.

Employee networks`, 'sex-life'),
  d(`Hi Clara,

The council is debating the new budget on 16 November. Party group meetings are held on the 14th. Please book the rooms for all eight parties as usual and order coffee.

Council secretariat`),
  d(`Hi Clara,

One thing for the seating plan at the council: Jan Åberg left the Moderates last week and now sits as an independent after disagreeing with the party on the migration motion.

Council secretariat`, 'political-opinion'),
  d(`Hello,

The church in Norrby will be renovated from April to September. Services will be held in the parish hall during this time. Contact the parish office for weddings and funerals.

Church of Sweden, Norrby parish`),
  d(`Hello,

Our new cook at the care home, Mariam, wears hijab and told me she doesn't handle pork for religious reasons, so we'll adjust the kitchen duties.
Menu planning meeting on Monday.

Kitchen manager`, 'religion'),
  d(`Hi,

Payroll calendar for 2027: salaries are paid on the 25th of each month, or the preceding weekday. Overtime must be reported by the 5th to be included in the next payment.

Payroll office`),
  d(`Hi,

Quick payroll check: Anja Westin's overtime for March was 31 hours, giving 9 870 SEK on top of her monthly salary of 34 600 SEK. Please verify before the run.

Payroll office`, 'salary'),
  d(`Hello,

Please remember not to send card details by email. If a supplier requests a card payment, use the procurement card and the supplier's secure payment page.

Finance`),
  d(`Hello,

I can't get the webshop to work, so here are my card details to pay for the staff jackets: Mastercard 5100 4147 3687 7557, exp 12/28, CVC 650, name Ida Falk.

Ida`, 'payment-card'),
];
