/**
 * One realistic sentence per category of issue 5 (Swedish and English, inflected forms), and texts
 * that only mention a word ("Hälsoveckan: fruktkorg i fikarummet"): each category is reported at
 * or above the default policy's minimum confidence, and the mentions are not.
 */
import { classifyText } from '../../../../src/core/classify/classify-text.js';
import { DEFAULT_POLICY } from '../../../../src/core/policy/default-policy.js';

const now = new Date(Date.UTC(2025, 5, 15));
const probes: [string, string][] = [
  ['health', 'Hon är sjukskriven på heltid sedan i måndags.'],
  ['health', 'Medarbetarens sjukfrånvaro har ökat, han har varit borta sex gånger.'],
  ['health', 'Eleven har fått diagnosen F32.1 enligt läkarintyget.'],
  ['health', 'Hennes graviditet gör att hon behöver anpassade arbetsuppgifter.'],
  ['health', 'Han har läkarbesök på torsdag och kommer efter lunch.'],
  ['health', 'Bifogar vård- och behandlingsplanen för patienten.'],
  ['health', 'Hans arbetsförmåga är nedsatt till 50 procent.'],
  ['health', 'She was prescribed antidepressants last week and is on sick leave.'],
  ['none', 'Hälsoveckan: fruktkorg i fikarummet hela veckan!'],
  ['none', 'Välkommen till föreläsningen om psykisk ohälsa på arbetsplatsen, alla medarbetare.'],
  ['ethnic-origin', 'Familjen är romer och hon talar romani hemma.'],
  ['ethnic-origin', 'Sökanden uppger att han har samisk härkomst.'],
  ['political-opinion', 'Han är medlem i Sverigedemokraterna och aktiv i partiet.'],
  ['political-opinion', 'Hon sympatiserar med Vänsterpartiet enligt egen uppgift.'],
  ['religion', 'Eleven är muslim och ber under skoldagen.'],
  ['religion', 'Han är medlem i Jehovas vittnen och vill inte delta.'],
  ['trade-union', 'Hon är medlem i Kommunal och vill ha facket med på mötet.'],
  ['trade-union', 'Arbetstagaren är fackligt ansluten till Vision.'],
  ['genetic', 'Hans gentest visade en ärftlig mutation i BRCA1.'],
  ['biometric', 'Vi sparar medarbetarens fingeravtryck för inpasseringen.'],
  ['sex-life', 'Hon har berättat om sin sexuella läggning för kollegan.'],
  ['sex-life', 'Han är homosexuell och har en partner.'],
  ['protected-identity', 'Observera: barnet har skyddade personuppgifter.'],
  ['protected-identity', 'Sekretessmarkering finns för vårdnadshavaren.'],
  ['protected-identity', 'Familjen har skyddad folkbokföring sedan 2023.'],
  ['secrecy', 'Uppgifterna omfattas av sekretess enligt 26 kap. 1 § OSL.'],
  ['secrecy', 'Handlingen är sekretessbelagd enligt 21 kap 3 § offentlighets- och sekretesslagen.'],
  ['criminal-record', 'Utdrag ur belastningsregistret visar att han är dömd för misshandel.'],
  ['social', 'Familjen har försörjningsstöd sedan januari.'],
  ['social', 'Skolan har gjort en orosanmälan om eleven.'],
  ['social', 'Pojken är placerad enligt LVU.'],
  ['social', 'Hon har insatser enligt LSS och bor på gruppboende.'],
  ['social', 'Brukaren har ett missbruk av alkohol.'],
  ['credentials', 'Ditt lösenord är: Sommar2025! och användarnamn: anna.s'],
  ['credentials', 'Engångskoden är 482913.'],
  ['none', 'Byt ditt lösenord regelbundet enligt policyn.'],
  ['salary', 'Hans månadslön är 42 500 kr från och med april.'],
  ['salary', 'Lönen för Anna höjs till 38 000 kronor.'],
  ['bank-account', 'Betala till kontonummer 8327-9, 914 235 678-3.'],
  ['bank-account', 'IBAN: SE45 5000 0000 0583 9825 7466'],
  ['payment-card', 'Kortnummer 4539 1488 0343 6467, giltigt till 12/27.'],
  ['hr-assessment', 'Anteckningar från utvecklingssamtalet med Kim: han behöver bli bättre på samarbete.'],
  ['hr-assessment', 'Resultatet av hennes personlighetstest bifogas.'],
  ['grades', 'Eleven har fått betyget F i matematik.'],
  ['grades', 'Omdömen: Kim har svårt att koncentrera sig; närvaron är 62 %.'],
  ['none', 'Betygsättningen sker enligt Skolverkets riktlinjer för alla elever.'],
];

function reported(text: string): string[] {
  const found = classifyText(text, { kind: 'body' }, { now }).filter((f) => f.confidence >= (DEFAULT_POLICY.rules[f.type]?.minConfidence ?? DEFAULT_POLICY.defaultRule.minConfidence));
  return [...new Set(found.map((f) => f.type))];
}

describe('categories in realistic sentences', () => {
  it.each(probes.filter(([want]) => want !== 'none'))('reports %s in: %s', (want, text) => {
    expect(reported(text)).toContain(want);
  });
  it.each(probes.filter(([want]) => want === 'none').map(([, text]) => text))('reports nothing for a mere mention: %s', (text) => {
    expect(reported(text)).toEqual([]);
  });
});
