// The Slack channel layer: Slack's Events API, interactivity and slash command in, the same core as
// Teams, Block Kit out through the official Web API client. No botbuilder here.
//
// Slack's rules, and where each is kept:
// - every request is signed: verified over the raw body before anything is parsed (verifySlackSignature);
// - acknowledge within 3 seconds: each route answers at once and does the work afterwards, tracked so
//   tests and shutdown can wait for it (idle());
// - events are retried when an answer is slow: an event id is handled once, remembered in the store's
//   runtime.handledKeys so a restart does not answer twice;
// - never answer ourselves: bot messages, our own user and edits are ignored;
// - about one message per second per channel: a small queue per channel (createChannelPacer), and the
//   Web API client waits out a 429's Retry-After before retrying (rejectRateLimitedCalls: false).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type restify from 'restify';
import { ErrorCode, LogLevel, WebClient, type Logger as SlackLogger, type RetryOptions } from '@slack/web-api';
import type { Clock } from '../clock.js';
import type { Core, Incoming } from '../core/bot.js';
import { guessLang } from '../core/bot.js';
import { reply, type Reply } from '../core/reply.js';
import type { Logger } from '../log.js';
import type { Route } from '../server.js';
import type { Store } from '../store/store.js';
import { ACTION_PREFIX, renderBlockKit } from '../../cards/blockkit.js';

export const SLACK_PATHS = {
  events: '/api/slack/events',
  interactions: '/api/slack/interactions',
  commands: '/api/slack/commands',
} as const;

/** Slack refuses requests whose timestamp is more than five minutes off (replay protection). */
export const SIGNATURE_TOLERANCE_SECONDS = 5 * 60;
/** How many handled Slack event ids the store keeps (Slack retries within minutes, so this is ample). */
export const HANDLED_EVENTS_KEPT = 1000;
const EVENT_KEY_PREFIX = 'slack:event:';

/** Slack errors meaning the bot can no longer post there: a subscription to it should be deactivated. */
const GONE_ERRORS = new Set(['channel_not_found', 'not_in_channel', 'is_archived', 'account_inactive']);

// ---- signatures -------------------------------------------------------------------------------

export type SignatureCheck = { ok: true } | { ok: false; reason: 'missing' | 'malformed' | 'stale' | 'mismatch' };

/** Slack's v0 signature: HMAC-SHA256 over "v0:<timestamp>:<raw body>" with the signing secret. */
export function slackSignature(signingSecret: string, timestamp: string, body: Buffer | string): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:`).update(body).digest('hex')}`;
}

export function verifySlackSignature(input: {
  signingSecret: string;
  body: Buffer;
  timestamp: string | undefined;
  signature: string | undefined;
  now: Date;
  toleranceSeconds?: number;
}): SignatureCheck {
  const { timestamp, signature } = input;
  if (!timestamp || !signature) return { ok: false, reason: 'missing' };
  if (!/^\d{1,12}$/.test(timestamp) || !/^v0=[0-9a-f]{64}$/.test(signature)) return { ok: false, reason: 'malformed' };
  const skew = Math.abs(input.now.getTime() / 1000 - Number(timestamp));
  if (skew > (input.toleranceSeconds ?? SIGNATURE_TOLERANCE_SECONDS)) return { ok: false, reason: 'stale' };
  const expected = Buffer.from(slackSignature(input.signingSecret, timestamp, input.body), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'mismatch' };
  return { ok: true };
}

// ---- pacing -----------------------------------------------------------------------------------

export interface PacerTimers {
  /** Monotonic milliseconds. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realTimers: PacerTimers = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface ChannelPacer {
  /** Runs `task` after the previous task for `key` has finished and at least the interval has passed. */
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
}

/** One queue per key (Slack channel): tasks for a key run one at a time, `intervalMs` apart. */
export function createChannelPacer(intervalMs: number, timers: PacerTimers = realTimers): ChannelPacer {
  interface Lane {
    tail: Promise<void>;
    last: number;
    pending: number;
  }
  const lanes = new Map<string, Lane>();
  const prune = () => {
    const now = timers.now();
    for (const [key, lane] of lanes) if (lane.pending === 0 && now - lane.last >= intervalMs) lanes.delete(key);
  };
  return {
    run<T>(key: string, task: () => Promise<T>): Promise<T> {
      let lane = lanes.get(key);
      if (!lane) {
        if (lanes.size >= 100) prune();
        lane = { tail: Promise.resolve(), last: Number.NEGATIVE_INFINITY, pending: 0 };
        lanes.set(key, lane);
      }
      const l = lane;
      l.pending += 1;
      const result = l.tail.then(async () => {
        const wait = l.last + intervalMs - timers.now();
        if (wait > 0) await timers.sleep(wait);
        try {
          return await task();
        } finally {
          l.last = timers.now();
          l.pending -= 1;
        }
      });
      l.tail = result.then(
        () => undefined,
        () => undefined,
      );
      return result;
    },
  };
}

// ---- text from Slack --------------------------------------------------------------------------

/**
 * Slack message text as the user meant it: our own mention removed, other mentions, channels and
 * links turned into readable text, and Slack's three escaped characters restored.
 */
export function textFromSlack(text: string, botUserId?: string): string {
  let t = text;
  if (botUserId) t = t.replace(new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g'), ' ');
  else t = t.replace(/^\s*<@[UW][A-Z0-9]+(\|[^>]*)?>/, ' ');
  t = t
    .replace(/<@([UW][A-Z0-9]+)\|([^>]+)>/g, '@$2')
    .replace(/<@([UW][A-Z0-9]+)>/g, '@$1')
    .replace(/<#[CG][A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<!([a-z]+)(\|[^>]*)?>/g, '@$1')
    .replace(/<((?:https?|mailto):[^|>]+)\|([^>]+)>/g, '$2')
    .replace(/<((?:https?|mailto):[^>]+)>/g, '$1');
  t = t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return t.replace(/\s+/g, ' ').trim();
}

/** Where a conversation lives: "C123" or, for a thread, "C123:1700000000.000100". */
export function slackConversationId(channel: string, threadTs?: string): string {
  return threadTs ? `${channel}:${threadTs}` : channel;
}

export function parseSlackConversationId(id: string): { channel: string; threadTs?: string } {
  const i = id.indexOf(':');
  return i < 0 ? { channel: id } : { channel: id.slice(0, i), threadTs: id.slice(i + 1) };
}

// ---- the channel ------------------------------------------------------------------------------

/** Thrown by send() when Slack says the channel cannot be posted to any more. */
export class SlackChannelGoneError extends Error {
  readonly code = 'GONE';
  constructor(
    readonly channel: string,
    readonly slackError: string,
  ) {
    super(`Slack channel ${channel} cannot be reached: ${slackError}`);
    this.name = 'SlackChannelGoneError';
  }
}

export interface SlackSender {
  /**
   * Posts a reply as Block Kit (with its plain-text fallback) to a Slack channel id, or to a thread as
   * "channel:thread_ts". Paced to about one message per second per channel; a 429 is retried after its
   * Retry-After. Throws SlackChannelGoneError (code 'GONE') for channel_not_found, not_in_channel,
   * is_archived and account_inactive; rethrows any other failure.
   */
  send(slackChannelId: string, reply: Reply): Promise<{ id?: string }>;
  /** Replaces a message the bot posted (its ts) with this reply: chat.update. Errors as send. */
  update(slackChannelId: string, ts: string, reply: Reply): Promise<void>;
}

/**
 * One request from Slack in one shape, whatever the transport (as bolt-js receivers do): an Events API
 * body, an interaction payload, or a slash command's fields, with Slack's time for it where the transport
 * has one (`slackTs`, epoch seconds: the signed request timestamp over HTTP, the event's event_time over
 * Socket Mode). Nothing in it is checked yet.
 */
export type SlackInbound =
  | { kind: 'event'; body: unknown; retryNum?: string; slackTs?: number }
  | { kind: 'interaction'; payload: unknown }
  | { kind: 'command'; form: URLSearchParams; slackTs?: number };

/** How to acknowledge a request at once: with what Slack should show (if anything), or refused. */
export type SlackAck = { ok: true; body?: Json } | { ok: false; status: 400 | 503; error: 'bad_request' | 'shutting_down' };

const BAD_REQUEST: SlackAck = { ok: false, status: 400, error: 'bad_request' };
const SHUTTING_DOWN: SlackAck = { ok: false, status: 503, error: 'shutting_down' };

export interface SlackChannel {
  /** The HTTP routes: signed requests only; with no signing secret, 404s saying Slack comes over Socket Mode. */
  routes(): Route[];
  /** The one handler every transport feeds: starts the work and says how to acknowledge (see SlackInbound). */
  receive(inbound: SlackInbound): SlackAck;
  sender: SlackSender;
  /** The bot's own Slack user id (auth.test, asked once); undefined if Slack could not be asked. */
  botUserId(): Promise<string | undefined>;
  /** Resolves when every acknowledged request has been handled and its answers posted. */
  idle(): Promise<void>;
  /** Stops taking new work and waits for the work in flight. */
  close(): Promise<void>;
}

export interface SlackChannelDeps {
  botToken: string;
  /** Without it the HTTP routes are not served (Slack then comes in over Socket Mode only). */
  signingSecret?: string;
  /** Web API base URL (tests point it at a fake); default https://slack.com/api/. */
  apiUrl?: string;
  core: Core;
  store: Store;
  clock: Clock;
  /** Real time for request freshness; BOT_NOW shifts `clock` for demos but must not make Slack's requests look stale. */
  wallClock?: Clock;
  logger: Logger;
  /** Minimum milliseconds between two messages to one channel. Default 1000 (Slack's guidance). */
  minIntervalMs?: number;
  /** Retry policy for Web API calls that fail on the network or with 429 (after Retry-After). */
  retryConfig?: RetryOptions;
  timers?: PacerTimers;
  /** The App Home tab for one person (next meetings, their channels' reminders, help); none: no Home tab. */
  home?: (input: { userId: string; channels?: Array<{ id: string; name: string }> }) => Reply[];
}

/** Retries: a 429 is first waited out for its Retry-After by the client itself, then retried. */
export const DEFAULT_RETRY: RetryOptions = { retries: 5, factor: 2, minTimeout: 250, maxTimeout: 30_000, randomize: true };

/** Our logger as the Slack clients' logger (`name` is the log line's message). */
export function slackLogger(logger: Logger, name = 'slack web api'): SlackLogger {
  let level = LogLevel.INFO;
  const text = (msg: unknown[]) => msg.map((m) => (typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
  return {
    debug: () => undefined, // request bodies and envelopes (what members wrote); never needed in our logs
    info: (...msg: unknown[]) => logger.info(name, { detail: text(msg) }),
    warn: (...msg: unknown[]) => logger.warn(name, { detail: text(msg) }),
    error: (...msg: unknown[]) => logger.error(name, { detail: text(msg) }),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}

function header(req: restify.Request, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function rawBody(req: restify.Request): Buffer {
  const b = (req as { body?: unknown }).body;
  if (Buffer.isBuffer(b)) return b;
  if (typeof b === 'string') return Buffer.from(b, 'utf8');
  return Buffer.alloc(0);
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** Input values of a message or a modal ({block: {action: state}}), flattened to {action_id: value}. */
export function flattenState(values: unknown): Json {
  // Action ids come from the request: a prototype-less object keeps "__proto__" an ordinary key.
  const out: Json = Object.create(null) as Json;
  if (!isObject(values)) return out;
  for (const block of Object.values(values)) {
    if (!isObject(block)) continue;
    for (const [actionId, state] of Object.entries(block)) {
      if (!isObject(state)) continue;
      const opt = (o: unknown) => (isObject(o) ? o.value : undefined);
      const v =
        state.value ??
        opt(state.selected_option) ??
        (Array.isArray(state.selected_options) ? state.selected_options.map(opt) : undefined) ??
        state.selected_date ??
        state.selected_time ??
        state.selected_date_time ??
        state.selected_user ??
        state.selected_users ??
        state.selected_channel ??
        state.selected_conversation;
      if (v !== undefined && v !== null) out[actionId] = v;
    }
  }
  return out;
}

interface Target {
  channel: string;
  threadTs?: string;
  /** A slash command's or interaction's response_url: the way in when the bot is not in the channel. */
  responseUrl?: string;
  /** The ts of the message whose button was pressed (a decided confirmation updates it: chat.update). */
  sourceTs?: string;
}

export function createSlackChannel(deps: SlackChannelDeps): SlackChannel {
  const { core, store, clock, logger, signingSecret } = deps;
  const apiUrl = deps.apiUrl ? deps.apiUrl.replace(/\/*$/, '/') : undefined;
  const client = new WebClient(deps.botToken, {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    logger: slackLogger(logger),
    retryConfig: deps.retryConfig ?? DEFAULT_RETRY,
    rejectRateLimitedCalls: false,
    allowAbsoluteUrls: false,
    timeout: 30_000,
  });
  const pacer = createChannelPacer(deps.minIntervalMs ?? 1000, deps.timers);
  const inflight = new Set<Promise<unknown>>();
  let closed = false;

  /** Keeps a handle on work that outlives its request, so idle() and close() can wait for it. */
  function hold(work: Promise<unknown>): void {
    const p = work.then(
      () => undefined,
      () => undefined,
    );
    inflight.add(p);
    void p.finally(() => inflight.delete(p));
  }

  function track(work: Promise<unknown>): void {
    hold(work.catch((e: unknown) => logger.error('slack work failed', { error: e as Error })));
  }

  let identity: Promise<string | undefined> | undefined;
  function botUserId(): Promise<string | undefined> {
    identity ??= client.auth.test().then(
      (r) => {
        logger.info('slack bot identity', { userId: r.user_id, team: r.team_id });
        return r.user_id;
      },
      (e: unknown) => {
        logger.warn('slack auth.test failed; own messages are recognised by the event only', { error: e as Error });
        return undefined;
      },
    );
    return identity;
  }

  // -- sending --

  function goneOr(e: unknown, channel: string): unknown {
    const err = e as { code?: unknown; data?: { error?: unknown } };
    const slackError = err.code === ErrorCode.PlatformError && typeof err.data?.error === 'string' ? err.data.error : undefined;
    return slackError && GONE_ERRORS.has(slackError) ? new SlackChannelGoneError(channel, slackError) : e;
  }

  async function updateMessage(channel: string, ts: string, r: Reply): Promise<void> {
    const message = renderBlockKit(r);
    try {
      await pacer.run(channel, () => client.chat.update({ channel, ts, text: message.text, blocks: message.blocks }));
    } catch (e) {
      throw goneOr(e, channel);
    }
  }

  async function post(target: Target, r: Reply): Promise<{ id?: string }> {
    const message = renderBlockKit(r);
    try {
      const res = await pacer.run(target.channel, () =>
        client.chat.postMessage({
          channel: target.channel,
          text: message.text,
          blocks: message.blocks,
          ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
          unfurl_links: false,
          unfurl_media: false,
        }),
      );
      return { id: typeof res.ts === 'string' ? res.ts : undefined };
    } catch (e) {
      throw goneOr(e, target.channel);
    }
  }

  const sender: SlackSender = {
    async send(slackChannelId, r) {
      const { channel, threadTs } = parseSlackConversationId(slackChannelId);
      const work = post({ channel, threadTs }, r);
      hold(work); // the caller sees the outcome; shutdown only waits for it
      return work;
    },
    async update(slackChannelId, ts, r) {
      const work = updateMessage(parseSlackConversationId(slackChannelId).channel, ts, r);
      hold(work);
      await work;
    },
  };

  /** Only Slack's own hosts (or the configured API's host, for tests) may receive a response_url post. */
  function allowedResponseUrl(url: string): boolean {
    try {
      const u = new URL(url);
      if (u.protocol === 'https:' && u.hostname === 'hooks.slack.com') return true;
      return apiUrl !== undefined && u.origin === new URL(apiUrl).origin;
    } catch {
      return false;
    }
  }

  async function postToResponseUrl(url: string, r: Reply): Promise<void> {
    if (!allowedResponseUrl(url)) throw new Error('response_url is not a Slack URL');
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ response_type: 'in_channel', replace_original: false, ...renderBlockKit(r) }),
    });
    if (!res.ok) throw new Error(`response_url answered ${res.status}`);
  }

  function errorReply(text: string): Reply {
    return guessLang(text) === 'en'
      ? reply('error', 'en', 'Something went wrong on my side. Please try again shortly.', [])
      : reply('error', 'sv', 'Något gick fel hos mig. Försök igen om en stund.', []);
  }

  /** The core's answer to one message, posted where the message came from. */
  async function answer(target: Target, msg: Incoming): Promise<void> {
    let replies: Reply[];
    try {
      replies = await core.handleMessage(msg);
    } catch (e) {
      logger.error('slack turn failed', { error: e as Error, conversation: msg.conversationId });
      replies = [errorReply(msg.text)];
    }
    for (const r of replies) {
      if (r.sourceCard && target.sourceTs) {
        await updateMessage(target.channel, target.sourceTs, r.sourceCard).catch((e: unknown) =>
          logger.warn('slack card update failed', { error: e as Error, channel: target.channel }),
        );
      }
      try {
        await post(target, r);
      } catch (e) {
        if (e instanceof SlackChannelGoneError && target.responseUrl) {
          // Slash commands work in channels the bot has not joined; their response_url still reaches them.
          await postToResponseUrl(target.responseUrl, r);
          continue;
        }
        logger.error('slack reply failed', { error: e as Error, channel: target.channel, kind: r.kind });
        return;
      }
    }
  }

  /**
   * Records an event id (or a slash command's trigger_id, as `trigger:…`) as handled; false when it already
   * was (a retry or a replay). Atomic: updates are serialised.
   */
  async function claimEvent(eventId: string): Promise<boolean> {
    const key = `${EVENT_KEY_PREFIX}${eventId}`;
    return store.claimKey(key, clock.now().toISOString(), { prefix: EVENT_KEY_PREFIX, count: HANDLED_EVENTS_KEPT });
  }

  // -- App Home --

  /** Slack's limit of blocks in a Home tab view. */
  const HOME_BLOCKS = 100;

  async function publishHome(user: string): Promise<void> {
    if (!deps.home) return;
    let channels: Array<{ id: string; name: string }> | undefined;
    try {
      const r = await client.users.conversations({ user, types: 'public_channel', exclude_archived: true, limit: 200 });
      channels = (r.channels ?? []).flatMap((c) => (typeof c.id === 'string' ? [{ id: c.id, name: typeof c.name === 'string' ? c.name : c.id }] : []));
    } catch (e) {
      logger.warn('slack users.conversations failed; the Home tab shows no channels', { error: e as Error });
    }
    const replies = deps.home({ userId: user, channels });
    const blocks = replies.flatMap((r, i) => [...(i > 0 ? [{ type: 'divider' }] : []), ...renderBlockKit(r).blocks]).slice(0, HOME_BLOCKS);
    await client.views.publish({ user_id: user, view: { type: 'home', blocks: blocks as never } });
    logger.info('slack home published', { blocks: blocks.length });
  }

  // -- events --

  async function handleEvent(body: Json, retryNum: string | undefined, sent?: Date): Promise<void> {
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
    const own = await botUserId();
    const ownIds = new Set([...(own ? [own] : []), ...fromAuth]);

    // Never answer a bot (ourselves included), an edit, a deletion or a join notice.
    if (event.bot_id || !user || ownIds.has(user) || (subtype && subtype !== 'thread_broadcast' && subtype !== 'file_share')) {
      logger.debug('slack event ignored', { eventId, type, subtype, reason: 'not a person writing' });
      return;
    }
    if (type === 'app_home_opened') {
      if (event.tab === 'home') await publishHome(user);
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

    if (eventId) {
      let fresh = true;
      try {
        fresh = await claimEvent(eventId);
      } catch (e) {
        // Better to risk a double answer than to drop a question.
        logger.error('could not record a handled slack event', { error: e as Error, eventId });
      }
      if (!fresh) {
        logger.info('slack event already handled', { eventId, retryNum });
        return;
      }
    }

    const threadTs = str(event.thread_ts);
    const mentionId = own ?? [...ownIds][0];
    const text = textFromSlack(str(event.text) ?? '', mentionId);
    await answer({ channel, threadTs }, { channel: 'slack', conversationId: slackConversationId(channel, threadTs), userId: user, text, sentAt: sent });
  }

  // -- interactions --

  async function handleInteraction(payload: Json): Promise<void> {
    const user = isObject(payload.user) ? str(payload.user.id) : undefined;
    if (!user) return;
    const responseUrl = str(payload.response_url);

    if (payload.type === 'block_actions') {
      const action = Array.isArray(payload.actions) ? payload.actions.find(isObject) : undefined;
      if (!action) return;
      const actionId = str(action.action_id) ?? '';
      const raw = typeof action.value === 'string' ? action.value : undefined;
      if (actionId.startsWith(ACTION_PREFIX.url) || raw === undefined) return; // a link: Slack opened it
      const container = isObject(payload.container) ? payload.container : {};
      const message = isObject(payload.message) ? payload.message : {};
      const channel = (isObject(payload.channel) ? str(payload.channel.id) : undefined) ?? str(container.channel_id) ?? user;
      const threadTs = str(message.thread_ts) ?? str(container.thread_ts);
      // Slack's interaction payload names the user (user.name): shown on a decided confirmation card.
      const userName = isObject(payload.user) ? str(payload.user.name) : undefined;
      const base = { channel: 'slack' as const, conversationId: slackConversationId(channel, threadTs), userId: user, ...(userName ? { userName } : {}) };
      let msg: Incoming;
      let data: Json | undefined;
      if (actionId.startsWith(ACTION_PREFIX.submit) || (!actionId.startsWith(ACTION_PREFIX.message) && raw.startsWith('{'))) {
        try {
          const parsed: unknown = JSON.parse(raw);
          if (isObject(parsed)) data = parsed;
        } catch {
          /* not data: treat as text below */
        }
      }
      if (data) {
        // Like Action.Submit: the inputs of the message, overlaid with the button's own data.
        const state = isObject(payload.state) ? flattenState(payload.state.values) : {};
        msg = { ...base, text: '', value: { ...state, ...data } };
      } else {
        msg = { ...base, text: raw };
      }
      await answer({ channel, threadTs, responseUrl, sourceTs: str(container.message_ts) ?? str(message.ts) }, msg);
      return;
    }

    if (payload.type === 'view_submission' && isObject(payload.view)) {
      const view = payload.view;
      let meta: Json = {};
      try {
        const parsed: unknown = JSON.parse(str(view.private_metadata) ?? '{}');
        if (isObject(parsed)) meta = parsed;
      } catch {
        /* no metadata */
      }
      const channel = str(meta.channel) ?? user;
      const threadTs = str(meta.threadTs);
      const fields = isObject(view.state) ? flattenState(view.state.values) : {};
      const value = { ...(isObject(meta.data) ? meta.data : {}), ...fields };
      await answer(
        { channel, threadTs },
        { channel: 'slack', conversationId: slackConversationId(channel, threadTs), userId: user, text: '', value },
      );
    }
  }

  // -- one way in for every transport --

  /**
   * When the member sent the request, on the bot's clock: from Slack's own time for it (epoch seconds: a
   * signed request's timestamp, an event's event_time), how long ago by the wall clock, taken from the
   * bot's now (the two differ under BOT_NOW); without one (a slash command over Socket Mode, which
   * arrives as it is sent), now.
   */
  function sentAt(slackTs: number | undefined): Date {
    if (slackTs === undefined || !Number.isFinite(slackTs)) return clock.now();
    const age = (deps.wallClock ?? clock).now().getTime() - slackTs * 1000;
    return new Date(clock.now().getTime() - Math.max(0, age));
  }

  /**
   * Takes one request from Slack, however it came (a signed HTTP request or a Socket Mode envelope):
   * checks its shape, starts the work (tracked, so idle() and close() can wait for it) and says how to
   * acknowledge it at once. The HTTP routes below and the Socket Mode receiver (slackSocket.ts) both
   * come through here, so they answer alike.
   */
  function receive(inbound: SlackInbound): SlackAck {
    switch (inbound.kind) {
      case 'event': {
        const body = inbound.body;
        if (!isObject(body)) return BAD_REQUEST;
        if (body.type === 'url_verification') return { ok: true, body: { challenge: body.challenge } };
        if (closed) return SHUTTING_DOWN;
        if (body.type === 'event_callback') track(handleEvent(body, inbound.retryNum, sentAt(inbound.slackTs)));
        return { ok: true };
      }
      case 'interaction': {
        if (!isObject(inbound.payload)) return BAD_REQUEST;
        if (closed) return SHUTTING_DOWN;
        track(handleInteraction(inbound.payload));
        // An empty acknowledgement acknowledges a click and closes a submitted modal.
        return { ok: true };
      }
      case 'command': {
        const form = inbound.form;
        const channel = str(form.get('channel_id'));
        const user = str(form.get('user_id'));
        if (!channel || !user) return BAD_REQUEST;
        if (closed) return SHUTTING_DOWN;
        const text = textFromSlack(form.get('text') ?? '');
        const triggerId = str(form.get('trigger_id'));
        const sent = sentAt(inbound.slackTs);
        track(
          (async () => {
            // A signed command replayed within Slack's five minutes carries the same trigger_id: once only.
            if (triggerId && !(await claimEvent(`trigger:${triggerId}`).catch(() => true))) {
              logger.info('slack command already handled', { triggerId });
              return;
            }
            await answer({ channel, responseUrl: str(form.get('response_url')) }, { channel: 'slack', conversationId: channel, userId: user, text, sentAt: sent });
          })(),
        );
        // in_channel: the question stays visible in the channel, and the answer follows it there.
        return { ok: true, body: { response_type: 'in_channel' } };
      }
    }
  }

  // -- HTTP: each route checks the signature, turns the request into an inbound, answers the ack --

  function verified(req: restify.Request, res: restify.Response, path: string, secret: string): Buffer | undefined {
    const body = rawBody(req);
    const check = verifySlackSignature({
      signingSecret: secret,
      body,
      timestamp: header(req, 'x-slack-request-timestamp'),
      signature: header(req, 'x-slack-signature'),
      now: (deps.wallClock ?? clock).now(),
    });
    if (!check.ok) {
      logger.warn('slack request refused', { path, reason: check.reason });
      res.send(401, { error: 'invalid_signature' });
      return undefined;
    }
    return body;
  }

  function respond(res: restify.Response, ack: SlackAck): void {
    if (!ack.ok) res.send(ack.status, { error: ack.error });
    else if (ack.body) res.send(200, ack.body);
    else res.send(200);
  }

  /** The signed request's timestamp (verified fresh by then). */
  const signedAt = (req: restify.Request): number | undefined => {
    const ts = Number(header(req, 'x-slack-request-timestamp'));
    return Number.isFinite(ts) ? ts : undefined;
  };

  /** undefined when the body is not what it should be (the route answers 400). */
  const parseJson = (text: string): unknown => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  };

  function httpRoutes(secret: string): Route[] {
    const route = (path: string, toInbound: (body: Buffer, req: restify.Request) => SlackInbound): Route => ({
      method: 'post',
      path,
      raw: true,
      handler: (req, res) => {
        const body = verified(req, res, path, secret);
        if (body) respond(res, receive(toInbound(body, req)));
      },
    });
    return [
      route(SLACK_PATHS.events, (body, req) => ({
        kind: 'event',
        body: parseJson(body.toString('utf8')),
        retryNum: header(req, 'x-slack-retry-num'),
        slackTs: signedAt(req),
      })),
      route(SLACK_PATHS.interactions, (body) => ({
        kind: 'interaction',
        payload: parseJson(new URLSearchParams(body.toString('utf8')).get('payload') ?? ''),
      })),
      route(SLACK_PATHS.commands, (body, req) => ({ kind: 'command', form: new URLSearchParams(body.toString('utf8')), slackTs: signedAt(req) })),
    ];
  }

  // Without a signing secret Slack comes in over Socket Mode only: the HTTP paths are not served.
  const routes: Route[] = signingSecret
    ? httpRoutes(signingSecret)
    : notServed('slack_http_off', 'Slack comes in over Socket Mode here; set SLACK_SIGNING_SECRET to take Slack over HTTP too.');

  // Ask Slack who we are right away, without holding up the start; a failure is logged, not fatal.
  void botUserId();
  logger.info('slack channel on', { paths: signingSecret ? Object.values(SLACK_PATHS) : [], api: apiUrl ?? 'https://slack.com/api/' });

  async function idle(): Promise<void> {
    while (inflight.size > 0) await Promise.allSettled([...inflight]);
  }

  return {
    routes: () => routes,
    receive,
    sender,
    botUserId,
    idle,
    async close() {
      closed = true;
      await idle();
    },
  };
}

/**
 * The Slack routes: the channel's own when Slack is configured, otherwise the same paths answering
 * 404 with a short note (so a misconfigured Slack app sees why, and nothing else is exposed).
 */
export function slackRoutes(channel: SlackChannel | undefined): Route[] {
  if (channel) return channel.routes();
  return notServed('slack_not_configured', 'Slack is off: set SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode).');
}

/** The Slack paths answering 404 with a short note. */
function notServed(error: string, message: string): Route[] {
  return Object.values(SLACK_PATHS).map<Route>((path) => ({
    method: 'post',
    path,
    handler: (_req, res) => {
      res.send(404, { error, message });
    },
  }));
}
