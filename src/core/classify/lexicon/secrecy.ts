import type { Lexicon } from './lexicon.js';

/** Secrecy: references to offentlighets- och sekretesslagen (2009:400) chapters and sections. */
export const secrecy: Lexicon = {
  type: 'secrecy',
  strong: [
    'omfattas av sekretess', 'omfattas av (?:stark |absolut )?sekretess', 'sekretessbelagd*', 'sekretess enligt', 'under sekretess',
    'osl \\d{1,2} ?kap\\.?', '\\d{1,2} ?kap\\.? \\d{1,2} ?§ ?osl', '\\d{1,2} kap\\.? \\d{1,2} ?§ offentlighets- och sekretesslagen',
    'offentlighets- och sekretesslagen \\(2009:400\\) \\d{1,2} kap', 'hemlig enligt', 'subject to secrecy', 'classified under',
  ],
  weak: ['sekretess*', 'offentlighets- och sekretesslagen', 'osl', 'konfidentiell*', 'confidential'],
};
