import { Button, Empty, Space, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../common/error-result';
import { ListPages } from '../../common/list-pages';
import { usePaging } from '../../common/use-paging';
import { useAwards } from '../award-queries';
import { AwardCard } from '../awards/award-card';
import { ReportModal } from '../awards/milestone-modals';
import { canReport } from '../awards/tranche-rules';
import type { AwardView, TrancheView } from '../types';
import { ExportButton } from '../../common/export-button';

/**
 * The organization's awards (R19): each tranche, why one is held, when one was paid and the
 * bank's reference; the organization reports its milestones (mid-term review, final evaluation).
 * A page at a time.
 */
export function MyAwards() {
  const { t } = useTranslation();
  const paging = usePaging({ pageSize: 10 });
  const awards = useAwards(paging.query);
  const [reporting, setReporting] = useState<{ award: AwardView; tranche: TrancheView }>();
  if (awards.isError) return <ErrorResult error={awards.error} />;
  if (!awards.data) return <Spin />;
  if (awards.data.total === 0) return <Empty description={t('venture.mine.noAwards')} />;
  return (
    <Space orientation="vertical" size="middle" className="full-width" data-testid="my-awards">
      <Space wrap>
        <ExportButton path="/api/v1/venture/awards/export.xlsx" />
        <ExportButton
          path="/api/v1/venture/awards/tranches/export.xlsx"
          data-testid="export-tranches"
        />
      </Space>
      {awards.data.items.map((award) => (
        <AwardCard
          key={award.id}
          award={award}
          trancheAction={(tranche) =>
            canReport(award, tranche) && (
              <Button
                size="small"
                type={tranche.milestone === 'PENDING' ? 'primary' : 'default'}
                data-testid="report"
                onClick={() => setReporting({ award, tranche })}
              >
                {t(
                  tranche.milestone === 'PENDING'
                    ? 'venture.tranches.submitReport'
                    : 'venture.tranches.editReport',
                )}
              </Button>
            )
          }
        />
      ))}
      <ListPages pagination={paging.pagination(awards.data)} testId="awards-pages" />
      {reporting && <ReportModal {...reporting} onClose={() => setReporting(undefined)} />}
    </Space>
  );
}
