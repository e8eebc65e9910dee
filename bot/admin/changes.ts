// What the secretariat can change, as plain data: a Change is validated against the plan, described
// (before → after) for the confirmation card, and applied by a pure function that also returns its
// inverse, which is what "ångra" applies.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import {
  BodySchema,
  BudgetLineSchema,
  BudgetSchema,
  HostRotationSchema,
  MeetingDateSchema,
  MeetingSchema,
  MeetingTimeSchema,
  PlanSchema,
  type Meeting,
  type Plan,
} from '../store/schema.js';
import { firstDate, formatWhen, lastDate } from '../domain/calendar.js';

const TEXT_FIELDS = ['vision', 'purpose', 'principles', 'population', 'ownershipGovernance', 'workingMethods', 'areaBalance'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

// Only the fields a change names, and no defaults: a patch that moves a meeting must not also reset its
// hosts or status. `note: null` removes a note (a month-only meeting that gets its day loses
// "Dagen är inte bestämd").
const MeetingPatch = z
  .object({
    date: MeetingDateSchema,
    time: MeetingTimeSchema,
    hosts: z.array(z.string()),
    status: z.enum(['planned', 'cancelled']),
    certainty: z.enum(['confirmed', 'uncertain']),
    title: z.string(),
    note: z.string().nullable(),
  })
  .partial();

const SINGLE_CHANGES = [
  z.object({ kind: z.literal('meeting.update'), meetingId: z.string(), set: MeetingPatch }),
  z.object({ kind: z.literal('meeting.add'), meetings: z.array(MeetingSchema).min(1) }),
  z.object({ kind: z.literal('meeting.remove'), meetingIds: z.array(z.string()).min(1) }),
  z.object({ kind: z.literal('rotation.set'), body: z.string(), year: z.number().int(), host: z.string().nullable() }),
  z.object({ kind: z.literal('budget.set'), year: z.number().int(), budget: BudgetSchema.nullable() }),
  z.object({
    kind: z.literal('budget.line'),
    year: z.number().int(),
    side: z.enum(['income', 'costs']),
    lineId: z.string(),
    line: BudgetLineSchema.nullable(),
  }),
  z.object({ kind: z.literal('text.set'), field: z.enum(TEXT_FIELDS), value: z.unknown() }),
  z.object({ kind: z.literal('body.set'), bodyId: z.string(), body: BodySchema.nullable() }),
  z.object({ kind: z.literal('calendarYears.set'), years: z.array(z.number().int()) }),
  z.object({ kind: z.literal('secretariat.set'), userId: z.string().min(1), member: z.boolean() }),
  z.object({ kind: z.literal('plan.replace'), plan: PlanSchema }),
] as const;
/** One change of one part of the plan. */
export const SingleChangeSchema = z.discriminatedUnion('kind', [...SINGLE_CHANGES]);
export type SingleChange = z.infer<typeof SingleChangeSchema>;

/** The most changes one proposal may hold ("flytta LG 20/5 till 27/5 och SK 9/6 till 16/6": a few). */
export const MAX_BATCH = 10;
/**
 * A change, or several asked for in one message and confirmed together (`batch`): applied in order as one
 * change, undone as one (the inverses in reverse order), one audit entry, one notice per conversation.
 */
export const ChangeSchema = z.discriminatedUnion('kind', [
  ...SINGLE_CHANGES,
  z.object({ kind: z.literal('batch'), changes: z.array(SingleChangeSchema).min(2).max(MAX_BATCH) }),
]);
export type Change = z.infer<typeof ChangeSchema>;
export type BatchChange = Extract<Change, { kind: 'batch' }>;

/** The single changes a change is made of (itself, or a batch's in order). */
export function partsOf(change: Change): SingleChange[] {
  return change.kind === 'batch' ? change.changes : [change];
}

/** Several changes as one: a batch of two or more, or the one change itself. */
export function together(changes: readonly Change[]): Change {
  const parts = changes.flatMap(partsOf);
  return parts.length === 1 ? parts[0]! : { kind: 'batch', changes: parts };
}

/** A change and the secretariat list it acts on (membership lives beside the plan, in the runtime). */
export interface Target {
  plan: Plan;
  secretariat: string[];
}

export class ChangeError extends Error {
  readonly code = 'CHANGE_REJECTED';
  /** Where the change would put a meeting on another of the same body's: those meetings (the message says it in Swedish; the reply in its own language). */
  constructor(message: string, readonly clashes?: readonly Meeting[]) {
    super(message);
  }
}

function meeting(plan: Plan, id: string): Meeting {
  const m = plan.meetings.find((x) => x.id === id);
  if (!m) throw new ChangeError(`Mötet "${id}" finns inte i planen.`);
  return m;
}

/** Meetings of the same body that overlap in days (month-only entries overlap only their own month). */
export function clashes(plan: Plan, m: Meeting): Meeting[] {
  if (m.status === 'cancelled') return [];
  return plan.meetings.filter((o) => {
    if (o.id === m.id || o.body !== m.body || o.status === 'cancelled') return false;
    if (m.date.kind === 'month' || o.date.kind === 'month') return m.date.kind === 'month' && o.date.kind === 'month' && m.date.month === o.date.month;
    return firstDate(o) <= lastDate(m) && lastDate(o) >= firstDate(m);
  });
}

/** Applies a change to a copy; returns the new target and the change that undoes it. Throws ChangeError. */
export function applyChange(target: Target, change: Change): { target: Target; inverse: Change } {
  if (change.kind === 'batch') {
    // In order, each on the plan the one before left (a clash with an earlier one of them is found too).
    let current = target;
    const inverses: Change[] = [];
    for (const part of change.changes) {
      const done = applyChange(current, part);
      current = done.target;
      inverses.unshift(done.inverse);
    }
    return { target: current, inverse: together(inverses) };
  }
  const plan = structuredClone(target.plan);
  let secretariat = [...target.secretariat];
  let inverse: Change;
  switch (change.kind) {
    case 'meeting.update': {
      const m = meeting(plan, change.meetingId);
      const before: Record<string, unknown> = {};
      for (const k of Object.keys(change.set) as Array<keyof typeof change.set>) before[k] = m[k] ?? null;
      Object.assign(m, change.set);
      for (const [k, v] of Object.entries(change.set)) if (v === null) delete (m as Record<string, unknown>)[k];
      // Calendar clients update an event in place when its SEQUENCE grows.
      m.sequence = (m.sequence ?? 0) + 1;
      inverse = { kind: 'meeting.update', meetingId: m.id, set: before as typeof change.set };
      break;
    }
    case 'meeting.add': {
      for (const m of change.meetings) {
        if (plan.meetings.some((x) => x.id === m.id)) throw new ChangeError(`Det finns redan ett möte med id "${m.id}".`);
        plan.meetings.push(structuredClone(m));
      }
      inverse = { kind: 'meeting.remove', meetingIds: change.meetings.map((m) => m.id) };
      break;
    }
    case 'meeting.remove': {
      const removed = change.meetingIds.map((id) => meeting(plan, id));
      plan.meetings = plan.meetings.filter((m) => !change.meetingIds.includes(m.id));
      inverse = { kind: 'meeting.add', meetings: removed };
      break;
    }
    case 'rotation.set': {
      const i = plan.hostRotations.findIndex((r) => r.body === change.body && r.year === change.year);
      const before = i >= 0 ? plan.hostRotations[i]!.host : null;
      if (i >= 0) plan.hostRotations.splice(i, 1);
      if (change.host) plan.hostRotations.push(HostRotationSchema.parse({ body: change.body, year: change.year, host: change.host }));
      plan.hostRotations.sort((a, b) => a.body.localeCompare(b.body) || a.year - b.year);
      inverse = { kind: 'rotation.set', body: change.body, year: change.year, host: before };
      break;
    }
    case 'budget.set': {
      const i = plan.budgets.findIndex((b) => b.year === change.year);
      const before = i >= 0 ? plan.budgets[i]! : null;
      if (i >= 0) plan.budgets.splice(i, 1);
      if (change.budget) plan.budgets.push(structuredClone(change.budget));
      plan.budgets.sort((a, b) => a.year - b.year);
      inverse = { kind: 'budget.set', year: change.year, budget: before };
      break;
    }
    case 'budget.line': {
      const b = plan.budgets.find((x) => x.year === change.year);
      if (!b) throw new ChangeError(`Planen har ingen budget för ${change.year}.`);
      const previous = structuredClone(b);
      const lines = b[change.side];
      const i = lines.findIndex((l) => l.id === change.lineId);
      if (change.line) {
        if (i >= 0) lines[i] = change.line;
        else lines.push(change.line);
      } else if (i >= 0) lines.splice(i, 1);
      else throw new ChangeError(`Budgeten ${change.year} har ingen rad "${change.lineId}".`);
      // Stated totals follow the lines once the secretariat edits them.
      delete b.statedIncomeTotal;
      delete b.statedCostTotal;
      // Undo puts the whole year's budget back, stated totals included.
      inverse = { kind: 'budget.set', year: change.year, budget: previous };
      break;
    }
    case 'text.set': {
      const o = plan.organisation as Record<string, unknown>;
      const before = structuredClone(o[change.field]);
      o[change.field] = structuredClone(change.value);
      inverse = { kind: 'text.set', field: change.field, value: before };
      break;
    }
    case 'body.set': {
      const i = plan.bodies.findIndex((b) => b.id === change.bodyId);
      const before = i >= 0 ? plan.bodies[i]! : null;
      if (change.body) {
        if (i >= 0) plan.bodies[i] = change.body;
        else plan.bodies.push(change.body);
      } else {
        if (i < 0) throw new ChangeError(`Organet "${change.bodyId}" finns inte.`);
        if (plan.meetings.some((m) => m.body === change.bodyId)) throw new ChangeError('Organet har möten i kalendern och kan inte tas bort.');
        plan.bodies.splice(i, 1);
      }
      inverse = { kind: 'body.set', bodyId: change.bodyId, body: before };
      break;
    }
    case 'calendarYears.set': {
      inverse = { kind: 'calendarYears.set', years: [...plan.calendarYears] };
      plan.calendarYears = [...new Set(change.years)].sort();
      break;
    }
    case 'secretariat.set': {
      const was = secretariat.includes(change.userId);
      secretariat = change.member ? [...new Set([...secretariat, change.userId])] : secretariat.filter((s) => s !== change.userId);
      if (!change.member && secretariat.length === 0) throw new ChangeError('Sekretariatet måste ha minst en medlem.');
      inverse = { kind: 'secretariat.set', userId: change.userId, member: was };
      break;
    }
    case 'plan.replace': {
      inverse = { kind: 'plan.replace', plan: target.plan };
      return { target: { plan: structuredClone(change.plan), secretariat }, inverse };
    }
  }
  for (const m of change.kind === 'meeting.add' ? change.meetings : change.kind === 'meeting.update' ? [meeting(plan, change.meetingId)] : []) {
    const clash = clashes(plan, m);
    if (clash.length) throw new ChangeError(`Krockar med ett annat möte för samma organ: ${clash.map((c) => formatWhen(c, 'sv')).join(', ')}.`, clash);
  }
  return { target: { plan, secretariat }, inverse };
}

/** JSON with object keys in sorted order: the same data gives the same text, however it was built or read. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o).sort().filter((k) => o[k] !== undefined).map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v ?? null);
}

/**
 * A fingerprint of the part of the plan a change acts on (the meeting, the year's budget, the rotation
 * year …). A proposal carries it from when it was made and is refused at confirmation if it differs: a
 * change confirmed in between by someone else is never silently overwritten. The audit keeps it as it was
 * after each change, so an undo can tell whether someone changed the same thing since.
 */
export function targetState(target: Target, change: Change): string {
  return createHash('sha256').update(canonical(change.kind === 'batch' ? change.changes.map((c) => statePart(target, c)) : statePart(target, change))).digest('base64url').slice(0, 22);
}

/**
 * The parts of a change that would change nothing (the plan has what they ask for already: "Tyresö → Tyresö",
 * a meeting moved to its own day, a line set to its own amount), each tried on the plan the parts before it
 * left. Such a part is never proposed (secretariat.ts says so, and asks for the value where one is missing).
 * Throws the change's ChangeError.
 */
export function unchangedParts(target: Target, change: Change): SingleChange[] {
  return appliedParts(target, change).unchanged;
}

/**
 * A change applied part by part, as applyChange applies a batch: the plans it leaves (`plans[0]` is `target`, the
 * last the change's result, one after each part) and its parts that change nothing (unchangedParts). A proposal
 * needs all three (tryChange): the change is applied once for them. Throws ChangeError as applyChange does.
 */
export function appliedParts(target: Target, change: Change): { plans: Target[]; unchanged: SingleChange[] } {
  const plans = [target];
  const unchanged: SingleChange[] = [];
  for (const part of partsOf(change)) {
    const current = plans.at(-1)!;
    if (changesNothing(current, part)) unchanged.push(part);
    plans.push(applyChange(current, part).target);
  }
  return { plans, unchanged };
}

/** Whether the plan has what one change sets (what it leaves aside, a meeting's sequence or a budget's stated totals, is no part of it). */
function changesNothing(target: Target, change: SingleChange): boolean {
  const { plan } = target;
  const same = (a: unknown, b: unknown) => canonical(a ?? null) === canonical(b ?? null);
  switch (change.kind) {
    case 'meeting.update': {
      const m = plan.meetings.find((x) => x.id === change.meetingId);
      return Boolean(m) && Object.entries(change.set).every(([k, v]) => same((m as Record<string, unknown>)[k], v));
    }
    case 'rotation.set':
      return same(plan.hostRotations.find((r) => r.body === change.body && r.year === change.year)?.host, change.host);
    case 'budget.line':
      return same(plan.budgets.find((b) => b.year === change.year)?.[change.side].find((l) => l.id === change.lineId), change.line);
    case 'budget.set':
      return same(plan.budgets.find((b) => b.year === change.year), change.budget);
    case 'text.set':
      return same((plan.organisation as Record<string, unknown>)[change.field], change.value);
    case 'body.set':
      return same(plan.bodies.find((b) => b.id === change.bodyId), change.body);
    case 'calendarYears.set':
      return same(plan.calendarYears, change.years);
    case 'secretariat.set':
      return target.secretariat.includes(change.userId) === change.member;
    case 'plan.replace':
      return same(plan, change.plan);
    default:
      // A meeting added or removed always changes the plan (applyChange refuses an id that is there or not there).
      return false;
  }
}

/** The part of the plan one change acts on, as data. */
function statePart(target: Target, change: SingleChange): unknown {
  const { plan } = target;
  const meetingsById = (ids: string[]) => ids.map((id) => plan.meetings.find((m) => m.id === id) ?? null);
  let part: unknown;
  switch (change.kind) {
    case 'meeting.update':
      part = meetingsById([change.meetingId]);
      break;
    case 'meeting.add':
      part = meetingsById(change.meetings.map((m) => m.id));
      break;
    case 'meeting.remove':
      part = meetingsById(change.meetingIds);
      break;
    case 'rotation.set':
      part = plan.hostRotations.find((r) => r.body === change.body && r.year === change.year)?.host ?? null;
      break;
    case 'budget.set':
    case 'budget.line':
      part = plan.budgets.find((b) => b.year === change.year) ?? null;
      break;
    case 'text.set':
      part = (plan.organisation as Record<string, unknown>)[change.field] ?? null;
      break;
    case 'body.set':
      part = plan.bodies.find((b) => b.id === change.bodyId) ?? null;
      break;
    case 'calendarYears.set':
      part = plan.calendarYears;
      break;
    case 'secretariat.set':
      part = target.secretariat.includes(change.userId);
      break;
    case 'plan.replace':
      part = plan;
      break;
  }
  return part;
}

/** What a change acts on, as keys: two changes that share a key touch the same part of the plan. */
export function targetKeys(change: Change): string[] {
  return [...new Set(partsOf(change).map(targetKey))];
}

/** What one change acts on, as a key: two changes with the same key touch the same part of the plan. */
export function targetKey(change: SingleChange): string {
  switch (change.kind) {
    case 'meeting.update':
      return `meetings:${change.meetingId}`;
    case 'meeting.add':
      return `meetings:${change.meetings.map((m) => m.id).sort().join(',')}`;
    case 'meeting.remove':
      return `meetings:${[...change.meetingIds].sort().join(',')}`;
    case 'rotation.set':
      return `rotation:${change.body}:${change.year}`;
    case 'budget.set':
    case 'budget.line':
      return `budget:${change.year}`;
    case 'text.set':
      return `text:${change.field}`;
    case 'body.set':
      return `body:${change.bodyId}`;
    case 'calendarYears.set':
      return 'calendarYears';
    case 'secretariat.set':
      return `secretariat:${change.userId}`;
    case 'plan.replace':
      return 'plan';
  }
}
