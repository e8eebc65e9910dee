// Round 10: two writers' pools (k, l) pooled, split per category with a seed, 50/50 into dev and held-out halves.
// Usage: node split.cjs [out dir]   (default: this folder; the files in test/understanding/ were written so)
const { splitRound } = require('../split-pools.cjs');

splitRound({
  dir: __dirname,
  round: 'r10',
  writers: ['k', 'l'],
  seeds: [10001, 10002],
  base: 'Round 10, written from the plan alone by two sessions that saw no code or tests (k: a strategist asking comparisons, counts and several constraints; l: a researcher writing long English questions and her assistant writing Swedish fragments), split per category with a seed; first run on main before anyone read it',
  out: process.argv[2],
});
