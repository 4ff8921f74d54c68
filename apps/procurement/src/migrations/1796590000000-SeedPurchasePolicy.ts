import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The purchase policy of government purchase of services in force at launch (R25, R12; issue #16),
 * as policy data: the purchase methods of the procurement law with their conditions, minimum bids
 * and panel sizes; the thresholds that decide the method (Guangxi follows the national limits of
 * 国办发〔2019〕55号: purchases from 1,000,000 yuan fall under the procurement law, from 4,000,000
 * yuan a public tender); the contract term of Order 102 art. 24; instalments; the rule by which
 * the final evaluation decides the final instalment; and the R12 tilt. An administrator changes it
 * by adding a newer version; decisions record the version they used. The values are written out
 * here, not imported, so this migration never changes after it has run.
 */
export class SeedPurchasePolicy1796590000000 implements MigrationInterface {
  name = 'SeedPurchasePolicy1796590000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const policy = {
      methods: [
        {
          method: 'PUBLIC_TENDER',
          name: 'public tender',
          nameZh: '公开招标',
          article: 'Government Procurement Law art. 26, 36',
          minBidders: 3,
          minPanel: 5,
          justificationRequired: false,
        },
        {
          method: 'INVITATIONAL_TENDER',
          name: 'invitational tender',
          nameZh: '邀请招标',
          article: 'Government Procurement Law art. 29',
          minBidders: 3,
          minPanel: 5,
          justificationRequired: true,
        },
        {
          method: 'COMPETITIVE_NEGOTIATION',
          name: 'competitive negotiation',
          nameZh: '竞争性谈判',
          article: 'Government Procurement Law art. 30',
          minBidders: 3,
          minPanel: 3,
          justificationRequired: true,
        },
        {
          method: 'COMPETITIVE_CONSULTATION',
          name: 'competitive consultation',
          nameZh: '竞争性磋商',
          article: '财库〔2014〕214号 art. 3; 财库〔2015〕124号',
          minBidders: 2,
          minPanel: 3,
          justificationRequired: false,
        },
        {
          method: 'SINGLE_SOURCE',
          name: 'single source',
          nameZh: '单一来源',
          article: 'Government Procurement Law art. 31',
          minBidders: 1,
          minPanel: 3,
          justificationRequired: true,
        },
        {
          method: 'INQUIRY',
          name: 'inquiry',
          nameZh: '询价',
          article: 'Government Procurement Law art. 32',
          minBidders: 3,
          minPanel: 3,
          justificationRequired: true,
        },
      ],
      thresholds: {
        smallPurchaseFen: 100_000_000,
        publicTenderFen: 400_000_000,
        source: '国办发〔2019〕55号',
      },
      contractTerm: { maxMonths: 12, stableMaxMonths: 36, article: 'Order 102 art. 24' },
      instalments: { maxCount: 4, finalMinPercent: 20, article: 'Order 102 art. 23, 24' },
      performance: {
        passMark: 60,
        reduceBand: 10,
        reducePercent: 30,
        article: 'Order 102 (performance: payment follows the contract and the evaluation)',
      },
      tilt: { reservedShareTargetPercent: 30, maxTiltWeight: 10, source: '财综〔2016〕54号' },
      evaluation: { priceWeightMin: 10, priceWeightMax: 30, source: '财政部令第87号 art. 55' },
      award: { objectionDays: 7, source: 'Government Procurement Law art. 52 (7 working days)' },
    };
    await queryRunner.query(
      `INSERT INTO "procurement"."policy_version" (kind, version, data, created_by)
       VALUES ('PURCHASE', '2026.1', $1, 'migration') ON CONFLICT DO NOTHING`,
      [JSON.stringify(policy)],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "procurement"."policy_version" WHERE kind = 'PURCHASE' AND version = '2026.1' AND created_by = 'migration'`,
    );
  }
}
