/**
 * Probes for the session-4 changes (helper lex3) to credentials, bank-account, secrecy and
 * protected-identity: new sentences (not corpus lines) that disclose such data about someone are
 * reported by the rules alone at 0.60 (the level the training report uses), and hard negatives with
 * the same vocabulary (policies, forms, an organisation's bankgiro, other kinds of codes) are not.
 */
import { classifyText } from '../../../../src/core/classify/classify-text.js';
import type { FindingType } from '../../../../src/core/classify/types.js';

const now = new Date(Date.UTC(2026, 0, 15));
const RULE_LEVEL = 0.6;

function ruleTypes(text: string): string[] {
  const found = classifyText(text, { kind: 'body' }, { now, categories: 'rules' }).filter((f) => f.confidence >= RULE_LEVEL);
  return [...new Set(found.map((f) => f.type))];
}

/** [type, text that discloses it] */
const positives: [FindingType, string][] = [
  // credentials: door, alarm and key-box codes with a filler and a verb, digits with spaces or dashes
  ['credentials', 'Larmkoden till fritidsgården är 2 7 1 9, och sen trycker du på #.'],
  ['credentials', 'Koden till förrådet bakom köket har ändrats till 8840.'],
  ['credentials', 'Portkoden är nu 3131* för alla i hemtjänstgruppen.'],
  ['credentials', 'The gate code for the depot is 5-0-6-2 until Friday.'],
  ['credentials', 'The alarm code to the sports hall is 9081#, please keep it to yourself.'],
  ['credentials', 'Your verification code: 240-718.'],
  ['credentials', 'Nyckelboxen vid entrén har kod 6650.'],
  ['credentials', 'Koden till kontoret på plan 2 är 3812 från och med i dag.'],
  ['credentials', 'BankID-koden var 441 902, skriv in den innan den går ut.'],
  // credentials: passwords without "Lösenord:", "lösen", API keys, user / password pairs
  ['credentials', 'Lösenordet för webbmötet är 552781, det står inte i kallelsen.'],
  ['credentials', 'Koden som gäller för personalrummet i källaren är 7302 från i dag.'],
  ['credentials', 'Kombinationen till kassaskåpet är 20-14-66.'],
  ['credentials', 'Mitt nya lösen till intranätet är Fjällripa#42, om du behöver logga in åt mig.'],
  ['credentials', 'Wifi: lösen Regnbåge2027 för gästnätet i matsalen.'],
  ['credentials', 'API-nyckeln till kartjänsten: ak_prod_9Zt4Qw81Lm2Xp6, lägg den i valvet.'],
  ['credentials', 'Inloggningen till bokningssystemet är reception2 / Kaffe!Bryggare9 tills vidare.'],
  ['credentials', 'Här är inloggningen: vik.berg / Sol!Vind55, byt efter första passet.'],
  ['credentials', 'The login for the shared mailbox is hr.team / Winter#Lake55, change it after the audit.'],
  // bank-account: "konto", bank names, account numbers with spaces, clearing and account apart, IBAN after a label
  ['bank-account', 'Sätt in ersättningen på hennes konto 8214-9, 903 771 245-6 så snart det går.'],
  ['bank-account', 'Clearing 6000 och konto 123 456 789 gäller för Stig från och med mars.'],
  ['bank-account', 'Hans lön ska till Handelsbanken 6213 449 017 322 i stället.'],
  ['bank-account', 'Kontonr: 482 117 903, clearingnr 6120, kontohavare Sara Lind.'],
  ['bank-account', 'rätt nummer är 8105-9 944 113 200-7, swedbank'],
  ['bank-account', 'Please pay her expenses to her account 9150-0 411 227 8 by Friday.'],
  ['bank-account', 'Arvodet för föreläsningen sätts in på mitt bankgiro 123-4567, jag har enskild firma.'],
  ['bank-account', 'Hennes plusgiro är 47 11 22-3 om ni hellre vill betala dit.'],
  ['bank-account', 'Återbetala till hans IBAN SE12 3456 7890 1234 5678 9012, tack.'],
  // secrecy: a matter tried or marked secret, abbreviated OSL references, English paraphrases
  ['secrecy', 'Yttrandet om pojken i klass 4B är sekretessprövat och skickas bara till rektor.'],
  ['secrecy', 'Hela utredningen om olyckan i verkstaden är sekretessklassad tills vidare.'],
  ['secrecy', 'Obs: sekr. enl. 25:1 OSL, vidarebefordra inte journalkopian.'],
  ['secrecy', 'Anteckningarna från mötet med familjen är sekretess, lägg dem inte i den delade mappen.'],
  ['secrecy', 'The complaint about the home-care visit is secret under OSL 26:1 and stays within the unit.'],
  ['secrecy', 'The witness statements are covered by secrecy under chapter 35, section 1 and will not be released.'],
  ['secrecy', 'Lägg in sekretessmarkering på ärendet om anmälan mot grannen.'],
  // protected-identity: English and Swedish paraphrases said of someone
  ['protected-identity', 'The caretaker, Leo, has a confidentiality marking, so leave his name off the rota on the door.'],
  ['protected-identity', 'Mind the new pupil: her family has a protected address and must not appear in the class photo list.'],
  ['protected-identity', 'Hennes personuppgifter är skyddade sedan i höstas, så skriv inte ut adressen på listan.'],
];

/** [type, hard negative: same vocabulary, no disclosure] */
const negatives: [FindingType, string][] = [
  ['credentials', 'Nya regler: lösenordet ska bytas var 90:e dag och innehålla minst 12 tecken.'],
  ['credentials', 'Glöm inte att aldrig skicka ditt lösenord via e-post.'],
  ['credentials', 'Ange SNI-kod 84110 och postnummer i ansökan.'],
  ['credentials', 'Postal code: 41319, Gothenburg.'],
  ['credentials', 'The code of conduct 2024 applies to all staff.'],
  ['credentials', 'Kassaskåpet har ett nytt kodlås, koden delas ut av vaktmästaren på plats.'],
  ['credentials', 'Bankgiro 5050-1055 / 5060-2222 gäller för inbetalningar till kommunen.'],
  ['credentials', 'Kortet 4539 9255 9384 7429, giltigt till 02/29, säkerhetskod 123.'],
  ['credentials', 'UK details: sort code 20-00-00, account number 55779911.'],
  ['credentials', 'Koden för kursen i Ladok är 4711, anmäl dig senast fredag.'],
  ['credentials', 'Ange kod 5460 på fakturan så hamnar kostnaden rätt.'],
  ['credentials', 'Använd kod 2024 i kassan för att få rabatt i personalbutiken.'],
  ['credentials', 'Kursens kod är 7711 i schemat.'],
  ['credentials', 'PIN-koden ska vara fyra siffror och får inte vara 1234.'],
  ['protected-identity', 'Hur ansöker man om kvarskrivning hos Skatteverket?'],
  ['protected-identity', 'Lagen om skyddade personuppgifter ändras nästa år.'],
  ['credentials', 'Rabattkoden 2025 gäller alla i personalklubben.'],
  ['bank-account', 'Kommunens konto 8327-9, 914 235 678-3 används bara för inbetalningar av avgifter.'],
  ['bank-account', 'Bokför resan på konto 5810, 5820 och 5830 enligt kontoplanen.'],
  ['bank-account', 'Ekonomi: projektkonto 4711 1234 56 ska användas för utbildningsdagen.'],
  ['bank-account', 'Betala fakturan till bankgiro 5050-1055, vårt kontonummer står på fakturan.'],
  ['bank-account', 'Frågor om kontot? Ring lönekontoret på 070-123 45 67.'],
  ['bank-account', 'Kontoutdraget från 2025-04-30 visar inga avvikelser för föreningen.'],
  ['bank-account', 'Leverantörens IBAN SE45 5000 0000 0583 9825 7466 har ändrats enligt fakturan.'],
  ['bank-account', 'Leverantören har bytt konto till 8327-9 123 456 789-0 enligt deras brev.'],
  ['bank-account', 'Vårt bankgiro är 5050-1055 och kommunens plusgiro 12 34 56-7.'],
  ['bank-account', 'Swish 123 456 78 90 gäller för kioskens försäljning, inte kontot.'],
  ['secrecy', 'Hon har skrivit under sekretessförbindelsen inför praktiken.'],
  ['secrecy', 'Mvh Lena. Detta mejl kan innehålla sekretessbelagd information; är du inte rätt mottagare, radera det.'],
  ['secrecy', 'Regards, Tom. This e-mail may contain confidential information intended only for the addressee.'],
  ['secrecy', 'Är du osäker på sekretessfrågor, ring kansliet.'],
  ['secrecy', 'Sekretessprövningen görs av den handläggare som äger ärendet.'],
  ['secrecy', 'Seminar next week: the Public Access to Information and Secrecy Act for new registry staff.'],
  ['secrecy', 'Eleven har skyddade personuppgifter och adressen får inte lämnas ut.'],
  ['protected-identity', 'Skatteverkets blankett för ansökan om kvarskrivning har fått ny layout.'],
  ['protected-identity', 'Kvarskrivning är en åtgärd för den som av särskilda skäl folkbokförs på den gamla orten.'],
  ['protected-identity', 'Kan du kontrollera behörigheterna för sekretessmarkerade ärenden efter uppgraderingen?'],
  ['protected-identity', 'Finns det ett fält för sekretessmarkering i det nya lönesystemet?'],
  ['protected-identity', 'Skatteverket informerar om hur skyddad folkbokföring fungerar på sin webbplats.'],
  ['protected-identity', 'Rutin: så skickar du post till personer med skyddade personuppgifter.'],
];

describe('lex3 probes: reported by the rules alone', () => {
  it.each(positives)('%s: %s', (type, text) => {
    expect(ruleTypes(text)).toContain(type);
  });
});

describe('lex3 hard negatives: not reported for that type', () => {
  it.each(negatives)('not %s: %s', (type, text) => {
    expect(ruleTypes(text)).not.toContain(type);
  });
});

describe('lex3 patterns stay linear on hostile input', () => {
  const MB = 1024 * 1024;
  // Bounded fillers and digit groups: each label or number is tried in constant work, so 1 MB takes well under a second.
  const hostile: [string, string][] = [
    ['a code label before endless filler words', `koden till ${'abc '.repeat(MB / 4)}`],
    ['repeated code labels and verbs', 'Koden till dörren är '.repeat(MB / 21)],
    ['a login word before endless "a /" pairs', `login ${'a / '.repeat(MB / 4)}`],
    ['an account word before endless digit groups', `konto ${'1234 '.repeat(MB / 5)}`],
    ['digit groups joined by commas and dashes', '1, 2 3-4 '.repeat(MB / 9)],
  ];
  it.each(hostile)('handles %s in linear time', (_name, text) => {
    const start = performance.now();
    classifyText(text, { kind: 'body' }, { now, categories: 'rules' });
    expect(performance.now() - start).toBeLessThan(15_000);
  }, 30_000);
});
