// What a change does, in words: before → after for the confirmation card, the history and the audit.
import { t, type Lang } from '../text/lang.js';
import { formatWhen, formatTime } from '../domain/calendar.js';
import type { Meeting, Plan } from '../store/schema.js';
import type { Change, Target } from './changes.js';
import { bodyName, municipalityName } from '../domain/names.js';
import { budgetBalance } from '../domain/budget.js';
import { kronor } from '../text/format.js';

export interface Described {
  summary: string;
  rows: Array<{ title: string; before: string; after: string }>;
  warnings: string[];
}

const none = (lang: Lang) => t(lang, '(inget)', '(none)');

function names(plan: Plan, ids: string[], lang: Lang): string {
  return ids.length ? ids.map((id) => municipalityName(plan, id)).join(', ') : none(lang);
}
function meetingText(plan: Plan, m: Meeting, lang: Lang): string {
  return `${bodyName(plan, m.body)} ${formatWhen(m, lang)}${m.status === 'cancelled' ? t(lang, ' (inställt)', ' (cancelled)') : ''}`;
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

/** `before` and `after` are the whole target before and after the change (from applyChange). */
export function describeChange(change: Change, before: Target, after: Target, lang: Lang): Described {
  const plan = before.plan;
  const rows: Described['rows'] = [];
  const warnings: string[] = [];
  let summary: string;
  switch (change.kind) {
    case 'meeting.update': {
      const a = before.plan.meetings.find((m) => m.id === change.meetingId)!;
      const b = after.plan.meetings.find((m) => m.id === change.meetingId)!;
      const when = (m: Meeting) => formatWhen(m, lang);
      if (change.set.date || change.set.time) rows.push({ title: t(lang, 'När', 'When'), before: when(a), after: when(b) });
      if (change.set.hosts) rows.push({ title: t(lang, 'Värd', 'Host'), before: names(plan, a.hosts, lang), after: names(plan, b.hosts, lang) });
      if (change.set.status) rows.push({ title: t(lang, 'Status', 'Status'), before: a.status === 'cancelled' ? t(lang, 'inställt', 'cancelled') : t(lang, 'planerat', 'planned'), after: b.status === 'cancelled' ? t(lang, 'inställt', 'cancelled') : t(lang, 'planerat', 'planned') });
      if (change.set.note !== undefined) rows.push({ title: t(lang, 'Not', 'Note'), before: a.note ?? none(lang), after: b.note ?? none(lang) });
      const verb = change.set.status === 'cancelled' ? t(lang, 'Ställ in', 'Cancel') : change.set.status === 'planned' ? t(lang, 'Återställ', 'Restore') : change.set.hosts && !change.set.date ? t(lang, 'Ny värd för', 'New host for') : t(lang, 'Flytta', 'Move');
      summary = `${verb} ${meetingText(plan, a, lang)}`;
      break;
    }
    case 'meeting.add':
      summary = change.meetings.length === 1 ? t(lang, `Nytt möte: ${meetingText(plan, change.meetings[0]!, lang)}`, `New meeting: ${meetingText(plan, change.meetings[0]!, lang)}`) : t(lang, `${change.meetings.length} nya möten`, `${change.meetings.length} new meetings`);
      for (const m of change.meetings) rows.push({ title: bodyName(plan, m.body), before: none(lang), after: `${formatWhen(m, lang)}${m.hosts.length ? ` – ${names(plan, m.hosts, lang)}` : ''}` });
      break;
    case 'meeting.remove':
      summary = t(lang, `Ta bort ${change.meetingIds.length} möten`, `Remove ${change.meetingIds.length} meetings`);
      for (const id of change.meetingIds) {
        const m = plan.meetings.find((x) => x.id === id);
        if (m) rows.push({ title: bodyName(plan, m.body), before: formatWhen(m, lang), after: none(lang) });
      }
      break;
    case 'rotation.set': {
      const old = plan.hostRotations.find((r) => r.body === change.body && r.year === change.year)?.host;
      summary = t(lang, `Värd för ${bodyName(plan, change.body)} ${change.year}`, `Host of ${bodyName(plan, change.body)} ${change.year}`);
      rows.push({ title: String(change.year), before: old ? names(plan, [old], lang) : none(lang), after: change.host ? names(plan, [change.host], lang) : none(lang) });
      break;
    }
    case 'budget.set': {
      // A year that has a budget (an undo of a line puts the year's budget back): the lines that differ.
      const was = plan.budgets.find((b) => b.year === change.year);
      if (was && change.budget) {
        summary = t(lang, `Budget ${change.year}`, `Budget ${change.year}`);
        for (const side of ['income', 'costs'] as const) {
          const next = change.budget[side];
          for (const l of next) {
            const old = was[side].find((o) => o.id === l.id);
            if (old?.amount !== l.amount || old.label !== l.label) rows.push({ title: l.label, before: old ? kronor(old.amount) : none(lang), after: kronor(l.amount) });
          }
          for (const o of was[side]) if (!next.some((l) => l.id === o.id)) rows.push({ title: o.label, before: kronor(o.amount), after: t(lang, '(borttagen)', '(removed)') });
        }
        break;
      }
      summary = change.budget ? t(lang, `Ny budget ${change.year}`, `New budget ${change.year}`) : t(lang, `Ta bort budgeten ${change.year}`, `Remove the ${change.year} budget`);
      for (const l of [...(change.budget?.income ?? []), ...(change.budget?.costs ?? [])]) rows.push({ title: l.label, before: none(lang), after: kronor(l.amount) });
      break;
    }
    case 'budget.line': {
      const old = plan.budgets.find((b) => b.year === change.year)?.[change.side].find((l) => l.id === change.lineId);
      summary = t(lang, `Budget ${change.year}: ${change.line?.label ?? old?.label ?? change.lineId}`, `Budget ${change.year}: ${change.line?.label ?? old?.label ?? change.lineId}`);
      rows.push({ title: change.line?.label ?? old?.label ?? change.lineId, before: old ? kronor(old.amount) : none(lang), after: change.line ? kronor(change.line.amount) : t(lang, '(borttagen)', '(removed)') });
      break;
    }
    case 'text.set': {
      const label = { vision: 'Vision', purpose: t(lang, 'Syfte', 'Purpose'), principles: t(lang, 'Förhållningssätt', 'Ways of working') }[change.field as string] ?? change.field;
      summary = t(lang, `Ny text: ${label}`, `New text: ${label}`);
      rows.push({ title: label, before: short(textOf((plan.organisation as Record<string, unknown>)[change.field])), after: short(textOf(change.value)) });
      break;
    }
    case 'body.set': {
      const old = plan.bodies.find((b) => b.id === change.bodyId);
      summary = old ? t(lang, `Ändra ${old.name}`, `Change ${old.name}`) : t(lang, `Nytt organ: ${change.body?.name}`, `New body: ${change.body?.name}`);
      rows.push({ title: t(lang, 'Medlemmar', 'Members'), before: old ? names(plan, old.memberMunicipalities, lang) : none(lang), after: change.body ? names(plan, change.body.memberMunicipalities, lang) : none(lang) });
      if (change.body?.hostMunicipality !== old?.hostMunicipality) rows.push({ title: t(lang, 'Värdkommun', 'Host municipality'), before: old?.hostMunicipality ? names(plan, [old.hostMunicipality], lang) : none(lang), after: change.body?.hostMunicipality ? names(plan, [change.body.hostMunicipality], lang) : none(lang) });
      break;
    }
    case 'calendarYears.set':
      summary = t(lang, 'Kalenderår', 'Calendar years');
      rows.push({ title: summary, before: plan.calendarYears.join(', '), after: change.years.join(', ') });
      break;
    case 'secretariat.set':
      summary = change.member ? t(lang, `Lägg till ${change.userId} i sekretariatet`, `Add ${change.userId} to the secretariat`) : t(lang, `Ta bort ${change.userId} ur sekretariatet`, `Remove ${change.userId} from the secretariat`);
      rows.push({ title: t(lang, 'Sekretariatet', 'Secretariat'), before: before.secretariat.join(', ') || none(lang), after: after.secretariat.join(', ') || none(lang) });
      break;
    case 'plan.replace': {
      summary = t(lang, 'Importera plan', 'Import a plan');
      const count = (p: Plan) => ({ m: p.meetings.length, y: [...new Set(p.calendarYears)].join(', '), b: p.budgets.map((x) => x.year).join(', '), r: p.hostRotations.length });
      const a = count(before.plan);
      const b = count(after.plan);
      rows.push({ title: t(lang, 'Möten', 'Meetings'), before: String(a.m), after: String(b.m) });
      rows.push({ title: t(lang, 'Kalenderår', 'Calendar years'), before: a.y, after: b.y });
      rows.push({ title: t(lang, 'Budgetår', 'Budget years'), before: a.b, after: b.b });
      rows.push({ title: t(lang, 'Värdår', 'Host years'), before: String(a.r), after: String(b.r) });
      break;
    }
  }
  // The budget must still balance; a change that breaks that is allowed, with a warning.
  for (const b of after.plan.budgets) {
    const { income, costs, diff } = budgetBalance(b);
    const was = before.plan.budgets.find((x) => x.year === b.year);
    if (diff !== 0 && (!was || budgetBalance(was).diff !== diff)) {
      warnings.push(t(lang, `Budgeten ${b.year} går inte ihop: intäkter ${kronor(income)}, kostnader ${kronor(costs)}.`, `The ${b.year} budget does not balance: income ${kronor(income)}, costs ${kronor(costs)}.`));
    }
  }
  if (change.kind === 'meeting.add') {
    for (const m of change.meetings) {
      if (m.date.kind === 'month') continue;
      const month = (m.date.kind === 'day' ? m.date.date : m.date.start).slice(0, 7);
      const open = plan.meetings.find((o) => o.body === m.body && o.status === 'planned' && o.date.kind === 'month' && o.date.month === month);
      if (open) {
        warnings.push(t(lang, `${bodyName(plan, m.body)} har redan ett möte ${formatWhen(open, lang)}. Om det är samma möte, ge det hellre en dag: "flytta ${bodyName(plan, m.body)} ${formatWhen(open, lang).split(' (')[0]} till …".`, `${bodyName(plan, m.body)} already has a meeting in ${formatWhen(open, lang)}. If it is the same meeting, give that one its day instead: "move … to …".`));
      }
    }
  }
  if (change.kind === 'meeting.update' && change.set.time && change.set.time.kind === 'clock') {
    const m = after.plan.meetings.find((x) => x.id === change.meetingId)!;
    const usual = after.plan.bodies.find((b) => b.id === m.body)?.usualTime;
    if (usual && (usual.start !== change.set.time.start || usual.end !== change.set.time.end)) {
      warnings.push(t(lang, `Obs: ${bodyName(plan, m.body)} brukar träffas ${formatTime({ ...m, time: { kind: 'clock', start: usual.start, end: usual.end } }, lang)}.`, `Note: ${bodyName(plan, m.body)} usually meets ${formatTime({ ...m, time: { kind: 'clock', start: usual.start, end: usual.end } }, lang)}.`));
    }
  }
  return { summary, rows, warnings };
}
