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
import { reply, type Reply } from './reply.js';
import { type Lang } from '../text/lang.js';
import type { Command, CommandContext } from './commands.js';
import { fold } from '../understand/normalize.js';

export type { Incoming } from './incoming.js';
import type { Incoming } from './incoming.js';

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
/** The most a data-carrying command (a pasted plan file, a year's calendar) may hold. */
export const MAX_COMMAND_LENGTH = 512 * 1024;

function tooLongReply(lang: Lang): Reply {
  return lang === 'sv'
    ? reply('tooLong', 'sv', 'Det var ett långt meddelande', [
        { type: 'text', text: `Jag läser frågor på högst ${MAX_TEXT_LENGTH.toLocaleString('sv-SE')} tecken. Ställ en kortare fråga, så svarar jag.` },
      ])
    : reply('tooLong', 'en', 'That is a long message', [
        { type: 'text', text: `I read questions of up to ${MAX_TEXT_LENGTH.toLocaleString('en-GB')} characters. Ask a shorter question and I will answer.` },
      ]);
}

function notSavedReply(lang: Lang): Reply {
  return lang === 'sv'
    ? reply('notSaved', 'sv', 'Det gick inte att spara', [
        { type: 'text', text: 'Ändringen kunde inte sparas, så inget ändrades. Försök igen om en stund; kvarstår felet, be den som driftar boten att se över lagringen.' },
      ])
    : reply('notSaved', 'en', 'Could not save', [
        { type: 'text', text: 'The change could not be saved, so nothing changed. Please try again shortly; if it persists, ask whoever runs the bot to check its storage.' },
      ]);
}

/** Question words that can open a second question in the same message. */
const QUESTION_WORDS = new Set(['vem', 'vad', 'när', 'nar', 'var', 'vart', 'vilken', 'vilket', 'vilka', 'hur', 'who', 'what', 'when', 'where', 'which', 'how']);

/**
 * "när är rådslaget och vem är värd", "nästa LG? och nästa SK?": two questions in one message. Split where
 * "och"/"and" is followed by a question word, or at a question mark inside the message; each part keeps at
 * least two words. The second part is read as a follow-up of the first (its subject carries over).
 * One pass over the words (no backtracking regular expression: a message may be 1000 characters).
 */
export function splitQuestions(text: string): [string, string] | undefined {
  const words = text.split(/\s+/).filter(Boolean);
  const bare = (w: string) => w.toLowerCase().replace(/^[,;]+|[?!.,;]+$/g, '');
  for (let i = 1; i < words.length - 1; i++) {
    // "… LG? och nästa SK?": a question mark ends the first question.
    if (i >= 2 && words[i - 1]!.endsWith('?') && words.length - i >= 2) return [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const w = bare(words[i]!);
    if ((w === 'och' || w === 'and') && i >= 2 && QUESTION_WORDS.has(bare(words[i + 1]!))) {
      const first = words.slice(0, i).join(' ').replace(/[,;]+$/, '');
      return [first, words.slice(i + 1).join(' ')];
    }
  }
  return undefined;
}

/** Two answers in one reply: the first whole, then what the second adds under its own title. */
function joinReplies(a: Reply, b: Reply): Reply {
  const seen = new Set(a.blocks.map((x) => JSON.stringify(x)));
  const added = b.blocks.filter((x) => !seen.has(JSON.stringify(x)));
  // A second answer that only repeats the first (the host was already on the card) adds nothing.
  if (!added.length) return a;
  return { ...a, blocks: [...a.blocks, ...(b.title ? [{ type: 'heading' as const, text: b.title }] : []), ...added], actions: b.actions ?? a.actions };
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
      // A long text is read only by a command that claims it from its first words; nothing else is read.
      const longCommand = long && text.length <= MAX_COMMAND_LENGTH ? deps.commands?.find((c) => c.claimsLongText?.(text)) : undefined;
      if (long && !longCommand) return [tooLongReply(guessLang(text.slice(0, 200), msg.locale))];
      const plan = deps.store.data.plan;
      const lexicon = lexiconFor(plan);
      // Folded, split and language-detected once: the commands and understanding read the same words.
      const folded = long ? '' : fold(text); // a long text is the claiming command's to read
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
      const command = longCommand ?? deps.commands?.find((c) => c.matches(ctx));
      if (command) {
        logger.debug('command', { command: command.name, conversation: msg.conversationId });
        try {
          return await command.handle(ctx);
        } catch (e) {
          // The store applies a change in memory only once it is on disk: a failed write changed nothing.
          if ((e as { code?: string }).code !== 'STORE_WRITE_FAILED') throw e;
          logger.error('change not saved: the store could not be written', { command: command.name, error: e as Error });
          return [notSavedReply(lang)];
        }
      }
      // Two questions in one message: each answered, the second with the first's subject, in one reply.
      // Where either part is not understood on its own, the message is read whole.
      const parts = splitQuestions(text);
      if (parts) {
        let context = saved;
        const read = (part: string) => understand({ text: part, plan, lexicon, now: ctx.now, locale: msg.locale, context, read: { words: splitWords(fold(part)), lang } });
        const answers = parts.map((asked, i) => {
          let q = read(asked);
          // The second part, without a subject of its own ("vilken veckodag", "who hosts it"), is read as a
          // follow-up of the first, through the same reading as "och …" in a conversation.
          const ownSubject = q.bodies.length || q.municipalities.length || q.years.length || q.dates.length || q.month || q.budgetLines.length || q.topics.length || q.period;
          if (i > 0 && !ownSubject && !q.followUp && !/^(och|and)\s/i.test(asked)) q = read(`${lang === 'sv' ? 'och' : 'and'} ${asked}`);
          if (deps.debugNlu) logger.info('nlu part', { conversation: msg.conversationId, text: asked, intent: q.intent, followUp: q.followUp, features: q.features });
          const a = answer({ q, plan, now: ctx.now, data: lexicon.data });
          context = a.context ?? context;
          return a;
        });
        if (answers.every((a) => a.reply.kind !== 'notInPlan' && a.reply.kind !== 'clarify' && a.reply.kind !== 'tooLong')) {
          if (context && JSON.stringify(context) !== JSON.stringify(saved)) await rememberContext(msg.conversationId, context, ctx.now);
          return [joinReplies(answers[0]!.reply, answers[1]!.reply)];
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
