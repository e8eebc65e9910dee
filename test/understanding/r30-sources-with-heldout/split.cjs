// Round 30: two writers' pools (am, an) pooled, split per category with a seed, 50/50 into dev and held-out halves.
// Written at the session's start and run once on main before the session's work (its first-run score); the
// held-out half is left unread. Usage: node split.cjs [out dir]
const { splitRound } = require('../split-pools.cjs');

splitRound({
  dir: __dirname,
  round: 'r30',
  writers: ['am', 'an'],
  seeds: [30001, 30002],
  base: 'Round 30, written from the plan alone by two sessions that saw no code or tests (am: Tyresö\'s new kommundirektör writing short fragments from a phone with autocorrect slips and many follow-ups, an English-speaking auditor checking budget arithmetic, and the secretariat writing e-mail-like change requests with context and reasons; an: Haninge\'s communications officer asking for facts and definitions across the plan, members asking about time relative to many different "now"s, and the secretariat referring to meetings by order and relative words and correcting its proposals), split per category with a seed; run once on main before the session\'s work',
  out: process.argv[2],
});
