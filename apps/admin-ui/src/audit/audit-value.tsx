import { LockOutlined } from '@ant-design/icons';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SEALED } from './audit-types';

/**
 * One side of a field as recorded: text as it is, numbers, yes/no and null as JSON, lists and
 * objects as JSON; a sealed value (R30) as a lock; a field this side does not have as a dash.
 */
export function AuditValue({ value }: { value: unknown }) {
  const { t } = useTranslation();
  if (value === undefined) {
    return (
      <Typography.Text type="secondary" data-absent="true">
        {t('audit.diff.absent')}
      </Typography.Text>
    );
  }
  if (value === SEALED) {
    return (
      <Tag icon={<LockOutlined />} data-sealed="true">
        {t('audit.diff.sealed')}
      </Tag>
    );
  }
  if (typeof value === 'string') return <span className="audit-text">{value}</span>;
  return <code className="audit-json">{JSON.stringify(value)}</code>;
}
