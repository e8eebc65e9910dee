// The one module that owns lowdb, split by how long things live:
// - the plan: an immutable snapshot with a version number (snapshot.ts), replaced whole by a change;
// - the runtime state (conversations, subscriptions, sent reminders, audit, proposals …): immutable parts,
//   each replaced by a change, changed through the narrow methods below (or commit());
// - the follow-up contexts: a bounded cache written to their own file at most about once a second (dialog.ts).
//
// Every change is validated against the schema first, applied in order (two changes at the same moment
// run one after the other) and written atomically (steno writes a temp file and renames it over the
// store, so a crash leaves the old or the new file, never a torn one). Memory never runs ahead of the
// file: a write that fails puts the data back to what the file holds, and the changes it carried fail.
import { copyFile, mkdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { DataFile } from 'lowdb/node';
import type { ZodType } from 'zod';
import type { Clock } from '../clock.js';
import { writeBackup } from './backup.js';
import { createDialogCache, readDialog, type Dialog, type DialogCache, type DialogEntry } from './dialog.js';
import { snapshotOf, type PlanSnapshot } from './snapshot.js';
import {
  PlanSchema,
  RuntimeSchema,
  SCHEMA_VERSION,
  StoreSchema,
  checkReferences,
  type AuditEntry,
  type Conversation,
  type Plan,
  type Runtime,
  type SentReminder,
  type StoreData,
} from './schema.js';

export { MAX_DIALOGS } from './dialog.js';
export type { PlanSnapshot } from './snapshot.js';

import { StoreError } from './errors.js';
export { StoreError };

/** What a change writes into the audit log. `null` marks bookkeeping (sent reminders, handled keys). */
export interface AuditInput {
  actor: string;
  action: string;
  summary: string;
  before?: unknown;
  after?: unknown;
  undoOf?: string;
}

/** The runtime state kept in the store file: everything but the follow-up contexts. */
export type RuntimeState = Omit<Runtime, 'dialog'>;
type RuntimeKey = keyof RuntimeState;
const RUNTIME_KEYS = (Object.keys(RuntimeSchema.shape) as Array<keyof Runtime>).filter((k): k is RuntimeKey => k !== 'dialog');

/** What the store holds now, as a change sees it (all of it immutable). */
export interface Current {
  readonly schemaVersion: number;
  readonly plan: Plan;
  readonly runtime: Readonly<RuntimeState>;
}

/** What a change returns: the parts it replaces (never edits in place), and its result. */
export interface Commit<T> {
  plan?: Plan;
  runtime?: Partial<RuntimeState>;
  result?: T;
}

export interface Store {
  readonly path: string;
  /** The file of the follow-up contexts, beside the store file. */
  readonly dialogPath: string;
  readonly schemaVersion: number;
  /** The current plan: frozen, with its version (memoise derived work on the version). */
  readonly plan: PlanSnapshot;
  /** The current runtime state: frozen parts, replaced by changes. */
  readonly runtime: Readonly<RuntimeState>;
  /** The follow-up contexts per conversation. */
  readonly dialog: DialogCache;
  /** All of it as one document (a view for tools and tests; built when asked). */
  readonly data: StoreData;
  /**
   * Applies `change` to what the store holds now, in order with every other change, validating what it
   * replaces; resolves with its result once on disk (`staged`: once applied in memory, the write
   * following within about 100 ms; a failed write then goes to `onWriteFailed`).
   */
  commit<T = void>(audit: AuditInput | null, change: (current: Current) => Commit<T> | undefined, opts?: { staged?: boolean; onWriteFailed?: (e: StoreError) => void }): Promise<T>;
  /**
   * A change written as edits to a copy of the whole document (tools, tests, seeding); the parts it
   * changed are validated and replace the current ones. It may change the follow-up contexts or the rest,
   * not both. Resolves once on disk.
   */
  update<T>(audit: AuditInput | null, change: (draft: StoreData) => T): Promise<T>;
  /** update() without waiting for the disk (see commit's `staged`). */
  stage<T>(change: (draft: StoreData) => T, onWriteFailed?: (e: StoreError) => void): Promise<T>;
  /** Resolves when every change made so far has been written (or its write has failed). */
  settled(): Promise<void>;
  /** Copies the store file, once every change so far is written, to a dated backup beside it. Returns its path. */
  backup(reason: string): Promise<string>;
  /** The outcome of the last write of either file (undefined before the first): for /healthz. */
  readonly lastWrite: { ok: boolean; at: Date } | undefined;
  /** Told after each change of the plan or the runtime state (not of the follow-up contexts). */
  onChange(listener: () => void): () => void;

  // Narrow methods for the shell's bookkeeping (the scheduler, the channels, the usage counter).
  /** Records reminders (replacing any with the same key). */
  recordReminders(records: readonly SentReminder[]): Promise<void>;
  /** Marks every reminder still 'sending' (the bot stopped mid-send) as 'unknown'; returns them. */
  markSendingUnknown(at: string, reason: string): Promise<SentReminder[]>;
  /** Stores or refreshes a conversation and reactivates its subscriptions; nothing is written when nothing changed. */
  rememberConversation(conv: { id: string; channel: Conversation['channel']; reference: Record<string, unknown> }, at: string): Promise<{ isNew: boolean; reactivated: number }>;
  /** Marks a conversation and its subscriptions inactive; returns how many subscriptions were. */
  deactivateConversation(id: string, reason: string, at: string): Promise<number>;
  /** Records a one-shot key (an event id); false when it was already handled. Keeps the last `keep` of its prefix. */
  claimKey(key: string, at: string, keep: { prefix: string; count: number }): Promise<boolean>;
}

/**
 * The handled keys with `key` added (not yet among them), keeping only the newest `keep.count` of those
 * that start with `keep.prefix`: for claimKey and for a confirmed change, which records its key in its own write.
 */
export function withHandledKey(keys: Runtime['handledKeys'], key: string, at: string, keep: { prefix: string; count: number }): Runtime['handledKeys'] {
  const all = [...keys, { key, at }];
  const ours = all.filter((k) => k.key.startsWith(keep.prefix));
  if (ours.length <= keep.count) return all;
  const drop = new Set(ours.slice(0, ours.length - keep.count).map((k) => k.key));
  return all.filter((k) => !drop.has(k.key));
}

function describe(issues: Array<{ path: PropertyKey[]; message: string }>): string {
  return issues
    .slice(0, 10)
    .map((i) => `  ${i.path.map(String).join('.') || '(roten)'}: ${i.message}`)
    .join('\n');
}

/** The file of the follow-up contexts beside the store file: store.json → store.dialog.json. */
function dialogPathFor(storePath: string): string {
  return storePath.replace(/(\.json)?$/i, '.dialog.json');
}

/** The store file's content for `data`: all of it but the follow-up contexts, which have their own file. */
export function storeFileData(data: StoreData): { runtime: object } {
  return { ...data, runtime: Object.fromEntries(RUNTIME_KEYS.map((k) => [k, data.runtime[k]])) };
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

function freezeAll<T>(v: T): T {
  if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v as object)) freezeAll(x);
  }
  return v;
}

/**
 * Opens the store at `storePath`, first copying the seed there if no store exists. A store that is not
 * valid JSON or fails the schema is refused with a message naming the file; it is never overwritten.
 */
export async function openStore(opts: { storePath: string; seedPath: string; clock: Clock; onWarning?: (message: string) => void }): Promise<Store> {
  const { storePath, seedPath } = opts;
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
  const dialogPath = dialogPathFor(storePath);
  // Contexts left in the store file by a version that kept them there count until the contexts file
  // exists; they get their own file at once, so the store file's next write (without them) loses none.
  const fromFile = await readDialog(dialogPath, opts.onWarning);
  const store = createStore({ initial, clock: opts.clock, storePath, dialogPath, dialog: fromFile ?? initial.runtime.dialog });
  if (!fromFile && store.dialog.size > 0) {
    store.dialog.apply(new Map(Object.entries(initial.runtime.dialog)), (e) =>
      opts.onWarning?.(`Could not write ${dialogPath}; the follow-up contexts from the store file are kept in memory only: ${e.message}`),
    );
    await store.dialog.flush();
  }
  return store;
}

/**
 * A store kept in memory only (answer and command tests: no disk). Same validation and order as a file
 * store; `data` is a whole valid document (the seed's, for instance).
 */
export function openMemoryStore(opts: { data: StoreData; clock: Clock }): Store {
  const initial = validateStore(structuredClone(opts.data));
  return createStore({ initial, clock: opts.clock, dialog: initial.runtime.dialog });
}

/** Staged changes wait this long for company before they are written. */
const STAGE_DELAY_MS = 100;

function createStore(opts: { initial: StoreData; clock: Clock; storePath?: string; dialogPath?: string; dialog: Dialog }): Store {
  const { clock, storePath } = opts;
  const schemaVersion = opts.initial.schemaVersion;
  let plan = snapshotOf(opts.initial.plan);
  const initialRuntime = Object.fromEntries(RUNTIME_KEYS.map((k) => [k, opts.initial.runtime[k]])) as unknown as RuntimeState;
  let runtime: Readonly<RuntimeState> = freezeAll(initialRuntime);
  const dialog = createDialogCache({
    file: opts.dialogPath,
    initial: opts.dialog,
    clock,
    invalid: (message) => new StoreError('CHANGE_INVALID', message),
  });

  // The text of the store file, part by part, kept per version of that part (the plan's version, a
  // runtime part's revision): a write after a runtime change serialises that part only.
  const revisions = new Map<RuntimeKey, number>(RUNTIME_KEYS.map((k) => [k, 0]));
  let planText: { version: number; text: string } | undefined;
  const partTexts = new Map<RuntimeKey, { revision: number; text: string }>();
  const indent = (v: unknown, pad: string) => JSON.stringify(v, null, 2).replace(/\n/g, `\n${pad}`);
  function fileText(p: PlanSnapshot, rt: Readonly<RuntimeState>, revs: ReadonlyMap<RuntimeKey, number>): string {
    if (planText?.version !== p.version) planText = { version: p.version, text: indent(p.plan, '  ') };
    const parts: string[] = [];
    for (const k of RUNTIME_KEYS) {
      const rev = revs.get(k)!;
      let kept = partTexts.get(k);
      if (kept?.revision !== rev) partTexts.set(k, (kept = { revision: rev, text: indent(rt[k], '    ') }));
      parts.push(`    ${JSON.stringify(k)}: ${kept.text}`);
    }
    return `{\n  "schemaVersion": ${JSON.stringify(schemaVersion)},\n  "plan": ${planText.text},\n  "runtime": {\n${parts.join(',\n')}\n  }\n}`;
  }
  interface Written {
    plan: PlanSnapshot;
    runtime: Readonly<RuntimeState>;
    revisions: Map<RuntimeKey, number>;
  }
  const file = storePath ? new DataFile<Written>(storePath, { parse: () => undefined as never, stringify: (w) => fileText(w.plan, w.runtime, w.revisions) }) : undefined;

  let persisted: Written = { plan, runtime, revisions: new Map(revisions) };
  let dirty = false;
  let urgent = false;
  let flushing: Promise<void> | undefined;
  let cooling: NodeJS.Timeout | undefined;
  let lastWrite: { ok: boolean; at: Date } | undefined;
  interface Waiter {
    resolve: () => void;
    reject: (e: StoreError) => void;
  }
  let waiters: Waiter[] = [];
  let queue: Promise<unknown> = Promise.resolve();
  const listeners = new Set<() => void>();

  function notify(): void {
    for (const l of listeners) {
      try {
        l();
      } catch {
        /* a listener's failure is its own */
      }
    }
  }

  function schedule(): void {
    if (flushing || !(dirty || waiters.length) || (!urgent && cooling)) return;
    flushing = flushLoop();
  }

  async function flushLoop(): Promise<void> {
    await null; // `flushing` is set before this runs on (a write with nothing to write would end at once)
    do {
      urgent = false;
      const batch = waiters;
      waiters = [];
      const writing: Written = { plan, runtime, revisions: new Map(revisions) };
      const wasDirty = dirty;
      dirty = false;
      let error: StoreError | undefined;
      if (wasDirty && file) {
        try {
          await file.write(writing);
        } catch (e) {
          error = new StoreError('STORE_WRITE_FAILED', `Could not write store file ${storePath}: ${(e as Error)?.message}`);
        }
        lastWrite = { ok: !error, at: clock.now() };
      }
      if (!error) {
        if (wasDirty) persisted = writing;
        for (const w of batch) w.resolve();
      } else {
        // Back to what the file holds: the changes of this write fail, and so do those that came during it.
        plan = persisted.plan;
        runtime = persisted.runtime;
        for (const [k, v] of persisted.revisions) revisions.set(k, v);
        dirty = false;
        const failed = [...batch, ...waiters];
        waiters = [];
        for (const w of failed) w.reject(error);
        notify();
      }
    } while ((dirty || waiters.length) && urgent);
    flushing = undefined;
    if (cooling) clearTimeout(cooling);
    cooling = setTimeout(() => {
      cooling = undefined;
      schedule();
    }, STAGE_DELAY_MS);
    cooling.unref();
  }

  /** Resolves once what is in memory now is on disk; `staged` lets it wait for company. */
  function persist(staged: boolean): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      waiters.push({ resolve, reject });
      if (!staged) urgent = true;
      schedule();
    });
  }

  /** Validates a replaced runtime part: a list revalidates only the entries that are not the current ones. */
  function validatePart(key: RuntimeKey, value: unknown, issues: Array<{ path: PropertyKey[]; message: string }>): unknown {
    const before = runtime[key];
    const schema = RuntimeSchema.shape[key];
    if (Array.isArray(value) && Array.isArray(before)) {
      const known = new Set<unknown>(before);
      const element = (schema.unwrap() as unknown as { element: ZodType }).element;
      return value.map((v: unknown, i) => {
        if (known.has(v)) return v;
        const parsed = element.safeParse(v);
        if (parsed.success) return parsed.data;
        issues.push(...parsed.error.issues.map((x) => ({ path: [key, i, ...x.path], message: x.message })));
        return undefined;
      });
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    issues.push(...parsed.error.issues.map((x) => ({ path: [key, ...x.path], message: x.message })));
    return undefined;
  }

  /** Applies a change in memory (all or nothing); returns its result and whether anything changed. */
  function apply<T>(audit: AuditInput | null, change: (current: Current) => Commit<T> | undefined): { result: T; changed: boolean } {
    const out = change({ schemaVersion, plan: plan.plan, runtime }) ?? {};
    const parts: Partial<RuntimeState> = { ...out.runtime };
    if (audit) {
      const entry: AuditEntry = { id: randomUUID(), at: clock.now().toISOString(), ...audit };
      parts.audit = [...(parts.audit ?? runtime.audit), entry];
    }
    const issues: Array<{ path: PropertyKey[]; message: string }> = [];
    let nextPlan: Plan | undefined;
    if (out.plan && out.plan !== plan.plan) {
      const parsed = PlanSchema.safeParse(out.plan);
      if (!parsed.success) issues.push(...parsed.error.issues.map((x) => ({ path: ['plan', ...x.path], message: x.message })));
      else {
        const refs = checkReferences(parsed.data);
        if (refs.length) throw new StoreError('CHANGE_INVALID', refs.map((r) => `  ${r}`).join('\n'));
        nextPlan = parsed.data;
      }
    }
    const next: Partial<Record<RuntimeKey, unknown>> = {};
    for (const key of Object.keys(parts) as RuntimeKey[]) {
      if (!RUNTIME_KEYS.includes(key) || parts[key] === runtime[key]) continue;
      next[key] = validatePart(key, parts[key], issues);
    }
    if (issues.length) throw new StoreError('CHANGE_INVALID', describe(issues));
    const keys = Object.keys(next) as RuntimeKey[];
    if (!nextPlan && keys.length === 0) return { result: out.result as T, changed: false };
    if (nextPlan) plan = snapshotOf(nextPlan);
    if (keys.length) {
      const rt = { ...runtime } as Record<RuntimeKey, unknown>;
      for (const k of keys) {
        rt[k] = freezeAll(next[k]);
        revisions.set(k, revisions.get(k)! + 1);
      }
      runtime = Object.freeze(rt) as unknown as RuntimeState;
    }
    dirty = true;
    return { result: out.result as T, changed: true };
  }

  function commit<T>(audit: AuditInput | null, change: (current: Current) => Commit<T> | undefined, o: { staged?: boolean; onWriteFailed?: (e: StoreError) => void } = {}): Promise<T> {
    const applied = queue.then(() => {
      const { result, changed } = apply(audit, change);
      if (changed) notify();
      // A change that changed nothing still resolves (unless staged) once the changes before it are on disk.
      const written = changed || !o.staged ? persist(Boolean(o.staged)) : Promise.resolve();
      return { result, written };
    });
    queue = applied.catch(() => undefined);
    if (o.staged) {
      return applied.then(({ result, written }) => {
        written.catch((e: StoreError) => o.onWriteFailed?.(e));
        return result;
      });
    }
    return applied.then(async ({ result, written }) => {
      await written;
      return result;
    });
  }

  // -- update(): edits to a copy, turned into a commit of the parts that changed --

  function draftOf(): StoreData {
    return { schemaVersion, plan: structuredClone(plan.plan), runtime: { ...structuredClone(runtime), dialog: dialog.toObject() } as Runtime };
  }

  /** The parts of `draft` that differ from the current data; lists keep the current entries that are unchanged. */
  function changedParts(draft: StoreData): { commit: Commit<never>; dialogOps: Map<string, DialogEntry | undefined> } {
    const c: Commit<never> = {};
    if (JSON.stringify(draft.plan) !== JSON.stringify(plan.plan)) c.plan = draft.plan;
    const rt: Partial<Record<RuntimeKey, unknown>> = {};
    const dr = (draft.runtime ?? {}) as Partial<Runtime>;
    for (const k of RUNTIME_KEYS) {
      const v = dr[k];
      const cur = runtime[k];
      if (v === cur) continue;
      if (Array.isArray(v) && Array.isArray(cur)) {
        if (v.length === cur.length && v.every((x, i) => x === cur[i] || JSON.stringify(x) === JSON.stringify(cur[i]))) continue;
        const texts = new Map<string, unknown>();
        for (const x of cur) texts.set(JSON.stringify(x), x);
        rt[k] = v.map((x: unknown) => ((cur as unknown[]).includes(x) ? x : (texts.get(JSON.stringify(x)) ?? x)));
        continue;
      }
      if (JSON.stringify(v) !== JSON.stringify(cur)) rt[k] = v;
    }
    if (Object.keys(rt).length) c.runtime = rt as Partial<RuntimeState>;
    const dialogOps = new Map<string, DialogEntry | undefined>();
    const d = (dr.dialog ?? {}) as Dialog;
    const was = dialog.toObject();
    for (const id of Object.keys(was)) if (!Object.hasOwn(d, id)) dialogOps.set(id, undefined);
    for (const [id, entry] of Object.entries(d)) if (entry !== was[id] && JSON.stringify(entry) !== JSON.stringify(was[id])) dialogOps.set(id, entry);
    return { commit: c, dialogOps };
  }

  function update<T>(audit: AuditInput | null, change: (draft: StoreData) => T, staged: boolean, onWriteFailed?: (e: StoreError) => void): Promise<T> {
    let dialogTouched = false;
    let failed: StoreError | undefined;
    const done = commit<T>(
      audit,
      () => {
        const draft = draftOf();
        const result = change(draft);
        const { commit: c, dialogOps } = changedParts(draft);
        if (dialogOps.size) {
          // The two files are written apart, and a change is all or nothing.
          if (c.plan || c.runtime || audit) throw new StoreError('CHANGE_INVALID', '  a change may touch runtime.dialog (the follow-up contexts) or the rest of the store, not both');
          dialog.apply(dialogOps, (e) => {
            failed = e as StoreError;
            onWriteFailed?.(e as StoreError);
          });
          dialogTouched = true;
        }
        return { ...c, result };
      },
      { staged, onWriteFailed },
    );
    if (staged) return done;
    // Resolves once everything before it is on disk, the follow-up contexts included.
    return done.then(async (result) => {
      await dialog.flush();
      if (dialogTouched && failed) throw failed;
      return result;
    });
  }

  async function settled(): Promise<void> {
    for (;;) {
      await queue;
      if (dirty) {
        urgent = true;
        schedule();
      }
      await dialog.flush();
      if (!flushing) return;
      await flushing;
    }
  }

  const memoryBackups: string[] = [];
  let dataView: { plan: PlanSnapshot; runtime: Readonly<RuntimeState>; dialog: number; data: StoreData } | undefined;

  const store: Store = {
    schemaVersion,
    path: storePath ?? '',
    dialogPath: opts.dialogPath ?? '',
    get plan() {
      return plan;
    },
    get runtime() {
      return runtime;
    },
    dialog,
    get data() {
      if (!dataView || dataView.plan !== plan || dataView.runtime !== runtime || dataView.dialog !== dialog.revision) {
        const d = dataView?.dialog === dialog.revision ? dataView.data.runtime.dialog : dialog.toObject();
        dataView = { plan, runtime, dialog: dialog.revision, data: { schemaVersion, plan: plan.plan, runtime: { ...runtime, dialog: d } as Runtime } };
      }
      return dataView.data;
    },
    commit,
    update: (audit, change) => update(audit, change, false),
    stage: (change, onWriteFailed) => update(null, change, true, onWriteFailed),
    settled,
    async backup(reason: string) {
      await settled();
      if (!storePath) {
        // In memory the copy stays in memory (tests): the import that asks for it goes ahead as on disk.
        memoryBackups.push(JSON.stringify({ schemaVersion, plan: plan.plan, runtime }));
        return `memory:${reason}-${memoryBackups.length}`;
      }
      return writeBackup(storePath, clock.now(), reason);
    },
    get lastWrite() {
      const d = dialog.lastWrite;
      if (!lastWrite) return d;
      if (!d) return lastWrite;
      return d.at > lastWrite.at ? d : lastWrite;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    recordReminders(records) {
      return commit(null, ({ runtime: rt }) => {
        const byKey = new Map(records.map((r) => [r.key, r]));
        const list = rt.sentReminders.map((r) => {
          const n = byKey.get(r.key);
          if (n) byKey.delete(r.key);
          return n ?? r;
        });
        return { runtime: { sentReminders: [...list, ...byKey.values()] } };
      });
    },
    markSendingUnknown(at, reason) {
      return commit(null, ({ runtime: rt }) => {
        const stale = rt.sentReminders.filter((r) => r.state === 'sending');
        if (!stale.length) return { result: [] };
        return {
          runtime: { sentReminders: rt.sentReminders.map((r) => (r.state === 'sending' ? { ...r, state: 'unknown' as const, reason, at } : r)) },
          result: stale,
        };
      });
    },
    rememberConversation(conv, at) {
      return commit(null, ({ runtime: rt }) => {
        let reactivated = 0;
        const old = rt.conversations.find((x) => x.id === conv.id);
        if (old && !old.active) reactivated += 1;
        const { inactiveReason: _gone, ...kept } = old ?? ({} as Partial<Conversation>);
        void _gone;
        const c: Conversation = old ? { ...(kept as Conversation), reference: conv.reference, active: true, updatedAt: at } : { id: conv.id, channel: conv.channel, reference: conv.reference, active: true, updatedAt: at };
        const parts: Partial<RuntimeState> = { conversations: old ? rt.conversations.map((x) => (x === old ? c : x)) : [...rt.conversations, c] };
        if (rt.subscriptions.some((s) => s.conversationId === conv.id && !s.active)) {
          parts.subscriptions = rt.subscriptions.map((s) => {
            if (s.conversationId !== conv.id || s.active) return s;
            reactivated += 1;
            return { ...s, active: true, since: at }; // reminders that fell due while the bot was away are not sent late
          });
        }
        return { runtime: parts, result: { isNew: !old, reactivated } };
      });
    },
    deactivateConversation(id, reason, at) {
      return commit(null, ({ runtime: rt }) => {
        const parts: Partial<RuntimeState> = {};
        const conv = rt.conversations.find((c) => c.id === id);
        if (conv?.active) parts.conversations = rt.conversations.map((c) => (c === conv ? { ...c, active: false, inactiveReason: reason, updatedAt: at } : c));
        let n = 0;
        if (rt.subscriptions.some((s) => s.conversationId === id && s.active)) {
          parts.subscriptions = rt.subscriptions.map((s) => {
            if (s.conversationId !== id || !s.active) return s;
            n += 1;
            return { ...s, active: false };
          });
        }
        return { runtime: parts, result: n };
      });
    },
    claimKey(key, at, keep) {
      return commit(null, ({ runtime: rt }) => {
        if (rt.handledKeys.some((k) => k.key === key)) return { result: false };
        return { runtime: { handledKeys: withHandledKey(rt.handledKeys, key, at, keep) }, result: true };
      });
    },
  };
  return store;
}
