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
import type { Conversation } from '../store/schema.js';

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

/** Only what a proactive send needs: no user, no activity id (so replies do not attach to an old thread). */
export function cleanReference(ref: ConversationRef): Record<string, unknown> {
  const c = ref.conversation ?? {};
  const out = {
    channelId: ref.channelId,
    serviceUrl: ref.serviceUrl,
    conversation: {
      id: c.id === undefined ? undefined : baseConversationId(c.id),
      conversationType: c.conversationType,
      tenantId: c.tenantId,
      isGroup: c.isGroup,
      name: c.name,
    },
    bot: ref.bot ? { id: ref.bot.id, name: ref.bot.name } : undefined,
  };
  return JSON.parse(JSON.stringify(out)) as Record<string, unknown>; // drops undefined fields
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
  const now = deps.clock.now().toISOString();
  const changed = await deps.store.update(null, (d) => {
    let n = 0;
    const conv = d.runtime.conversations.find((c) => c.id === id);
    if (conv && conv.active) {
      conv.active = false;
      conv.inactiveReason = reason;
      conv.updatedAt = now;
    }
    for (const s of d.runtime.subscriptions) {
      if (s.conversationId === id && s.active) {
        s.active = false;
        n += 1;
      }
    }
    return n;
  });
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
  const existing = store.data.runtime.conversations.find((c) => c.id === id);
  const inactiveSubs = store.data.runtime.subscriptions.some((s) => s.conversationId === id && !s.active);
  const same = existing && existing.active && JSON.stringify(existing.reference) === JSON.stringify(reference);
  if (same && !inactiveSubs) return; // nothing new: no write on every message
  const now = clock.now().toISOString();
  const reactivated = await store.update(null, (d) => {
    let c = d.runtime.conversations.find((x) => x.id === id);
    let back = 0;
    if (!c) {
      c = { id, channel: conv.channel, reference, active: true, updatedAt: now };
      d.runtime.conversations.push(c);
    } else {
      if (!c.active) back += 1;
      c.reference = reference;
      c.active = true;
      delete c.inactiveReason;
      c.updatedAt = now;
    }
    for (const s of d.runtime.subscriptions) {
      if (s.conversationId === id && !s.active) {
        s.active = true;
        s.since = now; // reminders that fell due while the bot was away are not sent late
        back += 1;
      }
    }
    return back;
  });
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
