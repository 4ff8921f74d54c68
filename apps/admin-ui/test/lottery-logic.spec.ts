import type { ApplicationView, RankingRowView } from '../src/api/types';
import { approvalBlock, queueRows } from '../src/lottery/review/queue-rows';
import {
  CORRECTION_MAPPING,
  correctionValues,
  toCorrectNoticeDto,
} from '../src/lottery/notices/correction-values';
import { namePathOf } from '../src/common/form-violations';
import { parseYuan } from '../src/common/yuan-input';
import { toApplicationDto, toFormViolations } from '../src/lottery/apply/form-values';

// Pure parts of the lottery pages, run in the `browser` Jest project (the others skip admin-ui).

const application = (id: string, status: ApplicationView['status'], merit?: number) =>
  ({ id, status, ...(merit === undefined ? {} : { merit }) }) as ApplicationView;

const ranked = (applicationId: string, rank: number, extra: Partial<RankingRowView> = {}) =>
  ({
    applicationId,
    rank,
    outcome: 'FUNDED_FROM_GENERAL',
    approvable: true,
    ...extra,
  }) as RankingRowView;

describe('the review queue (R13/R14)', () => {
  const applications = [
    application('waiting', 'SUBMITTED'),
    application('second', 'SUBMITTED', 70),
    application('rejected', 'REJECTED', 50),
    application('first', 'APPROVED', 90),
  ];
  const rows = [ranked('first', 1), ranked('second', 2)];

  it('lists the ranking in rank order, then the unassessed, then the rest', () => {
    const queue = queueRows(applications, { rows });
    expect(queue.map((r) => r.application.id)).toEqual(['first', 'second', 'waiting', 'rejected']);
    expect(queue[0].ranking?.rank).toBe(1);
    expect(queue[2].ranking).toBeUndefined();
  });

  it('puts the undecided first while there is no ranking yet', () => {
    expect(queueRows(applications).map((r) => r.application.id)).toEqual([
      'waiting',
      'second',
      'rejected',
      'first',
    ]);
  });

  it('lets an application be approved only when the ranking says so, and says why not', () => {
    const [first, second, waiting] = queueRows(applications, {
      rows: [ranked('first', 1), ranked('second', 2, { approvable: false })],
    });
    expect(approvalBlock(waiting, 1)).toBe('RULE_R13_NOT_ASSESSED');
    expect(approvalBlock(second, 1)).toBe('RULE_R13_RANKING_INCOMPLETE');
    expect(approvalBlock(second, 0)).toBe('RULE_R14_NOT_FUNDED_IN_RANK_ORDER');
    expect(approvalBlock(first, 0)).toBeUndefined();
    // Assessed, but the ranking was not read again yet.
    expect(approvalBlock({ application: application('x', 'SUBMITTED', 60) }, 0)).toBe(
      'RULE_R13_RANKING_INCOMPLETE',
    );
  });
});

describe('correcting a notice (R23)', () => {
  const content = {
    projectName: '残疾人社区康复训练',
    unit: '银龄互助服务队',
    amountFen: 5_000_050,
    contactName: '李秀兰',
    contactPhone: '0771-5551234',
    purpose: 'DISABILITY' as const,
    label: '彩票公益金资助',
  };

  it('starts from what the notice says, the amount in yuan', () => {
    expect(correctionValues(content)).toEqual({
      reason: '',
      content: {
        projectName: '残疾人社区康复训练',
        unit: '银龄互助服务队',
        amountYuan: '50000.50',
        contactName: '李秀兰',
        contactPhone: '0771-5551234',
      },
    });
  });

  it('sends the amount as fen (R26), texts trimmed, without purpose or label', () => {
    const values = correctionValues(content);
    const dto = toCorrectNoticeDto({
      reason: ' 联系电话有误 ',
      content: { ...values.content, amountYuan: '48000', contactPhone: ' 0771-5559999 ' },
    });
    expect(dto).toEqual({
      reason: '联系电话有误',
      content: {
        projectName: '残疾人社区康复训练',
        unit: '银龄互助服务队',
        amountFen: 4_800_000,
        contactName: '李秀兰',
        contactPhone: '0771-5559999',
      },
    });
  });

  it('puts an amount violation on the yuan field', () => {
    expect(namePathOf('content.amountFen', CORRECTION_MAPPING)).toEqual(['content', 'amountYuan']);
    expect(namePathOf('content.contactPhone', CORRECTION_MAPPING)).toEqual([
      'content',
      'contactPhone',
    ]);
  });
});

describe('yuan typed in a form', () => {
  it('is fen when it has two decimals at most', () => {
    expect(parseYuan(' 1234.5 ')).toBe(123_450);
    expect(parseYuan('1.234')).toBeUndefined();
    expect(parseYuan('1,000')).toBeUndefined();
    expect(parseYuan('')).toBeUndefined();
  });
});

describe("issue #17: the answers to a programme's added questions", () => {
  const values = {
    programmeId: 'p-1',
    projectName: '银龄互助',
    projectAreaType: 'RURAL' as const,
    beneficiaries: [{ group: 'ELDERLY' as const, count: 120 }],
    budgetLines: [
      { category: 'SERVICE_DELIVERY' as const, description: '探访', amountYuan: '100' },
    ],
    contactName: '李秀兰',
    contactPhone: '0771-5551234',
    bankAccount: {
      accountName: '服务队',
      accountNumber: '6222020102003456789',
      bankCode: '313' as const,
      bankName: '银行',
    },
  };

  it('sends them with the application, blank ones left out, and none when none are given', () => {
    expect(toApplicationDto(values)).not.toHaveProperty('answers');
    expect(toApplicationDto({ ...values, answers: { note: ' ', rows: [] } })).not.toHaveProperty(
      'answers',
    );
    const dto = toApplicationDto({
      ...values,
      answers: { volunteers: 12, ownFunds: 500_050, note: '', venue: undefined },
    });
    expect(dto.answers).toEqual({ volunteers: 12, ownFunds: 500_050 });
  });

  it("puts the API's violations on an answer's item, and a line's fen on its yuan", () => {
    const fields = toFormViolations([
      { field: 'answers.partners[1].amount', rule: 'R20', message: 'x' },
      { field: 'answers.amountFen', rule: 'R20', message: 'x' },
      { field: 'budgetLines[1].amountFen', rule: 'min', message: 'x' },
      { field: 'budgetLines.0.amountFen', rule: 'min', message: 'x' },
    ]).map((v) => v.field);
    expect(fields).toEqual([
      'answers.partners.1.amount',
      'answers.amountFen',
      'budgetLines.1.amountYuan',
      'budgetLines.0.amountYuan',
    ]);
  });
});
