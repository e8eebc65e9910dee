// ESM throughout: lowdb 7 is ESM-only, so jest runs with --experimental-vm-modules (see docs/development.md).
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true }],
  },
  testTimeout: 20000,
  // Run in band (one process), jest keeps every module each test file imported for its whole life (ESM under
  // vm-modules), so the whole suite outgrew node's default heap of about 4 GB (helpers' runs died of "heap out of
  // memory" in December 2026). With a limit set, jest 30 runs the files in a worker it replaces once the worker holds
  // more than this between files; still one file at a time, on one worker, as before.
  workerIdleMemoryLimit: '1536MB',
  reporters: ['default', '<rootDir>/test/reporters/summary.js'],
};
