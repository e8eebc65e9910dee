// Round 31: two writers' pools (ao, ap) pooled, split per category with a seed, 50/50 into dev and held-out halves.
// Written at the session's start and left unread and unrun until all its work was merged: its one run is the
// session's last measure. Usage: node split.cjs [out dir]
const { splitRound } = require('../split-pools.cjs');

splitRound({
  dir: __dirname,
  round: 'r31',
  writers: ['ao', 'ap'],
  seeds: [31001, 31002],
  base: 'Round 31, written from the plan alone by two sessions that saw no code or tests (ao: a Nynäshamn politician comparing municipalities and the rådslag rotation in spoken Swedish without å/ä/ö, a British manager at Södertälje asking two things in one wordy English message and off-plan requests, and the secretariat mixing Swedish and English with typos, shorthand and batches; ap: a political-science student asking why and how the cooperation works with follow-ups, a journalist checking claims and false premises by period, and the secretariat correcting, undoing, reviewing and changing budget lines with amounts written in many ways), split per category with a seed; left unread and unrun until the session\'s work was merged, then run once on main',
  out: process.argv[2],
});
