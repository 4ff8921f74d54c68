import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AdmissionOutcome,
  CohortPhase,
  DeadlineView,
  IncubateeStatus,
  SubsidyStatus,
} from '../api/types';
import { useLocalizedMessage } from '../organizations/localized';

/** An enum value as a coloured tag, labelled from `enums.<group>` unless given children. */
function EnumTag<V extends string>(props: {
  group: string;
  value: V;
  colors: Record<V, string>;
  testId?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { group, value, colors, testId, children } = props;
  return (
    <Tag color={colors[value]} data-testid={testId} data-value={value}>
      {children ?? t(`enums.${group}.${value}`)}
    </Tag>
  );
}

const PHASE_COLORS: Record<CohortPhase, string> = {
  UPCOMING: 'default',
  OPEN: 'green',
  CLOSED: 'gold',
  DECIDED: 'blue',
};

/** Before the window, open, closed awaiting answers, or decided (R16). */
export const PhaseTag = ({ phase }: { phase: CohortPhase }) => (
  <EnumTag group="cohortPhase" value={phase} colors={PHASE_COLORS} testId="cohort-phase" />
);

const OUTCOME_COLORS: Record<AdmissionOutcome, string> = {
  ADMITTED: 'green',
  WAITLISTED: 'gold',
  REJECTED: 'default',
};

/** 入驻, 候补 with the place on the waiting list, or 未通过 (R16). */
export function OutcomeTag(props: { outcome: AdmissionOutcome; waitlistPosition?: number }) {
  const { t } = useTranslation();
  const { outcome, waitlistPosition } = props;
  return (
    <EnumTag group="admissionStatus" value={outcome} colors={OUTCOME_COLORS} testId="outcome-tag">
      {outcome === 'WAITLISTED' && waitlistPosition !== undefined
        ? t('incubation.outcome.waitlisted', { position: waitlistPosition })
        : undefined}
    </EnumTag>
  );
}

const INCUBATEE_COLORS: Record<IncubateeStatus, string> = {
  ACTIVE: 'processing',
  GRADUATED: 'success',
  EXITED: 'default',
};

export const IncubateeStatusTag = ({ status }: { status: IncubateeStatus }) => (
  <EnumTag
    group="incubateeStatus"
    value={status}
    colors={INCUBATEE_COLORS}
    testId="incubatee-status"
  />
);

const SUBSIDY_COLORS: Record<SubsidyStatus, string> = {
  REQUESTED: 'gold',
  COMMITTED: 'blue',
  PAID: 'success',
  REFUSED: 'magenta',
  PAYMENT_FAILED: 'error',
  WITHDRAWING: 'warning',
  WITHDRAWN: 'default',
};

export const SubsidyStatusTag = ({ status }: { status: SubsidyStatus }) => (
  <EnumTag group="subsidyStatus" value={status} colors={SUBSIDY_COLORS} testId="subsidy-status" />
);

const DEADLINE_COLORS: Record<DeadlineView['status'], string> = {
  DONE: 'success',
  DONE_LATE: 'warning',
  PENDING: 'processing',
  OVERDUE: 'red',
};

/** A working-day deadline (R16) and where it stands; red once overdue. */
export function DeadlineTag({ deadline, testId }: { deadline: DeadlineView; testId: string }) {
  const localized = useLocalizedMessage();
  return (
    <div data-testid={testId} data-status={deadline.status}>
      <EnumTag group="deadlineStatus" value={deadline.status} colors={DEADLINE_COLORS} />
      <div className={deadline.status === 'OVERDUE' ? 'danger-text' : 'secondary-text'}>
        {localized(deadline)}
      </div>
    </div>
  );
}
