// One bot process per store: two real processes on one STORE_PATH, a stale lock, a clean stop.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ManualClock } from '../../bot/clock.js';
import { acquireStoreLock, every, lockPathFor, STALE_AFTER_MS, StoreLockedError, type Repeat } from '../../bot/store/lock.js';
import { ROOT, tempDir } from '../helpers/app.js';

const ENTRY = path.join(ROOT, 'dist', 'bot', 'index.js');

interface Run {
  child: ChildProcess;
  out: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startBot(storePath: string): Run {
  const child = spawn(process.execPath, [ENTRY], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', STORE_PATH: storePath, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  // 'close', not 'exit': at 'exit' the child's output may still be unread (under load it was: its message missing).
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  return { child, out: () => out, exited };
}

/**
 * Resolves when the bot has written `text`; fails at once, with what it wrote, if it ends first. No deadline of its
 * own (a busy machine starts a bot slowly: a 15 s wait ran out), only the test's bound on a hang.
 */
function written(run: Run, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (run.out().includes(text)) resolve();
    };
    run.child.stdout!.on('data', check);
    run.child.stderr!.on('data', check);
    check();
    void run.exited.then(() => (run.out().includes(text) ? resolve() : reject(new Error(`the bot ended before writing "${text}":\n${run.out()}`))));
  });
}

/** Heartbeats beaten by hand: `beat()` runs one and waits for it; none runs otherwise. */
function byHand(): { repeat: Repeat; beat: () => Promise<void>; stopped: () => boolean } {
  let beat: (() => Promise<void>) | undefined;
  let stopped = false;
  return {
    repeat: (_ms, b) => {
      beat = b;
      return { stop: () => void (stopped = true) };
    },
    beat: () => beat!(),
    stopped: () => stopped,
  };
}
/** No heartbeat at all: where a test sets a lock's heartbeat (its modification time) itself. */
const never: Repeat = () => ({ stop: () => undefined });

/** A bound on a hang, not on speed: three bots start one after another, slowly on a busy machine. */
const START_BOUND_MS = 5 * 60_000;

describe('one bot process per store', () => {
  it('refuses a second process on the same store, takes over after a kill -9, releases on a clean stop', async () => {
    if (!existsSync(ENTRY)) throw new Error('dist/ is missing: npm test builds it first (npm run build)');
    const { dir, cleanup } = await tempDir();
    const storePath = path.join(dir, 'store.json');
    const lockFile = lockPathFor(storePath);
    const runs: Run[] = [];
    try {
      const first = startBot(storePath);
      runs.push(first);
      await written(first, 'bot listening');
      const holder = JSON.parse(await readFile(lockFile, 'utf8')) as { pid: number; host: string };
      expect(holder.pid).toBe(first.child.pid);

      const second = startBot(storePath);
      runs.push(second);
      const { code } = await second.exited;
      expect(code).toBe(1);
      expect(second.out()).toMatch(/Another Södertörnsboten process already uses the store/);
      expect(second.out()).toContain(`pid ${first.child.pid}`);
      expect(second.out()).not.toMatch(/bot listening/);

      // kill -9 leaves the lock behind, naming a pid that no longer runs: the next start takes it over.
      first.child.kill('SIGKILL');
      await first.exited;
      expect(existsSync(lockFile)).toBe(true);
      const third = startBot(storePath);
      runs.push(third);
      await written(third, 'bot listening');
      expect(third.out()).toMatch(/stale store lock taken over/);
      expect((JSON.parse(await readFile(lockFile, 'utf8')) as { pid: number }).pid).toBe(third.child.pid);

      // A clean stop deletes the lock.
      third.child.kill('SIGTERM');
      expect((await third.exited).code).toBe(0);
      expect(existsSync(lockFile)).toBe(false);
    } finally {
      for (const r of runs) if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill('SIGKILL');
      await cleanup();
    }
  }, START_BOUND_MS);

  it('judges a lock from another host by its heartbeat, and an unreadable one by its age', async () => {
    const { dir, cleanup } = await tempDir();
    const storePath = path.join(dir, 'store.json');
    const clock = new ManualClock('2026-05-01T10:00:00Z');
    try {
      // (The heartbeats here are set by hand: a real one, 30 s on, would move them on a slow run.)
      const other = await acquireStoreLock(storePath, { clock, host: 'other-host', pid: 4242, repeat: never });
      const now = clock.now();
      await utimes(other.path, now, now); // its last heartbeat: now
      await expect(acquireStoreLock(storePath, { clock, isAlive: () => false, repeat: never })).rejects.toThrow(StoreLockedError);
      await expect(acquireStoreLock(storePath, { clock, repeat: never })).rejects.toThrow(/pid 4242 on host other-host/);
      clock.advance(STALE_AFTER_MS + 1000); // no heartbeat for longer than that: the host is gone
      const taken: string[] = [];
      const mine = await acquireStoreLock(storePath, { clock, onTakeover: (_h, reason) => taken.push(reason), repeat: never });
      expect(taken).toEqual([expect.stringMatching(/no heartbeat from other-host/)]);
      await other.release(); // no longer names the other process: leaves ours alone
      expect(existsSync(mine.path)).toBe(true);
      await mine.release();
      expect(existsSync(mine.path)).toBe(false);

      // Same host, a live pid that is not ours: refused; our own pid (a container's pid 1 again): taken over.
      const live = await acquireStoreLock(storePath, { clock, pid: 1, repeat: never });
      await expect(acquireStoreLock(storePath, { clock, pid: 2, isAlive: () => true, repeat: never })).rejects.toThrow(/pid 1 on host/);
      const again = await acquireStoreLock(storePath, { clock, pid: 1, repeat: never });
      expect(again.holder.pid).toBe(1);
      await live.release();
      await again.release();

      // An unreadable lock is judged by its age, which the test sets: just written, then a minute old. (It was the real
      // time between writing the file and reading it, more than the 10 s allowed on a busy machine.)
      await writeFile(lockPathFor(storePath), '');
      await utimes(lockPathFor(storePath), clock.now(), clock.now());
      await expect(acquireStoreLock(storePath, { clock, repeat: never })).rejects.toThrow(StoreLockedError);
      clock.advance(60_000);
      const over = await acquireStoreLock(storePath, { clock, repeat: never });
      expect(over.holder.pid).toBe(process.pid);
      await over.release();
    } finally {
      await cleanup();
    }
  });

  it('tells the holder when another process has taken its lock', async () => {
    const { dir, cleanup } = await tempDir();
    const storePath = path.join(dir, 'store.json');
    // The heartbeats are beaten by hand, each awaited: with real timers (every 20 ms) one could read the other's file
    // half written (the lost holder then unnamed), and a busy machine missed the 2 s allowed.
    const clock = new ManualClock('2026-05-01T10:00:00Z');
    const hand = byHand();
    try {
      const lost: Array<number | undefined> = [];
      const mine = await acquireStoreLock(storePath, { clock, repeat: hand.repeat, onLost: (now) => lost.push(now?.pid) });
      clock.advance(30_000);
      await hand.beat(); // heartbeats while it is ours: nothing lost, the heartbeat written
      await hand.beat();
      expect(lost).toEqual([]);
      expect((await stat(mine.path)).mtimeMs).toBe(clock.now().getTime());
      await writeFile(mine.path, JSON.stringify({ pid: 777, host: 'other-host', startedAt: clock.now().toISOString(), token: 'theirs' }));
      await hand.beat();
      expect(lost).toEqual([777]);
      await hand.beat(); // told once
      expect(lost).toEqual([777]);
      await mine.release(); // not ours any more: left in place
      expect(hand.stopped()).toBe(true);
      expect(JSON.parse(await readFile(mine.path, 'utf8'))).toMatchObject({ pid: 777 });
    } finally {
      await cleanup();
    }
  });

  it('beats by the real timer, again and again, until stopped', async () => {
    // No deadline but the test's: it waits for three beats, however slow the machine.
    let beats = 0;
    await new Promise<void>((resolve) => {
      const running = every(5, async () => {
        beats += 1;
        if (beats === 3) {
          running.stop();
          resolve();
        }
      });
    });
    await new Promise((r) => setTimeout(r, 30));
    expect(beats).toBe(3);
  });
});
