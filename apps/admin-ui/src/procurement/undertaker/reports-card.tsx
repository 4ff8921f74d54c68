import { Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListPages } from '../../common/list-pages';
import { usePagedRows } from '../../common/local-paging';
import { ReportLine } from '../contracts/contract-reports';
import { ReportDrawer } from './report-drawer';
import { reportableYears } from './report-values';
import type { ContractView } from './undertaker-types';

/**
 * The organization's performance reports on its contract (R25), newest first, and the button to
 * submit one while a contract year is in performance, ten at a time. Read by officers and the
 * organization only, never published (R30).
 */
export function ReportsCard({ contract }: { contract: ContractView }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const reportable = reportableYears(contract).length > 0;
  const reports = usePagedRows(contract.reports, 10);
  return (
    <Card
      title={t('procurement.undertaker.reports.title')}
      data-testid="reports"
      extra={
        reportable && (
          <Button type="primary" onClick={() => setOpen(true)} data-testid="report-open">
            {t('procurement.undertaker.reports.open')}
          </Button>
        )
      }
    >
      {contract.reports.length === 0 ? (
        <Typography.Text type="secondary">
          {t('procurement.undertaker.reports.none')}
        </Typography.Text>
      ) : (
        reports.rows.map((report) => <ReportLine key={report.id} report={report} />)
      )}
      <ListPages
        pagination={{ ...reports.pagination, simple: true, showSizeChanger: false }}
        testId="report-pages"
      />
      {open && <ReportDrawer contract={contract} onClose={() => setOpen(false)} />}
    </Card>
  );
}
