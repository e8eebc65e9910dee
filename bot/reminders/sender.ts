// How reminders leave the bot: one interface for every channel. The Bot Framework sender lives in
// bot/channels/botframework.ts (createBotFrameworkSender); a Slack sender implements the same interface.
import type { Reply } from '../core/reply.js';
import type { Conversation } from '../store/schema.js';

/**
 * What a sender's errors say, in `code`:
 * - 'GONE': the bot can no longer post there (removed from the team, blocked by the user). The scheduler
 *   deactivates the conversation's subscriptions; they come back when the bot is installed again.
 * - 'RETRYABLE': try again later (throttled, gateway errors); `retryAfterMs` if the service said how long.
 * - anything else: a failure that retrying will not fix; logged, not retried.
 */
export type SendErrorCode = 'GONE' | 'RETRYABLE' | 'FAILED' | 'NO_SENDER' | 'ABORTED';

export class SendError extends Error {
  constructor(
    readonly code: SendErrorCode,
    message: string,
    readonly details: { status?: number; serviceCode?: string; retryAfterMs?: number } = {},
  ) {
    super(message);
    this.name = 'SendError';
  }
}

/** What a channel says about a posted message: its id (Bot Framework activity id, Slack ts), to update it later. */
export interface SentMessage {
  id?: string;
}

export interface ConversationSender {
  /** Posts the reply as a new message in the conversation; throws an error with a `code` (see SendError). */
  send(conversation: Conversation, reply: Reply): Promise<SentMessage | void>;
  /**
   * Replaces a message posted before (its id from send) with this reply, in place: Bot Framework
   * updateActivity, Slack chat.update. Same errors as send.
   */
  update?(conversation: Conversation, messageId: string, reply: Reply): Promise<void>;
}

/** The code of any thrown value: SendError or another error carrying a string `code`. */
export function errorCode(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'FAILED';
}

export function retryAfterMs(e: unknown): number | undefined {
  const d = (e as { details?: { retryAfterMs?: unknown }; retryAfterMs?: unknown } | null) ?? {};
  const v = d.details?.retryAfterMs ?? d.retryAfterMs;
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined;
}

/** One sender for all channels: picks the channel's own sender by `conversation.channel`. */
export function createChannelSender(senders: Partial<Record<Conversation['channel'], ConversationSender>>): ConversationSender {
  return {
    async send(conversation, reply) {
      const sender = senders[conversation.channel];
      if (!sender) throw new SendError('NO_SENDER', `no sender for the ${conversation.channel} channel`);
      return sender.send(conversation, reply);
    },
    async update(conversation, messageId, reply) {
      const sender = senders[conversation.channel];
      if (!sender?.update) throw new SendError('NO_SENDER', `no way to update messages in the ${conversation.channel} channel`);
      await sender.update(conversation, messageId, reply);
    },
  };
}
