// The slash command (/sodertorn …): its form fields as a turn in the channel it was typed in. Answered
// in_channel, so the question stays visible and the answer follows it; its response_url is the way in
// when the bot has not joined the channel. A signed command replayed within Slack's five minutes carries
// the same trigger_id: the pipeline answers it once.
import type { Incoming } from '../../core/incoming.js';
import type { Delivery } from '../../core/receive.js';
import { SLACK, type Target } from './send.js';
import { str, textFromSlack } from './text.js';

/** The immediate acknowledgement: the question stays in the channel for everyone. */
export const COMMAND_ACK = { response_type: 'in_channel' };

export interface SlashCommand {
  target: Target;
  incoming: Incoming;
  delivery?: Delivery;
}

/** The command's fields as a turn; undefined when the form names no channel or user (refused with 400). */
export function slashCommand(form: URLSearchParams, sentAt: Date): SlashCommand | undefined {
  const channel = str(form.get('channel_id'));
  const user = str(form.get('user_id'));
  if (!channel || !user) return undefined;
  const triggerId = str(form.get('trigger_id'));
  return {
    target: { channel, responseUrl: str(form.get('response_url')) },
    incoming: { channel: SLACK, conversationId: channel, userId: user, text: textFromSlack(form.get('text') ?? ''), sentAt },
    delivery: triggerId ? { id: `trigger:${triggerId}`, kind: 'command', logAs: { triggerId } } : undefined,
  };
}
