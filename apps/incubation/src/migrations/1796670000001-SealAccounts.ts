import {
  migrationCipher,
  openStoredAccount,
  sealStoredAccount,
  type StoredAccount,
} from '@civic/platform/pii';
import { sealStoredSnapshotCustodians } from '@civic/platform/snapshots';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R30: start-up subsidies' payee account numbers are stored sealed (PersonalDataCipher tokens) with their masked
 * form beside them, and so are the custodian account numbers (R3) in the organization snapshots
 * this service keeps. Rows stored before are sealed here as they are. Audit entries and outbox
 * messages written before keep what they recorded: the chain is never edited.
 */
export class SealAccounts1796670000001 implements MigrationInterface {
  name = 'SealAccounts1796670000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const rows: { id: string; bank_account: StoredAccount }[] = await queryRunner.query(
      'SELECT id, bank_account FROM "incubation"."startup_subsidy"',
    );
    const cipher = rows.length > 0 ? migrationCipher() : undefined;
    for (const row of rows) {
      await queryRunner.query('UPDATE "incubation"."startup_subsidy" SET bank_account = $2 WHERE id = $1', [
        row.id,
        JSON.stringify(sealStoredAccount(cipher!, row.bank_account)),
      ]);
    }
    await sealStoredSnapshotCustodians(queryRunner, 'incubation', 'seal');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await sealStoredSnapshotCustodians(queryRunner, 'incubation', 'open');
    const rows: { id: string; bank_account: StoredAccount }[] = await queryRunner.query(
      'SELECT id, bank_account FROM "incubation"."startup_subsidy"',
    );
    const cipher = rows.length > 0 ? migrationCipher() : undefined;
    for (const row of rows) {
      if (!row.bank_account.accountNumberSealed) continue;
      await queryRunner.query('UPDATE "incubation"."startup_subsidy" SET bank_account = $2 WHERE id = $1', [
        row.id,
        JSON.stringify(openStoredAccount(cipher!, row.bank_account)),
      ]);
    }
  }
}
