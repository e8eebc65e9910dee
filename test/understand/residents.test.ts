// The residents' words of every municipality ("haningebo", "per tyresöbo") are read at every message: one set per
// lexicon data and places named, not built anew each time, and never another plan's.
import { residentsOf, residentWords } from '../../bot/understand/lexicon.js';
import { LEXICON } from '../helpers/core.js';

const places = [{ name: 'Haninge' }, { name: 'Tyresö' }];

describe('residentsOf', () => {
  it('holds every place\'s residents\' words, and is the same set for the same data and places', () => {
    const words = residentsOf(LEXICON, places);
    expect([...words].sort()).toEqual([...residentWords(LEXICON, 'Haninge'), ...residentWords(LEXICON, 'Tyresö')].sort());
    expect(words.has('haningebo')).toBe(true);
    expect(residentsOf(LEXICON, [...places])).toBe(words);
  });

  it('is built again for other places or other data, never kept from them', () => {
    const before = residentsOf(LEXICON, places);
    const salem = residentsOf(LEXICON, [{ name: 'Salem' }]);
    expect(salem.has('haningebo')).toBe(false);
    expect(salem.has('salembo')).toBe(true);
    const other = { ...LEXICON, perUnits: {} };
    expect(residentsOf(other, places).size).toBe(0);
    expect(residentsOf(LEXICON, places)).not.toBe(before);
    expect([...residentsOf(LEXICON, places)]).toEqual([...before]);
  });
});
