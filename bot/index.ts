// Process entry: read .env and the environment once, start the app, stop cleanly on SIGTERM/SIGINT.
import { config as loadDotenv } from 'dotenv';
import path from 'node:path';
import { ConfigError, parseConfig } from './config.js';
import { startApp, type App } from './app.js';
import { projectRoot } from './paths.js';
import { StoreError } from './store/store.js';
import { StoreLockedError } from './store/lock.js';

async function main(): Promise<void> {
  const root = projectRoot();
  loadDotenv({ path: path.join(root, '.env'), quiet: true });
  const config = parseConfig(process.env, root);
  // The signals are heard from the start: one that comes while the app still starts (after "bot listening", the
  // reminders start) stops it cleanly once started, instead of killing it with the store's lock left behind.
  let app: App | undefined;
  let stopping: string | undefined;
  const close = (started: App, signal: string) => {
    started.logger.info('stopping', { signal });
    started.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = signal;
    if (app) close(app, signal);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  app = await startApp(config);
  if (stopping) close(app, stopping);
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError || e instanceof StoreError || e instanceof StoreLockedError) {
    process.stderr.write(`Södertörnsboten cannot start.\n${e.message}\n`);
  } else {
    process.stderr.write(`Södertörnsboten cannot start: ${(e as Error)?.message ?? String(e)}\n`);
  }
  process.exit(1);
});
