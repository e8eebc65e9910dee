// Text → query. The lexicon finds entities and cue words; each intent in data/lexicon.json is a weighted
// sum over those features (with required features), and the best score wins. Every choice is explainable:
// the query carries the features and the scores, and DEBUG_NLU logs them.
import { type Lang } from '../text/lang.js';
import type { Plan } from '../store/schema.js';
import { extractDates, withoutTimes, type DateEntities } from './dates.js';
import { countWord, oneWords, residentsOf, timeJoins, understoodWords, type Lexicon, type LexiconData, type Match, type UnderstoodSets } from './lexicon.js';
import { bodyStems, fold, foldWord, inWordList, quotedPhrases, withoutThousandsCommas, wordListPattern } from './normalize.js';
import { firstDate, pastThePlan, plannedMeetings, shiftDay, stockholmDate, undatedYear } from '../domain/calendar.js';
import { PlanMemo } from '../store/snapshot.js';
import { readYearSpan } from './years.js';
import { roleAt, roleIn } from './roles.js';

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
  /** The language of the conversation so far: decides a message whose words do not. */
  lang?: Lang;
  /** A period of the year the last question filtered by ("under våren"). */
  period?: Period;
  /** Budget lines asked about just before the last ones ("vad kostar utredningar" → "och personal?"), for "tillsammans?". */
  earlierBudgetLines?: string[];
  /** A yes/no or why-claim about budget lines, kept so "och utredningarna då?" checks the same claim of another line. */
  claim?: { form: 'yesNo' | 'why'; text: string; amounts?: number[] };
  /** Units the last amount was divided by ("per kommun"), so "och per kvartal?" divides it further. */
  per?: string[];
  /** The asker's own municipality, where they said it ("Jag är från Tyresö."): what "vi", "oss", "we" name. */
  asker?: string;
  /** The other body whose meeting the last answer was placed against ("vilket LG ligger före SK 3/11?": SK), so
   * "och före SK 8/12?" asks for the same body (LG) against that body's next anchor. */
  anchorBody?: string;
  /** The meetings the last reply named, where it named two or more (a list, or the parts of a message), in the
   * plan's order: "och LG-mötet mellan dem?" asks for the meeting between the first and the last of them. */
  answerMeetings?: string[];
  /** The meeting answered was the one after (before) another among every body's meetings ("vad kommer efter
   * rådslaget?", "nästa möte efter 9/6"), so "och efter det?" walks every body's meetings too, not that meeting's body's. */
  anyBody?: boolean;
}

/** Where a name of the plan stands in the question (word index), in the order written: "A före B", "X delat med Y". */
export interface Mention {
  kind: 'body' | 'municipality' | 'budgetLine';
  id: string;
  at: number;
}

/** Months of a year a period word names ("under våren": 1–6); `after`/`before` shift it ("efter sommaren"). */
export interface Period {
  id: string;
  from: number;
  to: number;
  /** A time of year that comes round (spring, Christmas), not a part of the year (its first half). */
  season?: boolean;
  /** The months are of the year after the one asked about ("efter jul"). */
  nextYear?: boolean;
  /**
   * "innan jul", "fram till jul": the run-up to a time of year (the lexicon's `fromNow`), from now until it.
   * Asked in the year it names, the period starts today (what has been is no longer before it). ("före
   * sommaren" stays the months before the summer, held meetings included.)
   */
  fromNow?: boolean;
  /** The last day of the last month that still counts ("innan jul": to 24 December). */
  untilDay?: number;
}

export interface Query extends QueryContext {
  lang: Lang;
  text: string;
  /** The words of `text` as the understanding read them (splitWords of its folded form): answers read these, not the text again. */
  words: readonly string[];
  /** Two or more months named without a day ("vilka möten är det i maj och juni?"): `month` is the first. */
  months?: NonNullable<DateEntities['months']>;
  week?: DateEntities['week'];
  relativeDay: boolean;
  relation?: 'after' | 'before';
  followUp: boolean;
  features: string[];
  scores: Record<string, number>;
  /** Set when a follow-up moves the year ("året efter"). */
  yearShift?: number;
  /** "Counting from 2011, how many years until …", "från 2013, hur många år tills …": the year a count of years starts at, in place of this year. */
  countFrom?: number;
  /** Set when a follow-up moves the month ("the month after"). */
  monthShift?: number;
  /** "veckan efter", "the week before": weeks from the last meeting. */
  weekShift?: number;
  /** The question's form: a yes/no question ("Är Salem värd …?") or a why-question ("Varför …?"). */
  form?: 'yesNo' | 'why';
  /** Weekdays named ("på fredagar"), ISO numbers. */
  weekdays: number[];
  /** Amounts in kronor written in the question ("the 230 000"). */
  amounts: number[];
  /** A count of years written before "år"/"years" ("två år efter"). */
  count?: number;
  /** The nth of a listing asked for ("den andra?", "the third SK meeting"), from 2 up (first and last are cues). */
  ordinal?: number;
  /** How many of the coming meetings are asked for ("nästa två LG-möten", "the next 3 meetings"), from 2 up. */
  nextCount?: number;
  /** The request verb of something the bot cannot do ("boka", "send"), as written. */
  action?: string;
  /** What kinds of facts outside the plan were asked for (name, price, agenda …). */
  notInPlanKinds: string[];
  /** Bodies asked to be left out ("heldagar utom rådslaget", "apart from the rådslag"): no meeting of theirs is listed. */
  excludedBodies?: string[];
  /** Units an amount is asked per ("per kvartal", "per kommun och månad", "per invånare"): perUnits ids. */
  per: string[];
  /** A number of a unit of time ("efter tre kvartal", "for two months"): the amount spread evenly over the year, that many units of it. */
  perCount?: { unit: string; count: number };
  /** A what-if change of an amount ("om utredningarna dubblas", "if staff rose by 10 %"). */
  scale?: Scale;
  /** The plan's names in the order written (bodies, municipalities, budget lines), with their word index. */
  mentions: Mention[];
  /** The cue names in the order first written ("do the costs exceed the income": costsWord before income). */
  cueOrder?: string[];
  /** A what-if that keeps the total ("om totalen är densamma", "with the same total"): the change moves money between lines. */
  totalHeld?: boolean;
  /** A role named with a body ("do the municipal directors attend the SK meetings?"): the bodies the plan puts that role in. */
  roleBodies?: string[];
  /** That role, as the lexicon's roles table keys it (the first word of a composition or attendees, folded). */
  role?: string;
  /** In such a what-if, where the words for unchanged stand: a line named near one keeps its amount ("Huddinge unchanged"). */
  unchangedAt?: number[];
  /**
   * A span counted from a point named after an order word ("hur många veckor efter 14/10", "how many days after the
   * rådslag is SK 14/4"): that point (a body, a day, or both), which the other point (named, or the meeting just
   * answered) lies after or before as `relation` says.
   */
  spanFrom?: { body?: string; date?: string };
  /**
   * "vad är kvar av totalbudgeten för resten av året fr o m 1/4", "how much of the consultancy budget is left from
   * October on if spent evenly": the first day that still counts; the amount left is the year's share from it.
   */
  restOfYear?: { from: string };
}

/** A what-if change: times a factor, plus an amount, or to an amount (the amount written is not a line's). */
export interface Scale {
  factor?: number;
  add?: number;
  to?: number;
  /** The amount the change was read from, so it is not also read as naming a budget line. */
  amount?: number;
  /** The words that said it, for the answer ("dubblas", "ökar med 10 %"). */
  words: string;
  /** The word index it was read at, so the change applies to the line named nearest it. */
  at?: number;
  /** Where a fraction it was read from stands ("med en fjärdedel", "by a quarter"): no unit to divide by. */
  fractionAt?: number;
}

const TOPIC_CUES = [
  'overview',
  'introduction',
  'purpose', 'principles', 'vision', 'cooperationAreas', 'targetAreas', 'developmentIssues', 'population',
  'regionalBodies', 'ownership', 'areaBalance', 'procurement',
];

/**
 * The language to answer in. The words decide where they can (a word with å, ä or ö that is not a name
 * counts as Swedish); else the client's locale, then the conversation's language so far, then Swedish.
 */
/** The lexicon's language phrases, folded and space-padded once per lexicon (not on every message). */
interface LangPhrases { replyIn: Record<Lang, string[]>; replyInNotAfter: Set<string>; planLabels: string[]; fieldLabels: Set<string>; svMarked: Set<string> }
const langPhrases = new WeakMap<object, LangPhrases>();
function langPhrasesOf(lexicon: Lexicon): LangPhrases {
  const data = lexicon.data.langWords;
  let out = langPhrases.get(data);
  if (!out) {
    const pad = (ps: readonly string[] | undefined) => (ps ?? []).map((p) => ` ${fold(p)} `);
    out = { replyIn: { sv: pad(data.replyIn?.sv), en: pad(data.replyIn?.en) }, replyInNotAfter: new Set((data.replyInNotAfter ?? []).map(fold)), planLabels: pad(data.planLabels), fieldLabels: new Set((data.fieldLabels ?? []).map(fold)), svMarked: new Set((data.svMarked ?? []).map(fold)) };
    langPhrases.set(data, out);
  }
  return out;
}

/** Words of each language that make a message mixed, so that the locale decides its language. */
const MIXED = 3;
/** Common words of one language more than of the other that decide a message langWords leaves undecided. */
const COMMON_MARGIN = 2;

/**
 * "budget: IT 25000": a short word written only in capitals, in a message that has lower case too, is an abbreviation
 * ("IT", "HR"), a word of neither language; the words without it (the same array where there is none).
 */
export function withoutAbbreviations(words: string[], text: string): string[] {
  if (!/\p{Ll}/u.test(text)) return words;
  const parts = text.split(/[^\p{L}]+/u).filter(Boolean);
  const caps = new Set(parts.filter((w) => w.length >= 2 && w.length <= 4 && w === w.toUpperCase() && w !== w.toLowerCase()).map(fold));
  if (!caps.size) return words;
  const lower = new Set(parts.filter((w) => w !== w.toUpperCase()).map(fold));
  const kept = words.filter((w) => !caps.has(w) || lower.has(w));
  return kept.length < words.length ? kept : words;
}

export function detectLang(lexicon: Lexicon, words: string[], locale?: string, earlier?: Lang, text?: string): Lang {
  const { replyIn, replyInNotAfter, planLabels, fieldLabels, svMarked } = langPhrasesOf(lexicon);
  const joined = ` ${words.join(' ')} `;
  // "svara på svenska", "in English please": the language asked for; not "vad heter LG på engelska?", "något
  // på engelska?", where the language is part of what is asked (a word before it says so).
  const asked = (p: string) => {
    const at = joined.indexOf(p);
    return at >= 0 && !joined.slice(0, at).split(' ').some((w) => replyInNotAfter.has(w));
  };
  for (const l of ['sv', 'en'] as const) if (replyIn[l].some(asked)) return l;
  // "avgifter från kommunerna" from an English client: only the plan's own labels, so the locale decides.
  // "How much is Ersättning till Huddinge kommun?": the plan's labels, quoted, say nothing of the asker's
  // language; the words around them do.
  let scored = words;
  if (planLabels.length && words.length) {
    let rest = joined;
    for (const p of planLabels) rest = rest.split(p).join(' ');
    const left = rest.split(' ').filter(Boolean);
    if (!left.length && locale) return /^en/i.test(locale) ? 'en' : 'sv';
    if (left.length) scored = left;
  }
  // "explain the principle 'Gå före' please": words quoted from the plan say nothing of the asker's language either;
  // the words around them do (where there are any).
  const quoted = text ? quotedPhrases(text) : [];
  if (quoted.length) {
    let rest = ` ${scored.join(' ')} `;
    for (const p of quoted) rest = rest.split(` ${p} `).join(' ');
    const left = rest.split(' ').filter(Boolean);
    if (left.length) scored = left;
  }
  // "LG 20/5 tid?", "SK 3/11 tid och värd?" from an English client: a fragment of names, days and the card's own field
  // words (langWords.fieldLabels) has no sentence to tell its language; the locale decides ("nästa SK" has one).
  if (locale && scored.some((w) => fieldLabels.has(w) && !lexicon.isName(w)) && scored.every((w) => /\d/.test(w) || fieldLabels.has(w) || lexicon.isName(w))) return /^en/i.test(locale) ? 'en' : 'sv';
  if (text) scored = withoutAbbreviations(scored, text);
  let { sv, en } = lexicon.langScore(scored);
  // "what's nästa LG-möte after 9/9 – date och time?": a message written in both languages at once (three
  // words or more of each) is not decided by its words; the client's locale decides.
  if (locale && sv >= MIXED && en >= MIXED) return /^en/i.test(locale) ? 'en' : 'sv';
  if (text && /[åäö]/i.test(text)) {
    const kept = new Set(scored);
    // (A name of the plan keeps its å, ä, ö in English too, typed right or not: "the rådslg 2013".)
    for (const w of text.split(/[^\p{L}\p{N}]+/u)) if (/[åäö]/i.test(w) && !lexicon.isName(fold(w)) && kept.has(fold(w)) && !lexicon.nearName(fold(w))) sv++;
  }
  // "Can you tell me when nästa LG-möte är?": a message with words of both languages is in the language that
  // carries its frame, its opening words (two of one language only), whatever terms it quotes in the other.
  if (sv > 0 && en > 0) {
    const frame = frameLang(lexicon, scored);
    if (frame) return frame;
  }
  if (en > sv) return 'en';
  if (sv > en) return 'sv';
  // "days till SK 3/11": as many words of each language, the first word, where it is of one language only, opens
  // the frame ("till" is English too).
  if (sv > 0) {
    const first = lexicon.langScore(scored.slice(0, 1));
    if (first.en && !first.sv) return 'en';
    if (first.sv && !first.en) return 'sv';
  }
  // "consultancy budget per month?", "book a room for LG 20/5": no word of langWords, but two or more of one
  // language's common words more than of the other's decide. One alone ("ÖFN start?") does not: the locale does.
  const common = lexicon.commonScore(scored);
  if (common.en >= common.sv + COMMON_MARGIN) return 'en';
  if (common.sv >= common.en + COMMON_MARGIN) return 'sv';
  // "agenda for 14/4?": nothing else decides, and a Swedish word is typed without the å, ä or ö it needs ("för") in a
  // message with none: the English word is the one written. ("budgeten for 2011" is decided before, by "budgeten".)
  // A word of either language with a Swedish definite ending ("budgeten", "mötet") still says Swedish.
  const swedishForm = (w: string) => { const m = /^(\p{L}{4,}?)(en|et|erna|arna|orna)$/u.exec(w); if (!m) return false; const s = lexicon.langScore([m[1]!]); return s.sv + s.en > 0 || lexicon.isName(m[1]!); };
  // (Nor a Swedish word typed with one typo: "budgten for utredningr".)
  const swedishTypo = (w: string) => { const c = lexicon.corrected(w); if (!c) return false; const s = lexicon.langScore([c]); return (s.sv > 0 && s.en === 0) || swedishForm(c); };
  if (svMarked.size && text !== undefined && !/[åäö]/i.test(text) && scored.some((w) => svMarked.has(w)) && common.sv <= common.en && !scored.some((w) => swedishForm(w) || swedishTypo(w))) return 'en';
  if (locale) return /^en/i.test(locale) ? 'en' : 'sv';
  return earlier ?? 'sv';
}

/** The language of a message's first two words, where both are words of that language only. */
function frameLang(lexicon: Lexicon, words: string[]): Lang | undefined {
  const first = words.filter((w) => /\p{L}/u.test(w)).slice(0, 2);
  if (first.length < 2) return undefined;
  const langs = first.map((w) => {
    const s = lexicon.langScore([w]);
    return s.en > 0 && s.sv === 0 ? 'en' : s.sv > 0 && s.en === 0 ? 'sv' : undefined;
  });
  return langs[0] && langs[0] === langs[1] ? langs[0] : undefined;
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
    } else if (/\d/.test(w) || !/[-/]/.test(w)) add(w);
    // ("studies/consultants", "LG/SK": words joined by a slash are words of their own, as with a hyphen.)
    else for (const part of w.split(/[-/]/)) add(part);
  }
  return out;
}

/** What the features need to know of the plan's bodies: kept per plan version. */
const facts = new PlanMemo<{ bodyById: Map<string, Plan['bodies'][number]>; rotationBodies: Set<string>; meetingBodies: Set<string>; hostedBodies: Set<string>; roles: Array<{ stem: string; body: string }>; knownYears: number[] }>();
/** A role word without its Swedish endings: "kommundirektörerna", "kommundirektörer" → "kommundirektor". */
export const roleStem = (w: string) => w.replace(/(erna|arna|orna|na|er|ar|or|en|a|n)$/, '');
function planFacts(plan: Plan) {
  return facts.get(plan, () => ({
    bodyById: new Map(plan.bodies.map((b) => [b.id, b])),
    rotationBodies: new Set(plan.hostRotations.map((r) => r.body)),
    meetingBodies: new Set(plan.meetings.map((m) => m.body)),
    hostedBodies: new Set(plan.meetings.filter((m) => m.hosts.length).map((m) => m.body)),
    // The role a body is made of, by the first word of its composition ("kommundirektörerna" → ledningsgruppen).
    // The years the plan names (its rotations' and its calendar's): what a span of years is cut to.
    knownYears: [...new Set([...plan.hostRotations.map((r) => r.year), ...plan.calendarYears])].sort((a, b) => a - b),
    roles: plan.bodies.filter((b) => b.composition).map((b) => ({ stem: roleStem(fold(b.composition!).split(' ')[0] ?? ''), body: b.id })).filter((r) => r.stem.length >= 8),
  }));
}

export interface UnderstandInput {
  text: string;
  plan: Plan;
  lexicon: Lexicon;
  now: Date;
  locale?: string;
  context?: QueryContext;
  /**
   * The text's words and language, where the caller has already read them (splitWords, detectLang); and,
   * where it read this very text with this lexicon (the message's reading, core/reading.ts), the lexicon's
   * matches of those words and the dates as questionDates reads them at `now`.
   */
  read?: { words: string[]; lang: Lang; matches?: readonly Match[]; dates?: DateEntities };
  /** The municipality the asker introduced themselves with in this message (introducedMunicipality), if any. */
  asker?: string;
}

/**
 * The lexicon's matches as a question is read: a month's short form written with å, ä or ö is another
 * word ("hur mår du" is not March). `matches`: the lexicon's matches of `words`, the folded words of `text`.
 */
export function questionMatches(text: string, words: readonly string[], matches: readonly Match[], lexicon?: Lexicon): readonly Match[] {
  // "may Södertälje become part of ÖFN?": a month that is also a verb (numberWords' monthsAlsoWords), as the first word
  // with a municipality right after it, is the verb ("May meetings?", "may SK" keep the month).
  const nw = lexicon?.data.numberWords;
  const verbMonths = nw ? [nw.sv, nw.en].flatMap((t) => t.monthsAlsoWords ?? []) : [];
  if (verbMonths.length && verbMonths.includes(words[0] ?? '') && matches.some((m) => m.start === 1 && m.sense.kind === 'municipality')) matches = matches.filter((m) => !(m.sense.kind === 'month' && m.start === 0));
  // "vem är värd": "är" folds to "ar" as "år" does, so the word for year is read only where the text writes "år"
  // (or "ar") as a word, not where its only such word is "är".
  const yearWord = (m: Match) => m.sense.kind === 'cue' && (m.sense.name === 'year' || m.sense.name === 'years') && m.end - m.start === 1 && words[m.start] === 'ar';
  if (/(?<!\p{L})är(?!\p{L})/iu.test(text) && !/(?<!\p{L})(år|ar)(?!\p{L})/iu.test(text) && matches.some(yearWord)) matches = matches.filter((m) => !yearWord(m));
  // ("vilket av dem ar i Botkyrka?", "vad ar visionen": written without å/ä/ö, "ar" right after a question word or a
  // pronoun is the verb, lexicon isAfter; "vilket ar", "i ar", "per ar" stay the year.)
  const verbAfter = lexicon?.data.exactWords?.isAfter ?? [];
  const verb = (m: Match) => yearWord(m) && m.start > 0 && verbAfter.includes(words[m.start - 1]!);
  if (verbAfter.length && matches.some(verb)) matches = matches.filter((m) => !verb(m));
  // Only a month read from one word can go (most messages have none): the text is split only then.
  const oneWordMonth = (m: Match) => m.sense.kind === 'month' && m.end - m.start === 1;
  if (!/[åäö]/i.test(text) || !matches.some(oneWordMonth)) return matches;
  const marked = new Set(text.split(/[^\p{L}]+/u).filter((w) => /[åäö]/i.test(w)).map(fold));
  return matches.filter((m) => !(oneWordMonth(m) && marked.has(words[m.start]!)));
}

/** The dates of a question (clock times left out, week numbers and offsets read): `matches` as questionMatches gives them. */
export function questionDates(text: string, words: string[], matches: readonly Match[], lang: Lang, now: Date, lexicon: Lexicon, undatedYear?: number): DateEntities {
  return extractDates(withoutTimes(text), words, matches, lang, now, { weekWords: lexicon.data.weekWords ?? [], offsets: lexicon.data.offsets, joins: timeJoins(lexicon.data), ...(undatedYear !== undefined ? { undatedYear } : {}) });
}

/**
 * "Jag är ny i kommunstyrelsen i Nykvarn. Vad är Södertörnskonferensen …?": a first sentence that introduces the
 * asker (the lexicon's openers, after a greeting) is no part of the question, and the municipality it names is
 * not the question's subject. The text after it is the question; a text without one is returned as it is.
 * (One pass over the text, which the caller has already bounded.)
 */
export function withoutIntroduction(text: string, lexicon: Lexicon): string {
  const openers = lexicon.data.introductions ?? [];
  if (!openers.length) return text;
  const stop = /[.!?]\s/u.exec(text);
  if (!stop || stop[0][0] === '?') return text;
  const end = stop.index;
  const rest = text.slice(end + stop[0].length).trim();
  const words = splitWords(fold(text.slice(0, end)));
  const greetings = lexicon.data.cues.greeting ?? [];
  let i = 0;
  while (i < words.length && greetings.includes(words[i]!)) i++;
  const said = words.slice(i).join(' ');
  return rest && openers.some((o) => said.startsWith(`${o} `)) ? rest : text;
}

/**
 * "En assistent på Tyresö frågar: ligger SK-mötet i december hos Tyresö?", "A journalist asks: who hosts …", "En
 * sekreterare i Huddinge undrar hur många år …": a question relayed from someone, a few words naming them and then a
 * verb of asking (the lexicon's relayVerbs), is the question after the verb; the one who asks, and the municipality
 * they are from, is no part of what is asked. Only where a colon or a question word (yesNo.whWords) follows the verb,
 * and no question word or question mark comes before it ("vem frågar …?" asks who); else the text as it is.
 */
export function withoutRelay(text: string, lexicon: Lexicon): string {
  const verbs = lexicon.data.relayVerbs ?? [];
  if (!verbs.length) return text;
  const wh = new Set(lexicon.data.yesNo?.whWords ?? []);
  const found = [...text.matchAll(/\p{L}+/gu)].slice(0, 10);
  const words = found.map((m) => foldWord(m[0]));
  for (let k = 1; k < words.length; k++) {
    if (wh.has(words[k - 1]!) || text.slice(0, found[k]!.index).includes('?')) return text;
    const verb = verbs.map((v) => v.split(' ')).find((v) => v.every((w, j) => words[k + j] === w));
    if (!verb) continue;
    const last = found[k + verb.length - 1]!;
    const after = text.slice(last.index + last[0].length);
    const colon = /^\s*:/.exec(after);
    const rest = (colon ? after.slice(colon[0].length) : after).trim();
    const next = words[k + verb.length];
    return rest && (colon || (next !== undefined && wh.has(next))) ? rest : text;
  }
  return text;
}

/**
 * "Vilken tid brukar ledningsgruppen träffas? Jag ska boka lokal.", "What time does the LG meet? I need to book a room.":
 * a sentence beside the question that says what the asker is going to do (the lexicon's asides.openers, first) and
 * does not address the bot (no word of asides.addressed: "Jag behöver boka lokal, kan du göra det?" asks it) is the
 * asker's reason, not what is asked: it is left out, so the room or the invitation it names is not read as a fact
 * asked of the plan. Only where another sentence asks (a "?" or a question word first); else the text is returned
 * as it is ("Jag ska boka lokal till LG 20/5." is what is said). One pass over the text's sentences.
 */
export function withoutAsides(text: string, lexicon: Lexicon): string {
  const asides = lexicon.data.asides;
  if (!asides?.openers.length) return text;
  const greetings = lexicon.data.cues.greeting ?? [];
  const addressed = new Set(asides.addressed);
  const bare = asides.bare ?? [];
  const wordsOf = (sentence: string) => {
    const words = splitWords(fold(sentence));
    let i = 0;
    while (i < words.length && greetings.includes(words[i]!)) i++;
    return words.slice(i);
  };
  // (An opener without its subject, "ska boka lokal", "need to send out the invitations", as chat writes it: an aside
  // only where it asks nothing itself, no "?".)
  const aside = (words: string[], written: string) => {
    const said = ` ${words.join(' ')} `;
    const opens = asides.openers.some((o) => said.startsWith(` ${o} `)) || (!written.trim().endsWith('?') && bare.some((o) => said.startsWith(` ${o} `)));
    return opens && !words.some((w) => addressed.has(w));
  };
  // "vilken tid börjar LG-mötena, ska skicka ut kallelse": the last clauses of a sentence that opens with a question
  // word, after a comma or a dash, are asides as sentences are.
  const clauseTrimmed = (sentence: string) => {
    const clauses = sentence.split(/(?<=,)\s+|\s+(?=[–—]\s)/);
    if (clauses.length < 2 || !understoodWords(lexicon.data).questionFirst.has(wordsOf(clauses[0]!)[0] ?? '')) return sentence;
    let n = clauses.length;
    while (n > 1 && aside(wordsOf(clauses[n - 1]!.replace(/^[–—]\s*/, '')), clauses[n - 1]!)) n--;
    return n === clauses.length ? sentence : clauses.slice(0, n).join(' ').replace(/[,\s]+$/, '');
  };
  // (A sentence ends at a stop before a space, not after a short abbreviation in lower case: "14.4", "kl. 9", "t.ex. LG" end none, "när träffas LG. jag …" does.)
  const sentences = text.trim().split(/(?<=[!?]|(?<!(?:^|[\s.])\p{Ll}{1,2})\.)\s+/u).map(clauseTrimmed);
  const trimmed = sentences.join(' ');
  if (sentences.length < 2) return trimmed === text.trim() ? text : trimmed;
  const read = sentences.map(wordsOf);
  const kept = sentences.filter((s, i) => !aside(read[i]!, s));
  const asks = sentences.some((s, i) => !aside(read[i]!, s) && (s.trim().endsWith('?') || understoodWords(lexicon.data).questionFirst.has(read[i]![0] ?? '')));
  return kept.length === sentences.length || !asks ? (trimmed === text.trim() ? text : trimmed) : kept.join(' ');
}
/** Question words that open a question without its "?" ("när träffas LG. jag ska boka lokal"). */

/**
 * "Jag är från Tyresö. När är nästa LG?": the municipality the asker's introduction names (the first sentence that
 * withoutIntroduction leaves out), the asker's own; undefined where there is no introduction or it names none or two.
 */
export function introducedMunicipality(text: string, lexicon: Lexicon): string | undefined {
  const rest = withoutIntroduction(text, lexicon);
  if (rest === text) return undefined;
  const intro = text.slice(0, text.length - rest.length);
  const found = new Set(lexicon.match(splitWords(fold(intro))).filter((m) => m.sense.kind === 'municipality').map((m) => (m.sense as { id: string }).id));
  return found.size === 1 ? [...found][0] : undefined;
}

/** "vi", "oss", "vår", "we", "us", "our": the asker's side (read from the text as written: folded, "vår" is "var", where). */
const WE = /(^|[^\p{L}])(vi|oss|vår|vårt|våra|we|us|our|ours)(?![\p{L}])/iu;

export function understand(input: UnderstandInput): Query {
  const { text, plan, lexicon, now, context } = input;
  const words = input.read?.words ?? splitWords(fold(text));
  const small = understoodWords(lexicon.data);
  const lang = input.read?.lang ?? detectLang(lexicon, words, input.locale, context?.lang, text);
  // The message's own reading brings its matches and dates; a part of it or an altered text (turn.ts:
  // two questions in one message, "och …" put before a second part) is matched and dated here.
  const matches = questionMatches(text, words, input.read?.matches ?? lexicon.match(words), lexicon);
  const dates = countedFromToday(input.read?.dates ?? questionDates(text, words, matches, lang, now, lexicon, undatedYear(plan, now)), words, matches, now, lexicon);

  const uniq = <T>(xs: T[]) => [...new Set(xs)];
  const of = <K extends Match['sense']['kind']>(kind: K) =>
    matches.filter((m) => m.sense.kind === kind).map((m) => m.sense as Extract<Match['sense'], { kind: K }>);

  // Words read as part of a name or a longer phrase ("the day after tomorrow", "nästa vecka") are not also
  // read as loose cue words ("after", "day").
  const entitySpans = matches.filter((m) => m.sense.kind !== 'cue' && m.sense.kind !== 'budgetLine' && m.sense.kind !== 'followStart');
  // ("innan jul", "efter semestern": the order word of a period phrase still says before or after it.)
  const order = (m: Match) => m.sense.kind === 'cue' && (m.sense.name === 'before' || m.sense.name === 'after');
  const insideEntity = (m: Match) => entitySpans.some((e) => e !== m && e.start <= m.start && e.end >= m.end && e.end - e.start > m.end - m.start && !(e.sense.kind === 'period' && order(m)));
  // "post a short summary of the plan on our intranet": the verb of a request to publish outside the chat is no cue of
  // its own ("post" is a budget line elsewhere), so what it asks to publish is read as asked.
  const published = placeRequest(words, startsFollowUp(text, matches) ? 1 : 0, lexicon, lexicon.data.publishRequests);
  const requestVerb = (m: Match) => published !== undefined && m.start === published.at && m.end === published.at + 1 && !(m.sense.kind === 'cue' && m.sense.name === 'action');
  // "how long does it last?", "hur länge ... how long will the meeting last": "last" right after a word of what lasts
  // (exactWords.understood.lastVerbAfter), with a word of how long asked, is the verb, not the last meeting.
  // (A word of how long is asked, the lexicon's durationAsked: read once here, for the readings of length below too.)
  const howLong = (lexicon.data.durationAsked ?? []).some((p) => ` ${words.join(' ')} `.includes(` ${p} `));
  const lastVerb = (m: Match) => howLong && m.sense.kind === 'cue' && m.sense.name === 'last' && m.end - m.start === 1 && words[m.start] === 'last' && small.lastVerbAfter.has(words[m.start - 1] ?? '');
  const cues = uniq(matches.filter((m) => m.sense.kind === 'cue' && !insideEntity(m) && !requestVerb(m) && !lastVerb(m)).map((m) => (m.sense as { name: string }).name));
  if (countsFromNow(words, lexicon) && !cues.includes('until')) cues.push('until');
  if (monthsWithout(words, lexicon) && !cues.includes('emptyMonths')) cues.push('emptyMonths');
  // "minst hälften", "minst två tredjedelar", "at least 500 000", "högst 10 %": a superlative right before a number or a
  // part of a whole bounds that figure (cue atLeast / atMost); it names no largest or smallest line.
  const numberWords = lexicon.data.offsets?.numbers ?? {};
  // ("the smallest one", "den minsta en gång": "one"/"en" is a figure bound only before a part of a whole, "en tredjedel".)
  const bound = (m: Match) => {
    const next = words[m.end] ?? '';
    const one = oneWords(lexicon.data).includes(next);
    const figure = /^\d[\d.,]*%?$/.test(next) || one || (lexicon.data.boundFigures?.figures ?? []).includes(next);
    if (m.end - m.start !== 1 || !(figure || Object.hasOwn(numberWords, next))) return false;
    return !one || inWordList(words[m.end + 1] ?? '', lexicon.data.boundFigures?.partsOfWhole ?? []);
  };
  for (const name of ['smallest', 'largest'] as const) {
    const ms = matches.filter((m) => m.sense.kind === 'cue' && m.sense.name === name && !insideEntity(m));
    if (!ms.length || !ms.every((m) => bound(m))) continue;
    if (cues.includes(name)) cues.splice(cues.indexOf(name), 1);
    cues.push(name === 'smallest' ? 'atLeast' : 'atMost');
  }
  // "vilka möten finns", "which meetings are there": a which-word before the plural of meeting asks for a listing.
  // ("vilka andra SK-möten finns?", "which other committee meetings": the other meetings are a listing too.)
  if (!cues.includes('calendar') && words.some((w, i) => /^(vilka|which|what|alla|all)$/.test(w) && words.slice(i + 1, i + 4).filter((x) => !/^(andra|other|ovriga)$/.test(x)).slice(0, 2).some((x) => /^(moten|motena|meetings|sammantraden)$/.test(x)))) cues.push('calendar');
  // "när började kommunerna samarbeta?", "when did the cooperation start?": a start asked of the cooperation itself
  // (no body named) asks when it was founded, which the plan does not say.
  if (cues.includes('start') && !cues.includes('founded') && words.some((w) => /^(samarbet|samverk|cooperat|collaborat)/.test(w)) && !matches.some((m) => m.sense.kind === 'body')) cues.push('founded');
  // "vad tjänar vår kommun på samverkan?", "what do we get out of cooperating?": a verb of gaining with its particle
  // after it asks what the cooperation gives, its purpose (lexicon gainVerbs); "hur mycket tjänar …" is pay.
  // ("get" alone is read as money received: with its particle and no amount asked, it is the gain.)
  if (!cues.includes('purpose') && !/\b(hur mycket|how much)\b/.test(words.join(' ')) && gainAsked(words, lexicon)) {
    cues.push('purpose');
    const moneyAt = matches.filter((m) => m.sense.kind === 'cue' && m.sense.name === 'money');
    if (moneyAt.length && moneyAt.every((m) => m.end - m.start === 1 && (lexicon.data.gainVerbs?.verbs ?? []).includes(words[m.start]!))) cues.splice(cues.indexOf('money'), 1);
  }
  // "could you explain what the Södertörn cooperation is for?": what something is for, asked at the message's end.
  if (!cues.includes('purpose') && !cues.includes('whatFor') && !matches.some((m) => m.sense.kind === 'budgetLine') && !words.some((w) => /\d/.test(w)) && forWhatAsked(words, matches, lexicon)) cues.push('purpose');
  // ("what would the other six pay each?", "vad får de övriga betala var?": a split of what is paid is money, where the
  // split's phrase took the verb of paying.)
  if (cues.includes('split') && !cues.includes('money') && words.some((w) => /^(pay|pays|paying|betala|betalar|betalas)$/.test(w))) cues.push('money');
  // A kind of fact the plan does not hold (a name, a price, an agenda) is something the plan cannot know.
  const notInPlanKinds = cues.filter((c) => c.startsWith('nip:')).map((c) => c.slice(4));
  // "the invitation said Friday, when is the LG meeting in October?", "mejlet sa fredag – när är LG i september?": a
  // thing the plan does not hold, named as the source of what a premise says (right before a verb of saying), is not
  // what is asked; the premise is checked against what the plan holds, the question answered.
  const reporting = new Set(lexicon.data.reportingVerbs ?? []);
  // ("På partimötet sades det att …", "at the party meeting it was said that …": the setting where it was said is a
  // source too, its verb a word or two on, with nothing asked in between.)
  const wh = new Set(lexicon.data.yesNo?.whWords ?? []);
  const reports = (i: number) => [i, i + 1, i + 2].some((j) => reporting.has(words[j] ?? '') && !writtenSo(text, words, j) && !words.slice(i, j).some((w) => wh.has(w) || /\d/.test(w)));
  const reported = matches.filter((m) => m.sense.kind === 'cue' && m.sense.name.startsWith('nip:') && reports(m.end));
  for (const r of reported) {
    const name = (r.sense as { name: string }).name;
    if (matches.some((m) => m !== r && m.sense.kind === 'cue' && m.sense.name === name && !reports(m.end))) continue;
    if (cues.includes(name)) cues.splice(cues.indexOf(name), 1);
    if (notInPlanKinds.includes(name.slice(4))) notInPlanKinds.splice(notInPlanKinds.indexOf(name.slice(4)), 1);
  }
  if (reported.length && !notInPlanKinds.length && cues.includes('unknownTopic')) cues.splice(cues.indexOf('unknownTopic'), 1);
  // "Apart from the chairs, who takes part in the committee meetings?", "förutom ordförandena, vilka deltar …": a role
  // the off-plan cue also holds ("chair"), set aside by a word of the except cue right before it (an article or another
  // word of the role's between), is who is left out, not whose name is asked; the rest of the question is read.
  const setAsideAt = new Set(matches.filter((m) => m.sense.kind === 'cue' && m.sense.name === 'except').map((m) => m.end));
  const namesAt = (i: number) => matches.some((x) => x.sense.kind !== 'cue' && x.start <= i && x.end > i);
  const setAsideRole = (m: Match) => roleAt(words, m.start, lexicon.data) !== undefined && [0, 1, 2].some((k) => setAsideAt.has(m.start - k) && words.slice(m.start - k, m.start).every((w, j) => small.articles.has(w) || !namesAt(m.start - k + j)));
  const offPlanCues = matches.filter((m) => m.sense.kind === 'cue' && (m.sense.name === 'unknownTopic' || m.sense.name.startsWith('nip:')));
  if (setAsideAt.size && offPlanCues.length && offPlanCues.every(setAsideRole)) {
    for (const m of offPlanCues) {
      const name = (m.sense as { name: string }).name;
      if (cues.includes(name)) cues.splice(cues.indexOf(name), 1);
      if (name.startsWith('nip:') && notInPlanKinds.includes(name.slice(4))) notInPlanKinds.splice(notInPlanKinds.indexOf(name.slice(4)), 1);
    }
  }
  // A cooperation area named ("verksamhetsfrågorna", "the regional development questions") or its governing
  // documents asked for ("styrdokument", "which document governs …"): the plan's areas, which hold both, so
  // "document" and "governs" ask for what the plan names, not for papers or politics.
  const areaNamed = cues.some((c) => c.startsWith('area:'));
  // ("styr", "governs" ask for an area's documents only where an area is named: "vilket parti styr Botkyrka" is politics.)
  // ("vilka dokument styr samverkan": a document that governs is a governing document too.)
  if ((areaNamed || words.some((w) => /^(dokument|document)/.test(w))) && cues.includes('governs') && !cues.includes('governingDocs')) cues.push('governingDocs');
  if ((areaNamed || cues.includes('governingDocs')) && !cues.includes('cooperationAreas')) cues.push('cooperationAreas');
  // "varför ska min kommun vara med i samarbetet": why take part at all, with no body or municipality named, is
  // the cooperation's purpose (what the municipalities get out of it), not who takes part.
  // ("varför samverkar kommunerna egentligen?", "why do the municipalities cooperate?": why they cooperate, likewise.)
  if (cues.includes('why') && (cues.includes('membership') || words.some((w) => small.cooperateVerbs.has(w))) && !cues.includes('purpose') && !matches.some((m) => m.sense.kind === 'body' || m.sense.kind === 'municipality')) cues.push('purpose');
  // "varför finns verksamhetsfrågorna": why an area exists is what it aims at, its purpose.
  if (areaNamed && cues.includes('why') && !cues.includes('governingDocs') && !cues.includes('purpose')) cues.push('purpose');
  // "varför finns ledningsgruppen?", "Why do we have a key figures day at all?": why one body is there at all, with nothing
  // said of it to check (no day, month, year, weekday, municipality, amount, order or time of day: those are premises,
  // "varför möts LG på fredagar?"), is what it is for, its purpose.
  const bodiesNamed = new Set(matches.filter((m) => m.sense.kind === 'body').map((m) => (m.sense as { id: string }).id));
  const claimed = matches.some((m) => ['municipality', 'weekday', 'month', 'period', 'budgetLine', 'year'].includes(m.sense.kind)) || words.some((w) => /\d/.test(w)) || dates.dates.length > 0 || dates.month !== undefined || dates.week !== undefined;
  // ("varför är lunchen så dyr på rådslaget?": a why about something the plan does not hold is no why of the body.)
  if (cues.includes('why') && bodiesNamed.size === 1 && !claimed && !notInPlanKinds.length && !cues.includes('unknownTopic') && !cues.includes('purpose') && !['host', 'when', 'where', 'timeOfDay', 'before', 'after', 'often', 'count', 'next', 'last', 'first', 'cancel', 'money', 'budget', 'membership', 'start', 'allDay'].some((c) => cues.includes(c))) cues.push('purpose');
  if (areaNamed || cues.includes('governingDocs')) {
    const held = notInPlanKinds.filter((k) => k === 'agenda' || k === 'politics' || k === 'name');
    for (const k of held) {
      notInPlanKinds.splice(notInPlanKinds.indexOf(k), 1);
      cues.splice(cues.indexOf(`nip:${k}`), 1);
    }
    if (held.length && !notInPlanKinds.length && cues.includes('unknownTopic')) cues.splice(cues.indexOf('unknownTopic'), 1);
  }
  // ("vad blir resultatet av budgeten?", "the budget's outcome": money's result is the budget's balance, which the plan holds.)
  if (notInPlanKinds.includes('results') && (matches.some((m) => m.sense.kind === 'budgetLine') || ['money', 'budget', 'income', 'costsWord'].some((c) => cues.includes(c)))) {
    notInPlanKinds.splice(notInPlanKinds.indexOf('results'), 1);
    cues.splice(cues.indexOf('nip:results'), 1);
    if (!notInPlanKinds.length && cues.includes('unknownTopic')) cues.splice(cues.indexOf('unknownTopic'), 1);
  }
  // ("What results should the cooperation give?", "vilka resultat ska rådslaget leda till?": results asked of what is
  // planned are the plan's. Only what came of something is not in it: a word of the past (lexicon resultsPast: "förra
  // året", "last", "visade", "were") or a year before this one beside the word of results.)
  if (notInPlanKinds.includes('results')) {
    const yearNow = Number(stockholmDate(now).slice(0, 4));
    const past = words.some((w) => inWordList(w, lexicon.data.resultsPast ?? []) || (/^(19|20)\d\d$/.test(w) && Number(w) < yearNow));
    if (!past) {
      notInPlanKinds.splice(notInPlanKinds.indexOf('results'), 1);
      cues.splice(cues.indexOf('nip:results'), 1);
      if (!notInPlanKinds.length && cues.includes('unknownTopic')) cues.splice(cues.indexOf('unknownTopic'), 1);
    }
  }
  // A name asked of something the plan names ("vad heter de högskolor som nämns") is not a person's name,
  // nor are people where the plan's population is asked ("how many people live in Södertörn").
  const topicNamed = TOPIC_CUES.some((t) => cues.includes(t));
  // ("när beslutades SUP:en": a decision asked of a part of the plan, with no meeting named, is when the plan
  // says it was adopted, not a meeting's minutes.)
  const noMeeting = !dates.dates.length && !dates.month && !matches.some((m) => m.sense.kind === 'body');
  if (topicNamed && notInPlanKinds.length && notInPlanKinds.every((k) => k === 'name' || k === 'people' || (k === 'agenda' && noMeeting))) {
    notInPlanKinds.length = 0;
    if (cues.includes('unknownTopic')) cues.splice(cues.indexOf('unknownTopic'), 1);
  }
  // People counted or asked which ("hur många deltagare kommer", "vilka konsulter har anlitats", "who are the
  // staff"): the plan names roles and budget lines, never how many people nor who they are.
  const people = new Set(lexicon.data.peopleNouns ?? []);
  if (people.size && !notInPlanKinds.length) {
    const after = (end: number) => words.slice(end, end + 5).filter((w) => !['ar', 'is', 'are', 'the', 'de', 'den', 'det', 'was', 'were', 'var', 'blir'].includes(w)).slice(0, 2);
    const counted = matches.some((m) => m.sense.kind === 'cue' && m.sense.name === 'count' && after(m.end).some((w) => people.has(w)));
    // (A word of the who cue, read whole: the lexicon's cues.who, "vem", "vilka", "which".)
    const whoWords = lexicon.data.cues.who ?? [];
    const which = !counted && words.some((w, i) => whoWords.includes(w) && after(i + 1).some((x) => people.has(x)));
    // ("which consultants were hired with the 230 000?": the people asked for right after "which" are asked who they
    // are, whatever money the question also names.)
    const whichRightBefore = which && words.some((w, i) => /^(vilka|vilken|which)$/.test(w) && people.has(words[i + 1] ?? ''));
    if ((counted || which) && (whichRightBefore || !cues.some((c) => ['money', 'budget', 'share', 'sum', 'membership'].includes(c) && !(c === 'membership' && counted)))) notInPlanKinds.push(counted ? 'headcount' : 'whichPeople');
  }
  // "vem är kommunstyrelseordförande i Salem", "who is the chair": one person in a role is a name the plan
  // does not give (it names roles only); "vilka ingår" asks for the roles, which it does.
  // (The role is the lexicon's roles table's, the one every reading of a role uses.)
  if (!notInPlanKinds.length && lexicon.data.roles) {
    const at = words.findIndex((w) => w === 'vem' || w === 'who' || w === 'whos');
    const next = at >= 0 ? words.slice(at + 1, at + 4).findIndex((w) => !['ar', 'is', 'blir', 'var', 'was', 'the', 'den', 'det'].includes(w)) : -1;
    if (next >= 0 && roleAt(words, at + 1 + next, lexicon.data) !== undefined) notInPlanKinds.push('name');
  }
  // "what did the Botkyrka chair say", "what did Haninge think of it": what someone said is a statement the plan does
  // not hold. ("say" alone is the plan's own verb, "what does the plan say about …": only after "did", and not of the plan.)
  const speech = lexicon.data.statementVerbs;
  if (speech && !notInPlanKinds.includes('statements')) {
    const aux = words.findIndex((w) => speech.auxiliaries.includes(w));
    const verb = aux < 0 ? -1 : words.findIndex((w, i) => i > aux && i <= aux + 6 && speech.verbs.includes(w));
    if (verb > 0 && !words.slice(aux + 1, verb).some((w) => speech.notOf.includes(w))) notInPlanKinds.push('statements');
  }
  if (notInPlanKinds.length && !cues.includes('unknownTopic')) cues.push('unknownTopic');

  // "hur länge håller det på?", "how long is it?", "hur länge?" after a meeting: how long a meeting lasts, not how
  // long until it, where "hur länge"/"how long" is the only word of until and nothing says until, ago or since.
  // (Alone, with no meeting named or answered, "how long?" stays vague.)
  // ("how long does the next meeting last?", "… go on for?": with no body named, a word of meeting and a verb of lasting,
  // lexicon untilWords.lastingVerbs and lastingPhrases, ask the same of the meeting meant.)
  const lasting = cues.includes('meeting') && (words.some((w) => untilWordSets(lexicon).lastingVerbs.has(w)) || withoutLastingPhrases(words, lexicon).length < words.length);
  if (cues.includes('until') && !cues.includes('ago') && !cues.includes('start') && (context?.meetingId || of('body').length || lasting) && /\b(hur lange|how long)\b/.test(words.join(' '))) {
    const untilWords = matches.filter((m) => m.sense.kind === 'cue' && m.sense.name === 'until').map((m) => words.slice(m.start, m.end).join(' '));
    const onlyHowLong = untilWords.every((w) => w === 'hur lange' || w === 'how long');
    if (onlyHowLong && !withoutLastingPhrases(words, lexicon).some((w) => inWordList(w, untilWordSets(lexicon).notLengthAlone))) cues.splice(cues.indexOf('until'), 1, ...(cues.includes('timeOfDay') ? [] : ['timeOfDay']), ...(!of('body').length && (context?.meetingId || lasting) && !cues.includes('duration') ? ['duration'] : []));
  }
  // ("och hur lång är dagen?", "how long does it last?" after a meeting: a word of how long a meeting is, with no word of
  // until and nothing named, is its time of day too.)
  else if (!cues.includes('timeOfDay') && !cues.includes('until') && context?.meetingId && !of('body').length && howLong && !withoutLastingPhrases(words, lexicon).some((w) => inWordList(w, untilWordSets(lexicon).notLength) || untilWordSets(lexicon).dayUnits.has(w))) cues.push('timeOfDay', 'duration');
  let bodies = uniq(of('body').map((s) => s.id));
  // "the council": a word more than one body goes by (the lexicon's sharedAliases) names its first body, unless the
  // question names another of them in other words or asks what only another has (a host in a year or a turn: a rotation).
  bodies = sharedAliasBodies(bodies, matches, words, cues, plan, lexicon, { year: dates.years.length + dates.relativeYears.length > 0, dayOrMonth: dates.dates.length > 0 || dates.month !== undefined });
  // "the nyckeltal day – not the rådslag", "LG, inte SK": a body named right after a not is the one not meant.
  // ("Where is the key figures day held, as opposed to the Rådslag?", "till skillnad från rådslaget": a body named right
  // after words that set it against another is not the one asked about either.)
  const contrastEnds = contrastEndsOf(words, lexicon);
  const setAgainst = (at: number) => small.negations.has(words[at] ?? '') || contrastEnds.has(at + 1);
  const negated = new Set(matches.filter((m) => m.sense.kind === 'body' && (setAgainst(m.start - 1) || (small.articles.has(words[m.start - 1] ?? '') && setAgainst(m.start - 2)))).map((m) => (m.sense as { id: string }).id));
  if (negated.size && bodies.some((b) => !negated.has(b))) bodies = bodies.filter((b) => !negated.has(b));
  // "heldagar i år utom rådslaget", "which full-day events apart from the rådslag?": a body named right after a word of
  // the except cue is left out of what is asked; where it is every body named, no body is the subject.
  const exceptEnds = new Set(matches.filter((m) => m.sense.kind === 'cue' && m.sense.name === 'except').map((m) => m.end));
  const excepted = uniq(matches.filter((m) => m.sense.kind === 'body' && (exceptEnds.has(m.start) || (small.articles.has(words[m.start - 1] ?? '') && exceptEnds.has(m.start - 1)))).map((m) => (m.sense as { id: string }).id));
  const excludedBodies = excepted.length && bodies.every((b) => excepted.includes(b)) ? excepted : [];
  if (excludedBodies.length) bodies = [];
  else if (excepted.length) bodies = bodies.filter((b) => !excepted.includes(b));
  const { bodyById, roles } = planFacts(plan);
  // "I'm the new chair from Nykvarn – which meetings am I expected to attend this autumn?", "som kommundirektör, vilka
  // möten ska jag gå på i höst?": a role named with a meeting word and a word of attending (or of the asker) asks for
  // the meetings of the bodies the role makes up or attends (the plan's compositions and attendees), in the period
  // asked; the asker's municipality is no subject of it. ("vem är ordförande" is still a name the plan lacks.)
  // ("do the municipal directors attend the SK meetings?": with a body named, the role's bodies are kept for a yes/no
  // about it; who attends a body named is read below as before.)
  const roleOf = !notInPlanKinds.some((k) => k !== 'attendance') ? roleMeetingBodies(words, cues, plan, lexicon) : [];
  // ("vilken roll har kommundirektörerna?": a word of role asks the role's part in the bodies it is in, not their meetings.)
  const roleWordAsked = roleOf.length > 0 && cues.includes('roleOf');
  const roleBodies = bodies.length || roleWordAsked ? [] : roleOf;
  const roleOfNamed = (bodies.length || roleWordAsked) && roleOf.length ? roleOf : undefined;
  if (roleBodies.length) {
    bodies = roleBodies;
    cues.push('roleMeetings'); // (for DEBUG_NLU: why these bodies)
    for (const c of ['nip:attendance', 'unknownTopic']) if (cues.includes(c)) cues.splice(cues.indexOf(c), 1);
    notInPlanKinds.length = 0;
  }
  // "när träffas kommundirektörerna": the body made of the role named, where no body is named.
  // Only for questions of when and how a body meets, or who is in it ("hur mycket tjänar kommundirektörerna" is a salary).
  // ("i vilken grupp sitter kommundirektörerna", "kommundirektörerna, vilken grupp är de i": the body they make up.)
  if (!bodies.length && !roleWordAsked && roles.length && ['meeting', 'when', 'timeOfDay', 'often', 'next', 'where', 'membership', 'who'].some((c) => cues.includes(c)) && !cues.includes('money')) {
    for (const w of words) {
      if (w.length < 8) continue;
      const st = roleStem(w);
      const r = roles.find((x) => (st.startsWith(x.stem) || x.stem.startsWith(st)) && Math.abs(st.length - x.stem.length) <= 2);
      if (r) {
        bodies = [r.body];
        break;
      }
    }
    // ("when do the chairs meet next?", "var träffas ordförandena i juni?", "when do the directors meet?": a role in any
    // of the roles table's words, English or Swedish, is the body the plan makes of that role (its composition, not its
    // attendees: the directors attend SK but make up LG). A role word the off-plan cue also holds ("chair") is the role
    // here, where nothing else is off the plan and no one is asked after.)
    const role = !bodies.length && !notInPlanKinds.length && !words.some((w) => w === 'vem' || w === 'who' || w === 'whos') ? roleIn(words, lexicon.data) : undefined;
    const made = role ? plan.bodies.filter((b) => roleFits(role, b.composition)) : [];
    if (made.length === 1) {
      bodies = [made[0]!.id];
      const offPlan = matches.filter((m) => m.sense.kind === 'cue' && m.sense.name === 'unknownTopic');
      if (offPlan.length && offPlan.every((m) => roleAt(words, m.start, lexicon.data) !== undefined)) cues.splice(cues.indexOf('unknownTopic'), 1);
    }
  }
  // "who's actually on the committee?", "who exactly is on LG": who is on a body (however many words stand between)
  // is who is in it.
  if (cues.includes('who') && !cues.includes('membership') && matches.some((m) => m.sense.kind === 'body' && (words[m.start - 1] === 'on' || (words[m.start - 1] === 'the' && words[m.start - 2] === 'on')))) cues.push('membership');
  // ("Other than the chairs, who else is at the SK meetings?": who, with some set aside, at a body's meetings asks who
  // else takes part, not when they meet.)
  if (cues.includes('who') && cues.includes('except') && cues.includes('meeting') && !cues.includes('membership') && bodies.length === 1 && !notInPlanKinds.length && !cues.includes('unknownTopic')) cues.push('membership');
  // "förbundet som Haninge, Nynäshamn och Tyresö bildade", "the board those five cooperate through": a joint
  // body's kind named with its member municipalities, not its name, is the joint body of exactly those members.
  const jointNouns = lexicon.data.jointBodyNouns ?? [];
  const namedMunicipalities = uniq(of('municipality').map((s) => s.id));
  if (!bodies.length && namedMunicipalities.length >= 2 && words.some((w) => jointNouns.some((n) => (n.endsWith('*') ? w.startsWith(n.slice(0, -1)) : w === n)))) {
    const same = [...bodyById.values()].filter((b) => b.kind === 'jointBody' && b.memberMunicipalities.length === namedMunicipalities.length && namedMunicipalities.every((m) => b.memberMunicipalities.includes(m)));
    if (same.length === 1) bodies = [same[0]!.id];
  }
  // "Vem har värdskapet för Södertörns överförmyndarnämnd?" → "och sedan när finns nämnden?": a joint body's kind alone
  // ("nämnden", "förbundet", "the board") after an answer about one body of that kind is that body.
  const jointNoun = (w: string) => jointNouns.some((n) => (n.endsWith('*') ? w.startsWith(n.slice(0, -1)) : w === n));
  if (!bodies.length && !namedMunicipalities.length && context?.bodies.length === 1 && words.some(jointNoun)) {
    const last = bodyById.get(context.bodies[0]!);
    const noun = words.find(jointNoun)!;
    const stemOf = jointNouns.find((n) => (n.endsWith('*') ? noun.startsWith(n.slice(0, -1)) : noun === n))!.replace(/\*$/, '');
    if (last?.kind === 'jointBody' && [last.name, ...last.aliases].some((n) => fold(n).includes(stemOf))) bodies = [last.id];
  }
  // "Samarbetskommitténs planeringskonferens": a body whose name holds another named body's name is the one
  // meant ("the committee's planning conference" is the conference, not the committee).
  if (bodies.length > 1) {
    const names = new Map(bodies.map((b) => [b, fold(bodyById.get(b)?.name ?? b)]));
    const aliases = (b: string) => [fold(bodyById.get(b)?.name ?? b), ...(bodyById.get(b)?.aliases ?? []).map(fold)].filter((a) => a.length >= 4);
    const holds = (b: string, o: string) => o !== b && aliases(o).some((a) => names.get(b)!.includes(a.replace(/(en|et|n)$/, '')));
    const specific = bodies.filter((b) => bodies.some((o) => holds(b, o)));
    // ("next week's planning conference, ours (LG) or the committee's?": only the body its name holds goes; another
    // body named stays.)
    if (specific.length === 1) bodies = bodies.filter((o) => o === specific[0] || !holds(specific[0]!, o));
  }
  // "vad heter nämnden för överförmyndarverksamheten", "what is the environment federation called": the name
  // asked is a body's, which the plan gives, where no one is asked after (no "vem"/"who", no role).
  if (bodies.length && notInPlanKinds.length && notInPlanKinds.every((k) => k === 'name') && !words.some((w) => w === 'vem' || w === 'who' || w === 'whos') && roleIn(words, lexicon.data) === undefined) {
    notInPlanKinds.length = 0;
    for (const c of ['nip:name', 'unknownTopic']) if (cues.includes(c)) cues.splice(cues.indexOf(c), 1);
  }
  // "who else attends the committee's meetings": who takes part in a body's meetings is in the plan (its
  // members and those who attend); only sign-ups and who came to a meeting are not.
  if (notInPlanKinds.length && notInPlanKinds.every((k) => k === 'attendance') && !dates.dates.length && !dates.month && !/\b(deltog|attended|came|coming|anmal\w*|narvar\w*)\b/.test(words.join(' '))) {
    // ("who attends?" after an answer about a body: that body's, where the question names nothing else.)
    const asked = bodies.length ? bodies : words.length <= 4 && !of('municipality').length ? context?.bodies ?? [] : [];
    const described = asked.some((b) => { const x = bodyById.get(b); return Boolean(x && (x.attendees || x.composition || x.otherMembers.length || x.memberMunicipalities.length)); });
    if (described) {
      notInPlanKinds.length = 0;
      cues.splice(cues.indexOf('unknownTopic'), 1);
      if (!cues.includes('membership')) cues.push('membership');
    }
  }
  // "vad kostar det att gå på Södertörnskonferensen": what a yearly event costs to attend is a price the plan
  // does not hold (its budget is the committee's year, not per event).
  // (Nor does it hold what joining a joint body costs: "vad kostar det att gå med i miljöförbundet".)
  const eventOnly = bodies.length > 0 && bodies.every((b) => ['conference', 'followUp', 'jointBody'].includes(bodyById.get(b)?.kind ?? ''));
  if (eventOnly && words.some((w) => understoodWords(lexicon.data).priceWords.has(w)) && !cues.includes('budget') && !cues.includes('income') && !of('budgetLine').length && !notInPlanKinds.length) {
    notInPlanKinds.push('price');
    cues.push('unknownTopic');
  }
  // "How much does each municipality pay for the överförmyndarnämnd?", "what's the budget of the environment
  // federation?": money asked of a joint board or federation, with no line of the plan's budget named, is that
  // body's own budget, which the plan does not give (its budget is the committee's); not the committee's fees split.
  const jointOnly = bodies.length > 0 && bodies.every((b) => bodyById.get(b)?.kind === 'jointBody');
  // (Money in plain words: "vart lägger kommunerna ansvaret", "vilken uppgift får de" are no money.)
  const moneyWords = wordListPattern(lexicon.data.exactWords?.moneyWords ?? []).test(words.join(' '));
  // "How much is budgeted for the Södertörn conference?", "budget för rådslaget?": money asked of an event of the
  // calendar, with no line of the plan's budget named. The plan's budget is the committee's, with no line per event.
  const eventBudget = bodies.length > 0 && bodies.some((b) => ['conference', 'followUp'].includes(bodyById.get(b)?.kind ?? '')) && bodies.every((b) => ['conference', 'followUp', 'group'].includes(bodyById.get(b)?.kind ?? ''));
  if (eventBudget && moneyWords && cues.includes('budget') && !of('budgetLine').length && !cues.includes('count') && !cues.includes('membership') && !notInPlanKinds.length) {
    notInPlanKinds.push('eventBudget');
    cues.push('unknownTopic');
  }
  if (jointOnly && moneyWords && ['budget', 'money', 'income', 'split', 'perMonth'].some((c) => cues.includes(c)) && !of('budgetLine').length && !cues.includes('count') && !cues.includes('membership') && !notInPlanKinds.length) {
    notInPlanKinds.push('jointBodyBudget');
    cues.push('unknownTopic');
  }
  let municipalities = roleBodies.length ? [] : uniq(of('municipality').map((s) => s.id));
  // "de", "deras", "they": the municipality the last answer was about.
  // ("how often do they meet?" after the secretariat's host or a meeting's host was named: a municipality hosts but does not
  // meet; "they" who meet are the body the last answer was about, where it meets. "när är de värd?" is still the host.)
  // (After the secretariat's host, the body it supports.)
  const supported = context?.intent === 'secretariat' && !context.bodies.length ? plan.bodies.filter((b) => b.secretariatMunicipality).map((b) => b.id) : context?.bodies ?? [];
  const theyMeetIn = cues.includes('pronoun') && words.some((w) => small.meetVerbs.has(w)) && !cues.includes('host') && !bodies.length && !of('municipality').length ? supported.filter((b) => plan.meetings.some((m) => m.body === b)) : [];
  if (theyMeetIn.length) bodies = theyMeetIn;
  const referred = theyMeetIn.length ? [] : context?.answerMunicipalities?.length ? context.answerMunicipalities : context?.municipalities ?? [];
  // ("om utredningarna dubblas, vad kostar de då": "de" is the budget line named, not a municipality.)
  if (!municipalities.length && cues.includes('pronoun') && referred.length && !of('budgetLine').length) municipalities = [...referred];
  // "och när är vi värd för SK?", "when do we host it?", "är vi med i överförmyndarnämnden?": "vi"/"we" as a host or a
  // member is a municipality: the asker's, where they said it, else the one municipality the conversation was about.
  // (Only of hosting ("hos oss") or membership: "när träffas vi nästa gång?" is the committee's "we".)
  const ours = input.asker ?? context?.asker ?? (context?.municipalities.length === 1 ? context.municipalities[0] : undefined);
  if (!municipalities.length && ours && (cues.includes('host') || cues.includes('membership') || cues.includes('notMember') || /\b(hos oss|at ours|at our place)\b/.test(words.join(' '))) && WE.test(text) && !of('budgetLine').length) {
    municipalities = [ours];
    cues.push('we'); // (for DEBUG_NLU: why this municipality)
  }

  const budgetLines = uniq(of('budgetLine').map((s) => s.id));
  // "en överblick över budgeten", "an overview of the budget": an overview of the budget is the budget.
  if (cues.includes('overview') && (cues.includes('budget') || cues.includes('income'))) cues.splice(cues.indexOf('overview'), 1);
  // An area's purpose or documents asked ("syftet med verksamhetsfrågorna"): the area is the topic, not the
  // cooperation's purpose nor the five development issues whose words the regional area's name shares.
  const areaField = areaNamed && (cues.includes('purpose') || cues.includes('governingDocs'));
  // "hur fördelar planen tiden mellan regionala utvecklingsfrågor och verksamhetsfrågor?", "how does the plan divide
  // time between …": the cooperation areas split between is the balance between them, not a split of money or a time.
  if (areaNamed && cues.includes('split') && !budgetLines.length && !cues.includes('areaBalance') && words.some((w) => w === 'mellan' || w === 'between')) cues.push('areaBalance');
  const topics = TOPIC_CUES.filter((t) => cues.includes(t) && !(areaField && (t === 'purpose' || t === 'developmentIssues')));
  // "hur stort är Södertörn idag jämfört med visionen?", "population today vs the vision": the vision set against
  // today is both figures, the vision's and today's population.
  if (topics.includes('vision') && !topics.includes('population') && (cues.includes('compare') || words.some((w) => untilWordSets(lexicon).now.has(w)))) topics.push('population');
  // "vad är visionen?" → "hur många invånare ska vi vara då?", "how many people by then?": the population at the time
  // the last answer was about (the vision's year) is the vision's figure; "then" points back at it.
  // So do "it" and a word of aim ("how many inhabitants does it aim for?", "vilket invånarantal siktar den på?"): the aim
  // is the vision's, not the cooperation's purpose.
  if (topics.includes('population') && !topics.includes('vision') && context?.topics.includes('vision') && (words.some((w) => small.then.has(w)) || cues.includes('itRef') || cues.includes('purpose')) && !words.some((w) => untilWordSets(lexicon).now.has(w))) {
    topics.push('vision');
    if (topics.includes('purpose')) topics.splice(topics.indexOf('purpose'), 1);
  }
  // "och två år senare?": a count of years with after/before moves the last question's year.
  const countShift = (() => {
    const after = cues.includes('after') && !cues.includes('before');
    const before = cues.includes('before') && !cues.includes('after');
    const n = (after || before) && context?.years?.length && !of('municipality').length ? readForms(text, words, matches, cues, lexicon).count : undefined;
    return n === undefined ? undefined : after ? n : -n;
  })();
  const yearShift = of('yearShift')[0]?.offset ?? countShift;
  const monthShift = of('monthShift')[0]?.offset;
  const weekShift = of('weekShift')[0]?.offset;
  const forms = readForms(text, words, matches, cues, lexicon);
  // "och per kvartal?": an amount asked per a unit leans on the last answer's amount like "per månad?" does.
  // ("cut consultancy by a quarter": the fraction of a what-if is no unit to divide by.)
  const scale = readScale(text, words, forms.amounts, lexicon);
  const unitAt = new Set<number>();
  const per = readPer(scale?.fractionAt === undefined ? words : words.map((w, i) => (i === scale.fractionAt ? '' : w)), lexicon, unitAt);
  // "avgift per haningebo?", "varje tyresöbo": a municipality's residents' word after a per-word is the unit of residents.
  for (const [id, u] of Object.entries(lexicon.data.perUnits ?? {})) {
    if (typeof u !== 'object' || !u.residents || per.includes(id)) continue;
    const residents = residentsOf(lexicon.data, plan.municipalities);
    const after = new Set((u.after ?? lexicon.data.perWords ?? []).map(fold));
    const at = words.findIndex((w, i) => residents.has(w) && i > 0 && after.has(words[i - 1]!));
    if (at >= 0) {
      per.push(id);
      unitAt.add(at);
    }
  }
  // "hur mycket borde vara använt efter tre kvartal?": a count of a unit of time is that unit too, times the count.
  let perCount = budgetLines.length || cues.includes('split') ? countedUnit(words, lexicon, per) : undefined;
  if (perCount && !per.includes(perCount.unit)) {
    per.push(perCount.unit);
    unitAt.add(perCount.at);
  }
  // "per SK-möte", "på mötena": a body's meetings are a unit only where an amount is asked ("vad händer på mötena?" is none).
  if (per.includes('meeting') && !budgetLines.length && !MONEY_CUES.some((c) => cues.includes(c)) && !cues.includes('split')) per.splice(per.indexOf('meeting'), 1);
  if (per.length && !cues.includes('perMonth')) cues.push('per');
  // "vad kostar SK per invånare?", "utredningarna per invånare": a word of the population that is the unit after a
  // per-word is what an amount is divided by, not the population asked. (Where money or a line is asked; "hur
  // många invånare per kommun" still asks the population.)
  const populationAt = matches.filter((m) => m.sense.kind === 'cue' && m.sense.name === 'population');
  if (cues.includes('population') && populationAt.length && populationAt.every((m) => m.end - m.start === 1 && unitAt.has(m.start)) && (budgetLines.length || ['money', 'budget', 'income', 'costsWord'].some((c) => cues.includes(c)))) {
    cues.splice(cues.indexOf('population'), 1);
    if (topics.includes('population')) topics.splice(topics.indexOf('population'), 1);
  }
  // "total budget per LG meeting", "personalkostnad per SK-möte": a meeting word that is the unit an amount is divided by
  // asks no meeting (nor a calendar of them).
  const meetingAt = matches.filter((m) => m.sense.kind === 'cue' && m.sense.name === 'meeting');
  if (per.includes('meeting') && meetingAt.length && meetingAt.every((m) => [...unitAt].some((at) => m.start <= at && at < m.end))) {
    for (const c of ['meeting', 'calendar']) if (cues.includes(c)) cues.splice(cues.indexOf(c), 1);
  }
  // ("hur mycket betalar Haninge per månad om avgifterna delas lika?": a member named is one share of the split; not
  // one inside a budget line's name, "huddingeersättningen jämnt fördelad per kvartal".)
  const memberNamed = matches.some((m) => m.sense.kind === 'municipality' && !matches.some((o) => o.sense.kind === 'budgetLine' && o.start <= m.start && o.end >= m.end));
  if (cues.includes('split') && !memberNamed && spreadOverTime(words, matches, per, cues, lexicon)) cues.push('overTime');
  const ordinal = readOrdinal(words, matches, lexicon);
  const nextCount = readNextCount(words, matches, lexicon);
  if (ordinal !== undefined) cues.push('ordinal');
  // ("Which SK meetings fall in the spring?": a period word that is a verb before its particle is no period.)
  const periodVerbs = lexicon.data.periodVerbs ?? {};
  const verbAt = (m: Match) => m.end - m.start === 1 && Object.hasOwn(periodVerbs, words[m.start]!) && (periodVerbs[words[m.start]!] ?? []).includes(words[m.end] ?? '') && !small.articles.has(words[m.start - 1] ?? '');
  const periodMatches = matches.filter((m) => m.sense.kind === 'period' && !verbAt(m));
  // "sk till hösten", "LG till våren": a bare Swedish "till" right before a season in the definite form is "come the
  // season", the season itself; "fram till hösten", "ända till", "tills", "until" stay up to it.
  const untilSeason = lexicon.data.untilSeason ?? { until: [], comeSeasons: [], tillUpTo: [] };
  const comeSeason = periodMatches.some((m) => words[m.start - 1] === 'till' && untilSeason.comeSeasons.includes(words[m.start]!) && !untilSeason.tillUpTo.includes(words[m.start - 2] ?? ''));
  let period = bothPeriods(periodMatches, words, cues, lexicon) ?? readPeriod(periodMatches.map((m) => m.sense as Extract<Match['sense'], { kind: 'period' }>), cues, comeSeason ? words.filter((w) => w !== 'till') : words, untilSeason.until, small.periodJoins);
  // "vilka dagar var den?", "när var rådslaget?", "vilken kommun var värd 2011?": a "var" right after a question word (and
  // its noun) is the verb, "was", not "where" ("när och var" keeps both).
  const whereAt = matches.filter((m) => m.sense.kind === 'cue' && m.sense.name === 'where');
  const wasVerb = (m: Match) => words[m.start] === 'var' && m.end - m.start === 1 && [1, 2].some((k) => small.wasAfter.has(words[m.start - k] ?? '') && words.slice(m.start - k + 1, m.start).every((w) => !/^(och|and|samt|eller|or)$/.test(w)));
  if (cues.includes('where') && whereAt.length && whereAt.every(wasVerb)) cues.splice(cues.indexOf('where'), 1);
  // "vad betalar de andra sju var?", "hur mycket får de betala var": a last "var" of a money question is "each", not where.
  const eachAtEnd = (m: Match) => words[m.start] === 'var' && m.end - m.start === 1 && m.start === words.length - 1;
  // ("vem lägger frågan om explosiva varor var": who, or a topic, asks where.)
  if (cues.includes('where') && whereAt.length && whereAt.every(eachAtEnd) && MONEY_CUES.some((c) => cues.includes(c)) && !cues.includes('who') && !topics.length) {
    cues.splice(cues.indexOf('where'), 1);
    if (!cues.includes('split')) cues.push('split');
  }
  // "hur mycket större är personalposten än konsultposten?": how much one amount exceeds another is their difference.
  if (!cues.includes('ratio') && !cues.includes('difference') && amountCompared(words, lexicon)) cues.push('difference');
  // "budget för första halvåret om man räknar jämnt?", "personalen under hösten, jämnt fördelat": in a money question
  // spread evenly over time, a period of whole months is that part of the year's amount, not a filter of the calendar:
  // a unit of the lexicon as long as the period ("per halvår"), or else so many months.
  if (period && !period.nextYear && !per.length && (budgetLines.length || MONEY_CUES.some((c) => cues.includes(c)))) {
    const months = period.to - period.from + 1;
    const units = lexicon.data.perUnits ?? {};
    const sameLength = Object.entries(units).find(([, u]) => typeof u === 'object' && u.divide === 12 / months)?.[0];
    const unit = sameLength ?? 'month';
    if (months < 12 && Object.hasOwn(units, unit) && spreadOverTime(words, matches, [unit], cues, lexicon)) {
      per.push(unit);
      if (!sameLength) perCount = { unit, count: months, at: -1 };
      cues.push(...['per', 'overTime'].filter((c) => !cues.includes(c)));
      period = undefined;
    }
  }
  const followStart = startsFollowUp(text, matches);

  const { rotationBodies, meetingBodies } = planFacts(plan);
  // "which one hosts the rådslag last?", "the last one in the list of värdkommun for rådslaget": of a rotation's hosts, an
  // English "last" that names no meeting or time after it ("the last rådslag", "last time") is the end of the order.
  if (cues.includes('last') && !cues.includes('final') && bodies.some((b) => rotationBodies.has(b)) && (cues.includes('host') || cues.includes('rotation'))) {
    const lasts = matches.filter((m) => m.sense.kind === 'cue' && m.sense.name === 'last' && m.end - m.start === 1 && words[m.start] === 'last');
    const names = (m: Match) => { const at = m.end; return understoodWords(lexicon.data).orderNouns.has(words[at] ?? '') || matches.some((x) => x.start === at && x.sense.kind !== 'cue' && x.sense.kind !== 'followStart') || matches.some((x) => x.start === at && x.sense.kind === 'cue' && x.sense.name === 'meeting'); };
    if (lasts.length && lasts.every((m) => !names(m)) && matches.filter((m) => m.sense.kind === 'cue' && m.sense.name === 'last').length === lasts.length) cues.splice(cues.indexOf('last'), 1, 'final');
  }
  const entityFeatures = (e: { bodies: string[]; municipalities: string[]; years: number[]; dates: string[]; relativeDay?: boolean; month?: unknown; week?: unknown; budgetLines: string[]; topics: string[] }) => {
    const f: string[] = [];
    if (e.bodies.length) f.push('ent:anyBody');
    if (e.bodies.some((b) => meetingBodies.has(b))) f.push('ent:meetingBody');
    if (e.bodies.some((b) => bodyById.get(b)?.kind === 'jointBody')) f.push('ent:jointBody');
    if (e.bodies.some((b) => rotationBodies.has(b))) f.push('ent:rotationBody');
    if (e.bodies.some((b) => !rotationBodies.has(b))) f.push('ent:otherBody');
    if (e.municipalities.length) f.push('ent:municipality');
    // ("next committee meeting after yesterday's": a day named relatively is the anchor of a meeting after or before
    // it as a date written out is.)
    // ("the LG meeting after yesterday's one": so is one right after the order word.)
    if (e.dates.length) f.push(e.relativeDay && !((cues.includes('after') || cues.includes('before')) && (cues.includes('next') || anchoredDate(words, matches))) ? 'ent:day' : 'ent:date');
    if (e.month) f.push('ent:month');
    if (e.week) f.push('ent:week');
    if (e.years.length) f.push('ent:year');
    // ("vilka kommuner står på tur efter 2016": a turn in a year is the rotation's, the only thing ordered by year.)
    if (e.years.length && (f.includes('ent:rotationBody') || ((cues.includes('host') || cues.includes('rotation')) && !f.includes('ent:otherBody') && !e.month && !e.dates.length)))
      f.push('ent:rotationYear');
    if (e.budgetLines.length) f.push('ent:budgetLine');
    if (e.topics.length) f.push('ent:topic');
    return f;
  };
  // ("hur många år dröjer det innan Huddinge är värd, räknat från i år": this year after "från"/"from" in a count is where
  // the count starts, as today is in a count of days, not a year asked about.)
  const startWords = fromWords(lexicon);
  const countStart = (m: Match) => startWords.has(words[m.start - 1] ?? '') && (cues.includes('count') || cues.includes('until'));
  const thisYear = matches.some((m) => m.sense.kind === 'thisYear' && !countStart(m));
  // (So is a year written out, where it is the only one and a municipality's turn is counted: "Counting from 2011, how
  // many years until Huddinge hosts?" counts from 2011; it is no span from 2011 on. "from 2011 to 2018" names two years.)
  const yearsWritten = words.filter((w) => /^(19|20)\d\d$/.test(w));
  const countFromAt = yearsWritten.length === 1 && matches.some((m) => m.sense.kind === 'municipality') && (cues.includes('count') || cues.includes('until')) ? words.findIndex((w, i) => w === yearsWritten[0] && startWords.has(words[i - 1] ?? '')) : -1;
  const countFrom = countFromAt >= 0 ? Number(words[countFromAt]) : undefined;
  let years = uniq([...dates.years.filter((y) => y !== countFrom), ...dates.relativeYears, ...(thisYear ? [Number(stockholmDate(now).slice(0, 4))] : [])]);
  // "2011 to 2018", "vilka kommuner … efter 2015", "vem är värd efter 2015": the years a span covers (years.ts);
  // an after/before word read into it is no step from a meeting.
  const yearSpan = countFrom === undefined ? readYearSpan(words, lexicon.data.yearSpans, planFacts(plan).knownYears) : undefined;
  if (yearSpan) {
    years = yearSpan.years;
    if (yearSpan.usedRelation) for (const c of ['after', 'before']) if (cues.includes(c)) cues.splice(cues.indexOf(c), 1);
    // ("värdar från och med 2016", "fr o m 2016": the from-words of the span say where it starts, not that a start is asked.)
    const spanRead = ` ${yearSpan.read} `;
    const startSaid = matches.filter((m) => m.sense.kind === 'cue' && m.sense.name === 'start').map((m) => words.slice(m.start, m.end).join(' '));
    if (cues.includes('start') && startSaid.every((w) => spanRead.includes(` ${w} `))) cues.splice(cues.indexOf('start'), 1);
  }
  // "vad händer i vår?" asked in November: the coming spring, not the one that has been (unless asked what has been).
  // (Long after the plan, a season is the plan's own year's, as a month is: undatedYear.)
  if (!pastThePlan(plan, now) && period?.season && !period.nextYear && !/^(before|after):/.test(period.id) && !years.length && period.to < Number(stockholmDate(now).slice(5, 7)) && !cues.includes('held') && !cues.includes('last') && !words.some((w) => untilSeason.pastSeasons?.includes(w))) period = { ...period, nextYear: true };

  // "Vad är syftet med ledningsgruppen?": the purpose of a named body is that body's, not the cooperation's.
  if (topics.length === 1 && topics[0] === 'purpose' && bodies.some((b) => bodyById.get(b)?.description)) topics.splice(0, 1);

  // "ska kommundirektörerna delta på samarbetskommitténs möten?", "do the municipal directors attend the SK meetings?":
  // whether a role takes part in one body is a yes/no of who is in it or attends it, which the plan says (reason.ts,
  // roleClaim), not a sign-up, nor the body's next meeting.
  if (forms.form === 'yesNo' && bodies.length === 1 && !municipalities.length && !dates.dates.length && !dates.month && roleAsked(words, lexicon)) {
    for (const c of ['nip:attendance', 'nip:venue', 'unknownTopic']) if (cues.includes(c)) cues.splice(cues.indexOf(c), 1);
    for (const k of ['attendance', 'venue']) if (notInPlanKinds.includes(k)) notInPlanKinds.splice(notInPlanKinds.indexOf(k), 1);
    if (!notInPlanKinds.length) cues.push(...['membership', 'roleAttends'].filter((c) => !cues.includes(c)));
  }
  const own = { bodies, municipalities, years, dates: dates.dates, relativeDay: dates.relativeDay, month: dates.month, week: dates.week, budgetLines, topics };
  const features = new Set<string>([...cues.map((c) => `cue:${c}`), ...entityFeatures(own)]);
  // (Not weighted by any intent: shown by DEBUG_NLU, with the words that read the span.)
  if (yearSpan) features.add(`span:${yearSpan.read}`);
  if (context?.meetingId) features.add('ctx:meeting');
  if (period) features.add('ent:period');
  if (forms.amounts.length) features.add('ent:amount');
  // A what-if change of a budget line ("om vi stryker utredningarna") is a budget question whatever else it says.
  if (scale && budgetLines.length) features.add('ent:scale');
  if (forms.form) features.add(`form:${forms.form}`);
  // "next step för SK after 14/4 – which date and värd?", "vem är värd för SK-mötet efter 14/4": an order word
  // right before a day or month makes it the anchor of a step, not the meeting asked about.
  if (anchoredDate(words, matches)) features.add('ent:anchorDate');

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
  // (A joint body's own money is not in the plan however strongly the words read as the committee's budget.)
  if (notInPlanKinds.includes('jointBodyBudget') || notInPlanKinds.includes('eventBudget')) intent = 'notInPlan';
  // ("How much EU funding does the cooperation receive?": an income the budget does not have is not its income listed.)
  if (notInPlanKinds.includes('otherIncome') && (intent === 'budget' || ['money', 'income', 'budget'].some((c) => cues.includes(c)))) intent = 'notInPlan';
  // (A role's meetings are a listing of its bodies' meetings: of the period or month asked, else the year's.)
  if (roleBodies.length && !forms.form && !cues.includes('count') && !cues.includes('often')) intent = 'calendar';
  // (Whether a role takes part in a body, read above, is a question of who is in it, whatever else scored.)
  if (cues.includes('roleAttends')) intent = 'members';
  // "Which body meets more often, the SK or the LG?", "träffas LG oftare än SK?", "vem träffas flest gånger, SK eller LG":
  // more or most often of two bodies or more that meet is a count of each one's meetings, compared.
  if ((cues.includes('oftener') || (cues.includes('mostTimes') && !cues.includes('host'))) && bodies.filter((b) => meetingBodies.has(b)).length >= 2 && !municipalities.length && !dates.dates.length && !cues.includes('unknownTopic')) {
    intent = 'countMeetings';
    if (!cues.includes('oftener')) cues.push('oftener');
  }
  // A period of the year ("under våren", "efter sommaren") lists what falls in it.
  // ("före sommaren", "efter påsk": the order word belongs to the period, so it is no step from a meeting; "meetings
  // until Christmas" lists them, it counts no days.)
  // ("vad är kvar av våren för SK?", "what's left of the autumn for LG?": what is left of a period for a body that meets
  // is its meetings left then, not what the body is.)
  if (period && intent === 'bodyInfo' && cues.includes('remaining') && bodies.some((b) => meetingBodies.has(b)) && !dates.dates.length && !dates.month && !cues.includes('unknownTopic')) intent = 'meetingsOn';
  const periodRelation = period && /^(before|after):/.test(period.id);
  if (period && !dates.dates.length && !dates.month && (['nextMeeting', 'calendar', 'lastMeeting', 'notInPlan', 'clarify', 'meetingTime'].includes(intent) || (periodRelation && intent === 'adjacentMeeting') || (period.fromNow && intent === 'daysUntil' && words.some((w) => small.listingWords.has(w)))) && !cues.includes('unknownTopic')) intent = 'meetingsOn';
  // Time spans over the calendar: how long a meeting lasts ("hur länge håller ett SK-möte på", "how many hours is an
  // LG meeting"), the time between two meetings or between a body's consecutive ones ("hur många veckor mellan LG
  // 20/5 och LG 9/9", "... mellan SK-mötena i höst") and the time left until one ("tid kvar till ..."). Read from
  // how the question measures (how long, days, weeks, hours) and what it measures between, not from phrases.
  let ordered: ReturnType<typeof orderedSpan>;
  {
    const joined = ` ${words.join(' ')} `;
    const measures = / (hur lange|how long|hur lang tid|hur langt|how much time|how many|hur manga|tid|time) /.test(joined);
    const unit = words.some((w) => untilWordSets(lexicon).dayUnits.has(w));
    const meetingBodies = bodies.filter((b) => bodyById.get(b)?.usualTime || plan.meetings.some((m) => m.body === b));
    // ("antal dagar från södertörnskonferensen till LG i september": from one meeting to another is between them.)
    const between = words.some((w) => w === 'mellan' || w === 'between') || (meetingBodies.length >= 2 && fromOneToOther(words, matches, lexicon));
    const plural = words.some((w) => PLURAL_MEETINGS.test(w));
    const spanOf = !cues.includes('unknownTopic') && !cues.includes('money') && !budgetLines.length;
    // "longest gap between two SK meetings", "kortaste tiden mellan två LG-möten": a longest or shortest with "between"
    // measures the span, as "how long" does (the answer picks that gap of the body's consecutive meetings).
    const extreme = ['longest', 'shortest', 'largest', 'smallest'].some((c) => cues.includes(c));
    // "hur många timmar SK-möte återstår totalt i år?", "total hours of LG meetings left in 2011": hours counted over a
    // body's meetings (left, of a period, or in the plural with a word of a total) are their lengths added up.
    const hoursTotal = meetingBodies.length > 0 && !between && !budgetLines.length && !cues.includes('unknownTopic') && words.some((w) => untilWordSets(lexicon).hourUnits.has(w) && /^(timmar|hours)$/.test(w)) && (measures || cues.includes('sum') || words.includes('antal')) && (cues.includes('sum') || cues.includes('remaining') || Boolean(period) || plural || (words.includes('kvar') || words.includes('left')));
    // "vilka möten är längst, SK:s eller LG:s?", "how much longer is an LG meeting than an SK meeting?": two bodies that
    // meet, named with a word comparing lengths (lexicon lengthComparison) and no word of until, compare their meetings'
    // lengths ("shorter" asks for the shorter one first).
    const lengthWords = lexicon.data.lengthComparison;
    const comparesLength = Boolean(lengthWords) && meetingBodies.length >= 2 && !dates.dates.length && !words.some((w) => /^(till|tills|until|kvar|left|sedan|since|ago)$/.test(w))
      && (words.some((w) => inWordList(w, lengthWords!.words)) || lengthWords!.words.some((p) => p.includes(' ') && joined.includes(` ${p} `)));
    if (comparesLength) {
      intent = 'meetingTime';
      cues.push('duration', 'lengthCompare', ...(words.some((w) => inWordList(w, lengthWords!.shorter)) ? ['shorterAsked'] : []));
    } else if (hoursTotal) {
      intent = 'meetingTime';
      cues.push('hoursTotal');
    } else if (spanOf && between && (measures || unit || extreme) && !words.some((w) => untilWordSets(lexicon).hourUnits.has(w)) && (dates.dates.length >= 2 || meetingBodies.length >= 2 || (meetingBodies.length && (dates.dates.length || period || plural)) || (plural && (period || dates.month)))) {
      intent = 'daysUntil';
      cues.push('between');
    } else if (spanOf && meetingBodies.length && !between && howLong && !withoutLastingPhrases(words, lexicon).some((w) => inWordList(w, untilWordSets(lexicon).notLength) || untilWordSets(lexicon).dayUnits.has(w)) && !cues.includes('ago')) {
      intent = 'meetingTime';
      cues.push('duration');
    } else if (spanOf && (intent === 'meetingTime' || intent === 'nextMeeting' || intent === 'meetingsOn') && cues.includes('until') && words.some((w) => w === 'kvar' || w === 'left') && !period) {
      intent = 'daysUntil';
    } else if (spanOf && !between && !period && / (hur manga|how many) (veckor|weeks|dagar|days) /.test(joined) && words.some((w) => untilWordSets(lexicon).until.has(w)) && (meetingBodies.length || dates.dates.length || cues.includes('next') || cues.includes('meeting'))) {
      // "hur många veckor till nästa SK", "how many weeks until LG 25/11": counted like "hur många dagar till".
      intent = 'daysUntil';
    } else if (spanOf && !between && !period && (ordered = orderedSpan(words, matches, dates.dates, meetingBodies, Boolean(context?.meetingId), lexicon, unit || / (hur lange|how long|hur lang tid|how much time) /.test(joined)))) {
      // "hur många veckor efter 14/10" (after "sista LG i år?"), "how many days after the rådslag is SK 14/4?": the span
      // from the point named after the order word to the other point, or to the meeting just answered.
      intent = 'daysUntil';
      cues.push('between');
    } else if (spanOf && !between && !period && (meetingBodies.length || dates.dates.length || cues.includes('next') || cues.includes('meeting') || cues.includes('last'))) {
      // "dagar till sk 14/4", "days to LG 20/5", "veckor kvar till rådslaget", "dagar sen sk 27/1", "days since the
      // rådslag": a unit of days or weeks with a word of until (or since) right after it is counted like "hur många
      // dagar till" (or "sedan"), with no question word.
      const sign = unitSign(words, lexicon);
      if (sign) {
        intent = 'daysUntil';
        if (sign === 'since' && !cues.includes('ago')) cues.push('ago');
      }
    }
    if (intent === 'daysUntil' && words.some((w) => w === 'veckor' || w === 'weeks')) cues.push('inWeeks');
    // "LG:s planeringskonferens", "the LG planning conference": a body named right after another named body, by a name
    // that is what that body's own meeting is called (its title), is that meeting, not the body of the same name (the
    // committee's planning conference). (For spans only: other answers weigh both bodies themselves.)
    if (bodies.length > 1 && intent === 'daysUntil') {
      const bodyMatches = matches.filter((m) => m.sense.kind === 'body');
      const idOf = (m: Match) => (m.sense as { id: string }).id;
      const namesOf = (b: string) => [bodyById.get(b)?.name ?? b, ...(bodyById.get(b)?.aliases ?? [])].map(fold);
      const titled = (o: string, b: string) => plan.meetings.some((m) => m.body === o && m.title && namesOf(b).some((n) => n.startsWith(fold(m.title!))));
      const afterOwner = (mb: Match) => bodyMatches.some((mo) => idOf(mo) !== idOf(mb) && bodies.includes(idOf(mo)) && mb.start >= mo.end && mb.start - mo.end <= 1 && titled(idOf(mo), idOf(mb)));
      // ("mellan SK:s och LG:s planeringskonferens": named once on its own too, the body is meant as well.)
      const meetingNamed = new Set(bodyMatches.filter((mb) => bodyMatches.filter((x) => idOf(x) === idOf(mb)).every(afterOwner)).map(idOf));
      const meant = bodies.filter((b) => !meetingNamed.has(b));
      if (meant.length && meant.length < bodies.length) bodies = meant;
    }
  }
  // "jämnt fördelat, vad är kvar av totalbudgeten för resten av året fr o m 1/4", "utredningar kvar efter maj", "how
  // much of the budget is left from October on if spent evenly": what is left of a budget amount from a point of the
  // year (a day, a month after "efter"/"från", or today where only the rest of the year is named) is the year's share
  // from there, spent evenly; "jämnt"/"evenly" then spread it over the year, not between the municipalities.
  // "vilka månader från och med maj har SK inga möten?": the months the question is about, as a period.
  const emptySpan = cues.includes('emptyMonths') && !period && !dates.dates.length ? emptyMonthsSpan(words, matches, cues, lexicon) : undefined;
  const restFrom = !bodies.length && !forms.amounts.length && !scale ? restOfYearFrom(words, matches, cues, dates, budgetLines.length > 0, now, lexicon, period) : undefined;
  if (restFrom) {
    intent = 'budget';
    for (const c of ['split', 'others', 'after', 'before']) if (cues.includes(c) && !(c === 'split' && per.includes('municipality'))) cues.splice(cues.indexOf(c), 1);
  }
  // "Vad är syftet med ledningsgruppen?", "syftet med Södertörnskonferensen": the body's own description,
  // unless the question also asks when or where it meets.
  // ("vad handlar rådslaget om", "what is the rådslag about": what a body is about is its description.)
  // ("what did Haninge say about joining the federation": a kind of fact the plan lacks asked about a body stays not in the plan.)
  const about = (words.includes('handlar') || words.includes('about')) && !notInPlanKinds.length;
  if ((cues.includes('purpose') || about) && bodies.length && !topics.length && !dates.dates.length && !dates.month && !['next', 'when', 'host', 'where', 'timeOfDay'].some((c) => cues.includes(c)) && (intent === 'notInPlan' || intent === 'nextMeeting' || intent === 'calendar' || intent === 'members')) intent = 'bodyInfo';
  // "vad händer med nyckeltalen varje år?", "What happens with key figures each year?": what is done with a body is
  // what the plan says it is or does (its description), not who is in it ("with" reads as membership) nor its next meeting.
  if (bodies.length === 1 && !topics.length && !dates.dates.length && !dates.month && !notInPlanKinds.length && !forms.form && !['next', 'when', 'host', 'where', 'timeOfDay'].some((c) => cues.includes(c)) && ['notInPlan', 'nextMeeting', 'calendar', 'members', 'meetingsOn'].includes(intent) && happensWith(words, lexicon)) {
    intent = 'bodyInfo';
    if (cues.includes('membership')) cues.splice(cues.indexOf('membership'), 1);
  }

  // "the difference between Södertörnskonferensen and the rådslag in terms of date and place": when and where
  // is asked of several bodies that meet, so each one's meeting is the answer, not what each body is.
  // "vem är värd för rådslaget och konferensen i år?": a host asked of a rotating event and one that is not, in a
  // year of the calendar, is each one's meeting's host (the rotation alone would leave the other out).
  if (intent === 'rotationHost' && bodies.length > 1 && bodies.some((b) => !rotationBodies.has(b)) && bodies.every((b) => meetingBodies.has(b)) && years.every((y) => plan.calendarYears.includes(y)) && !dates.dates.length && !dates.month) intent = 'meetingHost';
  // ("vilka är värdar för nyckeltalsdagen resp. konferensen?": the host of each one's meeting.)
  if (intent === 'bodyInfo' && bodies.length > 1 && bodies.every((b) => meetingBodies.has(b)) && ['when', 'where', 'datesWord', 'host'].some((c) => cues.includes(c)) && !dates.dates.length && !dates.month) intent = cues.includes('host') && !cues.includes('when') ? 'meetingHost' : 'nextMeeting';

  let relation: 'after' | 'before' | undefined = cues.includes('after') && !cues.includes('before') ? 'after' : cues.includes('before') && !cues.includes('after') ? 'before' : undefined;
  // "vad händer efter 1 november", "SK-möten före 1 maj": a listing after (or before) a day is the rest of its
  // year (or the year up to it); "nästa möte efter 22/9" stays the one meeting after it.
  let spanDates: string[] | undefined;
  const listing = cues.includes('calendar') || words.some((w) => small.listingWords.has(w));
  // ("hur många LG kvar efter 20/5?", "how many committee meetings after June 9?": counted over the same span, and listed.)
  // (Meetings counted, no unit of days or hours: "hur många möten sedan mars?" counts meetings, even where "sedan" was read
  // as a time ago, days since.)
  const meetingsCounted = cues.includes('count') && !words.some((w) => untilWordSets(lexicon).dayUnits.has(w) || untilWordSets(lexicon).hourUnits.has(w)) && (listing || cues.includes('meeting') || bodies.some((b) => plan.meetings.some((m) => m.body === b)));
  const countedMeetings = meetingsCounted && ['adjacentMeeting', 'meetingsOn', 'calendar', 'nextMeeting', 'countMeetings'].includes(intent);
  if (relation && (listing || countedMeetings) && dates.dates.length === 1 && !dates.relativeDay && !cues.includes('next') && !forms.form && ['adjacentMeeting', 'meetingsOn', 'calendar', 'nextMeeting', 'countMeetings'].includes(intent)) {
    const day = dates.dates[0]!;
    spanDates = relation === 'after' ? [shiftDay(day, 1), `${day.slice(0, 4)}-12-31`] : [`${day.slice(0, 4)}-01-01`, shiftDay(day, -1)];
    intent = countedMeetings ? 'countMeetings' : 'meetingsOn';
    relation = undefined;
  }
  // "vad har hänt sedan januari?", "meetings since March": since a month (a word of since right before it, no day) is
  // from its first day until today, where that first day has come.
  const monthMatch = matches.find((m) => m.sense.kind === 'month');
  const sinceMonth = !spanDates && dates.month && !dates.dates.length && (dates.months?.length ?? 0) <= 1 && monthMatch !== undefined && untilWordSets(lexicon).since.has(words[monthMatch.start - 1] ?? '') && !forms.form && (['adjacentMeeting', 'meetingsOn', 'calendar', 'nextMeeting', 'lastMeeting', 'countMeetings'].includes(intent) || (intent === 'daysUntil' && meetingsCounted));
  if (sinceMonth) {
    const from = `${dates.month!.year}-${String(dates.month!.month).padStart(2, '0')}-01`;
    const today = stockholmDate(now);
    if (from <= today) {
      spanDates = [from, today];
      intent = countedMeetings || meetingsCounted ? 'countMeetings' : 'meetingsOn';
      // ("sedan" right before the month is since it, not a time ago.)
      if (cues.includes('ago')) cues.splice(cues.indexOf('ago'), 1);
      relation = undefined;
    }
  }

  // "what comes after the rådslag?", "vad är före konferensen", "vad kommer efter LG 25/11?": an order word right before
  // the one body named (an article between) asks what comes before or after that body's event or meeting, of any
  // body ("orderOfEvent", answered by reason.ts meetingRelation). "nästa LG efter 20/5" names its body before the word.
  const orderEnds = new Set(matches.filter((m) => m.sense.kind === 'cue' && (m.sense.name === 'after' || m.sense.name === 'before')).map((m) => m.end));
  const eventAfterOrder = relation !== undefined && bodies.length === 1 && meetingBodies.has(bodies[0]!) && matches.some((m) => m.sense.kind === 'body' && (orderEnds.has(m.start) || (small.articles.has(words[m.start - 1] ?? '') && orderEnds.has(m.start - 1))));
  if (eventAfterOrder && !notInPlanKinds.length && !forms.form && !cues.includes('unknownTopic') && !municipalities.length && !years.length && !period && dates.dates.length <= 1 && !['host', 'count', 'until', 'money', 'budget', 'membership', 'who', 'where', 'timeOfDay', 'purpose'].some((c) => cues.includes(c))) {
    cues.push('orderOfEvent');
    if (['notInPlan', 'bodyInfo', 'clarify', 'members'].includes(intent)) intent = 'adjacentMeeting';
  }

  let query: Query = {
    intent,
    lang,
    text,
    words,
    bodies,
    municipalities,
    years,
    dates: spanDates ?? dates.dates,
    month: sinceMonth && spanDates ? undefined : dates.month,
    ...(dates.months && dates.months.length > 1 && !dates.dates.length ? { months: dates.months } : {}),
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
    ...(countFrom !== undefined ? { countFrom } : {}),
    monthShift,
    weekShift,
    form: forms.form,
    weekdays: uniq(of('weekday').map((w) => w.weekday)),
    amounts: forms.amounts,
    count: forms.count,
    ordinal,
    ...(nextCount !== undefined && intent === 'nextMeeting' ? { nextCount } : {}),
    action: forms.action,
    notInPlanKinds,
    period,
    per,
    ...(excludedBodies.length ? { excludedBodies } : {}),
    ...(perCount && per.at(-1) === perCount.unit ? { perCount: { unit: perCount.unit, count: perCount.count } } : {}),
    scale,
    ...(roleOfNamed ? { roleBodies: roleOfNamed, role: roleNamed(words, lexicon) } : {}),
    mentions: matches.filter((m) => m.sense.kind === 'body' || m.sense.kind === 'municipality' || m.sense.kind === 'budgetLine').map((m) => ({ kind: m.sense.kind as Mention['kind'], id: (m.sense as { id: string }).id, at: m.start })).sort((a, b) => a.at - b.at),
    cueOrder: uniq(matches.filter((m) => m.sense.kind === 'cue').sort((a, b) => a.start - b.start).map((m) => (m.sense as { name: string }).name)),
    ...(scale ? heldTotal(words, lexicon) : {}),
    ...(restFrom ? { restOfYear: { from: restFrom }, yearShift: undefined, dates: [], month: undefined, relation: undefined } : {}),
    ...(emptySpan ? { period: emptySpan, month: undefined, months: undefined, relation: undefined } : {}),
    ...(ordered && intent === 'daysUntil' ? { spanFrom: ordered, ...(context?.meetingId ? { meetingId: context.meetingId } : {}) } : {}),
  };

  // "which LG is right after the nyckeltal day?", "vilket SK-möte kommer närmast efter södertörnskonferensen?": two
  // bodies named about an order word, the one right after it an event the plan holds once or twice, is the other
  // body's meeting after (or before) that event's coming meeting (else its last), as with a day written there.
  const around = relation && bodies.length === 2 && !listing && !cues.includes('count') && !forms.form && !dates.dates.length && !dates.month && !dates.week && !period && !years.length && !municipalities.length && ['notInPlan', 'clarify', 'nextMeeting', 'meetingsOn', 'adjacentMeeting', 'meetingTime', 'meetingHost', 'calendar'].includes(intent) ? eventAnchor(words, query.mentions, bodies, plan, stockholmDate(now), lexicon) : undefined;
  if (around) return { ...query, intent: 'adjacentMeeting', bodies: [around.asked, around.anchor], meetingId: around.meetingId, relation };
  // "is that a Friday?", "blir det en fredag?" after an answer about a meeting: a yes/no of only a weekday points back at
  // that meeting ("that" is no itRef elsewhere: "the meeting that …"), so it is read as "är det en fredag?" is.
  if (context?.meetingId && forms.form === 'yesNo' && query.weekdays.length && !cues.length && words.length <= 6 && !bodies.length && !municipalities.length && !dates.dates.length && !dates.month && !budgetLines.length && !topics.length) cues.push('itRef');
  // Follow-ups: "och 2015?", "och efter det?", "och LG?", "and the year before?".
  // A short question with cue words but no subject of its own ("vem är värdkommun?", "och i procent?",
  // "how many days until then?") is read with the previous question's subject.
  const hasOwnSubject = bodies.length || municipalities.length || years.length || yearShift || monthShift || weekShift || period || dates.dates.length || dates.month || dates.week || budgetLines.length || topics.length;
  // "och nästa?", "och sen?" after an answer about a meeting: the meeting after (or before) that one, whatever
  // the last question's intent was (a listing of a day, a host, a time).
  // ("nästa?", "den efter?", "next one?" alone, two words at most, step too: with nothing of its own, the meeting
  // just answered is where "next" counts from.)
  const stepOnly = cues.every((c) => ['next', 'after', 'before', 'meeting', 'itRef'].includes(c)) && (cues.includes('next') || cues.includes('after') || cues.includes('before'));
  const ownWordCount = words.filter((w) => /[\p{L}\d]/u.test(w)).length - (followStart ? 1 : 0);
  // ("å nästa LG då?" after an LG meeting: the body named is the one answered, so it is still a step from it.)
  const sameBodyOnly = followStart && words.length <= 5 && bodies.length === 1 && context?.bodies.length === 1 && bodies[0] === context.bodies[0] && !municipalities.length && !years.length && !yearShift && !monthShift && !weekShift && !period && !dates.dates.length && !dates.month && !dates.week && !budgetLines.length && !topics.length;
  if (context?.meetingId && (!hasOwnSubject || sameBodyOnly) && (followStart ? words.length <= 5 : ownWordCount <= 2) && stepOnly && !(cues.includes('after') && cues.includes('before'))) {
    const rel = cues.includes('before') ? 'before' : 'after';
    // (After a step among every body's meetings, the next step is among them too: "vad kommer efter rådslaget?" → "och sen?".)
    const walk = context.anyBody && !sameBodyOnly ? { bodies: [], anyBody: true } : { bodies: context.bodies };
    return { ...query, intent: 'adjacentMeeting', relation: rel, ...walk, meetingId: context.meetingId, followUp: true };
  }
  // "vilket LG ligger närmast före SK 3/11?" → "och före SK 8/12?": the anchor body named again with a new day and
  // an order word keeps the body asked about; only the anchor moves.
  if (context?.intent === 'adjacentMeeting' && context.anchorBody && followStart && relation && bodies.length === 1 && bodies[0] === context.anchorBody && context.bodies.length === 1 && context.bodies[0] !== bodies[0] && dates.dates.length === 1 && !dates.relativeDay && !municipalities.length && !years.length && !forms.form && words.length <= 8) {
    return { ...query, intent: 'adjacentMeeting', relation, bodies: [context.bodies[0]!, bodies[0]!], meetingId: undefined, followUp: true };
  }
  // "and the LG meeting before that one?", "och SK-mötet före det", "vilket SK-möte kommer efter det?", "och
  // första LG-mötet efter den?": a body named with an order word that points back at the meeting just answered
  // (a word for it, or nothing, after the order word) is that body's meeting before or after that meeting, not
  // the meeting before or after the body's own next one.
  if (context?.meetingId && relation && bodies.length === 1 && meetingBodies.has(bodies[0]!) && !municipalities.length && !years.length && !dates.dates.length && !dates.month && !dates.week && !period && !forms.form && !cues.includes('unknownTopic')) {
    const signs = orderWords(lexicon);
    const at = words.findIndex((w) => signs.order.has(w));
    const after = words.slice(at + 1).filter((w) => !small.littleWords.has(w) || signs.back.has(w));
    // ("SK efter?", "närmaste LG före?": an order word left hanging at the end of a short message points back too.)
    const hanging = at >= 0 && at === words.length - 1 && ownWordCount <= 3;
    const pointsBack = at >= 0 && (after.length === 0 ? followStart || cues.includes('itRef') || hanging : signs.back.has(after[0]!));
    // ("första LG-mötet efter den", "the last LG meeting before it": the first after, the last before, is the step.)
    if (pointsBack && context.meetingId) return { ...query, intent: 'adjacentMeeting', relation, bodies, meetingId: context.meetingId, cues: cues.filter((c) => !['first', 'last', 'final'].includes(c)), followUp: true };
  }
  // "när är nyckeltalsdagen?" → "krockar det med LG?": a clash asked of the meeting just answered, pointed at, against
  // another body named.
  if (context?.meetingId && cues.includes('clash') && cues.includes('itRef') && bodies.length === 1 && !context.bodies.includes(bodies[0]!) && !dates.dates.length && !municipalities.length) {
    return { ...query, meetingId: context.meetingId };
  }
  // "delat på alla kommunerna?", "per kvartal för en kommun då", "and per month for one of them?" after an amount:
  // a unit to divide by, with no subject of its own, divides the last answer's amount. Units of another kind
  // than those named stay ("per kommun" → "och per månad?" is per municipality and month); one of the same kind is replaced.
  const perAsked = uniq([...(cues.includes('split') && !cues.includes('overTime') ? ['municipality'] : []), ...(cues.includes('perMonth') ? ['month'] : []), ...query.per]);
  // ("hur mycket blir det i veckan?": "i veckan" is this week too, but with money asked it is the unit.)
  const unitAsDate = (perAsked.includes('week') && dates.week && !dates.dates.length && !dates.month) || (perAsked.includes('month') && dates.month && !dates.dates.length && !dates.week);
  const ownBesidesUnit = unitAsDate && cues.includes('money') ? bodies.length || municipalities.length || years.length || budgetLines.length || topics.length || period : hasOwnSubject;
  if (context?.intent === 'budget' && !ownBesidesUnit && perAsked.length && !cues.includes('unknownTopic') && !query.scale && !query.form) {
    const units = lexicon.data.perUnits ?? {};
    const kindOf = (id: string) => { const u = units[id]; return typeof u === 'object' && typeof u.divide === 'number' ? 'time' : 'who'; };
    const per = [...(context.per ?? []).filter((id) => !perAsked.some((n) => kindOf(n) === kindOf(id))), ...perAsked];
    // A ratio has no per-quarter: after "hur många gånger större är personalposten än ersättningen?" the unit
    // divides the line asked about first, not the two lines' sum.
    const lines = context.cues.includes('ratio') ? context.budgetLines.slice(0, 1) : context.budgetLines;
    return {
      ...query,
      intent: 'budget',
      budgetLines: lines,
      years: context.years,
      municipalities: [],
      cues: uniq([...cues.filter((c) => c !== 'calendar' && c !== 'split' && c !== 'perMonth'), ...context.cues.filter((c) => c === 'income')]),
      per,
      week: undefined,
      month: undefined,
      followUp: true,
    };
  }
  // "vilka är med?", "who takes part in it?" after an answer about a body: who takes part in that body (the
  // last answer's year or day is not what is asked; without a body before, the cooperation's municipalities).
  // ("how many municipalities are in it?" after the body's start: a count of municipalities in it is who is in it, too.)
  const countsMembers = cues.includes('count') && cues.includes('municipalitiesWord') && cues.includes('itRef');
  if (context?.bodies.length && !hasOwnSubject && words.length <= 6 && (cues.includes('membership') || countsMembers) && !cues.includes('unknownTopic') && ['members', 'notInPlan', 'clarify', 'bodyInfo'].includes(intent)) {
    return { ...query, intent: 'members', bodies: context.bodies, followUp: true };
  }
  // "och vem kommer efter?", "and who takes over after that?" after a rotation's year: the one after (or before)
  // is the next (previous) year's host, however the question is worded, not a step in the calendar.
  const rotationAnswered = context && context.years.length === 1 && (context.intent === 'rotationHost' || context.intent === 'rotationYears') && context.bodies.length > 0 && context.bodies.every((b) => rotationBodies.has(b));
  if (rotationAnswered && relation && !hasOwnSubject && words.length <= 8 && !cues.includes('unknownTopic') && !forms.form) {
    return { ...query, intent: 'rotationHost', bodies: context!.bodies, municipalities: [], years: [context!.years[0]! + (relation === 'before' ? -1 : 1)], relation: undefined, meetingId: undefined, followUp: true };
  }
  // "vem tar det nästa år?", "who has it in 2014?" after a rotation's year: who, with "det"/"it" pointing back and a year
  // the only thing of its own, asks that year's host of the same rotation.
  const onlyYears = years.length === 1 && !bodies.length && !municipalities.length && !dates.dates.length && !dates.month && !dates.week && !budgetLines.length && !topics.length;
  if (rotationAnswered && onlyYears && cues.includes('itRef') && (cues.includes('who') || cues.includes('host')) && words.length <= 8 && !cues.includes('unknownTopic') && !forms.form) {
    return { ...query, intent: 'rotationHost', bodies: context!.bodies, municipalities: [], years, relation: undefined, meetingId: undefined, followUp: true };
  }
  // "when is it this year?", "när hålls det i år?" after what a body is: "it" points back at the body and the year is
  // the question's own, so it is asked of that body as "when is the Södertörn conference this year?" would be.
  if (context?.bodies.length && !rotationAnswered && onlyYears && cues.includes('itRef') && cues.includes('when') && words.length <= 8 && !cues.includes('unknownTopic') && !forms.form) {
    const rescored = scoreIntents(lexicon, new Set<string>([...cues.filter((c) => c !== 'itRef').map((c) => `cue:${c}`), ...entityFeatures({ ...context, years, dates: [], month: undefined, relativeDay: false, week: undefined, budgetLines: [], topics: [] })]));
    const top = Object.entries(rescored).sort((a, b) => b[1] - a[1])[0];
    if (top && top[1] >= lexicon.data.minScore) return { ...query, intent: top[0] as Intent, bodies: context.bodies, municipalities: [], years, meetingId: undefined, followUp: true, scores: rescored };
  }
  // "What's the budget for staff, and how does that compare to office services?", "hur mycket skiljer det mot
  // personalen?" after one line's amount: a comparison or difference asked with one other line named, and nothing else
  // to set it against (no rest, total, year, municipality or amount), sets that line against the one just answered.
  const againstAnswered = context?.intent === 'budget' && context.budgetLines.length === 1 && budgetLines.length === 1 && budgetLines[0] !== context.budgetLines[0]
    && (cues.includes('compare') || cues.includes('difference')) && !['others', 'except', 'total', 'remaining', 'sum', 'share', 'ratio', 'largest', 'smallest', 'unknownTopic'].some((c) => cues.includes(c))
    && !municipalities.length && !years.length && !query.amounts.length && !query.scale && !query.per.length && !bodies.length && !forms.form;
  if (againstAnswered) {
    return { ...query, intent: 'budget', budgetLines: [context!.budgetLines[0]!, budgetLines[0]!], cues: uniq([...cues, 'difference']), followUp: true };
  }
  // ("vad har de fått för ny uppgift?": a pronoun pointing back makes a longer question that nothing else
  // reads a follow-up too.)
  // ("And what new task have its members recently given it?" after a joint body: "it" points back at the body,
  // whatever the longer question's own words would read alone.)
  // ("hur stor andel av totalen är det?" after a budget line: "det" points back at the line as it does at a body.)
  const pointsBack = ((cues.includes('pronoun') && (intent === 'notInPlan' || intent === 'clarify')) || (cues.includes('itRef') && !hasOwnSubject && Boolean(context?.bodies.length || context?.budgetLines.length))) && words.length <= 10;
  // (A leading "och"/"and" and signs such as "%" are not words of the question's own.)
  const ownWords = words.filter((w) => /[\p{L}\d]/u.test(w)).length - (followStart ? 1 : 0);
  if (context && !hasOwnSubject && (ownWords <= 6 || pointsBack) && cues.length && !cues.includes('unknownTopic') && !cues.includes('greeting') && !cues.includes('thanks')) {
    // "när träffas de?", "vilka är med?" after an answer about a body that named no municipality: they are that body.
    // ("vilka deltar?" after the rådslag is who takes part in it, not its host: only "de" may point at a host.)
    const theBody = context.bodies.length > 0 && ((cues.includes('pronoun') && !referred.length) || (cues.includes('membership') && !cues.includes('pronoun') && words.length <= 4));
    // Who takes part in a body is the body's, whatever year or day the last answer was of.
    const membersOnly = theBody && cues.includes('membership');
    const ctxEntities = { ...context, dates: membersOnly ? [] : context.dates ?? [], years: membersOnly ? [] : context.years, month: membersOnly ? undefined : context.month, relativeDay: false, week: undefined };
    const merged = new Set<string>([...cues.map((c) => `cue:${c}`), ...entityFeatures(ctxEntities)]);
    if (context.meetingId) merged.add('ctx:meeting');
    // "och om den ökar med 10 %?" after a budget line: a what-if of that line.
    if (scale && context.budgetLines.length) merged.add('ent:scale');
    const rescored = scoreIntents(lexicon, merged);
    // "vilken är störst?" after the budget: a follow-up without words of its own for any intent keeps the last one.
    if (!cues.includes('unknownTopic')) rescored[context.intent] = Math.max(rescored[context.intent] ?? 0, lexicon.data.minScore);
    const top = Object.entries(rescored).sort((a, b) => b[1] - a[1])[0];
    // Only where the message cannot stand alone, or says it follows on ("och …"): "kalender" is a whole request.
    // "when did it start?": "it" points back, so the subject is the last answer's.
    if (top && top[1] >= lexicon.data.minScore && (intent === 'notInPlan' || intent === 'clarify' || followStart || cues.includes('itRef') || theBody)) {
      // "den sista?", "the last one?" after a listing: the end of that listing, not the meeting held most recently.
      const listing = context.intent === 'calendar' || context.intent === 'meetingsOn';
      const listed = listing && cues.includes('last') && !cues.includes('final');
      // ("the first one?" after "which meetings are left": the first of those left.)
      const left = listing && context.cues.includes('remaining') && ['first', 'final', 'last', 'ordinal', 'penultimate'].some((c) => cues.includes(c));
      const ownCues = [...cues, ...(listed ? ['final'] : []), ...(left && !cues.includes('remaining') ? ['remaining'] : [])];
      return {
        ...query,
        cues: ownCues,
        intent: top[0] as Intent,
        bodies: context.bodies,
        municipalities: context.municipalities,
        years: context.years,
        dates: context.dates,
        month: context.month,
        // "tillsammans?", "skillnaden?" after two lines asked one after the other: both lines.
        // ("and the second largest?" after the largest: a rank is asked among all the lines, not of the one answered.)
        budgetLines: (cues.includes('sum') || cues.includes('difference')) && context.earlierBudgetLines?.length ? uniq([...context.earlierBudgetLines, ...context.budgetLines]) : (cues.includes('largest') || cues.includes('smallest')) && !cues.includes('compare') ? [] : context.budgetLines,
        topics: context.topics,
        meetingId: context.meetingId,
        // "vilka LG-möten är det i höst" → "hur många är det?": the period asked about stays.
        ...(context.period ? { period: context.period } : {}),
        followUp: true,
        features: [...merged],
        scores: rescored,
      };
    }
  }

  // "och veckan efter?": the week after (or before) the last meeting or day asked about.
  const anchor = weekShift && context?.meetingId ? plan.meetings.find((m) => m.id === context.meetingId) : undefined;
  const anchorDay = anchor ? (anchor.date.kind === 'day' ? anchor.date.date : anchor.date.kind === 'days' ? anchor.date.start : undefined) : context?.dates?.[0];
  if (weekShift && anchorDay && !dates.dates.length && !dates.month && (!dates.week || dates.week.offset === 0)) {
    const [y, m, d] = anchorDay.split('-').map(Number) as [number, number, number];
    const day = new Date(Date.UTC(y, m - 1, d));
    const monday = new Date(Date.UTC(y, m - 1, d - ((day.getUTCDay() + 6) % 7) + 7 * weekShift));
    const from = monday.toISOString().slice(0, 10);
    return { ...query, intent: 'meetingsOn', week: { offset: NaN, from, to: shiftDay(from, 6) }, bodies: bodies.length ? bodies : [], followUp: true };
  }

  // "how many days until then?": a question without a subject of its own may point at the last meeting.
  if (context?.meetingId && (!hasOwnSubject || (relation && !dates.dates.length && !dates.month))) query.meetingId = context.meetingId;

  // A question that stands on its own is never merged with the previous one, and one that starts "och …"
  // but clearly asks something of its own keeps its own question.
  const short = words.length <= 4;
  const weak = intent === 'notInPlan' && !cues.includes('unknownTopic');
  const confident = best !== undefined && best[1] >= lexicon.data.minScore + 1.5 && intent !== 'notInPlan';
  // "who hosts the year after?": a year or month moved from the last answer's cannot stand alone, whatever its length.
  const shifted = (yearShift !== undefined || monthShift !== undefined) && !years.length && !dates.dates.length && !dates.month;
  // "Vem är värd för SK 9/6?" → "och SK 22/9?": names after "och" with no word of a question of their own ask
  // the last question of them, however well the names alone would score.
  const namesOnly = followStart && cues.length === 0;
  // "den för SK då?" after LG's planning conference: the same thing, of the owner named (no "och" needed).
  const owned = context && !followStart ? ownedThing(query, context, plan, false, lexicon.data.ownerFiller ?? [], small) : undefined;
  if (owned && context) return { ...query, intent: context.intent, bodies: owned, municipalities: [], years: [], dates: [], month: undefined, meetingId: undefined, followUp: true };
  if (context && ((followStart && (!confident || namesOnly)) || ((short || shifted) && weak)) && intent !== 'greeting' && intent !== 'thanks') {
    query = followUp(query, context, followStart, plan, counterpartsOf(lexicon), lexicon.data.ownerFiller ?? [], small);
  }
  // "SK 3/11 var?" → "och LG samma månad?", "and the LG meeting that month?": the month of the day (or meeting) just
  // answered, not the day; another body's meetings that month are listed.
  if (context && !dates.dates.length && !dates.month && (lexicon.data.sameMonth?.words ?? []).some((p) => ` ${words.join(' ')} `.includes(` ${p} `))) {
    const meeting = context.meetingId ? plan.meetings.find((m) => m.id === context.meetingId) : undefined;
    const day = context.dates?.[0] ?? (meeting && meeting.date.kind !== 'month' ? (meeting.date.kind === 'day' ? meeting.date.date : meeting.date.start) : undefined);
    const month = day ? { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), yearGiven: true } : context.month;
    if (month) {
      const otherBody = bodies.length > 0 && bodies.some((b) => !context.bodies.includes(b));
      query = { ...query, bodies: bodies.length ? bodies : context.bodies, dates: [], month, meetingId: undefined, followUp: true, ...(otherBody || !['meetingsOn', 'countMeetings', 'meetingHost'].includes(query.intent) ? { intent: 'meetingsOn' as Intent } : {}) };
    }
  }
  // "vem e värd", "who is host": the little words do not make a vague question less vague.
  const content = words.filter((w) => !small.littleWords.has(w));
  if (query.intent === 'notInPlan' && !cues.includes('unknownTopic') && content.length <= 2 && isVague(query)) {
    query.intent = 'clarify';
  }
  return query;
}

/** A word against a lexicon entry: whole words, a trailing `*` a stem, several words a phrase at that place. */
export function wordsAt(words: readonly string[], i: number, entry: string): boolean {
  const parts = entry.split(' ');
  return parts.every((p, k) => { const w = words[i + k]; return w !== undefined && (p.endsWith('*') ? w.startsWith(p.slice(0, -1)) : w === p); });
}

/** The role the words name (the lexicon's roles table, as every reading of a role reads it), by the plan's word for it. */
export function roleNamed(words: readonly string[], lexicon: Lexicon): string | undefined {
  return roleIn(words, lexicon.data);
}

/**
 * The bodies whose meetings a role named as the asker's attends: the lexicon's roles name a role, a meeting word and a
 * word of attending or of the asker (roleMeetings) must be there too; the bodies are those whose composition or
 * attendees start with that role. Empty: not asked.
 */
function roleMeetingBodies(words: readonly string[], cues: readonly string[], plan: Plan, lexicon: Lexicon): string[] {
  const rm = lexicon.data.roleMeetings;
  const role = roleNamed(words, lexicon);
  // ("vilken roll har kommundirektörerna på SK-mötena?", "what role do the chairs have?": a word of role asks the role's
  // part in the bodies, with a meeting word or not.)
  const roleAsked = Boolean(role) && cues.includes('roleOf');
  if (!rm || !(roleAsked || cues.includes('meeting') || cues.includes('calendar'))) return [];
  const has = (list: readonly string[]) => words.some((_, i) => list.some((e) => wordsAt(words, i, e)));
  if (!role || !(has(rm.attend) || has(rm.asker) || roleAsked)) return [];
  // (Only what the plan says: the committee's planning conference names no one who attends it.)
  return plan.bodies.filter((b) => roleFits(role, b.composition) || roleFits(role, b.attendees)).map((b) => b.id);
}

/** Whether a body's composition or attendees (the plan's words) start with a role of the lexicon's roles. */
export function roleFits(role: string, text: string | undefined): boolean {
  const w = text ? (fold(text).split(' ')[0] ?? '') : '';
  return w.length >= 6 && (w.startsWith(role) || role.startsWith(w.replace(/(erna|arna|orna|en|na|n)$/, '')));
}

/** Whether an order word ("efter", "before") stands right before a day or a month ("efter den 14/4", "after April"). */
function anchoredDate(words: readonly string[], matches: readonly Match[]): boolean {
  return matches.some((m) => {
    if (m.sense.kind !== 'cue' || (m.sense.name !== 'after' && m.sense.name !== 'before') || m.end - m.start !== 1) return false;
    const at = ['den', 'the', 'd'].includes(words[m.end] ?? '') ? m.end + 1 : m.end;
    const w = words[at] ?? '';
    // ("the LG meeting after yesterday's one", "efter gårdagens": a day counted from today is an anchor too.)
    return /^\d{1,2}\/\d{1,2}$/.test(w) || matches.some((x) => (x.sense.kind === 'month' && (x.start === at || (x.start === at + 1 && /^\d{1,2}(e|a|st|nd|rd|th)?$/.test(w)))) || (x.sense.kind === 'relativeDay' && x.start === at));
  });
}

/** Where the days named stand ("14/10", "24 mars", "June 9"): the word that starts each, in the order written. */
function dateStarts(words: readonly string[], matches: readonly Match[]): number[] {
  const monthAt = new Set(matches.filter((m) => m.sense.kind === 'month').map((m) => m.start));
  const dayNumber = (w: string | undefined) => w !== undefined && /^\d{1,2}(e|a|st|nd|rd|th)?$/.test(w);
  const out: number[] = [];
  words.forEach((w, i) => {
    if (/^\d{1,2}\/\d{1,2}(\/\d{2,4})?$/.test(w) || (dayNumber(w) && monthAt.has(i + 1)) || (monthAt.has(i) && dayNumber(words[i + 1]) && !monthAt.has(i - 1) && !dayNumber(words[i - 1]))) out.push(i);
  });
  return out;
}

/**
 * A span counted from a named point after an order word: "hur många veckor efter 14/10" (the other point is the meeting
 * just answered), "how many days after the rådslag is SK 14/4?", "hur många dagar före SK 22/9 är LG 9/9?". Needs a
 * measure (days, weeks, how long) and exactly one order word; the points are the days named and the bodies named
 * without a day of their own. Returns the point after the order word, or undefined where this is no such span.
 */
function orderedSpan(words: readonly string[], matches: readonly Match[], days: readonly string[], meetingBodies: readonly string[], answered: boolean, lexicon: Lexicon, measured: boolean): { body?: string; date?: string } | undefined {
  if (!measured || words.some((w) => untilWordSets(lexicon).hourUnits.has(w))) return undefined;
  const order = orderWords(lexicon).order;
  const orders = matches.filter((m) => m.sense.kind === 'cue' && (m.sense.name === 'after' || m.sense.name === 'before') && m.end - m.start === 1 && order.has(words[m.start]!));
  if (orders.length !== 1) return undefined;
  const starts = dateStarts(words, matches);
  const bodyMentions = matches.filter((m) => m.sense.kind === 'body' && meetingBodies.includes((m.sense as { id: string }).id));
  // A body with a day right after it ("LG 14/10", "SK den 3/11") is one point with that day.
  const dayAfter = (end: number) => starts.find((d) => d === end || (d === end + 1 && ['den', 'the', 'd'].includes(words[end]!)));
  const undated = bodyMentions.filter((b) => dayAfter(b.end) === undefined);
  const points = starts.length + undated.length;
  if (points < 1 || points > 2 || (points === 1 && !answered)) return undefined;
  let at = orders[0]!.end;
  while (['the', 'den', 'det', 'd'].includes(words[at] ?? '')) at++;
  const dateAt = (i: number | undefined) => (i !== undefined && starts.length === days.length ? days[starts.indexOf(i)] : undefined);
  const body = bodyMentions.find((b) => b.start === at);
  if (body) {
    const day = dayAfter(body.end);
    return { body: (body.sense as { id: string }).id, ...(day !== undefined && dateAt(day) ? { date: dateAt(day) } : {}) };
  }
  if (starts.includes(at)) {
    const date = dateAt(at);
    return date ? { date } : undefined;
  }
  return undefined;
}

/** Words that spread an amount over the year ("jämnt", "evenly", "linjärt") or name what is left of it ("resten av året"). */
/**
 * "hur mycket större är personalposten än konsultposten?", "how much smaller is X than Y?", "hur mycket dyrare blir …
 * jämfört med …": an amount-asking phrase of the lexicon's amountComparison, a comparative within its window after it
 * and a than-word after that ask the difference of two amounts. One pass over the words per asking phrase.
 */
function amountCompared(words: readonly string[], lexicon: Lexicon): boolean {
  const c = lexicon.data.amountComparison;
  if (!c) return false;
  for (let i = 0; i < words.length; i++) {
    const ask = c.asks.find((a) => wordsAt(words, i, a));
    if (!ask) continue;
    const after = i + ask.split(' ').length;
    for (let j = after; j <= after + c.window && j < words.length; j++) {
      if (c.comparatives.includes(words[j]!)) return words.slice(j + 1).some((w) => c.than.includes(w));
    }
  }
  return false;
}

/** Cues of a question about money: with one, a period spread evenly is a part of the year's budget. */
const MONEY_CUES = ['money', 'budget', 'income', 'costsWord', 'sum'];
/** The lexicon's words that start a span or a count ("från", "fr o m", "starting"): measuredFrom's from and fromOn. */
const fromSets = new WeakMap<object, ReadonlySet<string>>();
function fromWords(lexicon: Lexicon): ReadonlySet<string> {
  let set = fromSets.get(lexicon.data);
  if (!set) {
    const m = lexicon.data.measuredFrom;
    fromSets.set(lexicon.data, (set = new Set([...(m?.from ?? []), ...(m?.fromOn ?? [])])));
  }
  return set;
}

/**
 * The first day that still counts where a budget amount's rest of the year is asked: money asked (a line, the budget)
 * with a word of what is left, and a point of the year — a day ("fr o m 1/4", "från 1 juli"; after "efter", the day
 * after), a month after an order or from word ("efter juni": from 1 July; "from October on": from 1 October), or,
 * where the amount is spread evenly or the rest of the year is named with no point, today.
 */
function restOfYearFrom(words: readonly string[], matches: readonly Match[], cues: readonly string[], dates: DateEntities, lineNamed: boolean, now: Date, lexicon: Lexicon, period?: Period): string | undefined {
  if (!cues.includes('remaining') || !(lineNamed || cues.includes('budget') || cues.includes('money'))) return undefined;
  if (dates.relativeDay || dates.week || dates.dates.length > 1 || (dates.months && dates.months.length > 1)) return undefined;
  const { evenly: evenlyWords, restWords } = understoodWords(lexicon.data);
  const evenly = words.some((w) => evenlyWords.has(w));
  const rest = words.some((w, i) => restWords.has(w) && /^(av|of|for)$/.test(words[i + 1] ?? '') && /^(aret|year)$/.test(words[i + 2] === 'the' ? words[i + 3] ?? '' : words[i + 2] ?? ''));
  const monthAt = matches.find((m) => m.sense.kind === 'month')?.start ?? -1;
  const dayAt = words.findIndex((w) => /^\d{1,2}\/\d{1,2}/.test(w));
  // ("the rest of the year after March": "the year after" is read as a year's shift, so the word before the point says it too.)
  const pointAt = dates.dates.length ? (dayAt >= 0 ? dayAt : monthAt - 1) : monthAt;
  const after = (cues.includes('after') && !cues.includes('before')) || /^(efter|after)$/.test(words[pointAt - 1] ?? '');
  const from = fromWords(lexicon);
  const fromWord = (at: number) => at >= 0 && words.slice(Math.max(0, at - 4), at).some((w) => from.has(w));
  const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
  if (dates.dates.length === 1) {
    const [y, m, d] = dates.dates[0]!.split('-').map(Number) as [number, number, number];
    return after ? iso(y, m, d + 1) : evenly || rest || fromWord(dayAt) || fromWord(monthAt) ? iso(y, m, d) : undefined;
  }
  if (dates.month) {
    const { year, month } = dates.month;
    if (after) return iso(year, month + 1, 1);
    return fromWord(monthAt) || /^(on|onwards|framat|framover)$/.test(words[monthAt + 1] ?? '') || evenly || rest ? iso(year, month, 1) : undefined;
  }
  // "efter första halvåret", "after the summer": from the month after the part of the year (a period read as after one
  // already starts there).
  if (period && !period.nextYear && !period.fromNow) {
    const year = Number(stockholmDate(now).slice(0, 4));
    if (period.id.startsWith('after:')) return iso(year, period.from, 1);
    if (after && period.to < 12) return iso(year, period.to + 1, 1);
  }
  return evenly || rest ? stockholmDate(now) : undefined;
}

/**
 * "how many days from today is that?", "hur många dagar är det dit räknat från i dag?": today after a word of "from"
 * in a count of days or weeks is where every such count starts, not a day asked about, so the question still points
 * at the meeting it names or the one just answered.
 */
function countedFromToday(dates: DateEntities, words: readonly string[], matches: readonly Match[], now: Date, lexicon: Lexicon): DateEntities {
  if (!words.some((w) => untilWordSets(lexicon).dayUnits.has(w))) return dates;
  const from = fromWords(lexicon);
  const todays = matches.filter((m) => m.sense.kind === 'relativeDay' && m.sense.offset === 0 && from.has(words[m.start - 1] ?? ''));
  if (!todays.length || matches.filter((m) => m.sense.kind === 'relativeDay' || m.sense.kind === 'weekday').length !== todays.length) return dates;
  const today = stockholmDate(now);
  const rest = dates.dates.filter((d) => d !== today);
  return { ...dates, dates: rest, relativeDay: false };
}

/** "från södertörnskonferensen till LG", "from the rådslag to the SK meeting": a from word before one body, a to word before the next. */
function fromOneToOther(words: readonly string[], matches: readonly Match[], lexicon: Lexicon): boolean {
  const named = matches.filter((m) => m.sense.kind === 'body').sort((a, b) => a.start - b.start);
  const a = named[0];
  const b = a && named.find((m) => m.start >= a.end);
  if (!a || !b) return false;
  const near = (i: number, list: readonly string[]) => words.slice(Math.max(0, i - 3), i).some((w) => list.includes(w));
  const { from = [], to = [] } = lexicon.data.measuredFrom ?? {};
  return near(a.start, from) && words.slice(a.end, b.start).some((w) => to.includes(w));
}

/**
 * "vilka månader har inga möten?", "any month without a meeting?", "which months in the first half of the year have no
 * committee meeting?": a word of months with a word of none after it in the same clause (a span of months may stand between).
 */
function monthsWithout(words: readonly string[], lexicon: Lexicon): boolean {
  const e = lexicon.data.emptyMonths;
  if (!e) return false;
  const at = words.findIndex((w) => e.months.includes(w));
  return at >= 0 && words.slice(at + 1, at + 11).some((w) => e.none.includes(w));
}

/**
 * The months a question of months without a meeting is about, where it names months: two or more are a span from the
 * first to the last ("mellan februari och juni", "from May to September"); one is a bound — after it ("efter augusti"),
 * before it ("before June"), up to it after an until word ("fram till juni"), from it on after a from word or before
 * "on"/"onwards" ("från och med maj", "from June on") — or that month alone.
 */
function emptyMonthsSpan(words: readonly string[], matches: readonly Match[], cues: readonly string[], lexicon: Lexicon): Period | undefined {
  const named = matches.filter((m) => m.sense.kind === 'month').sort((a, b) => a.start - b.start);
  const months = named.map((m) => (m.sense as { month: number }).month);
  if (!months.length) return undefined;
  const first = Math.min(...months);
  const last = Math.max(...months);
  if (months.length > 1) return { id: `months:${first}-${last}`, from: first, to: last };
  const at = named[0]!.start;
  const m = months[0]!;
  const before = words.slice(Math.max(0, at - 4), at);
  const { to = [] } = lexicon.data.measuredFrom ?? {};
  const onwards = lexicon.data.emptyMonths?.onwards ?? [];
  if (cues.includes('after') && !cues.includes('before')) return m < 12 ? { id: `after:month:${m}`, from: m + 1, to: 12 } : undefined;
  if (cues.includes('before') && !cues.includes('after')) return m > 1 ? { id: `before:month:${m}`, from: 1, to: m - 1 } : undefined;
  if (before.some((w) => fromWords(lexicon).has(w)) || onwards.includes(words[named[0]!.end] ?? '')) return { id: `from:month:${m}`, from: m, to: 12 };
  if (before.some((w) => to.includes(w))) return { id: `until:month:${m}`, from: 1, to: m };
  return { id: `month:${m}`, from: m, to: m };
}

/**
 * "how many weeks from now is that?", "hur många dagar från i dag": a count of days or weeks measured from now asks
 * the time until (as "until then" does); "två veckor från nu" (a number, not "how many") is a day, read elsewhere.
 * (That other reader of "from now", dates.ts's offsets, reads the lexicon's offsets.ahead and withinAfter as phrases
 * right after a number and its unit; this one a from word (measuredFrom) anywhere after "how many" and its unit, then
 * a word of now (untilWords.now, which also sets the present against the vision). Their words differ because what
 * follows differs: "från idag till jul" here, "två veckor framåt" there.)
 */
function countsFromNow(words: readonly string[], lexicon: Lexicon): boolean {
  const { dayUnits, now } = untilWordSets(lexicon);
  const unit = words.findIndex((w, i) => dayUnits.has(w) && (words[i - 1] === 'manga' || words[i - 1] === 'many'));
  if (unit < 0) return false;
  const from = fromWords(lexicon);
  return words.some((w, i) => i > unit && from.has(w) && (now.has(words[i + 1] ?? '') || (words[i + 1] === 'i' && words[i + 2] === 'dag')));
}

/** "dagar till", "days to", "veckor kvar till", "dagar sen", "days since": a unit of days or weeks with a word of until or since within three words after it. */
function unitSign(words: readonly string[], lexicon: Lexicon): 'until' | 'since' | undefined {
  const { dayUnits, since, unitUntil } = untilWordSets(lexicon);
  for (let i = 0; i < words.length; i++) {
    if (!dayUnits.has(words[i]!)) continue;
    for (const w of words.slice(i + 1, i + 4)) {
      if (since.has(w)) return 'since';
      if (unitUntil.has(w)) return 'until';
    }
  }
  return undefined;
}

/** The lexicon's words of a time until or since (untilWords), as sets; the signs as lists, for their stems. */
interface UntilSets {
  dayUnits: ReadonlySet<string>;
  hourUnits: ReadonlySet<string>;
  since: ReadonlySet<string>;
  unitUntil: ReadonlySet<string>;
  until: ReadonlySet<string>;
  now: ReadonlySet<string>;
  notLength: readonly string[];
  notLengthAlone: readonly string[];
  lastingPhrases: readonly string[];
  lastingVerbs: ReadonlySet<string>;
}
const untilSets = new WeakMap<object, UntilSets>();
function untilWordSets(lexicon: Lexicon): UntilSets {
  let sets = untilSets.get(lexicon.data);
  if (!sets) {
    const u = lexicon.data.untilWords;
    const set = (list: readonly string[] | undefined) => new Set(list ?? []);
    sets = { dayUnits: set(u?.dayUnits), hourUnits: set(u?.hourUnits), since: set(u?.since), unitUntil: set(u?.unitUntil), until: set(u?.until), now: set(u?.now), notLength: u?.notLength ?? [], notLengthAlone: u?.notLengthAlone ?? [], lastingPhrases: u?.lastingPhrases ?? [], lastingVerbs: set(u?.lastingVerbs) };
    untilSets.set(lexicon.data, sets);
  }
  return sets;
}
// "how long does it go on for?": the words of a phrasal verb of lasting (lexicon untilWords.lastingPhrases) are no word
// of until or since ("how long to go?"); the words left are those the notLength lists are read against.
function withoutLastingPhrases(words: readonly string[], lexicon: Lexicon): readonly string[] {
  const phrases = untilWordSets(lexicon).lastingPhrases.map((p) => p.split(' '));
  if (!phrases.length) return words;
  const out = [...words];
  for (const phrase of phrases) {
    for (let i = 0; i + phrase.length <= words.length; i++) {
      if (phrase.every((w, k) => words[i + k] === w)) for (let k = 0; k < phrase.length; k++) out[i + k] = '';
    }
  }
  return out.filter(Boolean);
}
// "SK-mötena", "LG meetings": meetings of a body in the plural (the consecutive gaps between them).
const PLURAL_MEETINGS = /^(\w*motena|\w*moten|meetings)$/;

/** The lexicon's plain words of order, and the words after one that point back at the meeting just answered ("före det", "before that one"). */
const orderSets = new WeakMap<object, { order: ReadonlySet<string>; back: ReadonlySet<string> }>();
function orderWords(lexicon: Lexicon): { order: ReadonlySet<string>; back: ReadonlySet<string> } {
  let sets = orderSets.get(lexicon.data);
  if (!sets) {
    const o = lexicon.data.orderWords;
    orderSets.set(lexicon.data, (sets = { order: new Set(o?.order ?? []), back: new Set(o?.back ?? []) }));
  }
  return sets;
}
/**
 * The event an order word points at ("efter södertörnskonferensen"): the first body named after the word, where it is
 * a body with one or two dated meetings in the plan, and the other body named has meetings of its own. Its coming
 * meeting (else its last) is the anchor.
 */
function eventAnchor(words: readonly string[], mentions: readonly Mention[], bodies: readonly string[], plan: Plan, today: string, lexicon: Lexicon): { asked: string; anchor: string; meetingId: string } | undefined {
  const order = orderWords(lexicon).order;
  const at = words.findIndex((w) => order.has(w));
  if (at < 0) return undefined;
  const anchor = mentions.find((m) => m.kind === 'body' && m.at > at)?.id;
  const asked = bodies.find((b) => b !== anchor);
  if (!anchor || !asked || !bodies.includes(anchor)) return undefined;
  const events = plannedMeetings(plan, anchor).filter((m) => m.date.kind !== 'month');
  if (!events.length || events.length > 2 || !plannedMeetings(plan, asked).length) return undefined;
  const m = events.find((e) => firstDate(e) >= today) ?? events.at(-1)!;
  return { asked, anchor, meetingId: m.id };
}

function isVague(q: Query): boolean {
  const vague = ['datesWord', 'meeting', 'host', 'when', 'money', 'who', 'where', 'next', 'count', 'share', 'timeOfDay', 'until', 'remaining', 'start', 'daysWord', 'whatIs'];
  // "datum?" alone is both a when and a listing word: still vague.
  return q.cues.length > 0 && q.cues.every((c) => vague.includes(c) || (c === 'calendar' && q.cues.includes('when'))) && !q.bodies.length && !q.municipalities.length && !q.years.length && !q.dates.length && !q.month;
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

/** The lexicon's rotationCounterparts as pairs (meeting intent → rotation intent), read once per lexicon. */
const counterpartTables = new WeakMap<object, Record<string, string>>();
function counterpartsOf(lexicon: Lexicon): Record<string, string> {
  let out = counterpartTables.get(lexicon.data);
  if (!out) counterpartTables.set(lexicon.data, (out = Object.fromEntries(Object.entries(lexicon.data.followUp.rotationCounterparts ?? {}).filter(([k, v]) => k !== '$comment' && typeof v === 'string'))));
  return out;
}

/**
 * The bodies named, with a shared alias ("council") read as the body it names here: where its default body is named in
 * other words too, none (it is no body's name then; so too its plural read as it, "which councils", the municipalities);
 * where another of its bodies is named in other words, or asked after for what only it has, that one: a member only it
 * has ("is KTH part of the council"), members besides the municipalities, a host or a year asked of a year or a
 * municipality with no day or month (its host rotation: "who hosts the council in 2014?", "which year does Södertälje
 * have the council?"); else its default.
 */
function sharedAliasBodies(bodies: string[], matches: readonly Match[], words: string[], cues: string[], plan: Plan, lexicon: Lexicon, named: { year: boolean; dayOrMonth: boolean }): string[] {
  const shared = lexicon.data.sharedAliases;
  if (!shared) return bodies;
  const bodyMatches = matches.filter((m) => m.sense.kind === 'body');
  let out = bodies;
  const padded = ` ${words.join(' ')} `;
  words.forEach((w, at) => {
    const plural = !Object.hasOwn(shared, w) && /s$/.test(w) && Object.hasOwn(shared, w.slice(0, -1));
    const list = Object.hasOwn(shared, w) ? shared[w] : plural ? shared[w.slice(0, -1)] : undefined;
    if (!list?.length) return;
    // (The word may be read as several of its bodies: the lexicon's alias and the plan's own aliases of a body.)
    const covers = (m: Match) => m.start <= at && m.end > at;
    const byAlias = new Set(bodyMatches.filter(covers).map((m) => (m.sense as { id: string }).id).filter((b) => list.includes(b)));
    if (!byAlias.size) return;
    const byOthers = new Set(bodyMatches.filter((m) => !(m.start <= at && m.end > at) && !words.slice(m.start, m.end).some((x) => Object.hasOwn(shared, x))).map((m) => (m.sense as { id: string }).id));
    const own = list[0]!;
    const others = list.slice(1);
    const info = (b: string) => plan.bodies.find((x) => x.id === b);
    const namedOther = others.find((b) => byOthers.has(b));
    const memberOf = others.find((b) => (info(b)?.otherMembers ?? []).some((o) => padded.includes(` ${fold(o)} `)));
    const besides = cues.includes('except') && cues.includes('municipalitiesWord') ? others.find((b) => (info(b)?.otherMembers ?? []).length > 0) : undefined;
    const rotationAsked = (cues.includes('host') || cues.includes('year')) && !named.dayOrMonth && (named.year || matches.some((x) => x.sense.kind === 'municipality'));
    const rotating = rotationAsked ? others.find((b) => plan.hostRotations.some((r) => r.body === b)) : undefined;
    const meant = plural || byOthers.has(own) ? undefined : (namedOther ?? memberOf ?? besides ?? rotating ?? own);
    const kept = out.filter((b) => !byAlias.has(b) || byOthers.has(b));
    out = meant && !kept.includes(meant) ? [...kept, meant] : kept;
  });
  return out;
}

/** A follow-up that carries a new subject ("och 2015?", "och LG?") keeps the last question, with the new subject. */
function followUp(q: Query, ctx: QueryContext, explicit: boolean, plan: Plan, counterparts: Record<string, string>, filler: readonly string[], small: UnderstoodSets): Query {
  const { rotationBodies: rotating, hostedBodies } = planFacts(plan);
  const onlyRelation = q.relation && !q.dates.length && !q.month;
  const next = explicit && q.cues.includes('next') && !q.bodies.length;
  // "Vilket år är Södertälje värd för rådslaget, och vem kommer efter dem?": after a rotation's year, the one
  // after (or before) is the next (previous) year's host, not the next meeting of the calendar.
  const rotationYear = (ctx.intent === 'rotationYears' || ctx.intent === 'rotationHost') && ctx.years.length === 1 && ctx.bodies.length > 0 && ctx.bodies.every((b) => rotating.has(b));
  // ("who comes after them?": "them" is the municipality just answered, not a new subject.)
  const sameMunicipalities = q.municipalities.every((m) => ctx.municipalities.includes(m) || Boolean(ctx.answerMunicipalities?.includes(m)));
  if (rotationYear && (onlyRelation || next) && !q.bodies.length && sameMunicipalities && !q.years.length && !q.yearShift) {
    return { ...q, intent: 'rotationHost', bodies: ctx.bodies, municipalities: [], years: [ctx.years[0]! + (q.relation === 'before' ? -1 : 1)], relation: undefined, meetingId: undefined, followUp: true };
  }
  if ((onlyRelation || next) && ctx.meetingId) {
    const walk = q.bodies.length ? { bodies: q.bodies } : ctx.anyBody ? { bodies: [], anyBody: true } : { bodies: ctx.bodies };
    return { ...q, intent: 'adjacentMeeting', relation: q.relation ?? 'after', ...walk, meetingId: ctx.meetingId, followUp: true };
  }
  // "när är SK:s planeringskonferens?" → "och LG:s?", "and the committee's?": a follow-up that names only an owner, in
  // the genitive, asks for that owner's one of the thing the last question was about (the owner's own meeting of
  // that title), not the owner's next meeting.
  // (Without "och"/"and" first, understand() has asked ownedThing already, before deciding on a follow-up.)
  const owned = explicit ? ownedThing(q, ctx, plan, true, filler, small) : undefined;
  if (owned) return { ...q, intent: ctx.intent, bodies: owned, municipalities: [], years: [], dates: [], month: undefined, meetingId: undefined, followUp: true };
  const carries = q.years.length || q.yearShift || q.monthShift || q.bodies.length || q.municipalities.length || q.dates.length || q.month || q.budgetLines.length;
  if (!carries) return q;
  // ("vem har rådslaget 2014" → "och året efter Tyresö": a year shifted from a municipality named is counted from its turn
  // in the rotation, not from the year answered last.)
  const anchoredShift = q.yearShift !== undefined && q.municipalities.length > 0 && !q.years.length && rotationYear;
  let years = anchoredShift ? [] : q.yearShift && ctx.years.length ? [ctx.years[0]! + q.yearShift] : q.years.length ? q.years : ctx.years;
  let month = q.month;
  if (q.monthShift && ctx.month) {
    const total = ctx.month.year * 12 + ctx.month.month - 1 + q.monthShift;
    month = { year: Math.floor(total / 12), month: (total % 12) + 1, yearGiven: true };
  }
  let intent: Intent = ctx.intent;
  // "what is the purpose of the cooperation" → "and of ledningsgruppen?": the purpose of the body named.
  let topics = q.topics.length ? q.topics : ctx.topics;
  if (intent === 'organisation' && topics.includes('purpose') && q.bodies.length && !q.topics.length) {
    intent = 'bodyInfo';
    topics = [];
  }
  if (intent === 'rotationYears' && q.yearShift && years.length) intent = 'rotationHost';
  // "när är rådslaget 2011?" → "och året efter, vem är värd?": a host asked of a rotating body's year (shifted or named)
  // is the rotation's host that year, whatever the last question asked of it (its day in the calendar).
  const subject = q.bodies.length ? q.bodies : ctx.bodies;
  if (q.cues.includes('host') && (q.yearShift || q.years.length) && years.length && subject.length && subject.every((b) => rotating.has(b)) && !q.dates.length && !q.month && !q.municipalities.length) intent = 'rotationHost';
  // "När är Södertälje värd för SK?" → "och rådslaget?": the same question of a rotating body, in the rotation's
  // words (the lexicon's rotationCounterparts: a municipality's meetings → its years, a meeting's host → a
  // year's host). A host asked of a month's meeting asks of the rotation that month's year. (The way back, to
  // a body that is hosted meeting by meeting, is below.)
  const swap = q.bodies.length && q.bodies.every((b) => rotating.has(b)) && Object.hasOwn(counterparts, intent) ? counterparts[intent] : undefined;
  if (swap === 'rotationHost' && !years.length && ctx.month) years = [ctx.month.year];
  if (swap) intent = swap as Intent;
  // "är personalen mer än hälften av budgeten?" → "och utredningarna då?": the same claim, of the new line.
  // (Its text's words go with it: the context keeps the claim's text, not its words.)
  const sameClaim = ctx.claim && q.budgetLines.length && !q.form && !q.amounts.length ? { form: ctx.claim.form, text: ctx.claim.text, words: splitWords(fold(ctx.claim.text)), amounts: ctx.claim.amounts ?? [] } : {};
  // A new body or municipality keeps the question but swaps the subject.
  if (intent === 'rotationYears' && q.years.length) intent = 'rotationHost';
  if (intent === 'rotationHost' && q.municipalities.length && !q.years.length) intent = 'rotationYears';
  // "When does Nynäshamn host the rådslag?" → "and the SK?": a body without a rotation is hosted meeting by
  // meeting, so the question becomes that municipality's meetings of the body, in no particular year.
  const unrotated = q.bodies.length > 0 && q.bodies.every((b) => !rotating.has(b));
  const rotationAsked = intent === 'rotationYears' || intent === 'rotationHost';
  // (A body whose meetings have no host at all, "och LG?": that the plan names no host for it.)
  // ("Who hosts the rådslag in 2014?" → "and the committee in September?": a host asked of a day or month the
  // follow-up names is that meeting's host.)
  const dayNamed = intent === 'rotationHost' && (q.dates.length > 0 || q.month !== undefined);
  if (rotationAsked && unrotated) intent = !q.bodies.some((b) => hostedBodies.has(b)) || dayNamed ? 'meetingHost' : ctx.municipalities.length || ctx.answerMunicipalities?.length ? 'municipalityMeetings' : 'nextMeeting';
  // "vem har rådslaget 2011?" → "och vem har det efter Nynäshamn?": a municipality named with before or after is
  // the rotation's anchor; the year answered last is no part of the new question.
  if (rotationAsked && !unrotated && q.relation !== undefined && q.municipalities.length && !q.years.length && !q.yearShift) years = [];
  return {
    ...q,
    ...sameClaim,
    intent,
    bodies: q.bodies.length ? q.bodies : ctx.bodies,
    // ("vad får Huddinge i ersättning" → "och personalen?": Huddinge named the last line, not this one.)
    municipalities: q.municipalities.length ? q.municipalities : q.budgetLines.length && ctx.budgetLines.length ? [] : ctx.municipalities,
    years: rotationAsked && unrotated && !q.years.length ? [] : years,
    ...(rotationAsked && unrotated && !dayNamed && !q.municipalities.length && !ctx.municipalities.length && ctx.answerMunicipalities?.length ? { municipalities: ctx.answerMunicipalities } : {}),
    dates: q.dates.length ? q.dates : month ? [] : ctx.dates,
    month: month ?? (q.dates.length ? undefined : ctx.month),
    budgetLines: q.budgetLines.length ? q.budgetLines : ctx.budgetLines,
    ...(q.budgetLines.length && ctx.budgetLines.length && q.budgetLines.some((l) => !ctx.budgetLines.includes(l)) ? { earlierBudgetLines: ctx.budgetLines } : {}),
    topics,
    // ("vem är värdkommun?" → "och vi i Tyresö, är vi med?": membership asked anew is not the last question's host.)
    cues: [...new Set([...(q.cues.includes('membership') && !q.cues.includes('host') ? ctx.cues.filter((c) => c !== 'host') : ctx.cues), ...q.cues])],
    // "vilka möten har LG i höst" → "och SK då?": the period asked about stays, unless a day or month is named.
    period: q.period ?? (q.dates.length || q.month || q.years.length ? undefined : ctx.period),
    meetingId: undefined,
    followUp: true,
  };
}

/**
 * The bodies a follow-up of only an owner asks for: in the genitive ("och LG:s?", "and the committee's?", "och
 * samarbetskommitténs?") or after a word for the thing and a preposition ("den för SK då?", "and the one for the
 * committee?"): the thing the last answer was about, of that owner. The thing is a meeting title the last meeting had
 * that names a body ("Planeringskonferens": the planning conference), or a body of the last question whose own name
 * holds another body's ("Samarbetskommitténs planeringskonferens"). The owner's thing is the body whose own name holds
 * the owner, else the owner with the thing (the owner's titled meeting). Without "och"/"and" first (`explicit`), a
 * word for the thing or "då"/"then" must say that the message follows on.
 */
function ownedThing(q: Query, ctx: QueryContext, plan: Plan, explicit: boolean, filler: readonly string[], small: UnderstoodSets): string[] | undefined {
  if (q.bodies.length !== 1 || q.municipalities.length || q.years.length || q.dates.length || q.month || q.budgetLines.length || q.form) return undefined;
  const all = splitWords(fold(q.text)).filter((w) => /[\p{L}\d]/u.test(w));
  if (!explicit && !all.some((w) => small.thing.has(w) || small.then.has(w))) return undefined;
  const words = all.filter((w) => !filler.includes(w) && !small.thing.has(w));
  // (Not coordination.ts's GENITIVE reader: that one reads raw tokens, "SK:s", "LG's", at any place in a text and asks the
  // lexicon what they name; this one asks only whether the whole folded follow-up, its owner already read, is one
  // genitive, "lg s" or "samarbetskommittens". Shared, each would need the other's input: left apart on purpose.)
  const genitive = (words.length === 2 && words[1] === 's') || (words.length === 1 && words[0]!.length > 2 && words[0]!.endsWith('s'));
  // ("den för SK då", "the one for the management group": the owner's own words, after a preposition.)
  const nameWords = new Set(ownerNames(plan, q.bodies[0]!).flatMap((n) => n.split(' ')));
  const afterPreposition = all.some((w) => small.ownerPrepositions.has(w)) && words.length >= 1 && words.length <= 3 && words.every((w) => nameWords.has(w));
  if (!genitive && !afterPreposition) return undefined;
  const owner = q.bodies[0]!;
  const nameOf = (id: string) => fold(plan.bodies.find((x) => x.id === id)?.name ?? '');
  // The thing: a body named by the last meeting's title, or a last body whose name holds another body's.
  const meeting = ctx.meetingId ? plan.meetings.find((m) => m.id === ctx.meetingId) : undefined;
  const title = meeting?.title ? fold(meeting.title) : undefined;
  const byTitle = title ? plan.bodies.find((b) => b.id !== meeting!.body && bodyStems(plan, b.id).some((x) => title.includes(x))) : undefined;
  const ownedBody = ctx.bodies.find((t) => plan.bodies.some((o) => o.id !== t && bodyStems(plan, o.id).some((x) => nameOf(t).includes(x))));
  const thing = byTitle?.id ?? ownedBody;
  if (!thing || thing === owner) return undefined;
  // ("och samarbetskommitténs?" after LG's planning conference: the body named for the committee's own one.)
  if (bodyStems(plan, owner).some((x) => nameOf(thing).includes(x))) return [thing];
  return [owner, thing];
}

/** A body's names (its name and aliases), folded. */
function ownerNames(plan: Plan, id: string): string[] {
  const b = plan.bodies.find((x) => x.id === id);
  return b ? [b.name, ...b.aliases].map(fold) : [];
}

/**
 * A period of the year from period words: "under våren" → 1–6, "efter sommaren" → 9–12, "före hösten" → 1–8.
 * `until`: the words that make a time of year the end of a span ("fram till jul", "until Christmas"; the lexicon's untilSeason).
 */
function readPeriod(periods: Array<{ id: string; months: [number, number]; beforeUntil?: number; untilDay?: number; fromNow?: boolean; season?: boolean }>, cues: string[], words: string[] = [], until: readonly string[] = [], periodJoins: ReadonlySet<string> = new Set()): Period | undefined {
  const p = periods[0];
  if (!p) return undefined;
  const [from, to] = p.months;
  // "mellan påsk och midsommar", "from spring to autumn": from the first period to the end of the second.
  const q = periods[1];
  if (q && q.id !== p.id && words.some((w) => periodJoins.has(w)) && q.months[1] >= from) return { id: `${p.id}-${q.id}`, from, to: q.months[1] };
  if (cues.includes('after') && !cues.includes('before') && to < 12) return { id: `after:${p.id}`, from: to + 1, to: 12 };
  // "efter jul", "after the end of the year": a period that ends the year is followed by the next year.
  if (cues.includes('after') && !cues.includes('before') && to === 12 && from > 1) return { id: `after:${p.id}`, from: 1, to: 12, nextYear: true };
  // "fram till jul", "until Christmas": up to a time of year is before it.
  const before = (cues.includes('before') || (p.season && words.some((w) => until.includes(w)))) && !cues.includes('after');
  if (before && from > 1) return { id: `before:${p.id}`, from: 1, to: p.beforeUntil ?? from - 1, ...(p.fromNow ? { fromNow: true } : {}), ...(p.untilDay ? { untilDay: p.untilDay } : {}) };
  return { id: p.id, from, to, ...(p.season ? { season: true } : {}) };
}

/**
 * "nästa heldag i höst efter sommaren", "LG under våren före sommaren": two periods, not between each other, each
 * narrows the other. An order word right before one of them (an article between them at most) is that one's; the
 * months both cover are asked. Undefined where they do not overlap or an order word is no period's (readPeriod reads them).
 */
function bothPeriods(all: readonly Match[], words: readonly string[], cues: string[], lexicon: Lexicon): Period | undefined {
  const matches = all.filter((m, i) => all.findIndex((x) => (x.sense as { id: string }).id === (m.sense as { id: string }).id) === i);
  const order = orderWords(lexicon).order;
  const { periodJoins, articles } = understoodWords(lexicon.data);
  if (matches.length !== 2 || words.some((w) => periodJoins.has(w) && !order.has(w))) return undefined;
  const orderOf = (m: Match) => { const k = articles.has(words[m.start - 1] ?? '') ? m.start - 2 : m.start - 1; return order.has(words[k] ?? '') ? words[k]! : undefined; };
  const own = matches.map((m) => { const o = orderOf(m); const c = !o ? [] : ['efter', 'after'].includes(o) ? ['after'] : ['before']; return readPeriod([m.sense as Extract<Match['sense'], { kind: 'period' }>], c, []); });
  const relations = (['after', 'before'] as const).filter((c) => cues.includes(c)).length;
  if (matches.filter((m) => orderOf(m)).length !== relations) return undefined;
  const [a, b] = own as [Period | undefined, Period | undefined];
  if (!a || !b || a.nextYear || b.nextYear) return undefined;
  const from = Math.max(a.from, b.from);
  const to = Math.min(a.to, b.to);
  if (from > to) return undefined;
  const season = a.season && b.season && !/^(before|after):/.test(a.id + b.id);
  return { id: `${a.id}+${b.id}`, from, to, ...(season ? { season: true } : {}) };
}

/**
 * Whether the folded "sa" at `words[i]` was written "så" ("varför är lunchen så dyr?"): so, not said. The i-th
 * word's place among the folded "sa" words is its place among the text's "sa"/"så" words (one pass over each).
 */
function writtenSo(text: string, words: readonly string[], i: number): boolean {
  if (words[i] !== 'sa') return false;
  let k = 0;
  for (let j = 0; j < i; j++) if (words[j] === 'sa') k++;
  const written = [...text.matchAll(/(?<![\p{L}\d])(sa|så)(?![\p{L}\d])/giu)][k];
  return written !== undefined && written[1]!.toLowerCase() === 'så';
}

/**
 * "den andra?", "the second one", "det tredje SK-mötet": an ordinal word where a meeting, a body, "one" or
 * nothing follows it. Elsewhere "andra" is "other" ("andra kommuner"), and inside a period phrase ("andra
 * halvåret", "second quarter") it is part of the period.
 */
/**
 * How many coming meetings are asked for: a small count right beside a word of next ("nästa två LG-möten", "de tre
 * nästa SK", "next 2 meetings", "the next four meetings", "de två närmaste mötena"), from 2 to the calendar's size.
 * A count of a unit of time there is a span ("de närmaste 14 dagarna", "next two weeks"), not meetings.
 */
function readNextCount(words: string[], matches: readonly Match[], lexicon: Lexicon): number | undefined {
  const numbers = lexicon.data.offsets?.numbers ?? {};
  const count = (at: number) => {
    const w = words[at];
    const n = w === undefined || w === 'a' || w === 'en' || w === 'ett' ? undefined : countWord(w, numbers);
    return n !== undefined && n >= 2 && n <= 24 ? n : undefined;
  };
  const { dayUnits, hourUnits } = untilWordSets(lexicon);
  const unitAfter = (at: number) => dayUnits.has(words[at] ?? '') || hourUnits.has(words[at] ?? '') || understoodWords(lexicon.data).yearWords.has(words[at] ?? '') || /^(veck|week|manad|month|dag|day|ar$|year|tim|hour|minut)/.test(words[at] ?? '') || matches.some((m) => m.start === at && m.sense.kind === 'month');
  for (const m of matches) {
    if (m.sense.kind !== 'cue' || m.sense.name !== 'next' || m.end - m.start !== 1) continue;
    const after = count(m.end);
    if (after !== undefined && !unitAfter(m.end + 1)) return after;
    const before = count(m.start - 1);
    if (before !== undefined && !unitAfter(m.end)) return before;
  }
  return undefined;
}

function readOrdinal(words: string[], matches: readonly Match[], lexicon: Lexicon): number | undefined {
  const table = lexicon.data.ordinals ?? {};
  // ("the second largest line", "tredje största posten", "näst minsta": a rank before a word of largest or smallest.)
  const ranks = (i: number) => matches.some((m) => m.start === i && m.sense.kind === 'cue' && (m.sense.name === 'largest' || m.sense.name === 'smallest'));
  for (const [i, w] of words.entries()) {
    const n = w === 'nast' && ranks(i + 1) ? '2' : Object.keys(table).find((k) => Array.isArray(table[k]) && table[k]!.includes(w));
    if (n === undefined) continue;
    if (ranks(i + 1)) return Number(n);
    if (matches.some((m) => m.sense.kind === 'period' && m.start <= i && m.end > i)) continue;
    const next = words[i + 1];
    // ("vilka andra möten", "några andra SK-möten": before a plural, or after a which-word, "andra" is "other".)
    if (/^(vilka|vilken|nagra|inga|alla|which|any|some|other)$/.test(words[i - 1] ?? '') || (next !== undefined && understoodWords(lexicon.data).listingWords.has(next))) continue;
    const leads = next === undefined || next === 'one' || next === 'ones' || matches.some((m) => m.start === i + 1 && (m.sense.kind === 'body' || (m.sense.kind === 'cue' && m.sense.name === 'meeting')));
    if (leads) return Number(n);
  }
  return undefined;
}

/**
 * Whether a message starts as a follow-up: a starter of the lexicon first ("och", "and", chat's "o"), or chat's
 * "å" for "och", read before folding (folded it would be the English "a").
 */
function startsFollowUp(text: string, matches: readonly Match[]): boolean {
  return matches.some((m) => m.sense.kind === 'followStart' && m.start === 0) || /^\s*å\s+\S/i.test(text);
}

/**
 * The amounts written in a text: "230 000", "230000 kr", "230 tkr", "230k"; a year alone ("2011") is not an
 * amount. In millions: "en miljon", "1,5 miljoner", "a million"; "en halv miljon", "half a million" is half one.
 * Also read from the plan's own sentences ("med över en halv miljon invånare").
 */
export function readAmounts(written: string, numbersOf: Record<string, number>): number[] {
  const amounts: number[] = [];
  const text = withoutThousandsCommas(written);
  for (const m of text.matchAll(/(?<![\d/.:,-])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:\s*(tkr|tusen|k\b|000\b))?(\s*(?:kr|kronor|sek|:-))?(?![\d/.:])/gi)) {
    let n = Number(m[1]!.replace(/[ \u00a0\u202f]/g, ''));
    if (m[2]) n *= 1000;
    if (n < 1000 || (!m[2] && !m[3] && /^(19|20)\d\d$/.test(m[1]!))) continue;
    amounts.push(n);
  }
  // (A decimal comma is kept as a point: folding drops commas, and "1,5 miljoner" would be read as 5.)
  const folded = fold(text.replace(/(\d),(\d)/g, '$1.$2'));
  for (const m of folded.matchAll(/(?:^|\s)(\d+(?:[.,]\d+)?|[a-z]+)\s+(miljon|miljoner|million|millions|milj|mkr)\b/g)) {
    // ("half a million": the "a" belongs to the half.)
    const half = /(?:^|\s)(halv|half)(?: a)?$/.test(folded.slice(0, (m.index ?? 0) + m[0].length - m[2]!.length).trimEnd());
    const n = half ? 0.5 : /^\d/.test(m[1]!) ? Number(m[1]!.replace(',', '.')) : Object.hasOwn(numbersOf, m[1]!) ? numbersOf[m[1]!] : undefined;
    if (n !== undefined && n > 0) amounts.push(Math.round(n * 1_000_000));
  }
  return amounts;
}

/** After "var" at `start`: a subject (a name, a subject pronoun), then a claim of a kind in `claims` ("municipality", "weekday", "cue:host"). */
function verbFirstClaim(words: string[], matches: readonly Match[], start: number, subjects: string[], claims: string[]): boolean {
  const subject = matches.find((m) => m.start === start + 1 && (m.sense.kind === 'body' || m.sense.kind === 'municipality'));
  const after = subject ? subject.end : subjects.includes(words[start + 1] ?? '') ? start + 2 : undefined;
  if (after === undefined) return false;
  return matches.some((m) => m.start >= after && m !== subject && (claims.includes(m.sense.kind) || (m.sense.kind === 'cue' && claims.includes(`cue:${m.sense.name}`))));
}

/**
 * A verbless claim: a body's name first (after an article), at most five words after it, none a verb or a question
 * word, and among them a preposition of the fragment claim right before a municipality or a weekday ("sk 9/6 i salem?",
 * "lg på fredagar?"). One pass over the words.
 */
function fragmentClaim(words: readonly string[], matches: readonly Match[], start: number, fc: { prepositions: string[]; units?: Record<string, number>; ahead?: readonly string[]; articles: ReadonlySet<string> }, verbs: readonly string[]): boolean {
  const at = fc.articles.has(words[start] ?? '') ? start + 1 : start;
  const body = matches.find((m) => m.start === at && m.sense.kind === 'body' && !m.fuzzy);
  if (!body || words.length - body.end > 5 || words.length - body.end < 1) return false;
  // ("rådslaget i år, redan varit?", "LG:s planeringskonferens, redan avklarad?": whether it has taken place; a word of
  // having taken place, "varit", is no verb that makes the message a sentence.)
  // ("i år": "år" folds to the verb "är"; a word of a time is no verb either.)
  const already = matches.filter((m) => m.start >= body.end && m.sense.kind === 'cue' && m.sense.name === 'already');
  const notVerb = matches.filter((m) => m.sense.kind === 'thisYear' || m.sense.kind === 'relativeYear' || m.sense.kind === 'relativeDay');
  if (words.slice(at).some((w, k) => verbs.includes(w) && ![...already, ...notVerb].some((m) => m.start <= at + k && m.end > at + k))) return false;
  if (already.length) return true;
  if (matches.some((m) => m.start >= body.end && (m.sense.kind === 'municipality' || m.sense.kind === 'weekday') && fc.prepositions.includes(words[m.start - 1] ?? ''))) return true;
  // ("SK i morgon?", "SK torsdag om två veckor?", "LG fredag nästa vecka?": one day, counted from today, asks whether the
  // body meets that day: a relative day, or a weekday, or a count of days or weeks ahead; not a week or a month alone.)
  const units = fc.units ?? {};
  return matches.some((m) => m.start >= body.end && (m.sense.kind === 'relativeDay' || m.sense.kind === 'weekday' && !/(dagar|dagarna|days)$/.test(words[m.start]!)))
    || words.some((w, i) => i > body.end && Object.hasOwn(units, w) && (fc.ahead ?? []).includes(words[i - 2] ?? ''));
}

/**
 * A claim stated plainly: a body or municipality first (after an article), a verb of the lexicon's statedClaims within its
 * window after it, something to check after the verb (a match of its claims kinds, a date or a year written), and no
 * question word but that verb ("rådslaget var i Salem i fjol": "var" is the verb; "rådslaget var?" asks where).
 */
function statedClaim(words: readonly string[], matches: readonly Match[], start: number, lexicon: Lexicon): boolean {
  const s = lexicon.data.statedClaims;
  if (!s) return false;
  const at = understoodWords(lexicon.data).articles.has(words[start] ?? '') ? start + 1 : start;
  // ("personalen är 600 000", "the staff budget is 500 000 kr": a budget line, claimed by an amount after the verb.)
  const amountSubject = matches.find((m) => m.start === at && (s.amountSubjects ?? []).includes(m.sense.kind));
  const subject = amountSubject ?? matches.find((m) => m.start === at && (m.sense.kind === 'body' || m.sense.kind === 'municipality'));
  if (!subject) return false;
  const verbAt = words.findIndex((w, i) => i >= subject.end && i <= subject.end + s.window && s.verbs.includes(w));
  if (verbAt < 0) return false;
  const wh = lexicon.data.yesNo?.whWords ?? [];
  if (words.some((w, i) => i !== verbAt && wh.includes(w))) return false;
  if (amountSubject) return readAmounts(words.slice(verbAt + 1).join(' '), lexicon.data.offsets?.numbers ?? {}).length > 0;
  const claimed = (m: Match) => m.start > verbAt && (s.claims.includes(m.sense.kind) || (m.sense.kind === 'cue' && s.claims.includes(`cue:${m.sense.name}`)));
  return matches.some(claimed) || words.slice(verbAt + 1).some((w) => /^\d{1,2}\/\d{1,2}$/.test(w) || /^(19|20)\d\d$/.test(w));
}

/** "SK i juni, är det i Salem?": a clause after a comma or a dash opened by a yes/no verb and a subject pronoun. */
function takenUpYesNo(text: string, yn: NonNullable<LexiconData['yesNo']>): boolean {
  for (const m of text.matchAll(/(?:,|\s[–—-])\s*(\p{L}+)\s+(\p{L}+)/gu)) {
    const verb = fold(m[1]!);
    if ((yn.first.includes(verb) || yn.verbOrWh?.words.includes(verb)) && (yn.subjects ?? []).includes(fold(m[2]!))) return true;
  }
  return false;
}

/** The question's form, the amounts and the count of years written in it, and a request verb. */
function readForms(text: string, words: string[], matches: readonly Match[], cues: string[], lexicon: Lexicon) {
  const start = startsFollowUp(text, matches) ? 1 : 0;
  const raw = text.trim().split(/\s+/);
  const cueAt = (name: string) => matches.find((m) => m.sense.kind === 'cue' && m.sense.name === name);
  let form: 'yesNo' | 'why' | undefined;
  const why = cueAt('why');
  const yn = lexicon.data.yesNo;
  // "Isn't it true that …", "Wasn't the rådslag …": a negative contraction folds to two words ("isn t"); read as one
  // ("isnt"), it opens a yes/no question like its verb, and the phrases after it ("isnt it true that") are found.
  const contracted = words[start + 1] === 't' && /^[a-z]+n$/.test(words[start] ?? '');
  const first = contracted ? `${words[start]}t` : words[start];
  const spaced = ` ${words.join(' ')} `.replace(/ ([a-z]+n) t(?= )/g, ' $1t');
  // "kan du ge mig en sammanfattning …", "can you tell me …": a request, not a yes/no question.
  const request = (yn?.requests ?? []).some((r) => ` ${words.slice(start).join(' ')} `.startsWith(` ${r} `));
  if (request) form = undefined;
  else if (why && why.start <= start + 1) form = 'why';
  else if (yn && first && yn.first.includes(first) && !/^år$/i.test(raw[start] ?? '')) form = 'yesNo';
  // ("asså ligger LG-mötena på torsdagar", "so does LG meet on Thursdays": a word drawing a conclusion, then a yes/no verb.)
  else if (yn && first && yn.inferences?.includes(first) && yn.first.includes(words[start + 1] ?? '') && words.length - start >= 4) form = 'yesNo';
  else if (yn && yn.phrases.some((p) => spaced.includes(` ${p} `))) form = 'yesNo';
  // "så budgeten går med underskott?", "so the rådslag 2013 is in Botkyrka?": a statement opened by a word that draws a
  // conclusion (lexicon yesNo.inferences) and ended by a question mark asks whether the conclusion holds. ("så vem är
  // värd?", "so when is it?" still ask what a question word asks.)
  else if (yn?.inferences && /\?\s*$/.test(text) && yn.inferences.includes(first ?? '') && words.length - start >= 3 && !words.slice(start + 1).some((w) => (yn.whWords ?? []).includes(w))) form = 'yesNo';
  // Swedish verb-first order is a yes/no question: "sköter Haninge sekretariatet", "ansvarar Huddinge för …".
  // The first word is one the lexicon does not know, with a verb's ending, and a name or a subject follows it.
  else if (yn && first && words.length >= 3 && /^[a-z]{3,}(ar|er|ir|or|ur|as|es|s)$/.test(first) && !(yn.whWords ?? []).includes(first) && !matches.some((m) => m.start <= start && m.end > start) && (matches.some((m) => m.start === start + 1 && (m.sense.kind === 'body' || m.sense.kind === 'municipality')) || (yn.subjects ?? []).includes(words[start + 1] ?? ''))) form = 'yesNo';
  // "var rådslaget i Salem i år?", "var det rådslag i Salem?": a word that is a verb as well as a question word
  // ("var": was / where), first with a subject after it and something to check after that (a municipality, a
  // weekday, a full day: the lexicon's verbOrWh.claims), is the verb. "var är …", "var hålls …", "var rådslaget
  // 2011?" stay where-questions.
  else if (yn?.verbOrWh && first && yn.verbOrWh.words.includes(first) && verbFirstClaim(words, matches, start, yn.subjects ?? [], yn.verbOrWh.claims)) form = 'yesNo';
  // A topic put first and taken up by a pronoun after a comma or a dash is a yes/no question of that topic:
  // "SK i juni, är det i Salem?", "rådslaget 2016 – blir det i Haninge?", "nyckeltalsdagen, var den i Huddinge?".
  else if (yn && words.length >= 4 && takenUpYesNo(text, yn)) form = 'yesNo';
  // A statement with a tag at its end is a claim to check: "LG möts 9 oktober, eller hur?", "… in May, right?".
  // ("isn't it" folds to "isn t it": the contraction is one word again.)
  else if (yn?.tags && words.length >= 3 && !(yn.whWords ?? []).includes(first ?? '') && yn.tags.some((tag) => ` ${words.join(' ')}`.replace(/ ([a-z]+n) t(?= )/g, ' $1t').endsWith(` ${tag}`))) form = 'yesNo';
  // A bare fragment of a shape word with a question mark is a claim about what was just answered: "heldag?",
  // "full day?" (the cues in fragmentCues, covering every word).
  else if (yn?.fragmentCues && /\?\s*$/.test(text) && words.length - start >= 1 && words.length - start <= 3 && words.slice(start).every((_, i) => matches.some((m) => m.sense.kind === 'cue' && yn.fragmentCues!.includes(m.sense.name) && m.start <= start + i && m.end > start + i))) form = 'yesNo';
  // "sk 9/6 i salem?", "lg på fredagar?", "nyckeltalsdagen i huddinge?": a verbless fragment, a body first and then a
  // place or a weekday after its preposition (lexicon yesNo.fragmentClaim), with a question mark, asks whether it holds.
  else if (yn?.fragmentClaim && (/\?\s*$/.test(text) || matches.some((m) => m.sense.kind === 'cue' && m.sense.name === 'already')) && fragmentClaim(words, matches, start, { ...yn.fragmentClaim, units: lexicon.data.offsets?.units, ahead: lexicon.data.offsets?.ahead, articles: understoodWords(lexicon.data).articles }, [...yn.first, ...(yn.whWords ?? []), ...(lexicon.data.statedClaims?.verbs ?? [])])) form = 'yesNo';
  // Cues that together ask whether something may be (lexicon yesNo.cuePairs: an ability word and a joining word, "could
  // Nykvarn become part of ÖFN?", "skulle Botkyrka kunna bli en del av miljöförbundet", "would it be possible for …"),
  // with no question word first, make a yes/no question wherever the modal stands.
  else if (yn?.cuePairs && !(yn.whWords ?? []).includes(first ?? '') && yn.cuePairs.some((pair) => pair.every((c) => cues.includes(c)))) form = 'yesNo';
  // A modal particle inside a statement makes it a claim to check: "Huddinge får väl 80 000?", "SK är väl på torsdag?".
  else if (yn?.particles && words.length >= 3 && !(yn.whWords ?? []).includes(first ?? '') && words.slice(start + 1).some((w) => yn.particles!.includes(w))) form = 'yesNo';
  // "och vi i Tyresö, är vi med?", "LG 20/5, is it a Friday?": a short last clause after a comma that starts as a
  // yes/no question makes the message one.
  else if (yn && /,[^,]+\?\s*$/.test(text)) {
    const clause = splitWords(fold(text.slice(text.lastIndexOf(',') + 1)));
    if (clause.length >= 2 && clause.length <= 6 && yn.first.includes(clause[0]!) && !/^år$/i.test(text.slice(text.lastIndexOf(',') + 1).trim().split(/\s+/)[0] ?? '')) form = 'yesNo';
  }
  // "nyckeltalsdagen e den nästa vecka", "the rådslag is in Botkyrka in 2013": a claim stated plainly, with no question
  // mark or inversion, is checked like a yes/no question (the lexicon's statedClaims).
  if (!form && !request && statedClaim(words, matches, start, lexicon)) form = 'yesNo';

  // "har lagt 30k på lokaler hittills, vad finns kvar": a statement before a question of what, how much or when is a
  // premise; the question after it is asked, not a yes/no of the statement.
  if (form === 'yesNo' && yn?.whWords && first && yn.first.includes(first)) {
    const clauses = text.split(/[,;:]\s+|\s+[-–—]\s+/).slice(1);
    const opens = (c: string) => splitWords(fold(c)).filter((w) => !/^(och|and|so|sa|men|but)$/.test(w))[0] ?? '';
    if (clauses.length && !/\?/.test(text.split(/[,;:]\s+|\s+[-–—]\s+/)[0]!) && yn.whWords.includes(opens(clauses.at(-1)!))) form = undefined;
  }

  const amounts = readAmounts(text, lexicon.data.offsets?.numbers ?? {});
  // "två år efter", "3 years before"
  let count: number | undefined;
  const numbers = lexicon.data.offsets?.numbers ?? {};
  words.forEach((w, i) => {
    if (count !== undefined || !understoodWords(lexicon.data).yearWords.has(words[i + 1] ?? '')) return;
    const n = countWord(w, numbers);
    if (n !== undefined && n > 0 && w !== 'a' && w !== 'en') count = n;
  });
  // A request to do something ("boka", "skicka", "send"), near the start ("kan du boka …", "please send …").
  const act = cueAt('action');
  let action: string | undefined;
  if (act && act.start <= start + 3 && cues.includes('action')) {
    const folded = words.slice(act.start, act.end).join(' ');
    // The verb as written ("lägga in", not "lagga in"): the raw words from the one that folds to its first.
    const at = raw.findIndex((r) => fold(r) === words[act.start]);
    const span = act.end - act.start;
    action = at >= 0 && raw.slice(at, at + span).map((r) => fold(r)).join(' ') === folded ? raw.slice(at, at + span).join(' ').toLowerCase().replace(/[?!.,]+$/, '') : folded;
    // "can you call the Botkyrka office" is a request; "what does the plan call Stockholm" is not: such verbs
    // only where the request starts.
    if ((lexicon.data.requests?.startOnly ?? []).includes(folded) && act.start !== requestStart(words, start, lexicon)) action = undefined;
    // ("outlook säger att LG 14/10 börjar 9.00, stämmer det?": a verb of saying after it makes it the claim's source.)
    if (inWordList(words[act.end] ?? '', lexicon.data.requests?.reportedBy ?? [])) return { form, amounts, count, action: undefined };
  }
  // (A calendar request says what cannot be done more exactly than its verb alone: "lägg in" → "in your calendar".)
  // ("posta en sammanfattning på intranätet", "write an article for the newsletter": a place outside the chat.)
  action = (placeRequest(words, start, lexicon, lexicon.data.calendarRequests) ?? placeRequest(words, start, lexicon, lexicon.data.publishRequests))?.title ?? action;
  return { form, amounts, count, action };
}

/** Where a request's verb stands: after the polite words before it ("kan du", "please", "could you"), at most four. */
const politeWords = new WeakMap<object, Set<string>>();
function requestStart(words: string[], start: number, lexicon: Lexicon, isVerb: (w: string) => boolean = () => false): number {
  let polite = politeWords.get(lexicon.data);
  if (!polite) politeWords.set(lexicon.data, (polite = new Set(lexicon.data.requests?.polite ?? [])));
  let i = start;
  while (i < words.length && i < start + 4 && polite.has(words[i]!) && !isVerb(words[i]!)) i++;
  return i;
}

/**
 * "Please add the Salem SK meeting to my Outlook calendar", "skriv in SK-mötet i teams-kalendern åt mig": a
 * request verb among the first words (after "kan du", "please"), a calendar named, and a word that makes it
 * someone's own ("min", "my", "åt mig") or a calendar product. The lexicon's calendarRequests; the action said
 * is its title (actionTitles). A calendar named without anyone's ("lägg in LG 2/12 i kalendern") is the
 * secretariat's change to the plan, not this.
 * The same with the lexicon's publishRequests, which need no one's own place: "post a short summary of the plan on
 * our intranet news page", "lägg ut kalendern på hemsidan" ask to publish outside the chat, which the bot cannot.
 */
function placeRequest(words: string[], start: number, lexicon: Lexicon, c: { verbs: string[]; places: string[]; personal?: string[]; title: string } | undefined): { title: string; at: number } | undefined {
  if (!c) return undefined;
  const is = inWordList;
  const i = requestStart(words, start, lexicon, (w) => is(w, c.verbs));
  if (!is(words[i] ?? '', c.verbs)) return undefined;
  const rest = words.slice(i + 1);
  if (!rest.some((w) => is(w, c.places)) || (c.personal && !rest.some((w) => is(w, c.personal!)))) return undefined;
  return { title: c.title, at: i };
}

/**
 * Whether a what-if keeps the total: a word for the total near a word for unchanged ("totalen låg kvar",
 * "the same total", "the total … stayed the same"), both from the lexicon's `unchanged`.
 */
function heldTotal(words: string[], lexicon: Lexicon): { totalHeld?: true; unchangedAt?: number[] } {
  const u = lexicon.data.unchanged;
  if (!u) return {};
  const is = inWordList;
  const joined = ` ${words.join(' ')} `;
  const phraseAt = (p: string) => { const i = joined.indexOf(` ${p} `); return i < 0 ? -1 : joined.slice(0, i).trim().split(' ').filter(Boolean).length; };
  const same = [...words.flatMap((w, i) => (is(w, u.words) ? [i] : [])), ...u.words.filter((p) => p.includes(' ')).map(phraseAt).filter((i) => i >= 0)];
  const totals = words.flatMap((w, i) => (is(w, u.totals) ? [i] : []));
  return totals.some((t) => same.some((i) => Math.abs(i - t) <= u.window)) ? { totalHeld: true, unchangedAt: same } : {};
}

/** Per-word → unit tables of a lexicon, built once per lexicon data. */
const perTables = new WeakMap<object, { unitOf: Map<string, string>; alone: Map<string, string>; after: Map<string, Set<string>>; reach: Map<string, number>; counted: Map<string, { id: string; divide: number }> }>();
function perTable(lexicon: Lexicon) {
  const data = lexicon.data;
  let tab = perTables.get(data);
  if (!tab) {
    tab = { unitOf: new Map(), alone: new Map(), after: new Map(), reach: new Map(), counted: new Map() };
    const perWords = data.perWords ?? [];
    for (const [id, u] of Object.entries(data.perUnits ?? {})) {
      if (typeof u === 'string') continue;
      for (const w of u.words) tab.unitOf.set(fold(w), id);
      // A unit of time counted ("tre kvartal", "two months"): its words and its plurals.
      if (typeof u.divide === 'number') for (const w of [...u.words, u.svPlural, u.enPlural]) if (!fold(w).includes(' ')) tab.counted.set(fold(w), { id, divide: u.divide });
      for (const w of u.alone ?? []) tab.alone.set(fold(w), id);
      tab.after.set(id, new Set((u.after ?? perWords).map(fold)));
      if (u.reach) tab.reach.set(id, u.reach);
    }
    perTables.set(data, tab);
  }
  return tab;
}

/** A verb of gaining with one of its particles within the lexicon's window after it ("tjänar vår kommun på"). */
function gainAsked(words: readonly string[], lexicon: Lexicon): boolean {
  const g = lexicon.data.gainVerbs;
  if (!g) return false;
  const joined = (i: number) => ` ${words.slice(i + 1, i + 1 + g.window).join(' ')} `;
  return words.some((w, i) => g.verbs.includes(w) && g.particles.some((p) => joined(i).includes(` ${p} `)));
}

/**
 * A question word within the lexicon's window before an ending of use that closes the words ("what … for"), where the
 * word before the ending is no cue of its own: "what are they responsible for?", "vad mer är de värd för?" ask
 * what the word before it says (tasks, hosting), not a purpose.
 */
function forWhatAsked(words: readonly string[], matches: readonly Match[], lexicon: Lexicon): boolean {
  const f = lexicon.data.forWhatFrames;
  if (!f) return false;
  const end = f.ends.map((e) => fold(e).split(' ')).find((e) => e.length < words.length && e.every((w, k) => words[words.length - e.length + k] === w));
  if (!end) return false;
  const last = words.length - end.length - 1;
  if (matches.some((m) => m.sense.kind === 'cue' && m.start <= last && m.end > last)) return false;
  const before = words.slice(Math.max(0, words.length - end.length - f.window), words.length - end.length);
  return before.some((w) => f.starts.includes(w));
}

/** A frame of what is done ("vad händer", "what happens") with its particle within the lexicon's window after it ("med", "with"). */
function happensWith(words: readonly string[], lexicon: Lexicon): boolean {
  const h = lexicon.data.happensWith;
  if (!h) return false;
  const joined = ` ${words.join(' ')} `;
  return h.frames.some((f) => {
    const at = joined.indexOf(` ${f} `);
    if (at < 0) return false;
    const after = ` ${joined.slice(at + f.length + 2).trim().split(' ').slice(0, h.window).join(' ')} `;
    return h.particles.some((p) => after.includes(` ${p} `));
  });
}

/** A role (the lexicon's roles) and a verb of taking part (roleAttends.verbs: of being in a body or at its meetings) among the words. */
export function roleAsked(words: readonly string[], lexicon: Lexicon): boolean {
  const verbs = lexicon.data.roleAttends?.verbs;
  return verbs !== undefined && roleIn(words, lexicon.data) !== undefined && words.some((w) => inWordList(w, verbs.in) || inWordList(w, verbs.attend));
}

/**
 * Whether the words open by setting something against what was asked: a negation ("inte rådslaget", "not the LG") or
 * one of the lexicon's contrast phrases ("as opposed to the conference"). Such a piece after a comma is no question of
 * its own: it says which of two things the question before it is about.
 */
export function opensWithContrast(words: readonly string[], lexicon: Lexicon): boolean {
  if (understoodWords(lexicon.data).negations.has(words[0] ?? '')) return true;
  return (lexicon.data.contrastWords ?? []).some((p) => fold(p).split(' ').every((x, k) => words[k] === x));
}

/** The word indexes right after each of the lexicon's contrast phrases in the words ("as opposed to" → the index after "to"). */
function contrastEndsOf(words: string[], lexicon: Lexicon): Set<number> {
  const out = new Set<number>();
  for (const p of lexicon.data.contrastWords ?? []) {
    const ps = fold(p).split(' ');
    for (let i = 0; i + ps.length <= words.length; i++) if (ps.every((x, k) => words[i + k] === x)) out.add(i + ps.length);
  }
  return out;
}

/**
 * "utredningspengarna per kvartal om vi sprider ut dem jämnt", "staff per month if spread evenly": where every word
 * of the split cue only says how evenly (the lexicon's splitManner), a unit of time is asked, and nothing names the
 * municipalities (no municipality among the units, no word for them), the amount is spread over time, not split
 * between the municipalities. ("per kommun och kvartal om de delas lika" names them; "om avgifterna delas jämnt"
 * asks no unit of time: both stay a split between the members.)
 */
function spreadOverTime(words: string[], matches: readonly Match[], per: string[], cues: string[], lexicon: Lexicon): boolean {
  const manner = new Set((lexicon.data.splitManner ?? []).map(fold));
  const splits = matches.filter((m) => m.sense.kind === 'cue' && m.sense.name === 'split');
  // (A split word read in another form, "fördelat" for "fördela", is the same word.)
  const says = (m: Match) => { const w = words.slice(m.start, m.end).join(' '); return manner.has(w) || (m.end - m.start === 1 && [...manner].some((x) => x.length >= 4 && !x.includes(' ') && w.startsWith(x))); };
  if (!manner.size || !splits.length || !splits.every(says)) return false;
  const units = lexicon.data.perUnits ?? {};
  const timeUnit = cues.includes('perMonth') || per.some((id) => { const u = units[id]; return typeof u === 'object' && typeof u.divide === 'number'; });
  const municipality = units.municipality;
  const nouns = new Set(typeof municipality === 'object' ? municipality.words.map(fold) : []);
  return timeUnit && !per.includes('municipality') && !words.some((w) => nouns.has(w));
}

/**
 * A number of a unit of time, written as a number or the lexicon's number words, right before the unit ("efter tre
 * kvartal", "for 2 months", "sex veckor"): from one up to the units of a year (a count beyond it is no part of the
 * year's amount). The whole year counted in the unit also asked per ("spread over the twelve months, how much per
 * month?", "fördelat på årets fyra kvartal, per kvartal") is the year the amount is spread over, not a count.
 * One pass over the words.
 */
function countedUnit(words: string[], lexicon: Lexicon, askedPer: readonly string[]): { unit: string; count: number; at: number } | undefined {
  const { counted } = perTable(lexicon);
  const numbers = lexicon.data.offsets?.numbers ?? {};
  for (let i = 1; i < words.length; i++) {
    const u = counted.get(words[i]!);
    if (!u) continue;
    const n = countWord(words[i - 1]!, numbers, 3);
    // ("a quarter", "en månad", "under ett halvår": one unit is the per-unit reading, its count of one changes nothing;
    // "om en månad" is a time from now; "spread over the 12 months, per month": the whole of a unit asked per is no count.)
    if (n !== undefined && n >= 1 && (n >= 2 || words[i - 2] !== 'om') && (n < u.divide || (n === u.divide && !askedPer.includes(u.id)))) return { unit: u.id, count: n, at: i };
  }
  return undefined;
}

/**
 * The units an amount is asked per: a unit word after a per-word ("per kvartal", "i veckan", "a quarter",
 * "per kommun och kvartal"), or an adverb of the unit ("kvartalsvis", "quarterly"). Read from the lexicon's
 * perUnits; the budget answer divides by them.
 */
function readPer(words: string[], lexicon: Lexicon, at?: Set<number>): string[] {
  const { unitOf, alone, after, reach } = perTable(lexicon);
  const out: string[] = [];
  words.forEach((w, i) => {
    // A unit of two words ("per half year", "half-year" split at its hyphen) is read at its first word.
    const two = i + 1 < words.length ? `${w} ${words[i + 1]}` : '';
    const a = alone.get(two) ?? alone.get(w);
    if (a && !out.includes(a)) out.push(a);
    const u = unitOf.get(two) ?? unitOf.get(w);
    const strong = lexicon.data.strongPerWords ?? [];
    // (A unit with a reach takes any of its per-words that far before it: "på samarbetskommitténs möten", "by the six SK meetings".)
    const far = u ? (reach.get(u) ?? 0) : 0;
    const near = u && i > 0 && (after.get(u)!.has(words[i - 1]!) || words.slice(Math.max(0, i - 4), i - 1).some((w) => strong.includes(w) && after.get(u)!.has(w)) || (far > 0 && words.slice(Math.max(0, i - 1 - far), i - 1).some((w) => after.get(u)!.has(w))));
    if (u && near) {
      at?.add(i);
      if (!out.includes(u)) out.push(u);
    }
  });
  return out;
}

/**
 * The endings a verb stem written "stem~" in the lexicon takes: Swedish (minska, minskar, minskas, minskade,
 * minskat, minskning; höj, höjer, höjs, höjde, höjt; dra, drar, dras) and English (adds, added, adding). A stem of one or
 * two letters ("ök~") takes only the endings that start with a vowel (and -ning), so "ok" and "okt" stay other words.
 */
const VERB_ENDINGS = ['', 'a', 'r', 'ar', 'er', 'as', 's', 'es', 'ade', 'ades', 'at', 'ats', 't', 'te', 'tes', 'ts', 'd', 'de', 'des', 'ds', 'ning', 'ningen', 'ningar', 'e', 'ed', 'ing'];
function verbForms(stem: string): string[] {
  const short = stem.length < 3;
  return VERB_ENDINGS.filter((e) => !short || /^[aeiouy]/.test(e) || e.startsWith('ning')).map((e) => stem + e);
}

/**
 * Scaling words of a lexicon, built once per lexicon data: exact words, stems ("dubbl*"), verbs in any form
 * ("minsk~"), phrases ("cut in half"), and particle verbs ("dra~ ner": a form of the verb with its particle
 * among the next three words, "drar vi ner", "dra ner personalen"). `unless`: words that, right after the
 * verb, make it something else ("add up", "lägg ihop" is a sum).
 */
interface ScaleClass { id: string; factor?: number; sign?: number; to?: boolean; stems: string[]; exact: Set<string>; phrases: string[]; particles: Array<{ verbs: Set<string>; particle: string }>; unless: Set<string> }
const scaleTables = new WeakMap<object, ScaleClass[]>();
function scaleTable(lexicon: Lexicon): ScaleClass[] {
  let tab = scaleTables.get(lexicon.data);
  if (!tab) {
    tab = Object.entries(lexicon.data.scaling ?? {}).flatMap(([id, s]) => {
      if (typeof s === 'string') return [];
      const ws = s.words.map((w) => w.split(' ').map((x) => (/[*~]$/.test(x) ? `${fold(x.slice(0, -1))}${x.slice(-1)}` : fold(x))).join(' '));
      const single = ws.filter((w) => !w.includes(' '));
      const exact = new Set([...single.filter((w) => !/[*~]$/.test(w)), ...single.filter((w) => w.endsWith('~')).flatMap((w) => verbForms(w.slice(0, -1)))]);
      const particles = ws.filter((w) => w.includes(' ') && w.split(' ')[0]!.endsWith('~') && w.split(' ').length === 2).map((w) => {
        const [verb, particle] = w.split(' ') as [string, string];
        return { verbs: new Set(verbForms(verb.slice(0, -1))), particle };
      });
      return [{ id, factor: s.factor, sign: s.sign, to: s.to, stems: single.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1)), exact, phrases: ws.filter((w) => w.includes(' ') && !w.includes('~')), particles, unless: new Set((s.unless ?? []).map(fold)) }];
    });
    scaleTables.set(lexicon.data, tab);
  }
  return tab;
}

/** Where a scaling class is said in the words: the word index and the word (or phrase) that says it. */
function scaleAt(s: ScaleClass, words: string[], joined: string): { at: number; said: string; particleAt?: number } | undefined {
  for (const [i, w] of words.entries()) {
    if (!s.unless.has(words[i + 1] ?? '') && (s.exact.has(w) || s.stems.some((st) => w.startsWith(st)))) return { at: i, said: w };
    const p = s.particles.find((x) => x.verbs.has(w) && words.slice(i + 1, i + 4).includes(x.particle));
    if (p) return { at: i, said: `${w} ${p.particle}`, particleAt: words.indexOf(p.particle, i + 1) };
  }
  const phrase = s.phrases.find((p) => joined.includes(` ${p} `));
  // The word index of a phrase: the words before it in the joined text.
  return phrase ? { at: joined.slice(0, joined.indexOf(` ${phrase} `)).trim().split(' ').filter(Boolean).length, said: phrase } : undefined;
}

/**
 * "om personalkostnaden landar på sexhundratusen", "if staff costs 600 000": a line set to an amount, under a word of
 * hypothesis before the verb, with the amount right after it (a "på"/"at"/"on" between), and no word of the whole
 * between the hypothesis and the verb ("om totalen blir 900 000, hur mycket får personalen?" sets no line).
 */
function setTo(s: ScaleClass, words: string[], amounts: number[], lexicon: Lexicon): Scale | undefined {
  const amount = amounts[0];
  if (amount === undefined) return undefined;
  const listed = (lexicon.data.changes as Record<string, unknown> | undefined)?.hypothesis;
  const hypotheses = (Array.isArray(listed) ? (listed as string[]) : []).map((h) => fold(h).split(' '));
  const opens = words.findIndex((_, i) => hypotheses.some((h) => h.every((w, k) => words[i + k] === w)));
  if (opens < 0) return undefined;
  // The verb after the hypothesis ("vad blir totalen om utredningarna landar på 200 000?": not the question's "blir").
  // (Each place a verb of the class is said, the first with the amount right after it: "hur stort blir underskottet"
  // is no landing.)
  const verbs = [...s.exact].map((w) => [w]).concat(s.phrases.map((p) => p.split(' ')));
  for (let at = opens + 1; at < words.length; at++) {
    if (s.unless.has(words[at]!)) return undefined;
    const verb = verbs.find((v) => v.every((w, k) => words[at + k] === w));
    if (!verb) continue;
    let next = at + verb.length;
    if (['pa', 'at', 'on'].includes(words[next] ?? '')) next++;
    const written = words[next] ?? '';
    if (/^\d/.test(written) || Object.hasOwn(lexicon.data.offsets?.numbers ?? {}, written) || /(tusen|hundra|miljon|thousand|hundred|million)/.test(written)) return { to: amount, amount, words: verb.join(' '), at };
  }
  return undefined;
}

/**
 * A what-if change of an amount: "om utredningarna dubblas" (×2), "if staff is halved" (×0.5), "ökar med
 * 10 procent" (×1.1), "minskar med 20 000 kr" (−20 000), "höjs till 300 000" (= 300 000), "om vi skär 30 000 på
 * utredningar" (−30 000), "take 20 000 off staff" (a removal of an amount is a cut by it).
 */
function readScale(text: string, words: string[], amounts: number[], lexicon: Lexicon): Scale | undefined {
  const joined = ` ${words.join(' ')} `;
  let found: ScaleClass | undefined;
  let where: ReturnType<typeof scaleAt>;
  for (const s of scaleTable(lexicon)) {
    // (A verb of landing on an amount is looked for without its unless-words: those are read before it, below.)
    where = scaleAt(s.to ? { ...s, unless: new Set() } : s, words, joined);
    if (where) {
      found = s;
      break;
    }
  }
  if (!found || !where) return undefined;
  if (found.to) return setTo(found, words, amounts, lexicon);
  const { at, particleAt } = where;
  const said = where.said;
  // "ta bort 30 000 från utredningarna", "take 20 000 off staff": a removal of an amount written before a
  // from-word takes that amount away; the line stays.
  const removed = found.factor === 0 && amounts.length > 0 && /\d(?:\s*(?:kr|kronor|sek|tkr|k))?\s+(?:fran|from|pa|off|av|of)\b/.test(fold(text));
  if (found.factor !== undefined && !removed) return { factor: found.factor, words: said, at };
  const sign = removed ? -1 : found.sign ?? 1;
  const pct = /(\d+(?:[.,]\d+)?)\s*(?:%|procent\b|percent\b|per cent\b)/i.exec(text);
  const numbers = lexicon.data.offsets?.numbers ?? {};
  const pctWord = pct ? undefined : /\b([a-z]+) (?:procent|percent)\b/.exec(words.join(' '));
  const p = pct ? Number(pct[1]!.replace(',', '.')) : pctWord && Object.hasOwn(numbers, pctWord[1]!) ? numbers[pctWord[1]!] : undefined;
  if (p !== undefined) return { factor: 1 + (sign * p) / 100, words: `${said} ${p} %`, at };
  // "minskas med en tredjedel", "cut by a quarter": a fraction right after med/by is a share of the amount.
  const fractions = lexicon.data.scalingFractions ?? {};
  const byAt = words.findIndex((w, i) => (w === 'med' || w === 'by') && i > 0);
  if (byAt >= 0) {
    const next = oneWords(lexicon.data).includes(words[byAt + 1] ?? '') ? words[byAt + 2] : words[byAt + 1];
    const share = next === undefined ? undefined : Object.entries(fractions).find(([f]) => (f.endsWith('*') ? next.startsWith(f.slice(0, -1)) : next === f))?.[1];
    if (typeof share === 'number' && next) return { factor: 1 + sign * share, words: `${said} ${next}`, at, fractionAt: words.indexOf(next, byAt + 1) };
  }
  const amount = amounts[0];
  if (amount === undefined) return undefined;
  // ("höjs till 300 000", "från 580 000 till 600 000": to the amount after the to-word; "lägger till 30 000" is
  // the verb's own particle, an addition.)
  const toAt = words.findIndex((w, i) => (w === 'till' || w === 'to') && i !== particleAt && /^\d/.test(words[i + 1] ?? ''));
  if (toAt >= 0) {
    // The amount written right after the to-word (its digit groups, "650 000"), where it is one of those read.
    let digits = words[toAt + 1]!;
    for (let i = toAt + 2; /^\d{3}$/.test(words[i] ?? '') && /^\d{1,3}$/.test(words[toAt + 1]!); i++) digits += words[i];
    const written = amounts.find((a) => String(a) === digits) ?? amount;
    return { to: written, amount: written, words: said, at };
  }
  return { add: sign * amount, amount, words: said, at };
}
