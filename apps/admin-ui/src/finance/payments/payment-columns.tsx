import { labelTrancheReference } from '@civic/domain/venture';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PaymentView } from '../../api/types';
import { PaymentStatusTag } from '../status-tags';
import { useYuan } from '../../common/use-yuan';
import { PayeeCell } from './payee-cell';

const time = (value?: string) => (value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '');

/** What a payment is for, a venture tranche named by its label even where written with its code. */
export function referenceColumn(t: TFunction): TableColumnsType<PaymentView>[number] {
  return {
    title: t('finance.payments.reference'),
    dataIndex: 'reference',
    // issue #18: "公益创投资助（签约 50%）", never "（SIGNING 50%）" (R19).
    render: (reference: string) => labelTrancheReference(reference),
  };
}

/** Who is paid, where, how much and why: the columns every payments table starts with. */
export function usePayeeColumns(): TableColumnsType<PaymentView> {
  const { t } = useTranslation();
  const yuan = useYuan();
  return [
    { title: t('finance.payments.organization'), dataIndex: 'organizationName' },
    {
      title: t('finance.payments.payee'),
      key: 'payee',
      render: (_, payment) => <PayeeCell payment={payment} />,
    },
    {
      title: t('finance.payments.amount'),
      dataIndex: 'amountFen',
      align: 'right',
      className: 'nowrap',
      render: (fen: number) => yuan(fen),
    },
  ];
}

/** Payments awaiting a batch: what a maker needs to choose them. */
export function usePendingPaymentColumns(): TableColumnsType<PaymentView> {
  const { t } = useTranslation();
  return [
    ...usePayeeColumns(),
    {
      title: t('finance.payments.programme'),
      key: 'programme',
      className: 'nowrap',
      render: (_, p) => (
        <>
          <div>{t(`enums.programme.${p.programme}`)}</div>
          <div className="secondary-text">{t(`enums.fund.${p.fund}`)}</div>
        </>
      ),
    },
    referenceColumn(t),
    {
      title: t('finance.payments.requestedAt'),
      dataIndex: 'requestedAt',
      className: 'nowrap',
      render: (value: string) => time(value),
    },
  ];
}

/** A batch's payments with what the bank answered, the reason of a failure in the UI language. */
export function usePaymentResultColumns(): TableColumnsType<PaymentView> {
  const { t, i18n } = useTranslation();
  return [
    ...usePayeeColumns(),
    referenceColumn(t),
    {
      title: t('finance.batch.status'),
      dataIndex: 'status',
      className: 'nowrap',
      render: (_, p) => <PaymentStatusTag status={p.status} />,
    },
    {
      title: t('finance.batch.attempts'),
      dataIndex: 'attempts',
      align: 'right',
      className: 'nowrap',
    },
    {
      title: t('finance.batch.bankReference'),
      dataIndex: 'bankReference',
      render: (value?: string) => value ?? '',
    },
    {
      title: t('finance.batch.failure'),
      key: 'failure',
      render: (_, p) =>
        p.failure ? (i18n.language === 'en' ? p.failure.message : p.failure.messageZh) : '',
    },
    {
      title: t('finance.batch.settledAt'),
      dataIndex: 'settledAt',
      className: 'nowrap',
      render: (value?: string) => time(value),
    },
  ];
}
