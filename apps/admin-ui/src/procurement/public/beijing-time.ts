const BEIJING_OFFSET_MS = 8 * 3_600_000;

/**
 * An instant as Beijing time (UTC+8, no daylight saving), `YYYY-MM-DD HH:mm`, whatever the
 * browser's own zone: deadlines and windows are announced in it (R25).
 */
export function beijingTime(iso: string): string {
  const shifted = new Date(new Date(iso).getTime() + BEIJING_OFFSET_MS);
  return shifted.toISOString().slice(0, 16).replace('T', ' ');
}

/** Whether an instant is still ahead by this browser's clock (the API decides by its own). */
export function stillAhead(iso: string | null | undefined, now = Date.now()): boolean {
  return !!iso && new Date(iso).getTime() > now;
}
