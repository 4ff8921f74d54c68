import { randomUUID } from 'node:crypto';
import {
  type ContractView,
  EvaluateContractDto,
  IdRef,
  type RpcActor,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import {
  appendPerformance,
  checkEvaluationScores,
  contractStatus,
  finalEvaluationCheck,
  finalInstalmentAfterEvaluation,
  instalmentRelease,
  monitoringDecision,
  monitoringTarget,
  type PurchasePolicy,
  yearPaysNoMore,
} from '@civic/domain/procurement';
import { AuditTrail } from '@civic/platform/audit';
import { ProgrammeFunding } from '@civic/platform/programme-kit';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DirectoryEntry } from '../directory/directory-entry.entity';
import { yearClosedReason } from '../funding/procurement-funding.port';
import { purchasePolicyInForce } from '../policy/purchase-policy';
import { PurchaseProject } from '../projects/purchase-project.entity';
import { refused } from '../rule-errors';
import { contractCompleted, noYearToEvaluate } from './contract-errors';
import { ContractEvaluation } from './contract-evaluation.entity';
import type { ContractInstalment } from './contract-instalment.entity';
import { contractView } from './contract.mapper';
import type { ContractYear } from './contract-year.entity';
import { Contract } from './contract.entity';
import { ContractsRepository } from './contracts.repository';

/** What an evaluation decided of its instalment, to be recorded with it. */
type Decided = Pick<
  ContractEvaluation,
  'passed' | 'decision' | 'instalmentId' | 'payFen' | 'withheldFen' | 'reason' | 'reasonZh'
>;

/**
 * A contract's performance (R25; Order 102: payment follows the contract and the evaluation). The
 * buyer or a third party evaluates the current contract year, a score per indicator: a monitoring
 * check releases the year's next monitoring instalment when it passes the policy's pass mark and
 * holds it when it fails; the year's final evaluation decides the final instalment
 * (finalInstalmentAfterEvaluation): paid in full, reduced, or held. The final instalment is asked
 * of finance only then, for what is paid; once something is held or reduced the kit releases the
 * unpaid rest (R27). Each evaluation carries the policy version that decided it, and each final
 * one goes onto the undertaker's directory entry (R24).
 */
@Injectable()
export class ContractEvaluationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly funding: ProgrammeFunding,
    private readonly repository: ContractsRepository,
  ) {}

  async evaluate(id: string, input: unknown, actor: RpcActor): Promise<ContractView> {
    authorize(actor, Permission.PROCUREMENT_PURCHASE_MANAGE);
    validatePlain(IdRef, { id }, 'contract');
    const dto = validatePlain(EvaluateContractDto, input, 'evaluation');
    await this.dataSource.transaction(async (manager) => {
      const contract = await this.repository.lockContract(manager, id);
      if (!contract) throw ServiceError.notFound('contract', id);
      if (contract.status !== 'IN_FORCE') throw contractCompleted();
      const years = await this.repository.yearsOf(manager, id);
      const finals = new Set((await this.repository.finalsOf(manager, id)).map((e) => e.yearId));
      const year = years.find((y) => y.commitmentState !== null && !finals.has(y.id));
      if (!year) throw noYearToEvaluate();
      const scores = checkEvaluationScores(contract.indicators, dto.scores, dto.totalScore);
      if (!scores.ok) throw refused(scores);
      const instalments = await this.repository.instalmentsOf(manager, year.id);
      // rule R25: the purchase policy in force today for the project's region (issue #17).
      const { regionCode } = await manager.findOneByOrFail(PurchaseProject, {
        id: contract.projectId,
      });
      const policy = await purchasePolicyInForce(manager, undefined, regionCode);
      const now = await this.repository.databaseNow(manager);
      const decided =
        dto.kind === 'MONITORING'
          ? monitor(policy, dto.totalScore, instalments, now)
          : conclude(policy, dto.totalScore, instalments, now);
      await manager.save(instalments);
      const evaluation = manager.create(ContractEvaluation, {
        id: randomUUID(),
        contractId: id,
        yearId: year.id,
        year: year.year,
        kind: dto.kind,
        evaluator: dto.evaluator,
        evaluatorName: dto.evaluatorName,
        scores: dto.scores.map((s) => ({ indicator: s.indicator.trim(), score: s.score })),
        totalScore: dto.totalScore.toFixed(2),
        ...decided,
        comment: dto.comment,
        policyVersion: policy.version,
        evaluatedBy: actor.name ?? actor.userId,
      });
      await manager.insert(ContractEvaluation, evaluation);
      if (dto.kind === 'FINAL') await this.concludeYear(manager, contract, year, years, evaluation);
      await this.afterEvaluation(manager, year, instalments, evaluation);
      await this.audit.record(manager, {
        actor,
        action: `contract.${dto.kind.toLowerCase()}-evaluated`,
        entityType: 'contract',
        entityId: id,
        after: { ...evaluation, status: contract.status },
      });
    });
    const manager = this.dataSource.manager;
    const contract = await manager.findOneByOrFail(Contract, { id });
    return contractView(contract, await this.repository.parts(manager, [contract]));
  }

  /**
   * The year's final evaluation is in (R24, R25): it goes onto the undertaker's directory entry
   * (its performance history, public), and the last year's completes the contract.
   */
  private async concludeYear(
    manager: EntityManager,
    contract: Contract,
    year: ContractYear,
    years: readonly ContractYear[],
    evaluation: ContractEvaluation,
  ) {
    const entry = await manager.findOneOrFail(DirectoryEntry, {
      where: { id: contract.entryId },
      lock: { mode: 'pessimistic_write' },
    });
    entry.performance = appendPerformance(entry.performance, {
      contractId: contract.id,
      title: contract.title,
      year: year.fiscalYear,
      score: Number(evaluation.totalScore),
      outcome: evaluation.passed ? 'PASSED' : 'FAILED',
    });
    await manager.update(DirectoryEntry, entry.id, { performance: entry.performance });
    if (year.year === years[years.length - 1].year) {
      contract.status = contractStatus.next(contract.status, 'COMPLETE');
      await manager.update(Contract, contract.id, { status: contract.status });
    }
  }

  /**
   * What the evaluation released is asked of finance once the year is committed (R28); after a
   * final evaluation that held or reduced something, the year pays no more and finance releases
   * the unpaid rest, while what is due is still paid (R27). A year finance has not answered yet
   * is settled by the kit when it does (duePayments, paysNoMore).
   */
  private async afterEvaluation(
    manager: EntityManager,
    year: ContractYear,
    instalments: readonly ContractInstalment[],
    evaluation: ContractEvaluation,
  ) {
    if (year.commitmentState !== 'COMMITTED') return;
    await this.funding.requestDuePayments(manager, year.id);
    if (evaluation.kind === 'FINAL' && yearPaysNoMore(true, instalments)) {
      await this.funding.withdraw(manager, year.id, yearClosedReason(evaluation), {
        cancelRequested: false,
      });
    }
  }
}

/**
 * A monitoring check (R25): the year's next monitoring instalment not released yet is released
 * when the check passes and held when it fails; with none left, the check is only recorded.
 */
function monitor(
  policy: PurchasePolicy,
  score: number,
  instalments: ContractInstalment[],
  now: Date,
): Decided {
  const decision = monitoringDecision(policy, score);
  const target = monitoringTarget(instalments);
  const instalment = target === null ? null : instalments[target];
  if (instalment) {
    instalment.release = instalmentRelease.next(instalment.release, decision.decision);
    if (instalment.release === 'RELEASED') instalment.releasedAt = now;
  }
  return {
    passed: decision.passed,
    decision: instalment ? decision.decision : null,
    instalmentId: instalment?.id ?? null,
    payFen: null,
    withheldFen: null,
    reason: decision.reason,
    reasonZh: decision.reasonZh,
  };
}

/**
 * The year's final evaluation (R25, R19): only after its monitoring (409 otherwise); the final
 * instalment is paid in full, reduced (what is paid is what finance will be asked), or held.
 */
function conclude(
  policy: PurchasePolicy,
  score: number,
  instalments: ContractInstalment[],
  now: Date,
): Decided {
  const check = finalEvaluationCheck(instalments);
  if (!check.ok) throw refused(check, 409);
  const final = instalments.find((i) => i.trigger === 'FINAL_EVALUATION')!;
  const decision = finalInstalmentAfterEvaluation(policy, {
    score,
    amountFen: final.scheduledFen,
  });
  // A reduction that leaves nothing to pay holds the instalment: finance pays no 0-fen payment.
  final.release = instalmentRelease.next(final.release, decision.payFen > 0 ? 'RELEASE' : 'HOLD');
  if (final.release === 'RELEASED') {
    final.releasedAt = now;
    final.amountFen = decision.payFen;
  }
  return {
    passed: decision.outcome === 'PAY',
    decision: decision.outcome,
    instalmentId: final.id,
    payFen: decision.payFen,
    withheldFen: decision.releasedFen,
    reason: decision.reason,
    reasonZh: decision.reasonZh,
  };
}
