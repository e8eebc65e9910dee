// Round 17: two writers' pools (a, b) pooled, split per category with a seed, 50/50 into dev and held-out halves.
// Usage: node split.cjs [out dir]   (default: this folder; the files in test/understanding/ were written so)
const { splitRound } = require('../split-pools.cjs');

splitRound({
  dir: __dirname,
  round: 'r17',
  writers: ['a', 'b'],
  seeds: [17001, 17002],
  base: 'Round 17, written from the plan alone by two sessions that saw no code or tests (a: Nynäshamn\'s chair writing polite e-mail-like messages, two questions in one, indirect and negated questions; b: a strategy analyst asking for lists, counts, rankings and averages, and an intern who gets names slightly wrong and asks what terms mean), split per category with a seed; first run on main at the round-15 split commit (the code of cb41fb8), before anyone read it',
  out: process.argv[2],
});
