// Round 22: two writers' pools (l, m) pooled, split per category with a seed, 50/50 into dev and held-out halves.
// Written at the session's start and run once on main before anyone read them: the dev half is this session's
// work, the held-out half is scored only. Usage: node split.cjs [out dir]
const { splitRound } = require('../split-pools.cjs');

splitRound({
  dir: __dirname,
  round: 'r22',
  writers: ['l', 'm'],
  seeds: [22001, 22002],
  base: 'Round 22, written from the plan alone by two sessions that saw no code or tests (l: Nykvarn\'s kommundirektör, terse and clipped, weeks and weekdays, what concerns a small municipality, some English with Norwegian spellings, and the secretariat\'s new administrator writing long polite requests; m: Södertälje\'s political secretary mixing English and Swedish in one message, comparisons and arithmetic over budget and calendar, and a secretariat member writing terse commands with dates in many formats), split per category with a seed; run once on main before anyone read it',
  out: process.argv[2],
});
