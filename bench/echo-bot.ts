// The floor for the benchmark: a bare echo bot on the same stack as Södertörnsboten (botbuilder's
// CloudAdapter + ActivityHandler, anonymous auth, the same restify server from bot/server.ts, a /healthz).
// Run compiled: `PORT=… node dist/bench/echo-bot.js`. It reads its port through bot/config.ts, like the bot.
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { parseConfig } from '../bot/config.js';
import { createLogger } from '../bot/log.js';
import { projectRoot } from '../bot/paths.js';
import { createServer } from '../bot/server.js';

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }
}

async function main(): Promise<void> {
  const config = parseConfig(process.env, projectRoot());
  const logger = createLogger(config.logLevel);
  const adapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: '' }),
  );
  const bot = new EchoBot();
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
          res.send(200, { status: 'ok' });
        },
      },
    ],
    logger,
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host ?? '0.0.0.0', () => resolve());
  });
  logger.info('echo bot listening', { port: config.port });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`echo bot cannot start: ${(e as Error)?.message ?? String(e)}\n`);
  process.exit(1);
});
