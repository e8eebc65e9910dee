// The Bot Framework sender against a fake Bot Connector: a new message in the conversation, and Teams'
// answers turned into GONE / RETRYABLE / FAILED, with the connector client's own retries taken out.
import { createAdapter, createBotFrameworkSender } from '../../bot/channels/botframework/index.js';
import { createMemoryLogger } from '../../bot/log.js';
import { reply } from '../../bot/core/reply.js';
import type { Conversation } from '../../bot/store/schema.js';
import { startFakeConnector, type FakeConnector } from '../helpers/fakeConnector.js';
import { cardText, tempDir, testConfig } from '../helpers/app.js';

describe('the Bot Framework sender', () => {
  let connector: FakeConnector;
  let cleanup: () => Promise<void>;
  let send: (c: Conversation) => Promise<void>;
  let conv: Conversation;
  const card = reply('reminder', 'sv', 'Påminnelse: Ledningsgruppen i morgon', [{ type: 'text', text: 'fredag 20 maj 2011' }]);

  beforeAll(async () => {
    const t = await tempDir();
    cleanup = t.cleanup;
    connector = await startFakeConnector();
    const logger = createMemoryLogger();
    const sender = createBotFrameworkSender(createAdapter(testConfig(t.dir), logger), undefined, logger);
    send = async (c) => {
      await sender.send(c, card);
    };
    conv = {
      id: '19:lg@thread.tacv2',
      channel: 'botframework',
      reference: { channelId: 'msteams', serviceUrl: connector.url, conversation: { id: '19:lg@thread.tacv2', conversationType: 'channel' }, bot: { id: 'bot-1' } },
      active: true,
      updatedAt: '2011-01-01T00:00:00.000Z',
    };
  });
  afterAll(async () => {
    await connector.close();
    await cleanup();
  });
  beforeEach(() => connector.received.splice(0));

  it('posts the card as a new message in the conversation', async () => {
    await send(conv);
    expect(connector.received).toHaveLength(1);
    const [a] = connector.received;
    expect(a!.path).toBe('/v3/conversations/19%3Alg%40thread.tacv2/activities');
    expect(a!.body.replyToId).toBeUndefined();
    expect(cardText(a!.body)).toMatch(/Påminnelse: Ledningsgruppen i morgon/);
    expect(a!.body.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
  });

  it.each([
    [403, 'BotNotInConversationRoster', 'GONE'],
    [403, 'ConversationBlockedByUser', 'GONE'],
    [404, 'ConversationNotFound', 'GONE'],
    [403, 'NotEnoughPermissions', 'FAILED'],
    [412, 'PreconditionFailed', 'RETRYABLE'],
    [500, 'InternalServerError', 'RETRYABLE'],
    [502, 'ServiceError', 'RETRYABLE'],
    [503, 'ServiceUnavailable', 'RETRYABLE'],
    [504, 'GatewayTimeout', 'RETRYABLE'],
    [400, 'BadArgument', 'FAILED'],
  ])('turns %i %s into %s', async (status, code, expected) => {
    connector.failNext([status], { error: { code, message: 'fake' } });
    await expect(send(conv)).rejects.toMatchObject({ code: expected, details: expect.objectContaining({ status, serviceCode: code }) });
    expect(connector.received).toHaveLength(0);
  });

  it('reports a 429 as RETRYABLE with its Retry-After, without retrying inside the connector client', async () => {
    connector.failNext([429, 429]);
    await expect(send(conv)).rejects.toMatchObject({ code: 'RETRYABLE', details: expect.objectContaining({ status: 429, retryAfterMs: 1000 }) });
    await expect(send(conv)).rejects.toMatchObject({ code: 'RETRYABLE' }); // the second 429 was still queued
    await send(conv);
    expect(connector.received).toHaveLength(1);
  });

  it('refuses a conversation of another channel', async () => {
    await expect(send({ ...conv, channel: 'slack' })).rejects.toMatchObject({ code: 'FAILED' });
  });
});
