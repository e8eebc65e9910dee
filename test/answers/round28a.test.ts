// Round 28 (nlu28a): the kinds of question r27-dev, r27-commands-dev and r26-commands-dev left, each read by a general rule.
import { freshCoreEach } from '../helpers/core.js';

describe('months without a meeting, in a span of the year', () => {
  const bot = freshCoreEach();

  it('counts only the months of the span a month or a period names', async () => {
    const a = await bot.ask('which months this year have no SK meeting at all from May onwards?');
    expect(a.text).toMatch(/^Months with no meetings of Södertörns samarbetskommitté in May–December 2011: May, July, August and October/);
    expect((await bot.ask('i vilka månader efter augusti har ledningsgruppen inget möte?')).text).toMatch(/september–december 2011: december$/m);
    expect((await bot.ask('vilka månader mellan februari och juni saknar SK-möte?')).text).toMatch(/februari–juni 2011: februari, mars och maj/);
    expect((await bot.ask('Which months in the first half of the year have no committee meeting?')).text).toMatch(/January–June 2011: February, March and May/);
  });
});
