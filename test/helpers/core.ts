// A core over a fresh store with a manual clock: for answer tests, command tests and the question set.
// The store is kept in memory (no disk), unless a test asks for one on disk (a restart, a backup).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ManualClock } from '../../bot/clock.js';
import { createCore, type Core } from '../../bot/core/bot.js';
import { createMemoryLogger } from '../../bot/log.js';
import { openMemoryStore, openStore, type Store } from '../../bot/store/store.js';
import type { StoreData } from '../../bot/store/schema.js';
import { loadLexiconData } from '../../bot/understand/lexicon.js';
import { renderText } from '../../cards/text.js';
import { createCommands } from '../../bot/commandList.js';
import { seedSecretariat } from '../../bot/admin/secretariat.js';
import { ROOT, SEED, tempDir } from './app.js';

export const LEXICON = loadLexiconData(path.join(ROOT, 'data', 'lexicon.json'));
const SEED_DATA = JSON.parse(readFileSync(SEED, 'utf8')) as StoreData;

export interface TestCore {
  core: Core;
  logger: ReturnType<typeof createMemoryLogger>;
  store: Store;
  clock: ManualClock;
  ask(text: string, conversationId?: string): Promise<{ text: string; kind: string }>;
  cleanup(): Promise<void>;
}

/** A store over the seed, in memory. */
export function memoryStore(clock: ManualClock): Store {
  return openMemoryStore({ data: SEED_DATA, clock });
}

export async function createTestCore(now = '2011-04-07T10:00:00+02:00', opts: { debugNlu?: boolean; secretariat?: string[]; onDisk?: boolean } = {}): Promise<TestCore> {
  const clock = new ManualClock(now);
  const logger = createMemoryLogger();
  let dir: { dir: string; cleanup: () => Promise<void> } | undefined;
  let store: Store;
  if (opts.onDisk) {
    dir = await tempDir();
    store = await openStore({ storePath: path.join(dir.dir, 'store.json'), seedPath: SEED, clock });
  } else store = memoryStore(clock);
  if (opts.secretariat) await seedSecretariat(store, opts.secretariat, logger);
  const core = createCore({ store, clock, logger, lexicon: LEXICON, debugNlu: opts.debugNlu, commands: createCommands({}) });
  return {
    core,
    logger,
    store,
    clock,
    async ask(text, conversationId = 'test-conversation') {
      const [r] = await core.handleMessage({ conversationId, channel: 'terminal', userId: 'tester', text });
      return { text: renderText(r!), kind: r!.kind };
    },
    async cleanup() {
      await store.settled(); // the follow-up context is written after the answer
      await dir?.cleanup();
    },
  };
}

/**
 * A fresh test core for every test of the describe block it is called in (created before each, cleaned up
 * after each): the object returned stands for the current one.
 */
export function freshCoreEach(now = '2011-04-07T10:00:00+02:00', opts: Parameters<typeof createTestCore>[1] = {}): TestCore {
  let current: TestCore | undefined;
  beforeEach(async () => {
    current = await createTestCore(now, opts);
  });
  afterEach(() => current?.cleanup());
  return new Proxy({} as TestCore, {
    get(_target, key) {
      if (!current) throw new Error('freshCoreEach: used outside a test');
      const value = Reflect.get(current, key) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(current) : value;
    },
  });
}
