import {
  type ApplicantOutcomeView,
  IdRef,
  type RpcActor,
  validatePlain,
  type VentureRankingView,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { applicantOutcome, type ApplicantOutcomeInput } from '@civic/domain/programme';
import { scoresOpen } from '@civic/domain/venture';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { VentureCall } from '../calls/call.entity';
import { Proposal } from '../proposals/proposal.entity';
import type { Award } from './award.entity';
import { AwardsRepository } from './awards.repository';
import { rankCall } from './call-ranking';

/**
 * What an organization is told about its own proposal (issue #18, as incubation tells its
 * applicants): once the call's awards begin, its scores are final and its ranking decided (R19,
 * scoresOpen), so its rank of how many, its merit and priority bonus with every reason (R13), and
 * funded, to be funded, or not funded and why (R14, R27: applicantOutcome); before that, that
 * the ranking is not decided. Another organization's proposal is unknown (issue #15).
 */
@Injectable()
export class ProposalOutcomeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: AwardsRepository,
  ) {}

  async outcome(id: string, actor: RpcActor): Promise<ApplicantOutcomeView> {
    authorize(actor, Permission.VENTURE_APPLY);
    validatePlain(IdRef, { id }, 'proposal');
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const proposal = await manager.findOneBy(Proposal, { id });
      if (!proposal || proposal.organizationId !== actor.organizationId) {
        throw ServiceError.notVisible('proposal', id);
      }
      const call = await manager.findOneByOrFail(VentureCall, { id: proposal.callId });
      const inputs = await this.repository.rankingInputs(manager, call.id);
      const decided = !scoresOpen({ awardsBegun: inputs.awards.length > 0 }).ok;
      const ranking = decided && proposal.status !== 'DRAFT' ? rankCall(call, inputs) : null;
      const row = ranking?.rows.find((r) => r.proposalId === id);
      const award = inputs.awards.find((a) => a.id === id);
      const told = applicantOutcome({
        id,
        ranking: ranking && { rows: outcomeRows(ranking), remainingFen: ranking.remainingFen },
        decision: decisionOf(award),
      });
      return {
        id,
        ...told,
        bonus: proposal.priority.bonus,
        reasons: proposal.priority.reasons,
        ...(row ? { merit: row.merit, rankScore: row.rankScore } : {}),
        ...(award ? { comment: award.comment } : {}),
      };
    });
  }
}

/** The ranking's rows as applicantOutcome reads them (ranks, areas, requests, outcomes). */
function outcomeRows(ranking: VentureRankingView) {
  return ranking.rows.map((r) => ({
    id: r.proposalId,
    rank: r.rank,
    rural: r.rural,
    requestedFen: r.requestedFen,
    outcome: r.outcome as 'FUNDED_FROM_RESERVE' | 'FUNDED_FROM_GENERAL' | 'NOT_FUNDED',
  }));
}

/** An award made is funded from its source, unless finance refused its commitment (R27). */
function decisionOf(award: Award | undefined): ApplicantOutcomeInput['decision'] {
  if (!award) return { kind: 'NONE' };
  if (award.status === 'COMMITMENT_REFUSED' && award.statusReason) {
    const { code, message, messageZh } = award.statusReason;
    const rule = /R\d+/.exec(code)?.[0] ?? 'R27';
    return { kind: 'REFUSED', refusal: { code, rule, message, messageZh } };
  }
  return { kind: 'FUNDED', source: award.source };
}
