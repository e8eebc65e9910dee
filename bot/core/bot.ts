// The channel-agnostic core: a message in, neutral replies out. Channels (bot/channels/) translate
// their activities into `Incoming` and render the replies; nothing here knows about botbuilder or Slack.
import type { Clock } from '../clock.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/store.js';
import { fallbackReply, helpReply, welcomeReply } from '../answers/help.js';
import type { Lang, Reply } from './reply.js';
import type { Command, CommandContext } from './commands.js';
import { fold } from '../understand/normalize.js';

export interface Incoming {
  conversationId: string;
  channel: 'botframework' | 'slack' | 'terminal';
  userId: string;
  userName?: string;
  text: string;
  /** Data posted by a card button (Action.Submit), if any. */
  value?: Record<string, unknown>;
  locale?: string;
}

export interface Core {
  handleMessage(msg: Incoming): Promise<Reply[]>;
  welcome(lang: Lang): Reply;
}

export interface CoreDeps {
  store: Store;
  clock: Clock;
  logger: Logger;
  debugNlu?: boolean;
  /** Commands, in the order they are tried; the first whose matches() is true handles the message. */
  commands?: Command[];
}

const HELP_WORDS = new Set(['hjalp', 'help', '?', 'hjälp', 'meny', 'menu', 'kommandon', 'commands']);

export function guessLang(text: string, locale?: string): Lang {
  if (/[åäö]/i.test(text)) return 'sv';
  if (/\b(the|what|when|who|which|how|next|meeting|show|does|is|are|where|budget share)\b/i.test(text)) return 'en';
  if (locale && /^en/i.test(locale) && !/\b(och|vem|vad|när|nar|hur|vilka|nästa|nasta)\b/i.test(text)) return 'en';
  return 'sv';
}

export function createCore(deps: CoreDeps): Core {
  const { logger } = deps;
  return {
    welcome: (lang) => welcomeReply(lang),
    async handleMessage(msg) {
      const text = msg.text.trim();
      const lang = guessLang(text, msg.locale);
      const bare = text.toLowerCase().replace(/[!.]+$/, '').trim();
      if (HELP_WORDS.has(bare) || (bare === '' && !msg.value)) {
        return [helpReply(bare === 'help' || bare === 'menu' || bare === 'commands' ? 'en' : lang)];
      }
      const ctx: CommandContext = {
        msg,
        lang,
        folded: fold(text),
        now: deps.clock.now(),
        store: deps.store,
        clock: deps.clock,
        logger,
      };
      for (const command of deps.commands ?? []) {
        if (command.matches(ctx)) {
          logger.debug('command', { command: command.name, conversation: msg.conversationId });
          return command.handle(ctx);
        }
      }
      logger.debug('message not understood', { conversation: msg.conversationId });
      return [fallbackReply(lang)];
    },
  };
}
