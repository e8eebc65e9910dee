// Slack end to end: signed requests to the real app on loopback, answers posted to a fake Slack Web API.
import { ManualClock } from '../../bot/clock.js';
import type { App } from '../../bot/app.js';
import { createMemoryLogger } from '../../bot/log.js';
import { startTestApp, tempDir } from '../helpers/app.js';
import {
  BOT_TOKEN,
  FAKE_BOT_ID,
  FAKE_BOT_USER,
  SIGNING_SECRET,
  eventEnvelope,
  form,
  postSlack,
  signedHeaders,
  startFakeSlack,
  type FakeSlack,
} from '../helpers/fakeSlack.js';

const NOW = '2011-04-07T10:00:00+02:00';

describe('Slack through the app', () => {
  let slack: FakeSlack;
  let app: App;
  let logger: ReturnType<typeof createMemoryLogger>;
  let clock: ManualClock;
  let dir: string;
  let cleanup: () => Promise<void>;
  const env = () => ({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl });

  const send = (path: string, body: string, contentType = 'application/json', headers?: Record<string, string>) =>
    postSlack(`${app.url}${path}`, body, { contentType, headers: headers ?? signedHeaders(body, clock.now()) });
  const sendEvent = (envelope: Record<string, unknown>, extra: Record<string, string> = {}) => {
    const body = JSON.stringify(envelope);
    return send('/api/slack/events', body, 'application/json', { ...signedHeaders(body, clock.now()), ...extra });
  };
  const postsTo = (channel: string) => slack.posts().filter((p) => p.body.channel === channel);

  beforeAll(async () => {
    const t = await tempDir();
    dir = t.dir;
    cleanup = t.cleanup;
    slack = await startFakeSlack();
    clock = new ManualClock(NOW);
    ({ app, logger } = await startTestApp(dir, env(), { clock }));
  });
  afterAll(async () => {
    await app.close();
    await slack.close();
    await cleanup();
  });

  describe('signatures', () => {
    const body = JSON.stringify(eventEnvelope({ type: 'app_mention', user: 'U1', text: `<@${FAKE_BOT_USER}> hjälp`, channel: 'CSIG', ts: '1.1' }));

    it.each([
      ['forged (another secret)', () => signedHeaders(body, clock.now(), 'not-the-secret')],
      ['stale (six minutes old)', () => signedHeaders(body, new Date(clock.now().getTime() - 6 * 60_000))],
      ['missing', () => ({})],
    ])('refuses a %s signature with 401 and a log line', async (_name, headers) => {
      const before = logger.lines.length;
      for (const path of ['/api/slack/events', '/api/slack/interactions', '/api/slack/commands']) {
        const res = await send(path, body, 'application/json', headers());
        expect(res.status).toBe(401);
      }
      const refused = logger.lines.slice(before).filter((l) => l.msg === 'slack request refused');
      expect(refused).toHaveLength(3);
      await app.slack!.idle();
      expect(postsTo('CSIG')).toHaveLength(0);
    });

    it('never writes the signing secret or the token to the log', () => {
      const all = JSON.stringify(logger.lines);
      expect(all).not.toContain(SIGNING_SECRET);
      expect(all).not.toContain(BOT_TOKEN);
    });

    it('refuses a body changed after signing', async () => {
      const headers = signedHeaders(body, clock.now());
      const res = await send('/api/slack/events', body.replace('hjälp', 'budget'), 'application/json', headers);
      expect(res.status).toBe(401);
    });
  });

  it('answers Slack\'s url_verification with the challenge', async () => {
    const res = await sendEvent({ token: 't', challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P', type: 'url_verification' });
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P' });
  });

  it('answers an app_mention "<@UBOT> hjälp" with the help as Block Kit and a text fallback', async () => {
    const res = await sendEvent(eventEnvelope({ type: 'app_mention', user: 'U1', text: `<@${FAKE_BOT_USER}> hjälp`, channel: 'C1', ts: '1302163200.000100' }));
    expect(res.status).toBe(200);
    await app.slack!.idle();
    const [post] = postsTo('C1');
    expect(post).toBeDefined();
    expect(post!.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(post!.body.text).toMatch(/^Det här kan du fråga mig/);
    expect(post!.body.text).toMatch(/Vem är värd för rådslaget 2014\?/);
    expect(post!.body.thread_ts).toBeUndefined();
    const blocks = post!.body.blocks as Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Det här kan du fråga mig', emoji: true } });
    expect(blocks.at(-1)).toMatchObject({ type: 'actions', elements: [{ type: 'button', action_id: 'msg-0', value: 'När träffas LG nästa gång?' }, {}, {}] });
  });

  it('asks auth.test for its own identity once', async () => {
    await sendEvent(eventEnvelope({ type: 'app_mention', user: 'U1', text: `<@${FAKE_BOT_USER}> help`, channel: 'CAUTH', ts: '1.2' }));
    await app.slack!.idle();
    expect(await app.slack!.botUserId()).toBe(FAKE_BOT_USER);
    expect(slack.calls.filter((c) => c.method === 'auth.test')).toHaveLength(1);
  });

  it('answers a direct message (message.im), in a thread when asked in one', async () => {
    await sendEvent(eventEnvelope({ type: 'message', channel_type: 'im', user: 'U2', text: 'help', channel: 'D1', ts: '2.1' }));
    await sendEvent(eventEnvelope({ type: 'message', channel_type: 'im', user: 'U2', text: 'hjälp', channel: 'D2', ts: '2.3', thread_ts: '2.2' }));
    await app.slack!.idle();
    expect(postsTo('D1')).toHaveLength(1);
    expect(postsTo('D1')[0]!.body.text).toMatch(/^What you can ask me/);
    expect(postsTo('D2')[0]!.body.thread_ts).toBe('2.2');
  });

  it('handles an event once when Slack retries it', async () => {
    const envelope = eventEnvelope({ type: 'app_mention', user: 'U1', text: `<@${FAKE_BOT_USER}> hjälp`, channel: 'CRETRY', ts: '3.1' }, 'EvRETRY1');
    expect((await sendEvent(envelope)).status).toBe(200);
    expect((await sendEvent(envelope, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' })).status).toBe(200);
    await app.slack!.idle();
    expect(postsTo('CRETRY')).toHaveLength(1);
    expect(logger.lines.some((l) => l.msg === 'slack event already handled' && l.eventId === 'EvRETRY1' && l.retryNum === '1')).toBe(true);
    expect(app.store.data.runtime.handledKeys.map((k) => k.key)).toContain('slack:event:EvRETRY1');
  });

  it('never answers its own messages, other bots, or edits', async () => {
    const events = [
      { type: 'message', channel_type: 'im', user: FAKE_BOT_USER, text: 'Det här kan du fråga mig', channel: 'DSELF', ts: '4.1' },
      { type: 'message', channel_type: 'im', bot_id: FAKE_BOT_ID, text: 'hjälp', channel: 'DSELF', ts: '4.2' },
      { type: 'message', channel_type: 'im', subtype: 'bot_message', bot_id: 'BOTHER', text: 'hjälp', channel: 'DSELF', ts: '4.3' },
      { type: 'message', channel_type: 'im', subtype: 'message_changed', channel: 'DSELF', ts: '4.4', message: { user: 'U1', text: 'hjälp' } },
      { type: 'app_mention', user: FAKE_BOT_USER, text: `<@${FAKE_BOT_USER}> hjälp`, channel: 'CSELF', ts: '4.5' },
    ];
    for (const e of events) expect((await sendEvent(eventEnvelope(e))).status).toBe(200);
    await app.slack!.idle();
    expect(postsTo('DSELF')).toHaveLength(0);
    expect(postsTo('CSELF')).toHaveLength(0);
  });

  it('still posts exactly once when Slack answers 429 first (after Retry-After)', async () => {
    slack.rateLimitNext('chat.postMessage', 1, 1);
    const throttledBefore = slack.throttled;
    await sendEvent(eventEnvelope({ type: 'app_mention', user: 'U1', text: `<@${FAKE_BOT_USER}> hjälp`, channel: 'C429', ts: '5.1' }));
    await app.slack!.idle();
    expect(slack.throttled).toBe(throttledBefore + 1);
    expect(postsTo('C429')).toHaveLength(1);
  });

  it('resends a clicked button\'s text to the core and posts the answer in the same thread', async () => {
    const payload = {
      type: 'block_actions',
      user: { id: 'U3', username: 'anna' },
      channel: { id: 'CBTN' },
      container: { type: 'message', channel_id: 'CBTN', message_ts: '6.2', thread_ts: '6.1' },
      message: { ts: '6.2', thread_ts: '6.1', text: 'Det förstod jag inte riktigt' },
      actions: [{ type: 'button', action_id: 'msg-0', block_id: 'b', value: 'help', action_ts: '6.3' }],
      response_url: `${slack.url}/response/btn`,
    };
    const res = await send('/api/slack/interactions', form({ payload: JSON.stringify(payload) }), 'application/x-www-form-urlencoded');
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    await app.slack!.idle();
    const [post] = postsTo('CBTN');
    expect(post!.body.text).toMatch(/^What you can ask me/);
    expect(post!.body.thread_ts).toBe('6.1');
  });

  it('acknowledges /sodertorn at once, in the channel, and posts the answer there', async () => {
    const body = form({
      token: 'deprecated',
      team_id: 'T1',
      channel_id: 'CSLASH',
      user_id: 'U4',
      command: '/sodertorn',
      text: 'hjälp',
      response_url: `${slack.url}/response/slash1`,
      trigger_id: 't',
    });
    const res = await send('/api/slack/commands', body, 'application/x-www-form-urlencoded');
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ response_type: 'in_channel' });
    await app.slack!.idle();
    expect(postsTo('CSLASH')[0]!.body.text).toMatch(/^Det här kan du fråga mig/);
  });

  it('answers /sodertorn through its response_url in a channel the bot has not joined', async () => {
    slack.failNext('chat.postMessage', 'not_in_channel');
    const body = form({ channel_id: 'COTHER', user_id: 'U4', command: '/sodertorn', text: 'help', response_url: `${slack.url}/response/slash2` });
    expect((await send('/api/slack/commands', body, 'application/x-www-form-urlencoded')).status).toBe(200);
    await app.slack!.idle();
    const answer = slack.responses.find((r) => r.path === '/response/slash2');
    expect(answer?.body).toMatchObject({ response_type: 'in_channel', text: expect.stringMatching(/^What you can ask me/) });
    expect(answer?.body.blocks[0].type).toBe('header');
  });

  it('handles a retried event once across a restart with the same store', async () => {
    const envelope = eventEnvelope({ type: 'app_mention', user: 'U1', text: `<@${FAKE_BOT_USER}> hjälp`, channel: 'CRESTART', ts: '7.1' }, 'EvRESTART1');
    await sendEvent(envelope);
    await app.close(); // waits for the answer in flight
    expect(postsTo('CRESTART')).toHaveLength(1);
    ({ app, logger } = await startTestApp(dir, env(), { clock }));
    expect((await sendEvent(envelope, { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' })).status).toBe(200);
    await app.slack!.idle();
    expect(postsTo('CRESTART')).toHaveLength(1);
    expect(logger.lines.some((l) => l.msg === 'slack event already handled' && l.eventId === 'EvRESTART1')).toBe(true);
  });
});

describe('Slack not configured', () => {
  it('answers the Slack paths with 404 and a short note', async () => {
    const t = await tempDir();
    const { app } = await startTestApp(t.dir);
    try {
      expect(app.slack).toBeUndefined();
      for (const path of ['/api/slack/events', '/api/slack/interactions', '/api/slack/commands']) {
        const res = await postSlack(`${app.url}${path}`, '{}');
        expect(res.status).toBe(404);
        expect(res.json()).toMatchObject({ error: 'slack_not_configured' });
      }
    } finally {
      await app.close();
      await t.cleanup();
    }
  });
});
