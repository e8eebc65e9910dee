// The words between two times of their own (bot/understand/dates.ts): the lexicon's, not a list in code.
import { readFileSync } from 'node:fs';
import { extractDates } from '../../bot/understand/dates.js';
import { buildLexicon, timeJoins } from '../../bot/understand/lexicon.js';
import { fold } from '../../bot/understand/normalize.js';
import { splitWords } from '../../bot/understand/understand.js';
import { validateStore } from '../../bot/store/store.js';
import { SEED } from '../helpers/app.js';
import { LEXICON } from '../helpers/core.js';

const lexicon = buildLexicon(LEXICON, validateStore(JSON.parse(readFileSync(SEED, 'utf8'))).plan);
const NOW = new Date('2011-04-07T10:00:00+02:00');
const datesOf = (text: string, joins: ReadonlySet<string>) => {
  const words = splitWords(fold(text));
  return extractDates(text, words, lexicon.match(words), 'sv', NOW, { weekWords: LEXICON.weekWords, joins }).dates;
};

describe('the words that join two times of their own', () => {
  it('are the joins of two owners and of a list\'s parts (elidedNoun.joins, exactWords.listJoins)', () => {
    expect([...timeJoins(LEXICON)].sort()).toEqual(['and', 'eller', 'och', 'or', 'o', 'samt'].sort());
  });

  it('keep a weekday apart from a week named after a join ("på fredag samt nästa vecka"), as they are joined without one', () => {
    const apart = datesOf('LG på fredag samt SK nästa vecka', timeJoins(LEXICON));
    const together = datesOf('LG på fredag samt SK nästa vecka', new Set());
    expect(together).toEqual(['2011-04-15']);
    expect(apart).not.toEqual(together);
  });
});
