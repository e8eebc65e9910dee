// Slack's App Home tab for one person: the next meetings, the reminders in the Slack channels they are in,
// and the help. Neutral replies (cards/ renders them as Block Kit). Pure.
import { reply, type Reply } from '../core/reply.js';
import { t, type Lang } from '../text/lang.js';
import { formatWhen, upcoming } from '../domain/calendar.js';
import type { Plan, Subscription } from '../store/schema.js';
import { helpReply } from './help.js';
import { bodiesText, bodyName, leadText } from '../domain/names.js';

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
  const meetings = reply('homeMeetings', lang, t(lang, 'Nästa möten', 'Next meetings'), [
    next.length
      ? { type: 'list', items: next.map((m) => `${bodyName(plan, m.body)}${m.title ? `: ${m.title}` : ''} – ${formatWhen(m, lang)}`) }
      : { type: 'text', text: t(lang, 'Inga fler möten i planen.', 'No more meetings in the plan.') },
  ]);

  let items: string[] | undefined;
  if (input.channels) {
    const subs = new Map(input.subscriptions.filter((s) => s.active).map((s) => [s.conversationId, s]));
    items = input.channels.flatMap((c) => {
      const s = subs.get(c.id);
      return s ? [`#${c.name}: ${bodiesText(plan, s.bodies, lang)} (${s.leads.map((l) => leadText(l, lang)).join(t(lang, ' och ', ' and '))})`] : [];
    });
  }
  const reminders = reply('homeSubscriptions', lang, t(lang, 'Påminnelser i dina kanaler', 'Reminders in your channels'), [
    items === undefined
      ? { type: 'text', text: t(lang, 'Slack sa inte vilka kanaler du är med i, så jag kan inte visa dem här.', 'Slack did not say which channels you are in, so I cannot show them here.') }
      : items.length
        ? { type: 'list', items }
        : { type: 'text', text: t(lang, 'Ingen av dina kanaler får påminnelser än. Sekretariatet ställer in dem med "prenumerera på ledningsgruppen" i kanalen.', 'None of your channels gets reminders yet. The secretariat sets them up with "subscribe to ledningsgruppen" in the channel.') },
  ]);
  return [meetings, reminders, helpReply(lang)];
}
