// The bot at the real clock, years after the plan's calendar (issue 14): what a question asks that is no date (how often,
// a rotation, the budget, a day written without a year) is answered from the plan as in its own year; "next" says the
// calendar has ended, with the last meetings. Besides: a member's statement against the budget is a checked claim, both
// planning conferences asked together in English, and "next" with a period is the one meeting.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pastThePlan, undatedYear } from '../../bot/domain/calendar.js';
import { withBothTitled } from '../../bot/understand/coordination.js';
import { buildLexicon, loadLexiconData } from '../../bot/understand/lexicon.js';
import { ROOT } from '../helpers/app.js';
import { freshCoreEach } from '../helpers/core.js';

const seed = JSON.parse(readFileSync(path.join(ROOT, 'data', 'seed.json'), 'utf8'));
const lexicon = buildLexicon(loadLexiconData(path.join(ROOT, 'data', 'lexicon.json')), seed.plan);
const LATE = '2026-12-04T10:00:00+01:00';

describe('undatedYear', () => {
  it('is this year while the clock is within the plan, the plan\'s calendar year once it has run past it', () => {
    expect(undatedYear(seed.plan, new Date('2011-04-07T10:00:00+02:00'))).toBe(2011);
    // (2012 holds two SK meetings of the plan: still within it.)
    expect(undatedYear(seed.plan, new Date('2012-02-01T10:00:00+01:00'))).toBe(2012);
    expect(undatedYear(seed.plan, new Date(LATE))).toBe(2011);
    expect(undatedYear({ ...seed.plan, calendarYears: [2011, 2026] }, new Date(LATE))).toBe(2026);
  });

  it('pastThePlan says whether the clock has run past every year of the plan', () => {
    expect(pastThePlan(seed.plan, new Date('2011-04-07T10:00:00+02:00'))).toBe(false);
    expect(pastThePlan(seed.plan, new Date('2012-02-01T10:00:00+01:00'))).toBe(false);
    expect(pastThePlan(seed.plan, new Date(LATE))).toBe(true);
    expect(pastThePlan({ ...seed.plan, calendarYears: [2011, 2026] }, new Date(LATE))).toBe(false);
  });
});

describe('questions with no date at the real clock (December 2026)', () => {
  const bot = freshCoreEach(LATE);

  it('answers how often a body meets from the plan, not "no calendar for 2012"', async () => {
    const conf = await bot.ask('How often is the Södertörn conference held?');
    expect(conf.kind).toBe('countMeetings');
    expect(conf.text).toContain('“årligen” (annually)');
    const lg = await bot.ask('hur ofta träffas ledningsgruppen?');
    expect(lg.text).toContain('minst sex gånger per år');
    expect(lg.text).not.toContain('ingen kalender');
  });

  it('answers "next" in a period read in the plan\'s year with that period\'s meeting, not "no meeting then"', async () => {
    const lg = await bot.ask('nästa LG i höst');
    expect(lg.text).toContain('9 september 2011');
    expect(lg.text).not.toContain('inget möte');
    const left = await bot.ask('vilka SK-möten är kvar i höst?');
    expect(left.text).toContain('22 september 2011');
    expect(left.text).toContain('8 december 2011');
  });

  it('reads a day, a month or a season written without a year in the plan\'s year', async () => {
    expect((await bot.ask('SK 8/12 värd?')).text).toContain('Tyresö');
    expect((await bot.ask('vad händer i september')).text).toContain('22 september 2011');
    expect((await bot.ask('nyckeltalsdagen i vår, vilket datum?')).text).toContain('6 oktober 2011');
  });

  it('says the plan\'s calendar has ended, with the last meetings, when asked for the next one', async () => {
    const lg = await bot.ask('next LG meeting?');
    expect(lg.kind).toBe('lastMeeting');
    expect(lg.text).toMatch(/^The plan's calendar has ended for Ledningsgruppen – the last meeting was Friday 25 November 2011/);
    const any = await bot.ask('nästa möte?', 'another');
    expect(any.text).toMatch(/^Planens kalender har tagit slut/);
    expect(any.text).toContain('Planens sista möten:');
    const radslag = await bot.ask('where is the next rådslag held?', 'third');
    expect(radslag.text).toContain('ends with 2018: Huddinge');
  });

  it('says none are left of a year all held, with its last meeting', async () => {
    const r = await bot.ask('How many SK meetings are left in 2011?');
    expect(r.text).toMatch(/^Södertörns samarbetskommitté has no more meetings in 2011 – the last was on Thursday 8 December 2011/);
  });
});

describe('a member\'s plain statement of a budget line\'s amount', () => {
  const bot = freshCoreEach();

  it('is checked against the plan as a yes/no claim', async () => {
    expect((await bot.ask('personalen är 600 000')).text).toMatch(/^Nej – Personal är 580 000 kr/);
    expect((await bot.ask('the staff budget is 500 000 kr')).text).toMatch(/^No – Personal \(staff\) is 580 000 kr/);
    expect((await bot.ask('personalen är 580 000')).text).toMatch(/^Ja – /);
  });

  it('stays a lookup where no amount is stated', async () => {
    expect((await bot.ask('personalen är viktig')).text).toMatch(/^Personal: 580 000 kr/);
  });
});

describe('withBothTitled', () => {
  it('writes out a body named in the plural with a word for both as it and the other body\'s meeting of that title', () => {
    expect(withBothTitled('how many days between the two planning conferences?', lexicon, seed.plan, 'en')).toBe('how many days between the two Samarbetskommitténs planeringskonferens and Ledningsgruppens planeringskonferens?');
    expect(withBothTitled('när har båda sina planeringskonferenser?', lexicon, seed.plan, 'sv')).toBe('när har båda sina Samarbetskommitténs planeringskonferens och Ledningsgruppens planeringskonferens?');
  });

  it('leaves the singular, a text without a word for both and two bodies named alone', () => {
    for (const t of ['hur lång är planeringskonferensen, två dagar?', 'when are the planning conferences?', 'both SK and LG planning conferences?']) {
      expect(withBothTitled(t, lexicon, seed.plan, 'en')).toBe(t);
    }
  });
});

describe('both planning conferences asked in English', () => {
  const bot = freshCoreEach();

  it('gives both dates, and the days between them from the calendar', async () => {
    const when = await bot.ask('when do both hold their planning conferences?');
    expect(when.text).toContain('27 January');
    expect(when.text).toContain('31 March');
    expect((await bot.ask('how many days between the two planning conferences?', 'other')).text).toMatch(/^63 days between/);
  });
});

describe('"next" with a period', () => {
  const bot = freshCoreEach();

  it('answers the one next meeting in the period, headed as that meeting', async () => {
    const lg = await bot.ask('nästa LG i höst');
    expect(lg.text).toMatch(/^Nästa möte september–december 2011: Ledningsgruppen, fredag 9 september 2011/);
    expect(lg.text).not.toContain('14 oktober');
    const sk = await bot.ask('next SK after the summer', 'other');
    expect(sk.text).toMatch(/^Next meeting September–December 2011: Södertörns samarbetskommitté, Thursday 22 September 2011.* – host: Nynäshamn/);
  });

  it('leaves what is still to come in a period, asked with no body or meeting, a list', async () => {
    expect((await bot.ask('what\'s coming up this autumn?')).text).toMatch(/^Meetings September–December 2011/);
  });
});
