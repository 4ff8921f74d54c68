import 'reflect-metadata';
import {
  applicationStatus,
  type BannedUsePolicy,
  checkBeneficiaries,
  checkBudget,
} from '@civic/domain/lottery';
import { priorityScore, type PriorityOrganization } from '@civic/domain/priority';
import { projectKey } from '@civic/domain/programme';
import { policyInForceHere, priorityPolicyResolver } from '@civic/platform/policy-copies';
import { tallyDrift } from '@civic/platform/tallies';
import { DataSource } from 'typeorm';
import { isDeepStrictEqual } from 'node:util';
import type { SubsidyApplication } from '../src/applications/entities/subsidy-application.entity';
import { TIMELINESS_SOURCE, TIMELINESS_TALLY } from '../src/dashboard/timeliness';
import { env, TARGET_SUBMITTED } from './province-lottery-env';
import { ProgrammePlan, uuidSql } from './province-lottery-plan';

// ── the checks ────────────────────────────────────────────────────────────────────────────────

export async function checks(dataSource: DataSource, target: ProgrammePlan): Promise<string[]> {
  const failed: string[] = [];
  const manager = dataSource.manager;
  const drift = await tallyDrift(manager, TIMELINESS_TALLY, TIMELINESS_SOURCE);
  if (drift.length > 0)
    failed.push(`timeliness tally differs from its source in ${drift.length} rows`);
  const [{ n: targetRows }] = await manager.query(
    `SELECT count(*)::int AS n FROM lottery_fund.subsidy_application
      WHERE programme_id = $1 AND status = 'SUBMITTED' AND merit IS NOT NULL`,
    [target.id],
  );
  if (targetRows !== TARGET_SUBMITTED) failed.push(`target has ${targetRows} assessed, submitted`);
  // rule R27, R14: no programme holds more than its budget, nor more of its reserve than it has.
  const [over] = await manager.query(
    `SELECT count(*)::int AS n FROM (
       SELECT p.id, p.budget_fen, p.rural_reserve_percent,
              coalesce(sum(a.requested_fen) FILTER (WHERE a.status = ANY($1)), 0) AS held,
              coalesce(sum(a.requested_fen) FILTER (WHERE a.status = ANY($1) AND a.funding_source = 'RURAL_RESERVE'), 0) AS reserve
         FROM lottery_fund.subsidy_programme p LEFT JOIN lottery_fund.subsidy_application a ON a.programme_id = p.id
        GROUP BY p.id) x
      WHERE held > budget_fen OR reserve * 100 > budget_fen * rural_reserve_percent`,
    [['APPROVED', 'COMMITTED', 'PAID', 'PAYMENT_FAILED', 'WITHDRAWING']],
  );
  if (over.n > 0) failed.push(`${over.n} programmes hold more than their budget or reserve`);
  // Statuses the machines allow, with the fields each needs.
  const states: {
    status: string;
    commitment_state: string | null;
    payment_state: string | null;
    bad: number;
  }[] = await manager.query(
    `SELECT status, commitment_state, payment_state,
            count(*) FILTER (WHERE
              (status = 'SUBMITTED') <> (decision IS NULL)
              OR (status <> 'SUBMITTED' AND merit IS NULL)
              OR (status NOT IN ('SUBMITTED', 'REJECTED')) <> (funding_source IS NOT NULL AND payment_id IS NOT NULL)
              OR (status = 'PAID') <> (paid_at IS NOT NULL AND bank_reference IS NOT NULL)
              OR (status IN ('COMMITMENT_REFUSED', 'PAYMENT_FAILED')) <> (status_reason IS NOT NULL)
              OR (decision->>'outcome') IS DISTINCT FROM
                 CASE status WHEN 'SUBMITTED' THEN NULL WHEN 'REJECTED' THEN 'REJECTED' ELSE 'APPROVED' END
              OR (decision->>'decidedAt')::timestamptz < submitted_at
              OR paid_at < (decision->>'decidedAt')::timestamptz
              OR greatest(submitted_at, paid_at) > now()
            )::int AS bad
       FROM lottery_fund.subsidy_application GROUP BY 1, 2, 3`,
  );
  for (const s of states) {
    const decidedOnly = s.status === 'SUBMITTED' || s.status === 'REJECTED';
    const expected = decidedOnly
      ? s.commitment_state === null && s.payment_state === null
      : applicationStatus(s.commitment_state as never, s.payment_state as never) === s.status;
    if (!expected) failed.push(`status ${s.status} with ${s.commitment_state}/${s.payment_state}`);
    if (s.bad > 0) failed.push(`${s.bad} ${s.status} rows lack the fields their status needs`);
  }
  // A sample of rows, as the service would have written them (R7, R17, R22, R26, R13, R27).
  const bannedUses = await policyInForceHere<BannedUsePolicy>(manager, 'BANNED_USES');
  const policy = (await priorityPolicyResolver(manager))();
  const sample: (SubsidyApplication & { snapshot: Record<string, unknown> })[] = (
    await manager.query(
      `SELECT a.*, s.data AS snapshot FROM lottery_fund.subsidy_application a
         JOIN lottery_fund.organization_snapshot s ON s.organization_id = a.organization_id
        WHERE a.id = ANY(SELECT ${uuidSql(`'province-lottery-application-' || g * 2999 % $1`)}
                           FROM generate_series(0, 199) g)`,
      [env.PROVINCE_APPLICATIONS],
    )
  ).map((r: Record<string, unknown>) => ({
    ...r,
    requestedFen: Number(r.requested_fen),
    budgetLines: r.budget_lines,
    projectName: r.project_name,
    projectKey: r.project_key,
    projectAreaType: r.project_area_type,
    priorityBonus: r.priority_bonus,
    organizationAreaType: r.organization_area_type,
    streetCode: r.street_code,
  }));
  if (sample.length < 150) failed.push(`only ${sample.length} sampled rows found`);
  for (const a of sample) {
    const snap = a.snapshot as unknown as PriorityOrganization & { streetCode: string };
    const score = priorityScore(
      snap,
      { areaType: a.projectAreaType, servedGroups: a.beneficiaries.map((b) => b.group) },
      policy,
    );
    const problems = [
      !checkBeneficiaries(a.beneficiaries).ok && 'R7',
      !checkBudget(a.budgetLines, a.requestedFen, bannedUses.body).ok && 'R17/R22/R26',
      projectKey(a.projectName) !== a.projectKey && 'R27 project key',
      !isDeepStrictEqual(score, a.priority) && 'R13 priority',
      score.bonus !== a.priorityBonus && 'R13 bonus',
      snap.areaType !== a.organizationAreaType && 'area type',
      snap.streetCode !== a.streetCode && 'street',
    ].filter(Boolean);
    if (problems.length > 0) failed.push(`application ${a.id}: ${problems.join(', ')}`);
  }
  return failed;
}
