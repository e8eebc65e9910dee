// Conversation references for proactive messages, kept in the store (runtime.conversations) so reminders
// survive restarts. The Bot Framework layer calls these hooks (BotHooks in bot/channels/botframework.ts);
// nothing here imports botbuilder: a reference is opaque data.
//
// Active or not: a conversation (and its subscriptions) is deactivated when the bot is removed or
// uninstalled, or when Teams answers that the bot can no longer post there; it comes back as soon as the
// bot hears from the conversation again (installed again, or a message: either proves the bot is back).
import type { Clock } from '../clock.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/store.js';
import type { Conversation, Subscription } from '../store/schema.js';

/** The parts of a Bot Framework ConversationReference kept for proactive messages. */
export interface ConversationRef {
  channelId?: string;
  serviceUrl?: string;
  locale?: string;
  conversation?: { id?: string; conversationType?: string; tenantId?: string; isGroup?: boolean; name?: string };
  bot?: { id?: string; name?: string };
}

/**
 * The conversation a reminder goes to. A Teams channel message in a thread has ";messageid=…" appended to
 * the channel's id; reminders are posted as new messages in the channel, so the thread suffix is dropped.
 */
export function baseConversationId(id: string): string {
  return id.replace(/;messageid=[^;]*$/i, '');
}

/** The fields of `from` that are set, in the order given (as JSON would keep them). */
function defined(from: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (from[k] !== undefined) out[k] = from[k];
  return out;
}

/** Only what a proactive send needs: no user, no activity id (so replies do not attach to an old thread). */
export function cleanReference(ref: ConversationRef): Record<string, unknown> {
  const c = ref.conversation ?? {};
  return defined(
    {
      channelId: ref.channelId,
      serviceUrl: ref.serviceUrl,
      conversation: defined({ ...c, id: c.id === undefined ? undefined : baseConversationId(c.id) }, ['id', 'conversationType', 'tenantId', 'isGroup', 'name']),
      bot: ref.bot ? defined(ref.bot, ['id', 'name']) : undefined,
    },
    ['channelId', 'serviceUrl', 'conversation', 'bot'],
  );
}

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

export interface ConversationHooks {
  rememberConversation(ref: ConversationRef, installed: boolean): Promise<void>;
  forgetConversation(conversationId: string, reason: string): Promise<void>;
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
  conv: { id: string; channel: Conversation['channel']; reference: Record<string, unknown>; type?: string },
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

export function createConversationHooks(deps: ConversationDeps): ConversationHooks {
  return {
    async rememberConversation(ref, installed) {
      const rawId = ref.conversation?.id;
      if (!rawId) return;
      await rememberConversation(deps, { id: rawId, channel: 'botframework', reference: cleanReference(ref), type: ref.conversation?.conversationType }, installed);
    },
    async forgetConversation(conversationId, reason) {
      await deactivateConversation(deps, conversationId, reason);
    },
  };
}
