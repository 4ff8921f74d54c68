import {
  assertIncubationPolicy,
  DEFAULT_INCUBATION_POLICY,
  IncubationPolicy,
} from './incubation-policy';

const policy = (over: Record<string, unknown>) =>
  ({ ...DEFAULT_INCUBATION_POLICY, ...over }) as unknown as IncubationPolicy;

describe('rule R16: incubation policy', () => {
  it('rule R16: the defaults are 5 and 15 working days, 12 months, 30 %, 3 founders, 60 points', () => {
    expect(DEFAULT_INCUBATION_POLICY).toEqual({
      version: '2026.1',
      answerWithinWorkingDays: 5,
      returnSpaceWithinWorkingDays: 15,
      defaultTermMonths: 12,
      ruralReservePercent: 30,
      minFounders: 3,
      passingMerit: 60,
    });
    expect(Object.isFrozen(DEFAULT_INCUBATION_POLICY)).toBe(true);
    expect(() => assertIncubationPolicy(DEFAULT_INCUBATION_POLICY)).not.toThrow();
  });

  it('rule R16: limits are accepted at both ends', () => {
    const edges = [
      { answerWithinWorkingDays: 1, returnSpaceWithinWorkingDays: 365 },
      { defaultTermMonths: 60, minFounders: 1 },
      { ruralReservePercent: 0, passingMerit: 100 },
      { ruralReservePercent: 100, passingMerit: 0 },
      { ruralReservePercent: 33.5, passingMerit: 59.5 },
    ];
    for (const over of edges) expect(() => assertIncubationPolicy(policy(over))).not.toThrow();
  });

  it.each([
    [{ version: '' }, 'rule R16: incubation policy version must be a non-empty string'],
    [{ version: undefined }, 'rule R16: incubation policy version must be a non-empty string'],
    [
      { answerWithinWorkingDays: 0 },
      'rule R16: answerWithinWorkingDays must be a whole number from 1 to 365, got 0',
    ],
    [
      { answerWithinWorkingDays: 5.5 },
      'rule R16: answerWithinWorkingDays must be a whole number from 1 to 365, got 5.5',
    ],
    [
      { returnSpaceWithinWorkingDays: '15' },
      'rule R16: returnSpaceWithinWorkingDays must be a whole number from 1 to 365, got 15',
    ],
    [
      { defaultTermMonths: 61 },
      'rule R16: defaultTermMonths must be a whole number from 1 to 60, got 61',
    ],
    [{ minFounders: 0 }, 'rule R16: minFounders must be a whole number from 1 to 1000, got 0'],
    [
      { ruralReservePercent: -1 },
      'rule R16: ruralReservePercent must be between 0 and 100, got -1',
    ],
    [
      { ruralReservePercent: Number.NaN },
      'rule R16: ruralReservePercent must be between 0 and 100, got NaN',
    ],
    [{ passingMerit: 101 }, 'rule R16: passingMerit must be between 0 and 100, got 101'],
  ])('rule R16: %p is refused', (over, message) => {
    expect(() => assertIncubationPolicy(policy(over))).toThrow(message);
  });

  it('rule R16: a missing policy is refused', () => {
    expect(() => assertIncubationPolicy(undefined as unknown as IncubationPolicy)).toThrow(
      'rule R16: incubation policy version must be a non-empty string',
    );
  });
});
