// Round 18: two writers' pools (c, d) pooled, split per category with a seed, 50/50 into dev and held-out halves.
// Usage: node split.cjs [out dir]   (default: this folder; the files in test/understanding/ were written so)
const { splitRound } = require('../split-pools.cjs');

splitRound({
  dir: __dirname,
  round: 'r18',
  writers: ['c', 'd'],
  seeds: [18001, 18002],
  base: 'Round 18, written from the plan alone by two sessions that saw no code or tests (c: Södertälje\'s director typing on a phone while walking, run-on fragments with autocorrect slips, many follow-ups and relative dates, and a newly hired secretariat assistant writing long polite requests; d: an English-speaking EU-project officer reading the plan with a dictionary, comparisons, counts, rankings and arithmetic, and the secretariat\'s terse head), split per category with a seed; first run on main at 799b87d, before anyone read it',
  out: process.argv[2],
});
