// Written without å/ä/ö, "ar" is "är" or "år": right after a question word or a pronoun it is the verb (lexicon
// exactWords.isAfter), so "vilket av dem ar i Botkyrka?" asks which of them is in Botkyrka, not a year.
import { freshCoreEach } from '../helpers/core.js';

describe('"ar" after a pronoun is the verb', () => {
  const t = freshCoreEach();
  it('reads "vilket av dem ar i Botkyrka" as "är"', async () => {
    expect((await t.ask('nyckeltalsdagen eller radslaget – vilket av dem ar i Botkyrka?')).text).toContain('6 oktober');
  });
  it('keeps "vilket ar" the year', async () => {
    expect((await t.ask('vilket ar ar Botkyrka vard for radslaget?')).text).toContain('2013');
  });
});
