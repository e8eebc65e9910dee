// Round 7: one writer's pool (e) split per category, seeded, 50/50 into dev and held-out halves.
// Usage: node split.cjs [out dir]   (default: this folder; the files in test/understanding/ were written so)
const { splitRound } = require('../split-pools.cjs');

splitRound({
  dir: __dirname,
  round: 'r7',
  writers: ['e'],
  seeds: [7001, 7002],
  base: 'Round 7, written from the plan alone by one more session that saw no code or tests (e: a new secretariat employee, directors on the go, chairs, an English-speaking university partner), split per category with a seed; first run after rounds 5 and 6',
  out: process.argv[2],
});
