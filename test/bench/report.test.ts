// `npm run bench` writes its figures into docs/performance.md itself: the generated section is replaced
// whole, the rest of the document kept byte for byte, and a document it cannot read safely left alone.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BENCH_END, BENCH_START, benchSection, withBenchSection, type BenchRun } from '../../bench/report.js';
import { ROOT } from '../helpers/app.js';

const run = (output: string, over: Partial<BenchRun> = {}): BenchRun => ({
  startedAt: new Date('2026-12-03T07:55:12.345Z'),
  node: 'v24.11.1',
  machine: '2 cores (AMD EPYC), linux 6.18',
  mode: 'full run',
  commit: 'abc1234',
  output,
  ...over,
});

describe('benchSection', () => {
  it('names the date (UTC), Node, the machine, the commit and the mode, then the output as printed', () => {
    const s = benchSection(run('1. In-process\nmedian  0.036 ms\n\n20 of 27 goals met\n'));
    expect(s.startsWith(BENCH_START)).toBe(true);
    expect(s.endsWith(BENCH_END)).toBe(true);
    expect(s).toContain('Last run: 2026-12-03 07:55 UTC · Node v24.11.1 · 2 cores (AMD EPYC), linux 6.18 · commit abc1234 · full run.');
    expect(s).toContain('```\n1. In-process\nmedian  0.036 ms\n\n20 of 27 goals met\n```');
  });

  it('leaves out a commit git could not name', () => {
    expect(benchSection(run('x', { commit: undefined }))).toContain('Last run: 2026-12-03 07:55 UTC · Node v24.11.1 · 2 cores (AMD EPYC), linux 6.18 · full run.');
  });

  it('fences the output with more backticks than it holds', () => {
    expect(benchSection(run('a ``` b'))).toContain('````\na ``` b\n````');
  });

  it('refuses output holding a marker, which would break the next run', () => {
    expect(() => benchSection(run(`x ${BENCH_END}`))).toThrow(/marker/);
  });
});

describe('withBenchSection', () => {
  const doc = (inner: string) => `# Performance\n\nBefore.\n\n${BENCH_START}\n${inner}\n${BENCH_END}\n\nAfter, by hand.\n`;

  it('replaces the section and keeps the rest byte for byte', () => {
    const next = withBenchSection(doc('old figures'), benchSection(run('new figures')));
    expect(next).not.toContain('old figures');
    expect(next).toContain('new figures');
    expect(next.startsWith('# Performance\n\nBefore.\n\n')).toBe(true);
    expect(next.endsWith(`${BENCH_END}\n\nAfter, by hand.\n`)).toBe(true);
  });

  it('gives the same document when run twice with the same run', () => {
    const section = benchSection(run('figures'));
    const once = withBenchSection(doc('old'), section);
    expect(withBenchSection(once, section)).toBe(once);
  });

  it('appends the section under a heading to a document without markers', () => {
    const next = withBenchSection('# Performance\n\nText.\n', benchSection(run('figures')));
    expect(next).toMatch(/^# Performance\n\nText\.\n\n## Latest run\n\n<!-- bench:start -->/);
    expect(next.endsWith(`${BENCH_END}\n`)).toBe(true);
  });

  it('counts a marker only where it is a line of its own, not where prose names it', () => {
    const text = `Between \`${BENCH_START}\` and \`${BENCH_END}\`:\n\n${doc('old')}`;
    const next = withBenchSection(text, benchSection(run('new')));
    expect(next.startsWith(`Between \`${BENCH_START}\` and \`${BENCH_END}\`:\n\n# Performance`)).toBe(true);
    expect(next).not.toContain('old');
  });

  it.each([
    ['a start without an end', `${BENCH_START}\nx\n`],
    ['an end without a start', `x\n${BENCH_END}\n`],
    ['the end before the start', `${BENCH_END}\nx\n${BENCH_START}\n`],
    ['two sections', `${BENCH_START}\n${BENCH_END}\n${BENCH_START}\n${BENCH_END}\n`],
  ])('refuses %s and changes nothing', (_what, text) => {
    expect(() => withBenchSection(text, benchSection(run('figures')))).toThrow(/expected one/);
  });

  it('finds exactly one section in docs/performance.md, so the next run can write', () => {
    const text = readFileSync(path.join(ROOT, 'docs', 'performance.md'), 'utf8');
    expect(text.split('\n').filter((l) => l === BENCH_START)).toHaveLength(1);
    expect(text.split('\n').filter((l) => l === BENCH_END)).toHaveLength(1);
    expect(withBenchSection(text, benchSection(run('probe')))).toContain('probe');
  });
});
