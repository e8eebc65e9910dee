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

import { bodyName, municipalityName } from '../domain/names.js';
import { listText, yearsText } from '../text/format.js';
import { CATALOGUE, say, type TextKey } from '../text/catalogue/index.js';



export function hostsText(plan: Plan, m: Meeting, lang: Lang): string {
  if (m.hosts.length === 0) return say(lang, 'noHostGivenIn');
  return listText(m.hosts.map((h) => municipalityName(plan, h)), lang);
}



/** "torsdag 14 april 2011, 12.00–15.00 – Södertörns samarbetskommitté, Nykvarn" */
export function meetingLine(plan: Plan, m: Meeting, lang: Lang, opts: { body?: boolean; past?: boolean; held?: boolean } = {}): string {
  const parts = [formatWhen(m, lang, opts.past || opts.held)];
  const what = [opts.body === false ? undefined : bodyName(plan, m.body), m.title].filter(Boolean).join(', ');
  if (what) parts.push(what);
  if (m.hosts.length) parts.push(`${say(lang, 'host')}: ${hostsText(plan, m, lang)}`);
  let line = parts.join(' – ');
  if (m.certainty === 'uncertain') line += say(lang, 'inParenthesesInThe');
  if (opts.past) line += say(lang, 'past');
  return line;
}

export function meetingFacts(plan: Plan, m: Meeting, lang: Lang): Block {
  const facts = [
    { title: say(lang, 'body'), value: bodyName(plan, m.body) },
    { title: say(lang, 'when'), value: formatWhen(m, lang) },
    { title: say(lang, 'host2'), value: hostsText(plan, m, lang) },
  ];
  if (m.title) facts.push({ title: say(lang, 'what'), value: m.title });
  const notes = [m.note, m.certainty === 'uncertain' ? say(lang, 'inParenthesesInThePlan') : undefined]
    .filter((n): n is string => Boolean(n) && n !== 'Inom parentes i planen');
  if (notes.length) facts.push({ title: say(lang, 'note'), value: notes.join('. ') });
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

/** The meetings a reply named, for "mellan dem" in the next message: two to twelve of them, else nothing. */
export function namedMeetings(list: readonly Meeting[]): Partial<QueryContext> {
  return list.length >= 2 && list.length <= 12 ? { answerMeetings: list.map((m) => m.id) } : {};
}

export function suggestions(lang: Lang): Action[] {
  const qs = (['suggestNextMeeting', 'suggestHostRadslag2014', 'suggestBudget', 'suggestHelp'] as const).map((k) => say(lang, k));
  return qs.map((value) => ({ kind: 'message' as const, title: value, value }));
}

/**
 * Headlines that say the plan does not state what was asked ("Planen anger inte invånarna i Nykvarn – …", "The
 * plan does not give the inhabitants of Tyresö – …", "Planen anger ingen värd för … 2020"). An answer headed by one of them is a
 * not-in-plan answer whatever handler wrote it (answer.ts), so the kind says what the headline says. Only headlines
 * that say nothing but the absence (and what the plan has instead) are listed.
 */
// ("Datumet för rådslaget 2014 står inte i planen – värd: Tyresö" is not one: it gives the host, a fact the asker can use.)
export const NOT_STATED_HEADLINES = ['thePlanDoesNotSay2', 'populationOnlyOfSodertorn', 'thePlanNamesNoHost'] as const satisfies readonly TextKey[];

/** Each not-stated headline as a pattern per language: its fixed words, with any words where its parts go. */
const notStatedPatterns = new Map<Lang, RegExp[]>();
export function statesNotInPlan(title: string, lang: Lang): boolean {
  let patterns = notStatedPatterns.get(lang);
  if (!patterns) {
    const HOLE = '\u0000';
    patterns = NOT_STATED_HEADLINES.map((key) => {
      const entry = CATALOGUE[key][lang] as string | ((...parts: unknown[]) => string);
      const text = typeof entry === 'function' ? entry(...Array.from({ length: entry.length }, () => HOLE)) : entry;
      const source = text.split(HOLE).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+?');
      return new RegExp(`^${source}$`, 's');
    });
    notStatedPatterns.set(lang, patterns);
  }
  return patterns.some((p) => p.test(title));
}

/** The honest answer: the plan does not say. Never a guess. */
export function notInPlan(q: Query, plan: Plan, why?: string): Answer {
  const lang = q.lang;
  const covers = say(lang, 'thePlanCoversThe', plan.organisation.planTitle, yearsText(plan.calendarYears, lang), rotationSpan(plan), yearsText(plan.budgets.map((b) => b.year), lang));
  return {
    reply: {
      kind: 'notInPlan',
      lang,
      title: say(lang, 'thePlanDoesNotSay2'),
      blocks: [...(why ? [{ type: 'text' as const, text: why }] : []), { type: 'text', text: covers, subtle: true }],
      actions: suggestions(lang),
    },
  };
}

function rotationSpan(plan: Plan): string {
  const ys = plan.hostRotations.map((r) => r.year).sort();
  return ys.length ? `${ys[0]}–${ys.at(-1)}` : '';
}
