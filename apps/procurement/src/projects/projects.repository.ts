import type {
  PurchaseProjectPage,
  PurchaseProjectQuery,
  PurchaseProjectView,
} from '@civic/contracts';
import { pageWindow } from '@civic/contracts';
import type { YearBudget } from '@civic/domain/procurement';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { projectView, type ProjectRow } from './projects.mapper';

/** Projects that no longer plan to spend their budget (R27). */
const CLOSED = ['CANCELLED', 'FAILED'];

/** The SQL of purchase projects: the year's budget under lock, views with their item and bids. */
@Injectable()
export class ProjectsRepository {
  /**
   * The year's government purchase budget (finance's announcement) and what live projects already
   * plan, with the budget row locked so that two projects cannot both take the last of it (R27).
   */
  async lockYearBudget(manager: EntityManager, fiscalYear: number): Promise<YearBudget> {
    const [budget] = await manager.query(
      `SELECT appropriated_fen FROM procurement.purchase_budget WHERE fiscal_year = $1 FOR UPDATE`,
      [fiscalYear],
    );
    const [planned] = await manager.query(
      `SELECT COALESCE(SUM(budget_fen), 0)::bigint AS fen FROM procurement.purchase_project
        WHERE fiscal_year = $1 AND status <> ALL($2::varchar[])`,
      [fiscalYear, CLOSED],
    );
    return {
      appropriatedFen: budget ? Number(budget.appropriated_fen) : null,
      plannedFen: Number(planned.fen),
    };
  }

  /** The database's clock: deadlines are checked against it, never the service's (R25). */
  async databaseNow(manager: EntityManager): Promise<Date> {
    const [row] = await manager.query(`SELECT now() AS now`);
    return new Date(row.now);
  }

  async view(manager: EntityManager, id: string): Promise<PurchaseProjectView | null> {
    const rows: ProjectRow[] = await manager.query(`${SELECT} WHERE p.id = $1`, [id]);
    return rows[0] ? projectView(rows[0]) : null;
  }

  /**
   * A page of projects, newest first. `published` keeps to announced ones (the public page): a
   * draft is the buyer's own until its announcement.
   */
  async page(
    manager: EntityManager,
    query: PurchaseProjectQuery,
    published: boolean,
  ): Promise<PurchaseProjectPage> {
    const { page, pageSize, skip, take } = pageWindow(query);
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (published) where.push(`p.announced_at IS NOT NULL`);
    if (query.fiscalYear) add('p.fiscal_year = ?', query.fiscalYear);
    if (query.status) add('p.status = ?', query.status);
    if (query.regionCode) add('p.region_code = ?', query.regionCode);
    const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await manager.query(
      `SELECT count(*)::int AS total FROM procurement.purchase_project p ${clause}`,
      params,
    );
    const rows: ProjectRow[] = await manager.query(
      `${SELECT} ${clause} ORDER BY p.created_at DESC, p.id LIMIT ${take} OFFSET ${skip}`,
      params,
    );
    return { items: rows.map(projectView), total, page, pageSize };
  }
}

const SELECT = `
  SELECT p.*, i.name AS item_name, i.stable AS item_stable,
         (SELECT count(*)::int FROM procurement.bid b
           WHERE b.project_id = p.id AND b.status <> 'WITHDRAWN') AS bid_count
    FROM procurement.purchase_project p
    JOIN procurement.catalogue_item i ON i.id = p.catalogue_item_id`;
