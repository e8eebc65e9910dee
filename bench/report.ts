// Where `npm run bench` puts its figures: a generated section of docs/performance.md, between two markers,
// replaced whole by every run that writes. Pure: the bench (the shell) reads the file, passes the text in,
// and writes the result back; so figures in the docs are never pasted by hand.

export const BENCH_START = '<!-- bench:start -->';
export const BENCH_END = '<!-- bench:end -->';

export interface BenchRun {
  /** When the run began (the bench's wall clock; the bots' clock is BOT_NOW). */
  startedAt: Date;
  node: string;
  /** e.g. "2 cores (AMD EPYC), linux 6.18" */
  machine: string;
  /** The flags the run had, e.g. "full run" or "--quick --no-big". */
  mode: string;
  /** `abc1234`, `abc1234 with uncommitted changes`, or undefined when git could not say. */
  commit?: string;
  /** The run's console output, as printed. */
  output: string;
}

function utc(d: Date): string {
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The generated section, markers included. */
export function benchSection(run: BenchRun): string {
  if (run.output.includes(BENCH_START) || run.output.includes(BENCH_END)) throw new Error('the bench output holds a section marker');
  // A fence longer than any run of backticks in the output, so the output cannot end the block early.
  const longest = Math.max(0, ...(run.output.match(/`+/g) ?? []).map((s) => s.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const facts = [utc(run.startedAt), `Node ${run.node}`, run.machine, run.commit ? `commit ${run.commit}` : undefined, run.mode].filter(Boolean);
  return [
    BENCH_START,
    '<!-- Written by `npm run bench` (bench/bench.ts, bench/report.ts). Do not edit: the next run replaces it. -->',
    '',
    `Last run: ${facts.join(' · ')}.`,
    '',
    fence,
    run.output.replace(/\s+$/, ''),
    fence,
    BENCH_END,
  ].join('\n');
}

/**
 * `doc` with its generated section replaced by `section`. A marker counts where it is a line of its own.
 * A document without markers gets the section at its end under a heading of its own; markers out of
 * order, or more than one pair, are refused (the document is left to a person rather than guessed at).
 */
export function withBenchSection(doc: string, section: string): string {
  const starts = occurrences(doc, BENCH_START);
  const ends = occurrences(doc, BENCH_END);
  if (starts.length === 0 && ends.length === 0) {
    return `${doc.replace(/\s*$/, '')}\n\n## Latest run\n\n${section}\n`;
  }
  if (starts.length !== 1 || ends.length !== 1 || ends[0]! < starts[0]!) {
    throw new Error(`expected one ${BENCH_START} followed by one ${BENCH_END}; found ${starts.length} start and ${ends.length} end marker(s)${starts.length === 1 && ends.length === 1 ? ', the end first' : ''}`);
  }
  return doc.slice(0, starts[0]) + section + doc.slice(ends[0]! + BENCH_END.length);
}

/** Where `marker` stands alone on a line (so prose that names a marker in passing is not one). */
function occurrences(text: string, marker: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(marker); i !== -1; i = text.indexOf(marker, i + marker.length)) {
    const lineStart = i === 0 || text[i - 1] === '\n';
    const end = i + marker.length;
    const lineEnd = end === text.length || text[end] === '\n' || text.startsWith('\r\n', end);
    if (lineStart && lineEnd) at.push(i);
  }
  return at;
}
