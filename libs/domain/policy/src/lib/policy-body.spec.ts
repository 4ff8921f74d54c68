import { checkPolicyBody } from './policy-body';
import { EDITABLE_POLICY_KINDS, POLICY_SHAPES } from './policy-seeds';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('checkPolicyBody (issue #17: policy validated on write)', () => {
  it.each(EDITABLE_POLICY_KINDS)('accepts the %s seed as a body', (kind) => {
    expect(checkPolicyBody(kind, clone(POLICY_SHAPES[kind]))).toEqual({ ok: true });
  });

  it('rule R13: refuses a misspelt bonus, naming it, rather than ignoring it', () => {
    const body = clone(POLICY_SHAPES.PRIORITY) as unknown as { bonuses: Record<string, number> };
    body.bonuses['publicWelfar'] = 12;
    const check = checkPolicyBody('PRIORITY', body);
    expect(check).toMatchObject({
      ok: false,
      violation: { field: 'body.bonuses.publicWelfar', rule: 'R13' },
    });
  });

  it('rule R13: refuses a missing bonus', () => {
    const body = clone(POLICY_SHAPES.PRIORITY) as unknown as { bonuses: Record<string, number> };
    delete body.bonuses['rural'];
    expect(checkPolicyBody('PRIORITY', body)).toMatchObject({
      ok: false,
      violation: {
        field: 'body.bonuses.rural',
        message: 'rule R13: body.bonuses.rural is required',
      },
    });
  });

  it('rule R13: refuses a negative bonus through the domain check, on its field', () => {
    const body = clone(POLICY_SHAPES.PRIORITY) as unknown as { bonuses: Record<string, number> };
    body.bonuses['rural'] = -1;
    expect(checkPolicyBody('PRIORITY', body)).toMatchObject({
      ok: false,
      violation: { field: 'body.bonuses.rural', rule: 'R13' },
    });
  });

  it('rule R14: refuses a reserve over 100 %, in Chinese too', () => {
    const check = checkPolicyBody('RESERVE', { version: '2027.1', ruralReservePercent: 101 });
    expect(check).toMatchObject({
      ok: false,
      violation: {
        field: 'body.ruralReservePercent',
        rule: 'R14',
        messageZh: '规则 R14：ruralReservePercent 须在 0 至 100 之间，实际为 101',
      },
    });
  });

  it('rule R14: refuses a string where the seed has a number', () => {
    const check = checkPolicyBody('RESERVE', { version: '2027.1', ruralReservePercent: '30' });
    expect(check).toMatchObject({
      ok: false,
      violation: { field: 'body.ruralReservePercent', message: expect.stringContaining('number') },
    });
  });

  it('rule R19: refuses tranches that do not add up to 100', () => {
    const body = {
      version: '2027.1',
      tranches: [
        { key: 'SIGNING', percent: 60 },
        { key: 'FINAL', percent: 30 },
      ],
    };
    expect(checkPolicyBody('TRANCHES', body)).toMatchObject({
      ok: false,
      violation: { field: 'body.tranches', rule: 'R19' },
    });
  });

  it('rule R21: refuses an eldercare floor with three decimals', () => {
    const check = checkPolicyBody('ELDERCARE_FLOOR', { version: '2027.1', floorPercent: 55.555 });
    expect(check).toMatchObject({ ok: false, violation: { rule: 'R21' } });
  });

  it('refuses a version with spaces, and a body that is not an object', () => {
    const body = { ...clone(POLICY_SHAPES.RESERVE), version: '2027 1' };
    expect(checkPolicyBody('RESERVE', body)).toMatchObject({
      ok: false,
      violation: { field: 'body.version' },
    });
    expect(checkPolicyBody('RESERVE', [])).toMatchObject({
      ok: false,
      violation: { field: 'body', message: 'rule R14: body must be an object' },
    });
  });

  it('rule R18: refuses a look-back of 51 years', () => {
    const body = { ...clone(POLICY_SHAPES.CONFLICTS), lookbackYears: 51 };
    expect(checkPolicyBody('CONFLICTS', body)).toMatchObject({
      ok: false,
      violation: { field: 'body.lookbackYears', rule: 'R18' },
    });
  });

  it('rule R25: refuses a purchase policy whose small-purchase threshold is above the public-tender one', () => {
    const body = clone(POLICY_SHAPES.PURCHASE) as unknown as {
      thresholds: Record<string, number>;
    };
    body.thresholds['smallPurchaseFen'] = 500_000_000;
    expect(checkPolicyBody('PURCHASE', body)).toEqual({
      ok: false,
      violation: {
        field: 'body.thresholds.smallPurchaseFen',
        rule: 'R25',
        message: 'rule R25: thresholds.smallPurchaseFen must not exceed thresholds.publicTenderFen',
        messageZh: '规则 R25：thresholds.smallPurchaseFen 不得大于 thresholds.publicTenderFen',
      },
    });
  });

  it('rule R25: names the method whose minimum bids is not a whole number of at least 1', () => {
    const body = clone(POLICY_SHAPES.PURCHASE) as unknown as {
      methods: Record<string, unknown>[];
    };
    body.methods[4]['minBidders'] = 0;
    expect(checkPolicyBody('PURCHASE', body)).toMatchObject({
      ok: false,
      violation: {
        field: 'body.methods.4.minBidders',
        rule: 'R25',
        messageZh: '规则 R25：methods.4.minBidders 须为 1 至 100 的整数',
      },
    });
  });

  it('rule R25: refuses a dropped purchase method, and a method with a misspelt field', () => {
    const dropped = clone(POLICY_SHAPES.PURCHASE) as unknown as { methods: unknown[] };
    dropped.methods.pop();
    expect(checkPolicyBody('PURCHASE', dropped)).toMatchObject({
      ok: false,
      violation: {
        field: 'body.methods',
        message: 'rule R25: methods must have INQUIRY exactly once',
      },
    });
    const misspelt = clone(POLICY_SHAPES.PURCHASE) as unknown as {
      methods: Record<string, unknown>[];
    };
    misspelt.methods[0]['minBidder'] = 3;
    expect(checkPolicyBody('PURCHASE', misspelt)).toMatchObject({
      ok: false,
      violation: { field: 'body.methods.0.minBidder', rule: 'R25' },
    });
  });

  it('rule R25: refuses a purchase threshold in yuan with decimals (fen are whole, R26)', () => {
    const body = clone(POLICY_SHAPES.PURCHASE) as unknown as {
      thresholds: Record<string, number>;
    };
    body.thresholds['publicTenderFen'] = 4_000_000.5;
    expect(checkPolicyBody('PURCHASE', body)).toMatchObject({
      ok: false,
      violation: { field: 'body.thresholds.publicTenderFen', rule: 'R25' },
    });
  });

  it('rule R24, rule R25: refuses a negative-list clause without terms, a blank term and a term that is not text', () => {
    const body = clone(POLICY_SHAPES.NEGATIVE_LIST) as unknown as {
      clauses: { terms: unknown[] }[];
    };
    body.clauses[1].terms = [];
    expect(checkPolicyBody('NEGATIVE_LIST', body)).toMatchObject({
      ok: false,
      violation: {
        field: 'body.clauses.1.terms',
        rule: 'R25',
        messageZh: '规则 R25：clauses.1.terms 至少须有一项',
      },
    });
    body.clauses[1].terms = ['货物', '  '];
    expect(checkPolicyBody('NEGATIVE_LIST', body)).toMatchObject({
      ok: false,
      violation: {
        field: 'body.clauses.1.terms.1',
        messageZh: '规则 R25：clauses.1.terms.1 不能为空',
      },
    });
    body.clauses[1].terms = ['货物', 7];
    expect(checkPolicyBody('NEGATIVE_LIST', body)).toMatchObject({
      ok: false,
      violation: {
        field: 'body.clauses.1.terms.1',
        message: 'rule R25: body.clauses.1.terms.1 must be a string',
      },
    });
  });

  it('rule R25: accepts a negative list with a new term, and one with a new clause', () => {
    const body = clone(POLICY_SHAPES.NEGATIVE_LIST) as unknown as {
      version: string;
      clauses: { key: string; terms: string[] }[];
    };
    body.version = '2027.1';
    body.clauses[1].terms.push('印刷品');
    body.clauses.push({ ...body.clauses[0], key: 'ASSETS', terms: ['资产处置'] });
    expect(checkPolicyBody('NEGATIVE_LIST', body)).toEqual({ ok: true });
  });
});
