import { buildAnnualReport, isYearOver, ReportProject } from './annual-report';

const project = (over: Partial<ReportProject>): ReportProject => ({
  projectName: '居家养老探访',
  unit: '银龄互助会',
  purpose: 'ELDERLY',
  approvedFen: 1_000_000,
  paidFen: 0,
  beneficiaries: [{ group: 'ELDERLY', count: 100 }],
  ...over,
});

describe('rule R23: buildAnnualReport', () => {
  const report = buildAnnualReport({
    fiscalYear: 2026,
    programmes: [
      { purpose: 'ELDERLY', budgetFen: 5_000_000 },
      { purpose: 'DISABILITY', budgetFen: 2_000_000 },
    ],
    projects: [
      project({ paidFen: 1_000_000 }),
      project({ projectName: '助餐点', approvedFen: 2_000_000, paidFen: 0 }),
      project({
        projectName: '康复训练',
        unit: '助残服务社',
        purpose: 'DISABILITY',
        approvedFen: 1_000_000,
        paidFen: 1_000_000,
        beneficiaries: [
          { group: 'DISABLED', count: 40 },
          { group: 'ELDERLY', count: 5 },
        ],
      }),
    ],
    summary: '  全年服务老年人 105 人次  ',
  });

  it('rule R23: states the scale: programmes, budget, projects and what was approved', () => {
    expect(report.scale).toEqual({
      programmes: 2,
      budgetFen: 7_000_000,
      projects: 3,
      approvedFen: 4_000_000,
    });
    expect(report.byPurpose.find((l) => l.purpose === 'ELDERLY')).toEqual({
      purpose: 'ELDERLY',
      projects: 2,
      budgetFen: 5_000_000,
      approvedFen: 3_000_000,
      paidFen: 1_000_000,
    });
    expect(report.byPurpose.map((l) => l.purpose)).toEqual([
      'ELDERLY',
      'DISABILITY',
      'ORPHANS',
      'HARDSHIP',
    ]);
  });

  it('rule R23, rule R21: the execution and the eldercare share against the floor', () => {
    expect(report.execution).toEqual({
      paidFen: 2_000_000,
      unpaidFen: 2_000_000,
      paidProjects: 2,
      percent: '50.00',
    });
    expect(report.eldercare).toEqual({ percent: '75.00', floorPercent: 55, meetsFloor: true });
  });

  it('rule R23: results count the people served by group, with the officers’ summary', () => {
    expect(report.results).toEqual({
      beneficiaries: [
        { group: 'ELDERLY', count: 205 },
        { group: 'DISABLED', count: 40 },
      ],
      beneficiaryTotal: 245,
      summary: '全年服务老年人 105 人次',
    });
  });

  it('rule R23: lists every project by purpose then amount, labelled 彩票公益金资助', () => {
    expect(report.projects.map((p) => p.projectName)).toEqual([
      '助餐点',
      '居家养老探访',
      '康复训练',
    ]);
    expect(report.label).toBe('彩票公益金资助');
  });

  it('rule R23: a year with nothing approved reports zeros and no shares', () => {
    const empty = buildAnnualReport({ fiscalYear: 2025, programmes: [], projects: [] });
    expect(empty.execution.percent).toBeNull();
    expect(empty.eldercare).toMatchObject({ percent: null, meetsFloor: null });
    expect(empty.results).toEqual({ beneficiaries: [], beneficiaryTotal: 0 });
  });

  it('rule R23: rounds the execution share down, exactly, even for large sums', () => {
    const big = buildAnnualReport({
      fiscalYear: 2026,
      programmes: [],
      projects: [project({ approvedFen: 3_000_000_000_000, paidFen: 2_000_000_000_000 })],
    });
    expect(big.execution.percent).toBe('66.66');
  });

  it('refuses data that cannot be reported: unknown purposes and payments above approval', () => {
    expect(() =>
      buildAnnualReport({
        fiscalYear: 2026,
        programmes: [],
        projects: [project({ purpose: 'LEISURE' as never })],
      }),
    ).toThrow('projects[0].purpose must be a lottery purpose (R20)');
    expect(() =>
      buildAnnualReport({
        fiscalYear: 2026,
        programmes: [],
        projects: [project({ paidFen: 2_000_000 })],
      }),
    ).toThrow('projects[0] paid more than was approved');
  });
});

describe('rule R23: isYearOver', () => {
  it('rule R23: a year is over from midnight of 1 January in Beijing (UTC+8)', () => {
    expect(isYearOver(2026, new Date('2026-12-31T15:59:59Z'))).toBe(false);
    expect(isYearOver(2026, new Date('2026-12-31T16:00:00Z'))).toBe(true);
    expect(isYearOver(2025, new Date('2026-11-26T00:00:00Z'))).toBe(true);
  });
});
