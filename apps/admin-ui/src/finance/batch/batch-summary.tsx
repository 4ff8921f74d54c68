import { Descriptions, type DescriptionsProps } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { BatchView } from '../../api/types';
import { useYuan } from '../../common/use-yuan';

const time = (value?: string) => (value ? dayjs(value).format('YYYY-MM-DD HH:mm:ss') : '');

/** Who made and checked the batch, what they said, and its size. */
export function BatchSummary({ batch }: { batch: BatchView }) {
  const { t } = useTranslation();
  const yuan = useYuan();
  const none = t('common.none');
  const items: DescriptionsProps['items'] = [
    { key: 'number', label: t('finance.batches.number'), children: batch.number },
    { key: 'maker', label: t('finance.batches.maker'), children: batch.makerName },
    { key: 'createdAt', label: t('finance.batches.createdAt'), children: time(batch.createdAt) },
    { key: 'checker', label: t('finance.batches.checker'), children: batch.checkerName ?? none },
    { key: 'decidedAt', label: t('finance.batch.decidedAt'), children: time(batch.decidedAt) },
    { key: 'count', label: t('finance.batches.count'), children: batch.paymentCount },
    { key: 'total', label: t('finance.batches.total'), children: yuan(batch.totalFen) },
    { key: 'note', label: t('finance.batch.note'), children: batch.note ?? none },
    {
      key: 'comment',
      label: t('finance.batch.comment'),
      children: <span data-testid="decision-comment">{batch.decisionComment ?? none}</span>,
    },
    {
      key: 'completedAt',
      label: t('finance.batch.completedAt'),
      children: time(batch.completedAt),
    },
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} />;
}
