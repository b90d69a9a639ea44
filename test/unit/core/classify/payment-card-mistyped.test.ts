/**
 * A card number whose Luhn digit is wrong (mistyped or half-remembered) still counts as a card when
 * the text says it is one: a card word just before it, or its expiry or CVC just after it (session
 * 6; the labelling guide does not require a valid Luhn digit, and every card missed on blind set 6
 * was of this kind). Each number below was checked to fail Luhn.
 */
import { classifyText } from '../../../../src/core/classify/classify-text.js';
import { luhnValid } from '../../../../src/core/classify/luhn.js';
import { findPaymentCards } from '../../../../src/core/classify/payment-card.js';

const now = new Date(Date.UTC(2025, 5, 15));
const cards = (text: string): string[] => findPaymentCards(text, { now }).map((f) => text.slice(f.start, f.end));

describe('payment cards with a wrong Luhn digit', () => {
  it('uses numbers that really fail the Luhn check', () => {
    for (const n of ['5355840012763381', '4571930266182204', '5105105105104417', '4916338027415579']) expect(luhnValid(n)).toBe(false);
  });

  it('finds one said to be a card, with the expiry or CVC after it or a card word before it', () => {
    expect(cards('använd mitt, 5355 8400 1276 3381 exp 03/29 cvc 509')).toEqual(['5355 8400 1276 3381']);
    expect(cards('Sonen har lämnat över hennes bankkort och koden: kort 4571 9302 6618 2204, PIN 8841.')).toEqual(['4571 9302 6618 2204']);
    expect(cards('Mastercard ending 4417, full number 5105 1051 0510 4417, exp 06/27')).toEqual(['5105 1051 0510 4417']);
    expect(cards('Nummer 4916 3380 2741 5579 giltigt t.o.m. 05/28')).toEqual(['4916 3380 2741 5579']);
    expect(cards('På bilden syns kortnumret 4916 3380 2741 5579 och namnet.')).toEqual(['4916 3380 2741 5579']);
  });

  it('reports it below a Luhn-valid card, with evidence saying the check failed', () => {
    const [finding] = findPaymentCards('kortnummer 4916 3380 2741 5579', { now });
    expect(finding?.confidence).toBe(0.75);
    expect(finding?.evidence).toContain('LUHN_FAILED');
  });

  it('does not take other grouped numbers for cards', () => {
    expect(cards('Faktura 4916 3380 2741 5579 ska betalas senast fredag.')).toEqual([]);
    expect(cards('Ärende 4916-3380-2741-5579 gäller 03/29.')).toEqual([]);
    // Typed without groups: an OCR or reference number, even next to a card word.
    expect(cards('Kort fråga om OCR 4916338027415579, exp. datum?')).toEqual([]);
    // Not a major network's prefix and length.
    expect(cards('kortnummer 9916 3380 2741 5579')).toEqual([]);
    expect(cards('kortnummer 4916 3380 2741 557')).toEqual([]);
  });

  it('does not also report the card number as a bank account', () => {
    const found = classifyText('Jag har tappat mitt förvaltarkort för gode mannens konto. Kortnummer 4929 1321 9063 3496, exp 04/28.', { kind: 'body' }, { now });
    expect(found.filter((f) => f.type === 'payment-card')).toHaveLength(1);
    expect(found.filter((f) => f.type === 'bank-account')).toEqual([]);
  });
});
