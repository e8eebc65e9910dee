// bot/text/format.ts: the small text helpers the answers share.
import { capitalised } from '../../bot/text/format.js';

describe('capitalised', () => {
  it('puts a reply\'s first letter in upper case and keeps the rest as written', () => {
    expect(capitalised('ledningsgruppen (LG)')).toBe('Ledningsgruppen (LG)');
    expect(capitalised('överförmyndarnämnden')).toBe('Överförmyndarnämnden');
    expect(capitalised('Salem')).toBe('Salem');
    expect(capitalised('')).toBe('');
  });
});
