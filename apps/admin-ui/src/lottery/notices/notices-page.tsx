import { Card, Select, Space, Table } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { NoticeView } from '../../api/types';
import { ErrorResult } from '../../common/error-result';
import { usePaging } from '../../common/use-paging';
import { yearOptions } from '../../finance/funds/years';
import { ReportDrawer } from '../annual/report-drawer';
import { useNotices } from '../disclosure-queries';
import { useYearParam } from '../use-year-param';
import { CorrectNoticeModal } from './correct-notice-modal';
import { type NoticeAction, useNoticeColumns } from './notice-columns';
import { ExportButton } from '../../common/export-button';

/**
 * The fund's disclosure for officers (R23): a year's notices as the public sees them, in force
 * or corrected, with their objections. A project's notice in force is corrected here; an annual
 * report is read here (and corrected by publishing the year again, from the year card). Newest
 * first, a page at a time.
 */
export function NoticesPage() {
  const { t } = useTranslation();
  const [year, setYear] = useYearParam();
  const paging = usePaging({ scope: year });
  const notices = useNotices(year, paging.query);
  const [acting, setActing] = useState<{ notice: NoticeView; action: NoticeAction }>();
  const columns = useNoticeColumns(notices.data?.items ?? [], (notice, action) =>
    setActing({ notice, action }),
  );
  if (notices.isError) return <ErrorResult error={notices.error} />;
  const close = () => setActing(undefined);
  let dialog: ReactNode = null;
  if (acting?.action === 'view') dialog = <ReportDrawer notice={acting.notice} onClose={close} />;
  if (acting?.action === 'correct' && acting.notice.content) {
    dialog = (
      <CorrectNoticeModal notice={acting.notice} content={acting.notice.content} onClose={close} />
    );
  }
  return (
    <Card
      title={t('lottery.notices.title')}
      extra={
        <Space>
          <Select
            id="notices-year"
            className="filter-select"
            aria-label={t('finance.funds.fiscalYear')}
            value={year}
            onChange={setYear}
            options={yearOptions(t)}
          />
          <ExportButton
            path="/api/v1/public/lottery/notices/export.xlsx"
            filters={{ fiscalYear: year }}
          />
          <Link to={`/public/lottery?year=${year}`} target="_blank" data-testid="public-link">
            {t('lottery.notices.publicPage')}
          </Link>
        </Space>
      }
    >
      <Table<NoticeView>
        rowKey="id"
        data-testid="notices-table"
        loading={notices.isPending}
        dataSource={notices.data?.items}
        columns={columns}
        pagination={paging.pagination(notices.data)}
      />
      {dialog}
    </Card>
  );
}
