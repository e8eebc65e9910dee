// kill -9 in the middle of a stream of confirmed secretariat changes leaves a valid store that holds
// every change confirmed before the kill.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ManualClock } from '../../bot/clock.js';
import { openStore } from '../../bot/store/store.js';
import { ROOT, SEED, tempDir } from '../helpers/app.js';

const CHILD = path.join(ROOT, 'test', 'robustness', 'change-stream.mjs');

describe('kill -9 during a stream of confirmed changes', () => {
  it('leaves a valid store holding every confirmed change', async () => {
    if (!existsSync(path.join(ROOT, 'dist', 'bot', 'store', 'store.js'))) throw new Error('dist/ is missing: npm test builds it first (npm run build)');
    const { dir, cleanup } = await tempDir();
    const storePath = path.join(dir, 'store.json');
    try {
      for (const killAfter of [7, 23]) {
        const child = spawn(process.execPath, [CHILD, storePath], { stdio: ['ignore', 'pipe', 'pipe'] });
        let confirmed = 0;
        let stderr = '';
        child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
        let guard: NodeJS.Timeout | undefined;
        const killed = new Promise<void>((resolve, reject) => {
          child.stdout.on('data', (c: Buffer) => {
            for (const m of c.toString().matchAll(/confirmed (\d+)/g)) confirmed = Math.max(confirmed, Number(m[1]));
            if (confirmed >= killAfter) child.kill('SIGKILL');
          });
          child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`child ended ${code} ${signal}: ${stderr}`))));
          guard = setTimeout(() => {
            child.kill('SIGKILL');
            reject(new Error(`no ${killAfter} confirmations in time: ${stderr}`));
          }, 30_000);
        });
        await killed.finally(() => clearTimeout(guard));
        // The file is whole and valid (openStore validates it), and holds at least what was confirmed.
        const store = await openStore({ storePath, seedPath: SEED, clock: new ManualClock('2011-04-07T08:00:00Z') });
        const personal = store.data.plan.budgets[0]!.costs.find((l) => l.id === 'personal')!.amount;
        const changes = store.data.runtime.audit.filter((e) => e.action === 'budget.line').length;
        // Each run starts its numbering at 1 again; the second run's confirmations come on top of the first's.
        const expectedChanges = killAfter === 7 ? confirmed : confirmed + 7;
        expect(personal).toBeGreaterThanOrEqual(580000 + confirmed);
        expect(changes).toBeGreaterThanOrEqual(expectedChanges);
      }
    } finally {
      await cleanup();
    }
  }, 60_000);
});
