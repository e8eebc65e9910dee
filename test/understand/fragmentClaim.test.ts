// A verbless fragment with a question mark, a body first and a place or a weekday after its preposition, asks whether
// it holds: "sk 9/6 i salem?" is "är SK 9/6 i Salem?" (round 25's dev half, after its one run).
import { freshCoreEach } from '../helpers/core.js';

describe('a verbless fragment that claims a place or a weekday', () => {
  const bot = freshCoreEach();

  it('is answered yes or no first, in Swedish and English', async () => {
    expect((await bot.ask('sk 9/6 i salem?')).text.startsWith('Ja')).toBe(true);
    const wrong = await bot.ask('nyckeltalsdagen i huddinge?');
    expect(wrong.text.startsWith('Nej')).toBe(true);
    expect(wrong.text).toContain('Botkyrka');
    expect((await bot.ask('lg på fredagar?')).text.startsWith('Ja')).toBe(true);
    expect((await bot.ask('LG on Thursdays?')).text.startsWith('No')).toBe(true);
  });

  it('leaves questions with a verb or a question word, and fragments without a place or a weekday, as they were', async () => {
    expect((await bot.ask('vem är värd för sk 9/6?')).text).toMatch(/Salem/);
    expect((await bot.ask('sk 9/6?')).text.startsWith('Ja')).toBe(false);
    expect((await bot.ask('LG i maj?')).text.startsWith('Ja')).toBe(false);
  });
});
