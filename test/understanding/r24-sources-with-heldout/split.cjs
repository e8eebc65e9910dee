// Round 24: two writers' pools (aa, ab) pooled, split per category with a seed, 50/50 into dev and held-out halves.
// First run recorded at b83f2ad before anyone read them. Usage: node split.cjs [out dir]
const { splitRound } = require('../split-pools.cjs');

splitRound({
  dir: __dirname,
  round: 'r24',
  writers: ['aa', 'ab'],
  seeds: [24001, 24002],
  base: 'Round 24, written from the plan alone by two sessions that saw no code or tests (aa: the assistant of Haninge\'s kommundirektör asking two or three things in one message with many follow-ups, a Södertälje controller writing non-native Swedish and English about budget arithmetic, and the secretariat\'s economist writing amounts in many ways; ab: Botkyrka\'s newly elected chair asking long explanatory questions with false beliefs, an English-speaking consultant comparing goals, bodies and history, and a hesitant stand-in at the secretariat writing changes as questions), split per category with a seed',
  out: process.argv[2],
});
