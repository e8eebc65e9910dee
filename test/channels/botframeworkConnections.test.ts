// Replies and proactive sends to the Bot Connector reuse one keep-alive connection. botbuilder makes a
// new ConnectorClient (its own pipeline) for every turn, but @azure/core-client gives every ServiceClient
// without an httpClient option the same process-wide HTTP client, whose keep-alive agent pools sockets.
// Counted at the HTTP boundary: the TCP connections the fake connector accepts.
import http from 'node:http';
import { createAdapter, createBotFrameworkSender } from '../../bot/channels/botframework/index.js';
import { createMemoryLogger } from '../../bot/log.js';
import { reply } from '../../bot/core/reply.js';
import type { Conversation } from '../../bot/store/schema.js';
import { startFakeConnector, type FakeConnector } from '../helpers/fakeConnector.js';
import { messageActivity, post, startTestApp, tempDir, testConfig } from '../helpers/app.js';

describe('connections to the Bot Connector', () => {
  let connector: FakeConnector;
  let dir: string;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
    connector = await startFakeConnector();
  });
  afterEach(async () => {
    await connector.close();
    await cleanup();
  });

  it('counts one connection per request from a client that does not keep connections alive (the control)', async () => {
    for (let i = 0; i < 3; i++) {
      await new Promise<void>((resolve, reject) => {
        const req = http.request(`${connector.url}/v3/conversations/c/activities`, { method: 'POST', agent: false }, (res) => {
          res.resume();
          res.on('end', resolve);
        });
        req.on('error', reject);
        req.end('{}');
      });
    }
    expect(connector.received).toHaveLength(3);
    expect(connector.connections).toBe(3);
  });

  it('sends the replies to several messages in a row over one connection', async () => {
    const { app } = await startTestApp(dir);
    try {
      for (let i = 0; i < 6; i++) {
        const res = await post(`${app.url}/api/messages`, messageActivity(connector.url, i % 2 ? 'hej' : 'När är nästa möte?'));
        expect(res.status).toBe(200);
      }
      await connector.waitFor(6);
      expect(connector.received.every((r) => /^\/v3\/conversations\/conv-1\/activities\//.test(r.path))).toBe(true);
      expect(connector.connections).toBe(1);
    } finally {
      await app.close();
    }
  });

  it('sends proactive messages over one connection, also after an answer the scheduler retries', async () => {
    const logger = createMemoryLogger();
    const sender = createBotFrameworkSender(createAdapter(testConfig(dir), logger), undefined, logger);
    const conv: Conversation = {
      id: '19:lg@thread.tacv2',
      channel: 'botframework',
      reference: { channelId: 'msteams', serviceUrl: connector.url, conversation: { id: '19:lg@thread.tacv2', conversationType: 'channel' }, bot: { id: 'bot-1' } },
      active: true,
      updatedAt: '2011-01-01T00:00:00.000Z',
    };
    const card = reply('reminder', 'sv', 'Påminnelse: Ledningsgruppen i morgon', [{ type: 'text', text: 'fredag 20 maj 2011' }]);
    await sender.send(conv, card);
    connector.failNext([503], { error: { code: 'ServiceUnavailable', message: 'fake' } });
    // The connector client's own retry policy is out: one request, answered 503, comes back as RETRYABLE.
    await expect(sender.send(conv, card)).rejects.toMatchObject({ code: 'RETRYABLE' });
    await sender.send(conv, card);
    await sender.send(conv, card);
    expect(connector.failed).toBe(1);
    expect(connector.received).toHaveLength(3);
    expect(connector.connections).toBe(1);
  });
});
