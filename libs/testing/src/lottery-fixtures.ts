import application from './fixtures/subsidy-application.json';

/** A lottery fund subsidy programme and an application to it, for tests (R20, R7, R22). */
export function subsidyProgrammeBody(overrides: Record<string, unknown> = {}) {
  return {
    fiscalYear: 2026,
    purpose: 'ELDERLY',
    name: '2026 年社区居家养老服务补助',
    budgetFen: 100_000_000,
    ...overrides,
  };
}

/** The demo's application too (tools/dev/seed-lottery.mjs reads the same file). */
export function subsidyApplicationBody(
  programmeId: string,
  overrides: Record<string, unknown> = {},
) {
  return { programmeId, ...structuredClone(application), ...overrides };
}
