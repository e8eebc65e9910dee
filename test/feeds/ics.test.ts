// The iCalendar builder, read back by an independent parser (ical.js) using the feed's own VTIMEZONE.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { buildIcs, feedMeetings, meetingUid } from '../../bot/feeds/ics.js';
import { validateStore } from '../../bot/store/store.js';
import type { Plan } from '../../bot/store/schema.js';
import { SEED } from '../helpers/app.js';

const NOW = new Date('2011-04-07T08:00:00Z');

function seedPlan(): Plan {
  return validateStore(JSON.parse(readFileSync(SEED, 'utf8'))).plan;
}

interface Parsed {
  uid: string;
  summary: string;
  status: string | null;
  sequence: number;
  allDay: boolean;
  start: ICAL.Time;
  end: ICAL.Time;
  startUtc: string;
  endUtc: string;
  tzid: string | null;
}

/** Parses a feed with ical.js, registering the VTIMEZONE the feed itself carries. */
function parse(text: string): { calendar: ICAL.Component; events: Map<string, Parsed> } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const tz of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(tz);
  }
  const events = new Map<string, Parsed>();
  for (const ve of calendar.getAllSubcomponents('vevent')) {
    const e = new ICAL.Event(ve);
    const startProp = ve.getFirstProperty('dtstart');
    events.set(e.uid, {
      uid: e.uid,
      summary: e.summary,
      status: (ve.getFirstPropertyValue('status') as string | null) ?? null,
      sequence: e.sequence,
      allDay: e.startDate.isDate,
      start: e.startDate,
      end: e.endDate,
      startUtc: e.startDate.toJSDate().toISOString(),
      endUtc: e.endDate.toJSDate().toISOString(),
      tzid: (startProp?.getParameter('tzid') as string | undefined) ?? null,
    });
  }
  return { calendar, events };
}

afterEach(() => ICAL.TimezoneService.reset());

describe('the iCalendar feed', () => {
  const plan = seedPlan();
  const all = buildIcs(plan, { kind: 'all' }, { now: NOW });

  it('is a VCALENDAR with CRLF line endings and a Europe/Stockholm VTIMEZONE', () => {
    expect(all.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(all.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(all.split('\n').every((line) => line === '' || line.endsWith('\r'))).toBe(true);
    const { calendar } = parse(all);
    const tz = calendar.getFirstSubcomponent('vtimezone');
    expect(tz?.getFirstPropertyValue('tzid')).toBe('Europe/Stockholm');
  });

  it('writes DTSTAMP in UTC from the clock it is given', () => {
    const stamps = all.match(/^DTSTAMP:.*$/gm) ?? [];
    expect(stamps.length).toBeGreaterThan(0);
    for (const s of stamps) expect(s.trim()).toBe('DTSTAMP:20110407T080000Z');
  });

  it('has every meeting with a day, and leaves out the month-only ones', () => {
    const { events } = parse(all);
    const withDay = plan.meetings.filter((m) => m.date.kind !== 'month');
    expect(events.size).toBe(withDay.length);
    for (const m of withDay) expect(events.has(meetingUid(m.id))).toBe(true);
    expect(events.has('sk-2012-01@sodertornsboten')).toBe(false);
    expect(events.has('sk-2012-04@sodertornsboten')).toBe(false);
  });

  it('puts meetings at the right instants on both sides of the spring DST change (2011-03-27)', () => {
    const { events } = parse(all);
    const sk = events.get('sk-2011-01-27@sodertornsboten')!;
    expect(sk.tzid).toBe('Europe/Stockholm');
    expect(sk.start.toString()).toBe('2011-01-27T12:00:00');
    expect(sk.startUtc).toBe('2011-01-27T11:00:00.000Z'); // +01:00 in winter
    expect(sk.endUtc).toBe('2011-01-27T14:00:00.000Z');

    const lg = events.get('lg-2011-03-31@sodertornsboten')!; // lunch to lunch, after the change
    expect(lg.allDay).toBe(false);
    expect(lg.start.toString()).toBe('2011-03-31T12:00:00');
    expect(lg.startUtc).toBe('2011-03-31T10:00:00.000Z'); // +02:00 in summer
    expect(lg.end.toString()).toBe('2011-04-01T13:00:00');
    expect(lg.endUtc).toBe('2011-04-01T11:00:00.000Z');
  });

  it('puts meetings at the right instants on both sides of the autumn DST change (2011-10-30)', () => {
    const { events } = parse(all);
    const before = events.get('lg-2011-10-14@sodertornsboten')!;
    expect(before.start.toString()).toBe('2011-10-14T08:30:00');
    expect(before.startUtc).toBe('2011-10-14T06:30:00.000Z'); // +02:00
    const after = events.get('lg-2011-11-25@sodertornsboten')!;
    expect(after.start.toString()).toBe('2011-11-25T08:30:00');
    expect(after.startUtc).toBe('2011-11-25T07:30:00.000Z'); // +01:00
    const sk = events.get('sk-2011-11-03@sodertornsboten')!;
    expect(sk.startUtc).toBe('2011-11-03T11:00:00.000Z');
  });

  it('makes full days all-day events, the end being the day after the last day', () => {
    const { events } = parse(all);
    const pk = events.get('pk-2011-01-27@sodertornsboten')!; // 27–28 jan (heldagar)
    expect(pk.allDay).toBe(true);
    expect(pk.start.toString()).toBe('2011-01-27');
    expect(pk.end.toString()).toBe('2011-01-29');
    const rs = events.get('rs-2011-03-24@sodertornsboten')!;
    expect(rs.allDay).toBe(true);
    expect(rs.start.toString()).toBe('2011-03-24');
    expect(rs.end.toString()).toBe('2011-03-25');
    expect(all).toMatch(/DTSTART;VALUE=DATE:20110324\r\n/);
  });

  it('keeps UIDs derived from the meeting id, so a moved meeting updates in place', () => {
    const moved = structuredClone(plan);
    const m = moved.meetings.find((x) => x.id === 'sk-2011-06-09')!;
    m.date = { kind: 'day', date: '2011-06-16' };
    m.sequence = 1;
    const before = parse(all).events.get('sk-2011-06-09@sodertornsboten')!;
    const after = parse(buildIcs(moved, { kind: 'all' }, { now: NOW })).events.get('sk-2011-06-09@sodertornsboten')!;
    expect(before.startUtc).toBe('2011-06-09T10:00:00.000Z');
    expect(after.startUtc).toBe('2011-06-16T10:00:00.000Z');
    expect(before.sequence).toBe(0);
    expect(after.sequence).toBe(1);
    // The same input gives the same text: nothing random in it.
    expect(buildIcs(plan, { kind: 'all' }, { now: NOW })).toBe(all);
  });

  it('marks a cancelled meeting STATUS:CANCELLED and keeps it in the feed', () => {
    const changed = structuredClone(plan);
    changed.meetings.find((x) => x.id === 'lg-2011-05-20')!.status = 'cancelled';
    const { events } = parse(buildIcs(changed, { kind: 'all' }, { now: NOW }));
    const lg = events.get('lg-2011-05-20@sodertornsboten')!;
    expect(lg.status).toBe('CANCELLED');
    expect(lg.summary).toMatch(/^Inställt: Ledningsgruppen/);
    expect(events.get('lg-2011-09-09@sodertornsboten')!.status).toBe('CONFIRMED');
  });

  it('marks an entry the plan puts in parentheses as tentative', () => {
    const { events } = parse(all);
    const sk = events.get('sk-2011-01-27@sodertornsboten')!;
    expect(sk.status).toBe('TENTATIVE');
    expect(sk.summary).toBe('Södertörns samarbetskommitté (preliminärt)');
  });

  it('gives one body its own feed, and one meeting exactly itself', () => {
    const lg = parse(buildIcs(plan, { kind: 'body', bodyId: 'ledningsgruppen' }, { now: NOW })).events;
    expect([...lg.keys()].sort()).toEqual(
      plan.meetings.filter((m) => m.body === 'ledningsgruppen').map((m) => meetingUid(m.id)).sort(),
    );
    const one = parse(buildIcs(plan, { kind: 'meeting', meetingId: 'sk-2011-04-14' }, { now: NOW })).events;
    expect([...one.keys()]).toEqual(['sk-2011-04-14@sodertornsboten']);
    expect(one.get('sk-2011-04-14@sodertornsboten')!.startUtc).toBe('2011-04-14T10:00:00.000Z');
    expect(feedMeetings(plan, { kind: 'meeting', meetingId: 'sk-2012-01' })).toEqual([]);
  });

  it('links events to the plan tab when the public URL is known', () => {
    const text = buildIcs(plan, { kind: 'meeting', meetingId: 'sk-2011-04-14' }, { now: NOW, baseUrl: 'https://bot.example.org' });
    const ve = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    expect(ve.getFirstPropertyValue('url')).toBe('https://bot.example.org/tab');
    expect(ve.getFirstPropertyValue('location')).toBe('Nykvarn');
  });
});
