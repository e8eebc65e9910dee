// The one module that owns lowdb. Every write is validated against the schema first, applied atomically
// (steno writes a temp file and renames it over the store, so a crash leaves the old or the new file,
// never a torn one), serialised (two changes at the same moment run one after the other) and, for
// changes people make, audited in the same write.
import { copyFile, mkdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import { RuntimeSchema, SCHEMA_VERSION, StoreSchema, checkReferences, type AuditEntry, type StoreData } from './schema.js';

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
  onChange(listener: (data: StoreData) => void): () => void;
}

function describe(issues: Array<{ path: PropertyKey[]; message: string }>): string {
  return issues
    .slice(0, 10)
    .map((i) => `  ${i.path.map(String).join('.') || '(roten)'}: ${i.message}`)
    .join('\n');
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
  const db = new Low<StoreData>(new JSONFile<StoreData>(storePath), initial);
  db.data = initial;

  const listeners = new Set<(data: StoreData) => void>();
  let queue: Promise<unknown> = Promise.resolve();

  // Disk writes are coalesced: a change is applied in memory at once (in order), then waits for the next
  // flush that includes it. Under load many changes share one JSON.stringify and one atomic rename.
  let persisted: StoreData = initial; // what the file holds
  let dirty = false;
  let flushing: Promise<void> | undefined;
  let waiters: Array<{ resolve: () => void; reject: (e: Error) => void }> = [];

  function persist(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      waiters.push({ resolve, reject });
      dirty = true;
      flushing ??= flushLoop();
    });
  }

  async function flushLoop(): Promise<void> {
    while (dirty) {
      dirty = false;
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
      }
    }
    flushing = undefined;
  }

  function apply<T>(audit: AuditInput | null, change: (draft: StoreData) => T): { result: T } {
    const current = db.data;
    // The plan is copied (and revalidated) only if the change touches it: runtime bookkeeping (follow-up
    // context, sent reminders) must stay cheap however large the plan grows.
    let planDraft: StoreData['plan'] | undefined;
    const draft = { schemaVersion: current.schemaVersion, runtime: structuredClone(current.runtime) } as StoreData;
    Object.defineProperty(draft, 'plan', {
      enumerable: true,
      get: () => (planDraft ??= structuredClone(current.plan)),
      set: (v: StoreData['plan']) => {
        planDraft = v;
      },
    });
    const result = change(draft);
    if (audit) {
      const entry: AuditEntry = { id: randomUUID(), at: clock.now().toISOString(), ...audit };
      draft.runtime.audit.push(entry);
    }
    let next: StoreData;
    if (planDraft) {
      next = validateStore({ schemaVersion: current.schemaVersion, plan: planDraft, runtime: draft.runtime });
    } else {
      const runtime = RuntimeSchema.safeParse(draft.runtime);
      if (!runtime.success) throw new StoreError('CHANGE_INVALID', describe(runtime.error.issues));
      next = { schemaVersion: current.schemaVersion, plan: current.plan, runtime: runtime.data };
    }
    db.data = next;
    return { result };
  }

  return {
    get data() {
      return db.data;
    },
    path: storePath,
    update<T>(audit: AuditInput | null, change: (draft: StoreData) => T): Promise<T> {
      // Changes apply one after the other (never lost); each resolves once it is on disk.
      const applied = queue.then(() => apply(audit, change));
      queue = applied.catch(() => undefined);
      return applied.then(async ({ result }) => {
        await persist();
        for (const l of listeners) {
          try {
            l(db.data);
          } catch {
            /* a listener's failure is its own */
          }
        }
        return result;
      });
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
