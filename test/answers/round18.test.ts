// Round 18 (nlu18a): the failures the dev sets of rounds 15–17 left, each read by a general rule.
import { freshCoreEach } from '../helpers/core.js';

describe('a rotation year the calendar has no date for', () => {
  const bot = freshCoreEach();

  it('answers a plain "when" as not in the plan, with the host the plan does name', async () => {
    for (const [q, host] of [['när är rådslaget 2013?', 'Botkyrka'], ['when is the 2015 rådslag?', 'Södertälje'], ['vilket datum är rådslaget 2012?', 'Nynäshamn']] as const) {
      const a = await bot.ask(q);
      expect(a.kind).toBe('notInPlan');
      expect(a.text).toContain(host);
    }
    // A year the calendar does date keeps its meeting.
    const held = await bot.ask('när är rådslaget 2011?');
    expect(held.kind).not.toBe('notInPlan');
    expect(held.text).toContain('24 mars');
  });
});

describe('a budget line cut short', () => {
  const bot = freshCoreEach();

  it('reads "pers." as the staff line, so a difference has both its sides', async () => {
    const a = await bot.ask('differensen mellan pers. o utredn.');
    expect(a.kind).toBe('budgetDifference');
    expect(a.text).toContain('350 000 kr');
  });
});

describe('a number of a unit of time', () => {
  const bot = freshCoreEach();

  it('is that many units of the amount spread over the year, not a split between the municipalities', async () => {
    const a = await bot.ask('om utredningspengarna sprids jämnt över året, hur mycket borde vara använt efter tre kvartal?');
    expect(a.text).toMatch(/^172 500 kr på 3 kvartal/);
    expect(a.text).toContain('230 000 kr / 4 kvartal × 3 = 172 500 kr');
    const b = await bot.ask('what do staff cost over two months?');
    expect(b.text).toMatch(/^96 667 kr over 2 months/);
    // One unit stays the per-unit reading.
    expect((await bot.ask('vad kostar personalen per kvartal?')).text).toMatch(/^145 000 kr per kvartal/);
  });
});

describe('what a body met once or twice in the calendar is about', () => {
  const bot = freshCoreEach();

  it('gives its meetings (when, host) after what it is', async () => {
    const a = await bot.ask('what is the nyckeltal day about?');
    expect(a.kind).toBe('bodyInfo');
    expect(a.text).toMatch(/follow-up/);
    expect(a.text).toContain('6 October');
    expect(a.text).toContain('Botkyrka');
    // A body that meets all year is its description, not a list of its meetings.
    const lg = await bot.ask('vad gör ledningsgruppen?');
    expect(lg.text).not.toContain('14 oktober');
  });
});

describe('what something is for, asked at the end of a message', () => {
  const bot = freshCoreEach();

  it('is the purpose, inside a long greeting too', async () => {
    const a = await bot.ask('Hej! We have a delegation from Tallinn here today – could you explain in English what the Södertörn cooperation is for?');
    expect(a.text).toMatch(/regional development/);
    expect((await bot.ask('what is the Södertörn cooperation for?')).text).toMatch(/regional development/);
  });

  it('leaves "for" to a word before it that has its own meaning (tasks, hosting)', async () => {
    const a = await bot.ask('what are they responsible for?');
    expect(a.text).not.toMatch(/regional development/);
  });
});

describe('a meeting after a day named relatively', () => {
  const bot = freshCoreEach('2011-09-23T09:00:00+02:00');

  it('anchors on that day as on a date written out', async () => {
    const a = await bot.ask("What's the next committee meeting after yesterday's?");
    expect(a.kind).toBe('adjacentMeeting');
    expect(a.text).toContain('3 November');
    expect(a.text).toContain('Botkyrka');
  });
});
