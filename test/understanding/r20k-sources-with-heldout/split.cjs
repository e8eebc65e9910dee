// Round 20k: a third plan-only writer of round 20 (k), written a few minutes after g and h, split the same way
// 50/50 per category with a seed. First run at 09f42fe before anyone read it. Usage: node split.cjs [out dir]
const { splitRound } = require('../split-pools.cjs');

splitRound({
  dir: __dirname,
  round: 'r20k',
  writers: ['k'],
  seeds: [20101, 20102],
  base: 'Round 20k, written from the plan alone by a session that saw no code or tests (k: the secretariat\'s summer substitute relaying questions from the public, journalists and politicians\' assistants, background first, two questions in one message, quoted claims, unusual angles on every section of the plan, 30 % English; and the secretariat\'s head dictating changes by voice-to-text, no punctuation, numbers as words, filler words), split per category with a seed; first run at 09f42fe before anyone read it',
  out: process.argv[2],
});
