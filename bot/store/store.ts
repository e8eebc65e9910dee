// The one module that owns lowdb. Every write is validated against the schema first, applied atomically
// (steno writes a temp file and renames it over the store, so a crash leaves the old or the new file,
// never a torn one), serialised (two changes at the same moment run one after the other) and, for
// changes people make, audited in the same write.
import { copyFile, mkdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import { markStored } from './stored.js';
import { RuntimeSchema, SCHEMA_VERSION, StoreSchema, checkReferences, type AuditEntry, type Runtime, type StoreData } from './schema.js';

export class StoreError extends Error {
  constructor(
    readonly code: 'STORE_UNREADABLE' | 'STORE_INVALID' | 'STORE_WRITE_FAILED' | 'CHANGE_INVALID',
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** What a change writes into the audit log. `null` marks bookkeeping (sent reminders, handled keys). */
export interface AuditInput {
  actor: string;
  action: string;
  summary: string;
  before?: unknown;
  after?: unknown;
  undoOf?: string;
}

export interface Store {
  /** The current, validated data. Treat as read-only: change it only through update(). */
  readonly data: StoreData;
  readonly path: string;
  update<T>(audit: AuditInput | null, change: (draft: StoreData) => T): Promise<T>;
  /**
   * For bookkeeping no answer should wait on the disk for (a conversation's follow-up context): the change
   * is validated and applied in order with every other change like update()'s, and the promise resolves
   * once it is applied in memory; it reaches the disk with the next write, at most about 100 ms later
   * (sooner when an update() writes), sharing it with the other changes of that time. If that write fails,
   * the change is rolled back like any unwritten one and `onWriteFailed` is told.
   */
  stage<T>(change: (draft: StoreData) => T, onWriteFailed?: (e: StoreError) => void): Promise<T>;
  /** Resolves when every change made so far has been written (or its write has failed). */
  settled(): Promise<void>;
  onChange(listener: (data: StoreData) => void): () => void;
}

function describe(issues: Array<{ path: PropertyKey[]; message: string }>): string {
  return issues
    .slice(0, 10)
    .map((i) => `  ${i.path.map(String).join('.') || '(roten)'}: ${i.message}`)
    .join('\n');
}

type RuntimeKey = keyof Runtime;
const RUNTIME_KEYS = Object.keys(RuntimeSchema.shape) as RuntimeKey[];
/**
 * The one runtime part whose entries are replaced, never edited in place: the follow-up context per
 * conversation, written with every answer. A change gets a shallow copy of it and only new entries are
 * validated, so an answer costs the same with ten conversations or two thousand. Entries are frozen, so an
 * edit in place fails loudly instead of reaching the current data through the shared entry.
 */
const DIALOG_ENTRY = RuntimeSchema.shape.dialog.unwrap().valueType;
type Dialog = Runtime['dialog'];

function freezeDialog(dialog: Dialog): Dialog {
  for (const entry of Object.values(dialog)) Object.freeze(entry);
  return dialog;
}

/** Staged changes wait this long for company before they are written (see Store.stage). */
const STAGE_DELAY_MS = 100;

/**
 * JSON.stringify(data, null, 2), byte for byte, but the text of the plan and of each part of the runtime
 * is kept per object and reused while that object is unchanged. The store never changes its data in place
 * (a change replaces what it touches), so an object seen before still has the same text: a write after a
 * runtime change re-serialises only that part, however large the plan is.
 */
export function createStoreSerializer(): (data: StoreData) => string {
  const caches = new Map<string, WeakMap<object, string>>();
  const part = (v: unknown, indent: string): string => {
    if (v === null || typeof v !== 'object') return JSON.stringify(v) as string;
    let cache = caches.get(indent);
    if (!cache) caches.set(indent, (cache = new WeakMap()));
    let text = cache.get(v);
    if (text === undefined) {
      text = JSON.stringify(v, null, 2).replace(/\n/g, `\n${indent}`);
      cache.set(v, text);
    }
    return text;
  };
  const object = (o: object, indent: string, inner: (v: unknown, indent: string) => string): string => {
    const lines: string[] = [];
    for (const [k, v] of Object.entries(o)) {
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
      lines.push(`${indent}  ${JSON.stringify(k)}: ${inner(v, `${indent}  `)}`);
    }
    return lines.length ? `{\n${lines.join(',\n')}\n${indent}}` : '{}';
  };
  return (data) =>
    object(data, '', (v, indent) => (v === data.runtime && v !== null && typeof v === 'object' ? object(v, indent, part) : part(v, indent)));
}

/** Validates a whole store document; returns it with defaults applied, or throws CHANGE_INVALID. */
export function validateStore(candidate: unknown): StoreData {
  const parsed = StoreSchema.safeParse(candidate);
  if (!parsed.success) throw new StoreError('CHANGE_INVALID', describe(parsed.error.issues));
  const refs = checkReferences(parsed.data.plan);
  if (refs.length > 0) throw new StoreError('CHANGE_INVALID', refs.map((r) => `  ${r}`).join('\n'));
  return parsed.data;
}

async function readValidated(file: string): Promise<StoreData> {
  let text: string;
  try {
    text = await readFile(file, 'utf-8');
  } catch (e) {
    throw new StoreError('STORE_UNREADABLE', `Cannot read store file ${file}: ${(e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new StoreError('STORE_UNREADABLE', `Store file ${file} is not valid JSON: ${(e as Error).message}`);
  }
  const version = (json as { schemaVersion?: unknown })?.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    throw new StoreError(
      'STORE_INVALID',
      `Store file ${file} has schemaVersion ${version}, newer than this bot understands (${SCHEMA_VERSION}).`,
    );
  }
  // Older versions would be migrated here, step by step, before validation.
  try {
    return validateStore(json);
  } catch (e) {
    throw new StoreError('STORE_INVALID', `Store file ${file} does not match the schema:\n${(e as Error).message}`);
  }
}

/**
 * Opens the store at `storePath`, first copying the seed there if no store exists. A store that is not
 * valid JSON or fails the schema is refused with a message naming the file; it is never overwritten.
 */
export async function openStore(opts: { storePath: string; seedPath: string; clock: Clock }): Promise<Store> {
  const { storePath, seedPath, clock } = opts;
  let exists = true;
  try {
    await readFile(storePath);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new StoreError('STORE_UNREADABLE', `Cannot read store file ${storePath}: ${(e as Error).message}`);
    }
    exists = false;
  }
  if (!exists) {
    await readValidated(seedPath); // a broken seed must not become the store
    await mkdir(path.dirname(storePath), { recursive: true });
    const tmp = path.join(path.dirname(storePath), `.${path.basename(storePath)}.seed.tmp`);
    await copyFile(seedPath, tmp);
    await rename(tmp, storePath);
  }
  const initial = await readValidated(storePath);
  markStored(initial.plan);
  freezeDialog(initial.runtime.dialog);
  const db = new Low<StoreData>(new DataFile<StoreData>(storePath, { parse: JSON.parse, stringify: createStoreSerializer() }), initial);
  db.data = initial;

  const listeners = new Set<(data: StoreData) => void>();
  let queue: Promise<unknown> = Promise.resolve();

  // Disk writes are coalesced: a change is applied in memory at once (in order), then waits for the next
  // write that includes it. Under load many changes share one serialisation and one atomic rename. A
  // change from update() is written at once (after the write in progress, if any). Staged changes are
  // written at once too when the store is quiet, but within STAGE_DELAY_MS of the last write they wait for
  // that much time to pass, so a stream of answers costs a few writes a second, not one each.
  let persisted: StoreData = initial; // what the file holds
  let dirty = false; // changes in memory not yet written
  let urgent = false; // one of them is waited for by update() or settled(), or the delay is over
  let flushing: Promise<void> | undefined;
  let cooling: NodeJS.Timeout | undefined; // runs for STAGE_DELAY_MS after each write
  let waiters: Array<{ resolve: () => void; reject: (e: Error) => void }> = [];

  function persist(staged: boolean): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      waiters.push({ resolve, reject });
      dirty = true;
      if (!staged) urgent = true;
      schedule();
    });
  }

  function schedule(): void {
    // A write in progress looks again when it ends; staged changes after a recent write wait for the delay.
    if (flushing || !dirty || (!urgent && cooling)) return;
    flushing = flushLoop();
  }

  function cool(): void {
    if (cooling) clearTimeout(cooling);
    cooling = setTimeout(() => {
      cooling = undefined;
      schedule();
    }, STAGE_DELAY_MS);
  }

  async function flushLoop(): Promise<void> {
    do {
      dirty = false;
      urgent = false;
      const batch = waiters;
      waiters = [];
      const writing = db.data;
      try {
        await db.write();
        persisted = writing;
        for (const w of batch) w.resolve();
      } catch (e) {
        // Memory never runs ahead of the file: back to what the file holds, and every change not yet on
        // disk is reported as failed (including those that arrived during this write).
        db.data = persisted;
        const err = new StoreError('STORE_WRITE_FAILED', `Could not write store file ${storePath}: ${(e as Error).message}`);
        for (const w of [...batch, ...waiters]) w.reject(err);
        waiters = [];
        dirty = false;
        urgent = false;
      }
    } while (dirty && urgent);
    flushing = undefined;
    cool(); // staged changes that came during the write, or come soon, wait for the delay
  }

  function apply<T>(audit: AuditInput | null, change: (draft: StoreData) => T): { result: T } {
    const current = db.data;
    // Only what the change touches is copied, revalidated and replaced: the plan, and each part of the
    // runtime, on first access. Runtime bookkeeping (follow-up context, sent reminders) must stay cheap
    // however large the plan and the other runtime parts grow, and what is untouched keeps its identity
    // (the serializer and the reminder scheduler rely on that).
    let planDraft: StoreData['plan'] | undefined;
    const touched = new Map<RuntimeKey, unknown>();
    const runtimeDraft = {} as Runtime;
    for (const key of RUNTIME_KEYS) {
      Object.defineProperty(runtimeDraft, key, {
        enumerable: true,
        get: () => {
          if (!touched.has(key)) touched.set(key, key === 'dialog' ? { ...current.runtime.dialog } : structuredClone(current.runtime[key]));
          return touched.get(key);
        },
        set: (v: unknown) => {
          touched.set(key, v);
        },
      });
    }
    const draft = { schemaVersion: current.schemaVersion } as StoreData;
    Object.defineProperty(draft, 'plan', {
      enumerable: true,
      get: () => (planDraft ??= structuredClone(current.plan)),
      set: (v: StoreData['plan']) => {
        planDraft = v;
      },
    });
    Object.defineProperty(draft, 'runtime', {
      enumerable: true,
      get: () => runtimeDraft,
      set: (v: Partial<Runtime> | undefined) => {
        for (const key of RUNTIME_KEYS) touched.set(key, v?.[key]);
      },
    });
    const result = change(draft);
    if (audit) {
      const entry: AuditEntry = { id: randomUUID(), at: clock.now().toISOString(), ...audit };
      draft.runtime.audit.push(entry);
    }
    let next: StoreData;
    if (planDraft) {
      const runtime = Object.fromEntries(RUNTIME_KEYS.map((k) => [k, touched.has(k) ? touched.get(k) : current.runtime[k]]));
      next = validateStore({ schemaVersion: current.schemaVersion, plan: planDraft, runtime });
      markStored(next.plan);
      freezeDialog(next.runtime.dialog);
    } else {
      const runtime: Runtime = { ...current.runtime };
      const issues: Array<{ path: PropertyKey[]; message: string }> = [];
      for (const [key, value] of touched) {
        if (key === 'dialog' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
          const dialog: Dialog = {};
          for (const [id, entry] of Object.entries(value as Record<string, unknown>)) {
            if (entry === current.runtime.dialog[id]) {
              dialog[id] = entry as Dialog[string];
              continue;
            }
            const parsed = DIALOG_ENTRY.safeParse(entry);
            if (parsed.success) dialog[id] = Object.freeze(parsed.data);
            else issues.push(...parsed.error.issues.map((i) => ({ path: [key, id, ...i.path], message: i.message })));
          }
          runtime.dialog = dialog;
          continue;
        }
        const parsed = RuntimeSchema.shape[key].safeParse(value);
        if (parsed.success) (runtime as Record<RuntimeKey, unknown>)[key] = parsed.data;
        else issues.push(...parsed.error.issues.map((i) => ({ path: [key, ...i.path], message: i.message })));
      }
      if (issues.length > 0) throw new StoreError('CHANGE_INVALID', describe(issues));
      next = { schemaVersion: current.schemaVersion, plan: current.plan, runtime };
    }
    db.data = next;
    return { result };
  }

  function notify(): void {
    for (const l of listeners) {
      try {
        l(db.data);
      } catch {
        /* a listener's failure is its own */
      }
    }
  }

  function enqueue<T>(audit: AuditInput | null, change: (draft: StoreData) => T, staged = false): Promise<{ result: T; written: Promise<void> }> {
    // Changes apply one after the other (never lost), each joining the next write as it is applied.
    const applied = queue.then(() => ({ result: apply(audit, change).result, written: persist(staged) }));
    queue = applied.catch(() => undefined);
    return applied;
  }

  return {
    get data() {
      return db.data;
    },
    path: storePath,
    update<T>(audit: AuditInput | null, change: (draft: StoreData) => T): Promise<T> {
      // Each resolves once it is on disk.
      return enqueue(audit, change).then(async ({ result, written }) => {
        await written;
        notify();
        return result;
      });
    },
    stage<T>(change: (draft: StoreData) => T, onWriteFailed?: (e: StoreError) => void): Promise<T> {
      return enqueue(null, change, true).then(({ result, written }) => {
        written.then(notify, (e: StoreError) => onWriteFailed?.(e));
        return result;
      });
    },
    async settled() {
      for (;;) {
        await queue;
        if (dirty) {
          urgent = true;
          schedule();
        }
        if (!flushing) return;
        await flushing;
      }
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
