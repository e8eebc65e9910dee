// Process entry: read .env and the environment once, start the app, stop cleanly on SIGTERM/SIGINT.
import { config as loadDotenv } from 'dotenv';
import path from 'node:path';
import { ConfigError, parseConfig } from './config.js';
import { startApp } from './app.js';
import { projectRoot } from './paths.js';
import { StoreError } from './store/store.js';
import { StoreLockedError } from './store/lock.js';

async function main(): Promise<void> {
  const root = projectRoot();
  loadDotenv({ path: path.join(root, '.env'), quiet: true });
  const config = parseConfig(process.env, root);
  const app = await startApp(config);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.logger.info('stopping', { signal });
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError || e instanceof StoreError || e instanceof StoreLockedError) {
    process.stderr.write(`Södertörnsboten cannot start.\n${e.message}\n`);
  } else {
    process.stderr.write(`Södertörnsboten cannot start: ${(e as Error)?.message ?? String(e)}\n`);
  }
  process.exit(1);
});
