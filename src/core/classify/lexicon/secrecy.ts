import type { Lexicon } from './lexicon.js';

/** Secrecy: references to offentlighets- och sekretesslagen (2009:400) chapters and sections. */
export const secrecy: Lexicon = {
  type: 'secrecy',
  strong: [
    'omfattas av sekretess', 'omfattas av (?:stark |absolut )?sekretess', 'sekretessbelagd*', 'sekretess enligt', 'under sekretess',
    'osl \\d{1,2} ?kap\\.?', '\\d{1,2} ?kap\\.? \\d{1,2} ?§ ?osl', '\\d{1,2} kap\\.? \\d{1,2} ?§ offentlighets- och sekretesslagen',
    'offentlighets- och sekretesslagen \\(2009:400\\) \\d{1,2} kap', 'hemlig enligt', 'subject to secrecy', 'classified under',
    // the matter itself has been tried or marked: sekretessprövad, sekretessbelagt, sekretessklassad, förundersökningssekretess
    'sekretessprövad*', 'sekretessprövat*', 'sekretessbelagt', 'sekretessbelägg*', 'sekretessklassad*', 'sekretessklassat', 'sekretessmaterial*', 'sekretessuppgift*',
    'förundersökningssekretess*', 'är sekretess', 'enligt sekretessprövningen', 'faller under sekretess*', 'skyddsklass: sekretess',
    'sekretessmarker[a-zåäöé]* (?:på|av) (?:ärende|handling|akt|dokument|mejl|beslut)[a-zåäöé]*',
    // abbreviated references: OSL 26:1, 26:1 OSL, sekr. enl., hemligt enl.
    'osl \\d{1,2}:\\d{1,2}[a-z]?', '\\d{1,2}:\\d{1,2}[a-z]? osl', 'hemligt? enl(?:igt|\\.)?', 'sekr\\. enl\\.?', 'sekretess enl\\.?',
    // English: covered by secrecy, secret/confidential under OSL or chapter N, classified as secret
    'covered by secrecy', 'secret under', 'confidential under', 'classified as (?:secret|confidential)', 'as secret',
    'osl ch\\.? \\d{1,2}', 'ch\\. \\d{1,2},? sec\\. \\d{1,2}[a-z]?', 'chapter \\d{1,2},? section \\d{1,2}', 'chapter \\d{1,2} osl', 'is secret', 'are secret',
  ],
  // "sekretessförbindelse" (a signed undertaking), "sekretessfrågor", "sekretessprövning(en)" (the process) name no secret matter.
  weak: [
    'sekretess(?!förbindels|fråg|bedömning|prövning|utbildning)[a-zåäöé]*', 'offentlighets- och sekretesslagen', 'osl', 'konfidentiell*', 'confidential',
    'secrecy act',
  ],
  context: [
    // e-mail disclaimers: "Detta meddelande kan innehålla sekretessbelagd information" says nothing about a matter
    'kan innehålla sekretessbelagd[a-zåäöé]*', 'kan innehålla uppgifter som (?:kan )?omfattas av sekretess', 'may contain (?:confidential|privileged)',
    // "får inte lämnas ut" also guards addresses of people with protected data: it only supports other hits
    'får (?:inte|ej) lämnas ut', 'kan (?:inte|ej) lämnas ut', 'will not be released', 'must not be disclosed', 'may not be disclosed', 'cannot disclose',
  ],
};
