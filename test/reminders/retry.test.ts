// Teams' limits: retries with exponential backoff and jitter, and at most 7 messages a second per conversation.
import { backoffDelay, createRateLimiter, withRetry, type Sleep } from '../../bot/reminders/retry.js';
import { SendError } from '../../bot/reminders/sender.js';

const opts = { baseMs: 1000, maxMs: 30_000 };

describe('backoff', () => {
  it('doubles per attempt, with jitter in the upper half, capped', () => {
    expect(backoffDelay(1, { ...opts, random: () => 0 })).toBe(500);
    expect(backoffDelay(1, { ...opts, random: () => 0.999999 })).toBe(1000);
    expect(backoffDelay(3, { ...opts, random: () => 0.5 })).toBe(3000); // 4000 · (0.5 + 0.5·0.5)
    expect(backoffDelay(10, { ...opts, random: () => 0 })).toBe(15_000);
    expect(backoffDelay(10, { ...opts, random: () => 0.999999 })).toBe(30_000);
  });

  it('never waits less than the service asked (Retry-After)', () => {
    expect(backoffDelay(1, { ...opts, random: () => 0 }, 5000)).toBe(5000);
    expect(backoffDelay(4, { ...opts, random: () => 0.999999 }, 1000)).toBe(8000);
  });
});

describe('withRetry', () => {
  function fakeSleep() {
    const waits: number[] = [];
    const sleep: Sleep = async (ms) => {
      waits.push(ms);
    };
    return { waits, sleep };
  }

  it('retries RETRYABLE errors with growing, jittered waits, then succeeds', async () => {
    const { waits, sleep } = fakeSleep();
    const randoms = [0, 1 - 1e-9, 0.5];
    let calls = 0;
    const result = await withRetry(
      async () => {
        calls += 1;
        if (calls < 4) throw new SendError('RETRYABLE', 'Teams answered 502');
        return 'ok';
      },
      { attempts: 5, ...opts, random: () => randoms.shift() ?? 0, sleep },
    );
    expect(result).toBe('ok');
    expect(calls).toBe(4);
    expect(waits).toEqual([500, 2000, 3000]);
  });

  it('uses the Retry-After a 429 carries', async () => {
    const { waits, sleep } = fakeSleep();
    let calls = 0;
    await withRetry(
      async () => {
        calls += 1;
        if (calls === 1) throw new SendError('RETRYABLE', 'Teams answered 429', { status: 429, retryAfterMs: 7000 });
      },
      { attempts: 5, ...opts, random: () => 0, sleep },
    );
    expect(waits).toEqual([7000]);
  });

  it('does not retry other errors', async () => {
    const { waits, sleep } = fakeSleep();
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls += 1;
          throw new SendError('GONE', 'Teams answered 403 BotNotInConversationRoster');
        },
        { attempts: 5, ...opts, random: () => 0, sleep },
      ),
    ).rejects.toMatchObject({ code: 'GONE' });
    expect(calls).toBe(1);
    expect(waits).toEqual([]);
  });

  it('gives up after the last attempt with the last error', async () => {
    const { waits, sleep } = fakeSleep();
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls += 1;
          throw new SendError('RETRYABLE', `attempt ${calls}`);
        },
        { attempts: 3, ...opts, random: () => 0, sleep },
      ),
    ).rejects.toThrow('attempt 3');
    expect(waits).toHaveLength(2);
  });

  it('stops when aborted', async () => {
    const abort = new AbortController();
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls += 1;
          abort.abort();
          throw new SendError('RETRYABLE', 'busy');
        },
        { attempts: 5, ...opts, random: () => 0, sleep: async () => undefined, signal: abort.signal },
      ),
    ).rejects.toMatchObject({ code: 'ABORTED' });
    expect(calls).toBe(1);
  });
});

describe('the rate limit', () => {
  it('lets at most 7 messages a second through to one conversation, and never holds up another', async () => {
    let now = 0;
    const waits: Array<{ key: string; ms: number }> = [];
    let current = '';
    const limiter = createRateLimiter({
      limit: 7,
      windowMs: 1000,
      now: () => now,
      sleep: async (ms) => {
        waits.push({ key: current, ms });
        now += ms;
      },
    });
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      current = 'a';
      await limiter.acquire('a');
      times.push(now);
      now += 10;
    }
    for (let i = 0; i < times.length; i++) {
      expect(times.filter((t) => t >= times[i]! && t < times[i]! + 1000).length).toBeLessThanOrEqual(7);
    }
    expect(times[7]! - times[0]!).toBeGreaterThanOrEqual(1000);
    current = 'b';
    const before = waits.length;
    await limiter.acquire('b');
    expect(waits.length).toBe(before);
  });
});
