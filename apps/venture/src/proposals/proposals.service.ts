import { randomUUID } from 'node:crypto';
import {
  CreateProposalDto,
  IdRef,
  ProposalContentDto,
  type ProposalView,
  type RpcActor,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { type PriorityPolicy, priorityScore } from '@civic/domain/priority';
import { priorityPolicyResolver } from '@civic/platform/policy-copies';
import {
  checkBudgetLinesAddUp,
  checkRequestedAmount,
  isBeforeDeadline,
  proposalStatus,
} from '@civic/domain/venture';
import { AuditTrail } from '@civic/platform/audit';
import { checkedAnswers } from '@civic/platform/forms';
import { PersonalDataCipher, sealPayeeAccount, sealPhone } from '@civic/platform/pii';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { knownOrganization } from '@civic/platform/snapshots';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ownOrganization } from '../access';
import { VentureCall } from '../calls/call.entity';
import { assertAllowed, assertValid } from '../rule-errors';
import { Proposal } from './proposal.entity';
import { proposalView, shownContact } from './proposal.mapper';
import { ProposalsRepository } from './proposals.repository';

/**
 * Proposals (R17): an organization writes a draft, changes it until it submits, and submits it
 * before the call's deadline. Submission checks the budget lines add up to the amount asked and the
 * amount fits the call's range, then freezes the proposal. The deadline is checked by the database
 * clock in the same statement that submits, so nothing is accepted at or after it.
 */
@Injectable()
export class ProposalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly repository: ProposalsRepository,
    private readonly cipher: PersonalDataCipher,
  ) {}

  async create(input: unknown, actor: RpcActor, now = new Date()): Promise<ProposalView> {
    authorize(actor, Permission.VENTURE_APPLY);
    const organizationId = ownOrganization(actor);
    const dto = validatePlain(CreateProposalDto, input, 'proposal');
    return this.dataSource.transaction(async (manager) => {
      const call = await openCall(manager, dto.callId, now);
      const org = await knownOrganization(manager, organizationId, '公益创投系统');
      const { callId: _callId, answers, ...content } = dto;
      const proposal = manager.create(Proposal, {
        id: randomUUID(),
        ...answersTo(call, answers, { draft: true }),
        callId: call.id,
        organizationId,
        organizationName: org.name,
        organizationAreaType: org.areaType,
        ...content,
        ...this.sealed(content),
        status: 'DRAFT',
        ...priorityOf(org, content, await priorityPolicyResolver(manager)),
        submittedAt: null,
        createdBy: actor.userId,
      });
      await manager.insert(Proposal, proposal);
      return proposalView(proposal, call.name, shownContact(proposal, actor, this.cipher));
    });
  }

  /** A draft's content, replaced whole; a submitted proposal is frozen (R17). */
  async update(
    id: string,
    input: unknown,
    actor: RpcActor,
    now = new Date(),
  ): Promise<ProposalView> {
    authorize(actor, Permission.VENTURE_APPLY);
    validatePlain(IdRef, { id }, 'proposal');
    const content = validatePlain(ProposalContentDto, input, 'proposal');
    return this.dataSource.transaction(async (manager) => {
      const proposal = await ownDraft(manager, id, actor);
      const call = await openCall(manager, proposal.callId, now);
      const org = await knownOrganization(manager, proposal.organizationId, '公益创投系统');
      const policy = await priorityPolicyResolver(manager);
      const { answers, ...fixed } = content;
      Object.assign(
        proposal,
        fixed,
        answersTo(call, answers, { draft: true }),
        this.sealed(content),
        priorityOf(org, content, policy),
      );
      await manager.save(proposal);
      return proposalView(proposal, call.name, shownContact(proposal, actor, this.cipher));
    });
  }

  /** A draft the organization no longer wants is deleted; a submitted proposal stays (R17). */
  async discard(id: string, actor: RpcActor): Promise<{ id: string }> {
    authorize(actor, Permission.VENTURE_APPLY);
    validatePlain(IdRef, { id }, 'proposal');
    return this.dataSource.transaction(async (manager) => {
      const proposal = await ownDraft(manager, id, actor);
      await manager.delete(Proposal, { id, status: 'DRAFT' });
      await this.audit.record(manager, {
        actor,
        action: 'proposal.discarded',
        entityType: 'proposal',
        entityId: id,
        before: proposal,
      });
      return { id };
    });
  }

  async submit(id: string, actor: RpcActor): Promise<ProposalView> {
    authorize(actor, Permission.VENTURE_APPLY);
    validatePlain(IdRef, { id }, 'proposal');
    return this.dataSource.transaction(async (manager) => {
      const proposal = await ownDraft(manager, id, actor);
      const call = await manager.findOneByOrFail(VentureCall, { id: proposal.callId });
      assertValid(checkBudgetLinesAddUp(proposal.budgetLines, proposal.requestedFen), 'R17', '');
      // issue #17: every required added question is answered before the proposal is submitted.
      answersTo(call, proposal.answers);
      assertAllowed(
        checkRequestedAmount(proposal.requestedFen, { minFen: call.minFen, maxFen: call.maxFen }),
        'R17',
        'requestedFen',
      );
      const submittedAt = await this.repository.submitBefore(manager, id, call.deadline);
      if (!submittedAt) throw deadlinePassed(call);
      proposal.status = proposalStatus.next(proposal.status, 'SUBMIT');
      proposal.submittedAt = submittedAt;
      await this.audit.record(manager, {
        actor,
        action: 'proposal.submitted',
        entityType: 'proposal',
        entityId: id,
        after: proposal,
      });
      return proposalView(proposal, call.name, shownContact(proposal, actor, this.cipher));
    });
  }

  /** R30: the phone and the account number are stored sealed, and shown masked. */
  private sealed(
    content: Pick<ProposalContentDto, 'contactPhone' | 'bankAccount'>,
  ): Pick<Proposal, 'contactPhone' | 'contactPhoneMasked' | 'bankAccount'> {
    const sealed = sealPhone(this.cipher, content.contactPhone);
    return {
      contactPhone: sealed.cipher,
      contactPhoneMasked: sealed.masked,
      bankAccount: sealPayeeAccount(this.cipher, content.bankAccount),
    };
  }
}

// rule R13: the score under the priority policy in force for the organization's county today
// (issue #17); it stamps that version.
function priorityOf(
  org: Awaited<ReturnType<typeof knownOrganization>>,
  content: ProposalContentDto,
  policyFor: (countyCode?: string) => PriorityPolicy,
): Pick<Proposal, 'priority' | 'priorityBonus'> {
  const score = priorityScore(
    org,
    { areaType: content.projectAreaType, servedGroups: content.servedGroups },
    policyFor(org.countyCode),
  );
  return { priority: score, priorityBonus: score.bonus };
}

/** The answers to the call's added questions, checked against its form (issue #17). */
function answersTo(
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
async function openCall(manager: EntityManager, id: string, now: Date): Promise<VentureCall> {
  const call = await manager.findOne(VentureCall, {
    where: { id },
    lock: { mode: 'pessimistic_read' },
  });
  if (!call) throw ServiceError.notFound('call', id);
  if (!isBeforeDeadline(now, call.deadline)) throw deadlinePassed(call);
  return call;
}

async function ownDraft(manager: EntityManager, id: string, actor: RpcActor): Promise<Proposal> {
  const proposal = await manager.findOne(Proposal, {
    where: { id },
    lock: { mode: 'pessimistic_write' },
  });
  if (!proposal) throw ServiceError.notFound('proposal', id);
  // Applicants see their own organization's proposals only (ProposalsQueries): another's is unknown.
  if (proposal.organizationId !== actor.organizationId)
    throw ServiceError.notVisible('proposal', id);
  if (proposal.status !== 'DRAFT') {
    throw new ServiceError(
      409,
      'RULE_R17_PROPOSAL_FROZEN',
      'rule R17: a submitted proposal is frozen',
      undefined,
      '规则 R17：项目书提交后不能再修改',
    );
  }
  return proposal;
}

function deadlinePassed(call: VentureCall): ServiceError {
  return new ServiceError(
    409,
    'RULE_R17_DEADLINE_PASSED',
    `rule R17: the call closed at ${call.deadline.toISOString()}; nothing is submitted after its deadline`,
    undefined,
    '规则 R17：征集已截止，不再受理提交',
  );
}
