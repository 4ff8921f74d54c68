// One Jest run for the whole workspace: on two cores a single worker pool beats one Jest per project.
// Unit tests are *.spec.ts; integration tests (real Postgres and Redis) are *.int-spec.ts.
const { compilerOptions } = require('./tsconfig.base.json');
const swc = JSON.parse(require('fs').readFileSync(`${__dirname}/.swcrc`, 'utf8'));

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace(/[/.]/g, '\\$&')}$`,
    `<rootDir>/${target}`,
  ]),
);

const ESM_ONLY = '@scure|@noble';

const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', { ...swc, swcrc: false }],
    // otplib (TOTP, issue #15) depends on ES-module-only packages; Jest needs them as CommonJS.
    [`/node_modules/(${ESM_ONLY})/.+\\.js$`]: ['@swc/jest', { ...swc, swcrc: false }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY})/)`],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper,
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/apps/admin-ui/'],
  setupFiles: ['reflect-metadata'],
};

module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,tools}/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,tools}/**/*.int-spec.ts'],
    },
    // The admin UI in Chromium against the real platform (apps/admin-ui/test), and the UI's pure
    // logic (*.spec.ts there). The UI is built once per run (skipped when its sources did not
    // change); `npm test` installs Chromium first.
    {
      ...common,
      displayName: 'browser',
      testMatch: [
        '<rootDir>/apps/admin-ui/test/**/*.browser-spec.ts',
        '<rootDir>/apps/admin-ui/test/**/*.spec.ts',
      ],
      testPathIgnorePatterns: ['/node_modules/', '/dist/'],
      globalSetup: '<rootDir>/apps/admin-ui/test/global-setup.ts',
      // Fails any test during which a page broke the UI's Content-Security-Policy (issue #15).
      setupFilesAfterEnv: ['<rootDir>/apps/admin-ui/test/harness/csp-guard.ts'],
    },
  ],
};
