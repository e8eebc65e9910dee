// Backups: before every import and every day, the last 30 kept, and a restore as the README describes it.
import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ManualClock } from '../../bot/clock.js';
import { createMemoryLogger } from '../../bot/log.js';
import { KEEP_BACKUPS, listBackups, startDailyBackups } from '../../bot/store/backup.js';
import { openStore } from '../../bot/store/store.js';
import { renderText } from '../../cards/text.js';
import { SEED, tempDir } from '../helpers/app.js';
import { createTestCore } from '../helpers/core.js';

const MEMBER = 'sec-1';

describe('store backups', () => {
  it('backs the store up before an import, and the backup restores the plan as it was', async () => {
    const bot = await createTestCore('2011-04-07T10:00:00+02:00', { secretariat: [MEMBER], onDisk: true });
    try {
      const send = async (text: string) => (await bot.core.handleMessage({ conversationId: 'conv-1', channel: 'botframework', userId: MEMBER, text }))[0]!;
      const before = structuredClone(bot.store.data.plan);
      const next = structuredClone(before);
      next.meetings = [{ id: 'sk-2012-02-16', body: 'samarbetskommitten', date: { kind: 'day', date: '2012-02-16' }, time: { kind: 'clock', start: '12:00', end: '15:00' }, hosts: ['salem'], certainty: 'confirmed', status: 'planned' }];
      next.calendarYears = [2012];
      // A proposal alone backs nothing up; the confirmation does, before the plan is replaced.
      expect(renderText(await send(`importera ${JSON.stringify(next)}`))).toMatch(/Möten: 18 → 19/);
      expect(await listBackups(bot.store.path)).toEqual([]);
      expect((await send('bekräfta')).kind).toBe('confirmed');
      expect(bot.store.data.plan.meetings).toHaveLength(19);
      const backups = await listBackups(bot.store.path);
      expect(backups.map((p) => path.basename(p))).toEqual(['store-20110407T080000Z-import.json']); // dated by the bot's clock
      const saved = JSON.parse(await readFile(backups[0]!, 'utf8')) as { plan: unknown };
      expect(saved.plan).toEqual(before);

      // Restore (README, "Operating it"; docs/operations.md, "Backups"): with the bot stopped, copy the backup over the store file and start again.
      await bot.store.settled();
      await copyFile(backups[0]!, bot.store.path);
      const restored = await openStore({ storePath: bot.store.path, seedPath: SEED, clock: bot.clock });
      expect(restored.data.plan).toEqual(before);
      expect(restored.data.plan.meetings).toHaveLength(18);
      expect(restored.data.runtime.secretariat).toEqual([MEMBER]);
    } finally {
      await bot.cleanup();
    }
  });

  it('makes one backup a day and keeps the last 30', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const clock = new ManualClock('2026-01-01T08:00:00Z');
      const logger = createMemoryLogger();
      const store = await openStore({ storePath: path.join(dir, 'store.json'), seedPath: SEED, clock });
      const daily = startDailyBackups({ storePath: store.path, clock, logger, backup: (r) => store.backup(r), everyMs: 3_600_000 });
      await daily.check();
      clock.advance(3_600_000);
      await daily.check(); // the same day: nothing new
      expect((await listBackups(store.path)).map((p) => path.basename(p))).toEqual(['store-20260101T080000Z-daily.json']);
      for (let day = 1; day <= 34; day += 1) {
        clock.advance(24 * 3_600_000);
        await daily.check();
      }
      await daily.close();
      const names = (await listBackups(store.path)).map((p) => path.basename(p));
      expect(names).toHaveLength(KEEP_BACKUPS);
      expect(names[0]).toBe('store-20260106T090000Z-daily.json'); // 1–5 January are gone
      expect(names.at(-1)).toBe('store-20260204T090000Z-daily.json');
      expect(logger.lines.filter((l) => l.msg === 'store backed up')).toHaveLength(35);
    } finally {
      await cleanup();
    }
  });
});
