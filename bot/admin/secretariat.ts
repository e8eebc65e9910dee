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
import { formatClock, TIME_ZONE } from '../domain/calendar.js';
import { only, type Command, type CommandContext, type TurnResult } from '../core/command.js';
import { log, type Effect } from '../core/effects.js';
import { reply, type Block, type Reply } from '../core/reply.js';
import { t, type Lang } from '../text/lang.js';
import { PlanSchema, checkReferences, type AuditEntry, type Plan, type UsageWeek } from '../store/schema.js';
import { validateStore, type Current, type Store } from '../store/store.js';
import type { Logger } from '../log.js';
import { applyChange, ChangeError, ChangeSchema, targetKey, targetState, type Change } from './changes.js';
import { describeChange } from './describe.js';
import { editMenu, formReply, changeFromForm } from './forms.js';
import { previousChange } from './requests.js';
import { MAX_CALENDAR_LINE_LENGTH, MAX_CALENDAR_LINES, parseAdmin, type AdminRequest } from './parse.js';
import { percent } from '../text/format.js';

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

const PENDING_TTL_MS = 24 * 60 * 60 * 1000;
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
  return reply('refused', lang, t(lang, 'Det här får bara sekretariatet göra', 'Only the secretariat can do this'), [
    {
      type: 'text',
      text: t(
        lang,
        'Planen ändras av samarbetskommitténs sekretariat i Huddinge. Hör av dig till dem om något behöver ändras. Frågor om planen svarar jag gärna på – skriv "hjälp".',
        "The plan is kept by the committee's secretariat in Huddinge. Contact them if something needs changing. I'm happy to answer questions about the plan – type \"help\".",
      ),
    },
  ]);
}

function errorReply(message: string, lang: Lang): Reply {
  return reply('adminError', lang, t(lang, 'Inget ändrades', 'Nothing was changed'), [{ type: 'text', text: message }]);
}

function confirmationCard(p: Pending, rows: Array<{ title: string; before: string; after: string }>, warnings: string[]): Reply {
  const lang = p.lang;
  const blocks: Block[] = [
    { type: 'facts', facts: rows.flatMap((r) => [{ title: r.title, value: `${r.before} → ${r.after}` }]) },
    ...warnings.map((w) => ({ type: 'text' as const, text: `⚠ ${w}` })),
    { type: 'text', subtle: true, text: t(lang, 'Inget ändras förrän du trycker Bekräfta (eller skriver "bekräfta"). "Avbryt" stryker förslaget.', 'Nothing changes until you press Confirm (or type "confirm"). "Cancel" drops the proposal.') },
  ];
  return reply('confirm', lang, p.summary, blocks, [
    { kind: 'submit', title: t(lang, 'Bekräfta', 'Confirm'), data: { admin: 'confirm', id: p.id }, style: 'positive' },
    { kind: 'submit', title: t(lang, 'Avbryt', 'Cancel'), data: { admin: 'cancel', id: p.id }, style: 'destructive' },
  ]);
}

/** Tries a change on a copy of the plan and the schema; returns its description or throws ChangeError. */
export function tryChange(data: Pick<Current, 'schemaVersion' | 'plan' | 'runtime'>, change: Change, lang: Lang) {
  const before = { plan: data.plan, secretariat: data.runtime.secretariat };
  const { target: after } = applyChange(before, change);
  try {
    validateStore({ ...data, plan: after.plan, runtime: { ...data.runtime, secretariat: after.secretariat } });
  } catch (e) {
    throw new ChangeError(t(lang, `Ändringen skulle göra planen ogiltig:\n${(e as Error).message}`, `The change would make the plan invalid:\n${(e as Error).message}`));
  }
  return describeChange(change, before, after, lang);
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
  // A member's change request that lacked something waits as the conversation's open question
  // (ctx.draft, core/drafts.ts) until their next message: that message is read together with it
  // ("flytta LG 20/5" → "Till vilket datum?" → "till 27/5"); the turn lets it lapse otherwise.
  const parse = (ctx: CommandContext) => {
    if (!parsed.has(ctx.msg)) {
      const pctx = { plan: ctx.plan.plan, lexicon: ctx.lexicon, now: ctx.now, previous: previousChange(ctx.data, ctx.msg.userId, ctx.msg.conversationId, ctx.now) };
      let text = ctx.msg.text;
      let request = text ? parseAdmin(text, pctx, ctx.lang) : undefined;
      const draft = ctx.draft;
      if (draft && !ctx.msg.value) {
        // One message answers the question, or the question lapses (the turn drops it).
        if (request?.type !== 'change' && ctx.now.getTime() - draft.at <= DRAFT_TTL_MS && answersDraft(ctx.folded) && isSecretariat(ctx.data, ctx.msg.userId)) {
          const joined = `${draft.text} ${text.trim()}`;
          const both = parseAdmin(joined, pctx, draft.lang); // "move SK 22/9" → "29 September": the request's language
          if (both?.type === 'change' || (both?.type === 'error' && both.missing && !request)) [request, text] = [both, joined];
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
    draft: { text: readFrom.get(ctx.msg) ?? ctx.msg.text, lang: parsed.get(ctx.msg)?.lang ?? ctx.lang, at: ctx.now.getTime() },
  });
  const adminValue = (ctx: CommandContext) => (typeof ctx.msg.value?.admin === 'string' ? (ctx.msg.value.admin as string) : undefined);

  function prepare(ctx: CommandContext, change: Change, lang: Lang, undoOf?: string): TurnResult {
    let described;
    try {
      described = tryChange(ctx.data, change, lang);
    } catch (e) {
      if (e instanceof ChangeError) return only(errorReply(e.message, lang));
      throw e;
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
        failed: errorReply(t(lang, 'Kunde inte spara en säkerhetskopia av planen före importen, så importen gjordes inte. Försök igen om en stund.', 'Could not save a backup of the plan before the import, so the import was not made. Try again shortly.'), lang),
      });
    }
    const answer = (r: Reply): TurnResult => ({ replies: [r], effects });
    if (runtime.handledKeys.some((k) => k.key === key)) {
      return answer(reply('confirmed', lang, t(lang, 'Redan genomförd', 'Already done'), [{ type: 'text', text: t(lang, 'Den här ändringen är redan genomförd. Inget mer ändrades.', 'This change has already been applied. Nothing more changed.') }]));
    }
    const raw = runtime.pending.find((x) => x.id === id);
    if (!raw) return answer(errorReply(t(lang, 'Förslaget finns inte längre (avbrutet eller för gammalt). Skriv kommandot igen.', 'The proposal no longer exists (cancelled or too old). Type the command again.'), lang));
    const p = raw as unknown as Pending;
    if (p.actor !== ctx.msg.userId) return answer(errorReply(t(lang, 'Bara den som gjorde förslaget kan bekräfta det.', 'Only the person who proposed it can confirm it.'), lang));
    const change = ChangeSchema.parse(p.change);
    const before = { plan: ctx.data.plan, secretariat: runtime.secretariat };
    // What the proposal was made against must still hold: another member's change in between wins.
    if (p.state !== undefined && targetState(before, change) !== p.state) {
      const latest = [...runtime.audit].reverse().find((e) => e.at >= p.createdAt);
      const since = latest ? t(lang, ` Senaste ändringen: ${latest.summary} (${latest.actor}).`, ` Latest change: ${latest.summary} (${latest.actor}).`) : '';
      return answer(
        errorReply(
          t(
            lang,
            `Det här har ändrats sedan förslaget gjordes, så förslaget genomfördes inte.${since} Skriv ändringen igen om den fortfarande behövs.`,
            `This has changed since the proposal was made, so it was not applied.${since} Type the change again if it is still needed.`,
          ),
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
        return answer(errorReply(t(lang, `Planen har ändrats sedan förslaget gjordes, så det gick inte att genomföra: ${(e as Error).message}`, `The plan changed since this was proposed, so it could not be applied: ${(e as Error).message}`), lang));
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
      reply('confirmed', lang, t(lang, `Klart: ${described.summary}`, `Done: ${described.summary}`), [
        ...described.warnings.map((w) => ({ type: 'text' as const, text: `⚠ ${w}` })),
        { type: 'text', subtle: true, text: t(lang, 'Skriv "ångra" för att ta tillbaka ändringen, "ändringar" för historiken.', 'Type "undo" to take it back, "changes" for the history.') },
      ]),
    );
  }

  function cancel(ctx: CommandContext, id: string, lang: Lang): TurnResult {
    const p = ctx.data.runtime.pending.find((x) => x.id === id);
    if (p && p.actor !== ctx.msg.userId) return only(errorReply(t(lang, 'Bara den som gjorde förslaget kan avbryta det.', 'Only the person who proposed it can cancel it.'), lang));
    if (!p) return only(errorReply(t(lang, 'Förslaget finns inte längre (redan genomfört, avbrutet eller för gammalt).', 'The proposal no longer exists (already applied, cancelled or too old).'), lang));
    return {
      replies: [reply('cancelled', lang, t(lang, 'Avbrutet', 'Cancelled'), [{ type: 'text', text: t(lang, 'Inget ändrades.', 'Nothing was changed.') }])],
      effects: [{ kind: 'cancelProposal', pendingId: id }],
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
    if (!entry) return only(errorReply(ref ? t(lang, `Ingen ändring med id "${ref}".`, `No change with id "${ref}".`) : t(lang, 'Du har ingen ändring att ångra.', 'You have no change to undo.'), lang));
    if (undone.has(entry.id)) return only(errorReply(t(lang, 'Den ändringen är redan ångrad.', 'That change has already been undone.'), lang));
    const inverse = ChangeSchema.safeParse(entry.before);
    if (!inverse.success) return only(errorReply(t(lang, 'Den ändringen kan inte ångras.', 'That change cannot be undone.'), lang));
    // Undoing must not take back a later change to the same thing (someone else's, or one's own) unseen.
    const made = ChangeSchema.safeParse(entry.after);
    const data = ctx.data;
    if (entry.state !== undefined && made.success && targetState({ plan: data.plan, secretariat: data.runtime.secretariat }, made.data) !== entry.state) {
      const key = targetKey(made.data);
      const later = audit
        .slice(audit.indexOf(entry) + 1)
        .reverse()
        .find((e) => {
          const c = ChangeSchema.safeParse(e.after);
          return c.success && targetKey(c.data) === key;
        });
      const who = later ? t(lang, ` Senare ändring: ${later.summary} (${later.actor}, id ${later.id.slice(0, 6)}).`, ` Later change: ${later.summary} (${later.actor}, id ${later.id.slice(0, 6)}).`) : '';
      return only(errorReply(
        t(
          lang,
          `Det som ändrades har ändrats igen efteråt, så ett ångra skulle ta bort den senare ändringen också.${who} Ångra den senare ändringen först, eller skriv den ändring du vill ha.`,
          `What was changed has been changed again since, so undoing it would take back the later change too.${who} Undo the later change first, or type the change you want.`,
        ),
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
        return refused(t(lang, `Kunde inte hämta filen: ${(e as Error).message}`, `Could not fetch the file: ${(e as Error).message}`));
      }
    }
    if (!text) return refused(t(lang, 'Bifoga planfilen (JSON) till meddelandet "importera" i den personliga chatten med mig, eller klistra in filens innehåll efter ordet. I en kanal eller gruppchatt når bifogade filer mig inte: klistra in där.', 'Attach the plan file (JSON) to the message "import" in your personal chat with me, or paste its contents after the word. In a channel or group chat attached files do not reach me: paste there.'));
    let incoming: unknown;
    try {
      incoming = JSON.parse(text);
    } catch (e) {
      return refused(t(lang, `Filen är inte giltig JSON: ${(e as Error).message}`, `The file is not valid JSON: ${(e as Error).message}`));
    }
    // An export holds the whole store document; a plan file holds just the plan.
    const candidate = (incoming as { plan?: unknown })?.plan ?? incoming;
    const plan = PlanSchema.safeParse(candidate);
    if (!plan.success) {
      const problems = plan.error.issues.slice(0, 8).map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
      return refused(t(lang, `Filen följer inte planens schema, inget ändrades:\n${problems}`, `The file does not follow the plan's schema, nothing changed:\n${problems}`));
    }
    const refs = checkReferences(plan.data);
    if (refs.length) return refused(t(lang, `Filen hänger inte ihop, inget ändrades:\n${refs.slice(0, 8).join('\n')}`, `The file is inconsistent, nothing changed:\n${refs.slice(0, 8).join('\n')}`));
    return prepare(ctx, { kind: 'plan.replace', plan: mergePlan(ctx.plan.plan, plan.data) }, lang);
  }

  async function exportPlan(ctx: CommandContext, lang: Lang): Promise<Reply> {
    // Publishing the file is the export sink's (a link that lasts ten minutes), not the store's.
    if (!deps.exports) return errorReply(t(lang, 'Export är inte tillgänglig här.', 'Export is not available here.'), lang);
    const json = JSON.stringify({ schemaVersion: ctx.data.schemaVersion, plan: ctx.plan.plan }, null, 2);
    const where = await deps.exports.publish(json);
    const blocks: Block[] = [{ type: 'text', text: t(lang, `Hela planen som JSON (${Math.round(json.length / 1024)} kB).`, `The whole plan as JSON (${Math.round(json.length / 1024)} kB).`) }];
    if (where.path) blocks.push({ type: 'text', text: t(lang, `Sparad som ${where.path}`, `Saved as ${where.path}`) });
    if (where.url) blocks.push({ type: 'text', subtle: true, text: t(lang, 'Länken gäller i tio minuter.', 'The link works for ten minutes.') });
    return reply('export', lang, t(lang, 'Export av planen', 'Plan export'), blocks, where.url ? [{ kind: 'url', title: t(lang, 'Ladda ner planen', 'Download the plan'), url: where.url }] : []);
  }

  function membersReply(ctx: CommandContext, lang: Lang): Reply {
    const ids = ctx.data.runtime.secretariat;
    return reply('secretariatMembers', lang, t(lang, 'Sekretariatet (får ändra planen)', 'The secretariat (may change the plan)'), [
      { type: 'list', items: ids.length ? ids : [t(lang, '(ingen)', '(nobody)')] },
      { type: 'text', subtle: true, text: t(lang, 'Lägg till: "lägg till sekreterare <användar-id>". Ta bort: "ta bort sekreterare <användar-id>".', 'Add: "add secretary <user id>". Remove: "remove secretary <user id>".') },
    ]);
  }

  const secretariat: Command = {
    name: 'secretariat',
    matches: (ctx) => adminValue(ctx) !== undefined || parse(ctx) !== undefined,
    claimsLongText: (text) => IMPORT_COMMAND.test(text.slice(0, 64)) || CALENDAR_COMMAND.test(text.slice(0, 64)),
    async handle(ctx) {
      const action = adminValue(ctx);
      // Who may comes first: nothing a non-member sends is parsed beyond its first words.
      if (!isSecretariat(ctx.data, ctx.msg.userId)) {
        // In the request's language ("undo" is English whatever the locale), as a member's would be.
        const lang: Lang = ctx.msg.value?.lang === 'en' ? 'en' : (!action && parsed.get(ctx.msg)?.lang) || ctx.lang;
        return { replies: [refusal(lang)], effects: [log('warn', 'plan change refused: not in the secretariat', { user: ctx.msg.userId, attempt: action ?? 'text command', conversation: ctx.msg.conversationId })] };
      }
      // A pasted calendar is bounded by its lines (MAX_CALENDAR_LINES of MAX_CALENDAR_LINE_LENGTH): a longer
      // text is answered before any of it is read.
      if (!action && CALENDAR_COMMAND.test(ctx.msg.text.slice(0, 64)) && ctx.msg.text.length > MAX_CALENDAR_TEXT) {
        return only(errorReply(t(ctx.lang, `En kalender får ha högst ${MAX_CALENDAR_LINES} rader om högst ${MAX_CALENDAR_LINE_LENGTH} tecken. Dela upp den i flera meddelanden.`, `A calendar may have at most ${MAX_CALENDAR_LINES} lines of at most ${MAX_CALENDAR_LINE_LENGTH} characters. Split it into several messages.`), ctx.lang));
      }
      const request = action ? undefined : parse(ctx);
      const lang: Lang = request?.lang ?? (ctx.msg.value?.lang === 'en' ? 'en' : ctx.lang);
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
            return only(errorReply(t(lang, 'Okänd knapp.', 'Unknown button.'), lang));
        }
      }
      if (!request) return only();
      switch (request.type) {
        case 'change': {
          // Several changes in one message: the first is proposed, its card says how to write the next.
          const result = prepare(ctx, request.change, lang);
          const note = request.note;
          if (!note) return result;
          return { ...result, replies: result.replies.map((r) => (r.kind === 'confirm' ? { ...r, blocks: [...r.blocks, { type: 'text' as const, text: note }] } : r)) };
        }
        case 'error':
          if (!request.missing) return only(errorReply(request.message, lang));
          return {
            replies: [reply('clarify', lang, t(lang, 'Vad ska ändras?', 'What should change?'), [{ type: 'text', text: request.message }, { type: 'text', subtle: true, text: t(lang, 'Inget ändrades.', 'Nothing was changed.') }])],
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
          const latest = [...ctx.data.runtime.pending].reverse().find((x) => x.actor === ctx.msg.userId && x.conversationId === ctx.msg.conversationId);
          if (!latest) return only(errorReply(t(lang, 'Det finns inget förslag att bekräfta här.', 'There is no proposal to confirm here.'), lang));
          // A typed "bekräfta" confirms only a proposal that was on screen when it was sent: a replayed or
          // delayed confirmation must not confirm a proposal made after it.
          if (ctx.msg.sentAt && Date.parse(String(latest.createdAt)) > ctx.msg.sentAt.getTime() + SENT_AT_SLACK_MS) {
            return only(errorReply(t(lang, 'Det senaste förslaget gjordes efter ditt meddelande, så det bekräftades inte. Tryck Bekräfta på förslaget eller skriv "bekräfta" igen.', 'The latest proposal was made after your message, so it was not confirmed. Press Confirm on the proposal or type "confirm" again.'), lang));
          }
          if (request.type === 'confirmLatest') return confirm(ctx, String(latest.id), lang);
          return cancel(ctx, String(latest.id), lang);
        }
      }
    },
  };
  return [withDecidedCards(secretariat), naturalAnswer(secretariat, parsed), statistics(deps)];
}

/** How long a question for a missing piece waits for its answer, and how many wait at most. */
const DRAFT_TTL_MS = 30 * 60 * 1000;
const DRAFT_NOT_ANSWER = /^(ja|nej|ok|okej|okay|yes|no|nope|bekrafta|avbryt|confirm|cancel|vem|vad|nar|var|vart|hur|vilken|vilket|vilka|varfor|who|what|when|where|which|how|why)\b/;
/** Whether a message may be the missing piece asked for: short, not a question, not a yes/no to a proposal. */
function answersDraft(folded: string): boolean {
  return folded !== '' && folded.split(' ').length <= 8 && !DRAFT_NOT_ANSWER.test(folded);
}

const STATS_WORDS = new Set(['statistik', 'statistiken', 'visa statistik', 'anvandning', 'anvandningsstatistik', 'statistics', 'stats', 'usage', 'show statistics']);

/** "statistik" (the secretariat only): per ISO week, answers by kind, the share "not in the plan", reminders. */
function statistics(deps: AdminDeps): Command {
  return {
    name: 'secretariat.statistics',
    matches: (ctx) => !ctx.msg.value && STATS_WORDS.has(ctx.folded),
    async handle(ctx) {
      const lang: Lang = /^(statistics|stats|usage|show)/.test(ctx.folded) ? 'en' : /^(statistik|visa|anvandning)/.test(ctx.folded) ? 'sv' : ctx.lang;
      if (!isSecretariat(ctx.data, ctx.msg.userId)) return only(refusal(lang));
      // The counts so far are shown, and put into the store (the runner flushes them).
      const weeks = deps.usage ? deps.usage.withPending(ctx.data.runtime.usage) : ctx.data.runtime.usage;
      return { replies: [statisticsReply(weeks, lang)], effects: [{ kind: 'flushUsage' }] };
    },
  };
}

export function statisticsReply(usage: readonly UsageWeek[], lang: Lang): Reply {
  const weeks = [...usage].reverse().slice(0, 8);
  const note: Block = { type: 'text', subtle: true, text: t(lang, 'Bara räknare: vad någon skrev sparas eller loggas inte. Veckor enligt ISO, svensk tid.', 'Counters only: nothing anyone wrote is stored or logged. ISO weeks, Swedish time.') };
  if (!weeks.length) return reply('statistics', lang, t(lang, 'Ingen statistik än', 'No statistics yet'), [note]);
  const blocks: Block[] = [];
  for (const w of weeks) {
    const total = w.questions.reduce((n, q) => n + q.count, 0);
    const notInPlan = w.questions.find((q) => q.kind === 'notInPlan')?.count ?? 0;
    const [year, week] = w.week.split('-W');
    blocks.push({ type: 'heading', text: t(lang, `Vecka ${Number(week)} ${year}`, `Week ${Number(week)} ${year}`) });
    blocks.push({
      type: 'facts',
      facts: [
        { title: t(lang, 'Frågor', 'Questions'), value: String(total) },
        { title: t(lang, '"Det står inte i planen"', '"Not in the plan"'), value: `${notInPlan} (${percent(total ? notInPlan / total : 0, lang)})` },
        { title: t(lang, 'Påminnelser', 'Reminders'), value: t(lang, `${w.remindersSent} levererade, ${w.remindersFailed} misslyckade`, `${w.remindersSent} delivered, ${w.remindersFailed} failed`) },
        { title: t(lang, 'Notiser om ändringar', 'Change notices'), value: t(lang, `${w.noticesSent} levererade, ${w.noticesFailed} misslyckade`, `${w.noticesSent} delivered, ${w.noticesFailed} failed`) },
      ],
    });
    const kinds = [...w.questions].sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
    if (kinds.length) blocks.push({ type: 'list', items: kinds.map((q) => `${q.kind}: ${q.count}`) });
  }
  blocks.push(note);
  return reply('statistics', lang, t(lang, 'Statistik per vecka', 'Statistics by week'), blocks);
}

// Whole answers only (folded), so a sentence that starts with "ja" is never read as one.
const YES = new Set(['ja', 'ok', 'okej', 'okay', 'yes', 'japp', 'jepp', 'yep', 'absolut', 'ja tack', 'ja gor det', 'japp gor det', 'ok gor det', 'gor det', 'kor', 'ok kor', 'kor pa', 'javisst', 'visst', 'ja bekrafta', 'yes please', 'yes do it', 'do it', 'go ahead', 'sure', 'yup', 'yeah', 'ja det stammer', 'ja precis', 'ja kor', 'yes go ahead', 'yes that s right', 'yes correct']);
const NO = new Set(['nej', 'no', 'nope', 'nä', 'na', 'nej tack', 'no thanks', 'glom det', 'strunta i det', 'skippa det', 'nej avbryt', 'never mind', 'nevermind', 'forget it', 'no cancel', 'nej det var fel', 'nej vanta', 'avbryt det', 'nej avbryt det', 'nej stryk det', 'no don t', 'no dont', 'don t', 'cancel that', 'no cancel that', 'no wait']);
const LONGEST_ANSWER = Math.max(...[...YES, ...NO].map((w) => w.length));

/**
 * "ja" / "ok" / "yes" confirm, "nej" / "no" cancel, the one proposal this user has pending in this
 * conversation, as if they had typed "bekräfta" / "avbryt". With none, or several, the words are left to
 * whatever handled them before.
 */
function naturalAnswer(secretariat: Command, parsed: WeakMap<CommandContext['msg'], AdminRequest | undefined>): Command {
  const answer = (ctx: CommandContext) => {
    if (ctx.msg.value || ctx.folded.length > LONGEST_ANSWER) return undefined;
    const word = YES.has(ctx.folded) ? 'yes' : NO.has(ctx.folded) ? 'no' : undefined;
    if (!word) return undefined;
    const cutoff = ctx.now.getTime() - PENDING_TTL_MS;
    const mine = ctx.data.runtime.pending.filter((x) => x.actor === ctx.msg.userId && x.conversationId === ctx.msg.conversationId && Date.parse(String(x.createdAt)) > cutoff);
    return mine.length === 1 ? word : undefined;
  };
  return {
    name: 'secretariat.naturalAnswer',
    matches: (ctx) => answer(ctx) !== undefined,
    async handle(ctx) {
      const yes = answer(ctx) === 'yes';
      const lang = (ctx.data.runtime.pending.find((x) => x.actor === ctx.msg.userId && x.conversationId === ctx.msg.conversationId)?.lang as Lang | undefined) ?? ctx.lang;
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
  if (!entries.length) return reply('history', lang, t(lang, 'Inga ändringar än', 'No changes yet'), []);
  const blocks: Block[] = [];
  for (const e of entries) {
    const at = new TZDate(Date.parse(e.at), TIME_ZONE);
    const when = format(at, lang === 'sv' ? 'd/M yyyy HH.mm' : 'd/M yyyy HH:mm');
    blocks.push({ type: 'heading', text: `${e.summary}${e.undoOf ? t(lang, ' (ångrad ändring)', ' (undo)') : ''}` });
    blocks.push({ type: 'text', subtle: true, text: `${when} · ${e.actorName ?? e.actor} · id ${e.id.slice(0, 6)}` });
    if (e.rows?.length) blocks.push({ type: 'list', items: e.rows.slice(0, 8).map((r) => `${r.title}: ${r.before} → ${r.after}`) });
  }
  blocks.push({ type: 'text', subtle: true, text: t(lang, 'Ångra en viss ändring: "ångra <id>". Tiderna är svensk tid.', 'Undo a given change: "undo <id>". Times are Swedish time (Europe/Stockholm).') });
  return reply('history', lang, t(lang, 'Senaste ändringarna', 'Recent changes'), blocks);
}

/** A confirmation card once decided: the same rows, no buttons, and who decided it when. */
export function decidedCard(p: Pending, how: 'confirmed' | 'cancelled', who: string, at: Date): Reply {
  const lang = p.lang;
  const when = formatClock(at, lang);
  const line = how === 'confirmed' ? t(lang, `Bekräftat av ${who} ${when}`, `Confirmed by ${who} at ${when}`) : t(lang, `Avbrutet av ${who} ${when}`, `Cancelled by ${who} at ${when}`);
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
          return reply('alreadyDecided', r.lang, t(r.lang, 'Redan avgjort', 'Already decided'), [
            { type: 'text', text: t(r.lang, 'Förslaget är redan bekräftat eller avbrutet (eller för gammalt). Inget ändrades.', 'The proposal has already been confirmed or cancelled (or is too old). Nothing was changed.') },
          ]);
        }
        return r;
      });
      return { replies, effects: result.effects };
    },
  };
}
