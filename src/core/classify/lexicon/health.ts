import type { Lexicon } from './lexicon.js';

/** Health data (GDPR art. 9, IMY): diagnoses, sick leave, care, medication, capacity for work. */
export const health: Lexicon = {
  type: 'health',
  strong: [
    'sjukskriv*', 'sjukfrånvar*', 'sjukanmäl*', 'sjukledig*', 'sjukpenning*', 'rehabiliteringsplan*', 'rehabiliteringsutredning*',
    'diagnos*', 'diagnostiser*', 'icd-10', 'gravid*', 'graviditet*', 'läkarbesök*', 'läkarintyg*', 'sjukintyg*',
    'vård- och behandlingsplan*', 'vårdplan*', 'behandlingsplan*', 'arbetsförmåg*', 'nedsatt arbetsförmåga',
    'depression*', 'deprimerad*', 'utmattningssyndrom*', 'utbränd*', 'utbrändhet*', 'ångestsyndrom*', 'panikångest*',
    'adhd', 'autism*', 'asperger*', 'bipolär*', 'schizofreni*', 'psykos*', 'psykisk ohälsa', 'psykiatri*',
    'cancer*', 'tumör*', 'cellgift*', 'strålbehandling*', 'diabet*', 'epilepsi*', 'hiv', 'hepatit*', 'stroke',
    'hjärtinfarkt*', 'ms-sjuk*', 'reumati*', 'opererad*', 'missfall*', 'abort*', 'fertilitetsbehandling*',
    'journalanteckning*', 'patientjournal*', 'antidepressiv*', 'sertralin*', 'insulin*', 'ordinerad*',
    '[a-tv-z]\\d{2}\\.\\d{1,2}(?![\\d.])', 'sick leave', 'on sick', 'diagnosed*', 'diagnosis', 'pregnan*', 'medical certificate*',
    'treatment plan*', 'work capacity', 'medication*', 'prescribed*', 'antidepressant*',
    'könsbekräftande vård*', 'könsbekräftande behandling*', 'är sjuk', 'blivit sjuk', 'sjuk i dag', 'sjuk idag', 'is sick', 'is ill',
    'utmattning', 'bröstcancer*', 'prostatacancer*', 'lungcancer*', 'hudcancer*', 'tarmcancer*', 'blodcancer*', 'leukemi*', 'hjärnblödning*', 'blodpropp*', 'ätstörning*', 'anorexi*', 'bulimi*', 'självskad*', 'suicid*', 'självmordsförsök*', 'ångest', 'ptsd', 'dyslexi*', 'hörselnedsättning*', 'synnedsättning*', 'kemoterapi*', 'cytostatika*', 'cellgiftsbehandling*', 'dialys*', 'hjärnskakning*', 'lunginflammation*', 'benbrott*', 'fraktur*', 'chemotherapy', 'radiotherapy', 'cancer treatment', 'cystisk fibros', 'astma*', 'migrän*', 'celiaki', 'alzheimer*', 'demens*', 'parkinson*', 'covid-19',
  ],
  weak: [
    'remiss', 'operation*', 'sjuk*', 'medicin*', 'läkemedel*', 'behandling*', 'vårdcentral*', 'läkare*', 'sjukhus*', 'akuten', 'mottagning*',
    'terapi*', 'psykolog*', 'kurator*', 'företagshälsovård*', 'rehabilitering*', 'symtom*', 'besvär*', 'smärt*', 'ont i',
    'infektion*', 'feber*', 'förkyl*', 'influensa*', 'magsjuk*', 'allergi*', 'illness', 'doctor*', 'hospital*', 'therapy', 'symptom*',
  ],
};
