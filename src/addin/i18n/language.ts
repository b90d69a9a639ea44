/** Kuvert speaks Swedish and English: Swedish when Outlook's display language is Swedish. */
export type Language = 'sv' | 'en';

export function languageOf(displayLanguage: string | undefined): Language {
  return (displayLanguage ?? '').toLowerCase().startsWith('sv') ? 'sv' : 'en';
}
