// Calendar arithmetic keeps work per plan the store handed out; a changed plan, a draft or a plan built by
// hand always gets answers from its own meetings.
import path from 'node:path';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import fc from 'fast-check';
import { ManualClock } from '../../bot/clock.js';
import {
  firstAfter,
  firstDate,
  formatDay,
  formatMonth,
  held,
  lastBefore,
  lastDate,
  meetingEnd,
  meetingStart,
  meetingsBetween,
  meetingsOfYear,
  nearestMeeting,
  plannedMeetings,
  stockholm,
  stockholmDate,
  upcoming,
} from '../../bot/domain/calendar.js';
import type { Meeting } from '../../bot/store/schema.js';
import { snapshotOf } from '../../bot/store/snapshot.js';
import { readFileSync } from 'node:fs';
import type { Plan } from '../../bot/store/schema.js';
import { openStore } from '../../bot/store/store.js';
import { SEED, tempDir } from '../helpers/app.js';
import { changeMeeting } from '../reminders/fixtures.js';

const now = new Date('2011-04-07T10:00:00+02:00');
const ids = (p: Plan, body?: string) => upcoming(p, now, body).map((m) => m.id);

describe('calendar work kept per stored plan', () => {
  let cleanup: () => Promise<void>;
  let dir: string;
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(() => cleanup());

  it('follows the plan when a change replaces it, and hands out copies', async () => {
    const store = await openStore({ storePath: path.join(dir, 'store.json'), seedPath: SEED, clock: new ManualClock(now) });
    const before = ids(store.data.plan, 'samarbetskommitten');
    expect(before[0]).toBe('sk-2011-04-14');
    const list = plannedMeetings(store.data.plan);
    list.reverse();
    list.length = 1;
    expect(plannedMeetings(store.data.plan).length).toBe(store.data.plan.meetings.filter((m) => m.status === 'planned').length);

    await store.update({ actor: 't', action: 'meeting.move', summary: 'flyttat' }, (d) => {
      const m = d.plan.meetings.find((x) => x.id === 'sk-2011-04-14')!;
      expect(meetingStart(m)?.toISOString()).toBe('2011-04-14T10:00:00.000Z'); // a draft, computed afresh …
      m.date = { kind: 'day', date: '2011-04-05' };
      expect(meetingStart(m)?.toISOString()).toBe('2011-04-05T10:00:00.000Z'); // … after it changed too
      m.time = { kind: 'clock', start: '12:00', end: '15:00' };
    });
    expect(ids(store.data.plan, 'samarbetskommitten')[0]).toBe('sk-2011-06-09');
    const moved = store.data.plan.meetings.find((m) => m.id === 'sk-2011-04-14')!;
    expect(meetingEnd(moved).toISOString()).toBe('2011-04-05T13:00:00.000Z');

    await store.update({ actor: 't', action: 'meeting.cancel', summary: 'inställt' }, (d) => {
      d.plan.meetings.find((x) => x.id === 'sk-2011-06-09')!.status = 'cancelled';
    });
    expect(ids(store.data.plan, 'samarbetskommitten')[0]).toBe('sk-2011-09-22');
  });

  it('answers for a plan built by hand from its own meetings', async () => {
    const store = await openStore({ storePath: path.join(dir, 'store.json'), seedPath: SEED, clock: new ManualClock(now) });
    const plan = store.data.plan;
    expect(ids(plan)[0]).toBe('sk-2011-04-14');
    const edited = changeMeeting(plan, 'sk-2011-04-14', { status: 'cancelled' });
    expect(ids(edited)[0]).not.toBe('sk-2011-04-14');
    expect(ids(plan)[0]).toBe('sk-2011-04-14');
  });

  it('gives the same instants from memory as from the time-zone rules, across daylight saving', () => {
    for (let i = 0; i < 2; i++) {
      expect(stockholm('2011-03-27', '01:30').toISOString()).toBe('2011-03-27T00:30:00.000Z');
      expect(stockholm('2011-03-27', '03:30').toISOString()).toBe('2011-03-27T01:30:00.000Z');
      expect(stockholm('2011-10-30', '12:00').toISOString()).toBe('2011-10-30T11:00:00.000Z');
    }
    const a = stockholm('2011-04-14', '12:00');
    a.setTime(0); // a caller changing its Date changes nothing remembered
    expect(stockholm('2011-04-14', '12:00').toISOString()).toBe('2011-04-14T10:00:00.000Z');
  });

  it('gives each instant its Stockholm date as the time-zone rules do, around every change of the clocks', () => {
    const rules = (t: number) => format(new TZDate(t, 'Europe/Stockholm'), 'yyyy-MM-dd');
    // the last Sundays of March and October, 1980–2100, at 00:00–02:00 UTC, minute by minute
    for (let y = 1980; y <= 2100; y += 7) {
      for (const month of [2, 9]) {
        const lastSunday = new Date(Date.UTC(y, month + 1, 0));
        lastSunday.setUTCDate(lastSunday.getUTCDate() - lastSunday.getUTCDay());
        for (let m = -60; m <= 180; m += 1) {
          const t = lastSunday.getTime() + m * 60_000 - 1;
          expect(stockholmDate(new Date(t))).toBe(rules(t));
        }
      }
    }
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }), (t) => {
        expect(stockholmDate(new Date(t))).toBe(rules(t));
      }),
      { numRuns: 2000 },
    );
    expect(() => stockholmDate(new Date(NaN))).toThrow(RangeError);
  });

  it('turns every wall-clock time into the instant the time-zone rules give, also around changes of the clocks', () => {
    const rules = (date: string, time: string) => {
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      const [hh, mm] = time.split(':').map(Number) as [number, number];
      return new TZDate(y, m - 1, d, hh, mm, 'Europe/Stockholm').getTime();
    };
    const pad = (n: number) => String(n).padStart(2, '0');
    // Every quarter hour of the days around the last Sundays of March and October (and September, where
    // the clocks went back before 1996), 1975–2100: the missing and the doubled hour included.
    for (let y = 1975; y <= 2100; y += 7) {
      for (const month of [2, 8, 9]) {
        const lastSunday = new Date(Date.UTC(y, month + 1, 0));
        lastSunday.setUTCDate(lastSunday.getUTCDate() - lastSunday.getUTCDay());
        for (const shift of [-1, 0, 1]) {
          const day = new Date(lastSunday.getTime() + shift * 86_400_000).toISOString().slice(0, 10);
          for (let q = 0; q < 96; q++) {
            const time = `${pad(Math.floor(q / 4))}:${pad((q % 4) * 15)}`;
            expect([day, time, stockholm(day, time).getTime()]).toEqual([day, time, rules(day, time)]);
          }
        }
      }
    }
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }), fc.integer({ min: 0, max: 1439 }), (t, minute) => {
        const day = new Date(t).toISOString().slice(0, 10);
        const time = `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
        expect(stockholm(day, time).getTime()).toBe(rules(day, time));
      }),
      { numRuns: 3000 },
    );
  });

  it('writes dates in words the same the second time', () => {
    for (let i = 0; i < 2; i++) {
      expect(formatDay('2011-04-14', 'sv')).toBe('torsdag 14 april 2011');
      expect(formatDay('2011-04-14', 'sv', false)).toBe('torsdag 14 april');
      expect(formatDay('2011-04-14', 'en')).toBe('Thursday 14 April 2011');
      expect(formatMonth('2012-01', 'sv')).toBe('januari 2012');
      expect(formatMonth('2012-01', 'en')).toBe('January 2012');
    }
  });
});

// The lookups by date search the meetings in order instead of walking all of them (a plan of a century
// must not cost a century per question). Here they are checked against the plain walk they replace, on
// random plans: days, spans of days (up to a month) and month-only dates, clock times, lunch to lunch,
// cancelled meetings, several bodies; stored (kept index) and built by hand (computed afresh).
describe('lookups by date give what a walk through every meeting gives', () => {
  const seedPlan = (JSON.parse(readFileSync(SEED, 'utf8')) as { plan: Plan }).plan;
  const day = fc.integer({ min: 0, max: 3 * 365 }).map((n) => new Date(Date.UTC(2010, 0, 1 + n)).toISOString().slice(0, 10));
  const monthStart = fc.record({ y: fc.integer({ min: 2010, max: 2012 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}-01`);
  const meeting = fc.record({
    body: fc.constantFrom('a', 'b', 'c'),
    start: fc.oneof(day, monthStart),
    span: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 31 })),
    kind: fc.constantFrom('day', 'days', 'month'),
    time: fc.constantFrom<Meeting['time']>({ kind: 'clock', start: '12:00', end: '15:00' }, { kind: 'clock', start: '23:00', end: '23:30' }, { kind: 'allDay' }, { kind: 'lunchToLunch' }, { kind: 'unknown' }),
    cancelled: fc.boolean(),
  });
  const toMeeting = (r: { body: string; start: string; span: number; kind: string; time: Meeting['time']; cancelled: boolean }, i: number): Meeting => {
    const end = new Date(Date.parse(r.start) + r.span * 86_400_000).toISOString().slice(0, 10);
    const date: Meeting['date'] =
      r.kind === 'month' ? { kind: 'month', month: r.start.slice(0, 7) } : r.kind === 'days' && r.span > 0 ? { kind: 'days', start: r.start, end } : { kind: 'day', date: r.start };
    return { id: `m${i}`, body: r.body, date, time: r.time, hosts: [], certainty: 'confirmed', status: r.cancelled ? 'cancelled' : 'planned', sequence: 0 } as Meeting;
  };
  const instant = fc.integer({ min: Date.UTC(2009, 11, 1), max: Date.UTC(2013, 1, 1) }).map((t) => new Date(t));
  // Anchors as answers make them: real days, and a month's "last day" written as the 31st ("after June").
  const anchor = fc.oneof(day, fc.record({ y: fc.integer({ min: 2010, max: 2012 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 28, max: 31 }) }).map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${d}`));
  const ids = (ms: Meeting[] | Meeting | undefined) => (Array.isArray(ms) ? ms.map((m) => m.id) : ms?.id);

  it("offers the body's meeting nearest a day written, within the days allowed, never a month-only one", () => {
    const m = (id: string, body: string, date: Meeting['date']) => ({ id, body, date, time: { kind: 'allDay' }, hosts: [], certainty: 'confirmed', status: 'planned' }) as Meeting;
    const plan = { ...seedPlan, meetings: [m('a20', 'a', { kind: 'day', date: '2011-05-20' }), m('b19', 'b', { kind: 'day', date: '2011-05-19' }), m('a-span', 'a', { kind: 'days', start: '2011-06-01', end: '2011-06-02' }), m('a-dec', 'a', { kind: 'month', month: '2011-12' })] } as Plan;
    snapshotOf(plan);
    expect(nearestMeeting(plan, '2011-05-19', 'a', 7)?.id).toBe('a20'); // b's meeting that day is another body's
    expect(nearestMeeting(plan, '2011-05-19', undefined, 7)?.id).toBe('b19');
    expect(nearestMeeting(plan, '2011-06-04', 'a', 7)?.id).toBe('a-span'); // two days from its last day
    expect(nearestMeeting(plan, '2011-07-01', 'a', 7)).toBeUndefined();
    expect(nearestMeeting(plan, '2011-12-01', 'a', 7)).toBeUndefined();
  });

  it('finds the meeting after a month, also when the month has fewer than 31 days', () => {
    const m = (id: string, date: Meeting['date']) => ({ id, body: 'a', date, time: { kind: 'allDay' }, hosts: [], certainty: 'confirmed', status: 'planned' }) as Meeting;
    const plan = { ...seedPlan, meetings: [m('jun', { kind: 'day', date: '2011-06-09' }), m('jul1', { kind: 'day', date: '2011-07-01' }), m('dec', { kind: 'month', month: '2011-12' }), m('mar1', { kind: 'day', date: '2012-03-01' })] } as Plan;
    snapshotOf(plan);
    expect(firstAfter(plan, '2011-06-31', 'a', () => true)?.id).toBe('jul1'); // "after June"
    expect(firstAfter(plan, '2011-11-31', 'a', () => true)?.id).toBe('dec'); // "after November"
    expect(firstAfter(plan, '2012-02-31', 'a', () => true)?.id).toBe('mar1'); // "after February"
    expect(lastBefore(plan, '2011-07-01', 'a', () => true)?.id).toBe('jun');
  });

  it('upcoming, held, meetingsBetween, firstAfter and lastBefore', () => {
    fc.assert(
      fc.property(fc.array(meeting, { maxLength: 60 }), instant, day, day, anchor, fc.constantFrom(undefined, 'a', 'b'), fc.integer({ min: 1, max: 4 }), fc.boolean(), (rs, now, d1, d2, at, body, limit, stored) => {
        const plan = { ...seedPlan, meetings: rs.map(toMeeting) } as Plan;
        if (stored) snapshotOf(plan);
        const all = plannedMeetings(plan, body); // the plain walk, in order
        const ended = (m: Meeting) => meetingEnd(m).getTime() <= now.getTime();
        expect(ids(upcoming(plan, now, body))).toEqual(ids(all.filter((m) => !ended(m))));
        expect(ids(upcoming(plan, now, body, limit))).toEqual(ids(all.filter((m) => !ended(m)).slice(0, limit)));
        expect(ids(held(plan, now, body))).toEqual(ids(all.filter(ended)));
        expect(ids(held(plan, now, body, limit))).toEqual(ids(all.filter(ended).slice(-limit)));
        const [from, to] = d1 <= d2 ? [d1, d2] : [d2, d1];
        expect(ids(meetingsBetween(plan, from, to, body))).toEqual(ids(all.filter((m) => firstDate(m) <= to && lastDate(m) >= from)));
        const year = Number(d1.slice(0, 4));
        expect(ids(meetingsOfYear(plan, year, body))).toEqual(ids(all.filter((m) => firstDate(m).startsWith(`${year}-`))));
        const odd = (m: Meeting) => Number(m.id.slice(1)) % 2 === 1;
        expect(ids(held(plan, now, body, limit, odd))).toEqual(ids(all.filter((m) => ended(m) && odd(m)).slice(-limit)));
        expect(ids(upcoming(plan, now, body, limit, odd))).toEqual(ids(all.filter((m) => !ended(m) && odd(m)).slice(0, limit)));
        expect(ids(firstAfter(plan, at, body, odd))).toEqual(ids(all.find((m) => firstDate(m) > at && odd(m))));
        expect(ids(lastBefore(plan, at, body, odd))).toEqual(ids([...all].reverse().find((m) => lastDate(m) < at && odd(m))));
      }),
      { numRuns: 400 },
    );
  });
});
