// Round 12: three writers' pools (o, p, q) pooled, split per category with a seed, 50/50 into dev and held-out halves.
// Usage: node split.cjs [out dir]   (default: this folder; the files in test/understanding/ were written so)
const { splitRound } = require('../split-pools.cjs');

splitRound({
  dir: __dirname,
  round: 'r12',
  writers: ['o', 'p', 'q'],
  seeds: [12001, 12002],
  base: 'Round 12, written from the plan alone by three sessions that saw no code or tests (o: a newly elected kommunstyrelseordförande from Nykvarn; p: a terse kommundirektör from Tyresö on a phone, date and money arithmetic; q: an international liaison officer at Södertälje, half English, yes/no, premises, off-plan), split per category with a seed; first run on main before anyone read it',
  out: process.argv[2],
});
