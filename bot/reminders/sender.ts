// How reminders leave the bot: the channels' one send interface (bot/core/send.ts), picked by the
// conversation's channel. Each channel implements it in its own folder under bot/channels/.
import { SendError, type ConversationSender } from '../core/send.js';

export { SendError, type ConversationSender, type SendErrorCode, type SentMessage } from '../core/send.js';

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
export function createChannelSender(senders: ReadonlyMap<string, ConversationSender>): ConversationSender {
  return {
    async send(conversation, reply) {
      const sender = senders.get(conversation.channel);
      if (!sender) throw new SendError('NO_SENDER', `no sender for the ${conversation.channel} channel`);
      return sender.send(conversation, reply);
    },
    async update(conversation, messageId, reply) {
      const sender = senders.get(conversation.channel);
      if (!sender?.update) throw new SendError('NO_SENDER', `no way to update messages in the ${conversation.channel} channel`);
      await sender.update(conversation, messageId, reply);
    },
  };
}
