// The secretariat's commands. Shell around the pure parts (parse, applyChange, describe): who may, the
// confirmation step, applying once, history, undo, export and import.
//
// Flow: a command (text or card form) becomes a Change → it is tried on a copy of the plan and the store's
// schema → a confirmation card shows before → after and the Change waits in runtime.pending → "Bekräfta"
// applies it inside one store write that also records the audit entry (with the inverse, for "ångra") and
// a handled key, so a double click or a Teams retry applies it once.
import { randomBytes } from 'node:crypto';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { formatClock, formatWhen, TIME_ZONE } from '../domain/calendar.js';
import { only, type Command, type CommandContext, type TurnResult } from '../core/command.js';
import { log, type Effect } from '../core/effects.js';
import { PROPOSAL_LIFETIME_MS } from '../core/waiting.js';
import { reply, type Block, type Reply } from '../core/reply.js';
import { englishIn, type Lang } from '../text/lang.js';
import { PlanSchema, checkReferences, type AuditEntry, type Plan, type StoreData, type UsageWeek } from '../store/schema.js';
import { validateStore, type Current, type Store } from '../store/store.js';
import type { Logger } from '../log.js';
import { appliedParts, applyChange, ChangeError, ChangeSchema, partsOf, targetKeys, targetState, together, type Change, type SingleChange } from './changes.js';
import { alreadyText, describeChange } from './describe.js';
import { editMenu, formReply, changeFromForm } from './forms.js';
import { previousChange } from './requests.js';
import { replaceDay, type PendingProposal } from './natural.js';
import { plainAnswer } from './answers.js';
import { withoutAddress } from '../understand/address.js';
import type { Draft } from '../core/drafts.js';
import { MAX_CALENDAR_LINE_LENGTH, MAX_CALENDAR_LINES, parseAdmin, type AdminRequest } from './parse.js';
import { percent } from '../text/format.js';
import { say } from '../text/catalogue/index.js';

export interface ExportSink {
  /** Makes the exported plan available to the user; returns a link (server) or a file path (terminal). */
  publish(json: string): Promise<{ url?: string; path?: string }>;
}

export interface AdminDeps {
  exports?: ExportSink;
  /** Downloads an attached plan file (Teams/Emulator attachments). */
  fetchFile?: (url: string) => Promise<string>;
  /** The usage counters ("statistik" shows the counts not yet in the store too). */
  usage?: { withPending(stored: readonly UsageWeek[]): UsageWeek[] };
}

const PENDING_TTL_MS = PROPOSAL_LIFETIME_MS;
/** The secretariat's commands that carry data and so may be longer than a question. */
const IMPORT_COMMAND = /^\s*(importera|import)\b/i;
const CALENDAR_COMMAND = /^\s*(ny|nytt|lägg till|lagg till|new|add) (kalender|calendar|kalendarium)\b/i;
const MAX_CALENDAR_TEXT = (MAX_CALENDAR_LINES + 1) * (MAX_CALENDAR_LINE_LENGTH + 2);
const MAX_HANDLED = 1000;
/** Slack gives a request's time in whole seconds: a proposal within a second of it still counts as shown. */
const SENT_AT_SLACK_MS = 1000;

interface Pending {
  id: string;
  actor: string;
  conversationId: string;
  change: Change;
  summary: string;
  lang: Lang;
  createdAt: string;
  undoOf?: string;
  /** The card's before → after rows, so the card can be shown again once it is decided. */
  rows?: Array<{ title: string; before: string; after: string }>;
  /** The fingerprint of what the change acts on when it was proposed (targetState). */
  state?: string;
}

export function isSecretariat(data: { runtime: { secretariat: readonly string[] } }, userId: string): boolean {
  return data.runtime.secretariat.includes(userId);
}

/**
 * SECRETARIAT seeds the list: an id is added the first time it appears there; one removed in chat later
 * stays removed, even though the setting still names it.
 */
export async function seedSecretariat(store: Store, ids: string[], logger: Logger): Promise<void> {
  const seeded = new Set(store.runtime.secretariatSeeded);
  const add = ids.filter((id) => !seeded.has(id));
  if (!add.length) return;
  await store.commit({ actor: 'SECRETARIAT', action: 'secretariat.seed', summary: `Sekretariatet från inställningen: ${add.join(', ')}`, after: add }, ({ runtime }) => ({
    runtime: {
      secretariat: [...new Set([...runtime.secretariat, ...add])],
      secretariatSeeded: [...new Set([...runtime.secretariatSeeded, ...add])],
    },
  }));
  logger.info('secretariat seeded from SECRETARIAT', { added: add.length });
}

function refusal(lang: Lang): Reply {
  return reply('refused', lang, say(lang, 'onlyTheSecretariatCan'), [
    {
      type: 'text',
      text: say(lang, 'thePlanIsKept'),
    },
  ]);
}

/**
 * A plain yes or no ("ok go ahead", "ja", "nej") with no proposal of the writer's waiting here: said so, and how to
 * make one (a member is told who changes the plan instead).
 */
function noProposalReply(lang: Lang, answer: 'yes' | 'no', member: boolean): Reply {
  return reply('noProposal', lang, say(lang, answer === 'yes' ? 'nothingWaitsToConfirm' : 'nothingWaitsToCancel'), [
    { type: 'text', text: say(lang, answer === 'yes' ? 'noChangeWaitsHere' : 'noProposalWaitsHere') },
    { type: 'text', subtle: true, text: say(lang, member ? 'membersAskAway' : 'toMakeAChange') },
  ]);
}

/** Whether a proposal is still waiting: made less than PENDING_TTL_MS ago. An older one is decided by nothing (it goes at the next proposal). */
function fresh(p: StoreData['runtime']['pending'][number], now: Date): boolean {
  return Date.parse(String(p.createdAt)) > now.getTime() - PENDING_TTL_MS;
}

/**
 * The writer's proposals waiting in this conversation, oldest first: the one answer to which proposals a yes or a no,
 * a typed "bekräfta", and a correction may decide.
 */
function waitingProposals(ctx: CommandContext): StoreData['runtime']['pending'] {
  return ctx.data.runtime.pending.filter((x) => x.actor === ctx.msg.userId && x.conversationId === ctx.msg.conversationId && fresh(x, ctx.now));
}

/**
 * A yes or a no decides the latest proposal, the card just shown; the writer's others still waiting here are named
 * under the answer, with how to decide them (their cards' buttons, or another yes or no, which then takes the next).
 */
function withOthersWaiting(result: TurnResult, others: StoreData['runtime']['pending'], lang: Lang): TurnResult {
  if (!others.length) return result;
  const blocks: Block[] = [
    { type: 'text', text: say(lang, 'stillWaiting', others.length) },
    { type: 'list', items: others.map((o) => String((o as { summary?: unknown }).summary ?? '')).filter(Boolean) },
    { type: 'text', subtle: true, text: say(lang, 'decideItOnItsCard') },
  ];
  return { ...result, replies: result.replies.map((r) => (r.kind === 'confirmed' || r.kind === 'cancelled' ? { ...r, blocks: [...r.blocks, ...blocks] } : r)) };
}

function errorReply(message: string, lang: Lang): Reply {
  return reply('adminError', lang, say(lang, 'nothingWasChanged'), [{ type: 'text', text: message }]);
}

function confirmationCard(p: Pending, rows: Array<{ title: string; before: string; after: string }>, warnings: string[]): Reply {
  const lang = p.lang;
  const blocks: Block[] = [
    { type: 'facts', facts: rows.flatMap((r) => [{ title: r.title, value: `${r.before} → ${r.after}` }]) },
    ...warnings.map((w) => ({ type: 'text' as const, text: `⚠ ${w}` })),
    { type: 'text', subtle: true, text: say(lang, 'nothingChangesUntilYou') },
  ];
  return reply('confirm', lang, p.summary, blocks, [
    { kind: 'submit', title: say(lang, 'confirm'), data: { admin: 'confirm', id: p.id }, style: 'positive' },
    { kind: 'submit', title: say(lang, 'cancelButton'), data: { admin: 'cancel', id: p.id }, style: 'destructive' },
  ]);
}

/**
 * Tries a change on a copy of the plan and the schema; returns its description, with the parts of it that would change
 * nothing (changes.ts unchangedParts), or throws ChangeError. The change is applied once for both.
 */
export function tryChange(data: Pick<Current, 'schemaVersion' | 'plan' | 'runtime'>, change: Change, lang: Lang) {
  const before = { plan: data.plan, secretariat: data.runtime.secretariat };
  const { plans, unchanged } = appliedParts(before, change);
  const after = plans.at(-1)!;
  try {
    validateStore({ ...data, plan: after.plan, runtime: { ...data.runtime, secretariat: after.secretariat } });
  } catch (e) {
    throw new ChangeError(say(lang, 'theChangeWouldMake', (e as Error).message));
  }
  return { ...describeChange(change, before, after, lang, plans), unchanged };
}

/** Adds a new year's plan to the current one: everything in the file is added or replaces what has its id. */
export function mergePlan(current: Plan, incoming: Plan): Plan {
  const upsert = <T>(a: T[], b: T[], key: (x: T) => string) => {
    const map = new Map(a.map((x) => [key(x), x]));
    for (const x of b) map.set(key(x), x);
    return [...map.values()];
  };
  return {
    ...current,
    organisation: incoming.organisation,
    municipalities: upsert(current.municipalities, incoming.municipalities, (m) => m.id),
    bodies: upsert(current.bodies, incoming.bodies, (b) => b.id),
    meetings: upsert(current.meetings, incoming.meetings, (m) => m.id),
    hostRotations: upsert(current.hostRotations, incoming.hostRotations, (r) => `${r.body}:${r.year}`).sort((a, b) => a.body.localeCompare(b.body) || a.year - b.year),
    budgets: upsert(current.budgets, incoming.budgets, (b) => String(b.year)).sort((a, b) => a.year - b.year),
    calendarYears: [...new Set([...current.calendarYears, ...incoming.calendarYears])].sort(),
  };
}

export function adminCommands(deps: AdminDeps = {}): Command[] {
  // Kept per message (the core may ask twice: whether a command takes it, then in its turn).
  const parsed = new WeakMap<CommandContext['msg'], AdminRequest | undefined>();
  /** The text each request was read from (a follow-up's is the asked-for request and the follow-up together). */
  const readFrom = new WeakMap<CommandContext['msg'], string>();
  /** DEBUG_NLU: how each message was read as a change request (its frame, its signals, why it stays a question). */
  const readSteps = new WeakMap<CommandContext['msg'], string[]>();
  // A member's change request that lacked something waits as the conversation's open question
  // (ctx.draft, core/drafts.ts) until their next message: that message is read together with it
  // ("flytta LG 20/5" → "Till vilket datum?" → "till 27/5"); the turn lets it lapse otherwise.
  const parse = (ctx: CommandContext) => {
    if (!parsed.has(ctx.msg)) {
      const why: string[] | undefined = ctx.debugNlu ? [] : undefined;
      if (why) readSteps.set(ctx.msg, why);
      const pctx = { plan: ctx.plan.plan, lexicon: ctx.lexicon, now: ctx.now, previous: previousChange(ctx.data, ctx.msg.userId, ctx.msg.conversationId, ctx.now), reading: ctx.reading, pending: waitingProposal(ctx) ?? cancelledProposal(ctx), ...(why ? { why } : {}), ...(isSecretariat(ctx.data, ctx.msg.userId) ? {} : { member: true }) };
      let text = ctx.msg.text;
      let request = text ? parseAdmin(text, pctx, ctx.lang) : undefined;
      const draft = ctx.draft;
      // "ja" to "Menar du fredag 20 maj?": the request with the meeting's day.
      if (draft?.retry && !ctx.msg.value && plainAnswer(ctx.reading.words ?? [], ctx.lexicon.data.plainAnswers)?.answer === 'yes' && ctx.now.getTime() - draft.at <= DRAFT_TTL_MS && isSecretariat(ctx.data, ctx.msg.userId)) {
        const offered = parseAdmin(draft.retry, pctx, draft.lang);
        if (offered?.type === 'change') [request, text] = [offered, draft.retry];
      } else if (draft?.text && !ctx.msg.value) {
        // One message answers the question, or the question lapses (the turn drops it).
        // (A request of its own that lacks something, "ändra personal till sexhundratusen" after "Vilken budgetrad, och
        // vilket belopp?", is asked about on its own: joined, it would take the earlier message's amount.)
        const ownQuestion = request?.type === 'error' && request.missing;
        if (request?.type !== 'change' && !ownQuestion && ctx.now.getTime() - draft.at <= DRAFT_TTL_MS && answersDraft(ctx.folded, ctx.lexicon.data.exactWords?.draftNotAnswer ?? []) && isSecretariat(ctx.data, ctx.msg.userId)) {
          const joined = `${draft.text} ${text.trim()}`;
          const both = parseAdmin(joined, pctx, draft.lang); // "move SK 22/9" → "29 September": the request's language
          if (both?.type === 'change' || (both?.type === 'error' && both.missing && !request)) [request, text] = [both, joined];
        }
      }
      // The words a change stores (a meeting's note and source, a label, a text) are the writer's: where the reading
      // wrote the message otherwise (a typo, a spoken form: "dom" → "de"), the same change read from the message
      // as sent, with only its greeting and thanks left out, gives them.
      if (request?.type === 'change' && ctx.reading.sent !== undefined) {
        const written = withoutAddress(ctx.reading.sent, ctx.lexicon.data.address);
        if (written !== text) {
          const asWritten = parseAdmin(written, { ...pctx, reading: undefined, why: undefined }, ctx.lang);
          if (asWritten?.type === 'change' && sameShape(asWritten.change, request.change)) request = { ...request, change: asWritten.change };
        }
      }
      parsed.set(ctx.msg, request);
      readFrom.set(ctx.msg, text);
    }
    return parsed.get(ctx.msg);
  };
  const keepDraft = (ctx: CommandContext): Effect => ({
    kind: 'setDraft',
    conversationId: ctx.msg.conversationId,
    userId: ctx.msg.userId,
    draft: draftOf(readFrom.get(ctx.msg) ?? ctx.msg.text, parsed.get(ctx.msg), ctx),
  });
  const draftOf = (text: string, request: AdminRequest | undefined, ctx: CommandContext): Draft => {
    const retry = request?.type === 'error' && request.suggest ? replaceDay(text, request.suggest.from, request.suggest.to) : undefined;
    return { text, lang: request?.lang ?? ctx.lang, at: ctx.now.getTime(), ...(retry ? { retry } : {}) };
  };
  const adminValue = (ctx: CommandContext) => (typeof ctx.msg.value?.admin === 'string' ? (ctx.msg.value.admin as string) : undefined);

  /**
   * A change tried on a copy and proposed with its confirmation card. A change, or a part of several, that would
   * change nothing ("2014: Tyresö → Tyresö") is never proposed: the plan's value is said, and where the change was
   * typed and carries one value (a host, a date, an amount) that value is asked for, the question kept as the
   * conversation's draft ("Haninge" next completes it). `typed`: the change was read from a message.
   */
  function prepare(ctx: CommandContext, change: Change, lang: Lang, undoOf?: string, typed = false): TurnResult {
    let described;
    let same: SingleChange[];
    const before = { plan: ctx.data.plan, secretariat: ctx.data.runtime.secretariat };
    try {
      described = tryChange(ctx.data, change, lang);
      same = described.unchanged;
    } catch (e) {
      // "SK 22/9 till 3/11" where SK meets 3/11 too: the clash said plainly in the reply's language; nothing changes.
      if (e instanceof ChangeError && e.clashes?.length) return only(errorReply(say(lang, 'clashesWithAnother', e.clashes.map((c) => formatWhen(c, lang)).join(', ')), lang));
      if (e instanceof ChangeError) return only(errorReply(e.message, lang));
      throw e;
    }
    if (same.length) {
      const said = say(lang, 'alreadyInPlan', same.map((p) => alreadyText(p, before, lang)).join('; '));
      const parts = partsOf(change);
      if (same.length < parts.length) {
        // The others are proposed; the card says which were so already.
        const rest = prepare(ctx, together(parts.filter((p) => !same.includes(p))), lang, undoOf, typed);
        return { ...rest, replies: rest.replies.map((r) => (r.kind === 'confirm' ? { ...r, blocks: [...r.blocks, { type: 'text' as const, text: said }] } : r)) };
      }
      const question = typed && same.length === 1 ? valueAskedFor(same[0]!, lang) : undefined;
      if (!question) return only(errorReply(said, lang));
      return {
        replies: [reply('clarify', lang, say(lang, 'alreadySo'), [{ type: 'text', text: said }, { type: 'text', text: question }, { type: 'text', subtle: true, text: say(lang, 'nothingWasChangedSentence') }])],
        effects: [keepDraft(ctx)],
      };
    }
    const data = ctx.data;
    const p: Pending = {
      id: randomBytes(9).toString('base64url'),
      actor: ctx.msg.userId,
      conversationId: ctx.msg.conversationId,
      change,
      summary: described.summary,
      rows: described.rows,
      lang,
      createdAt: ctx.now.toISOString(),
      state: targetState({ plan: data.plan, secretariat: data.runtime.secretariat }, change),
      ...(undoOf ? { undoOf } : {}),
    };
    return {
      replies: [confirmationCard(p, described.rows, described.warnings)],
      effects: [{ kind: 'propose', pending: p as unknown as Record<string, unknown>, dropBefore: ctx.now.getTime() - PENDING_TTL_MS }],
    };
  }

  function confirm(ctx: CommandContext, id: string, lang: Lang): TurnResult {
    const key = `confirm:${id}`;
    const { runtime } = ctx.data;
    const effects: Effect[] = [];
    // Before an import replaces the plan, the store is copied to a dated backup (docs/operations.md, "Backups"); no backup, no import.
    const waiting = runtime.pending.find((x) => x.id === id) as { change?: { kind?: unknown } } | undefined;
    if (waiting?.change?.kind === 'plan.replace' && !runtime.handledKeys.some((k) => k.key === key)) {
      effects.push({
        kind: 'backup',
        reason: 'import',
        failed: errorReply(say(lang, 'couldNotSaveA'), lang),
      });
    }
    const answer = (r: Reply): TurnResult => ({ replies: [r], effects });
    if (runtime.handledKeys.some((k) => k.key === key)) {
      return answer(reply('confirmed', lang, say(lang, 'alreadyDone'), [{ type: 'text', text: say(lang, 'thisChangeHasAlready') }]));
    }
    const raw = runtime.pending.find((x) => x.id === id);
    // (A card's Bekräfta pressed a day later: the proposal is too old, as the answer says.)
    if (!raw || !fresh(raw, ctx.now)) return answer(errorReply(say(lang, 'theProposalNoLonger'), lang));
    const p = raw as unknown as Pending;
    if (p.actor !== ctx.msg.userId) return answer(errorReply(say(lang, 'onlyThePersonWho'), lang));
    const change = ChangeSchema.parse(p.change);
    const before = { plan: ctx.data.plan, secretariat: runtime.secretariat };
    // What the proposal was made against must still hold: another member's change in between wins.
    if (p.state !== undefined && targetState(before, change) !== p.state) {
      const latest = [...runtime.audit].reverse().find((e) => e.at >= p.createdAt);
      const since = latest ? say(lang, 'latestChange', latest.summary, latest.actor) : '';
      return answer(
        errorReply(
          say(lang, 'thisHasChangedSince', since),
          lang,
        ),
      );
    }
    let target;
    let inverse;
    let described;
    try {
      ({ target, inverse } = applyChange(before, change));
      described = describeChange(change, before, target, p.lang);
      validateStore({ schemaVersion: ctx.data.schemaVersion, plan: target.plan, runtime: { ...runtime, secretariat: target.secretariat } });
    } catch (e) {
      if (e instanceof ChangeError || (e as { code?: string }).code === 'CHANGE_INVALID') {
        return answer(errorReply(say(lang, 'thePlanChangedSince', (e as Error).message), lang));
      }
      throw e;
    }
    const entry: AuditEntry = {
      id: randomBytes(9).toString('base64url'),
      at: ctx.now.toISOString(),
      actor: ctx.msg.userId,
      ...historyDetail(ctx.msg.userName, described.rows),
      action: change.kind,
      summary: described.summary,
      before: inverse,
      after: change,
      state: targetState(target, change),
      ...(p.undoOf ? { undoOf: p.undoOf } : {}),
    };
    effects.push(
      { kind: 'applyChange', pendingId: id, key, onVersion: ctx.plan.version, plan: target.plan, secretariat: target.secretariat, audit: entry, keepHandled: { prefix: 'confirm:', count: MAX_HANDLED } },
      log('info', 'plan changed', { actor: ctx.msg.userId, change: change.kind }), // the summary quotes what the member wrote: in the audit, not the log
      { kind: 'meetingsChanged', before: before.plan.meetings, after: target.plan.meetings },
    );
    return answer(
      reply('confirmed', lang, say(lang, 'done', described.summary), [
        // Several changes at once: each named, as the card named them.
        ...(change.kind === 'batch' ? [{ type: 'list' as const, items: described.rows.map((r) => (r.before || r.after ? `${r.title}: ${r.before} → ${r.after}` : r.title)) }] : []),
        ...described.warnings.map((w) => ({ type: 'text' as const, text: `⚠ ${w}` })),
        { type: 'text', subtle: true, text: say(lang, 'typeUndoToTake') },
      ]),
    );
  }

  function cancel(ctx: CommandContext, id: string, lang: Lang): TurnResult {
    const p = ctx.data.runtime.pending.find((x) => x.id === id);
    if (p && p.actor !== ctx.msg.userId) return only(errorReply(say(lang, 'onlyThePersonWhoProposed'), lang));
    if (!p) return only(errorReply(say(lang, 'theProposalNoLongerExists'), lang));
    // "nej" → "27/5 menade jag": the proposal just cancelled is kept for the next message, which may correct it
    // (a change of a kind a value can correct; not an undo, which is proposed by "ångra" alone).
    const kind = (p.change as { kind?: unknown } | undefined)?.kind;
    const correctable = !p.undoOf && typeof kind === 'string' && CORRECTABLE.has(kind);
    const cancelled: Draft = { text: '', lang, at: ctx.now.getTime(), cancelled: { change: p.change, lang: englishIn(p.lang) ?? 'sv' } };
    return {
      // The proposal cancelled is named: a "nej" may answer one of several waiting.
      replies: [reply('cancelled', lang, say(lang, 'proposalCancelled'), [...(typeof p.summary === 'string' && p.summary ? [{ type: 'text' as const, text: p.summary }] : []), { type: 'text', text: say(lang, 'nothingWasChangedSentence') }])],
      effects: [{ kind: 'cancelProposal', pendingId: id }, ...(correctable ? [{ kind: 'setDraft' as const, conversationId: ctx.msg.conversationId, userId: ctx.msg.userId, draft: cancelled }] : [])],
    };
  }

  function history(ctx: CommandContext, lang: Lang): Reply {
    return historyReply(ctx.data.runtime.audit, lang);
  }

  function undo(ctx: CommandContext, ref: string | undefined, lang: Lang): TurnResult {
    const audit = ctx.data.runtime.audit;
    const undone = new Set(audit.map((e) => e.undoOf).filter(Boolean));
    const entry = ref
      ? audit.find((e) => e.id.startsWith(ref) || e.id === ref)
      : [...audit].reverse().find((e) => e.actor === ctx.msg.userId && !e.undoOf && !undone.has(e.id) && ChangeSchema.safeParse(e.before).success);
    if (!entry) return only(errorReply(ref ? say(lang, 'noChangeWithId', ref) : say(lang, 'youHaveNoChange'), lang));
    if (undone.has(entry.id)) return only(errorReply(say(lang, 'thatChangeHasAlready'), lang));
    const inverse = ChangeSchema.safeParse(entry.before);
    if (!inverse.success) return only(errorReply(say(lang, 'thatChangeCannotBe'), lang));
    // Undoing must not take back a later change to the same thing (someone else's, or one's own) unseen.
    const made = ChangeSchema.safeParse(entry.after);
    const data = ctx.data;
    if (entry.state !== undefined && made.success && targetState({ plan: data.plan, secretariat: data.runtime.secretariat }, made.data) !== entry.state) {
      const keys = new Set(targetKeys(made.data));
      const later = audit
        .slice(audit.indexOf(entry) + 1)
        .reverse()
        .find((e) => {
          const c = ChangeSchema.safeParse(e.after);
          return c.success && targetKeys(c.data).some((k) => keys.has(k));
        });
      const who = later ? say(lang, 'laterChangeId', later.summary, later.actor, later.id.slice(0, 6)) : '';
      return only(errorReply(
        say(lang, 'whatWasChangedHas', who),
        lang,
      ));
    }
    return prepare(ctx, inverse.data, lang, entry.id);
  }

  async function importPlan(ctx: CommandContext, json: string | undefined, lang: Lang): Promise<TurnResult> {
    const refused = (message: string) => only(errorReply(message, lang));
    let text = json;
    const file = ctx.msg.attachments?.find((a) => a.url);
    if (!text && file?.url && deps.fetchFile) {
      try {
        text = await deps.fetchFile(file.url);
      } catch (e) {
        return refused(say(lang, 'couldNotFetchThe', (e as Error).message));
      }
    }
    if (!text) return refused(say(lang, 'attachThePlanFile'));
    let incoming: unknown;
    try {
      incoming = JSON.parse(text);
    } catch (e) {
      return refused(say(lang, 'theFileIsNot', (e as Error).message));
    }
    // An export holds the whole store document; a plan file holds just the plan.
    const candidate = (incoming as { plan?: unknown })?.plan ?? incoming;
    const plan = PlanSchema.safeParse(candidate);
    if (!plan.success) {
      const problems = plan.error.issues.slice(0, 8).map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
      return refused(say(lang, 'theFileDoesNot', problems));
    }
    const refs = checkReferences(plan.data);
    if (refs.length) return refused(say(lang, 'theFileIsInconsistent', refs.slice(0, 8).join('\n')));
    return prepare(ctx, { kind: 'plan.replace', plan: mergePlan(ctx.plan.plan, plan.data) }, lang);
  }

  async function exportPlan(ctx: CommandContext, lang: Lang): Promise<Reply> {
    // Publishing the file is the export sink's (a link that lasts ten minutes), not the store's.
    if (!deps.exports) return errorReply(say(lang, 'exportIsNotAvailable'), lang);
    const json = JSON.stringify({ schemaVersion: ctx.data.schemaVersion, plan: ctx.plan.plan }, null, 2);
    const where = await deps.exports.publish(json);
    const blocks: Block[] = [{ type: 'text', text: say(lang, 'theWholePlanAs', Math.round(json.length / 1024)) }];
    if (where.path) blocks.push({ type: 'text', text: say(lang, 'savedAs', where.path) });
    if (where.url) blocks.push({ type: 'text', subtle: true, text: say(lang, 'theLinkWorksFor') });
    return reply('export', lang, say(lang, 'planExport'), blocks, where.url ? [{ kind: 'url', title: say(lang, 'downloadThePlan'), url: where.url }] : []);
  }

  function membersReply(ctx: CommandContext, lang: Lang): Reply {
    const ids = ctx.data.runtime.secretariat;
    return reply('secretariatMembers', lang, say(lang, 'theSecretariatMayChange'), [
      { type: 'list', items: ids.length ? ids : [say(lang, 'nobody')] },
      { type: 'text', subtle: true, text: say(lang, 'addAddSecretaryUser') },
    ]);
  }

  const secretariat: Command = {
    name: 'secretariat',
    // Who may change the plan ("sekretariatet?", "vem får ändra planen?") is the secretariat's list for its own members;
    // a member asking is asking a question about the plan, which the questions answer (the secretariat at Huddinge).
    matches: (ctx) => adminValue(ctx) !== undefined || (parse(ctx) !== undefined && !(parse(ctx)!.type === 'members' && !isSecretariat(ctx.data, ctx.msg.userId))),
    claimsLongText: (text) => IMPORT_COMMAND.test(text.slice(0, 64)) || CALENDAR_COMMAND.test(text.slice(0, 64)),
    explain(ctx) {
      const why = readSteps.get(ctx.msg);
      if (!why?.length) return undefined;
      const request = parsed.get(ctx.msg);
      return { read: request?.type === 'change' ? request.change.kind : (request?.type ?? 'a question'), steps: why };
    },
    async handle(ctx) {
      const action = adminValue(ctx);
      // Who may comes first: nothing a non-member sends is parsed beyond its first words.
      if (!isSecretariat(ctx.data, ctx.msg.userId)) {
        // In the request's language ("undo" is English whatever the locale), as a member's would be.
        const lang: Lang = englishIn(ctx.msg.value?.lang) ?? ((!action && parsed.get(ctx.msg)?.lang) || ctx.lang);
        return { replies: [refusal(lang)], effects: [log('warn', 'plan change refused: not in the secretariat', { user: ctx.msg.userId, attempt: action ?? 'text command', conversation: ctx.msg.conversationId })] };
      }
      // A pasted calendar is bounded by its lines (MAX_CALENDAR_LINES of MAX_CALENDAR_LINE_LENGTH): a longer
      // text is answered before any of it is read.
      if (!action && CALENDAR_COMMAND.test(ctx.msg.text.slice(0, 64)) && ctx.msg.text.length > MAX_CALENDAR_TEXT) {
        return only(errorReply(say(ctx.lang, 'aCalendarMayHave', MAX_CALENDAR_LINES, MAX_CALENDAR_LINE_LENGTH), ctx.lang));
      }
      const request = action ? undefined : parse(ctx);
      const lang: Lang = request?.lang ?? englishIn(ctx.msg.value?.lang) ?? ctx.lang;
      if (action) {
        const v = ctx.msg.value!;
        switch (action) {
          case 'confirm':
            return confirm(ctx, String(v.id ?? ''), lang);
          case 'cancel':
            return cancel(ctx, String(v.id ?? ''), lang);
          case 'form':
            return only(formReply(String(v.form ?? ''), ctx.plan.plan, lang));
          case 'formSubmit': {
            const built = changeFromForm(String(v.form ?? ''), v, ctx.plan.plan, lang);
            if ('error' in built) return only(errorReply(built.error, lang));
            return prepare(ctx, built.change, lang);
          }
          default:
            return only(errorReply(say(lang, 'unknownButton'), lang));
        }
      }
      if (!request) return only();
      switch (request.type) {
        case 'change': {
          const result = prepare(ctx, request.change, lang, undefined, true);
          const proposed = result.effects.some((e) => e.kind === 'propose');
          // A correction ("nej, 27/5 menade jag"): the new proposal takes the waiting one's place.
          const replaced = request.replaces && proposed ? [{ kind: 'cancelProposal' as const, pendingId: request.replaces }] : [];
          // Several changes in one message: the first is proposed; its card names the next ones in full and
          // says how to write them.
          const blocks: Block[] = [
            ...(replaced.length ? [{ type: 'text' as const, subtle: true, text: say(lang, 'replacesTheProposal') }] : []),
            ...nextChanges(ctx, request.then ?? [], lang),
            ...(request.note ? [{ type: 'text' as const, text: request.note }] : []),
          ];
          if (!blocks.length) return result;
          return { replies: result.replies.map((r) => (r.kind === 'confirm' ? { ...r, blocks: [...r.blocks, ...blocks] } : r)), effects: [...replaced, ...result.effects] };
        }
        case 'error':
          if (!request.missing) return only(errorReply(request.message, lang));
          return {
            replies: [reply('clarify', lang, say(lang, 'whatShouldChange'), [{ type: 'text', text: request.message }, { type: 'text', subtle: true, text: say(lang, 'nothingWasChangedSentence') }])],
            effects: [keepDraft(ctx)],
          };
        case 'history':
          return only(history(ctx, lang));
        case 'undo':
          return undo(ctx, request.ref, lang);
        case 'export':
          return only(await exportPlan(ctx, lang));
        case 'import':
          return importPlan(ctx, request.json, lang);
        case 'members':
          return only(membersReply(ctx, lang));
        case 'edit':
          return only(editMenu(lang));
        case 'confirmLatest':
        case 'cancelLatest': {
          const waiting = waitingProposals(ctx);
          const latest = waiting.at(-1);
          if (!latest) return only(noProposalReply(lang, request.type === 'confirmLatest' ? 'yes' : 'no', false));
          // A typed "bekräfta" confirms only a proposal that was on screen when it was sent: a replayed or
          // delayed confirmation must not confirm a proposal made after it.
          if (ctx.msg.sentAt && Date.parse(String(latest.createdAt)) > ctx.msg.sentAt.getTime() + SENT_AT_SLACK_MS) {
            return only(errorReply(say(lang, 'theLatestProposalWas'), lang));
          }
          const others = waiting.slice(0, -1);
          return withOthersWaiting(request.type === 'confirmLatest' ? confirm(ctx, String(latest.id), lang) : cancel(ctx, String(latest.id), lang), others, lang);
        }
      }
    },
  };
  // A whole yes/no to the one waiting proposal comes first: "no, cancel" must not be read as a cancellation
  // of a meeting that lacks its date.
  return [naturalAnswer(secretariat, parsed), withDecidedCards(secretariat), statistics(deps)];
}

/** The writer's own words in a change: replaced by '' where two readings of a message are compared. */
const WRITTEN_KEYS = new Set(['source', 'note', 'label', 'value', 'text', 'description']);
/** Whether two changes differ at most in the writer's own words (WRITTEN_KEYS). */
function sameShape(a: Change, b: Change): boolean {
  const shape = (c: Change) => JSON.stringify(c, (k, v: unknown) => (WRITTEN_KEYS.has(k) ? '' : v));
  return shape(a) === shape(b);
}

/** The writer's newest proposal waiting in this conversation (a correction replaces it), if any. */
function waitingProposal(ctx: CommandContext): PendingProposal | undefined {
  const p = waitingProposals(ctx).filter((x) => !x.undoOf).at(-1);
  const change = p ? ChangeSchema.safeParse(p.change) : undefined;
  return p && change?.success ? { id: String(p.id), change: change.data, lang: englishIn(p.lang) ?? 'sv' } : undefined;
}

/**
 * The proposal the writer cancelled with their previous message here (kept as the conversation's draft for
 * one message, DRAFT_TTL_MS at most): "nej" → "27/5 menade jag" proposes it corrected.
 */
function cancelledProposal(ctx: CommandContext): PendingProposal | undefined {
  const draft = ctx.draft;
  if (!draft?.cancelled || ctx.msg.value || ctx.now.getTime() - draft.at > DRAFT_TTL_MS) return undefined;
  const change = ChangeSchema.safeParse(draft.cancelled.change);
  return change.success ? { id: '', change: change.data, lang: draft.cancelled.lang, cancelled: true } : undefined;
}

/** The changes named after the one proposed, each as its card would name it ("Ställ in Ledningsgruppen fredag 14 oktober 2011"). */
function nextChanges(ctx: CommandContext, changes: readonly Change[], lang: Lang): Block[] {
  const items: string[] = [];
  for (const c of changes.slice(0, 4)) {
    try {
      const d = tryChange(ctx.data, c, lang);
      // "Budget 2011: Personal" and its row "Personal: …" are said once.
      const rows = d.rows.map((r) => `${r.title}: ${r.before} → ${r.after}`);
      items.push(d.rows.length === 1 && d.summary.endsWith(d.rows[0]!.title) ? `${d.summary}: ${d.rows[0]!.before} → ${d.rows[0]!.after}` : [d.summary, ...rows].join(' · '));
    } catch (e) {
      if (!(e instanceof ChangeError)) throw e;
    }
  }
  return items.length ? [{ type: 'text', text: say(lang, 'thenProposed') }, { type: 'list', items }] : [];
}

/**
 * The question for the one value a change carries, asked when the plan has that value already: the new host,
 * the new date or time, the new amount. Undefined where the change carries none to ask for (a cancellation).
 */
function valueAskedFor(change: SingleChange, lang: Lang): string | undefined {
  switch (change.kind) {
    case 'meeting.update':
      if (change.set.status) return undefined;
      if (change.set.hosts && !change.set.date && !change.set.time) return say(lang, 'whichMunicipalityIsTo');
      if (change.set.date) return say(lang, 'toWhatDateWrite');
      return change.set.time ? say(lang, 'whatTimeWriteE') : undefined;
    case 'rotation.set':
      return say(lang, 'askRotationYearOrMunicipality', true);
    case 'budget.line':
      return change.line ? say(lang, 'whatAmountHowMuch') : undefined;
    default:
      return undefined;
  }
}

/** The kinds of change a value given right after "nej" corrects (requests.ts readCorrection). */
const CORRECTABLE = new Set(['meeting.update', 'meeting.add', 'budget.line', 'rotation.set']);

/** How long a question for a missing piece waits for its answer, and how many wait at most. */
const DRAFT_TTL_MS = 30 * 60 * 1000;
/** The lexicon's first words of a message that is no answer (exactWords.draftNotAnswer) as one pattern, built once per list. */
const notAnswerPatterns = new WeakMap<readonly string[], RegExp>();
/** Whether a message may be the missing piece asked for: short, not a question, not a yes/no to a proposal. */
function answersDraft(folded: string, notAnswer: readonly string[]): boolean {
  let pattern = notAnswerPatterns.get(notAnswer);
  if (!pattern) notAnswerPatterns.set(notAnswer, (pattern = new RegExp(`^(${notAnswer.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`)));
  return folded !== '' && folded.split(' ').length <= 8 && !(notAnswer.length && pattern.test(folded));
}

const statsWords = (ctx: CommandContext): { sv: readonly string[]; en: readonly string[] } => ctx.lexicon.data.exactWords?.statistics ?? { sv: [], en: [] };

/** "statistik" (the secretariat only): per ISO week, answers by kind, the share "not in the plan", reminders. */
function statistics(deps: AdminDeps): Command {
  return {
    name: 'secretariat.statistics',
    // The whole messages that ask for it, by language (the lexicon's exactWords: read whole, no typo corrected to them).
    matches: (ctx) => !ctx.msg.value && (statsWords(ctx).sv.includes(ctx.folded) || statsWords(ctx).en.includes(ctx.folded)),
    async handle(ctx) {
      const lang: Lang = statsWords(ctx).en.includes(ctx.folded) ? 'en' : 'sv';
      if (!isSecretariat(ctx.data, ctx.msg.userId)) return only(refusal(lang));
      // The counts so far are shown, and put into the store (the runner flushes them).
      const weeks = deps.usage ? deps.usage.withPending(ctx.data.runtime.usage) : ctx.data.runtime.usage;
      return { replies: [statisticsReply(weeks, lang)], effects: [{ kind: 'flushUsage' }] };
    },
  };
}

export function statisticsReply(usage: readonly UsageWeek[], lang: Lang): Reply {
  const weeks = [...usage].reverse().slice(0, 8);
  const note: Block = { type: 'text', subtle: true, text: say(lang, 'countersOnlyNothingAnyone') };
  if (!weeks.length) return reply('statistics', lang, say(lang, 'noStatisticsYet'), [note]);
  const blocks: Block[] = [];
  for (const w of weeks) {
    const total = w.questions.reduce((n, q) => n + q.count, 0);
    const notInPlan = w.questions.find((q) => q.kind === 'notInPlan')?.count ?? 0;
    const [year, week] = w.week.split('-W');
    blocks.push({ type: 'heading', text: say(lang, 'week', Number(week), year) });
    blocks.push({
      type: 'facts',
      facts: [
        { title: say(lang, 'questions'), value: String(total) },
        { title: say(lang, 'notInThePlan'), value: `${notInPlan} (${percent(total ? notInPlan / total : 0, lang)})` },
        { title: say(lang, 'reminders'), value: say(lang, 'remindersDeliveredFailed', w.remindersSent, w.remindersFailed) },
        { title: say(lang, 'changeNotices'), value: say(lang, 'noticesDeliveredFailed', w.noticesSent, w.noticesFailed) },
      ],
    });
    const kinds = [...w.questions].sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
    if (kinds.length) blocks.push({ type: 'list', items: kinds.map((q) => `${q.kind}: ${q.count}`) });
  }
  blocks.push(note);
  return reply('statistics', lang, say(lang, 'statisticsByWeek'), blocks);
}

/**
 * "ja" / "ok" / "yes" confirm, "nej" / "no" cancel, the latest proposal this user has pending in this
 * conversation, as if they had typed "bekräfta" / "avbryt" (the answer names any other still waiting). With
 * none, the answer says that nothing waits (and how to make a change), in the words' own language; a yes to
 * "Menar du fredag 20 maj?" is left to the request it completes.
 */
function naturalAnswer(secretariat: Command, parsed: WeakMap<CommandContext['msg'], AdminRequest | undefined>): Command {
  const answer = (ctx: CommandContext) => {
    if (ctx.msg.value) return undefined;
    const read = plainAnswer(ctx.reading.words ?? [], ctx.lexicon.data.plainAnswers);
    if (!read) return undefined;
    const offered = read.answer === 'yes' && ctx.draft?.retry !== undefined && ctx.now.getTime() - ctx.draft.at <= DRAFT_TTL_MS;
    return offered && !waitingProposals(ctx).length ? undefined : read;
  };
  return {
    name: 'secretariat.naturalAnswer',
    matches: (ctx) => answer(ctx) !== undefined,
    explain: (ctx) => {
      const read = answer(ctx);
      return read ? { read: `a plain ${read.answer}`, waiting: waitingProposals(ctx).length } : undefined;
    },
    async handle(ctx) {
      const read = answer(ctx)!;
      const yes = read.answer === 'yes';
      const mine = waitingProposals(ctx);
      if (!mine.length) {
        // "nej avbryt" to "Vilket belopp?": the change asked about is dropped (the turn lets the question lapse).
        const draft = ctx.draft;
        if (!yes && draft && (draft.text || draft.retry) && ctx.now.getTime() - draft.at <= DRAFT_TTL_MS && isSecretariat(ctx.data, ctx.msg.userId)) {
          const lang = read.lang ?? draft.lang;
          return only(reply('cancelled', lang, say(lang, 'proposalCancelled'), [{ type: 'text', text: say(lang, 'theChangeAskedAboutIsDropped') }, { type: 'text', text: say(lang, 'nothingWasChangedSentence') }]));
        }
        return only(noProposalReply(read.lang ?? ctx.lang, read.answer, !isSecretariat(ctx.data, ctx.msg.userId)));
      }
      // "nej avbryt" after an English proposal is answered in Swedish, "yes" after a Swedish one in English;
      // "ok" in the latest proposal's language.
      const lang = read.lang ?? (mine.at(-1)?.lang as Lang | undefined) ?? ctx.lang;
      const typed: CommandContext = { ...ctx, msg: { ...ctx.msg, text: yes ? 'bekräfta' : 'avbryt' }, folded: yes ? 'bekrafta' : 'avbryt', lang };
      parsed.set(typed.msg, { type: yes ? 'confirmLatest' : 'cancelLatest', lang });
      return secretariat.handle(typed);
    },
  };
}

/** Who made a change (display name) and what it did in words, kept with its audit entry for the history. */
function historyDetail(userName: string | undefined, rows: Array<{ title: string; before: string; after: string }>) {
  const name = userName?.replace(/\s+/g, ' ').trim().slice(0, 200);
  return { ...(name ? { actorName: name } : {}), rows: rows.slice(0, 200) };
}

/** The last ten changes: when (Stockholm time), who, what, and before → after. */
export function historyReply(audit: readonly AuditEntry[], lang: Lang): Reply {
  const entries = audit.slice(-10).reverse();
  if (!entries.length) return reply('history', lang, say(lang, 'noChangesYet'), []);
  const blocks: Block[] = [];
  for (const e of entries) {
    const at = new TZDate(Date.parse(e.at), TIME_ZONE);
    const when = format(at, say(lang, 'historyTimePattern'));
    blocks.push({ type: 'heading', text: `${e.summary}${e.undoOf ? say(lang, 'undoSuffix') : ''}` });
    blocks.push({ type: 'text', subtle: true, text: `${when} · ${e.actorName ?? e.actor} · id ${e.id.slice(0, 6)}` });
    if (e.rows?.length) blocks.push({ type: 'list', items: e.rows.slice(0, 8).map((r) => `${r.title}: ${r.before} → ${r.after}`) });
  }
  blocks.push({ type: 'text', subtle: true, text: say(lang, 'undoAGivenChange') });
  return reply('history', lang, say(lang, 'recentChanges'), blocks);
}

/** A confirmation card once decided: the same rows, no buttons, and who decided it when. */
export function decidedCard(p: Pending, how: 'confirmed' | 'cancelled', who: string, at: Date): Reply {
  const lang = p.lang;
  const when = formatClock(at, lang);
  const line = how === 'confirmed' ? say(lang, 'confirmedByAt', who, when) : say(lang, 'cancelledByAt', who, when);
  return reply(how === 'confirmed' ? 'confirmDone' : 'confirmCancelled', lang, p.summary, [
    ...(p.rows?.length ? [{ type: 'facts' as const, facts: p.rows.map((r) => ({ title: r.title, value: `${r.before} → ${r.after}` })) }] : []),
    { type: 'text', text: `${how === 'confirmed' ? '✔' : '✖'} ${line}` },
  ]);
}

/**
 * Around the secretariat's command: a confirmation decided by a button press (confirm or cancel) tells the
 * channel to update that card for everyone (Reply.sourceCard); a press on a proposal already decided
 * changes nothing and says so.
 */
function withDecidedCards(command: Command): Command {
  return {
    ...command,
    async handle(ctx) {
      const action = typeof ctx.msg.value?.admin === 'string' ? ctx.msg.value.admin : undefined;
      if (action !== 'confirm' && action !== 'cancel') return command.handle(ctx);
      const id = String(ctx.msg.value?.id ?? '');
      const shown = ctx.data.runtime.pending.find((x) => x.id === id) as unknown as Pending | undefined;
      // The answer is in the proposal's language, whatever locale the button press came with.
      const result = await command.handle(shown?.lang ? { ...ctx, lang: shown.lang } : ctx);
      const decided = result.effects.some((e) => (e.kind === 'applyChange' || e.kind === 'cancelProposal') && e.pendingId === id);
      const stillPending = !decided && ctx.data.runtime.pending.some((x) => x.id === id);
      const replies = result.replies.map((r) => {
        if (shown && !stillPending && (r.kind === 'confirmed' || r.kind === 'cancelled')) {
          return { ...r, sourceCard: decidedCard(shown, r.kind, ctx.msg.userName?.trim() || ctx.msg.userId, ctx.now) };
        }
        if (!shown && action === 'cancel' && r.kind === 'cancelled') {
          return reply('alreadyDecided', r.lang, say(r.lang, 'alreadyDecided'), [
            { type: 'text', text: say(r.lang, 'theProposalHasAlready') },
          ]);
        }
        return r;
      });
      return { replies, effects: result.effects };
    },
  };
}
