// Round 6: the two writers' pools (c, d) pooled and split per category, seeded, 50/50 into dev and held-out.
// Usage: node split.cjs [out dir]   (default: this folder; the files in test/understanding/ were written so)
const { splitRound } = require('../split-pools.cjs');

splitRound({
  dir: __dirname,
  round: 'r6',
  writers: ['c', 'd'],
  seeds: [6001, 6002],
  base: 'Round 6, written from the plan alone by two more sessions that saw no code or tests (c: politicians in whole sentences, a mixed-language director, a hurried secretariat; d: assistants planning calendars, questions relative to now, colleague-style change requests), pooled and split per category with a seed',
  out: process.argv[2],
});
