import { SyncOutlined } from '@ant-design/icons';
import { Card, Col, Progress, Row, Statistic, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BatchView } from '../../api/types';
import { batchProgress, isPaying } from '../batch-state';
import { useYuan } from '../../common/use-yuan';

/**
 * How far the payment of an approved batch has come: a bar of the payments with an answer from
 * the bank (green: settled), and the settled and failed counts and amounts. The page polls.
 */
export function BatchProgressCard({ batch }: { batch: BatchView }) {
  const { t } = useTranslation();
  const yuan = useYuan();
  const progress = batchProgress(batch);
  const countAndAmount = (count: number, fen: number) =>
    t('finance.batch.countAndAmount', { count, amount: yuan(fen) });
  return (
    <Card
      title={t('finance.batch.progress')}
      extra={
        isPaying(batch.status) && (
          <Tag icon={<SyncOutlined spin />} color="processing">
            {t('finance.batch.live')}
          </Tag>
        )
      }
    >
      <div
        data-testid="batch-progress"
        data-done={progress.done}
        data-count={batch.paymentCount}
        data-percent={progress.percent}
      >
        <Progress
          aria-label={t('finance.batch.progressCount', {
            done: progress.done,
            count: batch.paymentCount,
          })}
          percent={progress.percent}
          success={{ percent: progress.settledPercent }}
          status={progress.status}
          format={() =>
            t('finance.batch.progressCount', { done: progress.done, count: batch.paymentCount })
          }
        />
      </div>
      <Row gutter={16} className="batch-counts">
        <Col span={12}>
          <Statistic
            title={t('finance.batch.settled')}
            value={countAndAmount(batch.settledCount, batch.settledFen)}
            data-testid="settled-count"
          />
        </Col>
        <Col span={12}>
          <Statistic
            title={t('finance.batch.failed')}
            value={countAndAmount(batch.failedCount, batch.failedFen)}
            data-testid="failed-count"
          />
        </Col>
      </Row>
    </Card>
  );
}
