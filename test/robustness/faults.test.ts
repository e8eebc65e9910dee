// Faults: a Bot Connector that fails for a minute loses no reminder; a store that cannot be written is
// reported and the bot keeps answering.
import http from 'node:http';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { ManualClock } from '../../bot/clock.js';
import { createAdapter, createBotFrameworkSender } from '../../bot/channels/botframework.js';
import { createMemoryLogger } from '../../bot/log.js';
import { startReminderScheduler } from '../../bot/reminders/scheduler.js';
import { createChannelSender } from '../../bot/reminders/sender.js';
import { openStore } from '../../bot/store/store.js';
import { messageActivity, post, SEED, startTestApp, tempDir, testConfig } from '../helpers/app.js';
import { startFakeConnector } from '../helpers/fakeConnector.js';

/** A connector that answers `status` until the clock passes `until`, then 200; it counts what it accepted. */
async function flakyConnector(clock: ManualClock, status: number, until: number) {
  const accepted: Array<Record<string, unknown>> = [];
  let refused = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      if (clock.now().getTime() < until) {
        refused += 1;
        res.statusCode = status;
        if (status === 429) res.setHeader('retry-after', '5');
        res.end(JSON.stringify({ error: { code: status === 429 ? 'Throttled' : 'ServiceError', message: 'fake outage' } }));
        return;
      }
      accepted.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>);
      res.statusCode = 200;
      res.end(JSON.stringify({ id: `act-${accepted.length}` }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, accepted, refused: () => refused, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe('a Bot Connector that fails for a minute', () => {
  it.each([500, 429])('answering %i loses no reminder and sends it once', async (status) => {
    const { dir, cleanup } = await tempDir();
    // Ledningsgruppen meets Friday 20 May 2011 08.30; the day-before reminder is due Thursday 09.00 (07:00Z).
    const due = Date.parse('2011-05-19T07:00:00Z');
    const clock = new ManualClock(new Date(due));
    const connector = await flakyConnector(clock, status, due + 60_000);
    const logger = createMemoryLogger();
    const store = await openStore({ storePath: path.join(dir, 'store.json'), seedPath: SEED, clock });
    await store.update(null, (d) => {
      d.runtime.conversations.push({ id: 'conv-lg', channel: 'botframework', reference: { channelId: 'msteams', serviceUrl: connector.url, conversation: { id: 'conv-lg' }, bot: { id: 'bot' } }, active: true, updatedAt: clock.now().toISOString() });
      d.runtime.subscriptions.push({ conversationId: 'conv-lg', bodies: ['ledningsgruppen'], leads: [{ unit: 'days', value: 1 }], secretariat: false, active: true, createdAt: '2011-05-01T00:00:00Z' });
    });
    const adapter = createAdapter(testConfig(dir), logger);
    const scheduler = await startReminderScheduler({
      store,
      clock,
      logger,
      baseUrl: 'https://bot.example.org',
      sender: createChannelSender({ botframework: createBotFrameworkSender(adapter, undefined, logger) }),
      random: () => 0.5,
      // Retries wait in virtual time: the outage lasts a minute of the bot's clock, not of the test's.
      sleep: async (ms) => clock.advance(ms),
    });
    try {
      await scheduler.tick();
      await scheduler.idle();
      expect(connector.refused()).toBeGreaterThan(0);
      // However the retries fell, once the outage is over the next planning pass delivers it.
      for (let i = 0; i < 4 && connector.accepted.length === 0; i++) {
        const retry = store.data.runtime.sentReminders.find((r) => r.state === 'failed')?.retryAt;
        if (retry) clock.set(retry);
        await scheduler.tick();
        await scheduler.idle();
      }
      expect(connector.accepted).toHaveLength(1);
      expect(String(connector.accepted[0]!.text)).toMatch(/Ledningsgruppen/);
      expect(store.data.runtime.sentReminders.filter((r) => r.kind === 'reminder' && r.state === 'sent')).toHaveLength(1);
      // And nothing more goes out later.
      clock.advance(3_600_000);
      await scheduler.tick();
      await scheduler.idle();
      expect(connector.accepted).toHaveLength(1);
    } finally {
      await scheduler.close();
      await connector.close();
      await cleanup();
    }
  });
});

describe('a store that cannot be written', () => {
  it('is reported in the log, and the bot keeps answering', async () => {
    const { dir, cleanup } = await tempDir();
    const connector = await startFakeConnector();
    const { app, logger } = await startTestApp(dir, { BOT_NOW: '2011-04-07T10:00:00+02:00' });
    try {
      // steno writes to .store.json.tmp and renames it; a directory there fails every write (root included),
      // as a full disk or a read-only file would.
      await mkdir(path.join(dir, '.store.json.tmp'));
      for (const q of ['nästa LG', 'vem är värd för rådslaget 2014?']) {
        const before = connector.received.length;
        const res = await post(`${app.url}/api/messages`, messageActivity(connector.url, q, { conversation: { id: `conv-${q.length}` } }));
        expect(res.status).toBeLessThan(300);
        const [, ...rest] = await connector.waitFor(before + 1);
        void rest;
      }
      const texts = connector.received.map((r) => String(r.body.text));
      expect(texts[0]).toMatch(/20 maj 2011/);
      expect(texts[1]).toMatch(/Tyresö/);
      await new Promise((r) => setTimeout(r, 300));
      const reported = logger.lines.filter((l) => (l.level === 'warn' || l.level === 'error') && JSON.stringify(l).includes('store.json'));
      expect(reported.length).toBeGreaterThan(0);
      const health = await fetch(`${app.url}/healthz`);
      expect(health.status).toBe(200);
    } finally {
      await app.close();
      await connector.close();
      await cleanup();
    }
  });
});
