import {
  AdmissionAssessmentDto,
  type AdmissionPreviewView,
  type AdmissionRankingView,
  type AdmissionView,
  IdRef,
  type RpcActor,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import {
  ADMISSION_EVENT,
  type AdmissionDecision,
  admissionStatus,
  decideAdmissions,
} from '@civic/domain/incubation';
import { AuditTrail } from '@civic/platform/audit';
import { OutboxWriter } from '@civic/platform/messaging';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { authorizeBase, isBaseBound } from '../access';
import { Cohort } from '../cohorts/cohort.entity';
import { cohortPhase } from '../cohorts/cohort-phase';
import { countApplications } from '../dashboard/cohort-tally';
import { countDecided } from '../dashboard/timeliness';
import { AdmissionApplication } from './admission.entity';
import { admissionDecision } from './admission-notices';
import { admissionView } from './admission.mapper';
import { Incubatee } from '../incubatees/incubatee.entity';

/**
 * Ranked admission (R16 with R13/R14). Staff assess each applicant's merit; eligible applicants at
 * or above the passing mark are ranked by merit × (1 + bonus/100) and seated within the cohort's
 * capacity, rural ones first from the reserved seats; the rest are waitlisted in rank order, and
 * ineligible or failing ones rejected with the reason. Every decision is audited (R31).
 */
@Injectable()
export class AdmissionDecisionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly outbox: OutboxWriter,
  ) {}

  async assess(id: string, input: unknown, actor: RpcActor): Promise<AdmissionView> {
    validatePlain(IdRef, { id }, 'admission');
    const { merit } = validatePlain(AdmissionAssessmentDto, input, 'assessment');
    return this.dataSource.transaction(async (manager) => {
      const application = await manager.findOne(AdmissionApplication, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!application) throw ServiceError.notFound('admission application', id);
      const cohort = await lockCohort(manager, application.cohortId);
      authorizeBase(actor, cohort.baseId, { what: 'admission application', id });
      if (cohort.decidedAt) throw alreadyDecided();
      const before = { merit: application.merit };
      application.merit = merit;
      await manager.save(application);
      await this.audit.record(manager, {
        actor,
        action: 'admission.assessed',
        entityType: 'admission-application',
        entityId: id,
        before,
        after: { merit },
      });
      return admissionView(application, cohort.name);
    });
  }

  /** Every applicant with what deciding now would give it, once all eligible ones are assessed. */
  async ranking(cohortId: string, actor: RpcActor): Promise<AdmissionRankingView> {
    authorize(actor, Permission.INCUBATION_READ);
    validatePlain(IdRef, { id: cohortId }, 'cohort');
    const manager = this.dataSource.manager;
    const cohort = await manager.findOneBy(Cohort, { id: cohortId });
    if (!cohort || (isBaseBound(actor) && cohort.baseId !== actor.baseId)) {
      throw ServiceError.notFound('cohort', cohortId);
    }
    const applications = await manager.findBy(AdmissionApplication, { cohortId });
    const unassessed = applications.filter((a) => a.screening.eligible && a.merit === null);
    const views = new Map(applications.map((a) => [a.id, admissionView(a, cohort.name)]));
    if (unassessed.length > 0) {
      return {
        cohortId,
        capacity: cohort.capacity,
        reserveSeats: 0,
        reserveUsed: 0,
        seatsLeft: cohort.capacity,
        unassessed: unassessed.length,
        rows: [...views.values()],
      };
    }
    const result = decide(cohort, applications);
    return {
      cohortId,
      capacity: cohort.capacity,
      reserveSeats: result.reserveSeats,
      reserveUsed: result.reserveUsed,
      seatsLeft: result.seatsLeft,
      unassessed: 0,
      rows: result.decisions.map((d) => ({ ...views.get(d.id)!, preview: previewOf(d) })),
    };
  }

  /**
   * Once the window has closed, answer every applicant (R16: within 5 working days; the cohort
   * board flags it overdue after that). Admitted organizations are announced to the registry.
   */
  async decide(cohortId: string, actor: RpcActor, now = new Date()): Promise<AdmissionRankingView> {
    validatePlain(IdRef, { id: cohortId }, 'cohort');
    await this.dataSource.transaction(async (manager) => {
      const cohort = await lockCohort(manager, cohortId);
      authorizeBase(actor, cohort.baseId, { what: 'cohort', id: cohortId });
      const phase = cohortPhase(cohort, now);
      if (phase === 'DECIDED') throw alreadyDecided();
      if (phase !== 'CLOSED') {
        throw new ServiceError(
          409,
          'RULE_R16_WINDOW_STILL_OPEN',
          'rule R16: admissions are decided once the application window has closed',
          undefined,
          '规则 R16：申请期结束后方可确定入驻名单',
        );
      }
      const applications = await manager.findBy(AdmissionApplication, { cohortId });
      const unassessed = applications.filter((a) => a.screening.eligible && a.merit === null);
      if (unassessed.length > 0) {
        throw new ServiceError(
          409,
          'RULE_R16_UNASSESSED',
          `rule R16: ${unassessed.length} eligible applicant(s) are not assessed yet; admission follows the whole ranking`,
          undefined,
          `规则 R16：还有 ${unassessed.length} 个符合条件的申请未评分，须全部评分后按排名确定`,
        );
      }
      const decidedAt = now.toISOString();
      const byId = new Map(applications.map((a) => [a.id, a]));
      const decisions = decide(cohort, applications).decisions;
      // issue #18: every outcome counted in the cohort tally, one upsert, same transaction; before
      // the audit chain's lock, in the order submissions and graduations take the two
      await countApplications(
        manager,
        cohort,
        decisions.map((d) => ({ application: byId.get(d.id)!, change: d.outcome })),
      );
      // issue #18: and each one's time to decision (R16), after the cohort tally, same order
      await countDecided(
        manager,
        decisions.map((d) => byId.get(d.id)!),
        now,
      );
      for (const d of decisions) {
        const application = byId.get(d.id)!;
        const decision = previewOf(d);
        application.status = admissionStatus.next(application.status, ADMISSION_EVENT[d.outcome]);
        application.decision = { ...decision, decidedAt };
        await manager.save(application);
        await this.audit.record(manager, {
          actor,
          action: 'admission.decided',
          entityType: 'admission-application',
          entityId: d.id,
          after: application.decision,
        });
        if (d.outcome === 'ADMITTED') await this.admit(manager, cohort, application, now);
        // issue #18: each applicant's users are told, in the decision's transaction.
        const notice = admissionDecision(cohort, application, d.outcome, decidedAt);
        if (notice) await this.outbox.publish(manager, 'incubation.decision-made.v1', notice);
      }
      cohort.decidedAt = now;
      await manager.save(cohort);
    });
    return this.ranking(cohortId, actor);
  }

  private async admit(
    manager: EntityManager,
    cohort: Cohort,
    application: AdmissionApplication,
    now: Date,
  ): Promise<void> {
    await manager.insert(Incubatee, {
      id: application.id,
      cohortId: cohort.id,
      baseId: cohort.baseId,
      organizationId: application.organizationId,
      name: application.name,
      admittedAt: now,
      status: 'ACTIVE',
    });
    if (application.organizationId) {
      await this.outbox.publish(manager, 'incubation.organization-admitted.v1', {
        organizationId: application.organizationId,
        baseId: cohort.baseId,
        cohortId: cohort.id,
        admittedAt: now.toISOString(),
      });
    }
  }
}

/** A domain decision as the API shows it: absent fields rather than nulls. */
function previewOf(d: AdmissionDecision): AdmissionPreviewView {
  return {
    outcome: d.outcome,
    ...(d.rank !== null ? { rank: d.rank } : {}),
    ...(d.rankScore !== null ? { rankScore: d.rankScore } : {}),
    ...(d.seatSource ? { seatSource: d.seatSource } : {}),
    ...(d.waitlistPosition !== undefined ? { waitlistPosition: d.waitlistPosition } : {}),
    message: d.message,
    messageZh: d.messageZh,
  };
}

function decide(cohort: Cohort, applications: AdmissionApplication[]) {
  return decideAdmissions(
    {
      capacity: cohort.capacity,
      reservePercent: cohort.ruralReservePercent,
      candidates: applications.map((a) => ({
        id: a.id,
        eligible: a.screening.eligible,
        merit: a.merit,
        bonus: a.priorityBonus,
        rural: a.areaType === 'RURAL',
      })),
    },
    cohort.policy,
  );
}

async function lockCohort(manager: EntityManager, id: string): Promise<Cohort> {
  const cohort = await manager.findOne(Cohort, {
    where: { id },
    lock: { mode: 'pessimistic_write' },
  });
  if (!cohort) throw ServiceError.notFound('cohort', id);
  return cohort;
}

function alreadyDecided(): ServiceError {
  return new ServiceError(
    409,
    'COHORT_ALREADY_DECIDED',
    "the cohort's admissions are decided; nothing more is assessed or decided",
    undefined,
    '该批次已确定入驻名单',
  );
}
