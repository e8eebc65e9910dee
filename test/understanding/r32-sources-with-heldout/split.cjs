// Round 32: two writers' pools (aq, ar) pooled, split per category with a seed, 50/50 into dev and held-out halves.
// Run once on main before the session's work; the dev half is then read and mended, the held-out half left unread.
// Usage: node split.cjs [out dir]
const { splitRound } = require('../split-pools.cjs');

splitRound({
  dir: __dirname,
  round: 'r32',
  writers: ['aq', 'ar'],
  seeds: [32001, 32002],
  base: 'Round 32, written from the plan alone by two sessions that saw no code or tests (aq: Salem\'s new chair dictating into a phone without punctuation and with numbers in words, an English-speaking consultant asking about structure, responsibility and proportions, and the secretariat in a hurry writing arrows, slashes and amounts as 600\', 600k, 0,6 m; ar: Nykvarn\'s economist thinking in tkr and shares, a civics teacher asking list, explain and why questions, a Danish/Finnish colleague writing slightly unidiomatic English, false premises, and the secretariat correcting itself inside a request and undoing), split per category with a seed; run once on main before the session\'s work',
  out: process.argv[2],
});
