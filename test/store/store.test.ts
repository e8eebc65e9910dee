import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ManualClock } from '../../bot/clock.js';
import { openStore, StoreError } from '../../bot/store/store.js';
import { SEED, tempDir } from '../helpers/app.js';

const clock = new ManualClock('2011-04-07T08:00:00Z');

describe('the store', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(() => cleanup());

  it('copies the seed into a missing store file and loads it', async () => {
    const storePath = path.join(dir, 'sub', 'store.json');
    const store = await openStore({ storePath, seedPath: SEED, clock });
    expect(store.data.plan.meetings.length).toBeGreaterThan(10);
    expect(JSON.parse(await readFile(storePath, 'utf8'))).toEqual(JSON.parse(await readFile(SEED, 'utf8')));
  });

  it('refuses a file that is not JSON, naming it, and leaves it untouched', async () => {
    const storePath = path.join(dir, 'store.json');
    await writeFile(storePath, '{ "schemaVersion": 1, ');
    await expect(openStore({ storePath, seedPath: SEED, clock })).rejects.toThrow(/store\.json is not valid JSON/);
    expect(await readFile(storePath, 'utf8')).toBe('{ "schemaVersion": 1, ');
  });

  it('refuses a file that breaks the schema, saying where, and leaves it untouched', async () => {
    const storePath = path.join(dir, 'store.json');
    const seed = JSON.parse(await readFile(SEED, 'utf8'));
    seed.plan.meetings[1].date.date = '2011-02-30';
    const text = JSON.stringify(seed);
    await writeFile(storePath, text);
    const err = await openStore({ storePath, seedPath: SEED, clock }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as Error).message).toMatch(/store\.json does not match the schema/);
    expect((err as Error).message).toMatch(/plan\.meetings\.1\.date\.date: datumet finns inte/);
    expect(await readFile(storePath, 'utf8')).toBe(text);
  });

  it('refuses a store from a newer schema version', async () => {
    const storePath = path.join(dir, 'store.json');
    const seed = JSON.parse(await readFile(SEED, 'utf8'));
    seed.schemaVersion = 99;
    await writeFile(storePath, JSON.stringify(seed));
    await expect(openStore({ storePath, seedPath: SEED, clock })).rejects.toThrow(/schemaVersion 99/);
  });

  it('validates a change before writing it, and keeps the old data when it is invalid', async () => {
    const storePath = path.join(dir, 'store.json');
    const store = await openStore({ storePath, seedPath: SEED, clock });
    const before = await readFile(storePath, 'utf8');
    await expect(
      store.update({ actor: 't', action: 'x', summary: 'bad host' }, (d) => {
        d.plan.meetings[0]!.hosts = ['stockholm'];
      }),
    ).rejects.toThrow(/okänd kommun "stockholm"/);
    expect(await readFile(storePath, 'utf8')).toBe(before);
    expect(store.data.plan.meetings[0]!.hosts).toEqual(['haninge']);
  });

  it('writes a valid change atomically with its audit entry, and it survives reopening', async () => {
    const storePath = path.join(dir, 'store.json');
    const store = await openStore({ storePath, seedPath: SEED, clock });
    await store.update({ actor: 'sec-1', action: 'meeting.host', summary: 'värd', before: 'haninge', after: 'salem' }, (d) => {
      d.plan.meetings[0]!.hosts = ['salem'];
    });
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const again = await openStore({ storePath, seedPath: SEED, clock });
    expect(again.data.plan.meetings[0]!.hosts).toEqual(['salem']);
    expect(again.data.runtime.audit).toEqual([
      expect.objectContaining({ actor: 'sec-1', action: 'meeting.host', at: '2011-04-07T08:00:00.000Z', before: 'haninge', after: 'salem' }),
    ]);
  });

  it('applies concurrent changes one after the other without losing any', async () => {
    const storePath = path.join(dir, 'store.json');
    const store = await openStore({ storePath, seedPath: SEED, clock });
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.update(null, (d) => {
          d.runtime.handledKeys.push({ key: `k${i}`, at: 'x' });
        }),
      ),
    );
    const again = await openStore({ storePath, seedPath: SEED, clock });
    expect(again.data.runtime.handledKeys.map((k) => k.key).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `k${i}`).sort());
  });

  it('reports a failed write and keeps serving the last good data', async () => {
    const storePath = path.join(dir, 'store.json');
    const store = await openStore({ storePath, seedPath: SEED, clock });
    // steno writes to .store.json.tmp first; a directory there makes the write fail, even for root.
    await mkdir(path.join(dir, '.store.json.tmp'));
    await expect(
      store.update(null, (d) => {
        d.runtime.secretariat.push('x');
      }),
    ).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED' });
    expect(store.data.runtime.secretariat).toEqual([]);
    expect(JSON.parse(await readFile(storePath, 'utf8')).runtime.secretariat).toEqual([]);
  });

  it('writes exactly the current data, however it was reached, as indented JSON', async () => {
    const storePath = path.join(dir, 'store.json');
    const store = await openStore({ storePath, seedPath: SEED, clock });
    const file = async () => readFile(storePath, 'utf8');
    await store.update(null, (d) => {
      d.runtime.handledKeys.push({ key: 'a', at: 'x' });
    });
    expect(await file()).toBe(JSON.stringify(store.data, null, 2));
    await store.update({ actor: 'sec-1', action: 'meeting.host', summary: 'värd' }, (d) => {
      d.plan.meetings[0]!.hosts = ['salem'];
    });
    expect(await file()).toBe(JSON.stringify(store.data, null, 2));
    await store.update(null, (d) => {
      d.runtime.dialog['conv-1'] = { context: { intent: 'nextMeeting' }, at: 'y' };
      d.runtime.secretariat = ['u-1'];
    });
    expect(await file()).toBe(JSON.stringify(store.data, null, 2));
    expect(JSON.parse(await file()).plan.meetings[0].hosts).toEqual(['salem']);
    expect(JSON.parse(await file()).runtime.secretariat).toEqual(['u-1']);
  });

  it('replaces only what a change touches; the rest keeps its identity', async () => {
    const store = await openStore({ storePath: path.join(dir, 'store.json'), seedPath: SEED, clock });
    const before = store.data;
    await store.update(null, (d) => {
      d.runtime.handledKeys.push({ key: 'a', at: 'x' });
    });
    expect(store.data.plan).toBe(before.plan);
    expect(store.data.runtime.subscriptions).toBe(before.runtime.subscriptions);
    expect(store.data.runtime.dialog).toBe(before.runtime.dialog);
    expect(store.data.runtime.handledKeys).not.toBe(before.runtime.handledKeys);
    expect(before.runtime.handledKeys).toEqual([]);
  });

  it('refuses an invalid runtime change, naming the field, and keeps the old data', async () => {
    const store = await openStore({ storePath: path.join(dir, 'store.json'), seedPath: SEED, clock });
    await expect(
      store.update(null, (d) => {
        d.runtime.handledKeys.push({ key: 'ok', at: 'x' });
        d.runtime.subscriptions.push({ conversationId: 'c', bodies: [], leads: [], createdAt: 'x' } as never);
      }),
    ).rejects.toThrow(/subscriptions\.0\.bodies/);
    expect(store.data.runtime.subscriptions).toEqual([]);
    expect(store.data.runtime.handledKeys).toEqual([]);
  });

  it('stages a change: applied at once, on disk with the next write', async () => {
    const storePath = path.join(dir, 'store.json');
    const store = await openStore({ storePath, seedPath: SEED, clock });
    const failures: Error[] = [];
    const result = await store.stage((d) => {
      d.runtime.dialog['conv-1'] = { context: { intent: 'nextMeeting' }, at: 'x' };
      return 'applied';
    }, (e) => failures.push(e));
    expect(result).toBe('applied');
    expect(store.data.runtime.dialog['conv-1']).toEqual({ context: { intent: 'nextMeeting' }, at: 'x' });
    await store.settled();
    expect(JSON.parse(await readFile(storePath, 'utf8')).runtime.dialog['conv-1']).toEqual({ context: { intent: 'nextMeeting' }, at: 'x' });
    expect(failures).toEqual([]);
    await expect(store.stage((d) => void (d.runtime.secretariat = 7 as never))).rejects.toMatchObject({ code: 'CHANGE_INVALID' });
  });

  it('rolls a staged change back and says so when its write fails', async () => {
    const storePath = path.join(dir, 'store.json');
    const store = await openStore({ storePath, seedPath: SEED, clock });
    await mkdir(path.join(dir, '.store.json.tmp'));
    const failed = new Promise<Error>((resolve) => {
      void store.stage((d) => {
        d.runtime.dialog['conv-1'] = { context: {}, at: 'x' };
      }, resolve);
    });
    expect(await failed).toMatchObject({ code: 'STORE_WRITE_FAILED' });
    expect(store.data.runtime.dialog).toEqual({});
    expect(JSON.parse(await readFile(storePath, 'utf8')).runtime.dialog).toEqual({});
  });
});
