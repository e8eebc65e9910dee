// The one module that owns lowdb. Every write is validated against the schema first, applied atomically
// (steno writes a temp file and renames it over the store, so a crash leaves the old or the new file,
// never a torn one), serialised (two changes at the same moment run one after the other) and, for
// changes people make, audited in the same write.
//
// Two files: the store (STORE_PATH: the plan and what the bot must remember: conversations,
// subscriptions, sent reminders, the audit) and beside it the follow-up contexts (store.dialog.json),
// which change with nearly every answer. An answer rewrites only the small second file, however large the
// plan and the audit grow; the store file is written when something in it changes.
import { copyFile, mkdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import { markStored } from './stored.js';
import { writeBackup } from './backup.js';
import { RuntimeSchema, SCHEMA_VERSION, StoreSchema, checkReferences, type AuditEntry, type Runtime, type StoreData } from './schema.js';
import type { ZodType } from 'zod';

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
  /** The file of the follow-up contexts (runtime.dialog), beside the store file. */
  readonly dialogPath: string;
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
  /**
   * Copies the store file, once every change so far is written, to a dated backup beside it
   * (backups/store-<UTC time>-<reason>.json, the last 30 kept; see backup.ts). Returns its path.
   */
  backup(reason: string): Promise<string>;
  /** The outcome of the last write of either file (undefined before the first): for /healthz. */
  readonly lastWrite: { ok: boolean; at: Date } | undefined;
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
/** The runtime parts kept in the store file: all but the follow-up contexts. */
const STORE_FILE_KEYS = RUNTIME_KEYS.filter((k) => k !== 'dialog');
/**
 * The follow-up context per conversation, set with nearly every answer. Unlike the rest of the data it is
 * one object for the life of the store, changed in place: a change sees it through an overlay (below) and
 * only its new entries are validated and written into it, so an answer costs the same with ten
 * conversations or two thousand. What a change overwrote is kept until the file has it, to roll back a
 * failed write. Entries are frozen: an edit in place fails loudly; an entry is replaced instead.
 */
const DIALOG = RuntimeSchema.shape.dialog;
const DIALOG_ENTRY = DIALOG.unwrap().valueType;
type Dialog = Runtime['dialog'];
type DialogEntry = Dialog[string];
/** At most this many conversations keep a follow-up context; a new one beyond it drops the oldest (by `at`). */
export const MAX_DIALOGS = 2000;

/** The file of the follow-up contexts beside the store file: store.json → store.dialog.json. */
function dialogPathFor(storePath: string): string {
  return storePath.replace(/(\.json)?$/i, '.dialog.json');
}

/**
 * What a change sees as runtime.dialog: the current contexts with its own sets and deletes on top,
 * recorded in `ops` (undefined = deleted) and applied only once the whole change is valid.
 */
function dialogOverlay(live: Dialog): { view: Dialog; ops: Map<string, unknown> } {
  const ops = new Map<string, unknown>();
  const present = (k: string) => (ops.has(k) ? ops.get(k) !== undefined : Object.hasOwn(live, k));
  const read = (k: string) => (ops.has(k) ? ops.get(k) : Object.hasOwn(live, k) ? live[k] : undefined);
  const view = new Proxy({} as Dialog, {
    // Absent names fall through to the (empty) target, so hasOwnProperty and the like work as on an object.
    get: (t, k) => (typeof k === 'string' && present(k) ? read(k) : Reflect.get(t, k)),
    set: (_t, k, v) => {
      if (typeof k !== 'string') return false;
      ops.set(k, v);
      return true;
    },
    deleteProperty: (_t, k) => {
      if (typeof k === 'string') ops.set(k, undefined);
      return true;
    },
    defineProperty: (_t, k, d) => {
      if (typeof k !== 'string' || !('value' in d)) return false;
      ops.set(k, d.value);
      return true;
    },
    preventExtensions: () => false,
    has: (_t, k) => typeof k === 'string' && present(k),
    ownKeys: () => [...new Set([...Object.keys(live), ...ops.keys()])].filter(present),
    getOwnPropertyDescriptor: (_t, k) =>
      typeof k === 'string' && present(k) ? { value: read(k), writable: true, enumerable: true, configurable: true } : undefined,
  });
  return { view, ops };
}

/** What a change has touched so far: parts are copied on first access (see apply). */
interface DraftState {
  current: StoreData;
  live: Dialog;
  plan?: StoreData['plan'];
  touched: Map<RuntimeKey, unknown>;
  overlay?: ReturnType<typeof dialogOverlay>;
  replacedDialog?: { value: unknown };
}
const STATE = Symbol('draft state');

// The draft a change edits. Its accessors live on the prototypes, defined once, so a draft costs two small
// objects rather than eleven property definitions per change (an answer's context is a change).
class RuntimeDraft {
  [STATE]: DraftState;
  constructor(state: DraftState) {
    this[STATE] = state;
  }
}
for (const key of RUNTIME_KEYS) {
  Object.defineProperty(RuntimeDraft.prototype, key, {
    enumerable: true,
    get(this: RuntimeDraft) {
      const s = this[STATE];
      if (key === 'dialog') return s.replacedDialog ? s.replacedDialog.value : (s.overlay ??= dialogOverlay(s.live)).view;
      if (!s.touched.has(key)) s.touched.set(key, structuredClone(s.current.runtime[key]));
      return s.touched.get(key);
    },
    set(this: RuntimeDraft, v: unknown) {
      const s = this[STATE];
      if (key === 'dialog') s.replacedDialog = { value: v };
      else s.touched.set(key, v);
    },
  });
}

class StoreDraft {
  [STATE]: DraftState;
  readonly schemaVersion: number;
  readonly #runtime: RuntimeDraft;
  constructor(state: DraftState) {
    this[STATE] = state;
    this.schemaVersion = state.current.schemaVersion;
    this.#runtime = new RuntimeDraft(state);
  }
  get plan(): StoreData['plan'] {
    const s = this[STATE];
    return (s.plan ??= structuredClone(s.current.plan));
  }
  set plan(v: StoreData['plan']) {
    this[STATE].plan = v;
  }
  get runtime(): Runtime {
    return this.#runtime as unknown as Runtime;
  }
  /**
   * Sets the parts `v` names; the others stay. (The draft's parts live on its prototype, so a spread of
   * `d.runtime` copies none of them: `d.runtime = { ...d.runtime, x }` must not clear the rest.)
   */
  set runtime(v: Partial<Runtime>) {
    const s = this[STATE];
    for (const key of Object.keys(v ?? {}) as RuntimeKey[]) {
      if (key === 'dialog') s.replacedDialog = { value: v.dialog };
      else if (RUNTIME_KEYS.includes(key)) s.touched.set(key, v[key]);
    }
  }
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
  // A runtime list (conversations, sent reminders, the audit) is written element by element, each
  // element's text kept while the element is unchanged: a change that adds one entry to a long list
  // serialises that entry, not the list.
  const list = (v: unknown, indent: string): string => {
    if (!Array.isArray(v)) return part(v, indent);
    if (v.length === 0) return '[]';
    return `[\n${v.map((e) => `${indent}  ${part(e, `${indent}  `)}`).join(',\n')}\n${indent}]`;
  };
  return (data) => {
    const file = storeFileData(data);
    return object(file, '', (v, indent) => (v === file.runtime ? object(v, indent, list) : part(v, indent)));
  };
}

/** The store file's content for `data`: all of it but the follow-up contexts, which have their own file. */
export function storeFileData(data: StoreData): { runtime: object } {
  return { ...data, runtime: Object.fromEntries(STORE_FILE_KEYS.map((k) => [k, data.runtime[k]])) };
}

/** The contexts file: one conversation a line, each line's text kept while its (frozen) entry is unchanged. */
function createDialogSerializer(): (dialog: Dialog) => string {
  const lines = new WeakMap<object, string>();
  return (dialog) => {
    const out: string[] = [];
    for (const [id, entry] of Object.entries(dialog)) {
      let line = lines.get(entry);
      if (line === undefined) lines.set(entry, (line = JSON.stringify(entry)));
      out.push(`  ${JSON.stringify(id)}: ${line}`);
    }
    return out.length ? `{\n${out.join(',\n')}\n}\n` : '{}\n';
  };
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
export async function openStore(opts: { storePath: string; seedPath: string; clock: Clock; onWarning?: (message: string) => void }): Promise<Store> {
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
  const dialogPath = dialogPathFor(storePath);
  // The one dialog object for the life of the store (see DIALOG). Contexts left in the store file by a
  // version that kept them there count until the contexts file exists; they go at the store file's next write.
  const fromFile = await readDialog(dialogPath, opts.onWarning);
  // Conversation ids come from outside: a prototype-less object keeps "__proto__" an ordinary key.
  const live: Dialog = Object.assign(Object.create(null) as Dialog, fromFile ?? initial.runtime.dialog);
  let dialogSize = 0;
  for (const id of Object.keys(live)) {
    Object.freeze(live[id]);
    dialogSize += 1;
  }
  initial.runtime.dialog = live;
  const db = new Low<StoreData>(new DataFile<StoreData>(storePath, { parse: JSON.parse, stringify: createStoreSerializer() }), initial);
  db.data = initial;
  const dialogFile = new DataFile<Dialog>(dialogPath, { parse: JSON.parse, stringify: createDialogSerializer() });
  if (!fromFile && dialogSize > 0) {
    // Contexts from the store file get their own file now, before the store file is next written without them.
    try {
      await dialogFile.write(live);
    } catch (e) {
      opts.onWarning?.(`Could not write ${dialogPath}; the follow-up contexts from the store file are kept in memory only: ${(e as Error).message}`);
    }
  }

  const listeners = new Set<(data: StoreData) => void>();
  let queue: Promise<unknown> = Promise.resolve();

  // Disk writes are coalesced: a change is applied in memory at once (in order), then waits for the next
  // write that includes it. Under load many changes share one serialisation and one atomic rename. A
  // change from update() is written at once (after the write in progress, if any). Staged changes are
  // written at once too when the store is quiet, but within STAGE_DELAY_MS of the last write they wait for
  // that much time to pass, so a stream of answers costs a few writes a second, not one each.
  // Each file is written only when a change touched it, and a failed write rolls back (and fails) only
  // the changes to that file: memory never runs ahead of the files.
  let persisted: StoreData = initial; // what the store file holds (its dialog is `live`, see undo)
  let storeDirty = false; // changes to the store file's part in memory, not yet written
  let dialogDirty = false; // the same for the contexts file
  /** Per context changed since the last write of the contexts file began: the entry it had before. */
  let undo = new Map<string, DialogEntry | undefined>();
  let urgent = false; // a change is waited for by update() or settled(), or the delay is over
  let flushing: Promise<void> | undefined;
  let cooling: NodeJS.Timeout | undefined; // runs for STAGE_DELAY_MS after each write
  interface Waiter {
    store: boolean;
    dialog: boolean;
    resolve: () => void;
    reject: (e: Error) => void;
  }
  let waiters: Waiter[] = [];
  let lastWrite: { ok: boolean; at: Date } | undefined;

  function persist(staged: boolean, touched: { store: boolean; dialog: boolean }): Promise<void> {
    // A change that changed nothing has nothing to write; from update() it still resolves only once the
    // changes before it are on disk, as every update() does.
    if (!touched.store && !touched.dialog && (staged || (!flushing && !storeDirty && !dialogDirty))) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      waiters.push({ ...touched, resolve, reject });
      if (touched.store) storeDirty = true;
      if (touched.dialog) dialogDirty = true;
      if (!staged) urgent = true;
      schedule();
    });
  }

  function schedule(): void {
    // A write in progress looks again when it ends; staged changes after a recent write wait for the delay.
    if (flushing || !(storeDirty || dialogDirty || waiters.length) || (!urgent && cooling)) return;
    flushing = flushLoop();
  }

  function cool(): void {
    if (cooling) clearTimeout(cooling);
    cooling = setTimeout(() => {
      cooling = undefined;
      schedule();
    }, STAGE_DELAY_MS);
  }

  function putDialog(id: string, entry: DialogEntry | undefined): void {
    const had = Object.hasOwn(live, id);
    if (entry === undefined) {
      if (had) dialogSize -= 1;
      delete live[id];
    } else {
      if (!had) dialogSize += 1;
      live[id] = entry;
    }
  }

  /** Puts contexts back as `journal` recorded them (the newer journal first, when undoing several). */
  function rollBackDialog(journal: Map<string, DialogEntry | undefined>): void {
    for (const [id, entry] of journal) putDialog(id, entry);
  }

  async function flushLoop(): Promise<void> {
    do {
      const writeStore = storeDirty;
      const writeDialog = dialogDirty;
      storeDirty = false;
      dialogDirty = false;
      urgent = false;
      const batch = waiters;
      waiters = [];
      const writing = db.data;
      const journal = undo;
      undo = new Map();
      // Both files are serialised here, before anything else can run, so each write holds exactly the
      // changes of `batch` (and `journal`); the two are written side by side.
      const begin = (write: () => Promise<unknown>): Promise<unknown> => {
        try {
          return write();
        } catch (e) {
          return Promise.reject(e);
        }
      };
      const [storeWrite, dialogWrite] = await Promise.allSettled([
        writeStore ? begin(() => db.write()) : undefined,
        writeDialog ? begin(() => dialogFile.write(live)) : undefined,
      ]);
      const failure = (r: PromiseSettledResult<unknown>, file: string) =>
        r.status === 'rejected' ? new StoreError('STORE_WRITE_FAILED', `Could not write store file ${file}: ${(r.reason as Error)?.message}`) : undefined;
      const storeError = failure(storeWrite, storePath);
      const dialogError = failure(dialogWrite, dialogPath);
      if (writeStore || writeDialog) lastWrite = { ok: !storeError && !dialogError, at: clock.now() };
      if (writeStore && !storeError) persisted = writing;
      // A failed file goes back in memory to what it holds, so every change to it not on disk fails, also
      // those that came during this write.
      const errorFor = (w: Waiter) => (w.store && storeError) || (w.dialog && dialogError) || undefined;
      if (storeError) {
        db.data = persisted;
        storeDirty = false;
      }
      if (dialogError) {
        rollBackDialog(undo); // the newer changes first
        rollBackDialog(journal);
        undo = new Map();
        dialogDirty = false;
      }
      for (const w of batch) {
        const error = errorFor(w);
        if (error) w.reject(error);
        else w.resolve();
      }
      if (storeError || dialogError) {
        const later = waiters;
        waiters = [];
        for (const w of later) {
          const error = errorFor(w);
          if (error) w.reject(error);
          else waiters.push(w);
        }
      }
    } while ((storeDirty || dialogDirty || waiters.length) && urgent);
    flushing = undefined;
    cool(); // staged changes that came during the write, or come soon, wait for the delay
  }

  function apply<T>(audit: AuditInput | null, change: (draft: StoreData) => T): { result: T; touched: { store: boolean; dialog: boolean } } {
    const current = db.data;
    // Only what the change touches is copied, revalidated and replaced: the plan, and each part of the
    // runtime, on first access. Runtime bookkeeping (follow-up context, sent reminders) must stay cheap
    // however large the plan and the other runtime parts grow, and what is untouched keeps its identity
    // (the serializer and the reminder scheduler rely on that). The contexts are seen through an overlay.
    const state: DraftState = { current, live, touched: new Map() };
    const draft = new StoreDraft(state) as unknown as StoreData;
    const result = change(draft);
    if (audit) {
      const entry: AuditEntry = { id: randomUUID(), at: clock.now().toISOString(), ...audit };
      draft.runtime.audit.push(entry);
    }

    // The contexts this change sets or deletes, validated (nothing is applied before all of it is valid).
    const issues: Array<{ path: PropertyKey[]; message: string }> = [];
    const dialogOps = new Map<string, DialogEntry | undefined>();
    const { touched, overlay, replacedDialog, plan: planDraft } = state;
    if (replacedDialog) {
      const parsed = DIALOG.safeParse(replacedDialog.value);
      if (parsed.success) {
        for (const id of Object.keys(live)) if (!Object.hasOwn(parsed.data, id)) dialogOps.set(id, undefined);
        for (const [id, entry] of Object.entries(parsed.data)) if (entry !== live[id]) dialogOps.set(id, Object.freeze(entry));
      } else issues.push(...parsed.error.issues.map((i) => ({ path: ['dialog', ...i.path], message: i.message })));
    } else if (overlay) {
      for (const [id, entry] of overlay.ops) {
        if (entry === undefined) {
          if (Object.hasOwn(live, id)) dialogOps.set(id, undefined);
        } else if (entry !== live[id]) {
          const parsed = DIALOG_ENTRY.safeParse(entry);
          if (parsed.success) dialogOps.set(id, Object.freeze(parsed.data));
          else issues.push(...parsed.error.issues.map((i) => ({ path: ['dialog', id, ...i.path], message: i.message })));
        }
      }
    }

    // The two files are written apart, and a change is all or nothing: it may change the contexts or the
    // rest of the store, not both.
    const storeTouched = Boolean(planDraft) || touched.size > 0;
    if (storeTouched && dialogOps.size > 0) {
      throw new StoreError('CHANGE_INVALID', '  a change may touch runtime.dialog (the follow-up contexts) or the rest of the store, not both');
    }

    let next: StoreData;
    if (planDraft) {
      if (issues.length > 0) throw new StoreError('CHANGE_INVALID', describe(issues));
      const runtime = Object.fromEntries(STORE_FILE_KEYS.map((k) => [k, touched.has(k) ? touched.get(k) : current.runtime[k]]));
      next = validateStore({ schemaVersion: current.schemaVersion, plan: planDraft, runtime });
      markStored(next.plan);
    } else {
      const runtime: Runtime = { ...current.runtime };
      for (const [key, value] of touched) {
        const before = current.runtime[key];
        if (Array.isArray(value) && Array.isArray(before)) {
          // A list built from the current entries (not copies) revalidates only its new entries: the
          // others were validated when they came in and are never edited in place.
          const known = new Set<unknown>(before);
          const element = RuntimeSchema.shape[key].unwrap() as unknown as { element: ZodType };
          const out: unknown[] = [];
          value.forEach((v: unknown, i) => {
            if (known.has(v)) return void out.push(v);
            const parsed = element.element.safeParse(v);
            if (parsed.success) out.push(parsed.data);
            else issues.push(...parsed.error.issues.map((x) => ({ path: [key, i, ...x.path], message: x.message })));
          });
          (runtime as Record<RuntimeKey, unknown>)[key] = out;
          continue;
        }
        const parsed = RuntimeSchema.shape[key].safeParse(value);
        if (parsed.success) (runtime as Record<RuntimeKey, unknown>)[key] = parsed.data;
        else issues.push(...parsed.error.issues.map((i) => ({ path: [key, ...i.path], message: i.message })));
      }
      if (issues.length > 0) throw new StoreError('CHANGE_INVALID', describe(issues));
      next = storeTouched ? { schemaVersion: current.schemaVersion, plan: current.plan, runtime } : current;
    }
    if (next.runtime.dialog !== live) next = { ...next, runtime: { ...next.runtime, dialog: live } };

    // All valid: the contexts change in place, each one's old entry kept for a rollback.
    const set = (id: string, entry: DialogEntry | undefined) => {
      if (!undo.has(id)) undo.set(id, Object.hasOwn(live, id) ? live[id] : undefined);
      putDialog(id, entry);
    };
    for (const [id, entry] of dialogOps) set(id, entry);
    // Over the bound, the oldest go: found in one pass in the usual case (one over), sorted otherwise.
    // What this change set goes last, so an answer's context is kept even when its time is the oldest.
    if (dialogSize > MAX_DIALOGS) {
      const own = (id: string) => dialogOps.get(id) !== undefined;
      const older = (a: string, b: string) => (own(a) !== own(b) ? (own(a) ? 1 : -1) : live[a]!.at < live[b]!.at ? -1 : live[a]!.at > live[b]!.at ? 1 : 0);
      const ids = Object.keys(live);
      const drop =
        dialogSize === MAX_DIALOGS + 1 ? [ids.reduce((a, b) => (older(b, a) < 0 ? b : a))] : ids.sort(older).slice(0, dialogSize - MAX_DIALOGS);
      for (const id of drop) {
        set(id, undefined);
        dialogOps.set(id, undefined);
      }
    }
    db.data = next;
    return { result, touched: { store: storeTouched, dialog: dialogOps.size > 0 } };
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
    const applied = queue.then(() => {
      const { result, touched } = apply(audit, change);
      return { result, written: persist(staged, touched) };
    });
    queue = applied.catch(() => undefined);
    return applied;
  }

  return {
    get data() {
      return db.data;
    },
    path: storePath,
    dialogPath,
    get lastWrite() {
      return lastWrite;
    },
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
        if (storeDirty || dialogDirty) {
          urgent = true;
          schedule();
        }
        if (!flushing) return;
        await flushing;
      }
    },
    async backup(reason: string) {
      await (this as Store).settled();
      return writeBackup(storePath, clock.now(), reason);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * The follow-up contexts from their file (undefined when there is no file yet). They are worth less than a
 * refusal to start: an unreadable or invalid file, or an invalid entry, is reported and left out.
 */
async function readDialog(file: string, onWarning?: (message: string) => void): Promise<Dialog | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf-8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    onWarning?.(`Cannot read ${file}; follow-up contexts start empty: ${(e as Error).message}`);
    return {};
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    onWarning?.(`${file} is not valid JSON; follow-up contexts start empty: ${(e as Error).message}`);
    return {};
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    onWarning?.(`${file} is not a JSON object; follow-up contexts start empty.`);
    return {};
  }
  const out: Dialog = Object.create(null) as Dialog;
  let bad = 0;
  for (const [id, entry] of Object.entries(json)) {
    const parsed = DIALOG_ENTRY.safeParse(entry);
    if (parsed.success) out[id] = parsed.data;
    else bad += 1;
  }
  if (bad) onWarning?.(`${file}: ${bad} follow-up context(s) do not match the schema and were left out.`);
  return out;
}
