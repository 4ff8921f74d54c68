import { Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { PriorityReasons } from '../../common/priority-reasons';
import type { ResponsiveColumns } from '../../common/responsive-columns';
import { useYuan } from '../../common/use-yuan';
import { ApplicationStatusTag } from '../status-tag';
import type { QueueRow } from './queue-rows';
import { OutcomeCell, RankCell, ScoreCell } from './ranking-cells';
import { ReviewActions } from './review-actions';

/**
 * The review queue's columns: the rank, what and who (opening the application to read, issue #18),
 * how much, the merit and rank score, the priority and its reasons, what the ranking does with it and why, the status, the actions. On a
 * phone's card: the application as its title, the status under it, the actions at its foot.
 */
export function useReviewColumns(
  unassessed: number,
  onAction: Parameters<typeof ReviewActions>[0]['onAction'],
): ResponsiveColumns<QueueRow> {
  const { t } = useTranslation();
  const yuan = useYuan();
  return [
    {
      title: t('lottery.fields.rank'),
      key: 'rank',
      align: 'center',
      className: 'nowrap',
      render: (_, row) => <RankCell row={row} />,
    },
    {
      title: t('lottery.fields.application'),
      key: 'application',
      width: 240,
      card: 'title',
      render: (_, { application: a }) => (
        <>
          <div className="strong-text">{a.projectName}</div>
          <Button
            type="link"
            size="small"
            data-testid="open-application"
            onClick={() => onAction(a, 'read')}
          >
            {t('lottery.drawer.open')}
          </Button>
          <div>
            {a.organizationName} <Tag>{t(`enums.areaType.${a.organizationAreaType}`)}</Tag>
          </div>
          <div className="secondary-text">
            {t('lottery.review.projectArea', { area: t(`enums.areaType.${a.projectAreaType}`) })}
            {' · '}
            {t('lottery.review.beneficiaries', { count: a.beneficiaryTotal })}
          </div>
        </>
      ),
    },
    {
      title: t('lottery.fields.requested'),
      key: 'requested',
      align: 'right',
      className: 'nowrap',
      render: (_, { application: a }) => yuan(a.requestedFen),
    },
    {
      title: t('lottery.fields.score'),
      key: 'score',
      width: 150,
      render: (_, row) => <ScoreCell row={row} />,
    },
    {
      title: t('lottery.fields.priority'),
      key: 'priority',
      width: 260,
      render: (_, { application: a }) => (
        <PriorityReasons bonus={a.priority.bonus} reasons={a.priority.reasons} />
      ),
    },
    {
      title: t('lottery.fields.outcome'),
      key: 'outcome',
      width: 220,
      render: (_, row) => <OutcomeCell row={row} />,
    },
    {
      title: t('lottery.fields.status'),
      key: 'status',
      className: 'nowrap',
      card: 'status',
      render: (_, { application: a }) => (
        <>
          <ApplicationStatusTag status={a.status} />
          {a.decision && <div className="secondary-text">{a.decision.comment}</div>}
        </>
      ),
    },
    {
      title: '',
      key: 'actions',
      className: 'nowrap',
      card: 'actions',
      render: (_, row) => <ReviewActions row={row} unassessed={unassessed} onAction={onAction} />,
    },
  ];
}
