import { Descriptions, Drawer, Grid, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Coded } from './audit-columns';
import { AuditDiffTable } from './audit-diff-table';
import { beijingDateTime } from './audit-filter-values';
import { useAuditLabels } from './audit-labels';
import type { AuditEntryView } from './audit-types';

/** One audit entry (R31): who did what to which subject and when, its before and after, its hash. */
export function AuditEntryDrawer(props: { entry: AuditEntryView; onClose: () => void }) {
  const { entry, onClose } = props;
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const phone = !Grid.useBreakpoint().md;
  return (
    <Drawer
      open
      size={phone ? '100%' : 960}
      title={t('audit.entry.title', { seq: entry.seq })}
      onClose={onClose}
      destroyOnHidden
      data-testid="audit-entry-drawer"
    >
      <Space orientation="vertical" size="large" className="full-width">
        <Descriptions column={phone ? 1 : 2} bordered size="small">
          <Descriptions.Item label={t('audit.columns.occurredAt')}>
            {beijingDateTime(entry.occurredAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('audit.columns.action')}>
            <Coded label={labels.action(entry.action)} code={entry.action} />
          </Descriptions.Item>
          <Descriptions.Item label={t('audit.columns.actor')}>
            <Coded label={entry.actorName} code={entry.actorId} />
          </Descriptions.Item>
          <Descriptions.Item label={t('audit.entry.roles')}>
            {entry.actorRoles.length === 0
              ? t('common.none')
              : entry.actorRoles.map((role) => (
                  <Tag key={role}>{t(`enums.role.${role}`, { defaultValue: role })}</Tag>
                ))}
          </Descriptions.Item>
          <Descriptions.Item label={t('audit.entry.entityType')}>
            <Coded label={labels.entityType(entry.entityType)} code={entry.entityType} />
          </Descriptions.Item>
          <Descriptions.Item label={t('audit.entry.entityId')}>
            <Typography.Text copyable className="audit-code">
              {entry.entityId}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('audit.entry.requestId')}>
            {entry.requestId ?? t('common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('audit.entry.hash')}>
            <Typography.Text copyable className="audit-hash">
              {entry.hash}
            </Typography.Text>
          </Descriptions.Item>
        </Descriptions>
        <Typography.Title level={5} className="page-title">
          {t('audit.entry.changes')}
        </Typography.Title>
        <AuditDiffTable entry={entry} />
      </Space>
    </Drawer>
  );
}
