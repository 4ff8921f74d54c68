import { isYearOver } from '@civic/domain/lottery';
import { Permission } from '@civic/domain/access';
import { Button, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnualDisclosureView, NoticeView } from '../../api/types';
import { useCurrentUser } from '../../auth/use-current-user';
import { useLotteryYear } from '../queries';
import { DisclosureAlert } from './disclosure-alert';
import { PublishReportModal } from './publish-report-modal';
import { ReportDrawer } from './report-drawer';

const STATUS_COLORS: Record<AnnualDisclosureView['status'], string> = {
  NOT_DUE: 'default',
  DUE_SOON: 'warning',
  OVERDUE: 'error',
  PUBLISHED: 'success',
};

/**
 * Where a year's annual disclosure stands (R23): its deadline (30 June of the next year), a
 * warning when it is near or past, and, for officers who manage programmes, generating and
 * publishing the report of a finished year (correcting it, with a reason, once published). While
 * the year runs, its report cannot be published yet: last year's is watched instead.
 */
export function AnnualDisclosure(props: { year: number; disclosure: AnnualDisclosureView }) {
  const { year, disclosure } = props;
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [publishing, setPublishing] = useState<number>();
  const [published, setPublished] = useState<NoticeView>();
  const canPublish = user.permissions.includes(Permission.SUBSIDY_PROGRAMME_MANAGE);
  const publish = (fiscalYear: number) =>
    canPublish ? () => setPublishing(fiscalYear) : undefined;
  const running = !isYearOver(year, new Date());
  return (
    <>
      <Space wrap data-testid="annual-disclosure" data-status={disclosure.status}>
        <Typography.Text>
          {t('lottery.year.disclosure', { year, deadline: disclosure.deadline })}
          {disclosure.status !== 'PUBLISHED' &&
            disclosure.daysLeft >= 0 &&
            t('lottery.year.daysLeft', { days: disclosure.daysLeft })}
        </Typography.Text>
        <Tag color={STATUS_COLORS[disclosure.status]}>
          {t(`enums.disclosureStatus.${disclosure.status}`)}
        </Tag>
        {canPublish && !running && (
          <Button size="small" data-testid="publish-report" onClick={() => setPublishing(year)}>
            {t(
              disclosure.status === 'PUBLISHED'
                ? 'lottery.report.republish'
                : 'lottery.report.publish',
            )}
          </Button>
        )}
      </Space>
      <DisclosureAlert year={year} disclosure={disclosure} />
      {running && <LastYearAlert year={year - 1} onPublish={publish(year - 1)} />}
      {publishing !== undefined && (
        <PublishReportModal
          year={publishing}
          onClose={() => setPublishing(undefined)}
          onPublished={(notice) => {
            setPublishing(undefined);
            setPublished(notice);
          }}
        />
      )}
      {published && <ReportDrawer notice={published} onClose={() => setPublished(undefined)} />}
    </>
  );
}

/** Last year's annual report while it is not published: due later, soon, or overdue. */
function LastYearAlert({ year, onPublish }: { year: number; onPublish?: () => void }) {
  const view = useLotteryYear(year).data;
  if (!view) return null;
  return (
    <DisclosureAlert
      year={year}
      disclosure={view.annualDisclosure}
      onPublish={onPublish}
      unpublished
      testId="last-year-disclosure"
    />
  );
}
