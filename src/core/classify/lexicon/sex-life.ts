import type { Lexicon } from './lexicon.js';

/** Sex life or sexual orientation (GDPR art. 9). */
export const sexLife: Lexicon = {
  type: 'sex-life',
  strong: ['sexuell läggning', 'sexuella läggning', 'homosexuell*', 'lesbisk*', 'asexuell*', 'queer', 'sexuell identitet', 'is gay', 'är gay', 'is lesbian', 'bisexuell*', 'transperson*', 'könsbekräftande', 'sexualliv*', 'sexuellt umgänge', 'sexuell relation*', 'sexual relationship*', 'sexual relations', 'sexuellt överförbar*', 'könssjukdom*', 'kom ut som', 'sexual orientation', 'sex life', 'homosexual*', 'bisexual*', 'came out as', 'samkönad* (?:relation|förhållande|äktenskap|partner)', 'samkönat (?:förhållande|äktenskap|par)', 'lever i ett samkönat', 'lever med en (?:man|kvinna)', 'har en (?:pojkvän|flickvän)', 'pansexuell*', 'intersex*', 'transsexuell*', 'ickebinär*', 'icke-binär*', 'hbtq-person*', 'otrohet*', 'otrogen', 'sexköp*', 'sexuella övergrepp', 'sexuellt utnyttjad*', 'prostitution', 'sexarbet*', 'gay', 'same-sex (?:partner|relationship|marriage)', 'boyfriend', 'girlfriend'],
  weak: ['hbtq*', 'lgbt*', 'sexuell*', 'sexual*', 'pride'],
};
