import { randomUUID } from 'node:crypto';
import {
  type ContractPage,
  ContractsQuery,
  type ContractView,
  IdRef,
  type PublicContractPage,
  type RpcActor,
  SignContractDto,
  validatePlain,
} from '@civic/contracts';
import { hasPermission, Permission } from '@civic/domain/access';
import {
  checkContractTerm,
  checkIndicators,
  checkInstalmentSchedule,
  planContractYears,
  purchaseProjectStatus,
  renewalCheck,
} from '@civic/domain/procurement';
import { AuditTrail } from '@civic/platform/audit';
import { PersonalDataCipher, sealPayeeAccount } from '@civic/platform/pii';
import { ProgrammeFunding } from '@civic/platform/programme-kit';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { CatalogueItem } from '../catalogue/catalogue-item.entity';
import { DirectoryEntry } from '../directory/directory-entry.entity';
import { PROCUREMENT_FUND, yearFunding } from '../funding/procurement-funding.port';
import { purchasePolicyInForce } from '../policy/purchase-policy';
import { Bid } from '../projects/bid.entity';
import type { PurchaseProject } from '../projects/purchase-project.entity';
import { refused } from '../rule-errors';
import {
  contractCompleted,
  noAwardedBid,
  objectionOpen,
  objectionWindowOpen,
  previousYearNotCommitted,
  termNotAnnounced,
  undertakerNotListed,
} from './contract-errors';
import { ownsContract } from './contract-access';
import { ContractInstalment } from './contract-instalment.entity';
import { contractView, publicContractView } from './contract.mapper';
import { startYear, yearRows } from './contract-rows';
import { ContractYear } from './contract-year.entity';
import { Contract } from './contract.entity';
import { ContractsRepository } from './contracts.repository';

/**
 * Purchase contracts (R25; Order 102 art. 23–24). An officer signs the contract of an awarded
 * project once the result's objection window has passed by the database clock and no objection is
 * open: the term checked again against art. 24, the instalment schedule over the awarded price,
 * the indicators, the payee account sealed (R30). The contract is published; its first year is
 * committed at finance from the government purchase fund for the project's fiscal year, and each
 * later year when renewed against its own year's budget (R27). The conversation with finance is
 * the programme kit's (ProgrammeFunding over ProcurementFundingPort); evaluations have their own
 * service.
 */
@Injectable()
export class ContractsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly funding: ProgrammeFunding,
    private readonly cipher: PersonalDataCipher,
    private readonly repository: ContractsRepository,
  ) {}

  async sign(projectId: string, input: unknown, actor: RpcActor): Promise<ContractView> {
    authorize(actor, Permission.PROCUREMENT_PURCHASE_MANAGE);
    validatePlain(IdRef, { id: projectId }, 'project');
    const dto = validatePlain(SignContractDto, input, 'contract');
    const id = await this.dataSource.transaction(async (manager) => {
      const project = await this.repository.lockProject(manager, projectId);
      if (!project) throw ServiceError.notFound('purchase project', projectId);
      const before = { ...project };
      project.status = purchaseProjectStatus.next(project.status, 'SIGN_CONTRACT');
      const now = await this.repository.databaseNow(manager);
      if (!project.objectionDeadline || project.objectionDeadline >= now) {
        throw objectionWindowOpen(project.objectionDeadline);
      }
      const open = await this.repository.openObjections(manager, projectId);
      if (open > 0) throw objectionOpen(open);
      const { bid, entry } = await this.awarded(manager, project);
      const item = await manager.findOneByOrFail(CatalogueItem, { id: project.catalogueItemId });
      const policy = await purchasePolicyInForce(manager, undefined, project.regionCode);
      const term = checkContractTerm(policy, {
        months: dto.months,
        stable: item.stable,
        budgetSecured: project.budgetSecured,
      });
      if (!term.ok) throw refused(term);
      if (dto.months !== project.contractMonths) {
        throw termNotAnnounced(dto.months, project.contractMonths);
      }
      const schedule = checkInstalmentSchedule(policy, bid.priceFen, dto.instalments);
      if (!schedule.ok) throw refused(schedule);
      const indicators = checkIndicators(dto.indicators);
      if (!indicators.ok) throw refused(indicators);
      const plan = planContractYears({
        startDate: dto.startDate,
        months: dto.months,
        fiscalYear: project.fiscalYear,
        instalments: schedule.instalments,
      });
      if (!plan.ok) throw refused(plan);

      const contract = manager.create(Contract, {
        id: randomUUID(),
        projectId,
        bidId: bid.id,
        entryId: entry.id,
        organizationId: entry.organizationId,
        payeeId: entry.organizationId ?? entry.id,
        undertakerName: entry.name,
        undertakerKind: entry.kind,
        title: project.title,
        amountFen: bid.priceFen,
        startDate: dto.startDate,
        endDate: plan.years[plan.years.length - 1].endsOn,
        months: dto.months,
        fiscalYear: project.fiscalYear,
        schedule: schedule.instalments,
        indicators: dto.indicators.map((i) => ({ ...i, name: i.name.trim() })),
        bankAccount: sealPayeeAccount(this.cipher, dto.bankAccount),
        status: 'IN_FORCE',
        policyVersion: policy.version,
        signedBy: actor.name ?? actor.userId,
        signedAt: now,
      });
      await manager.insert(Contract, contract);
      const { years, instalments } = yearRows(contract.id, plan.years);
      const [first] = years;
      startYear(first, instalments, contract.signedBy, now);
      await manager.insert(ContractYear, years);
      await manager.insert(ContractInstalment, instalments);
      await manager.save(project);
      await this.funding.requestCommitment(
        manager,
        yearFunding(
          contract,
          first,
          instalments.filter((i) => i.yearId === first.id),
        ),
        {
          fund: PROCUREMENT_FUND,
          fiscalYear: first.fiscalYear,
          reference: `政府购买服务：${contract.title}`,
        },
      );
      await this.audit.record(manager, {
        actor,
        action: 'contract.signed',
        entityType: 'contract',
        entityId: contract.id,
        before: { project: before },
        after: { ...withoutSealed(contract), years, instalments },
      });
      return contract.id;
    });
    return this.view(this.dataSource.manager, id);
  }

  /**
   * Renew the next contract year against that year's budget (R25, R27; Order 102 art. 24): refused
   * without the year's budget, or while the year before is not committed at finance; then that
   * year is committed and its signing instalments fall due once finance commits.
   */
  async renew(id: string, actor: RpcActor): Promise<ContractView> {
    authorize(actor, Permission.PROCUREMENT_PURCHASE_MANAGE);
    validatePlain(IdRef, { id }, 'contract');
    await this.dataSource.transaction(async (manager) => {
      const contract = await this.repository.lockContract(manager, id);
      if (!contract) throw ServiceError.notFound('contract', id);
      if (contract.status !== 'IN_FORCE') throw contractCompleted();
      const years = await this.repository.yearsOf(manager, id);
      const next = years.find((y) => y.commitmentState === null);
      const number = next?.year ?? years.length + 1;
      const check = renewalCheck({
        termMonths: contract.months,
        year: number,
        yearBudgetPresent:
          !!next && (await this.repository.yearBudgetPresent(manager, next.fiscalYear)),
      });
      if (!check.ok) throw refused(check);
      const previous = years.find((y) => y.year === number - 1)!;
      if (!['COMMITTED', 'RELEASING', 'RELEASED'].includes(previous.commitmentState ?? '')) {
        throw previousYearNotCommitted(previous.year, previous.commitmentState);
      }
      const year = next!;
      const instalments = await this.repository.instalmentsOf(manager, year.id);
      startYear(
        year,
        instalments,
        actor.name ?? actor.userId,
        await this.repository.databaseNow(manager),
      );
      await manager.save(year);
      await manager.save(instalments);
      await this.funding.requestCommitment(manager, yearFunding(contract, year, instalments), {
        fund: PROCUREMENT_FUND,
        fiscalYear: year.fiscalYear,
        reference: `政府购买服务（第${year.year}年续签）：${contract.title}`,
      });
      await this.audit.record(manager, {
        actor,
        action: 'contract.renewed',
        entityType: 'contract',
        entityId: id,
        after: { year: year.year, fiscalYear: year.fiscalYear, amountFen: year.amountFen },
      });
    });
    return this.view(this.dataSource.manager, id);
  }

  /** Officers' list, every contract, newest first. */
  async list(input: unknown, actor: RpcActor): Promise<ContractPage> {
    authorize(actor, Permission.PROCUREMENT_PURCHASE_MANAGE);
    const query = validatePlain(ContractsQuery, input ?? {}, 'query');
    return this.page(query, {});
  }

  /** The contracts of the applicant's own organization (the undertaker's), newest first. */
  async mine(input: unknown, actor: RpcActor): Promise<ContractPage> {
    authorize(actor, Permission.PROCUREMENT_APPLY);
    const query = validatePlain(ContractsQuery, input ?? {}, 'query');
    if (!actor.organizationId) {
      throw ServiceError.forbidden(
        'an applicant must be bound to an organization to see its contracts',
        '申请人账号尚未绑定组织，无法查看合同',
      );
    }
    return this.page(query, { organizationId: actor.organizationId });
  }

  /** A contract: officers every one, an undertaker's applicant its own (404 for others, issue #15). */
  async get(id: string, actor: RpcActor): Promise<ContractView> {
    const officer = hasPermission(actor.roles, Permission.PROCUREMENT_PURCHASE_MANAGE);
    if (!officer) authorize(actor, Permission.PROCUREMENT_APPLY);
    validatePlain(IdRef, { id }, 'contract');
    const manager = this.dataSource.manager;
    const contract = await manager.findOneBy(Contract, { id });
    if (!contract) throw ServiceError.notFound('contract', id);
    if (!officer && !ownsContract(actor, contract)) throw ServiceError.notVisible('contract', id);
    return contractView(contract, await this.repository.parts(manager, [contract]));
  }

  /** Published contracts (Order 102 art. 23), for anyone without logging in: no personal data. */
  async published(input: unknown): Promise<PublicContractPage> {
    const query = validatePlain(ContractsQuery, input ?? {}, 'query');
    const manager = this.dataSource.manager;
    const { contracts, ...page } = await this.repository.page(manager, query);
    const parts = await this.repository.parts(manager, contracts);
    return { ...page, items: contracts.map((c) => publicContractView(c, parts)) };
  }

  /** The awarded bid and its undertaker's entry, which must still be listed (R24, R25). */
  private async awarded(manager: EntityManager, project: PurchaseProject) {
    const bid = project.awardedBidId
      ? await manager.findOneBy(Bid, { id: project.awardedBidId })
      : null;
    if (!bid || bid.status !== 'AWARDED') throw noAwardedBid();
    const entry = await manager.findOneByOrFail(DirectoryEntry, { id: bid.entryId });
    if (entry.status !== 'LISTED') throw undertakerNotListed(entry.status);
    return { bid, entry };
  }

  private async page(query: ContractsQuery, where: { organizationId?: string }) {
    const manager = this.dataSource.manager;
    const { contracts, ...page } = await this.repository.page(manager, query, where);
    const parts = await this.repository.parts(manager, contracts);
    return { ...page, items: contracts.map((c) => contractView(c, parts)) };
  }

  private async view(manager: EntityManager, id: string): Promise<ContractView> {
    const contract = await manager.findOneByOrFail(Contract, { id });
    return contractView(contract, await this.repository.parts(manager, [contract]));
  }
}

/** A contract for the audit trail: the account's masked number, never its sealed token (R30). */
function withoutSealed(contract: Contract) {
  const { accountNumberSealed: _sealed, ...bankAccount } = contract.bankAccount;
  return { ...contract, bankAccount };
}
