// The store's schema: the plan (facts from the Verksamhetsplan) and the runtime state that must
// survive a restart. The store validates every load and every write against it.
import { z } from 'zod';

export const SCHEMA_VERSION = 1;

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id: små bokstäver, siffror och bindestreck');
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'datum skrivs ÅÅÅÅ-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const dt = new Date(Date.UTC(y, m - 1, d));
    return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
  }, 'datumet finns inte');
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'klockslag skrivs TT:MM');
const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'månad skrivs ÅÅÅÅ-MM');

export const MunicipalitySchema = z.object({
  id,
  name: z.string().min(1),
  /** Extra ways people write the name; the understanding layer also folds case and diacritics. */
  aliases: z.array(z.string()).default([]),
});

/** A group that meets or a joint organisation: samarbetskommittén, ledningsgruppen, förbunden … */
export const BodySchema = z.object({
  id,
  name: z.string().min(1),
  /** Short names and synonyms (SK, LG, kommittén …). */
  aliases: z.array(z.string()).default([]),
  kind: z.enum(['committee', 'group', 'conference', 'jointBody', 'followUp']),
  description: z.string().default(''),
  /** Who sits in it, in the plan's words. */
  composition: z.string().optional(),
  /** Member municipalities, where the plan names them. */
  memberMunicipalities: z.array(id).default([]),
  /** Members other than municipalities (högskolor, organisationer). */
  otherMembers: z.array(z.string()).default([]),
  attendees: z.string().optional(),
  hostMunicipality: id.optional(),
  secretariatMunicipality: id.optional(),
  /** ISO date the body started, or a year. */
  start: z.string().optional(),
  minMeetingsPerYear: z.number().int().positive().optional(),
  frequency: z.string().optional(),
  usualTime: z
    .object({ weekday: z.number().int().min(1).max(7), start: clock, end: clock })
    .optional(),
  openToMoreMembers: z.boolean().optional(),
  tasks: z.array(z.string()).default([]),
});

/** When a meeting happens. `month` is for entries the plan knows only to the month ("jan 2012"). */
export const MeetingDateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('day'), date: isoDate }),
  z.object({ kind: z.literal('days'), start: isoDate, end: isoDate }),
  z.object({ kind: z.literal('month'), month: yearMonth }),
]);

export const MeetingTimeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('clock'), start: clock, end: clock }),
  z.object({ kind: z.literal('allDay') }),
  /** Lunch on the first day to lunch on the last (the plan gives no clock times). */
  z.object({ kind: z.literal('lunchToLunch') }),
  z.object({ kind: z.literal('unknown') }),
]);

export const MeetingSchema = z.object({
  /** Stable across moves, so calendar feeds update in place. */
  id,
  body: id,
  date: MeetingDateSchema,
  time: MeetingTimeSchema,
  hosts: z.array(id).default([]),
  /** "uncertain" where the plan puts the entry in parentheses. */
  certainty: z.enum(['confirmed', 'uncertain']).default('confirmed'),
  title: z.string().optional(),
  note: z.string().optional(),
  status: z.enum(['planned', 'cancelled']).default('planned'),
  /** Revision for calendar feeds (iCalendar SEQUENCE): raised when the meeting is moved or cancelled. */
  sequence: z.number().int().nonnegative().optional(),
  /** The entry as the plan writes it, for traceability. */
  source: z.string().optional(),
});

export const HostRotationSchema = z.object({
  body: id,
  year: z.number().int().min(2000).max(2100),
  host: id,
});

export const BudgetLineSchema = z.object({
  id,
  label: z.string().min(1),
  amount: z.number().int().nonnegative('belopp kan inte vara negativa'),
});

export const BudgetSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  currency: z.literal('SEK'),
  income: z.array(BudgetLineSchema),
  costs: z.array(BudgetLineSchema),
  /** Totals as the document writes them ("Summa"), kept to detect drift from the lines. */
  statedIncomeTotal: z.number().int().nonnegative().optional(),
  statedCostTotal: z.number().int().nonnegative().optional(),
});

const TitledText = z.object({ title: z.string(), text: z.string() });

export const OrganisationSchema = z.object({
  name: z.string(),
  shortName: z.string(),
  planTitle: z.string(),
  planYear: z.number().int(),
  region: z.string(),
  population: z.object({ approx: z.number().int().positive(), text: z.string() }),
  introduction: z.array(z.string()),
  developmentIssues: z.array(z.string()),
  purpose: z.array(z.string()),
  principles: z.array(z.string()),
  vision: z.object({ year: z.number().int(), text: z.string() }),
  cooperationAreas: z.array(
    z.object({ id, name: z.string(), purpose: z.string(), governingDocuments: z.string() }),
  ),
  developmentProgramme: z.object({
    name: z.string(),
    adopted: z.string(),
    targetAreas: z.array(z.string()),
    note: z.string(),
  }),
  environmentScanning: z.object({
    text: z.array(z.string()),
    regionalBodies: z.array(z.string()),
  }),
  ownershipGovernance: z.string(),
  operationalIssues: z.array(TitledText.extend({ id, bodies: z.array(id).default([]) })),
  areaBalance: z.object({ year: z.number().int(), text: z.string() }),
  workingMethods: z.string(),
});

export const PlanSchema = z.object({
  timeZone: z.literal('Europe/Stockholm'),
  organisation: OrganisationSchema,
  municipalities: z.array(MunicipalitySchema).min(1),
  bodies: z.array(BodySchema).min(1),
  meetings: z.array(MeetingSchema),
  hostRotations: z.array(HostRotationSchema),
  budgets: z.array(BudgetSchema),
  /** Years the calendar covers fully (a question about another year gets "det står inte i planen"). */
  calendarYears: z.array(z.number().int()),
});

// ---- runtime state -------------------------------------------------------------------------

export const ConversationSchema = z.object({
  id: z.string().min(1),
  /**
   * Which channel reaches it ('botframework', 'slack', …): the name of a channel in bot/channels. A string,
   * not a list of channels, so a new channel needs no change here (files written with the old list load).
   */
  channel: z.string().regex(/^[a-z][a-z0-9_-]{0,63}$/),
  /** The Bot Framework ConversationReference (opaque here) or Slack channel info. */
  reference: z.record(z.string(), z.unknown()),
  /** Last understood query, for follow-ups ("och 2015?"). */
  context: z.record(z.string(), z.unknown()).optional(),
  active: z.boolean().default(true),
  inactiveReason: z.string().optional(),
  updatedAt: z.string(),
});

export const SubscriptionSchema = z.object({
  conversationId: z.string().min(1),
  /** Body ids, or ['*'] for all meetings. */
  bodies: z.array(z.string()).min(1),
  /** Lead times: days before at 09.00, or exact hours before the start. */
  leads: z
    .array(z.discriminatedUnion('unit', [
      z.object({ unit: z.literal('days'), value: z.number().int().min(0).max(60) }),
      z.object({ unit: z.literal('hours'), value: z.number().int().min(1).max(24 * 60) }),
    ]))
    .min(1),
  /** The secretariat's own subscription also gets notes about month-only dates. */
  secretariat: z.boolean().default(false),
  active: z.boolean().default(true),
  createdAt: z.string(),
  /**
   * Reminders that came due before this instant are not sent (set when the subscription is created,
   * changed or reactivated, so a new subscriber is not flooded with late reminders); createdAt if absent.
   */
  since: z.string().optional(),
  /** The language reminders and notices go out in: the conversation's when it subscribed (stores from before have none: Swedish). */
  lang: z.enum(['sv', 'en']).default('sv'),
});

export const SentReminderSchema = z.object({
  key: z.string(),
  conversationId: z.string(),
  meetingId: z.string(),
  kind: z.enum(['reminder', 'cancellation', 'dateToBeSet']),
  /** The meeting start the reminder was computed for (a moved meeting gets new reminders). */
  meetingStart: z.string().optional(),
  dueAt: z.string(),
  /**
   * sending: written before the send; sent: after it. unknown: a 'sending' found at start (the bot stopped
   * mid-send; not resent, see bot/reminders/scheduler.ts). skipped / failed: not sent, with a reason.
   */
  state: z.enum(['sending', 'sent', 'skipped', 'failed', 'unknown']),
  at: z.string(),
  late: z.boolean().default(false),
  /** The lead time, e.g. "7d" or "2h" (reminders only). */
  lead: z.string().optional(),
  /** Why it was skipped or failed. */
  reason: z.string().optional(),
  /** Delivery rounds tried so far (each round retries throttling and gateway errors itself). */
  attempts: z.number().int().min(0).default(0),
  /** A failed round that may be tried again from this instant (the meeting must not have started). */
  retryAt: z.string().optional(),
  /** The posted message (Bot Framework activity id, Slack ts), so it can be updated in place when the meeting changes. */
  messageId: z.string().max(200).optional(),
});

export const AuditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  summary: z.string(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  undoOf: z.string().optional(),
  /** The changed part's fingerprint just after the change (admin/changes.ts targetState): undo checks it. */
  state: z.string().optional(),
  /** The actor's display name when the change was made (the history shows it; the id is the fallback). */
  actorName: z.string().max(200).optional(),
  /** What changed in words, before → after, as the confirmation card showed it. */
  rows: z.array(z.object({ title: z.string(), before: z.string(), after: z.string() })).max(200).optional(),
});

/** Usage counters for one ISO week (Stockholm time). Counts only: never what anyone wrote. */
export const UsageWeekSchema = z.object({
  week: z.string().regex(/^\d{4}-W\d{2}$/),
  /** Answers by reply kind (nextMeeting, budget, notInPlan …). */
  questions: z.array(z.object({ kind: z.string().min(1).max(60), count: z.number().int().nonnegative() })).max(300).default([]),
  remindersSent: z.number().int().nonnegative().default(0),
  remindersFailed: z.number().int().nonnegative().default(0),
  noticesSent: z.number().int().nonnegative().default(0),
  noticesFailed: z.number().int().nonnegative().default(0),
});

export const RuntimeSchema = z.object({
  conversations: z.array(ConversationSchema).default([]),
  subscriptions: z.array(SubscriptionSchema).default([]),
  sentReminders: z.array(SentReminderSchema).default([]),
  audit: z.array(AuditEntrySchema).default([]),
  secretariat: z.array(z.string()).default([]),
  /** SECRETARIAT ids already added once, so an id removed in chat is not added back at the next start. */
  secretariatSeeded: z.array(z.string()).default([]),
  /** Keys of handled one-shot actions (confirm clicks, Slack event ids), so a retry applies once. */
  handledKeys: z.array(z.object({ key: z.string(), at: z.string() })).default([]),
  /** Per conversation, what the last question was about, so follow-ups ("och 2015?") survive a restart. */
  dialog: z.record(z.string(), z.object({ context: z.record(z.string(), z.unknown()), at: z.string() })).default({}),
  /** Pending confirmations (what a "Bekräfta" will apply). */
  pending: z.array(z.record(z.string(), z.unknown())).default([]),
  /** Usage counters per ISO week ("statistik"), the most recent weeks only. */
  usage: z.array(UsageWeekSchema).default([]),
});

export const StoreSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  plan: PlanSchema,
  runtime: RuntimeSchema.default({
    conversations: [],
    subscriptions: [],
    sentReminders: [],
    audit: [],
    secretariat: [],
    secretariatSeeded: [],
    handledKeys: [],
    dialog: {},
    pending: [],
    usage: [],
  }),
});

export type Municipality = z.infer<typeof MunicipalitySchema>;
export type Body = z.infer<typeof BodySchema>;
export type MeetingDate = z.infer<typeof MeetingDateSchema>;
export type MeetingTime = z.infer<typeof MeetingTimeSchema>;
export type Meeting = z.infer<typeof MeetingSchema>;
export type HostRotation = z.infer<typeof HostRotationSchema>;
export type BudgetLine = z.infer<typeof BudgetLineSchema>;
export type Budget = z.infer<typeof BudgetSchema>;
export type Organisation = z.infer<typeof OrganisationSchema>;
export type Plan = z.infer<typeof PlanSchema>;
export type Conversation = z.infer<typeof ConversationSchema>;
export type Subscription = z.infer<typeof SubscriptionSchema>;
export type SentReminder = z.infer<typeof SentReminderSchema>;
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export type UsageWeek = z.infer<typeof UsageWeekSchema>;
export type Runtime = z.infer<typeof RuntimeSchema>;
export type StoreData = z.infer<typeof StoreSchema>;

/** Cross-references a schema cannot express: every id a meeting or rotation names must exist. */
export function checkReferences(plan: Plan): string[] {
  const problems: string[] = [];
  const bodies = new Set(plan.bodies.map((b) => b.id));
  const munis = new Set(plan.municipalities.map((m) => m.id));
  const seen = new Set<string>();
  for (const m of plan.meetings) {
    if (seen.has(m.id)) problems.push(`möte ${m.id}: id:t finns två gånger`);
    seen.add(m.id);
    if (!bodies.has(m.body)) problems.push(`möte ${m.id}: okänt organ "${m.body}"`);
    for (const h of m.hosts) if (!munis.has(h)) problems.push(`möte ${m.id}: okänd kommun "${h}"`);
    if (m.date.kind === 'days' && m.date.end < m.date.start)
      problems.push(`möte ${m.id}: slutdatum före startdatum`);
    if (m.time.kind === 'clock' && m.time.end <= m.time.start)
      problems.push(`möte ${m.id}: sluttid före starttid`);
  }
  for (const r of plan.hostRotations) {
    if (!bodies.has(r.body)) problems.push(`värdskap ${r.year}: okänt organ "${r.body}"`);
    if (!munis.has(r.host)) problems.push(`värdskap ${r.year}: okänd kommun "${r.host}"`);
  }
  for (const b of plan.bodies) {
    for (const mm of b.memberMunicipalities)
      if (!munis.has(mm)) problems.push(`organ ${b.id}: okänd kommun "${mm}"`);
    if (b.hostMunicipality && !munis.has(b.hostMunicipality))
      problems.push(`organ ${b.id}: okänd värdkommun "${b.hostMunicipality}"`);
  }
  return problems;
}
