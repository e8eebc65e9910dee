// What /healthz says: whether the store can be read and written, when the reminder scheduler last ran,
// and the version. No file paths (they tell an outsider how the server is laid out).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { open, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Clock } from './clock.js';
import type { Store } from './store/store.js';

/** The version in package.json, read once at start. */
export function appVersion(root: string): string {
  try {
    return String((JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version?: unknown }).version ?? 'unknown');
  } catch {
    return 'unknown';
  }
}

async function canRead(file: string): Promise<boolean> {
  try {
    const fh = await open(file, 'r');
    try {
      await fh.read(Buffer.alloc(1), 0, 1, 0);
    } finally {
      await fh.close();
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * Writable when the last write of the store succeeded (or none failed yet) and a new file can be created
 * beside it right now (the store is written as a temp file renamed over it). Permission bits alone say
 * nothing when the bot runs as root, so the probe writes.
 */
async function canWrite(store: Store): Promise<boolean> {
  if (store.lastWrite && !store.lastWrite.ok) return false;
  const probe = path.join(path.dirname(store.path), `.healthz-${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fh = await open(probe, 'wx');
    await fh.close();
    await unlink(probe);
    return true;
  } catch {
    return false;
  }
}

export interface HealthDeps {
  store: Store;
  clock: Clock;
  version: string;
  /** When the reminder scheduler last planned (undefined before its first pass). */
  remindersLastRun: () => Date | undefined;
}

export async function health(deps: HealthDeps): Promise<Record<string, unknown>> {
  const [readable, writable] = await Promise.all([canRead(deps.store.path), canWrite(deps.store)]);
  const lastRun = deps.remindersLastRun();
  return {
    status: readable && writable ? 'ok' : 'degraded',
    version: deps.version,
    store: { readable, writable },
    reminders: { lastRunAt: lastRun?.toISOString() ?? null },
    meetings: deps.store.plan.plan.meetings.length,
    now: deps.clock.now().toISOString(),
  };
}
