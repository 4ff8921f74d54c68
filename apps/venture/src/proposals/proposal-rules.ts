import type { RpcActor } from '@civic/contracts';
import { isBeforeDeadline } from '@civic/domain/venture';
import { checkedAnswers } from '@civic/platform/forms';
import { ServiceError } from '@civic/platform/rpc';
import type { EntityManager } from 'typeorm';
import { VentureCall } from '../calls/call.entity';
import { Proposal } from './proposal.entity';

/** The answers to the call's added questions, checked against its form (issue #17). */
export function answersTo(
  call: VentureCall,
  answers: unknown,
  options: { draft?: boolean } = {},
): Pick<Proposal, 'answers' | 'formVersion'> {
  const owner = { owner: 'venture-call' as const, id: call.id, version: call.formVersion };
  return {
    answers: checkedAnswers(call.form, answers, owner, options),
    formVersion: call.formVersion,
  };
}

/** The call, open, held FOR SHARE so that its form does not change under a proposal (issue #17). */
export async function openCall(
  manager: EntityManager,
  id: string,
  now: Date,
): Promise<VentureCall> {
  const call = await manager.findOne(VentureCall, {
    where: { id },
    lock: { mode: 'pessimistic_read' },
  });
  if (!call) throw ServiceError.notFound('call', id);
  if (!isBeforeDeadline(now, call.deadline)) throw deadlinePassed(call);
  return call;
}

/** The actor's organization's draft, locked for the change. */
export async function ownDraft(
  manager: EntityManager,
  id: string,
  actor: RpcActor,
): Promise<Proposal> {
  const proposal = await manager.findOne(Proposal, {
    where: { id },
    lock: { mode: 'pessimistic_write' },
  });
  const refusal = notOwnDraft(proposal, id, actor);
  if (refusal) throw refusal;
  return proposal!;
}

/** Why `proposal` is not a draft of the actor's organization, or undefined when it is. */
export function notOwnDraft(
  proposal: Proposal | null | undefined,
  id: string,
  actor: RpcActor,
): ServiceError | undefined {
  if (!proposal) return ServiceError.notFound('proposal', id);
  // Applicants see their own organization's proposals only (ProposalsQueries): another's is unknown.
  if (proposal.organizationId !== actor.organizationId) {
    return ServiceError.notVisible('proposal', id);
  }
  if (proposal.status !== 'DRAFT') return proposalFrozen();
  return undefined;
}

/** 409: a submitted proposal is frozen (R17). */
export function proposalFrozen(): ServiceError {
  return new ServiceError(
    409,
    'RULE_R17_PROPOSAL_FROZEN',
    'rule R17: a submitted proposal is frozen',
    undefined,
    '规则 R17：项目书提交后不能再修改',
  );
}

export function deadlinePassed(call: VentureCall): ServiceError {
  return new ServiceError(
    409,
    'RULE_R17_DEADLINE_PASSED',
    `rule R17: the call closed at ${call.deadline.toISOString()}; nothing is submitted after its deadline`,
    undefined,
    '规则 R17：征集已截止，不再受理提交',
  );
}
