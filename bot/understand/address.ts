// Words at a message's edges that address the bot or are polite ("hej!", "hallå bot,", "@Södertörnsboten",
// "snälla", "… tack"): no part of what is asked. Read off once, when the message is read (core/reading.ts), so
// every reader sees the question alone: a yes/no question keeps its verb first ("hej! är Salem med i ÖFN?"), a
// member's "snälla vem …" is no request, and a Swedish "tack" does not decide an English question's language.
// The words are data (lexicon `address`); a message of nothing else keeps them ("hej" is a greeting).
import type { AddressWords } from './lexicon.js';
import { foldWord } from './normalize.js';

/** The phrases by their first folded word, the longest first. */
const compiled = new WeakMap<AddressWords, { lead: Map<string, string[][]>; trail: Map<string, string[][]> }>();
function compile(words: AddressWords) {
  let c = compiled.get(words);
  if (!c) {
    const byFirst = (list: string[], key: (w: string[]) => string) => {
      const map = new Map<string, string[][]>();
      for (const p of list) {
        const ws = p.split(' ');
        map.set(key(ws), [...(map.get(key(ws)) ?? []), ws].sort((a, b) => b.length - a.length));
      }
      return map;
    };
    c = { lead: byFirst(words.lead, (w) => w[0]!), trail: byFirst(words.trail, (w) => w[w.length - 1]!) };
    compiled.set(words, c);
  }
  return c;
}

/** A word as written and its folded letters ('' for a mention or a word of no letters). */
interface Token {
  start: number;
  end: number;
  folded: string;
  mention: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\d]/u;
/**
 * A token without the punctuation at its edges ("hej!" → "hej", "<@bot>" kept whole): where its first letter, digit,
 * "@" or "<" starts and its last letter, digit or ">" ends. Two index walks (a regex here backtracked on a long
 * token of punctuation: its cost grew with the square of the token's length).
 */
function coreOf(token: string): { from: number; core: string } {
  let a = 0;
  while (a < token.length && !(LETTER_OR_DIGIT.test(token[a]!) || token[a] === '@' || token[a] === '<')) a++;
  let b = token.length;
  while (b > a && !(LETTER_OR_DIGIT.test(token[b - 1]!) || token[b - 1] === '>')) b--;
  return { from: a, core: token.slice(a, b) };
}

/** Punctuation that may follow an address word ("hej!", "hallå bot,", "tack!"). */
const EDGE = /^[\s,.!:;–—-]*$/u;

/**
 * The text without its leading and trailing address words; the text itself where it has none or has nothing
 * else. One pass over the words at each end (at most a few), so its cost does not grow with the message.
 */
export function withoutAddress(text: string, words: AddressWords | undefined): string {
  if (!words) return text;
  const c = compile(words);
  const tokens: Token[] = [];
  for (const m of text.matchAll(/\S+/gu)) {
    const { from, core } = coreOf(m[0]);
    const start = m.index + from;
    const mention = /^<?@/.test(core);
    tokens.push({ start, end: start + core.length, folded: mention ? '' : foldWord(core), mention });
  }
  // Two words of a phrase follow each other with nothing but spaces between them.
  const phraseAt = (i: number, ws: string[]) => ws.every((w, k) => tokens[i + k]?.folded === w && (k === 0 || /^\s+$/.test(text.slice(tokens[i + k - 1]!.end, tokens[i + k]!.start))));
  let first = 0;
  for (let guard = 0; guard < 6 && first < tokens.length; guard++) {
    const t = tokens[first]!;
    if (t.mention) {
      first++;
      continue;
    }
    const p = c.lead.get(t.folded)?.find((ws) => phraseAt(first, ws));
    if (!p) break;
    first += p.length;
  }
  let last = tokens.length; // exclusive
  for (let guard = 0; guard < 4 && last > first; guard++) {
    const t = tokens[last - 1]!;
    const p = c.trail.get(t.folded)?.find((ws) => last - ws.length >= first && phraseAt(last - ws.length, ws));
    // ("… tack" after the question: what is left must end where the question ends, with its own punctuation.)
    if (!p) break;
    // (Nothing but address words: "hej tack" is a greeting and thanks, said as they are.)
    if (last - p.length <= first) return text;
    last -= p.length;
  }
  if ((first === 0 && last === tokens.length) || first >= last) return text;
  const start = tokens[first]!.start;
  const endText = text.slice(0, tokens[last - 1]!.end) + (last === tokens.length ? text.slice(tokens[last - 1]!.end) : text.slice(tokens[last - 1]!.end, tokens[last]!.start).replace(/[\s,;:–—-]+$/u, ''));
  const rest = endText.slice(start).trim();
  // Only punctuation between the address words and the question ("hej! ", "hallå bot, ").
  if (first > 0 && !EDGE.test(text.slice(tokens[first - 1]!.end, start))) return text;
  return rest && /[\p{L}\d]/u.test(rest) ? rest : text;
}

/** Where a clause put before the question ends: a dash between spaces, or a colon (within the message's first 160 characters). */
const LEAD_END = /\s[–—-]\s|:\s/u;

/**
 * "innan jag ändrar något – vad står personal på nu?", "before I change anything: what is the staff line at?": a clause
 * about the writer's own doing, opened by one of the lexicon's contextLeads (at most eight words) and ended by a dash or a
 * colon, before a question opened by a question word, is no part of what is asked: the text after it. The text itself
 * otherwise. One search for the clause's end, in a bounded prefix.
 */
export function withoutContextLead(text: string, words: AddressWords | undefined, questionWords: readonly string[] | undefined): string {
  if (!words?.contextLeads?.length || !questionWords?.length) return text;
  const end = LEAD_END.exec(text.slice(0, 160));
  if (!end) return text;
  const lead = text.slice(0, end.index).split(/\s+/u).map((t) => foldWord(coreOf(t).core)).filter(Boolean);
  const after = text.slice(end.index + end[0].length).trim();
  if (lead.length > 8 || !words.contextLeads.some((p) => p.split(' ').every((w, k) => lead[k] === w))) return text;
  const first = foldWord(coreOf(after.split(/\s+/u)[0] ?? '').core);
  return questionWords.includes(first) ? after : text;
}
