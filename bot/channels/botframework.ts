// The Bot Framework channel layer: the only place that imports botbuilder. It turns activities into the
// core's `Incoming`, renders neutral replies as Adaptive Cards (plus the full plain text), and keeps
// conversation references for proactive messages. A move to the Microsoft 365 Agents SDK touches this file.
import {
  ActivityHandler,
  ActivityTypes,
  CardFactory,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  TurnContext,
  type Activity,
  type ConversationReference,
} from 'botbuilder';
import type { Config } from '../config.js';
import type { Core, Incoming } from '../core/bot.js';
import { guessLang } from '../core/bot.js';
import type { Lang, Reply } from '../core/reply.js';
import type { Logger } from '../log.js';
import { renderAdaptiveCard } from '../../cards/adaptive.js';
import { renderText } from '../../cards/text.js';
import { toSlackChannelData } from '../../cards/blockkit.js';

export type { ConversationReference };

export function createAdapter(config: Config, logger: Logger): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.microsoft.appId ?? '',
    MicrosoftAppPassword: config.microsoft.appPassword ?? '',
    MicrosoftAppType: config.microsoft.appType,
    MicrosoftAppTenantId: config.microsoft.tenantId ?? '',
  });
  const adapter = new CloudAdapter(auth);
  // One error handler for every turn: log the detail, tell the user briefly, never show a stack trace.
  adapter.onTurnError = async (context, error) => {
    logger.error('turn failed', {
      error: error instanceof Error ? error : String(error),
      conversation: context.activity.conversation?.id,
      activityType: context.activity.type,
    });
    try {
      if (context.activity.type === ActivityTypes.Message) {
        const sv = guessLang(context.activity.text ?? '', context.activity.locale) === 'sv';
        await context.sendActivity(
          sv ? 'Något gick fel hos mig. Försök igen om en stund.' : 'Something went wrong on my side. Please try again shortly.',
        );
      }
    } catch (e) {
      logger.error('could not report the error to the user', { error: e as Error });
    }
  };
  return adapter;
}

/** A neutral reply as a Bot Framework message: an Adaptive Card 1.4 plus the complete answer as text. */
export function toActivity(r: Reply, channelId?: string): Partial<Activity> {
  return {
    type: ActivityTypes.Message,
    text: renderText(r),
    textFormat: 'plain',
    locale: r.lang === 'sv' ? 'sv-SE' : 'en-GB',
    // Azure Bot Service's own Slack channel shows no Adaptive Cards: it gets Block Kit in channelData.
    ...(channelId === 'slack'
      ? { channelData: toSlackChannelData(r) }
      : { attachments: [CardFactory.adaptiveCard(renderAdaptiveCard(r))] }),
  };
}

function incomingText(activity: Activity): string {
  let text = activity.text ?? '';
  if (activity.recipient?.id && activity.entities?.some((e) => e.type === 'mention')) {
    text = TurnContext.removeRecipientMention(activity) ?? text;
  }
  // Teams may leave an <at>…</at> tag when the mention entity differs from the recipient.
  text = text.replace(/<at>[^<]*<\/at>/gi, ' ').replace(/\s+/g, ' ').trim();
  if (!text && activity.value && typeof activity.value === 'object') {
    const v = activity.value as Record<string, unknown>;
    if (typeof v.text === 'string') text = v.text;
  }
  return text;
}

export interface BotHooks {
  /** Called with every conversation the bot hears from, so proactive messages can reach it later. */
  rememberConversation?(ref: Partial<ConversationReference>, installed: boolean): Promise<void>;
  forgetConversation?(conversationId: string, reason: string): Promise<void>;
}

export class SodertornsBot extends ActivityHandler {
  constructor(
    private readonly core: Core,
    private readonly logger: Logger,
    private readonly hooks: BotHooks = {},
  ) {
    super();

    this.onMessage(async (context, next) => {
      const a = context.activity;
      const msg: Incoming = {
        conversationId: a.conversation.id,
        channel: 'botframework',
        userId: a.from?.aadObjectId ?? a.from?.id ?? 'unknown',
        userName: a.from?.name,
        text: incomingText(a),
        value: a.value && typeof a.value === 'object' ? (a.value as Record<string, unknown>) : undefined,
        locale: a.locale,
      };
      await this.remember(context, false);
      const replies = await this.core.handleMessage(msg);
      for (const r of replies) await context.sendActivity(toActivity(r, a.channelId));
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const a = context.activity;
      const botAdded = (a.membersAdded ?? []).some((m) => m.id === a.recipient.id);
      const personalUserAdded =
        a.conversation.conversationType === 'personal' && (a.membersAdded ?? []).some((m) => m.id !== a.recipient.id);
      // The Emulator and web chat add the user and the bot to a fresh conversation: greet once.
      if (botAdded || personalUserAdded || (!a.conversation.conversationType && (a.membersAdded ?? []).length > 0)) {
        await this.remember(context, botAdded);
        await context.sendActivity(toActivity(this.core.welcome(this.lang(context)), a.channelId));
      }
      await next();
    });

    this.onMembersRemoved(async (context, next) => {
      const a = context.activity;
      if ((a.membersRemoved ?? []).some((m) => m.id === a.recipient.id)) {
        await this.hooks.forgetConversation?.(a.conversation.id, 'the bot was removed from the conversation');
      }
      await next();
    });

    this.onInstallationUpdateAdd(async (context, next) => {
      await this.remember(context, true);
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      await this.hooks.forgetConversation?.(context.activity.conversation.id, 'the app was uninstalled');
      await next();
    });
  }

  private lang(context: TurnContext): Lang {
    return /^en/i.test(context.activity.locale ?? '') ? 'en' : 'sv';
  }

  private async remember(context: TurnContext, installed: boolean): Promise<void> {
    if (!this.hooks.rememberConversation) return;
    try {
      await this.hooks.rememberConversation(TurnContext.getConversationReference(context.activity), installed);
    } catch (e) {
      this.logger.warn('could not store the conversation reference', { error: e as Error });
    }
  }
}
