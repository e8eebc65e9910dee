// Round 14: two writers' pools (u, v) pooled, split per category with a seed, 50/50 into dev and held-out halves.
// Usage: node split.cjs [out dir]   (default: this folder; the files in test/understanding/ were written so)
const { splitRound } = require('../split-pools.cjs');

splitRound({
  dir: __dirname,
  round: 'r14',
  writers: ['u', 'v'],
  seeds: [14001, 14002],
  base: 'Round 14, written from the plan alone by two sessions that saw no code or tests (u: a communications officer at Botkyrka writing an intranet article; v: the long-serving chair of Salem in colloquial spoken Swedish with topic-changing follow-ups), split per category with a seed; first run on main while round 12 was being worked on, before anyone read it',
  out: process.argv[2],
});
