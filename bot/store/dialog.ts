// The follow-up contexts (what each conversation's last question was about, so "och 2015?" works, also
// after a restart): a bounded map in memory, written to its own file beside the store (store.json →
// store.dialog.json) at most about once a second, and at once when asked (settled, close). They change
// with nearly every answer, so an answer never waits for the disk and never rewrites the store file.
//
// lowdb writes the file (steno: a temp file renamed over it, so a crash leaves the old or the new file).
// If a write fails, the contexts go back to what the file holds and whoever set one since is told.
import { readFile } from 'node:fs/promises';
import { DataFile } from 'lowdb/node';
import type { Clock } from '../clock.js';
import { RuntimeSchema, type Runtime } from './schema.js';
import { StoreError } from './errors.js';

export type Dialog = Runtime['dialog'];
export type DialogEntry = Dialog[string];
export const DIALOG_ENTRY = RuntimeSchema.shape.dialog.unwrap().valueType;

/** At most this many conversations keep a follow-up context; a new one beyond it drops the oldest (by `at`). */
export const MAX_DIALOGS = 2000;
/** A changed context waits at most this long for the file. */
export const DIALOG_FLUSH_MS = 1000;


export interface DialogCache {
  readonly path: string;
  get(conversationId: string): DialogEntry | undefined;
  readonly size: number;
  /** All contexts as a plain object (a fresh copy). */
  toObject(): Dialog;
  /**
   * Sets (or, with undefined, deletes) contexts; validated first (throws a CHANGE_INVALID error naming the
   * entry, and changes nothing). Over MAX_DIALOGS the oldest go, never one set here. `onWriteFailed` is
   * told if the write that should have carried them fails (they are then rolled back).
   */
  apply(ops: ReadonlyMap<string, DialogEntry | undefined>, onWriteFailed?: (e: Error) => void): void;
  set(conversationId: string, entry: DialogEntry, onWriteFailed?: (e: Error) => void): void;
  /** Writes what is not on disk yet, now. Resolves when written or failed (failures go to the callbacks). */
  flush(): Promise<void>;
  /** Whether a change waits for the file. */
  readonly dirty: boolean;
  /** Counts changes (and rollbacks): a view built at one revision holds until the next. */
  readonly revision: number;
  readonly lastWrite: { ok: boolean; at: Date } | undefined;
  close(): Promise<void>;
}

function issuesText(id: string, issues: Array<{ path: PropertyKey[]; message: string }>): string {
  return issues.map((i) => `  ${['dialog', id, ...i.path].map(String).join('.')}: ${i.message}`).join('\n');
}

/** The contexts file: one conversation a line (each line's text made once, when its entry is set). */
function serialize(entries: ReadonlyMap<string, { line: string }>): string {
  const out: string[] = [];
  for (const [id, { line }] of entries) out.push(`  ${JSON.stringify(id)}: ${line}`);
  return out.length ? `{\n${out.join(',\n')}\n}\n` : '{}\n';
}

interface Kept {
  entry: DialogEntry;
  line: string;
}

/**
 * The contexts from their file (undefined when there is no file yet). They are worth less than a refusal
 * to start: an unreadable or invalid file, or an invalid entry, is reported and left out.
 */
export async function readDialog(file: string, onWarning?: (message: string) => void): Promise<Dialog | undefined> {
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

/**
 * The cache over `initial`. `file` undefined keeps it in memory only (tests). `invalid` builds the error
 * for an invalid entry (the store's CHANGE_INVALID).
 */
export function createDialogCache(opts: {
  file?: string;
  initial: Dialog;
  clock: Clock;
  invalid: (message: string) => Error;
  flushMs?: number;
}): DialogCache {
  const { clock } = opts;
  const flushMs = opts.flushMs ?? DIALOG_FLUSH_MS;
  const writer = opts.file ? new DataFile<ReadonlyMap<string, Kept>>(opts.file, { parse: () => new Map(), stringify: serialize }) : undefined;
  const keep = (entry: DialogEntry): Kept => ({ entry: Object.freeze(entry), line: JSON.stringify(entry) });
  let live = new Map<string, Kept>();
  for (const [id, entry] of Object.entries(opts.initial)) live.set(id, keep(entry));
  let persisted = new Map(live);
  let dirty = false;
  let waiting: Array<(e: Error) => void> = [];
  let timer: NodeJS.Timeout | undefined;
  let lastWrite: { ok: boolean; at: Date } | undefined;
  let view: Dialog | undefined;
  let revision = 0;

  function schedule(): void {
    if (timer || !writer) return;
    timer = setTimeout(() => {
      timer = undefined;
      void flush();
    }, flushMs);
    timer.unref();
  }

  async function writeOnce(): Promise<void> {
    if (!dirty) return;
    if (!writer) {
      dirty = false;
      waiting = [];
      persisted = new Map(live);
      return;
    }
    dirty = false;
    const batch = waiting;
    waiting = [];
    const snapshot = new Map(live);
    try {
      await writer.write(snapshot);
      persisted = snapshot;
      lastWrite = { ok: true, at: clock.now() };
    } catch (e) {
      lastWrite = { ok: false, at: clock.now() };
      const error = new StoreError('STORE_WRITE_FAILED', `Could not write store file ${opts.file}: ${(e as Error)?.message}`);
      // Back to what the file holds: every context not on it goes, also those set during the write.
      live = new Map(persisted);
      view = undefined;
      revision += 1;
      dirty = false;
      const told = [...batch, ...waiting];
      waiting = [];
      for (const f of told) {
        try {
          f(error);
        } catch {
          /* the listener's own */
        }
      }
    }
  }

  let chain: Promise<void> = Promise.resolve();
  function flush(): Promise<void> {
    if (timer) {
      clearTimeout(timer);
      timer = undefined;
    }
    chain = chain.then(writeOnce); // writeOnce never rejects: failures go to the callbacks
    return chain;
  }

  function apply(ops: ReadonlyMap<string, DialogEntry | undefined>, onWriteFailed?: (e: Error) => void): void {
    const next = new Map<string, Kept | undefined>();
    const problems: string[] = [];
    for (const [id, entry] of ops) {
      if (entry === undefined) {
        next.set(id, undefined);
        continue;
      }
      const parsed = DIALOG_ENTRY.safeParse(entry);
      if (parsed.success) next.set(id, keep(parsed.data));
      else problems.push(issuesText(id, parsed.error.issues));
    }
    if (problems.length) throw opts.invalid(problems.join('\n'));
    let changed = false;
    for (const [id, kept] of next) {
      if (kept === undefined) changed = live.delete(id) || changed;
      else {
        live.set(id, kept);
        changed = true;
      }
    }
    if (live.size > MAX_DIALOGS) {
      // The oldest go; what was just set goes last, so an answer's context is kept even when its time is
      // the oldest (a clock set back). One pass in the usual case (one over), a sort otherwise.
      const own = (id: string) => next.get(id) !== undefined;
      const older = (a: string, b: string) => {
        if (own(a) !== own(b)) return own(a) ? 1 : -1;
        const x = live.get(a)!.entry.at;
        const y = live.get(b)!.entry.at;
        return x < y ? -1 : x > y ? 1 : 0;
      };
      const ids = [...live.keys()];
      const drop = live.size === MAX_DIALOGS + 1 ? [ids.reduce((a, b) => (older(b, a) < 0 ? b : a))] : ids.sort(older).slice(0, live.size - MAX_DIALOGS);
      for (const id of drop) live.delete(id);
    }
    if (!changed) return;
    view = undefined;
    revision += 1;
    dirty = true;
    if (onWriteFailed) waiting.push(onWriteFailed);
    schedule();
  }

  return {
    path: opts.file ?? '',
    get: (id) => live.get(id)?.entry,
    get size() {
      return live.size;
    },
    toObject() {
      if (!view) {
        view = {};
        for (const [id, { entry }] of live) Object.defineProperty(view, id, { value: entry, enumerable: true, writable: true, configurable: true });
      }
      return { ...view };
    },
    apply,
    set(id, entry, onWriteFailed) {
      apply(new Map([[id, entry]]), onWriteFailed);
    },
    flush,
    get dirty() {
      return dirty;
    },
    get revision() {
      return revision;
    },
    get lastWrite() {
      return lastWrite;
    },
    async close() {
      await flush();
    },
  };
}
