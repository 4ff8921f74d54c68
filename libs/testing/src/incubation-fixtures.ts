/** A calendar date in China (UTC+8), `days` from today. */
export function beijingDate(days = 0, now = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** A county-level base in 青秀区. */
export function baseBody(overrides: Record<string, unknown> = {}) {
  return {
    name: '青秀区社区社会组织孵化基地',
    level: 'COUNTY',
    countyCode: '450103',
    address: '南宁市青秀区民族大道 100 号',
    contactName: '黄丽',
    contactPhone: '0771-5550000',
    ...overrides,
  };
}

/** A cohort whose window is open today, for 10 organizations. */
export function cohortBody(baseId: string, overrides: Record<string, unknown> = {}) {
  return {
    baseId,
    name: '2026 年第二期孵化',
    capacity: 10,
    windowOpensOn: beijingDate(0),
    windowClosesOn: beijingDate(30),
    startsOn: beijingDate(45),
    support: {
      spaceM2: 15,
      monthlyFeeFen: 50_000,
      feeWaivedPercent: 100,
      startupSubsidyFen: 2_000_000,
      trainingSessions: 6,
    },
    graduationCriteria: [
      { kind: 'MIN_MONTHS', months: 6 },
      { kind: 'MIN_TRAINING_SESSIONS', sessions: 4 },
      { kind: 'MANUAL', label: '建立财务管理制度' },
    ],
    ...overrides,
  };
}

/** A founding group's paper application, entered by base staff. */
export function foundingGroupBody(cohortId: string, overrides: Record<string, unknown> = {}) {
  return {
    cohortId,
    kind: 'FOUNDING_GROUP',
    groupName: '青山社区儿童托管互助小组',
    founders: 5,
    category: 'MUTUAL_AID',
    areaType: 'URBAN',
    streetCode: '450103001',
    servedGroups: ['CHILDREN'],
    plan: '为双职工家庭提供课后托管和作业辅导',
    contactName: '陈静',
    contactPhone: '13800000000',
    ...overrides,
  };
}
