// Round 29: two writers' pools (ak, al) pooled, split per category with a seed, 50/50 into dev and held-out halves.
// Written at the session's start and left unread and unrun until all its work was merged: its one run is the
// session's last measure. Usage: node split.cjs [out dir]
const { splitRound } = require('../split-pools.cjs');

splitRound({
  dir: __dirname,
  round: 'r29',
  writers: ['ak', 'al'],
  seeds: [29001, 29002],
  base: 'Round 29, written from the plan alone by two sessions that saw no code or tests (ak: Nykvarn\'s newly elected chair asking long polite questions about what things mean and Nykvarn\'s role, a Södertälje controller asking in English about budget figures per quarter, meeting and municipality, and the secretariat cancelling and adding meetings in batches with dates in several formats; al: a trainee at the secretariat learning the plan with many follow-ups, a Finnish delegation writing non-native English, and members checking their calendars with yes/no claims and false premises while the secretariat undoes, reviews and corrects proposed changes), split per category with a seed; left unread and unrun until the session\'s work was merged, then run once on main',
  out: process.argv[2],
});
