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
import { SCHEMA_VERSION, StoreSchema, checkReferences, type AuditEntry, type StoreData } from './schema.js';

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

  async function apply<T>(audit: AuditInput | null, change: (draft: StoreData) => T): Promise<T> {
    const draft = structuredClone(db.data);
    const result = change(draft);
    if (audit) {
      const entry: AuditEntry = { id: randomUUID(), at: clock.now().toISOString(), ...audit };
      draft.runtime.audit.push(entry);
    }
    const next = validateStore(draft);
    const previous = db.data;
    db.data = next;
    try {
      await db.write();
    } catch (e) {
      db.data = previous; // memory never runs ahead of the file
      throw new StoreError('STORE_WRITE_FAILED', `Could not write store file ${storePath}: ${(e as Error).message}`);
    }
    for (const l of listeners) {
      try {
        l(next);
      } catch {
        /* a listener's failure is its own */
      }
    }
    return result;
  }

  return {
    get data() {
      return db.data;
    },
    path: storePath,
    update<T>(audit: AuditInput | null, change: (draft: StoreData) => T): Promise<T> {
      const run = queue.then(() => apply(audit, change));
      queue = run.catch(() => undefined);
      return run;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
