import { Alert, Col, Row, Statistic } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useYuan } from '../../common/use-yuan';
import type { VentureRankingView } from '../types';

/**
 * The call's money as the ranking allocates it (R14): the budget, the rural reserve, what rural
 * proposals use of it and what goes back to the general pool, what is left; and a warning while
 * reviews are missing, since awards follow the whole ranking (R19).
 */
export function RankingSummary(props: {
  ranking: VentureRankingView;
  reservePercent: number;
  extra?: ReactNode;
}) {
  const { ranking, reservePercent, extra } = props;
  const { t } = useTranslation();
  const yuan = useYuan();
  const figure = (key: string, fen: number, values: Record<string, unknown> = {}) => (
    <Col xs={12} md={8} xl={4}>
      <Statistic title={t(`venture.ranking.${key}`, values)} value={yuan(fen)} />
    </Col>
  );
  return (
    <div data-testid="ranking-summary">
      <Row gutter={[16, 8]} align="middle">
        {figure('budget', ranking.budgetFen)}
        {figure('reserve', ranking.reserveFen, { percent: reservePercent })}
        {figure('reserveUsed', ranking.reserveUsedFen)}
        {figure('reserveReturned', ranking.reserveReturnedFen)}
        {figure('remaining', ranking.remainingFen)}
        <Col xs={12} md={8} xl={4}>
          {extra}
        </Col>
      </Row>
      {ranking.incomplete > 0 && (
        <Alert
          type="warning"
          showIcon
          className="ranking-alert"
          data-testid="incomplete-warning"
          title={t('venture.ranking.incomplete', { count: ranking.incomplete })}
        />
      )}
    </div>
  );
}
