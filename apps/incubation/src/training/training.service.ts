import { randomUUID } from 'node:crypto';
import {
  AttendanceDto,
  CreateTrainingDto,
  pageWindow,
  type TrainingPage,
  TrainingsQuery,
  IdRef,
  type RpcActor,
  type TrainingView,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { AuditTrail } from '@civic/platform/audit';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { authorizeBase, isBaseBound } from '../access';
import { Cohort } from '../cohorts/cohort.entity';
import { Incubatee } from '../incubatees/incubatee.entity';
import { TrainingAttendance } from './training-attendance.entity';
import { TrainingSession } from './training-session.entity';
import { TrainingRepository } from './training.repository';

/** Capacity building (R11): a cohort's training sessions and who attended each. */
@Injectable()
export class TrainingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly repository: TrainingRepository,
  ) {}

  async create(cohortId: string, input: unknown, actor: RpcActor): Promise<TrainingView> {
    validatePlain(IdRef, { id: cohortId }, 'cohort');
    const dto = validatePlain(CreateTrainingDto, input, 'training');
    return this.dataSource.transaction(async (manager) => {
      const cohort = await manager.findOneBy(Cohort, { id: cohortId });
      if (!cohort) throw ServiceError.notFound('cohort', cohortId);
      authorizeBase(actor, cohort.baseId, { what: 'cohort', id: cohortId });
      const session = manager.create(TrainingSession, { id: randomUUID(), cohortId, ...dto });
      await manager.insert(TrainingSession, session);
      await this.audit.record(manager, {
        actor,
        action: 'training.recorded',
        entityType: 'training-session',
        entityId: session.id,
        after: session,
      });
      return { ...session, attendees: [] };
    });
  }

  /** Attendance, for incubatees of the session's cohort; recording someone twice changes nothing. */
  async attend(sessionId: string, input: unknown, actor: RpcActor): Promise<TrainingView> {
    validatePlain(IdRef, { id: sessionId }, 'training');
    const { incubateeIds } = validatePlain(AttendanceDto, input, 'attendance');
    return this.dataSource.transaction(async (manager) => {
      const session = await manager.findOneBy(TrainingSession, { id: sessionId });
      if (!session) throw ServiceError.notFound('training session', sessionId);
      const cohort = await manager.findOneByOrFail(Cohort, { id: session.cohortId });
      authorizeBase(actor, cohort.baseId, { what: 'training session', id: sessionId });
      const members = await manager.findBy(Incubatee, {
        id: In(incubateeIds),
        cohortId: cohort.id,
      });
      const outsiders = incubateeIds.filter((id) => !members.some((m) => m.id === id));
      if (outsiders.length > 0) {
        throw ServiceError.ruleViolated(
          'R11',
          outsiders.map((id) => ({
            field: `incubateeIds.${incubateeIds.indexOf(id)}`,
            rule: 'R11',
            message: `${id} is not incubated in this session's cohort`,
            messageZh: '该组织不在本批次孵化名单中',
          })),
          "rule R11: attendance is recorded for the cohort's incubatees",
        );
      }
      await this.repository.recordAttendance(manager, sessionId, incubateeIds);
      await this.audit.record(manager, {
        actor,
        action: 'training.attended',
        entityType: 'training-session',
        entityId: sessionId,
        after: { incubateeIds },
      });
      return this.view(manager, session);
    });
  }

  async list(cohortId: string, input: unknown, actor: RpcActor): Promise<TrainingPage> {
    authorize(actor, Permission.INCUBATION_READ);
    validatePlain(IdRef, { id: cohortId }, 'cohort');
    const { page, pageSize, skip, take } = pageWindow(
      validatePlain(TrainingsQuery, input ?? {}, 'query'),
    );
    const manager = this.dataSource.manager;
    const cohort = await manager.findOneBy(Cohort, { id: cohortId });
    if (!cohort || (isBaseBound(actor) && cohort.baseId !== actor.baseId)) {
      throw ServiceError.notFound('cohort', cohortId);
    }
    const [sessions, total] = await manager.findAndCount(TrainingSession, {
      where: { cohortId },
      order: { heldOn: 'ASC', id: 'ASC' },
      skip,
      take,
    });
    const items = await Promise.all(sessions.map((s) => this.view(manager, s)));
    return { items, total, page, pageSize };
  }

  private async view(manager: EntityManager, s: TrainingSession): Promise<TrainingView> {
    const attendance = await manager.findBy(TrainingAttendance, { sessionId: s.id });
    return {
      id: s.id,
      cohortId: s.cohortId,
      title: s.title,
      heldOn: s.heldOn,
      hours: s.hours,
      trainer: s.trainer,
      attendees: attendance.map((a) => a.incubateeId).sort(),
    };
  }
}
