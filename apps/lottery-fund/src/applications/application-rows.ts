import type { EntityManager } from 'typeorm';
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
  'bankAccount',
  'status',
  'priorityBonus',
  'priority',
  'submittedBy',
] as const satisfies readonly (keyof SubsidyApplication)[];

/**
 * Inserts new applications with one multi-row INSERT (no entity machinery on the hot path of a
 * submission surge) and sets each one's `submittedAt` from the database, as TypeORM's insert did.
 * Columns and table come from the entity's metadata; jsonb values are sent as JSON text.
 */
export async function insertApplications(
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

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function quotedPath(tablePath: string): string {
  return tablePath.split('.').map(quote).join('.');
}
