// fold() and splitWords() take shortcuts (a table for å, ä, ö and a few more instead of NFKD; one pass over
// the words). They must give what the plain definitions give, for any text.
import fc from 'fast-check';
import { fold, quotedPhrases } from '../../bot/understand/normalize.js';
import { splitWords } from '../../bot/understand/understand.js';

/** fold as first written: NFKD for every text. */
function foldReference(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/(?<!\d)[.:](?!\d)|[?!,;"'()[\]{}<>«»”“’*_]/g, ' ')
    .replace(/(?<![\d\w])-(?!\d)|-(?![\d\w])/g, ' ')
    .replace(/(?<=[a-z])\+(?=[a-z])/g, ' + ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** splitWords as first written: one step after the other (a slash between letters splits like a hyphen). */
function splitReference(folded: string): string[] {
  return folded
    .split(' ')
    .flatMap((w) => (/^[a-z]{3,}\d{4}$/.test(w) ? [w.replace(/\d{4}$/, ''), w.slice(-4)] : [w]))
    .flatMap((w) => (/\d/.test(w) ? [w] : w.split(/[-/]/)))
    .map((w) => w.replace(/^[/.:]+|[/.:]+$/g, ''))
    .filter(Boolean);
}

// Swedish and English letters, the diacritics in the table and others, combining marks, ligatures,
// no-break spaces, dashes, quotes, digits and separators, and now and then any character at all.
const piece = fc.oneof(
  fc.constantFrom(...'aåäöeéèüoAÅÄÖÉÈÜzZ0123456789 -/.:?!,"\'()«»’*_–—'.split('')),
  fc.constantFrom('\u00a0', '\u0301', 'a\u030a', 'ﬁ', 'Ｔ', 'ñ', 'ç', 'ß', 'ø', 'æ', '🙂', 'İ', 'rådslaget2015', 'lg-mötet', '14/4.', '2011-04-14'),
  fc.string({ maxLength: 3 }),
  fc.string({ unit: 'grapheme', maxLength: 2 }),
);

describe('the shortcuts in reading a message', () => {
  it('fold gives what NFKD and dropping the marks give', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect([text, fold(text)]).toEqual([text, foldReference(text)]);
      }),
      { numRuns: 5000 },
    );
    expect(fold('Vem är värd för Rådslaget 2014?')).toBe('vem ar vard for radslaget 2014');
  });

  it('splitWords gives what the step-by-step split gives', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const folded = foldReference(pieces.join(''));
        expect([folded, splitWords(folded)]).toEqual([folded, splitReference(folded)]);
      }),
      { numRuns: 5000 },
    );
    expect(splitWords('radslaget2015 lg-motet 14/4. 2011-04-14')).toEqual(['radslaget', '2015', 'lg', 'motet', '14/4', '2011-04-14']);
    // Words joined by a slash are two words, as with a hyphen; a day keeps its slash.
    expect(splitWords('studies/consultants lg/sk 20/5')).toEqual(['studies', 'consultants', 'lg', 'sk', '20/5']);
  });

  it('fold sets a plus between two words apart, as written with spaces; a signed amount keeps its sign', () => {
    expect(fold('tyresö+haninge+salem')).toBe('tyreso + haninge + salem');
    expect(fold('personal +20 000')).toBe('personal +20 000');
  });
});

describe('the phrases a message quotes (quotedPhrases)', () => {
  it('reads a phrase between quotation marks, folded, of any kind of mark', () => {
    expect(quotedPhrases("What does 'Gå före' mean?")).toEqual(['ga fore']);
    expect(quotedPhrases('vad menas med ”ge och få” och "gemensamma nyttan"')).toEqual(['ge och fa', 'gemensamma nyttan']);
  });

  it('reads no apostrophe inside or after a word as a quote', () => {
    expect(quotedPhrases("What's Södertörn's vision and the councils' plans?")).toEqual([]);
    expect(quotedPhrases('nästa möte')).toEqual([]);
  });
});
