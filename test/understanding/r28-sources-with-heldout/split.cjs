// Round 28: two writers' pools (ai, aj) pooled, split per category with a seed, 50/50 into dev and held-out halves.
// Run once on main at the session's start, before any of its work: the dev half is then read and worked on, the
// held-out half is left unread. Usage: node split.cjs [out dir]
const { splitRound } = require('../split-pools.cjs');

splitRound({
  dir: __dirname,
  round: 'r28',
  writers: ['ai', 'aj'],
  seeds: [28001, 28002],
  base: 'Round 28, written from the plan alone by two sessions that saw no code or tests (ai: the assistant of Salem\'s chair counting and comparing meetings between dates, an English-speaking consultant reviewing the budget with shares, rankings and what-ifs, and the secretariat\'s summer substitute writing changes with weekday and relative references; aj: Botkyrka\'s long-serving kommundirektör asking about history, key figures and joint bodies in chains of follow-ups, a local reporter probing with false premises and loaded questions, and the secretariat changing hosts, budget lines and meetings with typos, new value first and two changes in one message), split per category with a seed; run once on main before the session\'s work',
  out: process.argv[2],
});
