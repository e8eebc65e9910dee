// Import by attachment in Teams: with supportsFiles, a file sent in the personal chat arrives as a
// "file.download.info" attachment with a short-lived download URL; the bot reads it and shows the
// confirmation card. (Here the download URL is a loopback file server; in Teams it is OneDrive's https URL.)
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { App } from '../../bot/app.js';
import { startFakeConnector, type FakeConnector } from '../helpers/fakeConnector.js';
import { cardText, messageActivity, post, SEED, startTestApp, tempDir } from '../helpers/app.js';

describe('import by attachment in the personal chat', () => {
  let connector: FakeConnector;
  let app: App;
  let files: http.Server;
  let fileUrl: string;
  let downloads = 0;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const t = await tempDir();
    cleanup = t.cleanup;
    connector = await startFakeConnector();
    const seed = JSON.parse(await readFile(SEED, 'utf8'));
    const plan = { ...seed.plan, calendarYears: [...seed.plan.calendarYears, 2013] };
    files = http.createServer((_req, res) => {
      downloads += 1;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(plan));
    });
    await new Promise<void>((r) => files.listen(0, '127.0.0.1', () => r()));
    fileUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}/personal/anna/plan-2013.json`;
    ({ app } = await startTestApp(t.dir, { BOT_NOW: '2011-04-07T10:00:00+02:00', SECRETARIAT: 'aad-anna' }));
  });
  afterAll(async () => {
    await app.close();
    await connector.close();
    await new Promise((r) => files.close(r));
    await cleanup();
  });

  it('reads the attached plan file and shows the confirmation card', async () => {
    await post(
      `${app.url}/api/messages`,
      messageActivity(connector.url, 'importera', {
        channelId: 'msteams',
        conversation: { id: 'a:anna-personal', conversationType: 'personal' },
        from: { id: '29:anna', name: 'Anna Berg', aadObjectId: 'aad-anna' },
        attachments: [
          { contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'plan-2013.json', content: { downloadUrl: fileUrl, uniqueId: 'u1', fileType: 'json' } },
        ],
      }),
    );
    const [card] = await connector.waitFor(1);
    expect(downloads).toBe(1);
    const text = cardText(card!.body);
    expect(text).toMatch(/^Importera plan/);
    expect(text).toMatch(/Kalenderår: 2011 → 2011, 2013/);
    expect(card!.body.attachments[0].content.actions.map((a: { title: string }) => a.title)).toEqual(['Bekräfta', 'Avbryt']);
  });

  it('says plainly where files reach the bot when none came', async () => {
    connector.received.splice(0);
    await post(`${app.url}/api/messages`, messageActivity(connector.url, 'importera', { channelId: 'msteams', conversation: { id: '19:sek@thread.tacv2', conversationType: 'channel' }, from: { id: '29:anna', aadObjectId: 'aad-anna' } }));
    const [answer] = await connector.waitFor(1);
    expect(cardText(answer!.body)).toMatch(/personliga chatten med mig.*I en kanal eller gruppchatt når bifogade filer mig inte: klistra in där/s);
  });
});
