import { DEFAULT_INCUBATION_POLICY } from '@civic/domain/incubation';
import { Alert, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AdmissionRankingView } from '../../api/types';

/**
 * The seats as the ranking fills them (R14, R16): capacity, the rural reserve and how much of it
 * rural applicants take, what is left; or, while some eligible applicants have no score, a
 * warning, since admission follows the whole ranking.
 */
export function RankingSummary({ ranking }: { ranking: AdmissionRankingView }) {
  const { t } = useTranslation();
  const { passingMerit, version } = DEFAULT_INCUBATION_POLICY;
  const figure = (key: keyof AdmissionRankingView) => (
    <Col xs={12} md={6}>
      <Statistic title={t(`incubation.ranking.${key}`)} value={ranking[key] as number} />
    </Col>
  );
  return (
    <div className="ranking-summary" data-testid="ranking-summary">
      {ranking.unassessed === 0 ? (
        <Row gutter={[16, 8]}>
          {figure('capacity')}
          {figure('reserveSeats')}
          {figure('reserveUsed')}
          {figure('seatsLeft')}
        </Row>
      ) : (
        <Alert
          type="warning"
          showIcon
          data-testid="unassessed-warning"
          title={t('incubation.ranking.unassessedWarning', { count: ranking.unassessed })}
        />
      )}
      <Typography.Paragraph type="secondary" className="year-details">
        {t('incubation.ranking.policy', { passing: passingMerit, version })}
      </Typography.Paragraph>
    </div>
  );
}
