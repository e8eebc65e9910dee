// About one message per second per Slack channel (Slack's guidance): a small queue per channel.
import { performance } from 'node:perf_hooks';

export interface PacerTimers {
  /** Monotonic milliseconds. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realTimers: PacerTimers = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface ChannelPacer {
  /** Runs `task` after the previous task for `key` has finished and at least the interval has passed. */
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
}

/** One queue per key (Slack channel): tasks for a key run one at a time, `intervalMs` apart. */
export function createChannelPacer(intervalMs: number, timers: PacerTimers = realTimers): ChannelPacer {
  interface Lane {
    tail: Promise<void>;
    last: number;
    pending: number;
  }
  const lanes = new Map<string, Lane>();
  const prune = () => {
    const now = timers.now();
    for (const [key, lane] of lanes) if (lane.pending === 0 && now - lane.last >= intervalMs) lanes.delete(key);
  };
  return {
    run<T>(key: string, task: () => Promise<T>): Promise<T> {
      let lane = lanes.get(key);
      if (!lane) {
        if (lanes.size >= 100) prune();
        lane = { tail: Promise.resolve(), last: Number.NEGATIVE_INFINITY, pending: 0 };
        lanes.set(key, lane);
      }
      const l = lane;
      l.pending += 1;
      const result = l.tail.then(async () => {
        const wait = l.last + intervalMs - timers.now();
        if (wait > 0) await timers.sleep(wait);
        try {
          return await task();
        } finally {
          l.last = timers.now();
          l.pending -= 1;
        }
      });
      l.tail = result.then(
        () => undefined,
        () => undefined,
      );
      return result;
    },
  };
}
