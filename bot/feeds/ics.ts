// The plan's meetings as iCalendar (RFC 5545): plan in, string out. Pure; the routes live in routes.ts.
//
// - Times are written in Europe/Stockholm (DTSTART;TZID=Europe/Stockholm) with a VTIMEZONE, so clients
//   show 12.00 on both sides of a daylight-saving change.
// - Every meeting has one UID derived from its id (`${id}@sodertornsboten`): a moved meeting keeps its
//   UID and updates in place; its `sequence` (raised by whoever moves or cancels it) becomes SEQUENCE.
// - A cancelled meeting stays in the feed with STATUS:CANCELLED, so subscribed calendars drop or mark it.
// - All-day and multi-day entries are all-day events (DTEND is the day after the last day, exclusive);
//   lunch to lunch is one event from 12.00 the first day to 13.00 the last.
// - Entries known only to the month ("jan 2012") are left out: there is no day to put them on. They
//   appear once the secretariat sets the day. The calendar's description says so.
import { TZDate } from '@date-fns/tz';
import ical, { ICalEventStatus } from 'ical-generator';
import { TIME_ZONE, byStart, lastDate, meetingEnd, meetingStart } from '../domain/calendar.js';
import type { Meeting, Plan } from '../store/schema.js';

export const UID_DOMAIN = 'sodertornsboten';

export function meetingUid(meetingId: string): string {
  return `${meetingId}@${UID_DOMAIN}`;
}


/** Which meetings a feed holds: all, one body's, or exactly one meeting. */
export type FeedSelection = { kind: 'all' } | { kind: 'body'; bodyId: string } | { kind: 'meeting'; meetingId: string };

export interface IcsOptions {
  /** DTSTAMP of every event: the bot's clock, never the system time. */
  now: Date;
  /** PUBLIC_URL, when known: events link to the plan tab. */
  baseUrl?: string;
}

/** Europe/Stockholm's rules since 1996 (EU summer time: last Sunday of March to last Sunday of October). */
const STOCKHOLM_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  `X-LIC-LOCATION:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

function vtimezone(tz: string): string | null {
  return tz === TIME_ZONE ? STOCKHOLM_VTIMEZONE : null;
}

/** The meetings a feed holds, in order: month-only entries are never among them. */
export function feedMeetings(plan: Plan, selection: FeedSelection): Meeting[] {
  return plan.meetings
    .filter((m) => m.date.kind !== 'month')
    .filter((m) =>
      selection.kind === 'all' ? true : selection.kind === 'body' ? m.body === selection.bodyId : m.id === selection.meetingId,
    )
    .sort(byStart);
}

function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

function inStockholm(at: Date): TZDate {
  // ical-generator writes a TZDate's wall-clock time in its zone; a plain Date would use the process's zone.
  return new TZDate(at.getTime(), TIME_ZONE);
}

function calendarName(plan: Plan, selection: FeedSelection): string {
  const org = plan.organisation.name;
  if (selection.kind === 'body') {
    const body = plan.bodies.find((b) => b.id === selection.bodyId);
    return `${body?.name ?? selection.bodyId} – möten`;
  }
  if (selection.kind === 'meeting') return `${org} – möte`;
  return `${org} – möten`;
}

export function buildIcs(plan: Plan, selection: FeedSelection, opts: IcsOptions): string {
  const bodies = new Map(plan.bodies.map((b) => [b.id, b]));
  const municipalities = new Map(plan.municipalities.map((m) => [m.id, m.name]));
  const cal = ical({
    name: calendarName(plan, selection),
    description:
      'Möten ur Södertörnskommunernas samarbetskommittés verksamhetsplan. Möten där bara månaden är bestämd ' +
      'kommer med när dagen är satt.',
    prodId: { company: 'Sodertornskommunerna', product: 'Sodertornsboten', language: 'SV' },
    timezone: { name: TIME_ZONE, generator: vtimezone },
    ttl: 60 * 60,
  });

  for (const m of feedMeetings(plan, selection)) {
    const body = bodies.get(m.body);
    const hosts = m.hosts.map((h) => municipalities.get(h) ?? h);
    const cancelled = m.status === 'cancelled';
    const uncertain = m.certainty === 'uncertain';
    const summary = [
      cancelled ? 'Inställt: ' : '',
      body?.name ?? m.body,
      m.title ? `: ${m.title}` : '',
      uncertain ? ' (preliminärt)' : '',
    ].join('');
    const description = [
      hosts.length > 0 ? `Värd: ${hosts.join(', ')}` : undefined,
      m.note,
      m.source ? `I planen: ${m.source}` : undefined,
      cancelled ? 'Mötet är inställt.' : undefined,
      opts.baseUrl ? `Planen: ${opts.baseUrl}/tab` : undefined,
    ]
      .filter((s): s is string => Boolean(s))
      .join('\n');

    const common = {
      id: meetingUid(m.id),
      sequence: m.sequence ?? 0,
      stamp: opts.now,
      summary,
      description,
      location: hosts.length > 0 ? hosts.join(', ') : undefined,
      categories: [{ name: body?.name ?? m.body }],
      status: cancelled ? ICalEventStatus.CANCELLED : uncertain ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
      timezone: TIME_ZONE,
      ...(opts.baseUrl ? { url: `${opts.baseUrl}/tab` } : {}),
    };
    const start = meetingStart(m);
    if (!start) continue; // month-only: filtered out above already
    if (m.time.kind === 'clock' || m.time.kind === 'lunchToLunch') {
      cal.createEvent({ ...common, start: inStockholm(start), end: inStockholm(meetingEnd(m)) });
    } else {
      // Full days, or a day without a known time: an all-day event over the whole span.
      cal.createEvent({
        ...common,
        allDay: true,
        start: inStockholm(start),
        end: inStockholm(meetingEndOfDays(m)),
      });
    }
  }
  // ical-generator writes DTSTAMP in the calendar's zone without a "Z" (a floating time) once the calendar
  // has a time zone; RFC 5545 (3.8.7.2) wants UTC. Every event's stamp is `now`, so write that in UTC.
  // RFC 5545 ends every content line with CRLF, the last one too.
  const text = cal.toString().replace(/^DTSTAMP:.*$/gm, `DTSTAMP:${utcStamp(opts.now)}`);
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

function utcStamp(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** The exclusive end of an all-day span: midnight starting the day after the last day, in Stockholm. */
function meetingEndOfDays(m: Meeting): Date {
  const [y, mo, d] = nextDay(lastDate(m)).split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, mo - 1, d, 0, 0, TIME_ZONE).getTime());
}
