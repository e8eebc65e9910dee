// Summarises a V8 .cpuprofile (from `node --cpu-prof`, or `npm run bench -- --profile`): the functions
// with the most self time, and the time spent inside each of our source files (inclusive, outermost frame
// per file counted once per sample).  node dist/bench/cpuprofile.js <file.cpuprofile> [top=25]
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

function short(url: string): string {
  const i = url.indexOf('/node_modules/');
  if (i >= 0) return url.slice(i + 14);
  const d = url.indexOf('/dist/');
  if (d >= 0) return url.slice(d + 6);
  return url.replace(/^file:\/\//, '') || '(native)';
}

export function summarise(profile: Profile, top = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusiveFile = new Map<string, number>();
  const inclusiveFn = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    total += dt;
    const n = byId.get(id)!;
    const key = `${n.callFrame.functionName || '(anonymous)'} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    const files = new Set<string>();
    const fns = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur)!.callFrame;
      if (f.url.includes('/dist/')) {
        files.add(short(f.url));
        fns.add(`${f.functionName || '(anonymous)'} ${short(f.url)}:${f.lineNumber + 1}`);
      }
    }
    for (const f of files) inclusiveFile.set(f, (inclusiveFile.get(f) ?? 0) + dt);
    for (const f of fns) inclusiveFn.set(f, (inclusiveFn.get(f) ?? 0) + dt);
  });
  const list = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `  ${v.toFixed(0).padStart(7)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`)
      .join('\n');
  return [
    `total sampled: ${total.toFixed(0)} ms`,
    'self time:',
    list(self),
    'inclusive, our files:',
    list(inclusiveFile),
    'inclusive, our functions:',
    list(inclusiveFn),
  ].join('\n');
}

if (process.argv[1]?.endsWith('cpuprofile.js') && process.argv[2]) {
  const profile = JSON.parse(readFileSync(process.argv[2], 'utf8')) as Profile;
  process.stdout.write(summarise(profile, Number(process.argv[3] ?? 25)) + '\n');
}
