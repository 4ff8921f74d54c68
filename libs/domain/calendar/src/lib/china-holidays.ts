import { WorkingCalendar } from './working-calendar';

/**
 * Public holidays and make-up working days in mainland China, 2025 to 2027. rule R16
 *
 * Policy data, not law: check it against the State Council General Office notice each year
 * (published about November for the next year) and publish a new version when it changes.
 *
 * - 2025: 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号, 12 Nov 2024).
 * - 2026: 国务院办公厅关于2026年部分节假日安排的通知 (4 Nov 2025, as released by Xinhua).
 * - 2027: no notice yet. Only the fixed-date statutory holidays of the 全国年节及纪念日放假办法
 *   (2024 revision) are listed: 元旦 1 Jan, 劳动节 1–2 May, 国庆节 1–3 Oct. The lunar holidays
 *   (春节, 端午节, 中秋节), 清明节, the days swapped into the breaks and the make-up working
 *   days are missing until the 2027 notice is out, so 2027 counts are provisional.
 */
const HOLIDAYS_2025 = [
  // 元旦: 1 Jan (Wed), 1 day, no swap.
  '2025-01-01',
  // 春节: 28 Jan (除夕) to 4 Feb, 8 days; work on Sun 26 Jan and Sat 8 Feb.
  '2025-01-28',
  '2025-01-29',
  '2025-01-30',
  '2025-01-31',
  '2025-02-01',
  '2025-02-02',
  '2025-02-03',
  '2025-02-04',
  // 清明节: 4 to 6 Apr.
  '2025-04-04',
  '2025-04-05',
  '2025-04-06',
  // 劳动节: 1 to 5 May; work on Sun 27 Apr.
  '2025-05-01',
  '2025-05-02',
  '2025-05-03',
  '2025-05-04',
  '2025-05-05',
  // 端午节: 31 May to 2 Jun.
  '2025-05-31',
  '2025-06-01',
  '2025-06-02',
  // 国庆节、中秋节: 1 to 8 Oct; work on Sun 28 Sep and Sat 11 Oct.
  '2025-10-01',
  '2025-10-02',
  '2025-10-03',
  '2025-10-04',
  '2025-10-05',
  '2025-10-06',
  '2025-10-07',
  '2025-10-08',
];
const MAKE_UP_2025 = ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'];

const HOLIDAYS_2026 = [
  // 元旦: 1 to 3 Jan; work on Sun 4 Jan.
  '2026-01-01',
  '2026-01-02',
  '2026-01-03',
  // 春节: 15 Feb (腊月二十八) to 23 Feb, 9 days; work on Sat 14 Feb and Sat 28 Feb.
  '2026-02-15',
  '2026-02-16',
  '2026-02-17',
  '2026-02-18',
  '2026-02-19',
  '2026-02-20',
  '2026-02-21',
  '2026-02-22',
  '2026-02-23',
  // 清明节: 4 to 6 Apr.
  '2026-04-04',
  '2026-04-05',
  '2026-04-06',
  // 劳动节: 1 to 5 May; work on Sat 9 May.
  '2026-05-01',
  '2026-05-02',
  '2026-05-03',
  '2026-05-04',
  '2026-05-05',
  // 端午节: 19 to 21 Jun.
  '2026-06-19',
  '2026-06-20',
  '2026-06-21',
  // 中秋节: 25 to 27 Sep.
  '2026-09-25',
  '2026-09-26',
  '2026-09-27',
  // 国庆节: 1 to 7 Oct; work on Sun 20 Sep and Sat 10 Oct.
  '2026-10-01',
  '2026-10-02',
  '2026-10-03',
  '2026-10-04',
  '2026-10-05',
  '2026-10-06',
  '2026-10-07',
];
const MAKE_UP_2026 = [
  '2026-01-04',
  '2026-02-14',
  '2026-02-28',
  '2026-05-09',
  '2026-09-20',
  '2026-10-10',
];

// Fixed-date statutory holidays only, until the 2027 notice is published (see above).
const HOLIDAYS_2027 = [
  '2027-01-01',
  '2027-05-01',
  '2027-05-02',
  '2027-10-01',
  '2027-10-02',
  '2027-10-03',
];

/** The working calendar in force by default. rule R16 */
export const DEFAULT_WORKING_CALENDAR: Readonly<WorkingCalendar> = Object.freeze({
  version: '2026.1',
  holidays: Object.freeze([...HOLIDAYS_2025, ...HOLIDAYS_2026, ...HOLIDAYS_2027]),
  makeUpWorkdays: Object.freeze([...MAKE_UP_2025, ...MAKE_UP_2026]),
});
