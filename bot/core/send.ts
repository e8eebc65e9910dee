// How the bot reaches a conversation on its own (reminders, notices): one interface and one error kind
// for every channel. Each channel implements it (bot/channels/*); reminders/ and notices only see this.
import type { Reply } from './reply.js';
import type { Conversation } from '../store/schema.js';

/**
 * What a send error says, in `code`:
 * - 'GONE': the bot can no longer post there (removed from the team, blocked by the user, channel archived).
 *   The scheduler deactivates the conversation's subscriptions; they come back when the bot is back.
 * - 'RETRYABLE': try again later (throttled, gateway errors); `retryAfterMs` if the service said how long.
 * - anything else: a failure that retrying will not fix; logged, not retried.
 */
export type SendErrorCode = 'GONE' | 'RETRYABLE' | 'FAILED' | 'NO_SENDER' | 'ABORTED';

/** The one error a channel's send or update throws, whatever the transport said. */
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
  /** Posts the reply as a new message in the conversation; throws a SendError. */
  send(conversation: Conversation, reply: Reply): Promise<SentMessage | void>;
  /**
   * Replaces a message posted before (its id from send) with this reply, in place: Bot Framework
   * updateActivity, Slack chat.update. Same errors as send.
   */
  update?(conversation: Conversation, messageId: string, reply: Reply): Promise<void>;
}
