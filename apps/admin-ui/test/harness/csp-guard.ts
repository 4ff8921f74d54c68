import { takePolicyViolations } from './csp';

// Jest setupFilesAfterEnv of the browser specs (jest.config.js): any test during which a page
// broke the Content-Security-Policy fails, whatever it asserted itself (issue #15). A test that
// provokes a violation on purpose takes it with takePolicyViolations().
afterEach(() => {
  expect(takePolicyViolations()).toEqual([]);
});
