import { pageWindow, type ContractsQuery } from '@civic/contracts';
import { Injectable } from '@nestjs/common';
import { type EntityManager, type FindOptionsWhere, In } from 'typeorm';
import { CatalogueItem } from '../catalogue/catalogue-item.entity';
import { Objection } from '../evaluation/objection.entity';
import { PurchaseProject } from '../projects/purchase-project.entity';
import { ContractEvaluation } from './contract-evaluation.entity';
import { ContractInstalment } from './contract-instalment.entity';
import { ContractReport } from './contract-report.entity';
import { ContractYear } from './contract-year.entity';
import { Contract } from './contract.entity';

/**
 * What a contract's views show beside it: its project's item and region, years, evaluations, and
 * the undertaker's reports (not published, R30).
 */
export interface ContractParts {
  projects: Map<string, { catalogueItemName: string; regionCode: string }>;
  years: ContractYear[];
  instalments: ContractInstalment[];
  evaluations: ContractEvaluation[];
  reports: ContractReport[];
}

/** The contracts feature's reads that span its tables, its locks and the database clock (R25). */
@Injectable()
export class ContractsRepository {
  /** The database's clock: the objection window is checked against it, never the service's. */
  async databaseNow(manager: EntityManager): Promise<Date> {
    const [row] = await manager.query(`SELECT now() AS now`);
    return new Date(row.now);
  }

  lockProject(manager: EntityManager, id: string): Promise<PurchaseProject | null> {
    return manager.findOne(PurchaseProject, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  lockContract(manager: EntityManager, id: string): Promise<Contract | null> {
    return manager.findOne(Contract, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Objections to the project's result not answered yet (R25): no contract while there is one. */
  openObjections(manager: EntityManager, projectId: string): Promise<number> {
    return manager.countBy(Objection, { projectId, status: 'OPEN' });
  }

  /** Whether finance announced a government purchase budget for the year (R27; art. 14). */
  async yearBudgetPresent(manager: EntityManager, fiscalYear: number): Promise<boolean> {
    const [row] = await manager.query(
      `SELECT appropriated_fen FROM procurement.purchase_budget WHERE fiscal_year = $1`,
      [fiscalYear],
    );
    return !!row && Number(row.appropriated_fen) > 0;
  }

  yearsOf(manager: EntityManager, contractId: string): Promise<ContractYear[]> {
    return manager.find(ContractYear, { where: { contractId }, order: { year: 'ASC' } });
  }

  /** A contract year's instalments in order, locked for a change in the caller's transaction. */
  instalmentsOf(manager: EntityManager, yearId: string): Promise<ContractInstalment[]> {
    return manager.find(ContractInstalment, {
      where: { yearId },
      order: { position: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  finalsOf(manager: EntityManager, contractId: string): Promise<ContractEvaluation[]> {
    return manager.findBy(ContractEvaluation, { contractId, kind: 'FINAL' });
  }

  /** Whether the contract year has its final report (R25: one a year). */
  finalReported(manager: EntityManager, yearId: string): Promise<boolean> {
    return manager.existsBy(ContractReport, { yearId, kind: 'FINAL' });
  }

  /** A page of contracts, newest first; `where` narrows it (an organization's own). */
  async page(
    manager: EntityManager,
    query: ContractsQuery,
    where: FindOptionsWhere<Contract> = {},
  ): Promise<{ contracts: Contract[]; total: number; page: number; pageSize: number }> {
    const { page, pageSize, skip, take } = pageWindow(query);
    const [contracts, total] = await manager.findAndCount(Contract, {
      where: {
        ...where,
        ...(query.fiscalYear ? { fiscalYear: query.fiscalYear } : {}),
        ...(query.status ? { status: query.status } : {}),
      },
      order: { signedAt: 'DESC', id: 'ASC' },
      skip,
      take,
    });
    return { contracts, total, page, pageSize };
  }

  async parts(manager: EntityManager, contracts: readonly Contract[]): Promise<ContractParts> {
    const ids = contracts.map((c) => c.id);
    if (ids.length === 0) {
      return { projects: new Map(), years: [], instalments: [], evaluations: [], reports: [] };
    }
    const projects = await manager.findBy(PurchaseProject, {
      id: In(contracts.map((c) => c.projectId)),
    });
    const items = await manager.findBy(CatalogueItem, {
      id: In(projects.map((p) => p.catalogueItemId)),
    });
    const itemName = new Map(items.map((i) => [i.id, i.name]));
    return {
      projects: new Map(
        projects.map((p) => [
          p.id,
          { catalogueItemName: itemName.get(p.catalogueItemId) ?? '', regionCode: p.regionCode },
        ]),
      ),
      years: await manager.find(ContractYear, {
        where: { contractId: In(ids) },
        order: { year: 'ASC' },
      }),
      instalments: await manager.find(ContractInstalment, {
        where: { contractId: In(ids) },
        order: { position: 'ASC' },
      }),
      evaluations: await manager.find(ContractEvaluation, {
        where: { contractId: In(ids) },
        order: { evaluatedAt: 'ASC', id: 'ASC' },
      }),
      reports: await manager.find(ContractReport, {
        where: { contractId: In(ids) },
        order: { submittedAt: 'DESC', id: 'ASC' },
      }),
    };
  }
}
