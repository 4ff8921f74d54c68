import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BatchStatus, PaymentStatus } from '../api/types';

const BATCH_COLORS: Record<BatchStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'gold',
  APPROVED: 'blue',
  REJECTED: 'volcano',
  PAYING: 'processing',
  PAID: 'success',
  PARTLY_FAILED: 'warning',
};

const PAYMENT_COLORS: Record<PaymentStatus, string> = {
  AWAITING_BATCH: 'default',
  IN_BATCH: 'gold',
  PENDING: 'blue',
  SENT: 'processing',
  SETTLED: 'success',
  FAILED: 'error',
  REFUSED: 'magenta',
  CANCELLED: 'default',
};

export function BatchStatusTag({ status }: { status: BatchStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={BATCH_COLORS[status]} data-testid="batch-status" data-status={status}>
      {t(`enums.batchStatus.${status}`)}
    </Tag>
  );
}

export function PaymentStatusTag({ status }: { status: PaymentStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={PAYMENT_COLORS[status]} data-testid="payment-status" data-status={status}>
      {t(`enums.paymentStatus.${status}`)}
    </Tag>
  );
}
