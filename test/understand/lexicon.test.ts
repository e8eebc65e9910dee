// The lexicon's readers shared by the understanding and the answers (bot/understand/lexicon.ts).
import { countWord, oneWords } from '../../bot/understand/lexicon.js';
import { LEXICON } from '../helpers/core.js';

const NUMBERS = LEXICON.offsets?.numbers ?? {};

describe('a count written as one word (countWord)', () => {
  it('reads a figure of as many digits as the caller allows, and the lexicon’s number words', () => {
    expect(countWord('12', NUMBERS)).toBe(12);
    expect(countWord('120', NUMBERS)).toBeUndefined();
    expect(countWord('120', NUMBERS, 3)).toBe(120);
    expect(countWord('atta', NUMBERS)).toBe(8);
    expect(countWord('eight', NUMBERS)).toBe(8);
  });

  it('reads nothing else: a word that is no number, a key every object has, a word for one the caller leaves out', () => {
    expect(countWord('kommuner', NUMBERS)).toBeUndefined();
    expect(countWord('', NUMBERS)).toBeUndefined();
    expect(countWord('constructor', NUMBERS)).toBeUndefined();
    expect(countWord('en', NUMBERS)).toBe(1);
    expect(countWord('en', NUMBERS, 2, oneWords(LEXICON))).toBeUndefined();
    // (The words left out are words: a figure is always a count.)
    expect(countWord('1', NUMBERS, 2, ['1'])).toBe(1);
  });
});
