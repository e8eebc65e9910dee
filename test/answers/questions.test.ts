// The question set (test/questions/questions.json): every question, its answer must contain the facts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/app.js';
import { createTestCore, type TestCore } from '../helpers/core.js';

interface Turn { q: string; expect?: string[]; expectNot?: string[]; kind?: string }
interface Item extends Partial<Turn> { now?: string; conversation?: Turn[] }
const FILE = process.env.QUESTIONS ?? 'questions.json';
const set = JSON.parse(readFileSync(path.join(ROOT, 'test', 'questions', FILE), 'utf8')) as { defaultNow: string; items: Item[] };

const norm = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').toLowerCase();

function check(turn: Turn, answer: { text: string; kind: string }): string[] {
  const problems: string[] = [];
  const text = norm(answer.text);
  for (const e of turn.expect ?? []) if (!text.includes(norm(e))) problems.push(`missing "${e}"`);
  for (const e of turn.expectNot ?? []) if (text.includes(norm(e))) problems.push(`should not contain "${e}"`);
  if (turn.kind && answer.kind !== turn.kind) problems.push(`kind ${answer.kind}, expected ${turn.kind}`);
  if (!turn.kind && (answer.kind === 'notInPlan' || answer.kind === 'clarify')) problems.push(`answered ${answer.kind}`);
  return problems;
}

describe('the question set', () => {
  let bot: TestCore;
  beforeAll(async () => {
    bot = await createTestCore(set.defaultNow);
  });
  afterAll(() => bot.cleanup());

  it('has at least 200 questions, about 60 % Swedish', () => {
    const turns = set.items.flatMap((i) => i.conversation ?? [i as Turn]);
    expect(turns.length).toBeGreaterThanOrEqual(200);
  });

  const failures: string[] = [];
  set.items.forEach((item, n) => {
    const turns = item.conversation ?? [item as Turn];
    it(`#${n} ${turns.map((t) => t.q).join(' → ')}`, async () => {
      bot.clock.set(item.now ?? set.defaultNow);
      const conv = `q-${n}`;
      for (const turn of turns) {
        const answer = await bot.ask(turn.q, conv);
        const problems = check(turn, answer);
        if (problems.length) failures.push(`${turn.q}: ${problems.join('; ')}\n   ${answer.text.replace(/\n/g, ' | ').slice(0, 300)}`);
        expect({ q: turn.q, problems, answer: answer.text }).toEqual({ q: turn.q, problems: [], answer: answer.text });
      }
    });
  });
});
