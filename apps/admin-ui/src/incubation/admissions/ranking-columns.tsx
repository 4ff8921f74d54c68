import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AdmissionRankingRowView } from '../../api/types';
import { PriorityReasons } from '../../common/priority-reasons';
import type { ResponsiveColumns } from '../../common/responsive-columns';
import { ApplicantCell, OutcomeCell, RankCell, ScoreCell, ScreeningCell } from './ranking-cells';

type Row = AdmissionRankingRowView;

/**
 * The ranked list's columns: rank, applicant, screening with reasons, priority bonus with
 * reasons (R13), merit and rank score, outcome with its reason; and 评分 for staff while the
 * cohort is undecided (only eligible applicants need a score). On a phone's card: the applicant
 * as its title, the outcome under it, 评分 at its foot.
 */
export function useRankingColumns(onAssess?: (row: Row) => void): ResponsiveColumns<Row> {
  const { t } = useTranslation();
  return [
    {
      title: t('lottery.fields.rank'),
      key: 'rank',
      align: 'center',
      className: 'nowrap',
      render: (_, row) => <RankCell row={row} />,
    },
    {
      title: t('incubation.ranking.applicant'),
      key: 'applicant',
      width: 180,
      card: 'title',
      render: (_, row) => <ApplicantCell row={row} />,
    },
    {
      title: t('incubation.ranking.screening'),
      key: 'screening',
      width: 220,
      render: (_, row) => <ScreeningCell screening={row.screening} />,
    },
    {
      title: t('lottery.fields.priority'),
      key: 'priority',
      width: 220,
      render: (_, row) => (
        <PriorityReasons bonus={row.priority.bonus} reasons={row.priority.reasons} />
      ),
    },
    {
      title: t('incubation.ranking.score'),
      key: 'score',
      width: 140,
      render: (_, row) => <ScoreCell row={row} />,
    },
    {
      title: t('incubation.ranking.outcome'),
      key: 'outcome',
      width: 220,
      card: 'status',
      render: (_, row) => <OutcomeCell row={row} />,
    },
    {
      title: '',
      key: 'actions',
      className: 'nowrap',
      card: 'actions',
      render: (_, row) =>
        onAssess &&
        row.screening.eligible && (
          <Button
            size="small"
            type={row.merit === undefined ? 'primary' : 'default'}
            data-testid="assess"
            onClick={() => onAssess(row)}
          >
            {t(row.merit === undefined ? 'incubation.assess.action' : 'incubation.assess.again')}
          </Button>
        ),
    },
  ];
}
