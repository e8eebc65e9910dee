// Arithmetic over the calendar and the budget asked in clipped chat: days or weeks until and since, the span from a
// day to the meeting just answered, a body's meetings left after a day, what is left of a line for the rest of the
// year, a line less an amount spent, two lines' difference. Every figure is computed from the store.
import { createTestCore, type TestCore } from '../helpers/core.js';

describe('arithmetic over the calendar', () => {
  let bot: TestCore;
  beforeEach(async () => {
    bot = await createTestCore('2011-04-07T10:00:00+02:00');
  });
  afterEach(() => bot.cleanup());

  it('counts days until and since a meeting named by body and day, without a question word', async () => {
    expect((await bot.ask('dagar till sk 14/4')).text).toMatch(/om 7 dagar/);
    expect((await bot.ask('dagar sen sk 27/1')).text).toMatch(/för 70 dagar sedan/);
    expect((await bot.ask('veckor till LG 20/5')).text).toContain('6 veckor och 1 dag (43 dagar)');
  });

  it('counts the weeks from a day named to the meeting just answered, and follows the store when it moves', async () => {
    await bot.ask('sista lg i år?');
    expect((await bot.ask('hur många veckor efter 14/10')).text).toContain('6 veckor (42 dagar)');
    await bot.store.update({ actor: 'test', action: 'x', summary: 'x' }, (d) => {
      d.plan.meetings.find((m) => m.id === 'lg-2011-11-25')!.date = { kind: 'day', date: '2011-12-02' };
    });
    await bot.ask('sista lg i år?');
    expect((await bot.ask('hur många veckor efter 14/10')).text).toContain('7 veckor (49 dagar)');
  });

  it('takes a body named without a day on the side the order word says', async () => {
    await bot.ask('nästa sk?');
    // The rådslag before SK 14/4 (24 March), not a rådslag after it.
    expect((await bot.ask('hur många dagar efter rådslaget?')).text).toMatch(/^21 dagar mellan Södertörns rådslag torsdag 24 mars/);
    // The first SK after LG 14/10 (3 November), not the next SK from today.
    expect((await bot.ask('hur många dagar efter 14/10 är nästa SK?')).text).toContain('20 dagar');
  });

  it('counts and lists a body’s meetings after a day', async () => {
    const text = (await bot.ask('hur många lg kvar efter 20/5?')).text;
    expect(text).toContain('3 möten');
    for (const day of ['9 september', '14 oktober', '25 november']) expect(text).toContain(day);
    expect(text).not.toContain('20 maj');
  });
});

describe('arithmetic over the budget', () => {
  let bot: TestCore;
  beforeEach(async () => {
    bot = await createTestCore('2011-04-07T10:00:00+02:00');
  });
  afterEach(() => bot.cleanup());

  it('spreads an amount evenly over the year for what is left from a day, and says that the plan does not', async () => {
    const text = (await bot.ask('jämnt fördelat, vad är kvar av totalbudgeten för resten av året fr o m 1/4')).text;
    expect(text).toContain('860 000 kr × 9/12 = 645 000 kr');
    expect(text).toContain('Planen anger bara årets belopp');
    expect((await bot.ask('evenly spread, how much of the consultancy budget is left from October on?')).text).toContain('230 000 kr × 3/12 = 57 500 kr');
  });

  it('takes an amount spent from the line named, or from the whole budget', async () => {
    expect((await bot.ask('if we have spent 120 000 on studies/consultants by june, how much is left for the rest of the year?')).text).toContain('230 000 kr − 120 000 kr = 110 000 kr');
    expect((await bot.ask('om vi förbrukat 300 000 totalt, vad återstår?')).text).toContain('860 000 kr − 300 000 kr = 560 000 kr');
  });

  it('answers "diff" of two lines with their difference, in Swedish, from the store', async () => {
    const first = await bot.ask('budget personal vs lokaler diff');
    expect(first.text).toMatch(/^Skillnad: 530 000 kr/);
    await bot.store.update({ actor: 'test', action: 'x', summary: 'x' }, (d) => {
      d.plan.budgets[0]!.costs.find((l) => l.id === 'personal')!.amount = 600_000;
    });
    expect((await bot.ask('budget personal vs lokaler diff', 'other')).text).toMatch(/^Skillnad: 550 000 kr/);
  });
});
