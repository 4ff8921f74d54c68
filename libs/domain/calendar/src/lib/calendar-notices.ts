import { dayOfDateString } from './beijing-date';
import { CHINESE_DAYS_YEARS } from './china-holidays.data';
import { DEFAULT_WORKING_CALENDAR } from './china-holidays';
import { assertWorkingCalendar, type WorkingCalendar } from './working-calendar';

/**
 * One year's State Council notice on public holidays (国务院办公厅关于 X 年部分节假日安排的通知),
 * entered by an administrator when the chinese-days package does not carry the year yet (issue
 * #17): every day off of that year, and every weekend day worked instead.
 */
export interface HolidayNotice {
  year: number;
  /** The notice's document number, e.g. 国办发明电〔2026〕7号. */
  notice: string;
  holidays: string[];
  makeUpWorkdays: string[];
}

/** The CALENDAR policy: the package's release, and the notices entered over it. rule R16 */
export interface CalendarPolicy {
  version: string;
  notices: HolidayNotice[];
}

/** The first CALENDAR version: the package alone. rule R16 */
export const DEFAULT_CALENDAR_POLICY: Readonly<CalendarPolicy> = Object.freeze({
  version: DEFAULT_WORKING_CALENDAR.version,
  notices: Object.freeze([]) as unknown as HolidayNotice[],
});

const inYear = (year: number) => (date: string) => date.startsWith(`${year}-`);

// rule R16: reject notices an administrator could not have meant: a year once, each date a real
// date of its year, a make-up working day a Saturday or Sunday and never also a holiday.
export function assertCalendarPolicy(policy: CalendarPolicy): void {
  if (typeof policy?.version !== 'string' || policy.version.trim() === '') {
    throw new RangeError('rule R16: calendar policy version must be a non-empty string');
  }
  if (!Array.isArray(policy.notices)) {
    throw new RangeError('notices must be an array of holiday notices');
  }
  const years = new Set<number>();
  policy.notices.forEach((n, i) => {
    if (!Number.isSafeInteger(n?.year) || n.year < 2000 || n.year > 2100) {
      throw new RangeError(`notices.${i}.year must be a year from 2000 to 2100`);
    }
    if (years.has(n.year)) throw new RangeError(`notices.${i}.year ${n.year} has a notice already`);
    years.add(n.year);
    if (typeof n.notice !== 'string' || n.notice.trim().length < 2) {
      throw new RangeError(`notices.${i}.notice must name the State Council notice`);
    }
    for (const list of ['holidays', 'makeUpWorkdays'] as const) {
      if (!Array.isArray(n[list])) throw new RangeError(`notices.${i}.${list} must be an array`);
      n[list].forEach((date, j) => {
        dayOfDateString(date, `notices.${i}.${list}.${j}`, 'R16');
        if (!inYear(n.year)(date)) {
          throw new RangeError(`notices.${i}.${list}.${j} ${date} is not in ${n.year}`);
        }
      });
    }
    try {
      assertWorkingCalendar({
        version: policy.version,
        holidays: n.holidays,
        makeUpWorkdays: n.makeUpWorkdays,
      });
    } catch (error) {
      const why = (error as Error).message.replace(/^rule R16: (calendar\.)?/, '');
      throw new RangeError(`notices.${i} is not a valid notice: ${why}`);
    }
  });
}

/**
 * rule R16: the working calendar under a CALENDAR policy: the package's days, with each year an
 * administrator entered a notice for taken from the notice instead (its days replace the
 * package's for that year, provisional or not). Versioned `<package>+<policy version>`.
 */
export function calendarWithNotices(
  policy: CalendarPolicy,
  base: WorkingCalendar = DEFAULT_WORKING_CALENDAR,
): Readonly<WorkingCalendar> {
  assertCalendarPolicy(policy);
  if (policy.notices.length === 0) return base;
  const noticed = (date: string) => policy.notices.some((n) => inYear(n.year)(date));
  return Object.freeze({
    version: `${base.version}+${policy.version}`,
    holidays: Object.freeze([
      ...base.holidays.filter((d) => !noticed(d)),
      ...policy.notices.flatMap((n) => n.holidays),
    ]),
    makeUpWorkdays: Object.freeze([
      ...base.makeUpWorkdays.filter((d) => !noticed(d)),
      ...policy.notices.flatMap((n) => n.makeUpWorkdays),
    ]),
  });
}

/** The years the package carries a State Council notice for. rule R16 */
export function packageNoticeYears(): readonly number[] {
  return CHINESE_DAYS_YEARS;
}
