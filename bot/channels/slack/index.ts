// The Slack channel: the only place with the Slack SDKs, split by concern —
//   verify.ts (request signatures), http.ts (the HTTP paths), socket.ts (Socket Mode), inbound.ts (one way in
//   for both, with the three-second acknowledgement), events.ts, interactivity.ts, commands.ts, home.ts (what
//   each kind of request means), answer.ts (a turn through the receiving pipeline), send.ts (Web API, Block
//   Kit out, proactive sends), pacer.ts and text.ts (pure helpers).
// It never writes the store: conversation memory and de-duplication are the pipeline's (core/receive.ts).
//
// Slack's rules, and where each is kept:
// - every request is signed: verified over the raw body before anything is parsed (verify.ts, http.ts);
// - acknowledge within 3 seconds: each request is answered at once and the work done afterwards, tracked
//   so tests and shutdown can wait for it (idle());
// - events are retried when an answer is slow: an event id is answered once (the pipeline's delivery ids);
// - never answer ourselves: bot messages, our own user and edits are ignored (events.ts);
// - about one message per second per channel: a small queue per channel (pacer.ts), and the Web API
//   client waits out a 429's Retry-After before retrying (rejectRateLimitedCalls: false).
import type { RetryOptions } from '@slack/web-api';
import type { Clock } from '../../clock.js';
import type { Receiver } from '../../core/receive.js';
import type { Logger } from '../../log.js';
import type { Route } from '../../server.js';
import type { Channel } from '../channel.js';
import { createAnswer } from './answer.js';
import type { HomeView } from './home.js';
import { httpRoutes, notServed, SLACK_PATHS } from './http.js';
import { createInbound, type SlackAck, type SlackInbound } from './inbound.js';
import type { PacerTimers } from './pacer.js';
import { createSlackWeb, SLACK, type SlackSender } from './send.js';
import { createSlackSocket, type SlackSocketDeps } from './socket.js';

export { SLACK_PATHS, slackOffRoutes } from './http.js';
export type { SlackAck, SlackInbound } from './inbound.js';
export { createChannelPacer, type ChannelPacer, type PacerTimers } from './pacer.js';
export { DEFAULT_RETRY, SLACK, SlackChannelGoneError, slackLogger, type SlackSender } from './send.js';
export { createSlackSocket, inboundFromEnvelope, SOCKET_RETRY, type SlackSocket, type SlackSocketDeps } from './socket.js';
export { flattenState, parseSlackConversationId, slackConversationId, textFromSlack } from './text.js';
export { SIGNATURE_TOLERANCE_SECONDS, slackSignature, verifySlackSignature, type SignatureCheck } from './verify.js';

export interface SlackChannel extends Channel {
  /** The one handler every transport feeds: starts the work and says how to acknowledge (see SlackInbound). */
  receive(inbound: SlackInbound): SlackAck;
  /** Proactive sends by Slack channel id ("C123", "C123:thread_ts"), with Slack's own errors. */
  sender: SlackSender;
  /** The bot's own Slack user id (auth.test, asked once); undefined if Slack could not be asked. */
  botUserId(): Promise<string | undefined>;
  /** Resolves when every acknowledged request has been handled and its answers posted. */
  idle(): Promise<void>;
  start(): void;
  stop(): Promise<void>;
  close(): Promise<void>;
}

export interface SlackChannelDeps {
  botToken: string;
  /** Without it the HTTP routes are not served (Slack then comes in over Socket Mode only). */
  signingSecret?: string;
  /** With it, Slack is also taken over Socket Mode (the bot connects out; no public URL needed). */
  appToken?: string;
  /** Socket Mode timings (tests keep the reconnect waits short). */
  socket?: Pick<SlackSocketDeps, 'pingTimeoutMs' | 'serverPingTimeoutMs' | 'retryConfig' | 'restartDelayMs'>;
  /** Web API base URL (tests point it at a fake); default https://slack.com/api/. */
  apiUrl?: string;
  /** The receiving pipeline every turn goes through (core/receive.ts). */
  receiver: Receiver;
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
  home?: HomeView;
}

export function createSlackChannel(deps: SlackChannelDeps): SlackChannel {
  const { clock, logger, signingSecret } = deps;
  const apiUrl = deps.apiUrl ? deps.apiUrl.replace(/\/*$/, '/') : undefined;
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

  const web = createSlackWeb({ botToken: deps.botToken, apiUrl, logger, minIntervalMs: deps.minIntervalMs, retryConfig: deps.retryConfig, timers: deps.timers, hold });
  const answer = createAnswer(deps.receiver, web);
  const receive = createInbound({ web, answer, logger, home: deps.home, clock, wallClock: deps.wallClock, track, closed: () => closed });

  // Without a signing secret Slack comes in over Socket Mode only: the HTTP paths are not served.
  const routes: Route[] = signingSecret
    ? httpRoutes({ signingSecret, receive, wallClock: deps.wallClock ?? clock, logger })
    : notServed('slack_http_off', 'Slack comes in over Socket Mode here; set SLACK_SIGNING_SECRET to take Slack over HTTP too.');
  const socket = deps.appToken ? createSlackSocket({ appToken: deps.appToken, apiUrl, channel: { receive }, logger, ...deps.socket }) : undefined;

  // Ask Slack who we are right away, without holding up the start; a failure is logged, not fatal.
  void web.botUserId();
  logger.info('slack channel on', { paths: signingSecret ? Object.values(SLACK_PATHS) : [], api: apiUrl ?? 'https://slack.com/api/' });

  async function idle(): Promise<void> {
    while (inflight.size > 0) await Promise.allSettled([...inflight]);
  }

  let socketClosed: Promise<void> | undefined;
  const stop = () => (socketClosed ??= socket ? socket.close() : Promise.resolve());

  return {
    name: SLACK,
    routes: () => routes,
    start: () => socket?.start(),
    stop,
    send: web.conversations.send,
    update: web.conversations.update,
    receive,
    sender: web.sender,
    botUserId: web.botUserId,
    idle,
    async close() {
      await stop();
      closed = true;
      await idle();
    },
  };
}
