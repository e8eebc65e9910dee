// A store that cannot be written (a full disk, a read-only file): the failure is logged and the bot keeps
// answering. Simulated the way it fails for root too: steno writes to .store.json.tmp next to the store
// (and .store.dialog.json.tmp next to the contexts file) and renames it over the file, and a directory at
// that path makes every write fail.
import { mkdir, readFile, rmdir } from 'node:fs/promises';
import path from 'node:path';
import type { App } from '../../bot/app.js';
import { createMemoryLogger } from '../../bot/log.js';
import { messageActivity, post, startTestApp, tempDir } from '../helpers/app.js';
import { startFakeConnector, type FakeConnector } from '../helpers/fakeConnector.js';
import { BOT_TOKEN, FAKE_BOT_USER, SIGNING_SECRET, eventEnvelope, signedHeaders, startFakeSlack, type FakeSlack } from '../helpers/fakeSlack.js';

describe('when the store cannot be written', () => {
  let app: App;
  let logger: ReturnType<typeof createMemoryLogger>;
  let connector: FakeConnector;
  let slack: FakeSlack;
  let dir: string;
  let cleanup: () => Promise<void>;
  const blockers = () => [path.join(dir, '.store.json.tmp'), path.join(dir, '.store.dialog.json.tmp')];

  async function logged(msg: string, count = 1): Promise<Array<Record<string, unknown>>> {
    for (let i = 0; i < 250; i++) {
      const lines = logger.lines.filter((l) => l.msg === msg);
      if (lines.length >= count) return lines;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`no "${msg}" in the log`);
  }

  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
    connector = await startFakeConnector();
    slack = await startFakeSlack();
    ({ app, logger } = await startTestApp(dir, {
      BOT_NOW: '2011-04-07T10:00:00+02:00',
      // Subscribing is a secretariat command; the test user (from.id user-1) is a member.
      SECRETARIAT: 'user-1',
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
    }));
    await app.store.settled();
    for (const b of blockers()) await mkdir(b);
  });
  afterAll(async () => {
    for (const b of blockers()) await rmdir(b).catch(() => undefined);
    await app.close();
    await connector.close();
    await slack.close();
    await cleanup();
  });

  it('answers a question in Teams and logs that the conversation and its context were not stored', async () => {
    const res = await post(`${app.url}/api/messages`, messageActivity(connector.url, 'nästa SK', { conversation: { id: 'disk-full-1' } }));
    expect(res.status).toBeLessThan(300);
    const [sent] = await connector.waitFor(1);
    expect(sent!.body.text).toMatch(/14 april/);
    const [context] = await logged('could not store the conversation context');
    expect(context!.error).toMatchObject({ code: 'STORE_WRITE_FAILED' });
    expect((context!.error as { message: string }).message).toMatch(/store\.dialog\.json/); // the contexts have their own file
    expect(await logged('could not store the conversation reference')).toHaveLength(1);
    expect(app.store.data.runtime.conversations.map((c) => c.id)).not.toContain('disk-full-1'); // memory stays with the file
  });

  it('answers in Slack too', async () => {
    const body = JSON.stringify(eventEnvelope({ type: 'app_mention', user: 'U1', text: `<@${FAKE_BOT_USER}> nästa SK`, channel: 'CDISK', ts: '1.1' }));
    const res = await fetch(`${app.url}/api/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...signedHeaders(body, new Date()) }, body });
    expect(res.status).toBe(200);
    const posts = await slack.waitForPosts(1);
    expect(posts[0]!.body.text).toMatch(/14 april/);
    expect(await logged('could not record a handled slack event')).toHaveLength(1);
  });

  it('tells the user that the change was not saved and nothing changed, and logs why', async () => {
    connector.received.splice(0);
    await post(`${app.url}/api/messages`, messageActivity(connector.url, 'prenumerera på alla möten', { conversation: { id: 'disk-full-2', conversationType: 'channel' }, channelId: 'msteams' }));
    const [sent] = await connector.waitFor(1);
    expect(sent!.body.text).toMatch(/Ändringen kunde inte sparas, så inget ändrades/);
    const failed = await logged('change not saved: the store could not be written');
    expect(failed.at(-1)!.error).toMatchObject({ code: 'STORE_WRITE_FAILED' });
    expect(app.store.data.runtime.subscriptions).toEqual([]);
    const health = await fetch(`${app.url}/healthz`);
    expect(health.status).toBe(200); // the bot still answers; a restart would not bring the disk back
    expect(await health.json()).toMatchObject({ status: 'degraded', store: { readable: true, writable: false } });
  });

  it('writes again once the disk is back', async () => {
    for (const b of blockers()) await rmdir(b);
    connector.received.splice(0);
    await post(`${app.url}/api/messages`, messageActivity(connector.url, 'nästa SK', { conversation: { id: 'disk-back' } }));
    await connector.waitFor(1);
    await app.store.settled();
    const file = JSON.parse(await readFile(app.store.path, 'utf8')) as { runtime: { conversations: Array<{ id: string }> } };
    const contexts = JSON.parse(await readFile(app.store.dialogPath, 'utf8')) as Record<string, unknown>;
    expect(contexts['disk-back']).toBeDefined();
    expect(file.runtime.conversations.map((c) => c.id)).toContain('disk-back');
  });
});
