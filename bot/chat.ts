// `npm run chat`: a terminal conversation with the same core the channels use (no Teams needed).
import { config as loadDotenv } from 'dotenv';
import path from 'node:path';
import readline from 'node:readline';
import { ConfigError, parseConfig } from './config.js';
import { createClock } from './clock.js';
import { createLogger } from './log.js';
import { openStore, StoreError } from './store/store.js';
import { acquireStoreLock } from './store/lock.js';
import { createCore } from './core/bot.js';
import { loadLexiconData } from './understand/lexicon.js';
import { createCommands } from './commandList.js';
import { createFileExports, fetchPlanFile } from './admin/exports.js';
import { seedSecretariat } from './admin/secretariat.js';
import { projectRoot } from './paths.js';
import { renderText } from '../cards/text.js';

async function main(): Promise<void> {
  const root = projectRoot();
  loadDotenv({ path: path.join(root, '.env'), quiet: true });
  const config = parseConfig(process.env, root);
  const logger = createLogger(config.debugNlu ? 'debug' : 'warn', (l) => process.stderr.write(l + '\n'));
  const clock = createClock(config.botNow);
  // The terminal writes to the same store as the bot: never both at once (see store/lock.ts).
  const lock = await acquireStoreLock(config.storePath, { clock: createClock() });
  const store = await openStore({ storePath: config.storePath, seedPath: config.seedPath, clock, onWarning: (message) => logger.warn('store', { detail: message }) });
  await seedSecretariat(store, config.secretariat, logger);
  const lexicon = loadLexiconData(config.lexiconPath);
  const core = createCore({ store, clock, logger, debugNlu: config.debugNlu, lexicon, commands: createCommands({ exports: createFileExports(path.join(root, 'data', 'exports'), clock), fetchFile: fetchPlanFile }) });
  const user = config.chatUser;

  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  const interactive = Boolean(process.stdin.isTTY);
  if (interactive) {
    process.stdout.write('Södertörnsboten i terminalen. Skriv "hjälp" för att börja, Ctrl+D för att avsluta.\n\n');
    rl.setPrompt('du> ');
    rl.prompt();
  }
  // Lines are answered one at a time, in order, even when piped in faster than they are answered.
  let chain = Promise.resolve();
  rl.on('line', (line) => {
    chain = chain.then(async () => {
      if (!line.trim()) return;
      if (!interactive) process.stdout.write(`du> ${line}\n`);
      try {
        const replies = await core.handleMessage({ conversationId: `terminal:${user}`, channel: 'terminal', userId: user, text: line });
        for (const r of replies) process.stdout.write(`\nbot> ${renderText(r).replace(/\n/g, '\n     ')}\n\n`);
      } catch (e) {
        logger.error('chat turn failed', { error: e as Error });
        process.stdout.write('\nbot> Något gick fel hos mig. Försök igen.\n\n');
      }
      if (interactive) rl.prompt();
    });
  });
  rl.on('close', () => {
    void chain.then(() => store.settled()).then(() => lock.release()).then(() => process.exit(0));
  });
}

main().catch((e: unknown) => {
  const msg = e instanceof ConfigError || e instanceof StoreError ? e.message : String((e as Error)?.message ?? e);
  process.stderr.write(`Södertörnsboten cannot start.\n${msg}\n`);
  process.exit(1);
});
