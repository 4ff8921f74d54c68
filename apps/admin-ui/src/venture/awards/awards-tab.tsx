import { Button, Empty, Space, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../common/error-result';
import { ListPages } from '../../common/list-pages';
import { usePaging } from '../../common/use-paging';
import { useAwards } from '../award-queries';
import type { AwardView, CallView, TrancheView } from '../types';
import { AwardCard } from './award-card';
import { ClawbackModal } from './clawback-modal';
import { EvaluateModal } from './milestone-modals';
import { SignButton } from './sign-button';
import { canEvaluate, canOpenClawback, canSign } from './tranche-rules';
import { ExportButton } from '../../common/export-button';

/**
 * A call's awards (R19), in rank order, a page at a time: the officer signs each agreement (the first tranche is
 * then paid), evaluates the milestones the organizations report, and after a failed final
 * evaluation opens a clawback (R19); the page follows awards and payments through finance.
 */
export function AwardsTab({ call }: { call: CallView }) {
  const { t } = useTranslation();
  const paging = usePaging({ pageSize: 10 });
  const awards = useAwards(paging.query, call.id);
  const [evaluating, setEvaluating] = useState<{ award: AwardView; tranche: TrancheView }>();
  const [clawing, setClawing] = useState<AwardView>();
  if (awards.isError) return <ErrorResult error={awards.error} />;
  if (!awards.data) return <Spin />;
  if (awards.data.total === 0) return <Empty description={t('venture.awards.none')} />;
  return (
    <Space orientation="vertical" size="middle" className="full-width" data-testid="awards">
      <Space wrap>
        <ExportButton path="/api/v1/venture/awards/export.xlsx" filters={{ callId: call.id }} />
        <ExportButton
          path="/api/v1/venture/awards/tranches/export.xlsx"
          filters={{ callId: call.id }}
          data-testid="export-tranches"
        />
      </Space>
      {awards.data.items.map((award) => (
        <AwardCard
          key={award.id}
          award={award}
          extra={
            canSign(award) ? (
              <SignButton award={award} />
            ) : (
              canOpenClawback(award) && (
                <Button
                  danger
                  size="small"
                  data-testid="open-clawback"
                  onClick={() => setClawing(award)}
                >
                  {t('venture.awards.openClawback')}
                </Button>
              )
            )
          }
          trancheAction={(tranche) =>
            canEvaluate(tranche) && (
              <Button
                size="small"
                data-testid="evaluate"
                onClick={() => setEvaluating({ award, tranche })}
              >
                {t('venture.tranches.evaluate')}
              </Button>
            )
          }
        />
      ))}
      <ListPages pagination={paging.pagination(awards.data)} testId="awards-pages" />
      {evaluating && <EvaluateModal {...evaluating} onClose={() => setEvaluating(undefined)} />}
      {clawing && <ClawbackModal award={clawing} onClose={() => setClawing(undefined)} />}
    </Space>
  );
}
