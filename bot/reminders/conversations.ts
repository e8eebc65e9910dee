// Conversations the bot can post to later, kept in the store (runtime.conversations) so reminders survive
// restarts. The receiving pipeline (core/receive.ts) remembers every conversation a channel hears from
// through createConversationMemory, handed to it by the wiring; a reference is opaque data that only its
// channel reads.
//
// Active or not: a conversation (and its subscriptions) is deactivated when the bot is removed or
// uninstalled, or when Teams answers that the bot can no longer post there; it comes back as soon as the
// bot hears from the conversation again (installed again, or a message: either proves the bot is back).
import type { Clock } from '../clock.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/store.js';
import type { Conversation, Subscription } from '../store/schema.js';
import { baseConversationId } from '../core/conversation.js';
import type { TurnMemory } from '../core/receive.js';

export { baseConversationId } from '../core/conversation.js';

// Per list of conversations and subscriptions the store handed out (frozen: it replaces a list on every
// change and never edits one in place): the conversations by id, each one's reference as JSON, and the conversations
// with an inactive subscription. A message then checks its conversation without walking the lists.
const conversationIndex = new WeakMap<readonly Conversation[], Map<string, { conv: Conversation; json: string }>>();
const inactiveIndex = new WeakMap<readonly Subscription[], Set<string>>();

function storedConversation(list: readonly Conversation[], id: string): { conv: Conversation; json: string } | undefined {
  let index = conversationIndex.get(list);
  if (!index) conversationIndex.set(list, (index = new Map(list.map((conv) => [conv.id, { conv, json: JSON.stringify(conv.reference) }]))));
  return index.get(id);
}

function hasInactiveSubscription(list: readonly Subscription[], id: string): boolean {
  let index = inactiveIndex.get(list);
  if (!index) inactiveIndex.set(list, (index = new Set(list.filter((s) => !s.active).map((s) => s.conversationId))));
  return index.has(id);
}

export interface ConversationDeps {
  store: Store;
  clock: Clock;
  logger: Logger;
}

/** Marks the conversation and its subscriptions inactive, with a log line saying why. */
export async function deactivateConversation(deps: ConversationDeps, conversationId: string, reason: string): Promise<void> {
  const id = baseConversationId(conversationId);
  const changed = await deps.store.deactivateConversation(id, reason, deps.clock.now().toISOString());
  if (changed > 0) deps.logger.info('subscription deactivated', { conversation: id, reason, subscriptions: changed });
  else deps.logger.info('conversation deactivated', { conversation: id, reason });
}

/**
 * Stores (or refreshes) a conversation the bot can post to later, and brings back its subscriptions if it
 * had been deactivated. Writes nothing when nothing changed, so it can run on every message.
 */
export async function rememberConversation(
  deps: ConversationDeps,
  conv: { id: string; channel: string; reference: Record<string, unknown>; type?: string },
  installed: boolean,
): Promise<void> {
  const { store, clock, logger } = deps;
  const id = baseConversationId(conv.id);
  const reference = conv.reference;
  const stored = storedConversation(store.runtime.conversations, id);
  const existing = stored?.conv;
  const inactiveSubs = hasInactiveSubscription(store.runtime.subscriptions, id);
  const same = existing && existing.active && stored.json === JSON.stringify(reference);
  if (same && !inactiveSubs) return; // nothing new: no write on every message
  // The store rebuilds the lists from the stored entries, replacing only the ones that change, so it
  // revalidates and rewrites those alone: a bot in a thousand conversations stores a new one as fast as its first.
  const { reactivated } = await store.rememberConversation({ id, channel: conv.channel, reference }, clock.now().toISOString());
  if (reactivated > 0) {
    logger.info('subscription reactivated', {
      conversation: id,
      reason: installed ? 'the bot was installed again' : 'a message arrived from the conversation',
    });
  } else if (!existing) {
    logger.info('conversation remembered', { conversation: id, channel: conv.channel, type: conv.type, installed });
  }
}

/** The receiving pipeline's conversation memory (core/receive.ts TurnMemory) over these functions. */
export function createConversationMemory(deps: ConversationDeps): Pick<TurnMemory, 'rememberConversation' | 'forgetConversation'> {
  return {
    rememberConversation: (conversation, installed) => rememberConversation(deps, conversation, installed),
    forgetConversation: (conversationId, reason) => deactivateConversation(deps, conversationId, reason),
  };
}
