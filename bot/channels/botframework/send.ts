// Proactive messages (reminders, notices) over adapter.continueConversationAsync. The scheduler owns
// retries (backoff with jitter, injectable for tests), so the connector client's own retry policy is
// taken out of these sends; failures come back as the one SendError (core/send.ts): GONE, RETRYABLE or FAILED.
import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import { SendError, type ConversationSender } from '../../core/send.js';
import type { Logger } from '../../log.js';
import type { Conversation } from '../../store/schema.js';
import { BOTFRAMEWORK, toActivity } from './activity.js';

/** Teams' answers meaning "the bot can no longer post in this conversation". */
const GONE_CODES = new Set(['BotNotInConversationRoster', 'ConversationBlockedByUser', 'ConversationNotFound']);
/**
 * Statuses worth another try: throttled, precondition failed (Teams asks to retry), and the service's own
 * transient failures (500, 503) and gateway errors. Given up on, a reminder would be lost for good.
 */
const RETRYABLE_STATUSES = new Set([429, 412, 500, 502, 503, 504]);

function toSendError(e: unknown): SendError {
  const err = e as {
    statusCode?: number;
    code?: string;
    message?: string;
    details?: { error?: { code?: string } };
    response?: { headers?: { get?(name: string): string | undefined } };
  };
  const status = typeof err?.statusCode === 'number' ? err.statusCode : undefined;
  const serviceCode = err?.details?.error?.code ?? (typeof err?.code === 'string' ? err.code : undefined);
  const retryAfterHeader = err?.response?.headers?.get?.('retry-after');
  const seconds = retryAfterHeader !== undefined && /^\d+(\.\d+)?$/.test(retryAfterHeader) ? Number(retryAfterHeader) : undefined;
  const details = { status, serviceCode, retryAfterMs: seconds === undefined ? undefined : seconds * 1000 };
  const what = `${status ?? 'no status'}${serviceCode ? ` ${serviceCode}` : ''}`;
  if ((status === 403 || status === 404) && serviceCode && GONE_CODES.has(serviceCode)) {
    return new SendError('GONE', `Teams answered ${what}`, details);
  }
  if (status !== undefined && RETRYABLE_STATUSES.has(status)) return new SendError('RETRYABLE', `Teams answered ${what}`, details);
  if (status === undefined && /ECONNRESET|ETIMEDOUT|ECONNREFUSED|socket hang up/i.test(`${err?.code ?? ''} ${err?.message ?? ''}`)) {
    return new SendError('RETRYABLE', `network error: ${err?.message ?? err?.code}`, details);
  }
  return new SendError('FAILED', `Teams answered ${what}: ${err?.message ?? String(e)}`, details);
}

export function createBotFrameworkSender(adapter: CloudAdapter, appId: string | undefined, logger: Logger): ConversationSender {
  /** Runs `work` in a proactive turn of the conversation, with the scheduler owning retries. */
  async function proactive<T>(conversation: Conversation, what: string, work: (context: TurnContext, reference: Partial<ConversationReference>) => Promise<T>): Promise<T> {
    if (conversation.channel !== BOTFRAMEWORK) {
      throw new SendError('FAILED', `not a Bot Framework conversation: ${conversation.channel}`);
    }
    const reference = conversation.reference as Partial<ConversationReference>;
    // The adapter's onTurnError would swallow an error thrown in the turn, so it is caught here.
    let failure: unknown;
    let result: T | undefined;
    await adapter.continueConversationAsync(appId ?? '', reference, async (context) => {
      try {
        const client = context.turnState.get(adapter.ConnectorClientKey) as
          | { client?: { pipeline?: { removePolicy(p: { name: string }): unknown } } }
          | undefined;
        client?.client?.pipeline?.removePolicy({ name: 'defaultRetryPolicy' });
        result = await work(context, reference);
      } catch (e) {
        failure = e;
      }
    });
    if (failure !== undefined) {
      const error = toSendError(failure);
      logger.debug(`proactive ${what} failed`, { conversation: conversation.id, code: error.code, error });
      throw error;
    }
    return result as T;
  }
  return {
    async send(conversation, reply) {
      return proactive(conversation, 'send', async (context, reference) => {
        // A new message in the conversation (POST …/activities), not a reply to the continuation event.
        context.onSendActivities(async (_ctx, activities, next) => {
          for (const a of activities) delete a.replyToId;
          return next();
        });
        const sent = await context.sendActivity(toActivity(reply, reference.channelId));
        return { id: sent?.id };
      });
    },
    async update(conversation, messageId, reply) {
      // PUT …/activities/<id>: the message changes where it is, for everyone in the conversation.
      await proactive(conversation, 'update', async (context, reference) => {
        await context.updateActivity({ ...toActivity(reply, reference.channelId), id: messageId });
      });
    },
  };
}
