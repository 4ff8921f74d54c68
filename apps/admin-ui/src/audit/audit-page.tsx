import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ApiError } from '../api/errors';
import { ErrorResult } from '../common/error-result';
import { usePaging } from '../common/use-paging';
import { useAuditColumns } from './audit-columns';
import { AuditEntryDrawer } from './audit-entry-drawer';
import { AuditFilterForm } from './audit-filter-form';
import { useAuditLabels } from './audit-labels';
import { useAuditEntries, useExportAudit } from './audit-queries';
import { auditParams, readAuditParams } from './audit-search-params';
import { AUDITED_SERVICES, type AuditEntryView } from './audit-types';
import { VerificationBadge } from './verification-badge';
import './audit.css';

/**
 * The audit log (R31), for administrators: a service's chain, searched by subject, actor, action
 * and days, a page at a time, newest first; each entry's before and after in a drawer; the
 * chain's verification; the entries found as Excel. Personal data comes masked (R30).
 */
export function AuditPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useAuditLabels();
  const [params, setParams] = useSearchParams();
  const { service, filters } = readAuditParams(params);
  const paging = usePaging({ scope: params.toString() });
  const entries = useAuditEntries(service, filters, paging.query);
  const exporter = useExportAudit();
  const [open, setOpen] = useState<AuditEntryView | null>(null);
  const columns = useAuditColumns(setOpen);
  const refused = entries.error instanceof ApiError && entries.error.status === 400;
  if (entries.isError && !refused) return <ErrorResult error={entries.error} />;

  const download = () =>
    exporter.mutate(
      { service, filters },
      {
        onError: (error) => void message.error(t('audit.exportFailed', { message: error.message })),
      },
    );

  return (
    <Card
      title={t('audit.title')}
      extra={<VerificationBadge service={service} />}
      className="audit-card"
      data-testid="audit-page"
    >
      <Typography.Paragraph type="secondary">{t('audit.intro')}</Typography.Paragraph>
      <Space wrap className="filter-bar">
        <Select
          value={service}
          className="audit-service"
          data-testid="audit-service"
          aria-label={t('audit.service')}
          options={AUDITED_SERVICES.map((s) => ({ value: s, label: labels.service(s) }))}
          onChange={(next) => setParams(auditParams(next, {}))}
        />
        <Button
          icon={<DownloadOutlined />}
          data-testid="audit-export"
          loading={exporter.isPending}
          onClick={download}
        >
          {t('audit.export')}
        </Button>
      </Space>
      <AuditFilterForm
        key={service}
        filters={filters}
        error={entries.error}
        onSearch={(next) => setParams(auditParams(service, next))}
      />
      <Table<AuditEntryView>
        rowKey="seq"
        size="middle"
        data-testid="audit-table"
        loading={entries.isFetching}
        columns={columns}
        dataSource={refused ? [] : entries.data?.items}
        pagination={paging.pagination(entries.data)}
        onRow={(entry) =>
          ({
            'data-testid': 'audit-row',
            'data-seq': entry.seq,
            'data-action': entry.action,
            className: 'clickable-row',
            onClick: () => setOpen(entry),
          }) as object
        }
      />
      {open && <AuditEntryDrawer entry={open} onClose={() => setOpen(null)} />}
    </Card>
  );
}
