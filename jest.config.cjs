// One Jest for the whole workspace, three projects: pure unit tests, the web app in jsdom, and
// integration tests on real PostgreSQL, Redis and SMTP started by libs/server/testing.
const swc = (jsx) => [
  '@swc/jest',
  {
    jsc: {
      target: 'es2023',
      parser: { syntax: 'typescript', decorators: true, tsx: jsx },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const moduleNameMapper = {
  '^@asaka/domain$': '<rootDir>/libs/shared/domain/src/index.ts',
  '^@asaka/contracts$': '<rootDir>/libs/shared/contracts/src/index.ts',
  '^@asaka/platform$': '<rootDir>/libs/server/platform/src/index.ts',
  '^@asaka/accounts$': '<rootDir>/libs/server/accounts/src/index.ts',
  '^@asaka/notifications$': '<rootDir>/libs/server/notifications/src/index.ts',
  '^@asaka/testing$': '<rootDir>/libs/server/testing/src/index.ts',
  '^@asaka/vacant-stores$': '<rootDir>/libs/server/vacant-stores/src/index.ts',
  '^@asaka/consultations$': '<rootDir>/libs/server/consultations/src/index.ts',
  '^@asaka/events$': '<rootDir>/libs/server/events/src/index.ts',
};

const common = {
  rootDir: __dirname,
  transform: { '^.+\\.(t|j)sx?$': swc(true) },
  moduleNameMapper,
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.data/'],
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/{libs,apps/api,apps/worker,scripts}/**/*.spec.ts?(x)'],
    },
    {
      ...common,
      displayName: 'web',
      testEnvironment: '<rootDir>/apps/web/jest.environment.cjs',
      testMatch: ['<rootDir>/apps/web/src/**/*.spec.ts?(x)'],
    },
    {
      ...common,
      displayName: 'integration',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/{libs,apps,docker,openapi}/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/libs/server/testing/src/global-setup.mjs',
      globalTeardown: '<rootDir>/libs/server/testing/src/global-teardown.mjs',
      setupFilesAfterEnv: ['<rootDir>/libs/server/testing/src/jest-integration-setup.ts'],
    },
  ],
};
