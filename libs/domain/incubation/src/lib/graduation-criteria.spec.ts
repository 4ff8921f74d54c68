import { assertGraduationCriteria, GRADUATION_CRITERION_KINDS } from './graduation-criteria';

describe('rule R16: graduation criteria of a cohort', () => {
  it('rule R16: the five kinds', () => {
    expect(GRADUATION_CRITERION_KINDS).toEqual([
      'MIN_MONTHS',
      'MIN_TRAINING_SESSIONS',
      'MIN_ACTIVITIES',
      'REGISTERED_OR_FILED',
      'MANUAL',
    ]);
  });

  it('rule R16: a list of well-formed criteria is accepted', () => {
    const criteria: unknown = [
      { kind: 'MIN_MONTHS', months: 12 },
      { kind: 'MIN_TRAINING_SESSIONS', sessions: 6 },
      { kind: 'MIN_ACTIVITIES', activities: 10 },
      { kind: 'REGISTERED_OR_FILED' },
      { kind: 'MANUAL', label: '财务制度健全' },
      { kind: 'MANUAL', label: '有固定活动场所' },
    ];
    expect(() => assertGraduationCriteria(criteria)).not.toThrow();
  });

  it.each([
    [[], 'rule R16: graduationCriteria must be a non-empty array'],
    [undefined, 'rule R16: graduationCriteria must be a non-empty array'],
    [{ kind: 'MIN_MONTHS', months: 12 }, 'rule R16: graduationCriteria must be a non-empty array'],
    [[null], 'rule R16: graduationCriteria[0].kind must be one of MIN_MONTHS'],
    [
      [{ kind: 'MIN_YEARS' }],
      'rule R16: graduationCriteria[0].kind must be one of MIN_MONTHS, MIN_TRAINING_SESSIONS, MIN_ACTIVITIES, REGISTERED_OR_FILED, MANUAL, got MIN_YEARS',
    ],
    [
      [{ kind: 'MIN_MONTHS' }],
      'rule R16: graduationCriteria[0].months must be a whole number of at least 1, got undefined',
    ],
    [
      [{ kind: 'MIN_MONTHS', months: 0 }],
      'rule R16: graduationCriteria[0].months must be a whole number of at least 1, got 0',
    ],
    [
      [{ kind: 'REGISTERED_OR_FILED' }, { kind: 'MIN_TRAINING_SESSIONS', sessions: 2.5 }],
      'rule R16: graduationCriteria[1].sessions must be a whole number of at least 1, got 2.5',
    ],
    [
      [{ kind: 'MIN_ACTIVITIES', activities: '3' }],
      'rule R16: graduationCriteria[0].activities must be a whole number of at least 1, got 3',
    ],
    [[{ kind: 'MANUAL' }], 'rule R16: graduationCriteria[0].label must be a non-empty string'],
    [
      [{ kind: 'MANUAL', label: '  ' }],
      'rule R16: graduationCriteria[0].label must be a non-empty string',
    ],
    [
      [
        { kind: 'MANUAL', label: '财务制度健全' },
        { kind: 'MANUAL', label: '财务制度健全' },
      ],
      'rule R16: graduationCriteria[1].label "财务制度健全" appears more than once',
    ],
  ])('rule R16: %p is refused', (criteria, message) => {
    expect(() => assertGraduationCriteria(criteria)).toThrow(message);
  });
});
