// The real server on loopback, talking to a fake Bot Connector on loopback.
import { startFakeConnector, type FakeConnector } from '../helpers/fakeConnector.js';
import { botMembershipUpdate, cardText, messageActivity, post, startTestApp, tempDir } from '../helpers/app.js';
import type { App } from '../../bot/app.js';

describe('the server', () => {
  let connector: FakeConnector;
  let app: App;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const t = await tempDir();
    cleanup = t.cleanup;
    connector = await startFakeConnector();
    ({ app } = await startTestApp(t.dir, { BOT_NOW: '2011-04-07T10:00:00+02:00' }));
  });
  afterAll(async () => {
    await app.close();
    await connector.close();
    await cleanup();
  });
  beforeEach(() => connector.received.splice(0));

  it('answers /healthz with JSON once the store is loaded', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 'ok', meetings: 18, now: expect.stringMatching(/^2011-04-07T08:0/) });
  });

  it('answers "hjälp" with a help card and the full text, sent to the connector', async () => {
    const res = await post(`${app.url}/api/messages`, messageActivity(connector.url, 'hjälp'));
    expect(res.status).toBeLessThan(300);
    const [sent] = await connector.waitFor(1);
    expect(sent!.path).toMatch(/^\/v3\/conversations\/conv-1\/activities\/incoming-\d+$/);
    expect(sent!.body.type).toBe('message');
    // The card alone, the whole answer in it (an activity's text would show above the card in Teams).
    expect(sent!.body.text).toBeUndefined();
    expect(sent!.body.summary).toBe('Det här kan du fråga mig');
    expect(cardText(sent!.body)).toMatch(/Det här kan du fråga mig/);
    expect(cardText(sent!.body)).toMatch(/Vem är värd för rådslaget 2014\?/);
    const card = sent!.body.attachments[0];
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.content.version).toBe('1.4');
    expect(JSON.stringify(card.content).length).toBeLessThan(28_000);
  });

  it('strips an @mention of the bot before reading the text', async () => {
    const activity = messageActivity(connector.url, '<at>Södertörnsboten</at> help', {
      entities: [{ type: 'mention', mentioned: { id: 'bot-1', name: 'Södertörnsboten' }, text: '<at>Södertörnsboten</at>' }],
      conversation: { id: 'team-channel-1', conversationType: 'channel' },
    });
    await post(`${app.url}/api/messages`, activity);
    const [sent] = await connector.waitFor(1);
    expect(cardText(sent!.body)).toMatch(/What you can ask me/);
  });

  it('greets with a welcome card when the bot is added to a conversation', async () => {
    await post(`${app.url}/api/messages`, botMembershipUpdate(connector.url, { id: 'team-2', conversationType: 'channel' }, 'added'));
    const [sent] = await connector.waitFor(1);
    expect(cardText(sent!.body)).toMatch(/Hej! Jag är Södertörnsboten/);
  });

  it('points to "hjälp" for a message it cannot handle, never an error', async () => {
    await post(`${app.url}/api/messages`, messageActivity(connector.url, 'xyzzy plugh'));
    const [sent] = await connector.waitFor(1);
    expect(cardText(sent!.body)).toMatch(/hjälp/);
    expect(cardText(sent!.body)).not.toMatch(/error|stack|exception/i);
  });

  it("apologises in text, in the member's language, when the answer cannot be sent", async () => {
    // The connector refuses the answer (400: not retried); the adapter's turn error handler sends the
    // receiving pipeline's apology instead, as plain text.
    connector.failNext([400]);
    const res = await post(`${app.url}/api/messages`, messageActivity(connector.url, 'när är nästa möte?', { conversation: { id: 'send-fails' } }));
    expect(res.status).toBeGreaterThanOrEqual(200);
    const [sent] = await connector.waitFor(1);
    expect(sent!.body.attachments ?? []).toEqual([]);
    expect(sent!.body.text).toBe('Något gick fel hos mig. Försök igen om en stund.');
  });

  it('refuses a body that is not JSON without crashing', async () => {
    const res = await post(`${app.url}/api/messages`, '{not json');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    const health = await fetch(`${app.url}/healthz`);
    expect(health.status).toBe(200);
  });

  it('refuses a body over 1 MB with 413 and closes the connection (a next request on it would be reset)', async () => {
    const res = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"type":"message","text":"${'a'.repeat(1_100_000)}"}` });
    expect(res.status).toBe(413);
    expect(res.headers.get('connection')).toBe('close');
    const health = await fetch(`${app.url}/healthz`);
    expect(health.status).toBe(200);
  });
});

describe('the server with an app id', () => {
  it('answers 401 to a request without a token', async () => {
    const t = await tempDir();
    const connector = await startFakeConnector();
    const { app } = await startTestApp(t.dir, { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-secret' });
    try {
      const res = await post(`${app.url}/api/messages`, messageActivity(connector.url, 'hjälp'));
      expect(res.status).toBe(401);
      await new Promise((r) => setTimeout(r, 200));
      expect(connector.received).toHaveLength(0);
    } finally {
      await app.close();
      await connector.close();
      await t.cleanup();
    }
  });
});
