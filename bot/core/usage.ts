// Usage counters for "statistik": per ISO week (Stockholm time), how many answers of each kind, how many
// reminders and notices went out or failed. Counts only: nothing here sees or keeps what anyone wrote.
//
// The shell counts (app.ts around the core, the scheduler, the notice sender); the counts wait in memory
// and reach the store together a moment later (one staged write for many answers, not one each), and at
// once when "statistik" asks (an effect of its turn) or the bot stops. A crash loses at most those few
// seconds of counts.
import { TZDate } from '@date-fns/tz';
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import type { Clock } from '../clock.js';
import type { Logger } from '../log.js';
import type { UsageWeek } from '../store/schema.js';
import type { Store } from '../store/store.js';
import { TIME_ZONE } from '../domain/calendar.js';

/** How many weeks are kept (two years). */
export const USAGE_WEEKS_KEPT = 104;
const FLUSH_AFTER_MS = 2000;

export type Counter = 'remindersSent' | 'remindersFailed' | 'noticesSent' | 'noticesFailed';

/** "2011-W14" for an instant, by the Stockholm calendar. */
export function isoWeek(at: Date): string {
  const local = new TZDate(at.getTime(), TIME_ZONE);
  return `${getISOWeekYear(local)}-W${String(getISOWeek(local)).padStart(2, '0')}`;
}

const HOUR_MS = 3_600_000;
/**
 * isoWeek for the instants of one UTC hour: a Stockholm week begins at a local midnight, which is always
 * on a UTC hour (the offset is whole hours), so every instant of an hour is in the same week. Counting an
 * answer asked the time zone rules (Intl) each time: as much CPU as understanding the question.
 */
function weekOfHour(): (at: Date) => string {
  let kept: { hour: number; week: string } | undefined;
  return (at) => {
    const hour = Math.floor(at.getTime() / HOUR_MS);
    if (kept?.hour !== hour) kept = { hour, week: isoWeek(at) };
    return kept.week;
  };
}

export interface Pending {
  kinds: Map<string, number>;
  counters: Map<Counter, number>;
}

/** The store's weeks with pending counts added, keeping the most recent weeks. */
export function addUsage(stored: readonly UsageWeek[], pending: ReadonlyMap<string, Pending>): UsageWeek[] {
  const weeks = [...stored];
  for (const [week, p] of pending) {
    const i = weeks.findIndex((w) => w.week === week);
    const was: UsageWeek = i >= 0 ? weeks[i]! : { week, questions: [], remindersSent: 0, remindersFailed: 0, noticesSent: 0, noticesFailed: 0 };
    const questions = new Map(was.questions.map((q) => [q.kind, q.count]));
    for (const [kind, n] of p.kinds) questions.set(kind, (questions.get(kind) ?? 0) + n);
    const next: UsageWeek = { ...was, questions: [...questions].map(([kind, count]) => ({ kind, count })) };
    for (const [c, n] of p.counters) next[c] += n;
    if (i >= 0) weeks[i] = next;
    else weeks.push(next);
  }
  weeks.sort((a, b) => a.week.localeCompare(b.week));
  return weeks.slice(-USAGE_WEEKS_KEPT);
}

export interface UsageCounter {
  /** One answer of this reply kind. */
  answered(kind: string): void;
  count(counter: Counter): void;
  /** The store's weeks with the counts not yet in the store added (for "statistik"). */
  withPending(stored: readonly UsageWeek[]): UsageWeek[];
  /** Puts the counts so far into the store (in memory at once, on disk with the next write). */
  flush(): Promise<void>;
  close(): Promise<void>;
}

export function createUsageCounter(deps: { store: Store; clock: Clock; logger: Logger }): UsageCounter {
  let pending = new Map<string, Pending>();
  let timer: NodeJS.Timeout | undefined;
  const weekOf = weekOfHour();
  const week = () => {
    const w = weekOf(deps.clock.now());
    let p = pending.get(w);
    if (!p) pending.set(w, (p = { kinds: new Map(), counters: new Map() }));
    return p;
  };
  const later = () => {
    if (timer) return;
    timer = setTimeout(() => void flush(), FLUSH_AFTER_MS);
    timer.unref();
  };
  async function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (pending.size === 0) return;
    const counts = pending;
    pending = new Map();
    try {
      await deps.store.commit(null, ({ runtime }) => ({ runtime: { usage: addUsage(runtime.usage, counts) } }), {
        staged: true,
        onWriteFailed: (e) => deps.logger.warn('could not store the usage counters', { error: e }),
      });
    } catch (e) {
      deps.logger.warn('could not store the usage counters', { error: e as Error });
    }
  }
  return {
    answered(kind) {
      const p = week();
      p.kinds.set(kind, (p.kinds.get(kind) ?? 0) + 1);
      later();
    },
    count(counter) {
      const p = week();
      p.counters.set(counter, (p.counters.get(counter) ?? 0) + 1);
      later();
    },
    withPending: (stored) => (pending.size ? addUsage(stored, pending) : [...stored]),
    flush,
    close: flush,
  };
}
