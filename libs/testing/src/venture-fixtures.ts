/** A call whose deadline is `deadlineInMs` from now, with a three-criterion rubric. */
export function callBody(overrides: Record<string, unknown> = {}, deadlineInMs = 60_000) {
  return {
    name: '2026 年青秀区社区公益创投大赛',
    fiscalYear: 2026,
    budgetFen: 50_000_000,
    minFen: 2_000_000,
    maxFen: 10_000_000,
    focusGroups: ['ELDERLY', 'CHILDREN'],
    rubric: [
      { key: 'need', name: '需求必要性', weight: 40, scaleMax: 10 },
      { key: 'design', name: '项目设计', weight: 35, scaleMax: 10 },
      { key: 'budget', name: '预算合理性', weight: 25, scaleMax: 10 },
    ],
    deadline: new Date(Date.now() + deadlineInMs).toISOString(),
    ...overrides,
  };
}

/** A proposal asking for 50,000.00 yuan, its budget lines adding up to it. */
export function proposalBody(callId: string, overrides: Record<string, unknown> = {}) {
  return {
    callId,
    title: '“邻里守望”独居老人互助计划',
    summary: '组织低龄老人结对探访高龄独居老人，每周两次，建立紧急联络机制',
    projectAreaType: 'URBAN',
    servedGroups: ['ELDERLY'],
    budgetLines: [
      { description: '志愿者培训与保险', amountFen: 1_500_000 },
      { description: '探访物资与交通补贴', amountFen: 2_500_000 },
      { description: '项目宣传与评估', amountFen: 1_000_000 },
    ],
    requestedFen: 5_000_000,
    contactName: '李红',
    contactPhone: '13800771234',
    bankAccount: {
      accountName: '新竹社区夕阳红志愿服务队',
      accountNumber: '6222020102003456789',
      bankName: '广西北部湾银行南宁分行',
      bankCode: '313',
    },
    ...overrides,
  };
}
