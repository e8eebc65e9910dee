// Round 8: three writers' pools (f, g, h) pooled, split per category with a seed, 50/50 into dev and held-out halves.
// Usage: node split.cjs [out dir]   (default: this folder; the files in test/understanding/ were written so)
const { splitRound } = require('../split-pools.cjs');

splitRound({
  dir: __dirname,
  round: 'r8',
  writers: ['f', 'g', 'h'],
  seeds: [8001, 8002],
  base: 'Round 8, written from the plan alone by three sessions that saw no code or tests (f: a new kommundirektör writing much English, g: a chair typing on a phone, h: a secretariat administrator), split per category with a seed; first run on main before anyone read it',
  out: process.argv[2],
});
