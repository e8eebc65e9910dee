// Round 30 (helper nlu30a): r29-dev's budget and follow-up kinds left, each checked through the whole bot.
import { createTestCore, type TestCore } from '../helpers/core.js';

describe('round 30 (nlu30a)', () => {
  let bot: TestCore;
  beforeEach(async () => {
    bot = await createTestCore('2011-04-07T10:00:00+02:00');
  });
  afterEach(() => bot.cleanup());

  it("an amount per meeting of a body is divided by that body's meetings in the budget's year, and says so", async () => {
    const sk = await bot.ask('vad kostar varje SK-möte om man delar totala budgeten på mötena?');
    expect(sk.text).toMatch(/^143 333 kr per möte/);
    expect(sk.text).toContain('860 000 kr / 6 möten');
    expect(sk.text).toContain('Södertörns samarbetskommitté har 6 möten 2011');
    const lg = await bot.ask('total budget per LG meeting');
    expect(lg.text).toMatch(/^143 333 kr per meeting/);
    expect(lg.text).toContain('Ledningsgruppen has 6 meetings in 2011');
    expect((await bot.ask('hur mycket personalkostnad blir det per SK-möte?')).text).toMatch(/^96 667 kr per möte/);
    expect((await bot.ask('If I divide the total budget by the six SK meetings in 2011, what is the cost per meeting?')).text).toMatch(/^143 333 kr per meeting/);
    // A meeting word with no amount asked is still the meetings.
    expect((await bot.ask('nästa SK-möte?')).text).toContain('14 april');
    expect((await bot.ask('vem är värd för varje SK-möte?')).text).toContain('Nykvarn');
  });
});
