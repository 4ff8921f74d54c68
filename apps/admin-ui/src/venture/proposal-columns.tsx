import { useTranslation } from 'react-i18next';
import { PriorityReasons } from '../common/priority-reasons';
import type { ResponsiveColumns } from '../common/responsive-columns';
import { useYuan } from '../common/use-yuan';
import { dateTime } from './calls/call-columns';
import { ProposalStatusTag } from './tags';
import type { ProposalView } from './types';

/**
 * The columns every list of proposals shows, officers' and applicants' alike: the amount asked
 * (R26), the priority bonus with its reasons (R13), and the status with when it was submitted (R17);
 * on a phone's card, the status under the title.
 */
export function useProposalFigureColumns(): ResponsiveColumns<ProposalView> {
  const { t } = useTranslation();
  const yuan = useYuan();
  return [
    {
      title: t('venture.fields.requested'),
      key: 'requestedFen',
      dataIndex: 'requestedFen',
      align: 'right',
      className: 'nowrap',
      render: (fen: number) => yuan(fen),
    },
    {
      title: t('venture.fields.priority'),
      key: 'priority',
      width: 250,
      render: (_, p) => <PriorityReasons bonus={p.priority.bonus} reasons={p.priority.reasons} />,
    },
    {
      title: t('venture.fields.status'),
      key: 'status',
      className: 'nowrap',
      card: 'status',
      render: (_, p) => (
        <>
          <ProposalStatusTag status={p.status} />
          <div className="secondary-text">{dateTime(p.submittedAt)}</div>
        </>
      ),
    },
  ];
}
