import { stateMachine } from '@civic/domain/programme';

/**
 * A proposal (rule R17, rule R19): a DRAFT the organization edits, SUBMITTED (frozen) before the
 * call's deadline, then AWARDED in ranked order; NOT_AWARDED once the call is decided without it.
 */
export type ProposalStatus = 'DRAFT' | 'SUBMITTED' | 'AWARDED' | 'NOT_AWARDED';

export const PROPOSAL_STATUSES: readonly ProposalStatus[] = Object.freeze([
  'DRAFT',
  'SUBMITTED',
  'AWARDED',
  'NOT_AWARDED',
]);

export const proposalStatus = stateMachine<ProposalStatus, 'SUBMIT' | 'AWARD' | 'PASS_OVER'>({
  name: 'proposal',
  nameZh: '项目书',
  rule: 'R17',
  transitions: {
    DRAFT: { SUBMIT: 'SUBMITTED' },
    SUBMITTED: { AWARD: 'AWARDED', PASS_OVER: 'NOT_AWARDED' },
    AWARDED: {},
    NOT_AWARDED: {},
  },
});
