import { sealStoredSnapshotCustodians } from '@civic/platform/snapshots';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R30: the custodian account numbers (R3) in the organization snapshots this service keeps are
 * stored sealed (PersonalDataCipher tokens) with their masked form beside them. Snapshots stored
 * before are sealed here as they are.
 */
export class SealSnapshotAccounts1796670000003 implements MigrationInterface {
  name = 'SealSnapshotAccounts1796670000003';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await sealStoredSnapshotCustodians(queryRunner, 'lottery_fund', 'seal');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await sealStoredSnapshotCustodians(queryRunner, 'lottery_fund', 'open');
  }
}
