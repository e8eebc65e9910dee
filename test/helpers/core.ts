// A core over a fresh store in a temp dir, with a manual clock: for answer tests and the question set.
import path from 'node:path';
import { ManualClock } from '../../bot/clock.js';
import { createCore, type Core } from '../../bot/core/bot.js';
import { createMemoryLogger } from '../../bot/log.js';
import { openStore, type Store } from '../../bot/store/store.js';
import { loadLexiconData } from '../../bot/understand/lexicon.js';
import { renderText } from '../../cards/text.js';
import { createCommands } from '../../bot/commands.js';
import { seedSecretariat } from '../../bot/admin/commands.js';
import { ROOT, SEED, tempDir } from './app.js';

export const LEXICON = loadLexiconData(path.join(ROOT, 'data', 'lexicon.json'));

export interface TestCore {
  core: Core;
  logger: ReturnType<typeof createMemoryLogger>;
  store: Store;
  clock: ManualClock;
  ask(text: string, conversationId?: string): Promise<{ text: string; kind: string }>;
  cleanup(): Promise<void>;
}

export async function createTestCore(now = '2011-04-07T10:00:00+02:00', opts: { debugNlu?: boolean; secretariat?: string[] } = {}): Promise<TestCore> {
  const { dir, cleanup } = await tempDir();
  const clock = new ManualClock(now);
  const logger = createMemoryLogger();
  const store = await openStore({ storePath: path.join(dir, 'store.json'), seedPath: SEED, clock });
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
      await cleanup();
    },
  };
}
