/**
 * Training corpus B for the sensitive-category classifier (issue 5): realistic mails from Swedish
 * municipalities, regions and agencies, labelled by the rules of the labelling guide (document level).
 * Written independently of the classifier's word lists. Names, numbers and details are invented;
 * account and card numbers are synthetic.
 */
import type { CategoryType } from '../../../../src/core/classify/types.js';
import type { LabelledDocument } from '../category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

const SECRECY: readonly LabelledDocument[] = [
  d('Uppgifterna i bifogad utredning omfattas av sekretess enligt 26 kap. 1 § OSL och får inte vidarebefordras.', 'secrecy'),
  d(`Hej Maria,

Jag skickar över handlingarna i ärende 2024-0412 som du bad om. Observera att de är sekretessprövade och att sidorna 3–7 är maskade med stöd av 21 kap. 7 § OSL. Resten kan lämnas ut till journalisten.

Vänliga hälsningar
Tobias Ek
Registrator, kommunledningskontoret`, 'secrecy'),
  d('OBS! Innehållet i detta mejl är sekretessbelagt. Sprid inte vidare utanför skolans elevhälsoteam.', 'secrecy'),
  d('Handlingen i dnr KS 2025/118 kan inte lämnas ut, sekretess gäller enligt 31 kap. 16 § offentlighets- och sekretesslagen (affärsförhållanden).', 'secrecy'),
  d('This message contains information subject to secrecy under Chapter 25, Section 1 of the Swedish Public Access to Information and Secrecy Act. Do not forward.', 'secrecy'),
  d('hej! bara så du vet, protokollet från elevhälsomötet igår är sekretess, så skicka det inte till hela arbetslaget', 'secrecy'),
  d(`Beslut om utlämnande av allmän handling

Begäran avser anbudet från Bygg & Mark i Norrtälje AB i upphandlingen av snöröjning. Kommunen avslår begäran i de delar som rör prisbilagan, eftersom uppgifterna omfattas av sekretess enligt 19 kap. 3 § OSL. Beslutet kan överklagas till kammarrätten.`, 'secrecy'),
  d('Vi har sekretessprövat journalanteckningarna för brukaren i rum 12 och de kan inte lämnas ut till dottern utan samtycke.', 'secrecy'),
  d('Bifogat: brevet till familjen Holm. Det är sekretessmaterial, lägg det inte på den gemensamma disken.', 'secrecy'),
  d('Re: begäran om handlingar – Tyvärr. Allt som rör eleven Alva i klass 4B faller under 23 kap. 2 § OSL och lämnas inte ut.', 'secrecy'),
  d('The attached report on the tenant in flat 3 is confidential under OSL ch. 26 and must not be shared with the housing company.', 'secrecy'),
  d('Sekretess enl. 26:1 OSL – se bifogad anteckning om familjen, ring mig innan du pratar med skolan.', 'secrecy'),
  d(`-----Ursprungligt meddelande-----
Från: Helena Strand
Skickat: den 3 mars 2025 10:14
Ämne: SV: utlämnande

Hej, vi gjorde en menprövning och uppgifterna om anmälaren i tillsynsärendet omfattas av sekretess. Namnet ska maskas innan kopian går ut.`, 'secrecy'),
  d('Jag fick veta att utredningen om kollegan på ekonomi är sekretessklassad tills vidare, så jag kan inte säga mer än så.', 'secrecy'),
  d('Följande uppgifter om den enskildes personliga förhållanden får inte lämnas ut (21 kap. 1 § OSL). Skickas därför med krypterad e-post.', 'secrecy'),
  d('Hi Johan, per our phone call: the incident report about the student and the bus driver is covered by secrecy, so please keep it within the school management team.', 'secrecy'),
  d('Anteckningarna från samtalet med Elin är sekretessbelagda, jag har lagt dem i det låsta skåpet.', 'secrecy'),
  d('Kommunen gör bedömningen att uppgifterna om var den anställde befinner sig omfattas av sekretess, och de kommer därför inte att lämnas ut till den som frågat.', 'secrecy'),
  d(`Till: Överförmyndarnämnden
Ärende: Huvudman 1187

Handlingarna i akten är sekretessprövade enligt 32 kap. 4 § OSL. Bara förordnad god man får ta del av dem.`, 'secrecy'),
  d('Ring mig hellre – det jag har om pappan till Ludvig kan jag inte maila eftersom det faller under sekretessen.', 'secrecy'),
  d('Skyddsklass: Sekretess. Mottagaren ansvarar för att uppgifterna om patientärendet inte sprids.', 'secrecy'),
  d('Confidential – OSL 25:1. Do not print. Regarding the employee we discussed on Friday.', 'secrecy'),
  d('Efter sekretessprövning har vi maskat namnen på vittnena i utredningen om bråket på skolgården innan den skickas till vårdnadshavarna.', 'secrecy'),
  d('Den här tråden om Samir har sekretess, så lägg inte in den i Teams-kanalen för hela enheten.', 'secrecy'),
  d('Omfattas av sekretess enligt 40 kap. 2 § OSL. Uppgifter om hyresgästens skulder får endast lämnas till handläggande tjänsteman.', 'secrecy'),
  d(`Hej!
Det gäller Familjen Berg som vi pratade om. Jag bifogar minnesanteckningarna men vill påminna om att allt i dem är sekretess mellan förvaltningarna, vi har ingen sekretessbrytande bestämmelse här.
/Karin`, 'secrecy'),
  d('Kan du lägga in sekretessmarkering på ärendet? Allt om den här anmälarens identitet ska hållas hemligt enligt OSL.', 'secrecy'),
  d('We cannot disclose the assessment of Mr Andersson to the newspaper; it is secret under the Swedish secrecy act.', 'secrecy'),
  d('Hemligt enl. OSL 18:1 – handlingen rör säkerhetsåtgärder kring stadshusets serverhall och får ej lämnas ut.', 'secrecy'),
  d('Nämnden beslutade att uppgifterna i anbudet från leverantör 2 ska sekretessbeläggas i sin helhet.', 'secrecy'),
  // hard negatives
  d('Påminnelse: alla nyanställda ska gå webbutbildningen om offentlighet och sekretess innan årsskiftet.'),
  d('Vad gäller egentligen när en journalist begär ut handlingar som kanske omfattas av sekretess? Någon som har en bra checklista?'),
  d('Nya sekretessförbindelser för sommarvikarier finns i personalhandboken, skriv ut och låt dem underteckna.'),
  d('Next week: seminar on the Public Access to Information and Secrecy Act for registry staff, room 3B, 9–12.'),
  d(`Hej alla,

Från och med 1 maj ändras rutinen för utlämnande av allmänna handlingar. Begäran registreras direkt i ärendesystemet och sekretessprövningen görs av den handläggare som äger ärendet. Mall finns på intranätet.

Mvh
Kanslienheten`),
  d('Offentlighetsprincipen firar 258 år – läs artikeln på intranätet om tryckfrihetsförordningen.'),
  d('Kan någon tipsa om vilken OSL-paragraf som brukar gälla för upphandlingar? Jag ska hålla en utbildning.'),
  d('Protokollet från kommunstyrelsen är en allmän handling och kan begäras ut av vem som helst.'),
  d('FYI: JO har kritiserat en annan kommun för långsam handläggning av begäran om allmänna handlingar.'),
  d('The secrecy training deck has been updated with the new case-law examples; slides attached.'),
  d('Mall: "Beslut att inte lämna ut allmän handling" – använd den nya versionen med överklagandehänvisning.'),
  d('Hur lång tid har vi på oss att svara på en begäran om utlämnande? Skyndsamt, men är det två dagar eller en vecka?'),
  d('Arkivet stänger kl. 15 på fredag, begäran om handlingar tas emot av registrator via funktionsbrevlådan.'),
  d('Ordlista: sekretess = förbud att röja uppgift, tystnadsplikt = ... Bra att ha inför introduktionen.'),
  d('Is "menprövning" the same as a harm test? Translating our guidance for the English web page.'),
  d('Diarieföringen av inkommande post sköts av kansliet, hör av dig dit om du är osäker på sekretessfrågor.'),
  d('Workshop för chefer: Att hantera sekretess i Teams och mejl. Anmälan senast 14/3.'),
];

const CRIMINAL: readonly LabelledDocument[] = [
  d('Han har suttit inne för rån och släpptes i somras, enligt frivården.', 'criminal-record'),
  d(`Hej Petra,

Utdraget ur belastningsregistret för den sökande till tjänsten på fritidsgården visade en dom för misshandel från 2021. Jag föreslår att vi inte går vidare. Kan vi ta det på måndag?

/Mikael, HR-specialist`, 'criminal-record'),
  d('Polisen ringde och bekräftade att pojken i 9C är misstänkt för skadegörelsen på idrottshallen.', 'criminal-record'),
  d('Our new caretaker was convicted of fraud in 2019 – his record came up in the background check.', 'criminal-record'),
  d('Tjänsteanteckning: Klienten uppger att han avtjänar villkorlig dom och har kontakt med sin övervakare på Kriminalvården varannan vecka.', 'criminal-record'),
  d('Mamman är anmäld för ringa stöld i butiken på torget, förundersökning pågår.', 'criminal-record'),
  d('btw Jonny från lagret har fått fotboja, så han kan inte jobba kvällspass på ett tag', 'criminal-record'),
  d('Eleven dömdes förra året till ungdomstjänst för olaga hot mot en klasskamrat.', 'criminal-record'),
  d('Till polisens kontaktperson: Vi har gjort en polisanmälan mot hyresgästen i lgh 1102 för hot mot vår fastighetsskötare.', 'criminal-record'),
  d('Sökanden har två fällande domar för rattfylleri enligt registerutdraget, vilket påverkar bedömningen för tjänsten som chaufför.', 'criminal-record'),
  d('He was arrested on Saturday for drug possession and is being held pending a detention hearing.', 'criminal-record'),
  d(`Från: Polisens samverkansfunktion
Till: Socialtjänstens mottagning

Den unge (15 år) greps i natt för inbrott i en kiosk i centrum. Han är nu hemskickad till vårdnadshavare. Förhör hålls senare i veckan.`, 'criminal-record'),
  d('Kollegan har blivit åtalad för bedrägeri mot sin förra arbetsgivare, rättegången är i maj.', 'criminal-record'),
  d('Jag vet att det är känsligt men Sara, min sambo, blev dömd för snatteri i fjol och nu undrar hon om det syns när hon söker vikariat hos er.', 'criminal-record'),
  d('Enligt domen från tingsrätten ska han betala skadestånd för grov skadegörelse på förskolan.', 'criminal-record'),
  d('Patienten är frigiven från anstalten Kumla sedan två veckor och har ingen bostad.', 'criminal-record'),
  d('The applicant has a prior conviction for assault; the extract from the criminal records register is attached.', 'criminal-record'),
  d('Vi har fått in en anmälan om att rektorns man misstänks för ekobrott, vad gör vi med det?', 'criminal-record'),
  d('Anton i åk 8 hördes av polisen igår som skäligen misstänkt för rånet vid busshållplatsen, mamma var med på förhöret.', 'criminal-record'),
  d('Läraren har besöksförbud mot sin före detta sambo enligt beslut från åklagaren.', 'criminal-record'),
  d('Han har en dom för narkotikabrott och står under övervakning av frivården till hösten.', 'criminal-record'),
  d('Vår leverantörs VD är dömd för mutbrott enligt tingsrättens dom 2023, borde vi inte pröva uteslutning?', 'criminal-record'),
  d('Fastighetsskötaren polisanmälde i går Robin Ahl för att ha krossat rutan till tvättstugan.', 'criminal-record'),
  d('Jag har själv ett rattfyllerifall från 2020 i registret. Påverkar det min anställning som vikarie i hemtjänsten?', 'criminal-record'),
  d('Brukaren har tidigare dömts för våld mot personal, så två personal ska alltid gå in samtidigt.', 'criminal-record'),
  d('FYI the guy who broke into the school last week got 6 months, the prosecutor called this morning.', 'criminal-record'),
  d('Mannen i lägenheten ovanför är efterlyst för grov misshandel enligt polisen som var här.', 'criminal-record'),
  d('Hon har fått strafföreläggande för ringa narkotikabrott och vi behöver ta upp det på kommande personalmöte med henne.', 'criminal-record'),
  d('Utdrag ur belastningsregistret: Inga uppgifter ... förutom en dom för ofredande 2022 (Solna TR). Kandidat 3.', 'criminal-record'),
  d('Fadern sitter häktad sedan i fredags, misstänkt för mordbrand i radhuset.', 'criminal-record'),
  // hard negatives
  d('Alla som ska arbeta med barn ska visa upp ett utdrag ur belastningsregistret innan anställning. Beställ på polisen.se.'),
  d('Brottsförebyggande rådet har släppt ny statistik om ungdomsbrottslighet i kommunerna.'),
  d('Inbjudan: samverkansmöte med lokalpolisen om trygghet i centrum, torsdag 13–15.'),
  d('Reminder: staff working with children must renew their criminal records extract every third year.'),
  d('Vi har haft inbrott i förrådet på Solbackaskolan i natt. Polisanmälan gjord, inget av värde saknas enligt vaktmästaren.'),
  d('Är det tingsrätten eller förvaltningsrätten som prövar överklaganden av bygglov? Undrar en kollega.'),
  d(`Hej!

Kriminalvården söker praktikplatser för klienter inom ramen för sitt arbetsmarknadsprojekt. Har någon enhet möjlighet att ta emot? Svara gärna till mig senast fredag.

/Annika, arbetsmarknadsenheten`),
  d('Podcasttips: avsnittet om hur domstolar fungerar är riktigt bra för SFI-gruppen.'),
  d('Cykelstölder har ökat kring stationen, polisen rekommenderar bättre lås. Sätt upp lappen i personalrummet.'),
  d('Our policy: any theft of municipal property should be reported to the police and to the security coordinator.'),
  d('Utbildning i hot och våld för receptionspersonal – en halvdag i april, anmäl dig i kompetensportalen.'),
  d('Kan vi boka in polisens brottsförebyggande föreläsning för åk 9 i oktober?'),
  d('Vakanser inom Kriminalvården: kriminalvårdare till anstalten i Tidaholm, se annonsen.'),
  d('Tingsrättens nämndemän från kommunen ska väljas om, nomineringar till fullmäktigekansliet.'),
  d('Larmet i stadshuset gick i natt, Securitas kontrollerade – falsklarm, ingen anmälan behövs.'),
  d('Mall för polisanmälan vid skadegörelse på skolan finns under Säkerhet på intranätet.'),
  d('Statistics: 12 reported thefts at municipal libraries in 2024, down from 19.'),
];

const SOCIAL: readonly LabelledDocument[] = [
  d('Utredning enligt 11 kap. 1 § SoL inleds avseende Noah, 7 år, efter orosanmälan från förskolan den 12 februari.', 'social'),
  d('Familjen Karlsson har ansökt om ekonomiskt bistånd för mars och beslut fattas på torsdag.', 'social'),
  d(`Hej Lena!

Jag ringde mamman till Elsa idag. Hon vet att vi har gjort en orosanmälan och var ganska upprörd. Socialsekreteraren heter Fredrik och han hör av sig till henne nästa vecka.

Hälsningar
Jenny, kurator`, 'social'),
  d('Hon får försörjningsstöd sedan i höstas och kan därför inte betala avgiften till simskolan själv.', 'social'),
  d('The boy was placed in a foster home under LVU last month; the mother has visiting rights every other weekend.', 'social'),
  d('Beslut: Bifall till ansökan om hemtjänst med inköp och städning varannan vecka för Gunnel Ström, Björkvägen 4.', 'social'),
  d('Vi har fått in en anmälan om oro för barnen i familjen på Ekgatan, pappan dricker mycket och barnen kommer sent till skolan.', 'social'),
  d('Tjänsteanteckning 2025-03-04: Klienten har besökt mottagningen och lämnat in kontoutdrag för prövning av ekonomiskt bistånd. Hyran för april saknas.', 'social'),
  d('Ungdomen är omhändertagen enligt 3 § LVU och bor på HVB-hemmet Tallbacken sedan oktober.', 'social'),
  d('ok så Mira i 3A, socialen har startat en utredning, vi får inte säga nåt till pappan än', 'social'),
  d('He gets social assistance from the municipality and the case worker has asked us for a certificate of his attendance at the language course.', 'social'),
  d('Ansökan om kontaktfamilj för Lukas har beviljats enligt 4 kap. 1 § SoL, två helger i månaden.', 'social'),
  d(`-----Ursprungligt meddelande-----
Från: Socialtjänsten Norra
Ämne: Samverkan kring familjen Nilsson

Vi bekräftar att familjen har en pågående utredning hos oss. Vi vill gärna ha ett SIP-möte med skolan och BVC innan jul.`, 'social'),
  d('Brukaren i lägenhet 7 har fått sin hemtjänst utökad till fyra besök per dag enligt nytt biståndsbeslut.', 'social'),
  d('Mamman har skuld hos kommunen för återkrav av försörjningsstöd, 18 400 kr, och vill göra en avbetalningsplan.', 'social'),
  d('Jag har själv ansökt om bistånd hos er men fick avslag. Hur överklagar jag?', 'social'),
  d('Vi placerade syskonen i jourhem i helgen, skolan behöver veta att de har annan adress tills vidare.', 'social'),
  d('Please note that Mrs Persson has been granted a place in special housing for the elderly (särskilt boende) from 1 June.', 'social'),
  d('Beslut om fortsatt vård enligt LVM avseende klienten, överlämnas till förvaltningsrätten.', 'social'),
  d('Pappan i familjen har tackat nej till föräldrastöd, utredningen fortsätter ändå enligt handläggaren.', 'social'),
  d('hej! kan någon ta över ärendet med Ahmed, han ska ha nytt beslut om ekonomiskt bistånd innan månadsskiftet och jag är ledig', 'social'),
  d('Den unge har kontaktperson via socialtjänsten (öppenvårdsinsats) sedan i våras och träffar henne varje onsdag.', 'social'),
  d(`Till: Överförmyndaren
Angående: Herr Lindqvist

Socialtjänsten har beviljat hemtjänst och trygghetslarm. Vi ser också behov av god man eftersom han inte längre klarar att betala sina räkningar själv.`, 'social'),
  d('Eleven bor numera i familjehem i grannkommunen och skolskjutsen ska därför ändras från och med måndag.', 'social'),
  d('Anmälan enligt 14 kap. 1 § SoL har gjorts av skolsköterskan gällande Wilma i åk 2.', 'social'),
  d('The tenant has received emergency assistance for rent from social services twice this year.', 'social'),
  d('Han har haft ett pågående missbruk i flera år och socialtjänsten har gjort en orosanmälan om barnen.', 'social'),
  d('Avslag på ansökan om ekonomiskt bistånd till tandvård för sökanden, då hon inte bedöms sakna medel.', 'social'),
  d('Kvinnan har skyddat boende via socialtjänstens våld i nära relation-team sedan förra veckan.', 'social'),
  d('Pojken har en pågående placering enligt SoL på Ekbackens HVB och skolgången sker i deras interna skola.', 'social'),
  // hard negatives
  d('Utbildning om LVU för nya handläggare, 3 dagar i maj. Anmälan via kompetensportalen.'),
  d('Riksnormen för försörjningsstöd höjs från 1 januari, se Socialstyrelsens meddelandeblad.'),
  d(`Hej!

Vi på socialtjänsten söker en socialsekreterare till barn och unga, tillsvidare, heltid. Tipsa gärna någon i ert nätverk! Ansök senast 30 april via kommunens webbplats.

/Rekryteringsgruppen`),
  d('Statistik: antalet hushåll med ekonomiskt bistånd minskade med 6 % under 2024.'),
  d('How do we file a report of concern (orosanmälan)? Our new teachers are asking – is there a form on the intranet?'),
  d('Hemtjänsten i Östra distriktet flyttar in i nya lokaler på Stationsgatan 12 i augusti.'),
  d('Påminnelse: alla som arbetar med barn har anmälningsplikt enligt 14 kap. 1 § SoL. Läs broschyren.'),
  d('Budgetuppföljning IFO: placeringskostnaderna ligger 4 mkr över budget efter tertial 1.'),
  d('Nämnden ska behandla nya riktlinjer för handläggning av ekonomiskt bistånd på sammanträdet i juni.'),
  d('Seminar on the LSS reform for managers in disability services, 15 May, livestreamed.'),
  d('Kan någon förklara skillnaden mellan SoL och LSS på ett enkelt sätt? Jag ska informera elevrådet.'),
  d('Ny e-tjänst: nu kan man ansöka om ekonomiskt bistånd digitalt med BankID.'),
  d('Tack för en bra dag på socialtjänstens temadag om barnrätt! Presentationerna finns i Teams.'),
  d('Upphandling av HVB-platser för ensamkommande: anbudstiden går ut 2025-05-20.'),
  d('Hemtjänstens bilar ska besiktigas under vecka 14, se schemat för vilken bil som är borta när.'),
  d('Volunteer drive: the social services department needs people for the Christmas food-bag project.'),
  d('Var finns blanketten för ansökan om färdtjänst? Vill lägga länken på vår hemsida.'),
];

const CREDENTIALS: readonly LabelledDocument[] = [
  d('Koden till dörren på baksidan är 4711, men byt gärna efter sommaren.', 'credentials'),
  d(`Hej Oskar,

Ditt tillfälliga lösenord till Visma är Vinter2025!kvart — du får byta det första gången du loggar in.

Mvh
IT-servicedesk`, 'credentials'),
  d('wifi för gästerna: nätverk "Stadshuset-Gast", lösen solros88', 'credentials'),
  d('Your one-time code for the payroll portal is 583 019. It expires in 10 minutes.', 'credentials'),
  d('Användarnamn: anna.lind, lösenord: Kaffekopp!23 — logga in på elevregistret och kolla närvaron.', 'credentials'),
  d('Pinkoden till min SITHS-kort är 2580, kan du signera åt mig medan jag är borta? (jag vet, jag vet)', 'credentials'),
  d('Larmkoden till förskolan Humlan är 1 9 3 7 och sedan #. Glöm inte att larma på när du går.', 'credentials'),
  d('API-nyckeln för integrationen mot ekonomisystemet: sk_live_7fA2kP9xQm4Rt8LwZ3vB. Lägg in den i konfigfilen.', 'credentials'),
  d('Hi, the admin account for the booking system is admin / Tr0ll-Berg-2024, please change it when you take over.', 'credentials'),
  d('nyckelskåpet i personalrummet har kod 0609', 'credentials'),
  d('Karin bad mig skicka hennes inloggning till schemaläggningen: karin.ohlsson / Sommar#Regn7 (hon är på kurs idag och vikarien behöver in).', 'credentials'),
  d('Engångskod för återställning: 771-302. Ange den på sidan som öppnades.', 'credentials'),
  d(`Servicekonto för skrivarna
Konto: svc-print-ks
Lösen: Pq8!vW2m#Lx
Gäller alla MFP:er på plan 2.`, 'credentials'),
  d('The door code to the archive room has been changed to 3365 – please don’t write it on a note by the door.', 'credentials'),
  d('Har glömt mitt lösen igen… det var väl Hundkoja2024 eller Hundkoja2025? Kan ni återställa?', 'credentials'),
  d('Lösenordet till den delade brevlådan Socialjouren är Jour!Natt5512, använd det bara på tjänstedatorn.', 'credentials'),
  d('PUK till ditt tjänstemobil-SIM: 48203916. PIN: 7420.', 'credentials'),
  d('Personal token for GitLab (read_api): glpat-Xy7uQ2bN4mR8tK1sV9aC. Please revoke when done.', 'credentials'),
  d('Grindkoden till återvinningscentralen för personalen är nu 2024* fram till årsskiftet.', 'credentials'),
  d('Inlogg till läsplattan i klassrummet: användare klass5b, lösen Bokstav55.', 'credentials'),
  d('Jag har bytt lösen på delade Instagram-kontot för fritidsgården till Ungdom!Sommar9, säg inte till ungdomarna.', 'credentials'),
  d('Koden till medicinskåpet på avdelning 3 är 5 5 2 1, ändrad idag efter att nyckeln försvann.', 'credentials'),
  d('Here are the credentials for the test environment: user kvtest01, password R4nd0m!Sky. The MFA seed is JBSWY3DPEHPK3PXP.', 'credentials'),
  d('Verifieringskoden från BankID-testmiljön var 40 29 17 om du behöver den igen.', 'credentials'),
  d('SV: inloggning e-tjänsten – Ditt nya lösenord är: Gran-Kotte-91. Byt det när du loggat in.', 'credentials'),
  d('Routerns admin: 192.168.1.1, användare admin, lösen Fritids2023. Ligger i hallen bakom soffan.', 'credentials'),
  d('The key box at the home care office opens with 8812 – the night staff know.', 'credentials'),
  d('Lösenord till den krypterade zip-filen med elevlistan kommer i separat sms: det är Hjortron2025.', 'credentials'),
  d('Hej, portkoden till Storgatan 12 där den nya hyresgästen bor är 1290, fastighetsskötaren behöver den.', 'credentials'),
  d('Anslutningssträng för rapportdatabasen: Server=sql-rap01;User Id=rapport_ro;Password=Vx7#pQ2!mK;', 'credentials'),
  // hard negatives
  d('Påminnelse: byt lösenord var 90:e dag och använd minst 12 tecken.'),
  d('Glömt ditt lösenord? Gå till självservice-portalen och följ instruktionerna, eller ring servicedesk på 08-123 456 00.'),
  d('Never share your password by e-mail. IT will never ask for it.'),
  d(`Hej alla,

På måndag inför vi tvåfaktorsinloggning för alla konton i Microsoft 365. Ha mobilen med dig och installera Authenticator-appen i förväg. Instruktioner finns på intranätet.

/IT-avdelningen`),
  d('Nya passerkort delas ut i receptionen vecka 12, ta med legitimation.'),
  d('Kodlåsen på förskolorna ska bytas till kortläsare under hösten enligt säkerhetsplanen.'),
  d('Lösenordspolicyn har uppdaterats: lösenfraser med fyra ord rekommenderas nu i stället för komplexa lösenord.'),
  d('Phishing-varning: mejl som ber dig "verifiera ditt lösenord" kommer inte från oss. Radera och rapportera.'),
  d('Hur lång ska en PIN-kod till SITHS-kortet vara? Minst sex siffror, eller?'),
  d('Servicedesk har öppet 7–17, lösenordsåterställning via telefon kräver att du kan identifiera dig.'),
  d('Kan vi ha samma portkod till alla tre förråden? Blir enklare för vikarierna – vad säger säkerhetssamordnaren?'),
  d('The API key rotation is scheduled for the 15th; integrations will be down for about 30 minutes.'),
  d('Ange din engångskod i fältet nedan. Koden skickas via sms till det nummer du registrerat.'),
  d('Lösenordshanteraren Bitwarden blir kommunens standard från 1 september. Utbildning på torsdag.'),
  d('Larmet på Stadsbiblioteket är kopplat till Securitas, vid fellarm ring vakthavande.'),
  d('Workshop: how to pick a strong passphrase – lunch talk in the canteen, Thursday.'),
  d('Dörren till serverrummet ska alltid vara låst, nyckel kvitteras ut hos fastighet.'),
];

const SALARY: readonly LabelledDocument[] = [
  d('Hon ligger på 38 500 i månaden och vill upp till 41 000 i årets revision.', 'salary'),
  d(`Hej Göran,

Efter lönesamtalet med Fatima Yilmaz föreslår jag att hennes lön höjs från 34 200 kr till 36 000 kr per månad från 1 april. Motiveringen är det utökade ansvaret för schemaläggningen.

Vänligen
Ulrika, enhetschef hemtjänst`, 'salary'),
  d('FYI: the new IT architect starts at SEK 62,000 a month, which is above the range we agreed on.', 'salary'),
  d('min lön blev bara 300 kr högre i år, tycker det är orimligt med tanke på allt extra jag gjort', 'salary'),
  d('Lönebesked mars: Per Andersson, grundlön 31 750 kr, OB-tillägg 2 140 kr, övertid 1 980 kr.', 'salary'),
  d('Vi har upptäckt att Jonas fått 4 000 kr för mycket i lön i januari. Löneenheten skickar ett återkrav.', 'salary'),
  d('Rektorn på Björkskolan har 58 000 i månadslön enligt uppgift från löneenheten, det är 6 000 mer än sin företrädare.', 'salary'),
  d('Her hourly rate as a substitute teacher will be 215 kronor plus holiday pay.', 'salary'),
  d('Jag har sett att kollegan som började efter mig tjänar 2 500 mer än jag. Kan vi ta ett samtal om min lönesättning?', 'salary'),
  d('Löneförslag: Emil Sandberg 33 900 → 35 100 (+3,5 %), Tova Lund 29 800 → 31 000 (+4,0 %).', 'salary'),
  d('Han får en engångsersättning på 15 000 kr för projektledningen av flytten, betalas ut med aprillönen.', 'salary'),
  d('Ingångslönen för Malin blir 32 000 kr, det var vad vi kom överens om på intervjun.', 'salary'),
  d(`-----Ursprungligt meddelande-----
Från: Löneservice
Ämne: SV: lönetillägg

Hej, lönetillägget för Kristoffer (1 200 kr/mån, arbetsledaransvar) är inlagt från och med maj och syns på nästa lönespec.`, 'salary'),
  d('Tjänsteanteckning: Medarbetaren framförde missnöje med sin lönenivå (30 100 kr) och hänvisade till marknadslöner för undersköterskor.', 'salary'),
  d('Annual salary for the chief financial officer: SEK 1 020 000, bonus not applicable in the public sector.', 'salary'),
  d('Lena tjänar typ 45 lax i månaden nu efter befordran, sjukt bra för henne', 'salary'),
  d('Förvaltningschefens lön justeras till 89 500 kr enligt beslut i kommunstyrelsens arbetsutskott.', 'salary'),
  d('Kan du kolla varför jag fick 27 312 kr netto i februari när jag brukar få runt 28 900?', 'salary'),
  d('Anders says he was offered a 3 % raise, but the average in the unit was 3.4 %.', 'salary'),
  d('Timlönen för sommarvikarien Elvira sätts till 158 kr enligt överenskommelse med chefen.', 'salary'),
  d('Din nya lön från 1 april är 36 450 kronor. Grattis och tack för ett fint år! /Sofia', 'salary'),
  d('Lönetvist: Arbetstagaren hävdar att hon borde ha fått 2 800 kr i jourersättning för påskhelgen men fick 1 400.', 'salary'),
  d('Byggnadsinspektören har 41 200 och begär lönejustering till samma nivå som kollegan på 44 000.', 'salary'),
  d('We need to correct Nadia’s pay: her March salary was calculated at 80 % instead of 100 %, about 7 900 kronor short.', 'salary'),
  d('Jag fick min första lön idag! 24 600 före skatt, inte så illa för en sommarjobbare.', 'salary'),
  d('Lönekartläggningen visar att Hanna som socionom ligger 3 100 kr under sina manliga kollegor med samma uppdrag.', 'salary'),
  d('Bonusen till projektgruppen fördelas så här: Ali 5 000, Birgitta 5 000, Cecilia 3 500.', 'salary'),
  d('Vi avslår hans begäran om löneökning till 52 000; nuvarande lön 47 300 ligger redan över spannet.', 'salary'),
  d('Efter lönesamtalet: hon går upp 1 650 kr, från 30 950 till 32 600.', 'salary'),
  // hard negatives
  d('Lönerevisionen startar i april, chefer får underlag från HR senast 15 mars.'),
  d(`Hej alla medarbetare!

Lönen betalas ut den 25:e varje månad. Infaller den 25:e på en helg betalas lönen ut fredagen innan. I december betalas lönen ut den 20:e.

Vänliga hälsningar
Löneenheten`),
  d('Medellönen för undersköterskor i regionen är enligt SCB drygt 31 000 kr.'),
  d('Vi söker en ekonomiassistent, lön enligt överenskommelse. Ange löneanspråk i ansökan.'),
  d('Reminder: submit your overtime reports before the 5th so they are included in this month’s payroll.'),
  d('Nytt centralt avtal klart: 3,4 % i potten för 2025 enligt parterna.'),
  d('Utbildning för chefer i lönesättande samtal, 2 halvdagar i februari.'),
  d('Var hittar jag min lönespecifikation? Den syns inte i Heroma längre.'),
  d('Löneenheten har stängt för semester vecka 29–31; akuta frågor till servicecenter.'),
  d('The salary criteria for teachers have been updated and are available on the intranet.'),
  d('Budget 2026: personalkostnaderna beräknas öka med 3,2 % inklusive lönerevision.'),
  d('Kan man få förskott på lön i kommunen? Jag undrar bara generellt hur reglerna ser ut.'),
  d('OB-ersättningen för storhelg regleras i kollektivavtalet HÖK, bilaga 3.'),
  d('Lönesamtalen ska vara klara före 30 april, boka in dem med dina medarbetare.'),
  d('Payroll system upgrade this weekend – the self-service portal will be unavailable Saturday 8–18.'),
  d('Lönestatistiken för kommunsektorn finns på SKR:s webbplats.'),
  d('Tjänsten som nämndsekreterare annonseras med månadslön, tillträde enligt överenskommelse.'),
];

const BANK: readonly LabelledDocument[] = [
  d('Pengarna ska in på hans konto 8327-9, 123 456 789-0 senast fredag.', 'bank-account'),
  d(`Hej!

Jag har bytt bank och vill att lönen från och med nästa månad sätts in på mitt nya konto i Swedbank: clearing 8105-9, kontonummer 914 273 611-4.

Tack!
/Linnea Dahl, förskolan Lärkan`, 'bank-account'),
  d('Please pay the refund to Ms Haddad’s account: IBAN SE45 5000 0000 0583 9825 7466.', 'bank-account'),
  d('Utbetalning av arvode till god man Bengt Svärd görs till Nordea 3300 741122-8831.', 'bank-account'),
  d('ekonomiskt bistånd betalas till kontot hon angav: Handelsbanken 6152-473 829 115', 'bank-account', 'social'),
  d('Kontonummer för återbetalning av för mycket inbetald avgift: SEB 5357 10 226 38, kontohavare Rune Eklöf.', 'bank-account'),
  d('Vikarien Tim har inte fått sin lön – kontot vi har registrerat är 8214-9, 94 331 205-6, stämmer det?', 'bank-account'),
  d('Mamman vill att barnbidragsdelen betalas till hennes eget konto 9025-12 345 67 i stället för pappans.', 'bank-account'),
  d('The foster family’s compensation should go to account 6000 123 456 789 at Handelsbanken, not the old one.', 'bank-account'),
  d('Ersättning för resekostnader till föreläsaren Ida Sund sätts in på Danske Bank 1226-0 445 871 22.', 'bank-account'),
  d('Hans lönekonto är fortfarande Länsförsäkringar 9020 01 73 552, han har inte meddelat något nytt.', 'bank-account'),
  d('Kan du ändra till mitt personkonto hos Nordea: 1234 56 78901 (clearing 3300)? Tack / Ebba', 'bank-account'),
  d(`Från: Ekonomiservice
Ärende: Felaktig utbetalning

Beloppet 4 200 kr gick till fel mottagare. Rätt konto för leverantören, enskild firma Hammar Måleri (Leif Hammar), är Swedbank 8327-9 44 871 502-3.`, 'bank-account'),
  d('Pensionären ville få sitt överskott från förvaltarskapet till konto 5201-01 665 43, SEB.', 'bank-account'),
  d('Her IBAN is DE89 3704 0044 0532 0130 00, she still banks in Germany. Please use that for the travel reimbursement.', 'bank-account'),
  d('Jag skickar mitt kontonummer här så ni slipper ringa: ICA Banken 9270-1 003 442 19.', 'bank-account'),
  d('Stipendiet till Sebastian Wik betalas ut till kontot 8480-7, 903 116 247-1 i slutet av juni.', 'bank-account'),
  d('Kontrollera kontonumret för hyresgästen i lgh 4: 6789-123 456 789 (Handelsbanken). Återbetalningen av depositionen studsade.', 'bank-account'),
  d('Skattekontot? Nej, det är hennes privata konto vi behöver, 3000-1 234 567 8 hos Nordea. Hon skrev det på blanketten.', 'bank-account'),
  d('OK så överföringen till Yusuf görs till hans konto i Skandiabanken 9150-0 124 998 3, och sen stänger vi ärendet.', 'bank-account'),
  d('Transfer the deposit back to the tenant, Swedish account clearing 8323-6, account 983 442 751-0.', 'bank-account'),
  d('Ny kontouppgift för Anita Borg (uppdragstagare): Swedbank 7825 310 847 2.', 'bank-account'),
  d('Arvodet till tolken ska in på kontot 5050-00 112 33 (SEB), hon fakturerar inte via företag.', 'bank-account'),
  d('Hans kontoutdrag visar att kontot 8401-5, 934 776 002-1 tömdes samma dag som lönen kom.', 'bank-account'),
  d('Dödsboets konto efter Sven Olsson: Nordea 3000 21 47 890. Vi betalar ut återstående pension dit.', 'bank-account'),
  d('jag har inget bankgiro, kan ni sätta in det på mitt vanliga konto? 8000-2, 12 345 678-9', 'bank-account'),
  d('Please update payee details for the contractor Jens Müller: IBAN SE72 8000 0810 3400 0123 4567.', 'bank-account'),
  d('Kontoinnehavare: Amina Rahimi. Bank: Handelsbanken. Clearingnr: 6543. Kontonr: 123 456 987.', 'bank-account'),
  d('Det visade sig att vikarien angett fel konto, 8327-9 221 334 556-7 tillhör hennes bror.', 'bank-account'),
  // hard negatives
  d('Ange kontonummer i blanketten för löneutbetalning och lämna den till löneenheten.'),
  d(`Faktura 2025-0447 från Norrlands Kontorsmaterial AB
Org.nr 556677-8899
Betala till bankgiro 5050-1055 senast 2025-04-30. Ange OCR 4471290033.`),
  d('Kommunens plusgiro 12 34 56-7 ska inte användas längre, använd bankgirot som står på fakturan.'),
  d('How do I change the bank account my salary is paid into? Is there a form in the self-service portal?'),
  d('Bankgirot för inbetalning av barnomsorgsavgifter är 123-4567. Referens: fakturanumret.'),
  d('Vi byter bank för kommunkoncernen till SEB från 1 januari, leverantörerna informeras via brev.'),
  d('Utbetalningar till privatpersoner kräver att kontot är registrerat i Bankgirots kontoregister (Kontoregistret).'),
  d('Anmäl ditt konto till Swedbanks kontoregister för att få skatteåterbäring snabbare, tipset gäller alla.'),
  d('IBAN and BIC for payments from abroad are listed on the municipality’s website under "Pay an invoice".'),
  d('Leverantörsreskontran stänger den 28:e, fakturor som kommer senare bokas på nästa månad.'),
  d('Tänk på bedrägeriförsök där någon ber ekonomi byta kontonummer för en leverantör – ring alltid upp och kontrollera.'),
  d('Kontoplanen för 2026 är fastställd, nya konton för projektmedel börjar på 47.'),
  d('Blankett: "Anmälan om bankkonto för utbetalning av ersättning" – fälten clearingnummer och kontonummer är obligatoriska.'),
  d('The foundation awards grants to students; payments are made by bank transfer in June.'),
  d('Kassan i receptionen tar inte emot kontanter längre, hänvisa till Swish 123 456 78 90 eller bankgiro.'),
  d('Avstämning av koncernkontot görs varje månad av redovisningsgruppen.'),
];

const CARD: readonly LabelledDocument[] = [
  d('Kortnumret är 4571 8008 2858 1177, giltigt t.o.m. 09/27, CVC 318. Det är Hannas privata kort, dra hotellet på det.', 'payment-card'),
  d(`Hej Jesper,

Jag bokade tågbiljetterna med mitt eget kort eftersom inköpskortet var spärrat. Kortet slutar på 6328 (Visa 4917 4664 4684 6328) så du ser det på kvittot. Kan jag få ersättning?

/Maja`, 'payment-card'),
  d('Card for the conference fee: 5355 3309 6778 8572, exp 11/26, security code 044, cardholder Erik Norén.', 'payment-card'),
  d('ring hotellet och ge dem mitt kortnr 5168 7157 7301 7413 exp 03/28 så fixar de garantin', 'payment-card'),
  d('Inköpskortet för förskolechefen Anneli: 4024 2745 2827 6764, utgångsdatum 05/27.', 'payment-card'),
  d('Kunden läste upp kortnumret 5413 1200 0417 2462 i telefon med CVC 771, det ska inte stå i ärendeloggen!', 'payment-card'),
  d('Mitt Mastercard 2221 7166 7554 0892 har spärrats efter att någon handlat på det i Spanien.', 'payment-card'),
  d('Please charge the catering to my corporate Amex 3742 379940 25050, expires 08/26.', 'payment-card'),
  d(`Biljettbokning – betalningsuppgifter
Namn på kortet: OLIVIA BERG
Nummer: 4716 5369 4585 1335
Giltigt till: 12/26
CVV: 902`, 'payment-card'),
  d('Hotellet behöver kortuppgifterna för Lars Ek: 5590 7169 0550 2916, 07/27.', 'payment-card'),
  d('Hon glömde sitt bankkort i personalrummet – Visa som slutar på 9618 (4000 8266 1023 9618). Ligger i kassaskåpet.', 'payment-card'),
  d('Jag skickar mitt kreditkort här så kan du boka flygen: 5232294081819250, 01/28, 615', 'payment-card'),
  d('Brukaren har gett hemtjänsten sitt kort 4485 1334 8355 9329 för att de ska kunna handla åt honom, det är inte okej enligt rutinen.', 'payment-card', 'social'),
  d('Test showed the form stored full card numbers: e.g. 4929 8579 3268 0377 belonging to a resident who paid a parking fine.', 'payment-card'),
  d('Ekonomi har fått ett kvitto där hela kortnumret syns: 5105 8391 0077 2734 (Tomas Lind). Maska innan arkivering.', 'payment-card'),
  d('hej, vilket kort ska jag använda? jag har ju mitt privata 4111 4271 5384 4728 men det kanske inte är ok', 'payment-card'),
  d('Kortuppgifter för deposition hyrbil: 5425 6739 7275 5144, exp. 10/27, kortinnehavare Jamal Osman.', 'payment-card'),
  d('The student paid the exam fee with card 4263 7781 8875 2997; the charge appears twice on her statement.', 'payment-card'),
  d('Sigrid tappade sitt privata kort 4056 5591 8340 8277 på bussen i morse, hon har spärrat det men undrar om vi kan skicka ut en varning.', 'payment-card'),
  d('Kortet 4773 8840 5513 7255 är hennes privata Visa, giltighetstid 09/27 – ersättning för utlägget ska gå via reseräkning.', 'payment-card'),
  d('Ange inte mitt kort i bokningssystemet längre: Mastercard 5127 5920 6110 7556 har ersatts.', 'payment-card'),
  d('Mitt nya kort: 4539 9255 9384 7429 (utg. 02/29). Uppdatera gärna i Ticketmaster-kontot för skolresan.', 'payment-card'),
  d('He dictated his card over the phone: four-five-seven-one, eight-zero-zero-eight, two-eight-five-eight, one-one-seven-seven, expiry September twenty-seven.', 'payment-card'),
  d('Kvittot från Biltema visar kortnr 4147 3720 2512 7175 och namnet Maja Fors, ska det bort innan skanning?', 'payment-card'),
  d('Säljaren fick Kjells kortuppgifter 5299 2390 2294 3149 och CVC 221 via ett falskt sms, kortet är spärrat nu.', 'payment-card'),
  d('Debitera deltagaravgiften på kort 2720 4303 1458 8173, innehavare Rebecka Sjöholm, utg 06/28.', 'payment-card'),
  d('The parent gave us card number 4622 0528 9783 6376 to pay for the school trip; CVV 384.', 'payment-card'),
  d('Företagskortet för projektledaren Nils: 5577-0594-6587-5944 gäller till 11/27, limit 20 000 kr.', 'payment-card'),
  // hard negatives
  d('Betalning med kort går bra i receptionen, vi tar Visa och Mastercard.'),
  d('Dela aldrig kortnummer eller CVC via e-post. Använd betallänken i stället.'),
  d(`Hej!

De nya inköpskorten delas ut på ekonomienheten måndag–onsdag nästa vecka. Ta med legitimation. Gamla kort klipps och lämnas samtidigt.

/Ekonomi`),
  d('Our card terminal at the library is out of order; swish or invoice only until Friday.'),
  d('Policy: inköpskort får bara användas för mindre inköp under 5 000 kr och kvitto ska bifogas i Proceedo.'),
  d('Testkort för betalningsleverantörens sandlåda finns i dokumentationen, använd aldrig riktiga kort i test.'),
  d('Kortinlösenavtalet med Nets löper ut i december, upphandling pågår.'),
  d('Hur spärrar man ett förlorat inköpskort? Ring kortutgivaren dygnet runt, numret står på baksidan av kortet.'),
  d('PCI DSS training is mandatory for staff handling card payments at the sports centre.'),
  d('Parkeringsautomaterna tar nu kontaktlösa kort och mobilbetalning.'),
  d('Ange kortnummer, utgångsdatum och CVC i betalfönstret. Uppgifterna lagras inte av kommunen.'),
  d('Faktura 88213: Kortavgifter fjärde kvartalet, 3 412 kr, betalas via bankgiro 5321-9988.'),
  d('Kan vi få fler inköpskort till fritidsgårdarna? Det är krångligt att låna av förvaltningen.'),
  d('Webshopen i konsthallen har fått ny kassalösning med kortbetalning från 1 mars.'),
  d('Fraud alert: fake invoices asking staff to pay by card are circulating – report them to IT security.'),
  d('Rutin för utlägg: betala med eget kort bara i undantagsfall och lämna kvitto inom 30 dagar.'),
];

const HR: readonly LabelledDocument[] = [
  d('Efter medarbetarsamtalet med Jonas: han når inte målen för handläggningstider och vi har kommit överens om en handlingsplan med uppföljning var fjärde vecka.', 'hr-assessment'),
  d(`Hej Anna,

Som vi pratade om vill jag dokumentera att Patrik Holm vid tre tillfällen i mars kommit mer än 30 minuter för sent till morgonpasset utan att meddela. Jag har haft ett samtal med honom och nästa steg blir en skriftlig erinran.

/Malin, enhetschef Solgården`, 'hr-assessment'),
  d('Skriftlig varning: Du har vid upprepade tillfällen bemött brukare på ett respektlöst sätt, senast den 14 april. Vid ytterligare förseelse kan anställningen komma att prövas.', 'hr-assessment'),
  d('Her performance review went well – she exceeded the targets for the digitisation project and is ready for a team lead role.', 'hr-assessment'),
  d('Resultat från personlighetstestet för kandidat 2 (Erik N.): hög på samarbetsförmåga, låg på stresstålighet. Rekryteraren rekommenderar inte vidare.', 'hr-assessment'),
  d('jag tycker ärligt talat att Sanna inte riktigt fixar jobbet som samordnare, hon tappar bollar hela tiden', 'hr-assessment'),
  d('Tjänsteanteckning: Medarbetaren har efter samtal medgett att hon använt tjänstebilen för privata ärenden. Ärendet lämnas till HR för bedömning av disciplinpåföljd.', 'hr-assessment'),
  d('Utvecklingssamtal 2025 – Karin Lööf. Styrkor: struktur, bemötande. Utvecklingsområde: delegering och att säga nej. Mål: leda ett delprojekt till hösten.', 'hr-assessment'),
  d('FYI, we gave Mark a formal warning yesterday for sharing confidential files with an external consultant.', 'hr-assessment'),
  d('Referenstagning för Leila Nasser: tidigare chef beskriver henne som mycket noggrann men ibland för långsam i beslut. Skulle anställa igen.', 'hr-assessment'),
  d('Lönesättande samtal med Hugo: bedömningen är "god" på tre av fem kriterier men han behöver bli bättre på dokumentation.', 'hr-assessment'),
  d('Tyvärr har provanställningen för den nya fastighetsteknikern inte fungerat – han följer inte arbetsordrar och har haft konflikter med två kolleger. Vi avbryter den.', 'hr-assessment'),
  d(`-----Ursprungligt meddelande-----
Från: Johanna Ek (HR)
Ämne: SV: Ida på kundtjänst

Jag har läst igenom dina anteckningar. Det du beskriver om Idas tonläge mot medborgare i telefon räcker för ett tydligt samtal, men inte för en varning ännu. Dokumentera nästa tillfälle.`, 'hr-assessment'),
  d('DISC-profilen för mig blev "dominant-inflytelserik", chefen tyckte det förklarade varför jag krockar med Lars i mötena.', 'hr-assessment'),
  d('Assessment after probation: Sofia’s work quality is excellent, but she needs to improve punctuality. Recommend permanent employment.', 'hr-assessment'),
  d('Han fick en erinran i fjol för att ha skällt ut en elev inför hela klassen, det ligger i personalakten.', 'hr-assessment'),
  d('Min chef skrev i sammanfattningen av medarbetarsamtalet att jag är "för lite engagerad i arbetsplatsträffar" – stämmer inte alls.', 'hr-assessment'),
  d('Arbetsledningen bedömer att Viktor brister i säkerhetsrutinerna; han har två gånger lämnat serverrummet olåst.', 'hr-assessment'),
  d('Omdöme om praktikanten Nora: snabb, kunnig, ibland lite för tyst i möten. Vi rekommenderar henne varmt för en visstidsanställning.', 'hr-assessment'),
  d('Resultatet av 360-graders feedbacken för förvaltningschefen: låga poäng på lyssnande och kommunikation nedåt i organisationen.', 'hr-assessment'),
  d('Disciplinnämnden beslutade om löneavdrag som disciplinpåföljd för Tomas Berg efter den olovliga frånvaron i juni.', 'hr-assessment'),
  d('The recruiter’s notes say Ahmed came across as arrogant in the interview and scored low on the case exercise.', 'hr-assessment'),
  d('hon är ju superduktig på att bygga relationer med föräldrarna men dokumentationen i Unikum är under all kritik, måste tas upp på utvecklingssamtalet', 'hr-assessment'),
  d('Anteckning från uppföljningsmöte: Fredrik har förbättrat sitt bemötande sedan förra samtalet, handlingsplanen avslutas.', 'hr-assessment'),
  d('Enhetschefen föreslår att anställningen för Alva Gren avslutas på grund av samarbetssvårigheter som inte förbättrats trots stödinsatser.', 'hr-assessment'),
  d('I got "meets expectations" on every item in my review except leadership, where my manager wrote "needs development".', 'hr-assessment'),
  d('Som vi sa på mötet: Lisa är den som håller ihop gruppen, hennes insats under omorganisationen har varit helt avgörande. Det ska synas i hennes bedömning.', 'hr-assessment'),
  d('Efter utredningen av klagomålen konstaterar HR att Markus har brutit mot uppförandekoden vid personalfesten. Ärendet går till PAN.', 'hr-assessment'),
  d('Kandidaten klarade logiktestet med 34 av 40 poäng men föll på det verbala testet (stanine 3).', 'hr-assessment'),
  // hard negatives
  d('Medarbetarsamtalen ska genomföras under oktober. Använd den nya mallen i kompetensportalen.'),
  d(`Hej chefer!

Ny rutin för arbetsrättsliga åtgärder: kontakta alltid HR innan ni ger en skriftlig erinran. Checklistan finns bifogad. Vi kör en genomgång på ledningsgruppen den 12 maj.

/HR-enheten`),
  d('Utbildning: Att hålla svåra samtal – för dig som är ny chef. Två halvdagar i november.'),
  d('Our annual performance review cycle starts in September; managers will receive the template next week.'),
  d('Vilka personlighetstester använder ni vid rekrytering av chefer? Vi funderar på att köpa in ett.'),
  d('Medarbetarenkäten öppnar måndag, svarsfrekvensen förra året var 78 %.'),
  d('Förslag på agenda för APT: 1. Verksamhetsplan 2. Arbetsmiljö 3. Övrigt.'),
  d('HR lanserar ny chefshandbok med kapitel om disciplinära åtgärder och LAS.'),
  d('Kan vi flytta utvecklingssamtalen till efter jul? Det är för mycket just nu i december.'),
  d('Question: do probationary employees also get a mid-year review, or only at the end of the six months?'),
  d('Rekryteringen av enhetschef: intervjuer bokade 3 och 4 juni, testerna skickas ut av konsultfirman.'),
  d('Påminnelse: sista dag att boka in ditt medarbetarsamtal i kalendern är fredag.'),
  d('Ny lag om visselblåsare – så tar du emot rapporter om missförhållanden. Webbinarium den 20/9.'),
  d('Mallen för personalakten har uppdaterats med nya rubriker för kompetensutveckling.'),
  d('Lunchföreläsning: feedback som fungerar – hur ger man konstruktiv kritik? Alla välkomna.'),
  d('The code of conduct has been revised; all staff must read it and confirm in the learning platform.'),
  d('Vi har köpt in licenser till ett verktyg för 360-graders feedback, pilot i kultur- och fritid.'),
];

const GRADES: readonly LabelledDocument[] = [
  d('Lova fick F i matte igen. Vi måste prata med hennes föräldrar om stödundervisning.', 'grades'),
  d(`Hej Jenny och Markus!

Jag vill informera om att Vincent har hög frånvaro i engelska den här terminen, 11 av 28 lektioner. Han riskerar att inte nå godtagbara kunskaper. Kan vi ses på tisdag efter skolan?

Vänliga hälsningar
Amira Hosseini, mentor 8C`, 'grades'),
  d('Betyg HT24, Elias Strand 9B: Sv C, Ma E, En A, NO D, SO C, Idh B.', 'grades'),
  d('The student scored 12/40 on the chemistry exam and has to retake it in January.', 'grades'),
  d('Omdöme i svenska för Tilda: läser flytande och skriver texter med god struktur, behöver utveckla sin argumentation.', 'grades'),
  d('Sara i åk 6 har nu varit ogiltigt frånvarande 14 dagar den här terminen, rektor behöver kontakta vårdnadshavare.', 'grades'),
  d('hej mamma till Nils här, varför har han fått E i SO när han hade C på alla prov??', 'grades'),
  d('Individuell studieplan för Hamid (SFI kurs C): har klarat hörförståelse och läsning, skriftlig produktion ej godkänd, nytt prov i mars.', 'grades'),
  d('Nationella provet i matematik: Olle fick provbetyget B, Agnes D och Vilgot F på delprov C.', 'grades'),
  d('FYI – Maryam missed 40 % of the lessons in physics and will get an F unless she completes the lab reports.', 'grades'),
  d('Studenten Linus Berg har underkänt på tentamen i förvaltningsrätt för tredje gången och får byta examinator.', 'grades'),
  d('Eleven har fått ett streck i idrott eftersom underlag saknas på grund av frånvaron.', 'grades'),
  d(`Utdrag ur frånvarorapport v. 10–14
Emma Lind 7A – 22 % frånvaro, varav 9 % ogiltig
Adam Karlsson 7A – 3 %`, 'grades'),
  d('My daughter Ella got a D in Spanish; we think the grading was unfair and want to see the assessment matrix.', 'grades'),
  d('Provresultat: Tindra hade 18 av 20 på glosförhöret, bäst i gruppen!', 'grades'),
  d('Han har inte lämnat in något av de tre labbrapporterna, så han når inte E i kemi just nu.', 'grades'),
  d('IUP-samtal med Melvin: når målen i alla ämnen utom matematik, där han ligger under E-nivå.', 'grades'),
  d('Elin ligger på ett A i svenska men C i engelska, vilket drar ner meritvärdet till 285.', 'grades'),
  d('Komvux: kursdeltagaren Robert Öhman fick betyget C i Svenska 2 och är därmed behörig till yrkeshögskolan.', 'grades'),
  d('Jag tror Milo har missat typ varannan lektion sen sportlovet, kan någon kolla Skolfrom?', 'grades'),
  d('Attendance note: Liam was absent without permission on Monday and Tuesday; parents have been informed.', 'grades'),
  d('Betygsrättning: Sofies betyg i historia ändras från E till C efter omprövning av rektor.', 'grades'),
  d('Resultat diagnos Ma åk 3: Leo 5/15, behöver extra stöd i taluppfattning. Övriga i gruppen över gränsvärdet.', 'grades'),
  d('Hon fick godkänt på det praktiska provet i vård och omsorg men missade teoriprovet med 2 poäng.', 'grades'),
  d('Summering från klasskonferensen: Isak ligger efter i fyra ämnen och har en frånvaro på 31 %.', 'grades'),
  d('The university confirmed that Jasmin passed the thesis with distinction (VG).', 'grades'),
  d('Min son har fått F i slöjd pga att han inte blev klar med pallen – är det verkligen rimligt?', 'grades'),
  d('Kursbetyg Engelska 6: Alexander Ny – B. Omdöme: mycket god muntlig förmåga.', 'grades'),
  d('Ebba har inte varit i skolan sedan den 3 februari och vi har inte fått någon förklaring från familjen.', 'grades'),
  // hard negatives
  d('Betygen sätts vecka 23 och betygskatalogerna ska vara klara till den 10 juni.'),
  d(`Hej alla lärare,

Påminnelse om att nationella proven i svenska för åk 9 genomförs vecka 11. Schemat för salarna finns i Teams. Rättningen sker sambedömt i ämneslagen.

/Biträdande rektor`),
  d('Skolverket har publicerat nya kommentarer till betygsskalan A–F.'),
  d('Reminder: attendance must be registered in the school system within 15 minutes of the lesson starting.'),
  d('Kan någon skicka mallen för IUP? Jag hittar den inte i Unikum.'),
  d('Genomsnittligt meritvärde i kommunen steg till 228 i år, enligt SIRIS.'),
  d('Studiedag fredag: tema bedömning och betyg, inga lektioner för eleverna.'),
  d('How does the new grading of course grades at upper secondary work from 2025? Is there a summary in English?'),
  d('Frånvaroanmälan görs via appen före kl. 8.00, för både elever och personal.'),
  d('Vi ska köpa in nytt provverktyg för digitala prov. Tre leverantörer har visat upp sig.'),
  d('Tentamensschemat för vårterminen finns på lärplattformen.'),
  d('Föräldramöte åk 7 den 5 september: information om betyg, bedömning och skolans frånvaroarbete.'),
  d('The Swedish grading scale goes from A to F, where F means not passed. Useful for the welcome page for new families.'),
  d('Projekt "Närvarolyftet": kommunen satsar på att minska problematisk skolfrånvaro, se rapporten.'),
  d('Lärarna ska ha sambedömningsträff om de nationella proven onsdag 14–16 i aulan.'),
  d('Betygskatalogerna arkiveras i e-arkivet efter läsårets slut enligt dokumenthanteringsplanen.'),
];

// Further documents per section, mostly English, added for variety of register and language.
const SECRECY_MORE: readonly LabelledDocument[] = [
  d(`Dear Ms Novak,

Thank you for your request for documents concerning the planning permission case 2024/311. We are able to release the decision and the drawings. The neighbour’s statements, however, are covered by secrecy under Chapter 21, Section 1 of the Public Access to Information and Secrecy Act and have been redacted.

Kind regards
Registry, Building Department`, 'secrecy'),
  d('Heads-up: the minutes from the pupil welfare meeting about Theo are confidential under OSL, keep them off the shared drive.', 'secrecy'),
  d('Sekretessen gäller även mot vårdnadshavaren i det här fallet, enligt bedömningen i 12 kap. 3 § OSL – flickan har själv bett om det.', 'secrecy'),
  d('Note to file: the information the whistleblower gave us is secret under OSL ch. 17 sec. 3a and may not be disclosed to the department concerned.', 'secrecy'),
  d('The tender documents from supplier B were classified as secret in full by the committee; no copies outside the evaluation group.', 'secrecy'),
  d('This e-mail and its attachment concern an individual’s personal circumstances and are secret under OSL 26:1. If you are not the intended recipient, delete it.', 'secrecy'),
  d('Per the registrar: the CCTV footage from the school entrance on 4 May is secret and will not be handed to the parents.', 'secrecy'),
  d(`Hej allihop,

Tack för ett bra möte i går. Här kommer en kort sammanfattning av vad vi bestämde:

1. Nästa nätverksträff blir den 14 november i Växjö.
2. Lotta tar fram ett förslag på gemensam mall för delgivning.
3. Angående ärendet med den äldre mannen i Lessebo som vi diskuterade i slutet – de uppgifter som kom fram där omfattas av sekretess enligt 26 kap. 1 § OSL och ska inte finnas med i det utskickade protokollet. Jag har strukit dem.

Hör av er om något saknas!

Hälsningar
Birgitta Lund
Nätverkssamordnare`, 'secrecy'),
  d('sekr. enl 26:1 osl!! läs inte upp det här på apt', 'secrecy'),
  d('Handlingen är inte offentlig: uppgifterna om den anställdes adress och familjeförhållanden har sekretessprövats och maskats (39 kap. 3 § OSL).', 'secrecy'),
  d('I’ve marked the case file for the Lindgren family as secret in the case management system, per the unit manager’s decision under OSL.', 'secrecy'),
  // hard negatives
  d('Could someone explain in plain English what "sekretessprövning" means? A new colleague from Finland is asking.'),
  d('Checklista för maskning av handlingar: använd svart ruta, kontrollera metadata, spara som ny pdf.'),
  d('Hej Sofia, jag har diariefört din skrivelse om gatubelysningen på Ekvägen, den har fått dnr TN 2025/87.'),
  d('Jonas on the registry team will handle your request for the council minutes; they are public, so it should be quick.'),
  d(`Hej!

Inför höstens introduktion för nyanställda vill vi påminna om att avsnittet om offentlighet och sekretess är obligatoriskt. Det tar ungefär 40 minuter och innehåller:

– vad en allmän handling är,
– hur en begäran om utlämnande hanteras,
– när sekretess kan gälla och hur en menprövning går till.

Efteråt får deltagarna underteckna en tystnadsförbindelse.

/HR och kansliet`),
  d('Hej! Du har fått en ny handling i ärende KS 2025/412. Öppna ärendesystemet för att läsa den.'),
];

const CRIMINAL_MORE: readonly LabelledDocument[] = [
  d('The tenant in flat 14 was convicted last week of running a cannabis grow in the flat; the housing company wants to terminate the lease.', 'criminal-record'),
  d(`Hi Sanna,

Just so you know before Monday’s meeting – the police liaison told me that Kevin’s older brother is on probation after the car thefts in the spring, and that Kevin himself was questioned as a suspect in the shop break-in. Let’s be careful how we word things with the family.

Best,
Lars (school counsellor)`, 'criminal-record'),
  d('Hon åkte fast för snatteri på Coop i lördags, butikschefen ringde hit eftersom hon hade skolans jacka på sig.', 'criminal-record'),
  d('Our former accountant has been charged with embezzlement of about 300 000 kronor from the association.', 'criminal-record'),
  d('Klienten är villkorligt frigiven och har reseförbud utanför länet under prövotiden.', 'criminal-record'),
  d('Background check result for the applicant to the youth worker post: one conviction for sexual harassment of a minor (2020). Do not proceed.', 'criminal-record'),
  d('I should tell you myself before you hear it elsewhere: I was fined for drink driving in March and lost my licence for a year.', 'criminal-record'),
  d(`Hi Morgan,

Thanks for covering the front desk yesterday. A few things for the handover:

– The new visitor badges arrived, they are in the second drawer.
– The man who shouted at the reception staff on Tuesday has been identified by the police; they told us he has previous convictions for threats against public officials and has now been reported again. If he comes back, call security straight away.
– The coffee machine is fixed.

Cheers,
Annika`, 'criminal-record'),
  d('vet du att hennes kille åkte in i våras? nåt med narkotika tror jag, han sitter på Hall nu', 'criminal-record'),
  d('Enligt polisens underrättelse har den unge erkänt de tre butiksstölderna och ärendet går till åklagare.', 'criminal-record'),
  d('Registerutdrag för vikarie Jimmy Ek: dömd till dagsböter för ringa misshandel 2023.', 'criminal-record'),
  // hard negatives
  d('The police will hold an information evening on online fraud targeting the elderly, 7 pm at the library.'),
  d('Kalle från polisen kommer och pratar med åk 8 om nätmobbning på onsdag, han har bokat aulan.'),
  d('Our new colleague Nadia used to work as a prosecutor before she joined the legal unit – welcome her on Monday!'),
  d(`Hi all,

As part of the safety week we have invited the local police to talk about online fraud and how criminals target public-sector staff with fake invoices. The session is on Thursday at 10 in the council chamber and will also be streamed.

Afterwards there is coffee in the foyer.

Best regards
Security coordinator`),
  d('Seminarium om våldsbejakande extremism för skolpersonal, arrangeras av länsstyrelsen i maj.'),
];

const SOCIAL_MORE: readonly LabelledDocument[] = [
  d('The family is receiving financial assistance and the case worker has approved a one-off grant for a winter coat for each child.', 'social'),
  d('quick q – Elias’s mum said social services are doing an investigation on the family, do we need to send them his attendance?', 'social'),
  d('Mr Olofsson’s home care has been reduced from daily visits to twice a week after the reassessment, effective 1 March.', 'social'),
  d('Decision: the application for a contact person under the Social Services Act for the young man is rejected.', 'social'),
  d('LVM-anmälan gjord för kvinnan på Parkvägen, socialjouren var där i natt tillsammans med polisen.', 'social'),
  d('We have filed a report of concern about the twins in year 1 – they have repeatedly arrived without food and in the same clothes for a week.', 'social'),
  d('Housing support under the Social Services Act has been granted to the young man in flat 2B, two visits a week.', 'social'),
  d(`Hej Kristina,

Här kommer underlaget inför SIP-mötet på fredag. Vi ses i konferensrummet Linden kl. 13. Parkering finns bakom huset.

Kort bakgrund: socialtjänsten har sedan i augusti en pågående utredning om Leon (9 år) efter två orosanmälningar från skolan. Familjen har också ekonomiskt bistånd och mamman har tackat ja till stöd från familjebehandlarna. Skolan vill prata om hur vi samordnar insatserna.

Ta gärna med er senaste åtgärdsplan.

Med vänlig hälsning
Mattias Öberg
Socialsekreterare, barn och unga`, 'social'),
  d('soc har placerat lillebror också nu, båda bor hos mormor som familjehem', 'social'),
  d('Beslutet om bostad med särskild service enligt LSS för Johan verkställs 1 oktober, han flyttar till gruppbostaden på Lärkgatan.', 'social', 'health'),
  d('Han lever på försörjningsstöd sedan han blev arbetslös i våras och har svårt att betala hyran.', 'social'),
  // hard negatives
  d('The care and welfare committee meets on Thursday; the agenda includes the new home care tariff.'),
  d('Anneli är ny socialsekreterare på mottagningsgruppen från måndag, säg hej om ni ser henne i korridoren.'),
  d('Hi Peter, the home care team’s Christmas lunch is on 18 December at Stadshotellet, please confirm by Friday.'),
  d(`Hej,

Från och med 1 januari gäller nya riktlinjer för ekonomiskt bistånd. De viktigaste ändringarna:

1. Ansökan kan göras digitalt med BankID.
2. Beslut fattas inom tio arbetsdagar när ansökan är komplett.
3. Riksnormen följer Socialstyrelsens nivåer.

Handläggarna får utbildning i december. Frågor till enhetschefen för försörjningsstöd.

/Individ- och familjeomsorgen`),
  d('Socialtjänstens telefontider ändras i sommar, mottagningen nås 9–11 vardagar.'),
];

const CREDENTIALS_MORE: readonly LabelledDocument[] = [
  d('Shared account for the youth centre’s Spotify: fritidsgarden@example.se / Disco4Ever – please don’t change it.', 'credentials'),
  d(`Hi Patrik,

I’m off until Monday, so here’s what you need for the newsletter tool: username comms-team, password Hagtorn-Lykta-83. The 2FA codes come to the shared phone in the top drawer.

Thanks!
Ylva`, 'credentials'),
  d('the code for the bike shed is 2-5-8-0 now, they changed it after the break-in', 'credentials'),
  d('Recovery codes for my account: 8KD2-P9QX, 4MZT-7RWA, 1LBV-3NCE. Keep them somewhere safe for me?', 'credentials'),
  d('Säkerhetsdosan är trasig, så här är koden som kom på sms: 918 446. Använd den innan 10.15.', 'credentials'),
  d('Door code for the staff entrance at Ängsgården: 7319#. The night nurse will meet you there.', 'credentials'),
  d('Sorry for the late reply – the PIN for the shared phone at reception is 0412.', 'credentials'),
  d(`Hej Sebastian!

Välkommen till oss på kultur och fritid! Här kommer lite praktiskt inför måndag:

• Du börjar kl. 08.30, fråga efter mig i receptionen på plan 2.
• Din dator ligger klar hos IT, hämta den före lunch.
• Tills ditt passerkort är klart kommer du in genom personalingången med koden 6042.
• Lunch brukar vi äta tillsammans kl. 11.45.

Vi ses!
Jessica`, 'credentials'),
  d('byt inte koden på kassaskåpet igen, alla vet nu att den är 3-1-4-1-5', 'credentials'),
  d('Lösenordet till filen med tentamenslistan: Blåbär-Jämtland-7 (skickar filen i ett separat mejl).', 'credentials'),
  d('For the demo tomorrow, log in as guest01 – password is Welcome2025 – it has read access to everything.', 'credentials'),
  // hard negatives
  d('Password requirements: at least 14 characters, no reuse of your last 10 passwords.'),
  d('Kan någon påminna mig var man byter PIN-kod till SITHS-kortet? Vill inte använda samma som till mobilen.'),
  d('Hej Mats, jag har skickat ditt nya tillfälliga lösenord till din mobil via sms. Hör av dig om det inte kommit fram.'),
  d('Eva asked IT to reset her password this morning – the ticket is closed and she can log in again.'),
  d(`Hi everyone,

We are moving to passwordless sign-in for Microsoft 365. Over the next two weeks you will be asked to register a passkey or the Authenticator app. Do not share one-time codes with anyone, and never type your password into a link you received by e-mail.

Guides are on the intranet under IT > Sign-in.

IT Security`),
  d('IT: vi kommer att tvångsbyta alla lösenord på torsdag efter säkerhetsincidenten hos leverantören.'),
];

const SALARY_MORE: readonly LabelledDocument[] = [
  d('After the pay review, Jens goes from SEK 44,300 to 45,900 per month, effective 1 April.', 'salary'),
  d(`Hej Löneservice,

Jag har fått fel belopp i jourersättning för februari. Enligt mina beräkningar borde det vara 3 620 kr, men lönespecen visar 2 410 kr. Bifogar mitt schema.

Mvh
Therese Åkerlund, sjuksköterska natt`, 'salary'),
  d('honestly she makes way more than me, like 52k, and we do the same job', 'salary'),
  d('The retention bonus agreed with the head of IT is SEK 60,000, paid in two instalments.', 'salary'),
  d('Can you confirm that Linda Sjöberg’s hourly wage as an on-call assistant is 172 kronor, not 162?', 'salary'),
  d('I was hired at 33,500 but my first payslip says 32,000. Who do I talk to?', 'salary'),
  d(`Dear Helena,

Thank you for meeting with us last week. We are pleased to offer you the position of Data Protection Officer, starting 1 September.

The terms we discussed: permanent employment, full-time, six months’ probation, a monthly salary of SEK 54,500, and 31 days of annual leave. The offer is valid until 20 June.

Please sign and return the attached letter.

Kind regards
Recruitment team, Regional Office`, 'salary'),
  d('ok så jag kollade: Malin har 800 mer än Jesper fast hon började senare, det blir bråk om det kommer ut', 'salary'),
  d('Hans sista lön blev 34 600 plus semesterersättning på drygt 19 000, det betalas ut den 25 juni.', 'salary'),
  d('Tilläggsavtalet för Ahmed: 2 000 kr/mån i specialisttillägg så länge han har samordnaruppdraget för digitalisering.', 'salary'),
  // hard negatives
  d('Payslips are now only available digitally in Kivra or the self-service portal.'),
  d('Hej Kerstin, kan du skicka mig blanketten för ändrad skattetabell? Jag vill göra jämkning inför nästa år.'),
  d('Reminder to Sanna and Jörgen: your pay review meetings are booked for Tuesday 10:00 and 11:00.'),
  d(`Hej alla chefer,

Nu är det dags för årets lönerevision. Tidsplan:

• v. 10–12: lönesamtal med medarbetarna
• v. 13: förslag registreras i lönesystemet
• v. 15: avstämning med de fackliga organisationerna
• 1 april: nya löner gäller, utbetalning i maj med retroaktivitet

Lönekriterierna finns på intranätet.

/HR-avdelningen`),
  d('Hur lång är uppsägningstiden för en tillsvidareanställd, och påverkar den semesterersättningen? Allmän fråga.'),
];

const BANK_MORE: readonly LabelledDocument[] = [
  d('Please send my expense refund to my Nordea account, clearing 3300, account number 7612 04 55 310. Thanks, Simon', 'bank-account'),
  d(`Hi,

The exchange student from Lyon, Camille Roux, will receive her stipend to her French account: IBAN FR76 3000 6000 0112 3456 7890 189, BIC AGRIFRPP.

Regards
International Office`, 'bank-account'),
  d('Försäkringsersättningen till den drabbade hyresgästen betalas till hans konto hos Swedbank, 8214-9 735 664 120-8.', 'bank-account'),
  d('he gave the wrong account again, should be 8327-9, 662 004 311-5 not the one ending in -7', 'bank-account'),
  d('Refund the overpaid preschool fee to the parent, Mr Okafor, at Handelsbanken clearing 6541, account 278 119 304.', 'bank-account'),
  d('Her UK account for the reimbursement: sort code 20-00-00, account number 55779911, name Grace Hill.', 'bank-account'),
  d(`Hej,

Jag är god man för Karin Holmgren och har nu fått förordnandet från överförmyndaren. Jag bifogar kopian.

Kan ni se till att hennes pension och eventuella återbetalningar från kommunen i fortsättningen går till det nya kontot jag öppnat för henne: Handelsbanken, clearing 6190, kontonummer 451 882 330. Det gamla kontot i Sparbanken ska avslutas.

Tack på förhand!
Mvh Erik Hed`, 'bank-account'),
  d('skickade fel konto förut!! rätt är 8105-9 913 447 220-6, swedbank. sorry / Moa', 'bank-account'),
  d('Återbetalningen av hyresgarantin till Lennart Dahl ska gå till hans konto hos SBAB, 9250-18 44 551.', 'bank-account'),
  d('The interpreter asked us to pay her fee to her Danish account: IBAN DK50 0040 0440 1162 43.', 'bank-account'),
  // hard negatives
  d('Where do suppliers register their bank details? There should be a link in the supplier portal.'),
  d('Ny leverantör registrerad: Trädgårdstjänst i Väst AB, org.nr 559011-2233, bankgiro 851-4420.'),
  d('Jag har nu lämnat in mina nya kontouppgifter till löneenheten på blanketten, så det borde vara klart till nästa lön.'),
  d('Hi Mona, could you check that the supplier’s bankgiro on invoice 5521 matches the one in the register before we pay?'),
  d(`Hej,

Påminnelse till alla som hanterar leverantörsfakturor: vi har sett flera försök till bedrägeri där någon utger sig för att vara en leverantör och ber oss ändra bankgiro eller kontonummer. Ändringar får bara göras efter att du ringt upp leverantören på ett nummer du hittat själv, inte det som står i mejlet.

Tack för att ni är uppmärksamma!
Ekonomiavdelningen`),
  d('Our bank details for donations: Bankgiro 900-1234 (the foundation’s account).'),
];

const CARD_MORE: readonly LabelledDocument[] = [
  d('Hi, I paid the deposit for the school camp with my card 4389 4679 9401 9291 but got charged twice. Could you refund one? /Helen Marsh (Ava’s mum)', 'payment-card'),
  d(`Kvitto – kiosken Simhallen
Kort: 4190 3781 8733 9546
Innehavare: ROGER LUNDIN
Belopp: 85,00 SEK`, 'payment-card'),
  d('My work card has been compromised – number 5427 ending... no wait, full number is 5127 5920 6110 7556, I already blocked it.', 'payment-card'),
  d('Henrik left his credit card at the front desk: Mastercard 5299 2390 2294 3149, exp 04/28. It is locked in the safe.', 'payment-card'),
  d('The visitor paid for the guided tour with Visa 4622 0528 9783 6376 and now asks for a refund – card holder Paul Weiss.', 'payment-card'),
  d('ugh I typed my card number into the chat by mistake, 5577 0594 6587 5944, can an admin delete the message?', 'payment-card'),
  d(`Hi team,

Quick update on the Berlin study visit:
- Flights are booked (confirmation ABX42K).
- The hotel insisted on a guarantee card, and since the purchasing card was blocked I gave them mine: Visa 4773 8840 5513 7255, exp 06/28. Please make sure they charge the municipality’s invoice instead at check-out!
- Dinner on Thursday is at 7 pm.

/Mikael`, 'payment-card'),
  d('ta mitt kort så länge: 4389 4679 9401 9291 07/27 cvc 552 – jag fixar reseräkningen sen', 'payment-card'),
  d('Kortnumret som Ivar läste upp för kassan var 4190-3781-8733-9546, det står nu i samtalsloggen och måste bort.', 'payment-card'),
  d('The donor paid by card 5061 3529 9975 9061 (exp 05/29) and asked for the receipt to be sent to her home address.', 'payment-card'),
  // hard negatives
  d('We no longer accept American Express at the museum shop because of the fees.'),
  d('Kortbetalning i e-tjänsten för bygglovsavgifter lanseras i vecka 40.'),
  d('Lisa har fått sitt nya inköpskort, hon hämtade det på ekonomi i går och har kvitterat.'),
  d('Tom lost his purchasing card on the train; it has been blocked and a new one is on order.'),
  d(`Hello,

From 1 March the sports centre will take card payments at the entrance gates. Visitors can tap any contactless card or phone. Staff do not need to handle card numbers at all; refunds are made through the payment provider’s portal.

Training for reception staff is on 20 February.

/Leisure department`),
  d('Kortläsaren i receptionen tar nu även American Express, enligt leverantören.'),
];

const HR_MORE: readonly LabelledDocument[] = [
  d(`Hi Emma,

Summary of Tuesday’s meeting with Oliver: his case notes are often late and incomplete, and two service users have complained about missed calls. We agreed on weekly check-ins for six weeks. If there’s no improvement we’ll move to a written warning.

Regards
Karl, unit manager`, 'hr-assessment'),
  d('Feedback from the panel: candidate 4 (Petra L.) was the strongest in the case interview but weak on references – one former manager would not rehire her.', 'hr-assessment'),
  d('Ärligt talat, vikarien Hampus är den bästa vi haft på länge. Han ska få ett riktigt bra vitsord.', 'hr-assessment'),
  d('My manager put me on a performance improvement plan today and said my customer calls are "too abrupt".', 'hr-assessment'),
  d('Exit interview notes: Johanna felt undervalued, and her manager’s assessment is that she lacked initiative in the last year.', 'hr-assessment'),
  d('Results of the leadership assessment for Björn: strong strategic thinking, low score on emotional intelligence.', 'hr-assessment'),
  d(`Hej Ingela,

Som du bad om kommer här mina anteckningar från uppföljningssamtalet med Niklas i torsdags.

Vi gick igenom de tre punkterna från handlingsplanen. Punktligheten har blivit bättre (inga sena ankomster sedan mars). Däremot fungerar samarbetet med kollegerna på lagret fortfarande dåligt; två av dem har på nytt framfört klagomål om hans tonläge. Min bedömning är att vi ska förlänga handlingsplanen i tre månader och att en skriftlig erinran kan bli aktuell om ingen förbättring sker.

Hälsningar
Stefan, arbetsledare`, 'hr-assessment'),
  d('rektorn var jättemissnöjd med Annas lektioner vid auskultationen, ska bli ett samtal om det', 'hr-assessment'),
  d('Tjänsteanteckning 2025-02-11: Medarbetaren erinrades muntligen om rutinen för nyckelhantering efter att ha lämnat ut huvudnyckeln till en hantverkare.', 'hr-assessment'),
  d('Our assessment is that Gustav is not yet ready for the team leader role; his planning skills need another year of development.', 'hr-assessment'),
  // hard negatives
  d('HR webinar: how to document performance issues fairly and lawfully, Thursday 2 pm.'),
  d('Johan och jag har utvecklingssamtal på torsdag kl. 9, så jag är upptagen hela förmiddagen.'),
  d('Hi Irene, I’ve booked your appraisal for 14 October in the small meeting room. Bring your objectives from last year.'),
  d(`Hej!

Nu öppnar bokningen för höstens medarbetarsamtal. Så här går det till:

1. Chefen skickar en kallelse senast två veckor innan.
2. Medarbetaren fyller i förberedelseunderlaget i kompetensportalen.
3. Samtalet dokumenteras i den nya mallen och en individuell utvecklingsplan sätts upp.

Frågor? Kontakta din HR-partner.`),
  d('Resultatet av medarbetarenkäten presenteras på APT, snittbetyget för ledarskap var 3,9 av 5.'),
];

const GRADES_MORE: readonly LabelledDocument[] = [
  d('Hi Mr Berg, Noah got an E on the history essay. He worked so hard – could you tell us what he needs to do to reach a C?', 'grades'),
  d(`Weekly attendance summary, class 9A
– Alicia: 4 unexcused absences
– Omar: late 6 times
– Everyone else: fine`, 'grades'),
  d('Felix fick 7 av 30 på matteprovet, han var helt knäckt efteråt.', 'grades'),
  d('The SFI teacher reports that Amal passed course D with a B and can continue to Swedish as a second language.', 'grades'),
  d('Zara has missed 9 of the last 12 PE lessons and currently has no grade basis in the subject.', 'grades'),
  d('Your son Hugo received the following grades this term: English B, Maths C, Swedish D.', 'grades'),
  d(`Hej Linda och Peter,

Tack för ett bra utvecklingssamtal i går! Här kommer en sammanfattning som vi lovade.

Ines har utvecklats mycket i svenska och engelska och ligger nu på C-nivå i båda. I matematik behöver hon fortfarande öva på problemlösning, just nu når hon E. Frånvaron har gått ner till 4 % den här terminen, vilket är toppen.

Nästa samtal blir i maj.

Vänliga hälsningar
Emil Stjärnholm, mentor 7B`, 'grades'),
  d('Alvin kom igen 40 min sent till första lektionen, tredje gången den här veckan', 'grades'),
  d('Inför betygskonferensen: Nova riskerar F i både fysik och kemi, övriga ämnen E eller högre.', 'grades'),
  d('Ahmed scored 92 % on the final exam in the nursing programme and will graduate with honours.', 'grades'),
  // hard negatives
  d('Grades will be published in the student portal on 14 June at 15:00.'),
  d('Hur räknar man meritvärde med moderna språk? Vi behöver en enkel förklaring till föräldrarna.'),
  d('Hej! Ellen i 6B glömde sin gympapåse i omklädningsrummet, den ligger hos vaktmästaren.'),
  d('Mr Ali, just a reminder that the parents’ evening for Yasmin’s class is on Wednesday at 6 pm.'),
  d(`Dear parents,

Information about the end of term:

– Grades for years 6–9 are set in week 23 and can be viewed in the school app from 14 June.
– The last school day is 13 June, with a ceremony in the schoolyard at 9 am.
– Remember to report absence in the app before 8 am.

Have a lovely summer!
The head teacher`),
  d('Hej, kan någon boka en sal för omprov i matematik vecka 45? Det gäller ett tiotal elever.'),
];

const MULTI_MORE: readonly LabelledDocument[] = [
  d(`Hi Rebecka,

Forwarding this in confidence. The records on the Haddad family are secret under OSL ch. 26 sec. 1. In short: the eldest son was placed in a foster home under LVU in January and has since been charged with assault at his new school.

Tomas`, 'secrecy', 'social', 'criminal-record'),
  d('Her overtime claim for March is SEK 4,850 and her performance review flagged that she works too many late shifts – please discuss both at the next one-to-one.', 'salary', 'hr-assessment'),
  d('Login for the pupil database (read-only): user elevreg_ro / pw Skola!Vår25 – Alma in 5B is at 18 % absence and her maths test was a D, check before the parents’ meeting.', 'credentials', 'grades'),
  d('The mother receives income support and gave us her card 4147 3720 2512 7175 to pay the school lunch arrears.', 'social', 'payment-card'),
  d('Daniel Roos, caretaker, net pay was wrongly sent to his old account 8327-9, 310 228 905-4. The correct one is Nordea 3300 771203-4455. His monthly salary is 29 700.', 'bank-account', 'salary'),
  d('FYI he’s been on sick leave for burnout since August and at his last appraisal his manager rated him "below expectations" on delivery.', 'health', 'hr-assessment'),
  d('The student is in the national minority of Roma and her attendance has fallen to 60 % this term; the mother tongue teacher is involved.', 'ethnic-origin', 'grades'),
  d('Colleague Amir is a Unionen representative and was told his pay rise would be SEK 900, the lowest in the department.', 'trade-union', 'salary'),
];

const GENERAL_MORE: readonly LabelledDocument[] = [
  d('Hi all, the lift in building C will be out of service Monday to Wednesday for maintenance. Please use the stairs or the lift in building B.'),
  d(`Purchase order 4500218846
Supplier: Scandinavian Office Furniture AB (org. no. 556234-9910)
Delivery: Town Hall, loading bay, week 22
Invoice to: Accounts payable, PO Box 100, payment via bankgiro 5566-7788`),
  d('Can we move the steering group to 2 pm on Friday? The project plan still needs sign-off from procurement.'),
  d('Reminder: the parking permits for 2026 must be renewed before 31 January in the self-service portal.'),
  d('The helpdesk is closed on Midsummer Eve. For urgent IT problems call the on-call number 0480-45 09 99.'),
  d('Minutes from the facilities meeting: new recycling bins arrive in March, the canteen coffee machine is being replaced.'),
  d('Please find attached the draft agenda for the Nordic municipalities network meeting in Tampere.'),
  d('Heads-up: the Wi-Fi in the library will be upgraded tonight, expect short outages between 8 and 10 pm.'),
  d('Vi har fått ny leveranstid för skrivbordsstolarna – order 88412 kommer vecka 37 i stället för 35.'),
  d('Hej, fakturan från Kalmar Måleri AB (org.nr 556744-1290) saknar vår referens. Kan du kontakta dem och be om en ny?'),
];

const MULTI: readonly LabelledDocument[] = [
  d(`Hej Cecilia,

Bifogar utredningen om Alex (14). Den omfattas av sekretess enligt 26 kap. 1 § OSL. Kort sammanfattning: placering enligt 2 § LVU sedan i januari, hög frånvaro (över 50 %) och F i fem ämnen. Ring mig om du har frågor.

/Robert, socialsekreterare`, 'secrecy', 'social', 'grades'),
  d('Medarbetaren är sjukskriven på 50 % sedan mars och vid medarbetarsamtalet framkom att hon upplever att arbetsbelastningen inte är hållbar. Vi har kommit överens om en anpassad handlingsplan.', 'health', 'hr-assessment'),
  d('Han är medlem i Kommunal och vill ha med sin fackliga företrädare på mötet om varningen.', 'trade-union', 'hr-assessment'),
  d('Klienten har försörjningsstöd och vill att utbetalningen görs till kontot 8327-9, 554 210 776-3 i stället för till hyresvärden.', 'social', 'bank-account'),
  d('Lönen för Mikaela (undersköterska, 31 400 kr) ska in på hennes nya konto Nordea 3300 880412-1122 från juni.', 'salary', 'bank-account'),
  d('Avslag på anställning: utdraget ur belastningsregistret visar dom för misshandel och i referenserna beskrivs han som konfliktbenägen.', 'criminal-record', 'hr-assessment'),
  d('The pupil has been diagnosed with dyslexia and failed the reading test twice; the school will provide audiobooks.', 'health', 'grades'),
  d('Sekretessbelagt: Familjen har skyddade personuppgifter och barnen får inte synas i skolans bilder. Adressen finns bara hos rektor.', 'secrecy', 'protected-identity'),
  d('Jag kan meddela att Vision har begärt förhandling om Per Nymans lön, han har idag 39 800 och facket kräver 43 000.', 'trade-union', 'salary'),
  d('Ungdomen är dömd för olaga hot och placeras enligt 3 § LVU på SiS-hemmet, handlingarna är sekretess enligt OSL 26:1.', 'criminal-record', 'social', 'secrecy'),
  d('Pappan har kommit till Sverige från Eritrea och familjen söker ekonomiskt bistånd i väntan på etableringsersättning.', 'ethnic-origin', 'social'),
  d('Eleven är muslim och fastar under ramadan, så idrottslektionerna anpassas – han har ändå höga resultat, A i idrott förra terminen.', 'religion', 'grades'),
  d('Karl Svensson (hemtjänst) har fått en skriftlig varning för att han tagit brukarens bankkort 5061 3529 9975 9061 och handlat åt sig själv.', 'hr-assessment', 'payment-card', 'criminal-record', 'social'),
  d('Inloggningen till Procapita för vikarien är vik_anna / Solsken!77, och hon ska bara jobba med ärendet om Lindbergs hemtjänstbeslut.', 'credentials', 'social'),
  d('Hon har diagnosen F43.2 och är sjukskriven, lönen är därför reducerad till 80 % av 36 200 kr enligt sjuklönereglerna.', 'health', 'salary'),
  d('Our colleague Daniel is gay and has been harassed by a manager; HR has opened an investigation and the manager got a formal warning.', 'sex-life', 'hr-assessment'),
  d('Läraren Ove har fått en erinran efter att eleverna klagat på bemötandet. Han är förtroendevald för Sveriges Lärare på skolan.', 'hr-assessment', 'trade-union'),
  d('Patienten har genomgått DNA-test som visar anlag för Huntingtons sjukdom. Uppgiften omfattas av sekretess enligt 25 kap. 1 § OSL.', 'genetic', 'health', 'secrecy'),
  d('Mamman är sverigefinne och vill att Ilona ska få modersmålsundervisning; hon har fått C i finska i årskurs 6.', 'ethnic-origin', 'grades'),
  d(`Till polisens kontaktperson,

Vi har fått in en anmälan om att brukaren i lgh 1204 misstänks ha stulit pengar från grannen. Brukaren har hemtjänst fyra gånger per dag och biståndshandläggaren är informerad.

/Enhetschef hemtjänst Norr`, 'criminal-record', 'social'),
  d('Fingeravtrycken från den misstänkte matchade de som togs vid inbrottet på skolan i mars.', 'biometric', 'criminal-record'),
  d('Mitt lösen till lönesystemet är Bastu2024! – kan du kolla varför min lön på 42 100 inte kommit in?', 'credentials', 'salary'),
];

const GENERAL_NEGATIVES: readonly LabelledDocument[] = [
  d('Hej! Kan vi flytta mötet om budgeten till torsdag kl. 10 i stället? Jag sitter fast i en utbildning på onsdag.'),
  d(`Faktura nr 20251187
Leverantör: Mälardalens Städ & Fönster AB, org.nr 556812-4471
Belopp: 48 750 kr inkl. moms
Bankgiro 5782-1904, förfallodag 2025-05-31
Er referens: Lars Wik, fastighetsavdelningen`),
  d('The projector in conference room Tallen is broken again – I have reported it to facilities (ticket 44817).'),
  d('Påminnelse: brandövning i stadshuset på tisdag kl. 14.00. Samling på parkeringen vid norra entrén.'),
  d('Beställning 4500127733 av kopieringspapper har levererats till förrådet plan 1.'),
  d('Hej servicedesk, min skrivare på plan 3 skriver bara ut halva sidor. Ärendenummer INC0098432.'),
  d('Kan någon ta med kaffe till ledningsgruppen i morgon? Vi blir tolv personer.'),
  d('Upphandling av skolskjuts 2026–2029: anbud ska lämnas i Visma TendSign senast 2025-09-15.'),
  d(`-----Ursprungligt meddelande-----
Från: Ragnar Falk
Skickat: den 12 maj 2025 08:41
Ämne: Lokalbokning

Hej, jag vill boka stora sammanträdesrummet den 3 juni 13–16 för samrådsmötet om detaljplanen för Kvarnbacken.`),
  d('New Teams channel for the climate strategy project: please post documents there instead of by e-mail.'),
  d('Vattnet stängs av i förskolan Ekorren mellan 9 och 11 på fredag på grund av reparation. Ring fastighetsjouren 0771-123 400 vid problem.'),
  d('Ekonomienheten påminner: avstämning av projektkonton 6010–6090 ska vara klar senast 5 november.'),
  d('Kommunfullmäktige sammanträder måndag 18.30, sändningen finns på webben.'),
  d('Tack för i dag alla! Protokollet från nätverksträffen för registratorer kommer nästa vecka.'),
  d('Invoice 3381 from Nordic Software Ltd, VAT no. SE556123456701, due 30 days net, payable to bankgiro 123-4567.'),
  d('Nya öppettider för biblioteket i sommar: mån–tor 10–18, fre 10–16, lördag stängt.'),
  d('Hej! Vi har fått offert från två leverantörer av möbler till nya kontoret. Den billigaste ligger på 212 000 kr exkl. moms.'),
  d('Snöröjningen av skolgårdarna börjar kl. 05.00 enligt avtalet, kontakta entreprenören på 070-555 12 34.'),
  d('Reminder: the quarterly IT patching window is Sunday 02:00–06:00. Save your work on Friday.'),
  d('Vi behöver ändra leveransadressen på order 7781-22 till Storgatan 5, godsmottagningen.'),
  d('Glöm inte att fylla i tidrapporten för projektet "Digital brevlåda" senast den sista i månaden.'),
  d('Kan du skicka senaste versionen av delårsrapporten? Jag vill läsa den innan AU på tisdag.'),
  d('Ny rutin för post: allt som kommer till stadshuset skannas in och fördelas via ärendesystemet.'),
  d('Kommunens nya grafiska profil gäller från 1 oktober – mallar för brev och PowerPoint finns på intranätet.'),
  d('hej, lunch kl 12 idag? tänkte på thaistället vid torget'),
  d('Vi har 14 deltagare anmälda till introduktionsdagen för nyanställda, lokalen rymmer 20.'),
  d('The contract with the cleaning company expires 31 December; we need to start the procurement now.'),
  d('Ledningsgruppen har beslutat att införa digital signering av avtal från och med nästa kvartal.'),
  d('Hej Tove! Tack för bokningen. Din bokning av minibussen gäller 14 juni 08–17, nyckel hämtas i receptionen.'),
  d('Kvartalsrapporten visar att andelen digitala ansökningar om bygglov ökade till 86 %.'),
  d(`Hej,

Vi har flyttat supportnumret. Nytt nummer till IT-servicedesk är 0480-45 00 00, öppet vardagar 07.30–16.30. Gamla numret kopplas om till och med årsskiftet.

Hälsningar
IT-enheten`),
  d('Samrådet om översiktsplanen pågår till 30 april. Synpunkter lämnas via e-tjänsten eller skriftligen till kansliet.'),
];

/** The documents of each single-category section (its positives and hard negatives), by category. */
export const TRAIN_B_BY_TOPIC = {
  secrecy: [...SECRECY, ...SECRECY_MORE],
  'criminal-record': [...CRIMINAL, ...CRIMINAL_MORE],
  social: [...SOCIAL, ...SOCIAL_MORE],
  credentials: [...CREDENTIALS, ...CREDENTIALS_MORE],
  salary: [...SALARY, ...SALARY_MORE],
  'bank-account': [...BANK, ...BANK_MORE],
  'payment-card': [...CARD, ...CARD_MORE],
  'hr-assessment': [...HR, ...HR_MORE],
  grades: [...GRADES, ...GRADES_MORE],
} as const satisfies Partial<Record<CategoryType, readonly LabelledDocument[]>>;

/** Documents with two or more labels. */
export const TRAIN_B_MULTI: readonly LabelledDocument[] = [...MULTI, ...MULTI_MORE];

/** Ordinary municipal mail with no sensitive category. */
export const TRAIN_B_GENERAL_NEGATIVES: readonly LabelledDocument[] = [...GENERAL_NEGATIVES, ...GENERAL_MORE];

export const TRAIN_B: readonly LabelledDocument[] = [
  ...Object.values(TRAIN_B_BY_TOPIC).flat(),
  ...TRAIN_B_MULTI,
  ...TRAIN_B_GENERAL_NEGATIVES,
];
