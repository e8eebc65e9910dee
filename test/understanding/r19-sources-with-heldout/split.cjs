// Round 19: two writers' pools (e, f) pooled, split per category with a seed, 50/50 into dev and held-out halves.
// Written at the session's start and left unread and unrun until all its work was merged: its one run is the
// session's last measure. Usage: node split.cjs [out dir]
const { splitRound } = require('../split-pools.cjs');

splitRound({
  dir: __dirname,
  round: 'r19',
  writers: ['e', 'f'],
  seeds: [19001, 19002],
  base: 'Round 19, written from the plan alone by two sessions that saw no code or tests (e: Tyresö\'s communications officer writing an article, whole-plan questions, why/how/since when, fact checks and rumours, and a secretariat member working through a to-do list; f: Nykvarn\'s chair, terse and informal, Nykvarn\'s own turn, yes/no and premises, period words, a deputy writing short English, and a secretariat member writing quick abbreviated chat), split per category with a seed; left unread and unrun until the session\'s work was merged, then run once on main at 42bfa8f',
  out: process.argv[2],
});
