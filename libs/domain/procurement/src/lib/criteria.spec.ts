import { checkCriteria, type EvaluationCriterion } from './criteria';
import { CRITERIA, POLICY } from './purchase-policy.fixture';

describe('rule R25, rule R12: the criteria an announcement carries', () => {
  it('accepts criteria with a price weight and a tilt weight the policy allows', () => {
    expect(checkCriteria(POLICY, CRITERIA)).toEqual({ ok: true, policyVersion: 'test.1' });
  });

  it('refuses tilt criteria weighing more than the policy allows (R12)', () => {
    const heavy = CRITERIA.map((c) =>
      c.key === 'rural' ? { ...c, weight: 15 } : c.key === 'plan' ? { ...c, weight: 45 } : c,
    );
    expect(checkCriteria(POLICY, heavy)).toMatchObject({
      ok: false,
      code: 'RULE_R12_TILT_WEIGHT',
      field: 'criteria',
    });
  });

  it('refuses a price weight outside the services range', () => {
    const cheap = CRITERIA.map((c) =>
      c.key === 'price' ? { ...c, weight: 5 } : c.key === 'plan' ? { ...c, weight: 65 } : c,
    );
    expect(checkCriteria(POLICY, cheap)).toMatchObject({
      ok: false,
      code: 'RULE_R25_PRICE_WEIGHT',
      field: 'criteria.3.weight',
    });
  });

  it.each([
    [
      'weights not summing to 100',
      [{ ...CRITERIA[0], weight: 40 }, ...CRITERIA.slice(1)],
      'RULE_R25_CRITERIA_WEIGHTS',
    ],
    [
      'a duplicate key',
      [...CRITERIA.slice(0, 3), { ...CRITERIA[3], key: 'plan' }],
      'RULE_R25_CRITERION_KEY',
    ],
    [
      'a fractional full score',
      [{ ...CRITERIA[0], max: 7.5 }, ...CRITERIA.slice(1)],
      'RULE_R25_CRITERION_NUMBER',
    ],
    ['no criteria', [], 'RULE_R25_CRITERIA_COUNT'],
    [
      'a price tilt',
      [...CRITERIA.slice(0, 3), { ...CRITERIA[3], tilt: true }],
      'RULE_R25_PRICE_CRITERION',
    ],
  ])('refuses %s', (_what, criteria, code) => {
    expect(checkCriteria(POLICY, criteria as EvaluationCriterion[])).toMatchObject({
      ok: false,
      code,
    });
  });
});
