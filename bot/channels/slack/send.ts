// Slack out: the Web API client, replies rendered as Block Kit (cards/blockkit.ts) and posted where the
// message came from or proactively, paced per channel. Failures that mean the bot can no longer post
// there are the one send error (core/send.ts) with code GONE; the neutral send turns every other failure
// into that error too, so reminders and notices see one kind whatever the channel.
import { ErrorCode, LogLevel, WebClient, type Logger as SlackLogger, type RetryOptions } from '@slack/web-api';
import { SendError, type ConversationSender } from '../../core/send.js';
import type { Reply } from '../../core/reply.js';
import type { Logger } from '../../log.js';
import type { Conversation } from '../../store/schema.js';
import { renderBlockKit } from '../../../cards/blockkit.js';
import { createChannelPacer, type PacerTimers } from './pacer.js';
import { parseSlackConversationId } from './text.js';

/** The name Slack conversations are stored under. */
export const SLACK = 'slack';

/** Slack errors meaning the bot can no longer post there: a subscription to it should be deactivated. */
const GONE_ERRORS = new Set(['channel_not_found', 'not_in_channel', 'is_archived', 'account_inactive']);

/** Thrown by send() when Slack says the channel cannot be posted to any more: the send error GONE. */
export class SlackChannelGoneError extends SendError {
  constructor(
    readonly channel: string,
    readonly slackError: string,
  ) {
    super('GONE', `Slack channel ${channel} cannot be reached: ${slackError}`, { serviceCode: slackError });
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


/** Where a turn's answers go: the message's channel (and thread), with the ways around a channel the bot is not in. */
export interface Target {
  channel: string;
  threadTs?: string;
  /** A slash command's or interaction's response_url: the way in when the bot is not in the channel. */
  responseUrl?: string;
  /** The ts of the message whose button was pressed (a decided confirmation updates it: chat.update). */
  sourceTs?: string;
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

export interface SlackWebDeps {
  botToken: string;
  /** Web API base URL (tests point it at a fake), with its trailing slash; default https://slack.com/api/. */
  apiUrl?: string;
  logger: Logger;
  /** Minimum milliseconds between two messages to one channel. Default 1000 (Slack's guidance). */
  minIntervalMs?: number;
  /** Retry policy for Web API calls that fail on the network or with 429 (after Retry-After). */
  retryConfig?: RetryOptions;
  timers?: PacerTimers;
  /** Keeps a handle on work that outlives its request (shutdown waits for it). */
  hold(work: Promise<unknown>): void;
}

export interface SlackWeb {
  client: WebClient;
  /** Proactive sends by Slack channel id (see SlackSender). */
  sender: SlackSender;
  /** The same as the neutral send interface: by stored conversation, every failure a SendError. */
  conversations: Required<ConversationSender>;
  /** A turn's answers, posted in order where the message came from. */
  deliver(target: Target, replies: Reply[]): Promise<void>;
  /** The bot's own Slack user id (auth.test, asked once); undefined if Slack could not be asked. */
  botUserId(): Promise<string | undefined>;
}

export function createSlackWeb(deps: SlackWebDeps): SlackWeb {
  const { logger, apiUrl, hold } = deps;
  const client = new WebClient(deps.botToken, {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    logger: slackLogger(logger),
    retryConfig: deps.retryConfig ?? DEFAULT_RETRY,
    rejectRateLimitedCalls: false,
    allowAbsoluteUrls: false,
    timeout: 30_000,
  });
  const pacer = createChannelPacer(deps.minIntervalMs ?? 1000, deps.timers);

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

  async function deliver(target: Target, replies: Reply[]): Promise<void> {
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

  /** A stored conversation's Slack channel (and thread). */
  const slackId = (conversation: Conversation) => String(conversation.reference.channel ?? conversation.id);
  /** Any failure as the one send error: GONE as it is, the rest (Slack's own code kept in the message) FAILED. */
  const asSendError = (e: unknown): SendError => {
    if (e instanceof SendError) return e;
    const err = e as { code?: unknown; message?: unknown };
    const code = typeof err?.code === 'string' ? err.code : undefined;
    return new SendError('FAILED', `Slack: ${code ? `${code}: ` : ''}${typeof err?.message === 'string' ? err.message : String(e)}`, { serviceCode: code });
  };

  return {
    client,
    sender,
    conversations: {
      send: (conversation, r) => sender.send(slackId(conversation), r).catch((e: unknown) => Promise.reject(asSendError(e))),
      update: (conversation, ts, r) => sender.update(slackId(conversation), ts, r).catch((e: unknown) => Promise.reject(asSendError(e))),
    },
    deliver,
    botUserId,
  };
}
