// Between activities and the core's shapes: an activity as an `Incoming` (mention cut out, files listed),
// the conversation to remember for proactive messages, and a neutral reply as an activity.
import { ActivityTypes, CardFactory, TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import type { Incoming } from '../../core/incoming.js';
import type { ConversationToRemember } from '../../core/receive.js';
import type { Reply } from '../../core/reply.js';
import { baseConversationId } from '../../core/conversation.js';
import { renderAdaptiveCard } from '../../../cards/adaptive.js';
import { renderText } from '../../../cards/text.js';
import { toSlackChannelData } from '../../../cards/blockkit.js';

/** The name Bot Framework conversations are stored under. */
export const BOTFRAMEWORK = 'botframework';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Bot Framework channels that show no Adaptive Cards: they get the answer as plain text. Azure's own
 * Slack channel ('slack') gets Block Kit in channelData, with the text as Slack's notification fallback.
 */
const TEXT_ONLY_CHANNELS = new Set(['slack', 'sms', 'twilio-sms', 'email', 'telegram', 'line', 'kik', 'groupme', 'facebook']);
/** The notification preview Teams shows for a card (the answer's title, kept short). */
const SUMMARY_LENGTH = 120;

export function summaryOf(r: Reply): string {
  const title = r.title.replace(/\s+/g, ' ').trim();
  return title.length > SUMMARY_LENGTH ? `${title.slice(0, SUMMARY_LENGTH - 1)}…` : title;
}

/**
 * A neutral reply as a Bot Framework message. Where cards are shown (Teams, Web Chat, the Emulator,
 * and a proactive send whose channel is not known) the Adaptive Card 1.4 goes alone: Teams shows an
 * activity's text above its card, so text would show every answer twice. `summary` is the notification
 * preview; the card's fallbackText and speak carry the whole answer. Text-only channels get the text.
 */
export function toActivity(r: Reply, channelId?: string): Partial<Activity> {
  const locale = r.lang === 'sv' ? 'sv-SE' : 'en-GB';
  if (channelId !== undefined && TEXT_ONLY_CHANNELS.has(channelId)) {
    return {
      type: ActivityTypes.Message,
      text: renderText(r),
      textFormat: 'plain',
      locale,
      ...(channelId === 'slack' ? { channelData: toSlackChannelData(r) } : {}),
    };
  }
  return {
    type: ActivityTypes.Message,
    summary: summaryOf(r),
    locale,
    attachments: [CardFactory.adaptiveCard(renderAdaptiveCard(r))],
  };
}

/**
 * The text without the bot's @mention. As TurnContext.removeRecipientMention (the first mention of the
 * bot is cut out and the rest trimmed), but it skips entities that are not well-formed mentions instead
 * of failing on them, and leaves the activity as it is.
 */
function withoutMention(activity: Activity): string {
  const text = typeof activity.text === 'string' ? activity.text : '';
  const id = activity.recipient?.id;
  const mention = (activity.entities ?? []).find(
    (e) => isRecord(e) && typeof e.type === 'string' && e.type.toLowerCase() === 'mention' && isRecord(e.mentioned) && e.mentioned.id === id,
  );
  return mention ? text.replace(mention.text as string, '').trim() : text;
}

function incomingText(activity: Activity): string {
  let text = typeof activity.text === 'string' ? activity.text : '';
  if (activity.recipient?.id && activity.entities?.some((e) => isRecord(e) && e.type === 'mention')) {
    text = withoutMention(activity);
  }
  // Teams may leave an <at>…</at> tag when the mention entity differs from the recipient. Line breaks
  // stay: a pasted calendar is one meeting a line.
  text = text.replace(/<at>[^<]*<\/at>/gi, ' ').replace(/[^\S\n]+/g, ' ').replace(/ ?\n ?/g, '\n').trim();
  if (!text && activity.value && typeof activity.value === 'object') {
    const v = activity.value as Record<string, unknown>;
    if (typeof v.text === 'string') text = v.text;
  }
  return text;
}

/** The activity as the core's one message shape. */
export function incomingFrom(a: Activity): Incoming {
  return {
    conversationId: a.conversation.id,
    channel: BOTFRAMEWORK,
    userId: a.from?.aadObjectId ?? a.from?.id ?? 'unknown',
    userName: a.from?.name,
    text: incomingText(a),
    value: a.value && typeof a.value === 'object' ? (a.value as Record<string, unknown>) : undefined,
    locale: a.locale,
    attachments: (a.attachments ?? [])
      .map((x) => {
        // Teams sends a file as a download-info card; the Emulator and others as a contentUrl.
        const info = x.content as { downloadUrl?: unknown } | undefined;
        const url = typeof info?.downloadUrl === 'string' ? info.downloadUrl : x.contentUrl;
        return { name: x.name, contentType: x.contentType, url };
      })
      .filter((x) => x.url),
  };
}

/** The fields of `from` that are set, in the order given (as JSON would keep them). */
function defined(from: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (from[k] !== undefined) out[k] = from[k];
  return out;
}

/** Only what a proactive send needs: no user, no activity id (so replies do not attach to an old thread). */
export function cleanReference(ref: Partial<ConversationReference>): Record<string, unknown> {
  const c = (ref.conversation ?? {}) as Partial<ConversationReference['conversation']>;
  return defined(
    {
      channelId: ref.channelId,
      serviceUrl: ref.serviceUrl,
      conversation: defined({ ...c, id: c.id === undefined ? undefined : baseConversationId(c.id) }, ['id', 'conversationType', 'tenantId', 'isGroup', 'name']),
      bot: ref.bot ? defined(ref.bot as unknown as Record<string, unknown>, ['id', 'name']) : undefined,
    },
    ['channelId', 'serviceUrl', 'conversation', 'bot'],
  );
}

/** The activity's conversation as the pipeline remembers it; undefined without a conversation id. */
export function conversationOf(activity: Activity): ConversationToRemember | undefined {
  const ref = TurnContext.getConversationReference(activity);
  const id = ref.conversation?.id;
  if (!id) return undefined;
  return { id, channel: BOTFRAMEWORK, reference: cleanReference(ref), type: ref.conversation?.conversationType };
}
