// One way in for every Slack transport (as bolt-js receivers feed App.processEvent): a request, however it
// came (a signed HTTP request, a Socket Mode envelope), in one shape; its shape checked, its work started
// and tracked, and the acknowledgement Slack needs within three seconds said at once. The HTTP routes
// (http.ts) and Socket Mode (socket.ts) both come through here, so they answer alike.
import type { Clock } from '../../clock.js';
import type { Logger } from '../../log.js';
import type { Answer } from './answer.js';
import { COMMAND_ACK, slashCommand } from './commands.js';
import { handleEvent } from './events.js';
import type { HomeView } from './home.js';
import { handleInteraction } from './interactivity.js';
import type { SlackWeb } from './send.js';
import { isObject, type Json } from './text.js';

/**
 * One request from Slack in one shape, whatever the transport (as bolt-js receivers do): an Events API
 * body, an interaction payload, or a slash command's fields, with Slack's time for it where the transport
 * has one (`slackTs`, epoch seconds: the signed request timestamp over HTTP, the event's event_time over
 * Socket Mode). Nothing in it is checked yet.
 */
export type SlackInbound =
  | { kind: 'event'; body: unknown; retryNum?: string; slackTs?: number }
  | { kind: 'interaction'; payload: unknown }
  | { kind: 'command'; form: URLSearchParams; slackTs?: number };

/** How to acknowledge a request at once: with what Slack should show (if anything), or refused. */
export type SlackAck = { ok: true; body?: Json } | { ok: false; status: 400 | 503; error: 'bad_request' | 'shutting_down' };

const BAD_REQUEST: SlackAck = { ok: false, status: 400, error: 'bad_request' };
const SHUTTING_DOWN: SlackAck = { ok: false, status: 503, error: 'shutting_down' };

export interface InboundDeps {
  web: Pick<SlackWeb, 'client' | 'botUserId'>;
  answer: Answer;
  logger: Logger;
  home?: HomeView;
  clock: Clock;
  /** Real time for request freshness; BOT_NOW shifts `clock` for demos but must not make Slack's requests look stale. */
  wallClock?: Clock;
  /** Starts work that outlives the request (its failure logged); shutdown waits for it. */
  track(work: Promise<unknown>): void;
  /** True once the channel stops taking work. */
  closed(): boolean;
}

export function createInbound(deps: InboundDeps): (inbound: SlackInbound) => SlackAck {
  const { clock, track, closed } = deps;
  const eventDeps = { web: deps.web, logger: deps.logger, answer: deps.answer, home: deps.home };

  /**
   * When the member sent the request, on the bot's clock: from Slack's own time for it (epoch seconds: a
   * signed request's timestamp, an event's event_time), how long ago by the wall clock, taken from the
   * bot's now (the two differ under BOT_NOW); without one (a slash command over Socket Mode, which
   * arrives as it is sent), now.
   */
  function sentAt(slackTs: number | undefined): Date {
    if (slackTs === undefined || !Number.isFinite(slackTs)) return clock.now();
    const age = (deps.wallClock ?? clock).now().getTime() - slackTs * 1000;
    return new Date(clock.now().getTime() - Math.max(0, age));
  }


  return (inbound) => {
    switch (inbound.kind) {
      case 'event': {
        const body = inbound.body;
        if (!isObject(body)) return BAD_REQUEST;
        if (body.type === 'url_verification') return { ok: true, body: { challenge: body.challenge } };
        if (closed()) return SHUTTING_DOWN;
        if (body.type === 'event_callback') track(handleEvent(eventDeps, body, inbound.retryNum, sentAt(inbound.slackTs)));
        return { ok: true };
      }
      case 'interaction': {
        if (!isObject(inbound.payload)) return BAD_REQUEST;
        if (closed()) return SHUTTING_DOWN;
        track(handleInteraction(deps.answer, inbound.payload));
        // An empty acknowledgement acknowledges a click and closes a submitted modal.
        return { ok: true };
      }
      case 'command': {
        const command = slashCommand(inbound.form, sentAt(inbound.slackTs));
        if (!command) return BAD_REQUEST;
        if (closed()) return SHUTTING_DOWN;
        track(deps.answer(command.target, command.incoming, command.delivery));
        return { ok: true, body: COMMAND_ACK };
      }
    }
  };
}
