import {
  type ApplicantOutcomeView,
  IdRef,
  type RankingView,
  type RpcActor,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { applicantOutcome, type ApplicantOutcomeInput } from '@civic/domain/programme';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SubsidyProgramme } from '../programmes/entities/subsidy-programme.entity';
import { ApplicationsRepository } from './applications.repository';
import { SubsidyApplication } from './entities/subsidy-application.entity';
import { FUNDED_STATUSES, outcomeRanking } from './outcome-ranking';

/**
 * What an organization is told about its own application (issue #18, as incubation tells its
 * applicants): once decided, its rank of how many in the programme's ranking (R13), its merit and
 * priority bonus with every reason, and funded, not funded and why (below the cut-off, the rural
 * reserve used (R14), the budget spent (R27)), or refused with its rule (applicantOutcome), in
 * the ranking of every assessed application (outcomeRanking): a rejection the ranking explains is
 * told by it. An undecided one is told only that it is not decided. Another organization's
 * application is unknown (issue #15).
 */
@Injectable()
export class ApplicationOutcomeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ApplicationsRepository,
  ) {}

  async outcome(id: string, actor: RpcActor): Promise<ApplicantOutcomeView> {
    authorize(actor, Permission.SUBSIDY_APPLY);
    validatePlain(IdRef, { id }, 'application');
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const application = await manager.findOneBy(SubsidyApplication, { id });
      if (!application || application.organizationId !== actor.organizationId) {
        throw ServiceError.notVisible('subsidy application', id);
      }
      let ranking: RankingView | null = null;
      if (application.status !== 'SUBMITTED') {
        const programme = await manager.findOneByOrFail(SubsidyProgramme, {
          id: application.programmeId,
        });
        const assessed = await this.repository.assessed(manager, programme.id);
        ranking = outcomeRanking(programme, assessed, application);
      }
      const row = ranking?.rows.find((r) => r.applicationId === id);
      const told = applicantOutcome({
        id,
        ranking: ranking && { rows: outcomeRows(ranking), remainingFen: ranking.remainingFen },
        decision: decisionOf(application),
      });
      return {
        id,
        ...told,
        bonus: application.priority.bonus,
        reasons: application.priority.reasons,
        ...(row ? { merit: row.merit, rankScore: row.rankScore } : {}),
        ...(application.decision ? { comment: application.decision.comment } : {}),
      };
    });
  }
}

/** The ranking's rows as applicantOutcome reads them (ranks, areas, requests, outcomes). */
function outcomeRows(ranking: RankingView) {
  return ranking.rows.map((r) => ({
    id: r.applicationId,
    rank: r.rank,
    rural: r.rural,
    requestedFen: r.requestedFen,
    outcome: r.outcome as 'FUNDED_FROM_RESERVE' | 'FUNDED_FROM_GENERAL' | 'NOT_FUNDED',
  }));
}

/**
 * An approval that stands is funded from where the ranking took its money (R14); a rejection is
 * the officer's (lotteryDecision, R20), with the comment the applicant sees; a refusal by finance
 * (R27) or a withdrawal keeps its reason.
 */
function decisionOf(a: SubsidyApplication): ApplicantOutcomeInput['decision'] {
  if (a.status === 'SUBMITTED') return { kind: 'NONE' };
  if (FUNDED_STATUSES.includes(a.status)) {
    return { kind: 'FUNDED', source: a.fundingSource ?? 'GENERAL' };
  }
  if (a.status === 'REJECTED') {
    const comment = a.decision?.comment ?? '';
    return {
      kind: 'REFUSED',
      refusal: {
        code: 'OFFICER_REJECTED',
        rule: 'R20',
        message: `rejected by the programme officer: ${comment}`,
        messageZh: `审核未通过：${comment}`,
      },
    };
  }
  const reason = a.statusReason;
  return {
    kind: 'REFUSED',
    refusal: {
      code: reason?.code ?? a.status,
      rule: /R\d+/.exec(reason?.code ?? '')?.[0] ?? 'R27',
      message: reason?.message ?? `the subsidy is ${a.status.toLowerCase().replace('_', ' ')}`,
      messageZh: reason?.messageZh ?? '资助未能落实',
    },
  };
}
