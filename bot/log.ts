// Structured logs: one JSON object per line. Secrets never reach here: callers pass facts, and any
// field whose name looks secret is masked as a second line of defence. What a member wrote is not
// logged at info level or above (DEBUG_NLU=1 is the documented exception). An error logged at level
// error carries its stack. Every line written while a request is handled carries that request's id
// (server.ts runs each request's handler inside withRequestId), so one turn's lines can be found together.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { createClock, type Clock } from './clock.js';

const requestScope = new AsyncLocalStorage<string>();

/** A fresh request id: 8 URL-safe characters. */
export function newRequestId(): string {
  return randomBytes(6).toString('base64url');
}

/** Runs `fn` (and everything it starts) with `requestId` on every log line. */
export function withRequestId<T>(requestId: string, fn: () => T): T {
  return requestScope.run(requestId, fn);
}

export type Level = 'debug' | 'info' | 'warn' | 'error';
export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const SECRET = /password|secret|token|authorization/i;

function clean(fields: Record<string, unknown>, lvl: Level): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) {
    if (SECRET.test(k)) out[k] = '***';
    else if (v instanceof Error) {
      out[k] = { name: v.name, message: v.message, code: (v as { code?: unknown }).code, ...(lvl === 'error' && v.stack ? { stack: v.stack } : {}) };
    } else out[k] = v;
  }
  return out;
}

/** Log lines carry real time (the wall clock), also when BOT_NOW moves the bot's own clock. */
export function createLogger(
  level: Level = 'info',
  write: (line: string) => void = (l) => process.stdout.write(l + '\n'),
  clock: Clock = createClock(),
): Logger {
  const now = () => clock.now();
  const at = (lvl: Level) => (msg: string, fields: Record<string, unknown> = {}) => {
    if (ORDER[lvl] < ORDER[level]) return;
    const requestId = requestScope.getStore();
    write(JSON.stringify({ time: now().toISOString(), level: lvl, msg, ...(requestId ? { requestId } : {}), ...clean(fields, lvl) }));
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** A logger that keeps lines in memory: for tests. */
export function createMemoryLogger(): Logger & { lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const base = createLogger('debug', (l) => lines.push(JSON.parse(l) as Record<string, unknown>));
  return Object.assign(base, { lines });
}
