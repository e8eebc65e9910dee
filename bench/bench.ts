// `npm run bench`: how fast and how lean Södertörnsboten is, measured against a bare echo bot on the
// same botbuilder + restify stack, and again with a plan 100 times larger and 1 000 subscribed
// conversations. Everything runs on loopback; every loop is bounded in count and time. The bots run from
// compiled JS as `npm start` runs them, with one addition: bench/memprobe.ts preloaded (and --expose-gc),
// so they can be asked to collect their garbage before their memory is read.
//
//
// A full run (no flags) also writes what it printed into docs/performance.md, replacing the section between
// <!-- bench:start --> and <!-- bench:end --> (bench/report.ts), with the date, Node and the commit.
//
//   node dist/bench/bench.js [--quick] [--profile] [--no-big] [--write | --no-write]
//     --quick     shorter phases (for iterating; the figures are noisier)
//     --profile   run the bots under test with --cpu-prof (profiles in the printed directory)
//     --no-big    leave out the plan ×100 bot (for iterating)
//     --write     write the figures into the docs even for a run with the flags above (its mode is named)
//     --no-write  print only
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../bot/paths.js';
import { dueReminders } from '../bot/reminders/due.js';
import type { StoreData } from '../bot/store/schema.js';
import { openStore } from '../bot/store/store.js';
import { loadLexiconData } from '../bot/understand/lexicon.js';
import { ManualClock } from '../bot/clock.js';
import { bigPlan, readSeed, storeWith, subscribedConversations } from './bigplan.js';
import { coreLatency, loadQuestions, pureLatency, type LatencyResult } from './inprocess.js';
import { rssBytes, runLoad, spawnTarget, startBenchConnector, type LoadResult, type Target } from './load.js';
import { benchSection, withBenchSection } from './report.js';
import { mb, median, ms, percentile, ratio, table } from './stats.js';

const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const PROFILE = args.has('--profile');
const NO_BIG = args.has('--no-big');
const SHORTENED = [...args].filter((a) => ['--quick', '--profile', '--no-big'].includes(a));
/** Only a full run's figures go into the docs by default: a shortened run is for iterating. */
const WRITE = !args.has('--no-write') && (SHORTENED.length === 0 || args.has('--write'));
const REPORT_DOC = path.join('docs', 'performance.md');

const ROOT = projectRoot();
const BOT_NOW = '2011-04-07T10:00:00+02:00';
/** Subscriptions start just before BOT_NOW: no reminder falls due while the bench runs. */
const SUBSCRIBED_SINCE = '2011-04-07T07:30:00.000Z';
const YEARS = 100;
const SUBSCRIBERS = 1000;
const CONCURRENCY = [1, 16, 64];
/** Per concurrency and bot: a warm-up, then `rounds` runs taking turns with the other bots (so a disturbance
 * from outside falls on all of them alike), pooled. */
const LOAD = QUICK ? { warmupMs: 500, durationMs: 600, rounds: 3, maxRequests: 10_000 } : { warmupMs: 1500, durationMs: 2000, rounds: 3, maxRequests: 20_000 };
const STARTS = QUICK ? 1 : 3;

type Kind = 'echo' | 'bot' | 'big';
const LABEL: Record<Kind, string> = { echo: 'echo bot', bot: 'Södertörnsboten', big: 'Södertörnsboten, plan ×100' };

/** Everything the run prints, kept for the docs. */
const printed: string[] = [];
function say(line: string): void {
  printed.push(line);
  process.stdout.write(`${line}\n`);
}

/** The commit the run measured, as far as git can say; undefined outside a git checkout. */
function commitOf(root: string): string | undefined {
  try {
    const git = (...a: string[]) => execFileSync('git', a, { cwd: root, encoding: 'utf8', timeout: 5000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const head = git('rev-parse', '--short', 'HEAD');
    // What the bench runs is dist/, built from these sources: a change outside docs/ may have been measured.
    const dirty = git('status', '--porcelain', '--untracked-files=no', '--', '.', ':!docs').length > 0;
    return dirty ? `${head} with uncommitted changes` : head;
  } catch {
    return undefined;
  }
}

/** Replace the generated section of docs/performance.md with this run (through a temporary file, so a
 * reader never sees half a document). */
async function writeReport(startedAt: Date, commit: string | undefined): Promise<void> {
  const file = path.join(ROOT, REPORT_DOC);
  const section = benchSection({
    startedAt,
    node: process.version,
    machine: `${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? '?'}), ${os.platform()} ${os.release()}`,
    mode: SHORTENED.length === 0 ? 'full run' : SHORTENED.join(' '),
    commit,
    output: printed.join('\n'),
  });
  const next = withBenchSection(await readFile(file, 'utf8'), section);
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, next);
  await rename(tmp, file);
}

interface Goal {
  name: string;
  pass: boolean;
  detail: string;
}
const goals: Goal[] = [];
function goal(name: string, pass: boolean, detail: string): void {
  goals.push({ name, pass, detail });
}

function summary(r: LatencyResult): { median: number; p99: number; n: number } {
  return { median: median(r.samples), p99: percentile(r.samples, 99), n: r.samples.length };
}

/** The median of `runs` timings of `fn`, bounded by `maxMs`. */
function timeIt(fn: () => void, runs: number, maxMs: number): number {
  const times: number[] = [];
  const deadline = performance.now() + maxMs;
  // Warm-up: the first run builds what is kept per plan; the rest let the JIT settle, so both plans are
  // timed in the steady state the scheduler's passes run in (without it the plan timed second paid for
  // re-optimising code the first had warmed up).
  for (let i = 0, t0 = performance.now(); i < 3 || (i < 1000 && performance.now() - t0 < 300); i++) fn();
  while (times.length < runs && performance.now() < deadline) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

async function main(): Promise<void> {
  const started = performance.now();
  // The report's date and commit (the bench is a shell; the bots under test run on BOT_NOW). Read at the
  // start, so the commit is the one that was built and measured.
  const startedAt = new Date();
  const commit = WRITE ? commitOf(ROOT) : undefined;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sodertorn-bench-'));
  const profileDir = path.join(dir, 'profiles');
  try {
    // The load average at the start: on a shared machine it says how much the figures were disturbed.
    say(`Södertörnsboten benchmark — node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? '?'}), ${os.platform()} ${os.release()}, load average ${os.loadavg()[0]!.toFixed(1)} at the start`);
    say(`bot clock BOT_NOW=${BOT_NOW}; plan ×${YEARS} = ${YEARS} years of the 2011 calendar; ${SUBSCRIBERS} subscribed conversations${QUICK ? '; --quick' : ''}`);
    say('');

    const seedPath = path.join(ROOT, 'data', 'seed.json');
    const seed = readSeed(seedPath);
    const lexicon = loadLexiconData(path.join(ROOT, 'data', 'lexicon.json'));
    const questions = loadQuestions(ROOT);
    const turns = questions.reduce((n, q) => n + q.turns.length, 0);
    const big = bigPlan(seed.plan, YEARS);

    // ---- 1. in-process answer latency ----
    const rounds = QUICK ? 5 : 20;
    // The plans as the running bot has them: loaded by the store (which lets the calendar keep its work).
    const coreStores = {
      bot: await openStore({ storePath: path.join(dir, 'core-store.json'), seedPath, clock: new ManualClock(BOT_NOW) }),
      big: await (async () => {
        const p = path.join(dir, 'core-big-seed.json');
        await writeFile(p, JSON.stringify({ schemaVersion: seed.schemaVersion, plan: big, runtime: seed.runtime }));
        return openStore({ storePath: path.join(dir, 'core-big-store.json'), seedPath: p, clock: new ManualClock(BOT_NOW) });
      })(),
    };
    const pure = {
      bot: summary(pureLatency({ plan: coreStores.bot.data.plan, lexicon, questions, warmup: 3, rounds, maxMs: 15_000 })),
      big: summary(pureLatency({ plan: coreStores.big.data.plan, lexicon, questions, warmup: 3, rounds, maxMs: 15_000 })),
    };
    const core = {
      bot: summary(await coreLatency({ store: coreStores.bot, lexicon, questions, warmup: 1, rounds: QUICK ? 2 : 5, maxMs: 15_000 })),
      big: summary(await coreLatency({ store: coreStores.big, lexicon, questions, warmup: 1, rounds: QUICK ? 2 : 5, maxMs: 15_000 })),
    };
    await Promise.all([coreStores.bot.settled(), coreStores.big.settled()]); // their contexts are written
    say(`1. In-process answer latency: the question sets (${questions.length} items, ${turns} questions), each with its item's clock`);
    say(
      table(
        ['', 'questions timed', 'median', 'p99'],
        [
          ['understand + answer, 2011 plan', String(pure.bot.n), ms(pure.bot.median, 3), ms(pure.bot.p99, 3)],
          ['understand + answer, plan ×100', String(pure.big.n), ms(pure.big.median, 3), ms(pure.big.p99, 3)],
          ['core.handleMessage (context saved), 2011 plan', String(core.bot.n), ms(core.bot.median, 3), ms(core.bot.p99, 3)],
          ['core.handleMessage (context saved), plan ×100', String(core.big.n), ms(core.big.median, 3), ms(core.big.p99, 3)],
        ],
      ),
    );
    say('');
    goal('in-process p99 under 2 ms (2011 plan)', pure.bot.p99 < 2, `p99 ${ms(pure.bot.p99, 3)}`);

    // ---- 2. one reminder planning pass ----
    const now = new Date(BOT_NOW);
    const subs = subscribedConversations(SUBSCRIBERS, 'http://127.0.0.1:9', SUBSCRIBED_SINCE);
    const planning = {
      bot: timeIt(() => dueReminders({ plan: coreStores.bot.data.plan, subscriptions: subs.subscriptions, sent: [], now }), QUICK ? 5 : 31, 20_000),
      big: NO_BIG ? NaN : timeIt(() => dueReminders({ plan: coreStores.big.data.plan, subscriptions: subs.subscriptions, sent: [], now }), QUICK ? 5 : 31, 60_000),
    };
    say(`2. One reminder planning pass (dueReminders, ${SUBSCRIBERS} subscriptions, median of ${QUICK ? 5 : 31} runs after 0.3 s of warm-up)`);
    say(table(['', 'time'], [['2011 plan', ms(planning.bot)], ['plan ×100', ms(planning.big)]]));
    say('');

    // ---- 3. end to end over HTTP ----
    const connector = await startBenchConnector();
    const bigSeedPath = path.join(dir, 'big-seed.json');
    const bigStoreTemplate = path.join(dir, 'big-store.template.json');
    await writeFile(bigSeedPath, JSON.stringify({ schemaVersion: seed.schemaVersion, plan: big, runtime: seed.runtime }, null, 2));
    const bigStore: StoreData = storeWith(seed, big, subscribedConversations(SUBSCRIBERS, connector.url, SUBSCRIBED_SINCE));
    await writeFile(bigStoreTemplate, JSON.stringify(bigStore, null, 2));

    let spawnSeq = 0;
    async function start(kind: Kind): Promise<Target> {
      const t = await spawn(kind);
      alive.add(t);
      return t;
    }
    async function spawn(kind: Kind): Promise<Target> {
      const n = ++spawnSeq;
      const nodeArgs = [
        '--expose-gc',
        '--import',
        pathToFileURL(path.join(ROOT, 'dist', 'bench', 'memprobe.js')).href,
        ...(PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${kind}-${n}.cpuprofile`] : []),
      ];
      if (kind === 'echo') return spawnTarget({ name: kind, script: path.join(ROOT, 'dist', 'bench', 'echo-bot.js'), cwd: ROOT, nodeArgs, env: {} });
      // A fresh store each start, already in place (as after the first start): the bot opens, never seeds.
      const storePath = path.join(dir, `store-${kind}-${n}.json`);
      await copyFile(kind === 'big' ? bigStoreTemplate : seedPath, storePath);
      return spawnTarget({
        name: kind,
        script: path.join(ROOT, 'dist', 'bot', 'index.js'),
        cwd: ROOT,
        nodeArgs,
        env: { BOT_NOW, STORE_PATH: storePath, SEED_PATH: kind === 'big' ? bigSeedPath : seedPath },
      });
    }

    const kinds: Kind[] = NO_BIG ? ['echo', 'bot'] : ['echo', 'bot', 'big'];
    const startups: Record<Kind, number[]> = { echo: [], bot: [], big: [] };
    const running = {} as Record<Kind, Target>;
    for (let i = 0; i < STARTS; i++) {
      for (const kind of kinds) {
        const t = await start(kind);
        startups[kind].push(t.startupMs);
        if (i === STARTS - 1) running[kind] = t;
        else await stop(t);
      }
    }

    const texts = questions.map((q) => q.turns[0]!);
    const loads: Record<Kind, LoadResult[]> = { echo: [], bot: [], big: [] };
    for (const c of CONCURRENCY) {
      const base = (kind: Kind) => ({ url: running[kind].url, connector, concurrency: c, texts, conversationPrefix: `${kind}-c${c}`, pid: running[kind].child.pid });
      for (const kind of kinds) await runLoad({ ...base(kind), durationMs: LOAD.warmupMs, maxRequests: LOAD.maxRequests });
      const runs: Record<Kind, LoadResult[]> = { echo: [], bot: [], big: [] };
      for (let round = 0; round < LOAD.rounds; round++) {
        for (const kind of kinds) runs[kind].push(await runLoad({ ...base(kind), durationMs: LOAD.durationMs, maxRequests: LOAD.maxRequests }));
      }
      for (const kind of kinds) loads[kind].push(pool(runs[kind]));
    }
    const rssLoaded = { echo: NaN, bot: NaN, big: NaN } as Record<Kind, number>;
    const rss = { echo: NaN, bot: NaN, big: NaN } as Record<Kind, number>;
    const errors = { echo: 0, bot: 0, big: 0 } as Record<Kind, number>;
    for (const kind of kinds) rssLoaded[kind] = rssBytes(running[kind].child.pid!);
    for (const kind of kinds) {
      await running[kind].collect();
      rss[kind] = rssBytes(running[kind].child.pid!);
      errors[kind] = running[kind].errors();
    }
    for (const kind of kinds) await stop(running[kind]);
    const proactive = connector.proactive;
    await connector.close();

    say(
      `3. End to end over loopback HTTP: POST /api/messages → reply at a fake Bot Connector (per bot and concurrency: ${(LOAD.warmupMs / 1000).toFixed(1)} s warm-up, then ${LOAD.rounds} × ${(LOAD.durationMs / 1000).toFixed(1)} s taking turns with the other bots)`,
    );
    const rows: string[][] = [];
    for (const [i, c] of CONCURRENCY.entries()) {
      for (const kind of kinds) {
        const r = loads[kind][i]!;
        const e = loads.echo[i]!;
        const vs = kind === 'echo' ? ['', '', ''] : [ratio(median(r.latencies), median(e.latencies)), ratio(percentile(r.latencies, 99), percentile(e.latencies, 99)), ratio(r.rps, e.rps)];
        rows.push([String(c), LABEL[kind], String(r.requests), String(r.failures), r.rps.toFixed(0), ms(median(r.latencies)), ms(percentile(r.latencies, 99)), ...vs, ms((r.cpuMs ?? NaN) / r.requests), `${(r.replyBytes / Math.max(1, r.requests + r.failures) / 1024).toFixed(1)} kB`]);
      }
    }
    say(table(['conversations', 'bot', 'replies', 'failed', 'req/s', 'median', 'p99', 'median/echo', 'p99/echo', 'req/s /echo', 'bot CPU/reply', 'reply size'], rows));
    say('');
    say('4. Start-up (spawn to the first 200 from /healthz, median of ' + STARTS + ') and resident memory (VmRSS) after the load: as the load left it, and once the bot has collected its garbage');
    say(
      table(
        ['bot', 'start-up', 'vs echo', 'RSS as left', 'vs echo', 'RSS collected', 'vs echo', 'error log lines'],
        kinds.map((k) => [
          LABEL[k],
          ms(median(startups[k]), 0),
          k === 'echo' ? '' : ratio(median(startups[k]), median(startups.echo)),
          mb(rssLoaded[k]),
          k === 'echo' ? '' : ratio(rssLoaded[k], rssLoaded.echo),
          mb(rss[k]),
          k === 'echo' ? '' : ratio(rss[k], rss.echo),
          String(errors[k]),
        ]),
      ),
    );
    say(`   proactive messages at the connector during the run (reminders; expected 0): ${proactive}`);
    say('');

    // ---- goals ----
    for (const [i, c] of CONCURRENCY.entries()) {
      const e = loads.echo[i]!;
      const b = loads.bot[i]!;
      const em = median(e.latencies);
      const bm = median(b.latencies);
      const ep = percentile(e.latencies, 99);
      const bp = percentile(b.latencies, 99);
      goal(`median latency within 1.3× of echo, ${c} conversation(s)`, bm <= 1.3 * em, `${ms(bm)} vs ${ms(em)} = ${ratio(bm, em)}`);
      goal(`p99 latency within 1.5× of echo, ${c} conversation(s)`, bp <= 1.5 * ep, `${ms(bp)} vs ${ms(ep)} = ${ratio(bp, ep)}`);
      goal(`throughput at least 0.8× of echo, ${c} conversation(s)`, b.rps >= 0.8 * e.rps, `${b.rps.toFixed(0)} vs ${e.rps.toFixed(0)} req/s = ${ratio(b.rps, e.rps)}`);
    }
    const sb = median(startups.bot);
    const se = median(startups.echo);
    goal('start-up within 2× of echo', sb <= 2 * se, `${ms(sb, 0)} vs ${ms(se, 0)} = ${ratio(sb, se)}`);
    goal('resident memory within 1.5× of echo (after the load, garbage collected)', rss.bot <= 1.5 * rss.echo, `${mb(rss.bot)} vs ${mb(rss.echo)} = ${ratio(rss.bot, rss.echo)} (as the load left it: ${mb(rssLoaded.bot)} vs ${mb(rssLoaded.echo)} = ${ratio(rssLoaded.bot, rssLoaded.echo)})`);
    goal('no failed requests, no error log lines', kinds.every((k) => loads[k].every((l) => l.failures === 0) && errors[k] === 0), kinds.map((k) => `${k}: ${loads[k].reduce((n, l) => n + l.failures, 0)} failed, ${errors[k]} errors`).join('; '));

    // Plan ×100 against the 2011 plan: nothing more than 1.2× worse.
    const worse: Array<[string, number, number, 'lower' | 'higher']> = [
      ['in-process median', pure.big.median, pure.bot.median, 'lower'],
      ['in-process p99', pure.big.p99, pure.bot.p99, 'lower'],
      ['reminder planning pass', planning.big, planning.bot, 'lower'],
      ...CONCURRENCY.flatMap((c, i): Array<[string, number, number, 'lower' | 'higher']> => [
        [`median latency, ${c} conversation(s)`, median(loads.big[i]?.latencies ?? []), median(loads.bot[i]!.latencies), 'lower'],
        [`p99 latency, ${c} conversation(s)`, percentile(loads.big[i]?.latencies ?? [], 99), percentile(loads.bot[i]!.latencies, 99), 'lower'],
        [`throughput, ${c} conversation(s)`, loads.big[i]?.rps ?? NaN, loads.bot[i]!.rps, 'higher'],
      ]),
      ['start-up', median(startups.big), sb, 'lower'],
      ['resident memory (garbage collected)', rss.big, rss.bot, 'lower'],
    ];
    for (const [name, bigV, botV, better] of NO_BIG ? [] : worse) {
      const factor = better === 'lower' ? bigV / botV : botV / bigV;
      const unit = name.startsWith('resident memory') ? mb : name.startsWith('throughput') ? (v: number) => `${v.toFixed(0)} req/s` : (v: number) => ms(v, name.startsWith('in-process') ? 3 : 2);
      goal(`plan ×100: ${name} at most 1.2× worse`, factor <= 1.2, `${unit(bigV)} vs ${unit(botV)} = ${factor.toFixed(2)}× worse`);
    }

    say('Goals (the echo bot is the floor)');
    for (const g of goals) say(`  ${g.pass ? 'PASS' : 'MISS'}  ${g.name}: ${g.detail}`);
    say('');
    say(`${goals.filter((g) => g.pass).length} of ${goals.length} goals met; bench took ${((performance.now() - started) / 1000).toFixed(0)} s`);
    if (PROFILE) say(`CPU profiles: ${profileDir}`);
    if (WRITE) {
      await writeReport(startedAt, commit);
      process.stdout.write(`figures written to ${REPORT_DOC} (between <!-- bench:start --> and <!-- bench:end -->)\n`);
    } else {
      process.stdout.write(`figures not written to ${REPORT_DOC} (${args.has('--no-write') ? '--no-write' : 'a shortened run; --write to write it anyway'})\n`);
    }
  } finally {
    for (const t of alive) await t.stop();
    if (!PROFILE) await rm(dir, { recursive: true, force: true });
  }
}

/** Every bot process this run started and has not stopped: stopped however the run ends. */
const alive = new Set<Target>();
async function stop(t: Target): Promise<void> {
  await t.stop();
  alive.delete(t);
}

function pool(runs: LoadResult[]): LoadResult {
  const seconds = runs.reduce((n, r) => n + r.seconds, 0);
  const latencies = runs.flatMap((r) => r.latencies);
  return {
    concurrency: runs[0]!.concurrency,
    latencies,
    requests: latencies.length,
    failures: runs.reduce((n, r) => n + r.failures, 0),
    seconds,
    rps: latencies.length / seconds,
    cpuMs: runs.reduce((n, r) => n + (r.cpuMs ?? NaN), 0),
    replyBytes: runs.reduce((n, r) => n + r.replyBytes, 0),
  };
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${(e as Error)?.stack ?? String(e)}\n`);
  process.exit(1);
});
