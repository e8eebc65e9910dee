// A message read once: its text, folded, split into words, the language to answer in (decided by one
// function), the lexicon's matches of its words and its dates as a question is read. The core builds the
// reading; commands and the understanding take it instead of reading again. The matches and the dates are
// found on first use (most commands never need them) and kept.
import type { DateEntities } from '../understand/dates.js';
import type { Lexicon, Match } from '../understand/lexicon.js';
import { withoutAddress, withoutContextLead } from '../understand/address.js';
import { fold, foldWord } from '../understand/normalize.js';
import { writtenForms } from '../understand/spoken.js';
import { numbersWritten, thousandsWritten } from '../understand/numbers.js';
import { detectLang, questionDates, questionMatches, splitWords } from '../understand/understand.js';
import type { Lang } from '../text/lang.js';

export interface Reading {
  /** The text as sent, trimmed; a Swedish message with its spoken forms written out ("va" → "var", spoken.ts). */
  text: string;
  /** The text as sent, trimmed, where spoken forms were written out in `text` (for DEBUG_NLU). */
  spoken?: string;
  /**
   * The text as sent, trimmed, where the reading wrote it otherwise in `text`: address words at its edges left
   * out ("hej!", "@Södertörnsboten", "tack", address.ts), a typo read as its word (Lexicon.corrected), spoken forms.
   * Every reader takes `text`; this is for DEBUG_NLU.
   */
  sent?: string;
  /** The typos read as words, "as typed → read" (for DEBUG_NLU). */
  typos?: string[];
  /** The numbers written as words that `text` has in digits, "as typed → read" ("sextonde → 16", for DEBUG_NLU). */
  numbers?: string[];
  /** Longer than a question may be (only a command that claims it from its first words reads it). */
  long: boolean;
  /** Lower case, no diacritics, single spaces, no punctuation at the ends ('' for a long text). */
  folded: string;
  /** The words of the folded text (undefined for an empty or long text). */
  words?: string[];
  /** The language to answer in. */
  lang: Lang;
  /**
   * The lexicon's matches of `words` (the lexicon it was read with: the turn's), found on the first call and
   * kept. Absent for an empty or long text, and in a reading built without them: the reader matches then.
   */
  matches?: () => readonly Match[];
  /**
   * The dates of the text as the understanding reads them (questionDates) at `now`, found on the first call
   * and kept for that time. Absent where `matches` is.
   */
  dates?: (now: Date, undatedYear?: number) => DateEntities;
}

const EN_WORDS = /\b(the|what|when|who|which|how|next|meeting|show|does|is|are|where|budget share)\b/i;
const SV_WORDS = /\b(och|vem|vad|när|nar|hur|vilka|nästa|nasta)\b/i;

/**
 * The language to answer in, for every path that needs one. With the lexicon and the message's words,
 * the words decide where they can (a word with å, ä or ö that is not a name counts as Swedish), else
 * the client's locale, then the conversation's language so far, then Swedish. Without them (an error
 * reply, a text too long to read) a few common words and the locale decide.
 */
export function decideLang(text: string, opts: { locale?: string; lexicon?: Lexicon; words?: string[]; earlier?: Lang } = {}): Lang {
  if (opts.lexicon && opts.words) return detectLang(opts.lexicon, opts.words, opts.locale, opts.earlier, text);
  const head = text;
  if (/[åäö]/i.test(head)) return 'sv';
  if (EN_WORDS.test(head)) return 'en';
  if (opts.locale && /^en/i.test(opts.locale) && !SV_WORDS.test(head)) return 'en';
  return 'sv';
}

/** Reads a message once. `maxLength`: longer texts are `long` and not folded or split. */
export function readMessage(raw: string, opts: { maxLength: number; locale?: string; lexicon: Lexicon; earlier?: Lang }): Reading {
  const asSent = raw.trim();
  const long = asSent.length > opts.maxLength;
  if (long) return { text: asSent, long, folded: '', lang: decideLang(asSent.slice(0, 200), { locale: opts.locale }) };
  // A greeting, a mention or a thanks at the edges is no part of what is asked; a typo is read as its word.
  const typos: string[] = [];
  // A number written as words is read as digits where it is a day, an amount or a year ("den sextonde december",
  // "niohundratusen", "rådslaget tjugotretton"), before typos are read (a number word is no typo of another word).
  // ("personal 620'": thousands marked with an apostrophe are written out too.)
  // (A clause about the writer's own doing before the question, "innan jag ändrar något – vad …", is no part of it either.)
  const marked = thousandsWritten(withoutContextLead(withoutAddress(asSent, opts.lexicon.data.address), opts.lexicon.data.address, opts.lexicon.data.yesNo?.whWords));
  const worded = numbersWritten(marked.text, opts.lexicon.data.numberWords, monthWordsOf(opts.lexicon));
  const numbered = { text: worded.text, read: [...marked.read, ...worded.read] };
  const sent = withTyposRead(numbered.text, opts.lexicon, typos);
  let text = sent;
  let folded = fold(text);
  let words = text ? splitWords(folded) : undefined;
  // The language is the message's as sent: a greeting or a "please" is in the asker's language too ("Please list
  // alla LG-möten" is English), though no part of what is asked.
  // (Not an @-mention: "@Södertörnsboten total budget for 2011?" is English, the bot's name says nothing of it.)
  const unmentioned = asSent.replace(/(^|\s)@[\p{L}\p{N}_.-]+/gu, ' ').trim() || asSent;
  const langWords = sent === asSent ? words : unmentioned ? splitWords(fold(unmentioned)) : undefined;
  const lang = decideLang(unmentioned, { locale: opts.locale, lexicon: opts.lexicon, words: langWords, earlier: opts.earlier });
  if (!words) return { text, long, folded, words, lang, ...(text !== asSent ? { sent: asSent } : {}) };
  // A Swedish message in spoken forms ("va rådslaget hos oss?", "ska va i Södertälje") is read as written
  // (an English one keeps its "e" and "sen").
  const spokenSwedish = lang === 'sv';
  const written = spokenSwedish ? writtenForms(sent, opts.lexicon.data.spokenForms) : sent;
  if (written !== sent) {
    text = written;
    folded = fold(text);
    words = splitWords(folded);
  }
  const spoken = {
    ...(written !== sent ? { spoken: sent } : {}),
    ...(written !== asSent ? { sent: asSent } : {}),
    ...(typos.length ? { typos } : {}),
    ...(numbered.read.length ? { numbers: numbered.read.map((r) => `${r.words} → ${r.digits}`) } : {}),
  };
  const { lexicon } = opts;
  let matched: readonly Match[] | undefined;
  const matches = () => (matched ??= lexicon.match(words));
  let dated: { at: number; year: number | undefined; dates: DateEntities } | undefined;
  const dates = (now: Date, undatedYear?: number) => {
    if (dated?.at !== now.getTime() || dated.year !== undatedYear) dated = { at: now.getTime(), year: undatedYear, dates: questionDates(text, words, questionMatches(text, words, matches(), lexicon), lang, now, lexicon, undatedYear) };
    return dated.dates;
  };
  return { text, long, folded, words, lang, matches, dates, ...spoken };
}

/**
 * The lexicon's matches of `words`: the reading's where they are its words (the reading was read with this
 * lexicon, as a turn's is), else found now. The matches are a function of the words alone, so a part of the
 * message or another text that splits into the same words gets the same matches.
 */
export function matchesOf(reading: Pick<Reading, 'words' | 'matches'> | undefined, lexicon: Lexicon, words: readonly string[]): readonly Match[] {
  const own = reading?.words;
  if (reading?.matches && own && own.length === words.length && own.every((w, i) => w === words[i])) return reading.matches();
  return lexicon.match(words);
}

/** The lexicon's month words (folded), for the numbers beside them. Per lexicon, built once. */
const monthWordSets = new WeakMap<Lexicon, Set<string>>();
function monthWordsOf(lexicon: Lexicon): Set<string> {
  let months = monthWordSets.get(lexicon);
  if (!months) monthWordSets.set(lexicon, (months = new Set(Object.values(lexicon.data.months).flat().map((w) => foldWord(w)))));
  return months;
}

/**
 * The text with each word typed with one typo read as the lexicon's word it stands for (Lexicon.corrected: only a
 * word that means nothing as typed, one edit from exactly one word of the lexicon). `typos` collects what was read.
 */
function withTyposRead(text: string, lexicon: Lexicon, typos: string[]): string {
  return text.replace(/(?<![\p{L}\d@])\p{L}{4,}(?![\p{L}\d])/gu, (w) => {
    const word = lexicon.corrected(foldWord(w));
    if (word === undefined) return w;
    typos.push(`${w} → ${word}`);
    return word;
  });
}
