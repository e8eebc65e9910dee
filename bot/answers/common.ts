// Shared pieces of answers: names from the plan, how a meeting is written, "det står inte i planen".
import type { Action, Block, Reply } from '../core/reply.js';
import { type Lang } from '../text/lang.js';
import { formatWhen } from '../domain/calendar.js';
import type { Meeting, Plan } from '../store/schema.js';
import type { Query, QueryContext } from '../understand/understand.js';
import type { LexiconData } from '../understand/lexicon.js';

export interface Answer {
  reply: Reply;
  /** What this answer was about, for follow-ups; undefined keeps no context. */
  context?: QueryContext;
}

export interface AnswerInput {
  q: Query;
  plan: Plan;
  now: Date;
  /** The lexicon's data: glosses and what-the-plan-does-not-say texts. */
  data?: LexiconData;
}

export { t } from '../text/lang.js';
import { t } from '../text/lang.js';
import { bodyName, municipalityName } from '../domain/names.js';
import { yearsText } from '../text/format.js';



export function hostsText(plan: Plan, m: Meeting, lang: Lang): string {
  if (m.hosts.length === 0) return t(lang, 'ingen värd angiven i planen', 'no host given in the plan');
  const names = m.hosts.map((h) => municipalityName(plan, h));
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} ${t(lang, 'och', 'and')} ${names.at(-1)}`;
}



/** "torsdag 14 april 2011, 12.00–15.00 – Södertörns samarbetskommitté, Nykvarn" */
export function meetingLine(plan: Plan, m: Meeting, lang: Lang, opts: { body?: boolean; past?: boolean } = {}): string {
  const parts = [formatWhen(m, lang)];
  const what = [opts.body === false ? undefined : bodyName(plan, m.body), m.title].filter(Boolean).join(', ');
  if (what) parts.push(what);
  if (m.hosts.length) parts.push(`${t(lang, 'värd', 'host')}: ${hostsText(plan, m, lang)}`);
  let line = parts.join(' – ');
  if (m.certainty === 'uncertain') line += t(lang, ' (inom parentes i planen)', ' (in parentheses in the plan)');
  if (opts.past) line += t(lang, ' (har varit)', ' (past)');
  return line;
}

export function meetingFacts(plan: Plan, m: Meeting, lang: Lang): Block {
  const facts = [
    { title: t(lang, 'Organ', 'Body'), value: bodyName(plan, m.body) },
    { title: t(lang, 'När', 'When'), value: formatWhen(m, lang) },
    { title: t(lang, 'Värd', 'Host'), value: hostsText(plan, m, lang) },
  ];
  if (m.title) facts.push({ title: t(lang, 'Vad', 'What'), value: m.title });
  const notes = [m.note, m.certainty === 'uncertain' ? t(lang, 'Inom parentes i planen – osäkert', 'In parentheses in the plan – uncertain') : undefined]
    .filter((n): n is string => Boolean(n) && n !== 'Inom parentes i planen');
  if (notes.length) facts.push({ title: t(lang, 'Not', 'Note'), value: notes.join('. ') });
  return { type: 'facts', facts };
}

export function contextOf(q: Query, extra: Partial<QueryContext> = {}): QueryContext {
  return {
    intent: q.intent,
    bodies: q.bodies,
    municipalities: q.municipalities,
    years: q.years,
    dates: q.dates,
    month: q.month,
    budgetLines: q.budgetLines,
    topics: q.topics,
    cues: q.cues,
    lang: q.lang,
    ...(q.period ? { period: q.period } : {}),
    ...(q.earlierBudgetLines?.length ? { earlierBudgetLines: q.earlierBudgetLines } : {}),
    ...(q.form && q.budgetLines.length && q.text.length <= 300 ? { claim: { form: q.form, text: q.text, amounts: q.amounts } } : {}),
    ...extra,
  };
}

export function suggestions(lang: Lang): Action[] {
  const qs = lang === 'sv'
    ? ['Nästa möte', 'Vem är värd för rådslaget 2014?', 'Budget', 'hjälp']
    : ['Next meeting', 'Who hosts the rådslag in 2014?', 'Budget', 'help'];
  return qs.map((value) => ({ kind: 'message' as const, title: value, value }));
}

/** The honest answer: the plan does not say. Never a guess. */
export function notInPlan(q: Query, plan: Plan, why?: string): Answer {
  const lang = q.lang;
  const covers = t(
    lang,
    `Planen (${plan.organisation.planTitle}) innehåller kalendern för ${yearsText(plan.calendarYears, lang)}, värdkommuner för rådslaget ${rotationSpan(plan)}, budgeten för ${yearsText(plan.budgets.map((b) => b.year), lang)} samt organisationen och de gemensamma organen.`,
    `The plan (${plan.organisation.planTitle}) covers the calendar for ${yearsText(plan.calendarYears, lang)}, the rådslag hosts ${rotationSpan(plan)}, the budget for ${yearsText(plan.budgets.map((b) => b.year), lang)}, and the organisation and its joint bodies.`,
  );
  return {
    reply: {
      kind: 'notInPlan',
      lang,
      title: t(lang, 'Det står inte i planen', 'The plan does not say'),
      blocks: [...(why ? [{ type: 'text' as const, text: why }] : []), { type: 'text', text: covers, subtle: true }],
      actions: suggestions(lang),
    },
  };
}

function rotationSpan(plan: Plan): string {
  const ys = plan.hostRotations.map((r) => r.year).sort();
  return ys.length ? `${ys[0]}–${ys.at(-1)}` : '';
}
