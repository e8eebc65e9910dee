// Dates in the forms people write (14/4, 14 april, April 14th, 2011-04-14, i september, nästa vecka,
// på torsdag, idag), resolved against the bot's clock in Europe/Stockholm. chrono-node (with its Swedish
// and British-English parsers) reads day-level dates; the lexicon supplies months, weeks, weekdays and
// relative days, and catches the forms chrono misreads ("Sept 22" as September 2022).
// Only the two languages the bot reads: the package root would load all of chrono's sixteen.
import * as chronoEn from 'chrono-node/en';
import * as chronoSv from 'chrono-node/sv';
import { type Lang } from '../text/lang.js';
import { TIME_ZONE, stockholmDate } from '../domain/calendar.js';
import { countWord, type LexiconData, type Match } from './lexicon.js';

export interface DateOptions {
  /** Words that introduce an ISO week number ("vecka 38", "v. 13", "week 41"). */
  weekWords: string[];
  /** "om en vecka", "3 days ago": the lexicon's offsets. */
  offsets?: LexiconData['offsets'];
  /** Words that join two times of their own ("på fredag och nästa vecka"): the lexicon's timeJoins. */
  joins: ReadonlySet<string>;
  /** The year of a day or month written without one (undatedYear: the plan's, once the clock has run past it); else this year. */
  undatedYear?: number;
}

export interface DateEntities {
  /** Specific days, YYYY-MM-DD. */
  dates: string[];
  month?: { year: number; month: number; yearGiven: boolean };
  /** Every month named without a day ("i maj och juni"), the first of them being `month`. */
  months?: Array<{ year: number; month: number; yearGiven: boolean }>;
  /** An inclusive range of days (a week). */
  week?: { offset: number; from: string; to: string; number?: number };
  /** Years counted from now ("om två år", "next year"). */
  relativeYears: number[];
  /** A relative day or weekday was used (idag, imorgon, på fredag). */
  relativeDay: boolean;
  /** Years mentioned on their own (not part of a date or a month). */
  years: number[];
}

const pad = (n: number) => String(n).padStart(2, '0');

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

function isoWeekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wd = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

function validDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const YEAR = /^(19|20)\d\d$/;
const DAY = /^(\d{1,2})(st|nd|rd|th|e|a|:e|:a)?$/;

/**
 * Clock times in a message ("08.30-13.00", "13:00–16", "kl 13-16", "08.30"), blanked out before dates
 * are read: "08.30-13" is a time range, never the dates 8/30 and 13. Used for questions and the secretariat's commands alike.
 */
const TIMES = /(?<![\d./:])\d{1,2}[.:]\d{2}(?:\s*[-–—]\s*\d{1,2}(?:[.:]\d{2})?)?(?![\d/:]|\.\d)|\bkl\.?\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–—]\s*\d{1,2}(?:[.:]\d{2})?)?(?![\d/:]|\.\d)/gi;
export function withoutTimes(text: string): string {
  return text.replace(TIMES, (m) => ' '.repeat(m.length));
}

/**
 * Whether a message may hold a date chrono reads from numbers: 14/4, 2011-04-14, 14.4.2011, and in
 * English "2011 4 14" and the short offsets "in 3d", "+1w", "-2 d". That is: two digits with a slash, dot
 * or dash between them, a year and two numbers, a number after + or -, or "in", a number and a unit of one
 * or two letters (longer words, "in 3 days", are read from the lexicon, not from chrono).
 * Only then is chrono asked: most messages have no number, or a year alone ("rådslaget 2014"), and
 * chrono's parsers were the largest single cost of reading a message. A test checks that chrono finds no
 * date in any message this lets by.
 */
export function mayHoldNumericDate(text: string): boolean {
  return /\d\s*[./\-–]\s*\d|\d{4}[\s,]+\d{1,2}[\s,]+\d{1,2}|[+\-–]\s*\d|\bin\s*\d+\s*[a-z]{1,2}(?![a-z])/i.test(text);
}

/** Each reply language's date reader (a parser, not wording: it stays out of the catalogue). */
const PARSERS: Record<Lang, { parse: typeof chronoSv.parse }> = { sv: chronoSv, en: chronoEn.GB };

/** Days and months chrono reads as certain, written with numbers only, with the text it read them from. */
export function numericDates(text: string, lang: Lang, now: Date, defaultYear: number, always = false): Array<{ iso: string; text: string }> {
  if (!always && !mayHoldNumericDate(text)) return [];
  const parser = PARSERS[lang];
  const out: Array<{ iso: string; text: string }> = [];
  for (const r of parser.parse(text.replace(/\bi morgon\b/gi, 'imorgon'), { instant: now, timezone: TIME_ZONE })) {
    const s = r.start;
    if (!s.isCertain('day') || !s.isCertain('month')) continue;
    if (!/\d/.test(r.text) || /[a-zåäö]{3,}/i.test(r.text)) continue; // worded forms are read from the lexicon
    const day = s.get('day')!;
    const month = s.get('month')!;
    const y = s.isCertain('year') ? s.get('year')! : defaultYear;
    if (!validDay(y, month, day)) continue;
    out.push({ iso: `${y}-${pad(month)}-${pad(day)}`, text: r.text });
    // "22/9 to 3/11", "22/9 - 3/11": the English parser reads two days as one range; its end is a day written too (it
    // was lost: "which SK meetings are there from 22/9 to 3/11" asked of 22 September alone).
    const e = r.end;
    if (e?.isCertain('day') && e.isCertain('month')) {
      const ey = e.isCertain('year') ? e.get('year')! : defaultYear;
      if (validDay(ey, e.get('month')!, e.get('day')!)) out.push({ iso: `${ey}-${pad(e.get('month')!)}-${pad(e.get('day')!)}`, text: r.text });
    }
  }
  return out;
}

/**
 * @param text  the original message (chrono reads it as written)
 * @param words the folded words the lexicon matched against
 */
export function extractDates(text: string, words: string[], matches: readonly Match[], lang: Lang, now: Date, opts: DateOptions): DateEntities {
  const today = stockholmDate(now);
  const thisYear = Number(today.slice(0, 4));
  const used = new Set<number>(); // word indexes consumed by a date
  const out: DateEntities = { dates: [], relativeDay: false, years: [], relativeYears: [] };

  const explicitYear = words.find((w) => YEAR.test(w));
  // "i januari nästa år", "April next year": a year counted from this one is the year of the days and months
  // written with it, as a year written out would be.
  const relativeYear = explicitYear ? undefined : matches.find((m) => m.sense.kind === 'relativeYear');
  const defaultYear = explicitYear ? Number(explicitYear) : relativeYear?.sense.kind === 'relativeYear' ? thisYear + relativeYear.sense.offset : opts.undatedYear ?? thisYear;
  const yearWritten = explicitYear !== undefined || relativeYear !== undefined;

  // 1. Day + month written around a month name: "14 april", "den 1 sep", "April 14th", "Sept 22".
  for (const m of matches) {
    if (m.sense.kind !== 'month') continue;
    const before = words[m.start - 1];
    const after = words[m.end];
    let day: number | undefined;
    let dayIndex: number | undefined;
    // ("the 9th of June": "of" between the day and its month.)
    const beforeOf = before === 'of' && m.start >= 2 && DAY.test(words[m.start - 2]!) ? words[m.start - 2] : undefined;
    if (before && DAY.test(before)) {
      day = Number(DAY.exec(before)![1]);
      dayIndex = m.start - 1;
    } else if (beforeOf) {
      day = Number(DAY.exec(beforeOf)![1]);
      dayIndex = m.start - 2;
    } else if (after && DAY.test(after) && !YEAR.test(after)) {
      day = Number(DAY.exec(after)![1]);
      dayIndex = m.end;
    }
    const yearWord = words[(dayIndex !== undefined && dayIndex > m.start ? dayIndex : m.end - 1) + 1];
    const year = yearWord && YEAR.test(yearWord) ? Number(yearWord) : undefined;
    if (day !== undefined && dayIndex !== undefined && validDay(year ?? defaultYear, m.sense.month, day)) {
      out.dates.push(`${year ?? defaultYear}-${pad(m.sense.month)}-${pad(day)}`);
      used.add(dayIndex);
    } else {
      const month = { year: year ?? defaultYear, month: m.sense.month, yearGiven: year !== undefined || yearWritten };
      if (!out.month) out.month = month;
      // "i september och oktober", "sept o okt": every month named, in the order written.
      if (!out.months?.some((x) => x.year === month.year && x.month === month.month)) (out.months ??= []).push(month);
    }
    for (let i = m.start; i < m.end; i++) used.add(i);
    if (year !== undefined) used.add(words.indexOf(String(year)));
  }

  // 2. Numeric dates through chrono: 14/4, 2011-04-14, 14.4.
  for (const r of numericDates(text, lang, now, defaultYear)) {
    if (!out.dates.includes(r.iso)) out.dates.push(r.iso);
    const folded = r.text.toLowerCase();
    words.forEach((w, i) => {
      if (folded.includes(w) && /\d/.test(w)) used.add(i);
    });
  }

  // 2b. d.m and d/m written with a dot or without chrono's help ("14.4", "den 14/4").
  words.forEach((w, i) => {
    const m = /^(\d{1,2})[./](\d{1,2})(?:[./](\d{2}|\d{4}))?$/.exec(w);
    if (!m || used.has(i)) return;
    // ("1.2 million", "1.5 miljoner", "0.6 m": a decimal before a word of millions is an amount.)
    if (w.includes('.') && !m[3] && /^(milj\w*|mill\w*|mkr|mn|m|mio)$/.test(words[i + 1] ?? '')) return;
    const y = m[3] ? (m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3])) : defaultYear;
    const d = Number(m[1]);
    const mo = Number(m[2]);
    if (!validDay(y, mo, d)) return;
    const iso = `${y}-${pad(mo)}-${pad(d)}`;
    if (!out.dates.includes(iso)) out.dates.push(iso);
    used.add(i);
  });

  // 2c. ISO week numbers: "vecka 38", "v. 13", "week 41".
  words.forEach((w, i) => {
    const n = words[i + 1];
    if (!opts.weekWords.includes(w) || !n || !/^\d{1,2}$/.test(n)) return;
    const week = Number(n);
    if (week < 1 || week > 53) return;
    // ISO week 1 contains 4 January.
    const jan4 = `${defaultYear}-01-04`;
    const monday = addDays(jan4, 1 - isoWeekday(jan4) + 7 * (week - 1));
    out.week = { offset: NaN, from: monday, to: addDays(monday, 6), number: week };
    used.add(i + 1);
  });

  // A weekday written with a date ("fredag 27 maj", "torsdag 12/1") names that date, not the coming one.
  const written = out.dates.length;

  // 2d. Offsets from today: "om en vecka", "in 3 days", "två veckor sedan", "a week from today".
  const o = opts.offsets;
  // Where a span of one unit stands ("den närmaste veckan"): its unit is no week or month of the calendar.
  const spanned = new Set<number>();
  /** Offsets of whole weeks read: the date's place in out.dates and the words (first, last) it was read from. */
  const weekOffsets: Array<{ at: number; from: number; to: number }> = [];
  if (o) {
    words.forEach((w, i) => {
      // "vad händer den närmaste månaden", "de kommande veckan": one unit in the definite form after a word of the
      // coming span is that span from today, as "de närmaste fyra veckorna" is with its count.
      const one = o.withinOne && Object.hasOwn(o.withinOne.units, w) && o.withinOne.before.includes(words[i - 1] ?? '') ? o.withinOne.units[w] : undefined;
      if (one) {
        out.dates.push(today, addDays(today, one));
        out.relativeDay = true;
        spanned.add(i);
        return;
      }
      // The words are the message's: only the lexicon's own keys count ("constructor" is no unit).
      const days = Object.hasOwn(o.units, w) ? o.units[w] : undefined;
      if (!days) return;
      const prev = words[i - 1];
      const n = prev === undefined ? undefined : countWord(prev, o.numbers, 3);
      if (n === undefined) return;
      const before = words[i - 2];
      // "de närmaste två veckorna", "the next three months", "inom en månad", "två veckor från nu", "three weeks ahead":
      // every day from today through the span (not the one day at its end, which "om två veckor" is).
      const next2 = words.slice(i + 1, i + 3).join(' ');
      const spanAfter = (o.withinAfter ?? []).some((a) => words[i + 1] === a || next2 === a);
      if ((before !== undefined && (o.within ?? []).includes(before)) || spanAfter) {
        out.dates.push(today, addDays(today, n * days));
        out.relativeDay = true;
        used.add(i - 1);
        return;
      }
      const after = words.slice(i + 1, i + 3).join(' ');
      const ago = o.ago.some((a) => words[i + 1] === a || after.startsWith(a));
      const ahead = (before !== undefined && o.ahead.includes(before)) || o.ahead.some((a) => after.startsWith(a));
      if (!ago && !ahead) return;
      out.dates.push(addDays(today, (ago ? -1 : 1) * n * days));
      out.relativeDay = true;
      used.add(i - 1);
      // ("torsdag om två veckor", "on Friday in three weeks": a weekday beside an offset of whole weeks names that
      // week's day, below.)
      if (days % 7 === 0) weekOffsets.push({ at: out.dates.length - 1, from: before !== undefined && o.ahead.includes(before) ? i - 2 : i - 1, to: i });
    });
  }

  // 2e. "rådslag -16": a year written with a dash and two digits.
  words.forEach((w, i) => {
    if (/^-\d\d$/.test(w)) {
      out.years.push(2000 + Number(w.slice(1)));
      used.add(i);
    }
  });

  // 3. Relative days and weekdays: idag, imorgon, på fredag (the coming one, today included).
  /** Whether words from..to (inclusive) stand beside the match: at most two words after it or three before it, no join
   * between ("LG på fredag och SK nästa vecka" asks of two times). */
  const beside = (m: Match, from: number, to: number) => from - m.end <= 2 && m.start - to <= 3 && !words.slice(Math.min(m.end, to + 1), Math.max(m.start, from)).some((w) => opts.joins.has(w));
  const weekdayBeside = (from: number, to: number) => matches.some((d) => d.sense.kind === 'weekday' && beside(d, from, to));
  for (const m of matches) {
    if (m.sense.kind === 'relativeDay') {
      out.dates.push(addDays(today, m.sense.offset));
      out.relativeDay = true;
    } else if (m.sense.kind === 'weekday') {
      // "på fredagar", "on Fridays": every such day (a filter the query keeps in its weekdays), not the coming one.
      // ("är nyckeltalsdagen en torsdag?", "is it on a Friday?": a weekday after an indefinite article is a kind of day too.)
      // ("när är LG i september, mejlet sa fredag", "the invitation said Friday, when is the LG meeting in October?": with a
      // month named, the weekday is said of that month's meeting, a claim of its weekday, not the coming one.)
      if (written || out.month || m.end - m.start === 1 && /(dagar|dagarna|days)$/.test(words[m.start]!) || /^(en|a)$/.test(words[m.start - 1] ?? '')) continue;
      // "SK torsdag om två veckor", "torsdag nästa vecka", "next week on Friday": a weekday written beside a week
      // counted from this one (an offset of whole weeks, or a relative week, at most two words between) is that day of
      // that week, one day: not the coming weekday and the offset's day as two ends of a span.
      const offset = weekOffsets.find((x) => beside(m, x.from, x.to));
      const week = offset ? undefined : matches.find((c) => c.sense.kind === 'week' && beside(m, c.start, c.end - 1));
      if (offset || week) {
        const base = offset ? out.dates[offset.at]! : addDays(today, 7 * (week!.sense as { offset: number }).offset);
        const day = addDays(base, m.sense.weekday - isoWeekday(base));
        if (offset) out.dates[offset.at] = day;
        else out.dates.push(day);
        out.relativeDay = true;
        continue;
      }
      const diff = (m.sense.weekday - isoWeekday(today) + 7) % 7;
      // "nästa torsdag" said on a Thursday is the one a week on, not today.
      const next = matches.some((c) => c.sense.kind === 'cue' && c.sense.name === 'next' && c.end === m.start);
      out.dates.push(addDays(today, diff === 0 && next ? 7 : diff));
      out.relativeDay = true;
    } else if ((m.sense.kind === 'relativeMonth' || m.sense.kind === 'week') && [...spanned].some((i) => i >= m.start && i < m.end)) {
      continue;
    } else if (m.sense.kind === 'relativeMonth' && !out.month) {
      const [y, mo] = today.split('-').map(Number) as [number, number];
      const total = y * 12 + (mo - 1) + m.sense.offset;
      out.month = { year: Math.floor(total / 12), month: (total % 12) + 1, yearGiven: true };
    } else if (m.sense.kind === 'relativeYear') {
      out.relativeYears.push(thisYear + m.sense.offset);
    } else if (m.sense.kind === 'week' && !out.week && !weekdayBeside(m.start, m.end - 1)) {
      const monday = addDays(today, 1 - isoWeekday(today) + 7 * m.sense.offset);
      out.week = { offset: m.sense.offset, from: monday, to: addDays(monday, 6) };
    }
  }

  // "första veckan i september", "the last week of November": the month's first (or last) seven days.
  const weekOf = out.month && matches.find((m) => m.sense.kind === 'week' && matches.some((c) => c.sense.kind === 'cue' && (c.sense.name === 'first' || c.sense.name === 'final') && c.end === m.start));
  if (out.month && weekOf) {
    const { year, month } = out.month;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const first = matches.some((c) => c.sense.kind === 'cue' && c.sense.name === 'first' && c.end === weekOf.start);
    out.dates.push(first ? `${year}-${pad(month)}-01` : `${year}-${pad(month)}-${pad(last - 6)}`, first ? `${year}-${pad(month)}-07` : `${year}-${pad(month)}-${pad(last)}`);
    out.month = undefined;
    out.months = undefined;
    out.week = undefined;
  }

  words.forEach((w, i) => {
    if (YEAR.test(w) && !used.has(i)) out.years.push(Number(w));
  });
  out.dates = [...new Set(out.dates)];
  return out;
}
