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

  for (const sub of subscriptions) {
    if (!sub.active) continue;
    const since = Date.parse(sub.since ?? sub.createdAt);
    const conv = sub.conversationId;

    for (const meeting of plan.meetings) {
      if (meeting.date.kind === 'month') {
        // No day, no reminder: the secretariat hears a month ahead that the date is still to be set.
        if (!sub.secretariat || meeting.status !== 'planned') continue;
        const month = meeting.date.month;
        const c = consider(
          {
            key: dateToBeSetKey(conv, meeting.id, month),
            kind: 'dateToBeSet',
            conversationId: conv,
            meetingId: meeting.id,
            dueAt: dateToBeSetDueAt(month),
            moved: false,
          },
          since,
          stockholm(`${month}-01`).getTime(),
          'the month of the meeting has already begun',
        );
        if (c?.skipReason) skip.push({ ...c, reason: c.skipReason });
        else if (c) send.push(c);
        continue;
      }
      if (!covers(sub, meeting)) continue;
      const start = meetingStart(meeting)!;
      const startIso = start.toISOString();
      const mine = input.sent.filter((r) => r.conversationId === conv && r.meetingId === meeting.id && r.kind === 'reminder');
      const reminderFor = (lead: Lead, moved: boolean) => ({
        key: reminderKey(conv, meeting.id, lead, startIso),
        kind: 'reminder' as const,
        conversationId: conv,
        meetingId: meeting.id,
        meetingStart: startIso,
        lead,
        dueAt: reminderDueAt(meeting, lead)!,
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
        continue;
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
    }
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
