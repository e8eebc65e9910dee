// Round 5: the two writers' pools (a, b) pooled and split per category, seeded, 50/50 into dev and held-out.
// Usage: node split.cjs [out dir]   (default: this folder; the files in test/understanding/ were written so)
const { splitRound } = require('../split-pools.cjs');

splitRound({
  dir: __dirname,
  round: 'r5',
  writers: ['a', 'b'],
  seeds: [5001, 5002],
  base: 'Round 5, written from the plan alone by two sessions that saw no code or tests (a: LG/SK members on phones; b: the secretariat and careful askers), pooled and split per category with a seed',
  out: process.argv[2],
});
