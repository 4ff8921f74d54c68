import { randomUUID } from 'node:crypto';
import {
  type CallPage,
  CallsQuery,
  type CallView,
  CreateCallDto,
  IdRef,
  pageWindow,
  type RpcActor,
  SetFormDto,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { checkRubric, checkTranchePlan, type TrancheShare } from '@civic/domain/venture';
import { buildForm, replaceForm } from '@civic/platform/forms';
import { policyInForceHere } from '@civic/platform/policy-copies';
import { AuditTrail } from '@civic/platform/audit';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { authorizeCallReader } from '../access';
import { assertAllowed, assertValid } from '../rule-errors';
import { Proposal } from '../proposals/proposal.entity';
import { VentureCall } from './call.entity';
import { callView } from './call.mapper';
import { CallsRepository } from './calls.repository';

/** Calls for proposals (R17): officers open them with a rubric, a funding range and a deadline. */
@Injectable()
export class CallsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly repository: CallsRepository,
  ) {}

  async create(input: unknown, actor: RpcActor, now = new Date()): Promise<CallView> {
    authorize(actor, Permission.VENTURE_MANAGE);
    const dto = validatePlain(CreateCallDto, input, 'call');
    assertValid(checkRubric({ criteria: dto.rubric }), 'R17', 'rubric');
    if (dto.tranches) assertAllowed(checkTranchePlan(dto.tranches), 'R19', 'tranches');
    if (dto.minFen > dto.maxFen || dto.maxFen > dto.budgetFen) {
      throw ServiceError.ruleViolated(
        'R17',
        [
          {
            field: 'maxFen',
            rule: 'R17',
            message: 'the funding range must run from minFen up to maxFen, within the budget',
            messageZh: '资助额度范围须满足 最低额 ≤ 最高额 ≤ 总预算',
          },
        ],
        'rule R17: the funding range does not fit',
      );
    }
    if (new Date(dto.deadline) <= now) {
      throw ServiceError.ruleViolated(
        'R17',
        [
          {
            field: 'deadline',
            rule: 'R17',
            message: 'the deadline must be in the future',
            messageZh: '截止时间须晚于现在',
          },
        ],
        'rule R17: the deadline has passed',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      // rule R19, rule R14: the tranche plan and the reserve in force (issue #17, this service's
      // copy of the policy store) unless the call sets its own; the call keeps what it took.
      const tranches =
        dto.tranches ??
        (await policyInForceHere<{ tranches: TrancheShare[] }>(manager, 'TRANCHES')).body.tranches;
      const ruralReservePercent =
        dto.ruralReservePercent ??
        (await policyInForceHere<{ ruralReservePercent: number }>(manager, 'RESERVE')).body
          .ruralReservePercent;
      const id = randomUUID();
      const { questions, ...fields } = dto;
      const call = manager.create(VentureCall, {
        id,
        ...fields,
        // issue #17: questions given with the call are its form's first version.
        ...(questions?.length
          ? {
              form: buildForm({ questions }, { owner: 'venture-call', id, version: 1 }),
              formVersion: 1,
            }
          : { form: null, formVersion: 0 }),
        tranches: tranches.map((t) => ({ key: t.key, percent: t.percent })),
        ruralReservePercent,
        deadline: new Date(dto.deadline),
        drawSeed: null,
        drawnAt: null,
        concludedAt: null,
        createdBy: actor.userId,
      });
      await manager.insert(VentureCall, call);
      await this.audit.record(manager, {
        actor,
        action: 'venture-call.created',
        entityType: 'venture-call',
        entityId: call.id,
        after: call,
      });
      return (await this.views(manager, [call], now))[0];
    });
  }

  /**
   * Replaces the call's added questions (issue #17) with a new version of its form, until the
   * call has its first proposal: from then on the answers must keep their meaning (409).
   * Proposals take the call's row FOR SHARE, so a proposal and a change never cross.
   */
  async setForm(id: string, input: unknown, actor: RpcActor, now = new Date()): Promise<CallView> {
    authorize(actor, Permission.VENTURE_MANAGE);
    validatePlain(IdRef, { id }, 'call');
    const { questions } = validatePlain(SetFormDto, input, 'form');
    return this.dataSource.transaction(async (manager) => {
      const call = await manager.findOne(VentureCall, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!call) throw ServiceError.notFound('call', id);
      await replaceForm(manager, VentureCall, call, questions, {
        owner: 'venture-call',
        what: 'call',
        frozen: await manager.existsBy(Proposal, { callId: id }),
        audit: this.audit,
        actor,
        entityType: 'venture-call',
      });
      return (await this.views(manager, [call], now))[0];
    });
  }

  async list(input: unknown, actor: RpcActor, now = new Date()): Promise<CallPage> {
    authorizeCallReader(actor);
    const { page, pageSize, skip, take } = pageWindow(
      validatePlain(CallsQuery, input ?? {}, 'query'),
    );
    const manager = this.dataSource.manager;
    const [calls, total] = await manager.findAndCount(VentureCall, {
      order: { deadline: 'DESC', id: 'ASC' },
      skip,
      take,
    });
    return { items: await this.views(manager, calls, now), total, page, pageSize };
  }

  async get(id: string, actor: RpcActor, now = new Date()): Promise<CallView> {
    authorizeCallReader(actor);
    validatePlain(IdRef, { id }, 'call');
    const call = await this.dataSource.manager.findOneBy(VentureCall, { id });
    if (!call) throw ServiceError.notFound('call', id);
    return (await this.views(this.dataSource.manager, [call], now))[0];
  }

  /** Calls with their phase and how many proposals they drew. */
  private async views(
    manager: EntityManager,
    calls: VentureCall[],
    now: Date,
  ): Promise<CallView[]> {
    if (calls.length === 0) return [];
    const counts = await this.repository.proposalCounts(
      manager,
      calls.map((c) => c.id),
    );
    return calls.map((c) =>
      callView(
        c,
        counts.find((row) => row.call_id === c.id),
        now,
      ),
    );
  }
}
