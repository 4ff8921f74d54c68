import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RankingOutcome } from '../../api/types';
import { useLocalizedMessage } from '../../organizations/localized';
import type { QueueRow } from './queue-rows';

const OUTCOME_COLORS: Record<RankingOutcome, string> = {
  FUNDED_FROM_RESERVE: 'green',
  FUNDED_FROM_GENERAL: 'blue',
  NOT_FUNDED: 'default',
};

/** The place in the ranking, or why there is none (not assessed yet, or out of the competition). */
export function RankCell({ row }: { row: QueueRow }) {
  const { t } = useTranslation();
  if (row.ranking) {
    return (
      <Typography.Text strong data-testid="rank">
        {row.ranking.rank}
      </Typography.Text>
    );
  }
  return row.application.status === 'SUBMITTED' ? (
    <Tag color="orange" data-testid="unassessed">
      {t('lottery.ranking.unassessed')}
    </Tag>
  ) : (
    <Typography.Text type="secondary">{t('lottery.ranking.outOfRanking')}</Typography.Text>
  );
}

/** Merit (0–100), and the rank score it makes with the priority bonus: merit × (1 + bonus/100). */
export function ScoreCell({ row }: { row: QueueRow }) {
  const { t } = useTranslation();
  const { merit } = row.application;
  if (merit === undefined) return null;
  return (
    <div data-testid="score">
      <div data-testid="merit">{t('lottery.ranking.merit', { merit })}</div>
      {row.ranking && (
        <div data-testid="rank-score">
          <div>{t('lottery.ranking.rankScore', { score: row.ranking.rankScore })}</div>
          <div className="secondary-text">
            {t('lottery.ranking.formula', { merit: row.ranking.merit, bonus: row.ranking.bonus })}
          </div>
        </div>
      )}
    </div>
  );
}

/**
 * What the ranking does with the application (R14): funded from the rural reserve, from the
 * general pool, or not, and why; approved ones keep their money whatever the ranking says now.
 */
export function OutcomeCell({ row }: { row: QueueRow }) {
  const { t } = useTranslation();
  const localized = useLocalizedMessage();
  const { ranking } = row;
  if (!ranking) return null;
  const outcome = ranking.outcome;
  return (
    <div data-testid="outcome" data-outcome={outcome}>
      <Tag color={OUTCOME_COLORS[outcome]}>{t(`enums.rankingOutcome.${outcome}`)}</Tag>
      {ranking.held && (
        <Tag color="purple" data-testid="held">
          {t('lottery.ranking.held')}
        </Tag>
      )}
      <div className="secondary-text" data-testid="outcome-reason">
        {localized(ranking)}
      </div>
    </div>
  );
}
