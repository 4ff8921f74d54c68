// The demo contract (rule R25, Order 102 art. 23–24) of the awarded project the demo applicant's
// organization won: signed once the objection window has passed, which commits its year at
// finance and asks finance for the signing instalment (it then awaits a batch, R28); then a
// progress report by the organization on its first month (履约报告), then a monitoring check by a
// third party, which releases the monitoring instalment (R25 performance).
import { allItems, beijingToday } from './seed-procurement-kit.mjs';

/** Answers the steps taken: none when the contract and its check exist. */
export async function seedContract({
  officer,
  applicant,
  plan,
  project,
  entries,
  databaseUrl,
  log,
}) {
  const done = [];
  let contract = (await allItems(officer, '/procurement/contracts')).find(
    (c) => c.projectId === project.id,
  );
  if (!contract) {
    if (!databaseUrl) {
      log(
        `seed: "${project.title}" stays AWARDED: its objection window (7 days) has not passed, ` +
          'and the seed was given no database connection to move it',
      );
      return done;
    }
    await objectionWindowPasses(databaseUrl, project.id);
    const { months, instalments, indicators, bank } = plan.contract;
    contract = await officer.post(`/procurement/projects/${project.id}/contract`, {
      startDate: beijingToday(),
      months,
      instalments,
      indicators,
      bankAccount: { accountName: entries.own.name, ...bank },
    });
    done.push('contract signed');
  }
  contract = await officer.get(`/procurement/contracts/${contract.id}`);
  if (contract.status === 'IN_FORCE' && contract.reports.length === 0) {
    await applicant.post(`/procurement/contracts/${contract.id}/reports`, {
      ...plan.report,
      year: 1,
      periodFrom: contract.startDate,
      periodTo: addDays(contract.startDate, 29),
    });
    done.push('progress report submitted');
  }
  if (contract.status === 'IN_FORCE' && contract.evaluations.length === 0) {
    await officer.post(`/procurement/contracts/${contract.id}/evaluations`, plan.monitoring);
    done.push('monitoring recorded');
  }
  return done;
}

/** `date` (YYYY-MM-DD) plus `days` calendar days. */
function addDays(date, days) {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

/**
 * The one write the seed makes by SQL. The objection window is policy data (7 days after the
 * result, Government Procurement Law art. 52) that no API shortens, and a contract may only be
 * signed once it has passed (R25); the demo cannot wait a week. So the window of this one project
 * is closed now, standing for the week passing, as the e2e tests do
 * (apps/gateway/test/access-matrix.procurement.ts). Nothing else is written, and only while the
 * project is AWARDED with its window open.
 */
async function objectionWindowPasses(databaseUrl, projectId) {
  const { default: pg } = await import('pg');
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query(
      `UPDATE procurement.purchase_project SET objection_deadline = now()
        WHERE id = $1 AND status = 'AWARDED' AND objection_deadline > now()`,
      [projectId],
    );
  } finally {
    await db.end();
  }
}
