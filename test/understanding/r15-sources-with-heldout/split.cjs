// Round 15: two writers' pools (w, x) pooled, split per category with a seed, 50/50 into dev and held-out halves.
// Usage: node split.cjs [out dir]   (default: this folder; the files in test/understanding/ were written so)
const { splitRound } = require('../split-pools.cjs');

splitRound({
  dir: __dirname,
  round: 'r15',
  writers: ['w', 'x'],
  seeds: [15001, 15002],
  base: 'Round 15, written from the plan alone by two sessions that saw no code or tests (w: Tyresö\'s kommundirektör on an English keyboard, half the Swedish without å/ä/ö; x: a sceptical auditor and an economist: claims, premises, budget arithmetic), split per category with a seed; first run on main at cb41fb8, before anyone read it',
  out: process.argv[2],
});
