// Issue 14: understanding that holds on questions nobody wrote down. The questions the bot already answers
// right in the non-held-out sets, typed the way members type them (perturb.ts: no å/ä/ö, lower case, capitals,
// with or without a question mark, a greeting or a thanks, one typo, chat clippings), each perturbation alone,
// judged by the score test's own judge (judge.ts) against the item's own expectations. An item holds under a
// perturbation when its perturbed form is judged right too. Each perturbation's share of items that hold must
// stay at or above its floor in robustness-floors.json.
//
// A deterministic 5 % sample of the items keeps the runtime modest, about 30 s (ROBUSTNESS_SAMPLE=100 runs every item; ROBUSTNESS_SHOW=n
// prints n broken items per perturbation). Held-out sets are never read here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createTestCore, type TestCore } from '../helpers/core.js';
import { ask, check, DIR, FILES, SECRETARIAT_ID, type Item, type QuestionSet, type Turn } from './judge.js';
import { PERTURBATIONS, type Lang } from './perturb.js';

const SAMPLE_PERCENT = Number(process.env.ROBUSTNESS_SAMPLE ?? 5);
const SHOW = Number(process.env.ROBUSTNESS_SHOW ?? 0);
const FLOORS = JSON.parse(readFileSync(path.join(DIR, 'robustness-floors.json'), 'utf8')) as Record<string, number>;
const SETS = FILES.filter((f) => !f.heldOut && !f.file.includes('heldout') && /^(dev|.*-dev|.*-own.*)\.json$/.test(f.file));

/** A stable hash of a text (FNV-1a), for the sample. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

interface Tally { applicable: number; broke: number; examples: string[] }

async function runItem(bot: TestCore, item: Item, turns: Turn[], conversationId: string): Promise<{ ok: boolean; langs: string[]; problems: string[] }> {
  const langs: string[] = [];
  const problems: string[] = [];
  for (const turn of turns) {
    const answer = await ask(bot, turn, item, conversationId);
    langs.push(answer.lang);
    const p = check(turn, answer);
    if (p.length) problems.push(`${turn.q}: ${p.join('; ')} | ${answer.text.split('\n')[0]}`);
  }
  return { ok: problems.length === 0, langs, problems };
}

const tallies = new Map<string, Tally>(PERTURBATIONS.map((p) => [p.name, { applicable: 0, broke: 0, examples: [] }]));
let baseline = { items: 0, right: 0 };

beforeAll(async () => {
  for (const spec of SETS) {
    const set = JSON.parse(readFileSync(path.join(DIR, spec.file), 'utf8')) as QuestionSet;
    const newCore = () => createTestCore(set.defaultNow, { secretariat: [SECRETARIAT_ID] });
    const shared = spec.freshCorePerItem ? undefined : await newCore();
    try {
      for (const [n, item] of set.items.entries()) {
        if (hash(`${spec.file}#${n}`) % 100 >= SAMPLE_PERCENT) continue;
        const turns = item.conversation ?? [item as Turn];
        const run = async (ts: Turn[], id: string) => {
          const bot = shared ?? (await newCore());
          try {
            bot.clock.set(item.now ?? set.defaultNow);
            return await runItem(bot, item, ts, id);
          } finally {
            if (!shared) await bot.cleanup();
          }
        };
        baseline.items++;
        const base = await run(turns, `robust-${spec.file}-${n}`);
        if (!base.ok) continue;
        baseline.right++;
        for (const p of PERTURBATIONS) {
          let any = false;
          const perturbed = turns.map((t, i) => {
            const lang = (t.lang ?? item.lang ?? base.langs[i]) as Lang;
            const kinds = [t.kind ?? item.kind ?? []].flat();
            const request = (t.as ?? item.as) === 'secretariat' || kinds.includes('confirm') || kinds.includes('refused');
            const q = (i > 0 && p.firstTurnOnly) || (request && p.questionsOnly) ? undefined : p.apply(t.q, lang);
            if (q === undefined) return t;
            any = true;
            return { ...t, q };
          });
          if (!any) continue;
          const tally = tallies.get(p.name)!;
          tally.applicable++;
          const r = await run(perturbed, `robust-${spec.file}-${n}-${p.name}`);
          if (!r.ok) {
            tally.broke++;
            if (tally.examples.length < SHOW) tally.examples.push(`${spec.file}#${n} ${r.problems.join(' // ')}`);
          }
        }
      }
    } finally {
      await shared?.cleanup();
    }
  }
  const rows = [...tallies.entries()].map(([name, t]) => {
    const held = t.applicable ? Math.floor(((t.applicable - t.broke) / t.applicable) * 1000) / 10 : 100;
    return `| ${name.padEnd(20)} | ${String(t.applicable).padStart(5)} | ${String(t.broke).padStart(4)} | ${held.toFixed(1).padStart(5)} % |`;
  });
  const shown = [...tallies.entries()].flatMap(([name, t]) => t.examples.map((e) => `[${name}] ${e}`));
  process.stdout.write(
    `\nRobustness (${SAMPLE_PERCENT} % sample: ${baseline.right}/${baseline.items} items right as written)\n` +
      `| perturbation         | items | broke | held |\n${rows.join('\n')}\n${shown.length ? `${shown.join('\n')}\n` : ''}`,
  );
}, 600_000);

describe('the questions answered right still are when typed otherwise', () => {
  it('has a sample of right answers to perturb', () => {
    expect(baseline.right).toBeGreaterThan(SAMPLE_PERCENT * 30);
  });
  it.each(PERTURBATIONS.map((p) => p.name))('%s: at least its floor of items hold', (name) => {
    const t = tallies.get(name)!;
    const held = t.applicable ? ((t.applicable - t.broke) / t.applicable) * 100 : 100;
    const floor = FLOORS[name] ?? 100;
    expect(held >= floor ? 'at or above floor' : `${held.toFixed(1)} % is below the floor ${floor} %`).toBe('at or above floor');
  });
});
