// A noun left out after the first of two owners, written out before a question is understood: "skillnaden mellan
// samarbetskommitténs och ledningsgruppens planeringskonferens" is "samarbetskommitténs planeringskonferens och
// ledningsgruppens planeringskonferens", "the committee's and the management group's planning conference" the same.
// Without it the first owner is read alone (the committee itself, set against LG's conference). Only where both
// owners are the plan's bodies or municipalities (each word, its genitive s left out, one of the lexicon's names) and
// what follows the second is a word the lexicon reads, no municipality: a pass over the words, nothing per pair.
import type { Plan } from '../store/schema.js';
import type { Lexicon, Match } from './lexicon.js';
import { fold, foldWord } from './normalize.js';

/** A genitive as written: "SK:s", "LG's", "samarbetskommitténs" (the s, with a colon or an apostrophe before it). */
const GENITIVE = /^(.+?)(?::s|['’]s|s)$/u;

/** The text with the noun after the second owner written after the first too; the text itself otherwise. */
export function withElidedNoun(text: string, lexicon: Lexicon): string {
  const tokens = [...text.matchAll(/\S+/gu)].map((m) => ({ raw: m[0], at: m.index! }));
  if (tokens.length < 4 || tokens.length > 60) return text;
  // The words that join the two owners (and end the noun), and the articles before the second: the lexicon's.
  const { joins, articles } = lexicon.data.elidedNoun ?? { joins: [], articles: [] };
  /** Whether tokens from..to (inclusive) are one of the plan's bodies or municipalities in the genitive. */
  const owner = (from: number, to: number): boolean => {
    const g = GENITIVE.exec(tokens[to]!.raw);
    if (!g) return false;
    const words = [...tokens.slice(from, to).map((t) => foldWord(t.raw)), foldWord(g[1]!)];
    if (words.some((w) => !w)) return false;
    return lexicon.match(words).some((x) => x.start === 0 && x.end === words.length && (x.sense.kind === 'body' || x.sense.kind === 'municipality'));
  };
  for (let i = 0; i + 3 < tokens.length; i++) {
    if (!joins.includes(foldWord(tokens[i + 1]!.raw)) || !owner(i, i)) continue;
    // The second owner: one word ("LG:s", "ledningsgruppens") or up to three ("the management group's").
    let j = i + 2;
    if (articles.includes(foldWord(tokens[j]!.raw))) j++;
    let k = -1;
    for (let end = j; end < Math.min(tokens.length, j + 3); end++) {
      if (owner(j, end)) {
        k = end;
        break;
      }
    }
    if (k < 0) continue;
    // The noun: the words after the second owner up to a punctuation mark or a join, at most three.
    const noun: string[] = [];
    for (let n = k + 1; n < tokens.length && noun.length < 3; n++) {
      const raw = tokens[n]!.raw;
      const bare = raw.replace(/[?!.,;:]+$/u, '');
      const w = foldWord(bare);
      if (!w || joins.includes(w)) break;
      noun.push(bare);
      if (bare !== raw) break;
    }
    if (!noun.length) continue;
    const read = lexicon.match(noun.map(foldWord));
    // (A name the lexicon reads, "planeringskonferens" among the bodies' meetings, but no municipality: "Salems och Tyresös".)
    if (!read.length || read.some((x) => x.sense.kind === 'municipality')) continue;
    const at = tokens[i]!.at + tokens[i]!.raw.length;
    return `${text.slice(0, at)} ${noun.join(' ')}${text.slice(at)}`;
  }
  return text;
}

/**
 * "how many days between the two planning conferences?", "when do both hold their planning conferences?", "när har
 * båda sina planeringskonferenser?": a body's name in the plural, with a word for both (the lexicon's
 * elidedNoun.both), where the plan also titles another body's meetings by that name (LG's "Planeringskonferens"),
 * means both: the body and the other body's titled meeting, written out as two owners would write them
 * ("Samarbetskommitténs planeringskonferens and Ledningsgruppens Planeringskonferens"), so the reading of two named
 * meetings serves it. The text itself otherwise. `lang` gives the word that joins them; `known`, the lexicon's matches
 * of the message's words where the caller has them (the message is matched once), to see that no other body is named.
 */
export function withBothTitled(text: string, lexicon: Lexicon, plan: Plan, lang: 'sv' | 'en', known?: () => readonly Match[]): string {
  const { both = [], plurals = [] } = lexicon.data.elidedNoun ?? {};
  const tokens = [...text.matchAll(/\S+/gu)].map((m) => ({ raw: m[0], at: m.index! }));
  if (tokens.length < 3 || tokens.length > 60) return text;
  const words = tokens.map((t) => foldWord(t.raw.replace(/[?!.,;:]+$/u, '')));
  if (!words.some((w) => both.includes(w))) return text;
  // The body named in the plural: a name ending at a word with a plural ending (up to three words, read alone).
  let m: Match | undefined;
  for (let i = 0; i < words.length && !m; i++) {
    if (!plurals.some((p) => words[i]!.endsWith(p))) continue;
    const from = Math.max(0, i - 2);
    const found = lexicon.match(words.slice(from, i + 1)).filter((x) => x.sense.kind === 'body' && x.end === i + 1 - from).sort((a, b) => a.start - b.start)[0];
    if (found) m = { ...found, start: found.start + from, end: found.end + from };
  }
  if (!m) return text;
  const id = (m.sense as { id: string }).id;
  const body = plan.bodies.find((b) => b.id === id);
  if (!body) return text;
  // Written in the plural: a last word that no name of the body ends with, with a plural ending.
  const last = words[m.end - 1]!;
  const singular = new Set([body.name, ...body.aliases].map((n) => fold(n).replace(/\*$/, '').split(/\s+/).at(-1)!));
  if (singular.has(last) || !plurals.some((p) => last.endsWith(p))) return text;
  // One body named only: two named are already two owners.
  if ((known?.() ?? lexicon.match(words)).some((x) => x.sense.kind === 'body' && (x.sense as { id: string }).id !== id)) return text;
  const names = [body.name, ...body.aliases].map(fold);
  const other = plan.meetings.find((x) => x.body !== body.id && x.title && names.some((n) => n.startsWith(fold(x.title!))));
  const owner = other && plan.bodies.find((b) => b.id === other.body);
  if (!other || !owner) return text;
  const from = tokens[m.start]!;
  const to = tokens[m.end - 1]!;
  const tail = to.raw.match(/[?!.,;:]+$/u)?.[0] ?? '';
  const joinWords = lexicon.data.elidedNoun?.joinWords ?? {};
  const join = Object.hasOwn(joinWords, lang) ? joinWords[lang] : joinWords.sv ?? 'och';
  const both2 = `${body.name} ${join} ${owner.name}s ${other.title!.toLowerCase()}`;
  return `${text.slice(0, from.at)}${both2}${tail}${text.slice(to.at + to.raw.length)}`;
}

/**
 * "och LG-mötet mellan dem?", "and the LG meeting in between?": after a reply that named two or more meetings, the
 * words for "between them" (lexicon betweenThem) are written out as between the first and the last of those days
 * ("mellan 2011-11-03 och 2011-12-08"), which the reading of two dates reads. `days`: the named meetings' first days,
 * in order. The text itself where it has no such words or fewer than two days are given. One pass over the words.
 */
export function withBetweenNamed(text: string, lexicon: Lexicon, days: readonly string[], join: string): string {
  const table = lexicon.data.betweenThem;
  if (!table || days.length < 2 || days[0] === days.at(-1)) return text;
  const tokens = [...text.matchAll(/\S+/gu)].map((m) => ({ raw: m[0], at: m.index!, word: foldWord(m[0]) }));
  if (tokens.length > 60) return text;
  // Longest phrase first: "mellan de två" before "mellan de".
  for (let i = 0; i < tokens.length; i++) {
    for (let n = Math.min(4, tokens.length - i); n >= 1; n--) {
      const phrase = tokens.slice(i, i + n).map((t) => t.word).join(' ');
      if (!Object.hasOwn(table, phrase)) continue;
      const last = tokens[i + n - 1]!;
      const trail = /[?!.,;]+$/u.exec(last.raw)?.[0] ?? '';
      const written = `${table[phrase]} ${days[0]} ${join} ${days.at(-1)}${trail}`;
      return text.slice(0, tokens[i]!.at) + written + text.slice(last.at + last.raw.length);
    }
  }
  return text;
}
