import type { BlindProposalView, PayeeAccountDto, ProposalView, RpcActor } from '@civic/contracts';
import { hasPermission, Permission } from '@civic/domain/access';
import { openPayeeAccount, type PersonalDataCipher } from '@civic/platform/pii';
import type { Proposal } from './proposal.entity';

/** How a view shows the proposal's phone and payee account (R30). */
export interface ShownContact {
  contactPhone: string;
  bankAccount: PayeeAccountDto;
}

/**
 * The phone and account a view shows (R30): masked, except to the organization's own applicant
 * while the proposal is its draft, whose edit form carries the numbers it typed back unchanged.
 */
export function shownContact(
  p: Proposal,
  actor: RpcActor,
  cipher: PersonalDataCipher,
): ShownContact {
  const ownDraft =
    p.status === 'DRAFT' &&
    p.organizationId === actor.organizationId &&
    hasPermission(actor.roles, Permission.VENTURE_APPLY);
  if (ownDraft) {
    const { bankCode, ...account } = openPayeeAccount(cipher, p.bankAccount);
    return {
      contactPhone: cipher.decrypt(p.contactPhone),
      bankAccount: { ...account, bankCode: bankCode ?? '' },
    };
  }
  const { accountName, bankName, bankCode, accountNumberMasked } = p.bankAccount;
  return {
    contactPhone: p.contactPhoneMasked,
    bankAccount: {
      accountName,
      accountNumber: accountNumberMasked,
      bankName,
      bankCode: bankCode ?? '',
    },
  };
}

/** A proposal with who proposes it; its phone and account as `shownContact` decides. */
export function proposalView(p: Proposal, callName: string, shown: ShownContact): ProposalView {
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
    contactPhone: shown.contactPhone,
    bankAccount: shown.bankAccount,
    status: p.status,
    ...(p.submittedAt ? { submittedAt: new Date(p.submittedAt).toISOString() } : {}),
    priority: p.priority,
    answers: p.answers,
    formVersion: p.formVersion,
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
    answers: p.answers,
  };
}
