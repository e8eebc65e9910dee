// The receiving pipeline every channel feeds alike (as bolt-js receivers feed App.processEvent): a channel
// turns its request into an `Incoming` and hands it here; this remembers the conversation (so it can be
// subscribed and sent reminders), drops a redelivered event, asks the core, and answers a failed turn with
// a short apology in the member's language. The channel renders and sends what comes back. Nothing here
// knows a transport; the store writes go through the narrow `TurnMemory` handed in by the wiring.
import type { Logger } from '../log.js';
import type { Core } from './bot.js';
import { decideLang } from './reading.js';
import type { Incoming } from './incoming.js';
import { reply, type Reply } from './reply.js';
import type { Lang } from '../text/lang.js';
import { say } from '../text/catalogue/index.js';

/** A conversation the bot can post to later: its channel's name and what that channel needs to reach it. */
export interface ConversationToRemember {
  id: string;
  channel: string;
  /** Opaque to everyone but its channel (a Bot Framework ConversationReference, a Slack channel id). */
  reference: Record<string, unknown>;
  /** The kind of conversation, for the log (personal, channel, groupChat). */
  type?: string;
}

/** What the pipeline keeps between turns; the wiring implements it over the store (core/memory.ts). */
export interface TurnMemory {
  /** Stores or refreshes the conversation; brings back its subscriptions if it had been deactivated. */
  rememberConversation(conversation: ConversationToRemember, installed: boolean): Promise<void>;
  /** Marks the conversation and its subscriptions inactive (the bot was removed or uninstalled). */
  forgetConversation(conversationId: string, reason: string): Promise<void>;
  /** Records a channel's delivery id as handled; false when it already was (a retry or a replay). */
  claimDelivery(channel: string, id: string): Promise<boolean>;
}

/** A redelivered request is recognised by the id its channel gives it (a Slack event_id, a trigger_id). */
export interface Delivery {
  id: string;
  /** What it is, for the log: "event" (default) or "command". */
  kind?: string;
  /** The channel's retry counter, for the log. */
  retryNum?: string;
  /** How the log names it; default { eventId: id }. */
  logAs?: Record<string, string>;
}

export interface Turn {
  incoming: Incoming;
  /** The conversation to remember for proactive messages; none: it is not remembered. */
  conversation?: ConversationToRemember;
  /** Given: a delivery already handled is not answered again. */
  delivery?: Delivery;
}

export interface Receiver {
  /** One member's message: the replies to post, in order ([] when it was a redelivery). Never throws. */
  receive(turn: Turn): Promise<Reply[]>;
  /** The bot joined a conversation (or was installed): remember it. Failures are logged. */
  joined(conversation: ConversationToRemember, installed: boolean): Promise<void>;
  /** The bot was removed from a conversation (or uninstalled). Failures are logged. */
  left(conversationId: string, reason: string): Promise<void>;
  /** The greeting for a conversation the bot joins, in the language its locale says. */
  welcome(locale?: string): Reply;
  /** The apology for a turn that failed outside the core (a channel's own failure), in the member's language. */
  errorReply(text: string, locale?: string): Reply;
}

/**
 * The language of a turn's answers where the channel has to choose it (an apology, a greeting), read
 * without the lexicon (the text may be too long or the turn may have failed before reading it).
 */
export function turnLang(text: string, locale?: string): Lang {
  return decideLang(text, { locale });
}

/** The kind of the apology for a failed turn (a channel may show it as plain text). */
export const TURN_FAILED = 'error';

export function turnFailedReply(lang: Lang): Reply {
  return reply(TURN_FAILED, lang, say(lang, 'turnFailed'), []);
}

export interface ReceiverDeps {
  core: Core;
  memory: TurnMemory;
  logger: Logger;
}

export function createReceiver(deps: ReceiverDeps): Receiver {
  const { core, memory, logger } = deps;

  /** True when the delivery is new (or could not be checked: better a double answer than a lost question). */
  async function fresh(channel: string, delivery: Delivery): Promise<boolean> {
    const kind = delivery.kind ?? 'event';
    const named = delivery.logAs ?? { eventId: delivery.id };
    let isNew = true;
    try {
      isNew = await memory.claimDelivery(channel, delivery.id);
    } catch (e) {
      logger.error(`could not record a handled ${channel} ${kind}`, { error: e as Error, ...named });
    }
    if (!isNew) logger.info(`${channel} ${kind} already handled`, { ...named, retryNum: delivery.retryNum });
    return isNew;
  }

  async function remember(conversation: ConversationToRemember, installed: boolean): Promise<void> {
    try {
      await memory.rememberConversation(conversation, installed);
    } catch (e) {
      logger.warn('could not store the conversation reference', { error: e as Error, channel: conversation.channel });
    }
  }

  return {
    async receive({ incoming, conversation, delivery }) {
      if (delivery && !(await fresh(incoming.channel, delivery))) return [];
      if (conversation) await remember(conversation, false);
      try {
        return await core.handleMessage(incoming);
      } catch (e) {
        // The detail stays in the log; the member hears briefly that it failed, never a stack trace.
        logger.error('turn failed', { error: e as Error, channel: incoming.channel, conversation: incoming.conversationId });
        return [turnFailedReply(turnLang(incoming.text, incoming.locale))];
      }
    },
    joined: remember,
    async left(conversationId, reason) {
      try {
        await memory.forgetConversation(conversationId, reason);
      } catch (e) {
        logger.warn('could not mark the conversation inactive', { error: e as Error, conversation: conversationId });
      }
    },
    welcome: (locale) => core.welcome(turnLang('', locale)),
    errorReply: (text, locale) => turnFailedReply(turnLang(text, locale)),
  };
}
