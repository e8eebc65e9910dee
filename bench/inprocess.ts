// In-process answer latency: the question sets (test/questions/*.json) through understand + answer, each
// with its item's clock, as test/helpers/core.ts builds the core, but timed. Also the whole
// core.handleMessage (with the follow-up context written to the store) for comparison.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ManualClock } from '../bot/clock.js';
import { createCore } from '../bot/core/bot.js';
import { createLogger } from '../bot/log.js';
import { answer } from '../bot/answers/answer.js';
import type { Plan } from '../bot/store/schema.js';
import type { Store } from '../bot/store/store.js';
import { buildLexicon, type LexiconData } from '../bot/understand/lexicon.js';
import { understand, type QueryContext } from '../bot/understand/understand.js';

interface Turn {
  q: string;
}
interface Item extends Partial<Turn> {
  now?: string;
  conversation?: Turn[];
}
export interface Question {
  /** The turns of one item: one question, or a short conversation whose context carries over. */
  turns: string[];
  now: Date;
}

export function loadQuestions(root: string): Question[] {
  const dir = path.join(root, 'test', 'questions');
  const out: Question[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    const set = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { defaultNow: string; items: Item[] };
    for (const item of set.items) {
      const turns = (item.conversation ?? [item as Turn]).map((t) => t.q);
      out.push({ turns, now: new Date(item.now ?? set.defaultNow) });
    }
  }
  return out;
}

export interface LatencyResult {
  /** Milliseconds per question (one turn). */
  samples: number[];
  rounds: number;
}

/** understand + answer for every turn, `warmup` rounds untimed, then timed rounds until `rounds` or `maxMs`. */
export function pureLatency(opts: { plan: Plan; lexicon: LexiconData; questions: Question[]; warmup: number; rounds: number; maxMs: number }): LatencyResult {
  const lexicon = buildLexicon(opts.lexicon, opts.plan);
  const samples: number[] = [];
  const once = (timed: boolean) => {
    for (const item of opts.questions) {
      let context: QueryContext | undefined;
      for (const text of item.turns) {
        const t0 = performance.now();
        const q = understand({ text, plan: opts.plan, lexicon, now: item.now, locale: undefined, context });
        // (With the lexicon's data, as a turn asks it: core/turn.ts.)
        const result = answer({ q, plan: opts.plan, now: item.now, data: opts.lexicon });
        const dt = performance.now() - t0;
        if (timed) samples.push(dt);
        context = result.context ?? context;
      }
    }
  };
  for (let i = 0; i < opts.warmup; i++) once(false);
  const deadline = performance.now() + opts.maxMs;
  let rounds = 0;
  while (rounds < opts.rounds && performance.now() < deadline) {
    once(true);
    rounds += 1;
  }
  return { samples, rounds };
}

/** core.handleMessage for every turn (the context write to the store included). */
export async function coreLatency(opts: { store: Store; lexicon: LexiconData; questions: Question[]; warmup: number; rounds: number; maxMs: number }): Promise<LatencyResult> {
  const clock = new ManualClock(opts.questions[0]!.now);
  const core = createCore({ store: opts.store, clock, logger: createLogger('error', () => undefined), lexicon: opts.lexicon });
  const samples: number[] = [];
  const once = async (timed: boolean, round: number) => {
    let n = 0;
    for (const item of opts.questions) {
      clock.set(item.now);
      const conversationId = `q-${n++}-${round}`;
      for (const text of item.turns) {
        const t0 = performance.now();
        await core.handleMessage({ conversationId, channel: 'terminal', userId: 'bench', text });
        const dt = performance.now() - t0;
        if (timed) samples.push(dt);
      }
    }
  };
  for (let i = 0; i < opts.warmup; i++) await once(false, -1 - i);
  const deadline = performance.now() + opts.maxMs;
  let rounds = 0;
  while (rounds < opts.rounds && performance.now() < deadline) {
    await once(true, rounds);
    rounds += 1;
  }
  return { samples, rounds };
}
