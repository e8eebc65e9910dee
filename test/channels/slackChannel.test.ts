// The Slack channel against a recording core: exactly what reaches the core from clicks, forms and
// commands; and the proactive sender the reminders use (threads, pacing, 429, channels that are gone).
import path from 'node:path';
import type { Server } from 'restify';
import { ManualClock } from '../../bot/clock.js';
import type { Core, Incoming } from '../../bot/core/bot.js';
import { reply, type Reply } from '../../bot/core/reply.js';
import { SendError } from '../../bot/core/send.js';
import { createMemoryLogger } from '../../bot/log.js';
import { createStoreTurnMemory } from '../../bot/core/memory.js';
import { createReceiver } from '../../bot/core/receive.js';
import { createConversationMemory } from '../../bot/reminders/conversations.js';
import { createServer } from '../../bot/server.js';
import { openStore } from '../../bot/store/store.js';
import { createSlackChannel, type SlackChannel } from '../../bot/channels/slack/index.js';
import { SEED, tempDir } from '../helpers/app.js';
import { BOT_TOKEN, FAKE_BOT_USER, SIGNING_SECRET, eventEnvelope, form, postSlack, signedHeaders, startFakeSlack, type FakeSlack } from '../helpers/fakeSlack.js';

const answer = (title: string): Reply => reply('test', 'sv', title, [{ type: 'text', text: title }]);

describe('the Slack channel', () => {
  let slack: FakeSlack;
  let channel: SlackChannel;
  let server: Server;
  let url: string;
  let cleanup: () => Promise<void>;
  const seen: Incoming[] = [];
  let replies: (msg: Incoming) => Reply[] = () => [answer('ok')];
  const clock = new ManualClock('2011-04-07T10:00:00+02:00');
  const logger = createMemoryLogger();

  const core: Core = {
    async handleMessage(msg) {
      seen.push(msg);
      return replies(msg);
    },
    welcome: () => answer('välkommen'),
  };
  const send = async (p: string, body: string, contentType: string) => {
    const res = await postSlack(`${url}${p}`, body, { contentType, headers: signedHeaders(body, clock.now()) });
    await channel.idle();
    return res;
  };
  const interact = (payload: Record<string, unknown>) => send('/api/slack/interactions', form({ payload: JSON.stringify(payload) }), 'application/x-www-form-urlencoded');

  beforeAll(async () => {
    const t = await tempDir();
    cleanup = t.cleanup;
    slack = await startFakeSlack();
    const store = await openStore({ storePath: path.join(t.dir, 'store.json'), seedPath: SEED, clock });
    channel = createSlackChannel({
      botToken: BOT_TOKEN,
      signingSecret: SIGNING_SECRET,
      apiUrl: slack.apiUrl,
      receiver: createReceiver({ core, memory: createStoreTurnMemory({ store, clock, conversations: createConversationMemory({ store, clock, logger }) }), logger }),
      clock,
      logger,
      retryConfig: { retries: 3, minTimeout: 0, maxTimeout: 10 },
      minIntervalMs: 20, // pacing itself is tested with fake timers in slackUnits.test.ts
    });
    server = createServer(channel.routes(), logger);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
    await channel.close();
    await slack.close();
    await cleanup();
  });
  beforeEach(() => {
    seen.splice(0);
    replies = () => [answer('ok')];
  });

  describe('what reaches the core', () => {
    it('an app_mention: the text without the mention, the channel as conversation, the Slack user', async () => {
      await send('/api/slack/events', JSON.stringify(eventEnvelope({ type: 'app_mention', user: 'U1', text: `<@${FAKE_BOT_USER}>  När är nästa SK?`, channel: 'C1', ts: '1.1' })), 'application/json');
      expect(seen).toEqual([{ channel: 'slack', conversationId: 'C1', userId: 'U1', text: 'När är nästa SK?', sentAt: expect.any(Date) }]);
    });

    it('a mention inside a thread: the thread is its own conversation', async () => {
      await send('/api/slack/events', JSON.stringify(eventEnvelope({ type: 'app_mention', user: 'U1', text: `<@${FAKE_BOT_USER}> och 2015?`, channel: 'C1', ts: '1.3', thread_ts: '1.2' })), 'application/json');
      expect(seen).toEqual([{ channel: 'slack', conversationId: 'C1:1.2', userId: 'U1', text: 'och 2015?', sentAt: expect.any(Date) }]);
    });

    it('a "message" button: its value as typed text', async () => {
      await interact({ type: 'block_actions', user: { id: 'U2' }, channel: { id: 'C2' }, container: { channel_id: 'C2' }, actions: [{ action_id: 'msg-1', value: 'Vem är värd för rådslaget 2014?' }] });
      expect(seen).toEqual([{ channel: 'slack', conversationId: 'C2', userId: 'U2', text: 'Vem är värd för rådslaget 2014?'}]);
    });

    it('a "submit" button: its data as value (with the message\'s inputs), no text', async () => {
      await interact({
        type: 'block_actions',
        user: { id: 'U2' },
        channel: { id: 'C2' },
        state: { values: { b1: { note: { type: 'plain_text_input', value: 'Lokalen byts' } } } },
        actions: [{ action_id: 'submit-0', value: JSON.stringify({ confirm: 'pending-1' }) }],
      });
      expect(seen).toEqual([{ channel: 'slack', conversationId: 'C2', userId: 'U2', text: '', value: { note: 'Lokalen byts', confirm: 'pending-1' } }]);
    });

    it('a link button does nothing (Slack opened the link)', async () => {
      const res = await interact({ type: 'block_actions', user: { id: 'U2' }, channel: { id: 'C2' }, actions: [{ action_id: 'url-3', url: 'https://bot.example.org' }] });
      expect(res.status).toBe(200);
      expect(seen).toEqual([]);
    });

    it('a modal submission: its fields and metadata as value; the answer goes to the channel in the metadata', async () => {
      const posts = slack.posts().length;
      const res = await interact({
        type: 'view_submission',
        user: { id: 'U5' },
        view: {
          callback_id: 'move-meeting',
          private_metadata: JSON.stringify({ channel: 'C7', data: { action: 'move', meeting: 'sk-2011-05' } }),
          state: { values: { d: { date: { type: 'datepicker', selected_date: '2011-05-19' } } } },
        },
      });
      expect(res.status).toBe(200);
      expect(res.text).toBe(''); // an empty 200 closes the modal
      expect(seen).toEqual([{ channel: 'slack', conversationId: 'C7', userId: 'U5', text: '', value: { action: 'move', meeting: 'sk-2011-05', date: '2011-05-19' } }]);
      expect(slack.posts().slice(posts).map((p) => p.body.channel)).toEqual(['C7']);
    });

    it('a slash command: its text, the channel as conversation', async () => {
      const res = await send('/api/slack/commands', form({ command: '/sodertorn', text: 'budget 2011', channel_id: 'C9', user_id: 'U9', response_url: `${slack.url}/response/x` }), 'application/x-www-form-urlencoded');
      expect(res.status).toBe(200);
      expect(seen).toEqual([{ channel: 'slack', conversationId: 'C9', userId: 'U9', text: 'budget 2011', sentAt: expect.any(Date) }]);
    });
  });

  it('posts every reply the core gives, in order, and a short error when the core fails', async () => {
    replies = () => [answer('första'), answer('andra')];
    const before = slack.posts().length;
    await send('/api/slack/events', JSON.stringify(eventEnvelope({ type: 'message', channel_type: 'im', user: 'U1', text: 'två svar', channel: 'D5', ts: '9.1' })), 'application/json');
    expect(slack.posts().slice(before).map((p) => p.body.text)).toEqual(['första\nförsta', 'andra\nandra']);

    replies = () => {
      throw new Error('secret internals');
    };
    await send('/api/slack/events', JSON.stringify(eventEnvelope({ type: 'message', channel_type: 'im', user: 'U1', text: 'krascha', channel: 'D6', ts: '9.2' })), 'application/json');
    const [err] = slack.posts().filter((p) => p.body.channel === 'D6');
    expect(err!.body.text).toBe('Något gick fel hos mig. Försök igen om en stund.');
    expect(JSON.stringify(err!.body)).not.toMatch(/secret internals|stack/);
  });

  describe('the sender', () => {
    it('posts Block Kit with a text fallback, to a channel or into a thread', async () => {
      const before = slack.posts().length;
      await channel.sender.send('C20', answer('Påminnelse: SK i morgon'));
      await channel.sender.send('C21:1302163200.000100', answer('I tråden'));
      const [a, b] = slack.posts().slice(before);
      expect(a!.body).toMatchObject({ channel: 'C20', text: 'Påminnelse: SK i morgon\nPåminnelse: SK i morgon' });
      expect(a!.body.blocks[0]).toMatchObject({ type: 'header' });
      expect(a!.body.thread_ts).toBeUndefined();
      expect(b!.body).toMatchObject({ channel: 'C21', thread_ts: '1302163200.000100' });
    });

    it.each(['channel_not_found', 'not_in_channel', 'is_archived', 'account_inactive'])('throws code GONE for %s', async (error) => {
      slack.failNext('chat.postMessage', error);
      await expect(channel.sender.send('CGONE', answer('x'))).rejects.toMatchObject({ code: 'GONE', slackError: error, channel: 'CGONE' });
    });

    it('rethrows other Slack errors as they are', async () => {
      slack.failNext('chat.postMessage', 'invalid_blocks');
      const failure = channel.sender.send('CBAD', answer('x'));
      await expect(failure).rejects.toMatchObject({ code: 'slack_webapi_platform_error', data: { error: 'invalid_blocks' } });
      await expect(failure).rejects.not.toMatchObject({ code: 'GONE' });
    });

    it('as a channel, reaches a stored conversation and fails with the one send error, whatever Slack said', async () => {
      const conv = (id: string) => ({ id, channel: 'slack', reference: { channel: id }, active: true, updatedAt: '2011-04-07T08:00:00.000Z' });
      const before = slack.posts().length;
      await channel.send(conv('C30:1302163200.000100'), answer('till tråden'));
      expect(slack.posts().slice(before).map((p) => [p.body.channel, p.body.thread_ts])).toEqual([['C30', '1302163200.000100']]);
      slack.failNext('chat.postMessage', 'is_archived');
      const gone = channel.send(conv('CGONE2'), answer('x'));
      await expect(gone).rejects.toBeInstanceOf(SendError);
      await expect(gone).rejects.toMatchObject({ code: 'GONE', details: { serviceCode: 'is_archived' } });
      slack.failNext('chat.postMessage', 'invalid_blocks');
      const bad = channel.send(conv('CBAD2'), answer('x'));
      await expect(bad).rejects.toBeInstanceOf(SendError);
      await expect(bad).rejects.toMatchObject({ code: 'FAILED', message: expect.stringMatching(/slack_webapi_platform_error.*invalid_blocks/) });
    });

    it('waits out a 429 and posts once', async () => {
      const before = slack.posts().length;
      const throttled = slack.throttled;
      slack.rateLimitNext('chat.postMessage', 2, 0);
      await channel.sender.send('C429', answer('efter 429'));
      expect(slack.throttled).toBe(throttled + 2);
      expect(slack.posts().slice(before).map((p) => p.body.channel)).toEqual(['C429']);
    });

    it('sends to one channel in order, one message at a time', async () => {
      const before = slack.posts().length;
      await Promise.all(['1', '2', '3'].map((n) => channel.sender.send('CORDER', answer(n))));
      expect(slack.posts().slice(before).map((p) => p.body.text)).toEqual(['1\n1', '2\n2', '3\n3']);
    });
  });
});
