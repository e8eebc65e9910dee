// The wiring: config in, everything created here and handed to whoever needs it.
import type { Server } from 'restify';
import type { Config } from './config.js';
import { createClock, type Clock } from './clock.js';
import { createLogger, type Logger } from './log.js';
import { openStore, type Store } from './store/store.js';
import { acquireStoreLock, type StoreLock } from './store/lock.js';
import { startDailyBackups } from './store/backup.js';
import { createCore } from './core/bot.js';
import type { Core } from './core/bot.js';
import { loadLexiconData } from './understand/lexicon.js';
import { createServer } from './server.js';
import type { Channel } from './channels/channel.js';
import { createBotFrameworkChannel } from './channels/botframework/index.js';
import { createSlackChannel, slackOffRoutes, type SlackChannel, type SlackSocketDeps } from './channels/slack/index.js';
import { createReceiver } from './core/receive.js';
import { createStoreTurnMemory } from './core/memory.js';
import { createConversationMemory } from './reminders/conversations.js';
import { createCommands } from './commandList.js';
import { createExportLinks, fetchPlanFile } from './admin/exports.js';
import { seedSecretariat } from './admin/secretariat.js';
import { startReminderScheduler, type ReminderScheduler } from './reminders/scheduler.js';
import { appVersion, health } from './health.js';
import { createChannelSender } from './reminders/sender.js';
import { createMeetingNotifier, type MeetingNotifier } from './reminders/notices.js';
import { createUsageCounter } from './core/usage.js';
import { homeReplies } from './answers/home.js';
import { projectRoot } from './paths.js';
import { tabRoutes } from './tab/routes.js';
import { calendarRoutes } from './feeds/routes.js';

export interface App {
  server: Server;
  store: Store;
  clock: Clock;
  logger: Logger;
  /** The Slack channel (its sender reaches Slack proactively); undefined when Slack is not configured. */
  slack?: SlackChannel;
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface AppOverrides {
  clock?: Clock;
  /** Real time for security checks (request freshness); defaults to the overridden clock, else the system time. */
  wallClock?: Clock;
  logger?: Logger;
  /** Socket Mode timings (tests keep the reconnect waits short). */
  slackSocket?: Pick<SlackSocketDeps, 'pingTimeoutMs' | 'serverPingTimeoutMs' | 'retryConfig' | 'restartDelayMs'>;
  /** Where Microsoft's signing keys are fetched from (tests: a loopback fake login). */
  openIdMetadataUrl?: string;
}

/** Starts the bot: first the store's lock (one process per store, see store/lock.ts), then everything else. */
export async function startApp(config: Config, overrides: AppOverrides = {}): Promise<App> {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const lock = await acquireStoreLock(config.storePath, {
    clock: createClock(), // real time: heartbeats are compared across hosts, BOT_NOW must not shift them
    onTakeover: (stale, reason) => logger.warn('stale store lock taken over', { pid: stale?.pid, host: stale?.host, reason }),
    onLost: (now) => logger.error('store lock lost: another process holds the store now; reminders stopped here, stop this process', { pid: now?.pid, host: now?.host }),
  });
  try {
    return await startLocked(config, overrides, logger, lock);
  } catch (e) {
    await lock.release();
    throw e;
  }
}

async function startLocked(config: Config, overrides: AppOverrides, logger: Logger, lock: StoreLock): Promise<App> {
  const clock = overrides.clock ?? createClock(config.botNow);
  const store = await openStore({ storePath: config.storePath, seedPath: config.seedPath, clock, onWarning: (message) => logger.warn('store', { detail: message }) });
  await seedSecretariat(store, config.secretariat, logger);
  const backups = startDailyBackups({ storePath: store.path, clock, logger, backup: (reason) => store.backup(reason) });
  const lexicon = loadLexiconData(config.lexiconPath);
  // Filled in once the server listens (its port may be chosen by the system).
  let localUrl = '';
  const exportLinks = createExportLinks({ clock, baseUrl: () => config.publicUrl ?? localUrl });
  const usage = createUsageCounter({ store, clock, logger });
  // Set once the senders exist (below); a confirmed change before that has nobody to notify yet.
  let notifier: MeetingNotifier | undefined;
  const core = createCore({
    store,
    clock,
    logger,
    debugNlu: config.debugNlu,
    lexicon,
    commands: createCommands({ exports: exportLinks.sink, fetchFile: fetchPlanFile, usage }),
    usage,
    meetingsChanged: (before, after) => notifier?.meetingsChanged(before, after),
  });
  // Every answer is counted by its kind (never its text) for "statistik".
  const countedCore: Core = {
    welcome: (lang) => core.welcome(lang),
    async handleMessage(msg) {
      const replies = await core.handleMessage(msg);
      if (replies[0]) usage.answered(replies[0].kind);
      return replies;
    },
  };
  // Every channel's turns go through one pipeline: conversation memory, redeliveries, the apology when a
  // turn fails. Its writes go through the narrow memory below, never a channel's own.
  const conversations = createConversationMemory({ store, clock, logger });
  const receiver = createReceiver({ core: countedCore, memory: createStoreTurnMemory({ store, clock, conversations }), logger });

  const { botToken, signingSecret, appToken, apiUrl } = config.slack;
  // Slack over HTTP (signed requests) and/or Socket Mode (the bot connects out; no public URL needed).
  const slack: SlackChannel | undefined =
    botToken && (signingSecret || appToken)
      ? createSlackChannel({
          botToken,
          signingSecret,
          appToken,
          socket: overrides.slackSocket,
          apiUrl,
          receiver,
          clock,
          wallClock: overrides.wallClock ?? overrides.clock ?? createClock(),
          logger,
          home: ({ channels }) => homeReplies({ plan: store.plan.plan, now: clock.now(), subscriptions: store.runtime.subscriptions, channels }),
        })
      : undefined;
  // The channels: each serves its own routes (or socket) and sends proactively by its name. A new channel
  // is a folder under bot/channels and one line here.
  const channels: Channel[] = [
    createBotFrameworkChannel({ config, receiver, logger, openIdMetadataUrl: overrides.openIdMetadataUrl }),
    ...(slack ? [slack] : []),
  ];

  const version = appVersion(projectRoot());
  let scheduler: ReminderScheduler | undefined; // started once the server listens
  const server = createServer(
    [
      ...channels.flatMap((c) => c.routes()),
      {
        method: 'get',
        path: '/healthz',
        // 200 while the process serves; "degraded" when the store cannot be read or written (a restart would not help).
        handler: async (_req, res) => {
          res.send(200, await health({ store, clock, version, remindersLastRun: () => scheduler?.lastRunAt }));
        },
      },
      ...(slack ? [] : slackOffRoutes()), // Slack's paths say it is off, rather than a bare 404
      ...exportLinks.routes,
      ...tabRoutes({ store, clock, root: projectRoot() }),
      ...calendarRoutes({ store, clock, publicUrl: config.publicUrl }),
    ],
    logger,
  );

  // Without an app id nobody's token is checked and `from` is believed as sent: only this machine may talk
  // to the bot then, unless HOST says otherwise (and the log says what that means).
  const host = config.host ?? (config.anonymous ? '127.0.0.1' : '0.0.0.0');
  if (config.anonymous && config.host) {
    logger.warn('anonymous mode on a network interface', {
      host: config.host,
      detail: 'no MicrosoftAppId is set, so requests are not authenticated: anyone who can reach this port can act as any user, the secretariat included. Set MicrosoftAppId (and its password) or leave HOST unset to listen on 127.0.0.1 only.',
    });
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://127.0.0.1:${port}`;
  localUrl = url;
  logger.info('bot listening', {
    url: `${url}/api/messages`,
    host,
    store: store.path,
    auth: config.anonymous ? 'anonymous (no MicrosoftAppId)' : 'Bot Framework tokens required',
    version,
    clock: clock.now().toISOString(),
  });
  const sender = createChannelSender(new Map(channels.map((c) => [c.name, c])));
  notifier = createMeetingNotifier({ store, clock, logger, sender, baseUrl: () => config.publicUrl ?? url, onDelivery: (ok) => usage.count(ok ? 'noticesSent' : 'noticesFailed') });
  const reminders = await startReminderScheduler({
    store,
    clock,
    logger,
    baseUrl: config.publicUrl ?? url,
    sender,
    count: (what) => usage.count(what),
  });
  scheduler = reminders;
  // Another process took the store (the lock's heartbeat looked dead to it): this one stops sending
  // reminders at once, so none goes out twice, and says so; the operator stops it.
  lock.onLost(() => void reminders.close());
  for (const c of channels) c.start?.();

  return {
    server,
    store,
    clock,
    logger,
    slack,
    url,
    port,
    close: async () => {
      await reminders.close();
      await notifier?.idle();
      await backups.close();
      for (const c of channels) await c.stop?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      for (const c of channels) await c.close?.();
      await usage.close();
      await store.settled(); // staged bookkeeping (follow-up context) reaches the disk before the process ends
      await lock.release();
    },
  };
}
