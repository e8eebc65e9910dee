// Round 33: two writers' pools (as, at) pooled, split per category with a seed, 50/50 into dev and held-out halves.
// Written at the session's start and left unread and unrun until all its work was merged: its one run is the
// session's last measure. Usage: node split.cjs [out dir]
const { splitRound } = require('../split-pools.cjs');

splitRound({
  dir: __dirname,
  round: 'r33',
  writers: ['as', 'at'],
  seeds: [33001, 33002],
  base: 'Round 33, written from the plan alone by two sessions that saw no code or tests (as: Botkyrka\'s kommundirektör\'s assistant asking about clashes, weekdays, durations and weeks to go, an English-speaking EU project partner asking what things are and how money is split, and the secretariat mixing a change request with a question and correcting earlier proposals; at: a trainee at the secretariat asking how things work and checking what they think they know, a sceptical newspaper reader with loaded questions and false premises, a Haninge politician in English, and the secretariat on a mobile with autocorrect errors), split per category with a seed; left unread and unrun until the session\'s work was merged, then run once on main',
  out: process.argv[2],
});
