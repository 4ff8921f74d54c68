import type { ReactNode } from 'react';
import type { CohortView, IncubateeView } from '../../api/types';
import type { IncubateeAction } from './incubatee-columns';
import { ActivityModal } from './activity-modal';
import { ExitModal } from './exit-modal';
import { GraduateModal } from './graduate-modal';
import { LinkOrganizationModal } from './link-organization-modal';
import { SubsidyModal } from './subsidy-modal';
import { VenueModal } from './venue-modal';
import { WithdrawSubsidyModal } from './withdraw-subsidy-modal';

export interface IncubateeDialogProps {
  cohort: CohortView;
  incubatee: IncubateeView;
  onClose: () => void;
}

const DIALOGS: Record<IncubateeAction, (props: IncubateeDialogProps) => ReactNode> = {
  venue: VenueModal,
  activity: ActivityModal,
  link: LinkOrganizationModal,
  subsidy: SubsidyModal,
  withdrawSubsidy: WithdrawSubsidyModal,
  graduate: GraduateModal,
  exit: ExitModal,
};

/** The modal of a staff action on one incubatee. */
export function IncubateeDialog(props: IncubateeDialogProps & { action: IncubateeAction }) {
  const { action, ...rest } = props;
  const Dialog = DIALOGS[action];
  return <Dialog {...rest} />;
}
