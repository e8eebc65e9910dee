// Numbers written as words, read once when a message is read (core/reading.ts), so every reader after it (the
// questions, the secretariat's change requests, the two-question split) sees the digits a dates, amount or year
// reader reads: "den sextonde december" → "den 16 december", "niohundratusen" → "900 000", "rådslaget tjugotretton"
// → "rådslaget 2013", "the twenty-seventh of May" → "the 27th of May", "six hundred thousand" → "600 000".
//
// The words are data (lexicon `numberWords`, per language: units, teens, tens, hundred, scales, ordinals, the word
// that joins "two hundred and ten", and how a day is written beside its month); a Swedish compound ("tvåhundratiotusen") is split into those words. A run of
// words is a number only where its words follow each other as numbers do (a unit after a ten, a hundred after a
// unit, a scale after a smaller one, an ordinal last): "en tre" is two words, not 13. "tjugotretton", "twenty
// eleven" (a 19 or 20 then 10–99, which is no number) are years.
//
// What is written as digits, and what stays a word (a count or an article is read by its own readers, as before):
// - a year, always;
// - a number of more than one word ("sexhundratusen", "två miljoner", "twenty-one") or above ten ("tolv", "tjugo");
// - one small word ("tre", "fem") only before a word of money or percent ("fem procent") or as a day of a month
//   ("den tre maj");
// - an ordinal only as a day of a month: before the month ("den fjortonde april", "the ninth of June") or, in
//   English, after it ("May twenty-seventh"). "första halvåret", "det andra SK-mötet", "the third one" stay words;
// - never a lone "en", "ett", "one", "a": they are articles as often as counts.
import { foldWord } from './normalize.js';

/** One language's number words, folded (lexicon numberWords.sv / .en). */
export interface NumberWordTable {
  /** 1–9 ("en", "ett", "två"; "one", "a"). */
  units: Record<string, number>;
  /** 10–19. */
  teens: Record<string, number>;
  /** 20, 30 … 90. */
  tens: Record<string, number>;
  /** "hundra", "hundred". */
  hundred: string[];
  /** 1000 and up ("tusen", "miljon", "miljoner"; "thousand", "million"). */
  scales: Record<string, number>;
  /** Ordinals by their number: 1–19, the tens ("tjugonde", "twentieth"), read last in a number ("tjugo|sjunde"). */
  ordinals: Record<string, number>;
  /** The word that may join the parts of one number after a hundred or a scale ("two hundred and ten"). */
  and: string[];
  /** A half of the scale after it ("en halv miljon", "half a million", "två och en halv miljon"). */
  half?: string[];
  /** A quarter of the scale after it, counted by the unit before it ("en kvarts miljon", "tre kvarts miljon", "a quarter of a million"). */
  quarter?: string[];
  /** Words between a fraction and its scale ("a quarter of a million"); folded. */
  fractionOf?: string[];
  /** A day's suffix after digits in this language ("27th"), by the last digit, else `th`; none in Swedish. */
  daySuffix?: { '1'?: string; '2'?: string; '3'?: string; other: string; teens?: string };
  /** Words between an ordinal day and its month ("the ninth of June"); folded. */
  dayOfMonth?: string[];
  /** Whether a day may follow its month ("May twenty-seventh"). */
  monthFirst?: boolean;
  /** Month words that are other words too ("may", "march"): a month beside a number only with a capital; folded. */
  monthsAlsoWords?: string[];
}

export interface NumberWords {
  sv: NumberWordTable;
  en: NumberWordTable;
  /** Words after which one small number word is a figure ("fem procent", "tio kronor"); folded. */
  figureBefore: string[];
  /** Words before a number of a day ("den tre maj", "the third of May"); folded. */
  dayArticles: string[];
}

type Kind = 'unit' | 'teen' | 'ten' | 'hundred' | 'scale' | 'ordinal' | 'and' | 'half' | 'of';
interface Morpheme { kind: Kind; value: number }

/** What a run of morphemes reads as, or undefined where they are no number. */
interface Value { value: number; ordinal: boolean; year: boolean; small: boolean }

/** The morphemes of one table, folded word → morpheme, with the longest word's length (built once per table). */
interface Index { words: Map<string, Morpheme>; longest: number; starts: Set<string> }
const indexes = new WeakMap<NumberWordTable, Index>();
function indexOf(t: NumberWordTable): Index {
  let ix = indexes.get(t);
  if (!ix) {
    const words = new Map<string, Morpheme>();
    const add = (w: string, m: Morpheme) => words.set(w, m);
    for (const [w, n] of Object.entries(t.units)) add(w, { kind: 'unit', value: n });
    for (const [w, n] of Object.entries(t.teens)) add(w, { kind: 'teen', value: n });
    for (const [w, n] of Object.entries(t.tens)) add(w, { kind: 'ten', value: n });
    for (const w of t.hundred) add(w, { kind: 'hundred', value: 100 });
    for (const [w, n] of Object.entries(t.scales)) add(w, { kind: 'scale', value: n });
    for (const [w, n] of Object.entries(t.ordinals)) add(w, { kind: 'ordinal', value: n });
    for (const w of t.and) add(w, { kind: 'and', value: 0 });
    // (A half and a quarter are one kind, a fraction of the scale after it: the value is the fraction.)
    for (const w of t.half ?? []) add(w, { kind: 'half', value: 0.5 });
    for (const w of t.quarter ?? []) add(w, { kind: 'half', value: 0.25 });
    for (const w of t.fractionOf ?? []) add(w, { kind: 'of', value: 0 });
    ix = { words, longest: Math.max(0, ...[...words.keys()].map((w) => w.length)), starts: new Set([...words.keys()].map((w) => w.slice(0, 2))) };
    indexes.set(t, ix);
  }
  return ix;
}

/**
 * A cardinal or an ordinal from its morphemes, in the order numbers are said: a group below a thousand (a hundred
 * after a unit or nothing, a ten, a unit after a ten, a teen), a scale after a group, each scale smaller than the
 * one before, "and" only after a hundred or a scale and before more, an ordinal last; a half only before a scale
 * ("en halv miljon", "half a million", "två och en halv miljon": the "en" or "a" beside it is its article). Undefined
 * where they break it. A quarter likewise ("en kvarts miljon", "a quarter of a million"), counted by a unit right
 * before it ("tre kvarts miljon", "three quarters of a million": 750 000).
 */
function cardinal(ms: readonly Morpheme[]): Value | undefined {
  let total = 0;
  let group = 0;
  let prev: Kind | 'start' = 'start';
  let lastScale = Infinity;
  let hundred = false;
  let ordinal = false;
  let half = false;
  // The fraction of the scale to come (a half, a quarter, so many quarters).
  let part = 0;
  const one = (k: number) => ms[k]?.kind === 'unit' && ms[k]!.value === 1;
  const halfAt = (k: number) => ms[k]?.kind === 'half' || (one(k) && ms[k + 1]?.kind === 'half');
  // ("a quarter of a million": "of" and an article may stand between a fraction and its scale.)
  const scaleAt = (k: number) => {
    const j = ms[k]?.kind === 'of' ? k + 1 : k;
    return ms[j]?.kind === 'scale' || (one(j) && ms[j + 1]?.kind === 'scale');
  };
  for (const [k, m] of ms.entries()) {
    if (ordinal) return undefined; // an ordinal ends a number
    // ("half a million": the article after the half; "en halv", "a half": the one before it.)
    if (half && (prev === 'half' || prev === 'of') && one(k)) continue;
    if (one(k) && ms[k + 1]?.kind === 'half' && (prev === 'start' || prev === 'and')) continue;
    if (m.kind === 'of') {
      if (prev !== 'half') return undefined;
      prev = 'of';
      continue;
    }
    if (m.kind === 'half') {
      if (half || !(prev === 'start' || prev === 'and' || prev === 'unit') || !scaleAt(k + 1)) return undefined;
      half = true;
      // ("tre kvarts miljon": the unit right before a quarter counts quarters; before a half it is added, as before.)
      const count = prev === 'unit' && m.value < 0.5 ? ms[k - 1]!.value : 1;
      if (count !== 1) group -= count;
      part = count * m.value;
      prev = 'half';
      continue;
    }
    switch (m.kind) {
      case 'unit':
        if (!(prev === 'start' || prev === 'ten' || prev === 'hundred' || prev === 'scale' || prev === 'and')) return undefined;
        group += m.value;
        break;
      case 'teen':
      case 'ten':
        if (!(prev === 'start' || prev === 'hundred' || prev === 'scale' || prev === 'and')) return undefined;
        group += m.value;
        break;
      case 'hundred':
        // ("tvåhundra", "hundra", "nittonhundra": a hundred after a unit, a teen, a ten or nothing, once a group.)
        if (hundred || group >= 100 || !(prev === 'start' || prev === 'unit' || prev === 'teen' || prev === 'ten' || prev === 'scale')) return undefined;
        group = (group || 1) * 100;
        hundred = true;
        break;
      case 'scale':
        if (m.value >= lastScale || prev === 'and') return undefined;
        total += half ? group * m.value + m.value * part : (group || 1) * m.value;
        half = false;
        group = 0;
        hundred = false;
        lastScale = m.value;
        break;
      case 'and':
        // ("två och en halv miljon": "och" before a half too.)
        if (!(prev === 'hundred' || prev === 'scale' || ((prev === 'unit' || prev === 'teen' || prev === 'ten') && halfAt(k + 1)))) return undefined;
        break;
      case 'ordinal':
        // ("tjugosjunde": a unit's ordinal after a ten; "hundra och första" after a hundred or a scale.)
        if (!(prev === 'start' || (prev === 'ten' && m.value < 10) || prev === 'hundred' || prev === 'scale' || prev === 'and')) return undefined;
        group += m.value;
        ordinal = true;
        break;
    }
    prev = m.kind;
  }
  if (prev === 'and' || prev === 'start' || prev === 'half' || prev === 'of' || half) return undefined;
  // ("tre", "tusen" alone: one small number or a bare scale, "tusen tack", is a word unless a figure is meant.)
  return { value: total + group, ordinal, year: false, small: ms.length === 1 && (total + group <= 10 || m0(ms).kind === 'hundred' || m0(ms).kind === 'scale') };
}

const m0 = (ms: readonly Morpheme[]) => ms[0]!;

/** "tjugotretton", "twenty eleven", "nittonåttio": 19 or 20, then 10–99, which no number is: a year. */
function year(ms: readonly Morpheme[]): Value | undefined {
  const [century, ...rest] = ms;
  if (!century || !((century.kind === 'teen' && century.value === 19) || (century.kind === 'ten' && century.value === 20))) return undefined;
  if (!rest.length || rest.length > 2 || rest.some((m) => m.kind !== 'teen' && m.kind !== 'ten' && m.kind !== 'unit')) return undefined;
  const tail = cardinal(rest);
  if (!tail || tail.value < 10 || cardinal(ms)) return undefined;
  return { value: century.value * 100 + tail.value, ordinal: false, year: true, small: false };
}

function read(ms: readonly Morpheme[]): Value | undefined {
  return cardinal(ms) ?? year(ms);
}

/**
 * A folded word as number morphemes ("tvahundratiotusen" → två|hundra|tio|tusen), or undefined: the split that
 * reads as a number (longest words first), else one that reads as a year, else any split into number words (a
 * word that is only part of a number, "hundred" before "and ten").
 */
function morphemes(word: string, ix: Index): Morpheme[] | undefined {
  const whole = ix.words.get(word);
  if (whole) return [whole];
  if (!ix.starts.has(word.slice(0, 2))) return undefined; // most words: no number word begins so
  let fallback: Morpheme[] | undefined;
  let found: Morpheme[] | undefined;
  let steps = 0;
  const walk = (at: number, acc: Morpheme[]): boolean => {
    if (++steps > 200) return true; // a bound on the work for any word (a word of number words has a few splits)
    if (at === word.length) {
      if (read(acc)) {
        found = [...acc];
        return true;
      }
      fallback ??= [...acc];
      return false;
    }
    for (let len = Math.min(ix.longest, word.length - at); len >= 2; len--) {
      const m = ix.words.get(word.slice(at, at + len));
      if (m && m.kind !== 'and' && walk(at + len, [...acc, m])) return true;
    }
    return false;
  };
  walk(0, []);
  return found ?? fallback;
}

/** A number written as words that the reading writes as digits, for DEBUG_NLU: "sextonde → 16". */
export interface NumberRead { words: string; digits: string }

interface Token { start: number; end: number; text: string; folded: string }

// A word: letters, parts joined by a hyphen ("twenty-seventh"). It is read only where it stands alone: not joined to
// digits or by a colon, a slash, an @ or a full stop to more ("2:a", "e.g.").
const WORD = /\p{L}+(?:-\p{L}+)*/gu;
const JOINED = /[\d/:@]/u;

/** "900 000": thousands grouped as the plan writes amounts, from ten thousand up; years and smaller as they are. */
function digits(n: number): string {
  const s = String(n);
  return n >= 10_000 ? s.replace(/\B(?=(\d{3})+(?!\d))/g, ' ') : s;
}

function suffixed(n: number, t: NumberWordTable): string {
  const s = t.daySuffix;
  if (!s) return String(n);
  if (s.teens && n % 100 >= 11 && n % 100 <= 13) return `${n}${s.teens}`;
  const last = String(n % 10) as '1' | '2' | '3';
  return `${n}${s[last] ?? s.other}`;
}

/**
 * The text with its numbers written as words in digits where they are a date's day, an amount or a year (see the
 * top of this file), and what was read. `months`: the lexicon's month words (folded). One pass over the words; a
 * run of number words is at most eight words long.
 */
export function numbersWritten(text: string, data: NumberWords | undefined, months: ReadonlySet<string>): { text: string; read: NumberRead[] } {
  if (!data || !/\p{L}/u.test(text)) return { text, read: [] };
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    if (JOINED.test(text[start - 1] ?? ' ') || JOINED.test(text[end] ?? ' ') || (text[end] === '.' && /\p{L}/u.test(text[end + 1] ?? ''))) {
      tokens.push({ start, end, text: m[0], folded: '' }); // a word, but no number's
      continue;
    }
    tokens.push({ start, end, text: m[0], folded: foldWord(m[0]) });
  }
  const found: NumberRead[] = [];
  let out = '';
  let at = 0;
  const langs = [['sv', data.sv], ['en', data.en]] as const;
  // Each word's morphemes in each language, found once (a word is looked at from every start before it).
  const seen = new Map<NumberWordTable, Array<Morpheme[] | null>>();
  const own = (j: number, table: NumberWordTable, ix: Index): Morpheme[] | null => {
    let row = seen.get(table);
    if (!row) seen.set(table, (row = []));
    let ms = row[j];
    if (ms === undefined) {
      const folded = tokens[j]!.folded;
      const split = folded ? folded.split('-').map((p) => morphemes(p, ix)) : [];
      row[j] = ms = split.length && split.every((x) => x) ? (split.flat() as Morpheme[]) : null;
    }
    return ms;
  };
  // How the number's language writes a day beside its month (its table's dayOfMonth, monthFirst, monthsAlsoWords).
  const isMonth = (t: Token | undefined, table: NumberWordTable) =>
    t !== undefined && months.has(t.folded) && (!table.monthsAlsoWords?.includes(t.folded) || t.text[0] !== t.text[0]!.toLowerCase());
  for (let i = 0; i < tokens.length; i++) {
    let best: { end: number; value: Value; lang: 'sv' | 'en'; table: NumberWordTable } | undefined;
    for (const [lang, table] of langs) {
      const ix = indexOf(table);
      const ms: Morpheme[] = [];
      let lastAnd = -1;
      for (let j = i; j < tokens.length && j < i + 8; j++) {
        const t = tokens[j]!;
        // Only spaces between the words of one number ("two hundred and ten", "twenty-seventh" is one word).
        if (j > i && !/^[ \t\u00a0]+$/.test(text.slice(tokens[j - 1]!.end, t.start))) break;
        const word = own(j, table, ix);
        if (!word || (word.length > 1 && word.some((m) => m.kind === 'and'))) break;
        if (word[0]!.kind === 'and') {
          if (j === i) break;
          lastAnd = j;
        }
        ms.push(...word);
        const value = read(ms);
        if (value && (!best || j + 1 > best.end || (j + 1 === best.end && lang === 'sv'))) best = { end: j + 1, value, lang, table };
      }
      // ("between two hundred and three hundred": a number after "and" that the next word does not continue is the
      // start of another number; the first ends before "and".)
      if (best && best.lang === lang && lastAnd > i && lastAnd < best.end) {
        const next = tokens[best.end];
        if (next && own(best.end, table, ix)) {
          const cut = tokens.slice(i, lastAnd).flatMap((_, k) => own(i + k, table, ix) ?? []);
          const value = read(cut);
          best = value ? { end: lastAnd, value, lang, table } : undefined;
        }
      }
    }
    if (!best) continue;
    const { value: v, table } = best;
    const first = tokens[i]!;
    const last = tokens[best.end - 1]!;
    const before = tokens[i - 1];
    const next = tokens[best.end];
    const afterOf = next && table.dayOfMonth?.includes(next.folded) ? tokens[best.end + 1] : undefined;
    const monthAfter = isMonth(next, table) || isMonth(afterOf, table);
    const monthBefore = table.monthFirst === true && isMonth(before, table);
    const dayArticle = before !== undefined && data.dayArticles.includes(before.folded);
    const aDay = v.value >= 1 && v.value <= 31 && !v.year;
    let written: string | undefined;
    if (v.year) written = String(v.value);
    else if (v.ordinal) written = aDay && (monthAfter || monthBefore) ? suffixed(v.value, table) : undefined;
    else if (!v.small) written = digits(v.value);
    else if (v.value > 1 && (data.figureBefore.includes(next?.folded ?? '') || (aDay && monthAfter && dayArticle))) written = String(v.value);
    if (written === undefined) {
      i = best.end - 1;
      continue;
    }
    out += text.slice(at, first.start) + written;
    at = last.end;
    found.push({ words: text.slice(first.start, last.end), digits: written });
    i = best.end - 1;
  }
  return at === 0 ? { text, read: found } : { text: out + text.slice(at), read: found };
}

/**
 * "600'", "20’": thousands marked with an apostrophe after the digits, as economists write them ("personal 620'",
 * "ner med 20'"), written out as the plan writes amounts ("620 000"), so every reader of amounts reads them. Not a
 * quote's end after a word ("'LG'") nor digits joined to more ("2011'", "3/11'").
 */
export function thousandsWritten(text: string): { text: string; read: NumberRead[] } {
  if (!/\d\s?['’´]/.test(text)) return { text, read: [] };
  const read: NumberRead[] = [];
  const out = text.replace(/(?<![\d/.:,'’´\p{L}])(\d{1,3})\s?['’´](?![\p{L}\d'’´])/gu, (all, n: string) => {
    const written = Number(n) >= 10 ? `${n} 000` : `${n}000`;
    read.push({ words: all, digits: written });
    return written;
  });
  return { text: out, read };
}

/**
 * The words of a small count, 1–10, in both languages ("tre", "eight", "tio"; "en", "a" too, which the readers of a
 * count leave out where an article is meant as often): the lexicon's offsets.numbers, read by countWord. A count
 * above ten, or of more than one word, is written as digits when the message is read.
 */
export function smallCounts(nw: NumberWords): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of [nw.sv, nw.en]) {
    for (const [w, n] of [...Object.entries(t.units), ...Object.entries(t.teens)]) if (n <= 10) out[w] = n;
  }
  return out;
}

/** What is wrong with the lexicon's numberWords, else undefined. */
export function numberWordsProblem(nw: unknown): string | undefined {
  if (nw === undefined) return undefined;
  const o = nw as Partial<NumberWords>;
  const isNumbers = (x: unknown) => typeof x === 'object' && x !== null && Object.values(x).every((n) => typeof n === 'number' && Number.isInteger(n) && n > 0);
  const isWords = (x: unknown) => Array.isArray(x) && x.every((w) => typeof w === 'string' && w === foldWord(w));
  for (const lang of ['sv', 'en'] as const) {
    const t = o[lang];
    if (!t) return `numberWords.${lang} is missing`;
    for (const k of ['units', 'teens', 'tens', 'scales', 'ordinals'] as const) {
      if (!isNumbers(t[k])) return `numberWords.${lang}.${k} must map folded words to whole numbers`;
      if (Object.keys(t[k]).some((w) => w !== foldWord(w))) return `numberWords.${lang}.${k} must have folded words`;
    }
    if (!isWords(t.hundred) || !isWords(t.and) || (t.half !== undefined && !isWords(t.half)) || (t.quarter !== undefined && !isWords(t.quarter)) || (t.fractionOf !== undefined && !isWords(t.fractionOf))) return `numberWords.${lang}.hundred, .and, .half, .quarter and .fractionOf must be lists of folded words`;
    if ((t.dayOfMonth !== undefined && !isWords(t.dayOfMonth)) || (t.monthsAlsoWords !== undefined && !isWords(t.monthsAlsoWords))) return `numberWords.${lang}.dayOfMonth and .monthsAlsoWords must be lists of folded words`;
    if (t.monthFirst !== undefined && typeof t.monthFirst !== 'boolean') return `numberWords.${lang}.monthFirst must be true or false`;
  }
  if (!isWords(o.figureBefore) || !isWords(o.dayArticles)) return 'numberWords.figureBefore and .dayArticles must be lists of folded words';
  return undefined;
}
