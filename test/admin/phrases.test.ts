// The change lists' phrase look-up by word sequences (natural.ts phraseTest) answers exactly as scanning
// each list's phrases through the text did: over every question and change request in the test sets,
// with and without the change words mixed in, and over random texts of the lists' own words.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { changeWords, phraseTest } from '../../bot/admin/natural.js';
import { validateStore } from '../../bot/store/store.js';
import { buildLexicon } from '../../bot/understand/lexicon.js';
import { fold } from '../../bot/understand/normalize.js';
import { ROOT, SEED } from '../helpers/app.js';
import { LEXICON } from '../helpers/core.js';
import { seededRandom } from '../helpers/random.js';

const plan = validateStore(JSON.parse(readFileSync(SEED, 'utf8'))).plan;
const C = changeWords(buildLexicon(LEXICON, plan))!;
const lists = Object.values(C).filter((v): v is string[] => Array.isArray(v) && v.every((p) => typeof p === 'string'));

/** Every `q` in the development sets (the held-out ones are not read here). */
function questions(): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) k === 'q' && typeof x === 'string' ? out.push(x) : walk(x);
  };
  for (const dir of ['test/understanding', 'test/questions']) {
    for (const f of readdirSync(path.join(ROOT, dir))) if (f.endsWith('.json') && !f.includes('heldout') && f !== 'floors.json') walk(JSON.parse(readFileSync(path.join(ROOT, dir, f), 'utf8')));
  }
  return out;
}

function agrees(text: string): string[] {
  const f = fold(text);
  const padded = ` ${f} `;
  const fast = phraseTest(C, f);
  return lists.filter((l) => fast(l) !== l.some((p) => padded.includes(p))).map((l) => `${JSON.stringify(text)}: ${l.slice(0, 3).join('|')}…`);
}

it('finds a phrase of a list exactly where scanning the list does, over the question sets', () => {
  const qs = questions();
  expect(qs.length).toBeGreaterThan(1000);
  expect(qs.flatMap(agrees)).toEqual([]);
});

it('agrees on random texts made of the lists’ words, names and punctuation', () => {
  const rnd = seededRandom(20110407);
  const vocabulary = [...new Set(lists.flatMap((l) => l.flatMap((p) => p.trim().split(' '))))].concat(['LG', 'SK', '14/4', '600 000', 'Salem', 'och', ',', '?', 'inte', 'ska']);
  const phrases = lists.flat().map((p) => p.trim());
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const some = () => Array.from({ length: Math.floor(rnd() * 6) }, () => pick(vocabulary));
  // Half of them hold a whole phrase among other words (the longest phrases too), half are words alone.
  const texts = Array.from({ length: 4000 }, (_, i) => [...some(), ...(i % 2 ? [pick(phrases)] : []), ...some()].join(rnd() < 0.1 ? '  ' : ' ') || pick(vocabulary));
  const hits = texts.filter((t) => lists.some((l) => l.some((p) => ` ${fold(t)} `.includes(p)))).length;
  expect(hits).toBeGreaterThan(1000); // the texts do hold phrases: the comparison is not over misses only
  expect(texts.flatMap(agrees)).toEqual([]);
});
