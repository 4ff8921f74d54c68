import {
  type ApprovedByPurpose,
  HOLDING_STATUSES,
  type LotteryPurpose,
} from '@civic/domain/lottery';
import { bigintFen } from '@civic/platform/database';
import { Injectable } from '@nestjs/common';
import { type EntityManager, IsNull, Not } from 'typeorm';
import { SubsidyApplication } from './entities/subsidy-application.entity';

/** The columns a submission sets; the others are null, and `submittedAt` is the database's now(). */
const SUBMITTED_COLUMNS = [
  'id',
  'programmeId',
  'organizationId',
  'organizationName',
  'organizationAreaType',
  'streetCode',
  'projectName',
  'projectKey',
  'projectAreaType',
  'beneficiaries',
  'budgetLines',
  'requestedFen',
  'contactName',
  'contactPhone',
  'contactPhoneMasked',
  'bankAccount',
  'status',
  'priorityBonus',
  'priority',
  'budgetPolicyVersion',
  'answers',
  'formVersion',
  'submittedBy',
] as const satisfies readonly (keyof SubsidyApplication)[];

/** Applications that compete for the programme's money: waiting, or already holding some (R27). */
const COMPETING = ['SUBMITTED' as const, ...HOLDING_STATUSES];

/**
 * What the ranking reads of an application (R13, R14): its place, its money and its reasons; not
 * its budget lines, beneficiaries, contact, account or answers, which a province-scale programme's
 * ranking would otherwise load and parse for every application (issue #19).
 */
export type RankedApplication = Pick<
  SubsidyApplication,
  | 'id'
  | 'organizationName'
  | 'projectName'
  | 'organizationAreaType'
  | 'requestedFen'
  | 'status'
  | 'priorityBonus'
  | 'merit'
  | 'fundingSource'
> & { priority: Pick<SubsidyApplication['priority'], 'reasons'> };

/** A project an organization applies to a programme for, as R27 tells projects apart. */
export interface ProjectOfProgramme {
  programmeId: string;
  organizationId: string;
  projectKey: string;
}

/** The applications' SQL, each statement in the caller's transaction. */
@Injectable()
export class ApplicationsRepository {
  /**
   * Inserts new applications with one multi-row INSERT (no entity machinery on the hot path of a
   * submission surge) and sets each one's `submittedAt` from the database, as TypeORM's insert did.
   * Columns and table come from the entity's metadata; jsonb values are sent as JSON text.
   */
  async insertSubmitted(
    manager: EntityManager,
    applications: readonly SubsidyApplication[],
  ): Promise<void> {
    if (applications.length === 0) return;
    const metadata = manager.connection.getMetadata(SubsidyApplication);
    const column = (property: keyof SubsidyApplication) => {
      const found = metadata.findColumnWithPropertyName(property);
      if (!found) throw new Error(`SubsidyApplication has no column for ${property}`);
      return found;
    };
    const columns = SUBMITTED_COLUMNS.map(column);
    const json = columns.map((c) => c.type === 'jsonb' || c.type === 'json');
    const values: unknown[] = [];
    const rows = applications.map((application) => {
      const first = values.length + 1;
      SUBMITTED_COLUMNS.forEach((property, i) => {
        const value = application[property];
        values.push(json[i] ? JSON.stringify(value) : value);
      });
      return `(${columns.map((_, i) => `$${first + i}`).join(', ')})`;
    });
    const id = quote(column('id').databaseName);
    const submittedAt = quote(column('submittedAt').databaseName);
    const returned: { id: string; submitted_at: Date }[] = await manager.query(
      `INSERT INTO ${quotedPath(metadata.tablePath)} (${columns.map((c) => quote(c.databaseName)).join(', ')})
     VALUES ${rows.join(', ')}
     RETURNING ${id} AS id, ${submittedAt} AS submitted_at`,
      values,
    );
    const submitted = new Map(returned.map((row) => [row.id, row.submitted_at]));
    for (const application of applications) {
      const at = submitted.get(application.id);
      if (!at) throw new Error(`application ${application.id} was not inserted`);
      application.submittedAt = at;
    }
  }

  /**
   * Of these projects, the ones a stored application that is still alive (not rejected, refused
   * or withdrawn) applies for already, as `programme/organization/project key` (R27).
   */
  async projectsTaken(
    manager: EntityManager,
    projects: readonly ProjectOfProgramme[],
  ): Promise<Set<string>> {
    const rows: { key: string }[] = await manager.query(
      `SELECT a.programme_id || '/' || a.organization_id || '/' || a.project_key AS key
         FROM "lottery_fund".subsidy_application a
         JOIN unnest($1::uuid[], $2::uuid[], $3::varchar[]) AS s(programme_id, organization_id, project_key)
           ON a.programme_id = s.programme_id AND a.organization_id = s.organization_id
          AND a.project_key = s.project_key
        WHERE a.status NOT IN ('REJECTED', 'COMMITMENT_REFUSED', 'WITHDRAWN')`,
      [
        projects.map((p) => p.programmeId),
        projects.map((p) => p.organizationId),
        projects.map((p) => p.projectKey),
      ],
    );
    return new Set(rows.map((row) => row.key));
  }

  /**
   * The programme's competing applications: waiting, or holding money (R27), with only what the
   * ranking reads, in one statement through the programme's index (issue #19: 10,000 of them).
   * Applications scored for the same factors have the same reasons: each text is parsed once.
   */
  async competing(manager: EntityManager, programmeId: string): Promise<RankedApplication[]> {
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT id, organization_name, project_name, organization_area_type,
              requested_fen::text AS requested_fen, status, priority_bonus, merit, funding_source,
              (priority->'reasons')::text AS reasons
         FROM "lottery_fund".subsidy_application
        WHERE programme_id = $1 AND status = ANY($2)`,
      [programmeId, COMPETING],
    );
    const reasons = new Map<string, RankedApplication['priority']['reasons']>();
    const parsed = (text: string) => {
      let found = reasons.get(text);
      if (!found) reasons.set(text, (found = JSON.parse(text)));
      return found!;
    };
    return rows.map((r) => ({
      id: r.id as string,
      organizationName: r.organization_name as string,
      projectName: r.project_name as string,
      organizationAreaType: r.organization_area_type as RankedApplication['organizationAreaType'],
      requestedFen: bigintFen.from(r.requested_fen) as number,
      status: r.status as RankedApplication['status'],
      priorityBonus: r.priority_bonus as number,
      merit: r.merit as number | null,
      fundingSource: r.funding_source as RankedApplication['fundingSource'],
      priority: { reasons: parsed(r.reasons as string) },
    }));
  }

  /** Every assessed application of the programme, whatever its status (R13; issue #18). */
  assessed(manager: EntityManager, programmeId: string): Promise<SubsidyApplication[]> {
    return manager.findBy(SubsidyApplication, { programmeId, merit: Not(IsNull()) });
  }

  /** What the programme's applications that hold money ask for in all (R27). */
  async heldFen(manager: EntityManager, programmeId: string): Promise<number> {
    const [{ held }] = await manager.query(
      `SELECT coalesce(sum(requested_fen), 0)::text AS held FROM "lottery_fund".subsidy_application
        WHERE programme_id = $1 AND status = ANY($2)`,
      [programmeId, HOLDING_STATUSES],
    );
    return Number(held);
  }

  /** What the year's applications that hold money ask for, by purpose (R21). */
  async heldByPurpose(manager: EntityManager, fiscalYear: number): Promise<ApprovedByPurpose> {
    const rows: { purpose: LotteryPurpose; fen: string }[] = await manager.query(
      `SELECT p.purpose, sum(a.requested_fen)::text AS fen
         FROM "lottery_fund".subsidy_application a
         JOIN "lottery_fund".subsidy_programme p ON p.id = a.programme_id
        WHERE p.fiscal_year = $1 AND a.status = ANY($2) GROUP BY p.purpose`,
      [fiscalYear, HOLDING_STATUSES],
    );
    return Object.fromEntries(rows.map((r) => [r.purpose, Number(r.fen)]));
  }
}

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function quotedPath(tablePath: string): string {
  return tablePath.split('.').map(quote).join('.');
}
