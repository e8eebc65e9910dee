// One Slack turn: the message through the receiving pipeline (conversation memory, de-duplication, the
// apology when the core fails), its replies posted where it came from. Every Slack way in ends here.
import type { Incoming } from '../../core/incoming.js';
import type { Delivery, Receiver } from '../../core/receive.js';
import { SLACK, type SlackWeb, type Target } from './send.js';

export type Answer = (target: Target, incoming: Incoming, delivery?: Delivery) => Promise<void>;

export function createAnswer(receiver: Receiver, web: Pick<SlackWeb, 'deliver'>): Answer {
  return async (target, incoming, delivery) => {
    // The Slack channel (or thread) is remembered like a Teams conversation, so it can subscribe.
    const conversation = { id: incoming.conversationId, channel: SLACK, reference: { channel: incoming.conversationId } };
    const replies = await receiver.receive({ incoming, conversation, delivery });
    await web.deliver(target, replies);
  };
}
