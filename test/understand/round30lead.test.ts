// Round 30, lead: kinds from r30's dev half. A role's part in a body asked with a word of role; every example of a section
// when examples are asked; a year shifted from a municipality named in a rotation follow-up; a rank among the budget lines
// and "difference between them?" after it; "<body> idag?" as a yes/no; a body named as who decided a budget change.
import { readFileSync } from 'node:fs';
import { parseAdmin } from '../../bot/admin/parse.js';
import { withoutContextLead } from '../../bot/understand/address.js';
import { validateStore } from '../../bot/store/store.js';
import { buildLexicon } from '../../bot/understand/lexicon.js';
import { SEED } from '../helpers/app.js';
import { freshCoreEach, LEXICON } from '../helpers/core.js';

const plan = validateStore(JSON.parse(readFileSync(SEED, 'utf8'))).plan;
const lexicon = buildLexicon(LEXICON, plan);

describe('a role asked with a word of role', () => {
  const bot = freshCoreEach('2011-04-07T10:00:00+02:00');
  it('is the role\'s part in the body named, not the body\'s next meeting', async () => {
    const sv = await bot.ask('vilken roll har kommundirektörerna på sk-mötena');
    expect(sv.kind).toBe('members');
    expect(sv.text).toContain('deltar');
    expect(sv.text).not.toContain('Nästa möte');
    const en = await bot.ask("what role do the municipal directors have at the committee's meetings?");
    expect(en.text).toContain('attend');
  });
  it('is every body the role is in where no body is named', async () => {
    const r = await bot.ask('vilken roll har kommundirektörerna?');
    expect(r.text).toContain('deltar vid kommitténs möten');
    expect(r.text).toContain('Ledningsgruppen');
  });
  it('of a body alone is what the body is for', async () => {
    const r = await bot.ask('vilken roll har ledningsgruppen?');
    expect(r.kind).toBe('bodyInfo');
    expect(r.text).toContain('förbereda samarbetskommitténs möten');
  });
});

describe('examples asked for', () => {
  const bot = freshCoreEach('2011-04-07T10:00:00+02:00');
  it('are every example of the section found, not one of them', async () => {
    const r = await bot.ask('Vilka exempel på utökad samverkan nämns?');
    expect(r.text).toContain('receptfria läkemedel');
    expect(r.text).toContain('explosiva varor');
  });
});

describe('a year shifted from a municipality named, as a follow-up', () => {
  const bot = freshCoreEach('2011-04-07T10:00:00+02:00');
  it('is counted from that municipality\'s turn, not from the year answered last', async () => {
    await bot.ask('vem har rådslaget 2014');
    expect((await bot.ask('och året innan')).text).toContain('Botkyrka');
    const r = await bot.ask('och året efter tyresö');
    expect(r.text).toContain('Södertälje');
    expect(r.text).toContain('2015');
  });
  it('in English too', async () => {
    await bot.ask('who hosts the rådslag in 2016?');
    const r = await bot.ask('and the year before Huddinge?');
    expect(r.text).toContain('Nykvarn');
    expect(r.text).toContain('2017');
  });
});

describe('a rank among the budget lines', () => {
  const bot = freshCoreEach('2011-04-07T10:00:00+02:00');
  it('is the line of that rank, and "difference between them?" is between the ranks asked', async () => {
    expect((await bot.ask('Which is the largest cost line?')).text).toContain('Largest cost: Personal');
    const second = await bot.ask('and the second largest?');
    expect(second.text).toContain('Second largest cost: Utredningar');
    const d = await bot.ask('difference between them?');
    expect(d.kind).toBe('budgetDifference');
    expect(d.text).toContain('350 000');
  });
  it('in Swedish, from the bottom', async () => {
    expect((await bot.ask('näst minsta posten?')).text).toContain('Näst minsta kostnaden: Utredningar');
    expect((await bot.ask('tredje största kostnaden')).text).toContain('Tredje största kostnaden: Ersättning till Huddinge');
  });
});

describe('a body and a day counted from today, as a fragment', () => {
  const bot = freshCoreEach('2011-05-20T07:30:00+02:00');
  it('asks whether the body meets that day', async () => {
    const yes = await bot.ask('LG idag?');
    expect(yes.text.startsWith('Ja')).toBe(true);
    expect(yes.text).toContain('08.30');
    expect((await bot.ask('SK imorgon?')).text.startsWith('Nej')).toBe(true);
    expect((await bot.ask('LG today?')).text.startsWith('Yes')).toBe(true);
  });
});

describe('a body named as who decided a budget change', () => {
  const now = new Date('2011-04-07T08:00:00Z');
  const line = (t: string) => {
    const r = parseAdmin(t, { plan, lexicon, now }, 'sv');
    return r?.type === 'change' && r.change.kind === 'budget.line' ? { lineId: r.change.lineId, amount: r.change.line?.amount } : r?.type;
  };
  it('is not what is changed', () => {
    expect(line('efter beslut i SK höjs posten utredningar, konsultstöd mm till 250 000')).toMatchObject({ lineId: 'utredningar', amount: 250000 });
    expect(line('enligt beslut av SK blir personal 600 000')).toMatchObject({ lineId: 'personal', amount: 600000 });
  });
  it('leaves a meeting of a body named as what is changed', () => {
    const r = parseAdmin('flytta SK 22/9 till 29/9 efter beslut i LG', { plan, lexicon, now }, 'sv');
    expect(r?.type === 'change' && r.change.kind === 'meeting.update' ? r.change.meetingId : r?.type).toBe('sk-2011-09-22');
  });
});

describe('a clause about the writer\'s own doing before a question', () => {
  const secretariat = freshCoreEach('2011-04-07T10:00:00+02:00', { secretariat: ['tester'] });
  it('is no part of what is asked', async () => {
    const r = await secretariat.ask('innan jag ändrar något – vad står personal på nu?');
    expect(r.kind).toBe('budgetLine');
    expect(r.text).toContain('580 000');
    expect((await secretariat.ask('before I change anything: what is the staff line at?')).text).toContain('580 000');
  });
  it('is kept where no question word follows it, or it is no such clause', async () => {
    expect(withoutContextLead('innan jag glömmer – SK 22/9 flyttas till 29/9', lexicon.data.address, lexicon.data.yesNo?.whWords)).toBe('innan jag glömmer – SK 22/9 flyttas till 29/9');
    expect(withoutContextLead('SK 22/9 – vem är värd?', lexicon.data.address, lexicon.data.yesNo?.whWords)).toBe('SK 22/9 – vem är värd?');
    expect(withoutContextLead('innan jag ändrar något – vad står personal på nu?', lexicon.data.address, lexicon.data.yesNo?.whWords)).toBe('vad står personal på nu?');
  });
});

describe('a meeting named by the body and a weekday of this week', () => {
  const change = (t: string, at: string, lang: 'sv' | 'en' = 'sv') => {
    const r = parseAdmin(t, { plan, lexicon, now: new Date(at) }, lang);
    return r?.type === 'change' && r.change.kind === 'meeting.update' ? { id: r.change.meetingId, set: r.change.set } : r?.type;
  };
  it('is the body\'s meeting on the next such day from today', () => {
    expect(change('SK på torsdag flyttas till torsdag 28/4', '2011-04-11T07:00:00Z')).toMatchObject({ id: 'sk-2011-04-14', set: { date: { kind: 'day', date: '2011-04-28' } } });
    expect(change('SK på torsdag ställs in', '2011-04-11T07:00:00Z')).toMatchObject({ id: 'sk-2011-04-14', set: { status: 'cancelled' } });
    expect(change('LG on Friday moves to 27/5', '2011-05-16T07:00:00Z', 'en')).toMatchObject({ id: 'lg-2011-05-20', set: { date: { kind: 'day', date: '2011-05-27' } } });
  });
  it('names no meeting where the body does not meet that day this week', () => {
    expect(JSON.stringify(change('SK på torsdag flyttas till torsdag 28/4', '2011-04-18T07:00:00Z'))).not.toContain('sk-2011-04-14');
  });
});

describe('a weekday inside a compound of meeting', () => {
  const now = new Date('2011-04-07T08:00:00Z');
  it('names the meeting, not a new day for it', () => {
    const r = parseAdmin('torsdagsmötet i november – Nykvarn tar det istället för Botkyrka', { plan, lexicon, now }, 'sv');
    expect(r?.type === 'change' && r.change.kind === 'meeting.update' ? r.change.set : r?.type).toEqual({ hosts: ['nykvarn'] });
    const moved = parseAdmin('torsdagsmötet i november flyttas till fredagen', { plan, lexicon, now }, 'sv');
    expect(moved?.type === 'change' && moved.change.kind === 'meeting.update' ? moved.change.set : moved?.type).toEqual({ date: { kind: 'day', date: '2011-11-04' } });
  });
});

describe('why the municipalities cooperate, and the rotation called a turn order', () => {
  const bot = freshCoreEach('2011-04-07T10:00:00+02:00');
  it('is the cooperation\'s purpose', async () => {
    const sv = await bot.ask('varför samverkar kommunerna egentligen?');
    expect(sv.text).toContain('stärka den kommunala och den regionala utvecklingen');
    expect((await bot.ask('why do the municipalities cooperate?')).text).toContain('regional development');
  });
  it('"värdturordningen" is the rotation', async () => {
    const r = await bot.ask('vem är sist i värdturordningen för rådslaget och vilket år?');
    expect(r.text).toContain('Huddinge');
    expect(r.text).toContain('2018');
  });
});

describe('two budget lines compared', () => {
  const bot = freshCoreEach('2011-04-07T10:00:00+02:00');
  it('is their difference, with both amounts', async () => {
    const r = await bot.ask('how does staff compare to office services?');
    expect(r.kind).toBe('budgetDifference');
    expect(r.text).toContain('530 000');
    expect(r.text).toContain('580 000');
    expect((await bot.ask('jämför personal och utredningar')).text).toContain('350 000');
  });
});
