/**
 * Second BLIND evaluation corpus for the sensitive-category classifier (issue 5), document level.
 *
 * Written by a helper session (not the author of the classifier) from the labelling guide alone, without
 * reading the classifier, its training material or the other corpora. It is blind: it must never be used
 * for training, tuning or keyword mining, and it is scored exactly once, by the lead, at the end of the
 * session. Names, numbers, card and account numbers are invented (synthetic); there are no personnummer.
 */
import type { CategoryType } from '../../../src/core/classify/types.js';
import type { LabelledDocument } from './category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const CATEGORY_BLIND_2: readonly LabelledDocument[] = [
  // ---------------------------------------------------------------- health: positives
  d(`Hej Lena, Mats är sjukskriven på 50 % från och med måndag, läkarintyget kommer med posten. /Birgitta`, 'health'),
  d(`Hi all, just a heads-up that Priya will be out for a few weeks – she had knee surgery on Friday and is on crutches. Please route her tickets to Oskar until further notice. Thanks, Dan`, 'health'),
  d(`Anteckning 2026-03-11: Brukaren Gösta E. klagar på yrsel sedan i helgen, blodtrycket 92/58. Distriktssköterskan kontaktad, ska titta till honom i eftermiddag. Waran-doseringen oförändrad.`, 'health'),
  d(`Hej!
Jag vill bara meddela att jag är gravid i vecka 14 och kommer behöva gå på kontroller på MVC ungefär en gång i månaden framöver. Hoppas det går att lösa med schemat.
Mvh Sanna`, 'health'),
  d(`Diagnos F32.1 enl. journalkopia från VC Solrosen, pat. har fått sertralin 50 mg sedan februari. Uppföljning om 6 v.`, 'health'),
  d(`hej, Kalle i 3B har fått diabetes typ 1 konstaterat, mamma ringde. Han behöver kolla sockret före lunch och får ha dextrosol i bänken. Kan du informera fritids? /Eva klassföreståndare`, 'health'),
  d(`FYI – Jonas told me in confidence he's been in outpatient treatment for alcohol dependence since the summer and might need Tuesday afternoons off. He's fine with you knowing, but nobody else please.`, 'health'),
  d(`Vi behöver anpassa arbetsplatsen för Lisbeth efter hennes stroke, hon har nedsatt känsel i vänster hand och klarar inte tangentbordet som förut. Arbetsterapeuten föreslår ett ergonomiskt tangentbord och taligenkänning.`, 'health'),
  d(`Re: rota week 12
> can Anneli take the Wednesday evening shift?
No, sorry – her migraines are back and she has called in sick for the whole week. We'll have to bring in a temp.`, 'health'),
  d(`Patient note 14 May: Mrs Holm, 84, readmitted with suspected pneumonia, CRP 142. Started on IV antibiotics. Daughter informed by phone.`, 'health'),
  d(`Hej Johan – jag har fått besked om att jag har bröstcancer och börjar cytostatika nästa vecka. Jag vet inte riktigt hur mycket jag orkar jobba, men jag vill gärna hålla i projektet så länge det går. Kram, Ingrid`, 'health'),
  // ---------------------------------------------------------------- health: hard negatives
  d(`Påminnelse: Influensavaccinationen för personal sker i personalrummet tisdag 8–11. Ta med legitimation. Ingen föranmälan behövs.`),
  d(`Hi team, the new sick-leave procedure is attached. From 1 June, report absence through the HR portal on day one and a medical certificate is required from day 8.`),
  d(`Kursinbjudan: "Psykisk ohälsa hos äldre – att upptäcka depression i hemtjänsten", 2 dagar i april, kostnad 2 400 kr per deltagare. Anmälan via kompetensportalen.`),
  d(`Statistiken för Q3: sjukfrånvaron i förvaltningen låg på 6,8 %, en minskning med 0,4 procentenheter jämfört med föregående år. Se bifogat diagram.`),
  d(`Vi söker en legitimerad sjuksköterska till nattpatrullen i hemsjukvården, 75 %, tillträde enligt överenskommelse. Kontakta Mirja på 0491-55 210 för frågor.`),
  // ---------------------------------------------------------------- ethnic-origin: positives
  d(`Familjen Lindqvist Rimpi är tornedalingar och önskar att barnen får modersmålsundervisning i meänkieli från hösten. Kan du kolla om vi har lärare?`, 'ethnic-origin'),
  d(`Hej, inför mötet med Jovana vill jag nämna att hon är rom och har tidigare upplevt att myndigheter bemött henne fördomsfullt. Var extra tydlig med vad som händer. /Karin`, 'ethnic-origin'),
  d(`Interpreter needed on the 9th: the father is Kurdish, originally from northern Iraq, and speaks Sorani. The mother understands some Arabic but also prefers Sorani.`, 'ethnic-origin'),
  d(`Brukaren Aili är sverigefinne och vill helst ha personal som talar finska, särskilt kvällstid när hon blir orolig.`, 'ethnic-origin'),
  d(`Our new intern, Daniel, mentioned he's Sámi and his family herds reindeer near Jokkmokk – he'd like to take a week off in September for the calf marking. Is that doable?`, 'ethnic-origin'),
  d(`Elevens bakgrund: född i Eritrea, tigrinja som förstaspråk, kom till Sverige 2023 med sin moster. Tigrinjatalande studiehandledare behövs.`, 'ethnic-origin'),
  d(`Hej igen, Som jag nämnde på telefon: Ester på avdelning 4 är judinna och pratar helst jiddisch med sin syster när hon är trött – finns det någon i personalgruppen som kan lite jiddisch? Tack!`, 'ethnic-origin'),
  d(`Case note: the applicant states that he belongs to the Hazara minority in Afghanistan and left the country in 2021.`, 'ethnic-origin'),
  d(`Mr Okafor is of Nigerian descent and has told the school that the other children keep making remarks about his daughter's skin colour. He wants a meeting with the principal this week.`, 'ethnic-origin'),
  d(`Hon är samisk på mammas sida och pratar nordsamiska hemma med mormor – kanske kan hon få vara med i den samiska förskolegruppen?`, 'ethnic-origin'),
  // ---------------------------------------------------------------- ethnic-origin: hard negatives
  d(`Välkommen till Sverigefinnarnas dag 24 februari! Kommunen bjuder på kaffe och pulla i stadshusets foajé kl 14.`),
  d(`Utbildningsdag om nationella minoriteters rättigheter för förvaltningens chefer, 12 mars. Anmälan senast 1 mars.`),
  d(`The interpreter service now covers Somali, Dari, Tigrinya and Arabic on weekday evenings. Book at least 48 hours in advance.`),
  d(`Samiska språkveckan: biblioteket visar filmer och har sagostund på sydsamiska under vecka 43.`),
  // ---------------------------------------------------------------- political-opinion: positives
  d(`Obs att Mikael är aktiv i Vänsterpartiet och sitter i deras lokala styrelse, så han bör kanske inte handlägga ärendet om bostadsbolagets försäljning.`, 'political-opinion'),
  d(`Hej! Jag vill bara säga att jag röstade på Sverigedemokraterna i valet och att jag inte tycker att det ska påverka hur jag blir behandlad i fikarummet. /Tomas`, 'political-opinion'),
  d(`Saw Henrik at the climate march again on Saturday, holding the Extinction Rebellion banner. He's really committed to that movement.`, 'political-opinion'),
  d(`Notes from the citizen dialogue: Nils Berg introduced himself as a member of the Christian Democrats and argued the party line on municipal care homes for most of the evening.`, 'political-opinion'),
  d(`Hej Lotta, jag har hört att vår nya projektledare är moderat och sitter i kommunfullmäktige på fritiden. Det är väl ok, men bra att veta inför budgetdiskussionen.`, 'political-opinion'),
  d(`Medarbetaren uppgav vid samtalet att hon är övertygad feminist och engagerad i Feministiskt initiativ, och att hon därför inte vill delta i reklamfotograferingen.`, 'political-opinion'),
  d(`Between us, Sara votes Green every election and she gets very heated about the new motorway plans. Maybe don't seat her next to the road department people at dinner.`, 'political-opinion'),
  d(`Skolvaktmästaren Erik har satt upp valaffischer för Liberalerna i sitt eget fönster mot skolgården – han säger att han är partimedlem sedan 20 år.`, 'political-opinion'),
  d(`Fw: klagomål
Medborgaren skriver att handläggare Ruth Ek är känd kommunist och därför partisk. (Ruth har själv sagt att hon lämnade KP för länge sedan men fortfarande står långt till vänster.)`, 'political-opinion'),
  d(`Can't make Thursday, sorry – I'm doing a shift at the Centre Party's election booth in the square all afternoon. /Gunnel`, 'political-opinion'),
  // ---------------------------------------------------------------- political-opinion: hard negatives
  d(`Kommunfullmäktige sammanträder 18 april kl 18.00 i sessionssalen. Föredragningslistan finns på webben.`),
  d(`Inför valet påminns alla medarbetare om att politisk propaganda inte får förekomma i kommunens lokaler eller i tjänstemejl.`),
  d(`Reminder: the polling station at Ängsskolan needs 6 election workers on Sunday; the training session is on Thursday 17:00.`),
  d(`Partiernas ungdomsförbund får boka skolans aula för debatt den 5 september, 12.30–13.30. Alla partier bjuds in.`),
  // ---------------------------------------------------------------- religion: positives
  d(`Hej, Yusuf kommer att fasta under ramadan och undrar om han kan ta lunchrasten vid solnedgången istället, alltså ungefär 19.30 på kvällspasset.`, 'religion'),
  d(`Brukaren Astrid är aktiv i pingstkyrkan och vill gärna bli skjutsad till gudstjänsten på söndagar, det är viktigt för henne.`, 'religion'),
  d(`Dear Ms Patel, we have noted that your son Arjun is Hindu and vegetarian for religious reasons; the school kitchen will provide an alternative meal from Monday.`, 'religion'),
  d(`Eleven Miriam bär hijab och har frågat om hon kan ha heltäckande badkläder på simlektionerna. Jag har sagt ja, hoppas det är ok. /Lars, idrottslärare`, 'religion'),
  d(`Jag har fått veta att Tobias har gått ur Svenska kyrkan och blivit Jehovas vittne – han vill därför inte delta i skolavslutningen i kyrkan.`, 'religion'),
  d(`Note for the care plan: Mr Goldberg keeps kosher and observes the Sabbath; please avoid booking his physiotherapy on Saturdays.`, 'religion'),
  d(`Hej chefen! Jag är ortodox kristen och vårt påskfirande infaller en vecka senare i år. Får jag ta ut semester 10–13 april? /Dragana`, 'religion'),
  d(`At enrolment the father told us the family is Muslim and that his daughter is not allowed to take part in the dance sessions at the after-school club.`, 'religion'),
  d(`He converted to Buddhism last year and meditates for an hour every morning, so he's asking to start at 9 instead of 8. I think we can be flexible about it.`, 'religion'),
  d(`Anhöriga till den avlidne, Johannes Aho, är laestadianer och önskar att präst från deras församling får komma till avdelningen innan han flyttas.`, 'religion'),
  // ---------------------------------------------------------------- religion: hard negatives
  d(`Svenska kyrkan erbjuder samtalsstöd för personal efter händelsen på Bergsgårdens äldreboende. Kontakta diakonen på 0491-63 110.`),
  d(`Påminnelse: skolavslutningen hålls i år i Stadsparken i stället för i kyrkan, av lokalskäl.`),
  d(`The new multi-faith quiet room on floor 3 is open 7–19. Please keep it tidy and book it for groups larger than five.`),
  d(`Kursen "Religionskunskap 1" ges på distans nästa termin, 50 poäng. Sista ansökningsdag 15 april.`),
  // ---------------------------------------------------------------- trade-union: positives
  d(`Hej, Jag är medlem i Kommunal och vill att mitt skyddsombud är med på mötet om schemaändringen. /Maj-Britt`, 'trade-union'),
  d(`For your information: Fredrik Ahl takes over as Vision's senior safety representative for the social services department from 1 March.`, 'trade-union'),
  d(`Hi Mark, Gina has asked for her union rep from Unionen to join the meeting on Thursday. Please book a larger room.`, 'trade-union'),
  d(`Vårdförbundets lokala ombud Hanna Sjö har begärt MBL-förhandling om bemanningen på IVA, hon företräder de tre sjuksköterskor som berörs.`, 'trade-union'),
  d(`Jag har gått med i Sveriges Lärare nu, så avdraget för medlemsavgiften ska dras från lönen från nästa månad. Kan ni fixa det? /Emil`, 'trade-union'),
  d(`Anteckning: Medarbetaren anger att hon gick över från Kommunal till Vision i januari och undrar om hon omfattas av Visions avtal retroaktivt.`, 'trade-union'),
  d(`FYI – Ravi is the SACO chair at our office now, so any questions about the local pay agreement should go via him first.`, 'trade-union'),
  d(`Kommunals ombud på Lindgården, Birgitta Öhman, har anmält att hon är tjänstledig för fackligt uppdrag varannan fredag.`, 'trade-union'),
  d(`Vi har fått in en lista på fackavgifter att dra i december – Sjöberg, Kaya och Eriksson (Vision), Hult och Näsström (Kommunal). Löneadministrationen lägger in.`, 'trade-union'),
  d(`Hej! Min kollega Annika blev vald till ordförande i Lärarförbundets lokalavdelning igår, så hon kommer få nedsatt undervisningstid. Bara så du vet till schemaläggningen.`, 'trade-union'),
  d(`Re: notice of termination
The employee is a member of Akademikerförbundet SSR, and the union has now requested a formal dispute negotiation.`, 'trade-union'),
  // ---------------------------------------------------------------- trade-union: hard negatives
  d(`Vision bjuder alla medlemmar på frukost i personalrummet fredag 7.30–9! Icke-medlemmar är också välkomna att titta in.`),
  d(`Löneförhandlingarna med Kommunal och Vårdförbundet inleds vecka 9 enligt tidsplanen i HÖK.`),
  d(`The local union office has moved to Storgatan 14, 2nd floor. Opening hours Mon–Thu 9–15.`),
  d(`Skyddsombudsutbildning (BAM) för alla nyvalda skyddsombud, 3 dagar i maj. Ersättning för förlorad arbetsinkomst enligt avtal.`),
  d(`Vad är skillnaden mellan Unionen och Vision? Jag ska skriva ett PM om fackliga organisationer i offentlig sektor för kursen.`),
  // ---------------------------------------------------------------- genetic: positives
  d(`Svaret på gentestet har kommit: Elin bär på en BRCA2-mutation. Genetiska mottagningen vill träffa henne och hennes syster för rådgivning.`, 'genetic'),
  d(`Hi Tom, the genetic screening confirmed that your son is a carrier of the cystic fibrosis gene (one copy of F508del) but does not have the disease himself. Dr Lund will call you Wednesday.`, 'genetic'),
  d(`I familjen Karlsson finns Huntingtons sjukdom på pappans sida; sonen Anders har valt att göra prediktiv testning och resultatet var positivt.`, 'genetic'),
  d(`The DNA analysis showed that Noah has fragile X syndrome, which explains some of the difficulties he's had at school. His parents are happy for us to share this with the pupil health team.`, 'genetic', 'health'),
  d(`Anteckning: Patientens släktutredning visar ärftlig hyperkolesterolemi (FH), LDLR-mutation bekräftad. Barnen bör erbjudas testning.`, 'genetic', 'health'),
  d(`Jag gjorde ett sånt där släktforsknings-DNA-test och det visade sig att jag bär på anlag för Lynch syndrom. Genetiska vägledningen tycker att mina syskon också ska testa sig, så jag behöver prata med dem i helgen.`, 'genetic'),
  d(`Result of the karyotype: 47,XXY (Klinefelter) for the patient Viktor S. Referral to endocrinology sent.`, 'genetic', 'health'),
  d(`Båda föräldrarna i familjen Nyberg är anlagsbärare för spinal muskelatrofi enligt bärarscreeningen; de vill ha genetisk vägledning inför att skaffa fler barn.`, 'genetic'),
  d(`Hi Marie, attaching the lab result: factor V Leiden, heterozygous. It might be worth your siblings getting tested as well before any of them start on the pill.`, 'genetic'),
  d(`Föräldrarna berättade att båda barnen har fått diagnosen Marfans syndrom efter genetisk utredning på Karolinska, så de får inte delta i kontaktsporter.`, 'genetic', 'health'),
  // ---------------------------------------------------------------- genetic: hard negatives
  d(`Seminarium: "Genetik och etik i vården" med docent Ulla Bring, torsdag 14.00 i aula Nord. Fri entré.`),
  d(`The regional biobank has published new guidelines for storing samples for genetic analysis. See the attached PDF.`),
  d(`Biologi 2, moment 3: ärftlighet och DNA. Läxa till fredag: läs kap 7 och gör uppgifterna 7.1–7.9.`),
  d(`Enligt Socialstyrelsen föds cirka 20 barn per år i Sverige med cystisk fibros. Källa: faktablad 2024.`),
  // ---------------------------------------------------------------- biometric: positives
  d(`Hej IT, Sofias fingeravtryck registrerades inte ordentligt i den nya passerkontrollen igår – kan ni göra om registreringen av hennes högra pekfinger?`, 'biometric'),
  d(`Vi har sparat ansiktsmallen för Kenneth Åberg i tidrapporteringsterminalen på Södra depån; den kopplas till hans anställningsnummer 44817.`, 'biometric'),
  d(`Hi, the voice print enrolment for Linda in the phone banking verification failed three times, so she'll need to re-record her voice sample.`, 'biometric'),
  d(`Polisen har begärt ut bilden och fingeravtrycken som togs på den misstänkte Ali Rahimi vid passansökan, kan registratorn ta fram dem?`, 'biometric', 'criminal-record'),
  d(`Security log: the iris scan of visitor Petter Gran didn't match the enrolled template at the server hall door at 14:02; alarm raised, guard dispatched.`, 'biometric'),
  d(`Jag vill att mina biometriska data tas bort från ert system – mitt fingeravtryck och min ansiktsbild för inpasseringen. Jag slutar på fredag. /Helena Strand`, 'biometric'),
  d(`Log 03:14 – face recognition unlocked the medication cabinet for user Mohammed A. (match score 0.93), log 03:16 – locked.`, 'biometric'),
  d(`Anteckning: Elevens fingeravtryck används för att låna böcker i skolbiblioteket, föräldrarna har inte gett samtycke. Mallen för Wilma i 5C ska raderas.`, 'biometric'),
  d(`Hej, jag fick tillbaka foto och fingeravtryck från Migrationsverket för ärendet med Jamal Hussein – de ska jämföras med uppgifterna i LMA-kortet.`, 'biometric'),
  d(`Palm-vein enrolment for Ove Lindh at the warehouse is done – he can now open storeroom B with his hand instead of the key fob.`, 'biometric'),
  // ---------------------------------------------------------------- biometric: hard negatives
  d(`Nya passersystemet med fingeravtrycksläsare installeras i stadshuset vecka 16. Information om hur registreringen går till kommer.`),
  d(`Datainspektionen/IMY har publicerat vägledning om ansiktsigenkänning i skolor – läs den innan ni föreslår något sådant.`),
  d(`The procurement for the biometric access system closes on 30 June; questions to upphandling@kommunen.example.`),
  d(`Har någon en bra mall för konsekvensbedömning (DPIA) när man vill använda biometri för tidrapportering?`),
  // ---------------------------------------------------------------- sex-life: positives
  d(`Hej, Jonatan i 8A har berättat för mig att han är gay och att han inte har sagt det till sina föräldrar än. Han vill inte att vi tar upp det på utvecklingssamtalet. /Frida, kurator`, 'sex-life'),
  d(`Vår nya kollega Alex är transperson och använder pronomenet hen. Hen har bett mig sprida det så att ingen behöver fråga. Tack för att ni tänker på det!`, 'sex-life'),
  d(`Just so you know, Marcus and his husband are adopting, so he'll want parental leave sometime next spring.`, 'sex-life'),
  d(`Gunvor in flat 5 told us she has lived with a woman for 40 years and wants her partner Inga, not her brother, recorded as her next of kin.`, 'sex-life'),
  d(`Eleven har uppgett att hon haft sexuellt umgänge med en 19-årig man hon träffat via nätet. Rektor informerad.`, 'sex-life'),
  d(`Hej Kim! Jag vill bara säga att jag är bisexuell, det kom upp när vi pratade om festen och jag kände att jag inte ville hålla på att gömma det. /Jenny`, 'sex-life'),
  d(`Samtalsanteckning: Klienten berättar att han haft flera tillfälliga sexpartner under året och att hans fru inte vet om det. Han vill prata om hur han ska berätta för henne.`, 'sex-life'),
  d(`The resident in room 12, Per, has asked staff not to comment on him wearing dresses in the evenings – he says he's identified as a woman for years but never dared tell anyone.`, 'sex-life'),
  d(`Vi har fått ett klagomål från en förälder om att Sara, som jobbar på fritids, är lesbisk och "pratar om det med barnen". Jag tänker inte agera på det, men vill att du vet.`, 'sex-life'),
  d(`He lives with his partner Olle – they've shared a flat in Borlänge since the spring. I thought everyone knew he was gay?`, 'sex-life'),
  // ---------------------------------------------------------------- sex-life: hard negatives
  d(`Pride-veckan: kommunen hissar regnbågsflaggan utanför stadshuset 1 augusti kl 9. Alla är välkomna.`),
  d(`Sex- och samlevnadsundervisningen för årskurs 8 flyttas till vecka 47 på grund av nationella proven.`),
  d(`RFSL will hold an HBTQ-certification workshop for the youth centre staff on 3 October, 9–12.`),
  d(`Policyn om könsneutrala omklädningsrum är ute på remiss till och med 20 maj. Synpunkter till Erik i lokalgruppen.`),
  // ---------------------------------------------------------------- protected-identity: positives
  d(`OBS! Eleven Elsa i klass 2B har skyddade personuppgifter. Ingen adress, inga klassfoton på webben och inga uppgifter får lämnas till andra vårdnadshavare.`, 'protected-identity'),
  d(`Hej, den nya hyresgästen i lgh 1103 är kvarskriven i annan kommun, så posten ska skickas via Skatteverkets förmedlingsuppdrag.`, 'protected-identity'),
  d(`Heads up: the applicant we're interviewing on Friday has a protected identity (sekretessmarkering). Don't put her name on the visitor list at reception.`, 'protected-identity'),
  d(`The applicant has been living with fictitious identity details (fingerade personuppgifter) since 2019. Contact the police before anything is sent to the address given in the application.`, 'protected-identity'),
  d(`Vi har fått besked om att mamman och de två barnen nu har skyddad folkbokföring. Förskolan Solgläntan ska inte lämna ut något om var de bor.`, 'protected-identity'),
  d(`Hej registrator! Kan du sätta sekretessmarkering på ärende 2026/311 för sökanden Linnéa? Hon har markering i folkbokföringen sedan förra veckan.`, 'protected-identity'),
  d(`Note: the tenant in 4B has protected personal details – the janitor's work-order list must show only the key number, never the name or address.`, 'protected-identity'),
  d(`Re: löneutbetalning
Medarbetaren har skyddad identitet, så lönespecifikationen får inte skickas hem. Den lämnas personligen av chefen.`, 'protected-identity'),
  d(`Hi Ola – the pupil transferring from Umeå next week has a protected address. Please make sure the school transport list only shows the pick-up point, not the home address.`, 'protected-identity'),
  d(`Patienten har sekretessmarkering i Skatteverkets register; journalen i 1177 är låst för anhörigas ombud.`, 'protected-identity'),
  d(`Jag vill bara påminna om att Amira och hennes pappa har skyddade personuppgifter – skriv inte deras namn på listan till klassresan som går ut till alla föräldrar.`, 'protected-identity'),
  // ---------------------------------------------------------------- protected-identity: hard negatives
  d(`The school routine for handling protected personal details has been updated – see the intranet under Data protection.`),
  d(`Kursen "Skyddade personuppgifter i praktiken" för registratorer ges 8 maj via Teams, 9.00–11.30.`),
  d(`What does "kvarskrivning" mean, and how is it different from skyddad folkbokföring? I'm translating the guidance for the new staff.`),
  d(`Skatteverket informerar: från 1 juli ändras reglerna för hur myndigheter ska hantera post till personer med skyddad folkbokföring.`),
  // ---------------------------------------------------------------- secrecy: positives
  d(`Bifogad handling omfattas av sekretess enligt 26 kap. 1 § OSL och får inte vidarebefordras utanför förvaltningen.`, 'secrecy'),
  d(`Hej, jag har sekretessprövat begäran om utlämnande av protokollen från 12 och 19 mars. Sidorna 3–5 lämnas inte ut med stöd av 39 kap. 3 § OSL. /Registrator`, 'secrecy'),
  d(`Confidential – the attached tender evaluation is covered by secrecy under chapter 19, section 3 of the Public Access to Information and Secrecy Act until the contract has been awarded.`, 'secrecy'),
  d(`SEKRETESS enl. 23 kap. 2 § OSL – vidarebefordra inte. Elevhälsans anteckningar från mötet i fredags bifogas.`, 'secrecy'),
  d(`Beslut: Kommunen avslår begäran om att ta del av utredningen. Uppgifterna omfattas av sekretess enligt 25 kap. 1 § offentlighets- och sekretesslagen.`, 'secrecy'),
  d(`This thread contains information that is covered by secrecy, so please don't reply-all to the politicians. The same goes for the auditor's attachment.`, 'secrecy'),
  d(`Note: The security assessment of the water treatment plant is classified under 18 kap. 8 § OSL and may not be disclosed. Keep it off SharePoint.`, 'secrecy'),
  d(`Hej! Enligt sekretessprövningen får endast en maskerad version av anmälan lämnas ut till journalisten – namn och adress ska strykas. Mvh Kerstin, jurist`, 'secrecy'),
  d(`The documents in case KS 2026/77 are secret under chapter 31, section 16 OSL (business relations) and must not be released to the requester.`, 'secrecy'),
  d(`Angående er förfrågan: uppgifterna om larmrutinerna på Björkhagens äldreboende omfattas av sekretess och kan därför inte lämnas ut.`, 'secrecy'),
  d(`PM – sekretessbelagt enligt 21 kap. 7 § OSL. Får ej spridas. Se bifogad förteckning.`, 'secrecy'),
  // ---------------------------------------------------------------- secrecy: hard negatives
  d(`Utbildning i offentlighets- och sekretesslagen (OSL) för nyanställda, onsdag 13–16 i sal Björken.`),
  d(`Har någon koll på skillnaden mellan 25 kap. och 26 kap. OSL? Jag pluggar till tentan på förvaltningsrätten.`),
  d(`As a public authority, we are subject to the principle of public access to official records; most e-mails to the municipality become public documents.`),
  d(`Lathund: så gör du en sekretessprövning steg för steg. 1. Identifiera handlingen. 2. Kontrollera vilka bestämmelser som kan vara aktuella. 3. Dokumentera beslutet.`),
  d(`Mallen "Beslut om avslag på begäran om allmän handling" finns nu i dokumenthanteringssystemet under Mallar > Registratur.`),
  // ---------------------------------------------------------------- criminal-record: positives
  d(`Utdraget ur belastningsregistret för Johan Ek visar en dom för misshandel från 2022. Vi kan inte anställa honom i förskolan.`, 'criminal-record'),
  d(`FYI – the new caretaker, Leif, told me he served 18 months for drug offences back in the 2010s. He's open about it and says he has nothing to hide.`, 'criminal-record'),
  d(`Polisanmälan gjord: eleven Elias (9B) misstänks för att ha stulit en dator från skolans bibliotek igår. Ärendenummer hos polisen 5000-K123456-26.`, 'criminal-record'),
  d(`Hej, jag vill meddela att min son har en kontakt med frivården just nu, han avtjänar en villkorlig dom med samhällstjänst. Därför kan han inte komma på torsdagar.`, 'criminal-record'),
  d(`Anteckning: Sökanden till lokalvårdartjänsten uppger att hon dömdes för bedrägeri förra året och betalar av skadestånd till Brottsoffermyndigheten.`, 'criminal-record'),
  d(`The background check on the applicant for the IT security role came back with a conviction for unlawful access to a computer system (dataintrång) in 2021.`, 'criminal-record'),
  d(`Tjänsteanteckning: Medarbetaren Kent Söderlund har anhållits misstänkt för rattfylleri. Han är tills vidare avstängd från att köra kommunens bilar.`, 'criminal-record'),
  d(`She did time at Hinseberg for a serious drug offence – it came up in our conversation. Released in January, with an ankle monitor for the first few months.`, 'criminal-record'),
  d(`Re: hyresgästen i trappuppgång C
Grannarna har anmält honom för olaga hot och det finns ett kontaktförbud sedan i höstas. Polisen är inkopplad.`, 'criminal-record'),
  d(`The pupil has been charged with criminal damage after the graffiti on the sports hall, and the case is heard at the district court on the 14th.`, 'criminal-record'),
  d(`Hej, det visade sig att vikarien Tim har en varning från Polisen för ringa stöld i sitt registerutdrag. Hur gör vi?`, 'criminal-record'),
  // ---------------------------------------------------------------- criminal-record: hard negatives
  d(`Från 1 januari krävs utdrag ur belastningsregistret för alla som anställs i förskolan och skolan. Beställ via polisen.se.`),
  d(`Brottsstatistik: anmälda inbrott i kommunen ökade med 12 % under 2025 enligt BRÅ.`),
  d(`Please remember to lock the bike room – there have been several thefts in the area this month.`),
  d(`Kommunen har polisanmält skadegörelsen på Rosenlundsskolans fönster. Glasmästaren kommer på måndag.`),
  // ---------------------------------------------------------------- social: positives
  d(`Orosanmälan har inkommit från förskolan gällande Liam, 4 år – personalen har sett blåmärken på armarna vid två tillfällen. Förhandsbedömning ska göras inom 14 dagar.`, 'social'),
  d(`Hej, familjen Berg har beviljats ekonomiskt bistånd för april med 9 840 kr, utbetalning sker den 25:e. /Handläggare Sofie`, 'social'),
  d(`Decision: Herbert Nyman is granted home care services of 32 hours per month, covering a shower twice a week, shopping and cleaning.`, 'social'),
  d(`Hi Kajsa, we've had a report of concern about the twins at Björkskolan – the school says they've been coming in without breakfast and in dirty clothes for weeks. Can you start an investigation?`, 'social'),
  d(`Ansökan om försörjningsstöd avslås för Rami Haddad för maj då han inte har lämnat in kontoutdrag trots påminnelse.`, 'social'),
  d(`Anteckning 12/4: Besök hos Maja på HVB-hemmet Tallbacken. Placeringen enligt LVU fungerar bättre, hon går i skolan tre dagar i veckan nu.`, 'social'),
  d(`Hej! Sonen Kevin har fått beslut om kontaktperson enligt LSS, en gång i veckan. Vi letar efter någon som gillar fotboll. Mvh LSS-handläggare Irma`, 'social'),
  d(`Tjänsteanteckning: Klienten Jessica återkom till socialtjänsten idag, vill ha hjälp med skuldsanering och har fått vräkningsbesked från bostadsbolaget.`, 'social'),
  d(`Re: foster home
We have found an emergency foster home for the siblings Ali and Sara from Friday. Their mother has consented to the placement under the Social Services Act.`, 'social'),
  d(`FYI – Mr Lindgren's application for a place at an elderly care home (särskilt boende) was approved yesterday; he'll move into Ekhagen in two weeks.`, 'social'),
  d(`Hej Pernilla, Tobbe har blivit beviljad ledsagarservice 10 timmar i månaden nu. Han blev jätteglad! Kan du boka in första passet? /Hasse, boendestödjare`, 'social'),
  d(`Utredning enligt 11 kap. 1 § SoL inleds avseende Wilma, 14 år, efter polisens anmälan om att hon påträffats berusad på stan två helger i rad.`, 'social'),
  d(`The debt counsellor has met Mr and Mrs Olofsson; they owe around 340,000 SEK through the Enforcement Authority and are now applying for social assistance towards the rent.`, 'social'),
  d(`Hej, vi har beviljat Eino trygghetslarm och matdistribution från och med måndag. Larmet installeras av Lena mellan 9 och 12.`, 'social'),
  // ---------------------------------------------------------------- social: hard negatives
  d(`Riksnormen för försörjningsstöd 2026 är fastställd. Se Socialstyrelsens meddelandeblad för beloppen.`),
  d(`Utbildning om LVU och LVM för nya handläggare, 3 dagar i februari, anmälan till Maria i HR.`),
  d(`Hemtjänsten i norra distriktet flyttar in i nya lokaler på Kvarngatan 7 den 1 oktober. Telefonnumret är oförändrat.`),
  d(`Could someone share the template for a child welfare investigation plan? I need it for the training slides, not for a real case.`),
  d(`Socialnämnden sammanträder 20 maj. Ärenden om enskilda behandlas i slutet av mötet och är inte offentliga.`),
  // ---------------------------------------------------------------- credentials: positives
  d(`Hej Malin, ditt tillfälliga lösenord till Procapita är Vinter2026!x – byt det vid första inloggningen. /IT-support`, 'credentials'),
  d(`Koden till personalingången på Solbacka är 4471#, den ändras igen 1 juni.`, 'credentials'),
  d(`user: svc_backup_prod
pass: Qm7!tr2@Lx9v
(host: filsrv03 – don't paste this in Teams)`, 'credentials'),
  d(`Hi Ben, here's the API key for the booking system sandbox: sk_live_7Hq2Lr9Wx4Zt8Kp1Bn6M. Please rotate it after the demo.`, 'credentials'),
  d(`Hej! Jag har glömt min PIN till skrivaren på plan 3 – var det 8812? Kan någon kolla? /Doris`, 'credentials'),
  d(`Din engångskod för inloggning i e-tjänsten är 493 027. Koden gäller i 10 minuter.`, 'credentials'),
  d(`WiFi för gäster på stadsbiblioteket i helgen: nätverk KommunGäst, lösenord bokhylla42`, 'credentials'),
  d(`Login for the supply teacher on the learning platform: username vik.lindberg, password Sommar!88. She starts tomorrow.`, 'credentials'),
  d(`The alarm code for the youth centre is 1 9 7 3 then OFF. The key is in the key cabinet – cabinet code 0420.`, 'credentials'),
  d(`I reset the admin password for the firewall to "Fjällräv-23-Blå" – it's the same for both nodes. Change it on Monday.`, 'credentials'),
  d(`Fw: nytt konto
Användare: anna.k@skolan.example
Lösenord: Kx9-ttr-Vq2
Mvh Skol-IT`, 'credentials'),
  // ---------------------------------------------------------------- credentials: hard negatives
  d(`Reminder: change your password at least every 90 days. Passwords must be at least 12 characters long.`),
  d(`Har du glömt ditt lösenord? Klicka på "Glömt lösenord" på inloggningssidan eller ring IT-support på 0491-76 400.`),
  d(`The new password policy requires multifactor authentication for all admin accounts from 1 September.`),
  d(`Portkoden till stadshuset ändras vid årsskiftet – den nya koden skickas ut av vaktmästeriet via sms.`),
  d(`Skriv aldrig ditt lösenord i ett mejl. IT kommer aldrig att be dig om ditt lösenord.`),
  // ---------------------------------------------------------------- salary: positives
  d(`Hej! Efter lönerevisionen blir Emmas nya månadslön 36 400 kr från 1 april (höjning med 1 250 kr). /Lönekontoret`, 'salary'),
  d(`Jag tjänar 28 900 i månaden som undersköterska och tycker inte att det är rimligt när nyanställda får 30 000. Kan vi ta det på lönesamtalet? /Yvonne`, 'salary'),
  d(`Hi Lisa, confirming that Marco's starting salary will be 44,000 SEK/month, plus a one-off signing bonus of 15,000. Please add to the contract.`, 'salary'),
  d(`Löneanspråk från kandidaten Jens Malm: 52 000 kr/mån. Det ligger över budget för tjänsten med cirka 4 000.`, 'salary'),
  d(`Correction: Per Åkesson was underpaid in March – his unsocial-hours supplement of 2,314 SEK was missing. It will be added to his April pay.`, 'salary'),
  d(`Angående lönetvisten: Vi erbjuder Malin en retroaktiv justering på 800 kr/mån från januari, totalt 4 000 kr.`, 'salary'),
  d(`Lönelista rektorer 2026 (intern): Åsa L 58 200, Bengt K 61 000, Nadia H 56 500. Skicka inte vidare.`, 'salary'),
  d(`Hej chefen, jag har fått ett erbjudande på 41 000 från Region Dalarna. Om ni kan matcha det så stannar jag gärna. /Ibrahim`, 'salary'),
  d(`Tilde's hourly rate as a substitute will be 168 SEK/h including holiday pay, as agreed on the phone.`, 'salary'),
  d(`Note for payroll: Oskar's salary is reduced to 75 % (25 050 SEK) from May as he goes part-time.`, 'salary'),
  d(`Grattis Henrik! Du har fått lönepåslag på 3,2 % i årets revision – det är bland de högsta på enheten.`, 'salary'),
  // ---------------------------------------------------------------- salary: hard negatives
  d(`Lönerevisionen startar i april. Lönesamtal ska vara genomförda senast 15 mars.`),
  d(`Ingångslönen för sjuksköterskor i regionen är 36 000 kr enligt den nya överenskommelsen.`),
  d(`Reminder: payslips are now only available in the HR portal. Paper payslips are no longer sent.`),
  d(`Lönekriterier för 2026 finns i bilagan. Diskutera dem på APT vecka 6.`),
  // ---------------------------------------------------------------- bank-account: positives
  d(`Hej, jag har bytt bank – min lön ska sättas in på clearingnummer 8327-9, kontonummer 914 552 318-4 från och med nästa månad. /Gustav`, 'bank-account'),
  d(`Please pay the refund to Ms Eriksson's account: IBAN SE15 5005 5026 2549 5355 2100, BIC ESSESESS.`, 'bank-account'),
  d(`Kontouppgifter för arvodet till god man Berit Lund: Swedbank 8105-3 973 440 221-7.`, 'bank-account'),
  d(`Hej! Återbetalningen av avgiften för fritids kan sättas in på mitt konto i Handelsbanken: 6192 – 347 218 905. Mvh Fatima`, 'bank-account'),
  d(`Utbetalning av ekonomiskt bistånd görs till brukarens konto 3300 8612151234 (Nordea personkonto) – obs att det är ett nytt konto.`, 'bank-account', 'social'),
  d(`Hi, I'm a freelance interpreter and haven't been paid for March. My account details are: SEB, clearing 5212, account 0143 887 21. Regards, Goran`, 'bank-account'),
  d(`Change of bank details for Stig Holm (retired, receives a municipal fee): new account 9020 – 0371 442 51 at Länsförsäkringar.`, 'bank-account'),
  d(`Re: Utlägg taxi
Ok, jag för över 412 kr till ditt konto 8214-7, 4 912 665 103-2 idag. /Linn`, 'bank-account'),
  d(`Hej ekonomi, kontrollera att ersättningen till kontaktfamiljen Sundberg betalas till IBAN SE29 8003 3239 1824 6110 7595 och inte till det gamla kontot.`, 'bank-account'),
  d(`Lönekonto: Danske Bank 1203-12 345 678 9. Namn: Petra Lönn. Skickas för registrering i Personec.`, 'bank-account'),
  d(`Mitt Swish-nummer är kopplat till kontot 3000-1 234 567 (Nordea) om ni vill betala ut förskottet dit.`, 'bank-account'),
  // ---------------------------------------------------------------- bank-account: hard negatives
  d(`Betala fakturan till kommunens bankgiro 5050-1055 senast den 30:e. Ange OCR-numret.`),
  d(`Ange ditt kontonummer i formuläret för utlägg. Clearingnumret är de fyra första siffrorna.`),
  d(`The municipality's IBAN is published on the website under "Paying the municipality".`),
  d(`Lönen betalas ut den 25:e varje månad. Om den 25:e infaller på en helg betalas lönen ut fredagen innan.`),
  // ---------------------------------------------------------------- payment-card: positives
  d(`Hej, kan ni dra anmälningsavgiften från mitt kort? 4571 4225 9717 0858, giltigt till 08/28, CVC 311. Tack! /Margareta`, 'payment-card'),
  d(`Company card for Jenny Holm: 5169 8736 2846 0004, exp 11/27. Please use it for the conference booking in Malmö.`, 'payment-card'),
  d(`Kortnummer: 4581 7972 4615 2854
Utgångsdatum: 03/29
Säkerhetskod: 724
Kortinnehavare: Robin Falk`, 'payment-card'),
  d(`Hej, jag råkade skicka hela kortnumret i chatten igår till supporten: 5213209245284517 05/27. Kan ni radera det? Jag har spärrat kortet ändå. /Tove`, 'payment-card'),
  d(`Amex for the delegation trip (card holder: Nils Aronsson): 3742 594071 32760, exp 09/26, CID 4417.`, 'payment-card'),
  d(`The purchasing card Göran uses – 4917 5609 9891 9630 – is over its limit. Can finance raise it to 20,000?`, 'payment-card'),
  d(`Pappa har gett mig sitt bankkort så att jag kan handla åt honom – 5428 2475 6826 6761, giltigt t.o.m. 02/28. Spara det inte i kassasystemet. /Lena`, 'payment-card'),
  d(`Hi, the hotel needs a card guarantee for Ms Rahimi's room: Visa 4024 6006 2639 6379, valid thru 12/28.`, 'payment-card'),
  d(`Hej! Betalningen för kursen gick inte igenom. Jag försökte med 4716 9685 9545 1811 exp 06/27 cvv 082. Kan ni kolla? Mvh Annika`, 'payment-card'),
  d(`Kortuppgifter för prenumerationen (Daniels tjänstekort): 5555 0569 0594 2470, 10/26.`, 'payment-card'),
  // ---------------------------------------------------------------- payment-card: hard negatives
  d(`Skicka aldrig kortnummer eller CVC-kod via e-post. Använd betallänken i stället.`),
  d(`We now accept Visa, Mastercard and Swish at the swimming hall reception.`),
  d(`New purchasing cards will be handed out to all budget holders in week 14. Collect yours at the finance unit and sign for it.`),
  d(`Kortterminalen i receptionen är trasig, kunderna får betala via faktura så länge. Ny terminal kommer fredag.`),
  // ---------------------------------------------------------------- hr-assessment: positives
  d(`Sammanfattning av medarbetarsamtalet med Jonas: Han levererar bra i ärendehanteringen men har svårt med deadlines och behöver bli bättre på att säga till i tid. Mål: inga försenade yttranden under Q2.`, 'hr-assessment'),
  d(`Skriftlig varning till Mattias Öberg för upprepade sena ankomster (14 tillfällen under mars) och för att ha lämnat arbetsplatsen utan att meddela.`, 'hr-assessment'),
  d(`Hi Sam, from the review: Laura exceeds expectations on stakeholder management but her written reports need more structure. Overall rating 4/5.`, 'hr-assessment'),
  d(`Resultatet från personlighetstestet (OPQ) för kandidaten Elin Wester: hög på samarbete och noggrannhet, låg på beslutsamhet.`, 'hr-assessment'),
  d(`Hej, jag vill bara flagga att Tove har varit otrevlig mot två kollegor igen på APT-mötet. Vi borde dokumentera det inför samtalet nästa vecka.`, 'hr-assessment'),
  d(`Probation assessment: Kristian does not meet the requirements for the systems administrator role; his probationary employment ends on 30 June.`, 'hr-assessment'),
  d(`Anteckning lönesättande samtal: Ulrika visar stort engagemang men bidrar inte till teamets gemensamma uppdrag i tillräcklig grad. Bedömning: "god".`, 'hr-assessment'),
  d(`Disciplinary note – Ahmed S. used a colleague's login to approve his own overtime on two occasions. Meeting with HR scheduled.`, 'hr-assessment'),
  d(`Hej Anders! Tack för ett bra utvecklingssamtal. Som vi sa: du är jättebra med eleverna men behöver bli mer strukturerad i planeringen och dokumentationen. Vi följer upp i november. /Rektor Maria`, 'hr-assessment'),
  d(`Referenstagning Petra Ljung: tidigare chef beskriver henne som lojal och kunnig men konflikträdd och ibland passiv i svåra samtal.`, 'hr-assessment'),
  d(`We've had several complaints about the way Roland treats the residents, including raising his voice at them. I've spoken to him and written it up in his file.`, 'hr-assessment'),
  // ---------------------------------------------------------------- hr-assessment: hard negatives
  d(`Medarbetarsamtalen ska vara genomförda senast 31 oktober. Använd den nya mallen i HR-portalen.`),
  d(`Workshop om att ge konstruktiv feedback för chefer, 4 december. Anmälan via kompetensportalen.`),
  d(`Rutinen för hantering av misskötsamhet är uppdaterad och finns under Chefsstöd på intranätet.`),
  d(`The annual performance cycle now has three steps: goal setting in January, mid-year check-in, and a final review in December.`),
  // ---------------------------------------------------------------- grades: positives
  d(`Hej, Oliver i 9C fick E i matte och F i fysik på terminsbetyget. Vi behöver sätta in extra stöd före nationella proven. /Mentor`, 'grades'),
  d(`Frånvarorapport v. 10–12: Nora (8B) 34 % ogiltig frånvaro, mest måndagar och fredagar. Vårdnadshavarna kontaktade.`, 'grades'),
  d(`Hi Mrs Jansson, Erik scored 17/40 on the English reading test, which is below the pass mark. We'd like to discuss an action plan.`, 'grades'),
  d(`Omdöme svenska, Lova åk 5: Lova läser flytande och kan sammanfatta texter, men behöver utveckla sitt skrivande med fler sambandsord.`, 'grades'),
  d(`Grade list 3TE: Hampus A in Programming 1, Wilma C, Sebastian E, Ida F. Ida can sit a re-examination in August.`, 'grades'),
  d(`Hej! Kan du kolla varför Maja har "streck" i kemi i stället för betyg? Hon har bara 42 % närvaro men gjorde provet.`, 'grades'),
  d(`IUP för Ellen: måluppfyllelse i alla ämnen utom matematik, där hon ligger på E-nivå. Mål: nå C till vårterminen.`, 'grades'),
  d(`Hej Mona, Jacob kom på 28 av 30 på glosförhöret igen – imponerande! Kanske värt att ge honom svårare uppgifter?`, 'grades'),
  d(`Fw: tentamensresultat
Student Amir Nasser – Statistik I: U (underkänd), 11 p av 50. Omtenta 14 juni.`, 'grades'),
  d(`The pupil has missed 22 of 40 PE lessons this term and is at risk of not getting a grade at all.`, 'grades'),
  d(`Reflektion från NP: Kevin fick B på muntliga delen och D totalt. Det är en förbättring från förra året.`, 'grades'),
  // ---------------------------------------------------------------- grades: hard negatives
  d(`Betygssättning sker vecka 23. Betygen ska vara inrapporterade i Skolplattformen senast fredag 16.00.`),
  d(`Nationella proven i svenska för årskurs 6 skrivs 10–12 mars. Se bifogat schema.`),
  d(`Skolverket's new grading criteria for Technology take effect in July; there will be a staff training on 15 August.`),
  d(`Enligt Skolinspektionens rapport har 87 % av eleverna i kommunen behörighet till gymnasiet.`),
  // ---------------------------------------------------------------- multi-label
  d(`Hej Anneli,

Som vi pratade om: Viggo (7 år) fick sin autismdiagnos i januari och familjen har nu ansökt om korttidsvistelse enligt LSS, en helg i månaden. Mamma är helt slut och pappan jobbar skift.

Jag skickar över läkarutlåtandet i internposten.

Vänliga hälsningar
Tiina Rask
LSS-handläggare, Omsorgsförvaltningen`, 'health', 'social'),
  d(`Anteckning 2026-02-03: Klienten (Dennis, 19) är dömd för rån i januari och har frivårdskontakt. Socialtjänsten utreder vård enligt LVM p.g.a. omfattande amfetaminmissbruk.`, 'social', 'criminal-record', 'health'),
  d(`Hej Johanna,
Jag vill ta upp en sak om Stefan innan hans rehabmöte. Han är sjukskriven 25 % för utmattning, men även de dagar han jobbar har kvaliteten i hans utredningar sjunkit rejält och två beslut har fått göras om. Jag tycker vi behöver prata om både arbetsanpassning och förväntningar.
/Carina, sektionschef`, 'health', 'hr-assessment'),
  d(`SEKRETESS – 26 kap. 1 § OSL
Vi har idag inlett en barnavårdsutredning om syskonen Hugo och Selma efter anmälan från BVC. Vidarebefordra inte.`, 'secrecy', 'social'),
  d(`Till: Skolskjuts
Ang. eleven Dalia i 4A: familjen har skyddade personuppgifter och är placerad i jourlägenhet via socialtjänsten. Uppgifterna omfattas av sekretess och får inte lämnas ut till någon som ringer och frågar.`, 'protected-identity', 'social', 'secrecy'),
  d(`Hi payroll,

Please set up the new hire Magnus Ek: monthly salary 39 500 SEK from 1 August, paid to his account at Swedbank, clearing 8305-1, account 903 118 224-6.

Thanks,
Rebecka (HR)`, 'salary', 'bank-account'),
  d(`Hej Samir, din inloggning till hotellportalen är samir.m / Resa2026!, och företagskortet som ligger sparat där är 6011 1273 2632 1044 exp 04/27. Boka Göteborg 12–13 maj.`, 'credentials', 'payment-card'),
  d(`Hej! Wilmer har varit borta mycket sedan jul p.g.a. sin epilepsi (nya mediciner som gör honom trött) och har därför bara E i SO och inget betyg i slöjd än. Vi behöver göra en åtgärdsplan.`, 'health', 'grades'),
  d(`Familjen är kristna assyrier från Syrien och vill att dottern döps i deras syrisk-ortodoxa kyrka innan de flyttar, så pappan ber om ledigt den 14:e.`, 'ethnic-origin', 'religion'),
  d(`Fw: lönesamtal
Vision begär, för sin medlem Katarina Höök, att hennes lön justeras från 33 200 till 35 000 kr med hänvisning till att hon har samma arbetsuppgifter som de två kollegor som tjänar mer.`, 'trade-union', 'salary'),
  d(`Hej, jag vill informera dig som chef att jag är transkvinna och påbörjar hormonbehandling nästa månad – jag kan behöva vara ledig för läkarbesök på Karolinska ungefär var sjätte vecka. /Mika`, 'sex-life', 'health'),
  d(`Beslut om avsked av Conny Wall: han har erkänt att han tagit pengar ur kassan på badhuset vid minst fem tillfällen och polisanmälan är gjord. Hans arbetsinsats har dessutom tidigare bedömts som bristfällig (se varningar från 2025).`, 'criminal-record', 'hr-assessment'),
  d(`Mejl från Oskar Sund: "Jag är ordförande i Kommunals sektion här och dessutom aktiv socialdemokrat, så jag kommer såklart kritisera nedskärningarna på insändarsidan." Han undrade om han får skriva det med sin titel.`, 'trade-union', 'political-opinion'),
  d(`Hemtjänstbeslut för Majken Lund utökas till 4 besök/dag efter att hon fått diagnosen Alzheimers sjukdom. Hon har nu svårt att ta sina mediciner själv.`, 'social', 'health'),
  // ---------------------------------------------------------------- general negatives (ordinary mail with numbers)
  d(`Hej, bifogar faktura 2026-0412 från Lindahls Städ AB på 18 750 kr exkl. moms för mars. Attestera gärna senast fredag. /Ekonomi`),
  d(`Mötet om nya förskolan flyttas till tisdag 14 maj kl 13.30–15.00 i rum Lärkan, plan 2.`),
  d(`Hi all, the printer on floor 4 is out of toner again. I've ordered 6 cartridges (order no. 88312), they should arrive Thursday.`),
  d(`Beställning: 40 st stolar modell Kvist, 12 bord 160x80, leverans till Hagaskolan, Skolvägen 3. Referens: Jörgen Alm, 070-123 45 67.`),
  d(`Ring mig gärna på 08-555 123 40 om du har frågor om bygglovet för Tallvägen 12.`),
  d(`Tack för senast! Nästa nätverksträff för skolbibliotekarier blir 3 oktober 9–12 på stadsbiblioteket. Fika finns.`),
  d(`Påminnelse: Sista dag att rapportera tid för oktober är den 3 november. Frågor till lönesupporten, ankn. 4410.`),
  d(`Hej Göran,
Vi har fått offerten från Nordkyl på ny kylanläggning till köket på Ekbacken: 214 000 kr inkl. installation. Jag tycker det ser rimligt ut jämfört med förra året.
Hör av dig,
Lisa, fastighet`),
  d(`Please find attached the minutes from the steering group meeting on 12 March. Next meeting: 9 April, 10:00, Teams.`),
  d(`The water will be shut off at Storgatan 20–28 on Wednesday 8:00–12:00 for pipe work. Please notify the tenants.`),
  d(`Could someone take 4B on the bus to the swimming hall on Thursday? Leaves school at 9:15, back around 11:45.`),
  d(`Ordernummer 445-2291 är levererat till reception, 3 kartonger kopieringspapper A4, 80 g.`),
  d(`Hi Maria, the conference room for the county meeting is booked: Room Alpha, 22 Nov, 9–16, lunch for 18 people at 12:00.`),
  d(`Fakturan från Telia (nr 77210088) avser mobilabonnemang för 62 anknytningar, totalt 9 412 kr. Kontering 6212, kst 3100.`),
  d(`Hej alla, julbordet blir 12 december kl 18 på Stadshotellet. Anmälan senast 20 november till Kerstin. Egenavgift 150 kr.`),
  d(`Snöröjningen har prioriterat gång- och cykelvägar kring skolorna i natt. Nästa tur börjar kl 04.00 om det fortsätter snöa.`),
  d(`Fw: Leverans försenad
Leverantören meddelar att de 25 nya datorerna till Vallaskolan blir försenade till vecka 37. Inget vi kan göra åt det.`),
  d(`Budgetuppföljning april: förvaltningen ligger på 34 % förbrukat av årsbudgeten, vilket är i linje med prognos.`),
  d(`Hej, här kommer nya telefonlistan för växeln. Kundtjänst 0491-76 000, felanmälan fastighet 0491-76 050, IT-support 0491-76 400.`),
  d(`Could you check whether invoice 1200384 from Bergs Bygg has been paid? They sent a reminder with a 60 SEK fee.`),
  d(`Mötesanteckningar APT 6/3: 1. Nytt larmsystem i höst. 2. Semesterlistan ska in senast 31/3. 3. Fikat flyttas till onsdagar.`),
  d(`Booking confirmed: minibus ABC 123, Tuesday 07:00–17:00, collect from the garage at Industrigatan 4.`),
  d(`Hej! Jag sitter i möte till 15, ringer dig sen. /Anna`),
  d(`Offentlig upphandling av skolmåltider, dnr 2026/145: sista dag för anbud är 30 april kl 23.59.`),
  d(`The new parking permits cost 450 SEK/month from January. Apply via the e-service before 15 December.`),
  d(`Rum 2104 är reserverat för intervjuer hela torsdagen, 8.30–16.30. Kaffe beställt till 10 och 14.`),
  d(`Hej Pelle, kan du skicka kartan över vattenledningarna i kvarteret Björken? Fastighetsbeteckning Björken 3:14.`),
  d(`The 2025 annual report has been published. The result was +12.4 MSEK, 3.1 MSEK better than budgeted.`),
  d(`Reminder: fire drill in the town hall on Wednesday at 10:15. Assembly point: parking lot B.`),
  d(`Hej, vi behöver 3 extra tolkar till informationsmötet om nya bostadsområdet den 18 juni kl 18. Språk: arabiska, somaliska, engelska.`),
  d(`Reparation av hiss 2 på Solbacka äldreboende, arbetsorder 90117. Tekniker på plats måndag 7–15. Använd hiss 1 så länge.`),
  d(`Version 4.2.1 of the case management system will be installed overnight on Friday, 22:00–02:00. The system will be unavailable during that window.`),
  d(`Vi har fått 48 anmälningar till sommarlovsaktiviteterna, 12 platser kvar på kanotturen 8 juli.`),
  d(`Hej! Kommer du ihåg vad vi sa om trycket av broschyrerna? Det var väl 2 000 ex på 100 g papper, leverans v. 19?`),
  d(`Thanks for the quote. We'd like 15 licences at 1 200 SEK each, billed annually. PO number will follow.`),
  d(`Kallelse: Byggnadsnämndens arbetsutskott, 7 maj kl 8.30, sammanträdesrum Eken. Ärendelista bifogas.`),
  d(`Kollektivtrafiken ändrar linje 4 från 11 augusti: hållplatsen vid vårdcentralen flyttas 150 m norrut.`),
];
