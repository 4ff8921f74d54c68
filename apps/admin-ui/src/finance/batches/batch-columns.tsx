import { Progress, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { BatchView } from '../../api/types';
import { batchProgress } from '../batch-state';
import { BatchStatusTag } from '../status-tags';
import { useYuan } from '../../common/use-yuan';

export function useBatchColumns(): TableColumnsType<BatchView> {
  const { t } = useTranslation();
  const yuan = useYuan();
  return [
    { title: t('finance.batches.number'), dataIndex: 'number', className: 'nowrap' },
    {
      title: t('finance.batches.status'),
      dataIndex: 'status',
      render: (_, batch) => <BatchStatusTag status={batch.status} />,
    },
    { title: t('finance.batches.maker'), dataIndex: 'makerName' },
    {
      title: t('finance.batches.checker'),
      dataIndex: 'checkerName',
      render: (name?: string) => name ?? '',
    },
    { title: t('finance.batches.count'), dataIndex: 'paymentCount', align: 'right' },
    {
      title: t('finance.batches.total'),
      dataIndex: 'totalFen',
      align: 'right',
      className: 'nowrap',
      render: (fen: number) => yuan(fen),
    },
    {
      title: t('finance.batches.progress'),
      key: 'progress',
      width: 180,
      render: (_, batch) => {
        const progress = batchProgress(batch);
        return (
          <Progress
            aria-label={t('finance.batches.progress')}
            size="small"
            percent={progress.percent}
            success={{ percent: progress.settledPercent }}
            status={progress.status}
          />
        );
      },
    },
    {
      title: t('finance.batches.createdAt'),
      dataIndex: 'createdAt',
      className: 'nowrap',
      render: (value: string) => dayjs(value).format('YYYY-MM-DD HH:mm'),
    },
  ];
}
