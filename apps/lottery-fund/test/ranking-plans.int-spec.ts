import type { RpcActor } from '@civic/contracts';
import { Role } from '@civic/domain/access';
import { AuditTrail } from '@civic/platform/audit';
import { createScratchDatabase, dataSourceOptions, migrateSchema } from '@civic/platform/database';
import {
  indexesRead,
  type PlanNode,
  planWithoutSeqScans,
  readsEvery,
  sorts,
  statementLog,
  testServerUrl,
} from '@civic/testing';
import { DataSource } from 'typeorm';
import { ApplicationsRepository } from '../src/applications/applications.repository';
import { RankingService } from '../src/applications/ranking.service';
import { DashboardRpcController } from '../src/dashboard/dashboard.rpc-controller';
import { LOTTERY_FUND_DATABASE } from '../src/database';
import { TIMELINESS_BACKFILL } from '../src/migrations/1796731000000-TimelinessTally';
import { LotteryWorkRepository } from '../src/work-queue/work-queue.repository';
import { LotteryWorkQueueService } from '../src/work-queue/work-queue.service';

jest.setTimeout(60_000);

/**
 * The lottery fund's ranking and dashboards at province scale (issue #19), checked by their query
 * plans rather than by their time: the SQL the repository really sends must read indexes, never
 * every application. A few thousand applications spread over 40 programmes and five years, in
 * every status, the timeliness tally filled from them as its migration fills it; sequential
 * scans priced out (enable_seqscan = off: a plan without a usable index then still shows a Seq
 * Scan). docs/benchmarks.md has the timings on 600,000 (apps/lottery-fund/bench/province-ranking).
 */
const PROGRAMMES = 40;
const ROWS = 4_000;
/** @Index(['programmeId']) on the entity, named by TypeORM; the partial indexes by their names. */
const PROGRAMME_INDEX = 'IDX_497e50dd5eb8ef4705d55e6148';
const ONCE_INDEX = 'subsidy_application_once';
const SUBMITTED_INDEX = 'subsidy_application_submitted';
/** The timeliness tally's primary key (street_code, year, programme, stage, days). */
const TALLY_KEY = 'PK_630f4eab7506bd6805d405ce799';
const OFFICER: RpcActor = { userId: 'officer-1', roles: [Role.PROGRAMME_OFFICER] };

let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
let dataSource: DataSource;
let programmeIds: string[];

const { logger: capture, sent } = statementLog();
const planOf = planWithoutSeqScans;

/** The SELECTs `run` sends that read `table`, each with its plan (explained again, as sent). */
async function plansOf(run: () => Promise<unknown>, table: string) {
  sent.length = 0;
  await run();
  const statements = sent.filter(
    ([sql]) => /^\s*SELECT/i.test(sql) && new RegExp(`\\.\\"?${table}\\b`).test(sql),
  );
  return dataSource.transaction(async (manager) => {
    const plans: { sql: string; plan: PlanNode[] }[] = [];
    for (const [sql, parameters] of statements) {
      plans.push({ sql, plan: await planOf(manager, sql, parameters) });
    }
    return plans;
  });
}

const ranking = () =>
  new RankingService(dataSource, new AuditTrail(), new ApplicationsRepository()).ranking(
    programmeIds[0],
    OFFICER,
  );
const workQueue = () =>
  new LotteryWorkQueueService(new LotteryWorkRepository(dataSource)).work(OFFICER);
const timeliness = (data: object) => () =>
  new DashboardRpcController(dataSource).timeliness({ data, actor: OFFICER });

beforeAll(async () => {
  scratch = await createScratchDatabase(testServerUrl(), 'ranking_plans');
  dataSource = await new DataSource({
    ...dataSourceOptions(LOTTERY_FUND_DATABASE, scratch.url, { poolSize: 2 }),
    logging: ['query'],
    logger: capture,
  }).initialize();
  await migrateSchema(dataSource);
  programmeIds = (
    await dataSource.query(
      `INSERT INTO lottery_fund.subsidy_programme
         (id, fiscal_year, purpose, name, budget_fen, rural_reserve_percent, created_by)
       SELECT gen_random_uuid(), 2022 + g % 5, (ARRAY['ELDERLY','DISABILITY','ORPHANS','HARDSHIP'])[1 + g % 4],
              '补助 ' || g, 100000000, 30, 'officer'
         FROM generate_series(0, $1 - 1) AS g
       RETURNING id`,
      [PROGRAMMES],
    )
  ).map((r: { id: string }) => r.id);
  // Every status: waiting (assessed or not), rejected, approved and on at finance. Columns the
  // ranking and dashboards do not read hold minimal valid values.
  await dataSource.query(
    `INSERT INTO lottery_fund.subsidy_application
       (id, programme_id, organization_id, organization_name, organization_area_type, street_code,
        project_name, project_key, project_area_type, beneficiaries, budget_lines, requested_fen,
        contact_name, contact_phone, bank_account, status, priority_bonus, priority, merit,
        funding_source, decision, commitment_state, payment_state, paid_at, submitted_by,
        submitted_at)
     SELECT gen_random_uuid(), ($2::uuid[])[1 + g % $3], gen_random_uuid(), '组织' || g,
            (ARRAY['URBAN','RURAL'])[1 + g % 2],
            (450100 + g % 111)::text || lpad((g % 9)::text, 3, '0'), '项目' || g, '项目' || g,
            (ARRAY['URBAN','RURAL'])[1 + g % 2], '[{"group":"ELDERLY","count":10}]', '[]',
            100000 + g, '李红', 'sealed', '{}', s.status, g % 30,
            '{"bonus":0,"policyVersion":"2026.1","reasons":[]}',
            CASE WHEN s.status <> 'SUBMITTED' OR g % 10 > 1 THEN 40 + g % 61 END,
            CASE WHEN s.status NOT IN ('SUBMITTED', 'REJECTED') THEN 'GENERAL' END,
            CASE WHEN s.status <> 'SUBMITTED' THEN jsonb_build_object(
              'outcome', CASE WHEN s.status = 'REJECTED' THEN 'REJECTED' ELSE 'APPROVED' END,
              'comment', '-', 'decidedBy', 'officer',
              'decidedAt', to_char(t.at + (g % 40) * interval '1 day', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')) END,
            CASE WHEN s.status IN ('APPROVED', 'PAID') THEN 'COMMITTED' END,
            CASE s.status WHEN 'APPROVED' THEN 'REQUESTED' WHEN 'PAID' THEN 'PAID' END,
            CASE WHEN s.status = 'PAID' THEN t.at + (50 + g % 30) * interval '1 day' END,
            'applicant', t.at
       FROM generate_series(0, $1 - 1) AS g,
            LATERAL (SELECT (ARRAY['SUBMITTED','SUBMITTED','SUBMITTED','SUBMITTED','REJECTED',
                                   'REJECTED','APPROVED','PAID','PAID','PAID'])[1 + (g / $3) % 10]
                              AS status) AS s,
            LATERAL (SELECT timestamptz '2022-03-01 09:00+08' + (g % 5) * interval '1 year'
                              + (g % 90) * interval '1 day' AS at) AS t`,
    [ROWS, programmeIds, PROGRAMMES],
  );
  await dataSource.query(TIMELINESS_BACKFILL);
  await dataSource.query('ANALYZE lottery_fund.subsidy_application');
  await dataSource.query('ANALYZE lottery_fund.subsidy_programme');
  await dataSource.query('ANALYZE lottery_fund.timeliness_tally');
});

afterAll(async () => {
  await dataSource?.destroy();
  await scratch?.drop();
});

describe("the lottery fund's ranking and dashboards read indexes at province scale (issue #19)", () => {
  it("the ranking reads the programme's competing applications through an index, light columns only", async () => {
    const view = await ranking();
    expect(view.rows.length).toBeGreaterThan(0);
    const plans = await plansOf(ranking, 'subsidy_application');
    expect(plans).toHaveLength(1);
    const [{ sql, plan }] = plans;
    expect(readsEvery(plan, 'subsidy_application')).toBe(false);
    expect(sorts(plan)).toBe(false);
    expect(indexesRead(plan).some((i) => i === PROGRAMME_INDEX || i === ONCE_INDEX)).toBe(true);
    // The columns a 10,000-row ranking would otherwise load and parse for nothing.
    expect(sql).not.toMatch(
      /budget_lines|beneficiaries|bank_account|answers|contact_phone|decision/,
    );
  });

  it('the work queue counts the waiting applications through subsidy_application_submitted', async () => {
    const plans = await plansOf(workQueue, 'subsidy_application');
    expect(plans).toHaveLength(2); // to assess, to decide
    for (const { plan } of plans) {
      expect(indexesRead(plan)).toContain(SUBMITTED_INDEX);
      expect(readsEvery(plan, 'subsidy_application')).toBe(false);
    }
  });

  it('the timeliness dashboard reads the tally only, an area through its key', async () => {
    sent.length = 0;
    await timeliness({})();
    expect(sent.some(([sql]) => /subsidy_application/.test(sql))).toBe(false);
    for (const areaCode of ['4501', '450103']) {
      const plans = await plansOf(timeliness({ areaCode, year: 2024 }), 'timeliness_tally');
      expect(plans).toHaveLength(2); // the histograms, the years
      for (const { plan } of plans) {
        expect(indexesRead(plan)).toContain(TALLY_KEY);
        expect(readsEvery(plan, 'timeliness_tally')).toBe(false);
      }
    }
  });

  it.each([
    ['the ranking', ranking, [PROGRAMME_INDEX, ONCE_INDEX]],
    ['the work queue', workQueue, [SUBMITTED_INDEX]],
  ] as const)(
    'fails by its plan when the indexes %s reads are missing (the check can fail)',
    async (_, run, names) => {
      const indexes: readonly (string | undefined)[] = names;
      const [{ sql }] = await plansOf(run, 'subsidy_application');
      const parameters = sent.find(([s]) => s === sql)![1];
      const planWith = () => dataSource.transaction((m) => planOf(m, sql, parameters));
      expect(indexesRead(await planWith()).some((i) => indexes.includes(i))).toBe(true);
      // DDL is transactional: the indexes are gone inside this transaction only.
      const without = await dataSource
        .transaction(async (manager) => {
          for (const index of names) await manager.query(`DROP INDEX lottery_fund."${index}"`);
          const plan = await planOf(manager, sql, parameters);
          throw Object.assign(new Error('rollback'), { plan });
        })
        .catch((error: { plan?: PlanNode[] }) => error.plan);
      expect(without).toBeDefined();
      expect(indexesRead(without!).some((i) => indexes.includes(i))).toBe(false);
      expect(indexesRead(await planWith()).some((i) => indexes.includes(i))).toBe(true); // back
    },
  );
});
