// Round 28 (helper nlu28c): the kinds behind its share of r28-dev's failures, each checked through the whole bot.
import { createTestCore, type TestCore } from '../helpers/core.js';

describe('round 28 (nlu28c)', () => {
  let bot: TestCore;
  beforeEach(async () => {
    bot = await createTestCore('2011-04-07T10:00:00+02:00');
  });
  afterEach(() => bot.cleanup());

  it('"who hosts then?" after a meeting found by its order asks of that meeting, not of the next one', async () => {
    expect((await bot.ask('sista SK-mötet i år?')).text).toContain('8 december');
    const host = (await bot.ask('vem är värd då?')).text;
    expect(host).toContain('Tyresö');
    expect(host).not.toContain('Nykvarn');
    expect((await bot.ask('the second to last committee meeting of 2011?')).text).toContain('3 November');
    expect((await bot.ask('who hosts that one?')).text).toContain('Botkyrka');
    // A follow-up naming its own day is still asked of that day.
    expect((await bot.ask('och 9/6?')).text).toContain('Salem');
  });
});
