// The secretariat over HTTP: the real server, a fake Bot Connector, a restart in the middle.
import type { App } from '../../bot/app.js';
import { startFakeConnector, type FakeConnector } from '../helpers/fakeConnector.js';
import { cardText, messageActivity, post, startTestApp, tempDir } from '../helpers/app.js';

const ENV = { BOT_NOW: '2011-04-07T10:00:00+02:00', SECRETARIAT: 'aad-sec-1' };

describe('the secretariat over HTTP', () => {
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

  async function start() {
    const { app, logger } = await startTestApp(dir, ENV);
    apps.push(app);
    return { app, logger };
  }
  /** Sends as a Teams user (aadObjectId is what the secretariat list names) and returns the bot's reply. */
  async function say(app: App, text: string, opts: { aad?: string; value?: Record<string, unknown> } = {}) {
    const before = connector.received.length;
    const res = await post(
      `${app.url}/api/messages`,
      messageActivity(connector.url, text, { channelId: 'msteams', from: { id: '29:teams-user', name: 'Anna', aadObjectId: opts.aad ?? 'aad-sec-1' }, ...(opts.value ? { value: opts.value } : {}) }),
    );
    expect(res.status).toBeLessThan(300);
    const got = await connector.waitFor(before + 1);
    return got[before]!.body;
  }
  const confirmValue = (activity: Record<string, any>) => { // eslint-disable-line @typescript-eslint/no-explicit-any
    const action = activity.attachments[0].content.actions.find((a: { title: string }) => a.title === 'Bekräfta');
    return action.data as Record<string, unknown>;
  };

  it('refuses a non-member, lets a member move a meeting with a confirmation, keeps it over a restart, and undoes it', async () => {
    let { app, logger } = await start();
    const refused = await say(app, 'flytta LG 20/5 till 27/5', { aad: 'aad-someone' });
    expect(cardText(refused)).toMatch(/Det här får bara sekretariatet göra/);
    expect(logger.lines).toContainEqual(expect.objectContaining({ msg: 'plan change refused: not in the secretariat', user: 'aad-someone' }));

    const card = await say(app, 'flytta LG 20/5 till 27/5');
    expect(card.attachments[0].content.version).toBe('1.4');
    expect(cardText(card)).toMatch(/20 maj 2011, 08.30–13.00 → fredag 27 maj 2011/);
    expect(cardText(await say(app, 'nästa LG-möte'))).toMatch(/20 maj 2011/);

    const value = confirmValue(card);
    // A double click, or Teams retrying the invoke: both arrive, the plan changes once.
    await Promise.all([
      post(`${app.url}/api/messages`, messageActivity(connector.url, '', { channelId: 'msteams', from: { id: '29:teams-user', aadObjectId: 'aad-sec-1' }, value })),
      post(`${app.url}/api/messages`, messageActivity(connector.url, '', { channelId: 'msteams', from: { id: '29:teams-user', aadObjectId: 'aad-sec-1' }, value })),
    ]);
    await connector.waitFor(connector.received.length >= 2 ? connector.received.length : 2);
    expect(app.store.data.runtime.audit.filter((e) => e.action === 'meeting.update')).toHaveLength(1);
    expect(cardText(await say(app, 'nästa LG-möte'))).toMatch(/27 maj 2011/);

    await app.close();
    apps.splice(0);
    ({ app } = await start());
    expect(cardText(await say(app, 'nästa LG-möte'))).toMatch(/27 maj 2011/);

    const undo = await say(app, 'ångra');
    expect(cardText(undo)).toMatch(/27 maj 2011, 08.30–13.00 → fredag 20 maj 2011/);
    await say(app, '', { value: confirmValue(undo) });
    expect(cardText(await say(app, 'nästa LG-möte'))).toMatch(/20 maj 2011/);
  });
});
