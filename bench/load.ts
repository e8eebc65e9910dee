// End-to-end load over loopback: the bot (or the echo bot) as a child process from compiled JS, a fake
// Bot Connector in this process, and N conversations each posting one message at a time. Latency runs
// from the POST to the reply reaching the connector. Every loop is bounded in count and time.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

// ---- the fake Bot Connector ----------------------------------------------------------------------

export interface BenchConnector {
  url: string;
  /** Resolves with the arrival time (performance.now()) of the reply to `activityId`. */
  expect(activityId: string, timeoutMs: number): Promise<number>;
  /** Messages that were not replies (proactive: reminders). */
  readonly proactive: number;
  readonly replies: number;
  /** Bytes of all replies so far. */
  readonly replyBytes: number;
  close(): Promise<void>;
}

export async function startBenchConnector(): Promise<BenchConnector> {
  const arrived = new Map<string, number>();
  const waiting = new Map<string, (at: number) => void>();
  let proactive = 0;
  let replies = 0;
  let replyBytes = 0;
  let seq = 0;
  const server = http.createServer((req, res) => {
    // The reply's id is the last path segment of POST /v3/conversations/{conversation}/activities/{replyToId}.
    const m = /^\/v3\/conversations\/[^/]+\/activities\/([^/?]+)/.exec(req.url ?? '');
    const at = performance.now();
    req.on('data', (chunk: Buffer) => {
      if (m) replyBytes += chunk.length;
    });
    req.on('end', () => {
      if (m) {
        replies += 1;
        const id = decodeURIComponent(m[1]!);
        const w = waiting.get(id);
        if (w) {
          waiting.delete(id);
          w(at);
        } else arrived.set(id, at);
      } else proactive += 1;
      seq += 1;
      res.statusCode = 200;
      res.setHeader('content-type', 'application/json');
      res.end(`{"id":"reply-${seq}"}`);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    expect(activityId, timeoutMs) {
      const already = arrived.get(activityId);
      if (already !== undefined) {
        arrived.delete(activityId);
        return Promise.resolve(already);
      }
      return new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(activityId);
          reject(new Error(`no reply to ${activityId} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiting.set(activityId, (t) => {
          clearTimeout(timer);
          resolve(t);
        });
      });
    },
    get proactive() {
      return proactive;
    },
    get replies() {
      return replies;
    },
    get replyBytes() {
      return replyBytes;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

// ---- the bot under test --------------------------------------------------------------------------

export interface Target {
  name: string;
  child: ChildProcess;
  url: string;
  /** Spawn to the first 200 from /healthz. */
  startupMs: number;
  /** Log lines at level "error" so far. */
  errors(): number;
  /** Has the bot collect its garbage (needs the bench's memprobe preloaded; otherwise just waits). */
  collect(): Promise<void>;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

function get(url: string, timeoutMs: number): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
    req.on('timeout', () => {
      req.destroy();
      resolve(0);
    });
  });
}

/** Spawns `node <script>` with the environment and waits (at most `timeoutMs`) for /healthz to answer 200. */
export async function spawnTarget(opts: { name: string; script: string; cwd: string; env: Record<string, string>; nodeArgs?: string[]; timeoutMs?: number }): Promise<Target> {
  const port = await freePort();
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...opts.env, PORT: String(port) };
  const t0 = performance.now();
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), opts.script], { cwd: opts.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = 0;
  let stderr = '';
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  let buffered = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    let i: number;
    while ((i = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, i);
      buffered = buffered.slice(i + 1);
      if (line.includes('"level":"error"')) {
        errors += 1;
        if (errors <= 3) process.stderr.write(`[${opts.name}] ${line.slice(0, 400)}\n`);
      }
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    if (stderr.length < 4000) stderr += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = t0 + (opts.timeoutMs ?? 30_000);
  let startupMs = NaN;
  while (performance.now() < deadline && !exited) {
    if ((await get(`${url}/healthz`, 1000)) === 200) {
      startupMs = performance.now() - t0;
      break;
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  let collected: (() => void) | undefined;
  child.stderr!.on('data', (chunk: string) => {
    if (chunk.includes('memprobe: collected')) collected?.();
  });
  const collect = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 3000);
      collected = () => {
        clearTimeout(timer);
        collected = undefined;
        setTimeout(resolve, 200); // let the freed pages go back
      };
      child.kill('SIGUSR2');
    });
  const stop = async () => {
    if (exited) return;
    const gone = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await gone;
    clearTimeout(timer);
  };
  if (!Number.isFinite(startupMs)) {
    await stop();
    throw new Error(`${opts.name} did not become ready: ${stderr.trim().slice(0, 1000)}`);
  }
  return { name: opts.name, child, url, startupMs, errors: () => errors, collect, stop };
}

/** CPU time (user + system) a process has used so far, from /proc (Linux), in milliseconds. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 a second on Linux).
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Resident memory of a process from /proc (Linux), in bytes. */
export function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return m ? Number(m[1]) * 1024 : NaN;
}

// ---- the load ------------------------------------------------------------------------------------

export interface LoadResult {
  concurrency: number;
  /** Milliseconds from the POST to the reply at the connector. */
  latencies: number[];
  requests: number;
  failures: number;
  seconds: number;
  rps: number;
  /** CPU the bot process used during the run, in milliseconds (when its pid was given). */
  cpuMs?: number;
  /** Bytes of the replies the connector received during the run. */
  replyBytes: number;
}

let activitySeq = 0;

function postActivity(agent: http.Agent, url: string, body: string, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}/api/messages`,
      { method: 'POST', agent, timeout: timeoutMs, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error('request timed out')));
    req.end(body);
  });
}

/**
 * `concurrency` conversations, each posting its next message when the reply to the last one has reached
 * the connector. Runs until `durationMs` has passed or `maxRequests` have been sent.
 */
export async function runLoad(opts: {
  url: string;
  connector: BenchConnector;
  concurrency: number;
  durationMs: number;
  maxRequests: number;
  texts: string[];
  conversationPrefix: string;
  timeoutMs?: number;
  /** The bot's process, to measure its CPU during the run. */
  pid?: number;
}): Promise<LoadResult> {
  const cpu0 = opts.pid ? cpuMs(opts.pid) : NaN;
  const bytes0 = opts.connector.replyBytes;
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.concurrency });
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const latencies: number[] = [];
  let sent = 0;
  let failures = 0;
  const start = performance.now();
  const end = start + opts.durationMs;
  let last = start;
  const worker = async (w: number) => {
    let n = w;
    while (performance.now() < end && sent < opts.maxRequests) {
      sent += 1;
      const id = `bench-${++activitySeq}`;
      const text = opts.texts[n++ % opts.texts.length]!;
      const body = JSON.stringify({
        type: 'message',
        id,
        timestamp: new Date().toISOString(),
        channelId: 'msteams',
        serviceUrl: opts.connector.url,
        from: { id: `user-${w}`, name: `Bench User ${w}` },
        recipient: { id: 'bot-1', name: 'Södertörnsboten' },
        conversation: { id: `${opts.conversationPrefix}-${w}`, conversationType: 'personal' },
        text,
        locale: 'sv-SE',
      });
      const t0 = performance.now();
      const reply = opts.connector.expect(id, timeoutMs);
      try {
        const status = await postActivity(agent, opts.url, body, timeoutMs);
        const at = await reply;
        if (status >= 200 && status < 300) latencies.push(at - t0);
        else failures += 1;
      } catch {
        failures += 1;
        reply.catch(() => undefined);
      }
      last = performance.now();
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, (_, w) => worker(w)));
  agent.destroy();
  const seconds = (last - start) / 1000;
  const cpu = opts.pid ? cpuMs(opts.pid) - cpu0 : undefined;
  return { concurrency: opts.concurrency, latencies, requests: latencies.length, failures, seconds, rps: latencies.length / seconds, cpuMs: cpu, replyBytes: opts.connector.replyBytes - bytes0 };
}
