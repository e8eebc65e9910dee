// Round 16: two writers' pools (y, z) pooled, split per category with a seed, 50/50 into dev and held-out halves.
// Written at the start of the session that worked on rounds 15 and 17 and left unread and unrun until all that
// work was merged: its one run is that session's last measure.
// Usage: node split.cjs [out dir]   (default: this folder; the files in test/understanding/ were written so)
const { splitRound } = require('../split-pools.cjs');

splitRound({
  dir: __dirname,
  round: 'r16',
  writers: ['y', 'z'],
  seeds: [16001, 16002],
  base: 'Round 16, written from the plan alone by two sessions that saw no code or tests (y: Haninge\'s chair preparing meetings at many moments of the year; z: a new English-speaking coordinator learning the plan section by section, and an administrator keeping it current), split per category with a seed; left unread and unrun until all of its session\'s work was merged, run once at the end',
  out: process.argv[2],
});
