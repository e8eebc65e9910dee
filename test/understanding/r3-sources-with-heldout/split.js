// Seeded per-category split of the round-3 pools into development and held-out halves.
// Usage: node split.js   (writes r3-dev.json, r3-heldout.json, r3-commands-dev.json, r3-commands-heldout.json)
const fs = require("fs");
const path = require("path");

function mulberry32(seed) {
  return function () {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function split(items, devShare, seed) {
  const rnd = mulberry32(seed);
  const byCat = new Map();
  for (const it of items) {
    if (!byCat.has(it.category)) byCat.set(it.category, []);
    byCat.get(it.category).push(it);
  }
  const dev = [], held = [];
  for (const cat of [...byCat.keys()].sort()) {
    const xs = byCat.get(cat).slice();
    for (let i = xs.length - 1; i > 0; i--) {            // Fisher–Yates
      const j = Math.floor(rnd() * (i + 1));
      [xs[i], xs[j]] = [xs[j], xs[i]];
    }
    const nDev = Math.round(xs.length * devShare);
    dev.push(...xs.slice(0, nDev));
    held.push(...xs.slice(nDev));
  }
  return { dev, held };
}

const NOW = "2011-04-07T10:00:00+02:00";
const base = "Written from the plan (verksamhetsplan-2011.txt) alone by a session that saw no code or tests, round 3";
function write(name, desc, items) {
  const doc = { description: `${base}; ${desc}`, defaultNow: NOW, items };
  fs.writeFileSync(path.join(__dirname, name), JSON.stringify(doc, null, 1) + "\n", "utf8");
  JSON.parse(fs.readFileSync(path.join(__dirname, name), "utf8"));
  return items.length;
}

const questions = require("./pool-questions.js");
const commands = require("./pool-commands.js");
const q = split(questions, 0.6, 20110407);
const c = split(commands, 0.55, 20110414);
console.log("r3-dev.json", write("r3-dev.json", "questions, development half (~60 %, seeded per-category shuffle).", q.dev));
console.log("r3-heldout.json", write("r3-heldout.json", "questions, held-out half (~40 %, seeded per-category shuffle). Do not tune against it.", q.held));
console.log("r3-commands-dev.json", write("r3-commands-dev.json", "secretariat change requests, development half (~55 %, seeded per-category shuffle).", c.dev));
console.log("r3-commands-heldout.json", write("r3-commands-heldout.json", "secretariat change requests, held-out half (~45 %, seeded per-category shuffle). Do not tune against it.", c.held));
