import type { Lexicon } from './lexicon.js';

/** Genetic data (GDPR art. 9): test results, carrier status, hereditary disease in a family, DNA analysis of a person. */
export const genetic: Lexicon = {
  type: 'genetic',
  strong: [
    // tests and analyses (plural forms are topics: "DNA-tester", "genetiska undersökningar i vården")
    'gentest(?!er)[a-zåäö]*', 'prediktiv* test*', 'syskonanalys*', 'släktforsknings-dna*', 'karyotyp*', 'karyotype', 'genetic work-up', 'parents are (?:both )?carriers', 'föräldrarna är (?:båda )?bärare', '(?:sjukdomen|syndromet|mutationen|anlaget|genen) (?:finns|går) i (?:familjen|släkten)', 'dna-test(?!er)[a-zåäö]*', 'dna-analys*', 'genetiska? undersökning(?!ar)[a-zåäö]*', 'genetiska? utredning*', 'genetiska? (?:analys|provsvar|kartläggning)[a-zåäö]*', 'släktutredning*', 'faderskapsutredning*', 'faderskapstest*',
    'dna-prov(?!er)[a-zåäö]*', 'dna-jämförelse*', 'kromosomanalys*', 'kromosomavvikelse*', 'genotypning*', 'farmakogenetisk*', 'exomsekvensering*', 'helgenomsekvensering*', 'genpanel*', 'nipt', 'fosterdiagnostik*', 'bärartest*',
    '23andme*', 'myheritage*', 'ancestry dna', 'ancestrydna', 'dna ancestry', 'genealogy dna',
    // carrier status and variants
    'anlag för', 'anlagsbär*', 'bärarskap*', 'ärftlig sjukdom*', 'brca*', 'genmutation*', 'bärare av (?:en |ett )?(?:gen|anlag|mutation)[a-zåäö]*',
    'bär på (?:en |ett )?(?:gen|anlag|mutation)[a-zåäö]*', 'bär (?:inte )?(?:samma |en |på en |familjens )?(?:variant|mutation)[a-zåäö]*', 'ärv(?:t|de|er) (?:anlag|mutation|gen|pappans|mammans|faderns|moderns)[a-zåäö]*',
    'heterozygo*', 'homozygo*', 'de novo', 'patogen variant*', 'pathogenic variant*', 'apoe4', 'cyp2d6', 'genetisk risk', 'genetiskt test*', 'biologisk (?:far|mor|förälder|pappa|mamma|dotter|son)',
    'carrier of', 'carr(?:y|ies) the (?:same )?(?:[a-z0-9]{2,8} )?(?:variant|mutation|gene)', 'carrier screening', 'carrier status', 'sickle cell trait', 'thalassaemia trait', 'inherited (?:the |a )?(?:gene|mutation|variant)',
    'genetic test(?!ing)[a-z]*', 'genetic screening', 'genetic panel', 'pharmacogenetic*', 'chromosomal', 'genome sequenc*', 'exome', 'sequencing results', 'dna test(?!ing|s)[a-z]*', 'dna (?:comparison|sample)', 'dna analysis (?:of|showed|shows|confirmed)', 'paternity (?:test|dna)[a-z]*', 'biological (?:father|mother|parent)',
  ],
  weak: ['mutation*', 'anlag', 'dna(?!-profil| profil|-regist| regist| swab)', 'genetisk*', 'ärftlig*', 'arvsanlag*', 'gener', 'genetic*', 'hereditary', 'variant', 'bärare av', 'bärare', 'faderskap*', 'paternity', 'enäggstvilling*', 'i släkten', 'huntingtons sjukdom', 'klinisk genetik', 'finns i familjen'],
  // BRCA1-|mutation, gen|mutationen
  strongHeads: ['mutation -virus'],
};
