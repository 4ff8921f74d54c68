import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useVentureLabels } from './labels';
import type {
  AwardSource,
  AwardStatus,
  CallPhase,
  MilestoneState,
  ProposalStatus,
  TranchePayment,
  VentureOutcome,
} from './types';

const PHASE: Record<CallPhase, string> = {
  OPEN: 'green',
  CLOSED: 'gold',
  DRAWN: 'blue',
  AWARDED: 'purple',
};
const PROPOSAL: Record<ProposalStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'gold',
  AWARDED: 'success',
  NOT_AWARDED: 'volcano',
};
const AWARD: Record<AwardStatus, string> = {
  AWARDED: 'gold',
  COMMITTED: 'success',
  COMMITMENT_REFUSED: 'error',
  CLOSING: 'warning',
  CLOSED: 'default',
};
const PAYMENT: Record<TranchePayment, string> = {
  NOT_RELEASED: 'default',
  REQUESTED: 'processing',
  PAID: 'success',
  PAYMENT_FAILED: 'error',
  CANCELLED: 'default',
};
// issue #18: a reported milestone waiting for its evaluation is the normal course: blue, not orange.
const MILESTONE: Record<MilestoneState, string> = {
  PENDING: 'default',
  SUBMITTED: 'processing',
  APPROVED: 'success',
  FAILED: 'error',
};
export const OUTCOME_COLORS: Record<VentureOutcome, string> = {
  FUNDED_FROM_RESERVE: 'green',
  FUNDED_FROM_GENERAL: 'blue',
  NOT_FUNDED: 'default',
};

/** A tag with the value in data-status, labelled from venture.<group> in the UI language. */
function StatusTag(props: { group: string; value: string; color: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={props.color} data-testid={props.testId} data-status={props.value}>
      {t(`venture.${props.group}.${props.value}`)}
    </Tag>
  );
}

export const PhaseTag = ({ phase }: { phase: CallPhase }) => (
  <StatusTag group="phase" value={phase} color={PHASE[phase]} testId="call-phase" />
);

export const ProposalStatusTag = ({ status }: { status: ProposalStatus }) => (
  <StatusTag
    group="proposalStatus"
    value={status}
    color={PROPOSAL[status]}
    testId="proposal-status"
  />
);

export const AwardStatusTag = ({ status }: { status: AwardStatus }) => (
  <StatusTag group="awardStatus" value={status} color={AWARD[status]} testId="award-status" />
);

export const PaymentTag = ({ payment }: { payment: TranchePayment }) => (
  <StatusTag group="payment" value={payment} color={PAYMENT[payment]} testId="tranche-payment" />
);

export const SourceTag = ({ source }: { source: AwardSource }) => (
  <StatusTag
    group="source"
    value={source}
    color={source === 'RURAL_RESERVE' ? 'green' : 'blue'}
    testId="award-source"
  />
);

/**
 * Where a milestone stands, in the domain's words (R19); the first one is the signing of the
 * agreement, so it says signed or not.
 */
export function MilestoneTag({ state, signing }: { state: MilestoneState; signing?: boolean }) {
  const { t } = useTranslation();
  const labels = useVentureLabels();
  const label = signing
    ? t(state === 'APPROVED' ? 'venture.tranches.signed' : 'venture.tranches.unsigned')
    : labels.milestone(state);
  return (
    <Tag color={MILESTONE[state]} data-testid="milestone" data-status={state}>
      {label}
    </Tag>
  );
}
