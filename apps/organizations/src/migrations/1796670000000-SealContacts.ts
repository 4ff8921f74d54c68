import { maskAccountNumber, maskPhone, normalizeAccountNumber, normalizePhone } from '@civic/domain/identifiers';
import { migrationCipher, type PersonalDataCipher } from '@civic/platform/pii';
import type { MigrationInterface, QueryRunner } from 'typeorm';

type Stored = Record<string, string>;
type Row = { id: string; postal_address: Stored; financial_custodian: Stored | null };

/**
 * R30: an organization's postal contact phone (R4) and its financial custodian's account number
 * (R3) are stored sealed (PersonalDataCipher tokens), with the masked phone in its own column and
 * the masked number beside the sealed one. Rows stored before are sealed here as they are. Audit
 * entries and outbox messages written before keep what they recorded: the chain is never edited.
 */
export class SealContacts1796670000000 implements MigrationInterface {
  name = 'SealContacts1796670000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"organizations\".\"organization\" ADD \"postal_contact_phone_masked\" character varying(20) NOT NULL DEFAULT ''");
    const rows: Row[] = await queryRunner.query(
      'SELECT id, postal_address, financial_custodian FROM "organizations"."organization"',
    );
    if (rows.length === 0) return;
    const cipher = migrationCipher();
    for (const row of rows) {
      const phone = normalizePhone(String(row.postal_address.contactPhone ?? ''));
      await queryRunner.query(
        'UPDATE "organizations"."organization" SET postal_address = $2, postal_contact_phone_masked = $3, financial_custodian = $4 WHERE id = $1',
        [
          row.id,
          JSON.stringify({ ...row.postal_address, contactPhone: cipher.encrypt(phone) }),
          maskPhone(phone).slice(0, 20),
          row.financial_custodian ? JSON.stringify(sealAccount(cipher, row.financial_custodian)) : null,
        ],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const rows: Row[] = await queryRunner.query(
      'SELECT id, postal_address, financial_custodian FROM "organizations"."organization"',
    );
    const cipher = rows.length > 0 ? migrationCipher() : undefined;
    for (const row of rows) {
      const custodian = row.financial_custodian;
      const { accountNumberSealed, accountNumberMasked: _masked, ...rest } = custodian ?? {};
      await queryRunner.query(
        'UPDATE "organizations"."organization" SET postal_address = $2, financial_custodian = $3 WHERE id = $1',
        [
          row.id,
          JSON.stringify({ ...row.postal_address, contactPhone: cipher!.decrypt(row.postal_address.contactPhone) }),
          custodian ? JSON.stringify({ ...rest, accountNumber: cipher!.decrypt(accountNumberSealed) }) : null,
        ],
      );
    }
    await queryRunner.query("ALTER TABLE \"organizations\".\"organization\" DROP COLUMN \"postal_contact_phone_masked\"");
  }
}

function sealAccount(cipher: PersonalDataCipher, account: Stored): Stored {
  if (account.accountNumberSealed) return account;
  const { accountNumber, ...rest } = account;
  const number = normalizeAccountNumber(String(accountNumber ?? ''));
  return {
    ...rest,
    accountNumberSealed: cipher.encrypt(number),
    accountNumberMasked: maskAccountNumber(number),
  };
}
