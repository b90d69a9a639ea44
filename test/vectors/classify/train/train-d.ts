/**
 * Training set D for the sensitive-category classifier (issue 5): short and medium messages as people
 * really type them (chat style, abbreviations, typos, emoji, quoted replies, code-switching), indirect
 * and euphemistic disclosures, and hard negatives using the same words harmlessly. Names and numbers
 * are invented; no personnummer.
 */
import type { CategoryType } from '../../../../src/core/classify/types.js';
import type { LabelledDocument } from '../category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const TRAIN_D: readonly LabelledDocument[] = [
  // ── health ──
  d('han har varit dålig i magen sen operationen, tror inte han kommer in imorgon heller', 'health'),
  d('hon är hemma med barnen pga sin utbrändhet, så ring inte henne om jobbgrejer', 'health'),
  d('är det ok att jag skriver att hon har epilepsi i remissen?', 'health'),
  d('> kommer Jonas på mötet?\nnej han ligger inne på Sahlgrenska sen i söndags 😕', 'health'),
  d('fyi Maja är gravid, v. 14, hon vill inte att det sprids än', 'health'),
  d('btw Sven har fått ny dos på sin insulin så han kan behöva äta lite oftare på passet', 'health'),
  d('Just a heads up – Petra is off for the rest of the week, she had a miscarriage on Sunday. Please be kind.', 'health'),
  d("he's back on 50% from monday, doc says his back needs another 4 weeks before full time", 'health'),
  d('Lina kör halvtid nu, hon har fått diagnos på sin MS i våras och orkar inte mer just nu', 'health'),
  d('ang Kent: han har ju sin alkoholproblematik och går på Antabus, chefen vet', 'health'),
  d('Hi Tom, just so you know, I have a hearing impairment in my left ear – could you sit on my right side at the workshop?', 'health'),
  d('pappa har fått demens och jag måste följa med honom till minnesmottagningen tors, tar flex', 'health'),
  d('Elsa har fått sin andra panikattack den här veckan på jobbet, vi får prata med FHV asap', 'health'),
  d('Quick q: can I put in the incident report that Mr Adeyemi is on blood thinners? Nurse said he bruises easily.', 'health'),
  d('hon har haft långcovid sen 2023 och arbetsförmågan är fortfarande nedsatt enl senaste intyget', 'health'),
  // health — negatives
  d('epilepsi-utbildningen flyttas till sal B, samma tid'),
  d('Reminder: flu jabs for staff in the staff room Thursday 9–11, no booking needed 💉'),
  d('vem har koll på hur man registrerar sjukfrånvaro i nya Heroma? hittar inte knappen'),
  d('The new rehab guidelines are on the intranet, managers please read before the Q2 review.'),
  d('ska vi ha fika efter utbildningen om psykisk ohälsa? jag kan baka'),
  d('Hon jobbar som barnmorska på BB i Lund sedan i höstas.'),
  d('hur många sjukdagar hade förvaltningen totalt 2025? behöver siffran till årsredovisningen'),
  d('Sign up for the mental health first aid course here, max 20 places.'),

  // ── ethnic-origin ──
  d('familjen är romer och vill helst ha en handläggare som kan romani, går det att ordna?', 'ethnic-origin'),
  d('han är same och renskötare, så han är borta mycket under kalvmärkningen', 'ethnic-origin'),
  d('mamman är sverigefinne och vill ha samtalet på finska, tolk bokad', 'ethnic-origin'),
  d('fyi the new tenant in flat 3 is Kurdish from Syria, she asked if there is a Kurdish-speaking contact', 'ethnic-origin'),
  d('Eleven är tornedaling och har rätt till modersmål i meänkieli, kan du kolla schemat?', 'ethnic-origin'),
  d('hon sa att hon är judisk och att det är därför hon inte vill ha sitt namn på dörren', 'ethnic-origin'),
  d("Between us: the complaint says he was treated differently because he's Somali. We need to log that.", 'ethnic-origin'),
  d('pojken har eritreanskt ursprung, pappan kom hit 2014 enl utredningen', 'ethnic-origin'),
  d('ang anmälan: hon uppger att hon blev kallad "zigenare" av grannen och att hela släkten är resande', 'ethnic-origin'),
  d('Mr Lindqvist mentioned his family is Sámi from Jokkmokk and asked for the info leaflet in North Sámi.', 'ethnic-origin'),
  d('sökande är av afghansk härkomst (hazara) och har berättat om diskriminering i förra boendet', 'ethnic-origin'),
  d('Kan vi notera att patienten är rom? Hon vill att vi förstår varför hon inte litar på socialtjänsten.', 'ethnic-origin'),
  // ethnic-origin — negatives
  d('Samiska veckan: föreläsning om renskötsel i aulan fredag kl 13'),
  d('har vi material om nationella minoriteter på lätt svenska? till biblioteket'),
  d('The municipality is part of the Finnish administrative area since 2010.'),
  d('Tolk på somaliska behövs till mötet på onsdag, vem bokar?'),
  d('Statistiken om utrikes födda i kommunen är uppdaterad, se bilaga'),
  d('anyone know a good Eritrean restaurant near the office? team lunch friday 🍲'),

  // ── political-opinion ──
  d('lol visste du att Mattias sitter i fullmäktige för SD? såg honom på listan', 'political-opinion'),
  d('hon är aktiv i Vänsterpartiet och delade flygblad utanför skolan i lördags', 'political-opinion'),
  d('btw Helena röstade på Kristdemokraterna, hon sa det själv på festen', 'political-opinion'),
  d('Heads up: Jonas is a member of the Green Party and on the nominations committee, so he may want to recuse himself.', 'political-opinion'),
  d('han är ju moderat ut i fingerspetsarna, ingen idé att ta upp förslaget med honom 🙄', 'political-opinion'),
  d('medborgaren skriver i sitt mejl att han är medlem i Nordiska motståndsrörelsen, ska det diarieföras?', 'political-opinion'),
  d('Anna-Karin sitter för C i bygg- och miljönämnden, jäv?', 'political-opinion'),
  d("FYI Kevin told me he's a die-hard Labour voter and thinks our vendor choice is a privatisation scheme.", 'political-opinion'),
  d('pga hennes engagemang i Extinction Rebellion blev hon gripen på demon, det var i tidningen', 'political-opinion', 'criminal-record'),
  d('Ali är ordförande i SSU-klubben i stan, han vill låna lokalen till ett möte', 'political-opinion'),
  d('The applicant states in his cover letter that he campaigned for the Sweden Democrats in 2022.', 'political-opinion'),
  d('> vem är ny ersättare?\nLisbeth, hon är sosse sen 70-talet, sitter för S', 'political-opinion'),
  // political-opinion — negatives
  d('Valnämnden söker röstmottagare till valet 2026, anmälan senast 1 maj'),
  d('kan nån skicka protokollet från KF igår? punkt 7'),
  d('The party leaders debate is on SVT tonight, the canteen will show it.'),
  d('Kommunstyrelsens ordförande inviger nya badhuset på lördag'),
  d('policy: politiska symboler får inte bäras i tjänsten i receptionen'),
  d('Please do not discuss politics in the customer chat, see the communication guide.'),

  // ── religion ──
  d('hon kör ramadan i år, så lunchmötena funkar inte för henne, kan vi ta dem kl 9?', 'religion'),
  d('han är Jehovas vittne och vill inte vara med på julfesten, respektera det', 'religion'),
  d('Amir ber på fredagar kl 12:30, kan vi lägga in det i schemat?', 'religion'),
  d('FYI Rachel is observant Jewish, no meetings after sundown on Fridays please.', 'religion'),
  d('mamman är aktiv i pingstkyrkan och vill inte att dottern är med på sexualundervisningen', 'religion'),
  d('Erik konverterade till islam i fjol, han frågade om halal på personalfesten', 'religion'),
  d('The resident in room 12 is Catholic and asked for a priest before the weekend.', 'religion'),
  d('btw Sara är med i Livets Ord, hon sa det på AW:n, lite överraskande', 'religion'),
  d('eleven bär slöja av religiösa skäl och vill inte byta om med de andra på idrotten', 'religion'),
  d('ang familjen i 4B: de tillhör Laestadianerna och vill inte ha tv i lägenheten vid hembesöket', 'religion'),
  d("Heads up, Gurpreet is Sikh and won't remove his turban for the ID photo, we need the exemption form.", 'religion'),
  d('han har lämnat Svenska kyrkan och gått med i en buddhistisk församling, fråga mig inte varför', 'religion'),
  // religion — negatives
  d('Bönerummet på plan 2 är bokat för städning på tisdag'),
  d('Eid Mubarak till alla som firar 🌙 tårta i fikarummet kl 14!'),
  d('Does anyone know when Ramadan starts this year? planning the spring calendar'),
  d('Kyrkoavgiften syns på lönespecen som en egen rad, ingen fara'),
  d('Utbildning: religionsfrihet och bemötande i vården, 3 dec'),

  // ── trade-union ──
  d('hon är med i Kommunal och vill ha med sitt ombud på samtalet', 'trade-union'),
  d('Per är skyddsombud för Vision, skicka kallelsen till honom också', 'trade-union'),
  d('btw jag har gått med i Vårdförbundet nu, så facket får ta det här', 'trade-union'),
  d('FYI Lena is the Sveriges Lärare rep at Ekbacken and will attend the MBL meeting.', 'trade-union'),
  d('han gick ur Unionen förra året, så han har ingen facklig företrädare vid förhandlingen', 'trade-union'),
  d('> vem från facket kommer?\nMaria, hon är huvudskyddsombud för Kommunal', 'trade-union'),
  d('Can you check whether Ahmed is still a member of ST? He asked for union support in the rehab meeting.', 'trade-union', 'health'),
  d('Karin sitter i styrelsen för Akademikerförbundet SSR lokalt, hon vet allt om avtalet', 'trade-union'),
  d('jag är med i Lärarförbundet fortf, heter det Sveriges Lärare nu? ska jag kontakta dem om schemat?', 'trade-union'),
  d('Our new hire mentioned she is a member of Sveriges Ingenjörer and wants the collective agreement explained.', 'trade-union'),
  d('Ove har facklig tid tisdagar för Vision, så han kan inte ta passen då', 'trade-union'),
  d('ang uppsägningen: medarbetaren är medlem i Kommunal, vi måste varsla facket enl LAS', 'trade-union'),
  // trade-union — negatives
  d('Vision bjuder på frukost fredag i matsalen ☕'),
  d('Förhandlingsprotokollet från MBL 11 § ligger i mappen'),
  d('What is the difference between Unionen and Vision? asking for a new starter'),
  d('Kommunal har lokalt möte i B-huset kl 16, alla medlemmar välkomna'),
  d('The collective agreement HÖK 24 applies from 1 April.'),

  // ── genetic ──
  d('hon bär på BRCA1-mutationen, gentestet kom igår, de diskuterar förebyggande op', 'genetic', 'health'),
  d('han är anlagsbärare för cystisk fibros enl provet, så de vill göra fosterdiagnostik', 'genetic', 'health'),
  d('Johanssons har Huntington i släkten, och sonen har testat positivt', 'genetic', 'health'),
  d('FYI the DNA test confirmed that Mr Berg is the biological father, the paternity case can be closed.', 'genetic'),
  d('är det ok att skriva i journalen att pojken har fragil X enligt genetiska analysen?', 'genetic', 'health'),
  d('Test results: Emma is heterozygous for factor V Leiden, the family should be offered screening.', 'genetic', 'health'),
  d('mamman har berättat att hela hennes sida har Lynch syndrom och att dottern ska gentestas', 'genetic', 'health'),
  d('The genome sequencing for the baby in room 4 shows a de novo SCN1A variant.', 'genetic', 'health'),
  d('pappan vägrar faderskapstest, men DNA-analysen från morfadern visar släktskap', 'genetic'),
  d('hon skickade sitt 23andMe-resultat och ville att vi skulle veta att hon har APOE4 x2', 'genetic', 'health'),
  d('Kalle är bärare av hemokromatos-genen, syster också, enl genetiska mottagningen', 'genetic', 'health'),
  d('btw the genetic panel for Linnea came back: Marfan confirmed, cardiology next', 'genetic', 'health'),
  // genetic — negatives
  d('Webbinarium: genetisk screening i primärvården, 14 jan'),
  d('What does "anlagsbärare" mean in English? carrier?'),
  d('Forskningsprojektet om ärftlighet för diabetes söker deltagare, se affisch'),
  d('DNA-labbet byter leverantör av reagens från februari'),
];
