// The reminder scheduler: the bot's only timer. It asks due.ts what is due, sends it through a
// ConversationSender, records every reminder in the store (runtime.sentReminders), then sleeps until the
// next due time (at most an hour at a time, then it re-checks) or until the plan or the subscriptions
// change (store.onChange).
//
// Once, across crashes and restarts — what holds at which step (one scheduler per store):
//   1. Before sending, the reminder is recorded as 'sending' (an atomic store write; if it fails,
//      nothing is sent and the reminder stays due, so it is tried again in a minute).
//   2. The message is sent (retried within the round for throttling and gateway errors).
//   3. After Teams accepts it, the record becomes 'sent'.
//   A crash between 1 and 3 leaves 'sending': the message may or may not have been posted, and Teams has
//   no way to ask. On start every 'sending' becomes 'unknown' with a warning in the log and is NOT
//   resent: the guarantee is AT MOST ONCE. Chosen because a doubled reminder is seen by a whole team
//   channel, while the window is one HTTP call long and a meeting normally gets a second reminder
//   (7 days and 1 day before) that still arrives. No state is ever lost: any record means "handled".
//   A reminder that came due while the bot was down has no record at all, so it is sent at start,
//   marked "sent late", if the meeting has not started (otherwise skipped with a log line).
//   Retries of 500/502/503/504 inside step 2 may, rarely, double a message Teams accepted but failed to confirm.
// Failures: 'GONE' deactivates the conversation's subscriptions (log line with the reason); a round that
// stays 'RETRYABLE' is recorded 'failed' with a retryAt (5, 15, 60 minutes), after that it gives up;
// any other error is recorded 'failed' and logged. Each conversation has its own queue and rate limit
// (7 messages a second), so one failing or throttled conversation never holds up the others.
import type { Clock } from '../clock.js';
import type { Logger } from '../log.js';
import type { Reply } from '../core/reply.js';
import type { Conversation, Meeting, Plan, SentReminder } from '../store/schema.js';
import type { RuntimeState, Store } from '../store/store.js';
import { cancellationReply, dateToBeSetReply, reminderReply } from './card.js';
import { deactivateConversation } from './conversations.js';
import { dueReminders, leadKey, type DueReminder } from './due.js';
import { createRateLimiter, DEFAULT_RETRY, realSleep, withRetry, type RetryOptions, type Sleep } from './retry.js';
import { errorCode, type ConversationSender } from './sender.js';

export interface SchedulerDeps {
  store: Store;
  clock: Clock;
  logger: Logger;
  sender: ConversationSender;
  /** Base of the calendar links on the cards: PUBLIC_URL or the server's local URL. */
  baseUrl: string;
  sleep?: Sleep;
  random?: () => number;
  retry?: Partial<Pick<RetryOptions, 'attempts' | 'baseMs' | 'maxMs'>>;
  /** Messages a second to one conversation (Teams allows 7). */
  perSecond?: number;
  /** The longest single timer; the scheduler re-checks at least this often. */
  maxTimerMs?: number;
  /** Re-check this soon after a store write failed. */
  recheckAfterErrorMs?: number;
  /** Waits before a failed round (still throttled after all retries) is tried again; then it gives up. */
  roundDelaysMs?: number[];
  /** Told of each reminder delivered, and each given up on (the usage counters). */
  count?: (what: 'remindersSent' | 'remindersFailed') => void;
}

export interface ReminderScheduler {
  /** Plans now: records skips, starts the due sends, sets the timer. Resolves when planned, not when sent. */
  tick(): Promise<void>;
  /** Resolves when every send started so far has finished. */
  idle(): Promise<void>;
  /** When the timer will wake the scheduler next. */
  readonly nextWakeAt: Date | undefined;
  /** When the last planning pass finished (the bot's clock); undefined before the first. */
  readonly lastRunAt: Date | undefined;
  close(): Promise<void>;
}

const HOUR = 3_600_000;

function record(item: DueReminder, state: SentReminder['state'], at: Date, extra: Partial<SentReminder> = {}): SentReminder {
  return {
    key: item.key,
    conversationId: item.conversationId,
    meetingId: item.meetingId,
    kind: item.kind,
    ...(item.meetingStart ? { meetingStart: item.meetingStart } : {}),
    ...(item.lead ? { lead: leadKey(item.lead) } : {}),
    dueAt: item.dueAt.toISOString(),
    state,
    at: at.toISOString(),
    late: item.late,
    attempts: item.attempts,
    ...extra,
  };
}

function describe(item: DueReminder): Record<string, unknown> {
  return {
    conversation: item.conversationId,
    meeting: item.meetingId,
    kind: item.kind,
    lead: item.lead ? leadKey(item.lead) : undefined,
    dueAt: item.dueAt.toISOString(),
    late: item.late,
  };
}

export async function startReminderScheduler(deps: SchedulerDeps): Promise<ReminderScheduler> {
  const { store, clock, logger, sender } = deps;
  const sleep = deps.sleep ?? realSleep;
  const random = deps.random ?? Math.random;
  const retry = { ...DEFAULT_RETRY, ...deps.retry };
  const maxTimerMs = deps.maxTimerMs ?? HOUR;
  const recheckAfterErrorMs = deps.recheckAfterErrorMs ?? 60_000;
  const roundDelays = deps.roundDelaysMs ?? [5 * 60_000, 15 * 60_000, HOUR];
  const limiter = createRateLimiter({ limit: deps.perSecond ?? 7, windowMs: 1000, now: () => clock.now().getTime(), sleep });
  const abort = new AbortController();
  const inFlight = new Set<string>();
  const chains = new Map<string, Promise<void>>();
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let replanTimer: NodeJS.Timeout | undefined;
  let nextWakeAt: Date | undefined;
  let lastRunAt: Date | undefined;
  let ticking: Promise<void> = Promise.resolve();

  function wakeAt(at: number): void {
    if (closed) return;
    const now = clock.now().getTime();
    const delay = Math.max(0, Math.min(at - now, maxTimerMs));
    if (timer) clearTimeout(timer);
    nextWakeAt = new Date(now + delay);
    timer = setTimeout(() => void tick(), delay);
    timer.unref();
  }
  /** Wakes no later than `at` (keeps an earlier wake-up). */
  function wakeBy(at: number): void {
    if (!nextWakeAt || at < nextWakeAt.getTime()) wakeAt(at);
  }

  function replyFor(item: DueReminder, meeting: Meeting, data: { plan: Plan; runtime: Readonly<RuntimeState> }, now: Date): Reply {
    const plan = data.plan;
    const lang = data.runtime.subscriptions.find((s) => s.conversationId === item.conversationId)?.lang ?? 'sv';
    switch (item.kind) {
      case 'reminder':
        return reminderReply({ plan, meeting, now, baseUrl: deps.baseUrl, late: item.late, dueAt: item.dueAt, moved: item.moved, lang });
      case 'cancellation':
        return cancellationReply({ plan, meeting, baseUrl: deps.baseUrl, lang });
      case 'dateToBeSet':
        return dateToBeSetReply({ plan, meeting, lang });
    }
  }

  async function deliver(conversation: Conversation, reply: Reply, item: DueReminder): Promise<string | undefined> {
    return withRetry(
      async () => {
        await limiter.acquire(conversation.id, abort.signal);
        const sent = await sender.send(conversation, reply);
        return sent && typeof sent.id === 'string' ? sent.id : undefined;
      },
      {
        ...retry,
        random,
        sleep,
        signal: abort.signal,
        onRetry: ({ attempt, delayMs, error }) =>
          logger.warn('reminder send failed, retrying', { ...describe(item), attempt, delayMs, error: error as Error }),
      },
    );
  }

  async function write(r: SentReminder): Promise<boolean> {
    try {
      await store.recordReminders([r]);
      return true;
    } catch (e) {
      logger.error('could not record a reminder', { key: r.key, state: r.state, error: e as Error });
      return false;
    }
  }

  async function sendOne(planned: DueReminder): Promise<void> {
    try {
      if (closed) return;
      // The plan or the subscription may have changed while this waited in its conversation's queue.
      const data = { plan: store.plan.plan, runtime: store.runtime };
      const now = clock.now();
      const fresh = dueReminders({ plan: data.plan, subscriptions: data.runtime.subscriptions, sent: data.runtime.sentReminders, now });
      const item = fresh.send.find((s) => s.key === planned.key);
      if (!item) {
        logger.debug('reminder no longer due', describe(planned));
        return;
      }
      const meeting = data.plan.meetings.find((m) => m.id === item.meetingId)!;
      const conversation = data.runtime.conversations.find((c) => c.id === item.conversationId);
      if (!conversation || !conversation.active) {
        const reason = conversation ? `the conversation is inactive: ${conversation.inactiveReason ?? 'no reason given'}` : 'no conversation reference is stored for this conversation';
        if (await write(record(item, 'skipped', now, { reason }))) logger.warn('reminder skipped', { ...describe(item), reason });
        return;
      }
      const reply = replyFor(item, meeting, data, now);
      const attempts = item.attempts + 1;

      // Step 1: 'sending' before the send (see the top of this file).
      if (!(await write(record(item, 'sending', now, { attempts })))) {
        wakeBy(clock.now().getTime() + recheckAfterErrorMs);
        return;
      }
      // Step 2: the send.
      let messageId: string | undefined;
      try {
        messageId = await deliver(conversation, reply, item);
      } catch (e) {
        await failed(item, attempts, e);
        return;
      }
      // Step 3: 'sent'. If this write fails the record stays 'sending': not resent (at most once).
      const sentAt = clock.now();
      deps.count?.('remindersSent');
      if (await write(record(item, 'sent', sentAt, { attempts, ...(messageId ? { messageId } : {}) }))) {
        logger.info(item.late ? 'reminder sent late' : 'reminder sent', describe(item));
      } else {
        logger.error('reminder sent but not recorded as sent; it stays "sending" and will not be resent', describe(item));
      }
    } catch (e) {
      logger.error('reminder failed unexpectedly', { ...describe(planned), error: e as Error });
    } finally {
      inFlight.delete(planned.key);
    }
  }

  async function failed(item: DueReminder, attempts: number, e: unknown): Promise<void> {
    const now = clock.now();
    const code = errorCode(e);
    const reason = `${code}: ${(e as Error)?.message ?? String(e)}`;
    if (code === 'GONE') {
      deps.count?.('remindersFailed');
      await write(record(item, 'failed', now, { attempts, reason }));
      logger.warn('reminder not delivered: the bot can no longer post in the conversation', { ...describe(item), reason });
      await deactivateConversation({ store, clock, logger }, item.conversationId, `Teams refused the reminder (${(e as Error)?.message ?? code})`).catch(
        (err: unknown) => logger.error('could not deactivate the conversation', { conversation: item.conversationId, error: err as Error }),
      );
      return;
    }
    if (code === 'ABORTED') {
      // Stopping mid-retry: the last attempt failed, so nothing was posted; try again after the restart.
      await write(record(item, 'failed', now, { attempts: item.attempts, reason: 'stopped while retrying', retryAt: now.toISOString() }));
      return;
    }
    const delay = code === 'RETRYABLE' ? roundDelays[attempts - 1] : undefined;
    if (delay !== undefined) {
      const retryAt = new Date(now.getTime() + delay).toISOString();
      await write(record(item, 'failed', now, { attempts, reason, retryAt }));
      logger.warn('reminder not delivered, will try again', { ...describe(item), reason, retryAt, round: attempts });
    } else {
      deps.count?.('remindersFailed');
      await write(record(item, 'failed', now, { attempts, reason }));
      logger.error('reminder not delivered, giving up', { ...describe(item), reason, rounds: attempts });
    }
  }

  function enqueue(item: DueReminder): void {
    const id = item.conversationId;
    const run = (chains.get(id) ?? Promise.resolve()).then(() => sendOne(item));
    chains.set(id, run);
    void run.finally(() => {
      if (chains.get(id) === run) chains.delete(id);
    });
  }

  async function plan(): Promise<void> {
    if (closed) return;
    const now = clock.now();
    const data = { plan: store.plan.plan, runtime: store.runtime };
    const due = dueReminders({ plan: data.plan, subscriptions: data.runtime.subscriptions, sent: data.runtime.sentReminders, now });
    let soon = false;
    const skips = due.skip.filter((s) => !inFlight.has(s.key));
    if (skips.length > 0) {
      try {
        await store.recordReminders(skips.map((s) => record(s, 'skipped', now, { reason: s.reason })));
        for (const s of skips) logger.info('reminder skipped', { ...describe(s), reason: s.reason });
      } catch (e) {
        logger.error('could not record skipped reminders', { error: e as Error });
        soon = true;
      }
    }
    for (const item of due.send) {
      if (inFlight.has(item.key)) continue;
      inFlight.add(item.key);
      enqueue(item);
    }
    limiter.prune();
    const at = due.next ? due.next.getTime() : now.getTime() + maxTimerMs;
    wakeAt(soon ? Math.min(at, now.getTime() + recheckAfterErrorMs) : at);
    lastRunAt = now;
    logger.debug('reminders planned', {
      now: now.toISOString(),
      sending: due.send.length,
      skipped: skips.length,
      next: due.next?.toISOString(),
      wake: nextWakeAt?.toISOString(),
    });
  }

  function tick(): Promise<void> {
    ticking = ticking.then(plan).catch((e: unknown) => logger.error('reminder planning failed', { error: e as Error }));
    return ticking;
  }

  // A 'sending' record from before this start: the bot stopped mid-send. Not resent (at most once).
  const stale = store.runtime.sentReminders.some((r) => r.state === 'sending')
    ? await store.markSendingUnknown(clock.now().toISOString(), 'the bot stopped while sending; not resent (at most once)')
    : [];
  for (const r of stale) {
    logger.warn('reminder outcome unknown after a restart; not resent', { conversation: r.conversationId, meeting: r.meetingId, kind: r.kind, lead: r.lead, dueAt: r.dueAt });
  }

  // Re-plan when something that decides reminders has changed: the plan's version, or a runtime part the
  // store replaced (it replaces only what a change touches), so a handled Slack event costs no planning pass.
  const decisive = () => [store.plan.version, store.runtime.subscriptions, store.runtime.conversations, store.runtime.sentReminders];
  let planned = decisive();
  const off = store.onChange(() => {
    const now = decisive();
    const changed = now.some((part, i) => part !== planned[i]);
    planned = now;
    if (!changed || closed || replanTimer) return;
    replanTimer = setTimeout(() => {
      replanTimer = undefined;
      void tick();
    }, 0);
    replanTimer.unref();
  });

  await tick();

  return {
    tick,
    async idle() {
      while (chains.size > 0) await Promise.allSettled([...chains.values()]);
    },
    get nextWakeAt() {
      return nextWakeAt;
    },
    get lastRunAt() {
      return lastRunAt;
    },
    async close() {
      if (closed) return;
      closed = true;
      off();
      if (timer) clearTimeout(timer);
      if (replanTimer) clearTimeout(replanTimer);
      abort.abort();
      await ticking;
      while (chains.size > 0) await Promise.allSettled([...chains.values()]);
    },
  };
}
