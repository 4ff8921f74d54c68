import { stateMachine, type TransitionCheck } from '@civic/domain/programme';

/**
 * A proposed change of policy (issue #17; R28's four eyes applied to policy): one administrator
 * PROPOSES a new version with a reason and an effective date; a second one APPROVES or REJECTS it.
 * The proposer may WITHDRAW it while it waits. An approved version is never edited: a later change
 * is a new version.
 */
export type PolicyChangeStatus = 'PROPOSED' | 'APPROVED' | 'REJECTED' | 'WITHDRAWN';

export type PolicyChangeEvent = 'APPROVE' | 'REJECT' | 'WITHDRAW';

export const policyChange = stateMachine<PolicyChangeStatus, PolicyChangeEvent>({
  name: 'policy change',
  nameZh: '政策变更',
  rule: 'R28',
  transitions: {
    PROPOSED: { APPROVE: 'APPROVED', REJECT: 'REJECTED', WITHDRAW: 'WITHDRAWN' },
    APPROVED: {},
    REJECTED: {},
    WITHDRAWN: {},
  },
});

export type PolicyDecisionCheck =
  | { ok: true; next: PolicyChangeStatus }
  | { ok: false; code: string; message: string; messageZh: string };

// rule R28: who may move a proposed change: a second administrator decides, only its proposer
// withdraws; and only a change still PROPOSED moves.
export function checkPolicyDecision(input: {
  status: PolicyChangeStatus;
  event: PolicyChangeEvent;
  proposedBy: string;
  actor: string;
}): PolicyDecisionCheck {
  const { status, event, proposedBy, actor } = input;
  const move: TransitionCheck<PolicyChangeStatus, PolicyChangeEvent> = policyChange.check(
    status,
    event,
  );
  if (!move.ok) {
    return { ok: false, code: 'STATE_TRANSITION_REFUSED', ...texts(move) };
  }
  if (event === 'WITHDRAW' && actor !== proposedBy) {
    return {
      ok: false,
      code: 'RULE_R28_NOT_PROPOSER',
      message: 'rule R28: only the administrator who proposed a policy change may withdraw it',
      messageZh: '规则 R28：只有提出政策变更的管理员可以撤回',
    };
  }
  if (event !== 'WITHDRAW' && actor === proposedBy) {
    return {
      ok: false,
      code: 'RULE_R28_SAME_PERSON',
      message:
        'rule R28: a second administrator decides a policy change, not the one who proposed it',
      messageZh: '规则 R28：政策变更须由提出人以外的另一名管理员审批',
    };
  }
  return { ok: true, next: move.next };
}

function texts(refusal: { message: string; messageZh: string }) {
  return { message: refusal.message, messageZh: refusal.messageZh };
}
