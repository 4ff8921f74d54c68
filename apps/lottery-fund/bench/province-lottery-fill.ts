import 'reflect-metadata';
import { type BannedUsePolicy } from '@civic/domain/lottery';
import {
  AreaType,
  FOUNDER_BACKGROUNDS,
  type FounderBackground,
  type OrganizationCategory,
} from '@civic/domain/organizations';
import { priorityScore, type PriorityOrganization } from '@civic/domain/priority';
import { PersonalDataCipher, sealPayeeAccount, sealPhone } from '@civic/platform/pii';
import { policyInForceHere, priorityPolicyResolver } from '@civic/platform/policy-copies';
import { loadPlaces, TEST_PII_KEY } from '@civic/testing';
import { DataSource, type QueryRunner } from 'typeorm';
import { ApplicationsRepository } from '../src/applications/applications.repository';
import { rankProgramme } from '../src/applications/programme-ranking';
import type { SubsidyProgramme } from '../src/programmes/entities/subsidy-programme.entity';
import { CHUNK_APPLICATIONS, env, ROOT } from './province-lottery-env';
import {
  ProgrammePlan,
  REQUESTED_SQL,
  layout,
  uuidSql,
  ORG_KEY_SQL,
  orgKey,
  GROUPS,
  PROJECTS,
  snapshotOf,
} from './province-lottery-plan';

// ── the fill ──────────────────────────────────────────────────────────────────────────────────

interface Fill {
  applications: number;
  built: number;
  seconds: number;
}

export async function fill(dataSource: DataSource): Promise<Fill & { plans: ProgrammePlan[] }> {
  const places = loadPlaces(ROOT);
  const cities = [...new Set(places.map((p) => p.county.cityName))].sort();
  const plans = layout(cities, env.PROVINCE_APPLICATIONS);
  const count = async () =>
    Number(
      (await dataSource.query('SELECT count(*)::int AS n FROM lottery_fund.subsidy_application'))[0]
        .n,
    );
  const existing = await count();
  if (existing >= env.PROVINCE_APPLICATIONS) {
    return { applications: existing, built: 0, seconds: 0, plans };
  }
  const started = performance.now();
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await snapshots(runner, places);
    await priorityTable(runner);
    const done = Number(
      (await runner.query('SELECT count(*)::int AS n FROM lottery_fund.subsidy_programme'))[0].n,
    );
    const bannedUses = await policyInForceHere<BannedUsePolicy>(runner.manager, 'BANNED_USES');
    const sealed = sealedContacts();
    let written = 0;
    for (let p = done; p < plans.length;) {
      const chunk: ProgrammePlan[] = [];
      let size = 0;
      while (p < plans.length && (chunk.length === 0 || size < CHUNK_APPLICATIONS)) {
        chunk.push(plans[p]);
        size += plans[p].decided + plans[p].submitted;
        p++;
      }
      await runner.startTransaction();
      try {
        await insertProgrammes(runner, chunk);
        await insertApplications(runner, chunk, 'decided', bannedUses.version, sealed);
        await decide(runner, chunk);
        await countTimes(runner, chunk);
        await insertApplications(runner, chunk, 'submitted', bannedUses.version, sealed);
        await runner.commitTransaction();
      } catch (error) {
        await runner.rollbackTransaction();
        throw error;
      }
      written += size;
      const rate = written / ((performance.now() - started) / 1000);
      console.error(
        `[province-lottery] programmes ${p} of ${plans.length}, applications ${existing + written} (${Math.round(rate)}/s)`,
      );
    }
    await runner.query('VACUUM ANALYZE lottery_fund.subsidy_application');
    await runner.query('VACUUM ANALYZE lottery_fund.subsidy_programme');
    await runner.query('VACUUM ANALYZE lottery_fund.timeliness_tally');
  } finally {
    await runner.release();
  }
  const seconds = (performance.now() - started) / 1000;
  return { applications: await count(), built: (await count()) - existing, seconds, plans };
}

/** The organizations' snapshots, as the registry's events would have left them (once). */
async function snapshots(runner: QueryRunner, places: ReturnType<typeof loadPlaces>) {
  const have = Number(
    (await runner.query('SELECT count(*)::int AS n FROM lottery_fund.organization_snapshot'))[0].n,
  );
  if (have >= env.PROVINCE_LOTTERY_ORGANIZATIONS) return;
  const now = new Date();
  for (let from = 0; from < env.PROVINCE_LOTTERY_ORGANIZATIONS; from += 10_000) {
    const to = Math.min(env.PROVINCE_LOTTERY_ORGANIZATIONS, from + 10_000);
    const rows = Array.from({ length: to - from }, (_, k) => snapshotOf(places, from + k, now));
    await runner.query(
      `INSERT INTO lottery_fund.organization_snapshot (organization_id, version, data)
       SELECT id, 1, data FROM unnest($1::uuid[], $2::jsonb[]) AS s(id, data)
       ON CONFLICT (organization_id) DO NOTHING`,
      [rows.map((r) => r.organizationId), rows.map((r) => JSON.stringify(r))],
    );
  }
  console.error(`[province-lottery] ${env.PROVINCE_LOTTERY_ORGANIZATIONS} organization snapshots`);
}

/**
 * rule R13: every score an application can have here, from the domain's priorityScore under the
 * policy in force (the seed's): for each combination of the organization facts it scores and
 * each project (rural or not, whom it serves). A temporary table of the fill's connection.
 */
async function priorityTable(runner: QueryRunner) {
  const policy = (await priorityPolicyResolver(runner.manager))();
  const rows: { key: string; rural: boolean; groups: number; bonus: number; priority: string }[] =
    [];
  for (const areaType of [AreaType.URBAN, AreaType.RURAL])
    for (const category of [
      'LIFE_SERVICE',
      'PUBLIC_WELFARE',
      'MUTUAL_AID',
      'CULTURE_SPORTS',
      'RURAL_PRODUCTION',
    ] as OrganizationCategory[])
      for (const takesGovernmentFunctions of [false, true])
        for (const founderBackground of [
          null,
          ...FOUNDER_BACKGROUNDS,
        ] as (FounderBackground | null)[])
          for (const graduatedFromIncubation of [false, true]) {
            const org: PriorityOrganization = {
              areaType,
              category,
              takesGovernmentFunctions,
              founderBackground,
              graduatedFromIncubation,
            };
            for (const rural of [false, true])
              GROUPS.forEach((servedGroups, groups) => {
                const score = priorityScore(
                  org,
                  { areaType: rural ? AreaType.RURAL : AreaType.URBAN, servedGroups },
                  policy,
                );
                rows.push({
                  key: orgKey(org),
                  rural,
                  groups,
                  bonus: score.bonus,
                  priority: JSON.stringify(score),
                });
              });
          }
  await runner.query(
    `CREATE TEMP TABLE IF NOT EXISTS province_priority
       (org_key text, rural boolean, groups int, bonus int, priority jsonb, beneficiaries jsonb,
        PRIMARY KEY (org_key, rural, groups))`,
  );
  await runner.query('TRUNCATE province_priority');
  await runner.query(
    `INSERT INTO province_priority (org_key, rural, groups, bonus, priority, beneficiaries)
     SELECT k, r, g, b, p, bf
       FROM unnest($1::text[], $2::boolean[], $3::int[], $4::int[], $5::jsonb[], $6::jsonb[])
         AS t(k, r, g, b, p, bf)`,
    [
      rows.map((r) => r.key),
      rows.map((r) => r.rural),
      rows.map((r) => r.groups),
      rows.map((r) => r.bonus),
      rows.map((r) => r.priority),
      rows.map((r) =>
        JSON.stringify(GROUPS[r.groups].map((group, k) => ({ group, count: 20 + 15 * k }))),
      ),
    ],
  );
}

/** rule R30: phones and account numbers sealed (a handful of each, picked by number). */
function sealedContacts() {
  const cipher = new PersonalDataCipher(TEST_PII_KEY, 'k1');
  return Array.from({ length: 8 }, (_, k) => {
    const phone = sealPhone(cipher, `1380077${String(1000 + k * 137).padStart(4, '0')}`);
    return {
      phone: phone.cipher,
      masked: phone.masked,
      account: JSON.stringify(
        sealPayeeAccount(cipher, {
          accountName: '-',
          accountNumber: `62220201020034${String(56789 + k)}`,
          bankName: '广西北部湾银行',
        }),
      ),
    };
  });
}

async function insertProgrammes(runner: QueryRunner, chunk: ProgrammePlan[]) {
  const policy = (await priorityPolicyResolver(runner.manager))();
  await runner.query(
    `INSERT INTO lottery_fund.subsidy_programme
       (id, fiscal_year, purpose, name, budget_fen, rural_reserve_percent, form, form_version,
        created_by, created_at)
     SELECT id, y, purpose, name, budget, $6, NULL, 0, 'province-officer', opened - interval '30 days'
       FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::bigint[], $7::timestamptz[])
         AS t(id, y, purpose, name, budget, opened)`,
    [
      chunk.map((c) => c.id),
      chunk.map((c) => c.fiscalYear),
      chunk.map((c) => c.purpose),
      chunk.map((c) => c.name),
      chunk.map((c) => c.budgetFen),
      policy.ruralReservePercent,
      chunk.map((c) => c.openAt),
    ],
  );
}

/**
 * The chunk's applications of one phase, by INSERT … SELECT over generate_series: `decided` the
 * first ones (all assessed, decided next), `submitted` those that came after the decisions (the
 * target's 10,000, all assessed; an open programme's, six in ten assessed). Application `s` is
 * organization (s × 7919) mod ORGANIZATIONS: distinct within a programme.
 */
async function insertApplications(
  runner: QueryRunner,
  chunk: ProgrammePlan[],
  phase: 'decided' | 'submitted',
  budgetPolicyVersion: string,
  sealed: ReturnType<typeof sealedContacts>,
) {
  const rows = chunk.filter((c) => (phase === 'decided' ? c.decided : c.submitted) > 0);
  if (rows.length === 0) return;
  await runner.query(
    `INSERT INTO lottery_fund.subsidy_application
       (id, programme_id, organization_id, organization_name, organization_area_type, street_code,
        project_name, project_key, project_area_type, beneficiaries, budget_lines, requested_fen,
        contact_name, contact_phone, contact_phone_masked, bank_account, status, priority_bonus,
        priority, budget_policy_version, answers, form_version, merit, submitted_by, submitted_at)
     SELECT ${uuidSql(`'province-lottery-application-' || r.s`)}, r.programme_id, o.organization_id,
            o.data->>'name', o.data->>'areaType', o.data->>'streetCode',
            r.project_name, lower(normalize(r.project_name, NFKC)),
            CASE WHEN pr.rural THEN 'RURAL' ELSE 'URBAN' END, pr.beneficiaries,
            jsonb_build_array(
              jsonb_build_object('category', 'SERVICE_DELIVERY', 'description', '为服务对象每周两次上门服务',
                                 'amountFen', r.requested * 7 / 10),
              jsonb_build_object('category', 'MATERIALS', 'description', '服务物资（助行器、防滑垫）',
                                 'amountFen', r.requested * 2 / 10),
              jsonb_build_object('category', 'PUBLICITY', 'description', '活动物料，印“彩票公益金资助”标识',
                                 'amountFen', r.requested - r.requested * 7 / 10 - r.requested * 2 / 10)),
            r.requested, (o.data->'leaders'->0->>'name'),
            ($3::text[])[1 + r.s % 8], ($4::text[])[1 + r.s % 8],
            ($5::jsonb[])[1 + r.s % 8] || jsonb_build_object('accountName', o.data->>'name'),
            'SUBMITTED', pr.bonus, pr.priority, $6, '{}'::jsonb, 0,
            CASE WHEN r.assessed THEN 40 + (r.s * 17) % 61 END,
            'applicant-' || left(o.organization_id::text, 8),
            r.from_at + ((r.i::bigint * 7919 + r.s) % (r.days * 86400)) * interval '1 second'
       FROM (SELECT c.programme_id, c.first_s + i AS s, i, c.from_at, c.days,
                    ${REQUESTED_SQL.replace(/r\.s/g, '(c.first_s + i)')} AS requested,
                    c.kind <> 'open' OR (c.first_s + i) % 10 < 6 AS assessed,
                    (ARRAY[${PROJECTS.map((p) => `'${p}'`).join(', ')}])[1 + (c.first_s + i) % ${PROJECTS.length}]
                      || ' ' || c.year || '-' || lpad((i + 1)::text, 5, '0') AS project_name
               FROM unnest($1::uuid[], $2::int[], $7::int[], $8::int[], $9::timestamptz[], $10::int[],
                           $11::text[], $12::int[])
                      AS c(programme_id, first_s, from_i, to_i, from_at, days, kind, year)
               CROSS JOIN LATERAL generate_series(c.from_i, c.to_i - 1) AS i) AS r
       JOIN lottery_fund.organization_snapshot o
         ON o.organization_id = ${uuidSql(`'province-org-' || (r.s::bigint * 7919) % ${env.PROVINCE_LOTTERY_ORGANIZATIONS}`)}
       JOIN province_priority pr
         ON pr.org_key = ${ORG_KEY_SQL}
        AND pr.rural = ((o.data->>'areaType' = 'RURAL') <> (r.s % 4 = 3))
        AND pr.groups = r.s % ${GROUPS.length}`,
    [
      rows.map((c) => c.id),
      rows.map((c) => c.firstS),
      sealed.map((s) => s.phone),
      sealed.map((s) => s.masked),
      sealed.map((s) => s.account),
      budgetPolicyVersion,
      rows.map((c) => (phase === 'decided' ? 0 : c.decided)),
      rows.map((c) => (phase === 'decided' ? c.decided : c.decided + c.submitted)),
      rows.map((c) => (phase === 'decided' ? c.openAt : c.laterAt)),
      rows.map((c) => (phase === 'decided' ? c.windowDays : c.laterDays)),
      rows.map((c) => c.kind),
      rows.map((c) => c.fiscalYear),
    ],
  );
}

/**
 * The decisions, as an officer could take them: every competing application is assessed, so the
 * ranking (rankProgramme over the repository's competing rows, what an approval is checked
 * against, R13/R14) funds some; those are approved with the source it gives them, the others
 * rejected. What finance answered after depends on the year: long paid, a few refused or withdrawn.
 */
async function decide(runner: QueryRunner, chunk: ProgrammePlan[]) {
  const repository = new ApplicationsRepository();
  const ids: string[] = [];
  const statuses: string[] = [];
  const sources: (string | null)[] = [];
  const decideFrom: Date[] = [];
  const { ruralReservePercent } = (await priorityPolicyResolver(runner.manager))();
  for (const plan of chunk.filter((c) => c.decided > 0)) {
    const programme = {
      id: plan.id,
      budgetFen: plan.budgetFen,
      ruralReservePercent,
    } as SubsidyProgramme;
    const ranking = rankProgramme(programme, await repository.competing(runner.manager, plan.id));
    if (ranking.unassessed > 0) throw new Error(`${plan.name}: unassessed applications`);
    for (const row of ranking.rows) {
      ids.push(row.applicationId);
      decideFrom.push(plan.decideFrom);
      if (row.outcome === 'NOT_FUNDED') {
        statuses.push('REJECTED');
        sources.push(null);
        continue;
      }
      sources.push(row.outcome === 'FUNDED_FROM_RESERVE' ? 'RURAL_RESERVE' : 'GENERAL');
      statuses.push(laterStatus(plan.fiscalYear, row.rank));
    }
  }
  if (ids.length === 0) return;
  await runner.query(
    `UPDATE lottery_fund.subsidy_application a
        SET status = u.status, funding_source = u.source,
            decision = jsonb_build_object(
              'outcome', CASE WHEN u.status = 'REJECTED' THEN 'REJECTED' ELSE 'APPROVED' END,
              'comment', CASE WHEN u.status = 'REJECTED' THEN '按排名预算已用完，未获资助' ELSE '同意资助' END,
              'decidedBy', '省彩票公益金管理科',
              'decidedAt', to_char(u.decided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
            commitment_state = CASE u.status WHEN 'REJECTED' THEN NULL WHEN 'APPROVED' THEN 'REQUESTED'
              WHEN 'COMMITMENT_REFUSED' THEN 'REFUSED' WHEN 'WITHDRAWN' THEN 'RELEASED' ELSE 'COMMITTED' END,
            payment_state = CASE u.status WHEN 'REJECTED' THEN NULL WHEN 'APPROVED' THEN 'NOT_REQUESTED'
              WHEN 'COMMITTED' THEN 'REQUESTED' WHEN 'PAID' THEN 'PAID' WHEN 'PAYMENT_FAILED' THEN 'FAILED'
              ELSE 'CANCELLED' END,
            payment_id = CASE WHEN u.status <> 'REJECTED' THEN ${uuidSql(`'province-lottery-payment-' || a.id`)} END,
            released_fen = CASE WHEN u.status = 'WITHDRAWN' THEN a.requested_fen ELSE 0 END,
            paid_at = CASE WHEN u.status = 'PAID' THEN u.decided_at + (5 + a.merit % 40) * interval '1 day' END,
            bank_reference = CASE WHEN u.status = 'PAID' THEN 'BR' || upper(left(md5(a.id::text), 16)) END,
            status_reason = CASE u.status
              WHEN 'COMMITMENT_REFUSED' THEN '{"code":"FUND_BUDGET_EXHAUSTED","message":"the fund has no budget left for the year","messageZh":"本年度公益金预算已用完"}'::jsonb
              WHEN 'PAYMENT_FAILED' THEN '{"code":"ACCOUNT_CLOSED","message":"the payee account is closed","messageZh":"收款账户已销户"}'::jsonb
            END
       FROM (SELECT id, status, source,
                    d + (abs(hashtext(id::text)) % (20 * 86400)) * interval '1 second' AS decided_at
               FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[]) AS t(id, status, source, d)) u
      WHERE a.id = u.id`,
    [ids, statuses, sources, decideFrom],
  );
}

/** What became of an approval by now (R27, R28), by its year and rank. */
function laterStatus(year: number, rank: number): string {
  if (year === 2026) return (['APPROVED', 'COMMITTED', 'PAID'] as const)[rank % 3];
  if (rank % 37 === 0) return 'COMMITMENT_REFUSED';
  if (rank % 53 === 0) return 'WITHDRAWN';
  if (year === 2025 && rank % 29 === 0) return 'PAYMENT_FAILED';
  if (year === 2025 && rank % 11 === 0) return 'COMMITTED';
  return 'PAID';
}

/**
 * issue #18: the chunk's times to decision and payment added to the timeliness tally in the
 * decisions' transaction: the GROUP BY of its rows (as TIMELINESS_SOURCE groups them), upserted.
 */
async function countTimes(runner: QueryRunner, chunk: ProgrammePlan[]) {
  await runner.query(
    `INSERT INTO lottery_fund.timeliness_tally AS t (street_code, year, programme, stage, days, applications)
     SELECT street_code, EXTRACT(YEAR FROM submitted_at AT TIME ZONE 'Asia/Shanghai')::int,
            'lottery-fund', stage,
            greatest(0, (at AT TIME ZONE 'Asia/Shanghai')::date
                      - (submitted_at AT TIME ZONE 'Asia/Shanghai')::date)::int, count(*)::int
       FROM (SELECT street_code, submitted_at, (decision->>'decidedAt')::timestamptz AS at, 'DECISION' AS stage
               FROM lottery_fund.subsidy_application WHERE decision IS NOT NULL AND programme_id = ANY($1)
             UNION ALL
             SELECT street_code, submitted_at, paid_at, 'PAYMENT'
               FROM lottery_fund.subsidy_application WHERE paid_at IS NOT NULL AND programme_id = ANY($1)) AS timed
      GROUP BY 1, 2, 3, 4, 5
     ON CONFLICT (street_code, year, programme, stage, days)
     DO UPDATE SET applications = t.applications + EXCLUDED.applications`,
    [chunk.map((c) => c.id)],
  );
}
