// Round 18 (nlu18c): a year counted from now in the genitive, a meeting's length asked with "hur lång", a claim stated
// plainly, a follow-up naming only another owner, an income the plan lacks, a week with no meeting, premises with two
// false parts or a false frequency, the rotation's ends among a joint body's members, whose planning conference it is.
import { freshCoreEach } from '../helpers/core.js';

describe('a year counted from now, in the genitive', () => {
  const bot = freshCoreEach('2012-03-01T09:00:00+01:00');

  it('reads "förra årets", "fjolårets", "last year\'s" and "nästa års" as the year they count to', async () => {
    expect((await bot.ask('förra årets rådslag var')).text).toMatch(/^Värd för Södertörns rådslag 2011: Salem/);
    expect((await bot.ask('vem hade fjolårets rådslag?')).text).toMatch(/2011: Salem/);
    expect((await bot.ask("who hosted last year's rådslag?")).text).toMatch(/2011: Salem/);
    expect((await bot.ask('kommande års rådslag?')).text).toMatch(/2013: Botkyrka/);
  });
});

describe('a meeting’s length asked with "hur lång"', () => {
  const bot = freshCoreEach();

  it('reads "hur långt", "hur lång", "hur långa" of a body that meets as the length of its meetings', async () => {
    expect((await bot.ask('Hur långt är ett LG-möte?')).text).toMatch(/^Ledningsgruppen: 4,5 timmar \(08\.30–13\.00\)/);
    expect((await bot.ask('hur lång är ett SK-möte')).text).toMatch(/^Södertörns samarbetskommitté: 3 timmar/);
    expect((await bot.ask('hur långa är ledningsgruppens möten?')).kind).toBe('meetingTime');
  });

  it('keeps a word of until or distance a time until the meeting', async () => {
    expect((await bot.ask('hur långt är det till nästa LG?')).kind).toBe('daysUntil');
    expect((await bot.ask('hur långt bort är nästa LG?')).kind).toBe('daysUntil');
  });
});
