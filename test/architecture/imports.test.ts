// The layout's rules, checked over the import graph of the sources (bot/, cards/, manifest/): no import
// cycle, and the Bot Framework and Slack SDKs only inside bot/channels (so a move to the Microsoft 365
// Agents SDK, or another Slack client, touches that folder alone).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/app.js';

const SOURCE_DIRS = ['bot', 'cards', 'manifest'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'static' ? [] : sources(full);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

const files = SOURCE_DIRS.flatMap((d) => sources(path.join(ROOT, d)));
const IMPORT = /^\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;

/** Each file's imports: relative ones resolved to files, packages by name. Type-only imports count too. */
const graph = new Map(
  files.map((f) => {
    const specs = [...readFileSync(f, 'utf8').matchAll(IMPORT)].map((m) => m[1]!);
    const local = specs.filter((s) => s.startsWith('.')).map((s) => path.resolve(path.dirname(f), s).replace(/\.js$/, '.ts'));
    const packages = specs.filter((s) => !s.startsWith('.') && !s.startsWith('node:'));
    return [f, { local, packages }];
  }),
);
const rel = (f: string) => path.relative(ROOT, f);

it('reads the whole source tree', () => {
  expect(files.length).toBeGreaterThan(40);
  expect(graph.get(path.join(ROOT, 'bot', 'app.ts'))!.local.length).toBeGreaterThan(5);
});

it('has no import cycle', () => {
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[] = [];
  const visit = (f: string, trail: string[]) => {
    if (state.get(f) === 'done') return;
    if (state.get(f) === 'open') {
      cycles.push([...trail.slice(trail.indexOf(f)), f].map(rel).join(' → '));
      return;
    }
    state.set(f, 'open');
    for (const next of graph.get(f)?.local ?? []) if (graph.has(next)) visit(next, [...trail, f]);
    state.set(f, 'done');
  };
  for (const f of files) visit(f, []);
  expect(cycles).toEqual([]);
});

it('imports botbuilder and the Slack SDK only inside bot/channels', () => {
  const channels = path.join(ROOT, 'bot', 'channels') + path.sep;
  const outside = files
    .filter((f) => !f.startsWith(channels))
    .flatMap((f) => graph.get(f)!.packages.filter((p) => /^(botbuilder|botframework-|@slack\/)/.test(p)).map((p) => `${rel(f)} imports ${p}`));
  expect(outside).toEqual([]);
});

it('keeps bot/channels behind the wiring: nothing else imports a channel', () => {
  const channels = path.join(ROOT, 'bot', 'channels') + path.sep;
  const wiring = new Set(['app.ts', 'chat.ts'].map((f) => path.join(ROOT, 'bot', f)));
  const outside = files
    .filter((f) => !f.startsWith(channels) && !wiring.has(f))
    .flatMap((f) => graph.get(f)!.local.filter((l) => l.startsWith(channels)).map((l) => `${rel(f)} imports ${rel(l)}`));
  expect(outside).toEqual([]);
  // The check sees the wiring's own imports (so it would see anyone else's).
  expect(graph.get(path.join(ROOT, 'bot', 'app.ts'))!.local.some((l) => l.startsWith(channels))).toBe(true);
});

it('keeps channel.ts free of any SDK, so the rest may depend on its shape', () => {
  expect(graph.get(path.join(ROOT, 'bot', 'channels', 'channel.ts'))!.packages).toEqual([]);
});

/** The feature rooms: each may use the shared layers below, never another feature's files. */
const FEATURES = ['answers', 'admin', 'reminders', 'feeds', 'tab', 'channels'];
/** Known crossings still to be removed (each names why it is here). */
const ALLOWED_CROSSINGS = new Set<string>([
  // none left: the channels' send error moved to core/send.ts (issue #13)
]);
const roomOf = (f: string): string | undefined => {
  const parts = rel(f).split(path.sep);
  return parts[0] === 'bot' && parts.length > 2 ? parts[1] : undefined;
};

it('keeps each feature out of the other features’ files', () => {
  const crossings = files.flatMap((f) => {
    const from = roomOf(f);
    if (!from || !FEATURES.includes(from)) return [];
    return graph
      .get(f)!
      .local.filter((to) => {
        const room = roomOf(to);
        return room !== undefined && room !== from && FEATURES.includes(room);
      })
      .map((to) => `${rel(f)} → ${rel(to)}`.split(path.sep).join('/'))
      .filter((c) => !ALLOWED_CROSSINGS.has(c));
  });
  expect(crossings).toEqual([]);
});

it('builds text/ on nothing and domain/ on text/ and the schema only', () => {
  const outside = files.flatMap((f) => {
    const from = roomOf(f);
    const allowed = from === 'text' ? ['text'] : from === 'domain' ? ['text', 'domain', 'store'] : undefined;
    if (!allowed) return [];
    return graph
      .get(f)!
      .local.filter((to) => !allowed.includes(roomOf(to) ?? '') || (roomOf(to) === 'store' && !to.endsWith(`${path.sep}schema.ts`) && !to.endsWith(`${path.sep}snapshot.ts`)))
      .map((to) => `${rel(f)} → ${rel(to)}`);
  });
  expect(outside).toEqual([]);
});
