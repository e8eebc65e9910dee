// A noun left out after the first of two owners, written out before a question is understood: "skillnaden mellan
// samarbetskommitténs och ledningsgruppens planeringskonferens" is "samarbetskommitténs planeringskonferens och
// ledningsgruppens planeringskonferens", "the committee's and the management group's planning conference" the same.
// Without it the first owner is read alone (the committee itself, set against LG's conference). Only where both
// owners are the plan's bodies or municipalities (each word, its genitive s left out, one of the lexicon's names) and
// what follows the second is a word the lexicon reads, no municipality: a pass over the words, nothing per pair.
import type { Plan } from '../store/schema.js';
import type { Lexicon, Match } from './lexicon.js';
import { fold, foldWord } from './normalize.js';
import { splitWords } from './understand.js';

/** A genitive as written: "SK:s", "LG's", "samarbetskommitténs" (the s, with a colon or an apostrophe before it). */
const GENITIVE = /^(.+?)(?::s|['’]s|s)$/u;

/** The text with the noun after the second owner written after the first too; the text itself otherwise. */
export function withElidedNoun(text: string, lexicon: Lexicon): string {
  const tokens = tokensOf(text);
  if (tokens.length < 4 || tokens.length > 60) return text;
  // The words that join the two owners (and end the noun), and the articles before the second: the lexicon's.
  const { joins, articles } = lexicon.data.elidedNoun ?? { joins: [], articles: [] };
  /** Whether tokens from..to (inclusive) are one of the plan's bodies or municipalities in the genitive. */
  const owner = (from: number, to: number, last = tokens[to]!.raw): boolean => {
    const g = GENITIVE.exec(last);
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
    const k = nameEdge(j, 1, tokens.length - 1, (end) => owner(j, end));
    if (k < 0) continue;
    const noun = nounAfter(tokens, k + 1, joins);
    if (!noun.length) continue;
    const read = lexicon.match(noun.map(foldWord));
    // (A name the lexicon reads, "planeringskonferens" among the bodies' meetings, but no municipality: "Salems och Tyresös".)
    if (!read.length || read.some((x) => x.sense.kind === 'municipality')) continue;
    const at = tokens[i]!.at + tokens[i]!.raw.length;
    return `${text.slice(0, at)} ${noun.join(' ')}${text.slice(at)}`;
  }
  return withTrailingOwner(text, tokens, lexicon, owner, joins, articles);
}

/**
 * "between the committee's planning conference and the management group's?": the noun left out after the second owner,
 * which ends the sentence, is the first owner's noun (one to three words the lexicon reads, no municipality).
 */
function withTrailingOwner(text: string, tokens: Array<{ raw: string; at: number }>, lexicon: Lexicon, owner: (from: number, to: number, last?: string) => boolean, joins: string[], articles: string[]): string {
  const asking = new Set(lexicon.data.elidedNoun?.asking ?? []);
  const bodyName = (words: string[]) => lexicon.match(words).some((x) => x.start === 0 && x.end === words.length && x.sense.kind === 'body');
  /** Whether tokens from..to are a body's name written without a genitive, right before a noun (to `end`) that is a body's name too. */
  const plainOwner = (from: number, to: number, end: number): boolean => {
    const words = tokens.slice(from, end).map((t) => foldWord(t.raw.replace(/[?!.,;:]+$/u, '')));
    if (words.some((w) => !w) || tokens.slice(from, to + 1).some((t) => /[?!.,;:'’]/u.test(t.raw))) return false;
    return bodyName(words.slice(0, to + 1 - from)) && bodyName(words.slice(to + 1 - from));
  };
  for (let k = tokens.length - 1; k >= 3; k--) {
    // The second owner ends the sentence or its clause (a punctuation mark or the end after it).
    if (k + 1 < tokens.length && !/[?!.;:,]$/u.test(tokens[k]!.raw)) continue;
    const bare = tokens[k]!.raw.replace(/[?!.,;:]+$/u, '');
    const from = nameEdge(k, -1, 0, (start) => owner(start, k, bare));
    if (from < 2) continue;
    let j = from - 1;
    if (articles.includes(foldWord(tokens[j]!.raw))) j--;
    // ("…, and when is the management group's?": the second owner's own question words, at most three, after the join.)
    for (let n = 0; n < 3 && j > 1 && !joins.includes(foldWord(tokens[j]!.raw)) && asking.has(foldWord(tokens[j]!.raw)); n++) j--;
    if (j < 1 || !joins.includes(foldWord(tokens[j]!.raw))) continue;
    // ("Committee planning conference – when? And the management group's?": the first clause's own question words, a
    // dash and at most three words, stand between its noun and the join.)
    let e = j;
    for (let n = 0; n < 4 && e > 1 && (/^[–—-]$/u.test(tokens[e - 1]!.raw) || asking.has(foldWord(tokens[e - 1]!.raw.replace(/[?!.,;:]+$/u, '')))); n++) e--;
    if (e < j && !/^[–—-]$/u.test(tokens[e]!.raw)) e = j;
    // The first owner's noun: up to three words right before the join (the last may end its clause), after a genitive,
    // or after a body's name written plainly before a noun that names a body too ("committee planning conference").
    for (let len = 1; len <= 3 && e - len - 1 >= 0; len++) {
      const noun = tokens.slice(e - len, e).map((t, n, all) => (n === all.length - 1 ? t.raw.replace(/,$/u, '') : t.raw));
      if (noun.some((w) => /[?!.,;:]$/u.test(w))) break;
      const g = e - len - 1;
      if (nameEdge(g, -1, 0, (s) => owner(s, g) || plainOwner(s, g, e)) < 0) continue;
      const read = lexicon.match(noun.map(foldWord));
      if (!read.length || read.some((x) => x.sense.kind === 'municipality')) return text;
      const at = tokens[k]!.at + bare.length;
      return `${text.slice(0, at)} ${noun.join(' ')}${text.slice(at)}`;
    }
    return text;
  }
  return text;
}

/**
 * "när har samarbetskommittén sin planeringskonferens, och när har ledningsgruppen sin?", "when does SK hold its planning
 * conference, and when does LG have theirs?": a possessive standing alone at the end (lexicon elidedNoun.standalone, each
 * with the word it stands for before a noun), after a body named within three words, is the noun an earlier possessive
 * gave its owner ("its planning conference"): written out ("their planning conference"), so the second question asks its
 * body's own. Only where that noun is one the lexicon reads as a body or a meeting's name, no municipality.
 */
export function withTrailingPossessive(text: string, lexicon: Lexicon): string {
  const standalone = lexicon.data.elidedNoun?.standalone ?? {};
  const tokens = tokensOf(text);
  if (tokens.length < 6 || tokens.length > 60) return text;
  const last = tokens.at(-1)!;
  const bare = last.raw.replace(/[?!.]+$/u, '');
  const key = foldWord(bare);
  if (!Object.hasOwn(standalone, key)) return text;
  const words = tokens.map((t) => foldWord(t.raw.replace(/[?!.,;:]+$/u, '')));
  const matches = lexicon.match(words);
  const n = tokens.length - 1;
  const determiners = new Set(Object.values(standalone).map(fold));
  for (let p = 0; p < n - 3; p++) {
    if (!determiners.has(words[p]!) || /[?!.,;:]$/u.test(tokens[p]!.raw)) continue;
    const noun: string[] = [];
    for (let k = p + 1; k < n && noun.length < 3; k++) {
      const raw = tokens[k]!.raw;
      const w = raw.replace(/[?!.,;:]+$/u, '');
      noun.push(w);
      if (w !== raw) break;
    }
    const read = lexicon.match(noun.map(foldWord));
    if (!read.some((x) => x.sense.kind === 'body') || read.some((x) => x.sense.kind === 'municipality')) continue;
    // (The second body, after the noun and within three words of the possessive.)
    if (!matches.some((m) => m.sense.kind === 'body' && m.start > p + noun.length && m.end <= n && m.end >= n - 3)) return text;
    return `${text.slice(0, last.at)}${standalone[key]} ${noun.join(' ')}${last.raw.slice(bare.length)}${text.slice(last.at + last.raw.length)}`;
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
  const tokens = tokensOf(text);
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
 * "när har SK och LG sina planeringskonferenser?", "when do the committee and the management group hold their
 * planning conferences?": two of the plan's bodies named plainly, joined, and a noun after a possessive that refers
 * back to both (the lexicon's elidedNoun.possessives), is each body's own: written out as two owners would write them
 * ("SK:s planeringskonferenser och LG:s planeringskonferenser"), so the reading of two owners' meetings serves it
 * (without it the first body is read alone, beside the other's conference). The words between the second body and the
 * possessive (a verb, "hold") go; the text itself where the shape is not there. One pass over the words.
 */
export function withPossessedNoun(text: string, lexicon: Lexicon, lang: 'sv' | 'en'): string {
  const { joins = [], articles = [], possessives = [], genitives = {} } = lexicon.data.elidedNoun ?? {};
  if (!possessives.length) return text;
  const tokens = tokensOf(text);
  if (tokens.length < 4 || tokens.length > 60) return text;
  const words = tokens.map((t) => foldWord(t.raw.replace(/[?!.,;:]+$/u, '')));
  const p = words.findIndex((w) => possessives.includes(w));
  if (p < 3) return text;
  /** The end (exclusive) of a body's name of one to three words from `from`, written plainly (no punctuation). */
  const bodyAt = (from: number, limit: number): number =>
    nameEdge(Math.min(limit, from + 3), -1, from + 1, (end) => !tokens.slice(from, end).some((t) => /[?!.,;:'’]/u.test(t.raw)) && lexicon.match(words.slice(from, end)).some((x) => x.start === 0 && x.end === end - from && x.sense.kind === 'body'));
  for (let i = Math.max(0, p - 10); i < p - 2; i++) {
    const a = bodyAt(i, p);
    if (a < 0 || !joins.includes(words[a]!)) continue;
    const j = articles.includes(words[a + 1]!) ? a + 2 : a + 1;
    const b = bodyAt(j, p);
    // (At most two words, a verb, between the second body and the possessive.)
    if (b < 0 || p - b > 2) continue;
    const noun = nounAfter(tokens, p + 1, joins);
    if (!noun.length) return text;
    const n = p + 1 + noun.length;
    // The noun must be one the lexicon reads as a body or a meeting's name, no municipality ("their hosts" is not).
    const read = lexicon.match(noun.map(foldWord));
    if (!read.some((x) => x.sense.kind === 'body') || read.some((x) => x.sense.kind === 'municipality')) return text;
    // The genitive's ending in the reply's language (lexicon elidedNoun.genitives): after an abbreviation ("SK:s"), after
    // an s ("Tyresös" stays), else ("samarbetskommitténs", "the committee's").
    const endings = Object.hasOwn(genitives, lang) ? genitives[lang] : undefined;
    if (!endings) return text;
    const genitive = (from: number, to: number) => {
      const last = tokens[to - 1]!.raw;
      const g = `${last}${/^[\p{Lu}\d]+$/u.test(last) ? endings.abbreviation : /s$/iu.test(last) ? endings.afterS : endings.plain}`;
      return [...tokens.slice(from, to - 1).map((t) => t.raw), g].join(' ');
    };
    const joinWords = lexicon.data.elidedNoun?.joinWords ?? {};
    const join = Object.hasOwn(joinWords, lang) ? joinWords[lang] : tokens[a]!.raw;
    const nounText = noun.join(' ');
    const tail = tokens[n - 1]!.raw.match(/[?!.,;:]+$/u)?.[0] ?? '';
    const end = tokens[n - 1]!.at + tokens[n - 1]!.raw.length;
    return `${text.slice(0, tokens[i]!.at)}${genitive(i, a)} ${nounText} ${join} ${articles.includes(words[a + 1]!) ? `${tokens[a + 1]!.raw} ` : ''}${genitive(j, b)} ${nounText}${tail}${text.slice(end)}`;
  }
  return text;
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
  const tokens = tokensOf(text).map((t) => ({ ...t, word: foldWord(t.raw) }));
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

/**
 * Where a name of one to three words ends or starts, looked for from one of its edges: `test` is asked of `from`, then
 * of the next index a `step` away, at most three times and not past `bound`; the first index it holds for, else -1.
 * The one loop of the rewriters above that look for an owner or a body by its length (shortest or longest first, by
 * where they start).
 */
function nameEdge(from: number, step: 1 | -1, bound: number, test: (at: number) => boolean): number {
  for (let at = from, n = 0; n < 3 && (step > 0 ? at <= bound : at >= bound); at += step, n++) if (test(at)) return at;
  return -1;
}

/**
 * The noun written from token `from` on, as written without a closing punctuation mark: up to a join (the lexicon's
 * elidedNoun.joins) or a punctuation mark (the word before it included), at most three words. It ends at token
 * `from + noun.length`.
 */
function nounAfter(tokens: ReadonlyArray<{ raw: string }>, from: number, joins: readonly string[]): string[] {
  const noun: string[] = [];
  for (let n = from; n < tokens.length && noun.length < 3; n++) {
    const raw = tokens[n]!.raw;
    const bare = raw.replace(/[?!.,;:]+$/u, '');
    const w = foldWord(bare);
    if (!w || joins.includes(w)) break;
    noun.push(bare);
    if (bare !== raw) break;
  }
  return noun;
}

/**
 * "ligger LG-mötena på torsdagar typ som SK?", "does the management group meet on Thursdays like the committee does?": a
 * weekday claimed of one body, then compared with another body's (lexicon likeOther), at the end of the message. The
 * comparison names no second subject: without it the claim is checked of the first body ("Nej – … fredagar"), where
 * with it the two bodies were read as two subjects and their next meetings listed. The text itself where the shape is
 * not there (the comparison must end the message, a body must be named before the weekday, and the other body differ).
 */
export function withoutLikeOther(text: string, lexicon: Lexicon, matchesOf?: (words: readonly string[]) => readonly Match[]): string {
  const like = lexicon.data.likeOther;
  if (!like) return text;
  const read = (t: string) => splitWords(fold(t));
  const words = read(text);
  if (words.length < 4 || words.length > 60) return text;
  // (Only a message with a word that opens a comparison is matched; `matchesOf`, the caller's matcher of these words:
  // the turn's gives the message's own matches where the words are the message's, so the message is matched once.)
  const opens = new Set(like.words.map((w) => w.split(' ')[0]!));
  if (!words.some((w) => opens.has(w))) return text;
  const matches = matchesOf ? matchesOf(words) : lexicon.match(words);
  const bodyAt = (at: number) => matches.find((m) => m.start === at && m.sense.kind === 'body' && !m.fuzzy);
  const { articles = [] } = lexicon.data.elidedNoun ?? {};
  const phrases = like.words.map((w) => w.split(' ')).sort((a, b) => b.length - a.length);
  for (const day of matches) {
    if (day.sense.kind !== 'weekday') continue;
    const first = matches.find((m) => m.sense.kind === 'body' && m.end <= day.start);
    if (!first) continue;
    let i = day.end;
    while (i < words.length && like.fillers.includes(words[i]!)) i++;
    const phrase = phrases.find((p) => p.every((w, k) => words[i + k] === w));
    if (!phrase) continue;
    let j = i + phrase.length;
    if (articles.includes(words[j] ?? '')) j++;
    const other = bodyAt(j);
    if (!other || (other.sense as { id: string }).id === (first.sense as { id: string }).id) continue;
    const end = other.end < words.length && like.verbs.includes(words[other.end]!) ? other.end + 1 : other.end;
    if (end !== words.length) continue;
    // The comparison's words, taken off the end of the text as written (a word as written may read as more than one).
    const drop = words.length - day.end;
    const raw = text.trimEnd().split(/\s+/);
    let n = 0;
    let k = raw.length;
    while (k > 0 && n < drop) n += read(raw[--k]!).length;
    if (n !== drop || k === 0) return text;
    const mark = /[?!.]+$/u.exec(raw.at(-1)!)?.[0] ?? '';
    return `${raw.slice(0, k).join(' ').replace(/[,;:–—-]+$/u, '')}${mark}`;
  }
  return text;
}

/** The message's words as written, each with where it starts in the text (the rewriters above splice by it). */
function tokensOf(text: string): Array<{ raw: string; at: number }> {
  return [...text.matchAll(/\S+/gu)].map((m) => ({ raw: m[0], at: m.index! }));
}
