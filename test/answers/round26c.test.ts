// Round 26 (helper nlu26c): kinds noticed and left last session, each checked through the whole bot.
import { createTestCore, type TestCore } from '../helpers/core.js';
import { withoutThousandsCommas } from '../../bot/understand/normalize.js';

describe('round 26 (nlu26c)', () => {
  let bot: TestCore;
  beforeEach(async () => {
    bot = await createTestCore('2011-04-07T10:00:00+02:00');
  });
  afterEach(() => bot.cleanup());

  it('a count beside "next" lists that many coming meetings, of the body named or of all', async () => {
    const lg = (await bot.ask('när är nästa två LG-möten?')).text;
    expect(lg).toContain('20 maj 2011');
    expect(lg).toContain('9 september 2011');
    expect(lg).not.toContain('14 oktober');
    const all = (await bot.ask('the next 3 meetings')).text;
    expect(all).toContain('14 April');
    expect(all).toContain('20 May');
    expect(all).toContain('9 June');
    expect(all).not.toContain('1 September');
    // A count of a unit of time beside "next" is still a span, not meetings.
    expect((await bot.ask('de närmaste 14 dagarna')).text).toContain('torsdag 7 april 2011–torsdag 21 april 2011');
  });

  it('"den närmaste månaden" is a month from today, not this calendar month', async () => {
    const a = (await bot.ask('vad händer den närmaste månaden')).text;
    expect(a).toContain('torsdag 7 april 2011–lördag 7 maj 2011');
    expect((await bot.ask('möten i veckan')).text).toContain('denna vecka');
  });

  it('a day counted from today with no meeting names the day', async () => {
    expect((await bot.ask('in three weeks, is there a meeting?')).text).toMatch(/^No – no meeting on Thursday 28 April 2011/);
  });

  it('an order word right before an event asks what comes before or after it, of any body', async () => {
    expect((await bot.ask('what comes after the rådslag?')).text).toMatch(/^The meeting after Södertörns rådslag .*: Ledningsgruppen/);
    expect((await bot.ask('vad är före konferensen')).text).toMatch(/^Mötet före Södertörnskonferensen .*: Södertörns samarbetskommitté/);
    expect((await bot.ask('vad kommer efter LG 25/11?')).text).toContain('8 december 2011');
    // The body named before the order word is the body asked: its own next meeting.
    expect((await bot.ask('nästa LG efter 20/5')).text).toContain('Ledningsgruppen fredag 9 september');
  });

  it('the chairs are the committee and the directors the ledningsgrupp, in English and Swedish', async () => {
    expect((await bot.ask('when do the chairs meet next?')).text).toContain('Next meeting: Södertörns samarbetskommitté');
    expect((await bot.ask('when do the directors meet?')).text).toContain('Next meeting: Ledningsgruppen');
    expect((await bot.ask('var träffas ordförandena i juni?')).text).toContain('Salem');
    // Who holds the role is still a name the plan does not give.
    expect((await bot.ask('who is the chair?')).kind).toBe('notInPlan');
  });

  it('a staff line that sank, fell or went down is a what-if', async () => {
    expect((await bot.ask('om personalkostnaden sjönk med 10 %')).text).toContain('522 000 kr');
    expect((await bot.ask('if staff fell by 20,000, would there be a surplus?')).text).toMatch(/^Yes – .*surplus of 20 000 kr/);
  });

  it('a topic shortened to the end of its name and a dash before the question', async () => {
    const a = (await bot.ask('förmyndarnämnden — hur många kommuner?')).text;
    expect(a).toContain('5 kommuner');
  });

  it('an English amount with a comma after it is still an amount', () => {
    expect(withoutThousandsCommas('by 20,000, would')).toBe('by 20 000, would');
    expect(withoutThousandsCommas('67,4 %')).toBe('67,4 %');
    expect(withoutThousandsCommas('1,250 miljoner')).toBe('1,250 miljoner');
  });
});
