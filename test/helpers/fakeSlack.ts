// A fake Slack Web API on 127.0.0.1: records the calls the bot makes (chat.postMessage, auth.test,
// apps.connections.open …), can answer one call with 429 + Retry-After, an HTTP error or a Slack error,
// and takes response_url posts. Socket Mode's WebSocket side is in fakeSocketMode.ts.
// Also builds signed requests the way Slack sends them. restify patches ServerResponse.writeHead for the
// whole process, so no writeHead(...).end() chains here.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { slackSignature } from '../../bot/channels/slack/index.js';

export const FAKE_BOT_USER = 'UBOT';
export const FAKE_BOT_ID = 'BBOT';
export const SIGNING_SECRET = 'test-signing-secret';
export const BOT_TOKEN = 'xoxb-test-token';
export const APP_TOKEN = 'xapp-1-A1-1-testapptoken';

export interface SlackCall {
  method: string;
  /** Form fields; JSON-valued fields (blocks) are parsed. */
  body: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  headers: http.IncomingHttpHeaders;
}

export interface FakeSlack {
  /** Base URL for SLACK_API_URL (ends with /api/). */
  apiUrl: string;
  /** Where response_url posts go: `${url}/response/<id>`. */
  url: string;
  calls: SlackCall[];
  posts(): SlackCall[];
  responses: Array<{ path: string; body: Record<string, any> }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** The next `count` calls of `method` get HTTP 429 with Retry-After: `retryAfter` seconds. */
  rateLimitNext(method: string, count?: number, retryAfter?: number): void;
  /** The next call of `method` gets {ok:false, error}. */
  failNext(method: string, error: string): void;
  /** The channels users.conversations names for a user (public channels the user is in). */
  memberships: Map<string, Array<{ id: string; name: string }>>;
  /** The next call of `method` gets this HTTP status (Slack's servers failing, not the API refusing). */
  httpErrorNext(method: string, status?: number): void;
  /** What apps.connections.open hands out (a fake Socket Mode server's URL); unset, the method is unknown. */
  socketUrl?: string;
  /** Answered 429s so far (they are not in `calls`). */
  throttled: number;
  waitForPosts(count: number, timeoutMs?: number): Promise<SlackCall[]>;
  waitForResponses(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: SlackCall[] = [];
  const responses: FakeSlack['responses'] = [];
  const limits = new Map<string, Array<number>>();
  const errors = new Map<string, string[]>();
  const httpErrors = new Map<string, number[]>();
  let socketUrl: string | undefined;
  let tickets = 0;
  let throttled = 0;
  let ts = 1_300_000_000;
  const memberships = new Map<string, Array<{ id: string; name: string }>>();

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        res.statusCode = status;
        res.setHeader('content-type', 'application/json');
        for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
        res.end(JSON.stringify(payload));
      };
      const path = req.url ?? '';
      if (path.startsWith('/response/')) {
        responses.push({ path, body: JSON.parse(raw || '{}') as Record<string, unknown> });
        res.statusCode = 200;
        res.end('ok');
        return;
      }
      const method = path.replace(/^\/api\//, '').replace(/\?.*$/, '');
      const limit = limits.get(method);
      if (limit && limit.length > 0) {
        const retryAfter = limit.shift()!;
        throttled += 1;
        send(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(retryAfter) });
        return;
      }
      const body: Record<string, unknown> = {};
      const type = String(req.headers['content-type'] ?? '');
      if (type.includes('json')) Object.assign(body, JSON.parse(raw || '{}'));
      else
        for (const [k, v] of new URLSearchParams(raw)) {
          body[k] = k === 'blocks' || k === 'attachments' ? (JSON.parse(v) as unknown) : v;
        }
      calls.push({ method, body, headers: req.headers });
      const status = httpErrors.get(method)?.shift();
      if (status) {
        send(status, { ok: false, error: 'fake_http_error' });
        return;
      }
      const error = errors.get(method)?.shift();
      if (error) {
        send(200, { ok: false, error });
        return;
      }
      switch (method) {
        case 'auth.test':
          send(200, { ok: true, url: 'https://example.slack.com/', team: 'Test', user: 'sodertornsboten', team_id: 'T1', user_id: FAKE_BOT_USER, bot_id: FAKE_BOT_ID });
          return;
        case 'apps.connections.open':
          if (!socketUrl) break;
          // Slack takes only an App-Level Token here; each call gets a fresh single-use URL.
          if (!String(req.headers.authorization ?? '').startsWith('Bearer xapp-')) {
            send(200, { ok: false, error: 'not_allowed_token_type' });
            return;
          }
          tickets += 1;
          send(200, { ok: true, url: `${socketUrl}?ticket=t${tickets}&app_id=A1` });
          return;
        case 'chat.postMessage':
          ts += 1;
          send(200, { ok: true, channel: body.channel, ts: `${ts}.000100`, message: { text: body.text } });
          return;
        case 'chat.update':
          send(200, { ok: true, channel: body.channel, ts: body.ts, text: body.text });
          return;
        case 'users.conversations':
          send(200, { ok: true, channels: (memberships.get(String(body.user)) ?? []).map((c) => ({ id: c.id, name: c.name, is_channel: true })), response_metadata: { next_cursor: '' } });
          return;
        case 'views.publish':
          send(200, { ok: true, view: { id: 'V1', type: 'home' } });
          return;
      }
      send(200, { ok: false, error: 'unknown_method' });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  async function until(done: () => boolean, what: () => string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`fake slack: ${what()}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  const posts = () => calls.filter((c) => c.method === 'chat.postMessage');
  return {
    apiUrl: `${url}/api/`,
    url,
    calls,
    posts,
    responses,
    memberships,
    rateLimitNext(method, count = 1, retryAfter = 1) {
      limits.set(method, [...(limits.get(method) ?? []), ...Array.from({ length: count }, () => retryAfter)]);
    },
    failNext(method, error) {
      errors.set(method, [...(errors.get(method) ?? []), error]);
    },
    httpErrorNext(method, status = 500) {
      httpErrors.set(method, [...(httpErrors.get(method) ?? []), status]);
    },
    get socketUrl() {
      return socketUrl;
    },
    set socketUrl(url: string | undefined) {
      socketUrl = url;
    },
    get throttled() {
      return throttled;
    },
    async waitForPosts(count, timeoutMs = 8000) {
      await until(() => posts().length >= count, () => `expected ${count} posts, got ${posts().length}`, timeoutMs);
      return posts();
    },
    async waitForResponses(count, timeoutMs = 8000) {
      await until(() => responses.length >= count, () => `expected ${count} response_url posts, got ${responses.length}`, timeoutMs);
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** A request signed as Slack signs it, at `at` (the bot's clock), unless told otherwise. */
export function signedHeaders(body: string, at: Date, secret = SIGNING_SECRET): Record<string, string> {
  const timestamp = String(Math.floor(at.getTime() / 1000));
  return { 'x-slack-request-timestamp': timestamp, 'x-slack-signature': slackSignature(secret, timestamp, body) };
}

export async function postSlack(
  url: string,
  body: string,
  opts: { contentType?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; text: string; json: () => any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': opts.contentType ?? 'application/json', ...opts.headers },
    body,
  });
  const text = await res.text();
  return { status: res.status, text, json: () => JSON.parse(text) as unknown };
}

export function form(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

let seq = 0;
/** An Events API envelope around `event`, as Slack delivers it. */
export function eventEnvelope(event: Record<string, unknown>, eventId = `Ev${++seq}TEST`): Record<string, unknown> {
  return {
    token: 'deprecated-verification-token',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: eventId,
    event_time: 1302163200,
    authorizations: [{ team_id: 'T1', user_id: FAKE_BOT_USER, is_bot: true }],
    event,
  };
}
