// The Bot Framework turn handler: each activity it handles goes through the receiving pipeline
// (core/receive.ts: conversation memory, the core, the apology when a turn fails); what comes back is
// rendered as activities here.
import { ActivityHandler, type TurnContext } from 'botbuilder';
import type { Receiver } from '../../core/receive.js';
import { TURN_FAILED } from '../../core/receive.js';
import type { Reply } from '../../core/reply.js';
import type { Logger } from '../../log.js';
import { conversationOf, incomingFrom, toActivity } from './activity.js';

export class SodertornsBot extends ActivityHandler {
  constructor(
    private readonly receiver: Receiver,
    private readonly logger: Logger,
  ) {
    super();

    this.onMessage(async (context, next) => {
      const a = context.activity;
      const replies = await this.receiver.receive({ incoming: incomingFrom(a), conversation: conversationOf(a) });
      for (const r of replies) {
        // A decided confirmation: the card whose button was pressed (replyToId) changes for everyone.
        if (r.sourceCard && typeof a.replyToId === 'string' && a.replyToId) await this.updateCard(context, a.replyToId, r.sourceCard);
        // The apology for a failed turn is a line of text, as Teams users see errors from other bots.
        await context.sendActivity(r.kind === TURN_FAILED ? r.title : toActivity(r, a.channelId));
      }
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const a = context.activity;
      const botAdded = (a.membersAdded ?? []).some((m) => m.id === a.recipient.id);
      const personalUserAdded =
        a.conversation.conversationType === 'personal' && (a.membersAdded ?? []).some((m) => m.id !== a.recipient.id);
      // The Emulator and web chat add the user and the bot to a fresh conversation: greet once.
      if (botAdded || personalUserAdded || (!a.conversation.conversationType && (a.membersAdded ?? []).length > 0)) {
        await this.joined(context, botAdded);
        await context.sendActivity(toActivity(this.receiver.welcome(a.locale), a.channelId));
      }
      await next();
    });

    this.onMembersRemoved(async (context, next) => {
      const a = context.activity;
      if ((a.membersRemoved ?? []).some((m) => m.id === a.recipient.id)) {
        await this.receiver.left(a.conversation.id, 'the bot was removed from the conversation');
      }
      await next();
    });

    this.onInstallationUpdateAdd(async (context, next) => {
      await this.joined(context, true);
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      await this.receiver.left(context.activity.conversation.id, 'the app was uninstalled');
      await next();
    });
  }

  private async joined(context: TurnContext, installed: boolean): Promise<void> {
    const conversation = conversationOf(context.activity);
    if (conversation) await this.receiver.joined(conversation, installed);
  }

  /** Replaces a card the bot posted (PUT …/activities/<id>); a failure is logged, the answer still goes out. */
  private async updateCard(context: TurnContext, activityId: string, card: Reply): Promise<void> {
    try {
      await context.updateActivity({ ...toActivity(card, context.activity.channelId), id: activityId });
    } catch (e) {
      this.logger.warn('could not update the card', { conversation: context.activity.conversation.id, error: e as Error });
    }
  }
}
