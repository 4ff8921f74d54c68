import { Collapse, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PolicyBody } from './policy-types';

/** One year's State Council notice on public holidays, as the CALENDAR policy holds it (R16). */
export interface HolidayNotice {
  year: number;
  notice: string;
  holidays: string[];
  makeUpWorkdays: string[];
}

/** The notices of a CALENDAR body; anything else in it is not a notice. */
export function noticesOf(body: PolicyBody): HolidayNotice[] {
  return Array.isArray(body['notices']) ? (body['notices'] as HolidayNotice[]) : [];
}

/**
 * The working calendar deadlines are counted in (R16): the notices an administrator entered over
 * the built-in calendar, a year each, with its days off and weekend days worked, expandable;
 * none entered, the built-in calendar alone.
 */
export function CalendarView({ body }: { body: PolicyBody }) {
  const { t } = useTranslation();
  const notices = noticesOf(body);
  if (notices.length === 0) {
    return (
      <Typography.Text data-testid="policy-field" data-field="notices">
        {t('policies.calendar.none')}
      </Typography.Text>
    );
  }
  return (
    <Collapse
      size="small"
      ghost
      data-testid="calendar-notices"
      items={notices.map((notice, i) => ({
        key: String(notice.year),
        label: (
          <span data-testid="policy-field" data-field={`notices.${i}`}>
            {t('policies.calendar.notice', {
              year: notice.year,
              notice: notice.notice,
              holidays: notice.holidays?.length ?? 0,
              workdays: notice.makeUpWorkdays?.length ?? 0,
            })}
          </span>
        ),
        children: (
          <div className="policy-words">
            {(notice.holidays ?? []).map((day) => (
              <Tag key={`h${day}`} color="green">
                {t('policies.calendar.holiday', { day })}
              </Tag>
            ))}
            {(notice.makeUpWorkdays ?? []).map((day) => (
              <Tag key={`w${day}`} color="orange">
                {t('policies.calendar.workday', { day })}
              </Tag>
            ))}
          </div>
        ),
      }))}
    />
  );
}
