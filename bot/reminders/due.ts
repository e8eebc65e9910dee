// What is due: a pure function of the plan, the subscriptions, the record of sent reminders and the time.
// It decides which reminders to send now, which to skip (and why), and when anything next becomes due.
// The scheduler (scheduler.ts) is the only caller that acts on the answer; this file never reads a clock.
//
// Times: a lead in days means "that many calendar days before the meeting's first day, at 09.00 Stockholm
// time" (so the week of a daylight-saving change still gets its reminder at 09.00 local time); a lead in
// hours is exactly that long before the start instant. Meetings known only to the month get no reminder;
// the secretariat's subscription gets a note on the 1st of the previous month at 09.00 instead.
import { firstDate, meetingStart, stockholm } from '../domain/calendar.js';
import type { Meeting, Plan, SentReminder, Subscription } from '../store/schema.js';
import { PlanMemo } from '../store/snapshot.js';

export type Lead = Subscription['leads'][number];
export type ReminderKind = SentReminder['kind'];

/** The clock time a lead in days sends at. */
export const REMINDER_TIME = '09:00';
/** Default lead times for a new subscription: 7 days and 1 day before, at 09.00. */
export const DEFAULT_LEADS: Lead[] = [
  { unit: 'days', value: 7 },
  { unit: 'days', value: 1 },
];
/** A reminder sent more than this after its due time is marked "sent late". */
export const LATE_AFTER_MS = 5 * 60_000;

export interface DueReminder {
  /** Unique per conversation, meeting, lead and meeting start: a moved meeting gets fresh keys. */
  key: string;
  kind: ReminderKind;
  conversationId: string;
  meetingId: string;
  /** The meeting start the reminder is for (ISO); absent for month-only meetings. */
  meetingStart?: string;
  lead?: Lead;
  dueAt: Date;
  /** Sent noticeably after its due time (downtime, retries). */
  late: boolean;
  /** A reminder for this meeting already went out for another start: the meeting has moved. */
  moved: boolean;
  /** Delivery rounds already tried (a retry of a failed round has attempts > 0). */
  attempts: number;
}

export interface SkippedReminder extends DueReminder {
  reason: string;
}

export interface DuePlan {
  send: DueReminder[];
  skip: SkippedReminder[];
  /** The earliest instant after `now` at which something becomes due, if anything does. */
  next?: Date;
}

export interface DueInput {
  plan: Plan;
  subscriptions: readonly Subscription[];
  sent: readonly SentReminder[];
  now: Date;
  lateAfterMs?: number;
}

export function leadKey(lead: Lead): string {
  return `${lead.value}${lead.unit === 'days' ? 'd' : 'h'}`;
}

/** YYYY-MM-DD shifted by whole calendar days (no time zone involved). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** When a reminder with this lead is due for this meeting, or undefined for a month-only date. */
export function reminderDueAt(meeting: Meeting, lead: Lead): Date | undefined {
  const start = meetingStart(meeting);
  if (!start) return undefined;
  if (lead.unit === 'hours') return new Date(start.getTime() - lead.value * 3_600_000);
  return stockholm(addDays(firstDate(meeting), -lead.value), REMINDER_TIME);
}

/** A month-only meeting: the note to the secretariat is due on the 1st of the previous month at 09.00. */
export function dateToBeSetDueAt(month: string): Date {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const prev = new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 10);
  return stockholm(prev, REMINDER_TIME);
}

export function reminderKey(conversationId: string, meetingId: string, lead: Lead, start: string): string {
  return `reminder|${conversationId}|${meetingId}|${leadKey(lead)}|${start}`;
}
export function cancellationKey(conversationId: string, meetingId: string, start: string): string {
  return `cancellation|${conversationId}|${meetingId}|${start}`;
}
export function dateToBeSetKey(conversationId: string, meetingId: string, month: string): string {
  return `dateToBeSet|${conversationId}|${meetingId}|${month}`;
}

export function covers(sub: Subscription, meeting: Meeting): boolean {
  return sub.bodies.includes('*') || sub.bodies.includes(meeting.body);
}

// ---- the plan's instants, computed once per plan and only where needed -------------------------------
// Turning a local date into an instant (time zone rules) is the expensive step; a planning pass needs it
// for every subscription × meeting × lead. So the instants are kept per list of meetings (the store
// replaces the plan on every change and never edits it in place), and the meetings are kept in the order
// of their due times per lead and body, so a pass looks only at the meetings that can be due now or are
// next. That order is the order of the meetings' local start (a lead in days counts back from the first
// day, a lead in hours from the start), so the lists are sorted by local dates and times, and an instant
// is worked out only when a pass looks at it: a plan of a century costs the same as one year.

/** The dated meetings in the order of their due instants for one lead (and body). */
interface DueList {
  /** Indexes into plan.meetings. */
  readonly order: readonly number[];
  /** Due instants by position, NaN until worked out (by `fill`). */
  readonly ats: Float64Array;
  fill(k: number): number;
}

/** When the reminder for the meeting at position `k` is due. */
function atOf(list: DueList, k: number): number {
  const v = list.ats[k]!;
  return v === v ? v : list.fill(k); // NaN: not worked out yet
}

interface PlanIndex {
  /** The start instant of a dated meeting. */
  start(i: number): number;
  byId: Map<string, number[]>;
  /** When the note about a month-only meeting is due, and when its month begins. */
  monthTimes(i: number): { due: number; begins: number };
  /** The month-only meetings in the order their notes fall due. */
  months: DueList;
  /** A lead's due instant for a meeting. */
  dueAt(i: number, lead: Lead): number;
  /** The dated meetings in the order of their due instants for a lead, for one body or '*' for all. */
  sorted(lead: Lead, body: string): DueList;
}

/** Per plan version (bot/store/snapshot.ts); a plan the store did not hand out is indexed afresh. */
const indexes = new PlanMemo<PlanIndex>();

/** A dated meeting's start as local text ("2011-04-14T12:00"), ordered as the instants are. */
function localStart(m: Meeting): string {
  const time = m.time.kind === 'clock' ? m.time.start : m.time.kind === 'lunchToLunch' ? '12:00' : '00:00';
  return `${firstDate(m)}T${time}`;
}

function planIndex(plan: Plan): PlanIndex {
  return indexes.get(plan, () => buildIndex(plan.meetings));
}

function buildIndex(meetings: readonly Meeting[]): PlanIndex {
  const starts: Array<number | undefined> = [];
  const start = (i: number): number => (starts[i] ??= meetingStart(meetings[i]!)!.getTime());
  const byId = new Map<string, number[]>();
  const months: number[] = [];
  const monthOf = (i: number) => (meetings[i]!.date as { month: string }).month;
  const times: Array<{ due: number; begins: number } | undefined> = [];
  const monthTimes = (i: number) => (times[i] ??= { due: dateToBeSetDueAt(monthOf(i)).getTime(), begins: stockholm(`${monthOf(i)}-01`).getTime() });
  meetings.forEach((m, i) => {
    byId.set(m.id, [...(byId.get(m.id) ?? []), i]);
    if (m.date.kind === 'month') months.push(i);
  });
  // A note falls due a month before its month: in the order of the months.
  months.sort((a, b) => (monthOf(a) < monthOf(b) ? -1 : monthOf(a) > monthOf(b) ? 1 : a - b));
  const monthAts = new Float64Array(months.length).fill(NaN);
  const monthList: DueList = { order: months, ats: monthAts, fill: (k) => (monthAts[k] = monthTimes(months[k]!).due) };
  const dueByLead = new Map<string, Array<number | undefined>>();
  const rowOf = (lead: Lead) => {
    const k = leadKey(lead);
    let row = dueByLead.get(k);
    if (!row) dueByLead.set(k, (row = []));
    return row;
  };
  const dueIn = (row: Array<number | undefined>, i: number, lead: Lead): number => (row[i] ??= reminderDueAt(meetings[i]!, lead)?.getTime() ?? NaN);
  const dueAt = (i: number, lead: Lead): number => dueIn(rowOf(lead), i, lead);
  // The dated meetings by local start (first day for leads in days), the same for every lead of a kind.
  const dated = meetings.map((m, i) => ({ m, i })).filter(({ m }) => m.date.kind !== 'month');
  const orders = new Map<Lead['unit'], Array<{ m: Meeting; i: number }>>();
  const order = (unit: Lead['unit']) => {
    let list = orders.get(unit);
    if (!list) {
      const key = unit === 'days' ? (m: Meeting) => firstDate(m) : localStart;
      const keys = new Map(dated.map(({ m, i }) => [i, key(m)]));
      list = [...dated].sort((a, b) => (keys.get(a.i)! < keys.get(b.i)! ? -1 : keys.get(a.i)! > keys.get(b.i)! ? 1 : a.i - b.i));
      orders.set(unit, list);
    }
    return list;
  };
  const sortedByLead = new Map<string, Map<string, DueList>>();
  const index: PlanIndex = {
    start,
    byId,
    months: monthList,
    monthTimes,
    dueAt,
    sorted(lead, body) {
      const k = leadKey(lead);
      let bodies = sortedByLead.get(k);
      if (!bodies) {
        const row = rowOf(lead);
        const byBody = new Map<string, number[]>([['*', []]]);
        for (const { m, i } of order(lead.unit)) {
          byBody.get('*')!.push(i);
          if (!byBody.has(m.body)) byBody.set(m.body, []);
          byBody.get(m.body)!.push(i);
        }
        bodies = new Map(
          [...byBody].map(([b, list]) => {
            const ats = new Float64Array(list.length).fill(NaN);
            return [b, { order: list, ats, fill: (k: number) => (ats[k] = dueIn(row, list[k]!, lead)) }];
          }),
        );
        sortedByLead.set(k, bodies);
      }
      return bodies.get(body) ?? { order: [], ats: new Float64Array(0), fill: () => NaN };
    },
  };
  return index;
}

/** The first position in `list` whose instant is at or after `at`. */
function firstFrom(list: DueList, at: number): number {
  let lo = 0;
  let hi = list.order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (atOf(list, mid) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** States meaning "a message may have reached the conversation". */
const DELIVERED_OR_MAYBE = new Set<SentReminder['state']>(['sent', 'sending', 'unknown']);

interface Candidate extends DueReminder {
  /** Reason to skip rather than send; undefined = send. */
  skipReason?: string;
}

export function dueReminders(input: DueInput): DuePlan {
  const { plan, subscriptions, now } = input;
  const lateAfter = input.lateAfterMs ?? LATE_AFTER_MS;
  const t = now.getTime();
  const sentByKey = new Map(input.sent.map((r) => [r.key, r]));
  const index = planIndex(plan);
  // Per conversation, the meetings it has any record for; per conversation and meeting, its reminders.
  const recorded = new Map<string, Set<string>>();
  const reminders = new Map<string, SentReminder[]>();
  for (const r of input.sent) {
    let ids = recorded.get(r.conversationId);
    if (!ids) recorded.set(r.conversationId, (ids = new Set()));
    ids.add(r.meetingId);
    if (r.kind !== 'reminder') continue;
    const k = `${r.conversationId}\u0000${r.meetingId}`;
    let list = reminders.get(k);
    if (!list) reminders.set(k, (list = []));
    list.push(r);
  }
  // A conversation with two active subscriptions is planned the long way (every meeting, in order), so the
  // first subscription's view of a shared reminder wins exactly as it always has.
  const subscribers = new Map<string, number>();
  for (const sub of subscriptions) if (sub.active) subscribers.set(sub.conversationId, (subscribers.get(sub.conversationId) ?? 0) + 1);
  const send: DueReminder[] = [];
  const skip: SkippedReminder[] = [];
  const seen = new Set<string>();
  let next: number | undefined;
  const later = (at: number) => {
    if (at > t && (next === undefined || at < next)) next = at;
  };

  /**
   * One possible message. Returns a candidate when it is due now (to send, or to skip with a reason),
   * undefined when it is handled already, not due yet (then it counts towards `next`) or predates `since`.
   */
  const consider = (
    base: Omit<DueReminder, 'late' | 'attempts'>,
    since: number,
    deadline: number,
    tooLate: string,
  ): Candidate | undefined => {
    if (seen.has(base.key)) return undefined;
    seen.add(base.key);
    const record = sentByKey.get(base.key);
    let attempts = 0;
    if (record) {
      // Any record means handled, except a failed round that asked to be tried again.
      if (record.state !== 'failed' || !record.retryAt) return undefined;
      const retryAt = Date.parse(record.retryAt);
      attempts = record.attempts;
      if (retryAt > t) {
        if (retryAt < deadline) later(retryAt);
        return undefined;
      }
    } else {
      if (base.dueAt.getTime() < since) return undefined; // came due before the subscription existed
      if (base.dueAt.getTime() > t) {
        later(base.dueAt.getTime());
        return undefined;
      }
    }
    const c: Candidate = { ...base, late: t - base.dueAt.getTime() > lateAfter, attempts };
    if (t >= deadline) c.skipReason = tooLate;
    return c;
  };

  /** Everything one subscription may need from one meeting: sends, skips and its part in `next`. */
  const visit = (sub: Subscription, since: number, mi: number) => {
    const conv = sub.conversationId;
    const meeting = plan.meetings[mi]!;
    if (meeting.date.kind === 'month') {
      // No day, no reminder: the secretariat hears a month ahead that the date is still to be set.
      if (!sub.secretariat || meeting.status !== 'planned') return;
      const month = meeting.date.month;
      const c = consider(
        {
          key: dateToBeSetKey(conv, meeting.id, month),
          kind: 'dateToBeSet',
          conversationId: conv,
          meetingId: meeting.id,
          dueAt: new Date(index.monthTimes(mi).due),
          moved: false,
        },
        since,
        index.monthTimes(mi).begins,
        'the month of the meeting has already begun',
      );
      if (c?.skipReason) skip.push({ ...c, reason: c.skipReason });
      else if (c) send.push(c);
      return;
    }
    if (!covers(sub, meeting)) return;
    const start = new Date(index.start(mi));
    const startIso = start.toISOString();
    const mine = reminders.get(`${conv}\u0000${meeting.id}`) ?? [];
    const reminderFor = (lead: Lead, moved: boolean) => ({
      key: reminderKey(conv, meeting.id, lead, startIso),
      kind: 'reminder' as const,
      conversationId: conv,
      meetingId: meeting.id,
      meetingStart: startIso,
      lead,
      dueAt: new Date(index.dueAt(mi, lead)),
      moved,
    });

    if (meeting.status === 'cancelled') {
      // Reminders for a cancelled meeting are not sent; where one may already have gone out, a short
      // cancellation notice follows (once per conversation and meeting start).
      for (const lead of sub.leads) {
        const c = consider(
          reminderFor(lead, false),
          since,
          start.getTime(),
          'the meeting has already started',
        );
        if (c) skip.push({ ...c, reason: c.skipReason ?? 'the meeting is cancelled' });
      }
      const reminded = mine.some((r) => DELIVERED_OR_MAYBE.has(r.state));
      if (reminded && t < start.getTime()) {
        const c = consider(
          {
            key: cancellationKey(conv, meeting.id, startIso),
            kind: 'cancellation',
            conversationId: conv,
            meetingId: meeting.id,
            meetingStart: startIso,
            dueAt: now,
            moved: false,
          },
          -Infinity,
          start.getTime(),
          'the meeting has already started',
        );
        if (c && !c.skipReason) send.push({ ...c, late: false });
      }
      return;
    }

    const moved = mine.some((r) => DELIVERED_OR_MAYBE.has(r.state) && r.meetingStart !== undefined && r.meetingStart !== startIso);
    const due: Candidate[] = [];
    for (const lead of sub.leads) {
      const c = consider(
        reminderFor(lead, moved),
        since,
        start.getTime(),
        'the meeting has already started',
      );
      if (!c) continue;
      if (c.skipReason) skip.push({ ...c, reason: c.skipReason });
      else due.push(c);
    }
    // After downtime several leads can be due at once: send the one closest to the meeting only.
    due.sort((a, b) => b.dueAt.getTime() - a.dueAt.getTime());
    const [latest, ...older] = due;
    if (latest) send.push(latest);
    for (const o of older) skip.push({ ...o, reason: `superseded by the ${leadKey(latest!.lead!)} reminder` });
  };

  // Where each list's reminders after now begin: the same for every subscription of this pass.
  const positions = new Map<DueList, number>();
  const afterNow = (list: DueList): number => {
    let p = positions.get(list);
    if (p === undefined) positions.set(list, (p = firstFrom(list, t + 1)));
    return p;
  };

  for (const sub of subscriptions) {
    if (!sub.active) continue;
    const since = Date.parse(sub.since ?? sub.createdAt);
    const conv = sub.conversationId;
    if (subscribers.get(conv)! > 1) {
      for (let mi = 0; mi < plan.meetings.length; mi++) visit(sub, since, mi);
      continue;
    }
    // Only meetings that can matter are visited, in plan order: month-only ones (for the secretariat),
    // those with any record for this conversation, and those with a reminder due between `since` and now.
    // Of the rest, which have no record and nothing due, only the earliest future due time counts (`next`).
    const withRecords = recorded.get(conv);
    const visits = new Set<number>();
    const from = Number.isNaN(since) ? -Infinity : since;
    // The secretariat's notes about month-only meetings: those due since the subscription, and the next.
    const lists = sub.secretariat ? [{ list: index.months, planned: true }] : [];
    for (const id of withRecords ?? []) for (const mi of index.byId.get(id) ?? []) visits.add(mi);
    const bodies = sub.bodies.includes('*') ? ['*'] : [...new Set(sub.bodies)];
    for (const lead of sub.leads) for (const body of bodies) lists.push({ list: index.sorted(lead, body), planned: false });
    for (const { list, planned } of lists) {
      const n = list.order.length;
      const p = afterNow(list);
      // Due since the subscription and by now: back from now (the list is in the order of due times).
      for (let k = p - 1; k >= 0 && atOf(list, k) >= from; k--) visits.add(list.order[k]!);
      for (let k = from > t ? firstFrom(list, from) : p; k < n; k++) {
        const m = plan.meetings[list.order[k]!]!;
        if (withRecords?.has(m.id)) continue; // visited: it counts there
        if (planned && m.status !== 'planned') continue; // no note for a cancelled meeting
        later(atOf(list, k));
        break;
      }
    }
    for (const mi of [...visits].sort((a, b) => a - b)) visit(sub, since, mi);
  }

  send.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || (a.key < b.key ? -1 : 1));
  return { send, skip, next: next === undefined ? undefined : new Date(next) };
}

/** The next reminder a subscription will get (for replies like "nästa påminnelse: …"). */
export function nextReminder(plan: Plan, sub: Subscription, sent: readonly SentReminder[], now: Date): { at: Date; meeting: Meeting } | undefined {
  let best: { at: Date; meeting: Meeting } | undefined;
  for (const meeting of plan.meetings) {
    if (meeting.status !== 'planned' || meeting.date.kind === 'month' || !covers(sub, meeting)) continue;
    const start = meetingStart(meeting)!;
    for (const lead of sub.leads) {
      const at = reminderDueAt(meeting, lead)!;
      if (at.getTime() <= now.getTime() || at.getTime() >= start.getTime()) continue;
      if (sent.some((r) => r.key === reminderKey(sub.conversationId, meeting.id, lead, start.toISOString()))) continue;
      if (!best || at.getTime() < best.at.getTime()) best = { at, meeting };
    }
  }
  return best;
}
