// Commands (subscriptions, secretariat changes …) are registered in one explicit list, each with its
// own trigger; questions about the plan go to the understanding layer when no command claims a message.
//
// A command decides; it does not write. It reads the message (its reading), the plan snapshot and the
// runtime state as they are now, and returns replies and effects (effects.ts) that the core's runner
// applies in order: the runner is the only writer of a chat turn.
import type { Current } from '../store/store.js';
import type { PlanSnapshot } from '../store/snapshot.js';
import type { Incoming } from './incoming.js';
import type { Reading } from './reading.js';
import type { Reply } from './reply.js';
import type { Lang } from '../text/lang.js';
import type { Lexicon } from '../understand/lexicon.js';
import type { Effect } from './effects.js';
import type { Draft } from './drafts.js';

export type { Draft } from './drafts.js';

export interface CommandContext {
  msg: Incoming;
  /** The message read once (text, folded text, words, language). */
  reading: Reading;
  lang: Lang;
  /** The text folded for matching: lower case, no diacritics, single spaces, no punctuation at the ends. */
  folded: string;
  now: Date;
  /** The plan with its version. */
  plan: PlanSnapshot;
  /** The plan and the runtime state (not the follow-up contexts) as they are now: read only. */
  data: Current;
  /** The words the bot understands, built over the current plan. */
  lexicon: Lexicon;
  /** The member's open question in this conversation, if the bot asked one (drafts.ts). */
  draft?: Draft;
  /** DEBUG_NLU: a command that reads the message's words logs how it read them (as the turn logs a question's reading). */
  debugNlu?: boolean;
}

/** What a turn decided: the replies, and what should happen (applied in order by the runner). */
export interface TurnResult {
  replies: Reply[];
  effects: Effect[];
}

export interface Command {
  name: string;
  /** Whether this command claims the message. Must be cheap and must not match ordinary questions. */
  matches(ctx: CommandContext): boolean;
  /**
   * Whether this command takes a message longer than a question may be (a pasted calendar or plan file).
   * Must look only at the start of the text: it is asked before anything else of the message is read.
   */
  claimsLongText?(text: string): boolean;
  handle(ctx: CommandContext): Promise<TurnResult>;
  /** DEBUG_NLU (ctx.debugNlu): how the command read the message's words, for the log (a message it took or left to the questions). */
  explain?(ctx: CommandContext): Record<string, unknown> | undefined;
}

/** Replies with no effects. */
export function only(...replies: Reply[]): TurnResult {
  return { replies, effects: [] };
}
