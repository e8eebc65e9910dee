// Slack over Socket Mode: the bot connects out to Slack, so it needs no public URL and can run on an
// internal server. The official client (@slack/socket-mode) keeps the connection; every envelope goes to
// the same handler as the HTTP routes (inbound.ts, SlackChannel.receive) and is acknowledged with the same immediate
// payload those routes answer with. No botbuilder here.
//
// The protocol, as the client speaks it (slackapi/node-slack-sdk, packages/socket-mode):
// - apps.connections.open, with the App-Level Token (xapp-…, scope connections:write), returns a wss URL;
// - Slack sends {type: 'hello'} when the connection is ready, then envelopes
//   {envelope_id, type: 'events_api' | 'interactive' | 'slash_commands', payload, accepts_response_payload,
//   retry_attempt?}; each is acknowledged with {envelope_id, payload} within three seconds, or Slack sends it
//   again (an events_api envelope's event_id is then answered once, as over HTTP);
// - Slack sends {type: 'disconnect'} before it recycles a connection (every few hours), and connections
//   also just drop: the client opens a new one, waiting `pingTimeoutMs` × the failures in a row.
import { SocketModeClient, UnrecoverableSocketModeStartError, type SocketModeOptions } from '@slack/socket-mode';
import type { AppsConnectionsOpenResponse, RetryOptions } from '@slack/web-api';
import { newRequestId, withRequestId, type Logger } from '../../log.js';
import type { SlackAck, SlackInbound } from './inbound.js';
import { slackLogger } from './send.js';

export interface SlackSocketDeps {
  appToken: string;
  /** Web API base URL for apps.connections.open (tests point it at a fake); default https://slack.com/api/. */
  apiUrl?: string;
  /** The one way in (inbound.ts) the HTTP routes use too. */
  channel: { receive(inbound: SlackInbound): SlackAck };
  logger: Logger;
  /**
   * How long to wait for a pong before the connection counts as dead; also the unit of the client's
   * reconnect wait (this × failures in a row). Default 5000, the client's own.
   */
  pingTimeoutMs?: number;
  /** How long without a ping from Slack before the connection counts as dead. Default 30000. */
  serverPingTimeoutMs?: number;
  /** Retries of apps.connections.open inside one attempt to connect. */
  retryConfig?: RetryOptions;
  /** First wait before connecting again when an attempt failed outright (doubling, up to 60 s). Default 2000. */
  restartDelayMs?: number;
}

export interface SlackSocket {
  /** Connects (in the background: the rest of the bot does not wait for Slack). */
  start(): void;
  /** Stops taking envelopes and closes the connection; work already taken finishes in the channel. */
  close(): Promise<void>;
}

/** A few bounded retries per attempt; beyond those, start() is tried again with a growing wait. */
export const SOCKET_RETRY: RetryOptions = { retries: 5, factor: 2, minTimeout: 1000, maxTimeout: 30_000, randomize: true };
const RESTART_MAX_MS = 60_000;

/** What the client emits as 'slack_event' for every envelope. */
interface Envelope {
  ack(payload?: Record<string, unknown>): Promise<void>;
  envelope_id?: string;
  type?: string;
  body?: unknown;
  retry_num?: number;
  retry_reason?: string;
}

const UNRECOVERABLE = new Set<string>(Object.values(UnrecoverableSocketModeStartError));

/** Slack's error code from a failed Web API call ({data: {error}}), if it is one. */
function slackError(e: unknown): string | undefined {
  const data = (e as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

/** An envelope as the channel's one inbound shape; undefined for a type the bot does not take. */
export function inboundFromEnvelope(type: string | undefined, payload: unknown, retryAttempt?: number): SlackInbound | undefined {
  switch (type) {
    case 'events_api': {
      // No signed request timestamp here: the event's own event_time says when it happened.
      const eventTime = typeof payload === 'object' && payload !== null ? (payload as { event_time?: unknown }).event_time : undefined;
      return {
        kind: 'event',
        body: payload,
        retryNum: retryAttempt ? String(retryAttempt) : undefined,
        slackTs: typeof eventTime === 'number' && Number.isFinite(eventTime) ? eventTime : undefined,
      };
    }
    case 'interactive':
      return { kind: 'interaction', payload };
    case 'slash_commands': {
      // Over HTTP a slash command is a form; here the same fields arrive as JSON. Only strings are fields.
      const form = new URLSearchParams();
      if (typeof payload === 'object' && payload !== null && !Array.isArray(payload)) {
        for (const [k, v] of Object.entries(payload)) if (typeof v === 'string') form.append(k, v);
      }
      return { kind: 'command', form };
    }
    default:
      return undefined;
  }
}

/**
 * The official client, with two failures kept from escaping as unhandled rejections (which end the
 * process): a reconnect whose start() fails is not observed by the client (slackapi/node-slack-sdk#2656,
 * also when close() meets a reconnect under way), and an envelope that throws while being dispatched
 * (an events_api envelope without an event) rejects inside the client's message listener.
 */
class ObservedSocketModeClient extends SocketModeClient {
  constructor(
    options: SocketModeOptions,
    private readonly failed: (what: 'start' | 'message', e: unknown) => void,
  ) {
    super(options);
  }

  override start(): Promise<AppsConnectionsOpenResponse> {
    return super.start().catch((e: unknown) => {
      this.failed('start', e);
      return undefined as unknown as AppsConnectionsOpenResponse;
    });
  }

  protected override async onWebSocketMessage(data: string | ArrayBuffer, isBinary: boolean): Promise<void> {
    try {
      await super.onWebSocketMessage(data, isBinary);
    } catch (e) {
      this.failed('message', e);
    }
  }
}

export function createSlackSocket(deps: SlackSocketDeps): SlackSocket {
  const { channel, logger } = deps;
  const apiUrl = deps.apiUrl ? deps.apiUrl.replace(/\/*$/, '/') : undefined;
  const restartDelayMs = deps.restartDelayMs ?? 2000;
  let stopping = false;
  let restartFailures = 0;
  let restartTimer: NodeJS.Timeout | undefined;

  // The client logs a dropped connection as an error and then reconnects by itself: a warning for us.
  // Ours is the error line when it cannot connect at all (startFailed).
  const base = slackLogger(logger, 'slack socket mode');
  const socketLogger = { ...base, error: base.warn };
  const client = new ObservedSocketModeClient(
    {
      appToken: deps.appToken,
      logger: socketLogger,
      clientPingTimeout: deps.pingTimeoutMs ?? 5000,
      serverPingTimeout: deps.serverPingTimeoutMs ?? 30_000,
      clientOptions: {
        ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
        retryConfig: deps.retryConfig ?? SOCKET_RETRY,
        timeout: 30_000,
      },
    },
    (what, e) => (what === 'start' ? startFailed(e) : logger.warn('slack socket envelope could not be read', { error: e as Error })),
  );

  function startFailed(e: unknown): void {
    if (stopping) return; // close() met a connection under way: nothing to do
    const code = slackError(e);
    if (code && UNRECOVERABLE.has(code)) {
      logger.error('slack socket mode cannot connect; check SLACK_APP_TOKEN and that Socket Mode is on', { slackError: code });
      return;
    }
    restartFailures += 1;
    const waitMs = Math.min(restartDelayMs * 2 ** (restartFailures - 1), RESTART_MAX_MS);
    logger.warn('slack socket mode could not connect; trying again', { error: e as Error, slackError: code, waitMs });
    restartTimer = setTimeout(() => {
      restartTimer = undefined;
      if (!stopping) void client.start();
    }, waitMs);
  }

  client.on('connected', () => {
    if (stopping) {
      // A connection that was already being opened when close() came: close it too.
      void client.disconnect();
      return;
    }
    restartFailures = 0;
    logger.info('slack socket mode connected');
  });
  client.on('reconnecting', () => logger.info('slack socket mode reconnecting'));

  async function acknowledge(envelope: Envelope, payload: Record<string, unknown> | undefined): Promise<void> {
    try {
      await envelope.ack(payload ?? {});
    } catch (e) {
      // The connection went away: Slack sends the envelope again on the next one.
      logger.warn('slack socket envelope not acknowledged', { error: e as Error, envelopeId: envelope.envelope_id, type: envelope.type });
    }
  }

  // Each envelope is a request: its turn's log lines carry one request id, as over HTTP (server.ts).
  client.on('slack_event', (envelope: Envelope) => withRequestId(newRequestId(), () => {
    const { type, envelope_id: envelopeId } = envelope;
    const inbound = inboundFromEnvelope(type, envelope.body, envelope.retry_num);
    if (!inbound) {
      logger.debug('slack socket envelope ignored', { type, envelopeId });
      void acknowledge(envelope, undefined);
      return;
    }
    if (stopping) return; // unacknowledged: Slack sends it again when the bot is back
    const ack: SlackAck = channel.receive(inbound);
    if (!ack.ok && ack.error === 'shutting_down') return; // likewise
    if (!ack.ok) {
      // Acknowledged all the same: Slack would only send the same bad envelope again.
      logger.warn('slack socket envelope refused', { type, envelopeId, error: ack.error });
    }
    void acknowledge(envelope, ack.ok ? ack.body : undefined);
  }));

  return {
    start() {
      logger.info('slack socket mode on', { api: apiUrl ?? 'https://slack.com/api/' });
      void client.start();
    },
    async close() {
      stopping = true;
      clearTimeout(restartTimer);
      await client.disconnect();
    },
  };
}
