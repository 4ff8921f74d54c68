import dayjs from 'dayjs';
import type { TFunction } from 'i18next';

/** The fiscal years offered: five back and the next one, newest first. */
export function yearOptions(t: TFunction, now = dayjs().year()) {
  const years = Array.from({ length: 7 }, (_, i) => now + 1 - i);
  return years.map((year) => ({ value: year, label: t('finance.funds.yearOption', { year }) }));
}
