// Round 17 (nlu17a): aggregates as operands, sums and extremes over a body's meetings, who hosts most, a
// municipality's hostings in a period, premises corrected before the answer, an event's budget, "samma månad".
import { freshCoreEach } from '../helpers/core.js';

describe('the budget’s aggregates as operands of arithmetic', () => {
  const bot = freshCoreEach();

  it('takes the largest and the smallest cost line as the two sides of a difference or a sum', async () => {
    const d = await bot.ask('hur mycket skiljer mellan den största och den minsta posten?');
    expect(d.kind).toBe('budgetDifference');
    expect(d.text).toContain('530 000 kr');
    const s = await bot.ask('the largest plus the smallest cost line?');
    expect(s.kind).toBe('budgetSum');
    expect(s.text).toContain('630 000 kr');
    // Both named without arithmetic stays the listing of the largest.
    expect((await bot.ask('vilken är största och minsta kostnaden?')).kind).toBe('budgetLine');
  });

  it('reads the income less the costs as the balance, computed', async () => {
    const a = await bot.ask('hur mycket är intäkterna minus kostnaderna 2011?');
    expect(a.kind).toBe('budgetBalance');
    expect(a.text).toMatch(/860 000 kr − 860 000 kr = 0 kr/);
  });
});

describe('sums and extremes over a body’s meetings', () => {
  const bot = freshCoreEach();

  it('adds up the hours of the meetings left, or of a period', async () => {
    const left = await bot.ask('hur många timmar LG-möten återstår i år?');
    expect(left.kind).toBe('meetingTime');
    expect(left.text).toMatch(/^Ledningsgruppen: 18 timmar sammanlagt \(4 möten, kvar 2011\)/);
    const autumn = await bot.ask('how many hours of SK meetings in the autumn in total?');
    expect(autumn.text).toMatch(/9 hours in total \(3 meetings/);
  });

  it('picks the longest or shortest gap between consecutive meetings, naming both days', async () => {
    const a = await bot.ask('vilket är det längsta uppehållet mellan två SK-möten?');
    expect(a.text).toMatch(/^Längsta uppehållet: 15 veckor \(105 dagar\), torsdag 9 juni – torsdag 22 september/);
    const b = await bot.ask('shortest break between two LG meetings?');
    expect(b.text).toMatch(/^Shortest gap: 5 weeks \(35 days\), Friday 9 September – Friday 14 October/);
  });
});

describe('who hosts most, and a municipality’s hostings in a period', () => {
  const bot = freshCoreEach();

  it('counts hosts over the rotation, and says when every municipality hosts as often', async () => {
    const a = await bot.ask('vilken kommun är oftast värd för rådslaget?');
    expect(a.text).toMatch(/^Ingen kommun är värd fler gånger än de andra .*varje kommun är värd en gång/);
  });

  it('counts hosts over the calendar’s meetings, ties named', async () => {
    const a = await bot.ask('which municipality hosts the most meetings in 2011?');
    expect(a.text).toMatch(/^Hosts most often \(2011\): Botkyrka, Salem and Tyresö, two times each/);
  });

  it('keeps only the hostings of the period asked, an order word being the period’s', async () => {
    const a = await bot.ask('vad är Salem värd för före sommaren?');
    expect(a.kind).toBe('municipalityMeetings');
    expect(a.text).toContain('24 mars');
    expect(a.text).toContain('9 juni');
    const b = await bot.ask('what does Huddinge host in the autumn?');
    expect(b.text).toContain('1 September');
    expect(b.text).not.toContain('April 2012');
  });
});

describe('premises corrected, then answered', () => {
  const bot = freshCoreEach();

  it('reads a premise opened by a word of reason as a statement, then the question', async () => {
    const a = await bot.ask('Since the management group meets only twice a year, when’s the next one?');
    expect(a.text).toContain('6 meetings');
    expect(a.text).toContain('20 May');
  });

  it('corrects a line given another line’s amount, then says what the line named covers', async () => {
    const a = await bot.ask('personalposten på 50 000, vad täcker den?');
    expect(a.text).toMatch(/^Personal är inte 50 000 kr utan 580 000 kr/);
    expect(a.text).toContain('50 000 kr är en annan post: Ersättning till Huddinge');
  });

  it('names the body that meets on a day the body asked about does not', async () => {
    const a = await bot.ask('vem är värd för LG-mötet 22 september?');
    expect(a.kind).toBe('meetingHost');
    expect(a.text).toMatch(/^Ledningsgruppen har inget möte torsdag 22 september 2011 – då möts Södertörns samarbetskommitté/);
    expect(a.text).toContain('Nynäshamn');
  });

  it('says an event’s budget is not in the plan, and names the lines it has', async () => {
    const a = await bot.ask('hur mycket pengar har rådslaget i budgeten?');
    expect(a.kind).toBe('notInPlan');
    expect(a.text).toContain('Personal 580 000 kr');
  });
});

describe('"samma månad" after a meeting', () => {
  const bot = freshCoreEach();

  it('asks of the month of the meeting just answered, for the body named', async () => {
    await bot.ask('vem är värd för SK 22/9?');
    const a = await bot.ask('och LG samma månad?');
    expect(a.kind).toBe('meetingsOn');
    expect(a.text).toContain('9 september');
  });
});
