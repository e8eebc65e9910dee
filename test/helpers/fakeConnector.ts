// A fake Bot Connector on 127.0.0.1: records what the bot sends, and can answer with chosen statuses.
// restify patches ServerResponse.writeHead for the whole process, so no writeHead(...).end() chains here.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedActivity {
  path: string;
  method: string;
  headers: http.IncomingHttpHeaders;
  body: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  at: number;
}

export interface FakeConnector {
  url: string;
  received: ReceivedActivity[];
  /** Statuses to answer with before answering 200 again (e.g. [429] for one throttle). */
  failNext(statuses: number[], body?: Record<string, unknown>): void;
  /** Answer every request with `status` while `down()` is true (an outage; e.g. judged by a test clock). */
  failWhile(down: () => boolean, status: number): void;
  /** Requests answered with a failure so far (they are not in `received`). */
  readonly failed: number;
  /** TCP connections the bot opened to this connector so far (a client that keeps connections alive reuses one). */
  readonly connections: number;
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedActivity[]>;
  close(): Promise<void>;
}

export async function startFakeConnector(): Promise<FakeConnector> {
  const received: ReceivedActivity[] = [];
  let failures: Array<{ status: number; body?: Record<string, unknown> }> = [];
  let outage: { down: () => boolean; status: number } | undefined;
  let failed = 0;
  const waiters: Array<() => void> = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const failure = outage?.down() ? { status: outage.status, body: undefined } : failures.shift();
      if (failure) failed += 1;
      const send = (status: number, payload: unknown) => {
        const text = JSON.stringify(payload);
        res.statusCode = status;
        res.setHeader('content-type', 'application/json');
        if (status === 429) res.setHeader('retry-after', '1');
        res.end(text);
      };
      if (failure) {
        send(failure.status, failure.body ?? { error: { code: 'Throttled', message: 'fake failure' } });
        return;
      }
      let body: Record<string, unknown> = {};
      try {
        body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
      } catch {
        body = { unparsable: true };
      }
      received.push({ path: req.url ?? '', method: req.method ?? '', headers: req.headers, body, at: Date.now() });
      for (const w of waiters.splice(0)) w();
      const conv = /\/v3\/conversations\/?$/.test(req.url ?? '');
      send(200, conv ? { id: `conv-${received.length}`, activityId: `act-${received.length}` } : { id: `act-${received.length}` });
    });
  });
  let connections = 0;
  server.on('connection', () => {
    connections += 1;
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    failNext(statuses, body) {
      failures = failures.concat(statuses.map((status) => ({ status, body })));
    },
    failWhile(down, status) {
      outage = { down, status };
    },
    get failed() {
      return failed;
    },
    get connections() {
      return connections;
    },
    async waitFor(count, timeoutMs = 8000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`fake connector: expected ${count} activities, got ${received.length}`);
        await new Promise<void>((r) => {
          const t = setTimeout(r, Math.min(left, 200));
          waiters.push(() => {
            clearTimeout(t);
            r();
          });
        });
      }
      return received;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
