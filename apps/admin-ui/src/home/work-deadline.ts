import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Deadlines are announced in Beijing time, whatever zone the browser is set to (R16, R23). */
const BEIJING = 'Asia/Shanghai';

/** Within this many days of its deadline, work shows as urgent. */
export const SOON_DAYS = 3;

/** How a deadline reads: `past` (red), `soon` within SOON_DAYS (orange), or `later`. */
export type DeadlineTone = 'past' | 'soon' | 'later';

export function deadlineTone(deadline: string, now: Date = new Date()): DeadlineTone {
  const left = new Date(deadline).getTime() - now.getTime();
  if (left < 0) return 'past';
  return left <= SOON_DAYS * 24 * 60 * 60 * 1000 ? 'soon' : 'later';
}

/** The antd Tag colour of a tone. */
export const TONE_COLORS: Record<DeadlineTone, string> = {
  past: 'error',
  soon: 'warning',
  later: 'default',
};

/** An instant as Beijing time, `YYYY-MM-DD HH:mm`. */
export function beijingMinute(iso: string): string {
  return dayjs(iso).tz(BEIJING).format('YYYY-MM-DD HH:mm');
}
