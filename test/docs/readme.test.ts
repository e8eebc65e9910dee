// The README is the user's and operator's manual (issue 13): short, with the two Quick start commands CI
// runs, every setting named, and every page of docs/ linked from it; the detail lives in docs/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/app.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const docs = readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md'));

it('is at most 15 KB', () => {
  expect(Buffer.byteLength(readme, 'utf8')).toBeLessThanOrEqual(15 * 1024);
});

it("has a Quick start of two commands, the second the one .ci/run runs", () => {
  const quickStart = readme.split(/^## /m).find((s) => s.startsWith('Quick start'))!;
  const block = /```sh\n([\s\S]*?)```/.exec(quickStart)![1]!;
  const commands = block.split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);
  expect(commands).toEqual(['npm install && npm start', 'npm test']);
  const ci = readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  expect(ci.at(-1)).toBe(commands[1]);
});

it('names every setting of .env.example', () => {
  const settings = [...readFileSync(path.join(ROOT, '.env.example'), 'utf8').matchAll(/^#?\s?([A-Za-z][A-Za-z_]*)=/gm)].map((m) => m[1]!);
  expect(settings.length).toBeGreaterThan(10);
  expect(settings.filter((s) => !readme.includes(`\`${s}\``))).toEqual([]);
});

it('links every page of docs/', () => {
  expect(docs.length).toBeGreaterThan(3);
  expect(docs.filter((f) => !readme.includes(`(docs/${f})`))).toEqual([]);
});

it.each(['README.md', ...docs.map((f) => `docs/${f}`)])('%s links only to files that exist', (file) => {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const targets = [...text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!).filter((t) => !/^[a-z]+:/.test(t));
  expect(targets.filter((t) => !existsSync(path.resolve(path.dirname(path.join(ROOT, file)), t)))).toEqual([]);
});
