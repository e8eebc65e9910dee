// The split of rounds 5 and 6 (issue 14): the writers' pools pooled and split per category, seeded, 50/50 into
// dev and held-out halves. Prints counts only (the held-out items are not to be read by the team).
// Called by each round's split.cjs with its writers, seeds and description.
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
const NOW = '2011-04-07T10:00:00+02:00';

function splitRound({ dir, round, writers, seeds, base, out }) {
  const load = (w, f) => JSON.parse(fs.readFileSync(path.join(dir, w, f), 'utf8'));
  for (const [kind, file, seed, name] of [['questions', 'pool-questions.json', seeds[0], round], ['secretariat change requests', 'pool-commands.json', seeds[1], `${round}-commands`]]) {
    const pools = writers.map((w) => load(w, file));
    for (const p of pools) if (p.defaultNow !== NOW) throw new Error('defaultNow differs');
    const items = pools.flatMap((p) => p.items);
    const { dev, held } = split(items, seed);
    fs.writeFileSync(path.join(out ?? dir, `${name}-dev.json`), JSON.stringify({ description: `${base}; ${kind}, dev half`, defaultNow: NOW, items: dev }, null, 1) + '\n');
    fs.writeFileSync(path.join(out ?? dir, `${name}-heldout.json`), JSON.stringify({ description: `${base}; ${kind}, held-out half (never read by the team)`, defaultNow: NOW, items: held }, null, 1) + '\n');
    console.log(`${kind}: ${items.length} items → dev ${dev.length}, held-out ${held.length}`);
  }
}

module.exports = { splitRound };
