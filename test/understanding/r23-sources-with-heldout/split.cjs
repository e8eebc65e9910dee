// Round 23: two writers' pools (n, r) pooled, split per category with a seed, 50/50 into dev and held-out halves.
// Written at the session's start and left unread and unrun until all its work was merged: its one run is the
// session's last measure. Usage: node split.cjs [out dir]
const { splitRound } = require('../split-pools.cjs');

splitRound({
  dir: __dirname,
  round: 'r23',
  writers: ['n', 'r'],
  seeds: [23001, 23002],
  base: 'Round 23, written from the plan alone by two sessions that saw no code or tests (n: Tyresö\'s communications officer writing a newsletter, vision, history, bodies, key figures, checking claims from her draft, and the secretariat writing changes with relative dates and weekdays; r: Nynäshamn\'s chair dictating to his phone, lower-case run-on fragments with speech-recognition slips and numbers as words, many follow-ups, a British councillor in English, and the secretariat\'s head on a phone with short, abbreviated commands and corrections), split per category with a seed; left unread and unrun until the session\'s work was merged, then run once on main',
  out: process.argv[2],
});
