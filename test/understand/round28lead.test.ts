// Round 28, lead: two kinds from r28's dev half. A weekday in a move is counted from the meeting moved; what happened in
// a week or on a day is the calendar's, not the change log's (and not refused as a member's change).
import { readFileSync } from 'node:fs';
import { parseAdmin } from '../../bot/admin/parse.js';
import { validateStore } from '../../bot/store/store.js';
import { buildLexicon } from '../../bot/understand/lexicon.js';
import { SEED } from '../helpers/app.js';
import { freshCoreEach, LEXICON } from '../helpers/core.js';

const plan = validateStore(JSON.parse(readFileSync(SEED, 'utf8'))).plan;
const lexicon = buildLexicon(LEXICON, plan);
const now = new Date('2011-04-07T08:00:00Z');
const moved = (t: string, lang: 'sv' | 'en' = 'sv') => {
  const r = parseAdmin(t, { plan, lexicon, now }, lang);
  return r?.type === 'change' && r.change.kind === 'meeting.update' ? { id: r.change.meetingId, set: r.change.set } : r?.type;
};

describe('a weekday in a move', () => {
  it('is counted from the meeting moved, not from the middle of its year', () => {
    for (const t of ['nästa LG flyttas till fredagen veckan efter', 'nästa LG flyttas till fredagen efter', 'LG 20/5 flyttas till fredagen veckan efter']) {
      expect(moved(t)).toMatchObject({ id: 'lg-2011-05-20', set: { date: { kind: 'day', date: '2011-05-27' } } });
    }
    expect(moved('move the next LG to the Friday after', 'en')).toMatchObject({ id: 'lg-2011-05-20', set: { date: { kind: 'day', date: '2011-05-27' } } });
    expect(moved('flytta SK 9/6 till torsdagen veckan efter')).toMatchObject({ id: 'sk-2011-06-09', set: { date: { kind: 'day', date: '2011-06-16' } } });
  });
  it('leaves a written day as written', () => {
    expect(moved('LG 9/9 flyttas till torsdag 8/9')).toMatchObject({ id: 'lg-2011-09-09', set: { date: { kind: 'day', date: '2011-09-08' } } });
  });
});

describe('what happened in a week or on a day', () => {
  const member = freshCoreEach('2011-04-07T10:00:00+02:00');
  const secretariat = freshCoreEach('2011-04-07T10:00:00+02:00', { secretariat: ['tester'] });
  it('lists last week\'s meetings, headed as last week, from a member and from the secretariat', async () => {
    for (const bot of [member, secretariat]) {
      const r = await bot.ask('What happened last week?');
      expect(r.kind).toBe('meetingsOn');
      expect(r.text).toContain('31 March');
      expect(r.text).toContain('Meetings last week');
      expect(r.text).not.toContain('next week');
    }
    expect((await member.ask('vad hände förra veckan?')).text).toContain('Möten förra veckan');
  });
  it('is still the change log with no time named', async () => {
    expect((await secretariat.ask('vad har hänt?')).kind).toBe('history');
  });
});

describe('a host asked of a year named', () => {
  const bot = freshCoreEach('2011-04-07T10:00:00+02:00');
  it('is asked of that year\'s meetings where the body\'s next meeting is in another year', async () => {
    for (const q of ['vem är värd för SK 2012?', 'who hosts SK in 2012?', 'SK i början av 2012, vem är värd']) {
      const r = await bot.ask(q);
      expect(r.kind).toBe('meetingHost');
      expect(r.text).toContain('Södertälje');
      expect(r.text).toContain('Huddinge');
      expect(r.text).not.toContain('Nykvarn');
    }
  });
  it('is the next meeting where that is in the year named, and not in the plan for a year without the body\'s meetings', async () => {
    expect((await bot.ask('vem är värd för SK 2011?')).text).toContain('Nykvarn');
    expect((await bot.ask('vem är värd för SK 2015?')).kind).toBe('notInPlan');
  });
});

describe('who is sitting in a body', () => {
  const bot = freshCoreEach('2011-04-07T10:00:00+02:00');
  it('asks who the body is made up of, and a follow-up of how often asks of that body', async () => {
    const r = await bot.ask('Who is sitting in the samarbetskommitté?');
    expect(r.kind).toBe('members');
    expect(r.text).toContain('kommunstyrelseordförande');
    expect((await bot.ask('how often they meet?')).text).toMatch(/six|6/);
    expect((await bot.ask('who sits in LG?')).kind).toBe('members');
  });
});
