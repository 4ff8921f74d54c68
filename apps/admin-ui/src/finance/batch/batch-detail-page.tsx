import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { ErrorResult } from '../../common/error-result';
import { isDone, isPaying } from '../batch-state';
import { useBatch } from '../queries';
import { BatchStatusTag } from '../status-tags';
import { BatchDecision } from './batch-decision';
import { BatchProgressCard } from './batch-progress-card';
import { BatchResults } from './batch-results';
import { BatchSummary } from './batch-summary';

/**
 * One disbursement batch: its summary, the check (R28), a live progress bar while it is paid,
 * and its payments with the bank's answers, to export.
 */
export function BatchDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const opened = useLocation().key === 'default';
  const { id = '' } = useParams();
  const query = useBatch(id);
  if (query.isPending) return <Spin size="large" className="page-spin" />;
  if (query.isError) return <ErrorResult error={query.error} />;
  const batch = query.data;
  const started = isPaying(batch.status) || isDone(batch.status);

  return (
    <Space orientation="vertical" size="large" className="full-width">
      <Space align="center">
        <Button
          icon={<ArrowLeftOutlined />}
          onClick={() => (opened ? navigate('/finance/batches') : navigate(-1))}
        >
          {t('common.back')}
        </Button>
        <Typography.Title level={3} className="page-title" data-testid="batch-number">
          {batch.number}
        </Typography.Title>
        <BatchStatusTag status={batch.status} />
      </Space>
      <Card title={t('finance.batch.summary')}>
        <Space orientation="vertical" size="middle" className="full-width">
          <BatchSummary batch={batch} />
          <BatchDecision batch={batch} />
        </Space>
      </Card>
      {started && <BatchProgressCard batch={batch} />}
      <BatchResults batch={batch} />
    </Space>
  );
}
