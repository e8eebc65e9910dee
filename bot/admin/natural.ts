// The secretariat's change requests in their own words ("SK-mötet 14/4 ska vara i Salem istället",
// "personalkostnaderna blir 600 000", "LG 14/10 blir inte av", "visa ändringar"). The message is read as a
// question is read (the lexicon's names, dates and amounts); which change it asks for comes from the change
// phrases in data/lexicon.json ("changes"). The change is then written in the README's command syntax and
// given to the same parser, so a request in words and the command give the same AdminRequest (and the same
// proposal and confirmation card). A request that lacks something gets a question back naming what.
// Questions are left alone: a message that starts with a question word, or asks yes/no with a "?", is not
// a change request.
// Which reading a message gets (the command, a follow-up, several changes, or this) is requests.ts's.
import { distance } from 'fastest-levenshtein';
import type { Lang } from '../text/lang.js';
import { firstAfter, firstDate, formatDay, formatMonth, formatWhen, lastBefore, lastDate, meetingYear, meetingsBetween, nearestMeeting, plannedMeetings, shiftDay, stockholm, stockholmDate } from '../domain/calendar.js';
import { grouped, listText } from '../text/format.js';
import type { Meeting, Plan } from '../store/schema.js';
import { extractDates } from '../understand/dates.js';
import { countWord, glossedLabel, TIME_KINDS, timeJoins, type Lexicon, type Match } from '../understand/lexicon.js';
import { matchesOf, type Reading } from '../core/reading.js';
import { fold, millionsWritten, withoutThousandsCommas, wordListPattern } from '../understand/normalize.js';
import { splitWords, withoutAbbreviations, wordsAt } from '../understand/understand.js';
import type { Change } from './changes.js';
import { say } from '../text/catalogue/index.js';
import { municipalityName } from '../domain/names.js';

/** What the README parser needs (parse.ts's ParseContext), and the requests this module makes or passes on. */
export interface ParseContext {
  plan: Plan;
  lexicon: Lexicon;
  now: Date;
  /** The writer's latest change in this conversation, for a follow-up ("och LG 25/11 också"). */
  previous?: Change;
  /** The message's reading: its lexicon matches are taken wherever the same words are read. */
  reading?: Pick<Reading, 'words' | 'matches' | 'sent'>;
  /** The writer's proposal waiting in this conversation, which a correction ("nej, 27/5 menade jag") replaces. */
  pending?: PendingProposal;
  /** Where given, the reading's steps are written here (the frame, the signals, why a message stays a question), for DEBUG_NLU. */
  why?: string[];
  /** The writer is not in the secretariat: a plain statement of theirs is a claim (memberClaim), not a change asked for. */
  member?: boolean;
}
export interface PendingProposal {
  id: string;
  change: Change;
  lang: Lang;
  /** Cancelled by the writer's previous message ("nej"): a value alone corrects it, and nothing is replaced. */
  cancelled?: boolean;
}
export type AdminRequest =
  /** `replaces`: the waiting proposal a correction replaces; `then`: the changes named after this one in the same message. */
  | { type: 'change'; change: Change; lang: Lang; note?: string; replaces?: string; then?: Change[] }
  /** `suggest`: the day written and the day of the meeting the question offers ("Menar du fredag 20 maj?"): a yes takes it. */
  | { type: 'error'; message: string; lang: Lang; missing?: boolean; suggest?: DaySuggestion }
  | { type: 'history'; lang: Lang }
  | { type: 'undo' | 'export' | 'import' | 'members' | 'edit' | 'confirmLatest' | 'cancelLatest'; lang: Lang };
/** A day written that names no meeting, and the day of the body's meeting near it. */
export interface DaySuggestion {
  from: string;
  to: string;
}
export type Readme = (text: string, ctx: ParseContext, guessed: Lang) => AdminRequest | undefined;

export interface ChangeWords {
  history: string[];
  /** History phrases that ask what happened, not what was changed ("what happened"): with a month or season, a question. */
  happened: string[];
  cancel: string[];
  restore: string[];
  move: string[];
  moveStrong: string[];
  host: string[];
  hostStrong: string[];
  add: string[];
  budget: string[];
  budgetStrong: string[];
  insteadOf: string[];
  /** "från Botkyrka till Huddinge", "from Nykvarn to Botkyrka": the place after one of these is the one replaced, as after `insteadOf`. */
  replacedFrom: string[];
  polite: string[];
  notChange: string[];
  /** Verbs of contacting someone ('ring', 'mejla', 'call', 'tell'): leading a request, it asks to pass a message on. */
  contact: string[];
  budgetUp: string[];
  budgetDown: string[];
  budgetBy: string[];
  /** Host words that signal a change only with a municipality named ("Botkyrka hosts SK 8/12", "SK 14/4 är i Salem"). */
  hostWeak: string[];
  /** A budget line changed by an amount without "med"/"by" ("lägg 10 000 till på utredningar", "dra av 5 000"). */
  budgetAdd: string[];
  budgetSub: string[];
  /** Add words that signal a new meeting only with a body and a date named ("boka LG 2/12"; "book a room" is not one). */
  addWeak: string[];
  /** Words that turn a shift by days or weeks backwards ("en vecka tidigare", "bring forward"). */
  earlier: string[];
  /** "veckan efter", "dagen innan": a shift by so many days. */
  shift: Array<[string, number]>;
  /** Words that end a statement as a question ("SK 14/4 är i Salem va", "… right"). */
  tagQuestion: string[];
  /** Words that start a hypothesis ("om personalen sänks med 10 %", "what if …"): a question, never a change. */
  hypothesis: string[];
  /** "LG träffas inte 14/10": a cancellation only where a meeting is named. */
  cancelWeak: string[];
  /** A decision reported ("vi har bestämt att …", "we've decided …"): what follows is a change. */
  decided: string[];
  /** The prepositions between a word of deciding and who decided: "beslut i SK", "beslutat av LG", "decided by SK". */
  deciderPrepositions: string[];
  /** Words of a decision whose maker is the body beside them ("as decided by LG", "enligt SK:s beslut"). */
  decisionWords: string[];
  /** The words between a body and the weekday that names its meeting this week ("SK på torsdag", "LG on Friday"). */
  weekdayLinks: string[];
  /** Cancelled and replaced ("ställs in och ersätts av 16/6"): the meeting moves. */
  replace: string[];
  /** "take that back", "gör ogjort": the last change undone, in other words than the command's. */
  undo: string[];
  /** A sentence opened by one of these ("Kan Haninge …", "Skulle Huddinge kunna …", "Could Salem …") asks for a change where the message names one strongly, or with `instead`, `obstacle` or `conditional`. */
  modal: string[];
  /** "i stället", "instead": another than the plan's, so a modal question is a request. */
  instead: string[];
  /** A reason the plan cannot stay ("Tyresö kan tyvärr inte ta mötet", "can't make 22 September"): context for a request. */
  obstacle: string[];
  /** Polite phrases of wondering ("undrar om"): a frame only where a modal verb or a change follows. */
  wonder: string[];
  /** Words that open a request's reason ("pga krock med …", "eftersom …"), as typed: the reason's values are not the request's. */
  reason: RegExp | undefined;
  /** Words that may stand before a clause's modal ("men kan Botkyrka …", "kanske Salem kunde …"). */
  frameLead: Set<string>;
  /** Words that end a message as a request for what it says ("…, går det?", "… is that possible?"). */
  requestTag: string[];
  /** "skulle X kunna …", "would X be able to …": the conditional of a request. */
  conditional: string[];
  /** Verbs of telling or showing ("kan du säga när …", "skulle du kunna visa budgeten?", "vi behöver veta …"): a frame around them asks to be told. */
  askVerbs: string[];
  /** Words that turn a count of days or weeks into a shift later ("en vecka senare", "push back a week"); `earlier` the other way. */
  later: string[];
  /** English words of change requests that the question vocabulary does not count ("won't happen", "scrapped"). */
  enWords: Set<string>;
  /** "första LG-mötet efter sommaren", "the last committee meeting of the year". */
  ordinalFirst: Set<string>;
  ordinalLast: Set<string>;
  /** A follow-up's words: "och …" (weak: a question's follow-up too), "samma för …", "… också". */
  followWeak: string[];
  followStart: string[];
  followEnd: string[];
  /** A correction of the waiting proposal: "nej", "vänta", "jag menade" first, "menade jag", "istället" last. */
  correctStart: string[];
  correctEnd: string[];
  /** A clause inside a request that opens with one of these corrects the value just written ("…, nej förlåt, 23/6"). */
  correctWithin: string[];
  /** "nej inte 29/9 utan 6/10": what follows a not-word up to a but-word is the value taken back. */
  correctNot: Set<string>;
  correctBut: Set<string>;
  /** Words that may stand with a value alone ("den 23:e", "10 000 kr"): right after a cancelled proposal, its correction. */
  correctValue: Set<string>;
  /** "nej, 10 000 mer" / "5 % mindre": a correction counted from the proposal's value, up or down. */
  correctMore: Set<string>;
  correctLess: Set<string>;
  /** "sorry, the one after that", "nej, mötet före det": a correction pointing at the body's next or previous meeting. */
  correctNext: Set<string>;
  correctPrevious: Set<string>;
  /** Words cut short and what they stand for ("t" → "till"), read before anything else in a request. */
  abbreviations: Map<string, string>;
  /** Symbols written as a change's verb ("LG 9/9 ❌") → the words they stand for, by language. */
  symbols: Map<string, { sv: string; en: string }>;
  /** Two words of a change phrase typed as one ("ställin", "tabort") → the phrase (lexicon changes.joined). */
  joined: Map<string, string>;
  /** Verbs that state what is ("är", "hålls", "is"), and words that ask for a change instead ("ska", "blir", "should", "byt"): memberClaim. */
  states: string[];
  asks: string[];
}

export const QUESTION_WORDS = new Set(['vem', 'vad', 'nar', 'var', 'vart', 'hur', 'vilken', 'vilket', 'vilka', 'varfor', 'who', 'what', 'when', 'where', 'which', 'how', 'why', 'whats', 'whens']);
// An amount as a budget line's is written: in thousands ("600 000", "30k", "15 tkr", "20 tusen"), signed
// ("-30 000", "+50k") or a share ("10 %", "5 procent"); read where thousands' dots and commas and millions are written out.
const STRONG_HINT = /\d{1,3}[ \u00a0]\d{3}\b|\d{4,}|\d+\s*(kr|kronor|tkr|k|tusen|mkr|msek|miljon|miljoner|million)\b|(^|\s)[+\-−]\s?\d|\d\s*(%|procent|percent|per cent)/i;

/** The reason words (lexicon changes.reason, as typed) as one pattern: a word of them to the end of its clause. */
function reasonPattern(words: unknown): RegExp | undefined {
  if (!Array.isArray(words) || !words.length) return undefined;
  const escaped = (words as string[]).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\d])(?:${escaped.join('|')})(?![\\p{L}\\d])[^,;?!–—()]*`, 'giu');
}

/**
 * The request without its reasons ("Flytta LG 20/5 till 13/5 pga krock med kommunchefsnätverkets möte", "… ner till
 * 200 000 kr eftersom två uppdrag skjuts till 2012"): from a reason word to the end of its clause, so a date, a year, an
 * amount or a place said there is not read as the request's. The whole message where nothing is left before it.
 */
export function withoutReason(raw: string, C: ChangeWords): string {
  if (!C.reason) return raw;
  const cut = raw.replace(C.reason, ' ').replace(/\s+([,.;?!])/g, '$1').replace(/\s{2,}/g, ' ').trim();
  return /[\p{L}\d]/u.test(cut) ? cut : raw;
}

/** The change phrases, each list with spaces around for whole-word look-ups. */
const compiled = new WeakMap<object, ChangeWords>();
const FOLLOW_WEAK = new Set(['och', 'and', 'samt', 'plus']);
export function changeWords(lexicon: Lexicon): ChangeWords | undefined {
  const raw = lexicon.data.changes;
  if (!raw) return undefined;
  let c = compiled.get(raw);
  if (!c) {
    const list = (k: string) => (Array.isArray(raw[k]) ? (raw[k] as string[]).map((p) => ` ${p} `) : []);
    const sub = (k: string, s: string) => ((raw[k] as Record<string, string[]> | undefined)?.[s] ?? []);
    // Longest first, so "samma sak för" is taken whole before "samma".
    const byLength = (ps: string[]) => [...ps].sort((a, b) => b.length - a.length).map((p) => ` ${p} `);
    const start = sub('followUp', 'start');
    c = {
      history: list('history'), happened: list('happened'), cancel: list('cancel'), restore: list('restore'), move: list('move'), moveStrong: list('moveStrong'),
      host: list('host'), hostStrong: list('hostStrong'), add: list('add'), budget: list('budget'), budgetStrong: list('budgetStrong'), insteadOf: list('insteadOf'), replacedFrom: list('replacedFrom'), polite: list('polite'), notChange: list('notChange'), contact: list('contact'), budgetUp: list('budgetUp'), budgetDown: list('budgetDown'), budgetBy: list('budgetBy'),
      hostWeak: list('hostWeak'), budgetAdd: list('budgetAdd'), budgetSub: list('budgetSub'), addWeak: list('addWeak'), earlier: list('earlier'), tagQuestion: list('tagQuestion'), hypothesis: list('hypothesis'),
      modal: list('modal'), reason: reasonPattern(raw.reason), frameLead: new Set(Array.isArray(raw.frameLead) ? (raw.frameLead as string[]) : []), requestTag: list('requestTag'), instead: list('instead'), obstacle: list('obstacle'), wonder: list('wonder'), conditional: list('conditional'), askVerbs: list('askVerbs'), later: list('later'),
      states: list('states'), asks: list('asks'),
      decided: list('decided'), deciderPrepositions: list('deciderPrepositions'), decisionWords: list('decisionWords'), weekdayLinks: list('weekdayLinks'), cancelWeak: list('cancelWeak'), replace: list('replace'), undo: list('undo'), enWords: new Set(Array.isArray(raw.enWords) ? raw.enWords : []),
      ordinalFirst: new Set(sub('ordinal', 'first')), ordinalLast: new Set(sub('ordinal', 'last')),
      followWeak: byLength(start.filter((p) => FOLLOW_WEAK.has(p))), followStart: byLength(start.filter((p) => !FOLLOW_WEAK.has(p))), followEnd: byLength(sub('followUp', 'end')),
      correctStart: byLength(sub('correction', 'start')), correctEnd: byLength(sub('correction', 'end')), correctWithin: byLength(sub('correction', 'within')),
      correctNot: new Set(sub('correction', 'not')), correctBut: new Set(sub('correction', 'but')),
      correctValue: new Set(sub('correction', 'value')), correctMore: new Set(sub('correction', 'more')), correctLess: new Set(sub('correction', 'less')),
      shift: Object.entries((raw.shift ?? {}) as unknown as Record<string, number>).map(([p, n]) => [` ${p} `, n] as [string, number]),
      correctNext: new Set(sub('correction', 'next')), correctPrevious: new Set(sub('correction', 'previous')),
      abbreviations: new Map(Object.entries((raw.abbreviations ?? {}) as unknown as Record<string, unknown>).filter((e): e is [string, string] => !e[0].startsWith('$') && typeof e[1] === 'string')),
      symbols: new Map(Object.entries((raw.symbols ?? {}) as unknown as Record<string, unknown>).filter((e): e is [string, { sv: string; en: string }] => !e[0].startsWith('$') && typeof (e[1] as { sv?: unknown } | undefined)?.sv === 'string' && typeof (e[1] as { en?: unknown }).en === 'string')),
      joined: new Map((Array.isArray(raw.joined) ? (raw.joined as unknown[]) : []).filter((e): e is [string, string] => Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'string').map(([w, p]) => [fold(w), p])),
    };
    compiled.set(raw, c);
  }
  return c;
}

/**
 * Which of the change lists a folded text holds a phrase of, found in one pass over the text's word
 * sequences instead of scanning every list's phrases (about a thousand) through the text: every message
 * that is not a command goes through here. Same answer as `list.some((p) => padded.includes(p))` for a
 * text of single-spaced words (a test compares them); any other text takes that slower way.
 */
interface PhraseIndex {
  /** Each phrase (space-padded, as the lists hold it) → the lists that hold it. */
  listsOf: Map<string, Array<readonly string[]>>;
  lists: Set<readonly string[]>;
  maxWords: number;
}
const phraseIndexes = new WeakMap<ChangeWords, PhraseIndex>();
function phraseIndex(C: ChangeWords): PhraseIndex {
  let index = phraseIndexes.get(C);
  if (!index) {
    const lists = Object.values(C).filter((v): v is string[] => Array.isArray(v) && v.every((p) => typeof p === 'string'));
    const listsOf = new Map<string, Array<readonly string[]>>();
    let maxWords = 1;
    for (const l of lists) {
      for (const p of l) {
        const holders = listsOf.get(p) ?? [];
        if (!holders.includes(l)) holders.push(l);
        listsOf.set(p, holders);
        maxWords = Math.max(maxWords, p.trim().split(' ').length);
      }
    }
    index = { listsOf, lists: new Set(lists), maxWords };
    phraseIndexes.set(C, index);
  }
  return index;
}

/** The padded folded text with the polite frame it opens with left out ("kan du ", "please ", "could you please "). */
function withoutFrame(padded: string, C: ChangeWords): string {
  let rest = padded;
  for (let p = C.polite.find((x) => rest.startsWith(x)); p; p = C.polite.find((x) => rest.startsWith(x))) rest = ` ${rest.slice(p.length)}`;
  return rest;
}

/** `has(list)`: whether the folded text `f` holds one of the list's phrases (whole words). */
export function phraseTest(C: ChangeWords, f: string): (list: readonly string[]) => boolean {
  const padded = ` ${f} `;
  const slow = (list: readonly string[]) => list.some((p) => padded.includes(p));
  // Only single-spaced words are read by word sequences (fold gives those); anything else the slow way.
  if (/\s{2}|[^\S ]/.test(f)) return slow;
  const index = phraseIndex(C);
  const words = f.split(' ');
  const hits = new Set<readonly string[]>();
  for (let i = 0; i < words.length; i++) {
    let gram = ' ';
    for (let n = 0; n < index.maxWords && i + n < words.length; n++) {
      gram += `${words[i + n]} `;
      for (const l of index.listsOf.get(gram) ?? []) hits.add(l);
    }
  }
  return (list) => (index.lists.has(list) ? hits.has(list) : slow(list));
}

/**
 * A change request in words → the README parser's AdminRequest for the same change, a request
 * (an error marked `missing`) naming what is missing, or undefined (not a change request: answered as a question).
 */
export function readNatural(text: string, ctx: ParseContext, guessed: Lang, readme: Readme, afterError = false): AdminRequest | undefined {
  const C = changeWords(ctx.lexicon);
  if (!C) return undefined;
  // "januarimötet 2012", "decembermötet": the month and the meeting, read as "januari mötet".
  // "värd=Huddinge", "datum=2011-09-16": a key set to a value, as "värd = Huddinge" (the key's words read).
  // "lägg t LG-möte fre 16/12": a word cut short read as the word it stands for (the free text a change keeps, a new
  // meeting's source, is the message as written).
  const asWritten = text.trim();
  const expanded = withAbbreviations(asWritten, C, guessed);
  // (The request's frame is read from the whole message, its values without its reasons.)
  const whole = expanded.replace(MONTH_MEETING, '$1 $2').replace(KEY_VALUE, '$1 = ').replace(DIGIT_COLON, '$1: ');
  const raw = withoutReason(whole, C);
  const f = mendVerbs(fold(raw));
  if (!f) return undefined;
  const padded = ` ${f} `;
  const has = phraseTest(C, f);
  const words = splitWords(f);
  const lang = changeLang(raw, words, guessed, C, ctx.lexicon);
  const first = words[0] === 'och' || words[0] === 'and' ? words[1] : words[0];
  const because = (step: string) => {
    ctx.why?.push(step);
  };
  if (expanded !== asWritten) because(`abbreviations written out: ${expanded}`);
  if (raw !== whole) because(`the reason left out: ${raw}`);

  // "visa ändringar", "vilka ändringar har gjorts": the history, even asked as a question. "What happened in March?",
  // "vad har hänt i våras", "what happened last week?", "vad hände igår?": what happened in a month, a season, a week,
  // a day or a year is the calendar's, not the change log's.
  const periodNamed = () => has(C.happened) && matchesOf(ctx.reading, ctx.lexicon, words).some((m) => PERIOD_KINDS.has(m.sense.kind));
  if (has(C.history) && !/\d/.test(f)) {
    if (!periodNamed()) return { type: 'history', lang };
    because('question: what happened in a period');
    return undefined;
  }
  // "visa ändr", "show chang": a history phrase with its last word cut short (four letters of it at least).
  // (As sent: the reading may have taken the cut word for a typo, "ändr" → "andra".)
  const sentWords = ctx.reading?.sent !== undefined ? splitWords(fold(ctx.reading.sent)) : undefined;
  if (clippedPhrase(words, C.history) || (sentWords && clippedPhrase(sentWords, C.history))) {
    because('history: a phrase of it with its last word cut short');
    return { type: 'history', lang };
  }
  // "take that back", "kan du backa det": the last change undone; a message naming a meeting, a line or a
  // place is about that thing ("backa LG-mötet en vecka"), and a question about undoing is a question.
  // The lexicon is read only once a message may be a change request (questions are the bulk of messages).
  let read: readonly Match[] | undefined;
  const lexiconMatches = () => (read ??= withClippedNames(matchesOf(ctx.reading, ctx.lexicon, words), words, ctx.lexicon));
  if (has(C.undo) && !/\d/.test(f) && words.length <= 7 && !(first && QUESTION_WORDS.has(first)) && !lexiconMatches().some((m) => ['body', 'budgetLine', 'municipality'].includes(m.sense.kind))) return { type: 'undo', lang };

  // "SK apr 2012: 26/4", "lg 25/11 -> 18/11", "rådslaget 2020: Botkyrka": a colon or an arrow sets a value.
  const setter = SETTER.test(raw);
  const namesMunicipality = () => lexiconMatches().some((m) => m.sense.kind === 'municipality');
  const signals = {
    cancel: has(C.cancel),
    restore: has(C.restore),
    move: has(C.move) || setter,
    // "flytta SK 14/4 till Salem": moved to a municipality is a new host.
    host: has(C.host) || has(C.hostStrong) || ((has(C.hostWeak) || setter || has(C.moveStrong) || has(C.decided)) && namesMunicipality()),
    add: has(C.add),
    budget: has(C.budget) || setter || has(C.decided),
  };
  // "mötet 22/9 t 29/9", "SK 3/11 till 10/11": from the secretariat, a meeting and another day with only a till
  // between and no "?" asks to move it. (A member's, or one whose first day is no meeting's, is a span asked.)
  if (!signals.move && !ctx.member && meetingThenDay(raw, ctx)) {
    signals.move = true;
    because('move: a meeting\'s day, then another day after a till, and nothing else');
  }
  // "27/5 istället", "fredag 27/5 instead": from the secretariat, a day and a word of instead and nothing else is a new
  // day for a meeting (which one is asked where no proposal or change of theirs says it).
  const newDayOnly = !ctx.member && has(C.instead) && !raw.trim().endsWith('?') && dayInstead(words, C, lexiconMatches());
  if (newDayOnly && !signals.move) {
    signals.move = true;
    because('move: a day instead, and nothing else');
  }
  // "SK 22/9 en vecka senare", "push it back a week", "veckan efter": a meeting's day shifted is a move.
  if (!signals.move && relativeShift(words, padded, C, ctx.lexicon)) {
    signals.move = true;
    because('move: a relative shift');
  }
  const signalled = Object.entries(signals).filter(([, on]) => on).map(([k]) => k);
  if (signalled.length) because(`signals: ${signalled.join(', ')}${setter ? ' (a value set)' : ''}`);
  if (!signalled.length && !STRONG_HINT.test(millionsWritten(withoutThousandsCommas(raw.replace(DAY_DASH_DAY, ' ')))) && !(/\b(19|20)\d\d\b/.test(raw) && namesMunicipality()) && !has(C.addWeak) && !has(C.cancelWeak) && !NO_MEETING.test(f)) {
    because('question: no change signalled');
    return undefined;
  }
  // Questions stay questions; a request framed as one is a request ("kan ni flytta …?", "Skulle Huddinge kunna
  // stå som värd i stället?", "would it be possible to …"), unless what it asks for is to be told ("kan du säga …").
  // (The reading leaves a "snälla"/"please" at the message's edges out of what is asked; as a request's frame it counts.)
  const sent = ctx.reading?.sent;
  const wholeWords = whole === raw ? words : splitWords(mendVerbs(fold(whole)));
  const frame = requestFrame(whole, wholeWords, whole === raw ? has : phraseTest(C, wholeWords.join(' ')), C, sent ? phraseTest(C, mendVerbs(fold(sent))) : undefined);
  const polite = frame.request;
  because(frame.why);
  const question = (why: string) => {
    because(`question: ${why}`);
    return undefined;
  };
  if (first && QUESTION_WORDS.has(first)) return question('starts with a question word');
  // "rådslaget nästa år, vem är värd? vi behöver …": a clause opened by a question word asks, framed or not.
  if (clauseAsks(raw)) return question('a clause opens with a question word');
  const yesNo = ctx.lexicon.data.yesNo?.first ?? [];
  // ("snälla blir det sk på torsdag nästa vecka?": a polite word before a yes/no verb that is no modal, with no strong
  // change verb, no reason for a change ("istället", an obstacle, a condition) and no asking phrase ("is it possible to",
  // "är det möjligt att"), frames a question, not a request.)
  const strongVerb = () => has(C.moveStrong) || has(C.cancel) || has(C.hostStrong) || has(C.budgetStrong) || has(C.instead) || has(C.obstacle) || has(C.conditional);
  if (!polite && first && yesNo.includes(first)) return question('starts as a yes/no question');
  const lead = words.find((w) => !C.polite.some((p) => p.trim() === w));
  const framePhrase = () => C.polite.some((p) => p.trim().includes(' ') && has([p]));
  if (lead && yesNo.includes(lead) && !C.modal.includes(` ${lead} `) && !strongVerb() && !framePhrase()) return question('a polite word, then a yes/no question');
  if (!polite && raw.endsWith('?')) return question('ends with "?" and is not framed as a request');
  // "SK 14/4 är i Salem va", "LG moves to 27/5, right": a statement checked, not a change asked for.
  if (!polite && C.tagQuestion.some((p) => padded.endsWith(p))) return question('ends with a tag');
  // "Huddinge undrar om rådslaget 2013 är i Huddinge": wondering whether a claim holds (no modal, no change verb) asks it.
  if (!polite && has(C.wonder)) return question('wonders whether a claim holds');
  // "om personalen sänks med 10 %", "if staff goes up by 20 000": what would follow is asked, nothing is changed.
  if (!polite && C.hypothesis.some((p) => padded.startsWith(p))) return question('a hypothesis');
  // "lägg in SK-mötena i min outlook": a request about the writer's own things, not the plan.
  if (has(C.notChange)) return question("about the writer's own things");
  // "ring Haninge och säg att LG 20/5 börjar 09.00", "please call Tyresö and tell them SK … starts at 12": a request
  // led by a verb of contacting someone asks the bot to pass a message on (which it cannot), not to change the plan.
  if (C.contact.some((v) => withoutFrame(padded, C).startsWith(v))) return question('a request to contact someone, not a change');
  // "rådslaget 2011 vem är värd": a question word anywhere asks.
  if (!polite && words.some((w) => QUESTION_WORDS.has(w) && w !== 'var')) return question('a question word');

  const matches = lexiconMatches();
  const of = (kind: Match['sense']['kind']) => matches.filter((m) => m.sense.kind === kind);
  const bodies = [...new Set(of('body').map((m) => (m.sense as { id: string }).id))];
  // "torsdagsmötet i september", "the Thursday meeting on 9/6": a meeting named by its weekday is the body's that meets
  // on that weekday as a rule (the plan's usual time), where one body does and no body is named.
  const usual = bodies.length ? undefined : weekdayBody(words, ctx.plan, ctx.lexicon);
  if (usual) {
    bodies.push(usual);
    because(`the meeting named by its weekday: ${usual}'s usual weekday`);
  }
  const municipalities = [...new Set(of('municipality').map((m) => (m.sense as { id: string }).id))];
  const budgetLines = [...new Set(of('budgetLine').map((m) => (m.sense as { id: string }).id))];
  let yearWord: RegExpExecArray | [string, string] | null = /\b((?:19|20)\d\d)\b/.exec(raw);
  // Dates are read with the clock times taken out: "kl 8.30-13" is a time, never 30 August 2013.
  const [times, timesWritten] = clockOrDays(raw, (day) => [0, 1].some((n) => meetingsBetween(ctx.plan, `${thisYearOf(ctx.now) + n}-${day}`, `${thisYearOf(ctx.now) + n}-${day}`, bodies[0]).length > 0), because);
  // "20/5 to 27/5" is two dates here, not one range; "3-4 februari" is the 3rd and the 4th.
  const dateText = dayRanges((times ? raw.replace(timesWritten, ' ') : raw).replace(/(\d)(\s+)(to|until)(\s+)(?=\d)/gi, '$1$2;$4'), ctx.lexicon);
  const dateWords = dateText !== raw ? splitWords(fold(dateText)) : words;
  // With times or ranges rewritten the words are not the message's: matched here.
  const dateMatches = dateText !== raw ? ctx.lexicon.match(dateWords) : matches;
  // Not the reading's dates (a question's): a change reads no week numbers or offsets ("en vecka senare"
  // moves a meeting, it names no date), and reads its own text (times and ranges rewritten) in its language.
  const dates = extractDates(dateText, dateWords, dateMatches, lang, ctx.now, { weekWords: [], joins: timeJoins(ctx.lexicon.data) });
  if (!signals.add && bodies.length && dates.dates.length && has(C.addWeak)) signals.add = true;
  // "SK-mötet i januari nästa år": the month in the year named relatively.
  const relYear = dates.relativeYears[0];
  if (!yearWord && relYear !== undefined) yearWord = [String(relYear), String(relYear)];
  if (dates.month && !dates.month.yearGiven && relYear !== undefined) dates.month = { ...dates.month, year: relYear, yearGiven: true };
  // "SK-mötet i januari" written in November: a change is about a meeting to come, so a month already past
  // this year is next year's, where the plan has a meeting then.
  if (dates.month && !dates.month.yearGiven && !yearWord) {
    const [y, m] = stockholmDate(ctx.now).slice(0, 7).split('-').map(Number) as [number, number];
    const next = `${dates.month.year + 1}-${String(dates.month.month).padStart(2, '0')}`;
    const named = [...new Set(matches.filter((x) => x.sense.kind === 'body').map((x) => (x.sense as { id: string }).id))];
    if (dates.month.year === y && dates.month.month < m && plannedMeetings(ctx.plan).some((x) => (!named.length || named.includes(x.body)) && (x.date.kind === 'month' ? x.date.month : firstDate(x).slice(0, 7)) === next)) {
      dates.month = { ...dates.month, year: y + 1 };
    }
  }
  const signs = new Map<number, number>();
  const amounts = amountsIn(raw, signs);
  // "sänk personalen med 10 %", "staff -5%": a share of the line's amount.
  const share = shareIn(raw);
  let byPeriod = false;
  const ask = (message: string, suggest?: DaySuggestion): AdminRequest => ({ type: 'error', missing: true, message, lang, ...(suggest ? { suggest } : {}) });
  const run = (command: string): AdminRequest | undefined => {
    // After the command's own error ("flytta styrelsen 14/4 …": an unknown name), a change in words only
    // where a name of the plan was read.
    // (A meeting found by a period, "mötet efter midsommar", is named too.)
    if (afterError && !bodies.length && !budgetLines.length && !byPeriod) {
      because(`after the command's own error, no name of the plan read: ${command} left`);
      return undefined;
    }
    const r = readme(command, ctx, lang);
    // A new meeting's source is what the secretariat wrote.
    if (r?.type === 'change' && r.change.kind === 'meeting.add') return { ...r, lang, change: { ...r.change, meetings: r.change.meetings.map((m) => ({ ...m, source: asWritten.replace(MONTH_MEETING, '$1 $2') })) } };
    return r ? { ...r, lang } : r;
  };
  const plan = ctx.plan;
  const thisYear = Number(stockholmDate(ctx.now).slice(0, 4));

  // Budget: a line and an amount ("personalkostnaderna blir 600 000", "personal: 620 000 kr").
  const incomeLine = budgetLines.some((id) => plan.budgets.some((b) => b.income.some((l) => l.id === id)));
  // A line and a new amount and little else ("utredningar 200 000") states the new amount; the amount the
  // plan already has is left to be answered ("personal 580 000" confirms a fact, it changes nothing).
  const bareAmount = amounts.length === 1 && words.length <= 5 && !plan.budgets.some((b) => [...b.income, ...b.costs].some((l) => budgetLines.includes(l.id) && l.amount === amounts[0]));
  // "staff -5%": a signed share and little else changes the line by it.
  const down = has(C.budgetDown) || has(C.budgetSub) || TAKEN_FROM.test(f);
  const up = has(C.budgetUp) || has(C.budgetAdd);
  const bareShare = share !== undefined && (share.sign !== 0 || TAKEN_FROM.test(f)) && !amounts.length && words.length <= 5;
  // "bump consultancy up by 15%", "personal upp 20k": a direction and an amount or a share by which.
  const by = has(C.budgetBy) && (up || down) && (amounts.length > 0 || share !== undefined);
  // "… höjs till 600 000", "goes up to 600 000": the amount after till/to is the new one, whatever else is said.
  const toAmount = /\b(till|to)\s+[+\-−]?\d/.test(f);
  const deciders = decidersNamed(words, of('body'), C);
  if (budgetLines.length && !dates.dates.length && bodies.every((b) => deciders.has(b)) && (signals.budget || /:/.test(raw) || bareAmount || bareShare || by)) {
    const year = yearWord ? Number(yearWord[1]) : (plan.budgets.find((b) => b.year === thisYear) ?? [...plan.budgets].sort((a, b) => b.year - a.year)[0])?.year;
    if (year === undefined) return undefined;
    const line = budgetLines.find((id) => plan.budgets.find((b) => b.year === year)?.[incomeLine ? 'income' : 'costs'].some((l) => l.id === id)) ?? budgetLines[0]!;
    const current = plan.budgets.find((b) => b.year === year)?.[incomeLine ? 'income' : 'costs'].find((l) => l.id === line)?.amount;
    // A share is of the line's amount now, and changes it only in a direction ("höj … med 10 %", "-5 %",
    // "lägg på 5 %"); "personal 10 %" alone asks what share the line is.
    const shareSign = share ? (share.sign || (down ? -1 : up ? 1 : 0)) : 0;
    // "ökar med 3 procent per år": a rate over the years is a projection, answered as a question.
    const strongPer = new Set(ctx.lexicon.data.strongPerWords ?? []);
    if (!amounts.length && share && words.some((w) => strongPer.has(w))) return undefined;
    if (!amounts.length && share && shareSign && current !== undefined) {
      return run(`${say(lang, 'commandChangeBudget')} ${year} ${line} ${Math.round(current + (shareSign * current * share.percent) / 100)}`);
    }
    // ("enligt beslut i SK blir personal": a decision reported with its maker and no amount asks for the amount.)
    if (!amounts.length) {
      if (!has(C.budgetStrong) && !deciders.size) return undefined;
      return ask(say(lang, 'whatAmountHowMuch'));
    }
    // "öka utredningar med 20 000", "cut staff by 30 000": the line's amount changed by that much.
    // "… blir 600 000 istället för 580 000": the amount that is not the line's already.
    let amount = amounts.filter((a) => a !== current).at(-1) ?? amounts.at(-1)!;
    if (current === undefined || toAmount) {
      // The amount as written.
    } else if (has(C.budgetBy) && (has(C.budgetUp) || has(C.budgetDown))) amount = has(C.budgetDown) ? current - amount : current + amount;
    else if (has(C.budgetAdd) || has(C.budgetSub)) amount = has(C.budgetSub) ? current - amount : current + amount;
    // "ta 10 000 från kontorsservice", "take 5 000 off staff": an amount taken from the line.
    else if (TAKEN_FROM.test(f)) amount = current - amount;
    else if (signs.has(amount)) amount = current + signs.get(amount)! * amount;
    // "sänk personalen 20 000", "höj personal 600 000": a direction with neither med/by nor till/to. The amount
    // is read as the smaller change that goes the way asked (580 000 → 560 000, not → 20 000; → 600 000, not
    // → 1 180 000); the card shows before → after.
    else if ((up || down) && !(up && down)) {
      const sign = up ? 1 : -1;
      const asNew = (amount - current) * sign > 0 ? Math.abs(amount - current) : Infinity;
      if (amount < asNew) amount = current + sign * amount;
    }
    // "personal är 580 000" when it is: a fact, answered as a question.
    if (amount === current && !has(C.budgetStrong)) return undefined;
    return run(`${say(lang, 'commandChangeBudget')} ${year} ${line} ${amount}`);
  }

  // "öka budgeten", "change the budget": a budget change that names no line asks for the line and the amount.
  // "höj med 20 000", "cut by 10 %": a change by an amount or a share with no line named asks the same.
  const byWithoutLine = has(C.budgetBy) && (amounts.length > 0 || share !== undefined) && words.length <= 6;
  // ("posten för representation ska bli 20 000": a word for a line, a new amount and no line of the plan is a line the
  // plan does not have: which of its lines is meant, named. Words, not phrases: the lexicon's changes.budgetLineWords.)
  const lineWords = ctx.lexicon.data.changes?.budgetLineWords ?? [];
  const noSuchLine = words.some((_, i) => lineWords.some((n) => wordsAt(words, i, n))) && amounts.length > 0 && (signals.budget || up || down || toAmount);
  // ("budget: nyckeltal 30k": the budget named, an amount set and a meeting's name, no line: the budget has no line for
  // one meeting, so which of its lines is meant is asked, as for any line it lacks.)
  const budgetSet = amounts.length > 0 && words.some((w) => BUDGET_WORD.test(w)) && (setter || toAmount || has(C.budgetStrong));
  if (!budgetLines.length && (noSuchLine || budgetSet || (has(C.budgetStrong) && (words.some((w) => BUDGET_WORD.test(w)) || byWithoutLine))) && (!bodies.length || budgetSet) && !dates.dates.length && !municipalities.length) {
    const budget = plan.budgets.find((b) => b.year === (yearWord ? Number(yearWord[1]) : thisYear)) ?? [...plan.budgets].sort((a, b) => b.year - a.year)[0];
    const labels = (budget?.costs ?? []).map((l) => glossedLabel(ctx.lexicon.data, lang, l));
    if (!budget || !labels.length) return ask(say(lang, 'whichBudgetLineAnd'));
    // The example is the budget's own first line, as the command reads any line of the store (by its label), raised to
    // the next hundred thousand (580 000 → 600 000): never a change of nothing.
    const first = budget.costs[0]!;
    const raised = (Math.floor(first.amount / 100_000) + 1) * 100_000;
    const example = `${say(lang, 'commandChangeBudget')} ${budget.year} ${first.label} ${grouped(raised)}`;
    return ask(say(lang, 'whichOfTheBudgetLines', labels.join('; '), budget.year, example));
  }

  // The rådslag's host of a year: "rådslaget 2014 ska vara i Salem", "the rådslag host in 2016 is now Salem".
  const rotating = new Set(plan.hostRotations.map((r) => r.body));
  const rotBody = bodies.find((b) => rotating.has(b));
  // "rådslag 2019 Salem": a year and a municipality that is not its host already, and nothing else.
  const bareHost = Boolean(rotBody && yearWord && municipalities.length === 1 && words.length <= 4 && !plan.hostRotations.some((r) => r.body === rotBody && r.year === Number(yearWord[1]) && r.host === municipalities[0]));
  if (rotBody && !dates.dates.length && !dates.month && (signals.host || signals.move || (setter && yearWord && municipalities.length) || bareHost)) {
    // "rådslaget 2014 hålls i Tyresö" when Tyresö is that year's host: a fact, answered as a question.
    const sameHost = yearWord && municipalities.length === 1 && plan.hostRotations.some((r) => r.body === rotBody && r.year === Number(yearWord[1]) && r.host === municipalities[0]);
    if (sameHost && !has(C.hostStrong)) return undefined;
    // "nynäshamn kan inte ta rådslaget 2012, södertälje tar det": the year's host named first is the old one.
    const yearHosts = yearWord ? plan.hostRotations.filter((r) => r.body === rotBody && r.year === Number(yearWord[1])).map((r) => r.host) : [];
    // "Rådslaget 2014 behöver en ny värdkommun, Tyresö har bett att få byta": only the year's host named, the change is
    // of nothing, which the secretariat answers with what the plan has and a question for the new host.
    if (yearWord && municipalities.length) return run(`${say(lang, 'commandHost')} ${bodyRef(ctx, rotBody)} ${yearWord[1]} ${municipalityName(plan, newHost(municipalities, padded, C, yearHosts, plan))}`);
    if (has(C.hostStrong) && (!yearWord || !municipalities.length)) {
      return ask(say(lang, 'askRotationYearOrMunicipality', !!yearWord));
    }
  }

  // The meeting the request is about, and the new dates.
  const body = bodies.find((b) => firstAfter(plan, '0000-01-01', b, () => true)) ?? bodies[0];
  // "byt värd för SK 4/11 till Salem", "SK 15/4 ska vara i Salem" when SK meets 3/11 and 14/4: a day written
  // right after the body names its meeting (a new date comes after "till"/"to"), so where the body has no
  // meeting that day its nearest one is asked about, never another one found by the place named.
  const named = body && !signals.add && !signals.restore ? dayAfterBody(words, matches, body, dates.dates) : undefined;
  // "kan du lägga nyckeltalsdagen den 13 oktober istället?": a body that meets once that year names its meeting
  // alone, so the day after it in a move (no new host named) is the new day, not a meeting to ask about.
  const soleMeeting = named && body && signals.move && !municipalities.length && dates.dates.length === 1 && plannedMeetings(plan, body).filter((m) => meetingYear(m) === Number(named.slice(0, 4))).length === 1;
  // ("kan vi köra LG 27/5 istället för 20/5?": the day after the body is the new one where a day after "istället för" is
  // the body's meeting.)
  const replacedLater = named !== undefined && has(C.insteadOf) && dates.dates.some((d) => d !== named && meetingsBetween(plan, d, d, body).length > 0);
  if (named && body && !soleMeeting && !replacedLater && !meetingsBetween(plan, named, named, body).length) {
    const question = noMeetingThatDay(plan, body, named, lang);
    if (question) return ask(question.message, question.suggest);
  }
  const yearHint = yearWord ? Number(yearWord[1]) : relYear;
  // A meeting named by its host ("SK-mötet i Tyresö") unless the one place named is the new host ("flytta SK-mötet till Salem").
  const byHost = signals.cancel || has(C.cancelWeak) || signals.restore || dates.dates.length > 0 || municipalities.length > 1 || !signals.host;
  // ("torsdag 6/10 istället" just after the writer moved SK 22/9 to 29/9: the day is the new one, even where another
  // body meets that day.)
  const ref =
    (newDayOnly ? previousRef(plan, ctx.previous, because) : undefined) ??
    (signals.restore ? cancelledRef(plan, body, dates) : undefined) ??
    findRef(plan, body, dates, municipalities, padded, C, thisYear, stockholmDate(ctx.now)) ??
    ordinalRef(plan, body, words, matches, C, yearHint ?? thisYear, ctx.lexicon.data.exactWords?.christmas ?? []) ??
    weekdayRef(plan, body, words, matches, C.weekdayLinks, stockholmDate(ctx.now)) ??
    periodRef(plan, body, words, matches, yearHint ?? thisYear) ??
    (byHost ? hostedRef(plan, body, matches) : undefined);
  byPeriod = ref !== undefined && !bodies.length && ref === periodRef(plan, body, words, matches, yearHint ?? thisYear);
  // "LG träffas inte 14/10": a cancellation where it names a meeting ("LG träffas inte i juli" says what the plan says).
  if (ref && !signals.cancel && !signals.restore && (has(C.cancelWeak) || NO_MEETING.test(f))) signals.cancel = true;
  const refDays = ref ? new Set(datesOf(ref)) : new Set<string>();
  // Dates after the meeting's own read in the meeting's year ("SK januari 2012 blir 26/1"). A weekday ("fredagen veckan
  // efter", "till fredagen", "the Friday after") is counted from the day after the meeting, not from the middle of its
  // year; a day counted from today ("imorgon", "i övermorgon", "tomorrow") is counted from the clock's now.
  const targetsFrom = (from: Date) => extractDates(dateText, dateWords, dateMatches, lang, from, { weekWords: [], joins: timeJoins(ctx.lexicon.data) });
  const relativeDay = dateMatches.some((m) => m.sense.kind === 'relativeDay');
  const fromMeeting = ref !== undefined && ref.date.kind !== 'month' && dateMatches.some((m) => m.sense.kind === 'weekday') && !relativeDay;
  // ("fredagen veckan efter": a weekday with a shift of whole weeks is that day of the week so many weeks on, the same
  // whether the meeting's day is written or it is "nästa SK".)
  const weekShifted = ref && ref.date.kind !== 'month' && !relativeDay ? weekdayTarget(ref, dateWords, dateMatches, C, ` ${dateWords.join(' ')} `) : undefined;
  const targetDates = weekShifted?.weeks
    ? [weekShifted.date]
    : ref
    ? targetsFrom(relativeDay ? ctx.now : fromMeeting ? stockholm(shiftDay(lastDate(ref), 1), '12:00') : stockholm(`${yearHint ?? meetingYear(ref)}-06-15`, '12:00')).dates.filter((d) => !refDays.has(d))
    : [];
  if (weekShifted?.weeks) because(`target: ${weekShifted.why}: ${weekShifted.date}`);
  else if (ref && relativeDay && targetDates.length) because(`target: a day counted from now (${stockholmDate(ctx.now)}): ${targetDates.join(', ')}`);
  else if (ref && fromMeeting && targetDates.length) because(`target: a weekday counted from the day after the meeting (${shiftDay(lastDate(ref), 1)}): ${targetDates.join(', ')}`);
  // "SK 22/9 flyttas till fredagen", "move SK 3/11 to the Friday": with the meeting's own day written the date reader
  // takes a weekday for a claim about that day; as a move's target it is the next such day after the meeting (as
  // above), or that day of the week a whole-week shift names ("fredagen veckan efter": the Friday of the next week).
  if (ref && !targetDates.length && ref.date.kind !== 'month') {
    const day = weekdayTarget(ref, dateWords, dateMatches, C, ` ${dateWords.join(' ')} `);
    if (day) {
      targetDates.push(day.date);
      because(`target: ${day.why}: ${day.date}`);
    }
  }
  // "januarimötet 2012 blir den 26:e", "the January meeting will be on the 19th": a day of the meeting's month.
  if (ref && !targetDates.length) {
    const day = dayOnly(raw);
    const month = ref.date.kind === 'month' ? ref.date.month : dates.month ? `${dates.month.year}-${String(dates.month.month).padStart(2, '0')}` : firstDate(ref).slice(0, 7);
    const iso = day ? `${month}-${String(day).padStart(2, '0')}` : undefined;
    if (iso && !Number.isNaN(Date.parse(`${iso}T12:00:00Z`)) && new Date(`${iso}T12:00:00Z`).toISOString().startsWith(iso) && !refDays.has(iso)) targetDates.push(iso);
  }
  // "flyttas en vecka", "moved two weeks later": the meeting's day moved by that many days.
  const offsets = ctx.lexicon.data.offsets;
  if (ref && !targetDates.length && offsets && ref.date.kind !== 'month') {
    words.forEach((w, i) => {
      const unit = offsets.units[w];
      if (!unit || targetDates.length) return;
      const prev = words[i - 1] ?? '';
      // A count ("en vecka", "2 weeks") or a direction ("veckan senare") makes a shift; "key figures day" is none.
      const n = countWord(prev, offsets.numbers) ?? ([...C.later, ...C.earlier].includes(` ${words[i + 1] ?? ''} `) ? 1 : undefined);
      if (n === undefined) return;
      const back = has(C.earlier);
      const shift = (back ? -1 : 1) * n * unit;
      for (const d of datesOf(ref)) targetDates.push(shiftDay(d, shift));
    });
  }
  // "SK 3/11 ska flyttas till veckan efter", "SK 22/9 ska vara dagen innan".
  if (ref && !targetDates.length && ref.date.kind !== 'month') {
    const shift = C.shift.find(([p]) => padded.includes(p));
    if (shift) for (const d of datesOf(ref)) targetDates.push(shiftDay(d, shift[1]));
  }
  // "we need to change a meeting", "ändra ett datum": a change to a meeting that names nothing to change.
  const generic = ctx.lexicon.data.exactWords?.genericChange;
  if (!ref && !dates.dates.length && !dates.month && !budgetLines.length && !municipalities.length && generic && (wordListPattern(generic.first, true).test(f) || wordListPattern(generic.phrases).test(f)) && wordListPattern(generic.nouns).test(f)) {
    return ask(say(lang, 'whichMeetingAndWhat'));
  }
  const change = signals.cancel || signals.restore || signals.host || signals.move || signals.add;
  if (!change) return undefined;

  // "SK 9/6 ställs in och ersätts av ett möte 16/6", "cancel LG 9/9 and replace it with 16/9": a move.
  if (signals.cancel && ref && targetDates.length && has(C.replace)) {
    return run(`${say(lang, 'commandMove')} ${meetingRef(ctx, ref, lang)} ${say(lang, 'commandTo')} ${[...targetDates.slice(0, 2), times].filter(Boolean).join(' ')}`);
  }
  if (signals.cancel || signals.restore) {
    if (!ref) return ask(say(lang, 'whichMeetingGiveTheBody'));
    return run(`${signals.restore ? say(lang, 'commandRestore') : say(lang, 'commandCancel')} ${meetingRef(ctx, ref, lang)}`);
  }
  const hostNamed = municipalities.filter((m) => !ref || !insteadOf(plan, m, padded, C));
  if (signals.host && (ref || has(C.hostStrong))) {
    if (ref && hostNamed.length && !targetDates.length) {
      // "SK 9/6 hålls i Salem" when Salem hosts it: what the plan says, answered as a question.
      if (hostNamed.every((m) => ref.hosts.includes(m)) && hostNamed.length === ref.hosts.length && !has(C.hostStrong) && !times) return undefined;
      // "hålls i Nynäshamn och Salem", "Haninge, Nynäshamn": hosts named as a list are all hosts.
      const named = (id: string) => fold(municipalityName(plan, id)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const pair = (x: string, y: string) => new RegExp(`${named(x)}s?\\s*(,|och|and|&|\\+)?\\s+${named(y)}`).test(f);
      const listed = hostNamed.filter((m) => hostNamed.some((o) => o !== m && (pair(m, o) || pair(o, m))));
      const hosts = listed.length > 1 ? listed : [newHost(municipalities, padded, C, ref?.hosts ?? [], plan)];
      return run(`${say(lang, 'commandChangeHost')} ${meetingRef(ctx, ref, lang)} ${say(lang, 'commandTo')} ${hosts.map((h) => municipalityName(plan, h)).join(say(lang, 'spacedAnd'))}`);
    }
    if (!ref && !targetDates.length && !(signals.add && dates.dates.length) && has(C.hostStrong)) {
      return ask(say(lang, 'whichMeetingAndWhich'));
    }
    if (ref && !hostNamed.length && !targetDates.length && !times && !(has(C.moveStrong) && !has(C.hostStrong))) return ask(say(lang, 'whichMunicipalityIsTo'));
  }
  // "ett extra rådslag den 15 november": a new meeting, not the year's one moved (unless a move is named).
  const addFirst = signals.add && !has(C.moveStrong) && dates.dates.some((d) => body && !meetingsBetween(plan, d, d, body).length);
  if (ref && !addFirst && (targetDates.length || (times.length && signals.move)) && (signals.move || targetDates.length)) {
    const to = [...targetDates.slice(0, 2), times].filter(Boolean).join(' ');
    return run(`${say(lang, 'commandMove')} ${meetingRef(ctx, ref, lang)} ${say(lang, 'commandTo')} ${to}`);
  }
  if (signals.add && body) {
    const day = dates.dates.filter((d) => !meetingsBetween(plan, d, d, body).length);
    // "nytt LG-möte i december, datum kommer senare": a meeting known only to its month.
    if (!dates.dates.length && dates.month) {
      const month = `${dates.month.year}-${String(dates.month.month).padStart(2, '0')}`;
      const host = municipalities.length ? ` ${say(lang, 'commandHost')} ${municipalityName(plan, municipalities[0]!)}` : '';
      return run(`${say(lang, 'commandAddMeeting')} ${bodyRef(ctx, body)} ${formatMonth(month, lang)}${times ? ` ${times}` : ''}${host} not: Dagen är inte bestämd`);
    }
    if (!day.length) {
      if (dates.dates.length) return undefined;
      return ask(say(lang, 'whatDateWriteE'));
    }
    const host = municipalities.length ? ` ${say(lang, 'commandHost')} ${municipalityName(plan, municipalities[0]!)}` : '';
    return run(`${say(lang, 'commandAddMeeting')} ${bodyRef(ctx, body)} ${day.slice(0, 2).join(' ')}${times ? ` ${times}` : ''}${host}`);
  }
  // ("27/5 istället" with no proposal or change of the writer's to correct: which meeting is to move there is asked.)
  if (newDayOnly && !ref) return ask(say(lang, 'whichMeetingGiveTheBodyAnd'));
  if (has(C.moveStrong)) {
    if (!ref) return ask(say(lang, 'whichMeetingGiveTheBodyAnd'));
    // "ändra tiden för LG 20/5": the time is what is asked for.
    if (/\b(tid|tiden|tider|time|times|klockslag|borja|borjar|starta|start|starts)\b/.test(f)) return ask(say(lang, 'whatTimeWriteE'));
    return ask(say(lang, 'toWhatDateWrite'));
  }
  if (signals.add && !body && has([' mote ', ' motet ', ' meeting '])) {
    // "lägg till ett extra möte 12/10": the date is there, the body is asked for.
    const day = dates.dates[0];
    if (day) return ask(say(lang, 'whichBodyIsTheMeetingFor', `${Number(day.slice(8, 10))}/${Number(day.slice(5, 7))}`));
    return ask(say(lang, 'whichBodyAndWhatDate'));
  }
  return undefined;
}

/** The names a change is about, where they are written cut short ("utredn 230k->200k", "ledningsgr 20/5"). */
const CLIPPED_KINDS = new Set(['body', 'budgetLine', 'municipality']);
/**
 * The matches, with a word cut short read as the plan's name it is an unambiguous start of (the lexicon's
 * `clipped`, which the question reader's shorthand uses too). The text itself is left as written: a change's
 * free text (a meeting's note) stays as sent.
 */
function withClippedNames(matches: readonly Match[], words: string[], lexicon: Lexicon): readonly Match[] {
  const covered = (i: number) => matches.some((m) => m.start <= i && m.end > i);
  const more: Match[] = [];
  words.forEach((w, i) => {
    if (covered(i) || w.length < 4 || /\d/.test(w)) return;
    const full = lexicon.clipped(w);
    if (!full) return;
    for (const m of lexicon.match([full])) if (CLIPPED_KINDS.has(m.sense.kind)) more.push({ ...m, start: i, end: i + 1, fuzzy: true });
  });
  return more.length ? [...matches, ...more].sort((a, b) => a.start - b.start) : matches;
}

/**
 * The text with the change vocabulary's shorthand written out: abbreviations ("lägg t LG 2/12" → "lägg till LG 2/12"), two
 * words of a change phrase typed as one ("ställin SK 8/12" → "ställ in SK 8/12") and a symbol written as the verb
 * ("LG 9/9 ❌" → "LG 9/9 ställ in", in `lang`). A word standing alone, not after an apostrophe ("won't" keeps its t) nor
 * with a dot and a letter after it ("t.ex."). One pass over the text for the words, one for the symbols.
 */
export function withAbbreviations(text: string, C: ChangeWords, lang: Lang = 'sv'): string {
  let out = text;
  if (C.abbreviations.size || C.joined.size) {
    out = out.replace(/(?<![\p{L}\d'’´`])\p{L}+(?:\.(?![\p{L}\d]))?(?![\p{L}\d'’´`])/gu, (w) => {
      const bare = w.endsWith('.') ? w.slice(0, -1) : w;
      const key = fold(bare);
      const full = C.abbreviations.get(key) ?? C.joined.get(key);
      return full === undefined ? w : full;
    });
  }
  if (C.symbols.size && /[^\x00-\x7f]/.test(out)) {
    const symbols = symbolPattern(C);
    out = out.replace(symbols, (s) => {
      const words = C.symbols.get(s.replace(/\ufe0f/g, ''));
      return words ? ` ${words[lang]} ` : s;
    }).replace(/\s{2,}/g, ' ').trim();
  }
  return out;
}

const symbolPatterns = new WeakMap<ChangeWords, RegExp>();
function symbolPattern(C: ChangeWords): RegExp {
  let re = symbolPatterns.get(C);
  if (!re) {
    const escaped = [...C.symbols.keys()].map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    symbolPatterns.set(C, (re = new RegExp(`(?:${escaped.join('|')})\ufe0f?`, 'gu')));
  }
  return re;
}

/** Whether the words are one of the phrases (space-padded, as the change lists hold them) with its last word cut short. */
function clippedPhrase(words: readonly string[], phrases: readonly string[]): boolean {
  const last = words.at(-1);
  if (!last || words.length < 2 || words.length > 3 || !/^\p{L}{4,}$/u.test(last)) return false;
  return phrases.some((p) => {
    const ws = p.trim().split(' ');
    return ws.length === words.length && ws.every((w, i) => (i < ws.length - 1 ? w === words[i] : w.length > last.length && w.startsWith(last)));
  });
}

/** The budget, or a line or item of it named by the word ("budgetraden för resor", "the budget line for travel"). */
const BUDGET_WORD = /^budget(en|s|rad|raden|rader|post|posten|poster|linje|linjen|line|item)?$/;
/** "SK apr 2012: 26/4", "lg 25/11 -> 18/11": a colon or an arrow sets a value. */
export const SETTER = /\S:\s+\S|->|[→⇒➔➜➝➞➡⟶⟹⮕]|=>|\s=\s/;

/**
 * Whether a message states a claim and asks for no change: a verb that states what is (the lexicon's changes.states:
 * "SK-mötet i juni e i Nynäshamn", "personalen är 600 000", "the meeting on 3 November is in Tyresö"), and nothing
 * that asks (changes.asks: "ska", "måste", "blir", "should", "byt"; a verb of changing of the strong lists, a
 * cancellation, a new meeting, a decision reported; a request frame; a value set with an arrow or a colon; a shift).
 * A member's such message is checked against the plan as a question; the secretariat's may still be a change (it is
 * proposed, and nothing changes until it is confirmed). Returns why, for DEBUG_NLU, or undefined.
 */
export function memberClaim(text: string, ctx: Pick<ParseContext, 'lexicon' | 'reading'>): string | undefined {
  const C = changeWords(ctx.lexicon);
  if (!C || !C.states.length) return undefined;
  const raw = withAbbreviations(text.trim(), C);
  const f = mendVerbs(fold(raw));
  if (!f) return undefined;
  const has = phraseTest(C, f);
  const stated = C.states.find((p) => has([p]));
  if (!stated || SETTER.test(raw)) return undefined;
  const asking = [C.asks, C.moveStrong, C.hostStrong, C.budgetStrong, C.cancel, C.restore, C.add, C.decided, C.replace, C.budgetAdd, C.budgetSub, C.undo, C.history].some(has);
  if (asking) return undefined;
  // (A "snälla" or "please" at the message's edges, which the reading leaves out, frames no request here: "snälla, SK
  // 8/12 hålls i Tyresö" states as much as it does without it.)
  const words = splitWords(f);
  if (requestFrame(raw, words, has, C).request) return undefined;
  if (relativeShift(words, ` ${f} `, C, ctx.lexicon)) return undefined;
  return `a plain statement ("${stated.trim()}"), asking for no change`;
}

/** "värd=Huddinge", "datum=2011-09-16", "host=Salem": a key glued to its value by "=". */
const KEY_VALUE = /(\p{L})=(?=[\p{L}\d])/gu;
/** "rådslag 2017:Haninge", "SK 14/4:Salem": a value glued to its key's number by a colon (not a day's ordinal, "den 15:e", "3:dje"). */
const DIGIT_COLON = /(\d):(?=\p{L}{4,})/gu;
/** Where a sentence ends inside a message ("Tyresö kan inte. Skulle Huddinge …?", "… 10/11 – kan ni ordna det?"). */
const SENTENCE_END = /[.!?;]\s+|\s[–—-]\s|…\s*|\.{2,}\s*/;
/** Where a clause ends inside a sentence, for a modal that opens it ("förlåt om jag stör, men kan Botkyrka …"). */
const CLAUSE_END = /[.!?;,]\s+|\s[–—-]\s|…\s*|\.{2,}\s*/;

/**
 * Whether a message put as a question asks for a change: a polite frame ("kan ni", "skulle ni kunna", "jag
 * skulle vilja att", "vi behöver", "X undrar om", "would it be possible to"), or a sentence opened by a modal
 * verb ("Kan Haninge …", "Skulle Huddinge kunna …", "Could Salem …") in a message that names a change strongly,
 * or says "i stället"/"instead", a reason the plan cannot stay ("kan tyvärr inte", "can't make") or the
 * conditional ("kunna"). A frame around a verb of telling ("kan du säga när …", "skulle du kunna visa
 * budgeten?", "vi behöver veta …", "could you tell me …") asks to be told: a question. `why` names the frame.
 * `sentHas`: the same test over the message as sent, where the reading left a polite word at its edges out.
 */
export function requestFrame(raw: string, words: string[], has: (list: readonly string[]) => boolean, C: ChangeWords, sentHas?: (list: readonly string[]) => boolean): { request: boolean; why: string } {
  // (A polite word only at the edges as sent, "Snälla, SK 22/9 en vecka senare?", frames no question-word question:
  // "snälla, när är nästa SK och vem är värd?" is asked.)
  const asked = words.some((w) => QUESTION_WORDS.has(w) && w !== 'var');
  const polite = C.polite.find((p) => has([p])) ?? (asked ? undefined : C.polite.find((p) => sentHas?.([p]) === true));
  // A modal that opens a clause, after words that may lead it ("men kan …", "kanske …") and at most one more, its
  // subject ("Haninge skulle kunna ta …", "kanske Salem kunde ta det …").
  const modalFirst = (sentence: string) => {
    const ws = splitWords(fold(sentence));
    let i = 0;
    while (i < ws.length - 1 && C.frameLead.has(ws[i]!)) i++;
    const at = [i, i + 1].find((k) => ws[k] !== undefined && C.modal.includes(` ${ws[k]} `));
    return at !== undefined && !(at > i && QUESTION_WORDS.has(ws[i]!)) ? ws[at] : undefined;
  };
  const modal = raw.split(CLAUSE_END).map(modalFirst).find(Boolean);
  // "Haninge skulle kunna ta SK 8/12 i stället, går det?": a request's tag at the message's end frames it all.
  const padded = ` ${splitWords(fold(raw)).join(' ')} `;
  const tag = C.requestTag.find((p) => padded.endsWith(p));
  const strong = has(C.moveStrong) || has(C.cancel) || has(C.hostStrong) || has(C.budgetStrong);
  const why = has(C.instead) ? 'instead' : has(C.obstacle) ? 'a reason the plan cannot stay' : has(C.conditional) ? 'conditional' : strong ? 'a change verb' : undefined;
  const frame = polite ? `"${polite.trim()}"` : modal && why ? `"${modal} …" with ${why}` : tag ? `"… ${tag.trim()}"` : undefined;
  if (!frame) return { request: false, why: 'frame: none' };
  // "Botkyrka undrar om SK-mötet 3/11 är i Botkyrka": wondering whether a claim holds asks it; "jag undrar om ni kan
  // flytta LG 20/5" asks for the change.
  if (polite && C.wonder.includes(polite) && !why && !words.some((w) => C.modal.includes(` ${w} `))) return { request: false, why: `frame: ${frame} around a claim, asks whether it holds` };
  // A verb of telling counts in the sentence that holds the frame: "Jag har fått veta att Salem vill … Kan du flytta
  // mötet?" reports what was told and asks for the change in a sentence of its own. (A frame only at the edges as
  // sent is the whole message's.)
  const sentences = raw.split(SENTENCE_END).map((sentence) => ({ has: phraseTest(C, mendVerbs(fold(sentence))), modal: sentence.split(CLAUSE_END).map(modalFirst).find(Boolean) }));
  const framing = sentences.filter((x) => (polite ? x.has([polite]) : modal && why ? x.modal === modal : x.has([tag!])));
  const ask = C.askVerbs.find((p) => (framing.length ? framing.some((x) => x.has([p])) : has([p])));
  if (ask) return { request: false, why: `frame: ${frame} around "${ask.trim()}", asks to be told` };
  return { request: true, why: `frame: a request, ${frame}` };
}

/** Whether a clause after the first opens with a question word ("…, vem är värd?"); "var" (also "was") is left out. */
function clauseAsks(raw: string): boolean {
  return raw.split(/[,.;:?!–—]\s*/).slice(1).some((clause) => {
    const w = splitWords(fold(clause))[0];
    return w !== undefined && w !== 'var' && QUESTION_WORDS.has(w);
  });
}

/** "en vecka senare", "två veckor tidigare", "push it back a week", "veckan efter": a day shifted by a count of days or weeks. */
export function relativeShift(words: string[], padded: string, C: ChangeWords, lexicon: Lexicon): boolean {
  if (C.shift.some(([p]) => padded.includes(p))) return true;
  const offsets = lexicon.data.offsets;
  if (!offsets) return false;
  const direction = (w: string | undefined) => w !== undefined && (C.later.includes(` ${w} `) || C.earlier.includes(` ${w} `));
  return words.some((w, i) => {
    if (!Object.hasOwn(offsets.units, w)) return false;
    const prev = words[i - 1] ?? '';
    const counted = countWord(prev, offsets.numbers) !== undefined;
    // The direction right after ("en vecka senare") or before the count ("back a week", "fram två veckor").
    return counted && (direction(words[i + 1]) || direction(words[i - 2]));
  });
}

/** "två veckor", "a week", "3 dagar": a count of days, weeks or months (lexicon offsets), with or without a direction. */
export function countedSpan(words: string[], lexicon: Lexicon): boolean {
  const offsets = lexicon.data.offsets;
  if (!offsets) return false;
  return words.some((w, i) => Object.hasOwn(offsets.units, w) && countWord(words[i - 1] ?? '', offsets.numbers) !== undefined);
}

/**
 * The kinds of time a "what happened" question may name to ask of the calendar, not the change log: the lexicon's
 * time kinds but a weekday and a follow-up's steps ("året efter", "veckan innan": a shift from another time).
 */
export const PERIOD_KINDS: ReadonlySet<string> = new Set([...TIME_KINDS].filter((k) => k !== 'weekday' && k !== 'yearShift' && k !== 'monthShift' && k !== 'weekShift'));
/** "no LG meeting on 25 November", "inget SK-möte 8/12": a cancellation where a meeting is named. */
const NO_MEETING = /^(?:there (?:will be|is) )?(?:no|inget|inga|ingen)\b/;
const TAKEN_FROM = /\b(ta|tar|dra|drar|plocka|plockar|take|takes|shave|remove)\s+\d[\d\s]*(kr|kronor|tkr|k|tusen|%|procent|percent)?\s+(fran|ifran|off|from)\b/;
const MONTH_MEETING = /\b(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)(mötet|möte|mötena|motet|mote|träffen|traffen|sammanträdet|sammantradet)\b/gi;

/**
 * The request's language: the guess from the question vocabulary, unless words only change requests use
 * tip it to English ("LG 14/10 won't happen", "LG 25/11 scrapped" have no word the questions count).
 */
export function changeLang(raw: string, words: string[], guessed: Lang, C: ChangeWords, lexicon: Lexicon): Lang {
  // "stall in nyckeltalsdagen", "andra vard for radslaget": a Swedish command verb first says Swedish, as a README
  // command's does (parse.ts commandLang), however English its other words look without their å, ä and ö.
  const verbs = lexicon.data.commandVerbs;
  if (words[0] && verbs?.sv.includes(words[0]) && !verbs.en.includes(words[0])) return 'sv';
  if (guessed === 'en' || /[åäö]/i.test(raw)) return guessed;
  // ("budget: IT 25000": "IT" is no English word.)
  words = withoutAbbreviations(words, raw);
  const { sv: svScore, en: enScore } = lexicon.langScore(words);
  const more = words.filter((w) => C.enWords.has(w)).length;
  return enScore + more > svScore ? 'en' : guessed;
}

/** Change verbs long enough that one letter wrong is still only them ("flyta" is "flytta"). */
const VERBS = ['flytta', 'flyttas', 'flyttar', 'installt', 'installd', 'avboka', 'avbokas', 'avlyses', 'cancel', 'cancelled', 'canceled', 'reschedule', 'postpone', 'postponed', 'senarelaggs', 'tidigarelaggs'];
/** Short verbs mended only right before their particle ("stll in", "lgg till"): alone, four letters are too few to guess from. */
const PARTICLE_VERBS: ReadonlyArray<readonly [string, string]> = [['stall', 'in'], ['lagg', 'till']];
function mendVerbs(folded: string): string {
  const words = folded.split(' ');
  return words
    .map((w, i) => {
      if (/\d/.test(w)) return w;
      if (w.length < 5) return PARTICLE_VERBS.find(([v, particle]) => words[i + 1] === particle && w !== v && w.length >= 3 && distance(v, w) === 1)?.[0] ?? w;
      return VERBS.includes(w) ? w : (VERBS.find((v) => Math.abs(v.length - w.length) <= 1 && distance(v, w) === 1) ?? w);
    })
    .join(' ');
}

/** How far from a day written a body's meeting may be to be offered as the one meant (a week either way). */
const NEAR_DAYS = 7;

/**
 * The question to ask when a change names a day the body has no meeting on: "Ledningsgruppen har inget möte
 * torsdag 19 maj. Menar du fredag 20 maj …?" (its meeting within a week), else its meetings before and after
 * that day to choose from. Undefined where the body has no planned meeting at all.
 */
export function noMeetingThatDay(plan: Plan, body: string, day: string, lang: Lang): { message: string; suggest?: DaySuggestion } | undefined {
  const name = plan.bodies.find((b) => b.id === body)?.name ?? body;
  const written = formatDay(day, lang, false);
  const near = nearestMeeting(plan, day, body, NEAR_DAYS);
  if (near) return { message: say(lang, 'noMeetingThatDayDidYouMean', name, written, formatWhen(near, lang)), suggest: { from: day, to: firstDate(near) } };
  const dayOf = (m: Meeting) => (m.date.kind === 'month' ? formatMonth(m.date.month, lang) : formatDay(firstDate(m), lang));
  const around = [lastBefore(plan, day, body, () => true), firstAfter(plan, day, body, () => true)].filter((m): m is Meeting => Boolean(m));
  if (!around.length) return undefined;
  return { message: say(lang, 'noMeetingThatDayWhich', name, written, listText(around.map(dayOf), lang)) };
}

const MONTH_STEMS = ['jan', 'feb', 'mar', 'apr', 'ma[jy]', 'jun', 'jul', 'aug', 'sep', 'o[ck]t', 'nov', 'dec'];
/**
 * The request with a day written in it ("19/5", "19 maj", "May 19th", "2011-05-19") put as another day
 * ("20/5"): what a yes to "Menar du fredag 20 maj?" asks for. Undefined where the day is not found written.
 */
export function replaceDay(text: string, from: string, to: string): string | undefined {
  const [, m, d] = from.split('-').map(Number) as [number, number, number];
  const [, m2, d2] = to.split('-').map(Number) as [number, number, number];
  const put = `${d2}/${m2}`;
  const month = MONTH_STEMS[m - 1]!;
  const forms = [
    new RegExp(`(?<![\\d/.-])0?${d}\\s*/\\s*0?${m}(?:/\\d{2,4})?(?![\\d/])`),
    new RegExp(`(?<![\\d-])${from}(?![\\d])`),
    new RegExp(`(?<![\\d/.])0?${d}(?::?e|:a|st|nd|rd|th)?\\.?\\s+${month}\\p{L}*\\.?`, 'iu'),
    new RegExp(`\\b${month}\\p{L}*\\.?\\s+0?${d}(?:st|nd|rd|th)?(?![\\d/])`, 'iu'),
  ];
  for (const f of forms) if (f.test(text)) return text.replace(f, put);
  return undefined;
}

/** Words that may stand between a body and the day of its meeting ("SK-mötet den 22/9", "the LG meeting on 20/5"). */
const MEETING_FILLER = new Set(['mote', 'motet', 'moten', 'meeting', 'den', 'the', 'on', 'pa', 'som', 'var', 'is', 'ar']);
/** The date read (of `dates`) written right after the body's name, with only filler between ("SK 4/11", "LG-mötet den 19/5"). */
function dayAfterBody(words: string[], matches: readonly Match[], body: string, dates: string[]): string | undefined {
  const m = matches.find((x) => x.sense.kind === 'body' && (x.sense as { id: string }).id === body);
  if (!m) return undefined;
  let i = m.end;
  while (i < words.length && i < m.end + 3 && MEETING_FILLER.has(words[i]!)) i++;
  const w = words[i] ?? '';
  const pad = (n: string) => n.padStart(2, '0');
  const numeric = /^(\d{1,2})\/(\d{1,2})(?:\/\d{2,4})?$/.exec(w);
  const iso = /^\d{4}-\d\d-\d\d$/.test(w) ? w.slice(5) : numeric ? `${pad(numeric[2]!)}-${pad(numeric[1]!)}` : undefined;
  const worded = /^(\d{1,2})(?:e|a|st|nd|rd|th)?$/.exec(w);
  const month = worded ? matches.find((x) => x.sense.kind === 'month' && x.start === i + 1) : undefined;
  const monthDay = iso ?? (worded && month ? `${pad(String((month.sense as { month: number }).month))}-${pad(worded[1]!)}` : undefined);
  return monthDay ? dates.find((d) => d.slice(5) === monthDay) : undefined;
}

/** Words that may stand before a meeting's day in a move written with no verb ("mötet 22/9 t 29/9"); no plural. */
const ONE_MEETING_FILLER = new Set(['mote', 'motet', 'meeting', 'den', 'the', 'on', 'pa']);
const DAY_TOKEN = String.raw`(\d{4}-\d\d-\d\d|\d{1,2}[/.]\d{1,2}(?:[/.](?:\d{4}|\d{2}))?)`;
const MEETING_THEN_DAY = new RegExp(String.raw`^\s*((?:[\p{L}][\p{L}\d'’:-]*\s+){0,3})${DAY_TOKEN}\s*(?:(?<![\p{L}])(?:till|to|until)(?![\p{L}])|->|[-–—])\s*${DAY_TOKEN}\s*[.!]*\s*$`, 'iu');
/** A day token of MEETING_THEN_DAY as month-day and the year if written ("22/9", "2011-09-22", "20.5"). */
function monthDayOf(token: string): { monthDay: string; year?: number } | undefined {
  const pad = (n: string) => n.padStart(2, '0');
  const iso = /^(\d{4})-(\d\d)-(\d\d)$/.exec(token);
  if (iso) return { monthDay: `${iso[2]}-${iso[3]}`, year: Number(iso[1]) };
  const m = /^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?$/.exec(token);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12 || Number(m[1]) < 1 || Number(m[1]) > 31) return undefined;
  const year = m[3] ? Number(m[3].length === 2 ? `20${m[3]}` : m[3]) : undefined;
  return { monthDay: `${pad(m[2]!)}-${pad(m[1]!)}`, ...(year ? { year } : {}) };
}
/** The words of one meeting a weekday may be joined to ("torsdagsmötet", "fredagsträffen", "thursday meeting"), folded. */
const WEEKDAY_MEETING = /^(mote|motet|traffen|traff|meeting|sammantradet)$/;
/**
 * The body whose usual weekday (the plan's usualTime) a weekday named with a word of one meeting is: "torsdagsmötet"
 * (one word, the weekday and the meeting joined by an s), "the Thursday meeting", "thursday's meeting". One body or none.
 */
function weekdayBody(words: string[], plan: Plan, lexicon: Lexicon): string | undefined {
  const days = lexicon.data.weekdays;
  const dayOf = (w: string) => Object.keys(days).find((k) => (days[k] ?? []).includes(w));
  let day: string | undefined;
  words.forEach((w, i) => {
    if (day) return;
    const joined = /^(\p{L}+?)s(mote|motet|traffen|traff|sammantradet)$/u.exec(w);
    if (joined) day = dayOf(joined[1]!);
    else if (dayOf(w) && (WEEKDAY_MEETING.test(words[i + 1] ?? '') || (words[i + 1] === 's' && WEEKDAY_MEETING.test(words[i + 2] ?? '')))) day = dayOf(w);
  });
  if (!day) return undefined;
  const bodies = plan.bodies.filter((b) => b.usualTime?.weekday === Number(day));
  return bodies.length === 1 ? bodies[0]!.id : undefined;
}

/** "27/5 istället", "fre 27/5 instead": a day (a weekday may stand before it) and words of instead, nothing else. */
function dayInstead(words: string[], C: ChangeWords, matches: readonly Match[]): boolean {
  const insteadWords = new Set(C.instead.flatMap((p) => p.trim().split(' ')));
  const days = words.filter((w) => /^\d{1,2}[/.]\d{1,2}$|^\d{4}-\d\d-\d\d$/.test(w));
  if (days.length !== 1) return false;
  // (The message's own matches, read once: the words a weekday's match covers.)
  const weekdays = new Set(matches.filter((m) => m.sense.kind === 'weekday').flatMap((m) => words.slice(m.start, m.end)));
  const polite = new Set(C.polite.flatMap((p) => p.trim().split(' ')));
  return words.every((w) => days.includes(w) || insteadWords.has(w) || weekdays.has(w) || polite.has(w) || ['den', 'the', 'on', 'pa'].includes(w));
}

/** "1/9 - 30/9": a dash between two days is a span's, not a sign (STRONG_HINT's "-5"). */
const DAY_DASH_DAY = new RegExp(String.raw`${DAY_TOKEN}\s*[-–—]\s*${DAY_TOKEN}`, 'g');
/**
 * "mötet 22/9 t 29/9", "SK 3/11 till 10/11", "LG 9/9 - 16/9.": a meeting named by its day (after at most a body's name
 * and words of one meeting), then another day after a till or a dash, and nothing else: the shape of a move written
 * without its verb. The first day must be a planned meeting's (of the body named), so "SK 1/9 - 30/9" stays a span.
 */
export function meetingThenDay(raw: string, ctx: Pick<ParseContext, 'plan' | 'lexicon' | 'now'>): boolean {
  const m = MEETING_THEN_DAY.exec(raw);
  if (!m) return false;
  const lead = splitWords(fold(m[1] ?? ''));
  const leadMatches = ctx.lexicon.match(lead);
  const bodies = leadMatches.filter((x) => x.sense.kind === 'body');
  if (!lead.every((w, i) => ONE_MEETING_FILLER.has(w) || bodies.some((b) => b.start <= i && b.end > i))) return false;
  const from = monthDayOf(m[2]!);
  const to = monthDayOf(m[3]!);
  if (!from || !to || from.monthDay === to.monthDay) return false;
  const body = bodies.length === 1 ? (bodies[0]!.sense as { id: string }).id : undefined;
  if (bodies.length > 1) return false;
  const year = thisYearOf(ctx.now);
  return (from.year ? [from.year] : [year, year + 1]).some((y) => meetingsBetween(ctx.plan, `${y}-${from.monthDay}`, `${y}-${from.monthDay}`, body).length > 0);
}

/**
 * "fre 27/5 instead" right after the writer's own move was made (no proposal waits to be corrected): the meeting that
 * change moved, where it is now.
 */
function previousRef(plan: Plan, previous: Change | undefined, because: (step: string) => void): Meeting | undefined {
  if (previous?.kind !== 'meeting.update' || !(previous.set.date || previous.set.time)) return undefined;
  const m = plan.meetings.find((x) => x.id === previous.meetingId && x.status !== 'cancelled');
  if (m) because('the meeting: the one the writer\'s last change moved');
  return m;
}

/** A weekday not written beside a date ("fredagen", "the Friday after"; not "fre 27/5", "fredag den 27 maj", "fridays", "torsdagsmötet"). */
function weekdayAlone(words: readonly string[], matches: readonly Match[]): Match | undefined {
  const dated = (i: number) => /\d/.test(words[i] ?? '') || (/^(den|the)$/.test(words[i] ?? '') && /\d/.test(words[i + 1] ?? ''));
  // ("torsdagsmötet i november – Nykvarn tar det": a weekday inside a compound of meeting names the meeting, not a new day.)
  return matches.find((m) => m.sense.kind === 'weekday' && !dated(m.end) && !/(dagar|days)$/.test(words[m.end - 1] ?? '') && !/dags?mot/.test(words[m.start] ?? ''));
}

/**
 * A weekday as a move's target, not written beside a date ("till fredagen", "to the Friday after", "torsdagen veckan
 * efter"): the next such day after the meeting's last day, or, with a shift of whole weeks named (the lexicon's
 * changes.shift, "veckan efter", "the week before"), that weekday of the week so many weeks from the meeting's.
 */
export function weekdayTarget(ref: Meeting, words: string[], matches: readonly Match[], C: ChangeWords, padded: string): { date: string; why: string; weeks?: number } | undefined {
  const weekday = weekdayAlone(words, matches);
  if (!weekday) return undefined;
  const wanted = (weekday.sense as { weekday: number }).weekday;
  const last = lastDate(ref);
  const iso = (d: string) => ((new Date(`${d}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
  const weeks = C.shift.find(([p, n]) => n % 7 === 0 && padded.includes(p));
  if (weeks) {
    const monday = shiftDay(last, 1 - iso(last));
    return { date: shiftDay(monday, weeks[1] + wanted - 1), why: `the weekday of the week ${weeks[1] / 7 > 0 ? 'after' : 'before'} the meeting's`, weeks: weeks[1] / 7 };
  }
  const after = shiftDay(last, 1);
  return { date: shiftDay(after, (wanted - iso(after) + 7) % 7), why: "a weekday alone: the next such day after the meeting" };
}

/** "den 26:e", "the 19th", "blir den 26": a day written without its month. */
export function dayOnly(raw: string): number | undefined {
  // The last one written that no month follows ("flytta SK den 22 september till den 29:e" → 29).
  const month = /^\s*(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)/i;
  const all = [...raw.matchAll(/\b(?:den|the)\s+(\d{1,2})(?::?e|:a|st|nd|rd|th)?(?![\d/.:\-–])|(?<![\d/.:])(\d{1,2})(?::e|:a|st|nd|rd|th)\b/gi)].filter((m) => !month.test(raw.slice(m.index! + m[0].length).replace(/^\s*of\b/i, '')));
  const last = all.at(-1);
  const day = last ? Number(last[1] ?? last[2]) : 0;
  return day >= 1 && day <= 31 ? day : undefined;
}

/**
 * "SK på torsdag flyttas till torsdag 28/4", "move LG on Friday to 27/5": a weekday right after the body (or after its
 * "på"/"on"), with no day written after it, names the body's meeting on the next such day from today, within a week.
 * Undefined where the body does not meet that day.
 */
function weekdayRef(plan: Plan, body: string | undefined, words: readonly string[], matches: readonly Match[], small: readonly string[], today: string): Meeting | undefined {
  if (!body) return undefined;
  const named = matches.find((m) => m.sense.kind === 'body' && m.sense.id === body);
  if (!named) return undefined;
  const at = small.some((w) => w.trim() === words[named.end]) ? named.end + 1 : named.end;
  const day = matches.find((m) => m.start === at && m.sense.kind === 'weekday');
  if (!day || day.sense.kind !== 'weekday' || /^\d/.test(words[day.end] ?? '')) return undefined;
  const weekday = day.sense.weekday % 7;
  const last = shiftDay(today, 6);
  return plannedMeetings(plan, body).find((m) => m.date.kind === 'day' && firstDate(m) >= today && firstDate(m) <= last && new Date(`${firstDate(m)}T12:00:00Z`).getUTCDay() === weekday);
}

/**
 * "första LG-mötet efter sommaren", "sista SK-mötet före jul", "the last LG meeting of the year": the body's
 * first or last meeting of the year, or of a part of it (the lexicon's periods; Christmas, exactWords.christmas, as a day).
 */
function ordinalRef(plan: Plan, body: string | undefined, words: string[], matches: readonly Match[], C: ChangeWords, year: number, christmasWords: readonly string[]): Meeting | undefined {
  if (!body) return undefined;
  const i = words.findIndex((w) => C.ordinalFirst.has(w) || C.ordinalLast.has(w));
  if (i < 0 || !matches.some((m) => m.sense.kind === 'body' && m.start > i && m.start <= i + 3)) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  // The word before a period or Christmas ("efter sommaren", "before the summer").
  const cue = (k: number) => {
    const w = words[k - 1] === 'the' ? words[k - 2] : words[k - 1];
    return w === 'efter' || w === 'after' ? 'after' : w === 'fore' || w === 'innan' || w === 'before' ? 'before' : undefined;
  };
  let from = `${year}-01-01`;
  let to = `${year}-12-31`;
  const period = matches.find((m) => m.sense.kind === 'period');
  const christmas = words.findIndex((w) => christmasWords.includes(w));
  if (period) {
    const [a, b] = (period.sense as { months: [number, number] }).months;
    const c = cue(period.start);
    if (c !== 'before') from = `${year}-${pad(c === 'after' ? Math.min(b + 1, 12) : a)}-01`;
    if (c !== 'after') to = `${year}-${pad(c === 'before' ? Math.max(a - 1, 1) : b)}-31`;
  } else if (christmas >= 0) {
    if (cue(christmas) === 'before') to = `${year}-12-23`;
    else if (cue(christmas) === 'after') from = `${year}-12-27`;
  }
  const list = plannedMeetings(plan, body)
    .filter((m) => firstDate(m) >= from && firstDate(m) <= to)
    .sort((a, b) => firstDate(a).localeCompare(firstDate(b)));
  return C.ordinalFirst.has(words[i]!) ? list[0] : list.at(-1);
}

/**
 * "ställ in mötet efter midsommar", "flytta LG-mötet före sommaren", "the meeting after the summer": one meeting (a
 * singular word for it) right before an order word and a period of the lexicon is the first meeting after the period
 * or the last before it, of the body named or of any body.
 */
function periodRef(plan: Plan, body: string | undefined, words: string[], matches: readonly Match[], year: number): Meeting | undefined {
  const period = matches.find((m) => m.sense.kind === 'period');
  if (!period) return undefined;
  const at = words[period.start - 1] === 'the' ? period.start - 2 : period.start - 1;
  const order = words[at] === 'efter' || words[at] === 'after' ? 'after' : words[at] === 'fore' || words[at] === 'innan' || words[at] === 'before' ? 'before' : undefined;
  if (!order || !/^(\w+-)?(motet|meeting|traffen|sammantradet)$/.test(words[at - 1] ?? '')) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  const [a, b] = (period.sense as { months: [number, number] }).months;
  const list = [...plannedMeetings(plan, body)].sort((x, y) => firstDate(x).localeCompare(firstDate(y)));
  return order === 'after'
    ? list.find((m) => firstDate(m) >= (b === 12 ? `${year + 1}-01-01` : `${year}-${pad(b + 1)}-01`))
    : list.filter((m) => firstDate(m) < `${year}-${pad(a)}-01`).at(-1);
}

/** "SK-mötet i Tyresö", "the Nynäshamn committee meeting": the body's only meeting a place named hosts (the place nearest the body first). */
function hostedRef(plan: Plan, body: string | undefined, matches: readonly Match[]): Meeting | undefined {
  if (!body) return undefined;
  const at = matches.find((m) => m.sense.kind === 'body' && (m.sense as { id: string }).id === body)?.start ?? 0;
  const places = matches
    .filter((m) => m.sense.kind === 'municipality')
    .sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at) || Number(a.start < at) - Number(b.start < at));
  const all = plannedMeetings(plan, body);
  for (const p of places) {
    const hosted = all.filter((m) => m.hosts.includes((p.sense as { id: string }).id));
    if (hosted.length) return hosted.length === 1 ? hosted[0] : undefined;
  }
  return undefined;
}

/** A cancelled meeting of the body on a date or in a month named (what "återställ"/"blir av ändå" is about). */
function cancelledRef(plan: Plan, body: string | undefined, dates: ReturnType<typeof extractDates>): Meeting | undefined {
  const cancelled = plan.meetings.filter((m) => m.status === 'cancelled' && (!body || m.body === body));
  const month = dates.month ? `${dates.month.year}-${String(dates.month.month).padStart(2, '0')}` : undefined;
  const hits = cancelled.filter((m) =>
    dates.dates.length ? dates.dates.some((d) => datesOf(m).includes(d) || (m.date.kind === 'days' && m.date.start <= d && m.date.end >= d)) : month ? (m.date.kind === 'month' ? m.date.month === month : firstDate(m).startsWith(month)) : false,
  );
  return hits.length === 1 || (hits.length > 1 && body) ? hits[0] : undefined;
}

/** "3-4 februari", "26–27 jan", "7-8/4" → two dates: a day range before a month is two dates. */
function dayRanges(text: string, lexicon: Lexicon): string {
  // "7-8/4": the 7th and the 8th of April ("31/3-1/4" is two dates already).
  text = text.replace(/(?<![\d/.])(\d{1,2})\s*[-–]\s*(\d{1,2})\/(\d{1,2})(?![\d/])/g, (all, a: string, b: string, m: string) => (Number(a) < Number(b) ? `${a}/${m} ${b}/${m}` : all));
  // "3 och 4 februari", "3 and 4 February" likewise (not "mellan 12 och 16 september": some day between).
  return text.replace(/(?<!(?:mellan|between)\s+)(?<![\d/.])\b(\d{1,2})(?:\s*[-–]\s*|\s+(?:och|and|&)\s+)(\d{1,2})\s+(\p{L}+)/gu, (all, a: string, b: string, month: string) =>
    lexicon.match([fold(month)]).some((m) => m.sense.kind === 'month') ? `${a} ${month} ${b} ${month}` : all,
  );
}

const thisYearOf = (now: Date) => Number(stockholmDate(now).slice(0, 4));
/**
 * The bodies named as who decided, not as what changes: "efter beslut i SK höjs utredningar till 250 000", "as decided by
 * LG, staff becomes 600 000", "as agreed by the committee", "enligt SK:s beslut", "per the committee's decision", "som LG
 * beslutade". A body right after a word of deciding (its preposition and an article between), or right before one (a
 * genitive s between).
 */
function decidersNamed(words: readonly string[], bodies: readonly Match[], C: ChangeWords): Set<string> {
  const deciding = [...C.decided, ...C.decisionWords].map((d) => d.trim());
  const endsAt = new Set(words.flatMap((_, i) => deciding.filter((d) => wordsAt(words, i, d)).map((d) => i + d.split(' ').length)));
  const startsAt = (i: number) => C.decisionWords.some((d) => wordsAt(words, i, d.trim()));
  const preposition = (w: string | undefined) => C.deciderPrepositions.some((p) => p.trim() === w);
  const article = (w: string | undefined) => w === 'the';
  const after = (m: Match) => {
    let k = m.start;
    if (article(words[k - 1])) k -= 1;
    return endsAt.has(k) || (preposition(words[k - 1]) && endsAt.has(k - 1));
  };
  const before = (m: Match) => startsAt(m.end) || (words[m.end] === 's' && startsAt(m.end + 1));
  return new Set(bodies.filter((m) => after(m) || before(m)).map((m) => (m.sense as { id: string }).id));
}

/** A day and a month written with a dot that a clock time could be too ("8.12", "14.10"), where no digit or sign touches it. */
const DOTTED = /(?<![\d./:])(\d{1,2})\.(\d{2})(?![\d./:])/g;
/** "12-08" for 8 December, where the numbers make a day and a month. */
function dottedDay(d: string, m: string): string | undefined {
  const [day, month] = [Number(d), Number(m)];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${m.padStart(2, '0')}-${d.padStart(2, '0')}` : undefined;
}

/**
 * The time written in a request (timesIn), unless it is a day: "ställ in SK 8.12", "flytta SK 8.12 till 15.12" write
 * days with a dot, and a time written alone (no "kl", no range) that is the day of a meeting (`meetingDay`, of the
 * body named) is that day; every other dot of the message that makes a day is a day too (the writer's way of writing
 * them), and only what is left can be a time ("SK 8.12 ska börja 13.15"). "SK 22/9 ska börja 10.10" names no meeting
 * on 10 October: a time.
 */
function clockOrDays(raw: string, meetingDay: (monthDay: string) => boolean, because: (step: string) => void): [string, string] {
  const found = timesIn(raw);
  const [time, written] = found;
  const lone = time === written ? /^(\d{1,2})\.(\d{2})$/.exec(time) : null;
  const day = lone ? dottedDay(lone[1]!, lone[2]!) : undefined;
  if (!day || !meetingDay(day)) return found;
  because(`"${time}" is the day of a meeting, not a time: days are written with a dot`);
  return timesIn(raw.replace(DOTTED, (all, d: string, m: string) => (dottedDay(d, m) ? ' '.repeat(all.length) : all)));
}

/** "10 %", "5 procent", "-5%": a share in per cent, with its sign where one is written. */
export function shareIn(raw: string): { percent: number; sign: number } | undefined {
  const m = /(?<![\d/.:])([+\-−]\s?)?(\d{1,2}(?:[.,]\d{1,2})?)\s*(?:%|procent\b|percent\b|per cent\b)/i.exec(raw);
  if (!m) return undefined;
  const percent = Number(m[2]!.replace(',', '.'));
  if (!(percent > 0 && percent < 100)) return undefined;
  return { percent, sign: m[1] ? (m[1].trim() === '+' ? 1 : -1) : 0 };
}

// (A full stop that ends the sentence ends the amount: "… to 600 000."; "14.4" is no amount.)
export function amountsIn(raw: string, signs: Map<number, number> = new Map()): number[] {
  const out: number[] = [];
  for (const m of millionsWritten(withoutThousandsCommas(raw)).matchAll(/(?<![\d/.:,])([+\-−]\s?)?(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:\s*(tkr|tusen|k\b))?(\s*(?:kr|kronor|sek|:-))?(?![\d/:]|\.\d)/gi)) {
    let n = Number(m[2]!.replace(/[ \u00a0\u202f]/g, ''));
    if (m[3]) n *= 1000;
    if (n < 1000 || (!m[3] && !m[4] && /^(19|20)\d\d$/.test(m[2]!))) continue;
    out.push(n);
    // "personal +20 000", "utredningar -30 000": a change by the amount.
    if (m[1]) signs.set(n, m[1].trim() === '+' ? 1 : -1);
  }
  return out;
}

/** A time or a time range as written ("13.00-16.00", "kl 9"), for the README parser to read. */
function timesIn(raw: string): [string, string] {
  const range = /\b\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}\b/.exec(raw);
  if (range) return [range[0], range[0]];
  // "från 13 till 16", "mellan 9 och 12", "from 13 to 16": a span in words.
  const span = /\b(?:fr[aå]n|mellan|from|between)\s+(?:kl\.?\s*)?([01]?\d|2[0-3])(?:[.:]([0-5]\d))?\s+(?:till|och|to|and|until)\s+(?:kl\.?\s*)?([01]?\d|2[0-4])(?:[.:]([0-5]\d))?(?![\d/.])(?!\s*(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec))/i.exec(raw);
  if (span && Number(span[1]) < Number(span[3])) return [`${span[1]}.${span[2] ?? '00'}-${span[3]}.${span[4] ?? '00'}`, span[0]];
  const single = /\bkl\.?\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?\b/i.exec(raw);
  if (single) return [single[0], single[0]];
  // "starts at 9": a time after "at" (the README reads "at 9" as a time too).
  const at = /\bat\s+([01]?\d|2[0-3])(?:[.:]([0-5]\d))?(?![\d/.])(?!\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i.exec(raw);
  if (at) return [`kl ${at[1]}${at[2] ? `.${at[2]}` : ''}`, at[0]];
  // "SK 9/6 börjar 13.00": a clock time written alone (hours and minutes, never a date such as 14.4).
  const clock = /(?<![\d./])([01]?\d|2[0-3])[.:]([0-5]\d)(?![\d./])/.exec(raw);
  if (clock) return [clock[0], clock[0]];
  // "SK 14/4 ska vara 13-16": whole hours, where no month follows ("3-4 februari" is two days) and no date is part of it.
  const hours = /(?<![\d/.\-–])([01]?\d|2[0-3])\s*[-–]\s*([01]?\d|2[0-4])(?![\d/.:])(?!\s*(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec))/i.exec(raw);
  if (hours && Number(hours[1]) >= 6 && Number(hours[1]) < Number(hours[2])) return [`${hours[1]}.00-${hours[2]}.00`, hours[0]];
  return ['', ''];
}

function datesOf(m: Meeting): string[] {
  if (m.date.kind === 'day') return [m.date.date];
  if (m.date.kind === 'days') return [m.date.start, m.date.end];
  return [];
}

/** Whether a municipality is named after "istället för" or "från" (the old host, not the new one). */
function insteadOf(plan: Plan, id: string, padded: string, C: ChangeWords): boolean {
  const name = fold(municipalityName(plan, id));
  return [...C.insteadOf, ...C.replacedFrom].some((p) => padded.includes(`${p}${name} `) || padded.includes(`${p}${name}s `));
}

/**
 * The new host: a named municipality that is not "istället för"/"från" one, nor the host already (`hosts`: the
 * meeting's, or the rotation year's). Where only the host already is named, it is returned: the change then changes
 * nothing, and is answered by asking for the new one.
 */
function newHost(municipalities: string[], padded: string, C: ChangeWords, hosts: readonly string[], plan: Plan): string {
  // "Huddinge kan inte ta rådslaget 2013, Salem tar det": a municipality right before a reason it cannot is the old one.
  const cannot = (m: string) => C.obstacle.some((p) => padded.includes(` ${fold(municipalityName(plan, m))}${p}`));
  const candidates = municipalities.filter((m) => !insteadOf(plan, m, padded, C) && !hosts.includes(m) && !cannot(m));
  return candidates[0] ?? municipalities.find((m) => !hosts.includes(m)) ?? municipalities[0]!;
}

/** A name of the body that the README parser reads as that body. */
export function bodyRef(ctx: ParseContext, id: string): string {
  const b = ctx.plan.bodies.find((x) => x.id === id);
  const forId = ctx.lexicon.match(splitWords(fold(id)));
  if (forId.length === 1 && forId[0]!.sense.kind === 'body' && (forId[0]!.sense as { id: string }).id === id) return id;
  return b?.name ?? id;
}

/** The meeting as the README commands name it: body and first day (ISO), or body and month for month-only ones. */
export function meetingRef(ctx: ParseContext, m: Meeting, lang: Lang): string {
  const day = m.date.kind === 'month' ? formatMonth(m.date.month, lang) : firstDate(m);
  return `${bodyRef(ctx, m.body)} ${day}`;
}

/**
 * The meeting a request is about: the body's meeting on a date named (the first date that is a meeting),
 * in a month named, hosted by a municipality named "istället för", or the body's only meeting of the year.
 */
function findRef(plan: Plan, body: string | undefined, dates: ReturnType<typeof extractDates>, municipalities: string[], padded: string, C: ChangeWords, year: number, today: string): Meeting | undefined {
  for (const d of dates.dates) {
    const hit = meetingsBetween(plan, d, d, body);
    if (hit.length === 1 || (hit.length > 1 && body)) return hit[0];
  }
  if (dates.month) {
    const month = `${dates.month.year}-${String(dates.month.month).padStart(2, '0')}`;
    const inMonth = plannedMeetings(plan, body).filter((m) => (m.date.kind === 'month' ? m.date.month === month : firstDate(m).startsWith(month)));
    const monthOnly = inMonth.filter((m) => m.date.kind === 'month');
    if (monthOnly.length === 1) return monthOnly[0];
    if (inMonth.length === 1) return inMonth[0];
    if (inMonth.length > 1) return undefined;
  }
  if (!body) return undefined;
  // "ställ in nästa LG-möte", "the next SK meeting is moved to …": the body's first meeting from today; "SK-mötet efter
  // nästa", "the LG meeting after next": the one after that.
  if (!dates.month && /\b(nasta|next|kommande|upcoming)\b(?! (ar|year|vecka|week|manad|month)\b)/.test(padded)) {
    const yesterday = shiftDay(today, -1);
    const next = firstAfter(plan, yesterday, body, () => true);
    if (next && /\b(efter nasta|after next|after the next)\b/.test(padded)) return firstAfter(plan, lastDate(next), body, (m) => m.id !== next.id);
    return next;
  }
  const all = plannedMeetings(plan, body);
  const oldHost = municipalities.find((m) => insteadOf(plan, m, padded, C));
  if (oldHost) {
    const hosted = all.filter((m) => m.hosts.includes(oldHost));
    if (hosted.length === 1) return hosted[0];
  }
  const ofYear = all.filter((m) => meetingYear(m) === year);
  if (ofYear.length === 1) return ofYear[0];
  return all.length === 1 ? all[0] : undefined;
}

/** Polite words around a request for the reply's language ("kan du svara på engelska", "English please"). */
const REPLY_REQUEST_AROUND = new Set(['', 'please', 'pls', 'snalla', 'tack', 'thanks', 'kan', 'kunde', 'du', 'ni', 'could', 'can', 'would', 'you']);

/**
 * "In English please: vem är värd för SK 8/12?": a request for the reply's language before the message is
 * no part of a change (its colon sets nothing, its "please" asks nothing): the rest is read alone. The
 * phrases are the lexicon's (langWords.replyIn), which the question reader honours for the language.
 */
export function withoutReplyRequest(text: string, lexicon: Lexicon): string {
  const replyIn = lexicon.data.langWords.replyIn;
  if (!replyIn) return text;
  const tokens = text.trim().split(/\s+/).slice(0, 12);
  const folded = tokens.map((t) => fold(t));
  let i = 0;
  while (i < folded.length && REPLY_REQUEST_AROUND.has(folded[i]!)) i++;
  let hit = 0;
  for (const p of [...replyIn.sv, ...replyIn.en]) {
    const ws = fold(p).split(' ');
    if (ws.length > hit && ws.every((w, k) => folded[i + k] === w)) hit = ws.length;
  }
  if (!hit) return text;
  i += hit;
  while (i < folded.length && REPLY_REQUEST_AROUND.has(folded[i]!)) i++;
  if (i >= folded.length) return text;
  const rest = text.trim().split(/\s+/).slice(i).join(' ').replace(/^[\s:,;.\-–—]+/, '');
  return rest || text;
}
