// Round 28, helper nlu28b: the misreadings issue 14's secretariat and members met, each read by a general rule.
import { readFileSync } from 'node:fs';
import { meetingThenDay } from '../../bot/admin/natural.js';
import { parseAdmin } from '../../bot/admin/parse.js';
import { validateStore } from '../../bot/store/store.js';
import { buildLexicon } from '../../bot/understand/lexicon.js';
import { SEED } from '../helpers/app.js';
import { freshCoreEach, LEXICON } from '../helpers/core.js';

const plan = validateStore(JSON.parse(readFileSync(SEED, 'utf8'))).plan;
const lexicon = buildLexicon(LEXICON, plan);
const now = new Date('2011-04-07T08:00:00Z');

describe('a meeting, then another day, with no verb', () => {
  it('is the shape of a move where the first day is a meeting of the body named', () => {
    for (const t of ['mötet 22/9 till 29/9', 'SK 3/11 till 10/11', 'LG 9/9 - 16/9.', 'LG 2011-05-20 till 2011-05-27', 'the meeting 20.5 to 27.5']) expect(meetingThenDay(t, { plan, lexicon, now })).toBe(true);
  });
  it('is no move where the first day is no meeting, a plural asks for a span, a "?" asks, or more is said', () => {
    for (const t of ['SK 1/9 - 30/9', 'möten 1/9 till 30/9', 'SK 22/9 till 29/9?', 'vad händer 22/9 till 29/9', 'SK 22/9 till 22/9', 'LG 22/9 till 29/9']) expect(meetingThenDay(t, { plan, lexicon, now })).toBe(false);
  });
  it('is proposed as a move from the secretariat, "t" for till too, and stays a question from a member', () => {
    const r = parseAdmin('mötet 22/9 t 29/9', { plan, lexicon, now }, 'sv');
    expect(r?.type).toBe('change');
    expect(r?.type === 'change' && r.change.kind === 'meeting.update' && r.change.meetingId).toBe('sk-2011-09-22');
    expect(parseAdmin('SK 22/9 till 29/9', { plan, lexicon, now, member: true }, 'sv')?.type).not.toBe('change');
  });
  it('reads a dash between two days as a span, not as a sign ("SK 1/9 - 30/9" asks nothing to change)', () => {
    expect(parseAdmin('SK 1/9 - 30/9', { plan, lexicon, now }, 'sv')).toBeUndefined();
  });
  it('reads "16/6 ist f 9/6 för SK" with its words cut short as "istället för"', () => {
    const r = parseAdmin('16/6 ist f 9/6 för SK', { plan, lexicon, now }, 'sv');
    expect(r?.type === 'change' && r.change.kind === 'meeting.update' && r.change.meetingId).toBe('sk-2011-06-09');
  });
});

describe('a step after a step among every body\'s meetings', () => {
  const bot = freshCoreEach();
  it('keeps to every body\'s meetings: "och efter det?" after "what comes after the rådslag?"', async () => {
    expect((await bot.ask('what comes after the rådslag?')).text).toContain('31 March');
    const next = await bot.ask('och efter det?');
    expect(next.text).toContain('14 april');
    expect(next.text).not.toContain('20 maj');
    expect((await bot.ask('och sen?')).text).toContain('20 maj');
  });
  it('keeps to every body\'s meetings after "nästa möte efter 9/6" too, and to one body after that body\'s', async () => {
    expect((await bot.ask('vad är nästa möte efter 9/6?')).text).toContain('1 september');
    expect((await bot.ask('och nästa?')).text).toContain('9 september');
    expect((await bot.ask('nästa LG efter 20/5?', 'lg')).text).toContain('9 september');
    expect((await bot.ask('och efter det?', 'lg')).text).toContain('14 oktober');
  });
  it('reads "follows" as after', async () => {
    expect((await bot.ask('which meeting follows the Södertörn conference?')).text).toContain('9 September');
    expect((await bot.ask('when does the key figures follow-up take place')).text).toContain('6 October');
  });
});

describe('the past asked', () => {
  const secretariat = freshCoreEach('2011-04-07T10:00:00+02:00', { secretariat: ['tester'] });
  it('"vad har hänt i våras?" from the secretariat lists the spring\'s meetings held, not the change log', async () => {
    const r = await secretariat.ask('vad har hänt i våras?');
    expect(r.kind).toBe('meetingsOn');
    expect(r.text).toContain('24 mars');
  });
  it('"sedan januari" is from the month\'s first day until today', async () => {
    const r = await secretariat.ask('vad har hänt sedan januari?');
    expect(r.text).toContain('21 januari');
    expect(r.text).toContain('24 mars');
    expect(r.text).not.toContain('14 april');
  });
  const autumn = freshCoreEach('2011-10-20T10:00:00+02:00');
  it('"i somras" asked in the autumn is this year\'s summer, not the next', async () => {
    const r = await autumn.ask('vad hände i somras?');
    expect(r.text).toContain('2011');
    expect(r.text).not.toContain('2012');
  });
});

describe('"council", a word two bodies go by', () => {
  const bot = freshCoreEach();
  it('is the committee by default', async () => {
    const r = await bot.ask('next council meeting?');
    expect(r.text).toContain('14 April');
    expect(r.text).not.toContain('rådslag');
    expect((await bot.ask('who sits on the council?')).text).not.toContain('KTH');
  });
  it('is the rådslag where a host is asked of a year or a municipality, or what only the rådslag has', async () => {
    expect((await bot.ask('who hosts the council in 2014?')).text).toContain('Tyresö');
    expect((await bot.ask('which year does Södertälje have the council?')).text).toContain('2015');
    expect((await bot.ask('is KTH part of the council')).text.startsWith('Yes')).toBe(true);
  });
  it('is the committee where a day is named with the host', async () => {
    expect((await bot.ask('is the council meeting on 3 November in Botkyrka?')).text.startsWith('Yes')).toBe(true);
  });
});

describe('change requests in more of the secretariat\'s styles', () => {
  const read = (t: string, member = false) => parseAdmin(t, { plan, lexicon, now, ...(member ? { member: true } : {}) }, 'sv');
  const moved = (t: string) => {
    const r = read(t);
    return r?.type === 'change' && r.change.kind === 'meeting.update' ? { id: r.change.meetingId, set: r.change.set } : r?.type;
  };
  it('reads a day and "istället" alone as a move whose meeting is asked for', () => {
    const r = read('27/5 istället');
    expect(r?.type === 'error' && r.missing).toBe(true);
    expect(read('27/5 istället?')).toBeUndefined();
    expect(read('27/5 istället', true)?.type).not.toBe('change');
  });
  it('reads the new day before "istället för" and the old one after it, the body first', () => {
    expect(moved('kan vi köra LG 27/5 istället för 20/5?')).toEqual({ id: 'lg-2011-05-20', set: { date: { kind: 'day', date: '2011-05-27' } } });
  });
  it('finds the meeting after or before a period, and the one after next', () => {
    expect(moved('ställ in mötet efter midsommar')).toEqual({ id: 'stk-2011-09-01', set: { status: 'cancelled' } });
    expect(moved('flytta SK-mötet efter nästa till 16/6')).toEqual({ id: 'sk-2011-06-09', set: { date: { kind: 'day', date: '2011-06-16' } } });
  });
  it('reads a meeting named by its weekday as the body that meets on that weekday', () => {
    expect(moved('vi flyttar torsdagsmötet i september till 29/9')).toEqual({ id: 'sk-2011-09-22', set: { date: { kind: 'day', date: '2011-09-29' } } });
    expect(moved('ställ in fredagsmötet i maj')).toEqual({ id: 'lg-2011-05-20', set: { status: 'cancelled' } });
  });
  it('reads two changes with no verb, each a meeting then a day or a value after an arrow', () => {
    for (const t of ['LG 20/5 till 27/5 samt LG 9/9 till 16/9', 'SK 9/6 → Huddinge och SK 22/9 → Haninge']) {
      const r = read(t);
      expect(r?.type === 'change' && r.change.kind === 'batch' && r.change.changes.length).toBe(2);
    }
  });
});

describe('a yes/no about a meeting\'s status', () => {
  const bot = freshCoreEach();
  it('answers "ställts in" and "moved" from the plan: no, where the plan has the meeting on that day', async () => {
    expect((await bot.ask('har SK 14/4 ställts in?')).text.startsWith('Nej')).toBe(true);
    expect((await bot.ask('är LG 20/5 flyttat?')).text.startsWith('Nej')).toBe(true);
    expect((await bot.ask('has SK 9/6 been moved?')).text.startsWith('No')).toBe(true);
  });
});
