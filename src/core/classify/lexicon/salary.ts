import type { Lexicon } from './lexicon.js';

/** An amount of money as people write pay: "38 500", "44,300", "52k", "215 kronor", "45 lax". */
const AMOUNT = '(?:\\d{1,3}(?:[ \\u00a0.,]\\d{3}){1,3}|\\d{2,3} ?(?:kr|kronor|sek|k|lax))';
/** An optional currency after an amount. */
const UNIT = '(?: ?(?:kr|kronor|sek|:-))?';
/** Pay items that, with an amount, are someone's pay ("lönetillägg 1 200", "timlönen … 158 kr", "bonus … SEK 60,000"). */
const PAY_ITEMS =
  'övertidsersättning|semesterersättning|lönetillägg|specialisttillägg|jourersättning|ob-ersättning|ob-tillägg|engångsersättning|engångsbelopp|bonus|arvode|timlön|månadslön|lönenivå|slutlön|hourly wage|hourly rate|retention bonus|overtime claim';

/** What an amount may be "i" ("1 800 kr i påslag"). */
const RAISE_ITEMS = 'påslag|lönepåslag|löneökning|lönehöjning|höjning|lönetillägg|tillägg|specialisttillägg|jourersättning|ob|bonus|engångsbelopp|engångsersättning|arvode';

/** Salary of a named or identifiable person. */
export const salary: Lexicon = {
  type: 'salary',
  strong: [
    '(?:månadslön|grundlön|timlön|årslön|ny lön|lönen|lön)(?:en)?:? (?:på |blir |är |till |om )?\\d{1,3}(?:[ \\u00a0.]\\d{3}){1,3} ?(?:kr|sek|kronor)',
    // "Lönen för Anna höjs till 38 000 kronor": up to four words between the word and the amount.
    '(?:månadslön|grundlön|timlön|årslön|lön)(?:en)?(?: [a-zåäöé]{1,20}){1,4} (?:till|på|är|blir|om) \\d{1,3}(?:[ \\u00a0.]\\d{3}){1,3} ?(?:kr|sek|kronor)',
    '(?:kr|kronor|sek) (?:i|per månad i) (?:månads|grund|tim|års|ingångs)?lön(?:en)?',
    '(?:ingångslön|slutlön|nya lön|lönen)(?:en)?(?: [a-zåäöé]{1,20}){0,3} \\d{1,3}(?:[ \\u00a0.]\\d{3}){1,3} ?(?:kr|sek|kronor)',
    'lönebesked*', 'löneförhöjning på', 'lönepåslag på', 'annual salary', 'monthly salary', 'new salary',
    `salary (?:is|of|was|will be|moves from|goes from) (?:now |about |around )?(?:sek |kr )?\\d`,
    // earning verbs with an amount ("tjänar typ 45 000", "drar in 52k", "earns about 600k", "ligger på 38 500 i månaden")
    'tjänar (?:typ |ungefär |runt |cirka |ca |drygt |knappt |nästan |över |bara |nu )?\\d', 'drar in (?:typ |ungefär |runt |cirka |ca |drygt )?\\d',
    'earns (?:about |around |roughly |over |nearly |only )?(?:sek |kr )?\\d', 'makes (?:about |around |like |roughly )?\\d{2,3}(?:[ ,.]\\d{3}|k)',
    `ligger på ${AMOUNT}${UNIT} (?:i månaden|per månad|i lön|i månadslön|i grundlön)`, `har ${AMOUNT}${UNIT} i (?:månads|grund|års|tim)?lön(?:en)?`,
    // pay items with an amount, a few words of who or what between ("timlönen för sommarvikarien Elvira sätts till 158 kr")
    `(?:${PAY_ITEMS})(?:et|en|er|n)?(?: (?:för|som|as an?|for|agreed with) [a-zåäöé -]{2,40})?(?: (?:på|är|blir|sätts till|till|ska vara|of|is|at|will be|was|has been approved at))? (?:sek |kr )?\\(?${AMOUNT}`,
    `(?:lönen|lön|nya lön|sista lön|nuvarande lön)(?: efter [a-zåäö]{2,20})?(?: (?:är|blev|blir|på|var|ligger på|landar på|hamnar på|höjs till|höjs med|sänks till|justeras till|går upp till|går upp med|ökar med|ökar till))? (?:bara |nu |ca |cirka |runt |typ )?${AMOUNT}`, `(?:lön|lönen|nya lön|new salary)(?: från| from) (?:\\d{1,2} )?[a-zåäö]{3,9}:? (?:är |blir |is |will be )?${AMOUNT}`,
    `(?:löneökning|lönehöjning|lönelyft|höjning|påslag)(?:en|et)? (?:på|blir|blev|om|med) (?:ca |cirka |drygt )?\\d`, `(?:har|tjänar|ligger på) ${AMOUNT}${UNIT} (?:i månaden|per månad|i mån|\\/ ?mån|a month|per month)`, `paid (?:sek |kr )?${AMOUNT}`, `lönejustering till ${AMOUNT}`, `löneökning till ${AMOUNT}`,
    // an amount and what it is, from the verb or unit (no term starts with a digit: every number in a text would try it)
    `(?:fick|får|fått|har|hade|got|gets|received|was offered) (?:an? )?${AMOUNT}${UNIT}(?: ?\\/ ?mån)? i (?:(?:månads|grund|års|tim)?lön(?:en)?|${RAISE_ITEMS})`,
    `(?:kr|kronor|sek)(?: ?\\/ ?mån)? i (?:${RAISE_ITEMS})`,
    `(?:fick|får|fått|got|gets|received|was offered|offered) (?:an? )?\\d{1,2}(?:[.,]\\d)? ?(?:%|procent|k) (?:raise|pay rise|löneökning|lönehöjning|i löneökning|i lönehöjning|i påslag|påslag)`,
    '(?:%|procent) (?:raise|pay rise|löneökning|lönehöjning|i löneökning|i lönehöjning|i påslag)',
    // a named person's new pay, pay claims, corrections, pay compared with others
    '(?:ny lön|nya lön|lön) (?:för|till) [^:\\n]{2,60}: ?\\d{1,3}[ \\u00a0.]\\d{3}', `(?:påslag|lönepåslag|löneökning|lönehöjning|lönelyft|höjning|lyft)(?:et|en)? till ${AMOUNT}`, `löneanspråk(?:et)?(?: [^:\\n]{2,40})?: ?${AMOUNT}`,
    `(?:justering|lönejustering|tillägg|lönetillägg|ob-tillägg|ob-ersättning)(?:en|et)? (?:på|om|med) ${AMOUNT}`, `supplement of (?:sek |kr )?${AMOUNT}`, 'salary (?:is|was|will be|has been) (?:reduced|raised|increased|lowered|cut|adjusted) (?:to|by)',
    `(?:grundlön|månadslön|årslön|slutlön|ingångslön)(?:en)?(?: för [a-zåäöé]{2,20})?(?: (?:är|var|blir|stämmer|ligger på))?:? \\(?${AMOUNT}`, `ligger ${AMOUNT}${UNIT} (?:under|över) (?:medianen|snittet|medellönen|medel)`,
    // pay lists with names and amounts, raises with amounts, too much or too little pay
    '(?:löneförslag|löneöversyn|lönerevision|löner|lönelista|lönelyft)(?:en|et|na)?(?: [^:\\n]{1,30})?: [^\\n]{2,40}\\d{1,3}[ \\u00a0.]\\d{3}', `(?:höjs|höjdes|sänks|sänktes|lyfts|går upp|gick ner)(?: [a-zåäö]{1,15}){0,2} (?:med|till) ${AMOUNT}`, `(?:höjs|höjdes|går|gick|hoppar|lyfts|flyttas)(?: [a-zåäöé]{2,15})? från ${AMOUNT}${UNIT} till ${AMOUNT}`,
    '(?:kr|kronor|sek) för (?:mycket|lite)(?: i (?:lön|ob|ob-ersättning|ob-tillägg))?', `erbjuder (?:dig|honom|henne) ${AMOUNT}`, `(?:salary|pay) goes up to (?:sek )?${AMOUNT}`, `brings (?:you|him|her) to (?:sek )?${AMOUNT}`, `(?:starts|is) on (?:sek )?${AMOUNT}`,
    `(?:current|new) pay (?:of |is )?(?:sek )?${AMOUNT}`, `offer(?: to [a-zåäöé]{2,20})? (?:is|of|was) (?:sek )?${AMOUNT}`, 'offered \\d{2,3}k', `(?:allowance|supplement|bonus)(?: [a-z]{2,12}){0,3} (?:will increase to|increases to|is|of|at|approved at) (?:sek )?${AMOUNT}`,
    // raises
    'raise of (?:sek |kr )?\\d',
    `(?:moves|goes|went|rises|is raised) from (?:sek )?${AMOUNT} to`, `starts at (?:sek )?${AMOUNT}`, `hired at (?:sek )?${AMOUNT}`, 'signing bonus',
  ],
  weak: [
    'lön(?! tills vidare| under utredningen| i avvaktan)', 'lönen', 'löner', 'lönesamtal*', 'lönerevision*', 'löneförhöjning*', 'lönekartläggning*', 'salary', 'salaries', 'pay rise', 'lönespecifikation*', 'lönespec*', 'payslip*', 'ingångslön*',
    // pay words: they add up with a person nearby
    'lönetillägg*', 'lönesättning*', 'lönenivå*', 'lönejustering*', 'löneökning*', 'lönehöjning*', 'lönetvist*', 'löneförslag*', 'påslag*', 'jourersättning*', 'engångsbelopp*', 'bonus*', 'arvode*',
    '(?:kr|kronor|sek) (?:netto|brutto)', 'tjänar (?:mer|mindre) än', 'earns (?:more|less) than', 'makes (?:way |much )?(?:more|less) than', 'lönesteg*', 'pay step', `(?:ska ha|begär|begärde|accepterat|accepterade|föreslås(?: nu)?|tackar ja till erbjudandet på) ${AMOUNT}`,
    'raise', 'starting salary', 'löneanspråk*', 'fel lön', 'underpaid', 'lönelista*', `ligger (?:kvar )?på ${AMOUNT}`, '(?:mer|mindre|högre|lägre) (?:i|per) (?:månaden|månad|lön|månadslön)', `(?:erbjudande|bud) (?:på|om) ${AMOUNT}`, 'pay review', 'salary review', 'hourly wage', 'overtime pay',
  ],
  // Amounts per month or hour and bargaining amounts: rent and fees look the same, so they only support pay words.
  context: [
    '(?:kr|kronor|sek|:-)(?: ?\\/ ?| i | per | a | an )(?:månaden|månad|mån|month|timmen|timme|hour|year)', `→ ${AMOUNT}`, `från ${AMOUNT}${UNIT} till ${AMOUNT}`,
    `(?:landade på|begärt|begär|kräver|erbjuder|erbjuds|lyfts till|höjs till) ${AMOUNT}`, 'netto', 'brutto', 'utan lön', `(?:lägsta|lägstalön|minimilön|minimum)[a-zåäö ]{0,40} (?:höjs|höjdes|raised|increased) (?:med|till|by|to) (?:sek )?${AMOUNT}`, `lägsta lön(?:en)?(?: [a-zåäöé]{1,20}){0,4} (?:med|till) ${AMOUNT}`, 'konto för (?:min )?(?:pension och )?lön', 'dras (?:direkt )?på lönen', 'arvoden? till förtroendevalda', 'kontouppgift för arvode',
  ],
};
