// Round 13: two writers' pools (s, t) pooled, split per category with a seed, 50/50 into dev and held-out halves.
// Written at the start of the session and left unread and unrun until all its work was merged: its one run is the
// session's last measure. Usage: node split.cjs [out dir]   (default: this folder)
const { splitRound } = require('../split-pools.cjs');

splitRound({
  dir: __dirname,
  round: 'r13',
  writers: ['s', 't'],
  seeds: [13001, 13002],
  base: 'Round 13, written from the plan alone by two sessions that saw no code or tests (s: a handläggare in the secretariat at Huddinge, many change requests; t: a controller at Haninge and a planning coordinator, numbers across the whole plan), written at the start of the session and left unread and unrun until all its work was merged; split per category with a seed',
  out: process.argv[2],
});
