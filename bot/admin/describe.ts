// What a change does, in words: before → after for the confirmation card, the history and the audit.
import type { Lang } from '../text/lang.js';
import { formatWhen, formatTime } from '../domain/calendar.js';
import type { Meeting, Plan } from '../store/schema.js';
import { applyChange, type BatchChange, type Change, type SingleChange, type Target } from './changes.js';
import { bodyName, municipalityName } from '../domain/names.js';
import { budgetBalance } from '../domain/budget.js';
import { kronor } from '../text/format.js';
import { say } from '../text/catalogue/index.js';

export interface Described {
  summary: string;
  rows: Array<{ title: string; before: string; after: string }>;
  warnings: string[];
}

const none = (lang: Lang) => say(lang, 'none');

function names(plan: Plan, ids: string[], lang: Lang): string {
  return ids.length ? ids.map((id) => municipalityName(plan, id)).join(', ') : none(lang);
}
function meetingText(plan: Plan, m: Meeting, lang: Lang): string {
  return `${bodyName(plan, m.body)} ${formatWhen(m, lang)}${m.status === 'cancelled' ? say(lang, 'cancelledInParens') : ''}`;
}
function short(s: string, n = 160): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
function textOf(v: unknown): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(String).join(' / ');
  if (v && typeof v === 'object' && 'text' in v) return String((v as { text: unknown }).text);
  return JSON.stringify(v);
}

/**
 * What the plan has already for a change that would change nothing (changes.ts unchangedParts): the meeting
 * as it is (with its hosts where the hosts were asked for), the year's host, the line's amount.
 */
export function alreadyText(change: SingleChange, before: Target, lang: Lang): string {
  const plan = before.plan;
  switch (change.kind) {
    case 'meeting.update': {
      const m = plan.meetings.find((x) => x.id === change.meetingId);
      if (!m) break;
      if (change.set.hosts && !change.set.date && !change.set.time) return say(lang, 'meetingHostedBy', meetingText(plan, m, lang), names(plan, m.hosts, lang));
      return `${meetingText(plan, m, lang)}${change.set.status === 'planned' ? ` (${say(lang, 'planned')})` : ''}`;
    }
    case 'rotation.set': {
      const host = plan.hostRotations.find((r) => r.body === change.body && r.year === change.year)?.host;
      return `${say(lang, 'hostOf', bodyName(plan, change.body), change.year)}: ${host ? names(plan, [host], lang) : none(lang)}`;
    }
    case 'budget.line': {
      const old = plan.budgets.find((b) => b.year === change.year)?.[change.side].find((l) => l.id === change.lineId);
      if (old) return `${say(lang, 'budgetYearSummary', change.year, old.label)}: ${kronor(old.amount)}`;
      break;
    }
  }
  return describeOne(change, before, before, lang).summary;
}

/**
 * `before` and `after` are the whole target before and after the change (from applyChange); `plans`, where the caller
 * has them, the target after each part (changes.ts appliedParts), so that a batch is not applied again.
 */
export function describeChange(change: Change, before: Target, after: Target, lang: Lang, plans?: readonly Target[]): Described {
  const described = change.kind === 'batch' ? describeBatch(change, before, lang, plans) : describeOne(change, before, after, lang);
  // The budget must still balance; a change that breaks that is allowed, with a warning (of the whole
  // change: a batch that moves money from one line to another balances in the end).
  for (const b of after.plan.budgets) {
    const { income, costs, diff } = budgetBalance(b);
    const was = before.plan.budgets.find((x) => x.year === b.year);
    if (diff !== 0 && (!was || budgetBalance(was).diff !== diff)) {
      described.warnings.push(say(lang, 'theBudgetDoesNot', b.year, kronor(income), kronor(costs)));
    }
  }
  return described;
}

/**
 * Several changes confirmed together: each described on the plan the ones before it left, one row each
 * (what it is, before → after), its own warnings kept.
 */
function describeBatch(change: BatchChange, before: Target, lang: Lang, plans?: readonly Target[]): Described {
  const rows: Described['rows'] = [];
  const warnings: string[] = [];
  let current = before;
  for (const [i, part] of change.changes.entries()) {
    const next = plans?.[i + 1] ?? applyChange(current, part).target;
    const d = describeOne(part, current, next, lang);
    // "Budget 2011: Personal" and its row "Personal: …" are said once.
    const one = d.rows.length === 1;
    // "Flytta Ledningsgruppen fredag 20 maj 2011, 08.30–13.00" with its row "fredag 20 maj … → fredag 27 maj …":
    // the day is said once, in the row.
    const subject = one && d.rows[0]!.before && d.summary.endsWith(` ${d.rows[0]!.before}`) ? d.summary.slice(0, -d.rows[0]!.before.length - 1) : d.summary;
    for (const r of d.rows) rows.push({ title: one ? subject : `${d.summary} – ${r.title}`, before: r.before, after: r.after });
    if (!d.rows.length) rows.push({ title: d.summary, before: '', after: '' });
    for (const w of d.warnings) if (!warnings.includes(w)) warnings.push(w);
    current = next;
  }
  return { summary: say(lang, 'changesAtOnce', change.changes.length), rows, warnings };
}

function describeOne(change: SingleChange, before: Target, after: Target, lang: Lang): Described {
  const plan = before.plan;
  const rows: Described['rows'] = [];
  const warnings: string[] = [];
  let summary: string;
  switch (change.kind) {
    case 'meeting.update': {
      const a = before.plan.meetings.find((m) => m.id === change.meetingId)!;
      const b = after.plan.meetings.find((m) => m.id === change.meetingId)!;
      const when = (m: Meeting) => formatWhen(m, lang);
      if (change.set.date || change.set.time) rows.push({ title: say(lang, 'whenLabel'), before: when(a), after: when(b) });
      if (change.set.hosts) rows.push({ title: say(lang, 'hostLabel'), before: names(plan, a.hosts, lang), after: names(plan, b.hosts, lang) });
      if (change.set.status) rows.push({ title: say(lang, 'status'), before: a.status === 'cancelled' ? say(lang, 'statusCancelled') : say(lang, 'planned'), after: b.status === 'cancelled' ? say(lang, 'statusCancelled') : say(lang, 'planned') });
      if (change.set.note !== undefined) rows.push({ title: say(lang, 'noteLabel'), before: a.note ?? none(lang), after: b.note ?? none(lang) });
      const verb = change.set.status === 'cancelled' ? say(lang, 'cancel') : change.set.status === 'planned' ? say(lang, 'restore') : change.set.hosts && !change.set.date ? say(lang, 'newHostFor') : say(lang, 'move');
      summary = `${verb} ${meetingText(plan, a, lang)}`;
      break;
    }
    case 'meeting.add':
      summary = change.meetings.length === 1 ? say(lang, 'newMeetingSummary', meetingText(plan, change.meetings[0]!, lang)) : say(lang, 'newMeetings', change.meetings.length);
      for (const m of change.meetings) rows.push({ title: bodyName(plan, m.body), before: none(lang), after: `${formatWhen(m, lang)}${m.hosts.length ? ` – ${names(plan, m.hosts, lang)}` : ''}` });
      break;
    case 'meeting.remove':
      summary = say(lang, 'removeMeetings', change.meetingIds.length);
      for (const id of change.meetingIds) {
        const m = plan.meetings.find((x) => x.id === id);
        if (m) rows.push({ title: bodyName(plan, m.body), before: formatWhen(m, lang), after: none(lang) });
      }
      break;
    case 'rotation.set': {
      const old = plan.hostRotations.find((r) => r.body === change.body && r.year === change.year)?.host;
      summary = say(lang, 'hostOf', bodyName(plan, change.body), change.year);
      rows.push({ title: String(change.year), before: old ? names(plan, [old], lang) : none(lang), after: change.host ? names(plan, [change.host], lang) : none(lang) });
      break;
    }
    case 'budget.set': {
      // A year that has a budget (an undo of a line puts the year's budget back): the lines that differ.
      const was = plan.budgets.find((b) => b.year === change.year);
      if (was && change.budget) {
        summary = say(lang, 'budget', change.year);
        for (const side of ['income', 'costs'] as const) {
          const next = change.budget[side];
          for (const l of next) {
            const old = was[side].find((o) => o.id === l.id);
            if (old?.amount !== l.amount || old.label !== l.label) rows.push({ title: l.label, before: old ? kronor(old.amount) : none(lang), after: kronor(l.amount) });
          }
          for (const o of was[side]) if (!next.some((l) => l.id === o.id)) rows.push({ title: o.label, before: kronor(o.amount), after: say(lang, 'removed') });
        }
        break;
      }
      summary = change.budget ? say(lang, 'newBudget', change.year) : say(lang, 'removeTheBudget', change.year);
      for (const l of [...(change.budget?.income ?? []), ...(change.budget?.costs ?? [])]) rows.push({ title: l.label, before: none(lang), after: kronor(l.amount) });
      break;
    }
    case 'budget.line': {
      const old = plan.budgets.find((b) => b.year === change.year)?.[change.side].find((l) => l.id === change.lineId);
      summary = say(lang, 'budgetYearSummary', change.year, change.line?.label ?? old?.label ?? change.lineId);
      rows.push({ title: change.line?.label ?? old?.label ?? change.lineId, before: old ? kronor(old.amount) : none(lang), after: change.line ? kronor(change.line.amount) : say(lang, 'removed') });
      break;
    }
    case 'text.set': {
      const label = { vision: 'Vision', purpose: say(lang, 'purpose'), principles: say(lang, 'waysOfWorking') }[change.field as string] ?? change.field;
      summary = say(lang, 'newText', label);
      rows.push({ title: label, before: short(textOf((plan.organisation as Record<string, unknown>)[change.field])), after: short(textOf(change.value)) });
      break;
    }
    case 'body.set': {
      const old = plan.bodies.find((b) => b.id === change.bodyId);
      summary = old ? say(lang, 'change', old.name) : say(lang, 'newBody', change.body?.name);
      rows.push({ title: say(lang, 'members'), before: old ? names(plan, old.memberMunicipalities, lang) : none(lang), after: change.body ? names(plan, change.body.memberMunicipalities, lang) : none(lang) });
      if (change.body?.hostMunicipality !== old?.hostMunicipality) rows.push({ title: say(lang, 'hostMunicipality'), before: old?.hostMunicipality ? names(plan, [old.hostMunicipality], lang) : none(lang), after: change.body?.hostMunicipality ? names(plan, [change.body.hostMunicipality], lang) : none(lang) });
      break;
    }
    case 'calendarYears.set':
      summary = say(lang, 'calendarYears');
      rows.push({ title: summary, before: plan.calendarYears.join(', '), after: change.years.join(', ') });
      break;
    case 'secretariat.set':
      summary = change.member ? say(lang, 'addToTheSecretariat', change.userId) : say(lang, 'removeFromTheSecretariat', change.userId);
      rows.push({ title: say(lang, 'secretariat'), before: before.secretariat.join(', ') || none(lang), after: after.secretariat.join(', ') || none(lang) });
      break;
    case 'plan.replace': {
      summary = say(lang, 'importAPlan');
      const count = (p: Plan) => ({ m: p.meetings.length, y: [...new Set(p.calendarYears)].join(', '), b: p.budgets.map((x) => x.year).join(', '), r: p.hostRotations.length });
      const a = count(before.plan);
      const b = count(after.plan);
      rows.push({ title: say(lang, 'meetings'), before: String(a.m), after: String(b.m) });
      rows.push({ title: say(lang, 'calendarYears'), before: a.y, after: b.y });
      rows.push({ title: say(lang, 'budgetYears'), before: a.b, after: b.b });
      rows.push({ title: say(lang, 'hostYears'), before: String(a.r), after: String(b.r) });
      break;
    }
  }
  if (change.kind === 'meeting.add') {
    for (const m of change.meetings) {
      if (m.date.kind === 'month') continue;
      const month = (m.date.kind === 'day' ? m.date.date : m.date.start).slice(0, 7);
      const open = plan.meetings.find((o) => o.body === m.body && o.status === 'planned' && o.date.kind === 'month' && o.date.month === month);
      if (open) {
        warnings.push(say(lang, 'alreadyHasAMeeting', bodyName(plan, m.body), formatWhen(open, lang), formatWhen(open, lang).split(' (')[0]));
      }
    }
  }
  if (change.kind === 'meeting.update' && change.set.time && change.set.time.kind === 'clock') {
    const m = after.plan.meetings.find((x) => x.id === change.meetingId)!;
    const usual = after.plan.bodies.find((b) => b.id === m.body)?.usualTime;
    if (usual && (usual.start !== change.set.time.start || usual.end !== change.set.time.end)) {
      warnings.push(say(lang, 'usualTimeNote', bodyName(plan, m.body), formatTime({ ...m, time: { kind: 'clock', start: usual.start, end: usual.end } }, lang)));
    }
  }
  return { summary, rows, warnings };
}
