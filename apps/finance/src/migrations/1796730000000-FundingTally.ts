import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fills the funding tally once from the commitments, payments and clawbacks already made: the
 * same GROUP BY as FUNDING_TALLY_SOURCE (apps/finance/src/dashboard/funding-tally.ts), frozen here,
 * keeping only groups with an accepted commitment (the rest are all zero). Commitments made before
 * requests named their recipient have none: their money counts under the street 000000000 ("area
 * unknown"). From then on every decision, payment, batch, settlement, failure, release, re-issue
 * and clawback moves the tally in its own transaction.
 */
export const FUNDING_TALLY_BACKFILL = `INSERT INTO "finance"."funding_tally" ("street_code", "fiscal_year", "programme", "fund", "commitments", "committed_fen", "awaiting_batch_fen", "in_batch_fen", "paid_fen", "failed_fen", "released_fen", "clawed_back_fen", "recovered_fen", "rural_committed_fen", "public_welfare_committed_fen", "government_functions_committed_fen", "party_led_committed_fen", "welfare_use_committed_fen", "eldercare_committed_fen", "rural_paid_fen", "public_welfare_paid_fen", "government_functions_paid_fen", "party_led_paid_fen", "welfare_use_paid_fen", "eldercare_paid_fen")
  SELECT "street_code", "fiscal_year", "programme", "fund", "commitments", "committed_fen", "awaiting_batch_fen", "in_batch_fen", "paid_fen", "failed_fen", "released_fen", "clawed_back_fen", "recovered_fen", "rural_committed_fen", "public_welfare_committed_fen", "government_functions_committed_fen", "party_led_committed_fen", "welfare_use_committed_fen", "eldercare_committed_fen", "rural_paid_fen", "public_welfare_paid_fen", "government_functions_paid_fen", "party_led_paid_fen", "welfare_use_paid_fen", "eldercare_paid_fen" FROM (
  WITH c AS (
    SELECT id, status, amount_fen, released_fen,
           coalesce(recipient_street_code, '000000000') AS street_code,
           fiscal_year, programme, fund,
           coalesce(recipient_area_type = 'RURAL', false) AS rural,
           coalesce(recipient_category = 'PUBLIC_WELFARE', false) AS public_welfare,
           coalesce(recipient_takes_government_functions, false) AS government_functions,
           coalesce(recipient_party_led, false) AS party_led,
           recipient_purpose IS NOT NULL AS welfare_use,
           coalesce(recipient_purpose = 'ELDERLY', false) AS eldercare
      FROM "finance".commitment),
  moves AS (
    SELECT c.*, (c.status <> 'REFUSED')::int AS commitments,
           CASE WHEN c.status <> 'REFUSED' THEN c.amount_fen ELSE 0 END AS committed,
           CASE WHEN c.status <> 'REFUSED' THEN c.amount_fen - c.released_fen ELSE 0 END AS net,
           0 AS awaiting, 0 AS in_batch, 0 AS paid, 0 AS failed, c.released_fen AS released,
           0 AS clawed_back, 0 AS recovered
      FROM c
    UNION ALL
    SELECT c.*, 0, 0, 0,
           CASE WHEN p.status = 'AWAITING_BATCH' THEN p.amount_fen ELSE 0 END,
           CASE WHEN p.status IN ('IN_BATCH', 'PENDING', 'SENT') THEN p.amount_fen ELSE 0 END,
           CASE WHEN p.status = 'SETTLED' THEN p.amount_fen ELSE 0 END,
           CASE WHEN p.status = 'FAILED' AND c.status = 'ACCEPTED'
                 AND NOT EXISTS (SELECT 1 FROM "finance".payment r WHERE r.reissue_of = p.id)
                THEN p.amount_fen ELSE 0 END,
           0, 0, 0
      FROM "finance".payment p JOIN c ON c.id = p.commitment_id
    UNION ALL
    SELECT c.*, 0, 0, 0, 0, 0, 0, 0, 0,
           CASE WHEN k.status <> 'REFUSED' THEN k.amount_fen ELSE 0 END, k.recovered_fen
      FROM "finance".clawback k JOIN c ON c.id = k.commitment_id)
  SELECT street_code, fiscal_year, programme, fund,
         sum(commitments)::int AS commitments,
         sum(committed)::bigint AS committed_fen,
         sum(awaiting)::bigint AS awaiting_batch_fen,
         sum(in_batch)::bigint AS in_batch_fen,
         sum(paid)::bigint AS paid_fen,
         sum(failed)::bigint AS failed_fen,
         sum(released)::bigint AS released_fen,
         sum(clawed_back)::bigint AS clawed_back_fen,
         sum(recovered)::bigint AS recovered_fen,
         sum(CASE WHEN rural THEN net ELSE 0 END)::bigint AS rural_committed_fen,
         sum(CASE WHEN public_welfare THEN net ELSE 0 END)::bigint AS public_welfare_committed_fen,
         sum(CASE WHEN government_functions THEN net ELSE 0 END)::bigint AS government_functions_committed_fen,
         sum(CASE WHEN party_led THEN net ELSE 0 END)::bigint AS party_led_committed_fen,
         sum(CASE WHEN welfare_use THEN net ELSE 0 END)::bigint AS welfare_use_committed_fen,
         sum(CASE WHEN eldercare THEN net ELSE 0 END)::bigint AS eldercare_committed_fen,
         sum(CASE WHEN rural THEN paid ELSE 0 END)::bigint AS rural_paid_fen,
         sum(CASE WHEN public_welfare THEN paid ELSE 0 END)::bigint AS public_welfare_paid_fen,
         sum(CASE WHEN government_functions THEN paid ELSE 0 END)::bigint AS government_functions_paid_fen,
         sum(CASE WHEN party_led THEN paid ELSE 0 END)::bigint AS party_led_paid_fen,
         sum(CASE WHEN welfare_use THEN paid ELSE 0 END)::bigint AS welfare_use_paid_fen,
         sum(CASE WHEN eldercare THEN paid ELSE 0 END)::bigint AS eldercare_paid_fen
    FROM moves
   GROUP BY 1, 2, 3, 4
  ) AS source WHERE commitments > 0`;

/** Commitments keep their recipient (finance.commitment-requested.v2); the funding tally (issue #18). */
export class FundingTally1796730000000 implements MigrationInterface {
  name = 'FundingTally1796730000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"finance\".\"funding_tally\" (\"street_code\" character(9) NOT NULL, \"fiscal_year\" integer NOT NULL, \"programme\" character varying(40) NOT NULL, \"fund\" character varying(30) NOT NULL, \"commitments\" integer NOT NULL, \"committed_fen\" bigint NOT NULL, \"awaiting_batch_fen\" bigint NOT NULL, \"in_batch_fen\" bigint NOT NULL, \"paid_fen\" bigint NOT NULL, \"failed_fen\" bigint NOT NULL, \"released_fen\" bigint NOT NULL, \"clawed_back_fen\" bigint NOT NULL, \"recovered_fen\" bigint NOT NULL, \"rural_committed_fen\" bigint NOT NULL, \"public_welfare_committed_fen\" bigint NOT NULL, \"government_functions_committed_fen\" bigint NOT NULL, \"party_led_committed_fen\" bigint NOT NULL, \"welfare_use_committed_fen\" bigint NOT NULL, \"eldercare_committed_fen\" bigint NOT NULL, \"rural_paid_fen\" bigint NOT NULL, \"public_welfare_paid_fen\" bigint NOT NULL, \"government_functions_paid_fen\" bigint NOT NULL, \"party_led_paid_fen\" bigint NOT NULL, \"welfare_use_paid_fen\" bigint NOT NULL, \"eldercare_paid_fen\" bigint NOT NULL, CONSTRAINT \"PK_7a18c803f1da206ddedf705acad\" PRIMARY KEY (\"street_code\", \"fiscal_year\", \"programme\", \"fund\"))");
    await queryRunner.query("ALTER TABLE \"finance\".\"commitment\" ADD \"recipient_street_code\" character(9)");
    await queryRunner.query("ALTER TABLE \"finance\".\"commitment\" ADD \"recipient_county_code\" character(6)");
    await queryRunner.query("ALTER TABLE \"finance\".\"commitment\" ADD \"recipient_area_type\" character varying(5)");
    await queryRunner.query("ALTER TABLE \"finance\".\"commitment\" ADD \"recipient_category\" character varying(20)");
    await queryRunner.query("ALTER TABLE \"finance\".\"commitment\" ADD \"recipient_party_led\" boolean");
    await queryRunner.query("ALTER TABLE \"finance\".\"commitment\" ADD \"recipient_takes_government_functions\" boolean");
    await queryRunner.query("ALTER TABLE \"finance\".\"commitment\" ADD \"recipient_purpose\" character varying(10)");
    await queryRunner.query(FUNDING_TALLY_BACKFILL);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"finance\".\"commitment\" DROP COLUMN \"recipient_purpose\"");
    await queryRunner.query("ALTER TABLE \"finance\".\"commitment\" DROP COLUMN \"recipient_takes_government_functions\"");
    await queryRunner.query("ALTER TABLE \"finance\".\"commitment\" DROP COLUMN \"recipient_party_led\"");
    await queryRunner.query("ALTER TABLE \"finance\".\"commitment\" DROP COLUMN \"recipient_category\"");
    await queryRunner.query("ALTER TABLE \"finance\".\"commitment\" DROP COLUMN \"recipient_area_type\"");
    await queryRunner.query("ALTER TABLE \"finance\".\"commitment\" DROP COLUMN \"recipient_county_code\"");
    await queryRunner.query("ALTER TABLE \"finance\".\"commitment\" DROP COLUMN \"recipient_street_code\"");
    await queryRunner.query("DROP TABLE \"finance\".\"funding_tally\"");
  }
}
