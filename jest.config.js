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
  reporters: ['default', '<rootDir>/test/reporters/summary.js'],
};
