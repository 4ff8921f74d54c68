import { purchasePolicyProblems } from './purchase-policy-check';
import { POLICY } from './purchase-policy.fixture';

describe('rule R25, rule R12: purchase policy data an administrator may store', () => {
  it('finds nothing wrong with the test policy (the shape and values of the seed)', () => {
    expect(purchasePolicyProblems(POLICY)).toEqual([]);
  });

  it('names each missing or out-of-range number', () => {
    const broken = {
      ...POLICY,
      contractTerm: { ...POLICY.contractTerm, maxMonths: 12.5 },
      performance: undefined,
    };
    expect(purchasePolicyProblems(broken)).toEqual([
      'contractTerm.maxMonths: must be a whole number from 1 to 120',
      'performance: missing',
    ]);
  });

  it('needs every method of the law exactly once', () => {
    const methods = POLICY.methods.filter((m) => m.method !== 'INQUIRY');
    expect(purchasePolicyProblems({ ...POLICY, methods })).toEqual([
      'methods: must have INQUIRY exactly once',
    ]);
  });

  it('names the method whose minimum bids or panel is not a whole number of at least 1', () => {
    const methods = POLICY.methods.map((m) =>
      m.method === 'SINGLE_SOURCE' ? { ...m, minBidders: 0 } : m,
    );
    expect(purchasePolicyProblems({ ...POLICY, methods })).toEqual([
      'methods.4.minBidders: must be a whole number from 1 to 100',
    ]);
  });

  it('refuses a method the law does not have', () => {
    const methods = [...POLICY.methods, { ...POLICY.methods[0], method: 'LOTTERY_DRAW' }];
    expect(purchasePolicyProblems({ ...POLICY, methods })).toEqual([
      'methods.6.method: must be one of PUBLIC_TENDER, INVITATIONAL_TENDER, COMPETITIVE_NEGOTIATION, COMPETITIVE_CONSULTATION, SINGLE_SOURCE, INQUIRY',
    ]);
  });

  it('keeps the thresholds, terms and price weights in order', () => {
    expect(
      purchasePolicyProblems({
        ...POLICY,
        thresholds: {
          ...POLICY.thresholds,
          smallPurchaseFen: POLICY.thresholds.publicTenderFen + 1,
        },
        contractTerm: { ...POLICY.contractTerm, stableMaxMonths: 6 },
      }),
    ).toEqual([
      'thresholds.smallPurchaseFen: must not exceed thresholds.publicTenderFen',
      'contractTerm.stableMaxMonths: must not be below contractTerm.maxMonths',
    ]);
  });

  it('refuses what is not a policy at all', () => {
    expect(purchasePolicyProblems(null)).toEqual(['policy: must be an object']);
  });
});
