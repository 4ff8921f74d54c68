import type { Place } from '@civic/testing';
import type { Client } from 'pg';
import { FUNDING_TALLY, FUNDING_TALLY_SOURCE } from '../src/dashboard/funding-tally';

/**
 * The SQL that builds finance's province-scale books (issue #19) in bulk, keeping what the
 * services keep: every posting balanced (R28), the kept balances equal to the lines, each accepted
 * commitment posted once (R27), each settled payment executed at the bank and posted once, each
 * release posted as recorded, and the funding tally equal to its source. The reconciliation
 * report on the result must be clean; the bench checks it.
 *
 * Commitment i (0-based) is deterministic: its programme (i mod 4), fiscal year, amount, recipient
 * (a real Guangxi community, from the `place` table) and shape (i mod 20):
 *   0     refused (EXCEEDS_BUDGET): nothing posted, nothing paid;
 *   1, 2  accepted, its payment awaiting a batch;
 *   3     closed, withdrawn: the whole amount released;
 *   4     closed, three quarters paid and the rest released;
 *   5–19  closed, paid in full.
 * Settled payments sit in PAID batches of up to 1,000 (batch = i div 1,000).
 */

const FIRST_YEAR = 2022;
const YEARS = 5;

export const PROGRAMME_FUNDS = [
  ['incubation', 'INCUBATION'],
  ['venture', 'VENTURE_PHILANTHROPY'],
  ['lottery-fund', 'LOTTERY_WELFARE'],
  ['procurement', 'GOVERNMENT_PURCHASE'],
] as const;

const CATEGORIES = [
  'LIFE_SERVICE',
  'PUBLIC_WELFARE',
  'MUTUAL_AID',
  'CULTURE_SPORTS',
  'RURAL_PRODUCTION',
];
const PURPOSES = ['ELDERLY', 'DISABILITY', 'ORPHANS', 'HARDSHIP'];
const array = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(', ')}]`;

/** Lines each shape posts, for sizing: 0, 2, 2, 4, 6, then 4 (15 times): 3.7 a commitment. */
export const LINES_PER_COMMITMENT = 74 / 20;

/** A version-4-shaped UUID from a name (ids must be UUIDs wherever the API checks them). */
export const UUID_FUNCTION = `CREATE OR REPLACE FUNCTION pg_temp.uuid_of(name text) RETURNS uuid
  LANGUAGE sql IMMUTABLE AS $$
    SELECT (substr(h, 1, 12) || '4' || substr(h, 14, 3) || '8' || substr(h, 18))::uuid FROM md5(name) h
  $$`;

/** The places recipients are drawn from: (n, street, county, area type), n from 0. */
export const PLACE_TABLE = `CREATE TEMP TABLE IF NOT EXISTS place (
  n int PRIMARY KEY, street_code char(9), county_code char(6), area_type varchar(5))`;

/**
 * Commitments [$1, $2) as one temporary table `g` the chunk's inserts read ($3: the first fiscal
 * year, $4: how many years, $5: how many organizations, $6: how many places).
 */
export const CHUNK_ROWS = `
  CREATE TEMP TABLE g ON COMMIT DROP AS
  SELECT i, shape, amount_fen,
         CASE shape WHEN 3 THEN amount_fen WHEN 4 THEN amount_fen - paid_fen ELSE 0 END AS released_fen,
         paid_fen, commitment_id, payment_id, organization_id, programme, fund, fiscal_year,
         decided_at, street_code, county_code, area_type, category, party_led, government_functions,
         CASE WHEN programme = 'lottery-fund' THEN (${array(PURPOSES)})[1 + (i / 4) % 4] END AS purpose
    FROM (
      SELECT i, i % 20 AS shape, a.amount_fen,
             CASE WHEN i % 20 = 4 THEN a.amount_fen / 4 * 3 WHEN i % 20 >= 5 THEN a.amount_fen ELSE 0 END AS paid_fen,
             pg_temp.uuid_of('commitment:' || i) AS commitment_id,
             pg_temp.uuid_of('payment:' || i) AS payment_id,
             pg_temp.uuid_of('organization:' || i % $5) AS organization_id,
             (${array(PROGRAMME_FUNDS.map(([p]) => p))})[1 + i % 4] AS programme,
             (${array(PROGRAMME_FUNDS.map(([, f]) => f))})[1 + i % 4] AS fund,
             $3 + (i / 4) % $4 AS fiscal_year,
             make_timestamptz(($3::int + (i / 4) % $4)::int, 3, 1, 9, 0, 0, 'Asia/Shanghai')
               + (i % 240) * interval '1 day' AS decided_at,
             p.street_code, p.county_code, p.area_type,
             (${array(CATEGORIES)})[1 + (i / 3) % 5] AS category,
             i % 3 = 0 AS party_led, i % 7 = 0 AS government_functions
        FROM generate_series($1::bigint, $2::bigint - 1) AS i
        CROSS JOIN LATERAL (SELECT 100000 + (hashint8(i)::bigint & 2147483647) % 4900000 AS amount_fen) a
        JOIN place p ON p.n = (i * 7919) % $6) s`;

/** Each shape's ledger postings: (id, kind, reference, memo, amount, debit and credit kinds). */
const POSTINGS = `
  SELECT 100 + i * 3 AS id, 'COMMITMENT' AS kind, 'commitment:' || commitment_id AS reference,
         NULL AS memo, amount_fen AS fen, 'COMMITTED' AS debit, 'AVAILABLE' AS credit,
         fund, fiscal_year, decided_at AS posted_at
    FROM g WHERE shape <> 0
  UNION ALL
  SELECT 100 + i * 3 + 1, 'SETTLEMENT', 'payment:' || payment_id,
         'paid to organization ' || organization_id, paid_fen, 'DISBURSED', 'COMMITTED',
         fund, fiscal_year, decided_at + interval '20 days'
    FROM g WHERE shape >= 4
  UNION ALL
  SELECT 100 + i * 3 + 2, 'RELEASE', 'release:' || commitment_id, NULL, released_fen,
         'AVAILABLE', 'COMMITTED', fund, fiscal_year, decided_at + interval '30 days'
    FROM g WHERE shape IN (3, 4)`;

/** The chunk's rows, table by table, in the order the services write them. */
export const CHUNK_INSERTS = [
  `INSERT INTO finance.commitment (id, programme, fund, fiscal_year, organization_id, amount_fen,
     reference, status, refusal, decided_at, released_fen, close_reason, closed_at,
     recipient_street_code, recipient_county_code, recipient_area_type, recipient_category,
     recipient_party_led, recipient_takes_government_functions, recipient_purpose)
   SELECT commitment_id, programme, fund, fiscal_year, organization_id, amount_fen,
          programme || ':province:' || i,
          CASE WHEN shape = 0 THEN 'REFUSED' WHEN shape IN (1, 2) THEN 'ACCEPTED' ELSE 'CLOSED' END,
          CASE WHEN shape = 0 THEN jsonb_build_object('code', 'EXCEEDS_BUDGET',
            'message', 'rule R27: the amount exceeds the budget available',
            'messageZh', '超出可用预算（规则 R27）') END,
          decided_at, released_fen,
          CASE WHEN shape = 3 THEN 'withdrawn' WHEN shape >= 4 THEN 'paid' END,
          CASE WHEN shape >= 3 THEN decided_at + interval '30 days' END,
          street_code, county_code, area_type, category, party_led, government_functions, purpose
     FROM g`,
  `INSERT INTO finance.disbursement_batch (id, number, status, maker_id, maker_name, checker_id,
     checker_name, payment_count, total_fen, settled_count, settled_fen, created_at, decided_at,
     completed_at)
   SELECT pg_temp.uuid_of('batch:' || i / 1000), 'PB' || lpad((i / 1000)::text, 8, '0'), 'PAID',
          'finance-maker', '财务经办', 'finance-checker', '财务复核', count(*), sum(paid_fen),
          count(*), sum(paid_fen), min(decided_at) + interval '10 days',
          min(decided_at) + interval '12 days', max(decided_at) + interval '20 days'
     FROM g WHERE shape >= 4 GROUP BY i / 1000`,
  `INSERT INTO finance.payment (id, commitment_id, programme, fund, fiscal_year, organization_id,
     organization_name, amount_fen, reference, payee, bank_account, account_number_masked, status,
     batch_id, attempts, requested_at, bank_reference, settled_at)
   SELECT payment_id, commitment_id, programme, fund, fiscal_year, organization_id,
          '社区社会组织' || (i % $5), CASE WHEN shape >= 4 THEN paid_fen ELSE amount_fen END,
          programme || ':province-payment:' || i,
          jsonb_build_object('organizationId', organization_id, 'paidTo',
            jsonb_build_object('kind', 'ORGANIZATION')),
          jsonb_build_object('accountName', '社区社会组织' || (i % $5), 'bankName', '广西农村信用社'),
          '****' || lpad((i % 10000)::text, 4, '0'),
          CASE WHEN shape >= 4 THEN 'SETTLED' ELSE 'AWAITING_BATCH' END,
          CASE WHEN shape >= 4 THEN pg_temp.uuid_of('batch:' || i / 1000) END,
          CASE WHEN shape >= 4 THEN 1 ELSE 0 END, decided_at + interval '5 days',
          CASE WHEN shape >= 4 THEN 'SIM' || i END,
          CASE WHEN shape >= 4 THEN decided_at + interval '20 days' END
     FROM g WHERE shape IN (1, 2) OR shape >= 4`,
  `INSERT INTO finance.simulated_bank_transfer (payment_id, amount_fen, to_account, outcome,
     bank_reference, received_at)
   SELECT payment_id, paid_fen, jsonb_build_object('accountName', '社区社会组织' || (i % $5)),
          'EXECUTED', 'SIM' || i, decided_at + interval '20 days'
     FROM g WHERE shape >= 4`,
  `INSERT INTO finance.ledger_posting (id, kind, reference, memo, posted_at)
   SELECT id, kind, reference, memo, posted_at FROM (${POSTINGS}) x`,
  `INSERT INTO finance.ledger_line (posting_id, account, amount_fen)
   SELECT id, fund || ':' || fiscal_year || ':' || debit, fen FROM (${POSTINGS}) x
   UNION ALL
   SELECT id, fund || ':' || fiscal_year || ':' || credit, -fen FROM (${POSTINGS}) x`,
];

/**
 * After the last chunk: each fund-year's budget appropriated (R27: what was accepted plus a fifth
 * left available), posted as `budget:<fund>:<year>` with ids 1..; the kept balances from the
 * lines; the funding tally from its source; the posting id sequence past the ids used.
 */
export const FINISH = [
  `DELETE FROM finance.ledger_line WHERE posting_id < 100`,
  `DELETE FROM finance.ledger_posting WHERE id < 100`,
  `DELETE FROM finance.fund_budget`,
  `INSERT INTO finance.fund_budget (fund, fiscal_year, appropriated_fen, version)
   SELECT fund, fiscal_year, sum(amount_fen) / 5 * 6, 1
     FROM finance.commitment WHERE status <> 'REFUSED' GROUP BY fund, fiscal_year`,
  `INSERT INTO finance.ledger_posting (id, kind, reference, posted_at)
   SELECT row_number() OVER (ORDER BY fund, fiscal_year), 'APPROPRIATION',
          'budget:' || fund || ':' || fiscal_year, make_timestamptz(fiscal_year, 1, 1, 9, 0, 0)
     FROM finance.fund_budget`,
  `INSERT INTO finance.ledger_line (posting_id, account, amount_fen)
   SELECT p.id, b.fund || ':' || b.fiscal_year || ':' || k.kind, k.sign * b.appropriated_fen
     FROM finance.fund_budget b
     JOIN finance.ledger_posting p ON p.reference = 'budget:' || b.fund || ':' || b.fiscal_year
    CROSS JOIN (VALUES ('AVAILABLE', 1), ('APPROPRIATION', -1)) AS k(kind, sign)`,
  `SELECT setval(pg_get_serial_sequence('finance.ledger_posting', 'id'),
                 (SELECT max(id) FROM finance.ledger_posting))`,
  `TRUNCATE finance.account_balance`,
  `INSERT INTO finance.account_balance (account, balance_fen)
   SELECT account, sum(amount_fen) FROM finance.ledger_line GROUP BY account`,
  `TRUNCATE finance.funding_tally`,
  `INSERT INTO finance.funding_tally (${tallyColumns()})
   SELECT ${tallyColumns()} FROM (${FUNDING_TALLY_SOURCE}) source`,
];

function tallyColumns(): string {
  return [...Object.keys(FUNDING_TALLY.dims), ...FUNDING_TALLY.measures].join(', ');
}

/** Sets up a connection to build with: the UUID function and the places (both per session). */
export async function prepareBooks(db: Client, places: readonly Place[]): Promise<void> {
  await db.query(PLACE_TABLE);
  await db.query(UUID_FUNCTION);
  await db.query('TRUNCATE place');
  await db.query(
    `INSERT INTO place SELECT * FROM unnest($1::int[], $2::char(9)[], $3::char(6)[], $4::varchar[])`,
    [
      places.map((_, n) => n),
      places.map((p) => p.street.code),
      places.map((p) => p.county.code),
      places.map((p) => p.community.areaType),
    ],
  );
}

/**
 * Commitments [from, to) and all that goes with them, in one transaction on a prepared
 * connection; `to` a multiple of 1,000 (or the last), so no batch is split between two calls.
 */
export async function buildBooks(
  db: Client,
  range: { from: number; to: number; organizations: number; places: number },
): Promise<void> {
  const constants = (sql: string) =>
    sql.replaceAll('$5', String(range.organizations)).replaceAll('$6', String(range.places));
  await db.query('BEGIN');
  try {
    await db.query(constants(CHUNK_ROWS), [range.from, range.to, FIRST_YEAR, YEARS].map(String));
    for (const sql of CHUNK_INSERTS) await db.query(constants(sql));
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
}

/** After the last buildBooks: budgets, kept balances, the funding tally (FINISH). */
export async function finishBooks(db: Client): Promise<void> {
  for (const sql of FINISH) await db.query(sql);
}
