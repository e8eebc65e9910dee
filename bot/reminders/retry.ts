// Teams' limits for proactive messages: retry throttling (429) and transient errors (412, 500, 502, 503, 504) with
// exponential backoff and jitter, and send at most 7 messages a second to one conversation. The random
// source, the sleep and the time are injected so tests run without waiting.
import { errorCode, retryAfterMs, SendError } from './sender.js';

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** A real sleep that ends early (rejecting) when the signal aborts. */
export const realSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(new SendError('ABORTED', 'stopping'));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new SendError('ABORTED', 'stopping'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

export interface RetryOptions {
  /** Attempts in all, the first included. */
  attempts: number;
  baseMs: number;
  maxMs: number;
  /** 0 ≤ random() < 1. */
  random: () => number;
  sleep: Sleep;
  signal?: AbortSignal;
  onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void;
}

export const DEFAULT_RETRY: Omit<RetryOptions, 'random' | 'sleep'> = { attempts: 5, baseMs: 1000, maxMs: 30_000 };

/**
 * The wait before attempt `attempt + 1`: exponential (base · 2^(attempt−1), capped) with "equal jitter"
 * (a random point in the upper half, so retries from many senders spread out but never come back at
 * once), and never shorter than the service's Retry-After.
 */
export function backoffDelay(attempt: number, opts: Pick<RetryOptions, 'baseMs' | 'maxMs' | 'random'>, retryAfter?: number): number {
  const exp = Math.min(opts.maxMs, opts.baseMs * 2 ** (attempt - 1));
  const jittered = Math.round(exp / 2 + opts.random() * (exp / 2));
  return Math.max(jittered, retryAfter ?? 0);
}

/** Runs `fn`, retrying errors whose code is 'RETRYABLE'; any other error, or the last one, is thrown. */
export async function withRetry<T>(fn: (attempt: number) => Promise<T>, opts: RetryOptions): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    if (opts.signal?.aborted) throw new SendError('ABORTED', 'stopping');
    try {
      return await fn(attempt);
    } catch (e) {
      if (errorCode(e) !== 'RETRYABLE' || attempt >= opts.attempts) throw e;
      const delayMs = backoffDelay(attempt, opts, retryAfterMs(e));
      opts.onRetry?.({ attempt, delayMs, error: e });
      await opts.sleep(delayMs, opts.signal);
    }
  }
}

/**
 * At most `limit` sends per `windowMs` to one key (conversation). Callers for one key must not overlap
 * (the scheduler sends to a conversation one message at a time); different keys never wait for each other.
 */
export function createRateLimiter(opts: { limit: number; windowMs: number; now: () => number; sleep: Sleep }) {
  const sent = new Map<string, number[]>();
  return {
    async acquire(key: string, signal?: AbortSignal): Promise<void> {
      for (;;) {
        const now = opts.now();
        const recent = (sent.get(key) ?? []).filter((at) => at > now - opts.windowMs);
        if (recent.length < opts.limit) {
          recent.push(now);
          sent.set(key, recent);
          return;
        }
        sent.set(key, recent);
        await opts.sleep(recent[0]! + opts.windowMs - now, signal);
      }
    },
    /** Forgets keys with no send in the window (keeps the map small). */
    prune(): void {
      const now = opts.now();
      for (const [key, times] of sent) if (!times.some((at) => at > now - opts.windowMs)) sent.delete(key);
    },
  };
}
