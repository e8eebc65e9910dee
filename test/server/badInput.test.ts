// Bad input at the HTTP endpoints of the real app (Teams and Slack): thousands of malformed activities
// and Slack payloads — missing fields, wrong types, long texts, odd Unicode, invalid JSON, wrong content
// types — some of them validly signed so they get past Slack's signature check. The app must never answer
// with a 5xx from a crash, never leave a promise rejection unhandled, and never change the plan.
// Everything stays on loopback: the only serviceUrl and response_url given are the fakes' (or junk that
// is not a URL, or a closed loopback port).
import fc from 'fast-check';
import { readFile } from 'node:fs/promises';
import { deflateSync, gzipSync } from 'node:zlib';
import { ManualClock } from '../../bot/clock.js';
import type { App } from '../../bot/app.js';
import { createMemoryLogger } from '../../bot/log.js';
import { cardText, messageActivity, post, startTestApp, tempDir } from '../helpers/app.js';
import { startFakeConnector, type FakeConnector } from '../helpers/fakeConnector.js';
import { BOT_TOKEN, FAKE_BOT_USER, SIGNING_SECRET, form, signedHeaders, startFakeSlack, type FakeSlack } from '../helpers/fakeSlack.js';

const NOW = '2011-04-07T10:00:00+02:00';
const SEED = 20110407; // fixed, so a failure can be replayed
/**
 * A bound on a hang, not on speed: each property sends a fixed number of requests (a fixed seed), which takes about
 * 10 s on an idle machine and over jest's 20 s default on a busy one (a full npm test beside others), where a test cut
 * short left its requests running into the next test.
 */
const FIXED_WORK_MS = 10 * 60_000;

describe('bad input at the HTTP endpoints', () => {
  let app: App;
  let logger: ReturnType<typeof createMemoryLogger>;
  let connector: FakeConnector;
  let slack: FakeSlack;
  let cleanup: () => Promise<void>;
  const clock = new ManualClock(NOW);
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  let planBefore: string;
  const answers: Array<{ what: string; status: number }> = [];

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    const t = await tempDir();
    cleanup = t.cleanup;
    connector = await startFakeConnector();
    slack = await startFakeSlack();
    ({ app, logger } = await startTestApp(
      t.dir,
      { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, LOG_LEVEL: 'info' },
      { clock },
    ));
    planBefore = JSON.stringify(app.store.data.plan);
  }, FIXED_WORK_MS);
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await app.close();
    await connector.close();
    await slack.close();
    await cleanup();
  }, FIXED_WORK_MS);

  // ---- generators ----

  let seq = 0;
  const junk = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double(),
    fc.string({ maxLength: 20 }),
    fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }),
    fc.object({ maxDepth: 2, maxKeys: 4 }),
  );
  const loneSurrogates = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 60 }).map((codes) => String.fromCharCode(...codes));
  const phrases = fc.constantFrom(
    'nästa SK',
    'hjälp',
    'när är nästa möte?',
    'vem är värd för rådslaget 2014?',
    'och 2015?',
    'budget',
    'prenumerera på alla möten',
    'påminn 3 dagar före',
    'avsluta prenumerationen',
    'prenumerera som sekretariat',
    'flytta SK-mötet 14/4 till 15/4',
    'ställ in nästa LG',
    '<at>Södertörnsboten</at> help',
    '14/4 1/2 2011-04-14 31/12/2099 99/99',
  );
  const text = fc.oneof(
    { weight: 3, arbitrary: phrases },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 120 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 120 }) },
    { weight: 1, arbitrary: loneSurrogates },
    { weight: 1, arbitrary: fc.integer({ min: 900, max: 200_000 }).map((n) => 'när är nästa möte 14/4 \u0000😀 '.repeat(Math.ceil(n / 30)).slice(0, n)) },
    { weight: 1, arbitrary: junk },
  );
  const maybe = <T>(a: fc.Arbitrary<T>) => fc.oneof(a, junk);
  const id = maybe(fc.string({ maxLength: 30 }));
  const account = maybe(fc.record({ id: maybe(fc.constantFrom('bot-1', 'user-1', '29:abc')), name: id, aadObjectId: id }, { requiredKeys: [] }));

  const textOnly = text.filter((t): t is string => typeof t === 'string');
  const member = fc.record({ id: fc.constantFrom('bot-1', 'user-1', '29:abc'), name: fc.string({ maxLength: 10 }) }, { requiredKeys: ['id'] });
  /**
   * An activity as the Bot Connector would send it (serviceUrl: the fake connector), with odd values in its
   * fields; then, for most, one or two fields removed or replaced by something of the wrong type.
   */
  const activity = (serviceUrl: string) =>
    fc
      .tuple(
        fc.record(
          {
            type: fc.constantFrom('message', 'message', 'message', 'message', 'conversationUpdate', 'installationUpdate', 'invoke', 'messageReaction', 'event', 'typing', 'endOfConversation'),
            id: fc.string({ maxLength: 30 }),
            timestamp: fc.constantFrom(new Date(NOW).toISOString(), 'not a date', ''),
            serviceUrl: fc.constant(serviceUrl),
            channelId: fc.constantFrom('msteams', 'emulator', 'slack', 'webchat', 'x'),
            from: fc.record({ id: fc.string({ maxLength: 20 }), name: fc.string({ maxLength: 20 }), aadObjectId: fc.string({ maxLength: 36 }) }, { requiredKeys: [] }),
            recipient: member,
            conversation: fc.record(
              {
                id: fc.constantFrom('conv-1', 'conv-2', '19:abc@thread.tacv2;messageid=1', 'a:1Xyz', '19:meeting_x@thread.v2', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢'),
                conversationType: fc.constantFrom('personal', 'channel', 'groupChat', 'x'),
                tenantId: fc.string({ maxLength: 10 }),
                isGroup: fc.boolean(),
              },
              { requiredKeys: ['id'] },
            ),
            text: textOnly,
            textFormat: fc.constantFrom('plain', 'markdown', 'xml'),
            locale: fc.constantFrom('sv-SE', 'en-GB', 'en-US', 'xx', ''),
            value: fc.object({ maxDepth: 2 }),
            entities: fc.array(
              fc.record({ type: fc.constantFrom('mention', 'clientInfo'), mentioned: member, text: fc.constantFrom('<at>Södertörnsboten</at>', '<at>', '') }, { requiredKeys: ['type'] }),
              { maxLength: 3 },
            ),
            membersAdded: fc.array(member, { maxLength: 3 }),
            membersRemoved: fc.array(member, { maxLength: 3 }),
            action: fc.constantFrom('add', 'remove', 'x'),
            name: fc.constantFrom('adaptiveCard/action', 'composeExtension/query', 'signin/verifyState'),
            channelData: fc.object({ maxDepth: 2 }),
          },
          { requiredKeys: ['type', 'serviceUrl', 'conversation', 'recipient'] },
        ),
        fc.array(
          fc.tuple(
            fc.constantFrom('type', 'serviceUrl', 'conversation', 'recipient', 'from', 'text', 'locale', 'entities', 'membersAdded', 'value', 'channelId', 'conversation.id', 'recipient.id'),
            fc.option(fc.oneof(junk, fc.constantFrom<unknown>('not a url', 'ftp://127.0.0.1:1/', 'http://', '', [null], [1, 'x'])), { nil: undefined }),
          ),
          { maxLength: 2 },
        ),
      )
      .map(([a, mutations]) => {
        const out: Record<string, unknown> = structuredClone(a);
        for (const [path, value] of mutations) {
          const [key, sub] = path.split('.') as [string, string | undefined];
          const target = sub ? out[key] : out;
          if (!target || typeof target !== 'object') continue;
          const field = sub ?? key;
          if (value === undefined) delete (target as Record<string, unknown>)[field];
          else (target as Record<string, unknown>)[field] = value;
        }
        // Whatever the mutation, a string serviceUrl other than the fake connector's never points anywhere.
        if (typeof out.serviceUrl === 'string' && out.serviceUrl !== serviceUrl && /^https?:\/\/[^/]/i.test(out.serviceUrl)) out.serviceUrl = serviceUrl;
        return out;
      });

  const contentType = fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/octet-stream',
    '',
  );
  /** Bodies that are not what the endpoint expects at all. */
  const rawBody = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.constantFrom('', 'null', '42', '"x"', '[]', 'true', '{', '{"type":', '{"type":"message","text":"hej"', '\u0000\u0001', '{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"x":1}}}'),
    fc.json(),
    fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('latin1')),
    fc.constant(`{"type":"message","text":"${'a'.repeat(1_100_000)}"}`), // over the 1 MB body limit
  );

  /** A fresh Slack channel or user id (fresh, so Slack's one-message-a-second pacing never queues), or junk. */
  const slackId = (prefix: string) => fc.oneof({ weight: 4, arbitrary: fc.constant(prefix) }, { weight: 1, arbitrary: junk });
  const fresh = (v: unknown) => (typeof v === 'string' && /^[CDU]$/.test(v) ? `${v}${++seq}FZ` : v);

  const slackEvent = fc.record(
    {
      token: id,
      team_id: id,
      type: maybe(fc.constantFrom('event_callback', 'url_verification', 'app_rate_limited')),
      challenge: id,
      event_id: maybe(fc.string({ minLength: 1, maxLength: 12 }).map((s) => `Ev${s}`)),
      authorizations: maybe(fc.array(maybe(fc.record({ user_id: maybe(fc.constantFrom(FAKE_BOT_USER, 'U0')) }, { requiredKeys: [] })), { maxLength: 2 })),
      event: maybe(
        fc.record(
          {
            type: maybe(fc.constantFrom('app_mention', 'message')),
            user: fc.oneof(slackId('U'), fc.constant(FAKE_BOT_USER)),
            channel: fc.oneof(slackId('C'), slackId('D')),
            channel_type: maybe(fc.constantFrom('im', 'channel', 'group')),
            text: fc.oneof(text, text.map((t) => `<@${FAKE_BOT_USER}> ${String(t)}`)),
            ts: id,
            thread_ts: id,
            bot_id: fc.option(junk, { nil: undefined }),
            subtype: fc.option(maybe(fc.constantFrom('message_changed', 'bot_message', 'thread_broadcast', 'file_share')), { nil: undefined }),
          },
          { requiredKeys: [] },
        ),
      ),
    },
    { requiredKeys: [] },
  );

  const responseUrl = fc.constantFrom<unknown>('SLACK_RESPONSE', 'not a url', '', 'http://127.0.0.1:9/closed', 'javascript:alert(1)', 42, null);
  const interaction = fc.record(
    {
      type: maybe(fc.constantFrom('block_actions', 'view_submission', 'shortcut', 'message_action')),
      user: maybe(fc.record({ id: slackId('U') }, { requiredKeys: [] })),
      response_url: responseUrl,
      channel: maybe(fc.record({ id: slackId('C') }, { requiredKeys: [] })),
      container: maybe(fc.record({ channel_id: slackId('C'), thread_ts: id }, { requiredKeys: [] })),
      message: maybe(fc.record({ thread_ts: id }, { requiredKeys: [] })),
      actions: maybe(
        fc.array(
          maybe(
            fc.record(
              { action_id: maybe(fc.constantFrom('msg-0', 'submit-0', 'url-0', 'other')), value: fc.oneof(text, fc.constantFrom('{"a":1}', '{', '{"text":"nästa SK"}')) },
              { requiredKeys: [] },
            ),
          ),
          { maxLength: 3 },
        ),
      ),
      state: maybe(fc.record({ values: maybe(fc.object({ maxDepth: 3 })) }, { requiredKeys: [] })),
      view: maybe(
        fc.record({ private_metadata: fc.oneof(id, fc.constantFrom('{"channel":"C1x","data":{"a":1}}', '{')), state: maybe(fc.record({ values: maybe(fc.object({ maxDepth: 3 })) })) }, { requiredKeys: [] }),
      ),
    },
    { requiredKeys: [] },
  );
  const command = fc.record(
    {
      command: fc.constantFrom('/sodertorn', '/other', ''),
      text: text.map(String),
      channel_id: fc.oneof(fc.constant('C'), fc.constant(''), fc.string({ maxLength: 5 })),
      user_id: fc.oneof(fc.constant('U'), fc.constant(''), fc.string({ maxLength: 5 })),
      response_url: responseUrl.map(String),
    },
    { requiredKeys: [] },
  );

  // ---- sending ----

  async function send(what: string, path: string, body: string, type: string, headers: Record<string, string> = {}): Promise<number> {
    const res = await fetch(`${app.url}${path}`, { method: 'POST', headers: { ...(type ? { 'content-type': type } : {}), ...headers }, body });
    await res.arrayBuffer();
    answers.push({ what, status: res.status });
    return res.status;
  }
  const signed = (body: string) => signedHeaders(body, clock.now());
  /** JSON that always parses back: lone surrogates escaped, as JSON.stringify writes them. */
  const json = (v: unknown) => JSON.stringify(v) ?? 'null';
  const freshSlack = (o: unknown): unknown => {
    if (Array.isArray(o)) return o.map(freshSlack);
    if (o && typeof o === 'object') return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, ['user', 'channel', 'id', 'channel_id'].includes(k) ? fresh(v) : freshSlack(v)]));
    return o;
  };
  const withResponseUrl = (o: Record<string, unknown>) => (o.response_url === 'SLACK_RESPONSE' ? { ...o, response_url: `${slack.url}/response/fz${++seq}` } : o);

  const noServerError = (status: number, what: string) => {
    // 501 is Bot Framework's own answer to an invoke no handler takes (not a crash); anything else ≥ 500 is.
    if (status >= 500 && !(status === 501 && what === 'invoke')) throw new Error(`${what}: ${status}`);
  };

  it('refuses what cannot be an activity with 400, and reads a message with broken mention entities', async () => {
    const base = messageActivity(connector.url, 'nästa SK', { conversation: { id: 'examples' } });
    for (const body of [{}, { ...base, type: 42 }, { ...base, serviceUrl: 42 }, { ...base, serviceUrl: 'not a url' }, { ...base, conversation: undefined }, { ...base, conversation: { id: '𝔘' } }, { ...base, text: 42 }, { ...base, entities: [null] }]) {
      expect((await post(`${app.url}/api/messages`, body)).status).toBe(400);
    }
    expect(logger.lines.filter((l) => l.msg === 'activity refused')).toHaveLength(8);
    connector.received.splice(0);
    const mentions = [{ type: 'mention' }, { type: 'mention', mentioned: { id: 'bot-1' } }, { type: 'clientInfo' }];
    expect((await post(`${app.url}/api/messages`, { ...base, entities: mentions })).status).toBeLessThan(300);
    expect((await post(`${app.url}/api/messages`, { ...base, text: undefined, entities: mentions })).status).toBeLessThan(300);
    await connector.waitFor(2, FIXED_WORK_MS);
    expect(cardText(connector.received[0]!.body)).toMatch(/14 april/);
    expect(logger.lines.filter((l) => l.msg === 'turn failed')).toEqual([]);
  }, FIXED_WORK_MS);

  it('Bot Framework activities: never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(activity(connector.url), async (a) => {
        const status = await send('activity', '/api/messages', json(a), 'application/json');
        noServerError(status, a.type === 'invoke' ? 'invoke' : 'activity');
      }),
      { numRuns: 1200, seed: SEED },
    );
  }, FIXED_WORK_MS);

  it('bodies of the wrong shape, encoding or content type: never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(rawBody, contentType, fc.constantFrom('/api/messages', '/api/slack/events', '/api/slack/interactions', '/api/slack/commands'), fc.boolean(), async (body, type, path, sign) => {
        const status = await send(`raw ${path}`, path, body, type, sign ? signed(body) : {});
        noServerError(status, `raw ${path}`);
      }),
      { numRuns: 400, seed: SEED },
    );
  }, FIXED_WORK_MS);

  it('compressed or otherwise encoded bodies, on every route: 415 before a byte is read, never a crash', async () => {
    const encoding = fc.oneof(
      fc.constantFrom('gzip', 'x-gzip', 'deflate', 'br', 'compress', 'zstd', 'GZip', 'gzip, gzip', 'identity, gzip', 'gzip;q=1'),
      fc.stringMatching(/^[a-z0-9!#$%&'*+.^_`|~-]{1,20}$/).filter((e) => e !== 'identity'),
    );
    const bytes = fc.uint8Array({ maxLength: 2048 }).map((b) => Buffer.from(b));
    const body = fc.oneof(
      bytes,
      bytes.map((b) => gzipSync(b)),
      bytes.map((b) => deflateSync(b)),
      bytes.map((b) => gzipSync(b).subarray(0, Math.max(10, b.length % 40))), // cut short: a broken stream
      fc.constant(gzipSync(Buffer.alloc(8 * 1024 * 1024))), // a small bomb
      fc.constant(gzipSync(Buffer.from(JSON.stringify(messageActivity(connector.url, 'nästa SK'))))),
    );
    await fc.assert(
      fc.asyncProperty(encoding, body, fc.constantFrom('/api/messages', '/api/slack/events', '/api/slack/interactions', '/api/slack/commands', '/healthz'), fc.boolean(), async (enc, b, path, sign) => {
        const headers: Record<string, string> = { 'content-type': 'application/json', 'content-encoding': enc, ...(sign ? signedHeaders(b.toString('latin1'), clock.now()) : {}) };
        const res = await fetch(`${app.url}${path}`, { method: 'POST', headers, body: b });
        await res.arrayBuffer();
        answers.push({ what: `encoded ${path}`, status: res.status });
        expect(res.status).toBe(415);
      }),
      { numRuns: 250, seed: SEED },
    );
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  }, FIXED_WORK_MS);

  it('Slack events, clicks and commands, validly signed: never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(slackEvent, async (e) => {
        const body = json(freshSlack(e));
        noServerError(await send('slack event', '/api/slack/events', body, 'application/json', signed(body)), 'slack event');
      }),
      { numRuns: 700, seed: SEED },
    );
    await fc.assert(
      fc.asyncProperty(interaction, fc.boolean(), async (p, asForm) => {
        const payload = json(withResponseUrl(freshSlack(p) as Record<string, unknown>));
        const body = asForm ? form({ payload }) : payload;
        noServerError(await send('slack click', '/api/slack/interactions', body, 'application/x-www-form-urlencoded', signed(body)), 'slack click');
      }),
      { numRuns: 500, seed: SEED },
    );
    await fc.assert(
      fc.asyncProperty(command, async (c) => {
        const fields = Object.fromEntries(Object.entries(withResponseUrl(freshSlack(c) as Record<string, unknown>)).map(([k, v]) => [k, String(v)]));
        const body = form(fields);
        noServerError(await send('slack command', '/api/slack/commands', body, 'application/x-www-form-urlencoded', signed(body)), 'slack command');
      }),
      { numRuns: 500, seed: SEED },
    );
  }, FIXED_WORK_MS);

  it('afterwards: no unhandled rejection, no crash logged, the plan unchanged, and the bot still answers', async () => {
    await app.slack!.idle();
    await app.store.settled();
    expect(answers.length).toBeGreaterThan(3000);
    expect(answers.filter((a) => a.status >= 500 && a.status !== 501)).toEqual([]);
    expect(unhandled).toEqual([]);
    // Unexpected errors in a request or a turn are logged by the server's catch-all and by onTurnError.
    const crashes = logger.lines.filter((l) => l.msg === 'request failed' || l.msg === 'request error' || l.msg === 'slack turn failed' || l.msg === 'slack work failed');
    expect(crashes).toEqual([]);
    // Our handlers (messages, members and installs) never fail on what they are given. (Invokes are
    // botbuilder's own: a malformed adaptiveCard/action invoke fails inside its ActivityHandler, is logged
    // as a failed turn and answered without a 5xx; the bot has no invoke handlers.)
    const ours = logger.lines.filter((l) => l.msg === 'turn failed' && l.activityType !== 'invoke');
    expect(ours.map((l) => l.error)).toEqual([]);
    expect(answers.filter((a) => a.what === 'activity' && a.status < 300).length).toBeGreaterThan(300); // plenty reached the bot

    expect(JSON.stringify(app.store.data.plan)).toBe(planBefore);
    expect(JSON.stringify(JSON.parse(await readFile(app.store.path, 'utf8')).plan)).toBe(planBefore);

    connector.received.splice(0);
    const res = await post(`${app.url}/api/messages`, messageActivity(connector.url, 'nästa SK', { conversation: { id: 'after-fuzz' } }));
    expect(res.status).toBeLessThan(300);
    const [sent] = await connector.waitFor(1, FIXED_WORK_MS);
    expect(cardText(sent!.body)).toMatch(/14 april/);
  }, FIXED_WORK_MS);
});
