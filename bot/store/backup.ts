// Backups of the store file: dated copies in backups/ beside it (data/store.json → data/backups/
// store-20261202T090000Z-daily.json), made every day and before every import; the last KEEP_BACKUPS are
// kept. Restoring is copying one back over the store file while the bot is stopped (docs/operations.md,
// "Backups").
// The follow-up contexts (store.dialog.json) are not backed up: they are disposable.
import { copyFile, mkdir, readdir, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Clock } from '../clock.js';
import type { Logger } from '../log.js';

export const KEEP_BACKUPS = 30;
const HOUR = 3_600_000;

export function backupDir(storePath: string): string {
  return path.join(path.dirname(storePath), 'backups');
}

function stem(storePath: string): string {
  return path.basename(storePath).replace(/\.json$/i, '');
}

/** 2026-12-02T09:00:00.000Z → 20261202T090000Z: sorts by time, safe in every file system. */
function stamp(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

const REASON = /^[a-z]+$/;

/** The store's backups, oldest first. */
export async function listBackups(storePath: string): Promise<string[]> {
  const prefix = `${stem(storePath)}-`;
  let names: string[];
  try {
    names = await readdir(backupDir(storePath));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  return names
    .filter((n) => n.startsWith(prefix) && /^\d{8}T\d{6}Z-[a-z]+\.json$/.test(n.slice(prefix.length)))
    .sort()
    .map((n) => path.join(backupDir(storePath), n));
}

/**
 * Copies the store file (as it is on disk: the caller waits for pending writes first) to a dated backup
 * and deletes all but the newest KEEP_BACKUPS. The copy goes to a temp name first and is renamed, so a
 * backup file is never half written. Returns the backup's path.
 */
export async function writeBackup(storePath: string, at: Date, reason: string): Promise<string> {
  if (!REASON.test(reason)) throw new Error(`backup reason must be lower-case letters: ${reason}`);
  const dir = backupDir(storePath);
  await mkdir(dir, { recursive: true });
  const target = path.join(dir, `${stem(storePath)}-${stamp(at)}-${reason}.json`);
  const tmp = `${target}.tmp`;
  await copyFile(storePath, tmp);
  await rename(tmp, target);
  const all = await listBackups(storePath);
  for (const old of all.slice(0, Math.max(0, all.length - KEEP_BACKUPS))) await unlink(old).catch(() => undefined);
  return target;
}

/**
 * A daily backup: checked at start and then every hour, a backup is made when none of today's (UTC, by
 * the bot's clock) exists yet. Checking rather than sleeping until midnight keeps it right across
 * restarts and a clock that jumps (BOT_NOW).
 */
export function startDailyBackups(deps: { storePath: string; clock: Clock; logger: Logger; backup: (reason: string) => Promise<string>; everyMs?: number }): {
  check(): Promise<void>;
  close(): Promise<void>;
} {
  let running: Promise<void> = Promise.resolve();
  const check = () => {
    running = running.then(async () => {
      const today = stamp(deps.clock.now()).slice(0, 8);
      const prefix = `${stem(deps.storePath)}-${today}T`;
      const have = (await listBackups(deps.storePath)).some((p) => path.basename(p).startsWith(prefix) && p.endsWith('-daily.json'));
      if (have) return;
      const file = await deps.backup('daily');
      deps.logger.info('store backed up', { reason: 'daily', file: path.basename(file) });
    }).catch((e: unknown) => deps.logger.error('daily store backup failed', { error: e as Error }));
    return running;
  };
  const timer = setInterval(() => void check(), deps.everyMs ?? HOUR);
  timer.unref();
  void check();
  return {
    check,
    async close() {
      clearInterval(timer);
      await running;
    },
  };
}
