// Round 11: two writers' pools (m, n) pooled, split per category with a seed, 50/50 into dev and held-out halves.
// Usage: node split.cjs [out dir]   (default: this folder; the files in test/understanding/ were written so)
const { splitRound } = require('../split-pools.cjs');

splitRound({
  dir: __dirname,
  round: 'r11',
  writers: ['m', 'n'],
  seeds: [11001, 11002],
  base: 'Round 11, written from the plan alone by two sessions that saw no code or tests (m: the head of the secretariat checking facts for the press; n: a kommundirektör planning her calendar), split per category with a seed; first run on main before anyone read it',
  out: process.argv[2],
});
