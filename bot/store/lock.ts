// One bot process per store, enforced. Two processes on one STORE_PATH would each run the reminder
// scheduler (every reminder sent twice) and each overwrite the other's writes. So the bot takes a lock
// file beside the store (store.json → store.json.lock) naming its pid and host, and a second process
// refuses to start with a message naming the holder.
//
// - Created with O_EXCL ('wx'): of two processes starting at once, one gets it.
// - A lock left by a process that died (kill -9, a crash, a power cut) is taken over: on the same host
//   when its pid is no longer alive (or is our own pid: a container restarted with the same pid 1); from
//   another host (a shared volume) when its heartbeat is older than STALE_AFTER_MS. The holder touches the
//   file's modification time every HEARTBEAT_MS for that.
// - Released on a clean stop (only while it still names this process).
// A takeover re-reads the stale lock just before deleting it and deletes it only if it is unchanged; two
// processes taking over the same stale lock in the same millisecond could still both succeed.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, stat, unlink, utimes } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Clock } from '../clock.js';

export const HEARTBEAT_MS = 30_000;
export const STALE_AFTER_MS = 120_000;

export class StoreLockedError extends Error {
  readonly code = 'STORE_LOCKED';
  constructor(message: string) {
    super(message);
    this.name = 'StoreLockedError';
  }
}

export interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
  token: string;
}

export interface StoreLock {
  readonly path: string;
  readonly holder: LockHolder;
  /** Adds a listener for the lock being lost (see LockOptions.onLost). */
  onLost(listener: (now: LockHolder | undefined) => void): void;
  /** Deletes the lock file if it still names this process. */
  release(): Promise<void>;
}

export interface LockOptions {
  /** Real time (never BOT_NOW's): heartbeats are compared across hosts. */
  clock: Clock;
  pid?: number;
  host?: string;
  /** Whether a process with this pid runs on this host (default: signal 0). */
  isAlive?: (pid: number) => boolean;
  /** Called once if the lock file stops naming this process while it runs (someone deleted or took it). */
  onLost?: (now: LockHolder | undefined) => void;
  /** Told when a stale lock was taken over (for the log). */
  onTakeover?: (stale: LockHolder | undefined, reason: string) => void;
  /** How often the heartbeat runs (and a lost lock is noticed); HEARTBEAT_MS unless a test says otherwise. */
  heartbeatMs?: number;
  /** What runs the heartbeat every heartbeatMs: `every` (real timers) unless a test beats by hand. */
  repeat?: Repeat;
}

/** Runs `beat` every `ms` until stopped; the next beat waits for none before it. */
export type Repeat = (ms: number, beat: () => Promise<void>) => { stop(): void };

/** The real timer: setInterval, not keeping the process alive. */
export const every: Repeat = (ms, beat) => {
  const timer = setInterval(() => void beat(), ms);
  timer.unref();
  return { stop: () => clearInterval(timer) };
};

export function lockPathFor(storePath: string): string {
  return `${storePath}.lock`;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const v = JSON.parse(text) as Partial<LockHolder>;
    if (typeof v.pid === 'number' && typeof v.host === 'string' && typeof v.startedAt === 'string' && typeof v.token === 'string') return v as LockHolder;
  } catch {
    /* torn or foreign: handled as unreadable */
  }
  return undefined;
}

async function readLock(file: string): Promise<{ text: string; mtimeMs: number } | undefined> {
  try {
    const [text, st] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
    return { text, mtimeMs: st.mtimeMs };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

export async function acquireStoreLock(storePath: string, opts: LockOptions): Promise<StoreLock> {
  const file = lockPathFor(storePath);
  const pid = opts.pid ?? process.pid;
  const host = opts.host ?? os.hostname();
  const alive = opts.isAlive ?? processAlive;
  const holder: LockHolder = { pid, host, startedAt: opts.clock.now().toISOString(), token: randomBytes(8).toString('hex') };
  const content = `${JSON.stringify(holder)}\n`;
  await mkdir(path.dirname(file), { recursive: true });

  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      const fd = await open(file, 'wx');
      try {
        await fd.writeFile(content);
      } finally {
        await fd.close();
      }
      return started(file, holder, opts);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new StoreLockedError(`Cannot create the lock file ${file}: ${(e as Error).message}`);
      }
    }
    const seen = await readLock(file);
    if (!seen) continue; // released meanwhile: try again
    const other = parseHolder(seen.text);
    const age = opts.clock.now().getTime() - seen.mtimeMs;
    let stale: string | undefined;
    if (!other) stale = age > 10_000 ? 'unreadable lock file' : undefined; // a lock being written right now is left alone
    else if (other.host === host) stale = other.pid === pid ? 'left by an earlier run with our pid' : alive(other.pid) ? undefined : `pid ${other.pid} is not running`;
    else stale = age > STALE_AFTER_MS ? `no heartbeat from ${other.host} for ${Math.round(age / 1000)} s` : undefined;
    if (!stale) {
      const who = other ? `pid ${other.pid} on host ${other.host}, since ${other.startedAt}` : 'a process whose lock file is being written';
      throw new StoreLockedError(
        `Another Södertörnsboten process already uses the store ${storePath} (${who}; lock file ${file}).\n` +
          'Run one bot per store: two would send every reminder twice and overwrite each other\'s changes.\n' +
          'Stop the other process first. If it is gone for good (its machine is down), delete the lock file.',
      );
    }
    const again = await readLock(file);
    if (again && again.text !== seen.text) continue; // someone else took it over meanwhile: look again
    try {
      await unlink(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new StoreLockedError(`Cannot remove the stale lock file ${file}: ${(e as Error).message}`);
    }
    opts.onTakeover?.(other, stale);
  }
  throw new StoreLockedError(`Could not take the lock file ${file}: other processes keep taking it.`);
}

function started(file: string, holder: LockHolder, opts: LockOptions): StoreLock {
  let released = false;
  let lost = false;
  const lostListeners: Array<(now: LockHolder | undefined) => void> = [];
  if (opts.onLost) lostListeners.push(opts.onLost);
  const ours = async () => parseHolder((await readLock(file))?.text ?? '')?.token === holder.token;
  const beat = (opts.repeat ?? every)(opts.heartbeatMs ?? HEARTBEAT_MS, () =>
    (async () => {
      if (released || lost) return;
      if (await ours()) {
        const now = opts.clock.now();
        await utimes(file, now, now);
      } else {
        lost = true;
        const now = parseHolder((await readLock(file))?.text ?? '');
        for (const l of lostListeners) l(now);
      }
    })().catch(() => undefined),
  );
  return {
    path: file,
    holder,
    onLost(listener) {
      lostListeners.push(listener);
    },
    async release() {
      if (released) return;
      released = true;
      beat.stop();
      if (await ours().catch(() => false)) await unlink(file).catch(() => undefined);
    },
  };
}
