// Round 6: the two writers' pools (c, d) pooled and split per category, seeded, 50/50 into dev and held-out.
// Prints counts only (the held-out items are not to be read by the team).
const fs = require('fs');
const path = require('path');
function mulberry32(seed) { return function () { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
function split(items, seed) {
  const rnd = mulberry32(seed); const byCat = new Map();
  for (const it of items) { const c = it.category ?? '-'; if (!byCat.has(c)) byCat.set(c, []); byCat.get(c).push(it); }
  const dev = [], held = [];
  for (const cat of [...byCat.keys()].sort()) {
    const xs = byCat.get(cat).slice();
    for (let i = xs.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [xs[i], xs[j]] = [xs[j], xs[i]]; }
    const nDev = Math.round(xs.length / 2);
    dev.push(...xs.slice(0, nDev)); held.push(...xs.slice(nDev));
  }
  return { dev, held };
}
const load = (w, f) => JSON.parse(fs.readFileSync(path.join(__dirname, w, f), 'utf8'));
const NOW = '2011-04-07T10:00:00+02:00';
const base = 'Round 6, written from the plan alone by two more sessions that saw no code or tests (c: politicians in whole sentences, a mixed-language director, a hurried secretariat; d: assistants planning calendars, questions relative to now, colleague-style change requests), pooled and split per category with a seed';
const out = process.argv[2] ?? __dirname;
for (const [kind, file, seed] of [['questions', 'pool-questions.json', 6001], ['secretariat change requests', 'pool-commands.json', 6002]]) {
  const pools = ['c', 'd'].map((w) => load(w, file));
  for (const p of pools) if (p.defaultNow !== NOW) throw new Error('defaultNow differs');
  const items = pools.flatMap((p) => p.items);
  const { dev, held } = split(items, seed);
  const name = kind === 'questions' ? 'r6' : 'r6-commands';
  fs.writeFileSync(path.join(out, `${name}-dev.json`), JSON.stringify({ description: `${base}; ${kind}, dev half`, defaultNow: NOW, items: dev }, null, 1) + '\n');
  fs.writeFileSync(path.join(out, `${name}-heldout.json`), JSON.stringify({ description: `${base}; ${kind}, held-out half (never read by the team)`, defaultNow: NOW, items: held }, null, 1) + '\n');
  console.log(`${kind}: ${items.length} items → dev ${dev.length}, held-out ${held.length}`);
}
