// Text → query. The lexicon finds entities and cue words; each intent in data/lexicon.json is a weighted
// sum over those features (with required features), and the best score wins. Every choice is explainable:
// the query carries the features and the scores, and DEBUG_NLU logs them.
import type { Lang } from '../core/reply.js';
import type { Plan } from '../store/schema.js';
import { extractDates, type DateEntities } from './dates.js';
import type { Lexicon, Match } from './lexicon.js';
import { fold } from './normalize.js';
import { stockholmDate } from '../domain/calendar.js';
import { isStored } from '../store/stored.js';

export type Intent =
  | 'nextMeeting'
  | 'meetingsOn'
  | 'adjacentMeeting'
  | 'meetingHost'
  | 'municipalityMeetings'
  | 'rotationHost'
  | 'rotationYears'
  | 'countMeetings'
  | 'meetingTime'
  | 'calendar'
  | 'daysUntil'
  | 'lastMeeting'
  | 'budget'
  | 'members'
  | 'secretariat'
  | 'organisation'
  | 'bodyInfo'
  | 'greeting'
  | 'thanks'
  | 'clarify'
  | 'notInPlan';

/** What the previous turn was about, kept per conversation for follow-ups ("och 2015?"). */
export interface QueryContext {
  intent: Intent;
  bodies: string[];
  municipalities: string[];
  years: number[];
  dates: string[];
  month?: DateEntities['month'];
  budgetLines: string[];
  topics: string[];
  cues: string[];
  /** The meeting the last answer was about, for "och efter det?". */
  meetingId?: string;
  /** Municipalities the last answer named (a host), for "de", "deras", "they"; not carried otherwise. */
  answerMunicipalities?: string[];
}

export interface Query extends QueryContext {
  lang: Lang;
  text: string;
  week?: DateEntities['week'];
  relativeDay: boolean;
  relation?: 'after' | 'before';
  followUp: boolean;
  features: string[];
  scores: Record<string, number>;
  /** Set when a follow-up moves the year ("året efter"). */
  yearShift?: number;
  /** Set when a follow-up moves the month ("the month after"). */
  monthShift?: number;
}

const TOPIC_CUES = [
  'overview',
  'introduction',
  'purpose', 'principles', 'vision', 'cooperationAreas', 'targetAreas', 'developmentIssues', 'population',
  'regionalBodies', 'ownership', 'areaBalance', 'procurement',
];

export function detectLang(lexicon: Lexicon, words: string[], locale?: string): Lang {
  const { sv, en } = lexicon.langScore(words);
  if (en > sv) return 'en';
  if (sv > en) return 'sv';
  return locale && /^en/i.test(locale) ? 'en' : 'sv';
}

/** The words of a folded text: "radslaget2015" is two words, "lg-motet" two, "14/4" and "2011-04-14" one. */
export function splitWords(folded: string): string[] {
  const out: string[] = [];
  const add = (w: string) => {
    // Separators at the ends are not part of the word ("14/4." → "14/4").
    const t = /^[/.:]|[/.:]$/.test(w) ? w.replace(/^[/.:]+|[/.:]+$/g, '') : w;
    if (t) out.push(t);
  };
  for (const w of folded.split(' ')) {
    if (/^[a-z]{3,}\d{4}$/.test(w)) {
      add(w.slice(0, -4));
      add(w.slice(-4));
    } else if (/\d/.test(w) || !w.includes('-')) add(w);
    else for (const part of w.split('-')) add(part);
  }
  return out;
}

/** What the features need to know of the plan's bodies: kept per plan the store handed out (never edited). */
const facts = new WeakMap<Plan, { bodyById: Map<string, Plan['bodies'][number]>; rotationBodies: Set<string>; meetingBodies: Set<string> }>();
function planFacts(plan: Plan) {
  let f = facts.get(plan);
  if (!f) {
    f = {
      bodyById: new Map(plan.bodies.map((b) => [b.id, b])),
      rotationBodies: new Set(plan.hostRotations.map((r) => r.body)),
      meetingBodies: new Set(plan.meetings.map((m) => m.body)),
    };
    if (isStored(plan)) facts.set(plan, f);
  }
  return f;
}

export interface UnderstandInput {
  text: string;
  plan: Plan;
  lexicon: Lexicon;
  now: Date;
  locale?: string;
  context?: QueryContext;
  /** The text's words and language, where the caller has already read them (splitWords, detectLang). */
  read?: { words: string[]; lang: Lang };
}

export function understand(input: UnderstandInput): Query {
  const { text, plan, lexicon, now, context } = input;
  const words = input.read?.words ?? splitWords(fold(text));
  const lang = input.read?.lang ?? detectLang(lexicon, words, input.locale);
  const matches = lexicon.match(words);
  const dates = extractDates(text, words, matches, lang, now, { weekWords: lexicon.data.weekWords ?? [], offsets: lexicon.data.offsets });

  const uniq = <T>(xs: T[]) => [...new Set(xs)];
  const of = <K extends Match['sense']['kind']>(kind: K) =>
    matches.filter((m) => m.sense.kind === kind).map((m) => m.sense as Extract<Match['sense'], { kind: K }>);

  // Words read as part of a name or a longer phrase ("the day after tomorrow", "nästa vecka") are not also
  // read as loose cue words ("after", "day").
  const entitySpans = matches.filter((m) => m.sense.kind !== 'cue' && m.sense.kind !== 'budgetLine' && m.sense.kind !== 'followStart');
  const insideEntity = (m: Match) => entitySpans.some((e) => e !== m && e.start <= m.start && e.end >= m.end && e.end - e.start > m.end - m.start);
  const cues = uniq(matches.filter((m) => m.sense.kind === 'cue' && !insideEntity(m)).map((m) => (m.sense as { name: string }).name));

  const bodies = uniq(of('body').map((s) => s.id));
  let municipalities = uniq(of('municipality').map((s) => s.id));
  // "de", "deras", "they": the municipality the last answer was about.
  const referred = context?.answerMunicipalities?.length ? context.answerMunicipalities : context?.municipalities ?? [];
  if (!municipalities.length && cues.includes('pronoun') && referred.length) municipalities = [...referred];
  const budgetLines = uniq(of('budgetLine').map((s) => s.id));
  const topics = TOPIC_CUES.filter((t) => cues.includes(t));
  const yearShift = of('yearShift')[0]?.offset;
  const monthShift = of('monthShift')[0]?.offset;
  const followStart = matches.some((m) => m.sense.kind === 'followStart' && m.start === 0);

  const { bodyById, rotationBodies, meetingBodies } = planFacts(plan);
  const entityFeatures = (e: { bodies: string[]; municipalities: string[]; years: number[]; dates: string[]; relativeDay?: boolean; month?: unknown; week?: unknown; budgetLines: string[]; topics: string[] }) => {
    const f: string[] = [];
    if (e.bodies.length) f.push('ent:anyBody');
    if (e.bodies.some((b) => meetingBodies.has(b))) f.push('ent:meetingBody');
    if (e.bodies.some((b) => bodyById.get(b)?.kind === 'jointBody')) f.push('ent:jointBody');
    if (e.bodies.some((b) => rotationBodies.has(b))) f.push('ent:rotationBody');
    if (e.bodies.some((b) => !rotationBodies.has(b))) f.push('ent:otherBody');
    if (e.municipalities.length) f.push('ent:municipality');
    if (e.dates.length) f.push(e.relativeDay ? 'ent:day' : 'ent:date');
    if (e.month) f.push('ent:month');
    if (e.week) f.push('ent:week');
    if (e.years.length) f.push('ent:year');
    if (e.years.length && (f.includes('ent:rotationBody') || (cues.includes('host') && !f.includes('ent:otherBody') && !e.month && !e.dates.length)))
      f.push('ent:rotationYear');
    if (e.budgetLines.length) f.push('ent:budgetLine');
    if (e.topics.length) f.push('ent:topic');
    return f;
  };
  const thisYear = of('thisYear').length > 0;
  const years = uniq([...dates.years, ...dates.relativeYears, ...(thisYear ? [Number(stockholmDate(now).slice(0, 4))] : [])]);

  const own = { bodies, municipalities, years, dates: dates.dates, relativeDay: dates.relativeDay, month: dates.month, week: dates.week, budgetLines, topics };
  const features = new Set<string>([...cues.map((c) => `cue:${c}`), ...entityFeatures(own)]);
  if (context?.meetingId) features.add('ctx:meeting');

  const scores = scoreIntents(lexicon, features);
  const best = Object.entries(scores).sort((a, b) => b[1] - a[1])[0];
  let intent: Intent;
  if (best && best[1] >= lexicon.data.minScore) intent = best[0] as Intent;
  else if (cues.includes('unknownTopic')) intent = 'notInPlan';
  else if (cues.includes('greeting') && words.length <= 3) intent = 'greeting';
  else if (cues.includes('thanks') && words.length <= 4) intent = 'thanks';
  else intent = 'notInPlan';
  // Something the plan cannot know (a person's name, the weather) outweighs a weak match.
  if (cues.includes('unknownTopic') && best && best[1] < lexicon.data.minScore + 4) intent = 'notInPlan';

  const relation = cues.includes('after') && !cues.includes('before') ? 'after' : cues.includes('before') && !cues.includes('after') ? 'before' : undefined;

  let query: Query = {
    intent,
    lang,
    text,
    bodies,
    municipalities,
    years,
    dates: dates.dates,
    month: dates.month,
    week: dates.week,
    relativeDay: dates.relativeDay,
    budgetLines,
    topics,
    cues,
    relation,
    followUp: false,
    features: [...features],
    scores,
    yearShift,
    monthShift,
  };

  // Follow-ups: "och 2015?", "och efter det?", "och LG?", "and the year before?".
  // A short question with cue words but no subject of its own ("vem är värdkommun?", "och i procent?",
  // "how many days until then?") is read with the previous question's subject.
  const hasOwnSubject = bodies.length || municipalities.length || years.length || yearShift || monthShift || dates.dates.length || dates.month || dates.week || budgetLines.length || topics.length;
  if (context && !hasOwnSubject && words.length <= 6 && cues.length && !cues.includes('unknownTopic') && !cues.includes('greeting') && !cues.includes('thanks')) {
    const ctxEntities = { ...context, dates: context.dates ?? [], relativeDay: false, week: undefined };
    const merged = new Set<string>([...cues.map((c) => `cue:${c}`), ...entityFeatures(ctxEntities)]);
    if (context.meetingId) merged.add('ctx:meeting');
    const rescored = scoreIntents(lexicon, merged);
    const top = Object.entries(rescored).sort((a, b) => b[1] - a[1])[0];
    // Only where the message cannot stand alone, or says it follows on ("och …"): "kalender" is a whole request.
    if (top && top[1] >= lexicon.data.minScore && (intent === 'notInPlan' || intent === 'clarify' || followStart)) {
      return {
        ...query,
        intent: top[0] as Intent,
        bodies: context.bodies,
        municipalities: context.municipalities,
        years: context.years,
        dates: context.dates,
        month: context.month,
        budgetLines: context.budgetLines,
        topics: context.topics,
        meetingId: context.meetingId,
        followUp: true,
        features: [...merged],
        scores: rescored,
      };
    }
  }

  // "how many days until then?": a question without a subject of its own may point at the last meeting.
  if (context?.meetingId && (!hasOwnSubject || (relation && !dates.dates.length && !dates.month))) query.meetingId = context.meetingId;

  // A question that stands on its own is never merged with the previous one, and one that starts "och …"
  // but clearly asks something of its own keeps its own question.
  const short = words.length <= 4;
  const weak = intent === 'notInPlan' && !cues.includes('unknownTopic');
  const confident = best !== undefined && best[1] >= lexicon.data.minScore + 1.5 && intent !== 'notInPlan';
  if (context && ((followStart && !confident) || (short && weak)) && intent !== 'greeting' && intent !== 'thanks') {
    query = followUp(query, context, followStart);
  }
  if (query.intent === 'notInPlan' && !cues.includes('unknownTopic') && words.length <= 2 && isVague(query)) {
    query.intent = 'clarify';
  }
  return query;
}

function isVague(q: Query): boolean {
  const vague = ['meeting', 'host', 'when', 'money', 'who', 'where', 'next', 'count', 'share', 'timeOfDay', 'until', 'remaining', 'start', 'daysWord', 'whatIs'];
  return q.cues.length > 0 && q.cues.every((c) => vague.includes(c)) && !q.bodies.length && !q.municipalities.length && !q.years.length && !q.dates.length && !q.month;
}

/** An intent of the lexicon ready for scoring: each requirement as its alternatives ("a|b" → [a, b]). */
interface CompiledIntent {
  name: string;
  requiresAll: string[][];
  requiresAny?: string[][];
  weights: Array<[string, number]>;
}
const compiledIntents = new WeakMap<Lexicon['data']['intents'], CompiledIntent[]>();

function intentsOf(lexicon: Lexicon): CompiledIntent[] {
  const intents = lexicon.data.intents;
  let compiled = compiledIntents.get(intents);
  if (!compiled) {
    compiled = Object.entries(intents).map(([name, def]) => ({
      name,
      requiresAll: (def.requiresAll ?? []).map((f) => f.split('|')),
      requiresAny: def.requiresAny?.map((f) => f.split('|')),
      weights: Object.entries(def.weights),
    }));
    compiledIntents.set(intents, compiled);
  }
  return compiled;
}

function scoreIntents(lexicon: Lexicon, features: Set<string>): Record<string, number> {
  const has = (alternatives: string[]) => alternatives.some((x) => features.has(x));
  const out: Record<string, number> = {};
  for (const def of intentsOf(lexicon)) {
    if (!def.requiresAll.every(has)) continue;
    if (def.requiresAny && !def.requiresAny.some(has)) continue;
    let s = 0;
    for (const [f, w] of def.weights) if (features.has(f)) s += w;
    out[def.name] = s;
  }
  return out;
}

/** A follow-up that carries a new subject ("och 2015?", "och LG?") keeps the last question, with the new subject. */
function followUp(q: Query, ctx: QueryContext, explicit: boolean): Query {
  const onlyRelation = q.relation && !q.dates.length && !q.month;
  const next = explicit && q.cues.includes('next') && !q.bodies.length;
  if ((onlyRelation || next) && ctx.meetingId) {
    return { ...q, intent: 'adjacentMeeting', relation: q.relation ?? 'after', bodies: q.bodies.length ? q.bodies : ctx.bodies, meetingId: ctx.meetingId, followUp: true };
  }
  const carries = q.years.length || q.yearShift || q.monthShift || q.bodies.length || q.municipalities.length || q.dates.length || q.month || q.budgetLines.length;
  if (!carries) return q;
  const years = q.yearShift && ctx.years.length ? [ctx.years[0]! + q.yearShift] : q.years.length ? q.years : ctx.years;
  let month = q.month;
  if (q.monthShift && ctx.month) {
    const total = ctx.month.year * 12 + ctx.month.month - 1 + q.monthShift;
    month = { year: Math.floor(total / 12), month: (total % 12) + 1, yearGiven: true };
  }
  let intent: Intent = ctx.intent;
  if (intent === 'rotationYears' && q.yearShift && years.length) intent = 'rotationHost';
  // A new body or municipality keeps the question but swaps the subject.
  if (intent === 'rotationYears' && q.years.length) intent = 'rotationHost';
  if (intent === 'rotationHost' && q.municipalities.length && !q.years.length) intent = 'rotationYears';
  return {
    ...q,
    intent,
    bodies: q.bodies.length ? q.bodies : ctx.bodies,
    municipalities: q.municipalities.length ? q.municipalities : ctx.municipalities,
    years,
    dates: q.dates.length ? q.dates : month ? [] : ctx.dates,
    month: month ?? (q.dates.length ? undefined : ctx.month),
    budgetLines: q.budgetLines.length ? q.budgetLines : ctx.budgetLines,
    topics: q.topics.length ? q.topics : ctx.topics,
    cues: [...new Set([...ctx.cues, ...q.cues])],
    meetingId: undefined,
    followUp: true,
  };
}
