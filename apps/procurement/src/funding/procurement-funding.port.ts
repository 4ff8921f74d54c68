import type { FundCodeValue } from '@civic/contracts';
import { yearPaysNoMore } from '@civic/domain/procurement';
import {
  FundingPort,
  type FundedPayment,
  type Funding,
  type PaymentNoticeSubject,
  type PaymentOrder,
} from '@civic/platform/programme-kit';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ContractEvaluation } from '../contracts/contract-evaluation.entity';
import { countInstalmentPaid, earliestPaid } from '../dashboard/timeliness';
import { ContractInstalment } from '../contracts/contract-instalment.entity';
import { ContractYear } from '../contracts/contract-year.entity';
import { Contract } from '../contracts/contract.entity';

/** The fund 政府购买服务 contracts are committed from (R27). */
export const PROCUREMENT_FUND: FundCodeValue = 'GOVERNMENT_PURCHASE';

/**
 * Where procurement keeps its side of the conversation with finance, as venture does with awards
 * and tranches: a contract year is the commitment (its id), against its own budget year (R27), and
 * its instalments are the payments (R25). An instalment is due once its trigger released it
 * (signing or renewal, a passing monitoring check, the final evaluation); once the year's final
 * evaluation is in and something was held or reduced, the year pays no more and the kit releases
 * the rest. The kit's ProgrammeFunding moves the states; this loads and saves them.
 */
@Injectable()
export class ProcurementFundingPort extends FundingPort {
  readonly programme = 'procurement' as const;

  async load(
    manager: EntityManager,
    by: { commitmentId: string } | { paymentId: string },
  ): Promise<Funding | null> {
    let yearId = 'commitmentId' in by ? by.commitmentId : null;
    if (!yearId) {
      const instalment = await manager.findOneBy(ContractInstalment, {
        paymentId: (by as { paymentId: string }).paymentId,
      });
      yearId = instalment?.yearId ?? null;
    }
    if (!yearId) return null;
    const year = await manager.findOne(ContractYear, {
      where: { id: yearId },
      lock: { mode: 'pessimistic_write' },
    });
    // A year not renewed yet has no commitment at finance.
    if (!year?.commitmentState) return null;
    const contract = await manager.findOneByOrFail(Contract, { id: year.contractId });
    const instalments = await manager.find(ContractInstalment, {
      where: { yearId },
      order: { position: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    return yearFunding(contract, year, instalments);
  }

  async save(manager: EntityManager, funding: Funding): Promise<void> {
    const { commitment } = funding;
    await manager.update(ContractYear, commitment.id, {
      commitmentState: commitment.state,
      statusReason: commitment.reason,
      releasedFen: commitment.releasedFen,
    });
    for (const payment of funding.payments) {
      await manager.update(ContractInstalment, payment.key, {
        payment: payment.state,
        paymentId: payment.paymentId,
        statusReason: payment.reason,
        bankReference: payment.bankReference,
        paidAt: payment.paidAt,
        custodianName: payment.custodianName,
      });
    }
  }

  /** The instalments released and not asked of finance yet, in order (R25). */
  async duePayments(manager: EntityManager, funding: Funding): Promise<FundedPayment[]> {
    const released = await manager.find(ContractInstalment, {
      where: { yearId: funding.commitment.id, release: 'RELEASED' },
    });
    const keys = new Set(released.map((i) => i.id));
    return funding.payments.filter((p) => p.state === 'NOT_REQUESTED' && keys.has(p.key));
  }

  async order(
    manager: EntityManager,
    funding: Funding,
    payment: FundedPayment,
  ): Promise<PaymentOrder> {
    const year = await manager.findOneByOrFail(ContractYear, { id: funding.commitment.id });
    const contract = await manager.findOneByOrFail(Contract, { id: year.contractId });
    const instalment = await manager.findOneByOrFail(ContractInstalment, { id: payment.key });
    return {
      organizationName: contract.undertakerName,
      reference: `政府购买服务（第${year.year}年 ${instalment.key}）：${contract.title}`,
      bankAccount: contract.bankAccount, // R30: sealed as stored; finance opens it to pay (R28)
    };
  }

  /** The undertaker's organization is told of each instalment paid or failed (issue #18). */
  override async paymentNotice(
    manager: EntityManager,
    funding: Funding,
  ): Promise<PaymentNoticeSubject | null> {
    const year = await manager.findOneByOrFail(ContractYear, { id: funding.commitment.id });
    const contract = await manager.findOneByOrFail(Contract, { id: year.contractId });
    if (!contract.organizationId) return null;
    return {
      title: { zh: contract.title, en: contract.title },
      link: `/procurement/undertaker/contracts/${contract.id}`,
      organizationId: contract.organizationId,
    };
  }

  /**
   * issue #18: the contract's time to its first instalment paid (R28), under its bid, in the
   * settlement's inbox transaction.
   */
  override async paymentSettled(manager: EntityManager, funding: Funding, payment: FundedPayment) {
    const year = await manager.findOneByOrFail(ContractYear, { id: funding.commitment.id });
    const contract = await manager.findOneByOrFail(Contract, { id: year.contractId });
    const earliest = await earliestPaid(manager, contract.id, payment.key);
    await countInstalmentPaid(manager, contract.bidId, earliest, payment.paidAt!);
  }

  /**
   * Why the year pays no more (R25, R27): its final evaluation is in, and an instalment was held or
   * the final reduced; what is released is still paid, the rest goes back to the budget.
   */
  override async paysNoMore(manager: EntityManager, funding: Funding): Promise<string | null> {
    const yearId = funding.commitment.id;
    const final = await manager.findOneBy(ContractEvaluation, { yearId, kind: 'FINAL' });
    const instalments = await manager.find(ContractInstalment, { where: { yearId } });
    return yearPaysNoMore(final !== null, instalments) ? yearClosedReason(final!) : null;
  }
}

/** A contract year and its instalments as the programme kit sees them. */
export function yearFunding(
  contract: Contract,
  year: ContractYear,
  instalments: ContractInstalment[],
): Funding {
  if (!year.commitmentState) throw new Error(`contract year ${year.id} is not renewed yet`);
  return {
    commitment: {
      id: year.id,
      organizationId: contract.payeeId,
      amountFen: year.amountFen,
      state: year.commitmentState,
      reason: year.statusReason,
      releasedFen: year.releasedFen,
    },
    payments: instalments.map((i) => ({
      key: i.id,
      paymentId: i.paymentId,
      amountFen: i.amountFen,
      state: i.payment,
      reason: i.statusReason,
      bankReference: i.bankReference,
      paidAt: i.paidAt,
      custodianName: i.custodianName,
    })),
  };
}

/** Why a contract year pays no more: its final evaluation and what it decided (R25). */
export function yearClosedReason(final: ContractEvaluation): string {
  return `政府购买服务：第${final.year}年度结项评价得分 ${Number(final.totalScore)}，${final.reasonZh}；未付资金释放`;
}
