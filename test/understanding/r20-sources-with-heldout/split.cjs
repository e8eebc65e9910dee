// Round 20: two writers' pools (g, h) pooled, split per category with a seed, 50/50 into dev and held-out halves.
// Written at the session's start; its first run was at 5cadbaf, before anyone read it. Usage: node split.cjs [out dir]
const { splitRound } = require('../split-pools.cjs');

splitRound({
  dir: __dirname,
  round: 'r20',
  writers: ['g', 'h'],
  seeds: [20001, 20002],
  base: 'Round 20, written from the plan alone by two sessions that saw no code or tests (g: Haninge\'s director writing quickly between meetings, Swedish with English words, two things in one message, relative times and "stämmer det att…", and a new secretariat colleague writing full, formal sentences; h: a new controller at Botkyrka\'s finance office, budget arithmetic, shares and what lines cover, 40 % English, the joint bodies, and the secretariat\'s budget officer writing terse fragments with typos), split per category with a seed; first run at 5cadbaf before anyone read it',
  out: process.argv[2],
});
