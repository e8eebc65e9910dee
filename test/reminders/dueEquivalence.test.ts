// The planning pass is indexed (it visits only the meetings that can matter); it must decide exactly what
// the straightforward pass decided: same sends, same skips in the same order, same next due time.
import fc from 'fast-check';
import { dueReminders, type DueInput } from '../../bot/reminders/due.js';
import type { Meeting, Plan, SentReminder, Subscription } from '../../bot/store/schema.js';
import { dueRemindersReference } from './dueReference.js';
import { changeMeeting, seedPlan, sub } from './fixtures.js';

const seed = seedPlan();
const T0 = Date.parse('2010-12-01T00:00:00Z');
const T1 = Date.parse('2012-05-01T00:00:00Z');
const instant = fc.integer({ min: T0, max: T1 }).map((t) => new Date(t - (t % 60_000)));
const lead = fc.oneof(
  fc.integer({ min: 0, max: 10 }).map((value) => ({ unit: 'days' as const, value })),
  fc.integer({ min: 1, max: 48 }).map((value) => ({ unit: 'hours' as const, value })),
);
const subscription = fc
  .record({
    conversationId: fc.constantFrom('c1', 'c2', 'c3', 'c4'),
    bodies: fc.subarray(['*', 'ledningsgruppen', 'samarbetskommitten', 'radslaget', 'no-such-body'], { minLength: 1 }),
    leads: fc.array(lead, { minLength: 1, maxLength: 3 }),
    secretariat: fc.boolean(),
    active: fc.boolean(),
    since: instant,
  })
  .map((s): Subscription => sub({ ...s, since: s.since.toISOString() }));

/** A plan with some meetings cancelled and some moved (by whole days). */
const changes = fc.array(fc.record({ i: fc.nat(seed.meetings.length - 1), cancel: fc.boolean(), days: fc.integer({ min: -20, max: 20 }) }), { maxLength: 4 });
function changed(plan: Plan, list: Array<{ i: number; cancel: boolean; days: number }>): Plan {
  let p = plan;
  for (const c of list) {
    const m = p.meetings[c.i]!;
    if (c.cancel) p = changeMeeting(p, m.id, { status: 'cancelled' });
    else if (m.date.kind === 'day') {
      const d = new Date(Date.parse(`${m.date.date}T00:00:00Z`) + c.days * 86_400_000).toISOString().slice(0, 10);
      p = changeMeeting(p, m.id, { date: { kind: 'day', date: d } } as Partial<Meeting>);
    }
  }
  return p;
}

const STATES: SentReminder['state'][] = ['sending', 'sent', 'skipped', 'failed', 'unknown'];

it('decides exactly as the straightforward planning pass', () => {
  fc.assert(
    fc.property(
      fc.array(subscription, { maxLength: 5 }),
      changes,
      changes,
      instant,
      fc.integer({ min: 0, max: 90 * 86_400_000 }),
      fc.array(fc.record({ pick: fc.nat(), state: fc.constantFrom(...STATES), retry: fc.option(fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 })) }), { maxLength: 12 }),
      fc.array(fc.option(fc.integer({ min: 0, max: 60 * 86_400_000 })), { maxLength: 5 }),
      (subscriptions, before, after, then, elapsed, recordPicks, resubscribed) => {
        // Records as an earlier pass (on the plan as it was then) would have left them.
        const planThen = changed(seed, before);
        const earlier = dueRemindersReference({ plan: planThen, subscriptions, sent: [], now: then });
        // (and, though the scheduler never writes one early, a few records for reminders not yet due)
        const ahead = dueRemindersReference({ plan: planThen, subscriptions, sent: [], now: new Date(then.getTime() + elapsed + 30 * 86_400_000) });
        const candidates = [...earlier.send, ...earlier.skip, ...ahead.send.slice(0, 2)];
        const sent: SentReminder[] = [];
        for (const r of recordPicks) {
          if (candidates.length === 0) break;
          const c = candidates[r.pick % candidates.length]!;
          if (sent.some((s) => s.key === c.key)) continue;
          sent.push({
            key: c.key,
            conversationId: c.conversationId,
            meetingId: c.meetingId,
            kind: c.kind,
            ...(c.meetingStart ? { meetingStart: c.meetingStart } : {}),
            dueAt: c.dueAt.toISOString(),
            state: r.state,
            at: then.toISOString(),
            late: false,
            attempts: 1,
            ...(r.state === 'failed' && r.retry !== null ? { retryAt: new Date(then.getTime() + elapsed + r.retry).toISOString() } : {}),
          });
        }
        // Some subscriptions changed or came back since (their `since` moves on, past some records).
        const now = new Date(then.getTime() + elapsed);
        const subsNow = subscriptions.map((s, i) => {
          const bump = resubscribed[i];
          return bump === undefined || bump === null ? s : { ...s, since: new Date(Math.min(now.getTime(), Date.parse(s.since!) + bump)).toISOString() };
        });
        const input: DueInput = { plan: changed(planThen, after), subscriptions: subsNow, sent, now };
        expect(dueReminders(input)).toEqual(dueRemindersReference(input));
      },
    ),
    { numRuns: 600 },
  );
});
