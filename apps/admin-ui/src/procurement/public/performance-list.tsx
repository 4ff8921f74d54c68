import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProcurementLabel } from './labels';
import type { PerformanceRecordView } from './public-types';

/** An undertaker's performance history (R25): each contract's final evaluation, newest last. */
export function PerformanceList({ records }: { records: readonly PerformanceRecordView[] }) {
  const { t } = useTranslation();
  const label = useProcurementLabel();
  return (
    <div className="procurement-performance" data-testid="performance">
      <Typography.Text strong>{t('procurement.public.directory.performance')}</Typography.Text>
      {records.length === 0 ? (
        <Typography.Paragraph type="secondary">
          {t('procurement.public.directory.noPerformance')}
        </Typography.Paragraph>
      ) : (
        <ul>
          {records.map((record) => (
            <li key={`${record.contractId}-${record.year}`}>
              <span>{t('procurement.public.yearTitle', record)}</span>{' '}
              <span className="nowrap">
                {t('procurement.public.score', { score: record.score.toFixed(2) })}
              </span>{' '}
              <Tag color={record.outcome === 'PASSED' ? 'success' : 'error'}>
                {label('outcome', record.outcome)}
              </Tag>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
