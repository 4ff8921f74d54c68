/** China Standard Time has been UTC+8 all year since 1991. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
export const MIN_BIRTH_YEAR = 1900;

export type BirthDateProblem = 'NOT_A_DATE' | 'BEFORE_1900' | 'IN_THE_FUTURE';

// rule R30: check the YYYYMMDD birth date of a resident ID number against the date `asOf` in China.
export function birthDateProblem(yyyymmdd: string, asOf: Date): BirthDateProblem | null {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (!/^\d{8}$/.test(yyyymmdd) || month < 1 || month > 12 || day < 1) return 'NOT_A_DATE';
  if (day > daysInMonth(year, month)) return 'NOT_A_DATE';
  if (year < MIN_BIRTH_YEAR) return 'BEFORE_1900';
  return yyyymmdd > chinaDate(asOf) ? 'IN_THE_FUTURE' : null;
}

// rule R30: the calendar date in China (UTC+8) at instant `at`, as YYYYMMDD.
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10).replace(/-/g, '');
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
