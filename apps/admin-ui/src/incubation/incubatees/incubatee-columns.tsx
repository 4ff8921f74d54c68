import { Button, Space } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CohortView, IncubateeView } from '../../api/types';
import {
  InKindCell,
  NameCell,
  SpaceReturnCell,
  StatusCell,
  SubsidyCell,
  VenueCell,
} from './incubatee-cells';

export type IncubateeAction =
  'venue' | 'activity' | 'link' | 'subsidy' | 'withdrawSubsidy' | 'graduate' | 'exit';

type OnAction = (incubatee: IncubateeView, action: IncubateeAction) => void;

/**
 * The incubatees' columns: who, venue (R4), in-kind value (R16), trainings (R11) and activities,
 * start-up subsidy (R15), status with the space-return deadline; staff's actions on the active.
 */
export function useIncubateeColumns(
  cohort: CohortView,
  onAction?: OnAction,
): TableColumnsType<IncubateeView> {
  const { t } = useTranslation();
  const action = (i: IncubateeView, key: IncubateeAction, type?: 'primary') => (
    <Button
      size="small"
      type={type}
      data-testid={`action-${key}`}
      onClick={() => onAction?.(i, key)}
    >
      {t(`incubation.actions.${key}`)}
    </Button>
  );
  const active = (i: IncubateeView) => !!onAction && i.status === 'ACTIVE';
  const subsidised = cohort.support.startupSubsidyFen > 0;
  return [
    {
      title: t('incubation.incubatees.name'),
      key: 'name',
      render: (_, i) => <NameCell incubatee={i} />,
    },
    {
      title: t('incubation.incubatees.venue'),
      key: 'venue',
      render: (_, i) =>
        i.venue ? <VenueCell incubatee={i} /> : active(i) && action(i, 'venue', 'primary'),
    },
    {
      title: t('incubation.counts.inKind'),
      key: 'inKind',
      align: 'right',
      className: 'nowrap',
      render: (_, i) => <InKindCell incubatee={i} />,
    },
    {
      title: t('incubation.incubatees.trainings'),
      dataIndex: 'trainingSessionsAttended',
      align: 'right',
    },
    { title: t('incubation.incubatees.activities'), dataIndex: 'activitiesHeld', align: 'right' },
    {
      title: t('incubation.incubatees.subsidy'),
      key: 'subsidy',
      render: (_, i) =>
        i.subsidy ? (
          <>
            <SubsidyCell subsidy={i.subsidy} incubateeId={i.id} />
            {!!onAction && withdrawable(i.subsidy.status) && action(i, 'withdrawSubsidy')}
          </>
        ) : (
          subsidised && active(i) && i.organizationId && action(i, 'subsidy')
        ),
    },
    {
      title: t('incubation.incubatees.status'),
      key: 'status',
      width: 180,
      render: (_, i) => (
        <>
          <StatusCell incubatee={i} />
          <SpaceReturnCell incubatee={i} runs={!!onAction} />
        </>
      ),
    },
    {
      title: '',
      key: 'actions',
      render: (_, i) =>
        active(i) && (
          <Space wrap size={4}>
            {action(i, 'activity')}
            {!i.organizationId && action(i, 'link')}
            {action(i, 'graduate')}
            {action(i, 'exit')}
          </Space>
        ),
    },
  ];
}

/** A subsidy finance holds and has not paid may be withdrawn: committed, or failed (R27). */
function withdrawable(status: string): boolean {
  return status === 'COMMITTED' || status === 'PAYMENT_FAILED';
}
