// The wiring: config in, everything created here and handed to whoever needs it.
import type { Server } from 'restify';
import type { Config } from './config.js';
import { createClock, type Clock } from './clock.js';
import { createLogger, type Logger } from './log.js';
import { openStore, type Store } from './store/store.js';
import { createCore } from './core/bot.js';
import { createAdapter, createBotFrameworkSender, SodertornsBot } from './channels/botframework.js';
import { createServer } from './server.js';
import { createConversationHooks } from './reminders/conversations.js';
import { reminderCommands } from './reminders/commands.js';
import { startReminderScheduler } from './reminders/scheduler.js';
import { createChannelSender } from './reminders/sender.js';

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
  const core = createCore({
    store,
    clock,
    logger,
    debugNlu: config.debugNlu,
    commands: [...reminderCommands({ secretariat: config.secretariat })],
  });
  const adapter = createAdapter(config, logger);
  const bot = new SodertornsBot(core, logger, createConversationHooks({ store, clock, logger }));

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
  const reminders = await startReminderScheduler({
    store,
    clock,
    logger,
    baseUrl: config.publicUrl ?? url,
    sender: createChannelSender({ botframework: createBotFrameworkSender(adapter, config.microsoft.appId, logger) }),
  });

  return {
    server,
    store,
    clock,
    logger,
    url,
    port,
    close: async () => {
      await reminders.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
