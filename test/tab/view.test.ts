// planView: what /api/plan returns and the tab shows, at a given "now".
import { readFileSync } from 'node:fs';
import { planView, planYear } from '../../bot/tab/view.js';
import { validateStore } from '../../bot/store/store.js';
import type { Plan } from '../../bot/store/schema.js';
import { SEED } from '../helpers/app.js';

function seedPlan(): Plan {
  return validateStore(JSON.parse(readFileSync(SEED, 'utf8'))).plan;
}

describe('the plan view', () => {
  const plan = seedPlan();
  const view = planView(plan, new Date('2011-04-07T08:00:00Z'));

  it('shows the plan year with coming meetings first, in order, then the past ones', () => {
    expect(view.year).toBe(2011);
    const ids = view.meetings.map((m) => m.id);
    expect(ids.slice(0, 3)).toEqual(['sk-2011-04-14', 'lg-2011-05-20', 'sk-2011-06-09']);
    const firstPast = view.meetings.findIndex((m) => m.past);
    expect(view.meetings.slice(0, firstPast).every((m) => !m.past)).toBe(true);
    expect(view.meetings.slice(firstPast).every((m) => m.past)).toBe(true);
    expect(ids.slice(firstPast)).toEqual(['lg-2011-01-21', 'pk-2011-01-27', 'sk-2011-01-27', 'rs-2011-03-24', 'lg-2011-03-31']);
    expect(view.counts).toEqual({ upcoming: 13, past: 5, cancelled: 0, dayNotSet: 2 });
  });

  it('marks the next meeting, and month-only entries as having no day (and no .ics)', () => {
    expect(view.meetings.filter((m) => m.next).map((m) => m.id)).toEqual(['sk-2011-04-14']);
    const jan = view.meetings.find((m) => m.id === 'sk-2012-01')!;
    expect(jan).toMatchObject({ dayKnown: false, start: null, ics: null, past: false });
    expect(jan.month).toEqual({ sv: 'januari 2012', en: 'January 2012' });
    expect(jan.when.sv).toMatch(/dagen är inte bestämd/);
    const sk = view.meetings.find((m) => m.id === 'sk-2011-04-14')!;
    expect(sk).toMatchObject({
      dayKnown: true,
      start: '2011-04-14T10:00:00.000Z',
      ics: '/calendar/meeting/sk-2011-04-14.ics',
      hosts: [{ id: 'nykvarn', name: 'Nykvarn' }],
      when: { sv: 'torsdag 14 april 2011, 12.00–15.00', en: 'Thursday 14 April 2011, 12:00–15:00' },
    });
  });

  it('follows "now": a meeting is past once it has ended', () => {
    const during = planView(plan, new Date('2011-04-14T12:59:00Z')); // 14.59 in Stockholm
    expect(during.meetings.find((m) => m.id === 'sk-2011-04-14')!.past).toBe(false);
    const after = planView(plan, new Date('2011-04-14T13:00:00Z')); // 15.00
    expect(after.meetings.find((m) => m.id === 'sk-2011-04-14')!.past).toBe(true);
    expect(after.meetings.find((m) => m.next)!.id).toBe('lg-2011-05-20');
  });

  it('does not call a cancelled meeting the next one', () => {
    const changed = structuredClone(plan);
    changed.meetings.find((m) => m.id === 'sk-2011-04-14')!.status = 'cancelled';
    const v = planView(changed, new Date('2011-04-07T08:00:00Z'));
    expect(v.meetings.find((m) => m.next)!.id).toBe('lg-2011-05-20');
    expect(v.meetings.find((m) => m.id === 'sk-2011-04-14')!.status).toBe('cancelled');
    expect(v.counts.cancelled).toBe(1);
  });

  it('has the rådslag rotation with this year marked', () => {
    expect(view.rotations).toHaveLength(1);
    const r = view.rotations[0]!;
    expect(r.body).toEqual({ id: 'radslaget', name: 'Södertörns rådslag' });
    expect(r.rows.map((x) => [x.year, x.host.name])).toEqual([
      [2011, 'Salem'], [2012, 'Nynäshamn'], [2013, 'Botkyrka'], [2014, 'Tyresö'],
      [2015, 'Södertälje'], [2016, 'Haninge'], [2017, 'Nykvarn'], [2018, 'Huddinge'],
    ]);
    expect(r.rows.filter((x) => x.current).map((x) => x.year)).toEqual([2011]);
  });

  it('has the budget with totals and each line\'s share', () => {
    const b = view.budget!;
    expect(b).toMatchObject({ year: 2011, incomeTotal: 860_000, costTotal: 860_000, balance: 0 });
    expect(b.costs.map((l) => [l.id, l.amount])).toEqual([
      ['personal', 580_000], ['huddinge-kontorsservice', 50_000], ['utredningar', 230_000],
    ]);
    expect(b.costs[0]!.share).toBeCloseTo(580 / 860, 10);
    expect(b.costs.reduce((s, l) => s + l.share, 0)).toBeCloseTo(1, 10);
    expect(b.income[0]!.share).toBe(1);
  });

  it('lists the feeds: all meetings and each body that has meetings with a day', () => {
    expect(view.feeds.all).toBe('/calendar.ics');
    expect(view.feeds.bodies.map((b) => b.url)).toContain('/calendar/ledningsgruppen.ics');
    expect(view.feeds.bodies.map((b) => b.id)).not.toContain('overformyndarnamnden');
  });

  it('picks the latest plan year that has begun, else the first', () => {
    expect(planYear(plan, new Date('2030-06-01T00:00:00Z'))).toBe(2011);
    expect(planYear(plan, new Date('2005-06-01T00:00:00Z'))).toBe(2011);
    const more = { ...plan, calendarYears: [2011, 2012] };
    expect(planYear(more, new Date('2011-12-31T22:59:00Z'))).toBe(2011); // 23.59 in Stockholm
    expect(planYear(more, new Date('2011-12-31T23:00:00Z'))).toBe(2012); // midnight in Stockholm
  });
});
