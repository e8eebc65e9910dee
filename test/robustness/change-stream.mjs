// Child process for the kill -9 test: a secretariat member confirms budget changes one after another
// through the real core (compiled, as `npm start` runs it), printing each confirmed index.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = (p) => path.join(root, 'dist', 'bot', p);
const { openStore } = await import(dist('store/store.js'));
const { createClock } = await import(dist('clock.js'));
const { createLogger } = await import(dist('log.js'));
const { createCore } = await import(dist('core/bot.js'));
const { createCommands } = await import(dist('commandList.js'));
const { seedSecretariat } = await import(dist('admin/secretariat.js'));
const { loadLexiconData } = await import(dist('understand/lexicon.js'));

const [storePath] = process.argv.slice(2);
const clock = createClock(new Date('2011-04-07T08:00:00Z'));
const logger = createLogger('error', (l) => process.stderr.write(l + '\n'));
const store = await openStore({ storePath, seedPath: path.join(root, 'data', 'seed.json'), clock });
await seedSecretariat(store, ['sec-1'], logger);
const core = createCore({ store, clock, logger, lexicon: loadLexiconData(path.join(root, 'data', 'lexicon.json')), commands: createCommands({}) });
const say = (text) => core.handleMessage({ conversationId: 'stream', channel: 'terminal', userId: 'sec-1', text });
for (let i = 1; i <= 100_000; i++) {
  await say(`ändra budget 2011 personal ${580000 + i}`);
  const [r] = await say('bekräfta');
  if (r.kind !== 'confirmed') throw new Error(`not confirmed: ${r.title}`);
  process.stdout.write(`confirmed ${i}\n`);
}
