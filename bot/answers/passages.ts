// The plan's own sentences as a last resort: a question no intent reads ("vad gäller när riksdagen ger
// kommunerna nya uppgifter", "vilken slogan har Stockholm i planen") may still be answered by a sentence
// of the plan. Sentences are scored by the rare words they share with the question (IDF over the plan's
// sentences, words matched by a common stem); only a clear match is shown, quoted, with its section.
import { distance } from 'fastest-levenshtein';
import { reply } from '../core/reply.js';
import type { Plan } from '../store/schema.js';
import type { Query } from '../understand/understand.js';
import { fold, inWordList, quotedPhrases } from '../understand/normalize.js';
import { PlanMemo } from '../store/snapshot.js';
import { contextOf, type Answer } from './common.js';
import { say } from '../text/catalogue/index.js';
import type { LexiconData } from '../understand/lexicon.js';

interface Passage {
  section: string;
  text: string;
  words: Set<string>;
  quoted: boolean;
}
interface Index {
  passages: Passage[];
  /** Stem (a word's first five letters) → the passages holding a word of that stem. */
  byStem: Map<string, number[]>;
  /** Stem → its inverse document frequency over the passages. */
  idf: Map<string, number>;
  /** The words left out of the passages' words (the stop words it was built with). */
  stop: ReadonlySet<string>;
}

/**
 * The lexicon's words that carry no topic, in both languages (exactWords.stopWords, folded), as a set: one per list,
 * so one per lexicon.
 */
const stopSets = new WeakMap<readonly string[], ReadonlySet<string>>();
export function stopSet(words: readonly string[]): ReadonlySet<string> {
  let set = stopSets.get(words);
  if (!set) stopSets.set(words, (set = new Set(words)));
  return set;
}
const MIN = 3;
/** The weight of a word matched only through a compound or an inflection, against the word itself. */
const EXACT_FIRST = 0.8;
/** Words that point back to the sentence before (folded). */
const BACK = /\b(dessa|detta|denna|darfor)\b/;
export const stem = (w: string) => w.slice(0, 5);

/**
 * The index of a plan's sentences, kept per plan version and per stop-word list (its passages' words leave those out):
 * the turn's lexicon is the same object every turn, so its list is one key and the index is built once a plan version;
 * another lexicon (a test's, a reloaded one) gets an index of its own words, never one built with other stop words.
 */
const indexes = new WeakMap<readonly string[], PlanMemo<Index>>();

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ”"])/u).map((s) => s.trim()).filter(Boolean);
}

function buildIndex(plan: Plan, stop: ReadonlySet<string>): Index {
  const o = plan.organisation;
  const raw: Array<{ section: string; text: string }> = [];
  const add = (section: string, texts: string[]) => { for (const x of texts) for (const s of sentences(x)) raw.push({ section, text: s }); };
  add('Inledning', o.introduction);
  add('Syfte', o.purpose);
  add('Förhållningssätt', o.principles);
  add(`Vision ${o.vision.year}`, [o.vision.text]);
  for (const a of o.cooperationAreas) add(a.name, [`${a.purpose}. Styrdokument: ${a.governingDocuments}.`]);
  add(o.developmentProgramme.name, [o.developmentProgramme.note, o.developmentProgramme.adopted]);
  // The programme's development issues are a list in the model; the plan writes them as one sentence.
  if (o.developmentIssues.length) add(o.developmentProgramme.name, [`${o.developmentProgramme.name}: ${o.developmentIssues.join(', ')}.`]);
  add('Omvärldsbevakning', o.environmentScanning.text);
  add('Gemensam ägarstyrning', [o.ownershipGovernance]);
  for (const i of o.operationalIssues) add(i.title, [i.text]);
  add('Avvägning mellan samverkansområdena', [o.areaBalance.text]);
  if (o.workingMethods) add('Arbetsformer', [o.workingMethods]);
  for (const b of plan.bodies) if (b.description) add(b.name, [b.description]);
  const passages = raw.map((r) => ({ ...r, words: new Set(fold(r.text).split(' ').filter((w) => w.length >= MIN && !stop.has(w))), quoted: /[”“"]/.test(r.text) }));
  // A sentence that points back ("Arbetet med dessa skall följa en särskild handlingsplan …") is about what
  // the sentence before it named ("fem konkreta utvecklingsfrågor"): the two together are a passage too.
  for (let i = raw.length - 1; i > 0; i--) {
    const [prev, cur] = [raw[i - 1]!, raw[i]!];
    if (prev.section !== cur.section || !BACK.test(fold(cur.text).split(' ').slice(0, 4).join(' '))) continue;
    const text = `${prev.text} ${cur.text}`;
    passages.push({ section: cur.section, text, words: new Set([...passages[i - 1]!.words, ...passages[i]!.words]), quoted: /[”“"]/.test(text) });
  }
  const byStem = new Map<string, number[]>();
  passages.forEach((p, i) => {
    for (const s of new Set([...p.words].map(stem))) {
      const list = byStem.get(s) ?? [];
      list.push(i);
      byStem.set(s, list);
    }
  });
  const idf = new Map<string, number>();
  for (const [s, list] of byStem) idf.set(s, Math.log((passages.length + 1) / list.length));
  return { passages, byStem, idf, stop };
}

function indexOf(plan: Plan, stopWords: readonly string[]): Index {
  let memo = indexes.get(stopWords);
  if (!memo) indexes.set(stopWords, (memo = new PlanMemo<Index>()));
  return memo.get(plan, () => buildIndex(plan, stopSet(stopWords)));
}

/** Whether a question word and a word of the plan are one word inflected or compounded ("uppgifter", "uppgifterna"). */
function sameWord(q: string, w: string): boolean {
  if (q === w) return true;
  const short = q.length <= w.length ? q : w;
  const long = short === q ? w : q;
  if (short.length >= 6 && long.startsWith(short.slice(0, Math.max(6, short.length - 2)))) return true;
  // Cognates across the languages, or a typo, are a letter or two apart ("infrastructure", "infrastruktur").
  return short.length >= 8 && long.length - short.length <= 2 && distance(short, long) <= 2;
}

/** Words asking for a name the plan quotes ("slogan", "kallas", "called"): sentences with a quotation count more. */
const QUOTE_ASK = /\b(slogan|motto|devis|kallas|kallar|kalla|call|called|calls|tagline|namnet pa|beskrivs som)\b/;

/**
 * The question's words, with the lexicon's passage words put in the plan's own word ("antogs", "adopted" →
 * "fastställ"; "följas upp" → "uppföljning"), so a question in other words still finds the plan's sentence.
 */
export function askedWords(text: string, synonyms: Record<string, string[] | string> | undefined, stop: ReadonlySet<string>): string[] {
  let folded = ` ${fold(text)} `;
  for (const [planWord, words] of Object.entries(synonyms ?? {})) {
    if (planWord.startsWith('$') || planWord === 'asks' || planWord === 'notAsks' || !Array.isArray(words)) continue;
    for (const w of words) if (folded.includes(` ${w} `)) folded = folded.split(` ${w} `).join(` ${planWord} `);
  }
  return [...new Set(folded.trim().split(' ').filter((w) => w.length >= MIN && !stop.has(w) && !/^\d+$/.test(w)))];
}

/** Each passage's score over the words asked (IDF of each word found), counting the words in `half` at half weight. */
function scorePassages(ix: Index, asked: string[], half: Set<string> = new Set()): Map<number, { score: number; hits: number; full: number }> {
  const scores = new Map<number, { score: number; hits: number; full: number }>();
  for (const w of asked) {
    const ids = ix.byStem.get(stem(w));
    if (!ids) continue;
    const idf = ix.idf.get(stem(w)) ?? 0;
    for (const i of ids) {
      const words = ix.passages[i]!.words;
      if (![...words].some((pw) => sameWord(w, pw))) continue;
      const s = scores.get(i) ?? { score: 0, hits: 0, full: 0 };
      // The word as asked counts more than a compound or inflection of it: "how does the plan describe
      // Stockholm" is the sentence that names Stockholm, not the one about "Stockholmsregionen".
      s.score += (half.has(w) ? idf / 2 : idf) * (words.has(w) ? 1 : EXACT_FIRST);
      s.hits += 1;
      if (!half.has(w)) s.full += 1;
      scores.set(i, s);
    }
  }
  return scores;
}

/**
 * A passage in English: each of its sentences glossed (the lexicon's glosses.passages, keyed by the folded sentence),
 * or undefined where one of them has no gloss (a sentence changed since the glosses were written).
 */
export function passageInEnglish(text: string, glosses: Record<string, string> | undefined): string | undefined {
  if (!glosses) return undefined;
  const parts = sentences(text).map((s) => { const k = fold(s); return k && Object.hasOwn(glosses, k) && !k.startsWith('$') ? glosses[k] : undefined; });
  return parts.length && parts.every(Boolean) ? parts.join(' ') : undefined;
}

/** The most sentences a section pointed at may have to be quoted whole. */
const WHOLE_SECTION = 4;

/**
 * "Vad bygger samverkan på, enligt avsnittet om arbetsformer?", "what does the section on the purpose say?": a question
 * that points at a section of the plan (passageWords.sectionPointers, then the section's name within a few words) is
 * answered with that section whole where it is short, not with its one best sentence.
 */
function pointedSection(q: Query, ix: Index, p: Passage, synonyms: Record<string, string[] | string> | undefined): Passage {
  const pointers = synonyms?.sectionPointers;
  if (!Array.isArray(pointers)) return p;
  const words = q.words;
  const named = fold(p.section).split(' ').filter((w) => w.length >= MIN && !ix.stop.has(w));
  const at = words.findIndex((w) => pointers.includes(w));
  if (at < 0 || !words.slice(at + 1, at + 5).some((w) => named.some((n) => sameWord(w, n)))) return p;
  const own = ix.passages.filter((x) => x.section === p.section);
  // (The joined passages of a sentence and the one it points back to hold two of the section's own.)
  const single = own.filter((x) => !own.some((y) => y !== x && x.text.includes(y.text)));
  if (single.length < 2 || single.length > WHOLE_SECTION || !single.some((x) => p.text.includes(x.text))) return p;
  return { ...p, text: single.map((x) => x.text).join(' '), words: new Set(single.flatMap((x) => [...x.words])) };
}

function passageAnswer(q: Query, p: Passage, glosses?: Record<string, string>): Answer {
  const lang = q.lang;
  // (Only an English answer has an English gloss to give.)
  const english = lang === 'en' && glosses ? passageInEnglish(p.text, glosses) : undefined;
  const blocks: Array<{ type: 'text'; text: string; subtle?: boolean }> = english
    ? [{ type: 'text', text: english }, { type: 'text', subtle: true, text: say(lang, 'fromThePlanInSwedish') }, { type: 'text', text: p.text }]
    : [{ type: 'text', text: p.text }];
  if (lang === 'en' && !english) blocks.push({ type: 'text' as const, text: say(lang, 'quotedFromThePlan') });
  return {
    reply: reply('organisation', lang, say(lang, 'fromThePlan', p.section), blocks),
    context: contextOf(q),
  };
}

/** The words of an answer's headline and blocks (folded), to see which words of a question it already answers. */
function answerWords(r: Answer['reply']): string[] {
  const parts = [r.title];
  for (const b of r.blocks) {
    if (b.type === 'text' || b.type === 'heading') parts.push(b.text);
    else if (b.type === 'list') parts.push(...b.items);
    else if (b.type === 'facts') for (const f of b.facts) parts.push(f.title, f.value);
  }
  return fold(parts.join(' ')).split(' ').filter((w) => w.length >= MIN);
}

/**
 * The step aspectPassage and contentPassage share: the question's rare words (minAsked to 20 of them), those the
 * answer given lacks, and the plan's sentence that scores best among those that `fits` and in which the lacking
 * words weigh minLeft at least (by rarity). Undefined: the answer holds every word asked, or no sentence will do.
 */
function passageBeyond(
  q: Query, plan: Plan, given: Answer, stopWords: readonly string[], synonyms: Record<string, string[] | string> | undefined, glosses: Record<string, string> | undefined,
  { minAsked, minLeft, fits, combine = false }: { minAsked: number; minLeft: number; fits: (p: Passage, s: { score: number; hits: number; full: number }, answered: readonly string[]) => boolean; combine?: boolean },
): Answer | undefined {
  const asked = askedWords(q.text, synonyms, stopSet(stopWords));
  if (asked.length < minAsked || asked.length > 20) return undefined;
  const answered = answerWords(given.reply);
  // (A word the answer holds as the last part of a compound is held: "frågor" in "verksamhetsfrågor".)
  const covered = new Set(asked.filter((w) => answered.some((a) => sameWord(w, a) || (w.length >= 5 && a.length > w.length && a.endsWith(w)))));
  const left = asked.filter((w) => !covered.has(w));
  if (!left.length) return undefined;
  const ix = indexOf(plan, stopWords);
  let best: { i: number; score: number } | undefined;
  for (const [i, s] of scorePassages(ix, asked, covered)) {
    const p = ix.passages[i]!;
    if (!fits(p, s, answered)) continue;
    const leftScore = left.reduce((n, w) => n + ([...p.words].some((pw) => sameWord(w, pw)) ? ix.idf.get(stem(w)) ?? 0 : 0), 0);
    if (leftScore < minLeft) continue;
    if (!best || s.score > best.score) best = { i, score: s.score };
  }
  if (!best) return undefined;
  const p = pointedSection(q, ix, withNeighbours(ix, ix.passages[best.i]!, asked), synonyms);
  const found = passageAnswer(q, p, glosses);
  // "vilka är målområdena i SUP och när antogs programmet?": what the answer given holds of the question that the
  // sentence does not (the target areas, weighing as a rare word twice) is still asked: both, the answer given first.
  const own = [...p.words, ...fold(p.section).split(' ')];
  const onlyGiven = [...covered].filter((w) => !own.some((pw) => sameWord(w, pw))).reduce((n, w) => n + (ix.idf.get(stem(w)) ?? 0), 0);
  if (!combine || onlyGiven < minLeft) return found;
  return { ...given, reply: { ...given.reply, blocks: [...given.reply.blocks, { type: 'heading', text: found.reply.title }, ...found.reply.blocks] } };
}

/**
 * "hur ska arbetet med de fem utvecklingsfrågorna följas upp?": the sentence found holds the work and the issues, the one
 * right after it in its section how it is followed up ("Uppföljning och utvärdering skall ske systematiskt."). A sentence
 * next to the passage (before or after, in its section) that holds a word asked the passage lacks is part of the answer;
 * the passage grows that way while its neighbours add such words.
 */
function withNeighbours(ix: Index, p: Passage, asked: readonly string[]): Passage {
  const own = ix.passages.filter((x) => x.section === p.section);
  // The section's sentences in the plan's order (the joined passages hold two of them).
  const single = own.filter((x) => !own.some((y) => y !== x && x.text.includes(y.text)));
  const inP = single.map((x, k) => (p.text.includes(x.text) ? k : -1)).filter((k) => k >= 0);
  if (!inP.length) return p;
  let [from, to] = [Math.min(...inP), Math.max(...inP)];
  const holds = (words: ReadonlySet<string>, w: string) => [...words].some((pw) => sameWord(w, pw));
  let words = new Set(p.words);
  const adds = (x: Passage | undefined) => x !== undefined && asked.some((w) => !holds(words, w) && holds(x.words, w));
  for (;;) {
    if (adds(single[to + 1])) to += 1;
    else if (adds(single[from - 1])) from -= 1;
    else break;
    words = new Set(single.slice(from, to + 1).flatMap((x) => [...x.words]));
  }
  if (from === Math.min(...inP) && to === Math.max(...inP)) return p;
  const parts = single.slice(from, to + 1);
  return { ...p, text: parts.map((x) => x.text).join(' '), words, quoted: parts.some((x) => x.quoted) };
}

/**
 * "när fastställdes SUP 2010?", "hur ska arbetet med de fem utvecklingsfrågorna bedrivas?": the question names a
 * part of the plan (the programme, the development issues) and asks something of it that the part's own answer
 * does not hold (when it was adopted, how the work is done). A rare word of the question that the answer lacks,
 * found in a sentence of the plan about the same thing, makes that sentence the answer. Undefined: keep the answer.
 */
export function aspectPassage(q: Query, plan: Plan, given: Answer, stopWords: readonly string[], synonyms?: Record<string, string[] | string>, glosses?: Record<string, string>): Answer | undefined {
  // Only a question of when, how, who or why: what a part is ("vilka två huvudområden …") is its own answer.
  const folded = ` ${q.words.join(' ')} `;
  const list = (k: string) => { const x = synonyms?.[k]; return Array.isArray(x) ? x : []; };
  if (!list('asks').some((w) => folded.includes(` ${w} `)) || list('notAsks').some((w) => folded.includes(` ${w} `))) return undefined;
  // A passage about the same thing: it shares a word with the answer given (its section counts: the programme's
  // own sentences are about the programme). The words the answer lacks must weigh: one rare one at least.
  const related = (p: Passage, answered: readonly string[]) => [...p.words, ...fold(p.section).split(' ')].some((w) => w.length >= 5 && answered.some((a) => sameWord(w, a)));
  return passageBeyond(q, plan, given, stopWords, synonyms, glosses, { minAsked: 1, minLeft: 2, fits: (p, s, answered) => s.full > 0 && related(p, answered), combine: true });
}

/** The lexicon's words that ask who is in something ("vem", "vilka kommuner", "member*", "ingår") as one pattern, per list. */
const whoPatterns = new WeakMap<readonly string[], RegExp>();
function whoAsked(words: readonly string[]): RegExp {
  let re = whoPatterns.get(words);
  if (!re) whoPatterns.set(words, (re = new RegExp(`\\b(${words.map((w) => (w.endsWith('*') ? `${w.slice(0, -1)}\\w*` : w)).join('|')})\\b`)));
  return re;
}

/**
 * "inom vilka områden har kommunerna traditioner av samarbete?", "vad kräver ett utvecklat samarbete?": a question
 * read as who is in the cooperation (its words "kommunerna", "samarbete" say membership) that asks no who, and whose
 * own rare words the members answer does not hold, and that asks no count, is answered by the plan's sentence that holds them: two words of
 * the question at least, the words the answer lacks weighing as much as a rare word twice. Undefined: keep the answer.
 */
export function contentPassage(q: Query, plan: Plan, given: Answer, stopWords: readonly string[], synonyms?: Record<string, string[] | string>, glosses?: Record<string, string>, who: readonly string[] = []): Answer | undefined {
  // ("how many municipalities are part of the cooperation?": a count of the members is a members answer too.)
  if ((who.length > 0 && whoAsked(who).test(q.words.join(' '))) || q.cues.includes('count')) return undefined;
  return passageBeyond(q, plan, given, stopWords, synonyms, glosses, { minAsked: 2, minLeft: 4, fits: (_p, s) => s.hits >= 2 });
}

export function planPassage(q: Query, plan: Plan, stopWords: readonly string[], synonyms?: Record<string, string[] | string>, glosses?: Record<string, string>): Answer | undefined {
  const folded = fold(q.text);
  const ix = indexOf(plan, stopWords);
  const asked = writtenApart(askedWords(q.text, synonyms, ix.stop), folded, ix, q.lang);
  if (!asked.length || asked.length > 20) return undefined;
  const scores = scorePassages(ix, asked);
  // "What does 'Gå före' mean in the section on how we work together?": a phrase quoted as the plan writes it points at
  // its sentence, however few other words of the question that sentence holds (the best scored of those holding it).
  const quoted = quotedPhrases(q.text).filter((p) => p.length >= 4);
  if (quoted.length) {
    let held: { i: number; score: number } | undefined;
    ix.passages.forEach((p, i) => {
      if (!quoted.some((x) => ` ${fold(p.text)} `.includes(` ${x} `))) return;
      const score = scores.get(i)?.score ?? 0;
      if (!held || score > held.score) held = { i, score };
    });
    if (held) return passageAnswer(q, pointedSection(q, ix, withExamples(ix, held.i), synonyms), glosses);
  }
  const quoteAsked = QUOTE_ASK.test(folded);
  let best: { i: number; score: number; hits: number } | undefined;
  for (const [i, s] of scores) {
    const score = s.score + (quoteAsked && ix.passages[i]!.quoted ? 2 : 0);
    if (!best || score > best.score) best = { i, score, hits: s.hits + (quoteAsked && ix.passages[i]!.quoted ? 1 : 0) };
  }
  // A clear match: two words of the question in one sentence, with enough weight (rare words count most);
  // one word will do where it is all that was asked ("vad betyder handlingsplan") or the plan's text is
  // asked about by name ("what does the plan say about the infrastructure").
  const aboutThePlan = /\b(planen|the plan|plan)\b/.test(folded);
  const one = asked.length === 1 || aboutThePlan;
  if (!best || best.hits < (one ? 1 : 2) || best.score < (one ? 2 : 4)) return undefined;
  const found = EXAMPLE.test(folded) ? allExamples(ix, withExamples(ix, best.i)) : withExamples(ix, best.i);
  return passageAnswer(q, pointedSection(q, ix, withNeighbours(ix, found, asked), synonyms), glosses);
}

/**
 * "Vilka exempel på utökad samverkan nämns?": examples asked for, and the passage found holds one of its section's
 * examples ("Ett annat exempel är …"): the section's other examples are added to it.
 */
function allExamples(ix: Index, p: Passage): Passage {
  const own = ix.passages.filter((x) => x.section === p.section);
  const single = own.filter((x) => !own.some((y) => y !== x && x.text.includes(y.text)));
  const examples = single.filter((x) => EXAMPLE.test(fold(x.text).split(' ').slice(0, 4).join(' ')));
  const missing = examples.filter((x) => !p.text.includes(x.text));
  if (!missing.length || missing.length === examples.length) return p;
  return { ...p, text: [p.text, ...missing.map((x) => x.text)].join(' '), words: new Set([...p.words, ...missing.flatMap((x) => [...x.words])]), quoted: p.quoted || missing.some((x) => x.quoted) };
}

/**
 * "vilka infrastruktur projekt nämns": a Swedish compound written apart, a word of the plan right before a word no
 * sentence of the plan holds, is read as the compound ("infrastrukturprojekt"), as if written together.
 */
function writtenApart(asked: string[], folded: string, ix: Index, lang: Query['lang']): string[] {
  // (Compounds are written together in Swedish only: English words written apart are two words.)
  if (lang !== 'sv') return asked;
  const known = (w: string) => (ix.byStem.get(stem(w)) ?? []).some((i) => [...ix.passages[i]!.words].some((pw) => sameWord(w, pw)));
  const out: string[] = [];
  for (let i = 0; i < asked.length; i++) {
    const [a, b] = [asked[i]!, asked[i + 1]];
    if (b && a.length >= 4 && b.length >= 4 && ` ${folded} `.includes(` ${a} ${b} `) && known(a) && !known(b)) {
      out.push(`${a}${b}`);
      i++;
    } else out.push(a);
  }
  return out;
}

/** A sentence that opens an example of the one before it ("Ett färskt exempel är …", "Ett annat exempel …"). */
const EXAMPLE = /\b(exempel|example|examples|t ex|till exempel|for example)\b/;

/**
 * "vilka nya uppgifter har lagts på befintliga samverkansorgan?": a sentence of a rule followed in its section by
 * examples of it is answered with them; the examples are what the rule comes to (the rest of the section from there).
 */
function withExamples(ix: Index, i: number): Passage {
  const p = ix.passages[i]!;
  const next = ix.passages[i + 1];
  if (!next || next.section !== p.section || !EXAMPLE.test(fold(next.text).split(' ').slice(0, 4).join(' '))) return p;
  const rest: Passage[] = [];
  for (let k = i + 1; k < ix.passages.length && ix.passages[k]!.section === p.section && !ix.passages[k]!.text.includes(p.text); k++) rest.push(ix.passages[k]!);
  return { ...p, text: [p.text, ...rest.map((r) => r.text)].join(' '), words: new Set([...p.words, ...rest.flatMap((r) => [...r.words])]) };
}

/**
 * Every word the plan's text holds, folded: its sentences, names, budget labels, meeting titles and notes. Per plan
 * version (the passages' text and sections, not their words, so the same whatever the stop words).
 */
const vocabularies = new PlanMemo<Set<string>>();
function planVocabulary(plan: Plan, stopWords: readonly string[]): Set<string> {
  return vocabularies.get(plan, () => {
    const out = new Set<string>();
    // (A hyphened word both whole and in its parts: "E4-ans", "Stockholm-Mälarregionen".)
    const add = (t: string | undefined) => { if (t) for (const w of fold(t).split(' ')) for (const x of [w, ...w.split('-')]) if (x) out.add(x); };
    const ix = indexOf(plan, stopWords);
    for (const p of ix.passages) { add(p.text); add(p.section); }
    for (const b of plan.bodies) { add(b.name); b.aliases.forEach(add); add(b.composition); add(b.attendees); b.otherMembers.forEach(add); }
    for (const m of plan.municipalities) { add(m.name); m.aliases.forEach(add); }
    for (const b of plan.budgets) for (const l of [...b.costs, ...b.income]) add(l.label);
    for (const m of plan.meetings) { add(m.title); add(m.note); }
    return out;
  });
}
/** The words of the lexicon's English glosses of the plan (its sentences, lines, bodies), folded; per lexicon data. */
const glossWords = new WeakMap<object, Set<string>>();
function glossVocabulary(data: LexiconData): Set<string> {
  const g = data.glosses ?? {};
  let out = glossWords.get(g);
  if (!out) {
    out = new Set<string>();
    for (const table of [g.passages, g.budgetLines, g.bodies, g.composition, g.attendees, g.topics]) {
      for (const [k, v] of Object.entries(table ?? {})) if (!k.startsWith('$') && typeof v === 'string') for (const w of fold(v).split(' ')) for (const x of [w, ...w.split('-')]) if (x) out.add(x);
    }
    glossWords.set(g, out);
  }
  return out;
}

/** Whether a word asked is one the plan's words hold: the word, an inflection or compound of it, or it with its punctuation left out ("E4:an" / "E4-ans"). */
function inVocabulary(w: string, vocab: Set<string>): boolean {
  if (vocab.has(w)) return true;
  const bare = w.replace(/[^a-z0-9]/g, '');
  for (const v of vocab) {
    if (sameWord(w, v)) return true;
    const vb = v.replace(/[^a-z0-9]/g, '');
    if (bare.length >= 3 && vb.startsWith(bare) && vb.length - bare.length <= 3) return true;
  }
  return false;
}

/**
 * "nämner planen Scania?", "står det något om Nynäsbanan i planen?", "Does the plan mention Mälardalsrådet?": whether the
 * plan's text holds the words looked for at all. Yes with the sentence that holds them (in English where glossed); no
 * where a word is nowhere in the plan (its sentences, their English glosses, its names and labels). Undefined where the
 * question does not ask it (the lexicon's mentionAsked, never after a question word: "vilka lärosäten nämns?").
 */
export function mentionAnswer(q: Query, plan: Plan, data: LexiconData | undefined, given: Answer): Answer | undefined {
  const frame = data?.mentionAsked;
  if (!frame) return undefined;
  const folded = ` ${q.words.join(' ')} `;
  const first = q.words[0] ?? '';
  if ((data?.yesNo?.whWords ?? []).includes(first) || !frame.phrases.some((p) => folded.includes(` ${p} `))) return undefined;
  // Only a yes/no question, or one opened by the verb of mentioning ("nämns X i planen?"): "List all the joint bodies
  // mentioned in the plan" asks for the list.
  if (q.form !== 'yesNo' && !(frame.verbs ?? []).includes(first)) return undefined;
  // A claim the readers have checked already ("Is Huddinge mentioned as the host of the rådslag 2013?": a municipality
  // with a year or a day is a claim of the plan's facts, and a Ja/Nej answer stands): its answer, not the word's.
  if (/^(ja|nej|yes|no)\b/i.test(given.reply.title) || (q.municipalities.length > 0 && (q.years.length > 0 || q.dates.length > 0))) return undefined;
  const stopWords = data?.exactWords?.stopWords ?? [];
  const asked = askedWords(q.text, undefined, stopSet(stopWords)).filter((w) => !inWordList(w, frame.frame));
  if (!asked.length || asked.length > 6) return undefined;
  const lang = q.lang;
  // The words looked for, as written: from the first to the last of them ("lagen om offentlig upphandling").
  const raw = q.text.trim().split(/\s+/);
  const at = raw.map((r) => fold(r).split(' ').some((w) => asked.includes(w)));
  const from = at.indexOf(true);
  const to = at.lastIndexOf(true);
  const what = from >= 0 ? raw.slice(from, to + 1).join(' ').replace(/[?!.,;:]+$/, '').replace(/^["“”']|["“”']$/g, '') : asked.join(' ');
  const vocab = planVocabulary(plan, stopWords);
  const glossed = data ? glossVocabulary(data) : new Set<string>();
  const found = asked.every((w) => inVocabulary(w, vocab) || (lang === 'en' && inVocabulary(w, glossed)));
  if (!found) {
    const result = notInPlanReply(q, say(lang, 'noThePlanDoesNotMention', what));
    return result;
  }
  const ix = indexOf(plan, stopWords);
  let best: { i: number; score: number } | undefined;
  for (const [i, sc] of scorePassages(ix, asked)) if (!best || sc.score > best.score) best = { i, score: sc.score };
  // (Words found only in the English glosses: the sentence whose gloss holds them all, "the Chamber of Commerce".)
  if (!best && lang === 'en') {
    const i = ix.passages.findIndex((p) => { const en = passageInEnglish(p.text, data?.glosses?.passages); return en !== undefined && asked.every((w) => inVocabulary(w, new Set(fold(en).split(' ')))); });
    if (i >= 0) best = { i, score: 0 };
  }
  const title = `${say(lang, 'yes')} – ${say(lang, 'thePlanMentions', what)}`;
  if (best) {
    const p = passageAnswer(q, ix.passages[best.i]!, data?.glosses?.passages);
    return { ...p, reply: { ...p.reply, title, blocks: [{ type: 'text', subtle: true, text: say(lang, 'fromThePlan', ix.passages[best.i]!.section) }, ...p.reply.blocks] } };
  }
  // A name or label of the plan with no sentence of its own (a municipality, a budget line): the answer given, under the yes.
  return { ...given, reply: { ...given.reply, title, blocks: [{ type: 'text', text: given.reply.title }, ...given.reply.blocks] } };
}

function notInPlanReply(q: Query, title: string): Answer {
  return { reply: reply('notInPlan', q.lang, title, [{ type: 'text', text: say(q.lang, 'searchedThePlansText') }]), context: contextOf(q) };
}
