import { checkInstalmentSchedule, type InstalmentInput } from './instalments';
import { POLICY } from './purchase-policy.fixture';

const BY_PERCENT: InstalmentInput[] = [
  { key: 'SIGNING', trigger: 'SIGNING', percent: 40 },
  { key: 'MID_TERM', trigger: 'MONITORING', percent: 30 },
  { key: 'FINAL', trigger: 'FINAL_EVALUATION', percent: 30 },
];

describe('rule R25, rule R26: the instalment schedule of a contract', () => {
  it('splits percents into whole fen that sum exactly to the contract (largest remainder)', () => {
    expect(checkInstalmentSchedule(POLICY, 100_001, BY_PERCENT)).toEqual({
      ok: true,
      policyVersion: 'test.1',
      instalments: [
        { key: 'SIGNING', trigger: 'SIGNING', amountFen: 40_001 },
        { key: 'MID_TERM', trigger: 'MONITORING', amountFen: 30_000 },
        { key: 'FINAL', trigger: 'FINAL_EVALUATION', amountFen: 30_000 },
      ],
    });
  });

  it('takes fixed amounts that sum exactly to the contract', () => {
    const fixed: InstalmentInput[] = [
      { key: 'SIGNING', trigger: 'SIGNING', amountFen: 600_000 },
      { key: 'FINAL', trigger: 'FINAL_EVALUATION', amountFen: 400_000 },
    ];
    expect(checkInstalmentSchedule(POLICY, 1_000_000, fixed)).toMatchObject({ ok: true });
    expect(checkInstalmentSchedule(POLICY, 1_000_001, fixed)).toMatchObject({
      ok: false,
      rule: 'R26',
      code: 'RULE_R26_INSTALMENT_SUM',
      field: 'instalments',
    });
  });

  it('refuses percents that do not add up to 100', () => {
    const short = BY_PERCENT.map((it, i) => (i === 0 ? { ...it, percent: 39 } : it));
    expect(checkInstalmentSchedule(POLICY, 100, short)).toMatchObject({
      code: 'RULE_R26_INSTALMENT_SUM',
    });
  });

  it('refuses a schedule whose last instalment is not tied to the final evaluation', () => {
    const noFinal = BY_PERCENT.map((it, i) =>
      i === 2 ? { ...it, trigger: 'MONITORING' as const } : it,
    );
    expect(checkInstalmentSchedule(POLICY, 100, noFinal)).toMatchObject({
      code: 'RULE_R25_INSTALMENT_TRIGGER',
      field: 'instalments.2.trigger',
    });
    const earlyFinal = [BY_PERCENT[2], BY_PERCENT[0], BY_PERCENT[1]];
    expect(checkInstalmentSchedule(POLICY, 100, earlyFinal)).toMatchObject({
      code: 'RULE_R25_INSTALMENT_TRIGGER',
      field: 'instalments.0.trigger',
    });
  });

  it('refuses more instalments than the policy allows, or none', () => {
    const five = [1, 2, 3, 4].map((n) => ({
      key: `M${n}`,
      trigger: 'MONITORING' as const,
      percent: 15,
    }));
    const schedule = [...five, { key: 'FINAL', trigger: 'FINAL_EVALUATION' as const, percent: 40 }];
    expect(checkInstalmentSchedule(POLICY, 100, schedule)).toMatchObject({
      code: 'RULE_R25_INSTALMENT_COUNT',
    });
    expect(checkInstalmentSchedule(POLICY, 100, [])).toMatchObject({
      code: 'RULE_R25_INSTALMENT_COUNT',
    });
  });

  it('refuses a final instalment below the policy share', () => {
    const small = [
      { key: 'SIGNING', trigger: 'SIGNING' as const, percent: 90 },
      { key: 'FINAL', trigger: 'FINAL_EVALUATION' as const, percent: 10 },
    ];
    expect(checkInstalmentSchedule(POLICY, 100_000, small)).toMatchObject({
      code: 'RULE_R25_FINAL_INSTALMENT_SHARE',
      field: 'instalments.1',
    });
  });

  it.each([
    [
      'a mix of percents and amounts',
      [{ ...BY_PERCENT[0], amountFen: 5 }, ...BY_PERCENT.slice(1)],
      'RULE_R26_INSTALMENT_FORM',
    ],
    [
      'a fractional percent',
      [{ ...BY_PERCENT[0], percent: 39.5 }, { ...BY_PERCENT[1], percent: 30.5 }, BY_PERCENT[2]],
      'RULE_R26_INSTALMENT_VALUE',
    ],
    [
      'a duplicate key',
      [BY_PERCENT[0], { ...BY_PERCENT[1], key: 'SIGNING' }, BY_PERCENT[2]],
      'RULE_R25_INSTALMENT_KEY',
    ],
  ])('refuses %s', (_what, schedule, code) => {
    expect(checkInstalmentSchedule(POLICY, 100, schedule as InstalmentInput[])).toMatchObject({
      ok: false,
      code,
    });
  });

  it('throws on a contract amount that is not whole fen', () => {
    expect(() => checkInstalmentSchedule(POLICY, 0.5, BY_PERCENT)).toThrow(RangeError);
  });
});
