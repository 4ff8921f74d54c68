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
});
