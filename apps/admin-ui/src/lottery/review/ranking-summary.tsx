import { Alert, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RankingView } from '../../api/types';
import { useYuan } from '../../common/use-yuan';

/**
 * The programme's money as the ranking allocates it (R14): the budget, the rural reserve, what
 * rural applicants use of it and what goes back to the general pool, what is left; and a warning
 * while some applications are not assessed, since approvals follow the whole ranking (R13).
 */
export function RankingSummary({ ranking }: { ranking: RankingView }) {
  const { t } = useTranslation();
  const yuan = useYuan();
  const figure = (key: string, fen: number, values: Record<string, unknown> = {}) => (
    <Col xs={12} md={8} xl={4}>
      <Statistic title={t(`lottery.ranking.${key}`, values)} value={yuan(fen)} />
    </Col>
  );
  return (
    <div className="ranking-summary" data-testid="ranking-summary">
      <Row gutter={[16, 8]}>
        {figure('budget', ranking.budgetFen)}
        {figure('reserve', ranking.reserveFen, { percent: ranking.reservePercent })}
        {figure('reserveUsed', ranking.reserveUsedFen)}
        {figure('reserveReturned', ranking.reserveReturnedFen)}
        {figure('remaining', ranking.remainingFen)}
      </Row>
      {ranking.unassessed > 0 && (
        <Alert
          type="warning"
          showIcon
          className="ranking-alert"
          data-testid="unassessed-warning"
          title={t('lottery.ranking.unassessedWarning', { count: ranking.unassessed })}
        />
      )}
    </div>
  );
}
