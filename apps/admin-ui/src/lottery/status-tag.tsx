import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus } from '../api/types';

const COLORS: Record<ApplicationStatus, string> = {
  SUBMITTED: 'gold',
  APPROVED: 'blue',
  COMMITTED: 'processing',
  PAID: 'success',
  REJECTED: 'volcano',
  COMMITMENT_REFUSED: 'magenta',
  PAYMENT_FAILED: 'error',
  WITHDRAWING: 'warning',
  WITHDRAWN: 'default',
};

export function ApplicationStatusTag({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-testid="application-status" data-status={status}>
      {t(`enums.applicationStatus.${status}`)}
    </Tag>
  );
}
