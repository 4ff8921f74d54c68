import {
  IdRef,
  type IncubateeView,
  RequestSubsidyDto,
  type RpcActor,
  validatePlain,
  WithdrawFundingDto,
} from '@civic/contracts';
import { withdrawalCheck } from '@civic/domain/programme';
import { AuditTrail } from '@civic/platform/audit';
import { PersonalDataCipher, sealPayeeAccount } from '@civic/platform/pii';
import { ProgrammeFunding } from '@civic/platform/programme-kit';
import { ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { IncubationFundingPort } from './incubation-funding.port';
import { IncubateesQueries } from './incubatees.queries';
import { assertActive, lockIncubatee } from './incubatee-record';
import { StartupSubsidy } from './startup-subsidy.entity';

/**
 * The cohort's start-up subsidy (R15) for an incubatee that is an organization: a commitment asked
 * of finance from the incubation fund for the cohort's fiscal year, with its payment, through the
 * programme kit (ProgrammeFunding). Asked once per incubatee. Staff may withdraw one finance holds
 * and has not paid; the money is released (R27).
 */
@Injectable()
export class SubsidiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly funding: ProgrammeFunding,
    private readonly port: IncubationFundingPort,
    private readonly queries: IncubateesQueries,
    private readonly cipher: PersonalDataCipher,
  ) {}

  async request(id: string, input: unknown, actor: RpcActor): Promise<IncubateeView> {
    validatePlain(IdRef, { id }, 'incubatee');
    const { bankAccount } = validatePlain(RequestSubsidyDto, input, 'subsidy');
    await this.dataSource.transaction(async (manager) => {
      const { incubatee, cohort } = await lockIncubatee(manager, id, actor);
      assertActive(incubatee);
      if (!incubatee.organizationId) {
        throw new ServiceError(
          409,
          'NOT_REGISTERED',
          'a start-up subsidy is paid to a registered organization; link the organization first',
          undefined,
          '初创补贴须拨付给已登记（备案）的组织，请先关联组织',
        );
      }
      const amountFen = cohort.support.startupSubsidyFen;
      if (amountFen <= 0) {
        throw new ServiceError(
          409,
          'NO_SUBSIDY',
          'the cohort gives no start-up subsidy',
          undefined,
          '该批次不提供初创补贴',
        );
      }
      if (await manager.existsBy(StartupSubsidy, { incubateeId: id })) {
        throw new ServiceError(
          409,
          'SUBSIDY_ALREADY_REQUESTED',
          'the start-up subsidy was asked for already',
          undefined,
          '已申请过初创补贴',
        );
      }
      const subsidy = manager.create(StartupSubsidy, {
        id: randomUUID(),
        incubateeId: id,
        organizationId: incubatee.organizationId,
        organizationName: incubatee.name,
        amountFen,
        bankAccount: sealPayeeAccount(this.cipher, bankAccount),
        status: 'REQUESTED',
        commitmentState: 'REQUESTED',
        paymentState: 'NOT_REQUESTED',
        releasedFen: 0,
        statusReason: null,
        paymentId: randomUUID(),
        bankReference: null,
        paidAt: null,
        custodianName: null,
      });
      await manager.insert(StartupSubsidy, subsidy);
      await this.funding.requestCommitment(manager, this.port.fundingOf(subsidy), {
        fund: 'INCUBATION',
        fiscalYear: Number(cohort.startsOn.slice(0, 4)),
        reference: `孵化初创补贴：${cohort.name}`,
      });
      await this.audit.record(manager, {
        actor,
        action: 'startup-subsidy.requested',
        entityType: 'incubatee',
        entityId: id,
        after: withoutSeal(subsidy),
      });
    });
    return this.queries.get(id, actor);
  }

  /** Withdraws the incubatee's subsidy finance holds and has not paid; the money is released. */
  async withdraw(id: string, input: unknown, actor: RpcActor): Promise<IncubateeView> {
    validatePlain(IdRef, { id }, 'incubatee');
    const { reason } = validatePlain(WithdrawFundingDto, input, 'withdrawal');
    await this.dataSource.transaction(async (manager) => {
      await lockIncubatee(manager, id, actor);
      const subsidy = await manager.findOneBy(StartupSubsidy, { incubateeId: id });
      if (!subsidy) throw ServiceError.notFound('start-up subsidy of incubatee', id);
      const status = subsidy.status === 'REFUSED' ? 'COMMITMENT_REFUSED' : subsidy.status;
      const check = withdrawalCheck(status === 'REQUESTED' ? 'AWAITING_COMMITMENT' : status);
      if (!check.ok) {
        throw new ServiceError(
          409,
          `RULE_R27_${check.reason}`,
          check.message,
          undefined,
          check.messageZh,
        );
      }
      await this.funding.withdraw(manager, subsidy.id, reason);
      await this.audit.record(manager, {
        actor,
        action: 'startup-subsidy.withdrawn',
        entityType: 'incubatee',
        entityId: id,
        before: subsidy,
        after: { ...(await manager.findOneByOrFail(StartupSubsidy, { id: subsidy.id })), reason },
      });
    });
    return this.queries.get(id, actor);
  }
}

/** The subsidy as its audit entry records it: the account number masked only (R30, R31). */
function withoutSeal(subsidy: StartupSubsidy): unknown {
  const { accountNumberSealed: _sealed, ...account } = subsidy.bankAccount;
  return { ...subsidy, bankAccount: account };
}
