// What a channel is to the rest of the bot (as a bolt-js Receiver is to its App): it serves its own way in
// (HTTP routes, or a socket it opens), turns each request into an `Incoming` for the one receiving pipeline
// (core/receive.ts), renders the neutral replies it gets back, and posts proactively through the one send
// interface (core/send.ts, one error kind). No SDK is imported here: each channel is a folder beside this
// file, and adding one is that folder plus one line in bot/app.ts.
import type { ConversationSender } from '../core/send.js';
import type { Route } from '../server.js';

export interface Channel extends ConversationSender {
  /** The name conversations are stored under (Conversation.channel, Incoming.channel). */
  readonly name: string;
  /** The HTTP routes the channel answers (its requests checked there: signature, token, shape). */
  routes(): Route[];
  /** Opens what the channel connects out with (a socket), once the server listens. */
  start?(): void;
  /** Stops taking requests over its own connections (the server's routes stop with the server). */
  stop?(): Promise<void>;
  /** Waits for the work already taken (answers still being posted), taking no more. */
  close?(): Promise<void>;
}
