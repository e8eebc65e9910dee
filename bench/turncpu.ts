// CPU per turn in process, the way the shell runs a message: the core with its commands over a store on
// disk, and the usage counter counting each answer (as app.ts does), without HTTP or botbuilder, so the
// per-turn bookkeeping shows without the noise of the end-to-end run.
//
//   node dist/bench/turncpu.js [dist root] [conversations=1]
// The dist root lets one build (another checkout's dist/) be measured by the same script: the modules
// are loaded from <root>/bot/…; the seed and lexicon come from this project.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../bot/paths.js';

const ROOT = projectRoot();
const [distRoot = path.join(ROOT, 'dist'), convArg = '1'] = process.argv.slice(2);
const load = async <T>(p: string): Promise<T> => (await import(pathToFileURL(path.join(distRoot, 'bot', p)).href)) as T;

// Typed as this build's modules; another build is expected to have the same entry points.
const { openStore } = await load<typeof import('../bot/store/store.js')>('store/store.js');
const { createClock } = await load<typeof import('../bot/clock.js')>('clock.js');
const { createLogger } = await load<typeof import('../bot/log.js')>('log.js');
const { createCore } = await load<typeof import('../bot/core/bot.js')>('core/bot.js');
// commandList.js since the four commands.ts files got names of their own; an older build has commands.js.
const { createCommands } = await load<typeof import('../bot/commandList.js')>('commandList.js').catch(() => load<typeof import('../bot/commandList.js')>('commands.js'));
const { createUsageCounter } = await load<typeof import('../bot/core/usage.js')>('core/usage.js');
const { loadLexiconData } = await load<typeof import('../bot/understand/lexicon.js')>('understand/lexicon.js');

const QUESTIONS = ['nästa SK', 'vem är värd för rådslaget 2014?', 'och 2015?', 'when is the next LG meeting?', 'budget', 'när är planeringskonferensen', 'hur många möten har ledningsgruppen 2011', 'vad är samarbetskommittén'];
const conversations = Number(convArg);
const dir = mkdtempSync(path.join(os.tmpdir(), 'turncpu-'));
const clock = createClock(new Date('2011-04-07T10:00:00+02:00'));
const logger = createLogger('error', () => {});
const store = await openStore({ storePath: path.join(dir, 'store.json'), seedPath: path.join(ROOT, 'data', 'seed.json'), clock });
const usage = createUsageCounter({ store, clock, logger });
const core = createCore({ store, clock, logger, lexicon: loadLexiconData(path.join(ROOT, 'data', 'lexicon.json')), commands: createCommands({ usage }), usage });

async function run(count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const replies = await core.handleMessage({ conversationId: `c-${i % conversations}`, channel: 'botframework', userId: 'u', text: QUESTIONS[i % QUESTIONS.length]! });
    usage.answered(replies[0]!.kind);
  }
}

await run(2000); // warm-up
const perTurn: number[] = [];
for (let r = 0; r < 5; r++) {
  const t0 = process.cpuUsage();
  await run(4000);
  const t = process.cpuUsage(t0);
  perTurn.push((t.user + t.system) / 4000);
}
perTurn.sort((a, b) => a - b);
(globalThis as { gc?: () => void }).gc?.(); // with --expose-gc: the heap the turns left, collected
const heap = (process.memoryUsage().heapUsed / 1024 / 1024).toFixed(1);
process.stdout.write(`${distRoot} conversations=${conversations}: CPU per turn median ${perTurn[2]!.toFixed(0)} µs (5 rounds of 4000: ${perTurn[0]!.toFixed(0)}–${perTurn[4]!.toFixed(0)} µs); heap ${heap} MB\n`);
await usage.close();
await store.settled();
rmSync(dir, { recursive: true, force: true });
