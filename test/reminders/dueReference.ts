// The planning pass as it was before it was indexed (bot/reminders/due.ts at 4929660), kept verbatim as
// the reference the indexed dueReminders must agree with (test/reminders/dueEquivalence.test.ts).
import { meetingStart, stockholm } from '../../bot/domain/calendar.js';
import {
  cancellationKey,
  covers,
  dateToBeSetDueAt,
  dateToBeSetKey,
  LATE_AFTER_MS,
  leadKey,
  reminderDueAt,
  reminderKey,
  type DueInput,
  type DuePlan,
  type DueReminder,
  type SkippedReminder,
} from '../../bot/reminders/due.js';
import type { SentReminder } from '../../bot/store/schema.js';

/** States meaning "a message may have reached the conversation". */
const DELIVERED_OR_MAYBE = new Set<SentReminder['state']>(['sent', 'sending', 'unknown']);

interface Candidate extends DueReminder {
  /** Reason to skip rather than send; undefined = send. */
  skipReason?: string;
}

export function dueRemindersReference(input: DueInput): DuePlan {
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

      if (meeting.status === 'cancelled') {
        // Reminders for a cancelled meeting are not sent; where one may already have gone out, a short
        // cancellation notice follows (once per conversation and meeting start).
        for (const lead of sub.leads) {
          const c = consider(
            {
              key: reminderKey(conv, meeting.id, lead, startIso),
              kind: 'reminder',
              conversationId: conv,
              meetingId: meeting.id,
              meetingStart: startIso,
              lead,
              dueAt: reminderDueAt(meeting, lead)!,
              moved: false,
            },
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
          {
            key: reminderKey(conv, meeting.id, lead, startIso),
            kind: 'reminder',
            conversationId: conv,
            meetingId: meeting.id,
            meetingStart: startIso,
            lead,
            dueAt: reminderDueAt(meeting, lead)!,
            moved,
          },
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
