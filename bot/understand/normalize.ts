// Text folding shared by everything that matches words: case, diacritics, punctuation, whitespace.
import type { Plan } from '../store/schema.js';

// The letters with diacritics people write here, without them: what NFKD and dropping the marks gives,
// at a fraction of its cost. Any other non-ASCII text still goes through NFKD.
const PLAIN: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', é: 'e', è: 'e', ü: 'u', Å: 'A', Ä: 'A', Ö: 'O', É: 'E', È: 'E', Ü: 'U' };

// A message is folded by each reader of it (the reading, the change requests, the two-question split):
// the last few results are remembered, so a turn folds its text once. Bounded; pure, so nothing to lose.
const folded = new Map<string, string>();
const MAX_FOLDED = 256;
const MAX_REMEMBERED_LENGTH = 2000;

/** "Vem är värd för Rådslaget 2014?" → "vem ar vard for radslaget 2014". Keeps digits, / - . : between digits. */
export function fold(text: string): string {
  if (text.length > MAX_REMEMBERED_LENGTH) return foldText(text);
  let out = folded.get(text);
  if (out === undefined) {
    if (folded.size >= MAX_FOLDED) folded.clear();
    folded.set(text, (out = foldText(text)));
  }
  return out;
}

/** fold() of one word or a short piece, not remembered: for readers that fold a message word by word. */
export function foldWord(text: string): string {
  return foldText(text);
}

function foldText(text: string): string {
  let plain = text.replace(/[åäöéèüÅÄÖÉÈÜ]/g, (c) => PLAIN[c]!);
  if (/[^\x00-\x7f]/.test(plain)) plain = plain.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''); // å→a, ä→a, ö→o, é→e
  return plain
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/(?<!\d)[.:](?!\d)|[?!,;"'()[\]{}<>«»”“’*_]/g, ' ')
    .replace(/(?<![\d\w])-(?!\d)|-(?![\d\w])/g, ' ')
    // "tyresö+haninge": a plus between two words stands between them as it does when spaced ("+20 000" stays).
    .replace(/(?<=[a-z])\+(?=[a-z])/g, ' + ')
    .replace(/\s+/g, ' ')
    .trim();
}

// A phrase in quotation marks: the mark opens after no letter or digit and closes before none ("What's", "Södertörn's"
// and "councils'" are no quotes). Bounded: a quote is at most eighty characters on one line.
const QUOTED = /(?<![\p{L}\p{N}])['"“”‘’«»„]([^'"“”‘’«»„\n]{2,80}?)['"“”‘’«»](?![\p{L}\p{N}])/gu;

/** "What does 'Gå före' mean?" → ["ga fore"]: the phrases a message quotes, folded. One pass; none without a mark. */
export function quotedPhrases(text: string): string[] {
  if (!/['"“”‘’«»„]/.test(text)) return [];
  return [...text.matchAll(QUOTED)].map((m) => fold(m[1]!)).filter((p) => p.length >= 2);
}

export function tokens(folded: string): string[] {
  return folded.split(' ').filter(Boolean);
}

/**
 * "200,000", "1,250,000", "60.000": amounts written the English way, with a comma between groups of three digits, or
 * with a dot, as "200 000". A decimal comma ("2,5 mkr", "67,4 %") has fewer or more digits after it and stays, and so does
 * a comma before millions ("1,250 miljoner" is a decimal in Swedish). A comma right after the amount ends its clause
 * ("if staff fell by 20,000, would …").
 */
export function withoutThousandsCommas(text: string): string {
  const commas = text.includes(',') ? text.replace(/(?<![\d,.])\d{1,3}(?:,\d{3})+(?!\d|,\d|\.\d|\s*(?:milj|mkr|mill|bill))/gi, (n) => n.replace(/,/g, ' ')) : text;
  // "60.000", "1.000.000": a dot between groups of three, as the continent writes it (and a hurried secretary copying a
  // figure). A day or a time with a dot has two digits after it ("8.12", "13.00"), and a date's parts touch a slash.
  return commas.includes('.') ? commas.replace(/(?<![\d,.:/])\d{1,3}(?:\.\d{3})+(?![\d/:]|[.,]\d|\s*(?:milj|mkr|mill|bill))/gi, (n) => n.replace(/\./g, ' ')) : commas;
}

/**
 * "0,25 mkr", "1,5 miljoner", "2 million": an amount in millions written out in kronor ("250000 kr"), for
 * readers of amounts that read digits only. A number of millions with a decimal comma or point.
 */
export function millionsWritten(text: string): string {
  const kronor = (all: string, n: string) => {
    const kr = Math.round(Number(n.replace(',', '.')) * 1_000_000);
    return kr > 0 ? `${kr} kr` : all;
  };
  const spelt = /mkr|msek|milj|million/i.test(text) ? text.replace(/(?<![\d,.])(\d+(?:[.,]\d+)?)\s*(?:mkr|msek|miljoner|miljon|milj\b\.?|millions?)(?!\p{L})/giu, kronor) : text;
  // "0,6 m", "0.6m", "1,2 M": an m alone after a number with decimals (or joined to a whole one, "1m") is millions.
  return /\d\s?m/i.test(spelt) ? spelt.replace(/(?<![\d,.:/])(\d+[.,]\d+\s?|\d+)m(?![\p{L}\d])/giu, kronor) : spelt;
}

/** A folded word against a word list of the lexicon: a whole word, or a stem where the entry ends in `*` ("forbund*"). */
export function inWordList(word: string, list: readonly string[]): boolean {
  return list.some((t) => (t.endsWith('*') ? word.startsWith(t.slice(0, -1)) : word === t));
}

/**
 * A word list of the lexicon (folded words or phrases, `*` ending a stem) as one pattern over folded text: an entry
 * anywhere between word boundaries (`\b…\b`), or with `atStart` only as the text's first words (`^…\b`). Built once per
 * list: the list is the lexicon data's, so the pattern lives and goes with it. An empty list matches nothing.
 */
const listPatterns = new WeakMap<readonly string[], RegExp>();
const startPatterns = new WeakMap<readonly string[], RegExp>();
export function wordListPattern(list: readonly string[], atStart = false): RegExp {
  const cache = atStart ? startPatterns : listPatterns;
  let re = cache.get(list);
  if (!re) {
    const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const entries = list.map((w) => (w.endsWith('*') ? `${escape(w.slice(0, -1))}\\w*` : escape(w)));
    cache.set(list, (re = entries.length ? new RegExp(`${atStart ? '^' : '\\b'}(?:${entries.join('|')})\\b`) : /(?!)/));
  }
  return re;
}

/**
 * A body's names as folded stems, endings off ("samarbetskommitténs" → "samarbetskommitte"), five letters or more: for
 * finding the body inside another body's name or a meeting's title ("Samarbetskommitténs planeringskonferens").
 * None for a body the plan does not have.
 */
export function bodyStems(plan: Pick<Plan, 'bodies'>, id: string): string[] {
  const b = plan.bodies.find((x) => x.id === id);
  return b ? [b.name, ...b.aliases].map((s) => fold(s).replace(/(en|et|n)$/, '')).filter((s) => s.length >= 5) : [];
}
