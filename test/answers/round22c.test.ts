// Round 22 (nlu22c): equal shares of named members together, a line against the rest, the total per half-year, a
// body's meeting right after an event, a weekday check of the last date, ISO weeks, days and years counted from now.
import { freshCoreEach } from '../helpers/core.js';
import { isoWeekOfDay } from '../../bot/domain/calendar.js';

describe('an equal share of the fees for two or more members named together', () => {
  const bot = freshCoreEach();

  it('multiplies one member’s share by the members named', async () => {
    expect((await bot.ask('nykvarn + salem tillsammans, om avgiften delas lika?')).text).toMatch(/^Nykvarn och Salem tillsammans: 215 000 kr/);
    expect((await bot.ask('tyresö+haninge+salem+nykvarn tillsammans vid lika fördelning av avgiften')).text).toMatch(/: 430 000 kr/);
    expect((await bot.ask('Huddinge and Nykvarn together, if the fees are split equally?')).text).toMatch(/^Huddinge and Nykvarn together: 215 000 kr/);
  });

  it('keeps one member named as one share', async () => {
    expect((await bot.ask('vad betalar Salem om avgiften delas lika?')).text).toMatch(/107 500 kr/);
  });
});

describe('a budget line against all the other costs together', () => {
  const bot = freshCoreEach();

  it('gives the difference between the line and the sum of the rest', async () => {
    expect((await bot.ask('how much bigger is personal than all the other costs combined?')).text).toMatch(/^Personal \(staff\) is 300 000 kr more than all the other costs together/);
    expect((await bot.ask('hur mycket mindre är utredningarna än resten av kostnaderna tillsammans?')).text).toMatch(/400 000 kr mindre/);
  });
});

describe('the total per half-year', () => {
  const bot = freshCoreEach();

  it('reads "half-year" and "half year" as the unit, not a split between the members', async () => {
    expect((await bot.ask('total budget per half-year, if spread evenly?')).text).toMatch(/^430 000 kr per half year/);
    expect((await bot.ask('staff costs per half year?')).text).toMatch(/^290 000 kr per half year/);
  });
});

describe('a body’s meeting right after or before an event', () => {
  const bot = freshCoreEach();

  it('anchors on the event named after the order word', async () => {
    expect((await bot.ask('which LG is right after the nyckeltal day?')).text).toMatch(/Ledningsgruppen Friday 14 October/);
    expect((await bot.ask('vilket LG ligger närmast före nyckeltalsdagen?')).text).toMatch(/Ledningsgruppen fredag 9 september/);
    expect((await bot.ask('första LG efter södertörnskonferensen?')).text).toMatch(/Ledningsgruppen fredag 9 september/);
  });
});

describe('a weekday asked of the meeting just answered', () => {
  const bot = freshCoreEach();

  it('answers "is that a Friday?" yes or no of that meeting', async () => {
    await bot.ask('when is the Södertörn conference?');
    expect((await bot.ask('is that a Monday?')).text).toMatch(/^No – .*Thursday 1 September/);
  });
});

describe('the week of a meeting', () => {
  const bot = freshCoreEach();

  it('numbers weeks as ISO 8601 does', () => {
    expect(isoWeekOfDay('2011-10-06')).toBe(40);
    expect(isoWeekOfDay('2011-01-02')).toBe(52);
    expect(isoWeekOfDay('2011-01-03')).toBe(1);
    expect(isoWeekOfDay('2015-12-31')).toBe(53);
  });

  it('gives the week of the meeting asked about', async () => {
    expect((await bot.ask('which week is the nyckeltal day?')).text).toMatch(/is in week 40/);
    expect((await bot.ask('vilken vecka är LG i oktober')).text).toMatch(/fredag 14 oktober 2011, 08\.30–13\.00 är i vecka 41/);
  });
});

describe('days and years counted from now', () => {
  const bot = freshCoreEach();

  it('reads "from today" as where the days start, not the meeting’s day', async () => {
    expect((await bot.ask('how many days from today to Södertörnskonferensen?')).text).toMatch(/in 147 days/);
  });

  it('reads "räknat från i år" as where the years start', async () => {
    expect((await bot.ask('räknat från i år, hur många år dröjer det innan Södertälje står som värd för rådslaget?')).text).toMatch(/^4 år kvar: Södertälje är värd för Södertörns rådslag 2015/);
    expect((await bot.ask('om hur många år har Haninge rådslaget?')).text).toMatch(/^5 år kvar/);
  });
});
