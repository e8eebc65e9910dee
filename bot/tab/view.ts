// What GET /api/plan returns and the plan tab shows: the plan's year as a calendar (coming meetings
// first), the rådslag host rotation and the budget, with the words and numbers already worked out so
// the page only lays them out. Pure: plan and "now" (the bot's Clock) in, a JSON-ready object out.
import { TIME_ZONE, byStart, formatDay, formatMonth, formatTime, formatWhen, meetingEnd, meetingStart, meetingYear, stockholmDate } from '../domain/calendar.js';
import { type Lang } from '../text/lang.js';
import type { Budget, BudgetLine, Meeting, Plan } from '../store/schema.js';
import { meetingIcsPath } from '../domain/links.js';
import { sum } from '../domain/budget.js';

type Texts = Record<Lang, string>;

export interface MeetingView {
  id: string;
  body: { id: string; name: string };
  title?: string;
  status: 'planned' | 'cancelled';
  certainty: 'confirmed' | 'uncertain';
  /** Over at "now" (its end has passed; a month-only entry once its month is over). */
  past: boolean;
  /** The first coming meeting that is not cancelled and has a day. */
  next: boolean;
  /** False where the plan knows only the month ("jan 2012"). */
  dayKnown: boolean;
  /** ISO instants; start is null where only the month is known. */
  start: string | null;
  end: string;
  /** "torsdag 14 april 2011, 12.00–15.00"; for a month-only entry it says that the day is not set. */
  when: Texts;
  /** The month alone ("januari 2012"), where only the month is known. */
  month?: Texts;
  time: Texts;
  hosts: Array<{ id: string; name: string }>;
  note?: string;
  source?: string;
  /** The meeting's own .ics (relative to the bot), or null where there is no day to put in a calendar. */
  ics: string | null;
}

export interface BudgetLineView extends BudgetLine {
  /** Share of its side's total, 0..1. */
  share: number;
}

export interface BudgetView {
  year: number;
  currency: 'SEK';
  income: BudgetLineView[];
  costs: BudgetLineView[];
  incomeTotal: number;
  costTotal: number;
  /** Income minus costs. */
  balance: number;
}

export interface RotationView {
  body: { id: string; name: string };
  rows: Array<{ year: number; host: { id: string; name: string }; current: boolean }>;
}

export interface PlanView {
  now: string;
  /** Today in Stockholm, YYYY-MM-DD, and in words. */
  today: string;
  todayText: Texts;
  timeZone: string;
  organisation: { name: string; shortName: string; planTitle: string };
  /** The plan year shown: the latest calendar year that has begun, else the first. */
  year: number;
  meetings: MeetingView[];
  counts: { upcoming: number; past: number; cancelled: number; dayNotSet: number };
  rotations: RotationView[];
  budget: BudgetView | null;
  feeds: { all: string; bodies: Array<{ id: string; name: string; url: string }> };
}

const both = (f: (lang: Lang) => string): Texts => ({ sv: f('sv'), en: f('en') });

/** The plan year to show at `now`. */
export function planYear(plan: Plan, now: Date): number {
  const thisYear = Number(stockholmDate(now).slice(0, 4));
  const years = [...plan.calendarYears].sort((a, b) => a - b);
  const begun = years.filter((y) => y <= thisYear);
  return begun.at(-1) ?? years[0] ?? thisYear;
}

/** The plan year's meetings: from its first day up to the next plan year (so "jan 2012" belongs to 2011). */
function yearMeetings(plan: Plan, year: number): Meeting[] {
  const nextPlan = plan.calendarYears.filter((y) => y > year).sort((a, b) => a - b)[0] ?? Infinity;
  return plan.meetings.filter((m) => meetingYear(m) >= year && meetingYear(m) < nextPlan);
}

function lines(lines: BudgetLine[]): { views: BudgetLineView[]; total: number } {
  const total = sum(lines);
  return { views: lines.map((l) => ({ ...l, share: total > 0 ? l.amount / total : 0 })), total };
}

function budgetView(budget: Budget): BudgetView {
  const income = lines(budget.income);
  const costs = lines(budget.costs);
  return {
    year: budget.year,
    currency: budget.currency,
    income: income.views,
    costs: costs.views,
    incomeTotal: income.total,
    costTotal: costs.total,
    balance: income.total - costs.total,
  };
}

export function planView(plan: Plan, now: Date): PlanView {
  const year = planYear(plan, now);
  const thisYear = Number(stockholmDate(now).slice(0, 4));
  const bodies = new Map(plan.bodies.map((b) => [b.id, b]));
  const municipality = (id: string) => ({ id, name: plan.municipalities.find((m) => m.id === id)?.name ?? id });
  const bodyRef = (id: string) => ({ id, name: bodies.get(id)?.name ?? id });

  const sorted = yearMeetings(plan, year).sort(byStart);
  const isPast = (m: Meeting) => meetingEnd(m).getTime() <= now.getTime();
  const ordered = [...sorted.filter((m) => !isPast(m)), ...sorted.filter(isPast)];
  const next = ordered.find((m) => !isPast(m) && m.status === 'planned' && m.date.kind !== 'month');

  const meetings: MeetingView[] = ordered.map((m) => {
    const start = meetingStart(m);
    const month = m.date.kind === 'month' ? m.date.month : undefined;
    return {
      id: m.id,
      body: bodyRef(m.body),
      ...(m.title ? { title: m.title } : {}),
      status: m.status,
      certainty: m.certainty,
      past: isPast(m),
      next: m === next,
      dayKnown: m.date.kind !== 'month',
      start: start ? start.toISOString() : null,
      end: meetingEnd(m).toISOString(),
      when: both((lang) => formatWhen(m, lang)),
      ...(month ? { month: both((lang) => formatMonth(month, lang)) } : {}),
      time: both((lang) => formatTime(m, lang)),
      hosts: m.hosts.map(municipality),
      ...(m.note ? { note: m.note } : {}),
      ...(m.source ? { source: m.source } : {}),
      ics: m.date.kind === 'month' ? null : meetingIcsPath(m.id),
    };
  });

  const rotationBodies = [...new Set(plan.hostRotations.map((r) => r.body))];
  const rotations: RotationView[] = rotationBodies.map((body) => ({
    body: bodyRef(body),
    rows: plan.hostRotations
      .filter((r) => r.body === body)
      .sort((a, b) => a.year - b.year)
      .map((r) => ({ year: r.year, host: municipality(r.host), current: r.year === thisYear })),
  }));

  const budget =
    plan.budgets.find((b) => b.year === year) ??
    [...plan.budgets].sort((a, b) => b.year - a.year).find((b) => b.year <= year) ??
    null;

  const withMeetings = plan.bodies.filter((b) => plan.meetings.some((m) => m.body === b.id && m.date.kind !== 'month'));

  return {
    now: now.toISOString(),
    today: stockholmDate(now),
    todayText: both((lang) => formatDay(stockholmDate(now), lang)),
    timeZone: TIME_ZONE,
    organisation: {
      name: plan.organisation.name,
      shortName: plan.organisation.shortName,
      planTitle: plan.organisation.planTitle,
    },
    year,
    meetings,
    counts: {
      upcoming: meetings.filter((m) => !m.past).length,
      past: meetings.filter((m) => m.past).length,
      cancelled: meetings.filter((m) => m.status === 'cancelled').length,
      dayNotSet: meetings.filter((m) => !m.dayKnown).length,
    },
    rotations,
    budget: budget ? budgetView(budget) : null,
    feeds: {
      all: '/calendar.ics',
      bodies: withMeetings.map((b) => ({ id: b.id, name: b.name, url: `/calendar/${b.id}.ics` })),
    },
  };
}
