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

describe('a difference with a sum of lines on one side', () => {
  const bot = freshCoreEach();

  it('adds up the lines of the side with two or more, divided by "än"/"than", or the first line against the rest', async () => {
    const a = await bot.ask('hur mycket mer går till personal än till Huddingeersättningen och utredningarna tillsammans?');
    expect(a.text).toMatch(/^Skillnad: 300 000 kr/);
    expect(a.text).toContain('= 280 000 kr');
    expect((await bot.ask('How much less do the consultants and the Huddinge compensation cost together than staff?')).text).toMatch(/^Difference: 300 000 kr/);
    const c = await bot.ask('vad är skillnaden mellan avgifterna och personal plus utredningar?');
    expect(c.text).toMatch(/^Skillnad: 50 000 kr/);
    expect(c.text).toContain('860 000 kr − 810 000 kr = 50 000 kr');
  });
});
