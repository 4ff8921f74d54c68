import {
  ReloadOutlined,
  SafetyCertificateOutlined,
  SyncOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Button, Space, Tag, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { beijingDateTime } from './audit-filter-values';
import { useAuditLabels } from './audit-labels';
import { useAuditVerification } from './audit-queries';
import type { AuditedService } from './audit-types';

/**
 * The chain's verification (R31), run each time the screen shows a service: green when every
 * entry links to the one before and matches its hash (up to seq N), red at the first broken entry
 * with what is wrong there; the time it ran and the verifier's own words in the tooltip.
 */
export function VerificationBadge({ service }: { service: AuditedService }) {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const verification = useAuditVerification(service);
  const again = (
    <Button
      size="small"
      type="text"
      icon={<ReloadOutlined />}
      aria-label={t('audit.verification.again')}
      title={t('audit.verification.again')}
      onClick={() => void verification.refetch()}
      disabled={verification.isFetching}
    />
  );
  const badge = (state: string, tag: ReactNode, tip?: string) => (
    <Space size={0} data-testid="audit-verification" data-state={state}>
      <Tooltip title={tip}>{tag}</Tooltip>
      {again}
    </Space>
  );
  const view = verification.data;
  if (verification.isFetching || (!view && !verification.isError)) {
    return badge(
      'checking',
      <Tag icon={<SyncOutlined spin />} color="processing">
        {t('audit.verification.checking')}
      </Tag>,
    );
  }
  if (!view) {
    return badge(
      'unknown',
      <Tag>{t('audit.verification.failed')}</Tag>,
      verification.error?.message,
    );
  }
  const when = t('audit.verification.checkedAt', { time: beijingDateTime(view.checkedAt) });
  if (view.ok) {
    return badge(
      'ok',
      <Tag icon={<SafetyCertificateOutlined />} color="success">
        {view.verifiedUpTo === 0
          ? t('audit.verification.empty')
          : t('audit.verification.ok', { seq: view.verifiedUpTo })}
      </Tag>,
      when,
    );
  }
  return badge(
    'broken',
    <Tag icon={<WarningOutlined />} color="error">
      {t('audit.verification.broken', {
        seq: view.firstBrokenSeq,
        problem: labels.problem(view.problem ?? ''),
      })}
    </Tag>,
    `${t('audit.verification.intactUpTo', { seq: view.verifiedUpTo })} ${view.detail ?? ''} ${when}`,
  );
}
