// Slack's App Home tab for one person: the next meetings, the reminders in the Slack channels they are in,
// and the help. Neutral replies (cards/ renders them as Block Kit). Pure.
import { reply, type Reply } from '../core/reply.js';
import type { Lang } from '../text/lang.js';
import { formatWhen, upcoming } from '../domain/calendar.js';
import type { Plan, Subscription } from '../store/schema.js';
import { helpReply } from './help.js';
import { bodiesText, bodyName, leadText } from '../domain/names.js';
import { say } from '../text/catalogue/index.js';

export interface HomeInput {
  plan: Plan;
  now: Date;
  subscriptions: readonly Subscription[];
  /** The Slack channels the person is in (id and name); undefined when Slack would not say. */
  channels?: ReadonlyArray<{ id: string; name: string }>;
  lang?: Lang;
}

export const HOME_MEETINGS = 5;

export function homeReplies(input: HomeInput): Reply[] {
  const lang = input.lang ?? 'sv';
  const { plan, now } = input;
  const next = upcoming(plan, now, undefined, HOME_MEETINGS, (m) => m.status === 'planned');
  const meetings = reply('homeMeetings', lang, say(lang, 'nextMeetingsTitle'), [
    next.length
      ? { type: 'list', items: next.map((m) => `${bodyName(plan, m.body)}${m.title ? `: ${m.title}` : ''} – ${formatWhen(m, lang)}`) }
      : { type: 'text', text: say(lang, 'noMoreMeetingsInPlan') },
  ]);

  let items: string[] | undefined;
  if (input.channels) {
    const subs = new Map(input.subscriptions.filter((s) => s.active).map((s) => [s.conversationId, s]));
    items = input.channels.flatMap((c) => {
      const s = subs.get(c.id);
      return s ? [`#${c.name}: ${bodiesText(plan, s.bodies, lang)} (${s.leads.map((l) => leadText(l, lang)).join(say(lang, 'listJoinAnd'))})`] : [];
    });
  }
  const reminders = reply('homeSubscriptions', lang, say(lang, 'remindersInYourChannels'), [
    items === undefined
      ? { type: 'text', text: say(lang, 'slackDidNotSay') }
      : items.length
        ? { type: 'list', items }
        : { type: 'text', text: say(lang, 'noneOfYourChannels') },
  ]);
  return [meetings, reminders, helpReply(lang)];
}
