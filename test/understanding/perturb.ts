// Meaning-preserving perturbations of a question, as members type the same question (issue 14: understanding
// that holds on questions nobody wrote down). Each is applied alone; each returns undefined where it does not
// apply (no å/ä/ö to drop, no "och" to clip, no word long enough for a typo), so only changed texts count.
// Pure and deterministic: the typo is chosen by a generator seeded from the text itself.
import { seededRandom } from '../helpers/random.js';

export type Lang = 'sv' | 'en';

export interface Perturbation {
  name: string;
  /** Only on a conversation's first turn (a greeting or a thanks opens or closes a message, not every follow-up). */
  firstTurnOnly?: boolean;
  /**
   * Not on a change request: a question mark turns a statement into a question ("sk 3/11 avlyses?" asks whether
   * it is cancelled; without it the secretariat cancels it), so adding or dropping one changes the meaning there.
   */
  questionsOnly?: boolean;
  apply(q: string, lang: Lang): string | undefined;
}

const changed = (q: string, p: string) => (p !== q ? p : undefined);
const trailingPunct = /[\s?!.]+$/;

/**
 * Words a typo is not put in: function words of both languages (a typo there is no typo in a content word).
 * Content words are the rest of 5+ letters: names, nouns, verbs, adjectives.
 */
const FUNCTION_WORDS = new Set(
  [
    'vilka', 'vilken', 'vilket', 'vilket', 'efter', 'innan', 'under', 'mellan', 'sedan', 'kommer', 'skulle', 'kunna', 'kanske',
    'finns', 'eller', 'också', 'andra', 'något', 'några', 'någon', 'inget', 'ingen', 'många', 'mycket', 'vårt', 'deras', 'varför',
    'about', 'which', 'where', 'there', 'their', 'these', 'those', 'would', 'could', 'should', 'after', 'before', 'between',
    'other', 'every', 'being', 'until', 'since', 'whose', 'while', 'again', 'still', 'please',
  ].map((w) => w.toLowerCase()),
);

/** One letter dropped, two neighbours swapped or one letter doubled, in one content word of 5+ letters (not its first letter). */
export function oneTypo(q: string): string | undefined {
  const words = [...q.matchAll(/\p{L}+/gu)].filter((m) => m[0].length >= 5 && !FUNCTION_WORDS.has(m[0].toLowerCase()));
  if (!words.length) return undefined;
  let seed = 0;
  for (const c of q) seed = (Math.imul(seed, 31) + c.codePointAt(0)!) | 0;
  const rnd = seededRandom(seed);
  const m = words[Math.floor(rnd() * words.length)]!;
  const w = m[0];
  const op = Math.floor(rnd() * 3);
  const i = 1 + Math.floor(rnd() * (w.length - 2)); // 1 … length-2: neither the first letter nor past the end
  let typo: string;
  if (op === 0) typo = w.slice(0, i) + w.slice(i + 1);
  else if (op === 1) {
    // Swap with the next letter; where both are the same, drop one instead (a swap would change nothing).
    typo = w[i] !== w[i + 1] ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2) : w.slice(0, i) + w.slice(i + 1);
  } else typo = w.slice(0, i + 1) + w[i] + w.slice(i + 1);
  return q.slice(0, m.index) + typo + q.slice(m.index! + w.length);
}

const CLIPS: Array<[RegExp, string]> = [
  [/(?<!\p{L})och(?!\p{L})/giu, 'o'],
  [/(?<!\p{L})någon(?!\p{L})/giu, 'ngn'],
  [/(?<!\p{L})mycket(?!\p{L})/giu, 'mkt'],
];

const polite = (sv: string, en: string, where: 'lead' | 'tail'): Perturbation['apply'] => (q, lang) => {
  const word = lang === 'en' ? en : sv;
  return where === 'lead' ? `${word} ${q}` : `${q} ${word}`;
};

export const PERTURBATIONS: Perturbation[] = [
  { name: 'utan å/ä/ö', apply: (q) => changed(q, q.replace(/[åä]/g, 'a').replace(/[ÅÄ]/g, 'A').replace(/ö/g, 'o').replace(/Ö/g, 'O')) },
  { name: 'gemener', apply: (q) => changed(q, q.toLowerCase()) },
  { name: 'VERSALER', apply: (q) => changed(q, q.toUpperCase()) },
  { name: 'utan ?', questionsOnly: true, apply: (q) => (q.trimEnd().endsWith('?') ? q.trimEnd().replace(/\?+$/, '').trimEnd() : undefined) },
  { name: 'med ?', questionsOnly: true, apply: (q) => (q.trimEnd().endsWith('?') ? undefined : `${q.trimEnd().replace(/[.!]+$/, '')}?`) },
  { name: '??', questionsOnly: true, apply: (q) => changed(q, `${q.replace(trailingPunct, '')}??`) },
  { name: '+ tack', firstTurnOnly: true, apply: polite('tack', 'thanks', 'tail') },
  { name: 'hej! +', firstTurnOnly: true, apply: polite('hej!', 'hi!', 'lead') },
  { name: 'hallå bot, +', firstTurnOnly: true, apply: polite('hallå bot,', 'hello bot,', 'lead') },
  { name: '@Södertörnsboten +', firstTurnOnly: true, apply: (q) => `@Södertörnsboten ${q}` },
  { name: 'snälla +', firstTurnOnly: true, apply: polite('snälla', 'please', 'lead') },
  { name: 'ett stavfel', apply: (q) => oneTypo(q) },
  {
    name: 'o/ngn/mkt',
    apply: (q, lang) => (lang === 'sv' ? changed(q, CLIPS.reduce((t, [re, to]) => t.replace(re, to), q)) : undefined),
  },
];
