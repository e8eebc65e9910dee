// Meeting times in Europe/Stockholm: turning the plan's local dates and clock times into instants, and
// into the words people read ("torsdag 14 april 2011, 12.00–15.00").
import { TZDate, tzOffset } from '@date-fns/tz';
import { format } from 'date-fns/format';
import type { Lang } from '../text/lang.js';
import { TIME_ZONE, formatDay, formatMonth } from '../text/dates.js';
import type { Meeting, Plan } from '../store/schema.js';
import { isImmutable, PlanMemo } from '../store/snapshot.js';
import { say } from '../text/catalogue/index.js';

// Dates in words live in text/dates.ts (with the time zone); re-exported for the plan's callers.
export { TIME_ZONE, formatClock, formatDay, formatMonth, weekdayName } from '../text/dates.js';

// Applying the time-zone rules is the expensive step of calendar arithmetic, and the same few local times
// (the plan's meeting days, 09.00 reminder days) come up again and again: the instants are remembered.
const instants = new Map<string, number>();
const MAX_INSTANTS = 20_000;

/** A wall-clock time in Stockholm as an instant. */
export function stockholm(date: string, time = '00:00'): Date {
  const key = `${date}T${time}`;
  let t = instants.get(key);
  if (t === undefined) {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const [hh, mm] = time.split(':').map(Number) as [number, number];
    // The wall-clock time read as UTC, less Stockholm's offset, where that offset holds all month (ten
    // months a year); else where it is the same three hours before and at that reading, so no change of
    // the clocks is near. Near a change (a missing or a doubled hour) TZDate decides, as it always did.
    // Offset look-ups cost a fraction of building a TZDate, which matters for a plan of many years.
    const wall = Date.UTC(y, m - 1, d, hh, mm);
    let offset = y >= 1000 && y <= 9999 ? monthOffset(y, m - 1) : undefined;
    if (offset === null) {
      const before = tzOffset(TIME_ZONE, new Date(wall - 3 * 3_600_000));
      offset = before === tzOffset(TIME_ZONE, new Date(wall)) ? before : undefined;
    }
    t = offset === undefined ? new TZDate(y, m - 1, d, hh, mm, TIME_ZONE).getTime() : wall - offset * 60_000;
    if (instants.size >= MAX_INSTANTS) instants.clear();
    instants.set(key, t);
  }
  return new Date(t);
}

// Stockholm's UTC offset for a whole month of wall-clock times, or null for a month in which it changes.
// Sampled three hours before the month begins, in its middle and at its end: the clocks change twice a
// year, months apart, so a month whose samples agree has no change.
const monthOffsets = new Map<number, number | null>();
function monthOffset(year: number, month: number): number | null {
  const key = year * 12 + month;
  let offset = monthOffsets.get(key);
  if (offset === undefined) {
    const from = Date.UTC(year, month, 1) - 3 * 3_600_000;
    const to = Date.UTC(year, month + 1, 1);
    offset = tzOffset(TIME_ZONE, new Date(from));
    if (tzOffset(TIME_ZONE, new Date((from + to) / 2)) !== offset || tzOffset(TIME_ZONE, new Date(to)) !== offset) offset = null;
    if (monthOffsets.size >= MAX_INSTANTS) monthOffsets.clear();
    monthOffsets.set(key, offset);
  }
  return offset;
}

// Stockholm's UTC offset per UTC hour (offsets change on the hour), or null for an hour where it changes.
const offsets = new Map<number, number | null>();

/** The instant's calendar date in Stockholm, as YYYY-MM-DD. */
export function stockholmDate(at: Date): string {
  const t = at.getTime();
  const hour = Math.floor(t / 3_600_000);
  let offset = offsets.get(hour);
  if (offset === undefined && Number.isFinite(hour)) {
    const first = tzOffset(TIME_ZONE, new Date(hour * 3_600_000));
    const last = tzOffset(TIME_ZONE, new Date(hour * 3_600_000 + 3_599_999));
    offset = first === last ? first : null;
    if (offsets.size >= MAX_INSTANTS) offsets.clear();
    offsets.set(hour, offset);
  }
  if (offset !== undefined && offset !== null) {
    const local = new Date(t + offset * 60_000).toISOString();
    if (local.length === 24) return local.slice(0, 10); // four-digit years; others the long way
  }
  return format(new TZDate(t, TIME_ZONE), 'yyyy-MM-dd');
}

export function firstDate(m: Meeting): string {
  switch (m.date.kind) {
    case 'day':
      return m.date.date;
    case 'days':
      return m.date.start;
    case 'month':
      return `${m.date.month}-01`;
  }
}

/** The ISO 8601 week number of a day ("2011-10-06" → 40): the week holding that year's 4 January is week 1. */
export function isoWeekOfDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  const weekday = (day.getUTCDay() + 6) % 7; // Monday 0
  const thursday = new Date(day.getTime() + (3 - weekday) * 86_400_000);
  const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.floor((thursday.getTime() - jan1) / (7 * 86_400_000)) + 1;
}

export function lastDate(m: Meeting): string {
  switch (m.date.kind) {
    case 'day':
      return m.date.date;
    case 'days':
      return m.date.end;
    case 'month': {
      const [y, mo] = m.date.month.split('-').map(Number) as [number, number];
      const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
      return `${m.date.month}-${String(last).padStart(2, '0')}`;
    }
  }
}

export function meetingYear(m: Meeting): number {
  return Number(firstDate(m).slice(0, 4));
}

/**
 * The year a day, month or season written without a year is in ("SK 8/12", "i september", "efter sommaren"): this
 * year, unless the clock has run past every year of the plan (its calendar and its meetings), as the real clock has
 * long after a yearly plan: then the plan's own calendar year. A plan's dates do not move with the clock, and a
 * question about them is about the plan (a year written out, "i år" or "nästa år" are still read from the clock).
 */
export function undatedYear(plan: Plan, now: Date): number {
  const year = Number(stockholmDate(now).slice(0, 4));
  const { calendarLast, last } = lastYears.get(plan, () => {
    let last = -Infinity;
    for (const y of plan.calendarYears) last = Math.max(last, y);
    const calendarLast = last;
    for (const m of plan.meetings) last = Math.max(last, meetingYear(m));
    return { calendarLast, last };
  });
  if (last === -Infinity || year <= last) return year;
  return calendarLast > -Infinity ? calendarLast : last;
}
/** Whether the clock has run past every year of the plan (the real clock, years after a yearly plan): undatedYear is then the plan's year. */
export function pastThePlan(plan: Plan, now: Date): boolean {
  return undatedYear(plan, now) !== Number(stockholmDate(now).slice(0, 4));
}
// Per plan version: its last calendar year and the last year any meeting falls in (read for every message).
const lastYears = new PlanMemo<{ calendarLast: number; last: number }>();

// Per meeting of a plan the store handed out (frozen: it never changes, see bot/store/snapshot.ts): its
// instants; per plan version and body, the planned meetings in order. Other meetings and plans are
// computed afresh.
const starts = new WeakMap<Meeting, number | null>();
const ends = new WeakMap<Meeting, number>();
const planned = new PlanMemo<Map<string, Ordered>>();

/** Start instant, or undefined where only the month is known. Lunch-to-lunch starts at 12.00, all-day at 00.00. */
export function meetingStart(m: Meeting): Date | undefined {
  if (!isImmutable(m)) return startOf(m);
  let t = starts.get(m);
  if (t === undefined) starts.set(m, (t = startOf(m)?.getTime() ?? null));
  return t === null ? undefined : new Date(t);
}

function startOf(m: Meeting): Date | undefined {
  if (m.date.kind === 'month') return undefined;
  const day = firstDate(m);
  switch (m.time.kind) {
    case 'clock':
      return stockholm(day, m.time.start);
    case 'lunchToLunch':
      return stockholm(day, '12:00');
    default:
      return stockholm(day);
  }
}

/** End instant (end of the last day where no clock time is known). */
export function meetingEnd(m: Meeting): Date {
  return new Date(endMs(m));
}

function endMs(m: Meeting): number {
  if (!isImmutable(m)) return endOf(m).getTime();
  let t = ends.get(m);
  if (t === undefined) ends.set(m, (t = endOf(m).getTime()));
  return t;
}

function endOf(m: Meeting): Date {
  const day = lastDate(m);
  if (m.time.kind === 'clock') return stockholm(day, m.time.end);
  if (m.time.kind === 'lunchToLunch' && m.date.kind !== 'month') return stockholm(day, '13:00');
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, mo - 1, d + 1)).toISOString().slice(0, 10);
  return stockholm(next);
}

/** Sorts meetings by when they start; month-only entries sort at the start of their month. */
export function byStart(a: Meeting, b: Meeting): number {
  const ka = `${firstDate(a)}T${a.time.kind === 'clock' ? a.time.start : '00:00'}`;
  const kb = `${firstDate(b)}T${b.time.kind === 'clock' ? b.time.start : '00:00'}`;
  return ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : 1;
}

/** The planned meetings (of one body), in order; a new array the caller may change. */
export function plannedMeetings(plan: Plan, bodyId?: string): Meeting[] {
  return [...ordered(plan, bodyId).list];
}

/**
 * The planned meetings in order, with their first days alongside (for binary search) and the longest
 * span of any of them in days, so a lookup by date visits only the meetings near that date: with a plan
 * of many years, a question about one month or the next meeting must not walk through every year.
 */
interface Ordered {
  list: readonly Meeting[];
  firsts: readonly string[];
  spanDays: number;
}

const dayNumber = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000;

/** The calendar day `days` after an ISO day ("2011-05-20", 7 → "2011-05-27"; negative: before). */
export function shiftDay(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * 86_400_000).toISOString().slice(0, 10);
}

/** Whole calendar days from one ISO day to another (negative when `to` comes first). */
export function dayDifference(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The kept index itself for a stored plan (not to be changed); computed afresh for any other plan. */
function ordered(plan: Plan, bodyId?: string): Ordered {
  const compute = (): Ordered => {
    const list = plan.meetings.filter((m) => m.status === 'planned' && (!bodyId || m.body === bodyId)).sort(byStart);
    let spanDays = 0;
    for (const m of list) spanDays = Math.max(spanDays, dayNumber(lastDate(m)) - dayNumber(firstDate(m)));
    return { list, firsts: list.map(firstDate), spanDays };
  };
  const byBody = planned.get(plan, () => new Map());
  let index = byBody.get(bodyId ?? '');
  if (!index) byBody.set(bodyId ?? '', (index = compute()));
  return index;
}

/** The first position whose first day is on or after `date`. */
function lowerBound(firsts: readonly string[], date: string): number {
  let lo = 0;
  let hi = firsts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (firsts[mid]! < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Planned meetings (of one body) with a day between `from` and `to` (YYYY-MM-DD, inclusive), in order. */
export function meetingsBetween(plan: Plan, from: string, to: string, bodyId?: string): Meeting[] {
  const { list, firsts, spanDays } = ordered(plan, bodyId);
  const out: Meeting[] = [];
  for (let i = lowerBound(firsts, shiftDay(from, -spanDays)); i < list.length && firsts[i]! <= to; i++) {
    if (lastDate(list[i]!) >= from) out.push(list[i]!);
  }
  return out;
}

/**
 * The planned meeting (of one body) with a day nearest `date`, at most `maxDays` away: what "LG 19/5" most
 * likely meant when Ledningsgruppen meets 20/5. Month-only entries have no day to be near.
 */
export function nearestMeeting(plan: Plan, date: string, bodyId: string | undefined, maxDays: number): Meeting | undefined {
  const gap = (m: Meeting) => Math.min(...[firstDate(m), lastDate(m)].map((d) => Math.abs(dayNumber(d) - dayNumber(date))));
  return meetingsBetween(plan, shiftDay(date, -maxDays), shiftDay(date, maxDays), bodyId)
    .filter((m) => m.date.kind !== 'month')
    .sort((a, b) => gap(a) - gap(b) || byStart(a, b))[0];
}

/** Planned meetings (of one body) whose first day is in `year`, in order. */
export function meetingsOfYear(plan: Plan, year: number, bodyId?: string): Meeting[] {
  const { list, firsts } = ordered(plan, bodyId);
  const out: Meeting[] = [];
  for (let i = lowerBound(firsts, `${year}-01-01`); i < list.length && firsts[i]! <= `${year}-12-31`; i++) out.push(list[i]!);
  return out;
}

/**
 * Meetings that have not ended at `now`, in order, at most `limit` of them; month-only ones count until
 * their month is over.
 */
export function upcoming(plan: Plan, now: Date, bodyId?: string, limit = Infinity, ok: (m: Meeting) => boolean = () => true): Meeting[] {
  const { list, firsts, spanDays } = ordered(plan, bodyId);
  const t = now.getTime();
  const out: Meeting[] = [];
  // A meeting whose first day is further back than the longest span (and a day more) has ended.
  for (let i = lowerBound(firsts, shiftDay(stockholmDate(now), -spanDays - 1)); i < list.length && out.length < limit; i++) {
    if (endMs(list[i]!) > t && ok(list[i]!)) out.push(list[i]!);
  }
  return out;
}

/** Meetings that have ended at `now`, in order: the last `limit` of them. */
export function held(plan: Plan, now: Date, bodyId?: string, limit = Infinity, ok: (m: Meeting) => boolean = () => true): Meeting[] {
  const { list, firsts } = ordered(plan, bodyId);
  const t = now.getTime();
  const out: Meeting[] = [];
  // A meeting whose first day is after today (in Stockholm) cannot have ended.
  for (let i = lowerBound(firsts, shiftDay(stockholmDate(now), 1)) - 1; i >= 0 && out.length < limit; i--) {
    if (endMs(list[i]!) <= t && ok(list[i]!)) out.push(list[i]!);
  }
  return out.reverse();
}

/**
 * The first planned meeting (of one body) whose first day is after `date` and that `ok` accepts. `date`
 * is compared as text, so an anchor past a month's end ("2011-06-31": after June) works too.
 */
export function firstAfter(plan: Plan, date: string, bodyId: string | undefined, ok: (m: Meeting) => boolean): Meeting | undefined {
  const { list, firsts } = ordered(plan, bodyId);
  for (let i = lowerBound(firsts, date); i < list.length; i++) if (firsts[i]! > date && ok(list[i]!)) return list[i];
  return undefined;
}

/** The last planned meeting (of one body) whose last day is before `date` and that `ok` accepts. */
export function lastBefore(plan: Plan, date: string, bodyId: string | undefined, ok: (m: Meeting) => boolean): Meeting | undefined {
  const { list, firsts } = ordered(plan, bodyId);
  // From there on, meetings begin on `date` or later, so they cannot end before it.
  for (let i = lowerBound(firsts, date) - 1; i >= 0; i--) if (lastDate(list[i]!) < date && ok(list[i]!)) return list[i];
  return undefined;
}

function clockText(t: string, lang: Lang): string {
  return say(lang, 'clockTime', t);
}

export function formatTime(m: Meeting, lang: Lang): string {
  switch (m.time.kind) {
    case 'clock':
      return `${clockText(m.time.start, lang)}–${clockText(m.time.end, lang)}`;
    case 'allDay':
      return m.date.kind === 'days' ? say(lang, 'fullDays') : say(lang, 'fullDay');
    case 'lunchToLunch':
      return say(lang, 'lunchToLunch');
    case 'unknown':
      return say(lang, 'timeNotSet');
  }
}

/**
 * "torsdag 14 april 2011, 12.00–15.00"; a month-only date says that the day is not set yet, or, for one already
 * held (`held`), that the plan gave no day ("april 2012 (dagen är inte bestämd än) (har varit)" read oddly).
 */
export function formatWhen(m: Meeting, lang: Lang, held = false): string {
  switch (m.date.kind) {
    case 'day':
      return `${formatDay(m.date.date, lang)}, ${formatTime(m, lang)}`;
    case 'days': {
      const sameYear = m.date.start.slice(0, 4) === m.date.end.slice(0, 4);
      return `${formatDay(m.date.start, lang, !sameYear)}–${formatDay(m.date.end, lang)}, ${formatTime(m, lang)}`;
    }
    case 'month':
      return say(lang, held ? 'monthDayNotGiven' : 'monthDayNotSet', formatMonth(m.date.month, lang));
  }
}

/** Whole calendar days from one meeting's first day to another's (negative when `b` comes first). */
export function daysBetween(a: Meeting, b: Meeting): number {
  return Math.round(dayNumber(firstDate(b)) - dayNumber(firstDate(a)));
}

/** Minutes from one clock time ("08:30") to a later one the same day. */
export function clockMinutes(start: string, end: string): number {
  const min = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return min(end) - min(start);
}

/** Whole calendar days from `now` (Stockholm) to the meeting's first day. */
export function daysUntil(m: Meeting, now: Date): number {
  const today = stockholmDate(now);
  const a = Date.UTC(+today.slice(0, 4), +today.slice(5, 7) - 1, +today.slice(8, 10));
  const f = firstDate(m);
  const b = Date.UTC(+f.slice(0, 4), +f.slice(5, 7) - 1, +f.slice(8, 10));
  return Math.round((b - a) / 86_400_000);
}
