// Bad input: thousands of malformed activities and Slack payloads at the real endpoints. Never a 5xx,
// never an unhandled rejection, never a changed plan.
import fc from 'fast-check';
import type { App } from '../../bot/app.js';
import { messageActivity, startTestApp, tempDir } from '../helpers/app.js';
import { startFakeConnector, type FakeConnector } from '../helpers/fakeConnector.js';
import { BOT_TOKEN, SIGNING_SECRET, signedHeaders, startFakeSlack, type FakeSlack } from '../helpers/fakeSlack.js';

describe('bad input at the HTTP endpoints', () => {
  let app: App;
  let slack: FakeSlack;
  let connector: FakeConnector;
  let cleanup: () => Promise<void>;
  const rejections: unknown[] = [];
  const onRejection = (e: unknown) => rejections.push(e);

  beforeAll(async () => {
    process.on('unhandledRejection', onRejection);
    const t = await tempDir();
    cleanup = t.cleanup;
    slack = await startFakeSlack();
    connector = await startFakeConnector();
    // SECRETARIAT names the fuzzer's favourite user id, so changes are attempted by a member too.
    ({ app } = await startTestApp(t.dir, { BOT_NOW: '2011-04-07T10:00:00+02:00', SECRETARIAT: 'user-1', SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl }));
  });
  afterAll(async () => {
    await app.slack?.idle();
    await app.close();
    await slack.close();
    await connector.close();
    await cleanup();
    process.off('unhandledRejection', onRejection);
  });

  const oddText = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 100 }),
    fc.string({ unit: 'binary', maxLength: 100 }),
    fc.constant('x'.repeat(100_000)),
    fc.constantFrom('\u0000', '\uFFFF', '\uD800', '<at>bot</at>', 'flytta LG 20/5 till 27/5', 'bekräfta', '{"a":', 'ångra', 'importera {}'),
  );
  const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), oddText, fc.constant(undefined), fc.constant(null));

  async function send(path: string, body: string, headers: Record<string, string>) {
    const res = await fetch(`${app.url}${path}`, { method: 'POST', headers, body });
    await res.arrayBuffer();
    return res.status;
  }

  it('Bot Framework: malformed activities never crash the bot or change the plan', async () => {
    const plan = JSON.stringify(app.store.data.plan);
    const activity = fc.record(
      {
        type: fc.oneof(fc.constantFrom('message', 'conversationUpdate', 'invoke', 'installationUpdate', 'messageReaction', 'event', ''), anyValue),
        text: anyValue,
        value: anyValue,
        from: fc.oneof(fc.record({ id: fc.oneof(fc.constant('user-1'), fc.string({ maxLength: 10 })), aadObjectId: anyValue }, { requiredKeys: [] }), anyValue),
        recipient: fc.oneof(fc.record({ id: fc.string({ maxLength: 10 }) }), anyValue),
        conversation: fc.oneof(fc.record({ id: fc.string({ maxLength: 20 }), conversationType: anyValue }, { requiredKeys: [] }), anyValue),
        channelId: fc.oneof(fc.constantFrom('msteams', 'emulator', 'slack', 'webchat'), anyValue),
        serviceUrl: fc.oneof(fc.constant(connector.url), anyValue),
        membersAdded: anyValue,
        attachments: anyValue,
        entities: anyValue,
        locale: anyValue,
      },
      { requiredKeys: [] },
    );
    const body = fc.oneof(
      activity.map((a) => JSON.stringify(a)),
      fc.constant(JSON.stringify(messageActivity(connector.url, 'nästa LG'))),
      oddText,
      fc.constantFrom('', '[]', 'null', '1', '"x"', '{', '{"type":"message","text":'),
    );
    const contentType = fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1');
    await fc.assert(
      fc.asyncProperty(body, contentType, async (b, ct) => {
        const status = await send('/api/messages', b, { 'content-type': ct });
        expect(status).toBeLessThan(500);
      }),
      { numRuns: 2400 },
    );
    expect(JSON.stringify(app.store.data.plan)).toBe(plan);
    expect(rejections).toEqual([]);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  }, 120_000);

  it('Slack: malformed events, clicks and commands, signed or not, never crash the bot or change the plan', async () => {
    const plan = JSON.stringify(app.store.data.plan);
    const event = fc.record(
      {
        type: fc.oneof(fc.constantFrom('app_mention', 'message', 'url_verification', 'event_callback'), anyValue),
        user: fc.oneof(fc.constantFrom('user-1', 'U1'), anyValue),
        text: anyValue,
        channel: fc.oneof(fc.constantFrom('C1', 'D1'), anyValue),
        channel_type: anyValue,
        ts: anyValue,
        thread_ts: anyValue,
        bot_id: anyValue,
        subtype: anyValue,
      },
      { requiredKeys: [] },
    );
    const envelope = fc.record({ type: fc.oneof(fc.constant('event_callback'), anyValue), event_id: fc.oneof(fc.string({ maxLength: 12 }), anyValue), event: fc.oneof(event, anyValue), challenge: anyValue }, { requiredKeys: [] });
    const payload = fc.record(
      {
        type: fc.oneof(fc.constantFrom('block_actions', 'view_submission', 'shortcut'), anyValue),
        user: fc.oneof(fc.record({ id: fc.constantFrom('user-1', 'U2') }), anyValue),
        channel: anyValue,
        container: anyValue,
        actions: fc.oneof(fc.array(fc.record({ action_id: fc.oneof(fc.constantFrom('msg-0', 'submit-0', 'url-0'), anyValue), value: anyValue }, { requiredKeys: [] }), { maxLength: 3 }), anyValue),
        view: anyValue,
        response_url: anyValue,
      },
      { requiredKeys: [] },
    );
    const req = fc.oneof(
      envelope.map((e) => ({ path: '/api/slack/events', body: JSON.stringify(e), ct: 'application/json' })),
      payload.map((p) => ({ path: '/api/slack/interactions', body: `payload=${encodeURIComponent(JSON.stringify(p))}`, ct: 'application/x-www-form-urlencoded' })),
      fc.record({ text: anyValue, user_id: anyValue, channel_id: anyValue, response_url: anyValue }, { requiredKeys: [] }).map((f) => ({
        path: '/api/slack/commands',
        body: new URLSearchParams(Object.entries(f).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v ?? '')])).toString(),
        ct: 'application/x-www-form-urlencoded',
      })),
      fc.record({ path: fc.constantFrom('/api/slack/events', '/api/slack/interactions', '/api/slack/commands'), body: oddText, ct: fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded') }),
    );
    await fc.assert(
      fc.asyncProperty(req, fc.boolean(), async (r, signed) => {
        const headers = { 'content-type': r.ct, ...(signed ? signedHeaders(r.body, new Date()) : {}) };
        const status = await send(r.path, r.body, headers);
        expect(status).toBeLessThan(500);
        if (!signed) expect(status).toBe(401);
      }),
      { numRuns: 600 },
    );
    await app.slack!.idle();
    expect(JSON.stringify(app.store.data.plan)).toBe(plan);
    expect(rejections).toEqual([]);
  }, 120_000);
});
