import { dayOfDateString, isoWeekdayOf } from './beijing-date';

/**
 * Which days are working days in China (rule R16 counts "5 working days", "15 working days").
 * Monday to Friday are working days, except the listed public holidays; Saturday and Sunday are
 * not, except the listed make-up working days (调休上班). Dates are `YYYY-MM-DD` on the China
 * calendar. A day outside the years the lists cover counts as Monday to Friday only, so the lists
 * are policy data, versioned and kept up to date each year from the State Council General
 * Office notice on public holidays (国务院办公厅关于 X 年部分节假日安排的通知).
 */
export interface WorkingCalendar {
  version: string;
  /** Days off: statutory holidays and the weekdays swapped into them (放假调休). */
  holidays: readonly string[];
  /** Saturdays and Sundays worked instead (调休上班). */
  makeUpWorkdays: readonly string[];
}

/** A calendar read into day numbers, for lookups. */
export interface CalendarDays {
  holidays: ReadonlySet<number>;
  makeUpWorkdays: ReadonlySet<number>;
}

const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const read = new WeakMap<WorkingCalendar, CalendarDays>();

// rule R16: reject a working calendar an administrator could not have meant.
export function assertWorkingCalendar(calendar: WorkingCalendar): void {
  readCalendar(calendar);
}

// rule R16: the calendar as sets of day numbers; validated, and cached when the data is frozen.
export function calendarDays(calendar: WorkingCalendar): CalendarDays {
  const cached = read.get(calendar);
  if (cached !== undefined) return cached;
  const days = readCalendar(calendar);
  const frozen = [calendar, calendar.holidays, calendar.makeUpWorkdays].every(Object.isFrozen);
  if (frozen) read.set(calendar, days);
  return days;
}

function readCalendar(calendar: WorkingCalendar): CalendarDays {
  if (typeof calendar?.version !== 'string' || calendar.version.trim() === '') {
    throw new RangeError('rule R16: calendar.version must be a non-empty string');
  }
  const holidays = readDates(calendar.holidays, 'holidays');
  const makeUpWorkdays = readDates(calendar.makeUpWorkdays, 'makeUpWorkdays');
  calendar.makeUpWorkdays.forEach((date, i) => {
    const weekday = isoWeekdayOf(makeUpWorkdays.get(date) as number);
    if (weekday <= 5) {
      throw new RangeError(
        `rule R16: calendar.makeUpWorkdays[${i}] ${date} is a ${WEEKDAY_NAMES[weekday]}, a working day already`,
      );
    }
    if (holidays.has(date)) {
      throw new RangeError(`rule R16: ${date} is both a holiday and a make-up working day`);
    }
  });
  return {
    holidays: new Set(holidays.values()),
    makeUpWorkdays: new Set(makeUpWorkdays.values()),
  };
}

function readDates(dates: readonly string[], name: string): Map<string, number> {
  if (!Array.isArray(dates)) {
    throw new RangeError(`rule R16: calendar.${name} must be an array of dates YYYY-MM-DD`);
  }
  const days = new Map<string, number>();
  dates.forEach((date, i) => {
    const day = dayOfDateString(date, `calendar.${name}[${i}]`, 'R16');
    if (days.has(date)) throw new RangeError(`rule R16: calendar.${name} lists ${date} twice`);
    days.set(date, day);
  });
  return days;
}
