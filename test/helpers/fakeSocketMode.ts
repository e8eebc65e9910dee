// A fake Slack Socket Mode server on 127.0.0.1 (WebSocket, the `ws` package), speaking Slack's side of
// the protocol: `hello` on each connection, envelopes {envelope_id, type, payload, accepts_response_payload,
// retry_attempt, retry_reason}, the client's acknowledgements {envelope_id, payload} recorded, and the two
// ways a connection ends: Slack's {type: 'disconnect'} and a connection that simply drops.
// The fake Web API (fakeSlack.ts) hands its URL out from apps.connections.open.
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface SocketAck {
  envelope_id: string;
  payload?: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface FakeSocketMode {
  /** ws://127.0.0.1:<port>/link/ (apps.connections.open adds a ticket). */
  url: string;
  /** Connections accepted so far, with the query they came with. */
  connections: Array<{ query: string }>;
  /** Connections open now. */
  open(): number;
  acks: SocketAck[];
  /** Messages from the client that are not acknowledgements (there should be none). */
  other: unknown[];
  /** When false, new connections get no `hello` (a connection that never becomes ready). */
  hello: boolean;
  waitForConnections(count: number, timeoutMs?: number): Promise<void>;
  /** Sends an envelope on the newest open connection and resolves with its acknowledgement. */
  send(type: string, payload: unknown, extra?: Record<string, unknown>): Promise<SocketAck>;
  /** Sends any text on the newest open connection (malformed envelopes). */
  sendRaw(text: string): void;
  /** Ends every open connection abruptly, without a close frame (a network failure). */
  drop(): void;
  /** Slack's notice that it is about to recycle the connection. */
  disconnect(reason?: string): void;
  close(): Promise<void>;
}

async function until(done: () => boolean, what: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`fake socket mode: ${what()}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export async function startFakeSocketMode(): Promise<FakeSocketMode> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const live: WebSocket[] = [];
  const connections: FakeSocketMode['connections'] = [];
  const acks: SocketAck[] = [];
  const other: unknown[] = [];
  let seq = 0;

  const fake: FakeSocketMode = {
    url: `ws://127.0.0.1:${port}/link/`,
    connections,
    open: () => live.length,
    acks,
    other,
    hello: true,
    async waitForConnections(count, timeoutMs = 5000) {
      await until(() => connections.length >= count && live.length > 0, () => `expected ${count} connections, got ${connections.length} (${live.length} open)`, timeoutMs);
    },
    async send(type, payload, extra = {}) {
      // A reconnect may be closing the old connection just as the new one opens: wait for one that stays.
      await until(() => live.some((w) => w.readyState === w.OPEN), () => 'no open connection', 5000);
      const ws = live.filter((w) => w.readyState === w.OPEN).at(-1)!;
      seq += 1;
      const envelopeId = `env-${seq}`;
      ws.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type !== 'events_api', ...extra }));
      await until(() => acks.some((a) => a.envelope_id === envelopeId), () => `no acknowledgement of ${envelopeId} (${type})`, 5000);
      return acks.find((a) => a.envelope_id === envelopeId)!;
    },
    sendRaw(text) {
      const ws = live.at(-1);
      if (!ws) throw new Error('fake socket mode: no open connection');
      ws.send(text);
    },
    drop() {
      for (const ws of [...live]) ws.terminate();
    },
    disconnect(reason = 'refresh_requested') {
      for (const ws of live) ws.send(JSON.stringify({ type: 'disconnect', reason, debug_info: { host: 'fake' } }));
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const ws of live) ws.terminate();
        server.close(() => resolve());
      }),
  };

  server.on('connection', (ws, req) => {
    connections.push({ query: new URL(req.url ?? '/', 'ws://x').search });
    live.push(ws);
    ws.on('close', () => {
      const i = live.indexOf(ws);
      if (i >= 0) live.splice(i, 1);
    });
    ws.on('message', (data) => {
      let msg: unknown;
      try {
        msg = JSON.parse(String(data));
      } catch {
        other.push(String(data));
        return;
      }
      if (typeof msg === 'object' && msg !== null && typeof (msg as SocketAck).envelope_id === 'string') acks.push(msg as SocketAck);
      else other.push(msg);
    });
    if (fake.hello) ws.send(JSON.stringify({ type: 'hello', num_connections: live.length, debug_info: { host: 'fake', approximate_connection_time: 18060 }, connection_info: { app_id: 'A1' } }));
  });
  return fake;
}
