// kill -9 in the middle of a stream of store writes: the file left behind must open (valid JSON, valid
// against the schema) and hold every change that was confirmed before the kill, and nothing half-done.
// The writer is a child process (test/helpers/storeWriter.ts, run from source through a small loader);
// it is killed three times at different points, each time carrying on from the store the last one left.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ManualClock } from '../../bot/clock.js';
import { openStore } from '../../bot/store/store.js';
import { ROOT, SEED, tempDir } from '../helpers/app.js';
import { MEETING, ROTATION_YEAR, dateOf } from '../helpers/storeWriter.js';

const clock = new ManualClock('2011-04-07T10:00:00+02:00');

/** Runs the writer until it has confirmed `after` changes, kills it with SIGKILL, returns the last index it confirmed. */
function writeAndKill(storePath: string, after: number): Promise<{ last: number; confirmed: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', pathToFileURL(path.join(ROOT, 'test', 'helpers', 'ts-register.mjs')).href, path.join(ROOT, 'test', 'helpers', 'storeWriter.ts'), storePath, SEED, '1000000'],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    let killed = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the writer did not confirm ${after} changes in 15 s: ${err}`));
    }, 15_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (!killed && out.split('\n').length - 1 >= after) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    // 'close' comes after the pipes are drained: every index the writer printed before it died is here.
    child.on('close', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') return reject(new Error(`the writer ended by itself: ${err}`));
      const lines = out.split('\n').filter(Boolean).map(Number);
      resolve({ last: lines.at(-1) ?? 0, confirmed: lines.length });
    });
  });
}

it('kill -9 mid-stream leaves a valid store holding every confirmed change', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const storePath = path.join(dir, 'store.json');
    let before = 0;
    for (const after of [40, 150, 300]) {
      const { last, confirmed } = await writeAndKill(storePath, after);
      expect(confirmed).toBeGreaterThanOrEqual(after);
      expect(last).toBe(before + confirmed);

      const store = await openStore({ storePath, seedPath: SEED, clock }); // parses and validates, or throws
      const meeting = store.data.plan.meetings.find((m) => m.id === MEETING)!;
      const k = meeting.sequence!;
      // Everything confirmed is there; at most the one change in flight when it died is there as well.
      expect(k === last || k === last + 1).toBe(true);
      // … and each change whole: its date, its host and its audit entry agree with its index.
      expect(meeting.date).toEqual({ kind: 'day', date: dateOf(k) });
      const hosts = store.data.plan.municipalities.map((m) => m.id);
      expect(store.data.plan.hostRotations.find((r) => r.year === ROTATION_YEAR)!.host).toBe(hosts[k % hosts.length]);
      expect(store.data.runtime.audit).toHaveLength(k);
      expect(store.data.runtime.audit.at(-1)!.summary).toBe(`write ${k}`);
      // The store takes writes again after the crash (a stale temp file is simply overwritten).
      await store.update(null, (d) => {
        d.runtime.handledKeys.push({ key: `after-crash-${k}`, at: clock.now().toISOString() });
      });
      before = k;
    }
  } finally {
    await cleanup();
  }
});
