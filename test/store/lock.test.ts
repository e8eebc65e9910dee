// One bot process per store: two real processes on one STORE_PATH, a stale lock, a clean stop.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ManualClock } from '../../bot/clock.js';
import { acquireStoreLock, lockPathFor, STALE_AFTER_MS, StoreLockedError } from '../../bot/store/lock.js';
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
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, out: () => out, exited };
}

async function until(what: string, check: () => boolean, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

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
      await until('the first bot to listen', () => first.out().includes('bot listening'));
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
      await until('the third bot to listen', () => third.out().includes('bot listening'));
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
  }, 60_000);

  it('judges a lock from another host by its heartbeat, and an unreadable one by its age', async () => {
    const { dir, cleanup } = await tempDir();
    const storePath = path.join(dir, 'store.json');
    const clock = new ManualClock('2026-05-01T10:00:00Z');
    try {
      const other = await acquireStoreLock(storePath, { clock, host: 'other-host', pid: 4242 });
      const now = clock.now();
      await utimes(other.path, now, now); // its last heartbeat: now
      await expect(acquireStoreLock(storePath, { clock, isAlive: () => false })).rejects.toThrow(StoreLockedError);
      await expect(acquireStoreLock(storePath, { clock })).rejects.toThrow(/pid 4242 on host other-host/);
      clock.advance(STALE_AFTER_MS + 1000); // no heartbeat for longer than that: the host is gone
      const taken: string[] = [];
      const mine = await acquireStoreLock(storePath, { clock, onTakeover: (_h, reason) => taken.push(reason) });
      expect(taken).toEqual([expect.stringMatching(/no heartbeat from other-host/)]);
      await other.release(); // no longer names the other process: leaves ours alone
      expect(existsSync(mine.path)).toBe(true);
      await mine.release();
      expect(existsSync(mine.path)).toBe(false);

      // Same host, a live pid that is not ours: refused; our own pid (a container's pid 1 again): taken over.
      const live = await acquireStoreLock(storePath, { clock, pid: 1 });
      await expect(acquireStoreLock(storePath, { clock, pid: 2, isAlive: () => true })).rejects.toThrow(/pid 1 on host/);
      const again = await acquireStoreLock(storePath, { clock, pid: 1 });
      expect(again.holder.pid).toBe(1);
      await live.release();
      await again.release();

      await writeFile(lockPathFor(storePath), '');
      await expect(acquireStoreLock(storePath, { clock: new ManualClock(new Date()) })).rejects.toThrow(StoreLockedError);
      await expect(acquireStoreLock(storePath, { clock: new ManualClock(new Date(Date.now() + 60_000)) })).resolves.toBeDefined();
    } finally {
      await cleanup();
    }
  });

  it('tells the holder when another process has taken its lock', async () => {
    const { dir, cleanup } = await tempDir();
    const storePath = path.join(dir, 'store.json');
    try {
      const lost: Array<number | undefined> = [];
      const mine = await acquireStoreLock(storePath, { clock: new ManualClock(new Date()), heartbeatMs: 20, onLost: (now) => lost.push(now?.pid) });
      await new Promise((r) => setTimeout(r, 80)); // heartbeats while it is ours: nothing lost
      expect(lost).toEqual([]);
      await writeFile(mine.path, JSON.stringify({ pid: 777, host: 'other-host', startedAt: new Date().toISOString(), token: 'theirs' }));
      const deadline = Date.now() + 2000;
      while (lost.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      expect(lost).toEqual([777]);
      await mine.release(); // not ours any more: left in place
      expect(JSON.parse(await readFile(mine.path, 'utf8'))).toMatchObject({ pid: 777 });
    } finally {
      await cleanup();
    }
  });
});
