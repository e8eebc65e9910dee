// The receiving pipeline every channel feeds: conversation memory, redeliveries answered once (across a
// restart too), and a failed turn answered briefly in the member's language — over a real store.
import path from 'node:path';
import { ManualClock } from '../../bot/clock.js';
import type { Core, Incoming } from '../../bot/core/bot.js';
import { createStoreTurnMemory } from '../../bot/core/memory.js';
import { createReceiver, type TurnMemory } from '../../bot/core/receive.js';
import { reply, type Reply } from '../../bot/core/reply.js';
import { createMemoryLogger } from '../../bot/log.js';
import { createConversationMemory } from '../../bot/reminders/conversations.js';
import { openStore, type Store } from '../../bot/store/store.js';
import { SEED, tempDir } from '../helpers/app.js';

const answer = (title: string): Reply => reply('test', 'sv', title, []);
const msg = (text: string, over: Partial<Incoming> = {}): Incoming => ({ channel: 'matrix', conversationId: 'room-1', userId: 'U1', text, ...over });
const room = (id = 'room-1') => ({ id, channel: 'matrix', reference: { room: id } });

describe('the receiving pipeline', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let store: Store;
  const clock = new ManualClock('2011-04-07T10:00:00+02:00');
  let logger: ReturnType<typeof createMemoryLogger>;
  const seen: Incoming[] = [];
  let replies: (m: Incoming) => Reply[] = () => [answer('ok')];
  const core: Core = {
    async handleMessage(m) {
      seen.push(m);
      return replies(m);
    },
    welcome: (lang) => answer(`välkommen ${lang}`),
  };
  const receiverOver = (s: Store, memory?: TurnMemory) => createReceiver({ core, memory: memory ?? createStoreTurnMemory({ store: s, clock, conversations: createConversationMemory({ store: s, clock, logger }) }), logger });

  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
    store = await openStore({ storePath: path.join(dir, 'store.json'), seedPath: SEED, clock });
    logger = createMemoryLogger();
    seen.splice(0);
    replies = () => [answer('ok')];
  });
  afterEach(async () => {
    await store.settled();
    await cleanup();
  });

  it('remembers the conversation under its channel name, then answers with what the core says', async () => {
    const out = await receiverOver(store).receive({ incoming: msg('nästa SK'), conversation: room() });
    expect(out.map((r) => r.title)).toEqual(['ok']);
    expect(seen.map((m) => m.text)).toEqual(['nästa SK']);
    expect(store.data.runtime.conversations).toEqual([expect.objectContaining({ id: 'room-1', channel: 'matrix', reference: { room: 'room-1' }, active: true })]);
    // A channel name the schema never listed is stored and loads again.
    await store.settled();
    const again = await openStore({ storePath: store.path, seedPath: SEED, clock });
    expect(again.data.runtime.conversations.map((c) => c.channel)).toEqual(['matrix']);
  });

  it('answers a redelivered event once, also after a restart over the same store', async () => {
    const first = await receiverOver(store).receive({ incoming: msg('nästa SK'), delivery: { id: 'Ev1', retryNum: '0' } });
    expect(first).toHaveLength(1);
    expect(await receiverOver(store).receive({ incoming: msg('nästa SK'), delivery: { id: 'Ev1', retryNum: '1' } })).toEqual([]);
    await store.settled();
    const restarted = await openStore({ storePath: store.path, seedPath: SEED, clock });
    expect(await receiverOver(restarted).receive({ incoming: msg('nästa SK'), delivery: { id: 'Ev1', retryNum: '2' } })).toEqual([]);
    expect(seen).toHaveLength(1);
    expect(logger.lines.filter((l) => l.msg === 'matrix event already handled').map((l) => l.retryNum)).toEqual(['1', '2']);
    // Another channel's ids are its own.
    expect(await receiverOver(store).receive({ incoming: msg('nästa SK', { channel: 'other' }), delivery: { id: 'Ev1' } })).toHaveLength(1);
  });

  it('answers a failed turn with a short apology in the member’s language, and logs the detail', async () => {
    replies = () => {
      throw new Error('secret internals');
    };
    const receiver = receiverOver(store);
    const [sv] = await receiver.receive({ incoming: msg('när är nästa möte') });
    const [en] = await receiver.receive({ incoming: msg('when is the next meeting') });
    const [byLocale] = await receiver.receive({ incoming: msg('SK 2011', { locale: 'en-GB' }) });
    expect([sv!.title, en!.title, byLocale!.title]).toEqual([
      'Något gick fel hos mig. Försök igen om en stund.',
      'Something went wrong on my side. Please try again shortly.',
      'Something went wrong on my side. Please try again shortly.',
    ]);
    expect(JSON.stringify([sv, en, byLocale])).not.toMatch(/secret internals/);
    expect(logger.lines.filter((l) => l.msg === 'turn failed').map((l) => [l.channel, (l.error as { message: string }).message])).toEqual([
      ['matrix', 'secret internals'],
      ['matrix', 'secret internals'],
      ['matrix', 'secret internals'],
    ]);
  });

  it('still answers when the conversation or the delivery id cannot be stored, and says so in the log', async () => {
    const broken: TurnMemory = {
      rememberConversation: () => Promise.reject(new Error('disk full')),
      forgetConversation: () => Promise.reject(new Error('disk full')),
      claimDelivery: () => Promise.reject(new Error('disk full')),
    };
    const receiver = receiverOver(store, broken);
    expect(await receiver.receive({ incoming: msg('nästa SK'), conversation: room(), delivery: { id: 'Ev9' } })).toHaveLength(1);
    await receiver.left('room-1', 'the bot was removed');
    expect(logger.lines.map((l) => l.msg)).toEqual(
      expect.arrayContaining(['could not record a handled matrix event', 'could not store the conversation reference', 'could not mark the conversation inactive']),
    );
  });

  it('greets in the language of the locale, and forgets a conversation the bot left', async () => {
    const receiver = receiverOver(store);
    expect([receiver.welcome('en-US').title, receiver.welcome('sv-SE').title, receiver.welcome(undefined).title]).toEqual(['välkommen en', 'välkommen sv', 'välkommen sv']);
    await receiver.joined(room('room-2'), true);
    await receiver.left('room-2', 'the bot was removed');
    expect(store.data.runtime.conversations.find((c) => c.id === 'room-2')).toMatchObject({ active: false, inactiveReason: 'the bot was removed' });
  });
});
