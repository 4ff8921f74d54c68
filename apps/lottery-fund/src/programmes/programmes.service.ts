import { randomUUID } from 'node:crypto';
import {
  CreateSubsidyProgrammeDto,
  IdRef,
  pageWindow,
  ProgrammesQuery,
  type RpcActor,
  SetFormDto,
  type SubsidyProgrammePage,
  type SubsidyProgrammeView,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { AuditTrail } from '@civic/platform/audit';
import { buildForm, replaceForm } from '@civic/platform/forms';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { policyInForceHere } from '@civic/platform/policy-copies';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { authorizeSubsidyReader } from '../access';
import { SubsidyApplication } from '../applications/entities/subsidy-application.entity';
import { SubsidyProgramme } from './entities/subsidy-programme.entity';
import { ProgrammesRepository } from './programmes.repository';

/** Subsidy programmes per year and purpose (R20), created by programme officers; audited (R31). */
@Injectable()
export class ProgrammesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly repository: ProgrammesRepository,
  ) {}

  async create(input: unknown, actor: RpcActor): Promise<SubsidyProgrammeView> {
    authorize(actor, Permission.SUBSIDY_PROGRAMME_MANAGE);
    const dto = validatePlain(CreateSubsidyProgrammeDto, input, 'programme');
    return this.dataSource.transaction(async (manager) => {
      const id = randomUUID();
      const programme = manager.create(SubsidyProgramme, {
        id,
        fiscalYear: dto.fiscalYear,
        purpose: dto.purpose,
        name: dto.name,
        budgetFen: dto.budgetFen,
        // rule R14: the reserve in force (issue #17) unless the programme sets its own.
        ruralReservePercent:
          dto.ruralReservePercent ??
          (await policyInForceHere<{ ruralReservePercent: number }>(manager, 'RESERVE')).body
            .ruralReservePercent,
        // issue #17: questions given with the programme are its form's first version.
        ...(dto.questions?.length
          ? {
              form: buildForm(
                { questions: dto.questions },
                { owner: 'lottery-programme', id, version: 1 },
              ),
              formVersion: 1,
            }
          : { form: null, formVersion: 0 }),
        createdBy: actor.userId,
      });
      await manager.insert(SubsidyProgramme, programme);
      await this.audit.record(manager, {
        actor,
        action: 'subsidy-programme.created',
        entityType: 'subsidy-programme',
        entityId: programme.id,
        after: programme,
      });
      return programmeView(programme, { count: 0, requestedFen: 0 });
    });
  }

  /**
   * Replaces the programme's added questions (issue #17) with a new version of its form, until
   * the programme has its first application: from then on the answers must keep their meaning
   * (409). Submissions read the programme row FOR SHARE, so a submission and a change never cross.
   */
  async setForm(id: string, input: unknown, actor: RpcActor): Promise<SubsidyProgrammeView> {
    authorize(actor, Permission.SUBSIDY_PROGRAMME_MANAGE);
    validatePlain(IdRef, { id }, 'programme');
    const { questions } = validatePlain(SetFormDto, input, 'form');
    return this.dataSource.transaction(async (manager) => {
      const programme = await manager.findOne(SubsidyProgramme, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!programme) throw ServiceError.notFound('subsidy programme', id);
      await replaceForm(manager, SubsidyProgramme, programme, questions, {
        owner: 'lottery-programme',
        what: 'programme',
        frozen: await manager.existsBy(SubsidyApplication, { programmeId: id }),
        audit: this.audit,
        actor,
        entityType: 'subsidy-programme',
      });
      // No application yet (checked above): nothing asked of the programme.
      return programmeView(programme, { count: 0, requestedFen: 0 });
    });
  }

  async list(input: unknown, actor: RpcActor): Promise<SubsidyProgrammePage> {
    authorizeSubsidyReader(actor);
    const query = validatePlain(ProgrammesQuery, input ?? {}, 'query');
    const { fiscalYear } = query;
    const { page, pageSize, skip, take } = pageWindow(query);
    const [programmes, total] = await this.dataSource.getRepository(SubsidyProgramme).findAndCount({
      where: fiscalYear ? { fiscalYear } : {},
      order: { fiscalYear: 'DESC', createdAt: 'ASC', id: 'ASC' },
      skip,
      take,
    });
    const totals = await this.repository.applicationTotals(programmes.map((p) => p.id));
    const items = programmes.map((p) =>
      programmeView(p, totals.get(p.id) ?? { count: 0, requestedFen: 0 }),
    );
    return { items, total, page, pageSize };
  }
}

function programmeView(
  p: SubsidyProgramme,
  applications: { count: number; requestedFen: number },
): SubsidyProgrammeView {
  return {
    id: p.id,
    fiscalYear: p.fiscalYear,
    purpose: p.purpose,
    name: p.name,
    budgetFen: p.budgetFen,
    ruralReservePercent: p.ruralReservePercent,
    applicationCount: applications.count,
    requestedFen: applications.requestedFen,
    createdAt: new Date(p.createdAt ?? Date.now()).toISOString(),
    ...(p.form ? { form: { version: p.formVersion, schema: p.form } } : {}),
  };
}
