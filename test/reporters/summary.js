// Prints the plain closing line CI reads ("jest: N passed, N failed"), after jest's own summary.
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    process.stdout.write(`\njest: ${results.numPassedTests} passed, ${results.numFailedTests} failed\n`);
  }
}
