// The receiving pipeline's memory (core/receive.ts TurnMemory) over the store: the delivery ids already
// answered (runtime.handledKeys), so a redelivery is answered once even across a restart, beside the
// conversation memory handed in (reminders/conversations.ts keeps the conversations it posts to).
import type { Clock } from '../clock.js';
import type { Store } from '../store/store.js';
import type { TurnMemory } from './receive.js';

/** How many handled delivery ids the store keeps per channel (Slack retries within minutes, so this is ample). */
export const HANDLED_DELIVERIES_KEPT = 1000;

export function createStoreTurnMemory(deps: {
  store: Store;
  clock: Clock;
  conversations: Pick<TurnMemory, 'rememberConversation' | 'forgetConversation'>;
}): TurnMemory {
  const { store, clock, conversations } = deps;
  return {
    rememberConversation: (conversation, installed) => conversations.rememberConversation(conversation, installed),
    forgetConversation: (conversationId, reason) => conversations.forgetConversation(conversationId, reason),
    // Atomic: store changes are serialised. The oldest of the channel's keys go beyond the limit.
    claimDelivery(channel, id) {
      const prefix = `${channel}:event:`;
      return store.claimKey(`${prefix}${id}`, clock.now().toISOString(), { prefix, count: HANDLED_DELIVERIES_KEPT });
    },
  };
}
