// The scheduler over a real store, a manual clock and a fake sender: once, late, gone, retried, isolated.
import path from 'node:path';
import { ManualClock } from '../../bot/clock.js';
import type { Reply } from '../../bot/core/reply.js';
import { createMemoryLogger } from '../../bot/log.js';
import { createConversationMemory } from '../../bot/reminders/conversations.js';
import { startReminderScheduler, type ReminderScheduler, type SchedulerDeps } from '../../bot/reminders/scheduler.js';
import { SendError, type ConversationSender } from '../../bot/reminders/sender.js';
import type { Conversation, Subscription } from '../../bot/store/schema.js';
import { openStore, type Store } from '../../bot/store/store.js';
import { renderText } from '../../cards/text.js';
import { SEED, tempDir } from '../helpers/app.js';
import { sub } from './fixtures.js';

interface Sent {
  conversation: string;
  reply: Reply;
  text: string;
  at: string;
}

function fakeSender(clock: ManualClock) {
  const sent: Sent[] = [];
  const plans = new Map<string, Array<Error | (() => Promise<void>)>>();
  const sender: ConversationSender & { sent: Sent[]; failNext(conv: string, ...f: Array<Error | (() => Promise<void>)>): void } = {
    sent,
    failNext(conv, ...f) {
      plans.set(conv, [...(plans.get(conv) ?? []), ...f]);
    },
    async send(conversation, reply) {
      const next = plans.get(conversation.id)?.shift();
      if (next instanceof Error) throw next;
      if (next) await next();
      sent.push({ conversation: conversation.id, reply, text: renderText(reply), at: clock.now().toISOString() });
    },
  };
  return sender;
}

function conversation(id: string): Conversation {
  return {
    id,
    channel: 'botframework',
    reference: { channelId: 'msteams', serviceUrl: 'http://127.0.0.1:1', conversation: { id } },
    active: true,
    updatedAt: '2011-01-01T00:00:00.000Z',
  };
}

describe('the reminder scheduler', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let store: Store;
  let clock: ManualClock;
  let logger: ReturnType<typeof createMemoryLogger>;
  let sender: ReturnType<typeof fakeSender>;
  let sleeps: number[];
  const running: ReminderScheduler[] = [];

  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
    clock = new ManualClock('2011-05-19T06:59:00Z');
    logger = createMemoryLogger();
    store = await openStore({ storePath: path.join(dir, 'store.json'), seedPath: SEED, clock });
    sender = fakeSender(clock);
    sleeps = [];
  });
  afterEach(async () => {
    for (const s of running.splice(0)) await s.close();
    await cleanup();
  });

  async function given(subs: Subscription[], convs = subs.map((s) => s.conversationId)) {
    await store.update(null, (d) => {
      d.runtime.conversations.push(...convs.map(conversation));
      d.runtime.subscriptions.push(...subs);
    });
  }

  async function start(over: Partial<SchedulerDeps> = {}) {
    const s = await startReminderScheduler({
      store,
      clock,
      logger,
      sender,
      baseUrl: 'https://bot.example.org',
      random: () => 0,
      sleep: async (ms) => {
        sleeps.push(ms);
        clock.advance(ms);
      },
      ...over,
    });
    running.push(s);
    return s;
  }

  async function at(s: ReminderScheduler, iso: string) {
    clock.set(iso);
    await s.tick();
    await s.idle();
  }

  const records = () => store.data.runtime.sentReminders;
  const logged = (msg: string) => logger.lines.filter((l) => l.msg === msg);

  it('sends a reminder at its time, once, as a card with the calendar actions', async () => {
    await given([sub({ since: '2011-05-14T00:00:00.000Z' })]);
    const s = await start();
    expect(sender.sent).toEqual([]);
    expect(s.nextWakeAt?.toISOString()).toBe('2011-05-19T07:00:00.000Z');
    await at(s, '2011-05-19T07:00:00Z');
    expect(sender.sent).toHaveLength(1);
    const [card] = sender.sent;
    expect(card!.conversation).toBe('conv-lg');
    expect(card!.reply.kind).toBe('reminder');
    expect(card!.reply.title).toBe('Påminnelse: Ledningsgruppen i morgon');
    expect(card!.text).toMatch(/fredag 20 maj 2011, 08\.30–13\.00/);
    expect(card!.text).not.toMatch(/sent/);
    expect(card!.reply.actions).toEqual([
      { kind: 'url', title: 'Lägg till i kalendern', url: 'https://bot.example.org/calendar/meeting/lg-2011-05-20.ics' },
      { kind: 'message', title: 'Visa kalendern', value: 'kalender Ledningsgruppen' },
    ]);
    expect(records()).toEqual([expect.objectContaining({ kind: 'reminder', state: 'sent', late: false, lead: '1d', attempts: 1 })]);
    await at(s, '2011-05-19T07:30:00Z');
    expect(sender.sent).toHaveLength(1);
  });

  it('caps a single timer at an hour', async () => {
    await given([sub({ since: '2011-05-20T00:00:00.000Z' })]); // next: 7 days before LG 9/9
    const s = await start();
    expect(s.nextWakeAt?.toISOString()).toBe('2011-05-19T07:59:00.000Z');
  });

  it('does not resend a reminder that was being sent when the bot stopped (at most once)', async () => {
    await given([sub({ since: '2011-05-14T00:00:00.000Z' })]);
    const key = 'reminder|conv-lg|lg-2011-05-20|1d|2011-05-20T06:30:00.000Z';
    await store.update(null, (d) => {
      d.runtime.sentReminders.push({
        key, conversationId: 'conv-lg', meetingId: 'lg-2011-05-20', kind: 'reminder', meetingStart: '2011-05-20T06:30:00.000Z',
        dueAt: '2011-05-19T07:00:00.000Z', state: 'sending', at: '2011-05-19T07:00:00.000Z', late: false, attempts: 1,
      });
    });
    clock.set('2011-05-19T07:10:00Z');
    const s = await start();
    await s.idle();
    expect(sender.sent).toEqual([]);
    expect(records()).toEqual([expect.objectContaining({ key, state: 'unknown' })]);
    expect(logged('reminder outcome unknown after a restart; not resent')).toHaveLength(1);
  });

  it('sends a reminder that came due during downtime late, marked on the card, and skips the superseded one', async () => {
    await given([sub({ since: '2011-05-01T00:00:00.000Z' })]);
    clock.set('2011-05-19T10:00:00Z');
    const s = await start();
    await s.idle();
    expect(sender.sent).toHaveLength(1);
    expect(sender.sent[0]!.text).toMatch(/Skickad sent/);
    expect(sender.sent[0]!.reply.title).toBe('Påminnelse: Ledningsgruppen i morgon');
    expect(records().map((r) => [r.lead, r.state, r.late])).toEqual([
      ['7d', 'skipped', true],
      ['1d', 'sent', true],
    ]);
    expect(logged('reminder skipped')).toEqual([expect.objectContaining({ lead: '7d', reason: 'superseded by the 1d reminder' })]);
    expect(logged('reminder sent late')).toHaveLength(1);
  });

  it('skips, with a log line, a reminder whose meeting started while the bot was down', async () => {
    await given([sub({ since: '2011-05-18T00:00:00.000Z' })]);
    clock.set('2011-05-20T07:00:00Z');
    const s = await start();
    await s.idle();
    expect(sender.sent).toEqual([]);
    expect(logged('reminder skipped')).toEqual([expect.objectContaining({ meeting: 'lg-2011-05-20', reason: 'the meeting has already started' })]);
    await at(s, '2011-05-20T07:10:00Z');
    expect(logged('reminder skipped')).toHaveLength(1); // logged once
  });

  it('retries throttling with backoff and delivers once', async () => {
    await given([sub({ since: '2011-05-14T00:00:00.000Z' })]);
    sender.failNext('conv-lg', new SendError('RETRYABLE', 'Teams answered 429', { retryAfterMs: 2000 }), new SendError('RETRYABLE', 'Teams answered 502'));
    const s = await start();
    await at(s, '2011-05-19T07:00:00Z');
    expect(sender.sent).toHaveLength(1);
    expect(sleeps).toEqual([2000, 1000]); // Retry-After, then 2 s · (0.5 + 0·0.5)
    expect(records()).toEqual([expect.objectContaining({ state: 'sent' })]);
  });

  it('records a round that stays throttled and tries again later', async () => {
    await given([sub({ since: '2011-05-14T00:00:00.000Z' })]);
    const busy = () => new SendError('RETRYABLE', 'Teams answered 504');
    sender.failNext('conv-lg', busy(), busy(), busy());
    const s = await start({ retry: { attempts: 3 } });
    await at(s, '2011-05-19T07:00:00Z');
    expect(sender.sent).toEqual([]);
    const [r] = records();
    expect(r).toMatchObject({ state: 'failed', attempts: 1, retryAt: expect.any(String) });
    expect(Date.parse(r!.retryAt!) - clock.now().getTime()).toBe(5 * 60_000);
    await at(s, r!.retryAt!);
    expect(sender.sent).toHaveLength(1);
    expect(records()).toEqual([expect.objectContaining({ state: 'sent', attempts: 2 })]);
  });

  it('deactivates the subscription when Teams says the bot is gone, and brings it back on reinstall', async () => {
    await given([sub({ since: '2011-05-14T00:00:00.000Z' })]);
    sender.failNext('conv-lg', new SendError('GONE', 'Teams answered 403 BotNotInConversationRoster'));
    const s = await start();
    await at(s, '2011-05-19T07:00:00Z');
    expect(sender.sent).toEqual([]);
    expect(store.data.runtime.subscriptions[0]!.active).toBe(false);
    expect(store.data.runtime.conversations[0]).toMatchObject({ active: false, inactiveReason: expect.stringMatching(/BotNotInConversationRoster/) });
    expect(logged('subscription deactivated')).toEqual([expect.objectContaining({ conversation: 'conv-lg', reason: expect.stringMatching(/403 BotNotInConversationRoster/) })]);

    const memory = createConversationMemory({ store, clock, logger });
    clock.set('2011-09-01T10:00:00Z');
    await memory.rememberConversation({ id: 'conv-lg', channel: 'botframework', reference: { channelId: 'msteams', serviceUrl: 'http://127.0.0.1:1', conversation: { id: 'conv-lg' } } }, true);
    expect(store.data.runtime.subscriptions[0]).toMatchObject({ active: true, since: '2011-09-01T10:00:00.000Z' });
    expect(logged('subscription reactivated')).toEqual([expect.objectContaining({ reason: 'the bot was installed again' })]);
    await at(s, '2011-09-02T07:00:00Z'); // LG 9/9, 7 days before
    expect(sender.sent.map((x) => x.reply.title)).toEqual(['Påminnelse: Ledningsgruppen om 7 dagar']);
  });

  it('never lets one failing conversation hold up the others', async () => {
    await given([sub({ conversationId: 'conv-a', since: '2011-05-14T00:00:00.000Z' }), sub({ conversationId: 'conv-b', since: '2011-05-14T00:00:00.000Z' })]);
    let release!: () => void;
    const stuck = new Promise<void>((r) => (release = r));
    sender.failNext('conv-a', () => stuck);
    const s = await start();
    clock.set('2011-05-19T07:00:00Z');
    await s.tick();
    for (let i = 0; i < 50 && sender.sent.length === 0; i++) await new Promise((r) => setTimeout(r, 5));
    expect(sender.sent.map((x) => x.conversation)).toEqual(['conv-b']);
    release();
    await s.idle();
    expect(sender.sent.map((x) => x.conversation)).toEqual(['conv-b', 'conv-a']);
  });

  it('keeps to the rate limit within one conversation', async () => {
    // 60 days before, at 1 September: four meetings to remind about at once (one per meeting).
    await given([sub({ bodies: ['*'], leads: [{ unit: 'days', value: 60 }], since: '2011-06-01T00:00:00.000Z' })]);
    clock.set('2011-09-01T10:00:00Z');
    const s = await start({ perSecond: 2 });
    await s.idle();
    const times = sender.sent.map((x) => Date.parse(x.at));
    expect(times).toHaveLength(4);
    expect(sleeps.length).toBeGreaterThan(0);
    for (const t of times) expect(times.filter((u) => u >= t && u < t + 1000).length).toBeLessThanOrEqual(2);
  });

  it('sends a cancellation notice when a reminded meeting is cancelled, once', async () => {
    await given([sub({ since: '2011-05-12T00:00:00.000Z' })]);
    clock.set('2011-05-13T06:59:00Z');
    const s = await start();
    await at(s, '2011-05-13T07:00:00Z');
    expect(sender.sent.map((x) => x.reply.title)).toEqual(['Påminnelse: Ledningsgruppen om 7 dagar']);
    clock.set('2011-05-16T08:00:00Z');
    await store.update({ actor: 'sek', action: 'meeting.cancel', summary: 'inställt' }, (d) => {
      d.plan.meetings.find((m) => m.id === 'lg-2011-05-20')!.status = 'cancelled';
    });
    await s.tick();
    await s.idle();
    await at(s, '2011-05-19T07:00:00Z');
    expect(sender.sent.map((x) => x.reply.kind)).toEqual(['reminder', 'reminderCancelled']);
    expect(sender.sent[1]!.text).toMatch(/Inställt: Ledningsgruppen fredag 20 maj 2011/);
    expect(logged('reminder skipped')).toEqual([expect.objectContaining({ lead: '1d', reason: 'the meeting is cancelled' })]);
  });

  it('follows a moved meeting with fresh reminders that say it moved', async () => {
    await given([sub({ since: '2011-05-12T00:00:00.000Z' })]);
    clock.set('2011-05-13T06:59:00Z');
    const s = await start();
    await at(s, '2011-05-13T07:00:00Z');
    await store.update({ actor: 'sek', action: 'meeting.move', summary: 'flyttat' }, (d) => {
      d.plan.meetings.find((m) => m.id === 'lg-2011-05-20')!.date = { kind: 'day', date: '2011-05-27' };
    });
    await at(s, '2011-05-19T07:00:00Z');
    expect(sender.sent).toHaveLength(1); // nothing for the old date
    await at(s, '2011-05-26T07:00:00Z');
    expect(sender.sent).toHaveLength(2);
    expect(sender.sent[1]!.text).toMatch(/fredag 27 maj 2011/);
    expect(sender.sent[1]!.text).toMatch(/flyttats/);
  });

  it('skips a conversation with no stored reference, with a reason', async () => {
    await given([sub({ since: '2011-05-14T00:00:00.000Z' })], []);
    const s = await start();
    await at(s, '2011-05-19T07:00:00Z');
    expect(sender.sent).toEqual([]);
    expect(records()).toEqual([expect.objectContaining({ state: 'skipped', reason: expect.stringMatching(/no conversation reference/) })]);
  });

  it('sends nothing after close', async () => {
    await given([sub({ since: '2011-05-14T00:00:00.000Z' })]);
    const s = await start();
    await s.close();
    await at(s, '2011-05-19T07:00:00Z');
    expect(sender.sent).toEqual([]);
  });

  it('plans again when the plan or the subscriptions change, not for a follow-up context', async () => {
    await given([sub({ since: '2011-05-14T00:00:00.000Z' })]);
    await start();
    const passes = () => logged('reminders planned').length;
    const settle = () => new Promise((r) => setTimeout(r, 20));
    const first = passes();
    await store.stage((d) => {
      d.runtime.dialog['conv-x'] = { context: { intent: 'nextMeeting' }, at: '2011-05-19T06:59:00.000Z' };
    });
    await store.update(null, (d) => {
      d.runtime.handledKeys.push({ key: 'slack:event:E1', at: '2011-05-19T06:59:00.000Z' });
    });
    await settle();
    expect(passes()).toBe(first);
    await store.update(null, (d) => {
      d.runtime.subscriptions[0]!.leads = [{ unit: 'days', value: 1 }];
    });
    await settle();
    expect(passes()).toBe(first + 1);
    await store.update({ actor: 'sek', action: 'meeting.cancel', summary: 'inställt' }, (d) => {
      d.plan.meetings.find((m) => m.id === 'lg-2011-05-20')!.status = 'cancelled';
    });
    await settle();
    expect(passes()).toBe(first + 2);
  });
});
