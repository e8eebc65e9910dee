// The reminder messages as neutral replies (Swedish): the reminder itself, the cancellation notice and the
// secretariat's note about a meeting known only to the month. Pure; cards/ renders them (Adaptive Card,
// plain text). The calendar link points at the .ics route `/calendar/meeting/<id>.ics`.
import { daysUntil, formatDay, formatMonth, formatWhen, meetingStart, stockholmDate, TIME_ZONE } from '../domain/calendar.js';
import { reply, type Action, type Block, type Reply } from '../core/reply.js';
import type { Meeting, Plan } from '../store/schema.js';
import { bodyName } from '../answers/common.js';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';

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
}


function hostNames(plan: Plan, meeting: Meeting): string {
  return meeting.hosts.map((h) => plan.municipalities.find((m) => m.id === h)?.name ?? h).join(' och ');
}

function clock(at: Date): string {
  return format(new TZDate(at.getTime(), TIME_ZONE), 'HH.mm');
}

/** "i dag", "i morgon", "om 7 dagar", "om 2 timmar" — from `now` to the meeting's start, in Stockholm days. */
export function relativeWhen(meeting: Meeting, now: Date): string {
  const start = meetingStart(meeting);
  if (!start) return '';
  const days = daysUntil(meeting, now);
  if (days >= 2) return `om ${days} dagar`;
  if (days === 1) return 'i morgon';
  const hours = Math.round((start.getTime() - now.getTime()) / 3_600_000);
  if (start.getTime() <= now.getTime()) return 'i dag';
  if (hours < 1) return 'om mindre än en timme';
  return hours === 1 ? 'om en timme' : `om ${hours} timmar`;
}

export function calendarActions(plan: Plan, meeting: Meeting, baseUrl: string): Action[] {
  return [
    { kind: 'url', title: 'Lägg till i kalendern', url: `${baseUrl.replace(/\/+$/, '')}/calendar/meeting/${meeting.id}.ics` },
    { kind: 'message', title: 'Visa kalendern', value: `kalender ${bodyName(plan, meeting.body)}` },
  ];
}

function meetingFacts(plan: Plan, meeting: Meeting): Block {
  const facts = [{ title: 'Möte', value: meeting.title ? `${bodyName(plan, meeting.body)}: ${meeting.title}` : bodyName(plan, meeting.body) }];
  facts.push({ title: 'När', value: formatWhen(meeting, 'sv') });
  const hosts = hostNames(plan, meeting);
  if (hosts) facts.push({ title: meeting.hosts.length > 1 ? 'Värdkommuner' : 'Värdkommun', value: hosts });
  if (meeting.note) facts.push({ title: 'Anteckning', value: meeting.note });
  return { type: 'facts', facts };
}

export function reminderReply(input: ReminderCardInput): Reply {
  const { plan, meeting, now } = input;
  const blocks: Block[] = [meetingFacts(plan, meeting)];
  if (input.moved) blocks.push({ type: 'text', text: 'Mötet har flyttats sedan förra påminnelsen.' });
  if (input.late) {
    const when = input.dueAt ? ` (den skulle ha gått ${formatDay(stockholmDate(input.dueAt), 'sv', false)} kl. ${clock(input.dueAt)})` : '';
    blocks.push({ type: 'text', subtle: true, text: `Skickad sent: jag var inte igång när påminnelsen skulle gå${when}.` });
  }
  return reply(
    'reminder',
    'sv',
    `Påminnelse: ${bodyName(plan, meeting.body)} ${relativeWhen(meeting, now)}`,
    blocks,
    calendarActions(plan, meeting, input.baseUrl),
  );
}

export function cancellationReply(input: Pick<ReminderCardInput, 'plan' | 'meeting' | 'baseUrl'>): Reply {
  const { plan, meeting } = input;
  return reply(
    'reminderCancelled',
    'sv',
    `Inställt: ${bodyName(plan, meeting.body)} ${formatWhen(meeting, 'sv').split(',')[0]}`,
    [
      { type: 'text', text: 'Mötet som jag påminde om är inställt.' },
      meetingFacts(plan, meeting),
    ],
    [{ kind: 'message', title: 'Visa kalendern', value: `kalender ${bodyName(plan, meeting.body)}` }],
  );
}

export function dateToBeSetReply(input: Pick<ReminderCardInput, 'plan' | 'meeting'>): Reply {
  const { plan, meeting } = input;
  const month = meeting.date.kind === 'month' ? formatMonth(meeting.date.month, 'sv') : formatWhen(meeting, 'sv');
  const hosts = hostNames(plan, meeting);
  return reply(
    'dateToBeSet',
    'sv',
    `Datum saknas: ${bodyName(plan, meeting.body)} ${month}`,
    [
      {
        type: 'text',
        text: `Mötet i ${month}${hosts ? ` (värd: ${hosts})` : ''} har ännu inget bestämt datum. Bestäm dagen så att påminnelserna kan gå ut.`,
      },
      meetingFacts(plan, meeting),
    ],
    [{ kind: 'message', title: 'Visa kalendern', value: `kalender ${bodyName(plan, meeting.body)}` }],
  );
}
