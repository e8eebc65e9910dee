// Round 27: two writers' pools (ag, ah) pooled, split per category with a seed, 50/50 into dev and held-out halves.
// Written at the session's start and left unread and unrun until all its work was merged: its one run is the
// session's last measure. Usage: node split.cjs [out dir]
const { splitRound } = require('../split-pools.cjs');

splitRound({
  dir: __dirname,
  round: 'r27',
  writers: ['ag', 'ah'],
  seeds: [27001, 27002],
  base: 'Round 27, written from the plan alone by two sessions that saw no code or tests (ag: the political secretary of Haninge\'s chair preparing her boss and checking claims, a Huddinge budget analyst asking with fractions, per-week and per-day figures and what-ifs, and the secretariat writing changes that mix Swedish and English in one message; ah: Södertälje\'s chair asking long why and what-for questions with follow-ups, a new LG minute-taker checking weekdays, order and counts of meetings, and the secretariat\'s head doing several changes across one conversation), split per category with a seed; left unread and unrun until the session\'s work was merged, then run once on main',
  out: process.argv[2],
});
