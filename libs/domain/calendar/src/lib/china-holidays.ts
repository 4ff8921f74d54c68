import {
  CHINESE_DAYS_HOLIDAYS,
  CHINESE_DAYS_VERSION,
  CHINESE_DAYS_WORKDAYS,
  CHINESE_DAYS_YEARS,
} from './china-holidays.data';
import { WorkingCalendar } from './working-calendar';

/**
 * The fixed-date statutory holidays of the 全国年节及纪念日放假办法 (2024 revision), as MM-DD:
 * 元旦 1 Jan, 劳动节 1–2 May, 国庆节 1–3 Oct. The lunar holidays, 清明节 and the days swapped
 * around them come only with each year's State Council notice.
 */
const FIXED_DATE_HOLIDAYS = ['01-01', '05-01', '05-02', '10-01', '10-02', '10-03'];

const expand = (year: number, days: string | undefined) =>
  (days ?? '')
    .split(' ')
    .filter(Boolean)
    .map((mmdd) => `${year}-${mmdd}`);

// rule R16: the default working calendar: the years chinese-days carries a State Council notice
// for, then the next year's fixed-date statutory holidays only, provisional until its notice.
export function chineseDaysCalendar(): Readonly<WorkingCalendar> {
  const next = CHINESE_DAYS_YEARS[CHINESE_DAYS_YEARS.length - 1] + 1;
  return Object.freeze({
    version: `chinese-days-${CHINESE_DAYS_VERSION}`,
    holidays: Object.freeze([
      ...CHINESE_DAYS_YEARS.flatMap((year) => expand(year, CHINESE_DAYS_HOLIDAYS[year])),
      ...FIXED_DATE_HOLIDAYS.map((mmdd) => `${next}-${mmdd}`),
    ]),
    makeUpWorkdays: Object.freeze(
      CHINESE_DAYS_YEARS.flatMap((year) => expand(year, CHINESE_DAYS_WORKDAYS[year])),
    ),
  });
}

/**
 * The working calendar in force by default (rule R16): public holidays and make-up working days
 * from the chinese-days package (generated into china-holidays.data.ts; `npm run calendar:update`
 * after upgrading it), versioned by the package release. A year the package does not carry yet
 * has its fixed-date statutory holidays only, so its counts are provisional until the notice is in.
 */
export const DEFAULT_WORKING_CALENDAR: Readonly<WorkingCalendar> = chineseDaysCalendar();
