// Slack over HTTP: the Events API, interactivity and slash command paths. Each route checks the request's
// signature over the raw body first, turns the request into an inbound (inbound.ts) and answers its ack.
// Without a signing secret (Socket Mode only), or without Slack, the paths answer 404 with a short note.
import type restify from 'restify';
import type { Clock } from '../../clock.js';
import type { Logger } from '../../log.js';
import type { Route } from '../../server.js';
import type { SlackAck, SlackInbound } from './inbound.js';
import { verifySlackSignature } from './verify.js';

export const SLACK_PATHS = {
  events: '/api/slack/events',
  interactions: '/api/slack/interactions',
  commands: '/api/slack/commands',
} as const;

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

export interface HttpDeps {
  signingSecret: string;
  receive(inbound: SlackInbound): SlackAck;
  /** Real time: a request's freshness is judged by it, never by BOT_NOW. */
  wallClock: Clock;
  logger: Logger;
}

function respond(res: restify.Response, ack: SlackAck): void {
  if (!ack.ok) res.send(ack.status, { error: ack.error });
  else if (ack.body) res.send(200, ack.body);
  else res.send(200);
}

/** The signed request's timestamp (verified fresh by then). */
function signedAt(req: restify.Request): number | undefined {
  const ts = Number(header(req, 'x-slack-request-timestamp'));
  return Number.isFinite(ts) ? ts : undefined;
}

/** undefined when the body is not what it should be (the route answers 400). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function httpRoutes(deps: HttpDeps): Route[] {
  const { signingSecret, receive, wallClock, logger } = deps;

  function verified(req: restify.Request, res: restify.Response, path: string): Buffer | undefined {
    const body = rawBody(req);
    const check = verifySlackSignature({
      signingSecret,
      body,
      timestamp: header(req, 'x-slack-request-timestamp'),
      signature: header(req, 'x-slack-signature'),
      now: wallClock.now(),
    });
    if (!check.ok) {
      logger.warn('slack request refused', { path, reason: check.reason });
      res.send(401, { error: 'invalid_signature' });
      return undefined;
    }
    return body;
  }

  const route = (path: string, toInbound: (body: Buffer, req: restify.Request) => SlackInbound): Route => ({
    method: 'post',
    path,
    raw: true,
    handler: (req, res) => {
      const body = verified(req, res, path);
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

/**
 * The Slack paths when Slack is not configured: each answers 404 with a short note (so a misconfigured
 * Slack app sees why, and nothing else is exposed). A configured channel serves its own routes.
 */
export function slackOffRoutes(): Route[] {
  return notServed('slack_not_configured', 'Slack is off: set SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode).');
}

/** The Slack paths answering 404 with a short note. */
export function notServed(error: string, message: string): Route[] {
  return Object.values(SLACK_PATHS).map<Route>((path) => ({
    method: 'post',
    path,
    handler: (_req, res) => {
      res.send(404, { error, message });
    },
  }));
}
