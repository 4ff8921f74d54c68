import { ALL_FUND_CODES, FUND_LABELS_ZH } from '@civic/domain/finance';
import { ApiError } from '../src/api/errors';
import type { BatchView } from '../src/api/types';
import { batchProgress, decisionState, isPaying } from '../src/finance/batch-state';
import { FUND_CODES } from '../src/finance/fund-options';
import { refusalCode, refusalDetails } from '../src/common/refusal';
import en from '../src/i18n/en.json';
import zhCN from '../src/i18n/zh-CN.json';

// The finance pages' pure parts (rules R26–R28), in the `browser` Jest project.

const BATCH: BatchView = {
  id: 'b-1',
  number: 'PB-2026-000001',
  status: 'PAYING',
  makerId: 'maker-1',
  makerName: '财务经办 张红',
  paymentCount: 3,
  totalFen: 300_000,
  settledCount: 1,
  settledFen: 100_000,
  failedCount: 1,
  failedFen: 100_000,
  createdAt: '2026-03-01T08:00:00.000Z',
};

describe('a batch in progress', () => {
  it('counts settled and failed payments as done, settled ones apart', () => {
    expect(batchProgress(BATCH)).toEqual({
      done: 2,
      percent: 66.7,
      settledPercent: 33.3,
      status: 'active',
    });
  });

  it('shows success when paid, an exception when partly failed, and polls only while paying', () => {
    const all = { settledCount: 3, failedCount: 0 };
    expect(batchProgress({ ...BATCH, ...all, status: 'PAID' })).toMatchObject({
      percent: 100,
      status: 'success',
    });
    expect(batchProgress({ ...BATCH, status: 'PARTLY_FAILED' }).status).toBe('exception');
    expect(
      batchProgress({ ...BATCH, status: 'SUBMITTED', settledCount: 0, failedCount: 0 }),
    ).toEqual({ done: 0, percent: 0, settledPercent: 0, status: 'normal' });
    expect(['APPROVED', 'PAYING'].every((s) => isPaying(s as BatchView['status']))).toBe(true);
    expect(['SUBMITTED', 'PAID', 'PARTLY_FAILED'].some((s) => isPaying(s as never))).toBe(false);
  });
});

describe('four eyes (R28)', () => {
  const submitted = { ...BATCH, status: 'SUBMITTED' as const };
  const checker = { id: 'checker-1', permissions: ['finance.read', 'batch.check'] };

  it('lets a checker who did not make the batch decide it', () => {
    expect(decisionState(submitted, checker)).toBe('check');
  });

  it('never offers the maker their own batch, even with the checker permission', () => {
    expect(decisionState(submitted, { ...checker, id: 'maker-1' })).toBe('own');
    expect(decisionState(submitted, { id: 'maker-1', permissions: ['batch.prepare'] })).toBe('own');
  });

  it('tells others it awaits a checker, and offers nothing once decided', () => {
    expect(decisionState(submitted, { id: 'officer', permissions: ['finance.read'] })).toBe('wait');
    expect(decisionState(BATCH, checker)).toBe('none');
  });

  it("reads the refusal's code (finance's as `error`) and its messages", () => {
    const refusal = new ApiError(403, {
      statusCode: 403,
      message: 'rule R28: the maker of a disbursement batch cannot also check it',
      error: 'RULE_R28_SAME_PERSON',
    } as never);
    expect(refusalCode(refusal)).toBe('RULE_R28_SAME_PERSON');
    expect(refusalDetails(refusal)).toEqual([refusal.message]);
    expect(zhCN.finance.errors).toHaveProperty('RULE_R28_SAME_PERSON');
    expect(en.finance.errors).toHaveProperty('RULE_R28_SAME_PERSON');
    const unfit = new ApiError(422, {
      statusCode: 422,
      message: 'x',
      code: 'RULE_R28',
      violations: [{ field: 'paymentIds', rule: 'awaitingBatch', message: '付款已在其他批次' }],
    });
    expect(refusalCode(unfit)).toBe('RULE_R28');
    expect(refusalDetails(unfit)).toEqual(['付款已在其他批次']);
    expect(refusalCode(new Error('network'))).toBeUndefined();
  });
});

describe('funds (R27)', () => {
  it("lists the domain's funds in its order, with its Chinese labels", () => {
    expect(FUND_CODES).toEqual(ALL_FUND_CODES);
    expect(zhCN.enums.fund).toEqual(FUND_LABELS_ZH);
  });
});
