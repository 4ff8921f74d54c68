import { PersonalDataCipher, sealPayeeAccount } from '@civic/platform/pii';
import type { ContractEvaluation } from './contract-evaluation.entity';
import type { ContractInstalment } from './contract-instalment.entity';
import type { ContractReport } from './contract-report.entity';
import type { ContractYear } from './contract-year.entity';
import type { Contract } from './contract.entity';
import { contractView, publicContractView } from './contract.mapper';
import type { ContractParts } from './contracts.repository';

const cipher = new PersonalDataCipher(Buffer.alloc(32, 7).toString('base64'), 'k1');
const NUMBER = '6222020102003456789';

const contract: Contract = {
  id: 'c1',
  projectId: 'p1',
  bidId: 'b1',
  entryId: 'e1',
  organizationId: 'o1',
  payeeId: 'o1',
  undertakerName: '新竹社区夕阳红志愿服务队',
  undertakerKind: 'SOCIAL_ORGANIZATION',
  title: '居家养老上门探访',
  amountFen: 1_000_000,
  startDate: '2026-07-01',
  endDate: '2027-06-30',
  months: 12,
  fiscalYear: 2026,
  schedule: [],
  indicators: [{ name: '满意度', target: '不低于 90%', weight: 100 }],
  bankAccount: sealPayeeAccount(cipher, {
    accountName: '新竹社区夕阳红志愿服务队',
    accountNumber: NUMBER,
    bankName: '广西北部湾银行南宁分行',
    bankCode: '313',
  }),
  status: 'IN_FORCE',
  policyVersion: '2026.1',
  signedBy: '王科长',
  signedAt: new Date('2026-06-20T02:00:00Z'),
};
const year = {
  id: 'y1',
  contractId: 'c1',
  year: 1,
  fiscalYear: 2026,
  startsOn: '2026-07-01',
  endsOn: '2027-06-30',
  months: 12,
  amountFen: 1_000_000,
  commitmentState: 'COMMITTED',
  statusReason: null,
  releasedFen: 0,
  renewedBy: '王科长',
  renewedAt: new Date('2026-06-20T02:00:00Z'),
} as ContractYear;
const instalment = {
  id: 'i1',
  contractId: 'c1',
  yearId: 'y1',
  position: 0,
  key: 'FINAL',
  trigger: 'FINAL_EVALUATION',
  scheduledFen: 1_000_000,
  amountFen: 700_000,
  release: 'RELEASED',
  releasedAt: null,
  payment: 'PAID',
  paymentId: 'i1',
  bankReference: 'BANK-1',
  paidAt: new Date('2027-07-10T02:00:00Z'),
  custodianName: null,
  statusReason: null,
} as ContractInstalment;
const evaluation = (evaluator: 'BUYER' | 'THIRD_PARTY', name: string) =>
  ({
    id: `v-${evaluator}`,
    contractId: 'c1',
    yearId: 'y1',
    year: 1,
    kind: 'FINAL',
    evaluator,
    evaluatorName: name,
    scores: [{ indicator: '满意度', score: 55 }],
    totalScore: '55.00',
    passed: false,
    decision: 'REDUCE',
    instalmentId: 'i1',
    payFen: 700_000,
    withheldFen: 300_000,
    reason: 'reduced',
    reasonZh: '扣减',
    comment: '服务记录不全',
    policyVersion: '2026.1',
    evaluatedBy: '王科长',
    evaluatedAt: new Date('2027-07-01T02:00:00Z'),
  }) as ContractEvaluation;
const report = {
  id: 'r1',
  contractId: 'c1',
  yearId: 'y1',
  year: 1,
  kind: 'PROGRESS',
  periodFrom: '2026-07-01',
  periodTo: '2026-09-30',
  summary: '探访独居老人张某某等 58 户',
  figures: [{ indicator: '满意度', achieved: '回访满意度 93%' }],
  submittedBy: '李红',
  submittedAt: new Date('2026-10-08T02:00:00Z'),
} as ContractReport;
const parts: ContractParts = {
  projects: new Map([['p1', { catalogueItemName: '居家养老上门探访', regionCode: '450103' }]]),
  years: [year],
  instalments: [instalment],
  evaluations: [evaluation('BUYER', '李科员'), evaluation('THIRD_PARTY', '广西社会工作评估中心')],
  reports: [report],
};

describe('contract views (R25, R30)', () => {
  it('shows officers and the undertaker the account number masked, never sealed', () => {
    const view = contractView(contract, parts);
    expect(view.bankAccount.accountNumber).not.toContain(NUMBER);
    expect(view.bankAccount.accountNumber.endsWith(NUMBER.slice(-4))).toBe(true);
    expect(JSON.stringify(view)).not.toContain(contract.bankAccount.accountNumberSealed);
    expect(view.evaluations[0]).toMatchObject({
      instalmentKey: 'FINAL',
      payFen: 700_000,
      withheldFen: 300_000,
      totalScore: 55,
    });
    expect(view.years[0]).toMatchObject({ commitment: 'COMMITTED', instalments: [{ id: 'i1' }] });
    expect(view.reports).toEqual([
      {
        id: 'r1',
        year: 1,
        kind: 'PROGRESS',
        periodFrom: '2026-07-01',
        periodTo: '2026-09-30',
        summary: report.summary,
        figures: report.figures,
        submittedBy: '李红',
        submittedAt: '2026-10-08T02:00:00.000Z',
      },
    ]);
  });

  it('publishes the contract and its results without account, signer, buyer’s evaluator or comments', () => {
    const view = publicContractView(contract, parts);
    const text = JSON.stringify(view);
    const hiddenTexts = [NUMBER.slice(-4), 'bankAccount', '王科长', '李科员', '服务记录不全'];
    // The undertaker's reports may name the people served (R30): never published.
    for (const hidden of [...hiddenTexts, 'reports', '张某某', '回访满意度']) {
      expect(text).not.toContain(hidden);
    }
    expect(view.evaluations.map((e) => e.evaluatorName)).toEqual([
      undefined,
      '广西社会工作评估中心',
    ]);
    expect(view.years[0].instalments).toEqual([
      {
        key: 'FINAL',
        trigger: 'FINAL_EVALUATION',
        scheduledFen: 1_000_000,
        amountFen: 700_000,
        release: 'RELEASED',
        paid: true,
      },
    ]);
    expect(view).toMatchObject({ catalogueItemName: '居家养老上门探访', regionCode: '450103' });
  });
});
