// The follow-up contexts: a bounded cache in memory, written to their own file at most once per interval
// (and at once when asked), not once per answer.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ManualClock } from '../../bot/clock.js';
import { createDialogCache } from '../../bot/store/dialog.js';
import { tempDir } from '../helpers/app.js';

const clock = new ManualClock('2011-04-07T08:00:00Z');
const ctx = (at: string) => ({ context: { intent: 'nextMeeting' }, at });
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the follow-up contexts cache', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(() => cleanup());

  it('serves a context at once and writes the contexts set within an interval together, after it', async () => {
    const file = path.join(dir, 'store.dialog.json');
    const cache = createDialogCache({ file, initial: {}, clock, invalid: (m) => new Error(m), flushMs: 300 });
    cache.set('a', ctx('1'));
    cache.set('b', ctx('2'));
    expect(cache.get('a')).toEqual(ctx('1'));
    await wait(50);
    await expect(readFile(file, 'utf8')).rejects.toMatchObject({ code: 'ENOENT' }); // not yet: it waits for company
    await wait(500);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ a: ctx('1'), b: ctx('2') });
    cache.set('c', ctx('3'));
    await cache.flush(); // asked (settled, close): at once
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ a: ctx('1'), b: ctx('2'), c: ctx('3') });
  });

  it('refuses an invalid context, changing nothing', () => {
    const cache = createDialogCache({ initial: {}, clock, invalid: (m) => new Error(m) });
    expect(() => cache.set('a', { context: 7, at: 'x' } as never)).toThrow(/dialog\.a\.context/);
    expect(cache.size).toBe(0);
  });
});
