import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PolicyStatus } from './policy-types';

const COLORS: Record<PolicyStatus, string> = {
  PROPOSED: 'gold',
  APPROVED: 'success',
  REJECTED: 'volcano',
  WITHDRAWN: 'default',
};

/** A version's state in the four-eyes change (R28): waiting, approved, rejected, withdrawn. */
export function PolicyStatusTag({ status }: { status: PolicyStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-testid="policy-status" data-status={status}>
      {t(`policies.status.${status}`)}
    </Tag>
  );
}
