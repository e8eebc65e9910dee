// The Bot Framework channel layer: the only place that imports botbuilder. It turns activities into the
// core's `Incoming`, renders neutral replies as Adaptive Cards (plus the full plain text), and keeps
// conversation references for proactive messages. A move to the Microsoft 365 Agents SDK touches this file.
import {
  ActivityHandler,
  ActivityTypes,
  CardFactory,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  TurnContext,
  type Activity,
  type ConversationReference,
} from 'botbuilder';
import type { Config } from '../config.js';
import type { Core, Incoming } from '../core/bot.js';
import { guessLang } from '../core/bot.js';
import type { Reply } from '../core/reply.js';
import { type Lang } from '../text/lang.js';
import type { Logger } from '../log.js';
import type { Route } from '../server.js';
import { renderAdaptiveCard } from '../../cards/adaptive.js';
import { renderText } from '../../cards/text.js';
import { toSlackChannelData } from '../../cards/blockkit.js';
import { SendError, type ConversationSender } from '../reminders/sender.js';
import type { Conversation } from '../store/schema.js';

export type { ConversationReference };

/** CloudAdapter with its activity processing reachable, so the handler answers auth failures itself. */
export class BotAdapter extends CloudAdapter {
  processAuthenticated(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>) {
    return this.processActivity(authHeader, activity, logic);
  }
}

export interface AdapterOptions {
  /** Where Microsoft's signing keys are published (tests point it at a loopback fake login). */
  openIdMetadataUrl?: string;
}

export function createAdapter(config: Config, logger: Logger, options: AdapterOptions = {}): BotAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.microsoft.appId ?? '',
    MicrosoftAppPassword: config.microsoft.appPassword ?? '',
    MicrosoftAppType: config.microsoft.appType,
    MicrosoftAppTenantId: config.microsoft.tenantId ?? '',
    ...(options.openIdMetadataUrl
      ? {
          ToBotFromChannelOpenIdMetadataUrl: options.openIdMetadataUrl,
          ToBotFromEmulatorOpenIdMetadataUrl: options.openIdMetadataUrl,
          // With any of these set botbuilder takes none of the public cloud's defaults: the issuer is named too.
          ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
        }
      : {}),
  });
  const adapter = new BotAdapter(auth);
  // One error handler for every turn: log the detail, tell the user briefly, never show a stack trace.
  adapter.onTurnError = async (context, error) => {
    logger.error('turn failed', {
      error: error instanceof Error ? error : String(error),
      conversation: context.activity.conversation?.id,
      activityType: context.activity.type,
    });
    try {
      if (context.activity.type === ActivityTypes.Message) {
        const sv = guessLang(context.activity.text ?? '', context.activity.locale) === 'sv';
        await context.sendActivity(
          sv ? 'Något gick fel hos mig. Försök igen om en stund.' : 'Something went wrong on my side. Please try again shortly.',
        );
      }
    } catch (e) {
      logger.error('could not report the error to the user', { error: e as Error });
    }
  };
  return adapter;
}

// ---- Incoming requests ---------------------------------------------------------------------------

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

type FieldKind = 'string' | 'boolean' | 'object';
const typeOk = (v: unknown, kind: FieldKind) => v === undefined || v === null || (kind === 'object' ? isRecord(v) : typeof v === kind);
/** The typed fields of an activity and of its accounts, as the Bot Framework schema has them. */
const ACTIVITY_FIELDS: Record<string, FieldKind> = {
  id: 'string', text: 'string', locale: 'string', channelId: 'string', name: 'string', replyToId: 'string',
  textFormat: 'string', summary: 'string', speak: 'string', inputHint: 'string', deliveryMode: 'string',
  attachmentLayout: 'string', timestamp: 'string', localTimestamp: 'string', localTimezone: 'string', action: 'string',
  topicName: 'string', historyDisclosed: 'boolean', channelData: 'object',
};
const ACCOUNT_FIELDS: Record<string, FieldKind> = { id: 'string', name: 'string', aadObjectId: 'string', role: 'string' };
const CONVERSATION_FIELDS: Record<string, FieldKind> = {
  id: 'string', name: 'string', aadObjectId: 'string', role: 'string', conversationType: 'string', tenantId: 'string', isGroup: 'boolean',
};

function fieldProblem(o: Record<string, unknown>, fields: Record<string, FieldKind>, prefix: string): string | undefined {
  for (const [key, kind] of Object.entries(fields)) if (!typeOk(o[key], kind)) return `${prefix}${key} is not a ${kind}`;
  return undefined;
}

/**
 * Why a request body cannot be a Bot Framework activity, or undefined when it can. The Bot Connector
 * always sends these fields with these types; without an app id anyone on the network can post, and
 * botbuilder (and our handlers) would fail on a missing conversation, a serviceUrl that is not a URL or a
 * field of the wrong type — after the request was accepted, so nobody would hear why.
 */
export function activityProblem(body: unknown): string | undefined {
  if (!isRecord(body)) return 'the body is not a JSON object';
  if (typeof body.type !== 'string' || body.type === '') return 'type is not a string';
  if (typeof body.serviceUrl !== 'string' || !/^https?:\/\/[^/\s]+/i.test(body.serviceUrl) || !URL.canParse(body.serviceUrl)) return 'serviceUrl is not an http(s) URL';
  if (!isRecord(body.conversation) || typeof body.conversation.id !== 'string' || body.conversation.id === '') return 'conversation.id is not a string';
  // The reply carries the id in an HTTP header: outside printable ASCII it could not be answered at all.
  if (!/^[\x20-\x7e]+$/.test(body.conversation.id)) return 'conversation.id is not printable ASCII';
  if (!isRecord(body.recipient) || typeof body.recipient.id !== 'string') return 'recipient.id is not a string';
  if (body.from !== undefined && !isRecord(body.from)) return 'from is not an object';
  const problem =
    fieldProblem(body, ACTIVITY_FIELDS, '') ??
    fieldProblem(body.conversation, CONVERSATION_FIELDS, 'conversation.') ??
    fieldProblem(body.recipient, ACCOUNT_FIELDS, 'recipient.') ??
    (isRecord(body.from) ? fieldProblem(body.from, ACCOUNT_FIELDS, 'from.') : undefined);
  if (problem) return problem;
  for (const key of ['entities', 'membersAdded', 'membersRemoved', 'attachments'] as const) {
    const list = body[key];
    if (list !== undefined && list !== null && (!Array.isArray(list) || !list.every(isRecord))) return `${key} is not a list of objects`;
  }
  for (const key of ['membersAdded', 'membersRemoved'] as const) {
    const list = body[key];
    if (Array.isArray(list)) for (const m of list) if (typeof m.id !== 'string' || fieldProblem(m, ACCOUNT_FIELDS, '')) return `${key} holds an account of the wrong shape`;
  }
  return undefined;
}

/** Errors that mean Microsoft's signing keys could not be had (network, or the login service failing). */
function keysUnavailable(err: unknown): boolean {
  const e = err as { name?: string; code?: string; statusCode?: number; type?: string; message?: string };
  if (typeof e?.statusCode === 'number' && e.statusCode >= 500) return true;
  if (e?.name === 'FetchError' || e?.type === 'system') return true;
  return /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|socket hang up|Failed to load/i.test(`${e?.code ?? ''} ${e?.message ?? ''}`);
}

/**
 * The handler for POST /api/messages: a body that cannot be an activity gets 400 and a log line; the
 * rest goes to the adapter (which checks the Bot Framework token when an app id is set) and the bot.
 * Nothing internal reaches the caller: a token that does not hold gets 401, keys that cannot be fetched
 * 503, each with one log line (botbuilder's own process() would print the stack and echo the message).
 */
export function botFrameworkHandler(adapter: BotAdapter, bot: ActivityHandler, logger: Logger): Route['handler'] {
  return async (req, res) => {
    const body = (req as { body?: unknown }).body;
    const problem = activityProblem(body);
    if (problem) {
      logger.warn('activity refused', { reason: problem });
      res.send(400, { error: 'bad_activity' });
      return;
    }
    const activity = body as Activity;
    // botbuilder reads these as dates (its validateAndFixActivity): the raw text is kept beside them.
    for (const key of ['timestamp', 'localTimestamp', 'expiration'] as const) {
      const raw = (activity as unknown as Record<string, unknown>)[key];
      if (typeof raw === 'string') Object.assign(activity, { [`raw${key[0]!.toUpperCase()}${key.slice(1)}`]: raw, [key]: new Date(raw) });
    }
    const authorization = req.headers.authorization;
    let started = false;
    try {
      const invoke = await adapter.processAuthenticated(typeof authorization === 'string' ? authorization : '', activity, async (context) => {
        started = true;
        await bot.run(context);
      });
      if (invoke?.body !== undefined) res.send(invoke.status ?? 200, invoke.body);
      else res.send(invoke?.status ?? 200);
    } catch (e) {
      if (started) throw e; // a failure after the turn began: the server's one error handler answers 500
      const unavailable = keysUnavailable(e);
      logger.warn(unavailable ? 'request refused: Microsoft signing keys unavailable' : 'request refused: token not valid', {
        reason: String((e as Error)?.message ?? e).slice(0, 200),
      });
      res.send(unavailable ? 503 : 401, { error: unavailable ? 'auth_unavailable' : 'unauthorized' });
    }
  };
}

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

export interface BotHooks {
  /** Called with every conversation the bot hears from, so proactive messages can reach it later. */
  rememberConversation?(ref: Partial<ConversationReference>, installed: boolean): Promise<void>;
  forgetConversation?(conversationId: string, reason: string): Promise<void>;
}

export class SodertornsBot extends ActivityHandler {
  constructor(
    private readonly core: Core,
    private readonly logger: Logger,
    private readonly hooks: BotHooks = {},
  ) {
    super();

    this.onMessage(async (context, next) => {
      const a = context.activity;
      const msg: Incoming = {
        conversationId: a.conversation.id,
        channel: 'botframework',
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
      await this.remember(context, false);
      const replies = await this.core.handleMessage(msg);
      for (const r of replies) {
        // A decided confirmation: the card whose button was pressed (replyToId) changes for everyone.
        if (r.sourceCard && typeof a.replyToId === 'string' && a.replyToId) await this.updateCard(context, a.replyToId, r.sourceCard);
        await context.sendActivity(toActivity(r, a.channelId));
      }
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const a = context.activity;
      const botAdded = (a.membersAdded ?? []).some((m) => m.id === a.recipient.id);
      const personalUserAdded =
        a.conversation.conversationType === 'personal' && (a.membersAdded ?? []).some((m) => m.id !== a.recipient.id);
      // The Emulator and web chat add the user and the bot to a fresh conversation: greet once.
      if (botAdded || personalUserAdded || (!a.conversation.conversationType && (a.membersAdded ?? []).length > 0)) {
        await this.remember(context, botAdded);
        await context.sendActivity(toActivity(this.core.welcome(this.lang(context)), a.channelId));
      }
      await next();
    });

    this.onMembersRemoved(async (context, next) => {
      const a = context.activity;
      if ((a.membersRemoved ?? []).some((m) => m.id === a.recipient.id)) {
        await this.hooks.forgetConversation?.(a.conversation.id, 'the bot was removed from the conversation');
      }
      await next();
    });

    this.onInstallationUpdateAdd(async (context, next) => {
      await this.remember(context, true);
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      await this.hooks.forgetConversation?.(context.activity.conversation.id, 'the app was uninstalled');
      await next();
    });
  }

  /** Replaces a card the bot posted (PUT …/activities/<id>); a failure is logged, the answer still goes out. */
  private async updateCard(context: TurnContext, activityId: string, card: Reply): Promise<void> {
    try {
      await context.updateActivity({ ...toActivity(card, context.activity.channelId), id: activityId });
    } catch (e) {
      this.logger.warn('could not update the card', { conversation: context.activity.conversation.id, error: e as Error });
    }
  }

  private lang(context: TurnContext): Lang {
    return /^en/i.test(context.activity.locale ?? '') ? 'en' : 'sv';
  }

  private async remember(context: TurnContext, installed: boolean): Promise<void> {
    if (!this.hooks.rememberConversation) return;
    try {
      await this.hooks.rememberConversation(TurnContext.getConversationReference(context.activity), installed);
    } catch (e) {
      this.logger.warn('could not store the conversation reference', { error: e as Error });
    }
  }
}

// ---- Proactive messages (reminders) ---------------------------------------------------------------
// A ConversationSender (bot/reminders/sender.ts) over adapter.continueConversationAsync. The scheduler
// owns retries (backoff with jitter, injectable for tests), so the connector client's own retry policy is
// taken out of these sends; errors come back with a `code`: GONE, RETRYABLE or FAILED.

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
    if (conversation.channel !== 'botframework') {
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
