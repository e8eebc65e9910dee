// Round 25: two writers' pools (ac, ad) pooled, split per category with a seed, 50/50 into dev and held-out halves.
// Written at the session's start and left unread and unrun until all its work was merged: its one run is the
// session's last measure. Usage: node split.cjs [out dir]
const { splitRound } = require('../split-pools.cjs');

splitRound({
  dir: __dirname,
  round: 'r25',
  writers: ['ac', 'ad'],
  seeds: [25001, 25002],
  base: 'Round 25, written from the plan alone by two sessions that saw no code or tests (ac: Salem\'s chair typing very short fragments on a phone with autocorrect slips, a Huddinge finance controller asking in English for numbers, percentages and comparisons, and the secretariat writing Slack-style changes with arrows, emoji, several changes in passing and corrections of their own; ad: a Nykvarn auditor checking claims one by one, a summer intern at the secretariat writing a website summary in Swedish and English with period words and follow-ups, and the secretariat\'s head writing formal changes, mostly in English), split per category with a seed; left unread and unrun until the session\'s work was merged, then run once on main',
  out: process.argv[2],
});
