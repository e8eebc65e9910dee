// Spans of years: "2011 to 2018", "mellan 2012 och 2014", "2013–2016", "from 2016 onwards", "fram till 2013",
// and, asked in the plural ("vilka kommuner …", "which municipalities …"), "efter 2015" / "before 2014". A span
// becomes the years it covers within the years the plan names (its rotations and calendar years), so a
// question about a span is answered for each of its years. "vem är värd efter 2015" (one host asked) is the
// year after. The words are the lexicon's (yearSpans); the answer says nothing this module does not read.
import type { LexiconData } from './lexicon.js';

export interface YearSpan {
  /** The years the span covers, within the years the plan names. */
  years: number[];
  /** Which words read it ("2011 to 2018", "efter 2015"), for DEBUG_NLU. */
  read: string;
  /** Whether an after/before word was part of it (so it is not also a step from a meeting). */
  usedRelation: boolean;
}

const YEAR = /^(?:19|20)\d\d$/;

/** Whether the words at `at` (or ending just before `end`) are one of the phrases. */
function phraseAt(words: string[], at: number, phrases: string[]): number {
  let best = 0;
  for (const p of phrases) {
    const ps = p.split(' ');
    if (ps.every((w, k) => words[at + k] === w) && ps.length > best) best = ps.length;
  }
  return best;
}
function phraseBefore(words: string[], end: number, phrases: string[]): number {
  let best = 0;
  for (const p of phrases) {
    const ps = p.split(' ');
    const at = end - ps.length;
    if (at >= 0 && ps.every((w, k) => words[at + k] === w) && ps.length > best) best = ps.length;
  }
  return best;
}

/**
 * The span of years a question names, or undefined. `known`: the years the plan names (the span is cut to
 * them; an open span needs them for its other end). At most one span is read: the first.
 */
export function readYearSpan(words: string[], data: LexiconData['yearSpans'], known: readonly number[]): YearSpan | undefined {
  if (!data || !known.length) return undefined;
  const lo = Math.min(...known);
  const hi = Math.max(...known);
  const cover = (from: number, to: number) => known.filter((y) => y >= from && y <= to).sort((a, b) => a - b);
  const make = (from: number, to: number, read: string, usedRelation = false): YearSpan | undefined => {
    if (from > to) return undefined;
    const years = [...new Set(cover(from, to))];
    return years.length ? { years, read, usedRelation } : undefined;
  };
  const plural = words.some((w) => data.plural.includes(w));
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // "2013-2016", "2013–2016" (folded to one word).
    const joined = /^((?:19|20)\d\d)-((?:19|20)\d\d)$/.exec(w);
    if (joined) return make(Number(joined[1]), Number(joined[2]), w);
    // "2012-15": the second year by its last two digits (not "2011-12", which is a month).
    const short = /^((?:19|20)\d)(\d)-(\d\d)$/.exec(w);
    if (short && Number(short[3]) > 12) {
      const from = Number(short[1]! + short[2]!);
      const to = Math.floor(from / 100) * 100 + Number(short[3]);
      if (to > from) return make(from, to, w);
    }
    if (!YEAR.test(w)) continue;
    const y = Number(w);
    // Two years: "2011 to 2018", "2012 through 2015", "mellan 2012 och 2014", "från 2012 till 2015".
    const toLen = phraseAt(words, i + 1, data.to);
    const andLen = phraseBefore(words, i, data.between) ? phraseAt(words, i + 1, ['och', 'and', '-']) : 0;
    const link = toLen || andLen;
    if (link && YEAR.test(words[i + 1 + link] ?? '')) return make(y, Number(words[i + 1 + link]), words.slice(i, i + 2 + link).join(' '));
    // One year with a word that opens the span: "from 2016 onwards", "fr o m 2016", "fram till 2013".
    // (Open spans only where more than one is asked for: "hur många år är det till 2018" counts to a year.)
    const untilLen = plural ? phraseBefore(words, i, data.until) : 0;
    if (untilLen) return make(lo, y, words.slice(i - untilLen, i + 1).join(' '));
    const onLen = phraseAt(words, i + 1, data.onwards);
    const fromLen = phraseBefore(words, i, data.from);
    // ("on" alone only after a from-word: "from 2016 on", never "2011 on Thursday".)
    const on = onLen > 0 && (words[i + 1] !== 'on' || fromLen > 0);
    if (on || (fromLen && plural)) return make(y, hi, words.slice(i - fromLen, i + 1 + onLen).join(' '));
    // "efter 2015", "before 2014": a span when more than one is asked for; else the year after or before.
    const afterLen = phraseBefore(words, i, data.after);
    const beforeLen = phraseBefore(words, i, data.before);
    if (afterLen || beforeLen) {
      const read = words.slice(i - (afterLen || beforeLen), i + 1).join(' ');
      if (plural) return afterLen ? make(y + 1, hi, read, true) : make(lo, y - 1, read, true);
      const one = afterLen ? y + 1 : y - 1;
      return known.includes(one) ? { years: [one], read, usedRelation: true } : undefined;
    }
  }
  return undefined;
}
