// Round 24 (helper nlu24b): kinds left in round 23, each checked through the whole bot.
import { createTestCore, type TestCore } from '../helpers/core.js';

describe('round 24 (nlu24b)', () => {
  let bot: TestCore;
  beforeEach(async () => {
    bot = await createTestCore('2011-04-07T10:00:00+02:00');
  });
  afterEach(() => bot.cleanup());

  it('two bodies compared say which meets more often, not "most often"', async () => {
    const en = (await bot.ask('does SK meet more often than the södertörn conference?')).text;
    expect(en).toMatch(/^Yes – Södertörns samarbetskommitté meets more often/);
    expect(en).not.toContain('most often');
    const sv = (await bot.ask('vem träffas oftare, LG eller rådslaget')).text;
    expect(sv).toContain('Ledningsgruppen träffas oftare');
  });

  it('the week of a meeting already held is said in the past', async () => {
    bot.clock.set('2011-10-01T10:00:00+02:00');
    const a = (await bot.ask('vilken vecka är rådslaget?')).text;
    expect(a).toContain('hölls i vecka 12');
    expect(a).toContain('2012');
    expect((await bot.ask('which week is the nyckeltal day?')).text).toContain('is in week 40');
  });

  it('at the real clock, "this year" says which year the plan\'s calendar is for', async () => {
    bot.clock.set('2026-12-04T10:00:00+01:00');
    expect((await bot.ask('när träffas LG i år')).text).toContain('Planen har ingen kalender för 2026; planens kalender gäller 2011.');
    expect((await bot.ask('what meetings are there this year?')).text).toContain('its calendar covers 2011');
  });

  it('a held meeting whose day the plan never set does not say the day is not set yet', async () => {
    bot.clock.set('2026-12-04T10:00:00+01:00');
    const held = (await bot.ask('SK-möten 2012')).text;
    expect(held).toContain('april 2012 (planen angav ingen dag)');
    expect(held).not.toContain('inte bestämd än');
    bot.clock.set('2011-12-09T10:00:00+01:00');
    expect((await bot.ask('SK-möten 2012')).text).toContain('april 2012 (dagen är inte bestämd än)');
  });
});
