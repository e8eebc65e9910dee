// Slack over Socket Mode, end to end: the real app connects out (apps.connections.open on the fake Web
// API with the app token, then a WebSocket to the fake Socket Mode server), takes envelopes, acknowledges
// each with what the HTTP routes would answer, and posts its answers through the fake Web API.
import fc from 'fast-check';
import { ManualClock } from '../../bot/clock.js';
import type { App } from '../../bot/app.js';
import { createMemoryLogger } from '../../bot/log.js';
import { startTestApp, tempDir } from '../helpers/app.js';
import { APP_TOKEN, BOT_TOKEN, FAKE_BOT_USER, SIGNING_SECRET, eventEnvelope, form, postSlack, signedHeaders, startFakeSlack, type FakeSlack } from '../helpers/fakeSlack.js';
import { startFakeSocketMode, type FakeSocketMode } from '../helpers/fakeSocketMode.js';

const NOW = '2011-04-07T10:00:00+02:00';
// Short waits: a reconnect comes after pingTimeoutMs (× failures in a row), a failed start after restartDelayMs.
const FAST = { pingTimeoutMs: 300, retryConfig: { retries: 0 }, restartDelayMs: 50 };

const mention = (channel: string, text: string, eventId?: string) =>
  eventEnvelope({ type: 'app_mention', user: 'U1', text: `<@${FAKE_BOT_USER}> ${text}`, channel, ts: '1302163200.000100' }, eventId);

describe('Slack over Socket Mode', () => {
  let slack: FakeSlack;
  let socket: FakeSocketMode;
  let app: App;
  let logger: ReturnType<typeof createMemoryLogger>;
  let cleanup: () => Promise<void>;
  const postsTo = (channel: string) => slack.posts().filter((p) => p.body.channel === channel);
  const opens = () => slack.calls.filter((c) => c.method === 'apps.connections.open');

  beforeAll(async () => {
    const t = await tempDir();
    cleanup = t.cleanup;
    slack = await startFakeSlack();
    socket = await startFakeSocketMode();
    slack.socketUrl = socket.url;
    // No signing secret: the bot token and the app token are all Socket Mode needs.
    ({ app, logger } = await startTestApp(
      t.dir,
      { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: slack.apiUrl },
      { clock: new ManualClock(NOW), slackSocket: FAST },
    ));
    await socket.waitForConnections(1);
  });
  afterAll(async () => {
    await app.close();
    await socket.close();
    await slack.close();
    await cleanup();
  });

  it('opens the connection with the app token, and serves no unsigned HTTP paths without a signing secret', async () => {
    expect(opens()).toHaveLength(1);
    expect(opens()[0]!.headers.authorization).toBe(`Bearer ${APP_TOKEN}`);
    expect(socket.connections[0]!.query).toBe('?ticket=t1&app_id=A1');
    // The fake counts the connection when it sends hello; the client logs it once the hello is read.
    for (let i = 0; i < 100 && !logger.lines.some((l) => l.msg === 'slack socket mode connected'); i++) await new Promise((r) => setTimeout(r, 20));
    expect(logger.lines.some((l) => l.msg === 'slack socket mode connected')).toBe(true);
    const body = JSON.stringify(mention('CHTTP', 'hjälp'));
    const res = await postSlack(`${app.url}/api/slack/events`, body, { headers: signedHeaders(body, new Date(NOW), SIGNING_SECRET) });
    expect(res.status).toBe(404);
    expect(res.json()).toMatchObject({ error: 'slack_http_off' });
    await app.slack!.idle();
    expect(postsTo('CHTTP')).toHaveLength(0);
  });

  it('answers a mention: the envelope acknowledged without a payload, the answer posted with the bot token', async () => {
    const ack = await socket.send('events_api', mention('CSOCK', 'hjälp'));
    expect(ack.payload ?? {}).toEqual({});
    await app.slack!.idle();
    const [post] = postsTo('CSOCK');
    expect(post!.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(post!.body.text).toMatch(/^Det här kan du fråga mig/);
    expect(post!.body.blocks[0]).toMatchObject({ type: 'header' });
  });

  it('answers a direct message, and an event Slack sends again (retry_attempt) once', async () => {
    const envelope = eventEnvelope({ type: 'message', channel_type: 'im', user: 'U2', text: 'help', channel: 'DSOCK', ts: '2.1' }, 'EvSOCKRETRY');
    await socket.send('events_api', envelope, { retry_attempt: 0, retry_reason: '' });
    await socket.send('events_api', envelope, { retry_attempt: 1, retry_reason: 'timeout' });
    await app.slack!.idle();
    expect(postsTo('DSOCK')).toHaveLength(1);
    expect(postsTo('DSOCK')[0]!.body.text).toMatch(/^What you can ask me/);
    expect(logger.lines.some((l) => l.msg === 'slack event already handled' && l.eventId === 'EvSOCKRETRY' && l.retryNum === '1')).toBe(true);
    // An envelope is a request: its turn's log lines carry a request id, as over HTTP.
    const again = logger.lines.find((l) => l.msg === 'slack event already handled' && l.eventId === 'EvSOCKRETRY')!;
    expect(again.requestId).toMatch(/^[\w-]{8}$/);
  });

  it('acknowledges /sodertorn with the in_channel payload and posts the answer in the channel, once per trigger_id', async () => {
    const command = {
      token: 'deprecated',
      team_id: 'T1',
      channel_id: 'CSLASHSOCK',
      user_id: 'U4',
      command: '/sodertorn',
      text: 'hjälp',
      api_app_id: 'A1',
      is_enterprise_install: 'false',
      response_url: `${slack.url}/response/sock1`,
      trigger_id: 'trig-sock-1',
    };
    const ack = await socket.send('slash_commands', command);
    expect(ack.payload).toEqual({ response_type: 'in_channel' });
    expect((await socket.send('slash_commands', command)).payload).toEqual({ response_type: 'in_channel' });
    await app.slack!.idle();
    expect(postsTo('CSLASHSOCK')).toHaveLength(1);
    expect(postsTo('CSLASHSOCK')[0]!.body.text).toMatch(/^Det här kan du fråga mig/);
    expect(logger.lines.some((l) => l.msg === 'slack command already handled' && l.triggerId === 'trig-sock-1')).toBe(true);
  });

  it('takes a button click (interactive) like the interactivity route: empty acknowledgement, answer in the thread', async () => {
    const ack = await socket.send('interactive', {
      type: 'block_actions',
      user: { id: 'U3' },
      channel: { id: 'CBTNSOCK' },
      container: { type: 'message', channel_id: 'CBTNSOCK', message_ts: '6.2', thread_ts: '6.1' },
      message: { ts: '6.2', thread_ts: '6.1', text: 'x' },
      actions: [{ type: 'button', action_id: 'msg-0', block_id: 'b', value: 'help', action_ts: '6.3' }],
      response_url: `${slack.url}/response/btnsock`,
    });
    expect(ack.payload ?? {}).toEqual({});
    await app.slack!.idle();
    expect(postsTo('CBTNSOCK')[0]!.body.thread_ts).toBe('6.1');
    expect(postsTo('CBTNSOCK')[0]!.body.text).toMatch(/^What you can ask me/);
  });

  it('acknowledges a malformed envelope with nothing done, survives one the client cannot read, and goes on answering', async () => {
    const before = slack.posts().length;
    const ack = await socket.send('slash_commands', { text: 'hjälp' }); // no channel, no user
    expect(ack.payload ?? {}).toEqual({});
    expect(logger.lines.some((l) => l.msg === 'slack socket envelope refused' && l.error === 'bad_request')).toBe(true);
    socket.sendRaw(JSON.stringify({ envelope_id: 'env-bad', type: 'events_api', payload: {} })); // no event: the client throws
    socket.sendRaw('not json');
    await socket.send('events_api', mention('CAFTER', 'hjälp'));
    await app.slack!.idle();
    expect(slack.posts().length).toBe(before + 1);
    expect(postsTo('CAFTER')).toHaveLength(1);
    expect(logger.lines.some((l) => l.msg === 'slack socket envelope could not be read')).toBe(true);
  });

  it('reconnects after the connection drops, and after Slack asks it to (disconnect), and answers on the new one', async () => {
    const connected = socket.connections.length;
    socket.drop();
    await socket.waitForConnections(connected + 1);
    await socket.send('events_api', mention('CAFTERDROP', 'hjälp'));
    socket.disconnect('refresh_requested');
    await socket.waitForConnections(connected + 2);
    await socket.send('events_api', mention('CAFTERREFRESH', 'help'));
    await app.slack!.idle();
    expect(postsTo('CAFTERDROP')).toHaveLength(1);
    expect(postsTo('CAFTERREFRESH')[0]!.body.text).toMatch(/^What you can ask me/);
    expect(opens()).toHaveLength(connected + 2); // a fresh URL for every connection
    expect(socket.open()).toBe(1);
    expect(socket.other).toEqual([]);
  });

  it('survives envelopes of any shape: each acknowledged or logged as unreadable, no unhandled rejection, answers afterwards', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    try {
      const junk = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.string({ maxLength: 20 }), fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }), fc.object({ maxDepth: 2, maxKeys: 4 }));
      const payload = fc.oneof(
        junk,
        fc.record({ type: fc.constantFrom('event_callback', 'url_verification', 'block_actions', 'view_submission'), event: junk, user: junk, actions: junk, view: junk }, { requiredKeys: [] }),
        fc.record({ channel_id: fc.oneof(fc.constantFrom('CFUZZ', ''), junk), user_id: fc.oneof(fc.constant('UFUZZ'), junk), text: fc.oneof(fc.string({ maxLength: 40 }), junk) }, { requiredKeys: [] }),
      );
      const envelope = fc.record(
        { type: fc.constantFrom('events_api', 'interactive', 'slash_commands', 'hello_again', ''), payload, retry_attempt: fc.oneof(fc.integer({ min: -1, max: 3 }), junk), accepts_response_payload: junk },
        { requiredKeys: ['type'] },
      );
      const unreadable = () => logger.lines.filter((l) => l.msg === 'slack socket envelope could not be read').length;
      const sent = await fc.sample(envelope, { numRuns: 120, seed: 16 });
      const acksBefore = socket.acks.length;
      const unreadableBefore = unreadable();
      sent.forEach((e, i) => socket.sendRaw(JSON.stringify({ envelope_id: `fuzz-${i}`, ...e })));
      for (let i = 0; i < 150 && socket.acks.length - acksBefore + unreadable() - unreadableBefore < sent.length; i++) await new Promise((r) => setTimeout(r, 20));
      expect(socket.acks.length - acksBefore + unreadable() - unreadableBefore).toBe(sent.length);
      await app.slack!.idle();
      await socket.send('events_api', mention('CAFTERFUZZ', 'hjälp'));
      await app.slack!.idle();
      expect(postsTo('CAFTERFUZZ')).toHaveLength(1);
      expect(unhandled).toEqual([]);
      expect(logger.lines.filter((l) => l.msg === 'slack turn failed' || l.msg === 'slack work failed')).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('logs the refused and unreadable envelopes and the dropped connection as warnings, and nothing as an error', () => {
    expect(logger.lines.filter((l) => l.level === 'error')).toEqual([]);
    const warnings = new Set(logger.lines.filter((l) => l.level === 'warn' && String(l.msg).startsWith('slack')).map((l) => l.msg));
    expect(warnings).toEqual(new Set(['slack socket envelope refused', 'slack socket envelope could not be read', 'slack socket mode']));
  });

  it('never writes the app token, the bot token or what members wrote at info level to the log', () => {
    const all = JSON.stringify(logger.lines);
    expect(all).not.toContain(APP_TOKEN);
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain('ticket=');
    expect(JSON.stringify(logger.lines.filter((l) => l.level !== 'debug'))).not.toMatch(/hjälp|help/);
  });
});

describe('Socket Mode starting and stopping', () => {
  let slack: FakeSlack;
  let socket: FakeSocketMode;
  let dir: string;
  let cleanup: () => Promise<void>;
  let app: App | undefined;
  const unhandled: unknown[] = [];
  const onUnhandled = (e: unknown) => unhandled.push(e);

  beforeEach(async () => {
    process.on('unhandledRejection', onUnhandled);
    ({ dir, cleanup } = await tempDir());
    slack = await startFakeSlack();
    socket = await startFakeSocketMode();
    slack.socketUrl = socket.url;
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
    await socket.close();
    await slack.close();
    await cleanup();
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled).toEqual([]);
  });
  const start = async (env: Record<string, string> = {}) => {
    const started = await startTestApp(dir, { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: slack.apiUrl, ...env }, { slackSocket: FAST });
    app = started.app;
    return started;
  };
  const until = async (done: () => boolean) => {
    for (let i = 0; i < 250 && !done(); i++) await new Promise((r) => setTimeout(r, 20));
    expect(done()).toBe(true);
  };

  it('tries again when Slack fails outright, and connects', async () => {
    slack.httpErrorNext('apps.connections.open', 503);
    const { logger } = await start();
    await socket.waitForConnections(1);
    expect(logger.lines.some((l) => l.msg === 'slack socket mode could not connect; trying again' && l.level === 'warn')).toBe(true);
    expect(slack.calls.filter((c) => c.method === 'apps.connections.open')).toHaveLength(2);
  });

  it('stops trying, saying so, when Slack refuses the app token; the rest of the bot runs', async () => {
    slack.failNext('apps.connections.open', 'invalid_auth');
    const { app: a, logger } = await start();
    await until(() => logger.lines.some((l) => l.msg === 'slack socket mode cannot connect; check SLACK_APP_TOKEN and that Socket Mode is on'));
    expect(logger.lines.find((l) => l.level === 'error' && l.slackError === 'invalid_auth')).toBeDefined();
    await new Promise((r) => setTimeout(r, 200));
    expect(slack.calls.filter((c) => c.method === 'apps.connections.open')).toHaveLength(1);
    expect(socket.connections).toHaveLength(0);
    expect((await fetch(`${a.url}/healthz`)).status).toBe(200);
  });

  it('takes Slack over HTTP and Socket Mode at once when both the signing secret and the app token are set', async () => {
    const { app: a } = await start({ SLACK_SIGNING_SECRET: SIGNING_SECRET });
    await socket.waitForConnections(1);
    const body = form({ channel_id: 'CBOTHHTTP', user_id: 'U4', command: '/sodertorn', text: 'hjälp', response_url: `${slack.url}/response/both` });
    const res = await postSlack(`${a.url}/api/slack/commands`, body, { contentType: 'application/x-www-form-urlencoded', headers: signedHeaders(body, new Date()) });
    expect(res.json()).toEqual({ response_type: 'in_channel' });
    await socket.send('events_api', mention('CBOTHSOCK', 'hjälp'));
    await a.slack!.idle();
    expect(slack.posts().map((p) => p.body.channel).sort()).toEqual(['CBOTHHTTP', 'CBOTHSOCK']);
  });

  it('closes cleanly, also while a new connection is still waiting for its hello', async () => {
    await start();
    await socket.waitForConnections(1);
    socket.hello = false;
    socket.drop();
    await until(() => socket.connections.length === 2);
    await app!.close(); // the pending reconnect fails with the close (slackapi/node-slack-sdk#2656): no unhandled rejection
    app = undefined;
    await until(() => socket.open() === 0);
    await new Promise((r) => setTimeout(r, 400)); // longer than a reconnect wait: nothing connects again
    expect(socket.connections).toHaveLength(2);
  });
});
