import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Payments1795667015792 implements MigrationInterface {
  name = 'Payments1795667015792';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Batch numbers for people (PB-<year>-<n>); written by hand, entities do not declare sequences.
    await queryRunner.query('CREATE SEQUENCE "finance"."batch_number_seq"');
    await queryRunner.query("CREATE TABLE \"finance\".\"disbursement_batch\" (\"id\" uuid NOT NULL, \"number\" character varying(20) NOT NULL, \"status\" character varying(20) NOT NULL, \"note\" character varying(200), \"maker_id\" character varying(64) NOT NULL, \"maker_name\" character varying(64) NOT NULL, \"checker_id\" character varying(64), \"checker_name\" character varying(64), \"decision_comment\" character varying(500), \"payment_count\" integer NOT NULL, \"total_fen\" bigint NOT NULL, \"settled_count\" integer NOT NULL DEFAULT '0', \"settled_fen\" bigint NOT NULL DEFAULT '0', \"failed_count\" integer NOT NULL DEFAULT '0', \"failed_fen\" bigint NOT NULL DEFAULT '0', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"decided_at\" TIMESTAMP WITH TIME ZONE, \"completed_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"UQ_d7afe03d57feb99404a4b1c832d\" UNIQUE (\"number\"), CONSTRAINT \"PK_2ff8bfbd5bb983f87897e2b5913\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_c169b334106c8075905f3c9031\" ON \"finance\".\"disbursement_batch\"  (\"status\") ");
    await queryRunner.query("CREATE TABLE \"finance\".\"payment\" (\"id\" uuid NOT NULL, \"commitment_id\" uuid NOT NULL, \"programme\" character varying(40) NOT NULL, \"fund\" character varying(30) NOT NULL, \"fiscal_year\" integer NOT NULL, \"organization_id\" uuid NOT NULL, \"organization_name\" character varying(100) NOT NULL, \"amount_fen\" bigint NOT NULL, \"reference\" character varying(200) NOT NULL, \"payee\" jsonb NOT NULL, \"bank_account\" jsonb, \"status\" character varying(20) NOT NULL, \"batch_id\" uuid, \"attempts\" integer NOT NULL DEFAULT '0', \"next_attempt_at\" TIMESTAMP WITH TIME ZONE, \"dispatched_at\" TIMESTAMP WITH TIME ZONE, \"lease_until\" TIMESTAMP WITH TIME ZONE, \"lease_token\" uuid, \"bank_reference\" character varying(60), \"failure\" jsonb, \"requested_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"settled_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_fcaec7df5adf9cac408c686b2ab\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"payment_due\" ON \"finance\".\"payment\"  (\"next_attempt_at\") WHERE status IN ('PENDING', 'SENT')");
    await queryRunner.query("CREATE INDEX \"IDX_55e971f13f0846f3d1d131c0a0\" ON \"finance\".\"payment\"  (\"commitment_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_b770814cee021e59570c3e5809\" ON \"finance\".\"payment\"  (\"batch_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_9a405687ee32ad481d3f876701\" ON \"finance\".\"payment\"  (\"status\", \"fund\") ");
    await queryRunner.query("CREATE TABLE \"finance\".\"simulated_bank_transfer\" (\"payment_id\" uuid NOT NULL, \"amount_fen\" bigint NOT NULL, \"to_account\" jsonb NOT NULL, \"outcome\" character varying(10) NOT NULL, \"bank_reference\" character varying(60), \"decline_code\" character varying(40), \"requests\" integer NOT NULL DEFAULT '1', \"received_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_d8602d19e9b29cd9efdd1cb42ce\" PRIMARY KEY (\"payment_id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ledger_posting_settles_once\" ON \"finance\".\"ledger_posting\"  (\"reference\") WHERE kind = 'SETTLEMENT'");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP SEQUENCE "finance"."batch_number_seq"');
    await queryRunner.query("DROP INDEX \"finance\".\"ledger_posting_settles_once\"");
    await queryRunner.query("DROP TABLE \"finance\".\"simulated_bank_transfer\"");
    await queryRunner.query("DROP INDEX \"finance\".\"IDX_9a405687ee32ad481d3f876701\"");
    await queryRunner.query("DROP INDEX \"finance\".\"IDX_b770814cee021e59570c3e5809\"");
    await queryRunner.query("DROP INDEX \"finance\".\"IDX_55e971f13f0846f3d1d131c0a0\"");
    await queryRunner.query("DROP INDEX \"finance\".\"payment_due\"");
    await queryRunner.query("DROP TABLE \"finance\".\"payment\"");
    await queryRunner.query("DROP INDEX \"finance\".\"IDX_c169b334106c8075905f3c9031\"");
    await queryRunner.query("DROP TABLE \"finance\".\"disbursement_batch\"");
  }
}
