// Secretariat text commands → a request (usually a Change), or a message saying what is wrong and how to
// write it. Pure: text, plan, lexicon and time in; nothing changes here. Every command starts with its
// verb ("flytta", "ställ in", "värd" …), so ordinary questions never match.
import type { Lang } from '../text/lang.js';
import { firstDate, meetingYear, stockholm, stockholmDate, formatWhen } from '../domain/calendar.js';
import type { Body, Meeting, Plan } from '../store/schema.js';
import { extractDates, withoutTimes } from '../understand/dates.js';
import { timeJoins, type Lexicon, type Match } from '../understand/lexicon.js';
import { matchesOf, type Reading } from '../core/reading.js';
import { fold, withoutThousandsCommas } from '../understand/normalize.js';
import { splitWords } from '../understand/understand.js';
import { ChangeSchema, type Change } from './changes.js';
import { withNatural } from './requests.js';
import { changeWords, noMeetingThatDay, weekdayTarget, type DaySuggestion, type PendingProposal } from './natural.js';
import { say } from '../text/catalogue/index.js';

export type AdminRequest =
  /** `note`: said under the proposal (a message with several changes: how to write the next). */
  | { type: 'change'; change: Change; lang: Lang; note?: string; replaces?: string; then?: Change[] }
  /** `missing`: a change asked for in words that lacks something; the message asks for it. */
  | { type: 'error'; message: string; lang: Lang; missing?: boolean; suggest?: DaySuggestion }
  | { type: 'history'; lang: Lang }
  | { type: 'undo'; ref?: string; lang: Lang }
  | { type: 'export'; lang: Lang }
  | { type: 'import'; json?: string; lang: Lang }
  | { type: 'members'; lang: Lang }
  | { type: 'edit'; lang: Lang }
  | { type: 'confirmLatest'; lang: Lang }
  | { type: 'cancelLatest'; lang: Lang };

export interface ParseContext {
  plan: Plan;
  lexicon: Lexicon;
  now: Date;
  /** The writer's latest change in this conversation (natural.ts previousChange), for "och LG 25/11 också". */
  previous?: Change;
  /** The message's reading: its lexicon matches are taken wherever the same words are read. */
  reading?: Pick<Reading, 'words' | 'matches'> & Partial<Pick<Reading, 'sent'>>;
  /** The writer's proposal waiting in this conversation, which a correction replaces (requests.ts readCorrection). */
  pending?: PendingProposal;
  /** Where given, the reading's steps are written here (natural.ts), for DEBUG_NLU. */
  why?: string[];
  /** The writer is not in the secretariat: a plain statement of theirs is a claim (natural.ts memberClaim). */
  member?: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

class Invalid extends Error {}
/** Something the command lacks (no date, no meeting named), not something wrong: the answer asks for it. */
class Missing extends Invalid {
  constructor(message: string, readonly suggest?: DaySuggestion) {
    super(message);
  }
}


/** Entities and dates found in part of a command. */
function read(full: string, ctx: ParseContext, lang: Lang, yearHint?: number, from?: Date) {
  const text = withoutTimes(full);
  const words = splitWords(fold(text));
  const matches = matchesOf(ctx.reading, ctx.lexicon, words);
  const now = from ?? (yearHint ? stockholm(`${yearHint}-06-15`, '12:00') : ctx.now);
  const dates = extractDates(text, words, matches, lang, now, { weekWords: [], joins: timeJoins(ctx.lexicon.data) });
  const of = (kind: Match['sense']['kind']) => matches.filter((m) => m.sense.kind === kind);
  const bodies = [...new Set(of('body').map((m) => (m.sense as { id: string }).id))];
  const municipalities = [...new Set(of('municipality').map((m) => (m.sense as { id: string }).id))];
  // Impossible dates are an error, not something to skip: "30/2" must not quietly mean nothing.
  // "30/2" and "30.2" are dates; "13.00" is a time.
  for (const m of text.matchAll(/(?<![\d.:])(\d{1,2})(?:\/(\d{1,2})|\.(\d))(?:[/.](\d{2,4}))?(?![\d.:])/g)) {
    const d = Number(m[1]);
    const mo = Number(m[2] ?? m[3]);
    const y = m[4] ? (m[4].length === 2 ? 2000 + Number(m[4]) : Number(m[4])) : (yearHint ?? Number(stockholmDate(ctx.now).slice(0, 4)));
    const dt = new Date(Date.UTC(y, mo - 1, d));
    if (mo < 1 || mo > 12 || dt.getUTCDate() !== d || dt.getUTCMonth() !== mo - 1) {
      throw new Invalid(say(lang, 'theDateDoesNot', m[0]));
    }
  }
  return { words, matches, bodies, municipalities, dates };
}

/** "13.00–16.00", "13:00-16", "kl 13" → clock times. */
function readTimes(text: string, lang: Lang): { start?: string; end?: string } {
  const norm = (h: string, m?: string) => {
    const hh = Number(h);
    const mm = m ? Number(m) : 0;
    if (hh > 23 || mm > 59) throw new Invalid(say(lang, 'theTimeDoesNot', h, m ? `.${m}` : '', m ? `:${m}` : ''));
    return `${pad(hh)}:${pad(mm)}`;
  };
  const range = /(?:kl\.?\s*)?\b(\d{1,2})(?:[.:](\d{2}))?\s*[-–—]\s*(\d{1,2})(?:[.:](\d{2}))?\b(?![/.]\d)/.exec(text.replace(/\d{4}-\d{2}-\d{2}/g, ' '));
  if (range && (range[2] || range[4] || /kl/i.test(range[0]))) return { start: norm(range[1]!, range[2]), end: norm(range[3]!, range[4]) };
  const single = /(?:\bkl\.?\s*|\bat\s+)(\d{1,2})(?:[.:](\d{2}))?\b|\b(\d{1,2})[.:](\d{2})\b(?![/.]\d)/.exec(text);
  if (single) return single[1] ? { start: norm(single[1], single[2]) } : { start: norm(single[3]!, single[4]) };
  return {};
}

/** Words left over once verbs, fillers, dates, times and known names are taken out: unknown names. */
function leftovers(text: string, ctx: ParseContext, lang: Lang, ignore: RegExp, yearHint?: number, r = read(text, ctx, lang, yearHint)): string[] {
  const used = new Set<number>();
  for (const m of r.matches) for (let i = m.start; i < m.end; i++) used.add(i);
  return r.words.filter((w, i) => !used.has(i) && !ignore.test(w) && !/\d/.test(w) && w.length > 1);
}

const FILLER = /^(till|to|for|pa|on|den|the|mote|motet|moten|meeting|i|in|med|with|kl|at|fran|from|och|and|vard|host|ny|nytt|new|datum|date|tid|time|ar|year|not|note|vardkommun|som|as|av|of|by|ska|vara|be|is|heldag|heldagar|full|day|days|all|lunch)$/;

function unknownNameError(words: string[], plan: Plan, lang: Lang, what: 'body' | 'municipality'): string {
  const names = what === 'body' ? plan.bodies.map((b) => b.name) : plan.municipalities.map((m) => m.name);
  return what === 'body'
    ? say(lang, 'unknownBodyChooseOne', words.join(' '), names.join(', '))
    : say(lang, 'unknownMunicipalityChooseOne', words.join(' '), names.join(', '));
}

/** The meeting a command points at: body (optional when the date is unique) and a day or a month. */
function findMeeting(text: string, ctx: ParseContext, lang: Lang, example: string): Meeting {
  const r = read(text, ctx, lang);
  const unknown = leftovers(text, ctx, lang, FILLER, undefined, r);
  if (unknown.length && !r.bodies.length) throw new Invalid(unknownNameError(unknown, ctx.plan, lang, 'body'));
  const yearGiven = /\b(19|20)\d\d\b/.test(text);
  const candidates = (dates: string[], month?: string) =>
    ctx.plan.meetings.filter((m) => {
      if (r.bodies.length && !r.bodies.includes(m.body)) return false;
      if (month) return m.date.kind === 'month' ? m.date.month === month : firstDate(m).startsWith(month);
      return dates.some((d) => m.date.kind !== 'month' && firstDate(m) <= d && (m.date.kind === 'day' ? m.date.date : m.date.end) >= d);
    });
  let found: Meeting[] = [];
  if (r.dates.dates.length) {
    found = candidates(r.dates.dates);
    // "14/4" without a year, asked in another year: the plan's only 14/4 of that body.
    if (!found.length && !yearGiven) {
      const md = r.dates.dates.map((d) => d.slice(5));
      found = ctx.plan.meetings.filter((m) => (!r.bodies.length || r.bodies.includes(m.body)) && m.date.kind !== 'month' && md.includes(firstDate(m).slice(5)));
    }
  } else if (r.dates.month) {
    found = candidates([], `${r.dates.month.year}-${pad(r.dates.month.month)}`);
    // "SK januari 2012" names the entry known only to the month, if there is one.
    const monthOnly = found.filter((m) => m.date.kind === 'month');
    if (monthOnly.length === 1) found = monthOnly;
  } else {
    throw new Missing(say(lang, 'whichMeetingGiveThe', example));
  }
  if (found.length === 1) return found[0]!;
  const body = r.bodies.length ? ctx.plan.bodies.find((b) => b.id === r.bodies[0])!.name : '';
  if (!found.length) {
    // "flytta LG 19/5 till 26/5" when LG meets 20/5: ask which of the body's meetings is meant.
    const question = r.bodies.length === 1 && r.dates.dates.length ? noMeetingThatDay(ctx.plan, r.bodies[0]!, r.dates.dates[0]!, lang) : undefined;
    if (question) throw new Missing(question.message, question.suggest);
    throw new Invalid(say(lang, 'noMeetingOnThatDate', body, example));
  }
  const list = found.map((m) => `${ctx.plan.bodies.find((b) => b.id === m.body)?.name} ${formatWhen(m, lang)}`).join('; ');
  throw new Invalid(say(lang, 'severalMeetingsMatchSay', list));
}

type MeetingSet = Extract<Change, { kind: 'meeting.update' }>['set'];

function newWhen(text: string, ctx: ParseContext, lang: Lang, meeting: Meeting): MeetingSet {
  let r = read(text, ctx, lang, meetingYear(meeting));
  // "till imorgon", "to tomorrow": a day counted from today is counted from the clock's now, not from the middle of the
  // meeting's year; "till fredagen", "to the Friday after": a weekday alone is the next such day after the meeting (as
  // natural.ts reads a move in words).
  if (r.matches.some((m) => m.sense.kind === 'relativeDay')) r = read(text, ctx, lang, meetingYear(meeting), ctx.now);
  else if (meeting.date.kind !== 'month' && !r.words.some((w) => /\d/.test(w))) {
    const C = changeWords(ctx.lexicon);
    const day = C ? weekdayTarget(meeting, r.words, r.matches, C, ` ${r.words.join(' ')} `) : undefined;
    if (day) r = { ...r, dates: { ...r.dates, dates: [day.date] } };
  }
  const times = readTimes(text, lang);
  const set: MeetingSet = {};
  if (r.dates.dates.length >= 2) {
    const [a, b] = [...r.dates.dates].sort();
    set.date = { kind: 'days', start: a!, end: b! };
  } else if (r.dates.dates.length === 1) {
    set.date = { kind: 'day', date: r.dates.dates[0]! };
  } else if (r.dates.month && !times.start) {
    set.date = { kind: 'month', month: `${r.dates.month.year}-${pad(r.dates.month.month)}` };
  }
  if (times.start) {
    const end = times.end ?? (meeting.time.kind === 'clock' ? addDuration(times.start, meeting.time.start, meeting.time.end) : undefined);
    if (!end) throw new Invalid(say(lang, 'giveBothStartAndEnd'));
    if (end <= times.start) throw new Invalid(say(lang, 'endBeforeStartTime', end.replace(':', '.'), times.start.replace(':', '.'), end, times.start));
    set.time = { kind: 'clock', start: times.start, end };
  }
  if (!set.date && !set.time) throw new Missing(say(lang, 'toWhichDateOr'));
  if (set.date?.kind === 'days' && set.date.end < set.date.start) throw new Invalid(say(lang, 'theEndDateIs'));
  // A month-only meeting that gets its day keeps its certainty; its note about the day goes.
  if (meeting.date.kind === 'month' && set.date && set.date.kind !== 'month' && meeting.note === 'Dagen är inte bestämd') set.note = null;
  return set;
}

/** Keeps a meeting's length when only a new start is given. */
function addDuration(start: string, oldStart: string, oldEnd: string): string {
  const min = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3));
  const end = min(start) + (min(oldEnd) - min(oldStart));
  if (end >= 24 * 60) return '23:59';
  return `${pad(Math.floor(end / 60))}:${pad(end % 60)}`;
}

function splitAt(text: string, separators: RegExp): [string, string] | undefined {
  const all = [...text.matchAll(separators)];
  const last = all.at(-1);
  if (!last || last.index === undefined) return undefined;
  return [text.slice(0, last.index), text.slice(last.index + last[0].length)];
}

function amount(text: string, lang: Lang): number {
  const m = [...withoutThousandsCommas(text).matchAll(/(-|−)?\s?(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:[.,]\d+)?\s*(?:kr|kronor|sek|:-)?/gi)].filter((x) => !/^(19|20)\d\d$/.test(x[2]!.trim()) || /kr|kronor|sek/i.test(x[0]));
  const last = m.at(-1);
  if (!last) throw new Missing(say(lang, 'whatAmountGiveIt'));
  const value = Number(last[2]!.replace(/[ \u00a0]/g, ''));
  if (last[1]) throw new Invalid(say(lang, 'theAmountCannotBe'));
  return value;
}

function yearOf(text: string, lang: Lang, example: string): number {
  const y = /\b((?:19|20)\d\d)\b/.exec(text);
  if (!y) throw new Missing(say(lang, 'whichYearWriteE', example));
  return Number(y[1]);
}

/** A line or body id from its name: "Resor & möten" → "resor-moten". */
export function slug(s: string): string {
  return fold(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'rad';
}

/**
 * A new meeting's id: body prefix and first date, numbered if taken ("lg-2011-12-16"). `taken` holds the
 * plan's ids and those already given out in the same command (it grows as ids are handed out), so a
 * long calendar costs a set look-up per try, not a scan of the plan and of the list.
 */
export function meetingId(plan: Plan, body: string, date: string, taken: Set<string> = new Set(plan.meetings.map((m) => m.id))): string {
  const prefix = { samarbetskommitten: 'sk', ledningsgruppen: 'lg', planeringskonferensen: 'pk', sodertornskonferensen: 'stk', radslaget: 'rs', nyckeltal: 'nt' }[body] ?? slug(body).slice(0, 8);
  const base = `${prefix}-${date}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** A pasted calendar is read line by line; these bound the work one message can ask for. */
export const MAX_CALENDAR_LINES = 40;
export const MAX_CALENDAR_LINE_LENGTH = 300;

/** A meeting from one line: "<organ> <datum> [tid] [värd <kommun>] [not: …]". */
function meetingFromLine(line: string, ctx: ParseContext, lang: Lang, yearHint?: number, taken?: Set<string>): Meeting {
  const [main, note] = line.split(/\bnot(?:e)?\s*:/i) as [string, string | undefined];
  const r = read(main, ctx, lang, yearHint);
  if (r.bodies.length !== 1) {
    const unknown = leftovers(main, ctx, lang, FILLER, yearHint, r);
    throw new Invalid(unknown.length && !r.bodies.length ? unknownNameError(unknown, ctx.plan, lang, 'body') : say(lang, 'giveOneBodyOn', line.trim()));
  }
  const unknown = leftovers(main, ctx, lang, FILLER, yearHint, r);
  if (unknown.length) throw new Invalid(unknownNameError(unknown, ctx.plan, lang, 'municipality'));
  const body = ctx.plan.bodies.find((b) => b.id === r.bodies[0])!;
  const times = readTimes(main, lang);
  let date: Meeting['date'];
  if (r.dates.dates.length >= 2) {
    const [a, b] = [...r.dates.dates].sort();
    date = { kind: 'days', start: a!, end: b! };
  } else if (r.dates.dates.length === 1) date = { kind: 'day', date: r.dates.dates[0]! };
  else if (r.dates.month) date = { kind: 'month', month: `${r.dates.month.year}-${pad(r.dates.month.month)}` };
  else throw new Invalid(say(lang, 'giveADateOn', line.trim()));
  let time: Meeting['time'];
  if (times.start && times.end) {
    if (times.end <= times.start) throw new Invalid(say(lang, 'endBeforeStartOnLine', line.trim()));
    time = { kind: 'clock', start: times.start, end: times.end };
  } else if (/heldag|full day|all day/i.test(main)) time = { kind: 'allDay' };
  else if (body.usualTime) time = { kind: 'clock', start: body.usualTime.start, end: body.usualTime.end };
  else time = { kind: 'allDay' };
  const first = date.kind === 'day' ? date.date : date.kind === 'days' ? date.start : `${date.month}`;
  const id = meetingId(ctx.plan, body.id, first, taken);
  return {
    id,
    body: body.id,
    date,
    time,
    hosts: r.municipalities,
    certainty: 'confirmed',
    status: 'planned',
    ...(note?.trim() ? { note: note.trim() } : {}),
    source: line.trim(),
  };
}

function budgetLine(plan: Plan, year: number, words: string, ctx: ParseContext): { side: 'income' | 'costs'; id: string } | undefined {
  const b = plan.budgets.find((x) => x.year === year);
  if (!b) return undefined;
  const folded = fold(words);
  const ws = splitWords(folded);
  const fromLexicon = ctx.lexicon.match(ws).filter((m) => m.sense.kind === 'budgetLine').map((m) => (m.sense as { id: string }).id);
  for (const side of ['costs', 'income'] as const) {
    const line = b[side].find((l) => fromLexicon.includes(l.id) || fold(l.label) === folded.trim() || fold(l.label).startsWith(folded.trim()) || l.id === folded.trim());
    if (line) return { side, id: line.id };
  }
  return undefined;
}

// The command's first word says its language better than counting words ("ställ in SK 9/6" has "in"): the
// lexicon's commandVerbs, so a typo in one is read as it when the message is read.
const verbSets = new WeakMap<object, { sv: Set<string>; en: Set<string> }>();
function commandLang(f: string, lexicon: Lexicon, guessed: Lang): Lang {
  const verbs = lexicon.data.commandVerbs;
  if (!verbs) return guessed;
  let sets = verbSets.get(verbs);
  if (!sets) verbSets.set(verbs, (sets = { sv: new Set(verbs.sv), en: new Set(verbs.en) }));
  const first = /^[a-z]+/.exec(f)?.[0] ?? '';
  return sets.sv.has(first) ? 'sv' : sets.en.has(first) ? 'en' : guessed;
}

/** The README's commands, then the same changes asked for in words (natural.ts). */
export const parseAdmin = (text: string, ctx: ParseContext, guessed: Lang): AdminRequest | undefined => {
  // "flytta LG 9/9 till 16/9. vem är värd för SK 22/9?": a question in a sentence after the change is no part of it (its
  // day read into the change made the move a span to 22/9); the change is read alone, and its card says the question
  // is asked again on its own.
  // (Only a message read as a change: "Botkyrka står värd för SK den 9 juni. Hur kommer det sig?" is a question whole.)
  const whole = withNatural(text, ctx, guessed, parseCommand);
  const question = whole?.type === 'change' ? trailingQuestion(text, ctx.lexicon) : undefined;
  if (!question) return whole;
  const request = withNatural(text.slice(0, question.at), ctx, guessed, parseCommand);
  return request?.type === 'change' ? { ...request, note: [request.note, say(request.lang, 'askTheQuestionAlone', question.text)].filter(Boolean).join(' ') } : whole;
};

/**
 * A question written as a sentence of its own after another sentence: it ends with a question mark and opens with a
 * question word (the lexicon's yesNo.whWords), after "och"/"and" at most. Where it starts, and its text; else undefined.
 */
function trailingQuestion(text: string, lexicon: Lexicon): { at: number; text: string } | undefined {
  if (!text.trimEnd().endsWith('?')) return undefined;
  const wh = lexicon.data.yesNo?.whWords ?? [];
  for (const m of text.matchAll(/[.!]\s+/g)) {
    const at = m.index + m[0].length;
    const words = fold(text.slice(at)).split(' ').filter(Boolean);
    const first = ['och', 'and', 'o', 'samt', 'also', 'plus'].includes(words[0] ?? '') ? words[1] : words[0];
    if (first && wh.includes(first) && at > 0 && text.slice(0, m.index).trim()) return { at: m.index + 1, text: text.slice(at).trim() };
  }
  return undefined;
}

function parseCommand(text: string, ctx: ParseContext, guessed: Lang): AdminRequest | undefined {
  const raw = text.trim();
  const f = fold(raw);
  const lang: Lang = commandLang(f, ctx.lexicon, guessed);
  const verb = (re: RegExp) => re.exec(f);
  /** The original text after the first `n` words (values keep their case). */
  const after = (re: RegExp) => raw.replace(new RegExp(`^\\s*${re.source}`, 'i'), '').trim();
  try {
    if (/^(redigera|edit|andra planen|edit the plan|admin)$/.test(f)) return { type: 'edit', lang };
    if (/^(bekrafta|confirm)$/.test(f)) return { type: 'confirmLatest', lang };
    if (/^(avbryt|cancel)$/.test(f)) return { type: 'cancelLatest', lang };
    if (/^(andringar|andringslogg|andringsloggen|historik|historiken|senaste andringar|visa andringar|visa andringarna|visa historik|visa historiken|vad har andrats|changes|history|change log|recent changes|show changes|show the changes|show history|what changed|what has changed|what have you changed)$/.test(f)) return { type: 'history', lang: /^(visa|vad)\b/.test(f) ? 'sv' : /^(show|what)\b/.test(f) ? 'en' : lang };
    // ("ångra det, det blir 20/5 ändå", "undo that - it stays on the 20th": the first clause says what to undo; a clause
    // after it is the reason.)
    const undo = verb(/^(angra|undo|ta tillbaka|revert|take back)(?: (.+))?$/) && /^(angra|undo|ta tillbaka|revert|take back)(?: (.+))?$/.exec(fold(raw.split(/[,;:!?]\s|\s[–—-]\s/)[0]!));
    if (undo) {
      // "ångra senaste ändringen", "undo that": words about the last change (the lexicon's exactWords.undoFiller), not a change's id.
      const filler = ctx.lexicon.data.exactWords?.undoFiller ?? [];
      const ref = (undo[2] ?? '').split(' ').filter((w) => w && !filler.includes(w));
      // An id as the history shows it, written alone: as written ("ångra 3-dqwX": folding would split it at "-").
      const written = raw.split(/\s+/).slice(undo[1]!.split(' ').length);
      if (written.length === 1 && ref.length) return { type: 'undo', ref: written[0]!.replace(/[.!]+$/, ''), lang };
      return { type: 'undo', ref: ref.length === 1 ? raw.split(/\s+/).find((w) => fold(w) === ref[0]) ?? ref[0] : ref.length ? ref.join(' ') : undefined, lang };
    }
    if (/^(exportera|export)(?: (planen|the plan|plan|plan as json|planen som json))?$/.test(f)) return { type: 'export', lang };
    if (/^(importera|import)\b/.test(f)) {
      const json = raw.slice(raw.indexOf('{') >= 0 ? raw.indexOf('{') : raw.length).trim();
      return { type: 'import', json: json || undefined, lang };
    }
    if (/^(sekretariatet|vilka (ar|finns) i sekretariatet|vem far andra( planen)?|who can (edit|change)( the plan)?|secretariat( members)?)$/.test(f)) return { type: 'members', lang };

    const addSec = /^(lagg till|add) (sekreterare|secretary|i sekretariatet|to the secretariat|medlem i sekretariatet|sekretariatsmedlem|secretariat member)\s+/;
    if (addSec.test(f)) {
      const id = raw.split(/\s+/).at(-1)!;
      return { type: 'change', change: { kind: 'secretariat.set', userId: id, member: true }, lang };
    }
    const rmSec = /^(ta bort|remove) (sekreterare|secretary|fran sekretariatet|from the secretariat|ur sekretariatet|sekretariatsmedlem|secretariat member)\s+/;
    if (rmSec.test(f)) {
      const id = raw.split(/\s+/).at(-1)!;
      return { type: 'change', change: { kind: 'secretariat.set', userId: id, member: false }, lang };
    }

    // Move: "flytta LG 20/5 till 27/5", "flytta SK januari 2012 till 19/1", "move LG 20/5 to 27/5 10.00-14.00"
    if (/^(flytta|move|reschedule|skjut upp)\b/.test(f)) {
      const rest = after(/(flytta|move|reschedule|skjut upp)/);
      // "flytta till 7/10", "move to 7 Oct": only the new date is written; which meeting is asked, as for "flytta mötet till 7/10".
      if (/^(?:till|to)\s/i.test(rest.trim())) throw new Missing(say(lang, 'whichMeetingGiveThe', say(lang, 'moveLgTo')));
      const parts = splitAt(rest, /\s+(?:till|to)\s+/gi);
      if (!parts) {
        // "flytta LG 20/5": the meeting is named (or its error says what is wrong), the new date is missing.
        const example = say(lang, 'writeEGMove');
        try {
          findMeeting(rest, ctx, lang, say(lang, 'moveLgTo'));
        } catch (e) {
          if (e instanceof Missing) throw new Missing(say(lang, 'whichMeetingAndTo', example));
          throw e;
        }
        throw new Missing(say(lang, 'toWhatDate', example));
      }
      const m = findMeeting(parts[0], ctx, lang, say(lang, 'moveLgTo'));
      return { type: 'change', change: { kind: 'meeting.update', meetingId: m.id, set: newWhen(parts[1], ctx, lang, m) }, lang };
    }

    // Cancel / restore: "ställ in LG 20/5", "återställ LG 20/5"
    const cancel = /^(stall in|installt|stryk|cancel|call off)\b/.exec(f);
    const restore = /^(aterstall|restore|uncancel|ateruppta)\b/.exec(f);
    if (cancel || restore) {
      const rest = after(cancel ? /(ställ in|stall in|inställt|installt|stryk|cancel|call off)/ : /(återställ|aterstall|restore|uncancel|återuppta|ateruppta)/);
      const m = findMeeting(rest, ctx, lang, cancel ? say(lang, 'cancelLg') : say(lang, 'restoreLg'));
      const status = cancel ? 'cancelled' : 'planned';
      if (m.status === status) throw new Invalid(cancel ? say(lang, 'theMeetingIsAlready') : say(lang, 'theMeetingIsNot'));
      return { type: 'change', change: { kind: 'meeting.update', meetingId: m.id, set: { status } }, lang };
    }

    // Host of a meeting or of a year's rådslag: "ändra värd SK 14/4 till Salem", "värd rådslag 2019 Salem"
    const hostVerb = /^((andra|byt|satt|change|set) (vard|varden|vardkommun|vardkommunen|host)|(vard|host))\b/.exec(f);
    if (hostVerb) {
      const rest = after(/((ändra|andra|byt|sätt|satt|change|set) (värdkommunen|vardkommunen|värdkommun|vardkommun|värden|varden|värd|vard|host)|(värd|vard|host))/);
      const r = read(rest, ctx, lang);
      const plain = !hostVerb[2];
      if (!r.municipalities.length) {
        if (plain) return undefined; // "värd 14 april?" is a question
        const unknown = leftovers(rest, ctx, lang, FILLER, undefined, r);
        if (unknown.length) throw new Invalid(unknownNameError(unknown.slice(-1), ctx.plan, lang, 'municipality'));
        throw new Missing(say(lang, 'whichMunicipalityWriteE'));
      }
      if (plain && raw.endsWith('?')) return undefined;
      const unknown = leftovers(rest, ctx, lang, FILLER, undefined, r);
      const rotationBodies = new Set(ctx.plan.hostRotations.map((x) => x.body));
      const years = [...rest.matchAll(/\b((?:19|20)\d\d)\b/g)].map((m) => Number(m[1]));
      // "värd 2 år före Huddinge", "värd efter Botkyrka": a bare 'värd' with a municipality but no meeting,
      // body or year to set it on changes nothing, so it is a question.
      if (plain && !r.dates.dates.length && !r.dates.month && !years.length && !r.bodies.length) return undefined;
      if (!r.dates.dates.length && !r.dates.month && years.length === 1) {
        const body = r.bodies.find((b) => rotationBodies.has(b)) ?? (r.bodies.length ? undefined : [...rotationBodies][0]);
        if (!body) throw new Invalid(say(lang, 'onlyTheRadslagHas'));
        if (unknown.length) throw new Invalid(unknownNameError(unknown, ctx.plan, lang, 'municipality'));
        return { type: 'change', change: { kind: 'rotation.set', body, year: years[0]!, host: r.municipalities.at(-1)! }, lang };
      }
      if (unknown.length) throw new Invalid(unknownNameError(unknown, ctx.plan, lang, 'municipality'));
      const parts = splitAt(rest, /\s+(?:till|to)\s+/gi) ?? [rest, rest];
      const m = findMeeting(parts[0], ctx, lang, say(lang, 'changeHostSkTo'));
      const hosts = read(parts[1], ctx, lang).municipalities;
      return { type: 'change', change: { kind: 'meeting.update', meetingId: m.id, set: { hosts: hosts.length ? hosts : r.municipalities } }, lang };
    }

    // A year's calendar in one go: first line "ny kalender 2012", then one meeting a line.
    if (/^(ny|nytt|lagg till|new|add) (kalender|kalendarium|calendar)\b/.test(f)) {
      const lines = raw.split(/\r?\n|;/).map((l) => l.trim()).filter(Boolean);
      if (lines.length > MAX_CALENDAR_LINES + 1) {
        throw new Invalid(say(lang, 'atMostMeetingsIn', MAX_CALENDAR_LINES, lines.length - 1));
      }
      const tooLong = lines.findIndex((l) => l.length > MAX_CALENDAR_LINE_LENGTH);
      if (tooLong >= 0) {
        throw new Invalid(say(lang, 'lineIsLongerThan', tooLong + 1, MAX_CALENDAR_LINE_LENGTH));
      }
      const year = yearOf(lines[0]!, lang, 'ny kalender 2012');
      const meetings: Meeting[] = [];
      const taken = new Set(ctx.plan.meetings.map((m) => m.id));
      for (const line of lines.slice(1)) meetings.push(meetingFromLine(line, ctx, lang, year, taken));
      if (!meetings.length) throw new Invalid(say(lang, 'writeOneMeetingA'));
      const wrong = meetings.filter((m) => meetingYear(m) !== year);
      if (wrong.length) throw new Invalid(say(lang, 'theMeetingIsNotIn', wrong[0]!.source, year));
      return { type: 'change', change: { kind: 'meeting.add', meetings }, lang };
    }

    // One meeting: "lägg till möte LG 16/12 08.30-13.00 värd Huddinge not: extra"
    if (/^(lagg till|nytt|ny|add|new) (mote|meeting)\b/.test(f)) {
      const rest = after(/(lägg till|lagg till|nytt|ny|add|new) (möte|mote|meeting)/);
      if (!rest) throw new Missing(say(lang, 'whichBodyAndWhat'));
      if (rest.length > MAX_CALENDAR_LINE_LENGTH) throw new Invalid(say(lang, 'writeTheMeetingOn', MAX_CALENDAR_LINE_LENGTH));
      // "lägg till möte 15/9": no body named and no unknown name written, so the body is asked for (not an error).
      const named = read(rest, ctx, lang);
      if (!named.bodies.length && !leftovers(rest, ctx, lang, FILLER, undefined, named).length) throw new Missing(say(lang, 'whichBodyIsTheMeetingFor', rest));
      return { type: 'change', change: { kind: 'meeting.add', meetings: [meetingFromLine(rest, ctx, lang)] }, lang };
    }

    // Budget: "ny budget 2012", "ändra budget 2011 personal 600 000", "lägg till budgetrad 2011 kostnad Resor 10 000",
    // "ta bort budgetrad 2011 Resor"
    if (/^(ny|nytt|new|lagg till|add) budget(?! ?rad| line)\b/.test(f)) {
      const year = yearOf(raw, lang, 'ny budget 2012');
      if (ctx.plan.budgets.some((b) => b.year === year)) throw new Invalid(say(lang, 'thereIsAlreadyA', year));
      const template = [...ctx.plan.budgets].sort((a, b) => b.year - a.year)[0];
      const budget = template
        ? { ...structuredClone(template), year, statedIncomeTotal: undefined, statedCostTotal: undefined }
        : { year, currency: 'SEK' as const, income: [], costs: [] };
      return { type: 'change', change: { kind: 'budget.set', year, budget: JSON.parse(JSON.stringify(budget)) }, lang };
    }
    if (/^(lagg till|ny|add|new) (budgetrad|budget rad|budget line|budgetpost)\b/.test(f)) {
      const rest = after(/(lägg till|lagg till|ny|add|new) (budgetrad|budget rad|budget line|budgetpost)/);
      const year = yearOf(rest, lang, 'lägg till budgetrad 2011 kostnad Resor 10 000');
      const side = /\b(intakt|income|intakter)\b/.test(fold(rest)) ? 'income' : 'costs';
      const value = amount(rest.replace(String(year), ''), lang);
      const label = rest.replace(String(year), '').replace(/\b(kostnad|kostnader|cost|costs|intäkt|intäkter|intakt|intakter|income)\b/gi, '').replace(/(-|−)?\s?(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)\s*(kr|kronor|sek)?\s*$/i, '').trim();
      if (!label) throw new Invalid(say(lang, 'giveTheLineA'));
      return { type: 'change', change: { kind: 'budget.line', year, side, lineId: slug(label), line: { id: slug(label), label, amount: value } }, lang };
    }
    if (/^(ta bort|radera|remove|delete) (budgetrad|budget rad|budget line|budgetpost)\b/.test(f)) {
      const rest = after(/(ta bort|radera|remove|delete) (budgetrad|budget rad|budget line|budgetpost)/);
      const year = yearOf(rest, lang, 'ta bort budgetrad 2011 Resor');
      const line = budgetLine(ctx.plan, year, rest.replace(String(year), ''), ctx);
      if (!line) throw new Invalid(say(lang, 'theBudgetHasNo', year));
      return { type: 'change', change: { kind: 'budget.line', year, side: line.side, lineId: line.id, line: null }, lang };
    }
    // ("ändra budgetposten för telefoni …" is no "ändra budget …": another word that only starts so is read in words.)
    if (/^((andra|satt|change|set) (budget|budgeten|budgetrad|budgetraden|budget line)(?![a-z])|budget (19|20)\d\d )/.test(f)) {
      // "budget 2012 personal?": the bare form with no verb and no amount, asked, is a question (as "värd 14 april?" is).
      if (/^budget /.test(f) && raw.trim().endsWith('?') && !/\d[\d \u00a0]*\s*(kr|kronor|sek|k|tkr)?\s*\??$/i.test(raw.replace(/\b(19|20)\d\d\b/g, '').trim())) return undefined;
      const rest = after(/((ändra|andra|sätt|satt|change|set) (budgetraden|budgetrad|budget line|budget)|budget)/);
      const year = yearOf(rest, lang, 'ändra budget 2011 personal 600 000');
      const value = amount(rest.replace(String(year), ''), lang);
      const words = rest.replace(String(year), '').replace(/(-|−)?\s?(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)\s*(kr|kronor|sek)?\s*$/i, '').replace(/\b(till|to)\s*$/i, '').trim();
      const line = budgetLine(ctx.plan, year, words, ctx);
      if (!ctx.plan.budgets.some((b) => b.year === year)) throw new Invalid(say(lang, 'thePlanHasNo', year));
      if (!line) throw new Invalid(say(lang, 'noBudgetLine', year, words, value));
      const b = ctx.plan.budgets.find((x) => x.year === year)!;
      const old = b[line.side].find((l) => l.id === line.id)!;
      return { type: 'change', change: { kind: 'budget.line', year, side: line.side, lineId: line.id, line: { ...old, amount: value } }, lang };
    }

    // Texts: "ändra vision: …", "ändra syfte: …" (paragraphs on separate lines), "ändra förhållningssätt: a; b; c"
    const textCmd = /^(andra|satt|uppdatera|change|set|update) (visionen|vision|syftet|syfte|purpose|forhallningssatten|forhallningssattet|forhallningssatt|principles|principer)\b/.exec(f);
    if (textCmd) {
      const value = raw.includes(':') ? raw.slice(raw.indexOf(':') + 1).trim() : '';
      if (!value) throw new Invalid(say(lang, 'writeTheNewText'));
      const field = textCmd[2]!.startsWith('vision') ? 'vision' : /^(syfte|purpose)/.test(textCmd[2]!) ? 'purpose' : 'principles';
      const o = ctx.plan.organisation;
      const next =
        field === 'vision' ? { ...o.vision, text: value }
        : field === 'purpose' ? value.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean)
        : value.split(/;|\n/).map((p) => p.replace(/^[·•\-*]\s*/, '').trim()).filter(Boolean);
      return { type: 'change', change: { kind: 'text.set', field, value: next }, lang };
    }

    // Bodies: "ändra medlemmar överförmyndarnämnden: Botkyrka, Haninge", "nytt organ Södertörns X: A, B värd A start 2012"
    const members = /^(andra|satt|change|set) (medlemmar|medlemmarna|members)\b/.exec(f);
    if (members) {
      const rest = after(/(ändra|andra|sätt|satt|change|set) (medlemmarna|medlemmar|members)/);
      const [head, list = ''] = rest.split(':') as [string, string | undefined];
      const r = read(head, ctx, lang);
      if (r.bodies.length !== 1) throw new Invalid(unknownNameError([head.trim()], ctx.plan, lang, 'body'));
      const munis = memberList(list, ctx, lang);
      const body = ctx.plan.bodies.find((b) => b.id === r.bodies[0])!;
      return { type: 'change', change: { kind: 'body.set', bodyId: body.id, body: { ...body, memberMunicipalities: munis } }, lang };
    }
    if (/^(nytt|lagg till|new|add) (organ|body|samverkansorgan|joint body)\b/.test(f)) {
      const rest = after(/(nytt|lägg till|lagg till|new|add) (organ|body|samverkansorgan|joint body)/);
      const [name, spec = ''] = rest.split(':') as [string, string | undefined];
      if (!name.trim()) throw new Invalid(say(lang, 'writeEGNew'));
      const hostPart = /\b(?:värd|vard|host)\s+(\S+)/i.exec(spec);
      const startPart = /\bstart\s+(\S+)/i.exec(spec);
      const list = spec.replace(/\b(?:värd|vard|host)\s+\S+/i, '').replace(/\bstart\s+\S+/i, '');
      const munis = memberList(list, ctx, lang);
      const host = hostPart ? read(hostPart[1]!, ctx, lang).municipalities[0] : undefined;
      if (hostPart && !host) throw new Invalid(unknownNameError([hostPart[1]!], ctx.plan, lang, 'municipality'));
      const body: Body = {
        id: slug(name),
        name: name.trim(),
        aliases: [],
        kind: 'jointBody',
        description: '',
        memberMunicipalities: munis,
        otherMembers: [],
        tasks: [],
        ...(host ? { hostMunicipality: host } : {}),
        ...(startPart ? { start: startPart[1] } : {}),
      };
      return { type: 'change', change: { kind: 'body.set', bodyId: body.id, body }, lang };
    }
    return undefined;
  } catch (e) {
    if (e instanceof Missing) return { type: 'error', message: e.message, lang, missing: true, ...(e.suggest ? { suggest: e.suggest } : {}) };
    if (e instanceof Invalid) return { type: 'error', message: e.message, lang };
    throw e;
  }
}

function memberList(list: string, ctx: ParseContext, lang: Lang): string[] {
  const names = list.split(/,|\boch\b|\band\b/).map((s) => s.trim()).filter(Boolean);
  const ids: string[] = [];
  for (const n of names) {
    const found = read(n, ctx, lang).municipalities;
    if (found.length !== 1) throw new Invalid(unknownNameError([n], ctx.plan, lang, 'municipality'));
    ids.push(found[0]!);
  }
  if (!ids.length) throw new Invalid(say(lang, 'listTheMemberMunicipalities'));
  return [...new Set(ids)];
}

/** Checks a change's shape (forms and imports build changes from outside data). */
export function checkChangeShape(change: unknown): Change {
  return ChangeSchema.parse(change);
}
