// The reminder messages as neutral replies, in the subscription's language (Swedish unless it was made in English): the reminder itself, the cancellation notice and the
// secretariat's note about a meeting known only to the month. Pure; cards/ renders them (Adaptive Card,
// plain text). The calendar link points at the meeting's .ics route (domain/links.ts).
import { daysUntil, formatClock, formatDay, formatMonth, formatWhen, meetingStart, stockholmDate } from '../domain/calendar.js';
import { reply, type Action, type Block, type Reply } from '../core/reply.js';
import { t, type Lang } from '../text/lang.js';
import type { Meeting, Plan } from '../store/schema.js';
import { bodyName } from '../domain/names.js';
import { meetingIcsPath } from '../domain/links.js';

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
  return meeting.hosts.map((h) => plan.municipalities.find((m) => m.id === h)?.name ?? h).join(t(lang, ' och ', ' and '));
}

/** "i dag", "i morgon", "om 7 dagar", "om 2 timmar" — from `now` to the meeting's start, in Stockholm days. */
export function relativeWhen(meeting: Meeting, now: Date, lang: Lang = 'sv'): string {
  const start = meetingStart(meeting);
  if (!start) return '';
  const days = daysUntil(meeting, now);
  if (days >= 2) return t(lang, `om ${days} dagar`, `in ${days} days`);
  if (days === 1) return t(lang, 'i morgon', 'tomorrow');
  const hours = Math.round((start.getTime() - now.getTime()) / 3_600_000);
  if (start.getTime() <= now.getTime()) return t(lang, 'i dag', 'today');
  if (hours < 1) return t(lang, 'om mindre än en timme', 'in less than an hour');
  return hours === 1 ? t(lang, 'om en timme', 'in an hour') : t(lang, `om ${hours} timmar`, `in ${hours} hours`);
}

export function calendarActions(plan: Plan, meeting: Meeting, baseUrl: string, lang: Lang = 'sv'): Action[] {
  return [
    { kind: 'url', title: t(lang, 'Lägg till i kalendern', 'Add to calendar'), url: `${baseUrl.replace(/\/+$/, '')}${meetingIcsPath(meeting.id)}` },
    { kind: 'message', title: t(lang, 'Visa kalendern', 'Show the calendar'), value: `${t(lang, 'kalender', 'calendar')} ${bodyName(plan, meeting.body)}` },
  ];
}

export function meetingFacts(plan: Plan, meeting: Meeting, lang: Lang = 'sv'): Block {
  const facts = [{ title: t(lang, 'Möte', 'Meeting'), value: meeting.title ? `${bodyName(plan, meeting.body)}: ${meeting.title}` : bodyName(plan, meeting.body) }];
  facts.push({ title: t(lang, 'När', 'When'), value: `${formatWhen(meeting, lang)}${meeting.status === 'cancelled' ? t(lang, ' – inställt', ' – cancelled') : ''}` });
  const hosts = hostNames(plan, meeting, lang);
  if (hosts) facts.push({ title: meeting.hosts.length > 1 ? t(lang, 'Värdkommuner', 'Hosts') : t(lang, 'Värdkommun', 'Host'), value: hosts });
  if (meeting.note) facts.push({ title: t(lang, 'Anteckning', 'Note'), value: meeting.note });
  return { type: 'facts', facts };
}

export function reminderReply(input: ReminderCardInput): Reply {
  const { plan, meeting, now } = input;
  const lang = input.lang ?? 'sv';
  const blocks: Block[] = [meetingFacts(plan, meeting, lang)];
  if (input.moved) blocks.push({ type: 'text', text: t(lang, 'Mötet har flyttats sedan förra påminnelsen.', 'The meeting has moved since the last reminder.') });
  if (input.late) {
    const day = input.dueAt ? formatDay(stockholmDate(input.dueAt), lang, false) : '';
    const when = input.dueAt ? t(lang, ` (den skulle ha gått ${day} kl. ${formatClock(input.dueAt, 'sv')})`, ` (it was due ${day} at ${formatClock(input.dueAt, 'en')})`) : '';
    blocks.push({ type: 'text', subtle: true, text: t(lang, `Skickad sent: jag var inte igång när påminnelsen skulle gå${when}.`, `Sent late: I was not running when the reminder was due${when}.`) });
  }
  return reply(
    'reminder',
    lang,
    `${t(lang, 'Påminnelse', 'Reminder')}: ${bodyName(plan, meeting.body)} ${relativeWhen(meeting, now, lang)}`,
    blocks,
    calendarActions(plan, meeting, input.baseUrl, lang),
  );
}

const showCalendar = (plan: Plan, meeting: Meeting, lang: Lang): Action => ({
  kind: 'message',
  title: t(lang, 'Visa kalendern', 'Show the calendar'),
  value: `${t(lang, 'kalender', 'calendar')} ${bodyName(plan, meeting.body)}`,
});

export function cancellationReply(input: Pick<ReminderCardInput, 'plan' | 'meeting' | 'baseUrl' | 'lang'>): Reply {
  const { plan, meeting } = input;
  const lang = input.lang ?? 'sv';
  return reply(
    'reminderCancelled',
    lang,
    `${t(lang, 'Inställt', 'Cancelled')}: ${bodyName(plan, meeting.body)} ${formatWhen(meeting, lang).split(',')[0]}`,
    [
      { type: 'text', text: t(lang, 'Mötet som jag påminde om är inställt.', 'The meeting I reminded you of is cancelled.') },
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
    `${t(lang, 'Datum saknas', 'No date yet')}: ${bodyName(plan, meeting.body)} ${month}`,
    [
      {
        type: 'text',
        text: t(
          lang,
          `Mötet i ${month}${hosts ? ` (värd: ${hosts})` : ''} har ännu inget bestämt datum. Bestäm dagen så att påminnelserna kan gå ut.`,
          `The meeting in ${month}${hosts ? ` (host: ${hosts})` : ''} has no date yet. Set the day so that the reminders can go out.`,
        ),
      },
      meetingFacts(plan, meeting, lang),
    ],
    [showCalendar(plan, meeting, lang)],
  );
}
