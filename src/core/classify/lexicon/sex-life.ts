import type { Lexicon } from './lexicon.js';

/** What people do with a partner of the same sex when told with a gendered pronoun ("han är gift med en man"). */
const TOGETHER =
  'är sambo med|blev sambo med|är förlovad med|är gift med|har gift sig med|ska gifta sig med|lever med|bor med|bor ihop med|har flyttat ihop med|dejtar|är ihop med|är tillsammans med|är kär i|har blivit kär i|är förälskad i|har en relation med|lämnat familjen för|har lämnat familjen för';
const TOGETHER_EN = 'has lived with|has been living with|lived with|is married to|got married to|lives with|is living with|is dating|has been dating|is seeing|is in a relationship with|is engaged to|left (?:his|her) family for';

/** Sex life or sexual orientation (GDPR art. 9). */
export const sexLife: Lexicon = {
  type: 'sex-life',
  strong: [
    // a partner of the same sex, shown by the pronouns ("hans man", "hennes fru", "his husband", "två mammor")
    '(?:hans|his) (?:man|make|pojkvän|husband|boyfriend)(?!-)', '(?:hennes|her) (?:fru|hustru|maka|flickvän|wife|girlfriend)', '(?:hennes|hans|sina|deras|elevens|barnets|barnens|pojkens|flickans) två (?:mammor|pappor)', '(?:her|his|their) two (?:mums|moms|mothers|dads|fathers)', 'regnbågsfamilj', 'regnbågsfamiljen',
    `han (?:${TOGETHER}) en (?:annan )?(?:man|kille|pojke)`, `hon (?:${TOGETHER}) en (?:annan )?(?:kvinna|tjej|flicka)`, 'han (?:träffar|har träffat) en (?:kille|pojkvän)', 'hon (?:träffar|har träffat) en (?:tjej|flickvän)', `he (?:${TOGETHER_EN}) (?:a|another) (?:man|guy|boy)`, `she (?:${TOGETHER_EN}) (?:a|another) (?:woman|girl)`,
    '(?:is|was) married to a (?:man|guy|woman)', '(?:han|he) (?:har|has) (?:en |a )?(?:manlig|male) partner', '(?:hon|she) (?:har|has) (?:en |a )?(?:kvinnlig|female) partner', 'han [a-zåäö]{2,12} (?:med |ihop med )?sin (?:man|make|pojkvän)', 'hon [a-zåäö]{2,12} (?:med |ihop med )?sin (?:fru|hustru|maka|flickvän)',
    '(?:hans|his) (?:sambo|partner|respektive) är en man', '(?:hennes|her) (?:sambo|partner|respektive) är en kvinna', 'polyamorös*', 'polyamor*', 'polyamorous',
    // gender identity: trans, non-binary, transitioning, a changed legal gender or pronoun
    'är trans', 'is trans', 'trans (?:woman|man|girl|boy|person|kvinna|kille|tjej)', 'transkille*', 'transtjej*', 'transkvinna*', 'transman', 'transmannen', 'transgender', 'transitioning', 'has transitioned',
    'non-binary', 'nonbinary', 'uses they/them', 'use they/them', 'könsidentitet(?!er)[a-zåäö]*', 'identif(?:ies|ied|y) as (?:a )?(?:woman|man|girl|boy|non-binary|trans)', '(?:sin|hans) manliga partner', '(?:sin|hennes) kvinnliga partner', '(?:haft|har) en affär med', 'sexuell* förhållande*', 'gender identity', '(?:bytt|byta|byter|ändrat|ändra) (?:namn och )?juridiskt kön', 'bytt kön', 'könsbyte*', 'bytt pronomen', 'byta pronomen',
    // coming out and orientation said in short
    'kommit ut som', 'har kommit ut', 'come out as', 'has come out', 'came out to', 'not out to', 'är bi', 'is bi', 'bög', 'bögen', 'bögar',
    // sex itself: sexual activity, partners, selling or buying sex
    'haft sex med', 'har sex med', 'hade sex med', 'oskyddat sex', 'oskyddade samlag', 'unprotected sex', 'had sex', 'having sex', 'sexpartner*', 'sexual partner*', 'male partners', 'female partners',
    '(?:säljer|sålt|sålde|sälja|köper|köpt|köpte|köpa) sex (?:via|för att|på nätet|mot|till|på)', 'sex mot ersättning', 'sex för pengar', 'sex for money', 'haft samlag', 'har samlag', 'samlag med', 'sexuella erfarenheter', 'sells sex', 'sold sex', 'selling sex', 'buying sex', 'sex worker*', 'escort service*', 'escortverksamhet*', 'erektil dysfunktion', 'erectile dysfunction', 'potensmedel',
    'sexuellt beteende', 'sexual behaviour', 'sexual behavior',
'sexuell läggning', 'sexuella läggning', 'homosexuell*', 'lesbisk*', 'asexuell*', 'queer', 'sexuell identitet', 'is gay', 'är gay', 'is lesbian', 'bisexuell*', 'transperson*', 'könsbekräftande', 'sexualliv*', 'sexuellt umgänge', 'sexuell relation*', 'sexual relationship*', 'sexual relations', 'sexuellt överförbar*', 'könssjukdom(?!ar)[a-zåäö]*', 'kom ut som', 'sexual orientation', 'sex life', 'homosexual*', 'bisexual*', 'came out as', 'samkönad* (?:relation|förhållande|äktenskap|partner)', 'samkönat (?:förhållande|äktenskap|par)', 'lever i ett samkönat', 'lever med en (?:man|kvinna)', 'har en (?:pojkvän|flickvän)', 'pansexuell*', 'intersex*', 'transsexuell*', 'ickebinär*', 'icke-binär*', 'hbtq-person*', 'otrohet*', 'otrogen', 'sexköp*', 'sexuella övergrepp', 'sexuellt utnyttjad*', 'prostitution', 'sexarbet*', 'gay', 'same-sex (?:partner|relationship|marriage)', 'boyfriend', 'girlfriend'],
  weak: ['hbtq*', 'lgbt*', 'sexuell*', 'sexual(?!undervisning|kunskap)[a-zåäö]*', 'pride', 'könsdysfori*', 'gender dysphoria'],
};
