import dayjs from 'dayjs';
import { namePathOf } from '../src/common/form-violations';
import { atFinance } from '../src/procurement/contracts/contract-queries';
import type { ContractView } from '../src/procurement/contracts/contract-types';
import {
  scoresTotal,
  suggestedKind,
  toEvaluateDto,
  yearToEvaluate,
} from '../src/procurement/contracts/evaluate-values';
import {
  amountsTotalFen,
  indicatorsWeight,
  initialSignValues,
  percentsTotal,
  SIGN_MAPPING,
  type SignFormValues,
  termEnd,
  toSignDto,
} from '../src/procurement/contracts/sign-values';

// Pure parts of the officers' contract pages (R25, R26, R27; Order 102 art. 23–24).

const INDICATORS = [
  { name: '服务数量', target: '每月上门探访不少于 2 次', weight: 40 },
  { name: '服务质量', target: '服务记录完整', weight: 30 },
  { name: '满意度', target: '满意度不低于 90%', weight: 30 },
];

const SIGNED: SignFormValues = {
  startDate: dayjs('2026-07-01'),
  months: 12,
  basis: 'AMOUNT',
  instalments: [
    { key: ' signing ', trigger: 'SIGNING', amountYuan: '100000.50', percent: 40 },
    { key: 'FINAL', trigger: 'FINAL_EVALUATION', amountYuan: '149999.50' },
  ],
  indicators: INDICATORS.map((i) => ({ ...i, name: ` ${i.name} ` })),
  bankAccount: {
    accountName: ' 广西康宁养老服务有限公司 ',
    accountNumber: ' 6222 0201 0200 3456 ',
    bankCode: '313',
    bankName: '广西北部湾银行南宁分行 ',
  },
};

describe('signing a contract (R25, R26; Order 102 art. 23–24)', () => {
  it('sends the schedule in fen when typed in yuan, keys upper-cased, texts trimmed', () => {
    expect(toSignDto(SIGNED)).toEqual({
      startDate: '2026-07-01',
      months: 12,
      instalments: [
        { key: 'SIGNING', trigger: 'SIGNING', amountFen: 10_000_050 },
        { key: 'FINAL', trigger: 'FINAL_EVALUATION', amountFen: 14_999_950 },
      ],
      indicators: INDICATORS,
      bankAccount: {
        accountName: '广西康宁养老服务有限公司',
        accountNumber: '6222 0201 0200 3456',
        bankCode: '313',
        bankName: '广西北部湾银行南宁分行',
      },
    });
    expect(amountsTotalFen(SIGNED.instalments)).toBe(25_000_000);
  });

  it('sends percents only when the schedule is in percents, the usual 40/30/30 to start from', () => {
    const initial = initialSignValues(12, '新竹社区颐养互助服务社') as SignFormValues;
    expect(percentsTotal(initial.instalments)).toBe(100);
    expect(indicatorsWeight(initial.indicators)).toBe(100);
    expect(initial.bankAccount.accountName).toBe('新竹社区颐养互助服务社');
    const dto = toSignDto({ ...SIGNED, basis: 'PERCENT', instalments: initial.instalments });
    expect(dto.instalments).toEqual([
      { key: 'SIGNING', trigger: 'SIGNING', percent: 40 },
      { key: 'MONITORING', trigger: 'MONITORING', percent: 30 },
      { key: 'FINAL', trigger: 'FINAL_EVALUATION', percent: 30 },
    ]);
  });

  it('ends the term the day before the same day `months` later, the month end when shorter', () => {
    expect(termEnd(dayjs('2026-07-01'), 12)).toBe('2027-06-30');
    expect(termEnd(dayjs('2026-01-31'), 1)).toBe('2026-02-27');
    expect(termEnd(dayjs('2026-07-01'), 13)).toBe('2027-07-31');
    expect(termEnd(undefined, 12)).toBeUndefined();
    expect(termEnd(dayjs('2026-07-01'), null)).toBeUndefined();
  });

  it("puts the API's violations of an amount in fen on the yuan it was typed in", () => {
    expect(namePathOf('instalments.2.amountFen', SIGN_MAPPING)).toEqual([
      'instalments',
      2,
      'amountYuan',
    ]);
    expect(namePathOf('indicators.1.weight', SIGN_MAPPING)).toEqual(['indicators', 1, 'weight']);
    expect(namePathOf('months', SIGN_MAPPING)).toEqual(['months']);
  });
});

type Year = ContractView['years'][number];
type Instalment = Year['instalments'][number];

const instalment = (over: Partial<Instalment>): Instalment => ({
  id: over.key ?? 'i',
  position: 1,
  key: 'SIGNING',
  trigger: 'SIGNING',
  scheduledFen: 100,
  amountFen: 100,
  release: 'PENDING',
  payment: 'NOT_REQUESTED',
  paymentId: 'p',
  ...over,
});

function contract(
  years: Partial<Year>[],
  evaluations: Partial<ContractView['evaluations'][number]>[] = [],
) {
  return {
    indicators: INDICATORS,
    years: years.map((y, i) => ({ year: i + 1, commitment: 'COMMITTED', instalments: [], ...y })),
    evaluations,
  } as unknown as ContractView;
}

describe('evaluating a contract (R25)', () => {
  it('adds the scores up to the hundredth, exactly, and sends one per indicator', () => {
    expect(scoresTotal([{ score: 36.1 }, { score: 26.2 }, { score: 26.3 }])).toBe(88.6);
    expect(scoresTotal([{ score: 0.1 }, { score: 0.2 }, { score: null }])).toBe(0.3);
    const dto = toEvaluateDto(contract([]), {
      kind: 'FINAL',
      evaluator: 'BUYER',
      evaluatorName: ' 王科长 ',
      scores: [{ score: 20 }, { score: 15.5 }, { score: 10 }],
      comment: ' 服务台账缺失 ',
    });
    expect(dto).toEqual({
      kind: 'FINAL',
      evaluator: 'BUYER',
      evaluatorName: '王科长',
      scores: [
        { indicator: '服务数量', score: 20 },
        { indicator: '服务质量', score: 15.5 },
        { indicator: '满意度', score: 10 },
      ],
      totalScore: 45.5,
      comment: '服务台账缺失',
    });
  });

  it('evaluates the first renewed year without its final evaluation: monitoring first, then the final', () => {
    const monitoring = instalment({ key: 'MONITORING', trigger: 'MONITORING' });
    const first = contract([{ instalments: [monitoring] }, { commitment: 'NOT_RENEWED' }]);
    expect(yearToEvaluate(first)?.year).toBe(1);
    expect(suggestedKind(first)).toBe('MONITORING');
    const checked = contract([
      { instalments: [{ ...monitoring, release: 'RELEASED' }] },
      { commitment: 'NOT_RENEWED' },
    ]);
    expect(suggestedKind(checked)).toBe('FINAL');
    const finalled = contract(
      [{ instalments: [] }, { commitment: 'NOT_RENEWED' }],
      [{ kind: 'FINAL', year: 1 }],
    );
    expect(yearToEvaluate(finalled)).toBeUndefined();
  });

  it('follows the contract while finance has to answer, and not once it did (R27, R28)', () => {
    const paid = instalment({ release: 'RELEASED', payment: 'PAID' });
    expect(atFinance(contract([{ commitment: 'REQUESTED' }]))).toBe(true);
    expect(atFinance(contract([{ instalments: [{ ...paid, payment: 'REQUESTED' }] }]))).toBe(true);
    expect(atFinance(contract([{ instalments: [paid] }]))).toBe(false);
    expect(
      atFinance(
        contract([{ commitment: 'REFUSED', instalments: [{ ...paid, payment: 'NOT_REQUESTED' }] }]),
      ),
    ).toBe(false);
    expect(atFinance(contract([{ instalments: [instalment({ release: 'HELD' })] }]))).toBe(false);
  });
});
