// The reminder messages as neutral replies, in the subscription's language (Swedish unless it was made in English): the reminder itself, the cancellation notice and the
// secretariat's note about a meeting known only to the month. Pure; cards/ renders them (Adaptive Card,
// plain text). The calendar link points at the meeting's .ics route (domain/links.ts).
import { daysUntil, formatClock, formatDay, formatMonth, formatWhen, meetingStart, stockholmDate } from '../domain/calendar.js';
import { reply, type Action, type Block, type Reply } from '../core/reply.js';
import type { Lang } from '../text/lang.js';
import type { Meeting, Plan } from '../store/schema.js';
import { bodyName, municipalityName } from '../domain/names.js';
import { meetingIcsPath } from '../domain/links.js';
import { say } from '../text/catalogue/index.js';

export interface ReminderCardInput {
  plan: Plan;
  meeting: Meeting;
  /** When the message is sent: "om 7 dagar" / "i morgon" are counted from here. */
  now: Date;
  /** The bot's public base URL (PUBLIC_URL) or its local URL, without a trailing slash. */
  baseUrl: string;
  late?: boolean;
  /** When it should have gone out (shown on a late reminder). */
  dueAt?: Date;
  moved?: boolean;
  /** The subscription's language; Swedish by default. */
  lang?: Lang;
}


function hostNames(plan: Plan, meeting: Meeting, lang: Lang = 'sv'): string {
  return meeting.hosts.map((h) => municipalityName(plan, h)).join(say(lang, 'spacedAnd'));
}

/** "i dag", "i morgon", "om 7 dagar", "om 2 timmar" — from `now` to the meeting's start, in Stockholm days. */
export function relativeWhen(meeting: Meeting, now: Date, lang: Lang = 'sv'): string {
  const start = meetingStart(meeting);
  if (!start) return '';
  const days = daysUntil(meeting, now);
  if (days >= 2) return say(lang, 'inDays', days);
  if (days === 1) return say(lang, 'tomorrow');
  const hours = Math.round((start.getTime() - now.getTime()) / 3_600_000);
  if (start.getTime() <= now.getTime()) return say(lang, 'today');
  if (hours < 1) return say(lang, 'inLessThanAn');
  return hours === 1 ? say(lang, 'inAnHour') : say(lang, 'inHours', hours);
}

export function calendarActions(plan: Plan, meeting: Meeting, baseUrl: string, lang: Lang = 'sv'): Action[] {
  return [
    { kind: 'url', title: say(lang, 'addToCalendar'), url: `${baseUrl.replace(/\/+$/, '')}${meetingIcsPath(meeting.id)}` },
    { kind: 'message', title: say(lang, 'showTheCalendar'), value: `${say(lang, 'calendar')} ${bodyName(plan, meeting.body)}` },
  ];
}

export function meetingFacts(plan: Plan, meeting: Meeting, lang: Lang = 'sv'): Block {
  const facts = [{ title: say(lang, 'meetingLabel'), value: meeting.title ? `${bodyName(plan, meeting.body)}: ${meeting.title}` : bodyName(plan, meeting.body) }];
  facts.push({ title: say(lang, 'whenLabel'), value: `${formatWhen(meeting, lang)}${meeting.status === 'cancelled' ? say(lang, 'cancelledSuffix') : ''}` });
  const hosts = hostNames(plan, meeting, lang);
  if (hosts) facts.push({ title: meeting.hosts.length > 1 ? say(lang, 'hostsLabelMany') : say(lang, 'hostsLabelOne'), value: hosts });
  if (meeting.note) facts.push({ title: say(lang, 'noteFactLabel'), value: meeting.note });
  return { type: 'facts', facts };
}

export function reminderReply(input: ReminderCardInput): Reply {
  const { plan, meeting, now } = input;
  const lang = input.lang ?? 'sv';
  const blocks: Block[] = [meetingFacts(plan, meeting, lang)];
  if (input.moved) blocks.push({ type: 'text', text: say(lang, 'theMeetingHasMoved') });
  if (input.late) {
    const day = input.dueAt ? formatDay(stockholmDate(input.dueAt), lang, false) : '';
    const when = input.dueAt ? say(lang, 'reminderWasDueAt', day, formatClock(input.dueAt, lang)) : '';
    blocks.push({ type: 'text', subtle: true, text: say(lang, 'sentLateIWas', when) });
  }
  return reply(
    'reminder',
    lang,
    `${say(lang, 'reminder')}: ${bodyName(plan, meeting.body)} ${relativeWhen(meeting, now, lang)}`,
    blocks,
    calendarActions(plan, meeting, input.baseUrl, lang),
  );
}

const showCalendar = (plan: Plan, meeting: Meeting, lang: Lang): Action => ({
  kind: 'message',
  title: say(lang, 'showTheCalendar'),
  value: `${say(lang, 'calendar')} ${bodyName(plan, meeting.body)}`,
});

export function cancellationReply(input: Pick<ReminderCardInput, 'plan' | 'meeting' | 'baseUrl' | 'lang'>): Reply {
  const { plan, meeting } = input;
  const lang = input.lang ?? 'sv';
  return reply(
    'reminderCancelled',
    lang,
    `${say(lang, 'cancelledTitle')}: ${bodyName(plan, meeting.body)} ${formatWhen(meeting, lang).split(',')[0]}`,
    [
      { type: 'text', text: say(lang, 'theMeetingIReminded') },
      meetingFacts(plan, meeting, lang),
    ],
    [showCalendar(plan, meeting, lang)],
  );
}

export function dateToBeSetReply(input: Pick<ReminderCardInput, 'plan' | 'meeting' | 'lang'>): Reply {
  const { plan, meeting } = input;
  const lang = input.lang ?? 'sv';
  const month = meeting.date.kind === 'month' ? formatMonth(meeting.date.month, lang) : formatWhen(meeting, lang);
  const hosts = hostNames(plan, meeting, lang);
  return reply(
    'dateToBeSet',
    lang,
    `${say(lang, 'noDateYet')}: ${bodyName(plan, meeting.body)} ${month}`,
    [
      {
        type: 'text',
        text: say(lang, 'dateToBeSetText', month, hosts),
      },
      meetingFacts(plan, meeting, lang),
    ],
    [showCalendar(plan, meeting, lang)],
  );
}
