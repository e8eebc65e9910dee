// The channel-agnostic core: a message in, neutral replies out. Channels (bot/channels/) translate
// their activities into `Incoming` and render the replies; nothing here knows about botbuilder or Slack.
//
// A message flows: read once (reading.ts: text, folded, words, language; the lexicon's matches and the
// dates on first use) → the turn decides on the plan snapshot and the runtime state as they are now
// (turn.ts: replies and effects, no writes; the secretariat's parser takes the reading's matches, the
// understanding its matches and dates) → the runner applies the effects in order (effects.ts: the only
// writer of a chat turn) → the replies go out.
import type { Clock } from '../clock.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/store.js';
import { welcomeReply } from '../answers/help.js';
import { buildLexicon, type Lexicon, type LexiconData } from '../understand/lexicon.js';
import type { QueryContext } from '../understand/understand.js';
import type { Meeting } from '../store/schema.js';
import { PlanMemo } from '../store/snapshot.js';
import { reply, type Reply } from './reply.js';
import type { Lang } from '../text/lang.js';
import { say } from '../text/catalogue/index.js';
import type { Command } from './command.js';
import { runEffects } from './effects.js';
import { createDraftMemory } from './drafts.js';
import { decideLang, readMessage } from './reading.js';
import { MAX_TEXT_LENGTH, pickCommand, turn, type TurnInput } from './turn.js';

export type { Incoming } from './incoming.js';
import type { Incoming } from './incoming.js';
export { closingQuestion, listParts, MAX_COMMAND_LENGTH, MAX_PARTS, MAX_TEXT_LENGTH, splitQuestions } from './turn.js';

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
  /** Told after a confirmed change with the meetings before and after it (the shell sends notices). */
  meetingsChanged?: (before: readonly Meeting[], after: readonly Meeting[]) => void;
  /** The usage counters ("statistik" puts the counts so far into the store). */
  usage?: { flush(): Promise<void> };
}

function notSavedReply(lang: Lang): Reply {
  return reply('notSaved', lang, say(lang, 'notSavedTitle'), [{ type: 'text', text: say(lang, 'notSavedText') }]);
}

export function createCore(deps: CoreDeps): Core {
  const { logger, store } = deps;
  const commands = deps.commands ?? [];
  // The lexicon includes the plan's names, so it is built per plan version.
  const lexicons = new PlanMemo<Lexicon>(2);
  const turnDeps = { commands, debugNlu: deps.debugNlu };
  const drafts = createDraftMemory();
  const runner = { store, logger, meetingsChanged: deps.meetingsChanged, usage: deps.usage, drafts };
  // Commands decide on the state as it is when they run and their effects are applied before the next
  // command decides: a double click confirms once. Questions do not wait for them.
  let commandTurns: Promise<unknown> = Promise.resolve();

  function input(msg: Incoming): TurnInput {
    const plan = store.plan;
    const lexicon = lexicons.get(plan.plan, () => buildLexicon(deps.lexicon, plan.plan));
    const context = store.dialog.get(msg.conversationId)?.context as QueryContext | undefined;
    const reading = readMessage(msg.text, { maxLength: MAX_TEXT_LENGTH, locale: msg.locale, lexicon, earlier: context?.lang });
    const draft = drafts.get(msg.conversationId, msg.userId);
    // Every reader (the commands too) takes the message as the reading wrote it out ("ska va" → "ska vara", "hej! när …"
    // → "när …", "stll in" → "stall in").
    return { msg: reading.sent === undefined ? msg : { ...msg, text: reading.text }, reading, now: deps.clock.now(), plan, data: { schemaVersion: store.schemaVersion, plan: plan.plan, runtime: store.runtime }, context, draft, lexicon };
  }

  async function decideAndApply(first: TurnInput, picked?: { command: Command | undefined }): Promise<Reply[]> {
    const decided = await turn(first, turnDeps, picked);
    try {
      const outcome = await runEffects(decided.effects, runner);
      return outcome.ok ? decided.replies : [outcome.reply];
    } catch (e) {
      // The store applies a change in memory only once it is on disk: a failed write changed nothing.
      if ((e as { code?: string }).code !== 'STORE_WRITE_FAILED') throw e;
      logger.error('change not saved: the store could not be written', { command: decided.command, error: e as Error });
      return [notSavedReply(first.reading.lang)];
    }
  }

  return {
    welcome: (lang) => welcomeReply(lang),
    async handleMessage(msg) {
      const first = input(msg);
      const command = pickCommand(first, turnDeps);
      if (!command) return decideAndApply(first, { command });
      const run = commandTurns.then(() => decideAndApply(input(msg)));
      commandTurns = run.catch(() => undefined);
      return run;
    },
  };
}
