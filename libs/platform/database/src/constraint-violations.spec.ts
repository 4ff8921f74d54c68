import { constraintRefusal, declareConstraints } from './constraint-violations';

const pgError = (code: string, constraint?: string, detail?: string) => ({
  name: 'QueryFailedError',
  driverError: { code, constraint, detail },
});

describe('constraint violations answer 409 or 422, naming the rule (R29)', () => {
  it('answers a declared unique constraint with its rule and field', () => {
    declareConstraints({
      organization_uscc_once: {
        rule: 'R29',
        field: 'uscc',
        message: 'an organization with this credit code is registered already',
        messageZh: '该统一社会信用代码已登记',
      },
    });
    expect(constraintRefusal(pgError('23505', 'organization_uscc_once'))).toEqual({
      status: 409,
      code: 'RULE_R29_DUPLICATE',
      message: 'rule R29: an organization with this credit code is registered already',
      messageZh: '该统一社会信用代码已登记',
      violations: [
        {
          field: 'uscc',
          rule: 'R29',
          message: 'an organization with this credit code is registered already',
          messageZh: '该统一社会信用代码已登记',
        },
      ],
    });
  });

  it('answers an undeclared duplicate generically, naming its columns', () => {
    const refusal = constraintRefusal(
      pgError('23505', 'IDX_x', 'Key (cohort_id, organization_id)=(a, b) already exists.'),
    );
    expect(refusal).toMatchObject({
      status: 409,
      code: 'DUPLICATE',
      violations: [{ field: 'cohortId', rule: 'DUPLICATE' }],
    });
    expect(refusal?.message).toBe(
      'a record with the same cohort_id, organization_id exists already',
    );
  });

  it('answers a missing reference with 422', () => {
    expect(
      constraintRefusal(pgError('23503', 'fk_x', 'Key (programme_id)=(x) is not present.')),
    ).toMatchObject({
      status: 422,
      code: 'REFERENCE_MISSING',
      violations: [{ field: 'programmeId' }],
    });
  });

  it('leaves every other error alone', () => {
    expect(constraintRefusal(pgError('40001'))).toBeNull();
    expect(constraintRefusal(new Error('boom'))).toBeNull();
    expect(constraintRefusal(undefined)).toBeNull();
  });
});
