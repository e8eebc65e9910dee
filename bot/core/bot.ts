// The channel-agnostic core: a message in, neutral replies out. Channels (bot/channels/) translate
// their activities into `Incoming` and render the replies; nothing here knows about botbuilder or Slack.
import type { Clock } from '../clock.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/store.js';
import { helpReply, welcomeReply } from '../answers/help.js';
import { answer } from '../answers/answer.js';
import { buildLexicon, type Lexicon, type LexiconData } from '../understand/lexicon.js';
import { detectLang, splitWords, understand, type QueryContext } from '../understand/understand.js';
import type { Plan } from '../store/schema.js';
import { reply, type Lang, type Reply } from './reply.js';
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
  /** Files sent with the message (a plan file to import). */
  attachments?: Array<{ name?: string; contentType?: string; url?: string }>;
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
  /** The words the bot understands (data/lexicon.json). */
  lexicon: LexiconData;
}

/**
 * Longer messages are not read. A question is a line or two, and reading a text costs more than its
 * length (every date and name in it is weighed against the others): a pasted wall of dates would hold
 * the bot for minutes. Such a message gets a short note instead.
 */
export const MAX_TEXT_LENGTH = 1000;
/** The secretariat's commands that carry data (a pasted plan file, a year's calendar) may be long. */
const LONG_COMMANDS = /^\s*(importera|import|(ny|nytt|lägg till|lagg till|new|add) (kalender|calendar|kalendarium))\b/i;
const MAX_COMMAND_LENGTH = 2 * 1024 * 1024;

function tooLongReply(lang: Lang): Reply {
  return lang === 'sv'
    ? reply('tooLong', 'sv', 'Det var ett långt meddelande', [
        { type: 'text', text: `Jag läser frågor på högst ${MAX_TEXT_LENGTH.toLocaleString('sv-SE')} tecken. Ställ en kortare fråga, så svarar jag.` },
      ])
    : reply('tooLong', 'en', 'That is a long message', [
        { type: 'text', text: `I read questions of up to ${MAX_TEXT_LENGTH.toLocaleString('en-GB')} characters. Ask a shorter question and I will answer.` },
      ]);
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
  // The lexicon includes the plan's names, so it is rebuilt when the plan changes (the store swaps the object).
  let built: { plan: Plan; lexicon: Lexicon } | undefined;
  const lexiconFor = (plan: Plan): Lexicon => {
    if (built?.plan !== plan) built = { plan, lexicon: buildLexicon(deps.lexicon, plan) };
    return built.lexicon;
  };
  // The context is applied in memory before the reply goes out (the next message sees it) but the reply
  // does not wait for the disk: it is written with the next store write.
  async function rememberContext(conversationId: string, context: QueryContext, now: Date): Promise<void> {
    const failed = (e: unknown) => logger.warn('could not store the conversation context', { error: e as Error });
    try {
      // The store keeps the most recent contexts (MAX_DIALOGS in store.ts), dropping the oldest.
      await deps.store.stage((d) => {
        d.runtime.dialog[conversationId] = { context: context as unknown as Record<string, unknown>, at: now.toISOString() };
      }, failed);
    } catch (e) {
      // Losing a follow-up context is not worth failing the answer for.
      failed(e);
    }
  }

  return {
    welcome: (lang) => welcomeReply(lang),
    async handleMessage(msg) {
      const text = msg.text.trim();
      const long = text.length > MAX_TEXT_LENGTH;
      if (long && (!LONG_COMMANDS.test(text) || text.length > MAX_COMMAND_LENGTH)) return [tooLongReply(guessLang(text.slice(0, 200), msg.locale))];
      const plan = deps.store.data.plan;
      const lexicon = lexiconFor(plan);
      // Folded, split and language-detected once: the commands and understanding read the same words.
      const folded = fold(text);
      const words = text && !long ? splitWords(folded) : undefined;
      const saved = deps.store.data.runtime.dialog[msg.conversationId]?.context as QueryContext | undefined;
      const lang = words ? detectLang(lexicon, words, msg.locale, saved?.lang, text) : guessLang(text.slice(0, 200), msg.locale);
      const bare = text.toLowerCase().replace(/[!.]+$/, '').trim();
      if (HELP_WORDS.has(bare) || (bare === '' && !msg.value)) {
        return [helpReply(bare === 'help' || bare === 'menu' || bare === 'commands' ? 'en' : lang)];
      }
      const ctx: CommandContext = {
        msg,
        lang,
        folded,
        now: deps.clock.now(),
        store: deps.store,
        clock: deps.clock,
        logger,
        lexicon,
      };
      for (const command of deps.commands ?? []) {
        if (command.matches(ctx)) {
          logger.debug('command', { command: command.name, conversation: msg.conversationId });
          return command.handle(ctx);
        }
      }
      const q = understand({ text, plan, lexicon, now: ctx.now, locale: msg.locale, context: saved, read: words && { words, lang } });
      if (deps.debugNlu) {
        logger.info('nlu', {
          conversation: msg.conversationId,
          text,
          lang: q.lang,
          intent: q.intent,
          followUp: q.followUp,
          entities: { bodies: q.bodies, municipalities: q.municipalities, years: q.years, dates: q.dates, month: q.month, week: q.week, budgetLines: q.budgetLines, topics: q.topics, relation: q.relation },
          reading: { form: q.form, amounts: q.amounts, count: q.count, period: q.period, weekdays: q.weekdays, yearShift: q.yearShift, weekShift: q.weekShift, action: q.action, notInPlanKinds: q.notInPlanKinds },
          features: q.features,
          scores: q.scores,
        });
      }
      const result = answer({ q, plan, now: ctx.now, data: lexicon.data });
      if (result.context && JSON.stringify(result.context) !== JSON.stringify(saved)) {
        await rememberContext(msg.conversationId, result.context, ctx.now);
      }
      return [result.reply];
    },
  };
}
