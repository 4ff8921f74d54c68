import { dayOfDateString } from '@civic/domain/calendar';
import fc from 'fast-check';
import { addMonths, planContractYears } from './contract-years';
import type { Instalment } from './instalments';

const SCHEDULE: Instalment[] = [
  { key: 'SIGNING', trigger: 'SIGNING', amountFen: 12_000_000 },
  { key: 'MIDTERM', trigger: 'MONITORING', amountFen: 9_000_000 },
  { key: 'FINAL', trigger: 'FINAL_EVALUATION', amountFen: 9_000_000 },
];

describe('rule R25, rule R27: a contract split into contract years', () => {
  it('keeps a contract of up to 12 months in one year, its schedule whole', () => {
    const plan = planContractYears({
      startDate: '2026-07-01',
      months: 12,
      fiscalYear: 2026,
      instalments: SCHEDULE,
    });
    expect(plan).toEqual({
      ok: true,
      years: [
        {
          year: 1,
          fiscalYear: 2026,
          startsOn: '2026-07-01',
          endsOn: '2027-06-30',
          months: 12,
          amountFen: 30_000_000,
          instalments: SCHEDULE,
        },
      ],
    });
  });

  it('splits 30 months into 12, 12 and 6, each year with every instalment, budget years in turn', () => {
    const plan = planContractYears({
      startDate: '2026-01-31',
      months: 30,
      fiscalYear: 2026,
      instalments: SCHEDULE,
    });
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.years.map((y) => [y.year, y.fiscalYear, y.months, y.startsOn, y.endsOn])).toEqual([
      [1, 2026, 12, '2026-01-31', '2027-01-30'],
      [2, 2027, 12, '2027-01-31', '2028-01-30'],
      [3, 2028, 6, '2028-01-31', '2028-07-30'],
    ]);
    expect(plan.years.map((y) => y.amountFen)).toEqual([12_000_000, 12_000_000, 6_000_000]);
    for (const year of plan.years) {
      expect(year.instalments.map((i) => i.key)).toEqual(['SIGNING', 'MIDTERM', 'FINAL']);
    }
    expect(plan.years[2].instalments.map((i) => i.amountFen)).toEqual([
      2_400_000, 1_800_000, 1_800_000,
    ]);
  });

  it('refuses a start date that is no real date, naming the field', () => {
    const plan = planContractYears({
      startDate: '2026-02-30',
      months: 12,
      fiscalYear: 2026,
      instalments: SCHEDULE,
    });
    expect(plan).toMatchObject({ ok: false, code: 'RULE_R25_CONTRACT_START', field: 'startDate' });
  });

  it('rule R26: refuses an instalment too small to give each year a fen', () => {
    const plan = planContractYears({
      startDate: '2026-01-01',
      months: 36,
      fiscalYear: 2026,
      instalments: [
        { key: 'SIGNING', trigger: 'SIGNING', amountFen: 2 },
        { key: 'FINAL', trigger: 'FINAL_EVALUATION', amountFen: 30 },
      ],
    });
    expect(plan).toMatchObject({
      ok: false,
      code: 'RULE_R26_INSTALMENT_TOO_SMALL',
      field: 'instalments.0',
    });
  });

  it('rule R26: the years add up exactly to each instalment and to the contract, in whole fen', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 36 }),
        // At least 36 fen (the most months): a year of m months then gets at least m fen. Smaller
        // amounts over a short last year are refused (INSTALMENT_TOO_SMALL), tested on their own.
        fc.array(fc.integer({ min: 36, max: 10_000_000_000 }), { minLength: 1, maxLength: 4 }),
        (months, amounts) => {
          const instalments = amounts.map((amountFen, i) => ({
            key: `I${i}`,
            trigger: 'MONITORING' as const,
            amountFen,
          }));
          const plan = planContractYears({
            startDate: '2026-03-15',
            months,
            fiscalYear: 2026,
            instalments,
          });
          if (!plan.ok) throw new Error(plan.message);
          expect(plan.years).toHaveLength(Math.ceil(months / 12));
          expect(plan.years.reduce((sum, y) => sum + y.months, 0)).toBe(months);
          for (const [i, amount] of amounts.entries()) {
            const split = plan.years.map((y) => y.instalments[i].amountFen);
            expect(split.reduce((a, b) => a + b, 0)).toBe(amount);
            expect(split.every((fen) => Number.isSafeInteger(fen) && fen >= 1)).toBe(true);
          }
          const total = amounts.reduce((a, b) => a + b, 0);
          expect(plan.years.reduce((sum, y) => sum + y.amountFen, 0)).toBe(total);
        },
      ),
    );
  });

  it('years follow each other with no gap or overlap', () => {
    const plan = planContractYears({
      startDate: '2024-02-29',
      months: 36,
      fiscalYear: 2024,
      instalments: SCHEDULE,
    });
    if (!plan.ok) throw new Error(plan.message);
    for (const [i, year] of plan.years.slice(1).entries()) {
      const before = dayOfDateString(plan.years[i].endsOn, 'endsOn');
      expect(dayOfDateString(year.startsOn, 'startsOn')).toBe(before + 1);
    }
  });
});

describe('rule R25: adding months to a day', () => {
  const add = (date: string, months: number) =>
    new Date(addMonths(dayOfDateString(date, 'date'), months) * 86_400_000)
      .toISOString()
      .slice(0, 10);

  it('keeps the day of the month, or ends at a shorter month’s last day', () => {
    expect(add('2026-01-31', 1)).toBe('2026-02-28');
    expect(add('2024-01-31', 1)).toBe('2024-02-29');
    expect(add('2026-07-01', 12)).toBe('2027-07-01');
    expect(add('2026-11-15', 3)).toBe('2027-02-15');
  });
});
