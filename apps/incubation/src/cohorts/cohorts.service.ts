import { randomUUID } from 'node:crypto';
import {
  type CohortView,
  type CohortPage,
  CohortsQuery,
  CreateCohortDto,
  type FieldViolation,
  IdRef,
  pageWindow,
  type RpcActor,
  SetFormDto,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { beijingDayOf, dateStringOfDay, dayOfDateString } from '@civic/domain/calendar';
import type { IncubationPolicy } from '@civic/domain/incubation';
import { policyInForceHere, workingCalendarHere } from '@civic/platform/policy-copies';
import { AuditTrail } from '@civic/platform/audit';
import { buildForm, replaceForm } from '@civic/platform/forms';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { authorizeBase, authorizeCohortReader, isBaseBound } from '../access';
import { AdmissionApplication } from '../admissions/admission.entity';
import { IncubationBase } from '../bases/base.entity';
import { Cohort } from './cohort.entity';
import { cohortView } from './cohort.mapper';
import { CohortsRepository } from './cohorts.repository';
import { cohortPhase } from './cohort-phase';

/**
 * A base's cohorts (R16): capacity, the application window, the incubation term (12 months by
 * default), the support package and the graduation criteria it records. Staff may close the
 * window early; answers are then due from that day.
 */
@Injectable()
export class CohortsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly repository: CohortsRepository,
  ) {}

  async create(input: unknown, actor: RpcActor): Promise<CohortView> {
    const dto = validatePlain(CreateCohortDto, input, 'cohort');
    authorizeBase(actor, dto.baseId);
    const violations = dateViolations(dto);
    if (violations.length > 0) {
      throw ServiceError.ruleViolated(
        'R16',
        violations,
        `the cohort's dates do not fit: ${violations.map((v) => v.message).join('; ')}`,
      );
    }
    const id = randomUUID();
    // issue #17: questions given with the cohort are its form's first version (rule R16).
    const form = dto.questions?.length
      ? {
          form: buildForm(
            { questions: dto.questions },
            { owner: 'incubation-cohort', id, version: 1 },
          ),
          formVersion: 1,
        }
      : { form: null, formVersion: 0 };
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(IncubationBase, { id: dto.baseId }))) {
        throw ServiceError.notFound('incubation base', dto.baseId);
      }
      // rule R16, rule R14: the term and the reserve in force (issue #17) unless the cohort sets its own.
      const policy = await policyInForceHere<IncubationPolicy>(manager, 'INCUBATION_DEADLINES');
      const reserve =
        dto.ruralReservePercent ??
        (await policyInForceHere<{ ruralReservePercent: number }>(manager, 'RESERVE')).body
          .ruralReservePercent;
      const cohort = manager.create(Cohort, {
        id,
        baseId: dto.baseId,
        name: dto.name,
        capacity: dto.capacity,
        windowOpensOn: dto.windowOpensOn,
        windowClosesOn: dto.windowClosesOn,
        closedEarlyOn: null,
        startsOn: dto.startsOn,
        termMonths: dto.termMonths ?? policy.body.defaultTermMonths,
        ruralReservePercent: reserve,
        support: dto.support,
        graduationCriteria: dto.graduationCriteria,
        eligibleCategories: dto.eligibleCategories ?? null,
        policyVersion: policy.version,
        policy: policy.body,
        ...form,
        decidedAt: null,
      });
      await manager.insert(Cohort, cohort);
      await this.audit.record(manager, {
        actor,
        action: 'cohort.created',
        entityType: 'cohort',
        entityId: cohort.id,
        after: cohort,
      });
      const [view] = await this.views(manager, [cohort], new Date());
      return view;
    });
  }

  async list(input: unknown, actor: RpcActor): Promise<CohortPage> {
    authorizeCohortReader(actor);
    const query = validatePlain(CohortsQuery, input ?? {}, 'query');
    const { baseId } = query;
    const { page, pageSize, skip, take } = pageWindow(query);
    const bound = isBaseBound(actor) ? (actor.baseId ?? 'none') : undefined;
    if (bound && baseId && baseId !== bound) return { items: [], total: 0, page, pageSize };
    const manager = this.dataSource.manager;
    const [cohorts, total] = await manager.findAndCount(Cohort, {
      where: bound ? { baseId: bound } : baseId ? { baseId } : {},
      order: { windowOpensOn: 'DESC', name: 'ASC', id: 'ASC' },
      skip,
      take,
    });
    return { items: await this.views(manager, cohorts, new Date()), total, page, pageSize };
  }

  async get(id: string, actor: RpcActor): Promise<CohortView> {
    authorizeCohortReader(actor);
    validatePlain(IdRef, { id }, 'cohort');
    const cohort = await this.dataSource.manager.findOneBy(Cohort, { id });
    if (!cohort || (isBaseBound(actor) && actor.baseId !== cohort.baseId)) {
      throw ServiceError.notFound('cohort', id);
    }
    const [view] = await this.views(this.dataSource.manager, [cohort], new Date());
    return view;
  }

  /**
   * Replaces the cohort's added questions (issue #17) with a new version of its form, until the
   * cohort has its first application: from then on the answers must keep their meaning (409).
   * Applications take the cohort's row FOR SHARE, so an application and a change never cross.
   */
  async setForm(
    id: string,
    input: unknown,
    actor: RpcActor,
    now = new Date(),
  ): Promise<CohortView> {
    authorize(actor, Permission.INCUBATION_RUN);
    validatePlain(IdRef, { id }, 'cohort');
    const { questions } = validatePlain(SetFormDto, input, 'form');
    return this.dataSource.transaction(async (manager) => {
      const cohort = await manager.findOne(Cohort, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!cohort) throw ServiceError.notFound('cohort', id);
      // Staff change only their own base's cohorts (R16; issue #15: another base's is unknown).
      authorizeBase(actor, cohort.baseId, { what: 'cohort', id });
      await replaceForm(manager, Cohort, cohort, questions, {
        owner: 'incubation-cohort',
        what: 'cohort',
        frozen: await manager.existsBy(AdmissionApplication, { cohortId: id }),
        audit: this.audit,
        actor,
        entityType: 'cohort',
      });
      const [view] = await this.views(manager, [cohort], now);
      return view;
    });
  }

  /** Staff close an open window before its last day; answers are due from today (R16). */
  async close(id: string, actor: RpcActor, now = new Date()): Promise<CohortView> {
    validatePlain(IdRef, { id }, 'cohort');
    return this.dataSource.transaction(async (manager) => {
      const cohort = await manager.findOne(Cohort, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!cohort) throw ServiceError.notFound('cohort', id);
      authorizeBase(actor, cohort.baseId, { what: 'cohort', id });
      if (cohortPhase(cohort, now) !== 'OPEN') {
        throw new ServiceError(
          409,
          'COHORT_NOT_OPEN',
          `the cohort's application window is ${cohortPhase(cohort, now)}, not open`,
          undefined,
          '该批次不在申请期内，无法截止',
        );
      }
      const before = { ...cohort };
      cohort.closedEarlyOn = dateStringOfDay(beijingDayOf(now));
      await manager.save(cohort);
      await this.audit.record(manager, {
        actor,
        action: 'cohort.closed-early',
        entityType: 'cohort',
        entityId: id,
        before,
        after: cohort,
      });
      const [view] = await this.views(manager, [cohort], now);
      return view;
    });
  }

  /** Cohorts as their board shows them: phase, answer deadline (R16) and counts. */
  private async views(manager: EntityManager, cohorts: Cohort[], now: Date): Promise<CohortView[]> {
    if (cohorts.length === 0) return [];
    const facts = await this.repository.facts(manager, cohorts);
    // rule R16: working days by the calendar in force, with any notice an administrator entered.
    const calendar = await workingCalendarHere(manager);
    return cohorts.map((c) => cohortView(c, facts, now, calendar));
  }
}

/** Real dates; the window opens before it closes, and the term starts after it closes (R16). */
function dateViolations(dto: CreateCohortDto): FieldViolation[] {
  const violations: FieldViolation[] = [];
  const day = (field: 'windowOpensOn' | 'windowClosesOn' | 'startsOn') => {
    try {
      return dayOfDateString(dto[field], field);
    } catch {
      violations.push({
        field,
        rule: 'R16',
        message: `${field} is not a real calendar date`,
        messageZh: '日期不存在',
      });
      return undefined;
    }
  };
  const [opens, closes, starts] = [day('windowOpensOn'), day('windowClosesOn'), day('startsOn')];
  if (opens === undefined || closes === undefined || starts === undefined) return violations;
  if (closes < opens) {
    violations.push({
      field: 'windowClosesOn',
      rule: 'R16',
      message: 'the application window must close on or after the day it opens',
      messageZh: '申请截止日期不能早于开始日期',
    });
  }
  if (starts <= closes) {
    violations.push({
      field: 'startsOn',
      rule: 'R16',
      message: 'the incubation term must start after the application window closes',
      messageZh: '孵化期须在申请截止之后开始',
    });
  }
  return violations;
}
