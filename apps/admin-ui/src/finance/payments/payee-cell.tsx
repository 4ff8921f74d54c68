import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PaymentView } from '../../api/types';

/**
 * Where a payment goes: the organization's own account, or its financial custodian's, which
 * receives on the organization's behalf (rule R3). Account numbers come masked.
 */
export function PayeeCell({ payment }: { payment: PaymentView }) {
  const { t } = useTranslation();
  const { paidTo } = payment;
  return (
    <Space orientation="vertical" size={0} data-testid="payee">
      {paidTo.kind === 'CUSTODIAN' ? (
        <span>
          <Tag color="purple">{t('finance.payments.custodianTag')}</Tag>
          {t('finance.payments.onBehalf', {
            custodian: paidTo.custodianName ?? paidTo.accountName,
            organization: payment.organizationName,
          })}
        </span>
      ) : (
        <span>{paidTo.accountName}</span>
      )}
      <Typography.Text type="secondary">
        {`${paidTo.bankName} ${paidTo.accountNumberMasked}`}
      </Typography.Text>
    </Space>
  );
}
