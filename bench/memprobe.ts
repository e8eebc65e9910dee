// Preloaded into the bots under test by the bench (node --expose-gc --import dist/bench/memprobe.js):
// on SIGUSR2 it collects the garbage, so the resident memory read next is what the bot keeps, not what
// it has not yet collected. Nothing else; the bots run unchanged.
process.on('SIGUSR2', () => {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  process.stderr.write(`memprobe: collected ${JSON.stringify(process.memoryUsage())}\n`);
});
