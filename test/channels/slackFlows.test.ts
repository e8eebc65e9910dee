// Slack with the rest of the bot: a subscribed Slack channel gets its reminder, and a confirmation
// card's button clicked in Slack (twice) changes the plan once.
import type { App } from '../../bot/app.js';
import { startTestApp, tempDir } from '../helpers/app.js';
import { BOT_TOKEN, FAKE_BOT_USER, SIGNING_SECRET, eventEnvelope, form, postSlack, signedHeaders, startFakeSlack, type FakeSlack } from '../helpers/fakeSlack.js';

const SECRETARY = 'USEC';

describe('Slack with reminders and the secretariat', () => {
  let slack: FakeSlack;
  let dir: string;
  let cleanup: () => Promise<void>;
  let app: App | undefined;

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

  async function start(botNow: string) {
    ({ app } = await startTestApp(dir, { BOT_NOW: botNow, SECRETARIAT: SECRETARY, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl }));
    return app!;
  }
  // Slack signs with real time; BOT_NOW only moves the bot's own clock.
  const send = (a: App, path: string, body: string, contentType: string) => postSlack(`${a.url}${path}`, body, { contentType, headers: signedHeaders(body, new Date()) });
  const mention = (a: App, channel: string, text: string, user = SECRETARY) =>
    send(a, '/api/slack/events', JSON.stringify(eventEnvelope({ type: 'app_mention', user, text: `<@${FAKE_BOT_USER}> ${text}`, channel, ts: `${Date.now() / 1000}` })), 'application/json');

  it('posts the reminder to a Slack channel subscribed from Slack, on time', async () => {
    // Ledningsgruppen meets Friday 20 May 2011; the day-before reminder is due Thursday 09.00.
    const a = await start('2011-05-19T08:59:56+02:00');
    await mention(a, 'CLG', 'prenumerera på ledningsgruppen');
    await a.slack!.idle();
    expect(slack.posts().filter((p) => p.body.channel === 'CLG')[0]!.body.text).toMatch(/Klart! Jag påminner här/);
    expect(a.store.data.runtime.conversations).toContainEqual(expect.objectContaining({ id: 'CLG', channel: 'slack', active: true }));
    const posts = await slack.waitForPosts(2, 15_000);
    const reminder = posts.filter((p) => p.body.channel === 'CLG')[1]!;
    expect(reminder.body.text).toMatch(/Ledningsgruppen/);
    expect(reminder.body.text).toMatch(/fredag 20 maj 2011, 08.30–13.00/);
    expect(reminder.body.blocks.length).toBeGreaterThan(1);
    // The send is recorded once Slack's answer to the post is back, just after the post reached the fake.
    const recorded = () => a.store.data.runtime.sentReminders.some((r) => r.conversationId === 'CLG' && r.state === 'sent');
    for (let i = 0; i < 100 && !recorded(); i++) await new Promise((r) => setTimeout(r, 20));
    expect(a.store.data.runtime.sentReminders).toContainEqual(expect.objectContaining({ conversationId: 'CLG', state: 'sent' }));
  }, 25_000);

  it('refuses a subscription from someone outside the secretariat', async () => {
    const a = await start('2011-05-01T10:00:00+02:00');
    await mention(a, 'CX', 'prenumerera på ledningsgruppen', 'UOTHER');
    await a.slack!.idle();
    expect(slack.posts()[0]!.body.text).toMatch(/bara sekretariatet/);
    expect(a.store.data.runtime.subscriptions).toEqual([]);
  });

  it('applies a confirmation clicked twice in Slack once', async () => {
    const a = await start('2011-04-07T10:00:00+02:00');
    await mention(a, 'CADM', 'flytta LG 20/5 till 27/5');
    await a.slack!.idle();
    const card = slack.posts().find((p) => p.body.channel === 'CADM')!;
    expect(card.body.text).toMatch(/20 maj 2011, 08.30–13.00 → fredag 27 maj 2011/);
    const buttons = card.body.blocks.flatMap((b: { type: string; elements?: Array<Record<string, string>> }) => (b.type === 'actions' ? b.elements ?? [] : []));
    const confirm = buttons.find((e: Record<string, unknown>) => (e.text as { text: string }).text === 'Bekräfta')!;
    const click = () =>
      send(
        a,
        '/api/slack/interactions',
        form({
          payload: JSON.stringify({
            type: 'block_actions',
            user: { id: SECRETARY },
            channel: { id: 'CADM' },
            container: { type: 'message', channel_id: 'CADM', message_ts: card.body.ts ?? '1.1' },
            actions: [{ type: 'button', action_id: confirm.action_id, block_id: 'b', value: confirm.value, action_ts: '9.9' }],
            response_url: `${slack.url}/response/confirm`,
          }),
        }),
        'application/x-www-form-urlencoded',
      );
    const [r1, r2] = await Promise.all([click(), click()]);
    expect([r1.status, r2.status]).toEqual([200, 200]);
    await a.slack!.idle();
    expect(a.store.data.runtime.audit.filter((e) => e.action === 'meeting.update')).toHaveLength(1);
    expect(a.store.data.plan.meetings.find((m) => m.id === 'lg-2011-05-20')!.date).toEqual({ kind: 'day', date: '2011-05-27' });
    const texts = slack.posts().filter((p) => p.body.channel === 'CADM').map((p) => p.body.text as string);
    expect(texts.filter((t) => /^Klart: Flytta/.test(t))).toHaveLength(1);
    expect(texts.filter((t) => /^Redan genomförd/.test(t))).toHaveLength(1);
  });
});
