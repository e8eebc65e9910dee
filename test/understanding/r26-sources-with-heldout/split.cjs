// Round 26: two writers' pools (ae, af) pooled, split per category with a seed, 50/50 into dev and held-out halves.
// Written at the session's start and run once on main before any of the session's work (the first-run scores);
// the held-out half is then left unread. Usage: node split.cjs [out dir]
const { splitRound } = require('../split-pools.cjs');

splitRound({
  dir: __dirname,
  round: 'r26',
  writers: ['ae', 'af'],
  seeds: [26001, 26002],
  base: 'Round 26, written from the plan alone by two sessions that saw no code or tests (ae: Tyresö\'s new kommundirektör in terse fragments with relative time words and two things in one message, an English-speaking EU project officer at Södertälje with polite full questions and some wrong assumptions, and the secretariat\'s new administrator writing changes with relative references; af: Nynäshamn\'s chair in colloquial spoken Swedish with fillers, comparisons and half-remembered facts, a Haninge communications officer asking for summaries, lists and counts, and the secretariat writing changes from a phone with typos, abbreviations and self-corrections), split per category with a seed; run once on main before the session\'s work, then the held-out half left unread',
  out: process.argv[2],
});
