import { randomUUID } from 'node:crypto';
import {
  type ContractView,
  IdRef,
  type RpcActor,
  SubmitContractReportDto,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { reportContentCheck, reportStateCheck } from '@civic/domain/procurement';
import { AuditTrail } from '@civic/platform/audit';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { refused } from '../rule-errors';
import { ownsContract } from './contract-access';
import { noContractYear } from './contract-errors';
import { ContractReport } from './contract-report.entity';
import { contractView } from './contract.mapper';
import { Contract } from './contract.entity';
import { ContractsRepository } from './contracts.repository';

/**
 * The undertaker's performance reports (履约报告, R25; Order 102: performance is evaluated, and
 * payment follows the contract and the evaluation), as a venture grantee reports its milestones.
 * Only the applicant of the undertaker's own organization reports on its contract (others are
 * answered 404, issue #15), and only while the contract year is in performance: signed or renewed,
 * its final evaluation not in (409). A year takes progress reports and one final report (409 for a
 * second; the database's unique index holds it under a race). The report's period lies within the
 * year and its figures name the contract's indicators (422). Reports are read by officers and the
 * undertaker, never published: they may name the people served (R30).
 */
@Injectable()
export class ContractReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly repository: ContractsRepository,
  ) {}

  async report(id: string, input: unknown, actor: RpcActor): Promise<ContractView> {
    authorize(actor, Permission.PROCUREMENT_APPLY);
    validatePlain(IdRef, { id }, 'contract');
    const dto = validatePlain(SubmitContractReportDto, input, 'report');
    await this.dataSource.transaction(async (manager) => {
      const contract = await this.repository.lockContract(manager, id);
      if (!contract) throw ServiceError.notFound('contract', id);
      if (!ownsContract(actor, contract)) throw ServiceError.notVisible('contract', id);
      const years = await this.repository.yearsOf(manager, id);
      const year = years.find((y) => y.year === dto.year);
      if (!year) throw noContractYear(dto.year, years.length);
      const finals = await this.repository.finalsOf(manager, id);
      const state = reportStateCheck({
        status: contract.status,
        kind: dto.kind,
        year: {
          ...year,
          renewed: year.commitmentState !== null,
          finalEvaluated: finals.some((e) => e.yearId === year.id),
          finalReported: await this.repository.finalReported(manager, year.id),
        },
      });
      if (!state.ok) throw refused(state, 409);
      const figures = (dto.figures ?? []).map((f) => ({
        indicator: f.indicator.trim(),
        achieved: f.achieved.trim(),
      }));
      const content = reportContentCheck({
        indicators: contract.indicators,
        year,
        periodFrom: dto.periodFrom,
        periodTo: dto.periodTo,
        figures,
      });
      if (!content.ok) throw refused(content);
      const report = manager.create(ContractReport, {
        id: randomUUID(),
        contractId: id,
        yearId: year.id,
        year: year.year,
        kind: dto.kind,
        periodFrom: dto.periodFrom,
        periodTo: dto.periodTo,
        summary: dto.summary.trim(),
        figures,
        submittedBy: actor.name ?? actor.userId,
      });
      await manager.insert(ContractReport, report);
      await this.audit.record(manager, {
        actor,
        action: `contract.${dto.kind.toLowerCase()}-reported`,
        entityType: 'contract',
        entityId: id,
        after: { report },
      });
    });
    const manager = this.dataSource.manager;
    const contract = await manager.findOneByOrFail(Contract, { id });
    return contractView(contract, await this.repository.parts(manager, [contract]));
  }
}
