// Round 21: two writers' pools (i, j) pooled, split per category with a seed, 50/50 into dev and held-out halves.
// Written at the session's start and left unread and unrun until all its work was merged: its one run is the
// session's last measure. Usage: node split.cjs [out dir]
const { splitRound } = require('../split-pools.cjs');

splitRound({
  dir: __dirname,
  round: 'r21',
  writers: ['i', 'j'],
  seeds: [21001, 21002],
  base: 'Round 21, written from the plan alone by two sessions that saw no code or tests (i: Salem\'s chair, a retired teacher writing careful, polite, complete Swedish, history, vision, goals, the rådslag and claims heard at a party meeting, and the secretariat\'s head writing brisk Swedish and English, correcting herself in a follow-up; j: an English-speaking consultant evaluating the cooperation, 60 % English and learner Swedish without å/ä/ö, comparisons and counts, questions the plan cannot answer, and a secretariat assistant writing on a phone), split per category with a seed; left unread and unrun until the session\'s work was merged, then run once on main',
  out: process.argv[2],
});
