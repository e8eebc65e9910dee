// Reminders end to end: the real app on loopback, a fake Bot Connector, BOT_NOW just before a due time.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { App } from '../../bot/app.js';
import { ManualClock } from '../../bot/clock.js';
import type { createMemoryLogger } from '../../bot/log.js';
import { openStore } from '../../bot/store/store.js';
import { startFakeConnector, type FakeConnector } from '../helpers/fakeConnector.js';
import { botMembershipUpdate, cardText, messageActivity, post, SEED, startTestApp, tempDir } from '../helpers/app.js';
import { sub } from './fixtures.js';

type MemoryLogger = ReturnType<typeof createMemoryLogger>;

const CHANNEL = '19:lg@thread.tacv2';
const CHANNEL_PATH = '/v3/conversations/19%3Alg%40thread.tacv2/activities';
/** LG meets Friday 20 May 2011 at 08.30; the 1-day reminder is due Thursday 19 May at 09.00 (+02:00). */
const DUE = Date.parse('2011-05-19T09:00:00+02:00');

async function waitForLog(logger: MemoryLogger, test: (l: Record<string, unknown>) => boolean, timeoutMs = 8000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = logger.lines.find(test);
    if (found) return found;
    if (Date.now() > deadline) throw new Error('log line not seen in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A store whose LG channel is subscribed, as the bot would have left it after "prenumerera på LG". */
async function subscribedStore(dir: string, serviceUrl: string) {
  const store = await openStore({ storePath: path.join(dir, 'store.json'), seedPath: SEED, clock: new ManualClock('2011-05-15T10:00:00Z') });
  await store.update(null, (d) => {
    d.runtime.conversations.push({
      id: CHANNEL,
      channel: 'botframework',
      reference: { channelId: 'msteams', serviceUrl, conversation: { id: CHANNEL, conversationType: 'channel', isGroup: true }, bot: { id: 'bot-1' } },
      active: true,
      updatedAt: '2011-05-15T10:00:00.000Z',
    });
    d.runtime.subscriptions.push(sub({ conversationId: CHANNEL, createdAt: '2011-05-15T10:00:00.000Z' }));
  });
}

const reminders = (c: FakeConnector) => c.received.filter((a) => /Påminnelse:/.test(String(a.body.summary)));

describe('reminders through the real app', () => {
  let connector: FakeConnector;
  let dir: string;
  let cleanup: () => Promise<void>;
  const apps: App[] = [];

  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
    connector = await startFakeConnector();
  });
  afterEach(async () => {
    for (const a of apps.splice(0)) await a.close();
    await connector.close();
    await cleanup();
  });

  async function start(botNow: string) {
    // Subscribing is a secretariat command; the test user (from.id user-1) is named by SECRETARIAT.
    const started = await startTestApp(dir, { BOT_NOW: botNow, SECRETARIAT: 'user-1' });
    apps.push(started.app);
    return started;
  }

  it('subscribes a channel from chat, then posts the card on time, once, and not again after a restart', async () => {
    const { app, logger } = await start('2011-05-19T08:59:54+02:00');
    await post(`${app.url}/api/messages`, botMembershipUpdate(connector.url, { id: CHANNEL, conversationType: 'channel', isGroup: true }, 'added'));
    const [welcome] = await connector.waitFor(1);
    expect(cardText(welcome!.body)).toMatch(/prenumerera på ledningsgruppen/);
    expect(app.store.data.runtime.conversations).toEqual([expect.objectContaining({ id: CHANNEL, active: true })]);

    await post(
      `${app.url}/api/messages`,
      messageActivity(connector.url, 'prenumerera på ledningsgruppen', {
        channelId: 'msteams',
        conversation: { id: `${CHANNEL};messageid=1305791940000`, conversationType: 'channel', isGroup: true },
      }),
    );
    await connector.waitFor(2);
    expect(cardText(connector.received[1]!.body)).toMatch(/Klart! Jag påminner här/);
    expect(app.store.data.runtime.subscriptions).toEqual([expect.objectContaining({ conversationId: CHANNEL, bodies: ['ledningsgruppen'] })]);
    expect(app.clock.now().getTime()).toBeLessThan(DUE); // subscribed before the reminder came due

    // The card arrives within 5 s of its due time (the wait ends there), and not before it.
    await connector.waitFor(3, DUE - app.clock.now().getTime() + 5000);
    const [card] = reminders(connector);
    expect(card!.path).toBe(CHANNEL_PATH);
    expect(cardText(card!.body)).toMatch(/^Påminnelse: Ledningsgruppen i morgon/);
    expect(cardText(card!.body)).not.toMatch(/Skickad sent/);
    const content = card!.body.attachments[0].content;
    expect(content.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Lägg till i kalendern', url: `${app.url}/calendar/meeting/lg-2011-05-20.ics` },
      expect.objectContaining({ type: 'Action.Submit', title: 'Visa kalendern', data: expect.objectContaining({ text: 'kalender Ledningsgruppen' }) }),
    ]);
    await waitForLog(logger, (l) => l.msg === 'reminder sent'); // recorded just after the connector's 200
    const record = app.store.data.runtime.sentReminders.find((r) => r.lead === '1d');
    expect(record).toMatchObject({ state: 'sent', late: false });
    expect(Date.parse(record!.at)).toBeGreaterThanOrEqual(DUE);
    expect(logger.lines.filter((l) => l.msg === 'reminder sent')).toHaveLength(1);

    // Restart on the same store, just before the due time again: the record says it went out.
    await app.close();
    apps.splice(0);
    const again = await start('2011-05-19T08:59:59+02:00');
    const planned = await waitForLog(again.logger, (l) => l.msg === 'reminders planned');
    expect(planned).toMatchObject({ sending: 0 });
    expect(planned.next).not.toBe(new Date(DUE).toISOString()); // nothing left to do at 09.00
    while (again.app.clock.now().getTime() < DUE + 1000) await new Promise((r) => setTimeout(r, 100));
    expect(reminders(connector)).toHaveLength(1);
    expect(again.logger.lines.filter((l) => String(l.msg).startsWith('reminder sent'))).toEqual([]);
  });

  it('reminds in English a conversation that subscribed in English', async () => {
    const { app, logger } = await start('2011-05-19T08:59:54+02:00');
    await post(
      `${app.url}/api/messages`,
      messageActivity(connector.url, 'subscribe to ledningsgruppen', {
        channelId: 'msteams',
        locale: 'en-GB',
        conversation: { id: CHANNEL, conversationType: 'channel', isGroup: true },
      }),
    );
    await connector.waitFor(1);
    expect(cardText(connector.received[0]!.body)).toMatch(/Done! I will remind you here/);
    expect(app.store.data.runtime.subscriptions).toEqual([expect.objectContaining({ conversationId: CHANNEL, lang: 'en' })]);
    await connector.waitFor(2, DUE - app.clock.now().getTime() + 5000);
    const card = connector.received[1]!;
    expect(card.path).toBe(CHANNEL_PATH);
    expect(card.body.locale).toBe('en-GB');
    expect(cardText(card.body)).toMatch(/^Reminder: Ledningsgruppen tomorrow/);
    expect(cardText(card.body)).toMatch(/When: Friday 20 May 2011, 08:30–13:00/);
    expect(cardText(card.body)).not.toMatch(/Påminnelse|När:/);
    expect(card.body.attachments[0].content.actions[0]).toMatchObject({ type: 'Action.OpenUrl', title: 'Add to calendar' });
    await waitForLog(logger, (l) => l.msg === 'reminder sent');
  });

  it('reads a store written before subscriptions had a language as Swedish, and reminds in Swedish', async () => {
    await subscribedStore(dir, connector.url);
    const file = path.join(dir, 'store.json');
    const raw = JSON.parse(await readFile(file, 'utf8'));
    for (const s of raw.runtime.subscriptions) delete s.lang;
    await writeFile(file, JSON.stringify(raw));
    const { app } = await start('2011-05-19T08:59:58+02:00');
    expect(app.store.data.runtime.subscriptions[0]!.lang).toBe('sv');
    await connector.waitFor(1, DUE - app.clock.now().getTime() + 5000);
    expect(cardText(connector.received[0]!.body)).toMatch(/^Påminnelse: Ledningsgruppen i morgon/);
  });

  it('still delivers once when the connector answers 429 first', async () => {
    await subscribedStore(dir, connector.url);
    connector.failNext([429]);
    const { app, logger } = await start('2011-05-19T08:59:58+02:00');
    await connector.waitFor(1, DUE - app.clock.now().getTime() + 5000);
    await waitForLog(logger, (l) => l.msg === 'reminder sent');
    expect(connector.received).toHaveLength(1);
    expect(connector.received[0]!.path).toBe(CHANNEL_PATH);
    expect(logger.lines.filter((l) => l.msg === 'reminder send failed, retrying')).toEqual([
      expect.objectContaining({ attempt: 1, delayMs: expect.any(Number) }),
    ]);
    expect(app.store.data.runtime.sentReminders.filter((r) => r.state === 'sent')).toHaveLength(1);
  });

  it('sends a reminder missed during downtime at start, marked late', async () => {
    await subscribedStore(dir, connector.url);
    const { app, logger } = await start('2011-05-19T11:00:00+02:00');
    await connector.waitFor(1);
    expect(cardText(connector.received[0]!.body)).toMatch(/Skickad sent/);
    await waitForLog(logger, (l) => l.msg === 'reminder sent late');
    expect(app.store.data.runtime.sentReminders.find((r) => r.state === 'sent')).toMatchObject({ lead: '1d', late: true });
  });

  it('deactivates the subscription when Teams answers 403, and brings it back when the bot is added again', async () => {
    await subscribedStore(dir, connector.url);
    connector.failNext([403], { error: { code: 'BotNotInConversationRoster', message: 'The bot is not part of the conversation roster.' } });
    const { app, logger } = await start('2011-05-19T11:00:00+02:00');
    const line = await waitForLog(logger, (l) => l.msg === 'subscription deactivated');
    expect(line).toMatchObject({ conversation: CHANNEL, reason: expect.stringMatching(/403 BotNotInConversationRoster/) });
    expect(app.store.data.runtime.subscriptions[0]!.active).toBe(false);
    expect(connector.received).toHaveLength(0);

    await post(`${app.url}/api/messages`, botMembershipUpdate(connector.url, { id: CHANNEL, conversationType: 'channel', isGroup: true }, 'added'));
    await waitForLog(logger, (l) => l.msg === 'subscription reactivated');
    expect(app.store.data.runtime.subscriptions[0]!.active).toBe(true);
  });

  it('deactivates the subscription when the bot is removed from the team', async () => {
    await subscribedStore(dir, connector.url);
    const { app, logger } = await start('2011-05-16T10:00:00+02:00');
    await post(`${app.url}/api/messages`, botMembershipUpdate(connector.url, { id: CHANNEL, conversationType: 'channel', isGroup: true }, 'removed'));
    const line = await waitForLog(logger, (l) => l.msg === 'subscription deactivated');
    expect(line).toMatchObject({ conversation: CHANNEL, reason: 'the bot was removed from the conversation' });
    expect(app.store.data.runtime.subscriptions[0]!.active).toBe(false);
  });
});
