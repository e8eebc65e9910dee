// "statistik": per ISO week, answers by kind, the share "not in the plan", reminders and notices — counted
// by the shell, kept in the store, and never the text anyone wrote.
import { readFile } from 'node:fs/promises';
import type { App } from '../../bot/app.js';
import { isoWeek } from '../../bot/core/usage.js';
import { startFakeConnector, type FakeConnector } from '../helpers/fakeConnector.js';
import { cardText, messageActivity, post, startTestApp, tempDir } from '../helpers/app.js';

describe('statistik', () => {
  let connector: FakeConnector;
  let app: App;
  let logger: Awaited<ReturnType<typeof startTestApp>>['logger'];
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const t = await tempDir();
    cleanup = t.cleanup;
    connector = await startFakeConnector();
    ({ app, logger } = await startTestApp(t.dir, { BOT_NOW: '2011-04-07T10:00:00+02:00', SECRETARIAT: 'aad-sec' }));
  });
  afterAll(async () => {
    await app.close();
    await connector.close();
    await cleanup();
  });

  async function say(text: string, aad = 'aad-member') {
    const before = connector.received.length;
    await post(`${app.url}/api/messages`, messageActivity(connector.url, text, { channelId: 'msteams', from: { id: `29:${aad}`, aadObjectId: aad } }));
    return cardText((await connector.waitFor(before + 1))[before]!.body);
  }

  it('counts answers by kind per week for the secretariat, and keeps no message text', async () => {
    await say('nästa SK zebrafink');
    await say('nästa LG');
    await say('vem är värd för rådslaget 2019?');
    expect(await say('statistik')).toMatch(/^Det här får bara sekretariatet göra/);
    const stats = await say('statistik', 'aad-sec');
    expect(isoWeek(app.clock.now())).toBe('2011-W14');
    expect(stats).toMatch(/^Statistik per vecka/);
    expect(stats).toMatch(/Vecka 14 2011/);
    expect(stats).toMatch(/Frågor: 4/); // three questions and the refused "statistik"
    expect(stats).toMatch(/"Det står inte i planen": 1 \(25 %\)/);
    expect(stats).toMatch(/• nextMeeting: 2/);
    expect(stats).toMatch(/• notInPlan: 1/);
    expect(stats).toMatch(/• refused: 1/);
    expect(stats).toMatch(/Påminnelser: 0 levererade, 0 misslyckade/);
    expect(app.store.data.runtime.usage).toEqual([expect.objectContaining({ week: '2011-W14' })]);
    // Asked in English, answered in English; "visa statistik" in Swedish.
    expect(await say('usage', 'aad-sec')).toMatch(/^Statistics by week/);
    expect(await say('show statistics', 'aad-sec')).toMatch(/^Statistics by week/);
    expect(await say('visa statistik', 'aad-sec')).toMatch(/^Statistik per vecka/);

    await app.store.settled();
    const files = (await readFile(app.store.path, 'utf8')) + (await readFile(app.store.dialogPath, 'utf8'));
    expect(files).toMatch(/"week":\s*"2011-W14"/); // persisted
    expect(files).not.toMatch(/zebrafink/); // what the member wrote is nowhere
    expect(JSON.stringify(logger.lines)).not.toMatch(/zebrafink/);
  });
});
