// The Bot Framework channel (Teams, Web Chat, the Emulator): the only place with botbuilder. Its way in is
// POST /api/messages (adapter.ts), its turns go through the receiving pipeline (bot.ts), replies become
// Adaptive Cards or text (activity.ts), and proactive sends go through continueConversation (send.ts).
// A move to the Microsoft 365 Agents SDK touches this folder.
import type { Config } from '../../config.js';
import type { Receiver } from '../../core/receive.js';
import type { Logger } from '../../log.js';
import type { Channel } from '../channel.js';
import { botFrameworkHandler, createAdapter } from './adapter.js';
import { BOTFRAMEWORK } from './activity.js';
import { SodertornsBot } from './bot.js';
import { createBotFrameworkSender } from './send.js';

export { activityProblem, BotAdapter, botFrameworkHandler, createAdapter, type AdapterOptions } from './adapter.js';
export { BOTFRAMEWORK, cleanReference, summaryOf, toActivity } from './activity.js';
export { SodertornsBot } from './bot.js';
export { createBotFrameworkSender } from './send.js';

export interface BotFrameworkChannelDeps {
  config: Config;
  receiver: Receiver;
  logger: Logger;
  /** Where Microsoft's signing keys are fetched from (tests: a loopback fake login). */
  openIdMetadataUrl?: string;
}

export function createBotFrameworkChannel(deps: BotFrameworkChannelDeps): Channel {
  const { config, receiver, logger } = deps;
  const adapter = createAdapter(config, logger, { openIdMetadataUrl: deps.openIdMetadataUrl, errorReply: receiver.errorReply });
  const bot = new SodertornsBot(receiver, logger);
  const sender = createBotFrameworkSender(adapter, config.microsoft.appId, logger);
  const routes = [{ method: 'post' as const, path: '/api/messages', json: true, handler: botFrameworkHandler(adapter, bot, logger) }];
  return {
    name: BOTFRAMEWORK,
    routes: () => routes,
    send: (conversation, reply) => sender.send(conversation, reply),
    update: (conversation, messageId, reply) => sender.update!(conversation, messageId, reply),
  };
}
