import { randomUUID } from 'node:crypto';
import {
  DecidePolicyDto,
  IdRef,
  type PolicyDocumentView,
  ProposePolicyDto,
  type RpcActor,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import {
  checkPolicyBody,
  checkPolicyDecision,
  type PolicyBody,
  type PolicyChangeEvent,
  PROVINCE_REGION,
} from '@civic/domain/policy';
import { AuditTrail } from '@civic/platform/audit';
import { OutboxWriter } from '@civic/platform/messaging';
import { policyToday } from '@civic/platform/policy-copies';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { PolicyDocument } from './policy-document.entity';
import { policyView } from './policy-document.mapper';

/**
 * Changing policy, four eyes (issue #17; R28 applied to policy): one administrator proposes a new
 * version of a kind for a region from a day, with a reason; a second approves or rejects it; the
 * proposer may withdraw it while it waits. The body is checked against its kind on write. An
 * approval publishes `organizations.policy-approved.v1`, so every service keeps a copy and no
 * decision waits on a remote call. Decisions already made keep the version they stamped. Both
 * steps are in the audit chain (R31).
 */
@Injectable()
export class PolicyStoreService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
  ) {}

  async propose(input: unknown, actor: RpcActor, now = new Date()): Promise<PolicyDocumentView> {
    authorize(actor, Permission.POLICY_PROPOSE);
    const dto = validatePlain(ProposePolicyDto, input, 'policy');
    const check = checkPolicyBody(dto.kind, dto.body);
    if (!check.ok) {
      const { violation } = check;
      throw new ServiceError(
        400,
        'POLICY_BODY_INVALID',
        violation.message,
        [violation],
        violation.messageZh,
      );
    }
    if (!dto.regionCode.startsWith(PROVINCE_REGION.slice(0, 2))) {
      throw refusal(
        400,
        'POLICY_REGION_OUTSIDE',
        'regionCode',
        `regionCode must be in the province ${PROVINCE_REGION}`,
        `适用地区须在本省（${PROVINCE_REGION}）内`,
      );
    }
    assertNotPast(dto.effectiveFrom, now);
    const body = dto.body as PolicyBody;
    return this.dataSource.transaction(async (manager) => {
      const doc = manager.create(PolicyDocument, {
        id: randomUUID(),
        kind: dto.kind,
        regionCode: dto.regionCode,
        version: body.version,
        effectiveFrom: dto.effectiveFrom,
        body,
        status: 'PROPOSED',
        reason: dto.reason,
        proposedBy: actor.userId,
        proposedByName: actor.name ?? actor.userId,
        proposedAt: now,
        decidedBy: null,
        decidedByName: null,
        decidedAt: null,
        decisionNote: null,
      });
      await manager.save(doc);
      const view = policyView(doc, 'staff');
      await this.record(manager, actor, 'policy.proposed', null, view);
      return view;
    });
  }

  async decide(
    input: { id: string; event: PolicyChangeEvent; note?: string },
    actor: RpcActor,
    now = new Date(),
  ): Promise<PolicyDocumentView> {
    authorize(
      actor,
      input.event === 'WITHDRAW' ? Permission.POLICY_PROPOSE : Permission.POLICY_APPROVE,
    );
    validatePlain(IdRef, { id: input.id }, 'policy version');
    const { note } = validatePlain(
      DecidePolicyDto,
      input.note === undefined ? {} : { note: input.note },
      'decision',
    );
    return this.dataSource.transaction(async (manager) => {
      const doc = await manager.findOne(PolicyDocument, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!doc) throw ServiceError.notFound('policy version', input.id);
      const decision = checkPolicyDecision({
        status: doc.status,
        event: input.event,
        proposedBy: doc.proposedBy,
        actor: actor.userId,
      });
      if (!decision.ok) {
        const status = decision.code === 'STATE_TRANSITION_REFUSED' ? 409 : 403;
        throw new ServiceError(
          status,
          decision.code,
          decision.message,
          undefined,
          decision.messageZh,
        );
      }
      if (input.event === 'APPROVE') assertNotPast(doc.effectiveFrom, now);
      const before = policyView(doc, 'staff');
      Object.assign(doc, {
        status: decision.next,
        decidedBy: actor.userId,
        decidedByName: actor.name ?? actor.userId,
        decidedAt: now,
        decisionNote: note ?? null,
      });
      await manager.save(doc);
      if (doc.status === 'APPROVED') {
        await this.outbox.publish(manager, 'organizations.policy-approved.v1', {
          kind: doc.kind,
          regionCode: doc.regionCode,
          version: doc.version,
          effectiveFrom: doc.effectiveFrom,
          body: doc.body,
          approvedAt: now.toISOString(),
        });
      }
      const view = policyView(doc, 'staff');
      await this.record(manager, actor, `policy.${decision.next.toLowerCase()}`, before, view);
      return view;
    });
  }

  private record(
    manager: EntityManager,
    actor: RpcActor,
    action: string,
    before: unknown,
    after: PolicyDocumentView,
  ) {
    return this.audit.record(manager, {
      actor,
      action,
      entityType: 'policy',
      entityId: after.id,
      before,
      after,
    });
  }
}

/** A version applies from today or later: one in the past would rewrite what was in force. */
function assertNotPast(effectiveFrom: string, now: Date): void {
  const today = policyToday(now);
  if (effectiveFrom < today) {
    throw refusal(
      422,
      'POLICY_EFFECTIVE_IN_PAST',
      'effectiveFrom',
      `effectiveFrom ${effectiveFrom} is before today (${today}); a policy applies from today or later`,
      `生效日期 ${effectiveFrom} 早于今天（${today}），政策只能自今天或以后生效`,
    );
  }
}

function refusal(status: number, code: string, field: string, message: string, messageZh: string) {
  return new ServiceError(
    status,
    code,
    message,
    [{ field, rule: 'R28', message, messageZh }],
    messageZh,
  );
}
