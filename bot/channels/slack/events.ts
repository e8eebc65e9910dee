// Slack's Events API: a message to the bot (a mention in a channel, a direct message) becomes a turn; the
// App Home tab is published when opened. Never answers a bot (itself included), an edit or a join notice.
// A redelivered event (Slack retries a slow answer) is recognised by its event_id in the pipeline.
import type { Logger } from '../../log.js';
import type { Answer } from './answer.js';
import { publishHome, type HomeView } from './home.js';
import { SLACK, type SlackWeb } from './send.js';
import { isObject, slackConversationId, str, textFromSlack, type Json } from './text.js';

export interface EventDeps {
  web: Pick<SlackWeb, 'client' | 'botUserId'>;
  logger: Logger;
  answer: Answer;
  /** No Home tab without it. */
  home?: HomeView;
}

export async function handleEvent(deps: EventDeps, body: Json, retryNum: string | undefined, sent?: Date): Promise<void> {
  const { web, logger, answer } = deps;
  const event = body.event;
  if (!isObject(event)) return;
  const eventId = str(body.event_id);
  const type = str(event.type);
  const channel = str(event.channel);
  const user = str(event.user);
  const subtype = str(event.subtype);
  const fromAuth = Array.isArray(body.authorizations)
    ? body.authorizations.filter(isObject).map((a) => str(a.user_id)).filter((u): u is string => u !== undefined)
    : [];
  const own = await web.botUserId();
  const ownIds = new Set([...(own ? [own] : []), ...fromAuth]);

  // Never answer a bot (ourselves included), an edit, a deletion or a join notice.
  if (event.bot_id || !user || ownIds.has(user) || (subtype && subtype !== 'thread_broadcast' && subtype !== 'file_share')) {
    logger.debug('slack event ignored', { eventId, type, subtype, reason: 'not a person writing' });
    return;
  }
  if (type === 'app_home_opened') {
    if (event.tab === 'home' && deps.home) await publishHome({ client: web.client, logger, home: deps.home }, user);
    return;
  }
  if (!channel) return;
  const direct = type === 'message' && event.channel_type === 'im';
  // In a direct message a mention also arrives as message.im; answer that one only.
  const mention = type === 'app_mention' && !channel.startsWith('D');
  if (!direct && !mention) {
    logger.debug('slack event ignored', { eventId, type, reason: 'not for the bot' });
    return;
  }

  const threadTs = str(event.thread_ts);
  const mentionId = own ?? [...ownIds][0];
  const text = textFromSlack(str(event.text) ?? '', mentionId);
  await answer(
    { channel, threadTs },
    { channel: SLACK, conversationId: slackConversationId(channel, threadTs), userId: user, text, sentAt: sent },
    eventId ? { id: eventId, retryNum } : undefined,
  );
}
