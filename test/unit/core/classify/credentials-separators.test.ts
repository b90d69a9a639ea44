/**
 * Credentials written with a comma, after "sedan …", or as a configuration line (session 6). Values
 * are invented.
 */
import { findCredentials } from '../../../../src/core/classify/credentials.js';

const now = new Date(Date.UTC(2025, 5, 15));
const found = (text: string): string[] => findCredentials(text, { now }).map((f) => text.slice(f.start, f.end));

describe('credentials: comma, "sedan", configuration keys', () => {
  it('finds a password after a comma when it looks like one, and a code after a comma', () => {
    expect(found('jag skrev in mitt användarnamn och mitt lösenord, Sommarhus_1987. Sen insåg jag att sidan var falsk.').join(' ')).toContain('Sommarhus_1987');
    expect(found('De får tills vidare använda koden till personalingången, 4096*, som byts 1 mars.').join(' ')).toContain('4096*');
  });

  it('does not take a plain word after a comma for a password', () => {
    expect(found('Har du glömt ditt lösenord, kontakta servicedesk.')).toEqual([]);
  });

  it('finds a code given "sedan" a day, and an API key or client secret in a configuration line', () => {
    expect(found('Hej Marcus, ny kod sedan måndag: 6284. Glöm inte signera uttaget!').join(' ')).toContain('6284');
    expect(found('Nuvarande nyckel i konfigurationen: PAYGATE_API_KEY=pk_live_8Rn3YdS9wMt02OxU').join(' ')).toContain('pk_live_8Rn3YdS9wMt02OxU');
    expect(found('client_secret=Zq8-fT2mWv9LpK4s').join(' ')).toContain('Zq8-fT2mWv9LpK4s');
  });
});
