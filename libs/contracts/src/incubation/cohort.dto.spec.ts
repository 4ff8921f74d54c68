import { PayloadValidationError, validatePlain } from '../common/validation';
import { CreateCohortDto } from './cohort.dto';

const cohort = (graduationCriteria: unknown[]) => ({
  baseId: '6a1d6a3c-8d47-4e0b-a0c9-7d2f0f4b2e10',
  name: '2026 年第二期孵化',
  capacity: 10,
  windowOpensOn: '2026-09-01',
  windowClosesOn: '2026-09-30',
  startsOn: '2026-10-15',
  support: {
    spaceM2: 15,
    monthlyFeeFen: 50_000,
    feeWaivedPercent: 100,
    startupSubsidyFen: 2_000_000,
    trainingSessions: 6,
  },
  graduationCriteria,
});

const refusal = (plain: unknown) => {
  try {
    validatePlain(CreateCohortDto, plain, 'cohort');
  } catch (error) {
    if (error instanceof PayloadValidationError) return error.violations;
    throw error;
  }
  throw new Error('accepted');
};

describe('graduation criteria take only their own kind’s fields (R16, issue #15)', () => {
  it('accepts each kind with the field it needs', () => {
    expect(() =>
      validatePlain(
        CreateCohortDto,
        cohort([
          { kind: 'MIN_MONTHS', months: 6 },
          { kind: 'MIN_TRAINING_SESSIONS', sessions: 4 },
          { kind: 'MIN_ACTIVITIES', activities: 2 },
          { kind: 'REGISTERED_OR_FILED' },
          { kind: 'MANUAL', label: '建立财务管理制度' },
        ]),
      ),
    ).not.toThrow();
  });

  it('refuses the fields of other kinds, whatever they hold, naming each field and the rule', () => {
    const violations = refusal(
      cohort([
        {
          kind: 'MIN_MONTHS',
          months: 6,
          sessions: { evil: '<script>' },
          activities: 'x'.repeat(3000),
        },
      ]),
    );
    const foreign = violations.filter((v) => v.rule === 'notAllowedForKind');
    expect(foreign.map((v) => v.field)).toEqual([
      'graduationCriteria.0.sessions',
      'graduationCriteria.0.activities',
    ]);
    expect(foreign[0].message).toContain('MIN_TRAINING_SESSIONS');
    expect(foreign[0].message).toContain('R16');
    expect(violations.map((v) => v.field)).not.toContain('graduationCriteria.0.months');
  });

  it('refuses a well-formed field sent with the wrong kind', () => {
    expect(refusal(cohort([{ kind: 'REGISTERED_OR_FILED', months: 6 }]))).toEqual([
      expect.objectContaining({ field: 'graduationCriteria.0.months', rule: 'notAllowedForKind' }),
    ]);
    expect(refusal(cohort([{ kind: 'MIN_ACTIVITIES', activities: 2, label: '财务制度' }]))).toEqual(
      [expect.objectContaining({ field: 'graduationCriteria.0.label', rule: 'notAllowedForKind' })],
    );
  });

  it('still requires the field its kind needs', () => {
    const violations = refusal(cohort([{ kind: 'MIN_MONTHS' }]));
    expect(new Set(violations.map((v) => v.field))).toEqual(
      new Set(['graduationCriteria.0.months']),
    );
    expect(violations).toContainEqual(expect.objectContaining({ rule: 'isInt' }));
  });
});
