// What is due when: a pure function of plan, subscriptions, sent records and the time.
import {
  cancellationKey,
  dateToBeSetKey,
  dueReminders,
  reminderDueAt,
  reminderKey,
  type DueInput,
} from '../../bot/reminders/due.js';
import { meetingStart } from '../../bot/domain/calendar.js';
import type { Plan, SentReminder, Subscription } from '../../bot/store/schema.js';
import { changeMeeting, seedPlan, sent, sub, withMeeting } from './fixtures.js';

const plan = seedPlan();
const meeting = (p: Plan, id: string) => p.meetings.find((m) => m.id === id)!;
const at = (iso: string) => new Date(iso);
/** Subscribed to LG since after its 7-day reminder for 20 May (13 May), before the 1-day one. */
const may = sub({ since: '2011-05-14T00:00:00.000Z' });
const due = (input: Partial<DueInput> & { now: Date }) =>
  dueReminders({ plan, subscriptions: [may], sent: [], ...input });
const key = (meetingId: string, value: number, unit: 'days' | 'hours' = 'days', p = plan, conv = 'conv-lg') =>
  reminderKey(conv, meetingId, { unit, value }, meetingStart(meeting(p, meetingId))!.toISOString());

describe('lead times', () => {
  it('sends the default 7-day and 1-day reminders at 09.00 Stockholm time', () => {
    const lg = meeting(plan, 'lg-2011-05-20'); // fredag 08.30
    expect(reminderDueAt(lg, { unit: 'days', value: 7 })!.toISOString()).toBe('2011-05-13T07:00:00.000Z'); // 09.00 +02:00
    expect(reminderDueAt(lg, { unit: 'days', value: 1 })!.toISOString()).toBe('2011-05-19T07:00:00.000Z');
  });

  it('sends a lead in hours exactly that long before the start', () => {
    const lg = meeting(plan, 'lg-2011-05-20');
    expect(reminderDueAt(lg, { unit: 'hours', value: 2 })!.toISOString()).toBe('2011-05-20T04:30:00.000Z'); // 06.30 local
  });

  it('is not due a moment early, is due at its time, and names the next due time', () => {
    const before = due({ now: at('2011-05-19T06:59:59Z') });
    expect(before.send).toEqual([]);
    expect(before.next?.toISOString()).toBe('2011-05-19T07:00:00.000Z');
    const onTime = due({ now: at('2011-05-19T07:00:00Z') });
    expect(onTime.send).toEqual([
      expect.objectContaining({ key: key('lg-2011-05-20', 1), kind: 'reminder', late: false, moved: false, conversationId: 'conv-lg' }),
    ]);
  });

  it('only covers the bodies subscribed to, or every body with "*"', () => {
    const sk = due({ subscriptions: [sub({ bodies: ['samarbetskommitten'] })], now: at('2011-05-19T07:00:00Z') });
    expect(sk.send).toEqual([]);
    const all = due({ subscriptions: [sub({ bodies: ['*'] })], now: at('2011-04-13T07:00:00Z') }); // SK 14/4, 1 day before
    expect(all.send.map((s) => s.meetingId)).toEqual(['sk-2011-04-14']);
  });

  it('ignores inactive subscriptions', () => {
    expect(due({ subscriptions: [sub({ active: false })], now: at('2011-05-19T07:00:00Z') }).send).toEqual([]);
  });
});

describe('daylight saving', () => {
  it('keeps 09.00 local after the spring change (27 March 2011): LG 31/3–1/4', () => {
    const lg = meeting(plan, 'lg-2011-03-31');
    expect(reminderDueAt(lg, { unit: 'days', value: 1 })!.toISOString()).toBe('2011-03-30T07:00:00.000Z'); // 09.00 +02:00
    expect(reminderDueAt(lg, { unit: 'days', value: 7 })!.toISOString()).toBe('2011-03-24T08:00:00.000Z'); // 09.00 +01:00
    const march = [sub({ since: '2011-03-25T00:00:00.000Z' })];
    expect(due({ subscriptions: march, now: at('2011-03-30T06:59:00Z') }).next?.toISOString()).toBe('2011-03-30T07:00:00.000Z');
    expect(due({ subscriptions: march, now: at('2011-03-30T07:00:00Z') }).send.map((s) => s.key)).toEqual([key('lg-2011-03-31', 1)]);
  });

  it('keeps 09.00 local for 7-day reminders across the autumn change (30 October 2011)', () => {
    // SK Thursday 3 November 12.00 (+01:00); its 7-day reminder falls on 27 October, still summer time.
    expect(reminderDueAt(meeting(plan, 'sk-2011-11-03'), { unit: 'days', value: 7 })!.toISOString()).toBe('2011-10-27T07:00:00.000Z');
    // A meeting on Sunday 6 November: the reminder falls on the day of the change itself, after it.
    const p = withMeeting(plan, { id: 'lg-2011-11-06', date: { kind: 'day', date: '2011-11-06' } });
    expect(reminderDueAt(meeting(p, 'lg-2011-11-06'), { unit: 'days', value: 7 })!.toISOString()).toBe('2011-10-30T08:00:00.000Z');
    // LG 25 November: both sides in winter time.
    expect(reminderDueAt(meeting(plan, 'lg-2011-11-25'), { unit: 'days', value: 7 })!.toISOString()).toBe('2011-11-18T08:00:00.000Z');
  });

  it('counts a lead in hours in real hours across a change, not wall-clock hours', () => {
    const p = withMeeting(plan, { id: 'lg-2011-03-28', date: { kind: 'day', date: '2011-03-28' } }); // Monday 10.00 +02:00
    const m = meeting(p, 'lg-2011-03-28');
    expect(reminderDueAt(m, { unit: 'hours', value: 24 })!.toISOString()).toBe('2011-03-27T08:00:00.000Z'); // 10.00 +02:00 on the change day
    expect(reminderDueAt(m, { unit: 'days', value: 1 })!.toISOString()).toBe('2011-03-27T07:00:00.000Z'); // 09.00 +02:00
  });
});

describe('meetings known only to the month', () => {
  const secretariat = sub({ conversationId: 'conv-sek', bodies: ['*'], secretariat: true });

  it('get no reminder', () => {
    const all = sub({ bodies: ['*'] });
    const result = dueReminders({ plan, subscriptions: [all], sent: [], now: at('2011-12-31T12:00:00Z') });
    expect(result.send.filter((s) => s.meetingId.startsWith('sk-2012'))).toEqual([]);
    expect(result.skip.filter((s) => s.meetingId.startsWith('sk-2012'))).toEqual([]);
  });

  it('send the secretariat a note on the 1st of the previous month at 09.00', () => {
    const before = dueReminders({ plan, subscriptions: [secretariat], sent: [], now: at('2011-11-30T12:00:00Z') });
    expect(before.next!.getTime()).toBeLessThanOrEqual(at('2011-12-01T08:00:00Z').getTime());
    const result = dueReminders({ plan, subscriptions: [secretariat], sent: [], now: at('2011-12-01T08:00:00Z') }); // 09.00 +01:00
    expect(result.send).toContainEqual(
      expect.objectContaining({ kind: 'dateToBeSet', meetingId: 'sk-2012-01', key: dateToBeSetKey('conv-sek', 'sk-2012-01', '2012-01'), late: false }),
    );
    const april = dueReminders({ plan, subscriptions: [secretariat], sent: [], now: at('2012-03-01T08:00:00Z') });
    expect(april.send.map((s) => s.meetingId)).toContain('sk-2012-04');
  });

  it('send the note only to the secretariat', () => {
    const result = dueReminders({ plan, subscriptions: [sub({ bodies: ['*'] })], sent: [], now: at('2011-12-01T08:00:00Z') });
    expect(result.send.filter((s) => s.kind === 'dateToBeSet')).toEqual([]);
  });

  it('skip the note once the month has begun', () => {
    const result = dueReminders({ plan, subscriptions: [secretariat], sent: [], now: at('2012-01-02T08:00:00Z') });
    expect(result.skip).toContainEqual(expect.objectContaining({ kind: 'dateToBeSet', meetingId: 'sk-2012-01', reason: expect.stringMatching(/month/) }));
  });
});

describe('moved and cancelled meetings', () => {
  it('gives a moved meeting fresh reminders, marked as moved', () => {
    const oldKey = key('lg-2011-05-20', 7);
    const moved = changeMeeting(plan, 'lg-2011-05-20', { date: { kind: 'day', date: '2011-05-27' } });
    const records = [sent(oldKey, { meetingStart: '2011-05-20T06:30:00.000Z' })];
    const result = dueReminders({ plan: moved, subscriptions: [sub()], sent: records, now: at('2011-05-26T07:00:00Z') });
    expect(result.send).toEqual([
      expect.objectContaining({ key: key('lg-2011-05-20', 1, 'days', moved), meetingStart: '2011-05-27T06:30:00.000Z', moved: true }),
    ]);
    // The old date's 1-day reminder (19 May) is not sent for the moved meeting.
    const old = dueReminders({ plan: moved, subscriptions: [sub()], sent: records, now: at('2011-05-19T07:00:00Z') });
    expect(old.send).toEqual([]);
  });

  it('sends nothing for a cancelled meeting, and logs the reminder it skips', () => {
    const cancelled = changeMeeting(plan, 'lg-2011-05-20', { status: 'cancelled' });
    const result = dueReminders({ plan: cancelled, subscriptions: [sub({ since: '2011-05-10T00:00:00.000Z' })], sent: [], now: at('2011-05-19T07:00:00Z') });
    expect(result.send).toEqual([]);
    expect(result.skip).toEqual([
      expect.objectContaining({ key: key('lg-2011-05-20', 7), reason: 'the meeting is cancelled' }),
      expect.objectContaining({ key: key('lg-2011-05-20', 1), reason: 'the meeting is cancelled' }),
    ]);
  });

  it('follows an already sent reminder with a cancellation notice, once', () => {
    const cancelled = changeMeeting(plan, 'lg-2011-05-20', { status: 'cancelled' });
    const records = [sent(key('lg-2011-05-20', 7), { meetingStart: '2011-05-20T06:30:00.000Z' })];
    const now = at('2011-05-16T10:00:00Z');
    const result = dueReminders({ plan: cancelled, subscriptions: [sub()], sent: records, now });
    const cKey = cancellationKey('conv-lg', 'lg-2011-05-20', '2011-05-20T06:30:00.000Z');
    expect(result.send).toEqual([expect.objectContaining({ key: cKey, kind: 'cancellation', late: false })]);
    const again = dueReminders({ plan: cancelled, subscriptions: [sub()], sent: [...records, sent(cKey)], now });
    expect(again.send).toEqual([]);
  });

  it('sends no cancellation notice where no reminder went out, or after the meeting', () => {
    const cancelled = changeMeeting(plan, 'lg-2011-05-20', { status: 'cancelled' });
    expect(dueReminders({ plan: cancelled, subscriptions: [sub()], sent: [], now: at('2011-05-10T10:00:00Z') }).send).toEqual([]);
    const records = [sent(key('lg-2011-05-20', 7))];
    expect(dueReminders({ plan: cancelled, subscriptions: [sub()], sent: records, now: at('2011-05-21T10:00:00Z') }).send).toEqual([]);
  });
});

describe('after downtime', () => {
  it('sends a reminder that came due while the bot was down, marked late, if the meeting has not started', () => {
    const result = due({ subscriptions: [sub({ since: '2011-05-10T00:00:00.000Z' })], now: at('2011-05-19T09:00:00Z') }); // 11.00, two hours late
    expect(result.send).toEqual([expect.objectContaining({ key: key('lg-2011-05-20', 1), late: true })]);
    // The 7-day reminder (13 May) also came due meanwhile: only the latest one goes out.
    expect(result.skip).toEqual([expect.objectContaining({ key: key('lg-2011-05-20', 7), reason: 'superseded by the 1d reminder' })]);
  });

  it('skips it, with a reason, once the meeting has started', () => {
    const result = due({ now: at('2011-05-20T06:31:00Z') });
    expect(result.send).toEqual([]);
    expect(result.skip.map((s) => [s.key, s.reason])).toEqual(
      expect.arrayContaining([[key('lg-2011-05-20', 1), 'the meeting has already started']]),
    );
  });

  it('does not send what came due before the subscription existed', () => {
    const fresh = sub({ createdAt: '2011-05-19T08:00:00.000Z' });
    const result = due({ subscriptions: [fresh], now: at('2011-05-19T09:00:00Z') });
    expect(result.send).toEqual([]);
    expect(result.skip).toEqual([]);
    expect(result.next?.toISOString()).toBe('2011-09-02T07:00:00.000Z'); // LG 9/9, 7 days before
  });

  it('uses `since` over createdAt (a changed or reactivated subscription)', () => {
    const changed = sub({ since: '2011-05-19T08:00:00.000Z' });
    expect(due({ subscriptions: [changed], now: at('2011-05-19T09:00:00Z') }).send).toEqual([]);
  });
});

describe('no duplicates', () => {
  it('treats any record as handled: sent, sending, unknown, skipped, failed without retry', () => {
    for (const state of ['sent', 'sending', 'unknown', 'skipped', 'failed'] as const) {
      const result = due({ sent: [sent(key('lg-2011-05-20', 1), { state })], now: at('2011-05-19T07:00:00Z') });
      expect(result.send).toEqual([]);
    }
  });

  it('tries a failed round again at its retryAt, while the meeting has not started', () => {
    const records = [sent(key('lg-2011-05-20', 1), { state: 'failed', retryAt: '2011-05-19T07:05:00.000Z', attempts: 1 })];
    const before = due({ sent: records, now: at('2011-05-19T07:01:00Z') });
    expect(before.send).toEqual([]);
    expect(before.next?.toISOString()).toBe('2011-05-19T07:05:00.000Z');
    const retry = due({ sent: records, now: at('2011-05-19T07:05:00Z') });
    expect(retry.send).toEqual([expect.objectContaining({ key: key('lg-2011-05-20', 1), attempts: 1, late: false })]);
  });

  it('sends every reminder of the year exactly once, on time, when run at each next due time', () => {
    const subs: Subscription[] = [
      sub({ conversationId: 'conv-all', bodies: ['*'], leads: [{ unit: 'days', value: 7 }, { unit: 'days', value: 1 }, { unit: 'hours', value: 2 }] }),
      sub({ conversationId: 'conv-sek', bodies: ['ledningsgruppen'], secretariat: true }),
    ];
    const records: SentReminder[] = [];
    let now = at('2011-01-01T00:00:00Z');
    const end = at('2012-06-01T00:00:00Z');
    for (let guard = 0; guard < 1000 && now < end; guard++) {
      const result = dueReminders({ plan, subscriptions: subs, sent: records, now });
      expect(result.skip).toEqual([]);
      for (const s of result.send) {
        expect(s.late).toBe(false);
        expect(s.dueAt.getTime()).toBe(now.getTime());
        records.push(sent(s.key, { dueAt: s.dueAt.toISOString(), state: 'sent' }));
      }
      if (!result.next) break;
      now = result.next;
    }
    const keys = records.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    // Every dated meeting: 3 reminders to conv-all (16 meetings; the 8.30 LG and 00.00 all-day ones too),
    // LG's 6 meetings: 2 to conv-sek; month-only: 2 notes to the secretariat.
    const dated = plan.meetings.filter((m) => m.date.kind !== 'month').length;
    expect(records.filter((r) => r.conversationId === 'conv-all')).toHaveLength(dated * 3);
    expect(records.filter((r) => r.conversationId === 'conv-sek' && r.kind === 'reminder')).toHaveLength(12);
    expect(records.filter((r) => r.kind === 'dateToBeSet').map((r) => r.meetingId)).toEqual(['sk-2012-01', 'sk-2012-04']);
  });
});
