import type { Lexicon } from './lexicon.js';

/**
 * Health data (GDPR art. 9, IMY): diagnoses, sick leave, care, medication, capacity for work.
 *
 * Modelled on systematic sources rather than single mails: the frequent conditions of each ICD-10
 * chapter in Swedish lay and clinical names (1177 Vårdguiden's condition index is the model), the
 * most prescribed substances and their Swedish brand names (ATC groups N, C, A, R, J, H; FASS names),
 * care forms and treatments (slutenvård, KBT, dialys …). Conditions are strong terms: said near a
 * person they disclose health data; in a course or campaign the general-context penalty removes them.
 */
export const health: Lexicon = {
  type: 'health',
  strong: [
    // sick leave, certificates, capacity for work
    'sjukskriv*', 'sjukfrånvar(?![a-zåäö]* (?:i|inom|bland|för) (?:förvaltningen|kommunen|regionen|verksamheten|organisationen|hela|enheten|avdelningen|kvartal|oktober|november|december|januari|året|perioden)| (?:är|var) (?:högst|lägst)| längre än)(?![a-zåäöé]*[ :\n][^.\n]{0,70}\\d ?(?:%|procent))[a-zåäöé]*', 'sjukanmäl*', 'friskanmäl*', 'sjukledig*', 'sjukpenning*', 'sjuklön*', 'sjukdag(?![a-zåäö]* (?:hade|har) (?:förvaltningen|kommunen|regionen|verksamheten))[a-zåäöé]*', 'rehabiliteringsplan*', 'rehabiliteringsutredning*', 'rehabiliteringsmöte*',
    'diagnos(?!tik|tic)[a-zåäöé]*', 'diagnostiser*', 'icd-10(?!-kod)', 'gravid(?!a som)[a-zåäöé]*', 'graviditet*', 'läkarbesök*', 'läkarintyg(?![a-zåäö]* (?:vid|från dag|ska lämnas|för sjukpenning|kan krävas))[a-zåäöé]*', 'sjukintyg*', 'arbetsförmåg*', 'nedsatt arbetsförmåga', 'arbetsskada*', 'arbetsolycka*',
    'vård- och behandlingsplan*', 'vårdplan*', 'behandlingsplan*', 'patientjournal*', 'ordinerad*', 'är sjuk', 'blivit sjuk', 'väntar barn', 'beräknad förlossning', 'förlossningen', 'mammaledig* efter förlossning*', 'sjuk i dag', 'sjuk idag', 'insjuknade', 'insjuknat',
    // ICD-10 codes
    '[a-tv-z]\\d{2}\\.\\d{1,2}(?![\\d.])',
    // A–B infections
    'hiv', 'hepatit*', 'tuberkulos*', 'borrelia*', 'sepsis', 'blodförgiftning*', 'covid-19', 'bältros', 'mässling*', 'kikhosta*', 'påssjuka*', 'vattkoppor*',
    // C–D tumours, blood
    'cancer*', 'tumör*', 'cellgift*', 'strålbehandling*', 'kemoterapi*', 'cytostatika*', 'leukemi*', 'lymfom*', 'melanom*', 'myelom*', 'sarkom*', 'metastas*', 'anemi*', 'blodbrist*',
    // E endocrine
    'diabet*', 'hypotyreos*', 'hypertyreos*', 'celiaki', 'laktosintolerans', 'fetma', 'obesitas',
    // F mental and behavioural, neurodevelopmental
    'depression*', 'deprimerad*', 'utmattningssyndrom*', 'utmattningsdepression*', 'utbränd*', 'utbrändhet*', 'utmattning', 'ångestsyndrom*', 'panikångest*', 'ångest', 'ångestattack*', 'panikattack*',
    'adhd', 'autism*', 'asperger*', 'tourette*', 'tvångssyndrom*', 'ocd', 'bipolär*', 'schizofren*', 'psykos*', 'psykotisk*', 'psykiskt sjuk*', 'psykisk sjukdom*', 
    'personlighetsstörning*', 'borderline', 'ätstörning*', 'anorexi*', 'bulimi*', 'självskad*', 'suicid*', 'självmordsförsök*', 'självmordstankar*', 'ptsd', 'posttraumatisk*', 'krisreaktion*',
    'dyslexi*', 'dyskalkyli*', 'språkstörning*', 'intellektuell funktionsnedsättning', 'utvecklingsstörning*', 'npf', 'neuropsykiatrisk*', 'funktionsnedsättning*', 'funktionsvariation*',
    'alkoholberoende', 'spelberoende', 'drogberoende', 'beroendesjukdom*', 'demens(?!vård|boende|avdelning|enhet|team|sjuksköt)[a-zåäöé]*', 'alzheimer*',
    // G nervous system
    'epilepsi*', 'epileptisk*', 'migrän*', 'multipel skleros', 'ms-sjuk*', 'parkinson*', 'neuropati*', 'sömnapné*', 'narkolepsi*', 'cp-skad*', 'hjärnskakning*', 'hjärnblödning*', 'hjärntumör*',
    // H eye and ear
    'hörselnedsättning*', 'synnedsättning*', 'tinnitus', 'grå starr', 'glaukom*', 'synskadad*', 'hörselskadad*',
    // I circulation
    'stroke(?:n|ns)?', 'hjärtinfarkt*', 'infarkt*', 'hjärtsvikt*', 'förmaksflimmer', 'kärlkramp*', 'högt blodtryck', 'hypertoni*', 'blodpropp*', 'hjärtfel*', 'pacemaker*',
    // J respiratory
    'astma*', 'lunginflammation*', 'bronkit*', 'kronisk obstruktiv lungsjukdom',
    // K digestive
    'crohn*', 'ulcerös kolit', 'magsår*', 'gallsten*', 'blindtarmsinflammation*',
    // L–M skin, musculoskeletal
    'psoriasis', 'eksem*', 'reumati*', 'ledgångsreumati*', 'artros*', 'fibromyalgi*', 'diskbråck*', 'ischias', 'ryggskott*', 'osteoporos*', 'benskörhet*', 'whiplash*',
    // N–O genitourinary, pregnancy
    'njursvikt*', 'njursten*', 'endometrios*', 'missfall*', 'abort*', 'fertilitetsbehandling*', 'ivf-behandling*', 'havandeskapsförgiftning*', 'foglossning*', 'förlossningsdepression*', 'kejsarsnitt*',
    // Q–T congenital, injuries
    'downs syndrom', 'benbrott*', 'fraktur*', 'brutit (?:armen|benet|handleden|foten|fotleden|höften|nyckelbenet|revbenet|ett revben|tån|fingret|näsan|käken|lårbenet|armbågen|ryggen|nacken)',
    'bröt (?:armen|benet|handleden|foten|fotleden|höften|nyckelbenet|lårbenet|armbågen)', 'stukat*', 'korsband*', 'brännskad*', 'cystisk fibros',
    // treatment, care forms, medication
    'antidepressiv*', 'sertralin*', 'insulin*', 'fluoxetin*', 'citalopram*', 'escitalopram*', 'cipralex', 'zoloft', 'venlafaxin*', 'mirtazapin*', 'metformin*', 'levaxin', 'waran', 'eliquis', 'trombyl',
    'atorvastatin*', 'simvastatin*', 'metoprolol*', 'seloken', 'enalapril*', 'amlodipin*', 'prednisolon*', 'kortison*', 'concerta', 'ritalin', 'elvanse', 'metylfenidat*', 'lisdexamfetamin*',
    'melatonin*', 'propavan', 'imovane', 'zopiklon*', 'stesolid', 'diazepam*', 'oxascand', 'sobril', 'atarax', 'lyrica', 'pregabalin*', 'gabapentin*', 'litium*', 'lamotrigin*', 'lamictal',
    'keppra', 'levetiracetam*', 'quetiapin*', 'seroquel', 'olanzapin*', 'risperidon*', 'aripiprazol*', 'abilify', 'metadon*', 'subutex', 'buprenorfin*', 'antabus', 'naltrexon*', 'oxikodon*', 'oxycontin',
    'tramadol*', 'morfin*', 'kodein*', 'citodon', 'ozempic', 'wegovy', 'sömnmedel*', 'sömntablett*', 'lugnande medel', 'antipsykotisk*', 'neuroleptika*', 'betablockerare', 'blodförtunnande', 'blodtrycksmedicin*',
    'antibiotika*', 'penicillin*', 'kåvepenin', 'halsfluss*', 'lunginflammation*', 'öroninflammation*', 'inhalator*', 'dialys*', 'kbt-behandling*', 'psykoterapi*', 'samtalsterapi*', 'slutenvård*', 'intensivvård*', 'hospice', 'inlagd på', 'inlagd(?![a-zåäöé]* (?:i|senast|förutom|till|av|och)\\b)(?![a-zåäöé]*:)[a-zåäöé]*', 'biopsi*', 'operation av', 'opererad*', 'opererades', 'opereras',
    'könsbekräftande vård*', 'könsbekräftande behandling*',
    // hereditary and chromosomal conditions named in genetic-test results (also health data)
    'huntington*', 'lynch*', 'fragil x', 'fragilt x', 'fragile x', 'marfan*', 'hemokromatos*', 'haemochromatosis', 'hemochromatosis', 'thalassemi*', 'thalassaemi*', 'talassemi*',
    'faktor v leiden', 'factor v leiden', 'hyperkolesterolemi*', 'hypercholesterol*', 'duchenne*', 'muskeldystrofi*', 'muscular dystrophy', 'williams syndrom', 'trisomi*', 'trisomy',
    'polycystisk*', 'polycystic', 'ehlers-danlos', 'blödarsjuk*', 'hemofili*', 'haemophilia', 'hemophilia', 'sicklecellanemi*', 'sickle cell disease', 'fenylketonuri', 'spinal muskelatrofi',
    'high cholesterol', 'högt kolesterol', 'blodtransfusion*', 'blood transfusion*', 'hip fracture', 'spinal cord injury', 'after (?:the|his|her|my) operation', 'starting treatment for', 'skada på (?:höften|knät|foten|armen|handen|ryggen|axeln|huvudet|benet)', '(?:knä|höft|höftleds|rygg|hjärt|axel|bråck|gallstens|blindtarms|menisk|korsbands|ögon|starr|bröst|tarm)operation*', 'dricker för mycket', '(?:svårt|svårare) att (?:svälja|andas)', '(?:skolhälsovårds|elevhälso)journal*', 'rehabplan*', 'frånvarotyp: sjuk', 'rehab meeting*', 'rehabmöte*', 'rehabsamtal*',
    'cystic fibrosis', 'long qt', 'långt qt', 'downs? syndrome', 'testa(?:t|de|ts) positiv*', 'tested positive',
    // stays, births, operations, injuries said about someone
    'ligger inne', 'låg inne', 'lagts in (?:på|för|akut|igen|över)', 'lades in (?:på|för|akut|igen|över)', '(?:är|ligger|låg|åkte in|åkt in|kom in) på bb', 'har fött', 'fött (?:en|ett|barn)', 'födde (?:en|ett)', 'nedkom*', 'gave birth', 'opererat*', 'operera bort', 'opererat bort', 'genomgått en operation', 'had (?:an )?operation',
    'hemma med (?:ryggen|magen|nacken|knät|foten|huvudvärk|halsont|feber|förkylning|influensa|maginfluensa|magsjuka|covid|migrän)', 'dålig i magen', 'ont i (?:ryggen|magen|huvudet|bröstet|knät|nacken)',
    'allergisk mot', 'anafylaxi*', 'anaphyla*', 'epipen*', 'adrenalinpenna*', 'bensår*', 'trycksår*', 'svårläkt*', 'hudtillstånd*', 'gipsad*', 'har gips', 'kryckor', 'on crutches', 'in a cast', 'fractured', 'sprained',
    // mental health, dependence, disability said about someone
    'psykiska? mående*', 'psykiska? hälsa(?:n)? har', 'nedstämd*', 'sömnproblem*', 'sömnsvårighet*', 'stressrelaterad*', 'aa-möte*', 'anonyma alkoholister',
    '(?:sin|hans|hennes|min|din) ms', 'rullstolsburen', '(?:sitter i|använder|uses a|in a) (?:rullstol|elrullstol|rullator|wheelchair|walker)', 'hörapparat*', 'hearing aid*', 'hearing impairment', 'hearing loss', 'visual impairment', 'visually impaired',
    // injuries, examinations, infections and bodily problems said about someone
    'skar sig', 'skurit sig', 'stygn', 'vrickade', 'vrickat', 'stukning*', 'tennisarmbåge*', 'amputation*', 'amputerad*', 'leg ulcer*', 'gastroskopi*', 'koloskopi*', 'klamydia', 'gonorré*', 'syfilis', 'herpes*',
    '(?:problem|besvär|känning) med (?:hjärtat|magen|ryggen|knät|knäna|axeln|axlarna|nacken|höften|hörseln|synen|lungorna|njurarna|sömnen|psyket|huvudet|balansen|minnet)', '(?:synen|hörseln|min syn|min hörsel|hans syn|hennes syn|hans hörsel|hennes hörsel) (?:har )?(?:blivit (?:mycket |allt )?sämre|försämrats)',
    'har ms(?! teams| office| word| excel| outlook| forms)', 'fått ms', 'diagnosen ms', 'har als', 'diagnosen als', '(?:sin|hans|hennes|min) kol', 'syrgas', 'insulinpump*', 'hörhjälpmedel*', 'förstadagsintyg*', 'sväljsvårighet*', 'undernäring*', 'nedsatt rörlighet',
    'är med barn', 'journalanteckning(?:en)?(?:,|:| [a-zåäö]{3,25}:)', 'palliativt skede', 'palliativa teamet (?:är|har)', 'väntar (?:vårt|mitt|sitt|hennes|deras|ett|sitt) (?:första |andra |tredje |fjärde )?barn', '(?:is|are|i am|i\'m|she\'s) expecting (?:a baby|twins|our|their|her)', 'alcohol (?:dependence|addiction)', 'drug (?:dependence|addiction)', '(?:outpatient|inpatient) treatment', 'pressure (?:ulcer|sore)s?', 'glandular fever', 'körtelfeber', 'klinefelter*', 'epikris*', 'går på aa', 'cut (?:his|her|my|their) (?:finger|index finger|thumb|hand)', 'svårt att svälja', 'könsdysfori*', 'gender dysphoria', 'deaf in', 'is deaf', 'hard of hearing', 'coeliac disease', 'celiac disease', 'allergic to', 'back pain', '(?:sitt|hans|hennes|mitt|ditt) mående', 'psykiska besvär', 'psykiskt dåligt',
    // medication and care said about someone
    'oxynorm', 'oxycodone', 'blood thinner*', 'chest pain*', 'chemo', 'panic attack*', 'anxiety attack*', 'signed off (?:with|for|sick)', 'called in sick', 'calling in sick', 'home sick', 'stress leave', 'burnt out', 'burned out', 'mental breakdown',
    // English
    'sick leave(?! (?:process|form|policy|routine|rules|statistics|rate|figures|reporting|in the|was \\d|is \\d|\\d))', 'on sick', 'sick note', 'diagnosed*', 'diagnosis', 'pregnan*', 'treatment plans?', 'work capacity', '(?:his|her|my|their|on|new|the) medications?(?! (?:routine|cabinet|error|round|list|trolley|handling|room))', 'prescribed*', 'antidepressant*',
    'is sick', 'is ill', 'off sick', 'off work (?:with|due to|because of)', 'is expecting a baby', 'pneumonia', 'influenza', 'the flu', 'asthma', 'migraine*', 'epilepsy', 'heart attack', 'concussion', 'burnout', 'burn-out', 'dyslexia', 'autism', 'cancer', 'diabetes', 'broken (?:arm|leg|wrist|ankle|hip)', 'chemotherapy', 'radiotherapy', 'cancer treatment', 'depressed', 'anxiety', 'diabetic', 'epileptic', 'broke (?:his|her|their) (?:arm|leg|wrist|ankle|hip)', 'surgery', 'miscarriage', 'hospitali[sz]ed',
  ],
  weak: [
    'remiss', 'operation*', 'sjuk(?!sköt|gymnast)[a-zåäöé]*', 'medicin(?!skåp|rum|vagn|förråd|sk )[a-zåäöé]*', 'läkemedel(?!s(?:rum|förråd|skåp|vagn|hantering|genomgång|listor))[a-zåäöé]*', 'behandling*', 'sjukhus*', 'akuten', 'akutmottagning*', 'terapi*', 'kbt', 'företagshälsovård*', 'rehabilitering*', 'rehab',
    'symtom*', 'besvär*', 'smärt*', 'ont i', 'värk*', 'infektion*', 'feber*', 'förkyl*', 'influensa*', 'magsjuk*', 'allergi*', 'allergisk*', 'blodprov*', 'provsvar*', 'röntgen*', 'magnetkamera*',
    'vaccin*', 'tablett*', 'recept(?!ion)[a-zåäöé]*', 'kol', 'ibs', 'illness', 'hospital*', 'therapy', 'symptom*', 'injury', 'injured',
    // everyday health talk: needs a person or other hits nearby
    'psyket', 'hälsotillstånd*', 'psychiatrist*', 'mående', 'döv*', 'skov', 'covid', 'corona', 'positivt test', 'hörsel*', 'elrullstol*', 'rullator*', 'förband', 'wound*', 'physio*', 'allergy', 'korttidsfrånvaro*', 'inte (?:riktigt )?frisk', 'ultraljud*', 'ambulans*', 'tid hos (?:vårdcentralen|läkaren|läkare|psykologen|sjukgymnasten|fysioterapeuten|barnmorskan|tandläkaren)',
    'mår (?:rätt |lite |väldigt |så )?(?:dåligt|illa)', 'mår inte bra', 'mått (?:dåligt|illa)', 'psykisk hälsa', 'psykisk ohälsa', 'psykiatri*', 'journalanteckning*', 'palliativ*', 'medical certificate*', 'medication*', 'utmattad*', 'rullstol*', 'wheelchair', 'ordination*', 'alvedon', 'panodil', 'ipren', 'paracetamol', 'ibuprofen', 'meds', 'unwell', 'mental health', 'återbesök*', 'kontroller',
  ],
  // A profession with its workplace ("sjuksköterska på akuten", "läkare vid psykiatrin") is one context hit: the workplace is no care of the person.
  context: [
    'ute på remiss', 'skickas på remiss', 'skickats på remiss',
    '(?:sjuksköt|distriktssköt|specialistsjuksköt|undersköt|läkare|överläkare|barnmorsk|psykolog|kurator|fysioterapeut|arbetsterapeut|sjukgymnast)[a-zåäö]* (?:på|vid|inom|i) (?:en |ett |den |det )?[a-zåäö-]{2,30}',
    'sjuksköt*', 'distriktssköt*', 'vårdcentral*', 'läkare*', 'mottagning*', 'psykolog*', 'kurator*', 'barnmorska*', 'sjukgymnast*', 'fysioterapeut*', 'arbetsterapeut*', 'doctor*', 'nurse*'],
  // Compound heads: höft|fraktur, lung|cancern, långtids|sjukskriven, rygg|smärtor, nöt|allergi.
  strongHeads: [
    'cancer', 'tumör', 'fraktur', 'infarkt', 'diabetes', 'sjukskriv', 'sjukskrivning', 'sjukskriven', 'sjukdom -folk -växt -träd -köns', 'depression -ekonomi -låg', 'ångest', 'syndrom', 'psykos',
    'astma', 'epilepsi', 'migrän', 'demens', 'skleros', 'artros', 'artrit', 'hepatit', 'inflammation', 'blödning', 'propp', 'allergi', 'eksem', 'diagnos -fel -behovs -verksamhets -läges -nuläges -problem -omvärlds -system',
    'opererad', 'smärt', 'värk', 'svikt -betalnings -system -leverans -kontroll -intäkts -förtroende', 'ohälsa -organisatorisk -organisations', 'missfall',
  ],
  weakHeads: [
    'skada -vatten -fukt -frost -brand -storm -sak -egendom -bil -glas -lack -miljö -mögel -röt -hagel -skog -vind -trafik -data -frät -slitage -fordons -ytter -skades -kross -lagring -inbrotts -ekonomi -ansvars',
    'besvär', 'infektion -dator -system', 'mottagning -varu -gods -post -leverans -paket -order', 'läkare', 'medicin -idrotts -natur -rätts', 'behandling -uppgifts -data -ärende -ärendes -ansöknings -faktura -klagomåls -ytbe -yt -värme -ansökans -information',
    'vård -kund -bil -båt -park -trafik -sjuk -land -hem -barna -om -kriminal -fri -social', 'tablett', 'operation -militär -polis -rädd -special', 'undersökning -marknads -enkät -medarbetar -kund -mark -ut -förunder',
  ],
};
