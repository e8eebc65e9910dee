// The secretariat's change requests in their own words ("SK-mötet 14/4 ska vara i Salem istället",
// "personalkostnaderna blir 600 000", "LG 14/10 blir inte av", "visa ändringar"). The message is read as a
// question is read (the lexicon's names, dates and amounts); which change it asks for comes from the change
// phrases in data/lexicon.json ("changes"). The change is then written in the README's command syntax and
// given to the same parser, so a request in words and the command give the same AdminRequest (and the same
// proposal and confirmation card). A request that lacks something gets a question back naming what.
// Questions are left alone: a message that starts with a question word, or asks yes/no with a "?", is not
// a change request.
import { t, type Lang } from '../text/lang.js';
import { firstAfter, firstDate, formatMonth, meetingYear, meetingsBetween, plannedMeetings, stockholm, stockholmDate } from '../domain/calendar.js';
import type { Meeting, Plan } from '../store/schema.js';
import { extractDates } from '../understand/dates.js';
import type { Lexicon, Match } from '../understand/lexicon.js';
import { fold } from '../understand/normalize.js';
import { splitWords } from '../understand/understand.js';
import type { Change } from './changes.js';

/** What the README parser needs (parse.ts's ParseContext), and the requests this module makes or passes on. */
interface ParseContext {
  plan: Plan;
  lexicon: Lexicon;
  now: Date;
}
type AdminRequest =
  | { type: 'change'; change: Change; lang: Lang }
  | { type: 'error'; message: string; lang: Lang; missing?: boolean }
  | { type: 'history'; lang: Lang }
  | { type: 'undo' | 'export' | 'import' | 'members' | 'edit' | 'confirmLatest' | 'cancelLatest'; lang: Lang };
type Readme = (text: string, ctx: ParseContext, guessed: Lang) => AdminRequest | undefined;

interface ChangeWords {
  history: string[];
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
  polite: string[];
  notChange: string[];
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
}

const QUESTION_WORDS = new Set(['vem', 'vad', 'nar', 'var', 'vart', 'hur', 'vilken', 'vilket', 'vilka', 'varfor', 'who', 'what', 'when', 'where', 'which', 'how', 'why', 'whats', 'whens']);
const STRONG_HINT = /\d{1,3}[ \u00a0]\d{3}\b|\d{4,}|\d+\s*(kr|kronor|tkr)\b/i;

/** The change phrases, each list with spaces around for whole-word look-ups. */
const compiled = new WeakMap<object, ChangeWords>();
function changeWords(lexicon: Lexicon): ChangeWords | undefined {
  const raw = (lexicon.data as unknown as { changes?: Record<string, string[] | string> }).changes;
  if (!raw) return undefined;
  let c = compiled.get(raw);
  if (!c) {
    const list = (k: string) => (Array.isArray(raw[k]) ? (raw[k] as string[]).map((p) => ` ${p} `) : []);
    c = {
      history: list('history'), cancel: list('cancel'), restore: list('restore'), move: list('move'), moveStrong: list('moveStrong'),
      host: list('host'), hostStrong: list('hostStrong'), add: list('add'), budget: list('budget'), budgetStrong: list('budgetStrong'), insteadOf: list('insteadOf'), polite: list('polite'), notChange: list('notChange'), budgetUp: list('budgetUp'), budgetDown: list('budgetDown'), budgetBy: list('budgetBy'),
      hostWeak: list('hostWeak'), budgetAdd: list('budgetAdd'), budgetSub: list('budgetSub'), addWeak: list('addWeak'), earlier: list('earlier'), tagQuestion: list('tagQuestion'),
      shift: Object.entries((raw.shift ?? {}) as unknown as Record<string, number>).map(([p, n]) => [` ${p} `, n] as [string, number]),
    };
    compiled.set(raw, c);
  }
  return c;
}

/**
 * A change request in words → the README parser's AdminRequest for the same change, a request
 * (an error marked `missing`) naming what is missing, or undefined (not a change request: answered as a question).
 */
export function readNatural(text: string, ctx: ParseContext, guessed: Lang, readme: Readme, afterError = false): AdminRequest | undefined {
  const C = changeWords(ctx.lexicon);
  if (!C) return undefined;
  const raw = text.trim();
  const f = fold(raw);
  if (!f) return undefined;
  const padded = ` ${f} `;
  const has = (list: string[]) => list.some((p) => padded.includes(p));
  const lang = guessed;
  const words = splitWords(f);
  const first = words[0] === 'och' || words[0] === 'and' ? words[1] : words[0];

  // "visa ändringar", "vilka ändringar har gjorts": the history, even asked as a question.
  if (has(C.history) && !/\d/.test(f)) return { type: 'history', lang };

  // "SK apr 2012: 26/4", "lg 25/11 -> 18/11", "rådslaget 2020: Botkyrka": a colon or an arrow sets a value.
  const setter = /\S:\s+\S|->|→|=>|\s=\s/.test(raw);
  // The lexicon is read only once a message may be a change request (questions are the bulk of messages).
  let read: Match[] | undefined;
  const lexiconMatches = () => (read ??= ctx.lexicon.match(words));
  const namesMunicipality = () => lexiconMatches().some((m) => m.sense.kind === 'municipality');
  const signals = {
    cancel: has(C.cancel),
    restore: has(C.restore),
    move: has(C.move) || setter,
    // "flytta SK 14/4 till Salem": moved to a municipality is a new host.
    host: has(C.host) || has(C.hostStrong) || ((has(C.hostWeak) || setter || has(C.moveStrong)) && namesMunicipality()),
    add: has(C.add),
    budget: has(C.budget) || setter,
  };
  if (!Object.values(signals).some(Boolean) && !STRONG_HINT.test(raw) && !(/\b(19|20)\d\d\b/.test(raw) && namesMunicipality()) && !has(C.addWeak)) return undefined;
  // Questions stay questions.
  const polite = has(C.polite);
  if (first && QUESTION_WORDS.has(first)) return undefined;
  const yesNo = (ctx.lexicon.data as { yesNo?: { first: string[] } }).yesNo?.first ?? [];
  if (!polite && first && yesNo.includes(first)) return undefined;
  if (!polite && raw.endsWith('?')) return undefined;
  // "SK 14/4 är i Salem va", "LG moves to 27/5, right": a statement checked, not a change asked for.
  if (!polite && C.tagQuestion.some((p) => padded.endsWith(p))) return undefined;
  // "lägg in SK-mötena i min outlook": a request about the writer's own things, not the plan.
  if (has(C.notChange)) return undefined;
  // "rådslaget 2011 vem är värd": a question word anywhere asks.
  if (!polite && words.some((w) => QUESTION_WORDS.has(w) && w !== 'var')) return undefined;

  const matches = lexiconMatches();
  const of = (kind: Match['sense']['kind']) => matches.filter((m) => m.sense.kind === kind);
  const bodies = [...new Set(of('body').map((m) => (m.sense as { id: string }).id))];
  const municipalities = [...new Set(of('municipality').map((m) => (m.sense as { id: string }).id))];
  const budgetLines = [...new Set(of('budgetLine').map((m) => (m.sense as { id: string }).id))];
  let yearWord: RegExpExecArray | [string, string] | null = /\b((?:19|20)\d\d)\b/.exec(raw);
  // Dates are read with the clock times taken out: "kl 8.30-13" is a time, never 30 August 2013.
  const times = timesIn(raw);
  // "20/5 to 27/5" is two dates here, not one range; "3-4 februari" is the 3rd and the 4th.
  const dateText = dayRanges((times ? raw.replace(times, ' ') : raw).replace(/(\d)(\s+)(to|until)(\s+)(?=\d)/gi, '$1$2;$4'), ctx.lexicon);
  const dateWords = dateText !== raw ? splitWords(fold(dateText)) : words;
  const dateMatches = dateText !== raw ? ctx.lexicon.match(dateWords) : matches;
  const dates = extractDates(dateText, dateWords, dateMatches, lang, ctx.now, { weekWords: [] });
  if (!signals.add && bodies.length && dates.dates.length && has(C.addWeak)) signals.add = true;
  // "SK-mötet i januari nästa år": the month in the year named relatively.
  const relYear = dates.relativeYears[0];
  if (!yearWord && relYear !== undefined) yearWord = [String(relYear), String(relYear)];
  if (dates.month && !dates.month.yearGiven && relYear !== undefined) dates.month = { ...dates.month, year: relYear, yearGiven: true };
  const signs = new Map<number, number>();
  const amounts = amountsIn(raw, signs);
  const ask = (sv: string, en: string): AdminRequest => ({ type: 'error', missing: true, message: t(lang, sv, en), lang });
  const run = (command: string): AdminRequest | undefined => {
    // After the command's own error ("flytta styrelsen 14/4 …": an unknown name), a change in words only
    // where a name of the plan was read.
    if (afterError && !bodies.length && !budgetLines.length) return undefined;
    const r = readme(command, ctx, lang);
    // A new meeting's source is what the secretariat wrote.
    if (r?.type === 'change' && r.change.kind === 'meeting.add') return { ...r, lang, change: { ...r.change, meetings: r.change.meetings.map((m) => ({ ...m, source: raw })) } };
    return r ? { ...r, lang } : r;
  };
  const plan = ctx.plan;
  const thisYear = Number(stockholmDate(ctx.now).slice(0, 4));

  // Budget: a line and an amount ("personalkostnaderna blir 600 000", "personal: 620 000 kr").
  const incomeLine = budgetLines.some((id) => plan.budgets.some((b) => b.income.some((l) => l.id === id)));
  // A line and a new amount and little else ("utredningar 200 000") states the new amount; the amount the
  // plan already has is left to be answered ("personal 580 000" confirms a fact, it changes nothing).
  const bareAmount = amounts.length === 1 && words.length <= 5 && !plan.budgets.some((b) => [...b.income, ...b.costs].some((l) => budgetLines.includes(l.id) && l.amount === amounts[0]));
  if (budgetLines.length && !dates.dates.length && !bodies.length && (signals.budget || /:/.test(raw) || bareAmount)) {
    const year = yearWord ? Number(yearWord[1]) : (plan.budgets.find((b) => b.year === thisYear) ?? [...plan.budgets].sort((a, b) => b.year - a.year)[0])?.year;
    if (!amounts.length) {
      if (!has(C.budgetStrong)) return undefined;
      return ask('Vilket belopp? Skriv till exempel: ändra budget 2011 personal 600 000', 'What amount (how much)? Write e.g.: change budget 2011 personal 600 000');
    }
    if (year === undefined) return undefined;
    const line = budgetLines.find((id) => plan.budgets.find((b) => b.year === year)?.[incomeLine ? 'income' : 'costs'].some((l) => l.id === id)) ?? budgetLines[0]!;
    // "öka utredningar med 20 000", "cut staff by 30 000": the line's amount changed by that much.
    let amount = amounts.at(-1)!;
    const current = plan.budgets.find((b) => b.year === year)?.[incomeLine ? 'income' : 'costs'].find((l) => l.id === line)?.amount;
    if (current !== undefined && has(C.budgetBy) && (has(C.budgetUp) || has(C.budgetDown))) amount = has(C.budgetDown) ? current - amount : current + amount;
    else if (current !== undefined && (has(C.budgetAdd) || has(C.budgetSub))) amount = has(C.budgetSub) ? current - amount : current + amount;
    else if (current !== undefined && signs.has(amount)) amount = current + signs.get(amount)! * amount;
    // "personal är 580 000" when it is: a fact, answered as a question.
    if (amount === current && !has(C.budgetStrong)) return undefined;
    return run(`${t(lang, 'ändra budget', 'change budget')} ${year} ${line} ${amount}`);
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
    if (yearWord && municipalities.length) return run(`${t(lang, 'värd', 'host')} ${bodyRef(ctx, rotBody)} ${yearWord[1]} ${municipalityName(plan, newHost(municipalities, padded, C, undefined, plan))}`);
    if (has(C.hostStrong) && (!yearWord || !municipalities.length)) {
      return ask(
        `${!yearWord ? 'Vilket år' : 'Vilken kommun'}? Skriv till exempel: värd rådslag 2019 Salem`,
        `${!yearWord ? 'Which year' : 'Which municipality'}? Write e.g.: host rådslag 2019 Salem`,
      );
    }
  }

  // The meeting the request is about, and the new dates.
  const body = bodies.find((b) => firstAfter(plan, '0000-01-01', b, () => true)) ?? bodies[0];
  const yearHint = yearWord ? Number(yearWord[1]) : relYear;
  const ref = (signals.restore ? cancelledRef(plan, body, dates) : undefined) ?? findRef(plan, body, dates, municipalities, padded, C, thisYear, stockholmDate(ctx.now));
  const refDays = ref ? new Set(datesOf(ref)) : new Set<string>();
  // Dates after the meeting's own read in the meeting's year ("SK januari 2012 blir 26/1").
  const targetDates = ref
    ? extractDates(dateText, dateWords, dateMatches, lang, stockholm(`${yearHint ?? meetingYear(ref)}-06-15`, '12:00'), { weekWords: [] }).dates.filter((d) => !refDays.has(d))
    : [];
  // "flyttas en vecka", "moved two weeks later": the meeting's day moved by that many days.
  const offsets = (ctx.lexicon.data as { offsets?: { units: Record<string, number>; numbers: Record<string, number> } }).offsets;
  if (ref && !targetDates.length && offsets && ref.date.kind !== 'month') {
    words.forEach((w, i) => {
      const unit = offsets.units[w];
      if (!unit || targetDates.length) return;
      const prev = words[i - 1] ?? '';
      // A count ("en vecka", "2 weeks") or a direction ("veckan senare") makes a shift; "key figures day" is none.
      const n = /^\d{1,2}$/.test(prev) ? Number(prev) : Object.hasOwn(offsets.numbers, prev) ? offsets.numbers[prev] : /^(senare|later|tidigare|earlier|framat|bakat|forward|back)$/.test(words[i + 1] ?? '') ? 1 : undefined;
      if (n === undefined) return;
      const back = has(C.earlier);
      const shift = (back ? -1 : 1) * n * unit;
      for (const d of datesOf(ref)) targetDates.push(new Date(Date.parse(`${d}T12:00:00Z`) + shift * 86_400_000).toISOString().slice(0, 10));
    });
  }
  // "SK 3/11 ska flyttas till veckan efter", "SK 22/9 ska vara dagen innan".
  if (ref && !targetDates.length && ref.date.kind !== 'month') {
    const shift = C.shift.find(([p]) => padded.includes(p));
    if (shift) for (const d of datesOf(ref)) targetDates.push(new Date(Date.parse(`${d}T12:00:00Z`) + shift[1] * 86_400_000).toISOString().slice(0, 10));
  }
  const change = signals.cancel || signals.restore || signals.host || signals.move || signals.add;
  if (!change) return undefined;

  if (signals.cancel || signals.restore) {
    if (!ref) return ask('Vilket möte? Ange organ och datum, till exempel: LG 14/10 blir inte av', 'Which meeting? Give the body and the date, e.g.: LG 14/10 is cancelled');
    return run(`${signals.restore ? t(lang, 'återställ', 'restore') : t(lang, 'ställ in', 'cancel')} ${meetingRef(ctx, ref, lang)}`);
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
      const hosts = listed.length > 1 ? listed : [newHost(municipalities, padded, C, ref, plan)];
      return run(`${t(lang, 'ändra värd', 'change host')} ${meetingRef(ctx, ref, lang)} ${t(lang, 'till', 'to')} ${hosts.map((h) => municipalityName(plan, h)).join(t(lang, ' och ', ' and '))}`);
    }
    if (!ref && !targetDates.length && !(signals.add && dates.dates.length) && has(C.hostStrong)) {
      return ask('Vilket möte, och vilken kommun ska vara värd? Skriv till exempel: SK-mötet 14/4 ska vara i Salem', 'Which meeting, and which municipality is to host it? Write e.g.: the committee meeting on 14/4 is hosted by Salem');
    }
    if (ref && !hostNamed.length && !targetDates.length && !times && !(has(C.moveStrong) && !has(C.hostStrong))) return ask('Vilken kommun ska vara värd? Skriv till exempel: SK-mötet 14/4 ska vara i Salem', 'Which municipality is to host it? Write e.g.: SK 14/4 is now hosted by Salem');
  }
  // "ett extra rådslag den 15 november": a new meeting, not the year's one moved (unless a move is named).
  const addFirst = signals.add && !has(C.moveStrong) && dates.dates.some((d) => body && !meetingsBetween(plan, d, d, body).length);
  if (ref && !addFirst && (targetDates.length || (times.length && signals.move)) && (signals.move || targetDates.length)) {
    const to = [...targetDates.slice(0, 2), times].filter(Boolean).join(' ');
    return run(`${t(lang, 'flytta', 'move')} ${meetingRef(ctx, ref, lang)} ${t(lang, 'till', 'to')} ${to}`);
  }
  if (signals.add && body) {
    const day = dates.dates.filter((d) => !meetingsBetween(plan, d, d, body).length);
    // "nytt LG-möte i december, datum kommer senare": a meeting known only to its month.
    if (!dates.dates.length && dates.month) {
      const month = `${dates.month.year}-${String(dates.month.month).padStart(2, '0')}`;
      const host = municipalities.length ? ` ${t(lang, 'värd', 'host')} ${municipalityName(plan, municipalities[0]!)}` : '';
      return run(`${t(lang, 'lägg till möte', 'add meeting')} ${bodyRef(ctx, body)} ${formatMonth(month, lang)}${times ? ` ${times}` : ''}${host} not: Dagen är inte bestämd`);
    }
    if (!day.length) {
      if (dates.dates.length) return undefined;
      return ask('Vilket datum? Skriv till exempel: boka in ett extra LG-möte 2/12', 'What date? Write e.g.: add an extra LG meeting on 2/12');
    }
    const host = municipalities.length ? ` ${t(lang, 'värd', 'host')} ${municipalityName(plan, municipalities[0]!)}` : '';
    return run(`${t(lang, 'lägg till möte', 'add meeting')} ${bodyRef(ctx, body)} ${day.slice(0, 2).join(' ')}${times ? ` ${times}` : ''}${host}`);
  }
  if (has(C.moveStrong)) {
    if (!ref) return ask('Vilket möte? Ange organ och datum, till exempel: LG 20/5 ska flyttas till 27/5', 'Which meeting? Give the body and the date, e.g.: LG 20/5 is moved to 27/5');
    return ask('Till vilket datum? Skriv till exempel: LG 20/5 ska flyttas till 27/5', 'To what date? Write e.g.: LG 20/5 is moved to 27/5');
  }
  if (signals.add && !body && has([' mote ', ' motet ', ' meeting '])) {
    return ask('Vilket organ och vilket datum? Skriv till exempel: boka in ett extra LG-möte 2/12', 'Which body and what date? Write e.g.: add an extra LG meeting on 2/12');
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

/** "3-4 februari", "26–27 jan" → "3 februari 4 februari": a day range before a month is two dates. */
function dayRanges(text: string, lexicon: Lexicon): string {
  return text.replace(/\b(\d{1,2})\s*[-–]\s*(\d{1,2})\s+(\p{L}+)/gu, (all, a: string, b: string, month: string) =>
    lexicon.match([fold(month)]).some((m) => m.sense.kind === 'month') ? `${a} ${month} ${b} ${month}` : all,
  );
}

function amountsIn(raw: string, signs: Map<number, number> = new Map()): number[] {
  const out: number[] = [];
  for (const m of raw.matchAll(/(?<![\d/.:,])([+\-−]\s?)?(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:\s*(tkr|tusen|k\b))?(\s*(?:kr|kronor|sek|:-))?(?![\d/.:])/gi)) {
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
function timesIn(raw: string): string {
  const range = /\b\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}\b/.exec(raw);
  if (range) return range[0];
  const single = /\bkl\.?\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?\b/i.exec(raw);
  if (single) return single[0];
  // "SK 9/6 börjar 13.00": a clock time written alone (hours and minutes, never a date such as 14.4).
  const clock = /(?<![\d./])([01]?\d|2[0-3])[.:]([0-5]\d)(?![\d./])/.exec(raw);
  return clock ? clock[0] : '';
}

function datesOf(m: Meeting): string[] {
  if (m.date.kind === 'day') return [m.date.date];
  if (m.date.kind === 'days') return [m.date.start, m.date.end];
  return [];
}

function municipalityName(plan: Plan, id: string): string {
  return plan.municipalities.find((m) => m.id === id)?.name ?? id;
}

/** Whether a municipality is named after "istället för" (the old host, not the new one). */
function insteadOf(plan: Plan, id: string, padded: string, C: ChangeWords): boolean {
  const name = fold(municipalityName(plan, id));
  return C.insteadOf.some((p) => padded.includes(`${p}${name} `) || padded.includes(`${p}${name}s `));
}

/** The new host: a named municipality that is not "istället för" one, nor the meeting's host already. */
function newHost(municipalities: string[], padded: string, C: ChangeWords, ref: Meeting | undefined, plan: Plan): string {
  const candidates = municipalities.filter((m) => !insteadOf(plan, m, padded, C) && !ref?.hosts.includes(m));
  return candidates[0] ?? municipalities.find((m) => !ref?.hosts.includes(m)) ?? municipalities[0]!;
}

/** A name of the body that the README parser reads as that body. */
function bodyRef(ctx: ParseContext, id: string): string {
  const b = ctx.plan.bodies.find((x) => x.id === id);
  const forId = ctx.lexicon.match(splitWords(fold(id)));
  if (forId.length === 1 && forId[0]!.sense.kind === 'body' && (forId[0]!.sense as { id: string }).id === id) return id;
  return b?.name ?? id;
}

/** The meeting as the README commands name it: body and first day (ISO), or body and month for month-only ones. */
function meetingRef(ctx: ParseContext, m: Meeting, lang: Lang): string {
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
  // "ställ in nästa LG-möte", "the next SK meeting is moved to …": the body's first meeting from today.
  if (!dates.dates.length && !dates.month && /\b(nasta|next|kommande|upcoming)\b(?! (ar|year|vecka|week|manad|month)\b)/.test(padded)) {
    const yesterday = new Date(Date.parse(`${today}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    return firstAfter(plan, yesterday, body, () => true);
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

/** The README command if it reads as one (not an error); else the request in words; else the command's error. */
export function withNatural<R extends { type: string; lang: Lang }>(text: string, ctx: ParseContext, guessed: Lang, parse: (text: string, ctx: ParseContext, guessed: Lang) => R | undefined): R | undefined {
  const readme = parse as unknown as Readme;
  const out = (r: AdminRequest | undefined) => r as unknown as R | undefined;
  return out(pick(text, ctx, guessed, readme));
}

function pick(text: string, ctx: ParseContext, guessed: Lang, readme: Readme): AdminRequest | undefined {
  const command = readme(text, ctx, guessed);
  if (command && command.type !== 'error') return command;
  const words = readNatural(text, ctx, guessed, readme, Boolean(command));
  if (!command) return words;
  // After a command's error, the request in words is taken if it reads as a change, or if it asks for what
  // is missing where nothing was written to be wrong ("ställ in mötet": no date at all).
  if (words?.type === 'change') return words;
  if (words?.type === 'error' && words.missing && !/\d/.test(text)) return { ...command, missing: true };
  return command;
}
