// Nobody acts on a stale card: a confirmed change to a meeting sends a short notice to every conversation
// subscribed to its body, and the reminder cards already posted for it change in place (the fake Bot
// Connector sees the PUT of the activity; the fake Slack sees chat.update).
import path from 'node:path';
import type { App } from '../../bot/app.js';
import { ManualClock } from '../../bot/clock.js';
import { openStore } from '../../bot/store/store.js';
import { startFakeConnector, type FakeConnector } from '../helpers/fakeConnector.js';
import { cardText, messageActivity, post, SEED, startTestApp, tempDir } from '../helpers/app.js';
import { BOT_TOKEN, FAKE_BOT_USER, SIGNING_SECRET, eventEnvelope, form, postSlack, signedHeaders, startFakeSlack, type FakeSlack } from '../helpers/fakeSlack.js';
import { seedPlan, sub } from './fixtures.js';
import { meetingChanges, noticeSentence } from '../../bot/reminders/notices.js';

const LG = '19:lg@thread.tacv2';
const LG_PATH = '/v3/conversations/19%3Alg%40thread.tacv2/activities';
const EN = '19:en@thread.tacv2';
const EN_PATH = '/v3/conversations/19%3Aen%40thread.tacv2/activities';
const SK = '19:sk@thread.tacv2';
/** LG meets Friday 20 May 2011 at 08.30; the 1-day reminder is due Thursday 19 May at 09.00 (+02:00). */
const DUE = Date.parse('2011-05-19T09:00:00+02:00');

async function until<T>(get: () => T | undefined, what: string, timeoutMs = 8000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = get();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`not seen in time: ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('notices and stale cards in Teams', () => {
  let connector: FakeConnector;
  let dir: string;
  let cleanup: () => Promise<void>;
  let app: App | undefined;

  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
    connector = await startFakeConnector();
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
    await connector.close();
    await cleanup();
  });

  it('posts a notice to each subscribed conversation in its language and updates the posted reminder card in place', async () => {
    const store = await openStore({ storePath: path.join(dir, 'store.json'), seedPath: SEED, clock: new ManualClock('2011-05-15T10:00:00Z') });
    const ref = (id: string) => ({ channelId: 'msteams', serviceUrl: connector.url, conversation: { id, conversationType: 'channel', isGroup: true }, bot: { id: 'bot-1' } });
    await store.update(null, (d) => {
      for (const id of [LG, EN, SK]) d.runtime.conversations.push({ id, channel: 'botframework', reference: ref(id), active: true, updatedAt: '2011-05-15T10:00:00.000Z' });
      d.runtime.subscriptions.push(sub({ conversationId: LG, createdAt: '2011-05-15T10:00:00.000Z' }));
      // Subscribed in English after the reminder was due: no reminder, but the notice.
      d.runtime.subscriptions.push(sub({ conversationId: EN, createdAt: '2011-05-19T08:00:00.000Z', since: '2011-05-19T08:00:00.000Z', lang: 'en' }));
      d.runtime.subscriptions.push(sub({ conversationId: SK, bodies: ['samarbetskommitten'], createdAt: '2011-05-15T10:00:00.000Z' }));
    });
    await store.settled();

    ({ app } = await startTestApp(dir, { BOT_NOW: '2011-05-19T08:59:58+02:00', SECRETARIAT: 'aad-sec' }));
    const a = app;
    await connector.waitFor(1, DUE - a.clock.now().getTime() + 5000);
    const reminder = connector.received[0]!;
    expect(reminder.path).toBe(LG_PATH);
    expect(cardText(reminder.body)).toMatch(/^Påminnelse: Ledningsgruppen i morgon/);
    // The posted activity's id is kept with the record, to update the card later.
    const record = await until(() => a.store.data.runtime.sentReminders.find((r) => r.conversationId === LG && r.state === 'sent'), 'the sent record');
    expect(record.messageId).toBe('act-1');

    const say = async (text: string, value?: Record<string, unknown>) => {
      const before = connector.received.length;
      await post(`${a.url}/api/messages`, messageActivity(connector.url, text, { channelId: 'msteams', conversation: { id: 'a:sec-chat', conversationType: 'personal' }, from: { id: '29:anna', name: 'Anna Berg', aadObjectId: 'aad-sec' }, ...(value ? { value } : {}) }));
      return (await connector.waitFor(before + 1))[before]!.body;
    };
    const card = await say('flytta LG 20/5 till 27/5');
    expect(connector.received.filter((r) => r.path.startsWith(LG_PATH) || r.path.startsWith(EN_PATH))).toHaveLength(1); // nothing before the confirmation
    const confirm = card.attachments[0].content.actions.find((x: { title: string }) => x.title === 'Bekräfta').data;
    await say('', confirm);

    const notice = await until(() => connector.received.find((r) => r.method === 'POST' && r.path === LG_PATH && r !== reminder), 'the notice to LG');
    expect(notice.body.summary).toBe('Ledningsgruppens möte 20/5 är flyttat till fredag 27/5, 08.30–13.00');
    expect(cardText(notice.body)).toMatch(/När: fredag 27 maj 2011, 08\.30–13\.00/);
    const english = await until(() => connector.received.find((r) => r.method === 'POST' && r.path === EN_PATH), 'the notice to EN');
    expect(english.body.summary).toBe("Ledningsgruppen's meeting on 20/5 has moved to Friday 27/5, 08:30–13:00");

    const put = await until(() => connector.received.find((r) => r.method === 'PUT'), 'the PUT of the reminder card');
    expect(put.path).toBe(`${LG_PATH}/act-1`);
    expect(put.body.id).toBe('act-1');
    expect(cardText(put.body)).toMatch(/När: fredag 27 maj 2011, 08\.30–13\.00/);
    expect(cardText(put.body)).toMatch(/Mötet har flyttats/);
    expect(cardText(put.body)).not.toMatch(/20 maj/);

    await new Promise((r) => setTimeout(r, 200));
    // The committee's channel follows another body: nothing. Each message once.
    expect(connector.received.filter((r) => r.path.includes('19%3Ask'))).toEqual([]);
    expect(connector.received.filter((r) => r.path === LG_PATH)).toHaveLength(2);
    expect(connector.received.filter((r) => r.path === EN_PATH)).toHaveLength(1);
    expect(connector.received.filter((r) => r.method === 'PUT')).toHaveLength(1);

    // The week's counters: the reminder and the two notices delivered.
    const stats = cardText(await say('statistik'));
    expect(stats).toMatch(/Påminnelser: 1 levererade, 0 misslyckade/);
    expect(stats).toMatch(/Notiser om ändringar: 2 levererade, 0 misslyckade/);
  }, 20_000);
});

describe('stale cards in Slack', () => {
  let slack: FakeSlack;
  let dir: string;
  let cleanup: () => Promise<void>;
  let app: App | undefined;
  const SECRETARY = 'USEC';

  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
    slack = await startFakeSlack();
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
    await slack.close();
    await cleanup();
  });

  it('updates the posted reminder with chat.update when the meeting is cancelled, and says so once', async () => {
    ({ app } = await startTestApp(dir, { BOT_NOW: '2011-05-19T08:59:56+02:00', SECRETARIAT: SECRETARY, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl }));
    const a = app;
    const send = (p: string, body: string, contentType: string) => postSlack(`${a.url}${p}`, body, { contentType, headers: signedHeaders(body, new Date()) });
    const mention = (channel: string, text: string) =>
      send('/api/slack/events', JSON.stringify(eventEnvelope({ type: 'app_mention', user: SECRETARY, text: `<@${FAKE_BOT_USER}> ${text}`, channel, ts: `${Date.now() / 1000}` })), 'application/json');
    await mention('CLG', 'prenumerera på ledningsgruppen');
    await a.slack!.idle();
    const record = await until(() => a.store.data.runtime.sentReminders.find((r) => r.conversationId === 'CLG' && r.state === 'sent'), 'the sent reminder', 15_000);
    const reminderPost = slack.posts().find((p) => p.body.channel === 'CLG' && /fredag 20 maj 2011/.test(p.body.text))!;
    expect(record.messageId).toMatch(/^\d+\.000100$/);

    await mention('CADM', 'ställ in LG 20/5');
    await a.slack!.idle();
    const card = slack.posts().find((p) => p.body.channel === 'CADM' && /Bekräfta/.test(JSON.stringify(p.body.blocks)))!;
    const confirm = card.body.blocks.flatMap((b: { type: string; elements?: Array<Record<string, unknown>> }) => (b.type === 'actions' ? b.elements ?? [] : [])).find((e: Record<string, unknown>) => (e.text as { text: string }).text === 'Bekräfta');
    await send(
      '/api/slack/interactions',
      form({ payload: JSON.stringify({ type: 'block_actions', user: { id: SECRETARY }, channel: { id: 'CADM' }, container: { type: 'message', channel_id: 'CADM', message_ts: '1.1' }, actions: [{ type: 'button', action_id: confirm.action_id, block_id: 'b', value: confirm.value, action_ts: '9.9' }] }) }),
      'application/x-www-form-urlencoded',
    );
    const update = await until(() => slack.calls.find((c) => c.method === 'chat.update' && c.body.channel === 'CLG'), 'chat.update of the reminder');
    expect(update.body.ts).toBe(record.messageId);
    expect(update.body.text).toMatch(/^Inställt: Ledningsgruppen fredag 20 maj 2011/);
    expect(reminderPost).toBeDefined();
    // The scheduler's own "Inställt" card is the notice here: one message, not two.
    const cancelled = await until(() => slack.posts().filter((p) => p.body.channel === 'CLG' && /^Inställt/.test(p.body.text)).at(0), 'the cancellation card', 15_000);
    expect(cancelled).toBeDefined();
    await new Promise((r) => setTimeout(r, 300));
    expect(slack.posts().filter((p) => p.body.channel === 'CLG' && /inställt|Inställt/.test(p.body.text))).toHaveLength(1);
  }, 30_000);
});

describe('what a notice says', () => {
  const plan = seedPlan();
  const lg = plan.meetings.find((m) => m.id === 'lg-2011-05-20')!;
  const now = new Date('2011-05-01T10:00:00+02:00');

  it('names each kind of change, and leaves past meetings out', () => {
    const moved = { ...lg, date: { kind: 'day' as const, date: '2011-05-27' } };
    const month = { ...lg, id: 'lg-2011-06', date: { kind: 'month' as const, month: '2011-06' } };
    const dated = { ...month, date: { kind: 'day' as const, date: '2011-06-10' } };
    const cancelled = { ...lg, status: 'cancelled' as const };
    const sentence = (before: typeof lg[], after: typeof lg[], lang: 'sv' | 'en' = 'sv') => meetingChanges(before, after, now).map((c) => noticeSentence(plan, c, lang));
    expect(sentence([lg], [moved])).toEqual(['Ledningsgruppens möte 20/5 är flyttat till fredag 27/5, 08.30–13.00']);
    expect(sentence([lg], [cancelled])).toEqual(['Ledningsgruppens möte 20/5 är inställt']);
    expect(sentence([lg], [cancelled], 'en')).toEqual(["Ledningsgruppen's meeting on 20/5 is cancelled"]);
    expect(sentence([month], [dated])).toEqual(['Ledningsgruppens möte i juni 2011 har fått ett datum: fredag 10/6, 08.30–13.00']);
    expect(sentence([], [moved])).toEqual(['Nytt möte: Ledningsgruppen fredag 27/5, 08.30–13.00']);
    expect(sentence([lg], [])).toEqual(['Ledningsgruppens möte 20/5 är struket ur kalendern']);
    expect(sentence([lg], [{ ...lg, note: 'ny not' }])).toEqual([]);
    expect(meetingChanges([lg], [moved], new Date('2011-06-01T00:00:00+02:00'))).toEqual([]);
  });
});
