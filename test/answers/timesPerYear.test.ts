// A claim of how many times a year a body meets, the count written as a word: every small count the lexicon knows
// (offsets.numbers, 1–10 in both languages) is read, not a hand-written list that lacked "nio"/"nine".
import { freshCoreEach } from '../helpers/core.js';

describe('how many times a year a body meets, claimed with a count in words', () => {
  const bot = freshCoreEach();

  it('says no to nine times a year, in Swedish and English (the calendar has six)', async () => {
    const sv = await bot.ask('träffas LG nio gånger per år?');
    expect(sv.text.startsWith('Nej')).toBe(true);
    expect(sv.text).toContain('6');
    expect((await bot.ask('does the management group meet nine times a year?')).text.startsWith('No')).toBe(true);
  });

  it('still says yes to six and no to twelve', async () => {
    expect((await bot.ask('träffas LG sex gånger per år?')).text.startsWith('Ja')).toBe(true);
    expect((await bot.ask('träffas LG tolv gånger per år?')).text.startsWith('Nej')).toBe(true);
  });
});
