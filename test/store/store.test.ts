import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ManualClock } from '../../bot/clock.js';
import { MAX_DIALOGS, openStore, StoreError, storeFileData } from '../../bot/store/store.js';
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
    const contexts = async () => JSON.parse(await readFile(store.dialogPath, 'utf8')) as unknown;
    await store.update(null, (d) => {
      d.runtime.handledKeys.push({ key: 'a', at: 'x' });
    });
    expect(await file()).toBe(JSON.stringify(storeFileData(store.data), null, 2));
    await store.update({ actor: 'sec-1', action: 'meeting.host', summary: 'värd' }, (d) => {
      d.plan.meetings[0]!.hosts = ['salem'];
    });
    expect(await file()).toBe(JSON.stringify(storeFileData(store.data), null, 2));
    await store.update(null, (d) => {
      d.runtime.dialog['conv-1'] = { context: { intent: 'nextMeeting' }, at: 'y' };
    });
    await store.update(null, (d) => {
      d.runtime.secretariat = ['u-1'];
    });
    expect(await file()).toBe(JSON.stringify(storeFileData(store.data), null, 2));
    expect(JSON.parse(await file()).runtime.dialog).toBeUndefined(); // the contexts have their own file
    expect(store.dialogPath).toBe(path.join(dir, 'store.dialog.json'));
    expect(await contexts()).toEqual(store.data.runtime.dialog);
    expect(await contexts()).toEqual({ 'conv-1': { context: { intent: 'nextMeeting' }, at: 'y' } });
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
    expect(JSON.parse(await readFile(store.dialogPath, 'utf8'))['conv-1']).toEqual({ context: { intent: 'nextMeeting' }, at: 'x' });
    expect(failures).toEqual([]);
    await expect(store.stage((d) => void (d.runtime.secretariat = 7 as never))).rejects.toMatchObject({ code: 'CHANGE_INVALID' });
  });

  it('rolls a staged change back and says so when its write fails', async () => {
    const storePath = path.join(dir, 'store.json');
    const store = await openStore({ storePath, seedPath: SEED, clock });
    await mkdir(path.join(dir, '.store.dialog.json.tmp'));
    const failed = new Promise<Error>((resolve) => {
      void store.stage((d) => {
        d.runtime.dialog['conv-1'] = { context: {}, at: 'x' };
      }, resolve);
    });
    expect(await failed).toMatchObject({ code: 'STORE_WRITE_FAILED', message: expect.stringContaining('store.dialog.json') });
    expect(store.data.runtime.dialog).toEqual({});
    await expect(readFile(store.dialogPath, 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('revalidates only the new entries of a list built from the current ones, and writes it as JSON would', async () => {
    const storePath = path.join(dir, 'store.json');
    const store = await openStore({ storePath, seedPath: SEED, clock });
    const conv = (id: string) => ({ id, channel: 'botframework' as const, reference: { id }, active: true, updatedAt: 'x' });
    await store.update(null, (d) => void (d.runtime.conversations = [conv('a'), conv('b')]));
    const [a, b] = store.data.runtime.conversations;
    await store.update(null, (d) => void (d.runtime.conversations = [...store.data.runtime.conversations, conv('c')]));
    expect(store.data.runtime.conversations[0]).toBe(a); // kept, not copied
    expect(store.data.runtime.conversations[1]).toBe(b);
    expect(store.data.runtime.conversations.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(await readFile(storePath, 'utf8')).toBe(JSON.stringify(storeFileData(store.data), null, 2));
    // A new entry is checked, and the error names it; nothing changes.
    await expect(
      store.update(null, (d) => void (d.runtime.conversations = [...store.data.runtime.conversations, { ...conv('d'), channel: 'not a channel' } as never])),
    ).rejects.toThrow(/conversations\.3\.channel/);
    expect(store.data.runtime.conversations.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    // Copies (what d.runtime.conversations hands a change) are all checked, as before.
    await expect(
      store.update(null, (d) => void (d.runtime.conversations[0]!.active = 'yes' as never)),
    ).rejects.toThrow(/conversations\.0\.active/);
  });

  // The follow-up contexts change with nearly every answer, so they have their own small file.
  describe('the follow-up contexts file', () => {
    const ctx = (at: string) => ({ context: { intent: 'nextMeeting' }, at });

    it('takes an answer\'s context without writing the store file', async () => {
      const storePath = path.join(dir, 'store.json');
      const store = await openStore({ storePath, seedPath: SEED, clock });
      const before = await readFile(storePath, 'utf8');
      await mkdir(path.join(dir, '.store.json.tmp')); // the store file cannot be written now
      const failures: Error[] = [];
      await store.stage((d) => void (d.runtime.dialog['c-1'] = ctx('a')), (e) => failures.push(e));
      await store.settled();
      expect(failures).toEqual([]);
      expect(JSON.parse(await readFile(store.dialogPath, 'utf8'))).toEqual({ 'c-1': ctx('a') });
      expect(await readFile(storePath, 'utf8')).toBe(before);
      // A change to the store file fails, and only that change: the context stays.
      await expect(store.update(null, (d) => void (d.runtime.secretariat = ['u-1']))).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED' });
      expect(store.data.runtime.secretariat).toEqual([]);
      expect(store.data.runtime.dialog['c-1']).toEqual(ctx('a'));
    });

    it('keeps the contexts over a restart, and takes those an older version left in the store file', async () => {
      const storePath = path.join(dir, 'store.json');
      const seed = JSON.parse(await readFile(SEED, 'utf8'));
      seed.runtime = { ...seed.runtime, dialog: { old: ctx('o') } };
      await writeFile(storePath, JSON.stringify(seed));
      const store = await openStore({ storePath, seedPath: SEED, clock });
      expect(store.data.runtime.dialog).toEqual({ old: ctx('o') });
      await store.stage((d) => void (d.runtime.dialog['c-1'] = ctx('a')));
      await store.update(null, (d) => void (d.runtime.secretariat = ['u-1']));
      expect(JSON.parse(await readFile(storePath, 'utf8')).runtime.dialog).toBeUndefined();
      const again = await openStore({ storePath, seedPath: SEED, clock });
      expect(again.data.runtime.dialog).toEqual({ old: ctx('o'), 'c-1': ctx('a') });
      // Contexts from the store file get their own file at once, so no store write can lose them.
      const legacy = path.join(dir, 'legacy.json');
      await writeFile(legacy, JSON.stringify(seed));
      const migrated = await openStore({ storePath: legacy, seedPath: SEED, clock });
      await migrated.update(null, (d) => void (d.runtime.secretariat = ['u-1']));
      expect((await openStore({ storePath: legacy, seedPath: SEED, clock })).data.runtime.dialog).toEqual({ old: ctx('o') });
      expect(again.data.runtime.secretariat).toEqual(['u-1']);
    });

    it('starts with no contexts, and says so, when their file is broken; the store opens', async () => {
      const storePath = path.join(dir, 'store.json');
      await openStore({ storePath, seedPath: SEED, clock });
      const warnings: string[] = [];
      await writeFile(path.join(dir, 'store.dialog.json'), '{ "c-1": ');
      expect((await openStore({ storePath, seedPath: SEED, clock, onWarning: (m) => warnings.push(m) })).data.runtime.dialog).toEqual({});
      await writeFile(path.join(dir, 'store.dialog.json'), JSON.stringify({ good: ctx('g'), bad: { context: 7 } }));
      const store = await openStore({ storePath, seedPath: SEED, clock, onWarning: (m) => warnings.push(m) });
      expect(store.data.runtime.dialog).toEqual({ good: ctx('g') });
      expect(warnings).toEqual([expect.stringMatching(/store\.dialog\.json is not valid JSON/), expect.stringMatching(/1 follow-up context\(s\) do not match/)]);
    });

    it('keeps at most MAX_DIALOGS, the most recent by time, also when a change adds many at once', async () => {
      const store = await openStore({ storePath: path.join(dir, 'store.json'), seedPath: SEED, clock });
      const at = (i: number) => new Date(Date.UTC(2011, 0, 1, 0, 0, i)).toISOString();
      await store.update(null, (d) => {
        // Added newest first, so that the order of adding is not the order of time.
        for (let i = MAX_DIALOGS + 4; i >= 0; i--) d.runtime.dialog[`c-${i}`] = ctx(at(i));
      });
      const ids = Object.keys(store.data.runtime.dialog);
      expect(ids).toHaveLength(MAX_DIALOGS);
      for (let i = 0; i < 5; i++) expect(ids).not.toContain(`c-${i}`);
      expect(ids).toContain('c-5');
      expect(Object.keys(JSON.parse(await readFile(store.dialogPath, 'utf8')))).toHaveLength(MAX_DIALOGS);
      await store.update(null, (d) => {
        delete d.runtime.dialog['c-10'];
        expect('c-10' in d.runtime.dialog).toBe(false);
        expect(Object.keys(d.runtime.dialog)).toHaveLength(MAX_DIALOGS - 1);
      });
      expect(store.data.runtime.dialog['c-10']).toBeUndefined();
      expect(Object.keys(store.data.runtime.dialog)).toHaveLength(MAX_DIALOGS - 1);
    });

    it('refuses a change to both the contexts and the rest of the store: each file is written on its own', async () => {
      const store = await openStore({ storePath: path.join(dir, 'store.json'), seedPath: SEED, clock });
      await expect(
        store.update(null, (d) => {
          d.runtime.secretariat = ['u-1'];
          d.runtime.dialog['c-1'] = ctx('a');
        }),
      ).rejects.toMatchObject({ code: 'CHANGE_INVALID' });
      expect(store.data.runtime.secretariat).toEqual([]);
      expect(store.data.runtime.dialog).toEqual({});
    });

    it('writes both files side by side, each with exactly the changes it reports as written', async () => {
      const storePath = path.join(dir, 'store.json');
      const store = await openStore({ storePath, seedPath: SEED, clock });
      // A store change and a context in one write; a second context arrives in the same tick.
      const failures: Error[] = [];
      const a = store.stage((d) => void (d.runtime.dialog.a = ctx('a')), (e) => failures.push(e));
      const u = store.update(null, (d) => void (d.runtime.secretariat = ['u-1']));
      const b = store.stage((d) => void (d.runtime.dialog.b = ctx('b')), (e) => failures.push(e));
      await Promise.all([a, u, b]);
      await store.settled();
      expect(JSON.parse(await readFile(store.dialogPath, 'utf8'))).toEqual({ a: ctx('a'), b: ctx('b') });
      // Now the contexts file cannot be written: what is on disk stays in memory, only the new change goes.
      await mkdir(path.join(dir, '.store.dialog.json.tmp'));
      await store.stage((d) => void (d.runtime.dialog.c = ctx('c')), (e) => failures.push(e));
      await store.settled();
      expect(failures).toHaveLength(1);
      expect(store.data.runtime.dialog).toEqual({ a: ctx('a'), b: ctx('b') });
      expect(JSON.parse(await readFile(store.dialogPath, 'utf8'))).toEqual({ a: ctx('a'), b: ctx('b') });
    });

    it('an update that changes nothing resolves once the changes before it are on disk', async () => {
      const store = await openStore({ storePath: path.join(dir, 'store.json'), seedPath: SEED, clock });
      await store.stage((d) => void (d.runtime.dialog.first = ctx('1')));
      await store.settled();
      await store.stage((d) => void (d.runtime.dialog.y = ctx('y'))); // within the delay after a write
      expect(await store.update(null, () => 'read only')).toBe('read only');
      expect(JSON.parse(await readFile(store.dialogPath, 'utf8')).y).toEqual(ctx('y'));
    });

    it('keeps the context a change sets even when its time is the oldest', async () => {
      const store = await openStore({ storePath: path.join(dir, 'store.json'), seedPath: SEED, clock });
      await store.update(null, (d) => {
        for (let i = 0; i < MAX_DIALOGS; i++) d.runtime.dialog[`c-${i}`] = ctx(`2011-02-${String((i % 28) + 1).padStart(2, '0')}`);
      });
      await store.stage((d) => void (d.runtime.dialog.late = ctx('2011-01-01'))); // a clock set back
      expect(store.data.runtime.dialog.late).toEqual(ctx('2011-01-01'));
      expect(Object.keys(store.data.runtime.dialog)).toHaveLength(MAX_DIALOGS);
    });

    it('is seen in a change as an object: spread, keys, defineProperty, hasOwnProperty', async () => {
      const store = await openStore({ storePath: path.join(dir, 'store.json'), seedPath: SEED, clock });
      await store.stage((d) => void (d.runtime.dialog.a = ctx('a')));
      await store.update(null, (d) => {
        const view = d.runtime.dialog;
        expect({ ...view }).toEqual({ a: ctx('a') });
        expect(Object.hasOwn(view, 'a') && view.hasOwnProperty('a')).toBe(true);
        Object.defineProperty(view, 'b', { value: ctx('b'), enumerable: true, configurable: true, writable: true });
        expect(Object.keys(view)).toEqual(['a', 'b']);
      });
      expect(store.data.runtime.dialog).toEqual({ a: ctx('a'), b: ctx('b') });
    });

    it('a change that replaces the runtime with a spread of it keeps the parts it does not name', async () => {
      const store = await openStore({ storePath: path.join(dir, 'store.json'), seedPath: SEED, clock });
      await store.update(null, (d) => void d.runtime.handledKeys.push({ key: 'k', at: 'x' }));
      await store.update(null, (d) => {
        d.runtime = { ...d.runtime, secretariat: ['u-2'] };
      });
      expect(store.data.runtime.secretariat).toEqual(['u-2']);
      expect(store.data.runtime.handledKeys).toEqual([{ key: 'k', at: 'x' }]);
    });

    it('rolls back every context not on disk when their write fails, also those that came during it', async () => {
      const store = await openStore({ storePath: path.join(dir, 'store.json'), seedPath: SEED, clock });
      await store.stage((d) => void (d.runtime.dialog.kept = ctx('k')));
      await store.settled();
      await mkdir(path.join(dir, '.store.dialog.json.tmp'));
      const failures: Error[] = [];
      await store.stage((d) => {
        d.runtime.dialog.kept = ctx('changed');
        d.runtime.dialog.added = ctx('a');
      }, (e) => failures.push(e));
      const settled = store.settled();
      await store.stage((d) => void delete d.runtime.dialog.kept, (e) => failures.push(e));
      await settled;
      await store.settled();
      expect(failures).toHaveLength(2);
      expect(store.data.runtime.dialog).toEqual({ kept: ctx('k') });
    });
  });
});
