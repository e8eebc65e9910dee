// A plain yes or no to the proposal waiting for its writer's Bekräfta, read word by word from the lexicon's
// plainAnswers table, not from a list of whole phrases: "ok go ahead", "ja tack, kör", "nej, strunta i det",
// "no, cancel that please". Every word of the message must be the table's (a yes, a no, or a word around
// them), with a yes or a no and not both, so "ja, men flytta den till 27/5" or "ok, inte än" is no answer.
// Pure: folded words in, the answer and its own language out.
import type { PlainAnswerWords } from '../understand/lexicon.js';
import type { Lang } from '../text/lang.js';

export interface PlainAnswer {
  answer: 'yes' | 'no';
  /** The language of the answer's own words; undefined where only neutral words ("ok") or both languages are written. */
  lang?: Lang;
}

/** More words than this are a sentence, not an answer. */
const MAX_WORDS = 12;
/** Phrases of up to this many words. */
const LONGEST_PHRASE = 3;

type Kind = 'yes' | 'no' | 'around';
interface Entry { kind: Kind; lang?: Lang }

const tables = new WeakMap<PlainAnswerWords, Map<string, Entry>>();

/** The table as one map, phrase → what it is (a phrase in both yes and no is left out: it decides nothing). */
function table(words: PlainAnswerWords): Map<string, Entry> {
  let t = tables.get(words);
  if (t) return t;
  t = new Map();
  const put = (kind: Kind, list: readonly string[] | undefined, lang?: Lang) => {
    for (const w of list ?? []) {
      const had = t!.get(w);
      if (!had || had.kind === 'around') t!.set(w, { kind, ...(lang ? { lang } : {}) });
      else if (kind !== 'around' && had.kind !== kind) t!.set(w, { kind: 'around' });
      else if (had.lang !== lang) t!.set(w, { kind });
    }
  };
  put('around', words.around.sv, 'sv');
  put('around', words.around.en, 'en');
  for (const kind of ['yes', 'no'] as const) {
    put(kind, words[kind].sv, 'sv');
    put(kind, words[kind].en, 'en');
    put(kind, words[kind].neutral);
  }
  tables.set(words, t);
  return t;
}

/**
 * The answer a message of folded `words` gives to a waiting proposal, if it is nothing but one: each word
 * read as the longest phrase of the table that starts there. Undefined for anything else.
 */
export function plainAnswer(words: readonly string[], answerWords: PlainAnswerWords | undefined): PlainAnswer | undefined {
  if (!answerWords || !words.length || words.length > MAX_WORDS) return undefined;
  const t = table(answerWords);
  let yes = false;
  let no = false;
  const langs = new Set<Lang>();
  for (let i = 0; i < words.length; ) {
    let found: Entry | undefined;
    let n = Math.min(LONGEST_PHRASE, words.length - i);
    for (; n > 0; n--) {
      found = t.get(words.slice(i, i + n).join(' '));
      if (found) break;
    }
    if (!found) return undefined;
    if (found.kind === 'yes') yes = true;
    if (found.kind === 'no') no = true;
    if (found.kind !== 'around' && found.lang) langs.add(found.lang);
    i += n;
  }
  if (yes === no) return undefined;
  return { answer: yes ? 'yes' : 'no', ...(langs.size === 1 ? { lang: [...langs][0] } : {}) };
}
