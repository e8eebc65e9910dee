// Spoken Swedish as typed in chat ("va rådslaget hos oss i Salem?", "SK e inställt", "ska va i Södertälje",
// "slutar dom", "nåt möte"), read as the written forms before anything else reads the message, so every reader
// (the questions, the secretariat's change requests, the two-question split) sees one language. The forms and
// the contexts that decide between their readings are data (lexicon `spokenForms`), not code: "va" is "vad"
// before a verb, "vara" after a modal, a tag at the end, else "var". A form is read only as a word of its own
// (not inside "e-post", "e.g.", "sent"), and only in a Swedish message.
import { fold } from './normalize.js';

/** One reading of a spoken form; the first whose context fits is taken. */
export interface SpokenRule {
  /** As typed (with å, ä, ö: "å" is "och", "a" is not), lower case. */
  spoken: string;
  /** The written form; null keeps the spoken one (a tag "…, va?" stays a tag). */
  written: string | null;
  /** The next word (folded) must be one of these ("va" before "är" is "vad"). */
  before?: string[];
  /** The word before (folded) must be one of these ("ska va" is "ska vara"). */
  after?: string[];
  /** The form must end its sentence (nothing but punctuation until the end or a "?", "." or "!"). */
  last?: boolean;
  /** The form must begin its sentence. */
  first?: boolean;
  /** Not when the form is written in capitals and a digit follows ("E 18", "E4" is a road). */
  notCapitalBeforeDigit?: boolean;
}

export interface SpokenForms {
  rules: SpokenRule[];
}

/** The rules by spoken form, per table (a table is the lexicon's, built once). */
const byForm = new WeakMap<SpokenForms, Map<string, SpokenRule[]>>();
function rulesOf(table: SpokenForms): Map<string, SpokenRule[]> {
  let map = byForm.get(table);
  if (!map) {
    map = new Map();
    for (const r of table.rules) map.set(r.spoken, [...(map.get(r.spoken) ?? []), r]);
    byForm.set(table, map);
  }
  return map;
}

// A word: letters only. Its neighbours decide whether it is a word of its own: not joined by a hyphen, a
// slash, an apostrophe, a colon, an @ or a full stop to more letters or digits ("e-post", "e.g.", "dom@x.se",
// "den 8:e").
const WORD = /\p{L}+/gu;
const JOINED = /[-/'’:@.\d]/u;

/**
 * The text with its spoken forms written out, or the text itself where it has none. One pass over the words
 * (a message is at most a thousand characters); the context is the folded word before and after.
 */
export function writtenForms(text: string, table: SpokenForms | undefined): string {
  if (!table?.rules.length) return text;
  const rules = rulesOf(table);
  const words = [...text.matchAll(WORD)];
  let out = '';
  let at = 0;
  for (const [i, m] of words.entries()) {
    const own = rules.get(m[0].toLowerCase());
    if (!own) continue;
    const start = m.index;
    const end = start + m[0].length;
    const prevChar = text[start - 1] ?? ' ';
    const nextChar = text[end] ?? ' ';
    // ("e.g.": a full stop then a letter joins; "… e." ends a sentence.)
    if ((JOINED.test(prevChar) && !/\s/.test(prevChar)) || (JOINED.test(nextChar) && !(nextChar === '.' && !/\p{L}/u.test(text[end + 1] ?? '')))) continue;
    // The neighbours count only with nothing but spaces between ("SK, va?" has no word after "va").
    const prev = words[i - 1];
    const next = words[i + 1];
    const before = prev && /^\s*$/.test(text.slice(prev.index + prev[0].length, start)) ? fold(prev[0]) : undefined;
    const after = next && /^\s*$/.test(text.slice(end, next.index)) ? fold(next[0]) : undefined;
    const isLast = /^[\s,;:!?.)"'”’]*$/.test(text.slice(end, next ? next.index : text.length)) && (!next || /[?.!]/.test(text.slice(end, next.index)));
    const isFirst = !prev || /[?.!]/.test(text.slice(prev.index + prev[0].length, start));
    const rule = own.find((r) =>
      (!r.before || (after !== undefined && r.before.includes(after))) &&
      (!r.after || (before !== undefined && r.after.includes(before))) &&
      (!r.last || isLast) &&
      (!r.first || isFirst) &&
      !(r.notCapitalBeforeDigit && m[0] !== m[0].toLowerCase() && /^\s*\d/.test(text.slice(end))),
    );
    if (!rule || rule.written === null) continue;
    // The written form keeps a capital first letter ("Va rådslaget …" → "Var rådslaget …").
    const written = m[0][0] !== m[0][0]!.toLowerCase() ? rule.written[0]!.toUpperCase() + rule.written.slice(1) : rule.written;
    out += text.slice(at, start) + written;
    at = end;
  }
  return at === 0 ? text : out + text.slice(at);
}
