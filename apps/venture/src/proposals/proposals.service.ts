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
import { AuditTrail } from '@civic/platform/audit';
import { PersonalDataCipher, sealPayeeAccount, sealPhone } from '@civic/platform/pii';
import { authorize } from '@civic/platform/rpc';
import { knownOrganization } from '@civic/platform/snapshots';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ownOrganization } from '../access';
import { Proposal } from './proposal.entity';
import { proposalView, shownContact } from './proposal.mapper';
import { answersTo, openCall, ownDraft } from './proposal-rules';
import { ProposalSubmitter } from './proposal-submitter';

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
    private readonly cipher: PersonalDataCipher,
    private readonly submitter: ProposalSubmitter,
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

  /** Submits the draft (R17); submissions arriving together share a transaction (ProposalSubmitter). */
  async submit(id: string, actor: RpcActor): Promise<ProposalView> {
    authorize(actor, Permission.VENTURE_APPLY);
    validatePlain(IdRef, { id }, 'proposal');
    return this.submitter.submit({ id, actor });
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
