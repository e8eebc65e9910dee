// The wiring: config in, everything created here and handed to whoever needs it.
import type { Server } from 'restify';
import type { Config } from './config.js';
import { createClock, type Clock } from './clock.js';
import { createLogger, type Logger } from './log.js';
import { openStore, type Store } from './store/store.js';
import { createCore } from './core/bot.js';
import { createAdapter, SodertornsBot } from './channels/botframework.js';
import { createServer } from './server.js';
import { projectRoot } from './paths.js';
import { tabRoutes } from './tab/routes.js';
import { calendarRoutes } from './feeds/routes.js';

export interface App {
  server: Server;
  store: Store;
  clock: Clock;
  logger: Logger;
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface AppOverrides {
  clock?: Clock;
  logger?: Logger;
}

export async function startApp(config: Config, overrides: AppOverrides = {}): Promise<App> {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const clock = overrides.clock ?? createClock(config.botNow);
  const store = await openStore({ storePath: config.storePath, seedPath: config.seedPath, clock });
  const core = createCore({ store, clock, logger, debugNlu: config.debugNlu });
  const adapter = createAdapter(config, logger);
  const bot = new SodertornsBot(core, logger);

  const server = createServer(
    [
      {
        method: 'post',
        path: '/api/messages',
        json: true,
        handler: async (req, res) => {
          await adapter.process(req, res, (context) => bot.run(context));
        },
      },
      {
        method: 'get',
        path: '/healthz',
        handler: (_req, res) => {
          res.send(200, {
            status: 'ok',
            store: store.path,
            meetings: store.data.plan.meetings.length,
            now: clock.now().toISOString(),
          });
        },
      },
      ...tabRoutes({ store, clock, root: projectRoot() }),
      ...calendarRoutes({ store, clock, publicUrl: config.publicUrl }),
    ],
    logger,
  );

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host ?? '0.0.0.0', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://127.0.0.1:${port}`;
  logger.info('bot listening', {
    url: `${url}/api/messages`,
    auth: config.anonymous ? 'anonymous (no MicrosoftAppId)' : 'Bot Framework tokens required',
    store: store.path,
    clock: clock.now().toISOString(),
  });

  return {
    server,
    store,
    clock,
    logger,
    url,
    port,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
