import { dayOfDateString, dateStringOfDay } from './beijing-date';
import {
  assertCalendarPolicy,
  type CalendarPolicy,
  calendarWithNotices,
  DEFAULT_CALENDAR_POLICY,
  packageNoticeYears,
} from './calendar-notices';
import { DEFAULT_WORKING_CALENDAR } from './china-holidays';
import { addWorkingDays, isWorkingDay } from './working-days';

// A notice for the year after the package's last, as an administrator would enter it. The dates
// are test data shaped like a Spring Festival notice, not the real one.
const NEXT = packageNoticeYears()[packageNoticeYears().length - 1] + 1;
const notice: CalendarPolicy = {
  version: `${NEXT}.1`,
  notices: [
    {
      year: NEXT,
      notice: `国办发明电〔${NEXT - 1}〕测试号`,
      holidays: [`${NEXT}-01-01`, `${NEXT}-02-08`, `${NEXT}-02-09`, `${NEXT}-02-10`],
      makeUpWorkdays: [`${NEXT}-02-06`],
    },
  ],
};
const day = (date: string) => dayOfDateString(date, 'date');

describe('rule R16: holiday notices entered over the package (issue #17)', () => {
  it('keeps the package alone under the first version', () => {
    expect(calendarWithNotices(DEFAULT_CALENDAR_POLICY)).toBe(DEFAULT_WORKING_CALENDAR);
  });

  it('takes a noticed year’s days from the notice, the other years from the package', () => {
    const calendar = calendarWithNotices(notice);
    expect(calendar.version).toBe(`${DEFAULT_WORKING_CALENDAR.version}+${NEXT}.1`);
    // The package's provisional fixed-date holiday of that year goes unless the notice lists it.
    expect(calendar.holidays).not.toContain(`${NEXT}-05-01`);
    expect(isWorkingDay(day(`${NEXT}-02-09`), calendar)).toBe(false);
    expect(isWorkingDay(day(`${NEXT}-02-06`), calendar)).toBe(true);
    const packageYear = packageNoticeYears()[0];
    const before = DEFAULT_WORKING_CALENDAR.holidays.filter((d) => d.startsWith(`${packageYear}-`));
    expect(calendar.holidays.filter((d) => d.startsWith(`${packageYear}-`))).toEqual(before);
  });

  it('moves a 5-working-day deadline across the noticed days', () => {
    const closes = day(`${NEXT}-02-05`);
    const byPackage = dateStringOfDay(addWorkingDays(closes, 5, DEFAULT_WORKING_CALENDAR));
    const byNotice = dateStringOfDay(addWorkingDays(closes, 5, calendarWithNotices(notice)));
    expect(byNotice).not.toBe(byPackage);
  });

  it.each<[string, (p: CalendarPolicy) => void, RegExp]>([
    ['a year twice', (p) => p.notices.push({ ...p.notices[0] }), /has a notice already/],
    ['a date of another year', (p) => p.notices[0].holidays.push('2020-10-01'), /is not in/],
    [
      'a make-up day on a weekday',
      (p) => (p.notices[0].makeUpWorkdays = [`${NEXT}-02-03`]),
      /a working day already/,
    ],
    ['no notice number', (p) => (p.notices[0].notice = ''), /must name the State Council notice/],
  ])('refuses %s', (_name, spoil, message) => {
    const policy = structuredClone(notice);
    spoil(policy);
    expect(() => assertCalendarPolicy(policy)).toThrow(message);
  });
});
