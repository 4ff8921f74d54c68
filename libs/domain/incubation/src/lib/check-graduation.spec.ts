import { checkGraduation, GraduationRecord } from './check-graduation';
import { GraduationCriterion } from './graduation-criteria';

const record = (over: Partial<GraduationRecord> = {}): GraduationRecord => ({
  monthsIncubated: 12,
  trainingSessionsAttended: 6,
  activitiesHeld: 10,
  tier: 'STREET_FILED',
  confirmed: ['财务制度健全'],
  ...over,
});
const COHORT: GraduationCriterion[] = [
  { kind: 'MIN_MONTHS', months: 12 },
  { kind: 'MIN_TRAINING_SESSIONS', sessions: 6 },
  { kind: 'MIN_ACTIVITIES', activities: 10 },
  { kind: 'REGISTERED_OR_FILED' },
  { kind: 'MANUAL', label: '财务制度健全' },
];
const one = (criterion: GraduationCriterion, over: Partial<GraduationRecord> = {}) =>
  checkGraduation([criterion], record(over)).results[0];

describe('rule R16: graduation (出壳) against the cohort criteria', () => {
  it('rule R16: an organization that meets every criterion graduates, each listed as met', () => {
    const result = checkGraduation(COHORT, record());
    expect(result.ok).toBe(true);
    expect(result.results.map((r) => [r.criterion.kind, r.met])).toEqual([
      ['MIN_MONTHS', true],
      ['MIN_TRAINING_SESSIONS', true],
      ['MIN_ACTIVITIES', true],
      ['REGISTERED_OR_FILED', true],
      ['MANUAL', true],
    ]);
    expect(result.results[0].criterion).toBe(COHORT[0]);
  });

  it('rule R16: one unmet criterion is enough to hold graduation, and all are still listed', () => {
    const result = checkGraduation(COHORT, record({ activitiesHeld: 9 }));
    expect(result.ok).toBe(false);
    expect(result.results.filter((r) => !r.met).map((r) => r.criterion.kind)).toEqual([
      'MIN_ACTIVITIES',
    ]);
    expect(result.results).toHaveLength(5);
  });

  it.each([
    [
      12,
      true,
      'incubated 12 months, at least the 12 required',
      '已孵化 12 个月，达到 12 个月的要求',
    ],
    [
      13,
      true,
      'incubated 13 months, at least the 12 required',
      '已孵化 13 个月，达到 12 个月的要求',
    ],
    [
      11,
      false,
      'incubated 11 months, fewer than the 12 required',
      '已孵化 11 个月，未达到 12 个月的要求',
    ],
    [
      1,
      false,
      'incubated 1 month, fewer than the 12 required',
      '已孵化 1 个月，未达到 12 个月的要求',
    ],
  ])('rule R16: MIN_MONTHS 12 with %p months: met = %p', (months, met, message, messageZh) => {
    expect(one({ kind: 'MIN_MONTHS', months: 12 }, { monthsIncubated: months })).toEqual({
      criterion: { kind: 'MIN_MONTHS', months: 12 },
      met,
      message,
      messageZh,
    });
  });

  it.each([
    [
      6,
      true,
      'attended 6 training sessions, at least the 6 required',
      '参加培训 6 次，达到 6 次的要求',
    ],
    [
      5,
      false,
      'attended 5 training sessions, fewer than the 6 required',
      '参加培训 5 次，未达到 6 次的要求',
    ],
    [
      1,
      false,
      'attended 1 training session, fewer than the 6 required',
      '参加培训 1 次，未达到 6 次的要求',
    ],
  ])(
    'rule R16 / R11: MIN_TRAINING_SESSIONS 6 with %p: met = %p',
    (sessions, met, message, messageZh) => {
      expect(
        one({ kind: 'MIN_TRAINING_SESSIONS', sessions: 6 }, { trainingSessionsAttended: sessions }),
      ).toMatchObject({ met, message, messageZh });
    },
  );

  it.each([
    [10, true, 'held 10 activities, at least the 10 required', '开展活动 10 次，达到 10 次的要求'],
    [
      0,
      false,
      'held 0 activities, fewer than the 10 required',
      '开展活动 0 次，未达到 10 次的要求',
    ],
    [1, false, 'held 1 activity, fewer than the 10 required', '开展活动 1 次，未达到 10 次的要求'],
  ])('rule R16: MIN_ACTIVITIES 10 with %p: met = %p', (activities, met, message, messageZh) => {
    expect(
      one({ kind: 'MIN_ACTIVITIES', activities: 10 }, { activitiesHeld: activities }),
    ).toMatchObject({ met, message, messageZh });
  });

  it.each([
    [
      'REGISTERED',
      true,
      'tier REGISTERED is registered or street-filed (R5)',
      '管理类别为“登记”，已登记或备案',
    ],
    [
      'STREET_FILED',
      true,
      'tier STREET_FILED is registered or street-filed (R5)',
      '管理类别为“街道备案”，已登记或备案',
    ],
    [
      'COMMUNITY_GUIDED',
      false,
      'tier COMMUNITY_GUIDED is neither registered nor street-filed (R5)',
      '管理类别为“社区指导”，尚未登记或街道备案',
    ],
    [undefined, false, 'not registered or street-filed yet (R5)', '尚未登记或街道备案'],
  ])('rule R5: REGISTERED_OR_FILED with tier %p: met = %p', (tier, met, message, messageZh) => {
    expect(one({ kind: 'REGISTERED_OR_FILED' }, { tier })).toMatchObject({
      met,
      message,
      messageZh,
    });
  });

  it('rule R16: MANUAL is met only once staff confirm that very label', () => {
    const criterion: GraduationCriterion = { kind: 'MANUAL', label: '有固定活动场所' };
    expect(one(criterion, { confirmed: ['有固定活动场所'] })).toMatchObject({
      met: true,
      message: 'staff confirmed: 有固定活动场所',
      messageZh: '工作人员已确认：有固定活动场所',
    });
    expect(one(criterion, { confirmed: ['财务制度健全'] })).toMatchObject({
      met: false,
      message: 'waiting for staff to confirm: 有固定活动场所',
      messageZh: '待工作人员确认：有固定活动场所',
    });
    expect(one(criterion, { confirmed: undefined }).met).toBe(false);
  });

  it('rule R16: malformed criteria or records are refused, naming the field', () => {
    expect(() => checkGraduation([], record())).toThrow(
      'rule R16: graduationCriteria must be a non-empty array',
    );
    expect(() => checkGraduation(COHORT, record({ monthsIncubated: -1 }))).toThrow(
      'rule R16: record.monthsIncubated must be a non-negative whole number, got -1',
    );
    expect(() => checkGraduation(COHORT, record({ trainingSessionsAttended: 1.5 }))).toThrow(
      'rule R16: record.trainingSessionsAttended must be a non-negative whole number, got 1.5',
    );
    expect(() =>
      checkGraduation(COHORT, {
        ...record(),
        activitiesHeld: undefined,
      } as unknown as GraduationRecord),
    ).toThrow('rule R16: record.activitiesHeld must be a non-negative whole number, got undefined');
    expect(() => checkGraduation(COHORT, record({ tier: 'FILED' }))).toThrow(
      'rule R5: record.tier must be REGISTERED, STREET_FILED or COMMUNITY_GUIDED, got FILED',
    );
    expect(() =>
      checkGraduation(COHORT, record({ confirmed: 'all' as unknown as string[] })),
    ).toThrow('rule R16: record.confirmed must be an array of criterion labels');
    expect(() => checkGraduation(COHORT, undefined as never)).toThrow(
      'rule R16: record.monthsIncubated must be a non-negative whole number',
    );
  });
});
