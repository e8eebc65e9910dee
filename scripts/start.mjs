// `npm start`: run the compiled bot (dist/), compiling first only when a source is newer than the last
// build. `npm install` / `npm ci` build once (the `prepare` script), so a start is normally just Node
// loading dist/bot/index.js. A production install (npm ci --omit=dev, as in the Dockerfile) has no
// TypeScript and ships no sources: there it starts what dist/ holds.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import module from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'dist', 'bot', 'index.js');

/** The newest modification time among the files tsc compiles (tsconfig.build.json's include) and its config. */
function newestSource() {
  let newest = 0;
  const visit = (dir, only) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (only === 'flat' || e.name === 'node_modules' || e.name === 'static') continue;
        visit(p, only);
      } else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  for (const dir of ['bot', 'cards', 'bench']) visit(path.join(root, dir), 'deep');
  visit(path.join(root, 'manifest'), 'flat');
  for (const f of ['tsconfig.json', 'tsconfig.build.json', 'package.json']) {
    try {
      newest = Math.max(newest, statSync(path.join(root, f)).mtimeMs);
    } catch {
      /* absent in a production image */
    }
  }
  return newest;
}

const haveTsc = existsSync(path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'));
const built = existsSync(entry) ? statSync(entry).mtimeMs : 0;
if (haveTsc && (built === 0 || newestSource() > built)) {
  process.stderr.write(built ? 'Sources changed since the last build: compiling …\n' : 'No build yet: compiling …\n');
  const tsc = spawnSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
} else if (!built) {
  process.stderr.write('Södertörnsboten cannot start: dist/ is missing and TypeScript is not installed. Run `npm install` (or `npm run build`).\n');
  process.exit(1);
}
// Node's on-disk compile cache (in the system temp dir): later starts skip compiling the dependencies'
// JavaScript again, 10–15 % of a start here, most of which is loading botbuilder.
module.enableCompileCache?.();
await import(pathToFileURL(entry).href);
