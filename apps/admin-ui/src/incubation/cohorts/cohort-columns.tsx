import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CohortView } from '../../api/types';
import { useYuan } from '../../common/use-yuan';
import { DeadlineTag, PhaseTag } from '../tags';

type Count = keyof Omit<CohortView['counts'], 'inKindFen'>;

/** The board's columns: the cohort and its base, phase, window, seats, answers, in-kind value. */
export function useCohortColumns(): TableColumnsType<CohortView> {
  const { t } = useTranslation();
  const yuan = useYuan();
  const count = (key: Count) => ({
    title: t(`incubation.counts.${key}`),
    key,
    align: 'right' as const,
    render: (_: unknown, c: CohortView) => (
      <span data-testid={`count-${key}`}>{c.counts[key]}</span>
    ),
  });
  return [
    {
      title: t('incubation.fields.cohort'),
      key: 'name',
      render: (_, c) => (
        <>
          <Link to={`/incubation/cohorts/${c.id}`} data-testid="cohort-link">
            {c.name}
          </Link>
          <div className="secondary-text">{c.baseName}</div>
        </>
      ),
    },
    {
      title: t('incubation.fields.phase'),
      dataIndex: 'phase',
      render: (_, c) => <PhaseTag phase={c.phase} />,
    },
    {
      title: t('incubation.fields.window'),
      key: 'window',
      className: 'nowrap',
      render: (_, c) => t('incubation.range', { from: c.windowOpensOn, to: c.windowClosesOn }),
    },
    { title: t('incubation.fields.capacity'), dataIndex: 'capacity', align: 'right' },
    count('applications'),
    count('admitted'),
    count('waitlisted'),
    count('rejected'),
    {
      title: t('incubation.counts.inKind'),
      key: 'inKind',
      align: 'right',
      className: 'nowrap',
      render: (_, c) => <span data-testid="count-inKind">{yuan(c.counts.inKindFen)}</span>,
    },
    {
      title: t('incubation.fields.answers'),
      key: 'answers',
      width: 220,
      render: (_, c) => <DeadlineTag deadline={c.answers} testId="answers-deadline" />,
    },
  ];
}
