// Slack's App Home: app_home_opened (the Home tab) → views.publish with the next meetings, the reminders
// in the channels the person is in, and the help. Through the real app and the fake Slack.
import path from 'node:path';
import type { App } from '../../bot/app.js';
import { ManualClock } from '../../bot/clock.js';
import { openStore } from '../../bot/store/store.js';
import { SEED, startTestApp, tempDir } from '../helpers/app.js';
import { BOT_TOKEN, SIGNING_SECRET, eventEnvelope, postSlack, signedHeaders, startFakeSlack, type FakeSlack } from '../helpers/fakeSlack.js';
import { sub } from '../reminders/fixtures.js';

describe('the Slack App Home', () => {
  let slack: FakeSlack;
  let app: App;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const t = await tempDir();
    cleanup = t.cleanup;
    slack = await startFakeSlack();
    const store = await openStore({ storePath: path.join(t.dir, 'store.json'), seedPath: SEED, clock: new ManualClock('2011-04-01T10:00:00Z') });
    await store.update(null, (d) => {
      for (const id of ['CLG', 'CSK']) d.runtime.conversations.push({ id, channel: 'slack', reference: { channel: id }, active: true, updatedAt: '2011-04-01T10:00:00.000Z' });
      // Subscribed after this morning's reminders were due: none is sent during the test.
      const since = { createdAt: '2011-04-07T08:00:00.000Z', since: '2011-04-07T08:00:00.000Z' };
      d.runtime.subscriptions.push(sub({ conversationId: 'CLG', ...since }), sub({ conversationId: 'CSK', bodies: ['samarbetskommitten'], ...since }));
    });
    await store.settled();
    slack.memberships.set('UANNA', [{ id: 'CLG', name: 'ledningsgruppen' }, { id: 'CRANDOM', name: 'random' }]);
    ({ app } = await startTestApp(t.dir, { BOT_NOW: '2011-04-07T10:00:00+02:00', SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl }));
  });
  afterAll(async () => {
    await app.close();
    await slack.close();
    await cleanup();
  });

  const open = async (tab: string) => {
    const body = JSON.stringify(eventEnvelope({ type: 'app_home_opened', user: 'UANNA', channel: 'DANNA', tab, event_ts: '1.1' }));
    const res = await postSlack(`${app.url}/api/slack/events`, body, { headers: signedHeaders(body, new Date()) });
    expect(res.status).toBe(200);
    await app.slack!.idle();
  };

  it('publishes the Home tab: next meetings, reminders in the person\'s channels, and the help', async () => {
    await open('home');
    const publishes = slack.calls.filter((c) => c.method === 'views.publish');
    expect(publishes).toHaveLength(1);
    expect(publishes[0]!.body.user_id).toBe('UANNA');
    const view = typeof publishes[0]!.body.view === 'string' ? JSON.parse(publishes[0]!.body.view) : publishes[0]!.body.view;
    expect(view.type).toBe('home');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    const text = JSON.stringify(view.blocks);
    expect(text).toMatch(/Nästa möten/);
    expect(text).toMatch(/Södertörns samarbetskommitté – torsdag 14 april 2011, 12\.00–15\.00/);
    expect(text).toMatch(/Påminnelser i dina kanaler/);
    expect(text).toMatch(/#ledningsgruppen: Ledningsgruppen \(7 dagar före kl\. 09\.00 och 1 dag före kl\. 09\.00\)/);
    expect(text).not.toMatch(/CSK|#random/); // a channel the person is not in, and one without reminders
    expect(text).toMatch(/Det här kan du fråga mig/);
    expect(slack.calls.find((c) => c.method === 'users.conversations')!.body).toMatchObject({ user: 'UANNA' });
  });

  it('publishes nothing for the Messages tab, and posts nothing anywhere', async () => {
    const before = slack.calls.filter((c) => c.method === 'views.publish').length;
    await open('messages');
    expect(slack.calls.filter((c) => c.method === 'views.publish')).toHaveLength(before);
    expect(slack.posts()).toEqual([]);
  });
});
