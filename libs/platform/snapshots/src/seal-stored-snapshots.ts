import {
  migrationCipher,
  openStoredAccount,
  sealStoredAccount,
  type StoredAccount,
} from '@civic/platform/pii';
import type { QueryRunner } from 'typeorm';

type Row = { organization_id: string; custodian: StoredAccount };

/**
 * For a programme service's data migration (R3, R30): the custodian account numbers in the
 * organization snapshots it stored before are sealed as they are (`seal`), or opened again
 * (`open`, the migration's down). Rows without a custodian are left alone; no custodian, no key.
 */
export async function sealStoredSnapshotCustodians(
  queryRunner: QueryRunner,
  schema: string,
  direction: 'seal' | 'open',
): Promise<void> {
  const rows: Row[] = await queryRunner.query(
    `SELECT organization_id, data->'financialCustodian' AS custodian FROM "${schema}".organization_snapshot
      WHERE jsonb_typeof(data->'financialCustodian') = 'object'`,
  );
  if (rows.length === 0) return;
  const cipher = migrationCipher();
  for (const row of rows) {
    const custodian =
      direction === 'seal'
        ? sealStoredAccount(cipher, row.custodian)
        : openStoredAccount(cipher, row.custodian);
    await queryRunner.query(
      `UPDATE "${schema}".organization_snapshot
          SET data = jsonb_set(data, '{financialCustodian}', $2::jsonb) WHERE organization_id = $1`,
      [row.organization_id, JSON.stringify(custodian)],
    );
  }
}
