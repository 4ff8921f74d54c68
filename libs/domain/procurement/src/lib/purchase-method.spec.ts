import fc from 'fast-check';
import { checkBidCount, checkPurchaseMethod } from './purchase-method';
import { PURCHASE_METHODS } from './purchase-policy';
import { POLICY } from './purchase-policy.fixture';

const { smallPurchaseFen, publicTenderFen } = POLICY.thresholds;

describe('rule R25: the purchase method a budget allows', () => {
  it('lets a budget at or above the public-tender threshold use a public tender', () => {
    expect(
      checkPurchaseMethod(POLICY, { budgetFen: publicTenderFen, method: 'PUBLIC_TENDER' }),
    ).toEqual({
      ok: true,
      policyVersion: 'test.1',
      method: 'PUBLIC_TENDER',
      minBidders: 3,
      minPanel: 5,
      justified: false,
    });
  });

  it('refuses another method at or above the threshold without a justification, naming the field', () => {
    const check = checkPurchaseMethod(POLICY, {
      budgetFen: publicTenderFen,
      method: 'COMPETITIVE_CONSULTATION',
      justification: '   ',
    });
    expect(check).toMatchObject({
      ok: false,
      rule: 'R25',
      code: 'RULE_R25_PUBLIC_TENDER_REQUIRED',
      field: 'method',
    });
    if (check.ok) return;
    expect(check.message).toContain('4000000.00 yuan');
    expect(check.messageZh).toContain('公开招标数额标准');
  });

  it('accepts another method at or above the threshold with a recorded justification', () => {
    const check = checkPurchaseMethod(POLICY, {
      budgetFen: publicTenderFen + 1,
      method: 'SINGLE_SOURCE',
      justification: '经市财政局批准：仅一家机构具备社区矫正社会工作资质（政府采购法第二十七条）',
    });
    expect(check).toMatchObject({
      ok: true,
      method: 'SINGLE_SOURCE',
      minBidders: 1,
      justified: true,
    });
  });

  it('between the thresholds, needs a justification only for a method whose conditions the law sets', () => {
    const budgetFen = smallPurchaseFen;
    expect(
      checkPurchaseMethod(POLICY, { budgetFen, method: 'COMPETITIVE_CONSULTATION' }),
    ).toMatchObject({
      ok: true,
      minBidders: 2,
    });
    expect(checkPurchaseMethod(POLICY, { budgetFen, method: 'SINGLE_SOURCE' })).toMatchObject({
      ok: false,
      code: 'RULE_R25_METHOD_JUSTIFICATION_REQUIRED',
      field: 'method',
    });
    expect(
      checkPurchaseMethod(POLICY, {
        budgetFen,
        method: 'SINGLE_SOURCE',
        justification: '服务延续，原承接主体唯一',
      }),
    ).toMatchObject({ ok: true, justified: true });
  });

  it('refuses a method the policy does not know', () => {
    expect(checkPurchaseMethod(POLICY, { budgetFen: 1, method: 'AUCTION' })).toMatchObject({
      ok: false,
      code: 'RULE_R25_METHOD_UNKNOWN',
      field: 'method',
    });
  });

  it('throws on a budget that is not whole fen (R26)', () => {
    expect(() => checkPurchaseMethod(POLICY, { budgetFen: 10.5, method: 'INQUIRY' })).toThrow(
      RangeError,
    );
  });

  it('property: below the small-purchase threshold every method passes, justified or not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: smallPurchaseFen - 1 }),
        fc.constantFrom(...PURCHASE_METHODS),
        (budgetFen, method) =>
          expect(checkPurchaseMethod(POLICY, { budgetFen, method }).ok).toBe(true),
      ),
    );
  });

  it('property: at or above the public-tender threshold, only a public tender passes unjustified', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: publicTenderFen, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom(...PURCHASE_METHODS),
        (budgetFen, method) =>
          expect(checkPurchaseMethod(POLICY, { budgetFen, method }).ok).toBe(
            method === 'PUBLIC_TENDER',
          ),
      ),
    );
  });

  it('reads its thresholds from the policy, not from code', () => {
    const lower = {
      ...POLICY,
      version: 'test.2',
      thresholds: { ...POLICY.thresholds, publicTenderFen: 200_000_000 },
    };
    const input = { budgetFen: 300_000_000, method: 'COMPETITIVE_CONSULTATION' };
    expect(checkPurchaseMethod(POLICY, input).ok).toBe(true);
    expect(checkPurchaseMethod(lower, input).ok).toBe(false);
  });
});

describe('rule R25: enough valid bids for the method', () => {
  it.each([
    ['PUBLIC_TENDER', 2, false],
    ['PUBLIC_TENDER', 3, true],
    ['COMPETITIVE_CONSULTATION', 2, true],
    ['COMPETITIVE_NEGOTIATION', 2, false],
    ['SINGLE_SOURCE', 1, true],
    ['INQUIRY', 0, false],
  ] as const)('%s with %d valid bids: ok=%s', (method, count, ok) => {
    const check = checkBidCount(POLICY, method, count);
    expect(check.ok).toBe(ok);
    if (!check.ok) expect(check).toMatchObject({ code: 'RULE_R25_TOO_FEW_BIDS', field: 'bids' });
  });
});
