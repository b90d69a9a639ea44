/**
 * Payment cards of the less common networks and a number followed by its expiry (session 4). The
 * numbers are the networks' published test numbers (Luhn-valid, never issued to anyone): Discover
 * 6011 0009 9013 9424, JCB 3530 1113 3330 0000, Diners Club 3056 9309 0259 04, Mastercard
 * 5555 5555 5555 4444, Visa 4111 1111 1111 1111.
 */
import { findPaymentCards } from '../../../../src/core/classify/payment-card.js';

const cards = (text: string): string[] => findPaymentCards(text, { now: new Date(Date.UTC(2025, 5, 15)) }).map((f) => text.slice(f.start, f.end));

describe('payment cards: networks and expiry', () => {
  it('finds Discover, JCB and Diners Club numbers when the text says it is a card', () => {
    expect(cards('Dra det på mitt Discover-kort 6011 0009 9013 9424, giltigt till 09/28.')).toEqual(['6011 0009 9013 9424']);
    expect(cards('His JCB card is 3530111333300000, please refund it there.')).toEqual(['3530111333300000']);
    expect(cards('Kortnummer (Diners): 30569309025904')).toEqual(['30569309025904']);
  });

  it('does not take a number of those networks for a card without a card word (OCR references also carry a Luhn digit)', () => {
    expect(cards('Betala till bankgiro 5050-1055, OCR 6011000990139424, senast 30/6.')).toEqual([]);
    expect(cards('Referens 3530111333300000 i ärendet.')).toEqual([]);
  });

  it('finds a grouped number followed by its expiry, but not part of a longer grouped number', () => {
    expect(cards('Kort: 5555 5555 5555 4444 09/28, cvc på baksidan.')).toEqual(['5555 5555 5555 4444']);
    expect(cards('kortet 5555555555554444 05/27')).toEqual(['5555555555554444']);
    expect(cards('Kort 4111 1111 1111 1111 2222 3333 (ett längre nummer).')).toEqual([]);
    expect(cards('kort 4111 1111 1111 1111 12/345')).toEqual([]);
  });
});
