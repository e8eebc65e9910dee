// The turn decides without writing (replies and effects as data); the runner applies the effects in order
// and is the only writer. Over a store in memory: no disk.
import { ManualClock } from '../../bot/clock.js';
import { createCommands } from '../../bot/commandList.js';
import type { Effect } from '../../bot/core/effects.js';
import { runEffects } from '../../bot/core/effects.js';
import type { Incoming } from '../../bot/core/incoming.js';
import { readMessage } from '../../bot/core/reading.js';
import { reply } from '../../bot/core/reply.js';
import { MAX_TEXT_LENGTH, turn, type TurnInput } from '../../bot/core/turn.js';
import { createMemoryLogger } from '../../bot/log.js';
import type { Store } from '../../bot/store/store.js';
import { buildLexicon } from '../../bot/understand/lexicon.js';
import type { QueryContext } from '../../bot/understand/understand.js';
import { LEXICON, memoryStore } from '../helpers/core.js';

const clock = new ManualClock('2011-04-07T10:00:00+02:00');
const commands = createCommands({});

function inputFor(store: Store, text: string, over: Partial<Incoming> = {}): TurnInput {
  const msg: Incoming = { conversationId: 'conv-1', channel: 'botframework', userId: 'sec-1', text, ...over };
  const lexicon = buildLexicon(LEXICON, store.plan.plan);
  const context = store.dialog.get(msg.conversationId)?.context as QueryContext | undefined;
  return {
    msg,
    reading: readMessage(text, { maxLength: MAX_TEXT_LENGTH, lexicon, locale: msg.locale, earlier: context?.lang }),
    now: clock.now(),
    plan: store.plan,
    data: { schemaVersion: store.schemaVersion, plan: store.plan.plan, runtime: store.runtime },
    context,
    lexicon,
  };
}

describe('a turn', () => {
  let store: Store;
  beforeEach(async () => {
    store = memoryStore(clock);
    await store.commit(null, ({ runtime }) => ({ runtime: { secretariat: [...runtime.secretariat, 'sec-1'] } }));
  });

  it('answers a question and asks for its context to be remembered, writing nothing itself', async () => {
    const before = { plan: store.plan, runtime: store.runtime, dialog: store.dialog.revision };
    const { replies, effects } = await turn(inputFor(store, 'nästa SK'), { commands });
    expect(replies.map((r) => r.kind)).toEqual(['nextMeeting']);
    expect(effects).toEqual([
      { kind: 'rememberContext', conversationId: 'conv-1', context: expect.objectContaining({ intent: 'nextMeeting', bodies: ['samarbetskommitten'] }), at: '2011-04-07T08:00:00.000Z' },
    ]);
    expect({ plan: store.plan, runtime: store.runtime, dialog: store.dialog.revision }).toEqual(before);
    await runEffects(effects, { store, logger: createMemoryLogger() });
    expect(store.dialog.get('conv-1')?.context).toMatchObject({ intent: 'nextMeeting' });
    // The next turn reads it: a follow-up.
    expect((await turn(inputFor(store, 'och efter det?'), { commands })).replies[0]!.blocks.map((b) => JSON.stringify(b)).join(' ')).toMatch(/9 juni/);
  });

  it('subscribes through an effect with its audit entry, applied by the runner', async () => {
    const { replies, effects } = await turn(inputFor(store, 'prenumerera på ledningsgruppen'), { commands });
    expect(replies.map((r) => r.kind)).toEqual(['subscribed']);
    expect(store.runtime.subscriptions).toEqual([]);
    const change = effects.find((e): e is Extract<Effect, { kind: 'setSubscription' }> => e.kind === 'setSubscription')!;
    expect(change.subscription).toMatchObject({ conversationId: 'conv-1', bodies: ['ledningsgruppen'], active: true });
    expect(change.audit).toMatchObject({ actor: 'sec-1', action: 'subscription.subscribe' });
    const logger = createMemoryLogger();
    expect(await runEffects(effects, { store, logger })).toEqual({ ok: true });
    expect(store.runtime.subscriptions).toEqual([expect.objectContaining({ conversationId: 'conv-1', bodies: ['ledningsgruppen'] })]);
    expect(store.runtime.audit.at(-1)).toMatchObject({ action: 'subscription.subscribe', actor: 'sec-1' });
    expect(logger.lines.map((l) => l.msg)).toContain('subscription changed');
  });

  it('stops at an effect that fails: a failed backup ends the run with its reply, and nothing after it is applied', async () => {
    await store.commit(null, () => ({ runtime: { pending: [{ id: 'p-1', actor: 'sec-1', createdAt: '2011-04-07T07:00:00.000Z' }] } }));
    const failing: Store = Object.assign(Object.create(store) as Store, { backup: () => Promise.reject(new Error('disk full')) });
    const refused = reply('adminError', 'sv', 'Inget ändrades', []);
    const outcome = await runEffects(
      [
        { kind: 'backup', reason: 'import', failed: refused },
        { kind: 'cancelProposal', pendingId: 'p-1' },
      ],
      { store: failing, logger: createMemoryLogger() },
    );
    expect(outcome).toEqual({ ok: false, reply: refused });
    expect(store.runtime.pending.map((p) => p.id)).toEqual(['p-1']);
  });
});
