// Chat shorthand read as the words it stands for, before a question is understood: "rådsl. 2014?" is
// "rådslag 2014?", "träffas sk minst 6 ggr/år?" is "… 6 gånger per år?", "v.36" is "vecka 36". Everything
// after reads the written-out text (its cue phrases, its counts, its DEBUG_NLU line), so no reader needs
// to know the abbreviations. Three kinds, none a list of questions:
// - a word cut short (with or without its full stop): the lexicon's own word it is an unambiguous start of
//   (Lexicon.clipped: never a word that means something by itself, a name, or a common word);
// - contractions that are no start of their word ("ggr", "dgr", "fr o m"): data/lexicon.json's shorthand;
// - a slash between a word and a unit ("ggr/år", "times/year") is "per"; "v" or "wk" before a number is a week.
// One pass over the words: the work grows with the text. Change requests read the text as sent (its free text,
// a meeting's note, stays as written).
import type { Lang } from '../text/lang.js';
import type { Lexicon, ShorthandWords } from './lexicon.js';
import { fold, foldWord } from './normalize.js';

interface Compiled {
  /** Contractions by their first folded word: the folded words and what they stand for. */
  phrases: Map<string, Array<{ words: string[]; say: ShorthandWords['words'][string] }>>;
  week: Map<string, string>;
  units: Set<string>;
}

const compiled = new WeakMap<object, Compiled>();

function compile(lexicon: Lexicon): Compiled {
  let c = compiled.get(lexicon.data);
  if (c) return c;
  const data = lexicon.data.shorthand;
  const phrases: Compiled['phrases'] = new Map();
  for (const [key, say] of Object.entries(data?.words ?? {})) {
    const words = fold(key).split(' ');
    const list = phrases.get(words[0]!) ?? [];
    list.push({ words, say });
    list.sort((a, b) => b.words.length - a.words.length); // the longest first: "t o m" before a "t"
    phrases.set(words[0]!, list);
  }
  const units = new Set<string>((data?.perSlash ?? []).map(fold));
  for (const [id, u] of Object.entries(lexicon.data.perUnits ?? {})) if (typeof u !== 'string' && !id.startsWith('$')) for (const w of u.words) units.add(fold(w));
  c = { phrases, week: new Map(Object.entries(data?.week ?? {}).map(([k, v]) => [fold(k), v])), units };
  compiled.set(lexicon.data, c);
  return c;
}

/** A word of the text as written, where it stands, and its folded form. */
interface Token {
  start: number;
  end: number;
  folded: string;
}

const WORD = /[\p{L}\d]+/gu;

/**
 * The text with its chat shorthand written out; the text itself where it has none. `lang`: the message's
 * language, for a contraction whose word differs by language ("mtg").
 */
export function expandShorthand(text: string, lexicon: Lexicon, lang: Lang): string {
  const c = compile(lexicon);
  const tokens: Token[] = [];
  // (Word by word, not through fold's memory of whole messages, which the message's own readers use.)
  for (const m of text.matchAll(WORD)) tokens.push({ start: m.index, end: m.index + m[0].length, folded: foldWord(m[0]) });
  const edits: Array<{ start: number; end: number; say: string }> = [];
  // Only spaces and dots between the words of a contraction ("fr.o.m.", "t o m").
  const joined = (a: Token, b: Token) => /^[\s.]+$/.test(text.slice(a.end, b.start));
  const dotAfter = (t: Token) => (text[t.end] === '.' && !/\d/.test(text[t.end + 1] ?? '') ? t.end + 1 : t.end);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = t.folded;
    // "v.36", "v 36", "v36", "wk 38": a week by its number.
    // (Not a version or a date: "v24.22", "v 13/4".)
    const numberEnds = (end: number) => !/^[./:,-]\d/.test(text.slice(end, end + 2));
    const week = /^([a-z]+)(\d{1,2})$/.exec(w);
    if (week && c.week.has(week[1]!) && Number(week[2]) >= 1 && Number(week[2]) <= 53 && numberEnds(t.end)) {
      edits.push({ start: t.start, end: t.end, say: `${c.week.get(week[1]!)} ${week[2]}` });
      continue;
    }
    const next = tokens[i + 1];
    if (c.week.has(w) && next && /^\d{1,2}$/.test(next.folded) && /^[\s.]{0,2}$/.test(text.slice(t.end, next.start)) && Number(next.folded) >= 1 && Number(next.folded) <= 53 && numberEnds(next.end)) {
      edits.push({ start: t.start, end: next.start, say: `${c.week.get(w)} ` });
      continue;
    }
    const phrase = c.phrases.get(w)?.find((p) => p.words.every((pw, k) => k === 0 || (tokens[i + k] && tokens[i + k]!.folded === pw && joined(tokens[i + k - 1]!, tokens[i + k]!))));
    let last = t;
    if (phrase) {
      last = tokens[i + phrase.words.length - 1]!;
      edits.push({ start: t.start, end: dotAfter(last), say: typeof phrase.say === 'string' ? phrase.say : phrase.say[lang] });
      i += phrase.words.length - 1;
    } else {
      // ("ledn.gruppen", "plan.konf": a name cut at a dot inside one word is the lexicon's to read.)
      const inside = /\p{L}/u.test(text[t.start - 2] ?? '') && text[t.start - 1] === '.' || (text[t.end] === '.' && /\p{L}/u.test(text[t.end + 1] ?? ''));
      const full = inside ? undefined : lexicon.clipped(w);
      // "är tyre. värd för sk 8/12?", "har bot. nyckeltalsdagen?", "efter nynäs.?": a municipality's name cut short
      // with a full stop, where the message goes on after it (in a small letter or a sign, not a new sentence: "det
      // sa han."), is that municipality, wherever the cut falls and even where the part is a word of its own.
      // "s-tälje": a hyphen between the name's first letters and its end.
      const rest = text.slice(t.end + 1).trimStart();
      const hyphened = text[t.end] === '-' && next && next.start === t.end + 1 && /^\p{L}+$/u.test(text.slice(next.start, next.end)) ? lexicon.cutName(w, next.folded) : undefined;
      const cutName = full || inside || text[t.end] !== '.' || !rest || /^\p{Lu}/u.test(rest) ? undefined : lexicon.cutName(w);
      if (full) edits.push({ start: t.start, end: dotAfter(t), say: full });
      else if (cutName) edits.push({ start: t.start, end: t.end + 1, say: cutName });
      else if (hyphened) {
        edits.push({ start: t.start, end: next!.end, say: hyphened });
        last = next!;
        i++;
      }
    }
    // "ggr/år", "times/year": a slash between a word and a unit is per ("dag/månad", two units, is either).
    const after = tokens[i + 1];
    const unit = (x: string) => c.units.has(lexicon.clipped(x) ?? x);
    if (after && text.slice(last.end, after.start) === '/' && /^[a-z]/.test(last.folded) && /^[a-z]/.test(after.folded) && unit(after.folded) && !unit(last.folded)) {
      edits.push({ start: last.end, end: after.start, say: ' per ' });
    }
  }
  if (!edits.length) return text;
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.say;
    at = e.end;
  }
  return out + text.slice(at);
}
