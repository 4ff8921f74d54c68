import { birthDateProblem, chinaDate } from './birth-date';

const AS_OF = new Date('2026-06-30T12:00:00Z');

describe('rule R30: birth date in a resident ID number', () => {
  it.each([
    ['19491231', null],
    ['19000101', null],
    ['20000229', null],
    ['20240229', null],
    ['20260630', null],
    ['18991231', 'BEFORE_1900'],
    ['19000229', 'NOT_A_DATE'],
    ['21000229', 'NOT_A_DATE'],
    ['20230229', 'NOT_A_DATE'],
    ['20230431', 'NOT_A_DATE'],
    ['20230631', 'NOT_A_DATE'],
    ['20230931', 'NOT_A_DATE'],
    ['20231131', 'NOT_A_DATE'],
    ['20231231', null],
    ['20230132', 'NOT_A_DATE'],
    ['20230001', 'NOT_A_DATE'],
    ['20231301', 'NOT_A_DATE'],
    ['20230100', 'NOT_A_DATE'],
    ['20260701', 'IN_THE_FUTURE'],
    ['20270101', 'IN_THE_FUTURE'],
    ['2026063', 'NOT_A_DATE'],
  ])('rule R30: %s as of 2026-06-30 → %p', (yyyymmdd, problem) => {
    expect(birthDateProblem(yyyymmdd, AS_OF)).toBe(problem);
  });

  it.each([
    ['2026-06-30T15:59:59.999Z', '20260630'],
    ['2026-06-30T16:00:00.000Z', '20260701'],
    ['2026-12-31T16:00:00.000Z', '20270101'],
  ])('rule R30: chinaDate(%s) is %s (UTC+8)', (iso, expected) => {
    expect(chinaDate(new Date(iso))).toBe(expected);
  });
});
