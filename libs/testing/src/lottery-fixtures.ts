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

export function subsidyApplicationBody(
  programmeId: string,
  overrides: Record<string, unknown> = {},
) {
  return {
    programmeId,
    projectName: '“银龄互助”居家养老探访服务',
    projectAreaType: 'URBAN',
    beneficiaries: [
      { group: 'ELDERLY', count: 120 },
      { group: 'DISABLED', count: 15 },
    ],
    budgetLines: [
      {
        category: 'SERVICE_DELIVERY',
        description: '为 80 位独居老人每周两次上门探访',
        amountFen: 3_000_000,
      },
      { category: 'MATERIALS', description: '助老服务包（防滑垫、助行器）', amountFen: 1_500_000 },
      {
        category: 'PUBLICITY',
        description: '活动物料，印“彩票公益金资助”标识',
        amountFen: 500_000,
      },
    ],
    requestedFen: 5_000_000,
    contactName: '李秀兰',
    contactPhone: '0771-5551234',
    bankAccount: {
      accountName: '新竹社区夕阳红志愿服务队',
      accountNumber: '6222020102003456789',
      bankName: '广西北部湾银行南宁分行',
    },
    ...overrides,
  };
}
