// The Bot Connector answering 500 or 429 to every request for a minute, right when a reminder is due: the
// scheduler (with the real Bot Framework sender, over loopback) loses no reminder and sends it once. Time
// is the scheduler's injected clock and sleep, so the minute passes without waiting for it.
import path from 'node:path';
import { createAdapter, createBotFrameworkSender } from '../../bot/channels/botframework/index.js';
import { ManualClock } from '../../bot/clock.js';
import { createMemoryLogger } from '../../bot/log.js';
import { startReminderScheduler, type ReminderScheduler } from '../../bot/reminders/scheduler.js';
import { openStore, type Store } from '../../bot/store/store.js';
import { cardText, SEED, tempDir, testConfig } from '../helpers/app.js';
import { startFakeConnector, type FakeConnector } from '../helpers/fakeConnector.js';
import { sub } from './fixtures.js';

const DUE = '2011-05-19T07:00:00.000Z'; // LG 20 May 08.30: the 1-day reminder, 09.00 the day before
const CHANNEL = '19:lg@thread.tacv2';

describe('a connector outage of a minute when a reminder is due', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let connector: FakeConnector;
  let store: Store;
  let clock: ManualClock;
  let logger: ReturnType<typeof createMemoryLogger>;
  let scheduler: ReminderScheduler | undefined;

  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
    connector = await startFakeConnector();
    clock = new ManualClock('2011-05-19T06:59:00Z');
    logger = createMemoryLogger();
    store = await openStore({ storePath: path.join(dir, 'store.json'), seedPath: SEED, clock });
    await store.update(null, (d) => {
      d.runtime.conversations.push({
        id: CHANNEL,
        channel: 'botframework',
        reference: { channelId: 'msteams', serviceUrl: connector.url, conversation: { id: CHANNEL, conversationType: 'channel' }, bot: { id: 'bot-1' } },
        active: true,
        updatedAt: '2011-05-01T00:00:00.000Z',
      });
      d.runtime.subscriptions.push(sub({ conversationId: CHANNEL, since: '2011-05-14T00:00:00.000Z' }));
    });
  });
  afterEach(async () => {
    await scheduler?.close();
    await store.settled();
    await connector.close();
    await cleanup();
  });

  it.each([
    [500, 'Internal Server Error'],
    [429, 'Too Many Requests (Retry-After: 1)'],
  ])('answering %i (%s): the reminder arrives once, after the outage', async (status) => {
    const outageEnds = Date.parse(DUE) + 60_000;
    connector.failWhile(() => clock.now().getTime() < outageEnds, status);
    const sleeps: number[] = [];
    scheduler = await startReminderScheduler({
      store,
      clock,
      logger,
      sender: createBotFrameworkSender(createAdapter(testConfig(dir), logger), undefined, logger),
      baseUrl: 'https://bot.example.org',
      random: () => 0.5,
      sleep: async (ms) => {
        sleeps.push(ms);
        clock.advance(ms);
      },
    });

    // Due: every attempt of the first round meets the outage (backoff 1, 2, 4, 8 s: all within the minute).
    clock.set(DUE);
    await scheduler.tick();
    await scheduler.idle();
    expect(connector.received).toEqual([]);
    expect(connector.failed).toBe(5);
    expect(sleeps.reduce((a, b) => a + b, 0)).toBeLessThan(60_000);
    const [record] = store.data.runtime.sentReminders;
    expect(record).toMatchObject({ state: 'failed', attempts: 1, retryAt: expect.any(String) });
    expect(logger.lines.filter((l) => l.msg === 'reminder not delivered, will try again')).toHaveLength(1);
    expect(logger.lines.filter((l) => l.msg === 'reminder not delivered, giving up')).toEqual([]);

    // Planning again (as the scheduler does after that write) sets its timer for the next round; the
    // connector is back by then.
    await scheduler.tick();
    expect(scheduler.nextWakeAt!.getTime()).toBe(Date.parse(record!.retryAt!));
    expect(scheduler.nextWakeAt!.getTime()).toBeGreaterThan(outageEnds);
    clock.set(scheduler.nextWakeAt!);
    await scheduler.tick();
    await scheduler.idle();
    expect(connector.received).toHaveLength(1);
    expect(cardText(connector.received[0]!.body)).toMatch(/Påminnelse: Ledningsgruppen i morgon/);
    expect(store.data.runtime.sentReminders).toEqual([expect.objectContaining({ state: 'sent', attempts: 2, late: true })]);

    // And never again.
    clock.advance(3_600_000);
    await scheduler.tick();
    await scheduler.idle();
    expect(connector.received).toHaveLength(1);
  });
});
