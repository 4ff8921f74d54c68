import { EyeOutlined } from '@ant-design/icons';
import { Button, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { beijingDateTime } from './audit-filter-values';
import { useAuditLabels } from './audit-labels';
import type { AuditEntryView } from './audit-types';

/** A code with its label above it where the UI has one. */
export function Coded({ label, code }: { label?: string; code: string }) {
  return label ? (
    <span className="audit-coded">
      {label}
      <Typography.Text type="secondary" className="audit-code">
        {code}
      </Typography.Text>
    </span>
  ) : (
    <Typography.Text className="audit-code">{code}</Typography.Text>
  );
}

/**
 * The entries' columns (R31): seq, time (Beijing), who, what, about which subject, and the
 * button that opens its before and after. On a phone: time, action and the button; the rest is
 * in the drawer.
 */
export function useAuditColumns(
  open: (entry: AuditEntryView) => void,
): TableColumnsType<AuditEntryView> {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  return [
    { title: t('audit.columns.seq'), dataIndex: 'seq', width: 88, responsive: ['md'] },
    {
      title: t('audit.columns.occurredAt'),
      dataIndex: 'occurredAt',
      width: 120,
      render: (at: string) => <span className="audit-time">{beijingDateTime(at)}</span>,
    },
    {
      title: t('audit.columns.actor'),
      key: 'actor',
      responsive: ['lg'],
      render: (_, e) => <Coded label={e.actorName} code={e.actorId} />,
    },
    {
      title: t('audit.columns.action'),
      dataIndex: 'action',
      render: (action: string) => <Coded label={labels.action(action)} code={action} />,
    },
    {
      title: t('audit.columns.subject'),
      key: 'subject',
      responsive: ['md'],
      render: (_, e) => (
        <Coded label={labels.entityType(e.entityType) ?? e.entityType} code={e.entityId} />
      ),
    },
    {
      title: t('audit.columns.changes'),
      key: 'open',
      width: 96,
      render: (_, e) => (
        <Button
          size="small"
          icon={<EyeOutlined />}
          data-testid="audit-open"
          aria-label={t('audit.columns.openEntry', { seq: e.seq })}
          onClick={(event) => {
            event.stopPropagation();
            open(e);
          }}
        >
          {t('audit.columns.open')}
        </Button>
      ),
    },
  ];
}
