// Secretariat commands as pure functions: text → change (or a clear message), and apply → inverse.
import { readFileSync } from 'node:fs';
import { applyChange, targetKeys, targetState, unchangedParts, type Change } from '../../bot/admin/changes.js';
import { meetingChanges } from '../../bot/reminders/notices.js';
import { parseAdmin, type AdminRequest } from '../../bot/admin/parse.js';
import { tryChange, mergePlan } from '../../bot/admin/secretariat.js';
import { validateStore } from '../../bot/store/store.js';
import { buildLexicon } from '../../bot/understand/lexicon.js';
import { SEED } from '../helpers/app.js';
import { LEXICON } from '../helpers/core.js';

const data = validateStore(JSON.parse(readFileSync(SEED, 'utf8')));
const plan = data.plan;
const lexicon = buildLexicon(LEXICON, plan);
const now = new Date('2011-04-07T08:00:00Z');
const parse = (text: string): AdminRequest | undefined => parseAdmin(text, { plan, lexicon, now }, 'sv');
const change = (text: string): Change => {
  const r = parse(text);
  if (r?.type !== 'change') throw new Error(`expected a change for "${text}", got ${JSON.stringify(r)}`);
  return r.change;
};
const error = (text: string): string => {
  const r = parse(text);
  if (r?.type !== 'error') throw new Error(`expected an error for "${text}", got ${JSON.stringify(r)}`);
  return r.message;
};

describe('secretariat text commands', () => {
  it('move a meeting to a new day, keeping its time', () => {
    expect(change('flytta LG 20/5 till 27/5')).toEqual({ kind: 'meeting.update', meetingId: 'lg-2011-05-20', set: { date: { kind: 'day', date: '2011-05-27' } } });
    expect(change('move LG 20/5 to 17 June')).toEqual({ kind: 'meeting.update', meetingId: 'lg-2011-05-20', set: { date: { kind: 'day', date: '2011-06-17' } } });
  });

  it('move a meeting in time, and give a month-only meeting its day', () => {
    expect(change('flytta SK 14/4 till 15/4 13.00-16.00')).toEqual({
      kind: 'meeting.update',
      meetingId: 'sk-2011-04-14',
      set: { date: { kind: 'day', date: '2011-04-15' }, time: { kind: 'clock', start: '13:00', end: '16:00' } },
    });
    expect(change('flytta SK januari 2012 till 19/1')).toEqual({
      kind: 'meeting.update',
      meetingId: 'sk-2012-01',
      set: { date: { kind: 'day', date: '2012-01-19' }, note: null },
    });
  });

  it('change a host, set a rådslag host, cancel and restore', () => {
    expect(change('ändra värd SK 14/4 till Salem')).toEqual({ kind: 'meeting.update', meetingId: 'sk-2011-04-14', set: { hosts: ['salem'] } });
    expect(change('värd rådslag 2019 Salem')).toEqual({ kind: 'rotation.set', body: 'radslaget', year: 2019, host: 'salem' });
    expect(change('ställ in SK 9/6')).toEqual({ kind: 'meeting.update', meetingId: 'sk-2011-06-09', set: { status: 'cancelled' } });
    expect(error('återställ SK 9/6')).toMatch(/inte inställt/);
  });

  it("add a meeting, and a whole year's calendar in one go", () => {
    const one = change('lägg till möte LG 16/12 värd Huddinge not: extra möte');
    expect(one).toMatchObject({ kind: 'meeting.add', meetings: [{ body: 'ledningsgruppen', date: { kind: 'day', date: '2011-12-16' }, time: { kind: 'clock', start: '08:30', end: '13:00' }, hosts: ['huddinge'], note: 'extra möte' }] });
    const year = change('ny kalender 2012\nSK 19/1 värd Södertälje\nLG 13/1\nrådslaget 22/3 heldag värd Nynäshamn');
    expect(year).toMatchObject({
      kind: 'meeting.add',
      meetings: [
        { body: 'samarbetskommitten', date: { kind: 'day', date: '2012-01-19' }, hosts: ['sodertalje'] },
        { body: 'ledningsgruppen', date: { kind: 'day', date: '2012-01-13' } },
        { body: 'radslaget', date: { kind: 'day', date: '2012-03-22' }, time: { kind: 'allDay' }, hosts: ['nynashamn'] },
      ],
    });
  });

  it('budgets: a new year, a line changed, added and removed', () => {
    expect(change('ny budget 2012')).toMatchObject({ kind: 'budget.set', year: 2012, budget: { year: 2012, costs: [{ id: 'personal', amount: 580000 }, {}, {}] } });
    expect(change('ändra budget 2011 personal 600 000')).toEqual({ kind: 'budget.line', year: 2011, side: 'costs', lineId: 'personal', line: { id: 'personal', label: 'Personal', amount: 600000 } });
    expect(change('lägg till budgetrad 2011 kostnad Resor 10 000')).toEqual({ kind: 'budget.line', year: 2011, side: 'costs', lineId: 'resor', line: { id: 'resor', label: 'Resor', amount: 10000 } });
    expect(change('ta bort budgetrad 2011 konsultstöd')).toMatchObject({ kind: 'budget.line', year: 2011, lineId: 'utredningar', line: null });
  });

  it('texts, bodies and the secretariat', () => {
    expect(change('ändra vision: Södertörn är bäst.')).toEqual({ kind: 'text.set', field: 'vision', value: { year: 2025, text: 'Södertörn är bäst.' } });
    expect(change('ändra förhållningssätt: Nytta; Respekt')).toEqual({ kind: 'text.set', field: 'principles', value: ['Nytta', 'Respekt'] });
    expect(change('ändra medlemmar miljöförbundet: Haninge, Nynäshamn, Tyresö, Salem')).toMatchObject({ kind: 'body.set', bodyId: 'miljoforbundet', body: { memberMunicipalities: ['haninge', 'nynashamn', 'tyreso', 'salem'] } });
    expect(change('nytt organ Södertörns IT-nämnd: Botkyrka, Salem värd Salem start 2012')).toMatchObject({ kind: 'body.set', body: { name: 'Södertörns IT-nämnd', hostMunicipality: 'salem', start: '2012', memberMunicipalities: ['botkyrka', 'salem'] } });
    expect(change('lägg till sekreterare 29:1aBc-XyZ')).toEqual({ kind: 'secretariat.set', userId: '29:1aBc-XyZ', member: true });
  });

  it('say what is wrong and how to write it', () => {
    expect(error('flytta LG 30/2 till 1/3')).toMatch(/Datumet 30\/2 finns inte/);
    expect(error('ändra värd SK 14/4 till Stockholm')).toMatch(/Okänd kommun "stockholm".*Botkyrka/);
    expect(error('flytta styrelsen 14/4 till 15/4')).toMatch(/Okänt organ "styrelsen"/);
    expect(error('flytta SK 14/4 till 15/4 16.00-13.00')).toMatch(/Sluttiden 13.00 är före starttiden 16.00/);
    expect(error('lägg till budgetrad 2011 kostnad Resor -5000')).toMatch(/negativt/);
    // A day the body has no meeting on asks which is meant: the one within a week, else those before and after it;
    // a body that has no meetings says none is there.
    expect(error('flytta LG 21/5 till 27/5')).toMatch(/Ledningsgruppen har inget möte lördag 21 maj\. Menar du fredag 20 maj 2011/);
    expect(error('flytta LG 1/7 till 8/7')).toMatch(/Ledningsgruppen har inget möte fredag 1 juli\. Vilket möte menar du\? Närmast: fredag 20 maj 2011 och fredag 9 september 2011/);
    expect(error('flytta miljöförbundet 1/7 till 8/7')).toMatch(/inget möte för Södertörns miljö- och hälsoskyddsförbund/);
    expect(error('flytta 27/1 till 3/2')).toMatch(/Flera möten passar/);
    expect(error('flytta LG')).toMatch(/Skriv till exempel: flytta LG 20\/5 till 27\/5/);
    expect(error('ställ in LG')).toMatch(/Vilket möte\? Ange organ och datum/);
  });

  it('reads the bare budget form with an amount as a change, asked or not', () => {
    expect(parse('budget 2011 personal 600 000?')).toMatchObject({ type: 'change', change: { kind: 'budget.line', year: 2011, lineId: 'personal' } });
  });

  it('never claims an ordinary question', () => {
    for (const q of ['värd 14 april?', 'när är nästa LG?', 'vem är värd för rådslaget 2014?', 'budget', 'flyttar LG?', 'hur mycket går till personal?', 'Tyresö rådslag?', 'budget 2012 personal?', 'budget 2013 utredningar?']) {
      expect(parse(q)).toBeUndefined();
    }
  });
});

describe('undo by id', () => {
  it('takes an id as the history shows it, "-" and "_" included (base64url ids have them)', () => {
    expect(parse('ångra 3-dqwX')).toEqual({ type: 'undo', ref: '3-dqwX', lang: 'sv' });
    expect(parse('undo a_B9-z.')).toEqual({ type: 'undo', ref: 'a_B9-z', lang: 'en' });
    expect(parse('ångra Ab12Cd')).toEqual({ type: 'undo', ref: 'Ab12Cd', lang: 'sv' });
    // Words about the last change are no id.
    expect(parse('ångra det')).toEqual({ type: 'undo', lang: 'sv' });
    expect(parse('ångra senaste ändringen')).toEqual({ type: 'undo', lang: 'sv' });
  });
});

describe('applying a change', () => {
  const target = { plan, secretariat: ['sec-1'] };

  it('returns the inverse, which restores the plan (sequence aside)', () => {
    const cases = [
      'flytta LG 20/5 till 27/5',
      'ändra värd SK 14/4 till Salem',
      'värd rådslag 2019 Salem',
      'värd rådslag 2014 Salem',
      'ställ in SK 9/6',
      'lägg till möte LG 16/12',
      'ändra budget 2011 personal 600 000',
      'ta bort budgetrad 2011 konsultstöd',
      'ändra vision: Ny vision.',
      'ändra medlemmar miljöförbundet: Haninge, Salem',
      'ny budget 2012',
      'lägg till sekreterare anna',
    ];
    const strip = (p: typeof plan) => JSON.parse(JSON.stringify(p, (k, v) => (k === 'sequence' ? undefined : v)));
    for (const text of cases) {
      const { target: after, inverse } = applyChange(target, change(text));
      expect({ plan: strip(after.plan), sec: after.secretariat }).not.toEqual({ plan: strip(plan), sec: ['sec-1'] });
      const { target: back } = applyChange(after, inverse);
      expect({ text, plan: strip(back.plan), sec: back.secretariat }).toEqual({ text, plan: strip(plan), sec: ['sec-1'] });
    }
  });

  it('finds the parts that would change nothing, of every kind, each on the plan the parts before it left', () => {
    // The plan has these already: the rotation year's host, a meeting's day, host and status, a line's amount.
    for (const text of ['värd rådslag 2014 Tyresö', 'flytta LG 20/5 till 20/5', 'ändra värd SK 9/6 till Salem', 'ändra budget 2011 personal 580 000', 'ändra medlemmar miljöförbundet: ' + plan.bodies.find((b) => b.id === 'miljoforbundet')!.memberMunicipalities.map((id) => plan.municipalities.find((m) => m.id === id)!.name).join(', ')]) {
      expect({ text, same: unchangedParts(target, change(text)).length }).toEqual({ text, same: 1 });
    }
    // (The command refuses "återställ" of a planned meeting itself; a change that says so is no change either.)
    expect(unchangedParts(target, { kind: 'meeting.update', meetingId: 'sk-2011-06-09', set: { status: 'planned' } })).toHaveLength(1);
    for (const text of ['värd rådslag 2014 Salem', 'flytta LG 20/5 till 27/5', 'ändra värd SK 9/6 till Haninge', 'ställ in SK 9/6', 'ändra budget 2011 personal 600 000', 'lägg till möte LG 16/12']) {
      expect({ text, same: unchangedParts(target, change(text)) }).toEqual({ text, same: [] });
    }
    // In a batch, a part that an earlier part makes true is no change either ("ställ in SK 9/6" twice).
    const twice: Change = { kind: 'batch', changes: [change('ställ in SK 9/6'), change('ställ in SK 9/6')] as Extract<Change, { kind: 'batch' }>['changes'] };
    expect(unchangedParts(target, twice)).toEqual([twice.changes[1]]);
    // A proposal's try finds them on its one application of the change, described as before.
    const tried = tryChange(data, twice, 'sv');
    expect(tried.unchanged).toEqual([twice.changes[1]]);
    expect(tried.rows).toHaveLength(2);
  });

  it('applies several changes as one, in order, and undoes them as one', () => {
    const strip = (p: typeof plan) => JSON.parse(JSON.stringify(p, (k, v) => (k === 'sequence' ? undefined : v)));
    const parts = ['flytta LG 20/5 till 27/5', 'ställ in SK 9/6', 'ändra budget 2011 personal 600 000', 'ändra budget 2011 utredningar 210 000'].map(change);
    const batch: Change = { kind: 'batch', changes: parts as Extract<Change, { kind: 'batch' }>['changes'] };
    const { target: after, inverse } = applyChange(target, batch);
    expect(after.plan.meetings.find((m) => m.id === 'lg-2011-05-20')!.date).toEqual({ kind: 'day', date: '2011-05-27' });
    expect(after.plan.meetings.find((m) => m.id === 'sk-2011-06-09')!.status).toBe('cancelled');
    expect(after.plan.budgets[0]!.costs.map((l) => l.amount)).toEqual([600000, 50000, 210000]);
    // The inverses in reverse order: the year's budget goes back to the plan's, not to the first line's change.
    expect(inverse.kind).toBe('batch');
    expect(strip(applyChange(after, inverse).target.plan)).toEqual(strip(plan));
    // The calendar notices see every meeting changed, in one go.
    expect(meetingChanges(plan.meetings, after.plan.meetings, now).map((c) => [c.kind, c.meeting.id]).sort()).toEqual([['cancelled', 'sk-2011-06-09'], ['moved', 'lg-2011-05-20']]);
    // Described one row each, the budget's balance warned of once, for the whole.
    const d = tryChange(data, batch, 'sv');
    expect(d.summary).toBe('4 ändringar på en gång');
    expect(d.rows.map((r) => `${r.title}: ${r.before} → ${r.after}`)).toEqual([
      'Flytta Ledningsgruppen: fredag 20 maj 2011, 08.30–13.00 → fredag 27 maj 2011, 08.30–13.00',
      'Ställ in Södertörns samarbetskommitté torsdag 9 juni 2011, 12.00–15.00: planerat → inställt',
      'Budget 2011: Personal: 580 000 kr → 600 000 kr',
      'Budget 2011: Utredningar, konsultstöd mm: 230 000 kr → 210 000 kr',
    ]);
    expect(d.warnings).toEqual([]);
    // What it acts on: each part's, so a later change to any of them is seen.
    expect(targetKeys(batch)).toEqual(['meetings:lg-2011-05-20', 'meetings:sk-2011-06-09', 'budget:2011']);
    const moved = applyChange(target, change('flytta SK 9/6 till 16/6')).target;
    expect(targetState(moved, batch)).not.toBe(targetState(target, batch));
    expect(targetState(applyChange(target, change('flytta SK 14/4 till 15/4')).target, batch)).toBe(targetState(target, batch));
  });

  it('refuses several changes at once where a later one clashes with an earlier one', () => {
    const batch: Change = { kind: 'batch', changes: [change('flytta LG 20/5 till 27/5'), change('flytta LG 9/9 till 27/5')] as Extract<Change, { kind: 'batch' }>['changes'] };
    expect(() => applyChange(target, batch)).toThrow(/Krockar/);
  });

  it('refuses a clash with another meeting of the same body', () => {
    expect(() => applyChange(target, change('flytta SK 14/4 till 22/9'))).toThrow(/Krockar med ett annat möte/);
    expect(() => applyChange(target, change('flytta LG 20/5 till 21/1'))).toThrow(/Krockar/);
  });

  it('bumps a moved meeting\'s sequence so calendar feeds update in place', () => {
    const { target: after } = applyChange(target, change('flytta LG 20/5 till 27/5'));
    expect(after.plan.meetings.find((m) => m.id === 'lg-2011-05-20')!.sequence).toBe(1);
  });

  it('warns when the budget no longer balances', () => {
    const d = tryChange(data, change('ändra budget 2011 personal 600 000'), 'sv');
    expect(d.rows).toEqual([{ title: 'Personal', before: '580 000 kr', after: '600 000 kr' }]);
    expect(d.warnings.join(' ')).toMatch(/går inte ihop.*880 000 kr/);
  });

  it('keeps the secretariat from being emptied', () => {
    expect(() => applyChange({ plan, secretariat: ['a'] }, { kind: 'secretariat.set', userId: 'a', member: false })).toThrow(/minst en medlem/);
  });

  it('adds an imported year to the plan instead of replacing it', () => {
    const next = structuredClone(plan);
    next.meetings = [{ id: 'sk-2012-02-16', body: 'samarbetskommitten', date: { kind: 'day', date: '2012-02-16' }, time: { kind: 'clock', start: '12:00', end: '15:00' }, hosts: ['salem'], certainty: 'confirmed', status: 'planned' }];
    next.calendarYears = [2012];
    next.budgets = [{ ...plan.budgets[0]!, year: 2012 }];
    const merged = mergePlan(plan, next);
    expect(merged.meetings).toHaveLength(plan.meetings.length + 1);
    expect(merged.calendarYears).toEqual([2011, 2012]);
    expect(merged.budgets.map((b) => b.year)).toEqual([2011, 2012]);
  });
});
