// The Bot Framework's way in: the adapter (token checks, one error handler for every turn) and the
// POST /api/messages handler, which refuses what cannot be an activity before botbuilder sees it.
import { ActivityTypes, CloudAdapter, ConfigurationBotFrameworkAuthentication, type ActivityHandler, type Activity, type TurnContext } from 'botbuilder';
import type { Config } from '../../config.js';
import type { Receiver } from '../../core/receive.js';
import type { Logger } from '../../log.js';
import type { Route } from '../../server.js';

/** CloudAdapter with its activity processing reachable, so the handler answers auth failures itself. */
export class BotAdapter extends CloudAdapter {
  processAuthenticated(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>) {
    return this.processActivity(authHeader, activity, logic);
  }
}

export interface AdapterOptions {
  /** Where Microsoft's signing keys are published (tests point it at a loopback fake login). */
  openIdMetadataUrl?: string;
  /** The receiving pipeline's apology for a failed turn (the same words every channel uses); without it, the turn's failure is only logged. */
  errorReply?: Receiver['errorReply'];
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
  // One error handler for what fails in a turn outside the pipeline (core/receive.ts answers the core's
  // own failures): log the detail, tell the user briefly, never show a stack trace.
  adapter.onTurnError = async (context, error) => {
    logger.error('turn failed', {
      error: error instanceof Error ? error : String(error),
      conversation: context.activity.conversation?.id,
      activityType: context.activity.type,
    });
    try {
      if (context.activity.type === ActivityTypes.Message && options.errorReply) {
        // A failure after the core answered (sending it): the same short apology the pipeline gives, as text.
        await context.sendActivity(options.errorReply(context.activity.text ?? '', context.activity.locale).title);
      }
    } catch (e) {
      logger.error('could not report the error to the user', { error: e as Error });
    }
  };
  return adapter;
}

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
