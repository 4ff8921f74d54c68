import { beijingTime as inBeijing } from '../../common/beijing-time';

/**
 * An instant as Beijing time (Asia/Shanghai), `YYYY-MM-DD HH:mm`, whatever the browser's own
 * zone: deadlines and windows are announced in it (R25).
 */
export function beijingTime(iso: string): string {
  return inBeijing(iso);
}

/** Whether an instant is still ahead by this browser's clock (the API decides by its own). */
export function stillAhead(iso: string | null | undefined, now = Date.now()): boolean {
  return !!iso && new Date(iso).getTime() > now;
}
