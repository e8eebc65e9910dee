// Round 30, helper nlu30b: a move's target as a weekday alone or a day counted from today, "fre 27/5 instead" after the
// writer's own move, "<body> <date> till <date>" as a move (a clash said plainly) or a span, how long the meeting in
// focus lasts, meetings since a month, and month short forms written alike in both languages.
import { readFileSync } from 'node:fs';
import { parseAdmin } from '../../bot/admin/parse.js';
import { validateStore } from '../../bot/store/store.js';
import { buildLexicon } from '../../bot/understand/lexicon.js';
import { detectLang, splitWords, understand } from '../../bot/understand/understand.js';
import { fold } from '../../bot/understand/normalize.js';
import { SEED } from '../helpers/app.js';
import { freshCoreEach, LEXICON } from '../helpers/core.js';

const plan = validateStore(JSON.parse(readFileSync(SEED, 'utf8'))).plan;
const lexicon = buildLexicon(LEXICON, plan);
const moved = (t: string, now = '2011-04-07T08:00:00Z', lang: 'sv' | 'en' = 'sv') => {
  const r = parseAdmin(t, { plan, lexicon, now: new Date(now) }, lang);
  return r?.type === 'change' && r.change.kind === 'meeting.update' ? { id: r.change.meetingId, set: r.change.set } : r?.type;
};
const to = (id: string, date: string) => ({ id, set: { date: { kind: 'day', date } } });

describe('a weekday alone as a move\'s target', () => {
  it('is the next such day after the meeting, its own day written or not', () => {
    expect(moved('SK 22/9 flyttas till fredagen')).toMatchObject(to('sk-2011-09-22', '2011-09-23'));
    expect(moved('LG 14/10 ska flyttas till torsdagen')).toMatchObject(to('lg-2011-10-14', '2011-10-20'));
    expect(moved('move SK 3/11 to the Friday', undefined, 'en')).toMatchObject(to('sk-2011-11-03', '2011-11-04'));
    expect(moved('flytta SK 3/11 till fredagen')).toMatchObject(to('sk-2011-11-03', '2011-11-04'));
  });
  it('is that weekday of the next week with "veckan efter"', () => {
    expect(moved('SK 22/9 flyttas till fredagen veckan efter')).toMatchObject(to('sk-2011-09-22', '2011-09-30'));
    expect(moved('LG 20/5 flyttas till fredagen veckan efter')).toMatchObject(to('lg-2011-05-20', '2011-05-27'));
    // The same whether the meeting's day is written or not, and in the command's own form.
    expect(moved('nästa SK flyttas till fredagen veckan efter')).toMatchObject(to('sk-2011-04-14', '2011-04-22'));
    expect(moved('flytta SK 14/4 till fredagen veckan efter')).toMatchObject(to('sk-2011-04-14', '2011-04-22'));
    expect(moved('flytta SK 14/4 till fredagen')).toMatchObject(to('sk-2011-04-14', '2011-04-15'));
  });
});

describe('a day counted from today as a move\'s target', () => {
  it('is counted from the clock\'s now, not from the middle of the meeting\'s year', () => {
    expect(moved('nästa LG flyttas till imorgon', '2011-07-10T08:00:00Z')).toMatchObject(to('lg-2011-09-09', '2011-07-11'));
    expect(moved('flytta LG 20/5 till imorgon', '2011-05-16T08:00:00Z')).toMatchObject(to('lg-2011-05-20', '2011-05-17'));
    expect(moved('move SK 22/9 to tomorrow', '2011-09-20T08:00:00Z', 'en')).toMatchObject(to('sk-2011-09-22', '2011-09-21'));
    expect(moved('SK 22/9 flyttas till i övermorgon', '2011-09-19T08:00:00Z')).toMatchObject(to('sk-2011-09-22', '2011-09-21'));
  });
});

describe('a weekday and a day "instead"', () => {
  const bot = freshCoreEach('2011-04-07T10:00:00+02:00', { secretariat: ['tester'] });
  it('after the writer\'s own move was made, moves that meeting again', async () => {
    expect((await bot.ask('flytta LG 20/5 till 26/5')).kind).toBe('confirm');
    expect((await bot.ask('ja')).kind).toBe('confirmed');
    const r = await bot.ask('fre 27/5 instead');
    expect(r.kind).toBe('confirm');
    expect(r.text).toContain('26 May');
    expect(r.text).toContain('27 May');
  });
  it('is the new day even where another body meets then', async () => {
    await bot.ask('flytta SK 22/9 till 29/9');
    await bot.ask('ja');
    const r = await bot.ask('torsdag 6/10 istället');
    expect(r.kind).toBe('confirm');
    expect(r.text).toContain('Södertörns samarbetskommitté');
    expect(r.text).toContain('6 oktober');
  });
  it('with nothing of the writer\'s to correct asks which meeting', async () => {
    expect((await bot.ask('fre 27/5 istället')).kind).toBe('clarify');
  });
});

describe('"<body> <date> till <date>"', () => {
  const secretariat = freshCoreEach('2011-04-07T10:00:00+02:00', { secretariat: ['tester'] });
  const member = freshCoreEach('2011-04-07T10:00:00+02:00');
  it('from the secretariat without a question is a move, a clash said plainly in the message\'s language', async () => {
    const sv = await secretariat.ask('SK 22/9 till 3/11');
    expect(sv.kind).toBe('adminError');
    expect(sv.text).toContain('Krockar med ett annat möte');
    expect(sv.text).toContain('3 november');
    const en = await secretariat.ask('LG 20/5 to 9/9');
    expect(en.kind).toBe('adminError');
    expect(en.text).toContain('Clashes with another meeting of the same body');
    expect(en.text).not.toContain('Krockar');
    expect((await secretariat.ask('SK 22/9 till 29/9')).kind).toBe('confirm');
  });
  it('from a member, or asked, is a span', async () => {
    for (const [bot, q] of [[member, 'SK 22/9 till 3/11'], [secretariat, 'vilka SK-möten är det från 22/9 till 3/11?'], [secretariat, 'SK 22/9 till 3/11?']] as const) {
      const r = await bot.ask(q);
      expect(r.kind).toBe('meetingsOn');
      expect(r.text).toContain('22 september');
      expect(r.text).toContain('3 november');
    }
  });
});

describe('questions', () => {
  const bot = freshCoreEach('2011-04-07T10:00:00+02:00');
  it('"how long does it last?" after a meeting asks its length, not the last meeting', async () => {
    await bot.ask('sista SK');
    const r = await bot.ask('how long does it last?');
    expect(r.kind).toBe('meetingTime');
    expect(r.text).toMatch(/3 hours/);
  });
  it('"the last meeting" is still the last one', () => {
    const q = understand({ text: 'when is the last SK meeting?', lexicon, plan, now: new Date('2011-04-07T08:00:00Z') });
    expect(q.cues).toContain('last');
  });
  it('"hur många möten sedan mars?" counts the meetings since March up to now', () => {
    for (const t of ['hur många möten sedan mars?', 'antal möten sedan mars']) {
      const q = understand({ text: t, lexicon, plan, now: new Date('2011-10-20T08:00:00Z') });
      expect(q.intent).toBe('countMeetings');
      expect(q.dates).toEqual(['2011-03-01', '2011-10-20']);
    }
  });
});

describe('month short forms written alike in both languages', () => {
  it('tell no language', () => {
    const lang = (t: string) => detectLang(lexicon, splitWords(fold(t)), undefined, undefined, t);
    expect(lang('SK 3 nov -> 10 nov')).toBe('sv');
    expect(lang('LG 14 oct -> 21 oct')).toBe('en');
  });
});

describe('two days written as a range in English', () => {
  const bot = freshCoreEach('2011-04-07T10:00:00+02:00');
  it('keeps both days: "from 22/9 to 3/11" asks of the span', async () => {
    for (const q of ['which SK meetings are there from 22/9 to 3/11', 'SK meetings from 22/9 to 3/11?']) {
      const r = await bot.ask(q);
      expect(r.text).toContain('22 September');
      expect(r.text).toContain('3 November');
    }
  });
});
