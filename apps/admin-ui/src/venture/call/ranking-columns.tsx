import { Button, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResponsiveColumns } from '../../common/responsive-columns';
import { useYuan } from '../../common/use-yuan';
import { useLocalizedMessage } from '../../organizations/localized';
import { PriorityReasons } from '../../common/priority-reasons';
import { OUTCOME_COLORS } from '../tags';
import type { RubricCriterionDto, VentureRankingRow } from '../types';

/**
 * The ranking's columns: rank; proposal and organization; amount asked; merit with each
 * criterion's mean and the number of reviews (R17); the priority bonus and its reasons (R13); the
 * rank score; what the ranking does with it and why (R14); the award button when it is awardable.
 * On a phone's card: the proposal as its title, the outcome under it, the award at its foot.
 */
export function useRankingColumns(
  rubric: readonly RubricCriterionDto[],
  onAward: (row: VentureRankingRow) => void,
): ResponsiveColumns<VentureRankingRow> {
  const { t } = useTranslation();
  const yuan = useYuan();
  const localized = useLocalizedMessage();
  const nameOf = (key: string) => rubric.find((c) => c.key === key)?.name ?? key;
  return [
    {
      title: t('venture.fields.rank'),
      dataIndex: 'rank',
      align: 'center',
      className: 'nowrap',
      render: (rank: number) => (
        <Typography.Text strong data-testid="rank">
          {rank}
        </Typography.Text>
      ),
    },
    {
      title: t('venture.fields.proposal'),
      key: 'proposal',
      width: 240,
      card: 'title',
      render: (_, r) => (
        <>
          <div className="strong-text" data-testid="ranked-title">
            {r.title}
          </div>
          <div>
            {r.organizationName} <Tag>{t(`enums.areaType.${r.rural ? 'RURAL' : 'URBAN'}`)}</Tag>
          </div>
        </>
      ),
    },
    {
      title: t('venture.fields.requested'),
      dataIndex: 'requestedFen',
      align: 'right',
      className: 'nowrap',
      render: (fen: number) => yuan(fen),
    },
    {
      title: t('venture.fields.merit'),
      key: 'merit',
      width: 200,
      render: (_, r) => (
        <div data-testid="merit" data-merit={r.merit}>
          <div className="strong-text">{t('venture.ranking.merit', { merit: r.merit })}</div>
          <ul className="reason-list secondary-text">
            {r.criteria.map((c) => (
              <li key={c.key} data-testid="criterion-mean">
                {t('venture.ranking.criterionMean', { name: nameOf(c.key), mean: c.mean })}
              </li>
            ))}
          </ul>
          <div className="secondary-text">{t('venture.ranking.reviews', { count: r.reviews })}</div>
        </div>
      ),
    },
    {
      title: t('venture.fields.priority'),
      key: 'priority',
      width: 240,
      render: (_, r) => <PriorityReasons bonus={r.bonus} reasons={r.reasons} />,
    },
    {
      title: t('venture.fields.rankScore'),
      key: 'rankScore',
      className: 'nowrap',
      render: (_, r) => (
        <div data-testid="rank-score">
          <div>{t('lottery.ranking.rankScore', { score: r.rankScore })}</div>
          <div className="secondary-text">
            {t('lottery.ranking.formula', { merit: r.merit, bonus: r.bonus })}
          </div>
        </div>
      ),
    },
    {
      title: t('venture.fields.outcome'),
      key: 'outcome',
      width: 220,
      card: 'status',
      render: (_, r) => (
        <div data-testid="outcome" data-outcome={r.outcome}>
          <Tag color={OUTCOME_COLORS[r.outcome]}>{t(`enums.rankingOutcome.${r.outcome}`)}</Tag>
          {r.held && (
            <Tag color="purple" data-testid="held">
              {t('venture.ranking.held')}
            </Tag>
          )}
          <div className="secondary-text" data-testid="outcome-reason">
            {localized(r)}
          </div>
        </div>
      ),
    },
    {
      title: '',
      key: 'award',
      className: 'nowrap',
      card: 'actions',
      render: (_, r) =>
        r.awardable && (
          <Button type="primary" data-testid="award" onClick={() => onAward(r)}>
            {t('venture.ranking.award')}
          </Button>
        ),
    },
  ];
}
