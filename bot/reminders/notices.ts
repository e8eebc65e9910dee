// Nobody acts on a stale card: when a confirmed change moves, cancels, adds or dates a meeting, every
// conversation subscribed to its body gets a short notice, and the reminder cards already posted for it are
// updated in place (Bot Framework updateActivity, Slack chat.update).
//
// Pure: meetingChanges() (what changed between two meeting lists) and noticeReply() (the words).
// Shell: createMeetingNotifier(), which the admin confirm path calls with the meetings before and after a
// confirmed change (AdminDeps.meetingsChanged); it sends in the background, one conversation at a time.
import type { Clock } from '../clock.js';
import type { Logger } from '../log.js';
import { reply, type Reply } from '../core/reply.js';
import { t, type Lang } from '../text/lang.js';
import { formatDay, formatMonth, formatTime, meetingStart } from '../domain/calendar.js';
import type { Meeting, Plan, Subscription } from '../store/schema.js';
import type { Store } from '../store/store.js';
import { calendarActions, cancellationReply, meetingFacts, reminderReply } from './card.js';
import { covers } from './due.js';
import type { ConversationSender } from './sender.js';
import { bodyName } from '../domain/names.js';

export type MeetingChangeKind = 'moved' | 'dated' | 'cancelled' | 'restored' | 'added' | 'removed';

export interface MeetingChange {
  kind: MeetingChangeKind;
  before?: Meeting;
  after?: Meeting;
  /** The meeting as it is now (as it was, for a removed one). */
  meeting: Meeting;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The meetings whose date, time or status a change touched, or that it added or removed. Meetings that
 * had started before `now` and still have are left out: nobody needs a notice about the past.
 */
export function meetingChanges(before: readonly Meeting[], after: readonly Meeting[], now: Date): MeetingChange[] {
  const was = new Map(before.map((m) => [m.id, m]));
  const is = new Map(after.map((m) => [m.id, m]));
  const out: MeetingChange[] = [];
  for (const m of after) {
    const b = was.get(m.id);
    if (!b) out.push({ kind: 'added', after: m, meeting: m });
    else if (b.status !== m.status) out.push({ kind: m.status === 'cancelled' ? 'cancelled' : 'restored', before: b, after: m, meeting: m });
    else if (!same(b.date, m.date) || !same(b.time, m.time)) out.push({ kind: b.date.kind === 'month' && m.date.kind !== 'month' ? 'dated' : 'moved', before: b, after: m, meeting: m });
  }
  for (const b of before) if (!is.has(b.id)) out.push({ kind: 'removed', before: b, meeting: b });
  const ahead = (m: Meeting | undefined) => {
    if (!m) return false;
    const start = meetingStart(m);
    return start === undefined || start.getTime() >= now.getTime();
  };
  return out.filter((c) => ahead(c.before) || ahead(c.after));
}

/** "20/5", "14/11–15/11", "i januari 2012": the short form of a meeting's date. */
function shortDate(m: Meeting, lang: Lang): string {
  const dm = (d: string) => `${Number(d.slice(8, 10))}/${Number(d.slice(5, 7))}`;
  switch (m.date.kind) {
    case 'day':
      return dm(m.date.date);
    case 'days':
      return `${dm(m.date.start)}–${dm(m.date.end)}`;
    case 'month':
      return t(lang, `i ${formatMonth(m.date.month, lang)}`, `in ${formatMonth(m.date.month, lang)}`);
  }
}

/** "fredag 27/5, 08.30–13.00". */
function newWhen(m: Meeting, lang: Lang): string {
  const first = m.date.kind === 'day' ? m.date.date : m.date.kind === 'days' ? m.date.start : undefined;
  if (!first) return shortDate(m, lang);
  return `${formatDay(first, lang).split(' ')[0]} ${shortDate(m, lang)}, ${formatTime(m, lang)}`;
}

/** "Ledningsgruppens möte 20/5" / "Ledningsgruppen's meeting on 20/5". */
function whose(plan: Plan, m: Meeting, lang: Lang): string {
  const name = bodyName(plan, m.body);
  if (lang === 'en') return `${name}'s meeting${m.date.kind === 'month' ? '' : ' on'} ${shortDate(m, lang)}`;
  return `${/[sxz]$/i.test(name) ? name : `${name}s`} möte ${shortDate(m, lang)}`;
}

/** One sentence per change, e.g. "Ledningsgruppens möte 20/5 är flyttat till fredag 27/5, 08.30–13.00". */
export function noticeSentence(plan: Plan, c: MeetingChange, lang: Lang): string {
  const b = c.before ?? c.meeting;
  const a = c.after ?? c.meeting;
  switch (c.kind) {
    case 'moved':
      return t(lang, `${whose(plan, b, lang)} är flyttat till ${newWhen(a, lang)}`, `${whose(plan, b, lang)} has moved to ${newWhen(a, lang)}`);
    case 'dated':
      return t(lang, `${whose(plan, b, lang)} har fått ett datum: ${newWhen(a, lang)}`, `${whose(plan, b, lang)} now has a date: ${newWhen(a, lang)}`);
    case 'cancelled':
      return t(lang, `${whose(plan, b, lang)} är inställt`, `${whose(plan, b, lang)} is cancelled`);
    case 'restored':
      return t(lang, `${whose(plan, b, lang)} blir av igen: ${newWhen(a, lang)}`, `${whose(plan, b, lang)} is on again: ${newWhen(a, lang)}`);
    case 'added':
      return t(lang, `Nytt möte: ${bodyName(plan, a.body)} ${newWhen(a, lang)}`, `New meeting: ${bodyName(plan, a.body)} ${newWhen(a, lang)}`);
    case 'removed':
      return t(lang, `${whose(plan, b, lang)} är struket ur kalendern`, `${whose(plan, b, lang)} has been removed from the calendar`);
  }
}

const MAX_LISTED = 10;

/** The notice a conversation gets: one change with its facts, or several as a list. */
export function noticeReply(plan: Plan, changes: MeetingChange[], lang: Lang, baseUrl: string): Reply {
  if (changes.length === 1) {
    const c = changes[0]!;
    const gone = c.kind === 'cancelled' || c.kind === 'removed';
    return reply('meetingNotice', lang, noticeSentence(plan, c, lang), [meetingFacts(plan, c.meeting, lang)], gone ? calendarActions(plan, c.meeting, baseUrl, lang).slice(1) : calendarActions(plan, c.meeting, baseUrl, lang));
  }
  const listed = changes.slice(0, MAX_LISTED).map((c) => noticeSentence(plan, c, lang));
  if (changes.length > MAX_LISTED) listed.push(t(lang, `… och ${changes.length - MAX_LISTED} till`, `… and ${changes.length - MAX_LISTED} more`));
  return reply('meetingNotice', lang, t(lang, 'Ändringar i kalendern', 'Changes to the calendar'), [{ type: 'list', items: listed }]);
}

export interface MeetingNotifierDeps {
  store: Store;
  clock: Clock;
  logger: Logger;
  sender: ConversationSender;
  /** PUBLIC_URL or the local URL (known once the server listens). */
  baseUrl: () => string;
  /** Told how each notice went (for the usage counters). */
  onDelivery?: (ok: boolean) => void;
}

export interface MeetingNotifier {
  /** Called after a confirmed change with the meetings before and after it. Returns at once; sends in the background. */
  meetingsChanged(before: readonly Meeting[], after: readonly Meeting[]): void;
  /** Resolves when every notice and update started so far has finished. */
  idle(): Promise<void>;
}

export function createMeetingNotifier(deps: MeetingNotifierDeps): MeetingNotifier {
  const { store, clock, logger, sender } = deps;
  const chains = new Map<string, Promise<void>>();

  /** One conversation's messages go out in order, one at a time. */
  function enqueue(conversationId: string, task: () => Promise<void>): void {
    const run = (chains.get(conversationId) ?? Promise.resolve()).then(task).catch((e: unknown) => logger.error('meeting notice failed unexpectedly', { conversation: conversationId, error: e as Error }));
    chains.set(conversationId, run);
    void run.finally(() => {
      if (chains.get(conversationId) === run) chains.delete(conversationId);
    });
  }

  async function attempt(what: string, conversationId: string, work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
      if (what === 'notice sent') deps.onDelivery?.(true);
      logger.info(`meeting ${what}`, { conversation: conversationId });
    } catch (e) {
      if (what === 'notice sent') deps.onDelivery?.(false);
      logger.warn(`meeting ${what} failed`, { conversation: conversationId, code: (e as { code?: unknown }).code, error: e as Error });
    }
  }

  return {
    meetingsChanged(before, after) {
      const now = clock.now();
      const changes = meetingChanges(before, after, now);
      if (changes.length === 0) return;
      const data = { plan: store.plan.plan, runtime: store.runtime };
      const plan = data.plan;
      const baseUrl = deps.baseUrl();
      const byId = new Map(changes.map((c) => [c.meeting.id, c]));
      const subs = new Map<string, Subscription>(data.runtime.subscriptions.filter((s) => s.active).map((s) => [s.conversationId, s]));
      const conversations = new Map(data.runtime.conversations.filter((c) => c.active).map((c) => [c.id, c]));
      const sent = data.runtime.sentReminders;
      for (const sub of subs.values()) {
        const conversation = conversations.get(sub.conversationId);
        if (!conversation) continue;
        const reminded = (meetingId: string) => sent.some((r) => r.conversationId === sub.conversationId && r.meetingId === meetingId && r.kind === 'reminder' && (r.state === 'sent' || r.state === 'sending' || r.state === 'unknown'));
        // Where a reminder went out, the scheduler follows a cancellation with its own "Inställt" card: no second notice.
        const told = changes.filter((c) => covers(sub, c.meeting) && !(c.kind === 'cancelled' && reminded(c.meeting.id)));
        const updates = sent.filter((r) => r.conversationId === sub.conversationId && r.kind === 'reminder' && r.state === 'sent' && r.messageId && byId.has(r.meetingId));
        if (told.length === 0 && updates.length === 0) continue;
        const lang = sub.lang;
        enqueue(sub.conversationId, async () => {
          if (told.length > 0) await attempt('notice sent', sub.conversationId, () => sender.send(conversation, noticeReply(plan, told, lang, baseUrl)));
          for (const r of updates) {
            const c = byId.get(r.meetingId)!;
            const gone = c.kind === 'cancelled' || c.kind === 'removed';
            const card = gone
              ? cancellationReply({ plan, meeting: { ...c.meeting, status: 'cancelled' }, baseUrl, lang })
              : reminderReply({ plan, meeting: c.meeting, now: clock.now(), baseUrl, moved: c.kind === 'moved', lang });
            if (!sender.update) return;
            await attempt('reminder card updated', sub.conversationId, () => sender.update!(conversation, r.messageId!, card));
          }
        });
      }
    },
    async idle() {
      while (chains.size > 0) await Promise.allSettled([...chains.values()]);
    },
  };
}
