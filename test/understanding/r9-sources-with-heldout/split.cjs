// Round 9: two writers' pools (i, j) pooled, split per category with a seed, 50/50 into dev and held-out halves.
// Usage: node split.cjs [out dir]   (default: this folder; the files in test/understanding/ were written so)
const { splitRound } = require('../split-pools.cjs');

splitRound({
  dir: __dirname,
  round: 'r9',
  writers: ['i', 'j'],
  seeds: [9001, 9002],
  base: 'Round 9, written from the plan alone by two sessions that saw no code or tests (i: a communications officer in Nynäshamn and an EU partner; j: a new chair in Salem and her kommundirektör), written early in the session and left unread and unrun until its end, split per category with a seed',
  out: process.argv[2],
});
