import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** The zone every published time is given in, whatever the reader's browser is set to. */
export const BEIJING = 'Asia/Shanghai';

/**
 * An instant as Beijing time, `YYYY-MM-DD HH:mm` by default, whatever the browser's own zone:
 * notices, deadlines and objection windows are announced in it (R23, R25). Empty for no instant.
 */
export function beijingTime(iso: string | null | undefined, format = 'YYYY-MM-DD HH:mm'): string {
  return iso ? dayjs(iso).tz(BEIJING).format(format) : '';
}
