import type { ProposalView, RpcActor } from '@civic/contracts';
import { checkBudgetLinesAddUp, checkRequestedAmount, proposalStatus } from '@civic/domain/venture';
import { AuditTrail } from '@civic/platform/audit';
import { GroupCommit, type GroupCommitOptions, type Outcome } from '@civic/platform/messaging';
import { PersonalDataCipher } from '@civic/platform/pii';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { VentureCall } from '../calls/call.entity';
import { assertAllowed, assertValid } from '../rule-errors';
import { answersTo, deadlinePassed, notOwnDraft, proposalFrozen } from './proposal-rules';
import { Proposal } from './proposal.entity';
import { proposalView, shownContact } from './proposal.mapper';
import { ProposalsRepository } from './proposals.repository';

export const PROPOSAL_BATCHING = Symbol('PROPOSAL_BATCHING');

export interface SubmitRequest {
  id: string;
  actor: RpcActor;
}

/**
 * Submits drafts (R17), many to a transaction, as lottery-fund's SubmissionWriter stores
 * applications: at a call's deadline every applicant submits at once, and one transaction each
 * would queue them all on the audit chain's lock (R31). A batch (GroupCommit) locks its drafts in
 * id order, reads their calls, checks each draft on its own, submits the ones that pass in one
 * UPDATE that keeps the deadline by the database clock row by row, appends their audit entries
 * under one take of the lock, and commits once; only then is anyone answered, each with its own
 * proposal or refusal.
 */
@Injectable()
export class ProposalSubmitter {
  private readonly writer: GroupCommit<SubmitRequest, ProposalView>;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly repository: ProposalsRepository,
    private readonly cipher: PersonalDataCipher,
    @Inject(PROPOSAL_BATCHING) batching: GroupCommitOptions,
  ) {
    this.writer = new GroupCommit(
      dataSource,
      (manager, requests) => this.store(manager, requests),
      batching,
      new Logger(ProposalSubmitter.name),
    );
  }

  /** Resolves once the proposal is submitted and its audit entry committed. */
  submit(request: SubmitRequest): Promise<ProposalView> {
    return this.writer.submit(request);
  }

  /** The requests' submissions and audit entries, in the caller's transaction. */
  private async store(
    manager: EntityManager,
    requests: SubmitRequest[],
  ): Promise<Outcome<ProposalView>[]> {
    const ids = [...new Set(requests.map((r) => r.id))];
    const proposals = new Map(
      (
        await manager.find(Proposal, {
          where: { id: In(ids) },
          order: { id: 'ASC' },
          lock: { mode: 'pessimistic_write' },
        })
      ).map((p) => [p.id, p]),
    );
    const callIds = [...new Set([...proposals.values()].map((p) => p.callId))];
    const calls = new Map(
      (await manager.findBy(VentureCall, { id: In(callIds) })).map((c) => [c.id, c]),
    );
    const outcomes: Outcome<ProposalView>[] = [];
    const checked: { index: number; proposal: Proposal; call: VentureCall }[] = [];
    const claimed = new Set<string>();
    requests.forEach(({ id, actor }, index) => {
      const proposal = proposals.get(id);
      // The same draft twice in one batch: the second finds it submitted, as it would alone.
      const refusal =
        notOwnDraft(proposal, id, actor) ?? (claimed.has(id) ? proposalFrozen() : undefined);
      if (refusal) {
        outcomes[index] = { refusal };
        return;
      }
      const call = calls.get(proposal!.callId)!;
      try {
        checkDraft(proposal!, call);
      } catch (error) {
        outcomes[index] = { refusal: error as Error };
        return;
      }
      claimed.add(id);
      checked.push({ index, proposal: proposal!, call });
    });
    const submittedAt = await this.repository.submitManyBefore(
      manager,
      checked.map(({ proposal, call }) => ({ id: proposal.id, deadline: call.deadline })),
    );
    const submitted = checked.filter(({ index, proposal, call }) => {
      const at = submittedAt.get(proposal.id);
      if (!at) outcomes[index] = { refusal: deadlinePassed(call) };
      else {
        proposal.status = proposalStatus.next(proposal.status, 'SUBMIT');
        proposal.submittedAt = at;
      }
      return at !== undefined;
    });
    await this.audit.recordMany(
      manager,
      submitted.map(({ index, proposal }) => ({
        actor: requests[index].actor,
        action: 'proposal.submitted',
        entityType: 'proposal',
        entityId: proposal.id,
        after: proposal,
      })),
    );
    for (const { index, proposal, call } of submitted) {
      const view = proposalView(
        proposal,
        call.name,
        shownContact(proposal, requests[index].actor, this.cipher),
      );
      outcomes[index] = { value: view };
    }
    return outcomes;
  }
}

/** R17: the budget lines add up to the amount asked, which fits the call's range; issue #17: every required added question is answered. */
function checkDraft(proposal: Proposal, call: VentureCall): void {
  assertValid(checkBudgetLinesAddUp(proposal.budgetLines, proposal.requestedFen), 'R17', '');
  answersTo(call, proposal.answers);
  assertAllowed(
    checkRequestedAmount(proposal.requestedFen, { minFen: call.minFen, maxFen: call.maxFen }),
    'R17',
    'requestedFen',
  );
}
