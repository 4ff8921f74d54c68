import type { BlindProposalView, ProposalView, RpcActor } from '@civic/contracts';
import { hasPermission, Permission } from '@civic/domain/access';
import type { PersonalDataCipher } from '@civic/platform/pii';
import type { Proposal } from './proposal.entity';

/**
 * The phone a view shows (R30): masked, except to the organization's own applicant while the
 * proposal is its draft, whose edit form carries the number it typed back unchanged.
 */
export function shownPhone(p: Proposal, actor: RpcActor, cipher: PersonalDataCipher): string {
  const ownDraft =
    p.status === 'DRAFT' &&
    p.organizationId === actor.organizationId &&
    hasPermission(actor.roles, Permission.VENTURE_APPLY);
  return ownDraft ? cipher.decrypt(p.contactPhone) : p.contactPhoneMasked;
}

/** A proposal with who proposes it; `contactPhone` as `shownPhone` decides. */
export function proposalView(p: Proposal, callName: string, contactPhone: string): ProposalView {
  return {
    id: p.id,
    callId: p.callId,
    callName,
    organizationId: p.organizationId,
    organizationName: p.organizationName,
    organizationAreaType: p.organizationAreaType,
    title: p.title,
    summary: p.summary,
    projectAreaType: p.projectAreaType,
    servedGroups: p.servedGroups,
    budgetLines: p.budgetLines,
    requestedFen: p.requestedFen,
    contactName: p.contactName,
    contactPhone,
    bankAccount: p.bankAccount,
    status: p.status,
    ...(p.submittedAt ? { submittedAt: new Date(p.submittedAt).toISOString() } : {}),
    priority: p.priority,
  };
}

/** Blind review (R18): the project without who proposes it, how to reach them or pay them. */
export function blindView(p: Proposal, callName: string): BlindProposalView {
  return {
    id: p.id,
    callId: p.callId,
    callName,
    title: p.title,
    summary: p.summary,
    projectAreaType: p.projectAreaType,
    servedGroups: p.servedGroups,
    budgetLines: p.budgetLines,
    requestedFen: p.requestedFen,
  };
}
