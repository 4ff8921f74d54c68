import type { BlindProposalView, ProposalView } from '@civic/contracts';
import type { Proposal } from './proposal.entity';

export function proposalView(p: Proposal, callName: string): ProposalView {
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
    contactPhone: p.contactPhone,
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
