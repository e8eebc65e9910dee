// Lays out what App Service runs, in build/deploy/: the same files as the Dockerfile's final stage
// (package files, dist/, the seed, the lexicon, the tab's static files) and production dependencies only.
// m365agents.yml zips that folder (azureAppService/zipDeploy); App Service starts `node dist/bot/index.js`.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'build', 'deploy');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (args, cwd) => {
  const r = spawnSync(npm, args, { cwd, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run(['run', 'build', '--silent'], root);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const p of ['package.json', 'package-lock.json', 'dist', 'data/seed.json', 'data/lexicon.json', 'bot/tab/static']) {
  if (!existsSync(path.join(root, p))) throw new Error(`missing ${p}`);
  cpSync(path.join(root, p), path.join(out, p), { recursive: true });
}
run(['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], out);
process.stdout.write(`staged ${out}\n`);
