// Commands (subscriptions, secretariat changes …) are registered in one explicit list, each with its
// own trigger; questions about the plan go to the understanding layer when no command claims a message.
import type { Clock } from '../clock.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/store.js';
import type { Incoming } from './incoming.js';
import type { Reply } from './reply.js';
import { type Lang } from '../text/lang.js';
import type { Lexicon } from '../understand/lexicon.js';

export interface CommandContext {
  msg: Incoming;
  lang: Lang;
  /** The text folded for matching: lower case, no diacritics, single spaces, no punctuation at the ends. */
  folded: string;
  now: Date;
  store: Store;
  clock: Clock;
  logger: Logger;
  /** The words the bot understands, built over the current plan. */
  lexicon: Lexicon;
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
  handle(ctx: CommandContext): Promise<Reply[]>;
}
